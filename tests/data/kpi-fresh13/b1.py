# Batch 1: FR13_001 - FR13_020 (hand written)
CALLS = [
("FR13_001", "Priya Raman", "2026-11-02T09:14:22", "asr",
"""A: hi is this mister kowalczyk this is priya calling from brightline fiber about your internet contract
C: uh yeah speaking
A: great so your twelve month term ends on the thirtieth and i wanted to see about renewing you before the promo price drops off
C: mhm what does it go to
A: if you don't renew it goes to ninety four a month if you renew today for another year it stays at seventy nine
C: okay yeah seventy nine is fine just keep it the same then
A: perfect i'll put the renewal through also a lot of folks on your plan have dead spots upstairs we have a mesh extender for ten a month
C: uh actually yeah the back bedroom is terrible add that
A: done so that's the renewal at seventy nine plus the extender at ten starting next cycle
C: yep sounds right
A: you'll get an email confirmation today anything else
C: no that's it thanks""",
True, 10.0, "neutral", "renews at 79/mo (main); accepts mesh extender 10/mo -> 10; tone matter of fact"),

("FR13_002", "Tomasz Wojcik", "2026-11-02T11:40:05", "clean",
"""A: Harbor & Pine Furniture, this is Tomasz. How can I help?
C: Hi! I was in the showroom on Saturday and I've been dreaming about the Aldridge sectional ever since. The one in slate grey.
A: Great choice. The Aldridge in slate is $1,450 right now.
C: That's what the tag said. I'd like to order it.
A: Wonderful. Since you mentioned kids on Saturday, would you like our five-year fabric protection plan? It's $89 and covers spills and stains.
C: Oh, absolutely, yes. My two are basically walking juice boxes.
A: Ha, added. We also have white-glove delivery with old-sofa removal for $120.
C: No, my brother-in-law has a truck, we'll manage the old one. Standard delivery is fine.
A: Okay. So the Aldridge sectional at $1,450 plus fabric protection at $89, standard delivery on December 4th. Does that look right?
C: Yes, that's perfect. I'm so excited, honestly.
A: It's placed. You'll get a text the day before delivery.
C: Thank you so much!""",
True, 89.0, "positive", "orders sofa 1450 (main), accepts protection 89, declines white-glove 120"),

("FR13_003", "Aisha Okafor", "2026-11-02T17:05:48", "asr",
"""A: thanks for calling corefit gyms this is aisha how can i help
C: hi yeah i need to cancel my membership
A: oh sorry to hear that can i ask what's prompting it
C: i changed jobs and there's a place right by the new office honestly it's newer and the showers actually work
A: i understand what if i could take your membership down to half price for the next three months
C: um no i mean thanks but i'm not gonna drive twenty minutes to save fifteen bucks
A: we could also freeze it for up to sixty days at no charge
C: no just cancel it please
A: okay i've processed the cancellation your last billing date is the fifteenth
C: fine
A: is there anything else
C: no""",
False, 0.0, "negative", "cancels, declines half-price and freeze; curt, praises competitor, complains about showers"),

("FR13_004", "Diego Fernandez", "2026-11-03T08:32:10", "asr",
"""A: good morning lakeside family dental this is diego
C: hi um i need to get a cleaning for my son he's due
A: sure what's his name and date of birth
C: mateo alvarez march third two thousand fourteen
A: got him okay for a cleaning with hygienist i have tuesday the seventeenth at three thirty or thursday the nineteenth at four fifteen
C: uh the thursday one works better he has soccer tuesdays
A: thursday the nineteenth at four fifteen for mateo
C: yep
A: alright he's booked we'll send a reminder text the day before
C: okay thank you""",
True, 0.0, "neutral", "picks offered Thursday slot; agent confirms booked"),

("FR13_005", "Hannah Lindqvist", "2026-11-03T12:21:37", "clean",
"""A: Good afternoon, Osteria Lume, Hannah speaking.
C: Hi, I'd like to book a table for eight this Saturday, around 7:30.
A: Let me look. I'm sorry, Saturday evening is fully booked; the earliest I have for eight people is 5:00, or Sunday at 7:30.
C: 5:00 is too early, people are coming from out of town. And it has to be Saturday, it's my mother's seventieth.
A: I understand. I can put you on the waitlist for Saturday in case of a cancellation.
C: Sure, put me on it I guess. But I'll have to find somewhere else.
A: Of course. Can I take a number for the waitlist?
C: 555-0187. I really wanted it to be there, she loves the place.
A: I'm sorry we couldn't do it this time.
C: Yeah. Okay. Bye.""",
False, 0.0, "negative", "Saturday sold out, declines alternatives; waitlist is not a booking; quiet disappointment"),

("FR13_006", "Kenji Watanabe", "2026-11-03T15:47:02", "asr",
"""A: thank you for calling nimbus mobile my name is kenji
C: hey so i dropped my phone and the screen's cracked like all the way across
A: oh no okay let me pull up the account what's the number on the account
C: it's the one i'm calling from
A: thanks okay you've got the p twelve and you do have device protection so a screen repair is a twenty nine dollar deductible
C: okay
A: alternatively you're actually eligible for an upgrade the p fourteen is zero down and forty one a month and we'd take the old one as trade in
C: hm the fourteen's nice um i don't know i was kind of gonna wait until after the holidays and see what deals there are
A: totally fair want me to just set up the screen repair for now
C: uh no let me think about that too i might just live with it for a bit
A: no problem i'll note the account and you can call back anytime
C: okay thanks""",
False, 0.0, "neutral", "declines repair and defers upgrade until after holidays; no commitment"),

("FR13_007", "Marisol Vega", "2026-11-04T18:12:55", "asr",
"""A: tony's pizza pickup or delivery
C: uh delivery to four twenty two elm street
A: okay what can i get you
C: can i get a large pepperoni and an order of garlic nots and uh ten wings buffalo
A: large pepperoni garlic knots ten buffalo wings anything to drink we've got two liters for two ninety nine
C: oh yeah throw in a coke two liter
A: okay
C: actually you know what forget the wings my sister said she already made food
A: no problem wings are off so large pepperoni garlic knots and a two liter coke that's twenty six forty with delivery
C: yep that's it
A: about forty minutes
C: perfect you guys are always fast love it""",
True, 2.99, "positive", "order confirmed; drops wings by name; accepts 2-liter at 2.99 as add-on; address number not a price"),

("FR13_008", "Olumide Adeyemi", "2026-11-04T10:03:19", "clean",
"""A: Good morning, this is Olumide with Keystone Life. Am I speaking with Ms. Ferraro?
C: Yes, that's me.
A: You requested a quote on our website about term life coverage. I have a 20-year, $500,000 policy for you at $32 a month.
C: Okay. That's less than I expected, actually.
A: It's a good rate. I can start the application now; it takes about ten minutes.
C: I'm at work right now. Could you email me the details so I can look them over?
A: Of course. Is it still nferraro@mailbox.com?
C: Yes, that's my email.
A: Sent. Would Thursday be a good time to follow up?
C: Sure, call me Thursday afternoon.
A: Will do. Thanks, Ms. Ferraro.
C: Thanks, bye.""",
False, 0.0, "neutral", "asks for email details; yes to email and callback are not purchases"),

("FR13_009", "Sofia Rossi", "2026-11-05T13:26:44", "asr",
"""A: hi this is sofia from taskgrid customer success you booked a call about your plan
C: yeah hi so we're on basic and we keep hitting the project limit there's four of us now
A: okay so the team plan would lift that it's twelve a user a month so for the four of you forty eight
C: mhm
A: and you mentioned files earlier the team plan has ten gigs but you can add the storage pack at five a user a month for a hundred gigs each
C: yeah we need the storage honestly that's been the real pain point
A: okay so team plan for four users with the storage pack on all four
C: yes let's do that
A: done it's live now you should see the new limits if you refresh
C: oh wow yeah i see it that's great thank you this is gonna save us a lot of headaches""",
True, 20.0, "positive", "paid plan change (main, 48/mo); storage pack 5/user/mo x 4 users (count said earlier) = 20"),

("FR13_010", "Liam O'Brien", "2026-11-05T16:09:31", "asr",
"""A: westgate auto service liam speaking
C: hi i need an oil change for a two thousand nineteen civic
A: sure when were you thinking
C: uh friday morning if you've got it
A: i've got friday at eight or at ten thirty
C: eight
A: okay eight am friday oil change we can also do a tire rotation while it's up it's twenty nine ninety five
C: nah just the oil change
A: no problem name for the appointment
C: dana pruitt
A: got you down dana friday at eight
C: okay thanks""",
True, 0.0, "neutral", "books oil change at 8; declines tire rotation; year of car not a price"),

("FR13_011", "Fatima Zahra Benali", "2026-11-06T19:44:12", "clean",
"""A: Vista Cable, this is Fatima. How can I help you tonight?
C: I want to cancel. Your service was down for three days last week and nobody could tell me anything.
A: I'm really sorry. I see the outage on your area, and that's not acceptable. First, I'm applying a $20 credit for those days.
C: Okay. That's something, but I'm still paying $110 a month for a service that doesn't work.
A: I understand. If you stay, I can move you to the same package at $79 a month for the next twelve months.
C: Seventy-nine? For the same channels and the same speed?
A: Same channels, same speed. Nothing changes except the price.
C: ...Okay. Fine. I'll stay on the $79 plan.
A: Done. You'll see it from the next bill, and the $20 credit is on there too.
C: Alright, that's fair. Thank you for actually listening, the last person just read a script at me.""",
True, 0.0, "positive", "accepts retention offer (conversion); 20 credit is not upsell; anger cools to thanks"),

("FR13_012", "Nguyen Thi Lan", "2026-11-06T10:58:40", "asr",
"""A: petal and stem this is lan
C: hi i want to send flowers to my mom in portland for her birthday on the twelfth
A: lovely we have the garden roses bouquet at sixty five that's our most popular
C: yeah that one
A: would you like to add a glass vase it's fifteen and a box of truffles for twelve
C: um the vase yes and sure the truffles
A: okay
C: wait actually skip the truffles she's doing a diet thing she'd kill me
A: ha okay no truffles so garden roses with the vase delivered on the twelfth to the address you gave
C: yes exactly
A: you're all set what would you like on the card
C: just happy birthday mom love you lots from jen thank you you've been so sweet""",
True, 15.0, "positive", "bouquet 65 main; vase 15 accepted; truffles 12 accepted then retracted -> 15"),

("FR13_013", "Rafael Costa", "2026-11-07T14:17:26", "asr",
"""A: hi this is rafael with suncrest solar am i speaking with the homeowner
C: yes
A: great we're doing free roof assessments in your neighborhood this week
C: look this is like the third time you guys have called this week
A: oh i apologize for that i can make sure
C: we already have panels we got them in june i told the last guy that
A: i'm sorry about that i'll take you off the list
C: yeah please do that's what i said last time too
A: understood you're removed have a good day
C: uh huh""",
False, 0.0, "negative", "refuses; annoyed at repeated calls; 'yes' is answer to homeowner question"),

("FR13_014", "Ingrid Haugen", "2026-11-07T09:05:13", "clean",
"""A: Fjordview Hotel reservations, Ingrid speaking.
C: Hello! We'd like a room for the 20th and 21st of November, two adults.
A: Let me check. I have a superior double with a fjord view at $189 per night.
C: Lovely, we'll take it.
A: Breakfast isn't included in that rate. Our buffet is $18 per person, per morning.
C: Yes, for both of us, both mornings. We're not getting up early to hunt for a café.
A: Very sensible. So: superior double, nights of the 20th and 21st, two adults, breakfast for two on both mornings. Room total $378 plus breakfast, and tax at check-in.
C: That's right.
A: It's confirmed. Your confirmation number is FV-44812.
C: Wonderful, thank you! We're really looking forward to it.""",
True, 72.0, "positive", "room is main; breakfast 18 x 2 people x 2 mornings = 72; confirmation number not a price"),

("FR13_015", "Dev Malhotra", "2026-11-09T11:33:57", "asr",
"""A: thank you for calling first harbor bank this is dev
C: hi um i think i lost my debit card i can't find it anywhere
A: okay let's lock it right away can you verify the last four of your social
C: eight eight one two
A: thank you i've locked the card ending in four four zero nine i don't see any unusual transactions
C: oh good okay
A: i can send a replacement it'll go to the address on file on maple court is that still right
C: yes that's my address
A: great it'll arrive in five to seven business days no charge
C: okay thanks""",
False, 0.0, "neutral", "support only; free replacement card; 'yes' confirms address"),

("FR13_016", "Chloe Martin", "2026-11-09T13:48:21", "asr",
"""A: happy paws grooming this is chloe
C: hi i'd like to book a groom for my golden retriever biscuit
A: aw biscuit okay full groom for a large dog is eighty five i have saturday at ten or monday at two
C: saturday at ten please
A: perfect do you want to add nail grinding it's eight dollars it leaves them smoother than clipping
C: oh sure yeah he scratches the floors so yes
A: okay biscuit saturday at ten full groom with nail grinding
C: great you guys did such a nice job last time he came home looking like a puppy
A: aw thank you see you saturday""",
True, 8.0, "positive", "books groom slot; accepts nail grinding 8"),

("FR13_017", "Priya Raman", "2026-11-10T18:26:09", "clean",
"""A: Hi, this is Priya from The Coastal Review. Your print subscription expires at the end of this month.
C: Oh, right. I got a letter about that.
A: We can renew you for another year at $59, or two years for $99.
C: Hmm. My husband's the one who really reads it. Let me talk to him first.
A: Of course. Would you like me to hold the two-year price for you?
C: If you can, sure. But no promises.
A: I'll note it on the account for 14 days.
C: Okay. Thanks.""",
False, 0.0, "neutral", "defers to husband; agreeing to a price hold is not a commitment"),

("FR13_018", "Tomasz Wojcik", "2026-11-10T20:04:33", "asr",
"""A: thanks for calling ridgeway arena box office this is tom
C: hi i'm trying to get two tickets for the halloway brothers on the twenty eighth the website keeps crashing
A: sorry about that let me try from here two tickets on the twenty eighth
C: yeah anywhere lower bowl if possible
A: okay i've got two in section one oh four row k at ninety each want me to grab those
C: yes please do it
A: okay one second oh no i'm sorry it says those were just released to another buyer and that was the last of the lower bowl uh the show's now showing sold out completely
C: you're kidding
A: i'm really sorry i can add you to the resale alert list
C: sure whatever figures your website crashes and then this
A: again i apologize
C: yeah bye""",
False, 0.0, "negative", "yes to booking but it failed, show sold out, nothing else bought; sarcastic frustration"),

("FR13_019", "Aisha Okafor", "2026-11-11T12:39:50", "asr",
"""A: hi thanks for holding this is aisha with guardwell home security you were asking about the starter kit
C: yeah so it's the hub and the two door sensors and the motion thing
A: right the starter kit is two forty nine and then monitoring is nineteen a month
C: okay and we have a back door and a side door and the front
A: so the kit covers two doors you'd want one extra door sensor they're twenty four each
C: hm we've got the garage door too so two extra
A: okay two extra sensors so starter kit plus two additional sensors let me read it back starter kit two forty nine two sensors forty eight monitoring nineteen a month shipping free
C: yeah that's right
A: great order's in it ships tomorrow
C: okay""",
True, 48.0, "neutral", "kit 249 main; two extra sensors at 24 each = 48; monitoring part of base plan"),

("FR13_020", "Diego Fernandez", "2026-11-11T08:58:00", "clean",
"""A: SkyMesa Airlines, this is Diego. How can I help?
C: Hi. My meeting moved and I need to get on an earlier flight to Denver on Friday. Please tell me there's a way.
A: Let's see. You're on the 4:40 pm. There's a 1:15 pm with seats, and since your fare is flexible there's no change fee.
C: Oh thank God. Yes, move me to the 1:15.
A: Done. Your seat on that one is a middle seat in row 31, I'm afraid. I can put you in an extra-legroom aisle seat in row 12 for $39.
C: Sure, why not. I've got work to do on the plane.
A: Row 12, seat C, $39 charged to the card on file. You're all set.
C: That's a relief. Thank you, Diego, that was painless.""",
True, 39.0, "positive", "flight change (no fee) plus paid extra-legroom seat 39 accepted"),
]
