CALLS = [
("FR71_001", "Marisol Vega", "2026-11-02T18:12:00", "clean",
"""A: Thanks for calling Napoli Brothers Pizza, this is Marisol. Pickup or delivery?
C: Delivery, please. To 88 Larkspur Court.
A: Got it. What can I get started for you?
C: Two large pepperoni, and one of them with extra cheese.
A: Sure thing. Would you like to add an order of garlic knots for $5.99? They come with marinara.
C: Yeah, go on, add the knots.
A: And a two-liter soda for $3.49?
C: No, we've got drinks here.
A: Okay. So that's two large pepperoni, one with extra cheese, and garlic knots. Your total comes to $41.47 with delivery. Does that sound right?
C: Yep, that's it.
A: Perfect, it's in. About 35 to 40 minutes.
C: Okay. Bye.""",
True, 5.99, "neutral", "garlic knots $5.99 accepted ('add the knots'), soda declined; read-back confirmed 'Yep, that's it'; flat tone"),

("FR71_002", "Derek Okafor", "2026-11-02T10:41:00", "asr",
"""A: bloom and stem florists this is derek how can i help
C: hi yeah um so it's my anniversary tomorrow and i completely forgot i need roses like a dozen red roses delivered
A: we can do that the classic dozen is sixty four ninety nine and that comes wrapped in paper
C: okay yeah that's fine
A: for twelve more i can put them in a glass vase so she doesn't have to find one
C: oh yeah do the vase definitely do the vase
A: and we have a little box of truffles for nine fifty if you want to add those
C: uh no she's on a diet don't tell her i said that
A: ha my lips are sealed so a dozen red roses in the glass vase delivered tomorrow to the address on file total seventy six ninety nine plus tax is that right
C: yep that's right
A: you're all set they'll go out on the morning van
C: man you're a lifesaver honestly thank you""",
True, 12.00, "positive", "vase 'for twelve more' accepted ('do the vase'), truffles nine fifty declined; read-back 'yep that's right'; 'you're a lifesaver'"),

("FR71_003", "Priya Raman", "2026-11-03T11:05:00", "clean",
"""A: Greenway Pharmacy, this is Priya speaking.
C: Hi, my dermatologist sent over a prescription for a cream, I wanted to know what it's going to cost before I come in.
A: Let me look that up. Can I have your date of birth?
C: March 4th, 1988.
A: Thank you. I see it here. Your insurance doesn't cover this one, so the cash price is $186 for the 60-gram tube.
C: A hundred and eighty-six dollars? For a tube of cream?
A: I know it's a lot. There's a discount card that could bring it to around $140.
C: That's still ridiculous. Honestly, that's insane.
A: I understand. Would you like me to hold it for you anyway?
C: No. I'll have to call my doctor and see if there's something cheaper.
A: Of course. We'll keep it on file in case.
C: Yeah. Okay.""",
False, 0.0, "negative", "only asked the price; 'No. I'll have to call my doctor'; 'That's still ridiculous'"),

("FR71_004", "Tomasz Kowalski", "2026-11-03T14:22:00", "asr",
"""A: pawsome supply this is tomasz
C: hey i want to put in an order for the forty pound bag of the salmon and rice dog food the grain free one
A: sure that's the northfield salmon right that one's fifty eight ninety nine
C: yep that's the one
A: we've also got the rope chew toys on sale right now six ninety nine each want to add some
C: um yeah how about three he destroys them in like a day
A: ha three rope toys got it
C: yeah
A: okay so one forty pound salmon and rice and three rope toys shipping is free over fifty so your total is seventy nine ninety six does that work
C: yeah that works go ahead
A: done it'll ship today
C: awesome you guys are always great thanks""",
True, 20.97, "positive", "rope toys six ninety nine each, 'how about three' = 20.97; 'yeah that works go ahead'; 'you guys are always great'"),

("FR71_005", "Janelle Brooks", "2026-11-04T19:48:00", "clean",
"""A: DashBite support, this is Janelle. How can I help?
C: My order just showed up and half of it is missing. No fries, no second drink.
A: I'm so sorry about that. Can I have the order number?
C: It's 55120. And this is the second time this month.
A: I see it. The fries and the lemonade weren't packed. I can refund $8.50 for those right now.
C: Fine, refund it.
A: Done, you'll see it in 3 to 5 business days. I can also add a $5 credit for next time.
C: Next time. Right. I honestly don't know why I keep using you guys.
A: I completely understand your frustration.
C: Whatever. Are we done?
A: Yes, the refund is processed. Again, I apologize.
C: Fine.""",
False, 0.0, "negative", "refund for missing items is not a purchase; 'I don't know why I keep using you guys', 'Whatever'"),

("FR71_006", "Hiroshi Tanaka", "2026-11-04T13:30:00", "asr",
"""A: homeline shop order desk this is hiroshi
C: hi i'd like to order the pro blend blender the silver one and the set of six tumbler glasses
A: okay the blender is one twenty nine and the tumblers are thirty four fifty for the set
C: yep
A: are these gifts we do gift wrap at four dollars per item
C: oh yeah they're for my sister's housewarming wrap both of them
A: okay both wrapped and for express two day shipping it's fifteen ninety five
C: um no standard's fine her party isn't till the twentieth
A: standard it is
C: oh wait actually can you switch the glasses to the smoke gray ones instead of clear
A: sure same price smoke gray tumblers so that's the blender the gray tumblers both gift wrapped standard shipping total one seventy one fifty
C: yeah that's right
A: great your order's placed
C: okay thanks""",
True, 8.00, "neutral", "gift wrap four dollars per item, 'wrap both of them' = 8.00; express declined; color swap no charge; 'yeah that's right'"),

("FR71_007", "Fatima Haddad", "2026-11-05T16:02:00", "clean",
"""A: Good afternoon, Olive and Thyme, this is Fatima.
C: Hi! I'd like to book a table for six this Saturday, around 7:30 if you have it.
A: Let me check. Yes, I have 7:30 on Saturday for six.
C: Oh good. It's my mom's 70th birthday.
A: How lovely. We have a tasting menu with wine pairing for $35 a person, if you'd like to set that up for the table.
C: Hmm, I don't know if everyone's drinking. We'll see on the night.
A: No problem at all. Can I have a name for the reservation?
C: Delgado.
A: So that's a table for six, Saturday at 7:30, under Delgado. Is that right?
C: Yes, that's right. Could you put a candle on her dessert?
A: Absolutely, I'll note it. You're all booked.
C: Perfect, she's going to love it. Thank you so much!""",
True, 0.0, "positive", "reservation read-back 'Yes, that's right'; wine pairing deferred 'We'll see on the night' = not accepted; 'she's going to love it'"),

("FR71_008", "Colin McBride", "2026-11-05T09:17:00", "asr",
"""A: careplus pharmacy home delivery this is colin
C: yeah hi i need to cancel the automatic refill delivery thing for my inhaler
A: okay can i get your name and date of birth
C: gary pruitt june second nineteen sixty
A: thanks gary i see the auto refill may i ask why you're cancelling
C: because you charged me for a refill i didn't need and nobody told me it was coming
A: i'm sorry about that i can waive the delivery fee for the next three months if you'd like to keep it
C: no i don't want it waived i want it gone
A: understood i've turned off the auto refill
C: and the charge
A: i've sent a refund request for that last one
C: fine this whole thing was a mess
A: again i apologize you're all set""",
False, 0.0, "negative", "cancellation, save offer refused 'no i don't want it waived i want it gone'; 'this whole thing was a mess'"),

("FR71_009", "Lucia Ferreira", "2026-11-06T15:44:00", "clean",
"""A: Reef and Fin Aquatics, Lucia speaking.
C: Hi. I've been trying to order the 20-gallon starter kit on your website for an hour and the checkout keeps crashing.
A: I'm sorry about that. I can take the order over the phone. That's the 20-gallon kit at $149.99?
C: Yes. Your website is honestly terrible.
A: I'll pass that on. For $24 more I can swap in the upgraded canister filter, it's a lot quieter.
C: Sure, why not. It's in the bedroom.
A: And a 100-watt heater is $29.99, most people need one.
C: Yes, add it. Actually, no, drop the heater, my brother has a spare one.
A: Okay, no heater. So the 20-gallon kit with the canister filter upgrade, $173.99. Shall I put that through?
C: Yes, go ahead.
A: Done, you'll get a confirmation email.
C: Okay. I shouldn't have had to call for this, though.""",
True, 24.00, "negative", "filter upgrade $24 accepted; heater accepted then retracted 'drop the heater'; 'website is honestly terrible', 'shouldn't have had to call'"),

("FR71_010", "Andre Dupont", "2026-11-06T10:26:00", "asr",
"""A: main street deli catering this is andre
C: hi um i'm trying to set up lunch for our office next friday about twenty people
A: sure our big sandwich platter serves ten so you'd want two of those at eighty nine each
C: okay that makes sense
A: and we do a cookie tray thirty two fifty that feeds twenty
C: yeah add the cookies people love cookies
A: we also have a fruit platter
C: how much is the fruit
A: forty five
C: oof no skip that
A: so two sandwich platters and the cookie tray for friday at noon want me to lock that in
C: um actually let me get the final headcount first some people might be out i'll call you back tomorrow
A: no problem i'll have it ready to go when you call
C: okay thanks""",
False, 0.0, "neutral", "closing question answered with deferral 'let me get the final headcount first ... call you back'; cookie tray never ordered"),

("FR71_011", "Keisha Howard", "2026-11-09T12:15:00", "clean",
"""A: Thread and Co. customer care, this is Keisha.
C: Hi, I placed an order last night for a wool sweater and I think I picked the wrong size.
A: No problem, let me pull it up. Order ending in 4471?
C: That's the one.
A: I see a medium in navy. It hasn't shipped yet, so I can change it.
C: Could you make it a large? And, if it's not a hassle, the forest green instead of navy.
A: The large in forest green is in stock, same price. I've updated it.
C: Oh, thank goodness. That was so easy.
A: Anything else I can do?
C: No, that's it. Thank you, you're a star.""",
False, 0.0, "positive", "size/color swap on an existing order at the same price: no new purchase; 'thank goodness', 'you're a star'"),

("FR71_012", "Nikolai Petrov", "2026-11-09T09:50:00", "asr",
"""A: sugar loaf bakery nikolai speaking
C: hi i wanted to order a birthday cake for this saturday a chocolate one for maybe fifteen people
A: okay the eight inch double layer chocolate is forty two dollars let me check saturday
C: sure
A: ah i'm sorry saturday is completely full we have three weddings that day
C: oh no really
A: i could do friday afternoon or sunday morning
C: the party's saturday at noon though friday it'd be a day old
A: it keeps fine in the fridge honestly
C: um no i don't think so i'll try somewhere else thanks anyway
A: okay sorry we couldn't help this time""",
False, 0.0, "neutral", "Saturday fully booked; alternatives declined 'no i don't think so i'll try somewhere else'"),

("FR71_013", "Sofia Lindqvist", "2026-11-10T14:08:00", "asr",
"""A: petal and vine this is sofia
C: hi i need to send a sympathy arrangement to a funeral home on thursday
A: i'm sorry for your loss we have a few options the white lily standing spray is one of our most requested
C: how much is that one
A: that's one twenty nine
C: oh hm i was hoping to stay under a hundred
A: the smaller peace basket is ninety five but it's a table arrangement not a standing one
C: i'd do the standing one if it were under a hundred honestly
A: i understand i can't go lower on that one unfortunately
C: okay let me look at your website tonight and i'll call back tomorrow
A: of course just ask for me
C: okay thank you""",
False, 0.0, "neutral", "conditional 'i'd do the standing one if it were under a hundred', then deferral 'i'll call back tomorrow'"),

("FR71_014", "Marcus Bell", "2026-11-10T18:35:00", "asr",
"""A: siam garden takeout this is marcus
C: hey can i get a pad thai with chicken and a green curry with tofu
A: sure thing want to add spring rolls they're five fifty an order
C: yeah
A: okay one order of spring rolls
C: actually make that two orders the kids fight over them
A: two orders you got it
C: oh and can you switch the green curry to red curry and no peanuts on anything my son's allergic
A: red curry tofu no peanuts on the whole order noted so pad thai chicken red curry tofu two spring rolls that's forty one fifty ready in twenty minutes
C: yep perfect
A: see you soon
C: thanks you guys are always so quick""",
True, 11.00, "positive", "spring rolls five fifty an order, 'make that two orders' = 11.00; curry swap no charge; 'yep perfect'; 'always so quick'"),

("FR71_015", "Aisha Mensah", "2026-11-11T10:12:00", "clean",
"""A: Corner Drug, pharmacy counter, Aisha speaking.
C: Hi, I wanted to get a flu shot this week. Do you take appointments?
A: We do. Let me see what's open. Unfortunately we're booked through Saturday, the first opening is next Tuesday at 10.
C: Next Tuesday? I was hoping for this week, I travel on Sunday.
A: I understand. Our Elm Street location might have something sooner.
C: Okay, I'll try them then.
A: Would you like me to put you on Tuesday just in case?
C: No, that's alright. I'll call Elm Street.
A: Sure. Their number is 555-0187.
C: Got it, thanks.""",
False, 0.0, "neutral", "offered Tuesday slot declined 'No, that's alright. I'll call Elm Street'"),

("FR71_016", "Ryan Gallagher", "2026-11-11T15:27:00", "asr",
"""A: brewhaus kitchen supply this is ryan
C: yeah hi i'm calling again about the verona dual boiler espresso machine is it back in stock
A: let me look um no i'm sorry it's still showing out of stock
C: this is the third time i've called about this
A: i understand we could put you on a backorder it's looking like mid january
C: mid january you said early november last time
A: i know the supplier pushed it back i'm sorry there's also the verona single boiler which is in stock
C: no i want that one specifically
A: would you like me to set up the backorder
C: no just email me when it's actually back i'm not paying for something that might show up in march
A: okay i've added you to the email alert
C: great thanks for nothing i guess""",
False, 0.0, "negative", "out of stock, backorder refused 'no just email me'; 'third time i've called', 'thanks for nothing'"),

("FR71_017", "Marisol Vega", "2026-11-12T11:40:00", "clean",
"""A: FreshCrate meal kits, this is Marisol. How can I help?
C: I want to cancel my subscription. It's just too expensive for us right now.
A: I'm sorry to hear that. Can I ask what plan you're on?
C: The four-meal family plan.
A: Before I cancel, I can offer 50% off your next two boxes. That brings each one down to $44.
C: Hm. And then it goes back to full price?
A: Yes, and you can cancel anytime before the third box.
C: Okay, fine. I'll stay for the two discounted boxes and see.
A: Great, I've applied the discount. Your next box ships Monday.
C: Okay.""",
True, 0.0, "neutral", "retention offer accepted 'I'll stay for the two discounted boxes'; discount is not upsell; flat"),

("FR71_018", "Derek Okafor", "2026-11-12T16:55:00", "asr",
"""A: pawsome supply derek speaking
C: hi i want to order two bags of the clumping cat litter and a case of the chicken pate
A: sure that's two litter at fourteen ninety nine and the case is thirty two forty two so sixty two forty with tax
C: yep go ahead the visa ending in eight two one one
A: okay let me run that hm it's coming back declined
C: what that's not possible try it again
A: i tried twice i'm sorry is there another card
C: try the mastercard ending in three three oh nine
A: that one's declined as well
C: seriously your system is always glitching this happened last time too
A: it's coming from the bank side i'm afraid i can hold the order for twenty four hours
C: no forget it i'll just figure it out
A: okay sorry about that""",
False, 0.0, "negative", "both cards declined, nothing bought, hold refused 'no forget it'; 'your system is always glitching'"),

("FR71_019", "Priya Raman", "2026-11-13T13:10:00", "clean",
"""A: Nest and Hearth home store, Priya speaking.
C: Hi, I'd like to order the brass arc floor lamp and two of the linen throw pillows.
A: Sure. The lamp is $89 and the pillows are $24 each. Which color for the pillows?
C: Oatmeal.
A: For the lamp we offer a two-year protection plan for $12. Would you like that?
C: Okay, sure, add it.
A: Added. Anything else?
C: Actually, take one of the pillows off, one is enough. And forget the protection plan, I never use those.
A: No problem. So that's the lamp and one oatmeal pillow, $113 plus shipping. Shall I place it?
C: Yes, please.
A: It's placed. You'll get a tracking number by email.
C: Thanks.""",
True, 0.0, "neutral", "protection plan $12 accepted then retracted 'forget the protection plan'; order placed 'Yes, please'"),

("FR71_020", "Tomasz Kowalski", "2026-11-13T19:20:00", "asr",
"""A: mama rosa's tomasz speaking sorry for the wait
C: twenty minutes i was on hold twenty minutes
A: i'm really sorry it's a crazy friday what can i get you
C: the family meal the lasagna one for four people
A: sure and because of the wait i'm going to upgrade you to the large family size no charge it's normally four dollars more
C: oh okay well that's nice
A: and i'll throw in a tiramisu on the house too
C: oh wow okay you didn't have to do that
A: so the large lasagna family meal and a tiramisu pickup in thirty minutes under
C: carla and yeah that's great
A: perfect carla we'll see you soon
C: thank you that actually made my night""",
True, 0.0, "positive", "order placed; large upgrade given free (normally four dollars) so no upsell; hold complaint turns to 'that actually made my night'"),
]
