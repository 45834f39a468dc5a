CALLS = [
("FR18_041", "Hannah Lee", "2026-11-15T08:31:12", "clean", """A: Maple Grove Veterinary, this is Hannah.
C: Hi, I need to book Rufus in for his annual checkup. He's a 9-year-old lab.
A: Sure. We have Monday at 10:45 or Wednesday at 4:00.
C: Wednesday at 4, please.
A: Booked. Since he's nine, Dr. Kline usually recommends a dental cleaning. We can do it the same day for $220.
C: Let me see how his bloodwork looks first, then we'll decide.
A: That makes sense. We'll draw blood at the checkup.
C: Okay. See you Wednesday.""", True, 0.0, "neutral", "checkup booked; dental deferred"),

("FR18_042", "Omar Haddad", "2026-11-15T10:05:40", "asr", """A: city water utilities this is omar
C: hi um i'm moving and i need to start water service at my new place
A: sure what's the new address
C: forty two maple drive unit six
A: and what date should service start
C: the third of december
A: okay there's a fifty dollar deposit on new accounts that's refunded after a year do you want me to set it up
C: yes please go ahead
A: done service starts december third would you like paperless billing it's free
C: sure that's fine
A: all set
C: okay but a fifty dollar deposit after ten years paying you on time is kind of a rip off honestly""", True, 0.0, "negative", "new paid utility service started (sign-up); deposit and free paperless not upsell; ends resentful"),

("FR18_043", "Grace Turner", "2026-11-15T13:40:03", "clean", """A: SoundCity returns, this is Grace.
C: Hi. My AirBeat headphones stopped charging after three weeks. I want to return them.
A: I'm sorry. They're within 30 days, so I can issue a full refund of $149.
C: Please do.
A: Done. You'll get a prepaid shipping label by email. If you'd like, the AirBeat Pro is $249 and has a two-year warranty.
C: I'll think about it. Honestly, I'm disappointed. These were supposed to be your best seller.
A: I understand.
C: Okay. Just send the label.""", False, 0.0, "negative", "return/refund; Pro model deferred; disappointed"),

("FR18_044", "Luis Ortega", "2026-11-16T09:22:58", "asr", """A: skyway airlines this is luis
C: hi i'm booking flights for my family to orlando for christmas there's four of us
A: okay what dates
C: leaving december twentieth coming back the twenty seventh
A: i have a morning nonstop at three ten per person round trip
C: that's actually better than i thought
A: so four passengers december twentieth to the twenty seventh twelve forty total is that right
C: yep that's right
A: booked would you like priority boarding it's fifteen per person helpful with kids
C: oh sure for all four of us
A: that's sixty added
C: great the kids are going to lose their minds thank you so much""", True, 60.0, "positive", "read-back confirmed; priority boarding $15 x4 = 60; happy"),

("FR18_045", "Nina Petrova", "2026-11-16T12:16:37", "clean", """A: Vertex Mobile billing, this is Nina.
C: I just got a bill with $312 in roaming charges from my trip to Mexico. That can't be right.
A: Let me look. I see data use in Cancún over five days without an international pass.
C: Nobody told me I needed one.
A: I understand. As a one-time courtesy, I can reduce the roaming charges to $50.
C: Okay. That's better than I expected.
A: For your next trip, our international pass is $10 a day. Want me to add it to your account?
C: No, I'll just buy a local SIM next time.
A: That works too. The adjustment will show on your next bill.
C: Alright, thanks.""", False, 0.0, "neutral", "charge reduced (discount, not purchase); pass declined; settles to neutral"),

("FR18_046", "Ben Okafor", "2026-11-16T15:48:21", "asr", """A: easy move movers this is ben
C: hi i'm moving on the fifteenth and i'd like a quote three bedroom house going across town
A: okay for a three bedroom local move with four movers it's about eighteen fifty
C: mm okay that's in line with what i expected book us in
A: great you're on the calendar for the fifteenth we also do packing for a full house it's four hundred
C: four hundred hmm how much for just the kitchen
A: kitchen only is one fifty
C: okay just the kitchen then
A: perfect we'll come the day before to pack the kitchen
C: amazing that's the part i was dreading thank you""", True, 150.0, "positive", "move booked; full packing 400 not taken, kitchen-only 150 accepted"),

("FR18_047", "Chloe Martin", "2026-11-17T11:02:44", "clean", """A: Majestic Theatre box office, Chloe speaking.
C: Hi, I'm looking for four seats together for Hamilton on Saturday the 22nd.
A: Let me check. I have two pairs in row M, but not four together.
C: Hmm. We'd rather not split up, it's my parents' anniversary.
A: I understand. Sunday the 23rd has four together in row F at $135 each.
C: Sunday doesn't work, they fly home that morning.
A: I'm sorry I couldn't find something better.
C: That's okay, we'll try another show. Thanks for looking.""", False, 0.0, "neutral", "no 4 seats together; alternatives declined; polite"),

("FR18_048", "Ravi Shah", "2026-11-17T14:27:15", "asr", """A: pawsure pet insurance this is ravi
C: hi i just got a kitten and i've been reading about pet insurance
A: congrats for a ten week old kitten the accident and illness plan is thirty two a month
C: okay and what's the deductible
A: two fifty a year and we reimburse ninety percent
C: okay go ahead and sign her up
A: done what's her name
C: mochi
A: cute we also have a wellness rider for vaccines and checkups eighteen a month
C: hmm no not right now maybe later
A: no problem mochi is covered starting tomorrow
C: thank you you explained it way better than the website did""", True, 0.0, "positive", "plan sign-up; wellness rider declined; positive"),

("FR18_049", "Maria Lopez", "2026-11-17T17:55:06", "clean", """A: First Harbor Bank, Maria speaking.
C: I've been hit with three overdraft fees in one day. $105. For a coffee, a parking meter and a pending charge.
A: I'm sorry. Let me look. I can refund two of the three fees, so $70 back.
C: And the third?
A: The third one was on a posted transaction, so I'm not able to reverse it.
C: $35 for a pending transaction that hadn't even cleared. That's still robbery.
A: I understand. I can turn on low balance alerts for free so this doesn't happen again.
C: Sure, whatever. I'm moving my paycheck to another bank anyway.""", False, 0.0, "negative", "fee refund partial; free alerts not purchase; angry"),

("FR18_050", "James Carter", "2026-11-18T10:40:29", "asr", """A: riverside toyota sales this is james
C: hi um i was looking at the rav four hybrid on your website and i'd like to test drive it
A: sure we have the xle in blue and silver on the lot when were you thinking
C: is saturday morning possible
A: i have eleven a m on saturday
C: yes that works see you saturday
A: great you're booked for eleven bring your license
C: okay will do
A: any questions before then
C: no that's it thanks""", True, 0.0, "neutral", "test drive appointment booked"),

("FR18_051", "Priya Nair", "2026-11-18T13:13:52", "clean", """A: FreshCrate meal kits, this is Priya.
C: Hi, I want to cancel. The boxes are good, but it's just too much money right now.
A: I understand. Before you go, I can give you 50% off your next two boxes.
C: So $40 instead of $80?
A: Exactly, for the next two deliveries, and you can cancel any time after that.
C: Fine, I'll stay for those two boxes and see how it goes.
A: Done. The discount is applied to the next two. Want to add a dessert kit to each box? It's $6.99 a box.
C: Just the next one, to try it.
A: Sure, one dessert kit on the next box.
C: Okay. Thanks.""", True, 6.99, "neutral", "retention offer accepted; discount not upsell; one dessert kit $6.99 accepted"),

("FR18_052", "Tom Becker", "2026-11-18T16:36:18", "asr", """A: comfort air heating and cooling this is tom
C: hi uh i wanted to get a furnace tune up before it gets really cold
A: sure the tune up is one twenty nine and we have thursday or next monday
C: um let me check with my wife she handles the calendar
A: no problem should i hold thursday for you
C: no don't hold anything i'll call back
A: okay sounds good
C: alright thanks""", False, 0.0, "neutral", "deferral to wife; no hold"),

("FR18_053", "Aisha Khan", "2026-11-19T09:58:33", "clean", """A: Alpine Lodge reservations, this is Aisha.
C: Hi! I'd like to book two nights, December 12th and 13th, for two adults.
A: We have a king room with a mountain view at $210 a night. That's two nights, December 12 to 14, for two adults, $420 total. Shall I confirm?
C: Yes, please confirm it.
A: Done. Would you like late checkout on the 14th? It's $30.
C: Oh yes, please, we always want to sleep in.
A: Added. We also have a spa package, $75 per person.
C: No, that's a bit much for us.
A: No problem. You're all set.
C: Amazing, thank you! We can't wait.""", True, 30.0, "positive", "booking confirmed; late checkout $30 accepted; spa declined"),

("FR18_054", "Daniel Kim", "2026-11-19T12:24:07", "asr", """A: clearwave internet tech support this is daniel
C: yeah my internet's been crawling all week i'm paying for five hundred meg and getting like twenty
A: sorry about that let's try restarting the modem can you unplug it for thirty seconds
C: wow turning it off and on again who would have thought
A: i know but it does reset the connection
C: okay it's back on
A: i'm seeing four eighty now on my end
C: yeah it's faster for now
A: great anything else
C: it's working for now but if it drops again this week i'm switching providers i mean it""", False, 0.0, "negative", "sarcasm; fixed but threatens to leave"),

("FR18_055", "Sofia Rossi", "2026-11-19T15:07:41", "clean", """A: Petal & Stem, this is Sofia.
C: Hi, I'd like to send flowers to my mom for her birthday on Friday.
A: Lovely! Our seasonal bouquet is $65 with Friday delivery.
C: That sounds perfect, let's do it.
A: Would you like it in a glass vase? That's $15 more.
C: Yes, the vase.
A: And a box of chocolates for $12?
C: Sure, she loves chocolate, add those too.
A: So the bouquet, vase and chocolates, delivered Friday to 18 Linden Court.
C: Yes. Thank you, this is so easy.""", True, 27.0, "positive", "bouquet main; vase 15 + chocolates 12 = 27"),

("FR18_056", "Marcus Webb", "2026-11-20T08:47:19", "asr", """A: peak fitness membership this is marcus
C: hi i need to cancel my membership i'm moving
A: sorry to hear that where are you moving to
C: columbus ohio
A: i can freeze your membership for up to three months for free in case you come back
C: no i'm moving for good there's no location there
A: understood i'll cancel it at the end of this month there's a thirty dollar early cancellation fee
C: thirty dollars to leave because i'm moving that's ridiculous
A: i'm sorry it's in the contract
C: whatever just do it""", False, 0.0, "negative", "cancellation; free freeze declined; fee angers customer"),

("FR18_057", "Hannah Lee", "2026-11-20T11:15:56", "clean", """A: Skyway Airlines, this is Hannah.
C: My 3:40 flight to Atlanta was just cancelled. Again. This is the second time this month you've done this to me.
A: I'm very sorry. I can rebook you on the 6:10 tonight at no charge, or tomorrow at 7 AM.
C: Go ahead and put me on the 6:10.
A: Done. You're confirmed on the 6:10, seat 18C.
C: Fine. Do I get anything for this?
A: I can add a $15 meal voucher.
C: Fifteen dollars. Okay. I'm seriously rethinking who I fly with.""", True, 0.0, "negative", "free rebooking committed (booking counts); voucher not upsell; negative"),

("FR18_058", "Omar Haddad", "2026-11-20T14:32:23", "asr", """A: dreamland mattress this is omar
C: hey i saw the queen hybrid on sale for eight ninety nine is that still going
A: yes through sunday
C: okay i'll take the queen
A: great delivery's free and the mattress protector is normally seventy nine but i can do fifty for you
C: ok yeah fifty fine
A: and the memory foam pillows are thirty each
C: uh just one pillow
A: okay one pillow so protector and pillow eighty extra
C: yep sounds good honestly you've been super helpful""", True, 80.0, "positive", "mattress main; protector revised to 50 + one pillow 30 = 80"),

("FR18_059", "Grace Turner", "2026-11-21T10:03:35", "clean", """A: Crestline Bank, this is Grace.
C: Hi, I'd like to meet with a financial advisor about retirement savings.
A: Of course. Our advisors have openings Tuesday at 3 PM or Thursday at 11.
C: Tuesday at 3 is good.
A: Booked with Mark Ellison at the Main Street branch, Tuesday at 3.
C: Okay. Is there a cost for that meeting?
A: No, it's free for account holders.
C: Good. Thanks.""", True, 0.0, "neutral", "advisor appointment booked (free appointment counts)"),

("FR18_060", "Luis Ortega", "2026-11-21T19:41:48", "asr", """A: tix direct this is luis
C: hi i want two tickets for the hozier show on friday
A: okay i have two in section one oh four at eighty five each
C: yes i'll take those two
A: great let me run the card
A: i'm sorry the payment didn't go through in time and the seats were released it's now sold out
C: what are you kidding me
A: i'm really sorry i can put you on the waitlist
C: no don't bother this is ridiculous""", False, 0.0, "negative", "commitment failed, sold out, no alternative; angry"),
]
