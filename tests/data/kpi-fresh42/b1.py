CALLS = [
("FR42_001", "Priya Nair", "2026-11-02T09:14:22", "clean", """A: Harbourview Hotel reservations, this is Priya. How can I help?
C: Hi, I need a room for the 12th through the 15th, just me.
A: Let me look. For those three nights I have a standard queen at $189 a night, or a harbour-view king at $245 a night.
C: The view is nice but I'll barely be in the room. Let's do the cheaper one.
A: Standard queen, checking in Thursday the 12th, out Sunday the 15th, $567 before tax. Does that look right?
C: That's right.
A: Would you like breakfast included? It's $18 a night, so $54 for the three nights.
C: Yeah, add it. I won't find anything that early near the conference centre anyway.
A: Done. Your confirmation number is HV-88213, and I'll email it to the address on your profile.
C: Perfect, that's exactly what I needed. Thanks, Priya, that was painless.
A: Enjoy your stay!""", True, 54.00, "positive", "picks cheaper room (indirect) + confirms read-back; breakfast $18x3 stated as $54 accepted; pleased close"),

("FR42_002", "Marcus Bell", "2026-11-02T10:03:47", "asr", """A: thanks for calling northline broadband this is marcus what's going on today
C: yeah my internet keeps dropping again it's the third time this month
A: i'm sorry about that can you unplug the router for thirty seconds and plug it back in for me
C: yeah i'll do that now hang on
C: okay it's back up the lights are green
A: great while it reconnects i see you're a good fit for our mesh extender it's nine dollars a month
C: um i'd get one honestly just not while the main line keeps dying on me
A: understood i'll have a technician call you back tomorrow to check the line is that okay
C: yes call me back tomorrow morning not after noon
A: got it tomorrow morning it is
C: fine but honestly i'm pretty fed up with this service""", False, 0.0, "negative", "yes answers troubleshooting and callback only; extender refused in conditional 'would get one, just not'; fed up"),

("FR42_003", "Elena Rossi", "2026-11-02T11:26:05", "clean", """A: Good morning, this is Elena from Crestline Insurance calling about your home policy, which is up for renewal on the 30th.
C: Oh right, I got the letter.
A: I can renew it today. To confirm: home policy, same $1,000 deductible, $1,140 for the year, paid monthly from the account ending 0457. Is that right?
C: Yes, that's right. Does it still cover the shed at the back?
A: It does, outbuildings up to $15,000. That's your renewal processed.
C: Okay.
A: One more thing, we have a water backup endorsement for $65 a year. Want me to add it?
C: No, leave it as it is.
A: No problem. You'll get the renewed documents by email this week.
C: Thanks, bye.""", True, 0.0, "neutral", "renewal read-back confirmed then question; endorsement declined; routine tone"),

("FR42_004", "Tom Okafor", "2026-11-02T17:41:19", "asr", """A: good evening la cantina this is tom
C: hi um i was hoping for a table for six on saturday at seven
A: let me see seven is already gone i have six fifteen or eight forty five
C: uh eight forty five then i guess the kids will be starving but whatever
A: okay eight forty five saturday for six under what name
C: dubois d u b o i s
A: lovely and just so you know the chef's tasting menu is sixty five dollars per person on saturdays
C: oh that sounds amazing um but no we'll just order off the menu
A: no problem you're all booked for eight forty five
C: okay see you then""", True, 0.0, "neutral", "picks offered slot; booking confirmed; tasting menu enthusiasm but declined; resigned but not negative"),

("FR42_005", "Hana Sato", "2026-11-03T08:52:33", "clean", """A: Brightbox Electronics, Hana speaking.
C: Hi, I want to order the Aero 14 laptop, the silver one, $1,049.
A: Great choice. Would you like our three-year protection plan for $129?
C: Sure, add that.
A: And a padded sleeve for $35?
C: No, I've got a bag.
A: So that's the Aero 14 plus protection, $1,178 before tax, to your home address. Correct?
C: Correct. Hold on... I'm looking at another site right now and it's $150 cheaper there. Do you price match?
A: Only for authorised retailers, and that one isn't on our list, I'm afraid.
C: Then cancel the whole thing. Your price-match policy is a joke.
A: Understood, I've cancelled the order, nothing will be charged.
C: Yeah. Bye.""", False, 0.0, "negative", "read-back confirmed incl. add-on, then whole order cancelled -> no conversion, no upsell; annoyed close"),

("FR42_006", "Diego Alvarez", "2026-11-03T13:07:58", "asr", """A: hi this is diego from coolbreeze heating and air calling about your annual tune up
C: oh hey yeah i was meaning to call you guys
A: we've got a tuesday at ten or a thursday at two next week
C: put me down for the thursday one
A: okay so that's thursday the nineteenth at two pm annual tune up one forty nine
C: yep all good
A: while the tech is there we can swap your air filter for twenty five dollars
C: sure throw that in
A: perfect you're all set you'll get a text the day before
C: great you guys were really good last year so i'm happy to have you back""", True, 25.00, "positive", "picks Thursday slot + confirms read-back; filter $25 accepted; praise"),

("FR42_007", "Ruth Fischer", "2026-11-03T15:30:12", "clean", """A: Hi Mark, Ruth from Taskwise following up on your team trial. How did the two weeks go?
C: Honestly, better than I expected. The team's actually using it.
A: Great to hear. For twelve seats on the annual plan it's $20 per seat per month.
C: That's in budget.
A: Would you want single sign-on as well? That's $4 per seat per month.
C: Yes, add SSO for all twelve, IT will insist on it anyway.
A: So twelve seats, annual, with SSO. I'll draft the agreement now.
C: Send the contract over, I'll sign tonight.
A: It'll be in your inbox within the hour.
C: Great, thanks Ruth. Really glad we found you.""", True, 48.00, "positive", "unconditional 'send contract, I'll sign tonight' = commitment; SSO $4 x 12 seats = 48; pleased"),

("FR42_008", "Sam Whitaker", "2026-11-04T09:45:40", "asr", """A: thank you for calling first harbour bank this is sam
C: hi there's a charge on my card i don't recognise forty two seventy from some store in ohio
A: i see it i can file a dispute and send you a new card would you like me to do that
C: yes please file it
A: done the dispute is open and your new card will arrive in five to seven days
C: okay
A: also you qualify for our voyager card it's got travel points and a ninety five dollar annual fee
C: no i'm good thanks
A: no problem anything else
C: no that's it thanks for sorting it""", False, 0.0, "neutral", "yes = dispute filing (not a purchase); card offer declined; polite neutral"),

("FR42_009", "Aisha Khan", "2026-11-04T10:18:26", "clean", """A: Redwood Motors service desk, Aisha speaking.
C: Hi, I need an oil change on the Corolla, Saturday morning if you have it.
A: I have 9:00 am Saturday. That's the synthetic oil change at $79.95. Shall I put you in?
C: Yes, 9 works.
A: Booked. Your cabin air filter is also overdue. We can replace it during the visit.
C: If it's under forty, sure.
A: It's $39.
C: Then do it.
A: Added. And the tires are due for rotation, $25.
C: Not today.
A: All right, see you Saturday at 9.
C: Okay, thanks.""", True, 39.00, "neutral", "booking accepted; conditional 'if under forty' met at $39 then 'do it'; rotation declined"),

("FR42_010", "Leo Martins", "2026-11-04T14:02:09", "asr", """A: sunvale energy this is leo how can i help
C: hi i need to close my account i'm moving out on the thirtieth
A: sorry to see you go could i offer fifteen percent off for twelve months if you stay with us
C: nah i'm moving to oregon you don't even serve there
A: ah fair enough i'll schedule the final meter read for the thirtieth
C: okay
A: and where should we send the final bill is it the forwarding address on file two eleven birch lane
C: yes that's the forwarding address
A: great all done
C: alright thanks""", False, 0.0, "neutral", "cancellation, save offer refused; yes only confirms address"),

("FR42_011", "Grace Liu", "2026-11-05T12:11:37", "clean", """A: City Arena box office, Grace speaking.
C: Hi, two tickets for the Jenna Marlow show on Friday, floor section if possible.
A: Let me check. Yes, I have two together in floor B. Please confirm: two tickets, Friday at 8 pm, $90 in total?
C: You got it.
A: One moment while I process... I'm sorry, those seats just went while I was holding them, and the floor is now sold out.
C: Oh. Anything else close?
A: I have two in the upper balcony at $70 total.
C: No, the balcony's pointless for this. Forget it.
A: I'm sorry. I can put you on the waitlist for returns, it's free.
C: Sure, put me on it. That's a shame, I really wanted to take my dad.""", False, 0.0, "negative", "read-back confirmed but booking failed; alternative refused; free waitlist is not a purchase; quietly disappointed"),

("FR42_012", "Ivan Petrov", "2026-11-05T15:44:50", "asr", """A: lakeside dermatology this is ivan
C: hi um i got a referral for a mole check and wanted to book in
A: sure we have monday at eight forty or wednesday at eleven
C: um the wednesday works
A: okay wednesday the eleventh at eleven with doctor armed
C: mhm that's right
C: do i need to bring anything
A: just your referral letter and insurance card
C: okay thanks""", True, 0.0, "neutral", "picks offered slot, confirms read-back then asks question; appointment = conversion"),

("FR42_013", "Nora Quinn", "2026-11-06T11:05:03", "clean", """A: Oakhouse Furniture, this is Nora.
C: Hi! I was in the store last weekend and fell in love with the Fenwick oak dining table.
A: It's lovely. The 8-seater is $1,200. Would you like the matching chairs? They're $240 each.
C: Four of them, please. We'll use the bench we have for the other side.
A: Four chairs. We also offer white-glove delivery and assembly for $99.
C: No, my brothers can carry it in.
A: So: Fenwick table at $1,200 and four Fenwick chairs, $2,160 total, standard delivery on the 21st. All correct?
C: Yep, all good.
A: It's placed. Order number OF-5531.
C: I'm so excited, I've wanted a proper table for years. Thank you!""", True, 960.00, "positive", "read-back confirmed; 4 chairs x $240 = 960; assembly declined; excited"),

("FR42_014", "Omar Haddad", "2026-11-06T16:39:21", "asr", """A: hi is this missus chen this is omar from velocity fiber
C: yes speaking
A: good news your street just got fiber so i can move you to nine hundred megs for sixty nine a month
C: oh wow that sounds amazing honestly our internet is so slow right now
A: it's a big difference shall i set that up for you
C: uh let me talk to my husband first he handles all the bills
A: of course can i call back thursday
C: yes call back thursday evening that's fine
A: will do
C: thanks for letting me know really appreciate it""", False, 0.0, "positive", "enthusiasm but deferral to husband; yes only to callback; warm"),

("FR42_015", "Beth Carroll", "2026-11-07T08:20:44", "clean", """A: IronWorks Fitness, Beth speaking.
C: Hi, I'd like to cancel my membership. It's $39 a month and I barely go.
A: I understand. Before I do that, I can drop you to $19 a month for the next six months, same access.
C: Hm. Nineteen.
A: Nineteen, and you can cancel any time after that.
C: Fine, go ahead, I'll stay at nineteen.
A: Done, your next bill will be $19. Can I also tempt you with personal training? Sessions are $25 each.
C: Don't push it.
A: Fair enough! Anything else?
C: No. Bye.""", True, 0.0, "neutral", "accepts retention offer ('fine, go ahead'); PT declined; curt but not hostile"),

("FR42_016", "Felix Young", "2026-11-07T10:33:16", "asr", """A: ledgerly support this is felix
C: hi i'm locked out of my account and i've got payroll due today
A: okay let's fix that i've sent a reset link to your email can you open it
C: yes i'll try it now
C: okay it's asking for a new password
A: go ahead and set it and then log in
C: alright i'm in it worked
A: great by the way our premium support plan gets you a phone line that's open all night
C: i'm not buying anything today i just needed payroll
A: totally understood
C: thank you so much you've been really helpful""", False, 0.0, "positive", "yes/I'll = troubleshooting; premium refused; grateful close"),

("FR42_017", "Priya Nair", "2026-11-09T13:12:58", "clean", """A: Swift Car Rental, Priya speaking.
C: Hi, I'd like a compact car at the airport, picking up the 18th, returning the 22nd.
A: I have a Yaris-class compact, four days, $164 total. Shall I reserve it?
C: Yes, reserve it.
A: Would you like GPS? It's $12 a day, so $48 for the four days.
C: Add the GPS. Skip the insurance, my card covers it.
A: GPS added. So: compact, airport, 18th to 22nd, $212 total. Correct?
C: Actually, drop the GPS, I'll just use my phone. Otherwise yes, that's correct. Can I pick it up early?
A: GPS removed, $164. You can collect from 7 am.
C: Okay, thanks.""", True, 0.0, "neutral", "rental reserved; GPS accepted then retracted -> upsell 0"),

("FR42_018", "Marcus Bell", "2026-11-09T19:25:30", "asr", """A: tony's pizza this is marcus
C: hey can i get a large pepperoni for delivery to forty one elm street
A: sure thing want to add garlic nuts for five ninety nine
C: yeah go on then
A: okay large pepperoni and garlic knots should i charge the card on file ending four two one one
C: yep charge the card on file
A: hmm sorry that card got declined
C: ugh try the other one ending eight eight zero two
A: that one went through you're all set about thirty five minutes
C: cool thanks""", True, 5.99, "neutral", "order + knots $5.99 accepted; first card declined, second succeeded -> conversion"),

("FR42_019", "Elena Rossi", "2026-11-10T09:58:11", "clean", """A: SkyJet customer care, this is Elena.
C: My suitcase has been missing for six days. Six. Nobody calls me back.
A: I'm very sorry. I see the file. I can offer a $150 travel voucher as a goodwill gesture, and file a formal delayed-baggage claim for your expenses.
C: Yes, I'll file the claim. Keep the voucher, I'm not flying with you again.
A: I've filed it; claim number BG-20871. While I have you, for your return flight we offer priority baggage for $30.
C: You want to sell me something NOW? Unbelievable.
A: I apologise, I'll remove that.
C: Just find my bag.""", False, 0.0, "negative", "claim filing is not a purchase; voucher is compensation; priority baggage refused; furious"),

("FR42_020", "Tom Okafor", "2026-11-10T14:47:36", "asr", """A: hi it's tom from sparkle home cleaning following up on your quote request
C: oh hi yes
A: so for the three bed flat a deep clean comes to two hundred ten dollars
C: okay that's about what i thought
A: i have the twenty second open shall i pencil that in
C: um i'd book it today honestly just not until i've checked with my flatmate
C: can you email me the quote
A: sure i'll send it now to the email on file
C: yes that's the right email
A: great talk soon
C: okay bye""", False, 0.0, "neutral", "booking words in deferred clause; email me the quote; yes only to email"),
]
