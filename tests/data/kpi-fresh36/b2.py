CALLS = [
("FR36_021", "Aisha Bello", "2026-11-13T10:30:12", "clean", """A: Ridgeway Toyota, this is Aisha in sales.
C: Hi, I test drove the certified 2023 RAV4 on Saturday, stock number 4471. Is it still there?
A: It is. We're at $27,400 as we discussed, plus tax and registration.
C: Okay. My credit union approved the loan. I'm ready to go ahead with it.
A: Great, I'll draw up the paperwork. Do you want all-weather floor mats? We have the WeatherTech set.
C: What do those run?
A: A full set, front and back, is $180.
C: We get a lot of mud out there. Fine, put the mats on it.
A: Mats added. Can you come in Thursday at 5 to sign?
C: Thursday at 5 works. See you then.""", True, 180.00, "neutral", "car purchase committed; mats set $180 accepted, price given a turn after the offer; stock number/year not prices"),

("FR36_022", "Kenji Sato", "2026-11-13T19:48:39", "asr", """A: nettide support this is kenji
C: hi um my internet keeps dropping every like ten minutes
A: sorry about that let me run a line test okay i see your modem rebooting a lot
C: yeah the lights go all orange
A: let's try a factory reset hold the little button on the back for thirty seconds
C: okay holding it uh okay it's coming back
A: give it two minutes
C: oh wow it's way faster than before
A: i pushed a firmware update too so it should stay stable
C: that's awesome thank you so much you saved my whole evening""", False, 0.0, "positive", "support fix, nothing bought; delighted"),

("FR36_023", "Laura Fischer", "2026-11-14T12:02:15", "clean", """A: Stridewell, Laura speaking.
C: I want to order the Cloudrunner 3 in a men's 10.5, gray.
A: We have it. That's $140. Would you like to add our performance socks, a 3-pack for $15?
C: No, I'm good on socks.
A: Sure. Standard shipping is free, 5 to 7 business days.
C: Five to seven. Last time it was three weeks. Honestly the other site ships these in two days.
A: I'm sorry about last time. I'll flag this order.
C: Just place it, I need them for a race.
A: Placed. You'll get a tracking email tonight.
C: We'll see. If it's late again I'm done ordering here.""", True, 0.0, "negative", "shoes ordered; socks declined; praising a competitor, irritated"),

("FR36_024", "Diego Ramos", "2026-11-14T08:12:41", "asr", """A: rapid rooter this is diego
C: hi yeah we've got water coming from under the kitchen sink
A: okay is it a steady drip or a lot
C: kind of steady i put a bucket under it
A: i can have a plumber there tomorrow at eight am the service call is ninety five
C: yeah please book that
A: you're on for eight tomorrow and while he's there we can flush the water heater too it's seventy nine
C: uh let me think about that one i'll ask him when he's here
A: sure thing what's the address
C: sixty two birch lane
A: got it see you tomorrow""", True, 0.0, "neutral", "plumber visit booked; water heater flush deferred -> 0"),

("FR36_025", "Hannah Olsen", "2026-11-15T15:20:07", "clean", """A: ShieldGuard, Hannah speaking.
C: Hi, my antivirus renewal is coming up and I want to make sure it goes through.
A: Sure, the annual renewal for 5 devices is $79.99. Shall I renew it now?
C: Yes, go ahead.
A: Renewed. We also have Secure VPN for $29.99 a year, which covers the same 5 devices.
C: Oh, I've been meaning to get a VPN for when I travel. Yes, add the VPN.
A: Added. And the password manager is $19.99 a year, if you're interested.
C: No, I use the one built into my browser.
A: No problem. So antivirus plus VPN, all set.
C: Lovely, that was quick. Thanks so much!""", True, 29.99, "positive", "renewal; VPN $29.99/yr accepted; password manager declined"),

("FR36_026", "Omar Haddad", "2026-11-15T17:33:50", "clean", """A: Coastline Cable retention, Omar speaking.
C: Hi, I'm calling to cancel my TV and internet.
A: I'm sorry to hear that. Could I ask why?
C: The price went up twice this year and the internet drops every evening.
A: I can offer you $30 off for 12 months and a free speed upgrade.
C: That's kind, and you've been nice, but I've already signed with Verizon. Their fiber has been better for my neighbours.
A: I understand. I've set the cancellation for the 30th. Please return the box at any store.
C: Okay. Honestly it's a shame, it used to be a good service.
A: I'll pass that along.
C: Thanks. Bye.""", False, 0.0, "negative", "save offer declined, cancellation; polite but negative, praises competitor"),

("FR36_027", "Sofia Rossi", "2026-11-16T18:55:23", "asr", """A: tony's pizza pickup or delivery
C: delivery please uh one large pepperoni
A: one large pepperoni that's sixteen ninety nine want to add garlic knots they're four ninety nine
C: hmm do you do sodas
A: yeah a two liter is three fifty
C: okay yeah both the knots and a two liter coke
A: large pepperoni garlic knots and a two liter coke address
C: eighty eight elm court apartment three
A: about forty minutes
C: okay""", True, 8.49, "neutral", "pizza ordered; knots 4.99 + soda 3.50 = 8.49 accepted in one answer; address not a price"),

("FR36_028", "Ben Walsh", "2026-11-17T09:40:34", "clean", """A: Motion Physiotherapy, this is Ben.
C: Hi, I need a follow-up for my knee. Dr. Alvarez referred me. Anything this week?
A: I'm sorry, we have nothing this week, we're short a therapist.
C: Oh. What's the soonest?
A: Monday the 23rd at 10:15 or Tuesday the 24th at 4.
C: Monday at 10:15, please.
A: You're booked, Monday the 23rd at 10:15 with Jess.
C: Not bad, that's sooner than I feared. Thanks.
A: See you then.
C: Bye now.""", True, 0.0, "positive", "first choice unavailable, alternative booked = conversion; 'not bad' mildly positive"),

("FR36_029", "Chloe Martin", "2026-11-17T13:15:02", "clean", """A: DevSummit registration, Chloe speaking.
C: Hi, I need three full passes for the Austin summit in February.
A: Full passes are $595 each. Shall I register three?
C: Yes. Names are coming by email.
A: Perfect, three passes registered. There's also a pre-conference Kubernetes workshop, $75 per person.
C: Let me think. Not all of us need that.
A: Sure.
C: Okay, two of us will do the workshop. Me and Raj.
A: Two workshop seats at $75 each, added.
C: Okay. Send the invoice to accounts payable.""", True, 150.00, "neutral", "3 passes main; workshop $75 x 2 = 150; quantity said separately from price"),

("FR36_030", "Ravi Menon", "2026-11-18T11:08:46", "asr", """A: hi this is ravi calling from northstar bank about your preapproved travel card
C: oh uh okay what's the deal with it
A: no annual fee the first year then ninety five and you get sixty thousand bonus points
C: hm sixty thousand points is what in dollars
A: roughly six hundred in travel
C: that's interesting can you email me the details
A: sure would you like me to start the application now
C: no i want to read the fine print first
A: okay i'll send that over today
C: okay thanks bye""", False, 0.0, "neutral", "interest without commitment; 'email me the details'"),

("FR36_031", "Elena Petrova", "2026-11-18T16:27:19", "clean", """A: Hearth & Home, Elena speaking.
C: Hi, I ordered the Marlow sofa last week, order 55102. I forgot to add the fabric protection.
A: Let me pull that up. Yes, the Marlow in oatmeal. Fabric protection for that is $99.
C: Yes, please add it. We have two dogs and a toddler.
A: Added to order 55102, it'll be treated before delivery.
C: Oh perfect. Is delivery still the 28th?
A: Still the 28th.
C: Wonderful. You've been so helpful both times, thank you.
A: My pleasure.""", True, 99.00, "positive", "add-on to an earlier purchase accepted in this call: conversion and $99 upsell; order number not a price"),

("FR36_032", "Marcus Reed", "2026-11-19T10:52:28", "clean", """A: Metro Gas, customer service, Marcus speaking.
C: My bill is $412. For a two-bedroom apartment. In November.
A: I see it was an estimated read. The meter hasn't been read in three months.
C: So you just invent a number?
A: It's based on past usage, but I can book a technician to take an actual reading at no cost.
C: Yes, send someone, obviously.
A: Friday between 8 and 12. Your bill will be adjusted after that.
C: I shouldn't have to take half a day off because you can't read a meter.
A: I understand your frustration.
C: No, I don't think you do.""", False, 0.0, "negative", "free meter reading scheduled is not a purchase; bill amount not a price; angry"),

("FR36_033", "Maria Lopez", "2026-11-20T14:35:45", "asr", """A: zoom rent a car this is maria
C: hi i need a car from denver airport december twentieth to the twenty fifth
A: i have a compact at forty two a day
C: okay book the compact
A: done for an extra twelve a day i can put you in an suv with all wheel drive
C: hmm no wait actually yes okay the suv we're bringing skis
A: great suv it is twelve a day more
C: and it has a ski rack
A: it does
C: awesome you just made my trip thanks""", True, 12.00, "positive", "rental booked; SUV upgrade $12/day accepted after hesitation; recurring price counts once"),

("FR36_034", "James Carter", "2026-11-20T19:03:31", "clean", """A: Vine & Barrel wine club, James speaking.
C: Hi, I'd like to join the club, the quarterly 6-bottle box.
A: Lovely, that's $129 a quarter. Shall I sign you up?
C: Yes, sign me up.
A: Done. Would you like to add our reserve bottle for $25 each shipment?
C: Sure, add the reserve.
A: Added. That comes to $154 a quarter.
C: Hang on... I just looked at my card statement. Actually, cancel the whole thing, I can't do this right now.
A: No problem, I've cancelled the membership and the add-on. Nothing will be charged.
C: Thanks. Maybe another time.""", False, 0.0, "neutral", "whole order cancelled at end, add-on with it -> no conversion, 0"),

("FR36_035", "Priya Nair", "2026-11-21T11:46:08", "clean", """A: Brightwave Mobile upgrades, Priya speaking.
C: I want the Pixel 10 on the 24-month installment. My old phone just died.
A: That's $33.29 a month for 24 months. Shall I place the order?
C: Yes, place it.
A: Done. Can I add a case for $30 and a screen protector for $20?
C: The case yes. The screen protector no.
A: Case added, $30.
C: And honestly, this is the last time. The coverage at my house is terrible, I have to stand by the window to make a call.
A: I'm sorry, I can file a coverage report.
C: You've filed three already. Nothing happens.""", True, 30.00, "negative", "phone ordered; case $30 accepted, screen protector declined; negative about coverage"),

("FR36_036", "Tom Becker", "2026-11-21T20:14:57", "asr", """A: dash eats support this is tom
C: yeah my order showed up forty five minutes late and completely cold
A: i'm really sorry about that can i get the order number
C: it's b seven two nine four
A: okay i've refunded the full order and added a five dollar credit
C: great five dollars i'm still hungry
A: i understand i can see the restaurant had a delay
C: that's not my problem you guys promised thirty minutes
A: again i'm sorry
C: whatever""", False, 0.0, "negative", "complaint; refund/credit not a purchase; sarcastic, unhappy"),

("FR36_037", "Aisha Bello", "2026-11-22T09:18:40", "clean", """A: Sparkle Home Cleaning, Aisha speaking.
C: Hi, we're moving out on the 30th and need a deep clean for the deposit.
A: For a 3-bedroom deep clean it's $220. I have the 29th at 9 am.
C: The 29th is perfect, go ahead and book it.
A: Booked. Landlords often check the fridge and oven. Inside-fridge and inside-oven cleaning are $25 each.
C: Oh, our landlord definitely will. Both, please.
A: Both added, so $50 on top.
C: Amazing, that's one less thing to stress about. Thank you!
A: You're welcome. We'll see you on the 29th.""", True, 50.00, "positive", "deep clean booked; two add-ons at $25 each = 50"),

("FR36_038", "Kenji Sato", "2026-11-22T15:49:11", "clean", """A: Guardian Auto Insurance, Kenji speaking.
C: Hi. I'm paying $110 a month with my current insurer. I'd switch if you could beat that.
A: Let me run the quote. For the same coverage, I can do $118 a month.
C: That's more, not less.
A: I can add roadside assistance at no charge, which your current plan doesn't have.
C: I don't really need it, I have AAA.
A: Understood. Would you like me to save the quote?
C: Sure, save it, but I'm staying where I am.
A: Okay, it's saved for 30 days.
C: Alright, thanks.""", False, 0.0, "neutral", "conditional not met; free roadside offer not a purchase; saved quote is not a commitment"),

("FR36_039", "Laura Fischer", "2026-11-23T12:25:33", "asr", """A: studio nine salon this is laura
C: hi i'd like a cut and color with jasmine on saturday
A: oh jasmine's fully booked saturday but marco has one thirty open
C: uh is marco good with color
A: he's our color specialist honestly
C: okay sure put me with marco at one thirty
A: done and would you like a deep conditioning treatment after the color it's fifteen
C: sure why not treat myself
A: great that's added
C: yay i'm so excited thank you""", True, 15.00, "positive", "stylist unavailable, alternative booked; conditioning $15 accepted"),

("FR36_040", "Diego Ramos", "2026-11-23T17:02:05", "clean", """A: NoteNest support, Diego speaking.
C: Your last update wiped three months of my notes. Three months. I use this for work.
A: I'm very sorry. Let me check the server backups.
C: Please tell me they're there.
A: I can restore up to October 30th. Anything after that wasn't backed up, unfortunately.
C: So I lost two weeks of client notes.
A: I'm so sorry. I can give you three months of Premium free as an apology.
C: A free subscription doesn't bring back my notes. Just restore what you can.
A: Restoring now.
C: I'll be looking for another app.""", False, 0.0, "negative", "support; free credit is not a purchase; angry, plans to leave"),
]
