CALLS = [
("FR40_041", "Elena Petrova", "2026-11-01T10:22:05", "clean",
"""A: Brightwave Mobile billing, Elena speaking.
C: I was charged $58 for international roaming. I was in Canada for one day.
A: Let me see. Yes, a $10 day pass was triggered, plus data overage of $48.
C: I turned data roaming OFF. I checked it twice.
A: The records show data sessions on the 2nd.
C: So you're calling me a liar.
A: Not at all. I can send a request to review it, which takes 5 to 7 days.
C: Five to seven days to look at a screenshot. Unbelievable.
A: I've opened the request, ticket 40221.
C: I'm really not happy with this. Every month it's something with you people.""",
False, 0.0, "negative", "Billing complaint, ticket opened, no purchase; angry."),

("FR40_042", "Jason Park", "2026-11-01T14:31:49", "asr",
"""A: maple inn reservations this is jason
C: hi we'd like a room for friday and saturday the twentieth and twenty first
A: okay i have a queen room at one thirty nine a night
C: great we'll take it
A: how many guests
C: two adults and our son he's seven
A: i can add a rollaway bed for him twenty five dollars a night so fifty for the two nights
C: yes please that'd be perfect
A: all booked queen room with a rollaway for friday and saturday
C: lovely thank you we're really looking forward to it""",
True, 50.0, "positive", "Room booked; rollaway $25/night x 2 (agent states $50) accepted; positive."),

("FR40_043", "Aisha Rahman", "2026-11-02T17:18:26", "clean",
"""A: Hello, this is Aisha from Lifespan Insurance. Is this Mr. Okoro?
C: Yes, speaking.
A: You recently opened an account with our partner bank, and I'm calling about term life cover.
C: Okay.
A: For a 35-year-old non-smoker, $250,000 of cover is about $19 a month.
C: Not sure I need that right now.
A: It's worth having while premiums are low.
C: No thanks, I'm not ready to buy anything like that.
A: Understood. Can I send you a brochure?
C: Sure, that's fine. Bye.""",
False, 0.0, "neutral", "Outbound offer refused; agreeing to brochure is not a purchase; neutral."),

("FR40_044", "Ben Carter", "2026-11-03T12:05:33", "clean",
"""A: Lanterna Trattoria, Ben speaking.
C: Hi, I'd like a table for two on Saturday the 14th at 8. It's our tenth anniversary.
A: How lovely. Saturday at 8 for two, yes, I can do that. Shall I book it?
C: Yes please.
A: Booked. For anniversaries we can have a small tiramisu cake with a message brought out, it's $30.
C: Oh, throw that in. She loves tiramisu.
A: What should the message say?
C: "Ten years, still my favorite." 
A: Perfect. Table for two at 8 with the cake.
C: You've made my week. Thank you!""",
True, 30.0, "positive", "Reservation; cake $30 accepted with 'throw that in'; happy."),

("FR40_045", "Nora Lindqvist", "2026-11-03T19:02:11", "asr",
"""A: fastnet sales this is nora
C: hi i need internet at my new place the last guy i talked to hung up on me
A: i'm sorry about that what's the address
C: six oh two cedar avenue unit four
A: okay the three hundred meg plan is fifty five a month do you want me to set it up
C: yes set it up
A: done and you'll need a router we rent them for ten dollars a month
C: ten a month for a router ugh fine add it i don't have one
A: added install is tuesday between one and five
C: fine but i'm not thrilled with how this whole thing went honestly""",
True, 10.0, "negative", "Internet signup; router rental $10/month accepted grudgingly; ends negative."),

("FR40_046", "Rafael Souza", "2026-11-04T09:09:09", "clean",
"""A: Melodia Music, retention team, Rafael here.
C: Hi. I want to cancel my family plan.
A: I'm sorry to hear that. Can I ask why?
C: The app keeps crashing on my kids' tablets and half my playlists disappeared last month.
A: I can offer three months at half price, $8.49 a month, while we look into it.
C: No. Thanks, but no. I just want to cancel.
A: Understood. I've cancelled it, effective at the end of the billing period on the 30th.
C: Okay.
A: Is there anything else?
C: No. I'm just disappointed, honestly. It used to be really good.""",
False, 0.0, "negative", "Cancellation; retention offer declined; quietly disappointed."),

("FR40_047", "Grace Kim", "2026-11-05T11:48:20", "clean",
"""A: DevCon Registration, Grace speaking.
C: Hi, I need to register two people from my team for DevCon in March.
A: Sure. Standard passes are $695 each. Shall I register both?
C: Yes, register both. Names are Kim Tran and Ali Hassan.
A: Registered. There's also a pre-conference workshop on March 3rd, $75 per person.
C: What's the topic?
A: Hands-on Kubernetes security.
C: That's relevant. Yes, add the workshop for both of them.
A: Done, two workshop seats. Invoice goes to accounts@northpeak.io.
C: Okay, thanks.""",
True, 150.0, "neutral", "Two passes; workshop $75 per person x 2 = 150; neutral."),

("FR40_048", "Owen Hughes", "2026-11-06T15:36:58", "asr",
"""A: dreamwell mattress this is owen
C: hi i want the cloud nine mattress in king
A: okay that's one thousand and forty nine i'll put it in
C: yeah go ahead
A: and our down alternative pillows are forty each
C: sure two of those
A: great the earliest delivery is december eighteenth
C: december eighteenth the website said five days
A: sorry that's for the queen the king is back ordered
C: no that's no good cancel all of it the mattress and the pillows i'm really annoyed the site is just wrong""",
False, 0.0, "negative", "Order and 2 pillows at $40 accepted, then whole order cancelled; no conversion; annoyed."),

("FR40_049", "Maya Chen", "2026-11-06T08:44:40", "clean",
"""A: ClearView Window Cleaning, Maya speaking.
C: Hi, I'd like my windows done before Thanksgiving. Two-story house, about 20 windows.
A: That's $240 inside and out. I have Monday the 23rd at 10.
C: Perfect, book it.
A: Booked at 57 Hawthorne Road. We can also clear the gutters while we're there, $65.
C: Sure, why not. They're full of leaves.
A: Done, windows and gutters on the 23rd.
C: Great. Do I need to be home?
A: Only if you want the inside done, which you do.
C: Ha, right. Thanks, I'm glad I got in before the holiday rush.""",
True, 65.0, "positive", "Booking; gutters $65 'sure, why not'; positive."),

("FR40_050", "Tom Okafor", "2026-11-07T13:13:27", "clean",
"""A: Summit Credit Union mortgages, this is Tom.
C: Hi, I'm thinking about refinancing. What are your rates today?
A: For a 30-year fixed, 6.125%. On your balance of about $310,000 that would save roughly $140 a month.
C: Hmm, okay. What are the closing costs?
A: Roughly $4,200.
C: So it'd take a while to break even.
A: About two and a half years.
C: Maybe next month. I want to see where rates go.
A: Sure, I'll send you a rate summary.
C: Okay, thanks.""",
False, 0.0, "neutral", "Deferral ('maybe next month'); neutral."),

("FR40_051", "Priya Nair", "2026-11-08T16:27:14", "asr",
"""A: clearsight optometry this is priya
C: yeah i've been on hold for like twenty five minutes
A: i'm sorry it's been very busy today
C: i need an eye exam my prescription is way off
A: i have thursday at four fifteen with doctor lee
C: whatever just book it i've waited long enough
A: booked do you wear contacts we can add a contact lens fitting for forty five dollars
C: yeah add the fitting
A: done thursday at four fifteen exam and fitting
C: twenty five minutes on hold for a two minute call ridiculous""",
True, 45.0, "negative", "Exam booked; fitting $45 accepted; complained about hold to the end."),

("FR40_052", "Luis Ortega", "2026-11-09T18:59:03", "clean",
"""A: Hi, this is Luis calling from Vehicle Protection Services about your car's extended warranty.
C: Oh, wonderful. My car's extended warranty. What a surprise.
A: Our records show your factory coverage is expiring soon.
C: I drive a 2004 Corolla. The factory coverage expired during the Bush administration.
A: We have plans starting at $89 a month that cover the engine and transmission.
C: Wow, $89 a month for a car worth maybe $2,000. Tempting.
A: So can I get you started?
C: No. Don't call this number again.""",
False, 0.0, "negative", "Outbound sales refused; heavily sarcastic."),

("FR40_053", "Hannah Weiss", "2026-11-10T08:30:00", "clean",
"""A: Horizon Travel, Hannah speaking.
C: Hi, I'd like to book the Lisbon flight on December 8th, returning the 15th, one adult.
A: Round trip with TAP is $742. Shall I book it?
C: Yes, go ahead and book it.
A: Booked. Would you like travel insurance for $42.50? It covers cancellation and lost bags.
C: Yes, add the insurance.
A: And seat selection is $15 each way if you want to pick a seat.
C: No, I'll take whatever they give me.
A: Okay. Flight plus insurance, total $784.50.
C: Fine, thank you.""",
True, 42.5, "neutral", "Flight booked; insurance $42.50 accepted; seat selection declined; neutral."),

("FR40_054", "Derek Mills", "2026-11-11T20:07:44", "asr",
"""A: evergreen power outage line this is derek
C: yeah the power is out again on willow street
A: i'm sorry i see the outage a line is down near the substation
C: this is the third time this month
A: i understand the crew estimate is about three hours
C: three hours i have a baby and it's freezing in here
A: i can put you on the priority least for updates
C: updates won't heat my house
A: i'm sorry we're doing everything we can
C: you always say that honestly it's pathetic""",
False, 0.0, "negative", "Outage report, no purchase; angry."),

("FR40_055", "Sofia Russo", "2026-11-12T10:41:31", "clean",
"""A: Paper & Pine customer care, Sofia speaking.
C: My order, 88120, was supposed to arrive last Tuesday. It's now Friday.
A: Let me look. The carrier shows it as lost in transit. I'm sorry.
C: Lost. Great.
A: I can send a replacement today with free express shipping, it'd arrive Monday.
C: Do that, I guess.
A: Done, no charge. The new tracking number will come by email.
C: I ordered this for a party that was yesterday.
A: I'm sorry, I can also refund the original shipping.
C: Fine. I just want my order. This has been a mess.""",
False, 0.0, "negative", "Free replacement and shipping refund are not a purchase; upset."),

("FR40_056", "Kwame Mensah", "2026-11-13T16:55:05", "asr",
"""A: brightwave mobile this is kwame
C: hey i want to add my daughter to my plan she's going to study in spain next year
A: oh exciting so a new line is twenty a month on your family plan
C: yeah let's do it
A: done and since she'll be calling home we have international calling at five dollars a month for her line
C: oh yeah that'd be great add that
A: added her number will end in two two nine oh
C: perfect thank you that's one less thing to worry about
A: anything else
C: nope you've been super helpful thanks""",
True, 5.0, "positive", "New line; international calling $5/month accepted; grateful."),

("FR40_057", "Elena Petrova", "2026-11-14T12:12:12", "clean",
"""A: Happy Paws Grooming, Elena speaking.
C: Hi! I need baths for my two dogs, Biscuit and Moose, sometime next week.
A: Wednesday the 18th at 11 works for both. Bath and brush is $55 per dog.
C: Great, book them both.
A: Done. Do you want nail trims too? It's $12 each.
C: Yes, both of them, Moose's nails click on the floor like tap shoes.
A: Ha! Two nail trims added.
C: Amazing. They always come home so fluffy, we love you guys.""",
True, 24.0, "positive", "Grooming booked; nail trims $12 each x 2 dogs = 24; happy."),

("FR40_058", "Jason Park", "2026-11-15T09:36:29", "clean",
"""A: Guardline claims, Jason speaking.
C: Hi, I'm checking on my claim for the hail damage to my car, claim 71-2209.
A: Good news, the adjuster approved it yesterday. $3,850 minus your $500 deductible.
C: Oh, that's more than I expected.
A: The payment will go to your account on file by Wednesday.
C: And I can use any body shop?
A: Yes, any shop you like.
C: Wonderful. Thank you, you've been really helpful through all this.""",
False, 0.0, "positive", "Claim status support, no purchase; grateful."),

("FR40_059", "Aisha Rahman", "2026-11-16T14:48:52", "asr",
"""A: snapframe photo support this is aisha
C: hi my plan renews next week and i just want to make sure it renews
A: sure your yearly plan is fifty nine ninety nine do you want me to confirm the renewal
C: yes confirm it
A: done you're at ninety percent of your storage by the way we have an extra two hundred gigs for two ninety nine a month
C: um yeah okay add the storage i keep getting that warning
A: added it's live now
C: okay
A: anything else
C: no that's it thanks""",
True, 2.99, "neutral", "Renewal confirmed; storage $2.99/month accepted; neutral."),

("FR40_060", "Ben Carter", "2026-11-17T17:17:17", "clean",
"""A: Riverside Arena box office, Ben speaking.
C: Hi, I want two tickets for the Hollow Pines show on December 5th.
A: Let me see... I have two in the balcony, $68 each.
C: Yes, I'll take those.
A: Processing... I'm sorry, those two just sold while I was holding them. The show is now sold out.
C: You're kidding. Nothing at all?
A: Nothing for that night, and there's no second date. I can add you to the waitlist.
C: No, forget it.
A: I'm very sorry.
C: I've been trying for a month. This is so frustrating.""",
False, 0.0, "negative", "Commitment could not be fulfilled (sold out), nothing else bought; frustrated."),
]
