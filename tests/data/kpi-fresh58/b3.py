CALLS = [
    ("FR58_041", "Naomi Fischer", "2026-11-16T09:07:41", "asr",
     """A: kitchenworks customer care this is naomi
C: hi yeah i bought the blendmax pro three weeks ago and the motor just died
A: oh no i'm sorry can i get the order number
C: it's uh k w seven seven two oh nine
A: thank you okay i see it i can send a replacement or refund
C: refund this is the second one that's broken the first one leaked
A: understood i've processed a full refund of one twenty nine
C: mhm
A: would you like to look at a different model
C: no i'm good i'm done with this brand honestly what a waste of a month
A: i understand the refund shows in three to five days
C: yeah fine""",
     False, 0.00, "negative", "refund only, other model declined; 'done with this brand', 'what a waste'"),

    ("FR58_042", "Luis Ortega", "2026-11-16T10:32:18", "asr",
     """A: ledgerly accounts this is luis
C: hey our annual plan is up on the twentieth and i just wanna renew it
A: sure the team plan renews at four eighty for the year for your five users
C: yep renew it
A: done and you mentioned last time you were hiring do you need any more seats they're eight a month each
C: oh right yeah we hired two people so add two seats
A: two seats at eight each so sixteen a month extra
C: yep that's right
A: okay all set renewed with seven users
C: great honestly your software's been a lifesaver this year thanks""",
     True, 16.00, "positive", "'yep renew it'; 'add two seats' at eight each = 16; 'been a lifesaver'"),

    ("FR58_043", "Hannah Whitfield", "2026-11-16T11:55:03", "clean",
     """A: Northpeak Wireless support, this is Hannah.
C: Hi. My calls keep dropping at home. This is the fourth time I've called about it.
A: I'm sorry. Let me look... I see notes from the previous calls.
C: Then you know every one of them told me to restart my phone.
A: Have you tried turning on Wi-Fi calling?
C: Yes. It doesn't help when the Wi-Fi is fine and the calls still drop.
A: I'll open a network ticket for your area, it can take up to 72 hours.
C: 72 hours. Sure. Like the last three tickets.
A: I understand your frustration.
C: I doubt it. I'm paying for a service that doesn't work."""
     , False, 0.00, "negative", "repeat complaint, ticket only; 'Sure. Like the last three tickets', 'doesn't work'"),

    ("FR58_044", "Marcus Bell", "2026-11-16T14:16:29", "asr",
     """A: lakeside lodge reservations this is marcus
C: hi i wanna book the cabin for thanksgiving weekend wednesday to sunday
A: let me see yes the pine cabin is open four nights at two ten a night
C: great yeah book it
A: okay what card
C: visa four one one seven and the rest is on my screen hold on
A: okay i'm sorry that came back declined
C: what that can't be right try it again
A: i did it's declined again do you have another card
C: no that's the only one ugh i'll have to call the bank
A: i can't hold it without payment unfortunately
C: great so i might lose it i'll call back later""",
     False, 0.00, "negative", "'book it' but card declined twice, nothing booked; 'ugh', sarcastic 'great so i might lose it'"),

    ("FR58_045", "Yuki Tanaka", "2026-11-17T09:44:50", "clean",
     """A: Pawsure Pet Insurance, Yuki speaking.
C: Hi! I just adopted a puppy and my friend said I should look at insurance.
A: Congratulations! For a 10-week-old lab mix, accident and illness is $38 a month.
C: Oh, that's actually not bad. What's the deductible?
A: $250 a year, and we reimburse 90%.
C: Okay. I want to check with my vet which plans they work with first.
A: That makes sense. Your quote is good for 30 days.
C: Great, I'll probably call back next week.
A: Sounds good. Enjoy the puppy!
C: Thank you, this was really helpful!"""
     , False, 0.00, "positive", "deferral 'check with my vet first', 'probably call back'; 'not bad', 'really helpful'"),

    ("FR58_046", "Rebecca Stone", "2026-11-17T18:03:14", "asr",
     """A: tony's pizza this is rebecca pickup or delivery
C: delivery um two large pepperoni
A: okay two large pepperoni that's thirty one ninety eight want to add garlic knots they're six ninety nine
C: uh yeah two orders of the garlic knots
A: two orders at six ninety nine each and a two liter soda for three fifty
C: sure a coke
A: okay what's the address
C: nine twelve elm apartment four
A: so two large pepperoni two garlic knots one coke to nine twelve elm is that right
C: yeah that's right
A: about forty minutes
C: okay""",
     True, 17.48, "neutral", "confirms order read-back; two garlic knots at six ninety nine each (13.98) + soda three fifty = 17.48; flat"),

    ("FR58_047", "Omar Haddad", "2026-11-17T12:21:37", "asr",
     """A: oakline furniture this is omar
C: yeah i want the oak dining table the seventy two inch one
A: the sedona table that's one thousand four hundred
C: right
A: and delivery is eighty nine
C: oh wonderful another fee the website said free delivery
A: free delivery is on orders over two thousand i'm sorry
C: of course it is
A: we also have a five year protection plan for the table it's one nineteen
C: no no just the table
A: okay so the sedona table with delivery shall i place it
C: yeah fine place it whatever
A: done delivery is the twenty first
C: mhm""",
     True, 0.00, "negative", "'yeah fine place it'; plan declined; delivery is a fee = 0; sarcastic 'oh wonderful another fee', 'of course it is'"),

    ("FR58_048", "Chloe Bergeron", "2026-11-17T13:49:22", "asr",
     """A: lumen fiber support this is chloe
C: yeah my internet's been down since sunday it's wednesday
A: i'm sorry about that let me check there's an outage in your area crews are working on it
C: that's what they said monday and tuesday
A: i understand i don't have an exact time yet
C: i work from home i've been sitting in a coffee shop for three days
A: i can credit you for the days you've been without service
C: okay great so i get like six dollars back
A: it would be about nine dollars
C: wow nine dollars thanks so much
A: i'll also note your account for a call back when it's fixed
C: just fix it i'm paying for nothing""",
     False, 0.00, "negative", "outage complaint, credit only; sarcastic 'wow nine dollars thanks so much', 'paying for nothing'"),

    ("FR58_049", "Maria Delgado", "2026-11-18T10:11:46", "clean",
     """A: Skyway Travel, Maria speaking.
C: Hi Maria! We got your quote for the Cancún package, 5 nights at the Playa Azul with flights, $2,340 for two.
A: Yes, that's still available for December 12 to 17.
C: Great, let's book it.
A: Wonderful. Would you like to add travel insurance? It's $89 for both of you.
C: Yes, add the insurance, my husband always gets sick on vacation.
A: And we can add a private airport transfer both ways for $40.
C: Oh, that sounds easier than a taxi. Yes please.
A: Done: the package, insurance and the transfer. Confirmation is in your inbox.
C: Fantastic, thank you! We can't wait."""
     , True, 129.00, "positive", "'let's book it'; insurance $89 + transfer $40 accepted = 129; 'Fantastic', 'can't wait'"),

    ("FR58_050", "Kevin Brennan", "2026-11-18T11:38:09", "asr",
     """A: riverside auto care kevin speaking
C: hi um i got a letter about a recall on my escape something about the fuel pump
A: yes let me check your vin okay it's open on your vehicle the repair is free
C: okay how long does it take
A: about two hours do you want to bring it in
C: yeah i guess um what do you have thursday
A: thursday at eight thirty or one
C: eight thirty
A: okay thursday eight thirty shall i book that
C: yeah book me in thursday morning
A: done we'll see you then
C: okay thanks""",
     True, 0.00, "neutral", "free recall repair appointment booked ('book me in thursday morning') = booking; flat"),

    ("FR58_051", "Priya Raman", "2026-11-18T14:05:55", "asr",
     """A: global view magazine subscriptions this is priya
C: i want to cancel and i've been trying to do it online for a week there's no button
A: i'm sorry about that i can cancel for you can i get your account number
C: i don't have it it's under carla james
A: okay i see it before i cancel we're offering twelve issues for nine ninety nine
C: no just cancel it you people make it impossible to cancel on purpose
A: i understand it's cancelled as of today
C: and i'm not getting charged next month
A: no further charges
C: good
A: anything else
C: no""",
     False, 0.00, "negative", "cancellation, offer refused; 'you people make it impossible to cancel on purpose'"),

    ("FR58_052", "Tomasz Nowak", "2026-11-18T15:42:31", "asr",
     """A: active life physio this is tomasz
C: hi um my back's been killing me since the weekend i need to get in as soon as possible
A: okay we've got a cancellation tomorrow at eleven with jess
C: oh tomorrow yes please i'll take that
A: perfect an initial assessment is ninety five we also have massage therapy after
C: how much is the massage
A: sixty for thirty minutes
C: okay um let's see how the first appointment goes
A: no problem so tomorrow at eleven with jess
C: yes
A: you're booked wear comfortable clothes
C: thank you so much you're a lifesaver seriously""",
     True, 0.00, "positive", "'yes please i'll take that' booked; massage price only asked, deferred = 0; 'you're a lifesaver'"),

    ("FR58_053", "Alicia Greene", "2026-11-19T09:28:07", "clean",
     """A: Riverbend Music Festival tickets, Alicia speaking.
C: Hi, I'd like two weekend passes for the June festival.
A: Sure, general weekend passes are $210 each, $420 total.
C: Yes, two please.
A: We also have a VIP upgrade for $75 per person: shaded lounge, private bathrooms, and a fast-track entrance.
C: Private bathrooms sold me. Upgrade both of us.
A: So two weekend passes with VIP for two, that's $570. Is that correct?
C: That's correct.
A: You're all set, the wristbands ship in May.
C: Amazing, this is going to be the best weekend. Thanks!"""
     , True, 150.00, "positive", "passes 'Yes, two please'; VIP $75 per person 'Upgrade both of us' = 150; 'Amazing'"),

    ("FR58_054", "Darnell Hughes", "2026-11-19T10:53:40", "asr",
     """A: granite federal lending darnell speaking
C: hi i'm looking at a car loan like twenty five thousand over five years what's your rate
A: with your credit profile we're at seven point nine percent
C: seven point nine are you kidding my credit union quoted six
A: our rates are a bit higher but we can close faster
C: i'd go for it if it were under six honestly
A: i'm afraid seven point nine is the lowest i can offer
C: that's highway robbery
A: i understand would you like me to send the offer anyway
C: no don't bother i'll go with the credit union
A: okay thanks for calling
C: yeah""",
     False, 0.00, "negative", "conditional 'i'd go for it if it were under six'; 'highway robbery'"),

    ("FR58_055", "Sofia Marchetti", "2026-11-19T13:16:24", "asr",
     """A: greenline lawn care this is sofia
C: hi we just bought a house and the lawn is a disaster i want the monthly service
A: sure the monthly plan is fifty five a month mowing edging and weed treatment
C: okay let's do it
A: great and since it's your first season i'd recommend core aeration normally eighty but i can do sixty if you sign up today
C: sixty yeah okay add it
A: okay monthly plan plus aeration first visit is next monday
C: perfect
A: you'll get a reminder the day before
C: awesome thank you so much i'm so relieved someone else is dealing with it""",
     True, 60.00, "positive", "'okay let's do it'; aeration 'normally eighty ... sixty' 'add it' = 60; 'so relieved'"),

    ("FR58_056", "Ethan Caldwell", "2026-11-19T15:02:48", "asr",
     """A: northpeak wireless this is ethan am i speaking with the account holder
C: yes
A: great how can i help
C: um i was looking at the unlimited plus plan what would that be for me
A: for your two lines it'd be one ten a month up from eighty
C: mhm
A: and that includes hotspot and hd streaming
C: okay can i get that info emailed
A: sure is it still the gmail on file
C: yes
A: sent would you like to switch today
C: maybe next month my contract with the other line's up in december so we'll see""",
     False, 0.00, "neutral", "'yes' answers account holder and email only; deferral 'maybe next month'"),

    ("FR58_057", "Naomi Fischer", "2026-11-20T10:40:16", "clean",
     """A: TechHub orders, Naomi speaking.
C: Hi, I'm trying to order the Nova 5 console, the standard edition, for my son's birthday.
A: I'm sorry, the standard edition is sold out until January.
C: Oh no. His birthday is December 10.
A: We do have the Nova 5 holiday bundle in stock, it's $549 with two games.
C: Hmm. That's $50 more. But two games... okay, I'll take the bundle.
A: Great. Would you like an extra controller? They're $59.99.
C: Yes, he'll need one for his brother. Add one.
A: Done: the holiday bundle and one extra controller. It'll arrive by December 4.
C: Okay, good."""
     , True, 59.99, "neutral", "standard sold out but 'I'll take the bundle' instead; controller $59.99 'Add one' = 59.99; flat"),

    ("FR58_058", "Luis Ortega", "2026-11-20T12:07:39", "asr",
     """A: vineyard select wine club this is luis
C: yeah i just got charged one sixty for a shipment i never ordered
A: let me look it's the quarterly club shipment you signed up in august
C: i signed up for one box one i never agreed to quarterly
A: the sign up page does say quarterly i'm sorry for the confusion
C: confusion it's hidden in tiny print
A: i can refund this shipment if you return it unopened
C: fine and cancel the whole thing
A: okay the membership is cancelled and i'll email a return label
C: this is such a scam
A: i'm sorry for the trouble
C: yeah""",
     False, 0.00, "negative", "unwanted charge, refund and cancel; 'this is such a scam'"),

    ("FR58_059", "Hannah Whitfield", "2026-11-20T14:34:01", "asr",
     """A: northpeak wireless sales this is hannah
C: hey we're switching from talkmore me and my husband two lines bringing our own phones
A: great two lines on the essentials plan is seventy a month
C: yeah that's fine let's do that
A: okay and would you like device protection it's nine a month per phone
C: um just on mine he never breaks anything
A: okay so protection on your line only nine a month
C: yep
A: alright i'm porting both numbers now it takes about an hour
C: okay
A: you're all set
C: cool thanks""",
     True, 9.00, "neutral", "switch 'let's do that'; protection 'nine a month per phone' 'just on mine' = 9; flat"),

    ("FR58_060", "Marcus Bell", "2026-11-20T16:18:27", "clean",
     """A: Harbor View Inn, front desk, Marcus speaking.
C: Hi, I'm checking in tomorrow, reservation under Cho. Quick question about parking.
A: Sure, Ms. Cho. Parking is free for hotel guests in the lot behind the building.
C: Oh, free? Brilliant. The website made it sound like it was extra.
A: That's for the valet, which is optional.
C: No, self parking is totally fine.
A: And check-in is from 3 p.m.
C: Perfect. Could I maybe get a room on a higher floor?
A: I've added a note for a high floor.
C: Oh that's lovely, thank you so much, you've been great."""
     , False, 0.00, "positive", "existing booking, info only, no purchase; 'Brilliant', 'you've been great'"),
]
