CALLS = [
("FR8_081", "Serena Blackwell", "2026-11-26T09:05:33", "clean", """A: Thank you for calling Oakridge Appliances, Serena speaking.
C: Hi, I'm calling about the refrigerator I bought last week. The ice maker doesn't work.
A: I'm sorry. I can send a technician under warranty on Monday.
C: Monday. Okay.
A: While I have you, our extended warranty covers 5 years for $149. It's normally $199.
C: Honestly, the thing broke after a week, so I guess I'd better. Fine, add the extended warranty.
A: Done, $149. The technician will come Monday between 8 and noon.
C: Okay. I'm pretty disappointed, to be honest. It's a brand new fridge.
A: I completely understand.""", True, 149.00, "negative", "warranty repair is support; extended warranty accepted at revised $149 on top of the fridge; disappointed -> negative"),
("FR8_082", "Anton Kowalski", "2026-11-26T10:30:12", "asr", """A: hi thanks for calling hometown pizza anton speaking
C: yeah hi can i get a large pepperoni for delivery
A: sure large pepperoni is eighteen ninety nine you want to make it a combo with wings and a two liter for nine more
C: uh how many wings
A: eight wings
C: yeah okay do the combo
A: and garlic knots are five ninety nine
C: no that's fine
A: okay large pepperoni combo address
C: fifty two oak street
A: about forty minutes
C: um actually can you make it a fifty minute like i'm not home yet whatever it's fine forty's fine
A: okay forty minutes it'll be twenty seven ninety nine plus tax
C: okay cool""", True, 9.00, "neutral", "pizza main 18.99; combo upgrade nine dollars accepted; garlic knots declined"),
("FR8_083", "Delphine Rousseau", "2026-11-26T11:47:55", "clean", """A: Bonjour, Maison Rousseau Interiors, Delphine speaking.
C: Hi, I'd like to order the linen curtains, 4 panels.
A: Lovely. They're $68 per panel. Would you like blackout lining for $22 per panel?
C: For two of them, the bedroom ones.
A: Perfect. And the brass rods are $45 each, you'd need two.
C: I'll take one rod. Actually, hold on, let me measure first before I get rods.
A: Of course. So 4 linen panels, 2 with blackout lining. Shall I place the order?
C: Yes, place it. Can you also remind me the return policy?
A: 30 days, unused.
C: Great, thank you so much, this was really easy.""", True, 44.00, "positive", "panels main 4 x 68; lining 2 x 22 = 44; rod accepted then withdrawn -> 0"),
("FR8_084", "Marvin Tate", "2026-11-26T13:12:20", "asr", """A: good afternoon this is marvin with clearpath solar
C: yeah i'm returning your call
A: thanks for calling back so we can offer you a free home energy assessment
C: is it actually free or is there some catch
A: totally free no obligation about an hour
C: i don't know these things always turn into a sales pitch
A: i understand
C: no i'm not interested sorry""", False, 0.00, "neutral", "declined; skeptical but polite -> neutral"),
("FR8_085", "Gwendolyn Price", "2026-11-26T15:00:48", "clean", """A: Thanks for calling Blue Harbor Resort, Gwendolyn speaking.
C: I'm calling because I was charged a $45 resort fee that nobody mentioned when I booked.
A: I'm sorry. The resort fee is listed in the terms, but I understand it was a surprise.
C: It was not listed on the page I used.
A: I can offer you a free breakfast for your stay instead of removing the fee.
C: I don't want breakfast. I want the fee removed.
A: I'm not able to remove it, I'm afraid.
C: Then I'm cancelling the reservation.
A: I can process that. The cancellation is free until 48 hours before arrival.
C: Do it. Terrible way to treat customers.""", False, 0.00, "negative", "booking cancelled; fee dispute; negative"),
("FR8_086", "Ricardo Almeida", "2026-11-27T09:22:41", "asr", """A: hi thanks for calling lightspeed auto detailing ricardo speaking
C: hey i wanna book a detail for my truck
A: sure the full detail for trucks is one eighty
C: okay when's the soonest
A: tomorrow at ten
C: book it
A: would you like ceramic coating it's usually four hundred but this month it's three fifty
C: three fifty hmm
A: it lasts about two years
C: okay yeah screw it let's do it
A: nice and an engine bay cleaning for forty
C: ah no that's fine
A: okay full detail plus ceramic tomorrow at ten
C: right on thanks dude i'm pumped""", True, 350.00, "positive", "detail main 180; ceramic revised price three fifty accepted; engine bay declined"),
("FR8_087", "Helena Brandt", "2026-11-27T10:45:03", "clean", """A: Good morning, Stonebridge Bank, Helena speaking.
C: Someone used my card in another country. I need it blocked now.
A: I've blocked the card. I can see two charges, $312 and $89. I'll open a fraud claim for both.
C: Okay. How long until I get the money back?
A: Provisional credit within 10 business days.
C: Ten days? That's my rent money.
A: I understand. A replacement card will arrive in 3 to 5 days, or I can send it express at no charge given the circumstances.
C: Express, obviously.
A: Done.
C: This is a nightmare. Thanks, I guess.""", False, 0.00, "negative", "fraud support; free express replacement is not a purchase; negative"),
("FR8_088", "Tobias Frey", "2026-11-27T12:08:29", "asr", """A: thank you for calling alpenhaus cabins this is tobias
C: hi uh we wanna book the lakeside cabin for new year's
A: sure the lakeside is available from the thirtieth to the second at two ninety a night
C: okay that's three nights yeah
A: yes and we have a hot tub add on for thirty five a night
C: oh yeah definitely the hot tub
A: and a late checkout for twenty
C: hm late checkout um
A: also we require a two hundred deposit
C: okay
A: so lakeside cabin three nights with hot tub shall i lock it in
C: yes lock it in
A: done
C: yay thank you""", True, 105.00, "positive", "cabin main; hot tub $35 x 3 nights = 105; late checkout mentioned, never answered -> 0; deposit not upsell"),
("FR8_089", "Nora Kristiansen", "2026-11-27T14:30:16", "clean", """A: Hello, Fjordline Ferries, Nora speaking.
C: Hi, I'm trying to find out if my ferry tomorrow is running. The weather looks bad.
A: At the moment all sailings are on schedule. We'll text you if that changes.
C: Okay. Can I change to the later sailing if it's cancelled?
A: Yes, free of charge in that case.
C: Good. Thanks.
A: Would you like to add a cabin for the crossing, $40?
C: No, it's only two hours.""", False, 0.00, "neutral", "inquiry; cabin declined"),
("FR8_090", "Cedric Okoye", "2026-11-27T16:12:55", "asr", """A: thanks for calling prime fitness this is cedric
C: hi yeah i'm calling to cancel my membership
A: okay can i ask why
C: i just don't go and it's forty dollars a month
A: totally understand would you want to freeze it for ten a month instead
C: no
A: or go to the off peak plan at twenty five
C: no i just want it cancelled please
A: okay there's a thirty day notice so you'll have one more charge
C: are you serious that's not what they told me when i joined
A: it's in the agreement
C: unbelievable fine cancel it""", False, 0.00, "negative", "cancellation; save offers declined; negative"),
("FR8_091", "Ottilie Marsh", "2026-11-30T09:04:37", "clean", """A: Thank you for calling Little Sprouts Photography, Ottilie speaking.
C: Hi, I'd like to book the newborn session.
A: Lovely! The newborn session is $350 and includes 10 digital images.
C: Okay. Can we do next Friday?
A: Yes, 10 am. Would you like to add extra images? They're $25 each.
C: Let's add five.
A: Great, $125. And a printed album is $180.
C: I'll decide about the album after I see the pictures.
A: Of course. Newborn session Friday at 10, plus five extra images. Shall I book it?
C: Yes please! We can't wait.""", True, 125.00, "positive", "session main; extra images 5 x 25 = 125; album deferred"),
("FR8_092", "Yiannis Papadakis", "2026-11-30T10:20:04", "asr", """A: hi this is yiannis with olympus software support
C: hi yeah i'm locked out of my account again
A: okay i'll send a reset link
C: this is like the fourth time this month
A: i'm sorry it looks like your security settings lock after three tries
C: can you just turn that off
A: i can't turn it off but i can upgrade you to the business plan with single sign on it's fifteen more a month
C: oh so i have to pay to fix your problem no
A: understood i've sent the reset link
C: yeah got it""", False, 0.00, "negative", "support; upgrade refused sarcastically; negative"),
("FR8_093", "Astrid Nilsson", "2026-11-30T11:38:47", "clean", """A: Good morning, Evergreen Garden Centre, Astrid speaking.
C: Hi, I'm after a Christmas tree delivered. The 7-foot Nordmann fir.
A: The 7-foot Nordmann is $95, and delivery is $20.
C: Okay.
A: Would you like a stand with it? The heavy-duty one is $35.
C: What was the tree again, $95?
A: Yes, $95.
C: Fine. And the stand, I suppose I do need one. Yes.
A: Great. And a wreath for $40?
C: No thank you.
A: So the tree, stand and delivery on Saturday. Shall I book that?
C: Yes, Saturday is fine.""", True, 35.00, "neutral", "tree main $95; stand $35 accepted; delivery is a fee -> 0; wreath declined"),
("FR8_094", "Mateo Herrera", "2026-11-30T12:52:30", "asr", """A: thank you for calling comfort zone hvac mateo speaking
C: yeah my furnace is making this banging noise
A: okay i can send someone today between two and six the diagnostic is eighty nine
C: today yeah please send someone
A: okay you're booked and would you like to join our comfort club it's one ninety nine a year and waives the diagnostic fee
C: so i'd save the eighty nine
A: yes and you get two tune ups a year
C: hmm okay yeah sign me up for that
A: great you're in the comfort club
C: actually wait can i do that after the guy comes i want to see how it goes
A: sure i'll take it off for now
C: yeah thanks""", True, 0.00, "neutral", "service visit booked = conversion; club accepted then retracted -> 0"),
("FR8_095", "Lavinia Hart", "2026-11-30T14:05:09", "clean", """A: Thank you for calling Brightside Magazines, Lavinia speaking.
C: Hi, I keep getting renewal notices and I never signed up for auto-renewal.
A: Let me check. It looks like your subscription was set to auto-renew at signup.
C: Well, I didn't choose that.
A: I've turned it off. Your subscription ends in December.
C: Okay.
A: Would you like to renew now at our holiday rate of $19.99 for the year?
C: No. I'm tired of all the emails.
A: Understood. I've removed you from the promotional list too.
C: Thank you. That's all I wanted.""", False, 0.00, "negative", "renewal declined; frustrated; 'that's all I wanted' relief but attitude still negative"),
("FR8_096", "Emeka Nwosu", "2026-11-30T14:40:52", "asr", """A: hi thanks for calling cityline flowers and gifts emeka speaking
C: hi um i need to send something to my coworker she's in the hospital
A: oh i'm sorry to hear that we have a get well bouquet for fifty nine
C: okay that one
A: would you like to add a balloon it's eight ninety nine
C: uh sure a balloon
A: and a teddy bear for fourteen
C: no just the flowers and the balloon
A: okay and same day delivery is twelve ninety nine
C: yeah same day
A: alright so bouquet plus balloon same day to saint mary's can i confirm
C: yes that's it thank you so much you've been so kind""", True, 21.98, "positive", "bouquet main; balloon 8.99 + same-day delivery 12.99 offered and accepted (spec treats express delivery as an add-on) = 21.98; teddy declined"),
("FR8_097", "Sabine Keller", "2026-11-30T15:10:26", "clean", """A: Good afternoon, Keller Language Tutoring, Sabine speaking.
C: Hi. My son's tutor has cancelled on us three times this month.
A: I'm very sorry. Let me look into it. You're right, and that's not acceptable.
C: I'm paying $60 an hour and I keep rearranging my week for nothing.
A: I'll refund all three sessions and assign a new tutor.
C: Okay. When can the new tutor start?
A: Thursday at 4. Would you like to add a second weekly session at $55?
C: No. Let's see if this tutor even shows up first.
A: Understood.
C: Right.""", False, 0.00, "negative", "AMBIGUOUS: Thursday session is under existing arrangement (reassignment, customer never commits to a new booking); second session declined -> not conversion; negative"),
("FR8_098", "Caspian Reid", "2026-11-30T16:03:14", "asr", """A: hello thanks for calling nightowl security systems caspian speaking
C: hi i already have your alarm and i want to add cameras
A: sure outdoor cameras are one forty nine each and indoor are seventy nine
C: two outdoor one for the front one for the back
A: okay two outdoor at one forty nine each and cloud storage is ten a month
C: um do i need the cloud thing
A: without it you only get live view no recordings
C: ugh fine add the cloud
A: okay and professional install is ninety nine
C: no i can install them myself
A: no problem two outdoor cameras plus cloud storage i'll ship them tomorrow
C: okay but honestly it's annoying that everything's a monthly fee with you guys""", True, 308.00, "negative", "existing alarm is main; cameras 2 x 149 = 298 + cloud storage ten a month (once) = 308; install declined; annoyed"),
("FR8_099", "Philippa Dunn", "2026-11-30T16:30:40", "clean", """A: Thank you for calling Wildflower Events, Philippa speaking.
C: Hi, we'd like to rent the garden marquee for our party on the 12th.
A: Certainly, the marquee is $650 for the day. Tables and chairs for 40 guests are $4 per guest.
C: Yes, we need those for 40.
A: That's $160. Fairy lighting is $120.
C: Ooh, yes please.
A: And a dance floor is $300.
C: Let's not. Actually, you know what, yes, add the dance floor, it's my 50th!
A: Wonderful. Marquee with tables and chairs for 40, fairy lighting and dance floor, $1,230. Shall I confirm?
C: Yes, confirmed. You're a star, thank you!""", True, 580.00, "positive", "marquee main $650; tables/chairs 40 x 4 = 160 + lighting 120 + dance floor 300 (declined then accepted) = 580"),
("FR8_100", "Rashid Karimi", "2026-11-30T17:05:18", "asr", """A: thanks for calling mountain view internet rashid speaking
C: yeah hi i just want to know when my contract ends
A: let me check it ends on march fifteenth
C: okay and what happens after that
A: it goes month to month at the same price unless you renew we have a renewal offer now at five less a month
C: um no i'll just see what's out there in march
A: sure thing
C: alright thanks""", False, 0.00, "neutral", "inquiry; renewal declined"),
]
