CALLS = [
(
"FR46_021", "Aisha Okafor", "2026-11-16T10:05:00", "clean",
"""A: Marlowe Hotel, reservations, Aisha speaking.
C: Hi, I'd like a room for the 27th and 28th, checking out the 29th.
A: I have a deluxe queen at $164 a night.
C: That works.
A: Our checkout is 11. Late checkout until 3 pm is $25, if you'd like it.
C: Yes, please, our flight isn't until evening.
A: And parking is $36 for both nights.
C: Yes to parking as well.
A: Deluxe queen, November 27th to 29th, late checkout and parking, $389 total. Shall I confirm?
C: Please do.
A: Confirmed, number MH-20571.
C: Fantastic, that's one less thing to worry about. Thank you so much.""",
True, 61.0, "positive",
"'Please do' to read-back; accepted late checkout $25 and parking $36 = 61.00; 'Fantastic ... thank you so much'."
),
(
"FR46_022", "Daniel Kim", "2026-11-16T13:27:00", "asr",
"""A: air meridian reservations how can i help
C: yeah i need a flight chicago to miami on the twenty second
A: i have a six a m for two nineteen and a ten fifteen for two sixty four
C: i'll take the cheaper one the six a m
A: okay one passenger chicago to miami six a m on the twenty second two nineteen correct
C: yeah correct
A: um i'm sorry that fare just sold out while i was booking it the next fare on that flight is three forty one
C: are you kidding me you just said two nineteen
A: i know i'm sorry it's the last seat in that fare class
C: no that's too much forget it
A: would you like to look at another day
C: no i'm done thanks for nothing""",
False, 0.0, "negative",
"Confirmed read-back but fare sold out during booking; refused the higher fare 'no that's too much forget it'; 'thanks for nothing'."
),
(
"FR46_023", "Sofia Lindqvist", "2026-11-17T09:12:00", "clean",
"""A: Westbrook Medical Group, this is Sofia.
C: I'm a new patient and I need an annual physical.
A: I have Dr. Lowe on Monday the 30th at 8:40 am.
C: That's fine.
A: Can I have your full name and insurance provider?
C: Peter Anand, BlueStar PPO.
A: So, Peter Anand, new-patient physical with Dr. Lowe, Monday November 30th at 8:40. Is that correct?
C: Yes, that's correct. Do I need to bring anything?
A: Your insurance card and a photo ID, and please arrive 15 minutes early.
C: Okay.""",
True, 0.0, "neutral",
"'Yes, that's correct' to appointment read-back, followed by a question; neutral tone."
),
(
"FR46_024", "Rafael Moreno", "2026-11-17T08:15:00", "clean",
"""A: Copper Kettle Cafe, catering line.
C: Morning! I need a coffee order for the office delivered at 9:30.
A: Sure, go ahead.
C: Three large lattes, two medium Americanos, and one chai, oat milk.
A: Three large lattes, two medium Americanos, one oat chai. We also do a box of a dozen pastries for $18.
C: Oh, sure, one box. People will love me.
A: So six drinks and one pastry box, $49.50, delivered to 400 Grant Street at 9:30. Correct?
C: That's it.
A: Perfect, it's on the way at 9:15.
C: You're a star, thanks!""",
True, 18.0, "positive",
"'That's it' to order read-back; pastry box $18 accepted 'sure, one box'; 'You're a star, thanks!'."
),
(
"FR46_025", "Hannah Weiss", "2026-11-18T15:20:00", "clean",
"""A: Casa Lupe, how can I help?
C: A table for six on Friday at 8.
A: For six on Friday I only have 6 pm or 9:30.
C: Nothing around 8?
A: I'm afraid not, it's fully booked in between.
C: 6 is too early and 9:30 is too late for us.
A: I could put a note in case something opens.
C: No need. We'll try somewhere else.
A: Understood. Maybe next time.
C: Sure. Bye.""",
False, 0.0, "neutral",
"No suitable slot; 'We'll try somewhere else'; polite, flat."
),
(
"FR46_026", "Kwame Mensah", "2026-11-18T17:44:00", "asr",
"""A: laugh factory tickets how can i help you
C: hi yeah two tickets for saturday night's late show please
A: sure the ten pm show two general admission at thirty five each
C: yep that's fine
A: would you like to upgrade to the vip meet and greet it's normally forty dollars each but i can do thirty each tonight
C: oh nice uh yeah okay both of us
A: great so two tickets with vip for saturday at ten
C: yeah that's right
A: you're all set the tickets are in your email
C: sweet this is gonna be so fun thanks man""",
True, 60.0, "positive",
"'yeah that's right' to read-back; VIP revised from forty to thirty each, accepted for 'both of us' = 60.00; 'sweet this is gonna be so fun'."
),
(
"FR46_027", "Laura Becker", "2026-11-19T11:03:00", "clean",
"""A: DriveNow Rentals, Laura speaking.
C: I want to cancel my reservation for next weekend. Last time the car wasn't even ready when I got there.
A: I'm sorry about that. Can I have the reservation number?
C: DN-55120.
A: I see it. To make up for last time, I can upgrade you to a midsize SUV at the same price, and I'll flag it for a ready-on-arrival check.
C: Same price?
A: Same $156 for the weekend.
C: Fine, I'll keep it. But if the car isn't there this time, I'm done with you people.
A: Understood, it's noted on the booking.
C: Okay.""",
True, 0.0, "negative",
"Accepted save offer 'Fine, I'll keep it'; free upgrade is not a paid add-on; 'I'm done with you people' threat keeps it negative."
),
(
"FR46_028", "Jun Watanabe", "2026-11-19T14:38:00", "clean",
"""A: Greyline Bus, bookings.
C: One ticket, Sacramento to Reno, Thursday morning.
A: 8:30 am, $38.
C: Your bus was two hours late last time, so this better be on time.
A: I'm sorry about that. Shall I book the 8:30?
C: Yes, book it.
A: One adult, Sacramento to Reno, Thursday at 8:30, $38. Correct?
C: Correct.
A: Booked. Have a good trip.
C: We'll see.""",
True, 0.0, "negative",
"'Yes, book it' and 'Correct' to read-back; complaint about lateness and sceptical 'We'll see'."
),
(
"FR46_029", "Olivia Grant", "2026-11-20T12:55:00", "clean",
"""A: Polished Nail Studio, how can I help?
C: Do you have anything for a gel manicure this week?
A: Tuesday at 4 pm is open.
C: Yes, Tuesday's my day off. How much is it?
A: The gel manicure is $55.
C: Oh. It was $40 when I came in the spring.
A: Prices went up in September.
C: Hmm. I'll think about it and call back.
A: Sure, I can't hold the slot though.
C: That's okay.""",
False, 0.0, "neutral",
"'Yes, Tuesday's my day off' answers availability, not a booking; then 'I'll think about it and call back'."
),
(
"FR46_030", "Samuel Ortiz", "2026-11-20T10:41:00", "clean",
"""A: Starlight Cinemas, how can I help?
C: Four tickets for Paw Patrol, the 3 o'clock on Saturday. Two adults, two kids.
A: I'm sorry, the 3 pm is sold out. There's a 5:15.
C: Ugh. Okay, the 5:15 then.
A: Two adults and two children, Saturday at 5:15, $46. Is that right?
C: That's right.
A: Booked. Pick up at the kiosk with your code.
C: Thank goodness. The kids would've been heartbroken. Thank you so much for finding those.""",
True, 0.0, "positive",
"3 pm sold out but booked 5:15 instead, 'That's right' to read-back; ends 'Thank you so much for finding those'."
),
(
"FR46_031", "Nadia Petrova", "2026-11-23T16:02:00", "asr",
"""A: night rail bookings how can i help
C: hi um i want to book the sleeper train to edinburgh on the second of december
A: we have couchette berths at ninety five dollars
C: okay one berth please
A: one couchette berth on december second leaving at eleven fifteen pm is that correct
C: yes
A: you can also upgrade to a private cabin for one hundred twenty dollars more
C: no thanks the couchette is fine
A: alright you're booked your ticket is on its way
C: oh brilliant thank you that's a weight off my mind honestly""",
True, 0.0, "positive",
"'yes' to berth read-back; private cabin declined 'no thanks the couchette is fine'; 'brilliant ... weight off my mind'."
),
(
"FR46_032", "Ben Carter", "2026-11-23T09:18:00", "clean",
"""A: Oakridge Vet Clinic, Ben speaking.
C: My dog's been vomiting since last night. I need her seen today.
A: I'm sorry. Our first opening is Thursday at 11.
C: Thursday? That's three days away. She's sick now.
A: I understand. For today I can refer you to the emergency clinic on Route 9.
C: That's ridiculous. I've been a client here for eight years.
A: I'm really sorry, the doctors are fully booked with surgeries.
C: Just give me the emergency clinic's number.
A: It's 555-0187.
C: Unbelievable.""",
False, 0.0, "negative",
"No appointment made, referred elsewhere; 'That's ridiculous', 'Unbelievable'."
),
(
"FR46_033", "Priya Raman", "2026-11-24T13:30:00", "clean",
"""A: Horizon Travel, flights desk.
C: I'm looking at flights from Atlanta to San Juan for early January.
A: Which dates?
C: Leaving the 3rd or 4th, back a week later.
A: On the 3rd there's a 10:05 nonstop for $412 round trip; on the 4th, a 7:50 for $386.
C: And both nonstop?
A: Yes, both nonstop.
C: Okay. Hold on, let me check with my husband which day he can get off before I book anything.
A: Of course. Prices can change, though.
C: I understand. I'll call back.""",
False, 0.0, "neutral",
"Deferral 'let me check with my husband ... before I book anything'; no booking."
),
(
"FR46_034", "Marcus Holloway", "2026-11-24T18:05:00", "asr",
"""A: golden dragon pickup or delivery
C: pickup um a general tso's chicken a beef and broccoli and two white rice
A: okay general tso's beef and broccoli two white rice
C: yep that's it
A: would you like to add egg rolls two for three ninety nine
C: uh yeah sure add those
A: alright that's thirty two forty total ready in twenty minutes
C: mhm okay
A: name on the order
C: rick""",
True, 3.99, "neutral",
"'yep that's it' to order read-back; egg rolls 'two for three ninety nine' is a package price = 3.99; flat tone."
),
(
"FR46_035", "Elena Vasquez", "2026-11-25T11:22:00", "clean",
"""A: Seaside Inn, reservations.
C: I'm booking under the Patel-Moore wedding block for December 5th.
A: I'm sorry, that block is full.
C: Full? The invitation said it was open until the 30th.
A: It filled up early. I can offer a standard room at $229.
C: The block rate was $149.
A: I know, that's the best available rate for that night.
C: Absolutely not. The whole point of the block was the discount.
A: I understand. Can I help with anything else?
C: No. This is a mess.""",
False, 0.0, "negative",
"Block full, refused the standard rate 'Absolutely not'; 'This is a mess'."
),
(
"FR46_036", "Tom Brennan", "2026-11-25T15:47:00", "clean",
"""A: Stadium ticket office.
C: Two tickets for the Hawks game on the 6th, as close to the halfway line as possible.
A: Section 104, row 12, $58 each.
C: Grab them.
A: Two in 104, row 12, $116. Confirm?
C: Yep. Actually, can I change that to four? My brothers just texted, they're coming.
A: I have four together in row 14, same section, $232 for four.
C: Do it.
A: Four tickets, section 104, row 14, $232. All set.
C: Legend. Thanks, mate, really appreciate it.""",
True, 0.0, "positive",
"Revised from two to four tickets and 'Do it'; more of the main product is not an add-on, upsell 0; 'Legend ... really appreciate it'."
),
(
"FR46_037", "Aisha Okafor", "2026-11-26T10:30:00", "asr",
"""A: serenity day spa how can i help
C: hi um i'd like to book a massage for saturday if you have anything
A: i have eleven a m with nora a sixty minute swedish massage for ninety dollars
C: oh perfect yes please
A: okay so sixty minute massage saturday at eleven with nora is that right
C: yes that's right
A: would you like to add hot stones for twenty dollars
C: hmm maybe next time
A: no problem you're booked see you saturday
C: oh thank you so much i really need this you've been lovely""",
True, 0.0, "positive",
"'yes that's right' to read-back; hot stones declined 'maybe next time'; 'thank you so much ... you've been lovely'."
),
(
"FR46_038", "Daniel Kim", "2026-11-26T14:12:00", "clean",
"""A: Roadway Rentals, customer service.
C: I returned a car last week with a full tank and you charged me $65 for fuel.
A: Let me look. Reservation number?
C: RW-80644.
A: I see the charge. The return note says three-quarters.
C: I have the gas station receipt from ten minutes before I dropped it off.
A: Okay, I'll reverse the $65. It'll show in 3 to 5 days.
C: Fine. But I shouldn't have had to call about this.
A: I understand, I'm sorry.
C: Yeah. Bye.""",
False, 0.0, "negative",
"Refund call, no purchase; 'I shouldn't have had to call about this'."
),
(
"FR46_039", "Sofia Lindqvist", "2026-11-27T12:20:00", "asr",
"""A: hi green leaf deli what can i get you
C: um a large iced tea and a turkey club
A: large iced tea and a turkey club anything else
C: uh no wait make it a hot tea actually
A: okay one hot tea and one turkey club oh um i'm sorry we just ran out of turkey
C: oh do you have anything else
A: we have the ham and swiss or the veggie wrap
C: nah then never mind i'll grab something on the way
A: okay sorry about that
C: no worries""",
False, 0.0, "neutral",
"Turkey ran out; 'never mind i'll grab something on the way', nothing ordered; 'no worries' neutral."
),
(
"FR46_040", "Rafael Moreno", "2026-11-27T16:35:00", "clean",
"""A: Le Jardin, reservations.
C: Hi, I'd like a table for two on the 12th. It's our tenth anniversary.
A: Congratulations! I have 7 or 8:30.
C: 8:30, please.
A: Would you like champagne on the table when you arrive? It's $60 a bottle.
C: That's sweet, but we'll order at the table.
A: Of course. Table for two, December 12th at 8:30, name?
C: Hollis.
A: Hollis, two people, December 12th, 8:30. Correct?
C: Yes, perfect.
A: Booked, with an anniversary note.
C: Oh, that's so thoughtful. Thank you, she's going to love this place.""",
True, 0.0, "positive",
"'Yes, perfect' to reservation read-back; champagne $60 declined; 'so thoughtful ... she's going to love this place'."
),
]
