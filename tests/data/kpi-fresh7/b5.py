CALLS = [
("FR7_081","Rosa Jimenez","2026-11-24T09:20:00","clean","""A: Harborfront Amphitheater tickets, Rosa speaking.
C: Hi, I want two general admission tickets for the jazz night on December 12th.
A: GA is $48 each, $96 total. Want me to book them?
C: Yes please. And I saw there's a VIP upgrade with the lounge - I'll grab that for the extra $60 too.
A: The $60 VIP lounge upgrade covers both tickets. Adding it now.
C: Perfect.
A: Two GA tickets with the VIP lounge, December 12th, doors at 6:30.
C: Yes, that's it. My wife is going to be so happy, thank you!""",True,60.00,"positive","tickets main; customer names VIP upgrade with price $60 (covers both) = 60"),
("FR7_082","Marcus Bell","2026-11-24T10:35:00","asr","""a: fastlink marcus speaking
c: hi i want the internet and tv bundle i saw for ninety nine
a: sure the ninety nine bundle want me to set that up
c: yeah let's do it
a: great it's a two year agreement with an early termination fee of two hundred
c: wait two years nobody said that on the website
a: it's in the fine print i'm sorry
c: no actually cancel that whole thing i'm not locking into two years with you guys
a: okay nothing's been set up
c: that's so misleading honestly""",False,0.00,"negative","commitment retracted; negative"),
("FR7_083","Ingrid Halvorsen","2026-11-24T12:00:00","clean","""A: Nordic Kitchens design team, Ingrid speaking.
C: Hi, we went over the quote for the kitchen remodel and we're ready to go ahead.
A: Great. That's the Shaker cabinet package at $18,400. Shall I send the contract?
C: Yes, send it, we're in.
A: You'd mentioned the soft-close and pull-out organizer upgrade. It's $1,200 for the whole kitchen.
C: Yes, include the upgrade.
A: Done. Contract for $19,600 coming by email today.
C: Okay, we'll sign tonight.""",True,1200.00,"neutral","cabinets main; organizer upgrade $1,200 accepted"),
("FR7_084","Trent Lawson","2026-11-24T13:30:00","asr","""a: peak performance coaching trent speaking
c: hi um i saw your ad for the twelve week program
a: yeah it's three ninety nine it includes weekly calls and a meal plan
c: okay that sounds pretty cool
a: awesome let's get you started i'll just need a card
c: oh hold on ha i didn't say yes yet let me think about it over the weekend
a: totally fair
c: honestly i appreciate that you're not pushy it's refreshing""",False,0.00,"positive","agent's 'let's get started' alone; customer defers; positive"),
("FR7_085","Lorraine Baxter","2026-11-24T15:00:00","clean","""A: Valley Telephone, Lorraine speaking.
C: I want to cancel my landline. The line has crackled for two months and your technician never showed up.
A: I'm sorry about that. I can schedule a technician for Monday.
C: No. I've waited long enough. Cancel it.
A: Understood. I've processed the cancellation.
C: I've been with you for 22 years and this is how it ends. Terrible.""",False,0.00,"negative","cancellation, no save"),
("FR7_086","Nikolai Ivanov","2026-11-25T09:15:00","asr","""a: brightwire electric nikolai speaking
c: yeah last time your guy left a mess and the outlet he fixed stopped working in a week
a: i'm really sorry about that we'll fix that outlet free of charge
c: fine i also need the panel inspected for my insurance
a: the inspection is one twenty five i have tuesday at eleven
c: okay book tuesday
a: would you want a whole house surge protector installed while he's there it's one ninety
c: um yeah okay add the surge protector
a: booked tuesday at eleven inspection surge protector and the outlet fix
c: and send a different electrician please i'm not thrilled with you guys""",True,190.00,"negative","inspection main; surge protector 190; free outlet fix not a purchase; negative"),
("FR7_087","Owen Gallagher","2026-11-25T10:40:00","clean","""A: Stagelight Box Office, Owen speaking.
C: Hi, I'd like to renew my season subscription, same seats as last year.
A: Row F, seats 11 and 12. The renewal is $540 for both. Shall I renew?
C: Yes, renew them. How much is the season parking pass?
A: It's $90 for the season.
C: I'll keep taking the bus, skip it. I love your theater, the last season was wonderful.
A: Renewed! See you in January.
C: Thank you!""",True,0.00,"positive","renewal main; parking only asked about"),
("FR7_088","Owen Price","2026-11-25T12:15:00","asr","""a: little acorns daycare owen speaking
c: hi um we're looking for full time care for our son starting in march
a: sure full time is sixteen fifty a month can i email you our info pack
c: yes please
a: is it the address you filled in on the website jpark at fastmail dot com
c: yes that's my email
a: great i've sent it over
c: okay thanks we'll look it over""",False,0.00,"neutral","'yes' to email is not a purchase"),
("FR7_089","Maria Delgado","2026-11-25T13:50:00","clean","""A: Harbor View Inn, Maria speaking.
C: I'm booking my usual room for the conference, December 7 to 9. Last year it was $149.
A: This year the rate is $179 a night.
C: $30 more? That's a big jump for the same room, and I'm a regular.
A: I'm sorry, conference week rates are set. Would you like me to book it?
C: Fine, book it, I don't have time to look elsewhere.
A: Done. Would you like a 2 pm late checkout on the 9th for $30?
C: Yes, add that, my flight's late.
A: Booked with late checkout.
C: Okay. Not impressed with the pricing, though.""",True,30.00,"negative","room main; late checkout $30 accepted; negative"),
("FR7_090","Quinn Delaney","2026-11-25T15:30:00","asr","""a: the cozy corner bookshop quinn speaking
c: hi i just wanted to say the staff there on saturday were wonderful they found a book i'd been hunting for years
a: oh that's so kind to hear
c: and um do you sell gift cards how much do they go up to
a: any amount from ten to two hundred
c: okay good to know i might get some for christmas
a: anytime
c: thanks again you guys are the best""",False,0.00,"positive","compliment; gift card price asked only"),
("FR7_091","Sharon Whitfield","2026-11-26T09:05:00","clean","""A: Lakeside Family Clinic, Sharon speaking.
C: Hi, I'd like to book a physical with Dr. Alvarez sometime this month.
A: I'm sorry, Dr. Alvarez has no openings until January, and the schedule isn't open yet.
C: Could I see another doctor?
A: The other doctors are full this month as well. I can add you to the cancellation list.
C: Okay, I understand. Please add me to the list.
A: Done. We'll call if something opens.
C: Thanks.""",False,0.00,"neutral","no booking possible; cancellation list not a booking"),
("FR7_092","Brianna Kelly","2026-11-26T10:30:00","asr","""a: bounce town trampoline park brianna speaking
c: hi i want to book a birthday party for my daughter saturday the twenty eighth
a: sure the party package is two ninety nine for up to ten kids i have two pm
c: two pm yes let's book it
a: do you want pizzas they're twelve ninety nine each usually three is enough for ten kids
c: yeah three pizzas
a: goodie bags are five each
c: no i'll make those myself
a: all set saturday two pm party package and three pizzas
c: yay she's going to be over the moon thank you""",True,38.97,"positive","party main; 3 pizzas x 12.99 = 38.97; goodie bags declined"),
("FR7_093","Raymond Ashford","2026-11-26T12:10:00","clean","""A: SkillForge Online, Raymond speaking.
C: I bought the data science course two weeks ago and it's nothing like the description. I want a refund.
A: I'm sorry. Our refund window is 7 days, so I can't refund it, but I can offer a credit toward another course.
C: I don't want another course from you. The videos are five years old.
A: I understand your frustration. I can escalate the request.
C: Please do. I feel completely misled.""",False,0.00,"negative","refund request; nothing bought"),
("FR7_094","Elise Moreau","2026-11-26T13:45:00","asr","""a: print hub elise speaking
c: hi i need five hundred business cards i sent the design yesterday
a: got it five hundred on the matte stock is forty two
c: okay yeah go ahead
a: standard takes five days or rush is twenty five for two days
c: uh i need them for a trade show monday so yes do the rush
a: five hundred matte cards rush ready friday
c: okay good""",True,25.00,"neutral","cards main; optional rush production 25 accepted (like express delivery)"),
("FR7_095","Colin Ferris","2026-11-27T09:30:00","clean","""A: Guardian Life, Colin speaking.
C: Hi, I got your letter about term life. Can you tell me what a 20-year policy would cost?
A: For $500,000 of coverage at your age, about $28 a month.
C: That's not bad at all. I do want to get this done.
A: Shall I start the application?
C: Maybe next month. We're closing on a house and I'd rather do it after.
A: Makes sense, I'll follow up in December.
C: Great, thank you, you made it very easy to understand.""",False,0.00,"positive","deferral; positive"),
("FR7_096","Alicia Moreno","2026-11-27T10:55:00","asr","""a: zenwave wireless alicia speaking
c: yeah i was at your store for an hour yesterday and they couldn't set up my plan so now i'm calling
a: sorry about that i can do it now the two line unlimited plan is a hundred a month
c: okay set that up
a: done do you want to add a line for anyone else it's thirty a month
c: um my son's been asking yeah add one for him
a: and the international calling add on is ten a month
c: no
a: okay do you want to keep your old numbers or get new ones
c: keep them obviously
a: sure i'll need the account pin from your old carrier
c: uh hang on it's it's in my email one sec
a: take your time
c: okay i sent it to the chat thing
a: got it transfer will take about an hour
c: mm hm
a: okay two lines plus a third line for thirty
c: fine i just hope it works this time because your store was a joke""",True,30.00,"negative","two-line plan main; extra line $30/mo accepted; international declined"),
("FR7_097","Yasmin Karimi","2026-11-27T13:20:00","clean","""A: Bella Notte Ristorante, Yasmin speaking.
C: Hi, I'd like to reserve a table for 10 on Christmas Eve at 7.
A: I'm so sorry, we're fully booked on Christmas Eve for groups.
C: Oh. Any chance for 8 or 9 pm?
A: I'm afraid not, and we're closed Christmas Day. I could do the 23rd.
C: No, it has to be Christmas Eve. That's really disappointing, we've come every year.
A: I'm sorry. I can put you on a waitlist.
C: Don't bother.""",False,0.00,"negative","no booking possible; alternative refused"),
("FR7_098","Sunita Rao","2026-11-27T14:45:00","asr","""a: bright minds tutoring sunita speaking
c: hi my daughter needs help with math before her sat and i heard good things
a: oh lovely our ten session sat package is five fifty
c: okay that sounds good sign her up
a: great and the official practice book is thirty if you don't have it
c: we don't yeah add the book
a: perfect first session next tuesday at four
c: thank you so much i feel so much better about this already""",True,30.00,"positive","package main; practice book 30"),
("FR7_099","Colette Fournier","2026-11-30T10:10:00","clean","""A: Northway Energy billing, Colette speaking.
C: Hi, my bill went from $62 to $71 this month. Why?
A: The state utility commission approved a rate increase starting in November. It's about 14% across the board.
C: I see. So nothing's wrong with my meter?
A: No, your usage is actually slightly lower than last year.
C: Okay, that makes sense. Thanks.""",False,0.00,"neutral","billing question; no purchase"),
("FR7_100","Tamara Quinn","2026-11-30T11:40:00","asr","""a: kitchen pro support tamara speaking
c: yeah my blender died after two months it just smells like burning and stops
a: i'm sorry can you give me the serial number
c: um k p four four seven two one
a: thank you that's still under warranty i can send a replacement or i can give you thirty percent off the pro model
c: just send the replacement i'm not buying another one of your blenders
a: okay replacement ships in three days
c: if this one dies too i'm done with this brand""",False,0.00,"negative","warranty replacement free; discount offer refused; negative"),
]
