# FR12 batch 2 (FR12_021 - FR12_040), hand-written
CALLS = [
("FR12_021", "Priya Raman", "2026-11-16T08:50:00", "clean",
"""A: Clearview Window Cleaning, Priya speaking.
C: Hi, it's Dorothy Haines on Elm Court. You did our windows back in April.
A: Hi Dorothy, yes, I have you here. 14 windows inside and out, $112.
C: That's the one. Can you come before the holidays?
A: I have Thursday the 26th or Monday the 30th, mornings.
C: The 30th, please. Same as last time, just charge the card on file.
A: Will do. Monday the 30th, crew arrives between 9 and 10.
C: Okay. Thanks, Priya.""",
True, 0.0, "neutral", "picks a date and says charge the card on file = commitment; no add-on"),

("FR12_022", "Marcus Oyelaran", "2026-11-16T10:15:00", "asr",
"""A: hi you're through to northgate physio marcus speaking
C: hi um i did something to my neck i can barely turn my head and i need to see someone
A: sorry to hear that the first available initial assessment is the eighth of december
C: december that's like three weeks away
A: i know we're really stretched at the moment i can put you on the cancellation list as well
C: uh honestly three weeks is not great when you can't even check your mirrors driving
A: i understand do you want me to hold the eighth for you
C: no i'll see if my gp can get me in somewhere sooner and call back if not
A: okay no problem
C: yeah okay bye""",
False, 0.0, "negative", "declines to hold slot, defers; frustrated by wait"),

("FR12_023", "Sofia Lindqvist", "2026-11-17T13:00:00", "clean",
"""A: Blue Horizon Cruises, Sofia speaking.
C: Hi, we're looking at the 7-night Caribbean sailing on January 11th. Two adults.
A: Lovely. An inside cabin is $1,180 per person. For a balcony it's an upgrade of $340 per person.
C: So $680 more for the two of us?
A: Exactly.
C: It's our 25th. Let's do the balcony.
A: Wonderful. So, two adults, balcony cabin, January 11th, 7 nights. Shall I book it on the card you gave me?
C: Yes, go ahead.
A: Done, you're confirmed. Cabin 8114.
C: Oh, I can't wait. Thank you so much.""",
True, 680.0, "positive", "books cruise; accepts balcony upgrade $340 per person x2 = 680; excited"),

("FR12_024", "Tomasz Wrobel", "2026-11-17T15:25:00", "asr",
"""A: swiftmove removals tomasz speaking
C: hi i'm moving out of a one bedroom flat on the twenty eighth and wanted a price
A: okay what floor and is there a lift
C: third floor no lift
A: alright that'd be two movers and a van probably four hours so around six hundred and forty
C: six forty for a one bed
A: the stairs add a fair bit of time
C: that's that's insane honestly i'll get a few more quotes
A: sure i can email you the quote if you like
C: no it's fine bye""",
False, 0.0, "negative", "price enquiry only; shocked at price, gets other quotes"),

("FR12_025", "Aiko Tanaka", "2026-11-18T11:40:00", "clean",
"""A: Sugar & Salt Bakery, this is Aiko.
C: Hi, I'd like to order a birthday cake for pickup on Saturday. Chocolate, serves about 15.
A: Sure, the 9-inch double layer is $65. Any writing on it?
C: "Happy 7th Birthday Leo."
A: Sweet. We also do a little fondant dinosaur topper for $12, and cupcakes are $3 each if you want a dozen for the kids to take home.
C: Oh, the dinosaur topper, definitely. He'll lose his mind. No cupcakes though.
A: Got it. Cake with topper, ready Saturday at 10.
C: You're a star, thank you!""",
True, 12.0, "positive", "orders cake; accepts $12 topper, declines cupcakes"),

("FR12_026", "Diego Castellanos", "2026-11-18T17:05:00", "asr",
"""A: hi this is diego from safehaven home security your free trial of the camera system ended yesterday
C: oh right yeah
A: so to keep the monitoring it's twenty four ninety nine a month would you like to keep it going
C: um no thanks we're actually moving next month
A: we can move it with you to the new address
C: nah it's a rental we're going to we can't drill anything
A: okay understood should i arrange to pick up the cameras
C: yeah that'd be good
A: alright someone will call to set a time
C: okay thanks""",
False, 0.0, "neutral", "declines monitoring; yes is to equipment pickup"),

("FR12_027", "Hannah O'Brien", "2026-11-19T12:30:00", "clean",
"""A: Riverside Arena box office, Hannah speaking.
C: Hi, I need two accessible seats for the Christmas concert on December 12th, one is a wheelchair space.
A: I have a wheelchair space with a companion seat in section 104. That's $58 each.
C: That's great, book those please.
A: Done. Would you like accessible parking right by the entrance? It's $15 for the night.
C: Yes please, that would make the whole evening so much easier.
A: Added. Your confirmation number is RA-22817.
C: Thank you, really, you've been lovely.""",
True, 15.0, "positive", "books seats; accepts parking $15; grateful"),

("FR12_028", "Kwame Mensah", "2026-11-19T09:20:00", "asr",
"""A: good morning homefix appliance repair kwame speaking
C: hi my washing machine won't drain it's just full of water
A: okay what make is it
C: it's a bosch um the model's on the door wa four four two something
A: no worries we can send someone tomorrow between one and five the call out is eighty nine and that goes toward the repair
C: okay yeah book it
A: done and just so you know we do an extended cover plan one nineteen a year covers all your appliances
C: uh let me think about that one
A: sure thing the tech can tell you more tomorrow
C: okay""",
True, 0.0, "neutral", "books repair visit; call-out fee not upsell; warranty deferred"),

("FR12_029", "Leila Haddad", "2026-11-20T18:10:00", "clean",
"""A: Casa Lingua language school, Leila speaking.
C: Hi, I'm calling about the beginner Spanish evening class starting January 8th.
A: Yes, Thursdays 6:30 to 8, 8 weeks, $240. There are 3 spots left.
C: Okay, I want in. Hold a spot for me.
A: I'll hold one. I'll email the enrolment form, and once you sign it you're in.
C: Yes, send it over and I'll sign it tonight.
A: Perfect. Do you want the course workbook as well? It's $35, I can add it to the invoice.
C: Yes, add the book.
A: Done. See you in January.
C: Great, I'm really looking forward to it.""",
True, 35.0, "positive", "holds spot and will sign form = enrolment; accepts workbook $35"),

("FR12_030", "Ruben Vasquez", "2026-11-20T14:35:00", "asr",
"""A: tread and go tires ruben speaking
C: hi i need a price for four tires for a twenty seventeen honda civic
A: okay the mid range ones are one thirty eight each fitted so five fifty two for four
C: huh they were like a hundred each last year
A: yeah prices went up across the board
C: great love that how much is a line meant while i'm at it
A: alignment's ninety nine
C: no um you know what i'll try to get another month out of these
A: okay just give us a call when you're ready
C: yeah""",
False, 0.0, "negative", "price enquiry only, defers; sarcastic about price rise"),

("FR12_031", "Ingrid Solberg", "2026-11-21T10:00:00", "clean",
"""A: Hello, it's Ingrid from Field & Fjord magazine. Your subscription runs out at the end of the month.
C: Oh, is it that time already?
A: It is. Renewal is $48 for another year, 12 issues.
C: Yes, renew it. I read it cover to cover.
A: Wonderful. For $12 a year you can also get the digital archive, every issue back to 1998.
C: 1998? Go on then, add it.
A: Done. $60 in total on your card ending 0932.
C: Not bad at all. Thanks for the reminder.""",
True, 12.0, "positive", "renews; accepts digital archive $12/yr; 'not bad at all' mildly positive"),

("FR12_032", "Jamal Whitaker", "2026-11-21T16:45:00", "asr",
"""A: good afternoon ember and oak jamal speaking
C: hi can i get a table for six on saturday at eight
A: let me look uh eight's fully booked i could do six fifteen or nine thirty
C: nine thirty's kind of late with my mum but okay nine thirty then
A: nine thirty for six under what name
C: okonkwo o k o n k w o
A: got it and a number
C: oh seven seven oh nine one two two four eight
A: lovely that's booked for saturday at nine thirty
C: okay thanks""",
True, 0.0, "neutral", "chooses an offered alternative time; booked"),

("FR12_033", "Mei-Ling Chou", "2026-11-23T08:55:00", "clean",
"""A: Greenshield Pest Control, Mei-Ling speaking.
C: Hi. The ants are back. This is the third time since September.
A: I'm sorry. Your plan includes free re-treatments. I can send a technician Wednesday morning.
C: Fine, book Wednesday.
A: Booked, between 8 and 12.
C: Last time they said the barrier would last three months. It lasted three weeks.
A: I'll put a note for the technician to check the entry points.
C: Please do. I'm starting to wonder what I'm actually paying for.""",
True, 0.0, "negative", "books free re-treatment appointment (booking counts); dissatisfied"),

("FR12_034", "Oliver Pennington", "2026-11-23T13:15:00", "asr",
"""A: spoke and chain cycles oliver here
C: hi it's jonty checking on my bike the green one you had it in for a service
A: yeah it's done mate but the chain's pretty stretched it'll start skipping soon
C: ah right how much is a new one
A: thirty four for the chain fitted
C: yeah do the chain
A: sweet i'll put it on now ready in an hour
C: cheers mate you lot are brilliant""",
True, 34.0, "positive", "accepts new chain $34 on top of service; warm"),

("FR12_035", "Fatima Zahra Idrissi", "2026-11-24T19:00:00", "clean",
"""A: Golden Hour Photography, Fatima speaking.
C: Hi! We're getting married next September and a friend sent us your website.
A: Congratulations! Our full-day package is $3,200 and the half-day is $1,900.
C: Your portfolio is gorgeous, the beach wedding in the gallery made me cry.
A: That's so kind. Would you like me to pencil in your date?
C: We still need to talk it over with the venue. Could you email me the packages?
A: Of course. I'll send them this evening.
C: Thank you so much, you've been really sweet.""",
False, 0.0, "positive", "asks for email, no commitment; warm praise"),

("FR12_036", "Nikolai Petrov", "2026-11-24T11:20:00", "asr",
"""A: skyline satellite this is nikolai how can i help
C: yeah i want to cancel the bill keeps going up
A: i'm sorry to hear that you've been with us six years let me see what i can do
C: mhm
A: i can take twenty dollars a month off for the next twelve months so you'd be paying fifty four
C: fifty four instead of seventy four
A: that's right same channels
C: okay i'll stay on that then
A: great i've applied it from today
C: okay""",
True, 0.0, "neutral", "accepts retention discount = conversion; discount not upsell"),

("FR12_037", "Grace Adeyemi", "2026-11-25T15:50:00", "clean",
"""A: Little Lantern Theatre, Grace speaking.
C: Hi, I'd like tickets for The Snow Queen on Sunday the 6th, the 2 o'clock show.
A: How many?
C: Two adults, three children.
A: Okay, please confirm: 2 adults at $28 and 3 children at $18, Sunday December 6th at 2 pm, $110 in total?
C: You got it.
A: Booked. Would you like souvenir programmes? They're $8 each.
C: Just one, they'll only fight over it anyway.
A: One programme, added.
C: Okay. Thanks.""",
True, 8.0, "neutral", "confirms read-back; accepts one programme at $8"),

("FR12_038", "Luca Bianchi", "2026-11-25T19:40:00", "asr",
"""A: keyright locksmiths luca speaking
C: hi i've locked myself out my keys are on the kitchen table i can see them through the window
A: okay where are you
C: twenty nine cobden road
A: i can have someone there in about forty minutes it's eighty five for the call out and opening
C: eighty five just to open a door that's robbery
A: it's the after hours rate i'm afraid
C: fine send someone i'm freezing out here
A: okay he's on his way
C: yeah""",
True, 0.0, "negative", "agrees to paid call-out; resentful about price"),

("FR12_039", "Siobhan Keane", "2026-11-26T14:05:00", "clean",
"""A: Roadwise Driving School, Siobhan speaking.
C: Hi, I'd like to book lessons for my daughter. She's 17 and just got her permit.
A: We have a 5-lesson package for $250, or single lessons at $55.
C: Let's do the package.
A: Okay. The first slot is Saturday at 9.
C: Actually, wait. Let's just book one lesson first and see if she gets on with the instructor.
A: That's sensible. One lesson, Saturday at 9, $55.
C: Yes, that's fine.
A: Booked. The instructor will pick her up at home.
C: Okay, thank you.""",
True, 0.0, "neutral", "switches from package to single lesson, still books; no add-on"),

("FR12_040", "Arjun Mehta", "2026-11-26T09:30:00", "asr",
"""A: cloudport hosting support arjun speaking
C: yeah hi our site was down for six hours yesterday during our black friday sale
A: i'm really sorry there was an outage at one of our data centres
C: six hours do you know how many orders we lost
A: i understand i can credit your account for one month of hosting
C: one month that's forty dollars we lost thousands
A: i can escalate it to my manager for a review
C: yeah do that because honestly we're looking at moving providers
A: i'll raise it today
C: fine""",
False, 0.0, "negative", "complaint, credit offered not a purchase; angry"),
]
