CALLS = [
("FR38_021", "Lucia Ortiz", "2026-11-13T08:05:00", "asr", """A: skyward airlines reservations this is lucia
C: yeah i need to move my flight from the fifteenth to the seventeenth confirmation is x ray lima nine two
A: i can do that there's a change fee of seventy five dollars plus the fare difference of forty two
C: of course there is you guys charge for breathing
A: i'm sorry the only seats left on the seventeenth are middle seats unless you choose an extra legroom seat which is thirty nine dollars
C: i'm six four i'm not doing a middle seat for five hours
C: alright put it through with the legroom seat
A: okay the seventeenth at two ten p m seat eleven c extra legroom all processed
C: fine i'll get the email right
A: yes within a few minutes
C: yeah whatever thanks""", True, 39.0, "negative", "flight change committed; extra legroom $39 accepted; change fee and fare difference not upsell; resentful"),

("FR38_022", "Ben Carter", "2026-11-13T16:20:14", "clean", """A: Hi, this is Ben from Westgate Honda, following up on your visit Saturday.
C: Oh, hi. Yes, I drove the CR-V.
A: Great! We can do the EX trim at $349 a month for 36 months with $2,500 down. Shall I start the paperwork?
C: Honestly, Toyota offered me the RAV4 at $315 with less down, and their salesman actually answered my questions.
A: I could talk to my manager about the rate.
C: I appreciate it, but I think I'm going with them. The whole experience there was just better.
A: Understood. If anything changes, give me a call.
C: Will do. Thanks for following up.""", False, 0.0, "negative", "outbound; declines, praises competitor politely"),

("FR38_023", "Aisha Rahman", "2026-11-14T18:45:29", "asr", """A: tony's pizza pickup or delivery
C: delivery to eighty eight oak court apartment three
A: okay what can i get you
C: one large pepperoni and uh can you make it extra cheese
A: extra cheese is two fifty and do you want anything else we've got garlic knots six ninety nine an order
C: yeah two orders of garlic knots the kids destroy those
A: so one large pepperoni extra cheese and two garlic knots to eighty eight oak court apartment three
C: yep you got it how long
A: about thirty five minutes
C: awesome you guys are always so fast love it""", True, 16.48, "positive", "read-back confirmed; extra cheese 2.50 + 2 x 6.99 knots = 16.48"),

("FR38_024", "Kevin Doyle", "2026-11-14T09:35:41", "clean", """A: Pinecrest Insurance, Kevin speaking.
C: Hi, my auto policy renews on the 30th. I got the letter and wanted to go over it.
A: Sure. Your renewal premium is $612 for six months, up $18 from last term.
C: Okay, not too bad.
A: Would you also like to add roadside assistance for $24 per term?
C: No, I have AAA already.
A: Understood. Shall I lock in the renewal and keep autopay on your checking?
C: Yes, keep everything the way it is and renew it.
A: Done, you're renewed through May 30th.
C: Thanks.""", True, 0.0, "neutral", "renewal confirmed; roadside declined"),

("FR38_025", "Sofia Rossi", "2026-11-16T12:10:50", "asr", """A: lotus day spa this is sofia
C: hi i'd like to book a ninety minute massage with kira on saturday at eleven
A: okay let me enter that oh i'm sorry the booking didn't go through kira just got booked for that slot a minute ago
C: oh no seriously
A: i do have kira at one thirty the same day or marco at eleven
C: kira at one thirty is fine i really like her
A: perfect and would you like aromatherapy oils with that it's twenty dollars
C: ooh yes please
A: great saturday at one thirty ninety minutes with kira plus aromatherapy
C: yay thank you i've been looking forward to this all month""", True, 20.0, "positive", "first slot failed, alternative taken; aromatherapy $20"),

("FR38_026", "Marcus Lee", "2026-11-16T14:42:08", "clean", """A: Thanks for calling Ledgerly, Marcus speaking.
C: Hi. I'm comparing bookkeeping tools for a small bakery. What's your pricing?
A: The Essentials plan is $29 a month, Plus is $59, and Enterprise is custom.
C: What does Enterprise cost roughly?
A: It usually starts around $200 a month for multi-location businesses.
C: We only have one location. Can I sign up online for Essentials, or do I have to go through you?
A: Either way. I can set it up right now if you like.
C: No, I'll poke around the trial first. Is the trial 14 days?
A: 30 days, no card needed.
C: Okay, good to know. Thanks.""", False, 0.0, "neutral", "price questions and 'can I sign up online' only; no commitment"),

("FR38_027", "Hannah Berg", "2026-11-17T19:05:33", "asr", """A: metrovision retention this is hannah
C: hi i want to cancel my tv service i only watch stuff on my laptop now
A: i understand i can offer you the lite package at thirty nine a month for a year that's half what you pay now
C: no thanks i really don't need cable at all
A: what if i threw in the sports add on free for six months
C: i appreciate you trying but no please just cancel it
A: okay i've processed the cancellation effective the end of the month
C: and i return the box how
A: you can drop it at any ups store
C: okay honestly i've been paying for this for years for nothing so i'm glad it's done""", False, 0.0, "negative", "retention offers refused; cancels; polite but negative about the service"),

("FR38_028", "Omar Haddad", "2026-11-17T11:30:00", "clean", """A: The Willow Barn events, this is Omar.
C: Hi! My fiancé and I are looking at venues for next September. Could we come see the barn?
A: Absolutely, tours are free. I have this Sunday at 11 or at 2.
C: Sunday at 2 would be perfect.
A: Great, can I get names and a number?
C: Ella Moreno and Josh Kent, 555-0163.
A: Booked. Sunday at 2, I'll meet you at the main doors.
C: Oh, I'm so excited, we've been stalking your Instagram for months!
A: Ha, we'll see you Sunday.
C: Thank you, see you then!""", True, 0.0, "positive", "free venue tour booked; appointment counts as conversion; no upsell"),

("FR38_029", "Grace Kim", "2026-11-18T10:25:19", "asr", """A: fixit tech repair this is grace
C: hi my laptop screen has like a line through it the whole thing flickers
A: what model is it
C: it's a zenbook fourteen u x three four oh two
A: okay a screen replacement for that is two hundred forty nine parts and labor
C: yeah okay
C: hold on actually it might still be under warranty i bought it in like march
A: it could be covered if it's under a year
C: yeah let me check with asus first before i pay for anything
A: sure thing we're here if you need us
C: okay thanks""", False, 0.0, "neutral", "'yeah okay' then deferral to check warranty; no booking"),

("FR38_030", "Luis Mendez", "2026-11-18T15:48:44", "clean", """A: Harborview Hotel reservations, this is Luis.
C: Hi, I have a reservation for the 24th, two nights, under Kaplan. Can I add breakfast?
A: Of course. Breakfast is $18 per person per day. How many guests?
C: Two of us.
A: I can also offer late checkout on Sunday until 2 pm for $25.
C: Oh, yes, add both. Our flight isn't until evening.
A: Done. Breakfast for two and late checkout added to your reservation.
C: Lovely. Is parking still free?
A: Yes, for hotel guests.
C: Great, thanks so much, you've been really helpful.""", True, 61.0, "positive", "add-ons to an existing booking: breakfast 2 x $18 + late checkout $25 = 61"),

("FR38_031", "Nora Quinn", "2026-11-19T13:13:13", "asr", """A: hi this is nora at volt wireless store line how can i help
C: hey i'm picking up the pixel nine at the store tomorrow and want to add stuff to the order
A: sure i see the order what would you like
C: the clear case is it twenty nine ninety nine
A: yes twenty nine ninety nine and the glass screen protector is fourteen ninety nine
C: yeah throw both of those in
A: okay so pixel nine plus the clear case and the screen protector ready tomorrow at the main street store
C: mhm main street
A: all set
C: okay thanks""", True, 44.98, "neutral", "add-ons to earlier phone order: 29.99 + 14.99"),

("FR38_032", "Sam Patel", "2026-11-19T20:30:27", "clean", """A: Oakridge Veterinary, this is Sam.
C: Hi, my dog ate something in the yard and he's been throwing up since lunch. Can you see him today?
A: I'm sorry, we're fully booked for today and tomorrow morning. The earliest I have is tomorrow at 3.
C: Tomorrow at 3? He's throwing up every hour.
A: If it's urgent, I'd recommend the emergency clinic on Route 9.
C: So there's nothing you can do. I've been a client for six years.
A: I'm really sorry, the doctors are in surgery all evening.
C: Fine. I'll go to the emergency place. Unbelievable.""", False, 0.0, "negative", "no availability; customer goes elsewhere; angry"),

("FR38_033", "Maya Chen", "2026-11-20T17:02:38", "asr", """A: hi this is maya from green fork meals you left a few things in your cart last night
C: oh yeah i was on the fence
A: the three meal plan for two people is fifty nine ninety nine a week and your first box is half off
C: half off okay that helps
A: we also have a dessert add on eight dollars a week two desserts
C: ha my kids would kill me if i didn't
C: alright put me down for the three meal plan and the desserts
A: done first box ships thursday
C: nice i'm actually kind of excited to not think about dinner""", True, 8.0, "positive", "outbound; signs up for meal plan; dessert add-on $8/week counted once"),

("FR38_034", "Derek Olsen", "2026-11-20T09:58:12", "clean", """A: Granite Bank, Derek speaking.
C: Why was I charged a $35 overdraft fee? I transferred money that same morning.
A: Let me look. I see the transfer posted at 4:10 pm, after the debit cleared.
C: That's ridiculous, I did it at 8 am.
A: It was initiated at 8 but settled later. Since it's your first overdraft, I'm refunding the $35.
C: Oh. Okay, that's... thank you, actually.
A: Also, would you like paperless statements? It's free and it'll email you low-balance alerts.
C: Yes, set that up. That would've saved me here.
A: Done. Anything else?
C: No, that's great. Thanks for sorting it out so quickly, I really appreciate it.""", False, 0.0, "positive", "fee refunded; yes to free paperless statements is not a purchase; angry start, pleased end"),

("FR38_035", "Priya Nair", "2026-11-21T14:07:46", "asr", """A: nest and timber furniture this is priya
C: hi i want to order the arlo sofa in the sage green the eighty four inch
A: that's one thousand eight hundred ninety nine with free white glove delivery
C: okay let's do it
A: great can i get the delivery address
C: one oh four maple drive unit b
C: oh hang on my husband just texted he found one at the outlet for way less
C: sorry can you cancel that i don't want to order it after all
A: no problem i haven't placed it so nothing's been charged
C: okay sorry about that""", False, 0.0, "neutral", "commitment retracted before end; whole order cancelled"),

("FR38_036", "Tom Walsh", "2026-11-21T11:40:09", "clean", """A: Riverstage Box Office, Tom speaking.
C: Hi, two general admission tickets for the Hollow Pines show on December 5th, please.
A: Sure, GA is $55 each. For $40 more per ticket you can upgrade to VIP with early entry and the balcony lounge.
C: Balcony lounge? Okay, my girlfriend would love that, upgrade both.
A: Please confirm: two VIP tickets for Hollow Pines, December 5th, $95 each, $190 total.
C: You got it.
A: Booked. Tickets will be in your email.
C: Amazing, this is going to be a great surprise, thank you!""", True, 80.0, "positive", "VIP upgrade $40 x 2 = 80 on top of GA; read-back confirmed 'You got it'"),

("FR38_037", "Lucia Ortiz", "2026-11-23T16:33:21", "asr", """A: hi this is lucia with shieldpoint home security thanks for calling back
C: yeah so i looked at the quote the monitoring is fine but the installation is one ninety nine
A: right that covers the technician and the hardware setup
C: if you can waive the install i'll sign today
A: i wish i could i can't waive it but i can split it into three payments
C: no it's the principle the other company said free install
A: i understand i'm sorry
C: then i guess no it's kind of disappointing honestly i wanted to go with you
A: understood the quote stays valid for thirty days
C: okay bye""", False, 0.0, "negative", "conditional (waive install) not met; disappointed"),

("FR38_038", "Ben Carter", "2026-11-23T08:12:55", "clean", """A: Rapid Rooter, Ben speaking.
C: Hi, there's water all over my basement floor, I think it's coming from the water heater. I'm freaking out a bit.
A: Okay, first turn off the cold supply valve on top of the heater. I can get a plumber there today at 3.
C: Yes, 3 is fine. The address is 57 Walnut Street.
A: Got it. The service call is $95. Since he'll be there, would you like a full tank flush while he's at it? It's $79.
C: The heater is ten years old, so sure, do the flush.
A: Done, booked for 3 today with the flush.
C: Thank you so much, you calmed me right down. I really appreciate it.""", True, 79.0, "positive", "books visit; tank flush $79; service call is the main purchase; panicked to grateful"),

("FR38_039", "Aisha Rahman", "2026-11-24T12:49:03", "asr", """A: connectra internet this is aisha
C: hi my speeds are kind of slow with everyone working from home now
A: you're on the two hundred meg plan i can move you to five hundred meg for ten dollars more a month
C: and no contract
A: no contract and no install it switches over remotely
C: okay yeah let's switch me to the five hundred
A: alright that's done you might need to restart the modem
C: okay restarting now
A: you should see the new speeds within the hour
C: okay cool thanks""", True, 0.0, "neutral", "paid plan change is the main purchase, not an add-on -> upsell 0"),

("FR38_040", "Kevin Doyle", "2026-11-24T18:18:18", "clean", """A: Dash Car Rental, Kevin speaking.
C: Hi, I need an SUV at Denver airport from the 27th to the 30th. There'll be five of us plus ski gear.
A: Let me check... I'm sorry, SUVs are sold out for those dates. I have a compact or a midsize sedan.
C: Five people and skis in a sedan? No.
A: I could put you on a waitlist for an SUV.
C: I had a reservation with you last year and it was the same story. I'll try Hertz.
A: I'm sorry about that.
C: Yeah. Me too.""", False, 0.0, "negative", "sold out; alternative declined; no booking"),
]
