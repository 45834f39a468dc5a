CALLS = [
("FR64_021", "Keisha Barnwell", "2026-11-06T10:45:00", "clean",
"""A: Pacifica Airlines, Keisha speaking.
C: Hi, I need to move my flight to Seattle from the 14th to the 16th. Same time if possible.
A: Let me see. The 16th at 10:05 has seats. There's a $75 change fee, and the fare difference is $42.
C: So $117 to move it two days.
A: That's right.
C: Ugh, okay. Go ahead and change it, I don't have a choice.
A: All right, you're now on the 16th at 10:05, seat 14C. The $117 will go on the card on file.
C: Is my bag allowance the same?
A: Yes, nothing changes there.
C: Okay. Thanks.""",
True, 0.00, "neutral", "'Go ahead and change it' - paid rebooking counts as booking; change fee and fare difference are fees, not upsell; resigned 'Ugh, okay' then neutral"),

("FR64_022", "Oren Halevi", "2026-11-06T12:10:00", "asr",
"""A: cedar ridge lodge this is oren
C: hi i'm looking at your weekend getaway for the twenty eighth two nights
A: sure that's available it's four hundred twenty for the two nights with dinner on the saturday
C: okay
A: a lot of guests add the spa credit it's seventy five dollars and covers a massage
C: hm i'd do that if it was like fifty
A: i'm afraid seventy five is the set price on that one
C: then no just the room
A: no problem so the getaway package twenty eighth and twenty ninth for four hundred twenty want me to confirm
C: yeah confirm it
A: confirmed you'll get the details by email
C: alright thanks""",
True, 0.00, "neutral", "'yeah confirm it' for the package; spa credit conditional 'if it was like fifty' then 'no just the room'"),

("FR64_023", "Colette Marchand", "2026-11-06T14:30:00", "clean",
"""A: SkyHigh Helicopter Tours, Colette speaking.
C: Hi, I had the 2 pm canyon flight today and got a text saying it's cancelled for wind.
A: Yes, I'm sorry, all afternoon flights were grounded. I can move you to another day or refund you.
C: We fly home tomorrow, so a refund please.
A: Understood. I've refunded the full $498 to your card. You'll see it in a few days.
C: That was quick. I was expecting a fight.
A: No fight here, safety first.
C: Honestly, thanks, that was painless. We'll try again next time we're out here.
A: We'd love to have you. Safe travels.
C: Thanks, bye!""",
False, 0.00, "positive", "refund only, nothing booked; 'that was painless', 'We'll try again next time' is not a commitment"),

("FR64_024", "Jamal Okonkwo", "2026-11-09T09:10:00", "asr",
"""A: sunbelt car rental jamal speaking
C: hey i've got a compact booked for thursday through sunday in miami
A: yes i see it here four days
C: is there any way to get something a little more fun it's my birthday trip
A: i've got a mustang convertible it's fifteen a day more so sixty total for the four days
C: oh man
C: yeah sixty's fine do it
A: done you're in the convertible same pickup time
C: sweet that's perfect thank you so much
A: happy birthday enjoy the drive
C: i will""",
True, 60.00, "positive", "upgrade 'yeah sixty's fine do it' (agent states sixty total for four days); 'sweet that's perfect'"),

("FR64_025", "Ingrid Sorensen", "2026-11-09T10:35:00", "clean",
"""A: Bellamy's, Ingrid speaking.
C: Hello, I'd like to reserve a table for two on Friday at 8. It's our anniversary.
A: How lovely. I have 8 o'clock by the window.
C: Perfect.
A: We can have a glass of champagne waiting for you both on arrival for $40.
C: Oh, yes please, let's do that.
A: And we do a small celebration cake for $25, with a message if you like.
C: Yes, the cake too, with "Happy 25th, Tom".
A: So Friday at 8 for two, window table, with champagne and the cake. All set?
C: All set. Thank you, this is going to be perfect.""",
True, 65.00, "positive", "confirms 'All set'; champagne $40 + cake $25 both accepted = 65; 'going to be perfect'"),

("FR64_026", "Rafael Benavides", "2026-11-09T11:20:00", "asr",
"""A: coastal airlines rafael speaking
C: hi i'm thinking of flying to austin next month and i want to bring my cat in the cabin
A: sure pets in cabin are allowed on that route the fee is one hundred twenty five each way
C: each way
A: yes and the carrier has to fit under the seat
C: and how many pets are allowed per flight
A: four per cabin so it's best to add it early
C: okay um i'll look into it and see if my neighbor can just watch her
A: no problem anything else
C: no that's it bye""",
False, 0.00, "neutral", "only asks about pet fee; 'i'll look into it'; flat"),

("FR64_027", "Hannah Voss", "2026-11-09T13:45:00", "clean",
"""A: Riverside Suites, Hannah speaking.
C: Hi, I need a room for next Tuesday and Wednesday, business trip.
A: I have a standard king for $159 a night.
C: That's fine, book it.
A: Sure. Can I have the name on the card?
C: Hang on, my phone just buzzed. Oh, for crying out loud.
C: Actually, cancel that. My boss just texted that the trip is off.
A: No problem, I haven't charged anything. Nothing is booked.
C: Sorry for wasting your time.
A: Not at all. Call us when it's back on.""",
False, 0.00, "neutral", "'book it' then retracted 'Actually, cancel that'; irritation aimed at the boss, not the hotel"),

("FR64_028", "Gideon Ashworth", "2026-11-09T15:05:00", "asr",
"""A: meridian airways gideon speaking
C: yeah i missed my connection in dallas because the first flight was late an hour
A: i'm sorry about that let me see where you're headed
C: albuquerque and i need to get there tonight
A: okay the last two flights tonight are both full i can confirm you on tomorrow at two ten pm
C: two ten tomorrow are you kidding
A: i tried the morning ones they're oversold as well
C: then no i'm not waiting a whole day i'll rent a car and drive it myself
A: i understand i can refund the unused leg
C: yeah do that and honestly your airline made me miss it so you should be paying for the car
A: i can file a request for reimbursement but i can't promise it
C: of course you can't""",
False, 0.00, "negative", "rebooking fails (only next day), customer declines; refund only; 'of course you can't'"),

("FR64_029", "Mei-Ling Chou", "2026-11-10T09:30:00", "clean",
"""A: CityPass visitor desk, Mei-Ling speaking.
C: Hi, I want two adult tickets for the history museum on Saturday, plus the hop-on bus for the same day.
A: The combo for both is $64 per adult, so $128 for two.
C: Okay.
A: Please confirm: two adult combo tickets, museum and bus, Saturday the 14th, $128.
C: You got it.
A: We also rent audio guides for the museum, $8 each.
C: Yes, two of those.
A: Done, that brings it to $144. The tickets are on your phone.
C: Okay, thanks.""",
True, 16.00, "neutral", "'You got it' to read-back; audio guides $8 each, 'two of those' = 16"),

("FR64_030", "Patrick Doherty", "2026-11-10T10:55:00", "asr",
"""A: bayside hotel patrick speaking
C: hi i stayed with you last week and i need an itemized receipt for my expense report
A: sure can i have the last name
C: nakamura
A: okay i see the stay three nights checking out the fourth is the email we have k nakamura at work dot com
C: yes that's my email
A: great i'm sending it now it should arrive in a couple of minutes
C: oh it's already here perfect
A: anything else i can help with
C: no that's it you're a lifesaver honestly thank you so much
A: you're welcome have a good day""",
False, 0.00, "positive", "'yes that's my email' is not a purchase; receipt only; 'you're a lifesaver'"),

("FR64_031", "Yasmin Farouk", "2026-11-10T12:15:00", "clean",
"""A: Horizon Air, Yasmin speaking.
C: Hi, I want to use miles for a round trip to Honolulu, January 8th to the 15th.
A: I have saver seats both ways for 45,000 miles plus $11.20 in taxes.
C: Great, let's do that.
A: An extra legroom seat on the way out is $59.
C: Yes, add that.
A: Added.
C: Hmm, actually no, skip the seat. It's only six hours, I'll live.
A: Sure, I've removed it. So the award trip, January 8th to 15th, 45,000 miles and $11.20. Booked.
C: Thanks.""",
True, 0.00, "neutral", "'let's do that' award booking; legroom seat $59 accepted then retracted 'actually no, skip the seat'"),

("FR64_032", "Callum Reyes", "2026-11-10T14:00:00", "asr",
"""A: la terraza callum speaking
C: hi can i book a table outside for four on saturday at one
A: let me look um the terrace is fully booked on saturday for lunch
C: what about sunday
A: sunday's full outside as well i have plenty inside
C: the whole reason we come to you is the terrace
A: i understand i could put you on the list in case something opens up
C: no forget it if we can't sit outside there's no point
A: sorry about that maybe another weekend
C: yeah that's disappointing honestly you used to have space""",
False, 0.00, "negative", "terrace full, refuses indoor 'no forget it'; 'that's disappointing'"),

("FR64_033", "Marisol Quintero", "2026-11-10T15:25:00", "clean",
"""A: Sunway Car Rental, Marisol speaking.
C: Hi, I need a minivan in Orlando for four days starting the 22nd. We've got two little ones.
A: A minivan is $74 a day, $296 for the four days. Do you need car seats?
C: Yes, I was going to ask.
A: They're $12 a day each, so two seats for four days would be $96.
C: Yes, we need both.
A: Okay. Minivan, Orlando airport, the 22nd to the 26th, with two child seats. Shall I reserve it?
C: Please do.
A: Reserved, confirmation 55103.
C: Fantastic, that's one less thing to lug through the airport. Thanks so much!""",
True, 96.00, "positive", "'Please do' to reserve; two child seats stated as $96 total, 'Yes, we need both'; 'Fantastic'"),

("FR64_034", "Declan Whitford", "2026-11-11T09:40:00", "asr",
"""A: blue horizon cruises declan speaking
C: hi i saw the seven night caribbean cruise in february and wanted some details
A: sure the february eighth sailing has balcony cabins at twelve hundred ninety per person
C: ooh and what's included
A: all meals the shows the kids club and two shore days
C: oh this sounds amazing honestly
A: i can hold a balcony cabin for forty eight hours with no deposit if you'd like
C: um i'd better talk to my husband first he's the one who gets seasick
A: of course i'll email you the itinerary
C: yes please that's lovely thank you""",
False, 0.00, "positive", "'talk to my husband first' deferral, declines hold; 'sounds amazing', 'that's lovely'"),

("FR64_035", "Priya Raghunathan", "2026-11-11T11:00:00", "clean",
"""A: Paradise Key Resort, Priya speaking.
C: I'm booking four nights from December 27th. Your website says $229 a night.
A: That's right, and there's a $45 nightly resort fee on top.
C: Oh wonderful, another "resort fee" nobody mentioned until now. What does it even cover?
A: Wi-Fi, pool towels and the fitness center.
C: Pool towels. Amazing.
A: I understand it's frustrating. Would you like me to go ahead with the booking?
C: Fine, book it. I've already got flights, so you've got me.
A: Booked, four nights from the 27th. Confirmation is on its way.
C: Whatever. Bye.""",
True, 0.00, "negative", "'Fine, book it'; resort fee is a fee, not upsell; sarcastic 'Oh wonderful', 'Amazing', 'Whatever'"),

("FR64_036", "Tobias Lindqvist", "2026-11-11T12:30:00", "asr",
"""A: northstar airlines tobias speaking
C: hi i have a trip to anchorage on the third and i need to add bags
A: sure how many
C: two checked bags we're bringing fishing gear
A: okay checked bags are thirty five each so seventy for two
C: yeah add both
A: done and i see you're in a middle seat would you like a window for twenty nine dollars
C: um yeah go on take the window
A: okay two bags and window seat ninety nine total on the card ending four four
C: yep that's fine
A: all set
C: okay thanks""",
True, 99.00, "neutral", "add-ons to existing trip: two bags at thirty five each (70) + window seat twenty nine = 99, both accepted"),

("FR64_037", "Keisha Barnwell", "2026-11-11T14:10:00", "clean",
"""A: Harbor Catering & Events, Keisha speaking.
C: Hi, I'm looking at your brunch room for a baby shower, maybe 25 people, December 7th.
A: That date is open! The brunch buffet is $38 a head, so about $950.
C: Okay, that's in the range I was thinking.
A: Wonderful. Let's get you booked! I just need a $200 deposit.
C: Hold on, I haven't decided yet. My sister's also getting quotes.
A: Of course. The date's open for now, but Saturdays go fast.
C: I understand. I'll call you tomorrow either way.
A: Sounds good.
C: Okay, bye.""",
False, 0.00, "neutral", "agent's 'Let's get you booked!' alone; customer 'I haven't decided yet... call you tomorrow'"),

("FR64_038", "Oren Halevi", "2026-11-11T15:45:00", "asr",
"""A: cedar ridge lodge oren speaking
C: hi i'd like to book a room for the nineteenth just one night
A: sure i have a mountain view queen for one sixty nine
C: great i'll take that
A: our checkout is at eleven would you like a late checkout to two
C: how much is that
A: normally forty but since it's a sunday i can do twenty five
C: oh yeah twenty five i'll do that
A: so one night on the nineteenth with late checkout one ninety four total
C: perfect you're the best
A: you're all set see you then
C: thanks so much""",
True, 25.00, "positive", "'i'll take that' room; late checkout revised forty -> twenty five, accepted; 'you're the best'"),

("FR64_039", "Colette Marchand", "2026-11-12T09:15:00", "clean",
"""A: Highland Coach Tours, Colette speaking.
C: Hi, I'd like two seats on the Loch Ness day tour on Thursday.
A: I'm sorry, Thursday's coach is sold out.
C: Sold out? I rang last week and someone told me there was loads of space and I didn't need to book ahead.
A: I'm sorry you were told that. I can put you on the waitlist for Thursday, free of charge.
C: Yes, put me on the waitlist, I suppose.
A: Done. You're second on the list.
C: And Friday?
A: Friday's also full, I'm afraid.
C: Well, that's really disappointing. We came all this way for that tour.""",
False, 0.00, "negative", "tour sold out; free waitlist is not a booking; 'really disappointing'"),

("FR64_040", "Jamal Okonkwo", "2026-11-12T10:40:00", "asr",
"""A: velocity car club jamal speaking
C: hi i got an email that my membership renews next week at one twenty nine it used to be ninety nine
A: yes the annual price went up this year it includes free upgrades when available
C: nobody asked me about that
A: i can offer the plus tier it's one twenty nine plus forty and you get airport lounge access
C: i'm not paying more i'm trying to pay less
A: i understand would you like to renew at the standard rate
C: no turn off the auto renew i'll decide later if it's even worth it
A: okay auto renew is off your membership runs until the eighteenth
C: fine and i'm not happy about the price jump""",
False, 0.00, "negative", "renewal declined, plus tier declined, 'turn off the auto renew i'll decide later'; 'not happy'"),
]
