# FR26 batch 2 (calls 021-040), written by hand
CALLS = [
("FR26_021", "Fatima Sheikh", "2026-11-13T09:05:00", "clean", """A: Northstar Mobile, you've reached the loyalty team. I'm Fatima.
C: Hi. I want to cancel my plan, please. The contract ended last month.
A: I can help with that. May I ask why you're leaving?
C: Price, mostly. I'm paying $60 and I see $45 plans everywhere.
A: I understand. I can take $15 off your plan for the next 12 months, so you'd pay $45 and keep your number and data.
C: Same data, same everything?
A: Same everything, 30 GB.
C: Okay, fine. I'll stay on the discounted plan.
A: Done. While I have you, there's an international pack for $10 a month.
C: No, just the discount.
A: Understood. The new price shows on your next bill.
C: Okay.""", True, 0.0, "neutral", "accepted retention offer = conversion; discount is not upsell; international pack declined"),

("FR26_022", "Tom Reilly", "2026-11-13T11:32:00", "asr", """A: hi you've reached sunway car rental this is tom
C: hey i need a car at the airport from friday to monday
A: sure that's three days i have a compact at forty two a day
C: okay that works
A: great and i can upgrade you to a mid size suv for fifteen more per day
C: oh we've got skis so sure do the suv for all three days
A: perfect and collision coverage is twenty two a day
C: no my credit card covers that
A: no problem so pick up friday at one p m terminal b
C: yep that's it
A: you're all booked
C: awesome you've made this super easy thanks man""", True, 45.0, "positive", "rental booked; SUV upgrade $15/day x3 = 45; coverage declined; pleased"),

("FR26_023", "Aiko Tanaka", "2026-11-14T10:48:00", "clean", """A: Happy Paws Grooming, this is Aiko.
C: Hi! I'd like to book a full groom for my cocker spaniel, Biscuit.
A: Hi! I have Saturday at 10 a.m. The full groom for a cocker is $65.
C: Saturday at 10 is perfect, please book him in.
A: Done! We can add a nail trim for $12 and teeth brushing for $10.
C: Nail trim yes. Teeth no, he bites anyone who goes near his mouth.
A: Ha, noted. So the full groom plus the nail trim.
C: Yes. How long does it take?
A: About two hours, we'll text you when he's ready.
C: Perfect. You did such a lovely job last time, he looked like a show dog.""", True, 12.0, "positive", "groom booked; nail trim $12 accepted, teeth declined; praise"),

("FR26_024", "Ben Okafor", "2026-11-14T15:20:00", "asr", """A: hi is this missus lindqvist this is ben from crestmark bank
C: yes it is
A: i'm calling because rates have dropped and you could refinance your mortgage at five point one percent
C: oh okay what would that save us
A: about two hundred and ten a month on your current balance
C: hm that's not nothing
A: i can start the application right now it takes about fifteen minutes
C: no let me talk to my husband first he handles all the mortgage stuff
A: of course can i call back thursday
C: yes call me back thursday after six
A: will do thanks for your time
C: okay bye""", False, 0.0, "neutral", "deferral to husband; 'yes' only to a callback; neutral"),

("FR26_025", "Lucia Ferreira", "2026-11-16T08:50:00", "clean", """A: Harbourview Hotel guest services, Lucia speaking.
C: Yes. I stayed with you last weekend and you've charged my card twice. $210, twice.
A: I'm so sorry. Can I have the reservation number?
C: HV-29951. And I've already emailed twice with no reply.
A: I see both charges. The second one is a duplicate. I've issued a refund for $210.
C: How long does that take?
A: Three to five business days.
C: Three to five days. For your mistake.
A: I understand, I'm sorry. I've added a note so it's prioritised.
C: Fine. I'll believe it when I see it.""", False, 0.0, "negative", "billing complaint; refund is not a sale; ends resentful"),

("FR26_026", "Sam Whitaker", "2026-11-16T13:15:00", "asr", """A: ledgerly sales this is sam
C: hi we're a small bakery and i want to sign up for the accounting software
A: great the essentials plan is thirty dollars a month
C: okay yeah sign us up
A: done do you run payroll
C: yeah there's eight of us including me
A: our payroll add on is six dollars per employee per month
C: uh yeah add payroll for all eight of us
A: okay eight employees on payroll done
C: can i import from my spreadsheet
A: yes there's an import tool under settings
C: okay""", True, 48.0, "neutral", "plan sign-up; payroll $6 per employee x 8 = 48; neutral"),

("FR26_027", "Grace Liu", "2026-11-17T11:00:00", "clean", """A: Willow Barn Weddings, Grace speaking.
C: Hi! We just got engaged and we'd love to come and see the venue.
A: Congratulations! Tours are free. I have Saturday at 2 p.m. or Sunday at 11.
C: Saturday at 2, please. Yes, book us in for that.
A: Lovely, you're booked. Can I take a name and phone number?
C: Ellie Brandt, 555-0147.
A: Thank you. How many guests are you thinking of?
C: Around 120, maybe a few more.
A: That's a great size for the main barn.
C: Oh, we're so excited, your photos online are gorgeous.""", True, 0.0, "positive", "free venue tour booked = appointment booking (see README); phone/guest count are not prices; excited"),

("FR26_028", "Omar Haddad", "2026-11-17T14:42:00", "asr", """A: voltmart online orders this is omar
C: hi i want to order the zenbook x fifteen forty laptop the silver one
A: sure that one's eight ninety nine do you want me to place the order
C: yes please
A: done would you like the three year extended warranty it's a hundred and twenty nine
C: hmm what does it cover
A: accidental damage spills drops and the battery
C: okay yeah add it
A: great and a padded sleeve for twenty five
C: no thanks i've got a bag
A: okay it'll arrive wednesday
C: okay""", True, 129.0, "neutral", "laptop main (model number not a price); warranty $129 accepted; sleeve declined"),

("FR26_029", "Nina Petrova", "2026-11-18T18:30:00", "clean", """A: Tony's Pizza, Nina speaking.
C: Hi, can I get two large pepperonis for delivery?
A: Sure, that's $18 each. Anything else? Garlic bread is $6, wings are $11.50.
C: Ooh, garlic bread yes. And the wings.
A: Garlic bread and wings. Address?
C: 27 Linden Avenue, apartment 3.
A: That'll be about 35 minutes.
C: Actually, scratch the wings, my roommate says she's already made some.
A: No problem, wings off. So two large pepperonis and garlic bread.
C: Perfect. You guys are honestly the best pizza in town.""", True, 6.0, "positive", "pizzas main; garlic bread $6 kept; wings accepted then retracted by name; praise"),

("FR26_030", "Jake Morrison", "2026-11-18T20:05:00", "asr", """A: brightwater energy outage line this is jake
C: yeah our power's out again on cedar hill road
A: i'm sorry about that let me check yes there's a known outage affecting about three hundred homes
C: when's it coming back
A: crews estimate around eleven tonight
C: eleven that's three hours my freezer's full
A: i understand if it goes past that you may be eligible for a credit
C: that's the third outage this month it's getting really old
A: i've noted your address on the report
C: okay well this is not great honestly
A: i'm sorry for the trouble
C: yeah bye""", False, 0.0, "negative", "outage report, no purchase; fed up"),

("FR26_031", "Rosa Delgado", "2026-11-19T09:58:00", "clean", """A: Globeguard Travel Insurance, Rosa speaking.
C: Hello. I'm going to Portugal for six days in January and I want basic cover.
A: Of course. The basic single-trip policy for you is $84.
C: That's fine. I'll take it.
A: Great. Two options: cancel-for-any-reason cover at $39, and rental car damage cover at $9 per day.
C: Yes, add the cancellation one. My work schedule is unpredictable.
A: Added. And the car cover?
C: We're renting for the whole trip, so sure, the car cover too, all six days.
A: Six days at $9, done. The policy starts on January 9th.
C: Good. Send it to the email you have.
A: Will do.
C: Thank you.""", True, 93.0, "neutral", "basic policy main; $39 CFAR + $9/day x 6 = 54 -> 93; neutral"),

("FR26_032", "Kevin Park", "2026-11-19T16:10:00", "asr", """A: thanks for calling flixbox this is kevin
C: hi i got an email saying my plan's going up again
A: yes the standard plan goes from fifteen ninety nine to seventeen ninety nine next month
C: oh fantastic another price increase just what i needed
A: i understand if you upgrade to premium it's only five dollars more and you get four k
C: you're joking right no
A: okay i can keep you on standard
C: half the shows i watch got removed anyway
A: i'm sorry to hear that
C: yeah sure you are
A: is there anything else i can help with
C: no""", False, 0.0, "negative", "no purchase (staying on existing plan isn't a new commitment); upgrade refused; sarcastic"),

("FR26_033", "Priya Nair", "2026-11-20T10:20:00", "clean", """A: Motion Physio, Priya speaking.
C: Hi, I need an appointment for my shoulder, this week if possible.
A: I'm sorry, this week is full. The earliest is next Tuesday at 4:15 with Sam.
C: Tuesday at 4:15... yes, okay, I'll take that.
A: Booked. It's $95 for the initial assessment.
C: Fine.
A: We also offer a 30-minute massage after physio sessions for $40.
C: No thanks, just the physio.
A: No problem. See you Tuesday.
C: Great, thanks.""", True, 0.0, "neutral", "preferred week unavailable, alternative taken = conversion; massage declined; routine politeness"),

("FR26_034", "Marcus Bell", "2026-11-20T13:36:00", "asr", """A: hi this is marcus from topline roofing following up on the inspection
C: oh hi yeah the guy came out tuesday
A: great so the quote for the full replacement is eleven thousand four hundred
C: okay and that includes the gutters
A: yes gutters and a ten year workmanship warranty
C: that's really thorough honestly your inspector was great he explained everything
A: glad to hear it would you like to get on the schedule
C: sounds good i'll think about it and call you back next week
A: sure no pressure
C: you've been really helpful much better than the last company i called""", False, 0.0, "positive", "deferral ('I'll think about it'); praise for service"),

("FR26_035", "Hana Kowalski", "2026-11-21T12:05:00", "clean", """A: FibreNet sales, Hana speaking.
C: Hi, I just moved to 9 Orchard Close and I need broadband.
A: Welcome! Our 500 Mbps plan is $55 a month.
C: Yeah, that one. Let's do it.
A: Great. For $5 a month more, I can swap the standard router for a Wi-Fi 6 one.
C: Does it make much difference?
A: In a house with thick walls, it does.
C: Go on then, the walls here are like a castle.
A: Done. We also offer a static IP for $10 a month.
C: Not needed.
A: Installation is Monday the 23rd between 8 and 12.
C: Great, thanks a lot, that's really quick.""", True, 5.0, "positive", "broadband sign-up; Wi-Fi 6 router +$5 accepted; static IP declined; pleased"),

("FR26_036", "Diego Ortiz", "2026-11-21T17:18:00", "asr", """A: blue horizon cruises this is diego
C: hi we want to book the seven night caribbean cruise in march for me and my husband
A: lovely the balcony cabin is eleven hundred per person
C: yes that's the one let's book it
A: booked and would you like the drinks package it's sixty a day per person
C: hmm that's a lot
A: i can do fifty per day per person if you book it today
C: okay at fifty yeah for both of us for the seven days
A: great that's added
C: what port does it leave from
A: miami at four p m on the fourteenth
C: perfect oh this is going to be our first real holiday in years thank you""", True, 700.0, "positive", "cruise main; drinks revised $60->$50/day/person x2 x7 = 700; happy"),

("FR26_037", "Fatima Sheikh", "2026-11-23T10:40:00", "clean", """A: Stride Shoes, Fatima speaking.
C: Hi. I've tried to order the Alder boots on your site three times and it keeps crashing at checkout.
A: I'm sorry about that. I can place the order for you. Size and colour?
C: Size 9, tan. They're $140.
A: Yes, $140. Anything else?
C: How much is express shipping?
A: $20 for next-day.
C: I was only asking. Standard is fine.
A: Please confirm: Alder boots, size 9, tan, standard shipping to 6 Beacon Street, $140.
C: Yes, that's correct. Honestly, your website has been a pain, I nearly gave up.
A: I'm sorry, I'll pass that on.
C: Whatever, just send them.""", True, 0.0, "negative", "confirmed read-back; express price only asked about; annoyed to the end"),

("FR26_038", "Tom Reilly", "2026-11-23T15:25:00", "asr", """A: hi this is tom at lakeside auto thanks for calling back
C: hey yeah about the twenty nineteen outback
A: right so we agreed twenty one thousand four hundred out the door
C: yeah that's what we said and we'll take it
A: great i'll get the paperwork ready we also have all weather floor mats for one fifty
C: uh yeah with two dogs definitely add the mats
A: and the extended warranty is eighteen hundred for five years
C: no i'll pass on the warranty
A: no problem you can pick it up saturday at eleven
C: awesome i'm really happy with how this went you guys were straight with me""", True, 150.0, "positive", "car purchase main; floor mats $150 accepted; warranty declined; positive"),

("FR26_039", "Aiko Tanaka", "2026-11-24T11:11:00", "clean", """A: Sitewise, this is Aiko.
C: Hi. I need to move my shop site off my old plan before it expires on Friday.
A: Sure. The Business plan is $16 a month.
C: Fine, put me on it.
A: Done. You'll need a custom domain, that's $12 a year, and business email is $6 a month.
C: Yes, both. I need the email.
A: Added both. Is there anything else?
C: Yes, your onboarding emails. I get four a day. It's spam, honestly.
A: I'm sorry, I'll turn those off for you.
C: I'm only staying because migrating is a nightmare. I'm not happy with how this has gone.""", True, 18.0, "negative", "plan main; domain $12 + email $6 = 18; ends unhappy"),

("FR26_040", "Ben Okafor", "2026-11-24T19:30:00", "asr", """A: laugh factory box office this is ben
C: hi do you have two tickets for the friday show with dana cho
A: sorry friday's sold out but saturday at eight still has seats at forty five each
C: hmm saturday okay yeah we can do saturday two please
A: great two for saturday and there's a meet and greet after for thirty each
C: uh yeah add that for both of us
A: so two tickets and two meet and greets for saturday at eight
C: yes that's right
A: you're all set
C: okay thanks""", True, 60.0, "neutral", "Friday sold out, Saturday alternative taken; meet & greet $30 x2 = 60; neutral"),
]
