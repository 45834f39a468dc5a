CALLS = [
("FR38_001", "Maya Chen", "2026-11-02T09:14:22", "asr", """A: thanks for calling brightline mobile this is maya how can i help
C: hi um yeah i'm going to portugal in like three weeks and my plan doesn't do roaming i think
C: my number is uh five five five two one nine oh four four if you need it
A: got it i see you're on the basic forty five plan so you'd want the unlimited plus which is sixty a month and that includes canada and mexico
A: for europe i'd also add the global pass which is ten dollars a month on top
C: okay and i can drop the global pass when i get back right
A: yes any time so just to read that back you're moving to unlimited plus at sixty a month with the global pass at ten starting today
C: yep that's it and does it kick in right away or tomorrow
A: right away you'll get a text in a few minutes
C: oh perfect that's way easier than i expected honestly thank you
A: you're all set enjoy portugal""", True, 10.0, "positive", "confirms read-back of plan change plus global pass ten a month; pleased"),

("FR38_002", "Derek Olsen", "2026-11-02T18:40:05", "clean", """A: Good evening, Osteria Lucca, this is Derek.
C: Hi, I'd like a table for six this Saturday, around 7:30 if possible. It's my mother's 70th.
A: Let me look... I'm so sorry, Saturday is fully booked, we have a private event in the back room.
C: Oh. Nothing at all? Even at 9?
A: Nothing on Saturday, I'm afraid. I could do Sunday at 6 for six people.
C: No, her birthday dinner has to be Saturday, the family flies in Friday.
A: I understand. I can put you on the waitlist for Saturday if you like.
C: Yes, put me on the list, I suppose. The name is Harwood, 555-0187.
A: Done. If something opens up we'll call you.
C: Alright. I was really hoping to do it there, she loves your place. Thanks anyway.""", False, 0.0, "negative", "Saturday sold out, Sunday alternative declined; waitlist is not a booking; quietly disappointed"),

("FR38_003", "Priya Nair", "2026-11-03T10:02:47", "asr", """A: hi this is priya with harbor mutual calling back about the renters quote you requested online
C: oh right yeah hi
A: so for a one bedroom at four twelve elm street with twenty thousand in contents coverage it comes to about fourteen fifty a month
C: fourteen fifty hm that's less than i thought
A: and if you want i can get the policy started today it would take about five minutes
C: um i mean it sounds fine but i'm still waiting on the lease to be signed
C: could you just email me all that so i have it
A: sure is it still jordan dot ellis at mailbox dot com
C: yeah that's my email
A: okay sent you should have it now
C: cool thanks i'll look at it this weekend""", False, 0.0, "neutral", "interest only, asks for email; yes to email address is not a purchase"),

("FR38_004", "Tom Walsh", "2026-11-03T14:25:10", "clean", """A: Hartwell Home, Tom speaking.
C: Hi, I ordered the Linden queen bed frame last week, order 88213, and I want to add the matching nightstands before it ships.
A: Sure, I can see the order. The Linden nightstands are $240 each. How many would you like?
C: Two, one for each side.
A: Great. So that's two Linden nightstands at $240 each added to order 88213, shipping together with the bed. Should I charge the card on file ending 4471?
C: Charge the card on file, yes.
A: Done. Anything else?
C: Will they arrive assembled?
A: The nightstands come fully assembled, only the bed needs assembly.
C: Wonderful, that's exactly what I was hoping. You've been great, thank you.""", True, 480.0, "positive", "add-on to earlier purchase: 2 x $240 nightstands, card on file authorised"),

("FR38_005", "Lucia Ortiz", "2026-11-04T08:31:55", "asr", """A: good morning riverside dental this is lucia
C: hi yeah i need a cleaning i'm way overdue probably like two years
A: no worries let's get you in i have tuesday the eighteenth at ten fifteen or thursday the twentieth at three forty five
C: um thursday i'm driving my kid to practice so the tuesday one works
A: tuesday the eighteenth at ten fifteen with doctor amari is that okay
C: mhm
A: and can i confirm your date of birth
C: march third nineteen eighty eight
A: great you're booked we'll text a reminder the day before
C: okay thanks""", True, 0.0, "neutral", "picks one of two offered slots, booking confirmed; routine politeness"),

("FR38_006", "Ben Carter", "2026-11-04T11:48:30", "clean", """A: Thanks for calling Trellis, this is Ben. How can I help?
C: I'd like to cancel our team subscription. We're paying $180 a month and honestly we barely use half the features.
A: I'm sorry to hear that. Before you go, I can move you to the Starter tier at $95 a month with the same projects, and keep your history.
C: Starter only has five seats though. We're six people.
A: Right, an extra seat on Starter is $12 a month.
C: So $107 total instead of $180.
A: Correct. Would you like me to switch you over with the extra seat?
C: Fine, switch us to Starter with the one extra seat. That's better than losing everything.
A: Done, it takes effect on your next billing date, the 1st.
C: Okay. Thanks.""", True, 12.0, "neutral", "accepts retention downgrade plus extra seat $12/month; flat tone"),

("FR38_007", "Aisha Rahman", "2026-11-05T16:12:03", "asr", """A: northfield power and gas this is aisha
C: yeah hi my bill this month is three hundred and twelve dollars and it's usually like ninety
C: i've been on hold for forty minutes by the way
A: i'm sorry about the wait let me look at the account it looks like the meter reading was estimated in october
C: estimated so you just made up a number
A: the system estimates when the reader can't access the meter i can request an actual reading
C: fine whatever
A: i'll need to send the confirmation is it still dana w at freemail dot com
C: yes that's my email
A: okay a technician will read the meter within five business days and the bill will be adjusted
C: i'll believe it when i see it honestly this is the second time this year""", False, 0.0, "negative", "billing complaint, no purchase; yes to email only; frustrated to the end"),

("FR38_008", "Kevin Doyle", "2026-11-05T13:05:41", "clean", """A: Summit Auto Service, Kevin here.
C: Hi, my 2019 Civic is due for its 30,000-mile service. Do you have anything Friday?
A: Friday I have 8 am or 1:30 pm.
C: 8 works, I can drop it on the way to work.
A: Perfect. The 30k service is $189. While it's in, we recommend a cabin air filter replacement, $39.99 — the 30k interval is when most need one.
C: Hm, mine does smell a bit musty when the AC is on. Go ahead then.
A: Great, so Friday 8 am, 30k service plus cabin filter. Name and phone?
C: Raj Patel, 555-0142.
A: You're booked, Raj. We'll have a loaner ready.
C: Oh nice, a loaner too. Appreciate it, that makes my life a lot easier.""", True, 39.99, "positive", "books Friday 8am; accepts cabin filter $39.99 with 'go ahead then'"),

("FR38_009", "Sofia Rossi", "2026-11-06T19:22:17", "asr", """A: ticketpoint this is sofia how can i help you tonight
C: hi i want four tickets for the lanterns concert on the twelfth section c if there's anything
A: i have four together in section c row k at seventy two each
C: okay yeah let's do those
A: so four tickets at seventy two plus the service fee of eleven fifty per ticket total comes to three hundred thirty four dollars
C: wait eleven fifty per ticket that's forty six bucks in fees
A: unfortunately the fees are set by the venue
C: no you know what cancel the whole thing i'll just buy them at the box office
A: okay i've released the seats nothing has been charged
C: unbelievable forty six dollars for clicking a button""", False, 0.0, "negative", "agreed then cancelled whole order over fees; angry"),

("FR38_010", "Marcus Lee", "2026-11-06T10:40:00", "clean", """A: Cedar Federal Credit Union, Marcus speaking.
C: Hi, I was at the branch yesterday about the high-yield savings account, the 4.1% one. They said I could finish it by phone.
A: Yes, I see your application started. Minimum opening deposit is $500, which we'd move from your checking.
C: That's fine, I've got about $2,000 in there.
A: Then I'll prepare the account agreement and send it to your email for e-signature.
C: Send it over and I'll sign it right now.
A: Sent. Once you sign, the account opens and the $500 moves today.
C: Okay, signed. It says completed.
A: Perfect, the account is open. Your number ends 3309.
C: Great, thanks.""", True, 0.0, "neutral", "opens savings account, 'send it over and I'll sign' then signs; opening deposit is not upsell"),

("FR38_011", "Hannah Berg", "2026-11-07T12:15:33", "asr", """A: thank you for calling seabreeze resorts this is hannah
C: hi we're looking at the ocean view king for the weekend of the twenty first two nights
A: that's available at two hundred nineteen a night
C: okay and um does that include breakfast
A: breakfast is not included but you can add the buffet for fifteen dollars per person per day
C: it's me and my wife so yeah add breakfast for both of us
A: so the ocean view king two nights friday the twenty first checkout sunday with breakfast for two at fifteen each is that right
C: that's right yeah book it
A: you're confirmed your confirmation number is sierra bravo four four one
C: awesome we've been wanting to come back since last summer we loved it""", True, 30.0, "positive", "books room; breakfast $15 per person x2 = 30 (per-day recurrence counted once at stated amount)"),

("FR38_012", "Omar Haddad", "2026-11-07T15:55:48", "clean", """A: CoolAir Heating & Cooling, this is Omar.
C: Hi, my furnace is making a banging noise when it starts. I'd like someone to look at it.
A: Sure. The diagnostic visit is $89. What day works?
C: I work all week, so it would have to be Saturday.
A: Saturday we're completely booked, I'm afraid. The earliest is Monday at 4.
C: I can't do Monday. If you could get someone out Saturday I'd book it, but otherwise I'll have to try someone else.
A: I understand. I could call you if a Saturday slot frees up.
C: Sure, call me if something opens. It's 555-0199.
A: Will do.
C: Okay, thanks.""", False, 0.0, "neutral", "conditional on Saturday, not available; yes to a callback is not a booking"),

("FR38_013", "Grace Kim", "2026-11-09T17:30:12", "asr", """A: hi thanks for calling ironworks fitness this is grace
C: hey i want to sign up i walked through yesterday
A: great the standard membership is thirty nine a month and there's a personal training starter pack four sessions for a hundred twenty
C: um yeah do the membership and the training pack
A: okay membership plus the training pack i'll need a card
C: sure it's a visa uh actually wait drop the training pack i'll see how i do on my own first
A: no problem just the membership at thirty nine a month then
C: yeah just the membership
A: you're all set you can pick up your key fob at the front desk
C: okay cool""", True, 0.0, "neutral", "membership signed; training pack accepted then retracted by name -> upsell 0"),

("FR38_014", "Luis Mendez", "2026-11-09T09:20:26", "clean", """A: Kitchenly support, this is Luis.
C: Hi, my stand mixer arrived yesterday and the bowl has a big crack in it. Order KT-55120.
A: I'm so sorry. I can send a replacement bowl at no charge, and you don't need to return the cracked one.
C: Really? I don't have to ship it back?
A: No, just recycle it. The new bowl ships tomorrow and should arrive Thursday.
C: Yes, please send it. Same address, 14 Birch Lane.
A: Done, you'll get a tracking email tonight.
C: That's fantastic. I was dreading a whole return process.
A: Happy to help.
C: Honestly, this is the best support call I've had all year. Thank you.""", False, 0.0, "positive", "free replacement is not a purchase; very pleased"),

("FR38_015", "Nora Quinn", "2026-11-10T20:05:44", "asr", """A: streamwave support this is nora
C: oh great a human finally after the bot sent me in circles three times
A: i'm sorry about that what can i help with
C: you charged me for the premium tier i downgraded to basic last month
A: let me check i see the downgrade was scheduled for the end of the cycle so this charge was for the last premium month
C: so i paid for premium for a month i didn't want wonderful
A: i can offer a credit of five dollars as a courtesy
C: five dollars wow how generous
A: it's the most i can apply i'm sorry
C: yeah sure just do it whatever
A: it's applied
C: fantastic really a great experience as always bye""", False, 0.0, "negative", "sarcastic complaint; courtesy credit is not a purchase"),

("FR38_016", "Sam Patel", "2026-11-10T11:11:11", "clean", """A: Happy Paws Grooming, Sam speaking.
C: Hi! I'd like to book a full groom for Biscuit, he's a cockapoo, about 25 pounds.
A: Lovely. A full groom for his size is $75. I have Wednesday at 10 or Thursday at 2.
C: Wednesday at 10, please.
A: Got it. Would you like to add a nail trim for $12, or teeth brushing for $15?
C: Yep, both. His nails are clicking on the floor and his breath is... a lot.
A: Ha, fair. So Wednesday at 10, full groom with nail trim and teeth brushing.
C: Perfect.
A: See you and Biscuit Wednesday!
C: Thank you so much, the last groomer he had was awful, everybody says you're great.""", True, 27.0, "positive", "booked slot; two add-ons $12 + $15 accepted"),

("FR38_017", "Maya Chen", "2026-11-11T14:33:09", "asr", """A: hi this is maya from sunpath solar am i speaking with mister okafor
C: uh yeah who's this
A: we're offering free home assessments in your area and based on your roof you could save about a hundred and forty a month on power
C: hm okay that's not nothing
A: the panels would be zero down and the lease is one nineteen a month so shall i put you down for an installer visit
C: i mean it sounds interesting but my wife handles all the house stuff
C: let me talk to her first and we'll call you back
A: of course can i call you thursday
C: yeah you can call thursday evening
A: great i'll call thursday around six
C: alright""", False, 0.0, "neutral", "outbound; deferral to wife; yes to callback only"),

("FR38_018", "Derek Olsen", "2026-11-11T10:48:51", "clean", """A: Bloom & Stem, this is Derek.
C: Hi, I want to send a dozen red roses to my sister in Tacoma for her anniversary, delivered Friday.
A: A dozen long-stem roses is $64.99 with Friday delivery included. Would you like a glass vase? It's normally $30, but with roses I can do it for $20.
C: Twenty, okay, yes, put the vase in.
A: And a card message?
C: "Happy 10th, you two — love, Mel."
A: Lovely. Delivery to 2200 Pine Street, Tacoma, Friday, roses and vase. Confirm?
C: That's it, yes.
A: Placed. You'll get a photo when it's delivered.
C: Oh, that's such a nice touch. Thank you!""", True, 20.0, "positive", "vase revised from $30 to $20 accepted; read-back confirmed"),

("FR38_019", "Priya Nair", "2026-11-12T08:50:37", "asr", """A: good morning atlas movers this is priya
C: yeah hi i got a quote for my move on the twenty eighth and it was like fourteen hundred which is insane for a two bedroom
A: let me look um i can take it down to eleven fifty if we do an eight a m start
C: eleven fifty okay that's better i guess
A: and for a third floor walk up i'd really suggest a third mover that's eighty five dollars extra
C: ugh fine add the third guy i don't want to be there till midnight
A: so that's the twenty eighth eight a m start three movers eleven fifty plus eighty five is that correct
C: yeah that's correct what time should i have everything packed by
A: just have boxes sealed by eight and we'll handle the rest
C: okay""", True, 85.0, "neutral", "revised main price; third mover $85 add-on; confirms read-back with a question; grumbles then neutral"),

("FR38_020", "Tom Walsh", "2026-11-12T19:15:58", "clean", """A: FiberNet support, Lucia speaking.
C: My internet has been down since this morning. I work from home. I've lost a whole day.
A: I'm sorry. I'm seeing an outage in your area caused by a cut line. Crews are on it.
C: When will it be fixed?
A: The estimate is tomorrow afternoon.
C: Tomorrow. Great. And I'm still paying for today, I assume.
A: You'll get an automatic credit for the outage period. Would you like us to call you when it's restored?
C: Yes, call me back when it's back up.
A: Will do.
C: This is the third outage since September. I'm seriously looking at switching.""", False, 0.0, "negative", "outage complaint; yes to a callback is not a purchase; credit not purchase"),
]
