CALLS = [
("FR6_016", "Julian Price", "2026-11-10T08:12:40", "clean", """
A: GuardHome Pest Control, Julian speaking.
C: Hi. I've got ants in the kitchen again. Your guy came in September and clearly it didn't work.
A: I'm sorry to hear that. I'd recommend our quarterly plan, $120 per visit, which includes free callbacks between visits.
C: $120 every three months. That's pretty steep.
A: We also have an attic treatment for $200 that helps with rodents.
C: No, I don't have rodents, just the ants.
A: Understood. Would you like me to start the quarterly plan with a first visit on Friday?
C: Fine, book it. Friday morning. But honestly I'm not thrilled about paying again for something that should have worked the first time.
A: I understand. You're booked for Friday between 8 and 10.
C: Okay.
""", True, 0.00, "negative", "quarterly plan booked (main); attic $200 declined; grudging tone"),

("FR6_017", "Lily Tran", "2026-11-10T19:22:31", "clean", """
A: Riverside Arena box office, Lily speaking.
C: Hi, I'd like two tickets for the Fenwick Quartet on Friday at 8.
A: Let me see. I have two seats in row F. Please confirm: two tickets for Friday at 8 pm, $90 in total?
C: Yes, that's correct.
A: One moment while I process that... I'm so sorry, the system says those seats were just sold, and the show is now sold out.
C: You're kidding. I've been trying to get these for a week.
A: I'm really sorry. I can add you to the waitlist for returns.
C: Don't bother. This is so disappointing.
""", False, 0.00, "negative", "read-back confirmed but booking failed, sold out, nothing else booked -> false"),

("FR6_018", "Samuel Ortiz", "2026-11-11T10:05:55", "clean", """
A: Ortiz & Sons Auto, this is Sam.
C: Hi Sam, you called about my car. What did you find?
A: Your front brake pads and rotors are worn. The brake job would be $420, parts and labour.
C: Okay, go ahead with the brakes.
A: Will do. Your wiper blades are also cracked. A new pair is $30 installed.
C: Sure, throw those in as well.
A: And we could do a tire rotation for $25.
C: Nah, I just had that done.
A: No problem. Brakes and wipers, ready by 4 pm.
C: Great, you guys are always so straightforward. Thanks!
""", True, 30.00, "positive", "brake job main; wipers $30 accepted; rotation $25 declined; 4 pm is a time"),

("FR6_019", "Emma Castillo", "2026-11-11T13:48:17", "clean", """
A: Vista Cable, Emma speaking.
C: Hi, quick question. How much is the sports package?
A: The Sports Plus package is $12.99 a month and includes 14 channels.
C: And is there a contract?
A: No contract, you can cancel anytime.
C: Okay. I'm just asking for now, not ready to add it. Maybe when the season starts.
A: Of course. Anything else I can help with?
C: No, that's all. Thanks.
""", False, 0.00, "neutral", "price only asked about; deferral"),

("FR6_020", "Benjamin Hart", "2026-11-12T09:17:29", "clean", """
A: Happy Paws Grooming, Ben speaking.
C: Hi, I'd like to book a full groom for my golden retriever, Biscuit.
A: We have Wednesday at 10. The full groom for a large dog is $65.
C: Wednesday at 10 works.
A: Would you like to add a nail trim for $10 and teeth brushing for $8?
C: Yes to both. His breath is terrible.
A: Ha, got it. Full groom plus nail trim and teeth brushing, Wednesday at 10.
C: Perfect. You guys always do such a lovely job with him.
""", True, 18.00, "positive", "groom booked; two add-ons 10 + 8 = 18"),

("FR6_021", "Zoe Patel", "2026-11-12T15:33:08", "clean", """
A: SunCrest Solar, Zoe speaking. I'm following up on your request for a quote.
C: Right, yes. What did it come out to?
A: For your roof, a 7-kilowatt system would be $18,400 before the tax credit, or $129 a month on our finance plan.
C: Hmm. That's more than I was hoping.
A: It typically pays for itself in about 9 years.
C: I'd sign up if it were closer to $90 a month. At $129 it doesn't really work for us.
A: I understand. I'll note that, in case pricing changes.
C: Sure, okay.
""", False, 0.00, "neutral", "conditional 'I'd sign up if'; main product prices only"),

("FR6_022", "Henry Walsh", "2026-11-13T11:09:44", "clean", """
A: Wanderlust Travel, Henry speaking.
C: Hi, we'd like to book the 7-night Lisbon package for two, leaving December 10th.
A: Lovely. That's $2,340 for two, flights and hotel included. Would you like travel insurance? It's $89 per person.
C: Yes, insurance for both of us, please.
A: So $178 for the two policies. There's also a Sintra day tour for $65 each.
C: We'll skip the tour, we'd rather explore on our own.
A: Of course. Package for two plus insurance. Shall I book it?
C: Yes, let's book it!
A: Booked, confirmation WL-40917.
C: Oh, this is so exciting. Thank you, Henry, you've been wonderful.
""", True, 178.00, "positive", "insurance $89 x 2 = 178; tour declined; package price main"),

("FR6_023", "Mia Robinson", "2026-11-13T17:55:21", "clean", """
A: Northstate Power, Mia speaking.
C: My bill this month is $312. It's usually around $140. What happened?
A: Let me look. It seems this bill was estimated because our reader couldn't access the meter.
C: Oh great, another estimate. That's the second time this year.
A: I'm sorry. If you send us a photo of the meter reading, we'll correct the bill.
C: So I have to do your job for you. Wonderful.
A: I understand the frustration. I'll put a hold on the payment due date.
C: Fine. This company is unbelievable.
""", False, 0.00, "negative", "billing complaint with sarcasm; amounts are bills, not purchases"),

("FR6_024", "Leo Fischer", "2026-11-14T12:40:36", "clean", """
A: FreshCrate meal kits, Leo speaking.
C: Hi, I placed my order yesterday for next week's box, and I'd like to add the dessert box to it.
A: Sure. The dessert box is $9.99 and comes with two desserts.
C: Yes, please add it.
A: Done. It's added to the box arriving Tuesday.
C: Okay. Will it be charged to the same card?
A: Yes, the card ending 2280.
C: Okay, that's fine. Thanks.
""", True, 9.99, "neutral", "call only to add $9.99 dessert box to earlier order"),

("FR6_025", "Nora Jensen", "2026-11-14T14:26:03", "clean", """
A: Sentinel Home Security, Nora speaking.
C: Hi, I'd like to sign up for monitoring. I saw the Essential plan is $29.99 a month.
A: Yes. Shall I set that up for you?
C: Yes, please.
A: Great. Would you like to add an outdoor camera for $149?
C: Hmm, okay, add one camera.
A: Added. Your installation is on Monday.
C: Actually, let me think about the camera. Can you take it off? Just the monitoring for now.
A: Sure, the camera is removed. Essential monitoring, installation Monday.
C: Okay, sounds good.
""", True, 0.00, "neutral", "monitoring sign-up kept; camera $149 accepted then removed -> 0"),

("FR6_026", "Caleb Murphy", "2026-11-15T16:10:58", "clean", """
A: BrightPath Tutoring, this is Caleb.
C: Hi, my son is struggling with algebra. Do you offer a trial session?
A: We do, the first session is free. After that, sessions are $45 an hour.
C: That sounds great. When could he start?
A: I have Thursday at 4 pm with Ms. Alvarez.
C: Yes, Thursday at 4 works. Please book it.
A: Done, he's booked for Thursday at 4.
C: Thank you so much, I really appreciate how quickly you fit him in.
""", True, 0.00, "positive", "free trial session booked = appointment; $45 is the future main price"),

("FR6_027", "Ella Richardson", "2026-11-16T10:58:12", "clean", """
A: Cobalt Clothing, Ella speaking.
C: Hi, I ordered a wool coat in medium and it's too small. Can I exchange it for a large?
A: Of course. The large is in stock. I'll send a prepaid return label, and we'll ship the large as soon as we scan it.
C: Do I have to pay for shipping?
A: No, exchanges are free.
C: Oh, that's great. That was way easier than I expected.
A: The label is in your inbox now.
C: Perfect, thank you so much, really appreciate it!
""", False, 0.00, "positive", "free exchange, no purchase"),

("FR6_028", "Aaron Kim", "2026-11-16T13:21:47", "clean", """
A: Starlight Cinemas group sales, Aaron speaking.
C: Hi, I need 12 tickets for the 6 pm showing of Northern Lights on November 21st. It's for my son's birthday.
A: Sure. 12 tickets at $11 each comes to $132. Would you like popcorn combos? They're $8.50 each.
C: Let's do three combos, they can share.
A: Three combos, $25.50. Please confirm: 12 tickets for the 6 pm show on the 21st, plus three combos?
C: Yes, that's right.
A: You're booked. Pick up at the box office.
C: Okay, thank you.
""", True, 25.50, "neutral", "tickets main; 3 x $8.50 combos = 25.50; 12 people, 6 pm not prices"),

("FR6_029", "Ruby Sandoval", "2026-11-17T09:44:30", "clean", """
A: Evergreen Life, Ruby speaking.
C: I want to cancel my life insurance policy.
A: I'm sorry to hear that. May I ask why?
C: The premium went up to $64 a month and I found a better deal.
A: I can offer you a 15% loyalty discount, bringing it to about $54.
C: No, please just cancel it. I've already signed with the other company.
A: Understood. Your policy is cancelled effective the end of the month.
C: Fine. It took 25 minutes on hold just to do this, which is pretty poor.
""", False, 0.00, "negative", "save offer refused; cancellation"),

("FR6_030", "Dylan Foster", "2026-11-17T14:15:09", "clean", """
A: Nimbus Hosting, Dylan speaking.
C: Hi, my hosting plan expires next week and I want to renew it for another year.
A: Sure, the annual renewal is $120. Would you also like domain privacy? It's $15 a year and hides your contact details.
C: Yes, add the privacy.
A: Great. Renewal plus privacy. I'll charge the card on file.
C: Okay. Not bad at all, honestly, I was expecting a price hike.
A: Nope, same price as last year. You're all set.
C: Great, thanks for making it painless.
""", True, 15.00, "positive", "renewal main; domain privacy $15/year accepted"),
]
