CALLS = [
("FR25_041", "Hannah Kim", "2026-11-18T19:20:00", "asr", """A: streamfast internet hannah speaking
C: yeah i want to cancel my internet it drops out every evening and i'm sick of it
A: i'm really sorry about that can i check your line real quick
C: go ahead but i've done this like five times
A: i can see the drops um there's a fault on the street cabinet that's being fixed on the eleventh
C: that's what they said last month
A: i understand if you stay i can give you three months free and bump you to the five hundred meg plan at no extra cost
C: three months free
A: yes and then your normal price of fifty five
C: fine i'll stay for now but if it drops again after the eleventh i'm gone for good
A: understood i've applied the credit and the upgrade
C: yeah whatever bye""", True, 0.0, "negative", "accepts retention offer (stays); free upgrade/credit are discounts, no upsell; still angry at end"),

("FR25_042", "Omar Haddad", "2026-11-19T09:00:00", "clean", """A: Alpine Lodge reservations, Omar speaking.
C: Hello! We'd like a double room for the 5th to the 8th of December, that's three nights.
A: Let me check. Yes, I have a Mountain View double at $210 a night.
C: Lovely, we'll take it.
A: Wonderful. We also have a spa package, massage and thermal pools, at $95 per person. Would you like that?
C: For two? Ooh. Yes, book it for both of us.
A: And breakfast is included in your rate.
C: Even better. Is there a shuttle from the station?
A: There is, it's free and runs every hour. So that's three nights from the 5th in a Mountain View double, plus the spa package for two.
C: That's perfect. We stayed with you in 2019 and loved it, so I'm so glad to be back.
A: We look forward to seeing you!""", True, 190.0, "positive", "hotel booked; spa $95 per person x 2 = 190; included breakfast/free shuttle are not add-ons"),

("FR25_043", "Sofia Rossi", "2026-11-19T12:30:00", "asr", """A: rapid rooter plumbing sofia speaking
C: hi um we've got a leak under the kitchen sink it's not huge but it's dripping into the cabinet
A: okay we can get someone out the diagnostic visit is eighty nine and that goes toward any repair
C: mhm when's the earliest
A: tomorrow between ten and twelve or friday at eight
C: tomorrow ten to twelve
A: alright what's the address
C: nine fourteen maple court unit two
A: got it and while the tech's there he can flush your water heater it's sixty nine normally ninety
C: uh how old does it have to be for that
A: anything over three years really
C: it's about five so okay sure add that
A: you're booked tomorrow ten to twelve with the flush
C: okay thanks""", True, 69.0, "neutral", "plumber visit booked by picking a slot; water heater flush revised 90->69 accepted after a question"),

("FR25_044", "Ben Walsh", "2026-11-19T16:40:00", "asr", """A: northgate bank card services this is ben
C: there are three charges on my card i didn't make one of them is like seven hundred dollars at some electronics store
A: i'm sorry let me take a look can you confirm the last four digits of the card
C: six six zero two
A: okay i see them i'm going to block the card now and open a dispute
C: how did this even happen i got no text no alert nothing
A: i understand the alerts should have triggered i'll raise that as well
C: you people are supposed to protect my money this is unbelievable
A: the new card will be sent free of charge in three to five days and the charges are reversed while we investigate
C: three to five days so what do i use until then
A: you can use the card in the app right away
C: fine but i'm seriously thinking about moving banks""", False, 0.0, "negative", "fraud complaint; free replacement card is not a purchase; angry"),

("FR25_045", "Chloe Martin", "2026-11-20T10:15:00", "asr", """A: dreamwell mattress chloe speaking
C: hi i tried the cloud nine hybrid at your store and i want to order the king
A: great choice the king is one thousand four hundred and ninety nine
C: is there any sale going on
A: i can do one thousand three ninety nine with the holiday promo
C: okay yeah let's do that
A: and would you like the waterproof protector it's normally eighty nine but i can do sixty with the mattress
C: sixty okay sure throw that in
A: great delivery is the sixteenth and we'll take the old mattress away for free
C: oh that's great i was wondering how to get rid of it you've been really lovely thanks""", True, 60.0, "positive", "mattress bought at promo price (main); protector revised 89->60 accepted; free removal not upsell"),

("FR25_046", "Raj Patel", "2026-11-20T13:50:00", "clean", """A: DevSummit registration, Raj speaking.
C: Hi, I'd like to register four people from our team for the conference in Austin.
A: Sure. Full passes are $299 each. Do you have the attendee names?
C: Yes, I'll email them. Can I pay by invoice?
A: Yes, for group bookings. There are also pre-conference workshops on the 12th at $75 each.
C: Only two of us want the Kubernetes workshop. So two workshops.
A: So four full passes and two Kubernetes workshop seats, invoiced to Brightforge Ltd. Shall I go ahead?
C: Yes, go ahead. Is lunch included?
A: Lunch and coffee are included on both days.
C: Okay. Thanks.""", True, 150.0, "neutral", "4 passes (main); 2 workshops at $75 each = 150; yes to closing question + question"),

("FR25_047", "Emma Novak", "2026-11-20T18:00:00", "asr", """A: freshplate customer care emma speaking
C: hi i'd like to cancel my subscription please
A: sure can i ask why you're leaving
C: we're just not cooking as much with the new baby it's nothing to do with you guys
A: congratulations we could pause it for up to eight weeks instead
C: no i think just cancel we'll come back later maybe
A: or i can give you half off the next four boxes
C: no thanks really just cancel it
A: okay i've cancelled it you won't be charged for next week
C: okay great thanks""", False, 0.0, "neutral", "cancellation, pause and discount declined; no complaint about the company"),

("FR25_048", "Luis Ortega", "2026-11-21T09:35:00", "asr", """A: hillside auto luis speaking
C: hi luis it's karen donovan you guys did my timing belt last year great job by the way
A: oh thanks karen what can we do for you
C: the brakes are squeaking so i'd like to bring it in
A: sure i can put you in monday at nine
C: monday at nine is perfect book me in
A: done and just so you know based on your mileage it's likely pads and rotors that's usually around six fifty
C: six hundred fifty for brakes are you kidding me
A: it could be less once we look
C: no that's ridiculous i'll take it to the tire place they quoted two hundred cancel monday
A: okay i've cancelled it
C: yeah thanks i'm done""", False, 0.0, "negative", "booking made then cancelled in same call; friendly start, angry end"),

("FR25_049", "Maria Lopez", "2026-11-21T11:55:00", "clean", """A: Sunway Holidays, Maria speaking.
C: Hi, I booked a package to Lisbon with you last month, booking reference SW-30918, and I realised I never added travel insurance.
A: Let me bring that up. Yes, two adults, 14 to 21 March. Our cover for that trip is $42 per person.
C: So $84 for both of us?
A: That's right, with cancellation cover up to $5,000 each.
C: Great, please add it for both of us.
A: Done. The policy documents are on their way to your email.
C: Brilliant. You've been so helpful, and the whole booking process was really smooth.
A: Thank you! Enjoy Lisbon.""", True, 84.0, "positive", "add-on to an earlier purchase accepted in this call: insurance $42 x 2 = 84 (see README)"),

("FR25_050", "James Carter", "2026-11-23T10:40:00", "clean", """A: Hi, this is James from HelpHive, following up on last week's demo. Do you have a couple of minutes?
C: Sure, briefly.
A: What did the team think?
C: To be honest, we weren't impressed. The reporting was clunky and it couldn't do half of what Zendesk does for us already.
A: I hear you. We've got a new reporting module coming in Q1, and I could offer 20% off the first year, $36 per agent per month.
C: I appreciate it, but it's not about price. It just wasn't a good fit.
A: Would it help if I set up a second demo with our product lead?
C: No, thank you. We'll stay where we are.
A: Understood. Can I check back in six months?
C: You can, but I wouldn't expect much to change.""", False, 0.0, "negative", "outbound follow-up; polite but negative, prefers competitor; refuses"),

("FR25_051", "Priya Nair", "2026-11-23T08:20:00", "asr", """A: riverside medical centre priya speaking
C: hi i need to see doctor lin about a rash it's been a week
A: um doctor lin's first in person slot is the twenty eighth i'm afraid
C: the twenty eighth that's two weeks away
A: i know i'm sorry but she has a video appointment tomorrow at nine fifteen if that suits
C: oh a video one yeah that'd be fine
A: okay tomorrow at nine fifteen video with doctor lin you'll get a link by text
C: yes perfect and can i send a photo beforehand
A: yes just reply to the text with the photo
C: oh that's brilliant thank you so much that's much better than waiting""", True, 0.0, "positive", "no early in-person slot; video appointment alternative booked and confirmed"),

("FR25_052", "Tom Becker", "2026-11-23T15:15:00", "asr", """A: hi this is tom from sunridge solar calling about the free roof assessment you asked about online
C: oh right yeah i did
A: based on your address we think about twelve panels would cover most of your bill
C: okay what would that run
A: about fourteen thousand before the tax credit so around ten thousand after
C: huh that's not bad at all honestly lower than i thought
A: it pays for itself in around seven years would you like to book the assessment
C: um can you send me something in writing first i'd like to go over it with my husband
A: of course i'll email the estimate today
C: great thanks tom this actually sounds really promising""", False, 0.0, "positive", "outbound; deferral (husband, send in writing), no booking; 'not bad at all' + 'promising'"),

("FR25_053", "Aisha Bello", "2026-11-24T12:05:00", "asr", """A: bloom and petal this is aisha
C: hi i want to send a dozen red roses to my mom for her birthday on saturday
A: lovely the dozen red roses are fifty nine ninety five what's the address
C: it's two hundred east lake drive in fairview
A: okay one sec um i'm so sorry fairview is outside our delivery zone on weekends
C: oh so you can't deliver at all
A: not on saturday i could do friday or monday
C: no it has to be on her birthday
A: okay so i won't place it then sorry about that
C: yeah that's a real shame i wish the website had said that before i picked everything out""", False, 0.0, "negative", "order could not be fulfilled (no Saturday delivery), alternatives refused; disappointed"),

("FR25_054", "Kenji Sato", "2026-11-24T18:30:00", "asr", """A: golden dragon this is kenji
C: hi can i get a takeout order for pickup
A: sure go ahead
C: um three orders of pork dumplings and a kung pao chicken
A: okay three dumplings and one kung pao anything else
C: uh no i think that's it
A: you want to add spring rolls they're four fifty each
C: sure give me two
A: okay so three dumplings one kung pao and two spring rolls that's forty one fifty ready in twenty minutes
C: yep that's right what's the name on it
A: i'll need your name actually
C: oh ha it's marcus
A: okay marcus twenty minutes
C: cool thanks""", True, 9.0, "neutral", "takeout order confirmed; two spring rolls at 4.50 each = 9 (quantity said apart from price)"),

("FR25_055", "Laura Smith", "2026-11-24T10:25:00", "clean", """A: Meridian Insurance claims, Laura speaking.
C: I got a letter saying my water damage claim has been declined. I want to know why.
A: I'm sorry to hear that. Can I have the claim number?
C: CL-2291-47.
A: Thank you. It says the damage was from a long-term leak, which the policy excludes; only sudden escapes of water are covered.
C: It wasn't long-term. The pipe burst on the 2nd. I sent you photos the same day.
A: I can see the photos. I can ask for the claim to be reviewed by a senior assessor.
C: Please do. Eleven years I've paid you and never claimed once, and this is what I get.
A: I understand. The review will take about ten working days.
C: Ten days. Great. Meanwhile my kitchen floor is rotting.
A: I've marked it urgent, and you'll get a reference number by email.
C: Fine. I'm not impressed.""", False, 0.0, "negative", "claim complaint; 'please do' to a review is not a purchase; sarcastic 'great', 'not impressed'"),

("FR25_056", "Diego Ramos", "2026-11-25T09:50:00", "asr", """A: streamfast new connections diego speaking
C: hi i just moved and i need internet set up
A: sure what's the address
C: thirty three willow way apartment twelve
A: okay you can get our three hundred meg plan for forty five a month and the install is forty nine one time
C: okay that's fine sign me up
A: great and if your place has thick walls you can add a mesh extender for five a month
C: hmm it's a pretty big apartment so yeah add one
A: okay the earliest install is tuesday between eight and noon
C: tuesday's good
A: alright you're all set
C: okay thanks""", True, 5.0, "neutral", "internet plan signed up (install fee is part of main, not upsell); extender $5/month accepted"),

("FR25_057", "Hannah Kim", "2026-11-25T14:10:00", "asr", """A: peak fitness this is hannah
C: hi i came in for a tour yesterday and i'd like to join
A: awesome the standard membership is thirty nine a month no contract
C: yeah let's do that one
A: great and new members can get four personal training sessions for one sixty normally it's sixty each
C: four for one sixty um yeah okay i could use someone to show me the ropes
A: perfect so membership plus the four session pack
C: yep and can i start tomorrow
A: you can your key fob will be at the front desk
C: amazing i'm so pumped thank you""", True, 160.0, "positive", "membership joined; 4-session bundle for $160 (bundle price, not 4 x 60)"),

("FR25_058", "Omar Haddad", "2026-11-25T17:45:00", "asr", """A: hi this is omar from city honda just following up on your visit on saturday
C: oh hi yeah um actually i already bought something
A: oh okay may i ask what you went with
C: a rav four from lakeside toyota honestly they were just a lot better to deal with
A: i'm sorry to hear that was there something we could have done better
C: well nobody here could tell me the actual price and i waited like forty minutes for a manager
A: i apologize for that i'll pass that along
C: yeah the toyota guy had everything ready in ten minutes no games
A: thanks for the feedback and congratulations on the new car
C: thanks bye""", False, 0.0, "negative", "outbound; bought from competitor, praises them and criticises this dealer"),

("FR25_059", "Sofia Rossi", "2026-11-26T11:30:00", "clean", """A: Clay Corner Studio, Sofia speaking.
C: Hi, I'd like to book two places on the Saturday wheel-throwing class, the one on the 21st.
A: Sure, that's $55 per person. Let me put that through... Oh, I'm sorry, the last two places were just taken online while we were talking.
C: Oh, really? Just now?
A: I'm afraid so. The next class with space is January 11th.
C: No, it was meant to be a Christmas present thing. Oh well, these things happen.
A: I'm sorry. I can email you when we add extra dates in December.
C: Sure, that's my email on the contact form. Thanks for trying.""", False, 0.0, "neutral", "booking failed (sold out), alternative declined; takes it calmly"),

("FR25_060", "Ben Walsh", "2026-11-26T15:05:00", "clean", """A: Brightline Wireless, Ben speaking.
C: Hi. I've been charged twice for October, $64 both times, and frankly I'm fed up. This is the second time this year.
A: I'm really sorry. Let me look... You're right, it's a duplicate. I've refunded the $64; you'll see it in 3-5 days.
C: Okay. Well, that was quicker than last time.
A: And I've added a $10 credit for the trouble.
C: Oh, thank you, that's nice of you.
A: While I have you, we've got a streaming bundle, Netflix and Disney+, for $8.99 a month on your bill.
C: Hmm. We pay more than that separately right now... yes, go on then, add it.
A: Done. It's active tonight; you'll get an activation text.
C: Brilliant. Thanks, Ben, you've actually turned my day around.""", True, 8.99, "positive", "refund/credit not upsell; streaming add-on to existing plan $8.99/month accepted; angry start, pleased end"),
]
