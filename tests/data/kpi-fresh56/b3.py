CALLS = [
("FR56_041", "Aisha Karimi", "2026-11-13T09:05:33", "clean",
"""A: ClearView Eye Care, Aisha speaking.
C: Hi, I need an eye exam. My glasses prescription is about three years old.
A: Sure. I have Wednesday at 11:30 or Friday at 4:15.
C: Wednesday at 11:30, please.
A: You're booked. Would you like to add retinal imaging? It's thirty-nine dollars, and insurance usually doesn't cover it.
C: What does it do exactly?
A: It takes a wide photo of the back of the eye, so the doctor can check without dilating you.
C: Oh, no drops? Yes, add the imaging.
A: Added. Wednesday at 11:30 with imaging. Bring your current glasses.
C: Okay, will do.""",
True, 39.00, "neutral", "'Wednesday at 11:30, please' and booked; imaging thirty-nine dollars accepted 'Yes, add the imaging'; neutral"),

("FR56_042", "Brendan Doyle", "2026-11-13T10:21:16", "asr",
"""A: cloudnote support brendan speaking
C: yeah hi you charged me ninety nine dollars for an annual renewal i never asked for
A: i'm sorry about that let me look it renewed automatically on the eighth
C: i turned off auto renew i have a screenshot
A: i see okay i can refund the full ninety nine dollars and close the account
C: yes do that
A: done it'll be back on your card in five to seven days
C: i shouldn't have to call to get my own money back
A: i understand i'm sorry for the trouble
C: yeah sure you are bye""",
False, 0.00, "negative", "refund of unwanted renewal, 'yes do that' agrees to a refund not a purchase; 'yeah sure you are'"),

("FR56_043", "Mei Tanaka", "2026-11-13T12:40:50", "clean",
"""A: Azure Seas Cruises, Mei speaking.
C: Hi, I'm looking at the seven-night Caribbean sailing in March. What's the price for two in a balcony cabin?
A: For March 8th, a balcony for two is $2,380 total. We also have the beverage package at sixty-five dollars per person per day.
C: Does the package include coffee drinks?
A: Yes, specialty coffee, cocktails, soft drinks, everything.
C: Interesting. Okay, I'm interested, can you email me the details for both?
A: Certainly. Would you like me to hold the cabin with a deposit?
C: Not today. I need to check my vacation days first.
A: Understood, I'll send everything now.
C: Thanks.""",
False, 0.00, "neutral", "'I'm interested, can you email me the details'; deposit 'Not today'; drink package only asked about"),

("FR56_044", "Oluwaseun Adeyemi", "2026-11-13T14:12:08", "asr",
"""A: shield pest control this is seun
C: yeah hi you guys sprayed for ants like two weeks ago and they're back all over the kitchen
A: i'm sorry about that your treatment has a thirty day guarantee so a re treatment is free
C: it better be
A: i can send someone tuesday morning does that work
C: yeah tuesday works
A: okay you're booked tuesday between eight and noon and i'd also suggest our perimeter barrier add on it's forty five dollars and it stops them coming in from outside
C: are you kidding me you want more money when it didn't work the first time
A: i understand no problem just the re treatment then
C: yeah just make sure it works this time""",
True, 0.00, "negative", "re-treatment appointment booked 'yeah tuesday works'; barrier forty five dollars refused 'are you kidding me'; annoyed throughout"),

("FR56_045", "Claire Dubois", "2026-11-16T09:33:21", "clean",
"""A: First Harbor Bank cards, Claire speaking.
C: Hi, I was pre-approved for the Travel Rewards card and I want to apply.
A: Great. It's no annual fee the first year, then $95. Shall I submit your application now?
C: Yes, go ahead and submit it.
A: Submitted, and you're approved with a $6,000 limit. We also offer card protection for $7.99 a month, covering identity theft and lost cards.
C: I'd take it if it were free. At eight bucks, no.
A: Understood. Your card will arrive in seven to ten days.
C: Okay. Do I need to activate it?
A: Yes, through the app or the number on the sticker.
C: Alright, thanks.""",
True, 0.00, "neutral", "'Yes, go ahead and submit it' and approved; protection $7.99 refused 'I'd take it if it were free... no'; neutral"),

("FR56_046", "Victor Alvarez", "2026-11-16T11:48:39", "asr",
"""A: golden wok this is victor
C: yeah i just got my delivery and everything's ice cold and the dumplings are missing
A: oh i'm really sorry about that can i get your order number
C: it's under the name reyes on elm street
A: okay i see it i can send the dumplings now and give you a ten dollar credit for next time
C: i don't want a credit i'm not ordering again whatever just refund it
A: okay i'll refund the whole order thirty eight fifty
C: fine
A: again i'm sorry
C: yeah hour and a half for cold food unbelievable""",
False, 0.00, "negative", "complaint and refund, credit refused; 'i'm not ordering again'; 'unbelievable'"),

("FR56_047", "Sophie Grant", "2026-11-16T13:20:54", "clean",
"""A: Lotus Flow Yoga, this is Sophie.
C: Hi, I went to one of your drop-in classes. How much are the class packs?
A: The ten-class pack is $150, and it's good for six months. Unlimited monthly is $129.
C: Hmm. And drop-in is twenty?
A: Twenty-two, so the pack saves you a bit.
C: Okay. I'll think about it and maybe grab one next time I'm in.
A: Sounds good. We've got a free intro workshop Saturday if you want to join.
C: Maybe. Thanks for the info.
A: Anytime!""",
False, 0.00, "neutral", "'I'll think about it and maybe grab one next time'; workshop 'Maybe'; neutral"),

("FR56_048", "Marcus Chen", "2026-11-16T15:07:02", "asr",
"""A: brightline wireless this is marcus
C: hi i want to add a line for my daughter she's getting her first phone
A: nice that's exciting a new line on your family plan is twenty dollars a month want me to add it
C: yes please add the line
A: done and her phone ships tomorrow we also have a case and screen protector bundle for thirty dollars for both
C: oh yeah she's gonna drop it for sure add the bundle
A: added so new line and the bundle
C: great thanks you guys always make this easy i love it
A: happy to help tell her congrats""",
True, 30.00, "positive", "'yes please add the line'; case and protector bundle thirty dollars for both accepted; 'always make this easy i love it'"),

("FR56_049", "Maria Delgado", "2026-11-17T09:44:13", "asr",
"""A: seaside grand hotel maria speaking
C: hi um i have a reservation for this friday and i need to cancel i've got the flu and my doctor said no travel
A: oh i'm sorry to hear that let me pull it up it's a non refundable rate
C: oh no
A: but given it's illness i can waive that and refund you in full
C: really oh my gosh thank you
A: of course it'll take about five days to show up
C: thank you so much you're a lifesaver i'll definitely book with you again
A: feel better""",
False, 0.00, "positive", "cancellation with refund, no purchase; 'thank you so much you're a lifesaver'"),

("FR56_050", "Kevin Osei", "2026-11-17T11:15:47", "clean",
"""A: Sunway Car Rental, Kevin speaking.
C: Hi, I have a reservation for a full-size SUV at the airport tomorrow at 7 am. I just got an email saying it's unavailable?
A: Let me check. Yes, I'm sorry, we're out of SUVs at that location tomorrow.
C: I booked this a month ago.
A: I understand. I can offer a minivan for twenty dollars more per day.
C: No, a minivan won't work, we're driving up to the mountains. Forget it.
A: I can check our downtown location.
C: Don't bother. This is the second time this has happened with you guys.
A: I'm very sorry. I'll cancel the reservation with no charge.
C: Yeah, do that.""",
False, 0.00, "negative", "SUV unavailable; minivan for twenty more a day refused 'Forget it'; reservation cancelled; 'second time this has happened'"),

("FR56_051", "Priya Raman", "2026-11-17T13:36:25", "clean",
"""A: Sugar and Spice Bakery, Priya speaking.
C: Hi! I'd like to order a unicorn cake for my daughter's seventh birthday, next Sunday.
A: Oh, fun! The 8-inch unicorn cake is $55. Pickup Sunday morning?
C: Yes, Sunday at 11. Let's do it.
A: Booked. Would you like a personalized topper with her name? That's $12. And we have number candles for $3.
C: Topper, yes, her name is Mila. I have candles already.
A: Topper with "Mila", added. Sunday at 11.
C: She's going to flip. Thank you, you're the best!
A: Happy birthday to Mila!""",
True, 12.00, "positive", "'Yes, Sunday at 11. Let's do it.'; topper $12 accepted, candles $3 declined; 'you're the best'"),

("FR56_052", "Tomasz Nowak", "2026-11-17T15:22:58", "asr",
"""A: northline ford tomasz speaking
C: hi um i was looking at the maverick on your website the blue one and i'd like to test drive it
A: sure that's the xlt hybrid it's still here when would you like to come
C: uh saturday morning maybe
A: i can do saturday at ten or eleven thirty
C: ten works
A: okay you're down for saturday at ten for a test drive can i get a number in case anything changes
C: yeah it's the one i'm calling from
A: perfect see you saturday
C: okay sounds good""",
True, 0.00, "neutral", "test drive appointment 'ten works' and booked; no add-on; plain 'okay sounds good'"),

("FR56_053", "Jessica Whitfield", "2026-11-18T09:58:40", "clean",
"""A: Northgate Insurance, this is Jessica.
C: My renewal came in and my premium went up by $40 a month. I haven't had a claim in six years.
A: I'm sorry. The increase is statewide, due to repair costs. I can look at discounts.
C: Please do.
A: If you bundle your home insurance with us, I can take 12% off your auto.
C: My home insurance is fine where it is. I'm not moving it just to fix your price hike.
A: I understand. I could also raise your deductible to $1,000 to bring the premium down.
C: No. Honestly, I'm shopping around. Six years of loyalty for this.
A: I understand. Your renewal date is the 1st, if you change your mind.
C: Yeah. Thanks for nothing.""",
False, 0.00, "negative", "bundle and deductible refused 'I'm shopping around'; 'Thanks for nothing'"),

("FR56_054", "Darnell Brooks", "2026-11-18T11:31:12", "asr",
"""A: metro power and gas darnell speaking
C: hi i saw something about a green energy plan on my bill and wanted to know what it is
A: sure with green choice all your electricity is matched by wind and solar it's about two cents more per kilowatt hour
C: okay so like how much more a month for me
A: looking at your usage roughly twelve to fifteen dollars more a month
C: hm i'd switch if it were the same price
A: i understand it's a bit more and some customers feel it's worth it
C: yeah i'll pass for now maybe if the price comes down
A: okay well it's always there if you change your mind
C: okay thanks for explaining""",
False, 0.00, "neutral", "conditional 'i'd switch if it were the same price' then 'i'll pass for now'; polite neutral"),

("FR56_055", "Hannah Lindqvist", "2026-11-18T14:07:26", "asr",
"""A: the laugh track comedy club this is hannah
C: hey uh do you still have tickets for the friday late show
A: yes we do general admission is twenty eight each
C: okay can i get two
A: sure two for friday at ten and we have a meet and greet with the headliner after the show for thirty five each
C: nah just the tickets
A: okay two tickets friday at ten fifty six total should i put that on the card ending in eight eight one
C: yep go ahead that's the one
A: you're all set
C: cool thanks""",
True, 0.00, "neutral", "'can i get two' then 'yep go ahead' to the read-back of two tickets fifty six total; meet and greet declined 'nah just the tickets'"),

("FR56_056", "Rafael Moreno", "2026-11-18T16:13:04", "clean",
"""A: Oakhouse Electronics, Rafael speaking.
C: Hi, I'd like to order the 65-inch Lumen OLED that's on sale for $1,499.
A: Sure. Shall I put that through on your account?
C: Yes, place the order.
A: Done. Would you like professional wall mounting? It's $149, including the bracket.
C: Yes, please, I don't trust myself with a drill.
A: Let me add that... oh, I'm sorry. Installation isn't available in your zip code yet.
C: You're kidding. That's half the reason I ordered from you instead of online.
A: I'm sorry. The TV order is still placed, it arrives Friday.
C: Ugh. Okay, just the TV then. That's really disappointing.""",
True, 0.00, "negative", "TV 'Yes, place the order'; mounting $149 accepted but cannot be provided, so zero; 'really disappointing'"),

("FR56_057", "Aisha Karimi", "2026-11-19T10:02:37", "asr",
"""A: riverbend dermatology aisha speaking
C: hi i need to see a dermatologist about a mole that changed shape
A: okay for a new patient the first opening is february twelfth
C: february that's three months away
A: i know i'm sorry we're very booked i can put you on the cancellation list
C: three months for something that could be cancer that's absurd
A: if it's changing quickly you might ask your primary doctor for an urgent referral
C: forget it i'll go somewhere that actually has appointments
A: i understand i'm sorry
C: yeah""",
False, 0.00, "negative", "nothing booked, 'forget it i'll go somewhere that actually has appointments'; 'that's absurd'"),

("FR56_058", "Brendan Doyle", "2026-11-19T12:25:49", "clean",
"""A: CloudNote, Brendan speaking.
C: Hi, I'm on the Basic plan and I keep hitting the limit on shared notebooks. What's the next step up?
A: That'd be Pro, $9.99 a month. Unlimited shared notebooks and offline access.
C: Okay, that's what I need. Switch me to Pro.
A: Done, you're on Pro now. I'd also mention extra storage, an additional terabyte for $2.99 a month.
C: Nah, Pro's enough. I barely use the storage I have.
A: Fair enough. Your new features are live right now.
C: Oh nice, I see them. Honestly the Pro features look great, I should have done this months ago.
A: Glad to hear it!""",
True, 0.00, "positive", "'Switch me to Pro' paid plan change; storage $2.99 declined 'Nah, Pro's enough'; 'look great'"),

("FR56_059", "Mei Tanaka", "2026-11-19T14:44:18", "asr",
"""A: coastline rail this is mei
C: hi i need a ticket from san diego to los angeles on saturday the twenty first in the morning
A: sure the eight fifteen is forty one dollars in coach
C: okay book the eight fifteen
A: booked and i can upgrade you to business class it's normally sixty but there's a promotion today so it's forty
C: uh forty on top
A: yes forty on top of the fare and you get the bigger seat and a snack
C: forty yeah okay why not i deserve it
A: ha done business class on the eight fifteen
C: nice that's awesome thank you""",
True, 40.00, "positive", "'okay book the eight fifteen'; business upgrade revised sixty to forty, 'forty yeah okay why not'; 'that's awesome'"),

("FR56_060", "Oluwaseun Adeyemi", "2026-11-19T16:03:55", "clean",
"""A: Summit Roofing, Seun speaking.
C: Hi, we've got a few shingles missing after that windstorm. I wanted to get a quote for a repair.
A: Sure. We start with a free inspection. I could have someone out Monday morning.
C: Monday, hmm.
A: Or Wednesday afternoon, if that's better.
C: Let me check with my husband first, he's the one who's home. I'll call you back.
A: No problem. If water gets in, call us right away and we'll prioritize it.
C: Okay, will do.
A: Thanks for calling.
C: Bye.""",
False, 0.00, "neutral", "inspection not booked, 'Let me check with my husband first... I'll call you back'; neutral"),
]
