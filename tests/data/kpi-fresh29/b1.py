CALLS = [
("FR29_001", "Priya Nair", "2026-11-02T09:14:00", "asr", """A: thanks for calling brightwave mobile this is priya how can i help
C: hi yeah um i wanna add a line for my daughter she's starting college in january
A: sure i can do that the extra line is twenty five a month with unlimited talk and text
C: okay and does that include data
A: it includes fifteen gigs and then it slows down
C: mhm that's fine she's mostly on wifi anyway
A: i can also add the international pack for ten dollars a month she'd get calls to mexico and canada
C: oh actually yeah her grandma's in guadalajara so yeah add that
A: perfect so that's the new line at twenty five plus the international pack at ten shall i put that through
C: yep go ahead
A: done the sim ships tomorrow to the address on file
C: okay thanks""", True, 10.00, "neutral", "new line accepted; agent-offered international pack $10/mo accepted; tone plain"),

("FR29_002", "Marcus Bell", "2026-11-02T17:48:00", "clean", """A: Good evening, Lantern Bistro, this is Marcus.
C: Hi, I'd like a table for eight this Saturday, around 7?
A: Let me look... I'm sorry, Saturday at 7 we're fully booked for parties that size.
C: Oh. Anything close to that?
A: The earliest I could seat eight is 8:45.
C: That's too late, my mother-in-law is coming and she's 84.
A: I understand. Would Sunday at 7 work instead?
C: No, it has to be Saturday, it's her birthday.
A: I'm really sorry we can't make it work this time.
C: Yeah, me too. We've come to you for this every year. I guess we'll try somewhere else.
A: Can I take your number in case of a cancellation? Is it 555-0142?
C: Yes, that's my number. But honestly I wouldn't count on it.""", False, 0.00, "negative", "no table; alternatives refused; 'yes' only confirms phone number; quietly disappointed"),

("FR29_003", "Elena Ruiz", "2026-11-03T10:05:00", "asr", """A: hi is this mister delgado this is elena from harbor mutual calling about your auto policy
C: yeah speaking
A: your policy renews on the twenty first and the premium stays at one twelve a month
C: oh okay it didn't go up that's a first
A: it didn't i also wanted to mention roadside assistance it's normally forty a year but for renewals i can do twenty five
C: hm what does that cover
A: towing up to fifty miles lockouts flat tires and jump starts
C: at twenty five yeah sure put that on
A: great so shall i renew the policy with roadside included
C: yes please renew it you guys have always been good to me honestly
A: all done you'll get the new cards by email
C: oh that's great thank you elena""", True, 25.00, "positive", "renewal confirmed; roadside add-on accepted at revised $25 (not $40); warm praise"),

("FR29_004", "Tom Okafor", "2026-11-03T13:31:00", "asr", """A: northgate energy this is tom can i get your account number
C: it's four four seven one nine two and i've been on hold for forty minutes
A: i'm sorry about the wait how can i help
C: my bill is three hundred and eighty dollars for a two bedroom apartment that's insane
A: let me look uh it looks like last month was an estimated reading
C: estimated by who a dartboard
A: the actual reading came in lower so i'm issuing a credit of forty two dollars
C: forty two that's it
A: the rest is your real usage the cold snap pushed the heating up
C: unbelievable i'm gonna read the meter myself from now on
A: that's a good idea you can submit it on the app
C: yeah whatever bye""", False, 0.00, "negative", "billing complaint; credit is not a purchase; angry and sarcastic to the end"),

("FR29_005", "Hana Sato", "2026-11-04T11:20:00", "clean", """A: Good morning, Tallyhub sales, Hana speaking.
C: Hi, we're a design studio with 12 people and we're looking at your Team plan.
A: Great. Team is $15 per user per month, billed annually.
C: So about $2,160 a year for all of us?
A: That's right, and that includes shared boards and 1 TB of storage.
C: Does it integrate with Figma?
A: Yes, natively, and with Slack too.
C: Okay. It sounds good, but our CFO signs off on anything over $2,000.
A: Would you like me to set up the account now and you can cancel within 30 days?
C: I'd rather not. Can you email me a formal quote? It's dana@northlightstudio.com.
A: Of course, I'll send it within the hour.
C: Thanks, I'll get back to you next week.""", False, 0.00, "neutral", "interest only; asks for quote; defers to CFO; email confirmation not a purchase"),

("FR29_006", "Diego Alvarez", "2026-11-04T15:02:00", "asr", """A: oakline furniture diego speaking
C: hi um i was in the store saturday and i wanna order the walnut dining table the long one
A: the harlow table that's twelve hundred
C: yes that one
A: we also have the matching harlow chairs they're ninety each
C: ooh how many come in a set
A: they're sold individually most people take four or six
C: okay four of the chairs then
A: and would you like our five year protection plan it's seventy nine
C: no we don't need that we don't have kids or pets
A: got it so the table and four chairs delivered the week of the sixteenth
C: perfect oh that's lovely i can't wait to see it in the room""", True, 360.00, "positive", "table is main purchase; 4 chairs at $90 each = $360 accepted; protection plan declined"),

("FR29_007", "Grace Kim", "2026-11-05T08:40:00", "asr", """A: skyreach airlines this is grace how can i help
C: yeah i need to move my flight to denver from thursday to friday and i'm not thrilled about it
A: i can do that there's a change fee of seventy five dollars
C: seventy five are you kidding me it's one day
A: i know it's frustrating the friday flight at two ten has space
C: ugh fine the two ten
A: i can also put you in an extra legroom seat for forty five
C: is it an aisle
A: yes row eleven aisle
C: okay yeah give me that one my knees will thank me
A: so friday at two ten extra legroom eleven c shall i confirm it
C: yes confirm it
A: you're all set
C: alright that actually wasn't as bad as i thought thanks for sorting it""", True, 45.00, "positive", "rebooked flight; legroom seat $45 accepted; $75 change fee excluded; annoyed start, pleased end"),

("FR29_008", "Liam Walsh", "2026-11-05T12:12:00", "asr", """A: comfort air heating and cooling this is liam
C: hi i need a furnace tune up before it gets really cold
A: sure the tune up is eighty nine dollars i've got tuesday between eight and ten
C: tuesday eight to ten works
A: great the address is still two twelve birch lane
C: yep that's us
A: while the tech is there we can also do a duct cleaning it's two forty nine
C: hmm let me ask my husband about the ducts just the tune up for now
A: no problem you're booked tuesday eight to ten
C: okay thank you""", True, 0.00, "neutral", "tune-up booked; duct cleaning deferred (not accepted); address confirmation not a purchase"),

("FR29_009", "Nadia Haddad", "2026-11-06T09:55:00", "clean", """A: First Harbor Bank, this is Nadia.
C: Hi, there's a charge on my card for $212 from a store in Ohio. I've never been to Ohio.
A: I'm sorry to hear that. Let me block the card right away.
C: Okay, please do.
A: Done. I've opened a dispute for the $212, and you'll get a provisional credit in 2 business days.
C: That quickly?
A: Yes. I'll also send a replacement card at no charge; it should arrive by Tuesday.
C: Wow. I was dreading this call.
A: Is 18 Linden Court still your mailing address?
C: Yes, that's right.
A: Perfect, it's on its way.
C: You've been fantastic, thank you so much.""", False, 0.00, "positive", "fraud dispute and free replacement card: no purchase; clearly pleased"),

("FR29_010", "Owen Price", "2026-11-06T18:20:00", "asr", """A: hi thanks for calling riverside arena box office
C: hi i wanna get two tickets for the lumen tide show on friday
A: sure let me see i've got two together in section one oh four at sixty five each
C: ooh is that close to the stage
A: it's lower bowl side view pretty good
C: okay yeah
A: so to confirm two tickets friday section one oh four sixty five each one thirty total
C: yes that's right what time do the doors open
A: doors at six thirty show at eight and they're booked
C: amazing we're so excited she's been obsessed with this band since high school
A: would you like a parking pass for twenty dollars
C: nah we'll take the train""", True, 0.00, "positive", "read-back confirmed with follow-up question; parking declined; excited"),

("FR29_011", "Sofia Rossi", "2026-11-07T10:30:00", "asr", """A: bayside auto service this is sofia
C: hey can i get an oil change on my civic this week
A: sure how about wednesday at eleven
C: wednesday at eleven works
A: we can also do a tire rotation while it's up it's twenty nine ninety five
C: uh sure do that too
A: okay oil change and rotation wednesday at eleven
C: oh wait actually skip the rotation they did it at costco like a month ago
A: no problem just the oil change then
C: yeah just the oil change
A: you're booked see you wednesday
C: okay see you then""", True, 0.00, "neutral", "oil change booked; rotation accepted then retracted by name -> upsell 0"),

("FR29_012", "Ben Carter", "2026-11-09T14:45:00", "clean", """A: Thanks for calling Metronet, Ben speaking.
C: Hi Ben. I'd like to cancel my internet service, please.
A: I'm sorry to hear that. May I ask why?
C: FibreLink is offering me 500 Mbps for $45 a month. I'm paying you $79 for a third of that speed.
A: I can take $20 off your bill for the next 12 months.
C: That still puts you at $59 for slower internet. No, thank you.
A: I could also add a free speed boost to 300 Mbps.
C: I appreciate the effort, but FibreLink's technician has already been out. They were really professional, to be honest.
A: Understood. I'll process the cancellation effective the 30th.
C: Thank you. Please send me the confirmation in writing.
A: You'll receive it by email today.
C: Okay. Goodbye.""", False, 0.00, "negative", "retention offers declined; cancels; polite but negative about company, praises competitor"),

("FR29_013", "Aisha Bello", "2026-11-09T16:10:00", "asr", """A: good afternoon brightsmile dental this is aisha
C: hi i need a cleaning and checkup do you have anything thursday around three
A: let me look um thursday at three fifteen just got taken
C: oh shoot
A: i have friday at nine am or monday at four
C: friday at nine is better
A: okay friday at nine with doctor amin can i confirm your date of birth
C: march fourth nineteen ninety
A: thank you you're all set for friday at nine
C: great and how much is whitening just out of curiosity
A: in office whitening is three fifty
C: oh wow okay no that's fine just the cleaning""", True, 0.00, "neutral", "took offered alternative slot; whitening only priced, not accepted; date of birth is not a price"),

("FR29_014", "Jonas Berg", "2026-11-10T08:25:00", "asr", """A: pinpoint software support this is jonas
C: oh great another update that breaks everything the app crashes every time i open an invoice
A: i'm sorry what version are you on
C: i don't know whatever you pushed last night
A: okay can you go to settings and tell me the number at the bottom
C: it says four point two point one
A: thanks there's a known issue please clear the cache under storage and reopen
C: hang on okay it opened
A: great the patch goes out tomorrow
C: it works but honestly this is the third time this month i'm looking at other options
A: i understand i'll pass that on
C: yeah you do that""", False, 0.00, "negative", "support only; sarcastic opening and negative ending despite fix; version number not a price"),

("FR29_015", "Mei Chen", "2026-11-10T13:40:00", "clean", """A: Voltmart Electronics, this is Mei.
C: Hi, I'd like to order the Aero 14 laptop, the one with 16 GB of RAM.
A: That's $1,099. Shall I place the order for you?
C: Yes, let's do it.
A: Would you like to add the 3-year extended warranty for $149? And we have a padded sleeve for $39.
C: The warranty, yes. The sleeve, no, I already have a bag.
A: Got it. Laptop plus warranty, $1,248 before tax, shipping free.
C: Perfect.
A: It'll arrive Thursday.
C: Great, I really appreciate the help, you made this easy.""", True, 149.00, "positive", "laptop main purchase; warranty $149 accepted; sleeve declined; praise"),

("FR29_016", "Raj Patel", "2026-11-11T19:05:00", "asr", """A: tony's pizza pickup or delivery
C: delivery please to eighty eight granite street
A: what can i get you
C: two large pepperoni and uh one of them with extra mushrooms
A: okay want to add garlic knots they're five ninety nine
C: yeah sure and uh make it two orders of the knots
A: so two large pepperoni one with extra mushrooms and two garlic knots
C: yep
A: total comes to forty one fifty about thirty five minutes
C: sweet you guys are the best seriously""", True, 11.98, "positive", "pizza order confirmed; two garlic knots at $5.99 each = $11.98; address not a price"),

("FR29_017", "Priya Nair", "2026-11-12T11:00:00", "asr", """A: hi this is priya from sunpath solar am i speaking with the homeowner
C: yeah that's me
A: we're doing free assessments in your area your roof looks like a great fit
C: um okay how much are we talking
A: a typical system for your size is around fourteen thousand before the tax credit
C: fourteen thousand wow
A: it pays for itself in about nine years
C: look i'd do it if it were under ten grand but at fourteen no
A: we do have financing at
C: no i'm good i appreciate the call though
A: okay have a good day
C: you too bye""", False, 0.00, "neutral", "conditional acceptance with unmet condition; refusal polite; neutral tone"),

("FR29_018", "Marcus Bell", "2026-11-12T20:15:00", "asr", """A: harborview hotel reservations this is marcus
C: hi i need a room for three nights starting the twentieth
A: i have a king room at one sixty nine a night
C: does that have a view
A: city view not the harbor that's two nineteen
C: city's fine
A: okay so three nights from november twentieth king room city view one sixty nine a night
C: yes that's correct
A: you're booked breakfast is eighteen per person per day if you want to add it
C: no we'll eat out thanks
A: sounds good confirmation is coming by text
C: okay""", True, 0.00, "neutral", "read-back confirmed; breakfast declined; harbor view price only quoted"),

("FR29_019", "Elena Ruiz", "2026-11-13T15:30:00", "clean", """A: Harbor Mutual claims, this is Elena.
C: I got a letter saying my water damage claim is denied. Claim 88-3107.
A: Let me pull that up. It was denied because the leak was gradual, which isn't covered.
C: Gradual? The pipe burst on a Sunday morning.
A: The adjuster's report notes corrosion over time.
C: This is ridiculous. I've paid you people for 11 years and the one time I need you, you find a loophole.
A: I can open an appeal if you send a plumber's report.
C: I'll send it, and I'm also calling the state insurance department.
A: That's your right. The appeal form is in your email.
C: Don't bother telling me to have a nice day.""", False, 0.00, "negative", "claim denied; furious; appeal is not a purchase; claim number not a price"),

("FR29_020", "Tom Okafor", "2026-11-14T08:50:00", "asr", """A: ironworks gym this is tom
C: hey i've been doing the free week and i wanna sign up for real
A: awesome the monthly membership is thirty nine a month no contract
C: yeah that's the one
A: we also have a starter package four personal training sessions for one twenty
C: hm one twenty for all four or each
A: one twenty for all four
C: oh okay yeah the four sessions yeah let's do that
A: great so the membership plus the four session pack
C: yes perfect
A: you're in your first session can be this weekend
C: love it this place has been awesome so far""", True, 120.00, "positive", "membership signed; 4-session pack $120 total (not each) accepted; enthusiastic"),
]
