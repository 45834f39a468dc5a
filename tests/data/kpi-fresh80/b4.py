CALLS = [
("FR80_061", "Bethany Clarke", "2026-11-27T08:15:00", "clean", """\
A: FreshCrate, this is Bethany. How can I help?
C: Hi, I'm calling to cancel. Money's tight with the holidays coming.
A: I completely understand. Before you go, I could give you 40% off your next three boxes.
C: Forty percent? What would that make it?
A: Your four-meal plan would go from $79.92 to about $47.95 a box.
C: Oh, that actually helps a lot. Okay, I'll stay on that.
A: Wonderful, it's applied to your next three deliveries.
C: Thank you, that's really kind. The kids love the taco kits.
A: I'm glad! Have a great weekend.
C: You too, thanks so much.
""", True, 0.00, "positive", "accepts retention discount; discount is not an upsell"),

("FR80_062", "Ade Okafor", "2026-11-27T10:00:00", "asr", """\
a: homestead quarterly subscriber services ade speaking
c: hi i just want to know when my subscription runs out
a: sure can i confirm your email is bwalsh at rivermail dot com
c: yes that's my email
a: thanks your last issue is the spring issue in march
c: okay and will it renew by itself
a: no it's not on auto renew we'll send you a reminder in february
c: okay good that's all i needed
a: anything else
c: no thanks bye
""", False, 0.00, "neutral", "'yes' confirms email only; information call"),

("FR80_063", "Sven Lindqvist", "2026-11-27T12:30:00", "clean", """\
A: BulkMart Business Membership, Sven speaking.
C: Hi, I need to renew our business membership. Account 5521-0098.
A: Thank you. The business renewal is $65. Shall I renew it?
C: Yes, renew it.
A: Done. You currently have one cardholder. Add-on business cards for employees are $40 each per year.
C: I've got two guys who do our supply runs. Add two.
A: Two add-on cards at $40 each, $80. They'll be ready at the membership desk.
C: Not bad. Cheaper than I thought, to be honest.
C: Oh, one more thing, can they use the self-checkout with those cards?
A: Yes, the add-on cards work everywhere in the warehouse.
C: Good. No, that does it. Thanks.
""", True, 80.00, "positive", "renewal main; 2 cards x $40 = 80; 'not bad' = mildly positive; account number not a price"),

("FR80_064", "Maribel Cruz", "2026-11-27T15:45:00", "asr", """\
a: skillpath online technical support maribel speaking
c: hi yeah your videos won't play again
a: i'm sorry what do you see on the screen
c: oh fantastic another error code five oh three my favorite
a: okay let's clear your cache and try a different browser
c: i did that yesterday with the last person
a: let me reset your session on our side okay try now
c: okay it's playing now
a: great
c: if it breaks again i'm asking for my money back i'm not paying for this
""", False, 0.00, "negative", "sarcasm; error code is not a price; ends in a threat"),

("FR80_065", "Priya Raman", "2026-11-30T09:20:00", "clean", """\
A: Serenity Spa and Health Club, Priya speaking.
C: Hi, I'm not a member, but my friend said I could get a day pass for Saturday?
A: Yes, a guest day pass is $20. Would you like me to book one for Saturday?
C: Yes, please book it.
A: You're booked. While you're here, would you like a 30-minute massage? It's $45 for day guests.
C: Oh, why not, I deserve it. Yes, add the massage.
A: Great, I have 2 pm for the massage. Day pass $20 and massage $45.
C: That's lovely. Thank you so much, I'm really looking forward to it.
A: See you Saturday!
C: Bye!
""", True, 45.00, "positive", "day pass booking main; massage $45 accepted"),

("FR80_066", "Marcus Bell", "2026-11-30T11:10:00", "asr", """\
a: vaultkey password manager sales marcus speaking
c: hi we're thinking about the family plan for my household
a: great it covers six people forty eight for the first year then sixty
c: okay that sounds really good actually
a: want me to get you started today
c: sounds good i'll think about it and talk to my husband tonight
a: sure i'll email you a link with the first year price
c: thanks that would be great
a: have a good one
c: you too
""", False, 0.00, "positive", "'sounds good, I'll think about it' is not a commitment; six people is a count"),

("FR80_067", "Dana Whitfield", "2026-11-30T13:25:00", "clean", """\
A: Deutsch Direkt, Dana speaking.
C: Hi, I'm interested in private German lessons. What's the rate?
A: Private lessons are $40 for 50 minutes.
C: Hmm, $40 a lesson is steep.
A: If you prepay a package of ten, I can do $35 a lesson.
C: I'd do it at $30.
A: I'm sorry, $35 is the lowest I can go.
C: Then I'll pass for now. Thanks anyway.
A: Understood. The offer stands if you change your mind.
C: Okay. Bye.
""", False, 0.00, "neutral", "haggling with conditional; declines"),

("FR80_068", "Tomas Novak", "2026-11-30T15:50:00", "asr", """\
a: metro gazette subscriptions tomas speaking
c: hi i get the weekday paper and i'd like to switch to seven days
a: sure seven day delivery is nine forty nine a week instead of six ninety nine
c: yeah that's fine
a: so let me confirm seven day delivery starting this saturday at nine forty nine a week
c: yes go ahead
a: done we also have the sunday puzzle book it's eight ninety five do you want one
c: oh sure throw that in my wife loves those
a: added it'll come with saturday's paper
c: great thanks i appreciate it
""", True, 8.95, "positive", "plan change main confirmed; puzzle book $8.95 accepted"),

("FR80_069", "Keiko Tanaka", "2026-11-30T17:05:00", "clean", """\
A: MedPrep MCAT, Keiko speaking.
C: Hi, I'm looking at your online MCAT course for the April test.
A: Great! It's $1,199 with 15 full-length practice tests. Shall I enroll you today?
C: Perfect, I'm interested.
A: Wonderful, you're enrolled. We also have a physical flashcard set, 1,000 cards, for $29.
C: Yes, add the flashcards. I study better with paper.
A: Done. Flashcards ship tomorrow.
C: Great, thank you! I feel a lot better about this already.
A: You'll do great.
C: Thanks, bye!
""", True, 29.00, "positive", "'Perfect, I'm interested' answers closing question; flashcards $29; counts are not prices"),

("FR80_070", "Rashid Karim", "2026-11-30T18:20:00", "asr", """\
a: harvest table billing this is rashid
c: hi i was charged twice for this week's box
a: let me check yes i see two charges of seventy one ninety four
c: yeah i noticed when my card got declined at the grocery store
a: i'm so sorry i've refunded the duplicate charge
c: how long
a: three to five business days
c: i'm not happy about it but fine
a: again i apologize
c: yeah bye
""", False, 0.00, "negative", "'not happy' = negative; refund not a sale"),

("FR80_071", "Elena Petrova", "2026-11-04T17:30:00", "clean", """\
A: Ledgerly Software, Elena speaking.
C: Hi, our annual license renews at the end of the month. What's the price this year?
A: It's $349 for Ledgerly Business. You could also add payroll for $25 a month.
C: Hmm. Can I renew now and lock that price?
A: Yes, I can renew it now. Would you like me to?
C: Let me talk to my business partner first. She handles the budget.
A: Of course. The renewal date is November 30th.
C: Okay. I'll call back this week.
A: Sounds good.
C: Thanks.
""", False, 0.00, "neutral", "price question + deferral; renewal not committed"),

("FR80_072", "Owen Gallagher", "2026-11-05T18:40:00", "asr", """\
a: ironline fitness owen speaking
c: hey i used to be a member last year and i want to rejoin
a: welcome back we'll waive the joining fee for returning members standard plan's thirty four ninety nine
c: let's do it
a: awesome you're back in want towel service it's five bucks a month
c: yeah why not
a: added you're all set your old key fob still works
c: sweet i missed the place honestly
a: good to have you back
c: thanks man
""", True, 5.00, "positive", "rejoin main; towel service $5/mo accepted; waived fee is a discount"),

("FR80_073", "Fatima Haddad", "2026-11-06T17:15:00", "clean", """\
A: Heritage Home Magazine, Fatima speaking.
C: Hi. I've received six renewal notices in two months. My subscription doesn't end until June.
A: I'm sorry about that. While I have you, I can offer a three-year renewal at $39, which is our best rate.
C: No thanks. I'd like you to stop mailing me notices. It's a waste of paper and frankly it feels like a scam.
A: I understand. I've removed you from the early renewal mailings.
C: And the emails too.
A: The emails too.
C: Okay. Honestly, it makes me less likely to renew at all.
A: I understand, I'll pass that along.
C: Goodbye.
""", False, 0.00, "negative", "declines offer; complaint"),

("FR80_074", "Grant Osei", "2026-11-09T17:50:00", "asr", """\
a: brightline learning grant speaking
c: hi i want to buy the intro to data analytics course
a: sure that's one twenty nine you want me to put it through
c: yes please
a: done you can also add the verified certificate for nineteen
c: sure add the certificate
a: added so one forty eight total
c: actually wait take the certificate off my work doesn't care about those
a: no problem just the course then one twenty nine
c: yeah that's fine thanks
""", True, 0.00, "neutral", "course kept; certificate accepted then retracted -> 0"),

("FR80_075", "Lucia Moreno", "2026-11-12T17:20:00", "clean", """\
A: BulkMart membership, Lucia speaking.
C: Hi, I'd like to sign up for a Gold Star membership.
A: Sure, $65 for the year. Shall I sign you up?
C: Yes, please.
A: Okay, I'm entering it now. Hmm, I'm sorry, our membership system is down and it won't let me create new accounts right now.
C: Oh. Can you try again?
A: I've tried twice. I'm afraid nothing went through. You can sign up at any warehouse desk, or call back later today.
C: Okay. I'll just do it at the store this weekend.
A: Again, sorry about that.
C: No problem.
""", False, 0.00, "neutral", "sign-up failed on business side; nothing bought; 'no problem' neutral"),

("FR80_076", "Hiroshi Sato", "2026-11-13T17:40:00", "asr", """\
a: hanbit korean language center hiroshi speaking
c: hi i need business korean my company is sending me to seoul in march
a: we have a three month intensive at nine hundred would you like to sign up
c: yes sign me up
a: great we also run pronunciation workshops saturdays sixty dollars each
c: how many are there
a: there are two before march
c: okay i'll do both of them
a: two workshops at sixty each added
c: perfect this is a big help thank you
""", True, 120.00, "positive", "intensive main; 2 workshops x $60 = 120"),

("FR80_077", "Bethany Clarke", "2026-11-16T17:00:00", "clean", """\
A: Peak Performance Club, Bethany speaking.
C: I'd like to cancel my membership.
A: I'm sorry to hear that. Can I offer you our off-peak plan at $19.99 instead?
C: No. I've been trying to cancel for three weeks. Your app doesn't have a cancel button and the front desk told me to call.
A: I apologize for that. I'm processing the cancellation now.
C: Thank you. It shouldn't be this hard to stop paying for something.
A: You'll receive a confirmation number by email, starting with CX.
C: Fine.
""", False, 0.00, "negative", "declines save offer; cancellation; quiet anger"),

("FR80_078", "Ade Okafor", "2026-11-18T17:35:00", "asr", """\
a: budgetwise app support this is ade
c: yeah i want to cancel my subscription
a: sorry to hear that what's going on
c: the app crashes every single time i open it on my phone i'm not happy with it at all
a: i'm sorry we have an update coming i can give you a free month while we fix it
c: no i've been waiting since september for a fix
a: understood i've cancelled it you won't be charged the four ninety nine anymore
c: good
a: is there anything else
c: no
""", False, 0.00, "negative", "declines free month; cancels"),

("FR80_079", "Sven Lindqvist", "2026-11-19T17:10:00", "clean", """\
A: Harvest Table gifts, Sven speaking.
C: Hi, I'd like to send the holiday feast box to my parents. Just one box, not a subscription.
A: Lovely. The holiday feast box is $89 and serves four. Where should it go?
C: 26 Orchard Lane, Salem. Deliver on the 22nd if possible.
A: The 22nd works. Would you like to add desserts? They're $7.99 each.
C: Three of the pecan tarts, please.
A: Three pecan tarts at $7.99 each. So the feast box plus tarts, delivered December 22nd. Shall I place the order?
C: Yes, place it.
A: Done, the order is placed.
C: Wonderful, they're going to be so surprised. Thank you!
""", True, 23.97, "positive", "gift box $89 main; 3 tarts x $7.99 = 23.97; address/date not prices"),

("FR80_080", "Maribel Cruz", "2026-11-20T17:25:00", "asr", """\
a: national history monthly maribel speaking
c: hi i'd like to subscribe for two years
a: great two years is fifty four dollars would you like to add the digital archive every issue back to nineteen fifty
c: how much is that
a: it's usually twenty but for new subscribers i can do ten
c: yeah at ten i'll take it does the archive work on a tablet
a: yes any browser or our app so two years plus the archive for ten shall i put it through
c: yes go ahead
a: done you'll get your login today
c: oh great i love that thank you
""", True, 10.00, "positive", "2-yr main; archive revised $20->$10 accepted; 1950 is a year"),
]
