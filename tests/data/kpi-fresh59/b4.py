CALLS = [
("FR59_061", "Greta Holm", "2026-11-27T10:12:38", "clean",
"""A: Lindgren Home, Greta speaking.
C: Hi, I'd like to order the Sora platform bed in walnut, king size.
A: Lovely. The king Sora is $1,350 with white-glove delivery. We also have the matching Sora nightstands, $210 each.
C: Hmm. Just one, for my side. My partner's got a bookcase on hers.
A: One nightstand, got it. So the king Sora bed and one Sora nightstand in walnut, delivered December 4th?
C: Yes, that's all correct.
A: Wonderful, it's booked.
C: Great, I've wanted this bed for a year. Thank you, this was a really nice call."""
, True, 210.0, "positive", "read-back confirmed; one nightstand at $210 ('Just one, for my side'); 'really nice call'"),

("FR59_062", "Isaac Mendelsohn", "2026-11-27T19:20:45", "asr",
"""A: spice route indian kitchen isaac speaking
C: hi delivery please chicken tikka masala lamb saag two garlic naan and the vegetable samosas
A: okay anything else
C: how much is delivery
A: delivery is seven dollars
C: seven dollars that's a rip off it used to be three
A: sorry it went up this month
C: ugh fine actually take off the samosas then
A: okay no samosas can i add a couple of mango lassis two ninety nine each
C: no thanks
A: so tikka masala lamb saag two garlic naan to fourteen river road forty eight fifty with delivery
C: yeah fine
A: about forty five minutes
C: whatever thanks"""
, True, 0.0, "negative", "read-back 'yeah fine' = order placed; samosas removed; lassis declined; 'that's a rip off', 'whatever'"),

("FR59_063", "Nadia Petrovic", "2026-11-30T09:30:04", "clean",
"""A: DevSummit registration, Nadia speaking.
C: Hi, I'd like to register for DevSummit in February. The standard pass.
A: Sure, standard is $595. We also have pre-conference workshops on the 10th, $150 each.
C: Oh, the Kubernetes one, yes, add that.
A: Okay, standard pass plus the Kubernetes workshop, $745. Company card?
C: Actually, hold on, drop the workshop. My manager only approved the main pass.
A: No problem, just the standard pass, $595.
C: Yes, go ahead with that.
A: You're registered, confirmation is in your inbox.
C: Okay, got it."""
, True, 0.0, "neutral", "registration confirmed ('go ahead with that'); workshop $150 accepted then dropped = 0"),

("FR59_064", "Owen Gallagher", "2026-11-30T11:44:17", "asr",
"""A: evergreen garden centre owen speaking
C: hi um i wanted to ask about getting a christmas tree delivered a fraser fir about seven foot
A: sure seven foot fraser is eighty nine and delivery's twenty we can bring it saturday
C: mhm that sounds fine
A: want me to put it in for saturday
C: uh actually can you hold off we're having the floors done and i don't know when they'll finish
A: sure no problem
C: yeah let me call back after the fifteenth when i know
A: okay just bear in mind the big ones go fast
C: yeah okay thanks"""
, False, 0.0, "neutral", "'can you hold off... call back after the fifteenth' = deferred, nothing ordered"),

("FR59_065", "Marisol Ferreira", "2026-11-30T14:25:31", "clean",
"""A: Amberly Jewellers, Marisol speaking.
C: Hi, I saw a gold locket in your window on Main Street, the oval one with the little star?
A: Oh, the Estelle locket. That's $640 in 14k gold.
C: Ah. That's a bit more than I was hoping. Does engraving cost extra?
A: Engraving is $35 for up to three initials.
C: Okay. I think I'd rather come in and see it in person before deciding.
A: Of course, we're open until 6 every day this week.
C: Thank you, you've been really lovely. I'll pop in at the weekend."""
, False, 0.0, "positive", "only asked prices, 'come in and see it in person before deciding'; 'you've been really lovely'"),

("FR59_066", "Devon Okafor", "2026-11-30T16:03:58", "clean",
"""A: Tallyhub, Devon speaking.
C: Hi! We're on the Basic plan and we've outgrown it. I'd like to move up to Business.
A: Great to hear. Business is $59 a month instead of $25, with unlimited projects and the client portal.
C: That's the one. Let's do it.
A: Done, it's active now. Would you like to add priority support for $15 a month? Four-hour response time.
C: Yes, add that, we had a bad week last month waiting on a ticket.
A: Priority support added.
C: Fantastic, honestly the product has been brilliant for us. Thanks, Devon!"""
, True, 15.0, "positive", "plan upgrade 'Let's do it'; priority support $15 a month accepted = 15; 'brilliant for us'"),

("FR59_067", "Priya Raman", "2026-11-02T09:12:49", "asr",
"""A: northside auto parts priya speaking
C: yeah hi i ordered a water pump last week for a twenty sixteen tacoma and you sent me one for a four runner
A: oh i'm sorry about that can i get the order number
C: n s four four one nine two
A: i see it yeah that's a picking error i'll ship the right one today no charge
C: today meaning it gets here when
A: two days
C: my truck's been sitting in the driveway all week and this is the second time you guys have done this
A: i understand i'll include a return label for the wrong one
C: yeah okay i just really don't have any faith in you guys anymore"""
, False, 0.0, "negative", "replacement for a wrong part, free, nothing bought; 'second time', 'don't have any faith in you guys'"),

("FR59_068", "Tomasz Wieczorek", "2026-11-02T11:37:15", "clean",
"""A: Lakeside Pharmacy, Tomasz speaking.
C: Hi, I'm calling about my hydrocortisone cream refill. It came to $86 last time and I nearly fainted.
A: Let me look. I can apply the manufacturer's savings card, that brings it down to $25.
C: Oh, really? Please do.
A: Done. Do you want me to fill it now? It'll be ready in an hour.
C: Yes, fill it please.
A: All set, $25 at pickup.
C: Oh, that's so much better. Thank you, you've really made my day!"""
, True, 0.0, "positive", "'Yes, fill it please'; savings card is a discount not an upsell; 'made my day'"),

("FR59_069", "Hannah Lindqvist", "2026-11-03T12:01:27", "asr",
"""A: tony's pizza this is hannah
C: hi i need twelve large pizzas for an office party at one o'clock
A: twelve oh um for orders over ten we need twenty four hours notice
C: seriously it's in an hour
A: i'm sorry the kitchen can't turn out that many at lunch rush
C: can you do some of them
A: i could do maybe four by one
C: four pizzas for forty people
A: i'm sorry
C: unbelievable fine we'll go somewhere else"""
, False, 0.0, "negative", "order not possible, partial offer refused ('we'll go somewhere else'); 'unbelievable'"),

("FR59_070", "Curtis Bell", "2026-11-04T13:55:03", "clean",
"""A: Harmony Music Supply, Curtis speaking.
C: Hi, I need strings. Ernie Ball Regular Slinky, three packs.
A: Sure, those are $8 a pack, so $24.
C: Okay.
A: Would you like a capo with that? The Kyser is $15.
C: Sure, throw one in, I keep losing mine.
A: Three packs of Slinkys and a Kyser capo, shipped to the address on file. Same card?
C: Same card, yes.
A: Done, ships today.
C: Okay, thanks."""
, True, 15.0, "neutral", "order confirmed ('Same card, yes'); capo $15 accepted ('Sure, throw one in')"),

("FR59_071", "Aiyana Redcloud", "2026-11-05T10:40:22", "asr",
"""A: peak fitness equipment aiyana speaking
C: hi i was looking at the stride three hundred treadmill online
A: great choice it's on sale for one thousand one ninety nine this week with free delivery
C: mhm and does that fold up
A: yes it folds and it's got a three year motor warranty
C: okay um and the max weight
A: three hundred pounds
C: okay yeah that sounds good i'll think about it
A: the sale ends sunday just so you know
C: okay yeah thanks"""
, False, 0.0, "neutral", "'that sounds good i'll think about it' = interest without commitment"),

("FR59_072", "Rafael Quintero", "2026-11-06T09:08:36", "clean",
"""A: QuickPrint, Rafael speaking.
C: Hi, I need business cards printed. I emailed the design this morning, it's for Lena Moss Photography.
A: Got it. 500 standard cards are $49.
C: Great.
A: For $20 more we can print them on the 32 pt thick stock. They feel really premium.
C: Ooh, yes, the thick ones. And could you do 1,000 instead of 500?
A: 1,000 standard would be $79, plus the $20 upgrade. So $99 total, ready Thursday.
C: Yes, that's right.
A: Perfect, it's in production.
C: Amazing, I'm so happy with how the design turned out. Thank you!"""
, True, 20.0, "positive", "read-back confirmed; thick-stock upgrade '$20 more' accepted; quantity change is main item; 'so happy'"),

("FR59_073", "Keiko Matsuda", "2026-11-06T15:12:50", "clean",
"""A: Brightwave Mobile, Keiko speaking.
C: Hi, I'd like to order the new iPhone on the 24-month payment plan.
A: Sure, let me run the credit check... I'm sorry, the financing hasn't been approved.
C: What? Why?
A: I don't get the details, but you'll get a letter. You could buy the phone outright at $999.
C: Oh, great. Just great. I've been a customer for nine years.
A: I understand. There's also the refurbished model for $649.
C: No. I don't want a refurbished phone. Forget it."""
, False, 0.0, "negative", "financing declined, alternatives refused ('Forget it'); sarcastic 'Oh, great. Just great.'"),

("FR59_074", "Brendan Nolan", "2026-11-09T16:47:08", "asr",
"""A: little chefs party catering brendan speaking
C: hi um my son's turning six and we're doing a party at home for about fifteen kids
A: fun we do a kids package mini pizzas chicken bites fruit cups and juice boxes for fifteen it's one eighty
C: okay and is there a cake option
A: yeah we can add a sheet cake for forty
C: mhm okay that sounds pretty good
A: do you want me to book that for the date
C: um let me talk to my partner first she might want to do the food herself
A: no problem
C: yeah i'll call you back by friday"""
, False, 0.0, "neutral", "'let me talk to my partner first... call you back' = deferral"),

("FR59_075", "Simone Adeyemi", "2026-11-10T12:29:14", "clean",
"""A: Nordvik Furniture customer care, Simone speaking.
C: My sectional was supposed to be delivered last Saturday. I took the day off work. Nobody showed up.
A: I'm very sorry. I see the truck had a breakdown. It's rescheduled for this Saturday.
C: And nobody thought to call me?
A: You're right, you should have been called. I'd like to put a $50 credit on your account for the trouble.
C: Fine, but I'm not happy about it.
A: Understood. Is there anything else I can do?
C: Just make sure it actually shows up this time."""
, False, 0.0, "negative", "existing order rescheduled, $50 credit is not a purchase; 'I'm not happy about it'"),

("FR59_076", "Luis Carvajal", "2026-11-11T10:16:42", "asr",
"""A: greenfork meal prep luis speaking
C: hey yeah i've been meaning to sign up i'm so done cooking every night
A: ha totally we've got the three meals a week plan at fifty nine a week or five meals at ninety two
C: um three meals to start
A: sure we also do a breakfast add on five overnight oats and egg cups for twenty dollars a week
C: oh yes yes add the breakfast i skip it every day
A: so three meals a week plus breakfast first delivery monday shall i go ahead with the card
C: yep go for it
A: done you're all signed up
C: honestly this is the best decision i've made all month thanks"""
, True, 20.0, "positive", "'yep go for it' to the sign-up; breakfast add-on twenty dollars a week accepted = 20; 'best decision'"),

("FR59_077", "Greta Holm", "2026-11-12T11:02:29", "asr",
"""A: riverside arena box office greta speaking
C: hi i want two of the vip packages for the holloway concert on the fifth the meet and greet ones
A: okay two vip packages at three forty each six eighty total for the fifth is that right
C: yes that's correct
A: okay processing um oh no
C: what
A: i'm really sorry the last vip packages sold online while i was checking out the system won't let me complete it
C: you're kidding
A: i can get you two general admission at ninety five
C: no the whole point was meeting her general admission's no good that's so frustrating"""
, False, 0.0, "negative", "read-back confirmed but booking failed (VIP sold out), GA refused; 'so frustrating'"),

("FR59_078", "Isaac Mendelsohn", "2026-11-13T14:36:55", "clean",
"""A: Pawsome Pantry, Isaac speaking.
C: Hi, I need to cancel our autoship for the dog food. We're moving to Portugal next month.
A: Oh, exciting! Before I cancel, can I offer you 25% off the next three shipments?
C: That's kind, but no, we really won't be here. And he's switching to a local brand over there anyway.
A: Totally understand. I've cancelled the autoship, no more charges.
C: Thank you. Honestly, you've always been great, it's not you at all.
A: That's lovely to hear. Safe travels.
C: Thanks so much, take care."""
, False, 0.0, "positive", "cancellation, retention offer declined ('no, we really won't be here'); 'you've always been great'"),

("FR59_079", "Nadia Petrovic", "2026-11-16T10:55:11", "clean",
"""A: Mowers Direct parts, Nadia speaking.
C: Hi, I'm after a replacement blade for a Honda HRX217. Is it in stock?
A: Yes, the OEM blade set is $38.95 and we have plenty.
C: Oh perfect. Can I order it on your website instead? I'd rather use my PayPal.
A: Absolutely, just search the part number 72531-VH7-000.
C: 72531... got it. Thanks, that's really helpful.
A: No problem at all.
C: Brilliant, cheers."""
, False, 0.0, "positive", "will order online later, nothing committed on the call; 'really helpful', 'Brilliant'"),

("FR59_080", "Owen Gallagher", "2026-11-17T17:20:34", "asr",
"""A: petal post flowers owen speaking
C: hi how much is a dozen roses delivered
A: a dozen red roses is sixty five and delivery's fourteen ninety five
C: seventy nine dollars for roses
A: we do have a half dozen for thirty eight
C: that's insane for flowers that die in a week honestly
A: i understand prices have gone up a lot this year
C: yeah um maybe next week when i get paid
A: sure anytime
C: yeah okay bye"""
, False, 0.0, "negative", "deferral 'maybe next week when i get paid'; 'that's insane... honestly' negative"),
]
