CALLS = [
(
"FR70_021", "Keisha Walton", "2026-11-10T13:05:42", "asr",
"""A: officehub business sales keisha speaking
C: hi keisha this is raj from brightline accounting we need six of the ergonomic chairs the mesh ones from your catalog
A: the flexa mesh sure those are three nineteen each
C: yeah um is there anything you can do on price if we're getting six
A: for six i can take ten percent off so that's two eighty seven ten each
C: okay that's a great price honestly yeah put the six through
A: done and would you like us to assemble them on site it's twenty five per chair
C: no we'll put them together ourselves we've got an intern who loves that stuff
A: ha fair enough they'll ship flat packed on tuesday
C: perfect thanks keisha you're awesome
A: anytime raj
C: bye""",
True, 0.0, "positive",
"Bulk discount accepted 'put the six through' (main order, discount is not upsell); assembly at twenty five declined; 'great price', 'you're awesome'."),

(
"FR70_022", "Ahmed Qureshi", "2026-11-10T15:22:07", "clean",
"""A: Kessler Ford service, this is Ahmed.
C: Hi, my check engine light came on yesterday. The car drives fine but I'd like someone to look at it.
A: Sure. We'd start with a diagnostic, which is $120 and gets applied to any repair we do. When can you bring it in?
C: Book me Thursday at 9, I can drop it on my way to work.
A: You're set for Thursday at 9. I'd also suggest our fuel system cleaning while it's here, it's $79 and often clears up those lights.
C: Only if the diagnostic says I need it. I'm not paying for extras on a guess.
A: That's fair, the tech will call you with findings before doing anything.
C: Good. Do you have loaner cars?
A: For diagnostics we have a shuttle within five miles.
C: That works. Thanks.""",
True, 0.0, "neutral",
"'Book me Thursday at 9' (paid diagnostic); fuel cleaning only conditional 'Only if the diagnostic says I need it' -> 0."),

(
"FR70_023", "Colleen Brady", "2026-11-11T09:12:30", "asr",
"""A: bluebird moving long distance this is colleen
C: hi so i've got your quote for denver to austin it's forty six hundred
A: yes that's for the three bedroom with about eleven thousand pounds
C: right so i have another company at forty two hundred and honestly i like you guys better can you meet me at that
A: let me see what i can do um i can't match forty two but i can do forty three hundred and i'll include the mattress bags and the tv crate at no charge
C: forty three with the crate included
A: yes forty three hundred all in for the move including the crate and the bags
C: okay deal book it
A: great i have you for loading on the third and delivery window fifth to eighth
C: yes that's right
A: i'll send the contract for e signature in the next hour
C: awesome thank you so much i'm really glad that worked out""",
True, 0.0, "positive",
"'meet me at' 4200, agent revises to 4300 with freebies; 'okay deal book it'; free crate/bags are no paid add-on; 'really glad'."),

(
"FR70_024", "Victor Sandoval", "2026-11-11T11:48:19", "clean",
"""A: Northside Tire and Wheel, Victor speaking.
C: Hi, I need four tires for a 2017 Camry. The Michelin Defenders you had online.
A: Those are $160 each installed, so $640 for the set. I can do it this afternoon at 3.
C: Fine, do it at 3.
A: You're booked. I'd strongly recommend an alignment with new tires, it's $99.
C: Oh sure, because the last alignment you guys did was so great that my car pulled right for a month. No.
A: I'm sorry to hear that. I can note that and have the manager look at it.
C: Don't bother. Just the tires.
A: Understood, just the four tires at 3 p.m.
C: Yeah.""",
True, 0.0, "negative",
"Books four tires ('Fine, do it at 3'); alignment $99 refused with sarcasm ('so great... No.'); negative."),

(
"FR70_025", "Hannah Oyelaran", "2026-11-11T14:33:56", "asr",
"""A: hi thanks for calling quotient crm this is hannah
C: hey hannah we're on the standard plan and we keep hitting the automation limit so i think we need to move up to pro
A: sure pro is forty nine a user a month instead of twenty nine and the automations are unlimited you have eight users
C: yep eight users let's switch us to pro starting today
A: done you're on pro the difference is prorated on your next bill also you're at ninety percent of your file storage would you want the extra hundred gigabytes it's ten dollars a month
C: oh yeah we're always deleting stuff to make room yes add that
A: added that's ten a month on top
C: great this is gonna make our lives so much easier
A: glad to hear it
C: thanks hannah have a good one""",
True, 10.00, "positive",
"'let's switch us to pro' (paid plan change = main); extra storage 'ten dollars a month' 'yes add that' -> 10; 'so much easier'."),

(
"FR70_026", "Grant McAllister", "2026-11-12T10:15:44", "clean",
"""A: Brightview Windows and Doors, Grant speaking.
C: Hi Grant, this is Ellen Marsh. Your consultant came out Saturday and quoted us $9,400 for eleven windows.
A: Yes, I have it here, the vinyl double-hung with the low-E glass.
C: We like it, but it's a bit more than we planned. If you can get it under nine thousand, I'll sign this week.
A: The best I can do on my own is $9,250. Anything under that needs my manager.
C: Nine two fifty doesn't really move the needle for us.
A: Let me check with my manager and call you back tomorrow.
C: Okay. I'll wait to hear from you.
A: Is the morning good for a call?
C: Morning is fine.""",
False, 0.0, "neutral",
"Conditional 'If you can get it under nine thousand, I'll sign'; $9,250 not accepted; waits for a callback -> no commitment."),

(
"FR70_027", "Yuki Tanabe", "2026-11-12T13:40:02", "asr",
"""A: stowaway storage this is yuki
C: hi i need a climate controlled unit for some furniture and a piano starting the first of december
A: okay a ten by ten climate controlled is one sixty five a month and we have a promo first month half off
C: okay
A: do you want me to reserve it for the first
C: yeah reserve it
A: done it's unit c two twelve you'll also need a lock we sell the disc locks for eighteen dollars or you can bring your own
C: uh i'll just get the one from you the eighteen one
A: okay i'll add the lock and it'll be at the front desk when you come
C: okay
A: anything else i can help with
C: no that's it""",
True, 18.00, "neutral",
"'yeah reserve it' (unit reserved); 'i'll just get the one from you the eighteen one' -> lock 18; flat 'okay' throughout -> neutral."),

(
"FR70_028", "Renee Dubois", "2026-11-12T16:21:38", "clean",
"""A: ComfortPro Heating and Air, Renee speaking.
C: Hi, I got a mailer about your maintenance club. What's included?
A: Two tune-ups a year, spring and fall, 15% off repairs and no overtime charges. It's $189 a year for one system.
C: Okay, sign me up. We've had that furnace ten years and I'd like someone to keep an eye on it.
A: Great, you're enrolled. Do you have a second unit, maybe upstairs?
C: We do, a heat pump for the bedrooms.
A: Adding a second system to the plan is $60 a year.
C: Yes, add the upstairs unit too.
A: Done. Your first tune-up can be scheduled next week.
C: Wonderful, thank you. This gives me real peace of mind.""",
True, 60.00, "positive",
"'sign me up' ($189 plan, main); 'Yes, add the upstairs unit too' at $60 -> 60; 'real peace of mind'."),

(
"FR70_029", "Samuel Achebe", "2026-11-13T09:37:14", "asr",
"""A: autozone plus parts counter this is samuel
C: yeah hi i need front brake pads and both front rotors for a twenty eighteen silverado
A: okay the pads are sixty four ninety nine and the rotors are eighty nine each let me check stock um the pads are here but the rotors are on backorder until next wednesday
C: are you serious this is the third time in a row you guys don't have something
A: i'm sorry i can order them in for you
C: no i'll find rotors somewhere else just give me the pads then
A: okay one set of pads sixty four ninety nine i'll hold them at the counter under your name
C: yeah i'll be there in twenty minutes
A: we'll have them ready
C: whatever it's ridiculous you guys should just stock the basic stuff
A: i'll pass that on
C: yeah""",
True, 0.0, "negative",
"Rotors backordered and refused; 'just give me the pads then' commits to pads; 'this is the third time', 'it's ridiculous'."),

(
"FR70_030", "Lorena Castillo", "2026-11-13T11:59:27", "clean",
"""A: Bluebird Moving, Lorena speaking.
C: Hi, I'm booked for the 21st, name is Dev Patel. I need to cancel. Our closing fell through.
A: Oh no, I'm sorry. Would you rather move the date instead of cancelling? We could hold the deposit toward a new date.
C: No, we don't know if we're moving at all now. Just cancel it, please.
A: Understood. Since it's more than seven days out, the $150 deposit is fully refundable.
C: Okay, good.
A: You'll see it back on your card in three to five business days.
C: Alright. Thanks for making that simple.
A: Of course. Good luck with everything.
C: Thanks.""",
False, 0.0, "neutral",
"Cancellation; reschedule offer refused ('Just cancel it, please'); refund is not a sale; polite, neutral."),

(
"FR70_031", "Brent Kowalczyk", "2026-11-13T14:04:51", "asr",
"""A: paperwise office supply brent speaking
C: hi yeah we got our delivery this morning and half of it is wrong we ordered blue file folders and got like four boxes of red ones and no staples at all
A: oh i'm sorry about that let me pull up the order
C: it's order seven seven three one and i need this stuff for our audit on monday
A: okay i see it the picker grabbed the wrong item number i'm sending the blue folders and the staples out tomorrow morning at no charge and the driver will take the red ones back
C: tomorrow you're sure
A: yes it's marked priority i'll email you the tracking tonight
C: okay wow thank you that's a lot faster than i expected
A: again sorry about the mix up
C: no that's okay thanks for sorting it out so quickly i really appreciate it""",
False, 0.0, "positive",
"Wrong delivery fixed at no charge, no purchase; irritated start, ends 'thanks for sorting it out so quickly i really appreciate it' -> positive."),

(
"FR70_032", "Nadia Haddad", "2026-11-16T09:25:06", "clean",
"""A: Guardian Auto Warranty, Nadia speaking.
C: Hi, my vehicle service contract expires next week and I'd like to renew it.
A: Sure. For your 2020 Accord, the Gold plan renewal is $540 for twelve months. Same coverage as this year.
C: Yes, renew it for another twelve months.
A: Done. Would you like to add roadside assistance? Towing, lockouts and jump starts, $8 a month.
C: Hmm, I already have AAA. Skip that.
A: Understood. Your new contract starts on the 23rd and I'll email the certificate.
C: Great. Same card on file?
A: Yes, the Visa ending 0187.
C: Okay, that's fine.""",
True, 0.0, "neutral",
"'renew it for another twelve months' = renewal; roadside $8/mo refused ('Skip that') -> 0."),

(
"FR70_033", "Marisol Ortega", "2026-11-16T11:43:33", "asr",
"""A: riverside auto care detail bay this is marisol
C: hi i want to get my car detailed before i sell it what do you have
A: our full interior and exterior detail is one fifty and takes about four hours
C: okay let's do the one fifty on friday morning
A: friday at eight you're booked if you're selling it a lot of people add the ceramic coating it makes the paint pop in photos that's seventy five more
C: seventy five hmm do it for fifty and you've got a deal
A: i can't go to fifty but i can meet you at sixty
C: sixty fine yeah go ahead and add it
A: done detail plus ceramic at sixty friday at eight
C: awesome thanks marisol this is gonna help so much with the sale
A: see you friday
C: see you""",
True, 60.00, "positive",
"Books detail ($150 main); coating 75 -> customer asks 50 -> agent 'meet you at sixty' -> 'sixty fine yeah go ahead and add it' -> 60; 'help so much'."),

(
"FR70_034", "Derek Haney", "2026-11-16T14:18:47", "clean",
"""A: StoreRight Harmon Road, this is Derek.
C: Hi, I'm looking at storage options for a business. We have about forty boxes of files and some display racks.
A: We have business units with a loading dock. A 10x15 is $189 a month, and we accept deliveries for you.
C: That sounds useful. Do you do contracts or is it month to month?
A: Month to month, or 5% off with a six-month prepay.
C: I'm interested, but I need to compare a few places. Can you email me your rate sheet?
A: Of course, what's the address?
C: facilities@grahamdisplays.com.
A: Sent. Would you like to reserve a unit while you decide? There's no charge to hold it for a week.
C: Not yet, thanks. I'll let you know.""",
False, 0.0, "neutral",
"'I'm interested, but I need to compare... email me your rate sheet'; free hold declined ('Not yet') -> no commitment."),

(
"FR70_035", "Priya Raman", "2026-11-17T09:03:21", "asr",
"""A: ledgerline support escalations this is priya
C: yeah this is karen ortiz from westgate clinics your system was down for six hours yesterday and we couldn't check in a single patient
A: i'm very sorry karen we had a database failure and i know that hit a lot of clinics
C: sorry doesn't really cover it we had to reschedule forty people
A: i understand i've applied a credit for one full month of your subscription to the account
C: a month that's it
A: i can also have our vp of customer success call you to go over what we're changing
C: fine but honestly we're evaluating other vendors now this is the second outage since summer
A: i understand i'll have him call you today
C: yeah whatever okay""",
False, 0.0, "negative",
"Outage complaint; credit is not a sale; 'we're evaluating other vendors now', 'yeah whatever' -> negative."),

(
"FR70_036", "Tobias Lindqvist", "2026-11-17T11:30:55", "clean",
"""A: Handy Heroes, this is Tobias.
C: Hi! I've got a list of small jobs. A leaky faucet, two doors that stick, and a ceiling fan to hang.
A: That's probably three hours. Our rate is $85 an hour, so about $255. I have Saturday morning open.
C: Saturday morning is great, book it.
A: Booked, Saturday 9 a.m. We're also doing gutter cleaning this month for $120 if you'd like to add it.
C: Oh, yes, add the gutters.
A: Added.
C: Actually, no, scratch the gutters. My neighbor's kid does it every fall and he'd be crushed.
A: Ha, no problem, removed. Just the three jobs Saturday.
C: Perfect. You've been really great, thanks.""",
True, 0.0, "positive",
"'Saturday morning is great, book it' (main); gutters $120 accepted then 'scratch the gutters' -> retracted, 0; 'really great'."),

(
"FR70_037", "Keisha Walton", "2026-11-17T15:12:08", "asr",
"""A: officehub break room services keisha speaking
C: hi we're a team of about twenty and we're tired of running to costco for coffee pods do you have some kind of monthly thing
A: we do the monthly break room box is four boxes of pods creamer and sugar delivered on the first it's eighty nine a month
C: oh that's perfect sign us up for the monthly
A: great i've set it up starting december first we also have an add on with cups lids and stirrers for twenty two a month
C: um yeah we always run out of cups sure add the cups
A: done so eighty nine plus twenty two a month
C: awesome the whole office is gonna love this
A: you can pause or cancel any month
C: good to know thanks so much""",
True, 22.00, "positive",
"'sign us up for the monthly' ($89 main); cups bundle 'sure add the cups' at twenty two a month -> 22; 'gonna love this'."),

(
"FR70_038", "Ahmed Qureshi", "2026-11-18T10:02:40", "clean",
"""A: Kessler Ford service, Ahmed speaking.
C: Hi, I got a recall letter about the rear camera on my Explorer. Does it apply to my VIN?
A: Let me check. Yes, your VIN is included, it's a software update, no charge.
C: Okay. How long does it take?
A: About an hour. The problem is the update file isn't released to dealers until next week.
C: So I can't book it yet?
A: Not yet. I can call you as soon as it's released and set up a time then.
C: Yes, call me back when it's out. My number is the one on the letter.
A: Got it, 555-0146?
C: Yes, that's it. Thanks.""",
False, 0.0, "neutral",
"Nothing can be booked yet; 'Yes, call me back when it's out' and 'Yes, that's it' are yeses to a callback and a phone number."),

(
"FR70_039", "Colleen Brady", "2026-11-18T13:27:15", "asr",
"""A: pod and go portable storage this is colleen
C: hi i want one of your containers dropped in my driveway we're redoing the floors and need to empty the first floor
A: sure our sixteen footer is one ninety nine a month plus delivery when do you need it
C: next monday if you can do that
A: monday works so one sixteen foot container delivered monday shall i go ahead
C: yeah go ahead
A: great a lot of people in a full floor reno end up needing a second one i can do the second container for one forty nine instead of one ninety nine if it comes on the same truck
C: oh honestly that's probably smart my husband's gonna fill one with just his tools yeah add the second one at one forty nine
A: done two containers monday morning
C: great thanks that's a really good deal""",
True, 149.00, "positive",
"'yeah go ahead' to the first container; second at revised one forty nine 'add the second one at one forty nine' -> 149; 'really good deal'."),

(
"FR70_040", "Victor Sandoval", "2026-11-18T16:45:29", "clean",
"""A: Northside Auto Repair, Victor speaking.
C: Yeah, this is Greg Pham. I paid you guys $640 last week to fix a coolant leak and there's a puddle under my car again.
A: I'm sorry, Greg. That's covered under our repair warranty. We can recheck it at no charge.
C: I shouldn't have to take another morning off for this.
A: I understand. We could pick up the car from your house and bring it back.
C: Fine. Tuesday. But if it's not fixed this time, I'm done with you people.
A: Understood. Pickup Tuesday at 8 a.m. from your home address, and we'll have a loaner for you.
C: Whatever. Just get it right.
A: We will.
C: We'll see.""",
True, 0.0, "negative",
"Free warranty recheck appointment booked: 'Fine. Tuesday.' (a booking counts even at no charge); 'I'm done with you people', 'We'll see' -> negative."),
]
