CALLS = [
("FR72_061", "Elena Petrova", "2026-11-19T14:10:00", "clean",
"""A: Sunway Airlines, Elena speaking.
C: I need a one-way to Las Vegas on the 11th. Cheapest thing you have.
A: The 6:00 a.m. is $79. That fare includes a personal item only. A carry-on is $40 and a checked bag is $40.
C: So the $79 flight is really a $119 flight. Cute.
A: I understand it's not ideal.
C: Fine, add the checked bag, forty dollars, whatever. Book it.
A: Okay, one adult to Las Vegas, November... sorry, December 11th at 6:00 a.m., one checked bag, $119 total.
C: Yes.
A: You're confirmed.
C: Great. Love being nickel-and-dimed at six in the morning.""",
True, 40.0, "negative", "'Fine, add the checked bag, forty dollars, whatever. Book it.' -> 40; read-back 'Yes'; sarcasm 'Cute', 'Love being nickel-and-dimed'"),

("FR72_062", "Marcus Bell", "2026-11-20T07:55:00", "asr",
"""A: grand meridian front desk marcus speaking
C: yeah this is room eight one four there's been construction drilling outside my window since six am
A: i'm so sorry about that i can move you to the other side of the building
C: okay
A: or for fifty a night i can put you in a junior suite on the top floor for your last two nights
C: no i shouldn't have to pay extra for a quiet room that's what i paid for in the first place
A: understood i'll move you to a quiet standard room at no charge
C: fine when
A: it'll be ready by ten
C: i paid full price to be woken up by a jackhammer this is not okay""",
False, 0.0, "negative", "refuses the paid suite 'i shouldn't have to pay extra'; free room move is not a purchase; 'this is not okay'"),

("FR72_063", "Ingrid Dahl", "2026-11-20T10:25:00", "clean",
"""A: Coastline Car Rental, Ingrid speaking.
C: Hi, I need a standard car in Salt Lake City from the 2nd to the 6th.
A: I have a Chevy Malibu or similar at $52 a day, $208 for the four days. Shall I reserve it?
C: Sure.
A: Would you like roadside assistance plus? It covers lockouts, flat tyres and fuel delivery, $7.99 a day, so $31.96 for the four days.
C: Yeah, stick that on. Mountain roads.
A: So a standard car, December 2nd to 6th, with roadside assistance, $239.96 before taxes.
C: Mm-hmm, all good.
A: You're reserved. Confirmation number CR-90034.
C: Okay, thanks.""",
True, 31.96, "neutral", "'Sure' to reserve, roadside assistance 'Yeah, stick that on' = $7.99 x 4 = 31.96 stated; 'Mm-hmm, all good'; flat"),

("FR72_064", "Tariq Haddad", "2026-11-20T13:40:00", "asr",
"""A: blue horizon cruises tariq speaking
C: yeah hi i booked the bahamas cruise last month for two thousand one hundred and now it's on your site for one thousand six hundred
A: i see that let me look the new price is a promotional fare that doesn't apply to existing bookings
C: so i just lose five hundred dollars
A: i can offer you one hundred fifty in onboard credit
C: a hundred fifty for five hundred no can i cancel and rebook
A: cancelling now would mean a twenty five percent penalty so it wouldn't save you anything
C: so you punish people for booking early great business model
A: i'm sorry that's the best i can do
C: keep your credit i'm disputing it with my card company""",
False, 0.0, "negative", "price-drop complaint, credit refused 'keep your credit'; sarcasm 'great business model'; threatens a dispute"),

("FR72_065", "Marisol Ortega", "2026-11-23T11:00:00", "clean",
"""A: Mercato Kitchen Tours Florence, Marisol speaking.
C: Hi! There are six of us and we'd love the pasta-making class on the 15th.
A: We have a 10 a.m. and a 4 p.m. class. It's $85 per person.
C: The 10, please. Let's do it.
A: Wonderful. Before the 10 a.m. class we also run a Sant'Ambrogio market walk, $30 per person.
C: Only four of us want that, the other two are lazy.
A: Ha! So six people for the pasta class at 10 a.m. on the 15th, and four for the market walk. $510 for the class plus $120 for the walk, $630 in total.
C: Yes, all correct.
A: You're booked! I'll email the meeting point.
C: Fantastic, we're so excited. Thank you!""",
True, 120.0, "positive", "picks the 10 am class 'Let's do it'; market walk for four = $30 x 4 = 120; read-back 'Yes, all correct'; 'Fantastic, we're so excited'"),

("FR72_066", "Derek Halvorsen", "2026-11-23T15:05:00", "asr",
"""A: northwind air derek speaking
C: hi um i booked a flight like an hour ago and i put the wrong month i need to cancel it
A: okay no problem you're within the twenty four hour window so i can cancel it with a full refund
C: oh thank god i thought i'd lost like four hundred dollars
A: no you're fine it's four hundred eighteen back to your card in five to seven days
C: okay
A: would you like me to book the right month now
C: no i'll do that later i need to check with work first
A: sure it's cancelled
C: thank you so much seriously you saved me""",
False, 0.0, "positive", "cancels with a full refund; declines to rebook 'i'll do that later'; relieved 'thank you so much seriously you saved me'"),

("FR72_067", "Priya Raman", "2026-11-24T09:35:00", "clean",
"""A: Channel Rail, Priya speaking.
C: I need London to Paris on the 3rd, returning the 7th. One adult.
A: For those times, Standard is $98 each way and Standard Premier is $156 each way.
C: $196 for a two-and-a-half hour train. These prices are absurd.
A: I know it's busy season. Standard, then?
C: Standard's fine. I'm not paying more.
A: So Standard, London to Paris on the 3rd at 9:01, returning the 7th at 18:13, $196 in total.
C: Yes, fine. Is there wifi?
A: There is. You're booked.
C: Great. Cheapest ticket still costs a fortune.""",
True, 0.0, "negative", "picks Standard over Standard Premier, read-back 'Yes, fine' with a question; complains 'These prices are absurd', 'still costs a fortune'"),

("FR72_068", "Tomasz Wielgus", "2026-11-24T12:20:00", "asr",
"""A: riverside hotel tomasz speaking
C: hi i've got a booking next weekend under hall and i just wanted to check if breakfast is included
A: let me see no your rate is room only
C: oh okay
A: i can add breakfast it's twenty two per person per day
C: hmm i'll just grab something at the cafe down the road
A: no problem anything else
C: um what time is check in
A: three pm
C: okay thanks""",
False, 0.0, "neutral", "breakfast offered to an existing booking and declined 'i'll just grab something at the cafe'; informational; flat"),

("FR72_069", "Keisha Brandt", "2026-11-24T16:00:00", "clean",
"""A: Skylark Airways, Keisha speaking.
C: Hi, I'm on the flight to London on the 19th. How much to move up to premium economy?
A: Let me check. It's $189 for that flight.
C: Yikes.
A: I can see a promotion on your booking, actually. I could do it for $149.
C: No, still too much. I'll survive back in the cheap seats for eight hours. Lucky me.
A: Understood. I can put you on the upgrade list in case it drops closer to the day.
C: Sure, whatever. Not holding my breath.
A: Done. Anything else?
C: No.""",
False, 0.0, "negative", "upgrade refused even at the revised $149 'No, still too much'; sarcasm 'Lucky me', 'Not holding my breath'"),

("FR72_070", "Oliver Strand", "2026-11-25T10:45:00", "asr",
"""A: road king rentals oliver speaking
C: hi i want a convertible in san francisco for the weekend we're doing the coast drive
A: oh i'm sorry the convertibles are all gone for this weekend
C: all of them
A: all of them i'm afraid i have a midsize or a jeep
C: a jeep in the rain on the coast no thanks
A: the midsize is forty six a day
C: yeah okay whatever book the midsize
A: okay midsize saturday to monday ninety two dollars before tax
C: yeah
A: you're booked
C: kind of ruins the whole road trip vibe honestly""",
True, 0.0, "negative", "convertible sold out; 'yeah okay whatever book the midsize' and read-back 'yeah' — a booking; 'kind of ruins the whole road trip vibe'"),

("FR72_071", "Naomi Fairweather", "2026-11-25T13:30:00", "clean",
"""A: Andes Treks, Naomi speaking.
C: Hi. I'm trying to book the four-day Inca Trail starting April 14th for two people.
A: I'm sorry, the trail permits for April 14th are sold out. The government releases a fixed number.
C: What about the 13th or the 15th?
A: Also sold out. The first date with permits is April 29th.
C: We fly home on the 26th. I've been planning this for a year.
A: I'm sorry. I could offer the one-day Inca Trail on the 18th.
C: It's not the same. No.
A: I understand.
C: This is really disappointing. Should have booked months ago, I guess.""",
False, 0.0, "negative", "permits sold out, alternative refused 'It's not the same. No.'; 'This is really disappointing'"),

("FR72_072", "Luis Carvajal", "2026-11-25T16:40:00", "asr",
"""A: lakeside lodge luis speaking
C: hey there um we'd like to book a room for the twenty sixth through the twenty ninth
A: sure three nights i have a lake view double at one thirty nine a night
C: awesome yes please
A: are you driving up we have parking at twenty a night so sixty for the three nights
C: yeah we're driving so yes parking
A: okay lake view double three nights with parking four seventy seven all in
C: that's correct
A: great you're booked
C: awesome thanks so much we can't wait""",
True, 60.0, "positive", "'awesome yes please' plus parking 'yes parking' at $20 x 3 nights = 60 stated; read-back 'that's correct'; 'we can't wait'"),

("FR72_073", "Hannah Okafor", "2026-11-26T09:15:00", "clean",
"""A: Northwind Air, Hannah speaking.
C: Hi. I didn't get a confirmation email for my booking.
A: Let me check. Booking under Osei, flight to Houston on the 2nd?
C: Yes.
A: It's confirmed. Looks like the email went to an address with a typo. Shall I resend it to the correct address?
C: Yes, go ahead. k dot osei at mailhub dot com.
A: Sent. Do you want to add a checked bag while I have you? It's $35.
C: No.
A: Okay. Anything else?
C: No. Thanks.""",
False, 0.0, "neutral", "'Yes, go ahead' answers resending the email, not a purchase; bag declined 'No'; flat"),

("FR72_074", "Gavin Meyers", "2026-11-26T11:50:00", "asr",
"""A: oceanic line gavin speaking
C: oh wow a real person only took thirty five minutes
A: i'm sorry about the wait how can i help
C: i'm trying to get a suite on the norway cruise in june and your site says sold out
A: let me look hmm actually a suite just came back this morning from a cancellation deck ten
C: wait seriously
A: yes it's four thousand two hundred per person so eight thousand four hundred for the two of you
C: yes book it book it before someone else grabs it
A: okay norway june eighteenth suite deck ten two guests eight thousand four hundred
C: yes that's right
A: it's yours
C: okay i take back everything i said you're a legend thank you""",
True, 0.0, "positive", "opens with sarcasm but 'yes book it', read-back 'yes that's right'; ends 'you're a legend thank you' — end weighs more"),

("FR72_075", "Sofia Lindqvist", "2026-11-26T14:25:00", "clean",
"""A: Hotel Lindenhof, Sofia speaking. Sorry for the wait.
C: Half an hour. I timed it.
A: I'm very sorry. How can I help?
C: I wanted to know the rate for five nights in January, the 10th to the 15th.
A: For a superior double it's $174 a night, so $870 for the five nights.
C: Hm. Let me think about it.
A: Of course. Would you like me to hold it for you?
C: No. And next time, maybe don't keep people on hold for half an hour.
A: I'll pass that on.
C: Right. Bye.""",
False, 0.0, "negative", "'Let me think about it', hold declined; complains about the half-hour wait to the end"),

("FR72_076", "Raymond Cho", "2026-11-27T10:05:00", "asr",
"""A: sunway airlines raymond speaking
C: hi i'd like to move my flight home from the seven pm to an earlier one same day
A: okay there's a one fifteen pm with seats the fare difference is fifty dollars no change fee
C: fifty okay yeah do it
A: done you're on the one fifteen pm seat eighteen f
C: mhm
A: would you like to upgrade to an extra legroom seat for twenty nine
C: no eighteen f is fine
A: okay the fifty dollars is on your card ending seven seven two
C: okay thanks""",
True, 0.0, "neutral", "'fifty okay yeah do it' commits to the paid flight change (fare difference, not an upsell); legroom declined; flat"),

("FR72_077", "Elena Petrova", "2026-11-27T12:45:00", "clean",
"""A: Coastline Car Rental, Elena speaking.
C: I want to cancel reservation CR-91150.
A: I can do that. May I ask why?
C: Last time I rented with you the counter staff were rude and it took an hour to get the car.
A: I'm sorry to hear that. If you keep this reservation I can give you a free upgrade and 20% off.
C: No. I'd rather pay more somewhere else.
A: Understood. It's cancelled, no fee.
C: Good. I won't be back.""",
False, 0.0, "negative", "cancels, save offer refused 'No. I'd rather pay more somewhere else'; 'I won't be back'"),

("FR72_078", "Marcus Bell", "2026-11-27T14:15:00", "asr",
"""A: valley vine tours marcus speaking
C: hi we're looking at the napa wine tour on saturday for two
A: we have a ten am and a noon pickup it's ninety five per person
C: um noon is better
A: okay noon saturday two people that's one ninety
C: sure book us in
A: great and would you like a cheese and charcuterie platter at the last winery it's twenty five for the table
C: oh yes please
A: okay two people saturday noon with the platter two fifteen total
C: yep yep perfect
A: you're booked
C: oh that's fantastic thank you so much""",
True, 25.0, "positive", "picks noon, 'sure book us in', platter 'oh yes please' at twenty five for the table (not per person); read-back 'yep yep perfect'; 'fantastic'"),

("FR72_079", "Ingrid Dahl", "2026-11-27T16:30:00", "clean",
"""A: Willowmere Hotel front desk, Ingrid speaking.
C: Hi, room 208. Can we have a late checkout tomorrow?
A: We're full tomorrow, so the free late checkout isn't available, but I can offer 1 p.m. for $35.
C: Thirty-five dollars for two hours? That's robbery.
A: I understand. That's the rate when we're full.
C: No. We'll be out at 11, don't worry.
A: Okay. Is there anything else?
C: No. Pretty poor for what we're paying per night.""",
False, 0.0, "negative", "paid late checkout refused 'No. We'll be out at 11'; 'That's robbery', 'Pretty poor'"),

("FR72_080", "Tariq Haddad", "2026-11-30T11:10:00", "asr",
"""A: metro rail passes tariq speaking
C: hi um i have a monthly commuter pass and i'm going away for three weeks in december is there any way to pause it
A: yes you can suspend it for up to four weeks once a year it's free
C: oh really it's free
A: yes i can do it now from the fourth to the twenty fifth
C: yeah that'd be great
A: okay it's paused and the end date moves back three weeks
C: oh that's brilliant i thought i'd just lose the money thanks so much""",
False, 0.0, "positive", "free pass suspension, nothing bought ('yeah that'd be great' accepts a free service); relieved 'oh that's brilliant ... thanks so much'"),
]
