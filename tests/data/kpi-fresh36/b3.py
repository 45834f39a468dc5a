CALLS = [
("FR36_041", "Hannah Olsen", "2026-11-24T10:14:27", "clean", """A: Hi, this is Hannah from Coastline Cable. I'm calling about a loyalty upgrade on your TV package.
C: Okay, what is it?
A: We can move you from Basic to Select, with 60 more channels, for $10 more a month. Shall I switch you?
C: Yes, fine. Does that include the sports channels?
A: The regional sports pack is separate, $12.99 a month.
C: Of course it's extra. Everything's extra with you people.
A: Would you like to add it?
C: No. Not at that price.
A: Okay, so Select without the sports pack, starting on your next bill.
C: Whatever. I'm only doing this because my kids asked.""", True, 0.0, "negative", "'Yes, fine' to closing question then a question = conversion; sports pack declined; $10 more is the main plan change; grumpy"),

("FR36_042", "Omar Haddad", "2026-11-24T14:41:53", "asr", """A: willow vet clinic this is omar
C: hi um my dog bailey needs her yearly shots
A: sure how old is bailey
C: she's six a beagle
A: we have friday at two forty five with doctor shah
C: yes book that please
A: done and we do a free nail trim with any vaccine visit want me to add it
C: oh yes please she hates when i do it
A: ha no problem it's on there no charge
C: you guys are the best thank you""", True, 0.0, "positive", "vet appointment booked; free nail trim is not an upsell; dog age not a price"),

("FR36_043", "Sofia Rossi", "2026-11-25T09:05:16", "clean", """A: Cedar Credit Union, Sofia speaking.
C: Hi, I'd like to open a high-yield savings account. I saw 4.1% on your website.
A: That's right, no minimum after the first $100 deposit. Shall I open it for you?
C: Yes, let's open it.
A: Done, your account number is coming by secure message. Since you're a member, you could also upgrade your checking to Premier for $15 a month, which waives ATM fees everywhere.
C: Hmm. I'll have to look at how much I actually pay in ATM fees. Let me think about it.
A: Of course, no pressure.
C: Okay. Thanks for the help.""", True, 0.0, "neutral", "account opened = sign-up; Premier upgrade deferred; rate and deposit not upsell"),

("FR36_044", "Ben Walsh", "2026-11-25T16:30:48", "asr", """A: lift and shift movers this is ben
C: yeah hi you sent me a quote for a move on the fifteenth
A: yes two bedroom across town eighteen fifty
C: yeah that's the thing the other company quoted eleven hundred
A: our quote includes packing materials and insurance
C: still that's seven hundred fifty more
A: i could take it down to sixteen hundred
C: nah that's way too much i'm gonna go with the other guys honestly they were nicer on the phone too
A: okay understood
C: yeah bye""", False, 0.0, "negative", "price objection, declined even after revised price; praises competitor"),

("FR36_045", "Chloe Martin", "2026-11-26T12:12:39", "clean", """A: Grand Palace Theatre box office, Chloe speaking.
C: Hi, four tickets for Hamilton on December 6th, the matinee.
A: I have four together in the mezzanine, row F, $135 each. Please confirm: four mezzanine tickets, December 6th at 2 pm, $540 in total?
C: Yes, that's correct.
A: Booked. Would you like to prepay parking? It's $18 per car in our garage.
C: We're coming in two cars, so yes, two.
A: Two parking passes, $36. We also have a pre-show dinner at the Stage Door Grill, $45 per person.
C: No, we're eating at home first.
A: No problem. You're all set.
C: This is going to be such a treat, thank you so much!""", True, 36.00, "positive", "tickets confirmed; parking $18 x 2 cars = 36 (count said as 'two cars'); dinner declined"),

("FR36_046", "Ravi Menon", "2026-11-26T19:22:04", "clean", """A: Canvasly billing, Ravi speaking.
C: I want to go from Pro down to the Starter plan.
A: I can do that. Starter is $9 a month instead of $24. You'd lose the brand kit and extra storage.
C: I know. I'm not paying $24 for features that break every other week.
A: I'm sorry to hear that. Do you want the change now or at renewal?
C: Now. Do it now.
A: Done, you're on Starter as of today, prorated.
C: Fine. Fix the exporter and maybe I'll come back up.
A: I'll pass that on.
C: Sure you will.""", True, 0.0, "negative", "paid plan change (downgrade) committed = conversion; unhappy, sarcastic end"),

("FR36_047", "Elena Petrova", "2026-11-27T08:47:21", "asr", """A: good morning clearpath energy this is elena
C: hi i read about your green power plan and i'm curious
A: sure it's one hundred percent wind and solar for about three dollars more a month than your current plan
C: only three dollars that's less than i thought
A: yep would you like me to switch you over
C: yeah let's do it i've wanted to do this for ages
A: done it starts on your next meter cycle
C: oh that's great really glad i called
A: thanks for choosing green""", True, 0.0, "positive", "plan change to green plan = conversion; the $3 is the main plan price, not an add-on"),

("FR36_048", "Marcus Reed", "2026-11-27T17:58:36", "clean", """A: Olive & Ash, Marcus speaking.
C: Hi, I have a reservation for Friday at 8 under Delgado, party of four. I need to cancel.
A: Sorry to hear that. Would you like to move it to another night?
C: No. Honestly, last time the host was rude to my mother and we waited 40 minutes past our time.
A: I'm really sorry. I'd like to offer you a complimentary appetizer if you rebook.
C: I appreciate it, but no. Just cancel it.
A: Cancelled. I'll share your feedback with the manager.
C: Okay. Goodbye.""", False, 0.0, "negative", "cancelling an existing reservation; free appetizer declined; polite but negative"),

("FR36_049", "Maria Lopez", "2026-11-28T11:33:09", "clean", """A: ApplianceWorld, Maria speaking.
C: Hi, I'm looking at the LG washer and dryer set, the one that's on sale.
A: The WM4000 and DLE4000 pair is $1,400 for the set right now, and installation is included free.
C: Free install, nice. Okay, I'll take the pair.
A: Great. Do you have old units we need to remove? Haul-away is $40.
C: Yeah, get rid of the old ones, they're ancient.
A: Haul-away added, $40. Delivery Saturday between 10 and 2?
C: Saturday's great. I've been wanting these for months, so thank you!
A: My pleasure.""", True, 40.00, "positive", "pair $1,400 main; haul-away $40 accepted in indirect words; free installation not an upsell; model numbers not prices"),

("FR36_050", "James Carter", "2026-11-28T15:06:55", "asr", """A: iron house gym member services this is james
C: hi um i need to cancel my membership i'm moving to portland
A: oh sorry to hear we could freeze it for three months at five dollars a month in case you come back
C: no i don't think i'm coming back
A: okay i understand there's a thirty day notice so the last charge is december fifteenth
C: thirty days really i wasn't told that when i signed
A: it's in the agreement i'm sorry
C: i mean okay i guess i've liked the gym but that's kind of a bummer
A: i've put the cancellation in
C: okay thanks""", False, 0.0, "negative", "cancellation; freeze offer declined; quietly disappointed about notice fee"),

("FR36_051", "Priya Nair", "2026-11-29T10:50:14", "clean", """A: BlueHorizon Cruises, Priya speaking.
C: Hi, we'd like to book the 7-night Caribbean sailing on March 8th, two adults, balcony cabin.
A: A balcony cabin is $2,890 total for two. Shall I reserve it?
C: Yes, go ahead and book it.
A: Booked. Would you like the unlimited drinks package? It's $520 per person for the week.
C: Just for me. My husband doesn't drink.
A: One drinks package, $520, added for you.
C: Okay. What time is boarding?
A: From 11 am at Port Everglades.
C: Alright, thanks.""", True, 520.00, "neutral", "cruise booked; drinks package per person x 1 = 520"),

("FR36_052", "Tom Becker", "2026-11-29T18:37:42", "clean", """A: Evergreen Insurance claims, Tom speaking.
C: I filed a claim for water damage six weeks ago. Claim 88-2031. Nobody has called me back.
A: Let me check. I see the adjuster visited on the 2nd, and the report is pending review.
C: Pending review. For four weeks. My kitchen floor is torn up.
A: I'll escalate it to a supervisor today.
C: That's what the last person said.
A: I'll add a note that you need a call back within 48 hours.
C: I've paid you for eleven years without a single claim. This is how you treat people.
A: I'm sorry.
C: Just have someone call me.""", False, 0.0, "negative", "claim complaint; no purchase; claim number not a price"),

("FR36_053", "Aisha Bello", "2026-11-30T13:21:30", "asr", """A: dreamwell mattress this is aisha
C: hi i was in the store yesterday and i want to order the cloud nine queen
A: sure that's nine ninety nine in queen want me to put that through
C: yeah go ahead
A: okay ordered we have the memory foam pillows they're sixty each
C: oh those were nice uh yeah the two pillows
A: two pillows added and a mattress protector it's forty nine
C: nah we have one
A: okay delivery next tuesday
C: perfect i'm so happy i finally picked one thanks""", True, 120.00, "positive", "mattress ordered; two pillows at sixty each = 120; protector declined; 'nine ninety nine' is the main product"),

("FR36_054", "Kenji Sato", "2026-11-30T09:44:17", "clean", """A: Formstack Pro sales, Kenji speaking.
C: Hi, I want to buy ten seats of the Business plan, annual.
A: Great, ten seats at $25 per seat per month, billed annually at $3,000. Shall I process it?
C: Yes, use the card on file.
A: I'm sorry, the card was declined. It shows as expired.
C: That's the company card, it can't be expired. This is the second time your billing system has done this.
A: I can send a secure payment link for a new card.
C: I'll have to get the card from our finance team. I'll call back.
A: Okay, the quote is saved.
C: Fine. It's a waste of my morning, honestly.""", False, 0.0, "negative", "payment failed, nothing placed; customer will call back -> no conversion; annoyed"),

("FR36_055", "Laura Fischer", "2026-11-30T15:12:58", "clean", """A: Ridgeway Toyota service, Laura speaking.
C: Hi, my brakes are squealing. What would a brake job cost on a 2019 Camry?
A: Front pads and rotors are $340. I can get you in Wednesday at 7:30.
C: Okay, Wednesday at 7:30, put me down.
A: Done. You're also due for a cabin air filter, $45, and the wiper blades look worn, $30.
C: Sure, do both.
A: Both added.
C: Actually, skip the wipers, I can do those myself. Just the filter.
A: Wipers removed, so brakes plus the cabin filter.
C: Okay, see you Wednesday.""", True, 45.00, "neutral", "brake job booked; filter $45 kept, wipers retracted by name -> 45"),

("FR36_056", "Diego Ramos", "2026-11-25T11:29:03", "asr", """A: brightwave mobile this is diego
C: hi diego hope your day's going well i just had a quick question about my bill
A: sure what's up
C: there's a charge for like two hundred and forty dollars roaming from my trip to spain
A: let me see yeah you didn't have the travel pass so it's pay per use
C: but i texted you guys before i left and they said i was covered
A: i can take off fifty as a courtesy
C: fifty off two forty that's it
A: that's the most i can do
C: this is ridiculous i'm done i'll be switching carriers""", False, 0.0, "negative", "friendly opening, negative ending weighs more; credit is not a purchase"),

("FR36_057", "Hannah Olsen", "2026-11-26T14:55:44", "clean", """A: ClearView Optometry, Hannah speaking.
C: Hi, I need an eye exam. My prescription is a year old.
A: I have Monday at 11 or Wednesday at 4:15 with Dr. Patel.
C: Wednesday at 4:15.
A: Booked. Do you wear contacts? The contact lens fitting is $60 on top of the exam.
C: Yes, I do, please include that.
A: Contact lens fitting added.
C: Great. Thank you, everyone there is always so lovely.
A: See you Wednesday.""", True, 60.00, "positive", "exam booked by picking a slot; fitting $60 accepted"),

("FR36_058", "Omar Haddad", "2026-11-27T18:03:20", "clean", """A: Hi, this is Omar from SecureNest home security. You filled in a form about our camera systems?
C: Oh, yes, I did. I'm cooking right now, though.
A: No problem. Is the best email still jen.park@mailbox.com?
C: Yes, that's my email.
A: I'll send the brochure. The starter kit is $249 with monitoring at $19.99 a month.
C: Okay. Can you call me back tomorrow afternoon instead?
A: Sure, tomorrow at 3?
C: Yes, call me back tomorrow at 3.
A: Will do. Enjoy your dinner.
C: Thanks, bye.""", False, 0.0, "neutral", "'yes' only to email and callback, not to a purchase"),

("FR36_059", "Sofia Rossi", "2026-11-28T10:38:11", "asr", """A: bloom and petal florist this is sofia
C: hi i want to send flowers to my sister in chicago for her birthday on the ninth
A: lovely our spring mix bouquet is sixty five delivered
C: okay that one please
A: sure and would you like a glass vase for twenty and a box of chocolates for fifteen
C: the vase yeah the chocolates no she's on a diet
A: ha okay vase added what should the card say
C: happy thirty fifth love you
A: perfect it'll arrive on the ninth
C: okay thanks""", True, 20.00, "neutral", "bouquet ordered; vase 20 accepted, chocolates declined; 'thirty fifth' not a price"),

("FR36_060", "Ben Walsh", "2026-11-29T16:20:26", "clean", """A: Crate Harvest, Ben speaking.
C: Hi, I've been on the monthly snack box and I'd like to switch to annual to save a bit.
A: Sure, annual is $299 a year instead of $30 a month. Want me to switch you now?
C: Yes, please switch me.
A: Done. By the way, we can send a one-off gift box to anyone for $35.
C: Oh, my sister would love that. Send one to her, I'll email you her address.
A: One gift box, $35, added.
C: You guys are great. The boxes have been so good this year.""", True, 35.00, "positive", "switch to annual = paid plan change; gift box $35 add-on accepted"),
]
