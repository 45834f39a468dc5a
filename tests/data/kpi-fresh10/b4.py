CALLS = [
("FR10_061", "Marcus Reed", "2026-11-02T15:33:20", "clean",
"""A: Roadrunner Car Rental, Marcus speaking.
C: Hi, I need a car at the Tucson airport from December 18 to 22. Something small.
A: A compact is $54 a day, so $216 for the four days. Shall I reserve it?
C: Yes, reserve it.
A: Reserved. Would you like our collision coverage at $19 a day, GPS at $9 a day, or child seats at $12 a day each?
C: Child seats, yes, we need two of them. No GPS, and no insurance, my credit card covers it.
A: Two child seats for four days comes to $96.
C: Fine.
A: You're all set. Confirmation number RR-4471 is on its way by email.
C: Got it, thanks.""",
True, 96.00, "neutral",
"Main car $216; child seats 2 x $12 x 4 days = $96 (agent states total); GPS/insurance declined; confirmation code not a price; neutral."),

("FR10_062", "Leila Haddad", "2026-11-03T16:47:35", "asr",
"""A: thank you for calling hearth and home furniture leila speaking
C: yeah my sofa was delivered yesterday and there's a huge tear in the back cushion and the leg is cracked
A: oh i'm so sorry about that can you send us photos
C: i already sent photos twice
A: okay i see them now i can send a replacement in about three weeks and add a hundred dollar store credit
C: three weeks no i just want a refund i'm done
A: understood i'll process a full refund of eighteen ninety nine and schedule the pickup
C: fine just get it out of my living room""",
False, 0.0, "negative",
"Damaged-delivery complaint; replacement/credit refused, refund processed -> not a purchase; angry -> negative."),

("FR10_063", "Oskar Berg", "2026-11-04T08:26:52", "clean",
"""A: Pendulum & Gear Clock Repair, Oskar speaking.
C: Hi, you looked at my grandfather's longcase clock last week. What did you find?
A: The movement needs a full overhaul: cleaning, bushings, and a new suspension spring. It's $380 all in.
C: Go ahead with the overhaul.
A: Will do. When it's finished we can deliver it and set it up in your home for $75, since these need careful leveling.
C: Yes, please, I can't lift it again, my back still hurts from last time.
A: Delivery and setup added. About three weeks.
C: I'm so glad you can save it. It's been in the family since 1911.""",
True, 75.00, "positive",
"Main overhaul $380; delivery/setup $75 accepted; year 1911 not a price; happy -> positive."),

("FR10_064", "Nadia Petrova", "2026-11-05T10:59:03", "asr",
"""A: heritage seed company nadia speaking
C: hi um i was looking at the heirloom tomato collection on your website
A: oh yes the twelve variety one it's thirty four ninety five
C: okay and do you sell trays for starting them
A: we do the seed starting trays are twelve fifty and we have a grow light for eighty nine
C: okay um i'll just order on the website tonight i want to measure my shelf first
A: sure thing
C: okay thanks""",
False, 0.0, "neutral",
"Customer only asks prices and defers ordering to the website -> no conversion; neutral."),

("FR10_065", "Jamal Carter", "2026-11-06T13:51:18", "clean",
"""A: Peak Fitness Equipment, Jamal speaking.
C: My treadmill was supposed to arrive on the 2nd. It came on the 9th, and there's a long scratch down the side rail.
A: I apologize. I can offer a $50 credit for the cosmetic damage.
C: Fifty dollars on a $2,300 treadmill. Okay.
A: And while I have you, I can offer our 3-year extended warranty at $99 instead of $149.
C: You're kidding me, right? No.
A: Understood. I've applied the credit.
C: I'm keeping it only because I don't want to wait another week. I'm not happy.""",
False, 0.0, "negative",
"Complaint; credit not a purchase; discounted warranty refused; 'not happy' -> negative."),

("FR10_066", "Yuki Tanaka", "2026-11-09T08:18:44", "asr",
"""A: good morning rise and shine bagels yuki speaking
C: hi yeah i need to order breakfast for a team meeting on friday
A: sure what are you thinking
C: um three dozen assorted bagels
A: okay three dozen is forty two we also have cream cheese tubs at six each and a coffee box for twenty two that serves ten
C: four tubs of the cream cheese and that last one the coffee yeah
A: okay three dozen bagels four cream cheese one coffee box pick up at eight friday
C: perfect your everything bagels are the best in town honestly""",
True, 46.00, "positive",
"Main bagels $42; cream cheese 4 x $6 = $24 + 'that last one' coffee box $22 = $46; praise -> positive."),

("FR10_067", "Grace Mbeki", "2026-11-10T09:36:28", "clean",
"""A: Tidewater Festival support, Grace speaking.
C: The festival moved from June to September. I can't go in September. I want my money back.
A: I understand. Under our terms, date changes qualify for a credit toward next year rather than a refund.
C: A credit for a festival I can't attend. I paid $340 for two passes.
A: I can also transfer the passes to someone else at no cost.
C: That's not the point. You changed the date, not me.
A: I'll escalate the refund request, but I can't promise an outcome.
C: Unbelievable. Just escalate it.""",
False, 0.0, "negative",
"Refund dispute; nothing bought or booked; 'unbelievable' -> negative."),

("FR10_068", "Luis Ortega", "2026-11-11T08:58:59", "asr",
"""A: comfort zone heating and air luis speaking
C: yeah our furnace is blowing cold again third time this winter and your last guy said it was fixed
A: i'm sorry about that i can get a tech out this afternoon the service call's eighty nine
C: yeah book it just get someone out here
A: okay i've got you between one and three would you also like our annual maintenance plan it's one fifty a year and covers the service call fee
C: no not right now
A: okay you're booked
C: and tell him to actually fix it this time i'm sick of paying for the same problem""",
True, 0.0, "negative",
"Service appointment booked ($89 main); maintenance plan declined -> upsell 0; ends angry -> negative."),

("FR10_069", "Fiona Walsh", "2026-11-12T16:40:16", "clean",
"""A: Quill & Quire Books, Fiona speaking.
C: Hi! I'm after a copy of The Hobbit, the 1966 Ballantine paperback, for my dad's birthday. Your listing says you have one.
A: We do, in very good condition, $60.
C: Wonderful, I'll take it.
A: Would you like it gift wrapped? That's $5.
C: Yes, wrap it please.
C: How much is express shipping?
A: $18.
C: Oh, no, regular is fine, his birthday's not until the 30th.
A: Lovely, it'll go out tomorrow.
C: You've made my week, he's going to love it.""",
True, 5.00, "positive",
"Main book $60; gift wrap $5 accepted; express only asked about and declined; years/dates not prices; happy -> positive."),

("FR10_070", "Arjun Mehta", "2026-11-13T14:19:47", "asr",
"""A: hi gutter guys arjun speaking
C: hi i need my gutters cleaned before the snow it's a two story house
A: sure two story's usually one seventy five can i get your address
C: it's three oh eight larch street
A: three oh eight larch street
C: yes that's my address
A: great and do you want me to put you down for next week
C: um not yet i'll let you know i want to get another quote
A: okay no problem""",
False, 0.0, "neutral",
"'Yes that's my address' is not a purchase; booking declined for now -> not conversion; neutral."),

("FR10_071", "Beatriz Santos", "2026-11-16T08:44:31", "asr",
"""A: caribe shore excursions beatriz speaking
C: hi we're on the aurora when it stops in cozumel on the ninth is the reef snorkel trip still available
A: it is it's a hundred twenty nine per person and the fifteen dollar port fee is included
C: book the snorkel trip for both of us
A: booked for two we rent underwater cameras for thirty five and there's a beach club lunch upgrade for twenty two per person
C: camera no lunch upgrade for both of us
A: lunch upgrade for two you'll meet at the pier at nine forty five
C: fantastic we can't wait thank you""",
True, 44.00, "positive",
"Main 2 x $129; included port fee not counted; lunch $22 x 2 = $44; camera declined; happy -> positive."),

("FR10_072", "Pavel Novak", "2026-11-17T12:58:09", "asr",
"""A: fresh fold laundry pavel speaking
C: hi i saw your flyer for the wash and fold pickup how does it work
A: we pick up once a week it's a dollar seventy five a pound with a twenty pound minimum
C: okay and do you do like hang dry stuff
A: yep hang dry is five extra per bag
C: hmm okay that's a bit more than i thought
A: would you like me to start you this week
C: um let me think about it and i'll get back to you
A: sure no problem""",
False, 0.0, "neutral",
"Deferral ('let me think about it'); prices only asked about; neutral."),

("FR10_073", "Imani Brooks", "2026-11-18T11:25:57", "clean",
"""A: SoundWave Events, Imani speaking.
C: Hi, we spoke three weeks ago about a DJ for our wedding on May 16. We'd like to book now.
A: Let me check the calendar... I'm so sorry, May 16 was booked last week, and none of our DJs are free that day.
C: You told us it was open. We said we'd call back.
A: I'm very sorry. Without a deposit, we can't hold dates.
C: Nobody told us that. Ugh. This is really frustrating.
A: I can recommend a partner company.
C: Don't bother.""",
False, 0.0, "negative",
"Booking could not be fulfilled, nothing else booked -> not a conversion; frustrated -> negative."),

("FR10_074", "Declan Murphy", "2026-11-19T15:12:44", "asr",
"""A: lakeside motors declan speaking
C: hi i'm calling about the blue hatchback on your website the twenty nineteen one
A: oh yeah that's listed at fourteen nine ninety five low miles
C: okay and would you take a trade in
A: we would we'd need to see it do you want to come in for a test drive
C: yes i'll come saturday at ten for a test drive
A: great you're booked for saturday at ten bring the trade in and we'll appraise it
C: okay see you then""",
True, 0.0, "neutral",
"Test-drive appointment booked -> conversion per spec (booking/appointment), no money; car price and year not upsell; neutral."),

("FR10_075", "Sofia Rossi", "2026-11-20T09:03:40", "clean",
"""A: Curio Crate, Sofia speaking.
C: Hi, I'd like to cancel my daughter's science kit subscription.
A: I'm sorry to hear that. May I ask why?
C: Honestly, the last three kits were a letdown. Basically the same volcano with a different sticker.
A: I understand. I could give you 40% off the next three boxes.
C: No, thank you. Can I just pause it for two months instead of cancelling?
A: Sure, it's paused until February.
C: Okay. I hope the next ones are better than this, or I'm out.""",
False, 0.0, "negative",
"Save offer declined; pause is not a purchase or plan change -> not conversion; 'letdown' and a warning -> negative."),

("FR10_076", "Maria Lopez", "2026-11-23T16:05:22", "asr",
"""A: northern plow services maria speaking
C: hi yeah i want to sign up for plowing this winter for my driveway
A: sure seasonal plowing for a single driveway is six fifty for the season do you want to sign up
C: yes let's do it
A: okay you're on the route we also do walkway shoveling two hundred for the season and salting at fifteen per visit
C: the walk way yes salting no i've got a bag of salt in the garage
A: okay plowing and walkway you're all set
C: alright""",
True, 200.00, "neutral",
"Main seasonal plowing $650; walkway shoveling $200 accepted; salting per visit declined; neutral."),

("FR10_077", "Devon Price", "2026-11-24T11:51:35", "clean",
"""A: HomeCare Appliance Warranty, Devon speaking.
C: Hi, my dishwasher isn't draining. It's still under your warranty, I think.
A: Let me check... yes, covered until March. I can book a technician Thursday between 8 and 12. There's no charge under warranty.
C: Thursday morning is great, please book it.
A: Booked. Would you like to extend the warranty another year for $129?
C: No thanks.
A: No problem. The technician will call 30 minutes before arriving.
C: That was much easier than I expected. Thanks a lot!""",
True, 0.0, "positive",
"Technician appointment booked (free, under warranty) -> conversion; warranty extension declined -> upsell 0; pleased -> positive."),

("FR10_078", "Priya Natarajan", "2026-11-25T08:30:13", "asr",
"""A: far horizons travel priya speaking
C: hi we've been looking at the ten day japan tour in april the one with kyoto
A: oh it's wonderful it's two thousand four hundred per person want me to book it for two
C: yes book it for both of us
A: done and i'd really recommend the travel insurance it's one eighty nine per person
C: yeah insurance for both of us
A: and we have a private airport transfer for sixty
C: um no we'll get a taxi
A: okay two places on the april tour with insurance for two
C: oh i can't believe we're actually going thank you so much""",
True, 378.00, "positive",
"Main tour 2 x $2,400; insurance $189 x 2 = $378; transfer declined; excited -> positive."),

("FR10_079", "Tomasz Wojcik", "2026-11-26T12:37:50", "clean",
"""A: Cedar Hills Golf Club, Tomasz speaking. Thanks for holding.
C: Fifteen minutes on hold. Anyway, I want a tee time for four on Saturday morning.
A: I'm sorry about the wait. I have 8:40. Green fee is $65 per player. Shall I book it?
C: Yes, book 8:40.
A: Done. Carts are $40 each and seat two.
C: Two carts.
A: And range balls before you go out are $8 a bucket.
C: Throw in four buckets.
A: Four players at 8:40, two carts, four buckets.
C: Fine. And fix your phone line, I was on hold forever.""",
True, 112.00, "negative",
"Main tee time 4 x $65; carts 2 x $40 = $80 + range balls 4 x $8 = $32 -> $112; ends irritated -> negative."),

("FR10_080", "Aisha Bello", "2026-11-27T10:14:26", "clean",
"""A: The Valley Courier subscriptions, Aisha speaking.
C: I want to cancel my paper.
A: I'm sorry to hear that. Can I ask why?
C: It hasn't shown up on time in weeks. Half the time it's in a puddle.
A: I'm sorry. I can switch you to digital-only for $4.99 a month.
C: No. I'm done with you guys. Just cancel it.
A: Okay, it's cancelled effective today.
C: Good.""",
False, 0.0, "negative",
"Cancellation; digital save offer refused; angry -> negative."),
]
