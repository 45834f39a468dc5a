CALLS = [
("FR31_021", "Hannah Kim", "2026-11-02T15:31:44", "asr", """A: bluewave cruises hannah speaking
C: hi we want the seven night caribbean sailing leaving march eighth two adults ocean view
A: let me read that back seven nights from march eighth ocean view cabin two adults three thousand one hundred forty total
C: yes that's right um what time do we board in miami
A: boarding opens at eleven a m and you're booked
A: would you like the drinks package it's two forty per person for the week
C: hm yeah for both of us my husband will want it
A: so two packages that's four eighty added
C: okay
A: anything else
C: no that's it thanks""", True, 480.00, "neutral", "read-back confirmed with follow-up question; drinks 2 x 240 = 480"),

("FR31_022", "Derek Olsen", "2026-11-03T10:08:12", "clean", """A: Good morning, Trueguard Home Insurance, Derek speaking.
C: Hi, I got a quote online for a homeowners policy and wanted to talk it through.
A: Sure. For 18 Linden Court I have $118 a month with a $1,000 deductible.
C: Hmm. I'm paying $96 now with my current company.
A: I could raise the deductible to $2,500, which brings it to $104.
C: I don't want that high a deductible. Honestly, I'd switch if it were under $100 with the $1,000 deductible.
A: I'm afraid $118 is the best I can do at that level.
C: Then I'll stay where I am for now. Thanks for your time.""", False, 0.0, "neutral", "conditional acceptance not met; polite close"),

("FR31_023", "Aisha Bello", "2026-11-03T18:44:29", "asr", """A: tony's pizza aisha speaking pickup or delivery
C: delivery to forty two elm street apartment three
A: okay what can i get you
C: two large pepperoni
A: two large pepperoni want to add garlic knots they're five ninety nine
C: uh yeah knots and a two liter of coke
A: two liter is three fifty so two large pepperoni garlic knots and a coke
C: yep that's it
C: last time it took like an hour and a half so hopefully not tonight
A: we should be about forty minutes
C: okay""", True, 9.49, "neutral", "pizzas main; knots 5.99 + soda 3.50 = 9.49; address not price; mild concern, neutral"),

("FR31_024", "Ravi Menon", "2026-11-04T08:58:03", "asr", """A: connectnet support ravi speaking
C: my internet has been down since yesterday afternoon i work from home
A: i'm sorry let me run a check um i see an outage in your area
C: an outage nobody told me about no text no email nothing
A: i understand i can credit you for the two days
C: a credit for two days doesn't cover the client call i lost this morning
A: the crews estimate it'll be back by noon
C: you said noon last month too
A: i'll add the credit and note your account
C: whatever i'm looking at other providers""", False, 0.0, "negative", "outage complaint; credit is not a purchase; angry end"),

("FR31_025", "Sofia Lind", "2026-11-05T12:17:50", "asr", """A: the glass house events sofia speaking
C: hi we toured last weekend and we want to book the june fourteenth date for our wedding
A: oh congratulations that date is still open the garden package for a hundred and twenty guests
C: yes we'll book it
A: wonderful i'll send the contract we also offer uplighting for three fifty and a photo booth for eight hundred
C: oh the uplighting yes we saw it at the tour it was gorgeous add that
C: the photo booth i need to ask my fiance he thinks they're cheesy
A: no problem uplighting added and i'll note the photo booth as pending
C: we're so excited thank you you've been amazing""", True, 350.00, "positive", "wedding booked; uplighting 350 accepted; photo booth deferred = 0; 120 guests is a count"),

("FR31_026", "Grant Walker", "2026-11-05T16:03:37", "clean", """A: Stackline support, this is Grant.
C: Hi. We're on the Team plan and we're hitting the project limit. What's the next tier?
A: Business is $49 a month base and removes the project limit. It includes 10 users.
C: We have 15 people.
A: Extra seats are $12 per user per month, so 5 more would be $60.
C: Okay. Move us to Business and add the 5 seats.
A: Done. The change is effective today and prorated.
C: Okay, thanks.""", True, 60.00, "neutral", "paid plan change = conversion (main); 5 seats x $12 = 60 add-on"),

("FR31_027", "Mei Chen", "2026-11-06T11:26:15", "asr", """A: brightline mobile loyalty team mei speaking
C: yeah i want to cancel my plan my bill went up again
A: i'm sorry i can see it went from sixty to seventy five
A: i can put you on the loyalty plan at fifty five a month locked for two years
C: fifty five locked okay fine i'll stay on that
A: great and for seven dollars a month i can add the streaming bundle
C: um the one with the sports channels
A: yes
C: okay add it
C: i still think it's shady how you keep raising prices but okay""", True, 7.00, "negative", "retention offer accepted; bundle $7/mo accepted; remains resentful"),

("FR31_028", "Jonah Price", "2026-11-06T19:09:41", "asr", """A: parkside hotel jonah speaking
C: hi i'd like to book three nights from the eleventh i'm here for the medical conference
A: let me check um i'm sorry we're completely sold out those nights because of the conference
C: you're kidding i've stayed with you for that conference five years running
A: i can put you on the cancellation list
C: a list great
C: no don't bother i'll figure something out
A: i'm very sorry""", False, 0.0, "negative", "sold out, nothing booked; sarcasm and disappointment"),

("FR31_029", "Lucia Ferraro", "2026-11-09T09:42:06", "clean", """A: Sugar & Crumb Bakery, Lucia speaking.
C: Hi! I'd like to order a birthday cake for Saturday, the chocolate raspberry one, 8 inch.
A: That's $65. What name should go on it?
C: "Happy 6th Birthday Ava." Is writing extra?
A: Writing is free. We also do matching cupcakes at $3 each.
C: Ooh, a dozen of those, please.
A: So the 8-inch cake plus 12 cupcakes, ready Saturday at 10.
C: Yes, that's right. She is going to lose her mind, thank you so much!""", True, 36.00, "positive", "cake main; 12 x $3 cupcakes = 36; free writing = 0; '6th' and '8 inch' not prices"),

("FR31_030", "Owen Brady", "2026-11-09T14:29:55", "asr", """A: skyreach reservations owen speaking
C: hi i need a round trip boston to chicago leaving the fourth coming back the seventh
A: i have the seven ten a m out and the five forty p m back three eighty two total
C: yeah book that
A: booked would you like travel protection it's forty two
C: yes wait what does it cover
A: cancellation for illness and delays over six hours
C: forty two no skip it i'll take my chances
A: okay no protection you're confirmed
C: okay thank you""", True, 0.0, "neutral", "flight booked; protection 'yes wait' then declined = 0"),

("FR31_031", "Nadia Haddad", "2026-11-10T10:14:33", "asr", """A: cedar bank nadia speaking
C: hi i want to open a high yield savings account
A: sure it's four point two percent with no minimum shall i open it for you now
C: yes please
A: done would you like overdraft protection linked to your checking it's free
C: yeah sure link it
A: all set the account number is in the app
C: oh i see it already that's so easy i love that""", True, 0.0, "positive", "account sign-up; free overdraft link = 0; 4.2 percent not a price"),

("FR31_032", "Caleb Ford", "2026-11-10T17:36:20", "asr", """A: phonezone caleb speaking
C: yeah i need a case for the pixel nine the clear one
A: the clear armor case twenty nine ninety nine
C: thirty bucks for plastic wow okay fine i'll take it
A: want a screen protector with it it's fifteen
C: yeah i guess my last one cracked
A: and a fast charger for twenty four
C: no i'm not paying for a charger that should come with the phone
A: okay case and screen protector
C: you guys are a rip off but whatever""", True, 15.00, "negative", "case main; protector $15 accepted; charger declined; hostile"),

("FR31_033", "Priya Nair", "2026-11-11T08:32:10", "asr", """A: sparkle home cleaning priya speaking
C: hi i'd like to book a deep clean before my in laws come on the twentieth
A: i have the eighteenth or the nineteenth
C: the nineteenth please
A: booked for the nineteenth we can also do inside the oven and inside the fridge they're thirty each
C: oh both please the oven is a crime scene
A: ha so deep clean plus oven and fridge
C: perfect you have no idea how much stress that takes off me thank you""", True, 60.00, "positive", "deep clean booked; oven + fridge 30 each = 60"),

("FR31_034", "Marcus Bell", "2026-11-11T20:05:47", "clean", """A: Crescent Theatre box office, Marcus speaking.
C: Hi, two tickets for Saturday's 8 pm Hamlet, please, orchestra if you have it.
A: I have row F, seats 11 and 12, $90 each, $180 total. Shall I book them?
C: Yes, that's correct, book them.
A: I'm sorry, the system just released those to another buyer. Saturday is now sold out.
C: What? You just had them.
A: I can offer Sunday's matinee.
C: No, we're only in town Saturday. This is really disappointing.""", False, 0.0, "negative", "commitment failed (sold out), alternative refused"),

("FR31_035", "Elena Rossi", "2026-11-12T13:51:30", "asr", """A: notely support elena speaking
C: hi you charged me ninety nine dollars for a yearly renewal i never asked for
A: i'm sorry let me look um yes it auto renewed on the second
C: i turned off auto renew i have the screenshot
A: i see that i'll refund the full ninety nine and close the account
C: yes close it
A: done the refund takes three to five days
C: okay but honestly charging people like this is pretty shady""", False, 0.0, "negative", "refund and closure; 'yes close it' is not a purchase; negative"),

("FR31_036", "Tomas Ortega", "2026-11-12T15:24:18", "asr", """A: roadway rentals tomas speaking
C: i need an suv for four days starting the twenty third pickup at the airport
A: i have a midsize suv at fifty nine a day so two thirty six for the four days
C: okay reserve it
A: done do you need a child seat it's twelve a day so forty eight for the four days
C: uh yeah we need one for my son do that
A: and gps for ten a day
C: no we have phones
A: okay suv and one child seat
C: okay""", True, 48.00, "neutral", "rental booked; child seat total stated $48 accepted; GPS declined"),

("FR31_037", "Hannah Kim", "2026-11-13T10:46:09", "asr", """A: hi this is hannah with greenedge lawn care we're doing fall aeration in your area
C: oh um hi
A: it's one twenty for a yard your size and we could come thursday
C: i think we're okay for this year the lawn's already going dormant
A: we also do spring packages
C: maybe next spring call me in march
A: will do
C: okay bye""", False, 0.0, "neutral", "outbound; deferral to spring"),

("FR31_038", "Derek Olsen", "2026-11-13T18:19:22", "clean", """A: The Daily Ledger subscriptions, Derek speaking.
C: Hi, my Sunday paper subscription is up and I'd like to renew it.
A: Happy to. It's $8.50 a month. Shall I renew it for another year?
C: Yes, please.
A: Done. You can add full digital access for $2 more a month.
C: Oh, for $2, sure, then I can read it on the train.
A: It's added. You'll get a login by email.
C: Lovely, thank you. I really do enjoy the paper.""", True, 2.00, "positive", "renewal; digital add-on $2/mo"),

("FR31_039", "Aisha Bello", "2026-11-16T09:03:57", "asr", """A: core physical therapy aisha speaking
C: hi i was referred for my shoulder and i've been trying to get in for two weeks
A: i'm sorry about the wait the first opening is next tuesday at four
C: next tuesday i'm in pain now
A: i know i can put you on the same day cancellation list too
C: fine book tuesday and put me on the list
A: done would you like kinesio taping at the end of the session it's twenty dollars not covered by insurance
C: yeah whatever helps add it
C: this whole process has been a nightmare honestly""", True, 20.00, "negative", "appointment booked; taping $20 accepted; frustrated ending"),

("FR31_040", "Ravi Menon", "2026-11-16T14:38:26", "asr", """A: loft and home customer care ravi speaking
C: my sofa arrived today with a huge tear in the arm i'm so angry right now
A: i'm really sorry can you send a photo
C: sent it
A: i see it that's unacceptable i'm sending a brand new sofa on friday no charge and they'll take the damaged one
C: friday oh okay
C: and i don't have to pay anything
A: nothing at all
C: oh thank you so much you actually fixed it that's a huge relief""", False, 0.0, "positive", "free replacement, no purchase; angry start, grateful end"),
]
