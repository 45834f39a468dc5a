# FR39 batch 4 (calls 061-080), written by hand.
CALLS = [
("FR39_061", "Nora Quinn", "2026-11-23T08:35:00", "asr", """A: northline mobile billing this is nora
C: hi my bill is eighty dollars more than usual and i'm not happy about it
A: let me look it's a one time activation charge for the new line you added
C: nobody told me there was an activation charge
A: it's in the terms but i can split it over three months
C: okay i guess do that
A: done it's split
C: i'm still not happy but fine
A: i understand anything else
C: no""", False, 0.0, "negative", "'not happy' twice; payment split is not a purchase; 'fine' is resigned"),

("FR39_062", "Ben Adler", "2026-11-23T11:50:00", "clean", """A: Vine & Table, Ben speaking.
C: Hi, I'd like a table for six on Friday, around 7:30.
A: Let me see... yes, 7:30 works. Name?
C: Goldberg.
A: We're doing a wine pairing with the tasting menu on Fridays, $40 per person.
C: Hm. Is everyone at the table required to do it?
A: No, but it's usually the whole table.
C: Okay, sure, do the pairing for all six.
A: Table for six at 7:30 Friday, wine pairing for six. All set?
C: Yes, that's everything. No problem with a high chair too?
A: No problem, I'll note it.
C: Okay. Thanks.""", True, 240.0, "neutral", "reservation booked; pairing $40 x 6 = 240; 'no problem' is neutral"),

("FR39_063", "Yuki Tanaka", "2026-11-23T14:10:00", "asr", """A: sparkle home cleaning this is yuki
C: hi i'm not sure what i need i've never had a cleaner before
A: no worries for a three bedroom most people do every other week it's one twenty a visit
C: okay um that's not bad actually
A: we can also do inside the fridge for twenty five extra
C: oh yes please the fridge is a disaster
A: ha so every other week starting tuesday with the fridge on the first visit
C: yes let's do it
A: you're booked
C: oh this is great i'm so relieved thank you""", True, 25.0, "positive", "'not sure' neutral, 'not bad' mildly positive, ends relieved; biweekly booked, fridge $25"),

("FR39_064", "Carla Mendes", "2026-11-23T18:55:00", "asr", """A: starlight cinemas this is carla
C: hi three tickets for the joyful ones at seven twenty tonight
A: sure how many adults
C: two adults and one kid
A: that's thirty four total and we have a combo popcorn and drink for twelve each
C: uh how many combos do we need um two is fine
A: two combos so three tickets seven twenty plus two combos
C: yep
A: booked pick them up at the kiosk
C: okay""", True, 24.0, "neutral", "tickets booked; two combos at $12 = 24; film title 'The Joyful Ones' is not sentiment"),

("FR39_065", "Priya Nair", "2026-11-24T09:30:00", "clean", """A: Corvex laptop support, Priya speaking.
C: Hi. My keyboard stopped working, and the laptop's still under warranty, I think.
A: Let me check the serial. Yes, warranty until March. We'll repair it for free.
C: Okay, how does that work?
A: I'll email a prepaid box today. Turnaround is 5 to 7 days.
C: Could you ship the box to my office instead? 400 Market Street, 9th floor.
A: Done.
C: That's brilliant. Thank you, you've been fantastic.""", False, 0.0, "positive", "free warranty repair is not a purchase; warm end"),

("FR39_066", "Marcus Bell", "2026-11-24T12:15:00", "asr", """A: hi this is marcus from greenguard pest control we're in your area this week
C: oh okay
A: we're offering a quarterly treatment plan would you like to get started
C: yes um how much is that
A: it's one forty nine per quarter
C: oh no that's more than i can do right now
A: we have a one time treatment for ninety
C: no i'll pass for now but thanks for letting me know
A: no problem""", False, 0.0, "neutral", "'yes' followed by a price question is not a commitment; declined politely"),

("FR39_067", "Elena Sokolova", "2026-11-24T15:40:00", "asr", """A: harborview inn this is elena
C: hi i need a room for the fifth and sixth of december
A: king room is one sixty nine a night
C: okay book it
A: done and breakfast is eighteen a day want that
C: yeah add breakfast
A: okay king room with breakfast fifth and sixth
C: oh hang on my boss just texted the conference moved um cancel the whole thing sorry
A: no problem i've cancelled the reservation
C: okay thanks sorry about that""", False, 0.0, "neutral", "room + breakfast booked, then the whole booking cancelled; no conversion, no upsell"),

("FR39_068", "Tom Okafor", "2026-11-24T17:20:00", "clean", """A: Tread Masters, Tom speaking.
C: Hi. I was told on Monday my tires would be in yesterday. They weren't. This is the second time.
A: I'm sorry. Let me check... they arrived this morning. I can get you in at 2 today.
C: Okay. Four of the all-season ones, $120 each, right?
A: Right. Would you also like an alignment for $89? It helps the new tires wear evenly.
C: Yes, go ahead with the alignment.
A: Four tires and an alignment at 2 today.
C: Great. I came in annoyed, but you've sorted it, thank you. Really appreciate it.""", True, 89.0, "positive", "tires main (4 x $120); alignment $89; annoyed start, grateful end"),

("FR39_069", "Hannah Lee", "2026-11-25T10:05:00", "asr", """A: crate and cup subscription boxes this is hannah
C: hi so i loved your first few boxes like really loved them
A: oh that's great to hear
C: but the last three have been kind of junk like a keychain and a sticker
A: i'm sorry about that we've changed suppliers
C: yeah it shows please cancel my subscription
A: i can give you a free box if you stay
C: no it's not worth it anymore cancel it please
A: done it's cancelled""", False, 0.0, "negative", "warm early, cold end; cancellation, free box declined"),

("FR39_070", "Diego Ramos", "2026-11-25T13:00:00", "asr", """A: riverside fine arts center box office this is diego
C: hi i'd like four tickets to the puppet show saturday at two for my kids and their cousins
A: sure that's twenty two each
C: okay book four
A: done and there's a meet the puppeteers pass after the show seventy five each
C: oh my gosh they'd lose their minds um how about two passes the little ones are too shy
A: two passes so four tickets plus two passes
C: yes that's right
A: all booked
C: this is amazing thank you they are going to be so excited""", True, 150.0, "positive", "tickets main; two passes at $75 = 150; 'fine arts' is a venue name"),

("FR39_071", "Fatima Haddad", "2026-11-25T16:10:00", "clean", """A: First Harbor Bank, Fatima speaking.
C: Hi. There's a $35 late fee on my credit card. The payment was one day late because of the holiday.
A: Let me look. Yes, I can reverse that as a one-time courtesy.
C: Okay. And I'd like to set up autopay so it doesn't happen again.
A: Sure. Minimum payment or full statement balance?
C: Full balance, please. From checking ending 8830.
A: Done, autopay for the full balance on the 3rd of each month.
C: Okay. That's fair. Thanks.""", False, 0.0, "neutral", "fee reversed, autopay set up (free, not a purchase); calm, routine thanks"),

("FR39_072", "Jonas Berg", "2026-11-26T09:15:00", "asr", """A: learnway online courses this is jonas
C: hi i'm looking at the data analysis course
A: great it's one ninety nine for the twelve weeks starts december first
C: and is it like live or recorded
A: recorded with live q and a on thursdays
C: okay
A: shall i enroll you
C: um yeah sure go ahead
A: enrolled and the verified certificate is twenty nine extra do you want it
C: yeah add the certificate
A: done""", True, 29.0, "neutral", "enrolled on closing question; certificate $29 add-on"),

("FR39_073", "Keisha Grant", "2026-11-26T11:45:00", "asr", """A: bright smile dental this is keisha
C: hi i need the root canal consult dr shah recommended
A: sure i should tell you your insurance only covers half of it
C: of course it does
A: i have monday the thirtieth at ten
C: yeah whatever book it i'll just pay out of pocket like always
A: monday the thirtieth at ten with dr shah
C: yep
A: you're booked
C: great another thing to pay for""", True, 0.0, "negative", "consult booked (conversion) with resignation and sarcasm"),

("FR39_074", "Oliver Tran", "2026-11-26T14:30:00", "clean", """A: Hammer & Nail Hardware, Oliver speaking.
C: Hi, I'd like to order the Dewalt 20V drill kit for pickup.
A: Sure, that's $179. I'll put it under your name?
C: Yes, Morales. I'll take it.
A: Would you like an extra battery for $59?
C: Hang on... Actually, no. Cancel the order. BuildMart has the same kit for $139.
A: I could ask my manager about a price match.
C: Don't bother. Honestly, the last time I was in there nobody could answer a single question. BuildMart's staff actually know their stuff.
A: Understood, I've cancelled it.
C: Okay. Bye.""", False, 0.0, "negative", "commitment retracted; competitor praised against the store"),

("FR39_075", "Sofia Marino", "2026-11-27T10:20:00", "asr", """A: serenity day spa this is sofia
C: hi i want to book something for my parents anniversary
A: lovely our couples massage is two sixty for ninety minutes
C: i'll take the couples massage
A: wonderful and aromatherapy is twenty per person
C: yes add it for both of them
A: couples massage with aromatherapy for two on saturday the fifth at eleven
C: yes perfect
A: booked
C: thank you so much you've made this so easy they're going to love it""", True, 40.0, "positive", "massage booked; aromatherapy $20 x 2 = 40"),

("FR39_076", "Raj Patel", "2026-11-27T13:05:00", "clean", """A: Comfort Air Heating & Cooling, Raj speaking.
C: Hi, it's time for our furnace tune-up. Your technician Dave was great last year, very thorough.
A: Glad to hear it. The tune-up is $99. Dave has Wednesday at 10.
C: Wednesday at 10 is perfect. Book it.
A: Done. Do you want us to bring a new filter? It's $25.
C: No thanks, I have a spare.
A: Okay, Wednesday at 10.
C: Wonderful, thanks a lot.""", True, 0.0, "positive", "tune-up booked; filter declined; praise of technician (company staff)"),

("FR39_077", "Nora Quinn", "2026-11-27T16:40:00", "asr", """A: northline mobile sales this is nora
C: hi how much would it be to upgrade to the pro max
A: with trade in it's about twenty five a month for thirty six months
C: and without the trade in
A: forty one a month
C: wow that's steep you guys used to have decent deals
A: there's a holiday promo starting friday
C: meh i'll just keep my old phone then thanks""", False, 0.0, "negative", "price questions only; mild negative toward company's pricing"),

("FR39_078", "Ben Adler", "2026-11-28T11:00:00", "clean", """A: The Glasshouse venue, Ben speaking.
C: Hi! We just got engaged and your venue is at the top of our list. Could we come see it?
A: Congratulations! Tours are free. I have Saturday at 11 or Sunday at 2.
C: Sunday at 2, please.
A: Sunday at 2 for a tour. Names?
C: Maya Chen and Luis Ortega. We're so excited, the photos online are gorgeous.
A: Perfect, you're booked. See you Sunday.
C: Thank you so much!""", True, 0.0, "positive", "free tour appointment booked = conversion; enthusiastic"),

("FR39_079", "Yuki Tanaka", "2026-11-28T14:20:00", "clean", """A: Hi, this is Yuki from Keystone Auto Insurance, following up on your claim.
C: Yes. It's been two weeks.
A: I'm sorry for the wait. The adjuster is going out to the body shop on Monday.
C: Fine. Just fix it.
A: The shop will call you once the estimate is approved.
C: I've been with you for ten years, and this is the first time I've felt like a number.
A: I'm sorry you feel that way. I'll add a note to escalate it.
C: Okay. Thank you.""", False, 0.0, "negative", "polite-but-negative; claim follow-up, nothing bought or booked; 'Fine. Just fix it.' is curt"),

("FR39_080", "Carla Mendes", "2026-11-28T17:50:00", "asr", """A: wellcare pharmacy this is carla
C: hi can i get a flu shot today i'm at the one on fifth avenue
A: let me check um i'm sorry we're out of flu vaccine at that store until monday
C: oh okay any other store
A: the main street one is out too
C: alright i'll just call back monday then
A: sounds good
C: okay bye""", False, 0.0, "neutral", "no availability, nothing booked; flat customer"),
]
