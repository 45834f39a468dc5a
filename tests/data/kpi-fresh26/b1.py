# FR26 batch 1 (calls 001-020), written by hand
CALLS = [
("FR26_001", "Priya Nair", "2026-11-02T09:14:00", "clean", """A: Good morning, Harbourview Hotel reservations, this is Priya. How can I help?
C: Hi, I'd like to book a room for three nights, arriving on the 18th.
A: Of course. For the 18th to the 21st I have a king deluxe at $189 a night. Would that suit?
C: That sounds lovely, yes. Go ahead and book it.
A: Done. May I have a name for the booking?
C: Martina Grüber, G-R-U-B-E-R is fine without the umlaut.
A: Thank you. We also offer a private airport transfer on arrival for $45, and late checkout for $30.
C: The transfer, yes please, add that. Late checkout I don't need, our flight home is at ten.
A: Perfect, transfer added. You'll land at what time?
C: Around 4:40 in the afternoon, flight AZ 612.
A: Got it, the driver will meet you at arrivals. Your confirmation number is HV-30718.
C: Brilliant, that was painless. Thanks so much, Priya.""", True, 45.0, "positive", "books 3 nights; accepts $45 airport transfer, declines $30 late checkout; 'brilliant, that was painless'"),

("FR26_002", "Marcus Bell", "2026-11-02T11:47:00", "asr", """A: thanks for calling northstar mobile this is marcus how can i help
C: yeah hi um i want to add a line for my son he's starting high school
A: sure thing we can add him to your family plan that's thirty five a month for the new line
C: okay yeah that's fine let's do that
A: great and does he need a new phone or is he bringing one
C: he's got my old one uh it's the galaxy s twenty one
A: okay that works we'll send a sim to the address on file is that still forty two birch lane
C: mhm that's right
A: perfect would you like device protection on his line it's nine ninety nine a month covers cracks and loss
C: uh honestly with a fourteen year old sure why not throw that in
A: done the line and protection are active once the sim arrives in two to three days
C: okay thanks""", True, 9.99, "neutral", "adds new line (main); accepts $9.99/mo device protection; tone plain/neutral"),

("FR26_003", "Hana Kowalski", "2026-11-03T13:05:00", "clean", """A: Oakline Furniture, Hana speaking.
C: Hi Hana. I was in the Brookfield showroom Saturday and I've decided on the Halden walnut dining table.
A: Great choice. The Halden is $1,150, and it's in stock. Would you like me to place the order?
C: Yes, let's proceed with the purchase.
A: Lovely. The matching Halden chairs are $240 each, if you wanted a set.
C: How many does the table seat comfortably?
A: Six, or eight with the leaf.
C: Let's do four chairs for now. We've got two old ones that work at the ends.
A: Four chairs at $240 each, added. We can also assemble everything on delivery for $99.
C: No, my brother-in-law will do that, he loves that sort of thing.
A: No problem. Delivery to 118 Castle Road on Thursday the 12th, between 8 and 12?
C: Perfect. I honestly love that table, I'm so glad it was still available.""", True, 960.0, "positive", "table is main; four chairs at $240 each = 960 accepted; assembly declined; clearly pleased"),

("FR26_004", "Diego Ortiz", "2026-11-03T16:22:00", "asr", """A: hi is this mister abara this is diego from keystone insurance calling about your car policy renewal
C: yes speaking
A: your policy renews on the twentieth and the new premium is ninety two a month
C: ninety two it was eighty one last year wasn't it
A: it was yes rates in your area went up across the board
C: hm it's gone up again hasn't it that's a bit annoying to be honest
A: i understand we could also add roadside assistance for four dollars a month
C: no no i'm not adding anything
A: okay so shall i go ahead and renew at ninety two
C: well i'm not thrilled honestly but fine renew it
A: done you'll get the documents by email
C: right okay""", True, 0.0, "negative", "renewal confirmed ('fine renew it'); roadside declined; quietly unhappy about increase"),

("FR26_005", "Fatima Sheikh", "2026-11-04T10:31:00", "clean", """A: Good morning, Osteria Lupa, Fatima speaking.
C: Hi, I'd like a table for six this Saturday at 7:30, please.
A: Let me look. I'm sorry, Saturday evening is fully booked from 6 onwards.
C: Nothing at all? Even at the bar?
A: The earliest I could do Saturday is 9:15, or I have Sunday at 7.
C: 9:15 is too late with my mother, and Sunday doesn't work, people are travelling.
A: I could put you on the cancellation list for Saturday.
C: No, don't bother, I need to sort something out today.
A: I understand. I'm sorry we couldn't help this time.
C: Honestly that's disappointing. I booked with you two weeks out last year and it was fine.""", False, 0.0, "negative", "no availability; alternatives and waitlist refused; disappointed"),

("FR26_006", "Tom Reilly", "2026-11-04T14:58:00", "asr", """A: cool breeze heating and air this is tom
C: hi yeah our ac is blowing warm air and it's like ninety degrees in the house
A: oh no okay let's get a tech out there the diagnostic visit is eighty nine dollars
C: yeah that's fine when can someone come
A: i have tomorrow between eight and ten in the morning
C: yes book that please
A: okay what's the address
C: four twelve maple street unit b
A: got it and while he's there we have an annual maintenance plan one forty nine a year two tune ups and no diagnostic fees after that
C: huh that would've saved me today yeah let's do the plan too
A: great i've added the plan
C: awesome you guys were great last time so i'm glad you could fit us in""", True, 149.0, "positive", "booked tech visit; accepted $149/yr maintenance plan; praise"),

("FR26_007", "Aiko Tanaka", "2026-11-05T09:40:00", "clean", """A: Thanks for calling Ledgerly, this is Aiko.
C: Hi. We're a four-person design studio and we've been on the free trial. We want to go to the annual Studio plan.
A: Great. Studio annual is $480 for the year. Shall I switch you over today?
C: Yes, go ahead.
A: Done. Two optional add-ons: an extra terabyte of storage for $8 a month, and priority support for $20 a month.
C: Add both, I suppose.
A: Okay, both added. Anything else on the account?
C: Can you send the invoice to accounts@pinebrush.studio instead of me?
A: Yes, updated.
C: Actually, take the priority support off. We'll manage with email.
A: Removed. So it's the Studio plan plus the storage.
C: Right. Thanks.""", True, 8.0, "neutral", "annual plan bought; storage $8/mo kept; priority support accepted then retracted; neutral tone"),

("FR26_008", "Ben Okafor", "2026-11-05T18:12:00", "asr", """A: hello thanks for calling riverside arena box office this is ben
C: hi um do you still have tickets for the lana rivers show on the twenty second
A: we do i have lower bowl at sixty five each
C: oh great i need two
A: sure and we have a vip parking pass right next to the entrance for twenty five dollars
C: um yes please she's got a bad knee so that'd help
A: okay so to confirm two lower bowl tickets for the twenty second plus parking one hundred fifty five total
C: yep that's right what time do doors open
A: doors at six thirty show at eight
C: perfect oh my daughter's going to be so excited thank you so much""", True, 25.0, "positive", "confirmed read-back (yes + question); parking $25 accepted; happy"),

("FR26_009", "Lucia Ferreira", "2026-11-06T12:20:00", "clean", """A: Crestmark Bank, Lucia speaking. How can I help today?
C: Hi, I wanted to check what interest rate I'm paying on my Classic card.
A: Let me pull that up. You're at 22.9% APR.
C: Okay. That's what I thought.
A: Since you pay in full most months, you might like our Voyager card. It's $95 a year, with 2% back on travel.
C: Hm. What's the rate on that one?
A: It starts at 19.9%, and there's a 60,000-point welcome bonus.
C: I'm interested. Can you email me the details?
A: Sure, I'll send them to the address ending in 'gmail'. Is that right?
C: Yes, that's my email.
A: Great. Anything else today?
C: No, that's it. Thanks.""", False, 0.0, "neutral", "only asked for details by email; 'yes' was to email address; routine politeness"),

("FR26_010", "Sam Whitaker", "2026-11-06T15:03:00", "asr", """A: bayside honda service this is sam
C: hi i need an oil change for my civic
A: sure i have thursday at ten thirty or friday at two
C: thursday ten thirty works
A: okay you're booked for thursday ten thirty what's the mileage roughly
C: uh like forty eight thousand
A: then you're due for a tire rotation too that's twenty nine ninety five
C: yeah do that while it's in
A: and your cabin filter is probably due that's forty
C: no i'll skip that i can do it myself
A: no problem see you thursday
C: okay see you then""", True, 29.95, "neutral", "oil change booked; rotation $29.95 accepted; filter declined; neutral"),

("FR26_011", "Grace Liu", "2026-11-07T10:10:00", "clean", """A: Smile Studio Dental, this is Grace.
C: Hi, I need to book my six-month cleaning. It's Jordan Park.
A: Hi Jordan. I have Tuesday the 17th at 3:20 with Dr. Amini.
C: That works, book it.
A: Done. Also, we're doing in-office whitening after cleanings this month. It's normally $200.
C: Hmm, it's tempting but that's quite a bit.
A: For existing patients booking this month I can do it for $150.
C: Okay, at $150 I'll do it. My sister's wedding is in December anyway.
A: Lovely, I've added whitening to the same visit. It adds about 40 minutes.
C: No problem. Oh, that's great, thank you, I've been wanting to do that for ages.""", True, 150.0, "positive", "cleaning booked; whitening accepted at revised $150; pleased"),

("FR26_012", "Omar Haddad", "2026-11-07T17:45:00", "asr", """A: brightwater energy this is omar how can i help
C: hi i want to cancel my electricity plan
A: i'm sorry to hear that can i ask why
C: greenline is offering me like twelve cents a kilowatt hour and you're charging me nearly nineteen
A: i see i could offer you a loyalty rate of sixteen cents for twelve months
C: sixteen is still way more than twelve
A: i understand that's the best rate i have available
C: honestly your bills have been a mess for months and greenline's been great to my neighbour
A: okay i can process the cancellation effective on the thirtieth
C: yeah cancel it please
A: done is there anything else
C: no that's all""", False, 0.0, "negative", "retention offer refused; cancels; complains about bills and praises competitor"),

("FR26_013", "Nina Petrova", "2026-11-09T08:36:00", "clean", """A: SkyWest Air reservations, Nina speaking.
C: Hi, I need a round trip from Denver to Seattle, out December 4th, back the 8th.
A: The 7:05 a.m. out and 6:50 p.m. back comes to $312 in economy.
C: Fine, I'll take it.
A: Great. Would you like extra legroom? It's $59 each way.
C: I'm six foot four, so yes, both ways.
A: Both flights, done. A checked bag is $35.
C: No, carry-on only.
A: Understood. Please confirm: Denver to Seattle December 4th, back the 8th, with extra legroom both ways.
C: Yes, that's correct.
A: You're booked. Confirmation code QX7L2P.
C: Okay. Thanks.""", True, 118.0, "neutral", "flight booked; legroom $59 each way x2 = 118; bag declined; neutral"),

("FR26_014", "Jake Morrison", "2026-11-09T19:02:00", "asr", """A: thanks for calling voltmart this is jake
C: yeah i ordered a tv on the second and it still hasn't shown up
A: i'm sorry about that can i get the order number
C: it's v m eight eight three one zero four
A: thank you i see it's stuck at the regional depot
C: stuck this is the third time i've called about this the third time
A: i understand i can refund your shipping and escalate it
C: i don't want the shipping back i want the tv that i paid for
A: i've flagged it as urgent you should hear back within forty eight hours
C: forty eight hours unbelievable this is absolutely ridiculous
A: i'm really sorry for the trouble
C: yeah whatever""", False, 0.0, "negative", "complaint about late delivery, no purchase; refund is not a sale; furious"),

("FR26_015", "Rosa Delgado", "2026-11-10T12:55:00", "clean", """A: Peak Fitness, Rosa speaking!
C: Hi. I came in for a tour yesterday and I'd like to join.
A: Wonderful! The standard membership is $39.99 a month, no contract.
C: Yes, sign me up for that.
A: Done. You're all set from today. We also have a starter pack of four personal training sessions for $160.
C: I'd want to check with my wife about the training first. She's thinking about joining too.
A: Totally fine. You can add it any time at the front desk.
C: Okay. Do I need to bring anything the first time?
A: Just your ID, we'll take your photo for the card.
C: Got it. Thanks.""", True, 0.0, "neutral", "membership sign-up; training pack deferred (check with wife) = no upsell; neutral"),

("FR26_016", "Kevin Park", "2026-11-10T16:40:00", "asr", """A: hi this is kevin calling from metrolink cable do you have a minute
C: uh yeah sure
A: great we're offering existing customers our streaming plus bundle with six extra channels
C: yeah how much is that
A: it's just twenty a month on top of what you pay now
C: twenty a month hmm
A: and the first month is free
C: no i'm good thanks we barely watch tv honestly
A: no problem at all can i ask if your service has been okay
C: yeah it's fine no complaints
A: great have a good evening
C: you too bye""", False, 0.0, "neutral", "outbound offer declined; 'yeah' was to having a minute; neutral"),

("FR26_017", "Priya Nair", "2026-11-11T09:25:00", "clean", """A: Good morning, Saffron Table Catering, Priya here.
C: Hi Priya, I need lunch for an office meeting on Friday the 20th. 25 people.
A: Lovely. Our working lunch buffet is $18 per person.
C: That's the one we had in the spring. Let's do it again.
A: Great. Would you like to add a dessert platter for $65?
C: Yes, add the dessert platter.
A: And soft drinks and sparkling water are $2 per person.
C: Sure, drinks for everyone.
A: So 25 buffets, the dessert platter, and drinks for 25, delivered to 300 Water Street, 5th floor, at 12:15.
C: Yes, that's all correct.
A: Wonderful, it's booked.
C: Great. Everyone raved about your food last time, so thank you!""", True, 115.0, "positive", "buffet main; dessert $65 + drinks $2 x 25 = 50 -> 115; praise"),

("FR26_018", "Marcus Bell", "2026-11-11T13:48:00", "asr", """A: hi this is marcus with safeharbor insurance following up on your home insurance quote
C: oh right yeah
A: so for the house on seventeen elm court i have the full policy at one twenty eight a month
C: one twenty eight
A: that includes flood and contents up to fifty thousand
C: i mean i'd go for it if it were under a hundred a month
A: i'm afraid one twenty eight is the lowest i can go with that coverage
C: yeah that's over what we budgeted so i'll pass for now
A: understood i can send the quote in case you change your mind
C: sure whatever honestly that's a bit disappointing i expected better from you guys
A: i'm sorry to hear that
C: okay bye""", False, 0.0, "negative", "conditional (under $100) not met; passes; disappointed"),

("FR26_019", "Hana Kowalski", "2026-11-12T10:15:00", "clean", """A: Taskhive support, this is Hana.
C: Finally. I've been locked out of my account since eight this morning and I have a client deadline at noon.
A: I'm sorry. Let me verify you. What's the email on the account?
C: m.osei@oseiconsult.com. Please hurry.
A: Thanks. I see the two-factor device was changed. I've reset it, you should get a code now.
C: Got it. I'm in. Oh thank goodness.
A: Great. One thing I noticed: you're sharing your login with someone?
C: My assistant, yes. That's probably what triggered it.
A: A second seat would stop that. It's $12 a month.
C: You know what, yes, add a seat for my assistant.
A: Done, she'll get an invite.
C: Thank you so much, you've actually saved my afternoon.""", True, 12.0, "positive", "free unlock is not a sale; extra seat $12/mo added to existing subscription (see README); angry start, grateful end"),

("FR26_020", "Diego Ortiz", "2026-11-12T14:30:00", "asr", """A: sparkle home cleaning this is diego
C: hi i want to book a deep clean for my apartment i'm moving out on the thirtieth
A: sure how many bedrooms
C: two bed one bath
A: that'd be two hundred forty for the deep clean i have the twenty eighth at nine
C: okay yeah book that
A: booked we also do oven cleaning and fridge cleaning thirty five each
C: uh just the oven
A: okay oven added
C: wait hold on my landlord is texting me
C: oh he says they're sending their own cleaners and it's in the lease
C: sorry can you cancel the whole thing
A: no problem i've cancelled the booking
C: okay sorry about that""", False, 0.0, "neutral", "booking and oven add-on accepted, then whole booking cancelled -> no conversion, no upsell"),
]
