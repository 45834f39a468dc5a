CALLS = [
("FR40_001", "Maya Chen", "2026-11-02T09:14:22", "clean",
"""A: Thanks for calling SkyLark Airlines, this is Maya. How can I help?
C: Hi, I'd like to book two seats on the Denver to Boise flight on the 19th, the 7:40 morning one.
A: Let me check. Yes, flight 2218 has seats. The fare is $189 per person, so $378 for two.
C: That works. It's me and my sister.
A: Would either of you need a checked bag? It's $35 per bag if you add it now, double at the airport.
C: Oh, we definitely will. One bag each, so two.
A: Got it, two checked bags at $35 each. Please confirm: two seats on flight 2218 on November 19th, plus two checked bags, $448 total?
C: Yes, that's right. Wow, that was quick.
A: You're booked. Confirmation code is KX4P2L.
C: Perfect, thank you so much, this was really easy.""",
True, 70.0, "positive", "Booking confirmed; 2 bags x $35 accepted = 70; customer pleased."),

("FR40_002", "Tom Okafor", "2026-11-02T11:03:51", "asr",
"""A: thanks for calling brightwave mobile this is tom
C: hi uh yeah i want to add a new line for my son he's getting his first phone
A: sure thing so the basic line is twenty five a month with unlimited talk and text
C: okay yeah let's do that one
A: great and would you like to add the vice protection for the phone it's fifteen dollars a month covers cracked screens loss theft
C: um he's thirteen so sure why not
A: ha fair enough i've added protection so that's the new line plus protection starting today
C: okay and the number ends in what
A: it ends in four four seven one
C: mhm got it okay thanks""",
True, 15.0, "neutral", "New line signed up; protection $15/month accepted ('sure why not') counts once; polite/neutral."),

("FR40_003", "Priya Nair", "2026-11-03T18:22:10", "clean",
"""A: Good evening, Olive & Vine, Priya speaking.
C: Hi, can I book a table for six this Friday, around 7:30?
A: Friday the 6th at 7:30 for six, yes, I have the corner table free.
C: Great. Is there anything special on the menu that night?
A: We're doing a wine pairing with the tasting menu, $45 per person.
C: Hm, $45 each? What's included?
A: Four glasses matched to the courses.
C: I'll skip that, most of us are driving. Just the table, please.
A: Of course. Table for six, Friday the 6th at 7:30, under what name?
C: Delgado. D-E-L-G-A-D-O.
A: All set, Mr. Delgado, see you Friday.
C: Okay, thanks.""",
True, 0.0, "neutral", "Table booked; pairing price only asked about and declined; routine politeness."),

("FR40_004", "Luis Ortega", "2026-11-03T14:40:05", "clean",
"""A: Harbor Mutual claims, this is Luis.
C: Yeah, I'm calling about claim 55-10392. You denied it. Again.
A: Let me pull that up. I see the water damage claim from October 12th was denied because the leak was classified as gradual.
C: Gradual? The pipe burst. It burst! I sent you photos of it spraying.
A: I understand. I can file an appeal and ask an adjuster to review the photos.
C: I've been paying you people for eleven years. Eleven years, and the first time I need you, this.
A: I'm sorry. The appeal usually takes 10 to 14 business days.
C: Two more weeks with a hole in my kitchen ceiling. Fantastic.
A: I've submitted the appeal now, reference AP-7781.
C: Fine. I'm also shopping around for a new insurer, just so you know. This is ridiculous.""",
False, 0.0, "negative", "Complaint, appeal filed, no purchase; customer angry and sarcastic at end."),

("FR40_005", "Hannah Weiss", "2026-11-04T10:12:44", "asr",
"""A: hi you've reached comfort house furniture this is hannah
C: hey i was in the store on saturday looking at the harlow sofa the grey one
A: oh yes the three seater that's one thousand one hundred ninety nine
C: yeah i think i'm ready to order it
A: lovely can i also offer our fabric guard protection it's a treatment plus five years of stain cover for eighty nine dollars
C: hmm i do have two kids and a dog so
A: it really does pay off with kids
C: go on then add it
A: done so the harlow sofa in grey with fabric guard delivery on the twelfth between eight and noon
C: brilliant thank you i'm actually really excited about this""",
True, 89.0, "positive", "Sofa ordered; fabric guard $89 accepted with 'go on then'; excited."),

("FR40_006", "Derek Mills", "2026-11-04T13:30:00", "clean",
"""A: Taskline support, Derek here.
C: Hi, our annual subscription is up for renewal on the 20th and I want to renew it.
A: Sure. You're on the Team plan, 10 users, $1,080 for the year. Shall I renew that?
C: Yes, renew it. Also, we hired three people. Can we add seats?
A: Extra seats are $12 per user per month, billed with the plan. Three seats would be $36 a month.
C: Okay, add the three.
A: Done. The renewal is processed and the three seats are active from today.
C: Good. Will they get an invite automatically?
A: Yes, once you enter their emails under Admin, Members.
C: Okay, thanks.""",
True, 36.0, "neutral", "Renewal; 3 seats x $12/month = 36 (recurring counted once, quantity multiplied); neutral."),

("FR40_007", "Sofia Russo", "2026-11-05T16:05:17", "clean",
"""A: CoolRight Heating and Air, this is Sofia.
C: My AC died last night and it's 88 degrees in my house. I need someone today.
A: I'm sorry about that. I have a technician free at 2:15 today, the diagnostic visit is $95.
C: Yes, book it, please.
A: Booked for 2:15 at 410 Larkspur Lane. While I have you, we have a maintenance plan, two tune-ups a year for $149.
C: No, just the repair for now. I just need it cold again.
A: Understood. Marco will call you 30 minutes before arrival.
C: Okay. Sorry I was snappy earlier.
A: No problem at all, it's hot out.
C: Honestly, thank you, you've been really helpful. I was dreading this call.""",
True, 0.0, "positive", "Repair visit booked; maintenance plan declined; frustrated opening, warm ending."),

("FR40_008", "Kwame Mensah", "2026-11-05T19:48:33", "asr",
"""A: thanks for calling riverside arena box office this is kwame
C: hi i want two tickets for the lumen tour show on the twenty first
A: okay i've got two together in section one oh four at sixty two dollars each
C: yeah those are fine
A: i can also upgrade both to the early entry pack it's forty dollars each you get in an hour early and a poster
C: oh my god yes she would love that it's for my daughter's birthday
A: so both tickets upgraded
C: yeah both of us please
A: okay two tickets plus two early entry packs you'll get the tickets by email
C: amazing thank you so so much she's going to freak out""",
True, 80.0, "positive", "Tickets bought; early entry $40 each x 2 accepted ('both of us') = 80; delighted."),

("FR40_009", "Elena Petrova", "2026-11-06T08:32:09", "clean",
"""A: Northgate Toyota service, Elena speaking.
C: Hi, I need to book an oil change for my 2019 RAV4, ideally Thursday morning.
A: Thursday the 12th at 8:00 works. The synthetic oil change is $74.99.
C: Okay, book that.
A: Done. You're at 31,200 miles, so I'd also suggest a tire rotation for $29.99, and your cabin air filter is due, that's $45.
C: Do the tire rotation. Skip the cabin filter, I can change that myself.
A: Sure. Oil change and tire rotation, Thursday at 8:00.
C: How long will it take?
A: About an hour. We have a waiting lounge.
C: Alright, thanks.""",
True, 29.99, "neutral", "Service booked; tire rotation $29.99 accepted, cabin filter refused by name; neutral."),

("FR40_010", "Jason Park", "2026-11-06T12:17:40", "clean",
"""A: First Plains Bank, this is Jason, how can I help?
C: There's a $35 overdraft fee on my checking and I want to know why.
A: I see it. A debit card charge of $12.40 posted on the 3rd when the balance was $8.
C: My paycheck went in that same day! How is that an overdraft?
A: The deposit posted after the charge in the overnight processing.
C: That's a nice little trick you've got going.
A: I can refund the fee as a one-time courtesy.
C: Okay. Do that.
A: Done, the $35 will be back within two days.
C: Whatever. I'll be moving my paycheck to a credit union anyway.""",
False, 0.0, "negative", "Fee refunded (not a sale); customer sarcastic and says they'll leave."),

("FR40_011", "Aisha Rahman", "2026-11-07T09:55:12", "asr",
"""A: good morning evergreen power this is aisha
C: hi i'm moving next week and i need to set up electricity at the new place
A: sure what's the new address
C: it's twenty two elm court apartment three b
A: got it and what start date
C: the fourteenth please
A: okay i can start service on the fourteenth on our standard rate there's also a green power option it's four dollars a month extra and it matches your use with win energy
C: uh four bucks yeah okay put me on that
A: great so standard service plus green power starting the fourteenth
C: okay and do i need to be home for anything
A: no the meter is outside you're all set
C: okay thanks""",
True, 4.0, "neutral", "New service sign-up; green power $4/month accepted; neutral."),

("FR40_012", "Ben Carter", "2026-11-07T15:20:31", "clean",
"""A: Bright Smile Dental, this is Ben.
C: Hi, I'd like to book a cleaning. It's been a while, like two years.
A: No judgment! I have Tuesday the 17th at 3:30 with Dr. Patel.
C: Great, yes, book me in for that.
A: Done. Would you be interested in adding a whitening session after the cleaning? It's normally $99.
C: Oh, I've thought about that. $99 is a bit much though.
A: This month we're running it at $79 for cleaning patients.
C: Okay, at $79 I'll do it.
A: Wonderful. Cleaning plus whitening, Tuesday the 17th at 3:30.
C: Thanks so much, you made that painless. Ironically.""",
True, 79.0, "positive", "Appointment booked; whitening revised from $99 to $79 and accepted = 79; friendly."),

("FR40_013", "Nora Lindqvist", "2026-11-09T11:41:28", "clean",
"""A: Thanks for calling Paper & Pine, this is Nora.
C: Hi! I want to order the walnut desk organizer, item number 4471, as a gift.
A: Lovely choice. That's $64. Would you like it gift wrapped? That's free.
C: Yes please, wrap it.
A: And standard shipping takes 5 to 7 days, or express is $12.50 and arrives by Thursday.
C: Her birthday is Friday, so express, definitely.
A: Perfect. Walnut organizer, gift wrapped, express shipping, $76.50 total. Shall I place it?
C: Yes, place it. Can I add a note?
A: Of course, what should it say?
C: "Happy 40th, Jo. Love, Sam."
A: Added. You'll get tracking by email.
C: You're a lifesaver, thank you!""",
True, 12.5, "positive", "Order placed; free gift wrap adds 0; express $12.50 accepted; happy."),

("FR40_014", "Rafael Souza", "2026-11-09T17:02:55", "asr",
"""A: streamline tv and internet retention this is rafael
C: yeah i want to cancel my package it's gotten way too expensive
A: i understand you're paying a hundred and twelve a month right now
C: yeah and it keeps going up
A: what i can do is move you to the essentials bundle at seventy nine a month locked for a year
C: hmm seventy nine okay i guess i'll stay on that
A: great and since you watch a lot of sports i can add the sports pass for nine ninety nine a month
C: uh yeah fine add the sports one
A: done essentials at seventy nine plus sports pass nine ninety nine starting next bill
C: okay""",
True, 9.99, "neutral", "Accepted retention plan (conversion); sports pass $9.99/month accepted; flat tone."),

("FR40_015", "Grace Kim", "2026-11-10T10:08:16", "clean",
"""A: Coral Bay Resort reservations, Grace speaking.
C: Hi, we want to book three nights, checking in November 27th, for two adults.
A: I have a garden-view king at $210 a night.
C: Sounds good, let's book it.
A: Booked. For an extra $40 a night I can move you to an ocean-view room, so $120 more for the three nights.
C: Ocean view? Oh, it's our honeymoon, yes, do that.
A: Congratulations! Ocean-view king, three nights from the 27th. I'll put a note about the honeymoon.
C: That's so kind. Is breakfast included?
A: Yes, breakfast is included for both of you.
C: Amazing. Thank you, this is perfect.""",
True, 120.0, "positive", "Room booked; ocean-view upgrade $40/night x 3 nights (agent states $120) accepted; happy."),

("FR40_016", "Owen Hughes", "2026-11-10T13:45:02", "clean",
"""A: Hi, is this Mr. Brandt? This is Owen from SunPeak Solar.
C: Speaking.
A: We're in your neighborhood this week offering free roof assessments for solar panels.
C: Oh great, another sales call during my lunch.
A: I'll be quick. Homeowners on Birch Street are saving up to 40% on their power bills.
C: I rent. I've told you people that twice.
A: I'm sorry, I don't see that on file. I'll note it.
C: Please do. And take me off the list.
A: I'll remove your number, 555-0148, right now.
C: Thanks. Bye.""",
False, 0.0, "negative", "Outbound cold call, refused; sarcastic and annoyed."),

("FR40_017", "Maya Chen", "2026-11-11T18:30:47", "asr",
"""A: tony's pizza this is maya pickup or delivery
C: delivery please to fourteen oak street
A: okay what can i get you
C: a large pepperoni and a medium veggie
A: that's thirty one fifty want to add garlic bread it's six fifty or a two liter soda for three dollars
C: um both actually yeah throw in both
A: okay so large pepperoni medium veggie garlic bread and a two liter coke or sprite
C: coke please
A: total is forty one dollars about thirty five minutes
C: awesome you guys are the best""",
True, 9.5, "positive", "Order placed; garlic bread $6.50 + soda $3 both accepted = 9.50; enthusiastic."),

("FR40_018", "Tom Okafor", "2026-11-12T14:14:14", "clean",
"""A: Guardline Auto Insurance, Tom here.
C: I got a quote online last week, reference Q-88213, and I want to buy the policy.
A: Yes, the six-month policy for your 2021 Civic at $612. Shall I issue it?
C: Yes, go ahead.
A: Issued, starting December 1st. Would you like to add roadside assistance for $8 a month?
C: Yes, add roadside.
A: And rental car coverage is $5 a month.
C: No, I have a second car, I don't need rental coverage.
A: Sure. Policy with roadside assistance, documents will be emailed today.
C: Okay, that's fine.""",
True, 8.0, "neutral", "Policy purchased; roadside $8/month accepted, rental coverage refused; neutral."),

("FR40_019", "Priya Nair", "2026-11-12T16:51:09", "clean",
"""A: Nordhaus Home, this is Priya.
C: Hi, I'd like to order the Aspen bed frame, queen, in oak.
A: That's $849, in stock. Would you like our assembly service? It's $60.
C: Yes, add assembly.
A: Great. So the Aspen queen in oak plus assembly, delivery on the 23rd.
C: Hold on, my partner just texted me.
A: Sure, take your time.
C: Okay, she already ordered a bed from somewhere else yesterday. Sorry, can you cancel all of it?
A: No problem, I've cancelled the whole order, nothing has been charged.
C: Thanks, sorry for wasting your time.""",
False, 0.0, "neutral", "Order with $60 assembly accepted then whole order cancelled; no conversion, no upsell; apologetic/neutral."),

("FR40_020", "Luis Ortega", "2026-11-13T20:10:38", "asr",
"""A: thank you for calling fastnet support this is luis
C: yeah my internet has been down since like six this morning
A: i'm sorry about that let me run a test on your modem
C: i work from home i've lost a whole day of work
A: i see there's an outage in your area a crew is working on it
C: when will it be back
A: the estimate is around eleven tonight
C: eleven tonight are you kidding me
A: i can put a credit on your account for the day
C: a credit for one day great that really fixes everything i'm so done with you guys""",
False, 0.0, "negative", "Support call, outage, no purchase; angry and sarcastic ending."),
]
