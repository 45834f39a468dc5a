CALLS = [
("FR54_061", "Ben Harrow", "2026-11-18T09:11:33", "asr",
"""A: volt wireless billing this is ben
C: yeah there's a charge on my bill for forty dollars for something called premium support i never signed up for that
A: let me look it looks like it was added in september
C: added by who not me
A: i can remove it going forward
C: going forward what about the three months i already paid that's a hundred and twenty bucks
A: i can credit back one month
C: one month are you kidding me you guys put it on there without asking
A: i'll request a supervisor review for the other two months
C: this is exactly why everybody hates phone companies""",
False, 0.0, "negative", "billing dispute, no purchase; 'are you kidding me', 'everybody hates phone companies'"),

("FR54_062", "Nadia Petrova", "2026-11-18T10:29:47", "asr",
"""A: seaglass resort reservations nadia speaking
C: hi um i wanna book the ocean view room for the tenth through the thirteenth
A: lovely three nights ocean view that comes to eight ninety seven do you want me to book it
C: yes please
A: done we also have a sunset massage at the spa it's sixty five and an airport shuttle thirty each way
C: ooh the massage yes and the shuttle um just one way we're renting a car for the drive back
A: okay massage and a one way shuttle on the tenth
C: perfect oh this is gonna be such a nice trip
A: confirmation is on its way
C: thank you you've been so lovely""",
True, 95.00, "positive", "'yes please' to booking; massage sixty five + shuttle 'thirty each way' 'just one way' -> 95.00"),

("FR54_063", "Owen Fitzgerald", "2026-11-18T12:06:10", "clean",
"""A: Evergreen Life, this is Owen. You requested a term life quote?
C: Yes, I did. We just had a baby and I figure it's time.
A: Congratulations! For a 20-year term at $500,000, you'd be at about $28 a month.
C: That's less than I expected.
A: Would you like to start the application today? It takes about fifteen minutes.
C: Let me talk to my wife first. She wants to look at the beneficiary stuff with me.
A: Of course. I'll email the quote so you both have it.
C: That's fine.
A: I'll follow up on Friday if that works.
C: Sure, Friday's fine.""",
False, 0.0, "neutral", "'Let me talk to my wife first' = deferral; 'Friday's fine' is a follow-up call"),

("FR54_064", "Grace Nwosu", "2026-11-18T14:44:29", "asr",
"""A: olive and ash this is grace
C: hi i wanted to book for two tonight at like eight
A: oh i'm sorry we're closed to the public tonight we have a private event the whole restaurant
C: oh no that's a shame it's our anniversary and we specifically wanted here
A: i'm so sorry i could do tomorrow at eight
C: no it has to be tonight we're flying out tomorrow
A: i completely understand i'm sorry we can't help this time
C: yeah that's really disappointing honestly
A: i hope we can see you another time
C: okay bye""",
False, 0.0, "negative", "private event, no booking; 'really disappointing'"),

("FR54_065", "Maria Delgado", "2026-11-19T09:37:52", "asr",
"""A: dreamwell mattress this is maria
C: hi i tried the cloud hybrid in the showroom and i wanna order the queen
A: the cloud hybrid queen is nine ninety nine shall i place that
C: yes please do
A: done and the cooling pillows are on special two for fifty nine right now normally forty each
C: oh yeah my husband runs hot add the two
A: okay the pair of cooling pillows added free delivery on the twelfth
C: amazing i slept like a baby on that thing in the store
A: you'll love it
C: thanks so much""",
True, 59.00, "positive", "'yes please do'; pillows 'two for fifty nine' pair price 'add the two' -> 59.00"),

("FR54_066", "Kevin Osei", "2026-11-19T11:20:15", "clean",
"""A: Valley Motors service, this is Kevin.
C: Hi, you have my Accord in for the check engine light, I got a text to call.
A: Yes. The technician found the catalytic converter is failing. The repair is $2,140 with parts and labor.
C: Are you kidding me? $2,140? The car's worth maybe six grand.
A: I understand it's a lot. We could do an aftermarket part for about $1,450.
C: No. Just put it back together, I'll get a second opinion.
A: Okay. There's the $120 diagnostic fee.
C: Of course there is. Unbelievable.
A: It'll be ready at four.
C: Fine.""",
False, 0.0, "negative", "repair refused 'No. Just put it back together'; diagnostic fee is not a sale; 'Unbelievable'"),

("FR54_067", "Priya Raman", "2026-11-19T13:05:41", "asr",
"""A: snackbox subscriptions this is priya
C: hi i need to cancel i've been trying to do it on the app for a week and it just loops back to the home screen
A: i'm sorry about that i can do it for you we could also offer you fifty percent off your next two boxes
C: no i just want it cancelled and i want the box from last week refunded i tried to cancel before it shipped
A: let me look i can refund half of that box
C: half i tried to cancel a week before it shipped your app is broken that's not my fault
A: i understand i'll escalate the full refund request
C: honestly this is a scam the way you make it impossible to leave
A: your subscription is cancelled effective today
C: good""",
False, 0.0, "negative", "cancellation, save offer refused; 'this is a scam'"),

("FR54_068", "Tom Gallagher", "2026-11-19T15:12:08", "asr",
"""A: lakeside family medicine tom speaking
C: hi i need to schedule my annual physical
A: sure are you fasting for bloodwork
C: um yeah i guess i should
A: then morning's best i have tuesday the first at eight fifteen or thursday the third at nine
C: uh yeah the tuesday one works
A: okay tuesday december first at eight fifteen nothing to eat after midnight
C: okay got it
A: see you then
C: thanks bye""",
True, 0.0, "neutral", "'yeah the tuesday one works' -> appointment booked; routine tone"),

("FR54_069", "Aisha Bello", "2026-11-20T09:48:33", "clean",
"""A: Harvest Lights Festival ticketing, this is Aisha.
C: Hi, I'm trying to get two weekend passes but the site says sold out. Is that right?
A: I'm afraid so. The weekend passes sold out this morning.
C: This morning? They went on sale yesterday.
A: I know, demand was huge this year. I can add you to the waitlist in case passes are released.
C: Yes, put me on the waitlist I guess.
A: Done. Is there anything else I can help with?
C: No. Honestly that's really disappointing, I've gone every year for six years.
A: I'm sorry, I hope we can get you in.
C: Yeah. Bye.""",
False, 0.0, "negative", "sold out; 'Yes, put me on the waitlist' is not a purchase; 'really disappointing'"),

("FR54_070", "Lukas Brandt", "2026-11-20T11:30:26", "asr",
"""A: first harbor bank home lending this is lukas
C: hi yeah we're thinking about refinancing with rates coming down and i wanted to talk to somebody
A: i can set you up with one of our loan advisors they'll go over your numbers there's no cost for the meeting
C: great yeah that'd be really helpful
A: i have monday at two in the branch or wednesday at eleven by video
C: oh video on wednesday is perfect
A: booked wednesday at eleven with dana kim the link will come by email
C: awesome thank you this is exactly what i needed
A: you're welcome
C: have a good one""",
True, 0.0, "positive", "advisor appointment 'video on wednesday is perfect' booked; 'exactly what i needed'"),

("FR54_071", "Sofia Marchetti", "2026-11-20T13:52:40", "asr",
"""A: greenway lawn care this is sofia you requested a quote
C: oh yeah um for the fall cleanup and maybe weekly mowing next year
A: sure the fall cleanup is two twenty five and weekly mowing starts at forty five a visit can i confirm the address is eighteen birch lane
C: uh yeah that's my address
A: great want me to set up the cleanup for next week
C: um i'm still getting another quote from a guy my neighbor uses i'll think about it
A: no problem the quote is good for thirty days
C: okay
A: thanks for calling
C: yep""",
False, 0.0, "neutral", "'yeah that's my address' answers address; 'i'll think about it' = no commitment"),

("FR54_072", "Derek Lindqvist", "2026-11-20T15:19:57", "asr",
"""A: sunward vacations this is derek
C: hi we looked at the cancun package the five nights all inclusive for two
A: yep that's twenty four eighty for two people flights and hotel
C: okay let's book it
A: booked would you like travel protection it's fifty nine per person covers cancellation and medical
C: um yeah do it for the both of us my mom's been sick so you never know
A: of course and checked bags are thirty five each way per bag do you want to prepay those
C: no we'll just do carry ons
A: okay package plus protection for two the confirmation is in your inbox
C: oh this is great we really needed a vacation thank you""",
True, 118.00, "positive", "'let's book it'; protection 'fifty nine per person' 'for the both of us' -> 118.00; bags declined"),

("FR54_073", "Hannah Okafor", "2026-11-23T09:24:18", "asr",
"""A: iron peak fitness billing this is hannah
C: yeah i cancelled in september and you charged me again in october and november
A: let me look i do see the cancellation request from september fourteenth
C: so why am i still getting charged
A: it looks like it wasn't processed i'm sorry i'll refund both months
C: you'll refund both months great and what about the overdraft fee my bank charged me
A: i can't cover bank fees unfortunately
C: of course you can't this is a joke honestly
A: the refund of seventy nine ninety eight will post in five to seven days
C: whatever i'm telling everyone i know to stay away from this gym""",
False, 0.0, "negative", "refund for billing error, no purchase; 'this is a joke', 'stay away from this gym'"),

("FR54_074", "Marcus Webb", "2026-11-23T11:02:45", "clean",
"""A: Circuit Hub, this is Marcus.
C: Hi, I want to order the 65-inch Vantage TV, the one that's $799 this week.
A: Sure, I can place that. Would you like wall-mount installation for $99?
C: Yes, add the installation too.
A: Okay. The earliest install date would be December 10th, and the TV ships with it.
C: December 10th? I need it before the 28th of this month, we're having people over.
A: I'm sorry, that's the earliest for delivery in your area.
C: Then that doesn't work. Actually, cancel the whole thing. I'll go to the store.
A: Understood, nothing has been charged.
C: This is so frustrating, your website said two-day delivery.""",
False, 0.0, "negative", "TV + $99 install accepted then 'cancel the whole thing' -> not a conversion, 0; 'so frustrating'"),

("FR54_075", "Yuki Tanaka", "2026-11-23T13:37:09", "asr",
"""A: hi this is yuki from little bean coffee co you ordered a bag from us last week how'd you like it
C: oh my gosh it was so good the ethiopian one
A: so glad we have a subscription for that one sixteen bucks a bag every two weeks want me to set it up
C: sure why not
A: awesome and first time subscribers can add our ceramic mug it's twelve bucks
C: ha yeah okay add the mug
A: done first bag ships monday with the mug
C: this made my day honestly
A: enjoy
C: thanks bye""",
True, 12.00, "positive", "'sure why not' to subscription; mug 'twelve bucks' 'add the mug' -> 12.00; 'made my day'"),

("FR54_076", "Carmen Ruiz", "2026-11-23T16:55:31", "asr",
"""A: northgate electric outage line this is carmen
C: yeah our power's been out since noon and the app says estimated restoration unknown what does that even mean
A: i'm sorry there's a transformer down on your circuit and the crew is assessing it
C: assessing it i've got a freezer full of food and a kid with a fever
A: i understand right now the estimate is around nine tonight
C: nine this happens every time there's any wind at all
A: i'll note the medical concern on the ticket
C: great a note that helps a lot
A: i'm sorry for the trouble
C: yeah sure""",
False, 0.0, "negative", "outage call, no sale; sarcasm 'great a note that helps a lot'"),

("FR54_077", "Ben Harrow", "2026-11-24T09:14:56", "asr",
"""A: volt wireless this is ben how can i help
C: hi i keep getting texts saying i'm almost out of data and i just wanted to understand what's using it
A: sure it looks like most of it is video streaming over the last week
C: oh that's probably my son
A: you can cap video to standard quality in the app i can also move you to unlimited for fifteen more a month
C: nah i'm good with what i have i'll just talk to him
A: totally fair i turned on the video cap for his line
C: oh perfect that's really helpful thank you i didn't know you could do that
A: happy to help
C: thanks a lot have a good one""",
False, 0.0, "positive", "upgrade refused 'nah i'm good with what i have'; 'really helpful thank you'"),

("FR54_078", "Nadia Petrova", "2026-11-24T12:40:13", "clean",
"""A: Thanks for calling Forkful Delivery, this is Nadia.
C: Hi. My order just arrived and it's completely wrong. I ordered pad thai and got someone's burgers.
A: I'm so sorry about that. Let me pull it up. I'll refund the full $32.40 right now.
C: Okay, thank you.
A: And I'm adding a $10 credit for your next order.
C: Oh, that's kind of you. I was expecting a fight about it.
A: Not at all. The refund will show in a couple of days.
C: Great. Honestly, thank you, I really appreciate how easy you made that.
A: Enjoy your evening.
C: You too!""",
False, 0.0, "positive", "refund + credit, no purchase; 'I really appreciate how easy you made that'"),

("FR54_079", "Owen Fitzgerald", "2026-11-24T14:21:38", "asr",
"""A: dash car rental this is owen
C: hi i need a midsize at the orlando airport from the fifth to the ninth
A: sure midsize for those four days comes to two sixteen want me to reserve it
C: yeah go ahead
A: reserved do you need a child seat it's a flat fifteen for the rental
C: yeah we need one for the little one
A: added and for twenty more total i can put you in a standard suv
C: um no the midsize is fine
A: okay midsize with a child seat pick up on the fifth
C: okay thanks""",
True, 15.00, "neutral", "'yeah go ahead' to reservation; child seat 'flat fifteen' 'yeah we need one' -> 15.00; SUV refused"),

("FR54_080", "Grace Nwosu", "2026-11-24T16:03:22", "asr",
"""A: homestead mutual this is grace
C: hi my new landlord says i need renters insurance before i can move in
A: sure for your zip code the basic renters policy is eighteen a month
C: eighteen a month for stuff that's worth like nothing
A: it also covers liability which is the part landlords usually require
C: this is kind of a rip off honestly but whatever i need it for the lease
A: do you want me to start the policy today and email the proof to your landlord
C: i guess that works yeah
A: done the policy starts today and i've sent proof of insurance
C: yeah fine""",
True, 0.0, "negative", "'i guess that works yeah' to starting policy = conversion; 'kind of a rip off honestly'"),
]
