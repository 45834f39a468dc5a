CALLS = [
("FR10_081", "Ken Okafor", "2026-11-02T12:20:47", "clean",
"""A: Driftwood Sleep Co., Ken speaking.
C: Hi, I tried the Cloudline hybrid in your showroom on Sunday. The queen. I'd like to order it.
A: Great choice. The queen Cloudline is $1,150. Shall I place the order?
C: Yes, place it.
A: Done. Would you like a platform frame for $199, a waterproof protector for $79, or our latex pillows at $45 each?
C: The protector and two pillows. Actually, make that one pillow, my husband hates latex.
A: Protector and one pillow. Delivery is next Wednesday between 10 and 2.
C: Okay, that works.""",
True, 124.00, "neutral",
"Main mattress $1,150; protector $79 + pillows corrected from two to one x $45 = $124; frame declined; neutral."),

("FR10_082", "Hannah Lindqvist", "2026-11-03T12:44:09", "asr",
"""A: nordic heat mobile saunas hannah speaking
C: hi we're having a party on the twelfth and i saw you rent out the sauna trailer
A: yes it's three hundred for the weekend plus seventy five for delivery and setup
C: seventy five just to drop it off that's kind of a joke
A: it includes setting up the wood stove and a safety check
C: i'd do it if you waived the delivery
A: sorry i can't waive it
C: then no thanks that's a shame honestly""",
False, 0.0, "negative",
"Conditional ('I'd do it if...') then refusal -> no conversion; 'kind of a joke' -> negative."),

("FR10_083", "Rafael Duarte", "2026-11-04T12:03:31", "clean",
"""A: PawSure Pet Insurance claims, Rafael speaking.
C: I got a letter saying my claim for Max's knee surgery was denied. $4,200. Why?
A: I'm sorry. The claim was denied because the vet records show a limp noted before your policy started.
C: A limp, once, three years ago, after he chased a squirrel.
A: I understand. You can file an appeal with a letter from your vet.
C: Are you serious? We've paid you $48 a month for four years.
A: I can send you the appeal form today.
C: Send it. This is exactly why people hate insurance companies.""",
False, 0.0, "negative",
"Claim dispute; no purchase; amounts are claim and premium, not add-ons; angry -> negative."),

("FR10_084", "Chen Wei", "2026-11-05T15:56:36", "asr",
"""A: fix it fast phone repair chen speaking
C: hey i cracked my screen pretty bad how much for a replacement
A: for that model the screen is one forty nine and we can do it in an hour
C: yeah go ahead i'll bring it in at noon
A: sure do you want a temper glass protector put on for twenty and we have cases for thirty five
C: the screen protector sure um how much did you say the case was
A: thirty five
C: nah just the protector wait can you knock the protector down to fifteen
A: sure fifteen
C: cool appreciate it you guys are quick""",
True, 15.00, "positive",
"Main screen $149; protector accepted then renegotiated $20 -> $15 (accepted price); case declined; appreciative -> positive."),

("FR10_085", "Siobhan Kelly", "2026-11-06T08:09:44", "clean",
"""A: Summit Ridge Resort, Siobhan speaking.
C: Hi, I want to buy the full season pass before the price goes up.
A: Good timing, it's $899 until Sunday. Shall I process it?
C: Yes, charge the card on file.
A: Done. Would you like a season parking permit for $150? And we have a three-lesson pack for $210.
C: Yes, the parking. I'll think about the lessons.
A: Parking added.
C: Actually, take the parking off. I'll carpool with my sister.
A: No problem, removed. Just the season pass then.
C: Yep, that's it.""",
True, 0.0, "neutral",
"Main pass $899 ('charge the card on file'); parking $150 accepted then retracted; lessons deferred -> upsell 0; neutral."),

("FR10_086", "Marcus Reed", "2026-11-09T16:27:13", "asr",
"""A: skyline airways baggage services marcus speaking
C: hi my bag didn't come off the carousel in denver flight twelve eighty from chicago
A: let me look it up uh it looks like it was sent to lisbon by mistake
C: lisbon oh fantastic so my bag is in portugal and i'm in denver
A: i'm very sorry it'll be on the next flight back and we'll courier it to your hotel
C: and when is that
A: likely thursday
C: thursday amazing my whole conference is over by thursday
A: you're entitled to up to fifty dollars a day for essentials
C: yeah great thanks a lot""",
False, 0.0, "negative",
"Lost-baggage support; flight number and allowance not purchases; sustained sarcasm -> negative."),

("FR10_087", "Leila Haddad", "2026-11-10T12:31:38", "clean",
"""A: Reef Keepers Aquarium Service, Leila speaking.
C: Hi, Sam has been doing one-off cleanings on my 75-gallon reef tank. I'd like to switch to the monthly maintenance plan.
A: Happy to. Monthly maintenance is $120. Shall I set it up starting December?
C: Yes, please.
A: Done. Two extras you might like: a fish health check at $35 per visit, and algae control treatment at $15 a month.
C: Algae control, yes. The health check, maybe next time.
A: Algae control added.
C: Great. Sam is brilliant, by the way, the corals have never looked better.""",
True, 15.00, "positive",
"Main plan $120/mo; algae control $15 accepted, health check deferred; tank size not a price; praise -> positive."),

("FR10_088", "Oskar Berg", "2026-11-11T16:59:02", "asr",
"""A: thanks for calling brightpath fiber oskar speaking
C: hi i just moved into a new place and i want to get internet installed the fastest plan
A: sure the gig plan is seventy a month let me book the install
C: yes please book it as soon as you can
A: okay uh i'm sorry the system won't let me book it your building isn't serviceable yet
C: what do you mean your website said it was available
A: i'm sorry the map is out of date there's no date yet for your building
C: so i just moved in and i have no internet for who knows how long that's just perfect""",
False, 0.0, "negative",
"Booking could not be made (not serviceable), nothing else bought -> not conversion; sarcasm -> negative."),

("FR10_089", "Nadia Petrova", "2026-11-12T08:15:26", "clean",
"""A: OfficeLine Business Solutions, Nadia speaking.
C: Hi, we're a 12-person office and our printer lease ends in January. We're looking at the C400 color copier.
A: The C400 leases at $89 a month on a 36-month term, and the stapling finisher is $25 a month extra.
C: Okay. Can you send me a formal quote with the finisher included? I need my partner to sign off.
A: Absolutely. What email should I use?
C: Purchasing at Hartwell Design dot com.
A: You'll have it by end of day.
C: Thanks.""",
False, 0.0, "neutral",
"Quote request with partner sign-off -> no conversion; finisher only quoted; neutral."),

("FR10_090", "Jamal Carter", "2026-11-13T17:10:49", "asr",
"""A: riverside aquatics jamal speaking
C: hi i'm trying to sign my daughter up for the saturday swim lessons and your website was a nightmare it charged me twice and then said it failed
A: oh no i'm sorry let me look yeah i see two pending charges i'll void one
C: okay so is she actually in the class or not
A: not yet i can enroll her now it's ninety for the eight weeks
C: yes enroll her please
A: done and we sell a swim cap and goggles set for twelve if she needs one
C: sure add that
A: okay she's in the nine thirty class with the cap and goggles
C: fine just make sure that double charge is gone i spent an hour on that stupid site""",
True, 12.00, "negative",
"Main lessons $90; cap and goggles $12 accepted; double charge void not upsell; angry ending -> negative."),

("FR10_091", "Yuki Tanaka", "2026-11-16T11:22:18", "clean",
"""A: Ember & Oak, Yuki speaking.
C: Hi! I'd like a table for eight this Saturday at 7 p.m. It's my mom's 70th.
A: Lovely. Parties of eight require a $10 per person deposit, refundable if you cancel 48 hours ahead. Is that okay?
C: That's fine.
A: Please confirm: eight people, Saturday at 7 p.m., $80 deposit on your card?
C: Yes, that's right.
A: You're booked. We also offer a chef's tasting upgrade for $35 per person.
C: Let me see what the group wants, we'll decide at the table.
A: Of course.
C: Can't wait, the tasting menu we had last spring was incredible.""",
True, 0.0, "positive",
"Reservation confirmed via read-back; deposit is not upsell; tasting upgrade deferred -> 0; praise -> positive."),

("FR10_092", "Grace Mbeki", "2026-11-17T09:48:53", "asr",
"""A: guardian home security grace speaking
C: yeah i'm moving out of state and i want to cancel my monitoring and your letter says there's a hundred and fifty dollar termination fee
A: yes that's the early termination fee under the contract
C: i'm moving twelve hundred miles away you don't even operate there
A: i understand i could transfer the service to the new owners of your home
C: they don't want it either i asked
A: then the fee would apply i'm sorry
C: this is a total scam i'm disputing it with my bank""",
False, 0.0, "negative",
"Cancellation fee dispute; nothing bought; fee is not an add-on; 'total scam' -> negative."),

("FR10_093", "Luis Ortega", "2026-11-18T12:36:21", "clean",
"""A: Claybody Supply, Luis speaking.
C: Hi, I ordered the Skutt 1027 kiln on Monday, order 88213. Can I add a set of kiln shelves to it? They're $64.
A: I'm sorry, that order shipped this morning, so I can't add to it.
C: Oh. Okay.
A: I can place a separate order for the shelves, shipping would be $19.
C: No, I'll wait and get them with my next clay order.
A: Sounds good.
C: Okay, thanks anyway.""",
False, 0.0, "neutral",
"Add-on to a prior order could not be added; separate order declined -> no conversion; model/order numbers not prices; neutral."),

("FR10_094", "Fiona Walsh", "2026-11-19T13:05:07", "asr",
"""A: greenlight driving school fiona speaking
C: hi i want to book lessons for my daughter again she has her test in january
A: sure the ten lesson package is four fifty want me to set that up
C: yes set it up
A: great and would you like the road test car rental for the test day it's ninety
C: yeah we'll need that
A: okay ten lessons and the test day car
C: and please not the same instructor as last time he was rude to her and she came home crying
A: i'll note that
C: if she gets him again we're done with you honestly""",
True, 90.00, "negative",
"Main package $450; road test car $90 accepted; ends with complaint and threat -> negative."),

("FR10_095", "Arjun Mehta", "2026-11-20T15:44:52", "clean",
"""A: Nimbus Backup support, Arjun speaking.
C: Hi, my backups keep failing and I don't know why.
A: Let me look. Your 200 GB plan is full, so new files can't be uploaded.
C: Oh! That explains it.
A: You could upgrade to the 2 TB plan for $9.99 a month instead of $2.99, or delete some old device backups.
C: Sounds good, I'll think about it. Let me try deleting my old phone's backup first.
A: Sure, that's under Settings, then Devices.
C: Found it, it's running again. Thanks, that was super clear.""",
False, 0.0, "positive",
"Upgrade deferred ('I'll think about it') -> no conversion; storage sizes not prices; satisfied -> positive."),

("FR10_096", "Beatriz Santos", "2026-11-23T12:18:15", "asr",
"""A: tile doctor beatriz speaking
C: hi yeah i got your estimate for regrouting my bathroom six eighty seems like a lot
A: it's about eighty square feet and includes removing the old grout
C: okay and what was the sealing thing
A: sealing is a dollar fifty a square foot so about one twenty for your bathroom
C: honestly that's way more than i expected for grout
A: i could take twenty off the sealing
C: i'll just send you a message if i want to go ahead i'm getting other quotes
A: okay no problem""",
False, 0.0, "negative",
"No commitment (getting other quotes); sealing only quoted/discounted; 'way more than i expected' -> negative."),

("FR10_097", "Pavel Novak", "2026-11-24T14:33:48", "clean",
"""A: Greyline Charter Coaches, Pavel speaking.
C: Hi, I'm organizing a fourth-grade trip to the state aquarium on March 6. About 50 kids and 8 adults.
A: A 56-seat coach for the day is $1,450. Shall I book it?
C: Yes, book it.
A: Booked. We can add onboard Wi-Fi for $75, and a second driver for $300 on long trips.
C: Wi-Fi, yes. We don't need a second driver, it's only three hours round trip.
C: And the $200 damage deposit is refundable?
A: Yes, returned within a week after the trip.
C: Okay. The kids have been talking about the sharks for weeks.""",
True, 75.00, "neutral",
"Main coach $1,450; Wi-Fi $75 accepted; driver declined; deposit excluded; kids' excitement is not about the company -> neutral."),

("FR10_098", "Imani Brooks", "2026-11-25T10:07:29", "asr",
"""A: thanks for calling metrovision cable imani speaking
C: yeah my bill went up fifteen dollars again this is the second time this year
A: i'm sorry about that the price change was in the notice in september
C: nobody reads those notices
A: i can offer you the sports package at half price for six months
C: i don't want more channels i want to pay less
A: i understand unfortunately that's the best i can do
C: then i'll be looking at other options you people keep squeezing us""",
False, 0.0, "negative",
"Complaint; offer refused; price increase not a purchase; negative."),

("FR10_099", "Declan Murphy", "2026-11-26T09:40:58", "clean",
"""A: Heirloom Furniture Restoration, Declan speaking.
C: Hi, I have a walnut dining table from the 1940s with water rings and a wobbly leg.
A: We can refinish the top and reglue the joints. A table that size usually runs $650 to $800.
C: And the chairs? There are six.
A: Reupholstering the seats is $85 per chair.
C: I'm interested. Can you email me the details so I can look at it properly?
A: Of course, I'll send a written estimate tomorrow.
C: Okay, thank you.""",
False, 0.0, "neutral",
"Interest without commitment ('email me the details'); per-chair price only quoted; neutral."),

("FR10_100", "Sofia Rossi", "2026-11-27T14:52:33", "asr",
"""A: happy tails pet sitting sofia speaking
C: hi we're going away for christmas and need someone to look after our two cats
A: sure home visits are forty five a day what dates
C: the twenty third to the twenty eighth so six days
A: okay six days at forty five do you want me to book that
C: yes please book it
A: done and we can do an extra evening visit for twenty a day one of them is on medic asian right
C: yeah she is yeah for all six days please
A: okay extra evening visit for all six days
C: oh you're a lifesaver thank you i was so worried""",
True, 120.00, "positive",
"Main 6 days x $45; evening visit $20 x 6 days = $120 (decided: per-day with stated count multiplies); relieved -> positive."),
]
