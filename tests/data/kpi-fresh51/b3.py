CALLS = [
("FR51_041", "Sofia Marchetti", "2026-11-19T10:30:00", "clean",
"""A: The Glasshouse Events, Sofia speaking.
C: Hi! My fiancé and I are looking at venues for next September and we'd love to see yours.
A: Congratulations! We do private tours on weekdays and Saturday mornings. Would Saturday the 28th at 11 work?
C: Saturday the 28th at 11 is perfect. Yes, let's book that tour.
A: Wonderful, you're booked. Can I get the names for the guest list?
C: Leah Brandt and Omar Haddad.
A: Got it. We'll send a confirmation and our package brochure today.
C: Thank you so much, we've heard amazing things about your garden room!""",
True, 0.0, "positive", "'Yes, let's book that tour' -> appointment booked; enthusiastic"),

("FR51_042", "Jamal Carter", "2026-11-19T18:20:00", "asr",
"""A: skylink satellite tv support this is jamal are you still at twelve elm street
C: yeah that's us
A: okay what's going on
C: the box says searching for signal on every channel
A: let's try a reset can you unplug the receiver from the wall for about thirty seconds
C: yeah okay it's unplugged
A: now plug it back in and wait for the green light
C: um yeah okay green light and uh oh there's the picture
A: great that fixed it while i have you we have the sports plus package for fifteen a month it's got every football game
C: nah i'm good we don't really watch sports
A: no problem anything else
C: no that's it thanks""",
False, 0.0, "neutral", "'yeah' answers address check and troubleshooting steps; sports package declined ('nah i'm good'); flat"),

("FR51_043", "Emily Tran", "2026-11-19T12:40:00", "clean",
"""A: Sugar & Salt Bakery, this is Emily.
C: Hi! I'd like to order a cake for my daughter's 8th birthday, Saturday pickup.
A: Fun! Our 8-inch chocolate with buttercream is $65, and piping a name on it is free.
C: Perfect, chocolate, and write "Happy Birthday Zoe."
A: Done. Would you like cupcakes to go with it? They're $3 each.
C: Oh, good idea. Let's do a dozen cupcakes, vanilla.
A: So the chocolate cake with "Happy Birthday Zoe" and 12 vanilla cupcakes, $101, pickup Saturday at 10. All correct?
C: Yes, that's all correct.
A: Your order's in.
C: Yay, she's going to be so happy. Thank you!""",
True, 36.0, "positive", "order confirmed; a dozen cupcakes at $3 each accepted -> 36 (name piping free); 'so happy'"),

("FR51_044", "Oliver Grant", "2026-11-20T09:45:00", "clean",
"""A: Pinnacle Bank cards, this is Oliver. Thank you for holding.
C: Forty minutes. Forty minutes on hold, by the way.
A: I'm really sorry about the wait. How can I help?
C: I want to apply for the Cash Rewards card, the one with 2 percent back.
A: Sure. I can take the application now, it takes about five minutes. Shall we go ahead?
C: Yes, go ahead, I've wasted enough time already.
A: Thank you. ... Okay, you're approved with a $6,000 limit. Would you like to add card protection for $7.99 a month?
C: No, skip that.
A: Understood. Your card will arrive in 7 to 10 days.
C: Fine. Maybe hire a few more people for the phones.""",
True, 0.0, "negative", "'Yes, go ahead' to the application, approved -> sign-up; card protection declined; irritated about hold"),

("FR51_045", "Naomi Feld", "2026-11-20T14:10:00", "asr",
"""A: pine lodge resort this is naomi
C: hi um we have a reservation for the fifth through the eighth under gupta and i wanted to add breakfast
A: sure i see it a lakeside double for three nights so our breakfast package for the whole stay is forty five per person
C: okay so for two of us that's ninety
A: that's right ninety for both of you for all three mornings
C: yeah let's add it for both of us
A: okay breakfast package added for two guests
C: and is check in still at four
A: check in is four and checkout is eleven
C: okay thanks""",
True, 90.0, "neutral", "breakfast package forty five per person x two accepted ('let's add it for both of us') -> 90 on top of an existing stay; flat. Add-on accepted makes it a conversion"),

("FR51_046", "Rafael Ortega", "2026-11-20T16:55:00", "clean",
"""A: Northgate Subaru, this is Rafael.
C: Hi, I'd like to test drive the Outback Wilderness you've got on the lot.
A: Great, it's still here. I can do Saturday at 1 PM. Shall I put you down?
C: Yes, Saturday at 1.
A: You're down for Saturday at 1. Bring your license.
C: Actually, hang on. My shift schedule hasn't come out yet. Can we leave it open? I'll call when I know.
A: Sure, I'll take you off Saturday. Just call me directly.
C: Okay, will do.""",
False, 0.0, "neutral", "test drive booked then withdrawn ('Can we leave it open?', agent removes it); neutral"),

("FR51_047", "Grace Whitaker", "2026-11-23T10:20:00", "clean",
"""A: Cornerstone Home Insurance, Grace speaking.
C: I want to cancel my policy. I found the same coverage for $400 less a year.
A: I'm sorry to hear that. Let me see what I can do. I can apply a loyalty discount and a bundling credit, that brings you down $380 a year.
C: So you could have charged me $380 less all along.
A: I understand how that sounds.
C: Fine. I'll stay on the discounted rate. But I'm not happy I had to threaten to leave to get a fair price.
A: Understood. The new rate is effective on your next renewal.
C: Right. Bye.""",
True, 0.0, "negative", "retention offer accepted ('I'll stay on the discounted rate'); discounts are not upsell; 'I'm not happy'"),

("FR51_048", "Victor Nguyen", "2026-11-23T12:05:00", "asr",
"""A: fixit phone repair this is victor
C: hi i cracked my iphone screen like really bad can you fix it today
A: yep we can do a screen replacement for one forty nine i have two thirty this afternoon
C: two thirty works book me in
A: done and do you want a tempered glass screen protector put on after it's fifteen dollars
C: yes definitely i'm clearly not to be trusted
A: ha okay added so two thirty today screen plus protector
C: awesome oh and honestly you guys are way better than the mall kiosk they kept me three days last time
A: we'll have you out in an hour
C: amazing thank you""",
True, 15.0, "positive", "'book me in' -> appointment; screen protector fifteen dollars accepted ('yes definitely'); 'awesome', 'amazing'"),

("FR51_049", "Maria Delgado", "2026-11-23T15:30:00", "clean",
"""A: Brightline, this is Maria. How can I help?
C: My bill is $40 higher than last month and nobody told me why.
A: Let me check. Your 12-month promotion ended in October, so the price went back to the standard rate.
C: Nobody mentioned that when I signed up.
A: I'm sorry. I can give you a one-time $20 credit.
C: Twenty. Okay.
A: Would you like me to look at a lower plan?
C: No. Just apply the credit.
A: Done, it'll show on the next bill.
C: Fine. Whatever.""",
False, 0.0, "negative", "credit only, lower plan refused; resigned and unhappy ('Nobody mentioned that', 'Fine. Whatever.')"),

("FR51_050", "Kevin O'Brien", "2026-11-24T09:10:00", "clean",
"""A: Harbor Review subscriptions, Kevin speaking.
C: Hi, I got a letter saying my print subscription runs out in December.
A: Yes, I can renew it for another year at $59. Is jdunn@fastmail.com still your best email?
C: Yes, that's still it.
A: Great. Shall I go ahead and renew?
C: Yes, renew it.
A: Done. You can add full digital access, the app and archive, for $2 a month.
C: Two dollars? Okay, sure, add the digital.
A: Added. You're renewed through December next year.
C: Okay, thank you.""",
True, 2.0, "neutral", "first 'Yes' confirms email; 'Yes, renew it' -> renewal; digital $2 a month accepted; flat"),

("FR51_051", "Priya Raman", "2026-11-24T11:25:00", "asr",
"""A: clearskin dermatology this is priya
C: hi i wanted to make an appointment about a mole on my shoulder
A: sure are you a new patient
C: yes
A: okay and what insurance do you have
C: um it's ambetter through the marketplace
A: oh i'm sorry we're not in network with ambetter the self pay visit would be two hundred sixty
C: oh no that's a bummer um okay never mind then i can't really do that right now
A: i understand i can give you the number for the county clinic
C: yeah sure i guess
A: it's on our website under resources
C: okay thanks""",
False, 0.0, "negative", "no appointment ('never mind then'); quiet disappointment ('that's a bummer', 'i can't really do that')"),

("FR51_052", "Thomas Becker", "2026-11-24T21:40:00", "clean",
"""A: RapidFlow Plumbing, 24-hour line, Thomas speaking.
C: My kitchen pipe just burst, there's water everywhere, I don't know what to do!
A: Okay, first, find the main shut-off, usually near the water heater, and turn it clockwise.
C: Okay... got it, it's stopped.
A: Good job. I can have a plumber there within the hour. There's an after-hours call-out fee of $75 on top of the repair. Should I send him?
C: Yes, please send someone right away.
A: He's on his way, his name is Luis.
C: Thank you, seriously, you've saved my kitchen.""",
True, 0.0, "positive", "'Yes, please send someone' -> emergency visit booked; after-hours fee $75 is a fee, not upsell; panicked start, ends grateful"),

("FR51_053", "Aisha Mensah", "2026-11-25T13:15:00", "clean",
"""A: Trailhead Outfitters, Aisha speaking.
C: Hi, I'd like to order the Summit hiking boots, women's 8, in brown.
A: Let me check... I'm sorry, the brown in size 8 is sold out. I have the 8 in charcoal, and the brown in 8.5.
C: Hmm. The 8.5 would be too big. And I really wanted the brown.
A: The charcoal is the exact same boot. I can ship it today.
C: I'll wait for the brown. When will it be back?
A: Probably mid-January.
C: Okay, I'll check back then.""",
False, 0.0, "neutral", "wanted size sold out, substitutes declined ('I'll wait for the brown'); calm"),

("FR51_054", "Daniel Kowalski", "2026-11-25T10:02:00", "asr",
"""A: easy haul movers this is daniel
C: hi yeah i got your quote for the move on the fourteenth and honestly it's a lot higher than two men and a truck
A: i understand our quote includes insurance and a three person crew it's eleven fifty for the day
C: yeah yeah okay fine let's book the fourteenth i don't have time to keep shopping around
A: booked and do you want our packing service it's three hundred and we do the whole kitchen
C: um yeah okay add that
A: added
C: actually no wait take the packing off i'll just make my roommate do it three hundred is crazy
A: okay packing removed you're booked for the move on the fourteenth at eight am
C: fine
A: we'll call the day before""",
True, 0.0, "negative", "'fine let's book the fourteenth' -> booked; packing three hundred accepted then removed -> upsell 0; grudging ('a lot higher', 'three hundred is crazy')"),

("FR51_055", "Hannah Lindqvist", "2026-11-25T17:45:00", "clean",
"""A: Peak Fitness, Hannah speaking.
C: Hi, I'd like to cancel my membership please.
A: I'm sorry to hear that. Would you like to freeze it instead? It's $5 a month and keeps your rate.
C: No thanks. I've joined the climbing gym across town, honestly it's been fantastic.
A: That sounds fun! I've cancelled it. Your last day is the 30th.
C: Perfect. And thanks for making this so painless, I really appreciate it.
A: Of course. You're always welcome back.
C: Thank you, you've been lovely.""",
False, 0.0, "positive", "cancellation, freeze refused ('No thanks'); 'so painless, I really appreciate it', 'you've been lovely'"),

("FR51_056", "Marcus Reid", "2026-11-26T08:15:00", "clean",
"""A: Coastline Rail, Marcus speaking.
C: Hi, two adult tickets from Boston to New York, Friday, the morning train.
A: The 7:05 is $49 per person. Reserved seats together are $8 each extra.
C: Yeah, we'd like to sit together, add the reserved seats.
A: So: two adults, Boston to New York, Friday at 7:05, two reserved seats, $114 total?
C: Yes, that's correct. What station does it leave from?
A: South Station. Your tickets are booked and in your email.
C: Okay, thanks.""",
True, 16.0, "neutral", "read-back confirmed with a follow-up question; reserved seats $8 each x2 -> 16; flat"),

("FR51_057", "Sofia Marchetti", "2026-11-26T09:50:00", "asr",
"""A: riverbend internet support this is sofia
C: yeah my internet is out again third time this month this is a joke
A: i'm really sorry let me run a line test um yeah i'm seeing a fault outside the house we'll need to send a technician
C: of course you will
A: i have tomorrow between one and five is that okay
C: fine book it i'll work from the coffee shop again i guess
A: booked tomorrow one to five there's no charge for the visit
C: there better not be
A: is there anything else
C: just fix it for real this time""",
True, 0.0, "negative", "'fine book it' -> technician appointment booked (free visit, still a booking); angry ('this is a joke', 'of course you will')"),

("FR51_058", "Jamal Carter", "2026-11-26T14:45:00", "clean",
"""A: Vinea Wine Club, this is Jamal.
C: Hi! I got a flyer about your club and I'm curious how it works.
A: Every month you get three hand-picked bottles, $69, and you can skip any month. Our reds this season are gorgeous, a Rioja and two Oregon pinots.
C: Oh, I love an Oregon pinot. That sounds really tempting.
A: Great! Let's get you started. What's the shipping address?
C: Ha, slow down! I'm just browsing for now. Can you send me the brochure?
A: Of course. What email should I use?
C: mara.l@outlook.com. Thanks, you've made it sound wonderful.""",
False, 0.0, "positive", "agent's 'Let's get you started' answered with 'I'm just browsing'; brochure only; warm ('sounds wonderful')"),

("FR51_059", "Emily Tran", "2026-11-27T10:35:00", "clean",
"""A: GreenShield Pest Control, Emily here.
C: Hi, we keep finding ants in the kitchen and I think we need a regular service.
A: Our quarterly plan is $45 a visit and includes inside and out. Would you like to sign up?
C: Yes, let's sign up.
A: Great. Since you mentioned the old deck, we also do termite inspections. They're normally $99, but with a new plan it's $59.
C: For $59, yes, do the termite inspection too.
A: Both scheduled for Tuesday morning.
C: Great, thank you, that's a weight off.""",
True, 59.0, "positive", "'Yes, let's sign up' -> plan; termite inspection revised from $99 to $59 and accepted -> 59; relieved"),

("FR51_060", "Oliver Grant", "2026-11-27T15:20:00", "asr",
"""A: hearthwood furniture this is oliver
C: hi um your website crashed twice at checkout so i'm just gonna order over the phone
A: oh sorry about that i can take it here what were you getting
C: the walnut dining table the seventy two inch one
A: sure that's eighteen ninety we also have the matching walnut bench for two hundred it seats three
C: yeah go on add the bench
A: okay table and bench delivered the week of the seventh total is twenty ninety does that sound right
C: yeah that's right
A: perfect you're all set
C: okay thanks""",
True, 200.0, "neutral", "read-back confirmed ('yeah that's right'); bench two hundred accepted; mild annoyance at website, then flat"),
]
