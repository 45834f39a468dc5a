CALLS = [
("FR7_061","Derek Owusu","2026-11-18T09:10:00","asr","""a: welcome to clearline internet this is derek
c: hi i just moved into a new place i need internet set up
a: sure the three hundred meg plan is fifty a month
c: okay that's fine let's get it going
a: great the first install window i have is december second
c: december second that's two weeks that's pathetic
a: i'm sorry we're backed up in your area for the router you can use your own or rent ours for fifteen a month
c: uh mine's ancient so rent yours i guess
a: okay plan plus router rental install on the second between eight and twelve
c: fine but if the tech doesn't show up i'm cancelling""",True,15.00,"negative","internet plan main; router rental $15/mo accepted = 15; negative"),
("FR7_062","Margaret Ellison","2026-11-18T10:30:00","clean","""A: Silver Oak Vineyards wine club, Margaret speaking.
C: Hi, we visited last weekend and I'd love to join the club.
A: Wonderful! The Cellar membership is $89 per quarter for three bottles. Shall I enroll you?
C: Yes, enroll me please.
A: We also have the engraved Silver Oak glasses, the pair for $24.
C: Oh, those were in the tasting room! Yes, add the pair.
A: You're enrolled and the glasses will ship with your first box.
C: I'm delighted, that tasting was the highlight of our trip.""",True,24.00,"positive","membership main; glasses 'the pair for $24' = 24"),
("FR7_063","Diego Fernandez","2026-11-18T11:40:00","asr","""a: wanderlust travel diego speaking
c: hi we're thinking about italy in may like ten days rome florence venice
a: oh lovely i put together a package for two flights hotels trains around forty eight hundred
c: oh wow that's less than i thought
a: that includes four star hotels and the train passes
c: um does it include like a tour of the vatican or is that extra
a: the vatican tour is extra it's about ninety per person with skip the line
c: mm hm okay and venice how many nights
a: two nights in venice three in florence and the rest in rome
c: uh could we do three in venice instead
a: sure i'd take one night from rome the price stays about the same
c: yeah that's that's better
a: and flights are out of newark on the eleventh
c: newark is fine
a: great so do you want me to go ahead and book it
c: that sounds amazing honestly um i just need to confirm the dates with my husband's work
a: of course i'll hold the quote for a week
c: perfect thank you so much this is so exciting""",False,0.00,"positive","quote, deferral; very positive"),
("FR7_064","Keith Brennan","2026-11-18T13:25:00","clean","""A: AutoParts Express, Keith speaking.
C: I need front brake pads for a 2017 F-150.
A: The ceramic set is $78. Want me to order it?
C: Yes, order the pads.
A: Are your rotors okay? If they're scored, new rotors are $54.50 each.
C: They're grooved, yeah. Give me both rotors.
A: Pads plus two rotors, $187 total, ready for pickup tomorrow.
C: Okay.""",True,109.00,"neutral","pads main; rotors 2 x 54.50 = 109"),
("FR7_065","Victor Petrov","2026-11-18T14:50:00","asr","""a: quicklube service center victor speaking
c: yeah you called about my car
a: yes the mechanic found the water pump is leaking it's six forty with labor
c: six hundred and forty dollars are you kidding me i came in for an oil change
a: i know it's a lot but it's leaking coolant it's not safe to drive far
c: ugh fine go ahead do the pump
a: okay and your wiper blades are torn want us to replace them twenty four for the pair
c: sure whatever add the wipers
a: okay it'll be ready tomorrow afternoon
c: this car is bleeding me dry""",True,24.00,"negative","repair approved = main; wipers pair 24 accepted; negative"),
("FR7_066","Ryan Mitchell","2026-11-19T09:05:00","asr","""a: cineplay streaming ryan speaking
c: hi i want to cancel
a: sorry to hear that can i ask why
c: oh you know paying sixteen a month to watch the same five shows is just thrilling
a: i could give you three months at half price
c: no i'm good really just cancel it
a: okay your account is cancelled at the end of the month
c: great""",False,0.00,"negative","retention declined; sarcasm negative"),
("FR7_067","Natalie Rivers","2026-11-19T10:20:00","clean","""A: Goldenhour Photography, Natalie speaking.
C: Hi! I'd love to book a family session. We have a new baby.
A: Congratulations! The one-hour session is $250. I have November 29 at 3 pm.
C: Yes, let's book the 29th at 3.
A: Would you like a print package? Normally $60, but for newborn sessions I do it for $40.
C: Oh, for $40 definitely, add it.
A: Booked with the print package. I'll send a prep guide.
C: Thank you, I'm so excited, your portfolio is gorgeous.""",True,40.00,"positive","session main; print package revised 60 -> 40 accepted"),
("FR7_068","Igor Volkov","2026-11-19T11:55:00","asr","""a: roastery direct igor speaking
c: hey um i wanna start the coffee subscription the two bags a month one
a: okay that's thirty four a month want me to start it
c: yeah start it
a: since you're buying whole bean do you have a grinder our bird grinder is eighty nine
c: uh mine's a blade grinder so yeah sure i'll take the burr one
a: and a logo mug for fourteen
c: nah i have too many mugs
a: okay subscription plus the grinder shipping friday
c: cool""",True,89.00,"neutral","subscription main; grinder 89 accepted; mug declined"),
("FR7_069","Judith Carver","2026-11-19T13:30:00","clean","""A: Meridian Insurance claims, Judith speaking.
C: Hi, I'm calling for an update on claim 77-4410, the hail damage to my roof.
A: The adjuster's report came in yesterday. Approved payment is $6,200 minus your $1,000 deductible.
C: Okay. When will it be paid?
A: The check will be mailed within 5 business days.
C: Okay, thanks for checking.""",False,0.00,"neutral","claim status; no purchase"),
("FR7_070","Peter Lindgren","2026-11-19T15:00:00","asr","""a: reliable plumbing peter speaking
c: yeah my kitchen sink is backed up and i called yesterday and nobody called me back
a: i'm sorry about that i don't see a ticket from yesterday
c: of course not
a: i can get a tech out today between two and four the drain clearing is one fifty
c: one fifty okay fine book it i don't have a choice
a: booked today two to four
c: and they better actually show up this time""",True,0.00,"negative","service booking = conversion; negative"),
("FR7_071","Helen Park","2026-11-20T09:15:00","clean","""A: Citywide Credit Union, Helen speaking.
C: I was charged a $35 overdraft fee. The deposit was made the same day!
A: I see it. The deposit posted after the cutoff. I can refund the fee this once.
C: Thank you, but honestly this keeps happening and it's not okay.
A: I understand. You could set up overdraft protection from your savings.
C: I don't want another thing to set up. I'm really tired of this bank.
A: I'm sorry. The $35 is refunded.
C: Okay.""",False,0.00,"negative","fee refund not a purchase; negative"),
("FR7_072","Finn Gallagher","2026-11-20T10:45:00","asr","""a: spoke and chain cycles finn speaking
c: hi i was in yesterday looking at the trek hybrid the blue one is it still there
a: yep the medium is six forty nine
c: great i'll take it can i pay over the phone and pick it up
a: sure do you need a helmet we've got one for fifty five and a u lock for thirty five
c: oh yeah both i don't have either
a: okay bike helmet and lock ready for pickup after three
c: amazing thank you i'm so pumped to ride to work""",True,90.00,"positive","bike main; helmet 55 + lock 35 = 90"),
("FR7_073","Kwame Mensah","2026-11-20T12:05:00","asr","""a: vertex mobile kwame speaking
c: hi i'm on the ten gig plan what would unlimited cost
a: unlimited is sixty five so twenty more than you pay now
c: hmm and does it include hotspot
a: fifteen gigs of hotspot yes
c: okay um not right now i'll see how i do this month
a: sure you can switch anytime in the app
c: okay""",False,0.00,"neutral","price question; no plan change"),
("FR7_074","Brandon Pike","2026-11-20T13:40:00","clean","""A: Ledgerly sales, Brandon speaking.
C: I'm buying the Pro license for our firm, but first: we were double-billed last year and it took three months to fix.
A: I'm sorry about that. I'll make sure it's invoiced correctly. Pro is $1,200 for the year.
C: Fine, we'll proceed with the purchase.
A: Would you like priority support? It's $199 a year and gets you a 1-hour response.
C: Given how support went last time, yes, add the priority support.
A: Done. Pro license plus priority support.
C: Let's hope I don't have to use it. Your billing department was a nightmare.""",True,199.00,"negative","license main; priority support $199/yr accepted; negative"),
("FR7_075","Joy Adeyemi","2026-11-20T15:20:00","asr","""a: homestyle outlet joy speaking
c: hi i ordered a rug last week just checking where it is
a: let me look it's out for delivery tomorrow
c: oh tomorrow that's great news i was worried
a: yep between nine and one
c: perfect thanks so much that's a relief""",False,0.00,"positive","order status; no new purchase"),
("FR7_076","Walter Greene","2026-11-23T09:30:00","clean","""A: Sunfly Airlines reservations, Walter speaking.
C: I want a round trip Boston to Orlando, Dec 18 to Dec 26.
A: I have a fare at $312. Shall I book it?
C: Yes, book that.
A: Great. A carry-on is $45 each way and checked bags are $40 each way.
C: Wait, the carry-on costs extra? That's ridiculous. Actually forget it, don't book it.
A: Understood, I haven't ticketed it.
C: I'll fly with someone who doesn't nickel-and-dime me.""",False,0.00,"negative","commitment retracted before ticketing; bag prices are fees"),
("FR7_077","Lily Chen","2026-11-23T10:55:00","asr","""a: sparkle home cleaning lily speaking
c: hi um i want a deep clean before my in laws come
a: sure a deep clean for a three bedroom is two twenty i have thursday at nine
c: thursday at nine yes book it
a: do you want inside the oven and inside the fridge they're thirty five each
c: oh yes both please the oven is a disaster
a: ha no problem thursday deep clean with oven and fridge
c: oh thank god you're saving my life""",True,70.00,"positive","deep clean main; oven 35 + fridge 35 = 70"),
("FR7_078","Bruce Tan","2026-11-23T12:30:00","clean","""A: ClearPane Windows, Bruce speaking.
C: Hi, I'd like a rough idea of the cost to replace 8 windows.
A: Double-hung vinyl, installed, averages $650 a window, so about $5,200.
C: And triple-pane?
A: About $850 a window.
C: Okay. I'm not ready to buy, just budgeting for next year.
A: Understood. Should I schedule a free measurement?
C: No, not now. Thanks.""",False,0.00,"neutral","quote; not ready"),
("FR7_079","Camille Rousseau","2026-11-23T14:10:00","asr","""a: wellcare pharmacy camille speaking
c: finally i've been on hold for thirty five minutes
a: i'm sorry how can i help
c: my prescription was supposed to be ready yesterday and the app still says processing
a: let me check um we're waiting on the doctor's office to confirm the refill
c: i called them they said they sent it monday
a: i'll call them now and push it through
c: this happens every single month it's exhausting""",False,0.00,"negative","pure support; negative"),
("FR7_080","Aaron Sutherland","2026-11-23T15:45:00","asr","""a: lakeview conference center aaron speaking
c: hi i need a meeting room for twelve people on december third all day
a: the birch room is available that's four fifty for the day
c: okay that works reserve it
a: would you like a projector it's forty five and coffee service is eight a person
c: projector yes coffee no we'll bring our own
a: okay birch room december third with a projector
c: okay thank you""",True,45.00,"neutral","room main; projector 45 accepted; coffee declined"),
]
