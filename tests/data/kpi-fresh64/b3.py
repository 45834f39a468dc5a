CALLS = [
("FR64_041", "Ingrid Sorensen", "2026-11-12T12:05:00", "clean",
"""A: Pacifica Airlines, Ingrid speaking.
C: Hi there! I need a flight from San Diego to Sacramento on the 20th, one way, afternoon.
A: There's a 2:35 pm for $118.
C: Perfect.
A: Would you like trip insurance for $49?
C: No thanks.
A: And any checked bags, $35 each?
C: Nope, I'm only taking a backpack.
A: So one way, San Diego to Sacramento, the 20th at 2:35 pm, $118, no extras. Correct?
C: Yes, that's correct.
A: You're booked, confirmation coming by email.
C: That was super quick, you're a star. Thanks!""",
True, 0.00, "positive", "'Yes, that's correct' to read-back; insurance and bags declined; 'you're a star'"),

("FR64_042", "Rafael Benavides", "2026-11-12T13:35:00", "asr",
"""A: palm cove resort front desk rafael speaking
C: hi i'm in room three twelve and i just checked in and there's hair in the bathtub and the sheets have a stain
A: oh i'm so sorry about that
C: we paid almost three hundred a night for this
A: i completely understand i can move you right now to a room on the fifth floor at no charge
C: is it actually clean
A: i'll have housekeeping check it personally and i'll add breakfast vouchers for tomorrow on us
C: okay i guess that's something
A: someone will bring the new key in ten minutes
C: fine but honestly i expected a lot better than this""",
False, 0.00, "negative", "complaint during stay; free room move and vouchers, nothing bought; 'i expected a lot better'"),

("FR64_043", "Hannah Voss", "2026-11-12T15:20:00", "clean",
"""A: Saffron House, Hannah speaking.
C: Hi, do you have a table for four on Friday at 8?
A: Yes, I can do 8 o'clock for four.
C: Mm, could it be 8:30 instead? Some of us finish work late.
A: I'm sorry, 8:30 and 9 are fully booked. It's 8 or 9:30.
C: 9:30 is too late for me. Let me check with the others whether 8 works and I'll call back.
A: Sure. I can't hold the 8 o'clock, but it's free right now.
C: Understood. I'll try to call within the hour.
A: Great, talk soon.
C: Bye.""",
False, 0.00, "neutral", "wanted time unavailable; 'Let me check with the others... I'll call back'; no booking"),

("FR64_044", "Gideon Ashworth", "2026-11-13T09:00:00", "asr",
"""A: emerald bay kayak tours gideon speaking
C: hi there we're three adults and we'd like to do the sea cave tour on wednesday
A: awesome wednesday at ten has room it's ninety five per person
C: great
A: we also have a photo package where the guide takes pictures the whole trip twenty five dollars for the group
C: oh yes definitely we'll never get photos ourselves otherwise
A: and a picnic lunch on the beach it's fifteen per person
C: yeah lunch for all three of us please
A: so three people wednesday ten am with photos and lunch for three three hundred fifty five total shall i book that
C: yes book it
A: you're booked see you at the dock at nine forty five
C: yay thank you this is gonna be so good""",
True, 70.00, "positive", "'yes book it'; photo package twenty five + lunch fifteen each for three (45) = 70; 'so good'"),

("FR64_045", "Mei-Ling Chou", "2026-11-13T10:25:00", "clean",
"""A: Meridian Airways, Mei-Ling speaking.
C: Hi, I'm flying to Rome via Frankfurt next week and I got an email about upgrading.
A: Yes, I can upgrade both flights to business for $250 more.
C: That's steep. What would it be for just the long leg?
A: Just Frankfurt to Rome would be... sorry, it's the Newark to Frankfurt leg that's long. For that one, $180.
C: $180 for a seat I'm going to sleep in. Your email made it sound like a bargain.
A: It's a reduced rate compared to booking business outright.
C: Hm. Still no, I'll stay where I am.
A: Understood, no changes made.
C: Honestly, these upgrade emails are a bit of a con. Bye.""",
False, 0.00, "negative", "upgrade offer $250 / $180 declined 'Still no, I'll stay where I am'; 'a bit of a con'"),

("FR64_046", "Patrick Doherty", "2026-11-13T11:50:00", "asr",
"""A: bayside hotel patrick speaking
C: yeah hi i need two rooms for three nights from the second for a work team
A: sure i have two standard queens at one twenty nine each per night
C: that's fine
A: so two standard queens december second to fifth three nights seven seventy four total before tax is that right
C: yeah that's right
A: and will you need parking it's twenty a night so sixty for the stay
C: no we're taking the train
A: okay no parking i've got you booked under the company name
C: alright
A: confirmation's in your inbox
C: thanks""",
True, 0.00, "neutral", "'yeah that's right' to read-back; parking sixty declined 'no we're taking the train'"),

("FR64_047", "Yasmin Farouk", "2026-11-13T13:10:00", "clean",
"""A: Coastline Rentals, Yasmin speaking.
C: Hi, I'd like a compact from Tampa on Monday for three days.
A: That's $39 a day, $117 for three days. Shall I book it?
C: Yes, please.
A: I'm sorry, the card ending 2210 was declined.
C: Oh no. That's my travel card, I must have hit the limit. Try the one ending 8803?
A: That one went through. You're booked, confirmation 61220.
C: Phew. Thank you for being so patient with me.
A: No trouble at all.
C: Really, thank you, you made that painless.""",
True, 0.00, "positive", "first card declined, second card goes through, booking made; 'Phew. Thank you... made that painless'"),

("FR64_048", "Callum Reyes", "2026-11-13T14:40:00", "asr",
"""A: skyline air baggage services callum speaking
C: yeah my bag didn't show up in denver and it's been three days and nobody has called me
A: i'm very sorry can i have the file reference
C: d e n five five two one
A: thank you it shows the bag was located in houston and it's scheduled on tonight's flight
C: that's what they said yesterday
A: i understand i'll mark it as priority delivery
C: i've been wearing the same clothes for three days at my sister's wedding this is a disgrace
A: you can claim up to fifty dollars a day for essentials
C: fifty dollars a day wow how generous
A: i'll email you the claim form
C: don't bother i'll be filing a complaint with the department of transportation""",
False, 0.00, "negative", "lost baggage complaint, no purchase; 'this is a disgrace', sarcastic 'how generous'"),

("FR64_049", "Marisol Quintero", "2026-11-16T09:30:00", "clean",
"""A: Solana Spa Resort, Marisol speaking.
C: Hi, I'm looking at a garden room for two nights, December 12th and 13th.
A: I have one at $265 a night.
C: Great. And I saw you have couples massages?
A: We do, 60 minutes for $160.
C: I'll take the couples massage for an extra $160, on the Saturday afternoon.
A: Lovely. So the garden room, two nights from the 12th, plus a couples massage Saturday at 3 pm. Shall I confirm?
C: Yes, please confirm.
A: Confirmed. We'll see you on the 12th.
C: I can't wait, this is exactly what we need. Thank you!""",
True, 160.00, "positive", "'Yes, please confirm'; customer names 'couples massage for an extra $160'; 'exactly what we need'"),

("FR64_050", "Declan Whitford", "2026-11-16T10:50:00", "asr",
"""A: trattoria lucca declan speaking
C: hi i'd like to book a table for five on thursday at seven it's my mom's birthday
A: oh happy birthday to her seven on thursday for five is fine what name
C: alvarez
A: would you like us to do a cake for the table at the end
C: uh yeah sure how much
A: it's thirty for a chocolate torte that serves six
C: yeah okay do the torte
A: lovely five people thursday at seven with the birthday torte under alvarez
C: yep perfect she's gonna love it
A: great see you thursday
C: thank you so much""",
True, 30.00, "positive", "'yep perfect' to read-back; torte 'thirty' accepted 'yeah okay do the torte'; 'she's gonna love it'"),

("FR64_051", "Priya Raghunathan", "2026-11-16T12:15:00", "clean",
"""A: Canyon Trails Jeep Tours, Priya speaking.
C: Hi, I'm looking at the sunset jeep tour. Can I book it online?
A: You can, yes. It's $89 per person, and I can text you the link.
C: Sure, text it to this number.
A: Done. You should have it now.
C: Got it. Do I need to print anything?
A: No, just show the QR code on your phone.
C: Okay, I'll have a look tonight.
A: Perfect. Anything else?
C: No, that's it, thanks.""",
False, 0.00, "neutral", "'Can I book it online?' question, gets a link, no booking on the call"),

("FR64_052", "Tobias Lindqvist", "2026-11-16T13:30:00", "asr",
"""A: lakeshore hotel tobias speaking
C: hi i have a booking for the ninth and tenth and i need to move it to the sixteenth and seventeenth
A: sure let me check those dates
C: it's under petrov
A: okay i'm sorry the sixteenth is completely full there's a conference in town
C: what about the seventeenth and eighteenth
A: also full both nights i'm really sorry
C: that's annoying i told my client the sixteenth
A: i can keep your original dates or cancel with a full refund since you're still outside the window
C: no just keep my original dates then i'll have to shuffle the meeting
A: okay nothing changes you're still on the ninth and tenth
C: yeah great thanks for nothing""",
False, 0.00, "negative", "date change fails; keeps the original booking (no new commitment); 'thanks for nothing'"),

("FR64_053", "Keisha Barnwell", "2026-11-16T14:55:00", "clean",
"""A: Pacifica Airlines, Keisha speaking.
C: Hi, I'm on the overnight to London on Thursday. Can I add lounge access before the flight?
A: Yes, a lounge pass at JFK is $45.
C: I'll take the lounge pass.
A: Done. We also have in-flight Wi-Fi for the whole flight, $12.
C: Yes, add the Wi-Fi too, I've got work to finish.
A: So a lounge pass and Wi-Fi, $57 on your card ending 4471.
C: That's correct.
A: All set, they're attached to your booking.
C: Okay, thanks.""",
True, 57.00, "neutral", "add-ons to an existing flight: lounge pass $45 + Wi-Fi $12, both accepted = 57"),

("FR64_054", "Oren Halevi", "2026-11-17T09:20:00", "asr",
"""A: sunbelt car rental oren speaking
C: hi how much for a full size car in vegas friday to monday
A: for those dates full size is two hundred thirty plus taxes
C: two thirty i'd book it if it was under two hundred
A: i can do a compact for one eighty five
C: i don't fit in a compact i'm six four
A: then the full size is the best i can do
C: yeah no you guys are way overpriced compared to last year
A: understood if you change your mind the rate's online
C: yeah bye""",
False, 0.00, "negative", "conditional 'i'd book it if it was under two hundred', refuses 'yeah no'; 'way overpriced'"),

("FR64_055", "Colette Marchand", "2026-11-17T10:45:00", "clean",
"""A: Maison Belvedere, Colette speaking.
C: Good morning. We'd like a double room for a week, January 4th to 11th.
A: I have a superior double at $175 a night, $1,225 for the seven nights.
C: Fine.
A: Breakfast is $120 for the week for both of you. Would you like to include it?
C: Yes, include breakfast.
A: And an airport transfer on arrival is $55.
C: No, we'll grab a cab.
A: Understood. Superior double, January 4th to 11th, with breakfast, $1,345. Shall I confirm?
C: Yes.
A: Confirmed, you'll receive the voucher by email.
C: Thank you.""",
True, 120.00, "neutral", "'Yes' to confirm; breakfast $120 for the week accepted, transfer $55 declined; routine thanks"),

("FR64_056", "Jamal Okonkwo", "2026-11-17T12:00:00", "asr",
"""A: vine country tours jamal speaking
C: hi i'm looking at your saturday wine tour for two people
A: great the saturday tour has four wineries and lunch one forty nine each
C: okay yeah i think we'll probably do it
A: awesome shall i lock in two spots
C: um let me check with my sister first she might have plans
A: sure no problem there's still about eight spots open
C: okay i'll call back later today probably
A: sounds good
C: okay bye""",
False, 0.00, "neutral", "hedged 'i think we'll probably do it' then 'let me check with my sister first'; no booking"),

("FR64_057", "Ingrid Sorensen", "2026-11-17T13:25:00", "clean",
"""A: Horizon Air FlyPass, Ingrid speaking.
C: I want to cancel my FlyPass subscription.
A: I'm sorry to hear that. May I ask why?
C: I've been paying $49 a month since June and I've flown once. And I only found out it auto-renewed because I checked my statement.
A: I understand. I can offer you three months at half price, $24.50 a month.
C: No. I want it cancelled today.
A: Okay, I've cancelled it. It won't renew on the 1st.
C: And the last two months?
A: I'm afraid those aren't refundable.
C: Of course they aren't. I feel like I've been overcharged for months and nobody warned me.""",
False, 0.00, "negative", "cancellation; half-price retention offer refused 'No. I want it cancelled today'; 'overcharged'"),

("FR64_058", "Rafael Benavides", "2026-11-17T14:50:00", "asr",
"""A: palm cove resort rafael speaking
C: hi we stayed with you in the spring and we're thinking of coming back for new year's
A: oh welcome back let me look new year's eve we have garden rooms at three nineteen a night
C: oh that's not bad at all
A: we also have ocean view for forty more a night
C: is the fireworks thing happening again on the beach
A: yes the same as every year
C: oh we loved that it was the best night of our trip
A: would you like me to reserve it for you
C: sounds great i'll book it online tonight after i check the flights
A: perfect anything else
C: no that's it thanks so much you guys are always so lovely""",
False, 0.00, "positive", "'i'll book it online tonight' = not on the call; ocean view offer left unanswered; 'always so lovely'"),

("FR64_059", "Hannah Voss", "2026-11-18T09:10:00", "clean",
"""A: Copper Pot events, Hannah speaking.
C: Hi Hannah, we spoke last week about the private room for the 19th. The group's agreed!
A: Wonderful! So 22 people, Friday the 19th, set menu at $45 a head.
C: Yes, that's it.
A: To secure it we need a $200 deposit, which comes off the final bill.
C: Yes, take the deposit on this card.
A: Thank you, that's gone through. You're confirmed for the 19th.
C: Brilliant. Everyone is thrilled, and you've been so easy to deal with.
A: That's lovely to hear. I'll send the menu for final choices.
C: Perfect, thank you!""",
True, 0.00, "positive", "'Yes, that's it' and 'take the deposit on this card'; deposit is part of the main purchase; 'so easy to deal with'"),

("FR64_060", "Gideon Ashworth", "2026-11-18T10:30:00", "asr",
"""A: meridian airways gideon speaking
C: hi my flight to boston tonight was just cancelled and i have to be at my dad's surgery tomorrow morning
A: i'm sorry let me see what i can do can i have your last name
C: brennan
A: okay mister brennan there's a seat on the eight fifty tonight through philadelphia arriving at one ten am
C: oh thank god yes put me on that one
A: done you're confirmed no charge since we cancelled your original flight
C: you have no idea how relieved i am
A: your new boarding pass is in the app
C: thank you thank you so much""",
True, 0.00, "positive", "rebooking succeeds 'yes put me on that one' (no charge); 'so relieved', 'thank you so much'"),
]
