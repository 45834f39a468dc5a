CALLS = [
("FR37_061", "Marcus Hill", "2026-11-06T19:47:13", "asr", """A: hi this is marcus from fibrewave tv calling about your account
C: oh hi okay
A: football season is heating up and i noticed you don't have the sports pack it's fifteen a month
C: wait does that have the sunday games
A: every sunday game plus the college games on saturday
C: oh man yes add it to my account
A: done and the premium movie channels are twelve a month
C: nah i never watch movies
A: okay the sports pack is live on your box right now
C: seriously right now finally i can watch the games at home this is awesome thanks man""", True, 15.00, "positive", "add-on to an existing TV plan accepted ($15/month) = conversion + upsell; movies declined"),

("FR37_062", "Nina Petrova", "2026-11-07T10:23:58", "clean", """A: KitchenPro customer care, Nina speaking.
C: Hi. My blender arrived with a cracked jar. Order number 88124.
A: I'm so sorry. I can ship a replacement jar today at no charge.
C: Yes, please do that.
A: Done. Or, for $40 more, I could swap you to the Pro model with a glass jar.
C: No, thank you.
A: Understood. The replacement will arrive in 3 to 5 days.
C: This is the second one this year. I'm starting to think the old Vitamix was worth the extra money.
A: I'm sorry to hear that.
C: It's fine. Just send the jar.""", False, 0.0, "negative", "free replacement is not a purchase; upgrade declined; quietly negative, praises competitor"),

("FR37_063", "Raj Mehta", "2026-11-08T11:17:42", "asr", """A: sugar and crumb bakery this is raj
C: hi i want to order a birthday cake for saturday
A: sure a custom eight inch is sixty five what flavour
C: chocolate with raspberry filling
A: and any writing on it
C: happy birthday lucy
A: that's free and pickup time
C: uh ten thirty
A: so chocolate raspberry eight inch happy birthday lucy saturday ten thirty correct
C: yep that's it
A: we also do matching cupcakes thirty a dozen
C: hmm how many kids are coming twenty ish so two dozen
A: two dozen cupcakes added
C: okay thanks""", True, 60.00, "neutral", "cake order confirmed by read-back; cupcakes $30/dozen x 2 = 60; 'eight inch', times are not prices"),

("FR37_064", "Chloe Dubois", "2026-11-09T14:06:30", "clean", """A: Lotus Day Spa, Chloe speaking.
C: Hi! I'd like to book a 60-minute massage for Sunday.
A: Sunday at 1 or at 3:30. The 60-minute is $110.
C: 1 o'clock, please.
A: Booked. Would you like to upgrade to hot stones? It's $25 more.
C: Oh yes please.
A: And aromatherapy oils are $15.
C: Sure, why not, it's my birthday.
A: Happy birthday! So massage with hot stones and aromatherapy, Sunday at 1.
C: Perfect. Last time I came was heavenly, I've been looking forward to this.""", True, 40.00, "positive", "massage booked; hot stones $25 + aromatherapy $15 = 40; pleased"),

("FR37_065", "Maria Lopez", "2026-11-10T16:31:05", "asr", """A: brightline telecom retention this is maria
C: yeah i want to cancel my line my bill went up again
A: i'm sorry about that you went from fifty to sixty two right
C: yes with no warning
A: what i can do is take ten off every month for a year which puts you at fifty two
C: mhm
A: and you keep your number and your unlimited data
C: so i have to threaten to leave to get a fair price
A: i understand how that feels
C: fine i'll stay at fifty two but i shouldn't have to call every year to do this""", True, 0.0, "negative", "retention offer accepted = conversion; discount is not upsell; resentful at end"),

("FR37_066", "Dev Patel", "2026-11-11T13:52:47", "asr", """A: the copper pot this is dev i'm the manager
C: hi um i was in last night and our server was honestly really rude to my mom
A: i'm so sorry can you tell me what happened
C: she asked for the sauce on the side and he rolled his eyes and said we're not a diner
A: that's completely unacceptable i'll speak with him today
C: okay
A: and i'd like to send you a voucher for dinner for two on us
C: oh you don't have to do that
A: i insist
C: okay well thank you i really appreciate you actually listening that means a lot""", False, 0.0, "positive", "complaint resolved; free voucher is not a purchase; appreciative at end"),

("FR37_067", "Jonas Berg", "2026-11-12T09:08:16", "clean", """A: Safeway Mutual, Jonas speaking.
C: Hi, I'm moving into an apartment and my landlord requires renters insurance.
A: Sure. For $20,000 of coverage it's about $14 a month.
C: That's reasonable. Can I sign up online?
A: Yes, at safewaymutual.com, or I can do it now in about five minutes.
C: I'll do it online tonight, I need my lease in front of me.
A: No problem. I'll email you the quote number.
C: Great, thanks.""", False, 0.0, "neutral", "question + deferral to online later; no commitment in the call"),

("FR37_068", "Aisha Khan", "2026-11-13T18:19:34", "asr", """A: hi this is aisha from greenleaf solar you requested info about panels
C: oh yeah i did a while back
A: so based on your roof we'd be looking at about eighteen thousand before the tax credit
C: mhm
A: and you'd save about a hundred and forty a month on your bill
C: yeah
A: would you like to schedule the site survey
C: sounds good i'll think about it
A: sure can i follow up next week
C: honestly your last rep pushed so hard i almost hung up so i'll call you if i want it""", False, 0.0, "negative", "'mhm'/'yeah' are backchannels; 'I'll think about it' = no commitment; annoyed at pushiness"),

("FR37_069", "Tom Reilly", "2026-11-14T08:29:21", "asr", """A: lakeview dermatology this is tom
C: hi i have a mole on my back i'd like someone to look at
A: sure we have dr chen on the twenty second at nine fifteen
C: okay
A: and while you're in we offer a cosmetic skin consultation for fifty
C: yeah
A: it covers things like sun spots and fine lines
C: wait no i don't need that is the mole check covered by my insurance
A: it depends on your plan you'd need to check with them
C: okay let me call my insurance first and i'll call back to book
A: sure we'll have openings
C: okay thanks""", False, 0.0, "neutral", "'okay' to a slot is not a commitment; booking deferred pending insurance; cosmetic add-on declined"),

("FR37_070", "Grace Obi", "2026-11-15T12:45:09", "asr", """A: crystal clear home services this is grace
C: hi you cleaned our gutters last fall and i want to do it again
A: great gutter cleaning for your house is one sixty we have the nineteenth or twentieth
C: the nineteenth please
A: you're booked on the nineteenth would you like outside window cleaning too it's a hundred and twenty
C: yes do the windows outside
A: and inside windows are another eighty
C: no the inside's fine
A: okay gutters and outside windows on the nineteenth
C: perfect your guys did a great job last year really tidy""", True, 120.00, "positive", "gutter cleaning booked; outside windows $120 accepted; inside declined"),

("FR37_071", "Kenji Sato", "2026-11-16T15:58:52", "clean", """A: Taskloom, Kenji speaking.
C: Hi, I'd like to cancel my subscription.
A: Sorry to hear that. Can I offer you three months at 50% off?
C: No, thanks.
A: Is there a feature you're missing?
C: Honestly, Notion does everything you do for free, and it's nicer to use.
A: I understand. I've cancelled it; you'll have access until the 30th.
C: Fine.""", False, 0.0, "negative", "cancellation, save offer declined; praises competitor"),

("FR37_072", "Lena Fischer", "2026-11-17T20:33:46", "asr", """A: grand theater box office this is lena
C: hi four tickets for the nutcracker on december twelfth please
A: i have orchestra seats at sixty two fifty each row m
C: row m is good
A: four orchestra seats row m december twelfth at seven that's two fifty total correct
C: yes that's correct do you have booster seats for kids
A: we do free at the door and programs are ten each
C: we'll take two programs
A: two programs and we have a pre show dinner at forty five per person
C: no thanks we're eating at home
A: you're all set
C: wonderful my girls have been begging to see this thank you so much""", True, 20.00, "positive", "read-back confirmed with follow-up question; programs 2 x $10 = 20; dinner declined; free boosters not upsell"),

("FR37_073", "Omar Haddad", "2026-11-18T10:52:24", "asr", """A: westgate used cars omar speaking
C: hi i was in saturday about the silverado you were holding for me
A: yes we've got it on hold till friday are you coming in to sign
C: um no actually that's why i'm calling
A: oh
C: i found the same truck at carmax for two grand less and they were super helpful no pressure at all
A: i might be able to match that
C: nah i already put the deposit down there
A: okay i understand i'll release the hold
C: yeah sorry honestly the back and forth here on saturday wore me out""", False, 0.0, "negative", "no purchase; buys at competitor which it praises; negative about this dealer"),

("FR37_074", "Priya Nair", "2026-11-19T14:21:11", "asr", """A: crestmont bank card services this is priya
C: hi i want to raise my credit limit i'm at three thousand
A: let me check i'm sorry we can't approve an increase right now
C: why not i've never missed a payment
A: the system flagged a recent hard inquiry
C: that was for my car loan which i'm also paying on time
A: i understand you can request again in six months
C: twelve years with you guys that's ridiculous
A: i'm sorry about that
C: yeah okay bye""", False, 0.0, "negative", "free limit request denied; no purchase; frustrated"),

("FR37_075", "Sam Carter", "2026-11-20T08:58:09", "clean", """A: Coastline Rail, Sam speaking.
C: Hi, I need two tickets from Boston to New York on December 3rd, morning.
A: The 7:40 departure, standard class, $78 each.
C: Fine.
A: So that's 2 adults, December 3rd, 7:40 from South Station, $156 total. Correct?
C: Yes, that's correct. Is there Wi-Fi on board?
A: Yes, free Wi-Fi. First class is $35 more per person, with a meal and a wider seat.
C: For both of us, yes. We'll be working the whole way.
A: Upgraded to first class for two. Tickets are in your email.
C: Alright, thank you.""", True, 70.00, "neutral", "read-back confirmed with question; first class $35 x 2 = 70"),

("FR37_076", "Elena Rossi", "2026-11-21T09:14:37", "asr", """A: freshstep carpet cleaning this is elena
C: yeah i need three rooms cleaned before thanksgiving
A: okay it's forty five per room and the only opening is the twenty fourth between eight and noon
C: oh good a four hour window love that
A: sorry we're packed this week
C: fine you're the only ones who can come so book it
A: booked the twenty fourth three rooms would you like stain protection it's twenty per room
C: yeah all three the dog ruins everything
A: okay stain protection on all three rooms
C: mhm just make sure they actually show up this time""", True, 60.00, "negative", "booking confirmed; stain protection $20 x 3 rooms = 60; sarcastic and distrustful"),

("FR37_077", "Marcus Hill", "2026-11-22T17:26:50", "asr", """A: fibrewave mobile support marcus speaking
C: hi my calls keep dropping at home like every call
A: let me check your area there's maintenance on the tower near you
C: how long
A: it's scheduled to finish by the end of the month
C: the end of the month it's the twenty second
A: i know i'm sorry you could use wifi calling in the meantime
C: i already do and it's still dropping
A: i can open a ticket
C: so i just live with it great thanks for nothing""", False, 0.0, "negative", "support, unresolved; sarcastic"),

("FR37_078", "Nina Petrova", "2026-11-23T13:39:15", "clean", """A: Northfold Knitwear, Nina speaking.
C: Hi! I'd like to order the Fairisle sweater, two of them, one medium and one large.
A: Lovely, those are $68 each. Shall I place the order?
C: Yes, please.
A: Done. Would you like them gift wrapped? It's $5 per item.
C: Yes, wrap both, they're presents.
A: And express shipping is $15.
C: I'd take it if it gets here by the 20th.
A: Express would arrive by the 18th.
C: Then yes, express.
A: All set. Two sweaters, wrapped, express.
C: Wonderful. Your sweaters are the nicest I've found anywhere, thank you!""", True, 25.00, "positive", "order placed; wrap 2 x $5 = 10 + express $15 (condition met) = 25"),

("FR37_079", "Raj Mehta", "2026-11-24T20:32:33", "asr", """A: tony's pizza raj speaking
C: hi can i get a large margherita for pickup
A: oh i'm sorry the kitchen just closed we stopped orders at eight thirty
C: oh it's only two minutes past
A: i know i'm sorry the ovens are already off
C: oh okay
A: we open at eleven tomorrow
C: that's too bad i was really looking forward to it
A: sorry about that
C: okay bye""", False, 0.0, "negative", "order could not be fulfilled, nothing else bought; quietly disappointed"),

("FR37_080", "Chloe Dubois", "2026-11-25T12:10:44", "asr", """A: still waters yoga this is chloe
C: hi um what time are your beginner classes
A: we have beginner flow monday and wednesday at six and saturday at nine
C: okay and do i need my own mat
A: we have mats you can borrow for free
C: okay cool
A: drop in is eighteen or ten classes for one fifty
C: mhm okay i'll probably just come by saturday
A: sounds great see you then
C: okay thanks""", False, 0.0, "neutral", "information only; 'probably come by' is not a commitment; prices only quoted"),
]
