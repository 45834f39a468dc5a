CALLS = [
("FR80_021", "Keiko Tanaka", "2026-11-11T08:20:00", "clean", """\
A: Good morning, Lotus Flow Yoga, Keiko speaking.
C: Hi! I just finished my intro week and I'm hooked. What class packs do you have?
A: Wonderful! We have a 10-class pack for $150 and a 20-class pack for $260, both good for six months.
C: The 20-class one, definitely. I'll take it.
A: Great. Many of our regulars also add towel service, fresh towels at every class for $10 a month.
C: Oh, yes, add that. I always forget mine.
A: Done: 20-class pack at $260 and towel service at $10 a month, starting today.
C: Amazing. I'm so glad I found this studio.
A: We're glad too! See you on the mat.
C: Thank you, see you Thursday!
""", True, 10.00, "positive", "20-class pack main; towel service $10/mo accepted"),

("FR80_022", "Rashid Karim", "2026-11-11T10:05:00", "asr", """\
a: taskbox support this is rashid
c: hi i want to cancel my premium plan
a: okay i can help with that mind if i ask why
c: i'm just not using it enough to justify eleven ninety nine a month
a: makes sense what if i gave you the next three months free and you can cancel any time after
c: so i wouldn't pay anything till february
a: correct nothing till february fourteenth
c: fine i'll stay if it's free for three months
a: great i've applied that you'll get an email
c: okay thanks
""", True, 0.00, "neutral", "accepts save offer (3 free months) on cancellation call"),

("FR80_023", "Elena Petrova", "2026-11-11T15:30:00", "clean", """\
A: Northstar Tutoring, this is Elena.
C: Hi, my son is a junior and his SAT practice score was 1180. We'd like to talk about tutoring.
A: Of course. The first step is a free 30-minute consultation with one of our directors. Would you like to book one?
C: Yes, that would be great.
A: I have Saturday the 14th at 10 am or Monday the 16th at 4:30 pm.
C: Saturday at 10 works. Go ahead and book it.
A: Booked: Saturday, November 14th at 10 am, at our Oak Street office, suite 210.
C: Perfect. Thank you, you've been really helpful.
A: My pleasure. We'll send a reminder the day before.
C: Wonderful, thanks!
""", True, 0.00, "positive", "books free consultation (appointment); score/suite/time are not prices"),

("FR80_024", "Owen Gallagher", "2026-11-12T09:40:00", "asr", """\
a: bulkmart member services owen speaking
c: hi quick question what time does the gas station open on saturdays
a: the gas station opens at six am and the warehouse at nine
c: and is that the one on twenty one hundred harbor boulevard
a: yes that's the harbor location
c: okay and do i need my card to get gas
a: yes just your membership card
c: okay cool
a: anything else
c: no that's all thanks
""", False, 0.00, "neutral", "information only; times and address are not prices"),

("FR80_025", "Fatima Haddad", "2026-11-12T11:15:00", "clean", """\
A: Harvest Table, this is Fatima. How can I help?
C: Hi, I'd like to sign up. Three meals a week for two people.
A: Perfect, that's $59.94 a week, free shipping. Shall I start your first box for next Wednesday?
C: Yes, let's start it.
A: Great. We also have breakfast add-ons, overnight oats or egg bites, $4.99 each. Would you like any?
C: Two egg bites each week, please.
A: Two breakfast add-ons at $4.99 each, added every week.
C: Great, my mornings are chaos so that helps a lot.
A: You're all set. Your first box ships Tuesday.
C: Thank you, this was easy!
""", True, 9.98, "positive", "signup main; 2 breakfasts x $4.99 = 9.98"),

("FR80_026", "Grant Osei", "2026-11-12T14:50:00", "asr", """\
a: the weekly ledger renewals this is grant
c: hi yeah i got a renewal notice and it says forty nine dollars last year it was thirty two
a: yes the rate went up this year
c: that's a pretty big jump for the same magazine
a: i hear you normally it's forty nine but since you've been with us six years i can do thirty four
c: thirty four ok fine renew it at that
a: done you're renewed for another year at thirty four
c: okay that works
a: thanks for sticking with us
c: yep bye
""", True, 0.00, "neutral", "renewal at revised main price; main price is not upsell; annoyance settles to neutral"),

("FR80_027", "Lucia Moreno", "2026-11-13T09:05:00", "clean", """\
A: Maison Langue, Lucia speaking.
C: Hi, I'd like to register for the beginner French group course.
A: Wonderful. That's ten weeks, Tuesdays at 6 pm, $320. Shall I register you?
C: Yes, please.
A: You're in. Some students add private sessions for pronunciation. Normally they're $30 extra per session, but for group students I can do $25.
C: At $25, I'll take four of them.
A: Four private sessions at $25 each, $100. I'll schedule the first for week three.
C: That's perfect. I'm so excited, I've wanted to learn French for years.
A: You'll love it. Welcome!
C: Merci! Thank you so much.
""", True, 100.00, "positive", "group course main; price revised $30->$25; 4 x $25 = 100"),

("FR80_028", "Hiroshi Sato", "2026-11-13T11:30:00", "asr", """\
a: summit fitness this is hiroshi
c: hi i need to cancel i'm moving out of state at the end of the month
a: sorry to see you go we have clubs in twelve states where are you headed
c: a small town in vermont there's nothing near there i checked
a: okay we can also freeze it for five dollars a month in case you come back
c: no thanks just cancel it please
a: understood your last billing date is november thirtieth
c: okay sounds good
a: good luck with the move
c: thanks you too
""", False, 0.00, "neutral", "cancels; declines transfer and freeze"),

("FR80_029", "Bethany Clarke", "2026-11-13T13:45:00", "clean", """\
A: Thanks for calling Quillsoft, this is Bethany.
C: Hi, we're a team of eight and we're looking at your Team plan. Can I sign up online?
A: Yes, you can, at quillsoft.com/team. It's $12 per user per month. Or I can set it up for you now.
C: Great. What does it include beyond the single-user version?
A: Shared workspaces, admin controls, and priority support.
C: That's really helpful, thank you. I think I'll do it online later tonight once I have everyone's emails.
A: Sounds good. If you get stuck, just call us back.
C: Will do. You've been super helpful.
A: Happy to help!
C: Bye!
""", False, 0.00, "positive", "question + plan to sign up later; no commitment in call"),

("FR80_030", "Ade Okafor", "2026-11-16T07:50:00", "asr", """\
a: daily courier delivery line this is ade
c: yeah hi my paper showed up in a puddle again this morning
a: oh i'm sorry about that
c: oh no it's great really i love paying thirty dollars a month for soggy pulp
a: i understand i'll credit you for today and flag it with your carrier
c: you flagged it last week too
a: i'll escalate it to the route supervisor this time
c: sure you will
a: is there anything else i can do
c: no just bring me a dry paper that's all i ask
a: i'll make sure the supervisor gets this today
c: uh huh
a: have a good day sir
c: yep
""", False, 0.00, "negative", "sarcasm; credit is not a sale"),

("FR80_031", "Sven Lindqvist", "2026-11-16T10:10:00", "clean", """\
A: BulkMart membership services, Sven speaking.
C: Hi, I'm a Gold Star member. I want to upgrade to Executive.
A: Sure. The upgrade is $65 more for this year, which brings you to $130, and you'll get 2% back on purchases.
C: Yeah, we spend enough there that it pays for itself. Go ahead.
A: Done. Your Executive status is active today.
C: Good. Will my card change?
A: Your same card works; the new one will be mailed in 7 to 10 days.
C: Okay.
""", True, 0.00, "neutral", "upgrade is the only (main) purchase of the call; no add-on on top -> upsell 0"),

("FR80_032", "Maribel Cruz", "2026-11-16T13:25:00", "asr", """\
a: skillpath online this is maribel
c: hi i bought the project management course last week and i want a refund it's not what i expected
a: i'm sorry to hear that let me check your account
c: half the videos are from like twenty fifteen
a: i see you've completed sixty percent of the course and our policy only allows refunds under twenty percent
c: are you serious nobody reads the policy
a: i can offer a credit toward another course
c: no i don't want another one of your courses that's the whole point
a: i'm sorry that's the best i can do
c: unbelievable i'm disputing it with my bank
""", False, 0.00, "negative", "refund refused; credit offer declined; year/percent are not prices"),

("FR80_033", "Priya Raman", "2026-11-17T09:35:00", "clean", """\
A: FreshCrate, this is Priya.
C: Hi, can you skip my box for the week of the 23rd? We'll be at my in-laws for Thanksgiving.
A: Of course. I've skipped the November 23rd delivery. Would you like to add one of our seasonal pumpkin pies for $12.99 to the box after that?
C: No thanks, just the skip.
A: No problem. Your next box will arrive November 30th.
C: Okay. Thanks.
""", False, 0.00, "neutral", "skip is not a purchase; declines $12.99 pie"),

("FR80_034", "Marcus Bell", "2026-11-17T12:00:00", "asr", """\
a: riverside aquatic club this is marcus
c: hi i wanna sign my two kids up for the saturday swim lessons
a: sure that's the eight week session eighty nine per child
c: okay yeah let's do both of them
a: let me check oh i'm sorry the saturday level two class just filled up this morning
c: oh no is there anything else
a: there's a sunday class but it's level one and they're past that i can put them on the waitlist no charge
c: um okay put them on the waitlist i guess
a: done i'll call if spots open
c: okay thanks
""", False, 0.00, "neutral", "sold-out; free waitlist is not a purchase"),

("FR80_035", "Dana Whitfield", "2026-11-17T15:15:00", "clean", """\
A: Ledgerly Software sales, Dana speaking.
C: Hi, I'd like to buy the annual license for Ledgerly Pro.
A: Sure, that's $199 for the year. Would you like priority support too? It's $35 per year, and you can prepay two years for $70.
C: Both years, yes. Our bookkeeper is new, she'll need the help.
A: Great. So Ledgerly Pro at $199 and two years of priority support for $70. Shall I process it?
C: Yes, go ahead.
A: Done. License key is on its way. Your version is 14.2.
C: Okay, got it.
A: Anything else?
C: No, that's everything.
""", True, 70.00, "neutral", "main $199; 2 yrs support = $70 stated total; version number not a price"),

("FR80_036", "Tomas Novak", "2026-11-18T10:40:00", "asr", """\
a: outdoor life magazine this is tomas
c: hi i wanna cancel my subscription
a: sure before i do that i can offer you half price for the next year just twelve fifty
c: huh that's a decent deal
a: want me to lock that in
c: let me think about it can you call me tomorrow
a: sure what time works
c: after five
a: okay so i'll call you tomorrow after five yes
c: yes call me back tomorrow thanks
""", False, 0.00, "neutral", "save offer not accepted; 'yes call me back' is not a purchase"),

("FR80_037", "Keiko Tanaka", "2026-11-18T13:00:00", "clean", """\
A: BarPrep Pro enrollment, Keiko speaking.
C: Hi, I'm enrolling for the July bar exam. I'd like the full course.
A: Great, the full course is $1,499. We also offer the essay grading package, 12 graded essays, for $250.
C: Okay, add the essay package too.
A: So that's $1,749 total. Shall I process it?
C: Hmm, wait. Actually, take the essay grading off. My school gives us free feedback. I'll keep just the base course.
A: No problem. Full course only, $1,499. Processing now.
C: Okay, that's right.
A: You're enrolled! Materials ship this week.
C: Thanks.
""", True, 0.00, "neutral", "main kept; $250 add-on accepted then retracted -> 0"),

("FR80_038", "Rashid Karim", "2026-11-18T16:20:00", "asr", """\
a: little dragon mandarin school this is rashid
c: hi my daughter is seven and i want her to start mandarin
a: wonderful we start with a free placement session then classes are weekly
c: oh this is perfect she's gonna love it
a: i have wednesday at four would you like me to book her in
c: yes please book wednesday at four
a: booked we also sell the workbook bundle with the stickers and flashcards for twenty two dollars
c: yes she'd love that add the workbook bundle
a: done you can pick it up on wednesday
c: amazing thank you so much
""", True, 22.00, "positive", "books placement (appointment); workbook bundle $22 accepted"),

("FR80_039", "Elena Petrova", "2026-11-19T09:25:00", "clean", """\
A: BulkMart membership, Elena speaking.
C: My membership auto-renewed and I got charged $65 twice.
A: I'm sorry about that. Let me look. Yes, I see two charges on November 2nd.
C: I noticed because my rent payment bounced.
A: I'm very sorry. I've refunded the duplicate $65. It will show in 3 to 5 business days.
C: That doesn't help my bounced rent, does it.
A: I can send you a letter you can show your landlord.
C: Fine. Send it.
A: It's on its way to your email.
C: Okay.
""", False, 0.00, "negative", "duplicate charge; refund not a sale; existing auto-renewal not a commitment in call"),

("FR80_040", "Owen Gallagher", "2026-11-19T11:55:00", "asr", """\
a: harvest table meal kits owen speaking
c: hi i wanna sign up for the family plan the four meals for four people
a: great that's one nineteen eighty eight a week should i go ahead and set that up
c: yeah go ahead
a: done we also have wine pairings fourteen dollars a bottle want any in your first box
c: sure throw in two bottles
a: two bottles at fourteen each so twenty eight added
c: perfect that's date night sorted
a: ha nice your box ships friday
c: awesome thanks a lot
""", True, 28.00, "positive", "family plan main; 2 wine x $14 = 28"),
]
