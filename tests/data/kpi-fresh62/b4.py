CALLS = [
("FR62_061", "Noelle Kimura", "2026-11-24T10:02:17", "asr",
"""A: skyline fiber noelle speaking
C: hi yeah fiber just came to our street and i wanna get it
A: oh great the five hundred meg plan is fifty five a month and installation is free right now
C: nice okay sign me up
A: awesome the earliest install is friday between eight and noon
C: friday's perfect
A: and since you mentioned you run a home server would you want a static ip it's five dollars a month
C: oh heck yes i've been waiting years for that add it
A: done fiber five hundred plus static ip install friday morning
C: this is the best news i've had all week thank you""",
True, 5.0, "positive", "'sign me up' + install booked; static ip 'five dollars a month' 'add it' -> 5; 'best news... all week'"),

("FR62_062", "Anthony DeLuca", "2026-11-24T07:48:55", "asr",
"""A: skyways customer care anthony speaking
C: yeah my flight to chicago got cancelled last night and the app just says contact us
A: i'm sorry let me look at your booking
C: i've been at the airport since five
A: okay i'm seeing the next available seat is thursday at six ten
C: thursday it's monday so you're telling me there's nothing until thursday
A: i'm afraid the weather backed everything up i can put you on standby for today's flights
C: standby with like two hundred other people sure
A: i can also refund the ticket if you'd rather
C: just refund it i'll drive i can't believe you people this is the worst airline i've ever flown""",
False, 0.0, "negative", "no rebooking accepted, refund only; sarcasm 'standby with like two hundred other people sure', 'worst airline'"),

("FR62_063", "Yvette Mbeki", "2026-11-24T12:33:40", "asr",
"""A: freshcart grocery delivery yvette speaking
C: hi yeah my delivery came and there's no milk no eggs and somebody else's cat food
A: oh no i'm so sorry let me look at the order
C: and this is the second week in a row with no milk
A: i see it i'll refund the milk and the eggs that's nine forty eight and you can keep the cat food
C: oh great so no milk again and i get cat food i don't have a cat
A: i'm sorry i can also add a five dollar credit for next time
C: yeah okay
A: anything else i can do
C: honestly just pack the order right that's all""",
False, 0.0, "negative", "missing items, refund and credit only; sarcasm 'oh great so no milk again'"),

("FR62_064", "Simon Pryce", "2026-11-24T14:20:08", "clean",
"""A: Lakeshore Suites group sales, Simon speaking.
C: Hi! I'm getting married in June and I'd like to hold a block of rooms for our guests.
A: Congratulations! For 10 rooms on June 13th I can offer $139 a night, and there's no charge for rooms your guests don't book.
C: Oh, that's a great rate. And there's a shuttle to the venue?
A: Yes, we can arrange a shuttle for the evening.
C: This sounds lovely. Let me check with my fiancé first, he's doing the budget spreadsheet.
A: Of course. I'll hold that rate for 14 days.
C: Thank you so much, honestly you've been so helpful, I'll call you back this week.""",
False, 0.0, "positive", "deferral 'Let me check with my fiancé first'; 'you've been so helpful'"),

("FR62_065", "Marisol Ortega", "2026-11-25T16:11:44", "asr",
"""A: the olive branch marisol speaking
C: hi i'd like a table for two on friday at seven thirty it's our anniversary
A: oh congratulations let me check yes i have seven thirty
C: great book it please
A: would you like a bottle of champagne waiting at the table it's sixty five dollars
C: um is it the good stuff
A: it's a nice brut from reims
C: okay yeah let's do that she'll love it
A: perfect table for two friday at seven thirty name
C: it's ben adler
A: got it mister adler champagne on the table and i'll put a little anniversary note for the chef
C: oh wow that's great thank you this is gonna be perfect""",
True, 65.0, "positive", "'book it please'; champagne 'sixty five dollars' 'okay yeah let's do that' -> 65; 'gonna be perfect'"),

("FR62_066", "Dwayne Fitch", "2026-11-25T09:38:26", "asr",
"""A: topline roofing dwayne speaking
C: hi your guy came out yesterday for the shingles that blew off and i got the quote
A: okay yes let me pull it up two thousand four hundred for the repair
C: two thousand four hundred for like six shingles
A: there's some decking damage underneath that has to be replaced too
C: he was up there for ten minutes
A: i understand it looks like a lot i can have him walk you through the photos
C: no that's insane i'm getting another quote
A: okay if you change your mind the quote's good for thirty days
C: yeah i won't""",
False, 0.0, "negative", "quote refused 'that's insane i'm getting another quote'"),

("FR62_067", "Priya Raman", "2026-11-25T13:02:11", "asr",
"""A: hi this is priya from evergreen life following up on the quote you requested online
C: oh um right yeah
A: is this still a good number to reach you
C: yes this is fine
A: great so for a twenty year term with five hundred thousand in coverage you'd be at about thirty one a month
C: okay
A: i can start the application now it takes about fifteen minutes
C: uh no i don't think so we actually got one through my wife's work
A: no problem if anything changes just call
C: okay will do bye""",
False, 0.0, "neutral", "'yes this is fine' answers the phone-number question, not a sale; declined 'no i don't think so'"),

("FR62_068", "Conor Walsh", "2026-11-25T11:26:37", "clean",
"""A: Tread Masters, Conor speaking.
C: Hi, I need four new tires for my RAV4. What do you have in a 225/65R17?
A: The Michelin CrossClimate is $145 each, so $580 for four, installed.
C: Okay, let's do those.
A: Great. Would you like an alignment with that? It's $89.99 and it'll help them wear evenly.
C: Yeah, it was pulling a bit, so do the alignment.
A: And road hazard protection is $15 per tire. That covers nails and blowouts.
C: Sure, on all four.
A: Okay, four CrossClimates, alignment and road hazard on all four. Tomorrow at 8:30 work?
C: That works.
A: You're booked.
C: Okay, thanks.""",
True, 149.99, "neutral", "'let's do those'; alignment $89.99 + road hazard $15 per tire x4 (60) -> 149.99; tires are the main purchase; flat"),

("FR62_069", "Tamika Boyd", "2026-11-26T10:45:03", "asr",
"""A: metro power and light tamika speaking
C: hi i saw you have a green energy option now where it's all wind and solar
A: yes the clean choice plan it's about one point two cents more per kilowatt hour so for you roughly six dollars more a month
C: oh that's nothing yeah i want that
A: great so i'll switch you to clean choice starting with your next billing cycle
C: yes please
A: done you'll see it on the december bill
C: that's awesome i've wanted to do this for ages thank you
A: thanks for making the switch
C: thank you have a good one""",
True, 0.0, "positive", "paid plan change 'yeah i want that' 'yes please'; the plan itself is the main purchase -> 0; 'that's awesome'"),

("FR62_070", "Henrik Larsen", "2026-11-26T14:29:48", "asr",
"""A: riverside orthopedics henrik speaking
C: hi i'm calling again about my referral my doctor sent it two weeks ago
A: let me check um i don't see a referral on file for you
C: you're kidding this is the third time i've called and every time somebody says it's not there
A: i'm sorry i can't book the appointment until we have it
C: so what do i do my knee is still swollen
A: if your doctor's office faxes it again to this number i'll flag it myself
C: i've had them fax it twice already
A: i understand i'll call you the moment it arrives
C: this is honestly a joke i'm in pain and nobody can find a piece of paper""",
False, 0.0, "negative", "no referral, nothing booked; 'this is honestly a joke'"),

("FR62_071", "Lucia Ferreira", "2026-11-27T11:07:19", "asr",
"""A: devcon registrations lucia speaking
C: hi i need to register for the conference in march your website keeps erroring out at the payment page
A: i'm sorry about that i can register you by phone it's five ninety five for the full pass
C: yeah fine just register me for the full pass
A: okay done you're registered would you like to add the hands on workshop day it's one forty nine
C: hmm no not this year
A: no problem your badge will be emailed two weeks before
C: okay and you should know your website is honestly terrible i tried three times and lost forty minutes
A: i'll pass that along to the web team
C: yeah please do it's embarrassing for a tech conference""",
True, 0.0, "negative", "'just register me for the full pass'; workshop declined -> 0; 'website is honestly terrible... embarrassing'"),

("FR62_072", "Bao Tran", "2026-11-27T09:51:30", "clean",
"""A: Pinecrest Bank fraud department, Bao speaking.
C: Hi, there's a $640 charge on my credit card from an electronics store in Miami. I've never been to Miami.
A: I'm sorry. Let me look. Yes, I see it. I've blocked the card and opened a dispute.
C: Okay. Will I have to pay it?
A: No. I've issued a provisional credit for the full $640 while we investigate, and a new card is on its way.
C: Oh, thank goodness. I was panicking.
A: Completely understandable. Is there anything else?
C: No, that's it. Thank you, you've really put my mind at ease.""",
False, 0.0, "positive", "fraud dispute, no sale; relieved 'thank goodness... you've really put my mind at ease'"),

("FR62_073", "Gretchen Albers", "2026-11-30T15:36:54", "asr",
"""A: cellar door wine club gretchen speaking
C: hi yeah i tried your wines at the tasting room on saturday and um i wanna join the club
A: wonderful the classic membership is three bottles every quarter for about ninety
C: that's the one yeah sign me up
A: great and we're doing a holiday gift bottle with a little wooden box it's twenty nine ninety five want to add one
C: oh that would be perfect for my boss yes add one
A: done classic membership plus one gift bottle ships friday
C: yay okay thank you this is gonna make my christmas shopping so much easier""",
True, 29.95, "positive", "'sign me up' club; gift bottle 'twenty nine ninety five' 'yes add one' -> 29.95; 'yay'"),

("FR62_074", "Omar Haddad", "2026-11-30T10:14:22", "asr",
"""A: brightline wireless billing omar speaking
C: yeah there's a hundred and eighty dollars in roaming charges on my bill and i was only in canada for two days
A: let me take a look um yes it looks like the travel pass wasn't on your line
C: your rep told me it was added before i left
A: i'm sorry i don't see any note of that on the account
C: so it's my word against nobody
A: i can take off thirty dollars as a courtesy
C: thirty out of a hundred and eighty
A: that's the most i'm able to do
C: unbelievable i'm going to file a complaint with the ftc then""",
False, 0.0, "negative", "billing dispute, partial credit; 'unbelievable... file a complaint'"),

("FR62_075", "Shelby Crane", "2026-11-30T13:48:09", "asr",
"""A: case corner shelby speaking
C: hi i wanna order the clear case for the pixel nine the one with the magsafe ring
A: sure that's thirty four ninety nine shall i place that for you
C: yeah go ahead
A: done do you want a glass screen protector with it it's normally twenty
C: um i don't know
A: i can do it for twelve since you're getting the case
C: yeah okay for twelve sure
A: added the case and the protector ship today
C: okay thanks""",
True, 12.0, "neutral", "'yeah go ahead' order; protector revised twenty -> twelve 'yeah okay for twelve sure' -> 12; flat"),

("FR62_076", "Ravi Menon", "2026-11-30T16:05:31", "clean",
"""A: Sunseeker Vacations, Ravi speaking.
C: Hi, I'm looking at your Cancún packages, flight and hotel, for a week.
A: Sure. For two adults from Chicago, the Playa Azul all-inclusive in February is $3,150 total.
C: Okay. Is that with the beachfront room?
A: That's a garden view. Beachfront is $280 more for the week.
C: Hmm. That's more than I wanted to spend.
A: Would you like me to hold it for 24 hours?
C: No, don't hold it. Maybe in the spring, we'll see.
A: Of course. I'll email you the quote.
C: Okay, thanks.""",
False, 0.0, "neutral", "beachfront price only asked about; hold declined; 'Maybe in the spring' = deferral"),

("FR62_077", "Noelle Kimura", "2026-11-26T09:12:45", "asr",
"""A: summit ford service noelle speaking
C: yeah i got a recall letter about the fuel pump on my escape
A: yes that recall repair is free we can get you in monday at nine
C: monday at nine fine book it
A: okay you're booked it takes about three hours we have a waiting room or a shuttle
C: i'll wait
A: great
C: i mean it's about time honestly i got the first letter saying a fix was coming back in june
A: i'm sorry the parts took so long
C: yeah took you guys long enough i've been nervous driving it for five months""",
True, 0.0, "negative", "free recall appointment booked 'fine book it' = booking; 'it's about time... took you guys long enough'"),

("FR62_078", "Anthony DeLuca", "2026-11-27T14:57:36", "asr",
"""A: seacliff resort spa anthony speaking
C: hi i'm a guest here this weekend and i'd like to book the couples massage for saturday
A: let me check um i'm sorry saturday and sunday are fully booked
C: the whole weekend
A: yes we had a wedding group book most of the slots i could do a solo massage monday morning
C: we check out sunday
A: i'm really sorry
C: wow we booked this trip specifically for the spa and nobody mentioned it fills up
A: i can put you on the cancellation list
C: no don't bother this is really disappointing""",
False, 0.0, "negative", "fully booked, nothing booked, waitlist refused; 'this is really disappointing'"),

("FR62_079", "Yvette Mbeki", "2026-11-27T12:20:14", "asr",
"""A: rolling taco truck yvette speaking
C: hi i'm planning a company picnic on the twelfth and i wanted to book your truck for like eighty people
A: oh fun our eighty person package is fourteen hundred for two hours of service
C: okay yeah that's in budget let's book it from twelve to two
A: great and the picnic runs how long
C: um till three or so
A: we can add a third hour of service for one fifty
C: yeah let's add the extra hour so people don't go hungry
A: okay booked the twelfth from twelve to three eighty people
C: yep that's it
A: you'll get the contract by email today
C: awesome everybody's gonna be so happy this is way better than sad sandwiches""",
True, 150.0, "positive", "'let's book it'; extra hour 'one fifty' 'let's add the extra hour' -> 150; 'awesome'"),

("FR62_080", "Simon Pryce", "2026-11-30T17:22:03", "clean",
"""A: IronWorks Fitness, Simon speaking.
C: Hi, I broke my wrist and I'd like to freeze my membership for two months.
A: Sorry to hear that! We can freeze it, there's a $10 monthly freeze fee.
C: A fee to not use the gym?
A: It holds your rate and your locker.
C: I don't want the locker. I just don't want to pay $50 a month while I'm in a cast.
A: I understand. I can waive the locker, but the freeze fee is required.
C: This is a joke. Fine, freeze it, but I'm not happy about it.
A: It's frozen starting December 1st.
C: Great. Thanks for nothing.""",
False, 0.0, "negative", "membership freeze with fee is not a purchase/upsell; 'This is a joke' 'Thanks for nothing'"),
]
