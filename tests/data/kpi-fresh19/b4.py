CALLS = [
("FR19_061", "Mei Tanaka", "2026-11-02T15:30:00", "asr", """A: clearview optometry mei speaking
C: hi i'd like to book an eye exam i think my prescription's changed
A: sure i have friday at nine forty five or saturday at eleven
C: saturday at eleven please
A: and are you interested in trying contacts we can add a fitting to the exam for thirty five
C: oh yes i've been meaning to try them
A: so eye exam with contact lens fitting saturday at eleven the exam itself is ninety
C: perfect
A: may i have your name
C: jun park
A: you're booked jun
C: thank you you're very helpful""", True, 35.0, "positive", "exam booked; contact lens fitting $35 accepted"),

("FR19_062", "Omar Haddad", "2026-11-03T16:10:00", "asr", """A: hi is this the manager at oak and ember this is omar from tillpoint
C: yeah speaking
A: we help restaurants cut card fees our rate is two point three percent
C: uh what are we paying now i don't even know
A: most places on your current provider pay around two point nine
C: mhm
A: want me to run a free comparison from your last statement
C: um not right now we're short staffed this week
A: no problem can i call next week
C: sure you can try
A: thanks talk soon""", False, 0.0, "neutral", "free comparison declined; call-back agreed only"),

("FR19_063", "Rachel Stone", "2026-11-04T12:50:00", "asr", """A: oakline furniture this is rachel
C: hi i'm calling about the walnut dining table the extendable one
A: the harlow table that's nine ninety right now
C: okay not bad i'll order it
A: lovely do you need chairs with it the matching chairs are one twenty each
C: um we need four
A: four chairs at one twenty each and there's the matching bench for two ninety
C: no bench the kids would just fight over it
A: so the harlow table and four chairs delivered on the eighteenth to sixty one cedar court
C: yep that's right
A: you're all set
C: great thanks rachel""", True, 480.0, "positive", "table ordered; 4 chairs x $120 = 480; bench declined; 'not bad' mildly positive"),

("FR19_064", "Victor Lund", "2026-11-05T11:25:00", "clean", """A: Halden Insurance claims, Victor speaking.
C: I filed a claim for a burst pipe on October 2nd. It's November 20th. Nobody has told me anything.
A: I'm sorry. Can I have the claim number?
C: HC-40718.
A: Thank you. I see the adjuster's report came in last week, and it's waiting for approval.
C: Waiting for approval. My kitchen has no floor. I've been paying you for eleven years.
A: I understand, and I'll flag it as urgent with the supervisor today.
C: You said that three weeks ago. Someone said that three weeks ago.
A: I've put my name on it. You'll hear back by Friday.
C: I'll believe it when I see it.""", False, 0.0, "negative", "claim status complaint; no purchase"),

("FR19_065", "Priya Raman", "2026-11-06T09:00:00", "asr", """A: hi this is priya from shiftboard your annual plan renews next week i just wanted to check in
C: oh hi priya yes we definitely want to keep it everyone loves it
A: wonderful that's fifteen seats at nine a seat so one thirty five a month billed yearly
C: yep that's fine
A: we've also got a one time onboarding workshop for new managers for three hundred
C: hmm maybe in the spring when we hire the summer crew
A: sure i'll note that so i'll renew the fifteen seats as is
C: yes please do
A: done you'll get the invoice today
C: great you guys have made scheduling so much less painful""", True, 0.0, "positive", "renewal confirmed; workshop deferred to spring"),

("FR19_066", "Marcus Bell", "2026-11-09T13:45:00", "clean", """A: Coastline Car Rental, Marcus speaking.
C: Hi, I need a minivan from the Orlando airport, picking up December 27th, returning January 2nd.
A: Let me see... I have a Chrysler Pacifica at $68 a day, so $408 before taxes.
C: Okay, that's fine. Book it.
A: Do you need a child seat? It's $45 flat for the rental.
C: Yes, one. The other kid's in a booster we're bringing.
A: And our toll pass is $35 for the whole trip.
C: No, we'll pay the tolls as we go.
A: So the Pacifica, Dec 27 to Jan 2, one child seat. Confirmation is CX9921.
C: Got it. Thanks.""", True, 45.0, "neutral", "rental booked; child seat $45 accepted; toll pass declined"),

("FR19_067", "Dana Kowalski", "2026-11-10T17:35:00", "asr", """A: hollis appliance dana speaking
C: hi i bought a dishwasher yesterday and i want to add the installation
A: sure the installation is one twenty nine let me find a slot
C: mhm
A: oh i'm sorry our installers are fully booked until after the holidays the first opening is january sixth
C: january i bought it so i could use it for christmas
A: i know i'm really sorry i can refer you to an independent installer
C: so i've got a dishwasher sitting in a box for six weeks great just great
A: i can email you the list of installers we trust
C: fine send it whatever
A: sent
C: yeah bye""", False, 0.0, "negative", "add-on wanted but unavailable, January slot not taken; sarcastic"),

("FR19_068", "Luis Ortega", "2026-11-11T10:05:00", "asr", """A: hi it's luis from sparkline you asked for a callback about a deep clean for the studio
C: oh yes thanks for calling back we're reopening after the renovation
A: congrats for the main room changing rooms and the lobby the deep clean is four fifty
C: okay that sounds fair
A: the new floors would also benefit from a sealing coat it's normally one twenty five but since you're a new customer i can do a hundred
C: oh nice yes do the floors too
A: great when do you reopen
C: the first so ideally the twenty ninth
A: the twenty ninth works so deep clean plus floor sealing on the twenty ninth at nine am
C: yes that's perfect thank you this is a huge weight off""", True, 100.0, "positive", "deep clean booked; floor sealing revised from $125 to $100 and accepted"),

("FR19_069", "Hannah Cho", "2026-11-12T18:40:00", "clean", """A: Skyward Airlines, Hannah speaking.
C: Hi, I need to cancel my flight to Chicago on the 9th. Confirmation QL72RB.
A: I have it. Since it's a main cabin fare, you'll get a travel credit for the full $286.
C: Not a refund?
A: A refund is only available on refundable fares, I'm afraid. The credit is good for a year.
C: Okay. I fly enough that I'll use it.
A: Great. It's cancelled and the credit's on your account.
C: Okay. Thanks.
A: Anything else today?
C: No, that's it.""", False, 0.0, "neutral", "cancellation for credit; no purchase; calm"),

("FR19_070", "Tobias Grant", "2026-11-13T14:15:00", "asr", """A: hi this is tobias from comfort air our tech noted your furnace is about twenty two years old
C: oh yeah he mentioned it might be on its last legs
A: we've got a high efficiency unit installed for forty two hundred with a rebate of five hundred from the utility
C: hmm okay that's interesting
A: would you like to go ahead and get it on the schedule before winter
C: i'm interested but can you email me the full quote i want to compare it with what my brother in law paid
A: absolutely i'll send it today
C: great you guys did a really good job on the ac last year so you're the first call
A: appreciate that
C: talk soon""", False, 0.0, "positive", "interest, asks for quote by email; praise for past work"),

("FR19_071", "Amara Nwosu", "2026-11-16T10:55:00", "asr", """A: clearlink this is amara
C: hi i'm cancelling my tv package i'm moving everything to streaming
A: sorry to hear that can i offer you fifty percent off for six months
C: no thanks
A: what about dropping to the basic package at twenty nine a month
C: look i've said no twice i've been trying to cancel this online for a week and your site sends me to this number
A: i understand i'll process it now
C: and no more offers please
A: the cancellation is done effective the end of the billing period
C: okay finally""", False, 0.0, "negative", "retention offers refused; cancelled; irritated"),

("FR19_072", "Kevin Walsh", "2026-11-17T17:00:00", "clean", """A: Trattoria Belmonte, Kevin speaking.
C: Hi, pickup order please. Two lasagnas and a large Caesar.
A: Two lasagnas, one large Caesar. Garlic bread with that? It's $6.50.
C: Oh, go on then.
A: And the tiramisu is back this week, $8 a slice.
C: Two slices. We deserve it.
A: Two lasagnas, large Caesar, garlic bread, two tiramisu. Ready at 6:15 under...?
C: Bianca. 6:15 is great.
A: See you then.
C: Thanks, Kevin, you guys are the best.""", True, 22.5, "positive", "takeout order; garlic bread 6.50 + 2 tiramisu x $8 = 22.50"),

("FR19_073", "Sofia Brandt", "2026-11-18T14:40:00", "asr", """A: hi this is sofia from tristate equipment is this the front office at birch and cole
C: yes this is janelle
A: hi janelle your copier is coming off lease and i wanted to offer you the newer model
C: okay
A: it's a hundred and ten a month ten less than what you pay now and it's faster
C: oh cheaper and faster huh
A: exactly shall i send the paperwork
C: uh i'd have to talk to mark he's the partner who signs the leases he's back monday
A: sure i'll call monday afternoon
C: okay""", False, 0.0, "neutral", "deferral to partner who signs"),

("FR19_074", "Jerome Pike", "2026-11-19T11:30:00", "asr", """A: voxa business jerome speaking
C: yeah i need a toll free number for my shop apparently
A: sure a toll free number is nineteen ninety nine a month plus usage
C: plus usage of course it is
A: usage is three cents a minute
C: and there's no way around that
A: afraid not that's the carrier rate
C: fine set it up my franchise contract says i need one
A: done the number will be live tomorrow
C: can't wait to pay for it
A: is there anything else
C: no""", True, 0.0, "negative", "grudging purchase of toll-free number (main product); sarcastic"),

("FR19_075", "Ines Duarte", "2026-11-20T08:20:00", "clean", """A: Hi, it's Ines from Brewline Supply, calling for your monthly janitorial order.
C: Hi Ines. Same as usual: six cases of paper towels, four of toilet paper.
A: Six and four. We've got nitrile gloves on offer, $12 a box.
C: Three boxes.
A: Three boxes of gloves. And the mop heads, you usually take two?
C: Yes, two mop heads. Oh wait, no, we got mop heads from the hardware store last week. Drop the mop heads.
A: No mop heads. So six towels, four toilet paper, three boxes of gloves, delivery Thursday.
C: That's right.
A: Perfect.
C: Okay, bye.""", True, 36.0, "neutral", "order confirmed; 3 glove boxes x $12 = 36; mop heads retracted by name"),

("FR19_076", "Callum Reid", "2026-11-23T12:35:00", "asr", """A: brightbox callum speaking
C: hi i bought an iphone from you two weeks ago and the screen's already cracked
A: oh no did you get the protection plan with it
C: no nobody offered me one
A: i'm sorry about that the repair is two seventy nine or we can still add the plan but it won't cover existing damage
C: so two hundred seventy nine for a phone i've had two weeks
A: i'm afraid so unless it's a manufacturing defect
C: it fell off a table that's hardly my fault the glass is rubbish
A: i can book it in for an inspection for free to check
C: no forget it i'll take it to the place at the mall they'll do it for half that
A: okay sorry we couldn't help
C: yeah so am i""", False, 0.0, "negative", "repair and plan declined; free inspection declined"),

("FR19_077", "Mei Tanaka", "2026-11-24T10:00:00", "asr", """A: riverside dental mei speaking
C: hi i need to book a crown my dentist said i should get it done soon
A: sure i have december third at ten
C: okay put me in for that
A: done and just so you know with your plan the crown is about six hundred out of pocket
C: six hundred oh that's a lot more than i was told
A: your annual maximum is nearly used up it resets in january
C: hmm then cancel the third i'll wait till january
A: sure i've cancelled it would you like a january date instead
C: not now i'll call after new year honestly it's a bit disappointing nobody mentioned that
A: i understand i'm sorry
C: okay bye""", False, 0.0, "negative", "appointment booked then cancelled in the same call; disappointed"),

("FR19_078", "Omar Haddad", "2026-11-25T13:05:00", "clean", """A: Hi, this is Omar from Tillpoint. We've just launched an AI phone assistant that takes reservations for restaurants.
C: Oh, great. Exactly what my customers want, talking to a robot.
A: It actually sounds very natural. It's $79 a month and handles unlimited calls.
C: My regulars call because they want to talk to Lucia at the front. That's the whole point of the place.
A: It would only pick up when she's busy.
C: When she's busy, they call back. They've been doing it for thirty years.
A: Would you be open to a free two-week trial?
C: No. And I'll be honest, the last thing you sold me, the tablet menus, were a disaster.
A: I'm sorry to hear that. I'll pass that on.
C: Please do. Goodbye.""", False, 0.0, "negative", "sarcastic refusal; complains about earlier product"),

("FR19_079", "Rachel Stone", "2026-11-26T11:20:00", "asr", """A: oakline outdoor this is rachel
C: hi i've been on hold for twenty minutes which is not great but anyway i want the patio heater from the ad
A: sorry about the wait the tall pyramid heater that's three forty nine
C: yeah that one i'll take it
A: great do you want a weather cover for it it's thirty nine
C: yes we get a lot of rain
A: and it runs on propane we've got two full tanks for fifty five
C: oh i don't have any tanks so yes the two tanks
A: so the heater the cover and two tanks delivered saturday the twenty second
C: yes that's right and you know you've been really helpful worth the wait actually
A: thank you enjoy it""", True, 94.0, "positive", "heater bought; cover 39 + two tanks for 55 (bundle price) = 94; annoyed start, pleased end"),

("FR19_080", "Victor Lund", "2026-11-27T09:35:00", "asr", """A: halden insurance victor speaking
C: hi i just moved and i need to update my address on my car policy
A: of course what's the new address
C: it's two oh four willow street apartment six b in lakeview
A: got it two oh four willow street apartment six b and the zip
C: nine eight one one two
A: done your premium stays the same at ninety two a month
C: oh good i was worried it would go up
A: nope same rate
C: amazing thank you so much that was way easier than i expected""", False, 0.0, "positive", "address change only, no purchase; pleased"),
]
