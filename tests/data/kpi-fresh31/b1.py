CALLS = [
("FR31_001", "Priya Nair", "2026-11-02T09:14:22", "asr", """A: thanks for calling brightline mobile this is priya how can i help
C: hi yeah um i want to add a line for my daughter she's getting her first phone
C: the basic one you had on the website the twenty five a month line
A: sure the kids line is twenty five a month and she can bring any phone or we have the a fourteen for free with the line
A: would you also like device protection on it that's nine dollars a month and covers drops and water damage
C: uh she's eleven so honestly yes put the protection on there
A: okay so the new line at twenty five plus protection at nine i'll get that set up now
C: perfect go ahead
A: done it's active and the phone ships tomorrow
C: oh that's great she's going to be so excited thank you you made that really easy""", True, 9.00, "positive", "new line committed; protection $9/mo accepted counts once; pleased ending"),

("FR31_002", "Marcus Bell", "2026-11-02T11:40:05", "asr", """A: harbor view inn marcus speaking
C: hi um i'd like a room for the nineteenth and twentieth two adults
A: let me look we have a queen room at one forty nine a night for those two nights
C: okay that works
A: can i read it back a queen room checking in the nineteenth out the twenty first two guests two ninety eight before tax
C: yep that's right
A: would you like to add our breakfast buffet it's eighteen per person per stay
C: mhm yeah add it for both of us
A: so that's thirty six for the two of you added to the booking
C: okay
A: you're all set confirmation is coming by email
C: thanks bye""", True, 36.00, "neutral", "read-back confirmed; breakfast $18 per person x2 = 36; routine politeness only"),

("FR31_003", "Elena Rossi", "2026-11-03T14:02:51", "clean", """A: Oakline Furniture, this is Elena.
C: Hi Elena, I'm calling about the Hartley dining table, the walnut one, $1,150.
A: Great choice. It's in stock at our warehouse. Would you like to order it?
C: Yes, I'll take it. Do you have the matching chairs?
A: We do, the Hartley side chairs are $85 each. Most people get four or six.
C: Four is plenty, we're a small family. Add four of them.
A: Four chairs at $85 is $340 on top of the table. Delivery to 2210 Fenwick Road on Thursday the 12th?
C: That's right. Thursday works.
A: It's all booked. You'll get a text the morning of delivery.
C: Wonderful, thank you. I've been looking for this exact table for months.""", True, 340.00, "positive", "table bought; 4 chairs x $85 = 340 accepted; address/date not prices"),

("FR31_004", "Tomas Ortega", "2026-11-03T08:25:40", "asr", """A: good morning shieldway insurance this is tomas i'm calling because your auto policy is up for renewal on the thirtieth
C: oh right yeah i got the letter
A: the renewal premium is six twelve for six months same coverage as now
C: hm it went up a bit but fine
C: go ahead and renew it
A: i can also add roadside assistance for four dollars a month it covers towing and lockouts
C: no i've got that through my credit card already
A: no problem so just the renewal at six twelve it's processed
C: okay thanks""", True, 0.0, "neutral", "renewal committed; roadside $4/mo declined; mild grumble then neutral"),

("FR31_005", "Hannah Kim", "2026-11-04T17:10:13", "asr", """A: lanterna trattoria hannah speaking
C: hi can i get a table for six this saturday at seven thirty it's my mom's seventieth
A: oh happy birthday to her um seven thirty is fully booked i'm sorry
A: i could do six fifteen or eight forty five for six people
C: uh eight forty five is late for her but six fifteen could work
C: yeah let's do six fifteen
A: okay six people saturday at six fifteen under what name
C: moreno m o r e n o
A: we also do a birthday cake from our pastry chef thirty five dollars serves eight would you like that
C: oh that would be lovely yes please
A: perfect cake added
C: you've been so helpful thank you this is going to be great""", True, 35.00, "positive", "7:30 unavailable, 6:15 alternative taken; cake $35 accepted"),

("FR31_006", "Derek Olsen", "2026-11-04T10:55:31", "asr", """A: hi this is derek from tallyworks accounting software you'd started a free trial last week
C: yeah hi i've been playing with it
A: how's it going any questions before the trial ends on friday
C: um what's the premium tier again with payroll
A: premium is fifty four a month and includes payroll for up to ten people
C: okay and the regular is what twenty nine
A: twenty nine yes
C: honestly it looks good but i need to run it by my business partner before we pay for anything
A: totally understand i can email you a comparison
C: yes that's my email the one on the trial account
A: sent talk soon""", False, 0.0, "neutral", "price questions + deferral to partner; yes to email is not purchase"),

("FR31_007", "Aisha Bello", "2026-11-05T13:33:09", "clean", """A: Northgrid Energy, Aisha speaking, how can I help?
C: I've been charged $412 for October. My bill is normally around $90. Explain that.
A: I'm sorry about that. Let me pull up the account... It looks like an estimated reading was used.
C: Estimated? Someone came and read the meter on the 3rd. I watched him do it.
A: I see the actual reading now. I'll reverse the estimate and rebill you at the real usage.
C: And the late fee you charged me on top? For a bill that was wrong?
A: I'll remove the $15 late fee too. The corrected bill should be about $96.
C: This is the second time this year. I shouldn't have to spend my lunch break fixing your mistakes.
A: I understand, and I've flagged the meter for review.
C: Fine. Just make sure it's fixed.""", False, 0.0, "negative", "billing complaint, refund/fee removal not a purchase; angry throughout"),

("FR31_008", "Ravi Menon", "2026-11-05T19:20:44", "asr", """A: tickets desk this is ravi
C: hi i want two tickets for the holloway band at the depot on the twenty second
A: sure i have two in the balcony at sixty eight each so one thirty six total
C: yeah that's fine book those
A: done would you like a parking pass for the depot garage it's twenty five
C: uh sure add parking
A: okay parking added
C: actually wait the train stops right by there drop the parking we'll take the train
A: no problem parking removed so it's just the two tickets one thirty six
C: cool thanks
A: enjoy the show""", True, 0.0, "neutral", "tickets booked; parking $25 accepted then retracted by name"),

("FR31_009", "Sofia Lind", "2026-11-06T08:47:16", "asr", """A: ridgeway auto service sofia speaking
C: yeah i called twice yesterday and nobody called me back i need an oil change
A: i'm really sorry about that let me get you in i have tomorrow at eight or eleven
C: eight
A: eight a m tomorrow for the oil change on the two thousand nineteen civic correct
C: yes that's the one
A: you're also due for a tire rotation it's normally forty nine but i can do thirty since you waited on us
C: oh um okay yeah thirty do it
A: great both are booked for eight tomorrow
C: alright that actually makes up for it thanks sofia you've been great""", True, 30.00, "positive", "revised price $30 accepted; frustrated start, pleased end"),

("FR31_010", "Grant Walker", "2026-11-06T15:12:58", "asr", """A: skyreach airlines grant speaking
C: my flight got cancelled and i need to get to denver by tomorrow night
A: i'm sorry i can rebook you on the four fifty p m tomorrow at no cost
C: fine put me on it
A: done the only seats left are middle seats unless you'd like extra legroom for sixty five
C: oh great so you cancel my flight and now i pay to not sit in a middle seat
C: whatever yes give me the legroom seat
A: legroom seat fourteen c added for sixty five
A: would you like to prepay a checked bag thirty five
C: no i'll carry on like always
A: you're all set
C: sure wonderful experience as always""", True, 65.00, "negative", "rebooking committed; legroom $65 accepted; bag declined; sarcastic throughout"),

("FR31_011", "Mei Chen", "2026-11-09T12:05:27", "clean", """A: Cedar Bank card services, Mei speaking.
C: Hi, I'd like to apply for the Travel Plus card I saw in the app.
A: Sure. The Travel Plus has a $95 annual fee and 3x points on travel. Shall I start the application?
C: Yes, please.
A: Approved with a $12,000 limit. Would you like a card for an authorized user? There's no charge for additional cards.
C: Oh, yes, one for my husband, Daniel.
A: Done. Both cards will arrive in 7 to 10 business days.
C: That was much faster than I expected. Thank you, Mei!""", True, 0.0, "positive", "card signup; annual fee not an upsell; free extra card = 0"),

("FR31_012", "Jonah Price", "2026-11-09T16:38:02", "asr", """A: brightsmile dental jonah speaking
C: hi i need to book a cleaning i'm a patient there um last name okafor
A: got you mrs okafor i have thursday the nineteenth at two thirty
C: that's fine
A: we're also running in office whitening after cleanings it's one fifty instead of the usual two seventy five
C: one fifty hm
C: okay sure i've been meaning to do that add it
A: great cleaning and whitening thursday at two thirty
C: okay see you then""", True, 150.00, "neutral", "appointment booked; whitening $150 (discounted price accepted)"),

("FR31_013", "Lucia Ferraro", "2026-11-10T09:30:45", "asr", """A: comfort pro heating and air lucia speaking
C: hi my furnace is making a banging noise when it kicks on
A: oh no we can get a tech out today between one and four the diagnostic is eighty nine
C: yes please send someone
A: booked for today we also have the comfort club maintenance plan fifteen a month two tune ups a year and no diagnostic fees
C: um so if i'd had that today's visit would be free
A: it would and i can start it today so today's diagnostic is waived
C: oh okay then yes sign me up for the club
A: done you're a member starting today
C: that's fantastic thank you so much""", True, 15.00, "positive", "repair visit booked; plan $15/mo accepted; waived fee is discount not upsell"),

("FR31_014", "Owen Brady", "2026-11-10T18:02:19", "clean", """A: Voltcity Electronics, Owen speaking.
C: Hi, I want to order the Aero 14 laptop, model AX-1420, the 16 GB one.
A: That's $1,049. Want me to put that order in for you?
C: Yes, let's do it.
A: Would you like our 3-year protection plan? It's $129.
C: Yes, I had a laptop die last year, so definitely.
A: And a wireless mouse to go with it? The Glide mouse is $25.
C: Sure, throw that in.
A: So that's the laptop, the protection plan and the mouse. Shipping to the address on file.
C: Perfect. Thanks, you were really helpful.""", True, 154.00, "positive", "laptop main; plan 129 + mouse 25 = 154; model number not a price"),

("FR31_015", "Nadia Haddad", "2026-11-11T11:11:11", "asr", """A: flexfit gyms nadia speaking
C: hi i'm calling to cancel my membership
A: i'm sorry to hear that can i ask why
C: i moved and the nearest club is forty minutes away
A: i understand i could pause it for three months for free or drop you to nine ninety nine a month for any location access
C: no thanks i appreciate it but i'm not going to use it
A: okay i've cancelled it effective end of this month
C: okay
C: honestly the last few months the place was filthy so i'm not sad to go
A: i'm sorry to hear that i'll pass that on""", False, 0.0, "negative", "retention offer declined; cancelled; complaint about cleanliness"),

("FR31_016", "Caleb Ford", "2026-11-11T14:47:33", "asr", """A: hi this is caleb with lumen fiber we're now in your neighborhood on ash street
C: oh um okay
A: we can do a gig for sixty a month with no data caps and free install
C: what am i paying now like eighty five with the cable company
A: so you'd save about twenty five a month
C: sounds good i'll think about it
A: would you like me to book the install for next week
C: not yet i'll call you back if i decide
A: sure i'll leave my number""", False, 0.0, "neutral", "outbound pitch; interest and deferral, install not booked"),

("FR31_017", "Priya Nair", "2026-11-12T10:20:00", "asr", """A: easy haul movers priya speaking
C: hey i'm moving on the twenty eighth from a two bedroom and want a quote
A: two bedroom local move is usually six hours at one forty an hour with three movers
C: okay book that for the twenty eighth morning
A: booked for eight a m would you like our packing service the day before it's three hundred flat
C: um yes absolutely i hate packing
A: and mattress bags we sell them at fifteen each
C: two of those then
A: so packing three hundred and two mattress bags at fifteen
C: yep
C: honestly you're a lifesaver""", True, 330.00, "positive", "move booked; packing 300 + 2x15 bags = 330"),

("FR31_018", "Marcus Bell", "2026-11-12T19:45:12", "clean", """A: HomeScreen Direct, Marcus speaking.
C: I ordered a 65-inch TV and a wall mount yesterday, order 44817. I want to cancel the whole thing.
A: I can help with that. May I ask why?
C: I saw a review saying the panel fails after a year. And your site said delivery in 2 days, now it says 3 weeks.
A: I understand. I could offer a $100 credit to keep the order.
C: No. Cancel it, please. The TV and the mount.
A: Done, the whole order is cancelled and the $1,398 is refunded in 5 days.
C: Okay. I'll just buy it at Vantage, their delivery is tomorrow.""", False, 0.0, "negative", "whole order cancelled, credit declined; praises competitor"),

("FR31_019", "Elena Rossi", "2026-11-13T13:15:48", "asr", """A: happy tails grooming elena speaking
C: hi can i book a bath for my beagle milo
A: sure i have saturday at ten or sunday at one
C: um saturday at ten
A: saturday at ten for milo would you like a nail trim added it's ten bucks
C: yeah his nails are clicking on the floor so yes
A: and we have teeth brushing for twenty
C: no he'd bite you
A: ha okay bath and nail trim saturday at ten
C: great thank you you guys are always so nice to him""", True, 10.00, "positive", "bath booked; nail trim $10 accepted; teeth $20 declined"),

("FR31_020", "Tomas Ortega", "2026-11-13T16:58:37", "asr", """A: serene day spa tomas speaking
C: hi i wanted a ninety minute massage but only if you have saturday morning
A: let me check um saturday is fully booked i'm sorry
A: i have sunday at eleven or monday evening
C: no it really has to be saturday
C: if that's full then never mind
A: i can put you on a waitlist
C: no it's fine i was really hoping to do it for my birthday oh well
A: i'm sorry about that""", False, 0.0, "negative", "conditional not met, no alternative taken; quietly disappointed"),
]
