# FR33 batch 3 (calls FR33_041-FR33_060), hand-written.
CALLS = [
("FR33_041", "Sofia Rossi", "2026-11-02T18:10:00", "asr", """A: pulse fitness this is sofia
C: hey um i just moved to the area and i'm looking at joining
A: welcome we have the standard at thirty nine a month or all access at fifty nine
C: what's the difference
A: all access gets you all six locations and the pool
C: oh the pool uh yeah all access
A: great i can sign you up right now over the phone
C: sure let's do it
A: perfect and new members can get three personal training sessions for one fifty it's normally two ten
C: mm three for one fifty okay yeah i could use somebody yelling at me
A: ha done you're all set your card will be at the front desk
C: awesome thanks i'm actually excited""",
 True, 150.00, "positive", "picked all-access membership and agreed to sign up; training bundle three for $150 (revised from 210) accepted"),

("FR33_042", "Kwame Mensah", "2026-11-03T12:30:00", "clean", """A: Harborview Arena, Kwame speaking.
C: Hi, I'd like four general admission tickets for the Saturday hockey game.
A: Sure. That's $38 each, $152 total, plus fees. Confirm four GA for Saturday the 14th?
C: Yes, that's correct.
A: Great, they're booked. Anything else?
C: Actually, could we upgrade two of them to the club level? My dad uses a cane.
A: Let me check... I'm sorry, the club level is sold out for Saturday. I can flag accessible seating in your section at no charge.
C: Oh, that works. Yes, please do that.
A: Done. Aisle seats with a handrail.
C: Okay, good. Thanks.""",
 True, 0.0, "neutral", "GA tickets confirmed on read-back; wanted club upgrade sold out (not fulfilled); free accessible seating is not an upsell"),

("FR33_043", "Hannah Weiss", "2026-11-04T09:40:00", "asr", """A: lakeside physio hannah speaking
C: hi um my doctor referred me for my knee and i need to get in soon
A: okay let me look the earliest new patient slot is january eighth
C: january that's like seven weeks
A: i know we're really backed up i can add you to the cancellation list
C: uh yeah put me on that i guess
A: done and we'd call you the day before if something opens
C: and there's nothing at the other clinic
A: the downtown one is also full until january
C: great so i just limp around until then
A: i'm sorry we'll call as soon as something comes up
C: yeah okay""",
 False, 0.0, "negative", "no appointment booked, only put on a cancellation list (not a booking); sarcastic 'great'"),

("FR33_044", "Raj Patel", "2026-11-05T10:20:00", "asr", """A: tasknest this is raj
C: hi uh we're on the basic plan and we keep hitting the project limit
A: yeah basic caps at ten projects pro is unlimited
C: what's pro cost for us
A: you have twelve users so pro would be one forty four a month instead of ninety six
C: okay um that's fine let's move to pro
A: great switching you now and since you mentioned your it team wants single sign on that's an add on two hundred bucks a year
C: two hundred a year uh let me think
A: sure
C: yeah no okay add it they've been on me about it for months
A: done pro with sso effective today
C: cool thanks raj""",
 True, 200.00, "neutral", "paid plan change to pro (main); sso add-on 'two hundred bucks a year' accepted after a pause ('yeah no okay add it')"),

("FR33_045", "Elena Popescu", "2026-11-06T12:55:00", "clean", """A: Northgate Bank, Elena speaking.
C: Hi, my partner and I are thinking about buying our first house and honestly we have no idea where to start.
A: That's exciting! The best first step is a pre-approval meeting with one of our mortgage advisers. It's free and takes about an hour.
C: Okay. Do we both need to come?
A: Ideally, yes. I have Wednesday the 18th at 5:30 pm or Saturday the 21st at 10 am.
C: Saturday's better. We both work late.
A: Great, so Saturday the 21st at 10 am at the Elm Street branch, with Jordan Reyes. Shall I book that?
C: Yes, please book it.
A: Booked. Bring two recent pay stubs and your last two tax returns.
C: Got it. Thank you, this feels a lot less scary now.""",
 True, 0.0, "positive", "appointment booked (free advice meeting still counts as a booking); nervous start, relieved end"),

("FR33_046", "Marcus Reed", "2026-11-09T08:25:00", "asr", """A: summit roofing this is marcus
C: yeah hi i've got water coming through my ceiling in the upstairs bathroom
A: oh no okay our next full inspection slot is december second
C: december second oh great i'll just put a bucket out for two weeks perfect
A: i know it's not ideal what i can do is send a crew tomorrow to tarp it as a temporary fix
C: how much is that
A: it's one seventy five and if you do the repair with us it comes off the bill
C: ugh fine send them tomorrow
A: okay tomorrow between eight and ten at um sixty two ridge road right
C: yeah sixty two ridge
A: got it you're booked for the tarp and i'll keep the december second inspection for you
C: yeah whatever just make sure they actually show up this time""",
 True, 0.0, "negative", "grudgingly books tarp visit ($175 is the main service, not an upsell); sarcasm about the wait"),

("FR33_047", "Aiko Tanaka", "2026-11-10T15:05:00", "clean", """A: Notepine billing, this is Aiko.
C: Hi. I'm on Premium at $14.99 a month and I'm really not using the AI features. Can I drop down to Plus?
A: Of course. Plus is $6.99 a month. You'd keep sync and sharing, but lose the AI summaries and the 100 GB storage.
C: How much storage does Plus have?
A: 20 GB. You're using about 3 right now.
C: Then yes, switch me to Plus.
A: Done. The change takes effect on your next billing date, December 4th.
C: And I won't lose any of my notes?
A: Not a single one.
C: Okay. Thanks.""",
 True, 0.0, "neutral", "downgrade to a cheaper paid plan = paid plan change -> conversion; no upsell"),

("FR33_048", "Jonas Berg", "2026-11-11T17:45:00", "asr", """A: hey it's jonas from hillside motors returning your call about the outback
C: yeah hi so um we talked it over and we want it at the price we discussed
A: twenty three four ninety out the door right
C: yeah twenty three four ninety
A: awesome i'll get the paperwork going can you come in tomorrow to sign
C: yeah tomorrow after four
A: perfect and did you think about the extended warranty
C: the eighteen hundred one yeah that felt steep
A: i talked to my manager i can do it for fifteen hundred
C: fifteen hundred okay yeah at that price we'll take it
A: great i'll add it see you tomorrow after four
C: awesome we're really excited honestly thanks for being so patient with us""",
 True, 1500.00, "positive", "car bought at 23,490 (main); warranty revised 1800 -> 1500 and accepted at 1500"),

("FR33_049", "Maya Ortiz", "2026-11-12T11:15:00", "asr", """A: brightline fiber this is maya
C: hi um i've got your internet and i was wondering about adding tv
A: sure we have the starter package with about sixty channels for twenty five a month
C: does it have espn
A: espn is in the sports back that's another twelve
C: so thirty seven total a month
A: yes plus the box which is free for the first year
C: hm okay um that sounds good i'll think about it and talk to my roommate since we split the bill
A: of course want me to email you the details
C: yeah that's fine the email you have is right
A: sent
C: okay thanks""",
 False, 0.0, "neutral", "interest then deferral ('sounds good i'll think about it'); yes only to email; 'sports back' mis-heard 'sports pack'"),

("FR33_050", "Daniel Kim", "2026-11-13T12:05:00", "clean", """A: Casa Lumbre, Daniel speaking.
C: Hi. We had dinner there Saturday, party of four, and the fish was clearly off. Two of us were sick all Sunday.
A: I'm so sorry. That's serious. Can I get your name so the manager can follow up?
C: Ellen Brody. I'm not looking for a coupon. I want someone to take this seriously.
A: I understand completely. I'm filing a report with the kitchen manager right now, and I'll refund your check, $164.
C: Fine. The refund is the least you can do.
A: The manager, Carla, will call you tomorrow.
C: Tomorrow morning, please. And I'd like to know what the kitchen finds.
A: I'll make sure she tells you.
C: Okay. We've been coming there for years. This was really disappointing.""",
 False, 0.0, "negative", "complaint with refund, nothing bought; controlled but clearly unhappy"),

("FR33_051", "Priya Nair", "2026-11-16T09:35:00", "asr", """A: hi is this jamal this is priya with harbor pet you requested a quote for your dog
C: oh yeah for biscuit
A: so for a three year old beagle the accident and illness plan is thirty two a month
C: mhm
A: with a two fifty deductible
C: okay and that covers like if he eats a sock again
A: yes foreign body surgery is covered
C: ha okay then yeah let's do it sign him up
A: great and the wellness add on covers vaccines and checkups for fifteen a month
C: uh fifteen more hm yeah okay add the wellness too his shots are coming up
A: done biscuit is covered starting tomorrow
C: alright thanks""",
 True, 15.00, "neutral", "outbound pet insurance sign-up; wellness add-on $15/mo accepted; deductible and dog's age not prices"),

("FR33_052", "Tom Becker", "2026-11-17T19:30:00", "asr", """A: voltmart customer care tom speaking
C: yeah my order says delivered and there's nothing here
A: i'm sorry about that what's the order number
C: v m eight one one four six
A: okay it shows left at front door yesterday at two fourteen pm
C: i was home all day nobody came this is the third time this has happened with you guys
A: i'm really sorry i can reship it today at no charge or refund it
C: just refund it i'll get it somewhere that actually delivers
A: okay the refund of sixty two forty is processed
C: great thanks for nothing""",
 False, 0.0, "negative", "lost delivery refunded, no purchase; sarcastic 'great thanks for nothing'"),

("FR33_053", "Lucia Ferreira", "2026-11-18T11:00:00", "clean", """A: Hi, is this Marco? This is Lucia from Ledgerly. You used us for your bakery's books until last spring.
C: Oh, hey. Yeah, I switched to a spreadsheet. Big mistake, honestly.
A: Ha, we hear that a lot. We have a come-back offer: the Small Business plan at $15 a month for the first year instead of $25.
C: Really? Okay, that's actually good timing, tax season is coming.
A: Would you like me to reactivate your account? All your old data is still there.
C: Yes, please, let's do that.
A: Done. We also have invoice templates with your logo for $5 a month.
C: Sure, throw those in. My invoices look like ransom notes.
A: Added. You'll get a login email in a minute.
C: Perfect. Thanks for calling, seriously.""",
 True, 5.00, "positive", "outbound win-back: reactivation accepted; templates $5/mo accepted"),

("FR33_054", "Omar Haddad", "2026-11-18T14:20:00", "asr", """A: skyward travel omar speaking
C: hi i'd like to book the harbor view hotel in boston for the ninth and tenth
A: sure let me check um one king room two nights that's four sixty total
C: yeah go ahead and book it
A: okay i'm trying to confirm it and um it just came back unavailable i'm sorry the last room went while we were talking
C: oh no
A: i do have the marlow two blocks away for five ten
C: hm no that's more than i want to spend
A: i understand
C: okay no worries i'll look around myself
A: sorry again
C: it's fine bye""",
 False, 0.0, "neutral", "booking failed (room gone), alternative declined -> no conversion; takes it calmly"),

("FR33_055", "Grace Liu", "2026-11-19T16:50:00", "asr", """A: riverside power grace speaking
C: hi um i got a disconnect notice and i'm really stressed about it
A: okay let's sort it out can i get the account number
C: it's seven seven three oh one one eight four two
A: thanks you have a balance of four hundred six
C: yeah i lost my job in september i just can't pay it all at once
A: i understand i can set up a payment plan six payments of about sixty eight on top of your regular bill and stop the disconnect
C: oh my gosh yes please
A: done the disconnect is cancelled
C: thank you so much i was honestly panicking you've been so kind
A: of course take care
C: you too""",
 False, 0.0, "positive", "payment arrangement on an existing balance is not a purchase; stressed start, very grateful end"),

("FR33_056", "Ben Carter", "2026-11-19T08:05:00", "clean", """A: Westgate Honda service, Ben speaking.
C: Hi, my CR-V is due for the 60,000-mile service. Can I get in next week?
A: Sure. The 60k service is $420. I have Tuesday at 7:30 am or Thursday at 1 pm.
C: Tuesday at 7:30. I'll drop it before work.
A: Tuesday the 24th at 7:30 am, 60k service, loaner car requested?
C: Yes, that's right, I'll need a loaner.
A: Noted. Your records show the wiper blades haven't been changed in two years. Front and rear are $38 installed.
C: Yeah, they're streaking. Go ahead.
A: Added. See you Tuesday.
C: Thanks.""",
 True, 38.00, "neutral", "service booked (picked slot, confirmed read-back); wipers $38 accepted; 60,000 miles is not a price"),

("FR33_057", "Sofia Rossi", "2026-11-20T12:15:00", "asr", """A: verde kitchen this is sofia
C: hi yeah pickup order um two carne asada burritos
A: okay two carne asada that's twenty six
C: and uh three horchatas
A: horchatas are two fifty each
C: yeah three
A: and churros today are five for an order
C: sure one churros
A: so two burritos three horchatas and churros
C: wait no skip the churros my sister's bringing dessert
A: okay no churros so thirty three fifty it'll be ready in twenty minutes
C: cool thanks""",
 True, 7.50, "neutral", "burritos main; three horchatas at 2.50 each = 7.50 (quantity said apart from price); churros accepted then retracted by name"),

("FR33_058", "Kwame Mensah", "2026-11-20T17:25:00", "asr", """A: harborview arena customer service kwame speaking
C: yeah i'm calling about the refund for the riverfront festival the one that got cancelled
A: okay i'm sorry about that can i get the order number
C: it's h a one two two nine zero
A: thanks i see four passes at one twenty each refunds are going out within thirty days
C: thirty days it's already been three weeks and nobody answers emails
A: i know i'm sorry we're really behind
C: you guys had my money in two seconds but it takes a month to give it back unbelievable
A: i can flag it as urgent
C: yeah do that and honestly i'm never buying through you again
A: understood i've flagged it
C: mhm bye""",
 False, 0.0, "negative", "refund chase for a cancelled event; 'yeah do that' is for flagging, not a purchase; angry"),

("FR33_059", "Hannah Weiss", "2026-11-23T10:10:00", "clean", """A: Maple Street Veterinary, Hannah speaking.
C: Hi, my cat Pepper hasn't eaten since yesterday and she's hiding under the bed. I'm worried.
A: Poor thing. We'd like to see her today. I have 3:40 with Dr. Amin.
C: Yes, I'll take the 3:40. Thank you.
A: Booked. The exam is $68. While she's here, would you like us to do her nail trim? It's $15.
C: Sure, she hates it at home anyway.
A: Added. Bring her in a carrier, and if she has any vomiting before then, call us right away.
C: Okay. Will do.
A: See you at 3:40.
C: Thank you so much for fitting her in, I really appreciate it.""",
 True, 15.00, "positive", "same-day vet appointment booked; nail trim $15 accepted; worried start, grateful end"),

("FR33_060", "Raj Patel", "2026-11-23T14:40:00", "clean", """A: Cloudvault sales, Raj speaking.
C: Hi, I'm setting up backup for our dental office. Your website says $49 a month.
A: That's right, for up to 10 computers. Shall I get you started today?
C: Yes, let's do it. We have 7 machines.
A: Great. I'll send the agreement. It's a 36-month term, billed annually.
C: Wait, three years? Billed annually? The website says monthly.
A: The monthly price is the equivalent. Billing is annual, $588 a year.
C: No, that's not what you advertise. I'm not signing a three-year contract. Cancel it.
A: I understand. I can check if a 12-month term is possible.
C: Don't bother. That's a bait-and-switch, frankly.
A: Understood, I've cancelled the setup.""",
 False, 0.0, "negative", "committed ('let's do it') then retracted after contract terms -> no conversion; angry"),
]
