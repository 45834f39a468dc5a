CALLS = [
("FR9_061", "Yvonne Castillo", "2026-11-18T08:11:57", "clean",
"""A: National Passport Service appointments, Yvonne speaking.
C: Hi, I need to renew my passport in person, I'm travelling on January 10th.
A: The in-person renewal fee is $130. The earliest slot is December 3rd at 9:40 at the Whitmore Street office.
C: I'll take that slot.
A: Would you like your documents returned by secure courier? It's $14.50, otherwise you collect them in person.
C: Yes, the courier, I can't take another morning off.
A: So December 3rd at 9:40, Whitmore Street, with courier return. Correct?
C: Yes, that's right.
A: Booked. Bring two photos and your old passport.
C: Will do. Thanks.""",
True, 14.50, "neutral",
"Passport appointment booked ('I'll take that slot', read-back confirmed). $130 is the service fee/main. Courier return $14.50 accepted -> 14.50. Neutral."),

("FR9_062", "Craig Dunmore", "2026-11-18T10:40:12", "asr",
"""A: hi connectone mobile craig speaking
C: hi i just want to pay my bill it's overdue by a couple of days
A: sure i can take that now it's forty one twenty
C: okay
A: and while i have you you could go unlimited for just an extra eight a month
C: no thanks
A: it's really good value you'd get
C: look i said no i just want to pay my bill i don't need a sales pitch every time i call
A: of course sorry let me take the card details
C: it's the card on file just use that
A: done the payment's gone through
C: right bye""",
False, 0.00, "negative",
"Bill payment is not a purchase; upgrade declined -> not a conversion, 0. Irritated at sales push -> negative."),

("FR9_063", "Anika Sharma", "2026-11-19T11:05:43", "clean",
"""A: Willowmere Spa Hotel, Anika speaking.
C: Hello, I'd like to book a room for Friday night, the 4th, for me and my partner.
A: Of course. A garden double is $210 for the night.
C: Lovely, please book that.
A: Would you like our spa package? Massages for two and full access. It's normally $120, but I can do it for $95 this weekend.
C: At $95, yes, absolutely.
A: And late checkout at 2pm is $30.
C: Oh, yes, add that too.
A: Great, so the room, the spa package and late checkout.
C: Actually, let's drop the late checkout, we have to be back by lunch anyway.
A: No problem, removed. The garden double and the spa package for two on the 4th.
C: Perfect. It's our anniversary and this sounds absolutely heavenly, thank you!""",
True, 95.00, "positive",
"Room booked (main $210). Spa package revised $120 -> $95, accepted -> 95; late checkout $30 accepted then retracted -> 0. Total 95.00. Delighted -> positive."),

("FR9_064", "Oluwaseun Adebayo", "2026-11-19T14:22:09", "asr",
"""A: hi this is seun at motionworks physio
C: hi i'd like to book an appointment with sarah for my knee
A: let me check yes thursday at three
C: yeah thursday at three is great
A: oh hang on sorry sarah's actually on leave thursday it hasn't been updated
C: oh no
A: but mark has thursday at three thirty he's also a knee specialist
C: um yeah okay mark's fine book me with him
A: done thursday three thirty with mark
C: lovely thanks for sorting that i really appreciate it""",
True, 0.00, "positive",
"First slot could not be honoured, but an alternative was booked and confirmed -> conversion. No add-on. Appreciative -> positive."),

("FR9_065", "Petra Novak", "2026-11-20T09:19:28", "clean",
"""A: Stride Footwear customer service, Petra speaking.
C: Hi. I ordered trainers in a size 8 and received a size 6. Again. This happened with my last order too.
A: I'm very sorry about that. I can send out the correct size today free of charge, with a return label for the wrong pair.
C: Yes, please send the 8s.
A: Done. They'll arrive within two working days.
C: Fine. I'm a bit disappointed, honestly. Twice in a row isn't great.
A: I understand, I've flagged it with the warehouse.
C: Okay.""",
False, 0.00, "negative",
"Free exchange of wrong item: 'yes, please send the 8s' is not a purchase -> not a conversion. Disappointment ('isn't great') -> negative."),

("FR9_066", "Jordan Ellis", "2026-11-20T15:46:50", "asr",
"""A: pipeline crm support jordan speaking
C: hey so we keep hitting the contact limit on our starter plan it's getting in the way
A: yeah starter caps at two thousand contacts the growth plan is unlimited it's an extra twelve a month per account
C: twelve more a month okay that's not bad at all
A: want me to switch you over now
C: yeah let's do it
A: done you're on growth the limit's gone
C: oh nice that was painless honestly you guys are great""",
True, 12.00, "positive",
"Upgrade of an existing plan ('extra twelve a month') accepted -> conversion (paid plan change), upsell 12.00 (decision: upgrade on top of the existing subscription counts). 'you guys are great' -> positive."),

("FR9_067", "Simone Laurent", "2026-11-23T10:31:04", "clean",
"""A: ClearView Auto Glass, Simone speaking.
C: Hi, I've got a crack across my windscreen and my insurer said to call you.
A: Sure. Under your policy there's a $95 excess, and we can replace it at your home on Wednesday.
C: Wednesday is fine.
A: While the technician is there, we can restore your cloudy headlights for $40.
C: They are pretty yellow. Okay, do that as well.
A: And a water-repellent coating for the new glass is $25.
C: No, that's enough.
A: So Wednesday, windscreen replacement plus headlight restoration. Right?
C: Right.
A: Booked.""",
True, 40.00, "neutral",
"Windscreen booking (main; $95 excess is a fee). Headlight restoration $40 accepted; coating declined -> 40.00. Neutral."),

("FR9_068", "Tariq Hussain", "2026-11-23T13:08:36", "asr",
"""A: hi golden hour photography this is tariq
C: hi we're getting married next september the twelfth and we're obsessed with your portfolio
A: oh thank you that's lovely to hear the full day package is two thousand four hundred
C: honestly your work is stunning it's exactly what we want
A: would you like me to pencil you in and send the contract
C: um i really want to but let me talk to my fiance first he's seeing the figures tonight
A: of course i can't hold the date without a deposit though
C: yeah understood i'll call you back tomorrow thank you so much""",
False, 0.00, "positive",
"Strong interest but 'let me talk to my fiance first' -> deferral, not a conversion. Praise ('stunning') -> positive."),

("FR9_069", "Gareth Evans", "2026-11-24T08:50:21", "clean",
"""A: Harvest Table Catering, Gareth speaking.
C: Hi, I need lunch for a team workshop on December 9th, 25 people.
A: Our working lunch is $18 per head: sandwiches, salads and fruit.
C: That works. Let's go with that.
A: Would you like to add a dessert platter? It's $4 per person.
C: Yes, for everyone.
A: And drinks, $2.50 per person?
C: No, we've got a water cooler.
A: So 25 working lunches plus dessert for 25, delivered at 12:15 on the 9th.
C: Yes, that's right.
A: Confirmed.""",
True, 100.00, "neutral",
"Main: 25 lunches ($450). Dessert $4 per person x 25 accepted -> 100.00; drinks declined. Neutral."),

("FR9_070", "Lena Fischer", "2026-11-24T12:17:15", "asr",
"""A: pawsure pet insurance lena speaking
C: hi we just got a puppy and i want to get him insured
A: congratulations what breed
C: a cockapoo he's twelve weeks
A: aw okay so lifetime cover for him would be twenty four a month
C: okay yeah let's do it
A: would you like dental cover as well it's six fifty a month extra
C: oh yes my last dog had terrible teeth add that
A: done cover starts tomorrow
C: amazing thank you that's such a weight off my mind""",
True, 6.50, "positive",
"Policy bought ('let's do it', main $24/month). Dental cover 'six fifty a month' accepted -> 6.50. Relief/thanks -> positive."),

("FR9_071", "Howard Pryce", "2026-11-25T10:56:48", "clean",
"""A: Corwen Gas, Howard speaking.
C: My direct debit just went up from $96 to $148 a month. Nobody asked me.
A: It's based on your usage over the last year and the new unit rate.
C: A 54% jump. That's outrageous.
A: I can offer a 12-month fixed tariff which would bring it to about $131.
C: I'm not signing anything today. I'll look at comparison sites first.
A: Understood.
C: Frankly I'm furious about how this was handled.""",
False, 0.00, "negative",
"Fixed tariff offered but refused/deferred ('not signing anything today') -> not a conversion. 'outrageous', 'furious' -> negative."),

("FR9_072", "Kirra Bennett", "2026-11-25T15:33:30", "asr",
"""A: hi ironside gym kirra speaking
C: hey i want to join i walked past the new place on queen street
A: amazing the monthly membership is twenty nine no contract
C: cool yeah i'll join
A: awesome and we have an intro deal on personal training three sessions at forty each to get you started
C: oh yes i need someone to show me what i'm doing put me down for the three
A: perfect that's the membership and three pt sessions first one monday
C: love it i'm so pumped thanks""",
True, 120.00, "positive",
"Membership joined ('i'll join', main $29). Three PT sessions at forty each accepted -> 120.00. Excited -> positive."),

("FR9_073", "Evelyn Marsh", "2026-11-26T09:14:42", "clean",
"""A: Unity Credit Union, Evelyn speaking.
C: Hi, I was charged a $35 overdraft fee, but my salary came in the same day.
A: Let me check. Yes, the deposit landed at 9:05am, and the fee was applied overnight.
C: So it overlapped?
A: It did. I've reversed the $35 fee; you'll see it back by tomorrow.
C: Oh, that's great. Thank you, I really appreciate you looking into it so quickly.""",
False, 0.00, "positive",
"Fee reversal only, no purchase -> not a conversion, 0. Genuine appreciation -> positive."),

("FR9_074", "Moses Kariuki", "2026-11-26T13:40:19", "asr",
"""A: horizon tours moses speaking
C: hi i'm looking at the three day highlands tour in march for me and my brother
A: sure we have two options the classic at four twenty per person or the small group at five ten per person
C: um the small group one
A: good choice and airport transfer is twenty two per person so forty four for both of you do you want that
C: yeah that makes sense do the transfer
A: okay small group highlands tour march fourteenth two people with airport transfer can i confirm that
C: yeah confirmed
A: booked i'll email the itinerary
C: okay""",
True, 44.00, "neutral",
"Tour booked by picking an option and confirming (main 2 x 510). Transfer 22 per person x 2 = 44, accepted -> 44.00. Neutral."),

("FR9_075", "Harriet Cole", "2026-11-27T11:02:33", "clean",
"""A: OfficePrint Solutions, Harriet speaking.
C: Hi, we're a law firm with 15 staff, looking at leasing a multifunction printer.
A: Our mid-range model is $89 a month on a 36-month lease, including servicing.
C: And toner?
A: Toner is included up to 3,000 pages a month.
C: I'm interested. Can you email me the details and the contract terms?
A: Sure, what's the address?
C: h.cole@colebriggs.law.
A: Sent shortly.
C: Thank you.""",
False, 0.00, "neutral",
"'I'm interested, can you email me the details' -> not a conversion. Neutral."),

("FR9_076", "Reza Tehrani", "2026-11-27T14:05:55", "asr",
"""A: thanks for calling flixly this is reza
C: yeah i cancelled my account in september and you've charged me twice since
A: let me look um i can see a cancellation request but it wasn't completed
C: what do you mean not completed i got a confirmation email
A: i'm sorry i'll refund both charges that's twenty five ninety eight
C: and make sure the account is actually closed this time
A: it's closed now
C: unbelievable two months of charging me for nothing i'm reporting this to my bank""",
False, 0.00, "negative",
"Refund of wrongful charges, no purchase -> not a conversion; refund not upsell. Angry -> negative."),

("FR9_077", "Gemma Rowe", "2026-11-30T10:28:10", "clean",
"""A: TopTier Roofing, Gemma speaking.
C: Hi, we've got a leak near the chimney after that storm. Could someone take a look?
A: Yes, the inspection and estimate are free. We have Thursday morning.
C: Thursday morning is great, please book it.
A: Done. While they're up there, we could clear the gutters too, it's $120 for a house your size.
C: Oh, the gutters are full of leaves. Yes, add that.
A: So Thursday morning: free roof inspection plus gutter clearing, $120.
C: Wonderful. You've been so helpful, thank you.""",
True, 120.00, "positive",
"Free inspection booked (main, unpriced). Gutter clearing $120 accepted -> 120.00. Thanks and praise -> positive."),

("FR9_078", "Ashok Pillai", "2026-11-30T12:49:37", "asr",
"""A: riverside leisure centre ashok speaking
C: hi i want to book my son into the beginners swimming lessons for january
A: sure let me check um the saturday nine am class
C: yeah that one please
A: oh i'm sorry it's just filled up the last place went this morning and the other classes are full too
C: you're kidding that's the third term in a row
A: i can put him on the waiting list
C: yeah put him on the list i suppose but honestly this is so frustrating every time""",
False, 0.00, "negative",
"Booking attempted but class full, only a (free) waiting list -> not a conversion. 'so frustrating' -> negative."),

("FR9_079", "Colette Marchand", "2026-11-30T14:36:02", "clean",
"""A: Birchwood Interiors, Colette speaking.
C: I'd like to order the Alder nightstands, two of them, in oak.
A: They're $240 each, $480 for the pair. Would you like the matching Alder lamp?
C: How much is the lamp?
A: $89.
C: Hmm, no, leave it. Just the two nightstands.
A: Two Alder nightstands in oak, $480, delivery in three weeks. Shall I place the order?
C: Yes, place it. Three weeks, though? The website said five days.
A: The website shows stock for walnut; oak is made to order.
C: Well, that's misleading. I'm not thrilled, but I'll wait.""",
True, 0.00, "negative",
"Order placed (main: two nightstands $480). Lamp price only asked about, declined -> 0. Ends 'misleading', 'not thrilled' -> negative."),

("FR9_080", "Dominic Grant", "2026-11-30T16:58:44", "asr",
"""A: hi ventra mobile dominic speaking
C: oh hello a real person finally fifty minutes on hold great stuff
A: i'm sorry about the wait how can i help
C: i want to add a line for my daughter she's starting secondary school
A: sure the kids plan is ten a month and we can add phone insurance for seven a month
C: yeah do the plan and the insurance she will definitely drop it
A: okay new line on the kids plan with insurance the sim will arrive in two days
C: right and maybe hire a few more people so i don't lose an hour next time""",
True, 7.00, "negative",
"New line bought (main $10/month). Insurance 'seven a month' accepted -> 7.00. Sarcasm about hold and sour ending -> negative."),
]
