CALLS = [
("FR57_021", "Keisha Brooks", "2026-11-10T09:18:45", "clean",
"""A: Lakeshore Grand reservations, Keisha speaking.
C: Hi, I'm booking rooms for our team for the logistics conference. Three rooms, January 12th and 13th.
A: Let me check. I have three standard queens at the conference rate of $164 a night.
C: That works.
A: Would you like to add our breakfast buffet? It's $18 per person per day.
C: No, the conference provides breakfast.
A: Understood. Please confirm: three standard queen rooms, checking in January 12th, out the 14th, two nights, at $164 per room per night, under Halvorsen Logistics.
C: Yes, that's correct. Is parking included?
A: Parking is $22 a day, self-park. I'll send the confirmations to you now.
C: Okay, I'll let them know. Thanks.""",
True, 0.0, "neutral", "confirms read-back 'Yes, that's correct' then asks about parking; breakfast declined; parking only asked about"),

("FR57_022", "Daniel Okafor", "2026-11-10T11:44:10", "asr",
"""A: bellini catering this is daniel
C: hi yeah i need to order lunch for a staff meeting next thursday about forty people
A: sure our sandwich platters feed ten each so four platters at eighty five apiece
C: okay yeah four platters that's fine
A: do you want any drinks or dessert our dessert tray is sixty five dollars cookies brownies and lemon bars
C: oh yeah people would love that add the dessert tray
A: so four sandwich platters and one dessert tray delivered thursday at eleven thirty to the maple street office
C: mhm that's right
A: you're all set i'll email the invoice
C: awesome you guys did our holiday thing last year and everybody raved""",
True, 65.0, "positive", "confirms order of four platters; dessert tray 'sixty five dollars' accepted -> 65.00; 'everybody raved'"),

("FR57_023", "Lena Fischer", "2026-11-11T10:06:32", "clean",
"""A: Clarity CRM account services, Lena here.
C: Hi. We're on the Business plan for 25 users and we've had some layoffs. I'd like to cut back.
A: I'm sorry to hear that. How many users do you need now?
C: Twelve. And honestly we don't use the forecasting module.
A: Then the Team plan would fit. It's $22 per user per month instead of $38, so $264 a month for twelve.
C: Yes, let's move to the Team plan with twelve users.
A: Okay. The change takes effect on your next billing date, December 1st. You'll keep your data.
C: Good. That's all I needed.
A: Anything else I can help with?
C: No, that's it. Thanks.""",
True, 0.0, "neutral", "paid plan change (downgrade) 'let's move to the Team plan' counts as conversion; no add-on; matter-of-fact"),

("FR57_024", "Marcus Whitfield", "2026-11-11T13:29:14", "asr",
"""A: ridgeway honda service this is marcus
C: yeah i got a recall letter for the airbag thing on my accord and this is the third time i've called about it
A: i'm sorry about that let me look it up the part came in yesterday so we can do it now
C: finally i've been driving around with a sticker saying don't let anyone sit in the passenger seat
A: i understand i have tuesday at nine it takes about two hours and it's free of course
C: yeah tuesday at nine book it
A: got it and while it's here your cabin air filter is overdue it's forty nine dollars
C: no just the recall i'm not paying you guys anything extra after this
A: okay tuesday at nine just the recall
C: yeah and i'd appreciate a loaner this time three months is ridiculous""",
True, 0.0, "negative", "'tuesday at nine book it' (free recall appointment counts); filter declined; 'third time', 'ridiculous'"),

("FR57_025", "Sofia Marchetti", "2026-11-11T15:52:48", "clean",
"""A: Align Physio, Sofia speaking.
C: Hi, I was referred for my shoulder. How much is an initial assessment?
A: The initial assessment is $120, and follow-ups are $85.
C: And how much for a massage add-on?
A: Adding 30 minutes of massage is $40.
C: Do you bill insurance directly?
A: We do for most providers. Who are you with?
C: Blue Ridge. Okay, I'll check with my insurance about what they cover and call you back.
A: Sounds good. We have openings next week if you decide.
C: Okay, thanks for the info.""",
False, 0.0, "neutral", "only price questions; 'I'll check with my insurance... and call you back' is a deferral"),

("FR57_026", "Jamal Carter", "2026-11-12T10:37:21", "clean",
"""A: HomeNest Furniture, this is Jamal.
C: Hi, I'm calling about the Hartley queen bed frame, the walnut one. It's $899, right?
A: That's right, and it's in stock at the warehouse.
C: Okay, I want to order it.
A: Great. The matching Hartley nightstands are $240 each, if you're interested.
C: Hmm. I'll take two of the nightstands at $240 each.
A: Perfect. So the Hartley queen frame and two nightstands, delivered to 18 Orchard Lane on the 21st.
C: Yes, that's everything.
A: Your order's placed, confirmation number HN-55812.
C: Oh I'm so excited, the bedroom is finally going to look like a grown-up lives there.""",
True, 480.0, "positive", "orders frame; 'two of the nightstands at $240 each' -> 480.00; frame price excluded; 'so excited'"),

("FR57_027", "Hannah Lindqvist", "2026-11-12T14:08:59", "asr",
"""A: hi this is hannah with northstate power's solar program am i speaking with mister abara
C: yeah this is him
A: great we're offering free in home solar consultations in your area it takes about an hour and there's no obligation
C: um i don't know my roof is kind of old
A: that's actually something the consultant checks would thursday or friday work for a visit
C: i mean i'm not sure i'd rather just see some numbers first can you send me something in the mail
A: sure i can mail you a brochure with typical savings for your area
C: yeah do that
A: will do and the number to call is on the brochure
C: okay thanks""",
False, 0.0, "neutral", "declines visit indirectly 'i'd rather just see some numbers first... send me something in the mail'; flat"),

("FR57_028", "Roberto Alvarez", "2026-11-12T16:21:37", "clean",
"""A: BlueWake Cruises, Roberto speaking.
C: Hi, we want to book the 7-night Western Caribbean sailing on March 8th, balcony cabin for two.
A: I have a balcony cabin on deck 9 for $2,380 total for two, taxes included.
C: Great, book it.
A: Wonderful. Would you like our travel protection? It's $129 for the cabin and covers cancellation for any reason up to 48 hours.
C: Yes, we'll take the protection.
A: And for the Cozumel stop, the snorkel excursion is $85 per person.
C: Oh, two of those please, one for each of us.
A: So the balcony cabin, travel protection at $129, and two snorkel excursions at $85 each. Is that all correct?
C: Yes, that's correct.
A: You're booked, confirmation BW-90417.
C: This is the best birthday present ever, thank you!""",
True, 299.0, "positive", "'book it'; protection $129 + two excursions at $85 each (170) -> 299.00; 'best birthday present ever'"),

("FR57_029", "Chloe Nguyen", "2026-11-13T10:55:03", "asr",
"""A: riverside arena box office this is chloe
C: hi i want two tickets for the hollow pines show on friday the twentieth
A: oh i'm sorry friday just sold out about an hour ago but they added a saturday show on the twenty first
C: aw man okay um saturday could work are there still good seats
A: i have two in section one oh four row f at seventy two each
C: yeah okay let's do saturday then those two
A: great and do you want to add vip parking it's twenty five dollars and you're right by the door
C: yes add the parking my husband hates the walk
A: alright two tickets saturday section one oh four row f plus vip parking
C: yep perfect oh this is gonna be so fun thank you""",
True, 25.0, "positive", "Friday sold out but Saturday booked instead 'let's do saturday then'; vip parking twenty five accepted -> 25.00; 'so fun'"),

("FR57_030", "Ethan Brennan", "2026-11-13T13:14:26", "clean",
"""A: Pinecrest Bank, Ethan speaking.
C: I was charged a $35 overdraft fee because your app showed money that wasn't there. I want it back.
A: I'm sorry. Let me look. I see the pending deposit was reversed. I can refund the $35 as a courtesy.
C: Good. It shouldn't have happened in the first place.
A: Understood, it's refunded. To avoid this, our Secure Savings account can link as overdraft backup. It's free to open.
C: Don't push products on me. I called about a fee you shouldn't have charged.
A: Of course. I've added a note to the account.
C: And fix your app. I'm seriously thinking about moving my accounts.
A: I'll pass that feedback along.
C: Yeah, sure you will.""",
False, 0.0, "negative", "refund is not a sale; rejects account 'Don't push products on me'; sarcastic 'sure you will'"),

("FR57_031", "Aisha Mahmoud", "2026-11-13T18:42:11", "asr",
"""A: rapid rooter emergency line this is aisha
C: hi oh my gosh there's water coming out from under my kitchen sink and it's all over the floor
A: okay first can you find the shut off valve under the sink turn it clockwise
C: hold on okay okay i think it stopped
A: good now i can get a plumber out tonight between seven and eight there's a ninety five dollar after hours fee plus the repair
C: yes please send someone tonight i can't leave it like this
A: done mike is on his way he'll call when he's ten minutes out
C: oh thank god
A: and keep some towels down until he gets there
C: thank you so much seriously you're a lifesaver""",
True, 0.0, "positive", "'yes please send someone tonight' books the visit; after-hours fee is a fee not upsell; 'you're a lifesaver'"),

("FR57_032", "Grant Sullivan", "2026-11-16T09:33:40", "clean",
"""A: Crate & Craft subscriptions, Grant speaking.
C: Hi, I want to cancel my craft box. I haven't opened the last two.
A: I hear that a lot around the holidays. Instead of cancelling, I can skip December and January for you, no charge, and you keep your member pricing.
C: Hmm. So I wouldn't get charged until February?
A: Correct, and you can cancel any time before then.
C: Yeah, skip the next two months then. I'll see if I catch up.
A: Done. Your next box ships February 3rd.
C: Okay.
A: Anything else?
C: No, that's it.""",
True, 0.0, "neutral", "accepts save offer on cancellation call 'skip the next two months then', subscription kept; flat"),

("FR57_033", "Maria Delgado", "2026-11-16T11:07:18", "asr",
"""A: hi is this miss gordon this is maria from brightline we're bringing fiber to your street next month
C: oh really i've been waiting for that forever
A: yes so with fiber you'd get a gig for seventy five a month which is about what you pay now for a hundred megs
C: wow that's a big jump for the same money
A: it is would you like me to get you on the install list
C: um let me think about it i want to look at my budget and talk to my roommate but that's really good to know
A: of course i'll send you an email with the plans
C: yeah please do you've been really helpful thank you
A: my pleasure have a good one
C: you too bye""",
False, 0.0, "positive", "'let me think about it... talk to my roommate' is deferral; 'you've been really helpful thank you'"),

("FR57_034", "Trevor Haines", "2026-11-16T14:25:07", "clean",
"""A: Harbor Mutual life, Trevor speaking. I have your online quote request here.
C: Yes, I filled that out last week.
A: For a 20-year term, $500,000 coverage, you qualify for $38 a month.
C: That's less than I thought.
A: It's a good rate. I can start the application now, it takes about fifteen minutes.
C: I need to talk to my wife first. She's the one who wanted this but I want her on the call.
A: Absolutely. When would be a good time to call you both?
C: Maybe Thursday evening?
A: I'll call Thursday at 6. The quote is good for 30 days.
C: Okay, that works.""",
False, 0.0, "neutral", "'I need to talk to my wife first' deferral; callback time is not a booking of a paid service"),

("FR57_035", "Priya Raman", "2026-11-17T10:48:33", "clean",
"""A: Netwave support, Priya speaking.
C: My internet is crawling in the evenings. We have four people streaming and gaming.
A: I see you're on the 200 megabit plan. For a household like yours, the 500 plan would help a lot. It's an extra $20 a month.
C: Okay, yes, upgrade me to the 500.
A: Done, it'll kick in within the hour. And your router is in the basement, so I'd suggest a mesh extender upstairs, $12 a month to rent.
C: Yeah, let's do that too. The upstairs is a dead zone.
A: I'll ship it out today, it arrives Thursday.
C: Great.
A: Anything else I can help with?
C: No, that's perfect, you actually fixed it instead of just rebooting the router. Thanks a lot.""",
True, 32.0, "positive", "upgrade 'extra $20 a month' + extender '$12 a month' on existing service -> 32.00; 'you actually fixed it'"),

("FR57_036", "Owen Gallagher", "2026-11-17T13:16:52", "asr",
"""A: hi this is owen from city sports club billing i'm calling about your account it's past due by two months
C: yeah i know my card expired and i didn't notice
A: no problem the balance is one hundred and eighteen including a twenty dollar late fee
C: a twenty dollar late fee seriously for an expired card
A: i'm sorry that's the policy once you pay it i can reactivate your membership today at your same rate
C: ugh okay fine take the payment and turn the membership back on
A: okay i have the new card ending in four four one two processing now you're active again
C: great but that late fee is a joke
A: i'll note your feedback
C: yeah whatever bye""",
True, 0.0, "negative", "pays and reactivates membership 'turn the membership back on' (renewal); late fee is a fee; 'that late fee is a joke'"),

("FR57_037", "Keisha Brooks", "2026-11-17T16:03:29", "clean",
"""A: Lakeshore Grand reservations, Keisha speaking.
C: Hi, I need to cancel my reservation for this weekend. I'm sick, I've had the flu all week.
A: Oh no, I'm sorry. I see it's a non-refundable rate, but given the circumstances I can waive that. Or I could move your dates at no charge.
C: That's really kind. But I honestly don't know when I'll be better, so please just cancel it.
A: Of course. It's cancelled and the full $312 will go back on your card.
C: Wow, thank you. I was ready to lose that money.
A: Not at all. Feel better soon.
C: You've been so understanding, I really appreciate it.""",
False, 0.0, "positive", "declines moving dates, 'please just cancel it'; refund not a sale; 'so understanding, I really appreciate it'"),

("FR57_038", "Daniel Okafor", "2026-11-18T17:45:16", "asr",
"""A: tony's pizza this is daniel pickup or delivery
C: pickup
A: okay what can i get you
C: two large pepperoni
A: two large pepperoni that's eighteen each you want garlic knots with that six bucks
C: uh sure yeah
A: anything to drink
C: nah
A: so two large pepperoni and one garlic knots forty two with tax about twenty minutes
C: yep
A: name for the order
C: mike""",
True, 6.0, "neutral", "confirms order 'yep'; garlic knots 'six bucks' accepted 'uh sure yeah' -> 6.00; terse"),

("FR57_039", "Lena Fischer", "2026-11-18T10:22:05", "clean",
"""A: Good morning, this is Lena from the Valley Courier. Your digital subscription expires on Friday and I wanted to help you renew.
C: Oh, right. What's the renewal price?
A: It's $12.99 a month, or $119 for the year.
C: It used to be $7.99.
A: That was the introductory rate. I can offer you $9.99 for the first three months if you renew today.
C: Thanks, but I think I'll just let it lapse. I mostly read the free articles anyway.
A: I understand. You'll still get the free newsletter.
C: That's fine.
A: Thanks for being a reader.
C: Sure. Bye.""",
False, 0.0, "neutral", "refusal without 'no': 'I think I'll just let it lapse'; polite and flat"),

("FR57_040", "Marcus Whitfield", "2026-11-18T15:39:47", "clean",
"""A: Ridgeway Honda, Marcus speaking.
C: I just picked up my Pilot and the bill was $900 for a water pump. I was quoted $600.
A: Let me look. I see the tech also replaced the thermostat, which was leaking.
C: Nobody called me about that. Nobody asked.
A: I apologize, that should have been approved with you. I'll raise it with the service manager. Also, since your car is out of warranty, our extended coverage is $1,200 for three years and would cover things like this.
C: Are you serious? I just paid $900 for work I didn't approve and you want to sell me more?
A: I'm sorry, that was bad timing on my part.
C: Have the manager call me. Today.
A: I'll make sure he does.
C: I'm not holding my breath.""",
False, 0.0, "negative", "warranty rejected 'Are you serious?'; complaint, nothing bought; 'not holding my breath'"),
]
