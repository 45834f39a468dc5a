CALLS = [
("FR30_001", "Maya Patel", "2026-11-02T09:14:22", "clean", """A: Thanks for calling Northline Mobile, this is Maya. How can I help?
C: Hi, I want to move from prepaid to one of your monthly plans. My number is 555-0142.
A: Sure. The Unlimited Plus plan is $55 a month and includes hotspot. Would that work?
C: That's the one I was looking at online, yeah.
A: Great. Shall I switch you over today?
C: Yes, please do.
A: Done. Since you're on a new iPhone 16, would you like device protection for $12 a month? It covers cracked screens and loss.
C: Honestly I've cracked two screens this year, so yes, add that.
A: Added. We also have an international calling pack for $10 a month.
C: No, I don't call abroad. Just the protection.
A: Understood. You're all set, first bill on the 15th.
C: Brilliant, that was way easier than I expected. Thanks!""", True, 12.00, "positive", "switches to monthly plan; accepts protection $12/mo; declines intl pack $10"),

("FR30_002", "Derek Olsen", "2026-11-02T18:40:05", "asr", """A: good evening la tavola this is derek
C: hi um i'd like a table for six this saturday around seven thirty
A: let me look uh yes i have seven thirty for six in the back room
C: oh perfect book that please under harrington
A: done saturday seven thirty six guests under harrington we also do a wine pairing with the tasting menu it's thirty five per person
C: mm okay so not everyone drinks uh two of us are driving
A: no problem i can do it just for the ones who want it
C: yeah do it for four of us then
A: great four wine pairings added
C: lovely my mum's going to be so happy it's her seventieth
A: we'll bring a candle out for her
C: oh that's so sweet thank you""", True, 140.00, "positive", "table booked; wine pairing $35 pp x4 accepted = 140; 'six' and 'seventieth' are not prices"),

("FR30_003", "Priya Nair", "2026-11-03T11:02:47", "clean", """A: Hi, is this Jamal? It's Priya from Keystone Insurance, you requested a renters quote last week.
C: Oh, right, yeah I did.
A: For a two-bedroom at 48 Elm Street, coverage comes to $18 a month with a $500 deductible.
C: Okay. That's less than I thought.
A: I can activate it today so you're covered from midnight. Want me to go ahead?
C: It's not just my call, the lease is with my roommate. Let me check with her first.
A: Of course. Shall I email you the quote?
C: Yes, that's jamal.b@mailbox.com.
A: Sent. I'll follow up Thursday.
C: Sure, talk then.""", False, 0.0, "neutral", "deferral to roommate; 'yes' only to email; $500 is deductible not a price"),

("FR30_004", "Tom Brennan", "2026-11-03T14:25:10", "asr", """A: harbor view inn tom speaking
C: hi i need a room for the twentieth and twenty first two nights
A: i have a queen room at one sixty nine a night would you like me to reserve it
C: yeah go ahead
A: booked and would you like late checkout at two pm it's twenty five dollars
C: um sure why not
A: added anything else
C: oh wait actually my husband just said our flight home got moved to the morning so scratch the late checkout
A: no problem late checkout removed the room is still booked for both nights
C: okay good thanks
A: confirmation number goes to your email
C: alright bye""", True, 0.0, "neutral", "room booked; late checkout $25 accepted then retracted by name"),

("FR30_005", "Lucia Ortiz", "2026-11-04T08:31:55", "clean", """A: Metro Power and Light, Lucia speaking.
C: Yeah, I've been without power for three days on Carver Avenue and I just got a bill that's HIGHER than last month.
A: I'm very sorry about that. Let me pull up the account.
C: Three days. I threw out $200 of groceries. Nobody from your company called.
A: I can see the outage on record. I'm applying a $20 outage credit to your bill.
C: Twenty dollars. Wow. Thanks so much.
A: I can also file a claim for the spoiled food; it takes about 30 days.
C: File it, but I'm not holding my breath.
A: It's filed, reference 88213.
C: Whatever. This is the worst utility I've ever dealt with.""", False, 0.0, "negative", "complaint; credit is not a purchase; sarcasm 'thanks so much' negative"),

("FR30_006", "Kwame Mensah", "2026-11-04T13:47:30", "asr", """A: hi you've reached taskflow sales kwame here
C: yeah hi i've been trying to get someone on chat for like two days it's pretty annoying
A: i'm sorry about that what can i do for you
C: we want to move our team of five off the free tier onto the team plan
A: sure team is forty nine a month per seat so for five seats that's two forty five a month shall i upgrade the workspace now
C: yes please do it
A: done you're on team we also offer priority support for fifteen a month flat for the whole workspace with a one hour response time
C: given how long it took me to reach anyone yeah i'll add that
A: added fifteen a month
C: okay you actually sorted this in five minutes really appreciate it
A: my pleasure
C: cheers thanks kwame""", True, 15.00, "positive", "plan upgrade is main; priority support $15/mo accepted; frustrated start, pleased end"),

("FR30_007", "Hannah Fischer", "2026-11-05T16:10:00", "clean", """A: Riverside Arena box office, Hannah speaking.
C: Hi, I want two tickets for the Friday 14th show of Frozen on Ice.
A: I'm so sorry, Friday is completely sold out. I do have good seats for Saturday the 15th at 2 pm, $48 each.
C: Oh no. Hmm. Saturday afternoon could work actually, she's off school.
A: Shall I book two for Saturday?
C: Yes, book those.
A: Done. Would you like a parking pass for $22? Lot C is right by the entrance.
C: Yes please, parking there is a nightmare otherwise.
A: Added. That's two tickets plus parking.
C: Brilliant, my daughter will be thrilled. Thank you so much!""", True, 22.00, "positive", "Friday sold out, Saturday alternative taken; parking $22 accepted; tickets are main"),

("FR30_008", "Jordan Lee", "2026-11-05T10:05:41", "asr", """A: quick lube and tire jordan speaking
C: hi can i get an oil change for my civic sometime tomorrow
A: i've got ten fifteen or two thirty
C: ten fifteen
A: okay you're booked ten fifteen tomorrow and while it's in we can do a tire rotation it's normally forty but i can do twenty five with the oil change
C: hm how long does that add
A: about fifteen minutes
C: yeah go on then do the rotation
A: done oil change and rotation at ten fifteen
C: okay
A: see you tomorrow
C: bye""", True, 25.00, "neutral", "oil change booked; rotation revised 40->25 accepted; plain tone"),

("FR30_009", "Sofia Rossi", "2026-11-06T12:20:18", "clean", """A: Oakhaven Furniture, Sofia speaking.
C: Hi! I'm ordering the Linden queen bed frame, the one in walnut, it's $899 on your site.
A: Lovely choice. I can place that for you now. Delivery to 2210 Birch Lane?
C: That's right.
A: Placed. The matching Linden nightstands are $189 each, if you'd like them.
C: Oh, I was hoping you'd say that. Two of those, please, one for each side.
A: Two nightstands added. There's also a matching dresser at $649.
C: Tempting, but no, the room's not big enough.
A: No problem. Delivery is scheduled for the 19th.
C: Perfect. You've been so helpful, I love this set.""", True, 378.00, "positive", "bed frame main; 2 nightstands x $189 = 378; dresser declined"),

("FR30_010", "Ben Carter", "2026-11-06T15:33:02", "asr", """A: thank you for calling first harbor bank this is ben
C: hi i'd like to close my checking account please
A: i'm sorry to hear that can i ask why
C: the monthly fee went up to fifteen dollars and my credit union charges nothing
A: i understand i can move you to our premier checking with the fee waived for a year
C: what's the catch
A: you'd need to keep a balance of five thousand
C: yeah no i don't keep that kind of money in checking
A: i understand is there anything else i can offer
C: no i appreciate you trying but please just close it
A: okay i've started the closure you'll get a check for the balance
C: fine thanks""", False, 0.0, "negative", "retention offer declined; account closed; polite but negative"),

("FR30_011", "Aisha Rahman", "2026-11-09T10:45:33", "clean", """A: Bright Smile Dental, this is Aisha.
C: Hi, I'm due for a cleaning. Do you have anything next week?
A: I have Tuesday the 17th at 10:15 with Dr. Lowe.
C: Tuesday at 10:15 is fine, put me in.
A: You're booked. While you're in, we're running an in-office whitening special, $150 instead of $300.
C: How much was that again?
A: $150.
C: I'll pass for now, maybe next year.
A: No problem. Please arrive ten minutes early.
C: Will do. Thanks.""", True, 0.0, "neutral", "cleaning booked; whitening only asked about then declined"),

("FR30_012", "Marco Silva", "2026-11-09T17:12:09", "asr", """A: comfort air heating and cooling marco speaking
C: hey i need a furnace tune up before it gets cold
A: sure i can get a tech out thursday morning between eight and ten
C: thursday works book it
A: booked and we can do duct cleaning the same visit if you want
C: what's that run if it's under a hundred i'll do it
A: it's one twenty nine for a house your size
C: ah nah skip it then just the tune up
A: no problem just the tune up thursday
C: cool you've been super helpful man honestly the last company never even called back
A: glad to help see you thursday
C: awesome thanks""", True, 0.0, "positive", "tune-up booked; duct cleaning conditional (<100) not met, $129 declined"),

("FR30_013", "Grace Kim", "2026-11-10T08:55:00", "clean", """A: SkyBridge Airlines, Grace speaking.
C: Hi. Booking reference QX7P2L. We're flying to Denver on the 22nd, two of us.
A: I see it. How can I help today?
C: Last time I flew with you I was crammed in for four hours, so I want extra legroom.
A: Extra legroom seats are $45 each on that flight. I have 12A and 12B together.
C: $45 each. Of course they are. Fine, put us in 12A and 12B.
A: Done, both seats are upgraded for $90 in total.
C: Great, so now the ticket costs what it should have in the first place.
A: I understand the frustration. Anything else?
C: No. Honestly, you people nickel-and-dime everything.""", True, 90.00, "negative", "add-on to earlier booking: 2 legroom seats x $45 = 90; customer resentful"),

("FR30_014", "Owen Hughes", "2026-11-10T19:20:44", "asr", """A: this is owen with clearwave how can i help
C: yeah i want to cancel my internet streamlink is offering me the same speed for forty bucks
A: i'm sorry to hear that how long have you been with us
C: like six years and i'm paying fifty five a month
A: let me see what i can do i can put you on the same plan for thirty a month for the next twelve months
C: thirty hm okay that's actually less than them
A: would you like me to apply that
C: okay fine i'll stay on the thirty dollar plan
A: done and for five dollars a month i can add our streaming bundle
C: no just the internet thanks
A: okay your new rate starts next cycle
C: alright""", True, 0.0, "neutral", "retention: accepts discounted plan (conversion); streaming $5 declined"),

("FR30_015", "Nadia Petrova", "2026-11-11T11:38:27", "clean", """A: Good morning, Fig & Olive Catering, Nadia here.
C: Hi, I need lunch for a team offsite on the 20th, about 30 people.
A: Our Mediterranean buffet is $22 per person, so $660 for 30. Shall I put that down?
C: Yes, let's do that.
A: Wonderful. Would you like to add a dessert platter? It's $60 and serves 30.
C: Yes, definitely, they'd riot without dessert.
A: And drinks: sparkling water and lemonade at $2.50 a person.
C: Go on, add drinks for everyone.
A: That's drinks for 30 added. Delivery at 11:30 to 400 Market Street?
C: That's right. You've made this so easy, thank you!""", True, 135.00, "positive", "buffet main; dessert $60 + drinks $2.50 x 30 = 75 -> 135"),

("FR30_016", "Luis Romero", "2026-11-11T18:02:51", "asr", """A: hi this is luis from ironcore fitness am i speaking with dana
C: who is this
A: luis from ironcore we have a january special no joining fee and twenty nine a month
C: this is the fourth time you people have called me this week
A: i'm sorry about that it's a really good offer though
C: i don't care about the offer i asked to be taken off your list
A: i can take a note of that
C: don't take a note take me off the list
A: i'll remove your number now
C: good and don't call again""", False, 0.0, "negative", "outbound sales refused; angry about repeat calls"),

("FR30_017", "Maya Patel", "2026-11-12T09:58:13", "clean", """A: Pixelnest support, Maya speaking.
C: Hi, I'm locked out of my account after too many password attempts.
A: No problem, I can help. Can you confirm the email on the account?
C: Yes, it's r.okafor@inboxly.com.
A: Thanks. I've sent a reset link; it's valid for 30 minutes.
C: Got it... okay, I'm in!
A: Great. Anything else?
C: No, that's it. That was fast, really appreciate it.""", False, 0.0, "positive", "free support only; 'yes' confirms email; pleased"),

("FR30_018", "Derek Olsen", "2026-11-12T14:14:40", "asr", """A: thanks for calling homestead furniture derek speaking
C: hi i ordered the harlow sofa last week order number four four two one nine and i want to add some things to it
A: sure i have it here delivery on the twenty sixth what would you like to add
C: the white glove delivery how much is that
A: white glove is seventy nine they carry it in set it up and take the packaging
C: yes add that
A: done we also have the fabric protection plan for forty nine ninety nine for five years
C: um yeah we have a dog so add that too
A: both added to your order
C: okay and the delivery's still the twenty sixth
A: yes still the twenty sixth
C: okay thanks""", True, 128.99, "neutral", "add-ons to earlier purchase: white glove 79 + protection 49.99 = 128.99; order number not price"),

("FR30_019", "Priya Nair", "2026-11-13T08:22:36", "clean", """A: Zipline Car Rental, Priya speaking.
C: Hi, I need a compact car at the Portland airport from the 3rd to the 6th, three days.
A: I have a Corolla or similar at $41 a day. Shall I reserve it?
C: Sure, go ahead.
A: Reserved. Would you like a GPS unit at $9.99 a day?
C: My phone doesn't work well up there... yes, for the three days.
A: Added. And our full coverage is $25 a day.
C: No, my credit card covers that.
A: Understood. Pickup is at counter 4, after 10 am.
C: Okay, got it.""", True, 29.97, "neutral", "car reserved (main); GPS $9.99/day x 3 days = 29.97; coverage declined"),

("FR30_020", "Tom Brennan", "2026-11-13T16:48:19", "asr", """A: pampered paws grooming tom speaking
C: hi i wanted to book a full groom for my poodle this saturday
A: oh i'm sorry saturday's completely booked and so is next week
C: oh nothing at all
A: the earliest i have is the twenty eighth
C: no that's too late she's got a show on the twenty second
A: i'm really sorry
C: that's a shame i've been coming to you for years and it's always like this now
A: i can put you on the waitlist
C: no it's fine i'll just try somewhere else""", False, 0.0, "negative", "no availability, alternative declined; disappointed"),
]
