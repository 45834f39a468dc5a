CALLS = [
("FR60_041", "Nathan Greer", "2026-11-16T15:48:03", "clean",
"""A: Northline Wireless upgrades, Nathan speaking.
C: Hi, I'm eligible for an upgrade and I want the Pixel 9, the 256 gig.
A: Sure, that's $799, or $22.19 a month over 36 months.
C: Monthly, please. Put it through.
A: Done. Are you traveling anywhere soon? I see you called about roaming last year.
C: Actually yes, Portugal for a week in December.
A: Our TravelPass is $10 a day abroad. For your seven days that's $70.
C: Yeah, add TravelPass for all seven days, the $70. Last time I came back to a $300 bill.
A: It's on your line for December 4th through 10th.
C: Perfect, that's a weight off my mind. Thanks, Nathan.""",
True, 70.00, "positive", "phone upgrade ('Put it through'); TravelPass $10 a day for seven days = $70 accepted ('add TravelPass'); 'weight off my mind'"),

("FR60_042", "Hannah Lindqvist", "2026-11-16T12:10:27", "asr",
"""A: golden wok pickup order this is hannah
C: hi yeah um can i get the general tso combo and
A: sure is this the number on file ending in six six two
C: yeah thats my number
A: okay general tso combo and what else
C: hm hang on my roommate is saying something
A: take your time
C: okay uh actually never mind were just gonna walk over and eat there
A: oh okay no problem see you soon
C: yeah see ya""",
False, 0.00, "neutral", "'yeah thats my number' is not an order; order abandoned ('actually never mind')"),

("FR60_043", "Brian Costello", "2026-11-17T09:17:52", "clean",
"""A: Seabreeze Hotel, Brian speaking.
C: Hi, I need one night, the 28th, one king bed.
A: I have a city-view king at $179. Ocean view is $40 more per night.
C: City view is fine.
A: And will you have a car? Parking is $25 a night.
C: Twenty-five dollars to park? For one night? That's a ripoff.
A: There's a public lot two blocks away that's cheaper.
C: Then no parking. Just book the city-view room.
A: Booked, one king city view on the 28th.
C: Fine. Honestly the fees at these places are getting ridiculous.""",
True, 0.00, "negative", "room booked ('Just book the city-view room'); ocean view and parking declined; 'ripoff', 'ridiculous'"),

("FR60_044", "Grace Okafor", "2026-11-17T10:44:30", "asr",
"""A: ironpeak fitness member services this is grace
C: hi i need to cancel my membership i tore my achilles
A: oh no im so sorry to hear that
C: yeah its a whole thing and now i have to call here because the app wont let me cancel
A: i know thats a pain um instead of cancelling we can freeze it for up to three months at no charge and you keep your rate
C: i mean i dont know when ill be back
A: if you need longer after three months just call and we can cancel then no fee
C: ugh fine freeze it for three months i guess
A: done its frozen from today
C: okay but seriously fix the app its a hassle to have to call for everything""",
True, 0.00, "negative", "retention offer accepted ('fine freeze it'); free freeze, no upsell; ends irritated ('its a hassle')"),

("FR60_045", "Kenji Watanabe", "2026-11-17T13:28:14", "clean",
"""A: Swift Movers, Kenji speaking.
C: Hi, I'm moving from a two-bedroom on the 30th, just across town.
A: For a two-bedroom local move we'd send three movers, $165 an hour, usually four to five hours.
C: That's about what I expected. Let's book it.
A: Booked for the 30th at 8 a.m. Do you need packing materials? Our kit is $75, 30 boxes, tape, and wrap.
C: Sure, add the kit.
A: Okay, move plus packing kit.
C: Oh wait, actually, my neighbor just offered me all her boxes from her move. Drop the kit.
A: No problem, just the move.
C: Great. Thanks, this was so much easier than I was dreading.""",
True, 0.00, "positive", "move booked ('Let's book it'); packing kit $75 accepted then dropped ('Drop the kit') = 0; 'so much easier than I was dreading'"),

("FR60_046", "Elena Vasquez", "2026-11-17T16:05:41", "clean",
"""A: Spoke & Chain, Elena.
C: Hey, I'd like to bring my road bike in for a tune-up this week.
A: Sure, the standard tune-up is $85. Thursday works?
C: Thursday's good, book me in.
A: Done. When did you last replace the chain? If it's over 2,000 miles it's probably stretched.
C: Oh, never. It's the original one.
A: Then I'd do a new chain, $34 installed. And your brake pads are probably glazed, $20 a set.
C: Do the chain, and both sets of pads, front and back.
A: So tune-up, chain at $34, and two sets of pads at $20 each. See you Thursday.
C: Awesome, thanks. Really appreciate you catching that.""",
True, 74.00, "positive", "tune-up booked; chain $34 + two sets of pads at $20 each = 74.00; 'Really appreciate you catching that'"),

("FR60_047", "Luis Ortega", "2026-11-18T09:38:09", "asr",
"""A: keystone life this is luis
C: hi um i just had a baby and everyone keeps telling me i need life insurance
A: congratulations thats a great time to look at it
C: i honestly dont know anything about it
A: no problem a twenty year term policy for five hundred thousand for someone your age is around twenty eight a month
C: oh thats way less than i thought
A: we can also add a child rider for about three a month
C: okay that makes sense um can you mail me the brochure so i can go over it with my wife
A: absolutely ill send it today
C: thank you this was really helpful i feel a lot less lost""",
False, 0.00, "positive", "interest only ('can you mail me the brochure'); child rider only discussed; 'really helpful'"),

("FR60_048", "Priya Raman", "2026-11-18T11:01:34", "clean",
"""A: FiberNet, this is Priya. How can I help?
C: Hi, I'm on the 300 megabit plan and the Wi-Fi upstairs is weak. Would a faster plan fix that?
A: Upgrading to gig would be $20 more a month, but for upstairs the bigger fix is usually a mesh unit, $10 a month to rent.
C: So the speed isn't really the problem.
A: Probably not, it's coverage.
C: Okay. I'll keep what I have and try moving the router first.
A: Sure, and if that doesn't help the mesh offer stands.
C: Got it. Thanks.""",
False, 0.00, "neutral", "kept existing plan ('I'll keep what I have'); speed upgrade and mesh rental not taken"),

("FR60_049", "Omar Haddad", "2026-11-18T14:19:26", "clean",
"""A: ClearView Eye Care, Omar speaking.
C: Hi, I need an eye exam, my prescription's two years old.
A: We have Monday at 10 or Tuesday at 3.
C: Tuesday at 3.
A: Got it. We also offer retinal imaging with the exam, instead of the dilating drops. It's $39 and insurance usually doesn't cover it.
C: No drops? Then yes, I'll do the imaging. I have to drive back to work after.
A: Perfect. Tuesday at 3 with retinal imaging. Bring your insurance card.
C: Will do.
A: See you then.
C: Okay, bye.""",
True, 39.00, "neutral", "exam booked ('Tuesday at 3'); retinal imaging $39 accepted ('yes, I'll do the imaging') = 39.00; neutral tone"),

("FR60_050", "Sofia Rossi", "2026-11-18T15:55:58", "asr",
"""A: solstice festival box office this is sofia
C: hi i have two general admission passes already and i wanted to see about upgrading to vip
A: sure the vip upgrade is one forty five per pass
C: one forty five each so almost three hundred to stand closer
A: it includes the lounge and the front viewing area
C: honestly id do it if it was under a hundred but thats insane
A: i understand that price is set by the promoter
C: yeah well its a rip off tell them that
A: will do your general admission passes are still good
C: whatever""",
False, 0.00, "negative", "conditional ('id do it if it was under a hundred'); no upgrade; 'its a rip off', 'whatever'"),

("FR60_051", "Daniel Whitfield", "2026-11-19T09:06:42", "clean",
"""A: Ridgeline Roasters, Daniel speaking.
C: Hi! I want to sign up for the monthly coffee subscription, the one that's $18 a bag.
A: Great, whole bean or ground?
C: Whole bean, the Ethiopia if you have it.
A: We do. Subscribers can add a second bag each month at half off, so $9.
C: Oh, a second bag for nine bucks? Yes, we go through it fast. Add it.
A: Done, two bags monthly, the second at $9. First shipment goes out Monday.
C: Amazing.
A: Thanks for joining!
C: Thank you, I'm really looking forward to it.""",
True, 9.00, "positive", "subscription started; second bag at $9 accepted ('Add it') = 9.00 (the half-off is the stated price); 'Amazing'"),

("FR60_052", "Aisha Bello", "2026-11-19T11:33:17", "asr",
"""A: handy appliance repair this is aisha
C: yeah my fridge stopped cooling i need someone out today or tomorrow
A: im sorry the earliest i have is next thursday
C: next thursday all my food is gonna be garbage by then
A: i understand i can put you on a cancellation list
C: and the trip fee is still eighty nine right
A: yes plus parts and labor
C: no forget it ill find someone who can actually come
A: okay im sorry we couldnt help sooner
C: yeah me too""",
False, 0.00, "negative", "no slot soon enough, customer refused next Thursday ('forget it ill find someone'); frustrated"),

("FR60_053", "Tomasz Nowak", "2026-11-19T13:50:01", "clean",
"""A: Pinecrest Insurance, Tomasz.
C: Hi, my son just got his license and we bought him a 2015 Civic. I need to add it to our policy.
A: Sure. Adding the car and a 16-year-old driver will bring your six-month premium up about $780.
C: Ouch. Okay.
A: Since it's financed, would you like gap coverage? It's $6 a month.
C: It's paid off, so no.
A: Understood. I'll need the VIN to add it.
C: It's in the glovebox, and he's got the car at school. Can I call you back with it tonight?
A: Of course, I'll note the account.
C: Okay, thanks.""",
False, 0.00, "neutral", "nothing added yet ('Can I call you back with it tonight?'); gap coverage declined"),

("FR60_054", "Fiona MacLeod", "2026-11-19T15:24:48", "asr",
"""A: urban plate catering this is fiona
C: hi i need lunch for our team on wednesday twelve people
A: sure our build your own bowl setup is eighteen fifty a head
C: okay thats fine lets do the bowls for twelve
A: great would you like to add a dessert tray cookies and bars for the group forty five dollars
C: yeah add the dessert tray
A: and drinks we do sparkling waters and iced tea at three a person
C: no were good on drinks
A: okay twelve bowls plus the dessert tray delivered wednesday at noon to the fourth floor
C: yep
A: confirmed""",
True, 45.00, "neutral", "order for twelve ('lets do the bowls for twelve'); dessert tray forty five dollars accepted, drinks declined = 45.00; flat 'yep'"),

("FR60_055", "Marcus Bell", "2026-11-20T10:12:33", "clean",
"""A: Horizon Mobile billing, Marcus speaking.
C: Hi, I was charged $240 for international roaming and I never left the country. I'm kind of panicking.
A: Let me look. I see the charges, it looks like your phone connected to a Canadian tower near the border.
C: I live twenty minutes from the border, but I was home the whole time.
A: That happens sometimes. I'm reversing all $240 and turning on a setting that blocks roaming unless you turn it on.
C: Oh my gosh, really? The whole thing?
A: The whole thing, you'll see the credit in 24 hours.
C: Thank you so much. That's a huge relief, you have no idea.
A: Happy to help.
C: Seriously, thank you.""",
False, 0.00, "positive", "billing fix, no purchase; relieved ('huge relief', 'Thank you so much')"),

("FR60_056", "Rachel Kim", "2026-11-20T12:47:19", "asr",
"""A: maple lodge reservations this is rachel
C: hi um me and my husband want to come up for three nights the eleventh to the fourteenth
A: lovely i have a fireplace room at one sixty five a night
C: oh a fireplace yes please book it
A: booked and would you like to add breakfast its twenty per person per night so for two of you for three nights thats one twenty total
C: yes do breakfast for both of us all three mornings
A: perfect fireplace room three nights with breakfast for two
C: yay okay this is gonna be so nice thank you
A: youll get an email shortly
C: thank you so much""",
True, 120.00, "positive", "room booked ('yes please book it'); breakfast twenty per person per night, two people, three nights = one twenty accepted = 120.00; 'thank you so much'"),

("FR60_057", "Nathan Greer", "2026-11-20T14:03:55", "clean",
"""A: TechPoint, Nathan speaking.
C: Hi, I want to order the 65-inch Sora OLED, the one on sale for $1,499.
A: Sure, that's in stock for delivery Saturday. Can I offer you our 3-year protection plan? It's $149.
C: No, I never use those.
A: Understood. Are you mounting it on the wall? We have the tilt mount for $59, and installation is $99.
C: Yes to both, I'm not drilling into my wall myself.
A: So the TV at $1,499, the mount at $59, and installation at $99, delivered and installed Saturday.
C: That's right.
A: Great, it's ordered.
C: Okay.""",
True, 158.00, "neutral", "TV ordered (read-back 'That's right'); mount $59 + installation $99 accepted = 158.00, protection plan declined"),

("FR60_058", "Hannah Lindqvist", "2026-11-20T16:30:12", "clean",
"""A: Brightside Dental, Hannah speaking.
C: Hi, I need a filling looked at, Dr. Patel said to come back.
A: Sure, I have Friday the 4th at 2:00.
C: Okay, book that.
A: Done, Friday the 4th at 2:00.
C: Wait, the 4th? I think I'm on the late shift that week. Actually, cancel that, I'll call back once I have my schedule.
A: No problem, I've removed it.
C: Sorry about that. Thanks.""",
False, 0.00, "neutral", "booking retracted in the same call ('Actually, cancel that')"),

("FR60_059", "Brian Costello", "2026-11-23T10:08:24", "clean",
"""A: BlueWave Cruises, Brian speaking.
C: Hi, I want to book a balcony cabin on the January 9th Caribbean sailing, two adults.
A: Let me check. While I look, would you like our beverage package? It's $65 per person per day.
C: $65 a day each? For a week? No, that's way too much.
A: Understood. I'm sorry, the January 9th balcony cabins are fully booked. I have inside cabins or the January 23rd sailing.
C: We can't do the 23rd, and we're not doing an inside cabin.
A: I can add you to the waitlist.
C: No. I was told last week there was plenty of availability. This is so disappointing.
A: I'm sorry.
C: Yeah.""",
False, 0.00, "negative", "cabins sold out, alternatives refused, nothing booked; beverage package declined; 'so disappointing'"),

("FR60_060", "Grace Okafor", "2026-11-23T13:41:07", "asr",
"""A: fresh crate meal kits this is grace
C: hi my box came two days late again and the chicken was warm
A: im so sorry about that i can refund that box
C: thats the third time
A: i understand i can also give you fifty percent off your next two boxes
C: no i just want to cancel
A: okay before i do that would you want to try our new premium menu at no extra cost for a month
C: no i dont want anything else just cancel it please
A: ive cancelled the subscription and refunded the box
C: good honestly i should have done this months ago""",
False, 0.00, "negative", "cancelled, save offers refused ('just cancel it please'); refund is not an upsell; negative"),
]
