CALLS = [
("FR42_041", "Aisha Khan", "2026-11-19T13:33:51", "clean", """A: Hi, this is Aisha from Redwood Motors. Your factory warranty on the Civic ends next month, and I wanted to tell you about our extended coverage.
C: I've had letters about it. I'd buy it if it covered the transmission, that's what went on my last car.
A: It does cover the transmission, and the electrical system. Three years is $1,395.
C: Oh. Okay, that's better than I thought.
A: Would you like me to set it up today?
C: Still, email me the quote. I want to read the exclusions.
A: Of course. Sending it to the email on file now.
C: Yes, that's my email.
A: Great, call me with any questions.
C: Will do.""", False, 0.0, "neutral", "condition met but customer still defers ('email me the quote'); yes only to email"),

("FR42_042", "Leo Martins", "2026-11-19T20:02:14", "asr", """A: safeguard home security this is leo
C: i want to cancel the alarm has gone off at three am twice this week for nothing
A: i'm really sorry that's a faulty sensor i can send a tech to replace it free and give you next month free
C: and if i cancel anyway
A: there's the early termination fee of one fifty
C: fine go ahead with the sensor and the free month but if it goes off again at three am i'm gone
A: understood the tech can come friday at nine that okay
C: yeah friday
A: would you like to add an outdoor camera for twelve dollars a month
C: no
C: i'm exhausted just fix the thing""", True, 0.0, "negative", "accepts retention save offer (stays); camera declined; irritated"),

("FR42_043", "Grace Liu", "2026-11-20T09:26:40", "clean", """A: Riverside Playhouse, Grace speaking.
C: Hi, I'm booking for our book club, ten seats for the matinee on the 29th.
A: I have ten together in the stalls at $38 each.
C: Lock in the ten.
A: Would you like programmes? They're $5 each.
C: Yes, ten programmes.
A: So ten seats and ten programmes, $430. Running the card now... I'm sorry, it's been declined.
C: What? That's the club card, it's the only one I'm allowed to use.
A: I can hold the seats until noon tomorrow if you'd like to call back.
C: I'll call back tomorrow. That's so frustrating, I had everyone lined up.
A: I understand. They're held under your name.""", False, 0.0, "negative", "commitment incl. add-on but payment failed, only a free hold; nothing bought; frustrated"),

("FR42_044", "Ivan Petrov", "2026-11-20T11:49:03", "asr", """A: kinetic physio this is ivan
C: hi um my doctor said i should get my knee looked at
A: sure an initial assessment is ninety dollars we have tomorrow at four or friday at eight am
C: eight am is brutal um tomorrow at four then
A: okay tomorrow the twentieth at four with sarah
C: yep
A: that's booked we also have a six session package for four twenty instead of ninety each
C: um let's see how the first one goes
A: of course
C: you've been so patient thank you i've been putting this off for months""", True, 0.0, "positive", "picks slot and confirms; package deferred -> 0; grateful"),

("FR42_045", "Nora Quinn", "2026-11-20T15:12:27", "clean", """A: Oakhouse Furniture, Nora speaking.
C: Hi, I'd like to order the Alder bed frame, queen size, $899.
A: Lovely. It has matching nightstands, $240 each, or the pair for $420.
C: Oh, the pair for $420, definitely.
A: And a mattress protector for $59?
C: No thanks, we've got one.
A: So: Alder queen frame and the pair of nightstands, $1,319, delivery on the 2nd. Is that right?
C: Yes, that's right. What time window will the delivery be?
A: Morning, 8 to 12. It's placed.
C: Wonderful, it's going to look so good in the new room.""", True, 420.00, "positive", "read-back confirmed + question; pair for $420 (not 2x240); protector declined"),

("FR42_046", "Omar Haddad", "2026-11-20T18:40:56", "asr", """A: hi this is omar from brightsun solar do you have a minute
C: sure i guess
A: based on your roof you could save about a hundred forty a month with panels for zero down
C: i'd buy it just not while we might be moving next year
A: the panels can actually add to your home's value if you sell
C: oh sure because saving money is what your company's famous for
A: i'm sorry
C: my neighbor's install took eight months and three visits so no thanks""", False, 0.0, "negative", "purchase in negated clause; sarcasm; refusal"),

("FR42_047", "Beth Carroll", "2026-11-23T10:05:33", "clean", """A: Green Fork, Beth speaking.
C: Hello! I'm planning my mum's 70th and I heard you have a private room.
A: We do, it seats up to 24. The set menu is $55 per person and we take a $200 deposit to hold the date.
C: Oh, that sounds lovely. Is the 12th of December free?
A: It is, for now.
C: Send me the menu and the deposit details and I'll get back to you by the weekend.
A: I'll email it now. Would you like me to note a tentative hold with no deposit?
C: No, don't hold it, I'm still comparing a couple of places. But it sounds perfect, honestly.
A: Understood. Thanks for calling!
C: Thank you, you've been really helpful!""", False, 0.0, "positive", "deferral, declines even a tentative hold; warm"),

("FR42_048", "Felix Young", "2026-11-23T13:57:48", "asr", """A: ledgerly sales this is felix
C: hi we're outgrowing the basic plan we've got four people now
A: the team plan is forty nine a month and covers up to ten users
C: okay yeah fine go ahead and switch us
A: done you're on team from today and would you like priority support for nineteen a month
C: does that get me a phone number or just email
A: a direct phone line with a one hour response
C: yes add it we can't wait two days again
A: added you're all set
C: okay""", True, 19.00, "neutral", "paid plan change agreed; priority support $19/mo accepted"),

("FR42_049", "Priya Nair", "2026-11-23T16:18:10", "clean", """A: SkyJet, Priya speaking.
C: Hi, my Thursday flight to Denver got moved to 6 am and I can't make that. Anything later?
A: I can put you on the 1:15 pm the same day. The change fee is $75.
C: Fine, go ahead.
A: So that's SkyJet 482, Thursday the 26th, departing 1:15 pm, seat 21C. Correct?
C: Correct.
A: For $49 I can move you to an extra-legroom seat, 12A.
C: Yes, take the 12A, I'm six foot three.
A: Done. New boarding pass is in your email.
C: You saved my trip, thank you so much!""", True, 49.00, "positive", "rebooking onto new flight confirmed (booking); change fee excluded; legroom $49 accepted"),

("FR42_050", "Marcus Bell", "2026-11-24T19:31:45", "asr", """A: tony's pizza this is marcus
C: hi two mediums one cheese one hawaiian for delivery to ninety two park road
A: oh i'm sorry we've paused delivery to park road tonight the hill is iced over
C: oh okay i'll pick it up then
A: sure two mediums for pickup in twenty minutes want a two liter soda for three fifty
C: yeah go on grab a coke
A: okay so two mediums and a coke for pickup under the name
C: hollis
A: got it hollis twenty minutes
C: okay""", True, 3.50, "neutral", "delivery unavailable, pickup alternative taken; soda $3.50 accepted"),

("FR42_051", "Elena Rossi", "2026-11-24T09:14:32", "clean", """A: Crestline Insurance claims, Elena speaking.
C: Hi, someone rear-ended me this morning. Nobody's hurt, but the car's not drivable.
A: I'm glad you're okay. I've opened claim number AU-55602. I should mention your policy doesn't include rental reimbursement.
C: Great. So I'm stuck.
A: For this claim, yes, I'm afraid. Going forward, I can add rental reimbursement for $6 a month.
C: Yes, add it, I don't want to go through this again.
A: Added from today. The adjuster will call you within 24 hours.
C: Okay. You've actually been really kind about all this, thank you.""", True, 6.00, "positive", "add-on to existing policy accepted ($6/mo) = conversion + upsell; claim itself not a purchase; warm end"),

("FR42_052", "Tom Okafor", "2026-11-24T12:40:19", "asr", """A: hi it's tom from sparkle home cleaning we're doing carpet cleaning specials this month
C: oh you guys
A: three rooms for one nineteen would you like to book a time
C: last time you left a stain bigger than the one you cleaned
A: i'm really sorry to hear that i can have a supervisor come this time
C: no thanks
A: can i offer a free spot treatment for that old stain
C: no i said no thanks just take me off the list
A: understood""", False, 0.0, "negative", "refusal after bad past experience"),

("FR42_053", "Hana Sato", "2026-11-25T10:23:58", "clean", """A: Brightbox Electronics, Hana speaking.
C: Hi, I'd like to return the Nova headphones I bought last week. The left side crackles.
A: I'm sorry. I can refund the $129, or exchange them for the Nova Pro, which is $40 more.
C: No, just the refund.
A: Okay, I'll email a prepaid return label. The refund goes back to your card within five days of us receiving them.
C: Fine.
A: Anything else today?
C: No. I really wanted these to work. Shame.""", False, 0.0, "negative", "return/refund; exchange upgrade declined; quietly disappointed"),

("FR42_054", "Diego Alvarez", "2026-11-25T14:06:37", "asr", """A: bugaway pest control this is diego
C: hi we've got mice in the kitchen how much for a treatment
A: depends on the size of the house let me ask a couple questions how many bedrooms
C: three
A: okay that would be a full interior treatment
C: um okay if it's under two hundred let's do it
A: it's one eighty five and i can have someone out monday morning
C: okay monday then
A: great and our quarterly prevention plan is thirty nine a quarter would you like that as well
C: yes put me on that too
A: done you're booked monday
C: okay""", True, 39.00, "neutral", "conditional 'if under two hundred' met at 185 and confirmed; prevention plan $39 accepted"),

("FR42_055", "Ruth Fischer", "2026-11-25T16:44:21", "clean", """A: Taskwise, Ruth speaking.
C: Hi, I'm calling to cancel our annual subscription at renewal.
A: Sorry to hear that. I could offer three months free if you stay on.
C: That's generous, but no. We've moved to another tool.
A: Understood. Shall I process the cancellation now?
C: Yes, please go ahead.
A: Done. You'll have access until the 31st.
C: Thanks.""", False, 0.0, "neutral", "save offer refused; 'go ahead' is for a cancellation"),

("FR42_056", "Sam Whitaker", "2026-11-26T09:12:44", "asr", """A: first harbour bank this is sam
C: you charged me a thirty five dollar overdraft fee for being four dollars short
A: i'm sorry about that i can refund the fee as a one time courtesy
C: yes refund it
A: done and to avoid this in future we have overdraft protection for five dollars a month
C: oh wonderful so you'll charge me monthly to stop charging me fees
A: it links to your savings so it covers shortfalls
C: no i'm not paying you another cent
A: understood
C: i'm moving my account to the credit union""", False, 0.0, "negative", "yes only to a refund; protection refused with sarcasm; angry"),

("FR42_057", "Aisha Khan", "2026-11-26T11:35:17", "clean", """A: Redwood Tire Centre, Aisha speaking.
C: I need four new tires on the Outback. Price on the all-seasons?
A: They're $145 each, so $580 for four, fitted.
C: That's up from last year. Fine, I need them.
A: Tomorrow at 10 am?
C: Tomorrow at 10.
A: I'd recommend a wheel alignment with new tires, $99.
C: Yes, do the alignment.
A: And nitrogen fill at $5 per tire?
C: No.
A: So four all-seasons fitted plus alignment, $679, tomorrow at 10. Correct?
C: Correct. Still think it's steep, though.""", True, 99.00, "negative", "slot taken + read-back confirmed; alignment $99 accepted; nitrogen declined; grumbling about price at end"),

("FR42_058", "Leo Martins", "2026-11-26T17:22:50", "asr", """A: hi this is leo from streamhub calling about your tv package
C: oh hi
A: you're on basic and i can move you to premium with all the sports and movie channels for twenty more a month
C: oh we were actually just talking about that for the holidays
A: shall i switch you over today
C: yeah go ahead and switch it
A: great and you'll want the hd blocks for the new channels it's seven dollars a month
C: yeah okay
A: done it ships tomorrow
C: amazing the kids are going to be thrilled thanks so much""", True, 7.00, "positive", "paid plan upgrade agreed; HD box $7/mo accepted; delighted"),

("FR42_059", "Grace Liu", "2026-11-27T10:48:09", "clean", """A: DevSummit registration, Grace speaking.
C: Hi, I'd like to register for the summit in February. Is early bird still on?
A: It is, $399 for the full conference pass. Shall I register you?
C: Please do.
A: There's also a hands-on Kubernetes workshop the day before, $149.
C: I'd love the workshop, but my budget won't stretch. Just the main pass.
A: No problem. One full pass, early bird, $399, for Dana Okoye. Correct?
C: Yep. Can't wait, last year's was brilliant.
A: You're registered, confirmation is on its way.""", True, 0.0, "positive", "registration confirmed; workshop wanted but declined -> 0; enthusiastic"),

("FR42_060", "Ivan Petrov", "2026-11-27T14:15:33", "asr", """A: parkside vet clinic this is ivan
C: hi my dog's been throwing up since last night can he be seen today
A: let me look um we had a two fifteen
C: yes please put him in the two fifteen
A: oh no sorry that slot just went while we were talking the next one is four thirty
C: um no i can't do four thirty i have to pick up my daughter
A: i'm sorry we're fully booked otherwise
C: okay i'll just try the walk in clinic
A: i hope he feels better
C: that's a shame he's really not well""", False, 0.0, "negative", "chosen slot failed; alternative refused; nothing booked; disappointed"),
]
