CALLS = [
("FR27_061", "Rosa Delgado", "2026-11-02T16:19:40", "asr",
"""A: sparkle home cleaning this is rosa
C: hi um i'm hosting thanksgiving and my house is a disaster can someone come before the twenty sixth
A: we can do a deep clean on the twenty fourth for a three bedroom that's two twenty
C: the twenty fourth yes please book it
A: booked would you like inside the fridge and inside the oven they're twenty five each
C: oh god yes both the oven especially
A: both added and our team arrives at nine
C: you're a lifesaver thank you so much""",
True, 50.00, "positive", "deep clean booked; fridge + oven at twenty five each = 50; grateful"),

("FR27_062", "Omar Haddad", "2026-11-03T08:44:06", "asr",
"""A: sunjet airlines omar speaking
C: hi i need a one way from boston to miami on the fourteenth for one
A: there's a seven ten am for one eighty nine or a two forty pm for two twenty
C: the morning one
A: okay so one adult boston to miami on the fourteenth at seven ten one eighty nine total correct
C: yes that's right do i get a carry on with that
A: a personal item only a carry on is thirty nine
C: hm okay add the carry on
A: added and would you like to pick an extra legroom seat for twenty nine
C: no regular seat's fine
A: you're booked confirmation is on its way
C: okay thanks""",
True, 39.00, "neutral", "read-back confirmed with a follow-up question; carry-on 39 accepted; legroom declined; times not prices"),

("FR27_063", "Claire Dubois", "2026-11-04T09:51:24", "clean",
"""A: TechHaven customer care, Claire speaking.
C: Hi, I bought a coffee maker two weeks ago, order 55231, and it stopped heating.
A: I'm sorry about that. It's within the 30-day window, so I can send a prepaid return label and refund the $129.
C: Great. Could I exchange it instead of a refund?
A: The same model is out of stock, so a refund would be fastest.
C: Okay, the refund is fine.
A: Done. The label's in your inbox. You'll see the refund in 3 to 5 days.
C: That was painless. Honestly, you guys are so much better than the last place I shopped. Thank you!""",
False, 0.0, "positive", "refund accepted is not a purchase; praise"),

("FR27_064", "Ben Whitaker", "2026-11-05T19:33:57", "asr",
"""A: ironworks fitness ben here
C: hey um i'm already a member and i wanted to add a locker
A: sure a permanent locker is fifteen a month
C: okay yeah add that
A: done and do you want towel service with it it's five a month
C: uh what's that
A: fresh towel every visit
C: sure why not
A: both added to your membership from next month
C: okay cool""",
True, 20.00, "neutral", "add-ons to an existing membership (earlier purchase): locker 15 + towels 5 = 20 counted as upsell per README"),

("FR27_065", "Priya Nair", "2026-11-06T12:08:31", "asr",
"""A: harborline insurance priya speaking
C: hi i'm buying a house and i need a homeowners quote
A: sure what's the address
C: seventeen forty two maple avenue closing is on the thirtieth
A: for that home i can do eleven forty a year with a thousand dollar deductible
C: okay and flood
A: flood would be a separate policy around four hundred
C: hm okay that sounds reasonable but let me talk to my husband first
A: of course should i email the quote
C: yes that's my email the one ending in gmail
A: sent
C: okay thanks bye""",
False, 0.0, "neutral", "deferral to husband; yes only to email; address not a price"),

("FR27_066", "Marcus Bell", "2026-11-09T10:15:02", "clean",
"""A: Hi, this is Marcus with Clearline Business. Is this the owner of Rosie's Bakery?
C: Speaking. Is this about the fiber you're putting in on Main Street?
A: It is. Our business fiber is $89 a month for 1 gig, with a 2-year price lock.
C: We pay $110 now for a lot less. Okay, I'm in. Sign us up.
A: Fantastic. For your card readers, I'd suggest a static IP, which is $15 a month.
C: Our POS guy said we'd need one. Yes, add it.
A: And a backup LTE connection for $25 a month?
C: Let me hold off on that for now.
A: No problem. Install is on the 19th between 8 and 10.
C: Perfect, we open at 7 so that works great. Really glad you called.""",
True, 15.00, "positive", "outbound sign-up; static IP 15/month accepted; backup deferred; glad"),

("FR27_067", "Elena Ruiz", "2026-11-10T17:27:45", "asr",
"""A: osteria nove events elena speaking
C: hi i'd like to book the back room for my company holiday party on the twelfth of december twenty people
A: we can do that the set menu is sixty five per person
C: sounds good let's book it
A: great and for drinks we have an open bar package at thirty per person
C: yeah add the open bar for everyone
A: so that's twenty open bar packages and we'll need a five hundred dollar deposit today nonrefundable
C: nonrefundable you didn't mention that
A: it's standard for private rooms
C: that's not what your website says but fine charge it
C: honestly this is kind of leaving a bad taste
A: i'm sorry we'll make it a great night""",
True, 600.00, "negative", "room booked; open bar 30 per person x 20 = 600; deposit is not upsell; friendly start, sour end"),

("FR27_068", "Tom Okafor", "2026-11-11T15:06:18", "clean",
"""A: Okafor Auto Repair, this is Tom.
C: Hi, you had my Camry in yesterday for the squeaking. What did you find?
A: The front pads are worn and the rotors are scored. Pads and rotors would be $640.
C: $640? The shop down the street quoted me $380 for the same thing last month.
A: Ours includes OEM parts and a lifetime warranty on the pads.
C: I'd go for it if you matched their price.
A: I can come down to $590, but not $380.
C: No. I'll pick up the car this afternoon and take it to them.
A: Okay, it'll be ready. There's no charge for the inspection.
C: Well, at least that. Frankly, I feel like you tried to rip me off.""",
False, 0.0, "negative", "conditional (match $380) not met; repair refused; prefers competitor; feels ripped off"),

("FR27_069", "Hannah Cole", "2026-11-12T11:39:50", "clean",
"""A: Thanks for calling StreamBox, this is Hannah.
C: Hi, I'd like to switch from the Premium plan to Standard. We don't need 4K.
A: Sure. Standard is $15.49 a month instead of $22.99, and you'd have 2 screens instead of 4.
C: Two screens is fine, it's just the two of us.
A: Shall I make the change from your next billing date, the 22nd?
C: Yes, please do.
A: Done. Anything else?
C: No, that's all. Thanks.""",
True, 0.0, "neutral", "paid plan change (downgrade) confirmed = conversion per README; no add-on"),

("FR27_070", "Dev Patel", "2026-11-13T14:54:33", "asr",
"""A: photoforge billing dev speaking
C: hi i was charged a hundred and nineteen dollars for an annual renewal i never asked for
A: i see it renewed automatically on the third
C: i didn't even know it was set to auto renew
A: it's in the terms i'm afraid i can offer a refund minus one month
C: minus a month i haven't even opened the app
A: that's the policy
C: unbelievable i want a full refund or i'm disputing it with my bank
A: let me escalate that to my supervisor
C: please do and cancel the whole account while you're at it
A: it's cancelled
C: good""",
False, 0.0, "negative", "auto-renewal disputed and account cancelled; refund is not a sale; angry"),

("FR27_071", "Sofia Marin", "2026-11-16T11:23:07", "asr",
"""A: hi this is sofia from bright river energy calling our customers about home protection do you have a minute
C: uh sure what is it
A: it covers your furnace and ac repairs for twenty nine a month no deductible
C: huh my furnace is like fifteen years old actually
A: it's covered regardless of age would you like to enroll
C: mm you know what yes enroll me
A: great and water line coverage is six more a month
C: the outside pipe yeah add that too we had a leak last year
A: both are active from the first
C: awesome glad you called honestly""",
True, 6.00, "positive", "outbound enrolment; water line 6/month accepted; 'sure' to 'do you have a minute' is not a commitment; glad"),

("FR27_072", "Jake Turner", "2026-11-17T13:47:26", "asr",
"""A: westfield honda service jake speaking
C: hi i'd like to book a seventy five thousand mile service for my accord
A: sure that's four eighty nine i have monday at eight
C: okay monday at eight book it
A: booked do you want a wheel alignment too for ninety nine
C: um okay sure
A: great so monday at eight service plus alignment
C: oh wait hold on my wife just said she's got the car monday for a trip can you cancel all of it i'll call back next week
A: no problem i've cancelled the appointment
C: okay sorry about that thanks""",
False, 0.0, "neutral", "booking and alignment accepted, then all cancelled -> no conversion, no upsell; mileage not a price"),

("FR27_073", "Aisha Rahman", "2026-11-18T15:02:59", "clean",
"""A: Bright Smiles Orthodontics, this is Aisha.
C: Hi! My daughter's dentist said she might need braces, so I'd like to book a consultation.
A: Of course. The consultation is free. I have Tuesday the 10th at 3:45 after school.
C: Tuesday at 3:45 is perfect, go ahead.
A: Booked. We also offer a 3D scan at the consult for $75, so she wouldn't need the impression molds.
C: She gags on those molds, so yes, definitely add the scan.
A: Added. Please bring her insurance card.
C: Will do. Everyone there has been so kind to us. Thank you!""",
True, 75.00, "positive", "free consultation booked (appointment); paid 3D scan 75 on top counts as upsell; warm"),

("FR27_074", "Luis Ortega", "2026-11-19T18:31:14", "asr",
"""A: jump zone party line luis speaking
C: hi i wanna book a birthday party for my son on saturday the twenty first
A: sure the basic party is two ninety for up to twelve kids i have the one pm slot
C: one pm yeah let's book that
A: great how many kids
C: twelve
A: we have pizza at nineteen each and goodie bags at four per kid
C: uh two pizzas and goodie bags for all twelve
A: two pizzas and twelve goodie bags got it
C: he's gonna lose his mind thank you so much""",
True, 86.00, "positive", "party booked; 2 pizzas x 19 = 38 + 12 bags x 4 = 48 (quantity given several turns apart); excited"),

("FR27_075", "Megan Shaw", "2026-11-20T12:12:48", "clean",
"""A: Skyreach Wireless billing, Megan speaking.
C: Hi. My bill says $187 this month. My plan is $65.
A: Let me look. I see international roaming charges from the 3rd to the 9th.
C: I was in Toronto. Your rep told me roaming was included.
A: I'm sorry, roaming is included only on the Travel Plus plan, which is $10 more a month.
C: Oh, wonderful. So I should've read your mind.
A: I can remove half of the charges as a one-time courtesy.
C: Half. How generous of you.
A: Would you like to switch to Travel Plus for future trips?
C: No, I would not. Just apply the credit.
A: It's applied.
C: Great. Really outstanding service, as always.""",
False, 0.0, "negative", "billing dispute; plan change refused; credit is not a sale; sustained sarcasm"),

("FR27_076", "Kenji Mori", "2026-11-23T10:48:03", "asr",
"""A: summit bank kenji speaking
C: hi i need to send a wire to my landlord it's for the deposit
A: sure domestic wires are twenty five dollars
C: okay that's fine
A: what's the amount
C: two thousand four hundred
A: and the routing number
C: zero two one zero zero zero zero two one
A: got it and the account
C: i'll read it off hang on it's four four nine one eight two
A: okay the wire for two thousand four hundred is sent you'll get a confirmation text
C: okay thanks""",
False, 0.0, "neutral", "wire transfer is a transaction with a fee, not a purchase/booking (README); account numbers not prices"),

("FR27_077", "Rosa Delgado", "2026-11-24T14:37:22", "asr",
"""A: topline roofing rosa speaking
C: hi your guy came out tuesday to look at the leak and the estimate says four thousand two hundred
A: yes that's to replace the flashing and about two hundred square feet of shingles
C: my neighbor used a guy who did basically the same thing for like half that
A: our work comes with a ten year warranty
C: okay um go ahead and schedule it i guess
A: great i have the ninth
C: actually no cancel that i'm not comfortable with four grand i'll go with the neighbor's guy
A: understood i've removed it
C: yeah honestly your quote felt kind of inflated""",
False, 0.0, "negative", "commitment retracted ('actually no cancel that'); goes with competitor; feels overcharged"),

("FR27_078", "Omar Haddad", "2026-11-25T16:58:37", "clean",
"""A: Wanderwide Tours, Omar speaking.
C: Hi, we're a family of three looking at the Iceland Northern Lights tour in February.
A: Lovely. It's $1,890 per person, so $5,670 for three, including hotels.
C: Okay, and the flights?
A: Flights aren't included.
C: Alright. Please go ahead and book the three of us.
A: Done, you're booked for February 8th to 14th. Would you like travel insurance? It's $89 per person.
C: Yes, for all three.
A: Okay, insurance for three travellers added.
C: Good. What should we pack?
A: I'll email you our packing list.
C: Thanks.""",
True, 267.00, "neutral", "tour booked (main price not upsell); insurance 89 per person x 3 = 267; matter-of-fact"),

("FR27_079", "Claire Dubois", "2026-11-26T09:06:55", "asr",
"""A: case city claire speaking
C: hi i ordered the sage green wallet case and got an email saying it's out of stock
A: i'm sorry it's discontinued in sage we have black navy or blush
C: ugh i specifically wanted sage that's why i ordered from you
A: i understand i can switch it to another color at no change in price
C: fine navy i guess
A: navy it is and since it's delayed would you like express shipping it's normally fifteen i can do ten
C: yeah do the ten one i need it by friday
A: done arrives thursday
C: okay but i'm pretty disappointed honestly""",
True, 10.00, "negative", "out-of-stock item swapped to navy (alternative taken); express shipping revised 15 -> 10 accepted; disappointed"),

("FR27_080", "Ben Whitaker", "2026-11-27T17:40:10", "asr",
"""A: ironworks fitness ben here
C: hey ben it's me jordan how's it going
A: good man what can i do for you
C: i wanna sign up my girlfriend she's finally joining
A: love it twenty nine a month i'll set her up
C: yeah do it
A: and she can add the class pass for yoga and spin twenty a month
C: yeah add the class pass she'll love spin
A: done oh and there's a forty nine enrollment fee for new members
C: wait what you waived that for me
A: the promo ended sorry
C: man that's annoying i kinda talked this place up to her now i look dumb""",
True, 20.00, "negative", "sign-up for girlfriend; class pass 20/month accepted; enrollment fee not upsell; friendly start, annoyed end"),
]
