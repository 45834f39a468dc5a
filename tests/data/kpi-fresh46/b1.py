CALLS = [
(
"FR46_001", "Priya Raman", "2026-11-02T11:14:00", "clean",
"""A: Bellamy's Bistro reservations, how can I help?
C: I need a table for Saturday night.
A: How many people, and what time?
C: Four. Around 7:30 if you have it.
A: I have 7:15 or 7:45.
C: 7:45 is fine.
A: Name for the booking?
C: Gutierrez.
A: So that's a table for four, Saturday the 7th at 7:45 pm, under Gutierrez. Is that correct?
C: Yes, that's right.
A: You're all booked. We hold tables for 15 minutes.
C: Okay, thanks.""",
True, 0.0, "neutral",
"Customer confirms read-back 'Yes, that's right', agent says booked; no add-on; only routine politeness."
),
(
"FR46_002", "Marcus Holloway", "2026-11-02T14:02:00", "clean",
"""A: SkyJet bookings, how can I help you today?
C: I need a one-way from Boston to Denver on the 19th.
A: I have three nonstops: 6:10 am for $189, 9:40 am for $214, and 5:55 pm for $202.
C: The 9:40, please.
A: Would you like an Extra Legroom seat on that flight? It's $39.
C: Sure, add that. My knees will thank you.
A: Okay. One passenger, Boston to Denver, November 19th, 9:40 am, Extra Legroom seat 8C, total $253. Shall I book it?
C: Yes, go ahead.
A: Done, confirmation code is KX4T9Q.
C: Perfect, that's exactly what I needed. Really appreciate how quick that was.""",
True, 39.0, "positive",
"'Yes, go ahead' to booking read-back; accepted Extra Legroom seat $39 ('Sure, add that'); ends 'Perfect ... really appreciate'."
),
(
"FR46_003", "Elena Vasquez", "2026-11-03T09:26:00", "asr",
"""A: northline rail how can i help
C: hi yeah um i'm looking for two tickets to albany on friday morning
A: what time were you hoping to leave
C: uh before nine if possible
A: the seven forty and the eight fifteen are both sold out i'm afraid the next one with seats is eleven twenty
C: eleven twenty hmm that's kind of late for us
A: it's fifty eight dollars per person one way
C: mhm okay
A: would you like me to reserve those
C: um let me check with my sister first she might be able to drive actually
A: no problem the eleven twenty had plenty of seats when i looked
C: okay yeah i'll call back thanks""",
False, 0.0, "neutral",
"Deferral 'let me check with my sister first ... i'll call back'; no booking; flat tone."
),
(
"FR46_004", "Tom Brennan", "2026-11-03T16:48:00", "clean",
"""A: Harborview Hotel, reservations.
C: Hi. Your website crashed twice while I was trying to book, so here I am.
A: Sorry about that. What dates?
C: December 12th to 14th, one king room.
A: I have a king at $179 a night. Shall I reserve it?
C: Yes, please. Card ending 4410.
A: Hmm, the card was declined.
C: That's impossible. Try it again.
A: Same result, I'm afraid. Do you have another card?
C: Not on me. This is unbelievable, first the site and now this.
A: I can't hold the room without a card, but you can call back anytime.
C: Forget it. I'll book somewhere else.""",
False, 0.0, "negative",
"Said 'Yes, please' but card declined twice, nothing booked; 'unbelievable', 'Forget it, I'll book somewhere else'."
),
(
"FR46_005", "Aisha Okafor", "2026-11-04T08:07:00", "clean",
"""A: Corner Bean, pickup order. What can I get you?
C: A large oat milk latte and a blueberry muffin.
A: Hot or iced latte?
C: Hot.
A: Want to add an extra shot for 75 cents?
C: No, just that.
A: Name for the order?
C: Dev.
A: Large hot oat latte and a blueberry muffin for Dev, $8.40. Ready in about ten minutes. Does that sound right?
C: Yep.
A: Great, see you soon.
C: Thanks.""",
True, 0.0, "neutral",
"Order read back and confirmed 'Yep'; extra shot declined 'No, just that'; neutral politeness."
),
(
"FR46_006", "Daniel Kim", "2026-11-04T10:33:00", "clean",
"""A: Roadway Rentals, how can I help?
C: I need a car at the Orlando airport, Thursday to Sunday.
A: Compact is $41 a day, midsize $49 a day.
C: Compact's fine.
A: For the whole rental, full collision coverage would be $54 total. Would you like that?
C: Yeah, add the coverage. Last time I skipped it and regretted it.
A: And a GPS unit for $12?
C: No, I'll use my phone.
A: Compact, Orlando airport, Thursday 10 am to Sunday 6 pm, with full coverage. Shall I confirm that?
C: Yes, please.
A: Confirmed. Reference RW-88213.
C: Great, that was painless. Thanks a lot.""",
True, 54.0, "positive",
"Confirmed rental; accepted coverage $54 total, declined GPS $12; 'that was painless, thanks a lot'."
),
(
"FR46_007", "Sofia Lindqvist", "2026-11-05T18:20:00", "asr",
"""A: cinema plaza box office
C: hey um can i get two tickets for the seven o'clock showing of the harbor tonight
A: sure two adults for the seven pm the harbor that's twenty nine dollars
C: yeah that's right
A: would you like to add a large popcorn combo for eight fifty
C: uh sure throw that in
A: okay two tickets plus one large combo you can pick it up at the counter
C: awesome thanks so much we've been waiting forever to see this one
A: enjoy the movie
C: will do bye""",
True, 8.5, "positive",
"'yeah that's right' to ticket read-back; popcorn combo 'eight fifty' accepted ('sure throw that in') = 8.50; 'awesome thanks so much'."
),
(
"FR46_008", "Rafael Moreno", "2026-11-05T09:55:00", "clean",
"""A: Lakeside Family Practice, scheduling.
C: I need to see Dr. Amin about my knee.
A: Her earliest opening is Thursday at 3:15.
C: Yes, book it.
A: Okay, can I get your date of birth?
C: March 3rd, 1981. Oh wait, Thursday afternoon I've got a client meeting.
A: Would you like a different time?
C: Actually, cancel that. I need to look at my calendar and call you back.
A: No problem, I've released the slot.
C: Okay, thanks.""",
False, 0.0, "neutral",
"'Yes, book it' retracted: 'Actually, cancel that ... call you back'; slot released."
),
(
"FR46_009", "Hannah Weiss", "2026-11-06T12:10:00", "clean",
"""A: Studio Nine Salon, this is Hannah.
C: Hi, can I book a cut and blow-dry with Marisol?
A: She has Friday at 2 or Saturday at 10.
C: Friday at 2.
A: Friday at 2 with Marisol, cut and blow-dry, $65. Okay?
C: Hmm, actually, make it Saturday. Friday's going to be a mess at work.
A: Sure. Saturday at 10 with Marisol then. Confirm?
C: Yes, Saturday at 10.
A: You're booked.
C: Lovely, you're a lifesaver. I've been trying to get in with her for weeks.""",
True, 0.0, "positive",
"Changed Friday to Saturday, then confirmed 'Yes, Saturday at 10'; 'Lovely, you're a lifesaver'."
),
(
"FR46_010", "Kwame Mensah", "2026-11-06T15:41:00", "asr",
"""A: metro coach lines how can i help
C: yeah how much is a bus to philadelphia on sunday
A: one way sunday afternoon is forty seven dollars
C: forty seven for a bus
A: yes that's the fare for sunday the weekday fare is thirty two
C: that's way too much for a bus honestly it was like twenty last month
A: prices go up on holiday weekends i'm sorry
C: yeah whatever i'll just get a ride or something
A: okay is there anything else
C: no""",
False, 0.0, "negative",
"Only asked the price; 'way too much for a bus honestly', 'yeah whatever'; nothing booked."
),
(
"FR46_011", "Laura Becker", "2026-11-09T13:05:00", "clean",
"""A: TicketHub, how can I help?
C: Two floor tickets for The Lanterns at the Arena, December 4th.
A: I'm sorry, the floor is sold out.
C: Oh. What's left?
A: Lower balcony, section 112, $68 each.
C: Are they side by side?
A: Yes, row F, seats 9 and 10.
C: Fine, I guess that works.
A: So two lower balcony tickets, section 112, row F, $136 plus fees. Should I complete the order?
C: Go ahead.
A: Done. Your tickets are in your email.
C: Okay.""",
True, 0.0, "neutral",
"Floor sold out but took balcony instead, 'Go ahead' to read-back; 'Fine, I guess that works' is lukewarm, neutral."
),
(
"FR46_012", "Jun Watanabe", "2026-11-09T19:12:00", "clean",
"""A: Tony's Pizza, delivery or pickup?
C: Delivery. Two large pizzas, one pepperoni and one veggie.
A: Two large, one pepperoni, one veggie, to 14 Elm Street?
C: Wait, make the veggie a mushroom and olive instead.
A: Got it. Two large, one pepperoni, one mushroom and olive. Want garlic knots with that? $5.99.
C: Go on then.
A: So that's $41.97 with the knots, about 40 minutes.
C: Yep, that's it.
A: Order's in.
C: Brilliant, you guys never let me down.""",
True, 5.99, "positive",
"Corrected order then 'Yep, that's it'; garlic knots $5.99 accepted 'Go on then'; 'you guys never let me down'."
),
(
"FR46_013", "Olivia Grant", "2026-11-10T10:22:00", "clean",
"""A: Grand Pines Resort, reservations.
C: Do you have rooms for the conference week, the 16th through the 20th?
A: Yes, a standard queen is $212 a night, or a suite at $340.
C: Is breakfast included?
A: Breakfast is included with the suite only.
C: I'm interested, but I need to run it by my manager since it's a work trip. Can you email me the rates?
A: Sure, what's the email?
C: j.ferris@coastlab.com.
A: Sent. Rooms are going fast that week, just so you know.
C: Understood, thanks.""",
False, 0.0, "neutral",
"'I'm interested ... need to run it by my manager ... email me the rates'; interest without commitment."
),
(
"FR46_014", "Samuel Ortiz", "2026-11-10T11:47:00", "clean",
"""A: Pacific Air, how can I help?
C: I want to move my Friday flight to the earlier one, the 1:20 instead of 2:35.
A: I can do that. There's a change fee of $75.
C: Seventy-five bucks to move a flight an hour earlier? That's robbery.
A: I understand. It's the fare rule on basic economy.
C: Fine. Just do it.
A: Moving you to the 1:20 pm on Friday, seat 22A, $75 charged to the card on file. Confirm?
C: Yes.
A: Done, your new boarding pass will be emailed.
C: Whatever. Bye.""",
True, 0.0, "negative",
"Paid booking change confirmed ('Fine. Just do it', 'Yes'); $75 is a fee, not an upsell; 'That's robbery', 'Whatever'."
),
(
"FR46_015", "Nadia Petrova", "2026-11-11T17:30:00", "asr",
"""A: olive and vine how can i help you
C: hi um do you have a table for two tonight around eight
A: let me look uh no i'm sorry we're fully booked tonight
C: nothing at all not even late
A: nothing until the bar opens up at ten i can put you on the waitlist
C: ugh that's so annoying we booked a babysitter and everything
A: i'm sorry it's a busy friday
C: yeah put me on the waitlist i guess name's carla
A: okay carla we'll call if something opens up
C: fine""",
False, 0.0, "negative",
"Fully booked; waitlist is not a reservation; 'that's so annoying', 'fine'."
),
(
"FR46_016", "Ben Carter", "2026-11-11T09:03:00", "clean",
"""A: Brightsmile Dental, Ben speaking.
C: Hi, I just wanted to check what time my cleaning is next week.
A: Sure, name and date of birth?
C: Renata Cole, 6/14/1990.
A: Thanks. You're on Tuesday the 17th at 10:30 with Jess.
C: Oh, I thought it was Wednesday. Good thing I called.
A: It's Tuesday. Is 10:30 still okay?
C: Yes, that's fine.
A: Great, we'll see you then.
C: Oh wonderful, you've saved me a wasted trip. I really appreciate it.""",
False, 0.0, "positive",
"Only checked an existing appointment; 'Yes, that's fine' is not a new booking; 'you've saved me a wasted trip, I really appreciate it'."
),
(
"FR46_017", "Priya Raman", "2026-11-12T10:50:00", "clean",
"""A: Coastline Rail, bookings.
C: Return tickets Portland to Seattle, leaving the 21st, back the 23rd. Two adults, one child.
A: The 8:05 out and the 4:30 back work for you?
C: Yes.
A: That's $192 total. I can upgrade you all to business class for $30 each.
C: No, we'll be fine in standard.
A: So two adults, one child, standard class, Portland to Seattle on the 21st at 8:05, return on the 23rd at 4:30, $192. Is that correct?
C: Yes, that's everything.
A: Booked. E-tickets are on their way.
C: Thanks.""",
True, 0.0, "neutral",
"'Yes, that's everything' to read-back; business upgrade declined 'we'll be fine in standard'."
),
(
"FR46_018", "Marcus Holloway", "2026-11-12T07:45:00", "asr",
"""A: good morning daily grind what can i get started for you
C: um can i get a cappuccino medium
A: sure any milk preference
C: just regular whole milk
A: would you like to make it a large for fifty cents more
C: yeah go ahead
A: okay one large whole milk cappuccino that'll be four seventy five is that right
C: mhm yeah
A: great it'll be ready at the pickup counter in five minutes
C: okay""",
True, 0.5, "neutral",
"'mhm yeah' to order read-back; size upgrade 'fifty cents more' accepted 'yeah go ahead' = 0.50; flat."
),
(
"FR46_019", "Elena Vasquez", "2026-11-13T14:15:00", "clean",
"""A: Riverside Theater box office.
C: I need three tickets for Saturday's matinee of Into the Woods.
A: I have three together in row K at $45 each, plus a $12 service fee per ticket.
C: Oh great, a $12 fee per ticket. Love that.
A: I'm sorry, it's charged on all phone orders.
C: Sure it is. Fine, book them.
A: Three tickets, row K, Saturday 2 pm matinee, $171 total. Correct?
C: Yes.
A: All set, they'll be at will-call.
C: Can't wait to pay for parking too.""",
True, 0.0, "negative",
"'Fine, book them' and 'Yes' to read-back; sarcasm about fees throughout ('Love that', 'Can't wait to pay for parking too')."
),
(
"FR46_020", "Tom Brennan", "2026-11-13T11:38:00", "asr",
"""A: thanks for calling swift car hire how can i help
C: yeah hi i'm after an suv at the denver airport next tuesday for a week
A: sure a standard suv is three hundred ninety dollars for the week
C: okay does that include insurance
A: no the damage waiver is extra
C: mm okay um let me see what my credit card covers first
A: of course i can hold the quote for twenty four hours
C: yeah that works i'll call back tomorrow probably
A: sounds good
C: thanks bye""",
False, 0.0, "neutral",
"Deferral 'let me see what my credit card covers first ... call back tomorrow'; 'yeah that works' is about the quote hold, not a booking."
),
]
