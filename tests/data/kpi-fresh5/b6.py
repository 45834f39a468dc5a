CALLS = [
("FR5_071", "Noah Fisher", "2026-11-03T18:22:10", "asr", """
A: grandview events noah speaking
C: hi um i'm calling about the jazz brunch on sunday the eighth
A: yes we still have seats it's fifty five per person includes the buffet
C: okay can i get uh three
A: sure three at fifty five and for fifteen more each you can get bottomless mimosas
C: ha yes obviously bottomless mimosas for all three of us
A: okay three brunch tickets with mimosas so the mimosas are forty five extra total two ten
C: yep perfect
A: done see you sunday
C: can't wait thanks so much
""", True, 45.00, "positive", "3 x 15 mimosas = 45; tickets main"),
("FR5_072", "Zara Ahmed", "2026-11-04T12:05:50", "clean", """
A: QuickBite Burgers, Zara speaking.
C: Hi, I'd like to place a catering order for Friday: 20 burger boxes for my team.
A: Sure, burger boxes are $14 each, so $280. Would you like cookies for everyone? They're $2 each.
C: Yes, 20 cookies.
A: That's $40 for the cookies. Pickup at 12:15 on Friday?
C: Yes, that's right.
A: Great, the order is in. Total $320.
C: Thanks.
""", True, 40.00, "neutral", "20 x 2 cookies = 40; boxes main"),
("FR5_073", "Ben Walsh", "2026-11-05T08:08:08", "asr", """
A: horizon wireless ben speaking
C: hi uh yeah um i just wanna know why my bill has this thing called a regulatory fee
A: sure that's a federal recovery fee it's about two dollars a month on every line
C: two dollars okay and can you remove it
A: unfortunately no it's on every account
C: hm okay and um the thing on the bill that says insurance eleven dollars what is that
A: that's device protection you added it in march
C: oh right yeah okay no that's fine
A: anything else
C: nope thanks
""", False, 0.00, "neutral", "billing questions only"),
("FR5_074", "Ingrid Holm", "2026-11-26T11:25:00", "asr", """
A: fjord furniture ingrid speaking
C: hi i'm calling because the oslo bed was delivered but the headboard is scratched
A: oh no i'm sorry can you send a photo
C: i already did it's in the email from tuesday
A: i see it we'll send a replacement headboard free of course
C: how long
A: about two weeks
C: two weeks okay i guess
A: i can also give you a fifty dollar credit for the trouble
C: fine yeah okay that helps a bit thanks
""", False, 0.00, "neutral", "damage replacement; credit; ends lukewarm"),
("FR5_075", "Tariq Said", "2026-11-07T14:50:11", "clean", """
A: Sunrise Medical Center, Tariq speaking.
C: Hi, I'd like to book an annual physical with Dr. Singh.
A: Sure. Dr. Singh has December 3 at 10:20 or December 9 at 2:00.
C: December 9 at 2 works.
A: Great. We also offer a full lab panel the same day, it's $65 not covered by most plans.
C: Hmm, what does it include?
A: Cholesterol, glucose, thyroid and vitamin D.
C: Yes, I'll take the lab panel.
A: Booked: December 9 at 2 with the lab panel. Please fast for 12 hours.
C: Okay, thanks.
""", True, 65.00, "neutral", "physical + lab panel 65; 12 hours trap"),
("FR5_076", "Rosa Delgado", "2026-11-27T10:10:30", "asr", """
A: casa linda catering rosa speaking
C: hi rosa it's about the office party on the twelfth
A: yes the taco bar for forty with churros
C: so bad news the office cancelled the party um management decided no party this year
A: oh no i'm sorry
C: so we have to cancel the whole thing
A: understood i've cancelled it and you'll get the deposit back
C: thank you sorry about that
""", False, 0.00, "neutral", "cancellation of 033's order in a later call"),
("FR5_077", "Victor Hale", "2026-11-23T15:15:15", "asr", """
A: ironclad auto glass victor speaking
C: hey i got my claim number from the insurance it's uh c l seven seven four one
A: perfect and they approved it
C: yep fully covered
A: great i can still do thursday at ten at your work
C: thursday at ten works
A: and we offer a rain repel and coating for twenty five not covered by insurance
C: uh sure yeah add the coating
A: you're booked thursday at ten with the coating
C: awesome thanks man you guys are quick
""", True, 25.00, "positive", "follow-up of 034; coating 25; claim number trap"),
("FR5_078", "Amara Obi", "2026-11-10T09:40:00", "clean", """
A: Peak Software, Amara speaking.
C: Hi. We're renewing our annual licence for 50 users.
A: Great. Renewal for 50 users is $6,000 for the year. Would you like to add premium support for $1,200 a year?
C: What does premium support get us?
A: 1-hour response time and a named engineer.
C: We'll stick with standard support. Please go ahead with the renewal.
A: Done. Your invoice will arrive today.
C: Thank you, Amara. Smooth as always, we really like working with you.
""", True, 0.00, "positive", "renewal; premium support declined"),
("FR5_079", "Jack Turner", "2026-11-11T19:45:00", "asr", """
A: metro cinemas jack speaking
C: yeah i bought two tickets for the eight pm show and the code you texted doesn't work
A: sorry about that let me resend it
C: i'm literally standing at the door and the movie starts in five minutes
A: okay it's resent should be there now
C: got it yeah it works
A: great enjoy the movie
C: yeah finally already missed the trailers thanks to this
""", False, 0.00, "negative", "support call; 'yeah finally' sarcastic frustration"),
("FR5_080", "Keiko Sato", "2026-11-12T16:00:00", "asr", """
A: sakura spa keiko speaking
C: hi um i wanted to book a couples massage for me and my husband for his birthday
A: lovely the couples massage is two forty for ninety minutes
C: okay and can you add like champagne or something
A: yes a champagne and chocolate tray is forty
C: oh yes that
A: i have saturday the fourteenth at five
C: perfect
A: so couples massage saturday at five with the champagne tray
C: yes um actually you know what can you take off the champagne he doesn't really drink anymore
A: of course just the massage then
C: yep thank you
""", True, 0.00, "neutral", "champagne tray accepted then removed → 0; massage booked"),
("FR5_081", "Luis Romero", "2026-11-13T10:30:00", "clean", """
A: BlueStar Cable, Luis speaking.
C: Hi, I want to add the premium sports tier. What's the price?
A: It's $19.99 a month, or $14.99 if you add it for twelve months.
C: Twelve months at $14.99, then. Go ahead.
A: Done. Would you also like the DVR upgrade for $5 a month?
C: Sure, why not.
A: Both are active now.
C: Nice, thanks Luis, that's really helpful.
""", True, 19.99, "positive", "sports tier at revised 14.99 + DVR 5 = 19.99"),
("FR5_082", "Anna Berg", "2026-11-14T13:20:20", "asr", """
A: homestead solar anna speaking
C: hi um your advisor came out tuesday and left the quote
A: great what did you think
C: it's um it's a lot more than i expected like twenty two thousand
A: with the tax credit it comes down to about fifteen thousand
C: yeah i don't know i think we'll wait a year or two
A: understood we'll keep your file open
C: okay thanks
""", False, 0.00, "neutral", "deferral; main price only"),
("FR5_083", "Peter Quinn", "2026-11-25T09:00:00", "asr", """
A: crestline resorts peter speaking
C: hi i called about december the eighteenth to twenty first you said you'd do a deal if i called back
A: let me see yes i can do the standard room at one fifty five a night for three nights
C: okay that works book it
A: great and would you like to add the ski pass bundle it's seventy five per person per day
C: uh no we don't ski we're just there to relax
A: how about the spa credit package fifty dollars
C: no thanks just the room
A: okay you're confirmed three nights december eighteenth to twenty first
C: thank you really appreciate the deal
""", True, 0.00, "positive", "follow-up of 040; add-ons declined; revised main price not upsell"),
("FR5_084", "Dana White", "2026-11-16T14:44:44", "clean", """
A: Citywide Movers, Dana speaking.
C: Your crew moved me on Saturday and my mirror arrived shattered. They didn't even wrap it.
A: I'm so sorry. I've opened a damage claim. Can you send a photo and the purchase price?
C: It was $340. I'll send the photo.
A: Thank you. We'll reimburse you within ten days.
C: I'll believe it when I see it. I'm not recommending you to anyone.
""", False, 0.00, "negative", "damage claim; reimbursement not upsell"),
]
