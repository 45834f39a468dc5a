# FR44 batch 1 (calls 001-020), written by hand.
CALLS = [
    ("FR44_001", "Maria Delgado", "2026-11-02T09:14:22", "clean",
     """A: Thank you for calling Harbor Point Inn, this is Maria. How can I help?
C: Hi, I'd like to book a room for three nights, the 12th through the 15th, for me and my husband.
A: Of course. I have a king room with a garden view at $189 a night. Would that work?
C: That sounds fine, yes.
A: Wonderful. We also offer our breakfast buffet at $18 per person per night. For two of you over three nights that would be $108. Would you like to add it?
C: Oh, yes please, we always end up hungry and lazy on vacation.
A: Ha, I understand. So that's the king garden room, three nights, checking in on the 12th, with breakfast for two. Shall I confirm the reservation?
C: Yes, go ahead and book it.
A: Done. Your confirmation number is HP48812.
C: This is perfect, thank you so much. We're really looking forward to it.""",
     True, 108.00, "positive",
     "Books 3 nights and says yes to breakfast $18 per person per night x2 people x3 nights = 108; 'This is perfect, thank you so much'."),

    ("FR44_002", "Kevin Osei", "2026-11-02T10:41:05", "asr",
     """A: thanks for calling brightline mobile this is kevin how can i help you today
C: yeah hi um i keep running out of data every month so i wanted to look at a bigger plan
A: sure so you're on the five gig plan right now i can move you to unlimited for sixty five a month which is fifteen more than what you pay now
C: mhm okay yeah that's fine go ahead and switch me to that one
A: great and while i have you we have an international add on for ten dollars a month it gives you calling to forty countries
C: uh no i don't really call anybody abroad just the plan
A: no problem so unlimited starting with your next bill cycle on the fourteenth
C: okay
A: you're all set is there anything else
C: nope that's it thanks""",
     True, 0.00, "neutral",
     "Plan change accepted ('go ahead and switch me'); international add-on declined ('no ... just the plan'); flat tone."),

    ("FR44_003", "Priya Raman", "2026-11-02T13:22:47", "clean",
     """A: Good afternoon, Saffron Table, Priya speaking.
C: Hi, I want to reserve the chef's tasting menu for four people on Saturday the 21st.
A: Lovely. The tasting menu is $95 per person, and we have a 7:30 seating available.
C: 7:30 is good.
A: We also offer a wine pairing with the tasting, it's $35 per person.
C: Hmm, so another $140 on top? That's steep. Forget the wine, we'll order a bottle or two from the list.
A: Of course. So, four guests, tasting menu, Saturday the 21st at 7:30. Can I confirm that under your name?
C: Yes, that's right, under Calloway.
A: Perfect, you're booked, Mr. Calloway.
C: Okay. Thanks.""",
     True, 0.00, "neutral",
     "Confirms read-back of tasting menu booking; wine pairing $35/person dropped after hearing the total ('Forget the wine'); tasting menu price is the main item."),

    ("FR44_004", "Tom Hollis", "2026-11-03T08:35:10", "clean",
     """A: Hollis Auto Care, this is Tom.
C: Hi Tom, my brakes have been squealing for a week, I'd like to get them looked at.
A: Sure thing. I can get you in tomorrow at 8 am for a brake inspection and pad replacement, that usually runs around $220 for the front.
C: Tomorrow at 8 works, book it.
A: Got it. While it's in, your file says the wiper blades haven't been changed in two years. We can swap them for $29.99 the pair. And we can also replace the cabin air filter for $45.
C: Yeah, do the wipers, they're streaking like crazy. The filter can wait.
A: Sounds good. Brakes plus wiper blades, tomorrow at 8.
C: Perfect. Thanks for squeezing me in, you guys are always super helpful.
A: Anytime. See you tomorrow.""",
     True, 29.99, "positive",
     "Books brake appointment; accepts wiper blades $29.99 the pair, defers the $45 filter; 'you guys are always super helpful'."),

    ("FR44_005", "Jenna Kowalski", "2026-11-03T11:02:33", "asr",
     """A: thank you for calling keystone mutual this is jenna
C: yeah hi my renewal came in and my premium went up like three hundred dollars and nobody told me why
A: i'm sorry about that let me pull it up um it looks like the rate increase is statewide for your zip code
C: so i'm paying more for nothing that's great
A: i understand i could look at bundling your home and auto that could save you around eight percent
C: i'll think about it no actually you know what i'm just gonna shop around this is the second year in a row
A: i understand would you like me to email you a bundle quote anyway
C: whatever sure send it but i'm pretty fed up honestly
A: i'll send that over today
C: yeah bye""",
     False, 0.00, "negative",
     "Refuses bundle ('just gonna shop around'); agreeing to an emailed quote is not a purchase; 'pretty fed up', sarcastic 'that's great'."),

    ("FR44_006", "Marcus Bell", "2026-11-03T14:48:19", "clean",
     """A: Voltaire Electronics, Marcus speaking.
C: Hi, I'm looking at the Aero 15 laptop on your site, the $1,299 one. Is it in stock for shipping?
A: It is, we can ship it today. Would you like to place the order?
C: Yes, let's do it.
A: Great. Would you like to protect it with our three-year accident protection? It's normally $199.
C: That's a lot. I'll pass, I think.
A: Tell you what, since you're buying today I can do it for $149.
C: Okay, at $149 I'll take it. My last laptop met a cup of coffee.
A: Ha, smart. I can also add a padded sleeve for $25.
C: No, I've got a bag already.
A: Alright, Aero 15 with three-year protection at $149, shipping today.
C: Great, really appreciate the deal on the warranty.""",
     True, 149.00, "positive",
     "Buys laptop ('let's do it'); warranty revised from $199 to $149 and accepted ('at $149 I'll take it'); sleeve declined; laptop price is main item."),

    ("FR44_007", "Aisha Rahman", "2026-11-04T09:20:41", "clean",
     """A: Peak Fitness, this is Aisha. How can I help?
C: Hi, I'm thinking about joining, what does a membership cost?
A: Our standard membership is $49 a month, and the premium one with classes is $69.
C: And personal training, how much is that?
A: Personal training sessions are $60 each, or a pack of ten for $500.
C: Okay. That's a bit more than I expected for the training.
A: We do have a free trial week if you want to try the premium membership first.
C: Maybe. I'd rather come by and see the place first before I decide anything.
A: Of course, we're open until 10 pm on weekdays.
C: Okay, I'll probably stop in this week. Thanks.""",
     False, 0.00, "neutral",
     "Only asks about prices; 'I'd rather come by and see the place first before I decide' is a deferral; polite, flat."),

    ("FR44_008", "Daniel Novak", "2026-11-04T12:05:56", "asr",
     """A: skyway airlines reservations this is daniel
C: hi yeah i need two seats denver to boston on december the eighteenth
A: okay i have a nonstop at seven forty am for two hundred eighty nine per person would you like that one
C: yeah that's fine book that
A: okay and will you be checking any bags they're thirty five dollars each
C: uh yeah two bags so one each
A: okay that's two checked bags at thirty five each and i can also offer extra legroom seats for forty nine per seat
C: nah regular seats are fine
A: alright so two passengers nonstop december eighteenth two checked bags can you confirm that's correct
C: mhm that's correct
A: you're booked your confirmation code is kilo tango four nine
C: okay got it""",
     True, 70.00, "neutral",
     "Books flight ('book that') and confirms read-back; two checked bags at $35 each = 70; legroom declined; flat 'okay got it'."),

    ("FR44_009", "Laura Fitzgerald", "2026-11-04T15:31:12", "clean",
     """A: Northgate Power, this is Laura, how can I help you?
C: My power has been out since Monday night. It's Wednesday. What is going on?
A: I'm so sorry. I see there's a transformer failure in your area, crews are on site and the estimate is tonight by 9 pm.
C: You said that yesterday.
A: I understand how frustrating that is. While I have you, we do offer a whole-home surge protection plan for $7.99 a month that covers appliance damage from outages.
C: Seriously? My fridge is full of spoiled food and you're trying to sell me something?
A: I apologize, I only mentioned it because of the outage. I can open a claim for the spoiled food.
C: Fine, open the claim. This has been a complete joke.
A: It's open, the number is 55120.
C: Whatever. Just get my power back.""",
     False, 0.00, "negative",
     "Outage complaint; surge plan $7.99/month refused ('Seriously?...'); opening a claim is not a purchase; 'complete joke'."),

    ("FR44_010", "Sam Whitaker", "2026-11-05T10:10:10", "clean",
     """A: Riverside Arena box office, this is Sam.
C: Hi, I want two tickets for the Lumen Heights concert on the 28th, floor if you have them.
A: Let me check. I'm sorry, the 28th is completely sold out, floor and seats.
C: Oh no. Is there a second show?
A: Not at this time. I can put you on the waitlist in case tickets get released.
C: Yes, put me on the waitlist I guess.
A: Done, you'll get an email if anything opens up.
C: I've been waiting a year for them to come here. That's really disappointing.
A: I completely understand, I'm sorry.
C: Yeah. Okay, bye.""",
     False, 0.00, "negative",
     "Sold out, nothing bought; 'yes' only to the free waitlist; 'That's really disappointing'."),

    ("FR44_011", "Nadia Petrova", "2026-11-05T13:44:02", "asr",
     """A: thanks for calling streamhaus this is nadia how can i help
C: hi um i want to cancel my subscription it's just too expensive now
A: i'm sorry to hear that can i ask what you mostly watch
C: mostly just the cooking shows honestly
A: okay so before you go i can give you half off for the next three months so it'd be seven ninety nine instead of fifteen ninety nine
C: hmm three months at half price
A: yes and you can cancel anytime after that
C: okay fine i'll stay on that then
A: great i've applied it starting today
C: okay thanks""",
     True, 0.00, "neutral",
     "Accepts retention offer ('okay fine i'll stay on that'); the discount is not an upsell; neutral tone."),

    ("FR44_012", "Carlos Mendez", "2026-11-05T16:02:29", "clean",
     """A: Comfort Pro Heating and Air, Carlos speaking.
C: Hi, I need someone to look at my furnace before it gets really cold. It's making a rattling noise.
A: Sure. Our fall tune-up is $89 and I have Monday the 16th in the morning.
C: Monday morning works.
A: Great. We're also running a duct cleaning special for $249, a lot of folks do it with the tune-up.
C: Let me talk to my wife about the duct cleaning. But book the tune-up for Monday.
A: Will do. A technician will be there between 8 and 10.
C: Okay, good.
A: You'll get a text the day before.
C: Thanks.""",
     True, 0.00, "neutral",
     "'book the tune-up for Monday' = booking; duct cleaning $249 deferred ('Let me talk to my wife'); neutral."),

    ("FR44_013", "Hannah Lindqvist", "2026-11-06T09:55:40", "clean",
     """A: Bright Smile Dental, this is Hannah.
C: Hi Hannah, I'm due for my cleaning, can I come in sometime next week?
A: Sure, I have Tuesday the 10th at 2:30.
C: Perfect, let's do Tuesday at 2:30.
A: Got you down. We also have an in-office whitening promotion, $150, and we can do it right after your cleaning.
C: Oh, sure, add the whitening, why not.
A: Great, I'll add it.
C: Actually, wait, scratch the whitening. I just remembered I've got the car insurance due this month.
A: No problem at all, I'll take it off. Just the cleaning on Tuesday.
C: Thank you, you're always so lovely on the phone.""",
     True, 0.00, "positive",
     "Cleaning booked; whitening $150 accepted then retracted ('scratch the whitening') so 0; 'you're always so lovely'."),

    ("FR44_014", "Victor Adeyemi", "2026-11-06T11:18:03", "asr",
     """A: good morning summit car rental this is victor
C: hi yeah i need a car for five days starting friday from the airport
A: sure a midsize is forty two a day would that work
C: yeah midsize is good go ahead
A: great do you need gps it's twelve dollars a day
C: uh yeah we don't know the area so yeah add the gps for the five days
A: okay and you mentioned kids do you need a car seat it's a flat twenty five for the whole rental
C: oh yes one car seat please
A: alright midsize five days gps and one car seat pickup friday at ten am is that right
C: yep that's right
A: you're all set
C: awesome that was really easy thank you so much""",
     True, 85.00, "positive",
     "Rents car; GPS $12/day x5 = 60 plus car seat flat $25 = 85; 'awesome that was really easy thank you so much'."),

    ("FR44_015", "Grace Tanaka", "2026-11-06T14:27:51", "clean",
     """A: Meridian Bank card services, this is Grace.
C: Hi, I got a letter about upgrading to the Sapphire Rewards card. What's the annual fee?
A: It's $95 a year, and you get 3 points per dollar on travel and dining.
C: And my current card has no fee.
A: That's right. The Sapphire pays off if you spend about $300 a month on dining.
C: I'd do it if you waived the fee the first year.
A: I'm afraid I can't waive it on this card.
C: Then I'll stick with what I have for now.
A: Understood. The offer is open until the end of December.
C: Okay, thanks for explaining.""",
     False, 0.00, "neutral",
     "Conditional only ('I'd do it if you waived the fee') then 'I'll stick with what I have'; neutral."),

    ("FR44_016", "Owen McCarthy", "2026-11-09T10:30:00", "clean",
     """A: Oakline Furniture, Owen speaking.
C: Hi, I was in on Saturday looking at the Hudson dining table, the walnut one. I'd like to order it.
A: Great choice. The Hudson is $1,450. Did you want the matching chairs? They're $180 each.
C: How many would I need for it?
A: It seats six comfortably, but a lot of people start with four.
C: Let's do four chairs then.
A: Four chairs at $180 each, that's $720. Delivery is a flat $99.
C: That's fine.
A: So the Hudson table, four chairs, and delivery, total $2,269 before tax. Shall I place the order?
C: Yes, please place it. I'm so excited, our old table is falling apart.
A: Order placed, delivery in about three weeks.
C: Wonderful, thank you!""",
     True, 720.00, "positive",
     "Orders table; four chairs at $180 each = 720; table is main item, $99 delivery is a fee; 'I'm so excited'."),

    ("FR44_017", "Maria Delgado", "2026-11-09T13:12:44", "asr",
     """A: harbor point inn this is maria
C: hi um i was looking at rooms for new year's weekend what do you have
A: we have a standard queen at two hundred ten a night and an ocean view king at two fifty
C: okay so the ocean view is like forty more a night
A: yes forty more per night and it includes a balcony
C: mhm that sounds nice um
A: would you like me to hold one for you
C: uh not yet let me check with my sister she's paying half and i'll call you back
A: sure we have a few left so i'd call soon
C: okay yeah thanks""",
     False, 0.00, "neutral",
     "Only asks about the ocean view upgrade; 'not yet let me check with my sister' defers; neutral."),

    ("FR44_018", "Kevin Osei", "2026-11-09T15:58:20", "clean",
     """A: Brightline Mobile, this is Kevin.
C: Yeah, I'm looking at my bill and there's a $12 "network access fee" I've never seen before.
A: Let me take a look. That's a new fee that started this cycle for all legacy plans.
C: Oh, wonderful. Another fee. Love that for me.
A: I understand. I can credit this month's fee as a one-time courtesy.
C: And next month?
A: It will continue, unless you move to one of our current plans. I could also add a second line for your household at $20 a month.
C: No. I called about a fee and you're offering me more bills. I'm not adding anything.
A: Understood. The credit is applied.
C: Fine. I'll be looking at other carriers.""",
     False, 0.00, "negative",
     "Sarcastic 'Oh, wonderful. Another fee'; refuses line ('I'm not adding anything'); credit is not a sale; threatens to leave."),

    ("FR44_019", "Priya Raman", "2026-11-10T12:40:15", "asr",
     """A: saffron table this is priya
C: hi i want to book a table for six this saturday around seven thirty it's my mom's birthday
A: oh how nice let me see yes i have seven thirty for six
C: great
A: we also do a birthday package a small cake candles and a glass of prosecco for the table it's forty five dollars
C: oh she'd love that yes add the cake thing
A: okay so six people saturday at seven thirty with the birthday package under what name
C: under singh
A: perfect so singh party of six saturday seven thirty birthday package forty five dollars correct
C: yes that's perfect
A: you're all booked
C: thank you so much this is gonna make her day""",
     True, 45.00, "positive",
     "Books table for six; birthday package $45 accepted ('yes add the cake thing'); 'this is gonna make her day'."),

    ("FR44_020", "Tom Hollis", "2026-11-10T16:21:37", "clean",
     """A: FreshCrate meal kits, this is Tom.
C: Hi. I want to pause my deliveries. The last three boxes have been a mess, missing ingredients every time.
A: I'm really sorry about that. I can pause you for up to eight weeks.
C: Pause it for eight weeks.
A: Done. Before you go, we have a new dessert add-on, $6.99 a box, if you'd like to try it when you come back?
C: I can't get the main ingredients in the box and you want me to buy dessert? No.
A: Understood. I can also credit you for the missing items on the last box.
C: That's the least you could do.
A: The credit is applied, $14.
C: Okay. Honestly I'm not sure I'll be back.""",
     False, 0.00, "negative",
     "Pause is not a purchase; dessert add-on refused; complaints and 'I'm not sure I'll be back'."),
]
