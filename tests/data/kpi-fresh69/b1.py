CALLS = [
("FR69_001", "Maya Okafor", "2026-11-02T10:14:00", "clean",
"""A: Thanks for calling Riverside Amphitheater box office, this is Maya. How can I help?
C: Hi, I'm trying to get tickets for the Lumen Vale show on the 21st. Two of them, lower lawn if there's anything left.
A: Let me look. Lower lawn has space, those are $48 each, so $96 for the pair before fees. I can also add a reserved parking pass for $25, that's one pass per car.
C: Where's the reserved lot compared to the general one?
A: Right next to the north gate. General parking is about a ten-minute walk across the field.
C: And is the reserved lot the one that empties out faster after the show?
A: It has its own exit onto Route 9, so yes, usually much faster.
C: Okay. Let's do the two lawn tickets.
A: Sure. And the parking?
C: Yeah, go on, add the parking too. My sister's knees will thank me.
A: Done. Two lower lawn tickets and one reserved parking pass, $121 plus fees, to the card ending 4410?
C: That's right. Oh, this is great, she's going to be thrilled.""",
True, 25.00, "positive", "asks two questions about the lot, then 'go on, add the parking too' ($25, one pass) and confirms read-back; 'this is great'"),

("FR69_002", "Daniel Brennan", "2026-11-02T11:40:00", "clean",
"""A: Ironline Fitness member services, Daniel speaking.
C: I want to cancel my membership. I've been paying $44 a month and I go maybe twice.
A: I can help with that. Before I process it, can I ask what times you usually come in?
C: Weekday mornings, before work. Six-ish.
A: Then the off-peak plan might suit you. It covers 5 to 10 a.m. and after 8 p.m., and it's $19.99 a month. No new joining fee.
C: Do I keep my locker?
A: Locker rental is separate, $6 a month, and it stays as it is.
C: Hm. And if I still don't go, can I cancel next month without another lecture?
A: Yes, one month's notice, no questions.
C: Fine. Switch me to the off-peak one then.
A: Done, starting with your next billing date on the 1st. You'll get an email confirmation.
C: Okay. Thanks.""",
True, 0.00, "neutral", "save offer accepted: 'Switch me to the off-peak one'; downgrade, existing locker is not a new add-on; flat 'Fine'/'Okay. Thanks.'"),

("FR69_003", "Priya Raman", "2026-11-02T14:05:00", "asr",
"""A: thanks for calling brightpath learning this is priya
C: hi um yeah i was looking at the data analytics certificate the twelve week one
A: sure that one starts on the thirtieth it's eleven hundred and ninety dollars or you can split it into three payments of four hundred
C: okay and is it live classes or like recorded
A: both there are two live sessions a week in the evening and everything is recorded if you miss one
C: mhm and do you do invoices to a company because my work might pay for it
A: yes we can invoice your employer directly i'd just need their billing contact
C: okay yeah so i i need to check with my manager first about the reimbursement thing before i do anything
A: of course would you like me to hold a seat for you until friday no charge
C: uh yeah sure hold it that's fine
A: done it's held until friday at five i'll email you the details
C: okay thanks bye""",
False, 0.00, "neutral", "defers: 'need to check with my manager first'; the yes is to a free no-charge seat hold, not a purchase"),

("FR69_004", "Tomasz Wilk", "2026-11-03T09:22:00", "clean",
"""A: StreamNest support, Tomasz here.
C: Third time this week the picture drops to potato quality halfway through a match. I pay for HD.
A: I'm sorry about that. I can see your account is on the Standard plan. Let me run a line check... your connection to us looks fine at the moment.
C: It's fine now. It's not fine at 8 p.m. on a Saturday.
A: Understood. One option some customers take is Premium, which gets priority streaming servers, it's $6 more a month.
C: So I pay more so the thing I already pay for works? No.
A: I understand. I'll log a ticket with the network team and reference your peak times.
C: You logged one last week too. Nothing happened.
A: I'll mark this one as a repeat so it's escalated.
C: Whatever. I'm giving it till the end of the month and then I'm out.""",
False, 0.00, "negative", "upgrade refused ('So I pay more... No.'); ends 'Whatever... then I'm out'"),

("FR69_005", "Lucia Ferreira", "2026-11-03T10:48:00", "clean",
"""A: Good morning, Sunwater Yoga, this is Lucia.
C: Hi! My husband and I want to start coming. What's the best way to do it for the two of us?
A: Most couples start with the 10-class pack. It's $150 per person and it's good for four months.
C: Can we share one pack, like use it five times each?
A: Unfortunately packs are per person, but there's no expiry stress, four months is plenty.
C: Okay, then two packs.
A: Lovely. Since you're both new, there's also a Foundations workshop on Saturday, two hours on alignment and breathing. It's $30 per person, not part of the pack.
C: Is it a beginner thing? We are very beginner.
A: It's exactly for that. Mostly people in their first month.
C: Then yes, put both of us in it.
A: So that's two 10-class packs at $150 each, and two spots in Saturday's workshop at $30 each, $360 altogether. Shall I charge the card on file?
C: Yes please. I'm actually excited, we've been talking about this for ages.""",
True, 60.00, "positive", "'then two packs' (main); workshop 'put both of us in it' = 2 x $30; 'I'm actually excited'"),

("FR69_006", "Marcus Hale", "2026-11-03T13:30:00", "asr",
"""A: hi you've reached ledgerly sales this is marcus
C: yeah hi we're on the team plan and we've got three new people starting monday so i need to add three seats
A: no problem each seat on team is twelve dollars a month so that'd be thirty six a month extra prorated for this cycle
C: yeah that's fine go ahead and add the three
A: okay three seats added they'll get invites once you put their emails in the admin page
C: cool
A: while i've got you we've got a priority support add on forty nine a month gets you a one hour response time
C: um no we're good we barely call you guys honestly
A: fair enough anything else today
C: nope that's it thanks""",
True, 0.00, "neutral", "'go ahead and add the three' seats is the main purchase; priority support declined 'no we're good'"),

("FR69_007", "Hannah Lindqvist", "2026-11-04T11:02:00", "clean",
"""A: Palace Theatre box office, Hannah speaking.
C: Hi, I'd like four tickets for The Snow Queen, Saturday the 28th, the 2 p.m.
A: Let me see... I have four together in row K of the stalls at $38 each.
C: Perfect, those.
A: So four stalls seats, row K, Saturday 28th at 2 p.m., $152 in total?
C: Yes, that's right.
A: Thank you... I'm sorry, the system has just come back saying those seats were taken while we were holding them. It's the last weekend before the run closes and the matinee is now completely sold out.
C: You're joking. You literally just read them to me.
A: I'm really sorry. I do have four together on Sunday the 29th at 2 p.m.
C: The kids have a thing Sunday. No. That's really annoying, they've been looking forward to it for weeks.
A: I understand. I can put you on the returns list for Saturday, it's free, and we'd call if four come back.
C: Fine, put me on it. I'm not holding my breath.""",
False, 0.00, "negative", "read-back confirmed but seats lost, matinee sold out; Sunday refused; only a free returns list; 'really annoying', 'not holding my breath'"),

("FR69_008", "Jerome Batiste", "2026-11-04T15:17:00", "clean",
"""A: Casa Lingua, Jerome speaking, how can I help?
C: Hi, I did your online placement test and it put me at B1. I'm looking at the Tuesday-Thursday evening course.
A: Great, that one runs ten weeks from the 1st of December, 6:30 to 8. The fee is $420.
C: Are classes small? I did a course once with twenty-five people and never got to speak.
A: Maximum of ten, and usually eight or nine.
C: And if I miss a class because of work?
A: You can join the Wednesday group that week instead, as long as there's a place.
C: Okay, that sounds right. Enroll me.
A: Wonderful. The course book is $45 if you'd like us to order it for you, or you can get it anywhere.
C: I'll find it second hand, thanks.
A: No problem. Enrolment's done, you'll get an email with the room and the book title.
C: Brilliant, that's exactly what I was after. Thank you.""",
True, 0.00, "positive", "'Enroll me' after questions; book declined ('I'll find it second hand'); 'Brilliant, that's exactly what I was after'"),

("FR69_009", "Aiko Tanaka", "2026-11-05T10:30:00", "asr",
"""A: hi is this ken this is aiko from peak republic gym
C: yeah speaking
A: hi ken you signed up for the free fitness assessment last month and i wanted to follow up on the personal training you asked about
C: oh right yeah um
A: so we have a starter block of six sessions for two hundred and forty dollars that's forty a session
C: mhm
A: and if you book this week i can throw in a nutrition consult normally fifty dollars free
C: yeah it sounds good honestly it does but um money's kind of tight with christmas coming up
A: totally understand
C: maybe like january i'll give you a call back
A: sure would you like me to call you in the first week of january
C: yeah yeah you can call me back then that's fine
A: perfect i'll make a note talk soon
C: okay bye""",
False, 0.00, "neutral", "'sounds good... but money's kind of tight', 'maybe like january'; yes only to a callback"),

("FR69_010", "Rafael Moreno", "2026-11-05T12:12:00", "clean",
"""A: Harbour Sound Festival tickets, Rafael speaking.
C: Hey, I want two weekend passes for the festival in August.
A: Sure thing. Early-bird weekend GA is $189 per person right now.
C: Two of those please.
A: Got it, two GA weekend passes. Have you looked at VIP? It's an upgrade of $85 per person on top of GA.
C: What do you actually get for that?
A: A separate entrance, the raised viewing deck at the main stage, proper toilets, and a bar that doesn't have a forty-minute queue.
C: Proper toilets. You've sold me on that alone. Okay, and is there camping?
A: Yes, a camping pass is $60 per tent.
C: We're staying with friends in town, so no camping. But do the VIP upgrade on both passes.
A: Done. Two weekend passes with VIP, $548 total. Email for the e-tickets?
C: It's jen.kowal@mailbox.com.
A: Sent. You'll have them in a few minutes.
C: Amazing, thanks a lot!""",
True, 170.00, "positive", "VIP upgrade accepted 'on both passes' = 2 x $85; camping declined; 'Amazing, thanks a lot!'"),

("FR69_011", "Sinead Gallagher", "2026-11-05T16:20:00", "clean",
"""A: Notewell accounts, Sinead speaking.
C: Hi, my annual Pro plan renews next week and the price on the email is higher than last year. Why?
A: Let me check. Last year you had a first-year discount, $59. The standard Pro annual is $79.
C: Right. Is there anything cheaper that still does shared notebooks?
A: Shared notebooks are only on Pro, I'm afraid. I can apply a loyalty rate of $69 if you renew today rather than letting it auto-renew.
C: Okay, do that. Renew it at $69.
A: Done, renewed through November next year. You're also at 92% of your storage; the 1 TB storage add-on is $30 a year.
C: Let me think about the storage. How long does it take for the renewal email to come?
A: It should be in your inbox already.
C: Got it. Yes, here it is. Actually, go on, add the storage, I'll only be calling back in a month otherwise.
A: Added. $30 for the year, charged to the same card.
C: Okay. Thanks.""",
True, 30.00, "neutral", "renewal 'Renew it at $69'; storage first deferred, accepted two turns later 'go on, add the storage' ($30); 'yes, here it is' is about the email"),

("FR69_012", "Owen Prichard", "2026-11-06T13:45:00", "asr",
"""A: good afternoon laugh track comedy club owen speaking
C: hi yeah um i wanna book a table for saturday night the late show
A: sure how many people
C: uh four of us
A: okay late show is at ten it's twenty five dollars a head so a hundred for the table
C: yeah
A: and we do a bottle package for tables it's sixty dollars for a bottle of prosecco and a sharing board
C: what's on the board
A: cheese crackers olives that kind of thing
C: um nah we'll just order at the table i think
A: no worries so table for four saturday late show a hundred dollars under what name
C: yeah put it under dana reyes and that's right a hundred
A: lovely you're booked dana
C: awesome we came last month and it was hilarious so can't wait""",
True, 0.00, "positive", "confirms read-back 'that's right a hundred' (table for four); bottle package declined 'nah we'll just order at the table'; 'awesome... can't wait'"),

("FR69_013", "Fatima Bennani", "2026-11-06T15:03:00", "clean",
"""A: Hi, thanks for calling Reelhouse, this is Fatima.
C: Hi, I want to give my dad a year of Reelhouse for his birthday. He doesn't have an account. Can I do that over the phone?
A: Absolutely. A 12-month gift subscription is $99, and he'd activate it with a code whenever he's ready.
C: Does the year start when I buy it or when he activates?
A: When he activates, and the code is good for a year.
C: Good, because he'll probably not touch it until after Christmas. Okay, I'll get the twelve months.
A: Lovely. Would you like it emailed, or we can post a printed gift card in a little presentation box for $7.
C: Oh, the box. He's 74, an email code would just confuse him.
A: The box it is. So the 12-month gift at $99 plus the presentation box at $7, $106, posted to you or to him?
C: To me, please, I want to wrap it. Yes, $106 is fine.
A: All set, it should arrive in three to five days.
C: Perfect, thank you, this was so much easier than I expected.""",
True, 7.00, "positive", "gift sub is the main purchase ('I'll get the twelve months'); box chosen 'Oh, the box' + '$106 is fine' = $7 add-on; 'so much easier than I expected'"),

("FR69_014", "Caleb Whitaker", "2026-11-09T09:35:00", "clean",
"""A: Northgate Leisure Centre, Caleb speaking.
C: Hi, I'm a member, just me at the moment, but I want to bring the kids in. What's the family option?
A: The family membership is $89 a month for two adults and up to three children. You're on $52 now, so it's an increase of $37.
C: It's only me and the kids, no second adult. Still $89?
A: Still $89, I'm afraid, there's no single-parent version. It does include the kids' gym sessions and family swim times.
C: Okay. Well, it beats paying for them at the door every weekend. Switch me over.
A: Done, from the 1st. How old are the children?
C: Nine, seven and three.
A: We run swim lessons on Saturdays, $20 per child per month on top of the membership. The three-year-old could do the Little Splashers group.
C: The older two, yes, they've been begging. Not the little one, he screams if his face gets wet.
A: Ha, fair. So swim lessons for two children at $20 each, added to the family membership from the 1st?
C: Yes, that's it.
A: Great, I'll send you the lesson times.
C: Thanks, that's really helpful.""",
True, 40.00, "positive", "plan change 'Switch me over' (main); swim lessons for 'the older two' only = 2 x $20, not all three; 'really helpful'"),

("FR69_015", "Nadia Petrova", "2026-11-09T11:50:00", "asr",
"""A: good morning ticketcove this is nadia how can i help
C: yeah hi i bought two tickets for the marlow brothers show and now it's been moved to a tuesday and i can't go
A: i'm sorry about that let me pull up the order
C: it's uh nine four seven two one
A: thank you okay i see it when an event is rescheduled you can either keep the tickets for the new date or request a refund within fourteen days
C: so refund obviously
A: okay i can process the refund for the ticket price that's a hundred and twelve dollars the service fees aren't refundable though
C: wait what so i'm paying you eighteen bucks for a show that you moved
A: i understand it's frustrating the fee policy comes from the venue
C: that's ridiculous honestly i didn't move the show
A: i can escalate a fee refund request but i can't promise it
C: yeah do that and just do the refund
A: done the refund will show in five to seven days
C: whatever this is the last time i use you guys""",
False, 0.00, "negative", "refund call, nothing bought; 'that's ridiculous', 'last time i use you guys'"),

("FR69_016", "Grant Oyelaran", "2026-11-09T14:25:00", "clean",
"""A: Hi, Taskgrid sales, Grant here.
C: Hey Grant. We're on your Team plan with 14 users and we keep hitting the automation limit. What does Business get us?
A: Business lifts automations to 25,000 a month, adds SSO and an audit log. It's $24 per user per month versus the $15 you pay now.
C: So for fourteen of us that's... $336 a month instead of $210.
A: That's right. On annual billing it comes down to $20 per user.
C: Can we do Business for only some of the users?
A: Unfortunately the plan applies to the whole workspace.
C: Okay. It probably makes sense, but anything over $300 a month needs our finance director to sign off. Can you send me a quote for both monthly and annual?
A: Of course, I'll send it to this email within the hour. Want me to hold a call with you both on Thursday?
C: Yes, Thursday at 2 works, I'll forward the invite to her.
A: Great, invite coming.
C: Thanks, speak then.""",
False, 0.00, "neutral", "'needs our finance director to sign off', asks for a quote; yes is to a sales call, not a purchase"),

("FR69_017", "Maya Okafor", "2026-11-10T10:05:00", "clean",
"""A: Riverside Amphitheater box office, Maya speaking.
C: Hi, I'd like to get tickets for the Delgado Quartet jazz night. Two seats.
A: Sure, that's the 14th of December. Pavilion seats are $65 each.
C: Okay, I'll take two.
A: Great, two pavilion seats for December 14th at 7:30, $130. Name on the order?
C: Hang on, the 14th? Is that a Monday?
A: It's a Monday, yes.
C: Oh no. I thought it was the weekend. I've got a work trip that whole week. Actually, cancel that, I can't do a Monday.
A: No problem, nothing's been charged. They also play the 19th at a different venue, the Crane Room, if that helps.
C: I'll look into it, thanks. Sorry for the runaround.
A: Not at all.
C: Okay, bye.""",
False, 0.00, "neutral", "'I'll take two' retracted: 'Actually, cancel that, I can't do a Monday'; alternative only 'I'll look into it'"),

("FR69_018", "Daniel Brennan", "2026-11-10T12:40:00", "asr",
"""A: ironline fitness daniel speaking
C: hey um i was in yesterday for a tour and i wanna sign up for the membership the guy said you could do it over the phone
A: yeah absolutely which one were you looking at
C: the uh the anytime one
A: anytime is forty four a month and there's a joining fee of thirty but it's waived this month
C: oh nice okay and is there a contract
A: twelve months minimum then it rolls monthly
C: mm okay that's fine yeah let's do it
A: great i just need a card and then you're set we also do a towel service eight dollars a month fresh towel every visit
C: oh yeah go on then why not i always forget mine
A: cool so anytime membership forty four a month plus towel service eight starting today
C: yep sounds right
A: you're all set your key fob will be at the front desk
C: sweet thanks man""",
True, 8.00, "positive", "'let's do it' on membership; towel service 'go on then why not' = eight dollars a month counted once; 'oh nice', 'sweet thanks man'"),

("FR69_019", "Priya Raman", "2026-11-10T15:55:00", "clean",
"""A: BrightPath Learning, Priya speaking.
C: Hello, I was on the webinar last night for the UX design course and I'd like to sign up.
A: Wonderful! The next cohort starts January 12th. It's $1,490 upfront, or four monthly payments of $395.
C: Upfront is cheaper overall, right?
A: Yes, by $90.
C: Then upfront. Let's get it done.
A: Great. People often ask about the career coaching package: six one-to-one sessions on your portfolio and interviews. It's normally $300.
C: Hmm. That's a lot on top of the course.
A: Understood. Since you're paying upfront, I can do it for $200 if it's added today.
C: Do the coaching sessions happen during the course or after?
A: You can use them any time up to six months after you finish.
C: Okay, at $200 I'll add it. I need help with interviews more than anything.
A: Done: UX course $1,490 plus career coaching $200, $1,690 charged today. Welcome aboard!
C: Thank you, I'm really glad I finally did this.""",
True, 200.00, "positive", "course 'Let's get it done'; coaching revised $300 -> $200, accepted 'at $200 I'll add it'; 'really glad I finally did this'"),

("FR69_020", "Tomasz Wilk", "2026-11-11T09:10:00", "clean",
"""A: StreamNest, Tomasz speaking.
C: Hi, I'd like to cancel my subscription please.
A: Sorry to hear that. Can I ask why?
C: We just don't watch it much. We're using the sports one more now.
A: That makes sense. I can offer three months at half price, $7.50 instead of $15, if you'd like to keep it around.
C: That's kind, but honestly it'd still sit there unused.
A: Would pausing help? You can pause for up to three months for free.
C: I appreciate it, but I'm going to go ahead and cancel.
A: Understood. It's cancelled; you keep access until the 3rd of December.
C: Okay, thanks.""",
False, 0.00, "neutral", "save offer and pause both declined politely ('That's kind, but...', 'going to go ahead and cancel'); flat close"),
]
