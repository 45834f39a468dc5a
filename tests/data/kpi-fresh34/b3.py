CALLS = [
("FR34_041", "Sofia Russo", "2026-11-16T09:12:05", "clean",
"""A: SkyJet Airlines reservations, Sofia speaking.
C: Hi, I'm looking at flights to Orlando for four of us, leaving December 19th.
A: I have the 7:05 am nonstop at $312 per person.
C: Okay. And bags?
A: Checked bags are $35 per bag. Priority boarding is $15 per person.
C: We'd probably need three bags. No priority boarding, we're not in a rush.
A: So four seats on the 7:05 and three checked bags. Shall I book that?
C: Hmm. Let me check with my husband about the dates first, his leave isn't approved yet.
A: Of course. The fare isn't guaranteed, but I can email you the itinerary.
C: Yes, email it. Thanks.
""",
False, 0.0, "neutral", "Flight and bags discussed but customer defers to husband -> no conversion, no upsell; neutral."),

("FR34_042", "Marcus Webb", "2026-11-16T13:27:48", "asr",
"""A: phone depot marcus speaking
C: hi i'm picking up the pixel order today can i add some stuff before i come in
A: sure your phone is ready i can add a case it's twenty nine ninety nine or a screen protector at fourteen ninety nine
C: the case yes
C: and actually also the screen protector
A: okay case and protector
C: hmm can you tell me what color the case is
A: it's the clear one with the black edge
C: ew no wait forget the case it's ugly keep the protector
A: no problem just the screen protector
C: thanks for being so patient you're great
""",
True, 14.99, "positive", "Add-ons to a ready phone order: case retracted by name, screen protector $14.99 kept; positive."),

("FR34_043", "Naomi Fischer", "2026-11-16T17:03:31", "clean",
"""A: Clearpath Software, account services. Naomi speaking.
C: I want to move our account from Business down to Starter. We're not using half of it.
A: I can help. Starter is $29 a month instead of $79. You'd lose the reporting module and SSO.
C: I know. Your reporting barely worked anyway.
A: I could keep you on Business at $59 for six months.
C: No. Downgrade it.
A: Okay, to confirm: switch to Starter at $29 a month from the next billing date?
C: Yes. Do it.
A: Done. Would you like to keep reports as an add-on for $10 a month?
C: No. I said it barely worked.
""",
True, 0.0, "negative", "Paid plan change (downgrade) confirmed -> conversion; save offer and reports add-on declined; negative."),

("FR34_044", "Raj Patel", "2026-11-17T12:05:56", "asr",
"""A: big sky burgers raj speaking
C: hi for pickup two bacon cheeseburgers please
A: two bacon cheeseburgers that's twenty three eighty want fries with that fries are three fifty
C: uh yeah one fries
A: one fries anything to drink
C: what drinks do you have
A: lemonade iced tea sodas lemonade is two seventy five
C: two lemonades then
A: okay two bacon cheeseburgers one fries two lemonades ready in fifteen minutes
C: cool see you then
""",
True, 9.0, "neutral", "Burgers main; fries $3.50 + two lemonades at $2.75 = 5.50 -> 9.00; neutral."),

("FR34_045", "Elena Petrova", "2026-11-17T15:44:22", "clean",
"""A: Hi, is this Mrs. Lindqvist? Elena from the Harbor City Hawks ticket office.
C: Yes, hi Elena.
A: Your season tickets, section 112, row F, are up for renewal. It's $1,480 for the pair, and we can add a season parking pass for $220.
C: Oh, I wish. We're moving to Arizona in January, so we won't be renewing.
A: Oh, congratulations on the move! Would you want to transfer them to a friend?
C: No, I think we'll just let them go. Eleven years in those seats, though.
A: That's a long time. We'll miss you.
C: We loved every minute of it. Honestly, your staff have always been wonderful to us.
A: That means a lot. Good luck with the move!
C: Thank you so much. Bye!
""",
False, 0.0, "positive", "Renewal and parking declined (moving); row/section numbers not prices; warm and appreciative."),

("FR34_046", "Jordan Hayes", "2026-11-17T10:30:13", "asr",
"""A: oakline furniture jordan speaking
C: hi i want to order the walnut dining table the seventy two inch one
A: sure the walnut table is twelve hundred do you need chairs with it the matching chairs are ninety five each
C: yeah we need chairs
A: how many
C: six of them we have a big family
A: and there's a leaf extension for one twenty
C: no the seventy two is big enough
A: okay so to confirm the walnut table and six chairs delivered to nine oh four lake road
C: yes that's right does it come assembled
A: the chairs do the table takes about twenty minutes
C: okay fine
""",
True, 570.0, "neutral", "Table is main; six chairs at $95 each (quantity said separately) = 570; leaf declined; read-back confirmed with a question; 72-inch and address not prices; neutral."),

("FR34_047", "Grace Kim", "2026-11-18T19:21:40", "clean",
"""A: Grand Meridian Hotel reservations, Grace speaking.
C: I need a room for the 3rd and 4th of December. Two nights. I'm here for a conference.
A: A king room is $210 a night. Shall I reserve it?
C: Yes, reserve it. But last time the room smelled like smoke and nobody did anything about it.
A: I'm very sorry. I'll note a non-smoking floor, high up.
C: You'd better. Do you have parking?
A: Yes, valet is $25 a night. We also have a spa package for two at $180.
C: Parking, yes, both nights. The spa, no, I'm not there for fun.
A: Done: king room, two nights, with parking.
C: We'll see. I'm only coming back because the conference is next door.
""",
True, 50.0, "negative", "Room booked; valet $25/night x2 nights = 50; spa declined; distrustful and negative."),

("FR34_048", "Omar Haddad", "2026-11-18T11:56:02", "asr",
"""A: sunpath solar this is omar thanks for calling
C: hi um i got a flyer about solar panels for my house
A: great how big is your roof roughly
C: it's a ranch about eighteen hundred square feet
A: for that you'd probably need a twelve panel system around fourteen thousand before credits and the battery backup is another six thousand
C: wow okay that's a lot
A: we have financing at about ninety a month
C: i'd sign up if it were cheaper like half that honestly
A: i understand i can send a custom quote
C: sure send it and i'll look
""",
False, 0.0, "neutral", "Conditional/hypothetical interest only; square feet and panel counts not prices; neutral."),

("FR34_049", "Maya Torres", "2026-11-19T08:10:27", "clean",
"""A: Westside Auto Care, this is Maya.
C: My brakes are grinding. Last time you guys quoted me $200 and charged me $300, so I want the number up front.
A: Understood. Front pads and rotors, $380 all in, parts and labor.
C: Fine. Go ahead and book it for tomorrow.
A: Booked for 9 am. Your wiper blades are worn too, a new pair is $24.
C: Okay, do the wipers.
A: And a cabin air filter is $39.
C: Yeah, fine, the filter too.
C: Actually, leave the filter. I'll do it myself, it's two screws.
A: Okay, brakes and wipers only.
C: Just don't surprise me with the bill this time.
""",
True, 24.0, "negative", "Brake job main; wiper pair $24 kept, cabin filter accepted then retracted = 24; past prices not counted; distrustful -> negative."),

("FR34_050", "Derek Olsen", "2026-11-19T14:38:51", "asr",
"""A: maple street pharmacy derek speaking
C: hi do i need an appointment for a flu shot
A: you can book one or you can walk in it's free with most insurance
C: oh okay what about the shingles one
A: the shingles vaccine depends on your plan your copay might be around fifty
C: hmm i'll just walk in for the flu shot then
A: sure anytime between nine and six
C: okay and i'll think about the shingles one
A: sounds good
C: alright thanks
""",
False, 0.0, "neutral", "No appointment booked (walk-in), free service; shingles only asked about and deferred; neutral."),

("FR34_051", "Priya Nair", "2026-11-20T16:07:19", "clean",
"""A: Pixelforge Software sales, Priya speaking.
C: Hi! I want to buy Pixelforge Studio for my little agency. Three users.
A: Happy to help. Studio is $49 per user, so $147 for three. Shall I process it?
C: Yes, please.
A: Done. Would you like priority support? It's $99 a year.
C: Yes to priority support. Is it per user, though?
A: No, it's per account.
C: Perfect. I've heard great things about your support from a friend.
A: You're all set. License keys are in your inbox.
C: Wonderful, thank you, that was painless!
""",
True, 99.0, "positive", "Licenses main ($49 x3); priority support $99/year accepted (yes + question); pleased."),

("FR34_052", "Luis Ortega", "2026-11-20T09:49:34", "asr",
"""A: coastline rail luis speaking
C: hi i need two tickets from portland to seattle on the twenty sixth the eight fifteen train
A: sure that's fifty two per ticket in coach
C: fine book them even though your trains are always late
A: sorry to hear that they're booked would you like to upgrade to business class it's twenty eight more per ticket
C: more legroom
A: yes and a power outlet
C: okay upgrade both if i'm going to sit there an extra hour i might as well be comfortable
A: and a meal voucher for twelve
C: no i'm not eating your sad sandwiches
A: okay two business tickets on the eight fifteen
C: yeah let's see if it leaves on time for once
""",
True, 56.0, "negative", "Tickets booked; business upgrade $28 per ticket x2 = 56; meal voucher declined; sarcastic about lateness -> negative."),

("FR34_053", "Hannah Brooks", "2026-11-20T12:40:00", "clean",
"""A: Sparkle & Co. Cleaning, Hannah speaking.
C: Hi Hannah, my neighbor recommended you. I'd like to set up a cleaning every two weeks.
A: Lovely! For a three-bedroom it's $120 a visit. Want me to set that up starting next Monday?
C: Yes, let's do it.
A: Great. We also have add-ons: inside the fridge $30, inside the oven $35, and interior windows $60.
C: Fridge and oven, not the windows, my husband does those.
A: Every visit or just the first?
C: Just the first one.
A: Got it. Biweekly cleaning, with fridge and oven on the first visit.
C: Perfect. She said you're fantastic, I'm really looking forward to it.
""",
True, 65.0, "positive", "Biweekly cleaning main; fridge $30 + oven $35 = 65 (one time), windows declined; positive."),

("FR34_054", "Tomasz Nowak", "2026-11-23T18:18:18", "asr",
"""A: metrovision cable tomasz speaking
C: yeah my bill went up twelve dollars and nobody told me
A: let me look it's the end of your promo rate
C: so you just jack it up and hope i don't notice
A: i understand the frustration i can offer the sports package at nineteen ninety nine a month
C: how is that supposed to help me pay less
A: it's a good value if you watch football
C: maybe next month when the playoffs start i don't know
A: okay i'll leave a note on the account
C: honestly this company is a joke
""",
False, 0.0, "negative", "Billing complaint; sports package deferred -> no conversion; angry."),

("FR34_055", "Aisha Bello", "2026-11-23T10:55:45", "clean",
"""A: Petal & Stem, Aisha speaking.
C: Hi! I'm finalizing flowers for my wedding on the 12th. I'd like to place the order we talked about: my bouquet and the bridesmaids' bouquets.
A: Of course. Bridal bouquet and five bridesmaid bouquets, $575 total. Is that right?
C: Yes, that's right.
A: Wonderful, ordered. Many brides add corsages for the mothers, $28 each, and a flower crown for the flower girl at $45.
C: Oh, corsages for both moms, yes!
A: And the crown?
C: She's two, she'll rip it off in a second. No crown.
A: Ha, fair. Two corsages added.
C: You've been so lovely through all of this, thank you!
""",
True, 56.0, "positive", "Flower order confirmed; corsages $28 each x2 = 56; crown declined; positive."),

("FR34_056", "Kevin Tran", "2026-11-23T15:31:02", "asr",
"""A: guardwell claims kevin speaking
C: i'm calling about claim number four four seven one nine my water damage claim
A: i see it it was denied on the eighteenth
C: denied i've paid you people for nine years
A: the policy excludes gradual leaks i'm sorry
C: it wasn't gradual the pipe burst
A: you can appeal with a plumber's report
C: i sent the plumber's report twice
A: i'll escalate it to a supervisor
C: don't bother i'm calling a lawyer this is disgraceful
""",
False, 0.0, "negative", "Claim dispute, no sale; claim number not a price; furious."),

("FR34_057", "Sofia Russo", "2026-11-24T11:02:39", "clean",
"""A: Pinecrest Golf Club, Sofia speaking.
C: Hi, I'd like a 9 am tee time Saturday for four.
A: I'm sorry, 9 am is booked. The next opening for four is 11:20.
C: The website showed 9 am open this morning.
A: It was taken an hour ago, I'm afraid. Carts are $22 per person if you'd like the 11:20.
C: 11:20 is too late, two of us have to leave by two.
A: I understand. Would Sunday work?
C: No. We'll skip it this weekend.
A: Sorry about that.
C: It's annoying. Your website should be updated.
""",
False, 0.0, "negative", "Requested time unavailable, alternative refused, nothing booked; carts not bought; annoyed."),

("FR34_058", "Marcus Webb", "2026-11-24T14:45:50", "asr",
"""A: happy bowl pet supply marcus speaking
C: hi i want to set up autoship for dog food the salmon grain free one
A: let me check we're actually out of the grain free salmon until january
C: oh what about the lamb grain free
A: that's also grain free yes but it's back ordered too
C: hmm
A: i could do the regular salmon at fifty four a bag and add a treat pack for twelve
C: no he can't have grain i'd sign up if you had the grain free one in stock
A: i'll let you know when it's back
C: okay yeah do that
""",
False, 0.0, "neutral", "Main purchase conditional on grain-free stock, unmet -> no conversion; treat pack not taken; neutral."),

("FR34_059", "Naomi Fischer", "2026-11-25T16:20:44", "clean",
"""A: LockBox Storage, Naomi speaking.
C: I want the 10x10 unit. Your website says $79 a month.
A: I'm sorry, that online rate expired. It's $89 a month now.
C: Of course it did. Can you match the $79?
A: Unfortunately I can't.
C: Fine. I need it Saturday, so go ahead and rent it to me at $89.
A: Done. Would you like a disc lock for $15 and storage insurance at $12 a month?
C: The lock, yes. I'm not paying for your insurance racket, my renter's policy covers it.
A: Understood, just the lock. Unit 214 is yours from Saturday.
C: Great. Bait and switch, but great.
""",
True, 15.0, "negative", "Unit rented (main, revised to $89 is main price); lock $15 accepted, insurance refused; unit size/number not prices; sarcastic -> negative."),

("FR34_060", "Raj Patel", "2026-11-25T08:36:17", "asr",
"""A: sunfield music festival help desk raj speaking
C: hey i bought two weekend passes last month and i want to add camping
A: sure let me pull that up okay two passes under jamal price
C: yep that's me
A: camping is one twenty per person for the weekend
C: okay add camping for both of us
A: done i can also add a car parking pass for forty
C: nah we're getting dropped off
A: okay camping for two is on your order
C: sweet this is going to be epic thanks man
""",
True, 240.0, "positive", "Add-on to earlier purchase: camping $120 per person x2 = 240; parking declined; excited."),
]
