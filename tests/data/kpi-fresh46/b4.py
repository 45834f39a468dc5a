CALLS = [
(
"FR46_061", "Olivia Grant", "2026-11-16T09:20:00", "clean",
"""A: Bluewing Airlines, how can I help?
C: Two seats to Cancun, leaving December 20th, back the 27th, from Dallas.
A: The 9:15 am out and the 2:40 pm back, $612 per person round trip.
C: That's fine.
A: Checked bags are $35 each. Would you like to add any?
C: Yes, one bag each.
A: Two passengers, Dallas to Cancun, December 20th to 27th, with two checked bags, $1,294 total. Shall I book it?
C: Yes, book it.
A: Booked. Confirmation BW93KD.
C: Wonderful! We've been saving for this trip all year. Thank you so much.""",
True, 70.0, "positive",
"'Yes, book it' to read-back; 'one bag each' at $35 for two passengers = 70.00; 'Wonderful! ... Thank you so much'."
),
(
"FR46_062", "Samuel Ortiz", "2026-11-16T12:48:00", "asr",
"""A: thanks for calling the regent hotel how can i help
C: hi i need a king room for the fourteenth one night
A: sure a king for the fourteenth is two oh nine plus tax
C: okay yeah let's do it
A: one king room december fourteenth one night two oh nine is that right
C: yes that's right
A: um i'm sorry the system just errored out and that last king room is gone now
C: what it was there a second ago
A: i'm so sorry i can check our sister property across town
C: no thanks i'll look myself this is such a waste of time""",
False, 0.0, "negative",
"Confirmed read-back but the room was lost to a system error, alternative declined; 'such a waste of time'."
),
(
"FR46_063", "Nadia Petrova", "2026-11-17T11:36:00", "clean",
"""A: Fennel and Fig, reservations.
C: Do you have a table for five next Thursday?
A: I have 6 pm or 8:45.
C: Hmm. 6 might be early for some of them.
A: Is this the best number to reach you?
C: Yes.
A: Shall I put you down for 6?
C: Let me check if the others can make 6 first. I'll text them and call you back.
A: Sure, I can't hold it, but it was open when I looked.
C: Okay, thanks.""",
False, 0.0, "neutral",
"'Yes' answers the phone-number question; then deferral 'Let me check if the others can make 6 first'."
),
(
"FR46_064", "Ben Carter", "2026-11-17T14:10:00", "clean",
"""A: Orpheum Theatre box office.
C: Two tickets for The Nutcracker on December 13th, the evening show.
A: Orchestra row M, $79 each, or mezzanine row C, $64 each.
C: Mezzanine.
A: We also have an interval package, two drinks and a program, for $18.
C: No, thanks.
A: Two mezzanine tickets, row C, December 13th at 7:30, $128. Correct?
C: Correct.
A: All done, they're in your email.
C: Okay, bye.""",
True, 0.0, "neutral",
"'Correct' to ticket read-back; interval package $18 declined 'No, thanks'; routine close."
),
(
"FR46_065", "Hannah Weiss", "2026-11-18T10:15:00", "clean",
"""A: Studio Nine Salon, Hannah speaking.
C: I need a colour correction. The last colour I got here went brassy in two weeks.
A: I'm sorry to hear that. Our senior colourist has Saturday at 9, it's a four-hour slot, $180.
C: $180 to fix your own mistake?
A: I can take 20% off for the correction.
C: Fine. Go ahead and book it. And fix it properly this time.
A: Saturday at 9 with Lena, colour correction, $144. Confirm?
C: Yes.
A: You're booked.
C: We'll see how it turns out.""",
True, 0.0, "negative",
"'Go ahead and book it' and 'Yes' to read-back; discount is not upsell; '$180 to fix your own mistake?', 'fix it properly this time'."
),
(
"FR46_066", "Kwame Mensah", "2026-11-18T16:22:00", "clean",
"""A: Valley Bus Lines, how can I help?
C: Can I bring a bike on the bus to Boulder?
A: Yes, on the front rack, $10 extra, first come first served.
C: And how much is the ticket?
A: $18 one way.
C: Okay. Good to know. I'll book online later.
A: Sure, the bike fee is paid to the driver.
C: Okay, thanks.""",
False, 0.0, "neutral",
"Information only; 'I'll book online later' is deferral; routine thanks."
),
(
"FR46_067", "Laura Becker", "2026-11-19T09:58:00", "asr",
"""A: sunline car rental how can i help
C: hi yeah i'd like a midsize car from the san diego airport friday to monday
A: sure a midsize is forty five a day so one eighty for the four days
C: okay that's fine
A: would you like to add an additional driver for fifteen dollars
C: yeah add my husband his name's luis ortega
A: okay midsize friday noon to monday noon with luis as additional driver is that all correct
C: yep that's correct
A: you're confirmed
C: oh great thank you you made that so easy""",
True, 15.0, "positive",
"'yep that's correct' to read-back; additional driver fifteen dollars accepted 'yeah add my husband' = 15.00; 'you made that so easy'."
),
(
"FR46_068", "Jun Watanabe", "2026-11-19T08:05:00", "clean",
"""A: Motion Physio, Jun speaking.
C: Hi, I did something to my back this morning and I can barely stand up. Any chance of seeing someone today?
A: Let me check. I have a cancellation at 1:30 with Dr. Cho.
C: Yes, book it, please. Thank God.
A: 1:30 today with Dr. Cho, initial assessment, $95. Name?
C: Aaron Feld.
A: You're in, Aaron. Bring comfortable clothes.
C: You've no idea how much this helps. Thank you, seriously.""",
True, 0.0, "positive",
"'Yes, book it, please' to same-day slot, agent confirms; 'You've no idea how much this helps'."
),
(
"FR46_069", "Olivia Grant", "2026-11-20T13:42:00", "clean",
"""A: Hudson Bagel, pickup orders.
C: A dozen everything bagels and two tubs of scallion cream cheese, pickup at 6.
A: Oh, we close at 4 today, it's early closing for the holiday.
C: Oh. Could I pick up at 3:30?
A: Yes, we could have it ready at 3:30.
C: Hmm, I won't be out of work by then. Never mind, I'll come by tomorrow morning.
A: Okay, we open at 6:30.
C: Okay.""",
False, 0.0, "neutral",
"Store closing early; 'Never mind, I'll come by tomorrow morning'; no order placed."
),
(
"FR46_070", "Samuel Ortiz", "2026-11-20T07:30:00", "clean",
"""A: Eastern Rail, customer service.
C: My 7:45 was just cancelled. Again. I want a refund.
A: I'm sorry. I can put you on the 8:50 at no charge.
C: The 8:50 gets me in after my meeting starts. No, I'll drive. Just refund me.
A: Okay, $72 back to your card.
C: Third cancellation this month.
A: I apologise, there's a signal fault on the line.
C: There's always something with you people.""",
False, 0.0, "negative",
"Declined the free rebooking 'No, I'll drive. Just refund me'; refund only; 'always something with you people'."
),
(
"FR46_071", "Nadia Petrova", "2026-11-23T17:05:00", "clean",
"""A: Bijou Cinema, how can I help?
C: Hi, what time is the new Pixar film showing on Sunday?
A: 11 am, 1:30 and 4.
C: And are the tickets cheaper in the morning?
A: Yes, the 11 am is $8 for everyone.
C: Oh, that's perfect for us. We'll just buy at the door.
A: Sounds good, it rarely sells out.
C: Great, thanks so much, that's really helpful!""",
False, 0.0, "positive",
"Information only, 'We'll just buy at the door'; 'that's perfect', 'really helpful!'."
),
(
"FR46_072", "Ben Carter", "2026-11-23T09:35:00", "asr",
"""A: brightsmile dental ben speaking
C: yeah finally i've been trying to get through for forty minutes i cracked a tooth
A: i'm sorry about the wait is it painful
C: yeah it's pretty bad
A: the earliest i have is tomorrow at nine with dr patel
C: nothing today
A: i'm afraid not we're fully booked
C: ugh okay put me in for tomorrow at nine
A: okay tomorrow at nine with dr patel for an emergency exam is that right
C: yes
A: booked
C: forty minutes on hold though seriously you need more people""",
True, 0.0, "negative",
"'put me in for tomorrow at nine' and 'yes' to read-back; 'forty minutes on hold though seriously'."
),
(
"FR46_073", "Priya Raman", "2026-11-24T10:18:00", "clean",
"""A: Horizon Travel, flights desk.
C: I'd like the 6:20 pm from Phoenix to Seattle on Sunday.
A: That's $158. One passenger, Phoenix to Seattle, Sunday at 6:20 pm. Correct?
C: Yes, correct.
A: Processing. Hmm, I'm getting an error from the payment system.
C: Oh.
A: Let me try once more. No, same error, and I can't hold the fare.
C: No worries, these things happen. I'll book it online later.
A: I'm sorry about that.
C: It's okay. Bye.""",
False, 0.0, "neutral",
"Confirmed read-back but payment system failed, nothing booked; 'No worries, these things happen' is neutral."
),
(
"FR46_074", "Marcus Holloway", "2026-11-24T15:50:00", "clean",
"""A: Palm Cove Resort, Marcus speaking.
C: Hi, I have a reservation for next week, under Okafor. Is there any chance of an ocean view?
A: Let me see. Yes, I can move you to an ocean view king for $120 for your three nights.
C: Oh, let's do it. That's exactly what we wanted.
A: Great. So the same dates, December 1st to 4th, now in an ocean view king, plus $120. Correct?
C: Yes, that's right.
A: Done, your updated confirmation is on its way.
C: You've made my wife very happy. Thank you!""",
True, 120.0, "positive",
"Paid upgrade to existing stay 'let's do it', confirmed 'Yes, that's right'; $120 for the three nights = 120.00; 'Thank you!'."
),
(
"FR46_075", "Elena Vasquez", "2026-11-25T18:15:00", "clean",
"""A: Bangkok Garden, takeout.
C: Pad thai with chicken, a green curry with tofu, and two spring rolls.
A: Spice level on the curry?
C: Medium.
A: Pad thai chicken, green curry tofu medium, two spring rolls, $36.25, ready in 25 minutes. Right?
C: That's right.
A: Name?
C: Ellis.
A: Thanks, Ellis, see you soon.
C: Thanks! Your green curry is honestly the best in town.""",
True, 0.0, "positive",
"'That's right' to order read-back; 'honestly the best in town'."
),
(
"FR46_076", "Tom Brennan", "2026-11-25T11:05:00", "clean",
"""A: Arena box office, Tom speaking.
C: I need two wheelchair-accessible seats for the Delgado concert on the 9th.
A: I'm sorry, the accessible platform is sold out for that date.
C: Already? Tickets went on sale yesterday.
A: I know, they went very fast.
C: And regular seats are no use to me. This is the second time this year.
A: I can add you to the waitlist for accessible seats.
C: Fine, put me on it. But it's disappointing. Again.
A: Done, we'll email if any come up.
C: Right.""",
False, 0.0, "negative",
"Accessible seats sold out; waitlist is not a booking; 'disappointing. Again.'."
),
(
"FR46_077", "Aisha Okafor", "2026-11-26T12:40:00", "clean",
"""A: Patel Auto Service, Aisha speaking.
C: I need my winter tires put on before I drive to Vermont next Friday.
A: Our first opening is Monday the 7th.
C: That's after my trip. Nothing this week?
A: We're completely booked with tire season, I'm sorry.
C: You advertised same-week tire swaps on the radio.
A: That was earlier in the season.
C: Then forget it. I'll find someone who actually has time.
A: I'm sorry we couldn't help.
C: Yeah.""",
False, 0.0, "negative",
"No usable slot; 'Then forget it'; complaint about the radio advert."
),
(
"FR46_078", "Daniel Kim", "2026-11-26T16:30:00", "clean",
"""A: SkyJet bookings.
C: I'm calling back about the Seattle to Chicago fare you quoted earlier, $231.
A: Let me pull it up. That fare is now $311.
C: It went up $80 while I was on hold?
A: Fares change with availability, I'm sorry.
C: Don't book anything. I'm not paying that.
A: Would you like me to check other days?
C: No. I'll look on my own.
A: Okay.
C: Unbelievable.""",
False, 0.0, "negative",
"'Don't book anything. I'm not paying that'; 'Unbelievable'."
),
(
"FR46_079", "Sofia Lindqvist", "2026-11-27T09:10:00", "clean",
"""A: Daily Grind, phone orders.
C: Hi! I'm trying to order coffee for my book club, eleven people.
A: Sure. What would they like?
C: Oh gosh, I don't actually have everyone's orders. One wants oat, two want decaf, and I forgot the rest.
A: We could do two carafes of house coffee and a carafe of decaf, with milks on the side.
C: That's clever, but some of them are particular. Actually, I'll just come in and we'll all order there.
A: That's totally fine.
C: You've been really sweet, thank you for being so patient with me!""",
False, 0.0, "positive",
"No order placed, 'I'll just come in and we'll all order there'; 'You've been really sweet'."
),
(
"FR46_080", "Rafael Moreno", "2026-11-27T14:25:00", "clean",
"""A: Sunday Social, reservations.
C: Brunch for eight on the 6th, around 11.
A: I have 11:15. For groups of eight there's a $20 per person deposit.
C: A $20 deposit per person for brunch? That's a bit much.
A: It comes off the bill on the day.
C: Fine. Book it.
A: Eight people, Sunday December 6th at 11:15, $160 deposit on the card. Correct?
C: Yes, that's right.
A: You're booked.
C: Still think the deposit thing is silly.""",
True, 0.0, "negative",
"'Fine. Book it' and 'Yes, that's right'; deposit is not an upsell; 'a bit much', 'the deposit thing is silly'."
),
]
