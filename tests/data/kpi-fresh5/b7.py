CALLS = [
("FR5_085", "Ivan Petrov", "2026-11-17T10:10:10", "clean", """
A: Lakeside Bank, Ivan speaking.
C: Hi, my 12-month CD matures on the 20th. What are my options?
A: You can renew for 12 months at 4.25% or 24 months at 4.0%.
C: Okay. Renew it for another 12 months.
A: So: renew $15,000 for 12 months at 4.25%, maturing November 20, 2027. Is that correct?
C: Yes, that's correct. Will I get a new certificate by mail?
A: Yes, within a week. It's renewed.
C: Okay, thank you.
""", True, 0.00, "neutral", "CD renewal read-back confirmed with question; amounts, year traps"),
("FR5_086", "Hugo Laurent", "2026-11-18T18:30:00", "asr", """
A: le petit bistro hugo speaking
C: hi uh is it possible to get a table for four on new year's eve
A: let me check um we have a special menu that night it's one twenty per person
C: wow okay that's steep
A: it includes a glass of champagne and five courses
C: yeah no that's too much for us um we'll go somewhere else thanks
A: understood happy holidays
C: you too
""", False, 0.00, "neutral", "declined on price"),
("FR5_087", "Sara Cohen", "2026-11-25T08:30:00", "asr", """
A: bright smile orthodontics sara speaking
C: hi it's about the braces consult for my daughter i called a while ago
A: yes of course
C: do you have anything on a saturday
A: saturday the twenty eighth at nine thirty
C: oh yes we'll take that one
A: great she's booked saturday at nine thirty what's her date of birth
C: march third two thousand twelve
A: got it see you then
C: awesome thank you so much you've been so patient with me
""", True, 0.00, "positive", "follow-up of 044; slot chosen; DOB year trap"),
("FR5_088", "Maria Lopez", "2026-11-20T09:09:50", "clean", """
A: Brightline Mobile, Maria speaking.
C: I was charged $12.99 for device protection twice this month. I'm not happy about it.
A: I'm sorry, I see the duplicate. I've refunded $12.99.
C: And it won't happen again?
A: I've flagged the account, it won't repeat.
C: Okay. Well, thanks for sorting it so quickly, that's actually really good service.
""", False, 0.00, "positive", "duplicate charge refunded; resolved, ends praising"),
("FR5_089", "James Carter", "2026-11-21T07:45:00", "asr", """
A: summit air james speaking
C: hi um i need to book a flight to chicago on the fourth of december one way
A: sure i have the seven ten am for one eighty nine or the two fifteen pm for one sixty four
C: the seven ten please
A: okay and you can add a checked bag now for thirty five instead of forty five at the airport
C: oh yeah add one bag
A: and priority boarding for fifteen
C: no no just the bag
A: so one way to chicago december fourth seven ten am with one bag that's two twenty four total
C: that works
A: you're confirmed flight twelve oh eight
C: okay your app crashed twice when i tried to do this myself by the way pretty annoying
""", True, 35.00, "negative", "flight main 189; bag 35 (airport 45 trap); priority declined; flight number trap"),
("FR5_090", "Priya Nair", "2026-11-22T10:40:40", "asr", """
A: harbor home insurance priya speaking
C: hi um i wanted to get a quote for life insurance
A: sure for a twenty year term five hundred thousand coverage you'd be around thirty two a month
C: thirty two okay noted
A: would you like to start the application
C: um not today i need to talk it over with my wife first
A: of course i'll send the quote
C: thanks bye
""", False, 0.00, "neutral", "deferral to wife; premium is main-product price"),
("FR5_091", "Tom Becker", "2026-11-23T19:20:00", "clean", """
A: Tony's Pizzeria, Tom speaking.
C: Hi, two large pizzas, one margherita and one meat lovers, for delivery.
A: Sure, that's $41.98. We have a deal: add a third large pizza for just $8.
C: Just $8? Okay, add a cheese pizza.
A: And a dessert cookie for $6.99?
C: No, that's plenty of food.
A: Three large pizzas to 72 Lincoln Road, about 40 minutes. Total $49.98 before tax.
C: Sounds good. Thanks, Tom.
""", True, 8.00, "neutral", "third pizza 8 deal accepted; cookie declined; address/minutes traps"),
("FR5_092", "Aisha Khan", "2026-11-28T08:05:00", "asr", """
A: evergreen dental aisha speaking
C: hi i'm calling about the whitening you mentioned last time
A: oh sure it's two fifty this month with twenty percent off
C: and how long does it last
A: about a year with good care
C: and does it hurt
A: some people get a bit of sensitivity for a day
C: hmm okay i think i'll wait till after christmas thanks
A: sure thing
C: bye
""", False, 0.00, "neutral", "questions; deferral"),
("FR5_093", "Daniel Kim", "2026-11-25T20:00:00", "asr", """
A: clearview fiber daniel speaking
C: hi um this is awful the gig plan you sold me is slower than what i had before
A: i'm sorry let me run a test okay your router is the old model it can't do gig speeds
C: nobody told me that
A: i'm sorry about that i can ship a new router free of charge it'll be there tomorrow
C: okay
A: and i'll credit you the twenty five difference for this month
C: okay fine that's fair i guess thanks
""", False, 0.00, "neutral", "complaint partly resolved; 'fair i guess' neutral; free router & credit"),
("FR5_094", "Sofia Rossi", "2026-11-26T17:45:00", "clean", """
A: Trattoria Bella, Sofia speaking.
C: Hi, I'd like to order a holiday dinner kit for pickup on Christmas Eve.
A: Wonderful. The kit serves six for $180. We can add a bottle of Chianti for $24 and a tiramisu for $36.
C: The tiramisu, yes. No wine.
A: So the dinner kit plus tiramisu, pickup December 24 between 2 and 4. Shall I book it?
C: Please do.
A: Done. You'll get a confirmation email.
C: Thank you so much, we had your kit last year and it was fantastic.
""", True, 36.00, "positive", "tiramisu 36; wine declined; serves six trap"),
("FR5_095", "Kevin O'Brien", "2026-11-29T09:00:00", "asr", """
A: northgate auto service kevin speaking
C: yeah hi you did my diagnostic friday and now the car's making a grinding noise
A: oh no that's probably the brakes were they on the list
C: i don't know you tell me
A: okay i see the tech noted rear pads at thirty percent a pad replacement is one sixty
C: so the noise isn't from anything you did
A: no it's wear
C: pretty convenient it started right after you had it honestly i don't trust you guys
""", False, 0.00, "negative", "repair quoted; thinking"),
("FR5_096", "Lena Fischer", "2026-11-28T21:10:00", "asr", """
A: nordwave streaming lena speaking
C: hi um my three months of half price is ending and i wanted to see what happens
A: it goes back to fifteen ninety nine
C: okay yeah um i think i'll switch to the family plan actually my roommates want in
A: the family plan is twenty two ninety nine so that's seven dollars more than your regular price and we can add the four k package for three dollars more a month
C: yeah yeah add four k
A: okay family plan with four k starting next cycle
C: cool
A: anything else
C: no thanks you've been great honestly
""", True, 10.00, "positive", "tier upgrade of existing subscription, stated difference 7 + 4k add-on 3 = 10 (same rule as 035/050)"),
("FR5_097", "Marcus Bell", "2026-11-29T07:30:00", "clean", """
A: Greenleaf Lawn & Garden, Marcus speaking.
C: Hi Marcus, Dave again. The overseeding came in patchy. Half the yard is bare.
A: Sorry to hear that. We guarantee it, so we'll redo the bare areas free next week.
C: Fine. Tuesday?
A: Tuesday at 9. We can also add a soil test for $30 to see why it's patchy.
C: Sure, add the soil test.
A: Done: the redo is free and the soil test is $30.
C: Honestly I'm disappointed. I paid good money and half the yard is dirt.
""", True, 30.00, "negative", "remedial visit free; soil test 30 accepted → conversion"),
("FR5_098", "Hannah Wright", "2026-11-30T11:11:00", "asr", """
A: lumen electronics hannah speaking
C: hi um i wanted to order the noise cancelling headphones the q nine hundred
A: sure the q nine hundred is two ninety nine
C: okay yeah let's order them
A: great and would you like the extended warranty for forty nine
C: hm no
A: okay it's two ninety nine with free shipping can i take your card
C: uh actually hold on i just saw they're cheaper at another store um let's cancel never mind
A: okay no problem
C: yeah sorry bye
""", False, 0.00, "neutral", "order started then cancelled; model number trap"),
]
