CALLS = [
("FR48_061", "Rafael Duarte", "2026-11-27T16:10:00", "clean",
"""A: BlueJet Airways, Rafael speaking.
C: Hi, I need to book four seats to Orlando, December 20th, back on the 27th. Two adults, two kids.
A: I have the 9:40 am out and the 3:15 pm back, $412 per person, $1,648 total. Shall I book those?
C: Yes, book them.
A: Booked. Right now your seats are assigned at check-in, so you may not be together. Seat selection is $15 per person, each way counted together.
C: So I have to pay so my six-year-old can sit next to me? That's ridiculous.
A: I understand it's frustrating. It's $15 a person, so $60 for the four of you.
C: Fine. All four of us together, yes. Do it.
A: Done, row 22, seats A to D on both flights.
C: Great. Paying extra to sit with my own kids. Brilliant airline.""",
True, 60.00, "negative", "flights booked; seats $15 per person for four accepted ('All four of us together, yes') = 60; sarcastic close"),

("FR48_062", "Priya Ramaswamy", "2026-11-30T09:30:00", "asr",
"""A: freshcart deliveries priya speaking
C: hi i want to place an order for tomorrow morning the app isn't working
A: no problem what do you need
C: two dozen eggs a four pint of semi skimmed a large sourdough a bag of basmati and um a pack of chicken thighs the big one
A: got it that's thirty one forty plus the delivery of four ninety nine and for nine ninety nine a month the delivery pass makes all deliveries free
C: i'll just pay the delivery this time
A: okay so thirty six thirty nine total delivery between eight and ten tomorrow is that right
C: yeah that's right
A: done the order's placed
C: okay thanks""",
True, 0.0, "neutral", "own multi-item order confirmed on read-back; delivery pass declined ('i'll just pay the delivery this time')"),

("FR48_063", "Kwame Mensah", "2026-11-30T11:05:00", "clean",
"""A: Harbor Credit Union, Kwame speaking.
C: Hi, I got a letter about upgrading my checking account to Premier. What's the catch?
A: No catch. Premier is $12 a month, waived if you keep $5,000 in the account, and it includes free checks and higher savings rates.
C: I don't usually keep that much in there.
A: Then it would be $12 a month. I can switch you over now if you'd like.
C: The regular one does me fine. I just wanted to know what the letter meant.
A: Of course. You can switch any time.
C: Okay, thanks for explaining.""",
False, 0.0, "neutral", "upgrade refused without 'no' ('The regular one does me fine'); information only"),

("FR48_064", "Marisol Okafor", "2026-11-30T13:40:00", "clean",
"""A: GreenEdge Lawn Care, Marisol speaking.
C: Hi, I'm finally giving up on mowing my own lawn. What do you charge for weekly service?
A: For a standard lot, weekly mowing and edging is $140 a month from March to October. Want me to sign you up for the season?
C: Yes, sign me up.
A: Great. We also do hedge trimming once a month for $60 monthly. Is that something you need?
C: Oh, go on then. The hedges are a disgrace, my neighbour keeps looking at them.
A: Ha. So mowing at $140 a month plus hedges at $60 a month, starting March.
C: Perfect. Honestly, this is the best decision I've made all year.""",
True, 60.00, "positive", "mowing sign-up; hedges $60 monthly accepted ('go on then'); very positive"),

("FR48_065", "Grant Whitfield", "2026-11-30T15:15:00", "asr",
"""A: northstar wireless grant speaking
C: yeah my contract's up and i want to renew but i'm sick of getting hit with data overages every month
A: sorry about that let me look you've been charged overage four times this year
C: yeah thirty or forty quid each time it's a scam
A: so if you renew on the unlimited plan instead it's twenty more a month than what you have now and no overages ever
C: twenty more a month
A: yes twenty a month on top of your current thirty five
C: fine do the unlimited but i'm not happy about this i've basically been paying it already in fees
A: done renewed for twenty four months on unlimited
C: yeah great whatever""",
True, 20.00, "negative", "renewal; unlimited upgrade twenty more a month accepted ('fine do the unlimited'); 'not happy', 'scam'"),

("FR48_066", "Nadia Petrova", "2026-11-13T16:40:00", "clean",
"""A: Grand Theatre box office, Nadia speaking.
C: Hi, how much are two tickets for the Saturday matinee of Les Mis?
A: Stalls are $75 each, so $150 for two. With the parking package it's $25 more for the garage next door.
C: Twenty-five dollars to park for three hours? That's daylight robbery.
A: It's the only covered parking nearby, I'm afraid. Would you like the tickets?
C: At $150 plus parking, we'll leave it. We'll catch it when it tours somewhere cheaper.
A: Okay, no problem.
C: Yeah. Thanks.""",
False, 0.0, "negative", "prices asked; 'we'll leave it' refuses; 'daylight robbery'"),

("FR48_067", "Oliver Nakamura", "2026-11-24T09:15:00", "clean",
"""A: Summit Auto Insurance, Oliver speaking.
C: Hi, I'm shopping around. I've got a 2021 Corolla, clean record, and I pay $96 a month now.
A: Let me run it... I can do $128 a month for the same cover. With accident forgiveness it's $9 more.
C: $128? That's way more than I pay now.
A: Our cover includes a lower deductible.
C: I don't care about the deductible. Your ad said drivers save an average of $400.
A: Savings vary by driver.
C: Clearly. This was a waste of time.
A: Sorry to hear that. Can I help with anything else?
C: No.""",
False, 0.0, "negative", "quote higher than current; nothing taken; 'waste of time'"),

("FR48_068", "Siobhan Carey", "2026-11-18T11:10:00", "clean",
"""A: The Ashbury Inn, Siobhan speaking.
C: Hi, I'd like a double room for three nights, from the 11th to the 14th of December.
A: Lovely. That's $165 a night, $495 for the three nights. Shall I book that?
C: Yes, please do.
A: Booked. Would you like breakfast? For both of you for the whole stay it comes to $132.
C: Is it a proper cooked breakfast?
A: Full cooked, plus pastries and fresh juice.
C: Go on, add breakfast. We're on holiday after all.
A: Added. Room and breakfast, the 11th to the 14th.
C: Lovely, we're really looking forward to it. Thank you!""",
True, 132.00, "positive", "room booked; breakfast 'for both of you for the whole stay' $132 accepted ('Go on, add breakfast')"),

("FR48_069", "Tomas Herrera", "2026-11-19T16:30:00", "asr",
"""A: motion physio tomas speaking
C: hi i'm trying to sort out physio for my knee i've been waiting three weeks for a referral and i'm in agony
A: sorry to hear that a single session is eighty five or we do a block of six for four twenty which works out cheaper
C: four twenty up front
A: yes for the six sessions
C: um does my insurance cover any of that
A: depends on your provider you'd have to check with them
C: this is so frustrating nobody can give me a straight answer i'll check with my insurer and call you back
A: okay we'll be here
C: yeah""",
False, 0.0, "negative", "nothing booked; 'i'll check with my insurer and call you back'; 'so frustrating'"),

("FR48_070", "Hannah Feldman", "2026-11-20T15:55:00", "clean",
"""A: SoundHouse orders, Hannah speaking.
C: Hi, I want to order the Sony XM6 headphones in silver.
A: Sure, $379. I'll put that through. And the 2-year warranty is $29.99.
C: Yes, add it.
A: Added. So that's $408.99 in total.
C: Wait, does the warranty cover drops? I drop everything.
A: It covers manufacturing faults only, not accidental damage.
C: Then what's the point? Take it off. Why would you even sell me that?
A: Sorry, I've removed it. Just the headphones at $379.
C: Fine. Just the headphones. Honestly.""",
True, 0.0, "negative", "headphones ordered; warranty accepted then removed ('Take it off'); irritated"),

("FR48_071", "Derek Lindqvist", "2026-11-25T09:25:00", "clean",
"""A: Outdoor Living Magazine subscriptions, Derek speaking.
C: Hi, I just wanted to check when my subscription renews.
A: It renews January 15th at $49 for the year. If you renew now, I can add digital access for just $10 more.
C: Hm. What's in the digital access?
A: The archive back to 2010 and the app.
C: I'll renew when the notice comes, I'm not in a rush.
A: Sure, the offer will still be there.
C: Okay. Thanks.""",
False, 0.0, "neutral", "information call; renewal deferred ('I'll renew when the notice comes'); digital add-on not taken"),

("FR48_072", "Lucia Benedetti", "2026-11-26T10:50:00", "clean",
"""A: SparkleWave Car Wash, Lucia speaking.
C: Hi. I'm calling about the unlimited wash membership. Your machine scratched my bumper last month, by the way.
A: I'm sorry about that, I'll pass it on to the manager. The unlimited membership is $29.99 a month, and for $10 more you get the ceramic wax every visit.
C: Oh great, pay extra so your brushes can wax the scratches in.
A: The new brushes are much softer.
C: Sure they are. I'll stick with the hand wash place down the road.
A: Understood. If you change your mind we're here.
C: Wonderful.""",
False, 0.0, "negative", "no sign-up ('I'll stick with the hand wash place'); sarcasm throughout"),

("FR48_073", "Ben Achterberg", "2026-11-27T09:00:00", "asr",
"""A: coastline rail ben speaking
C: hi i'd like two adult returns to edinburgh on saturday the twelfth coming back sunday
A: okay the nine fifteen out and the four o'clock back standard class is a hundred and eighteen for the two of you
C: yep book that
A: done and first class on both trains is another forty for both of you you get the big seats and free food
C: another forty for the two of us
A: that's right forty in total
C: yeah go on first class it's our weekend away
A: lovely upgraded so a hundred and fifty eight all in
C: oh brilliant thank you so much""",
True, 40.00, "positive", "tickets booked; first class 'another forty for both' accepted ('go on first class')"),

("FR48_074", "Fatima Qureshi", "2026-11-30T07:50:00", "clean",
"""A: RapidFlow Plumbing, Fatima speaking.
C: My kitchen pipe has burst, there's water everywhere. This is the second time this month. I need someone now.
A: I'm sorry. I can have a plumber there within the hour. The emergency call-out is $150. Shall I send them?
C: Yes, send them, please, now.
A: Done, Mike is on his way. Also, our CarePlan covers emergency call-outs for $15 a month.
C: I don't care about plans right now, I've got water coming through the ceiling. Just get someone here.
A: Of course. He'll be there by 8:45.
C: I'm so fed up with this house. Fine.""",
True, 0.0, "negative", "emergency visit booked ('Yes, send them'); CarePlan brushed off; stressed and fed up"),

("FR48_075", "Victor Hale", "2026-11-12T19:05:00", "asr",
"""A: golden dragon takeaway victor speaking
C: hi can i order for collection
A: yep go ahead
C: um a chicken chow mein a beef in black bean two egg fried rice and a portion of spring rolls
A: okay and is that all we have the mango pudding tonight three fifty
C: not tonight thanks
A: okay so chow mein black bean beef two egg fried rice and spring rolls thirty four eighty ready in twenty minutes
C: yeah that's it
A: can i take a number
C: yeah it's oh seven seven double one four eight nine
A: okay see you in twenty
C: cheers""",
True, 0.0, "neutral", "own multi-item order confirmed ('yeah that's it'); pudding declined ('not tonight'); 'yeah' to phone number irrelevant"),

("FR48_076", "Janelle Brooks", "2026-11-13T08:30:00", "clean",
"""A: HomeFix Appliance Repair, Janelle speaking.
C: Hi, my dishwasher isn't draining. Can someone come out?
A: Sure, I have Friday morning between 8 and 12. The visit is $95 plus parts. Shall I book it?
C: Friday morning, yes, book it.
A: Booked. We also offer a parts protection plan for a year, so any part that fails is replaced free. It's $79.
C: What does it cover exactly?
A: Pumps, motors, control boards. Oh, sorry, I misread that, it's actually $69, not $79.
C: $69. Okay, yes, add that, this thing's twelve years old.
A: Added. Visit Friday 8 to 12, plus the parts plan at $69.
C: Okay. Thanks.""",
True, 69.00, "neutral", "repair booked; parts plan price corrected $79 -> $69 and accepted at $69"),

("FR48_077", "Rafael Duarte", "2026-11-16T16:45:00", "clean",
"""A: Jumpstreet Trampoline Park, Rafael speaking.
C: Hi! I'm looking at a birthday party for my daughter in January. What's in the party package?
A: The package is $250 for up to 12 kids: 90 minutes of jumping, a party room, pizza and drinks. Goodie bags are $6 each on top.
C: Oh, she'd love that. The goodie bags too, probably.
A: Would you like me to book a date?
C: Let me get numbers from the invites first, I don't know if it's 8 kids or 15 yet. I'll call back next week.
A: Sounds good. Weekends in January are filling up, so don't leave it too long.
C: Will do. Thanks so much, this sounds perfect!""",
False, 0.0, "positive", "inquiry; 'I'll call back next week' after getting numbers; nothing booked; enthusiastic"),

("FR48_078", "Priya Ramaswamy", "2026-11-17T14:10:00", "asr",
"""A: zenith mobile priya speaking
C: hi yeah i've been getting texts about the premium plan what's the difference from mine
A: premium gives you unlimited data and the streaming bundle it's fifteen more a month than you pay now
C: fifteen more
A: yep and i can switch you today no contract change
C: mm it's not a bad deal actually
A: shall i switch you over
C: uh i'll call back after payday to be honest money's tight till the end of the month
A: no problem the offer runs till the twentieth
C: okay cool thanks""",
False, 0.0, "neutral", "'not a bad deal' but defers ('i'll call back after payday'); no switch"),

("FR48_079", "Kwame Mensah", "2026-11-24T17:00:00", "asr",
"""A: spokes and gears kwame speaking
C: hi i'm after the trek hybrid in the window the blue one is it still there
A: it is yeah that's six forty nine and we'll have it built and ready saturday
C: great i'll take it
A: nice one and do you want a helmet and a lock with it the helmet's forty five and the d lock is thirty five
C: helmet yeah lock i've got one already
A: sure so the bike and the helmet six ninety four pick up saturday
C: perfect and the first service is that free
A: yeah free six week check
C: brilliant i'm really chuffed thanks mate""",
True, 45.00, "positive", "bike bought ('i'll take it'); helmet forty five accepted; lock declined ('i've got one already')"),

("FR48_080", "Marisol Okafor", "2026-11-25T16:20:00", "clean",
"""A: TravelGuard, Marisol speaking.
C: Hi, I've booked a trip to Portugal in April and I'm looking at travel insurance.
A: For one traveller, 10 days, the Basic policy is $64. Cancel For Any Reason cover is an upgrade at $38 on top.
C: What does Basic not cover?
A: It only covers cancellation for listed reasons, like illness. Not changing your mind.
C: Fine, it'd be the Basic one. But I'll buy it once I've booked the hotels, I'm still sorting those.
A: Sure, just make sure you buy within 14 days of your first deposit.
C: Okay, noted. Thanks.""",
False, 0.0, "neutral", "'it'd be the Basic one' is a preference, then deferred ('I'll buy it once I've booked the hotels')"),
]
