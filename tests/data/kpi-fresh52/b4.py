CALLS = [
("FR52_061", "Chloe Fitzgerald", "2026-11-17T09:16:44", "clean",
"""A: Grand Parkside Hotel, Chloe speaking.
C: Hi, I'm organizing a small team trip. Three rooms for the nights of the 3rd and 4th of December, two people each.
A: I can offer three double rooms at $165 a night each. Breakfast is $15 per person per morning, so for six people that's $90 a morning.
C: Maybe just the first morning. We have a breakfast meeting the second day.
A: Sure. Shall I reserve the three rooms with breakfast on the 4th?
C: Not yet. I still need to confirm the headcount, one person might drop out.
A: I can hold the rooms until Friday without a card.
C: No, I'll call back once I know. Thanks.
A: Of course. Talk soon.""",
False, 0.0, "neutral", "'Not yet', will call back; breakfast 'maybe just the first morning' never booked"),

("FR52_062", "Ravi Menon", "2026-11-17T12:54:09", "asr",
"""A: fixit phone repair ravi speaking
C: hi i cracked my screen on an iphone thirteen how much to fix it
A: for the thirteen it's one twenty nine and takes about an hour
C: okay can i come in today
A: yeah i have two o'clock
C: perfect put me down for two
A: done and we can put a tempered glass protector on after for twelve dollars
C: yeah slap one on i clearly need it
A: ha okay screen repair plus protector see you at two
C: awesome thanks man you're a lifesaver""",
True, 12.00, "positive", "'put me down for two'; protector twelve dollars 'yeah slap one on'"),

("FR52_063", "Erin Walsh", "2026-11-18T11:29:31", "clean",
"""A: Vista Cable, this is Erin.
C: I want to cancel my TV service. Keep the internet.
A: I can help. Before you go, I could move you to our Lite TV package at $35 instead of $89, and add the sports pack free for three months, then $10 a month.
C: No. I haven't watched cable in a year. I only kept it because canceling with you people is such a hassle.
A: I understand. Just to confirm, cancel TV, keep internet at $65 a month?
C: Yes. Cancel the TV.
A: Done. The box can be returned at any UPS store.
C: Fine. Should've done this ages ago.""",
False, 0.0, "negative", "save offer and sports pack refused; 'Yes' confirms a cancellation; 'such a hassle'"),

("FR52_064", "Jonah Feldman", "2026-11-18T16:12:57", "clean",
"""A: CodePath Academy, Jonah speaking.
C: Hi, I want to sign up for the web development track. The monthly is $29, right?
A: Yes, $29 a month. If you pay annually it's $290, which is two months free.
C: Oh nice. Honestly, I'm committed, so let's do the annual.
A: Great. Would you like to add the mentor sessions, $40 a month?
C: Not yet, maybe once I get going.
A: Fair enough. So the annual web development track, $290 today. Shall I process it?
C: Yes, please. I'm really excited to finally start.
A: Done, welcome aboard! Your login is in your inbox.
C: Awesome, thank you!""",
True, 0.0, "positive", "'let's do the annual' is the main plan choice, not an add-on; mentor sessions 'Not yet'"),

("FR52_065", "Maria Delgado", "2026-11-19T09:35:20", "asr",
"""A: urban table catering maria speaking
C: hi i need lunch for our office next wednesday twenty people
A: sure the sandwich platter package is twelve per person so two forty we also have a dessert platter for forty five
C: yeah add the dessert platter and can you add drinks for everyone
A: sure drinks are two dollars a person so forty for twenty
C: yes both
A: so sandwich package for twenty dessert platter and drinks wednesday at noon three twenty five total
C: yep that's right
A: great delivered to the fourth floor right
C: yes thank you you guys saved me so much hassle""",
True, 85.00, "positive", "dessert platter forty five + customer-requested drinks two dollars a person for twenty = 85; read-back confirmed"),

("FR52_066", "Tom Whitaker", "2026-11-19T14:21:48", "clean",
"""A: Keystone Insurance, Tom speaking.
C: Hi, I'm shopping around for car insurance. I have a 2021 Honda Accord.
A: Sure. With your driving record, full coverage would be $104 a month. I'd also suggest rental reimbursement, $6 a month; it covers a rental car while yours is in the shop.
C: Six dollars, that's fine, include that.
A: Okay, so $110 a month with rental reimbursement. I can start the policy today.
C: I'm interested, but can you email me the quote? I want to compare it with my current renewal.
A: Of course. What email?
C: tmarsh@fastmail.com.
A: Sent. It's good for 30 days.
C: Okay, thanks.""",
False, 0.0, "neutral", "'include that' only shapes the quote; 'I'm interested, but can you email me the quote?'"),

("FR52_067", "Priya Raman", "2026-11-20T10:47:13", "asr",
"""A: riverside theater box office priya speaking
C: hi i want two tickets for the nutcracker on december thirteenth the evening show
A: oh i'm sorry the thirteenth evening is sold out i have the fourteenth matinee at two with really good seats row e center
C: oh row e center
A: yep seventy five each
C: oh perfect that's even better actually my mom doesn't like driving at night
A: so two tickets for the fourteenth at two row e do you want to add the souvenir program it's ten dollars
C: no thanks just the tickets
A: okay shall i book them
C: yes please book them
A: booked enjoy the show
C: thank you so much""",
True, 0.0, "positive", "first date sold out, alternative booked 'yes please book them'; program refused"),

("FR52_068", "Kevin O'Brien", "2026-11-20T15:19:36", "clean",
"""A: TechHub returns, Kevin speaking.
C: Hi, I want to return a keyboard I bought last week. It's unopened.
A: Sure. I see the order, the Logitech MX Keys, $109.99. Do you want a refund or an exchange?
C: A refund, please.
A: Okay. I'll email you a prepaid label. The refund posts about five days after we receive it.
C: Fine. Do I need the original box?
A: Yes, since it's unopened, just send it as is.
C: Okay.
A: Is there anything else I can help with?
C: No, that's all.""",
False, 0.0, "neutral", "return and refund, no purchase; flat"),

("FR52_069", "Aisha Bello", "2026-11-23T09:08:25", "clean",
"""A: ClearView Optical, Aisha speaking.
C: Hi, my prescription is ready and I picked out the Morgan frames. I'd like to order the lenses.
A: Perfect. The frames and standard lenses come to $210 after insurance. Would you like anti-glare coating, $60, or blue light filtering, $40? If you take both it's $85.
C: I drive at night a lot and I'm on screens all day, so both then, at the bundle price.
A: Great choice. So the Morgan frames, standard lenses, anti-glare and blue light, $295. Shall I send it to the lab?
C: Yes, please.
A: Done, about ten days.
C: Thank you, you've been so helpful, I was dreading this whole thing.""",
True, 85.00, "positive", "'both then, at the bundle price' = $85 (not 60+40)"),

("FR52_070", "Daniel Cho", "2026-11-23T13:42:50", "asr",
"""A: tickethall daniel speaking
C: hey i want two general admission for the phoebe show friday
A: sure they're fifty four each plus fees and we have a tour shirt bundle you can pick up at the venue for thirty
C: yeah the shirt
A: okay two ga plus one shirt can i get the card
C: sure it's the visa ending four four one two
A: hmm that was declined do you have another
C: what try it again
A: i tried twice it's still declining
C: ugh forget it this is so stupid i'll just buy at the door
A: sorry about that""",
False, 0.0, "negative", "card declined, 'forget it ... buy at the door'; nothing bought, shirt lapses"),

("FR52_071", "Sophie Laurent", "2026-11-24T10:55:02", "clean",
"""A: GreenEdge Landscaping, Sophie speaking.
C: Hi, I want to get a price on a fall cleanup. Front and back yard, about a quarter acre.
A: For a quarter acre, fall cleanup is usually $320. We can also add mulch, $4 a bag installed; for your beds you'd need about 20 bags.
C: Could you do ten bags, just for the front?
A: Sure, that'd be $40.
C: Okay. Send me the estimate with the ten bags and I'll look it over.
A: Will do. Do you want to pick a date now?
C: Not yet, let me see the estimate first.
A: Sounds good, it'll be in your email within the hour.
C: Thanks.""",
False, 0.0, "neutral", "estimate only 'Not yet, let me see the estimate first'; ten bags only quoted"),

("FR52_072", "Marcus Reed", "2026-11-24T15:31:19", "clean",
"""A: First Meridian Bank, this is Marcus.
C: There's a $640 charge on my debit card from some electronics store in Ohio. I live in Oregon.
A: I'm sorry. Let me lock the card first. Done. I'll open a dispute for the $640.
C: How long does that take?
A: Usually 5 to 10 business days for a provisional credit. And to help protect you going forward, we offer credit monitoring for $9.99 a month.
C: Are you seriously trying to sell me something right now? My account was just drained.
A: I apologize, I'll focus on the dispute.
C: Just send me the new card.
A: It'll arrive in 3 to 5 days.
C: This is unbelievable.""",
False, 0.0, "negative", "fraud dispute; monitoring rebuffed 'seriously trying to sell me something'"),

("FR52_073", "Hannah Kowalski", "2026-11-25T09:27:46", "asr",
"""A: canyon trails tours hannah speaking
C: hi i'm looking at the sunrise jeep tour for saturday the twenty eighth
A: sure that's one nineteen per person how many
C: probably three
A: okay i have room we also do a photo package forty five for the group the guide takes pictures all morning
C: mhm maybe i'll decide that on the day
A: sure want me to book the three spots now
C: uh no i'll book it online later tonight once my friends confirm
A: okay just book soon it's a popular one
C: okay thanks""",
False, 0.0, "neutral", "'no i'll book it online later'; photo package deferred"),

("FR52_074", "Luis Ortega", "2026-11-25T13:03:38", "clean",
"""A: Harborview Inn, this is Luis.
C: Hi, I have a reservation for the 12th through the 14th under Whitfield.
A: Yes, Mr. Whitfield, two nights in a king room.
C: Our plans changed and we'd like to stay one more night, through the 15th. Is that possible?
A: It is. The extra night is $159.
C: Great, please add it. And do you still run the airport shuttle?
A: We do, $20 per person one way. Just for the departure?
C: Yes, just me, on the 15th.
A: So one extra night on the 14th at $159 and an airport shuttle for one on the 15th, $20. Shall I update the reservation?
C: Yes, that's great. Wonderful, thank you so much.
A: Done, you'll get an updated confirmation.""",
True, 179.00, "positive", "extra night $159 + shuttle $20 for one added on top of the existing reservation = 179"),

("FR52_075", "Grace Nakamura", "2026-11-26T10:14:07", "clean",
"""A: BrightWave Mobile, this is Grace.
C: Hi, my two-year contract ends this month and I'd like to renew. I'm happy with my plan.
A: Glad to hear it. Your plan stays at $45 a month, same as now. I could add a mobile hotspot allowance for $10 a month.
C: No, just the renewal.
A: Of course. So renewing your Essential plan at $45 a month for 24 months. Confirm?
C: Confirmed.
A: Done. Your new term starts on the 1st.
C: Great. You've always treated me well, so no reason to go anywhere else.""",
True, 0.0, "positive", "renewal at restated $45 'Confirmed'; hotspot refused 'just the renewal'"),

("FR52_076", "Ben Adeyemi", "2026-11-26T14:48:33", "asr",
"""A: splash express car wash ben speaking
C: hey i was looking at your monthly wash thing
A: yeah the basic unlimited is nineteen ninety nine a month and the premium with wax and tire shine is only eight more a month
C: hm eight more
A: yeah twenty seven ninety nine total most people go premium
C: mhm how often do people actually come
A: most members come like three four times a month
C: yeah i don't think i'd go that much i'll just pay per wash for now
A: no problem the single wash is twelve
C: okay cool thanks""",
False, 0.0, "neutral", "no membership: 'i'll just pay per wash for now'; premium 'eight more' not taken"),

("FR52_077", "Chloe Fitzgerald", "2026-11-27T09:22:58", "clean",
"""A: Motion Physical Therapy, Chloe speaking.
C: Hi, I need to book my first PT session. My doctor sent the referral last week, and I've called twice already.
A: I'm sorry about that. I see the referral now. I have Tuesday at 10 or Wednesday at 4.
C: Tuesday at 10. Please book it.
A: Done, Tuesday at 10. We also offer a 30-minute massage add-on after the session for $45. Insurance doesn't cover it.
C: I'll have to check my insurance first. Honestly, I've spent enough time on the phone with insurance this month.
A: Understood. Please bring your insurance card and arrive 15 minutes early.
C: Fine. Hopefully nobody loses the referral again.
A: You're all set for Tuesday.""",
True, 0.0, "negative", "'Tuesday at 10. Please book it'; massage add-on deferred; irritated"),

("FR52_078", "Ravi Menon", "2026-11-27T11:36:14", "asr",
"""A: gamezone ravi speaking
C: hey i want to order the ps five slim the disc one
A: sure four ninety nine ninety nine and do you want an extra controller they're sixty nine
C: yeah give me two extra controllers
A: okay two at sixty nine each and we have spiderman two bundled for
C: no games i've got games
A: got it so console and two controllers
C: actually wait just one extra controller my brother has one he can bring
A: sure so the slim plus one controller ready for pickup tomorrow
C: yes perfect
A: great see you tomorrow
C: sweet thanks man this is gonna be a great christmas""",
True, 69.00, "positive", "controllers sixty nine each, quantity revised from two to one -> 69; game refused"),

("FR52_079", "Erin Walsh", "2026-11-27T18:09:41", "clean",
"""A: Golden Wok, Erin speaking.
C: Hi, delivery. One orange chicken and one beef broccoli. And add two egg rolls, those are $3.50 each? And a large drink.
A: Yes, $3.50 each, and the large drink is $2.75.
C: Okay, both.
A: So orange chicken, beef with broccoli, two egg rolls and a large drink, $38.75 with delivery. Correct?
C: Yes. And please make sure it's hot this time. Last order showed up cold and an hour late.
A: I'm sorry about that, I'll note it for the driver.
C: I've heard that before. Just get it here.
A: It'll be about 35 minutes.
C: We'll see.""",
True, 9.75, "negative", "customer-added sides: two egg rolls at $3.50 each + drink $2.75 = 9.75; 'I've heard that before'"),

("FR52_080", "Jonah Feldman", "2026-11-27T16:25:05", "clean",
"""A: Notably support, this is Jonah.
C: Hi, I'm on the free plan and I keep hitting the limit on shared notebooks. What does Premium cost?
A: Premium is $15 a month, or $144 a year, with unlimited notebooks and version history.
C: And if I only need more notebooks, is there something smaller?
A: There's a notebook pack for $4 a month, adds ten.
C: Hmm. Let me think about it, I'm not sure I need either yet.
A: Sure. You can upgrade any time from settings.
C: Okay, good to know. Thanks.
A: Anything else today?
C: No, that's it.""",
False, 0.0, "neutral", "price questions only, 'Let me think about it'"),
]
