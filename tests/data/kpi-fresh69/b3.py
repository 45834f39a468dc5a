CALLS = [
("FR69_041", "Aiko Tanaka", "2026-11-20T08:40:00", "clean",
"""A: Peak Republic, Aiko speaking.
C: Hi, this is Colm Reddy. My trainer didn't show up again this morning. That's twice in two weeks. I got up at 5:30 for nothing.
A: I'm so sorry, Colm. I can see two missed sessions with Jordan. Both will be credited back to your pack, of course.
C: I don't want them credited, I want to stop the whole thing.
A: I understand. Could I suggest trying Priya Shah instead? She has the 6 a.m. slots and she's very reliable.
C: I've heard "very reliable" before. No, I'm done with the PT. Refund what's left.
A: There are six sessions remaining, $240. I'll put the refund through now.
C: Fine. And tell Jordan he owes me two hours of sleep.
A: I'll pass it on. The refund will take three to five days.
C: Right. Bye.""",
False, 0.00, "negative", "new trainer refused, 'I'm done with the PT. Refund what's left.'; irritated throughout"),

("FR69_042", "Rafael Moreno", "2026-11-20T10:10:00", "clean",
"""A: Harbour Sound tickets, Rafael speaking.
C: I'm trying to buy two Sunday tickets and the checkout adds $31 in fees. What is that?
A: It's a service fee of $12.50 per ticket and a $6 order processing fee.
C: $31 on top of $190. That's ridiculous.
A: I understand. Over the phone it's the same fees, unfortunately.
C: Of course it is. Is there any way around it?
A: Not for Sunday. Box office sales on the day also have the fee.
C: Fine. Book the two Sunday tickets, I'm not letting my brother down because of your fees.
A: Okay. Would you like ticket protection? It's $12 and refunds you if you can't go for illness.
C: Absolutely not. I've paid enough.
A: Understood. Two Sunday tickets, $221 total, e-tickets to the email on your account.
C: Yes. Whatever.""",
True, 0.00, "negative", "'Book the two Sunday tickets' despite fees; protection refused 'Absolutely not'; fees are not upsell; 'That's ridiculous', 'Whatever'"),

("FR69_043", "Sinead Gallagher", "2026-11-20T13:25:00", "asr",
"""A: notewell accounts sinead speaking
C: yeah hi my notes are locked it says my account's read only and i have a presentation tomorrow
A: okay let me look it looks like your card expired so the pro renewal didn't go through and the account dropped to free
C: and nobody thought to tell me
A: we sent three emails to the address on file the old work one
C: that address doesn't exist anymore i left that job in march this is such a mess
A: i'm sorry i can update the email and reactivate pro today for seventy nine for the year
C: yeah just do it
A: okay you're also over the free storage which is why some notebooks won't sync i'd suggest the one terabyte add on it's thirty dollars a year
C: ugh if that's what stops it locking me out again yeah fine add it
A: done pro renewed and storage added hundred and nine total everything should unlock in a minute
C: it's still spinning um okay there it is
A: great anything else
C: no just annoyed honestly bye""",
True, 30.00, "negative", "reactivation 'yeah just do it'; storage 'yeah fine add it' thirty dollars a year; 'such a mess', 'just annoyed honestly'"),

("FR69_044", "Owen Prichard", "2026-11-20T15:40:00", "clean",
"""A: Laugh Track Comedy Club, Owen speaking.
C: Hi, I want to make a complaint about Saturday night.
A: I'm sorry to hear that. What happened?
C: We had a booking for six. We got there at 7:45 for an 8 o'clock show and the guy on the door said our table had been given away because we weren't there at 7:30.
A: Hmm, the policy is that tables are held until fifteen minutes before the show.
C: Nobody told us that. It wasn't in the confirmation email. He was also really rude about it, in front of everyone in the queue.
A: I'm sorry. That's not how we want anyone treated. Can I have the booking name?
C: Ferguson. We ended up standing at the bar for the whole show.
A: I see it. I'll refund the full $150 for the table today and pass your comments to the manager.
C: Good. Because honestly that was humiliating.
A: I completely understand. The refund will go back to the card within five days.
C: Fine.""",
False, 0.00, "negative", "complaint about a past visit, refund only; 'really rude', 'that was humiliating'"),

("FR69_045", "Fatima Bennani", "2026-11-23T09:15:00", "clean",
"""A: Reelhouse, Fatima speaking.
C: Hi, my annual plan renews in two weeks and I wanted to renew early, because I saw something about a gift offer for people who renew.
A: Yes! Renew your annual for $99 and you can buy 12-month gift subscriptions for $79 instead of $99, until the end of the month.
C: Can I buy more than one gift?
A: Up to three.
C: Okay, my two sisters have been borrowing my login for a year. Time they had their own.
A: Ha, that'd free up your profiles. So, your renewal at $99, and two gift subscriptions at $79 each?
C: Wait, does my renewal start today or in two weeks? I don't want to lose the two weeks.
A: It's added to the end of your current year, so you lose nothing.
C: Then yes, the renewal and the two gifts.
A: Great, $257 total. Shall I email the gift codes to you?
C: To me, yes. Thanks.""",
True, 158.00, "neutral", "renewal is the main purchase; question first, then 'yes, the renewal and the two gifts' = 2 x $79 at the offer price; matter-of-fact tone"),

("FR69_046", "Caleb Whitaker", "2026-11-23T11:00:00", "asr",
"""A: northgate leisure centre caleb speaking
C: hi yeah um i'm trying to get my son into swim lessons and the website says waitlist for every single class
A: yeah sorry the saturday lessons are full until march
C: march are you serious he's been on the waitlist since august
A: i know it's really popular we're short of instructors at the moment
C: so what am i paying the family membership for if he can't even get in
A: i understand there's a tuesday after school class that has one place at four fifteen
C: he's at school till half three and i work till five so no that's no use
A: i can keep him on the saturday waitlist and flag that he's been waiting since august
C: yeah whatever do that
A: okay it's done
C: honestly it's a joke bye""",
False, 0.00, "negative", "Tuesday place refused ('that's no use'); only stays on a waitlist; 'are you serious', 'it's a joke'"),

("FR69_047", "Nadia Petrova", "2026-11-23T14:20:00", "clean",
"""A: TicketCove, Nadia speaking.
C: Hi, I'm after four tickets for the Falcons game on Saturday. Two adults and two kids.
A: Sure. The family zone behind the goal has four together at $34 per adult and $19 per child.
C: Behind the goal, is that a good view for kids?
A: It's the loudest section and the mascot visits at the second break, so kids love it.
C: Sold. The four of those.
A: Great, that's $106. Would you like to add food vouchers? It's a hot dog, a drink and popcorn, normally $18 per person, but for family zone bookings it's $12.
C: $12 each for all of that? At the rink it'd cost us double. Yes, four vouchers.
A: So four family zone seats, $106, plus four food vouchers at $12, $48. $154 in total?
C: Yes, that's correct. The kids are going to be over the moon.
A: Enjoy the game!
C: Thank you, you've been great.""",
True, 48.00, "positive", "'Sold. The four of those.'; 'Yes, four vouchers' at the reduced $12 (not $18) = 48; 'you've been great'"),

("FR69_048", "Grant Oyelaran", "2026-11-23T16:10:00", "clean",
"""A: Taskgrid support, Grant speaking.
C: Your platform was down for six hours yesterday. Six hours. We had a client launch.
A: I'm really sorry. We had a database failure in our EU region from about 9 to 3 UTC. Which workspace is it?
C: Halden Creative.
A: Thanks. Under our service terms, I can apply a service credit of 10% of this month's bill, which is $20.
C: Oh great, a $20 credit for losing a day's work. That'll cover it.
A: I understand it doesn't reflect the impact. I can also send you the incident report for your client.
C: Send it. And I want to know what you're doing so it doesn't happen again.
A: The report has a section on that. I'll email it today.
C: We're looking at other tools, just so you know.
A: I understand. I'm sorry again.""",
False, 0.00, "negative", "outage complaint, credit only; sarcasm 'Oh great... That'll cover it.'; 'looking at other tools'"),

("FR69_049", "Maya Okafor", "2026-11-24T10:30:00", "clean",
"""A: Riverside Amphitheater, Maya speaking.
C: Hi, I'm looking at the summer season pass. Is it worth it if we only go to, say, five shows?
A: The season pass is $340 per person and covers all 14 lawn shows. Five single lawn tickets would be about $250 to $300, depending on the show.
C: So it only pays off if we go more than six times.
A: Roughly, yes. It also includes a discount on food and drink, 15%.
C: And the Gold one I saw on the site?
A: Gold is $60 more per person: early entry 30 minutes before the gates and a reserved lawn zone near the sound desk.
C: My wife hates fighting for a spot. Let me think out loud... Last summer we went seven times.
A: Then the pass would have saved you money.
C: Okay, you've convinced me. Two season passes.
A: Regular or Gold?
C: Gold, for the two of us. She'll kill me otherwise.
A: So two Gold season passes, that's $340 plus $60 each, $800 in total. Shall I put it through?
C: Yep, go ahead.
A: Done. The passes will be mailed in April.
C: Okay, thanks.""",
True, 120.00, "neutral", "two passes (main); Gold upgrade $60 each chosen 'Gold, for the two of us', four turns after it was priced = 120; plain close"),

("FR69_050", "Daniel Brennan", "2026-11-24T12:15:00", "asr",
"""A: ironline fitness daniel speaking
C: yeah i need to cancel my membership i'm moving to denver
A: okay sorry to see you go you're on the twelve month contract and you've got four months left
C: right but i'm moving so i can't use it
A: i understand if you've got proof of the new address we can waive the remaining months but there's a cancellation fee of forty nine dollars
C: forty nine dollars to cancel that's robbery mate
A: i hear you it's in the contract we could also transfer you to our partner gym up there at the same price no fee
C: is there one in denver
A: um let me check no sorry the nearest is in boulder
C: i'm not driving to boulder to do squats just cancel it
A: okay i'll email you the form for the address proof and the fee will come off once it's processed
C: brilliant another form great""",
False, 0.00, "negative", "transfer offer refused 'just cancel it'; 'that's robbery', sarcastic 'brilliant another form great'"),

("FR69_051", "Priya Raman", "2026-11-24T14:45:00", "clean",
"""A: BrightPath Learning, Priya speaking.
C: Hi. I started the digital marketing course two weeks ago, and I'd like to withdraw.
A: I'm sorry to hear that. Can I ask what's not working for you?
C: Honestly, the videos are from 2021. Half the tools they show don't look like that anymore. For $900 I expected it to be current.
A: That's fair feedback, and the team is re-recording module three this month.
C: I'm in module two and it's already out of date.
A: I understand. You're within the 14-day window, so you're entitled to a full refund. Alternatively, I can move you to the UX course at no extra cost, which was updated this year.
C: I don't want UX. I wanted marketing that's actually current. Just the refund.
A: Of course. I've processed the $900, it'll be back in five to seven working days.
C: Okay. Pretty disappointing, to be honest.
A: I'm sorry it didn't work out.""",
False, 0.00, "negative", "switch offer refused 'I don't want UX... Just the refund.'; 'Pretty disappointing'"),

("FR69_052", "Tomasz Wilk", "2026-11-25T09:35:00", "clean",
"""A: StreamNest, Tomasz speaking.
C: Hi, um, slightly embarrassing. My six-year-old worked out how to rent movies. There are four rentals on my bill from last weekend.
A: Ha, you're not the first. Let me see... four rentals at $5.99, $23.96 in total.
C: Yep. Three of them are the same dinosaur film.
A: Since none were watched to the end except one, I can refund the three duplicates, $17.97.
C: Oh, that's really decent of you.
A: And I'd suggest turning on a purchase PIN. It's free; any rental would need a four-digit code. Would you like me to switch it on?
C: Yes please, do that.
A: Done. You'll set the code on the TV next time you open the app.
C: Brilliant. Thank you so much, you've saved me a row with my husband.""",
False, 0.00, "positive", "refund plus a free PIN setting ('Yes please, do that' is not a purchase); 'really decent of you', 'Thank you so much'"),

("FR69_053", "Lucia Ferreira", "2026-11-25T11:10:00", "asr",
"""A: sunwater yoga lucia speaking
C: hi um do you do private sessions like just for two people me and my partner
A: yes we do private sessions for couples it's ninety dollars for the hour for both of you
C: oh okay so ninety total not each
A: ninety total yeah
C: okay and can we do it at home or do we have to come in
A: it's at the studio in the small room it's really cosy
C: mm okay and what days
A: sunday afternoons or weekday evenings after seven this sunday i've got three o'clock free
C: yeah sunday at three let's book that
A: lovely and if you need mats we sell them at the desk forty five each or you can borrow ours
C: um does the room have parking nearby
A: yeah there's a car park behind the building free on sundays
C: okay great
A: so private couple session sunday at three ninety dollars under what name
C: uh mira and jonas thanks""",
True, 0.00, "neutral", "'sunday at three let's book that' (ninety total for two); mats at forty five never answered (customer changes subject)"),

("FR69_054", "Marcus Hale", "2026-11-25T14:00:00", "clean",
"""A: Hi, is that Rebecca? It's Marcus from Ledgerly. You started a trial with us last month.
C: Yes, and I've had four emails and now a call.
A: Sorry about that. I just wanted to see if you had any questions before the trial ends Friday.
C: No questions. We're going with another provider.
A: Understood. Can I ask which one? We might be able to match the price.
C: It's not the price. It's that I've now said no three times.
A: Fair enough. I can offer 30% off for the first six months if you'd reconsider.
C: You're not listening. Please take me off the call list.
A: Of course, I've removed you. Sorry for the bother.
C: Thank you. Goodbye.""",
False, 0.00, "negative", "'going with another provider', discount refused 'You're not listening'; the closing 'Thank you' is routine"),

("FR69_055", "Hannah Lindqvist", "2026-11-25T15:30:00", "clean",
"""A: Palace Theatre, group sales, Hannah speaking.
C: Hi, I'm a teacher at Elmfield High. We'd like to bring a group to see Macbeth in February.
A: Lovely. How many?
C: Twenty students and three staff.
A: The school rate is $18 per student, and staff go free at one per ten students, so two staff free and one at $18.
C: So twenty-one paid places, $378.
A: That's right. We also offer a pre-show workshop with the cast, 45 minutes on the text, $8 per student.
C: Would it be on the same day?
A: Yes, at 12:30, before the 2 p.m. matinee.
C: The head will want to know that before I add more costs... Actually, no, I've got the budget form here. It fits. Add the workshop for the twenty students.
A: Great. That's 21 tickets at $18, $378, plus the workshop for 20 students at $8, $160. $538 on the school invoice. Shall I confirm the booking for Wednesday the 10th?
C: Yes, please confirm.
A: Confirmed, the invoice is on its way.
C: Thanks.""",
True, 160.00, "neutral", "group booking confirmed 'Yes, please confirm'; workshop 'for the twenty students' (not staff) = 20 x $8; near-deferral reversed in the same turn"),

("FR69_056", "Jerome Batiste", "2026-11-26T10:20:00", "asr",
"""A: casa lingua jerome speaking
C: hi um yeah i'm in the thursday italian class and we've had a different teacher every week for a month
A: yes i'm sorry our teacher for that group left suddenly we're covering it while we hire
C: yeah well it's not working every new person starts from scratch we did the past tense three times
A: that's fair i'm really sorry about that
C: so i'm paying four hundred dollars for a course that's kind of falling apart
A: i can offer a free make up block of four lessons once the new teacher starts in january
C: i don't want more lessons with you guys if it's like this i want some money back
A: okay i'll put in a partial refund request for the four weeks that'd be about a hundred and sixty dollars
C: fine and can you actually get back to me this time i emailed twice
A: yes i'll call you myself by friday
C: okay we'll see""",
False, 0.00, "negative", "free make-up lessons refused, partial refund requested; 'it's not working', 'falling apart', 'we'll see'"),

("FR69_057", "Aiko Tanaka", "2026-11-26T13:05:00", "clean",
"""A: Peak Republic, Aiko speaking.
C: Hi! I'm thinking of joining, but I want to ask a few things first.
A: Of course, go ahead.
C: Is the pool included in the basic membership?
A: The pool and sauna are in the Plus membership, $64 a month. Basic is $45, gym floor and classes only.
C: And can I freeze it if I travel? I'm away for most of February.
A: Yes, you can freeze up to two months a year for $5 a month.
C: Okay, Plus then. I'd like to join today.
A: Brilliant. Also, we have PT gift cards this month, three sessions for $150, if there's anyone you'd like to treat.
C: Oh, actually, yes, my brother's been asking for a trainer for ages. His birthday's next week. One of those, please.
A: Lovely. So Plus membership at $64 a month starting today, and one PT gift card at $150?
C: That's right. I'm so glad I called, this has sorted two things in one go.
A: Your gift card will come by email, ready to print.
C: Perfect, thank you!""",
True, 150.00, "positive", "'Plus then. I'd like to join today' (main); gift card 'One of those, please' $150 on top; freeze fee only asked about; 'so glad I called'"),

("FR69_058", "Rafael Moreno", "2026-11-26T15:50:00", "asr",
"""A: harbour sound tickets rafael speaking
C: hey um i bought two weekend passes but my friend can't come now so can i put someone else's name on it
A: yeah you can do a name change up to two weeks before it's ten dollars per ticket
C: ten bucks okay and can i do it online
A: yeah in your account under manage tickets or i can do it now
C: um i don't actually know who's coming yet probably my cousin
A: no problem you've got till the twenty fourth of july
C: okay cool i'll do it online when i know
A: sounds good anything else
C: nah that's it cheers""",
False, 0.00, "neutral", "question about a name change fee, nothing done ('i'll do it online when i know'); a fee is not a purchase anyway"),

("FR69_059", "Sinead Gallagher", "2026-11-27T10:45:00", "clean",
"""A: Notewell, Sinead speaking.
C: Hi! I'm a student and my friend said you have a discount. I absolutely love the free version, by the way, it got me through my exams.
A: That's lovely to hear. Yes, students get Pro at 50% off, so $39.50 a year.
C: Amazing. How do I get it?
A: You verify your student email through our partner, and then the discount shows at checkout.
C: Can you do the verification?
A: I can't do it from here, but I'll send you the link now.
C: Okay, got it. It says it can take up to 48 hours.
A: Usually it's much quicker. Once it's approved, just upgrade in the app.
C: Perfect, I'll sign up as soon as it comes through. You're all so nice, honestly.""",
False, 0.00, "positive", "future intention only ('I'll sign up as soon as it comes through'), nothing bought; 'absolutely love the free version', 'so nice'"),

("FR69_060", "Owen Prichard", "2026-11-27T17:15:00", "asr",
"""A: laugh track comedy club owen speaking
C: hi um i was there on friday and i think i left my jacket on the chair it's a green one
A: oh hang on we've got a box of stuff let me look
C: thanks it's like a dark green corduroy thing
A: um yeah got it dark green corduroy there's a bus pass in the pocket
C: oh my god yes that's it you're a lifesaver
A: ha no worries it'll be at the box office you can pick it up any evening after six
C: amazing thank you so much i thought it was gone for good
A: no problem see you soon
C: honestly best comedy club in town bye""",
False, 0.00, "positive", "lost property, no sale ('yes that's it' is about the jacket); 'you're a lifesaver', 'best comedy club in town'"),
]
