CALLS = [
("FR34_021", "Hannah Brooks", "2026-11-02T13:05:40", "asr",
"""A: willow creek barn events this is hannah
C: hi we toured last week for our wedding and we'd love to lock in june sixth
A: oh congratulations june sixth is still open the saturday rate is eight thousand five hundred
C: yes we want it please book it
A: yay you're booked i'll need the deposit by friday
C: sure and you mentioned a photo booth and the string lights
A: right the photo booth is four fifty on its own and the lighting package is two fifty but together they're six hundred
C: okay let's do the two together for the six hundred
A: done so the barn for june sixth plus the booth and lighting bundle
C: this is so exciting thank you so much hannah you've been amazing
""",
True, 600.0, "positive", "Venue booked; photo booth + lighting bundle accepted at bundle price $600; thrilled."),

("FR34_022", "Tomasz Nowak", "2026-11-02T15:47:12", "clean",
"""A: Northline Wireless retention, Tomasz speaking.
C: I want to cancel. My number is 555-014-2280, account under Bianca Reyes.
A: I see it. May I ask why you're leaving?
C: I've dropped three calls a day for two months and nobody fixes it. Coastal gives me better coverage for less.
A: I can offer you $15 off a month for a year, and a free signal booster.
C: No. I've heard the promises.
A: I could also add 20 GB of hotspot for just $5 more.
C: You're trying to sell me more while I'm cancelling? No thanks. Cancel it, please.
A: Okay, I've processed the cancellation effective today.
C: Good. Coastal has been nothing but decent to me so far.
""",
False, 0.0, "negative", "Cancellation; save offer and hotspot add-on refused; phone number not a price; praises competitor; negative."),

("FR34_023", "Aisha Bello", "2026-11-03T18:40:29", "asr",
"""A: tony's pizzeria this is aisha pickup or delivery
C: delivery please to eighty eight elm court
A: okay what can i get you
C: two large pepperonis
A: two large pepperoni that's thirty one ninety eight do you want garlic knots they're four fifty an order
C: uh how many knots in an order
A: six
C: okay hmm
A: and a two liter soda is two ninety nine
C: no soda we have some make it three orders of knots
A: two large pepperoni three garlic knots forty minutes
C: okay cool
""",
True, 13.5, "neutral", "Pizzas main; garlic knots $4.50 an order, quantity three said later = 13.50; soda declined; address not a price; neutral."),

("FR34_024", "Kevin Tran", "2026-11-03T10:19:55", "clean",
"""A: SafeHome Systems, Kevin speaking.
C: Hi, I'm ready to order the Starter Kit I looked at online, the $399 one.
A: Great, I can place that now. Confirming the Starter Kit shipped to 14 Birch Lane?
C: Yes, that's right.
A: Ordered. How many exterior doors do you have? The kit covers one.
C: Three. Front, back and the garage.
A: Extra door sensors are $25 each, so you'd need two more. And the video doorbell is $129.
C: Two sensors, yes. The doorbell I don't need, I already have one.
A: Adding two sensors. It'll all ship together.
C: Okay, sounds fine.
""",
True, 50.0, "neutral", "Starter kit main (read-back confirmed); two extra sensors at $25 each = 50; doorbell declined; neutral."),

("FR34_025", "Sofia Russo", "2026-11-04T12:02:36", "asr",
"""A: blue horizon cruises sofia speaking
C: hi i want to book the seven night caribbean sailing in february for me and my husband
A: sure an ocean view cabin is eighteen forty per person
C: okay yes let's book that
A: great and the drinks package is sixty nine per person per day would you like that
C: um yes add the drinks package too
A: okay i'm adding
C: oh wait hold on my husband just texted me
C: he says his work won't give him the time off so cancel the whole thing sorry
A: no problem i've released the cabin nothing's been charged
C: oh well that's a shame okay thanks anyway
""",
False, 0.0, "neutral", "Cabin and drinks package accepted, then whole booking cancelled -> no conversion, no upsell; mild disappointment at situation, not company -> neutral."),

("FR34_026", "Marcus Webb", "2026-11-04T16:30:08", "clean",
"""A: Ledgerly customer success, Marcus here.
C: Hi Marcus. Our annual plan is up for renewal on the 30th. We'd like to renew.
A: Great. It's $1,200 for the year for your 10 seats. Shall I process the renewal?
C: Yes. Also, we've hired five people, so we need more seats.
A: Additional seats are $8 per seat per month.
C: Okay, add the five.
A: Done. We also offer a live onboarding session for new staff at $250.
C: No, we'll train them ourselves.
A: Renewal processed with 15 seats total.
C: Great, thanks.
""",
True, 40.0, "neutral", "Renewal main; 5 extra seats x $8/seat/month = 40 (monthly counted once); onboarding declined; neutral."),

("FR34_027", "Naomi Fischer", "2026-11-05T09:00:47", "asr",
"""A: cedar family clinic naomi speaking
C: hi i need to schedule my annual physical
A: sure i have monday the sixteenth at nine fifteen
C: that's perfect book that please
A: you're booked and since you'll be doing bloodwork would you like to add the cholesterol panel it's forty five dollars and not covered by your insurance
C: hmm what about the vitamin d test
A: that's thirty five also out of pocket
C: yes add the cholesterol one just the cholesterol
A: okay cholesterol panel added
C: great thank you you've always been so nice here
""",
True, 45.0, "positive", "Physical booked; cholesterol panel $45 accepted; vitamin D test only asked about; positive."),

("FR34_028", "Raj Patel", "2026-11-05T20:11:03", "clean",
"""A: Grand Meridian Hotel guest services, this is Raj.
C: I checked out yesterday and you charged me $64 for the minibar. I didn't touch it.
A: I'm sorry about that. Let me check the record.
C: I'm honestly pretty annoyed. I had to look at my bank statement to even notice.
A: I see the sensor logged items that were restocked later. That's our error. I'll refund the $64.
C: Oh, okay. Good.
A: It'll show in 3 to 5 business days. I've also added 2,000 points to your rewards account.
C: That's really fair of you. Thanks, Raj, I appreciate you sorting it out so quickly.
A: Of course. Anything else?
C: No, that's it. Thanks again.
""",
False, 0.0, "positive", "Refund and points, no purchase; annoyed start, grateful end -> positive."),

("FR34_029", "Elena Petrova", "2026-11-06T14:25:19", "asr",
"""A: summit motors this is elena following up on the rav four you drove saturday
C: yeah hi i've been thinking about it
A: we can do the twenty six nine we talked about
C: okay uh yeah i'll take it
A: excellent i'll get the paperwork going a couple of options we recommend all weather floor mats are one fifty and paint protection is eight ninety five
C: eight ninety five for paint that's steep
A: i can do the paint protection at six hundred if you're getting the mats too
C: alright mats and the paint at six hundred
A: great so the rav four plus mats plus paint protection
C: okay when can i pick it up
A: thursday after two
""",
True, 750.0, "neutral", "Car purchase main; mats $150 + paint protection revised $895->$600 = 750; neutral."),

("FR34_030", "Jordan Hayes", "2026-11-06T11:49:57", "clean",
"""A: Lanterna, this is Jordan.
C: Hi! I'd like a table for eight on Saturday at 7:30. It's my mom's 60th.
A: Happy birthday to her! Saturday at 7:30 for eight, I can do that. Shall I book it?
C: Yes, please!
A: Done. Our tasting menu has a wine pairing at $45 per person, if you're interested.
C: Wine pairing for four of us, the other four don't drink.
A: Got it, four pairings. And we can do a small celebration cake for $30.
C: Oh, yes, she'd love that.
A: Lovely. Table for eight, four wine pairings and the cake.
C: You're the best. We've been coming here for years and it's always perfect.
""",
True, 210.0, "positive", "Reservation booked; wine pairing $45 x4 = 180 + cake $30 = 210; party size and age not prices; positive."),

("FR34_031", "Grace Kim", "2026-11-09T17:18:22", "asr",
"""A: swiftlink support this is grace
C: my internet has been down since this morning i work from home
A: i'm sorry let me run a test okay there's an outage in your area
C: of course there is when will it be fixed
A: the estimate is around six tonight
C: six that's my whole work day gone
A: i understand and to improve your coverage when it's back i could add a mesh extender for twelve a month
C: are you serious i'm not buying anything until my internet actually works
A: understood i'll put a note for an outage credit
C: yeah great a credit for a day of lost pay fantastic
""",
False, 0.0, "negative", "Outage complaint; extender refused; credit is not a purchase; sarcastic and angry."),

("FR34_032", "Omar Haddad", "2026-11-09T13:33:44", "clean",
"""A: ApplianceMart, this is Omar.
C: I want the Kendell washer and dryer pair you have on the website.
A: The pair is $1,400. Want me to order it for delivery?
C: Yes. Even though Home Depot had it for a hundred less last week and their guy actually called me back.
A: I'm sorry about the callback. Ordering the pair now. The 5-year protection plan for the pair is $180.
C: Fine, add the protection. These things always break.
A: And a stacking kit for $45?
C: They're going side by side. No.
A: Okay. The pair plus the protection plan, delivery Friday.
C: Fine. Honestly, this has been a hassle from start to finish.
""",
True, 180.0, "negative", "Pair is main ($1,400 as one price); protection $180 accepted, stacking kit declined; praises competitor, irritated -> negative."),

("FR34_033", "Maya Torres", "2026-11-10T19:50:31", "asr",
"""A: stillwater spa maya speaking
C: hi um i'd like to book a couples massage for my anniversary saturday the twenty eighth
A: lovely i have four o'clock available the sixty minute couples massage is two twenty
C: four works let's book it
A: perfect would you like to add aromatherapy it's ten each
C: yes for both of us
A: and hot stones are twenty five each
C: how much again for the stones
A: twenty five per person
C: no the aromatherapy is plenty
A: okay couples massage at four with aromatherapy for two
C: great thank you i'm so looking forward to it
""",
True, 20.0, "positive", "Massage booked; aromatherapy $10 each x2 = 20; hot stones only asked about then declined; positive."),

("FR34_034", "Derek Olsen", "2026-11-10T10:44:15", "clean",
"""A: Hi, is this Mr. Okafor? This is Derek with Guardwell Life. You requested a quote online.
C: Oh, right. Yes, I did, a while ago.
A: For a 20-year term policy at $500,000, you'd be at about $32 a month.
C: Okay. And what would it be for a million?
A: About $55 a month. We can also add a child rider for $6 a month.
C: Hm. I'm not ready to buy anything right now. I just wanted a ballpark.
A: Understood. Can I send the quote by email?
C: Yes, that's my email on file, the gmail one.
A: Done. Call us whenever you're ready.
C: Will do. Thanks.
""",
False, 0.0, "neutral", "Quote only; prices only asked about; 'yes' refers to email; refusal to buy now; neutral."),

("FR34_035", "Priya Nair", "2026-11-11T15:03:27", "asr",
"""A: harbor lights theater box office priya speaking
C: hi i'd like two tickets for the nutcracker on december twelfth and the program with the signed poster
A: the poster bundle is twenty five let me check the seats first
C: okay yes i want both the tickets and the poster bundle
A: oh i'm so sorry the system just shows the twelfth sold out as i was holding them
C: oh no what about the thirteenth
A: the whole run is sold out now i'm afraid
C: that's really disappointing i've been waiting all year for this
A: i can add you to the waitlist
C: no it's okay never mind
""",
False, 0.0, "negative", "Tickets and poster bundle wanted but show sold out, nothing booked -> no conversion, no upsell; quietly disappointed -> negative."),

("FR34_036", "Luis Ortega", "2026-11-11T08:22:50", "clean",
"""A: FreshCrate, this is Luis.
C: Hi, I want to start the meal kit. Three meals a week for two people.
A: That's $59.94 a week. Shall I start you this week?
C: Yes, start this week.
A: Great. You can add desserts, $4.99 each, and a breakfast box for $14.99.
C: What are the desserts like?
A: Brownies, cheesecake cups, fruit tarts.
C: Two desserts a week then. Skip the breakfast, we just have coffee.
A: Done. First box arrives Thursday.
C: Okay, thanks.
""",
True, 9.98, "neutral", "Subscription started; two desserts at $4.99 each = 9.98; breakfast declined; neutral."),

("FR34_037", "Hannah Brooks", "2026-11-12T12:12:12", "asr",
"""A: steady hands movers this is hannah
C: hi we're moving from a two bedroom on the first of december
A: okay for a two bedroom the crew of three is one forty an hour shall i book the first
C: yes book the first
A: done and we have a packing materials kit boxes tape and paper for one twenty
C: i'll take the kit if the crew can come by eight we have to be out by noon
A: yes eight works i'll schedule the crew for eight
C: okay great then add the kit
A: added we also do piano moving for two hundred
C: no piano here thankfully
A: ha okay you're all set
C: awesome you guys are so much easier than the last movers i called
""",
True, 120.0, "positive", "Move booked; packing kit $120 accepted on a condition that was met; piano moving not needed; positive."),

("FR34_038", "Tomasz Nowak", "2026-11-12T14:58:01", "clean",
"""A: First Lakes Bank, Tomasz speaking.
C: You charged me a $35 overdraft fee for being two dollars short. For ONE day.
A: I'm sorry. I can see the transaction. I'll reverse the fee as a courtesy.
C: Okay. Thanks for that, I guess.
A: You might also benefit from our Rewards credit card. No annual fee the first year, then $95.
C: Let me think about it.
A: Of course. I'll send the details.
C: Sure.
A: Anything else today?
C: No. I still think the fee was a ripoff, reversed or not.
""",
False, 0.0, "negative", "Fee reversed (not a purchase); card deferred; ends still resentful -> negative."),

("FR34_039", "Aisha Bello", "2026-11-13T16:36:09", "asr",
"""A: harbor view inn aisha speaking
C: hi i have a reservation already under moreno for next weekend
A: yes i see it three guests checking in friday
C: right i wanted to add late checkout on sunday
A: sure late checkout until two is thirty five dollars
C: okay do that and do you have a shuttle from the airport
A: yes it's eighteen per person each way
C: just one way coming in for the three of us
A: okay late checkout and the shuttle for three on friday
C: yep that's correct
A: all added to your reservation
C: okay thanks
""",
True, 89.0, "neutral", "Add-ons to earlier reservation: late checkout $35 + shuttle $18 per person x3 = 54 -> 89 (decision: add-ons to earlier purchase count); neutral."),

("FR34_040", "Kevin Tran", "2026-11-13T09:41:33", "clean",
"""A: GreenEdge Lawn, Kevin speaking.
C: I want to book the fall aeration. And please, send a better crew than last year, they missed half the yard.
A: I'm sorry about that. Aeration is $140. I can do Wednesday the 18th.
C: Wednesday. Fine. Book it.
A: Booked. Would you like overseeding too? It's $85.
C: I'll add the overseeding if you can do it the same day.
A: Unfortunately overseeding has to be a separate visit about a week later.
C: Then skip it. I'm not taking two days off for you people.
A: Understood, just the aeration on the 18th.
C: Let's hope you do better this time.
""",
True, 0.0, "negative", "Aeration booked; overseeding conditional on same day, condition not met -> 0; negative."),
]
