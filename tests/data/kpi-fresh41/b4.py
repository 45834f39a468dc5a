CALLS = [
("FR41_061", "Nadia Petrova", "2026-11-10T16:40:00", "asr",
"""A: oakview animal hospital nadia speaking
C: hi um my cat's due for her shots i think it's the rabies one
A: let me look her up what's the name
C: pickles she's uh she's eleven
A: okay pickles is due for rabies and the distemper combo i have thursday at four forty or saturday at nine
C: thursday at four forty
A: thursday four forty the exam and vaccines come to one twelve and since she's a senior we recommend the senior blood panel for sixty five
C: mhm
A: it checks kidneys and thyroid
C: um is that something she needs or like optional
A: optional but at eleven it's a good idea
C: okay yeah go ahead and add the blood work
A: done thursday four forty with the senior panel
C: okay see you then""",
True, 65.00, "neutral", "vet appointment booked; mhm is backchannel, blood panel 65 accepted after question; cat's age not a price"),

("FR41_062", "Sam Whitfield", "2026-11-11T08:45:00", "asr",
"""A: fiberlink customer care sam speaking
C: yeah i'm calling to cancel i'm done
A: sorry to hear that can i ask what happened
C: the speed's been garbage for two months i pay for five hundred and get like forty
A: i'm sorry i could send a technician out free of charge
C: i've had three technicians out three and nothing changed
A: i understand i can also offer a month free
C: no i don't want a free month of something that doesn't work just cancel it
A: okay i've submitted the cancellation effective the thirtieth the equipment return label is in your email
C: great worst provider i've ever had""",
False, 0.0, "negative", "cancellation, save offers refused; hostile"),

("FR41_063", "Ines Duarte", "2026-11-12T13:30:00", "clean",
"""A: Thanks for calling DataSummit registration, this is Ines.
C: Hi! I'd like to register for the conference in Austin, March 10 to 12.
A: Great. We have the standard pass at $695 or the all-access pass at $1,095, which includes the recorded sessions.
C: Standard is plenty for me.
A: Perfect. There's also a hands-on workshop on the 9th, the day before, for $250.
C: Oh, which one is that?
A: Building data pipelines with dbt, limited to 40 seats.
C: That's exactly what I need. Yes, add the workshop.
A: So a standard pass for $695 and the dbt workshop for $250. Shall I charge the card ending 4417?
C: Yes, go ahead.
A: Done, confirmation is on its way.
C: Fantastic, thank you! I'm really looking forward to it.""",
True, 250.00, "positive", "picked standard pass (all-access not an upsell); workshop 250 accepted"),

("FR41_064", "Kofi Asante", "2026-11-13T17:55:00", "asr",
"""A: hi this is kofi with shieldpoint home security how are you today
C: uh fine who's this again
A: kofi with shieldpoint we're offering a free doorbell camera with our monitoring plan it's thirty four ninety nine a month
C: mhm
A: and that includes the app and twenty four seven monitoring
C: yeah
A: installation's free this month so can i get you scheduled
C: yeah how long's the contract on that
A: it's thirty six months
C: yeah no i've got ring already and honestly it works great for like ten bucks a month so i'm good
A: understood thanks for your time
C: yep""",
False, 0.0, "neutral", "backchannels and 'yeah' + question, then refusal; praises competitor but calm"),

("FR41_065", "Priya Nair", "2026-11-16T12:12:00", "asr",
"""A: thread and loom customer service priya speaking
C: hi um i ordered a sweater last week the green cable knit and it's way too big
A: oh no what size did you get
C: a large i need a medium
A: okay i can swap it for a medium free of charge and i'll email you a return label
C: oh perfect do i need to send it back first
A: nope we'll ship the medium today
C: oh that's great you guys are so nice about this
A: of course anything else
C: no that's it thanks so much""",
False, 0.0, "positive", "free size exchange of same item, not a new purchase"),

("FR41_066", "Marcus Bell", "2026-11-17T09:33:00", "clean",
"""A: First Harbor Bank digital support, Marcus speaking.
C: Hi. Your app logged me out in the middle of a transfer, and now I can't tell if the $2,000 went through.
A: Let me check your account. I see the transfer to savings was completed at 9:42.
C: Okay. And why does it keep logging me out? This is the third time this week.
A: The latest update has a session timeout bug. A fix is due next week.
C: Next week. So I just deal with it until then?
A: You can use the website in the meantime. Would you like to try our premium alerts service? It's $2.99 a month.
C: No. I'd like the free app to work.
A: I understand. I've logged your feedback.
C: Fine. Frankly, this is why people switch to online banks.""",
False, 0.0, "negative", "support complaint; add-on refused; transfer amount not a purchase"),

("FR41_067", "Sofia Reyes", "2026-11-18T15:05:00", "asr",
"""A: ember and oak events sofia speaking
C: hi i'm organizing a retirement dinner for my boss on the twenty ninth twelve people
A: lovely the private room for twelve with the set menu is sixty five a person
C: okay and that includes dessert
A: dessert and coffee yes
C: okay uh yeah let's book that
A: great twelve people the twenty ninth at seven and would you like the wine pairing it's thirty five each
C: for everybody
A: it'd be for the whole table so twelve
C: um yeah okay do the wine for all twelve it's a retirement after all
A: perfect twelve with wine pairing that's four twenty for the wine and i'll send the contract
C: sounds good thanks""",
True, 420.00, "neutral", "private dinner booked; wine pairing 12 x 35 = 420; headcount said apart from price"),

("FR41_068", "Daniel Okafor", "2026-11-19T13:40:00", "asr",
"""A: pixelforge sales daniel speaking
C: hi um i'm on the free plan and i'm wondering what the upgrade costs
A: sure pro is fifteen a month or one forty four a year
C: and what about the um the brand kit thing
A: brand kit comes with pro or it's five a month on its own
C: okay and if i had like three people using it
A: that'd be the team plan twelve per person
C: okay um let me just run the numbers and figure out what makes sense
A: absolutely i'll send you a pricing sheet
C: yeah okay thanks""",
False, 0.0, "neutral", "price questions only, deferral"),

("FR41_069", "Hannah Lindqvist", "2026-11-20T11:20:00", "asr",
"""A: bluewave cruises hannah speaking
C: hi so we're looking at the caribbean cruise in february the seven night one out of miami
A: the february eighth sailing yes
C: if you've still got a balcony cabin under two grand for the two of us we'll book it
A: let me look i have a balcony on deck nine for eighteen forty for two
C: oh yes okay book that one
A: booked and would you like to add the snorkel excursion in cozumel it's eighty nine a person
C: um yeah we'd both do it so two of those
A: two snorkel excursions at eighty nine that's one seventy eight
C: perfect we're so excited thank you hannah""",
True, 178.00, "positive", "conditional (balcony under 2000) met at 1840, booked; 2 excursions x 89 = 178"),

("FR41_070", "Tomas Ruiz", "2026-11-23T14:50:00", "clean",
"""A: Cascade Power billing, Tomas speaking.
C: Hi. My bill for October is $486. It's normally around $140. Something's wrong.
A: I'm sorry about that. I see the meter was estimated in September and read in October, so two months were combined.
C: Nobody told me it was estimated.
A: It's noted on the September bill. I can set up a payment plan over four months with no fee.
C: Sure, split it up. But this is a bad way to treat customers.
A: Done. You'll see $86.50 added to each of the next four bills.
C: Okay. I still think you should have warned me.""",
False, 0.0, "negative", "free payment plan on an existing bill is not a purchase"),

("FR41_071", "Aisha Khan", "2026-11-24T08:55:00", "asr",
"""A: shine city auto detailing aisha speaking
C: hi so i finally got through your booking website only crashed on me twice so that was fun
A: oh i'm sorry about that i can book you right here
C: okay um i need a full interior it's a minivan with three kids so
A: ha say no more full interior on a minivan is one sixty i have wednesday at ten or friday at eight
C: friday at eight
A: friday eight a m and we're also doing ceramic coating this month for three ninety nine
C: yeah no just the interior the outside's fine
A: you got it friday at eight full interior
C: honestly you've been super helpful thank you that's way better than the website""",
True, 0.0, "positive", "slot chosen = booking; coating declined ('yeah no'); sarcastic start, grateful end"),

("FR41_072", "Ben Carter", "2026-11-25T18:30:00", "asr",
"""A: pawsafe insurance ben speaking
C: finally i've been on hold twenty five minutes
A: i'm sorry about that how can i help
C: i want to sign up my puppy the quote online said thirty one a month
A: yes for a three month old lab thirty one eighteen a month for accident and illness
C: fine i'll take it
A: great and the dental add on is twelve ninety nine a month
C: does the regular plan really not cover teeth
A: only injuries to teeth not disease
C: wow okay add the dental then but you guys really nickel and dime people
A: added coverage starts tomorrow
C: whatever i just want to get off the phone""",
True, 12.99, "negative", "policy bought; dental add-on 12.99/month counted once; irritated"),

("FR41_073", "Mei Chen", "2026-11-26T16:45:00", "clean",
"""A: Green Crate Meals, this is Mei.
C: Hi, we're traveling for three weeks in December. Can I pause deliveries?
A: Of course. I can pause the boxes for December 6th, 13th, and 20th.
C: Yes, those three.
A: Done. Deliveries resume on the 27th. Would you like to add our holiday roast box for that week? It's $79.
C: No, just the regular box when we're back.
A: Sounds good. You won't be charged for the paused weeks.
C: Okay, thanks.""",
False, 0.0, "neutral", "pause of existing subscription is not a purchase; add-on declined"),

("FR41_074", "Luca Romano", "2026-11-27T10:25:00", "asr",
"""A: fixit phone repair luca speaking
C: hi i need my screen fixed on an iphone fourteen pro it's completely cracked
A: okay fourteen pro screen is two seventy nine i can book you for tomorrow at eleven
C: yeah do that please
A: okay let me just check the part oh hmm we're actually out of that screen until next week
C: next week i literally can't use my phone
A: i'm sorry i could book you for wednesday the eighteenth
C: no i can't wait a week i'll go to the apple store
A: understood sorry about that
C: yeah me too that's annoying you should check before you book people""",
False, 0.0, "negative", "booking could not be fulfilled; alternative date refused"),

("FR41_075", "Grace Mensah", "2026-11-30T09:10:00", "asr",
"""A: ironworks fitness grace speaking
C: hey i came in for the free pass on monday and i loved it i wanna join
A: awesome the monthly is forty nine no contract
C: yeah let's do that
A: great and new members can get a personal training pack three sessions for one fifty
C: is that one fifty for all three or each
A: for all three
C: oh yeah that's a good deal sign me up for that too
A: done welcome to ironworks
C: thanks i'm really pumped to get started""",
True, 150.00, "positive", "membership joined; training pack 150 for the bundle (not x3)"),

("FR41_076", "Oliver Hart", "2026-11-30T19:20:00", "clean",
"""A: Riverside Amphitheater box office, Oliver speaking.
C: Hi, I'd like four tickets for the Saturday show, the Black Pumas, please.
A: Let me check. Four together in the pavilion at $75 each, $300 total. Shall I book them?
C: Yes, please.
A: I'm sorry, the system just rejected it, the show has sold out as of this minute.
C: You're kidding. We've been waiting for months.
A: I'm really sorry. I can put you on the resale alert list.
C: No thanks. This is so frustrating.""",
False, 0.0, "negative", "commitment but booking failed (sold out); nothing else taken"),

("FR41_077", "Nadia Petrova", "2026-11-03T17:15:00", "asr",
"""A: hi this is nadia with crystal clear window cleaning we're in your neighborhood next week
C: oh okay
A: we're doing exterior windows for one nineteen for a two story
C: huh one nineteen that's actually not bad
A: i can put you down for tuesday morning
C: uh sure yeah put me down
A: great tuesday between nine and
C: hang on my wife's saying something um oh she says we already booked somebody for next month sorry scratch that
A: no problem at all
C: yeah sorry about that maybe next year
A: no worries have a good one
C: yep you too""",
False, 0.0, "neutral", "agreed then retracted ('scratch that')"),

("FR41_078", "Sam Whitfield", "2026-11-06T11:00:00", "asr",
"""A: nordhaus furniture sam speaking
C: hi i ordered the harlow sofa like three weeks ago order seven seven three oh two and it still hasn't shipped
A: let me look it's scheduled to ship on the twenty second
C: the twenty second you told me two weeks when i ordered
A: i'm sorry there was a fabric delay
C: this is really frustrating we have no couch right now
A: i understand if it helps the matching ottoman is in stock it could ship with the sofa it's one eighty nine
C: ugh okay yeah add the ottoman to the order if it's coming together anyway
A: added the ottoman one eighty nine to order seven seven three oh two
C: fine but if the twenty second slips again i'm cancelling the whole thing""",
True, 189.00, "negative", "add-on to an earlier order bought in this call = conversion + upsell 189; threat to cancel is conditional, not a retraction; order number not a price"),

("FR41_079", "Ines Duarte", "2026-11-09T16:25:00", "clean",
"""A: Lakeside Medical Group, Ines speaking.
C: Hi, I've had a fever for three days and I'd like to see Dr. Shah.
A: Dr. Shah's first opening is Monday the 23rd at 2:40.
C: That's six days away.
A: I know. I can put you in that slot and add you to the cancellation list.
C: Fine, book it.
A: You're booked for Monday at 2:40.
C: Actually, no, cancel that. I'm not waiting a week with a fever. I'll go to urgent care.
A: Understood, I've cancelled it.
C: Honestly, it shouldn't be this hard to see my own doctor.""",
False, 0.0, "negative", "appointment booked then cancelled in the same call"),

("FR41_080", "Kofi Asante", "2026-11-12T12:35:00", "clean",
"""A: Petal & Stem, Kofi speaking.
C: Hi, I need flowers delivered to my mom on Thursday. She's at 52 Linden Avenue, apartment 4.
A: Sure. Our seasonal bouquet is $65, or the large is $90.
C: The $65 one.
A: Would you like a glass vase for $15, and a box of chocolates for $12.99?
C: Yes, both.
A: Okay, so the bouquet, vase and chocolates.
C: Wait, she's diabetic. No chocolates. Just the vase.
A: Of course. Seasonal bouquet with a vase, $80, delivered Thursday.
C: Yes, that's correct. Can you add a card saying 'Love you, Mom'?
A: Done, the card's free.
C: Okay, thanks.""",
True, 15.00, "neutral", "bouquet chosen and read-back confirmed; vase 15 kept, chocolates retracted by name; free card not upsell"),
]
