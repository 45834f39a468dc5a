CALLS = [
("FR40_061", "Nora Lindqvist", "2026-11-18T19:21:40", "asr",
"""A: slice house this is nora pick up or delivery
C: pick up please under the name raj
A: okay what would you like
C: one large cheese pizza
A: large cheese is sixteen ninety nine any toppings they're a dollar fifty each
C: um yeah mushrooms olives and jalapenos so three
A: three toppings okay that's mushrooms olives jalapenos ready in twenty minutes
C: perfect
A: see you soon raj
C: awesome thanks you guys always nail it""",
True, 4.5, "positive", "Pizza ordered; 3 toppings x $1.50 = 4.50; positive."),

("FR40_062", "Rafael Souza", "2026-11-19T10:30:16", "clean",
"""A: Streamline TV, retention, Rafael speaking.
C: I want to cancel. Your technician missed two appointments and my box still freezes.
A: I'm sorry. I can replace the box for free and give you $20 off for 12 months, bringing you to $64.
C: And the box will actually get delivered?
A: It ships today, arriving Thursday.
C: Okay. I'll stay on the $64 plan. For now.
A: Thank you. I can also add the premium movie channels for $12 a month.
C: $12 more? No. Absolutely not.
A: Understood. Just the discounted plan and the new box.
C: Fine. I'm staying, but honestly I'm still not happy with how I've been treated.""",
True, 0.0, "negative", "Retention offer accepted (conversion); $20 discount not upsell; premium channels declined after price; still unhappy."),

("FR40_063", "Grace Kim", "2026-11-20T08:50:02", "clean",
"""A: Island Trails Tours, this is Grace.
C: Hi, we'd like to book the volcano day tour on the 24th for our family of four.
A: That's $95 per adult and $60 per child.
C: Two adults, two kids, ages 9 and 12.
A: $310 total. Shall I book it?
C: Yes, let's do it.
A: Booked. Lunch at the crater lodge is $22 per person. Want it for everyone?
C: Yes, for all four of us. The kids will be starving.
A: Lunch for four added. Pickup is at 7:15 from the Kona Sands lobby.
C: This is going to be the highlight of the trip. Thank you so much!""",
True, 88.0, "positive", "Tour booked; lunch $22/person x 4 = 88; excited."),

("FR40_064", "Owen Hughes", "2026-11-21T13:39:57", "asr",
"""A: homefix services this is owen
C: yeah your technician was supposed to come between eight and twelve today for my dishwasher
A: let me check that for you
C: it's one thirty i took the whole day off work
A: i'm sorry i see he was reassigned to an emergency
C: and nobody thought to call me
A: i can rebook you for monday morning first slot
C: no i'll find someone else honestly
A: i understand i'll note the complaint
C: yeah do that worst service i've had in years""",
False, 0.0, "negative", "No-show complaint; rebooking refused; angry."),

("FR40_065", "Maya Chen", "2026-11-22T11:24:35", "clean",
"""A: Hi, Maya from LedgerLeaf here, following up on the demo you watched Tuesday.
C: Oh right, hi.
A: What did you think of the invoicing features?
C: It looked solid. The bank sync is what we need.
A: For a team of 5, the Growth plan is $45 a month. I can start you today with a 14-day trial.
C: Sounds good, I'll think about it and talk to my accountant.
A: Sure. When would be a good time to follow up?
C: Next Wednesday, after 2.
A: I'll call you then.
C: Okay, thanks.""",
False, 0.0, "neutral", "Interest only ('I'll think about it'); follow-up call is not a purchase; neutral."),

("FR40_066", "Tom Okafor", "2026-11-23T15:44:20", "asr",
"""A: oak and iron furniture this is tom
C: hi i'm calling about the farmhouse dining table the seven foot one
A: yes that's eleven hundred in natural or walnut
C: walnut please i'll take it
A: great we also have the matching chairs two hundred for the set of four
C: for the set of four not each
A: not each the whole set of four
C: oh okay yeah add the chairs then
A: done the table and four chairs delivery is the second of december
C: okay that works""",
True, 200.0, "neutral", "Table bought; chair set $200 for four (set price, not x4) accepted; neutral."),

("FR40_067", "Priya Nair", "2026-11-24T09:03:48", "clean",
"""A: Roadway Rentals, Priya speaking.
C: I need an SUV in Denver, December 10th to 15th.
A: Five days, the standard SUV is $72 a day. Shall I reserve it?
C: Yes, reserve it.
A: Reserved. I'd strongly recommend our full coverage, $18 a day.
C: My credit card covers rentals.
A: It often excludes SUVs and mountain roads, though.
C: Fine. Add it, but this is the last thing. That's $90, right?
A: Yes, $90 for the five days. I also have a ski rack for $15 a day-
C: No. Stop. This was way more painful than it needed to be.""",
True, 90.0, "negative", "Rental reserved; coverage $18/day x 5 = 90 accepted; ski rack refused; annoyed."),

("FR40_068", "Luis Ortega", "2026-11-25T18:12:33", "asr",
"""A: first plains bank card services this is luis
C: hi i think i lost my debit card i can't find it anywhere
A: okay i can freeze it and send a new one can you confirm your date of birth
C: march third nineteen eighty eight
A: thank you i see the card ending six six one two is that the one
C: yeah that's the one
A: it's frozen now and a new card will arrive in five to seven days no charge
C: okay and my automatic payments
A: you'll need to update them with the new number
C: okay right thanks bye""",
False, 0.0, "neutral", "Free replacement card, not a purchase; routine politeness."),

("FR40_069", "Hannah Weiss", "2026-11-26T14:27:08", "clean",
"""A: Serenity Day Spa, Hannah speaking.
C: Hi! I'd like to book the couples massage for me and my husband on Saturday.
A: The 60-minute couples massage is $220. I have 2 pm or 4 pm.
C: 4 pm please, book it.
A: Done. We can add aromatherapy oils for $15 per person.
C: Ooh, yes, for both of us.
A: Added for two. Arrive 15 minutes early for the robes and tea.
C: This is his birthday surprise, I'm so excited. Thank you!""",
True, 30.0, "positive", "Spa booking; aromatherapy $15/person x 2 = 30; excited."),

("FR40_070", "Derek Mills", "2026-11-27T17:05:51", "asr",
"""A: hi this is derek from evergreen power how are you today
C: uh who is this
A: we're offering customers a smart thermostat for zero down just nine dollars a month
C: no thanks
A: it could save you up to fifteen percent on heating
C: i said no thanks
A: can i ask what you use now
C: this is like the fourth time you've called this week
A: i'm sorry i'll note that
C: just stop calling me seriously it's really annoying""",
False, 0.0, "negative", "Outbound offer refused; annoyed."),

("FR40_071", "Sofia Russo", "2026-11-27T10:10:10", "clean",
"""A: Voltmart Electronics, Sofia speaking.
C: Hi, I want to order the Canon Pixma TS6420 printer, the white one.
A: That's $129.99. Shall I place the order?
C: Yes, please.
A: Done. The XL ink bundle is normally $60, but with a printer it's $45 today.
C: $45 for the XL bundle? Okay, yes.
A: Added. Anything else? USB cable?
C: No, it's wireless, right?
A: It is.
C: Then that's everything. Thank you.""",
True, 45.0, "neutral", "Printer ordered; ink bundle $60 revised to $45 accepted; neutral."),

("FR40_072", "Kwame Mensah", "2026-11-28T12:32:45", "asr",
"""A: bounce zone parties this is kwame
C: hi i want to book a birthday party for my son on december twelfth
A: okay the party package is two ninety nine for up to twelve kids
C: we'll have about twelve kids yeah let's book it
A: booked for the twelfth at two p m we also do party bags for five dollars each
C: oh yeah do bags for all twelve of them
A: so twelve party bags added
C: he's going to lose his mind he's been asking for this all year
A: we'll make it special
C: thank you you've been amazing""",
True, 60.0, "positive", "Party booked; 12 party bags x $5 = 60; delighted."),

("FR40_073", "Elena Petrova", "2026-11-29T15:49:23", "clean",
"""A: Lifespan Insurance, Elena speaking.
C: I want to cancel my renters policy, number RP-449201.
A: I'm sorry to hear that. May I ask why?
C: My claim for the stolen bike took four months and you paid half of what it was worth.
A: I understand. I can offer a 15% loyalty discount if you stay.
C: No. I'm done.
A: Okay, it's cancelled as of today. Any unused premium will be refunded, about $38.
C: Fine.
A: Is there anything else?
C: No. I'll be telling everyone I know to avoid you.""",
False, 0.0, "negative", "Cancellation, retention declined, refund is not a sale; hostile."),

("FR40_074", "Jason Park", "2026-11-29T08:15:30", "clean",
"""A: Voltage Electric, Jason speaking.
C: Hi, half the outlets in my living room stopped working. Can someone come out?
A: Sure. The service call is $110. I have Tuesday at 9 or Thursday at 1.
C: Hmm. I need to check my work schedule first.
A: No problem. While he's there we can also install a whole-home surge protector for $110.
C: Let me think about that part.
A: Sure thing. Want me to pencil in Tuesday?
C: No, don't book anything yet. I'll call you back this afternoon.
A: Sounds good, the number is 555-0192.
C: Got it, thanks.""",
False, 0.0, "neutral", "Deferred booking and surge protector unanswered; no commitment; neutral."),

("FR40_075", "Aisha Rahman", "2026-11-30T16:38:06", "asr",
"""A: brightwave mobile this is aisha
C: yeah i want to upgrade to the iphone eighteen i already waited an hour in the store yesterday and gave up
A: sorry about that i can do it now the upgrade is forty one a month
C: fine put it through
A: done we also have two accessories on offer the earbuds for seventy nine or the fast charger for twenty nine
C: just the charger not the earbuds
A: okay charger added
C: and it's not going to take a week to get here right
A: it should arrive friday
C: should great very reassuring your store wait was a joke by the way""",
True, 29.0, "negative", "Upgrade ordered; picked charger $29, refused earbuds; sarcastic and annoyed."),

("FR40_076", "Ben Carter", "2026-11-30T20:02:19", "clean",
"""A: Golden Wok, Ben speaking.
C: Hi, we just got our delivery and it's the wrong order. We got someone else's food entirely.
A: Oh no, I'm so sorry. What was the order number?
C: 3318. We ordered kung pao chicken and fried rice.
A: I see it. I'll refund the full $38.40 right now.
C: Okay, thank you.
A: And your next order, dessert is on us.
C: Oh, that's really decent of you. We'll definitely order again.
A: Thanks for being so understanding.
C: Thanks, really, you handled that well.""",
False, 0.0, "positive", "Complaint resolved with refund, no purchase; ends warmly."),

("FR40_077", "Nora Lindqvist", "2026-11-26T11:06:44", "asr",
"""A: coral bay resort this is nora
C: hi we're staying with you next month and i was wondering about the spa
A: sure we have a spa package for hotel guests massage and pool access
C: how much is that
A: it's one fifty per person for the day
C: hmm one fifty okay
A: would you like me to add it to your reservation
C: um i'll check with my husband first and call back
A: of course
C: okay thanks""",
False, 0.0, "neutral", "Price only asked about; deferred; no new purchase in the call; neutral."),

("FR40_078", "Rafael Souza", "2026-11-25T13:20:58", "clean",
"""A: Taskline sales, Rafael speaking.
C: Hi, we're a small studio, 8 people, and we want to move to the Business plan.
A: Business is $15 per user per month, so $120 a month for 8. Shall I upgrade you?
C: Yes, let's proceed.
A: Done. Would you like Premium Support, one-hour response time, for $29 a month?
C: Yes, add Premium Support, we've been burned by slow tickets before.
A: Added. And we include a free onboarding session.
C: Free? Definitely, book that too.
A: Onboarding is set for Monday at 10. 
C: Fantastic, this is exactly what we were hoping for. Thanks!""",
True, 29.0, "positive", "Plan upgrade (main purchase); Premium Support $29/month accepted; free onboarding 0; happy."),

("FR40_079", "Grace Kim", "2026-11-24T18:45:12", "asr",
"""A: ironbloom fitness this is grace
C: i want to cancel my membership and i want to know why i was charged a cancellation fee
A: let me look there's a thirty day notice period so one more month is due
C: nobody told me that when i signed up
A: it's in the membership agreement section four
C: of course it is buried in the small print
A: i can process the cancellation now effective next month
C: yeah do it
A: done it's cancelled
C: good what a scam honestly""",
False, 0.0, "negative", "Cancellation processed, no purchase; angry."),

("FR40_080", "Owen Hughes", "2026-11-19T09:58:27", "asr",
"""A: two guys moving this is owen
C: hi i need movers on the twenty eighth from a two bedroom on fifth street to uh my new place in riverton
A: okay the two bedroom move is eight hundred and fifty with three movers
C: ugh okay book it i don't have a choice
A: booked we sell a packing materials kit boxes tape and paper for eighty five
C: yeah i need that
A: added and if you want we can do the packing for you the day before that's three hundred
C: no i'll pack myself
A: okay so the move and the materials kit
C: actually you know what i haven't packed a single box and i start my new job monday add the packing service
A: added the packing service for the twenty seventh
C: this move is stressing me out so much i just hate all of this""",
True, 385.0, "negative", "Move booked; kit $85 + packing service $300 accepted later after first refusing = 385; stressed/negative."),
]
