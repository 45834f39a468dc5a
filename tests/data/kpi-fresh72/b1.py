CALLS = [
("FR72_001", "Marisol Ortega", "2026-11-02T09:14:00", "clean",
"""A: Thanks for calling Northwind Air, this is Marisol. How can I help?
C: I need to move my flight to Denver from the 12th to the 14th. Booking code is KT7QPL.
A: Let me pull that up. Okay, I see the 7:40 a.m. on the 12th. On the 14th I have a 7:55 a.m. with seats. There's a $75 change fee and no fare difference.
C: Seventy-five dollars to move it two days. Of course there is.
A: I understand it's frustrating. The fare you bought is a basic economy fare, so the fee applies.
C: Yeah, yeah. Fine. Do it. Put me on the 7:55 on the 14th.
A: Done. While I have you, I could move you into an extra-legroom seat on that flight for $39.
C: No. I'm already paying you enough for nothing.
A: Understood. So you're confirmed on the 14th at 7:55 a.m., seat 22C, and the $75 goes on the card ending 4410.
C: Whatever. Just send the email.""",
True, 0.0, "negative", "'Fine. Do it. Put me on the 7:55' commits to the rebooking; $75 is a fee not an upsell; legroom declined; annoyed and curt to the end"),

("FR72_002", "Derek Halvorsen", "2026-11-02T10:31:00", "asr",
"""A: good morning harbor view inn this is derek
C: hi yeah um i wanted to book a room for the twentieth and twenty first so two nights for me and my wife
A: sure let me look yep i've got a queen room with a garden view at one forty nine a night
C: okay that works
A: would you like breakfast with that it's eighteen dollars per person per morning so for the two of you two mornings that'd be seventy two dollars
C: oh yeah breakfast yes please we're useless before coffee
A: ha fair enough so let me read that back queen garden view arriving the twentieth checking out the twenty second breakfast for two both mornings total comes to three seventy before tax
C: yep that's it
A: perfect you're all booked and the confirmation will come by email
C: oh perfect that's great thank you so much""",
True, 72.0, "positive", "books two nights and 'breakfast yes please' at $18 x 2 people x 2 mornings = 72; read-back confirmed 'yep that's it'; ends 'that's great thank you so much'"),

("FR72_003", "Priya Raman", "2026-11-03T13:05:00", "clean",
"""A: Coastline Car Rental, Priya speaking.
C: Hi. I need a compact car at the Tampa airport, picking up the 14th around 10 a.m., returning the 18th.
A: I have a Nissan Versa or similar at $48.35 a day. Would you like our full coverage insurance? It's $22 a day.
C: No, my credit card covers it.
A: No problem. GPS unit is $12 a day.
C: My phone does that.
A: Sure. And we have a prepaid fuel plan, $58, so you can bring it back empty.
C: Okay, yeah, put the fuel thing on. I'll be rushing for a flight on the way back.
A: Okay. So that's a compact, pick-up November 14 at 10 a.m., return November 18, prepaid fuel at $58, total $251.40 before taxes. Correct?
C: Yep.
A: You're confirmed. The number is CR-88213.
C: Okay. Thanks.""",
True, 58.0, "neutral", "'put the fuel thing on' accepts $58 prepaid fuel, read-back answered 'Yep'; insurance and GPS declined; flat tone"),

("FR72_004", "Tomasz Wielgus", "2026-11-03T15:42:00", "asr",
"""A: blue horizon cruises tomasz speaking how can i help
C: hi um we were looking at the seven night western caribbean leaving march eighth and we wanted a balcony cabin
A: let me check uh i'm sorry the balcony cabins on that sailing are all sold out
C: oh no really
A: i do have an oceanview cabin on deck five it's one thousand one hundred forty nine per person so two thousand two ninety eight for the two of you
C: hmm it's the balcony he really wanted though
A: i could also look at the march fifteenth sailing which still has balconies
C: yeah um i need to talk to my husband about it before we do anything
A: of course would you like me to hold the oceanview for twenty four hours
C: no that's okay i'll just call back
A: sounds good thanks for calling
C: okay thanks bye""",
False, 0.0, "neutral", "balcony sold out; 'i need to talk to my husband' and declines the hold — deferral; mild disappointment, ends with routine thanks"),

("FR72_005", "Keisha Brandt", "2026-11-04T11:20:00", "clean",
"""A: Pacific Rail reservations, Keisha speaking.
C: Hi, I'd like two adult tickets on the 8:15 from Seattle to Portland on Saturday.
A: Sure. Two adults on the Saturday 8:15, that's $64 each, $128 total. Shall I book them?
C: Yes please.
A: Okay, and the card number?
C: It's the Visa I gave you last time, ending 9021.
A: I'm sorry, that card's been declined.
C: What? It worked yesterday. Try it again.
A: I ran it again and it's declined a second time. Do you have another card?
C: Not on me. This is ridiculous, I've been on hold twenty minutes for this.
A: I'm sorry. I can hold the seats for an hour if you want to call back.
C: Forget it. I'll just do it on the app.""",
False, 0.0, "negative", "said yes to booking but the card was declined twice and nothing was booked; 'This is ridiculous', 'Forget it'"),

("FR72_006", "Oliver Strand", "2026-11-04T16:08:00", "asr",
"""A: skylark airways this is oliver
C: hi um i was trying to book on the website and it just crashed on the payment page and i'm panicking a bit because the fare was really cheap
A: okay no worries what flight were you looking at
C: the one way boston to chicago on the ninth the six fifteen pm it was eighty nine dollars
A: yep i can see it still there at eighty nine do you want me to book it for you
C: yes please book it
A: done would you like to add a checked bag it's thirty five dollars now and forty five at the airport
C: uh yeah go on then put one bag on
A: and seat selection is twelve dollars for a window
C: nah i'm fine wherever
A: okay so one way boston to chicago on the ninth at six fifteen one checked bag total one hundred twenty four dollars
C: oh thank god i thought i'd lost the fare thank you so much""",
True, 35.0, "positive", "'yes please book it' plus one checked bag at thirty five; seat declined; relieved 'oh thank god ... thank you so much'"),

("FR72_007", "Naomi Fairweather", "2026-11-05T10:02:00", "clean",
"""A: Good morning, Tasca Tours Lisbon, Naomi speaking.
C: Hello! I'm after the evening food tour in Alfama on the 22nd, for three people.
A: Lovely. That's $65 per person, so $195 for three. We have a 5 p.m. and a 7 p.m. start.
C: The 7, please.
A: Great. We also do a wine pairing with it, $20 per person.
C: Just for two of us, my son's sixteen.
A: No problem. So: three people, Alfama food tour on November 22 at 7 p.m., wine pairing for two adults, $235 in total. Is that right?
C: That's right.
A: Wonderful, you're booked. The meeting point is at the Sé Cathedral steps.
C: Lovely, we can't wait. Thank you!""",
True, 40.0, "positive", "picks the 7 pm slot, wine pairing 'just for two of us' = $20 x 2 = 40, read-back 'That's right'; 'Lovely, we can't wait'"),

("FR72_008", "Luis Carvajal", "2026-11-05T14:37:00", "asr",
"""A: grand meridian hotel front desk this is luis
C: hey i have a reservation under parker for three nights starting friday
A: yes mister parker i see it a standard king
C: yeah i was wondering what a suite would cost
A: the junior suite would be an extra eighty a night so two hundred forty more for the three nights
C: ehh no that's too rich for me keep it as it is
A: no problem at all
C: and um can i get a late checkout on monday
A: i can give you one pm at no charge
C: okay sure that's fine
A: i've noted it anything else
C: nope that's it""",
False, 0.0, "neutral", "asks about suite and refuses 'too rich for me keep it as it is'; free late checkout is no purchase; 'okay sure' answers the free favour; flat"),

("FR72_009", "Hannah Okafor", "2026-11-06T08:51:00", "clean",
"""A: Northwind Air, this is Hannah. How can I help you?
C: My flight to Atlanta got cancelled. Again. Second time this month.
A: I'm very sorry. I can rebook you on tomorrow's 6:10 a.m. or the 1:25 p.m.
C: Oh wonderful, a 6 a.m. flight tomorrow after I've already spent four hours at this gate. Fantastic service.
A: I understand. I could also give you a meal voucher.
C: I don't want a voucher. I want a refund.
A: I can process a full refund of $318 to your original card.
C: Yes, do that.
A: Done. It'll show in five to seven business days.
C: Great. I'm done with you people.""",
False, 0.0, "negative", "declines both rebooking options and takes a refund ('Yes, do that' answers the refund); sarcasm 'Fantastic service', ends 'I'm done with you people'"),

("FR72_010", "Gavin Meyers", "2026-11-06T12:15:00", "asr",
"""A: road king rentals gavin speaking
C: yeah hi i need a minivan for a week starting sunday at the orlando airport
A: okay i've got a dodge grand caravan at sixty one a day
C: okay
A: do you want the collision damage waiver that's twenty four ninety nine a day
C: no
A: and gps is nine ninety nine a day
C: yeah add the gps for the week we don't know the area
A: okay so minivan sunday the fifteenth through sunday the twenty second seven days with gps
C: mhm
A: that's four hundred twenty seven for the van and sixty nine ninety three for the gps plus taxes does that sound right
C: yep sounds right
A: booked you'll get a text with the details
C: okay""",
True, 69.93, "neutral", "'yeah add the gps for the week' = $9.99 x 7 days = 69.93 (agent states it), read-back 'yep sounds right'; insurance 'no'; flat"),

("FR72_011", "Sofia Lindqvist", "2026-11-09T09:40:00", "clean",
"""A: Hotel Lindenhof, Sofia speaking.
C: Hi, I have a booking for three nights from the 18th, under Moreau. Can I add breakfast to it?
A: Of course. Breakfast is $19 per person per day. For the two of you for three mornings that's $114.
C: Yes, please add it.
A: Done. It's added to your room and you'll settle it at checkout.
C: And is it a buffet? My husband is gluten-free.
A: It is, and we always have gluten-free bread and pastries.
C: Oh, that's great. Thanks so much, that's a big help.
A: My pleasure. See you on the 18th.""",
True, 114.0, "positive", "adds breakfast to an existing booking 'Yes, please add it' at $19 x 2 x 3 = 114 (add-on to the stay; see README); 'that's great. Thanks so much'"),

("FR72_012", "Raymond Cho", "2026-11-09T11:27:00", "asr",
"""A: eurail help desk raymond here
C: hi um i'm going to europe in june and i'm trying to figure out if a rail pass makes sense
A: sure how long and where
C: about two weeks paris amsterdam berlin maybe prague
A: then the fifteen day continuous pass is probably the right one it's four hundred ninety nine for an adult in second class
C: oh okay and do i need seat reservations on top
A: for the high speed trains yes usually ten to thirty euros each
C: mhm okay yeah that's a lot clearer
A: do you want me to set up the pass for you now
C: i think i'll probably go for it but let me check the dates with my friend first
A: no problem the price is good through the end of the month
C: this is really helpful actually thank you so much""",
False, 0.0, "positive", "'i think i'll probably go for it but let me check the dates with my friend first' is a deferral; 'this is really helpful actually thank you so much'"),

("FR72_013", "Elena Petrova", "2026-11-10T10:10:00", "clean",
"""A: Skylark Airways, Elena speaking.
C: Hi. Two tickets Chicago to Phoenix, December 3rd, the morning flight.
A: The 8:20 a.m. is $212 per person. Do you want to add extra-legroom seats? They're $45 each.
C: Just mine. He's short.
A: Ha, okay. One extra-legroom seat. So that's two passengers, $424 in fares plus $45 for the seat, $469 in total, on December 3rd at 8:20 a.m.
C: Correct.
A: Booked. Your confirmation code is HX4RRT.
C: Okay. Do we need to print anything?
A: No, the boarding passes go to your phone 24 hours before.
C: Fine. Thanks.""",
True, 45.0, "neutral", "one extra-legroom seat 'Just mine' = 45 (not x2); read-back answered 'Correct'; plain tone"),

("FR72_014", "Marcus Bell", "2026-11-10T15:33:00", "asr",
"""A: oceanic line reservations marcus speaking
C: hi we'd like to book the alaska cruise the seven night one in july the balcony cabin we talked about last week
A: yes i've got it here balcony on deck eight two thousand four hundred for the two of you
C: yeah that one
A: great would you like the drinks package it's sixty nine per person per day
C: god no we're not big drinkers
A: fair enough how about wifi it's fifteen a day so a hundred and five for the week
C: uh sure the wifi for the week i guess he'll want to check the football
A: okay so seven night alaska july twelfth balcony deck eight wifi for the week two thousand five hundred five total
C: mhm that's everything
A: you're all set
C: honestly this was way easier than i expected thanks""",
True, 105.0, "positive", "'yeah that one' then wifi 'uh sure the wifi for the week' at 105; drinks declined; read-back 'mhm that's everything'; 'way easier than i expected'"),

("FR72_015", "Ingrid Dahl", "2026-11-11T13:48:00", "clean",
"""A: The Willowmere Hotel, Ingrid speaking.
C: Hi, I'd like a double room for the night of December 5th and 6th.
A: I'm so sorry, we're fully booked that weekend. There's a wedding in the house.
C: Yes, that's my cousin's wedding. That's why I want to stay there.
A: I understand. Our sister property, the Willowmere Lodge, has rooms and it's about twenty minutes away.
C: Twenty minutes without a car defeats the point, doesn't it.
A: I can put you on our waitlist in case something opens up.
C: Sure, put me on the waitlist. Name's Teresa Gill.
A: Done. I'll call you if anything frees up.
C: Okay. Disappointing, but not your fault. Thanks.""",
False, 0.0, "neutral", "sold out, declines the sister property; waitlist is not a booking; 'Disappointing, but not your fault. Thanks' — balanced"),

("FR72_016", "Tariq Haddad", "2026-11-11T16:22:00", "asr",
"""A: sunway airlines tariq speaking
C: yeah hi i need to move my flight back one day from the sixth to the seventh
A: okay let me check the fare on the seventh is higher so there'd be a fare difference of one hundred twelve dollars
C: a hundred and twelve dollars for moving it one day are you kidding me
A: i'm sorry that's the fare on that date there's no change fee just the difference
C: no fee just a hundred twelve dollars wow thanks so much
A: i could look at the evening flight on the seventh that's sixty eight more
C: no no forget it leave it as it is i'll just fly on the sixth and sleep at the airport or whatever
A: okay your booking stays on the sixth
C: yeah great fantastic""",
False, 0.0, "negative", "refuses the change 'forget it leave it as it is'; sarcasm 'wow thanks so much', 'yeah great fantastic'"),

("FR72_017", "Marisol Ortega", "2026-11-12T09:05:00", "asr",
"""A: highland trails coaches marisol speaking
C: hiya we want to do the loch ness day tour on saturday two of us
A: lovely i have a nine am departure and a one pm departure
C: the early one please
A: the nine o'clock it's seventy nine per adult so one fifty eight for two
C: grand
A: would you like the lunch at the castle cafe added it's fifteen per person
C: no we'll bring sandwiches
A: no bother so that's two adults saturday nine am loch ness tour one hundred fifty eight pounds all in
C: yep you've got it
A: booked pick up is outside the station at eight forty five
C: brilliant thanks so much""",
True, 0.0, "positive", "picks the nine am slot, read-back 'yep you've got it'; lunch declined 'we'll bring sandwiches'; 'brilliant thanks so much'"),

("FR72_018", "Derek Halvorsen", "2026-11-12T14:50:00", "clean",
"""A: Coastline Car Rental customer care, Derek speaking.
C: Hi. I returned a car last week and you charged me $96 for insurance I never asked for.
A: I'm sorry about that. Let me look. Agreement number?
C: CR-77120.
A: I see the coverage was added at the counter. The signature is on it, but I can see it was a busy day. I can refund $40 of that as a goodwill gesture.
C: Only forty? I didn't want any of it.
A: The most I can do from here is $40. If you want the full amount reviewed, I can open a dispute.
C: Okay, honestly, forty's fair, since I did sign it. Thank you.
A: The $40 will be back on your card in three to five days.
C: I appreciate you actually fixing something. Thanks, Derek.""",
False, 0.0, "positive", "no purchase, only a $40 refund; opens with a complaint but ends 'forty's fair', 'I appreciate you actually fixing something'"),

("FR72_019", "Priya Raman", "2026-11-13T10:44:00", "asr",
"""A: city lights hotel priya speaking
C: hi i need a room from the second to the fifth of december
A: okay for those dates i have a king with a city view at two nineteen a night or a double queen at one ninety five
C: um the king
A: great three nights in the king and would you like a late checkout on the fifth it's twenty five dollars for a two pm checkout
C: yeah that'd be nice actually
A: okay so king city view december second to fifth late checkout six hundred eighty two dollars before tax
C: yep that's right
A: you're booked
C: oh actually wait can we drop the late checkout my flight got moved earlier i forgot
A: sure i've taken it off so six fifty seven before tax
C: okay good thanks""",
True, 0.0, "neutral", "picks the king and confirms read-back; late checkout ($25) accepted then dropped 'can we drop the late checkout' -> 0; plain"),

("FR72_020", "Tomasz Wielgus", "2026-11-13T17:02:00", "clean",
"""A: Coastal Rail, Tomasz speaking.
C: Hi, two standard tickets to Edinburgh on the 10:30 on Friday the 20th, please.
A: That's $58 each. For $30 more per ticket I can put you both in first class, it includes a hot breakfast.
C: Oh, go on then, both of us. It's our anniversary.
A: Happy anniversary! So two first-class seats on the 10:30 to Edinburgh on the 20th, $176 in total.
C: That's it.
A: All booked. Coach K, seats 4 and 5.
C: Perfect. We'll treat ourselves, that's lovely, thank you.""",
True, 60.0, "positive", "'go on then, both of us' to first class at $30 x 2 = 60 on top of $116; read-back 'That's it'; 'that's lovely'"),
]
