CALLS = [
("FR32_041", "Grace Owusu", "2026-11-02T15:31:20", "clean", """A: Brightline Electronics customer care, Grace speaking.
C: Hi. I bought a 65-inch Vista TV from you last Tuesday, order 7781-204. The receipt says I can still add the protection plan within 30 days?
A: That's right. Let me pull up the order... yes, I see the Vista 65. The 3-year protection plan for that model is $129.
C: Does it cover it if my kids throw something at the screen? Because that's honestly why I'm calling.
A: It does, accidental damage is included, one screen replacement per year.
C: Okay. Then yes, add it to that order.
A: Done. The $129 goes on the same card ending 0932. You'll get the plan documents by email.
C: Alright. Is that email going to the address on the order?
A: Yes, the Gmail address on the order.
C: Okay, that's fine. Thanks.
""", True, 129.0, "neutral", "Protection plan added to an earlier purchase: counted as conversion with the add-on price as upsell (see README); neutral."),

("FR32_042", "Mateo Silva", "2026-11-03T13:14:02", "asr", """A: granite bay resort reservations this is mateo
C: hi i have a reservation next weekend and just wanted to check a couple things
A: sure can i have the confirmation number
C: it's r four four nine one two
A: thank you i see two nights in a deluxe king arriving the fifth is your email still d park at inbox dot com
C: yes that's my email
A: great and what did you want to check
C: can we get a late checkout on sunday
A: yes i've put you down for a one pm checkout no charge i could also move you into a suite for forty a night if you want more space
C: no thanks we're fine in the king
A: no problem anything else
C: nope that's all thanks
""", False, 0.0, "neutral", "Existing reservation; 'yes' only confirms email; free late checkout; suite upgrade declined: no conversion."),

("FR32_043", "Hannah Lee", "2026-11-04T10:06:47", "clean", """A: Hi, this is Hannah from Notion Grove. Your free trial ends Friday, so I wanted to check in.
C: Oh, perfect timing. I've been meaning to call you.
A: How has it been going?
C: Honestly, it's been great. My whole team is using it and nobody's complained, which is a first.
A: Love to hear it. The Pro plan is $240 a year for your workspace. Would you like me to switch you over now so nothing's interrupted?
C: Yes, let's do it.
A: Done. You're also at 95% of your storage. An extra 100 GB is $3 a month.
C: Oh, good catch. Yes, add the storage.
A: Added. Your card will be charged $240 today and $3 monthly for the storage.
C: Brilliant. Thanks, Hannah, this has been really easy.
""", True, 3.0, "positive", "Trial converted to paid Pro plan; extra storage $3/month accepted; praise for the product."),

("FR32_044", "Omar Haddad", "2026-11-05T17:40:30", "asr", """A: stride footwear this is omar
C: yeah hi i bought the trail runner sevens three weeks ago and the sole is already peeling off
A: oh i'm sorry to hear that do you have the order number
C: it's s w five five eight one
A: thank you i can send you a replacement pair at no cost and a return label for the old ones
C: okay
A: i can also add our cushion insoles to the shipment for fourteen ninety five
C: no i don't want to buy anything else from you right now i want shoes that don't fall apart
A: understood the replacement will ship tomorrow
C: for a hundred and sixty dollar pair of shoes this is pretty bad honestly
A: i'll note the defect for our quality team
C: yeah okay
""", False, 0.0, "negative", "Free replacement is not a purchase; insoles declined; customer unhappy with product quality."),

("FR32_045", "Nina Petrova", "2026-11-06T12:27:58", "clean", """A: Greenway Landscaping, this is Nina. I'm calling with the quote for your patio.
C: Oh, hi. Yes, thanks for coming out on Monday.
A: Of course. For the 14-by-16 paver patio with the border you liked, we're at $1,850, including removal of the old slab.
C: Okay. And how long would it take?
A: About three days. We could start the week of the 30th.
C: Hmm. Sounds good, I'll think about it. I've got one more quote coming in Thursday.
A: That's fair. The quote is good for 30 days.
C: Great, could you email it to me?
A: I'll send it right now.
C: Thanks.
""", False, 0.0, "neutral", "Quote received; 'sounds good, I'll think about it' and comparing quotes: no commitment; neutral."),

("FR32_046", "Ben Carter", "2026-11-09T09:12:16", "asr", """A: wavelink wireless this is ben
C: hi i want to cancel my service
A: i'm sorry to hear that may i ask why
C: i found a plan for forty dollars a month with another company and i'm paying seventy
A: i understand let me see what i can do i can get you down to fifty five a month
C: i'd stay if you could match forty
A: unfortunately fifty five is the lowest i'm able to go
C: then no cancel it
A: okay i can process that your service ends at the end of the billing cycle on the twelfth
C: fine
A: is there anything else
C: no honestly i'm done with you guys the price keeps going up every year
""", False, 0.0, "negative", "Conditional (match $40) not met; customer cancels; negative about price hikes."),

("FR32_047", "Yuki Tanaka", "2026-11-10T14:45:09", "clean", """A: Lumen & Lace Photography, Yuki speaking.
C: Hi Yuki! We met you at the bridal fair. We'd love to book you for our wedding on June 13th.
A: Oh, how wonderful! June 13th is still open. The 8-hour collection is $2,400.
C: Yes, that's the one we want. Let's lock it in.
A: Wonderful. Would you like to add an engagement session? It's usually $400, but for couples who book at the fair I do it for $300.
C: At $300? Yes, absolutely, add it.
A: Added. I also offer a second shooter for $500.
C: Let's not, our venue is pretty small.
A: That makes sense. I'll send the contract for the 8-hour collection plus the engagement session, $2,700 total, with a 30% deposit.
C: Amazing. We're so happy we found you!
""", True, 300.0, "positive", "Wedding coverage booked; engagement session accepted at revised $300; second shooter declined; delighted."),

("FR32_048", "Rachel Adams", "2026-11-11T11:58:41", "asr", """A: cedar family practice this is rachel
C: hi i need to see doctor harlan this week i've had a cough for like ten days
A: i'm sorry let me look doctor harlan's fully booked this week her next opening is tuesday the twenty fourth
C: that's almost two weeks away
A: i know i'm sorry i could book you a telehealth visit with doctor ruiz tomorrow at eleven
C: no i'd really rather see her in person she knows my history
A: okay i can put you on the cancellation list
C: yeah fine and yes call me back tomorrow if anything opens up
A: will do same number ending four four two oh
C: yes that's it
A: okay take care
C: honestly it's frustrating i've been feeling awful all week
""", False, 0.0, "negative", "No appointment booked; alternative declined; cancellation list and callback are not bookings; frustrated."),

("FR32_049", "Maria Lopez", "2026-11-12T16:11:33", "clean", """A: FreshCrate, this is Maria. How can I help?
C: Hi, I'd like to cancel my meal kit subscription.
A: I can help with that. Can I ask what's prompting it?
C: It's not you, really. The recipes have just gotten a bit repetitive, and it's $79 a week.
A: That makes sense. We're launching a new winter menu next week, and I can take 50% off your next two boxes if you'd like to try it.
C: Half off... okay, fine. Half off, I'll give it two more weeks.
A: Great, the discount is on your next two boxes. Would you like to add our dessert kit? It's $6.99 per box.
C: Ha, nice try. No.
A: Fair enough! Your subscription stays active and the discount is applied.
C: Okay. We'll see how the new menu is.
""", True, 0.0, "neutral", "Retention discount accepted (stays subscribed); discount is not upsell; dessert add-on declined; neutral."),

("FR32_050", "James Chen", "2026-11-13T08:24:55", "asr", """A: easy haul movers this is james
C: hi we're moving from a two bedroom on the twenty ninth and need movers
A: sure for a two bedroom we'd send two movers and a truck at one forty an hour three hour minimum
C: okay that's about what i expected can we book the twenty ninth in the morning
A: yes eight am on the twenty ninth from three eleven oak street to the new place on harbor drive
C: yep that's right
A: great you're booked would you like our packing kit boxes tape and wrap for seventy five dollars
C: oh yes please that saves me a trip
A: and mattress bags are twelve each
C: no we've got those already
A: okay packing kit added we'll drop it off by friday
C: perfect you've made this way less stressful thank you
""", True, 75.0, "positive", "Move booked on read-back; packing kit seventy five accepted; mattress bags declined; hourly rate is main service."),

("FR32_051", "Priya Nair", "2026-11-16T13:33:12", "clean", """A: Harbor Trust Bank, this is Priya.
C: Hi, I'd like to open a high-yield savings account. I saw the 4.1% rate on your site.
A: Happy to help. Do you already bank with us?
C: Yes, I have a checking account.
A: Great, then I can open it right now and link it. There's no monthly fee with a $500 minimum balance. Shall I go ahead?
C: Yes, please open it.
A: Done. Would you like to set up an automatic transfer from checking?
C: Maybe later. I want to move $2,000 in today, though.
A: I've transferred $2,000. Your new account ends in 3317.
C: Okay. Thank you.
""", True, 0.0, "neutral", "Savings account opened on direct closing question (sign-up); the $2,000 transfer and rate are not prices; neutral."),

("FR32_052", "Tom Becker", "2026-11-17T10:48:27", "asr", """A: hi it's tom from midtown auto we finished looking at your civic
C: okay what's the damage
A: the front brake pads are down to two millimeters so front pads and rotors come to three twenty
C: wow that's pricey but i guess i can't drive around without brakes go ahead do the brakes
A: okay and your wiper blades are pretty worn we can do a pair for thirty four
C: yeah fine do the wipers too
A: and your cabin air filter is due that's forty nine
C: no this place always finds something else to charge me for
A: understood just the brakes and wipers then it'll be ready by four
C: fine whatever
""", True, 34.0, "negative", "Brake repair authorised (main); wipers thirty four accepted; cabin filter declined; grumpy throughout."),

("FR32_053", "Aisha Bello", "2026-11-18T20:02:00", "clean", """A: Northwind Airlines baggage services, Aisha speaking.
C: My bag didn't arrive in Chicago. I've been at the carousel for an hour and nobody at the desk knows anything. This is a joke.
A: I'm very sorry. Can I have your bag tag number?
C: NW 604 331.
A: Thank you. I've found it. It was left in Denver and it's on the 7:15 flight tonight.
C: And then what, I come back to the airport at midnight?
A: No, we'll deliver it to your hotel by 10 tomorrow morning at no charge, and I'm adding a $100 voucher to your account for the trouble.
C: Oh. Okay. That's actually a lot better than I expected.
A: The courier will text you before arriving.
C: Thank you, really. You're the first person today who has actually helped me.
""", False, 0.0, "positive", "Free delivery and a voucher are not purchases; furious start, sincerely grateful end (end weighs more)."),

("FR32_054", "Lukas Weber", "2026-11-19T18:19:44", "asr", """A: flow state yoga this is lukas
C: hi i came to a drop in class last week and loved it is the ten class pack still one forty
A: yes it's one forty and good for four months
C: okay i'll grab that
A: awesome i'll put it on your profile we also have towel service for five a month fresh towel every class
C: oh sure that's nice
A: great ten class pack plus towel service you can start tomorrow
C: oh perfect is the six am class open to beginners
A: yes all levels
C: amazing see you tomorrow thanks so much
""", True, 5.0, "positive", "Class pack bought; towel service five a month accepted; happy customer."),

("FR32_055", "Sofia Rossi", "2026-11-20T15:25:17", "clean", """A: Linden Home delivery support, this is Sofia.
C: My sofa was supposed to arrive yesterday between 9 and 1. I took the day off work. Nobody showed up and nobody called.
A: I'm really sorry. Let me check the order... I see the truck had a breakdown yesterday.
C: And a phone call was too much to ask?
A: It should have happened, you're right. I can reschedule you for Saturday between 8 and 12.
C: Saturday. Fine. Put me down for Saturday.
A: Done, and I've waived the $49 delivery fee.
C: Wonderful. So now I get to waste my Saturday too. Really impressive service.
A: I understand your frustration. I'll make sure the driver calls ahead.
C: Sure he will.
""", False, 0.0, "negative", "Rescheduled delivery of an earlier order and fee waiver are not new purchases; sarcastic and angry."),

("FR32_056", "Daniel Kim", "2026-11-23T12:38:03", "asr", """A: palace theater box office this is daniel
C: hi i'm looking for two tickets to the musical friday night
A: let me check i'm sorry friday is completely sold out
C: oh shoot
A: i do have saturday matinee at two orchestra row k ninety nine each
C: um yeah saturday at two works actually we can do lunch before
A: okay two orchestra seats row k saturday at two ninety nine each so one ninety eight total is that correct
C: yes that's correct
A: great you're booked we also sell the souvenir program for fifteen
C: do you know if there's parking nearby
A: yes the garage on fifth street is about ten dollars
C: okay great thanks
""", True, 0.0, "neutral", "Friday sold out, Saturday alternative taken and read-back confirmed; program offer left unanswered = 0; neutral."),

("FR32_057", "Grace Owusu", "2026-11-24T17:50:38", "clean", """A: Hi, is this Mr. Doyle? This is Grace from ClearWave Internet. As a valued customer, you're eligible to add our Premium TV package for just $25 a month.
C: Not interested.
A: It includes over 150 channels and—
C: I said not interested. This is the fourth time this month one of you has called me.
A: I'm sorry about that. I can make a note.
C: Please do. Put me on your do-not-call list.
A: I've added you to the do-not-call list.
C: And if the internet went down less often, maybe I'd listen to your offers.
A: I'm sorry to hear about the outages. I can open a ticket.
C: No. Just stop calling.
""", False, 0.0, "negative", "Outbound offer refused; do-not-call request is not a purchase; angry."),

("FR32_058", "Mateo Silva", "2026-11-25T11:07:52", "asr", """A: summit auto sales this is mateo
C: hi mateo it's priya from yesterday about the silver outback
A: hey great to hear from you did you talk it over
C: we did and we want it at twenty three nine like we talked about
A: fantastic twenty three thousand nine hundred out the door before registration should i write it up
C: yes write it up
A: great and did you want to add the extended warranty we talked about it's one thousand two hundred for five years
C: yeah my husband insisted on it so yes add the warranty
A: and the all weather floor mats for one fifty
C: no we'll skip the mats
A: perfect warranty added you can pick it up tomorrow after three
C: amazing we're so excited thank you for being so patient with us
""", True, 1200.0, "positive", "Car purchase committed; warranty 'one thousand two hundred' = 1200 accepted; mats declined; car price is the main purchase."),

("FR32_059", "Hannah Lee", "2026-11-26T09:44:21", "clean", """A: Evergreen Health Plans, this is Hannah.
C: Hi, I have your Bronze plan and I'm wondering about adding dental.
A: Sure. Our dental rider is $24 a month for individuals and covers two cleanings a year plus 80% of fillings.
C: Okay. And is there a waiting period for crowns?
A: Six months for major work like crowns.
C: Hmm. Can I sign up online, or does it have to be over the phone?
A: Either way. Open enrolment runs until December 15th.
C: Okay, good to know. I'll look at it this weekend.
A: Sounds good. Anything else?
C: No, that's all. Thanks.
""", False, 0.0, "neutral", "Only questions about the rider and how to sign up; deferral; neutral."),

("FR32_060", "Omar Haddad", "2026-11-27T16:29:10", "asr", """A: bella vista ristorante this is omar
C: hi i'd like to book a table for two this friday at eight it's our anniversary
A: congratulations we have friday at eight by the window would you like that
C: oh yes the window please
A: lovely we also offer a glass of champagne on arrival for the two of you for thirty five dollars
C: oh that's sweet yes let's do that
A: and we can put fresh flowers on the table for twenty
C: oh yes that too she'll love that
A: wonderful table for two friday at eight by the window with champagne and flowers under which name
C: romero
A: all set mister romero
C: thank you this is perfect
""", True, 55.0, "positive", "Table booked; champagne thirty five + flowers twenty = 55 accepted; delighted."),
]
