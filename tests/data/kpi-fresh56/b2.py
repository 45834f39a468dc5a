CALLS = [
("FR56_021", "Jessica Whitfield", "2026-11-06T09:10:37", "clean",
"""A: Northgate Insurance, Jessica speaking.
C: Hi, I got your auto quote by email, the $118 a month one, and I'd like to go ahead with it.
A: Great. Just to confirm, that's full coverage on the 2021 RAV4 starting December 1st at $118 a month?
C: Yes, that's correct.
A: Perfect, the policy is bound. Would you like roadside assistance? It's $8 a month and covers towing and lockouts.
C: Sure, throw that in.
A: Done. And rental reimbursement is another $5 a month, in case the car's in the shop.
C: I have my wife's car for that. No need.
A: Understood. So your total is $126 a month. ID cards are in the app.
C: Okay. Got it.""",
True, 8.00, "neutral", "confirms read-back 'Yes, that's correct'; roadside $8 a month 'Sure, throw that in'; rental reimbursement $5 declined 'No need'"),

("FR56_022", "Darnell Brooks", "2026-11-06T10:33:02", "asr",
"""A: metro power and gas darnell speaking
C: hi i'm moving to a new place on the first and i need to start electric service there
A: sure what's the new address
C: two eighteen maple court apartment four
A: got it i can start service on the first with the standard residential rate is that okay
C: yes please start it on the first
A: done and we also offer a surge protection plan for six ninety nine a month it covers your appliances
C: no i'm fine without it
A: okay no problem you're all set for the first
C: wow that was way easier than i expected thank you so much
A: welcome to the neighborhood""",
True, 0.00, "positive", "new service 'yes please start it on the first'; surge plan declined 'no i'm fine without it'; 'way easier than i expected thank you so much'"),

("FR56_023", "Hannah Lindqvist", "2026-11-06T12:05:19", "clean",
"""A: Riverside Arena box office, Hannah speaking.
C: Hi, I'm trying to buy three tickets for the Nutcracker on the 28th, the website keeps crashing.
A: Sorry about that. I can do it here. Three in the mezzanine are $58 each, $174 total. Shall I book them?
C: Yes, please.
A: Okay, processing the card ending 2210... I'm sorry, it's been declined.
C: What? Try it again.
A: I tried twice, it's declined both times. Do you have another card?
C: Not on me. This is so frustrating, first the website and now this.
A: I can hold the seats for 24 hours if you call back.
C: Forget it. I'll deal with my bank and see if there's anything left later.""",
False, 0.00, "negative", "said 'Yes, please' but card declined twice and no other card; purchase not completed; 'This is so frustrating'"),

("FR56_024", "Rafael Moreno", "2026-11-06T14:44:51", "clean",
"""A: Oakhouse Appliances, this is Rafael.
C: Hi. I want to order the Vella front-load washer, the white one. It was $849 on your site.
A: Yes, still $849. Shall I put the order through for you?
C: Yes.
A: Done. We offer a three-year extended warranty for $129.99. Would you like that?
C: Yes, add the warranty. The last one died at year two.
A: Added. And we can haul away your old washer for twenty-five dollars on delivery day.
C: Okay, do the haul-away too.
A: Great. Washer, warranty and haul-away, delivery Thursday the 12th.
C: Fine.
A: Anything else?
C: No.""",
True, 154.99, "neutral", "order 'Yes'; warranty $129.99 + haul-away twenty-five dollars both accepted = 154.99; terse 'Fine.'"),

("FR56_025", "Aisha Karimi", "2026-11-09T09:17:44", "asr",
"""A: lakeside physical therapy this is aisha
C: hi um my doctor referred me for my knee and i wanted to know if you take blue ridge insurance
A: we do take blue ridge though some plans need a prior authorization
C: okay how do i know if mine does
A: you'd call the number on the back of your card and ask about outpatient physical therapy
C: mhm okay and how much is it if it's not covered
A: the first evaluation is one forty and follow ups are ninety five
C: okay i'll call them first and then call you back to set something up
A: sounds good we're here till six
C: okay thanks""",
False, 0.00, "neutral", "asks insurance and prices; 'i'll call them first and then call you back'; plain tone"),

("FR56_026", "Brendan Doyle", "2026-11-09T10:29:30", "clean",
"""A: FreshCrate, Brendan speaking.
C: Hi, I'd like to cancel. The boxes are just too expensive for us right now.
A: I understand. Before you go, I can give you 50% off your next four boxes, so $39.50 instead of $79.
C: Four boxes at half price? Hm.
A: And you can skip weeks anytime.
C: Okay. I'll stay at that price then.
A: Great, that's applied. Would you like to add our dessert bundle to each box for $6.99?
C: Don't push it.
A: Ha, understood. You're all set.
C: Okay, thanks.""",
True, 0.00, "neutral", "save offer accepted 'I'll stay at that price'; dessert $6.99 refused 'Don't push it'; discount is not upsell"),

("FR56_027", "Mei Tanaka", "2026-11-09T11:52:11", "asr",
"""A: city walks lisbon this is mei how can i help
C: hi we're visiting next week and we want the old town food tour for two on wednesday
A: lovely that's sixty five per person and there's a spot at ten am
C: ten is great yes book us in
A: done two for wednesday at ten and we also have a skip the line add on for the castle at the end it's twelve dollars each
C: oh yeah both of us please the lines looked insane online
A: two skip the line passes added
C: amazing this is going to be the highlight of the trip thank you
A: enjoy it""",
True, 24.00, "positive", "'ten is great yes book us in'; skip the line twelve dollars each, 'both of us' = 24; 'amazing'"),

("FR56_028", "Oluwaseun Adeyemi", "2026-11-09T13:03:56", "clean",
"""A: Reliable Rooter, this is Seun.
C: Hi, water is coming through my kitchen ceiling from the upstairs bathroom. I need someone today.
A: Okay, first shut off the main valve if you can. I can have a plumber there between 2 and 4 today, the emergency call-out is $149.
C: Yes, please send him. Book it.
A: Booked. While he's there he can do a water heater flush for $79, it's a good time since the water will be off anyway.
C: Just fix the leak, please. One thing at a time.
A: Of course. He'll call you 30 minutes before.
C: Okay. Thank you, I really appreciate you getting someone out today.
A: No problem, hang in there.""",
True, 0.00, "positive", "'Yes, please send him. Book it.'; flush $79 declined 'Just fix the leak'; 'I really appreciate you getting someone out today'"),

("FR56_029", "Claire Dubois", "2026-11-09T15:21:08", "asr",
"""A: first harbor bank claire speaking
C: hi um i want to open a savings account for my daughter she's sixteen
A: sure we have a youth savings with no monthly fee and a joint owner would be you
C: okay yeah let's open that
A: great i've started it and would you want to look at our premium checking for yourself it's fifteen a month but the fee's waived with direct deposit
C: um no i'm good with my checking
A: okay so just the youth savings she'll need to come in with id to sign
C: okay we can do saturday
A: perfect
C: okay thank you""",
True, 0.00, "neutral", "'okay yeah let's open that' savings account; premium checking declined 'no i'm good'; routine thanks"),

("FR56_030", "Victor Alvarez", "2026-11-10T11:40:25", "clean",
"""A: Tony's Pizzeria, Victor speaking.
C: Hi, I'd like to order two large pepperonis for delivery.
A: Sure. Two large pepperoni, that's $31.98. Would you like to add garlic knots? They're $6.50 an order.
C: Oh yes, two orders of those.
A: Two orders of knots. And a two-liter soda for $3.49?
C: No soda, we've got drinks.
A: Okay. Two large pepperoni and two garlic knots to 55 Birch Street?
C: That's it, yep.
A: About 40 minutes.
C: Great, your knots are the best in town, honestly. Thanks!""",
True, 13.00, "positive", "order confirmed 'That's it, yep'; two orders of knots at $6.50 = 13; soda declined; 'your knots are the best in town'"),

("FR56_031", "Sophie Grant", "2026-11-10T12:58:49", "asr",
"""A: peak fitness sophie speaking
C: hi i need to cancel my membership i'm moving to portland at the end of the month
A: oh no we'll miss you we do have a freeze option for five dollars a month if you might come back
C: no i'm not coming back it's a real move just cancel it please
A: okay i've processed it your last billing is the twenty fifth
C: okay and i don't owe anything else
A: nothing else you're all clear
C: great honestly you guys have been amazing the best gym i've been to i'm gonna miss it
A: aw thank you good luck with the move""",
False, 0.00, "positive", "cancels, freeze five dollars a month refused 'just cancel it please'; 'you guys have been amazing'"),

("FR56_032", "Marcus Chen", "2026-11-10T14:15:33", "clean",
"""A: Brightline TV, Marcus speaking.
C: Hi, my bill went up eight dollars and nobody told me why.
A: I see that, the regional sports fee increased this month. I'm sorry about that.
C: Okay. So can it come off?
A: It's part of the package, unfortunately. But for the playoffs, we have the Sports Max add-on at $14.99 a month with every game in HD.
C: Oh sure, another fifteen bucks a month, that's exactly what I need.
A: I understand. It's not for everyone.
C: Clearly. I called about my bill going UP.
A: I can note the account for a loyalty review next month.
C: Whatever. I'll be looking at other providers.""",
False, 0.00, "negative", "sarcastic refusal 'another fifteen bucks a month, that's exactly what I need'; 'I'll be looking at other providers'"),

("FR56_033", "Maria Delgado", "2026-11-10T16:02:12", "clean",
"""A: Seaside Grand Hotel reservations, Maria speaking.
C: Hi, I want to book a room for December 4th through the 7th, three nights, for our anniversary.
A: Congratulations! A standard king is $189 a night. Shall I reserve it?
C: Yes, please reserve it.
A: Done. For an anniversary, we could upgrade you to an ocean-view king for $40 more per night.
C: For three nights that's $120 extra... okay, you know what, do it. It's our tenth.
A: Upgraded! Ocean-view king, three nights, and I'll add a note for the front desk.
C: Oh, that's lovely. Thank you so much, you've made this easy.
A: Happy anniversary!""",
True, 120.00, "positive", "'Yes, please reserve it'; ocean view $40 a night x 3 nights, customer states $120 and says 'do it'; 'Thank you so much'"),

("FR56_034", "Kevin Osei", "2026-11-11T09:48:57", "asr",
"""A: sunway motors kevin speaking
C: hey uh i'm just calling to see what you'd give me for a trade in twenty eighteen camry about sixty thousand miles
A: sure i'd need to see it but ballpark somewhere around sixteen to eighteen thousand
C: okay and what do you have in the new hybrids
A: we've got the hybrid le on the lot at thirty one five
C: mhm okay i'm just shopping around right now
A: would you like to come in for an appraisal this weekend
C: i'll see how the weekend goes i might just swing by
A: okay just ask for me
C: alright thanks""",
False, 0.00, "neutral", "'i'm just shopping around'; appraisal not booked 'i might just swing by'; flat"),

("FR56_035", "Priya Raman", "2026-11-11T11:06:30", "clean",
"""A: Sugar and Spice Bakery, this is Priya.
C: Hi, I'd like to order a half-sheet chocolate cake for a party Saturday, with "Happy 40th Dana" on it.
A: Sure, the half sheet is $65. Pickup Saturday morning?
C: Yes, pickup at ten. Go ahead.
A: Got it. For a party that size, people often add a second smaller cake, a vanilla 8-inch for $45.
C: Oh, good idea, yes, add the vanilla.
A: Added. So the chocolate half sheet and the vanilla, Saturday at ten.
C: Oh wait, my sister said she's bringing a cake. Drop the vanilla, just the chocolate.
A: No problem, vanilla removed. Just the chocolate half sheet, $65.
C: Yes. Thanks.""",
True, 0.00, "neutral", "cake order 'Go ahead'; vanilla $45 accepted then 'Drop the vanilla' so zero; plain 'Yes. Thanks.'"),

("FR56_036", "Tomasz Nowak", "2026-11-11T13:39:14", "clean",
"""A: Kowalski Auto Care, Tomasz speaking.
C: Hi, you had my Jeep in for the squeaking. What's the verdict?
A: It needs front brake pads and rotors. That comes to $480 with labor.
C: Four-eighty? Your guy said maybe two hundred when I dropped it off.
A: That estimate was pads only. The rotors are under the minimum thickness.
C: I don't buy it. That's way more than I was told.
A: I can send you photos of the rotors if you want.
C: No. I'll pick it up and take it somewhere else.
A: Okay. There's a $60 diagnostic fee.
C: Of course there is. Unbelievable.""",
False, 0.00, "negative", "refuses repair 'I'll take it somewhere else'; diagnostic fee is not a sale; 'Of course there is. Unbelievable.'"),

("FR56_037", "Jessica Whitfield", "2026-11-11T15:55:41", "asr",
"""A: pawsure pet insurance jessica speaking
C: hi i just adopted a puppy and i want to get her insured she's a beagle twelve weeks old
A: congrats our accident and illness plan for her would be thirty four a month do you want to enroll her
C: yes let's enroll her
A: great she's covered starting tomorrow we also have a wellness add on for nineteen ninety nine a month that covers vaccines and checkups
C: oh that makes sense with all the puppy shots yeah add the wellness
A: done both are active
C: yay thank you so much this is such a relief
A: give her a hug from us""",
True, 19.99, "positive", "'yes let's enroll her'; wellness nineteen ninety nine a month accepted; 'thank you so much this is such a relief'"),

("FR56_038", "Darnell Brooks", "2026-11-12T09:26:19", "clean",
"""A: SunPeak Solar, Darnell speaking.
C: Hi, I filled out the form online about solar panels. Someone was supposed to call me.
A: That's me! The first step is a free home consultation, about an hour. Would you like to book one?
C: Okay. What days do you have?
A: Tuesday the 17th at 10 or Thursday the 19th at 3.
C: Thursday at three.
A: Great, Thursday the 19th at 3 pm at your place on Linden Avenue, correct?
C: Correct.
A: You're booked. The consultant will text you the day before.
C: Okay.""",
True, 0.00, "neutral", "confirms appointment read-back 'Correct.'; free consultation, no add-on; flat 'Okay.'"),

("FR56_039", "Hannah Lindqvist", "2026-11-12T11:13:45", "clean",
"""A: Harvest Moon Music Festival, this is Hannah.
C: Hi! I want two weekend passes for me and my wife.
A: Great, weekend passes are $210 each. Shall I get those for you?
C: Yes, two please.
A: Done. We also have a VIP upgrade for $75 per pass, with the shaded lounge and private bathrooms.
C: Just one VIP, for my wife. It's her birthday weekend and she hates the portable toilets.
A: Ha, one VIP upgrade. And shuttle passes from downtown are twenty dollars each.
C: Yeah, we'll take two shuttle passes.
A: So two weekend passes, one VIP upgrade, two shuttle passes. Sound right?
C: Perfect. She's going to be thrilled, thank you!""",
True, 115.00, "positive", "'Yes, two please'; one VIP $75 + two shuttles at twenty dollars = 115; 'She's going to be thrilled'"),

("FR56_040", "Rafael Moreno", "2026-11-12T14:30:28", "asr",
"""A: dreamwell mattress gallery this is rafael
C: hi i saw the cloudrest hybrid in your ad what's the price on the queen
A: the queen cloudrest is eleven ninety nine and this week we include a free protector
C: eleven ninety nine for a mattress
A: yeah it's a premium hybrid it comes with a twenty year warranty
C: that's way outta my budget honestly
A: we do have financing at zero percent for eighteen months
C: no i'm not doing financing for a mattress these prices are insane
A: understood we also have the essentials line starting at five forty nine
C: nah forget it i'll look somewhere else""",
False, 0.00, "negative", "'way outta my budget', financing refused, 'these prices are insane', 'i'll look somewhere else'"),
]
