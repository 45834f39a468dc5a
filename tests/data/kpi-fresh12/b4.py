# FR12 batch 4 (FR12_061 - FR12_080), hand-written
CALLS = [
("FR12_061", "Priya Raman", "2026-11-26T10:20:00", "clean",
"""A: Current Electric, Priya speaking.
C: Hi, I got your quote for the EV charger install, $1,450. We'd like to go ahead.
A: Great. I can schedule it for Tuesday, December 1st.
C: Tuesday works.
A: The electrician noted you asked about an outdoor outlet by the patio. That's $180 extra if we do it the same day.
C: Yes, let's add the outlet while he's there.
A: Done. So the charger plus the patio outlet, Tuesday from 8 am.
C: Okay. Will he need access to the panel in the basement?
A: Yes, just make sure it's clear.
C: Will do.""",
True, 180.0, "neutral", "accepts install and schedules; adds outdoor outlet $180"),

("FR12_062", "Marcus Oyelaran", "2026-11-27T09:00:00", "asr",
"""A: clearsight optometry marcus speaking
C: hi i need to book an eye test my glasses are getting a bit weak i think
A: sure when's good for you
C: uh mornings are better
A: i have monday at nine fifteen
C: yeah that's fine
A: okay and we offer retinal imaging with the test it's thirty nine it's not covered by insurance
C: um yeah go on do that my dad had glaucoma so
A: sensible i've added that monday nine fifteen with imaging
C: okay thanks""",
True, 39.0, "neutral", "books eye test; accepts retinal imaging $39"),

("FR12_063", "Sofia Lindqvist", "2026-11-27T11:25:00", "asr",
"""A: old town walks sofia speaking
C: hi we'd like the evening food tour on friday four of us two adults and two teenagers
A: lovely so that's friday at six four people one ninety total is that right
C: yeah that's right
A: great you're booked we also do a wine tasting stop add on it's fifteen per person adults only of course
C: oh just for the two of us then yeah
A: perfect two wine tastings added
C: brilliant my husband's been talking about this all week thank you""",
True, 30.0, "positive", "confirms read-back; wine add-on $15 per person x 2 adults = 30"),

("FR12_064", "Tomasz Wrobel", "2026-11-28T14:45:00", "clean",
"""A: SecureSpace Storage, Tomasz speaking.
C: Hi, how much is a 10 by 10 unit?
A: $129 a month, and the first month is half price.
C: Is it climate controlled?
A: Yes, all our indoor units are.
C: Okay. Can I reserve one?
A: I can reserve it now with no deposit.
C: Let me talk to my partner first, we haven't decided on the move date yet.
A: Sure. Units go quickly in December, just so you know.
C: Understood. Thanks.""",
False, 0.0, "neutral", "question about reserving then defers to partner"),

("FR12_065", "Aiko Tanaka", "2026-11-28T16:10:00", "asr",
"""A: hi this is aiko at roastery club how can i help
C: hi i'd like to cancel my coffee subscription
A: oh okay can i ask why
C: honestly the last three bags tasted kind of stale like they'd been sitting for weeks
A: i'm sorry about that i can send you a free bag from the new harvest if you'd like to stay
C: no thanks just cancel it please
A: okay it's cancelled you won't be charged on the first
C: okay thanks""",
False, 0.0, "negative", "cancellation; free-bag save offer refused; complaint about quality"),

("FR12_066", "Diego Castellanos", "2026-11-29T13:30:00", "clean",
"""A: Ticketline customer service, Diego speaking.
C: Hi, the Marlowe Brothers show on the 6th has been postponed. Again.
A: Yes, I'm sorry. The new date is March 14th. Would you like to keep your tickets?
C: No, I'd like a refund. That's the third time they've moved it.
A: Of course. That's $180 back to the Visa ending 5512?
C: Yes, that's the card.
A: Done. It should show in 5 to 7 business days.
C: Okay. I'm not holding my breath for them ever actually playing.""",
False, 0.0, "negative", "refund only; yes confirms card; weary and cynical"),

("FR12_067", "Hannah O'Brien", "2026-11-30T08:15:00", "clean",
"""A: Happy Paws Grooming, Hannah speaking.
C: Hi, I need to book Maple in for a groom. She's the cockapoo.
A: Hi! I have Friday at 10.
C: Friday's fine. Book it.
A: Done, full groom, $70. Would you like teeth brushing too? It's $10.
C: Just the groom. And please be careful with her ears this time.
A: Of course. Was there a problem last time?
C: She came home with a cut on her ear and nobody mentioned it. I found it at bedtime.
A: I'm so sorry. I'll put a note on her file.
C: I'm giving you one more chance, honestly.""",
True, 0.0, "negative", "books groom; declines teeth brushing; unhappy about previous visit"),

("FR12_068", "Kwame Mensah", "2026-11-30T17:40:00", "asr",
"""A: hello it's kwame from linkwave broadband we've got full fibre in your street now
C: oh okay
A: it's three times the speed for just eight pounds more a month would you like to switch
C: um no thanks i'm happy with what i've got it's been great honestly never drops
A: no problem at all can i send you the details in case
C: yeah you can send them
A: lovely
C: thanks bye""",
False, 0.0, "positive", "declines upgrade; yes to receiving details only; praises current service"),

("FR12_069", "Leila Haddad", "2026-11-02T12:35:00", "asr",
"""A: jetpark airport parking leila speaking
C: hi i'd like to book parking from the fourth to the eleventh of december
A: okay seven days that's eighty four in the long stay
C: okay book that
A: and the car registration
C: it's uh k l seven two you w x
A: got it and we can wash the car while you're away it's twenty five
C: yeah why not it's filthy
A: and valet is another twenty
C: no i'll park it myself
A: okay long stay plus wash see you on the fourth
C: okay""",
True, 25.0, "neutral", "books parking; accepts wash $25, declines valet"),

("FR12_070", "Ruben Vasquez", "2026-11-07T09:50:00", "clean",
"""A: Bayside Boat Rentals, Ruben speaking.
C: Hi, I'd like to book a pontoon boat for Saturday morning, family of five.
A: I'm sorry, there's a small craft advisory for Saturday, so we're closed. I could do Sunday.
C: We fly home Sunday morning.
A: Then I'm afraid I can't help this trip.
C: Oh well. That was the one thing the kids wanted to do.
A: I'm sorry. Maybe next time you're here.
C: Yeah. Maybe.""",
False, 0.0, "negative", "booking impossible (weather), nothing booked; quiet disappointment"),

("FR12_071", "Ingrid Solberg", "2026-11-08T15:20:00", "asr",
"""A: hi harmony music school this is ingrid
C: hi my son's nine and he really wants to learn guitar
A: oh lovely we have weekly lessons on tuesdays or thursdays after school forty dollars a lesson
C: thursdays would be best
A: i've got four fifteen with mister all various
C: perfect put him down for that
A: done and does he have a guitar yet we rent half size ones for fifteen a month
C: yes please he doesn't have one yet
A: okay i'll have it ready for his first lesson
C: thank you he's going to be over the moon""",
True, 15.0, "positive", "signs son up for lessons; accepts guitar rental $15/month"),

("FR12_072", "Jamal Whitaker", "2026-11-10T10:05:00", "clean",
"""A: CleanPro Janitorial Supply, Jamal speaking.
C: Hi, it's Dev from Riverside Elementary. We need 12 cases of the foaming hand soap.
A: Sure. That's $34 a case, $408 total.
C: Okay. How much are the paper towels now?
A: $38 a case.
C: Hmm. I need a PO number from the district before I can order anything. I'll email it over.
A: No problem, I'll hold the quote until Friday.
C: Okay, thanks.""",
False, 0.0, "neutral", "order pending a purchase order; no commitment; price asked only"),

("FR12_073", "Mei-Ling Chou", "2026-11-14T13:10:00", "clean",
"""A: CityCare Urgent Care, Mei-Ling speaking.
C: Hi, my daughter has a fever and an earache. Is there anything today?
A: Let me check. I have a video consult at 3:40 or in person at 5:20.
C: In person, please. 5:20.
A: Booked. Name and date of birth?
C: Ella Brandt, June 4th, 2019.
A: You're all set for 5:20. Please bring her insurance card.
C: Oh, thank you so much. I was dreading the ER wait.""",
True, 0.0, "positive", "chooses offered slot and it's booked; relieved"),

("FR12_074", "Oliver Pennington", "2026-11-15T19:05:00", "asr",
"""A: tellnet mobile oliver speaking
C: hi my bill is three hundred and twelve this month and it's normally forty
A: let me look oh it's roaming you were in switzerland
C: yeah for two days i thought i had the travel add on
A: it looks like it expired in september
C: nobody told me that
A: i can take half of the roaming charges off as a one off
C: half
A: that's the most i can do
C: i guess that's better than nothing""",
False, 0.0, "negative", "billing dispute, partial credit; grudging acceptance"),

("FR12_075", "Fatima Zahra Idrissi", "2026-11-16T11:50:00", "asr",
"""A: hi it's fatima from oakline kitchens you downloaded our brochure last week
C: oh yes i did hi
A: we offer a free design visit at home would you like to book one
C: um maybe what does it involve
A: a designer measures up and brings samples it takes about an hour
C: okay can you just email me some times and i'll check with work
A: of course i'll send some options today
C: okay thanks""",
False, 0.0, "neutral", "interested but asks for times by email; nothing booked"),

("FR12_076", "Nikolai Petrov", "2026-11-17T16:40:00", "clean",
"""A: Petrov & Lane Tax Services, Nikolai speaking.
C: Hi. I want to know about doing my taxes with you again this year.
A: Of course. The personal return with one rental property is $300.
C: Same as last year, then. Last year you filed three weeks late and I paid a penalty.
A: I'm sorry about that. We've added staff this year.
C: I've heard that before. Let me gather my documents first and I'll call back.
A: Sure, whenever you're ready.
C: We'll see.""",
False, 0.0, "negative", "defers; resentful about last year's late filing"),

("FR12_077", "Grace Adeyemi", "2026-11-18T19:50:00", "asr",
"""A: hi golden wok this is grace
C: hi we just got our delivery and half of it is missing there's no noodles and no spring rolls
A: oh i'm so sorry what's the order number
C: it's two two nine four
A: okay i can see that i'm really sorry i can refund the missing items that's sixteen fifty
C: we ordered for the kids specifically they've got nothing now
A: i can send the missing items out now too it'll be about forty minutes
C: forty minutes no just the refund
A: okay the refund's done
C: fine""",
False, 0.0, "negative", "missing-items complaint; refund only; unhappy"),

("FR12_078", "Luca Bianchi", "2026-11-19T12:15:00", "clean",
"""A: Vine & Valley Wine Club, Luca speaking.
C: Hi, I got your card at the tasting room on Sunday. How does the club work?
A: Four bottles every quarter, $89 a shipment, and free tastings for two.
C: The Pinot we tried on Sunday was unbelievable. Sure, sign me up.
A: Wonderful. We also have a holiday magnum for $45 if you'd like it in the first shipment.
C: When would the first shipment come?
A: The week of December 7th.
C: Perfect, just in time for the holidays. Thanks, Luca.""",
True, 0.0, "positive", "joins club; magnum offer left unanswered -> 0"),

("FR12_079", "Siobhan Keane", "2026-11-20T18:35:00", "asr",
"""A: laugh lounge comedy club siobhan speaking
C: hi i'd like four tickets for friday night the late show
A: okay let me see i can do two together and two at the other side of the room
C: oh we really wanted to sit together it's my sister's birthday
A: i'm sorry the rest is sold
C: no it's not worth it then forget it
A: i'm sorry maybe saturday
C: no we can't do saturday it's fine don't worry""",
False, 0.0, "negative", "declines split seats; quiet disappointment"),

("FR12_080", "Arjun Mehta", "2026-11-21T10:30:00", "clean",
"""A: Hi, it's Arjun from PipelineCRM. Your annual licence for 10 seats renews on December 1st.
C: Yes, we'll renew. Your support team has been great this year.
A: Happy to hear it. That's $2,400 for the year. Are you still at 10 users?
C: We're hiring two people in January. Can we add them?
A: Sure, extra seats are $25 per seat per month.
C: Okay, add the two seats.
A: Done. Renewal plus 2 seats, starting December 1st.
C: Great. Thanks, Arjun.""",
True, 50.0, "positive", "renews; adds 2 seats at $25 per seat per month = 50 (monthly counted once)"),
]
