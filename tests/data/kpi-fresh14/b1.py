# FR14_001 - FR14_020, written by hand
CALLS = [
("FR14_001", "Priya Raman", "2026-11-02T09:14:22", "clean",
"""A: Good morning, Greenway Pharmacy, Priya speaking.
C: Hi, I'd like to refill my blood pressure prescription. The number on the bottle is 448-2071.
A: Let me pull that up. Yes, lisinopril, 30 tablets. It'll be $12.40 with your insurance. Would you like it ready for pickup this afternoon?
C: Yes please, after four if that works.
A: Done, it'll be ready after 4 pm. By the way, we have weekly pill organizers at the counter for $6.50 if you'd like me to put one with your order.
C: Oh, actually yes, mine just cracked. Add one of those.
A: Added. So that's $18.90 altogether when you come in.
C: Perfect. You folks are always so easy to deal with, thanks a lot.
A: Our pleasure, see you this afternoon.""",
True, 6.50, "positive", "refill ordered for pickup; pill organizer $6.50 accepted; customer praises the pharmacy"),

("FR14_002", "Tomasz Kowalczyk", "2026-11-02T10:41:05", "asr",
"""A: kowalski motors this is tomasz how can i help
C: hi yeah um my brakes have started making this grinding noise when i stop
C: like a metal scraping sound
A: okay that's usually the pads we'd want to get it on the lift and have a look
A: i've got thursday at nine or friday at two
C: uh thursday at nine works
A: thursday nine a m got you down and while it's in we can do an oil change too it's forty nine ninety five
C: nah just the brakes for now
A: no problem just the brake inspection then what's the reg
C: it's a silver corolla uh the plate is k l m four two two
A: perfect see you thursday
C: okay see you then""",
True, 0.0, "neutral", "books brake inspection Thursday 9am; oil change offer declined; routine tone"),

("FR14_003", "Amara Okafor", "2026-11-02T11:03:47", "clean",
"""A: Riverside Veterinary Clinic, this is Amara.
C: Hi, my kitten is about 9 weeks old and I wanted to know what the first vaccinations cost.
A: The first visit with the exam and the core vaccine is $85, and the booster 3 weeks later is $45.
C: And does that include the deworming?
A: Yes, deworming is included in the first visit.
C: Okay. I need to check with my partner before we book anything, we're still sorting out who's taking time off.
A: Of course. Would you like me to pencil something in?
C: No, that's fine, I'll call back once we know. Thanks.
A: Sounds good, bye for now.""",
False, 0.0, "neutral", "price enquiry; defers booking to talk with partner; polite but neutral"),

("FR14_004", "Daniel Whitfield", "2026-11-02T12:27:10", "asr",
"""A: hi you've reached peak fitness member services daniel speaking
C: yeah hi i want to cancel my membership
C: i've asked twice already at the front desk and i keep getting charged
A: i'm sorry about that let me look at your account um i can see the request from october
A: before i process it i could offer you three months at half price so nineteen fifty a month instead of thirty nine
C: no i just want it cancelled honestly
C: and i want to know why i was charged for november when i asked in october
A: i understand i'll flag the november charge for review and the cancellation is effective today
C: right well it shouldn't have taken three calls
A: i'm sorry for the hassle you'll get an email confirmation
C: fine""",
False, 0.0, "negative", "cancellation; half-price retention offer declined; annoyed about repeated charges"),

("FR14_005", "Mei-Lin Chou", "2026-11-03T18:12:33", "clean",
"""A: Starlight Cinemas box office, Mei-Lin speaking.
C: Hi, I'd like four tickets for the 7:30 showing of the new animated film tonight.
A: Let me check... I'm sorry, the 7:30 is completely sold out as of a few minutes ago.
C: Oh no. Is there a later one?
A: Tonight's 9:45 is the last show and it's also full. We have seats on Saturday at 2 pm.
C: Saturday doesn't work for us, the kids have a tournament.
A: I'm really sorry about that.
C: That's a shame, I promised them we'd go tonight. Never mind then.""",
False, 0.0, "negative", "wanted tickets but show sold out; no alternative booked; disappointed"),

("FR14_006", "Rafael Ortega", "2026-11-03T09:55:18", "asr",
"""A: petal and stem florist this is rafael
C: hi i'd like to send flowers to my mum it's her birthday on friday
A: lovely we have a seasonal bouquet at sixty five dollars or the large one at ninety
C: um the sixty five one is fine
A: okay and would you like it in a glass vase that's twelve dollars extra otherwise it comes wrapped
C: yeah do the vase she never has one big enough
A: great and a card is free what would you like it to say
C: just happy birthday mum love from jess
A: lovely delivery friday morning to the address you gave total seventy seven
C: that's perfect thank you she's going to love it""",
True, 12.00, "positive", "orders $65 bouquet; accepts $12 vase; warm close"),

("FR14_007", "Siobhan Gallagher", "2026-11-03T14:08:51", "clean",
"""A: Thank you for calling FibreLink, Siobhan speaking.
C: Hi. My internet has been down since Saturday and I work from home. This is the third day.
A: I'm sorry. I can see there's an outage in your area, engineers are working on a fault at the cabinet.
C: When will it be fixed?
A: The estimate is tomorrow by 6 pm. I've also applied a $20 credit to your next bill for the disruption.
C: Okay. I appreciate the credit but three days without internet really isn't acceptable when I'm paying for the top plan.
A: I completely understand, and I've added a note so you'll get a text when it's restored.
C: Fine. I'll wait for the text, I suppose.""",
False, 0.0, "negative", "outage complaint; $20 credit is not a purchase; customer still unhappy at end"),

("FR14_008", "Kenji Watanabe", "2026-11-04T10:20:40", "asr",
"""A: good morning swift move removals kenji speaking
C: hi um we got your quote by email for moving a two bedroom flat on the twentieth
A: yes that's the one for eight hundred and fifty
C: yeah we'd like to go ahead and book that date
A: great i'll need a deposit of two hundred to hold it
C: okay that's fine i can pay that now
A: lovely and would you want our packing service the day before that's three hundred fifty
C: hmm let me think about the packing we might just do it ourselves
A: no problem you can add it up to a week before
C: okay cool
A: right the deposit's gone through you're booked for the twentieth""",
True, 0.0, "neutral", "books the move and pays deposit (deposit not upsell); packing offer deferred"),

("FR14_009", "Fatima Haddad", "2026-11-04T16:44:02", "clean",
"""A: Card services, this is Fatima. How can I help?
C: Hi, I think I left my debit card at a restaurant last night. I can't find it anywhere.
A: I'm sorry to hear that. I can see no transactions since 9:12 pm yesterday. I'll block the card now and send a replacement.
C: Yes, please block it.
A: Done. The new card goes to the address ending 14 Elm Road, is that still correct?
C: Yes, that's right.
A: It should arrive in 3 to 5 working days, and your PIN stays the same.
C: That was really quick, thank you so much. I was panicking a bit.
A: You're welcome, take care.""",
False, 0.0, "positive", "lost card blocked and replaced free; yeses are to blocking and address, not a purchase; relieved and grateful"),

("FR14_010", "Lars Eriksson", "2026-11-05T12:02:29", "asr",
"""A: harbour view hotel reservations lars speaking
C: hi yeah i'm looking for a double room for the fourteenth and fifteenth so two nights
A: let me see yes we have a sea view double at one forty a night
C: okay that sounds nice
A: shall i reserve that for you
C: yes please go ahead
A: done and would you like breakfast it's eighteen per person per morning so seventy two for the two of you both mornings
C: um yeah go on add breakfast for both of us
A: perfect so that's two eighty for the room plus seventy two breakfast
C: lovely we're really looking forward to it
A: wonderful see you on the fourteenth""",
True, 72.00, "positive", "books 2 nights; breakfast 18 x 2 people x 2 mornings = $72 accepted; looking forward"),

("FR14_011", "Nadia Petrova", "2026-11-05T08:37:56", "clean",
"""A: Northwind Air reservations, Nadia speaking.
C: Hi, I want to book the one-way flight to Denver on the 22nd, the 10:05 morning one.
A: That's available at $189 in economy. Can I have the passenger name?
C: Michael Brandt, B-R-A-N-D-T.
A: Thank you. Would you like to add a checked bag? It's $35 if you add it now.
C: Yes, I'll need one bag.
A: All right. That's $189 plus $35, so $224. Shall I confirm the booking?
C: Yes, confirm it.
A: Confirmed. Your booking reference is QX7T2M.
C: Okay, got it.""",
True, 35.00, "neutral", "books flight; checked bag $35 accepted; businesslike"),

("FR14_012", "Marcus Bell", "2026-11-05T17:15:44", "asr",
"""A: hi you're through to roadready driving school marcus here
C: hi um i just wanted to ask how much your lessons are
A: sure single lessons are forty two or there's a block of ten for three eighty
C: okay and is the test car included
A: yeah using the car for the test is an extra sixty
C: right okay um i'm gonna have a look at a couple of other schools first
A: no worries want me to take your number
C: no it's alright i've got yours
A: okay cheers
C: thanks bye""",
False, 0.0, "neutral", "price enquiry, comparing schools; no commitment"),

("FR14_013", "Ingrid Solberg", "2026-11-06T11:30:12", "clean",
"""A: Sparkle Home Cleaning, Ingrid speaking.
C: Hello, I'm moving out of my flat at the end of the month and need an end-of-tenancy deep clean.
A: For a one-bedroom that's $220, two cleaners for about four hours.
C: Okay, can you do Saturday the 28th?
A: We can, morning slot at 9. We can also do the inside of the oven for $45 and the fridge for $30.
C: The oven, definitely, it's a disaster. The fridge I'll manage myself.
A: So the deep clean plus the oven, $265, Saturday the 28th at 9 am. Is that right?
C: Yes, that's right.
A: You're booked.
C: Great, that's a weight off my mind. Thanks, Ingrid.""",
True, 45.00, "positive", "books deep clean via read-back; oven $45 accepted, fridge $30 declined; relieved"),

("FR14_014", "Omar Farouk", "2026-11-06T15:05:27", "asr",
"""A: brightsmile dental omar speaking
C: hi i'd like to book a check up and clean please
A: sure we have tuesday the tenth at eleven
C: uh yeah that's fine put me down
A: okay done tuesday at eleven
C: oh wait no sorry i've got a meeting tuesday morning do you have anything later that week
A: thursday at four
C: yeah thursday at four is better
A: okay i've moved you to thursday the twelfth at four
C: great thanks""",
True, 0.0, "neutral", "books check-up, changes time but keeps an appointment; routine"),

("FR14_015", "Chloe Beaumont", "2026-11-06T10:12:09", "clean",
"""A: Maison Dorée Bakery, Chloe speaking.
C: Hi, I'd like to order a chocolate birthday cake for Sunday, for about 12 people.
A: Lovely. The 10-inch chocolate fudge is $48, and we can write a message on top.
C: Great, let's do that one, with "Happy 40th Sam".
A: Perfect, pickup Sunday at 10?
C: Yes... oh, hang on, my sister's just texted me. She's already ordered a cake from somewhere else.
C: Sorry, can you cancel that? We don't need two.
A: No problem at all, I've cancelled it.
C: Thanks, sorry for the trouble.""",
False, 0.0, "neutral", "cake ordered then retracted in same call; polite, neutral"),

("FR14_016", "Arjun Mehta", "2026-11-07T13:48:33", "asr",
"""A: oakline furniture customer care arjun speaking
C: hi yeah i'm calling about my sofa it was meant to be delivered last week
C: and nobody came and nobody called
A: i'm sorry let me check the order um i can see it was rescheduled because of a stock delay
C: rescheduled to when nobody told me
A: it's now showing the nineteenth
C: the nineteenth that's another two weeks i took a day off work for the first one
A: i understand i can request a goodwill gesture from the delivery team
C: honestly i'm pretty fed up with this
A: i'll escalate it and someone will call you tomorrow
C: okay well i'll believe it when i see it""",
False, 0.0, "negative", "delivery complaint; no purchase; frustrated and sceptical at end"),

("FR14_017", "Zanele Dlamini", "2026-11-07T09:22:50", "clean",
"""A: Hi, this is Zanele from TaskPilot customer success.
C: Hi Zanele, our annual plan renews next week and I wanted to sort it before then.
A: Sure. Your team plan renews at $240 a year for five seats. Would you like me to renew it today?
C: Yes, renew it please.
A: Done. You mentioned last time you were hiring. Extra seats are $8 a month each.
C: Yes, we've got two new starters. Add two seats.
A: So two extra seats at $8 each, $16 a month on top. Added.
C: Brilliant, that's exactly what we needed. Really appreciate you remembering.""",
True, 16.00, "positive", "renewal; two seats at $8/month each = $16 accepted; pleased"),

("FR14_018", "Patrick O'Rourke", "2026-11-09T10:05:14", "asr",
"""A: good morning tasty table catering patrick here
C: hi we're having a team lunch on the twenty fourth for twenty people
A: grand our sandwich and salad platter is fifteen per person so three hundred
C: okay yeah that's within budget
A: and we could add dessert bites at three per person
C: no we'll skip dessert someone's bringing cake
A: no bother so twenty people the platter delivery at twelve on the twenty fourth to your office yeah
C: yep that's right
A: lovely that's booked in
C: okay thanks""",
True, 0.0, "neutral", "catering order confirmed via read-back; dessert declined"),

("FR14_019", "Yasmin Aziz", "2026-11-09T14:33:38", "clean",
"""A: Studio Nine Hair, Yasmin speaking.
C: Hi, could I book a cut and blow-dry for Friday afternoon?
A: Yes, we have 3:15 with Carla. Shall I put you in?
C: Yes please.
A: Lovely. We're also doing a deep conditioning treatment this month. It's usually $35, but it's $25 if you add it to a booking.
C: Oh, go on then, my hair could really use it.
A: Added. Cut, blow-dry and treatment, Friday at 3:15.
C: Thank you, I'm already looking forward to it!""",
True, 25.00, "positive", "books cut; treatment revised from $35 to $25 and accepted at $25"),

("FR14_020", "Henrik Vogel", "2026-11-09T17:50:06", "asr",
"""A: hello fluffy paws grooming henrik speaking
C: hi um i've got a cockapoo who really needs a groom how much would that be
A: for a cockapoo full groom is fifty five
C: ooh okay um
A: we've got saturday at ten or next wednesday
C: hmm saturday i suppose
C: yeah go ahead book her in for saturday
A: lovely what's her name
C: biscuit
A: biscuit saturday at ten all booked
C: brilliant she's going to look so lovely thank you""",
True, 0.0, "positive", "hesitates then books groom; happy close"),
]
