CALLS = [
("FR9_041", "Kenji Watanabe", "2026-11-02T12:05:33", "clean",
"""A: FibreFast, Kenji speaking. How can I help?
C: Hi, fibre finally reached our street and I want to sign up.
A: Great news. The 500 Mbps plan is $55 a month, no contract.
C: That's the one I want.
A: For bigger homes we offer a mesh extender for $5 a month, and a static IP for $10 a month.
C: The extender, yes, our upstairs signal is awful. I don't need the static IP.
A: So 500 Mbps at $55 plus the mesh extender at $5, installation on the 6th. Shall I go ahead?
C: Yes, go ahead.
A: Done!
C: Fantastic, I've been waiting for this for ages. Thanks a lot.""",
True, 5.00, "positive",
"New fibre plan (main $55/month). Mesh extender $5/month accepted, static IP declined -> 5.00. 'Fantastic' -> positive."),

("FR9_042", "Abena Mensah", "2026-11-02T14:37:10", "asr",
"""A: eastshore power abena speaking
C: yes my electricity's been cut off and i paid the bill on friday
A: let me see um i can see a payment on saturday but the disconnection was processed thursday
C: so you cut me off a day before i paid on a bill that was only a week late
A: the notice was sent in october
C: i never got any notice i've got a baby in the house and no heating
A: i'm going to raise an urgent reconnection it should be today by six
C: by six i've been sitting here freezing since this morning this is disgraceful
A: i'm really sorry
C: yeah sorry doesn't heat the house does it""",
False, 0.00, "negative",
"Disconnection complaint, no purchase. Angry throughout ('disgraceful') -> negative."),

("FR9_043", "Gustavo Lima", "2026-11-03T09:21:48", "clean",
"""A: Wonderpeak Adventure Park, Gustavo speaking.
C: Hi, I'd like day tickets for Saturday, two adults and two children aged 8 and 11.
A: Adults are $69 and children $49, so $236 for the four of you.
C: Okay, yes.
A: Would you like Fast Track? It's $25 per person and skips the main queues.
C: How many rides does it cover?
A: All the major coasters and the water ride.
C: Alright, Fast Track for all four of us then. We'll skip the parking add-on, we're coming by train.
A: So four day tickets plus four Fast Track passes for Saturday. Shall I process that?
C: Yes please.
A: Done, the tickets are in your inbox.
C: Okay, thanks.""",
True, 100.00, "neutral",
"Main: 4 tickets ($236). Fast Track $25 per person x 4 accepted -> 100.00; parking declined. Neutral."),

("FR9_044", "Nadia Rahman", "2026-11-04T10:44:25", "asr",
"""A: smilecare dental nadia speaking
C: hi i'd like to book a cleaning for next week please
A: sure um oh i'm sorry our booking system has just gone down
C: oh okay can you just write it down
A: i can't book anything without the system i'm afraid could you call back this afternoon
C: this afternoon i'm at work all afternoon
A: i'm really sorry about that
C: that's really annoying i took my break specifically to call you
A: i know i apologise
C: okay well i'll try again some other time i guess""",
False, 0.00, "negative",
"Wanted to book but the booking could not be made (system down), nothing booked -> not a conversion. 'really annoying' -> negative."),

("FR9_045", "Theo Marshall", "2026-11-04T15:58:01", "clean",
"""A: Voltz Electronics, Theo speaking.
C: Hi, I'd like to order the Pixelite 9 in graphite, 256GB.
A: Sure, that's $799. Would you like a case with it? The slim case is $29.
C: Yes, the slim case.
A: And a tempered glass screen protector for $15?
C: Go on then.
A: We also have device protection at $9 a month.
C: No, I'll skip that.
A: So Pixelite 9 256GB graphite, slim case and screen protector, $843 total, delivered Thursday. Correct?
C: Correct.
A: Order placed.
C: Okay, cheers.""",
True, 44.00, "neutral",
"Main: phone $799. Case $29 + screen protector $15 accepted -> 44.00; device protection declined. Total $843 not counted. Neutral."),

("FR9_046", "Bridget Mahoney", "2026-11-05T08:49:37", "asr",
"""A: good morning coastline insurance bridget speaking
C: hi i got my home insurance renewal and it's gone up again
A: let me look so last year was four twelve and this year it's four sixty eight
C: that's daylight robbery i haven't made a single claim
A: i understand premiums have gone up across the market
C: yeah that's what everyone says
A: would you like me to renew it today
C: i don't have time to shop around just renew it
A: okay that's renewed from the first of december
C: fine but i'm not happy about it and i'll be looking elsewhere next year""",
True, 0.00, "negative",
"Renewal committed ('just renew it') -> conversion; no add-on (premium is main product). 'daylight robbery', 'not happy' -> negative."),

("FR9_047", "Andre Thompson", "2026-11-05T17:12:55", "clean",
"""A: RapidFlow Plumbing, Andre speaking.
C: Hi, there's water pouring from under my kitchen sink and I can't find the stopcock!
A: Okay, stay calm. It's usually under the sink or near the front door. We can get someone out within the hour.
C: Yes, please, send someone.
A: There's a $90 call-out fee, then labour is charged by the half hour. Is that okay?
C: Yes, fine, just come.
A: An engineer is on the way to 3 Mill Court, arriving around 5:50.
C: Oh, thank you so much, I was panicking. You're a lifesaver.""",
True, 0.00, "positive",
"Emergency call-out booked ('send someone') -> conversion. $90 is a fee -> not upsell. Relief and praise -> positive."),

("FR9_048", "Ingrid Halvorsen", "2026-11-06T11:08:14", "asr",
"""A: hi this is ingrid at countwell accounting software
C: hi we're a small shop twelve staff we've been using spreadsheets and i think it's time
A: okay great what kind of shop is it
C: it's a it's a hardware store well two actually we've got the main one and a little one in the retail park and my bookkeeper is retiring in march so um yeah
A: got it so the core package is forty nine a month for the business and that covers both locations
C: both locations okay and does it do vat returns or the the sales tax stuff
A: yep sales tax returns bank feeds invoicing all in core
C: mhm and can my accountant log in
A: yes accountant access is free
C: okay good right and payroll is that included
A: payroll is an add on it's nine per employee per month so for twelve that's a hundred and eight a month
C: mhm okay yeah we need payroll so let's include that
A: great shall i set up the account with core plus payroll
C: yeah set it up
A: done you'll get the login details in a few minutes and an onboarding call from our team
C: okay uh when's that
A: usually within two working days
C: okay""",
True, 108.00, "neutral",
"Main: core package ($49/month). Payroll add-on 9 per employee x 12 = 108/month, stated by agent and accepted -> 108.00. Neutral."),

("FR9_049", "Samuel Osei", "2026-11-09T13:26:40", "clean",
"""A: Keystone Bank mortgages, Samuel speaking.
C: Hi, our fixed rate ends in February and I wanted to see what you can offer.
A: For a 5-year fix at your loan-to-value, the best rate is 5.1%.
C: Oh. I was hoping for something under 4.5.
A: The 2-year fix is 4.9%, but with a $999 product fee.
C: Hmm. That's a bit disappointing, to be honest. We've been with you twelve years.
A: I understand. The offer stands for 30 days.
C: Okay. I'm not ready to commit to anything yet.""",
False, 0.00, "negative",
"No commitment ('not ready to commit'). Quiet disappointment with the offer and loyalty remark -> negative."),

("FR9_050", "Lauren Pierce", "2026-11-09T16:14:02", "asr",
"""A: hi studio belle lauren speaking
C: hi can i book a cut and colour for friday
A: yes we have friday at eleven with jess
C: perfect yeah book me in
A: lovely would you like to add a deep conditioning treatment it's fifteen
C: oh go on then i deserve a treat
A: done friday eleven cut colour and deep conditioning
C: amazing jess did my hair last time and i loved it thank you""",
True, 15.00, "positive",
"Salon booking ('book me in'). Deep conditioning 'fifteen' accepted -> 15.00. 'amazing', 'loved it' -> positive."),

("FR9_051", "Rafael Ortiz", "2026-11-10T08:07:19", "clean",
"""A: Swiftmove Removals, Rafael speaking.
C: Hi, I'm moving from a two-bed flat to a house about 20 miles away on December 12th.
A: For a two-bed over that distance, it's usually $850 to $1,100 depending on access.
C: Do you do packing too?
A: Yes, packing is an extra $280 for a two-bed.
C: Okay. Can you email me a full quote with and without packing?
A: Of course, to which address?
C: rob.ortiz@mailbox.net.
A: Sent shortly.
C: Thanks.""",
False, 0.00, "neutral",
"Asks for emailed quote -> not a conversion; packing price only asked about -> 0. Neutral."),

("FR9_052", "Chiara Bellini", "2026-11-10T12:33:46", "asr",
"""A: freshcrate meals chiara speaking
C: hi um my box didn't come yesterday and it had all the food for the week
A: oh i'm sorry let me check yes the courier had a van breakdown
C: okay so what now
A: i can put a twenty dollar credit on your account and refund the box
C: uh okay yes please do that
A: done the refund's back in three days and the credit's on your next box
C: okay i guess that's something thanks""",
False, 0.00, "neutral",
"'yes please' accepts a refund and credit, not a purchase -> not a conversion; credits/refunds not upsell. Grudging but mild ('i guess that's something') -> neutral."),

("FR9_053", "Hugo Lefevre", "2026-11-11T10:51:08", "clean",
"""A: Altair Airways, Hugo speaking.
C: I want to book the 7:15 to Denver on December 18th, returning the 26th, one passenger.
A: That's $312 return in Economy. For $35 each way I can upgrade you to Economy Plus with extra legroom, so $70 for the trip.
C: Seriously, seventy on top? Fine, I'm six foot four, add it.
A: Seat selection is $18 per flight.
C: No. I'll sit wherever.
A: Confirming: Denver, 18th out, 26th back, Economy Plus both ways, $382 total. Shall I book?
C: Yes, book it.
A: Booked, reference QX7H2P.
C: Your prices are outrageous, you know. Every year it's something new.""",
True, 70.00, "negative",
"Flight booked (main $312). Economy Plus upgrade $35 each way = $70 (agent states total), accepted -> 70.00; seat selection declined. Ends complaining -> negative."),

("FR9_054", "Esther Kowal", "2026-11-12T09:35:57", "asr",
"""A: sparkle home cleaning esther speaking
C: hi i'm looking for someone to do a clean every two weeks
A: sure a standard clean for a three bed is ninety per visit we do weekdays eight to four
C: oh you don't do saturdays
A: not at the moment no
C: hmm i work all week so i'd book if you did saturdays
A: we might be adding saturdays in the new year
C: okay well maybe give me a shout if you do
A: will do
C: thanks bye""",
False, 0.00, "neutral",
"Conditional ('i'd book if you did saturdays') -> not a conversion. Neutral."),

("FR9_055", "Jasmine Carter", "2026-11-12T14:20:31", "clean",
"""A: Lumen Arena box office, Jasmine speaking.
C: Hi! Two tickets for Velvet Static on the 5th, please, standing.
A: Standing tickets are $55 each, $110 for two.
C: Perfect, I'll take them.
A: We also have a VIP upgrade: early entry and a signed poster, $40 per ticket.
C: Oh my gosh, yes, upgrade both!
A: So two standing tickets with VIP upgrade, $190 in total.
C: Yes! This is the best birthday present ever, thank you!""",
True, 80.00, "positive",
"Main: 2 tickets ($110). VIP upgrade $40 per ticket x 2 accepted -> 80.00. Excited -> positive."),

("FR9_056", "Mohammed Al-Farsi", "2026-11-13T11:47:22", "asr",
"""A: hi you're through to skyline tv mohammed speaking
C: hi i need to cancel my tv and broadband i'm moving to canada for work
A: oh congratulations that's a big move
C: thanks yeah bit nervous
A: since you're moving abroad there's no early exit fee i'll set the end date for the thirtieth
C: oh that's great i was worried about that
A: you'll get a prepaid bag for the box
C: perfect thank you so much you've been really helpful i've been dreading this call""",
False, 0.00, "positive",
"Cancellation processed, nothing bought -> not a conversion. Relief and thanks ('really helpful') -> positive."),

("FR9_057", "Beatrice Lowe", "2026-11-16T08:26:03", "clean",
"""A: Parkside Pharmacy, Beatrice speaking.
C: Hello, can I book a flu jab?
A: Yes. Are you over 65 or in an eligible group?
C: I'm 67.
A: Then it's free. We have Tuesday at 10:10 or Wednesday at 2:30.
C: Tuesday, please.
A: Tuesday at 10:10. Can I take your name?
C: Gerald Finch.
A: You're booked, Mr Finch.
C: Okay, thank you.""",
True, 0.00, "neutral",
"Free vaccination appointment booked -> conversion (appointment), no add-on. Routine -> neutral."),

("FR9_058", "Niall Fitzgerald", "2026-11-16T13:09:39", "asr",
"""A: homestead furniture customer care niall speaking
C: hi our sofa was delivered yesterday and one of the legs is snapped clean off and there's a tear in the back
A: i'm so sorry can you send us photos
C: i've already sent photos to the email on the delivery note
A: okay i see them i can arrange a replacement sofa in about three weeks
C: three weeks we've got family coming for the holidays
A: that's the earliest the warehouse can do i'm afraid
C: so we're meant to sit on a broken sofa for three weeks
A: i can collect the damaged one when we deliver the new one
C: okay fine send the replacement i'm still not happy about any of this""",
False, 0.00, "negative",
"Free replacement for damaged goods is not a purchase -> not a conversion. 'still not happy' -> negative."),

("FR9_059", "Marta Nilsson", "2026-11-17T10:02:44", "clean",
"""A: Linden College continuing education, Marta speaking.
C: Hi, I'd like to enrol on the Introduction to Bookkeeping evening course starting January 8th.
A: Certainly. The course fee is $420 for ten weeks.
C: Yes, I'd like to enrol.
A: There's a printed course pack for $35, or the PDF version is free.
C: I'll take the printed pack, I like paper.
A: And would you like a term parking permit? It's $60.
C: No, I'll get the bus.
A: Enrolled, with the printed pack. Receipt to follow.
C: Okay, thanks.""",
True, 35.00, "neutral",
"Enrolment (main $420). Printed pack $35 accepted; parking permit declined -> 35.00. Neutral."),

("FR9_060", "Derek Sullivan", "2026-11-17T15:31:26", "asr",
"""A: fairway motors derek speaking
C: yeah i'm calling about the grey rav four on your website listed at twenty four nine ninety five
A: ah that one's actually twenty six nine ninety five the website's out of date
C: oh great so the price on your website is just made up then
A: i apologise we're updating it
C: two grand difference that's pretty misleading
A: i can book you a test drive so you can at least see it
C: fine book me in for saturday morning i'll look at it
A: saturday ten am booked
C: okay but i'm not impressed honestly""",
True, 0.00, "negative",
"Test drive appointment booked ('fine book me in') -> conversion, no add-on. Sarcasm and 'not impressed' -> negative."),
]
