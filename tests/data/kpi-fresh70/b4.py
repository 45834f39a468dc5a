CALLS = [
(
"FR70_061", "Samuel Achebe", "2026-11-26T13:11:58", "asr",
"""A: lakeside parts counter samuel
C: hi i need headlight bulbs for a twenty sixteen crosstrek the low beams
A: sure the h eleven bulbs are forty for the pair
C: okay yeah i'll take the pair
A: got it and while you're here a lot of people swap wipers before winter the crosstrek blades are twenty four for the set
C: oh yeah mine are streaking like crazy why not throw in the wipers
A: okay bulbs and wipers
C: wait are those the right length the passenger one is shorter
A: yep the set is twenty six and sixteen inch made for your car
C: okay perfect then i'll grab both when i come in
A: they'll be at the counter
C: sweet thanks you guys are always super helpful""",
True, 24.00, "positive",
"'i'll take the pair' (bulbs main); 'why not throw in the wipers' twenty four, kept after the size check -> 24; 'always super helpful'."),

(
"FR70_062", "Lorena Castillo", "2026-11-26T15:36:20", "clean",
"""A: Bluebird Moving dispatch, Lorena speaking.
C: Hi, this is Carla Jensen. Your driver just called and said our delivery is going to be two more days late.
A: I'm so sorry, the truck had a mechanical issue in Kansas. We can redeliver Thursday.
C: Thursday. Oh, wonderful. And now I'm told there's a rescheduling fee for the new window?
A: That shouldn't apply. I'll waive it, of course.
C: How generous of you to waive a fee for your own broken truck.
A: I understand you're upset. Would you like me to book the Thursday window?
C: No. I'm hiring a local company to pick up our things from your warehouse and I'll send you the bill.
A: I'll need to get a supervisor to approve a release.
C: Then get one. I'm done waiting on you people.""",
False, 0.0, "negative",
"Sarcasm ('Oh, wonderful', 'How generous'); refuses the new window ('No.'); 'I'm done waiting on you people'."),

(
"FR70_063", "Brent Kowalczyk", "2026-11-27T09:04:46", "asr",
"""A: paperwise office supply brent speaking
C: hey brent it's lisa at harbor dental we need to restock the break room the paper plates and the coffee cups
A: sure the cups are forty five a case normally but if you do three cases i can do thirty nine each
C: okay three at thirty nine then
A: done and the plates are twenty eight a case same as last time
C: yeah one case of plates
A: got it do you want to add napkins we have the two ply packs at six each
C: um sure two packs of napkins
A: two packs at six added and do you need stir sticks
C: nah we've got a ton of those
A: okay it'll go out tomorrow
C: okay thanks""",
True, 12.00, "neutral",
"Restock order 'three at thirty nine' + 'one case of plates' (main); agent-offered napkins 'two packs' at six each -> 12; stir sticks refused; flat."),

(
"FR70_064", "Nadia Haddad", "2026-11-27T10:52:13", "clean",
"""A: Guardian Auto Warranty, Nadia speaking.
C: Hi, I just bought a used 2021 RAV4 and the dealer mentioned you for extended coverage.
A: Great choice. Our Platinum plan for that vehicle is six years, 100,000 miles, and it's $2,400.
C: I saw a quote online from another company for $1,900 with the same mileage.
A: I can bring it down to $2,100 and include tire-and-wheel coverage at no extra cost.
C: That's better, but still too much for me.
A: If you'd like, I can split it into 24 monthly payments of $87.50.
C: No, I'll pass for now. I might look again after the holidays.
A: Of course. The $2,100 offer stays open for 30 days.
C: Okay, thanks for your time.""",
False, 0.0, "neutral",
"Price revised 2400 -> 2100 with a free add-on, still refused: 'I'll pass for now... after the holidays'; polite, neutral."),

(
"FR70_065", "Marisol Ortega", "2026-11-27T13:29:38", "asr",
"""A: riverside auto care this is marisol
C: hi marisol it's ben kowalski i need a tire rotation on the mazda sometime this week
A: hi ben sure i have tomorrow at nine or friday at two
C: tomorrow at nine is great book me in
A: done and your last alignment was almost two years ago normally it's one twenty but i can do ninety if we do it with the rotation
C: ninety okay yeah do it the steering has been a little off anyway
A: perfect rotation and alignment tomorrow at nine
C: awesome honestly you guys are always great i tell everyone about you
A: aw thanks ben see you tomorrow
C: see ya""",
True, 90.00, "positive",
"'book me in' rotation (main); alignment revised one twenty -> ninety, 'ninety okay yeah do it' -> 90; 'always great'."),

(
"FR70_066", "Derek Haney", "2026-11-27T15:44:01", "clean",
"""A: StoreRight Harmon Road, Derek speaking.
C: Hi, I got an email that my autopay failed. I want to just prepay six months so this stops happening.
A: Sure. Six months on your 10x10 at $118 is $708, and with the prepay discount it's $672.60. Same card?
C: No, use the Mastercard ending 3391.
A: I'm sorry, that one is declining too.
C: That's impossible. I just used it at lunch.
A: It may be a fraud hold from your bank. I can try again if you call them.
C: Unbelievable. I'm not spending my afternoon on this. I'll deal with it later.
A: Understood. Your balance is due by the 5th to avoid a late fee.
C: Yeah, I know. Bye.""",
False, 0.0, "negative",
"Prepay attempt fails on a declined card, nothing paid; 'Unbelievable... I'll deal with it later'."),

(
"FR70_067", "Priya Raman", "2026-11-30T09:15:27", "asr",
"""A: ledgerline enterprise sales priya speaking
C: hi priya it's owen from castlerock freight we talked last week about the enterprise tier we're ready to move forward
A: great so enterprise for sixty users at forty two per user per month on an annual term
C: yes that's what we agreed let's go ahead
A: perfect i'll send the order form we also strongly recommend the onboarding package for a team your size it's twenty five hundred and includes data migration
C: twenty five hundred is steep can you do fifteen
A: the lowest i can do is two thousand
C: okay two thousand but that has to include the admin training sessions
A: yes two thousand with the admin training included
C: okay that works add it to the order form
A: done you'll have the paperwork within the hour
C: okay sounds good""",
True, 2000.00, "neutral",
"'let's go ahead' on enterprise (main); onboarding 2500 -> asks 1500 -> 2000 accepted 'add it to the order form' -> 2000; businesslike."),

(
"FR70_068", "Tobias Lindqvist", "2026-11-30T10:41:50", "clean",
"""A: Voltline Electric, Tobias speaking.
C: Hi, your electrician was out Friday and said we need a panel upgrade to put in the EV charger.
A: Yes, I have his notes. The 200-amp panel upgrade plus the charger circuit comes to $2,800, permit included.
C: Okay. That's about what he said.
A: We have an opening on the 9th if you'd like to get on the schedule.
C: It sounds reasonable, but let me talk to my wife first. She handles the budget.
A: Of course. The 9th might fill up, though.
C: I understand. I'll call you back by Wednesday either way.
A: Sounds good. I'll email the quote to you both.
C: Thanks.""",
False, 0.0, "neutral",
"'let me talk to my wife first' = deferral; no booking; neutral."),

(
"FR70_069", "Keisha Walton", "2026-11-30T13:06:33", "asr",
"""A: officehub tech keisha speaking
C: hi i need a new laser printer for our front desk the old one finally died
A: sorry to hear that the brother l twenty seven fifty is our most popular it's two ninety nine
C: okay yeah i'll take that one
A: great would you like the three year service plan with it it's one forty nine and covers repairs and a replacement
C: no thanks just the printer
A: no problem the starter toner only does about a thousand pages would you like a full toner for sixty nine
C: oh yeah one extra toner okay good idea
A: printer and one toner it'll ship today
C: perfect that's exactly what i needed thank you""",
True, 69.00, "positive",
"'i'll take that one' printer (main); service plan one forty nine refused 'no thanks just the printer'; 'one extra toner okay' -> 69; 'exactly what i needed'."),

(
"FR70_070", "Ahmed Qureshi", "2026-11-30T14:48:15", "clean",
"""A: Kessler Ford, Ahmed speaking, pre-owned department.
C: Hi, I had my 2019 Edge appraised yesterday for a trade-in, and your guy said $11,500.
A: Yes, I have the appraisal here.
C: Kelley Blue Book says $16,000. That's insulting.
A: The appraisal factors in the tires and the scratch on the rear door, plus reconditioning.
C: That's $4,500 for tires and a scratch? Come on.
A: I could ask my manager to look at $12,200.
C: Don't bother. I'll sell it privately. I'm not buying the new one from you either.
A: I understand. If you change your mind, the offer stands for a week.
C: I won't.""",
False, 0.0, "negative",
"Trade-in offer 'insulting'; revised $12,200 refused ('Don't bother'); 'I'm not buying the new one from you either'."),

(
"FR70_071", "Colleen Brady", "2026-11-30T16:19:42", "asr",
"""A: bluebird moving long distance colleen speaking i'm calling to go over your order before we finalize
C: oh yeah sure
A: so pickup in chicago on december twelfth delivery in charlotte between the fifteenth and the eighteenth two bedroom estimated seven thousand pounds total thirty eight hundred fifty is that all correct
C: yep that's correct
A: great you're booked now the basic coverage is sixty cents a pound or there's full value protection for three hundred twenty
C: um the basic coverage is fine we don't have anything fancy
A: okay basic coverage noted
C: when do the guys call me
A: the driver calls forty eight hours before pickup
C: okay cool""",
True, 0.0, "neutral",
"Confirms read-back 'yep that's correct' -> booked; full value protection three hundred twenty refused 'the basic coverage is fine'; neutral."),

(
"FR70_072", "Victor Sandoval", "2026-11-30T11:27:08", "clean",
"""A: Northside Tire and Wheel, Victor speaking.
C: Hi, I dropped off my Malibu at 9 for a flat repair. You told me an hour. It's now 1 o'clock.
A: I'm sorry, we had two emergency tows come in. Let me check on it. Is this Mrs. Fowler?
C: Yes.
A: And the best number is still 555-0182?
C: Yes, that's my number. Text me the second it's done.
A: I will. It's next in the bay, about 30 minutes.
C: You said an hour four hours ago. I've missed a meeting for a tire plug.
A: I'm really sorry about that. I'll make sure there's no charge for the repair.
C: That doesn't give me my morning back.""",
False, 0.0, "negative",
"Repair was already dropped off before the call; the yeses confirm a name and phone number; free repair offered, nothing bought; 'That doesn't give me my morning back'."),

(
"FR70_073", "Hannah Oyelaran", "2026-11-02T16:02:20", "asr",
"""A: quotient crm sales hannah speaking
C: hi hannah it's mei from northgate insurance we've been on the trial and we're ready to buy the annual plan for ten users
A: wonderful that's the pro plan annual for ten at four seventy each per year shall i send the order through
C: yes let's do it
A: great i'll generate the invoice now
C: actually hold on i just got a message from our finance team there's a spending freeze until january
A: oh no do you want me to hold the order until then
C: yeah cancel that for now i'll call back in january once the freeze lifts
A: no problem i'll extend your trial through the end of december so you don't lose anything
C: okay that's helpful thanks
A: talk to you in january
C: bye""",
False, 0.0, "neutral",
"'yes let's do it' then 'cancel that for now i'll call back in january' -> retracted; free trial extension is not a purchase; neutral."),

(
"FR70_074", "Grant McAllister", "2026-11-03T16:33:49", "clean",
"""A: Brightview Flooring, Grant speaking.
C: Hi Grant, it's Sophie Lang. We got your quote for the oak laminate in the living room and hall, $5,850 installed.
A: Yes, 600 square feet. Are you ready to schedule?
C: We are. Let's get on the calendar.
A: I have the week of December 7th. I'd also recommend the premium acoustic underlayment, it's $1.20 a square foot, so $720 for your space. It cuts the hollow sound a lot.
C: We have a dog with loud nails, so that's tempting. Do it for $600 flat and I'm in.
A: Let me see... okay, $600 flat for the underlayment.
C: Great, yes, add it.
A: Done. Install starts Monday, December 7th.
C: Wonderful, we're so excited to finally get rid of that carpet. Thank you!""",
True, 600.00, "positive",
"'Let's get on the calendar' (install, main); underlayment $720 -> 'Do it for $600 flat and I'm in' -> agent agrees -> 'yes, add it' -> 600; 'so excited'."),

(
"FR70_075", "Yuki Tanabe", "2026-11-04T13:04:26", "asr",
"""A: stowaway storage yuki speaking
C: yeah i opened my unit this morning and there's mouse droppings all over my boxes and they chewed through my couch cushions
A: oh no i'm so sorry we have pest control on a monthly schedule i'll have them come out today
C: today doesn't help my couch
A: i understand i can move you to a sealed unit in building a and give you the first month free
C: no i'm done with this place i'm pulling everything out this weekend
A: i understand can i at least file a claim for the damage with our protection plan
C: fine file it but i want a real answer not a form letter
A: i'll make sure the manager calls you personally
C: this is disgusting i can't believe you let it get this bad""",
False, 0.0, "negative",
"Pest damage complaint; free unit move refused ('i'm done with this place'); 'this is disgusting'."),

(
"FR70_076", "Renee Dubois", "2026-11-05T11:10:55", "clean",
"""A: ComfortPro Air Quality, Renee speaking.
C: Hi, I'd like to get our dryer vent cleaned. The dryer's taking two cycles to dry towels.
A: That's a classic sign of a clogged vent. Dryer vent cleaning is $129. I have Monday at 10 or Tuesday at 2.
C: Monday at 10, please.
A: You're booked. We're also running a special on whole-house duct cleaning, $299 if we do it the same visit.
C: Not today. Maybe in the spring.
A: Understood, just the dryer vent on Monday at 10.
C: Yes. Will they need to move the dryer?
A: They'll handle it, just make sure there's a clear path to the laundry room.
C: Okay, will do.""",
True, 0.0, "neutral",
"'Monday at 10, please' books the $129 cleaning; duct cleaning $299 refused without a 'no' ('Not today. Maybe in the spring'); neutral."),

(
"FR70_077", "Samuel Achebe", "2026-11-06T16:24:12", "asr",
"""A: lakeside subaru parts samuel speaking
C: hi i bought a water pump from you last week and it's the wrong one the counter guy looked it up wrong
A: sorry about that do you still have the receipt
C: yeah and the box is unopened
A: okay you can bring it in for a return there's a twenty percent restocking fee on special order parts
C: twenty percent your guy ordered the wrong part that's robbery
A: i understand let me see if i can get that waived since it was our lookup
C: you better because i'm not paying forty bucks for your mistake
A: i'll leave a note for the manager
C: a note great that's really reassuring
A: he'll call you today
C: yeah sure he will""",
False, 0.0, "negative",
"Return with a disputed fee, no purchase; 'that's robbery'; sarcasm 'that's really reassuring', 'yeah sure he will'."),

(
"FR70_078", "Lorena Castillo", "2026-11-09T14:07:31", "clean",
"""A: Hi, this is Lorena from Bluebird Moving. I'm calling to confirm your move before we send the crew schedule.
C: Oh, great, yes.
A: Two movers and a 16-foot truck, Friday the 20th at 9 a.m., from 88 Cedar Street to 41 Pine Avenue, $119 an hour, three-hour minimum. Is that all correct?
C: Yes, that's all correct.
A: Perfect, you're confirmed. Do you have enough boxes? Our packing kit has 25 boxes, tape and paper for $85.
C: Honestly, no, I've been stealing boxes from the liquor store. Add the kit.
A: Ha, I'll add it, and we'll drop it off Tuesday.
C: Amazing. You guys have made this move so much less stressful.
A: That's what we like to hear.
C: Thank you!""",
True, 85.00, "positive",
"Read-back confirmed 'Yes, that's all correct'; packing kit $85 'Add the kit' -> 85; 'so much less stressful'."),

(
"FR70_079", "Brent Kowalczyk", "2026-11-10T09:48:04", "asr",
"""A: paperwise office supply brent speaking
C: yeah it's dana at lakeview insurance our order was supposed to be here monday it's tuesday and nothing again
A: i'm sorry let me check it's showing out for delivery tomorrow
C: tomorrow this is the third time this has happened in two months
A: i'm really sorry i can upgrade it to next morning courier at no charge so you'll have it by ten
C: whatever just get it here
A: done it's upgraded and i'll credit the shipping on your next order
C: we've been with you guys for six years and it's getting worse every month
A: i hear you i'll raise it with our logistics manager
C: yeah okay""",
False, 0.0, "negative",
"Late delivery, free courier upgrade is not a purchase; 'whatever just get it here', 'getting worse every month'."),

(
"FR70_080", "Nadia Haddad", "2026-11-12T11:36:18", "clean",
"""A: Guardian Auto Warranty claims, Nadia speaking.
C: Hi, my shop says you denied my claim for the AC compressor. I want to know why.
A: Let me look. The claim was denied because the inspection found the failure was caused by a leaking condenser, which isn't a covered part.
C: The condenser is part of the AC system. The AC system is covered.
A: Under your Silver plan, the compressor is covered but the condenser is listed under exclusions. I can send you the contract page.
C: So I've paid you $1,800 for coverage that covers nothing. You people will find any excuse not to pay.
A: I understand how frustrating this is. I can escalate the claim for a second review.
C: Do it. And send me the cancellation form while you're at it.
A: I'll email both today.
C: Fine.""",
False, 0.0, "negative",
"Claim denied; escalation is not a purchase; 'You people will find any excuse not to pay', asks for cancellation form."),
]
