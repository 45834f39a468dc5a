CALLS = [
("FR10_001", "Maria Lopez", "2026-11-02T09:14:22", "clean",
"""A: Thanks for calling Hollow Oak Apiary Supply, this is Maria. How can I help?
C: Hi, I'm starting my first hive next spring and I was looking at the Langstroth starter kit on your site.
A: Great choice. The ten-frame starter kit is $289 and includes the hive body, frames, foundation, and a feeder.
C: Okay, that's the one. I'll take it.
A: Wonderful. Do you have protective gear yet? Our ventilated bee suit is $79, and the stainless smoker is $34.
C: The suit, yes. I already have a smoker from my uncle.
A: Got it, so the starter kit plus the ventilated suit. What size suit?
C: Medium, please.
A: All set. It ships Thursday.
C: This is exactly what I needed, you've been super helpful. Thanks!""",
True, 79.00, "positive",
"Main purchase starter kit $289; accepted bee suit $79, declined smoker; warm closing praise -> positive."),

("FR10_002", "Devon Price", "2026-11-02T10:42:05", "clean",
"""A: Thanks for calling Ridgeline Propane, this is Devon.
C: Hi. My delivery was supposed to be yesterday and nobody showed up. My tank's at about 10%.
A: I'm sorry about that. Let me pull up the account. Can I get the address?
C: 411 Birch Hollow Road.
A: Okay, I see it. The driver had a breakdown on the route. I can put a $25 credit on the account.
C: A credit doesn't heat my house.
A: Understood. The driver has you first thing Thursday morning.
C: Thursday. So two more days with no heat. Great. Just great.
A: Again, I apologize. Is there anything else?
C: No. Just make sure it actually shows up this time.""",
False, 0.0, "negative",
"Complaint about missed delivery; $25 credit is not an add-on; redelivery of existing order is not a new commitment; sarcastic 'great just great' -> negative."),

("FR10_003", "Priya Natarajan", "2026-11-02T13:05:48", "clean",
"""A: Good afternoon, Keystone Piano Service, Priya speaking.
C: Hi. My upright hasn't been tuned in about three years. I'd like to get someone out.
A: Sure. A standard tuning is $140, and we have an opening next Tuesday at 10 a.m.
C: Tuesday at 10 works. Go ahead and book it.
A: Done. While the technician is there, we can also regulate the pedals for $45, or install a Dampp-Chaser humidity system for $380.
C: Just the pedal thing, not the humidity one. The sustain pedal squeaks.
A: Noted. So tuning plus pedal regulation, Tuesday at 10.
C: Okay. Thanks.""",
True, 45.00, "neutral",
"Main purchase tuning $140 booked; pedal regulation $45 accepted, humidity system $380 declined; routine politeness -> neutral."),

("FR10_004", "Tomasz Wojcik", "2026-11-03T08:21:10", "asr",
"""A: morning northstrait ferries tomasz speaking
C: hiya i want to book the overnight crossing for the twelfth car and two adults
A: okay car and two adults on the twelfth that comes to two hundred and twelve dollars
C: yeah that's fine book that
A: lovely and would you like a cabin for the night it's sixty five for a two berth
C: oh go on then throw the cabin in we'll actually get some sleep
A: and breakfast is fourteen per person if you want to prebook
C: nah we'll bring our own
A: no worries so that's the crossing and a two berth cabin all confirmed
C: brilliant that was painless cheers""",
True, 65.00, "positive",
"Main: crossing $212; cabin $65 accepted implicitly ('throw the cabin in'); breakfast $14pp declined; 'brilliant that was painless' -> positive."),

("FR10_005", "Aisha Bello", "2026-11-03T11:37:55", "clean",
"""A: Clearwave Hearing support, this is Aisha.
C: Hi, my left hearing aid keeps whistling, it's driving me up the wall.
A: Let's try a couple of things. Can you take the dome off the tip and check it for wax?
C: Hang on... oh. Yes, it's full of gunk.
A: That's usually it. Swap it for a fresh dome from your starter pack.
C: Okay, done. Oh, it's stopped!
A: Perfect. If you run low, replacement domes are $12 for a pack of ten.
C: How much is shipping on those?
A: Free over $10.
C: Good to know, I'll order some online another time. Honestly, thank you so much, I can hear the kettle again!""",
False, 0.0, "positive",
"Support call; customer only asks about dome price and defers ordering; relieved, grateful ending -> positive."),

("FR10_006", "Ken Okafor", "2026-11-03T14:50:31", "asr",
"""A: hi you've reached crux climbing this is ken
C: hey yeah i want to cancel my membership i just don't get there enough
A: sorry to hear that can i ask how often you're climbing
C: maybe twice a month if i'm lucky it's not worth sixty two a month
A: that makes sense what if i drop you to forty five a month for the next three months and you can freeze any month you don't use
C: um forty five with freezes
A: yep no fee to freeze
C: okay fine i'll stay on that i guess
A: done you're on the forty five rate starting next cycle
C: okay thanks""",
True, 0.0, "neutral",
"Retention offer (discounted $45/month) accepted -> conversion; discount is not upsell; grudging acceptance -> neutral."),

("FR10_007", "Hannah Lindqvist", "2026-11-04T09:02:44", "asr",
"""A: sugarloaf cakes hannah speaking
C: hi we met at the tasting last week um we want to go ahead with the three tier lemon and elderflower
A: lovely the three tier for a hundred and twenty guests is six twenty shall i put it in for june fourteenth
C: yes please
A: great would you like handmade sugar flowers they're eight dollars each most couples go for about a dozen
C: let's do fifteen we want like a cascade down the side
A: fifteen flowers and since the venue's outside the city there's a forty dollar delivery fee
C: that's fine
A: perfect i'll send the confirmation tonight
C: thank you i'm so excited that tasting was the best cake i've ever had""",
True, 120.00, "positive",
"Main cake $620; 15 sugar flowers x $8 = $120; mandatory $40 delivery fee not an add-on; enthusiastic -> positive."),

("FR10_008", "Rafael Duarte", "2026-11-04T10:18:19", "asr",
"""A: good morning brightside pest control rafael
C: hi yeah um i think i've got termites in the back porch there's like little piles of wings
A: okay that does sound like swarmers we'd do an inspection and then the liquid barrier treatment that usually runs around eight hundred fifty
C: eight fifty okay
A: and a lot of folks add the annual monitoring plan that's ninety nine a year
C: uh put that in the quote too can you just email me the whole thing
A: sure what's the best email
C: it's d mercer at mailbox dot com
A: got it you'll have it within the hour
C: okay thanks""",
False, 0.0, "neutral",
"Customer asks for a quote by email (interest without commitment); monitoring plan only added to the quote; giving an email address is not a purchase -> not conversion; neutral."),

("FR10_009", "Chen Wei", "2026-11-04T15:44:03", "clean",
"""A: Thank you for calling Starfield Optics, this is Chen.
C: Hi, I ordered the 8-inch Dobsonian last Friday, order 55120. Has it shipped?
A: Let me check... it's packing now, it'll go out tomorrow.
C: Okay, good. Can I add a couple of things before it goes? The solar filter, $59, and the padded carry case, $85.
A: Absolutely, I can add both to the same shipment. We also have a moon filter for $19 if you're interested.
C: No, just those two. Please add them.
A: Done. The new items will be charged to the card on the order.
C: Fine. Thanks.""",
True, 144.00, "neutral",
"Extras on a prior order: customer names solar filter $59 + case $85 = $144 (decided: counts as upsell/conversion); moon filter declined; order number not a price; neutral."),

("FR10_010", "Siobhan Kelly", "2026-11-05T08:33:57", "asr",
"""A: hi there lakeside paddle co siobhan speaking
C: hi um we wanted to rent two kayaks for saturday morning
A: sure the half day is thirty five each so seventy for the two and i have the nine o'clock slot
C: nine's perfect yeah book us in
A: lovely do you want dry bags for your phones and keys they're eight bucks each
C: oh yeah two of those
A: and wetsuits are twelve each the water's getting cold
C: um no we're good we're pretty tough
A: ha okay two kayaks two dry bags nine am saturday
C: awesome you guys are great we've been wanting to do this all summer""",
True, 16.00, "positive",
"Main: two kayaks $70; dry bags 'two of those' x $8 = $16; wetsuits declined; enthusiastic -> positive."),

("FR10_011", "Marcus Reed", "2026-11-05T12:09:40", "clean",
"""A: Metroline Fiber billing, Marcus speaking.
C: My bill says $89.99. My plan is $59.99. This is the third month in a row.
A: I'm sorry about that. I see the promotional rate dropped off; I can refund the $30 difference.
C: You said that last month too.
A: I've flagged it so it won't recur. While I have you, I can upgrade you to the 1-gig tier for just $10 more a month.
C: No. I just want my bill fixed. I shouldn't have to call every month to get charged the right amount.
A: Understood. The $30 refund will post in 3-5 business days.
C: We'll see. This is ridiculous.""",
False, 0.0, "negative",
"Billing complaint; refund is not upsell; upgrade offer refused; 'this is ridiculous' -> negative."),

("FR10_012", "Leila Haddad", "2026-11-05T14:27:16", "asr",
"""A: wanderwheels campervans leila speaking
C: hi i'm looking to rent one of the small vans for five nights from the ninth
A: okay the compact van is one forty a night so seven hundred for the five nights want me to reserve it
C: yeah reserve it please
A: done would you like a bike rack on it it's fifteen a night
C: yeah add the bike rack
A: okay that's seventy five for the five nights and we also do a kitchen kit stove pots plates sixty flat for the trip
C: hmm the kitchen kit yeah fine saves me packing
A: great so van bike rack and kitchen kit there's also a five hundred dollar refundable deposit at pickup
C: okay sounds fine""",
True, 135.00, "neutral",
"Main van $700; bike rack $15/night x 5 = $75 (agent states total) + kitchen kit $60 = $135; deposit excluded; flat tone -> neutral."),

("FR10_013", "Oskar Berg", "2026-11-06T09:50:25", "clean",
"""A: Needle & Bobbin Repair, Oskar speaking.
C: Hi, I have an old Bernina 830 that's skipping stitches. Do you fix those?
A: We do. A full service on the 830 is $95, usually back within a week.
C: And if it needs parts?
A: We'd call you before doing anything over $40 in parts.
C: Okay. It's actually my sister's machine, so let me check with her first and I'll call back.
A: No problem, we're open till six.
C: Great, thanks.""",
False, 0.0, "neutral",
"Deferral ('let me check with her first'); model number and prices are not purchases; neutral."),

("FR10_014", "Nadia Petrova", "2026-11-06T11:12:08", "asr",
"""A: good morning alpenrose lodge nadia speaking
C: hi we'd like to book the big chalet for the twenty third to the twenty seventh of december
A: let me check uh yes it's showing available it's four hundred twenty a night
C: okay great let's do it book it please
A: one moment i'm so sorry the booking didn't go through someone just took those dates on the website
C: oh no seriously
A: i'm really sorry i don't have another chalet free over christmas
C: oh that's a shame we really had our hearts set on it
A: i can put you on the waitlist if you like
C: no it's fine we'll figure something else out""",
False, 0.0, "negative",
"Commitment could not be fulfilled (booking failed), nothing else booked; waitlist declined; disappointment -> negative."),

("FR10_015", "Jamal Carter", "2026-11-06T16:03:37", "clean",
"""A: Apex Wraps, this is Jamal.
C: Hey, I came by Saturday for the matte black wrap quote on my Mustang. $3,200, right? Let's do it.
A: Awesome, I'll get you on the schedule for the 18th. You want ceramic coating on top? That's $450.
C: $450 is steep. I'd do it for $350.
A: I can meet you at $375, and that's with the wheels done too.
C: Deal.
A: Perfect. Wrap plus ceramic at $375, drop-off the 18th at 8.
C: Can't wait, this is going to look sick.""",
True, 375.00, "positive",
"Main wrap $3,200; ceramic haggled $450 -> customer $350 -> accepted $375; excited -> positive."),

("FR10_016", "Yuki Tanaka", "2026-11-09T10:25:14", "asr",
"""A: hello sakura language school this is yuki
C: hi um i'd like to sign up for the beginner japan ease evening class the tuesday one
A: great there's still space the term is four hundred and eighty plus a twenty five dollar registration fee shall i enroll you
C: yes please enroll me
A: done we also have the textbook and workbook bundle for sixty two and private tutoring at forty an hour
C: the books yes the tutoring no not yet
A: okay i'll add the books they'll be at the front desk the first night
C: oh i'm really excited i've wanted to learn for years""",
True, 62.00, "positive",
"Main course $480; $25 registration fee excluded; books $62 accepted, tutoring declined; excited -> positive."),

("FR10_017", "Grace Mbeki", "2026-11-09T13:40:59", "clean",
"""A: ClearFlow Septic, Grace speaking.
C: Your guys pumped my tank on Monday and left ruts all across my front lawn. And the lid isn't even back on right.
A: I'm so sorry. That's not acceptable. I'm putting a $75 credit on your account, and a supervisor will call you today.
C: A $75 credit. For a lawn I paid $2,000 to reseed.
A: I understand. The supervisor can discuss the lawn damage directly.
C: Whatever. I'm not using you again after this.
A: I'll make sure the supervisor calls before 3.
C: Fine.""",
False, 0.0, "negative",
"Complaint; credit is not an add-on; no purchase or booking; 'not using you again' -> negative."),

("FR10_018", "Luis Ortega", "2026-11-09T15:16:42", "asr",
"""A: hi thanks for calling springhill water this is luis
C: hi yeah i want to start getting the big jugs delivered to my office
A: sure the five gallon jugs are seven fifty each how many a month
C: um four i think four a month
A: okay four a month and there's a ten dollar deposit per jug that you get back when you cancel
C: okay yeah sign me up
A: great do you have a dispenser we rent them for eight a month
C: oh no we don't yeah i'll take the dispenser
A: okay four jugs a month plus the dispenser first delivery's tuesday
C: okay sounds good""",
True, 8.00, "neutral",
"Main: 4 jugs/month at $7.50; deposits excluded; dispenser rental $8/month counted once = $8; neutral."),

("FR10_019", "Fiona Walsh", "2026-11-10T11:55:26", "asr",
"""A: lockbox escape rooms fiona here
C: hi yeah i wanna book the pharaoh's tomb room for six people on saturday the twenty first at seven
A: that's thirty two per person so one ninety two shall i lock that in
C: yes book it
A: done want the team photo package for twenty and after the game we do pizza in the lounge fifteen per person
C: photos sure for the pizza um only four of us are staying so do four
A: photos plus pizza for four you're all set for seven
C: perfect my brother's gonna love this for his birthday""",
True, 80.00, "positive",
"Main room $192; photos $20 + pizza 4 x $15 = $60 -> $80; happy -> positive."),

("FR10_020", "Arjun Mehta", "2026-11-10T14:31:50", "asr",
"""A: oakridge tree care arjun speaking
C: hi um there's a big dead oak leaning toward my garage i need a price to take it down
A: from the photos you sent that's about eleven hundred for removal and haul away
C: okay and the stump
A: stump grinding would be another two hundred
C: yeah i'm interested can you email me the breakdown with and without the stump
A: sure thing i'll send it this afternoon
C: okay thanks i'll look at it with my husband""",
False, 0.0, "neutral",
"Quote request, interest without commitment, deferral; stump grinding only asked about; neutral."),
]
