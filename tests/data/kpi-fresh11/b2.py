CALLS = [
("FR11_021", "Fatima Haddad", "2026-11-11T08:22:19", "clean",
"""A: Brightfold Commercial Linen, Fatima speaking.
C: Hi, I run a 40-seat bistro on Elm Street. Our current linen guy is retiring, so I need a new service.
A: Our weekly restaurant package is $180 a week: tablecloths, napkins, kitchen towels, picked up and dropped off Mondays.
C: That's about what I pay now. Okay, sign me up starting the 23rd.
A: Done. Do you want aprons in the rotation too? It's $2 per apron per week.
C: How many do you think we'd need?
A: For your size, usually 30 a week.
C: Fine, put in the 30 aprons.
A: So 30 aprons weekly on top of the package. I'll send the contract today.
C: Okay, thanks.""",
True, 60.00, "neutral", "linen package main; 30 aprons x $2/week = 60, recurring counted once"),

("FR11_022", "Jonah Whitaker", "2026-11-11T10:09:33", "asr",
"""A: clearsound hearing center this is jonah
C: hello dear um i think i need my hearing checked my grandson says the tv is too loud
A: we can do that the hearing test is free would wednesday at ten work
C: wednesday at ten yes please book that
A: okay youre all set for wednesday at ten we also have batteries on special if you have older aids
C: no no i dont have any aids yet thats what im finding out
A: of course
C: youve been so patient with me thank you dear most places just rush me off the phone""",
True, 0.0, "positive", "free appointment booked = conversion; batteries declined; warm praise"),

("FR11_023", "Ines Carvalho", "2026-11-11T13:30:46", "clean",
"""A: Willow Run Stables, Ines speaking.
C: Hi, this is Marta, I board Juniper with you. I just got the letter about January.
A: Yes, the board is going from $650 to $790 a month.
C: $140 more a month. With two weeks' notice.
A: I know it's a big jump. Hay costs went up a lot this year.
C: I understand hay costs. I don't understand finding out in a form letter after six years.
A: I can ask the manager if there's anything she can do.
C: Don't bother. I've already spoken to Cedar Hill. I'll have her moved by the 31st.""",
False, 0.0, "negative", "price complaint, customer leaving; implicit anger"),

("FR11_024", "Kwame Boateng", "2026-11-12T09:48:01", "asr",
"""A: iron lotus tattoo this is kwame
C: hey uh i talked to maya about a forearm piece she said to call and book
A: yeah she has the fifth at one open its a four hour session and we take a hundred dollar deposit
C: the fifth at one is perfect lock it in
A: done deposit link is in your texts do you want our aftercare kit its twenty five bucks balm and wrap film
C: oh yeah add that my last one healed kinda patchy
A: got it kit added
C: sick im so stoked maya's work is unreal""",
True, 25.00, "positive", "session booked; deposit is not an add-on; aftercare kit $25 accepted"),

("FR11_025", "Sunniva Berg", "2026-11-12T12:15:27", "clean",
"""A: Skerry Car Hire, Sunniva speaking.
C: Hi, I need a compact car from Bergen airport, Thursday the 3rd to Monday the 7th, so four days.
A: A compact is $46 a day. Would you like that reserved?
C: Yes, reserve it.
A: Done. Extras: GPS is $12 a day, a child seat is $9 a day, and full damage cover is $25 a day.
C: The seat and the GPS, for all four days. We'll rely on my credit card for cover.
A: So GPS and child seat for four days each.
C: Correct.
A: You'll get the confirmation by email.
C: Okay, thank you.""",
True, 84.00, "neutral", "car reserved; GPS $12 + seat $9 per day x 4 days = 84; cover declined"),

("FR11_026", "Arturo Medina", "2026-11-12T15:37:50", "asr",
"""A: homeshield warranty renewals arturo speaking
C: hi yeah i got the renewal notice um i want to keep it going
A: great so renewing the standard plan is five forty for the year
C: yeah renew it
A: done and now that youve got the pool do you want to add pool and spa coverage thats one twenty a year
C: the pool one uh what does it cover the pump
A: pump heater and filter
C: yes the pool one too that pump is older than my kids
A: okay pool coverage added
C: alright thanks""",
True, 120.00, "neutral", "renewal = conversion; pool coverage $120 accepted after question"),

("FR11_027", "Hana Sato", "2026-11-13T10:44:12", "clean",
"""A: Harbourlight Theatre box office, Hana speaking.
C: Hi, two tickets for Les Mis, please, the Saturday matinee.
A: Let me read that back: two stalls tickets for Friday the 20th at 7:30 p.m., $118 total?
C: No, that's wrong. I said Saturday. The matinee. I've been on hold twenty minutes for this.
A: I'm sorry. Two stalls tickets, Saturday the 21st at 2 p.m., $118 total?
C: Yes, that's correct.
A: They're booked, confirmation is on its way.
C: Perfect, thank you. That's a relief, it's my mum's 80th.""",
True, 0.0, "positive", "wrong read-back corrected, second read-back confirmed; annoyed start, relieved end"),

("FR11_028", "Gideon Pruitt", "2026-11-13T13:02:39", "asr",
"""A: valley medical billing gideon speaking
C: yeah i got a bill for eleven hundred dollars for an ambulance ride that my insurance already paid
A: let me look um the claim shows as denied for out of network
C: i didnt pick the ambulance i was unconscious
A: i understand i can send it for review it takes about sixty days
C: sixty days and meanwhile you send me to collections
A: we put a hold on it during review
C: this is ridiculous im done talking to you people im going to the state insurance board""",
False, 0.0, "negative", "billing dispute; amounts are not purchases; angry ending"),

("FR11_029", "Leila Moradi", "2026-11-13T16:11:05", "clean",
"""A: Loom & Ledger Coworking, Leila speaking.
C: Hi, I'm looking for a dedicated desk from January. Can I see the space first?
A: Of course. I can do a tour Tuesday at 11 or Wednesday at 4.
C: Tuesday at 11, please book me in.
A: You're booked. Ask for me at the front desk.
C: Okay. Is there parking?
A: Street parking, and a garage on Fifth.
C: Okay, see you Tuesday.""",
True, 0.0, "neutral", "tour appointment booked = conversion; neutral"),

("FR11_030", "Priya Natarajan", "2026-11-16T09:26:18", "asr",
"""A: sootbusters chimney priya speaking
C: hi um i need the chimney swept before we start using the fireplace
A: sure a sweep is one fifty and we can also install a stainless cap while were up there for two sixty
C: two sixty for a cap
C: uh id get the cap if it were like half that
A: i cant go lower on that one im afraid
C: okay just the sweep then can you do the nineteenth
A: yes the nineteenth in the morning youre booked
C: alright""",
True, 0.0, "neutral", "sweep booked; cap only conditional, not accepted -> 0"),

("FR11_031", "Rafael Ibarra", "2026-11-16T11:49:44", "clean",
"""A: Alder & Pine Woodworks, Rafael speaking.
C: Hi, I came in on Saturday and fell in love with the walnut trestle table.
A: The eight-footer? That's $2,100.
C: That one. I'll take it.
A: Wonderful. We make matching chairs for it, $185 each.
C: I need four. Four of the chairs, please.
A: Four chairs. Delivery will be about six weeks, we build to order.
C: That's fine. Your workshop is gorgeous, by the way. I could have stayed all day.
A: Thank you, I'll tell the guys.
C: Really, thank you, I'm thrilled.""",
True, 740.00, "positive", "table main; 4 chairs x $185 = 740"),

("FR11_032", "Delphine Okafor", "2026-11-16T14:03:27", "asr",
"""A: starview satellite retention delphine speaking
C: yeah im cancelling i already told the last two people
A: i see that um before you go i can offer you three months at half price
C: no
A: and i could add the sports pack free for
C: no youve had three chances to fix the signal and it still cuts out every time it rains
A: i understand ill process the cancellation
C: good and dont send me any more offers""",
False, 0.0, "negative", "cancellation, save offer refused; angry"),

("FR11_033", "Mei Lin Chu", "2026-11-17T10:30:52", "clean",
"""A: Fernhill Veterinary, Mei Lin speaking.
C: Hi, Dr. Ames said Pepper needs a dental cleaning. How much is that?
A: It's about $480 including anaesthesia. We have the 2nd at 8 a.m.
C: Okay, book her in for the 2nd.
A: Booked, she'll need to fast the night before.
C: Actually, cancel that. I'd rather wait until after the holidays, money's tight this month.
A: Understood, I've removed it. Call us in January.
C: Will do, thanks.""",
False, 0.0, "neutral", "booking retracted in the same call -> not a conversion"),

("FR11_034", "Oskar Lindqvist", "2026-11-17T13:18:08", "asr",
"""A: loon lake lodge oskar speaking
C: hey we want to come up for three nights end of may me and my dad
A: sure a lakeside cabin is two twenty a night
C: okay lets do the twenty eighth through the thirty first
A: youre booked do you want a guide the boat and guide is ninety a day per person
C: uh how many days would you say
A: two days gets you the best of the walleye
C: okay two days with the guide for both of us
A: perfect so two guided days for two
C: awesome my dad is gonna be so happy this is his bucket list trip""",
True, 360.00, "positive", "cabin main; guide $90/day/person x 2 days x 2 people = 360"),

("FR11_035", "Fatima Haddad", "2026-11-17T15:55:31", "clean",
"""A: Slumberline customer care, Fatima speaking.
C: You delivered a firm mattress. I ordered the plush. Order 55120.
A: I'm sorry about that. I can schedule a swap, the next available day is Saturday the 28th.
C: Great. So another Saturday sitting at home waiting for a truck. That's how I love spending my weekends.
A: I understand. Alternatively we can refund the $899.
C: Refund it. I'll buy somewhere that can read an order form.
A: The refund will post in five to seven business days.
C: Fine.""",
False, 0.0, "negative", "refund, no purchase; sarcasm"),

("FR11_036", "Jonah Whitaker", "2026-11-18T09:40:14", "asr",
"""A: stitch and veil alterations jonah speaking
C: hi so i got my dress and it needs hemming and um taking in at the waist
A: okay we can do a fitting on the ninth at two
C: yes book me for the ninth
A: done do you want us to add a bustle thats forty five and we also do steaming before the day for thirty
C: the bustle yes definitely steaming no my mom has a steamer
A: okay bustle added
C: yay okay thank you so much i was so stressed about finding someone""",
True, 45.00, "positive", "fitting booked; bustle $45 accepted, steaming $30 refused"),

("FR11_037", "Ines Carvalho", "2026-11-18T12:07:58", "clean",
"""A: Quillstack support, Ines speaking.
C: We've outgrown Basic. What does Pro cost?
A: Pro is $49 a month and includes five seats.
C: Okay, upgrade us to Pro.
A: Done. You have eight people on the account though, so three would be left out. Extra seats are $8 a month each.
C: Yes, add three seats.
A: Three extra seats added, effective today.
C: Okay, thanks.""",
True, 24.00, "neutral", "plan change = conversion and main purchase; 3 seats x $8 = 24 add-on"),

("FR11_038", "Kwame Boateng", "2026-11-18T14:50:36", "asr",
"""A: island link ferries this is kwame
C: hi uh do you have the december schedule out yet i need to bring my truck over on the twentieth
A: not yet it usually posts next week would you like me to call you back when it does
C: yes call me back tomorrow or whenever its up
A: sure is this the best number
C: yep this number
A: okay talk soon
C: thanks bye""",
False, 0.0, "neutral", "yes to callback, not a purchase"),

("FR11_039", "Sunniva Berg", "2026-11-19T10:03:21", "clean",
"""A: Fjordside Paddle Tours, Sunniva speaking.
C: Hi, two of us want the sunset kayak tour on Friday.
A: That's $65 per person. Shall I book you both?
C: Yes, please.
A: Booked. We offer a photo package, $30, and waterproof dry bags, $12 each.
C: We'll skip the photos. Dry bags, yes, two.
A: Two dry bags, you'll collect them at the dock.
C: Lovely. We did your glacier walk last year, it was the highlight of our trip.""",
True, 24.00, "positive", "tour booked; 2 dry bags x $12 = 24; photos declined"),

("FR11_040", "Arturo Medina", "2026-11-19T13:26:47", "asr",
"""A: prairie gas propane arturo speaking
C: yeah hi my tank is at like five percent and my delivery was supposed to be monday its thursday and its freezing
A: im sorry let me look um your delivery got dropped from the route by mistake
C: are you kidding me i have a baby in the house
A: ive put you as the first stop today the driver will be there before noon
C: today before noon
A: yes hes loading now
C: oh okay okay thats a relief thank you so much youve been really helpful""",
False, 0.0, "positive", "existing delivery re-routed, no new purchase; angry start, grateful end"),
]
