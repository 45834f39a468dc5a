CALLS = [
("FR30_061", "Grace Kim", "2026-11-26T09:00:31", "clean", """A: Canvasly sales, Grace speaking.
C: Hi, we'd like three seats on the Studio plan.
A: Studio is $24 per seat per month, so $72 a month for three. Shall I upgrade your workspace?
C: Yes, upgrade it.
A: Done. There's also the AI credits add-on, $20 a month for the whole workspace.
C: Yes to the credits, but can you make it $15?
A: I'm sorry, I can't discount that one. It's $20.
C: Okay, still yes.
A: Added at $20 a month.
C: Fine.""", True, 20.00, "neutral", "3 seats main; AI credits $20 accepted after failed haggle"),

("FR30_062", "Owen Hughes", "2026-11-26T11:45:19", "asr", """A: metro gas owen speaking
C: hi i'm moving into twenty two linden street on the first and i need gas turned on
A: sure i can start service on the first there's no deposit if you pass the credit check
C: okay
A: i'll need a photo id verified before i can activate would you like to do that now
C: um i don't have it on me can i just do the whole thing online
A: yes you can at metrogas dot com slash start
C: okay i'll do it online tonight then
A: sounds good we also offer boiler cover at twelve a month you can add online too
C: yeah maybe later thanks""", False, 0.0, "neutral", "no commitment on the call, will do online; boiler cover not accepted"),

("FR30_063", "Nadia Petrova", "2026-11-26T14:30:50", "clean", """A: ClearSight Optical, Nadia speaking.
C: Hi, I got my prescription emailed over. I'd like to order the tortoiseshell Harper frames, $240 with lenses.
A: Got it. I'll place that for you now?
C: Yes please.
A: Placed. Would you like anti-glare coating for $60, and blue-light filtering for $40?
C: Anti-glare, yes. Blue light... eh, yes too.
A: Both added.
C: Actually, what's the total now?
A: $340.
C: Hmm, drop the blue light. Just the anti-glare.
A: Blue light removed. Ready in about 10 days.
C: Great. You've been so patient with me, thank you!""", True, 60.00, "positive", "frames main; anti-glare $60 kept; blue light $40 retracted"),

("FR30_064", "Luis Romero", "2026-11-27T10:20:40", "asr", """A: thanks for calling live nation help luis speaking
C: hi i already have a general admission ticket for the foo fighters on the ninth and i want to upgrade it
A: sure there's the pit upgrade it's seventy five on top of your current ticket
C: seventy five okay yeah do it
A: done your ticket's upgraded to pit you'll get a new barcode by email
C: oh my god i'm so pumped this is the best news all week
A: enjoy the show
C: thank you thank you""", True, 75.00, "positive", "upgrade to earlier ticket $75 accepted"),

("FR30_065", "Maya Patel", "2026-11-27T13:05:05", "clean", """A: Northside Imaging, Maya speaking.
C: Hi, I need to cancel my MRI on Thursday the 3rd at 2:15. I'm so sorry, my mum's in hospital.
A: Oh, I'm sorry to hear that. I've cancelled it, no fee. Would you like to rebook now?
C: I honestly don't know my schedule. Can I call back when things settle?
A: Of course. Your referral is valid until March, so there's no rush.
C: That's a relief. I was worried I'd have to start over.
A: Not at all. Take care of your mum.
C: Thank you so much, you've been really kind.""", False, 0.0, "positive", "appointment cancelled, rebooking deferred; grateful"),

("FR30_066", "Derek Olsen", "2026-11-27T16:40:22", "asr", """A: northline mobile derek speaking
C: hi i'm thinking of adding my two kids to my plan
A: sure each extra line is twenty five a month so fifty for both
C: and they'd get the same data as me
A: yes unlimited with a parental control option
C: hmm okay that's not bad
A: shall i add both lines now
C: let me check with my wife first she wanted to look at prepaid
A: no problem i'll note the quote on the account
C: okay thanks""", False, 0.0, "neutral", "deferral to wife; 'not bad' mild but overall neutral"),

("FR30_067", "Priya Nair", "2026-11-28T09:12:57", "clean", """A: SunQuest Vacations, Priya speaking.
C: Hi, we want the 5-night Cancun package for two, departing January 14th. It's $2,150 total?
A: Yes, $2,150 for two including flights and hotel. Shall I book it?
C: Go ahead and book it.
A: Booked. Trip insurance is $89 per traveller.
C: Yes, for both of us.
A: Added. Airport transfers are $40 round trip.
C: Honestly, Expedia included transfers last year. Maybe, I'll decide closer to the date.
A: Of course.
C: I'll be honest, I expected more for this price. Expedia was a lot smoother.""", True, 178.00, "negative", "package main; insurance $89 x 2 = 178; transfers deferred; praises competitor"),

("FR30_068", "Tom Brennan", "2026-11-28T12:30:00", "asr", """A: sugar and crumb bakery tom speaking
C: hi i'd like to order the wedding cake we tasted last week the three tier lemon
A: lovely that's six hundred for three tiers shall i confirm it for the twelfth
C: yes confirm it
A: done delivery and setup at the venue is seventy five
C: yes we'll need that
A: and a fourth tier would be two hundred
C: hm if it's under one fifty i'd do it
A: i can do one fifty for you
C: okay then yes add the tier
A: four tiers with delivery and setup
C: oh this is going to look amazing thank you so much""", True, 225.00, "positive", "cake main; delivery/setup 75 + 4th tier revised 200->150 (condition met) = 225"),

("FR30_069", "Lucia Ortiz", "2026-11-28T15:15:45", "clean", """A: GreenBlade Lawn Care, Lucia speaking.
C: Hi, I'd like to sign up for your seasonal lawn care.
A: Great, that's $55 a visit, every two weeks. Shall I start you on the 5th?
C: Yes, start on the 5th.
A: Done. Would you like aeration, $95 one-time?
C: Sure, add the aeration.
A: Added.
C: Oh, hang on, my landlord just texted back. Lawn care is included in the lease. Please cancel all of it, sorry.
A: No problem, I've cancelled the service and the aeration.
C: Thanks, sorry to waste your time.""", False, 0.0, "neutral", "sign-up and aeration accepted, then whole order cancelled"),

("FR30_070", "Kwame Mensah", "2026-11-28T18:50:12", "asr", """A: first harbor bank kwame speaking
C: yeah i got hit with a thirty five dollar overdraft fee because your app showed the wrong balance
A: i'm sorry let me check um i can see a pending deposit posted late
C: so it's your mistake
A: i've reversed the fee for you
C: okay and what about the other one from tuesday
A: that one i can't reverse it was a separate transaction
C: of course you can't
A: i can set up overdraft alerts for free
C: no i'm not happy about this at all""", False, 0.0, "negative", "fee reversal and free alerts offer; no purchase; unhappy"),

("FR30_071", "Hannah Fischer", "2026-11-30T08:35:20", "clean", """A: NoteNest, Hannah speaking.
C: Hi, I want to cancel my Premium subscription. $14.99 a month is too much for what I use.
A: I understand. What about our Plus plan at $6.99 a month? It keeps sync and offline notes.
C: Does it keep my shared notebooks?
A: Yes, up to five.
C: Okay, I'll switch to Plus then.
A: Done. Would you like extra backup history for $3 a month?
C: No, Plus is enough.
A: Understood. The change takes effect on the 1st.
C: Okay, thanks.""", True, 0.0, "neutral", "retention: accepts cheaper Plus plan (conversion); backup $3 declined"),

("FR30_072", "Jordan Lee", "2026-11-30T11:11:48", "asr", """A: valley honda jordan speaking
C: hi it's rachel i test drove the crv yesterday i'm ready to go with the thirty four five price we agreed
A: great so the crv at thirty four thousand five hundred shall i draw up the paperwork
C: yes draw it up
A: perfect now the extended warranty is two thousand one hundred for seven years
C: no way
A: okay what about the paint and fabric protection four ninety five
C: ugh fine the paint protection but that's it
A: got it
C: you guys really push this stuff huh i'm kind of worn out by it""", True, 495.00, "negative", "car main ($34,500); warranty $2,100 declined; paint protection $495 accepted; feels pressured"),

("FR30_073", "Sofia Rossi", "2026-11-30T14:22:09", "clean", """A: Laugh Track Comedy Club, Sofia speaking.
C: Hi, I need six tickets for Saturday's 9 pm show.
A: Six general seats at $28 each, $168. Shall I book them?
C: Yes please.
A: Booked. You can upgrade to front-row tables for $20 more each.
C: Upgrade four of them. My parents want to sit further back, they hate being picked on.
A: Ha, four upgraded.
C: Perfect. We came last year and laughed all night, can't wait!""", True, 80.00, "positive", "6 tickets main; 4 upgrades x $20 = 80"),

("FR30_074", "Ben Carter", "2026-11-30T17:05:33", "asr", """A: hi this is ben from lifeline mutual you asked about term life cover
C: oh right yeah
A: for a twenty year term half a million cover it comes to thirty one a month
C: huh that's not bad actually
A: would you like me to start the application
C: i'm not ready yet we're still sorting out the mortgage
A: that's fine can i check back in a month
C: yeah call me back in a month
A: will do
C: okay bye""", False, 0.0, "neutral", "not ready; 'yes' only to callback; 'not bad' mild but neutral overall"),

("FR30_075", "Aisha Rahman", "2026-11-24T10:40:40", "clean", """A: ByteBay, Aisha speaking.
C: Hi, I want to order the Aero 14 laptop, model AX-1420, for my son.
A: $899, in stock. Shall I place the order?
C: Yes, place it.
A: Done. Would you like Microsoft Office for $99 and a padded sleeve for $29?
C: Yes to both.
A: Added.
C: Wait, his school gives him Office for free. Remove Office, keep the sleeve.
A: Office removed. Delivery Thursday.
C: Okay.""", True, 29.00, "neutral", "laptop main; Office $99 retracted; sleeve $29 kept; model number not price"),
("FR30_076", "Marco Silva", "2026-11-20T08:55:14", "asr", """A: shieldpro pest control marco speaking
C: yeah we had you out in august for mice and they're back
A: i'm sorry to hear that let me look at your file
C: we paid two hundred for that visit
A: i see it the best fix is our quarterly plan it's sixty nine a quarter and includes re treatments
C: fine sign us up something has to work
A: done and with mice i'd add rodent bait stations around the outside it's one fifty installed
C: okay put the bait stations in too
A: added first visit monday
C: this better actually work this time""", True, 150.00, "negative", "quarterly plan main; bait stations $150 accepted; earlier $200 visit not upsell; skeptical"),

("FR30_077", "Grace Kim", "2026-11-21T12:18:36", "clean", """A: Parkview Dental, Grace speaking.
C: Hi, I wanted a price for a dental implant consultation and the implant itself.
A: The consult is $150, and a single implant is usually $4,200 including the crown.
C: $4,200. The clinic on 5th Street quoted me $2,300.
A: Our implants come with a 10-year warranty.
C: Yes, I'm sure. Well, I'll think about it.
A: Would you like me to hold a consult slot?
C: No. Your prices are almost double, frankly.
A: Understood.
C: Thanks anyway.""", False, 0.0, "negative", "price questions only; 'I'll think about it'; polite but negative, praises cheaper competitor"),

("FR30_078", "Owen Hughes", "2026-11-21T17:27:03", "asr", """A: harbor view inn owen speaking
C: hi i'd like a room from the eleventh to the fourteenth three nights
A: oh i'm sorry we're fully booked those nights there's a conference in town
C: oh no i stayed with you last year i was really hoping
A: our sister property the bayside lodge has a king room at one forty nine a night
C: um i guess that'll have to do book the bayside then
A: booked three nights at the bayside parking there is twenty a night
C: yeah i'll need parking for the three nights
A: added
C: okay it's not what i wanted but fine""", True, 60.00, "negative", "first choice full; alternative hotel booked; parking $20 x 3 nights = 60; quietly disappointed"),

("FR30_079", "Nadia Petrova", "2026-11-22T13:33:44", "clean", """A: Northline Mobile, Nadia speaking.
C: Hi. My bill has a $9.99 "Cloud Plus" charge I never asked for.
A: Let me look. It was added on the 2nd.
C: I didn't add it. I'd remember paying for cloud storage I don't use.
A: I've removed it and refunded the $9.99.
C: And the month before? It's on that bill too.
A: I'm sorry, I can only refund the current cycle over the phone.
C: So I have to write in to get my own money back.
A: I can send you the form.
C: Send it. This is the kind of thing that makes people switch carriers.""", False, 0.0, "negative", "removing unwanted add-on and refund; no purchase; annoyed"),

("FR30_080", "Luis Romero", "2026-11-22T19:58:21", "asr", """A: petal and stem florist luis speaking
C: hi i'd like to send flowers to my mum for her birthday tomorrow
A: lovely our spring bouquet is fifty five with delivery to anywhere in town
C: that sounds perfect let's do it
A: great what's the address
C: eighty one willow lane
A: got it would you like a glass vase for fifteen and a box of chocolates for twelve ninety five
C: oh yes both she loves chocolate
A: both added delivered before noon tomorrow
C: you're a lifesaver thank you so much""", True, 27.95, "positive", "bouquet main; vase 15 + chocolates 12.95 = 27.95; address not price"),
]
