CALLS = [
("FR27_021", "Hannah Cole", "2026-11-16T09:02:38", "asr",
"""A: metrovision this is hannah
C: hi yeah i want to cancel cable we barely watch it and it's ninety a month
A: i understand before i do that i can offer the basic package at forty five a month for a year
C: forty five huh
A: and you'd keep the dvr
C: okay that's actually not bad i'll stay on the forty five one
A: great i've switched you do you still want the sports pack it's normally fourteen ninety nine but with this deal it's nine ninety nine
C: uh yeah keep sports my husband would kill me
A: done
C: honestly this went better than i expected thanks hannah""",
True, 9.99, "positive", "save offer accepted on cancellation call; sports pack at revised nine ninety nine (9.99); pleased end"),

("FR27_022", "Dev Patel", "2026-11-16T14:11:09", "asr",
"""A: cloudnest support dev speaking
C: hi yeah so your sync has been broken for like three days
A: sorry about that what device are you on
C: a mac it just says syncing forever
A: we had an outage on tuesday can you try signing out and back in
C: oh great the classic turn it off and on again
A: i know it's frustrating if it persists there's a pro plan with priority sync at six a month
C: how much did you say six a month so i pay more for it to actually work
A: it's a different tier but the basic should work too
C: wow fantastic customer service really
A: i'll escalate the ticket
C: sure you will bye""",
False, 0.0, "negative", "support issue; only asks about price of pro plan; sarcasm ('oh great', 'fantastic customer service')"),

("FR27_023", "Sofia Marin", "2026-11-17T10:26:55", "clean",
"""A: Good morning, Bella Cucina catering, Sofia speaking.
C: Hi, I need lunch for an office meeting on the 18th, about 25 people.
A: Our Tuscan buffet is $16 per person, so $400 for 25.
C: Okay, that's fine. Let's go with that.
A: Great. Would you like to add a dessert platter for $60?
C: How many does it serve?
A: About 30.
C: Sure, add it. And do you have drinks?
A: Lemonade or iced tea, $12 per gallon, and a gallon serves about 12.
C: Then 2 gallons of iced tea.
A: Okay, delivery at 11:45 to 300 Market Street, suite 12?
C: Yes, that's right.""",
True, 84.00, "neutral", "buffet ordered (main); dessert 60 + 2 gallons x 12 = 24; headcounts, times, address not prices"),

("FR27_024", "Jake Turner", "2026-11-17T16:34:21", "asr",
"""A: hi is this mister greene this is jake from shieldguard pest control
C: yeah speaking
A: you had a termite inspection with us last spring and it's time for the annual one it's free for existing customers
C: uh okay
A: and we're offering the quarterly bug plan at thirty nine a quarter would you like to start that
C: hmm i'm interested but can you email me the details
A: sure and the free inspection do you want to schedule it
C: let me check my calendar and call you back
A: no problem
C: alright thanks""",
False, 0.0, "neutral", "interest without commitment; inspection not scheduled (deferred)"),

("FR27_025", "Aisha Rahman", "2026-11-18T11:50:07", "asr",
"""A: align physio this is aisha
C: hi um my doctor referred me for my knee i need to book an assessment
A: sure the initial assessment is one hour and one twenty five i have tomorrow at three forty five
C: tomorrow works
A: okay booked for three forty five tomorrow do you want to add a twenty minute sports massage after it's thirty dollars
C: uh is that covered by insurance
A: usually not the massage part
C: then no skip it
A: okay just the assessment
C: mhm fine see you tomorrow""",
True, 0.0, "neutral", "assessment booked ('tomorrow works'); massage add-on asked about then declined"),

("FR27_026", "Luis Ortega", "2026-11-18T17:15:40", "clean",
"""A: Hi, this is Luis with Pulse Events. You asked for a quote for your wedding DJ?
C: Yes! It's June 14th, about 120 guests.
A: Our five-hour package is $1,400.
C: If you can include the ceremony music too, we'll book.
A: Ceremony music is included at no extra charge.
C: Then yes, let's book it.
A: Wonderful. We also have an uplighting package, usually $250. For June bookings I can do $200.
C: Ooh, the uplighting would look amazing in that barn. Yes, at $200, add it.
A: Done. I'll send the contract tonight.
C: Thank you so much, I'm so excited!""",
True, 200.00, "positive", "conditional met (ceremony included) then booked; uplighting revised 250 -> 200 accepted; excited"),

("FR27_027", "Megan Shaw", "2026-11-19T08:47:16", "asr",
"""A: first harbor bank this is megan
C: yes someone charged my card four hundred and eighty dollars at a place in ohio i've never been to ohio
A: i'm so sorry let me lock the card right now
C: i'm honestly panicking here
A: it's locked and i've opened a dispute you won't be liable for it
C: okay okay
A: a new card will arrive in three to five business days
C: and the money
A: it'll be credited back within ten days usually sooner
C: oh thank god okay you've been really helpful thank you so much""",
False, 0.0, "positive", "fraud dispute, free service, nothing bought; panicked start, grateful end"),

("FR27_028", "Kenji Mori", "2026-11-19T13:22:49", "asr",
"""A: northwind outfitters kenji speaking
C: hi uh i placed an order yesterday two sweaters and wanted to know if i can still add gift wrap
A: let me check order number please
C: it's eight eight two zero five one
A: yes it hasn't shipped gift wrap is five ninety nine per item
C: so for both that's like twelve bucks
A: eleven ninety eight for both want me to add it
C: yeah go ahead
A: done any message on the card
C: just happy birthday mom
A: got it
C: okay thanks""",
True, 11.98, "neutral", "add-on to earlier order: gift wrap 5.99 x 2 = 11.98 (agent's exact total) accepted; order number not a price"),

("FR27_029", "Rosa Delgado", "2026-11-20T10:03:33", "clean",
"""A: Hello, this is Rosa with SunPeak Solar. Am I speaking with the homeowner at 42 Ridge Road?
C: Yes.
A: We're offering free roof assessments in your area this week.
C: I've already had four calls from you people this month.
A: I apologize for that. The assessment is free and takes about 30 minutes.
C: No. I'm not interested, and I've told three of your colleagues the same thing.
A: Understood. Would you like me to remove your number?
C: Yes, please remove it. This is getting ridiculous.
A: Done, you won't be contacted again.
C: We'll see.""",
False, 0.0, "negative", "outbound refusal; 'yes' only to removal; irritated"),

("FR27_030", "Omar Haddad", "2026-11-20T15:39:58", "asr",
"""A: blue horizon cruises omar speaking
C: hi so my wife and i want to book the seven night caribbean one in march
A: great the balcony cabin for two is two thousand eight hundred forty total shall i reserve it
C: um yes let's do it
A: awesome you're booked do you want the wifi package for the trip it's one twenty for the whole cruise
C: yeah we need that she has to check work email ugh
A: and the snorkel excursion in cozumel is eighty nine per person
C: oh yes two of those please
A: two snorkel trips added
C: this is gonna be amazing thank you so much""",
True, 298.00, "positive", "cruise booked; wifi one twenty + two snorkel trips at 89 = 178; total 298; excited"),

("FR27_031", "Claire Dubois", "2026-11-23T09:28:12", "asr",
"""A: autoshield roadside claire speaking
C: hi um i'm thinking about getting roadside for my daughter she just started driving
A: the basic plan is eight ninety nine a month and covers towing up to ten miles
C: ten miles that's it
A: the plus plan covers a hundred miles for fourteen ninety nine
C: hm i'd do it if the basic one covered like fifty miles
A: i'm afraid it's ten on basic
C: okay let me think about it and talk to her dad
A: of course
C: okay thank you""",
False, 0.0, "neutral", "conditional not met, then deferral; miles are not prices"),

("FR27_032", "Ben Whitaker", "2026-11-23T14:05:46", "clean",
"""A: DreamWell Mattress, this is Ben.
C: Hi, I tried the Cloud Hybrid queen in your store and I'm ready to buy it.
A: Great, it's $1,099. Shall I place the order?
C: Yes, place it.
A: Done. Would you like the memory foam pillows? The pair is $120.
C: Sure, the pair.
A: And a waterproof protector for $79?
C: No, we have one.
A: The earliest delivery is December 9th, and there's a $59 delivery fee.
C: December 9th? And a delivery fee on top of an $1,100 mattress? That's ridiculous. The store said free delivery.
A: I'm sorry, the store promo ended Sunday.
C: Fine. Keep the order, but I'm really annoyed.""",
True, 120.00, "negative", "mattress ordered and kept; pillow pair 120 (bundle price); protector declined; delivery fee is not upsell; pleased start, annoyed end"),

("FR27_033", "Priya Nair", "2026-11-24T11:14:27", "asr",
"""A: pawsafe pet insurance priya speaking
C: hi i got a quote online for my cat and wanted to sign up
A: sure i see the quote accident and illness at twenty three a month
C: yeah that one
A: great would you like me to start the policy today
C: yes start it today
A: done there's a wellness add on that covers vaccines and checkups for eighteen a month
C: uh vaccines too hm okay yeah add wellness
A: added your total is forty one a month
C: cool is there a waiting period
A: fourteen days for illness
C: okay got it""",
True, 18.00, "neutral", "policy started; wellness add-on 18/month accepted; total 41 is not the upsell"),

("FR27_034", "Marcus Bell", "2026-11-24T16:52:03", "asr",
"""A: hi this is marcus from clearline mobile following up on your ticket about dropped calls
C: oh hi yes thanks for calling back
A: we checked the tower near you and there's no fault on our side
C: so what's causing it then
A: it could be your handset we can sell you a signal booster for one forty nine
C: i'm not buying a booster to make your network work
A: i understand i can also offer a replacement sim for free
C: i already did that twice
A: then the booster is really the only option
C: this is ridiculous i've been with you eight years i'm done i'll port my number""",
False, 0.0, "negative", "booster refused; friendly opening, ends 'this is ridiculous, i'm done'"),

("FR27_035", "Elena Ruiz", "2026-11-25T10:09:51", "clean",
"""A: Clearview Optometry, this is Elena.
C: Hi, I'd like to book an eye exam. My last one was in 2023.
A: Sure. I have Monday the 16th at 9:15 or Wednesday the 18th at 4:30.
C: The Wednesday, please.
A: Booked, Wednesday at 4:30. The exam is $95. We also offer retinal imaging for $39, which lets the doctor skip the dilation drops.
C: No drops? Yes please, I hate those drops.
A: Added. Please bring your current glasses.
C: Will do. You're always so helpful over there, thank you!""",
True, 39.00, "positive", "exam booked by picking slot; retinal imaging 39 accepted; praise"),

("FR27_036", "Tom Okafor", "2026-11-25T19:21:34", "asr",
"""A: tony's pizza tom speaking
C: yeah hi i wanna order a large pepperoni for delivery
A: sure large pepperoni eighteen ninety nine what's the address
C: fifty two elm street apartment three
A: got it want to add garlic knots for six ninety nine
C: yeah fine add the knots
A: and a two liter soda for three fifty
C: no
A: okay large pepperoni and garlic knots about forty minutes
C: forty minutes last time it was an hour and a half and it was cold so
A: sorry about that
C: yeah well hopefully you get it right this time""",
True, 6.99, "negative", "delivery order placed; garlic knots 6.99 accepted, soda declined; address not a price; sour about last order"),

("FR27_037", "Hannah Cole", "2026-11-26T12:44:18", "asr",
"""A: hi you're through to fitloop this is hannah
C: hi uh i'd like to cancel my subscription
A: sorry to hear that can i ask why
C: i just don't use it enough
A: i can give you three months at half price so four ninety nine a month
C: no thanks just cancel it
A: okay it's cancelled you'll have access until the twenty eighth
C: okay thanks""",
False, 0.0, "neutral", "save offer refused, subscription cancelled; calm"),

("FR27_038", "Dev Patel", "2026-11-26T15:30:02", "clean",
"""A: Thanks for calling Byteworks, this is Dev.
C: Hi, I'm looking at the Aero 14 laptop, model AX1420. Is it in stock?
A: It is, $1,149 with 8 GB of RAM.
C: Is 8 enough for photo editing?
A: I'd recommend the 16 GB upgrade, that's $200 more.
C: Okay. Then I'll take the Aero 14 with the 16 GB upgrade.
A: Great choice. Would you like Microsoft Office for $99.99?
C: Yes, I need that for school anyway.
A: And the extended warranty for $129?
C: No, I'll pass on the warranty.
A: Your order's placed, ships tomorrow.
C: Awesome, thank you, that was really easy.""",
True, 299.99, "positive", "laptop bought; RAM upgrade 200 + Office 99.99; warranty declined; model number and GB not prices"),

("FR27_039", "Sofia Marin", "2026-11-27T09:55:26", "asr",
"""A: bright river energy sofia speaking
C: hi we're moving on the first and i need to start power at the new place
A: congrats what's the new address
C: nineteen oak hollow drive
A: okay i can start service on december first at the standard rate should i set that up
C: yes please
A: done and would you like our surge protection plan it's seven ninety five a month
C: um what does it cover
A: repairs to appliances damaged by power surges up to five thousand
C: oh that's smart yeah add it
A: it's added
C: perfect you made this so easy thanks sofia""",
True, 7.95, "positive", "new service sign-up; surge plan seven ninety five (7.95) accepted after question; coverage limit not a price"),

("FR27_040", "Jake Turner", "2026-11-27T14:18:40", "asr",
"""A: westfield honda service jake speaking
C: yeah i got a letter about an airbag recall on my pilot and honestly it's scary
A: i understand the recall repair is free it takes about two hours
C: it should be free i've been driving my kids around in this thing
A: i have the twentieth at nine or the twenty fourth at one
C: the twentieth
A: okay the twentieth at nine do you want us to replace the wiper blades while it's here thirty four ninety five
C: no just fix the airbag
A: okay you're booked
C: fine i just can't believe it took you guys this long to tell people""",
True, 0.0, "negative", "free recall appointment booked by picking slot (appointment = conversion); wipers declined; upset"),
]
