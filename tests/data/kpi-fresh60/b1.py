CALLS = [
("FR60_001", "Omar Haddad", "2026-11-02T09:14:22", "clean",
"""A: Thanks for calling Northline Wireless, this is Omar. How can I help?
C: Hi, I'm moving over from another carrier and I want to open a line with you. The Unlimited Plus plan, the $45 one.
A: Happy to do that. Are you bringing your own phone?
C: Yes, it's unlocked, I checked.
A: Perfect. One thing I'd suggest since it's your own device: our device protection is $12 a month and covers cracked screens and loss.
C: Huh. My last screen cost me two hundred to fix. Yeah, okay, add the protection.
A: Done. So that's Unlimited Plus at $45 plus protection at $12, starting today. Shall I activate it?
C: Yes please, go ahead.
A: You're all set, the SIM ships tonight.
C: That was painless. Honestly easier than I expected, thanks so much.""",
True, 12.00, "positive", "line opened ('go ahead'); protection $12 a month accepted ('add the protection'); 'painless... thanks so much'"),

("FR60_002", "Sofia Rossi", "2026-11-02T10:41:05", "asr",
"""A: good morning harbor view inn this is sofia
C: hi yeah um i wanted to book a room for the twentieth and twenty first so two nights
A: sure we have a queen room at one eighty nine a night for those dates
C: okay yeah thats fine book that
A: great and your flight home is that on the twenty second
C: uh yeah its not till like four in the afternoon
A: we do offer late checkout until three for a flat thirty dollars if that helps
C: oh yeah do that add the late checkout
A: okay so two nights queen room plus late checkout thirty dollars ill send the confirmation to the email on file
C: mhm okay
A: anything else i can do
C: no thats it bye""",
True, 30.00, "neutral", "room booked ('book that'); late checkout flat thirty dollars accepted ('add the late checkout'); customer flat, 'okay', 'bye'"),

("FR60_003", "Daniel Whitfield", "2026-11-02T11:20:47", "clean",
"""A: Bellamy's Catering, Daniel speaking.
C: Hi Daniel, I need a sandwich platter for Friday, for about twenty people, office thing.
A: Sure, the large platter serves twenty to twenty-five, that's $165.
C: Okay, that works.
A: Would you like to add our dessert platter? Brownies and lemon bars, $40.
C: We're fine, someone's bringing a cake. Just the sandwiches.
A: Got it. So one large sandwich platter, pickup Friday at 11:30, $165. Correct?
C: Yep, that's right.
A: Great, it's on the books. We'll have it ready by 11:15.
C: Okay, thanks.""",
True, 0.00, "neutral", "read-back confirmed ('Yep, that's right'); dessert platter $40 declined ('We're fine... Just the sandwiches')"),

("FR60_004", "Aisha Bello", "2026-11-02T13:05:10", "asr",
"""A: thanks for calling quickline auto care this is aisha
C: hey uh i need an oil change sometime this week if you got anything
A: i have thursday at eight thirty or friday at two
C: thursday morning works
A: okay i can put you down for thursday eight thirty and while its up on the lift we can rotate the tires thats twenty five dollars extra
C: yeah sure do the rotation too
A: okay oil change plus rotation thursday eight thirty
C: actually wait skip the rotation i just had new tires put on last month i forgot
A: no problem just the oil change then youre all set for thursday
C: cool appreciate it thats super easy
A: see you thursday""",
True, 0.00, "positive", "oil change booked for Thursday; rotation $25 accepted then dropped ('skip the rotation'); 'appreciate it thats super easy'"),

("FR60_005", "Tomasz Nowak", "2026-11-03T09:32:18", "asr",
"""A: keystone mutual this is tomasz how can i help
C: hi um im looking at renters insurance i just got an apartment
A: sure i can quote that for you whats the zip code
C: its uh one one two one five
A: okay for thirty thousand in contents youd be at about fourteen dollars a month
C: and what about flood is that in there
A: flood is a separate rider its another nine a month
C: nine a month huh okay
A: would you like me to set up the policy today
C: um can you just email me the quote i wanna compare a couple places first
A: sure ill send it over now
C: okay thanks""",
False, 0.00, "neutral", "asked for quote by email to compare ('can you just email me the quote'); flood rider only asked about"),

("FR60_006", "Fiona MacLeod", "2026-11-03T10:15:44", "clean",
"""A: Oakridge Home, Fiona speaking. How can I help?
C: Hi! I was in the showroom Saturday and I want to order the Hollis queen bed frame, the walnut one.
A: Lovely choice. That's $1,240 with free delivery. Did you see the matching bedside lamps by any chance?
C: The brass ones? Yes, they were gorgeous. How much are those?
A: $85 each.
C: Okay, let's do two of them, one for each side. And the bed of course.
A: So the Hollis frame at $1,240 and two lamps at $85 each. Delivery on the 14th works?
C: The 14th is perfect.
A: Wonderful, it's ordered. You'll get a text the day before.
C: I'm so excited, thank you, you've been great.""",
True, 170.00, "positive", "bed ordered; two lamps at $85 each accepted = 170.00; 'so excited, thank you, you've been great'"),

("FR60_007", "Marcus Bell", "2026-11-03T14:48:03", "clean",
"""A: StreamBox member services, this is Marcus.
C: I want to cancel. The price went up again, that's the third time this year.
A: I understand. Can I ask what you mainly watch?
C: Does it matter? You keep raising the price and the shows keep disappearing.
A: Fair enough. What I can do is put you on the standard plan at $9.99 for the next twelve months instead of $15.49.
C: Honestly this whole thing feels like a racket.
A: I hear you. The $9.99 would lock for a year.
C: Fine. Keep me at the $9.99. But if it jumps again I'm gone, no calls.
A: Understood, it's applied now, you'll see it on the next bill.
C: Whatever. Bye.""",
True, 0.00, "negative", "retention offer accepted ('Keep me at the $9.99'); discount is not an upsell; ends annoyed ('racket', 'Whatever')"),

("FR60_008", "Rachel Kim", "2026-11-03T16:22:51", "asr",
"""A: thanks for calling metro tix this is rachel
C: hi i need two tickets for the lumen hall show on saturday the floor ones
A: let me check for you one moment
C: also is there parking there
A: there is a garage next door um im sorry saturday floor is completely sold out and so are the balconies
C: what the website said available like ten minutes ago
A: i know the site lags a bit we have nothing left for saturday
C: this is so frustrating i was literally on the page
A: i can put you on the waitlist if youd like
C: no forget it this is ridiculous""",
False, 0.00, "negative", "show sold out, nothing booked; 'so frustrating', 'forget it this is ridiculous'"),

("FR60_009", "Nathan Greer", "2026-11-04T08:58:37", "clean",
"""A: Brightside Dental, this is Nathan.
C: Hi, I'm due for my cleaning. Dr. Alvarez usually.
A: Let's see, she has Tuesday the 17th at 9:00 or Wednesday the 18th at 4:30.
C: The Wednesday one, please.
A: Booked you for Wednesday the 18th at 4:30. We're also running a whitening special with cleanings this month, $99 for the tray kit.
C: Oh, not today. Maybe in the spring before my sister's wedding.
A: No problem at all. See you on the 18th.
C: Great, thank you, you guys are always so easy to deal with.""",
True, 0.00, "positive", "cleaning booked ('The Wednesday one, please'); whitening $99 declined ('not today'); 'always so easy to deal with'"),

("FR60_010", "Hannah Lindqvist", "2026-11-04T11:07:29", "asr",
"""A: cascade power and light this is hannah
C: yeah hi my bill this month is four hundred and twelve dollars its never been over two hundred
A: im sorry about that let me look at the usage
C: nothing changed here we didnt even have people over
A: i see the usage doubled around the cold snap its likely the heat pump on emergency heat
C: so im just supposed to eat that
A: i can set up a payment arrangement and we also sell a smart thermostat for one nineteen that helps avoid that
C: i dont want to buy more stuff from you i want my bill to make sense
A: understood i can note the account and send you the usage breakdown
C: um ill think about the thermostat whatever just send the breakdown
A: will do
C: yeah""",
False, 0.00, "negative", "no purchase; thermostat deferred ('ill think about the thermostat'); annoyed about bill ('so im just supposed to eat that')"),

("FR60_011", "Brian Costello", "2026-11-04T13:33:56", "clean",
"""A: Granite State Bank, Brian speaking.
C: Hi, I got a letter about upgrading to Premier Checking and I had a couple of questions.
A: Sure. Premier is $15 a month, waived with a $5,000 average balance, and includes overdraft protection and free wires.
C: My balance bounces around, some months it'd be under that.
A: Then some months you'd pay the $15.
C: Right. And the free wires, how many?
A: Unlimited domestic, two international a month.
C: Okay. I'll think about it, I'm not sure it's worth it for me.
A: Of course, want me to switch you now and you can downgrade anytime?
C: No, I'll leave it for now. Thanks for explaining.""",
False, 0.00, "neutral", "deferral ('I'll think about it', 'I'll leave it for now'); polite, neutral"),

("FR60_012", "Grace Okafor", "2026-11-04T15:12:40", "asr",
"""A: comfort air heating and cooling this is grace
C: hi im calling to book the furnace tune up the one on the postcard
A: sure thats the seventy nine dollar fall tune up i can do monday morning
C: monday morning is great
A: okay youre on for monday between eight and ten and um since youre in an older house have you ever had the ducts cleaned
C: honestly no never
A: duct cleaning is normally two ninety nine but if we do it same visit i can do two forty nine
C: oh two forty nine yeah lets do that my allergies have been terrible
A: perfect tune up plus duct cleaning at two forty nine on monday
C: awesome thank you so much this is exactly what i needed
A: see you monday""",
True, 249.00, "positive", "tune-up booked; duct cleaning revised to two forty nine and accepted ('yeah lets do that') = 249.00; 'thank you so much'"),

("FR60_013", "Kenji Watanabe", "2026-11-05T09:45:12", "clean",
"""A: SkyWay Airlines reservations, this is Kenji.
C: Hi, I'd like to book the 7:10 a.m. from Denver to Portland on December 3rd, the $138 fare I'm looking at.
A: Okay, let me pull that up. Will you be checking a bag? It's $35 each way.
C: Yes, add one bag each way.
A: Alright, and would you like a window or aisle?
C: Aisle, please.
A: I'm sorry, I just tried to ticket it and the $138 fare is gone, the flight's now only available at $389.
C: $389? For the same seat I was looking at two minutes ago?
A: I'm afraid so, that was the last seat in that fare class.
C: No way. Don't book anything, I'll look at other airlines. This is really annoying.""",
False, 0.00, "negative", "booking failed (fare gone) and customer refused the higher fare ('Don't book anything'); accepted bag therefore 0; 'really annoying'"),

("FR60_014", "Elena Vasquez", "2026-11-05T10:30:00", "clean",
"""A: TechPoint, this is Elena.
C: Hi, I'm looking at the Vantage 15 laptop on your site. Is the 16 GB one in stock at the Elm Street store?
A: Let me check. Yes, they have three.
C: And the extended warranty, what's that on this one?
A: Two years is $129, three years is $179.
C: Okay. And if I order online can I pick up today?
A: Yes, usually within two hours.
C: Alright, I'll probably just swing by the store this afternoon and look at it in person.
A: Sounds good, want me to hold one?
C: No need, they've got three. Thanks.""",
False, 0.00, "neutral", "no commitment ('I'll probably just swing by'); declined hold; warranty only asked about"),

("FR60_015", "Luis Ortega", "2026-11-05T17:05:33", "clean",
"""A: Good evening, Tavola Rossa, this is Luis.
C: Hi! I'd like a table for six on Saturday around 7:30. It's my parents' 40th anniversary.
A: Oh, congratulations to them! I have 7:30 in the garden room.
C: That sounds perfect.
A: For anniversaries we do a champagne toast package, a bottle of Prosecco and a small cake for the table, $80.
C: Oh that would be lovely, yes, please add that.
A: Wonderful. So six people, Saturday at 7:30, garden room, with the champagne package for $80. Name?
C: Moreno. M-O-R-E-N-O.
A: All set, Ms. Moreno.
C: Thank you so much, they're going to love this.""",
True, 80.00, "positive", "reservation made; champagne package $80 accepted ('yes, please add that'); 'Thank you so much, they're going to love this'"),

("FR60_016", "Priya Raman", "2026-11-06T08:40:19", "asr",
"""A: fibernet support this is priya
C: yeah my internet has been out since yesterday afternoon again
A: im sorry let me run a test on the line
C: this is the third outage this month i work from home
A: i do see an outage in your area crews are on it
C: oh great so another day of tethering off my phone wonderful
A: i can apply a credit for the two days
C: a credit of what like four dollars
A: it would be about six dollars
C: unbelievable honestly just fix it
A: ill add a note and you should be back up by tonight
C: sure you will""",
False, 0.00, "negative", "support call, no sale; sarcasm ('oh great... wonderful', 'sure you will')"),

("FR60_017", "Omar Haddad", "2026-11-06T12:18:08", "clean",
"""A: IronPeak Fitness, Omar speaking.
C: Hi, I'm thinking about joining. What's the monthly?
A: Standard is $39 a month. We've also got a starter bundle, four personal training sessions for $200 with the membership.
C: Two hundred on top of the $39?
A: Yes, it's a one-time bundle.
C: Hmm. I'd join if the training sessions were thrown in. Fifty bucks a session is a lot.
A: I can't bundle them in for free, but the first session's always complimentary.
C: Okay. I'll come by for the free one and decide then.
A: Sure, want me to book that?
C: Not yet, I'll check my schedule and call back.""",
False, 0.00, "neutral", "conditional ('I'd join if...') and deferral ('I'll check my schedule and call back'); training bundle not accepted"),

("FR60_018", "Sofia Rossi", "2026-11-06T14:27:45", "asr",
"""A: green shield pest control this is sofia
C: hi um we have ants again and i think we need like the regular service
A: sure our quarterly plan is forty nine a month and covers ants spiders roaches
C: okay yeah lets sign up for that
A: great and do you have a yard we also do mosquito treatment april through october thirty five a month
C: oh my god yes the mosquitoes last summer were insane add that
A: okay quarterly plan plus mosquito at thirty five a month first visit is tuesday
C: tuesday is great
A: youre all set
C: thank you seriously you just made my week""",
True, 35.00, "positive", "plan sign-up ('lets sign up'); mosquito thirty five a month accepted ('add that') = 35.00; 'you just made my week'"),

("FR60_019", "Daniel Whitfield", "2026-11-09T09:03:27", "clean",
"""A: Rapid Rent-A-Car, this is Daniel.
C: Hi, I need a compact from the airport, picking up Thursday, returning Sunday.
A: I have a Corolla or similar at $42 a day, so $126 for the three days before tax.
C: That's fine, go ahead and reserve it.
A: Reserved. Would you like GPS? It's $12 a day, so $36 for the three days.
C: No, I'll just use my phone.
A: And the collision waiver, $19 a day?
C: My credit card covers that. Just the car.
A: Got it. Confirmation is RR4471.
C: Okay, thanks.""",
True, 0.00, "neutral", "car reserved ('go ahead and reserve it'); GPS and waiver declined ('Just the car')"),

("FR60_020", "Aisha Bello", "2026-11-09T11:50:14", "clean",
"""A: Pinecrest Insurance, Aisha speaking.
C: Hi, my auto policy renews on the 20th and I got the notice. I just want to make sure it goes through.
A: Sure. Is this still 44 Birch Lane?
C: Yes, that's my address.
A: Great. The renewal is $612 for six months, same coverage. We can add roadside assistance for $4 a month.
C: I have AAA, so no.
A: No problem. Shall I process the renewal now?
C: Yeah, go ahead and renew it.
A: Done, the new ID cards will be emailed.
C: Okay. Thanks.""",
True, 0.00, "neutral", "renewal committed ('go ahead and renew it'); 'Yes, that's my address' is not the commitment; roadside $4 declined"),
]
