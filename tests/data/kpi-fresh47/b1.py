CALLS = [
(
"FR47_001", "Marisol Vega", "2026-11-02T09:14:00", "clean",
"""A: Thanks for calling Brightline Mobile, this is Marisol. How can I help?
C: Hi. I keep running out of data around the twentieth of every month, so I wanted to see what my options are.
A: Sure. You're on the 10 gig plan at $45. The next one up is unlimited at $65.
C: Twenty dollars more. Is there nothing in between? I've been with you eight years.
A: I'm afraid those are the two plans we have right now. There's no loyalty discount on the unlimited at the moment.
C: Right. Eight years and that's where we are.
A: I understand. I can make the change today and it takes effect on your next bill.
C: I don't really have a choice, do I. Fine, switch me to the unlimited one.
A: Done. You'll see $65 on the next statement. Anything else?
C: No. That's all.""",
True, 0.0, "negative",
"'Fine, switch me to the unlimited one' = paid plan change; quiet disappointment 'Eight years and that's where we are', 'I don't really have a choice'"),
(
"FR47_002", "Derek Holloway", "2026-11-03T17:42:00", "asr",
"""A: good evening la terrazza this is derek speaking
C: hi um yeah so i booked a table for saturday through one of those apps for our anniversary and i just got an email saying it was cancelled and i have no idea why
A: oh no let me have a look what name was it under
C: parker uh seven thirty for two
A: yeah i don't see it on our side at all so it looks like it never came through from the app
C: oh my god of course it didn't i've been planning this for a month
A: well the good news is i can still do seven forty five on saturday window table if that works
C: wait really yes yes please book that
A: done parker two people seven forty five saturday and since it's your anniversary we do a bottle of prosecco on the table for forty five dollars would you like that
C: yeah do that that'd be lovely
A: perfect that's all set
C: honestly you've saved me thank you so much i was panicking""",
True, 45.0, "positive",
"'yes please book that' + accepts prosecco 'for forty five dollars' 'yeah do that'; relief at end 'you've saved me thank you so much' (anger was at the booking app)"),
(
"FR47_003", "Priya Raman", "2026-11-03T11:05:00", "clean",
"""A: Harborview Insurance claims, Priya speaking.
C: Hi Priya, I'm calling about claim 44817, the rear-end collision. It's been three weeks and the car is still sitting at the body shop.
A: Let me pull it up. Okay, we approved the estimate on the 14th. It looks like the shop hasn't ordered the bumper yet.
C: That's what I figured. They told me on Monday it was "on its way". Apparently not.
A: I'm going to call them right after this and get a firm date from them, and I'll email you once I have it.
C: Thank you. I honestly thought I'd have to fight you on this, and it turns out you're the easy part.
A: While I have you, you don't currently have rental reimbursement on the policy. It's $6 a month and would cover a car in situations like this.
C: Not right now, thanks. Let me get through this first.
A: Understood. I'll be in touch today.
C: I appreciate you chasing them, really. Thank you.""",
False, 0.0, "positive",
"no purchase, rental cover declined 'Not right now'; frustration is at the body shop, toward the insurer 'you're the easy part', 'I appreciate you chasing them, really'"),
(
"FR47_004", "Tobias Lindqvist", "2026-11-04T14:20:00", "asr",
"""A: seabrook resort reservations this is tobias
C: hi yeah i've got a booking for the twelfth through the sixteenth under amari and i just saw on your website the pool is closed
A: yes i'm sorry the outdoor pool is under renovation until the end of the month
C: oh wonderful so the one reason we picked you is closed that's just perfect
A: i understand the frustration what i can offer is an upgrade to an ocean view suite for thirty dollars a night instead of the usual seventy
C: so i pay more to make up for your pool no thanks
A: the indoor spa pool is still open if that helps at all
C: it's a hot tub for six people come on
A: i can note the account and see if the manager can do something on the rate
C: yeah you do that i'll believe it when i see it""",
False, 0.0, "negative",
"existing booking, upgrade refused 'no thanks'; sarcasm 'oh wonderful ... that's just perfect', ends 'i'll believe it when i see it'"),
(
"FR47_005", "Janelle Okafor", "2026-11-04T10:33:00", "clean",
"""A: Oakhaven Furniture, this is Janelle.
C: Hello. I was in the store on Saturday looking at the walnut dining table, the round one. Is it still available?
A: The Halden round? Yes, we have two in stock. It's $890.
C: Good. I'd like to order it, please. My mother is moving in with us and I want her to have a proper table.
A: That's lovely. Would you like the matching chairs? They're $85 each.
C: How many would I need... Two. Yes, two of the chairs.
A: So the table at $890 and two chairs at $85 each. Delivery is free this month. Shall I put that through?
C: Please do.
A: All done. Delivery Thursday between 9 and 1.
C: Thank you. You've been kind and patient with me, and that matters more than you'd think right now.""",
True, 170.0, "positive",
"'I'd like to order it' + 'two of the chairs' at $85 each = 170; warmth in plain words 'You've been kind and patient with me'"),
(
"FR47_006", "Wes Carrington", "2026-11-05T08:51:00", "asr",
"""A: northgate power and gas this is wes
C: yeah hi i'm moving on the first and need to get power set up at the new place
A: sure what's the new address
C: two eighteen fulton street apartment four
A: got it do you want to start service on december first
C: yeah the first
A: okay and we have a surge protection plan for seven ninety nine a month that covers your appliances would you want that added
C: nah just the normal power
A: no problem service will start on the first is this still the best number to reach you
C: yep
A: great you're all set
C: okay thanks""",
True, 0.0, "neutral",
"service sign-up at new address confirmed 'yeah the first'; surge plan declined 'nah'; flat throughout"),
(
"FR47_007", "Hannah Brzezinski", "2026-11-05T15:10:00", "clean",
"""A: Ridgeway Auto Service, Hannah speaking.
C: Yes, hi. I was told last Tuesday that the part for my brakes would be in "within two days". It's been a week.
A: I'm sorry about that. Let me check... The caliper arrived this morning, actually.
C: Oh. Well, somebody could have called me.
A: You're right, they should have. I can get you in tomorrow at 8 or Friday at 10.
C: Tomorrow at 8, please. Let's get it done.
A: You're booked for 8 tomorrow. Your record shows the cabin air filter is overdue too, it's $39 if you want it swapped while it's in.
C: Sure, add the filter.
A: Done. We'll have it ready by noon.
C: Okay, that actually works out better than I expected. Thank you, I mean it.""",
True, 39.0, "positive",
"'Tomorrow at 8, please' booking + 'Sure, add the filter' at $39; opens annoyed, ends 'works out better than I expected. Thank you, I mean it'"),
(
"FR47_008", "Omar Haddad", "2026-11-06T09:02:00", "asr",
"""A: lakeside dental omar speaking
C: hi um i've got a cleaning at eleven today under nguyen and i'm not going to make it
A: okay no problem do you want to move it to another day
C: my car died on the highway this morning i'm literally waiting for the tow truck right now
A: oh that's rotten i'm sorry
C: yeah it's been a great morning um so i don't know when i'll have a car again
A: that's okay i can cancel today and you can call us when you know more
C: yeah let's do that i'll call back once i've sorted the car out
A: sure thing i've cancelled the eleven o'clock there's no fee
C: okay thanks""",
False, 0.0, "neutral",
"appointment cancelled, no rebooking 'i'll call back once i've sorted the car'; sarcasm 'great morning' is about the car, toward the clinic plain 'okay thanks'"),
(
"FR47_009", "Colleen Murphy", "2026-11-06T13:27:00", "clean",
"""A: Good afternoon, Meridian Arena box office, Colleen speaking.
C: Hi. I'm trying to get two tickets for the Lila Rowe show on the 21st. The website keeps timing out.
A: Let me look for you. I'm sorry, the 21st has just sold out in the last hour.
C: Of course it has.
A: There's still availability on the 22nd, section 104, at $95 each.
C: No. It was for my daughter's birthday, that was the whole point.
A: I understand. I can add you to the waitlist for the 21st in case of returns.
C: Sure, put me on it. Not that it'll come to anything.
A: You're on it, and we'll email you if anything opens up.
C: Okay. Bye.""",
False, 0.0, "negative",
"sold out, alternative refused 'No'; waitlist is not a purchase; quiet disappointment 'Of course it has', 'Not that it'll come to anything'"),
(
"FR47_010", "Ravi Subramanian", "2026-11-09T16:45:00", "asr",
"""A: thanks for calling streamwave this is ravi how can i help
C: hi i want to cancel my subscription
A: sorry to hear that can i ask why
C: the price went up to nineteen ninety nine and we barely watch it to be honest
A: that's fair i can offer you the standard plan at nine ninety nine for the next six months if you'd like to stay
C: huh nine ninety nine for six months
A: yes and you'd keep your profiles and watch history
C: okay that's fair enough i'll stay on that then
A: great i've switched you over starting today
C: alright thanks""",
True, 0.0, "neutral",
"retention offer accepted 'i'll stay on that then'; flat, reasonable tone 'that's fair enough', 'alright thanks'"),
(
"FR47_011", "Bethany Crowe", "2026-11-09T10:18:00", "clean",
"""A: Cascade Credit Union, this is Bethany.
C: Hi, I got hit with a $35 overdraft fee and I'm pretty sure my paycheck landed the same morning.
A: Let me check the timing. Yes, your deposit posted at 6:02 a.m. and the debit went through at 5:58. Four minutes.
C: Four minutes. Wow.
A: Given that, I've reversed the fee. You'll see the $35 back today.
C: Oh, that's a weight off. I was dreading this call, honestly.
A: Happy to help. We also have overdraft protection linked to savings, free to set up, that would stop this happening.
C: Maybe. Could you send me something about it and I'll have a read?
A: Of course, it'll be in your secure inbox today.
C: Thanks so much, Bethany. That was painless.""",
False, 0.0, "positive",
"fee refund is not a sale; protection deferred 'send me something'; relief 'that's a weight off', 'That was painless'"),
(
"FR47_012", "Luis Ortega", "2026-11-10T11:40:00", "asr",
"""A: comfort air heating and cooling this is luis
C: yeah hi my furnace is making a clicking noise and not kicking on
A: okay we can get a tech out tomorrow between eight and twelve does that work
C: yeah tomorrow morning's fine
A: alright the service call is eighty nine dollars and that goes toward the repair
C: okay
A: also we do a yearly maintenance plan one forty nine a year two tune ups and no service call fees
C: um one forty nine yeah go on then add that
A: done you're booked for tomorrow morning with the plan on the account
C: okay sounds good
A: tech will call thirty minutes before
C: alright""",
True, 149.0, "neutral",
"'yeah tomorrow morning's fine' to booking; 'yeah go on then add that' maintenance plan one forty nine = 149; flat 'okay', 'alright'"),
(
"FR47_013", "Naomi Fitch", "2026-11-10T19:55:00", "clean",
"""A: SkyPath Airlines, Naomi speaking.
C: Hi. My 6:40 to Denver was cancelled because of the storm and the app just shows an error.
A: I'm sorry. Let me see what I can do. I have a seat on the 7:15 tomorrow morning, or 1:30 tomorrow afternoon.
C: The 7:15. Not your fault, obviously. It's just been a long day.
A: Understood. The only seats left on the 7:15 are middle seats, unless you'd like extra legroom for $35.
C: Yes, I'll take the legroom. I've earned that today.
A: Done. So that's the 7:15 to Denver, seat 12C, extra legroom, $35 charged to the card on file. Is that right?
C: Yes, that's right.
A: You're confirmed. The boarding pass will be in your email.
C: Okay. That's something, at least.""",
True, 35.0, "neutral",
"rebooked 'The 7:15', confirms read-back 'Yes, that's right'; 'I'll take the legroom' $35; annoyed at the storm not the airline, ends flat 'That's something, at least'"),
(
"FR47_014", "Graham Pettibone", "2026-11-11T12:12:00", "asr",
"""A: voltmart customer care graham speaking
C: hi yeah my order was meant to come on monday and the tracking says delivered but there's nothing here
A: oh no let me look at the order number please
C: it's uh v m four four two nine one
A: okay the courier photo shows a door that's blue is your door blue
C: my door is white mate so they've left my headphones at some random house brilliant
A: i'm really sorry i'll open a claim with the courier and send you a replacement today
C: yeah that's fine you lot are fine it's the courier i'd like a word with
A: totally understand the replacement should be with you by thursday
C: okay cheers that's sorted then""",
False, 0.0, "neutral",
"replacement of lost parcel is not a purchase; sarcasm 'brilliant' aimed at the courier, toward the shop 'you lot are fine', 'cheers that's sorted'"),
(
"FR47_015", "Keiko Arakawa", "2026-11-11T10:05:00", "clean",
"""A: Good morning, Basil & Crumb catering, this is Keiko.
C: Hi, I need lunch for about forty people next Wednesday, an office training day.
A: Our sandwich platter for forty is $180, with a mix of meat and vegetarian.
C: That sounds right. Let's do that.
A: Would you like to add a fruit tray? It's $45 and serves forty.
C: Yes, add the fruit.
A: And we do cookies at $18 a dozen.
C: Three dozen, please.
A: So that's the platter for $180, the fruit tray $45 and three dozen cookies at $18, delivered Wednesday at 11:30 to 500 Pine Street. Correct?
C: That's correct.
A: Great, you're all booked.
C: Thank you. You made this easy, and I won't forget that next time.""",
True, 99.0, "positive",
"'Let's do that' platter; fruit tray $45 + three dozen cookies at $18 = 54, total 99; warm 'You made this easy'"),
(
"FR47_016", "Dmitri Volkov", "2026-11-12T18:30:00", "asr",
"""A: ironworks fitness this is dmitri
C: hi i filled out the form online about membership and someone said to call
A: yeah sure so our standard membership is thirty nine a month no contract
C: mhm and is there a joining fee
A: there's a twenty nine dollar joining fee but it's waived this week
C: okay
A: is this still the best email the one ending in gmail k l m
C: yes that's my email
A: great so would you like me to get you signed up today
C: um i think i'll swing by and look at the place first
A: sure come in any time we're open till ten
C: okay""",
False, 0.0, "neutral",
"'yes that's my email' is not a purchase; deferral 'i'll swing by and look at the place first'; flat"),
(
"FR47_017", "Marisol Vega", "2026-11-12T13:48:00", "asr",
"""A: brightline mobile marisol speaking
C: hi i want to add a line for my daughter she's turning thirteen and we promised her the new pixel
A: aw okay let me check the stock um i'm sorry the pixel in blue is out everywhere and the other colours are backordered till january
C: oh january
A: i do have the galaxy a fifty five in stock today which is very similar
C: i mean it's not the one she wanted but okay we'll do the galaxy
A: okay new line on the family plan with the galaxy and would you like a case for it twenty nine ninety nine
C: yeah may as well get the case
A: perfect so that's all set and it ships tomorrow
C: honestly kind of a letdown i've been telling her for weeks
A: i'm sorry about that
C: it's fine bye""",
True, 29.99, "negative",
"'okay we'll do the galaxy' new line; 'may as well get the case' twenty nine ninety nine; quiet disappointment 'honestly kind of a letdown', curt 'it's fine bye'"),
(
"FR47_018", "Derek Holloway", "2026-11-13T10:22:00", "clean",
"""A: Westbury Hotel, Derek speaking.
C: Hi, I'd like to book a room for the 27th through the 30th, three nights, for two adults.
A: Certainly. A standard king is $189 a night. Would you like me to reserve that?
C: Yes please.
A: Done. I can also offer our garden suite upgrade. It's normally $60 a night, but I can do $40 a night, so $120 for the three nights.
C: Hmm, $120 for all three? Yes, let's do the $120.
A: Wonderful. So that's the garden suite, the 27th to the 30th, two adults. Confirmation is on its way.
C: Lovely. That's made my week, actually. Thank you.""",
True, 120.0, "positive",
"'Yes please' to reserve; revised upgrade price accepted 'let's do the $120'; 'That's made my week'"),
(
"FR47_019", "Priya Raman", "2026-11-13T16:02:00", "asr",
"""A: harborview insurance renewals priya speaking
C: yeah hi i got the renewal letter for the house and it's gone up again
A: let me look um yes it's up from eleven forty to twelve ninety for the year
C: a hundred and fifty dollars more and i haven't made a claim in nine years
A: i understand the increase is across the whole area because of the storm losses last year
C: so i'm paying for everyone else's roofs great
A: i can't change the base rate unfortunately do you want to go ahead with the renewal
C: just renew it i don't have time to shop around this month
A: okay it's renewed at twelve ninety
C: yeah whatever""",
True, 0.0, "negative",
"'just renew it' = renewal; sarcasm 'paying for everyone else's roofs great', ends 'yeah whatever'"),
(
"FR47_020", "Tobias Lindqvist", "2026-11-16T09:30:00", "clean",
"""A: Northside Physiotherapy, Tobias speaking.
C: Hi. I hurt my back lifting a crate two weeks ago and my GP said to see a physio. Do you have anything this week?
A: Let me look. I've got Thursday at 2:15 with Dr. Amos.
C: Thursday. Yes, please, book me in.
A: Done. That's a 30-minute assessment. We can also make it a 60-minute session for $30 more, which includes treatment on the day.
C: Hmm. I'll stick with the half hour for now, I think.
A: No problem. Thursday at 2:15 with Dr. Amos. Wear something loose.
C: Thank you. I've barely slept, so I'm just glad someone can see me this week. Really.""",
True, 0.0, "positive",
"'Yes, please, book me in'; 60-minute upgrade declined 'I'll stick with the half hour'; relief 'just glad someone can see me this week. Really'"),
]
