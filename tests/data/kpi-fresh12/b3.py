# FR12 batch 3 (FR12_041 - FR12_060), hand-written
CALLS = [
("FR12_041", "Priya Raman", "2026-11-03T14:10:00", "asr",
"""A: hi is that mister gallo it's priya from freshfloor carpet care you asked us to call about a quote
C: oh yes hi yeah
A: so for the three rooms you mentioned living room hallway and the big bedroom it comes to two hundred ten
C: okay that's about what i expected
A: i've got next tuesday or friday morning
C: friday morning's good put us down for friday
A: lovely and we can put a stain protect her on afterwards it's twenty five per room
C: um just the living room the dog lives in there basically
A: ha okay so stain protector on the living room only
C: yeah that's it
A: great friday from nine see you then
C: okay bye""",
True, 25.0, "neutral", "books Friday cleaning; protector on one room at $25 per room = 25"),

("FR12_042", "Marcus Oyelaran", "2026-11-04T08:20:00", "asr",
"""A: good morning hillcrest pharmacy marcus speaking
C: hi i'd like to book a flu jab for me and my husband this week
A: sure let me open the booking system uh
C: mhm
A: sorry it's not letting me book anything it's been down since yesterday
C: so can you write it down and book it later
A: i can't guarantee the slots i'm afraid you could try the website tomorrow
C: the website's what sent me to call you
A: i'm really sorry about that
C: so i've called for nothing basically okay""",
False, 0.0, "negative", "booking could not be made (system down); nothing booked; annoyed"),

("FR12_043", "Sofia Lindqvist", "2026-11-05T16:30:00", "clean",
"""A: Locked In Escape Rooms, Sofia speaking.
C: Hi! We want to book the Pharaoh's Tomb room for a birthday, 6 people.
A: Fun. I have Saturday at 4:30 or 7.
C: 4:30 please.
A: So, Pharaoh's Tomb, 6 players, Saturday 4:30, that's $32 each, $192 in total. Correct?
C: Yes, that's correct. Can we bring a cake?
A: Of course, there's a party room afterwards. We also do a photo package for $15.
C: No, we'll take our own photos.
A: No problem. You're all booked.
C: Amazing, she's going to love it.""",
True, 0.0, "positive", "confirms read-back then asks a question; declines photo package"),

("FR12_044", "Tomasz Wrobel", "2026-11-06T10:40:00", "clean",
"""A: Hi, it's Tomasz from Summit Roofing, following up on the quote we sent last week.
C: Oh, hi. Yes, we looked it over. $8,900 for the full replacement.
A: That's right. Any questions?
C: Not really. The other two quotes were higher. We're going with you.
A: Great. Did you see the gutter guard option on page two? That's an extra $450.
C: Yes, include the gutter guards.
A: Perfect. I'll send the contract with both items.
C: Send it over and I'll sign it today.
A: Will do. We can start the week of the 30th.
C: Okay, sounds fine.""",
True, 450.0, "neutral", "accepts roofing quote and will sign; gutter guards $450 accepted"),

("FR12_045", "Aiko Tanaka", "2026-11-07T12:00:00", "asr",
"""A: hi you're through to plateful meal kits aiko speaking
C: hi um i want to cancel or i don't know pause maybe we're away for a couple of weeks
A: no problem you can skip weeks instead of cancelling would you like to skip the next two deliveries
C: yeah skip the next two weeks
A: done so no box on the fourteenth or the twenty first and it starts again on the twenty eighth
C: okay and i won't be charged for those
A: that's right no charge for skipped weeks
C: okay great thanks""",
False, 0.0, "neutral", "skips deliveries on existing plan; no new purchase or renewal"),

("FR12_046", "Diego Castellanos", "2026-11-09T15:55:00", "asr",
"""A: voltmart electronics diego speaking
C: hi i saw the fifty five inch sony on your site the x eighty k is it in stock at the main street store
A: let me check yeah we've got four it's six forty nine
C: okay i'll take one can you hold it and i'll pay now over the phone
A: sure we also do a wall mount for one forty nine and installation for ninety nine
C: uh installation yeah that's worth it no mount i've got one
A: okay the tv plus installation
C: actually you know what drop the installation my brother said he'll do it
A: no problem just the tv then six forty nine
C: yep
A: it'll be at customer pickup from four""",
True, 0.0, "neutral", "buys TV; accepts installation then retracts it -> upsell 0"),

("FR12_047", "Hannah O'Brien", "2026-11-10T09:35:00", "clean",
"""A: PawSure Pet Insurance, this is Hannah.
C: Hi. I'm calling about claim 7781-22. It was turned down and I don't understand why.
A: Let me look. It says the knee surgery was for a pre-existing condition.
C: She was limping for the first time in August. We've been with you for three years.
A: The vet notes from 2024 mention a stiff leg on one visit.
C: One visit. Two years ago.
A: I can send it for an appeal review if you'd like.
C: Yes, please do that.
A: Done. You'll hear back within 10 working days.
C: Wonderful. So it's covered unless it actually happens. Good to know.""",
False, 0.0, "negative", "yes is to an appeal, not a purchase; sarcastic ending"),

("FR12_048", "Kwame Mensah", "2026-11-11T11:15:00", "clean",
"""A: Good morning, Harvest Table Catering, Kwame speaking.
C: Hi, this is Jules at Brightpath Consulting. We need lunch for our team day on the 20th. 30 people.
A: Lovely. Our working lunch is sandwiches, salads and fruit, $18 a head.
C: That works. Let's go with that.
A: Great. We can add a dessert platter, brownies and lemon bars, for $4 a head.
C: Yes, add desserts for everyone. It's the end of a long year.
A: Done. Delivery at 12:15 to 55 Wharf Street, 4th floor?
C: That's right.
A: You'll get the invoice today.
C: Thanks, Kwame, you've made my job easy.""",
True, 120.0, "positive", "orders lunch for 30; accepts desserts $4 a head x 30 people = 120"),

("FR12_049", "Leila Haddad", "2026-11-12T13:25:00", "asr",
"""A: hi salon verde this is leila
C: hi can i book a cut with jess sometime this week
A: jess has thursday at twelve or saturday at three
C: saturday at three please
A: lovely and she's suggesting a deep conditioning treatment with it for people with colour it's twenty dollars
C: oh yeah my hair's like straw at the moment yes please
A: okay saturday three with jess cut and treatment
C: ah thank you i'm already looking forward to it""",
True, 20.0, "positive", "books haircut; accepts treatment $20"),

("FR12_050", "Ruben Vasquez", "2026-11-13T17:50:00", "asr",
"""A: hi this is ruben from sunpeak solar how are you today
C: uh who is this
A: sunpeak solar we're doing free roof assessments in your area this week
C: no thanks
A: it only takes twenty minutes and most people save about
C: i said no thanks this is the fourth time you've called this month
A: i apologize i can
C: just take me off your list please
A: i'll remove your number
C: yeah""",
False, 0.0, "negative", "cold call refused; irritated by repeat calls"),

("FR12_051", "Ingrid Solberg", "2026-11-14T08:40:00", "clean",
"""A: Alpine Edge Rentals, Ingrid speaking.
C: Hi, we're coming up on the 27th and need skis for four, two adults and two kids.
A: Sure. Adult packages are $45 a day, kids $25. How many days?
C: Three days.
A: So that's 2 adults and 2 kids, skis, boots and poles, 27th to 29th, $420 in total. Is that right?
C: Yes, that's right. Oh wait, what time do you open?
A: 7:30. I've got you down. Would you like helmets? They're $10 a day each.
C: No, we have helmets.
A: No problem, see you on the 27th.
C: Okay, thanks.""",
True, 0.0, "neutral", "confirms read-back with follow-up question; declines helmets"),

("FR12_052", "Jamal Whitaker", "2026-11-16T09:10:00", "clean",
"""A: Metro Honda service desk, Jamal speaking.
C: I need an oil change. And please don't keep my car for four hours again like last time.
A: I'm sorry about that. I can do Wednesday at 8, first slot, so it should be quick.
C: Fine, Wednesday at 8.
A: Booked. Your cabin air filter is overdue, too. It's $45 to replace.
C: Sure, why not, do it while it's in.
A: And a tire rotation is $30.
C: No. Just those two things.
A: Got it. Oil change and cabin filter, Wednesday at 8.
C: And I want it back by 9:30. I mean it.""",
True, 45.0, "negative", "books oil change; accepts $45 filter, declines rotation; irritated tone throughout"),

("FR12_053", "Mei-Ling Chou", "2026-11-17T10:45:00", "asr",
"""A: brightsmile dental billing mei ling speaking
C: hi i think i've been charged twice for my check up on the third
A: let me have a look can i get your date of birth
C: it's the twelfth of march nineteen eighty eight
A: thank you oh yes i can see two payments of ninety five that's our mistake
C: okay
A: i've refunded one of them it'll be back on your card in three to five days
C: oh great that's a relief honestly i thought i'd have to fight for it thank you""",
False, 0.0, "positive", "billing fix and refund, no purchase; relieved"),

("FR12_054", "Oliver Pennington", "2026-11-18T18:25:00", "asr",
"""A: thanks for calling starlight cinemas oliver speaking
C: hi can i get two tickets for the eight fifteen showing of the long road tonight
A: sure two adults that's twenty eight can i take the card number
C: yeah four nine two nine
A: hmm it's come back declined can we try again
C: it's not declined i just used it
A: i'm sorry it's our card machine it's been doing this all day it's failed again
C: ugh this is the second time this has happened with you guys
A: i'm really sorry you can pay at the door
C: yeah whatever we'll just see if there's seats when we get there""",
False, 0.0, "negative", "payment fails, no tickets bought; annoyed"),

("FR12_055", "Fatima Zahra Idrissi", "2026-11-19T14:15:00", "clean",
"""A: Sparkle Home Cleaning, Fatima speaking.
C: Hi, I'd like to set up a regular clean. Every two weeks, three bedroom house.
A: Of course. That's $120 per visit, every other Friday.
C: Perfect, let's set it up starting next Friday.
A: Lovely. For the first visit we can do the inside of the oven, that's $35 extra.
C: Oh yes please, it's a disaster.
A: And the fridge is $30.
C: The fridge too, why not.
A: Great, so the first visit will be $185 and then $120 after that.
C: Thank you, honestly this is the best decision I've made all month.""",
True, 65.0, "positive", "sets up biweekly cleaning; accepts oven $35 + fridge $30 = 65"),

("FR12_056", "Nikolai Petrov", "2026-11-20T15:30:00", "clean",
"""A: Inkwell Printers support, Nikolai speaking.
C: My printer says "offline" and I've restarted it three times.
A: Let's try to re-add it. Is it the model IP-3300?
C: Yes, that's the model.
A: Okay, open Settings, then Printers, and remove it.
C: Done.
A: Now add it again and pick "Inkwell IP-3300 network".
C: It's not in the list. It's not there.
A: I'll need to escalate this to a second-line technician. They'll call in 24 to 48 hours.
C: I need to print tomorrow. Great. I'll deal with it myself.""",
False, 0.0, "negative", "support call unresolved; yes to model number only; frustrated"),

("FR12_057", "Grace Adeyemi", "2026-11-21T11:05:00", "asr",
"""A: hi thornfield manor events this is grace
C: hi we're getting married in twenty twenty eight and we'd love to see the barn
A: oh congratulations we do viewings on saturdays and wednesdays
C: could we come on saturday the fifth
A: yes i have ten thirty or two
C: ten thirty please that's perfect
A: lovely you're booked in for a viewing ten thirty saturday the fifth
C: oh that's so exciting thank you so much""",
True, 0.0, "positive", "books a venue viewing appointment (appointment counts); excited"),

("FR12_058", "Luca Bianchi", "2026-11-23T16:20:00", "asr",
"""A: hi it's luca from greenroot landscaping returning your call about a fall clean up
C: oh hi yes
A: for the front and back leaves beds and the gutters it's three eighty
C: okay that sounds fair let's do it
A: great i can do the tenth
C: hang on my husband's saying something
C: sorry scratch that he says he's going to do it himself this year
A: no problem at all
C: sorry about that he's very sure of himself
A: ha give us a call if he changes his mind
C: will do bye""",
False, 0.0, "neutral", "commits then retracts after spouse objects; friendly but no strong sentiment"),

("FR12_059", "Siobhan Keane", "2026-11-24T13:40:00", "clean",
"""A: Harbour City FC ticket office, Siobhan speaking.
C: Hi, I'm renewing my season ticket, block F, row 12.
A: Great, I have you here. The renewal is $640 for next season.
C: Yes, renew it please.
A: Done. There are seats in the new lower tier in block C for an extra $120 for the season, if you'd like to move closer.
C: Closer to the pitch? Go on, move me.
A: Moved. Block C, row 4, seat 17.
C: Brilliant. Twenty years I've had that ticket, best money I spend all year.""",
True, 120.0, "positive", "renews season ticket; accepts seat upgrade $120"),

("FR12_060", "Arjun Mehta", "2026-11-25T12:50:00", "clean",
"""A: QuickFix Phone Repair, Arjun speaking.
C: Hi, my screen is cracked. It's an iPhone 13. Your website says $99.
A: I'm sorry, that's for the iPhone 12. The 13 is $129.
C: So the website is wrong.
A: It's out of date, I'll flag it. Would you like me to book you in for Saturday?
C: No. I'll walk in sometime and see if it's still $129 by then.
A: We take walk-ins until 5.
C: Right.""",
False, 0.0, "negative", "declines booking; annoyed about price mismatch"),
]
