CALLS = [
("FR48_001", "Grant Whitfield", "2026-11-02T09:14:00", "clean",
"""A: Thanks for calling Brightline Mobile, this is Grant. How can I help?
C: Hi, my contract's up and I want the new Pixel, the 256 gig one.
A: Sure. On your current plan that's $38 a month over 24 months, nothing upfront. Do you want to go ahead with that?
C: Yeah, that's the one. Let's do it.
A: Done, I've put the order through. While I have you, the device protection covers cracked screens, loss and theft. It's $12 a month and you can cancel it any time.
C: What's the excess if I lose it?
A: $99 for loss or theft, $29 for a screen.
C: Hm. My last one went down a drain, so... go on then.
A: Added. Protection at $12 a month on the new line. Anything else today?
C: No, that's everything. Thanks.""",
True, 12.00, "neutral", "phone is the main purchase; 'go on then' accepts protection at $12 a month; flat tone"),

("FR48_002", "Nadia Petrova", "2026-11-02T13:40:00", "asr",
"""A: good afternoon harbourview inn this is nadia
C: hi yeah i'm just looking at rates for the weekend of the twentieth two nights
A: okay for friday and saturday a queen room is two hundred and nineteen a night
C: two nineteen wow that's um that's gone up a fair bit since last year
A: it's a busy weekend with the marathon but if you add the sunday it's only a hundred and twenty nine for that third night
C: mhm
A: so three nights would be five hundred and sixty seven before tax would you like me to hold that for you
C: uh we don't even know our flights yet we'll sort it once we've got those
A: i can do a courtesy hold for twenty four hours no card needed
C: nah don't bother honestly it's a bit steep for a room over a car park we'll look around
A: okay thanks for calling
C: yeah bye""",
False, 0.0, "negative", "only rates asked; extra night offer and hold both turned down ('don't bother'); complains about price"),

("FR48_003", "Oliver Nakamura", "2026-11-02T15:05:00", "clean",
"""A: Hi, Oliver at Vantage Electronics, how can I help?
C: Hi! I was in yesterday looking at the 65-inch Samsung, the QN90. Is it still $1,299?
A: It is, and we've got it in stock. Want me to put the order through for delivery?
C: Yes please, I've been wanting this for ages.
A: Lovely. Does Saturday work for delivery?
C: Saturday's perfect.
A: One more thing. Our 4-year care plan covers panel failure and accidental damage, and it's $89 for the whole four years.
C: Honestly, with two kids and a Wii remote in the house, throw that in.
A: Ha, done. So the TV at $1,299 plus the care plan at $89, delivered Saturday between 8 and 12.
C: Brilliant, thank you so much, you've made this really easy.""",
True, 89.00, "positive", "TV ordered; 'throw that in' accepts the $89 care plan; ends 'thank you so much'"),

("FR48_004", "Siobhan Carey", "2026-11-03T10:22:00", "asr",
"""A: sunway car rental siobhan speaking
C: yeah hi i've got a booking for tomorrow pickup at the airport and i've been on hold twenty minutes just to ask one thing
A: sorry about the wait what can i do
C: it's a compact and there's five of us now my brother in law's coming so is there anything bigger
A: yep i can move you to a midsize suv it's twenty more a day so for the three days that's sixty on top of what you've got
C: sixty for the three days
A: that's right sixty extra in total
C: um and the compact would that even fit five people
A: honestly not with luggage
C: ugh fine okay the bigger one
A: done you're in the suv sixty dollars added to the booking
C: great whatever i'm just annoyed it took this long to get anyone""",
True, 60.00, "negative", "'okay the bigger one' accepts SUV upgrade, agent states sixty extra for the three days; annoyed throughout"),

("FR48_005", "Tomas Herrera", "2026-11-03T11:48:00", "clean",
"""A: Good morning, Rosalind's Kitchen catering, Tomas speaking.
C: Hi Tomas, I need to order food for an office lunch on Thursday, about 25 people.
A: Happy to help. What were you thinking?
C: Two large trays of the chicken shawarma, one tray of the roasted vegetable couscous, and a big Greek salad. Plus 25 cans of sparkling water.
A: Got it. Two shawarma trays at $85 each, the couscous at $60, the Greek salad at $45 and the water at $1.50 a can, so $312.50 in all. Would you like to add a dessert platter for $45? Baklava and brownies.
C: We're good on sweets, half the team's on some health kick.
A: No problem. Delivery to 400 Pike Street at 11:45?
C: That's it. Yes, please book it.
A: You're booked for Thursday at 11:45, confirmation coming by email.
C: Amazing. You did our holiday party too and everyone loved it.""",
True, 0.0, "positive", "customer's own multi-item order booked ('please book it'); dessert platter declined ('we're good on sweets')"),

("FR48_006", "Hannah Feldman", "2026-11-03T14:10:00", "clean",
"""A: Keystone Insurance, Hannah speaking.
C: Hi, I got a letter saying my car policy renews on the 30th. I'd like to renew it.
A: Sure. The renewal premium is $1,146 for the year, same cover. We also offer roadside assistance, so towing, jump starts, lockouts, for $8 a month.
C: What does the towing cover, distance-wise?
A: Up to 100 miles, unlimited call-outs.
C: Okay. Let's just do the renewal first.
A: Of course. Renewal at $1,146 on the card on file, starting the 30th. Shall I go ahead?
C: Yes, go ahead.
A: Done, it's renewed.
C: And actually, that roadside thing. My wife's car broke down last month and the tow alone was $180. Add it.
A: Roadside added at $8 a month. You'll get the card in the post.
C: Okay. Thanks.""",
True, 8.00, "neutral", "renewal confirmed; roadside asked about, then accepted turns later ('Add it') at $8 a month"),

("FR48_007", "Derek Lindqvist", "2026-11-04T09:31:00", "asr",
"""A: thanks for calling streamly this is derek
C: hi i want to cancel my subscription
A: sorry to hear that can i ask why
C: i've been paying nineteen ninety nine a month for stuff i never watch and the app keeps crashing on my tv
A: i understand what if i brought you down to the basic plan at eight ninety nine for the next six months
C: i just want it gone
A: i could also add the sports tier free for a month
C: mate i don't watch sports i don't watch anything on it that's the point just cancel it please
A: okay i've cancelled it you'll have access until the fourteenth
C: right thanks finally""",
False, 0.0, "negative", "cancellation; both save offers refused; 'just cancel it please', 'finally'"),

("FR48_008", "Lucia Benedetti", "2026-11-04T10:05:00", "clean",
"""A: Bright Smiles Dental, this is Lucia.
C: Hi, I'd like to book a cleaning. It's been way too long.
A: No judgement! I have Tuesday the 17th at 9:30 or Wednesday the 18th at 2.
C: Tuesday at 9:30 please.
A: Great. And since you're in for a cleaning, we're running in-chair whitening for $150 this month instead of $250. Would you like me to add that?
C: Ooh, tempting. I'll pass this time though, let me get through the cleaning first.
A: Totally fair. So you're booked for Tuesday the 17th at 9:30, cleaning only.
C: Perfect. You're always so lovely on the phone, thanks Lucia.""",
True, 0.0, "positive", "cleaning appointment booked; whitening declined ('I'll pass this time')"),

("FR48_009", "Ben Achterberg", "2026-11-04T16:20:00", "asr",
"""A: ticket line this is ben
C: hi i want two tickets for the lumen drive show on the twenty eighth
A: sure general admission is sixty five each so a hundred and thirty for the two
C: yep that's fine
A: and there's a vip upgrade early entry a bar area and a signed poster it's thirty five per person on top
C: thirty five each
A: each yeah so seventy for both of you
C: oh my god she would lose her mind over the poster um fine add it
A: lovely so two tickets with the vip upgrade two hundred total shall i put that on the card ending four one one
C: yes please that's the one
A: done you'll get the e tickets in ten minutes
C: amazing thank you it's her birthday present she's gonna be so happy""",
True, 70.00, "positive", "two tickets bought; VIP thirty five per person for two accepted ('fine add it') = 70"),

("FR48_010", "Fatima Qureshi", "2026-11-05T09:02:00", "clean",
"""A: Northgate Power, Fatima speaking.
C: Hi. My bill this month is $412. It's usually around $150. I want to know what happened.
A: I'm sorry about that. I can see it was an estimated reading, so we'll send someone to read the meter. While I've got you, have you heard about our SurgeGuard plan? It's $6.99 a month and covers your appliances against power surges.
C: Seriously? I'm calling because you overcharged me by $260 and you're trying to sell me something?
A: I understand. It's just something we mention to all customers.
C: Well, don't. When does the meter reading happen?
A: Someone will be out within five working days and the bill will be corrected.
C: Five days. Great.
A: Is there anything else I can help with?
C: Just fix the bill.""",
False, 0.0, "negative", "billing complaint; surge plan rejected indignantly; sarcastic 'Five days. Great.'"),

("FR48_011", "Victor Hale", "2026-11-05T11:30:00", "asr",
"""A: comfort air this is victor how can i help
C: hi yeah i want to book a furnace tune up before it gets properly cold
A: sure the tune up is ninety nine i've got monday morning or wednesday afternoon
C: wednesday afternoon is good
A: okay wednesday between one and five and we're doing duct cleaning this month for a hundred and twenty if you want it done the same visit
C: um yeah okay why not add that
A: sure that's the tune up at ninety nine plus the ducts at one twenty
C: wait how long does the duct thing take
A: about three hours on top
C: oh i've got to pick up my kid at four let's just do the tune up take the duct thing off
A: no problem just the tune up wednesday one to five
C: yeah that's fine thanks""",
True, 0.0, "neutral", "tune-up booked; duct cleaning accepted then removed ('take the duct thing off')"),

("FR48_012", "Janelle Brooks", "2026-11-05T14:45:00", "clean",
"""A: Meridian Bank cards, Janelle speaking.
C: Hi, I'm looking at the Cashback Plus card. What's the annual fee?
A: It's $95 a year, waived the first year. I can take your application now over the phone if you'd like.
C: Maybe. What else comes with it?
A: 2% back on everything, and we can add Card Shield, that's purchase protection and ID theft monitoring, for $4.99 a month.
C: Is the Card Shield required?
A: No, it's optional.
C: Okay. I think I'll apply online myself tonight, I want to read through the terms properly.
A: Of course. The application takes about five minutes.
C: Sure. Thanks for the info.""",
False, 0.0, "neutral", "questions only; 'I'll apply online myself tonight' defers; add-on only asked about"),

("FR48_013", "Rafael Duarte", "2026-11-06T10:15:00", "clean",
"""A: Hartwell Home, Rafael speaking.
C: Hi, I'm calling about the Marlowe sofa in sage green velvet. The website says low stock and I want to order it now before it goes.
A: Let me check... I'm really sorry, the last one sold this morning. The next shipment isn't until March.
C: March? I've been waiting since August for it to come back.
A: I can offer the same sofa in olive velvet, that's in stock at the same $1,890, and I'd include free delivery.
C: I don't want olive, I want the sage. That's the whole point.
A: I understand. I could put you on the notify list for March.
C: Honestly, don't bother. This is the second time your website has said something's in stock when it isn't.
A: I'm sorry about that.
C: Yeah. Bye.""",
False, 0.0, "negative", "wanted item sold out; substitute refused; nothing bought; angry about website"),

("FR48_014", "Priya Ramaswamy", "2026-11-06T12:50:00", "clean",
"""A: SkyHarbor Airlines reservations, Priya here.
C: Hi Priya! I'd like to book the 7:10 am flight to Denver on December 12th, returning the 16th. Just me.
A: Found it, $318 round trip in Main. Shall I book that for you?
C: Yes, book it please.
A: Booked. Would you like to add a checked bag? It's $35 if you add it now, $45 at the airport.
C: Yes, add a bag, I'm bringing ski stuff.
A: Done. I can also move you to an extra-legroom seat for $60 each way, or add trip insurance for $42.
C: The legroom I'll live without, I'm short. But the insurance, yes. My mom's not well, so plans might change.
A: Completely understand. So that's the fare at $318, plus the bag at $35 and insurance at $42.
C: Perfect. Thanks so much, that was painless.""",
True, 77.00, "positive", "flight booked; bag $35 + insurance $42 accepted; legroom declined ('I'll live without')"),

("FR48_015", "Kwame Mensah", "2026-11-06T15:30:00", "clean",
"""A: QuickLane Auto, this is Kwame.
C: Hi, I need an oil change, the light's been on for a week.
A: We can do Thursday at 8 am. Full synthetic is $79.
C: Thursday at 8, okay.
A: And your wiper blades, if they're streaking, a pair's $28 fitted. Tire rotation's $25 as well.
C: The wipers, yeah, they're awful. Not the rotation.
A: Got it. Oil change plus wipers, Thursday 8 am.
C: Actually, hang on. I might be on the early shift Thursday. Don't book anything yet, I'll call back when I've seen the rota.
A: Sure, I won't hold the slot. Just call us when you know.
C: Will do. Cheers.""",
False, 0.0, "neutral", "booking and wipers agreed, then whole thing withdrawn ('Don't book anything yet')"),

("FR48_016", "Marisol Okafor", "2026-11-09T09:45:00", "clean",
"""A: Hi, you've reached FreshCrate, Marisol speaking.
C: Hi, I'm thinking about signing up. How does the pricing work?
A: The family plan is four meals a week for four people, $89.95 a week. We also have a breakfast box add-on at $19.99 a week.
C: What's in the breakfast box?
A: Overnight oats, granola, egg bites. It rotates weekly.
C: Okay. And can I pause weeks?
A: Anytime, up to five weeks in a row. Want me to get you started with the first box this Friday?
C: I'll have a think about it and talk to my partner. Can you send me a link?
A: Sure, I'll email it now.
C: Okay, thanks.""",
False, 0.0, "neutral", "deferral ('I'll have a think', 'talk to my partner'); add-on only asked about"),

("FR48_017", "Grant Whitfield", "2026-11-09T11:12:00", "asr",
"""A: northstar wireless grant speaking
C: hi i want to add a line for my son the twenty five a month one
A: sure the kids plan at twenty five i'll also need to charge the sim activation of ten dollars today
C: fine go ahead
A: okay and do you want the parental controls pack it's three a month
C: uh sure
A: right let me run the card ending eight eight two oh that's come back declined
C: what it's got money on it
A: it says declined by the issuer do you want to try another card
C: i don't have another one on me this is so embarrassing and your system did this last time too
A: i'm sorry you can do it online once the bank clears it
C: yeah whatever i'll sort it later forget it for now""",
False, 0.0, "negative", "line and controls pack agreed but card declined; nothing placed ('forget it for now')"),

("FR48_018", "Nadia Petrova", "2026-11-09T14:25:00", "clean",
"""A: The Linden Hotel, Nadia speaking, how may I help?
C: Hi, I'm looking at booking a night for our anniversary, and I saw you have a spa package?
A: Yes, the Unwind package adds a 60-minute massage for two and late checkout. It's $90 on top of the room.
C: And what's the room for a Saturday?
A: A deluxe king is $249 on a Saturday.
C: Okay. And is parking included?
A: Parking is $30 a night.
C: Right. I'll book it online later, I need to check which weekend works for him.
A: Of course. The package is on the website too.
C: Great, thanks.""",
False, 0.0, "neutral", "prices asked only; 'I'll book it online later' is a deferral"),

("FR48_019", "Oliver Nakamura", "2026-11-10T10:40:00", "clean",
"""A: Oakhurst Furniture, this is Oliver.
C: Hi Oliver, I want to order a few things from the Ashby collection for our bedroom.
A: Wonderful. What are you after?
C: Two of the nightstands and the six-drawer dresser, all in walnut.
A: Nightstands are $240 each, so $480 for the pair, and the dresser is $610. That's $1,090 before delivery. Would you like our assembly service? It's $79 for the three pieces.
C: I've got an Allen key and a lot of patience, I'll do it myself.
A: Fair enough! Delivery is free over $1,000. I can do Tuesday the 24th.
C: Tuesday's good. Go ahead and place the order.
A: Done, order placed. Two nightstands and the dresser, $1,090, delivery Tuesday the 24th.
C: Fantastic, I'm so excited, we've been using a lamp on the floor for a month.""",
True, 0.0, "positive", "customer's own multi-item order placed; assembly declined ('I'll do it myself')"),

("FR48_020", "Siobhan Carey", "2026-11-10T17:05:00", "asr",
"""A: ironworks fitness siobhan speaking
C: hey my membership runs out end of the month and i want to renew for another year
A: lovely the annual is five forty same as last year shall i renew that for you
C: yeah do that
A: done you're renewed till next november and can i tell you about our personal training packs four sessions with a coach normally two hundred
C: two hundred hmm that's a lot
A: for renewing members i can do it for one sixty
C: one sixty for the four
A: yep four sessions one sixty
C: okay at one sixty i'll do it i've been meaning to sort my form out anyway
A: perfect i'll have jordan give you a call to book them
C: brilliant thanks you've been really helpful""",
True, 160.00, "positive", "renewal; PT pack revised from two hundred to one sixty and accepted at one sixty"),
]
