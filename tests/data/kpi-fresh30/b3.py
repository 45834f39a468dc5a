CALLS = [
("FR30_041", "Sofia Rossi", "2026-11-16T12:40:09", "asr", """A: hi this is sofia from safenest home security is this mister okafor
C: yes that's me
A: you've had our alarm system for about a year now and we're offering existing customers our outdoor cameras at ninety nine each installed
C: oh funny i was literally looking at cameras last week
A: most homes your size take three one for each door and the driveway
C: hmm the driveway's already covered by the neighbour's light just two for the front and back doors
A: perfect so two cameras shall i book the install
C: yes let's do that
A: booked for tuesday the twenty fourth between nine and noon
C: great timing honestly you guys have been fantastic since day one
A: thank you so much
C: see you tuesday""", True, 198.00, "positive", "add-on to existing system: 2 cameras x $99 = 198; three suggested, two taken"),

("FR30_042", "Ben Carter", "2026-11-16T15:05:27", "clean", """A: Cedar Valley Bank, Ben speaking.
C: Hi, I want to open a high-yield savings account. I saw 4.1% on your site.
A: Yes, 4.1% APY, no minimum. Would you like me to open one today?
C: Yes, please open it.
A: Done, it's linked to your checking ending 3372. Would you like our Platinum debit card for $5 a month? It comes with travel insurance.
C: What does the travel insurance cover?
A: Trip cancellation up to $2,000 and lost luggage.
C: I don't really travel. The regular card's fine.
A: Understood. You'll see the new account in the app within an hour.
C: Okay, thanks.""", True, 0.0, "neutral", "savings sign-up is conversion; Platinum card asked about then declined"),

("FR30_043", "Aisha Rahman", "2026-11-17T09:33:50", "asr", """A: greenfield veterinary aisha speaking
C: hi my cat milo needs his yearly shots
A: sure i have thursday at three forty five with doctor reyes
C: thursday at three forty five perfect put him down
A: done and do you want a nail trim while he's here it's fifteen dollars
C: oh god yes he shreds my couch please do
A: nail trim added
C: you guys are always so lovely with him thank you
A: we love milo see you thursday
C: bye""", True, 15.00, "positive", "vaccination appointment; nail trim $15 accepted; 'three forty five' is a time"),

("FR30_044", "Marco Silva", "2026-11-17T14:21:14", "clean", """A: CloudVault sales, Marco speaking.
C: Hi, we're ready to buy the Pro plan annually for our office.
A: Pro annual is $1,440 a year for up to 10 users. Shall I process it on the card on file?
C: Yes, go ahead.
A: Done. Pro includes 2 TB. Extra storage is 500 GB blocks at $4.99 a month each.
C: We're at about 2.6 TB already. Make it two blocks.
A: Two blocks added.
C: Okay. Invoice to accounts@hollisarch.com, please.
A: Sent.
C: Thanks.""", True, 9.98, "neutral", "annual plan main; 2 storage blocks x $4.99/mo = 9.98"),

("FR30_045", "Grace Kim", "2026-11-18T10:10:10", "asr", """A: hi this is grace with evergreen energy we have a one hundred percent renewable tariff that could save you around eight percent
C: oh okay what's the rate
A: fourteen cents per kilowatt hour fixed for two years
C: that's less than i'm paying i think sure let's switch
A: great i'll just need
C: actually no hold on let me look at my current contract first i think there's an exit fee
A: of course i can call you back
C: yeah call me back tomorrow after five
A: will do
C: okay bye""", False, 0.0, "neutral", "agreed then retracted pending contract check; callback yes is not purchase"),

("FR30_046", "Owen Hughes", "2026-11-18T16:55:42", "clean", """A: Bella Notte, Owen speaking.
C: Hi! I'd like to book a table for 8 on Friday at 7 for my husband's 40th.
A: Happy birthday to him! Friday at 7 for 8 is available. Shall I book it?
C: Yes please, under Moreno.
A: Booked. We can have a cake ready, chocolate or lemon, $45.
C: Oh yes, the chocolate one.
A: And a champagne toast is $12 a glass.
C: Only if it's under ten a glass, there are eight of us.
A: I'm afraid it's $12.
C: Then skip it, we'll order wine. Thank you, this is going to be perfect!""", True, 45.00, "positive", "table booked; cake $45 accepted (chose option); champagne conditional unmet"),

("FR30_047", "Nadia Petrova", "2026-11-19T08:15:33", "asr", """A: northline mobile nadia speaking
C: yeah i just got a bill for a hundred and eighty dollars in roaming from my trip to mexico nobody told me about this
A: i'm sorry let me look i can take off half of that as a one time courtesy
C: half great
A: for next time we have a travel pass five dollars a day and you use your plan as normal
C: i'm going back in january for ten days
A: i can put the pass on your line for those ten days now
C: yeah put the travel pass on for the ten days
A: done ten days starting january third
C: fine but i'm still annoyed nobody warned me the first time""", True, 50.00, "negative", "travel pass $5/day x 10 days = 50 on existing line; roaming credit not upsell; still annoyed"),

("FR30_048", "Luis Romero", "2026-11-19T13:44:01", "clean", """A: Two Brothers Moving, Luis speaking.
C: Hi, I need to move a 2-bedroom apartment from 18 Hill St to 305 Park Ave on December 3rd.
A: I have a crew of three available that morning, $620 flat. Shall I lock it in?
C: Yes, lock it in.
A: Done. Would you like our packing service? Whole apartment is $350.
C: That's a lot. What about just the kitchen?
A: Kitchen only is $120.
C: Okay, do the kitchen.
A: Kitchen packing added for December 2nd.
C: Sounds good.""", True, 120.00, "neutral", "move booked; packing revised to kitchen-only $120 accepted; addresses not prices"),

("FR30_049", "Maya Patel", "2026-11-19T19:30:00", "asr", """A: thanks for calling ticketzone maya speaking
C: hi i want two tickets for the arctic monkeys show on the twelfth floor seats
A: i have two floor seats at one twenty five each shall i book them
C: yes book them please
A: okay processing oh i'm sorry the payment didn't go through and the hold expired
C: what
A: i'm so sorry the seats were released and the show is now sold out
C: you're joking i gave you the card number twice
A: i can add you to the waitlist
C: don't bother this is absolutely ridiculous""", False, 0.0, "negative", "booking failed, sold out, nothing else booked"),

("FR30_050", "Derek Olsen", "2026-11-20T11:20:20", "clean", """A: Hi, this is Derek from Lakeshore Toyota service, calling about your RAV4.
C: Yes, what did you find?
A: The front brake pads are worn down; replacing them is $380 parts and labor.
C: Ugh. Okay, go ahead with the brakes.
A: Will do. We'd also recommend a cabin air filter, $45.
C: $45? For a filter? No. I can buy one for $12 online.
A: Understood, just the brakes then. It'll be ready by 4.
C: Fine. Every time I come in it's another few hundred dollars.
A: I understand.
C: Just call me when it's done.""", True, 0.0, "negative", "brake repair approved (purchase); filter declined; grumbling"),

("FR30_051", "Priya Nair", "2026-11-20T17:04:48", "asr", """A: skybridge airlines priya speaking
C: hi i need three seats from boston to orlando leaving december nineteenth back the twenty sixth
A: i have the eight ten am departure returning at four pm three ninety eight per person round trip
C: okay that works book it for all three
A: booked checked bags are thirty five per bag each way would you like any
C: uh one bag each for the three of us both ways
A: so three bags out and three back
C: yep
A: added
C: okay and seats together
A: rows fourteen a b and c
C: okay great""", True, 210.00, "neutral", "flights main; bags $35 x 3 x 2 ways = 210; times/rows not prices"),

("FR30_052", "Tom Brennan", "2026-11-23T10:02:15", "clean", """A: DreamWell Mattress, Tom speaking.
C: Hi, I'm calling to order the CloudRest queen. It's $1,099, right?
A: That's right, with free delivery. Shall I place the order?
C: Yes, let's proceed with the purchase.
A: Done. Our memory foam pillows are $79 each, or the pair for $140.
C: The pair, then.
A: Added. And a waterproof protector is $59.
C: No thanks, I have one.
A: Delivery on Saturday the 28th.
C: Excellent, I've been sleeping badly for months, I can't wait!""", True, 140.00, "positive", "mattress main; pillow pair $140 (bundle price); protector declined"),

("FR30_053", "Lucia Ortiz", "2026-11-23T14:36:38", "asr", """A: keystone insurance claims lucia speaking
C: hi i'm calling about claim number seven seven four two it's been six weeks
A: let me look it's with the adjuster still
C: it was with the adjuster three weeks ago too
A: i'm sorry i'll flag it for review
C: you know my roof is still covered with a tarp
A: i understand i'll ask the adjuster to call you within forty eight hours
C: that's what the last person said
A: i've escalated it to a supervisor this time
C: i'll believe it when i see it""", False, 0.0, "negative", "claim status, no purchase; skeptical and frustrated"),

("FR30_054", "Kwame Mensah", "2026-11-23T18:18:18", "clean", """A: Goldlight Photography, Kwame speaking.
C: Hi! We met at the bridal fair. We'd love to book you for our wedding on June 6th.
A: Wonderful! The Classic package is $2,800 for 8 hours. Shall I reserve the date?
C: Yes! Reserve it, please.
A: Reserved. Most couples also add a second shooter, $400, and a leather album, normally $600.
C: Ooh. How about both?
A: If you book both today I can do the album for $450.
C: Both, then. Deal.
A: Second shooter and album added.
C: We're so excited, thank you, your work is stunning!""", True, 850.00, "positive", "package main; second shooter 400 + album revised 600->450 = 850"),

("FR30_055", "Hannah Fischer", "2026-11-24T09:48:03", "asr", """A: clearwave tech support hannah speaking
C: hi my internet's dropped again third time this month
A: i'm sorry let me run a test um your router's reporting errors
C: great
A: it's under warranty so i'll ship a replacement free of charge it'll arrive thursday
C: thursday so i just have no internet till then
A: you can use the hotspot on your mobile plan in the meantime
C: i work from home i can't run everything off my phone
A: i understand i'll add a note to your account
C: a note wow thanks""", False, 0.0, "negative", "free warranty replacement, not a purchase; sarcastic 'wow thanks'"),

("FR30_056", "Jordan Lee", "2026-11-24T13:13:31", "clean", """A: Ledgerly, Jordan speaking. I understand you want to cancel?
C: Yes, our contract ends on the 30th and we don't plan to renew.
A: Before you go, I can offer the annual plan at 40% off, which would bring it to $3,600 for the year.
C: That's a significant discount.
A: It is. Should I apply it?
C: I can't make that call. Let me talk to our CFO and get back to you. Can you send it in writing?
A: Of course, I'll email it today.
C: Fine. Thank you.""", False, 0.0, "neutral", "save offer deferred to CFO; no commitment"),

("FR30_057", "Sofia Rossi", "2026-11-24T19:41:26", "asr", """A: spice garden sofia speaking
C: hi can i get a chicken tikka masala and a lamb rogan josh for pickup
A: sure that's about twenty minutes any naan with that they're three fifty each
C: yeah two naan please one garlic
A: two naan and a drink maybe the mango lassi's four dollars
C: oh go on then one mango lassi
A: okay so two curries two naan and a lassi
C: perfect your rogan josh is the best in town honestly
A: aw thank you see you in twenty
C: see you""", True, 11.00, "positive", "curries main; naan $3.50 x 2 + lassi $4 = 11"),

("FR30_058", "Ben Carter", "2026-11-25T10:25:00", "clean", """A: Hi, this is Ben from ClearWave. You're on our internet plan, and I'd like to tell you about our TV bundle.
C: Okay.
A: It's 150 channels for an extra $35 a month, with the first month free.
C: Honestly, I just use Netflix and YouTube.
A: It includes live sports too.
C: I don't watch sports. No thanks.
A: Understood. Is there anything else I can help with?
C: No, that's all.""", False, 0.0, "neutral", "outbound upsell declined; no purchase"),

("FR30_059", "Aisha Rahman", "2026-11-25T15:50:12", "asr", """A: the cliffside resort front desk aisha speaking
C: hi we're in room two twelve checking out sunday and we'd love to do something at the spa
A: of course we have a couples massage package one twenty per person sixty minutes
C: ooh when's free
A: tomorrow at eleven or three
C: three please book the couples massage for both of us
A: booked three pm tomorrow for two charged to your room
C: oh amazing this whole stay has been wonderful
A: so glad to hear it
C: thank you""", True, 240.00, "positive", "spa add-on to hotel stay: $120 pp x 2 = 240; room number not price"),

("FR30_060", "Marco Silva", "2026-11-25T20:02:44", "clean", """A: Zipline Car Rental, Marco speaking.
C: Hi, I'm confirming my reservation for tomorrow, ZR-48812. I booked it three months ago.
A: Let me check. I'm sorry, we have no compact cars left at that location tomorrow.
C: You're kidding. That's what a reservation is for.
A: I can give you a midsize at no extra charge, or an SUV for $15 more per day.
C: We have four people and luggage. Fine, the SUV, for the 4 days.
A: SUV for 4 days, $60 extra in total.
C: So I pay more because you overbooked. This is ridiculous.
A: I'm sorry, I've noted the complaint.
C: Noted. Right.""", True, 60.00, "negative", "paid upgrade on earlier reservation: $15/day x 4 = 60; free midsize not taken; angry"),
]
