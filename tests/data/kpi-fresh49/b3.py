CALLS = [
(
"FR49_041", "Hannah Lindqvist", "2026-11-16T09:07:41", "clean",
"""A: First Valley Bank, this is Hannah. What can I do for you?
C: I want to send $600 to my brother, Luis Ortega, from my checking.
A: Please confirm: $600 from checking ending 7719 to Luis Ortega, today. Is that right?
C: Yes, send it.
A: I'm sorry, the transfer didn't go through. Your available balance is $412 because of a pending deposit hold.
C: A hold? My paycheck went in yesterday.
A: It clears tomorrow morning. I can't send more than $412 today.
C: No, he needs the whole amount. Great, so I wait another day, and I bet there's a fee for the failed transfer too.
A: There's no fee for this one.
C: Well, that's something. This bank is getting worse every year.""",
False, 0.0, "negative", "'Yes, send it' but transfer failed (hold), nothing sent; 'This bank is getting worse every year'"),

(
"FR49_042", "Marcus Feld", "2026-11-16T10:30:05", "asr",
"""A: bayline realty this is marcus
C: hi marcus um we spoke last week about the condo on harbor street is it still available
A: it is and the sellers just dropped the price
C: oh nice okay can we come see it this week
A: i can do wednesday at five thirty
C: yes perfect
A: so that's a viewing at harbor street wednesday at five thirty for you and your husband correct
C: yeah that's right both of us
A: great you're booked
C: oh i'm so excited thank you for keeping us in mind you've been wonderful""",
True, 0.0, "positive", "viewing read-back 'yeah that's right', booked; 'so excited', 'you've been wonderful'"),

(
"FR49_043", "Yuki Tanaka", "2026-11-16T11:55:17", "clean",
"""A: City Events, Yuki speaking.
C: I need two tickets for the symphony on the 28th. Nothing fancy.
A: Balcony seats are $55 each. Shall I book two?
C: Yes.
A: The venue garage sells a reserved parking pass for $20. Would you like one?
C: Sure, add parking.
A: Please confirm: two balcony tickets for the 28th and one parking pass, $130 in total.
C: That's correct.
A: You're all set.
C: Okay. Thank you.""",
True, 20.0, "neutral", "'Yes' + 'That's correct'; parking pass $20 accepted; plain 'Okay. Thank you.'"),

(
"FR49_044", "Rosa Jimenez", "2026-11-16T14:12:33", "clean",
"""A: Hi, Rosa at Maison Claire. How can I help you?
C: It's our anniversary Saturday. Do you still do the tasting menu?
A: We do, $95 per person, seven courses. I have a table for two at 7:00.
C: We'll take it.
A: Would you like the wine pairing? It's $45 per person.
C: Yes, two pairings at $45 each. Go big, right?
A: Lovely. Please confirm: tasting menu for two, Saturday at 7:00 pm, with two wine pairings.
C: Yes, exactly.
A: It's booked, and I've noted the anniversary.
C: Oh, that's so sweet of you. Thank you, we're really looking forward to it.""",
True, 90.0, "positive", "'We'll take it' + 'Yes, exactly'; 'two pairings at $45 each' = 90.00; 'so sweet ... really looking forward'"),

(
"FR49_045", "Ethan Brooks", "2026-11-17T08:44:09", "clean",
"""A: Hi, Ethan with Sky Travel. How can I help?
C: What do you have to Nashville on the 26th?
A: The cheapest nonstop is $412 round trip, or $366 with one stop in Atlanta.
C: $412 for a two-hour flight? That's insane.
A: It's Thanksgiving week, fares are high everywhere.
C: I'd book it if it were under $300. Otherwise I'm driving.
A: I can set a fare alert for you.
C: Don't bother. Honestly, this is just price gouging.""",
False, 0.0, "negative", "conditional 'I'd book it if it were under $300', nothing booked; 'That's insane', 'price gouging'"),

(
"FR49_046", "Leila Haddad", "2026-11-17T10:17:48", "asr",
"""A: hi this is leila at sandpiper beach hotel
C: hi i wanna book a room for the twelfth through the fifteenth of december
A: sure i have a standard king at one sixty nine a night
C: okay
A: for forty dollars more a night i can give you an ocean view
C: um yeah okay let's do the ocean view
A: alright please confirm ocean view king december twelfth to fifteenth
C: mhm yeah that's it
A: you're booked i'll email the confirmation
C: okay sounds good""",
True, 40.0, "neutral", "'mhm yeah that's it' to read-back; ocean view 'forty dollars more a night' accepted, recurring price counted once = 40.00; flat"),

(
"FR49_047", "Owen Gallagher", "2026-11-17T13:29:52", "clean",
"""A: Starlight Cinemas, Owen speaking.
C: Hi, two tickets for Glass Tide at 6:40 tonight.
A: Sure, that's $27. Please confirm: two tickets, Glass Tide, tonight at 6:40?
C: Yes, that's right.
A: I'm sorry, our payment system just returned an error. Let me try once more.
C: Okay.
A: Same error, I'm afraid. The booking didn't go through. You can buy at the box office or try the app in a little while.
C: Okay, I'll try the app later then.
A: Sorry about that.
C: No problem.""",
False, 0.0, "neutral", "confirmed but booking failed twice, nothing booked; 'No problem' neutral"),

(
"FR49_048", "Chloe Dubois", "2026-11-17T15:03:14", "clean",
"""A: Glow Studio, Chloe speaking.
C: Hi, do you have anything for a color touch-up on Saturday?
A: Saturday's fully booked, unfortunately. I have Friday at 5 or Monday at 10.
C: Hmm. I work Friday and Monday.
A: I could put you on the Saturday cancellation list.
C: Sure, put me on the list. I'd book if something opens up Saturday.
A: Done. We'll text you if anything frees up.
C: Okay, thanks.""",
False, 0.0, "neutral", "no slot; cancellation list and conditional 'I'd book if something opens up' - nothing booked"),

(
"FR49_049", "Maria Delgado", "2026-11-18T09:22:37", "asr",
"""A: coastline car rental this is maria
C: yeah i need a full size car in denver thursday to sunday and before you say anything last time you guys gave my car away
A: i'm really sorry about that i have a full size at fifty eight a day
C: fine book it i'm only calling you because everyone else is sold out
A: understood would you like to add a second driver it's thirty dollars for the whole rental
C: yeah add my wife
A: okay full size in denver thursday to sunday with an additional driver is that correct
C: yes
A: you're booked
C: and i swear if that car isn't there when i land i'm done with you people""",
True, 30.0, "negative", "'fine book it' + 'yes' to read-back; second driver 'thirty dollars for the whole rental' accepted; 'i'm done with you people'"),

(
"FR49_050", "Tom Whitaker", "2026-11-18T11:38:50", "clean",
"""A: Hi, Tom with the dining line. What can I help with?
C: Just a quick question about Olive & Fig. My daughter has celiac. Do they have a gluten-free menu?
A: They do, a full separate menu, and a dedicated fryer.
C: Oh, that's wonderful. And are they open on Mondays?
A: Mondays from 5 to 10.
C: Great. I'll sort out a day with her and book later.
A: Sure, I'm here whenever you're ready.
C: Thank you, that's really helpful. It's so hard to find places like that.""",
False, 0.0, "positive", "information only, 'book later'; 'that's wonderful', 'really helpful'"),

(
"FR49_051", "Priya Raman", "2026-11-18T14:06:21", "clean",
"""A: Maple Pediatrics, Priya speaking.
C: Hi, my son turns one next month and I'm not sure which shots he needs.
A: At twelve months it's usually MMR, chickenpox and hepatitis A. The doctor will confirm at the well visit.
C: Can that all be done in one visit?
A: Yes, in most cases. I have openings on the 8th and the 10th.
C: Let me check with my husband which day he can come, and I'll call back.
A: Of course.
C: Thank you so much, you explained that so clearly. I was really anxious about it.""",
False, 0.0, "positive", "deferral 'check with my husband ... call back'; 'Thank you so much, you explained that so clearly'"),

(
"FR49_052", "Kevin O'Brien", "2026-11-18T16:20:03", "clean",
"""A: Northern Bus Lines, Kevin speaking.
C: One ticket to Albany on the 3rd, the morning bus.
A: That's the 8:10 am, $29. Do you want the flexible fare for $8 more, and is this the number for text updates?
C: Yes, that's my cell.
A: And the flexible fare?
C: No, standard is fine.
A: Please confirm: one standard ticket to Albany on December 3rd at 8:10 am, $29.
C: Yep.
A: Booked.
C: Okay, thanks.""",
True, 0.0, "neutral", "'Yes, that's my cell' answers the phone question; flexible fare declined; 'Yep' confirms read-back"),

(
"FR49_053", "Aisha Bello", "2026-11-19T09:48:26", "asr",
"""A: studio verde this is aisha
C: hi i'd like to book a balayage with marco next tuesday
A: marco has tuesday at ten
C: okay yeah book that
A: would you like a gloss toner with it it's twenty five dollars
C: yes please i've heard it makes a big difference
A: great balayage with toner tuesday at ten
C: oh um actually can you change it to thursday instead i forgot i have a dentist thing tuesday
A: sure marco has thursday at ten too so balayage with toner thursday at ten is that right
C: yes that's right thank you you guys are always so nice""",
True, 25.0, "positive", "changed day, then 'yes that's right' to revised read-back; toner 'twenty five dollars' accepted; 'you guys are always so nice'"),

(
"FR49_054", "Daniel Novak", "2026-11-19T11:11:11", "clean",
"""A: TixNow, Daniel speaking.
C: The Silver Keys concert on the 22nd was cancelled and nobody has refunded me.
A: I'm sorry. Let me look. Your refund of $180 was issued this morning. It takes 5 to 7 business days.
C: 5 to 7 days? The concert was cancelled two weeks ago.
A: I understand. The promoter only released the funds yesterday.
A: I can also book you seats for the rescheduled date in March, if you'd like.
C: No. Your email said I'd be moved to March automatically, and instead I waited two weeks for nothing. I'm done buying through you.
A: I'm sorry for the confusion.
C: Yeah. Me too.""",
False, 0.0, "negative", "refund call, March tickets refused 'No'; 'I'm done buying through you'"),

(
"FR49_055", "Sofia Marchetti", "2026-11-19T13:40:58", "clean",
"""A: JetAway, Sofia speaking.
C: I've been trying to book my mother a flight on your website for an hour and it keeps crashing.
A: I'm sorry. I can book it for you. Where is she flying?
C: Tampa to Cleveland, December 18th, morning.
A: The 9:05 am is $176. Would you like extra legroom for her? It's $39.
C: Yes, she has bad knees. Add it.
A: Trip insurance is $24.
C: No.
A: Please confirm: Margaret Hale, Tampa to Cleveland, December 18 at 9:05 am, extra legroom seat. Correct?
C: Correct.
A: Booked.
C: An hour of my life on that website. Fix it.""",
True, 39.0, "negative", "'Correct' to read-back; legroom '$39' accepted, insurance declined 'No'; ends complaining about website"),

(
"FR49_056", "Jamal Carter", "2026-11-20T08:30:44", "clean",
"""A: Northside Medical, Jamal speaking.
C: I'm trying to get a flu shot appointment. The online calendar is empty again.
A: I'm sorry. December's schedule opens tomorrow morning.
C: It said that last week too.
A: I know. Would you like me to call you back tomorrow when it opens?
C: Yes, call me back tomorrow. Though I'm not holding my breath.
A: I'll put a note in for 9 am.
C: Sure. Third time's the charm, I guess.""",
False, 0.0, "negative", "'Yes, call me back tomorrow' is not a booking; sarcastic 'not holding my breath', 'Third time's the charm'"),

(
"FR49_057", "Hannah Lindqvist", "2026-11-20T10:05:09", "asr",
"""A: first valley bank this is hannah how can i help
C: hi i wanted to set up an appointment to talk about a home loan
A: sure i can book you with one of our mortgage advisors do you prefer in branch or video
C: in branch the one on main street
A: i have friday at two or monday at eleven
C: friday at two
A: okay please confirm friday at two p m main street branch with a mortgage advisor
C: yes that's correct
A: you're booked bring two recent pay stubs
C: great thank you that was so easy i really appreciate it""",
True, 0.0, "positive", "appointment read-back 'yes that's correct', booked; 'that was so easy i really appreciate it'"),

(
"FR49_058", "Marcus Feld", "2026-11-20T14:48:15", "clean",
"""A: Bayline Realty, Marcus speaking.
C: We saw the house on Pine Ridge on Saturday. I wanted to cancel the second viewing you booked for us.
A: Sure. Can I ask what didn't work?
C: The listing photos were very misleading. The "spacious yard" is a strip of gravel.
A: I'm sorry. I have a couple of other listings nearby I could show you.
C: No thanks. I'm not wasting another Saturday.
A: Understood. I've cancelled the second viewing.
C: Fine.""",
False, 0.0, "negative", "cancels viewing, other listings refused 'No thanks'; 'misleading', 'not wasting another Saturday'"),

(
"FR49_059", "Yuki Tanaka", "2026-11-20T16:25:31", "clean",
"""A: City Events, Yuki speaking.
C: Hi! Four tickets for the Winter Lights walk on December 6th. Two adults, two kids.
A: That's $64 in total. Shall I book them for the 6 pm entry?
C: Yes, please!
A: We also have a hot cocoa package, $6 each. Would you like it for everyone?
C: All four, yes. The kids would never forgive me.
A: So four tickets at 6 pm plus four cocoa packages. Is that right?
C: That's right.
A: Booked!
C: Yay, thank you! This is going to be such a fun night.""",
True, 24.0, "positive", "'Yes, please!' + 'That's right'; cocoa '$6 each', 'All four' = 24.00; 'such a fun night'"),

(
"FR49_060", "Rosa Jimenez", "2026-11-20T17:10:47", "clean",
"""A: Hi, Rosa at Sakura Grill. How can I help?
C: I want to book a table for twelve on Friday the 5th for a birthday.
A: We can do 7:30 in the back room. For parties over ten there's a $100 deposit.
C: A deposit? For a table?
A: It comes off the final bill.
C: No, we'll go somewhere else then. That's ridiculous.
A: I understand. If you change your mind, the room is open until Wednesday.
C: I won't.""",
False, 0.0, "negative", "refused deposit 'we'll go somewhere else', nothing booked; 'That's ridiculous'"),
]
