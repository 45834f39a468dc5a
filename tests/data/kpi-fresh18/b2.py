CALLS = [
("FR18_021", "Aisha Khan", "2026-11-08T09:15:44", "clean", """A: Beacon TV and Internet, retention team, this is Aisha.
C: I want to cancel my TV package. I'm paying $89 a month for channels I never watch.
A: I understand. I can take $30 off your TV package for the next 12 months.
C: I'd stay if you could do $40 off. Otherwise no.
A: I'm sorry, $30 is the most I'm allowed to offer.
C: Then cancel it. I've been a customer for eleven years and this is what I get.
A: I've cancelled the TV package effective the end of your billing cycle. Your internet stays active.
C: Fine.
A: Is there anything else I can help with?
C: No. Honestly, I'm disappointed. Eleven years.""", False, 0.0, "negative", "conditional acceptance not met; TV cancelled; disappointed"),

("FR18_022", "Daniel Kim", "2026-11-08T11:48:03", "asr", """A: lotus day spa this is daniel
C: hi we'd like to book a couples massage for saturday afternoon
A: sure we have two o'clock or four fifteen
C: um four fifteen please
A: okay that's the sixty minute couples massage one twenty each so two forty total
C: yep that's fine
A: you're booked for four fifteen saturday would you like to add aromatherapy it's fifteen each
C: ooh yes for both of us
A: added so thirty more
C: perfect oh my gosh she's going to love this thank you""", True, 30.0, "positive", "booked; aromatherapy $15 each x2 = 30; excited"),

("FR18_023", "Sofia Rossi", "2026-11-08T14:22:19", "clean", """A: Crestline Bank mortgage desk, this is Sofia.
C: Hi, I'm thinking about refinancing. What are your current 30-year rates?
A: Today we're at 6.1% for a 30-year fixed, with no points.
C: And closing costs?
A: Typically around 2% of the loan amount. What's your current balance?
C: About $310,000, and we're at 7.25% now.
A: Refinancing could save you roughly $240 a month. I can start an application now if you'd like.
C: I'm interested, but can you email me the details first? I want to compare with my credit union.
A: Of course. What's the best email?
C: dana.price@mailbox.com.
A: Sent. Call us any time.
C: Will do. Thanks.""", False, 0.0, "neutral", "interest + email request, no commitment; neutral"),

("FR18_024", "Marcus Webb", "2026-11-09T08:58:30", "asr", """A: allstar plumbing this is marcus
C: hi um my water heater is leaking all over the garage floor i don't know what to do
A: okay first turn off the cold water valve on top of the tank can you see it
C: uh yeah the blue handle okay it's off
A: perfect we can have a tech out there tomorrow at eight the emergency call out is one forty nine
C: yes please book it
A: done and we have an annual maintenance plan for one ninety nine a year that covers flushes and inspections
C: let me think about the plan i just want this fixed first
A: totally understood the tech's name is carlos
C: okay thank you you guys are great for getting someone out so fast""", True, 0.0, "positive", "emergency visit booked; maintenance plan deferred; relieved and grateful"),

("FR18_025", "Hannah Lee", "2026-11-09T12:37:14", "clean", """A: Laugh Factory box office, Hannah speaking.
C: Hi, I'd like three tickets to the Ali Wong show on the 21st.
A: Sure, general admission is $42 each. That's three tickets for Saturday the 21st at 8 PM, $126 total. Correct?
C: Yes, correct.
A: Great. Would you like a parking pass for the garage next door? It's $20.
C: Yes, one parking pass please, we're all driving together.
A: Added. Your total is $146, and the tickets will be emailed.
C: Awesome. I've wanted to see her for years, thank you!""", True, 20.0, "positive", "read-back confirmed; parking $20 accepted; excited"),

("FR18_026", "Omar Haddad", "2026-11-09T16:09:50", "asr", """A: swift car rental this is omar
C: hi i've got a reservation for pickup at the airport on thursday and i need to move the pickup time to later
A: sure what time works
C: uh more like six p m my flight got pushed
A: no problem changed to six p m thursday and by the way we have an suv available it's twelve dollars more a day so forty eight total for the four days
C: hmm we do have a lot of luggage okay yeah do the upgrade
A: done you're in a midsize suv do you want our collision coverage at twenty two a day
C: no my credit card covers that
A: you're all set
C: okay thanks""", True, 48.0, "neutral", "free time change; SUV upgrade $48 for 4 days accepted (add-on to earlier booking); coverage declined"),

("FR18_027", "Grace Turner", "2026-11-10T10:26:41", "clean", """A: Pinecrest Medical Group, Grace speaking.
C: Hi, I need to see a dermatologist about a mole that's changed shape.
A: I'm sorry, the earliest dermatology opening is January 14th.
C: January? That's over two months away.
A: I know. I can add you to the cancellation waitlist, and your primary doctor can request an urgent referral.
C: Please put me on the waitlist, but I'm not booking January.
A: You're on the waitlist. I'll also send a message to Dr. Patel's office.
C: Okay.
A: Is there anything else?
C: No. That's really disappointing, honestly. You'd think a changing mole would be a priority.""", False, 0.0, "negative", "no availability; waitlist only, no appointment; disappointed"),

("FR18_028", "Luis Ortega", "2026-11-10T13:55:07", "asr", """A: daily courier subscriptions this is luis
C: yeah hi my paper hasn't shown up three days this week
A: i'm sorry about that let me check your route what's the address
C: twenty two elm court
A: i see the carrier flagged it i'll credit those three days
C: fine but i want it actually delivered not credited
A: understood i've reported it to the route manager and if you want you can add the digital edition for two ninety nine a month so you always have it
C: no thanks just fix the delivery
A: okay i'll make sure it's escalated
C: i've heard that before honestly this is getting old""", False, 0.0, "negative", "delivery complaint; digital add-on refused; fed up"),

("FR18_029", "Nina Petrova", "2026-11-10T18:12:29", "clean", """A: SunPath Solar, this is Nina.
C: Hi, I saw your ad about the free home solar assessment. How does that work?
A: An advisor comes out, looks at your roof and your bills, and gives you a savings estimate. There's no cost or obligation.
C: Sounds good. Can you do a weekday morning?
A: How about Tuesday the 17th at 10 AM?
C: Yes, let's book that.
A: Booked. What's the address?
C: 902 Sycamore Lane.
A: Got it. Your advisor will call the day before.
C: Great, thank you. I'm excited to see what the numbers look like.""", True, 0.0, "positive", "free assessment appointment booked (appointments count); positive"),

("FR18_030", "Ben Okafor", "2026-11-11T08:40:56", "asr", """A: skyway airlines reservations this is ben
C: hi i need a round trip from chicago to denver leaving december fifth back the ninth
A: okay i have a nonstop leaving at nine fifteen a m coming back at four p m two eighty nine round trip
C: yeah book it
A: booked would you like to add a checked bag it's thirty five each way
C: uh yes one bag each way
A: okay seventy for the bags and travel insurance is twenty four
C: nah skip the insurance
A: done your confirmation is p q r seven seven one
C: got it thanks""", True, 70.0, "neutral", "flight booked; bag $35 each way = 70; insurance declined"),

("FR18_031", "Chloe Martin", "2026-11-11T11:19:38", "clean", """A: Guardian Auto Insurance claims, this is Chloe.
C: I filed a claim six weeks ago after someone rear-ended me. I still don't have a check. My car's still sitting at the body shop.
A: I'm sorry. Let me look up the claim. It shows it's waiting on the adjuster's final report.
C: It's been "waiting on the adjuster" for four weeks. Every time I call I hear the same thing.
A: I understand your frustration. I'm escalating it to a supervisor now.
C: Do you know what I'm paying in rental car fees? My brother has Keystone and they paid his claim in ten days.
A: I'll note that and mark the claim urgent. A supervisor will call within 48 hours.
C: 48 hours. Sure.
A: Is there anything else I can do today?
C: Get me my money. When my policy's up, I'm gone.""", False, 0.0, "negative", "claim delay complaint; praises competitor; threatens to leave"),

("FR18_032", "Ravi Shah", "2026-11-11T19:34:15", "asr", """A: tony's pizza this is ravi pickup or delivery
C: delivery please uh two large pepperoni
A: okay two large pepperoni fourteen ninety nine each what's the address
C: four fifteen harbor street apartment three b
A: got it want to add garlic knots for five ninety nine
C: sure yeah add the knots
A: and any drinks two liter soda's three fifty
C: no we've got drinks
A: so two large pepperoni and garlic knots about forty minutes
C: cool thanks""", True, 5.99, "neutral", "pizza order main; garlic knots 5.99 accepted; drinks declined"),

("FR18_033", "Maria Lopez", "2026-11-12T09:07:22", "clean", """A: Taskboard support, this is Maria.
C: Hi, I've been locked out of my admin account all morning and my whole team is stuck.
A: I'm sorry. Let me verify the workspace. What's the workspace name?
C: Lumen Design.
A: Thanks. I've sent a reset link to the admin email on file. Can you check?
C: Got it... and I'm in. Oh, thank goodness.
A: Great. By the way, the Pro tier adds single sign-on so this doesn't happen again. It's $15 a user per month.
C: Maybe next quarter when our budget resets.
A: Sounds good, I'll send you some info.
C: Thank you so much. You fixed in five minutes what I fought with all morning.""", False, 0.0, "positive", "password reset free; Pro tier deferred; very grateful"),

("FR18_034", "James Carter", "2026-11-12T13:28:47", "asr", """A: beacon internet sales this is james
C: hi we just moved and i want to get internet set up
A: welcome what's the address
C: six sixty one willow bend
A: okay you're eligible for our three hundred meg plan at fifty five a month
C: that sounds fine okay let's do it
A: great installation is free i have friday between one and five
C: friday works
A: booked would you like to rent our mesh wifi system it's ten a month
C: uh yeah go ahead
A: added
C: actually you know what scratch the mesh thing my brother has a spare router i can use
A: no problem removed so just the internet and install friday
C: yep that's it and honestly your website was useless for this i tried for an hour""", True, 0.0, "negative", "internet sign-up; mesh rental accepted then retracted; ends complaining about website"),

("FR18_035", "Priya Nair", "2026-11-12T16:51:33", "clean", """A: Harborview Hotel reservations, Priya speaking.
C: Hi. I need to cancel my reservation for next weekend. My father is in the hospital.
A: I'm so sorry to hear that. Can I have the confirmation number?
C: HV-22907.
A: Thank you. Your rate was non-refundable, but given the circumstances I've cancelled it with a full refund of $412.
C: Oh. I really didn't expect that.
A: Of course. It'll appear in 3 to 5 days. I hope your father recovers quickly.
C: Thank you for being so understanding. That's a huge weight off.""", False, 0.0, "positive", "cancellation + refund; no purchase; grateful"),

("FR18_036", "Tom Becker", "2026-11-13T10:14:09", "asr", """A: main street auto this is tom
C: hi um i had you guys look at my brakes yesterday and i wanted the quote again
A: sure front pads and rotors on the camry comes to four twenty installed
C: four twenty wow that's way more than midas quoted me they said two sixty
A: our parts are oem and we include a two year warranty
C: yeah i get that but that's a big difference
A: i could take ten percent off
C: no i think i'll just go with midas honestly they were a lot friendlier about it too
A: okay understood
C: yeah bye""", False, 0.0, "negative", "declined; prefers competitor; curt"),

("FR18_037", "Aisha Khan", "2026-11-13T14:33:50", "clean", """A: Skyway Airlines, this is Aisha.
C: Hi, I'm flying to Lisbon on the 28th and I'd like to pick a window seat, if there's one left.
A: Sure, let me check. Economy windows are all taken, but premium economy has a window seat, 22A, for $129 more.
C: What do I get with premium economy?
A: Wider seat, more legroom, better meal and priority boarding. It's a seven-hour flight.
C: You know what, I've earned it. Yes, put me in 22A.
A: Done. You're upgraded to premium economy, seat 22A.
C: Lovely. Thank you, that's the first thing going right this week.""", True, 129.0, "positive", "premium economy $129 upgrade on earlier booking accepted; pleased"),

("FR18_038", "Daniel Kim", "2026-11-13T17:06:24", "asr", """A: crestline bank this is daniel
C: hi i'd like to open a savings account i saw the high yield one online
A: sure that's our four percent savings account no minimum balance
C: okay cool yeah i'd like to open that
A: great i'll just need to verify your identity what's your date of birth
C: july ninth nineteen ninety five
A: thank you your account's open you can fund it from checking in the app and we also have a cash back card with no annual fee
C: no i'm good just the savings
A: okay you're all set
C: okay thanks""", True, 0.0, "neutral", "account opened; card declined"),

("FR18_039", "Sofia Rossi", "2026-11-14T12:45:18", "clean", """A: TicketHub, this is Sofia.
C: Hi. The Arcade Fire show on the 30th was cancelled and I'd like my refund. Two tickets, $180.
A: I'm sorry about the cancellation. I can process the refund to your card, or give you $198 in credit, that's 10% extra, for any future show.
C: I'll just take the refund, please.
A: Done. $180 back to your card ending 3310 within 7 days.
C: Okay, thank you.
A: Anything else today?
C: No, that's everything. Though nobody even emailed me that the show was cancelled. I found out on Instagram. Not great.""", False, 0.0, "negative", "refund; credit offer declined; polite but negative about communication"),

("FR18_040", "Marcus Webb", "2026-11-14T18:20:31", "asr", """A: safehome security this is marcus
C: hi i'm already a customer and i want to add an outdoor camera for the driveway
A: sure the outdoor cam pro is one forty nine and we'll ship it tomorrow
C: okay yeah i'll take one
A: great and right now your plan keeps seven days of video the thirty day cloud plan is normally nine ninety nine a month but i can do six ninety nine for you
C: six ninety nine okay sure do that
A: done camera's on its way and cloud upgrade starts today
C: awesome you guys have always been really good to me""", True, 6.99, "positive", "camera main; cloud plan revised to 6.99 accepted; positive"),
]
