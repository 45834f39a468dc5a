# FR12 batch 1 (FR12_001 - FR12_020), hand-written
CALLS = [
("FR12_001", "Priya Raman", "2026-11-02T08:14:00", "asr",
"""A: thanks for calling brightwater plumbing this is priya how can i help
C: hi yeah um we've got a leak under the kitchen sink it's been dripping since last night
A: okay sorry to hear that is it coming from the trap or from the supply line can you tell
C: uh i honestly don't know there's a bucket under it and it's half full this morning
A: alright i can get a plumber out to you thursday between eight and ten does that work
C: thursday yeah that works go ahead and book it
A: perfect and what's the address
C: it's four eighteen maple crest drive
A: got it while he's there we can also run a camera down the drain line it's forty nine dollars some people like to do it if the house is older
C: mhm the house is from the seventies so yeah go on add that
A: done so that's the visit on thursday plus the camera inspection you'll get a text the night before
C: okay thanks""",
True, 49.0, "neutral", "books Thursday visit; accepts drain camera $49; tone matter-of-fact"),

("FR12_002", "Marcus Oyelaran", "2026-11-02T09:40:00", "clean",
"""A: Good morning, Lakeshore Dental, this is Marcus.
C: Hi, I need to book a cleaning. I'm overdue, it's been about 14 months.
A: No problem. Let me look. I have Tuesday the 10th at 2:15 or Wednesday the 18th at 11.
C: Hmm, I work 9 to 5 those days. Anything after 5?
A: Our late evenings are Thursdays, but those are booked through December, I'm afraid.
C: Okay. Let me check my shift schedule and I'll call you back.
A: Sure, just call this number and ask for me.
C: Will do. Thanks.""",
False, 0.0, "neutral", "no slot fits; defers to call back; routine tone"),

("FR12_003", "Sofia Lindqvist", "2026-11-03T10:05:00", "asr",
"""A: nordway travel sofia speaking
C: hi i'm looking at flights to lisbon for the twenty second coming back on the twenty ninth
A: okay one adult
C: yeah just me
A: so i have the direct one leaving at seven forty in the morning it's four hundred and twelve dollars round trip
C: that's fine i'll take the direct one
A: great so to confirm one adult lisbon out the twenty second back the twenty ninth four twelve total
C: yep that's right
A: would you like to add travel insurance it's thirty two dollars for the trip
C: uh no i've got it through my credit card
A: no problem you're booked the confirmation's going to your email now
C: honestly that was so much easier than the website thank you""",
True, 0.0, "positive", "takes direct flight and confirms read-back; declines insurance; ends pleased"),

("FR12_004", "Tomasz Wrobel", "2026-11-03T11:30:00", "clean",
"""A: Ticket desk, Tomasz speaking.
C: Hi, I'd like two tickets for The Low Hum on Saturday the 14th, standing.
A: Let me check. Two standing for the 14th... I'm putting that through now.
C: Great, the card ending 4471.
A: I'm sorry, that didn't go through. The last standing tickets just sold while I was holding them. The show is now sold out.
C: Oh. Is there a waiting list or anything?
A: Not for this one, I'm afraid. There's no second date either.
C: Right. I've been waiting since spring for them to come back here.
A: I'm really sorry.
C: Yeah. Okay. Bye.""",
False, 0.0, "negative", "booking failed, sold out, nothing else bought; quiet disappointment"),

("FR12_005", "Aiko Tanaka", "2026-11-04T18:20:00", "asr",
"""A: hi thanks for calling tony's pizzeria pickup or delivery
C: delivery please um can i get a large pepperoni with extra cheese
A: sure thing anything else
C: uh that's it i think
A: we've got garlic knots tonight six bucks for six of them and sodas are two fifty each
C: oh yeah do the knots and two cokes
A: two cokes and the knots you got it address
C: twelve eighty two harbor street apartment three b
A: okay about forty minutes
C: perfect you guys are the best the kids have been asking for this all week""",
True, 11.0, "positive", "orders pizza; accepts knots $6 and two sodas at $2.50 each = 11.00; warm"),

("FR12_006", "Diego Castellanos", "2026-11-04T19:10:00", "clean",
"""A: StreamNest support, this is Diego. How can I help?
C: I want to cancel my subscription.
A: I can help with that. Can I ask why you're leaving?
C: The picture freezes every evening. Every single evening.
A: I'm sorry about that. I can offer you three months at half price, $6.50 a month, while our team looks at it.
C: No. Just cancel it, please.
A: Understood. It's cancelled as of the end of this billing cycle, the 30th.
C: Great. So I've basically paid three months for a loading wheel.
A: I'm sorry for the experience.
C: Sure you are. Bye.""",
False, 0.0, "negative", "cancellation, save offer refused; sarcastic ending"),

("FR12_007", "Hannah O'Brien", "2026-11-05T09:15:00", "asr",
"""A: hi is this mister delacroix this is hannah from keystone auto insurance you asked for a quote online
C: oh yeah i did uh hi
A: so for the two cars the full coverage comes to one hundred eighty four a month
C: mhm okay that's a bit less than what i'm paying now
A: i can set that up today and you'd be covered from the first
C: um i'm interested but can you email me all of it i want to go through it with my wife
A: of course what's the best email
C: it's delacroix at mailbox dot com
A: got it i'll send that over
C: yeah thanks""",
False, 0.0, "neutral", "interested, asks for email and to consult spouse; no commitment"),

("FR12_008", "Kwame Mensah", "2026-11-05T13:45:00", "clean",
"""A: Thank you for calling Orbit Mobile, you're speaking with Kwame.
C: Hi, I keep running out of data. I'm on the 10 gig plan.
A: I see that. The Unlimited plan is $55 a month, which is $15 more than you pay now.
C: Okay, switch me to that.
A: Done, it starts on your next bill. Do you travel at all? The international pass is $10 a month and covers 80 countries.
C: Actually, yes, I'm in Canada a lot for work. Add it.
A: Added. So $65 a month in total from the 12th.
C: Fine. Thanks.""",
True, 10.0, "neutral", "plan change to Unlimited (main); accepts international pass $10/month"),

("FR12_009", "Leila Haddad", "2026-11-06T10:50:00", "asr",
"""A: fixit laptop lab this is leila
C: hi i dropped off a laptop on monday the ticket number's four four nine one
A: let me pull that up is this the number ending in two two seven
C: yes that's my number
A: okay so the tech looked at it it needs a new screen and the hinge that comes to two hundred ninety
C: two ninety wow uh the laptop's like five years old
A: i understand do you want us to go ahead
C: no um i don't think so i'll just come pick it up
A: okay it'll be at the front desk
C: honestly kind of a letdown it took four days just to tell me that""",
False, 0.0, "negative", "yes only confirms phone number; repair declined; disappointed about wait"),

("FR12_010", "Ruben Vasquez", "2026-11-06T15:05:00", "clean",
"""A: Coastline Car Rental, Ruben speaking.
C: Hi, I need a car at the airport from the 19th to the 22nd.
A: I have a compact at $42 a day, so $126 for the three days.
C: That's fine, let's do it.
A: Great. There's room for five people?
C: It's four of us with ski bags.
A: Then you might want the SUV. It's $18 a day more, so $54 extra for the trip.
C: Yeah, that makes sense. Upgrade me.
A: Done. SUV, pick-up 10 am on the 19th, terminal B.
C: Perfect, thanks so much, you've saved me a headache.""",
True, 54.0, "positive", "books car; accepts SUV upgrade, $54 stated total; grateful"),

("FR12_011", "Ingrid Solberg", "2026-11-07T08:30:00", "asr",
"""A: good morning stillwater yoga ingrid speaking
C: hi um i came to the free trial class on saturday and i'd like to sign up for something
A: oh lovely we have the ten class pack for one hundred twenty or monthly unlimited for ninety five
C: i can only make it like once a week so the ten pack
A: perfect shall i put that on the card you used for the trial
C: yes please
A: done and we rent mats for three dollars a class if you need one
C: no i've got my own mat
A: no problem see you on saturday
C: great i really loved the teacher she was lovely""",
True, 0.0, "positive", "buys 10-class pack by yes to closing question; declines mat rental"),

("FR12_012", "Jamal Whitaker", "2026-11-09T11:00:00", "clean",
"""A: Benchmark Office Supply, Jamal.
C: Hi Jamal, it's Carol at Hendry & Park Accounting, account 20-4471. I need our usual paper order.
A: Twenty cases of letter, 8.5 by 11?
C: That's it.
A: Got it. Your last order had toner for the HP 4250 too. Those are $65 each right now.
C: Oh good you reminded me. Two of those.
A: Two toners at $65, added. Delivery Thursday.
C: Thursday works. Thanks.""",
True, 130.0, "neutral", "reorders paper; accepts two toners at $65 each = 130"),

("FR12_013", "Mei-Ling Chou", "2026-11-09T14:20:00", "asr",
"""A: riverside animal clinic this is mei ling
C: hi it's anna for biscuit the beagle she's due for her boosters
A: hi anna let me see i've got friday at three thirty
C: that's great put us down
A: done and she's also due a nail trim we can do it at the same time it's fifteen dollars
C: oh yes please she hates when i do it
A: okay friday three thirty boosters and nails
C: thank you you guys are always so good with her""",
True, 15.0, "positive", "books booster appointment; accepts nail trim $15; warm"),

("FR12_014", "Oliver Pennington", "2026-11-10T17:35:00", "clean",
"""A: Peak Performance Gym, Oliver here.
C: Hi, I want to join. The flyer said $29 a month.
A: Yes, that's the basic membership. I can sign you up now.
C: Sure, sign me up.
A: Great. There's a $79 annual maintenance fee charged today, and a 12-month minimum.
C: Wait, nobody mentioned that. The flyer didn't say anything about a fee.
A: It's in the small print on the back, I'm afraid.
C: Actually, forget it. Cancel the whole thing.
A: Okay, I haven't charged anything. Nothing's been set up.
C: Good. That's a pretty sneaky flyer.""",
False, 0.0, "negative", "signs up then retracts after fee disclosed; annoyed"),

("FR12_015", "Fatima Zahra Idrissi", "2026-11-10T12:10:00", "asr",
"""A: hotel mary sol reservations fatima speaking
C: hello i'd like a room for two people friday and saturday night the thirteenth and fourteenth
A: okay i have a queen room with a city view at one sixty nine a night
C: fine
A: so that's two nights friday thirteenth to sunday fifteenth two guests three hundred thirty eight before tax is that correct
C: yes that's correct
A: and breakfast for both of you for the stay would be eighty eight dollars altogether
C: uh yeah sure include breakfast
A: lovely you're confirmed
C: okay thank you""",
True, 88.0, "neutral", "confirms read-back; accepts breakfast $88 total; neutral"),

("FR12_016", "Nikolai Petrov", "2026-11-11T10:25:00", "clean",
"""A: Hi, this is Nikolai from Frostline Heating & Air. Your furnace is due for its yearly tune-up.
C: Oh, right. Is it already November?
A: It is. We have openings this week if you'd like to get it done before the cold weather.
C: I'm at work right now. Can you call me back next week?
A: Sure. Is Monday afternoon good?
C: Yes, call me back Monday after 3.
A: Will do. Have a good day.
C: You too.""",
False, 0.0, "neutral", "yes is to a callback, not a booking"),

("FR12_017", "Grace Adeyemi", "2026-11-12T16:00:00", "asr",
"""A: thank you for calling oakhaven furniture this is grace
C: yeah hi my sofa was supposed to come on tuesday it came today and there's a tear in the arm
A: oh no i'm so sorry can you send us a photo
C: i already sent three photos to the email address this morning
A: okay i see them we can send a repair tech or give you a credit of one fifty on your account
C: i don't want a repair i want a sofa that isn't ripped
A: a full replacement would be six to eight weeks
C: six to eight weeks um fine just give me the credit then
A: okay i've put the one fifty credit on
C: whatever fine""",
False, 0.0, "negative", "complaint; accepts credit (not a purchase); grudging and unhappy"),

("FR12_018", "Luca Bianchi", "2026-11-12T09:05:00", "clean",
"""A: Petal & Stem, this is Luca.
C: Hi! It's our anniversary on Saturday and I'd like flowers delivered to my wife's office.
A: Lovely. Our seasonal bouquet is $75, or the roses are $95.
C: The seasonal one, she's not really a roses person.
A: Good choice. I can put it in a glass vase for $20 so she doesn't have to find one at work.
C: Yes to the vase, that's smart.
A: And the card, what would you like it to say?
C: "Twelve years, still my favourite person. M."
A: Done. Delivery Saturday before noon to 300 Granville Street, 9th floor.
C: Thank you, this is perfect.""",
True, 20.0, "positive", "orders seasonal bouquet; accepts vase $20; pleased"),

("FR12_019", "Siobhan Keane", "2026-11-13T19:15:00", "asr",
"""A: hi you're through to greenline broadband siobhan speaking
C: hi um my internet's been down since about four and i work from home
A: okay sorry about that let me run a check on the line
C: mhm
A: right i can see the router dropped off can you unplug it for thirty seconds and plug it back in
C: okay hang on okay it's back in
A: and the lights now
C: they're going green oh it's working it's working
A: there you go it was stuck on an old connection
C: oh brilliant thank you so much i thought i'd lose the whole evening""",
False, 0.0, "positive", "support call, no sale; relieved and grateful at end"),

("FR12_020", "Arjun Mehta", "2026-11-13T11:45:00", "clean",
"""A: Hi, this is Arjun from Ledgerly. You're on our Starter plan and I wanted to tell you about Pro.
C: Okay, what's the difference?
A: Pro adds payroll and multi-user access. It's $39 a month instead of $19.
C: I'd do it if it were under $30. $39 is a lot for a two-person shop.
A: I understand. I can't change the price, unfortunately.
C: Then I'll stay where I am for now.
A: No problem. I'll note that you're interested.
C: Sure. Thanks for calling.""",
False, 0.0, "neutral", "conditional interest only; stays on current plan"),
]
