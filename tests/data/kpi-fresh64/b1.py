CALLS = [
("FR64_001", "Marisol Quintero", "2026-11-02T09:14:00", "clean",
"""A: Thanks for calling Atlantic Air, this is Marisol. How can I help?
C: Hi, I'm looking at the Newark to Lisbon flight on December 18th, returning January 3rd.
A: Let me pull that up. I have the 7:40 pm departure, economy, $812 round trip including taxes.
C: That's the one I saw online. Can we book it over the phone? The website kept timing out.
A: Of course. Your fare includes a carry-on. Would you like to add a checked bag for $45?
C: Yes, add one bag please, I'm bringing presents.
A: Done. And for the overnight leg, premium economy is available for an extra $180 each way.
C: Oh no, that's way more than I want to spend. Economy is fine.
A: Understood. So that's one economy round trip, Newark to Lisbon, December 18th to January 3rd, with one checked bag, $857 total. Shall I book it?
C: Yes, go ahead and book it.
A: You're confirmed. Confirmation code K7TRQ2, the e-ticket is on its way to your email.
C: Great, that was so much easier than the website. Thank you!""",
True, 45.00, "positive", "'go ahead and book it' flight; checked bag $45 accepted, premium economy $180 declined; 'so much easier... thank you'"),

("FR64_002", "Declan Whitford", "2026-11-02T10:02:00", "asr",
"""A: good morning harbor view inn declan speaking
C: hi yeah um i wanted to book a room for the weekend of the fourteenth two nights
A: sure thing let me check friday and saturday the fourteenth and fifteenth yeah i've got a queen room at one forty nine a night
C: okay that works
A: and would you like our breakfast package it's sixty dollars for the whole stay for two people
C: uh yeah go on add the breakfast
A: alright so that's the queen room two nights with breakfast comes to three hundred fifty eight before tax do you want me to go ahead
C: yep go ahead
A: perfect can i get a name for the booking
C: it's o'malley o m a l l e y
A: got it you're all set mister o'malley confirmation is coming by text
C: okay thanks""",
True, 60.00, "neutral", "'yep go ahead' to booking read-back; breakfast package 'sixty dollars for the whole stay' accepted; flat 'okay thanks'"),

("FR64_003", "Priya Raghunathan", "2026-11-02T11:37:00", "clean",
"""A: Sunway Car Rental, Priya speaking.
C: Hi. How much is a midsize for five days out of the Phoenix airport, starting the 20th?
A: For those dates a midsize is $46 a day, so $230 plus taxes and the airport fee.
C: And with the taxes and the fee, roughly?
A: Around $291 all in.
C: Hm. Okay. I've got a quote from another company I need to compare against.
A: I can hold the rate for you for 24 hours if you'd like.
C: No need, I'll just check and come back if it makes sense.
A: Sure, anything else I can do?
C: No, that's it. Thanks.""",
False, 0.00, "neutral", "price shopping only, 'I'll just check and come back if it makes sense'; declines hold; routine thanks"),

("FR64_004", "Tobias Lindqvist", "2026-11-02T13:05:00", "asr",
"""A: northstar airlines tobias speaking how can i help
C: yeah my flight to chicago just got cancelled i'm standing at the gate and nobody here can tell me anything
A: i'm sorry about that let me look can i have the confirmation code
C: it's uh b as in boy two x r nine
A: thank you okay so the four fifteen was cancelled let me see what i can rebook you on
C: anything tonight i have a meeting at eight tomorrow morning
A: um the six forty is full the nine ten is also showing full i'm trying the partner airline
C: come on
A: i'm really sorry the partner flights are sold out too the first seat i can confirm is tomorrow at eleven twenty
C: that's useless i'll miss the whole thing
A: i can put you on standby for the nine ten and i can process a refund for the unused segment
C: just refund it this is a joke three hours in this airport for nothing
A: understood i've submitted the refund it'll take five to seven business days
C: whatever""",
False, 0.00, "negative", "rebooking fails, all flights full; customer takes refund only; 'this is a joke', 'whatever'"),

("FR64_005", "Keisha Barnwell", "2026-11-02T14:20:00", "clean",
"""A: Good afternoon, Olive & Ember, Keisha speaking.
C: Hi! I'd like a table for six this Saturday, around 7:30 if you have it.
A: Let me look... I can do 7:30 on the patio or 7:45 inside.
C: Inside please, it gets chilly.
A: Of course. Can I get a name and number?
C: Dana Whitaker, 555-0142.
A: So that's a table for six, inside, Saturday the 7th at 7:45, under Whitaker. Is that right?
C: Yes, that's right. Do you have high chairs? We've got a toddler coming.
A: We do, I'll note one high chair on the booking.
C: Oh wonderful, you've thought of everything. Thank you so much!""",
True, 0.00, "positive", "confirms read-back 'Yes, that's right' then asks about high chairs; 'Oh wonderful... thank you so much'"),

("FR64_006", "Oren Halevi", "2026-11-03T09:48:00", "asr",
"""A: hi this is oren with old town food walks
C: hey so me and my wife are visiting next week and we saw your evening tasting tour
A: oh that's our most popular one it runs thursday and saturday at five thirty
C: saturday would be perfect how much is it
A: it's eighty five per person and that covers six stops
C: okay cool
A: we also do a wine pairing on it it's twenty dollars each extra
C: oh yeah she'd love that yeah add the wine for both of us
A: awesome so two people saturday at five thirty with wine pairing that's two hundred ten total should i lock it in
C: yes please lock it in
A: done you'll get an email with the meeting point
C: amazing we're so excited this is gonna be the highlight of the trip""",
True, 40.00, "positive", "'yes please lock it in'; wine pairing 'twenty dollars each' for both = 40; 'so excited'"),

("FR64_007", "Colette Marchand", "2026-11-03T10:15:00", "clean",
"""A: Maison Belvedere reservations, Colette speaking.
C: Hi, I have a booking for three nights starting the 21st, under Reyes. It's our tenth anniversary and I wanted to see about something nicer.
A: Congratulations! You're in a deluxe double. The junior suite with the terrace is open those nights.
C: What's the difference in price?
A: It's $90 more per night, so $270 extra for the three nights.
C: Okay, that's fine. Let's do the suite.
A: Lovely. I've moved you to the junior suite, and I've added a note for the anniversary.
C: Perfect. That really made my day, thank you!
A: Our pleasure, see you on the 21st.
C: See you then!""",
True, 270.00, "positive", "upgrade on existing stay 'Let's do the suite', agent gives total $270 extra; 'made my day'"),

("FR64_008", "Jamal Okonkwo", "2026-11-03T11:42:00", "asr",
"""A: skyline air jamal speaking
C: hi i booked a flight to orlando and i need to add a checked bag
A: sure let me find the reservation okay i see it basic economy on the twenty second
C: yeah
A: for basic economy a first checked bag added now is sixty five dollars
C: sixty five for one bag
A: yes ma'am it's cheaper than at the airport which is seventy five
C: oh great so i get to pay sixty five bucks for a suitcase love that for me
A: i understand it's frustrating would you like me to add it
C: no forget it i'll just stuff everything in a backpack and wear three sweaters
A: okay no bag added anything else today
C: no that's all""",
False, 0.00, "negative", "asks about bag, refuses 'no forget it'; sarcastic 'oh great... love that for me'"),

("FR64_009", "Ingrid Sorensen", "2026-11-03T13:30:00", "clean",
"""A: Coastline Rentals, Ingrid speaking, how can I help you today?
C: I need an SUV from Portland airport, November 26th to December 2nd.
A: I have a standard SUV for $58 a day, $348 for the six days plus taxes.
C: Fine.
A: Would you like full coverage? It's $22 a day.
C: No, my credit card covers rental cars.
A: And a GPS unit for $10 a day?
C: I have a phone. No.
A: Okay. Standard SUV, Portland airport, November 26th to December 2nd, no extras. Shall I reserve that?
C: Yes, reserve it.
A: Done, your confirmation number is 88412.
C: Okay.""",
True, 0.00, "neutral", "'Yes, reserve it'; coverage $22/day and GPS declined; curt but not hostile"),

("FR64_010", "Rafael Benavides", "2026-11-03T15:10:00", "asr",
"""A: palm cove resort rafael speaking
C: hi i need to cancel my reservation for december it's under kowalski
A: i can help with that may i ask why you're cancelling
C: honestly i found something cheaper closer to the beach
A: i understand before i cancel i can offer you breakfast every morning at no charge and a late checkout at two pm for the same rate
C: hm breakfast included for free
A: yes for both guests all five mornings
C: okay that changes things a bit
A: so should i keep the reservation with the breakfast and late checkout added
C: yeah alright keep it
A: great it's updated you'll see the change in your confirmation email
C: okay""",
True, 0.00, "neutral", "cancellation saved: 'yeah alright keep it' after free breakfast offer (free, so no upsell); flat tone"),

("FR64_011", "Hannah Voss", "2026-11-04T09:25:00", "clean",
"""A: Good morning, Copper Pot events, Hannah speaking.
C: Hi, I'm organizing a retirement dinner for about 20 people and wanted the private room on December 12th.
A: Let me check... I'm sorry, the private room is already booked that Friday.
C: Oh. What about the Saturday?
A: Saturday the 13th is taken as well. I do have Thursday the 11th or Friday the 19th.
C: Hm. The 19th might work, but I need to check with the group first.
A: Of course. The room is $45 per person with a set menu. Would you like me to pencil in the 19th?
C: No, don't hold anything yet. I'll get back to you once I've asked around.
A: Sure, I'll email you the menu in the meantime.
C: Thanks.""",
False, 0.00, "neutral", "requested date booked out; 'don't hold anything yet, I'll get back to you'"),

("FR64_012", "Gideon Ashworth", "2026-11-04T10:50:00", "asr",
"""A: meridian airways gideon speaking
C: hey i'm on the flight to tokyo on friday and i wanted to see what it costs to go up to business
A: let me check okay for the one flight the upgrade is four hundred twenty dollars
C: oof
A: but i see you've got about twenty thousand miles if you put fifteen thousand toward it i can bring it down to three hundred fifty
C: oh nice yeah use the miles
A: so fifteen thousand miles plus three hundred fifty dollars for business on friday want me to go ahead
C: yeah okay do it at three fifty
A: done you're in seat four a
C: oh that's awesome thank you man i was dreading thirteen hours in the back""",
True, 350.00, "positive", "upgrade revised 420 -> 350 with miles, 'yeah okay do it at three fifty'; 'that's awesome'"),

("FR64_013", "Mei-Ling Chou", "2026-11-04T12:05:00", "clean",
"""A: Grand Terrace Hotel reservations, Mei-Ling speaking.
C: Hi, I'd like to book a king room for December 5th and 6th.
A: I have a king at $189 a night. Would you like to book it?
C: Yes, please. I'll give you my card.
A: Thank you... I'm sorry, the card was declined.
C: That can't be right. Can you try again? The number is correct.
A: I tried once more and it's still being declined by the bank.
C: I don't have another card on me. This is so embarrassing.
A: I understand. I can't hold the room without a card, but the rate is good until midnight online.
C: Fine. I'll sort it out with my bank, which I'm now going to have to spend an hour on hold with. Great.""",
False, 0.00, "negative", "booking attempted but card declined twice, nothing booked; 'so embarrassing', sarcastic 'Great.'"),

("FR64_014", "Patrick Doherty", "2026-11-04T13:40:00", "asr",
"""A: blue fin whale watching this is patrick
C: hi we want to go out on saturday morning it's me my husband and two kids
A: sure the nine am boat has room kids under twelve are half price
C: they're seven and ten
A: okay so two adults at seventy one and two kids at thirty five that's two hundred twelve
C: mhm
A: so four tickets saturday nine am two hundred twelve total should i book that
C: yep that's it what should we bring
A: layers and sunscreen it gets cold out there you're booked the tickets are in your email
C: okay sounds fine
A: see you saturday
C: bye""",
True, 0.00, "neutral", "'yep that's it' to read-back then a question; flat 'okay sounds fine'"),

("FR64_015", "Yasmin Farouk", "2026-11-05T09:05:00", "clean",
"""A: Horizon Air booking, Yasmin speaking.
C: Hi, I need a one-way from Denver to Boise on the 9th, morning if possible.
A: There's an 8:15 am for $164.
C: That works.
A: Would you like to add trip insurance for $39? It covers cancellation for illness.
C: Sure, why not, add the insurance. I get sick every winter.
A: And priority boarding is $15.
C: No, I don't care about boarding first.
A: So Denver to Boise, December 9th at 8:15, with trip insurance, $203 in total. Shall I book it?
C: Yes.
A: You're booked. Your confirmation is on its way.
C: Okay, thank you.""",
True, 39.00, "neutral", "'Yes' to read-back; insurance $39 accepted, priority boarding $15 declined; routine thanks"),

("FR64_016", "Callum Reyes", "2026-11-05T10:30:00", "asr",
"""A: redline car rental callum speaking
C: yeah hi i returned a car last week and i got charged a hundred and twenty dollars for fuel
A: sorry to hear that let me look up the agreement
C: i brought it back full i have the receipt from the gas station two miles from your lot
A: i see the return shows seven eighths of a tank
C: that's not possible i filled it to the top
A: i can send a dispute to the branch manager they review the photos
C: so i just wait and hope you people decide to give me my money back
A: it's usually three to five business days
C: unbelievable this is the last time i rent from you
A: i'm sorry i've logged the dispute reference seven seven four one
C: yeah sure""",
False, 0.00, "negative", "complaint about fuel charge, no purchase; 'unbelievable... last time I rent from you'"),

("FR64_017", "Marisol Quintero", "2026-11-05T11:55:00", "clean",
"""A: Vista Del Mar group sales, Marisol speaking.
C: Hi! We're getting married in June and want to set up a room block for guests.
A: Congratulations! How many rooms and what dates?
C: Probably fifteen rooms, June 12th and 13th.
A: We can hold fifteen rooms at a group rate of $210 a night, with a welcome bag for each room.
C: Oh, that sounds lovely. Is there a deposit?
A: A $500 deposit holds the block, and it goes toward the final bill.
C: Okay. Could you email me the contract? I want to go over it with my fiancé before we sign anything.
A: Absolutely, I'll send it today.
C: Thank you, you've been so helpful, really.""",
False, 0.00, "positive", "interested, 'email me the contract... go over it with my fiancé' = deferral; 'so helpful'"),

("FR64_018", "Declan Whitford", "2026-11-05T13:15:00", "asr",
"""A: trattoria lucca declan speaking
C: hi um can i get a table for two tomorrow night at eight
A: let me check yes eight o'clock works can i get a name
C: it's priya
A: and would you like to do the chef's tasting menu it's an upgrade at forty five per person
C: um no we'll just order off the menu
A: no problem so table for two tomorrow at eight under priya right
C: yeah that's right
A: great you're booked
C: cool thanks""",
True, 0.00, "neutral", "'yeah that's right' to read-back; tasting menu $45 pp declined"),

("FR64_019", "Priya Raghunathan", "2026-11-05T15:00:00", "clean",
"""A: RailEurope desk, Priya speaking.
C: Hello, I'd like the 7-day flexi rail pass for Italy, second class.
A: That's $312 for an adult. What date would you like it to start?
C: March 3rd.
A: For the high-speed trains you'll need seat reservations. We sell a bundle of five for $30.
C: Yes, I'll take the reservation bundle, I'm on the fast trains most days.
A: So a 7-day Italy pass from March 3rd plus the five-reservation bundle, $342. Is that correct?
C: That's correct.
A: It's booked. The pass will be in the app.
C: Brilliant, that's a huge weight off. Thanks a lot!""",
True, 30.00, "positive", "'That's correct' to read-back; 'I'll take the reservation bundle' $30; 'huge weight off'"),

("FR64_020", "Tobias Lindqvist", "2026-11-06T09:20:00", "asr",
"""A: lakeshore hotel tobias speaking
C: hi i have a reservation for tonight and i just got an email saying you're overbooked
A: yes i'm very sorry about that we oversold the standard rooms for tonight
C: i booked this three months ago
A: i understand i tried to move you to another room type here but everything is full
C: so what now
A: we can put you at our sister property the riverside it's about fifteen minutes away same rate and we'd cover the taxi
C: no i picked your hotel because it's next to the venue i'm not going across town
A: i understand i can cancel and refund the full amount
C: yeah just refund me and i'll find something myself
A: it's done you'll see the refund in three to five days again i apologize
C: you should be sorry this is ridiculous""",
False, 0.00, "negative", "overbooked, alternative refused 'just refund me'; nothing booked; 'this is ridiculous'"),
]
