CALLS = [
("FR6_031", "Victoria Lane", "2026-11-18T07:02:16", "clean", """
A: RapidFlow Plumbing, Victoria speaking.
C: Hi, a pipe under my kitchen sink just burst, there's water everywhere. I've shut the main valve.
A: You did the right thing. I can have a plumber there within the hour. The emergency call-out is $95, plus parts and labour.
C: Yes, please, book it. Send someone as soon as you can.
A: Booked. What's the address?
C: 218 Elm Court.
A: Got it, Jamal will be at 218 Elm Court by 8 am.
C: Thank you. Honestly, what a relief. You've been great.
""", True, 0.00, "positive", "emergency visit booked; call-out fee is main/fee; street number not a price"),

("FR6_032", "Connor Reid", "2026-11-18T12:34:50", "clean", """
A: Orbit Phones, Connor speaking.
C: Hi, I want to order the Orbit X in graphite. The 128 GB one is $899, right?
A: Correct. For $100 more you can get the 256 GB version instead.
C: I do take a lot of video. Okay, upgrade me to the 256.
A: Sure. Would you like a leather case for $49?
C: No, I already have a case I like.
A: Fine. Orbit X 256 GB in graphite, $999 total. Shall I place the order?
C: Yes, go ahead.
A: Order placed, it'll ship tomorrow.
C: Okay.
""", True, 100.00, "neutral", "storage upgrade difference $100 accepted; case $49 declined; 128/256 GB not prices"),

("FR6_033", "Stella Brooks", "2026-11-19T10:19:27", "clean", """
A: Lakeshore Inn, Stella speaking.
C: I need to cancel my reservation for next weekend, confirmation LK5520.
A: I can do that. Since it's within 7 days of arrival, there is a $50 cancellation fee.
C: $50? Nobody told me about that when I booked.
A: It's in the booking terms, I'm sorry.
C: That's ridiculous. I'm not happy about this at all.
A: I can waive half of it as a courtesy, so $25.
C: Fine, just cancel it.
A: It's cancelled, and the refund will reach your card in 5 days.
C: Okay. Bye.
""", False, 0.00, "negative", "cancellation; fees/refunds are not upsells"),

("FR6_034", "Adrian Cole", "2026-11-19T15:06:41", "clean", """
A: Willow Creek Animal Clinic, Adrian speaking.
C: Hi, my cat Luna is due for her vaccines.
A: I can see that. I have Monday at 11:30 or Tuesday at 3.
C: Yes, I'll book that appointment for Monday at 11:30.
A: Done. Anything else?
C: How much is a dental cleaning for cats, just out of curiosity?
A: It's around $250, including anesthesia.
C: Okay, I'll keep that in mind. Thanks.
""", True, 0.00, "neutral", "vaccine appointment booked; dental price only asked about"),

("FR6_035", "Penelope Hayes", "2026-11-20T09:27:33", "clean", """
A: The Morning Ledger subscriptions, Penelope speaking.
C: Hi, I got a letter saying my subscription is up for renewal.
A: Yes, and I can offer you 12 months of print and digital for $15 a month instead of $22.
C: That's a lovely offer. I've really enjoyed the paper this year.
A: Shall I renew it for you now?
C: Sounds good, but I'll think about it over the weekend. I might go digital only.
A: Of course, the offer is good until the 30th.
C: Wonderful, thank you, you've been so pleasant to talk to.
""", False, 0.00, "positive", "'sounds good, I'll think about it' = no commitment"),

("FR6_036", "Tyler Brooks", "2026-11-20T18:44:05", "asr", """
A: thanks for calling tony's pizza this is tyler pickup or delivery
C: uh delivery please
A: okay what can i get for you
C: can i get two large pepperoni and um one large veggie
A: got it three larges do you want to add garlic knots they're five ninety nine an order
C: oh yeah um give me two orders of the knots
A: two orders of knots so that's eleven ninety eight for the knots what's the address
C: twelve forty oak street apartment six
A: twelve forty oak street apartment six about thirty five minutes
C: awesome you guys are the best thanks
""", True, 11.98, "positive", "pizzas main; knots 2 x 5.99 = 11.98; address and minutes not prices"),

("FR6_037", "Nathan Cruz", "2026-11-21T10:12:18", "asr", """
A: good morning fiber net this is nathan
C: hi yeah um i'm moving into a new place and i want to get internet set up
A: sure the gig plan is sixty a month no contract
C: okay uh yeah that's fine
A: and for a bigger home we have the mesh wifi add on ten bucks a month gives you full coverage
C: hm it's a three story house so yeah add the mesh
A: okay so gig plan plus mesh should i go ahead and schedule the install
C: yes please go ahead
A: install is thursday between eight and noon
C: okay sounds good
""", True, 10.00, "neutral", "internet plan main; mesh ten bucks a month accepted"),

("FR6_038", "Olivia Grant", "2026-11-21T13:33:52", "asr", """
A: skyway airlines baggage services this is olivia
C: yeah my bag didn't show up i was on flight fourteen twenty two from chicago
A: i'm sorry to hear that can i have your file reference
C: uh i don't have one nobody at the airport would help me
A: okay i can open one now it looks like the bag is still in chicago
C: still in chicago it's been two days
A: we'll put it on the next flight and courier it to you
C: great just great i've been wearing the same clothes since tuesday this is honestly the worst airline i've ever flown
A: i understand i'll mark it as priority
C: whatever
""", False, 0.00, "negative", "lost bag complaint; flight number not a price; sarcasm"),

("FR6_039", "Samir Haddad", "2026-11-22T09:05:40", "asr", """
A: bright smile dental this is samir
C: hi um i need to get a cleaning sometime
A: sure i've got tuesday at ten thirty or friday at two
C: uh let me see i'm not sure about my schedule
A: do you want me to hold one of those
C: no um let me check my calendar and i'll call you back
A: no problem
C: okay thanks bye
""", False, 0.00, "neutral", "deferral; no slot chosen"),

("FR6_040", "Rachel Meyer", "2026-11-22T11:48:23", "asr", """
A: riverside honda service this is rachel
C: hey um i need to book an oil change for my accord
A: sure i have tomorrow at nine am
C: nine works
A: great your cabin air filter is also due it's thirty nine ninety five if we do it at the same time
C: uh yeah sure go ahead and do the filter too
A: okay oil change and cabin filter tomorrow at nine
C: perfect you guys are always super easy to deal with
A: see you tomorrow
C: thanks see ya
""", True, 39.95, "positive", "oil change booked; cabin filter thirty nine ninety five accepted"),

("FR6_041", "Kevin Osei", "2026-11-23T14:20:11", "asr", """
A: thanks for calling tel star wireless this is kevin
C: yeah hi i bought a phone at your store last week and the guy didn't even mention insurance
A: i'm sorry about that i can add device protection now it's eleven dollars a month
C: does it cover a cracked screen
A: yes screen repairs are covered
C: okay fine add it
A: done it's on your account starting today
C: okay but honestly it's pretty annoying i had to call in for this the store should've told me
A: i'll pass that feedback on
C: yeah okay
""", True, 11.00, "negative", "call only to add device protection eleven a month to earlier purchase; annoyed"),

("FR6_042", "Laura Bianchi", "2026-11-23T17:02:38", "asr", """
A: core fit gym this is laura
C: i want to cancel my membership
A: i can help with that can i ask why
C: um it's forty nine a month and i barely go honestly
A: i understand i can offer you half price for the next three months
C: uh hm
A: so twenty four fifty a month and you can freeze anytime
C: okay fine i'll stay on the half price thing but i'm still kind of annoyed i had to call to cancel at all
A: okay you're on the discounted rate now
C: yeah whatever bye
""", True, 0.00, "negative", "save offer accepted = conversion; discount is not upsell; annoyed"),

("FR6_043", "Marco Silva", "2026-11-24T08:30:59", "asr", """
A: harbor lights hotel this is marco
C: hi um i need a room for two nights december fourth and fifth
A: i have a queen room at one forty nine a night
C: okay that's fine
A: do you need parking it's twenty a night so forty for the two nights
C: uh yeah we're driving so yes add the parking
A: okay so two nights queen room plus parking under what name
C: daniels d a n i e l s
A: you're all set mister daniels confirmation sent by text
C: okay thanks
""", True, 40.00, "neutral", "room main; parking twenty a night x two = forty"),

("FR6_044", "Jasmine Ford", "2026-11-24T12:15:44", "asr", """
A: shield mutual this is jasmine how can i help
C: hi um i just wanted to check if my policy covers water damage from like a leaking dishwasher
A: let me check yes sudden leaks are covered with a five hundred deductible
C: okay good
A: can i confirm the email on file is m dot carter at mail dot com
C: yes that's my email
A: great i'll send you the coverage summary
C: okay thank you
""", False, 0.00, "neutral", "coverage question; yes to email only; deductible not a price"),

("FR6_045", "Derek Young", "2026-11-25T15:40:27", "asr", """
A: oak and iron furniture this is derek
C: hi i'd like to order the harlow dining table the walnut one
A: sure that's one thousand four hundred do you need chairs with it
C: um yeah actually how much are the chairs
A: the matching chairs are one twenty each
C: okay give me two chairs
A: two chairs at one twenty each that's two forty we also have a wool rug for two ninety nine
C: no no rug we've got one
A: alright table and two chairs delivery on the second
C: oh that's great i'm so happy we finally found a table we both like
""", True, 240.00, "positive", "table main; 2 chairs x 120 = 240; rug 299 declined"),
]
