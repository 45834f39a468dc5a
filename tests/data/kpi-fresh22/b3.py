CALLS = [
("FR22_041", "Leah Fischer", "2026-11-02T15:05:00", "clean", """A: Ledgerly support, Leah speaking.
C: Your app crashed three times while I was doing payroll and I had to re-enter everything.
A: I'm really sorry. There was a bug in last night's update; it's fixed now.
C: It had better be. I've lost half my morning.
A: I see your payroll run is saved now. While I have you, year-end W-2 filing isn't included in your Basic plan. The year-end filing add-on is $49.99 for up to ten employees.
C: I have eight. And I need those filed in January whether I like it or not.
A: Would you like me to add it?
C: Yes, add it. I'm not doing them by hand again.
A: Done. It's on your account.
C: Great. Now let's hope the app stays up long enough to use it.""",
 True, 49.99, "negative", "support call; filing add-on $49.99 added to existing plan; stays sarcastic about crashes"),

("FR22_042", "Omar Haddad", "2026-11-03T12:48:00", "asr", """A: jump zone party line this is omar
C: hi i wanna book a party for my son's seventh birthday on the fourteenth
A: great we have the eleven am slot open the basic party is two hundred twenty five for up to ten kids
C: perfect there'll be ten kids exactly let's book it
A: awesome do you want the pizza pack it's thirty dollars for three large pizzas
C: yes definitely
A: and goodie bags are five each
C: um yeah ten of those one for each kid
A: okay so pizza pack and ten goodie bags you're booked for saturday the fourteenth at eleven
C: amazing he's gonna be so excited thank you""",
 True, 80.00, "positive", "party booked; pizza pack 30 + goodie bags 10 x 5 = 80"),

("FR22_043", "Grace Liu", "2026-11-04T09:27:00", "clean", """A: Metro Power and Light, Grace speaking.
C: Hi. I read that you have a renewable energy option. How does that work?
A: Our GreenChoice program matches 100% of your usage with wind credits. It adds $7 a month to your bill.
C: Just a flat $7?
A: Yes, flat, for residential accounts.
C: Okay. Please add it to my account, the one at 310 Kessler Drive.
A: Added, starting with your next bill. You can cancel anytime.
C: Got it. That's all I needed.
A: Thanks for calling.
C: Bye.""",
 True, 7.00, "neutral", "customer asks for green add-on to existing utility account, $7/month counted once"),

("FR22_044", "Ben Carter", "2026-11-05T13:02:00", "asr", """A: fresh crate this is ben how can i help
C: hi i wanna cancel my subscription
A: i can help with that may i ask why
C: it's just too expensive right now money's tight
A: i understand what if i give you fifty percent off your next four boxes
C: hmm half off for four weeks
A: yes and you can skip any week you want
C: okay yeah i'll stay on with that
A: great it's applied would you like to add our breakfast box for nineteen ninety nine
C: no no that's the opposite of what i'm trying to do
A: fair enough you're all set
C: okay thanks""",
 True, 0.0, "neutral", "retention offer accepted (conversion); breakfast add-on declined; discount not upsell"),

("FR22_045", "Nina Petrova", "2026-11-06T17:30:00", "clean", """A: Spoke & Chain, Nina here.
C: Hi! I test rode the Trailblazer 29 yesterday and I want to buy it, size large.
A: Great choice. That's $749. Need a helmet or a lock with it? Helmet's $55, the U-lock is $30.
C: Yes, both please.
A: Okay, bike, helmet, and lock.
C: Actually wait, I think I have a lock in the garage from my old bike. Take the lock off.
A: No problem. The Trailblazer and the helmet. Pick up tomorrow after 2?
C: Yes, perfect. I'm so pumped to ride this weekend!
A: See you tomorrow.
C: Thanks a ton!""",
 True, 55.00, "positive", "bike bought; helmet $55 kept, lock $30 retracted by name"),

("FR22_046", "Ravi Shah", "2026-11-07T10:44:00", "asr", """A: lumen and lace photography this is ravi
C: hi we got your package list for the wedding and we had a couple questions
A: sure
C: the gold package is three thousand two hundred right and what does the second shooter cost
A: the second shooter is four hundred for the day and they cover getting ready shots and guests
C: okay and do you have may ninth open
A: yes may ninth is still open would you like to lock it in
C: um let me check with my fiance first he wanted to see one more photographer
A: of course i'll email you our contract so you have it
C: okay uh yeah that's fine thanks""",
 False, 0.0, "neutral", "price questions, deferral to fiance; add-on only asked about"),

("FR22_047", "Chloe Dubois", "2026-11-09T14:14:00", "clean", """A: Volt Bros Electric, Chloe speaking.
C: I need someone to replace two outlets in my kitchen that stopped working.
A: We can come Monday between 1 and 3. The service call is $95 plus parts and labor.
C: $95 just to show up. Amazing. Okay, book Monday.
A: Booked. Would you like a whole-home surge protector installed while we're there? It's $120 including install.
C: After the storm fried my microwave last month, yes, fine, add that.
A: Done. Monday, 1 to 3, outlets and surge protector.
C: Great, let's see how big the final bill gets.
A: The tech will quote before any extra work.
C: Sure. Bye.""",
 True, 120.00, "negative", "visit booked; surge protector $120 accepted; sarcastic about prices"),

("FR22_048", "Evan Brooks", "2026-11-10T18:36:00", "asr", """A: hi this is evan from bluewave mobile i'm calling about an upgrade offer for your account
C: again this is the fourth call this week
A: i'm sorry about that it'll be quick we can move you to unlimited plus for just ten more a month
C: no
A: it includes hotspot and
C: i said no i'm happy with what i have and i'm not happy with these calls
A: understood i'll note that you don't want offers
C: please do
A: have a good day
C: yeah""",
 False, 0.0, "negative", "outbound upgrade refused; 'not happy with these calls'"),

("FR22_049", "Priya Nair", "2026-11-11T12:22:00", "clean", """A: Summit Arena tickets, Priya speaking.
C: Hi, I want two tickets for the Kestrel show on December 5th. And do you have VIP?
A: General admission is $85 each. The VIP upgrade is $600 per person and includes soundcheck access and a meet and greet.
C: Oh my god, meet and greet. Yes, two GA with the VIP upgrade for both of us.
A: That's two tickets, each upgraded to VIP. Shall I charge the card on file?
C: Yes! Please!
A: Done, you'll get the passes by email.
C: I've waited years to meet her. Thank you so much!
A: Have a blast.
C: We will!""",
 True, 1200.00, "positive", "customer asks for VIP herself; $600 per person x 2 = 1200 on top of GA tickets"),

("FR22_050", "Marcus Bell", "2026-11-12T08:05:00", "asr", """A: skyway airlines this is marcus
C: yeah hi my flight to boston got cancelled yesterday and you rebooked me on a flight at six am tomorrow with a middle seat
A: i'm so sorry about the cancellation let me look at your new booking
C: i'm six four i can't sit in a middle seat for five hours
A: i see an extra legroom aisle seat in row twelve it's forty nine dollars
C: you're charging me after you cancelled my flight
A: i'm sorry that's the system price i can't waive it
C: fine put me in it
A: done row twelve seat c
C: unbelievable this airline honestly""",
 True, 49.00, "negative", "seat upgrade $49 added to existing booking; height/row not prices; angry"),

("FR22_051", "Sofia Reyes", "2026-11-13T16:19:00", "clean", """A: Bellini's, this is Sofia.
C: Hi, do you have a table for six on Saturday at 7:30?
A: I'm sorry, we're fully booked at 7:30. I could do 5:45 or 9:15.
C: Hmm. 9:15 is too late for my parents. 5:45 it is, I guess.
A: Great, I'll put you down for six at 5:45 on Saturday. Name?
C: Alvarez.
A: And a phone number?
C: 555-0188.
A: You're all set, Mr. Alvarez.
C: Okay, thanks.""",
 True, 0.0, "neutral", "first time unavailable, alternative slot taken = booking; numbers are times/counts/phone"),

("FR22_052", "Daniel Okafor", "2026-11-14T11:07:00", "asr", """A: metro power and light daniel speaking
C: hi my bill this month is three hundred and forty dollars it's usually like ninety
A: let me take a look it looks like your meter was estimated last month and then read this month
C: so i'm paying for two months at once
A: essentially yes the usage caught up
C: nobody told me that and i can't pay three forty right now
A: i can set you up on a payment plan to split it over three months at no extra cost
C: i don't want a payment plan i want an accurate bill
A: i understand i'll request a meter re check
C: fine but this is the second time this year this is ridiculous
A: i'm sorry you'll hear back within five business days
C: whatever bye""",
 False, 0.0, "negative", "billing complaint; free payment plan refused; no purchase"),

("FR22_053", "Hannah Weiss", "2026-11-16T09:45:00", "clean", """A: Nordic Living, Hannah here.
C: Hi, I want to order the Fjell bookcase, the white one.
A: That's $279. Would you like the anchoring kit and assembly for $60?
C: Yes, add assembly. What's the delivery date?
A: The earliest is December 18th.
C: December 18th? The website said 3 to 5 days.
A: I'm sorry, that's the current lead time for the white finish.
C: That's way too late, I'm moving in on the 1st. Cancel all of it, the bookcase and the assembly.
A: Understood, nothing's been placed.
C: Honestly the website should say that. Really frustrating.""",
 False, 0.0, "negative", "order and $60 add-on accepted then whole order cancelled"),

("FR22_054", "Tom Lindqvist", "2026-11-17T13:51:00", "asr", """A: northstar telecom this is tom
C: hi i'm thinking of switching my family over from another carrier four lines
A: great four lines on our unlimited plan would be two hundred a month
C: yeah see my current carrier is forty a line and i'd switch if you can match forty a line
A: the best i can do is forty five a line with autopay
C: so one eighty no it's gotta be forty
A: i can't go below forty five unfortunately
C: then i'm staying where i am honestly your ads made it sound way cheaper
A: understood if anything changes give us a call
C: yeah i doubt it""",
 False, 0.0, "negative", "conditional acceptance (match $40/line) not met; no switch"),

("FR22_055", "Aisha Karim", "2026-11-18T16:28:00", "clean", """A: Pixelframe support, Aisha here.
C: Hi Aisha. My exports keep failing at 99% and I have a client deadline at 5.
A: Let's fix it. Which version are you on?
C: 4.2.1.
A: There's a known issue with the cache in 4.2.1. Go to Settings, Storage, and click Clear Render Cache.
C: Okay... done.
A: Now try the export again.
C: It's going... it finished! Oh thank goodness.
A: Great. The 4.2.2 patch comes out Monday and fixes it for good.
C: You just saved my afternoon. Thank you so much, seriously.""",
 False, 0.0, "positive", "free tech support fix, nothing bought; grateful; version numbers not prices"),

("FR22_056", "Jake Moreno", "2026-11-19T08:16:00", "asr", """A: lakeview family clinic this is jake
C: hi i need to make an appointment with doctor chen for my knee it's been bothering me for a couple weeks
A: sure doctor chen has tuesday at two fifteen or thursday at nine
C: uh thursday at nine
A: okay can i confirm your date of birth
C: march third nineteen eighty four
A: thank you you're booked with doctor chen thursday at nine please bring your insurance card
C: perfect thank you that was so easy i was dreading calling
A: see you thursday
C: thanks bye""",
 True, 0.0, "positive", "doctor appointment booked by picking a slot; birth date not a price"),

("FR22_057", "Leah Fischer", "2026-11-20T12:39:00", "clean", """A: Keystone Insurance, Leah speaking.
C: Hi, I'm buying a used Civic this weekend and need a policy starting Saturday.
A: Sure. Based on what you've given me, full coverage is $128 a month.
C: Okay, that's about what I expected. Let's set it up.
A: Would you like roadside assistance? It's $4 a month: towing, jump starts, lockouts.
C: Sure, add roadside.
A: Done. Coverage starts Saturday at 12:01 a.m. I'm emailing your ID cards.
C: Great, thanks.
A: Drive safe.
C: Bye.""",
 True, 4.00, "neutral", "new auto policy; roadside $4/month accepted"),

("FR22_058", "Omar Haddad", "2026-11-21T10:01:00", "asr", """A: sparkle home cleaning this is omar
C: hi we're having family for thanksgiving and i want a deep clean before
A: sure for a three bedroom the deep clean is two hundred forty i have the twenty fourth at nine
C: the twenty fourth works book it
A: great we also do inside the fridge and inside the oven as add ons they're thirty five each
C: oh yes both of those my oven is a disaster
A: so deep clean plus fridge and oven you're set for the twenty fourth at nine
C: you guys are lifesavers thank you
A: happy thanksgiving
C: you too""",
 True, 70.00, "positive", "cleaning booked; two add-ons at 35 each = 70"),

("FR22_059", "Grace Liu", "2026-11-23T18:08:00", "clean", """A: Hi, this is Grace from CircuitHub. You bought a 65-inch Vizio from us last November, and the factory warranty ends this month.
C: Oh, okay.
A: We can extend coverage by two years for $89.
C: What does it cover?
A: Parts, labor, and in-home repair if the panel fails.
C: I think I'll pass. It's been working fine and TVs are cheap to replace now.
A: Understood. If you change your mind, the offer stands until the 30th.
C: Okay, thanks for letting me know.""",
 False, 0.0, "neutral", "outbound warranty extension for earlier purchase declined politely"),

("FR22_060", "Ben Carter", "2026-11-24T14:47:00", "asr", """A: harbor jazz festival info line this is ben
C: hi i'm looking at the weekend passes for next summer are they on sale yet
A: not yet they go on sale january fifteenth i can send you a reminder email that morning
C: okay how much were they last year
A: the weekend pass was one seventy five
C: okay
A: what's the best email for the reminder
C: it's dana k at fastmail dot com
A: and that's dana k at fastmail dot com
C: yes that's my email
A: great you'll get it on the fifteenth
C: okay thanks""",
 False, 0.0, "neutral", "info call; free reminder email is not a sign-up; yes only to email"),
]
