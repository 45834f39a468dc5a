CALLS = [
    ("FR78_041", "Grace Mensah", "2026-11-18T14:30:00", "clean", """A: Brakeline Auto, Grace speaking.
C: Hi, you called about my heater. The car is blowing cold air no matter what I do.
A: Yes, the heater core is clogged. Flushing it won't work, it needs replacing. It's $485 with the dashboard labour.
C: $485. Wow. Is there anything cheaper?
A: That's the only proper fix, I'm afraid.
C: I'd book it if it were under $300, but I just can't swing that right now.
A: Understood. I'll keep the quote on file for 30 days.
C: Okay. Thanks for checking it.""", False, 0.00, "neutral", "conditional, no booking"),

    ("FR78_042", "Owen Price", "2026-11-18T16:05:00", "asr", """a: quickfit tyre and auto owen speaking
c: hi i want to get winter tyres on before next week's snow
a: sure for your outback the nokian hakkapeliittas are one eighty nine each fitted
c: yep book those in whenever's soonest
a: i can do wednesday at ten fitted and balanced and do you want us to store your summer set it's seventy nine for the season
c: oh yes please i've got no room in my garage
a: okay four winter tyres fitted plus summer storage wednesday at ten
c: that's great thanks so much owen really helpful""", True, 79.00, "positive", "tyre storage $79 add-on"),

    ("FR78_043", "Fatima Zahir", "2026-11-19T08:30:00", "clean", """A: Coastline Rentals, Fatima speaking.
C: I'd like a standard SUV from the airport, the 27th to the 30th.
A: Sure. That's $64 a day. Would you like GPS for $10 a day?
C: No, my phone does that.
A: Will anyone else be driving?
C: My brother, yes.
A: An additional driver is a flat $15 for the rental.
C: Fine, add him.
A: Okay: standard SUV, airport, noon on the 27th to noon on the 30th, one additional driver, $207 plus taxes. Is that right?
C: You got it.
A: You're booked. Confirmation CR-31902.""", True, 15.00, "neutral", "GPS declined, additional driver $15 accepted"),

    ("FR78_044", "Ben Carter", "2026-11-19T10:45:00", "asr", """a: roadready assist ben speaking are you safe
c: um yeah i'm on the hard shoulder my engine just cut out and won't restart
a: okay stay behind the barrier if you can can you tell me where you are
c: i'm on the i ninety five northbound just past exit forty two
a: got it and the car is the grey camry on your plan
c: yes that's the one
a: a tow truck is on its way it's covered under your plan should be with you in about thirty minutes
c: okay thank you so much honestly you're a lifesaver""", False, 0.00, "positive", "dispatch under existing plan is not a purchase; exit number not a price"),

    ("FR78_045", "Julia Novak", "2026-11-19T13:10:00", "clean", """A: AutoShield Protection, Julia speaking.
C: Hi, my factory warranty on the Tiguan ends in January and a friend recommended you.
A: Great! For a 2022 Tiguan our Silver plan is $42 a month, covers engine, transmission and electrics, with a $100 deductible.
C: Oh, that's actually a lot more reasonable than the dealer quoted me.
A: I can set that up today if you'd like.
C: It sounds good, I'll think about it. Can you email me the terms?
A: Absolutely, on its way.
C: Thanks, you've been really nice about it.""", False, 0.00, "positive", "interest without commitment"),

    ("FR78_046", "Sam Adeyemi", "2026-11-19T15:40:00", "asr", """a: halden motors service sam speaking
c: hi my check engine light's on can i get a diagnostic this week
a: yeah the diagnostic is one twenty nine i can do thursday at nine
c: yes thursday at nine please
a: let me put that in oh hang on the system's showing thursday's fully booked sorry that slot was taken while we were talking
c: you just offered it to me
a: i know i'm sorry the next one is the twenty eighth
c: that's nine days with a warning light on forget it i'll go somewhere else
a: i understand sorry about that""", False, 0.00, "negative", "booking failed, nothing booked"),

    ("FR78_047", "Priya Nair", "2026-11-20T09:05:00", "clean", """A: Shine Bros Detailing, Priya speaking.
C: Hi, I just need a basic wash and vacuum for my Prius. Nothing fancy.
A: Sure, the express clean is $49. I have today at 2 or tomorrow at 10.
C: Tomorrow at 10, please.
A: Booked. Would you like a hand wax with that? It's $30 and lasts about three months.
C: No thanks, just the express clean.
A: No problem. Tomorrow at 10.
C: Okay, bye.""", True, 0.00, "neutral", "wax declined"),

    ("FR78_048", "Marcus Bell", "2026-11-20T11:30:00", "asr", """a: partsdirect marcus speaking
c: hi i need rear shocks for a twenty seventeen tacoma
a: i've got the bilstein five one hundreds eighty four fifty each
c: okay two of those please
a: sure and the upper mounting kit is often worth replacing at the same time it's twenty two for the kit
c: uh yeah fine add the kit
a: so two shocks at eighty four fifty and one mounting kit at twenty two shipping to the address on file
c: yep that's right""", True, 22.00, "neutral", "main = 2 shocks; kit $22 add-on; model number not price"),

    ("FR78_049", "Hannah Okafor", "2026-11-20T14:15:00", "clean", """A: Lakeside Kia, Hannah speaking. How was the drive yesterday?
C: Oh my gosh, I loved it. The EV6 GT-Line is gorgeous, and it's so quiet.
A: I'm so glad! The one you drove is $52,400, and we have a good lease offer this month.
C: I know, I saw it. Honestly I'm so tempted.
A: I could put a deposit on it to hold it for you.
C: Let me talk to my wife first. She'll kill me if I come home with a new car.
A: Totally understand. I'll keep you posted if it gets interest.
C: Thanks, Hannah, you've been fantastic.""", False, 0.00, "positive", "enthusiasm, deferral"),

    ("FR78_050", "Diego Ramirez", "2026-11-20T16:25:00", "asr", """a: metro auto trade in desk diego
c: i brought my sienna in this morning and the appraiser offered me nine thousand
a: let me look yes nine thousand after inspection
c: i see well on the phone last week your colleague said fourteen
a: the online estimate assumes no damage and there's a crack in the windshield and worn tyres
c: a crack that costs three hundred to fix and that knocks off five grand
a: i can ask my manager but i doubt it'll move much
c: no don't bother i'll take it elsewhere""", False, 0.00, "negative", "quiet anger; trade offer not accepted"),

    ("FR78_051", "Tom Whitaker", "2026-11-23T08:45:00", "clean", """A: Clearview Glass, Tom speaking.
C: Hi, my insurer said to call you. My windscreen cracked in the cold snap.
A: Sure. What's the vehicle?
C: 2020 Subaru Forester, with the EyeSight cameras.
A: That'll need a recalibration after the new screen, but your insurance covers both. I have Thursday at 1 pm at our shop.
C: Thursday at 1 is fine.
A: We also offer a water-repellent coating on the new glass, $29. It's not covered by insurance.
C: Sure, add it.
A: So Thursday at 1, windscreen replacement with recalibration through insurance, plus the coating at $29.
C: Yes, that's right.""", True, 29.00, "neutral", "coating $29; insured replacement is main"),

    ("FR78_052", "Aisha Rahman", "2026-11-23T10:20:00", "asr", """a: halden motors aisha speaking
c: hi what time do you close today i need to ask about an oil change
a: we close at six today
c: ok i'm stuck in meetings all day can someone call me back tomorrow to set something up
a: sure morning or afternoon
c: morning is best
a: okay someone will call you tomorrow morning is this the best number
c: yes call me back tomorrow on this one
a: will do
c: ok thanks""", False, 0.00, "neutral", "yes to callback, nothing booked"),

    ("FR78_053", "Kevin Doyle", "2026-11-23T12:40:00", "clean", """A: DriveSure Warranty, Kevin speaking.
C: Hi, I got the quote you emailed for my 2020 Silverado, the five-year plan.
A: Yes, that's the Gold plan at $1,895 for five years.
C: I've read the terms. Let's proceed with the purchase.
A: Great. I'll need the current mileage.
C: 48,310.
A: Thanks. I can also add tyre and wheel protection for $240 over the five years.
C: No, just the Gold plan.
A: Okay, Gold plan set up, your coverage starts tomorrow.
C: Okay, thank you.""", True, 0.00, "neutral", "add-on declined; mileage not a price"),

    ("FR78_054", "Mei Tanaka", "2026-11-23T14:55:00", "asr", """a: northway car rental mei speaking
c: hi i need to cancel a reservation confirmation nw six one two zero eight
a: okay i see it a compact for this weekend can i ask why
c: my sister's lending me her car instead
a: ah okay well if you keep it i can upgrade you to a midsize for free
c: no thanks just cancel it please
a: done it's cancelled and there's no fee
c: okay thank you""", False, 0.00, "neutral", "save offer declined; cancelled"),

    ("FR78_055", "Luis Ortega", "2026-11-24T09:10:00", "clean", """A: Valley Honda parts, Luis speaking.
C: Hi, I'm calling about the door mirror I ordered on Monday. Order VH-2231.
A: Let me check... I'm afraid it's on backorder from Honda. Current estimate is six weeks.
C: Six weeks? Nobody told me that when I paid.
A: I'm sorry. The system showed it in stock at the time.
C: I can't drive around with duct tape on my mirror for six weeks. Cancel the order.
A: Done, the $187 will be refunded to your card.
C: Not impressed. Not impressed at all.""", False, 0.00, "negative", "order cancelled because not fulfillable"),

    ("FR78_056", "Grace Mensah", "2026-11-24T11:35:00", "asr", """a: gleam studio mobile detailing grace speaking
c: hi i run a small real estate office and two of our cars are a mess can you come to us
a: absolutely our mobile full detail is one twenty per car
c: okay book both for next friday at our office
a: sure friday the fourth at nine how bad are the seats
c: honestly coffee everywhere
a: then i'd do the interior shampoo it's thirty five per car
c: yes do the shampoo on both
a: so two full details plus shampoo on both friday at nine
c: perfect that's exactly what we need thank you""", True, 70.00, "positive", "shampoo $35 x 2 cars = 70; main is 2 details"),

    ("FR78_057", "Owen Price", "2026-11-24T13:50:00", "clean", """A: Riverside Ford service, Owen speaking.
C: Hi, I'm calling back about the timing belt quote on my Fusion. $640 seems steep.
A: It includes the water pump, which we recommend doing at the same time.
C: I get that. Can you do any better? The place down the road said $560.
A: I can take it to $590 for you.
C: $590. Deal. When can you fit it in?
A: Monday, drop off by 8.
C: Alright, Monday then. That's fair.""", True, 0.00, "neutral", "haggled main price; no add-on"),

    ("FR78_058", "Fatima Zahir", "2026-11-24T16:10:00", "asr", """a: roadready assist fatima speaking
c: yeah hi i called an hour ago my car's broken down on route nine and nobody's come
a: i'm sorry let me check the truck is now showing about two hours out
c: oh great another two hours wonderful i'll just sit here in the dark then
a: i'm really sorry it's a very busy night
c: i pay you every month for this
a: i understand i'll flag it as a priority
c: yeah sure you will""", False, 0.00, "negative", "sarcasm; service call, no purchase"),

    ("FR78_059", "Ben Carter", "2026-11-25T09:30:00", "clean", """A: Tread Right Tyres, Ben speaking.
C: Hi, how much do you charge for road hazard protection on its own? I bought my tyres elsewhere.
A: We only sell it with tyres from us, I'm afraid. With our tyres it's $22 a tyre.
C: Ah. And how much would four Pirelli P Zeros be for a 3 Series?
A: $289 each fitted.
C: Okay. I'll shop around a bit.
A: No problem, give us a call if you change your mind.
C: Will do.""", False, 0.00, "neutral", "only price questions"),

    ("FR78_060", "Julia Novak", "2026-11-25T12:00:00", "asr", """a: summit toyota julia speaking
c: hi i'm looking at the grand highlander and i'd like to drive one and see what my car's worth
a: great we can do a test drive a trade in appraisal and even a finance pre approval all in one visit none of it costs anything
c: oh perfect yeah book me in saturday at ten thirty if you can
a: saturday ten thirty is yours
c: lovely i'm really looking forward to it thanks""", True, 0.00, "positive", "test drive appointment booked"),
]
