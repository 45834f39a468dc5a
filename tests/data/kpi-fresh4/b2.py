CALLS = [
("FR4_021", "Naomi Sato", "2026-11-22T11:05:18", "asr", """
A: hi you've reached clearview vision center this is naomi
C: hi um i need an eye exam my glasses are like five years old
A: sure we have friday the twenty seventh at three fifteen or monday at nine
C: friday at three fifteen please
A: okay and is this for you
C: yeah just me
A: perfect you're all set for friday three fifteen with doctor patel
C: great thank you
""", True, 0.00, "neutral", "Picks a slot for an eye exam; times are not prices."),

("FR4_022", "Victor Petrov", "2026-11-22T12:30:44", "clean", """
A: Ironclad Home Security, Victor speaking. I see you had a quote with us last week.
C: Yes, the basic monitoring at $29.99 a month. I've decided I want it.
A: Excellent. Should I go ahead and schedule installation?
C: Yes, please.
A: We can add two extra door sensors at $35 each and a video doorbell for $129.
C: Add the doorbell. Skip the sensors.
A: Got it. Installation Thursday between 1 and 3, monitoring plus the video doorbell for $129.
C: Good. Actually, one thing, can you take the doorbell off? My brother says he has a spare one.
A: Sure, removed. Just the monitoring then.
C: Yes. Thanks.
""", True, 0.00, "neutral", "Signs up for monitoring; doorbell accepted then removed, so no upsell."),

("FR4_023", "Leah Goldstein", "2026-11-22T13:12:29", "asr", """
A: good afternoon riverside veterinary this is leah
C: hi yeah my cat hasn't been eating for two days and i'm kind of freaking out
A: oh i'm sorry let's get her in we have an opening at four forty today
C: yes yes please put her in for four forty
A: okay what's her name
C: mochi she's eleven
A: okay mochi eleven years old four forty today with doctor adams
C: thank you so much honestly you guys are the best
""", True, 0.00, "positive", "Books same-day vet appointment; grateful; ages and times are not prices."),

("FR4_024", "Hiroshi Tanaka", "2026-11-22T14:45:51", "clean", """
A: Hello, this is Hiroshi from Keystone Solar. You requested info on panels?
C: I did, but I'm really just researching right now.
A: No problem. For a home your size, a 7 kW system runs about $18,500 before the 30% tax credit.
C: That's more than I expected.
A: We have financing from $89 a month. Would you like a free site assessment?
C: Honestly, it feels like a rip-off. Not right now. Maybe in the spring.
A: Understood. I'll follow up in March.
C: Sure, okay.
""", False, 0.00, "negative", "Finds price a rip-off; declines free assessment and defers to spring."),

("FR4_025", "Sofia Lindgren", "2026-11-22T15:20:33", "asr", """
A: thanks for calling urban threads this is sofia
C: yeah hi i ordered a jacket two weeks ago and it still hasn't shown up
A: i'm sorry about that let me look it up can i get the order number
C: it's uh w eight four two two nine
A: okay i see it was lost in transit i can ship a replacement overnight at no cost
C: okay yeah do that please
A: done it'll be there tomorrow
C: okay um i mean good but this is the second time this has happened so
A: i completely understand i've added a fifteen dollar credit to your account
C: fine thanks
""", False, 0.00, "negative", "Free replacement and credit are service; customer still annoyed about repeat issue."),

("FR4_026", "Benjamin Clarke", "2026-11-23T08:40:10", "clean", """
A: Good morning, Lakeside Symphony box office, Ben speaking.
C: Hi! Two tickets for the Nutcracker on December 19th, the 2 pm matinee, please.
A: I have orchestra seats at $68 each, row M.
C: Perfect.
A: Please confirm: two orchestra tickets, December 19th at 2 pm, $136 in total?
C: Yes, that's correct. Is there parking nearby?
A: Yes, the Elm Street garage. Your tickets are booked and on their way by email.
C: Lovely, my daughter is going to be thrilled. Thank you!
""", True, 0.00, "positive", "Confirms read-back of ticket order and asks a follow-up question."),

("FR4_027", "Carmen Ruiz", "2026-11-23T09:25:48", "asr", """
A: hi this is carmen from secure life insurance following up on the term life quote
C: oh right yeah
A: so for the five hundred thousand policy twenty year term it came out to thirty eight fifty a month
C: mhm
A: shall i get the application started for you
C: um honestly i'd do it if it were like under thirty but that's a lot for us right now
A: i understand we could look at a smaller coverage amount
C: no i think i'll pass for now thanks though
A: okay no problem
C: bye
""", False, 0.00, "neutral", "Conditional would-if-cheaper, then passes; no commitment."),

("FR4_028", "Ethan Brooks", "2026-11-23T10:10:06", "clean", """
A: TechHaven, Ethan speaking. How can I help?
C: I want to buy the Vortex X laptop I saw online, $1,249.
A: Sure. Would you like to add our 3-year protection plan for $199?
C: Normally I skip those, but it's for my son who's 14, so yes, add it.
A: Smart move. And a laptop sleeve for $29?
C: No, he has a backpack.
A: So the Vortex X plus the protection plan, $1,448 total. Card ending?
C: 4471. Ship it to the address on file.
A: Order placed, arrives Tuesday.
C: Great.
""", True, 199.00, "neutral", "Buys laptop with $199 protection plan; sleeve declined; card given."),

("FR4_029", "Zara Ahmed", "2026-11-23T11:35:22", "asr", """
A: hi this is zara calling from bloom and vine florist returning your call about the wedding flowers
C: oh hi yes thanks for calling back
A: so for twelve centerpieces and the bridal bouquet we quoted two thousand four hundred
C: right um we actually decided to go with another florist i'm sorry
A: oh no worries at all may i ask why
C: they were just a bit cheaper honestly but your work is gorgeous
A: thank you best of luck with the wedding
C: thank you so much
""", False, 0.00, "neutral", "Declines, chose another florist; polite compliments balance the refusal."),

("FR4_030", "Patrick Nolan", "2026-11-23T12:50:59", "clean", """
A: Thank you for calling Evergreen Water, this is Patrick.
C: I've been without hot water since Saturday and your technician never showed up. Twice.
A: I'm very sorry. I see two missed appointments. I can get a senior tech out today between 2 and 4.
C: Today? Fine.
A: And I've waived the $95 service fee for the visit.
C: Okay. I'll believe it when I see the truck.
A: Understood. You'll get a text when he's on the way.
C: Fine.
""", False, 0.00, "negative", "Service visit rescheduled after missed appointments; customer remains skeptical."),

("FR4_031", "Ingrid Solberg", "2026-11-23T13:30:17", "asr", """
A: thank you for calling fresh bowl delivery this is ingrid
C: hey can i order for delivery to um two twenty one maple avenue
A: sure what would you like
C: two chicken terry yaki bowls and a tofu bowl
A: okay would you like to add drinks we have a combo that adds a drink and a side for three fifty per bowl
C: uh yeah do it for all three
A: okay three combos at three fifty that's ten fifty more your total is forty one twenty
C: yep that's fine
A: about thirty five minutes
C: sweet thanks
""", True, 10.50, "neutral", "Food order with combo add-on three fifty times three bowls."),

("FR4_032", "Daniel Kim", "2026-11-23T14:15:40", "clean", """
A: Hi, this is Daniel from CloudDesk. You're on our Team plan and you've hit your user limit.
C: Yes, we just hired three people.
A: I can move you to Business, which is $12 per user per month instead of $8, and it has unlimited storage.
C: What would that come to?
A: For 15 users, $180 a month.
C: Let me run it by my CFO and get back to you.
A: Of course. I'll send a summary.
C: Thanks.
""", False, 0.00, "neutral", "Defers a plan change to the CFO."),

("FR4_033", "Amara Nwosu", "2026-11-23T15:40:02", "asr", """
A: good afternoon sunrise family dentistry this is amara
C: hi um i chipped my front tooth like this morning and it's really sensitive
A: oh ouch we can see you tomorrow at ten or today at five thirty
C: today today at five thirty please
A: you got it and do you have insurance
C: yeah it's delta
A: okay see you at five thirty
C: thank you so much seriously i was panicking
""", True, 0.00, "positive", "Books urgent dental slot; grateful."),

("FR4_034", "Felix Wagner", "2026-11-24T08:20:35", "clean", """
A: Alpine Ski Rentals, this is Felix.
C: Hi, I need skis and boots for a family of four, December 27th to 30th.
A: Our standard package is $35 per person per day, so for four people and three days that's $420.
C: Okay, book that.
A: Would you like helmets? They're $8 per person per day.
C: We have our own helmets. But can we add one snowboard instead of skis for my daughter?
A: Same price, no problem. So four packages, one with a snowboard, $420.
C: Yes, that's right.
A: Booked, confirmation AS-3391.
C: Thanks.
""", True, 0.00, "neutral", "Books rental package; helmets declined; same-price swap is not an upsell."),

("FR4_035", "Rosa Jimenez", "2026-11-24T09:05:19", "asr", """
A: hi this is rosa from horizon wireless i see you're calling about your bill
C: yeah there's a charge on here for like some music service i never signed up for
A: let me look okay i see a tune plus subscription for nine ninety nine that was added on the fourteenth
C: i never added that
A: i'm sorry i've removed it and i'll refund the nine ninety nine
C: okay thank you
A: is there anything else
C: no that's it thanks for fixing it quickly i appreciate it
""", False, 0.00, "positive", "Refund of unwanted charge is service; ends appreciative."),

("FR4_036", "Jamal Turner", "2026-11-24T10:42:28", "clean", """
A: Great Lakes Auto Glass, Jamal here.
C: Hi, I've got a crack in my windshield. How much to replace it on a 2019 Civic?
A: $329 with our mobile service, or $289 if you come to the shop.
C: I'll come to the shop. Do you have anything Wednesday?
A: Wednesday at 11.
C: Book it.
A: Would you like rain-repellent coating for $25?
C: Sure, why not.
A: Wednesday at 11, windshield plus coating, $314. See you then.
C: Thanks, that was cheaper than I expected. Great.
""", True, 25.00, "positive", "Books windshield replacement and accepts $25 coating; year 2019 is not a price."),

("FR4_037", "Lily Chen", "2026-11-24T11:30:11", "asr", """
A: hello this is lily from bright path tutoring following up on your inquiry
C: oh hi yes for my son he's in tenth grade and struggling with chemistry
A: we have a package of eight sessions for three twenty or single sessions at forty five each
C: um can we just try one session first
A: of course how's thursday at four
C: yeah thursday at four works book that
A: great you're booked and if you like it we can apply the forty five toward the package
C: oh that's nice okay thank you
""", True, 0.00, "neutral", "Books a single trial session instead of the package."),

("FR4_038", "George Adeyemi", "2026-11-24T12:55:43", "clean", """
A: Premier Bank fraud department, George speaking.
C: I got a text saying my card was used in Miami. I'm in Ohio!
A: I see it. I've blocked the card. Do you recognize a $412 charge at an electronics store?
C: No, absolutely not.
A: I'll file a dispute and send a new card, arriving in 3 to 5 days. Would you like expedited shipping? It's free for fraud cases.
C: Yes, please.
A: Done. You won't be liable for the charge.
C: Okay. Thank you, that's a relief. You were very quick.
""", False, 0.00, "positive", "Fraud service call; free expedited card is not a purchase; relieved at end."),

("FR4_039", "Megan Foster", "2026-11-24T13:40:26", "asr", """
A: hi thanks for calling cozy cabin rentals this is megan
C: hi we're looking to book the lakeview cabin for new year's
A: let me see so the lakeview is available december thirtieth through january second three nights at two ten a night
C: okay that works let's book it
A: great i just need a card
C: sure it's a visa
A: okay hmm it looks like the calendar just updated someone else booked those dates a minute ago i'm so sorry
C: are you kidding me
A: i can offer the pine ridge cabin same dates
C: no we specifically wanted the lake that's so annoying
A: i understand i'm sorry
C: yeah whatever bye
""", False, 0.00, "negative", "Booking failed because dates were taken; alternative refused; customer upset."),

("FR4_040", "Ahmed Youssef", "2026-11-24T14:22:57", "clean", """
A: Hello, Citywide Plumbing, Ahmed speaking.
C: Hi, my kitchen sink is completely clogged. Can someone come today?
A: Yes, a tech can be there between 3 and 5. The service call is $79, plus labor.
C: Yes, please send someone.
A: Address?
C: 418 Birch Lane.
A: Got it, 418 Birch Lane, between 3 and 5 today.
C: Thank you, that's a lifesaver.
""", True, 0.00, "positive", "Books paid service visit; street number not a price."),
]
