CALLS = [
("FR31_061", "Lucia Ferraro", "2026-11-25T09:08:14", "clean", """A: Brightline Mobile upgrades, Lucia speaking.
C: Hi, I'm eligible for an upgrade and I want the Nova 9.
A: The Nova 9 with 128GB is $799, or $0 down with your upgrade credit over 24 months. Shall I order it?
C: Yes, order it. Is there a bigger storage one?
A: The 256GB is $100 more.
C: I take way too many photos. Yes, make it the 256.
A: Done. Want a case? The rugged one is $49.
C: No, I already bought one online.
A: Your Nova 9 256GB ships today.
C: Great, thanks so much, I've been waiting for this all year!""", True, 100.00, "positive", "phone upgrade main; storage upgrade +$100; case declined; 128/256/24 not prices"),

("FR31_062", "Owen Brady", "2026-11-25T13:30:50", "asr", """A: pawsure pet insurance owen speaking
C: hi i want to get insurance for my new puppy she's a lab twelve weeks old
A: congrats the accident and illness plan for her is thirty two a month shall i enroll her
C: yes enroll her
A: done there's also a wellness rider for routine vet visits and shots it's eighteen a month
C: um what would that cover exactly
A: checkups vaccines and flea prevention up to two fifty a year
C: okay yeah add the wellness one
A: added
C: okay thank you""", True, 18.00, "neutral", "policy enrolment main; wellness rider $18/mo accepted after question; 250 cap not a price"),

("FR31_063", "Nadia Haddad", "2026-11-25T17:15:03", "asr", """A: seaside lodge nadia speaking
C: hi we'd love two nights the fifth and sixth of december in an ocean room
A: i have an ocean king at two ten a night want me to book it
C: yes please book it
A: parking is twenty a night so forty for your stay do you need it
C: yes we're driving
A: and late checkout at two p m is twenty five
C: ooh yes we never want to leave that place
A: booked ocean king parking and late checkout
C: wonderful we had the best time there last year can't wait""", True, 65.00, "positive", "room booked; parking total $40 + late checkout $25 = 65"),

("FR31_064", "Caleb Ford", "2026-11-09T19:02:38", "clean", """A: The Copper Table, Caleb speaking.
C: Hi! I'd like a table for 4 on Thanksgiving, around 5 pm.
A: We have 5:15. It's our prix fixe that day, $75 per person. Shall I reserve it?
C: 5:15 is perfect, yes.
A: Would anyone like the wine pairing? It's $35 per person.
C: Just two of us drink, so two pairings.
A: Reserved: 4 guests at 5:15 on Thanksgiving, with 2 wine pairings.
C: Lovely. We came last year and the food was incredible.""", True, 70.00, "positive", "reservation; 2 x $35 pairings = 70; prix fixe is main"),

("FR31_065", "Priya Nair", "2026-11-26T10:40:27", "asr", """A: taskhive retention team priya speaking
C: yeah hi i need to cancel our team account
A: sorry to hear that can i offer you three months at half price
C: no thanks we've already moved everything over to clickdesk
A: is there anything we could have done better
C: honestly clickdesk is just faster and their support actually answers
A: i understand i've cancelled it effective today
C: okay""", False, 0.0, "negative", "save offer declined; praises competitor, criticises support"),

("FR31_066", "Marcus Bell", "2026-11-26T14:22:16", "clean", """A: Ridgeway Auto Service, Marcus speaking.
C: My brakes are squealing. I'll book it if you can fit me in before Friday, I'm driving to my sister's.
A: I can do Thursday at 9 am.
C: Great, book it.
A: Booked. The brake inspection is free, and pads are $180 if needed. Your cabin air filter is also overdue; it's $45.
C: Sure, do the filter too.
A: Done, Thursday at 9.
C: Okay.""", True, 45.00, "neutral", "conditional met, booking; filter $45 accepted; pads only possible, not accepted"),

("FR31_067", "Elena Rossi", "2026-11-27T09:51:44", "clean", """A: DevSummit registration, Elena speaking.
C: Hi, I want to register for the March conference. Is early bird still on?
A: Early bird ended yesterday, I'm afraid. Regular pass is $599.
C: Ugh. Okay, register me anyway.
A: Done. There's a pre-conference Kubernetes workshop for $149.
C: No, just the conference pass.
A: You're registered. Badge info by email.
C: Okay, thanks.""", True, 0.0, "neutral", "registration committed; workshop declined"),

("FR31_068", "Tomas Ortega", "2026-11-27T12:03:09", "asr", """A: brightsmile dental tomas speaking
C: hi i need to cancel my cleaning on tuesday
A: sure is that the ten a m with doctor shah
C: yes that's the one
A: would you like to reschedule
C: not right now i'll call when my work schedule settles
A: okay it's cancelled
C: thanks bye""", False, 0.0, "neutral", "cancellation, no rebooking; routine politeness"),

("FR31_069", "Hannah Kim", "2026-11-27T16:28:55", "clean", """A: Wheelhouse Bikes, Hannah speaking.
C: Hi, I'm buying my son the Scout 20 for his birthday. The blue one, $220.
A: Great bike. I can hold it for pickup Saturday. Shall I put it on your card?
C: Yes, please.
A: Helmets are $30 each. Would you like two, one for his sister?
C: Just one. She already has hers.
A: One helmet added. See you Saturday.
C: Thank you! He's going to be so happy.""", True, 30.00, "positive", "bike main; one helmet $30 (not two); '20' is model size"),

("FR31_070", "Derek Olsen", "2026-11-30T08:44:31", "asr", """A: summit roofing derek speaking
C: hi after the storm i think i lost some shingles
A: we do free storm inspections i can have an inspector call you to set a time
C: yes call me back tomorrow morning
A: is this number good four one two five five five oh one eight eight
C: yes that's my number
A: great he'll call before ten
C: okay thanks""", False, 0.0, "neutral", "free inspection, only callback agreed; phone number not price"),

("FR31_071", "Aisha Bello", "2026-11-30T11:17:04", "clean", """A: Skyreach baggage services, Aisha speaking.
C: My bag didn't arrive in Seattle. That was four days ago. File number SEA-20931.
A: I see it. It's been located in Dallas and should arrive tomorrow.
C: You said tomorrow yesterday. I've spent $240 on clothes.
A: You can submit receipts for reimbursement up to $50 a day.
C: Fifty a day. Right. I'm flying with someone else next time.
A: I'm sorry for the trouble.
C: Just get me my bag.""", False, 0.0, "negative", "lost luggage complaint; reimbursement not a purchase"),

("FR31_072", "Ravi Menon", "2026-11-30T15:45:19", "asr", """A: vistastream ravi speaking
C: hi what does the premium plan cost compared to mine
A: you're on standard at fifteen ninety nine premium is twenty two ninety nine
C: does premium do four k on all the tvs
A: it does four k on two screens at once
C: i'd upgrade if it did all four screens but two isn't enough for my kids
A: i understand
C: okay i'll stay where i am then""", False, 0.0, "neutral", "price questions, unmet conditional; counts of screens not prices"),

("FR31_073", "Sofia Lind", "2026-11-12T12:36:42", "clean", """A: Northgrid Energy, Sofia speaking.
C: Hi, I'm moving to 77 Birch Lane on the 1st and need to start service there.
A: Sure. I can set up service starting December 1st on the standard rate. Shall I go ahead?
C: Yes, go ahead.
A: Done. We also sell the Ecotherm smart thermostat: $129, or $5 a month for 24 months on your bill.
C: The $5 a month option, please.
A: Added. It ships to the new address.
C: Okay, thanks.""", True, 5.00, "neutral", "service start = sign-up; thermostat chosen as $5/mo option, counted once"),

("FR31_074", "Grant Walker", "2026-11-17T10:10:10", "clean", """A: Cedar Bank mortgages, Grant speaking.
C: Hi, my partner and I want to get pre-approved. We're looking at houses around $450,000.
A: I can book you both with a loan officer. I have Tuesday at 4 pm at the Elm Street branch.
C: Tuesday at 4... let me check my calendar. Does it take long?
A: About an hour.
C: Yes, I'll book that appointment.
A: You're booked for Tuesday at 4. Bring two recent pay stubs each.
C: Perfect. That was so easy, thank you. We're really excited.""", True, 0.0, "positive", "appointment booked; house price not upsell"),

("FR31_075", "Mei Chen", "2026-11-18T09:25:36", "asr", """A: party pantry mei speaking
C: hi i'm picking up the order for the retirement party but i want it delivered now
A: we can deliver there's a fifteen dollar delivery fee
C: why is there a delivery fee i've ordered from you like ten times
A: i'm sorry it's a flat fee we can't waive
C: fine deliver it
A: would you like a balloon bouquet added it's twenty
C: yeah add the balloons
C: but i'm not happy about that fee at all""", True, 20.00, "negative", "delivery agreed; fee excluded; balloons $20; negative"),

("FR31_076", "Jonah Price", "2026-11-19T13:13:52", "clean", """A: Voltcity Electronics, Jonah speaking.
C: Do you price match? Vantage has the Lumina 55 for $849 and you have it at $899.
A: I'm sorry, that model is excluded from price matching.
C: Of course it is. Fine, I'll order it at $899.
A: Done. Wall mounting is normally $199, but I can do it for $149 today.
C: Okay, $149, do the mounting.
A: Would you like a 4K HDMI cable for $30?
C: No.
A: You're all set for delivery on the 24th.
C: I'm not thrilled, honestly. Next time I'll just go to Vantage.""", True, 149.00, "negative", "TV main; mounting revised to $149 accepted; cable declined; negative, competitor"),

("FR31_077", "Lucia Ferraro", "2026-11-20T18:40:05", "asr", """A: peak fitness lucia speaking
C: hi i want to join and i'll take the annual membership the three ninety nine one
A: great i can also add towel service for ten a month
C: sure add towels
A: okay just so you know the annual can't be cancelled early
C: wait it can't be cancelled at all
A: not before the twelve months
C: actually cancel that the whole thing i'm not locking in for a year
C: these contracts are such a scam
A: understood nothing's been charged""", False, 0.0, "negative", "commitment and towels retracted; whole signup cancelled; negative"),

("FR31_078", "Owen Brady", "2026-11-23T11:56:23", "clean", """A: Old Town Walking Tours, Owen speaking.
C: Hi, two spots on Saturday's 10 am history tour, please.
A: That's $28 each, $56 total. Saturday at 10, 2 people. Correct?
C: Yes, that's correct.
A: Booked. We also offer a private guide upgrade for $60 per person, smaller group and it goes inside the cathedral.
C: Oh, inside the cathedral? Yes, upgrade both of us.
A: Done, two private guide upgrades.
C: That's fantastic, we've wanted to see that for years.""", True, 120.00, "positive", "tour booked; upgrade 2 x $60 = 120"),

("FR31_079", "Nadia Haddad", "2026-11-24T08:20:47", "asr", """A: connectnet billing nadia speaking
C: hi i've been charged for a modem rental for two years and i own my modem
A: let me check um yes there's a rental charge of eleven a month on the account
C: right so roughly two hundred and sixty bucks for nothing
A: i can refund the last three months
C: three months wow how generous
A: that's the maximum i can do
C: great so you keep the rest love that for me""", False, 0.0, "negative", "billing complaint; partial refund; sarcastic"),

("FR31_080", "Caleb Ford", "2026-11-26T20:31:14", "clean", """A: Golden Wok, Caleb speaking.
C: Hi, takeout: kung pao chicken, beef lo mein and two spring rolls.
A: Got it. Want to add mango pudding? $4 each.
C: Yes, two of those.
A: So that's kung pao, lo mein, two spring rolls and two mango puddings. Let me put it in... I'm sorry, the kitchen just closed the online queue, we can't take any more orders tonight.
C: You're kidding. I waited on hold for 20 minutes.
A: I'm really sorry.
C: Unbelievable. Forget it.""", False, 0.0, "negative", "order could not be fulfilled, nothing bought; puddings void"),
]
