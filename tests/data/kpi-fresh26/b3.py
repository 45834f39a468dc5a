# FR26 batch 3 (calls 041-060), written by hand
CALLS = [
("FR26_041", "Lucia Ferreira", "2026-11-25T09:30:00", "clean", """A: Crestmark Bank, Lucia speaking.
C: Hi, my partner and I want to open a joint checking account.
A: Happy to help. The Everyday Joint account has no monthly fee if you deposit $1,500 a month.
C: We both get paid here, so that's easy. Yes, let's open it.
A: Great. I'll need both your dates of birth and addresses.
C: We both live at 44 Greenway Drive. I'm 03/14/1991 and he's 07/02/1989.
A: Thank you. The account is open. We also rent safe deposit boxes at the Main Street branch, small is $75 a year.
C: Actually, yes, we'll take the small box. We have passports and some papers lying in a drawer.
A: Done, you can pick up the keys at the branch.
C: Okay. Thanks.""", True, 75.0, "neutral", "joint account opened; safe deposit box $75/yr accepted; deposit threshold and dates not prices; neutral"),

("FR26_042", "Sam Whitaker", "2026-11-25T12:12:00", "asr", """A: metrolink cable this is sam
C: yeah my bill is two hundred and six dollars it's normally ninety
A: let me take a look i see a promotional credit expired and there's a pay per view charge
C: i never ordered any pay per view ever
A: okay i've removed the pay per view that's sixty four ninety nine credited
C: and the promo
A: i can't restore that one but i could get you a faster speed tier for just ten more a month
C: are you seriously trying to sell me something right now no
A: understood
C: this is the worst company i've ever dealt with
A: i'm sorry you feel that way
C: yeah bye""", False, 0.0, "negative", "billing complaint; credit is not a sale; upgrade refused; furious"),

("FR26_043", "Grace Liu", "2026-11-26T08:45:00", "clean", """A: FlowRight Plumbing, Grace speaking.
C: Hi. My kitchen tap has been dripping for a week. Can someone come out?
A: Sure. The call-out is $95, including the first half hour. I have tomorrow, 1 to 3.
C: Tomorrow 1 to 3, fine, book it.
A: Booked. Anything else the plumber should look at?
C: Well, the water heater has been making knocking noises.
A: He can service it on the same visit for $120.
C: Yeah, might as well. Do it.
A: Added. Address is still 51 Fern Lane?
C: Yes. And last time your guy was three hours late, so I hope this time is better.
A: I'll put a note on it.
C: Let's hope he actually turns up this time.""", True, 120.0, "negative", "repair booked; water heater service $120 accepted; call-out is main/fee; ends sceptical"),

("FR26_044", "Omar Haddad", "2026-11-26T16:05:00", "asr", """A: good afternoon la perla this is omar
C: hi i'd like a table for two on saturday at eight it's our anniversary
A: congratulations yes i have a window table at eight
C: oh perfect please book it under malik
A: done would you like champagne waiting at the table it's forty five for the bottle
C: ooh yes let's do that
A: and we can do a small anniversary cake for twenty
C: no we'll have dessert from the menu
A: of course so table for two at eight with champagne
C: yes that's right thank you so much this is going to be lovely""", True, 45.0, "positive", "reservation confirmed; champagne $45 accepted; cake declined; happy"),

("FR26_045", "Nina Petrova", "2026-11-27T10:25:00", "clean", """A: Hi, this is Nina calling from ShieldPoint Antivirus. Your licence expires on Sunday.
C: Oh, right. Yes, I got the email.
A: Renewal is $59.99 for the year. Shall I renew it for you?
C: Yes, renew it.
A: Done. We also have ShieldPoint VPN for $29.99 a year.
C: I'd take the VPN if it covered five devices. We've got five in the house.
A: It covers three devices, I'm afraid.
C: Then no, not worth it.
A: Understood. Your renewal's confirmed.
C: Okay.""", True, 0.0, "neutral", "renewal accepted; VPN conditional (5 devices) not met -> no upsell"),

("FR26_046", "Jake Morrison", "2026-11-27T13:50:00", "asr", """A: tread pros this is jake
C: hi i called this morning about tires for my rav four and nobody called me back
A: sorry about that what size are they
C: two twenty five sixty five r seventeen
A: okay the all season michelins are one sixty each
C: fine four of those
A: four michelins and i'd recommend a wheel alignment with new tires eighty nine ninety nine
C: yeah okay add the alignment
A: you're booked for tomorrow at nine
C: i'm not happy with how long this is taking honestly i've been on hold twenty minutes
A: i'm sorry about the wait
C: fine whatever just have it ready""", True, 89.99, "negative", "four tires main (size is not a price); alignment $89.99 accepted; annoyed"),

("FR26_047", "Rosa Delgado", "2026-11-28T11:40:00", "clean", """A: Andes Adventures, Rosa speaking.
C: Hi, I'm looking at the 8-day Inca Trail trek in May. What's the price?
A: It's $2,450 per person, including guides, porters and meals.
C: For two people that's nearly five grand.
A: It is. There's a $200 early booking discount until the 30th.
C: To be honest, that's a lot more than the other company quoted me.
A: Our groups are smaller, 8 people at most.
C: Sounds good, I'll think about it and call back.
A: Of course. I'll email the itinerary.
C: Fine. I'm not impressed with the price, though.""", False, 0.0, "negative", "price enquiry, 'I'll think about it' = no conversion; polite but negative"),

("FR26_048", "Kevin Park", "2026-11-28T17:22:00", "asr", """A: fresh crate this is kevin
C: hi i'd like to start the weekly veggie box
A: great the family box is sixty nine a week delivered on tuesdays
C: yeah let's do the family one
A: done we also do a fruit box add on for twelve and a bag of local coffee for eighteen
C: oh yes the fruit and um yes the coffee too my husband will love that
A: both added your first delivery is tuesday the first
C: to three eighty one harbour road
A: yes three eighty one harbour road
C: amazing i've heard such good things about you guys""", True, 30.0, "positive", "weekly box main; fruit $12 + coffee $18 = 30; address not a price; positive"),

("FR26_049", "Priya Nair", "2026-11-30T09:10:00", "clean", """A: ClearView Optometry, Priya speaking.
C: Hi, I need an eye exam. My glasses prescription is two years old.
A: Sure. I have Wednesday the 2nd at 11:45. The exam is $85.
C: That works. Book it, please.
A: Done. We also offer retinal imaging for $39. It's a photo of the back of the eye, no dilation drops.
C: No drops? Yes, do the imaging then.
A: Added. Please bring your current glasses.
C: Will do.
A: See you Wednesday.
C: Okay, bye.""", True, 39.0, "neutral", "exam booked; imaging $39 accepted; neutral"),

("FR26_050", "Marcus Bell", "2026-11-30T14:15:00", "asr", """A: pawsure pet insurance this is marcus
C: hi i just adopted a puppy and i want to get her insured
A: congratulations what breed and age
C: she's a lab mix about ten weeks
A: the standard plan would be twenty four a month
C: okay sign us up
A: great we have dental cover for six dollars a month and a wellness plan for eleven a month
C: yeah add both
A: both added
C: actually no take the wellness one off our vet already does a puppy package
A: done so standard plus dental
C: perfect thank you you've been really lovely""", True, 6.0, "positive", "plan sign-up; dental $6/mo kept; wellness accepted then retracted; positive"),

("FR26_051", "Hana Kowalski", "2026-11-02T17:20:00", "clean", """A: Brightwater Energy home services, Hana speaking.
C: Hi, I saw the advert for smart thermostats. How much is it?
A: The Nest-style unit is $199 installed, and you'd get a $50 rebate.
C: Does it work with an oil boiler?
A: Yes, most oil boilers are compatible.
C: Hm. I'm interested. Can you send me a brochure?
A: Of course, to 12 Mill Street?
C: Yes, that's my address.
A: It'll go out this week.
C: Okay, thanks.""", False, 0.0, "neutral", "enquiry; brochure request is not a purchase; 'yes' to address"),

("FR26_052", "Diego Ortiz", "2026-11-06T19:40:00", "asr", """A: bounce zone parties this is diego
C: hi i want to book a birthday party for my son he's turning seven
A: happy birthday the party package is three hundred for up to ten kids
C: great we've got exactly ten kids
A: i have saturday the twelfth at two
C: yes book that one
A: done would you like pizza it's fifteen per kid
C: yeah pizza for all ten
A: and party bags are six each
C: nah skip the bags
A: okay ten pizzas added
C: thank you so much he's going to be over the moon""", True, 150.0, "positive", "party booked; pizza $15 x 10 kids = 150; bags declined; happy"),

("FR26_053", "Fatima Sheikh", "2026-11-08T11:15:00", "clean", """A: Northstar Mobile upgrades, Fatima speaking. You're eligible for an upgrade!
C: Yes, I got your text. Four texts, actually.
A: The new Nova 12 Pro is $999, or we can spread it over 24 months. And a case is $49.
C: Oh wonderful, a thousand dollars for a phone that'll be slow in a year.
A: It does have the best camera we've ever sold.
C: My current phone takes photos just fine.
A: Would you like to try it in store?
C: No. And please stop texting me about upgrades.
A: I'll note that on your account.
C: Thanks. Bye.""", False, 0.0, "negative", "upgrade refused; sarcasm; annoyed about texts"),

("FR26_054", "Tom Reilly", "2026-11-15T10:30:00", "asr", """A: guardian pest control this is tom
C: hi i called yesterday about mice and nobody got back to me i was pretty annoyed
A: i'm really sorry about that let's sort it now
C: okay we've got mice in the kitchen
A: the treatment visit is one fifty and i have thursday morning
C: thursday's fine go ahead and book it
A: booked do you have a garage
C: yeah attached
A: we can treat the garage too for forty they often come in that way
C: okay yes do the garage as well
A: done the tech will call thirty minutes before
C: okay thank you that's actually really helpful""", True, 40.0, "positive", "treatment booked; garage $40 accepted; annoyed start, thankful end"),

("FR26_055", "Aiko Tanaka", "2026-11-22T09:50:00", "clean", """A: Pipeline CRM, this is Aiko.
C: Hello. We've finished the pilot and we want 10 seats on the Growth plan.
A: Great. Growth is $25 per seat per month, so 10 seats. Shall I set that up?
C: Yes, please.
A: Done. We also run a guided onboarding session for your team, normally $300.
C: That's steep for a two-hour call.
A: For a 10-seat account I can do $250.
C: Alright, $250 is acceptable. Book it for next week.
A: Tuesday at 10 a.m. Eastern?
C: That works.
A: Perfect, invites coming.
C: Fine. Thank you.""", True, 250.0, "neutral", "seats main; onboarding revised $300->$250 accepted; neutral"),

("FR26_056", "Ben Okafor", "2026-11-29T13:05:00", "asr", """A: oakline furniture this is ben
C: hi i ordered the carlton sofa last week and the delivery date moved again
A: sorry about that i see it's now the nineteenth
C: it was the fifth then the twelfth now the nineteenth this is really frustrating
A: i understand it's a supplier delay
C: also can i add that fabric protection thing to the order
A: the stain protection yes that's seventy nine
C: yeah add it we've got a toddler
A: added to your order
C: fine but i'm not happy about the delay at all
A: i've noted that
C: okay""", True, 79.0, "negative", "add-on to earlier sofa order, $79 = conversion + upsell (see README); frustrated"),

("FR26_057", "Lucia Ferreira", "2026-11-25T18:10:00", "clean", """A: Saffron Table Catering, Lucia speaking.
C: Hi, I'd like catering for 40 people on Saturday the 19th. It's my dad's 70th.
A: Oh, I'm sorry, we're fully booked on the 19th.
C: Completely? Even just trays for pick-up?
A: I'm afraid so. The kitchen's at capacity with two weddings. I could do the 20th.
C: The party's on the 19th, so no.
A: I'm really sorry.
C: Oh. That's a real shame, we were counting on you.
A: I can recommend a colleague's business.
C: No, it's fine. I'll sort something out.""", False, 0.0, "negative", "fully booked, alternative date refused; quietly disappointed"),

("FR26_058", "Sam Whitaker", "2026-11-19T08:20:00", "asr", """A: crestmark bank this is sam
C: hi there's a thirty five dollar overdraft fee on my account and i'm pretty sure i wasn't overdrawn
A: let me check you're right the deposit posted the same morning i'll reverse the fee
C: oh great thank you
A: done also you're pre approved for our cash back card
C: no thanks i'm trying to keep it simple
A: no problem
C: honestly that's brilliant thank you you've been really helpful
A: happy to help
C: bye""", False, 0.0, "positive", "fee reversal is not a sale; card declined; grateful"),

("FR26_059", "Grace Liu", "2026-11-12T08:05:00", "clean", """A: SkyWest Air, Grace speaking.
C: My 9 a.m. to Chicago was just cancelled. I've been at the airport since half five.
A: I'm sorry. I can rebook you at no charge on the 2:40 p.m. flight, the next one with seats.
C: Five hours. Fine, do it.
A: Done. Seat 14C.
C: This is the second time this year you've cancelled on me.
A: I understand. I can also sell you a lounge pass for $45 while you wait.
C: Fine, yes, I'll take the lounge pass. I'm not sitting at the gate for five hours.
A: Added, it's on your boarding pass.
C: Honestly, I'm done flying with you after this.""", True, 45.0, "negative", "free rebooking not counted on its own; lounge pass $45 purchase = conversion + upsell (see README); angry"),

("FR26_060", "Omar Haddad", "2026-11-26T19:55:00", "asr", """A: hi this is omar from lakeside auto your lease is ending in january
C: oh yeah i know
A: we have some great offers on the new model do you want to come in and look
C: uh maybe next month i'm not ready yet
A: sure i could put you down for a test drive on the tenth
C: no let's leave it for now i'll call you
A: no problem do you still have the same number
C: yes that's my number
A: great talk soon
C: okay bye""", False, 0.0, "neutral", "deferral; 'yes' to phone number; neutral"),
]
