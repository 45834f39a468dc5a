CALLS = [
("FR6_001", "Maya Thornton", "2026-11-02T09:14:22", "clean", """
A: Thank you for calling Brightwave Mobile, this is Maya. How can I help you today?
C: Hi, I'm looking to switch my line over to you guys. I saw the Unlimited plan online for $55 a month.
A: Yes, that's our most popular plan. Do you make any calls outside the US?
C: Actually, yes. My parents live in Portugal, so I call them a couple of times a week.
A: Then I'd suggest our World Connect add-on. It's $10 a month and covers calls to 70 countries, Portugal included.
C: Oh, that's perfect. Yes, add that, please.
A: Great. So that's Unlimited at $55 plus World Connect at $10. Shall I set up the line for you today?
C: Yes, please. Let's do it.
A: Done. Your SIM ships tomorrow and should arrive within 2 days.
C: Wonderful, this was so much easier than I expected. Thank you!
""", True, 10.00, "positive", "sign-up; World Connect add-on $10/month accepted"),

("FR6_002", "Daniel Okafor", "2026-11-02T11:40:05", "clean", """
A: Harborview Hotel reservations, Daniel speaking.
C: Hi, I need a room for three nights, November 18th to the 21st.
A: Let me check. I have a king room at $189 per night.
C: Okay, that works.
A: Would you like to add our breakfast buffet? It's $22 per night, so $66 for the three nights.
C: Sure, add the breakfast.
A: Alright. Please confirm: king room, November 18 to 21, $567 for the room plus $66 for breakfast?
C: Yes, that's correct. Is there parking on site?
A: There is, at the garage on 4th Street. Your confirmation number is HV2291.
C: Okay, thanks.
""", True, 66.00, "neutral", "hotel booking confirmed; breakfast $22 x 3 nights = 66 (room price is main)"),

("FR6_003", "Priya Raman", "2026-11-03T14:02:47", "clean", """
A: Nordhaus Furniture customer care, this is Priya.
C: Hi Priya. I bought the Linden sofa in your store yesterday, order 48812, and I forgot to ask about assembly.
A: Let me pull that up. Yes, I see the Linden sofa, delivery on Saturday. Our assembly service is $79.
C: Yes, I'd like to add that to the order, please.
A: Done, I've added assembly for $79 to order 48812. The team will assemble it when they deliver.
C: Brilliant. That saves me a whole afternoon of swearing at an Allen key.
A: Ha, happy to help. Anything else?
C: No, that's it. You've been really helpful, thank you.
""", True, 79.00, "positive", "call only to add assembly $79 to yesterday's purchase; order number is not a price"),

("FR6_004", "Lucas Moreau", "2026-11-03T16:25:10", "clean", """
A: StreamBox support, Lucas speaking. How can I help?
C: I want to cancel my subscription. $15.99 a month is too much for what I actually watch.
A: I understand. Before I process that, I can offer you our Basic plan at $7.99 a month for the next year. You'd keep all your profiles.
C: Hmm. Does Basic have ads?
A: It has a few short ads, yes, but the full library.
C: I guess I can live with ads. Okay, I'll stay on the Basic plan then.
A: Perfect, I've switched you to Basic at $7.99, effective your next billing date.
C: Okay. Thanks.
""", True, 0.00, "neutral", "save offer accepted = conversion; the plan price is main, not upsell"),

("FR6_005", "Hannah Schultz", "2026-11-04T10:11:33", "clean", """
A: Keystone Auto Insurance, this is Hannah.
C: Hi, I got your mailer and wanted a quote for my 2019 Civic.
A: Sure. Based on what you've told me, full coverage would be $118 a month, and roadside assistance is an extra $8.
C: Okay. That's a bit more than I pay now, but not by much.
A: Shall I set up the policy for you today?
C: I'm interested, but can you email me the details? I want to compare it side by side.
A: Of course. What email should I use?
C: jpark.home@example.com.
A: Sent. The quote is valid for 30 days.
C: Thanks, I'll take a look this weekend.
""", False, 0.00, "neutral", "interest + email request; 2019 is a year; roadside never accepted"),

("FR6_006", "Marcus Bell", "2026-11-04T13:50:19", "clean", """
A: SkyLark Airlines, Marcus speaking.
C: Hi, I'd like to book flight 2317 from Denver to Boston on November 22nd.
A: The economy fare is $246. Would you like to add a checked bag for $35?
C: No, I'll just bring a carry-on.
A: No problem. I can also move you to an Extra Legroom seat, row 12, for $45.
C: I'm 6 foot 4, so yes, absolutely, give me the legroom seat.
A: Done. So, flight 2317, November 22, economy with seat 12C, $291 total. Shall I ticket it?
C: Yes, go ahead and book it.
A: You're all set, confirmation QX7L2P.
C: Fantastic, thank you so much. My knees thank you too.
""", True, 45.00, "positive", "legroom seat $45 accepted; checked bag $35 declined; flight number and row not prices"),

("FR6_007", "Sofia Alvarez", "2026-11-05T18:05:44", "clean", """
A: Good evening, Osteria Lucca, this is Sofia.
C: Hi, could I get a table for six this Saturday around 7:30?
A: Let me see. I have 7:30 on the terrace or 8:00 inside.
C: The terrace sounds lovely.
A: Wonderful. Please confirm: a table for six, Saturday November 7th at 7:30, terrace, under the name Reyes?
C: Yes, that's right. Do you have a vegetarian menu?
A: We do, several dishes. Your table is booked.
C: Amazing, we're really looking forward to it. Thanks so much!
""", True, 0.00, "positive", "read-back confirmed then a question; six people, 7:30 not prices"),

("FR6_008", "Ethan Caldwell", "2026-11-05T20:12:09", "clean", """
A: Fibrelink technical support, Ethan speaking.
C: My internet has been down since Tuesday. This is the third outage this month.
A: I'm very sorry about that. I can see a line fault in your area that was repaired this morning.
C: This morning. So I've lost three days of work from home.
A: I understand. I've applied a $15 credit to your account for the disruption.
C: Fifteen dollars. Wow. That barely covers a coffee a day.
A: I can escalate for a further review if you'd like.
C: Yes, escalate it. Honestly I'm not happy with this service at all.
A: I've opened the review, reference 55102.
C: Fine. Bye.
""", False, 0.00, "negative", "service complaint; credit is not an upsell; 'yes escalate' is not a purchase"),

("FR6_009", "Grace Whitfield", "2026-11-06T12:30:51", "clean", """
A: Voltmart Electronics, Grace speaking.
C: Hi, I'd like to order the Aero 15 laptop I saw online, the $1,299 one.
A: Certainly. Would you like to add our 3-year protection plan? It's normally $149.
C: That's a lot on top of the laptop.
A: I understand. Since you're ordering today, I can do it for $99.
C: Okay, at $99 I'll take the protection plan.
A: Great. Laptop at $1,299 plus protection at $99. Shall I place the order?
C: Yes, place it.
A: Done. Order number 771204, arriving Thursday.
C: Okay, got it.
""", True, 99.00, "neutral", "revised add-on price: normally 149, accepted at 99; laptop is main"),

("FR6_010", "Oliver Nash", "2026-11-06T15:45:02", "clean", """
A: Maple Grove Dental, Oliver speaking.
C: Hi, I need a cleaning, ideally early morning before work.
A: Our first opening before 9 am is January 14th.
C: January? That's two months away. Nothing sooner?
A: I'm afraid not for early slots. I have 2:15 pm on November 19th.
C: I can't do afternoons, I work. This is really frustrating, I've been a patient here for 10 years.
A: I can put you on the cancellation list.
C: Fine, put me on the list. I'll call back next week if nothing comes up.
A: Done, you're on the list.
C: Yeah. Bye.
""", False, 0.00, "negative", "no appointment booked; waitlist is not a booking; 10 years not a price"),

("FR6_011", "Chloe Bennett", "2026-11-07T08:55:37", "clean", """
A: Ironpeak Fitness, this is Chloe.
C: Hey, I'm ready to join. The standard membership is $39 a month, right?
A: That's right, with no joining fee this month.
C: Great, sign me up.
A: Awesome. We also have a personal training starter pack: four sessions at $50 each.
C: Four sessions... yeah, I could use someone to show me the machines. I'll take the four sessions.
A: Perfect, that's $200 for the pack, on top of your membership. I've added it.
C: Sounds great. I'm actually excited, thank you.
""", True, 200.00, "positive", "membership is main; 4 sessions x $50 = 200 upsell"),

("FR6_012", "Ryan Gallagher", "2026-11-07T10:20:13", "clean", """
A: Summit Car Rental, Ryan speaking.
C: Hi, I need a car at the Phoenix airport from the 12th to the 16th.
A: A compact is $42 a day for the 4 days. Would you like collision coverage for $25 a day?
C: No, my credit card covers that.
A: Okay. For a bigger trunk, I can upgrade you to a midsize SUV for $15 more per day, $60 extra for the 4 days.
C: We have golf clubs, so yes, do the SUV upgrade.
A: Done. Compact rate $168 plus $60 for the SUV upgrade. Shall I confirm the reservation?
C: Yes, confirm it.
A: Confirmed, reservation 8830-P.
C: Okay, thanks.
""", True, 60.00, "neutral", "upgrade difference $15/day x 4 days = 60 accepted; coverage $25/day declined"),

("FR6_013", "Isabel Ferreira", "2026-11-08T11:03:26", "clean", """
A: Petal & Stem florist, this is Isabel.
C: Hi, I want to send the Autumn Glow bouquet to my sister, it's $65 on your site.
A: Lovely choice. Would you like a glass vase for $12?
C: Yes, add the vase.
A: And we have a box of truffles for $18.
C: Oh, sure, add the truffles too.
A: So that's the bouquet, vase and truffles, $95. Deliver tomorrow?
C: Yes. Actually, wait, skip the truffles. She's on a diet. Just the bouquet and the vase.
A: No problem, truffles removed. $77 total, delivering tomorrow.
C: Perfect, she's going to love it. Thank you!
""", True, 12.00, "positive", "vase $12 kept; truffles $18 accepted then removed -> 12"),

("FR6_014", "Noah Lindqvist", "2026-11-09T09:31:48", "clean", """
A: Swift Movers, Noah speaking.
C: Hi, I'm moving a 2-bedroom apartment on December 5th and wanted a price.
A: For a 2-bedroom, local, it's usually $1,100 to $1,300. Full packing service is $300 more.
C: And how much would just boxes and tape be?
A: Our packing materials kit is $60.
C: Okay. I need to talk it over with my husband before we book anything.
A: Of course. Shall I hold the date for you for 48 hours?
C: No, that's fine. I'll call you back.
""", False, 0.00, "neutral", "quote only; prices asked about; deferral to spouse"),

("FR6_015", "Ava Kowalski", "2026-11-09T22:47:15", "clean", """
A: Crestline Bank card services, Ava speaking.
C: Someone just used my card in another state. I've never been to Nevada in my life. I'm panicking here.
A: I understand, let's lock it right now. Can you confirm the last four digits?
C: 4471.
A: Thank you. The card is locked, and I can see two charges of $240 and $86 which I've disputed.
C: Okay. Will I get that money back?
A: Yes, you'll see provisional credits within 2 business days, and a new card will arrive by express shipping at no cost.
C: Oh, thank goodness. Thank you so much, you've been really helpful and calm.
A: That's what we're here for.
C: Really, thank you. Have a good night.
""", False, 0.00, "positive", "fraud call; disputed charges/free card not purchases; frustrated opening, grateful end"),
]
