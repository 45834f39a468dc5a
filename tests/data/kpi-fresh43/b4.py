CALLS = [
("FR43_061", "Omar Haddad", "2026-11-25T09:12:40", "clean", """A: Westbrook College Continuing Education, this is Omar.
C: Hi Omar. I'm retiring in March and I've always wanted to learn Spanish properly.
A: Congratulations on the retirement! We have Beginner Spanish I on Tuesday and Thursday evenings starting January 13th.
C: Evenings are fine. My wife and I are planning a long trip to Oaxaca next fall.
A: Wonderful. The course is ten weeks and the tuition is $320.
C: That's reasonable. Can I get a student ID and library access?
A: Yes, both are included. Would you like to enroll?
C: Yes, enroll me.
A: Great. Name, date of birth and email, please.
C: Raymond Okoro, 4/9/1961, rokoro@netmail.com.
A: Thank you. The textbook and workbook bundle is $45 through us, or you can find it elsewhere.
C: I'll get it from you, simpler. Add the bundle.
A: Done. The books will be waiting for you on the first night.
C: Muchas gracias, as they say. I'm really looking forward to this.""", True, 45.0, "positive", "Enrolled; textbook bundle $45 accepted; tuition is main purchase; eager"),

("FR43_062", "Chloe Martin", "2026-11-25T12:30:17", "asr", """A: ironworks fitness this is chloe
C: hi i'm a member at the eastgate location and i want to report that the men's showers have been cold for two weeks
A: oh no i'm so sorry can i get your name
C: andre williams
A: thank you andre i'll put in a ticket with facilities right now
C: i put in a ticket two weeks ago and a week ago
A: i see those i'm sorry the part is on order
C: so i'm paying sixty five a month to shower at home
A: i understand i can credit you one week of dues for the inconvenience
C: okay i mean sure
A: done it'll show on your next bill
C: it's not really about the money just fix the showers
A: i'll escalate it to the regional manager
C: yeah we'll see honestly planet gym down the street has never had this problem""", False, 0.0, "negative", "Complaint; dues credit is not a purchase; competitor praise and skeptical end"),

("FR43_063", "Ben Fischer", "2026-11-25T15:47:29", "clean", """A: Bella Notte events, this is Ben.
C: Hi Ben. I'm organizing our firm's holiday dinner. Twenty people, Friday December 12th.
A: We can do that in the Garden Room. Our three-course holiday menu is $45 per person.
C: That works. Can you do vegetarian for three of them?
A: Of course, we just need the count 48 hours ahead.
C: Great. Then let's book the Garden Room with the holiday menu.
A: Booked for 20 at 7 p.m. on the 12th. Would you like the wine pairing? It's $25 per person.
C: For everyone? Let me think... not everyone drinks. Twelve of them will.
A: So the pairing for twelve people.
C: Yes, the pairing for those twelve.
A: Got it. Can I have a name and a card to hold the room?
C: Lorraine Bishop, Amex ending 1008.
A: Thank you. Confirmation goes to your email.
C: Good. Thanks.""", True, 300.0, "neutral", "Room and menu booked; wine pairing $25 x 12 drinkers = 300 (quantity said in a later turn); businesslike"),

("FR43_064", "Rosa Alvarez", "2026-11-26T08:15:03", "asr", """A: reliable rooter this is rosa how can i help
C: yeah hi my kitchen sink is backing up again you guys were out here in july
A: sorry to hear that can i have the address
C: nine nine two elm crest drive
A: thank you mister pappas i see the july visit a tech can come today between two and four
C: okay how much
A: the service call is one twenty five plus the snaking which is usually one ninety
C: three hundred and fifteen dollars last time it was like one sixty all in
A: prices went up in september i'm sorry
C: and the last fix didn't even last four months
A: i can take twenty five off for the repeat visit
C: no that's way more than i paid last time i'll call around
A: understood if you change your mind we're here till eight
C: yeah okay""", False, 0.0, "negative", "Prices quoted, customer declines to book; discount offer refused; dissatisfied"),

("FR43_065", "Maria Lopez", "2026-11-26T11:02:51", "clean", """A: Bluewing Airlines, this is Maria.
C: Hi. I'm looking at flights to Boston for the week of December 8th, for a conference.
A: I can help. From Raleigh?
C: Yes, Raleigh-Durham.
A: On the 8th there's a 7:05 a.m. nonstop at $289, or a 1:40 p.m. with a stop in Charlotte at $214.
C: And coming back on the 12th?
A: The 5:50 p.m. nonstop, another $262, or the morning with a connection at $198.
C: Hmm. So, roughly $550 for the nonstops.
A: $551 round trip.
C: My company has a travel portal with a corporate rate. I'll book it there myself later.
A: Of course. Would you like me to hold the fare for 24 hours? That's free.
C: No, that's fine, I'll do it through work.
A: Understood. Anything else?
C: No, thanks for the info.""", False, 0.0, "neutral", "Fares compared, customer will book elsewhere later; free hold declined ('that's fine' = no); neutral"),

("FR43_066", "Devon Price", "2026-11-26T13:44:36", "clean", """A: Hi, is this Ms. Carver? Devon from Skyline Wireless. How are you today?
C: Oh, hi! I'm doing well, thanks. Just on my lunch break.
A: I'll be quick. Your account qualifies for a new line at $30 a month with a free phone.
C: Actually, my daughter's been begging for a phone. She starts middle school next year.
A: Perfect timing. Would you like me to add the line?
C: Yes, go ahead and add it.
A: Done. We also have an international pack for $10 a month for calls abroad.
C: No, we don't call abroad.
A: Understood. And I can set up a parental control app for $5 a month.
C: No. I've said no to the extras. I have to get back to work.
A: Of course. The phone ships in three days.
C: Fine. And please stop calling me at work. This is the third time this month.
A: I'll note your preferences.
C: Bye.""", True, 0.0, "negative", "New line accepted; international pack and parental app declined; friendly start, irritated end"),

("FR43_067", "Priya Nair", "2026-11-27T10:21:08", "clean", """A: Northfield Life, this is Priya. I have your online quote request here.
C: Yes, hi. I'm Curtis Nolan. I'm 42 and just want to get something in place for the kids.
A: Sure. Can I confirm your date of birth and zip?
C: February 28th, 1984. 28205.
A: Thank you. A 20-year term policy for $500,000 would be about $34 a month, pending a short health questionnaire.
C: And if I went to $750,000?
A: Around $46 a month.
C: Okay. Honestly, I'd like my financial advisor to look at both before I decide.
A: That makes sense. Shall I email you both quotes?
C: Yes, please. Same email as the form.
A: Sent. They're valid for 30 days.
C: Great. I'll call back once she's looked at them.""", False, 0.0, "neutral", "Quotes only; deferral to financial advisor; 'yes please' is for email, not purchase; neutral"),

("FR43_068", "Tom Becker", "2026-11-27T14:55:19", "asr", """A: harvest table market this is tom
C: hi tom um i want to order a turkey for thanksgiving pickup is it too late
A: you're just in time we have fresh turkeys sixteen to eighteen pounds for eighty nine dollars
C: oh thank goodness yes i'll take one of those
A: great can i have your name and phone
C: gloria fuentes five five five zero one four two
A: thank you gloria pickup is wednesday between ten and six
C: wednesday afternoon is perfect
A: would you like any pies we have pumpkin apple and pecan at eighteen each
C: um pumpkin
A: how many
C: two of the pumpkin please my brother eats a whole one himself
A: two pumpkin pies added
C: you saved my thanksgiving thank you so much""", True, 36.0, "positive", "Turkey ordered; two pumpkin pies at $18 each = 36 (quantity in a later turn); very grateful"),

("FR43_069", "Aisha Khan", "2026-11-27T18:30:44", "clean", """A: Laugh Factory Downtown box office, this is Aisha.
C: Hi! Do you still have seats for the Brutally Honest Comedy Hour on Saturday?
A: We do. General admission is $32 per ticket.
C: I need four. My friends and I go every time they're in town.
A: Four general admission for Saturday at 9 pm, $128 total. Is that right?
C: Yes, that's right. Do they still do the crowd-work segment?
A: They do, so maybe don't sit in the front row!
C: Ha, noted.
A: I can upgrade all four to VIP with reserved booth seating for $25 more each.
C: Maybe next time. We're on a budget this month.
A: No problem. Name for the will-call?
C: Jasmine Cole.
A: You're all set, Jasmine.
C: Love these guys. Thanks, Aisha!""", True, 0.0, "positive", "Read-back of four tickets confirmed; VIP upgrade deferred ('maybe next time'); 'Brutally' is part of show name; enthusiastic"),

("FR43_070", "Luis Ortega", "2026-11-28T09:18:55", "asr", """A: valley imaging center this is luis
C: hi um my doctor sent over an order for an mri of my shoulder and i want to schedule it
A: sure can i have your name and date of birth
C: karen lindholm july twelfth nineteen seventy nine
A: thank you karen i see the order from doctor patel
C: yeah she sent it on monday
A: okay your plan requires prior authorization for an mri and it hasn't come through yet
C: oh so i can't book it today
A: not until the authorization is approved it usually takes three to five business days
C: okay so should i call back
A: we'll call you as soon as it's approved and schedule it then
C: okay that's fine
A: can i confirm your phone number as five five five zero one nine six
C: yes that's my number
A: perfect you'll hear from us next week""", False, 0.0, "neutral", "No booking possible yet (authorization pending); 'yes that's my number' not a purchase; calm"),

("FR43_071", "Hannah Cole", "2026-11-28T12:06:33", "clean", """A: LedgerLoop account services, this is Hannah.
C: I'd like to cancel. The bank sync has broken three times this month.
A: I'm sorry. Can I verify the account email?
C: books@harmonfloral.com.
A: Thank you. I see the sync errors. Our engineers pushed a fix on Tuesday.
C: That's what they said last time.
A: I understand. I'd like to offer you three months free while we prove it's fixed.
C: Three months free, then back to $39?
A: Yes, back to $39 in March, and you can cancel anytime.
C: Okay, I'll stay on for the free three months. But if it's still this buggy in February, I'm gone.
A: That's fair. I've applied the credit.
C: Switching my books is a pain, that's the only reason I'm not leaving today.
A: I understand. Anything else?
C: No.""", True, 0.0, "negative", "Retention offer accepted ('I'll stay on'); no add-on; grudging, negative end"),

("FR43_072", "Marcus Webb", "2026-11-28T15:40:11", "clean", """A: Hi, this is Marcus with Guardian Home Security. You requested a call back about monitoring?
C: Yes, thank you for calling. We had a break-in two streets over last week and I'm a bit shaken.
A: I'm sorry to hear that. Can I confirm the address?
C: 19 Foxglove Lane, Ashby.
A: Thank you. Our monitored package is $39.99 a month with a panel, two door sensors and a motion detector, installed free.
C: We have a back door and a side door from the garage, plus the front.
A: Then you'd want one extra door sensor, at $25.
C: And the sliding door to the patio. So two extra.
A: Two extra sensors at $25 each. Shall I set up the package with those?
C: Yes, please, let's do it.
A: Done. Installation is Tuesday between 9 and 12.
C: Thank you, Marcus. You've been very calm and clear, it really helps.
A: Happy to help. You'll get a confirmation text.
C: I feel better already, honestly.""", True, 50.0, "positive", "Monitoring package accepted; two extra sensors at $25 each = 50; relieved and appreciative"),

("FR43_073", "Yuki Tanaka", "2026-11-29T10:48:26", "asr", """A: wayfarer tours this is yuki i'm calling about your glacier hike tomorrow
C: oh hi yes we're all packed
A: i'm so sorry but the park service closed the trail because of the storm so the tour is cancelled
C: oh no seriously
A: yes i'm afraid so i can give you a full refund or move you to thursday
C: we fly home wednesday night
A: then i'll process the full refund two hundred and twenty for both of you
C: okay
A: it'll be back on your card in five to seven days
C: we planned the whole trip around this hike
A: i know i'm really sorry
C: okay well that's just a really disappointing end to the trip""", False, 0.0, "negative", "Tour cancelled by company, refunded, nothing rebooked; disappointed end"),

("FR43_074", "Grace Okafor", "2026-11-29T13:22:04", "clean", """A: Maple Auto Service, this is Grace.
C: Hi, this is Steven Ruiz. Checking if the Accord is ready.
A: Hi Steven, yes, it's ready. The total is $640.
C: $640? I was quoted $400 for the brakes.
A: The tech found the rotors were below spec and sent a text asking for approval at 11:12.
C: I replied "ok what's the cost". That's not an approval.
A: I see the message. I'm sorry, that's on us. Let me talk to the service manager.
C: Please.
A: Thanks for holding. We'll cover half the rotor labor, so the total is $560.
C: So I still pay for work I didn't approve.
A: The rotors did need replacing, for safety.
C: Fine. I'll come get it at five. Won't be back, though.
A: I understand. I'm sorry for the confusion.
C: Yeah.""", False, 0.0, "negative", "Picking up already-performed work, disputed charge, partial discount; no new purchase committed; cold end"),

("FR43_075", "Sam Rivera", "2026-11-29T16:35:50", "asr", """A: first harbor bank this is sam
C: hi um i keep forgetting to pay my car loan and i got a late fee again
A: oh i'm sorry about that let's see what we can do can i have your name and date of birth
C: tanya brooks june first nineteen ninety two
A: thank you tanya i can set up automatic payments from your checking on the fifteenth every month there's no cost
C: oh that would be so much easier yes go ahead
A: done and i've waived this month's late fee since it's your first one this year
C: wait really
A: really
C: oh my gosh thank you that's twenty five dollars i really needed
A: you're welcome anything else
C: no you've been amazing thank you so much""", False, 0.0, "positive", "Free autopay setup and fee waiver are not purchases; very grateful"),

("FR43_076", "Nina Petrov", "2026-11-30T11:14:38", "clean", """A: Northwind Outfitters, this is Nina.
C: Hi. I'd like to order three of the Ridgeline fleece pullovers. They're gifts.
A: Sure. Sizes and colors?
C: A medium in forest, a large in navy, and a small in charcoal.
A: Got it, $68 each. Name and shipping address?
C: Caroline Ashford, 640 Wexford Road, Lancaster, Pennsylvania.
A: Thank you. Would you like gift wrap? It's $6 per item.
C: What does it look like?
A: Kraft paper with a green ribbon and a card.
C: Okay, wrap all three.
A: Three fleeces, all gift-wrapped, shipping to Wexford Road. Shall I place the order?
C: Yes, go ahead.
A: Placed. Arriving by December 9th.
C: Okay. Thanks.""", True, 18.0, "neutral", "Three fleeces ordered (main); gift wrap $6 x 3 = 18; routine tone"),

("FR43_077", "Omar Haddad", "2026-11-30T14:02:17", "clean", """A: Evergreen Power solar team, this is Omar. Thanks for your interest in rooftop solar.
C: Hi Omar. Yes, we've been reading about it for months, and our roof was just replaced.
A: Perfect timing. A south-facing roof?
C: Mostly, yes. We're at 23 Cedar Point Road.
A: Great. Based on your usage, a 7-kilowatt system would run about $18,500 before the tax credit.
C: That's actually less than I expected. The neighbors paid over twenty.
A: We'd start with a free site consultation. I have December 3rd or 4th.
C: I'm definitely interested. But my husband's deployed until January and I want him there.
A: Of course. Shall I call you after New Year's?
C: Yes, please call me back the first week of January.
A: Will do. I'll send a brochure in the meantime.
C: Thank you, Omar, this has been really helpful and exciting.""", False, 0.0, "positive", "Interest, but consultation deferred to January; 'yes call me back' is not a commitment; positive"),

("FR43_078", "Chloe Martin", "2026-11-30T17:26:45", "asr", """A: lotus flow yoga this is chloe
C: hi i'm asking about kids yoga for my daughter she's seven
A: oh we love our little yogis we have kids classes tuesday and thursday at four
C: four on a weekday i work till five thirty
A: i'm sorry those are the only kids times right now
C: no sunday classes at all
A: not for kids right now no
C: i'd sign her up today if you had a sunday class
A: i can put your name on the interest list for weekend classes
C: sure whatever
A: great what's your name
C: danielle frost
A: okay danielle you're on the list
C: oh cool another studio with nothing for working parents""", False, 0.0, "negative", "Conditional ('i'd sign her up if sunday'); free interest list not a purchase; sarcastic end"),

("FR43_079", "Ben Fischer", "2026-11-30T19:10:22", "clean", """A: Good evening, Bella Notte, this is Ben.
C: Hi Ben! I'd like a table for two tomorrow at 8. It's my wife's birthday.
A: Happy birthday to her! We have a window table at 8.
C: Perfect. Put us down, name is Ellis.
A: Table for two at 8 tomorrow, window, under Ellis. Correct?
C: Yes, that's it. Oh wait, hold on, she's texting me.
A: Take your time.
C: Ha, okay, change of plans. Her sister's surprising her with a dinner out, so I'll cook at home for her tomorrow instead. Actually, cancel that table.
A: No problem, it's cancelled.
C: Sorry for the back and forth. You guys have the best tiramisu in town, I'll make it up to you soon.
A: We'll be here!
C: Thanks for being so patient with me, Ben.""", False, 0.0, "positive", "Reservation confirmed then cancelled in same call; warm, appreciative tone"),

("FR43_080", "Rosa Alvarez", "2026-11-30T10:05:59", "clean", """A: Greenway Landscaping, this is Rosa.
C: Hi, this is Margaret Holt at 75 Birchwood. I need the fall cleanup done before the first snow.
A: Hi Ms. Holt. For your lot, the fall cleanup is $350, leaves, beds and the last mow.
C: Last spring your crew left clippings all over my driveway and ran over my hostas.
A: I'm sorry, I see the note on your account.
C: I only call back because you're the cheapest around here.
A: I understand. I have Thursday the 4th or Monday the 8th.
C: Thursday. Go ahead and book it.
A: Booked for Thursday. We can add gutter cleaning for $95.
C: No. Just the cleanup, and tell them to stay off the beds this time.
A: I'll put it in the notes.
C: I'll be watching from the window.""", True, 0.0, "negative", "Cleanup booked; gutter cleaning declined; distrustful and cold throughout"),
]
