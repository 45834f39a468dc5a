CALLS = [
("FR71_061", "Sofia Lindqvist", "2026-11-02T09:25:00", "clean",
"""A: GreenBasket grocery delivery, this is Sofia.
C: Hi, I placed an order for this afternoon and got a text saying items are unavailable?
A: Let me check. Yes, unfortunately the oat milk, the sourdough, the salmon fillets and the Greek yogurt are all out of stock at your store.
C: That's half my order. The salmon was for dinner tonight.
A: I can substitute the salmon with cod, and the yogurt with a different brand.
C: No, I don't want cod. What's even left, the bananas?
A: The produce and the pasta are still available.
C: Honestly, just cancel the whole order. This keeps happening.
A: I understand. I've cancelled it, and you won't be charged.
C: Good. I'll just go to the store myself like it's 1995.""",
False, 0.0, "negative", "items out of stock, substitutes refused, 'just cancel the whole order'; 'This keeps happening', sarcasm"),

("FR71_062", "Marcus Bell", "2026-11-03T18:40:00", "asr",
"""A: tony's pizza marcus speaking
C: hey can i get two large pizzas one pepperoni and one half sausage half mushroom for pickup
A: you got it want to add wings tonight a dozen is ten ninety nine
C: yeah um make it two dozen the boys are coming over for the game
A: two dozen wings buffalo or barbecue
C: one of each
A: and dipping sauces are seventy five cents each
C: give me four ranch
A: four ranch so two large pizzas two dozen wings one buffalo one barbecue and four ranch that's fifty two forty eight
C: yep sounds right
A: twenty five minutes
C: awesome you guys are the best""",
True, 24.98, "positive", "wings ten ninety nine a dozen x two = 21.98 + ranch seventy five cents x four = 3.00 -> 24.98; 'yep sounds right'; 'you guys are the best'"),

("FR71_063", "Aisha Mensah", "2026-11-04T10:30:00", "asr",
"""A: pawsome supply aisha speaking
C: hi do you have the puffin no pull harness in extra small
A: let me check um we have small medium and large but the extra small is sold out
C: oh when will it be back
A: we don't have a date unfortunately the small might fit depending on the chest size
C: she's a chihuahua she's like four pounds the small would fall off her
A: yeah probably fair
C: okay never mind then
A: i can let you know when it's back
C: sure that's fine my email's on the account""",
False, 0.0, "neutral", "item sold out, 'okay never mind then'; 'sure' only to an email alert"),

("FR71_064", "Ryan Gallagher", "2026-11-05T13:20:00", "asr",
"""A: greenway compounding pharmacy this is ryan
C: hi i need to reorder my thyroid capsules the compounded ones
A: sure i see them so just so you know the price has gone up from forty to sixty two fifty for the month
C: what why
A: the ingredient costs went up from our supplier
C: that's insane that's more than fifty percent
A: i know it's a big jump i'm sorry
C: i can't exactly go without them so fine just fill it
A: okay i'll have them ready tomorrow after two
C: great sixty two fifty every month now wonderful
A: i'm sorry about the increase""",
True, 0.0, "negative", "'fine just fill it' = commitment; 'that's insane', sarcastic 'wonderful'"),

("FR71_065", "Marisol Vega", "2026-11-06T12:10:00", "clean",
"""A: Oak and Anchor Furniture, Marisol speaking.
C: Hi! I'd like to order four of the Hartley dining chairs.
A: Lovely, they're $145 each. We also have matching seat cushions for $18 each.
C: Four chairs, so... yes, four cushions.
A: Four cushions. Any color?
C: The charcoal. Oh, and can you swap the walnut finish for oak? I think it'll match our table better.
A: Sure, oak is the same price. So four Hartley chairs in oak with four charcoal cushions, $652 plus delivery. Shall I place it?
C: Yes, please. I'm so excited, we've been eating on folding chairs for months.
A: Ha, not for long. It's placed, delivery in about two weeks.
C: Thank you, you've been lovely.""",
True, 72.00, "positive", "cushions $18 each x four = 72.00; finish swap no charge; 'Yes, please'; 'so excited', 'you've been lovely'"),

("FR71_066", "Derek Okafor", "2026-11-09T11:35:00", "asr",
"""A: bloom and stem derek speaking
C: hi i'd like the harvest table centerpiece for thanksgiving the one with the little pumpkins
A: sure that one's eighty nine we also have a pair of matching taper candles fifteen for the pair
C: no thanks the centerpiece is enough
A: okay delivery on the twenty fifth to the address on file eighty nine plus delivery go ahead
C: yeah go ahead use the amex
A: hm the amex is coming back declined
C: oh weird okay try the debit card ending four four two zero
A: that one went through you're all set for the twenty fifth
C: okay good thanks""",
True, 0.0, "neutral", "candles declined 'no thanks'; first card declined, second went through -> order placed; flat"),

("FR71_067", "Priya Raman", "2026-11-10T15:15:00", "clean",
"""A: Olive and Thyme, Priya speaking.
C: Hi, I need to cancel a reservation for tomorrow night. Ortiz, party of four.
A: I see it, 7 p.m. Would you like to move it to another night instead?
C: No, I think we'll just cancel. My husband's sick.
A: Oh, I'm sorry. We have a couple of openings next week if he's feeling better.
C: Maybe another time. I'm not sure when he'll be up for it.
A: Of course. It's cancelled, no fee.
C: Thanks.""",
False, 0.0, "neutral", "reschedule refused 'we'll just cancel', 'Maybe another time'"),

("FR71_068", "Tomasz Kowalski", "2026-11-11T16:30:00", "asr",
"""A: denim depot online orders tomasz speaking
C: hi i want two pairs of the slim straight jeans in thirty two thirty two
A: sure those are forty nine ninety five each which wash
C: both in the medium wash
A: got it we've got a leather belt that goes great with those it's twenty two
C: yeah sure the brown one
A: brown belt size thirty two
C: yep and actually can you swap one of the jeans for the black wash
A: sure one medium one black
C: and um remove the belt no wait keep the belt i do need a belt
A: ha belt stays so two jeans one medium one black wash and the brown belt one twenty one ninety plus tax
C: yeah that's right
A: placed it'll ship tomorrow
C: okay thanks""",
True, 22.00, "neutral", "belt twenty two accepted, removal retracted 'no wait keep the belt' -> 22.00; swap no charge; 'yeah that's right'"),

("FR71_069", "Janelle Brooks", "2026-11-12T14:00:00", "clean",
"""A: Corner Drug pharmacy, Janelle speaking.
C: Hi, I started the new antibiotic yesterday and I've got a bit of an upset stomach. Is that normal?
A: It's a common side effect with that one. Taking it with food usually helps.
C: Oh, okay. I was taking it on an empty stomach.
A: That's likely it. If you get a rash or severe diarrhea, call your doctor.
C: Okay. And I can still have my coffee?
A: Yes, coffee is fine.
C: That's a relief, honestly. Thank you so much for explaining.
A: Anytime. Feel better!""",
False, 0.0, "positive", "side-effect question only, nothing bought; 'That's a relief ... Thank you so much'"),

("FR71_070", "Hiroshi Tanaka", "2026-11-13T12:20:00", "asr",
"""A: menya koji this is hiroshi
C: hi can i get two tonkotsu ramen for pickup
A: sure that's sixteen each you want to add a soft egg it's one fifty or extra chashu for three fifty
C: um egg yes pork no
A: egg on one or both
C: both bowls please
A: okay two tonkotsu with egg thirty five total ready in fifteen minutes
C: perfect
A: see you soon
C: thank you your ramen is seriously the best in town""",
True, 3.00, "positive", "egg one fifty, 'both bowls' = 3.00; chashu declined; 'perfect'; 'best in town'"),

("FR71_071", "Fatima Haddad", "2026-11-16T09:45:00", "asr",
"""A: happy tails pet supply fatima speaking
C: hi i'm looking at the big cat tree the six foot one with the hammocks
A: the summit tower yes it's one thirty nine
C: and how much is shipping on that
A: it's oversized so shipping is nineteen
C: hm i'd probably go for it if shipping were free
A: i'm sorry i can't waive it on that one
C: yeah then no i'll wait for a sale
A: totally understand we usually have one in january
C: okay thanks""",
False, 0.0, "neutral", "conditional 'i'd probably go for it if shipping were free' then 'yeah then no'"),

("FR71_072", "Colin McBride", "2026-11-17T10:55:00", "asr",
"""A: main street deli catering colin speaking
C: hi um we need food for a reception after my father's funeral on saturday about forty people
A: i'm so sorry for your loss we can absolutely take care of that
C: thank you
A: for forty i'd suggest four sandwich platters and two salad bowls that's four forty
C: okay yes let's do that
A: we can also set up a coffee service with cups and cream for forty dollars
C: yes that'd be good people will want coffee
A: so four platters two salads and the coffee service delivered to saint anne's hall saturday at one
C: yes that's right
A: it's all set
C: thank you you've made this so much easier""",
True, 40.00, "positive", "'yes let's do that'; coffee service forty dollars accepted; read-back 'yes that's right'; 'made this so much easier'"),

("FR71_073", "Lucia Ferreira", "2026-11-18T15:35:00", "clean",
"""A: ShopWell customer care, Lucia speaking.
C: I was charged twice for the same order. $187.40, twice. I noticed because my rent payment bounced.
A: I'm very sorry. Let me look. Yes, I see a duplicate authorization.
C: It's not an authorization, it's gone from my account.
A: I've issued the refund for the second charge now. It can take 3 to 5 business days to show.
C: Three to five days. And who pays my bounced rent fee?
A: I can submit a request for reimbursement of the fee, but I can't promise it.
C: Of course you can't. This is an absolute joke.
A: I understand, and I'm sorry.
C: I'm disputing it with my bank too. Goodbye.""",
False, 0.0, "negative", "refund for a double charge, no purchase; 'This is an absolute joke'"),

("FR71_074", "Andre Dupont", "2026-11-19T13:05:00", "asr",
"""A: petal and vine andre speaking
C: hi i wanted to price out a dozen roses for delivery friday
A: sure a dozen red is sixty nine or two dozen for ninety nine
C: hm one dozen is plenty
A: and we include a free card message
C: oh nice
A: want me to set that up for friday
C: actually i saw there's a promo code on your instagram so i'll just do it online later
A: sure that works too the code should apply at checkout
C: okay cool thanks""",
False, 0.0, "neutral", "closing question answered 'i'll just do it online later'"),

("FR71_075", "Keisha Howard", "2026-11-20T18:00:00", "clean",
"""A: Green Leaf Kitchen, Keisha speaking.
C: Hi, can I order two Caesar salads with chicken and a veggie wrap for pickup?
A: Sure. Would you like to add our chocolate lava cake? It's $7.
C: Sure.
A: Great. Anything to drink?
C: No, that's it. Actually, can you take off the dessert and the second salad? Money's a bit tight this week.
A: No problem at all. So one chicken Caesar and one veggie wrap, $24.50.
C: Yes, that's right.
A: Ready in 15 minutes.
C: Okay, thanks.""",
True, 0.0, "neutral", "lava cake $7 accepted then removed 'take off the dessert'; read-back 'Yes, that's right'"),

("FR71_076", "Nikolai Petrov", "2026-11-23T10:25:00", "asr",
"""A: careplus pharmacy nikolai speaking
C: hi i keep forgetting to call in my refills is there some way to make it automatic
A: yes we have a free auto refill program we fill it a few days before you run out and text you when it's ready
C: oh that would be amazing
A: want me to enroll your three maintenance prescriptions
C: yes please sign me up for all three
A: done you're enrolled the first one will be ready next tuesday
C: oh that's wonderful why didn't i do this years ago thank you
A: you're welcome""",
True, 0.0, "positive", "free program sign-up 'yes please sign me up for all three'; 'that's wonderful'"),

("FR71_077", "Sofia Lindqvist", "2026-11-24T11:50:00", "clean",
"""A: Homeline Shop customer care, Sofia speaking.
C: Hi, I got an email saying my order for the Aurora table lamp was cancelled?
A: Let me check. Yes, I'm sorry, the manufacturer discontinued that model, so we couldn't fill it.
C: I ordered it three weeks ago. Why am I only hearing now?
A: I'm sorry about the delay. We do have the Aurora II, it's similar and $10 more.
C: I don't want a similar one, I wanted that one. It matches the one I already have.
A: I understand. Your refund has already gone back to your card.
C: Great, so three weeks wasted. Not impressed.
A: I'm sorry. Is there anything else I can help with?
C: No.""",
False, 0.0, "negative", "order unfulfillable (discontinued), alternative refused; 'three weeks wasted. Not impressed'"),

("FR71_078", "Marcus Bell", "2026-11-25T14:10:00", "asr",
"""A: reef and fin marcus speaking
C: hi i'm ordering live plants again the java fern and two of the amazon swords
A: sure that's eight ninety nine for the fern and six fifty each for the swords
C: okay
A: for live plants we recommend express shipping it's nine ninety five otherwise they sit in a warehouse over the weekend
C: yeah definitely last time they arrived as mush
A: sorry about that express it is so the fern two swords express shipping thirty one ninety four
C: yeah that's fine
A: it's placed ships monday
C: okay thanks""",
True, 9.95, "neutral", "express nine ninety five accepted 'yeah definitely'; 'yeah that's fine'; past complaint but flat tone"),

("FR71_079", "Aisha Mensah", "2026-11-26T11:15:00", "clean",
"""A: Bento Box Express, Aisha speaking.
C: Hi, I'm ordering lunch for our office. Eight chicken teriyaki bento boxes for 12:30 delivery.
A: Sure, that's $13.50 each, $108. Would you like drinks? Canned green tea is $2 each.
C: Yeah, eight drinks.
A: Eight green teas. Shall I place that for you?
C: Yes, hang on, let me check with Greg first, he's got the company card.
A: Take your time.
C: Okay, Greg says go ahead. Card ending in 7734.
A: Perfect, eight teriyaki bentos and eight green teas, $124, arriving at 12:30.
C: Great. Thanks.""",
True, 16.00, "neutral", "green tea $2 each x eight = 16.00; 'let me check with Greg' then 'Greg says go ahead'; routine"),

("FR71_080", "Ryan Gallagher", "2026-11-27T13:50:00", "asr",
"""A: bloom and stem ryan speaking
C: hi do you still do same day delivery i need flowers at my wife's office by five
A: we do but the cutoff for same day is noon i'm sorry it's almost two
C: your website says same day delivery right on the front page
A: it does mention the noon cutoff in the details
C: in the tiny print sure
A: i can do first thing tomorrow morning
C: tomorrow's not her birthday today is
A: i'm really sorry
C: so basically same day means nothing got it thanks for nothing""",
False, 0.0, "negative", "same-day cutoff passed, tomorrow refused; sarcastic 'same day means nothing got it thanks for nothing'"),
]
