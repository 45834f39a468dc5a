CALLS = [
("FR59_041", "Keiko Matsuda", "2026-11-19T18:30:07", "asr",
"""A: sakura sushi keiko speaking
C: hi can i get a delivery order please two dragon rolls a spicy tuna and um an order of gyoza
A: sure two dragon rolls a spicy tuna and gyoza that's forty seven eighty with delivery and the card number
C: yeah it's um hold on okay go ahead
A: hm i'm sorry it says declined
C: what ugh okay try my other one
A: let me try that one no that's declined too
C: are you serious i just got paid
A: we do take cash on delivery if
C: i don't have cash ugh forget it we'll just make pasta or something"""
, False, 0.0, "negative", "both cards declined, order abandoned ('forget it'); 'are you serious' frustrated"),

("FR59_042", "Brendan Nolan", "2026-11-19T09:06:42", "clean",
"""A: Cooper Fuel & Heating, Brendan speaking.
C: Hi Brendan, it's Margaret Hale on Orchard Lane. We need an oil delivery, the tank's about a quarter full.
A: Sure, Margaret. A fill-up would be roughly 150 gallons at $3.89, delivery Thursday.
C: That's fine, please schedule it.
A: Done. I also see your furnace hasn't had a tune-up since 2024. It's $149.
C: Oh, has it been that long? Yes, book the tune-up too, same day if you can.
A: Thursday afternoon works for the tech.
C: Perfect. You folks have always looked after us.
A: Anything else?
C: No, that's lovely, thank you."""
, True, 149.0, "positive", "'please schedule it' + tune-up $149 booked ('Yes, book the tune-up too'); 'always looked after us'"),

("FR59_043", "Simone Adeyemi", "2026-11-19T12:48:30", "asr",
"""A: paper lantern books this is simone
C: hi i run a book club and we need three copies of the lighthouse keeper's daughter
A: let me check um we have two on the shelf
C: oh only two
A: i can order the third it'd be here monday
C: okay yeah hold the two and order the third one please
A: sure that's three at eighteen ninety nine under your name two today one monday
C: mhm lovely
A: we also have the reading guide for it it's six dollars
C: no we're okay the club makes its own questions
A: no problem
C: oh lovely thank you you're always so helpful"""
, True, 0.0, "positive", "'hold the two and order the third one please' = purchase; guide declined; 'always so helpful'"),

("FR59_044", "Luis Carvajal", "2026-11-20T10:14:26", "clean",
"""A: Northside Auto Parts, Luis speaking.
C: Yeah, I need a headlight assembly for a 2018 Jeep Cherokee, driver side.
A: The OEM one is $318, and we have an aftermarket for $164.
C: Oh sure, $318 for a headlight, totally normal.
A: The aftermarket is a good option for that model.
C: Is it going to fog up in a year?
A: They come with a one-year warranty.
C: A one-year warranty on a fog-prone headlight. Great.
A: I can hold one for you if you'd like.
C: I'll pass. I'll try the junkyard."""
, False, 0.0, "negative", "sarcasm about price, hold offer refused ('I'll pass')"),

("FR59_045", "Greta Holm", "2026-11-20T08:42:51", "clean",
"""A: Good morning, Crumb Corner Catering, Greta speaking.
C: Hi, I need a breakfast spread for a team meeting Tuesday, twenty people.
A: Our continental for twenty is $260, pastries, fruit, yogurt parfaits.
C: Sounds fine.
A: Would you like our coffee service for $45? That's two carafes, cups, milk, sugar.
C: Yes, add coffee.
A: So continental for twenty plus coffee, Tuesday at 8:30.
C: Oh, wait, can we make it 25 people? A few more just RSVP'd.
A: Sure, 25 would be $325 plus the $45 coffee. Still Tuesday 8:30?
C: Yes, that's right.
A: You're confirmed.
C: Okay, thanks."""
, True, 45.0, "neutral", "read-back confirmed after headcount change (main item); coffee $45 accepted ('Yes, add coffee')"),

("FR59_046", "Isaac Mendelsohn", "2026-11-20T14:59:37", "asr",
"""A: trailmap software this is isaac
C: hi yeah i'm on the free trial and it runs out friday i'm trying to figure out the pro plan
A: sure pro is sixty nine a month or six ninety if you pay for the year
C: sixty nine a month for just me
A: that's the single user price yeah it includes the gps export and offline maps
C: um i mean it's good i'd sign up if it was like half that honestly
A: i can't go that low but there's a hobby plan at twenty nine without offline maps
C: mhm the offline maps is the whole reason i'd use it
A: okay the trial data stays for thirty days if you change your mind
C: okay i'll see thanks"""
, False, 0.0, "neutral", "conditional 'i'd sign up if it was like half that'; 'okay i'll see'; no commitment"),

("FR59_047", "Nadia Petrovic", "2026-11-20T16:20:10", "clean",
"""A: Lakeside Pharmacy home delivery, Nadia speaking.
C: Hi, I need my metformin and my blood pressure pills refilled and delivered.
A: Sure. Both have refills, I can have them delivered tomorrow afternoon.
C: Okay, do that. And I want to say, last time it took four days and nobody told me anything.
A: I'm really sorry about that.
C: I was nearly out. It better actually be tomorrow this time.
A: I'll flag it. We also have vitamin D on offer, buy one get one for $12.99.
C: No, I'm all right.
A: Okay, both refills out tomorrow, $15 copay total on the card on file.
C: Fine. We'll see."""
, True, 0.0, "negative", "'Okay, do that' = refill ordered; vitamin D declined; 'nobody told me anything', 'It better... Fine. We'll see'"),

("FR59_048", "Owen Gallagher", "2026-11-23T11:24:04", "asr",
"""A: maple appliance owen speaking
C: hi we're redoing the kitchen and i'd like to order the fridge we looked at the french door one the lg in stainless
A: the lg thirty six inch french door yep that's two thousand one forty nine with delivery
C: yeah that's the one let's order it
A: great do you need us to take the old one away it's twenty five bucks
C: oh yeah take the old one i have no idea what i'd do with it
A: okay new lg delivered and old one hauled away on the second of december between eight and twelve
C: yeah that's perfect
A: all set
C: awesome thanks owen that was easy"""
, True, 25.0, "positive", "'let's order it'; haul-away twenty five bucks accepted; 'that was easy'"),

("FR59_049", "Marisol Ferreira", "2026-11-23T13:15:48", "clean",
"""A: Winter Lights at Greenfield Gardens, Marisol speaking.
C: Hi, I want to book for the 12th, the 6 p.m. entry. Two adults and one for each of the kids, so five.
A: Let me check... I'm sorry, 6 p.m. on the 12th is sold out. I have 8:30 p.m.
C: 8:30 is way past their bedtime. What about 6 on the 13th?
A: Also sold out, I'm afraid. The earliest weekend slot left is 8:30.
C: And weekdays?
A: Weekdays start at 5, but the 12th and 13th are the only dates left before the 20th.
C: They're at school on weekdays. So no, that won't work.
A: I'm sorry. You could join the waitlist.
C: No. This is the third year in a row we've missed it. Really disappointing."""
, False, 0.0, "negative", "slots sold out, nothing booked ('that won't work', waitlist refused); 'Really disappointing'"),

("FR59_050", "Devon Okafor", "2026-11-23T15:36:12", "asr",
"""A: clearspring water devon speaking
C: hi we just moved into an office and we want water delivery
A: sure how many people
C: about ten
A: most offices that size do two five gallon jugs every two weeks it's eighteen dollars a delivery
C: okay yeah that's fine set that up
A: do you have a cooler we rent them for eight dollars a month
C: mhm no we don't yeah we need the cooler
A: okay two jugs every other week and a cooler first delivery next monday
C: yep monday's fine
A: great
C: okay thanks bye"""
, True, 8.0, "neutral", "'yeah that's fine set that up'; cooler rental eight dollars a month accepted = 8"),

("FR59_051", "Priya Raman", "2026-11-24T10:50:23", "clean",
"""A: Kickoff Sports, Priya speaking.
C: Hi, I'd like to order two pairs of the Adidas Copa kids' cleats. A size 3 and a size 5.
A: Let me check stock... the size 3 is here, but the size 5 is sold out until January.
C: Ugh. Okay, take the size 5 off then, he's grown out of his anyway, I'll find something.
A: So just the size 3, $54.99. Shall I ship it or hold it for pickup?
C: Ship it please.
A: Sure. Would you like shin guards to go with it? $14.
C: She already has some.
A: Okay, one pair of size 3 Copa cleats shipping today.
C: Yeah, that's it. Thanks."""
, True, 0.0, "neutral", "size 5 removed, size 3 ordered ('Ship it please'); shin guards declined"),

("FR59_052", "Tomasz Wieczorek", "2026-11-24T13:07:59", "clean",
"""A: Woven Home Rugs, this is Tomasz.
C: Hi! I'm looking at the Marrakesh runner and the Kilim 8 by 10 for my living room, and I just can't decide.
A: Both are lovely. The Kilim is $780 and the runner is $240.
C: Could you send me fabric swatches of the Kilim? The colours look different on every screen.
A: Absolutely, I'll post them out today, no charge.
C: Amazing. And once I've seen them I'll ring you back about which one.
A: Perfect. They should be with you by Thursday.
C: You've been so helpful, honestly. Thank you so much."""
, False, 0.0, "positive", "only free swatches sent; 'I'll ring you back' defers; 'so helpful... Thank you so much'"),

("FR59_053", "Hannah Lindqvist", "2026-11-24T18:44:16", "asr",
"""A: tony's pizza this is hannah pickup or delivery
C: delivery please um a large pepperoni and a medium veggie
A: okay anything else
C: uh garlic bread
A: large pepperoni medium veggie garlic bread to thirty six elm that's thirty four ten about forty minutes
C: yep that's right
A: okay it's in
C: oh wait hold on sorry my husband just walked in with chinese food ha can you cancel it
A: ha no problem it's cancelled
C: oh sorry about that you're lovely thanks so much"""
, False, 0.0, "positive", "confirmed then retracted ('can you cancel it'); 'you're lovely thanks so much'"),

("FR59_054", "Curtis Bell", "2026-11-25T09:22:34", "clean",
"""A: Draftline Software support, Curtis speaking.
C: Hi. I bought a licence for Draftline Studio yesterday, $249, and the key you emailed doesn't work.
A: I'm sorry about that. What error are you seeing?
C: "Invalid licence key." I've tried it five times. I've been on your chat for an hour already.
A: Let me look. Ah, it was issued for the Mac version and you're on Windows.
C: I selected Windows when I bought it.
A: I'll reissue it now... you should have a new email.
C: Okay, it's working. That took way longer than it should have.
A: Again, apologies for the trouble.
C: Yeah. Bye."""
, False, 0.0, "negative", "support fix on an earlier purchase, nothing bought; 'took way longer than it should have'"),

("FR59_055", "Aiyana Redcloud", "2026-11-25T15:41:00", "asr",
"""A: petal post flowers this is aiyana
C: hi i need flowers delivered today to my sister it's her birthday today
A: oh i'm sorry our same day cutoff is two o'clock it's nearly four
C: you're kidding me there's no way
A: i can do first thing tomorrow morning
C: no it's for today tomorrow's pointless
A: i really am sorry
C: your website doesn't say anything about a cutoff
A: it's on the checkout page
C: well that's useless never mind"""
, False, 0.0, "negative", "same-day cutoff missed, next day refused ('never mind'); 'that's useless'"),

("FR59_056", "Rafael Quintero", "2026-11-25T11:03:27", "clean",
"""A: PureFlow Filters, Rafael speaking.
C: Hi, I'm calling about the fridge water filter. I got a postcard about your subscription.
A: Yes, we'll send you a new filter every six months for $34.99 each, with free shipping. Shall I set that up for you?
C: Yes, that's my address on the postcard, the Maple Street one. But what if I move?
A: You can change the address or cancel any time online.
C: Okay. I'm not sure I need a subscription though, I only change it when the light comes on.
A: Understood, you can also buy single filters anytime.
C: I'll think about it. Thanks for explaining."""
, False, 0.0, "neutral", "'Yes, that's my address' answers the address not the closing question; 'I'll think about it'"),

("FR59_057", "Keiko Matsuda", "2026-11-09T14:18:45", "clean",
"""A: Hearth & Table, Keiko speaking.
C: Hi, I'd like to preorder your Thanksgiving dinner for eight. The traditional one.
A: Of course. Turkey, gravy, mashed potatoes, green beans, stuffing and rolls, $239. Pickup the 25th or 26th?
C: The 25th, afternoon.
A: Would you like a pie? Pumpkin or pecan, $24.
C: Pecan, please. And is there extra stuffing? My family fights over it.
A: There is, an extra tray is $15.
C: Yes, one extra tray.
A: So the dinner for eight, a pecan pie and an extra stuffing, pickup November 25th at 3 p.m.
C: You got it.
A: You're on the list.
C: Wonderful, that's one less thing to worry about. Thank you!"""
, True, 39.0, "positive", "read-back confirmed ('You got it'); pie $24 + extra stuffing $15 = 39; 'one less thing to worry about'"),

("FR59_058", "Brendan Nolan", "2026-11-26T10:31:52", "asr",
"""A: greenway pharmacy brendan speaking
C: hi i moved here from ohio and i need my prescriptions transferred from the cvs there
A: sure i can start that do you have the store number or the rx numbers
C: no i don't have any of that i thought you could just look it up
A: i'll have to call them to get the transfer and they're backed up today
C: so i can't get it today
A: probably not i'll call you tomorrow once it's through
C: ugh okay yeah call me back tomorrow then
A: will do
C: this is such a hassle honestly"""
, False, 0.0, "negative", "'yeah call me back tomorrow' is not a purchase, nothing filled; 'such a hassle'"),

("FR59_059", "Simone Adeyemi", "2026-11-26T13:46:19", "clean",
"""A: Summit Subaru accessories, Simone speaking.
C: Hi, I want to order the crossbar roof rack for my Outback, for ski season.
A: Sure, the genuine crossbars are $329. Do you want them installed? It's normally $120.
C: How long does install take?
A: About an hour. Actually, since you're buying the rack, I can do the install for $90.
C: Oh, that's good of you. Yes, do the install at $90.
A: Great, rack plus install at $90, I've booked you for Saturday at 10.
C: Perfect, thank you, that's really kind."""
, True, 90.0, "positive", "rack ordered; install revised from $120 to $90 and accepted ('Yes, do the install at $90'); 'really kind'"),

("FR59_060", "Luis Carvajal", "2026-11-26T16:05:03", "asr",
"""A: volt electronics luis speaking
C: hey i saw you got the switch two bundles back in stock i want one for pickup
A: yep we got a few in this morning it's four ninety nine
C: okay yeah put one on hold and i'll pay now on the phone
A: okay taking payment hmm hold on
C: what
A: i'm so sorry the system says that order didn't go through the last one just sold in store while i was entering it
C: are you kidding me you just told me you had a few
A: i can put you on the list for the next shipment
C: no i've been on that list since june this is ridiculous"""
, False, 0.0, "negative", "committed but order failed (last unit sold), waitlist refused; 'are you kidding me', 'ridiculous'"),
]
