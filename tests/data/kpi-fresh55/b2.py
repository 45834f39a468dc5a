CALLS = [
("FR55_021", "Janelle Fortier", "2026-11-10T11:05:00", "clean",
"""A: ClearSkin Dermatology, Janelle speaking.
C: Hi, I have a mole that's changed shape and my GP wants me seen soon. What's your first opening?
A: Let me look. The first new-patient opening is January 19th at 9:40.
C: January? That's more than two months away.
A: I know, I'm sorry. I can put you on the cancellation list.
C: My doctor said soon. Is there really nothing?
A: I'm afraid not with any of our providers before then.
C: Six, eight weeks for something like this. Forget it, I'll go somewhere that actually has appointments.
A: I understand. I'm sorry we couldn't help sooner.
C: So am I. Unbelievable.""",
False, 0.00, "negative", "first slot refused 'Forget it, I'll go somewhere...'; 'Unbelievable'"),

("FR55_022", "Kwame Mensah", "2026-11-10T14:20:00", "asr",
"""A: palm crest resort reservations kwame speaking
C: hi yeah i want to book three nights starting the eighteenth for two adults
A: okay i have a standard garden view at one seventy nine a night and i can upgrade you to ocean view for forty dollars more a night so one twenty extra for the stay
C: hmm could i do the ocean view just for the first night
A: unfortunately the upgrade has to be for the whole stay since it's a room change
C: okay no then just the standard is fine
A: sure so standard garden view three nights from the eighteenth to the twenty first two adults five hundred thirty seven dollars before tax is that right
C: mhm yes that's right
A: great you're confirmed i'll send the email now
C: okay thanks""",
True, 0.00, "neutral", "'mhm yes that's right' to the read-back; ocean view upgrade refused 'no then just the standard'"),

("FR55_023", "Hannah Brightwater", "2026-11-11T09:30:00", "clean",
"""A: Meridian Air, this is Hannah.
C: Hi, I need four tickets to Orlando on December 20th, two adults and two kids.
A: I have a 9:15 a.m. flight at $212 per person, $848 total. On this fare, seats are assigned at check-in, so to guarantee you sit together it's $12 per seat.
C: So I have to pay extra to sit next to my own kids. Wonderful.
A: I'm sorry, that's how the basic fare works. Would you like the seats?
C: Yes, add seats for all four. I'm not having my seven-year-old sit alone.
A: Okay, that's $48 for four seats. Would you like to add a checked bag for $35?
C: No, we'll do carry-ons.
A: So four passengers, December 20th at 9:15 to Orlando, with four seats together, $896. Correct?
C: Yes, that's correct. Still think it's a rip-off, but fine.""",
True, 48.00, "negative", "'Yes, that's correct' to read-back; seats 4 x $12 = 48 accepted, bag $35 declined; sarcastic 'Wonderful', 'rip-off'"),

("FR55_024", "Luis Arreola", "2026-11-11T12:45:00", "clean",
"""A: Casa Luna, Luis speaking.
C: Hi, I have a reservation for Thursday at 7:30 under Benson, party of eight. I need to cancel it.
A: Oh, I'm sorry to hear that. Would you like to move it to another night instead?
C: No, the whole trip fell through. Just cancel it, please.
A: No problem. Since it's more than 48 hours out, there's no cancellation charge.
C: Oh, good, I was worried about that.
A: It's all cancelled. We hope to see you another time.
C: Definitely. Thanks for being so understanding, we'll come when we're back in town.
A: You're welcome, take care.
C: You too, bye.""",
False, 0.00, "positive", "cancellation, rebooking refused 'No... Just cancel it'; 'Thanks for being so understanding'"),

("FR55_025", "Ingrid Solberg", "2026-11-11T15:15:00", "asr",
"""A: precision auto care ingrid speaking
C: hi i need an oil change on my civic sometime this week
A: sure i have thursday at eight or friday at one
C: thursday at eight
A: okay it's a synthetic oil change sixty nine ninety five and while it's in we can do a tire rotation for twenty five dollars
C: uh yeah sure do the rotation
A: and your cabin air filter is probably due it's thirty nine
C: no just the oil and the rotation
A: okay thursday at eight oil change and tire rotation ninety four ninety five does that sound right
C: yep
A: you're all set see you thursday""",
True, 25.00, "neutral", "'yep' to read-back; tire rotation twenty five dollars accepted, cabin filter thirty nine declined"),

("FR55_026", "Chidi Nwosu", "2026-11-12T10:00:00", "clean",
"""A: The Copper Pot Cooking School, Chidi speaking.
C: Hi, I'd like two spots in the pasta-making class on the 22nd.
A: Let me check. I'm sorry, the 22nd is completely full.
C: Oh. Is there another date?
A: The next pasta class is in January, and that one's already full too.
C: Oh, that's a shame.
A: I can put you on the waitlist for the 22nd. If someone cancels, I'll call you.
C: Sure, put us on the list. The name's Ruiz.
A: Done. You're first on the waitlist.
C: Okay. Thanks.""",
False, 0.00, "neutral", "class full, only a waitlist, nothing booked; 'Oh, that's a shame' then flat 'Okay. Thanks.'"),

("FR55_027", "Rebecca Tanaka", "2026-11-12T13:35:00", "asr",
"""A: valley vine tours rebecca speaking
C: hi how much is the winery tour on saturdays
A: the saturday tour is one hundred twenty nine dollars per person and it includes three wineries
C: one twenty nine per person
A: yes one twenty nine and that includes the tastings and transport
C: does it include lunch at least
A: lunch is an add on for thirty five
C: wow so one twenty nine plus thirty five to drink a few thimbles of wine that's a real bargain
A: a lot of guests feel it's good value for the full day
C: yeah i'm sure they do no thanks""",
False, 0.00, "negative", "price questions only (one twenty nine repeated); sarcastic 'that's a real bargain', 'no thanks'"),

("FR55_028", "Owen McAllister", "2026-11-12T16:10:00", "clean",
"""A: Pacific Crest Rail, Owen speaking.
C: Hi, I'd like to book the overnight train to Portland on the 3rd, one person.
A: Sure. A roomette is $340, and that includes dinner and breakfast.
C: What's the step up from that?
A: A bedroom has its own bathroom and shower, and it's $210 more, so $550.
C: You know what, it's my birthday trip. I'll take the bedroom.
A: Lovely. So one bedroom on the overnight to Portland on December 3rd, $550 including meals. Shall I book it?
C: Yes, book it.
A: Done, confirmation PCR-9081.
C: Fantastic, I've wanted to do this trip for years. Thank you!""",
True, 210.00, "positive", "bedroom upgrade $210 more accepted 'I'll take the bedroom'; 'Yes, book it'; 'Fantastic... Thank you!'"),

("FR55_029", "Fatima Haddad", "2026-11-13T09:20:00", "asr",
"""A: sharp and co barbers fatima speaking
C: hey do you have anything saturday for a fade
A: saturday we have eleven or twelve thirty with marcus
C: hmm i might have work saturday let me check my schedule first
A: sure no problem
C: yeah i'll call you back once i know
A: okay and is your number still five five five two one eight four
C: yes that's my number
A: great we'll keep an eye out for your call
C: cool thanks""",
False, 0.00, "neutral", "'let me check my schedule... i'll call you back' - deferral; 'yes that's my number' is not a booking"),

("FR55_030", "Gregory Pastore", "2026-11-13T11:50:00", "clean",
"""A: Sparkle Home Cleaning, Gregory speaking.
C: Hi, I'd like to book a deep clean for my apartment before my parents visit. Two bedrooms.
A: Sure. A two-bedroom deep clean is $240. I have Tuesday morning or Wednesday afternoon.
C: Tuesday morning, please.
A: We can also do the inside of the fridge and oven for $45.
C: Oh, yes, add that.
A: Okay, Tuesday at 9 a.m., deep clean plus fridge and oven, $285.
C: Actually, skip the fridge and oven, I'll do that myself this weekend. Just the deep clean.
A: No problem. So just the deep clean, Tuesday at 9, $240.
C: Perfect. Great, I'm so glad I finally called you guys.""",
True, 0.00, "positive", "deep clean booked 'Perfect'; fridge/oven $45 accepted then retracted 'skip the fridge and oven'; 'so glad I finally called'"),

("FR55_031", "Naomi Castellanos", "2026-11-13T14:05:00", "clean",
"""A: The Wexford Hotel, Naomi speaking.
C: Hi, I need three rooms for my sister's wedding weekend, arriving Friday the 4th of December.
A: Wonderful. Three queen rooms at the wedding block rate of $159 a night. So that's three rooms, Friday and Saturday night, checking out Sunday the 6th?
C: No, we're staying through Sunday night, so three nights, checking out Monday.
A: Got it, three nights, checking out Monday the 7th. Will you need parking? It's $15 per car per night.
C: We'll need parking for two of the cars.
A: That's two cars for three nights, $90 total for parking.
C: Yes, that's fine.
A: So three queen rooms for three nights, December 4th to 7th, plus parking for two cars, $1,521 before tax. Is that right?
C: That's right. Thank you, this was much easier than I expected!""",
True, 90.00, "positive", "customer corrected nights then 'That's right' to read-back; parking 2 cars x 3 nights = $90 total accepted; 'much easier than I expected!'"),

("FR55_032", "Victor Almeida", "2026-11-16T10:40:00", "asr",
"""A: hillside veterinary clinic victor speaking
C: hi i need to bring my dog in for her yearly shots
A: sure what's her name
C: her name's biscuit
A: okay i can see biscuit on monday at three fifteen or tuesday at nine
C: monday at three fifteen please
A: great biscuit monday at three fifteen for her annual vaccines and we can also do a nail trim while she's here for fifteen dollars
C: oh yes please she hates it when i do it at home
A: okay i've added the nail trim you're booked
C: you're a lifesaver thank you so much""",
True, 15.00, "positive", "'monday at three fifteen please', agent 'you're booked'; nail trim fifteen dollars accepted 'oh yes please'; 'thank you so much'"),

("FR55_033", "Marisol Okafor", "2026-11-16T13:00:00", "clean",
"""A: Bluewing Airlines, Marisol speaking.
C: Hi, I want to book the 6 p.m. flight to Chicago on Friday, one adult.
A: That's $278. Can I get your card details?
C: Sure, it's a Mastercard.
A: Thank you. Hmm, I'm sorry, our payment system is returning an error. It's been going down on and off this afternoon.
C: Can you just hold the seat?
A: I'm not able to hold a fare without payment. Could you call back in an hour, or book on the website?
C: The website is what told me to call you, it kept crashing.
A: I'm really sorry. It should be back up soon.
C: You're kidding me. Fine, but if the fare goes up, that's on you. This is a mess.""",
False, 0.00, "negative", "booking failed on a payment-system error, nothing booked; 'You're kidding me... This is a mess.'"),

("FR55_034", "Derek Lindqvist", "2026-11-16T15:30:00", "clean",
"""A: Alder and Oak, events desk, Derek speaking.
C: Hi, I want to book your private dining room for a company dinner on December 11th, twenty people.
A: Lovely. For twenty, our set menu is $55 per person, so $1,100.
C: That's within budget.
A: We also offer a wine pairing with the set menu, $30 per person.
C: Let's do the wine pairing for everyone, it's the holiday party.
A: So that's twenty people, set menu with wine pairing, December 11th at 7 p.m., $1,700 before service. Does that look right?
C: That looks right.
A: Wonderful, the room is yours. I'll send the contract today.
C: Brilliant, thank you. The team is going to love it.""",
True, 600.00, "positive", "'Let's do the wine pairing for everyone' 20 x $30 = 600; 'That looks right' to read-back; 'Brilliant... going to love it'"),

("FR55_035", "Priya Raman", "2026-11-17T09:10:00", "clean",
"""A: Island Hopper Ferries, Priya speaking.
C: Hi, I want a round trip to Orcas Island for two on the 29th, with a car.
A: Sure. Vehicle and driver plus one passenger, round trip, comes to $118.
C: Okay.
A: Would you like to add trip protection for $9? It refunds you if you cancel up to 24 hours before.
C: No insurance, thanks.
A: No problem. So one vehicle, two people, out on the 29th at 8:30, back on the 30th at 4:15, $118. Shall I confirm that?
C: Yes, confirm it.
A: Done, confirmation IHF-3320.
C: Okay, thanks.""",
True, 0.00, "neutral", "'Yes, confirm it'; trip protection $9 declined 'No insurance'; flat close"),

("FR55_036", "Tomasz Wierzbicki", "2026-11-17T11:25:00", "asr",
"""A: roadway car rental tomasz speaking
C: hi i'm pricing out a full size for next week monday to friday
A: sure for that week a full size is sixty four a day so two fifty six for four days
C: sixty four a day hmm that's more than i thought
A: i could do a midsize at fifty two a day
C: honestly i'd book it right now if the full size were under fifty
A: i'm sorry that's the best rate i have for those dates
C: okay yeah i'll keep looking around then
A: no problem feel free to call back
C: yep thanks""",
False, 0.00, "neutral", "conditional 'i'd book it right now if the full size were under fifty', 'i'll keep looking around'; flat"),

("FR55_037", "Janelle Fortier", "2026-11-17T14:45:00", "clean",
"""A: Focal Point Eye Care, Janelle speaking.
C: Hi, I need an eye exam, I think my prescription has changed.
A: Sure. I have Thursday the 19th at 10 or 3:30.
C: 3:30 on Thursday.
A: Okay, so that's a comprehensive eye exam on Friday the 20th at 3:30.
C: No, Thursday. The 19th.
A: Sorry, yes, Thursday the 19th at 3:30. We also offer retinal imaging instead of dilation, it's $39 and not covered by insurance.
C: Yes, please do the imaging, I hate the drops.
A: Done. Thursday the 19th at 3:30, exam with retinal imaging. Is that right?
C: Yes, that's right.""",
True, 39.00, "neutral", "customer corrected the date, then 'Yes, that's right'; retinal imaging $39 accepted"),

("FR55_038", "Kwame Mensah", "2026-11-18T10:15:00", "clean",
"""A: Grand Majestic Theatre, Kwame speaking.
C: Hi, I'd like four tickets to The Nutcracker on December 13th, the matinee.
A: I have orchestra seats at $120 each, or front mezzanine at $75 each.
C: Mezzanine, please. Four at $75.
A: That's $300. We also have a pre-show dinner package at the cafe for $45 per person.
C: Two of us will do the dinner, the kids won't eat anything fancy.
A: Okay, dinner for two, $90. So four mezzanine tickets for the 2 p.m. matinee on the 13th plus dinner for two, $390 total. Shall I book it?
C: Yes, please.
A: All booked.
C: Lovely, this is going to be such a nice day. Thanks so much.""",
True, 90.00, "positive", "dinner package 2 x $45 = 90 accepted; 'Yes, please' to 'Shall I book it'; 'such a nice day. Thanks so much'"),

("FR55_039", "Hannah Brightwater", "2026-11-18T13:40:00", "asr",
"""A: meadowbrook inn hannah speaking
C: yeah i stayed with you last night room two oh eight and i didn't sleep at all there was a party next door until three am
A: oh i'm so sorry to hear that
C: i called the front desk twice and nobody did anything
A: i apologize i can offer you twenty percent off a future stay if you'd like to rebook with us
C: no i don't want to stay there again
A: i understand i can also refund one night's parking
C: whatever i just wanted someone to know how bad it was
A: i've documented it and sent it to the manager
C: yeah okay i'm done""",
False, 0.00, "negative", "complaint; rebooking offer refused 'no i don't want to stay there again'; 'i'm done'"),

("FR55_040", "Luis Arreola", "2026-11-18T16:20:00", "clean",
"""A: Guardian Pest Solutions, Luis speaking.
C: Hi, how much is a one-time visit for ants in the kitchen?
A: A one-time treatment is $159. But our quarterly plan is only $99 a quarter and covers ants, spiders and more.
C: I just need the ants done once.
A: Most people find the quarterly plan saves them money. I can start it this week.
C: I asked for one price. I don't need the hard sell.
A: Of course. The one-time visit is $159, and I have Friday available.
C: I'll think about it. Honestly, the pitch has kind of put me off.
A: Understood. Feel free to call us back.
C: Yeah. Bye.""",
False, 0.00, "negative", "'I'll think about it' - deferral; 'I don't need the hard sell', 'put me off'"),
]
