CALLS = [
("FR40_021", "Hannah Weiss", "2026-11-14T08:06:55", "asr",
"""A: pacific air rebooking desk this is hannah
C: yeah my flight to chicago got cancelled and i've been in this airport since five a m
A: i'm really sorry let me look at options for you
C: i have a meeting at two o'clock tomorrow i cannot miss it
A: i can put you on the eleven forty tonight arriving at five fifty a m no charge
C: fine book that one
A: done you're confirmed seat twelve c i can also add a lounge day pass so you can rest it's thirty nine dollars
C: fine whatever throw that in i need a shower
A: added you'll get the pass on your app
C: this whole trip has been a nightmare honestly never again""",
True, 39.0, "negative", "Rebooked onto new flight (booking); lounge pass $39 accepted; ends very negative."),

("FR40_022", "Derek Mills", "2026-11-14T10:27:13", "clean",
"""A: IronBloom Fitness, Derek speaking.
C: Hi, I did a trial class yesterday and I want to sign up for the monthly membership.
A: Awesome! That's $49 a month, no contract. Want me to set it up?
C: Yes, sign me up.
A: Done. We have two extras members like: towel service for $10 a month or a private locker for $15 a month.
C: Hmm. I'd rather not carry my stuff around, so the locker. Not the towels.
A: Locker it is, number 212. Your first charge is today.
C: Great. When's the next spin class?
A: Tomorrow at 6:30 am and 6 pm.
C: I'll be at the 6 pm. Honestly, I loved the trial, everyone was so friendly.""",
True, 15.0, "positive", "Membership signup; picked locker $15/month over towels; enthusiastic."),

("FR40_023", "Sofia Russo", "2026-11-16T17:40:21", "clean",
"""A: Hi, this is Sofia from Brightwave Mobile. Am I speaking with Mrs. Adeyemi?
C: Yes, who's this?
A: I'm calling because you're eligible for an upgrade to the Galaxy S26 for $0 down.
C: Oh. What would the monthly be?
A: It'd be $34 a month over 24 months, on top of your plan.
C: Hmm. That's not nothing.
A: I can hold the offer until the end of the month.
C: Let me talk to my husband first. He handles the phone bills.
A: Of course. Should I call back Thursday?
C: You can try, yes. Thank you.""",
False, 0.0, "neutral", "Outbound upgrade offer deferred ('talk to my husband'); callback is not a purchase; neutral."),

("FR40_024", "Kwame Mensah", "2026-11-16T09:19:48", "asr",
"""A: rapid rooter plumbing this is kwame
C: hi my kitchen sink is backing up and the water won't go down at all
A: okay i can have someone out tomorrow between ten and twelve the call out is seventy five
C: yeah okay book it
A: booked at three one eight maple drive right
C: yep that's us
A: while he's there we can do a full drain line cleaning for the whole house it's a hundred and twenty
C: oh a hundred and twenty no that's too much just the sink
A: no problem just the sink then
C: okay thanks see you tomorrow""",
True, 0.0, "neutral", "Plumbing visit booked; drain cleaning declined after hearing $120; neutral."),

("FR40_025", "Elena Petrova", "2026-11-17T11:58:30", "clean",
"""A: Vectorly sales, Elena here.
C: Hi, I want to buy a single license of Vectorly Pro.
A: Sure. The perpetual license is $499. We also offer a support and updates plan for $150 a year.
C: I'll think about the support. Let's do the license first.
A: Okay. License for $499 to the card ending 9034, shall I go ahead?
C: Yes, go ahead.
A: Done, your key is on its way. Anything else?
C: Does the license include the 2027 update?
A: Major updates are only included with the support plan.
C: Ah. In that case go back to that support thing, add it.
A: Added, $150 for the year. You'll get 2027 automatically.
C: Excellent, thank you, that's exactly what I needed.""",
True, 150.0, "positive", "License bought; support plan $150 accepted several turns after pitch; satisfied."),

("FR40_026", "Jason Park", "2026-11-17T15:33:42", "clean",
"""A: The Glasshouse events team, Jason speaking.
C: Hi, we're looking at venues for a wedding in June 2027, about 120 guests.
A: Congratulations! Our Saturday package for 120 is $14,500, including catering.
C: That's within range. Is June 12th open?
A: June 12th is open right now.
C: Sounds good. I'm interested, can you email me the full details and the menu?
A: Absolutely, what's the email?
C: lena.moss@fastmail.com.
A: Sent. Dates do go quickly, so let me know soon.
C: Will do, thanks.""",
False, 0.0, "neutral", "Interest and request for details only; no commitment; neutral."),

("FR40_027", "Aisha Rahman", "2026-11-18T13:07:26", "asr",
"""A: stride footwear this is aisha
C: hi i'm ordering the trail runner in size ten the blue one
A: okay the trail runner blue size ten that's one twenty nine
C: yep
A: can i suggest a shoe care kit for twelve dollars and our gel insoles for nineteen ninety nine
C: um yeah both actually my old ones are shot
A: so shoes plus the care kit plus the insoles
C: yeah that's it
A: it'll ship today to the address on file on ninety eight pine street
C: sweet that's great thanks a lot really happy with the last pair""",
True, 31.99, "positive", "Order; care kit $12 + insoles $19.99 'both' = 31.99; positive."),

("FR40_028", "Ben Carter", "2026-11-18T08:04:59", "clean",
"""A: Roadway Rentals, Ben speaking.
C: Hi, I need a midsize car at Portland airport from the 22nd to the 26th.
A: Four days, the midsize is $46 a day, $184 total. Shall I reserve it?
C: Yes, please reserve it.
A: Reserved. Do you need GPS? It's $9.95 a day, so $39.80 for the four days.
C: Yeah, my phone's maps are useless out there. Add it.
A: Added. Any child seats? Those are free this month.
C: One booster seat, yes.
A: Booster added at no charge. Confirmation number is RR-50271.
C: Okay, got it.""",
True, 39.8, "neutral", "Rental reserved; GPS $9.95/day x 4 = 39.80 (agent states total); free booster adds 0."),

("FR40_029", "Nora Lindqvist", "2026-11-19T12:26:03", "clean",
"""A: Summit Credit Union, this is Nora.
C: Hi, I'd like to apply for the Cashback Visa you mentioned in the email.
A: Sure. No annual fee, 1.5% back on everything. I can take the application now.
C: Yes, let's proceed.
A: Approved with a $6,000 limit. We also offer card protection, covering fraud monitoring and lost wallet help, for $4.99 a month.
C: Okay, I'll take that.
A: Done. Your card will arrive in 7 to 10 business days.
C: Will it have a new PIN?
A: Yes, it comes separately by mail.
C: Alright, thank you.""",
True, 4.99, "neutral", "Card application committed; card protection $4.99/month accepted; neutral."),

("FR40_030", "Rafael Souza", "2026-11-19T19:44:15", "asr",
"""A: evergreen power billing this is rafael
C: my bill this month is three hundred and forty dollars it's usually like ninety
A: let me look it seems the last two months were estimated and this one was an actual reading
C: so you guessed wrong twice and now i pay for it all at once
A: the usage is correct it was just billed late i can set up a payment plan
C: nobody told me you were estimating
A: it's noted on the bill under the meter section
C: oh in the tiny print of course
A: i can split it over three months
C: no i'll just pay it and file a complaint this is absolutely unacceptable""",
False, 0.0, "negative", "Billing complaint; payment plan refused; angry. No purchase."),

("FR40_031", "Grace Kim", "2026-11-20T10:15:37", "clean",
"""A: Basil & Thyme Catering, Grace speaking.
C: Hi! I need lunch for our office on December 3rd, 25 people.
A: Our sandwich and salad spread is $18 per person, so $450.
C: Perfect, let's do it.
A: Great. Would you like to add dessert? Brownies and fruit tart, $4 per person.
C: Oh yes, for everyone. It's our holiday lunch.
A: So dessert for 25, that's $100 more. Delivery at 11:45 to 200 Harbor Street, 9th floor?
C: Yes, that's right.
A: You're booked.
C: Wonderful, you've made my job so easy, thank you!""",
True, 100.0, "positive", "Catering order; dessert $4/person x 25 = 100; delighted."),

("FR40_032", "Owen Hughes", "2026-11-20T14:02:28", "clean",
"""A: Motion Physio, Owen speaking.
C: Hi, I need a physio appointment for my knee, I twisted it running.
A: I have Monday at 9:00 with Sarah, first visit is $85.
C: Monday at 9 is good, book it.
A: Booked. Would you like to add a 30-minute sports massage after? It's $55.
C: Sure, add it.
A: Added. Please bring shorts.
C: Actually, wait, scratch the massage. My insurance only covers the physio. Just the physio.
A: No problem, I've removed the massage. Physio Monday at 9:00.
C: Okay, thanks.""",
True, 0.0, "neutral", "Physio booked; massage $55 accepted then retracted -> 0; neutral."),

("FR40_033", "Maya Chen", "2026-11-21T16:16:16", "asr",
"""A: brightwave store this is maya how can i help
C: hi yeah i want to order the pixel ten the black one one twenty eight gigs
A: okay that's seven ninety nine do you want me to put the order through
C: yeah do it
A: great and we have the official case for thirty dollars and a glass screen protector for fifteen
C: uh the case yeah but not the screen protector those always get bubbles
A: fair enough so phone plus case
C: mhm
A: it'll arrive thursday
C: okay cool""",
True, 30.0, "neutral", "Phone ordered; case $30 accepted, screen protector refused by name; neutral."),

("FR40_034", "Tom Okafor", "2026-11-21T11:11:50", "clean",
"""A: Azure Line Cruises, Tom speaking.
C: I'm calling to book the 7-night Caribbean cruise from Miami on January 10th. Two people, inside cabin.
A: The inside cabin is $1,398 for two, plus $312 in port fees and taxes.
C: $312 in fees. Of course it is.
A: I know it adds up. Shall I reserve it?
C: Yes, book it.
A: Booked. Would you like the Wi-Fi package for the voyage? $120 for the whole cruise.
C: $120 for Wi-Fi. Fine, add it, I have to work.
A: Added. Your booking number is AZ-77410.
C: Honestly, the fees on this thing are ridiculous. I'm not impressed.""",
True, 120.0, "negative", "Cruise booked; Wi-Fi $120 accepted; fees/taxes are not upsell; customer annoyed to the end."),

("FR40_035", "Priya Nair", "2026-11-23T09:44:01", "clean",
"""A: Harbor Mutual, this is Priya.
C: Hi, my home policy renews next month and I wanted to make sure it goes through.
A: Let me check. Your renewal premium is $1,140, and you qualify for a $90 claims-free discount, so $1,050.
C: Oh, that's lower than last year! Yes, please renew it.
A: Renewed from December 15th. Would you like me to review coverage amounts while we're here?
C: No, they're fine as they are.
A: Okay, your documents will be emailed.
C: That's great news, thank you. Really appreciate the discount.""",
True, 0.0, "positive", "Renewal confirmed; discount is not upsell; no add-on; pleased."),

("FR40_036", "Luis Ortega", "2026-11-23T18:03:12", "asr",
"""A: taskline help desk this is luis
C: hi uh i'm locked out of my account i tried the password like five times
A: no worries i can send a reset link what's the email on the account
C: it's d morales at gmail
A: okay sent check your inbox
C: got it okay i'm resetting it now
A: you should be able to log in now
C: yep i'm in oh thank god
A: anything else
C: no that's it you're a star thanks so much""",
False, 0.0, "positive", "Support only, no purchase; grateful."),

("FR40_037", "Hannah Weiss", "2026-11-24T12:50:44", "clean",
"""A: Voltmart Electronics, Hannah speaking.
C: Hi, I want to buy the 65-inch Sonara OLED, model XR-65A90.
A: That's $1,799, and we have it in stock. I'll put it through?
C: Yes, I'll take it.
A: Great. Our 4-year protection plan is normally $199, but with the TV it's $149.
C: At $149, yes.
A: And would you like a wall mount for $79?
C: No, it's going on a stand.
A: Okay. TV plus protection plan, delivery Saturday the 28th.
C: Brilliant. I've wanted this TV for a year, I'm so pleased.""",
True, 149.0, "positive", "TV bought; protection $199 revised to $149 accepted; wall mount declined."),

("FR40_038", "Derek Mills", "2026-11-24T19:25:09", "asr",
"""A: lyric theatre box office this is derek
C: hi how much are tickets for the nutcracker on the twelfth
A: the only seats left are in the orchestra at one hundred and fifty five each
C: oh one fifty five last year they were like eighty
A: yes it's a new production this year
C: i'd buy two if it were cheaper but that's just too much
A: i understand there might be returns closer to the date
C: yeah maybe
A: anything else i can help with
C: no that's a shame really i'm pretty disappointed we go every year""",
False, 0.0, "negative", "Conditional ('if it were cheaper'); no purchase; disappointed."),

("FR40_039", "Sofia Russo", "2026-11-25T08:40:18", "clean",
"""A: GreenShield Pest Control, this is Sofia.
C: Hi, I keep seeing ants in the kitchen, I want to start the quarterly plan.
A: Quarterly service is $119 per visit. First visit could be Wednesday at 1:00.
C: Wednesday at 1:00, that's fine. Sign me up.
A: Done. Our tech can also inspect the attic on the first visit at no charge.
C: Sure, free is good.
A: And in summer we offer mosquito treatment at $35 a month.
C: Yes, add that, the backyard is terrible in the evenings.
A: Added. Quarterly plan, mosquito treatment, free attic inspection Wednesday.
C: Okay. Thanks.""",
True, 35.0, "neutral", "Plan signup; free attic inspection 0; mosquito $35/month accepted; neutral."),

("FR40_040", "Kwame Mensah", "2026-11-25T15:08:37", "asr",
"""A: northgate toyota service this is kwame
C: hi i need to book my camry in for the sixty thousand mile service
A: okay that's four forty nine i have friday the twenty seventh at nine
C: friday at nine is fine yeah put me down
A: done i also see a note your steering pulls a bit we can do an alignment for eighty nine ninety five
C: uh yeah it does pull to the left okay add the align meant
A: so the sixty k service plus alignment friday at nine
C: and i can get a ride to work
A: yes the shuttle runs until eleven
C: okay good""",
True, 89.95, "neutral", "Service booked; alignment $89.95 accepted; neutral."),
]
