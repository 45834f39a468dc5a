CALLS = [
("FR57_041", "Sofia Marchetti", "2026-11-19T09:08:30", "asr",
"""A: good morning oakridge animal clinic this is sofia
C: hi it's jen i need to get biscuit in for his booster shots
A: hi jen let me pull him up yep he's due for his dhpp and rabies i have friday at two fifteen
C: friday at two fifteen is great
A: perfect and do you want us to do a nail trim while he's here it's fifteen dollars
C: oh yes please he hates when i do it at home
A: okay biscuit friday at two fifteen vaccines and nail trim
C: yep that's right
A: see you friday
C: thank you you guys are the best he actually likes going there""",
True, 15.0, "positive", "books Friday vaccines; nail trim 'fifteen dollars' accepted 'oh yes please' -> 15.00; 'you guys are the best'"),

("FR57_042", "Jamal Carter", "2026-11-19T11:26:44", "clean",
"""A: TechHaven support, Jamal speaking.
C: Hi, the blender I bought three weeks ago just stopped working. The motor smells like it's burning.
A: I'm sorry! It's within the 30-day window, so I can send you a free replacement of the same model.
C: Okay. Honestly I'm a little nervous about the same model.
A: Understandable. If you'd prefer, I can swap you to the ProBlend 900 instead. It's got a stronger motor and a 5-year warranty, and you'd just pay the $30 difference.
C: Oh, that's way better. Yes, let's do the ProBlend for the $30.
A: Done. A prepaid label for the old one is in your email, and the ProBlend ships today.
C: Perfect.
A: Anything else?
C: No, that's great, thanks. That was painless.""",
True, 30.0, "positive", "paid upgrade on a free replacement 'let's do the ProBlend for the $30' -> 30.00; 'that was painless'"),

("FR57_043", "Hannah Lindqvist", "2026-11-19T14:01:12", "clean",
"""A: Northstate Power, new service, Hannah speaking.
C: Hi, I'm moving into 220 Birch Street on December 1st and need the power turned on.
A: I can set that up. Can I get your full name and date of birth?
C: Samuel Ortiz, March 3rd, 1991.
A: Thank you. There's no deposit with your credit check. I can start service on December 1st.
C: Yes, start it on the 1st.
A: Done. We also have a Green Choice option, 100 percent renewable.
C: How much is that?
A: It's $6 a month on top of your usage.
C: I'll just stick with the regular for now.
A: No problem. You're set for December 1st.
C: Okay, thanks.""",
True, 0.0, "neutral", "sign-up 'Yes, start it on the 1st'; only asks price of Green Choice and declines -> 0; flat"),

("FR57_044", "Roberto Alvarez", "2026-11-20T10:45:21", "asr",
"""A: suntrail vacations this is roberto
C: hi i was looking at the cancun package for the second week of january the all inclusive one
A: yes the palmera resort seven nights with flights from chicago that's two thousand one hundred forty for two
C: okay yeah let's book it
A: great i just need the passport names exactly as they appear
C: sure one sec let me get them oh wait hold on my passport expires in february
A: mexico requires it to be valid for your stay so you should be okay but some airlines want six months
C: hmm actually cancel that don't book it yet i need to sort out the passport first
A: no problem nothing's been charged i'll hold the quote for forty eight hours
C: okay thanks i'll call back""",
False, 0.0, "neutral", "'let's book it' retracted: 'actually cancel that don't book it yet'; calm"),

("FR57_045", "Chloe Nguyen", "2026-11-20T13:37:08", "clean",
"""A: The Willow Barn events, Chloe speaking.
C: Hi! We just got engaged and we're looking at venues for next September. Do you do tours?
A: Congratulations! We do. Tours are free and take about an hour. I have this Saturday at 11 or Sunday at 2.
C: Saturday at 11 would be amazing.
A: Wonderful. Can I get your names?
C: Leah Grant and Marcus Bell.
A: Saturday at 11 for Leah and Marcus. I'll have our coordinator walk you through the barn and the garden.
C: Yes, please put us down. I've been stalking your Instagram for months.
A: Ha, we'll see you Saturday. I'll text directions.
C: Thank you so much, I'm so excited!""",
True, 0.0, "positive", "'Yes, please put us down' for a venue tour appointment; 'so excited'"),

("FR57_046", "Ethan Brennan", "2026-11-20T15:54:39", "asr",
"""A: hi mister patel this is ethan from pinecrest bank your twelve month cd matures on friday
C: oh right yeah
A: we can renew it for another twelve months at three point nine percent
C: hmm the online bank my brother uses is doing four and a half
A: i understand i can't match that but we could do an eighteen month at four point one
C: no i think i'm gonna move it over to them
A: okay on friday the funds go to your checking and you can transfer from there
C: yeah that's fine
A: alright anything else i can help with
C: no that's it thanks""",
False, 0.0, "neutral", "renewal refused 'i think i'm gonna move it over to them'; calm"),

("FR57_047", "Aisha Mahmoud", "2026-11-23T09:21:57", "asr",
"""A: shield pest control this is aisha
C: yeah i've called three times this week about ants and nobody called me back
A: i'm so sorry about that i'm here now what's going on
C: they're all over the kitchen counters every morning and my kid found some in his cereal
A: oh no okay our quarterly home plan is a hundred twenty per quarter and the first visit can be wednesday
C: fine sign me up for the quarterly
A: got it and we also have a mosquito treatment for the yard it's forty five dollars a month through september
C: the backyard is a swamp in summer so yeah add the mosquito thing
A: okay quarterly plan plus mosquito first visit wednesday morning
C: fine but if nobody shows up wednesday i'm done with you people""",
True, 45.0, "negative", "'fine sign me up for the quarterly'; mosquito 'forty five dollars a month' accepted -> 45.00; 'called three times', 'i'm done with you people'"),

("FR57_048", "Grant Sullivan", "2026-11-23T11:48:16", "clean",
"""A: Peak Fitness, Grant speaking.
C: Hi. I cancelled my membership in September and you've charged me $49 in October and November.
A: Let me look. I see the cancellation request on September 12th, and it wasn't processed. That's our mistake.
C: I've emailed twice.
A: I'm really sorry. I've refunded both charges, $98, and closed the account for good.
C: Okay. Can I get that in writing?
A: Sending a confirmation email now.
C: Got it. Thank you. Finally someone who actually listens.
A: Again, sorry for the trouble.
C: No, really, I appreciate you fixing it so quickly.""",
False, 0.0, "positive", "refund/closure is not a sale; 'finally someone who actually listens', 'I appreciate you fixing it'"),

("FR57_049", "Maria Delgado", "2026-11-23T14:17:03", "clean",
"""A: Brightline Mobile, Maria speaking.
C: Hi, I want to add a line for my daughter. She's turning 13.
A: Happy birthday to her! A new line on your family plan is $30 a month.
C: Okay, let's add it.
A: Would she like a new phone, or is she using one you have?
C: She's getting my old iPhone.
A: Great. We also have device protection at $9 a month, which for a 13-year-old might be worth it.
C: Ha, yes. Add the protection. She drops everything.
A: So a new line at $30 a month with protection at $9. The SIM will arrive in two days.
C: Okay, sounds right.""",
True, 9.0, "neutral", "new line is the main purchase 'let's add it'; protection '$9 a month' accepted -> 9.00; plain"),

("FR57_050", "Trevor Haines", "2026-11-23T16:02:44", "asr",
"""A: hi this is trevor with harbor mutual i saw you requested info on our pet insurance
C: oh yeah i did that a while ago we got a puppy
A: congrats what kind
C: a lab mix she's like four months
A: so for her the accident and illness plan is thirty one a month with a two fifty deductible
C: okay um that's not bad but can you just email me all that i want to compare
A: sure i'll send the plan details and a quote to the email you used
C: yeah that's fine
A: great and feel free to call me back with questions
C: okay will do""",
False, 0.0, "neutral", "'can you just email me all that i want to compare' = interest without commitment"),

("FR57_051", "Priya Raman", "2026-11-24T10:12:55", "asr",
"""A: homewatch support this is priya
C: hi my doorbell camera is fine but i can't see any clips from yesterday somebody took a package
A: oh i'm sorry let me check your account you're on the free tier so it only shows live view no recordings
C: oh i didn't realize that
A: our cloud plan saves thirty days of video it's three ninety nine a month
C: yeah okay turn that on
A: done it's active now so from today everything gets saved
C: okay cool that's actually really good to know thanks for explaining it
A: of course and i'm sorry about the package
C: no it's fine you've been super helpful""",
True, 3.99, "positive", "add-on to existing camera 'three ninety nine a month' accepted 'yeah okay turn that on' -> 3.99; 'super helpful'"),

("FR57_052", "Owen Gallagher", "2026-11-24T13:30:18", "clean",
"""A: Hi, this is Owen from Westgate Auto Finance. Is this Kevin Marsh?
C: Yes, speaking.
A: I'm calling about your October car payment, $412, which is 20 days past due.
C: Yeah, I had a medical thing. I can pay it on the 1st when I get paid.
A: I understand. I can schedule that payment for December 1st. There's also a $25 late fee.
C: Is there any way to get that waived? I've never been late before.
A: Since your history is clean, I can waive it this once.
C: Okay. That helps.
A: So $412 scheduled for December 1st, no late fee.
C: Okay, thanks.""",
False, 0.0, "neutral", "scheduling an overdue payment is not a purchase; 'Okay. That helps.' / 'Okay, thanks' -> calm"),

("FR57_053", "Keisha Brooks", "2026-11-24T15:45:31", "asr",
"""A: hi miss ellison this is keisha from lakeshore hotels i'm calling because your gold circle membership is up for renewal
C: oh yes hi i love that membership
A: the renewal is ninety nine for the year same as last year
C: yes renew it definitely
A: wonderful and this year you can add a companion card for forty nine dollars so your husband gets the same perks when he travels without you
C: oh he'd love that he's on the road all the time yes add the companion card
A: done you're renewed with the companion card the new cards will mail this week
C: perfect
A: thank you for being with us
C: thank you it's always such a pleasure staying with you guys""",
True, 49.0, "positive", "'yes renew it definitely'; companion card 'forty nine dollars' accepted -> 49.00; 'such a pleasure'"),

("FR57_054", "Daniel Okafor", "2026-11-24T19:12:40", "asr",
"""A: golden wok this is daniel
C: yeah i just got my delivery and it's completely wrong i ordered the kung pao and the dumplings and i got some noodle thing and no dumplings
A: oh i'm really sorry about that can i get the order number
C: it's on the receipt uh eight eight two
A: okay i see it i can send the right order out now it'll be about forty minutes or i can give you a credit
C: forty minutes i'm starving and my kids are starving
A: i understand i can also add free spring rolls for the trouble
C: just forget it i'm ordering from somewhere else
A: i'll refund the whole order then
C: yeah you do that this is the second time""",
False, 0.0, "negative", "refuses re-delivery 'just forget it i'm ordering from somewhere else'; refund; 'this is the second time'"),

("FR57_055", "Lena Fischer", "2026-11-25T09:40:07", "clean",
"""A: Clarity CRM renewals, Lena speaking.
C: Hi, our annual contract is up December 15th. We want to renew.
A: Great. You're on the Team plan with 10 users at $22 per user per month.
C: Right. We've also hired three people, so we need to add seats.
A: Additional seats are $12 each per month on your renewal, a promotional rate.
C: Okay, renew and add three seats at $12.
A: So renewal for 10 users plus three additional seats at $12 each. I'll send the order form for signature.
C: That works.
A: Anything else on your end?
C: No, that's it.""",
True, 36.0, "neutral", "'renew and add three seats at $12' -> 3 x 12 = 36.00; businesslike"),

("FR57_056", "Marcus Whitfield", "2026-11-25T11:55:49", "clean",
"""A: Ridgeway Collision, Marcus speaking.
C: Hi, someone backed into my car in a parking lot. The rear bumper is cracked. I need an estimate.
A: Sorry to hear that. I can do an estimate Thursday at 10 or Friday at 3.
C: The thing is, my insurance is sending an adjuster, and I don't know when yet.
A: We can work with your adjuster. Would Thursday at 10 work anyway?
C: I'd rather wait. I'll call you back once the adjuster comes out and tells me what's covered.
A: Sure. Just mention the claim number when you call.
C: Will do.
A: Take care.
C: Thanks.""",
False, 0.0, "neutral", "declines slot 'I'd rather wait. I'll call you back once the adjuster comes' = deferral"),

("FR57_057", "Sofia Marchetti", "2026-11-25T14:33:26", "clean",
"""A: ClearView Eye Care, Sofia speaking.
C: Hi, I need an eye exam. My glasses broke and I need a new prescription.
A: I'm sorry, our first opening for a full exam is January 19th.
C: January? It's November.
A: I know, we're very booked with year-end insurance. I can put you on the cancellation list.
C: I can't see properly for two months. That's frustrating.
A: I understand. Would you like the January 19th slot as a backup?
C: No. I'll call around elsewhere.
A: I'm sorry we couldn't do better.
C: Yeah, me too.""",
False, 0.0, "negative", "declines January slot 'No. I'll call around elsewhere'; 'That's frustrating'"),

("FR57_058", "Jamal Carter", "2026-11-25T16:48:13", "clean",
"""A: HomeNest Appliances, this is Jamal.
C: Hi, I'd like to order the Ellis washer and dryer set, the white ones. It's $1,450 for the pair?
A: Yes, $1,450 for the pair. Would you like professional installation? It's $120.
C: Yes, I'm not hooking up a gas dryer myself.
A: Smart. And we can haul away your old units for $40.
C: Oh, please, yes. They're ancient.
A: So the Ellis pair at $1,450, installation for $120 and haul-away for $40, delivered Tuesday the 1st between 8 and 12. Is that all correct?
C: Yes, that's right.
A: Order placed.
C: Fantastic, thank you, I've been hand-washing for a week.""",
True, 160.0, "positive", "confirms read-back; installation $120 + haul-away $40 -> 160.00; pair price is main product; 'Fantastic, thank you'"),

("FR57_059", "Hannah Lindqvist", "2026-11-26T10:19:35", "asr",
"""A: hi this is hannah from northstate water i'm calling about an overdue balance of two hundred and six dollars on your account
C: i sent that payment in october
A: i'm showing a payment of ninety that was the september bill the october bill is still open
C: that can't be right i paid the whole thing
A: i can send you the statement with all the payments to check it
C: send it but i'm not paying anything till i see it
A: understood i'll also note a ten day hold so there's no shut off notice while you review
C: you'd better because i've had it with the billing mistakes this year
A: i'll email it now
C: fine""",
False, 0.0, "negative", "collections call, no payment or purchase; 'i've had it with the billing mistakes'"),

("FR57_060", "Roberto Alvarez", "2026-11-26T13:06:50", "clean",
"""A: Coastline Car Rental, Roberto speaking.
C: Hi, I need a car in Orlando from December 20th to the 25th. Something that fits two car seats.
A: A midsize SUV is $58 a day. Do you need car seats from us?
C: Just one, we're bringing the other.
A: Car seats are $10 a day, so $50 for the five days.
C: Okay, add one seat.
A: We also offer GPS for $12 a day.
C: No, my phone does that.
A: So a midsize SUV, December 20th to 25th, with one car seat. Shall I book it?
C: Yes, please.
A: Booked, confirmation CL-23119.
C: Oh great, that's one less thing to worry about. Thanks so much.""",
True, 50.0, "positive", "'Yes, please' to booking; car seat '$50 for the five days' accepted; GPS declined -> 50.00; 'Thanks so much'"),
]
