CALLS = [
("FR20_021", "Aisha Karim", "2026-11-14T09:05:00", "asr", """A: fiberlink support this is aisha
C: my internet has been down since yesterday morning i work from home
A: i'm sorry let me run a line test um okay i'm seeing no signal at the box
C: yeah no kidding
A: i'll need to send a technician the earliest is tomorrow between eight and twelve
C: fine book it tomorrow morning
A: you're booked for tomorrow eight to twelve there's no charge for the visit
C: whatever just make sure he actually shows up this time last time nobody came
A: i've added a note to the order
C: yeah we'll see""", True, 0.0, "negative", "technician appointment booked (free) = appointment conversion; still irritated at end"),
("FR20_022", "Ben Okafor", "2026-11-14T13:30:00", "clean", """A: Northtrail Outfitters customer care, Ben speaking.
C: Hi! I got the Ridgeline jacket as a gift and it's a size too small. Can I swap it for a large?
A: Of course. Do you have the order number?
C: It's 4471-2290.
A: Found it. A large in forest green is in stock. I'll send a prepaid return label and ship the large today.
C: Oh, that's great. No extra cost?
A: None at all, exchanges are free.
C: You guys are always so easy to deal with. Thanks so much!
A: Enjoy the jacket.""", False, 0.0, "positive", "free size exchange, no new purchase; order number not a price; happy"),
("FR20_023", "Lena Hartmann", "2026-11-15T10:50:00", "asr", """A: bluewater cruises guest services this is lena
C: hi we're booked on the caribbean sailing in march and i wanted to ask about upgrading to a balcony
A: sure let me check availability for that sailing um yes there are balcony cabins
C: how much more would that be
A: the upgrade would be three hundred forty per person
C: hmm i'd do it if it were under two hundred for both of us
A: unfortunately that's the lowest fare class available
C: yeah no then leave it as is
A: understood your current booking stays the same
C: okay thanks anyway""", False, 0.0, "neutral", "conditional interest in upgrade, condition unmet; no purchase; calm"),
("FR20_024", "Diego Ruiz", "2026-11-16T11:15:00", "clean", """A: First Harbor Bank, Diego speaking.
C: Hello. I'd like to talk to someone about a mortgage pre-approval.
A: Certainly. Our mortgage advisors meet in branch or by video. Do you have a preference?
C: Video is easier. I work until 5.
A: I have Wednesday the 25th at 5:30 pm with Angela Marsh.
C: Yes, I'll book that appointment.
A: You're confirmed. What's the best email for the video link?
C: m.okonkwo@example.com.
A: Got it. Please have two recent pay stubs ready.
C: Okay. Thank you.""", True, 0.0, "neutral", "advisor appointment booked (free) = conversion; times/dates not prices; neutral politeness"),
("FR20_025", "Hannah Cole", "2026-11-16T18:40:00", "asr", """A: sakura sushi this is hannah
C: hi can i place an order for pickup
A: of course go ahead
C: two dragon rolls a spicy tuna and the chicken teriyaki bento
A: got it would you like any miso soup with that it's three fifty each
C: oh yeah give us three of those
A: three miso soups okay that'll be ready in about twenty minutes
C: awesome you guys always make the best dragon roll in town
A: thank you see you soon""", True, 10.5, "positive", "takeout order placed; miso $3.50 each x 3 = 10.50; praises restaurant"),
("FR20_026", "Raj Patel", "2026-11-17T08:30:00", "clean", """A: ComfortAir Heating & Cooling, this is Raj.
C: Hi, I'd like to schedule the furnace tune-up before it gets cold.
A: Sure. The tune-up is $129. I have Monday the 23rd in the morning.
C: Monday morning works. Go ahead.
A: You're booked. We're also running duct cleaning this month. It's normally $199, but I can do $149 if we do it on the same visit.
C: At 149? Okay, go ahead and add it.
A: Added. So the technician will do both on Monday.
C: Fine. What time should I expect him?
A: Between 8 and 10.
C: Okay.""", True, 149.0, "neutral", "tune-up booked; duct cleaning revised $199->$149 and accepted at 149"),
("FR20_027", "Chloe Martin", "2026-11-17T15:55:00", "asr", """A: grand theatre box office chloe speaking
C: hi i'm looking for four seats together for the nutcracker on the twelfth
A: let me look um for the twelfth i only have two seats together and two separate in the balcony
C: oh no we all need to sit together it's for my kids
A: i could check the thirteenth for you
C: no the thirteenth we're away
A: i'm sorry that's all i have for the twelfth
C: that's a shame we were really looking forward to it never mind then
A: i'm sorry we couldn't help""", False, 0.0, "negative", "no suitable seats; no alternative taken; disappointed"),
("FR20_028", "Omar Haddad", "2026-11-18T12:10:00", "clean", """A: Cruise Car Rentals, Omar speaking.
C: Hi, I need an SUV from the Orlando airport, December 6th through the 13th.
A: A midsize SUV for seven days comes to $392. Shall I reserve that?
C: Yes, please reserve it.
A: Done. Would you like GPS for $12 a day?
C: No, I'll use my phone.
A: And will anyone else be driving? An additional driver is $15 a day, so $105 for the week.
C: Yes, my husband will drive too. Add him.
A: Added. Your confirmation number is 8831-OR.
C: Wonderful, thank you, that was quick and painless.""", True, 105.0, "positive", "SUV reserved; GPS declined; additional driver $105 for the week accepted"),
("FR20_029", "Grace Liu", "2026-11-18T16:20:00", "asr", """A: lakeside family medicine grace speaking
C: hi i need to cancel my appointment on friday
A: okay can i have your name and date of birth
C: tomas reyes april ninth nineteen eighty six
A: thank you i see friday at three forty with doctor ames would you like to reschedule
C: no not right now i'll call when i'm back in town
A: no problem it's cancelled
C: okay thanks""", False, 0.0, "neutral", "cancellation, no reschedule; no conversion"),
("FR20_030", "Felix Moreau", "2026-11-19T10:45:00", "clean", """A: Brightline Wireless retention, Felix speaking.
C: I'm calling to cancel my plan. I'm switching carriers.
A: I'm sorry to hear that. May I ask why?
C: T-Mobile is giving me double the data for $15 less a month. You couldn't match that last time I asked.
A: I can offer $10 off your plan for twelve months.
C: Still more than what they charge, and they don't throttle. No thanks.
A: I understand. Is there anything that would change your mind?
C: No. Just cancel it, please.
A: I'll process that now.
C: Fine.""", False, 0.0, "negative", "retention offer declined; praises competitor; cancels"),
("FR20_031", "Nadia Petrova", "2026-11-19T14:05:00", "asr", """A: appliance depot this is nadia
C: hi i want to order the bosch washer the five hundred series front loader
A: sure that's eight forty nine and we can deliver thursday
C: okay yeah let's do it thursday
A: great do you need us to haul away the old machine it's twenty five bucks
C: uh yeah take it i don't want to deal with it
A: and there's a matching pedestal for one twenty nine
C: nah skip the pedestal
A: okay washer plus haul away delivered thursday
C: okay""", True, 25.0, "neutral", "washer ordered; haul-away 25 accepted, pedestal declined; model series number not a price"),
("FR20_032", "Sam Turner", "2026-11-20T09:25:00", "clean", """A: Ledgerly support, Sam speaking.
C: I can't log in. It keeps saying my two-factor code is invalid. This is my third call about it.
A: I'm sorry. Let me check your account. It looks like your phone's clock was out of sync with the authenticator. I've reset your two-factor.
C: Okay, trying now.
A: Take your time.
C: It worked. Finally.
A: Great. Is there anything else?
C: No. It took three calls and an hour of my day to get here, so I wouldn't call that great.
A: I understand, I'm sorry for the trouble.""", False, 0.0, "negative", "support fix, no purchase; resentful at end"),
("FR20_033", "Priya Nair", "2026-11-20T19:30:00", "asr", """A: skyline air this is priya how can i help
C: hi i was looking at flights to lisbon for may and the price jumped since yesterday
A: let me look um the fare on the may tenth flight is now seven ninety round trip
C: yesterday it was six twenty
A: fares change with demand unfortunately
C: hmm okay i think i'll wait and see if it drops again
A: we do have fare alerts on the app
C: okay i'll set one up thanks""", False, 0.0, "neutral", "price inquiry, customer defers; no booking"),
("FR20_034", "Marcus Bell", "2026-11-21T11:35:00", "clean", """A: Harborview Hotel guest relations, this is Marcus.
C: Hi. I stayed with you last weekend and there was construction noise at 6 am both days.
A: I'm very sorry. That work should not have started before 9. I'd like to offer you a $100 credit toward your next stay.
C: Oh. Well, I wasn't expecting that.
A: It's already on your loyalty account.
C: Appreciate it, that's fair. The room itself was lovely.
A: We hope to see you again soon.
C: You will. Thanks.""", False, 0.0, "positive", "complaint resolved with credit (not a purchase); ends satisfied"),
("FR20_035", "Sofia Delgado", "2026-11-21T15:10:00", "asr", """A: westgate ford service this is sofia
C: hi i got a recall letter for my escape something about the fuel pump
A: yes that's recall twenty four s nine the repair is free of charge
C: oh good um how long does it take
A: about two hours i can do monday at nine or tuesday at one
C: tuesday at one please
A: you're all set tuesday at one
C: great thanks for making that so easy""", True, 0.0, "positive", "free recall appointment booked by picking an option; recall code not a price"),
("FR20_036", "Tom Whitaker", "2026-11-22T10:00:00", "clean", """A: Petal & Stem, this is Tom.
C: Hi, I'd like to send flowers to my mom for her birthday on Tuesday.
A: Lovely. Our garden bouquet is $65 with delivery. Shall I set that up?
C: Yes, please.
A: Would you like it in a glass vase for $18?
C: Yes to the vase.
A: We also have a box of Belgian chocolates for $12.
C: Oh, why not. Add the chocolates too, she'll love them.
A: Bouquet, vase and chocolates to 18 Linden Road on Tuesday.
C: Perfect. You've made this really easy, thank you.""", True, 30.0, "positive", "bouquet ordered; vase $18 + chocolates $12 accepted = 30; address not price"),
("FR20_037", "Aisha Karim", "2026-11-22T13:20:00", "asr", """A: first harbor bank disputes aisha speaking
C: there's a charge on my card for four hundred dollars from some electronics store i've never been to
A: i'm sorry let me look yes i see it from the seventeenth
C: and i called about this on friday and nobody called me back
A: i apologize i'm opening a dispute now and you'll get a provisional credit within two days
C: two days
A: yes and a new card will be mailed
C: fine but i'm not happy about this at all i shouldn't have to call twice""", False, 0.0, "negative", "fraud dispute, no purchase; unhappy at end"),
("FR20_038", "Ben Okafor", "2026-11-23T17:45:00", "clean", """A: PeakFit, Ben speaking.
C: Hi, I'm thinking about joining. What do memberships cost?
A: Standard is $49 a month, and our couples plan is $85 a month for two.
C: Oh, that couples plan sounds great actually. Does it include the pool?
A: Yes, pool, sauna and all classes.
C: Nice. Let me talk to my partner first, we might join together.
A: Of course. Want me to email you the details?
C: Sure, that'd be helpful. Thanks!""", False, 0.0, "positive", "interested, deferred to partner; 'yes' to email is not a purchase; upbeat"),
("FR20_039", "Lena Hartmann", "2026-11-23T09:50:00", "asr", """A: greenguard pest control lena speaking
C: hi we've got ants coming in through the kitchen we need someone out
A: sure an interior and exterior treatment is one fifty five i can come wednesday
C: wednesday's fine go ahead
A: booked for wednesday do you want us to do the garage too it's an extra forty
C: hm how much was the garage again
A: forty dollars
C: okay yeah do the garage too
A: got it house and garage wednesday
C: okay""", True, 40.0, "neutral", "treatment booked; garage add-on accepted after re-asking price (40)"),
("FR20_040", "Diego Ruiz", "2026-11-24T12:30:00", "clean", """A: Copper Pot Catering, Diego speaking.
C: Hi! I need lunch for 30 people for our office party on December 4th.
A: Our buffet lunch is $22 per person, so $660 for 30. Would you like to book it?
C: Yes, let's book it.
A: Great. Would you like to add a dessert platter for $65?
C: My sister's bringing a cake, so no, we're covered.
A: No problem. Delivery at 11:30 to 200 Harbor Street, suite 5?
C: That's it. You were recommended by three people, so I'm excited to try you!
A: We'll make it a good one.""", True, 0.0, "positive", "catering booked (main price only); dessert declined indirectly; enthusiastic"),
]
