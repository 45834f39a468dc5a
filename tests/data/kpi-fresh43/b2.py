CALLS = [
("FR43_021", "Aisha Khan", "2026-11-09T10:02:37", "asr", """A: hi this is aisha with greenshield pest control am i speaking with mister dobbs
C: uh yeah this is frank who's calling
A: we treated your neighbor's house on willow court last week and we're offering quarterly service in the area
C: oh the johnsons yeah they mentioned you guys we've had ants in the kitchen since august
A: our quarterly plan covers ants spiders and roaches it's one twenty nine per visit
C: mhm and you'd spray inside too
A: inside and out and if they come back between visits we return for free
C: okay that sounds about right yeah sign me up
A: great can i confirm the address four oh two willow court
C: that's it
A: we can also treat the detached garage it's normally forty five but i can do it for thirty since we're already on your street
C: for thirty yeah go ahead and do the garage too
A: perfect first visit is monday the sixteenth between nine and eleven
C: great honestly glad you called i was about to look somebody up""", True, 30.0, "positive", "Quarterly plan sign-up; garage revised 45->30 and accepted = 30; glad at end"),

("FR43_022", "Luis Ortega", "2026-11-09T11:48:50", "clean", """A: Riverside Physical Therapy, this is Luis.
C: Hi, my orthopedist referred me for knee therapy after surgery. She said to start within two weeks.
A: Of course. Can I have your name, date of birth and insurance?
C: Sandra Voss, 6/22/1965, Blue Valley PPO.
A: Thank you. Our in-network therapists are booked until December 15th, unfortunately.
C: December? The surgery was on the 3rd. That's six weeks.
A: I understand. I do have an out-of-network therapist with openings next week, but it would be $140 a session out of pocket.
C: I can't do $140 a session, I need twelve sessions.
A: I can put you on the cancellation list for in-network slots.
C: Yes, please put me on the list.
A: Done. We'll call if anything opens up.
C: This is really frustrating. My doctor made it sound urgent and now I'm just waiting.
A: I'm sorry. Would it help if I sent a list of other in-network clinics?
C: I guess. Send it to the email on file.""", False, 0.0, "negative", "No appointment booked; out-of-network declined; free cancellation list is not a booking; frustrated"),

("FR43_023", "Hannah Cole", "2026-11-09T14:20:03", "clean", """A: LedgerLoop sales, this is Hannah.
C: Hi. We're on the Basic plan and we've hit the user limit. Company is Tidewater Analytics.
A: Thanks. Can I verify the admin email?
C: ops@tidewateranalytics.com.
A: Got it. You have five users on Basic. Pro is $29 per user a month and supports unlimited users.
C: We'd need eight users for now.
A: That's $232 a month. Pro also unlocks audit logs and SSO.
C: Okay. Upgrade us to Pro with eight users.
A: Done, effective today with a prorated charge. Would you like priority support? It's $99 a month, with a four-hour response time.
C: Our last outage took two days to get an answer. Yes, add priority support.
A: Added. You'll get a welcome email with your support line.
C: Is there a setup fee for SSO?
A: No, it's included.
C: Okay. Thanks.""", True, 99.0, "neutral", "Plan upgrade to Pro is the main purchase; priority support $99/month accepted = 99; matter-of-fact tone"),

("FR43_024", "Marcus Webb", "2026-11-09T17:33:12", "asr", """A: skyline wireless billing this is marcus
C: hi yeah um i've got a charge on my bill for international roaming and i've never left ohio
A: sorry about that can i get your name and the phone number on the account
C: brenda kowalski six one four five five five zero one nine nine
A: thank you brenda i see a roaming charge of eighty seven dollars from the twelfth
C: yeah i was at my sister's in dayton on the twelfth not mexico
A: it looks like your phone connected to a cruise ship network signal near the lake that happens sometimes
C: a cruise ship on lake erie okay
A: it's a known glitch i'm removing the charge completely and i'll add a block so it can't happen again
C: oh okay so it's just gone
A: it's gone you'll see the credit on your next statement
C: wow okay i was ready for a fight honestly
A: no fight needed anything else
C: no that's it you fixed it in like five minutes thank you so much i really appreciate it""", False, 0.0, "positive", "Charge removed (refund), nothing bought; braced for a fight, ends very grateful"),

("FR43_025", "Yuki Tanaka", "2026-11-10T09:15:29", "clean", """A: Azure Seas Cruises, this is Yuki. How can I help?
C: Hi Yuki. My wife and I are celebrating our 25th anniversary in March and we're looking at the Caribbean.
A: Congratulations! There are two of you traveling?
C: Just the two of us, no kids this time.
A: Lovely. For March 8th, seven nights from Miami, I have three options: an inside cabin at $1,290 per person, an ocean view at $1,540, or a balcony at $1,880.
C: What's the difference between the ocean view and the balcony, besides the obvious?
A: The balcony cabins are also on a higher deck and a bit larger.
C: And we'd get the Cozumel stop either way?
A: Yes, same itinerary: Cozumel, Roatán and Belize City.
C: Okay, let's go with the balcony one. It's our 25th after all.
A: Wonderful. Names as on your passports and dates of birth?
C: Robert Ellison, 2/11/1972, and Diane Ellison, 8/30/1974.
A: Thank you. In Cozumel there's a snorkel and beach excursion for $85 per person. Would you like to add that?
C: Yes, book that for both of us. Diane's been talking about snorkeling for years. You've made this so easy, thank you!""", True, 170.0, "positive", "Picked balcony of three options; snorkel $85 per person x 2 travellers = 170; delighted"),

("FR43_026", "Grace Okafor", "2026-11-10T12:44:58", "clean", """A: Hi, this is Grace from Maple Toyota. I'm following up on your online inquiry about the RAV4 Hybrid.
C: Oh, right. Yes, I filled that out Sunday night.
A: Are you still shopping?
C: Sort of. I drove the CR-V at Lakeview Honda on Saturday. The salesman there, Miguel, was really great.
A: Glad you had a good experience. Would you like to come in for a test drive of the RAV4 to compare?
C: What days are you open late?
A: Until 8 on weekdays. I have Thursday at 6 or Friday at 5:30.
C: Thursday at 6. Put me down for that.
A: You're set. Can I confirm your number as 614-555-0138?
C: Yes, that's my cell.
A: And it's Ms. Joy Bennett?
C: Yes. Just so you know, I'm not buying anything Thursday, just driving.
A: Understood, no pressure. See you Thursday.
C: Okay.""", True, 0.0, "neutral", "Test-drive appointment booked (appointment counts); praise is for a competitor's salesman; 'Joy' is a name; neutral"),

("FR43_027", "Sam Rivera", "2026-11-10T16:07:41", "asr", """A: first harbor bank this is sam how can i help
C: hi uh me and my partner are thinking about buying a house and i wanted to talk to somebody about a mortgage
A: of course i can set you up with one of our mortgage advisors can i verify your name and date of birth
C: luis pereira november fifth nineteen ninety
A: thank you and the last four of your account number
C: seven seven one two
A: great the advisors have openings wednesday at ten or saturday at nine thirty at the elm street branch
C: um saturday is better we both work
A: saturday at nine thirty at elm street does that work
C: yeah that's good put us down
A: you're booked please bring two pay stubs and your last two tax returns
C: okay two pay stubs and the returns got it
A: anything else
C: no that's all thanks""", True, 0.0, "neutral", "Mortgage advisor appointment booked; routine tone"),

("FR43_028", "Nina Petrov", "2026-11-10T19:22:16", "clean", """A: VoltMart phone orders, this is Nina.
C: Hi. I've been trying to order a laptop on your site for an hour. It crashed three times at checkout.
A: I'm sorry about that. I can place it for you. Which model?
C: The Aero 14, 16 gigs, silver. It's $1,049.
A: Got it. Name and shipping address?
C: Marcus Lindqvist, 88 Crane Street, Apartment 5, Madison.
A: Thank you. Would you like our 3-year protection plan? It's normally $149.
C: Not at that price.
A: I can take it down to $119 since the site gave you trouble.
C: Fine, $119, add it.
A: Added. And a wireless mouse for $29?
C: No.
A: Your order is placed, arriving Thursday.
C: Let's hope delivery is less of a mess than your website.""", True, 119.0, "negative", "Laptop ordered; protection plan revised 149->119 accepted; mouse declined; irritated throughout and at end"),

("FR43_029", "Omar Haddad", "2026-11-11T08:31:05", "clean", """A: Evergreen Power outage line, this is Omar.
C: Our power's been out since 2 a.m. on Linden Avenue. Is anyone even working on it?
A: I'm sorry. Can I get the address?
C: 1507 Linden Avenue. Under Rachel Obi.
A: Thank you, Ms. Obi. There's a transformer failure affecting 340 homes. Crews are on site, and the estimate is noon.
C: Noon. I have a freezer full of breast milk.
A: I understand. We have a reimbursement form for spoiled food up to $150.
C: Send it. I'll need it.
A: Sent to your email. Also, I see you don't have our surge protection plan. It's $7.99 a month and covers appliance damage from outages.
C: Seriously? You're selling me something right now?
A: I apologize, I'll note that you're not interested.
C: Not right now, no. I just want my lights on.
A: Understood. We'll text you when power is restored.
C: Yeah. Okay.""", False, 0.0, "negative", "Outage call; surge plan declined; food reimbursement is not a purchase; upset"),

("FR43_030", "Chloe Martin", "2026-11-11T13:54:47", "asr", """A: ironworks fitness this is chloe
C: hey chloe i came in for the free week and i think i'm ready to join
A: oh awesome how did you like it
C: honestly loved it the morning spin class is amazing
A: haha that's marcy's class she's the best so we have monthly at fifty nine or annual at four ninety nine which saves you about two hundred
C: let's do the annual
A: great can i get your name and birthday
C: tasha greene july nineteenth ninety five
A: thank you tasha we also have an intro training pack three personal training sessions for one fifty
C: um what do they do in the sessions
A: a full assessment and a plan built for your goals
C: okay yeah add that i want to do it right
A: done you're all set with the annual and the three sessions
C: yay thank you i'm so excited""", True, 150.0, "positive", "Annual membership chosen; three-session pack for 150 (bundle price) accepted; excited"),

("FR43_031", "Ben Fischer", "2026-11-11T19:40:33", "clean", """A: Thanks for calling Bella Notte, this is Ben.
C: Hi Ben. So my delivery just showed up and, great, no lasagna. The one thing my son wanted for his birthday.
A: Oh no, I'm so sorry. Can I have the order number?
C: It's 3391. Under Kessler.
A: I see it, Mr. Kessler. The lasagna was marked as packed but clearly it wasn't.
C: Clearly.
A: I'm sending a fresh one out right now on us, about 25 minutes, and I'm refunding the lasagna on your card as well.
C: Wait, you're refunding it and sending one?
A: Yes, and there will be a tiramisu in the bag for the birthday boy.
C: Oh, that's really kind. He's going to be thrilled.
A: It's the least we can do.
C: Honestly, you've turned the evening around. Thank you, Ben.
A: Happy birthday to him!
C: I'll tell him. Thanks again.""", False, 0.0, "positive", "Complaint; free replacement and refund are not purchases; sarcastic opening ends warmly grateful"),

("FR43_032", "Rosa Alvarez", "2026-11-12T10:28:19", "clean", """A: Summit Exteriors, this is Rosa returning your call about the gutter estimate.
C: Hi Rosa, thanks for calling back. This is Paul Greer.
A: Hi Mr. Greer. For 180 feet of seamless aluminum gutters with guards at 56 Ridge Lane, the estimate is $2,300.
C: Okay. Apex Roofing quoted me $1,900 for the same thing.
A: Do they include guards?
C: They do. And their guy was really thorough, honestly, spent an hour on the roof.
A: Our guards are a micro-mesh and carry a 25-year warranty.
C: I'd go with you if you could match the $1,900.
A: The lowest I can go is $2,150.
C: Then I'll pass, I think. Apex it is.
A: Understood. If anything changes, the quote is good for 60 days.
C: Okay. Thanks for getting back to me.""", False, 0.0, "neutral", "Conditional on price match, not met, declined; competitor praise; polite neutral tone"),

("FR43_033", "Maria Lopez", "2026-11-12T15:03:47", "asr", """A: thanks for calling roadway rentals this is maria
C: hi i need a car in phoenix from the twentieth to the twenty fourth
A: sure picking up at the airport
C: yeah sky harbor flight lands around three
A: i have a compact at thirty eight a day or a midsize at forty four a day
C: um the midsize we have two car seats
A: speaking of that do you need child seats we have them for fifteen dollars for the whole rental each
C: no we're bringing ours
A: okay and collision coverage is twenty two a day
C: no my credit card covers that
A: got it can i get the name as it appears on the license
C: aaron mitchell
A: so a midsize from the twentieth at three pm to the twenty fourth at sky harbor shall i reserve it
C: yeah reserve it
A: done confirmation is on its way to your email""", True, 0.0, "neutral", "Midsize reserved; child seats and collision coverage both declined; routine tone"),

("FR43_034", "Devon Price", "2026-11-12T18:16:25", "clean", """A: Skyline Wireless, this is Devon.
C: Hi, I bought a Pixel here last Tuesday and the guy said I could still add the protection plan within 14 days.
A: That's right. Can I verify the account, name and last four of the phone number?
C: Jenna Walsh, and it ends in 0192.
A: Thanks, Jenna. Device protection is $12 a month and covers drops, spills and theft.
C: Yes, add that to the phone.
A: Added. Since you're here, we have a tempered-glass screen protector with installation at any store for $20.
C: Twenty dollars? Sure, why not. I already cracked my last one in a week.
A: I'll add it; you can pick it up at the Hamilton store anytime.
C: Does the protection start today?
A: It starts today.
C: Great, that's a relief. Thanks, Devon.
A: You're welcome!
C: Bye.""", True, 20.0, "neutral", "Protection plan is this call's main purchase (add-on to an earlier phone purchase); screen protector $20 on top = 20; routine"),

("FR43_035", "Priya Nair", "2026-11-13T09:38:02", "clean", """A: PawSure Pet Insurance, this is Priya. Thanks for holding.
C: Hi! I'm calling about insurance for my kitten, Bella. She's eleven weeks old.
A: Congratulations on the new kitten! What's your name and zip code?
C: Monica Tran, 97214.
A: Thank you. The Accident and Illness plan for Bella is $28 a month with a $250 deductible.
C: Okay, that's fine. Let's do that one.
A: Great. We also offer dental coverage for $6 a month.
C: No, skip the dental.
A: No problem. Card ending?
C: 8820.
A: You're enrolled, coverage starts in 14 days for illness.
C: Okay. Just so you know, I was on hold for forty minutes before you picked up.
A: I'm sorry about that, we're very busy this week.
C: Forty minutes is too long. I almost went with Lemonade. Don't make people wait like that.""", True, 0.0, "negative", "Enrolled ('Let's do that one'); dental declined; friendly start, ends with a firm complaint about hold"),

("FR43_036", "Tom Becker", "2026-11-13T12:12:40", "asr", """A: notewell support this is tom
C: hi um i got charged eighty nine ninety nine for an annual renewal and i never wanted it to renew
A: sorry about that let me look can i have the account email
C: d mcallister at fastmail dot com
A: thanks i see the renewal went through on the eleventh
C: yeah i haven't opened the app since like june
A: i understand before i process anything i could offer you the year at half price forty five dollars
C: no i just want it cancelled and the money back
A: okay i've cancelled the subscription and refunded the full eighty nine ninety nine
C: how long does that take
A: five to ten business days depending on your bank
C: okay
A: you'll keep access until the end of the day today
C: alright thanks for sorting it""", False, 0.0, "neutral", "Cancellation and refund; half-price save offer declined; routine end"),

("FR43_037", "Aisha Khan", "2026-11-13T16:49:55", "clean", """A: Pulse Events, this is Aisha.
C: Hi Aisha! We're getting married June 13th and our planner recommended your DJs.
A: Congratulations! Where's the venue?
C: The Grove at Miller Farm, outside Lexington.
A: Beautiful spot. Our Classic package is five hours, DJ and MC, for $1,200.
C: That's what we were hoping for. We'll take the Classic.
A: Wonderful. Would you like uplighting? It's $300 for the reception barn.
C: Yes! The barn is pretty dark.
A: And an extra hour is $150, in case the party runs late.
C: Oh, we'll definitely need that. My family never leaves early.
A: Classic package, uplighting and one extra hour. I'll send the contract and a $300 deposit link to your email.
C: Perfect, it's kelsey.ramos@outlook.com.
A: Got it. You're on the calendar.
C: Yay, one thing off the list. You've been lovely, thank you!""", True, 450.0, "positive", "DJ package booked; uplighting $300 + extra hour $150 = 450; deposit is not an add-on; delighted"),

("FR43_038", "Luis Ortega", "2026-11-14T08:20:14", "asr", """A: good morning lakeview animal clinic this is luis
C: hi um my cat's been throwing up for like two days and i want to bring her in
A: oh poor thing what's her name
C: pepper she's nine
A: and your name
C: diane walsh
A: thank you the earliest i have is tuesday at ten
C: tuesday's no good i work downtown on tuesdays
A: i also have thursday at four or thursday at five fifteen
C: um okay thursday at four works put us down
A: thursday at four for pepper the exam is sixty five
C: okay
A: if she stops eating before then call us and we'll squeeze her in
C: okay will do thanks""", True, 0.0, "neutral", "Vet appointment booked after first slot refused; routine tone"),

("FR43_039", "Hannah Cole", "2026-11-14T11:33:29", "clean", """A: Harmony Music School, this is Hannah.
C: Hi, I'm asking for my daughter, Melody. She's nine and wants piano lessons.
A: How fun. Has she played before?
C: A little on a keyboard at her grandma's in Pretty Prairie. Mostly by ear.
A: That's a great start. Weekly 30-minute lessons are $160 a month, and we have Saturday morning slots.
C: I like that you have Saturdays. That's pretty steep for us, though.
A: We also have group lessons at $90 a month, four kids per class.
C: Like, how much attention does she get in a group?
A: The teacher rotates, so about seven or eight minutes one-on-one, plus group work.
C: Hmm. I'd have to look at our budget for January.
A: Of course. Can I send you the schedule?
C: Sure. Our email is the one on the website form.
A: Will do.
C: Okay, thanks.""", False, 0.0, "neutral", "No commitment, deferral; 'Melody', 'Pretty Prairie', 'like' are not sentiment; neutral"),

("FR43_040", "Marcus Webb", "2026-11-14T17:58:36", "asr", """A: stride shoes phone orders this is marcus
C: yeah i need the trail runner nine in men's size eleven
A: sure the trail runner nine is one thirty can i get your name and zip
C: craig holloway zero two one three nine
A: thanks craig i see an old order from september did that return go okay
C: oh you mean the one that took six weeks to refund yeah that was great
A: i'm sorry about that
C: mhm
A: okay shall i place the trail runner nine in eleven
C: yeah go ahead
A: placed we also have a three pack of running socks for twelve dollars
C: sure throw them in
A: added they'll ship together tomorrow
C: great let's see if these actually get here this month""", True, 12.0, "negative", "Shoes ordered; socks 3-pack $12 accepted = 12; sarcasm about slow refund and delivery"),
]
