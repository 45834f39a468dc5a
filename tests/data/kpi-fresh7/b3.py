CALLS = [
("FR7_041","Deborah Klein","2026-11-12T09:05:00","asr","""a: grand lakeside hotel guest services this is deborah
c: hi yeah i stayed with you last weekend and i got charged for three nights i only stayed two
a: let me look at the folio um i see a no show charge for the first night
c: i called to change the arrival date i talked to someone named kevin
a: i don't see a note from that call
c: of course you don't this is unbelievable
a: i'll submit a dispute to the manager it may take up to ten days
c: ten days for you to give me back money you shouldn't have taken i'm really not happy""",False,0.00,"negative","billing dispute, nothing bought"),
("FR7_042","Curtis Hamilton","2026-11-12T10:25:00","clean","""A: OfficeHub Direct business line, Curtis speaking.
C: Hi, this is Renata from Alder Law. I need to reorder copy paper, 20 reams of the bright white.
A: Sure, 20 reams at $6.50 each, $130. Shall I place it on your account?
C: Yes, place it.
A: Your last order had HP 58A toner. Need any? They're $64 each.
C: Good reminder. Two of those.
A: So 20 reams and two toner cartridges, delivery tomorrow.
C: That's right. Thanks.""",True,128.00,"neutral","paper is main; toner 2 x $64 = 128"),
("FR7_043","Anika Sharma","2026-11-12T11:50:00","asr","""a: sunward solar anika speaking
c: hi um i filled out the form online about panels
a: yes thanks for reaching out based on your roof a six kilowatt system would be about fourteen thousand before the tax credit
c: uh and after
a: about ninety eight hundred and you'd save roughly a hundred and twenty a month
c: hmm okay that's a lot upfront maybe next year
a: we also have financing at about eighty nine a month
c: yeah i'll i'll think about it send me the numbers""",False,0.00,"neutral","quote; deferral"),
("FR7_044","Lucas Martin","2026-11-12T13:30:00","asr","""a: happy paws grooming lucas speaking
c: hi i'd like to get my golden retriever groomed sometime next week
a: sure wednesday at nine for a full groom it's eighty five
c: wednesday at nine perfect
a: do you want a nail trim added for ten
c: yes his nails are so long
a: and teeth brushing is eight
c: no he'd bite you for that
a: ha okay full groom and nail trim wednesday at nine
c: great thanks you guys always do such a nice job with him""",True,10.00,"positive","groom main; nail trim 10 accepted; teeth declined"),
("FR7_045","Megan Foster","2026-11-12T15:10:00","clean","""A: AeroJet baggage services, Megan speaking.
C: My suitcase didn't arrive on flight 229 from Denver yesterday. It's been 24 hours and nobody has called me.
A: I'm sorry. I see your file. The bag is located in Chicago and will go out on tonight's flight.
C: I had to buy clothes for a meeting today. Who pays for that?
A: You can submit receipts for reimbursement up to $100 a day.
C: $100 doesn't even cover the suit. This has been an awful experience.
A: I understand. I'll mark it for delivery first thing tomorrow.
C: Just get it to me.""",False,0.00,"negative","complaint; reimbursement not a purchase"),
("FR7_046","Trevor Nash","2026-11-13T09:45:00","asr","""a: riverside arena tickets trevor speaking
c: hey um i want three tickets for the hockey game saturday
a: sure lower bowl is forty five each so one thirty five
c: yeah that's fine
a: do you need parking the lot pass is twenty
c: uh yeah one parking pass
a: okay let me read that back three lower bowl tickets saturday seven pm plus one parking pass
c: you got it
a: booked you'll get the tickets by email""",True,20.00,"neutral","tickets main; parking pass 20 accepted; read-back confirmed"),
("FR7_047","Simone Laurent","2026-11-13T11:00:00","clean","""A: PulseFit member services, Simone speaking.
C: I want to cancel. I'm barely going and $49 a month is too much.
A: I understand. Cancelling early has a $75 fee. But I can move you to our Basic plan at $19 a month, no fee.
C: A $75 fee? That's a scam. Nobody told me that when I joined.
A: It's in the agreement, I'm sorry. Basic would keep your access to the gym floor.
C: Fine, put me on the $19 plan. But I'm not happy about how this was handled.
A: Done, Basic starts next cycle.
C: Whatever.""",True,0.00,"negative","retention downgrade accepted = conversion; no upsell; negative"),
("FR7_048","Andre Jackson","2026-11-13T12:40:00","asr","""a: metro toyota andre speaking
c: hi yeah i saw the rav four hybrid on your site i'd love to test drive it
a: absolutely when works for you
c: um saturday morning if possible
a: i've got ten thirty saturday
c: yes please put me down for ten thirty
a: done ask for me at the front
c: awesome i'm really looking forward to it""",True,0.00,"positive","test-drive appointment booked = conversion"),
("FR7_049","Wendy Zhao","2026-11-13T14:15:00","asr","""a: hostpoint renewals this is wendy
c: hi my hosting expires next week can i renew for a year
a: sure a year of the starter plan is ninety five eighty
c: okay go ahead
a: your domain doesn't have privacy protection it's nine ninety nine a year
c: uh what does that do
a: it hides your address and phone from the public lookup
c: oh okay yeah add that
a: and the s s l upgrade is forty nine
c: no the free one's fine
a: renewed with domain privacy""",True,9.99,"neutral","renewal main; privacy 9.99 accepted; SSL declined"),
("FR7_050","Robert Vance","2026-11-13T16:00:00","clean","""A: Heartwood Furniture, Robert speaking.
C: Hi, I'd like to order the Sonoma oak dining table, the 72-inch.
A: Great choice. It's $1,290. Shall I place the order?
C: Yes, I'll take it.
A: Would you like matching chairs? They're $145 each.
C: Yes, four chairs please.
A: Four chairs at $145, that's $580. Table and four chairs, delivery in 3 weeks.
C: Wonderful. I'm thrilled, it's exactly what we wanted.""",True,580.00,"positive","table main; 4 chairs x $145 = 580"),
("FR7_051","Carmen Ortiz","2026-11-16T09:25:00","asr","""a: capitol crest card services carmen speaking
c: yeah why did my interest rate go up to twenty nine percent
a: let me check um it looks like a late payment in september triggered the penalty rate
c: i was one day late one day
a: i understand i can review it in six months if payments are on time
c: six months that's absurd i've been a customer for ten years
a: i'm sorry that's the policy
c: yeah well i'm moving my balance somewhere else""",False,0.00,"negative","complaint; nothing bought"),
("FR7_052","Harold Jensen","2026-11-16T10:40:00","asr","""a: comfort air home services harold speaking
c: hi um i want to sign up for the furnace maintenance plan i got the flyer
a: sure that's fifteen a month with two tune ups a year
c: okay yeah sign me up
a: great and the extended parts coverage is another eight a month
c: what does that cover exactly
a: any parts that fail between visits
c: hmm no just the basic plan
a: you're enrolled first visit we'll call to schedule""",True,0.00,"neutral","maintenance plan main; parts coverage asked about, declined"),
("FR7_053","Ruth Abernathy","2026-11-16T12:10:00","clean","""A: Pinehurst Golf Club, Ruth speaking.
C: Hi, can I get a tee time for four on Sunday morning?
A: I have 8:40 available. Green fees are $65 per player.
C: 8:40 is perfect, book it.
A: Would your group like carts? They're $20 per player.
C: Yes, carts for all four.
A: Got it. Four players, Sunday at 8:40, with four carts.
C: Excellent. The guys will be happy. Thanks!""",True,80.00,"positive","tee time main; carts $20 x 4 = 80"),
("FR7_054","Jamal Wright","2026-11-16T13:55:00","asr","""a: pixel point support jamal speaking
c: hi my phone won't charge unless i hold the cable at an angle
a: okay that's usually lint in the port try a wooden toothpick gently
c: um okay hang on yeah there was a ton in there wow it's charging
a: awesome while i have you we have device protection for nine a month
c: no thanks i'm good but seriously thank you that was so easy""",False,0.00,"positive","support fixed; protection declined; happy"),
("FR7_055","Patricia Lowe","2026-11-16T15:30:00","clean","""A: Golden Spoon Catering, Patricia speaking.
C: Hi, I'm planning a company lunch for 40 people on December 10th. What would that cost?
A: Our buffet package is $28 per person, so $1,120, plus a $150 service fee.
C: And dessert?
A: Dessert platters are $4 a head.
C: Okay. Can you email me the menu and quote? I need approval from finance.
A: Sure, what's the address?
C: It's jlee@northrim.com. Thanks.""",False,0.00,"neutral","quote, email requested; no commitment"),
("FR7_056","Xavier Dumont","2026-11-17T09:15:00","asr","""a: alpine lodge reservations xavier speaking
c: hi i want to book a room for new year's eve two nights
a: let me check um i have one king room left at three forty a night
c: yes take it book it
a: okay processing oh i'm sorry it just got taken i'm showing no availability now
c: you're kidding you literally just said you had one
a: i'm really sorry the system updated we're fully booked
c: this is so frustrating i'll look somewhere else""",False,0.00,"negative","booking failed, nothing else booked"),
("FR7_057","Gloria Mendez","2026-11-17T10:50:00","asr","""a: starview satellite gloria speaking
c: yeah my contract is up and my bill went up again what is it now
a: it's ninety four a month now but if you renew for two years i can keep it at eighty
c: every year it's something with you people it's annoying
a: i understand do you want to renew at eighty
c: ugh yes renew it
a: done would you like the sports pack it's twelve ninety nine a month and premium movies is fifteen
c: the sports yes the movies no
a: okay renewed at eighty plus the sports pack
c: fine""",True,12.99,"negative","renewal main; sports pack 12.99/mo accepted (counts once); movies declined; negative"),
("FR7_058","Eleanor Hughes","2026-11-17T13:05:00","clean","""A: Sugar Bloom Bakery, Eleanor speaking.
C: Hi! I'd like to order a birthday cake for Saturday, chocolate with raspberry filling, 8 inch.
A: Lovely, that's $65. Any message on top?
C: "Happy 7th, Mia". Could you do a unicorn topper? How much?
A: A custom topper is $20.
C: Hmm, I'll skip that, I have one at home. Just the cake with the message.
A: Done, ready Saturday at 10 am.
C: Yay, thank you so much, she's going to love it.""",True,0.00,"positive","cake main; topper price asked, declined"),
("FR7_059","Bilal Siddiqui","2026-11-17T14:40:00","asr","""a: lingua plus language school bilal speaking
c: hi uh i'm interested in the spanish course the eight week one
a: it's three twenty for eight weeks tuesdays and thursdays at two
c: oh at two in the afternoon i work then
a: that's the only slot this term
c: i'd sign up if you had evenings honestly
a: we might next term
c: okay let me know then""",False,0.00,"neutral","conditional; no commitment"),
("FR7_060","Clara Nguyen","2026-11-17T16:20:00","clean","""A: PrintCo support, Clara speaking.
C: My printer says "paper jam" but there's no paper in it. I've tried everything.
A: Let's try a reset. Unplug it for 60 seconds.
C: Done. Still says paper jam.
A: Okay, open the rear door and check for torn pieces.
C: There's nothing there. This is the third call this month.
A: I can send it for repair under warranty, turnaround about 10 days.
C: Ten days without a printer. Great. Just send me the label.""",False,0.00,"negative","pure support; repair under warranty free; sarcasm negative"),
]
