# FR44 batch 4 (calls 061-080), written by hand.
CALLS = [
    ("FR44_061", "Hannah Lindqvist", "2026-11-30T09:10:15", "clean",
     """A: Maple Street Vet Clinic, this is Hannah.
C: Hi, my dog Biscuit is due for his rabies shot. Can I bring him in this week?
A: Sure, I have Wednesday at 11 or Thursday at 3.
C: Thursday at 3 would be great, please book him in.
A: Done. The vaccine visit is $65. While he's here, do you want us to do a nail trim? It's $15.
C: Oh, yes! Sure, do the nails too, he won't let me near his paws.
A: Ha, they never do. Thursday at 3, vaccine plus nail trim.
C: Perfect. You guys are wonderful with him, thank you.
A: See you both Thursday!""",
     True, 15.00, "positive",
     "Vet appointment booked; nail trim $15 accepted ('do the nails too'); 'You guys are wonderful'."),

    ("FR44_062", "Victor Adeyemi", "2026-11-30T11:34:50", "asr",
     """A: summit car rental airport this is victor
C: yeah i'm standing at your counter there's nobody here and the app says my car isn't available
A: i'm sorry let me look up the reservation um yes i see it the full size was given out
C: given out i booked this a month ago this is unbelievable
A: i'm really sorry i'm checking the other locations
C: i have a meeting in an hour
A: the nearest one with a car is downtown about twenty minutes away
C: and how am i supposed to get there
A: i can reimburse a taxi up to forty dollars
C: forget it i'm going to the other company across the hall never again""",
     False, 0.00, "negative",
     "Existing booking not fulfilled, customer leaves for a competitor; 'this is unbelievable', 'never again'."),

    ("FR44_063", "Grace Tanaka", "2026-11-30T13:58:22", "clean",
     """A: Meridian Bank, this is Grace.
C: Hi. I keep getting hit with wire fees. Does the Premier checking account waive those?
A: It does. Premier is $15 a month, waived with a $10,000 balance, and includes free wires and ATM refunds.
C: I usually keep around eight thousand, so I'd pay the fee.
A: That's right, but if you send two wires a month at $25 each, it pays for itself.
C: Yeah, that's true. Okay, switch me over to Premier.
A: Done, it takes effect on the 1st. Would you like overdraft protection as well? It's free to enroll.
C: No, I'm fine.
A: Alright. Anything else today?
C: No, that's it.""",
     True, 0.00, "neutral",
     "'switch me over to Premier' = paid plan change; the $15/month upgrade is the main purchase itself, no add-on; neutral."),

    ("FR44_064", "Owen McCarthy", "2026-11-30T15:20:07", "clean",
     """A: Oakline Furniture, Owen speaking.
C: Yes, I ordered a bed frame six weeks ago. You said three weeks. Where is it?
A: Let me check. I'm sorry, it's delayed at the warehouse, now expected on the 14th.
C: Oh, perfect. So I keep sleeping on a mattress on the floor. Love it.
A: I'm really sorry. I can offer 10% off your next purchase.
C: Why would I make another purchase? I can't even get this one.
A: I understand. I can refund the delivery fee.
C: Do that. And if it's not here on the 14th I want a full refund.
A: I'll note that on the order.
C: Great. Thanks for nothing.""",
     False, 0.00, "negative",
     "Delivery complaint; fee refund is not a sale; sarcasm 'Love it', 'Thanks for nothing'."),

    ("FR44_065", "Maria Delgado", "2026-11-02T16:05:33", "asr",
     """A: harbor point inn this is maria
C: hi i need a room for tonight just one night if you have anything
A: let me see yes i have a standard king at one sixty nine
C: okay great i'll take it
A: perfect and i can also offer the corner suite it's usually ninety more but tonight i can do sixty extra
C: ooh sixty yeah okay do it it's been a long week
A: lovely so the corner suite tonight checking in under what name
C: reyes
A: okay mr reyes you're all set check in is from three
C: thank you that's awesome really appreciate it""",
     True, 60.00, "positive",
     "Books room ('i'll take it'); suite upgrade revised from ninety to sixty extra and accepted = 60; 'that's awesome'."),

    ("FR44_066", "Kevin Osei", "2026-11-03T09:47:29", "clean",
     """A: Brightline Mobile, this is Kevin.
C: I got a text that I've used 90% of my data and my cycle started ten days ago.
A: I see that. I can add an extra 10 gigs for $10 this month.
C: I'm already paying way too much. I'm not buying more data.
A: Understood. You can also switch to Wi-Fi calling to save data.
C: I know how Wi-Fi works.
A: Of course. Is there anything else I can help with?
C: Maybe if I run out again I'll call. Honestly your plans are a rip-off.
A: I'm sorry you feel that way.
C: Yeah. Bye.""",
     False, 0.00, "negative",
     "Data add-on refused ('I'm not buying more data'); 'Maybe if I run out again' is a deferral; 'your plans are a rip-off'."),

    ("FR44_067", "Priya Raman", "2026-11-04T10:25:48", "clean",
     """A: Saffron Table events, this is Priya.
C: Hi, I want to book the private dining room for a team dinner on December 3rd, twelve people.
A: Lovely. The private room has a $500 food and beverage minimum. 7 pm?
C: 7 pm is great.
A: Let me read it back: private dining room, Thursday December 3rd at 7 pm, twelve guests, $500 minimum. Correct?
C: Yes, that's right. Do we need to bring our own cake, or can you do one?
A: We can do one, just let me know a few days before. You're booked.
C: Wonderful, thank you. Everyone's going to love this place.""",
     True, 0.00, "positive",
     "Confirms read-back ('Yes, that's right') then asks a question; no add-on accepted (cake only asked about); 'Everyone's going to love this place'."),

    ("FR44_068", "Tom Hollis", "2026-11-05T11:52:16", "asr",
     """A: hollis motors this is tom
C: hi i got the email with the trade in offer for my civic and i wanted to talk about it
A: sure we came in at six thousand two hundred
C: six thousand two hundred the same car is listed for fourteen on your own lot
A: well that's retail price after reconditioning
C: that's insulting honestly
A: i can ask my manager if we can go to six five if you buy today
C: no i'm not buying anything today i'll take it to carmax
A: understood the offer stands for a week
C: yeah don't hold your breath""",
     False, 0.00, "negative",
     "Refuses ('i'm not buying anything today'); 'that's insulting honestly', 'don't hold your breath'."),

    ("FR44_069", "Jenna Kowalski", "2026-11-06T13:14:39", "clean",
     """A: Keystone Mutual, this is Jenna.
C: Hi, my son just got his license and I need to add him to our auto policy.
A: Congratulations, or condolences! Adding a 16-year-old driver will raise the premium by $88 a month.
C: Yeah, I figured it'd be expensive. Go ahead and add him.
A: Done. If he takes our safe-driver course, you can get 10% back on his part.
C: Okay, send me the link for that.
A: Sent. Would you also like to add accident forgiveness for $9 a month?
C: No, he just needs to drive carefully.
A: Fair enough. He's covered as of today.
C: Okay, thanks.""",
     True, 0.00, "neutral",
     "'Go ahead and add him' = paid policy change (main item); accident forgiveness $9/month declined; course discount not an upsell; neutral."),

    ("FR44_070", "Marcus Bell", "2026-11-09T10:02:55", "clean",
     """A: Voltaire Home, Marcus speaking.
C: Hi, I want to order the TurboBlend 900 blender, the $129 one.
A: Sure. Do you want our two-year protection for $24.99?
C: Yeah, okay.
A: Great. Anything else?
C: Does it come with the small jar, for smoothies?
A: That's sold separately, $34.
C: Add one.
A: So the blender, the protection, and one extra jar. Shall I place it?
C: Sure.
A: It's placed, arriving Thursday.
C: Okay.""",
     True, 58.99, "neutral",
     "Order placed ('Sure'); protection $24.99 + extra jar $34 = 58.99; blender is main item; flat."),

    ("FR44_071", "Aisha Rahman", "2026-11-10T14:41:27", "clean",
     """A: Peak Fitness, this is Aisha.
C: Hi, I need to cancel my membership. I've moved to Portland.
A: Oh, sorry to lose you. We have partner gyms in Portland. I could offer two months free if you'd like to transfer.
C: No, honestly just cancel it. I've already joined a place near my new apartment.
A: Understood. It's cancelled, no further charges.
C: Okay. Will I get a confirmation?
A: Yes, by email within the hour.
C: Okay, thanks.""",
     False, 0.00, "neutral",
     "Cancellation, retention offer declined ('just cancel it'); calm, routine politeness."),

    ("FR44_072", "Daniel Novak", "2026-11-11T09:33:41", "clean",
     """A: Skyway Airlines, this is Daniel.
C: My flight to Seattle got cancelled again. I need to get on something today.
A: I'm sorry. There's a 6:40 pm with one seat left, $145 fare difference.
C: Fine, book the 6:40 then.
A: Let me try... I'm sorry, that seat was just taken while I was booking.
C: You're kidding. That's the third time this week this has happened to me with your airline.
A: The next option is tomorrow at 7 am, no fare difference.
C: Tomorrow doesn't help me. I'll figure something out myself.
A: I can put you on standby for tonight.
C: Don't bother. This is a disaster.""",
     False, 0.00, "negative",
     "Commitment to the 6:40 could not be fulfilled (seat gone) and nothing else booked; standby refused; 'This is a disaster'."),

    ("FR44_073", "Laura Fitzgerald", "2026-11-12T12:18:06", "clean",
     """A: Northgate Power, this is Laura.
C: Hi! We just bought our first house and I wanted to ask how to start service there.
A: Congratulations! I can set it up for you. What's the move-in date?
C: We don't have the closing date confirmed yet, maybe mid-December.
A: No problem. Once you know, call us or do it online, it takes five minutes.
C: Oh, that's easy. Is there a deposit?
A: Not with your payment history.
C: Great. I'll call back once we have the date. You've been so helpful, thank you!
A: Good luck with the move!""",
     False, 0.00, "positive",
     "Nothing set up: 'I'll call back once we have the date' = deferral; 'You've been so helpful'."),

    ("FR44_074", "Sam Whitaker", "2026-11-13T15:07:19", "asr",
     """A: blue note club tickets this is sam
C: hi i want two tickets for the jazz night on friday
A: sure general admission is forty each so eighty total for two
C: yep that's fine
A: okay two tickets friday eighty dollars is that right
C: yep that's right
A: great and do you want a parking pass it's fifteen dollars
C: uh no we'll take the train
A: okay you're all set the tickets are in your email
C: awesome can't wait thanks so much""",
     True, 0.00, "positive",
     "Confirms read-back of two tickets ('yep that's right'); parking pass fifteen dollars declined; 'awesome can't wait'."),

    ("FR44_075", "Nadia Petrova", "2026-11-16T11:45:52", "clean",
     """A: StreamHaus, this is Nadia.
C: You raised my price again. Third time in two years. I'm cancelling, and don't offer me anything.
A: I understand. I do have to let you know we have an ad-supported plan for $6.99.
C: No.
A: Understood. I've cancelled it, you'll have access until the 30th.
C: Good. Your service used to be great, now it's just greedy.
A: I'm sorry to hear that.
C: Yeah. Bye.""",
     False, 0.00, "negative",
     "Cancellation, offer refused ('No.'); 'now it's just greedy'."),

    ("FR44_076", "Carlos Mendez", "2026-11-17T10:30:44", "clean",
     """A: Apex Roofing, Carlos speaking.
C: Hi, we had a big storm and some shingles came off. Can someone come look?
A: Sure, the estimate is free. I have Thursday at 9 or Friday at 1.
C: Thursday at 9 works, book it.
A: You're on the schedule. We also offer a gutter cleaning while we're up there, $120.
C: Let's see what the roof needs first.
A: Sure. The inspector will call on the way.
C: Okay. Thanks.""",
     True, 0.00, "neutral",
     "Estimate appointment booked ('book it'); gutter cleaning $120 deferred, not accepted; neutral."),

    ("FR44_077", "Hannah Lindqvist", "2026-11-18T14:12:31", "asr",
     """A: riverside family clinic this is hannah
C: hi i'm calling about my blood test results from two weeks ago
A: okay let me check um it looks like they came back but the doctor hasn't reviewed them yet
C: two weeks this is the second time i've called and nobody calls back
A: i'm sorry i'll send a message to doctor kim now
C: that's what they said last time
A: i'll mark it urgent
C: okay but honestly this is really frustrating i'm worried about those results
A: i understand someone will call you by tomorrow
C: we'll see""",
     False, 0.00, "negative",
     "Follow-up on results, nothing booked or bought; 'this is really frustrating', 'we'll see'."),

    ("FR44_078", "Victor Adeyemi", "2026-11-19T16:22:10", "clean",
     """A: Summit Car Rental, Victor here.
C: Hi, we're moving my daughter into her dorm on the 12th. What would a cargo van cost for the day?
A: A cargo van is $79 for the day, plus $0.29 a mile after 100 miles.
C: And insurance?
A: Our damage waiver is $19.99 a day, though many credit cards cover it.
C: Okay. I think I'll book it online tonight once I confirm the time with her.
A: Sounds good. The 12th still has vans available.
C: Great. Thanks, you've been really helpful.""",
     False, 0.00, "positive",
     "Asks prices; 'I think I'll book it online tonight' = deferral, nothing booked; 'you've been really helpful'."),

    ("FR44_079", "Grace Tanaka", "2026-11-20T10:08:58", "clean",
     """A: Meridian Bank mortgages, this is Grace.
C: Hi, I'm wondering whether it makes sense to refinance. We're at 7.1%.
A: Current rates for a 30-year fixed are around 6.2%, depending on credit.
C: Okay. And the closing costs?
A: Typically 2 to 3% of the loan amount.
C: Hmm. Can you just email me the rates and an estimate? I need to crunch the numbers.
A: Sure, I'll send it today.
C: Okay, thanks.""",
     False, 0.00, "neutral",
     "Information request ('Can you just email me the rates'); no commitment; neutral."),

    ("FR44_080", "Owen McCarthy", "2026-11-23T13:36:47", "clean",
     """A: Oakline Furniture, Owen speaking.
C: I want to order two of the Ashby bookshelves. Your website said $169 but now it says $189.
A: I'm sorry, the sale ended Sunday. They're $189 each now.
C: That's annoying. I literally had them in my cart last week.
A: I understand. Would you like to go ahead with two?
C: Whatever, yes, two of them.
A: Okay. We offer assembly for $60 per shelf.
C: No, I'll assemble them myself.
A: So two Ashby bookshelves at $189, $378. I'll place the order.
C: Fine. Just place it."""
     , True, 0.00, "negative",
     "Orders two bookshelves ('yes, two of them', 'Just place it'); $189 each is the main item; assembly $60 declined; 'That's annoying', 'Whatever'."),
]
