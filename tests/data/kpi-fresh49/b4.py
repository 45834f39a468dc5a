CALLS = [
(
"FR49_061", "Ethan Brooks", "2026-11-23T09:03:28", "clean",
"""A: Sky Travel, Ethan speaking.
C: I'd like to book the 2:15 pm to Seattle on the 29th. Just me.
A: That's $184. Would you like to add a checked bag for $35?
C: Yeah, add a bag.
A: Please confirm: one passenger to Seattle on the 29th at 2:15 pm with one checked bag.
C: Actually, take the bag off. I'll just do carry-on, it's only three days.
A: No problem. One passenger to Seattle on the 29th at 2:15 pm, no checked bag. Correct?
C: Correct.
A: Booked.
C: Okay, thanks.""",
True, 0.0, "neutral", "flight confirmed 'Correct'; bag accepted then retracted 'take the bag off' = 0; flat"),

(
"FR49_062", "Leila Haddad", "2026-11-23T10:26:51", "asr",
"""A: sandpiper beach hotel this is leila
C: hi i'd like a room for this saturday night just one night
A: sure i have a queen with a garden view for one forty five
C: okay great i'll take it
A: and checkout is eleven but i can offer a late checkout till two for twenty dollars
C: oh yes please we never wanna leave on sunday
A: okay so the queen garden view saturday night with late checkout is that right
C: yes that's right
A: wonderful you're booked
C: thank you so much we loved it last time can't wait""",
True, 20.0, "positive", "'i'll take it' + 'yes that's right'; late checkout 'twenty dollars' accepted; 'thank you so much ... can't wait'"),

(
"FR49_063", "Owen Gallagher", "2026-11-23T11:44:19", "clean",
"""A: Brightsmile Dental, Owen speaking.
C: I need to book my cleaning before the end of the year, my insurance resets in January.
A: Let me see. I'm afraid the hygienists are fully booked through December 31st.
C: The whole month?
A: Yes, I'm sorry. The first opening is January 6th.
C: That's no use to me, it won't be covered then. I called in October and was told to call back in November.
A: I can add you to the cancellation list.
C: Fine, put me on it. But this is really poor planning on your end.""",
False, 0.0, "negative", "no appointment available, only cancellation list, nothing booked; 'really poor planning'"),

(
"FR49_064", "Chloe Dubois", "2026-11-23T14:09:36", "clean",
"""A: Glow Studio, Chloe speaking.
C: Hi, how much is a keratin treatment?
A: It's $180 for shoulder-length hair, a bit more for longer.
C: Oh, not bad at all. The place by my work charges $260.
A: It lasts about three months, too.
C: That's good to know. I'll think about it and call back once I know my schedule.
A: Sounds good.
C: Thanks so much, you've been really helpful!""",
False, 0.0, "positive", "price question, 'I'll think about it and call back'; 'not bad at all', 'really helpful'"),

(
"FR49_065", "Maria Delgado", "2026-11-24T09:20:02", "clean",
"""A: Hi, Maria with the dining line.
C: Brunch at Sunny Side on Sunday, 11 o'clock, five people.
A: Please confirm: a table for four at Sunny Side, Sunday at 11:00 am?
C: Five, not four.
A: Sorry, five. A table for five at Sunny Side, Sunday at 11:00 am?
C: Yes.
A: Booked. They offer bottomless mimosas for $22 per person if you'd like to reserve them.
C: Three of us will want that. So three.
A: Three bottomless mimosas added.
C: Okay. That's all.""",
True, 66.0, "neutral", "corrected read-back confirmed 'Yes'; mimosas '$22 per person' x three = 66.00; flat"),

(
"FR49_066", "Tom Whitaker", "2026-11-24T11:55:45", "asr",
"""A: valley coach lines this is tom
C: yeah how much is a ticket to san francisco on wednesday
A: one way from sacramento is forty one dollars
C: forty one dollars for a bus
A: yes it's the holiday week so prices are higher
C: that's a joke it was like fifteen in the summer
A: i can check tuesday it might be a bit cheaper
C: no don't bother i'll take the train honestly you guys are ripping people off
A: okay sorry to hear that""",
False, 0.0, "negative", "price question, refused 'no don't bother i'll take the train'; 'that's a joke', 'ripping people off'"),

(
"FR49_067", "Priya Raman", "2026-11-24T13:31:07", "clean",
"""A: Riverside Hotel, Priya speaking.
C: Hi, I'm looking at two nights around New Year's. What do you have?
A: December 30th to January 1st, I have a deluxe king at $289 a night.
C: And your spa, how much is a massage package?
A: The couples package is $80 per person.
C: Okay. Let me look at flights first and I'll get back to you.
A: Sure. Rooms are going fast that week.
C: Understood. Thanks.""",
False, 0.0, "neutral", "room and spa price questions only; 'Let me look at flights first and I'll get back to you'"),

(
"FR49_068", "Kevin O'Brien", "2026-11-24T15:02:40", "clean",
"""A: TixNow, Kevin speaking.
C: I've been trying to get two tickets for the Nova Ray show since sales opened. Anything?
A: I'm sorry, it sold out in about ten minutes.
C: Of course it did. And now they're on resale for $600 each.
A: I can add you to the waitlist in case more are released.
C: Sure, whatever. Put me down.
A: Done. We'll email you if anything opens up.
C: Bots again, I bet. Every single time. This system is a joke.""",
False, 0.0, "negative", "sold out, only waitlist, nothing bought; 'Of course it did', 'This system is a joke'"),

(
"FR49_069", "Aisha Bello", "2026-11-25T09:15:13", "clean",
"""A: Studio Verde, Aisha speaking.
C: I want to cancel my monthly blowout membership. $75 a month is too much for how often I come in.
A: I'm sorry to hear that. I can drop it to $60 a month if you stay through March.
C: $60?
A: Yes, same two blowouts a month.
C: Okay, I'll stay on the discounted plan. But honestly, the last two visits were rushed and the new girl burned my ear.
A: I'm so sorry, I'll talk to her.
C: Please do. If it happens again, I'm cancelling for real.""",
True, 0.0, "negative", "save offer accepted 'I'll stay on the discounted plan' (discount, no upsell); complaint, 'I'm cancelling for real'"),

(
"FR49_070", "Daniel Novak", "2026-11-25T12:40:29", "asr",
"""A: starlight cinemas this is daniel
C: hi two tickets for comet run friday at eight please
A: sure regular or imax the imax is four dollars more per ticket
C: oh imax definitely for both of us
A: okay please confirm two imax tickets for comet run friday at eight p m
C: yeah that's right
A: you're all booked
C: sweet thanks man that's awesome i've been dying to see it""",
True, 8.0, "positive", "'yeah that's right', booked; imax 'four dollars more per ticket' for both = 8.00; 'that's awesome'"),

(
"FR49_071", "Sofia Marchetti", "2026-11-25T14:18:55", "clean",
"""A: Coastline Car Rental, Sofia speaking.
C: Your website shows an economy car in Vegas for $29 a day this weekend. I'd like to book it.
A: Let me check. I'm seeing $47 a day for those dates.
C: It says $29 right here on my screen.
A: That rate may have been for members, or it's already gone. I can't honor it.
C: So the website is just advertising prices you don't have.
A: I'm sorry. $47 is the best I can do.
C: No. That's bait and switch. I'll book with someone else.""",
False, 0.0, "negative", "price not honored, refused 'No ... I'll book with someone else'; 'bait and switch'"),

(
"FR49_072", "Jamal Carter", "2026-11-25T16:01:17", "clean",
"""A: Riverside Family Clinic, Jamal speaking.
C: Hi, my doctor suggested physical therapy for my shoulder. Do you do that there?
A: We do, on Tuesdays and Thursdays, and most insurance covers twelve sessions.
C: Do I need a referral?
A: Yes, but your doctor can fax it directly to us.
C: Okay, I'll ask her to do that first and then call to book.
A: Perfect. We'll call you when it arrives, too.
C: Oh, that's great. Thank you, you've made this so much easier.""",
False, 0.0, "positive", "information only, will book after referral; 'you've made this so much easier'"),

(
"FR49_073", "Hannah Lindqvist", "2026-11-26T10:22:48", "clean",
"""A: First Valley Bank, Hannah speaking.
C: I want to send $300 to my son at college.
A: To the account ending 4410 that you've sent to before?
C: Yes, that one.
A: Please confirm: $300 from your checking to the account ending 4410, today.
C: Hmm, actually, hold on. He said he opened a new account. Let me hold off until he sends me the number.
A: No problem, nothing has been sent.
C: Okay, I'll call back later. Thanks.""",
False, 0.0, "neutral", "'Yes, that one' identifies account; read-back not confirmed, 'Let me hold off', nothing sent"),

(
"FR49_074", "Marcus Feld", "2026-11-27T11:35:21", "clean",
"""A: Bayline Realty, Marcus speaking.
C: It took you three days to call me back about the loft on Water Street.
A: I apologize. It's still available. I can show it Tuesday at 6.
C: Fine. Tuesday at 6.
A: Please confirm: viewing at 220 Water Street, unit 5, Tuesday at 6:00 pm.
C: Yes.
A: Booked. Were you interested in the one on Mill Road as well?
C: I was, last week. Is it still available?
A: I'm sorry, it went under contract yesterday.
C: Figures. Please actually show up on Tuesday.""",
True, 0.0, "negative", "viewing confirmed 'Yes'; second listing gone; 'took you three days', 'Please actually show up'"),

(
"FR49_075", "Yuki Tanaka", "2026-11-27T13:48:34", "clean",
"""A: City Events, Yuki speaking.
C: Two tickets to The Lighthouse Keeper play on Sunday afternoon.
A: Orchestra seats are $60 each. For $15 more each I can put you in the front five rows.
C: Front rows, sure, both.
A: Please confirm: two front-orchestra tickets for The Lighthouse Keeper, Sunday at 2:00 pm.
C: That's right.
A: All booked.
C: Okay. Thanks.""",
True, 30.0, "neutral", "'That's right' to read-back; front rows '$15 more each' x two = 30.00; flat"),

(
"FR49_076", "Rosa Jimenez", "2026-11-27T15:12:09", "clean",
"""A: Maison Claire, Rosa speaking.
C: Hi, I have a reservation for two tonight at 8 under Bennett. I need to cancel, I'm sick.
A: I'm sorry to hear that. Would you like to move it to another night?
C: No, I'll call when I'm feeling better.
A: Of course. Just to check, is the number ending 0937 still right for you?
C: Yes, that's still my number.
A: Great. It's cancelled, no charge.
C: Okay, thank you.""",
False, 0.0, "neutral", "cancellation; rebooking declined 'I'll call when I'm feeling better'; 'Yes' only confirms phone number; polite"),

(
"FR49_077", "Ethan Brooks", "2026-11-30T08:12:50", "clean",
"""A: Sky Travel, Ethan speaking.
C: My flight to Boston this morning was cancelled and I've been stuck at the gate for two hours.
A: I'm very sorry. I can rebook you on tomorrow's 7:40 am at no charge.
C: Tomorrow? I have a meeting at 2 today.
A: Everything today is full, I'm afraid. I could waitlist you on the 4:00 pm.
C: No. Just refund me, I'll drive.
A: I've requested the refund. It takes about a week.
C: Unbelievable. Worst airline experience I've ever had.""",
False, 0.0, "negative", "rebooking and waitlist refused, refund requested, nothing bought; 'Worst airline experience'"),

(
"FR49_078", "Leila Haddad", "2026-11-30T10:45:26", "clean",
"""A: Serenity Spa, Leila speaking.
C: Hi! I'd like to book a couples massage for my parents' anniversary, Saturday if you have it.
A: I have Saturday at 3:00, 60 minutes, $190 for both.
C: Perfect, book it.
A: Would you like to add aromatherapy? It's $15 per person.
C: Yes, for both of them.
A: Please confirm: couples massage Saturday at 3:00 pm with aromatherapy for two.
C: Yes, that's correct.
A: You're booked.
C: Thank you so much! They're going to love this.""",
True, 30.0, "positive", "'book it' + 'Yes, that's correct'; aromatherapy '$15 per person' for both = 30.00; 'Thank you so much!'"),

(
"FR49_079", "Owen Gallagher", "2026-11-30T13:30:15", "clean",
"""A: Brightsmile Dental, Owen speaking.
C: How much is teeth whitening?
A: In-office whitening is $600, or the take-home kit is $350.
C: $600? For whitening?
A: It includes a follow-up visit.
C: No. That's absurd. The drugstore strips work fine.
A: Understood. Anything else I can help with?
C: No.""",
False, 0.0, "negative", "price question, refusal 'No. That's absurd'"),

(
"FR49_080", "Chloe Dubois", "2026-11-30T15:55:42", "asr",
"""A: glow studio this is chloe
C: hi can i book an eyebrow wax for tomorrow
A: sure i have eleven or one thirty
C: one thirty
A: okay eyebrow wax tomorrow at one thirty
C: and um could i also get a lash tint while i'm there how much is that
A: the lash tint is twenty dollars
C: yeah add that
A: okay so brow wax and lash tint tomorrow at one thirty is that right
C: yep perfect
A: you're booked
C: yay thank you you're the best""",
True, 20.0, "positive", "'yep perfect' to read-back; lash tint 'twenty dollars' accepted 'yeah add that'; 'you're the best'"),
]
