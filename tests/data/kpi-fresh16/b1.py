CALLS = [
("FR16_001", "Maya Lindqvist", "2026-11-02T18:42:10", "asr",
"""A: thanks for calling tony's pizzeria this is maya is this for pickup or delivery
C: uh delivery please to four twelve birch lane
A: okay four twelve birch lane what can i get started for you
C: can i get a large pepperoni and um a medium veggie
A: sure thing that's a large pepperoni and a medium veggie comes to thirty one fifty before delivery
C: mhm okay
A: would you like to add garlic knots tonight they're six fifty for the dozen
C: oh yeah throw those in my kids love them
A: and a two liter soda for three ninety nine
C: nah we're good on drinks
A: alright so large pepperoni medium veggie and garlic knots total thirty eight dollars plus delivery is that all correct
C: yep that's it how long's it gonna be
A: about forty minutes
C: awesome you guys are always quick thanks""",
True, 6.50, "positive", "delivery order confirmed; garlic knots $6.50 accepted, soda declined; customer praises speed"),

("FR16_002", "Omar Haddad", "2026-11-02T09:15:33", "clean",
"""A: Good morning, this is Omar with Brightlane Home support. How can I help?
C: Hi. I ordered a ceramic table lamp, order 88213, and it showed up with the base cracked.
A: I'm really sorry about that. Can you confirm the email on the order?
C: It's d.hale@mailbox.com.
A: Thank you. I can send a replacement at no cost, or issue a full refund of $79. Which would you prefer?
C: Send the replacement, I guess. It was supposed to be a gift, and now it'll be late.
A: I understand. The replacement ships today and should arrive by Thursday.
C: Thursday is after the birthday, so that doesn't really help.
A: I can upgrade the shipping to overnight, free of charge.
C: Fine. Honestly, this is the second time a package from you has come broken. I expected better packaging.
A: I'll pass that feedback to our warehouse team.
C: Okay. Thanks.""",
False, 0.0, "negative", "free replacement and free overnight shipping are not purchases; customer disappointed (second broken package)"),

("FR16_003", "Priya Raman", "2026-11-03T14:05:47", "asr",
"""A: good afternoon bright smile dental this is priya
C: hi um i need to book a cleaning for my daughter she's eight
A: sure what's her name
C: lily moreno m o r e n o
A: thank you let me look uh do you have a day in mind
C: is there anything saturday the fourteenth in the morning
A: saturdays are fully booked through the end of the month unfortunately
C: oh okay um what about after school like a weekday
A: i have tuesday the seventeenth at three forty five or thursday the nineteenth at four fifteen
C: the thursday one works better
A: okay so lily moreno thursday the nineteenth at four fifteen with doctor alvi is that right
C: yes that's right do i need to bring her insurance card
A: yes please bring the card and arrive ten minutes early
C: okay got it thanks""",
True, 0.0, "neutral", "Saturday unavailable, picks offered Thursday slot and confirms read-back; routine politeness"),

("FR16_004", "Jonas Weber", "2026-11-03T11:20:02", "asr",
"""A: thank you for calling northfield credit union this is jonas can i have your name please
C: yeah it's derek oyelaran and i'm pretty annoyed honestly
A: i'm sorry to hear that what's going on
C: i got charged two overdraft fees of thirty five dollars for the same transaction on the third
A: let me pull that up uh yes i see two fees posted on november third for one debit
C: right so that's seventy bucks for one coffee basically
A: that's definitely a duplicate i'm reversing both fees now you'll see seventy dollars credited within one business day
C: oh wait both of them
A: yes both as a courtesy would you like me to set up overdraft transfer from your savings so this doesn't happen again
C: um no i'd rather just keep an eye on it myself
A: no problem anything else
C: no that's it honestly that was way easier than i expected thank you so much jonas""",
False, 0.0, "positive", "fee reversal is a refund, overdraft transfer declined; annoyed start, clearly pleased end"),

("FR16_005", "Keisha Brown", "2026-11-04T16:31:19", "clean",
"""A: Thanks for calling Riverside Amphitheater box office, this is Keisha.
C: Hi, I'd like tickets for the Marlow Quartet show on November 21st.
A: Sure. How many tickets?
C: Two. What do you have in the lower section?
A: Section B, row 12, seats 5 and 6, at $68 each.
C: Okay, that's fine.
A: Parking is separate. The general lot is free, or reserved parking by the gate is $25 for the night.
C: Is the general lot far?
A: About a ten-minute walk.
C: Then yes, add the reserved spot. My father uses a cane.
A: Done. So two tickets, row 12 seats 5 and 6, plus reserved parking, $161 total. Shall I charge the card on file?
C: Yes, go ahead.
A: You're all set, the tickets are in your email.
C: Thanks.""",
True, 25.00, "neutral", "two tickets bought; reserved parking $25 accepted after a question; plain tone"),

("FR16_006", "Diego Alvarez", "2026-11-04T19:02:44", "asr",
"""A: hi you've reached ironworks fitness member services this is diego
C: hi i want to cancel my membership please
A: sorry to hear that can i ask what's prompting the cancellation
C: honestly half the treadmills have been out of order since september and nobody fixes them
A: i hear you we do have new machines arriving next month
C: you said that in october too
A: understood what if i dropped you to nineteen ninety nine a month for the next three months
C: no thanks i already joined the place down the street they actually have working equipment
A: okay i can process that there's a thirty day notice period so your last charge will be on december first
C: fine whatever just make sure it actually gets cancelled this time
A: it's done you'll get a confirmation email
C: okay""",
False, 0.0, "negative", "cancellation; save offer declined; praises competitor, irritated throughout"),

("FR16_007", "Hannah Cho", "2026-11-05T10:12:55", "asr",
"""A: paws and claws veterinary this is hannah speaking
C: hi um my dog biscuit is due for his rabies shot
A: okay let me find biscuit is that the beagle
C: yep that's him
A: i have monday at nine thirty or wednesday at two
C: uh monday morning is good
A: great and while he's in would you like us to do a nail trim it's fifteen dollars
C: oh yes please he hates when i do it
A: ha no problem so biscuit monday at nine thirty rabies booster plus nail trim
C: perfect do i need to bring his old records
A: nope we have them on file
C: lovely you guys are always so good with him thank you""",
True, 15.00, "positive", "vet appointment picked from options; nail trim $15 accepted; warm praise"),

("FR16_008", "Tobias Nkemelu", "2026-11-05T13:48:21", "clean",
"""A: Metro Power customer care, Tobias speaking.
C: Yes, hi. My bill this month is $412. It's usually around $140. What is going on?
A: Let me look. I see the last two readings were estimated, and this month's actual reading caught up the difference.
C: So you guessed wrong for two months and now I pay it all at once?
A: That's right, unfortunately. I can split the catch-up amount over three bills if that helps.
C: I suppose. Do that.
A: Done. Your next three bills will include about $90 extra each instead of all at once.
C: Wonderful. Just what I wanted for Christmas.
A: I can also enroll you in budget billing, which levels payments across the year. There's no charge for it.
C: I'll think about it. I'm not signing up for anything else with you today.
A: Understood. Is there anything else?
C: No. Just read the actual meter next time.""",
False, 0.0, "negative", "payment split is not a purchase; budget billing deferred; sarcasm ('Wonderful...') and complaint"),

("FR16_009", "Sofia Marchetti", "2026-11-06T12:30:08", "asr",
"""A: stride outlet phone orders this is sofia
C: hi i'm looking at the cloudrun five in men's size ten and a half
A: okay let me check stock yes we have them in gray and in navy
C: the navy please
A: navy size ten and a half that's one twenty nine ninety five
C: mhm okay
A: we've got a deal on our merino running socks today eight dollars a pair if you buy three or more
C: sure give me three pairs
A: and would you like the gel insoles they're twenty nine
C: uh yeah why not
A: okay so shoes three pairs of socks and the insoles
C: actually wait take the insoles off i've got some already at home
A: no problem so the shoes and three pairs of socks comes to one fifty three ninety five shall i place the order
C: yep go ahead
A: done it'll ship tomorrow
C: okay thanks""",
True, 24.00, "neutral", "shoes ordered; 3 pairs of socks x $8 = $24 kept; insoles $29 accepted then retracted by name"),

("FR16_010", "Ravi Patel", "2026-11-06T17:55:40", "asr",
"""A: hi is this missus okafor
C: yes speaking who's this
A: hi this is ravi calling from clearwave internet you're currently on our fifty megabit plan and we can upgrade you to three hundred for just ten more a month
C: oh um i don't know is it really that much faster
A: it's six times the speed great if anyone streams or works from home
C: well my husband works from home actually
A: so the upgrade would be sixty four ninety nine a month instead of fifty four ninety nine
C: hm it sounds good but he handles all the bills i'd have to ask him first
A: of course could i call back tomorrow evening
C: yeah call around seven that's fine
A: perfect i'll call back tomorrow at seven
C: okay bye""",
False, 0.0, "neutral", "outbound upgrade pitch; deferral to husband; 'yes' only to a callback"),

("FR16_011", "Elena Petrova", "2026-11-07T15:10:27", "clean",
"""A: Good evening, Castellane, this is Elena.
C: Hi! I'd like to book a table for two for Saturday the 28th. It's our tenth anniversary.
A: Congratulations! I have 7:00 or 8:30.
C: 7:00, please.
A: Lovely. On Saturdays we serve the seven-course tasting menu, $95 per person. Would you like to add the wine pairing? It's $45 per person.
C: Oh, that sounds wonderful. Yes, for both of us.
A: Noted. Any allergies?
C: My wife doesn't eat shellfish.
A: We'll adjust her courses. So that's a table for two, Saturday the 28th at 7:00, tasting menu with wine pairing for two, no shellfish for one guest. Is that right?
C: Yes, that's perfect. Could we maybe get a window table?
A: I'll put a request in.
C: You've been so helpful, thank you. We're really looking forward to it.""",
True, 90.00, "positive", "reservation confirmed; wine pairing $45 per person x 2 = $90; enthusiastic"),

("FR16_012", "Marcus Bell", "2026-11-09T08:40:13", "asr",
"""A: learnpath support this is marcus
C: hi uh i can't get into my account it keeps saying my password's wrong
A: sorry about that can i get the email on the account
C: it's jay dot koh at fastmail dot com
A: thanks i see the account is locked after five attempts i'll unlock it and send a reset link
C: okay
A: did you get the email
C: um hold on yeah got it
A: click the link and choose a new password
C: okay done i'm in
A: great your spanish course progress is all still there
C: yeah i see it okay thanks
A: anything else
C: no that's all bye""",
False, 0.0, "neutral", "password reset support, nothing bought; routine tone"),

("FR16_013", "Aiko Tanaka", "2026-11-09T19:25:36", "asr",
"""A: thanks for calling the laugh factory box office this is aiko
C: hi i want two tickets for the dana reyes show on friday the twentieth
A: let me check um i'm sorry friday is completely sold out
C: oh no seriously
A: i do have the saturday late show at ten thirty
C: no we're driving back saturday that won't work
A: i can put you on the waitlist for friday in case anything opens up
C: uh sure my number's five five five two one eight four four zero nine
A: got it five five five two one eight four four zero nine you're on the list
C: okay
A: anything else i can help with
C: no i was really hoping to see her that's a bummer
A: sorry about that
C: yeah well bye""",
False, 0.0, "negative", "sold out, alternative show declined; free waitlist is not a booking; disappointed"),

("FR16_014", "Liam O'Connor", "2026-11-10T10:03:52", "clean",
"""A: Harbor Physical Therapy, Liam speaking.
C: Hi, my doctor referred me for knee rehab. I'd like to schedule the first session.
A: Sure. Do you have the referral number?
C: It's RX-44710.
A: Got it. I can do Monday the 16th at 10:15 with Dana.
C: Okay, book that.
A: Booked. The initial evaluation is $120 before insurance; most plans cover 80%.
C: Wait, is that in-network? My plan card says Bluecrest PPO.
A: We're out-of-network for Bluecrest, I'm afraid. Coverage would be lower.
C: Oh. Then please cancel that appointment. I'll find someone in-network first.
A: No problem, it's cancelled. Would you like me to leave your referral on file?
C: Sure, that's fine. Thanks for checking.""",
False, 0.0, "neutral", "appointment booked then cancelled by the customer in the same call; calm"),

("FR16_015", "Fatima Zahra", "2026-11-10T11:37:29", "asr",
"""A: good morning oakhaven furniture this is fatima
C: hi i was in the store saturday looking at the hudson bed frame the queen
A: oh yes the walnut one that's eight ninety nine
C: yeah i think i'm ready to order it
A: wonderful the matching nightstands are two forty each or four twenty for the pair if you're interested
C: hmm the pair for four twenty do they come assembled
A: fully assembled yes
C: okay yeah let's do the pair too
A: great so the hudson queen frame and both nightstands delivery to uh which address
C: nineteen oak ridge court apartment three
A: nineteen oak ridge court apartment three delivery is free over five hundred so you're covered total is thirteen nineteen shall i put that through
C: yes please
A: all done delivery window is next wednesday
C: oh that's great i'm so excited thank you""",
True, 420.00, "positive", "bed frame ordered; nightstand pair at $420 (bundle price, not 2 x 240); excited"),

("FR16_016", "Grace Mbeki", "2026-11-11T14:22:18", "asr",
"""A: thank you for calling harbor bank this is grace
C: hi um i saw you have a home equity line of credit promotion
A: yes right now the intro rate is six point four nine percent for the first twelve months
C: oh that's a lot better than what my other bank quoted me
A: how much were you thinking of borrowing
C: around forty thousand for a kitchen remodel
A: that should be fine we'd need an appraisal and two recent pay stubs
C: okay that sounds great actually could you email me the application details
A: of course what's the best email
C: it's r santos at homemail dot com
A: perfect i'll send that right now
C: awesome i'll look it over with my contractor's estimate and get back to you thanks so much""",
False, 0.0, "positive", "interest only, asks for details by email and defers; clearly pleased"),

("FR16_017", "Maya Lindqvist", "2026-11-12T16:50:05", "clean",
"""A: Thank you for calling ShopNest, this is Maya.
C: Hi Maya. I'm calling about order 5521-0937. It was "guaranteed" for November 6th. It's the 12th.
A: I'm sorry. Let me check... it looks like it's been held at the regional hub.
C: Oh great. So it's been sitting somewhere for a week. Love that.
A: I can open a trace, or cancel and reship with express at no cost.
C: Reship it. And the shipping fee I paid, $12.99, I want that back.
A: I've refunded the $12.99 and reshipped with express. It should arrive Friday.
C: Should. Sure.
A: You'll get a tracking number by email within the hour.
C: Fine. I'm not holding my breath.
A: Anything else I can help with?
C: No.""",
False, 0.0, "negative", "late order reshipped free and fee refunded, nothing bought; sarcastic"),

("FR16_018", "Omar Haddad", "2026-11-12T18:05:51", "asr",
"""A: peak fitness this is omar how can i help
C: hey uh i did a trial day last week and i wanna sign up
A: awesome the standard membership is thirty nine a month no contract
C: yeah that one
A: great and for new members we have an intro personal training pack four sessions normally two hundred dollars
C: hm that's a bit much for me
A: i can do it for one fifty if you sign up today
C: one fifty for four sessions okay yeah that's fair let's add it
A: nice so standard membership at thirty nine a month plus the four session training pack for one fifty
C: yep
A: you're all set your first session can be booked in the app
C: cool the trainer i met on the trial day was really great so i'm pumped""",
True, 150.00, "positive", "membership sign-up; training pack revised from $200 to $150 and accepted; enthusiastic"),

("FR16_019", "Priya Raman", "2026-11-13T09:33:40", "asr",
"""A: summit bank card services this is priya
C: yeah hi i've been on hold for forty minutes so i hope you can actually help
A: i'm sorry about the wait what can i do for you
C: there's a charge for two hundred and eighteen dollars from some electronics place i've never heard of
A: okay i can open a dispute on that do you still have the card
C: yes it's in my wallet right now
A: alright i'll need to cancel the card and issue a new one it'll take seven to ten business days
C: seven to ten days what am i supposed to use in the meantime
A: you can add the new number to your mobile wallet once it's issued usually within a day
C: that's not the same thing and the last time i disputed something it took two months
A: i understand the dispute is open reference ending four four one
C: whatever this bank has gone downhill i'm seriously thinking about moving my accounts""",
False, 0.0, "negative", "fraud dispute and card reissue, no purchase; angry, threatens to leave"),

("FR16_020", "Jonas Weber", "2026-11-13T15:14:26", "clean",
"""A: Good afternoon, Lingua Center, Jonas speaking.
C: Hi, I'm calling about the evening Italian course for beginners.
A: Yes, the next group starts January 12th, Tuesdays and Thursdays, 6:30 to 8:00. Ten weeks, $480.
C: Can I pay that in parts?
A: Yes, two payments of $240.
C: Okay. Then I'd like to enroll.
A: Great. Can I get your full name?
C: Natalia Ruiz.
A: Thank you, Natalia. The course textbook and audio bundle is $45 if you'd like it from us.
C: I'll get the book secondhand, thanks.
A: No problem. You're enrolled, first payment of $240 today. Confirmation goes to your email.
C: Okay, thanks.""",
True, 0.0, "neutral", "enrolls in the course; textbook bundle $45 declined; neutral tone"),
]
