CALLS = [
("FR28_061", "Grace Liu", "2026-11-02T16:05:48", "asr", """
A: voltmart customer care this is grace
C: yeah i'm calling because the tv you delivered today has a cracked screen again
A: oh no i'm so sorry did you say again
C: yes again this is the second one the first one came cracked two weeks ago
A: i'm really sorry let me pull up the order
C: i took a day off work for each delivery two days off for a tv i still don't have
A: i can send a third unit and we'll pick up the damaged one
C: no absolutely not i want my money back i'm done with this
A: understood i've processed a full refund of eight hundred forty nine it'll show in five to seven days
C: five to seven days unbelievable
A: and the pickup is scheduled for friday
C: whatever just get it out of my living room
""", False, 0.0, "negative", "second damaged delivery; replacement refused, refund is not a purchase; furious"),

("FR28_062", "Ben Carter", "2026-11-03T08:09:59", "clean", """
A: Skyway Airlines reservations, Ben speaking.
C: I need a one-way from Boston to Chicago tonight, the 7:40 pm flight.
A: Let me check... I'm sorry, the 7:40 just sold out. The next available is tomorrow at 6:15 am, $218.
C: 6:15 in the morning. That means leaving home at 4. This is not what I wanted.
A: I understand. It's the only seat before noon tomorrow.
C: Fine. Book the 6:15, I have to be there by ten.
A: Booked. Would you like to add a checked bag for $35?
C: Yes, I have one bag. Add it.
A: Added. Your confirmation is QX47TD.
C: Great. Just great. Thanks.
""", True, 35.0, "negative", "first flight sold out, alternative booked; checked bag $35 accepted; annoyed and sarcastic end"),

("FR28_063", "Nadia Ali", "2026-11-04T11:11:24", "asr", """
A: fiberlink sales this is nadia how can i help
C: hi i'm thinking about switching from spectrum what have you got
A: we have our gig plan at seventy nine ninety nine a month
C: seventy nine ninety nine spectrum gives me the same speed for fifty and honestly their service has been pretty good
A: our plan includes a free router and no data caps
C: spectrum doesn't have caps either i'd sign up if you could match fifty
A: i'm afraid the lowest i can go is sixty nine ninety nine for the first year
C: yeah then no that's not worth the hassle
A: understood can i send you our current promotions by email
C: no that's fine i'll just stay where i am
""", False, 0.0, "negative", "conditional (price match) not met; prefers competitor; negative about offer"),

("FR28_064", "Lucas Martin", "2026-11-05T20:31:17", "asr", """
A: tony's pizzeria this is lucas
C: hi yeah we just got our delivery and it's the wrong order completely
A: oh no i'm sorry what did you get
C: we got a hawaiian and a meat lovers we ordered two margheritas my kid is vegetarian
A: i'm really sorry about that can i get the name on the order
C: it's patel and it took over an hour to get here too
A: i see it i'll refund the full order and send the right pizzas right away
C: another hour no just the refund please we already made sandwiches
A: okay the refund of thirty four fifty is processed
C: fine this is the second time this month so i think we're done ordering from you
""", False, 0.0, "negative", "wrong delivery; refund is not a purchase; re-send declined; ends negative"),

("FR28_065", "Maria Lopez", "2026-11-06T15:50:31", "clean", """
A: Harbor View Resort, this is Maria.
C: Hi! My husband and I are celebrating our 10th anniversary and I'd love to book two nights, December 19 and 20.
A: Congratulations! I have our garden suite at $260 a night.
C: That sounds dreamy. Yes, let's book the garden suite.
A: Wonderful. We also have a couples' spa package, a 60-minute massage, at $60 per person.
C: For both of us, absolutely.
A: So the garden suite for two nights and the spa package for two.
C: Yes. Could you put a note that it's our anniversary?
A: Already done, there'll be a little surprise in the room.
C: Oh, you're the best. Thank you so much!
""", True, 120.0, "positive", "suite booked; spa $60 per person x 2 = 120; '10th' and dates not prices"),

("FR28_066", "James Chen", "2026-11-09T08:14:09", "asr", """
A: peak fitness this is james
C: hi i want to sign up for the basic membership the twenty nine one
A: sure thing do you have a home gym location in mind
C: the one on fifth street
A: great so basic at twenty nine a month at fifth street we also have towel service for five a month
C: uh towel service what's that
A: fresh towel every visit so you don't have to bring one
C: oh okay sure add the towels
A: done you're signed up with towel service starting today
C: cool do i need to bring anything
A: just a photo id the first time
C: okay thanks
""", True, 5.0, "neutral", "basic membership signed up; towel service $5 a month accepted = 5 (recurring once)"),

("FR28_067", "Priya Patel", "2026-11-10T12:42:55", "clean", """
A: Hi, this is Priya from Oakline Furniture. I'm following up on the quote for the oak dining set you requested.
C: Oh, right. We actually already bought one.
A: I see. May I ask where?
C: IKEA had almost the same thing for half your price. Honestly, $2,400 for a table and six chairs felt crazy.
A: Ours is solid oak with a 10-year warranty, so the quality is quite different.
C: Maybe, but the sales guy in your store was pretty pushy too. It just wasn't a good experience.
A: I'm sorry to hear that. I'll pass that on to the store manager.
C: Okay. Please don't call again about this.
""", False, 0.0, "negative", "outbound follow-up; already bought from competitor; complaint about price and staff"),

("FR28_068", "Tom Becker", "2026-11-11T14:18:36", "clean", """
A: CloudNest support, Tom speaking.
C: Your sync update last night wiped three weeks of my team's files. Three weeks.
A: I'm very sorry. Let me look at your workspace.
C: We have a client deliverable on Friday. Do you understand what that means?
A: I do. I can see the deletion in the logs. I'm escalating this to our recovery engineers as a priority.
C: How long will that take?
A: They usually respond within 24 hours.
C: 24 hours. That's unacceptable for a paid business account.
A: I understand. I'll also apply a month's credit to your account.
C: I don't want a credit, I want my files. If they're not back by tomorrow we're cancelling.
A: I'll call you personally as soon as I hear from the engineers.
C: Fine.
""", False, 0.0, "negative", "data-loss complaint; credit is not a purchase; angry to the end"),

("FR28_069", "Aisha Khan", "2026-11-12T17:26:42", "asr", """
A: basilico events this is aisha
C: hi i'd like to book the private dining room for my dad's retirement dinner twelve people
A: lovely what date were you thinking
C: saturday the fifth around seven
A: the room's available on the fifth the set menu is seventy five per person
C: that's fine yes please reserve it
A: wonderful you're booked for twelve on the fifth at seven would you like to add a wine package it's two hundred for the table
C: two hundred for the whole table oh that's a great deal yes add it
A: done i'll email the menu so you can pick the mains
C: perfect thank you so much he's going to love this
""", True, 200.0, "positive", "private room booked for 12; wine package 'two hundred for the table' = 200; headcount/date not prices"),

("FR28_070", "Daniel Reyes", "2026-11-13T09:37:21", "clean", """
A: AutoGuard Roadside, this is Daniel. Thank you for holding.
C: An hour on hold. Great service, really.
A: I apologise, we're very busy this week with the cold snap.
C: Well, that's exactly why I need roadside cover. What's the basic membership?
A: Basic is $89 a year: towing up to 10 miles, jump starts and lockouts.
C: Fine, sign me up for basic.
A: Done. You can add your spouse to the membership for $39 a year.
C: Yes, add my wife, her car is older than mine.
A: Added. Your cards will arrive in about a week.
C: Let's hope your trucks are faster than your phone line.
""", True, 39.0, "negative", "membership signed up; spouse add-on $39 accepted; sarcastic about hold time throughout"),

("FR28_071", "Sofia Rossi", "2026-11-16T13:59:10", "asr", """
A: anchor auto insurance retention this is sofia
C: hi i want to cancel my policy effective the first
A: i'm sorry to hear that can i ask what's prompting it
C: my premium went up three hundred dollars and i didn't have a single claim
A: i understand i can offer a loyalty discount which would bring it down by one fifty
C: no i've already signed with geico they're cheaper and their app is way better
A: okay i'll process the cancellation any unused premium will be refunded
C: good i should've switched years ago
A: your cancellation is effective december first
C: okay bye
""", False, 0.0, "negative", "save offer refused, policy cancelled; praises competitor, resentful"),

("FR28_072", "Kevin O'Brien", "2026-11-17T10:06:53", "asr", """
A: lakeside imaging this is kevin
C: hi my doctor sent over an order for a knee mri and they said to call you to schedule
A: sure let me find the order yes i have it here
C: great what's available
A: unfortunately our mri schedule is full through the end of december
C: okay nothing at all
A: nothing until january sixth i can't book january yet though that calendar opens on monday
C: hm okay can you put me on the cancellation list then
A: yes you're on the list and we'll call if something opens up
C: alright and i'll call back monday for january
A: sounds good
C: okay thanks
""", False, 0.0, "neutral", "no availability, nothing booked; waitlist is not a booking; calm"),

("FR28_073", "Hannah Kim", "2026-11-18T16:34:12", "clean", """
A: Good afternoon, Velvet Notes Bands, Hannah speaking.
C: Hi! We saw your jazz quartet at a friend's wedding and we'd love them for ours on June 14th.
A: How wonderful. The quartet is available on June 14th. Four hours is $2,800.
C: Perfect. Yes, let's book it! Do you need a deposit now?
A: A 25% deposit holds the date, I can take it now. Also, many couples add a fifth hour for the after-party, that's $300.
C: Oh, yes, we definitely want the extra hour. Everyone dances late in my family.
A: Done, five hours on June 14th, and the deposit is taken.
C: I'm so excited. Thank you so much, this is the last big thing on our list!
""", True, 300.0, "positive", "band booked ('yes' plus deposit question); extra hour $300 accepted; deposit is not an upsell"),

("FR28_074", "Marcus Webb", "2026-11-19T12:52:04", "asr", """
A: riverside honda service this is marcus
C: hi i got a recall notice for my pilot something about the fuel pump
A: yes that recall repair is free of charge i can get you in
C: well it better be free this is the second recall on this car in a year
A: i understand i have monday at nine or wednesday at one
C: wednesday at one
A: okay wednesday at one for the fuel pump recall it takes about two hours
C: two hours great i'll sit there
A: we have a waiting lounge with wifi
C: yeah i honestly regret buying this car
""", True, 0.0, "negative", "free recall appointment booked = booking (README decision); unhappy with car"),

("FR28_075", "Elena Petrova", "2026-11-20T11:20:38", "asr", """
A: crestline bank lending this is elena
C: hi i wanted to see about a personal loan to consolidate some credit cards about fifteen thousand
A: okay based on your profile i can offer eleven point nine percent over five years
C: eleven point nine my credit union offered me eight and a half
A: our rate does include no origination fee
C: still that's a lot more over five years
A: would you like to go ahead with the application anyway
C: no i'm not ready to do that honestly i expected better from you after twelve years as a customer
A: i understand i'm sorry we couldn't match
C: yeah me too
""", False, 0.0, "negative", "loan declined; prefers credit union; disappointed long-time customer"),

("FR28_076", "Omar Haddad", "2026-11-23T15:41:27", "clean", """
A: Shield Pest Control, Omar speaking.
C: Hi, we've got mice in the garage. Your ad says $129 for a treatment.
A: Yes, the initial treatment is $129. I can send someone Thursday morning.
C: Great, book Thursday.
A: Booked. For mice, the plan also includes two follow-up visits at $89 each, which are required to seal the entry points.
C: Required? The ad said $129.
A: The $129 is the first visit, the follow-ups complete the treatment.
C: So it's really $307. That feels like a bait and switch. Cancel the Thursday visit.
A: I understand, I've cancelled it.
C: Thanks. I'll find someone who puts the real price in the ad.
""", False, 0.0, "negative", "booking retracted after price revealed; feels misled"),

("FR28_077", "Grace Liu", "2026-11-24T09:28:14", "asr", """
A: bloom and stem florist this is grace
C: hi i'd like to send flowers to my mom in phoenix for her birthday on thursday
A: how lovely our seasonal bouquet is sixty five including delivery
C: that's perfect let's do that one
A: great we can add a glass vase for fifteen and a box of truffles for twelve ninety five
C: oh the vase for sure and um yeah the truffles too she loves chocolate
A: okay and what should the card say
C: happy birthday mom love you lots from jen and the boys
A: beautiful it'll be delivered thursday by noon
C: thank you so much you made this so easy
""", True, 27.95, "positive", "bouquet ordered; vase 15 + truffles 12.95 = 27.95"),

("FR28_078", "Ben Carter", "2026-11-25T18:47:59", "clean", """
A: Skyway Airlines, Ben speaking.
C: Hi, quick question. I'm flying Basic Economy to Miami on the 2nd. Can I bring a carry-on?
A: On Basic Economy you get one personal item that fits under the seat. A full-size carry-on isn't included.
C: Okay. And what size is a personal item?
A: Up to 18 by 14 by 8 inches.
C: Got it, my backpack should fit. What if I want to check a bag later?
A: You can add a checked bag in the app up to 24 hours before departure.
C: Okay, I'll see. Thanks for the info.
A: You're welcome, have a good trip.
""", False, 0.0, "neutral", "informational call; bag option only deferred; dimensions are not prices"),

("FR28_079", "Nadia Ali", "2026-11-26T13:13:01", "clean", """
A: Northwave Mobile, Nadia speaking. I see your contract ended last month.
C: Yes, I'm calling to renew. I've been really happy with the coverage.
A: Great to hear. If you renew for 24 months you get the new Pixel 10 for $0 down and $35 a month on your current plan.
C: That's great. Yes, I'll renew with the Pixel.
A: Would you like device protection for $12 a month?
C: No, I've never broken a phone in my life.
A: Fair enough. Your new phone will ship tomorrow.
C: Wonderful, thanks. You've always been good to me.
""", True, 0.0, "positive", "renewal with new phone committed; device protection declined = 0; model number not a price"),

("FR28_080", "Lucas Martin", "2026-11-27T19:35:44", "asr", """
A: tony's pizzeria this is lucas
C: hi what time are you open till tonight
A: we're open till eleven on fridays
C: okay and do you have gluten free crust
A: we do it's a twelve inch only
C: cool can i order that online
A: yep on our website or the app
C: okay i'll just do it on the app then
A: sounds good
C: thanks
""", False, 0.0, "neutral", "information only; question about ordering online, no order placed in the call"),
]
