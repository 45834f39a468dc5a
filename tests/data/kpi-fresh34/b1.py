CALLS = [
("FR34_001", "Maya Torres", "2026-11-02T09:14:22", "asr",
"""A: thank you for calling harbor view inn this is maya how can i help
C: hi yeah um we wanted to book a room for the long weekend the twentieth through the twenty third
C: so three nights two adults
A: okay i have a queen room with a water view at one eighty nine a night does that work
C: uh yeah that's fine go ahead and book it
A: perfect i've got you down would you like to add our breakfast buffet it's twenty two dollars per person per night
A: and we also have covered parking at fifteen a night
C: breakfast yes definitely skip the parking we're taking the train
A: got it breakfast for two for all three nights no parking
C: oh that's lovely thank you you've made this really easy
A: you're all set your confirmation is coming by email
""",
True, 132.0, "positive", "Room booked; breakfast $22 per person per night x2 people x3 nights accepted = 132, parking declined; pleased at end."),

("FR34_002", "Derek Olsen", "2026-11-02T11:40:05", "clean",
"""A: Northline Wireless, this is Derek. What can I do for you today?
C: Hi, I want to add a line for my daughter. She's starting high school.
A: Sure. A new line on your family plan is $25 a month. Want me to add it?
C: Yes, let's do that.
A: Done. For her phone, we have device protection at $12 a month, and an international pack for $10 a month.
C: What does the protection cover?
A: Cracked screens, loss, theft, with a $49 deductible.
C: Okay, the protection makes sense, she drops everything. The international thing she doesn't need.
A: Understood, protection only. The new line is active tonight.
C: Okay. Thanks.
""",
True, 12.0, "neutral", "New line added (main); device protection $12/month accepted, international pack declined; $49 deductible is a fee; neutral tone."),

("FR34_003", "Priya Nair", "2026-11-03T10:05:47", "asr",
"""A: good morning rosa's kitchen catering priya speaking
C: hi um i'm calling about the office party on the fourteenth we'll have about forty people
A: lovely for forty i'd suggest the mixed sandwich platters they're sixty five each and each one feeds ten
C: so four of those then
A: four platters yes and would you like dessert with that our dessert tray is forty five each
C: hmm how many does a tray do
A: about twenty people
C: okay then just two dessert trays and the four platters yeah let's do it
A: wonderful that's four platters and two dessert trays delivered to four ten market street at noon
C: perfect you guys did our holiday lunch last year and everyone loved it
""",
True, 90.0, "positive", "Platters are main; two dessert trays at $45 each = 90 accepted; 410 Market St and counts are not prices; positive."),

("FR34_004", "Luis Ortega", "2026-11-03T14:22:10", "clean",
"""A: Westside Auto Care, Luis speaking.
C: Hi, I need to bring my Civic in for an oil change. Do you have anything Thursday?
A: I've got 8:30 or 1:15 on Thursday. The synthetic oil change is $69.99.
C: 8:30 works. Book it.
A: Booked for 8:30. While it's here, do you want a tire rotation? It's $25.
C: Sure, throw that in.
A: Okay, oil change plus rotation.
C: Actually, wait, scratch the rotation. I have to be at work by ten and I don't want it to run long.
A: No problem, just the oil change then. It takes about forty minutes.
C: Okay. See you Thursday.
""",
True, 0.0, "neutral", "Oil change booked; tire rotation accepted then retracted by name -> upsell 0; neutral."),

("FR34_005", "Hannah Brooks", "2026-11-04T16:48:31", "asr",
"""A: hi this is hannah from clearpath software returning your request for a demo
C: oh right yeah hi we're looking at your project tool for our team
A: great how many seats are you thinking
C: um maybe twelve maybe fifteen depends on hiring
A: the team plan is eighteen dollars a seat per month and a lot of teams add the extra storage pack that's forty a month for a terabyte
C: yeah the storage would probably be useful we have a lot of design files
A: so should i set up the team plan with the storage pack today
C: uh not today i need to run the numbers by my manager she signs off on anything over a grand
A: totally fair i'll send over a quote
C: sounds good thanks
""",
False, 0.0, "neutral", "Add-on discussed before main purchase settled; customer defers to manager -> no conversion, no upsell; neutral."),

("FR34_006", "Tomasz Nowak", "2026-11-04T19:02:58", "clean",
"""A: SkyJet Airlines, this is Tomasz. How can I help?
C: My flight to Denver got cancelled AGAIN. Third time this year. I've been on hold for fifty minutes.
A: I'm sorry about that. I can move you and your husband to the 6:40 pm flight tomorrow.
C: Fine. Put us on it. What choice do I have.
A: There's a $75 change fee I'm unable to waive, unfortunately.
C: Unbelievable. You cancel and I pay.
A: I understand. I can also offer extra legroom seats on that flight, $39 each.
C: Yes, give us both extra legroom. At least my knees shouldn't suffer for your scheduling.
A: Done, two extra legroom seats, rows 12 A and B. You're confirmed.
C: This whole thing has been a nightmare. I'm flying someone else next time.
""",
True, 78.0, "negative", "Rebooking accepted; extra legroom $39 each x2 = 78; change fee excluded; angry throughout."),

("FR34_007", "Aisha Bello", "2026-11-05T12:31:44", "asr",
"""A: thanks for calling oakline furniture this is aisha
C: hi i was in the store saturday looking at the harlow sofa the grey one
A: oh yes the harlow is on sale right now at eleven ninety nine
C: yeah that's the one i think i want it
A: great would you like to order it today
C: yes let's do it
A: lovely we also offer fabric protection for ninety nine and white glove delivery with setup for one forty nine
C: the protection yeah i have two dogs the delivery no we'll carry it in ourselves my brother has a truck
A: got it sofa plus fabric protection pickup at the warehouse on route nine
C: awesome honestly the guy in the store was super helpful too
""",
True, 99.0, "positive", "Sofa is main purchase; fabric protection $99 kept, white glove delivery $149 refused in same sentence; positive."),

("FR34_008", "Kevin Tran", "2026-11-05T15:10:03", "clean",
"""A: Guardwell Insurance, Kevin speaking.
C: Hi, my auto policy renews next week and I got the letter. I want to renew.
A: Sure, I can do that now. The six-month premium comes to $642.
C: Okay.
A: I'd also suggest roadside assistance for $8 a month, and rental reimbursement at $5 a month.
C: I don't have either right now?
A: Correct, neither is on the current policy.
C: Alright, add both. My car's getting old.
A: Renewal processed with roadside and rental reimbursement added.
C: Okay, thanks.
""",
True, 13.0, "neutral", "Renewal is main; roadside $8/mo + rental reimbursement $5/mo both accepted = 13 (recurring counted once); neutral."),

("FR34_009", "Sofia Russo", "2026-11-06T08:47:19", "asr",
"""A: bright river energy this is sofia how can i help
C: yeah my bill is two hundred and ten dollars this month for a one bedroom apartment
A: let me pull that up i see a meter reading of uh fourteen hundred kilowatt hours
C: that's impossible i was away for half the month
A: i can request a meter recheck at no cost
C: yes please do that
A: done and while i have you we have a surge protection plan for nine ninety nine a month
C: oh wonderful you overcharge me and now you want to sell me something brilliant
A: i understand i'll just note the recheck then
C: yeah you do that
""",
False, 0.0, "negative", "Billing complaint; free meter recheck is not a purchase; surge plan refused sarcastically; negative."),

("FR34_010", "Marcus Webb", "2026-11-06T17:55:36", "clean",
"""A: Riverside Arena box office, Marcus speaking.
C: Hi! I want two tickets for the Lumen concert on Friday the 20th.
A: I'm sorry, Friday is completely sold out. Saturday the 21st still has seats in section 104 at $85 each.
C: Oh no. Hmm. Saturday could work, my sister's free then too.
A: Want me to hold two for Saturday?
C: Yes, two for Saturday, section 104.
A: Done. We also have VIP parking right next to the gate for $30.
C: Ooh, yes please, the regular lot was a mess last time.
A: Two tickets for Saturday plus VIP parking, $200 total. Confirmed.
C: Amazing, thank you! I'm so excited.
""",
True, 30.0, "positive", "Friday sold out, Saturday alternative taken (conversion); VIP parking $30 accepted; excited."),

("FR34_011", "Naomi Fischer", "2026-11-09T13:20:50", "asr",
"""A: ironworks fitness naomi speaking
C: hi i want to cancel my membership
A: i'm sorry to hear that can i ask why
C: the place has gone downhill half the machines are broken and the showers are cold
A: i hear you what if i dropped you from fifty nine to thirty nine a month for the next year
C: um
C: fine i'll stay at thirty nine but i'm not thrilled
A: okay done and since you're staying we have a personal training bundle four sessions for one sixty
C: no don't push it i'm barely staying as it is
A: understood just the reduced rate then
C: yeah whatever bye
""",
True, 0.0, "negative", "Retention offer accepted (conversion); training bundle $160 declined; customer unhappy throughout."),

("FR34_012", "Raj Patel", "2026-11-09T10:02:14", "clean",
"""A: Comfort Zone Heating and Air, this is Raj.
C: Hi, I'd like to schedule a furnace tune-up before it gets cold.
A: Sure, the tune-up is $89. How about Tuesday the 17th, between 9 and 11?
C: Tuesday works.
A: Great. How many units do you have?
C: Two, one upstairs and one in the basement.
A: The tune-up price covers both. Would you like new filters? They're $35 each.
C: Yes, do both filters.
A: Will do. We're also running a duct cleaning special at $299.
C: Not this year. But honestly, you guys were great last time, the tech even cleaned up after himself.
A: Glad to hear it! Tune-up plus two filters, Tuesday the 17th.
""",
True, 70.0, "positive", "Tune-up booked; two filters at $35 each = 70; duct cleaning declined; praise."),

("FR34_013", "Elena Petrova", "2026-11-10T11:11:11", "asr",
"""A: happy paws grooming elena speaking
C: hi i need to book a bath and haircut for my schnauzer his name's biscuit
A: sure i have wednesday at ten or friday at two
C: friday at two
A: okay that's fifty five for the bath and cut do you want to add a nail trim for fifteen or teeth brushing for ten
C: nail trim sure teeth no he bites
A: ha okay nail trim only so biscuit friday at two
C: yep that's right
A: see you then
C: okay bye
""",
True, 15.0, "neutral", "Grooming booked; nail trim $15 kept, teeth brushing $10 refused in same sentence; neutral."),

("FR34_014", "Jordan Hayes", "2026-11-10T14:36:27", "clean",
"""A: First Lakes Bank, Jordan speaking. How can I help?
C: Hi, I'd like to open a checking account. I just moved here.
A: Welcome! Our Everyday Checking has no monthly fee with direct deposit. Shall I open it for you now?
C: Yes, please.
A: Great. I'll need your address.
C: It's 2217 Pine Hollow Road, apartment 3.
A: Thank you. Overdraft protection is free, I'll turn that on. We also have the Platinum debit card at $5 a month with travel perks.
C: No, the regular card is fine.
A: No problem. Your account is open and the card will arrive in 7 to 10 days.
C: Okay, thank you.
""",
True, 0.0, "neutral", "Account opened (sign-up); free overdraft protection is not a paid add-on; $5/mo card declined; address not a price; neutral."),

("FR34_015", "Grace Kim", "2026-11-11T18:09:40", "asr",
"""A: hi you've reached tuscan trails tours this is grace
C: hi my wife and i are thinking about the five day florence tour in may
A: oh wonderful that one is twenty one hundred per person
C: okay and i saw there's a wine tasting day
A: yes the chianti day is an add on at one fifty per person it's honestly the highlight
C: that sounds wonderful honestly the whole thing sounds amazing
A: shall i put you both down with the wine day
C: let me check with my wife first she's the planner i'm just the guy who carries the bags
A: ha of course i'll email you the details
C: perfect thank you grace you've been lovely
""",
False, 0.0, "positive", "Tour and wine add-on discussed; customer defers to wife -> no conversion; warm and enthusiastic."),

("FR34_016", "Omar Haddad", "2026-11-11T09:27:03", "clean",
"""A: TechHaven orders, Omar speaking.
C: Hi, I want to order the Vexa 14 laptop, model VX14-2026, the one with 16 gigs.
A: Sure, that's $1,099. Shall I place the order?
C: Go ahead.
A: Done. Would you like the 3-year extended warranty? It's normally $199.
C: That's a lot.
A: I can do it for $149 today since you're ordering the laptop.
C: Okay, at $149 I'll take it. And add a wireless mouse if you have one.
A: The Vexa mouse is $29.99.
C: That's fine.
A: Laptop, warranty at $149 and the mouse. Shipping to the address on file.
C: Okay.
""",
True, 178.99, "neutral", "Laptop main; warranty revised $199->$149 accepted + mouse $29.99 = 178.99; model number not a price; neutral."),

("FR34_017", "Maya Torres", "2026-11-12T16:15:52", "asr",
"""A: hi is this mister delgado this is maya from swiftlink internet
C: uh yeah this is him
A: i'm calling because your area just got our gig fiber upgrade you're on the three hundred meg plan now
C: okay
A: the gig plan is just fifteen more a month than what you pay now
C: hm fifteen more a month and it's actually faster not just on paper
A: yes over three times faster on wired
C: you know what sure let's do it my kids are always streaming
A: great i've upgraded you it'll be live by tomorrow morning
C: nice thanks maya that's actually a good call you made
""",
True, 15.0, "positive", "Outbound upgrade on existing service accepted at +$15/month -> upsell 15 (decision: upgrade on earlier purchase counts); positive."),

("FR34_018", "Derek Olsen", "2026-11-12T08:33:09", "clean",
"""A: Brightsmile Dental, this is Derek.
C: Hi, I need a cleaning. I haven't been in for a while.
A: Let me look. The first opening with Dr. Shah is January 14th.
C: January? It's November. That's ridiculous.
A: I'm sorry, we're fully booked through the holidays. I can put you on the cancellation list.
C: Sure, put me on the list, whatever.
A: Done. And when you do come in, we offer whitening for $120 as an add-on.
C: I'm not thinking about whitening when I can't even get a cleaning.
A: Understood. We'll call if something opens up.
C: Yeah. I'll probably just find another dentist.
""",
False, 0.0, "negative", "No availability, nothing booked (waitlist is not a booking); whitening declined; negative."),

("FR34_019", "Priya Nair", "2026-11-13T12:44:38", "asr",
"""A: zoom car rentals priya speaking thanks for holding
C: finally i've been on hold for like twenty minutes
A: i'm so sorry about that how can i help
C: i need a minivan from the airport picking up on the fifth returning on the tenth
A: okay five days i have a dodge grand caravan at sixty four a day
C: fine book that
A: done would you like gps for ten dollars a day or a child seat at twelve a day
C: the child seat yes we have a toddler we've got maps on our phones so no gps
A: got it child seat for all five days
C: okay great you actually sorted that fast thank you so much priya
""",
True, 60.0, "positive", "Minivan booked; child seat $12/day x5 days = 60 accepted, GPS declined; frustrated start, thankful end."),

("FR34_020", "Luis Ortega", "2026-11-13T20:05:17", "clean",
"""A: StreamNest, this is Luis. How can I help?
C: My account lapsed and I want to restart it. And before you ask, yes, I saw you raised prices again.
A: I understand. The Basic plan is $9.99 a month. Want me to restart that?
C: Yes, restart Basic.
A: Done. For $6 more a month you could get Premium with 4K and no ads.
C: Fine, add Premium.
A: Upgrading now.
C: Actually, no. Just the basic. I'm not giving you people more money after the last hike.
A: Okay, Basic only, no Premium.
C: Whatever. You people keep squeezing.
""",
True, 0.0, "negative", "Basic restarted (conversion); Premium upgrade accepted then retracted -> 0; negative."),
]
