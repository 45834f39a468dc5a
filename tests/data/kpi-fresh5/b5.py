CALLS = [
("FR5_057", "Chloe Martin", "2026-11-27T09:15:00", "asr", """
A: pinecrest medical group chloe speaking
C: hi i need to get a flu shot and um maybe the covid booster too
A: sure we have walk in slots or i can book you for tomorrow at nine twenty
C: yeah book me tomorrow nine twenty for both
A: okay let me check stock oh i'm sorry we're out of the flu vaccine until next week and the booster too
C: oh both of them
A: yes i'm sorry the shipment is late can i call you when it's in
C: yeah sure call me back when it arrives
A: will do
C: ugh you never have anything in stock this is the second time
""", False, 0.00, "negative", "booking failed (vaccine out); 'yes call me back' not a purchase"),
("FR5_058", "Ravi Patel", "2026-11-27T11:40:05", "clean", """
A: Metro City Symphony, Ravi speaking.
C: Hi, I'm on the waitlist for the holiday show. Any luck?
A: Yes! Two seats opened up for the 19th, row M, $72 each.
C: Oh fantastic! Yes, I'll take them.
A: Great, that's $144. Would you like to add the pre-show reception? It's $30 per person.
C: No, just the tickets.
A: Confirmed, two tickets for the 19th, row M. The e-tickets are on their way.
C: Thank you so much! You've made my week.
""", True, 0.00, "positive", "follow-up of 014; reception declined; tickets main"),
("FR5_059", "Grace Liu", "2026-11-27T14:02:44", "asr", """
A: coastline car rental grace speaking
C: yeah hi i returned my car yesterday and you charged me a refuelling fee of sixty dollars
A: let me look um yes it shows a quarter tank missing
C: no i filled it up right before i have the receipt
A: if you can email the receipt i can reverse it
C: i already emailed it twice nobody responds this is honestly the worst rental experience i've had
A: i'm sorry i'll escalate it now
C: yeah sure you will
""", False, 0.00, "negative", "fee dispute unresolved; sarcasm"),
("FR5_060", "Owen Hughes", "2026-11-28T10:30:20", "clean", """
A: CloudDesk Sales, Owen here.
C: Hi Owen, our CFO approved the SSO module.
A: Great news. So that's SSO at $3 per user for your 12 seats, $36 a month. I'd also suggest the audit log add-on, $20 a month flat.
C: Audit logs too, yes. We need them for compliance anyway. Though I have to say, three weeks to get a two-line approval through your sales process was painful.
A: So SSO at $36 a month and audit logs at $20 a month, effective today?
C: Correct.
A: Both are active now. Sorry again about the delays.
C: Sure. Let's hope support is faster than sales.
""", True, 56.00, "negative", "follow-up of 016; add-ons to existing plan 36 + 20"),
("FR5_061", "Nina Petrova", "2026-11-28T13:13:13", "asr", """
A: brightpath utilities nina speaking
C: yeah my bill this month is three hundred and twelve dollars are you kidding me
A: i'm sorry let me look uh it looks like an estimated read
C: estimated i live in a one bedroom it's never been more than ninety
A: you're right the estimate was too high i've requested an actual read and adjusted your bill to eighty seven
C: oh okay well that's better
A: and i can put you on budget billing so it's the same amount each month
C: no that's fine just the correction
A: okay you're all set
C: alright thank you i appreciate you fixing it
""", False, 0.00, "positive", "billing correction; complaint resolved; budget billing declined"),
("FR5_062", "Sam Okafor", "2026-11-28T16:20:08", "asr", """
A: velocity fitness sam speaking
C: hey sam i came in for the tour a few weeks ago the pool guy
A: oh yeah hi
C: so uh i wanna sign up now rather than wait for january
A: love it monthly is forty nine and i can still waive the joining fee
C: nice
A: do you want to add a couple of personal training sessions forty each
C: uh maybe like three sessions
A: three sessions at forty that's one twenty
C: yeah do it
A: alright you're signed up with three pt sessions
C: awesome man thanks
""", True, 120.00, "positive", "follow-up of 018; 3 x 40 = 120"),
("FR5_063", "Julia Costa", "2026-11-29T08:45:30", "clean", """
A: RapidFlow Plumbing, Julia speaking.
C: Hi, your tech came out to fix my water heater. He said I need a new one. What does that cost?
A: A 50-gallon unit installed is $1,450. A tankless is $2,800.
C: Wow. Okay. And how long would install take?
A: About half a day.
C: I need to get a couple more quotes first. Honestly, that's a lot of money.
A: Of course.
C: Okay. Bye.
""", False, 0.00, "neutral", "price questions; getting more quotes; mild 'a lot of money' — neutral"),
("FR5_064", "Fatima Zahra", "2026-11-29T11:50:00", "asr", """
A: petals and stems fatima speaking
C: hi um i need a sympathy arrangement sent to a funeral home on thursday
A: i'm so sorry for your loss the standard arrangement is seventy five and the larger one is one twenty
C: the standard one is fine
A: would you like a card with it
C: yes just say with deepest sympathy from the garcia family
A: of course and we can add a small ribbon banner for fifteen
C: no just the card please
A: okay it will be delivered thursday morning to the funeral home
C: thank you
""", True, 0.00, "neutral", "arrangement ordered; banner declined; larger size price trap"),
("FR5_065", "Leo Novak", "2026-11-29T14:14:45", "asr", """
A: apex home security leo speaking
C: hi uh i called a couple weeks ago and hung up because of the contract
A: i remember we now have a month to month option
C: oh really how much
A: basic monitoring is thirty four ninety nine month to month
C: okay and the video thing
A: video verification is ten more a month
C: um yeah okay let's do basic with video
A: great i'll book install for tuesday morning
C: sounds good
A: confirmed tuesday between eight and noon
C: oh that's so much better thank you for remembering me
""", True, 10.00, "positive", "follow-up of 022; video add-on 10"),
("FR5_066", "Mia Jensen", "2026-11-30T09:58:10", "clean", """
A: Skyway Travel, Mia speaking.
C: Hi, I'm looking at a week in Lisbon in March. Can you price it out?
A: Sure. Flights and a 4-star hotel for two, seven nights, come to about $2,340.
C: That sounds dreamy. What about a food tour?
A: The food tour is $89 per person.
C: Oh I'd love that. Can you email me everything so I can show my partner?
A: Absolutely, it's on its way.
C: Amazing, thank you!
""", False, 0.00, "positive", "enthusiastic, email request"),
("FR5_067", "Carlos Mendes", "2026-11-30T12:00:00", "asr", """
A: westfield auto insurance carlos speaking
C: hey um yeah my daughter just got her license and i need to add her to my policy
A: congratulations sure that'll be an extra sixty eight a month for her
C: sixty eight that's insane honestly okay yeah add her
A: and would you like roadside assistance for the family it's six dollars a month
C: yeah we should have that add it
A: and rental reimbursement for four a month
C: nah
A: okay your daughter's added with roadside
C: okay whatever you guys are way overpriced
""", True, 6.00, "negative", "adding driver is the policy change (main); roadside 6 upsell; rental declined"),
("FR5_068", "Emily Stone", "2026-11-30T15:30:33", "asr", """
A: sparkle clean emily speaking
C: yeah your cleaners were supposed to come at nine and nobody showed up
A: oh i'm so sorry let me check um it looks like the team had a scheduling error
C: i took the morning off work for this
A: i understand i can send a team at two today and take fifty percent off
C: fine send them at two
A: done two o'clock and half off
C: whatever i'm not booking with you guys again after this
""", False, 0.00, "negative", "remedial rescheduling; discount not upsell"),
("FR5_069", "Yusuf Demir", "2026-11-29T10:45:00", "asr", """
A: skyline telecom yusuf speaking
C: hi yeah i think i wanna add the sports package now
A: great it's fourteen ninety nine a month
C: yeah okay
A: so adding the sports package at fourteen ninety nine starting today is that right
C: yes that's right
A: and the premium movie bundle is eleven want that too
C: um no just sports
A: you're all set the channels are live in about an hour
C: sweet just in time for the game thanks
""", True, 14.99, "positive", "add-on to existing TV plan; movies declined"),
("FR5_070", "Olivia Grant", "2026-11-30T13:35:09", "clean", """
A: Riverside Veterinary Clinic, Olivia speaking.
C: Hi, Rocky's dental check went fine, but the vet said he needs a tooth extraction.
A: Yes, I see the estimate: $480 for the procedure including anaesthesia.
C: Okay. Go ahead and book it.
A: I have Tuesday the 8th at 8 am drop-off. Would you like to add pain medication to take home? It's $28.
C: Yes, definitely.
A: Booked for Tuesday the 8th, plus the take-home medication.
C: Great. Poor guy. Thanks for your help.
""", True, 28.00, "neutral", "procedure booked; medication 28"),
]
