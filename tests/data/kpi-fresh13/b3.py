# Batch 3: FR13_041 - FR13_060 (hand written)
CALLS = [
("FR13_041", "Sofia Rossi", "2026-11-02T18:45:10", "asr",
"""A: hi is this miss haddad this is sofia from the valley courier you read some of our articles online this month
C: uh yeah i guess i did
A: we have an offer right now digital access for one dollar a week for the first six months then it's four a week
C: mm one dollar a week
A: yep you can cancel anytime
C: yeah it's just i've got like four of these subscriptions already i need to go through them
A: sure the offer's good till the end of the month
C: okay yeah not right now maybe i'll look at it after i sort the others out
A: no problem thanks for your time
C: yeah you too bye""",
False, 0.0, "neutral", "defers; 'yeah' answers are not commitments"),

("FR13_042", "Liam O'Brien", "2026-11-04T12:52:33", "clean",
"""A: Voltix Computers, order support, this is Liam.
C: Hi. I ordered a laptop nine days ago, order 55-20913, and it still says processing. It was supposed to be here Monday.
A: I'm sorry about that. I see it; the graphics model had a supply delay. It's shipping tomorrow and you'll have it Friday.
C: Friday. Okay. A heads-up would have been nice.
A: You're right. While I'm in your order, it doesn't have our accidental damage coverage yet. Two years is $129.
C: Does that cover drops? My last one died falling off the couch.
A: Drops, spills, cracked screens. Two claims over the two years.
C: Fine, add it. But please make sure it actually ships tomorrow.
A: Added, and I've flagged the order as priority.
C: Okay.""",
True, 129.0, "negative", "add-on to an earlier order accepted (129) -> conversion; annoyed at delay, ends flat"),

("FR13_043", "Fatima Zahra Benali", "2026-11-05T19:31:08", "asr",
"""A: thanks for calling orbit wireless this is fatima
C: hi i'm calling to get my port out number i'm switching to lumen mobile
A: oh okay can i ask what they're offering you
C: two lines for sixty and i'm paying eighty four here
A: hm okay let me see what i can do so if i match that and put both lines at sixty same unlimited data would you stay
C: sixty for both lines total
A: sixty total for both yes
C: uh okay if it's sixty i'll stay i guess it's less hassle than switching
A: great i've applied it starting this bill cycle
C: okay fine thanks""",
True, 0.0, "neutral", "accepts price-match retention offer; grudging but not hostile"),

("FR13_044", "Nguyen Thi Lan", "2026-11-06T14:06:41", "asr",
"""A: sparkle and co home cleaning this is lan
C: hi i want to set up a regular cleaning like every two weeks three bedroom two bath
A: sure for three bed two bath biweekly is one forty per visit
C: okay yeah that's fine
A: for the first visit a lot of people add inside the fridge for twenty five and inside the oven for thirty
C: oh god yes both my oven is a crime scene
A: ha okay both and i can start you next tuesday morning
C: tuesday's perfect
A: great you're booked biweekly starting tuesday first visit with fridge and oven
C: amazing thank you my friend said you guys were great so i'm excited""",
True, 55.0, "positive", "sets up biweekly cleaning (main); fridge 25 + oven 30 = 55; room counts not prices"),

("FR13_045", "Rafael Costa", "2026-11-07T10:28:56", "clean",
"""A: ClearFlow Gutters, this is Rafael.
C: Hi, I'd like a price for cleaning gutters on a two-story house. About 160 feet.
A: For two stories and 160 feet, it's $225. With gutter guards installed, it's $1,340 total.
C: Okay. I'm interested, but I want to see it in writing. Can you email me the quote?
A: Sure. What's your email?
C: pbanerjee@fastmail.com.
A: Sent. The quote is valid for 30 days.
C: Great, thanks. I'll look it over this weekend.""",
False, 0.0, "neutral", "interest without commitment; asks for emailed quote"),

("FR13_046", "Ingrid Haugen", "2026-11-09T17:14:22", "clean",
"""A: Civic Playhouse box office, Ingrid speaking.
C: Hi! Three tickets for The Lark on December 6th, the evening show, please.
A: Of course. I have three together in row F, $65 each.
C: Perfect, I'll take them.
A: Would you like a parking pass for the garage next door? It's $20.
C: Yes, one parking pass. We're all coming in one car.
A: Great. So three tickets in row F and one parking pass, total $215.
C: Yes, that's right. We saw your Christmas Carol last year and it was magical.
A: Wonderful! Tickets will be emailed to you.
C: Thank you!""",
True, 20.0, "positive", "tickets main; one parking pass 20"),

("FR13_047", "Dev Malhotra", "2026-11-10T09:37:13", "asr",
"""A: good morning brightpath tax services this is dev
C: hi yeah i'm just calling about getting my taxes done again this year
A: sure i can book you in with an accountant we have openings starting january sixth
C: okay how much is it this time because last year you charged me three hundred for like a twenty minute appointment
A: it depends on the return i can see last year had the rental property which is what added the cost
C: yeah well it's still a lot for what it was
A: i understand would you like me to book january sixth
C: no i'll probably just do it online myself this year honestly
A: okay if you change your mind we're here
C: yeah sure""",
False, 0.0, "negative", "declines booking; complains about last year's price"),

("FR13_048", "Chloe Martin", "2026-11-11T18:59:30", "asr",
"""A: hi thanks for calling flow house yoga this is chloe
C: hi i just moved to the area and i walked past your studio it looks so nice what's the intro deal
A: so we have an intro month unlimited classes for forty nine
C: oh that's good yeah sign me up
A: yay okay i just need your name and email
C: it's ruth amsel ruth at amsel dot net
A: got it and do you want the towel and mat service it's five a month so you don't have to carry your mat
C: yes please i bike everywhere that'd be so helpful
A: okay you're all set first class is on us whenever you come in
C: amazing i'm really looking forward to it""",
True, 5.0, "positive", "signs up intro month (main); towel & mat service 5/mo"),

("FR13_049", "Priya Raman", "2026-11-12T16:41:44", "asr",
"""A: hi thanks for calling soundway radio this is priya
C: yeah i just saw my bill went from ten a month to twenty two and nobody told me anything
A: i'm sorry about that your promotional rate ended last month
C: so you just double it and don't say a word
A: there was an email in october but i can offer you twelve a month for the next year
C: twelve that's still more than i was paying and then next year it jumps again no
A: i can't go lower than twelve unfortunately
C: then cancel it
A: okay i've cancelled it your service ends at the end of the billing period
C: yep thanks for nothing""",
False, 0.0, "negative", "declines retention offer and cancels; angry"),

("FR13_050", "Tomasz Wojcik", "2026-11-13T11:20:07", "clean",
"""A: DreamLoft Mattress, Tomasz speaking.
C: Hi, I tried the Haven hybrid in your store on Sunday. I'd like to order the queen.
A: Sure. The Haven queen is $1,199 with free delivery.
C: Okay.
A: Would you like the matching cooling pillows? They're $59 each.
C: Hmm. Just one. My husband hates new pillows.
A: Ha, one pillow. And we have the adjustable base at $799 if you're interested.
C: No, our frame is fine.
A: So the Haven queen and one cooling pillow, delivery on the 21st?
C: Yes, that works.
A: Your order is placed.
C: Okay, thanks.""",
True, 59.0, "neutral", "mattress main; one pillow at 59 each = 59; base declined"),

("FR13_051", "Aisha Okafor", "2026-11-16T13:45:19", "asr",
"""A: hi this is aisha from riverbend winter camp you left a message about registering
C: yes hi i have two kids nine and eleven i want them both in the december camp week
A: great that's the week of the twenty first it's two twenty per camper
C: okay two of them yes
A: and do you need extended care that's seven thirty to nine in the morning and three to six
C: yes please we both work
A: extended care is forty a week per child
C: that's fine both of them
A: okay so two campers for the december week and extended care for both
C: perfect thank you so much this is such a weight off my mind""",
True, 80.0, "positive", "registers two kids (main); extended care 40/week per child x 2 = 80; ages not prices"),

("FR13_052", "Diego Fernandez", "2026-11-17T10:03:51", "asr",
"""A: pureflow water delivery this is diego
C: hi yeah my delivery didn't come again this is the third time
A: i'm really sorry let me look you were on the tuesday route
C: yes and i waited home all day
A: i see the driver marked it as no access i'm so sorry i can get it out to you thursday
C: thursday fine but i'm out of water now
A: i understand i can also add a case of sparkling for you on thursday it's eleven ninety nine
C: no i don't want more stuff i just want what i pay for to show up
A: understood i've put a note for the driver
C: mhm yeah we'll see""",
False, 0.0, "negative", "redelivery of existing subscription is not a new purchase; declines sparkling; frustrated"),

("FR13_053", "Hannah Lindqvist", "2026-11-18T19:12:24", "clean",
"""A: Thai Orchid, takeout or delivery?
C: Takeout. Can I get a pad see ew with chicken, a green curry with tofu, and jasmine rice?
A: Sure. Spice level for the curry?
C: Medium. Actually, change the pad see ew to drunken noodles.
A: Drunken noodles with chicken instead. Anything else? Spring rolls are $6.50.
C: Sure, one order of spring rolls.
A: So drunken noodles with chicken, green curry with tofu medium, jasmine rice and spring rolls. $41.75. Ready in 20 minutes.
C: Yep.
A: See you soon.
C: Okay, bye.""",
True, 6.5, "neutral", "takeout order confirmed; swaps a dish; spring rolls 6.50 accepted as add-on"),

("FR13_054", "Kenji Watanabe", "2026-11-19T14:28:15", "asr",
"""A: thank you for calling swift rent a car this is kenji
C: hi i need a midsize from the airport the fifth through the eighth
A: okay i have a midsize for those dates at sixty seven a day
C: sixty seven it was like forty last time that's ridiculous
A: i'm sorry it's holiday pricing that's the lowest rate for those dates
C: yeah great okay whatever i need a car book it
A: okay booked would you like collision coverage twenty two a day
C: no my credit card covers that
A: okay and do you need a child seat they're twelve a day
C: yeah one for my son
A: okay one child seat for the three days
C: yep
A: your confirmation number is in your email
C: fine""",
True, 36.0, "negative", "books car; child seat 12/day x 3 days = 36 (day count given earlier); collision declined; annoyed at price"),

("FR13_055", "Marisol Vega", "2026-11-20T11:56:02", "asr",
"""A: hi this is marisol from golden hour photography thanks for calling back
C: hi yeah so we're getting married in june and i was looking at your packages
A: congratulations so the full day package is thirty two hundred with two photographers and an album
C: oh okay and the half day
A: the half day is twenty one hundred one photographer no album
C: hm your work is honestly beautiful we loved the barn wedding on your page
A: aw thank you i can hold june fourteenth for you with a deposit of five hundred
C: that sounds good i'll think about it and talk to my fiance tonight
A: of course i'll send the contract so you have it
C: perfect thank you so much""",
False, 0.0, "positive", "defers (talk to fiance); warm praise of the work"),

("FR13_056", "Olumide Adeyemi", "2026-11-21T09:19:40", "clean",
"""A: Good morning, Bugbusters Pest Control, Olumide speaking.
C: Hi. I've got ants all over my kitchen. Again. Your guy sprayed last spring and they were back in two weeks.
A: I'm sorry to hear that. I can send a technician for a one-time treatment, $149, or you could go with our quarterly plan at $45 a visit.
C: I'm not signing up for a plan when the first one didn't work.
A: Understood. The one-time treatment comes with a 30-day guarantee.
C: Fine. Book the one-time treatment. But if they come back, I want it redone for free.
A: Absolutely, that's what the guarantee is for. I have Tuesday at 9:00 or Wednesday at 1:00.
C: Tuesday.
A: Booked for Tuesday at 9:00.
C: We'll see.""",
True, 0.0, "negative", "books one-time treatment (main); declines plan; skeptical and annoyed"),

("FR13_057", "Sofia Rossi", "2026-11-23T17:03:37", "asr",
"""A: parla language school this is sofia
C: hi i'm trying to find out about your italian classes your website's kind of a mess i couldn't find any prices anywhere
A: sorry about that so the beginner course is ten weeks two evenings a week three eighty
C: okay and when does it start
A: the next one starts january twelfth
C: can i sign up online or do i have to call
A: you can do either i can take it now if you like
C: no i'll see i still need to figure out my schedule in january
A: sure
C: okay bye""",
False, 0.0, "negative", "only questions, no sign-up; complaint about website, curt"),

("FR13_058", "Liam O'Brien", "2026-11-24T08:15:26", "asr",
"""A: pine hollow golf club liam speaking
C: hey i wanted a tee time saturday for four around nine forty
A: let's see ah nine forty is taken actually everything from eight to eleven is booked i have eleven twenty
C: eleven twenty yeah that works
A: great four players eleven twenty saturday name
C: marcus webb
A: and do you want carts they're twenty per rider
C: yeah carts for all four
A: okay you're set marcus four players saturday eleven twenty with carts
C: sweet appreciate it the course was in great shape last time
A: thanks see you saturday""",
True, 80.0, "positive", "takes alternative slot after first choice full; carts 20 per rider x 4 = 80"),

("FR13_059", "Fatima Zahra Benali", "2026-11-24T15:40:11", "clean",
"""A: Nova Broadband, this is Fatima.
C: Hi! My son has started gaming online and apparently our internet is "unplayable". Can we go faster?
A: Sure. You're on 300 Mbps at $55. The 1 Gig plan is $75, so $20 more a month.
C: Yes, let's do the 1 Gig.
A: Done. You'll also want our newer router to get the full speed, $8 a month rental.
C: Oh, we bought our own router last year. Is it good enough? It's a TP-Link AX3000.
A: That will handle it fine.
C: Then no router, thanks.
A: Okay, your upgrade is active in about an hour.
C: Fantastic, he's going to be thrilled. Thanks so much!""",
True, 0.0, "positive", "plan upgrade is the main purchase (not upsell); router rental declined"),

("FR13_060", "Nguyen Thi Lan", "2026-11-25T12:33:48", "asr",
"""A: fresh table catering this is lan
C: hi i'm putting together lunch for our office holiday party on the eleventh
A: oh fun how many people
C: around thirty i think maybe thirty five
A: okay our sandwich platters are twelve fifty a person with salad and cookies
C: okay that sounds good
A: want me to put it in for thirty
C: um let me get a real headcount first i don't want to order for thirty and have fifty show up i'll call you back by friday
A: sure that works the eleventh is still open
C: great thanks""",
False, 0.0, "neutral", "defers pending headcount; 'sounds good' is interest only"),
]
