# FR14_021 - FR14_040, written by hand
CALLS = [
("FR14_021", "Priya Raman", "2026-11-10T08:46:19", "clean",
"""A: Thanks for calling Volta Mobile, this is Priya.
C: Hi, I'm going to Spain for two weeks and I wanted to know what roaming will cost me.
A: Your plan doesn't include EU roaming, so it's pay as you go, or you can add our Travel Pass at $10 a day.
C: $10 a day for two weeks? That's $140.
A: That's right, it gives you your normal allowance abroad.
C: Hmm. I'd take it if it were more like $3 a day, but not at that price.
A: I understand. There's no monthly option for your plan at the moment, I'm afraid.
C: Okay, I'll probably just get a local SIM. Thanks for explaining.
A: No problem, have a good trip.""",
False, 0.0, "neutral", "travel pass only conditionally wanted, not taken; calm enquiry"),

("FR14_022", "Tomasz Kowalczyk", "2026-11-10T08:05:41", "asr",
"""A: hello quickfix plumbing tomasz speaking
C: hi um i've got water coming through the kitchen ceiling i think a pipe's burst upstairs
A: okay first turn off the stopcock it's usually under the sink
C: i've done that it's stopped mostly
A: good i can get someone to you today around three the emergency call out is eighty five plus parts
C: yes please send someone
A: okay what's the address
C: twelve birch lane
A: got it twelve birch lane the engineer will be there about three
C: oh thank god thank you so much you've really calmed me down""",
True, 0.0, "positive", "books emergency plumber visit; call-out fee is main service price; grateful"),

("FR14_023", "Amara Okafor", "2026-11-10T12:19:55", "clean",
"""A: Drive Easy Car Rental, Amara speaking.
C: Hi, I need a car from the airport for three days, from the 17th.
A: A compact is $42 a day, so $126 for the three days. For only $10 more a day you could have a mid-size SUV, so $30 more in total.
C: We've got a lot of luggage, so yes, let's do the SUV.
A: Great. Would you like our full damage cover at $19 a day?
C: No, my credit card covers that.
A: Okay. So a mid-size SUV, pick up the 17th at 9 am, return the 20th, $156. Shall I book it?
C: Yes, book it.
A: Booked, confirmation is on its way.
C: Okay, thanks.""",
True, 30.00, "neutral", "books rental; SUV upgrade $10/day x 3 = $30 accepted; damage cover declined"),

("FR14_024", "Daniel Whitfield", "2026-11-11T15:31:08", "asr",
"""A: good afternoon la trattoria daniel speaking
C: hi could i book a table for six this saturday at eight
A: let me look um eight is fully booked i'm afraid i could do six or nine fifteen
C: nine fifteen is a bit late with the kids um
C: okay let's do six then
A: six people at six o'clock saturday under what name
C: hartley
A: lovely that's booked mister hartley
C: okay cheers""",
True, 0.0, "neutral", "first time unavailable; takes the 6pm alternative; routine"),

("FR14_025", "Mei-Lin Chou", "2026-11-11T11:40:37", "clean",
"""A: Royal Court Theatre box office, Mei-Lin speaking.
C: Hi. The show I had tickets for on the 1st was cancelled and I still haven't had my refund. It's been three weeks.
A: I'm sorry about that. Can I take the booking reference?
C: RCT-55812.
A: Thank you. I can see the refund of $120 wasn't processed. I've just put it through now, it'll take 3 to 5 days to reach your card.
C: Why wasn't it done in the first place? I emailed twice and got nothing back.
A: I'm really sorry, we've had a backlog after the cancellations.
C: Well, it's been a really poor experience. I'll check my account next week.""",
False, 0.0, "negative", "refund of $120 is not a purchase; customer unhappy with delay"),

("FR14_026", "Rafael Ortega", "2026-11-11T13:13:50", "asr",
"""A: clearview opticians rafael speaking
C: hi yeah i need an eye test my glasses don't seem right anymore
A: sure we've got monday at half ten or tuesday at two
C: monday half ten please
A: okay and we offer a retinal scan alongside the test it's twenty pounds er dollars twenty dollars
C: uh yeah might as well do that
A: okay eye test plus the scan monday ten thirty
C: yep
A: see you monday""",
True, 20.00, "neutral", "books eye test; retinal scan $20 accepted (agent corrects currency)"),

("FR14_027", "Siobhan Gallagher", "2026-11-12T18:02:14", "clean",
"""A: Lotus Room Yoga, Siobhan speaking.
C: Hi! A friend of mine goes to your studio and says it's lovely. Do you have anything for beginners?
A: Yes, our new-student intro is $30 for 30 days of unlimited classes, and there are beginner classes every weekday evening.
C: That sounds really nice. Are the mats provided?
A: Yes, mats and blocks are provided.
C: Great. Could you email me the timetable? I'll have a look and think about it this week.
A: Of course, what's your email?
C: It's dana.k@mailbox.com.
A: Sent. Hope to see you soon!
C: Thanks so much, you've been really friendly.""",
False, 0.0, "positive", "interested, asks for timetable, thinks about it: no commitment; warm"),

("FR14_028", "Kenji Watanabe", "2026-11-12T10:07:33", "asr",
"""A: northern power customer service kenji speaking
C: hi my bill this quarter is nearly double what it normally is
A: okay let me have a look um it looks like it was based on an estimated reading
C: well i sent you a reading last month
A: i can see it now it wasn't applied sorry if you can give me today's reading i'll redo the bill
C: it's four five two eight one
A: thanks okay the corrected bill comes down and you'll get a refund of forty dollars for the overpayment
C: right fine but i shouldn't have to chase you every time i send a reading
A: i understand i've flagged your account
C: yeah okay bye""",
False, 0.0, "negative", "billing error corrected; refund not a purchase; customer still irritated"),

("FR14_029", "Fatima Haddad", "2026-11-12T16:25:47", "clean",
"""A: Shield Insurance, renewals team, Fatima speaking.
C: Hi, I got my car insurance renewal and it's gone up to $680. Last year it was $540.
A: Let me see what I can do. With your no-claims record I can bring that down to $610.
C: It's still more than last year, but fine, I'll renew at $610.
A: Thank you. I'll renew that now. Would you also like breakdown cover? It's $45 for the year.
C: Yes, actually, add the breakdown cover. My car's getting old.
A: Done. So $610 plus $45 breakdown, $655 in total, starting on the 1st.
C: Okay.""",
True, 45.00, "neutral", "renewal at discounted price (discount not upsell); breakdown cover $45 accepted; grudging but accepting"),

("FR14_030", "Lars Eriksson", "2026-11-13T17:40:22", "asr",
"""A: presto dry cleaners lars speaking
C: hi i picked up my shirt yesterday and the stain's still there the one i pointed out
A: oh i'm sorry about that what's your ticket number
C: it's two three one seven
A: yes i can see it we can re clean it for free and try a different treatment
C: yeah okay do that but i'm not happy it came back like that i paid extra for stain removal
A: understood i'll make sure it's looked at properly
C: mm okay""",
False, 0.0, "negative", "complaint; free re-clean is not a purchase; unhappy"),

("FR14_031", "Nadia Petrova", "2026-11-13T09:18:44", "clean",
"""A: Spoke & Gear Cycles, Nadia speaking.
C: Hi, I'd like to book my road bike in for a service.
A: Sure, the full service is $75. We can take it Thursday.
C: Thursday's good.
A: Great. When you were last in, the mechanic noted the chain was worn, a new one is $28, and the tyres are getting thin, they're $40 each.
C: Go ahead with the chain. Tyres... just do the rear one, the front's still okay.
A: So service, chain, and a rear tyre, Thursday drop-off.
C: Yes, perfect. You've been really helpful, thanks.""",
True, 68.00, "positive", "books service; chain $28 + one tyre at $40 = $68 accepted"),

("FR14_032", "Marcus Bell", "2026-11-14T19:05:03", "asr",
"""A: hello lingua viva language school marcus speaking
C: hi um i'd like to sign up for the beginners spanish evening course
A: great the tuesday course starts on the first it's two ninety for ten weeks
C: yeah sign me up
A: brilliant i'll just need your name and email
C: it's sophie turner sophie dot turner at postmail dot com
A: got it and we do sell the course textbook for thirty five
C: oh i'll find one second hand thanks
A: no problem you're all enrolled
C: amazing i'm really excited actually i've wanted to do this for ages""",
True, 0.0, "positive", "enrols in course; textbook declined; excited"),

("FR14_033", "Ingrid Solberg", "2026-11-14T11:55:26", "clean",
"""A: Bright Light Photography, this is Ingrid.
C: Hi, I'm thinking about a family portrait session. What does it cost?
A: The studio session is $150 and includes 10 edited digital images.
C: Oh, that's more than I expected. And prints are on top of that?
A: Yes, prints are priced separately, starting at $25.
C: Okay. I'll have to think about it, to be honest.
A: Of course. We're booking about three weeks ahead at the moment.
C: Right, thanks.""",
False, 0.0, "neutral", "price enquiry; hesitant, will think about it"),

("FR14_034", "Omar Farouk", "2026-11-16T14:47:39", "asr",
"""A: serenity day spa omar speaking
C: hi i want to buy a gift voucher for a couples massage for my parents anniversary
A: lovely the couples massage voucher is one hundred
C: great i'll take that
A: we can also add a glass of champagne each after the massage for fifteen
C: oh um no i think that's okay
C: actually you know what yeah add it it's their fortieth
A: lovely so one fifteen altogether i'll post the voucher today
C: that's great they're going to love it thank you""",
True, 15.00, "positive", "buys voucher; declines then accepts champagne $15; happy"),

("FR14_035", "Chloe Beaumont", "2026-11-16T08:29:12", "clean",
"""A: Guardian Pest Control, Chloe speaking.
C: Hi, we've got mice in the kitchen. Can someone come out this week?
A: Yes, an inspection and first treatment is $120. I can book Wednesday morning.
C: Yes, please book Wednesday.
A: Let me just put that in... I'm sorry, the system's showing Wednesday's technician is off sick. The next free slot is the 27th.
C: The 27th? That's nearly two weeks with mice running around.
A: I'm sorry, that's the earliest we have.
C: No, that's no good. I'll have to try someone else. Frustrating.""",
False, 0.0, "negative", "booking failed (technician off sick); later slot refused; nothing booked"),

("FR14_036", "Arjun Mehta", "2026-11-17T19:20:00", "asr",
"""A: hi you're through to flixnest support this is arjun
C: hi i want to cancel my subscription
A: sorry to hear that can i ask why
C: it's just too expensive for how much we watch
A: i understand i can offer you half price for the next three months so seven forty nine a month
C: hmm okay yeah i'll stay on that
A: great i've applied it it'll go back to the normal price in february
C: okay fine""",
True, 0.0, "neutral", "accepts retention discount (a save, not an upsell); neutral"),

("FR14_037", "Zanele Dlamini", "2026-11-17T13:36:58", "clean",
"""A: Appliance Rescue, Zanele speaking.
C: Hi, my washing machine won't drain. It's a Bosch, about 6 years old.
A: We can send an engineer. The call-out and first half hour is $89, parts extra.
C: Okay. When's the earliest?
A: Wednesday between 8 and 12. So that's an engineer visit for the Bosch washer at 22 Hill Street, Wednesday morning. Is that all correct?
C: Yes, that's right. Will the engineer call before coming?
A: Yes, about 30 minutes before. You're booked.
C: Okay, thank you.""",
True, 0.0, "neutral", "confirms read-back with a follow-up question; booking confirmed"),

("FR14_038", "Patrick O'Rourke", "2026-11-18T12:10:31", "asr",
"""A: hello willow barn weddings patrick speaking
C: hi we're getting married next september and wondered if you have any saturdays free
A: we've got the sixth and the twentieth left for saturdays
C: oh lovely and what's the price for about eighty guests
A: for eighty the venue hire is six thousand five hundred including the ceremony room
C: okay um it sounds absolutely gorgeous from the photos
C: we're seeing two more places this month so we'll get back to you
A: of course i'll send the brochure over
C: thank you you've been so helpful""",
False, 0.0, "positive", "enquiry only, comparing venues; warm and appreciative"),

("FR14_039", "Yasmin Aziz", "2026-11-18T16:52:16", "clean",
"""A: Bright Minds Tutoring, Yasmin speaking.
C: Hello, my son's struggling with maths before his exams. What do you offer?
A: We have a block of 8 one-to-one sessions for $320, online or at home.
C: Let's go for that, online is fine.
A: Great. We also have an exam prep pack with past papers and worked answers for $40.
C: Yes, add the pack, he'll need the practice.
A: Added. First session Monday at 5 pm, I'll email the link.
C: Thank you, that's a big relief honestly.""",
True, 40.00, "positive", "signs up for sessions; exam pack $40 accepted; relieved"),

("FR14_040", "Henrik Vogel", "2026-11-18T10:44:48", "asr",
"""A: pc doctor repairs henrik speaking
C: hi you've had my laptop since monday for the screen
A: yes the technician's looked at it the screen replacement would be two hundred ten
C: two hundred ten for a five year old laptop that's ridiculous
A: i understand it's the part cost mostly
C: no i'm not paying that i'll just buy a new one
A: okay there's a twenty five diagnostic fee and you can collect it any time
C: twenty five for telling me it's broken great
A: sorry it's the standard fee
C: yeah whatever i'll pick it up tomorrow""",
False, 0.0, "negative", "repair quote refused; diagnostic fee is not a purchase; sarcastic and annoyed"),
]
