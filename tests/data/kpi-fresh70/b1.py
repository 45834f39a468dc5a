CALLS = [
(
"FR70_001", "Marisol Ortega", "2026-11-02T08:14:09", "clean",
"""A: Thanks for calling Riverside Auto Care, this is Marisol. How can I help?
C: Hi, I need an oil change on my 2019 Civic, and the brakes have been squeaking a bit. Can someone look at them?
A: Sure. The synthetic oil change is $74.95 and the brake inspection is free with it. I have Wednesday at 10 or Thursday at 1.
C: Wednesday at 10 works. Put me down for that.
A: Done, Wednesday at 10 a.m. While it's in, your records show the cabin air filter hasn't been changed in two years. We can swap it for $39.
C: Thirty-nine for a filter? I can buy one for fifteen online. Meet me at thirty and I'll let you do it.
A: Let me see... yes, I can do $30 installed.
C: Okay, deal, add it on.
A: Great, so oil change, brake inspection and cabin filter at $30, Wednesday at 10.
C: Perfect. Honestly, thanks for working with me on that, I appreciate it.""",
True, 30.00, "positive",
"Books oil change ('Put me down for that'); filter talked down from $39 to 'meet me at thirty', 'Okay, deal, add it on' -> 30; 'thanks for working with me... appreciate it'."),

(
"FR70_002", "Derek Haney", "2026-11-02T09:31:47", "asr",
"""A: hi thanks for calling swift hands movers this is derek how can i help you today
C: hi yeah um we're moving out of a two bedroom apartment at the end of the month and i wanted to get a price
A: sure thing is it a local move
C: yeah just across town maybe eight miles second floor no elevator
A: okay for that you'd want three movers and a truck that's one forty nine an hour with a three hour minimum so most two bedrooms land around six to seven hundred
C: mhm okay and that includes the stairs
A: it does no stair fee on the second floor would you like me to lock in a date for you
C: um i think i need to run it by my husband first he was getting another quote too
A: totally understand i can email you the estimate if you'd like
C: yeah that's fine my email is on the thing you guys have i filled out the form online
A: got it i'll send it over this afternoon
C: okay thanks bye""",
False, 0.0, "neutral",
"Only a price inquiry; 'i need to run it by my husband first' is a deferral; 'yeah that's fine' is to an email; flat tone."),

(
"FR70_003", "Priya Raman", "2026-11-02T11:05:22", "clean",
"""A: Good morning, Ledgerline renewals, Priya speaking.
C: Hi Priya, it's Tom Becker at Halvorsen Dental Group. Our contract for the scheduling software is up on the 30th.
A: Yes, I have it here. Twenty-five seats at $32 per seat per month, annual term. Would you like to renew on the same terms?
C: Yes, same twenty-five seats, renew it for another year.
A: Done. I'd also mention our Premium Support tier, which gets you a dedicated rep and a four-hour response time. It's $1,200 for the year.
C: We've only opened maybe three tickets all year. I don't think we need it.
A: Understood. If you change your mind, you can add it any time mid-term.
C: Noted. Just send the renewal invoice to accounts payable like last year.
A: Will do, you'll have it today.
C: Okay, thanks.""",
True, 0.0, "neutral",
"'renew it for another year' = renewal; Premium Support $1,200 refused ('I don't think we need it'); businesslike, neutral."),

(
"FR70_004", "Tobias Lindqvist", "2026-11-02T13:48:10", "asr",
"""A: pipeline plumbing and heating this is tobias
C: yeah finally i've been on hold for twenty five minutes my water heater is leaking all over the garage floor
A: i'm sorry about the wait is the water still running from the tank
C: i shut off the valve like the guy on youtube said but there's no hot water at all and i've got three kids
A: okay the earliest i can get a technician out is tomorrow between eight and noon the diagnostic visit is eighty nine dollars and that goes toward the repair
C: tomorrow seriously your website says same day service
A: same day fills up by ten in the morning i'm sorry i can put you first on the list for tomorrow
C: fine whatever just book it eight to noon
A: okay you're booked for tomorrow eight to noon the tech will call thirty minutes ahead
C: yeah they better actually show up this time
A: i've put a note on it
C: mhm bye""",
True, 0.0, "negative",
"'fine whatever just book it eight to noon' commits to the paid visit; annoyed throughout ('they better actually show up')."),

(
"FR70_005", "Keisha Walton", "2026-11-03T09:02:55", "clean",
"""A: OfficeHub business sales, this is Keisha.
C: Hi Keisha, I'd like to reorder copy paper for the Elm Street office. Account 44718.
A: Got it. Last time it was ten cases of the 20 lb letter at $46.50 a case. Same again?
C: Same again, ten cases.
A: Okay. I also see your HP toner was ordered in August. The 58A cartridges are on sale this week, $89 each instead of $112.
C: Oh, we're actually down to our last one. Yeah, send two of those at $89.
A: Two 58A at $89 each, added. Delivery Thursday, free since you're over $250.
C: Fantastic. You always catch stuff like that, it really helps.
A: Happy to. Anything else?
C: No, that's it. Thanks so much, Keisha!""",
True, 178.00, "positive",
"Reorders ten cases (main); 'send two of those at $89' -> 2 x 89 = 178; 'Fantastic... it really helps'."),

(
"FR70_006", "Ahmed Qureshi", "2026-11-03T10:27:31", "asr",
"""A: thanks for calling drivesafe vehicle protection my name is ahmed
C: hi um my factory warranty runs out in like two months and i got a letter from you guys about extending it
A: yes sir for your twenty twenty one tacoma the platinum plan is five years or seventy five thousand miles and it's two thousand one hundred dollars
C: yeah that's a lot um if you could get it to fifteen hundred i'd probably do it
A: i hear you the lowest i'm able to go is eighteen fifty and that's with the loyalty discount already
C: eighteen fifty hmm
A: and you can split it into twelve payments
C: no i mean if it's not fifteen i'm not gonna do it i'll just keep the money in savings
A: understood i'll leave the offer on your file for thirty days in case you change your mind
C: okay sure
A: thanks for calling
C: yeah thanks""",
False, 0.0, "neutral",
"Conditional 'if you could get it to fifteen hundred i'd probably do it'; agent's floor is 1850; 'if it's not fifteen i'm not gonna do it' = no deal; calm."),

(
"FR70_007", "Colleen Brady", "2026-11-03T14:40:18", "clean",
"""A: StoreRight Self Storage on Harmon Road, Colleen speaking.
C: Hi, I need a storage unit starting this weekend. We're staging our house to sell and need to get half the furniture out.
A: Congratulations on the sale! A 10x10 would hold about a room and a half. It's $118 a month, and the first month is $1.
C: A dollar? Okay, I'll take the 10x10.
A: Wonderful. We require protection on the contents, either your homeowner's policy or our plan at $12 a month.
C: Our insurance guy said our policy doesn't cover off-site storage, so yes, put me on your $12 plan.
A: Done. And would you like a disc lock? They're $25.
C: No, we have a couple of good locks at home already.
A: No problem. Your gate code will come by text, and you can move in from Saturday 6 a.m.
C: Oh, that's such a relief. This has been the easiest part of the whole move, thank you.""",
True, 12.00, "positive",
"'I'll take the 10x10' (main); protection plan 'put me on your $12 plan' -> 12 (the recurring price once); $25 lock declined; 'such a relief'."),

(
"FR70_008", "Victor Sandoval", "2026-11-04T08:50:03", "asr",
"""A: good morning northside tire and wheel this is victor
C: hi i called last week about four tires for a highlander two sixty five sixty five r eighteen you said they'd be in monday
A: let me check um i'm sorry those are still showing on backorder from the warehouse
C: you're kidding me that's the second time i've been told that
A: i apologize i can put a different brand on the car today it's a little more it's a hundred eighty four a tire
C: no i wanted the ones we talked about that's why i waited
A: i understand the earliest date the warehouse gives me now is next friday
C: just call me when they're actually in the building don't call me with another date
A: absolutely i'll call you the day they arrive
C: yeah this is really annoying i'm driving around on bald tires
A: i'm sorry about that we'll take care of you
C: sure""",
False, 0.0, "negative",
"Wanted tires are backordered; alternative brand refused; 'just call me when they're actually in' = no commitment; 'this is really annoying'."),

(
"FR70_009", "Hannah Oyelaran", "2026-11-04T11:12:40", "clean",
"""A: Hi, this is Hannah with Quotient CRM, thanks for requesting info on our site.
C: Hi Hannah. Yeah, we're a twelve-person sales team and we're outgrowing spreadsheets, honestly.
A: That's a very common story. The best next step is a 30-minute live demo with one of our solutions engineers, set up on your own pipeline. Would you like to book one?
C: Yes, let's book that. Tuesday afternoon if you have it?
A: I have Tuesday the 10th at 2 p.m. or 3:30 p.m. Eastern.
C: 2 p.m. works great.
A: Done, you'll get a calendar invite for Tuesday at 2. Anyone else from your team you'd like on it?
C: Add my ops manager, Dana, dana@pikeroofing.com.
A: Added. Looking forward to it!
C: Me too, this is exactly what we've been looking for. Thanks!""",
True, 0.0, "positive",
"Customer books a demo appointment: 'Yes, let's book that' + '2 p.m. works great' (booking/appointment counts); 'exactly what we've been looking for'."),

(
"FR70_010", "Grant McAllister", "2026-11-04T15:36:27", "asr",
"""A: clearview auto glass this is grant
C: hey grant a rock hit my windshield on the highway and the crack's like a foot long now
A: ouch okay that's a replacement not a chip repair who's your insurance
C: state mutual i have full glass coverage
A: great then it's covered we can send a mobile tech to your work or home is thursday morning okay
C: yeah thursday morning at my office is perfect go ahead and book it
A: you're set for thursday between eight and ten also while the tech's there we do a rain repellent coating it's twenty nine ninety five and insurance doesn't cover that part
C: oh the stuff where the rain just slides off
A: exactly lasts about a year
C: sure throw that in i'll pay the twenty nine ninety five
A: perfect i've added it
C: awesome you made this way easier than i expected thank you""",
True, 29.95, "positive",
"'go ahead and book it' (replacement appointment); rain coating 'sure throw that in i'll pay the twenty nine ninety five' -> 29.95; 'way easier than i expected'."),

(
"FR70_011", "Yuki Tanabe", "2026-11-05T09:44:58", "clean",
"""A: Thanks for calling PlanPilot, Yuki speaking. How can I help?
C: I want to cancel our subscription. We're a small firm and $149 a month for the project tool is just too much right now.
A: I'm sorry to hear that. Can I ask how many people are actively using it?
C: Four of us. It works, it's just the price.
A: Understood. For accounts in your situation I can offer 40% off for the next six months, so $89.40 a month, and you keep all your projects.
C: Hm. And after six months it goes back to $149?
A: It does, and we'd reach out before it changes so you can decide then.
C: Okay. I'll stay on the discounted plan for now.
A: Done, the discount starts with your next invoice on the 15th.
C: Fine. Thanks.""",
True, 0.0, "neutral",
"Retention offer accepted: 'I'll stay on the discounted plan for now'; the discount is not an upsell; flat 'Fine. Thanks.'"),

(
"FR70_012", "Renee Dubois", "2026-11-05T13:20:14", "asr",
"""A: hi you've reached tilecraft renovations this is renee
C: yeah this is joanne prescott you guys redid my master bathroom in september and the grout is already cracking in three places
A: oh no i'm sorry to hear that the work has a one year workmanship warranty i can send a crew out to regrout those areas at no charge
C: i don't want the same crew back in my house they left a mess last time and scratched the vanity
A: i understand i can request a different lead
C: honestly i want a partial refund i paid eleven thousand dollars for this
A: refunds need to go through our operations manager i can have him call you
C: yes call me back tomorrow and he better have an answer
A: i'll make sure he calls you tomorrow before noon
C: this is not what i expected from a company with your reviews i'm really disappointed
A: i'm very sorry joanne
C: yeah""",
False, 0.0, "negative",
"Complaint; free regrout offer refused; 'yes call me back tomorrow' is a yes to a callback, not a purchase; 'i'm really disappointed'."),

(
"FR70_013", "Samuel Achebe", "2026-11-05T16:02:39", "clean",
"""A: Lakeside Subaru parts department, Samuel speaking.
C: Hi, I'd like to order the all-weather floor mats for a 2024 Outback.
A: Sure, the genuine set is $149, front and rear. I can have them here Friday.
C: Great, I'll take the set.
A: Perfect. A lot of Outback owners grab the matching cargo tray with them, it's $89.
C: Just the mats. The tray I'll pass on, the dog has his own blanket back there.
A: Ha, fair enough. Mats only, $149 plus tax, pickup Friday.
C: Sounds right. Do I pay when I pick up?
A: Yes, we'll take payment at the counter.
C: Okay, see you Friday.""",
True, 0.0, "neutral",
"'I'll take the set' ($149 main); 'The tray I'll pass on' refuses the $89 add-on; neutral."),

(
"FR70_014", "Lorena Castillo", "2026-11-06T10:08:51", "asr",
"""A: good morning bluebird moving this is lorena
C: hi i got your estimate for the move on the fourteenth and i want to go ahead with it
A: wonderful so three movers on saturday the fourteenth starting at eight that's the one thousand ninety estimate do you want me to book that
C: yes please book it
A: you're booked would you also like our packing service the team comes the day before and packs the kitchen and the books it's three fifty
C: ooh i'd love that but three fifty hmm could you do it for like two fifty
A: i can't go that low but i can do three hundred for you
C: three hundred okay yeah let's add the packing
A: great and do you need wardrobe boxes for the closets they're fifteen each
C: uh yeah give me four of those
A: four wardrobe boxes at fifteen added they'll come with the packers
C: oh this is perfect you've literally saved my week thank you so much""",
True, 360.00, "positive",
"Books the move; packing revised 350 -> 300 and accepted; 'give me four' wardrobe boxes at fifteen = 60; 300 + 60 = 360; 'saved my week'."),

(
"FR70_015", "Brent Kowalczyk", "2026-11-06T11:55:06", "clean",
"""A: Paperwise Office Supply, Brent speaking.
C: Hi, I'm setting up a new office and need to order supplies. Can I place an order over the phone?
A: Absolutely. What do you need?
C: Four desk organizers, two whiteboards, a label maker and a case of printer paper.
A: Got it, that comes to $412.80 with the bulk discount. Shall I put it on the card ending 6612 from your account?
C: Yes, go ahead.
A: Hmm, I'm sorry, the card is coming back declined.
C: Ugh, you're kidding. It's the new company card, maybe it's not activated yet. I don't have another one with me.
A: I can hold the cart for 48 hours if you want to call back with another card.
C: Fine, hold it. This is really frustrating, I wanted this stuff by Monday.
A: I understand, I'll note the account.
C: Yeah. Bye.""",
False, 0.0, "negative",
"'Yes, go ahead' to the order but the card is declined and nothing is placed (cart merely held); 'This is really frustrating'."),

(
"FR70_016", "Nadia Haddad", "2026-11-06T14:31:44", "asr",
"""A: guardian auto warranty claims this is nadia
C: hi um i'm calling about a claim for my transmission the shop said they sent it to you on monday
A: let me look it up can i have the contract number
C: it's on the card um g k four four seven one nine
A: thank you okay i see it the claim was approved this morning for the full transmission rebuild less your one hundred dollar deductible
C: oh my gosh really they told me it might get denied
A: no it's approved the shop has the authorization so you just pay the hundred at pickup
C: oh thank god that's like four thousand dollars i didn't have
A: i'm glad we could help
C: seriously thank you you made my whole week
A: you're welcome take care
C: you too bye""",
False, 0.0, "positive",
"Claim status only, no purchase or booking; relieved 'thank god... you made my whole week'."),

(
"FR70_017", "Marisol Ortega", "2026-11-09T09:18:22", "clean",
"""A: Riverside Auto Care, Marisol speaking.
C: Hi, I'm wondering what you'd charge to replace the timing belt on a 2014 Odyssey.
A: For that one we recommend the full kit with the water pump. It's $780 parts and labor.
C: Seven eighty? The dealer told me five hundred.
A: The dealer quote may not include the water pump. On that engine we always replace it while we're in there.
C: I really wasn't expecting that much. That's way more than I budgeted.
A: I understand. I can give you 10% off if you book this month.
C: Even so, I'll get another quote somewhere else first.
A: Of course. The quote is good for thirty days.
C: Right. Okay, bye.""",
False, 0.0, "negative",
"Price shopping; 10% offer not taken; 'I'll get another quote somewhere else first'; 'way more than I budgeted' -> negative."),

(
"FR70_018", "Derek Haney", "2026-11-09T12:47:35", "asr",
"""A: storeright harmon road this is derek
C: hi i'm calling to give notice i'm moving out of unit one fourteen at the end of the month
A: okay sorry to see you go can i ask if there's a reason
C: no we just bought a house with a big garage so we don't need it anymore
A: ah congrats if it helps i could drop you to a five by five at forty a month for the odds and ends
C: no i'm all moved out basically just the last couple boxes appreciate it though
A: no problem i'll put in the move out for the thirtieth just leave the unit broom clean and take your lock off
C: yep will do
A: and the deposit comes back to the card within a week
C: okay sounds good
A: have a good one
C: you too""",
False, 0.0, "neutral",
"Move-out notice; smaller unit offer refused ('no i'm all moved out'); routine politeness -> neutral."),

(
"FR70_019", "Priya Raman", "2026-11-09T15:10:50", "clean",
"""A: Ledgerline account management, Priya here.
C: Hi, it's Marcus at Sorensen Logistics. We hired five new dispatchers and they need logins.
A: Sure, adding five seats to your Team plan is $18 per seat per month, prorated for this month. Want me to add them now?
C: Yes, add the five seats.
A: Done. Since you're growing, have you thought about single sign-on? It's $4 per user per month and your IT team can manage logins centrally.
C: Let me check with IT on the SSO first. They have opinions about everything.
A: Ha, totally fair. I'll send you a one-pager for them.
C: Thanks. And the five new people will get invite emails today?
A: Within the hour.
C: Great, that's all.""",
True, 0.0, "neutral",
"'Yes, add the five seats' = paid plan change (the call's main purchase); SSO deferred 'Let me check with IT' -> no upsell."),

(
"FR70_020", "Tobias Lindqvist", "2026-11-10T10:26:13", "asr",
"""A: summit roofing this is tobias
C: hey we had that hailstorm last night and i think we lost some shingles on the back side
A: sorry to hear that we're doing free inspections for storm damage this week and if it needs work the repair is quoted after
C: okay yeah let's do it book the inspection for tomorrow
A: i have tomorrow at one or three
C: one is fine
A: okay one o'clock tomorrow
C: oh wait actually hold on my insurance adjuster is supposed to come first my agent said not to have anyone up there before the adjuster
A: that's true some policies want that
C: yeah so cancel that for now i'll call you back after he's been out
A: no problem i've taken it off just give us a call
C: okay will do thanks""",
False, 0.0, "neutral",
"'book the inspection for tomorrow' retracted: 'cancel that for now i'll call you back after' -> not a conversion; calm."),
]
