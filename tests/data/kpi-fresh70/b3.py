CALLS = [
(
"FR70_041", "Hannah Oyelaran", "2026-11-19T09:08:33", "clean",
"""A: Quotient CRM billing, Hannah speaking.
C: Hi, this is Frank at Dunmore Title. We were billed for 30 users in November. We cut down to 22 in October, I did it myself in the admin panel.
A: Let me look. You're right, the seat change didn't carry over to the invoice. I'm so sorry.
C: This is the second billing error this quarter.
A: I've issued a credit of $232 for the eight extra seats, it'll show on the next statement.
C: I'd rather have it back on the card than a credit.
A: I can do that, it'll take five to seven business days.
C: Fine. Frankly, I'm not impressed. We shouldn't have to audit every invoice you send.
A: I completely understand, I've flagged your account for a manual review before each bill.
C: Okay. Goodbye.""",
False, 0.0, "negative",
"Billing error fixed with a refund, no purchase; 'Frankly, I'm not impressed'."),

(
"FR70_042", "Grant McAllister", "2026-11-19T10:51:12", "asr",
"""A: brightview exteriors this is grant
C: hi grant it's luis from maple court you came out and quoted the deck staining eleven hundred
A: yes the strip clean and two coats of semi transparent
C: right so um i got a guy who said nine fifty can you do nine fifty
A: i can't go to nine fifty because we use the better stain but i can do a thousand even
C: meet me at nine seventy five and we're done
A: okay nine seventy five you've got a deal
C: nice book it for the weekend after next
A: saturday the twenty eighth it is and i can also seal the railings while we're there for one twenty
C: no just the deck the railings are vinyl they don't need it
A: got it just the deck nine seventy five on the twenty eighth
C: awesome man appreciate you working with me""",
True, 0.0, "positive",
"Negotiated 1100 -> 1000 -> 'meet me at nine seventy five'; 'book it' (main); railings one twenty refused 'no just the deck'; 'appreciate you'."),

(
"FR70_043", "Yuki Tanabe", "2026-11-19T14:14:48", "clean",
"""A: Stowaway Storage, this is Yuki.
C: Why was I charged a $45 late fee when my autopay is set up? This is the third month in a row.
A: Let me look at the account. It looks like your autopay ran a day after the due date because of the weekend. I'm sorry about that.
C: That's your system's problem, not mine.
A: You're right. I've waived all three late fees, that's $135 back to your card.
C: Waiving it is the least you could do.
A: I've also moved your autopay date to the 25th so it can't happen again.
C: It doesn't matter. I'm moving my stuff out next month anyway.
A: I'm sorry to hear that. If there's anything I can do to keep you—
C: There isn't. Just make sure there's no fee when I leave.""",
False, 0.0, "negative",
"Fee waived, no sale; customer leaving ('moving my stuff out next month'); hostile tone."),

(
"FR70_044", "Renee Dubois", "2026-11-19T16:30:05", "asr",
"""A: comfortpro heating and air renee speaking
C: hi um your tech was out yesterday and said my furnace is on its last legs he left me two quotes
A: yes i see them the standard eighty percent unit is four thousand two hundred and the high efficiency ninety six percent is fifty eight hundred
C: yeah i'd go with the high efficiency one if there was still that rebate from the power company
A: unfortunately that rebate program ended in october
C: oh okay so it's really fifty eight hundred out of pocket
A: yes but we have financing at zero percent for eighteen months
C: mm no i think if there's no rebate i'm gonna hold off until spring the furnace is still running
A: understood i'll keep both quotes open for ninety days
C: okay thanks for explaining it
A: of course
C: bye""",
False, 0.0, "neutral",
"Conditional 'i'd go with... if there was still that rebate'; rebate gone -> 'hold off until spring'; calm."),

(
"FR70_045", "Samuel Achebe", "2026-11-20T09:45:17", "clean",
"""A: Lakeside Subaru parts, Samuel speaking.
C: Hi, I'd like to buy the factory roof rack crossbars for a 2023 Forester.
A: The genuine crossbar set is $289. I have one in stock.
C: Great, I'll take it.
A: Done. You might want the locking cores so nobody walks off with them, $35 for the set of four. We can also install the bars for $60.
C: The locks, yes, definitely. The install I'll do myself, it's like four bolts.
A: Ha, it is pretty easy. So crossbars plus locks, $324 before tax.
C: Perfect. I'll swing by after work.
A: It'll be at the counter.
C: Awesome, thanks a lot, you guys are always so helpful.""",
True, 35.00, "positive",
"'I'll take it' ($289 main); 'The locks, yes, definitely' -> 35; $60 install refused; 'always so helpful'."),

(
"FR70_046", "Lorena Castillo", "2026-11-20T11:22:38", "asr",
"""A: bluebird moving claims department this is lorena
C: yeah my name is tanya wells you moved us on saturday and your guys destroyed my grandmother's dresser
A: i'm so sorry to hear that can you tell me what happened
C: the whole back panel is cracked and one of the legs is snapped off it was wrapped when they took it and when it came off the truck it was like that
A: i'm really sorry i'll open a claim for you right now you'll need to send photos and the valuation form
C: valuation form it's an antique you can't put a number on it
A: i understand with the basic coverage the claim is based on weight but i'll have an adjuster call you
C: sixty cents a pound is what the guy said that's insulting
A: i hear you i'll flag it for the manager
C: i'm gonna leave a review about this i'm so upset
A: i'm sorry tanya
C: yeah""",
False, 0.0, "negative",
"Damage claim, no purchase; 'that's insulting', 'i'm so upset'."),

(
"FR70_047", "Brent Kowalczyk", "2026-11-20T14:58:21", "clean",
"""A: Paperwise Office Supply, Brent speaking.
C: Hi, I need toner for our Brother laser printers. The TN-760, eight cartridges.
A: Sure, those are $68.99 each, so $551.92.
C: Your own website lists them at $61.50.
A: Let me check... you're right, that's the online price this week. I can match it for you.
C: Fine, match it and send eight.
A: Done, eight TN-760 at $61.50, $492 total. Do you need paper too? Multipurpose is $42 a case.
C: No, we're good on paper.
A: Okay. It ships today.
C: Thanks.""",
True, 0.0, "neutral",
"Price match 'Fine, match it and send eight' (main); paper at $42 refused ('we're good on paper'); flat."),

(
"FR70_048", "Nadia Haddad", "2026-11-20T16:07:52", "asr",
"""A: guardian auto warranty customer care nadia speaking
C: hi i want to cancel my extended warranty and get the refund for the unused part
A: okay can i ask why you're cancelling
C: i sold the car last week
A: ah okay well if you have a new vehicle we can actually transfer the remaining coverage value toward a plan on that one
C: no the new one is still under factory warranty
A: understood and we also have a powertrain only plan for newer cars at about half the price
C: no thanks i sold the car just cancel it please
A: okay i've processed the cancellation your prorated refund is six hundred twelve dollars minus the fifty dollar fee
C: okay and that goes back to my bank
A: yes within thirty days
C: okay thanks""",
False, 0.0, "neutral",
"Cancellation with refund; transfer and powertrain offers refused ('no thanks... just cancel it'); neutral."),

(
"FR70_049", "Marisol Ortega", "2026-11-23T10:36:44", "clean",
"""A: Hi, is this Mr. Delgado? It's Marisol from Riverside Auto Care, calling about your Jeep that's in for the oil change.
C: Yes. Is it done?
A: Almost. The tech noticed your front brake pads are at 2 millimeters. We recommend replacing them, it's $210 for the pads.
C: Every time I come in there's something.
A: I understand. The rotors are also getting thin; pads and rotors together would be $390.
C: Go ahead with the pads, but not the rotors. I'll deal with those later.
A: Okay, pads only, $210. It'll add about an hour.
C: Fine. It better not squeal afterwards.
A: It won't. We'll call when it's ready.
C: Okay.""",
True, 210.00, "negative",
"Outbound call on a car already in for an oil change; 'Go ahead with the pads, but not the rotors' -> $210 added work on top of the main service; grumbling 'Every time I come in there's something'."),

(
"FR70_050", "Derek Haney", "2026-11-23T13:19:26", "asr",
"""A: storeright harmon road this is derek
C: hey derek it's jamal in unit two oh six the five by ten i'm completely out of room
A: ha it happens a lot do you want to move up to a ten by ten
C: yeah how much is that
A: the ten by ten on the same floor is one twenty nine so forty more than you pay now and we'll move your lock record over
C: okay yeah let's upgrade me to the ten by ten
A: done unit two twenty you can move over anytime this week also your protection plan is at two thousand of coverage want to bump it to five thousand for four dollars more a month
C: nah the two thousand is fine it's mostly camping stuff
A: no problem
C: cool thanks man you guys always make this easy""",
True, 0.0, "positive",
"'let's upgrade me to the ten by ten' = paid plan change (the main purchase, not an add-on); coverage bump refused ('nah the two thousand is fine'); 'always make this easy'."),

(
"FR70_051", "Priya Raman", "2026-11-23T15:42:09", "clean",
"""A: Hi, it's Priya from Ledgerline, following up on your team's trial. It ends Friday.
C: Hi Priya. Yes, the team likes it a lot, actually.
A: That's great to hear. Would you like to move to a paid plan so nothing gets interrupted?
C: We'll probably convert, but not until next quarter when our budget opens up.
A: I understand. I can extend the trial two more weeks if that helps.
C: That would help, yes, please extend it.
A: Done, it now ends on December 11th.
C: Thanks. I'll talk to our controller and get back to you.
A: Sounds good, I'll check in the first week of December.
C: Okay.""",
False, 0.0, "neutral",
"'We'll probably convert, but not until next quarter' = deferral; 'please extend it' accepts a free trial extension, not a purchase."),

(
"FR70_052", "Tobias Lindqvist", "2026-11-24T08:12:57", "asr",
"""A: pipeline plumbing tobias speaking
C: yeah my kitchen sink is completely backed up and the dishwasher is draining into it i need someone today
A: okay we can get someone out by noon the drain cleaning is one ninety nine
C: one ninety nine for a drain that's insane
A: it includes the service call and clearing up to fifty feet of line
C: still that's crazy the last guy charged me like one twenty
A: i can do one seventy nine since you're a returning customer
C: ugh fine send them
A: okay noon today and i'd also recommend a camera inspection while they're there to see what's causing it it's ninety nine
C: no way i'm not paying another hundred bucks for a video
A: understood just the drain cleaning at one seventy nine
C: yeah just get someone here""",
True, 0.0, "negative",
"Price cut 199 -> 179, 'ugh fine send them' (main); camera ninety nine refused 'no way'; 'that's insane' -> negative."),

(
"FR70_053", "Keisha Walton", "2026-11-24T10:40:31", "clean",
"""A: OfficeHub business furniture, Keisha speaking.
C: Hi, we'd like three of the electric standing desks, the 60-inch walnut top.
A: The Elevate 60, sure. They're $399 each, so $1,197. Delivery is about ten days.
C: That's fine. Go ahead and order three.
A: Ordered. Would you like monitor arms with them? The dual arm is $79 each.
C: Two of the arms, not three. One of the guys has a laptop only.
A: Two dual monitor arms at $79, added.
C: Okay. Send the invoice to the usual email.
A: Will do.
C: Alright, thanks.""",
True, 158.00, "neutral",
"'Go ahead and order three' desks (main); 'Two of the arms, not three' at $79 each -> 158; flat."),

(
"FR70_054", "Ahmed Qureshi", "2026-11-24T13:55:14", "asr",
"""A: kessler ford service this is ahmed
C: yeah i'm sitting in your waiting room and i was promised a loaner when i booked this and now they're saying there aren't any
A: i'm sorry sir let me check the loaner schedule
C: i took the morning off and i have to be across town at eleven
A: it looks like two loaners weren't returned this morning i can get you a rideshare credit to wherever you need to go
C: i don't want a rideshare i booked a loaner a week ago specifically
A: i understand i can see if enterprise next door has a car on our account
C: this is the worst service department i've ever dealt with honestly
A: i'm very sorry i'll call enterprise right now
C: yeah you do that""",
False, 0.0, "negative",
"No purchase, loaner complaint; 'the worst service department i've ever dealt with'."),

(
"FR70_055", "Colleen Brady", "2026-11-24T16:21:40", "clean",
"""A: Bluebird Moving, Colleen speaking. I'm calling to confirm your booking details before I lock it in.
C: Sure, go ahead.
A: Three movers, Saturday November 28th, starting at 8 a.m., $135 an hour with a four-hour minimum, from 14 Birch Lane to 220 Lakeview Drive, Unit 5. Is that correct?
C: Yes, that's right. Do your guys bring the blankets and dollies?
A: They do, that's all included. Do you have a flat-screen TV? We have TV boxes, $45, because the original boxes are usually long gone.
C: Ha, yes, ours went in the recycling years ago. Sure, add a TV box.
A: Added. You're all booked.
C: Fantastic. You've been so organized, it's really reassuring.
A: Glad to hear it. See you on the 28th.
C: See you then!""",
True, 45.00, "positive",
"Confirms read-back 'Yes, that's right' + question; TV box $45 'Sure, add a TV box' -> 45; 'really reassuring'."),

(
"FR70_056", "Victor Sandoval", "2026-11-25T09:17:03", "asr",
"""A: northside collision this is victor
C: hi i brought my car in yesterday for the rear bumper and your estimate says two thousand three hundred
A: yes that's replacing the bumper cover the reinforcement bar and the backup sensor and paint
C: the guy from my insurance said it would be like twelve hundred this is a joke
A: the adjuster's number sometimes doesn't include the sensor we send them a supplement
C: i'm not authorizing anything until the adjuster comes and looks at it himself
A: that's fine we'll hold the car here and won't start work
C: and don't charge me storage for it either
A: no storage for the first five days
C: this whole thing is a nightmare i'm so sick of this
A: i understand we'll call when the adjuster's been out
C: yeah""",
False, 0.0, "negative",
"'not authorizing anything until the adjuster comes' = deferral; 'this is a joke', 'so sick of this'."),

(
"FR70_057", "Hannah Oyelaran", "2026-11-25T11:48:29", "clean",
"""A: Quotient CRM, Hannah speaking.
C: I'd like to cancel our account, please. Crestline Realty.
A: I'm sorry to hear that. Can I ask what's not working?
C: Honestly, the product just didn't fit us, and when we needed help, support took four days to answer a ticket.
A: That's not the experience we want for you. I can offer a free month while I get a dedicated onboarding specialist assigned.
C: No, we've already moved everything to another system.
A: Understood. I'll close the account at the end of the billing period on the 30th.
C: Fine. Please make sure we're not billed again.
A: You won't be. Your data export link will stay active for 60 days.
C: Okay. Frankly, it's been a frustrating few months.""",
False, 0.0, "negative",
"Cancellation; free-month save offer refused ('No, we've already moved'); 'a frustrating few months'."),

(
"FR70_058", "Grant McAllister", "2026-11-25T14:02:16", "asr",
"""A: liftright garage doors this is grant
C: oh thank god someone answered my garage door spring snapped and my car is stuck inside i need to get to work
A: okay that's a torsion spring we can have a tech there by one today it's two twenty nine for the spring both sides replaced
C: yes please send someone by one
A: you're booked for between twelve and one and since the tech is out there our annual maintenance plan is seventy nine a year that's a yearly tune up and ten percent off parts
C: yeah go ahead and add that plan i never want this happening again
A: done seventy nine added
C: you guys are a lifesaver seriously thank you
A: glad to help he'll call when he's on the way
C: perfect thanks""",
True, 79.00, "positive",
"'yes please send someone by one' (spring repair, main); 'go ahead and add that plan' at seventy nine -> 79; 'lifesaver'."),

(
"FR70_059", "Yuki Tanabe", "2026-11-25T15:50:44", "clean",
"""A: Stowaway Storage, this is Yuki.
C: Hi, I'd like to rent a 10x20 drive-up unit. I need it by the 1st.
A: Let me check. I'm sorry, all our 10x20s are rented right now, and we have no move-outs scheduled this month.
C: Seriously? Your website showed three available.
A: The website updates overnight, and they went this week. I can put you on the waitlist, or I could offer two 10x10 units side by side.
C: Two units means two rents, no.
A: Understood. Would you like the waitlist?
C: Put me on the waitlist, I guess. This is frustrating, I planned everything around this.
A: I'm sorry. You're first on the list, I'll call the moment one opens.
C: Okay.""",
False, 0.0, "negative",
"Sold out; two-unit alternative refused; waitlist is not a purchase; 'This is frustrating'."),

(
"FR70_060", "Renee Dubois", "2026-11-26T10:24:35", "asr",
"""A: clearflow gutters renee speaking
C: hi you guys left a flyer about gutter guards i wanted to know what that would cost for my house
A: sure what's the address i can pull the linear footage from our satellite tool
C: forty two elmwood road
A: okay about a hundred sixty feet of gutter so the micro mesh guards would be two thousand two hundred forty installed
C: mhm and how long do those last
A: they're warrantied for twenty five years and we're running ten percent off this month
C: okay um sounds good i'll think about it
A: i can put you on the schedule and you can cancel anytime before we come out
C: no i'll think about it and call you back
A: no problem i'll text you the quote
C: okay thanks""",
False, 0.0, "neutral",
"'sounds good i'll think about it' and refuses a provisional booking; neutral."),
]
