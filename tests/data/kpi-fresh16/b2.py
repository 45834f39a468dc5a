CALLS = [
("FR16_021", "Keisha Brown", "2026-11-16T10:21:44", "asr",
"""A: hi this is keisha at greenleaf deli catering
C: hey um i need lunch for an office meeting on thursday about twenty five people
A: sure our sandwich platters serve ten to twelve each they're sixty five dollars a platter
C: so like two platters
A: for twenty five i'd go with three to be safe
C: uh okay three then
A: and would you like a cookie tray with that it's eighteen dollars for two dozen
C: does it have anything with nuts
A: we can do it nut free
C: okay yeah do the nut free cookie tray
A: so three sandwich platters and one nut free cookie tray delivered thursday at eleven thirty to
C: two hundred main street fourth floor
A: two hundred main street fourth floor got it that's two thirteen total does that all sound right
C: yep sounds right""",
True, 18.00, "neutral", "catering order read back and confirmed; cookie tray $18 accepted after a question; 25 people and address are not prices"),

("FR16_022", "Diego Alvarez", "2026-11-16T19:47:02", "clean",
"""A: Sunny Wok, this is Diego.
C: Hi, I just got my delivery and it's the wrong order. I ordered kung pao chicken and beef lo mein, and I got two shrimp dishes. My son can't eat shellfish.
A: I'm so sorry. Can I have the order number?
C: It's 4471. And this is the second time this month.
A: I see it. The kitchen mixed up two tickets. I'll send the correct order right now at no charge, and you can keep the shrimp dishes.
C: How long will that take? We've been waiting an hour already.
A: I'll put it first in line. Twenty minutes, max. And I'm refunding tonight's order in full, $38.40.
C: Oh. Okay, that's actually really decent of you.
A: It's the least we can do.
C: Twenty minutes is fine. Thank you, Diego, I appreciate you making it right.""",
False, 0.0, "positive", "wrong delivery remade free plus refund, nothing bought; upset start, grateful end"),

("FR16_023", "Hannah Cho", "2026-11-17T08:55:17", "asr",
"""A: clearview eye care hannah speaking
C: hi i'd like to book an eye exam
A: sure have you been here before
C: no first time
A: okay can i get your date of birth
C: march third nineteen ninety
A: thanks do you wear contacts or glasses
C: contacts mostly
A: then you'll want the contact lens fitting along with the exam it's forty dollars extra since insurance usually doesn't cover it
C: uh is it required
A: if you want a new contact prescription yes
C: okay fine add the fitting
A: i have friday the twentieth at ten or monday the twenty third at one
C: the monday at one
A: alright monday the twenty third at one exam and contact fitting
C: okay thanks""",
True, 40.00, "neutral", "eye exam booked by picking a slot; contact fitting $40 extra accepted; date of birth is not a price"),

("FR16_024", "Tobias Nkemelu", "2026-11-17T18:30:55", "asr",
"""A: hi may i speak with mister fenwick
C: this is him
A: hi mister fenwick this is tobias from lakeside bank i'm calling because you're pre approved for our travel rewards card
C: uh huh
A: it has no annual fee the first year and two points per dollar on travel
C: and after the first year
A: after that it's ninety five a year
C: yeah i don't travel that much honestly
A: it also gives one point on groceries and gas
C: i appreciate it but i'm not gonna sign up for another card right now
A: understood should i take you off the list for these offers
C: yes please do that
A: done have a good evening
C: you too""",
False, 0.0, "neutral", "outbound card offer refused politely; 'yes please' is to removal from the list"),

("FR16_025", "Sofia Marchetti", "2026-11-18T13:12:36", "clean",
"""A: TechHaven phone sales, Sofia speaking.
C: Hi, I want to order the Aerobook 14, the 16GB model, item number AB14-16.
A: Sure, the AB14-16 is $1,049 today.
C: Good, I'll take it.
A: Would you like our 3-year protection plan for $149?
C: Yeah, okay.
A: And a padded sleeve for $29.99?
C: Sure, the gray one.
A: Alright, laptop, protection plan, and sleeve: $1,227.99.
C: Hmm, actually, drop the protection plan. The manufacturer gives two years already.
A: Done. Laptop and sleeve, $1,078.99. Same card ending 3302?
C: Yes, that's right.
A: Order placed, ships tomorrow.
C: Thanks.""",
True, 29.99, "neutral", "laptop bought; protection plan $149 accepted then retracted; sleeve $29.99 kept"),

("FR16_026", "Ravi Patel", "2026-11-18T17:08:11", "asr",
"""A: fibernet customer care this is ravi
C: yeah my bill went up fifteen dollars this month and nobody told me
A: i'm sorry about that let me look your promotional rate ended on october thirty first
C: so now i'm paying eighty five a month for the same internet
A: i understand i can offer a loyalty rate of sixty five a month for twelve months if you stay on
C: sixty five um i was gonna switch to the cable company they offered me fifty five
A: i can't match fifty five but sixty five includes the router rental which they charge ten for
C: hm so it's basically the same
A: pretty much
C: okay fine i'll stay on the sixty five plan
A: great i've applied it starting with this bill cycle
C: okay i guess that works""",
True, 0.0, "neutral", "retention offer accepted (stays on $65 plan); a discount is not an upsell; grudging, ends neutral"),

("FR16_027", "Elena Petrova", "2026-11-19T12:44:29", "asr",
"""A: good afternoon city playhouse box office this is elena
C: hi um i was wondering about the nutcracker show in december
A: yes we have performances from december fifth through the twenty eighth
C: how much are tickets for like two adults and three kids
A: adults are fifty four kids under twelve are thirty so that's one hundred ninety eight for five of you
C: oh that's not bad at all
A: for the weekend matinees seats are going fast
C: yeah my sister might come too so i need to check with her first
A: of course shall i hold seats
C: no no don't hold anything i'll call back once i know the headcount
A: sounds good
C: thanks so much you've been really helpful the kids are gonna love it""",
False, 0.0, "positive", "price enquiry, defers to check headcount, declines a hold; 'not bad at all' and warm thanks"),

("FR16_028", "Marcus Bell", "2026-11-19T09:26:50", "clean",
"""A: Evergreen Dental billing, this is Marcus.
C: Hi, I got a statement for $260 for a filling on October 14th. My insurance should have covered most of that.
A: Let me look. Can I have the patient's date of birth?
C: July 2, 1978.
A: Thank you. It looks like the claim was denied because the insurance ID was entered wrong.
C: Okay. My member ID is WKP 4450 981.
A: Got it. I've corrected it and resubmitted the claim. You should see a new statement in about three weeks.
C: So I don't pay the $260 now?
A: Correct, the balance is on hold until the claim is processed.
C: Okay. And if it's denied again?
A: We'll call you before billing anything.
C: All right. Thanks.""",
False, 0.0, "neutral", "billing support, claim resubmitted; nothing bought; matter-of-fact"),

("FR16_029", "Aiko Tanaka", "2026-11-20T20:31:08", "asr",
"""A: marco's pizza this is aiko delivery or carryout
C: delivery please
A: what's the address
C: eight eighty five harper street unit twelve
A: okay and what would you like
C: two large margheritas and a caesar salad
A: alright two large margheritas and a caesar salad that's forty two fifty
C: yeah that's right
A: just so you know we're running about ninety minutes on deliveries tonight
C: ninety minutes are you kidding me it's already eight thirty
A: i'm sorry it's a big game night we're swamped
C: forget it cancel the whole thing we'll just make something
A: okay i've cancelled that order
C: yeah okay bye""",
False, 0.0, "negative", "order confirmed then whole order cancelled over the wait; annoyed"),

("FR16_030", "Liam O'Connor", "2026-11-20T11:05:43", "asr",
"""A: hi you've reached lotus yoga studio this is liam
C: hi i'm new to the area and wanted to try your classes
A: welcome we have an intro offer thirty days unlimited for forty nine
C: oh that's a good deal i'll do that
A: awesome do you have your own mat
C: no i left mine at my old place
A: we rent them for two dollars a class or you can buy one of our studio mats for thirty five
C: i'll buy one it's cheaper in the long run
A: smart choice so thirty day intro for forty nine plus the mat for thirty five
C: yep perfect
A: you're all set come by tomorrow for the seven a m flow if you like
C: sounds great i'm really glad i found you guys""",
True, 35.00, "positive", "intro pass bought; picks the $35 mat over the rental; happy"),

("FR16_031", "Fatima Zahra", "2026-11-23T10:40:19", "clean",
"""A: Good morning, Cedar Bank, this is Fatima.
C: Hi. We're first-time buyers and want to talk to someone about a mortgage.
A: Happy to help. I can book you a consultation with one of our mortgage advisors. It's free and takes about an hour.
C: Does it have to be at a branch?
A: Branch or video call, your choice.
C: Video would be easier. We both work until five.
A: I have Wednesday the 25th at 5:30 pm or Thursday the 26th at 6:00 pm.
C: Thursday at 6.
A: Great. Can I confirm the email for the invite?
C: m.obi@postbox.net
A: Done. Thursday, November 26th at 6:00 pm by video with Alan Reyes. You'll get the link today.
C: Good. Should we bring anything?
A: Last two pay stubs and an idea of your budget.
C: Okay, will do. Thanks.""",
True, 0.0, "neutral", "free advisor consultation booked by choosing a slot (an appointment counts even when free); neutral"),

("FR16_032", "Grace Mbeki", "2026-11-23T15:58:34", "asr",
"""A: evergreen electric this is grace how can i help
C: hi i read that you have a renewable energy option now
A: yes our green choice plan it's one hundred percent wind and solar about eight dollars more a month for a typical home
C: only eight that's way less than i thought
A: it varies with usage but that's the average
C: okay i want to switch to that
A: great i can switch you starting next billing cycle december first
C: perfect
A: we're also offering a smart thermostat for ninety nine dollars installed
C: uh no i'm good i already have a nest
A: no problem you're switched to green choice starting december first
C: awesome i've been wanting to do this for ages thank you""",
True, 0.0, "positive", "paid plan change to green plan; thermostat $99 declined; the plan itself is the main purchase"),

("FR16_033", "Maya Lindqvist", "2026-11-24T09:09:27", "asr",
"""A: thanks for calling boxbright this is maya
C: yeah hi i cancelled my subscription in october and you charged me again thirty four ninety nine
A: i'm sorry let me look up the account can i get your email
C: it's tina dot wolcott at quickmail dot com
A: thank you hmm i see a cancellation request but it wasn't completed
C: what do you mean wasn't completed i got a confirmation email
A: it looks like there was a system issue i'll cancel it now and refund the thirty four ninety nine
C: and the box that's coming do i have to send it back
A: no you can keep it
C: fine but this is the kind of thing that makes me never want to order from you again
A: i completely understand the refund will show in three to five days
C: yeah we'll see""",
False, 0.0, "negative", "billing complaint, cancellation and refund; no purchase; angry and distrustful"),

("FR16_034", "Omar Haddad", "2026-11-24T14:17:52", "clean",
"""A: Thunderbirds ticket office, this is Omar.
C: Hi, I'm trying to get six seats together for the game on November 28th. It's my son's 10th birthday.
A: Happy birthday to him! Let me see... I don't have six together in the lower bowl, I'm sorry.
C: Oh no. Not even split 4 and 2?
A: The lower bowl is really scattered. I do have six together in section 312, row C, at $38 each.
C: Upper deck, huh. Is the view okay?
A: It's center court, honestly one of the better views for the price.
C: All right, let's do section 312 then.
A: Great. We also have a birthday package: his name on the scoreboard and a signed mini ball, $40.
C: Oh, he would lose his mind. Yes, add that.
A: Six seats in 312, row C, plus the birthday package, $268 total. Card ending 7781?
C: That's the one.
A: You're all set. His name goes up during the second timeout.
C: This is fantastic, thank you so much!""",
True, 40.00, "positive", "wanted seats unavailable, alternative section taken; birthday package $40 accepted; delighted"),

("FR16_035", "Priya Raman", "2026-11-25T08:20:14", "asr",
"""A: oak hill animal hospital priya speaking
C: hi um my cat's been throwing up since yesterday can she be seen today
A: i'm sorry we're fully booked today is she eating or drinking at all
C: she drank a bit this morning but won't eat
A: okay if it gets worse you should go to the emergency clinic on fifth avenue they're open twenty four hours
C: mhm how about tomorrow morning
A: tomorrow's also full unfortunately the earliest i have is friday at eleven
C: friday that's three days
A: i know i'm sorry doctor mills is out this week
C: okay um i think i'll just take her to the emergency place then
A: that's probably best i can give you their number
C: yeah please
A: it's five five five three oh one two two eight eight
C: okay thank you""",
False, 0.0, "neutral", "no availability, nothing booked (goes to another clinic); worried but not hostile"),

("FR16_036", "Jonas Weber", "2026-11-25T16:36:39", "asr",
"""A: riverside savings this is jonas
C: hi i wanted to ask about the premier checking account
A: sure premier is fifteen a month waived if you keep ten thousand in combined balances
C: i've got about twelve across checking and savings
A: then you wouldn't pay the fee at all and you'd get free wires and a better savings rate
C: okay then yeah switch me to that
A: will do and with premier you get a discount on safe deposit boxes the small one is sixty dollars a year
C: mm yeah i've been meaning to get one of those let's do it
A: great i'll add the small box you can pick up the keys at the main branch
C: which one's main is that the one on ninth street
A: yes nine hundred ninth street
C: okay cool
A: all set your account is upgraded
C: thanks""",
True, 60.00, "neutral", "account upgrade to premier; safe deposit box $60 a year accepted; balances and street number are not prices"),

("FR16_037", "Keisha Brown", "2026-11-26T13:03:58", "clean",
"""A: Bellamy's events desk, this is Keisha.
C: Hi, I'm organizing our office holiday party. About 30 people, Friday December 11th.
A: Let me check the private room... yes, it's available that evening.
C: Great. What's the cost?
A: The room is free with a food minimum of $1,500. The buffet menu is $48 a person, so 30 guests gets you there.
C: Okay. And drinks?
A: We have an open bar package at $25 per person for three hours.
C: I'd do the bar if you could get it down to $20. Our budget's tight.
A: I'm afraid $25 is the lowest I can go.
C: Then skip the bar, people can buy their own drinks. But book the room and the buffet.
A: Done. Private room, Friday December 11th, 30 guests, buffet. We'll need a $300 deposit to hold it.
C: Sure, I'll pay that now.
A: Thank you, you're confirmed.
C: Okay, thanks.""",
True, 0.0, "neutral", "event booked; open bar accepted only on an unmet condition ($20), so no upsell; deposit is not an add-on"),

("FR16_038", "Diego Alvarez", "2026-11-26T17:49:21", "asr",
"""A: brightpath tutoring this is diego
C: hi my son's struggling with algebra he's in ninth grade
A: sorry to hear that we can definitely help we start with a free trial session to see where he's at
C: oh that's nice what's involved
A: one hour with a tutor online or in person
C: online is easier uh what days
A: i have tuesday at four thirty or wednesday at five
C: tuesday at four thirty please
A: great what's his name
C: owen owen park
A: okay owen park tuesday four thirty online and after the trial if you like it packages are forty five an hour
C: okay we'll see after the trial but this sounds really promising thank you""",
True, 0.0, "positive", "free trial session booked (appointment counts); package purchase deferred; hopeful and thankful"),

("FR16_039", "Hannah Cho", "2026-11-27T12:11:45", "asr",
"""A: homegoods direct hannah speaking
C: hi i'm looking at the kitchenmaster stand mixer on your site it's three forty nine
A: yes the k s five hundred
C: right well bestmart has it for two ninety nine do you price match
A: we match authorized retailers let me check um i'm sorry bestmart's listing is a marketplace seller so we can't match it
C: oh of course you can't
A: i can offer ten percent off with our store card
C: so i have to open a credit card to get a worse deal than bestmart no thanks
A: i understand
C: bestmart also has free shipping and their customer service actually picks up the phone
A: we do offer free shipping over fifty
C: yeah well i'll just order from them thanks for nothing""",
False, 0.0, "negative", "price match refused, store card declined; sarcasm and praise of a competitor"),

("FR16_040", "Tobias Nkemelu", "2026-11-27T10:29:33", "clean",
"""A: Willow Spa, this is Tobias.
C: Hi, I'd like to book a couples massage for this Sunday, the 29th.
A: Let me look. I have 11:00 am or 3:30 pm.
C: 3:30, please.
A: Great. The 60-minute couples massage is $190. Would you like to add aromatherapy? It's $15 per person.
C: What scents do you have?
A: Lavender, eucalyptus, or citrus.
C: Lavender for both of us, yes.
A: Lovely. So Sunday the 29th at 3:30, couples massage with lavender aromatherapy for two, $220 total. Does that sound right?
C: Yes. Can we come early to use the sauna?
A: Absolutely, come 30 minutes early.
C: Wonderful, my husband really needs this. Thank you!""",
True, 30.00, "positive", "massage booked, read-back confirmed with a question; aromatherapy $15 per person x 2 = $30; pleased"),
]
