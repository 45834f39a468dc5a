CALLS = [
("FR80_041", "Fatima Haddad", "2026-11-19T14:10:00", "clean", """\
A: Westbrook Tennis Club, this is Fatima.
C: Hi, I played in your open house on Sunday and I'd like to join.
A: Fantastic! Individual membership is $85 a month, and this month we're waiving the $200 initiation fee.
C: Oh, that's a nice surprise. Sign me up.
A: Wonderful. Would you like a locker in the clubhouse? They're $15 a month.
C: Yes, please. I don't want to drag my bag around.
A: Locker 118 is yours, $15 a month on top of the membership.
C: Perfect. Everyone was so friendly on Sunday, I can't wait.
A: We're thrilled to have you.
C: Thanks a lot!
""", True, 15.00, "positive", "joins $85/mo; locker $15/mo accepted; waived fee is a discount; locker number not a price"),

("FR80_042", "Grant Osei", "2026-11-20T08:45:00", "asr", """\
a: cloudnest support this is grant
c: hey i keep getting the storage full warning on my account
a: yeah you're at a hundred percent of your two hundred gigs
c: what's the next size up
a: two terabytes for nine ninety nine a month instead of two ninety nine
c: hm that's quite a jump
a: want me to upgrade you now so your photos keep backing up
c: i guess i'll think about it maybe i'll just delete some stuff first
a: sure no pressure
c: okay thanks
""", False, 0.00, "neutral", "'I'll think about it'; sizes are not prices"),

("FR80_043", "Lucia Moreno", "2026-11-20T10:30:00", "clean", """\
A: The Morning Herald, subscriptions, Lucia speaking.
C: Hi, I'd like to start the all-access digital subscription.
A: Of course. That's $4 a week for the first year. Can I have your email?
C: It's dpark at fastmail dot com.
A: Thank you. Please confirm: all-access digital, $4 a week for the first year, billed every four weeks to the Visa ending 7712?
C: Yes, that's right. Does that include the crossword app?
A: It does, games and crosswords are all included. You're subscribed.
C: Good. Thanks.
A: Enjoy your reading!
C: Bye.
""", True, 0.00, "neutral", "read-back confirmed with follow-up question"),

("FR80_044", "Hiroshi Sato", "2026-11-20T13:15:00", "asr", """\
a: ironline fitness this is hiroshi
c: hi i want to cancel and i was told i have to give thirty days notice is that true
a: yes the contract has a thirty day notice so you'd pay one more month
c: so i pay for december even though i'm not coming
a: that's right but i could freeze it instead for five a month
c: no i don't want a freeze i want out
a: okay i've put in the cancellation effective december twentieth
c: this is ridiculous nobody mentioned any of this when i signed up
a: i'm sorry about that
c: yeah whatever
""", False, 0.00, "negative", "cancels; declines freeze; quiet anger"),

("FR80_045", "Bethany Clarke", "2026-11-20T15:40:00", "clean", """\
A: CertPath Academy, this is Bethany.
C: Hi! I want to enroll in your PMP exam prep course.
A: Great! The course is $549 and includes 35 contact hours, which you need to sit the exam.
C: Perfect. Let's proceed with the purchase.
A: Done, you're enrolled. We also sell the PMI exam voucher bundle. Would you like that?
C: How much is the voucher through you?
A: It's $405 with the bundle.
C: Hmm, I'll buy it directly from PMI since I'm a member. But I'm really happy with this, thank you.
A: You're welcome. Your course login is in your inbox.
C: Great, thanks so much!
""", True, 0.00, "positive", "course bought; voucher price only asked about, declined; 35 hours not a price"),

("FR80_046", "Ade Okafor", "2026-11-23T09:20:00", "asr", """\
a: wild kingdom kids magazine this is ade
c: hi i want a subscription for myself it's actually for my son but it comes to me
a: sure one year is twenty four dollars
c: okay yes let's do the year
a: great it's the holidays so gift subscriptions are nineteen ninety five each
c: oh actually yeah my two nieces would love it can you do two of those
a: sure two gift subscriptions at nineteen ninety five each
c: yes perfect that's their christmas presents done
a: ha all set i'll send the gift cards to your email
c: thank you this is so easy
""", True, 39.90, "positive", "main $24; 2 gift subs x $19.95 = 39.90"),

("FR80_047", "Sven Lindqvist", "2026-11-23T11:05:00", "clean", """\
A: FreshCrate customer care, Sven speaking.
C: My box was supposed to arrive yesterday. It never came. I had people over and nothing to cook.
A: I'm very sorry. I see the carrier marked it as delayed. It should arrive tomorrow.
C: Tomorrow. Everything in it will be warm by then.
A: I understand. I can give you a $20 credit and refund the box.
C: I'd rather you just delivered things on the day you say you will.
A: I completely understand. The refund and credit are applied.
C: Okay. This is the second time this month.
A: I've flagged your address with the carrier.
C: Fine.
""", False, 0.00, "negative", "delivery failure; credit and refund are not sales"),

("FR80_048", "Maribel Cruz", "2026-11-23T14:00:00", "asr", """\
a: bella voce italian lessons this is maribel
c: hi i'm interested in the evening classes for beginners
a: we have tuesdays and thursdays at seven ten weeks two sixty
c: okay and can i do a trial first
a: yes the first class is a free trial i have your number as five five five zero one four two is that right
c: yes that's my number
a: great want me to put you in for tuesday
c: um i work shifts so let me check my schedule and i'll call you back
a: of course
c: okay thanks bye
""", False, 0.00, "neutral", "'yes' confirms phone number only; deferral"),

("FR80_049", "Priya Raman", "2026-11-23T16:30:00", "clean", """\
A: BulkMart membership, this is Priya.
C: Hi, I'd like to become a member. The basic Gold Star one.
A: Sure, Gold Star is $65 a year. Shall I sign you up?
C: Yes, please.
A: You're signed up. One thing: for an extra $65 a year you can be an Executive member and get 2% back on everything. If you spend more than $3,250 a year, it pays for itself.
C: Oh, we easily spend that. Yes, upgrade me.
A: Done, you're an Executive member, $130 total.
C: Great, that's a smart deal. Thanks for mentioning it!
A: My pleasure. Your temporary card is in your email.
C: Thank you!
""", True, 65.00, "positive", "Gold Star $65 main; Executive upgrade +$65 on top accepted; $3,250 is a threshold"),

("FR80_050", "Marcus Bell", "2026-11-24T09:00:00", "asr", """\
a: teamdesk sales this is marcus
c: hi i manage it for a dental office and we need to add five more users to our account
a: sure extra seats are eight dollars per user per month so forty a month for five
c: yep add the five
a: done they're active you can send the invites now
c: great
a: we also have advanced security at three dollars a seat would you like that for all your users
c: no we're fine with the standard
a: no problem anything else
c: nope that's it thanks
""", True, 0.00, "neutral", "seats are the main purchase of this call; security add-on declined"),

("FR80_051", "Dana Whitfield", "2026-11-24T10:45:00", "clean", """\
A: Peak Performance Club, Dana speaking.
C: Hi! My coworker told me about your new rooftop pool. Is it open to members?
A: It is! All-hours members get pool access. That's $54 a month with no annual contract.
C: That sounds fantastic. I'm definitely interested.
A: Would you like me to set up your membership now?
C: Can you send me the brochure first? I'd like to look at the class schedule.
A: Of course. What's your email?
C: mara dot g at webmail dot com.
A: Sent!
C: Thanks so much, it looks gorgeous in the photos.
""", False, 0.00, "positive", "'definitely interested' + brochure request; no commitment"),

("FR80_052", "Tomas Novak", "2026-11-24T13:30:00", "asr", """\
a: apex test prep lsat team this is tomas
c: hi i want to enroll in the live online lsat course
a: okay let me read that back live online lsat course starting november thirtieth total eight ninety nine is that right
c: yep that's right
a: great you're enrolled we also offer extra proctored practice exams twenty five dollars each
c: um how many do people usually get
a: most get four
c: okay four then
a: four proctored exams at twenty five each so a hundred added
c: okay
""", True, 100.00, "neutral", "read-back confirmed; 4 exams x $25 = 100"),

("FR80_053", "Keiko Tanaka", "2026-11-24T15:10:00", "clean", """\
A: Gourmet Table Magazine, Keiko speaking.
C: Hi, I'd like to cancel my subscription. It's a bit much for me right now.
A: I understand. Before I cancel, I can offer you six months at $1 an issue.
C: Really? A dollar an issue?
A: Yes, six issues for $6, then it goes back to the regular rate, and you can cancel anytime.
C: Okay, at a dollar an issue I'll stay. That's very generous, thank you.
A: Wonderful, it's applied to your account.
C: Thank you, I really do love the recipes.
A: We're so glad to keep you.
C: Bye now.
""", True, 0.00, "positive", "accepts save offer; discounted price is not an upsell"),

("FR80_054", "Rashid Karim", "2026-11-25T08:30:00", "asr", """\
a: harvest table this is rashid
c: i need to speak to someone about your thai noodle kit it said nut free on the card
a: yes ma'am what happened
c: there was peanut sauce in it my son has an allergy and we spent last night in the er
a: oh my god i'm so sorry is he okay
c: he's fine now no thanks to you cancel everything i'm done with you people
a: i'll cancel right away and escalate this to our food safety team they'll call you today
c: they'd better
a: i'm very sorry is there a number where they can reach you
c: this one
a: and the refund for this box is on its way too
c: i don't care about the refund i care that you lied on the label
a: i understand completely
c: just cancel it
""", False, 0.00, "negative", "allergy incident; cancellation"),

("FR80_055", "Elena Petrova", "2026-11-25T10:20:00", "clean", """\
A: Brightline Learning, Elena speaking.
C: Hi, I'm on the monthly plan at $29. I heard annual is cheaper.
A: Yes, annual is $240 a year, so you'd save about $108.
C: Okay. Switch me to annual, then.
A: I can do that. The $240 will be charged today and your monthly billing stops.
C: Yes, that's fine.
A: Done, you're on annual through November 2027.
C: Okay, thanks.
""", True, 0.00, "neutral", "paid plan change; savings are not an upsell"),

("FR80_056", "Owen Gallagher", "2026-11-25T12:40:00", "asr", """\
a: eagle ridge golf club membership office owen speaking
c: hi i'm curious what a full membership costs
a: the full golf membership is a twelve thousand initiation then four fifty a month
c: wow okay
a: we also have a social membership for two hundred a month pool and dining
c: no thanks that's a little too rich for me i just wanted to know
a: no problem we also have public tee times on mondays
c: okay good to know thanks
a: have a great day
c: you too
""", False, 0.00, "neutral", "prices only asked about; declines"),

("FR80_057", "Fatima Haddad", "2026-11-25T15:00:00", "clean", """\
A: The Valley Tribune, Fatima speaking.
C: Hi, I'd like to start home delivery of the daily paper.
A: Great! That's $7.50 a week. What's the address?
C: 4410 Ridge Road, Millbrook.
A: Okay, I'll put that in. Let's do the daily starting Monday?
C: Yes, please.
A: Oh, I'm sorry. The system says 4410 Ridge Road is outside our delivery area. I can't start print delivery there. I can offer the digital edition instead.
C: No, I wanted the actual paper. My dad's 88, he doesn't do screens.
A: I'm really sorry.
C: Well, that's disappointing. I grew up reading your paper.
""", False, 0.00, "negative", "commitment could not be fulfilled; digital alternative declined; address/age not prices"),

("FR80_058", "Grant Osei", "2026-11-26T09:10:00", "asr", """\
a: forge strength gym this is grant
c: hey i want to get the personal training pack the ten session one
a: sure ten sessions is five fifty you want me to book that for you
c: yeah book it
a: done we also have a nutrition consult with our dietitian forty dollars one hour
c: oh yeah i need that add it
a: nutrition consult for forty added first one's monday at six
c: let's go i'm pumped
a: see you monday
c: thanks man
""", True, 40.00, "positive", "10-session pack main; $40 nutrition consult accepted"),

("FR80_059", "Lucia Moreno", "2026-11-26T11:35:00", "clean", """\
A: Quillsoft billing, this is Lucia.
C: Hi, I upgraded to Premium by mistake last week. I really only need Standard.
A: I can move you back. Standard is $8 a month instead of $15. Would you like me to switch you to Standard today?
C: Yes, please switch me to Standard.
A: Done. I'll also refund the $7 difference for this month.
C: Oh, good. Thanks.
A: Anything else I can help with?
C: No, that's it.
A: Have a good day.
C: You too.
""", True, 0.00, "neutral", "downgrade to another paid plan counted as a paid plan change; refund not upsell"),

("FR80_060", "Hiroshi Sato", "2026-11-26T14:20:00", "asr", """\
a: sakura language school hiroshi speaking
c: hi i'm going to japan in april and i want the conversation course
a: the twelve lesson package is four eighty shall i set that up for you
c: yes please
a: great you're registered the course uses the genki one textbook we sell it for thirty five
c: um no i have it already from college
a: no problem your first lesson is tuesday at eight pm
c: awesome i'm really looking forward to this
a: see you tuesday
c: thank you so much
""", True, 0.00, "positive", "package bought; textbook declined; 'genki one' is a book title"),
]
