CALLS = [
("FR64_061", "Mei-Ling Chou", "2026-11-18T11:55:00", "clean",
"""A: Redline Car Rental, Mei-Ling speaking.
C: Hi, I've got a sedan due back tomorrow in Nashville, and I need it two more days.
A: I can extend you to Sunday. That's two extra days at $55, so $110.
C: That's fine, extend it.
A: Done. Since you're keeping it longer, would you like to prepay fuel for $65? Then you can return it empty.
C: Yes, do the fuel thing, I won't have time to fill up before the flight.
A: Okay, extension to Sunday plus prepaid fuel, $175 on the card on file.
C: Yep.
A: All set, new return time is Sunday 5 pm.
C: Okay, thanks.""",
True, 65.00, "neutral", "'extend it' (paid extension = main purchase $110); prepaid fuel $65 accepted"),

("FR64_062", "Patrick Doherty", "2026-11-18T13:20:00", "asr",
"""A: blue fin whale watching patrick speaking
C: hi i just got an email saying my sunday tour isn't running
A: yes i'm sorry we've stopped sunday trips for the season starting this week
C: oh perfect so the tour i paid for a month ago doesn't run on sundays great
A: i can move you to saturday at nine
C: fine saturday then
A: um i'm sorry i'm just seeing saturday is now full the sunday people all moved over
C: you're kidding me
A: i can refund the full amount
C: yeah i guess i'll take the refund what else can i do
A: it's processed you'll see it in about five days
C: nice planning guys really""",
False, 0.00, "negative", "'fine saturday then' but rebooking fails (Saturday full); refund only; sarcastic 'oh perfect', 'nice planning guys'"),

("FR64_063", "Yasmin Farouk", "2026-11-18T14:45:00", "clean",
"""A: Grand Terrace Hotel, Yasmin speaking.
C: Hi, I need three rooms for the night of December 3rd for my team.
A: I have three standard doubles at $149 each.
C: Good, let's book those.
A: We can upgrade any of them to a king for $30 a room.
C: Just two of them, the other guy won't care.
A: So three rooms on December 3rd, two upgraded to king, $507 before tax. Correct?
C: Correct.
A: Booked. Names for the rooms?
C: I'll email them over. Thanks.""",
True, 60.00, "neutral", "'let's book those'; king upgrade $30 a room, 'Just two of them' = 60"),

("FR64_064", "Callum Reyes", "2026-11-19T09:05:00", "asr",
"""A: skyline air callum speaking
C: hi i'm checking on flight six twelve to atlanta it says delayed again
A: let me look yes it's now departing at four forty instead of two fifteen
C: that's the third delay today
A: i'm sorry it's waiting on a crew from another flight
C: is it gonna actually leave at four forty or should i just expect six
A: right now four forty is the estimate
C: great so basically nobody knows
A: i can add you to text alerts
C: sure whatever text me
A: done
C: yeah""",
False, 0.00, "negative", "status enquiry only; 'great so basically nobody knows', 'sure whatever'"),

("FR64_065", "Marisol Quintero", "2026-11-19T10:20:00", "clean",
"""A: Olive & Ember, Marisol speaking.
C: Hi, do you have anything for eight people on the 28th, around 7?
A: Let me check. Yes, I have 7 pm in the back room.
C: Okay.
A: Can I take a number? Is this the best one to reach you on?
C: Yes, that's my cell.
A: Great. Would you like me to hold the 7 pm for you?
C: I'll let you know once I've checked with everyone. Not everybody has confirmed yet.
A: Sure. I'd call back by Wednesday, Saturdays fill up.
C: Okay, will do.""",
False, 0.00, "neutral", "'Yes, that's my cell' answers a contact question; hold declined 'I'll let you know once I've checked'"),

("FR64_066", "Declan Whitford", "2026-11-19T11:40:00", "asr",
"""A: harbor view inn declan speaking
C: hi so we booked a regular room for our honeymoon for four nights and i was wondering about the suites
A: congratulations let me check yes the harbor suite is free those nights
C: how much more would it be
A: it'd be an extra three hundred for the whole stay
C: um let me just um yeah okay let's do it we only get married once
A: lovely i've moved you into the harbor suite and we'll put a bottle of champagne in the room on us
C: oh my gosh that's so sweet thank you
A: our pleasure congratulations again
C: thank you we can't wait""",
True, 300.00, "positive", "suite upgrade 'extra three hundred for the whole stay', 'yeah okay let's do it'; free champagne not counted; 'so sweet'"),

("FR64_067", "Priya Raghunathan", "2026-11-19T13:00:00", "clean",
"""A: Northstar Airlines, Priya speaking.
C: I need a one-way to Minneapolis on Tuesday, early.
A: The 6:50 am is $139.
C: Fine, book that.
A: Would you like to add a checked bag for $35?
C: Yes, add a bag.
A: And travel insurance for $29?
C: Yeah, fine, the insurance too.
A: So that's $203 with the bag and insurance.
C: $35 for a bag on a $139 ticket, honestly. Actually, scratch the bag, I'll carry on. Keep the insurance.
A: Okay, bag removed. $168 total, you're booked.
C: Whatever. Thanks.""",
True, 29.00, "negative", "'book that'; bag $35 accepted then retracted, insurance $29 kept = 29; grumbling about fees, 'Whatever'"),

("FR64_068", "Tobias Lindqvist", "2026-11-19T14:30:00", "asr",
"""A: coastline rentals tobias speaking
C: yeah i want to cancel my reservation for next week
A: sure can i ask the name
C: hollis and the reason is the price on my confirmation went up by sixty dollars and nobody told me why
A: let me see it looks like the airport concession fee was updated
C: so you just change the price after i book
A: i can keep the booking at the current total which is two eighty nine
C: no cancel it please
A: okay it's cancelled no charge
C: good i'm not renting from a company that moves the goalposts""",
False, 0.00, "negative", "cancellation, keep-booking offer refused 'no cancel it please'; 'moves the goalposts'"),

("FR64_069", "Keisha Barnwell", "2026-11-20T09:15:00", "clean",
"""A: Ice Trek Adventures, Keisha speaking.
C: Hi! Two of us want to do the glacier hike on the 2nd.
A: Great, the half-day hike is $129 per person.
C: Lovely. Do we need special boots?
A: Hiking boots are fine, but you'll need crampons. We rent them for $15 each.
C: We don't own any, so yes, two pairs please.
A: So two hikers on the 2nd, with two crampon rentals, $288 total. Shall I book it?
C: Yes, book us in!
A: You're booked. Meet at the base hut at 8:30.
C: You've been fab, we're so excited. Thank you!""",
True, 30.00, "positive", "'Yes, book us in!'; crampons $15 each x2 = 30; 'You've been fab'"),

("FR64_070", "Oren Halevi", "2026-11-20T10:40:00", "asr",
"""A: the copper grill oren speaking
C: hi um i was in last month for my husband's birthday and honestly it was awful we waited forty minutes for mains
A: i'm really sorry to hear that that's not how we want anyone to feel
C: and the steak came out cold
A: i'd love the chance to make it right would you like to come back and be our guests for dessert
C: i mean he does like your place
A: i could book you this friday at seven
C: fine book us for friday at seven
A: done table for two friday at seven dessert's on us
C: okay but honestly last time was so bad don't make me regret this""",
True, 0.00, "negative", "'fine book us for friday at seven' (free dessert, no upsell); complaint and 'don't make me regret this'"),

("FR64_071", "Colette Marchand", "2026-11-20T12:10:00", "clean",
"""A: Maison Belvedere, Colette speaking.
C: Hi, I booked a non-refundable room for the 15th, but my mother's in hospital and I can't travel.
A: I'm so sorry. Let me look. The rate is non-refundable, I'm afraid, and it's within 48 hours.
C: I'm aware. I'm asking for some flexibility given the circumstances.
A: I can't refund it, but I could offer to move the dates for a $50 change fee.
C: I don't know when I can travel. My mother is in hospital.
A: I understand. Unfortunately that's the policy.
C: Then I'll dispute it with my card company. Frankly this is heartless.
A: I'm sorry I can't do more.
C: So am I.""",
False, 0.00, "negative", "refund refused, date-move offer not taken; 'this is heartless'"),

("FR64_072", "Jamal Okonkwo", "2026-11-20T13:35:00", "asr",
"""A: coastal airlines jamal speaking
C: yeah hi i need two tickets to denver on the fourteenth me and my son
A: sure there's a ten fifteen am at two forty three each
C: that one's fine
A: okay two tickets to denver on the fourteenth ten fifteen am four hundred eighty six total
C: you got it
A: would you like to choose seats together it's twenty each
C: yeah for both he's nine he's not sitting alone
A: okay seats eleven a and b that's forty more
C: mhm
A: booked the confirmation is in your email
C: alright thanks""",
True, 40.00, "neutral", "'you got it' to read-back; seat selection twenty each 'yeah for both' = 40"),

("FR64_073", "Ingrid Sorensen", "2026-11-20T15:00:00", "clean",
"""A: Sunway Car Rental, Ingrid speaking.
C: Hello, I'm picking up a compact in Lisbon on Monday for a week. I'd like a GPS.
A: The GPS is usually $12 a day, but for a week I can do a flat $25.
C: Oh, that's much better. Yes, add it at $25.
A: Added to your reservation.
C: And the car's confirmed for Monday at 10?
A: Yes, Monday at 10, Lisbon airport.
C: Brilliant. Honestly, that's the nicest surprise I've had all week.
A: Enjoy Portugal!
C: Thanks so much!""",
True, 25.00, "positive", "add-on to existing rental, price revised $12/day -> flat $25, 'Yes, add it at $25'; 'nicest surprise'"),

("FR64_074", "Rafael Benavides", "2026-11-23T09:25:00", "asr",
"""A: vine country tours rafael speaking
C: hi i heard about your hot air balloon and brunch thing
A: yes the sunrise flight lands at a vineyard and we do brunch after it's three forty per person
C: wow okay that sounds really fun
A: we have the sixth and the thirteenth open
C: the thirteenth is my girlfriend's birthday that'd be cute
A: i can hold two spots on the thirteenth
C: sounds good i'll think about it and let you know this week
A: sure i'll email you the details
C: great thank you you've been really nice""",
False, 0.00, "positive", "'sounds good i'll think about it' = no commitment; 'really fun', 'you've been really nice'"),

("FR64_075", "Hannah Voss", "2026-11-23T10:50:00", "clean",
"""A: Riverside Suites, Hannah speaking.
C: Hi, I need a two-bedroom suite for December 20th to 23rd. Family's coming.
A: Let me check. I'm afraid the two-bedroom suites are sold out those nights.
C: All of them?
A: Yes. I could offer two adjoining standard rooms for $178 a night each.
C: That's more money for less space. No, that won't work with little kids.
A: I understand. I'm sorry I couldn't help this time.
C: I called in August to ask and was told it would be fine to book later. That's frustrating.
A: I'm sorry about that.
C: Yeah. Bye.""",
False, 0.00, "negative", "requested suite sold out, alternative refused 'No, that won't work'; 'That's frustrating'"),

("FR64_076", "Gideon Ashworth", "2026-11-23T12:15:00", "asr",
"""A: meridian airways gideon speaking
C: hey i booked a flight to paris for the fifth and i need to sort out bags
A: sure how many are you checking
C: two
A: the first checked bag is forty and the second is fifty five
C: okay yeah add both
A: done that's ninety five and would you like travel insurance it's sixty two for the trip
C: nah i've got insurance through work
A: okay so two bags ninety five dollars on the card ending one one nine
C: yeah that's right
A: all set
C: cool thanks""",
True, 95.00, "neutral", "bags on existing booking: forty + fifty five = 95 accepted; insurance sixty two declined 'nah'"),

("FR64_077", "Mei-Ling Chou", "2026-11-23T13:40:00", "clean",
"""A: Bellamy's, Mei-Ling speaking.
C: Hi, table for four on Sunday the 29th at 1, please.
A: I'm so sorry, we're closed to the public that day for a private event.
C: Seriously? That's the third time I've tried to book with you this month.
A: I apologize. Could another day work? We have Saturday the 28th.
C: No, it's my dad's birthday on Sunday, it had to be Sunday.
A: I'm sorry. We open again Tuesday.
C: Forget it, we'll go somewhere else.
A: I understand. Sorry again.
C: Bye.""",
False, 0.00, "negative", "restaurant closed that day, alternative refused 'Forget it'; 'Seriously? third time'"),

("FR64_078", "Patrick Doherty", "2026-11-23T15:05:00", "asr",
"""A: bayside hotel patrick speaking
C: hi i'm checking in next week and i wanted to ask about your loyalty thing
A: oh the bayside club it's seventy nine a year you get ten percent off and free breakfast every stay
C: oh that's really good actually we stay with you like four times a year
A: there's also a partner lounge add on for twenty five a year
C: can i sign up at the front desk when i check in
A: yes they can do it at the desk
C: okay perfect i'll do it then honestly we love staying with you guys
A: that's great to hear see you next week
C: see you""",
False, 0.00, "positive", "'can i sign up at the front desk' question, sign-up deferred to check-in; 'we love staying with you guys'"),

("FR64_079", "Yasmin Farouk", "2026-11-24T10:00:00", "clean",
"""A: Horizon Air, Yasmin speaking.
C: What's the cheapest round trip from Chicago to Cancun over New Year's?
A: December 29th to January 3rd, the lowest fare is $689.
C: $689? It was $420 two weeks ago.
A: Holiday fares rise quickly as flights fill up. Let's get that booked before it goes up again!
C: Hmm, I'm going to compare prices first.
A: Of course, but I can't guarantee the fare.
C: These prices are insane. I'll take my chances.
A: Okay. Anything else?
C: No.""",
False, 0.00, "negative", "agent's 'Let's get that booked!' alone; customer 'going to compare prices first'; 'These prices are insane'"),

("FR64_080", "Callum Reyes", "2026-11-24T11:30:00", "asr",
"""A: lakeshore hotel callum speaking
C: hi i've got a room on the fifth and i need to move it work moved my trip
A: sure which date were you thinking
C: the tenth
A: let me look um the tenth is full unfortunately
C: oh no what about the twelfth
A: the twelfth i have a queen at the same rate one thirty nine
C: perfect yes book the twelfth
A: done you're moved to the twelfth would you like to add breakfast for eighteen
C: no thanks i'll grab something on the way
A: okay all set
C: oh that's such a relief thank you so much you made this really easy""",
True, 0.00, "positive", "first date full, then 'perfect yes book the twelfth'; breakfast eighteen declined; 'such a relief... really easy'"),
]
