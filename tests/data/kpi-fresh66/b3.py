CALLS = [
(
"FR66_041", "Bethany Crowe", "2026-11-16T09:08:15", "clean",
"""A: Vantage Mobile, Bethany speaking.
C: Hi, I want to drop the second line on my account, the one ending 7719.
A: I see it. That line is $35 now. I could drop it to $15 if you'd like to keep it for a tablet or a spare.
C: No. Cancel the line, keep mine.
A: Understood. Are you sure? $15 is a good rate for a data line.
C: I'm sure. My roommate moved out, nobody's using it.
A: Okay, it's removed as of today.
C: And my line stays exactly the same?
A: Exactly the same.
C: Okay, thank you.""",
False, 0.0, "neutral", "$15 line offer refused: 'Cancel the line, keep mine'"),
(
"FR66_042", "Samuel Adeyemi", "2026-11-16T10:31:49", "clean",
"""A: Fieldside Sports streaming, Samuel speaking.
C: Hey. Season's over for my team, so I'm cancelling until next fall.
A: Makes sense. Have you looked at the annual pass? It's $249 normally, but I can give you $199.
C: $199 for the whole year? I pay $25 a month during the season anyway.
A: Right, and you'd keep the off-season shows and the archive.
C: Book it. I mean, buy it, whatever. Yes.
A: Ha, done. $199, renewing next November.
C: Nice, that's a great deal actually.
A: Enjoy the off-season.
C: Thanks man.""",
True, 0.0, "positive", "'Book it. I mean, buy it, whatever. Yes.' to $199 annual pass; 'great deal'"),
(
"FR66_043", "Ingrid Solberg", "2026-11-16T13:22:37", "asr",
"""A: metro gas and electric this is ingrid
C: yeah my bill is four hundred and twelve dollars for a two bedroom apartment that's insane
A: i'm sorry let me look um it shows an estimated reading for october
C: estimated so you just made up a number
A: the meter reader couldn't get access so it was estimated you can submit an actual reading
C: i have submitted it twice on your website and it doesn't go through
A: i can take it now over the phone
C: fine it's four two two eight one
A: okay that brings the bill to one hundred and eighty six and i'll reissue it
C: this should never have happened i've wasted my whole lunch on this""",
False, 0.0, "negative", "billing correction, no purchase; 'you just made up a number', 'should never have happened'"),
(
"FR66_044", "Rafael Mendes", "2026-11-16T15:40:03", "clean",
"""A: Summit Fitness, Rafael speaking.
C: Hi. I'm cancelling unless you can do something about the price. $44.99 is too much.
A: I can do $29.99 if you stay another twelve months.
C: The place down the street is $24.99.
A: Give me one second... Okay, I can match $24.99 for the twelve months.
C: Now we're talking. Okay, I'll stay at $24.99.
A: Great. Anything else I can help with?
C: Actually, do you still have lockers for rent?
A: We do, a permanent locker is $8 a month.
C: Perfect, I'll take a locker too.
A: Done: $24.99 membership plus the $8 locker.
C: Awesome, thanks for working with me.""",
True, 8.0, "positive", "negotiated $24.99 stay; locker $8 a month 'I'll take a locker too'"),
(
"FR66_045", "Colleen Fitzpatrick", "2026-11-17T09:54:28", "clean",
"""A: Lakeside Mutual, Colleen speaking.
C: Hi, I'm trying to renew my auto policy today, it expires at midnight.
A: Sure. The renewal is $612 for six months. I'll run the card on file.
C: Yes, go ahead.
A: I'm sorry, the card was declined.
C: What? Try the other card, ending 3302.
A: That one came back declined as well.
C: Great. Perfect. Now I'm uninsured tomorrow.
A: You can pay online once it's sorted; coverage can be reinstated if paid within 10 days.
C: I'll call my bank. This is a mess.""",
False, 0.0, "negative", "renewal failed, both cards declined, nothing bought; 'This is a mess'"),
(
"FR66_046", "Yusuf Demir", "2026-11-17T11:15:11", "asr",
"""A: cascade cable this is yusuf
C: hi i'd like to cut my tv down to something cheaper i'm paying for two hundred channels and watch like six
A: we've got the essentials package forty nine ninety nine it has the locals and the news channels
C: does it have the food channel
A: yes it does
C: okay then yeah put me on essentials
A: sure and do you want to keep any premiums the movie channels are fourteen each
C: no just essentials
A: okay done forty nine ninety nine from your next bill
C: okay thank you""",
True, 0.0, "neutral", "downgrade to paid essentials plan 'yeah put me on essentials'; premiums declined"),
(
"FR66_047", "Alicia Brennan", "2026-11-17T14:08:56", "asr",
"""A: clearwave internet retention alicia speaking
C: hi i'm calling because my promo ended and it jumped to ninety dollars i'm thinking of leaving
A: i can get you a loyalty price of sixty five a month for twelve months
C: sixty five okay um how much is a static ip by the way just curious
A: a static ip is ten dollars a month
C: okay yeah no i don't need that just asking
A: so do you want the sixty five dollar loyalty price
C: yeah i'll take the sixty five
A: great it's applied
C: okay thanks""",
True, 0.0, "neutral", "'yeah i'll take the sixty five'; static IP price only asked about"),
(
"FR66_048", "Nathan Okafor", "2026-11-17T16:27:34", "clean",
"""A: Tunely, Nathan speaking.
C: Hi, I want to cancel Premium. I've been using the free version mostly.
A: Fair enough. I can offer three months of Premium at $0.99 a month before it goes back to $10.99.
C: Ninety-nine cents? Oh nice, that's not bad at all.
A: Should I go ahead?
C: Yeah, sure.
A: Done. The $0.99 starts today.
C: Cool, thanks, that was quick.
A: Enjoy the music.
C: You too, bye.""",
True, 0.0, "positive", "'Yeah, sure' to closing question on $0.99 save offer; 'not bad at all', 'quick'"),
(
"FR66_049", "Marisol Ortega", "2026-11-18T09:37:02", "asr",
"""A: northline wireless this is marisol
C: hi uh i'm calling to cancel my plan i found something cheaper
A: okay let me see what i can do i can give you fifteen off a month for twelve months
C: fifteen off so fifty instead of sixty five
A: right and i see your phone has no protection we have device protection at nine dollars a month
C: yeah i probably need that i dropped it twice this week
A: and you mentioned before a line for your son
C: oh yeah he's twelve he's been bugging me
A: a kids line would be twenty dollars a month
C: okay so stay at fifty add the protection for nine and the kid line at twenty
A: exactly all added
C: alright""",
True, 29.0, "neutral", "stayed at $15 off; protection nine + kids line twenty = 29; flat"),
(
"FR66_050", "Derek Halvorsen", "2026-11-18T11:22:40", "clean",
"""A: Keystone Home Insurance, Derek speaking.
C: My renewal came in thirty percent higher. $1,980 from $1,520. Explain that.
A: I'm sorry. It's mainly the roof age and higher rebuild costs in the area.
C: The roof was fine last year.
A: I understand. One option is moving the deductible to $2,500, which would bring it to $1,690.
C: So I get less coverage and still pay more than last year.
A: I know it's frustrating. Would you like me to re-quote it?
C: No. I'll shop around and get back to you. Honestly I'm pretty disappointed after eight years.
A: I understand. The renewal isn't due until December 15.
C: Yeah. Goodbye.""",
False, 0.0, "negative", "'I'll shop around and get back to you' = deferral; 'pretty disappointed'"),
(
"FR66_051", "Priya Raman", "2026-11-18T13:59:18", "clean",
"""A: Pulse Gym, Priya speaking.
C: Hi, I'm thinking of cancelling, I've hit a plateau.
A: I hear that a lot. If you stay, I can keep you at $34.99 instead of the new $42.99.
C: Okay, yes, I'll stay at $34.99.
A: Great! And for the plateau, a personal trainer package is $60 for four sessions.
C: Sure, sign me up for that too.
A: Perfect, I'll book your...
C: Actually, wait. Scrap the trainer, I just remembered my friend's a coach. Just the membership.
A: No problem, the trainer's removed. You're at $34.99.
C: Okay, thanks.""",
True, 0.0, "neutral", "stayed at $34.99; trainer $60 accepted then retracted 'Scrap the trainer'"),
(
"FR66_052", "Tomasz Wojcik", "2026-11-18T15:46:25", "asr",
"""A: brightpath internet this is tomasz
C: oh look it's brightpath the company that can't keep a connection for one full evening
A: i'm sorry to hear that what's going on
C: what's going on is i pay ninety five for speeds i've never once seen and i want out
A: i understand i can do fifty a month for twelve months and send a tech out
C: oh a tech wow revolutionary
A: the tech would check the line at no charge
C: yeah yeah fine whatever do the fifty and send your guy
A: okay fifty a month and the tech's booked for friday
C: can't wait""",
True, 0.0, "negative", "'fine whatever do the fifty' = accepted save offer; sarcasm throughout ('revolutionary', 'can't wait')"),
(
"FR66_053", "Keisha Bramwell", "2026-11-19T09:29:50", "clean",
"""A: Orbit Radio, Keisha speaking.
C: Hi, my subscription's about to renew at $22.99 and I was going to let it lapse.
A: I can offer $5 a month for the next twelve months if you renew today.
C: Five dollars? Yes, renew it at that.
A: Done. Do you have another car with a radio? A second car is $8.99 a month.
C: My wife's car has one. She listens to the comedy channels on my phone.
A: I can add her car at $8.99.
C: Sure, add her car.
A: Added, $5 plus $8.99.
C: Great, she'll be thrilled. Thanks!""",
True, 8.99, "positive", "renewed at $5; second car $8.99 'Sure, add her car'; 'thrilled'"),
(
"FR66_054", "Liam Donnelly", "2026-11-19T11:47:09", "clean",
"""A: Metro Gas and Electric home services, Liam speaking.
C: Hi, I got a letter about renewing the furnace protection plan.
A: Yes, it's $12.95 a month and covers repairs and an annual tune-up.
C: We haven't used it in three years.
A: That's the idea, it's there when you need it.
C: No need, I have a guy. Please don't renew it.
A: Understood. I've set it not to renew. It ends December 31.
C: Okay, so nothing else changes on the gas bill.
A: Nothing else changes.
C: Thanks.""",
False, 0.0, "neutral", "'No need, I have a guy. Please don't renew it'"),
(
"FR66_055", "Hana Takeda", "2026-11-19T14:03:31", "asr",
"""A: hi this is hana at marquee plus
C: hi hana i need to cancel we're moving to portugal next week and i don't think it works there
A: it doesn't unfortunately we're not in portugal yet
C: yeah i figured
A: i can cancel it effective today or at the end of your billing cycle on the thirtieth
C: the thirtieth so we can finish our show
A: done you'll keep access until the thirtieth and we'll keep your profile for a year
C: oh that's nice in case we come back
A: exactly good luck with the move
C: thanks for making it so easy honestly the best cancel call i've ever had""",
False, 0.0, "positive", "cancellation, nothing bought; 'the best cancel call i've ever had'"),
(
"FR66_056", "Oscar Villanueva", "2026-11-19T16:18:44", "clean",
"""A: Vantage Mobile retention, Oscar speaking.
C: I'm leaving unless you get me a better price.
A: I can do $10 off a month for a year.
C: Make it twenty and we have a deal.
A: Let me check... Fifteen is the best I can do.
C: Twenty or I'm gone.
A: I'm sorry, I really can't go past $15.
C: Then I'm porting out. Unbelievable, after nine years you won't find five bucks.
A: I understand. Your account PIN has been texted to you.
C: Yeah. Bye.""",
False, 0.0, "negative", "counteroffer not met: 'Then I'm porting out. Unbelievable'"),
(
"FR66_057", "Bethany Crowe", "2026-11-20T09:16:22", "clean",
"""A: Harborview Insurance, Bethany speaking.
C: Hi, I want to renew our auto, both cars.
A: Great. Renewal for both is $1,320 for six months, same as last time.
C: Same as last time? Good, renew it.
A: Done. Would you like roadside assistance? It's $4 a month per car.
C: Yes, both cars, please. Our old van breaks down for fun.
A: So two cars at $4 each, added.
C: Perfect. That's good news for a change, thank you.
A: You're welcome, drive safe.
C: Bye.""",
True, 8.0, "positive", "renewed; roadside $4 per car × 2 = 8; 'good news for a change'"),
(
"FR66_058", "Samuel Adeyemi", "2026-11-20T10:58:39", "asr",
"""A: iron works gym this is samuel
C: hey i wanna cancel the monthly it's forty a month and i keep forgetting it's coming out
A: how about the annual prepaid it's three hundred for the whole year so twenty five a month basically
C: three hundred for the year hm
A: yeah one payment done and it's cheaper
C: okay yeah i'll switch to the annual
A: great and our guest passes are ten dollars each or you can buy five
C: oh my brother's visiting in december give me the five
A: five guest passes at ten each fifty dollars plus the annual three hundred sound right
C: yep sounds right
A: done you're all set
C: sweet thanks man""",
True, 50.0, "positive", "annual prepaid accepted; five guest passes at ten each = 50; 'sweet thanks'"),
(
"FR66_059", "Ingrid Solberg", "2026-11-20T13:34:57", "clean",
"""A: ClearWave Internet, Ingrid speaking.
C: I want to cancel. I had three outages this month.
A: I'm sorry. I see you're on a 24-month term, so there'd be an early termination fee of $120.
C: You're charging me to leave a service that doesn't work?
A: I can reduce it to $60 given the outages.
C: I'm not happy about paying anything, but fine, just cancel it.
A: The cancellation is in. Final bill will include the $60.
C: Unbelievable.
A: I'm sorry for the experience.
C: Yeah, me too.""",
False, 0.0, "negative", "cancelled; fee is not upsell; 'not happy', 'Unbelievable'"),
(
"FR66_060", "Rafael Mendes", "2026-11-20T15:12:16", "clean",
"""A: Cascade Cable, Rafael speaking.
C: Hi, I'm about ready to drop the cable box. Everything's on streaming anyway.
A: I hear you. What if I dropped your base TV package from $85 to $60 for a year?
C: Hmm. Okay, at $60 I'll keep it.
A: Great. We also have a premium pair, CineMax and ShowLine together, for $18.99 a month.
C: Both of them for $18.99? Individually they're like fifteen each, right?
A: Right, $15.99 each on their own.
C: Then the pair, yes.
A: Done, base at $60 plus the premium pair at $18.99.
C: Great, thanks, that's a much better setup.""",
True, 18.99, "positive", "kept TV at $60; 'the pair' for $18.99 (not 2×15.99); 'much better setup'"),
]
