# FR14_061 - FR14_080, written by hand
CALLS = [
("FR14_061", "Priya Raman", "2026-11-27T09:08:44", "clean",
"""A: WarmHome Heating, Priya speaking.
C: Hi, my boiler's due its annual service. Can I book one in?
A: Of course. The annual service is $95. We have Tuesday the 1st, morning or afternoon.
C: Tuesday morning, please.
A: Booked. Do you have a carbon monoxide alarm? The engineer can fit one for $30.
C: We don't, actually. Yes, have him fit one.
A: Done, service plus CO alarm, Tuesday morning, $125.
C: Lovely, thank you. Really glad you mentioned the alarm.""",
True, 30.00, "positive", "books boiler service; CO alarm $30 accepted; appreciative"),

("FR14_062", "Tomasz Kowalczyk", "2026-11-28T08:12:37", "asr",
"""A: airport express cars tomasz speaking
C: hi i need a car to the airport on monday morning pick up at five thirty
A: okay from where
C: forty two mill road
A: that's forty five for a saloon
C: yeah that's fine book it
A: booked do you need a child seat it's five extra
C: uh yeah we've got a toddler so yes one child seat
A: okay fifty altogether driver will text when he's outside
C: okay good""",
True, 5.00, "neutral", "books airport transfer; child seat $5 accepted"),

("FR14_063", "Amara Okafor", "2026-11-28T10:33:01", "clean",
"""A: Aqua Kids Swim School, Amara speaking.
C: Hi, I'd like to book my son into the Saturday beginner class starting in January.
A: Let me check... I'm afraid the January Saturday classes are all full.
C: What about Sundays?
A: Sundays are full too. I can add him to the waiting list.
C: No, we've been on your waiting list before and never heard back.
A: I'm sorry, demand's been very high.
C: It's really disappointing. We'll look somewhere else.""",
False, 0.0, "negative", "wanted booking but classes full; nothing booked; disappointed"),

("FR14_064", "Daniel Whitfield", "2026-11-28T13:45:19", "asr",
"""A: hello homesure claims daniel speaking
C: hi i'm calling about my claim for the water damage the reference is h s four four nine
A: let me look yes it's with the loss adjuster
C: it's been with the loss adjuster for five weeks
C: i've got no kitchen floor
A: i understand i'll chase them today
C: that's what the last person said
A: i'm sorry i'll put it as urgent and call you by friday
C: okay well i'm not holding my breath""",
False, 0.0, "negative", "claim chase; no purchase; frustrated and sceptical"),

("FR14_065", "Mei-Lin Chou", "2026-11-30T16:18:53", "clean",
"""A: Vine & Barrel Wines, Mei-Lin speaking.
C: Hi, I'd like to order a mixed case of the Rioja and the Albariño, six of each, for delivery.
A: That's $180, and with our 10% case discount it's $162. Delivery is $8.
C: Great, go ahead with that.
A: So 12 bottles, $170 including delivery, to arrive Thursday. Correct?
C: Yes, that's right. Your Rioja was a big hit at our last dinner party.
A: So glad to hear that!
C: Thanks, looking forward to it.""",
True, 0.0, "positive", "orders case; discount and delivery fee are not upsell; positive"),

("FR14_066", "Rafael Ortega", "2026-11-30T11:26:40", "asr",
"""A: metro motors service department rafael speaking
C: hi yeah i bought a car from you in may and the gearbox is making noise
C: and your workshop just told me it's not covered by the warranty
A: let me have a look um the report says it's wear and tear which the warranty excludes
C: wear and tear on a car that's six months old
A: i can ask the manager to review it
C: yes please because this is ridiculous
A: okay i'll get him to call you
C: yeah i'm not impressed at all""",
False, 0.0, "negative", "warranty dispute; yes to a review, not a purchase; angry"),

("FR14_067", "Siobhan Gallagher", "2026-11-03T12:51:06", "clean",
"""A: Keynote Music School, Siobhan speaking.
C: Hello, I'm looking for piano lessons for my daughter, she's 8.
A: Lessons are $30 for half an hour, weekly. We have Tuesday and Thursday after school.
C: Do you have anything on Saturdays? Weekdays are hard with her other activities.
A: Not at the moment, Saturdays are full until summer.
C: I'd sign up straight away if there were a Saturday slot.
A: I can let you know if one opens.
C: Okay, please do. Thanks.""",
False, 0.0, "neutral", "conditional ('would sign up if...'); no slot; neutral"),

("FR14_068", "Kenji Watanabe", "2026-11-21T08:20:15", "asr",
"""A: pinewood golf club bookings kenji speaking
C: morning can i get a tee time for four of us on sunday
A: i've got seven forty or nine twenty
C: seven forty please
A: okay four players seven forty sunday and do you want carts they're twenty per cart
C: yeah two carts please
A: two carts so forty for those
C: lovely we've been looking forward to this all month
A: great see you sunday""",
True, 40.00, "positive", "books tee time; two carts at $20 = $40 accepted; happy"),

("FR14_069", "Fatima Haddad", "2026-11-14T09:40:27", "clean",
"""A: ClearView Window Cleaning, Fatima speaking.
C: Hi, a neighbour recommended you. I'd like regular window cleaning, outside only.
A: For a three-bed semi it's $35 a month, we come every four weeks. Would you like to sign up?
C: Yes, sign me up.
A: Great. We also do gutter clearing, normally $80, but $60 while we're in your street.
C: Maybe in the spring. Just the windows for now.
A: No problem, first visit on the 3rd.
C: Okay.""",
True, 0.0, "neutral", "signs up monthly cleaning; gutters deferred"),

("FR14_070", "Lars Eriksson", "2026-11-16T13:02:58", "asr",
"""A: blue water ferries lars speaking
C: hi i need to cancel my crossing on the ninth something's come up
A: okay i can do that there's a thirty dollar cancellation fee and the rest is refunded
C: thirty just to cancel that's steep
A: it's in the booking terms i'm afraid
C: yeah i know but still
C: go on then cancel it
A: done you'll get ninety two back in a few days
C: right thanks i guess""",
False, 0.0, "negative", "cancellation with fee and refund; not a purchase; grudging"),

("FR14_071", "Nadia Petrova", "2026-11-19T11:49:31", "clean",
"""A: The Frame Workshop, Nadia speaking.
C: Hi, I dropped off a print yesterday for framing, I've decided on the oak frame.
A: Great, the oak frame is $85. For only $25 more we can use museum glass, it cuts glare and UV.
C: Oh yes, let's do the museum glass.
A: Sure. It'll be ready in a week.
C: Actually, thinking about it, it's going in the hallway away from the window. Drop the museum glass, the standard is fine.
A: No problem, oak frame with standard glass, $85.
C: Lovely, thanks, you've been a great help.""",
True, 0.0, "positive", "orders framing; museum glass accepted then dropped; upsell 0"),

("FR14_072", "Marcus Bell", "2026-11-22T19:14:08", "asr",
"""A: hi ticket hub marcus speaking
C: hi i want two tickets for the arctic lights gig at the arena on the fifth
A: sure two standing are sixty five each shall i book them
C: yeah please
A: okay um the payment's been declined have you got another card
C: what try this one then it ends four four one
A: sorry that's been declined as well the bank might be blocking it
C: ugh this is so annoying i'll sort it with my bank and try online later
A: okay sorry about that""",
False, 0.0, "negative", "wanted tickets but payment failed; nothing bought; annoyed"),

("FR14_073", "Ingrid Solberg", "2026-11-26T10:16:22", "clean",
"""A: Fresh Fibres Carpet Care, Ingrid speaking.
C: Hi, I'd like the carpets cleaned in the living room, hall and stairs, and one bedroom.
A: That's three areas, $150. We have Friday at 10.
C: Friday at 10 is good, let's book it.
A: Done. We can add a stain-protection treatment at $20 per room.
C: Yes for the living room and the hall, we've got two dogs. Not the bedroom.
A: Two rooms with protection, $40 more, so $190.
C: Brilliant. Thank you, that's really sorted us out.""",
True, 40.00, "positive", "books cleaning; stain protection $20 x 2 rooms = $40"),

("FR14_074", "Omar Farouk", "2026-11-20T15:27:43", "asr",
"""A: safe space self storage omar speaking
C: hi um how much is a small unit we're renovating and need somewhere for furniture
A: a fifty square foot unit is eighty nine a month and the first month is half price
C: okay and can i get to it at weekends
A: yeah seven days a week six till ten
C: sounds okay i think i'll come and have a look at it first
A: sure pop in any time
C: okay thanks""",
False, 0.0, "neutral", "enquiry; will visit first; no commitment"),

("FR14_075", "Chloe Beaumont", "2026-11-25T17:33:29", "clean",
"""A: Happy Paws Dog Walking, Chloe speaking.
C: Hi Chloe, it's Emma, Max's owner. I'm afraid I need to cancel our weekday walks. We're moving to Leeds next month.
A: Oh no, we'll miss Max! Your last walk would be Friday the 12th.
C: That's fine. Honestly, you've all been wonderful with him, he's never been happier.
A: That's so kind. Would you like a reference for a walker up there?
C: Yes, that would be great, thank you so much.""",
False, 0.0, "positive", "cancellation, no purchase; yes to a reference is not a purchase; warm"),

("FR14_076", "Arjun Mehta", "2026-11-18T08:52:10", "asr",
"""A: shine on car valeting arjun speaking
C: hi i'm selling my car next week and want it properly cleaned
A: full valet is seventy we can do tomorrow
C: yeah okay book me in for tomorrow
A: morning or afternoon
C: morning
A: and with leather seats we'd suggest the leather treatment it's normally twenty five but fifteen with a full valet
C: yeah go on then add that
A: okay eighty five tomorrow morning
C: okay""",
True, 15.00, "neutral", "books valet; leather treatment revised $25 to $15 and accepted at $15"),

("FR14_077", "Zanele Dlamini", "2026-11-12T11:21:35", "clean",
"""A: Lakeside Cottages, Zanele speaking.
C: Hi, we've booked the Heron cottage for the 5th to the 8th of December, and we need to move it to January.
A: Let me see. I'm sorry, the cottage is fully booked in January.
C: Then can we cancel and get the deposit back?
A: The $200 deposit is non-refundable within 30 days of arrival, I'm afraid.
C: That's really unfair, my mother's in hospital.
A: I'm sorry to hear that. I can ask the owner if he'll make an exception.
C: Please do. I'm not impressed with this policy at all.""",
False, 0.0, "negative", "change fails; deposit dispute; no purchase; unhappy"),

("FR14_078", "Patrick O'Rourke", "2026-11-23T14:06:58", "asr",
"""A: hi parcel point customer services patrick speaking
C: hi my parcel was marked as delivered yesterday but it never arrived
A: sorry about that can i have the tracking number
C: p p seven seven two nine zero
A: it says left in a safe place
C: there's no safe place i live in a flat it's not here
A: i'll open an investigation it can take up to ten days
C: ten days it was a birthday present
C: this is the second one you've lost honestly useless""",
False, 0.0, "negative", "lost parcel; no purchase; angry"),

("FR14_079", "Yasmin Aziz", "2026-11-09T12:40:17", "clean",
"""A: Thunder Bay Adventure Park, Yasmin speaking.
C: Hi, I want to renew our family annual pass.
A: The family pass is now $120 for the year. Parking isn't included anymore, it's a $40 annual parking pass.
C: Parking isn't included? It was last year.
A: It changed in September, I'm afraid.
C: Fine, renew the pass and add the parking. But it feels like you're charging for everything now.
A: I understand. That's $160, renewed until November next year.
C: Okay. Not thrilled, but the kids love it.""",
True, 40.00, "negative", "renews pass; parking pass $40 accepted; unhappy about pricing"),

("FR14_080", "Henrik Vogel", "2026-11-30T10:09:46", "asr",
"""A: clearsound hearing centre henrik speaking
C: hi um my daughter thinks i should get my hearing checked
A: sure the hearing test is free and takes about forty minutes
C: oh it's free well that's nice
A: i've got thursday at eleven would that suit
C: yes that's fine put me down for thursday
A: lovely thursday at eleven
C: thank you dear that's very kind you've been very patient with me""",
True, 0.0, "positive", "books a free hearing test appointment (booking counts); warm"),
]
