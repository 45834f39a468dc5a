CALLS = [
("FR55_041", "Ingrid Solberg", "2026-11-19T09:35:00", "clean",
"""A: Bellhaven Lodge, Ingrid speaking.
C: Hi, I'd like a room for the 27th and 28th. It's our tenth anniversary.
A: Congratulations! A deluxe king is $165 a night. Since it's a special occasion, I can also offer the fireplace suite.
C: How much more is the suite?
A: It's normally $80 a night more, but for an anniversary I can do $50 a night, so $100 extra for the two nights.
C: Oh, that's lovely. Yes, let's do the suite.
A: Wonderful. So the fireplace suite, arriving the 27th, two nights, $430 before tax. Is that right?
C: Yes, perfect.
A: You're confirmed, and I'll leave a note for a little surprise in the room.
C: Oh, you're so kind. Thank you, that really made my day.""",
True, 100.00, "positive", "suite revised from $80 to $50 a night, '$100 extra for the two nights' accepted; 'Yes, perfect' to read-back; 'that really made my day'"),

("FR55_042", "Chidi Nwosu", "2026-11-19T11:05:00", "asr",
"""A: little sprouts pediatrics chidi speaking sorry for the wait
C: yeah i've been on hold for forty minutes my son has a fever of a hundred and two i need him seen today
A: i'm sorry about the wait let me look for today
C: there was a four fifteen on the portal when i called
A: let me check um i'm sorry that four fifteen was just taken we don't have anything else today
C: it was taken while i was sitting on hold for forty minutes are you serious
A: i'm really sorry i can offer tomorrow at eight thirty or you could try urgent care tonight
C: no i'm not waiting until tomorrow with a sick kid
A: i understand urgent care on elm street is open until nine
C: unbelievable forty minutes for nothing""",
False, 0.00, "negative", "slot gone while on hold, tomorrow refused 'no i'm not waiting', nothing booked; 'unbelievable forty minutes for nothing'"),

("FR55_043", "Rebecca Tanaka", "2026-11-19T14:30:00", "clean",
"""A: Lockbox Escape Rooms, Rebecca speaking.
C: Hi, I'm trying to organize something for six people on Saturday night.
A: Sure. The Pharaoh's Tomb room has an 8 p.m. slot for six. It's $32 a person, so $192.
C: Okay, that sounds fun.
A: Would you like me to book it?
C: Can you hold it for a day? I need to check everyone can make it.
A: I'm sorry, we can't hold rooms without payment, and Saturday nights go fast.
C: Hmm. Okay, I'll have to risk it. Let me check with the group and call back.
A: Sure, I hope it's still open when you do.
C: Okay, thanks.""",
False, 0.00, "neutral", "'Let me check with the group and call back' - deferral after 'Would you like me to book it?'; flat"),

("FR55_044", "Owen McAllister", "2026-11-20T10:20:00", "clean",
"""A: SunTrips Travel, Owen speaking.
C: Hi, I'm ready to book the Cancun package we talked about last week, flight and hotel for two.
A: Great. So that's two people, flying out December 21st, seven nights at the Playa Azul, $2,380.
C: Wait, no. I said the 12th, not the 21st. December 12th.
A: I'm so sorry. Let me check the 12th. Unfortunately the Playa Azul is fully booked from the 12th. I could do the 13th, or a different hotel on the 12th.
C: I told you the 12th last week. If you'd booked it then, we'd have it.
A: I apologize, I didn't have a hold on it. The Marina Sol is available on the 12th for $2,510.
C: No. Then forget the whole thing. I'll book it myself online.
A: I'm very sorry about this.
C: Yeah, so am I. What a waste of time.""",
False, 0.00, "negative", "agent misread dates, the 12th full, alternatives refused 'forget the whole thing'; 'What a waste of time'"),

("FR55_045", "Fatima Haddad", "2026-11-20T12:50:00", "asr",
"""A: le petit jardin fatima speaking
C: hi i'd like a table for two on saturday at seven thirty it's our anniversary
A: oh congratulations yes we have seven thirty for two can i get the name
C: it's okafor
A: thank you and for anniversaries we can have a glass of champagne waiting at the table it's forty dollars for the two glasses
C: oh that's sweet yes let's do that
A: lovely so okafor two people saturday at seven thirty with champagne on arrival
C: yes that's it
A: perfect we'll see you saturday
C: thank you so much i'm really excited""",
True, 40.00, "positive", "'yes that's it' to read-back; champagne forty dollars for the two glasses accepted 'yes let's do that'; 'really excited'"),

("FR55_046", "Gregory Pastore", "2026-11-20T15:40:00", "clean",
"""A: Brightline Electric, Gregory speaking.
C: Hi, I'm buying an older house and want to know what a panel inspection would cost.
A: A full panel inspection is $350.
C: $350 just to look at it?
A: It includes a load test and a written report, so yes, $350. If it needs upgrading, a new panel usually runs $1,800 to $2,500.
C: Okay. And the $350 comes off if I hire you for the upgrade?
A: Unfortunately no, the inspection is separate.
C: Alright. That's more than I expected. I'll get a couple of other quotes first.
A: Of course. Feel free to call us back.
C: Will do. Thanks.""",
False, 0.00, "neutral", "price questions only ($350 repeated); 'I'll get a couple of other quotes first'; flat close"),

("FR55_047", "Naomi Castellanos", "2026-11-23T09:15:00", "clean",
"""A: Capital Sights Tours, Naomi speaking.
C: Hi, two tickets for the Wednesday morning city bus tour.
A: Sure, the 9:30 Wednesday tour is $45 each. Would you like to add skip-the-line entry to the Natural History Museum? It's $22 per person.
C: Yes, both of us.
A: So two tour tickets and two museum entries, $134. Shall I go ahead?
C: Go ahead.
A: Done. Your tickets will be in your email.
C: What time should we be there?
A: Fifteen minutes early, at the stop on Union Square.
C: Okay.""",
True, 44.00, "neutral", "'Go ahead' to 'Shall I go ahead?'; museum entry 2 x $22 = 44 accepted; flat"),

("FR55_048", "Victor Almeida", "2026-11-23T11:30:00", "asr",
"""A: metro car hire victor speaking
C: hi i need a midsize from friday to monday picking up downtown
A: okay that's eighty one dollars a day so two forty three for three days
C: eighty one a day honestly your prices are crazy
A: i know rates are high around the holidays i'm sorry
C: yeah well i need the car so book it
A: okay and would you like the collision damage waiver it's twenty two a day so sixty six total
C: yeah i'll take the coverage my card doesn't cover it
A: and a gps for twelve a day
C: no i have a phone
A: okay you're booked midsize friday to monday three hundred nine dollars
C: still way too much for a car but whatever""",
True, 66.00, "negative", "'so book it'; damage waiver 'sixty six total' accepted, GPS declined; 'your prices are crazy', 'still way too much'"),

("FR55_049", "Marisol Okafor", "2026-11-23T14:15:00", "clean",
"""A: Polished Nail Lounge, Marisol speaking.
C: Hi, can I get a gel manicure with Sara this Thursday?
A: Sara's fully booked this Thursday. Kim has a 2 p.m. opening, though.
C: No, I only go to Sara, she's the best. When is she next free?
A: Sara has Tuesday the 1st at 11 or 4.
C: Put me in Tuesday at 4 with Sara.
A: Done. Would you like to add a paraffin hand treatment for $10?
C: No thanks, just the gel.
A: Okay, gel manicure with Sara, Tuesday the 1st at 4 p.m.
C: Great, thank you, I really appreciate you finding me a spot.""",
True, 0.00, "positive", "'Put me in Tuesday at 4 with Sara' after first choice was full; paraffin $10 declined; 'really appreciate'"),

("FR55_050", "Derek Lindqvist", "2026-11-24T10:05:00", "clean",
"""A: Cityline Hotel, Derek speaking.
C: Hi, I have a reservation for next weekend, confirmation CL-4471. I want to know what parking costs.
A: Self-parking is $28 a night.
C: $28 a night to park at a hotel I'm already paying for. Nice.
A: I understand. There's also a public garage two blocks away for about $20.
C: And breakfast? Is that included at least?
A: Breakfast isn't included, it's $22 per person if you'd like to add it.
C: Of course it isn't. I'll skip both, thanks.
A: No problem, your reservation stays as it is.
C: Yeah. Great.""",
False, 0.00, "negative", "existing reservation, only asked prices, both add-ons refused 'I'll skip both'; sarcastic 'Nice', 'Of course it isn't'"),

("FR55_051", "Priya Raman", "2026-11-24T12:40:00", "asr",
"""A: northern line rail priya speaking
C: hi i need one ticket to albany tomorrow on the two fifteen
A: okay that's fifty six dollars one adult two fifteen tomorrow to albany shall i book that
C: yeah that's fine book it
A: okay just one moment um i'm sorry it's showing the two fifteen just sold out while i was booking it
C: what are you kidding me
A: i'm sorry the next train with seats is the seven forty in the evening
C: no that's way too late i have a meeting at five
A: i understand i can check the bus connection for you
C: no forget it i'll just drive ugh""",
False, 0.00, "negative", "'yeah that's fine book it' but the train sold out during booking, later train refused, nothing booked; 'what are you kidding me', 'ugh'"),

("FR55_052", "Tomasz Wierzbicki", "2026-11-24T15:55:00", "clean",
"""A: Align Chiropractic, Tomasz speaking.
C: Hi, I'd like to book an adjustment. My back's been killing me since I moved house.
A: Ouch. I can get you in tomorrow at 10:30. The adjustment is $65. We can add a 30-minute massage before it for $40.
C: Yes, add the massage.
A: Okay, so tomorrow at 10, massage then adjustment at 10:30.
C: Actually, can I do the shorter massage? I need to be at work by noon.
A: Sure, the 15-minute one is $25, and you'd start at 10:15.
C: Yes, the 15-minute one then.
A: Done. Tomorrow at 10:15, 15-minute massage and adjustment, $90.
C: Perfect. Thank you, I'm so relieved, I can barely sit down.""",
True, 25.00, "positive", "massage revised from 30 min $40 to 15 min $25 before settling; accepted price $25; 'Perfect... so relieved'"),

("FR55_053", "Janelle Fortier", "2026-11-25T09:25:00", "clean",
"""A: Bounce Nation, party bookings, Janelle speaking.
C: Hi, I want to book a birthday party for my son on Saturday the 5th.
A: Sure. Our party package is $299 for up to ten kids, with 90 minutes of jumping and a party room.
C: We've got fifteen kids coming.
A: No problem, extra jumpers are $18 each, so five extra would be $90.
C: Okay, add the five.
A: We also have a pizza upgrade for $40.
C: No, we're bringing our own food.
A: So the party package for fifteen kids, Saturday the 5th at 1 p.m., $389. Shall I book it?
C: Yes, please! He's going to go crazy, thank you.""",
True, 90.00, "positive", "five extra jumpers at $18 each = 90 accepted, pizza $40 declined; 'Yes, please!' to 'Shall I book it?'"),

("FR55_054", "Kwame Mensah", "2026-11-25T11:45:00", "asr",
"""A: seaside suites kwame speaking
C: hi i'd like to book two nights the twelfth and thirteenth
A: sure i have a queen room at one forty nine a night let me just put that in
C: okay
A: um i'm sorry our reservation system has just gone down i can't complete the booking right now
C: oh okay
A: can i take your number and call you back as soon as it's up
C: sure it's five five five three nine oh two
A: great so i'll call you back tomorrow morning at the latest is that okay
C: yes call me back tomorrow no worries""",
False, 0.00, "neutral", "booking could not be completed (system down); 'yes call me back tomorrow' is not a booking; calm 'no worries'"),

("FR55_055", "Hannah Brightwater", "2026-11-25T14:10:00", "clean",
"""A: Meridian Air, Hannah speaking.
C: Hi, I'm on flight 882 to London next Thursday. Are there any upgrades?
A: Let me check. I can upgrade you to business class for $349.
C: Hmm. That's a lot. What about premium economy?
A: Premium economy is $129. You get a wider seat, more legroom and priority boarding.
C: Okay, I'll take premium economy.
A: Done. You're in seat 21C, premium economy, and $129 has been charged to your card.
C: Okay. Does that include a bag?
A: Yes, two checked bags are included.
C: Alright, thanks.""",
True, 129.00, "neutral", "existing flight; paid upgrade 'I'll take premium economy' $129, business $349 declined; flat 'Alright, thanks'"),

("FR55_056", "Luis Arreola", "2026-11-26T10:30:00", "clean",
"""A: Fig and Thistle, Luis speaking.
C: Hi, I'd like a table for five on Christmas Eve, around 6.
A: Yes, we have 6 p.m. For Christmas Eve we take a $25 per person deposit to hold the table.
C: A deposit? For dinner?
A: It comes off your bill on the night. It's just because of no-shows on holidays.
C: $125 up front to eat dinner. No, I'm not doing that.
A: I understand. It is refundable up to 48 hours before.
C: Still no. That's a ridiculous policy, honestly.
A: I'm sorry to hear that. If you change your mind, let us know.
C: I won't. Bye.""",
False, 0.00, "negative", "deposit refused 'No, I'm not doing that', 'Still no'; 'ridiculous policy'"),

("FR55_057", "Ingrid Solberg", "2026-11-26T13:05:00", "asr",
"""A: streamwave internet ingrid speaking
C: hi i signed up online and it says i need to book an installation
A: yes let me find your account okay i have friday between eight and twelve or monday between one and five
C: monday one to five
A: great and since it's a two story house we offer a mesh wifi extender for five dollars a month so you get signal upstairs
C: um yeah that's probably smart put that on
A: okay so installation monday between one and five with the mesh extender added is that right
C: yep that's right
A: you're booked
C: okay thanks""",
True, 5.00, "neutral", "installation booked 'yep that's right'; mesh extender five dollars a month accepted, counts once; flat"),

("FR55_058", "Chidi Nwosu", "2026-11-27T09:40:00", "clean",
"""A: Highlands Adventure Tours, Chidi speaking.
C: Hi, I need to cancel the glacier hike I booked for the 8th. My knee's acting up.
A: I'm sorry to hear that. Before I cancel, would you like to move it instead? I can move you to any date through March with no fee, and take 10% off for the trouble.
C: Oh, really? I didn't know that was an option.
A: Absolutely. We have the 14th of February, or the 7th of March.
C: March 7th should give my knee enough time. Yes, let's move it there.
A: Done. You're on the March 7th hike and I've applied the 10% discount.
C: That's great. Thank you so much, that's way better than losing the trip.
A: Rest that knee!
C: I will, thanks again.""",
True, 0.00, "positive", "cancellation saved: 'Yes, let's move it there'; 10% is a discount, not upsell; 'Thank you so much'"),

("FR55_059", "Rebecca Tanaka", "2026-11-27T12:15:00", "asr",
"""A: quest lab services rebecca speaking
C: hi um my doctor ordered a vitamin d test and i want to know how much it is without insurance
A: without insurance the vitamin d panel is fifty nine dollars
C: fifty nine okay and do i need an appointment
A: you can walk in or book online walk in is fine though
C: oh good and is it still fifty nine if i walk in
A: yep fifty nine either way
C: okay great that's easy i'll just walk in one of these mornings
A: sounds good
C: thanks so much you've been really helpful""",
False, 0.00, "positive", "price question only (fifty nine repeated), nothing booked 'i'll just walk in one of these mornings'; 'really helpful'"),

("FR55_060", "Owen McAllister", "2026-11-27T15:20:00", "asr",
"""A: lakeside motors service owen speaking
C: yeah i got a recall notice for my airbag and i want it fixed
A: okay let me look the earliest we have for recall work is december fifteenth
C: december fifteenth that's three weeks for an airbag recall
A: i'm sorry the parts are backordered and we're booked solid
C: so i'm supposed to drive around with a bad airbag for three weeks
A: i understand the frustration i can put you first on the list if something opens up
C: fine put me down for the fifteenth and call me if anything opens
A: okay you're booked for december fifteenth at eight am
C: this is pretty poor service for a safety recall""",
True, 0.00, "negative", "'fine put me down for the fifteenth', agent 'you're booked'; 'pretty poor service'"),
]
