CALLS = [
("FR15_001", "Maya Chen", "2026-11-02T09:14:00", "asr", """A: hi is this daniel this is maya calling from brightline fiber about your internet service
C: uh yeah this is him what's this about
A: your address on elm street just got fiber so we can move you from the three hundred meg plan to a full gig for ten dollars more a month
C: hm ten more a month huh and what am i paying now
A: you're at fifty five so it'd be sixty five a month no contract
C: okay honestly the streaming's been choppy in the evenings so um yeah let's do the gig
A: great and since you have a two story house would you like the whole home wifi pod for eight dollars a month
C: does that fix the upstairs dead spot
A: that's exactly what it's for
C: alright throw that in too
A: perfect you're all set the install is thursday between eight and noon
C: cool that's actually great thanks maya""",
 True, 8.0, "positive", "outbound upsell call: accepts gig plan change (main), accepts wifi pod $8/mo add-on; ends 'actually great'"),

("FR15_002", "Dev Patel", "2026-11-02T10:41:00", "clean", """A: Skyway Airlines, this is Dev. How can I help?
C: My flight SW 482 to Denver was cancelled an hour before boarding. Nobody at the gate could tell me anything.
A: I'm very sorry about that. I can see the cancellation. I can rebook you on tomorrow's 7:05 a.m. departure at no cost.
C: Tomorrow? I have a client meeting at 9 tomorrow morning in Denver. That's useless.
A: The only other option today is a partner flight with two connections, arriving at 11:40 p.m.
C: Two connections. Of course.
A: Or I can process a full refund of the $386 fare.
C: Just refund it. I'll drive.
A: Done, the refund is submitted and should post in five to seven business days.
C: This is the second time this year you've done this to me. I won't be flying with you again.""",
 False, 0.0, "negative", "rebooking offered and refused; refund is not a purchase; ends vowing never to fly again"),

("FR15_003", "Rosa Alvarez", "2026-11-02T13:22:00", "asr", """C: hi i'd like to cancel my subscription please
A: i can help with that may i ask why you're leaving us
C: um we just don't watch it much anymore the kids moved out
A: i understand before i cancel i can offer you half off for the next three months so seven ninety nine instead of fifteen ninety nine
C: that's kind of you but no we really don't use it
A: what about the ad supported plan at five ninety nine
C: no thanks just cancel it please
A: okay it's cancelled your access runs until the twentieth
C: okay thank you
A: you're welcome have a good day""",
 False, 0.0, "neutral", "retention call: two save offers declined, cancellation done; polite, no strong feeling"),

("FR15_004", "Tom Becker", "2026-11-03T11:05:00", "clean", """A: Hi, this is Tom from Riverside Honda. You filled out a form about the CR-V Hybrid on our website last week?
C: Oh, right. Yeah, I did.
A: We've got two in stock right now, a Sport and an EX-L. Would you like to come in and drive one?
C: Maybe. What's the price on the EX-L?
A: That one's listed at $38,450 before any incentives.
C: Okay. I'm not buying anything this week, to be clear.
A: Totally understood, it's just a test drive. I have Saturday at 10:30 or Sunday at 1.
C: Saturday at 10:30 works. Put me down for that.
A: Done. You're booked Saturday, 10:30 a.m., with me. Our address is 2210 Riverside Drive.
C: Got it. See you then.""",
 True, 0.0, "neutral", "outbound: books a test-drive appointment (appointment = conversion); car price is not an upsell; matter-of-fact"),

("FR15_005", "Aisha Rahman", "2026-11-03T14:30:00", "asr", """A: good afternoon mr olsen this is aisha from harbor mutual calling about your auto policy it renews on the fifteenth
C: oh right yeah is the price going up again
A: slightly it's six hundred twelve for the six months up from five ninety
C: mm okay
A: i can renew it today for you and i'd also suggest roadside assistance it's twenty four dollars a year
C: twenty four for the year not a month
A: for the whole year
C: yeah okay renew it and add the roadside thing
A: and rental car coverage is another forty a term would you like that
C: no i've got a second car we're fine
A: all right you're renewed with roadside assistance added
C: okay thanks""",
 True, 24.0, "neutral", "outbound renewal accepted; roadside $24/yr accepted, rental coverage declined; neutral tone"),

("FR15_006", "Liam O'Connor", "2026-11-03T16:48:00", "clean", """A: Grand Marlow Hotel reservations, Liam speaking.
C: Hi! I'm hoping to book the Harbour Suite for New Year's Eve, it's our tenth anniversary.
A: Congratulations! Unfortunately the Harbour Suite is fully booked on the 31st.
C: Oh no. Anything else with a view?
A: I have a Deluxe King on the 14th floor facing the harbour, $465 for the night.
C: That sounds lovely, let's book that one.
A: Wonderful. Would you like breakfast in the room on the 1st? It's $28 per person.
C: Yes, for both of us please.
A: So that's the Deluxe King on December 31st for two guests, $465, plus breakfast for two. Is that correct?
C: That's perfect. You've made my week, thank you so much!""",
 True, 56.0, "positive", "suite sold out, alternative room booked (conversion); breakfast $28 per person x 2 = 56; delighted"),

("FR15_007", "Priya Nair", "2026-11-04T08:52:00", "asr", """A: hi this is priya with comfortzone heating and air am i speaking with mrs delgado
C: yes who is this again
A: we serviced your furnace at forty one oak lane last winter and i'm calling about our annual maintenance plan
C: oh okay what does it cost
A: it's one forty nine a year and covers two tune ups plus fifteen percent off repairs
C: hm that's not bad actually
A: i can get you on the schedule for the first tune up next week if you'd like
C: let me talk to my husband first he handles the house stuff
A: of course can i call back thursday
C: yes call me back thursday after five
A: will do thanks mrs delgado""",
 False, 0.0, "neutral", "outbound: 'not bad' mild interest but deferral to husband; 'yes call me back' is not a purchase"),

("FR15_008", "Marcus Hill", "2026-11-04T10:10:00", "clean", """C: Hi, I want to cancel our TaskFlow team account. We're paying $24 a user for eight users and barely use half of it.
A: I understand. Before I do that, have you looked at the Starter plan? It's $12 per user and keeps your boards and history.
C: Starter doesn't have the Gantt view though. That's the one thing we actually used.
A: That's right, Gantt is on Team and above.
C: You moved it there last spring. It used to be on every plan.
A: I know that change frustrated some customers. Starter would cut your bill in half.
C: Fine. Switch us to Starter for the eight seats. Better than migrating everything.
A: Done, you're on Starter from the next billing cycle, $96 a month.
C: Okay. I'm not happy about losing Gantt, I'll be honest. We'll see how it goes.""",
 True, 0.0, "negative", "cancellation call ends in paid downgrade (accepted save offer = conversion); 'not happy' at the end -> negative"),

("FR15_009", "Elena Petrova", "2026-11-04T12:35:00", "asr", """A: thanks for calling swift car rental this is elena
C: hi i need a car from the airport on the twenty first for four days
A: sure what size are you thinking
C: something that fits five people and a lot of luggage um maybe a minivan
A: i have a dodge grand caravan at sixty two a day
C: okay that works
A: would you like our damage waiver it's fifteen a day
C: no my credit card covers that
A: okay and do you need a child seat it's a flat fifteen dollars for the whole rental
C: yeah we need one for my daughter add that
A: so a grand caravan pickup the twenty first at ten a m returning the twenty fifth with one child seat is that right
C: yep that's right what terminal is the counter at
A: terminal b lower level you're all set""",
 True, 15.0, "neutral", "read-back confirmed with follow-up question; child seat flat $15 accepted; waiver declined; $62/day is main product"),

("FR15_010", "Jamal Wright", "2026-11-05T15:02:00", "clean", """A: Northwave Mobile, this is Jamal.
C: Hi. I've been on hold for forty minutes. My bill shows a $20 international roaming charge and I haven't left the state since July.
A: I'm sorry about the wait. Let me look. I see a roaming day pass on October 12th.
C: I was in Ohio. Ohio is not international.
A: It looks like your phone connected to a Canadian tower near the lake. I can credit the $20.
C: Oh, wonderful. Forty minutes on hold to get my own money back. Great system you have.
A: I understand. I've also added a note so it won't be charged again.
C: Sure you have.
A: The credit will show on your next bill. Anything else?
C: No. That's quite enough.""",
 False, 0.0, "negative", "billing complaint, credit is a refund not a purchase; sarcasm throughout"),

("FR15_011", "Sofia Russo", "2026-11-05T17:20:00", "asr", """A: hi this is sofia from safehaven home security we're offering free installation in your neighborhood this month
C: uh okay i've got like two minutes
A: sure the basic package is a doorbell camera two door sensors and monitoring for thirty nine ninety nine a month
C: thirty nine ninety nine per month
A: that's right with a three year agreement
C: yeah see i'd do it if it were under thirty a month that's my number
A: the lowest i can go is thirty four ninety nine
C: no that's still over sorry
A: no problem can i send you a brochure
C: sure whatever you can mail it bye""",
 False, 0.0, "neutral", "outbound: conditional 'if it were under thirty' never met; revised price refused; brushes off without hostility"),

("FR15_012", "Ken Tanaka", "2026-11-06T11:45:00", "clean", """A: Osteria Lupo, this is Ken.
C: Hi, could I get a table for 8 this Saturday at 7?
A: Let me check... I'm sorry, 7 o'clock is fully booked for a party of 8. I could do 5:30 or 8:45.
C: Hmm, 5:30 is too early for my in-laws. 8:45 is late, but let's go with 8:45.
A: 8:45 on Saturday for 8 guests. Can I have a name and number?
C: Lucia Marchetti, 555-0143.
A: Great, you're booked. We'll hold the table fifteen minutes.
C: Perfect. Thank you so much, you've really saved my birthday dinner.""",
 True, 0.0, "positive", "requested slot unavailable, alternative 8:45 taken = booking; phone number/party size not prices; grateful"),

("FR15_013", "Hannah Kowalski", "2026-11-06T18:30:00", "asr", """C: yeah hi i need to cancel my membership
A: sorry to hear that can i ask what's going on
C: honestly it's thirty nine a month and i go like twice a month it's a waste
A: that makes sense what if i moved you to our off peak plan it's nineteen a month and you can come any time before four and after eight
C: wait nineteen
A: nineteen a month same club same classes just not during the evening rush
C: oh i mostly go saturdays anyway is saturday included
A: weekends are included all day
C: oh okay then yeah i'll stay on that one
A: done you're on off peak from the first
C: nice that's way better than i expected thanks hannah""",
 True, 0.0, "positive", "retention: accepts cheaper off-peak plan (save offer = conversion); downgrade is no upsell; pleased at end"),

("FR15_014", "Omar Haddad", "2026-11-07T13:13:00", "clean", """A: Arena Box Office, Omar speaking.
C: Hi, I'd like tickets for the Harlow Sisters show on the 22nd.
A: Sure. Lower bowl seats are $65 each. How many?
C: Three, please.
A: So that's three lower bowl tickets for November 22nd, $195 total. Correct?
C: Yes, that's correct.
A: Would you like a parking pass for $25?
C: Sure, add parking.
A: Okay, three tickets and a parking pass.
C: Actually, skip the parking. My son says we're taking the train.
A: No problem, parking removed. Your tickets are booked, the confirmation email is on its way.
C: Okay, thanks.""",
 True, 0.0, "neutral", "ticket order confirmed (conversion); parking add-on accepted then retracted by name -> upsell 0"),

("FR15_015", "Grace Mbeki", "2026-11-09T09:40:00", "asr", """A: bright smile dental this is grace
C: hi um i chipped a tooth last night and it's kind of freaking me out
A: oh no is it painful
C: not really it's just sharp and i'm nervous about dentists in general
A: i understand doctor lee has an opening tomorrow at ten fifteen would that work
C: tomorrow at ten fifteen yes please book me in
A: you're booked and while you're here we also offer whitening for ninety nine
C: oh no just the tooth thanks
A: of course we'll take good care of you
C: oh that's such a relief thank you you've been really lovely""",
 True, 0.0, "positive", "appointment booked; whitening $99 declined; nervous start, relieved and warm at end"),

("FR15_016", "Lucas Ferreira", "2026-11-09T14:05:00", "clean", """A: Hi, this is Lucas with Vista Satellite TV. We have a new sports package I'd love to tell you about.
C: I'm going to stop you there. I was with Vista for six years.
A: Oh, welcome back then! We'd love to have you again.
C: No offense, but the last year I had you guys the picture dropped every time it rained, and it took three weeks to get a technician out.
A: We've upgraded the equipment since then. The sports package is $54.99 a month right now.
C: I'm with StreamMax now. They're cheaper, and their support actually picks up the phone.
A: I understand. Could I at least email you the offer?
C: No thank you. Please take me off your list.""",
 False, 0.0, "negative", "outbound: refuses, praises competitor, complains about past service, asks to be removed"),

("FR15_017", "Maya Chen", "2026-11-10T16:25:00", "asr", """A: northwave mobile upgrades this is maya
C: hey my phone screen finally died i'm eligible for an upgrade right
A: you are as of last month what were you thinking
C: the pixel ten the regular one not the pro
A: great choice that's zero down and twenty seven a month for twenty four months
C: yeah let's do that
A: do you want device protection it's nine ninety nine a month and covers cracked screens
C: ha given why i'm calling yes definitely
A: and we have a rugged case for twenty nine bucks
C: sure add the case too
A: okay pixel ten with protection and the case ships tomorrow
C: awesome you made that really easy thank you""",
 True, 38.99, "positive", "phone upgrade (main); protection $9.99/mo + case $29 accepted = 38.99; pleased"),

("FR15_018", "Dev Patel", "2026-11-10T18:55:00", "clean", """A: Good evening, this is Dev from Horizon Travel. You asked about our Greek islands cruise last month?
C: Oh yes! We were looking at the September sailing.
A: There are a few balcony cabins left at $2,890 per person, seven nights.
C: That sounds amazing, honestly. Santorini has been on my list forever.
A: I can hold one for you today with a $500 deposit.
C: I'm definitely interested, but can you email me the full itinerary and the cancellation terms first? I want to go through it with my sister.
A: Of course, I'll send it tonight.
C: Wonderful, thank you so much for following up, Dev. I'm really excited about this.""",
 False, 0.0, "positive", "outbound: enthusiastic interest but asks for email and defers to sister; no commitment"),

("FR15_019", "Rosa Alvarez", "2026-11-11T10:18:00", "asr", """C: yeah i need to file a claim and i swear if i get transferred one more time
A: i'm sorry about that i can take the claim right here what happened
C: pipe under the kitchen sink burst saturday night the floor's ruined
A: i'm so sorry let me pull up your homeowners policy okay water damage from a sudden burst is covered
C: it is i was told last time it wasn't
A: sudden bursts are covered gradual leaks aren't so you're fine here i'm opening the claim now and an adjuster will call within twenty four hours
C: oh wow okay
A: and we can send a water mitigation crew tomorrow at no cost to you
C: seriously thank you so much you've been incredibly helpful honestly""",
 False, 0.0, "positive", "claim filed, free mitigation crew is not a purchase; frustrated start, very grateful end"),

("FR15_020", "Tom Becker", "2026-11-11T15:50:00", "clean", """C: Hi, I already have an oil change booked for Friday at 8 with you guys, for my 2019 Accord.
A: Yes, I see it, Friday at 8 a.m.
C: Can I add a tire rotation to that? What does it cost?
A: A rotation on all four tires is $30.
C: And balancing?
A: Balancing is another $60.
C: Just the rotation then. Add it.
A: Done. Oil change and tire rotation, Friday at 8.
C: Okay. Thanks.""",
 True, 30.0, "neutral", "add-on to an earlier booking accepted ($30 rotation); balancing only asked about; 'four tires' is a count"),
]
