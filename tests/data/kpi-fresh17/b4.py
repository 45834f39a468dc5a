CALLS = [
("FR17_061", "Aisha Mensah", "2026-11-06T08:20:00", "asr", """A: oakwood furniture customer care this is aisha
C: hi i'm checking on my order the bookcase order number five five eight one
A: let me look it's scheduled for delivery on the eighteenth between one and five
C: okay and it comes flat packed right
A: yes it does we can do assembly on delivery for sixty five
C: nah i can do it myself i've got an allen key somewhere
A: no problem anything else
C: no that's all i needed
A: okay have a good one
C: you too bye""", False, 0.0, "neutral", "order status; assembly declined; order number not a price"),

("FR17_062", "Ryan Cole", "2026-11-06T12:10:00", "clean", """A: Cliffside Inn, Ryan speaking.
C: Hello, I'd like a room for Saturday the 16th, just one night, two of us.
A: I have an ocean-view king for $300. Shall I book it?
C: Go ahead and book it.
A: Booked. For another $120 I can upgrade that to our Romance package: champagne on arrival, late checkout, and breakfast in bed.
C: What time is late checkout?
A: 2 pm instead of 11.
C: Okay, yes, upgrade us.
A: Done, Romance package added.
C: Thank you.""", True, 120.0, "neutral", "room booked; package upgrade 'for another $120' accepted after question"),

("FR17_063", "Nina Petrova", "2026-11-07T14:35:00", "asr", """A: westside auto care this is nina
C: yeah how much for a state inspection
A: it's thirty five and i can fit you in at ten tomorrow
C: thirty five the place on route nine does it for twenty
A: ours includes a free brake check and we can also do a fuel system cleaning for eighty nine while it's here
C: i don't need any of that i just need the sticker
A: understood so ten tomorrow for the inspection
C: no i'll just go to the route nine place honestly you guys are always trying to upsell me""", False, 0.0, "negative", "price asked, no booking; add-on refused; route nine not a price; ends negative"),

("FR17_064", "Ben Adler", "2026-11-07T18:55:00", "clean", """A: CellStop, Ben speaking.
C: Hi Ben. I want to order the iPhone 17 in blue, 256 GB, and trade in my old 13.
A: Sure. The 17 is $899, and your 13 gets you a $220 trade-in credit. Shall I place the order?
C: Yes, let's do it.
A: Done. Would you like our 35-watt fast charger for $29? The phone doesn't come with one.
C: No, I have a couple already. The trade-in's the part I care about.
A: Makes sense. You'll get the shipping box for the old phone in 2 days.
C: Great. You've been really quick and helpful, I appreciate it.""", True, 0.0, "positive", "phone ordered; trade-in credit is a discount not upsell; charger declined; model numbers not prices"),

("FR17_065", "Maya Torres", "2026-11-08T10:30:00", "asr", """A: hi this is maya from shiftboard following up on your demo last week
C: oh hi yes we watched it
A: great did you have any questions on pricing it's nine per seat per month and you mentioned about forty seats
C: right forty give or take
A: and for another two a seat you get the payroll export which you asked about
C: yeah that sounds good i'm interested can you email me a proper quote with both options
A: absolutely i'll send it today
C: great i'll need to show it to our ops director before we decide anything
A: no problem
C: okay thanks maya""", False, 0.0, "neutral", "interest only, asks for quote; deferral; no commitment"),

("FR17_066", "Devin Clarke", "2026-11-08T15:15:00", "clean", """A: Crumb & Co Catering, Devin speaking.
C: Hi, I need boxed lunches for a training day on Friday. 60 people.
A: Our deli boxes are $13 each. We also do a cookie platter for the group, $35.
C: Oh, the cookies, definitely. People get cranky at 3 pm.
A: Ha, agreed. And vegetarian options?
C: Let's say 12 of the 60 vegetarian.
A: Got it. Please confirm: 60 boxed lunches at $13 each, 12 of them vegetarian, plus the cookie platter, delivered Friday at 11:30.
C: Yes, that's correct. Can you include napkins and cutlery?
A: Of course, included at no charge.
C: Great, thanks.""", True, 35.0, "neutral", "read-back confirmed with follow-up question; cookie platter $35 accepted; counts not prices"),

("FR17_067", "Priya Nair", "2026-11-09T11:40:00", "asr", """A: bloom hair studio this is priya
C: hi i need to cancel my appointment on thursday with jess
A: oh okay can i reschedule you for next week
C: no honestly last two times i waited forty minutes past my appointment time
A: i'm so sorry about that i can add a free deep conditioning if you rebook
C: i appreciate it but no i'll call when i know my schedule
A: okay i've cancelled thursday
C: okay bye""", False, 0.0, "negative", "cancellation; free add-on offer refused; disappointed about waits"),

("FR17_068", "Omar Haddad", "2026-11-10T13:20:00", "clean", """A: PawSure Pet Insurance, Omar speaking.
C: Hi. My dog's last vet bill was $1,800, so I'm finally looking at insurance.
A: I understand. For a 4-year-old lab, our Accident & Illness plan is $38 a month.
C: What's the deductible?
A: $250 a year, and we reimburse 80%.
C: Okay. Sign me up for that.
A: Done. For $12 more a month, the wellness rider covers vaccines and checkups.
C: Sure, go on then.
A: Added. Your policy starts tomorrow.
C: Okay, thanks.""", True, 12.0, "neutral", "insurance plan signed up; wellness rider $12/month accepted; vet bill and deductible not upsell"),

("FR17_069", "Lena Fischer", "2026-11-10T17:05:00", "asr", """A: goldleaf photography this is lena
C: hi it's been two months since our wedding and we still don't have our photos
A: i'm so sorry let me check your gallery is in final editing it'll be ready friday
C: you said six weeks in the contract
A: you're right and i apologize to make up for it we'll upgrade your album to the premium leather at no charge
C: okay well that's something i guess
A: and your gallery link will come friday morning
C: i'm still pretty upset it took this long we were really looking forward to them""", False, 0.0, "negative", "complaint; free album upgrade is not a purchase; remains upset"),

("FR17_070", "Jamal Brooks", "2026-11-11T09:25:00", "clean", """A: SafeKeep Storage, Jamal speaking.
C: Hi, I rent unit 214 and my lease is up at the end of the month. I need another three months.
A: No problem, I can renew it at the same $150 a month. Want me to do that?
C: Yes, renew it.
A: Done, through the end of February. Would you like our contents protection for $9 a month?
C: No, my renter's policy covers storage.
A: Great, you're all set.
C: Okay, thank you.""", True, 0.0, "neutral", "renewal = conversion; protection declined"),

("FR17_071", "Sofia Rossi", "2026-11-12T10:55:00", "asr", """A: appliance depot this is sofia
C: hi i want to order the over the range microwave the ge one
A: sure that's three twenty nine shall i place it
C: yeah go ahead
A: done would you like the mounting kit for thirty nine
C: uh sure add it
A: added
C: wait hold on i'm looking at best buy and they have the same one for fifty less
A: i can't price match online unfortunately
C: then cancel it cancel the whole order best buy's just better on price honestly
A: okay i've cancelled it
C: thanks""", False, 0.0, "negative", "order and mounting kit accepted then whole order cancelled; praises competitor"),

("FR17_072", "Ken Watanabe", "2026-11-13T14:30:00", "clean", """A: Coastline Car Rental, Ken speaking.
C: Hi! We need a car in Maui from the 10th to the 14th.
A: That's 4 days. A compact is $45 a day. Shall I reserve it?
C: Yes, reserve it.
A: Done. For $25 more per day I can put you in a Mustang convertible.
C: Ooh. Go on, it's our honeymoon.
A: Congratulations! Upgraded to the convertible.
C: This is going to be amazing, thank you so much!""", True, 100.0, "positive", "rental booked; convertible $25 per day x 4 days = $100"),

("FR17_073", "Hannah Olsen", "2026-11-14T16:40:00", "asr", """A: hi this is hannah from metrowave calling about your internet contract it ends on the thirtieth
C: oh okay
A: i can renew you at the same price sixty a month for another two years
C: hmm i'd rather not lock in for two years
A: i understand and for seven ninety nine a month we also have the streaming bundle
C: no no streaming
A: would you like me to go ahead with the renewal
C: send me the renewal offer in writing and i'll look at it
A: will do
C: okay thanks""", False, 0.0, "neutral", "renewal deferred; streaming declined; no commitment"),

("FR17_074", "Luis Ortega", "2026-11-15T11:05:00", "clean", """A: Willow Spa, Luis speaking.
C: Hi, I'd like to book a signature facial for Wednesday afternoon.
A: I have 2:00 or 4:15.
C: 4:15, please.
A: Booked. Would you like to add the cooling eye treatment? It's $20.
C: Yes, and could I also add the scalp massage I saw on your menu? The $15 one.
A: Absolutely, both added.
C: Lovely. Your spa is my favorite place in the city, honestly.
A: That's wonderful to hear.""", True, 35.0, "positive", "facial booked; eye treatment $20 + customer-named scalp massage $15 = $35"),

("FR17_075", "Grace Kim", "2026-11-16T18:10:00", "asr", """A: comfort corner furniture this is grace
C: hi my sofa arrived yesterday and there's a big tear on the back cushion i'm really annoyed
A: oh i'm so sorry about that can you send a photo
C: i already sent one to the email on the receipt
A: i see it here okay we'll send a brand new cushion at no cost and pick up the damaged one
C: how long will that take
A: it'll arrive within five business days
C: oh okay that's actually great thank you you've been really helpful""", False, 0.0, "positive", "free replacement, no purchase; annoyed start, grateful end"),

("FR17_076", "Tom Becker", "2026-11-17T09:45:00", "clean", """A: Datavane sales, Tom speaking.
C: We're ready to buy. Annual license for the analytics suite, 15 users.
A: Great, that's $14,400 for the year. Shall I send the order form?
C: Yes, send it, we'll sign today.
A: Done. I'd also recommend our onboarding workshop, $300.
C: If it's not done before the 15th it's useless to us. Can you do it before then?
A: Our first available slot is the 20th.
C: Then skip it. Honestly, I expected better from a company your size. Your rep promised us onboarding on day one.
A: I'm sorry about that miscommunication.
C: Just send the form.""", True, 0.0, "negative", "license bought; conditional onboarding not met, skipped; annoyed"),

("FR17_077", "Aisha Mensah", "2026-11-18T12:25:00", "asr", """A: grand palms resort this is aisha
C: hi i'd like to book a room for the twentieth through the twenty third
A: sure three nights at two nineteen plus a resort fee of twenty five a night
C: a resort fee of twenty five a night are you serious what does that even cover
A: the pool towels wifi and the fitness center
C: that's ridiculous ugh fine book it we already bought the plane tickets
A: booked would you like to add self parking for thirty a night
C: um how many nights did i say three
A: three yes
C: yeah add parking we're renting a car
A: okay ninety for parking you're all set
C: whatever thanks""", True, 90.0, "negative", "room booked reluctantly; parking $30/night x3 = $90; resort fee is a fee not upsell; annoyed"),

("FR17_078", "Ryan Cole", "2026-11-19T15:50:00", "clean", """A: Comfort Air Heating & Cooling, Ryan speaking.
C: Hi, I'd like to get my furnace tuned up before it gets cold.
A: Sure. Our tune-up is $99. I have Monday morning at 8.
C: Monday at 8 works. Book it.
A: Done. We also do duct cleaning; on its own it's $299, but with the tune-up it's $250.
C: Hmm. Let me think about the ducts and let the tech know Monday.
A: Sure thing.
C: Okay, see you Monday.""", True, 0.0, "neutral", "tune-up booked; duct cleaning deferred (not accepted)"),

("FR17_079", "Nina Petrova", "2026-11-20T19:30:00", "asr", """A: brightline mobile this is nina
C: my calls keep dropping at home like every single call
A: i'm sorry about that let me check your area there's weaker coverage on your street
C: yeah no kidding
A: we have a signal booster for your home it's forty nine
C: i shouldn't have to buy a gadget to make your network work
A: i understand i can send you a credit for this month's inconvenience
C: fine but if this keeps up i'm leaving
A: i've added a ten dollar credit
C: okay""", False, 0.0, "negative", "complaint; booster refused; credit not a purchase"),

("FR17_080", "Ben Adler", "2026-11-21T20:15:00", "clean", """A: Rivertown Arena box office, Ben speaking.
C: Hi, I want two tickets for the Maren Lake concert on December 6th.
A: I have two together in section 112, $85 each. Shall I book them?
C: Yes please!
A: Booked. Would you like VIP parking for $30? It's right by the entrance.
C: Sure.
A: And for another $150 each we can upgrade to the meet and greet.
C: No way, that's way out of my budget. The parking's enough.
A: Understood. Tickets are in your email.
C: Thank you! My daughter is going to lose her mind, this is the best birthday present.""", True, 30.0, "positive", "tickets booked (main); parking $30 accepted; meet-and-greet declined; section 112 not a price"),
]
