CALLS = [
("FR77_021", "Aisha Grant", "2026-11-13T08:12:00", "clean",
"""A: BrightNest Hosting support, Aisha speaking.
C: My store has been down since six this morning. Six. I'm losing orders every minute.
A: I'm so sorry. I see the server had a disk issue, the team is restoring it now, about twenty minutes.
C: Twenty minutes. Great. Wonderful.
A: For what it's worth, our Managed plan at $40 a month has automatic failover so this wouldn't happen.
C: Are you seriously trying to sell me something right now?
A: I apologize, I only meant for the future.
C: Just fix my site. If it isn't up by nine I'm moving everything somewhere else.
A: Understood, I'll call you as soon as it's back.""",
False, 0.0, "negative", "Managed plan refused 'Are you seriously trying to sell me something'; outage anger; no purchase"),

("FR77_022", "Daniel Okafor", "2026-11-16T09:50:00", "asr",
"""A: hi this is daniel with deskline office supply
C: hey daniel so we just moved into a new office and i want to set up the monthly supply delivery thing
A: sure the essentials subscription is one seventy five a month that covers coffee paper cleaning stuff for up to fifteen people
C: yeah we're eleven people so that works
A: we also do a one time water cooler install for ninety dollars and then the water is in the subscription
C: oh that's nice yeah go ahead with both the subscription and the cooler
A: okay so essentials at one seventy five a month and the cooler install ninety one time first delivery monday
C: perfect that's exactly what i wanted you made it easy""",
True, 90.00, "positive", "'go ahead with both'; main = subscription $175/mo; one-time cooler install ninety = add-on 90.00; 'you made it easy'"),

("FR77_023", "Hannah Lindqvist", "2026-11-16T13:25:00", "clean",
"""A: Lumen Studio, Hannah speaking.
C: Hi Hannah, we met at the bridal fair! We've decided, we'd like to book you for our wedding, June 6th.
A: Oh, that's wonderful! The eight-hour collection is $2,800, with the online gallery and a print box.
C: Yes, that's the one. Let's book it.
A: Lovely. Many couples add an engagement session, that's $350.
C: Yes! We want that too.
A: And for a guest list of 180, a second shooter helps a lot: $75 an hour, for six of the eight hours.
C: Six hours at $75... okay, yes, add the second shooter.
A: So the eight-hour collection, plus engagement session $350, plus second shooter $450. I'll send the contract.
C: We're so excited. Thank you!""",
True, 800.00, "positive", "'Let's book it'; engagement $350 'We want that too' + second shooter 6 x $75 = 450 -> 800.00; 'so excited'"),

("FR77_024", "Luis Ortega", "2026-11-16T15:02:00", "asr",
"""A: redline movers this is luis
C: hi i need to cancel my move it's booked for the twenty eighth under kim
A: okay i see it can i ask why
C: i found someone cheaper
A: i can take a hundred dollars off if you stay with us
C: no that's okay i already booked them
A: understood i'll cancel it your deposit goes back in five to seven days
C: okay
A: anything else i can do
C: no that's it""",
False, 0.0, "neutral", "cancellation; save offer declined 'no that's okay i already booked them'; flat"),

("FR77_025", "Grace Whitfield", "2026-11-17T10:06:00", "clean",
"""A: Ledgerly renewals, Grace speaking.
C: Our 20-seat plan is up on the 30th. Renew it, same as last year.
A: Happy to. Twenty seats at $9 per seat per month, billed annually, $2,160.
C: Yes.
A: Would you like to add Premium Support this year? $150 for the year, with a four-hour response time.
C: No. We've never opened a ticket.
A: Fair enough. The renewal is processed, invoice to the same contact.
C: Good. Thanks.""",
True, 0.0, "neutral", "'Renew it, same as last year' + 'Yes' to read-back; Premium Support declined; brisk"),

("FR77_026", "Kenji Moreno", "2026-11-17T12:40:00", "clean",
"""A: GreenShield Pest Control, Kenji.
C: You people treated my garage for rats two weeks ago and I just watched one run across the floor.
A: I'm sorry to hear that. Your treatment comes with a 30-day guarantee, so a follow-up visit is free.
C: It shouldn't need a follow-up. I paid $240 for this.
A: I understand. I can have a technician there tomorrow between 1 and 4.
C: Fine. Tomorrow, 1 to 4. Put it in.
A: Booked. He'll check the bait stations and seal the entry points.
C: He'd better. I'm not paying another cent for this.""",
True, 0.0, "negative", "free guarantee follow-up booked 'Fine. Tomorrow, 1 to 4. Put it in.' (appointment booked); angry to the end"),

("FR77_027", "Rachel Stein", "2026-11-18T07:58:00", "asr",
"""A: toolshed rentals rachel speaking
C: hey uh what do you get for a scissor lift nineteen foot
A: the nineteen foot electric is one fifty a day or four fifty for the week
C: and delivery
A: delivery and pickup is ninety five within twenty miles
C: okay um i gotta check with my foreman on how many days we need it
A: sure want me to hold one for you
C: no not yet i'll call you back
A: no problem
C: yeah thanks""",
False, 0.0, "neutral", "prices asked only; 'i gotta check with my foreman', 'i'll call you back'"),

("FR77_028", "Omar Haddad", "2026-11-18T11:33:00", "clean",
"""A: PrintWorks, Omar speaking.
C: Hi Omar, it's Lena from the yoga studio. I need 2,000 flyers for our winter promo.
A: 2,000 full-color flyers on gloss is $180.
C: Ooh. Any wiggle room? We're a tiny studio.
A: For a returning customer I can do $160.
C: Deal, let's do it at $160.
A: Want them folded? Tri-fold is $40 for the run.
C: Go on then, but knock it to thirty and you've got yourself a deal.
A: Ha, $30 it is.
C: You're the best, Omar. Thanks!""",
True, 30.00, "positive", "'Deal, let's do it at $160'; folding revised $40 -> $30 and accepted = 30.00; main discount not counted"),

("FR77_029", "Bethany Cole", "2026-11-18T16:14:00", "clean",
"""A: Brightpath Tutoring, Bethany speaking.
C: My daughter sat in the library for an hour yesterday and the tutor never showed up.
A: I'm very sorry. I see the session was missed. I'll refund the $55 right away.
C: Thank you, but that's not really the point. She was counting on it before her test.
A: I understand. I can book her with another tutor tomorrow at 4, no charge.
C: No, I don't want to rebook. Just the refund.
A: Of course. The refund will post in three to five days.
C: This was really disappointing.""",
False, 0.0, "negative", "free rebooking refused 'No, I don't want to rebook. Just the refund.'; 'really disappointing'"),

("FR77_030", "Victor Nguyen", "2026-11-19T09:21:00", "asr",
"""A: spotless home cleaning this is victor
C: hi i need a move out deep clean for a two bedroom on the thirtieth
A: for a two bedroom the move out clean is two eighty
C: okay book it for the thirtieth
A: you're booked we also do inside the fridge and inside the oven forty five each
C: um just the oven the fridge is already clean
A: got it so the deep clean plus inside oven for forty five
C: yep
A: the crew arrives at nine
C: okay thanks""",
True, 45.00, "neutral", "'book it for the thirtieth'; 'just the oven' forty five accepted, fridge declined; flat"),

("FR77_031", "Sofia Marchetti", "2026-11-19T13:47:00", "clean",
"""A: KeepSafe Storage, Sofia speaking.
C: Do you have a climate-controlled 5 by 10 available this week?
A: Let me look. I'm sorry, climate-controlled units are all rented right now.
C: Of course they are. That's the third place today.
A: I can add you to our waitlist, usually a unit opens within two weeks.
C: Sure, put my name on it, for all the good it'll do. It's Bianca Reyes.
A: You're on the list, Bianca.
C: Great. Really great. Thanks for nothing, I guess.""",
False, 0.0, "negative", "sold out; waitlist is not a purchase; sarcasm 'Really great. Thanks for nothing'"),

("FR77_032", "Derek Palmer", "2026-11-19T15:30:00", "asr",
"""A: brightnest hosting derek speaking
C: yeah i got an email that three of my domains expire next week
A: right the three dot com domains are eighteen dollars each per year
C: okay renew all three
A: done do you want domain privacy on them it's eight dollars each per year hides your home address from the lookup
C: yeah do it for all three
A: so three renewals and privacy on three domains at eight each
C: mhm
A: you're all set
C: okay""",
True, 24.00, "neutral", "'renew all three'; privacy eight dollars each x three = 24.00 'yeah do it for all three'; flat"),

("FR77_033", "Priya Raman", "2026-11-20T10:02:00", "clean",
"""A: Deskline Office Supply, Priya speaking.
C: Hi, I'd like four of the Halden standing desks, the 60-inch in walnut.
A: Great. They're $389 each, $1,556 for four. Is delivery to 210 Dearborn Street?
C: Yes, that's right.
A: We also have a monitor arm bundle, two arms for $120, which fits those desks.
C: Let me think about the arms, I'm not sure everyone wants them.
A: No problem. So four walnut Halden desks to Dearborn Street, delivery on the 3rd. Shall I place it?
C: Yes, place the order for the desks.
A: Done, you'll get the confirmation by email.
C: Okay, thank you.""",
True, 0.0, "neutral", "first 'Yes, that's right' is the address; 'Yes, place the order for the desks'; arms deferred 'Let me think'"),

("FR77_034", "Marcus Webb", "2026-11-20T14:19:00", "clean",
"""A: Lumen Studio, Marcus speaking.
C: Hi, I sell ceramics online. I have about forty products that need photos on white.
A: Our product rate is $25 per item, with two angles each, so $1,000 for forty.
C: A thousand dollars? For photos on a white background?
A: That includes retouching and the web-sized files.
C: That's way more than I was expecting. Honestly it's kind of insulting to small sellers.
A: I could do a smaller batch of twenty to start.
C: No. Forget it, I'll use my phone and a lightbox.""",
False, 0.0, "negative", "refusal 'Forget it'; 'kind of insulting'"),

("FR77_035", "Elena Duarte", "2026-11-23T16:40:00", "asr",
"""A: hi you've reached brightpath tutoring this is elena
C: hi um my daughter's in fourth grade and she's behind on reading and i saw you do a free trial lesson
A: we do it's forty five minutes with a reading specialist and there's no charge
C: oh okay can we do that
A: of course i have thursday at four or saturday at ten
C: saturday at ten please
A: you're booked for saturday at ten with miss alvarez
C: oh that's great thank you so much i've been so worried about her""",
True, 0.0, "positive", "free trial lesson booked 'saturday at ten please' (appointment = conversion); 'thank you so much'"),

("FR77_036", "Tom Kowalski", "2026-11-23T07:35:00", "clean",
"""A: Toolshed Rentals, Tom.
C: Mini excavator, Wednesday through Friday. What's the rate?
A: The 3.5-ton is $325 a day, so $975 for the three days.
C: Book it.
A: Booked. Do you need the hydraulic breaker? $95 a day.
C: Yeah, for all three days. There's a slab to break.
A: So the excavator plus breaker, three days at $95, $285. Pickup or delivery?
C: Pickup. Six a.m. Wednesday.
A: It'll be ready.""",
True, 285.00, "neutral", "'Book it'; breaker $95/day x 3 days = 285.00 'for all three days'; brisk"),

("FR77_037", "Aisha Grant", "2026-11-24T10:27:00", "asr",
"""A: redline movers aisha speaking
C: hi i need movers for a studio apartment friday
A: sure two movers and a truck one twenty an hour three hour minimum
C: okay
A: so i have you down for two movers and a truck this friday at eight am one twenty an hour from elm street to the river lofts does that sound right
C: yep that's right
A: great you're booked you'll get a text the night before
C: okay
A: anything else
C: no that's all""",
True, 0.0, "neutral", "read-back confirmed 'yep that's right', agent confirms booked; flat"),

("FR77_038", "Daniel Okafor", "2026-11-24T13:51:00", "clean",
"""A: Canvasly billing, Daniel speaking.
C: I want to cancel our subscription. We were charged for eight seats and only four people use it.
A: I see that. I could reduce you to four seats, or give you two months at 50% off.
C: I asked for this three weeks ago in chat and nobody did anything. I just want it cancelled.
A: I'm sorry about that. I'll cancel it effective at the end of this cycle.
C: And the extra seats I was charged for?
A: I can refund the last month for the four unused seats.
C: Fine. I'm done with you guys, honestly. This has been a mess.""",
False, 0.0, "negative", "cancellation, save offers ignored; 'I'm done with you guys'; refund is not a sale"),

("FR77_039", "Hannah Lindqvist", "2026-11-24T16:05:00", "asr",
"""A: spotless home cleaning hannah speaking
C: hi my neighbor uses you guys and said you're awesome i want to set up regular cleaning
A: oh lovely biweekly cleaning for a three bedroom is one forty per visit
C: okay let's do it every other friday
A: great first visit is friday the fourth we also do inside windows as a one time add on for sixty dollars
C: oh yes please the windows are gross add that for the first visit
A: done so biweekly at one forty and windows on the first visit for sixty
C: awesome i'm so glad i called""",
True, 60.00, "positive", "'let's do it every other friday'; windows sixty dollars 'add that'; 'so glad i called'"),

("FR77_040", "Luis Ortega", "2026-11-25T11:13:00", "clean",
"""A: PrintWorks, Luis speaking.
C: Hi, we'd like to order our wedding invitations. 250 of the letterpress design.
A: Lovely. 250 letterpress invitations with envelopes, $675. I'll confirm: cream stock, gold ink, ready in two weeks?
C: Yes, that's correct.
A: Great, I'll put the order through now.
C: Hold on, actually, cancel that. My fiancée wants to see a printed proof first.
A: No problem, I haven't sent it to production. A printed proof is free, I'll mail it today.
C: Thanks. We'll call back once she's seen it.""",
False, 0.0, "neutral", "read-back 'Yes, that's correct' then 'actually, cancel that' -> retracted; free proof is not a purchase"),
]
