CALLS = [
("FR23_021", "Diego Santos", "2026-11-13T09:05:00", "clean", """A: Cascade Restaurant Equipment, this is Diego.
C: Hi Diego, Leah from Little Fern Cafe. We're ready to order the Vela two-group espresso machine we talked about.
A: Great, the Vela 2-group is $6,400 including delivery. Want me to write it up?
C: Yes, let's do it.
A: Done. Two things people usually add: the Mazzer grinder at $899, and a water filtration system with installation for $240, which also protects the warranty.
C: The filter, yes. I don't want to void anything. The grinder I need to check with my business partner; she's attached to our old one.
A: Understood. So the Vela plus the filtration install, and I'll note the grinder as pending.
C: Right. Delivery on the 18th still works?
A: The 18th, between 7 and 9 a.m., before you open.
C: Perfect. Thanks.""", True, 240.00, "neutral", "machine ordered; filtration 240 accepted; grinder 899 deferred to partner so not counted"),

("FR23_022", "Omar Haddad", "2026-11-13T17:20:00", "asr", """A: valley motors this is omar
C: hi omar it's james we talked yesterday about the twenty twenty one outback with thirty two thousand miles
A: yes the green one we're at twenty four nine on that
C: right so i talked it over and i'm ready i'll take it at twenty four nine
A: awesome and did you think about the extended warranty i mentioned it's twenty one hundred for five years
C: yeah about that i'd do it at eighteen hundred
A: let me ask my manager hold on
A: okay he says eighteen hundred works
C: alright then eighteen hundred for the warranty deal
A: great i'll have the paperwork ready can you come in at four
C: four works see you then i'm honestly excited thanks for working with me
A: see you at four""", True, 1800.00, "positive", "car bought (24,900 main); warranty revised by the customer's counter to 1800 and accepted; year and mileage not prices"),

("FR23_023", "Lucy Brennan", "2026-11-14T10:44:00", "asr", """A: bluepeak wireless lucy speaking
C: hi i want to add a line for my daughter she's getting her first phone
A: sure a new line on your plan is twenty five a month do you want to add it
C: yes go ahead add it
A: okay and would you like device protection on her phone it's nine a month
C: she's thirteen so probably i mean no actually she's getting my old phone it's already cracked
A: ha fair so just the line
C: just the line yeah what's the number going to be
A: it'll be five five five two one eight three and it's active in about an hour
C: okay thanks""", True, 0.0, "neutral", "new line (main purchase) added; protection 9 a month declined after wavering; phone number not a price"),

("FR23_024", "Sam Whitfield", "2026-11-14T15:15:00", "asr", """A: metro stadium tickets this is sam
C: hey i need four tickets for the hawks game on the thirtieth
A: i have four together in section two twelve at eighty five each
C: okay yeah let's do those four
A: you got it and would you want a parking pass that's forty or stadium club access it's fifteen per person gets you indoor seating and the buffet at halftime
C: parking no we're taking the train um the club thing is that all four
A: it's per person so you can pick
C: just two then me and my dad the kids will be glued to the field anyway
A: two club passes added so that's thirty for the club
C: perfect my dad is going to love that buffet thanks man
A: enjoy the game""", True, 30.00, "positive", "four tickets booked; parking declined; club 15 per person for only two of four = 30; section number not a price"),

("FR23_025", "Nadia Petrova", "2026-11-16T09:30:00", "clean", """A: Harborview Hotel group sales, Nadia speaking.
C: Hi, I'm planning an offsite for our team in April, about 18 people, three nights.
A: For 18 guests over April 8 to 11 I can offer our group rate of $159 per room per night, plus a meeting room for $600 a day.
C: That's within range. Does the meeting room include coffee service?
A: Coffee and pastries in the morning, yes.
C: Okay. I need to run this by my manager before I can commit to anything.
A: Of course. I can hold the rooms until Friday without a deposit.
C: Please send me the quote in writing, and I'll get back to you by Thursday.
A: I'll email it within the hour.
C: Thank you.""", False, 0.0, "neutral", "interest and manager deferral; request for a written quote is not a commitment"),

("FR23_026", "Ben Carter", "2026-11-16T13:52:00", "asr", """A: brightline electronics this is ben
C: hi i'm ordering the arc five soundbar for pickup no for delivery sorry
A: sure the arc five is eight ninety nine shall i put that order in
C: yeah put it in
A: okay and it pairs really well with the sub three subwoofer that one's two ninety nine
C: does it come in white my bar's white
A: yep white is in stock
C: okay i'll take the sub too but only if it gets here with the bar by friday
A: checking yes both ship from the same warehouse and arrive thursday
C: thursday even better then yes add the sub
A: added soundbar and sub arriving thursday
C: sweet movie night is saved thank you""", True, 299.00, "positive", "soundbar ordered; subwoofer 299 accepted on a condition that the agent then met; happy"),

("FR23_027", "Aisha Mensah", "2026-11-17T08:15:00", "asr", """A: skyway airlines aisha speaking
C: hi i have a flight to london next week and i wanted to see about upgrading to business
A: sure let me look yes there's space the upgrade is four hundred fifty each way
C: each way so nine hundred total oof
A: that's right
C: um would you do it for four hundred total
A: i'm sorry the fare is set i can't change it
C: then no i'll pass
A: i understand you can also bid for an upgrade at check in
C: yeah okay not really thrilled i thought as a gold member i'd get something
A: i'm sorry about that
C: it's fine bye""", False, 0.0, "negative", "upgrade on a counter-price the agent refused; declined; not thrilled, polite-but-negative"),

("FR23_028", "Ryan Doyle", "2026-11-17T15:03:00", "asr", """A: hi this is ryan from eastside auto care calling about your highlander
C: oh hi is it ready
A: almost the scheduled service is done but the tech found your serpentine belt is cracked replacing it is one forty parts and labor
C: cracked how bad
A: it could snap in the next few months and then you'd lose power steering
C: okay yeah go ahead and replace it
A: will do your wiper blades are also streaking we have blades for thirty two a pair
C: no i'll grab those at the parts store
A: okay so just the belt it'll be ready by five thirty
C: five thirty's fine i'll come by
A: see you then
C: thanks""", True, 140.00, "neutral", "outbound: extra repair on top of an ongoing service visit accepted = add-on 140; wipers declined; pickup time not a price"),

("FR23_029", "Mei Chen", "2026-11-18T11:11:00", "clean", """A: Oakridge Furniture, Mei speaking.
C: Hi! I was in yesterday and I've decided on the Linden bed frame, the queen, $899.
A: Great choice. Shall I place the order?
C: Yes, please.
A: Done. The matching Linden nightstands are $240 each, and the Cloud Plus mattress is $1,200 if you need one.
C: I just bought a mattress in the spring, so no on that. The nightstand, just one; the other side of the bed is against the wall.
A: One Linden nightstand, got it. So the queen frame and one nightstand, delivered on the 12th?
C: Yes, that's right. Could they come in the afternoon?
A: Afternoon window, 1 to 5.
C: Wonderful, I'm so excited, this room is finally coming together.""", True, 240.00, "positive", "bed ordered; one nightstand of a pair at 240 each; mattress declined; excited"),

("FR23_030", "Jonas Berg", "2026-11-18T16:26:00", "asr", """A: greenline landscape supply this is jonas
C: hey it's rick from rick's yard care how much is the dark brown mulch by the yard right now
A: thirty eight a yard and delivery's free over ten yards
C: okay and the river rock
A: river rock's sixty five a yard
C: hm alright i got a big job on elm street i gotta go measure the beds first
A: want me to pencil you in for a delivery friday
C: nah not yet i'll call you back once i know how many yards
A: sounds good rick
C: yep later""", False, 0.0, "neutral", "price questions only; delivery offer declined; deferral"),

("FR23_031", "Hannah Lee", "2026-11-19T09:58:00", "asr", """A: linkfast internet hannah speaking
C: yeah hi my internet has gone down three times this week and i work from home this is getting ridiculous
A: i'm really sorry let me look at your line okay the outages were in your area they've been fixed
C: they said that last week too
A: i understand one thing that'd help is your plan you're on the hundred meg plan the five hundred meg plan is twenty more a month
C: ugh fine switch me to the five hundred
A: done and your router's old our mesh extender is eight dollars a month and fixes the dead spots upstairs
C: the office is upstairs so yeah add it i guess
A: added both today
C: fine but if it drops one more time i'm cancelling everything
A: understood i've noted the account
C: yeah""", True, 8.00, "negative", "plan upgrade is the main purchase; mesh extender 8 a month is the add-on; grudging and threatening to cancel"),

("FR23_032", "Priya Nair", "2026-11-19T20:05:00", "asr", """A: laugh lounge box office priya speaking
C: hi can i get three tickets for the friday late show
A: sure three for friday at ten thirty twenty eight each
C: okay yeah book those
A: and for ten more each i can put you right up front
C: sure front row why not
A: okay three front row seats friday at ten thirty
C: oh hold on my friend just texted he can't come and honestly without him there's no point forget the whole thing
A: no problem i'll cancel the order completely
C: sorry about that thanks anyway
A: no worries""", False, 0.0, "neutral", "tickets and front-row upgrade accepted, then the whole order cancelled; nothing stands"),

("FR23_033", "Marcus Bell", "2026-11-20T08:40:00", "clean", """A: Front desk, this is Marcus.
C: Hi, this is room 418. Our flight isn't until 6 tonight. Is there any chance of a late checkout?
A: I can offer a 2 p.m. checkout for $40, or 4 p.m. for $75.
C: Two o'clock would be plenty. Yes, please, let's do the $40 one.
A: Done, your checkout is now 2 p.m. and it'll be added to your folio.
C: Thank you, that really helps. This whole stay has been wonderful.
A: So glad to hear it.
C: Thanks again!""", True, 40.00, "positive", "paid late checkout chosen from two options, add-on to an existing stay = 40; room number not a price"),

("FR23_034", "Elena Ruiz", "2026-11-20T14:22:00", "asr", """A: game vault this is elena
C: hi i want to order the nova five console the disc one
A: the disc edition is four ninety nine shall i order it
C: yes order it
A: okay and extra controllers are sixty nine ninety nine each
C: how much if i get two my twins will fight over one
A: two are one twenty as a bundle
C: oh nice yeah the two for one twenty
A: adding the controller two pack so the console and two controllers
C: yes correct does it come before the twenty fifth
A: yep it arrives on the twentieth
C: awesome you've saved christmas thank you""", True, 120.00, "positive", "console ordered; two controllers as a bundle at 120 (not 2 x 69.99); delighted"),

("FR23_035", "Tom Okafor", "2026-11-21T10:09:00", "asr", """A: summit toyota this is tom
C: yeah i'm looking at the quote you emailed me for the corolla and there's a nineteen ninety five dealer prep fee on it what is that
A: that covers inspection detailing and
C: detailing it's a new car
A: it's standard on all our vehicles
C: and a seven ninety nine paint protection that i never asked for
A: the protection package is pre installed on that unit
C: so i pay twenty eight hundred extra for nothing no thanks riverside honda quoted me out the door with no fees
A: i can talk to my manager about the prep fee
C: don't bother i'm done with this
A: i'm sorry to hear that
C: yeah bye""", False, 0.0, "negative", "no purchase; angry about fees; praises a competitor; ends done"),

("FR23_036", "Diego Santos", "2026-11-21T18:47:00", "asr", """A: skyway airlines diego speaking
C: hi my flight to chicago just got cancelled and i've been standing in this line for forty minutes
A: i'm so sorry i can help right now i can put you on the six fifteen tonight at no charge
C: six fifteen okay yes put me on that
A: done you're rebooked seat fourteen c and since you have a few hours our lounge pass is fifty nine for the day
C: is there food in there
A: full buffet and showers
C: honestly yes add the lounge pass i need a shower and a sandwich
A: added you can go right up to level three
C: okay that actually made my day a lot better thank you you've been great
A: safe travels
C: thanks""", True, 59.00, "positive", "free rebooking is not a purchase, but the paid lounge pass 59 is, on top of the existing ticket; angry start, grateful end"),

("FR23_037", "Grace Kim", "2026-11-23T09:19:00", "asr", """A: bella pro supply this is grace
C: hi it's tanya from studio nine i need to reorder the argan shampoo liters
A: sure how many
C: twelve liters and six of the conditioner
A: twelve shampoo six conditioner that's three sixty total and with an order over three hundred you get a free display stand
C: oh free nice sure send the stand
A: and we have a new sample kit for twelve ninety nine great for clients to try
C: nah we've got samples coming out of our ears
A: okay so shampoo conditioner and the free stand going to two oh four main street
C: yep that's right
A: order placed
C: thanks""", True, 0.0, "neutral", "salon reorder confirmed; free display stand is not an upsell; sample kit 12.99 declined"),

("FR23_038", "Omar Haddad", "2026-11-23T15:36:00", "clean", """A: Northwave Mobile retention, Omar speaking.
C: Hi. I'm calling to cancel my account. I've already ported my number.
A: I'm sorry to hear that. Can I offer you three months at half price to stay?
C: No, thank you. I've made up my mind.
A: May I ask what made you leave?
C: Honestly, CityLink's coverage at my house is far better. I haven't had a dropped call in two weeks.
A: I understand. I can also waive next month's fee.
C: I appreciate it, but no. Please just close the account.
A: Okay, it's closed. The final bill will be prorated.
C: Fine. Goodbye.""", False, 0.0, "negative", "save offers refused; cancels; polite but negative, praises competitor"),

("FR23_039", "Lucy Brennan", "2026-11-24T12:02:00", "asr", """A: the wexford hotel reservations lucy speaking
C: hi yes we need a room for two adults the fourth through the seventh
A: i have a queen room at one seventy nine a night would you like me to book it
C: yes book it please
A: done and we run an airport shuttle it's twenty five per person each way
C: um we'll get a ride back from my cousin so just the way in from the airport for both of us
A: okay shuttle on arrival for two that's fifty
C: yes
A: what time does your flight land
C: eleven forty in the morning
A: we'll have the driver there
C: okay thanks""", True, 50.00, "neutral", "room booked; shuttle 25 per person each way, one way for two = 50; landing time not a price"),

("FR23_040", "Sam Whitfield", "2026-11-24T17:58:00", "asr", """A: brightline electronics this is sam
C: hi i need the inkjet pro two hundred printer for my home office
A: that's two twenty nine want me to order it
C: yeah order it
A: done and we can send a tech to set it up on your network for forty nine
C: uh sure i guess
A: okay i'll schedule the tech
C: wait forty nine dollars to plug in a printer are you kidding no take that off
A: removed just the printer then
C: yeah honestly the way you guys try to tack stuff on every time is annoying
A: sorry about that it ships tomorrow
C: whatever""", True, 0.0, "negative", "printer ordered; setup 49 accepted then retracted; model number not a price; annoyed"),
]
