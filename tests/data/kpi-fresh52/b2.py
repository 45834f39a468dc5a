CALLS = [
("FR52_021", "Aisha Bello", "2026-11-16T09:21:14", "asr",
"""A: brightwave mobile aisha speaking
C: hi um i'm thinking of switching from my current carrier
A: great our unlimited plan is sixty a month and you can add a second line for thirty a month
C: okay yeah i was thinking about a line for my son
A: sure and we'd also have device protection nine a month per line
C: no not the protection
A: okay do you want me to set up the plan and the second line today
C: uh not today i need to see when my contract ends and check with my son if he even wants to switch
A: no problem i can email a summary
C: yeah email's fine""",
False, 0.0, "neutral", "'not today' to the direct closing question; second line only considered"),

("FR52_022", "Daniel Cho", "2026-11-16T11:46:03", "clean",
"""A: The Linden Hotel, Daniel speaking.
C: Hi, I have a king room on hold for the 14th and 15th of December, last name Park. I'd like to confirm it.
A: I see it, Ms. Park, two nights at $210 a night. I'll confirm that now. Can I offer any extras? Breakfast is $18 per person per day, late checkout until 2 pm is $25, and valet parking is $20 a night.
C: Late checkout, yes, our flight isn't until the evening.
A: And breakfast or parking?
C: Breakfast we'll figure out when we're there. Parking, no, we're taking a cab from the airport.
A: Perfect. So the king room on the 14th and 15th with late checkout on the 16th. All confirmed.
C: Perfect, this is exactly what we needed. Thank you!""",
True, 25.00, "positive", "from a list of three extras took only late checkout $25; booking confirmed"),

("FR52_023", "Sophie Laurent", "2026-11-17T10:05:48", "clean",
"""A: FreshCrate, this is Sophie.
C: Hi, I want to cancel my subscription.
A: I can help with that. May I ask why?
C: It's just too expensive for us right now. $74 a week adds up.
A: I understand. I can offer 50 percent off your next three boxes, so $37 each, and you can skip weeks any time.
C: Half off for three weeks... And I can still skip?
A: Yes, skipping is free, no penalty.
C: Okay. I'll stay on with the discount for now.
A: Done, the discount applies starting with Thursday's box.
C: Okay, thanks.""",
True, 0.0, "neutral", "accepted save offer 'I'll stay on with the discount'; discount is not upsell"),

("FR52_024", "Marcus Reed", "2026-11-17T13:33:27", "asr",
"""A: reed auto tire center marcus speaking
C: yeah i've been holding for like twenty minutes i need four tires for a twenty nineteen rav four
A: sorry about the wait the michelin crossclimate are two oh nine each installed
C: jeez okay that's eight hundred bucks
A: yeah eight thirty six and i'd suggest the road hazard protection it's twenty dollars per tire covers nails and blowouts
C: um do i need it
A: it's optional but if you get a nail in the first year it pays for itself
C: yeah okay do it on all four
A: so four crossclimates with road hazard on all four tomorrow at nine
C: yeah fine just don't make me wait like last time that was a joke""",
True, 80.00, "negative", "road hazard twenty dollars per tire 'on all four' = 80; annoyed about waiting"),

("FR52_025", "Hannah Kowalski", "2026-11-18T09:40:15", "clean",
"""A: Willow Barn Events, this is Hannah.
C: Hi! We toured last weekend and we absolutely loved it. We're looking at June 12th next year.
A: Wonderful, June 12th is open. The Saturday package is $8,500 for up to 120 guests.
C: And the uplighting you showed us?
A: That's an add-on, $400, and the lounge furniture set is $650.
C: The uplighting is a must. The furniture maybe.
A: I can hold the date with a $1,000 deposit today if you like.
C: I need to run it by my fiancé first, he's traveling until Tuesday. Can you email me everything?
A: Absolutely, I'll send the quote with the uplighting included.
C: Thank you so much, honestly this place is a dream.""",
False, 0.0, "positive", "deferral 'need to run it by my fiancé first'; 'uplighting is a must' is not a purchase"),

("FR52_026", "Luis Ortega", "2026-11-18T15:12:36", "asr",
"""A: casa lumen this is luis
C: hi i wanted a table for six this saturday at seven thirty
A: let me look um seven thirty is booked i have six fifteen or nine fifteen
C: ugh seriously i called on monday and they said it was open
A: i'm sorry it filled up yesterday
C: fine nine fifteen i guess
A: okay and saturday we do a tasting menu with wine pairing thirty five per person would you like that for the table
C: nah we'll just order off the menu
A: okay six people saturday nine fifteen under what name
C: romero and honestly it's kind of a pain we've got kids with us
A: understood you're all set""",
True, 0.0, "negative", "'fine nine fifteen i guess' booked; wine pairing refused 'nah'; 'kind of a pain'"),

("FR52_027", "Grace Nakamura", "2026-11-19T10:18:52", "clean",
"""A: ElectroMart, Grace speaking.
C: Hi, I want to order the Samsung 65-inch QLED that's on sale, the $899 one.
A: Yes, the Q70. I can do that for you.
C: Can you add wall mounting? What does that cost?
A: Professional wall mount installation is $129, bracket included.
C: Okay, add it. Do they bring cables?
A: No, HDMI cables are extra, $19.99 each.
C: Then two of those.
A: So the 65-inch Q70 at $899, wall mount installation $129, and two HDMI cables at $19.99 each: $1,067.98 before tax. Is that correct?
C: That's correct.
A: Installation is scheduled for Saturday between 12 and 4.
C: Okay. Saturday works.""",
True, 168.98, "neutral", "customer-requested mounting $129 + two cables at $19.99 = 168.98; read-back 'That's correct'"),

("FR52_028", "Ben Adeyemi", "2026-11-19T14:55:07", "clean",
"""A: Skyline Air, this is Ben.
C: I need to move my flight to Chicago from the 9th to the 10th. Same time if possible.
A: I can do that. The 10th at 8:40 has seats. There's a change fee of $75 and no fare difference.
C: Seventy-five dollars to move one day. That's absurd.
A: I understand. On the new flight I can also put you in an extra legroom seat, it's $40 more.
C: No. I'm not paying you another cent.
A: Understood. Shall I go ahead with the change to the 10th at 8:40 for the $75?
C: Yes, do it. I don't have a choice.
A: Done, new confirmation sent.
C: Great. Thanks for nothing.""",
True, 0.0, "negative", "rebooking 'Yes, do it'; $75 change fee is a fee; legroom refused; 'Thanks for nothing'"),

("FR52_029", "Chloe Fitzgerald", "2026-11-20T09:09:41", "asr",
"""A: happy paws vet clinic this is chloe
C: hi i need to bring luna in for her rabies shot it's due this month
A: sure i have wednesday at four or friday at eleven
C: friday at eleven please
A: okay friday at eleven for luna would you like to add a nail trim while she's here it's fifteen dollars
C: oh yes please she hates when i do it
A: ha they all do so rabies booster and nail trim friday at eleven
C: yes
A: we'll see you then
C: thank you you guys are always so sweet with her""",
True, 15.00, "positive", "appointment booked; nail trim fifteen dollars 'oh yes please'"),

("FR52_030", "Ravi Menon", "2026-11-20T13:44:29", "clean",
"""A: Ledgerly customer success, this is Ravi.
C: Hi, our annual subscription renews next week and I got an invoice for $264. Last year it was $240.
A: That's right, the Pro plan went up to $264 a year in September. Your renewal locks that in for twelve months.
C: Nobody told us about that.
A: It was in the August email, but I understand it's easy to miss. I can add the extra storage pack for $5 a month if that helps you get more value.
C: No, we don't need more storage. We need the price not to go up.
A: I can't change the list price, I'm sorry. Do you want me to process the renewal at $264?
C: Not thrilled about it, but fine, renew it. We can't switch mid-year.
A: Renewed, the receipt is on its way.
C: Okay.""",
True, 0.0, "negative", "renewal 'fine, renew it' at restated $264 (the $24 increase is main price, not upsell); storage refused"),

("FR52_031", "Erin Walsh", "2026-11-23T10:31:17", "asr",
"""A: homeroom furniture erin speaking
C: hi i want to order the milo sofa in gray the eighty four inch one
A: sure that's one thousand one ninety nine and delivery would be in about three weeks
C: three weeks wow the website said in stock
A: it ships from our warehouse sorry about that would you like white glove setup forty nine dollars they carry it in and take the packaging
C: uh yeah okay add that
A: okay milo sofa gray with white glove anything else
C: actually you know what never mind the setup my brother can help me carry it
A: no problem i'll take that off so just the sofa shall i place it
C: yeah place it but three weeks is pretty annoying
A: placed you'll get a delivery window by text""",
True, 0.0, "negative", "sofa placed; white glove taken then 'never mind the setup' -> 0; 'pretty annoying'"),

("FR52_032", "Jonah Feldman", "2026-11-23T15:08:55", "clean",
"""A: Keystone Insurance, this is Jonah.
C: Hi Jonah, my homeowners policy is up for renewal and I wanted to go over it.
A: Sure. Your renewal is $1,380 for the year, same coverage as last year. One thing I'd recommend: you're in the updated flood zone now, and the flood rider is $32 a month.
C: Oh, wow, I didn't know the zones changed. The basement flooded a bit in spring actually.
A: Then it may be worth it. It covers up to $50,000 of flood damage.
C: Yes, I'll take the flood rider. And renew everything else as is.
A: Done. Your policy renews on the 1st with the flood rider added.
C: Thank you, I really appreciate you pointing that out. That's why I stay with you guys.""",
True, 32.00, "positive", "renewal + 'I'll take the flood rider' at $32 a month (counted once)"),

("FR52_033", "Maria Delgado", "2026-11-24T09:26:30", "clean",
"""A: Thrill Valley tickets, Maria speaking.
C: Hi! I'd like four one-day tickets for Saturday, December 5th. Two adults, two kids.
A: Great, that's $89 per adult and $69 per child, $316 total. Would you like Fast Lane passes? They're $45 per person.
C: Hmm. Just two of them, for me and my husband. The kids are too small for the big rides anyway.
A: Two Fast Lane passes. And preferred parking is $30.
C: No, regular parking is fine.
A: So four tickets for December 5th plus two Fast Lane passes, that's $406. Shall I charge the card ending 4411?
C: Yes, go ahead. The kids are going to lose their minds!
A: Tickets are in your inbox.
C: Thank you so much!""",
True, 90.00, "positive", "two Fast Lane at $45 per person (partial quantity) = 90; parking refused"),

("FR52_034", "Tom Whitaker", "2026-11-24T14:37:12", "asr",
"""A: brightwave mobile this is tom
C: yeah why is there a fifteen dollar international pack on my bill i never asked for that
A: let me look um it was added on the twelfth
C: i didn't add it i don't even travel
A: i see it was added in store i can remove it and credit the fifteen
C: yes remove it
A: okay removed and credited would you like to hear about our
C: no i don't want to hear about anything
A: okay you're all set
C: this is the second time you people have done this""",
False, 0.0, "negative", "'yes remove it' removes an add-on, no purchase; 'second time you people have done this'"),

("FR52_035", "Priya Raman", "2026-11-25T10:50:44", "clean",
"""A: QuickDrive, Priya speaking.
C: Hi, I'm booking a minivan for three days from the 24th, pickup at the downtown office. Can I get a GPS and a child seat with it?
A: Sure. The minivan is $79 a day. GPS is $12 a day and a child seat is $10 a day, so for three days that's $36 and $30.
C: Thirty-six for GPS? Just the child seat then, I'll use my phone.
A: Okay. So the minivan from the 24th to the 27th with one child seat. Shall I reserve it?
C: Yes, reserve it.
A: Reserved. Bring the driver's license and the card you booked with.
C: Will do. Thanks.""",
True, 30.00, "neutral", "customer-requested extras; kept only child seat, $30 for the three days; 'Yes, reserve it'"),

("FR52_036", "Kevin O'Brien", "2026-11-25T16:02:21", "asr",
"""A: sugar and crumb bakery this is kevin
C: hi i'd like to order a birthday cake for saturday pickup
A: sure our eight inch round is forty five what flavor
C: chocolate with raspberry filling
A: yum we can do buttercream or upgrade to fondant for a smoother look that's twenty more
C: ooh yeah let's do fondant
A: and would you like candles and a topper they're two fifty for the candles
C: no we have candles
A: okay eight inch chocolate raspberry with fondant saturday pickup sixty five total
C: yes that's right
A: great see you saturday
C: thank you i'm so excited my daughter's gonna love it""",
True, 20.00, "positive", "fondant upgrade 'twenty more' accepted; candles refused; read-back confirmed"),

("FR52_037", "Aisha Bello", "2026-11-26T09:13:08", "clean",
"""A: First Meridian, this is Aisha.
C: Hi, I'm moving to the area and I want to open a checking account.
A: Welcome! Our Basic Checking has no monthly fee with direct deposit. There's also Premium Checking, $12 a month, waived with a $5,000 balance, which gets you ATM fee refunds.
C: Basic is probably enough.
A: I can open it for you over the phone now, it takes ten minutes.
C: Do I need to bring documents anyway?
A: We'd verify ID online with a photo of your license.
C: I'd rather do it in person. I'll come into the branch next week.
A: Of course, the Main Street branch is open until 5.
C: Okay, thanks.""",
False, 0.0, "neutral", "deferral 'I'll come into the branch next week'; premium not taken"),

("FR52_038", "Daniel Cho", "2026-11-26T12:29:50", "asr",
"""A: comfortzone this is daniel
C: yeah my ac is making a grinding noise and i want someone to look at it
A: sure our diagnostic visit is one ninety nine and that goes toward the repair if you use us
C: one ninety nine just to show up that's insane
A: i understand it includes the full system check and we can add a coil cleaning for seventy nine while we're there
C: i'm not adding anything i'm not even sure i'm paying the one ninety nine
A: i have thursday open if you want it
C: no i'll call back after i get another quote this is way too much
A: okay no problem""",
False, 0.0, "negative", "refused visit and coil cleaning; 'that's insane', 'way too much'"),

("FR52_039", "Sophie Laurent", "2026-11-27T10:42:35", "clean",
"""A: Serenity Day Spa, this is Sophie.
C: Hi, I'd like to book a couples massage for Saturday afternoon, it's a surprise for my wife.
A: How sweet. Our couples massage is $240, and we can add aromatherapy for $15 per person.
C: Yes, add the aromatherapy for both of us. Any time after 1.
A: Let me look... I'm sorry, Saturday is fully booked for couples rooms. I have Sunday at 10 or next Saturday.
C: Sunday won't work, we're at her parents'. And next Saturday is too late, it's her birthday this weekend.
A: I'm so sorry. I can put you on the waitlist for this Saturday.
C: Sure, put me on the list. Really wish your website had said that before I called.
A: Done, I'll call if anything opens.
C: Okay. Kind of ruins the plan.""",
False, 0.0, "negative", "booking could not be fulfilled (fully booked), only a waitlist; aromatherapy lapses"),

("FR52_040", "Marcus Reed", "2026-11-27T14:16:02", "clean",
"""A: The Daily Ledger, subscriber services. This is Marcus.
C: Hi, I have the digital subscription. I saw something about adding the weekend print edition?
A: Yes, for digital subscribers it's $4 more a month for Saturday and Sunday delivered.
C: Four dollars a month... Is there a discount if I prepay the year?
A: Not on the add-on, I'm afraid. It would be $48 for the year.
C: Hmm. If it were two bucks I'd do it. I read most of it on my phone anyway.
A: Understood. Want me to send you a link in case you change your mind?
C: Sure, send the link.
A: Sent. Anything else?
C: No, that's it. Thanks.""",
False, 0.0, "neutral", "conditional 'If it were two bucks I'd do it'; 'Sure, send the link' is not a purchase"),
]
