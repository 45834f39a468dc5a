CALLS = [
(
"FR49_021", "Aisha Bello", "2026-11-06T09:02:14", "clean",
"""A: Hi, Aisha with StayWell bookings. Where are you headed?
C: Chicago, two nights, the 13th and 14th. Something near the Loop.
A: The Monroe Hotel has a king room at $212 a night.
C: Okay, book it.
A: Please confirm: Monroe Hotel, king room, November 13 to 15. Is that right?
C: Yes.
A: Booking it now.
C: Wait, hold on. My coworker just messaged, the company has a rate at the Palmer. Actually, cancel that.
A: No problem, I've cancelled it before it went through. Nothing's booked.
C: Okay, thanks. Sorry about that.""",
False, 0.0, "neutral", "'book it' and 'Yes' retracted: 'Actually, cancel that', nothing booked; polite, flat"),

(
"FR49_022", "Daniel Novak", "2026-11-06T12:15:50", "asr",
"""A: hi this is daniel how can i help you today
C: yeah i need a table for six at the blue door tonight at seven
A: okay let me try that um sorry they don't have anything for six at seven
C: what about eight
A: trying eight no sorry that's full as well
C: seriously what about any time tonight
A: they could do nine forty five at the bar
C: at the bar for six people no
A: i can look at other restaurants nearby
C: no forget it this is a waste of my time i'll call them myself""",
False, 0.0, "negative", "booking failed twice, bar seat refused, nothing booked; 'this is a waste of my time'"),

(
"FR49_023", "Sofia Marchetti", "2026-11-09T09:33:27", "clean",
"""A: Hi, Sofia with JetAway. Ready to book the Miami flight?
C: Yes. The 6:05 am on the 22nd, one passenger.
A: That's $228. Would you like to add trip protection? It's $29.99.
C: Everything's extra with you people. What happens if I don't?
A: If you cancel, you'd only get a travel credit.
C: Fine, add it.
A: Priority boarding is also available for $15.
C: Sure, whatever, add that too.
A: Please confirm: one passenger to Miami on the 22nd at 6:05 am, with trip protection and priority boarding. Is that right?
C: Yes, that's right.
A: You're booked.
C: Just send it. I'm tired of being nickel-and-dimed.""",
True, 44.99, "negative", "confirms read-back; trip protection $29.99 'Fine, add it' + priority boarding $15 'add that too' = 44.99; 'tired of being nickel-and-dimed'"),

(
"FR49_024", "Jamal Carter", "2026-11-09T10:48:03", "clean",
"""A: Northside Medical, Jamal speaking.
C: Hi, I need to see Dr. Kim about my knee.
A: Sure. Is this still the best number to reach you, the one ending 5521?
C: Yes.
A: Dr. Kim has Wednesday at 3:00 pm. Would you like me to book that?
C: Hmm, let me check my work calendar first and call you back.
A: Of course. I can't hold it, but there are a few slots that week.
C: Okay, I'll call back this afternoon.""",
False, 0.0, "neutral", "'Yes' confirms phone number only; booking deferred 'let me check my work calendar and call you back'"),

(
"FR49_025", "Hannah Lindqvist", "2026-11-09T13:04:41", "asr",
"""A: hi you've reached hannah at first valley bank
C: hi um i just wanted to check my savings balance and ask about sending money abroad
A: sure your savings balance is four thousand two hundred and ten dollars
C: okay and if i send money to my mom in manila what's the limit
A: online it's five thousand a day and there's a fifteen dollar fee
C: oh okay so i can just do it myself in the app
A: yes under transfers then international
C: oh perfect that's really good to know thank you so much
A: anything else
C: no that's everything thanks""",
False, 0.0, "positive", "information only, will do it in the app, no transfer made; 'oh perfect that's really good to know thank you so much'"),

(
"FR49_026", "Marcus Feld", "2026-11-09T15:30:19", "clean",
"""A: Bayline Realty, Marcus speaking.
C: Hi, I'd like to schedule a viewing of the townhouse on Birch Lane.
A: I'm sorry, that one went under contract yesterday, so viewings are closed.
C: Oh, shoot.
A: There's a very similar three-bedroom on Cedar Court, same school district, a bit more yard. I can show it Sunday at 1:00.
C: Oh, I saw that one! Yes, let's do Sunday at 1.
A: Please confirm: viewing at 18 Cedar Court, Sunday at 1:00 pm. Is that right?
C: That's right.
A: You're booked.
C: Honestly that one looks even better. Thanks so much, Marcus!""",
True, 0.0, "positive", "first property unavailable, alternative viewing booked 'let's do Sunday at 1' + 'That's right'; 'Thanks so much'"),

(
"FR49_027", "Yuki Tanaka", "2026-11-10T10:10:10", "clean",
"""A: Hi, Yuki with City Events. What show are you interested in?
C: The Marla Quinn comedy show on the 19th. Three tickets.
A: I have three together in row F, $45 each, $135 in all. Shall I book them?
C: Yes, please.
A: There's also a VIP meet-and-greet after the show, $35 per person. Would you like that for all three?
C: Just for me. My friends don't care, but I'm a huge fan.
A: One meet-and-greet for you. So three tickets in row F plus one meet-and-greet pass. Correct?
C: Correct!
A: All booked.
C: This is amazing, I've wanted to meet her for years. Thank you!""",
True, 35.0, "positive", "'Yes, please' to booking; meet-and-greet accepted for one only at $35 = 35.00; 'This is amazing ... Thank you!'"),

(
"FR49_028", "Rosa Jimenez", "2026-11-10T11:45:36", "asr",
"""A: hi you've reached polished nail bar this is rosa
C: hi can i get a manicure on friday afternoon
A: i have two o'clock or three thirty
C: three thirty
A: okay and do you want regular polish or gel gel is fifteen dollars more
C: um gel i guess yeah
A: alright so a gel manicure friday at three thirty is that right
C: mhm that's right
A: great you're all set
C: okay bye""",
True, 15.0, "neutral", "confirms 'mhm that's right'; gel 'fifteen dollars more' accepted 'gel i guess yeah'; flat"),

(
"FR49_029", "Ethan Brooks", "2026-11-10T14:22:58", "clean",
"""A: Hi, Ethan with Coastline Car Rental. How can I help?
C: I need a minivan in Orlando for a week. And last time you charged my card twice, so I'm not thrilled.
A: I'm sorry about that. I have a Dodge Grand Caravan at $68 a day.
C: Fine. I also need a car seat.
A: Car seats are normally $15 a day, but I can do a flat $35 for the week.
C: Okay, $35, add it.
A: Please confirm: minivan, Orlando airport, the 16th to the 23rd, with one car seat. Is that right?
C: Yes.
A: It's booked.
C: Just make sure I'm not charged twice this time. I'm still waiting on that refund.""",
True, 35.0, "negative", "confirms 'Yes', booked; car seat revised to '$35 for the week' accepted; ends on double charge complaint"),

(
"FR49_030", "Leila Haddad", "2026-11-10T16:40:12", "clean",
"""A: Serenity Spa, this is Leila. How can I help?
C: Hi, I'd like a 60-minute massage this week if possible.
A: Let me look. Our earliest availability is December 1st.
C: Oh wonderful, three weeks out. That's very relaxing to hear.
A: I know, it's our busy season. I can put you on the waitlist.
C: Don't bother. I've been trying to book with you since October.
A: I'm sorry. Would the 1st work at all?
C: No. I'll go somewhere that actually has openings.""",
False, 0.0, "negative", "no availability, waitlist and Dec 1 refused; sarcasm 'Oh wonderful, three weeks out'"),

(
"FR49_031", "Owen Gallagher", "2026-11-11T08:55:30", "clean",
"""A: Good morning, Owen with Northern Bus Lines.
C: Hi, I'm trying to get from Boston to Portland on the 24th.
A: There's a 7:00 am and an 11:30 am, both $32.
C: And coming back on the 27th?
A: 3:00 pm or 6:15 pm, also $32.
C: Okay, sounds good. I'll think about it and book online later probably.
A: Sure. Just a heads up, the 24th tends to sell out.
C: Got it. Thanks.""",
False, 0.0, "neutral", "'sounds good. I'll think about it' = interest without commitment"),

(
"FR49_032", "Chloe Dubois", "2026-11-11T12:20:45", "asr",
"""A: hi this is chloe with starlight cinemas
C: hi can i get two tickets for the little fox tonight at seven
A: sure that's two adults twenty six dollars
C: yeah
A: please confirm two tickets for the little fox tonight at seven p m twenty six dollars total
C: yep that's correct
A: you're all booked just show the code at the door
C: oh yay thank you so much we've been waiting forever for this one""",
True, 0.0, "positive", "confirms 'yep that's correct', booked; 'oh yay thank you so much'"),

(
"FR49_033", "Maria Delgado", "2026-11-11T14:35:02", "clean",
"""A: Hi, Maria here. What can I book for you?
C: Dinner for two in Savannah on Friday, around 8. Seafood.
A: The Oyster House has 8:15.
C: Go ahead and book it.
A: Booked: The Oyster House, two people, Friday at 8:15 pm.
C: And can you find a hotel room for Friday night nearby?
A: I'm sorry, everything within walking distance is sold out that night. The closest is twenty minutes by car.
C: No, we'll stay with my cousin then.
A: Okay. Anything else?
C: No, that's it. Thanks.""",
True, 0.0, "neutral", "'Go ahead and book it' dinner booked; second booking (hotel) not made; flat"),

(
"FR49_034", "Tom Whitaker", "2026-11-12T09:18:23", "clean",
"""A: Thanks for holding, this is Tom with JetAway.
C: Forty minutes on hold. Great. I need two seats to Denver on the 30th.
A: I'm sorry about the wait. The 10:20 am is $198 per person.
C: Fine, book it for me and my husband.
A: Would you like to pick seats together? Seat selection is $20 per seat.
C: Yes, both seats, so $40. Together, please.
A: Please confirm: two passengers to Denver on the 30th at 10:20 am, seats 14A and 14B. Is that right?
C: Yes.
A: You're booked.
C: Next time I'll just use the website.""",
True, 40.0, "negative", "'Fine, book it' + 'Yes' to read-back; seat selection 'both seats, so $40'; sarcasm on hold time, 'Next time I'll just use the website'"),

(
"FR49_035", "Priya Raman", "2026-11-12T11:02:56", "asr",
"""A: hi this is priya at the riverside hotel how can i help
C: hey um quick questions do you have parking
A: yes it's twenty two dollars a night self park
C: okay and are dogs allowed
A: dogs under forty pounds with a fifty dollar cleaning fee
C: mhm and is there a pool
A: indoor pool open till ten
C: okay cool i'll talk to my partner and see
A: sounds good
C: okay thanks""",
False, 0.0, "neutral", "information only, 'i'll talk to my partner'; flat 'okay cool', 'okay thanks'"),

(
"FR49_036", "Kevin O'Brien", "2026-11-12T13:44:18", "clean",
"""A: Hi, Kevin with TixNow. What are we getting today?
C: Two tickets to the Hawks game Sunday, lower level if possible.
A: Section 112, row K, $95 each. Shall I book them?
C: Yes, go ahead. Use the Visa on file.
A: I'm sorry, the Visa was declined.
C: What? Try it again.
A: I tried again, still declined. Do you have another card?
C: Not on me. Ugh, my bank again. This happens every month.
A: I can't hold the seats, I'm afraid.
C: Forget it then. This is such a hassle.""",
False, 0.0, "negative", "card declined twice, nothing bought; 'Forget it', 'such a hassle'"),

(
"FR49_037", "Aisha Bello", "2026-11-12T15:15:07", "clean",
"""A: Studio Verde, Aisha speaking.
C: Hi Aisha, it's Dana. Any chance of a haircut tomorrow?
A: For you, always. I have 12:30.
C: Perfect.
A: Would you like to add a scalp massage? It's $10.
C: No thanks, just the cut this time.
A: So a haircut tomorrow at 12:30. Does that work?
C: Yes, that works.
A: Done, see you tomorrow.
C: You always squeeze me in. You're the best!""",
True, 0.0, "positive", "'Yes, that works' to booking; scalp massage declined 'No thanks'; 'You're the best!'"),

(
"FR49_038", "Daniel Novak", "2026-11-13T09:40:31", "asr",
"""A: hi this is daniel at lakeside health how can i help
C: hi i need to book my annual physical
A: sure i have monday the twenty third at nine a m with doctor shah
C: okay yeah that's fine
A: please confirm monday the twenty third at nine with doctor shah for a physical
C: yes that's right
A: you're booked
C: oh wait actually can we cancel that i just remembered i'm traveling that whole week
A: sure i've cancelled it do you want another date
C: um no i'll call back when i know my schedule
A: okay""",
False, 0.0, "neutral", "confirmed then retracted 'can we cancel that', no new date booked"),

(
"FR49_039", "Sofia Marchetti", "2026-11-13T13:05:44", "clean",
"""A: Hi, Sofia with Coastline Car Rental.
C: Hi! I have a compact booked in Maui for this weekend, confirmation CR-7713. Anything fun I could upgrade to?
A: I can put you in a Mustang convertible. It would be $60 more for the three days.
C: Oh my gosh, yes. Do it.
A: Please confirm: upgrade reservation CR-7713 to a Mustang convertible, $60 extra. Is that right?
C: Yes, that's right!
A: Done, it's updated.
C: This just made my whole trip. Thank you!""",
True, 60.0, "positive", "upgrade '$60 more for the three days' accepted 'yes. Do it' + confirmed; 'This just made my whole trip'"),

(
"FR49_040", "Jamal Carter", "2026-11-13T15:50:22", "clean",
"""A: Riverside Family Clinic, Jamal speaking.
C: I need an appointment with the dermatologist. I've been waiting for weeks.
A: I can help. Do you have a referral from your primary doctor?
C: I asked for one two weeks ago.
A: I don't see it in the system yet, and I can't book dermatology without it.
C: You're kidding me. Nobody told me that.
A: I'm sorry. I'll send a message to Dr. Lopez's office today.
C: This is ridiculous. Every step with you people takes two weeks.
A: I understand. I'll call you as soon as it comes in.
C: Sure you will.""",
False, 0.0, "negative", "could not book without referral, nothing booked; 'This is ridiculous', sarcastic 'Sure you will'"),
]
