CALLS = [
(
"FR49_001", "Maria Delgado", "2026-11-02T09:14:22", "clean",
"""A: Hi, this is Maria with the reservations line. What can I find for you today?
C: I need a dinner table for Saturday. Somewhere Italian, not too far from downtown.
A: I have Trattoria Lucca on Fifth Street and Nonna's Kitchen by the river. Both have openings Saturday evening.
C: Lucca, I think. My sister loves that place.
A: How many people, and what time works?
C: Four of us, around 7:30 if they have it.
A: They do. Please confirm: a table for four at Trattoria Lucca, Saturday at 7:30 pm, under the name Alvarez. Is that right?
C: Yes, that's right.
A: You're all set. The confirmation number is L-4471, and they hold the table for fifteen minutes.
C: Perfect, thank you so much. That's exactly what I wanted.""",
True, 0.0, "positive", "confirms read-back 'Yes, that's right', booked; ends 'thank you so much, exactly what I wanted'"),

(
"FR49_002", "Tom Whitaker", "2026-11-02T10:41:05", "asr",
"""A: thanks for calling this is tom how can i help
C: hi yeah i'm looking for flights to denver um sometime the week of the sixteenth
A: sure one way or round trip
C: round trip leaving monday coming back thursday
A: okay i've got a united nonstop at seven ten in the morning for three hundred twelve dollars round trip or a frontier one at noon for two hundred forty
C: mhm and the frontier one that's with bags or
A: that's the base fare bags are extra on that one
C: okay uh yeah i'm gonna hold off i have to check with my boss about the dates first
A: no problem the fares can change though just so you know
C: yeah understood okay thanks""",
False, 0.0, "neutral", "deferral 'gonna hold off, check with my boss'; flat tone"),

(
"FR49_003", "Priya Raman", "2026-11-02T11:03:47", "clean",
"""A: Good morning, this is Priya. Where are you looking to stay?
C: Portland, Maine. Three nights starting the 20th. I wanted the Harbor Inn.
A: Let me try that. I'm sorry, the Harbor Inn has no rooms left for those dates.
C: Of course it doesn't.
A: The Seaside Lodge two blocks away has a queen room at $189 a night. Would you like me to book that instead?
C: Fine, go ahead with that one.
A: Breakfast there is $18 per night, so $54 for the three nights. Want to add it?
C: Yeah, add the breakfast.
A: Please confirm: Seaside Lodge, queen room, November 20 to 23, with breakfast. Is that correct?
C: Correct.
A: Booked. Your confirmation is on its way by email.
C: Okay. Thanks.""",
True, 54.0, "neutral", "first hotel full, retried Seaside Lodge 'go ahead', confirmed; breakfast '$54 for the three nights' accepted; grumble then flat 'Okay. Thanks.'"),

(
"FR49_004", "Kevin O'Brien", "2026-11-02T13:22:10", "clean",
"""A: Hi there, Kevin here. Which movie are you looking for?
C: Two tickets for the 9:00 showing of Red Horizon tonight at the Metro.
A: Let me check. I'm sorry, the 9:00 is completely sold out.
C: What about the late one?
A: The 10:45 is sold out as well. I can do tomorrow at 7:15.
C: No, tomorrow doesn't work, we're only in town tonight.
A: I understand. There's a showing at the Plaza at 9:30 but it's twenty minutes further.
C: We don't have a car. Forget it.
A: I'm sorry about that.
C: That's the third time this week this app has sent me to a sold-out show. Honestly useless.""",
False, 0.0, "negative", "sold out, alternatives refused 'Forget it'; 'Honestly useless'"),

(
"FR49_005", "Aisha Bello", "2026-11-02T14:50:33", "clean",
"""A: Thank you for calling Studio Verde, this is Aisha. How can I help?
C: Hi, I'd like to book a cut and blow-dry with Jenna if she has anything Thursday.
A: Jenna has 2:00 or 4:30 on Thursday.
C: 4:30 please, I get off work at four.
A: Great. We're running a deep conditioning treatment with any cut, it's $25 extra. Would you like to add it?
C: Ooh, sure, throw that in.
A: So that's a cut and blow-dry plus deep conditioning with Jenna, Thursday at 4:30. Does that all look right?
C: Yes, that's it.
A: Lovely, you're booked.
C: Brilliant, you've been a great help. See you Thursday!""",
True, 25.0, "positive", "confirms booking 'Yes, that's it'; deep conditioning '$25 extra' accepted 'throw that in'; 'you've been a great help'"),

(
"FR49_006", "Daniel Novak", "2026-11-03T08:37:58", "asr",
"""A: hi this is daniel with the bus reservations line
C: yeah hi two tickets to sacramento on friday
A: okay leaving from where
C: from reno
A: there's an eight fifteen in the morning and a two forty in the afternoon
C: the morning one
A: alright please confirm two adult tickets reno to sacramento friday at eight fifteen a m forty six dollars total is that right
C: yep that's it
A: great you're booked the tickets will be texted to you
C: okay""",
True, 0.0, "neutral", "confirms read-back 'yep that's it'; terse, no attitude"),

(
"FR49_007", "Sofia Marchetti", "2026-11-03T09:55:12", "clean",
"""A: Hi, Sofia with the car rental desk. Where will you be picking up?
C: Phoenix airport, next Wednesday, returning Sunday.
A: I have a compact at $39 a day or a midsize SUV at $61 a day.
C: The compact is fine.
A: Would you like to add our collision coverage? It's $22 a day.
C: No, I'm covered through my credit card.
A: Understood. Please confirm: compact car, Phoenix Sky Harbor, Wednesday the 11th to Sunday the 15th. Is that correct?
C: That's correct.
A: Your reservation is confirmed.
C: Thanks.""",
True, 0.0, "neutral", "confirms read-back 'That's correct'; coverage declined; plain 'Thanks.'"),

(
"FR49_008", "Jamal Carter", "2026-11-03T10:12:40", "clean",
"""A: Riverside Family Clinic, this is Jamal. How can I help you?
C: Hi. I'm new to the area and just wanted to ask a couple of things before I make an appointment.
A: Of course.
C: Do you take Blue Harbor insurance?
A: We do, all their PPO plans.
C: And are you open Saturdays? I work weekdays.
A: Saturdays from 8 to noon, walk-ins and appointments.
C: Oh, that's really helpful. I'll call back once my new card arrives.
A: Sounds good. Anything else?
C: No, that's great, thanks a lot!""",
False, 0.0, "positive", "information only, 'I'll call back once my new card arrives'; 'that's really helpful', 'that's great, thanks a lot'"),

(
"FR49_009", "Hannah Lindqvist", "2026-11-03T11:48:19", "clean",
"""A: Hi, this is Hannah at First Valley Bank. What would you like to do today?
C: I need to send my rent. $1,150 to Green Gate Properties.
A: From your checking account ending 2204?
C: Yes.
A: Please confirm: a transfer of $1,150 from checking to Green Gate Properties, going out today. Is that right?
C: Yes, that's right.
A: Done. The transfer has been sent and the reference is TR-88213.
C: Oh, great. What a relief, I thought I'd missed the cutoff. Thanks!""",
True, 0.0, "positive", "confirms transfer read-back 'Yes, that's right', agent says sent (completed transaction); 'What a relief ... Thanks!'"),

(
"FR49_010", "Marcus Feld", "2026-11-03T15:20:02", "asr",
"""A: hi you've reached marcus at bayline realty what can i do for you
C: hi um i saw the two bedroom on oak avenue online and i'd like to see it
A: sure i can do saturday at eleven or sunday at two
C: saturday at eleven
A: okay please confirm a viewing at four twelve oak avenue saturday at eleven a m is that right
C: yeah that's right
A: you're booked
C: and um while i have you can i also see the one on elm street the one bedroom
A: elm street i have saturday at noon right after
C: yeah that works put me down for that too
A: done both viewings are booked
C: okay thanks""",
True, 0.0, "neutral", "confirms first viewing 'yeah that's right' and second 'put me down for that too'; flat 'okay thanks'"),

(
"FR49_011", "Yuki Tanaka", "2026-11-04T10:05:44", "clean",
"""A: Hi, Yuki with City Events. What are you looking for?
C: Tickets to the Lantern Festival concert on the 21st, two please.
A: I have two seats together in the mezzanine.
C: Okay.
A: Please confirm: two mezzanine tickets for the Lantern Festival concert, November 21, $140 in total with fees. Is that right?
C: Hmm, $140? That's more than I thought.
A: The fees are about $18 of that.
C: Let's not do it then. I'll just see if my friend has a spare.
A: No problem at all.
C: Okay, thanks anyway.""",
False, 0.0, "neutral", "does not confirm read-back: 'Let's not do it then'; polite 'thanks anyway'"),

(
"FR49_012", "Rosa Jimenez", "2026-11-04T11:30:15", "clean",
"""A: Hi, this is Rosa. I can help with your restaurant booking.
C: Table for two at Sakura Grill tomorrow at 6.
A: Please confirm: a table for two at Sakura Grill tomorrow at 8:00 pm. Is that right?
C: No. I said 6, not 8.
A: I'm sorry about that. Please confirm: a table for two at Sakura Grill tomorrow at 6:00 pm?
C: Yes. Finally.
A: Your table is booked.
C: Every single time I book through this line something's wrong. It shouldn't take two tries to get a time right.
A: I apologize for the mix-up.
C: Whatever. Fine.""",
True, 0.0, "negative", "corrected read-back confirmed 'Yes. Finally.', booked; 'Every single time ... something's wrong', 'Whatever. Fine.'"),

(
"FR49_013", "Ethan Brooks", "2026-11-04T13:02:51", "asr",
"""A: hey this is ethan with sky travel how can i help you
C: hi i wanna book the flight to austin that i was looking at the one on the twelfth
A: sure the delta at one fifty in the afternoon two hundred eighty nine dollars
C: yeah that one
A: do you want to check a bag it's thirty five dollars if you add it now
C: um yeah add the bag
A: and i can move you to a seat with extra legroom for forty nine dollars
C: nah i'm good i'm short
A: okay please confirm one passenger to austin on the twelfth at one fifty p m with one checked bag is that right
C: yep
A: you're all booked
C: awesome thank you that was super easy""",
True, 35.0, "positive", "confirms 'yep', booked; bag 'thirty five dollars' accepted, legroom declined; 'awesome ... super easy'"),

(
"FR49_014", "Leila Haddad", "2026-11-04T14:45:09", "clean",
"""A: Hi, Leila at Lakeview Resort reservations. How can I help?
C: I need to cancel my booking for the 28th. Confirmation LV-2290.
A: I see it. Before I cancel, I could move it to any other date at no charge, if that helps.
C: No, the trip's off altogether.
A: I can also hold it as a credit for a year.
C: I'd rather just cancel it, please.
A: Understood. It's cancelled and there's no fee.
C: Okay, thanks.""",
False, 0.0, "neutral", "cancellation; date change and credit declined 'I'd rather just cancel'; plain 'Okay, thanks'"),

(
"FR49_015", "Owen Gallagher", "2026-11-05T09:10:33", "clean",
"""A: Brightsmile Dental, this is Owen.
C: Hi, I've cracked a tooth and I need to get in as soon as possible.
A: Let me try tomorrow at 10 with Dr. Patel. I'm sorry, that slot just got taken while I was booking it.
C: Oh no.
A: The next opening is Tuesday at 8:30 in the morning.
C: I'll take it.
A: Please confirm: Tuesday at 8:30 am with Dr. Patel for a cracked tooth. Is that right?
C: Yes, please.
A: You're booked. If anything opens sooner we'll call you.
C: Oh good, thank you. It's killing me, I really appreciate you fitting me in.""",
True, 0.0, "positive", "first slot failed, retried Tuesday 'I'll take it', confirmed; 'really appreciate you fitting me in'"),

(
"FR49_016", "Chloe Dubois", "2026-11-05T10:25:16", "asr",
"""A: hi thanks for calling glow studio this is chloe
C: hi how much are full highlights
A: full highlights start at two hundred and ten and it depends on length
C: two hundred and ten to start
A: yes and with toner it's usually around two fifty
C: ugh that's ridiculous it was like a hundred and forty last year
A: our prices went up in september
C: yeah no i'll pass
A: okay let us know if you change your mind
C: yeah sure""",
False, 0.0, "negative", "price question only, 'i'll pass'; 'ugh that's ridiculous'"),

(
"FR49_017", "Maria Delgado", "2026-11-05T11:40:48", "clean",
"""A: Hi, Maria with Coastline Car Rental. What do you need?
C: A midsize car in San Diego from Thursday to Monday.
A: I have a Toyota Camry or similar at $52 a day.
C: That's fine. Book it.
A: Would you like a GPS unit with that? It's $40 total for the four days.
C: Sure, add the GPS.
A: Please confirm: midsize car, San Diego airport, Thursday to Monday, with GPS. Is that right?
C: Yes.
A: Booked. You'll get an email with the pickup details.
C: Okay.""",
True, 40.0, "neutral", "'Book it' + confirms read-back 'Yes'; GPS '$40 total' accepted; flat 'Okay.'"),

(
"FR49_018", "Tom Whitaker", "2026-11-05T16:05:27", "clean",
"""A: Hi, this is Tom at Cinema 8. How can I help you?
C: Three tickets for Paper Moons on Saturday, the 4:00 show. Two adults and one kid.
A: That's $38.50 in total. Please confirm: three tickets, Paper Moons, Saturday at 4:00 pm?
C: Yep, that's right.
A: Done. Would you like to pre-order any snacks? A large popcorn combo is $11.50.
C: Oh, actually yes, two of the combos at $11.50 each.
A: Two large combos added. You can pick them up at the counter.
C: Great, thank you! The kids are going to be so excited.""",
True, 23.0, "positive", "confirms read-back 'Yep, that's right'; 'two of the combos at $11.50 each' = 23.00; 'Great, thank you! ... so excited'"),

(
"FR49_019", "Priya Raman", "2026-11-06T08:20:11", "asr",
"""A: good morning this is priya with valley coach lines
C: yeah hi is there a nine a m bus from fresno to la on saturday
A: let me look um the first saturday departure is ten thirty
C: the website says nine
A: the nine o'clock only runs on weekdays
C: so the website's just wrong
A: i'm sorry about that i'll report it
C: this is so annoying i planned my whole morning around that
A: would you like the ten thirty
C: no i'll figure something else out
A: okay sorry again""",
False, 0.0, "negative", "info only, offer of ten thirty refused 'no i'll figure something else out'; 'this is so annoying'"),

(
"FR49_020", "Kevin O'Brien", "2026-11-06T17:12:39", "clean",
"""A: Hey, Kevin here. What can I help you plan?
C: I want to surprise my wife Friday. Dinner first. Somewhere with steak.
A: Prime & Ember has a table for two at 6:30 Friday.
C: Perfect, book that.
A: Please confirm: table for two at Prime & Ember, Friday at 6:30 pm?
C: Yes, correct.
A: Booked. Anything else?
C: Actually, yes. Could you find us a movie afterwards, something around 9?
A: Dune Shores is playing at 9:10 at the Regal next door. Two tickets would be $31.
C: Let's do it.
A: Both are booked. I'll text you the confirmations.
C: You're a lifesaver. Thank you so much, she's going to love it.""",
True, 0.0, "positive", "dinner confirmed 'Yes, correct', then movie 'Let's do it' (second main booking, not add-on); 'You're a lifesaver'"),
]
