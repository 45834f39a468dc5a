CALLS = [
("FR5_015", "Grace Liu", "2026-11-09T09:02:12", "asr", """
A: thank you for calling coastline car rental this is grace
C: hi um i have a reservation for pickup at the airport on friday confirmation uh k l nine seven two
A: got it a midsize for five days
C: yeah and i wanted to ask about the collision waiver
A: the waiver is eighteen dollars a day so for five days that's ninety
C: ninety okay yeah add the waiver last time you guys charged me for a scratch that was already there so i'm not taking chances
A: and a gps unit is twelve a day
C: no i'll use my phone
A: okay collision waiver added ninety dollars for the five days
C: yeah just don't mess up the pickup like last time that line was a joke
""", True, 90.00, "negative", "waiver 18/day x5 = 90 on existing rental; GPS declined"),
("FR5_016", "Owen Hughes", "2026-11-09T10:18:44", "clean", """
A: CloudDesk Sales, Owen here.
C: Hi, we're on your Team plan with 12 seats and we're looking at adding the SSO module.
A: Sure. SSO is $3 per user per month, so for your 12 seats that's $36 a month.
C: And is there a setup fee?
A: No setup fee. Would you like me to turn it on today?
C: I need sign-off from our CFO first. Can you send a short summary?
A: Of course, I'll email it over now.
C: Thanks, I appreciate it.
""", False, 0.00, "neutral", "deferral to CFO; seats count and per-user price traps"),
("FR5_017", "Nina Petrova", "2026-11-10T12:40:29", "asr", """
A: hi this is nina with brightpath utilities how can i help
C: yeah hi i'm moving into a new apartment and need the power turned on
A: sure what's the service address
C: it's uh twenty two oak lane unit four b
A: okay i can start service on the fifteenth there's no fee for that would you also like to enroll in the green energy option it's an extra four dollars a month
C: um sure yeah why not four bucks is fine
A: great and do you want paper list billing
C: yes please
A: alright service starts the fifteenth with green energy at four dollars a month
C: okay sounds good thanks
""", True, 4.00, "neutral", "utility start-up + green option 4; street number 22 trap"),
("FR5_018", "Sam Okafor", "2026-11-10T14:55:03", "clean", """
A: Velocity Fitness, this is Sam.
C: Hi, I was in yesterday for a tour. I loved the place, the pool is amazing.
A: Glad to hear it! The monthly membership is $49, and personal training is an extra $40 per session.
C: Yeah, it all sounds great. I'm just not sure I can commit right now with the holidays coming.
A: Totally understand. I can hold the no-joining-fee offer until the end of the month.
C: That would be great, I'll probably come back in January.
A: Sounds good, we'll see you then.
C: Thanks so much, you guys have been super friendly.
""", False, 0.00, "positive", "happy non-buyer; 'probably in January'"),
("FR5_019", "Julia Costa", "2026-11-11T08:12:57", "asr", """
A: good morning rapidflow plumbing julia speaking
C: hi yeah my water heater is leaking all over the garage floor
A: oh no okay we can get a tech out today between one and three the service call is eighty nine dollars
C: yes please today book it
A: alright you're booked one to three what's the address
C: one eighteen birch court
A: got it and would you like to add our annual maintenance plan it's a hundred and twenty a year and waives the service fee
C: uh no not right now let's just fix the leak
A: understood the tech will call when he's on the way
C: okay thank you so much you're a lifesaver
""", True, 0.00, "positive", "service call booked; maintenance plan 120 declined; address 118 trap"),
("FR5_020", "Ethan Brooks", "2026-11-11T16:30:40", "clean", """
A: First Harbor Bank, Ethan speaking. How can I help?
C: Hi, I want to open a savings account. I saw the 4.1% rate online.
A: Yes, the High Yield Savings. I can open it now over the phone. Would you also like overdraft protection linked to checking? It's free.
C: Sure, link it.
A: Okay. Just to confirm: a High Yield Savings account in your name, initial deposit of $2,500 from checking ending 0931?
C: That works.
A: Opened. Your new account number will arrive by email.
C: Okay, thank you.
""", True, 0.00, "neutral", "account opened via read-back; deposit, rate, account digits traps; free overdraft not an upsell"),
("FR5_021", "Fatima Zahra", "2026-11-12T10:05:16", "asr", """
A: hi thanks for calling petals and stems this is fatima
C: hi i need a dozen roses delivered to my girlfriend tomorrow it's our anniversary
A: oh how sweet the dozen red roses are sixty five and delivery is twelve
C: okay
A: would you like to add a box of chocolates for eighteen and a balloon for six
C: yeah the chocolates for sure um the balloon no that's a bit much
A: okay roses and chocolates going to which address
C: three oh nine harbor view drive
A: great and the card message
C: just say happy five years love you babe
A: that's all set for tomorrow morning
C: oh man thank you she's gonna love it
""", True, 18.00, "positive", "chocolates 18 accepted; balloon declined; delivery fee and 'five years' traps"),
("FR5_022", "Leo Novak", "2026-11-12T13:48:22", "clean", """
A: Apex Home Security, Leo speaking.
C: Hi, I want to sign up for the basic monitoring package I saw online.
A: Great. Basic monitoring is $29.99 a month. For $10 more a month you get video verification and two outdoor cameras.
C: Ooh, yes, let's do the video too.
A: Okay. I'll schedule the install. Can I confirm the address, 2201 Kingsley Avenue?
C: Yes. Actually, wait. How long is the contract?
A: It's a 36-month agreement.
C: Thirty-six months? Your website said no contract. That's a bait and switch. Cancel it, I'll look elsewhere.
A: I understand. I've cancelled the order.
C: Unbelievable. Waste of my time.
""", False, 0.00, "negative", "signed up + video add-on, then whole order cancelled"),
("FR5_023", "Mia Jensen", "2026-11-13T09:44:09", "asr", """
A: skyway travel this is mia
C: hi uh we booked the cancun package last week and i've been trying to add the snorkeling tour on your website for like forty minutes it just keeps erroring out
A: sure the snorkel tour is sixty five per person how many people
C: four of us me my husband and the two kids
A: so four people at sixty five is two sixty
C: two sixty yeah okay that's fine book it
A: done and travel insurance is eighty nine per person did you want that
C: no we've got it through our credit card
A: okay the tour is added for the fourteenth
C: ugh finally your website is a mess somebody should fix it
""", True, 260.00, "negative", "4 x 65 = 260 added to existing package; insurance declined"),
("FR5_024", "Carlos Mendes", "2026-11-13T15:01:33", "clean", """
A: Westfield Auto Insurance, Carlos speaking.
C: I got a bill for $412 and I was told my rate was locked. This is the third time I'm calling about it.
A: I'm sorry about that. Let me look. I see the rate lock wasn't applied. I've corrected it, and your bill is now $356.
C: Okay. And the $56 difference?
A: It will be refunded to your card within five business days.
C: Alright. Honestly, thank you, you're the first person who actually fixed it.
A: Happy to help. Anything else?
C: No, that's everything. Really appreciate it.
""", False, 0.00, "positive", "billing fix, refund; frustration resolved → positive"),
("FR5_025", "Emily Stone", "2026-11-14T11:27:48", "asr", """
A: hi this is emily at sparkle clean home services
C: hey um i wanted to book a deep clean for my apartment before the holidays
A: sure a deep clean for a two bedroom is two hundred and ten we can also do inside the oven and fridge for another thirty five
C: oh yes definitely add the oven and fridge
A: and window washing is fifty
C: nah skip the windows
A: i have saturday the twenty first at nine or monday the twenty third at one
C: saturday at nine
A: perfect so deep clean with oven and fridge saturday at nine total two forty five
C: yep that's right
A: you're booked
C: thanks
""", True, 35.00, "neutral", "deep clean + oven/fridge 35; windows declined"),
("FR5_026", "Yusuf Demir", "2026-11-14T17:19:02", "clean", """
A: Skyline Telecom, this is Yusuf.
C: Hi. I'm thinking of adding the sports package to my TV plan. How much is it?
A: It's $14.99 a month, and the premium movie bundle is $11.
C: And can I cancel anytime?
A: Yes, no contract on either.
C: Okay, good to know. I'll have a think and maybe add it online later.
A: Sure thing. Anything else today?
C: No, that's it. Thanks.
""", False, 0.00, "neutral", "price questions only"),
("FR5_027", "Olivia Grant", "2026-11-15T10:10:10", "asr", """
A: riverside veterinary clinic olivia speaking
C: hi yeah my dog needs his annual shots
A: sure we have thursday at two fifteen or saturday at ten
C: saturday at ten
A: great and would you like to add a dental check for twenty five he's due for it
C: yeah sure add that
A: and the flea and tick package is forty
C: uh no we get that at the pet store
A: okay rocky is booked saturday at ten with the dental check
C: awesome thank you you guys are always so lovely with him
""", True, 25.00, "positive", "vet appt + dental check 25; flea 40 declined; ends praising staff → positive"),
("FR5_028", "Noah Fisher", "2026-11-15T14:36:55", "clean", """
A: Grandview Events, Noah speaking.
C: Hi, I'm trying to buy four tickets for the comedy night on the 28th.
A: Let me check. I have four together in row G, $38 each, $152 total.
C: Great, book those.
A: I'm processing now... I'm sorry, the payment system says those seats were just taken by another buyer, and the show is now sold out.
C: Seriously? I was literally on the phone with you.
A: I'm really sorry. I can notify you if seats are released.
C: Don't bother. This is ridiculous.
""", False, 0.00, "negative", "booking failed, sold out"),
]
