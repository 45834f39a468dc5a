CALLS = [
("FR22_021", "Hannah Weiss", "2026-11-13T08:42:00", "clean", """A: Roadrunner Rentals, Hannah speaking.
C: I need a midsize car at the airport, pick up the 11th, return the 16th.
A: I have a Toyota Camry or similar for $48 a day, so $240 for the five days before taxes.
C: Fine.
A: Do you want GPS? It's $12 a day, $60 for the rental.
C: My phone does maps... actually, I'll be in the mountains with no signal. Yes, add it.
A: And our full coverage waiver is $29 a day.
C: No, my credit card covers that.
A: Okay, Camry class with GPS, pickup the 11th at 9 a.m. Confirm?
C: Confirmed.
A: You're booked, confirmation 7HX204.
C: Thanks.""",
 True, 60.00, "neutral", "rental booked via read-back; GPS accepted at stated $60 total; waiver declined"),

("FR22_022", "Tom Lindqvist", "2026-11-13T14:26:00", "asr", """A: comfort air heating and cooling this is tom
C: hi tom so the guy came out yesterday and gave us the quote for the new furnace and we wanna go ahead
A: great the carrier unit at four thousand two hundred installed correct
C: yes that one
A: perfect and did he mention the smart thermostat we can install it the same day for one ninety nine
C: he did actually and yeah let's add that my wife has been asking for one
A: so the furnace plus the thermostat at one ninety nine i can get you in next wednesday
C: wednesday is great
A: we'll arrive between eight and ten
C: awesome you guys have been great from the start really""",
 True, 199.00, "positive", "furnace install bought; thermostat 'one ninety nine' = 199 by context; praise"),

("FR22_023", "Aisha Karim", "2026-11-14T18:50:00", "clean", """A: Tony's Pizza, pickup or delivery?
C: Delivery. One large pepperoni and a medium veggie.
A: Okay. Large pepperoni $17.99, medium veggie $14.49. Want garlic knots with that? $6.50 for six.
C: Yeah, do the knots.
A: Anything to drink? Two-liter Coke is $3.
C: Sure, one Coke.
A: Address?
C: 1407 Alder Street, apartment 3B.
A: Got it. That'll be about 40 minutes.
C: Okay, thanks.""",
 True, 9.50, "neutral", "pizza order; knots $6.50 + Coke $3 = 9.50 (six = count, not price)"),

("FR22_024", "Jake Moreno", "2026-11-14T10:12:00", "asr", """A: coastal kayak tours jake speaking
C: hi we want to do the sunset tour on friday for three people
A: great the sunset paddle is sixty five per person i have room for three at five fifteen
C: perfect book us in
A: wonderful we also have a photo package where the guide takes pictures for you
C: how much is that
A: forty dollars for the group
C: mm we'll just bring our own phone in a dry bag i think
A: no problem you're all set for friday at five fifteen for three
C: awesome we're so excited thank you""",
 True, 0.0, "positive", "tour booked; photo package price only asked then declined"),

("FR22_025", "Leah Fischer", "2026-11-16T11:33:00", "clean", """A: ClearView Optical, this is Leah.
C: Hi. I've been waiting three weeks for someone to call me back about my prescription, so I'm just calling myself.
A: I'm sorry about that. I have your new prescription here. Do you want to order the frames you tried on?
C: Yes, the tortoiseshell ones, and let's get this over with.
A: Those are $189 with standard lenses. Anti-glare coating is $60 extra; it helps with night driving.
C: I drive at night a lot. Fine, add the anti-glare.
A: Done. They'll be ready in 7 to 10 days.
C: Let's hope it's 7 and not another 3 weeks.
A: I'll make sure you get a text the moment they're in.
C: Sure you will.""",
 True, 60.00, "negative", "glasses ordered; anti-glare $60 accepted; sarcastic, unresolved frustration"),

("FR22_026", "Omar Haddad", "2026-11-16T16:07:00", "asr", """A: two brothers moving this is omar
C: hi i got your estimate for moving a two bedroom on the twenty eighth
A: yes three movers and a truck nine hundred fifty for up to six hours
C: okay yeah let's book that
A: great do you want us to do the packing too that's three hundred and we bring all the boxes
C: uh does that include the kitchen stuff
A: yes everything including dishes
C: okay yeah do the packing too
A: alright the packing crew comes the twenty seventh and the move is the twenty eighth at eight am
C: okay sounds good""",
 True, 300.00, "neutral", "move booked; packing 300 accepted after a question"),

("FR22_027", "Grace Liu", "2026-11-17T09:21:00", "clean", """A: Hello, Bluewave Mobile, this is Grace.
C: Hi, I want to add a line for my son, he's turning 13.
A: Happy birthday to him! An extra line on your plan is $25 a month.
C: Great, let's add it.
A: Will he travel at all? Our international pass is normally $15 a month.
C: He visits his grandparents in Mexico every summer, actually.
A: In that case, since you're adding a line today I can give you the pass for $10 a month.
C: Oh nice, yes, add it for his line.
A: Done. His SIM will ship in 2 days. Phone number ends in 4471.
C: Perfect, thank you, that was quick and easy!""",
 True, 10.00, "positive", "new line added; international pass revised $15 -> $10 before acceptance"),

("FR22_028", "Ben Carter", "2026-11-17T19:45:00", "asr", """A: good evening grand theatre box office this is ben
C: hi i'd like two tickets for hamilton on the fifteenth the evening show
A: sure i have two together in the rear orchestra at eighty nine each
C: okay
A: i can also move you up to the front mezzanine center for thirty more per ticket
C: ooh how much more total
A: sixty more for the pair
C: you know what it's my wife's birthday let's do it upgrade us
A: lovely two front mezzanine seats for the fifteenth at seven thirty can you confirm the card ending in two two one nine
C: yes that's it
A: booked enjoy the show
C: thank you so much she's gonna love it""",
 True, 60.00, "positive", "tickets bought; seat upgrade 30 more per ticket x 2 = 60"),

("FR22_029", "Nina Petrova", "2026-11-18T12:03:00", "clean", """A: ApplianceHub, Nina speaking.
C: I want to order the LG front-load washer, model WM4000HWA.
A: Sure, that's $899 and it's in stock. Delivery is free. Do you need us to haul away the old washer? It's $25.
C: Yes, take the old one away.
A: We also have a stacking kit for $39 if you're putting a dryer on top.
C: No, they're side by side.
A: Okay. The washer with haul-away, delivered Tuesday between 12 and 4. Does that work?
C: That works.
A: Order placed.
C: Okay, thanks.""",
 True, 25.00, "neutral", "washer ordered; haul-away $25 accepted, stacking kit declined; model number not a price"),

("FR22_030", "Ravi Shah", "2026-11-18T15:39:00", "asr", """A: bluehorizon cruises this is ravi
C: hi i'm looking at the caribbean cruise in march the seven night one
A: yes out of miami on the eighth an inside cabin is one thousand forty per person
C: mhm and the drinks package
A: the beverage package is sixty five per person per day
C: wow okay
A: would you like me to reserve the cabin for you
C: um not yet can you email me the itinerary and the prices i wanna compare a couple of lines
A: sure what's the best email
C: it's r lopez at mailbox dot com
A: sent
C: okay thanks""",
 False, 0.0, "neutral", "interest only, asks for email to compare; drinks package only asked about"),

("FR22_031", "Chloe Dubois", "2026-11-19T10:47:00", "clean", """A: Hostly support and sales, Chloe here.
C: Hi, I'm setting up a site for my bakery and want the Business hosting plan with the domain sweetcrumbbakery.com.
A: Sure. Business hosting is $14.95 a month billed yearly, and the domain is free the first year. You can add domain privacy for $8.99 a year and a premium SSL certificate for $49 a year.
C: Does the plan not come with SSL?
A: It includes a basic one. The premium adds a warranty and the site seal.
C: I'll take the premium SSL, customers pay by card on the site. Skip the privacy.
A: So Business hosting, the domain, and premium SSL at $49. Shall I check out?
C: Yes, go ahead.
A: Done, your login details are in your inbox.
C: Okay, thanks.""",
 True, 49.00, "neutral", "hosting bought; of two add-ons only SSL $49 taken, privacy $8.99 skipped"),

("FR22_032", "Evan Brooks", "2026-11-19T17:14:00", "asr", """A: hi this is evan from riverside toyota following up on the rav four you drove saturday
C: oh hi yeah we talked it over and we're gonna take it
A: fantastic the blue xle at thirty four nine ninety as we discussed
C: yep that's the one
A: great now we also offer a paint and interior protection package usually four ninety five
C: hmm that seems like a lot
A: i can do three ninety five for you since you're buying this week
C: okay at three ninety five yeah sure add it
A: perfect i'll have the paperwork ready for thursday at five
C: thursday at five works we're really excited thank you evan""",
 True, 395.00, "positive", "outbound follow-up, car bought; protection revised 495 -> 395 and accepted"),

("FR22_033", "Priya Nair", "2026-11-20T09:31:00", "clean", """A: SafeHaven Security, Priya speaking.
C: I'm calling about a $75 false alarm fee on my bill. Your system went off by itself at 3 a.m. twice.
A: I'm sorry. I see two dispatches on the 4th and 9th.
C: We weren't even home the second time. The sensor on the back door is faulty, I've said so twice already.
A: I can send a technician to replace the sensor, and I can waive one of the fees.
C: One? Your equipment caused both.
A: I'm only able to waive one without a supervisor's approval; I've sent a request for the second.
C: This is ridiculous. I'm paying you to protect my house, not to fine me.
A: I understand. Would you like the technician visit?
C: Just email me when the supervisor decides. I'm done for today.""",
 False, 0.0, "negative", "fee complaint; waiver is not a sale; technician visit not accepted; angry"),

("FR22_034", "Marcus Bell", "2026-11-20T13:16:00", "asr", """A: maple street animal hospital marcus speaking
C: hi i need to book biscuit's annual checkup and her shots
A: sure i have thursday at eleven twenty or friday at four
C: friday at four please
A: okay biscuit friday at four would you like us to do a nail trim while she's here it's fifteen dollars
C: oh yes please she hates when i do it
A: ha most do she's all set for friday at four for exam vaccines and nail trim
C: thank you you guys are always so good with her
A: see you friday
C: bye""",
 True, 15.00, "positive", "vet appointment booked; nail trim $15 accepted; fond of clinic"),

("FR22_035", "Sofia Reyes", "2026-11-21T11:58:00", "clean", """A: Oak & Iron Furniture, Sofia here.
C: Hi Sofia, I'm ordering the Hollis farmhouse table, the 84-inch.
A: Love that table. It's $1,450. Did you want the matching Hollis chairs? They're $85 each.
C: How many fit around the 84-inch?
A: Six comfortably, eight if you squeeze.
C: Let's do six chairs.
A: Six chairs at $85 each. Would you like the bench too? It's $320.
C: No, six chairs is plenty.
A: All right, the table and six chairs. Confirm delivery to 77 Orchard Lane on the 20th?
C: Yes, that's correct. I can't wait to host Thanksgiving with it!
A: It'll arrive in time.
C: You're the best, thanks!""",
 True, 510.00, "positive", "table bought; 6 chairs x $85 = 510, bench $320 declined; 84-inch not a price"),

("FR22_036", "Daniel Okafor", "2026-11-21T08:09:00", "asr", """A: pine hollow golf club daniel speaking
C: hey can i get a tee time sunday morning for four
A: i have seven fifty or nine ten
C: nine ten
A: green fee is forty five per player walking or you can add a cart for twenty per player
C: yeah we'll take carts for all four
A: so four players at nine ten sunday with carts under what name
C: uh marino
A: you're set mister marino
C: cool thanks""",
 True, 80.00, "neutral", "tee time booked; cart 20 per player x 4 = 80; times not prices"),

("FR22_037", "Hannah Weiss", "2026-11-23T14:40:00", "clean", """A: PrintPro store, Hannah speaking.
C: I'd like to order the PixMax 300 inkjet. It's on your website for $129.
A: Yes, in stock. Would you like to enroll in our ink subscription? It's $4.99 a month and ships ink before you run out.
C: How many pages is that?
A: Up to 100 pages a month.
C: I print about that much. Okay, sign me up for the ink too.
A: So the PixMax 300 and the ink plan at $4.99 a month. Shall I submit the order?
C: Yes.
A: Done. You'll get a confirmation email.
C: Okay.""",
 True, 4.99, "neutral", "printer bought; ink subscription $4.99/month accepted, counted once"),

("FR22_038", "Tom Lindqvist", "2026-11-23T20:12:00", "asr", """A: palm shores resort reservations this is tom
C: hi i have a booking for the nineteenth three nights under carter and i wanted to see about upgrading
A: let me see yes you're in a garden view king i can move you to an ocean view king for thirty five more per night
C: so for three nights that's
A: a hundred and five extra in total
C: do it it's our honeymoon
A: congratulations you're now in an ocean view king for all three nights and i've added a bottle of champagne on us
C: oh wow thank you that's so sweet
A: enjoy your stay
C: we will thank you so much""",
 True, 105.00, "positive", "room upgrade on existing booking, 35/night x 3 = 105 stated total; free champagne not counted"),

("FR22_039", "Aisha Karim", "2026-11-24T10:34:00", "clean", """A: Good afternoon, this is Aisha from Granite Mutual calling about your auto policy renewal on the 1st.
C: Yes, I got the letter. The premium went up $140 for the year and I haven't had a claim in ten years.
A: I understand. Rates in your area went up across the board. Would you like to renew?
C: I'll renew, because I don't have time to shop around this month. But I'm not happy about it.
A: Noted. I can also add rental reimbursement for $3 a month.
C: No. I'm not adding anything.
A: Understood. Your policy renews on the 1st at the new premium. Anything else?
C: No. Frankly, it's disappointing after ten years as a customer.
A: I'll pass that along.
C: Fine. Goodbye.""",
 True, 0.0, "negative", "outbound renewal accepted grudgingly; $3 add-on declined; 'not happy', 'disappointing'"),

("FR22_040", "Jake Moreno", "2026-11-24T16:55:00", "asr", """A: homegoods direct jake speaking
C: yeah i ordered a desk and a chair two weeks ago and the delivery got pushed again to the thirtieth
A: i'm sorry let me look yes the desk is back ordered
C: you told me it was in stock when i ordered it and i even paid for the assembly add on
A: i can ship the chair now and the desk later
C: no just cancel the whole thing the desk the chair the assembly all of it
A: okay i can do that the refund of four hundred twelve will go back to your card in three to five days
C: fine i'll just buy it somewhere else
A: i'm sorry for the trouble
C: yeah me too""",
 False, 0.0, "negative", "earlier order cancelled in full incl. add-on; refund not revenue; angry"),
]
