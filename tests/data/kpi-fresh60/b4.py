CALLS = [
("FR60_061", "Kenji Watanabe", "2026-11-23T15:16:40", "clean",
"""A: Sparkle Express Car Wash, Kenji speaking.
C: Hi, I keep seeing your unlimited wash sign. How does that work?
A: It's $24.99 a month, wash as often as you want, one car.
C: I'm there like three times a week with my dog in the back. Sign me up.
A: Done! Want to add tire shine to every wash? It's $5 a month extra.
C: Ha, sure, why not. Add the tire shine.
A: Great, unlimited plus tire shine. Your sticker will be ready at the booth.
C: Love it. Thanks, Kenji, that was quick.""",
True, 5.00, "positive", "'Sign me up'; tire shine $5 a month accepted ('Add the tire shine') = 5.00; 'Love it'"),

("FR60_062", "Elena Vasquez", "2026-11-24T09:29:13", "clean",
"""A: CaseCraft, Elena speaking.
C: Hi, I want to order the clear MagSafe case for the iPhone 16, the one that's $24.99.
A: Sure. We have a tempered glass screen protector that pairs with it for $9.99.
C: I'll pass on that, I already have one on there.
A: No problem. Shipping to the address on your account on Maple?
C: Yes, that one.
A: So one clear MagSafe case, $24.99, standard shipping, arriving Thursday. Place the order?
C: Yeah, place it.
A: Done, you'll get a tracking email.
C: Okay, thanks.""",
True, 0.00, "neutral", "case ordered ('Yeah, place it'); screen protector $9.99 declined ('I'll pass on that')"),

("FR60_063", "Luis Ortega", "2026-11-24T10:52:47", "asr",
"""A: lakeside conference hotel group sales this is luis
C: hi um i need five rooms for our sales team for the week of the fourteenth
A: sure our group rate would be one twenty nine a night per room
C: okay and does that include breakfast
A: breakfast is an add on at fifteen per person per day or you can do the meeting package which includes it
C: hm okay i dont know if we need the meeting room
A: would you like me to hold the five rooms
C: uh i need to check with my manager on dates first ill confirm after i talk to the team
A: sure ill email you the group quote
C: yeah that works thanks""",
False, 0.00, "neutral", "no hold or booking ('ill confirm after i talk to the team'); 'yeah that works' is to an emailed quote"),

("FR60_064", "Priya Raman", "2026-11-24T07:42:05", "asr",
"""A: a one plumbing this is priya
C: hi theres water coming through my kitchen ceiling i dont know what to do
A: okay first turn off the main valve its usually by the water heater
C: okay okay hold on um okay its off
A: good i can have a plumber there within the hour emergency call out is one fifty
C: yes please send someone yes
A: done hes on his way and while hes there we can also flush your water heater for ninety
C: no no just the leak please i cant think about anything else right now
A: understood just the leak
C: thank you so much honestly you calmed me down""",
True, 0.00, "positive", "emergency visit booked ('yes please send someone'); heater flush declined; 'thank you so much honestly you calmed me down'"),

("FR60_065", "Omar Haddad", "2026-11-24T13:14:29", "clean",
"""A: Granite State Bank, Omar speaking.
C: Hi, I'm looking at your high-yield savings. What's the rate right now?
A: It's 4.1% APY, no minimum.
C: Okay. I also need somewhere to keep some documents. Do you have safe deposit boxes?
A: Yes, the small size is $60 a year, and we could open it with the savings account today.
C: I'd open the account if the box came free with it. Another bank offered me that.
A: I can't waive the box fee, unfortunately.
C: Then I'll have to compare. I'll get back to you.
A: Sure, I'll send the rate sheet.
C: Thanks.""",
False, 0.00, "neutral", "conditional ('I'd open the account if the box came free'), deferral; box $60 not accepted"),

("FR60_066", "Sofia Rossi", "2026-11-24T15:37:52", "clean",
"""A: StreamBox, Sofia speaking. Before we start, I see you'd qualify for our Sports Plus add-on for $12.99 a month.
C: What? No. I didn't call for that. I called because I was charged twice this month.
A: I'm sorry. Let me look.
C: It's right there. Two charges of $15.49 on the 3rd.
A: I see it. I can refund one of them, 5 to 7 business days.
C: Five to seven days for your mistake. Of course.
A: I'm sorry for the trouble.
C: And please don't try to sell me something next time I call about a billing error. It's insulting.""",
False, 0.00, "negative", "sports add-on refused ('No. I didn't call for that'); refund is not a sale; 'It's insulting'"),

("FR60_067", "Daniel Whitfield", "2026-11-25T11:05:18", "clean",
"""A: The Copper Pot, Daniel speaking.
C: Hi, do you have a table for two on Friday at 8? It's our anniversary.
A: Happy anniversary! Yes, I can do 8:00 by the window.
C: Oh, perfect. Please book it.
A: Done, under what name?
C: Lewis.
A: We also do a small anniversary cake for the table, $25.
C: Hmm, let me think about the cake. Can I tell you when we get there?
A: Of course, just let your server know.
C: Wonderful. Thank you, I've been wanting to take her there for ages.""",
True, 0.00, "positive", "table booked ('Please book it'); cake $25 deferred ('let me think about the cake') = 0; 'Wonderful'"),

("FR60_068", "Aisha Bello", "2026-11-25T13:48:36", "asr",
"""A: tread center this is aisha
C: yeah i need four tires for a twenty eighteen rav four the all seasons
A: the all season touring are one twenty each so four eighty for the set installed
C: ugh everything costs so much now fine do the four tires
A: okay and with new tires i really recommend an alignment its eighty nine ninety five
C: do i really need it
A: your inner edges are worn which usually means youre out of alignment
C: fine do the alignment too but this is way more than i wanted to spend today
A: understood four tires plus alignment we can do it at two
C: whatever yeah two is fine""",
True, 89.95, "negative", "tires ordered ('fine do the four tires'); alignment eighty nine ninety five accepted ('fine do the alignment too') = 89.95; grudging, 'whatever'"),

("FR60_069", "Tomasz Nowak", "2026-11-25T15:22:09", "clean",
"""A: Cascade Power and Light, Tomasz speaking.
C: I got a flyer saying I could save with your fixed-rate plan. My bill's been brutal.
A: The fixed plan is 13.2 cents per kilowatt-hour for 24 months. You can add our green energy option for $4 a month.
C: 13.2? I'm paying 12.9 right now on variable.
A: Right, the fixed rate protects you if prices go up this winter.
C: So it costs more today to maybe cost less later. That's your big savings?
A: Historically winter rates rise.
C: No, I'll stay where I am. Honestly that flyer is misleading.
A: I'm sorry you feel that way.
C: Yeah. Bye.""",
False, 0.00, "negative", "refused switch ('I'll stay where I am'); green option $4 not accepted; 'that flyer is misleading'"),

("FR60_070", "Fiona MacLeod", "2026-11-25T16:40:53", "asr",
"""A: studio nine salon this is fiona
C: hi um can i get a cut with jamie on saturday
A: jamie has eleven or one thirty
C: eleven please
A: youre booked eleven saturday and would you like a deep conditioning treatment with it its twenty five
C: oh yeah sure add that
A: oh wait sorry our prices changed this month its thirty now
C: eh then skip it thats kind of annoying honestly the website still says twenty five
A: im sorry about that ill let the manager know
C: yeah just the cut then""",
True, 0.00, "negative", "cut booked ('eleven please'); conditioning accepted at twenty five then dropped after price rose to thirty ('then skip it') = 0; 'kind of annoying'"),

("FR60_071", "Marcus Bell", "2026-11-26T09:12:44", "clean",
"""A: DataSummit registration, Marcus speaking.
C: Hi, I want to register for the conference in March, the full pass.
A: Sure, the full pass is $499. Would you like to add the hands-on ML workshop the day before? It's $150.
C: I was going to, but $150 is more than my budget allows for extras.
A: If you register this week the early-bird price on the workshop is $120.
C: Oh, $120 works. Add the workshop.
A: Great: full pass at $499 and the workshop at $120. Shall I charge the card on file?
C: Yes, go ahead.
A: You're registered.
C: Excellent, thanks for the heads-up on the early bird, that's great.""",
True, 120.00, "positive", "registration ('Yes, go ahead'); workshop revised $150 to $120 and accepted ('Add the workshop') = 120.00; 'that's great'"),

("FR60_072", "Rachel Kim", "2026-11-26T11:27:31", "asr",
"""A: northline wireless this is rachel thanks for holding
C: oh thanks for holding only forty five minutes thats amazing
A: im sorry about the wait how can i help
C: i wanted to know if im eligible for an upgrade
A: let me check um youre eligible in march
C: march i was told november last time i called
A: i see a note but the contract date is march
C: of course it is you guys just make stuff up
A: i can offer thirty percent off an accessory today
C: no thanks i dont need a discount on a charger i needed a straight answer""",
False, 0.00, "negative", "no sale; sarcasm about hold ('only forty five minutes thats amazing'); accessory discount refused"),

("FR60_073", "Nathan Greer", "2026-11-26T14:55:16", "clean",
"""A: Tidy Nest Cleaning, Nathan speaking.
C: Hi! We're moving out at the end of the month and need a deep clean so we get our deposit back.
A: For a two-bedroom move-out clean it's $240.
C: Great, let's book it for the 29th.
A: Booked for the 29th. We also do inside the oven and inside the fridge, $30 each.
C: Oh, landlord will definitely check those. Do both.
A: So move-out clean plus oven and fridge, $300 total, on the 29th at 9 a.m.
C: Perfect.
A: All set.
C: You're a lifesaver, thank you!""",
True, 60.00, "positive", "clean booked ('let's book it'); oven and fridge at $30 each ('Do both') = 60.00; 'You're a lifesaver'"),

("FR60_074", "Hannah Lindqvist", "2026-11-27T10:34:48", "clean",
"""A: Alpine Trails Tours, Hannah speaking.
C: Hi, we're looking at the four-day Dolomites hiking tour in June for two people.
A: Lovely, that's $1,850 per person, including lodging and guides.
C: Per person? So $3,700?
A: Yes, and there's an optional e-bike upgrade at $95 a day.
C: Yeah, no, that's not going to work for us. That's more than our entire trip budget.
A: We have a three-day version at $1,290 per person.
C: Still way out of range. I don't know who these are priced for.
A: I understand.
C: Okay. Bye.""",
False, 0.00, "negative", "refusal ('Yeah, no, that's not going to work for us'); e-bike upgrade not taken; 'I don't know who these are priced for'"),

("FR60_075", "Brian Costello", "2026-11-27T12:08:22", "clean",
"""A: Threadline customer care, Brian speaking.
C: This is the third time I'm calling about exchanging a jacket. Nobody ever sends the label.
A: I'm sorry. Let me see. Order 90154, the medium?
C: Yes. I need a large. I asked for that on the 10th.
A: I see two notes. The label didn't generate. I'll send it manually now.
C: You said that last time.
A: I'm sending it while we're on the phone. Do you see it?
C: ...Yes, it's here. Finally.
A: Again, I'm sorry.
C: I shouldn't have to call three times for a label.""",
False, 0.00, "negative", "exchange, no sale; 'third time I'm calling', 'shouldn't have to call three times'"),

("FR60_076", "Grace Okafor", "2026-11-27T14:46:59", "asr",
"""A: willow vet clinic this is grace
C: hi i need to bring my dog in for his rabies booster
A: sure i have tuesday at ten or wednesday at four fifteen
C: wednesday at four fifteen
A: okay biscuit wednesday at four fifteen and do you want us to do a nail trim while hes here its fifteen dollars
C: yeah sure do the nails he hates when i do it
A: got it booster and nail trim wednesday four fifteen
C: okay
A: see you wednesday
C: bye""",
True, 15.00, "neutral", "appointment booked ('wednesday at four fifteen'); nail trim fifteen dollars accepted ('yeah sure do the nails') = 15.00; flat"),

("FR60_077", "Kenji Watanabe", "2026-11-30T09:21:35", "clean",
"""A: Ledgerly renewals, Kenji speaking.
C: Hi, our annual plan is expiring on the 5th and I want to renew it before anything gets shut off.
A: Of course. The annual Team plan renews at $240 for the year.
C: Same as last year, good.
A: We can also add Priority Support, four-hour response time, for $60 a year.
C: We've never needed it. Just the renewal.
A: Understood. Renewing Team annual at $240 on the card ending 1182?
C: Yes, that's right.
A: Done, you're renewed through next December.
C: Okay, thanks.""",
True, 0.00, "neutral", "renewal confirmed ('Yes, that's right'); Priority Support $60 declined ('Just the renewal')"),

("FR60_078", "Elena Vasquez", "2026-11-30T11:50:07", "asr",
"""A: oakridge home this is elena
C: hi i want to order the farmhouse dining table the seventy two inch one
A: sure the table is eleven fifty delivered
C: okay yeah order that
A: did you want chairs with it the matching ones are two ten each or the pair is three ninety
C: uh the pair for three ninety
A: okay table plus a pair of chairs at three ninety
C: yeah
A: delivery on the eighth works
C: the eighth is fine""",
True, 390.00, "neutral", "table ordered ('okay yeah order that'); the pair of chairs for three ninety accepted = 390.00 (bundle price, not 2 x 210)"),

("FR60_079", "Luis Ortega", "2026-11-30T13:33:44", "clean",
"""A: Keystone Mutual, Luis speaking.
C: My home insurance went up $340 this year. No claims, nothing. I want to know why.
A: Rates rose across the state after the storm season. I'm sorry.
C: So I'm paying for other people's roofs.
A: One option is to bundle with auto. That would take about 12% off both.
C: I already told the last person I'm not moving my car insurance.
A: Understood. I could also raise your deductible to lower the premium.
C: No. I'll shop around. Twelve years with you and this is what I get.
A: I'm sorry to hear that.
C: Yeah, me too.""",
False, 0.00, "negative", "bundle and deductible offers refused ('I'll shop around'); 'Twelve years with you and this is what I get'"),

("FR60_080", "Priya Raman", "2026-11-30T16:18:21", "asr",
"""A: airport suites hotel this is priya
C: hi i need a room tonight my flight got cancelled and im stuck here
A: oh no i have a standard king at one forty nine
C: yes book it please
A: okay that card ending two two one was declined
C: seriously today of all days um try the amex ending four zero zero five
A: that went through youre booked and we do have an airport shuttle fifteen dollars each way
C: just one way to the hotel ill get a cab in the morning
A: okay shuttle to the hotel fifteen dollars itll pick you up at door six
C: fine whatever this whole day has been a nightmare""",
True, 15.00, "negative", "room booked after second card worked ('yes book it please'); shuttle one way fifteen dollars = 15.00; 'this whole day has been a nightmare'"),
]
