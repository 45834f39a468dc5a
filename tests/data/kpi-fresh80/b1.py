CALLS = [
("FR80_001", "Priya Raman", "2026-11-02T09:12:00", "clean", """\
A: Thanks for calling Apex Test Prep, this is Priya. How can I help?
C: Hi, I'm taking the GMAT in February and I've been looking at your self-paced course. Is it still $399?
A: It is, $399 for six months of access, with the full video library and the adaptive question bank.
C: Okay. And the practice exams, are those included?
A: Two full-length practice tests are included. We also have a pack of six extra computer-adaptive tests for $49 if you want more reps.
C: Honestly I'll need the reps. Yes, add the six-test pack.
A: Done. So that's the self-paced course at $399 plus the practice pack at $49. Shall I enroll you now with the card ending 4417?
C: Yes, please, go ahead.
A: You're enrolled. Your login will arrive in a few minutes.
C: Perfect, this is exactly what I needed. Thanks so much, Priya.
""", True, 49.00, "positive", "enrolls in $399 course; accepts $49 practice-test pack"),

("FR80_002", "Marcus Bell", "2026-11-02T10:40:00", "asr", """\
a: ironline fitness member services this is marcus
c: yeah hi i need to cancel my membership
a: sorry to hear that can i ask what's prompting it
c: it's just too expensive i'm paying forty four ninety nine a month and i go maybe twice a week
a: i understand what if i moved you to our basic plan at twenty nine ninety nine same club just no group classes
c: hm i don't really do the classes anyway
a: so would you like me to switch you to the twenty nine ninety nine plan instead of cancelling
c: okay yeah i'll stay on the cheaper one
a: done that starts with your next billing date on the fifteenth
c: okay thanks
""", True, 0.00, "neutral", "cancellation call; accepts save offer (downgrade to cheaper plan); no add-on"),

("FR80_003", "Dana Whitfield", "2026-11-02T11:05:00", "clean", """\
A: Hello, Coastal Living Magazine subscriptions, Dana speaking.
C: Hi! I picked up your November issue at the airport and absolutely loved it.
A: Oh, I'm so glad. We have an introductory offer right now, twelve issues for $18.
C: That sounds really great. Is that print only?
A: Print plus the digital edition on the app.
C: Wonderful. Can you email me the details? I want to look at it with my husband tonight.
A: Of course. What's the best email?
C: It's jlopez at mailbox dot com.
A: Sent. The offer is good through the end of the month.
C: Thank you, you've been lovely.
""", False, 0.00, "positive", "enthusiasm + 'email me the details'; yes only to email; no commitment"),

("FR80_004", "Tomas Novak", "2026-11-03T08:30:00", "asr", """\
a: good morning harvest table meal kits this is tomas
c: hi um i want to start a subscription i got the flyer with the discount code
a: great which plan were you thinking
c: the three meals a week for two people
a: perfect that's fifty nine ninety four a week and with your code the first box is half off
c: sounds good let's do it
a: awesome we also have dessert add ons six ninety nine each would you like any in the first box
c: ooh yeah put two of the chocolate lava cakes in
a: two lava cakes at six ninety nine each added first box ships thursday
c: nice i'm actually excited about this thanks
""", True, 13.98, "positive", "signs up; 2 desserts x $6.99 = 13.98"),

("FR80_005", "Keiko Tanaka", "2026-11-03T09:48:00", "clean", """\
A: Brightline Software billing, this is Keiko. Can I have your account email?
C: It's rmoss at northfield dot org. I was charged $119 this morning for a renewal I never asked for.
A: I see the annual auto-renewal on invoice 88231. It was on the plan you signed up for last year.
C: Nobody told me it would renew. I haven't opened the program since March.
A: I understand. I could give you 50% off the renewal if you'd like to keep it.
C: No. I want it cancelled and I want my money back.
A: I can cancel it and refund the $119 to your card. That takes five to seven business days.
C: Fine. Do that.
A: Done. You'll get a confirmation email.
C: Next time maybe send a reminder before you take people's money.
A: I'll pass that feedback on. Is there anything else?
C: No. Just make sure it's actually cancelled this time.
""", False, 0.00, "negative", "cancels, refuses 50% save offer; refund is not a sale; quiet anger"),

("FR80_006", "Rashid Karim", "2026-11-03T13:20:00", "asr", """\
a: hola language studio this is rashid
c: hi i wanted to book one of those free trial spanish lessons
a: sure we have thursday at six or saturday at ten
c: thursday at six please yeah book me for that
a: okay let me put that in oh i'm sorry the thursday slot was just taken by someone online a minute ago
c: oh no what about next week
a: next week the teacher is away and saturday is only for kids groups i'm afraid
c: hm okay well i can't do weekends anyway
a: i can call you when something opens up
c: sure i guess call me back then
a: will do is this the best number to reach you
c: yeah this one's fine
a: okay talk soon
c: bye
""", False, 0.00, "neutral", "booking attempted but slot gone, nothing else booked; 'call me back' is not a purchase"),

("FR80_007", "Elena Petrova", "2026-11-04T10:02:00", "clean", """\
A: Thank you for calling BulkMart membership, this is Elena.
C: Hi, my Executive membership expires on the 30th and I want to renew it now before I forget.
A: Sure. Membership number please?
C: 1120 4487 3390.
A: Thank you. The Executive renewal is $120 for the year. Shall I renew it on the card on file?
C: Yes, go ahead.
A: Done, you're renewed through November 2027. While I have you, we have a business add-on card for $45 if you buy for an office.
C: No thanks, it's just me and my wife.
A: No problem. Your renewal receipt will be emailed.
C: Okay, thanks.
""", True, 0.00, "neutral", "renewal = conversion; membership number is not a price; declines $45 card"),

("FR80_008", "Owen Gallagher", "2026-11-04T14:15:00", "asr", """\
a: daily courier subscriber services owen speaking
c: hi i'm going away for two weeks and i want to stop the paper while i'm gone
a: no problem can i confirm the address is fifty two elm street apartment three
c: yes that's my address
a: and what dates
c: from the twentieth through december fourth
a: okay we'll hold delivery for those dates and you can still read everything on the app
c: great thanks
a: anything else today
c: nope that's it bye
""", False, 0.00, "neutral", "vacation hold, not a purchase; 'yes' confirms address; address/dates are not prices"),

("FR80_009", "Fatima Haddad", "2026-11-04T16:30:00", "clean", """\
A: Peak Performance Club, this is Fatima. How can I help?
C: Hi, I'm on the off-peak plan and I'd like to move up to the all-hours membership.
A: Sure, all-hours is $54 a month, so $20 more than what you pay now. Want me to switch it today?
C: Yes, please switch it.
A: Done. Since you're going full-time, we're running personal training at $55 a session for members. Would you like a few to get started?
C: Actually yes. Can I do four sessions?
A: Four sessions at $55 each, so $220. I'll add those.
C: Great. Can the first one be with Jordan? My friend says he's amazing.
A: Jordan has Tuesday at 7 am open, I'll put you there.
C: Awesome, thank you! I'm really looking forward to it.
""", True, 220.00, "positive", "plan upgrade is main purchase; 4 PT sessions x $55 = 220"),

("FR80_010", "Grant Osei", "2026-11-05T09:10:00", "asr", """\
a: codeforge academy admissions this is grant
c: hey so i saw your full stack bootcamp and wow it looks amazing
a: thanks it's sixteen weeks live online six thousand four hundred total
c: okay that's a lot but honestly i love the curriculum the projects look awesome
a: we can do monthly payments too want me to reserve your seat for the january cohort
c: i really want to but my job might reimburse part of it so i need to check with hr first
a: totally fair the deadline is december tenth
c: okay i'll ask them this week this is super exciting
a: i'll send you the brochure and payment plan
c: thanks so much grant
""", False, 0.00, "positive", "enthusiasm without commitment; defers to HR"),

("FR80_011", "Lucia Moreno", "2026-11-05T11:45:00", "clean", """\
A: FreshCrate customer care, Lucia speaking.
C: I want to cancel. Today.
A: I'm sorry to hear that. May I ask what happened?
C: Oh, nothing much, just another box of wilted lettuce and a chicken breast that smelled like a gym bag. Fantastic value.
A: I'm so sorry. I can credit this week's box and give you 50% off your next two boxes.
C: No. I've had three bad boxes in a row. I'm not paying for a fourth.
A: Understood. I've cancelled the subscription and credited this week's $71.94.
C: Great. Wonderful. Thanks for nothing.
""", False, 0.00, "negative", "sarcasm; declines save offer; credit is a refund"),

("FR80_012", "Hiroshi Sato", "2026-11-06T08:55:00", "asr", """\
a: pixelworks support and sales this is hiroshi
c: hi my photo editor license runs out next week and i want to renew
a: sure that's seventy nine ninety nine for another year
c: yep go ahead and renew it
a: done would you like to add our cloud backup for nineteen ninety nine a year it keeps your catalogs safe
c: um does it work with raw files
a: it does every format
c: okay yeah add the backup
a: both are on your account now the renewal and the backup
c: all right thanks
""", True, 19.99, "neutral", "renewal $79.99 main; cloud backup $19.99/yr accepted"),

("FR80_013", "Bethany Clarke", "2026-11-06T10:20:00", "clean", """\
A: Thanks for calling NurseReady, this is Bethany.
C: Hi. I'm looking at your NCLEX review. How much is the full course?
A: The complete program is $299, including 2,500 practice questions and live review sessions.
C: Hmm. Some of my classmates paid under $200 with another company.
A: I can offer $279 with our November promotion.
C: I'd sign up if it were under $200, honestly. I'm on a student budget.
A: I understand. I can't go that low, but the promotion runs until the 30th.
C: Okay. I'll keep it in mind.
A: Good luck with your studies.
C: Thanks.
""", False, 0.00, "neutral", "conditional 'I'd sign up if'; 2,500 is a count not a price"),

("FR80_014", "Ade Okafor", "2026-11-06T13:35:00", "asr", """\
a: bulkmart membership this is ade how can i help
c: hi i want to join we just moved near the store on route nine
a: welcome we have the gold star at sixty five a year or executive at one thirty with two percent back
c: what's the difference besides the cash back
a: that's mainly it plus some travel discounts
c: nah sign me up for the basic one the sixty five
a: you got it you could always upgrade later for sixty five more
c: no that's fine just the basic
a: all set your temporary card is in your email
c: cool thanks appreciate it this was easy
""", True, 0.00, "positive", "joins Gold Star $65 (main); declines executive upgrade"),

("FR80_015", "Sven Lindqvist", "2026-11-09T09:00:00", "clean", """\
A: Trailhead Magazine, this is Sven.
C: Hi, I'd like to subscribe. Twelve issues, print.
A: Great, that's $24 for the year. Can I get your mailing address?
C: 1803 Pine Hollow Drive, Boulder, 80302.
A: Got it. By the way, you can add a gift subscription for someone at $18.
C: Oh, my sister would love that. Yes, add one for her.
A: Lovely. What's her address?
C: 47 Canal Street, Apartment 2B, Portland.
A: So your year at $24 and a gift year at $18. All set.
C: Thanks so much, this is a great idea for her birthday.
""", True, 18.00, "positive", "main $24; gift sub $18 accepted; addresses/zip are not prices"),

("FR80_016", "Maribel Cruz", "2026-11-09T11:25:00", "asr", """\
a: summit fitness billing this is maribel
c: yeah this is the third time i've called about this
a: i'm sorry what's going on
c: you charged me the annual fee twice forty nine dollars both times and i was told it'd be fixed two weeks ago
a: i see both charges i apologize i'm refunding the second one right now
c: fine
a: it should show in three to five days
c: that's what the last person said
a: i've added a note and my direct extension is two one four
c: okay whatever bye
""", False, 0.00, "negative", "billing complaint; refund not a sale; extension number not a price; quiet anger"),

("FR80_017", "Priya Raman", "2026-11-09T15:40:00", "clean", """\
A: LinguaLink tutoring, Priya speaking.
C: Hi, I'd like to buy the ten-lesson Portuguese package.
A: Great choice, that's $250 for ten 45-minute lessons. Would you like to pay now?
C: Yes, let's do it.
A: Okay, I'm putting it through. The first lesson could be next Monday at 7 pm.
C: Wait, actually, I just remembered I'm travelling for most of December. Cancel that, please. I'll wait until January.
A: No problem, I've cancelled it and nothing was charged.
C: Sorry about that. I'll call back in the new year.
A: Anytime!
C: Thanks, bye.
""", False, 0.00, "neutral", "commits then retracts before end"),

("FR80_018", "Marcus Bell", "2026-11-10T12:10:00", "asr", """\
a: harvest table meal kits this is marcus
c: hey i paused my boxes back in september and i want to start them up again
a: awesome i can reactivate you on the same four meal plan starting next week
c: yes please turn it back on
a: done it's reactivated we also have a new protein pack extra salmon and steak nine ninety nine a week
c: oh that sounds good yeah add that
a: protein pack added at nine ninety nine a week
c: sweet i missed your food honestly the pork tacos were the best
a: ha they're back on the menu next week
c: perfect thanks man
""", True, 9.99, "positive", "reactivates subscription; protein pack $9.99/wk counted once"),

("FR80_019", "Dana Whitfield", "2026-11-10T14:30:00", "clean", """\
A: SkillPath Online, this is Dana.
C: Hi, I'd like to enroll in the Excel for Analysts course, the $149 one.
A: Sure. Shall I put it on the card ending in 0921?
C: Yes, please.
A: Hmm, I'm sorry, the payment was declined. Do you have another card?
C: Ugh. Not on me. I'm at work.
A: No problem, the enrollment isn't completed, but you can finish it online any time.
C: Okay. I'll try again tonight.
A: Sounds good.
C: Thanks.
""", False, 0.00, "neutral", "agreed but payment failed; nothing bought in call"),

("FR80_020", "Tomas Novak", "2026-11-10T16:05:00", "asr", """\
a: metro gazette subscriptions this is tomas
c: hi i'm thinking about the sunday paper plus the digital access
a: that's six ninety nine a week and it starts this sunday if you want
c: so that's like twenty eight bucks a month
a: about thirty yes billed every four weeks
c: hmm that's more than i thought let me talk to my wife first
a: sure i can send you the offer by text
c: yeah send it to this number
a: sent have a good one
c: you too
""", False, 0.00, "neutral", "deferral; 'yeah send it' answers a text, not purchase"),
]
