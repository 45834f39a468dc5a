CALLS = [
("FR5_043", "Hugo Laurent", "2026-11-22T18:05:00", "clean", """
A: Le Petit Bistro, Hugo speaking.
C: Hi, is there any chance of a table for two tonight at 8?
A: I'm sorry, we're fully booked tonight. I have 9:45, or tomorrow at 8.
C: 9:45 is too late. Tomorrow at 8 then.
A: Tomorrow at 8 for two. Would you like to pre-order the tasting menu? It's $85 per person.
C: We'll decide when we're there.
A: Of course. Name please?
C: Moreau. Thanks.
""", True, 0.00, "neutral", "alternative slot chosen; tasting menu deferred"),
("FR5_044", "Sara Cohen", "2026-11-23T08:55:42", "asr", """
A: hi thanks for calling bright smile orthodontics this is sara
C: hi uh my daughter needs a consult for braces
A: sure the consult is free i have the third at four or the fifth at three thirty
C: um is there anything later on the fifth
A: only four forty five
C: uh hm none of those really work with her practice let me check her schedule and call you back
A: sure thing
C: okay thanks bye
""", False, 0.00, "neutral", "no slot chosen; call back"),
("FR5_045", "Maria Lopez", "2026-11-23T12:12:12", "asr", """
A: brightline mobile this is maria
C: hi i'm adding a line for my son he's getting his first phone
A: oh exciting a new line is twenty five a month and i'd recommend parental controls it's another five bucks a month
C: yeah yeah definitely the parent all controls
A: and do you want a case and screen protector bundle for thirty
C: uh what's in it
A: a rugged case and a glass protector
C: okay sure he's gonna drop it for sure yeah add it
A: so new line parental controls and the accessory bundle
C: yep that's all good
A: you're set the phone ships tomorrow
C: thanks maria you've been awesome really
""", True, 35.00, "positive", "new line main; controls 5 + bundle 30 = 35"),
("FR5_046", "James Carter", "2026-11-23T16:48:09", "clean", """
A: Summit Air, James speaking.
C: My flight SA 1207 was cancelled and nobody told me. I'm at the airport right now.
A: I'm very sorry. I can rebook you on the 6:40 pm flight at no cost.
C: That's four hours from now. Fine, do it.
A: Done. I've also added a $15 meal voucher.
C: A $15 voucher. Wow. That'll buy half a sandwich here.
A: I understand, I'm sorry for the trouble.
C: Yeah. Whatever.
""", False, 0.00, "negative", "free rebooking after cancellation (service, not sale); voucher not upsell; sarcasm"),
("FR5_047", "Priya Nair", "2026-11-24T10:01:55", "asr", """
A: harbor home insurance priya speaking
C: hi priya i got the email about my renewal the nine eighty five one
A: yes your home policy renews on december first at nine eighty five for the year
C: okay yeah that's fine go ahead and renew it
A: great and we now offer water backup coverage for sixty a year you had a basement right
C: yeah we do um sixty for the year okay yeah add that
A: done renewed with water backup added
C: perfect you guys have always been great thanks
""", True, 60.00, "positive", "renewal + water backup 60"),
("FR5_048", "Tom Becker", "2026-11-24T12:30:30", "asr", """
A: tony's pizzeria tom speaking
C: yeah i ordered like an hour ago and it's still not here
A: i'm so sorry what's the name on the order
C: jenkins order number uh two seventy three
A: okay i see it the driver got delayed i'll take off the delivery fee and it's two minutes away
C: okay
A: and i'll throw in a free order of garlic knots
C: oh that's actually really nice of you thanks
A: of course sorry again
C: no worries it happens
""", False, 0.00, "positive", "late delivery resolved; free knots; ends warm"),
("FR5_049", "Aisha Khan", "2026-11-24T14:40:02", "clean", """
A: Evergreen Dental, this is Aisha.
C: Hi, I had a filling on Monday and it still hurts when I bite down.
A: I'm sorry. Dr. Hall can adjust the bite at no charge. Can you come Wednesday at 11?
C: Yes, Wednesday at 11.
A: You're booked. While you're here, would you like teeth whitening? It's $250, 20% off this month.
C: No. I'd rather you just got the filling right the first time.
A: Okay, see you Wednesday.
C: Taking another morning off for this is really annoying.
""", True, 0.00, "negative", "new (free) follow-up appointment booked → true by spec; whitening declined; annoyed"),
("FR5_050", "Daniel Kim", "2026-11-24T17:17:17", "asr", """
A: clearview fiber this is daniel
C: hi um yeah you guys were here last week and the internet's been great since
A: glad to hear it
C: so i was wondering about the faster plan i work from home now
A: sure the gig plan is ninety five a month you're on the five hundred plan at seventy so it's twenty five more
C: and the static ip thing my work mentioned
A: that's ten a month
C: okay let's do the gig plan and the static ip
A: great switching you to gig with static ip today
C: nice that's awesome thanks daniel
""", True, 35.00, "positive", "upgrade difference 25 + static IP 10; 500 plan trap"),
("FR5_051", "Sofia Rossi", "2026-11-06T11:11:40", "asr", """
A: trattoria bella sofia speaking
C: hi i have a reservation for saturday at seven thirty under bianchi
A: yes i see it
C: um i need to cancel it my mom is sick
A: oh i'm so sorry to hear that i've cancelled it and refunded the celebration package
C: okay thank you
A: hope she feels better
C: thanks bye
""", False, 0.00, "neutral", "cancellation with refund; thanks routine"),
("FR5_052", "Kevin O'Brien", "2026-11-25T09:25:33", "clean", """
A: Northgate Auto Service, Kevin speaking.
C: Hi, it's me again about the check engine light. My husband says go ahead.
A: Great. I still have Friday at 10:30 for the $95 diagnostic.
C: Friday at 10:30 is perfect.
A: Would you like an oil change at the same time? It's $49.99, and you're 2,000 miles overdue.
C: Oh, are we? Yes, do the oil change too.
A: Both are booked for Friday at 10:30.
C: Great, thanks.
""", True, 49.99, "neutral", "follow-up of 008; oil change 49.99; miles trap"),
("FR5_053", "Lena Fischer", "2026-11-25T15:45:21", "asr", """
A: nordwave streaming lena speaking
C: hi um i saw you have the family plan now how does that work
A: it's up to four profiles for twenty two ninety nine a month
C: and can we watch at the same time
A: yes up to four screens
C: hmm nice okay and is there like a student discount
A: not at the moment
C: okay cool thanks for the info
""", False, 0.00, "neutral", "questions only"),
("FR5_054", "Marcus Bell", "2026-11-12T08:40:10", "asr", """
A: greenleaf lawn and garden marcus speaking
C: hey marcus it's dave i got your email
A: hey dave
C: yeah so let's go ahead with the aeration and the overseeding
A: awesome so aeration one twenty plus overseeding forty we have wednesday
C: wednesday's great
A: and we can also do a winterizer fertilizer normally sixty five but since we're already there fifty
C: uh fifty sure why not throw it in
A: great so aeration overseeding and winterizer wednesday morning
C: sounds good book it
A: you're all set
C: thanks man
""", True, 90.00, "neutral", "follow-up of 010; overseeding 40 + winterizer revised 50 = 90; aeration is main"),
("FR5_055", "Hannah Wright", "2026-11-26T13:00:59", "clean", """
A: Lumen Electronics, Hannah speaking.
C: My Aero 15 arrived with a dead pixel right in the middle of the screen.
A: I'm sorry! Since you have the protection plan, we'll swap it. I'll send a prepaid label and ship a new one today.
C: Today? Oh wow, okay.
A: Yes, it should arrive Friday.
C: That's much better than I expected. Thank you, really.
""", False, 0.00, "positive", "warranty replacement; follow-up of 011"),
("FR5_056", "Diego Alvarez", "2026-11-12T19:30:15", "asr", """
A: sunnyvale hotel diego speaking
C: hi it's um mister park again i called a while ago about the twentieth and twenty first
A: oh yes
C: yeah my sister's place fell through so can we book it after all
A: sure the king room is still open one sixty nine a night
C: great and the breakfast too
A: breakfast for two is twenty two a night so forty four for the two nights
C: yep
A: so king room the twentieth and twenty first with breakfast forty four total for the breakfast can i get the card
C: yeah same visa as before four four one two eight eight zero three expires oh nine twenty eight
A: thank you got it you're confirmed
C: cool thanks
""", True, 44.00, "neutral", "follow-up of 012; breakfast 22/night x 2 = 44 (agent states 44); card given; card digits/expiry traps"),
]
