CALLS = [
("FR11_001", "Priya Natarajan", "2026-11-02T09:14:07", "clean",
"""A: Thanks for calling Hollow Oak Apiary Supply, this is Priya.
C: Hi, I lost both my colonies over the winter and I need to start over. I was looking at the ten-frame starter hive.
A: That's the $289 kit: two deep boxes, frames, foundation, inner and outer cover.
C: Okay, I'll take that one.
A: Got it. A lot of folks add a queen excluder with it, that's $24.50. We also have the stainless smoker for $42.
C: The excluder, yes. I've still got my old smoker, it works fine.
A: Perfect, so the starter hive plus the excluder, shipping Thursday.
C: Honestly you've saved my season. I thought I'd be waiting until June.
A: Happy to help. You'll get tracking by email.
C: Wonderful, thank you.""",
True, 24.50, "positive", "hive kit is main purchase; excluder $24.50 accepted, smoker refused; customer grateful"),

("FR11_002", "Tomasz Wojcik", "2026-11-02T10:41:55", "asr",
"""A: midplains grain services this is tomasz
C: yeah hi uh we got four bins out here and the insurance guy wants them inspected before spring
A: sure we can do that the inspection is a hundred ten per bin and we can come out the eighteenth
C: the eighteenth works go ahead and put us down
A: okay youre booked for the eighteenth um we also sell a moisture sensor we install it while were there its thirty five dollars per bin
C: hm do i need it on all four
A: most people just do the older ones
C: yeah just do two of them the two old steel ones
A: alright two sensors added on the eighteenth
C: okay thanks""",
True, 70.00, "neutral", "inspection booked; 2 sensors x $35 = 70; plain tone"),

("FR11_003", "Delphine Okafor", "2026-11-02T13:05:31", "clean",
"""A: Keystone Piano Care, Delphine speaking.
C: Yes. I had a tuning booked for yesterday at 2. Nobody came. Nobody called.
A: I'm so sorry. I see the technician was rescheduled and the notice didn't go out.
C: I took the afternoon off work for that.
A: I understand. I can put a $40 credit on your account and rebook you for next week.
C: I'll take the credit. I'm not booking again right now, I need to check my schedule.
A: Of course. Call us whenever you're ready.
C: Fine.""",
False, 0.0, "negative", "complaint; credit not a purchase; rebooking deferred; curt, aggrieved"),

("FR11_004", "Rafael Ibarra", "2026-11-03T11:20:12", "asr",
"""A: thanks for calling the locked vault escape rooms this is rafael
C: hi um i want to book the pharaohs tomb room for six people saturday at seven
A: okay let me try that for you six at seven
C: yeah its for my sons birthday
A: im so sorry it looks like that slot just got taken while i was entering it the system wont let me book it and saturday is full now
C: oh
C: thats a shame we were really looking forward to it
A: i could put you on the wait list
C: no its okay i guess well figure something else out bye""",
False, 0.0, "negative", "booking failed, nothing else booked; quiet disappointment"),

("FR11_005", "Mei Lin Chu", "2026-11-03T14:48:40", "clean",
"""A: Blue Fathom Charters, Mei Lin here.
C: Hi! We'd like the 34-foot sloop for the weekend of the 21st.
A: She's free. The bareboat weekend rate is $1,450.
C: Great, let's book it.
A: Done. Does anyone in your group hold a skipper's certificate?
C: Um, not really. My husband thinks he does.
A: Then I'd suggest our skipper, $180 per day, so Saturday and Sunday.
C: Yes, definitely add the skipper for both days. I'd like to stay married.
A: Ha, noted. We also do a provisioning package at $95, groceries loaded before you arrive.
C: No, we'll shop ourselves. This is going to be so much fun, thank you!""",
True, 360.00, "positive", "charter booked; skipper $180/day x 2 = 360; provisioning declined"),

("FR11_006", "Oskar Lindqvist", "2026-11-03T16:02:18", "asr",
"""A: fleece and fiber shearing services oskar speaking
C: hi yeah uh how much do you charge for alpacas i got like nine of them
A: its twenty eight a head plus a farm call of sixty
C: okay and you do toenails too
A: toenails are included
C: alright um let me talk to my brother first theyre half his animals
A: no problem want me to pencil something in
C: nah not yet ill call you back next week
A: sounds good
C: okay thanks bye""",
False, 0.0, "neutral", "price inquiry, deferral to brother; neutral"),

("FR11_007", "Fatima Haddad", "2026-11-04T08:33:09", "clean",
"""A: Lexica Translation Services, this is Fatima.
C: Hello. I need my birth certificate translated from Arabic to English for an immigration file.
A: A certified translation of a one-page certificate is $65. Do you need it notarized? That's $20. And we have rush, 24 hours, for $35.
C: My deadline is in three weeks, so no rush. Just the notary one.
A: So certified translation with notarization. Please send a scan to the address I'm emailing you.
C: Yes, go ahead with that.
A: Great, I've opened the order.
C: Okay. Thank you.""",
True, 20.00, "neutral", "translation ordered; notarization $20 taken, rush refused; routine"),

("FR11_008", "Jonah Whitaker", "2026-11-04T10:17:44", "asr",
"""A: ironworks fitness member services this is jonah
C: yeah i wanna cancel i havent been in since like august
A: i can help with that before i do can i offer you something we can drop you to nineteen ninety nine a month for the next six months
C: what is it now
A: its thirty nine ninety nine
C: uh huh
C: um okay fine ill stay on the cheaper one i guess but if i still dont go im cancelling in may
A: fair enough ive switched you to the nineteen ninety nine rate
C: okay""",
True, 0.0, "neutral", "retention offer accepted = conversion; discount is not an upsell; grudging acceptance"),

("FR11_009", "Ines Carvalho", "2026-11-04T12:52:26", "clean",
"""A: Good afternoon, Crumb & Tier Bakery, Ines speaking.
C: Hi, I'm calling about a wedding cake for December 12th. Three tiers, lemon and elderflower.
A: Lovely. For 120 guests that's $420.
C: Perfect, please put the order in.
A: Wonderful. Would you like hand-made sugar flowers cascading down the side? $60.
C: Oh yes, add those.
A: Added.
C: Wait, actually scratch the flowers. My aunt is bringing real peonies from her garden.
A: No problem, flowers removed, cake is $420.
C: Brilliant. Your lemon sponge at the tasting was honestly the best thing I ate all year.""",
True, 0.0, "positive", "cake ordered; sugar flowers accepted then retracted -> 0; praise"),

("FR11_010", "Kwame Boateng", "2026-11-05T09:03:58", "asr",
"""A: northline fiber billing this is kwame how can i help
C: yeah my bill is twelve dollars higher again
A: let me look um yes there was an equipment fee applied by mistake
C: oh wonderful third time this year love that for me
A: im sorry about that im putting a credit of twelve dollars on the account
C: sure and ill be calling again in march right
A: i added a note so it shouldnt reapply
C: yeah we'll see""",
False, 0.0, "negative", "billing correction; credit not a purchase; sarcasm"),

("FR11_011", "Sunniva Berg", "2026-11-05T11:36:21", "clean",
"""A: Wag & Lather Grooming, Sunniva speaking.
C: Hi, I need a full groom for my standard poodle, Biscuit.
A: We have Tuesday the 10th at 9:30. Full groom for a standard is $95. Nail grinding is an extra $12 if you want it.
C: Yes, do the grinding too, she hates clippers.
A: Okay. Please confirm: Biscuit, full groom plus nail grinding, Tuesday the 10th at 9:30 a.m., $107 total.
C: Yes, that's right. Do I need to bring her vaccination papers?
A: Just the rabies certificate. You're all set.
C: Okay, thanks.""",
True, 12.00, "neutral", "read-back confirmed with follow-up question; nail grinding $12 add-on; total not counted"),

("FR11_012", "Arturo Medina", "2026-11-05T15:10:03", "asr",
"""A: sunward panel cleaning this is arturo
C: hi um we had you guys out last month and my output went up a lot
A: thats great to hear
C: yeah so you mentioned some kind of yearly plan
A: right the annual plan is four cleanings for three twenty instead of a hundred each
C: okay that sounds good uh i'll think about it and talk to my wife its a lot at once
A: totally understand ill email you the details
C: perfect that was really helpful actually thanks""",
False, 0.0, "positive", "interest + deferral, no commitment; positive about previous service"),

("FR11_013", "Hana Sato", "2026-11-06T10:25:47", "clean",
"""A: Ridgecrest Observatory, Hana speaking.
C: Hello! Do you still have spots on the Saturday night sky tour?
A: We do. Tickets are $28 per person.
C: Three please, me and my two kids.
A: Sure. We also rent small telescopes for the tour, $15 per person, so each kid can have their own.
C: Oh, that would stop the fighting. Yes, for all three of us.
A: So three tickets and three telescope rentals for Saturday at 8:30 p.m.
C: Yes, that's it. My daughter is going to lose her mind, she's obsessed with Saturn.
A: Saturn's well placed this month, she'll see the rings.
C: Amazing, thank you so much!""",
True, 45.00, "positive", "3 tickets main; telescope $15 x 3 = 45; excited"),

("FR11_014", "Gideon Pruitt", "2026-11-06T13:44:15", "asr",
"""A: haul right truck rental gideon speaking
C: hi i need a fifteen footer for the twenty second um one way to spokane
A: okay that truck is available the rate is two eighty nine plus mileage
C: thats fine book it
A: booked do you need a dolly its ten dollars
C: yeah throw in the dolly
A: and furniture pads we rent them at two dollars each
C: uh how many would i need for a two bedroom
A: usually a dozen
C: okay a dozen then
A: so a dolly and twelve pads
C: yep thats it""",
True, 34.00, "neutral", "truck booked; dolly $10 + 12 pads x $2 = 34"),

("FR11_015", "Leila Moradi", "2026-11-06T16:29:30", "clean",
"""A: Tallyforge support, Leila speaking.
C: Hi, I'm locked out of my account after the update.
A: I can send a reset link. Is it still jane.okoro@riverlane.co?
C: Yes, that's my email.
A: Sent. It's valid for 30 minutes.
C: Got it. It's in my inbox.
A: Anything else?
C: No, that's all, thanks.""",
False, 0.0, "neutral", "support; yes to email is not a purchase"),

("FR11_016", "Rafael Ibarra", "2026-11-09T09:12:48", "asr",
"""A: bluewater spa repair rafael speaking
C: yeah my hot tub heater died again second time since june
A: oh no okay the earliest tech visit is the twenty fourth
C: the twenty fourth thats two weeks away
A: i know im sorry were backed up
C: two weeks is a joke honestly but fine book it
A: okay youre on the twenty fourth between eight and noon would you like a replacement filter while hes there its thirty four
C: what does the filter cost on amazon
A: i couldnt say
C: no just the heater""",
True, 0.0, "negative", "repair visit booked grudgingly; filter price asked then declined; irritated"),

("FR11_017", "Tomasz Wojcik", "2026-11-09T11:58:02", "clean",
"""A: Porto Vivo Language School, this is Tomasz.
C: Hi, I'd like to enroll in the spring beginner Portuguese course.
A: Great choice. The 12-week course is $340.
C: Let's do it.
A: You're enrolled. There's also our Thursday conversation club; it's normally $60 for the term.
C: Hmm, $60 on top is a bit much right now.
A: I can do $45 for you since you're enrolling in the full course.
C: Okay, at $45 I'm in.
A: Excellent, added at $45.
C: Obrigada! I'm really excited about this.""",
True, 45.00, "positive", "course enrolled; club revised $60 -> $45 accepted -> 45"),

("FR11_018", "Delphine Okafor", "2026-11-10T14:21:36", "asr",
"""A: cornerstone seamless gutters this is delphine
C: hi so you guys put in our gutters in october and now the leaves are clogging them like every week
A: oh yeah this time of year its rough we do have a gutter guard we can fit on your existing gutters
C: how much
A: its six dollars a foot and youve got um forty feet on the house
C: yeah okay lets do that on the whole thing
A: all forty feet okay ill have the crew out friday
C: great friday works thank you i really didnt want to climb up there again""",
True, 240.00, "positive", "add-on to gutters bought before the call: 40 ft x $6 = 240; relieved"),

("FR11_019", "Mei Lin Chu", "2026-11-10T16:40:59", "clean",
"""A: Corvid Air, Mei Lin speaking. How can I help?
C: Hi, I'm on flight 418 to Reykjavik on the 28th, confirmation KX7Q2L. Can I get more legroom?
A: Let me check... yes, an extra-legroom exit row seat is $79 for that flight.
C: I'm six foot five, so yes please, I'll take it.
A: Done, seat 14C. Your new boarding pass will be emailed.
C: Fantastic. You've made a seven-hour flight bearable, thank you.""",
True, 79.00, "positive", "seat upgrade $79 on an existing ticket; grateful"),

("FR11_020", "Oskar Lindqvist", "2026-11-10T17:32:11", "asr",
"""A: greenway pharmacy oskar speaking
C: hi im calling about my refill it was supposed to be ready at noon
A: let me check um it looks like were waiting on the insurance authorization
C: again
A: yes im sorry it should come through by tomorrow
C: whatever i guess ill come back tomorrow this happens every single month
A: i'll call you when its ready
C: sure""",
False, 0.0, "negative", "support; refill delayed; resigned frustration"),
]
