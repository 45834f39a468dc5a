CALLS = [
("FR55_001", "Marisol Okafor", "2026-11-02T09:14:00", "clean",
"""A: Harborview Hotel reservations, this is Marisol. How can I help you today?
C: Hi, I'd like to book a room for the 14th and 15th, two adults.
A: Let me check. I have a king room with a city view at $189 a night available for both nights.
C: That sounds good. Does that include breakfast?
A: It doesn't, but I can add our buffet breakfast for two at $24 a night, so $48 for the stay.
C: Yes, please add that, we never find anywhere good in the mornings.
A: Done. So to confirm: king city-view room, arriving the 14th, leaving the 16th, two nights with breakfast for two, $426 before tax. Is that right?
C: Yes, that's exactly right.
A: Wonderful, you're booked. Your confirmation number is HV-22817.
C: That's perfect, thank you so much, you made that really easy.""",
True, 48.00, "positive", "read-back confirmed 'Yes, that's exactly right'; breakfast $48 for the stay accepted; 'thank you so much, you made that really easy'"),

("FR55_002", "Derek Lindqvist", "2026-11-02T11:40:00", "asr",
"""A: thanks for calling skyway airlines this is derek how can i help
C: yeah hi um i need a flight to denver on the twentieth one way
A: okay i have a seven ten am departure at one hundred sixty four dollars or an eleven forty at one ninety two
C: the seven ten is fine
A: sure and would you like extra legroom on that one it's thirty nine dollars
C: uh no i'm good with a regular seat
A: okay so that's one adult one way to denver on the twentieth at seven ten am one hundred sixty four dollars total shall i book it
C: yeah go ahead
A: all set your confirmation code is k x four r nine
C: okay got it thanks""",
True, 0.00, "neutral", "'yeah go ahead' to 'shall i book it'; legroom $39 declined 'no i'm good'; flat 'okay got it thanks'"),

("FR55_003", "Priya Raman", "2026-11-02T16:05:00", "clean",
"""A: Good afternoon, Trattoria Bellini, Priya speaking.
C: Hi, can I get a table for six this Saturday at eight?
A: I'm sorry, Saturday at eight is fully booked. I could do 6:30 or 9:15 for six people.
C: 6:30 is too early, half of us won't be off work. And 9:15 is way too late with the kids.
A: I understand. Would Sunday at seven work instead?
C: No, it's a birthday, it has to be Saturday.
A: I can put you on the waitlist for eight in case something opens up.
C: Don't bother. Ugh, this is the third place tonight that's full. Honestly, it's so frustrating.
A: I'm really sorry about that.
C: Yeah. Bye.""",
False, 0.00, "negative", "slots refused, waitlist declined 'Don't bother'; 'so frustrating' at the end"),

("FR55_004", "Tomasz Wierzbicki", "2026-11-03T10:22:00", "clean",
"""A: Velocity Car Rental, Tomasz here.
C: Hi, I need a car at the airport from Thursday to Monday.
A: Sure. A compact is $42 a day, so $168 for the four days. For $15 more a day I can put you in a midsize SUV.
C: The compact is fine. It's just me and my son.
A: How old is your son? If he needs a child seat, it's $10 a day, so $40 for the rental.
C: He's four, so yes, I'll need the seat.
A: Okay. Compact with a child seat, Thursday 9 a.m. to Monday 9 a.m. at the airport, $208 plus taxes. Shall I reserve it?
C: Yes, reserve it.
A: Reserved. Your confirmation number is VC-55103.
C: Alright, thanks.""",
True, 40.00, "neutral", "'Yes, reserve it'; child seat $40 for the rental accepted, SUV upgrade declined; flat close"),

("FR55_005", "Janelle Fortier", "2026-11-03T13:48:00", "asr",
"""A: bright smile dental janelle speaking
C: hi um i'd like to book a cleaning i haven't been in like two years
A: no problem we'd be happy to see you i have tuesday the tenth at ten am or wednesday the eleventh at two thirty
C: oh tuesday at ten would be great
A: perfect can i get your name and date of birth
C: it's ellen marsh march third nineteen eighty eight
A: thank you ellen so that's a cleaning and exam tuesday the tenth at ten am with doctor patel does that work
C: yes that works
A: great you're all booked we'll send a reminder text the day before
C: oh perfect thank you so much you've been so nice about it""",
True, 0.00, "positive", "'yes that works' to the read-back, agent 'you're all booked'; 'thank you so much you've been so nice'"),

("FR55_006", "Kwame Mensah", "2026-11-03T15:30:00", "clean",
"""A: Riverside Arena box office, this is Kwame.
C: Hi, I want two tickets for the Lumen concert on the 21st, lower bowl if you have it.
A: I have two together in section 104, row K, at $90 each, so $180 total. Would you also like a parking pass? It's $25.
C: Yes, add the parking.
A: Okay, two tickets in 104 row K plus parking, $205. Shall I charge the card ending 4471?
C: Yes, go ahead.
A: Hmm, I'm sorry, that card was declined. Do you have another card?
C: Oh no. Okay, try the Visa ending 0932.
A: That went through. You're all set, two tickets and parking, $205.
C: Oh, thank goodness. Thank you, my daughter is going to be thrilled.""",
True, 25.00, "positive", "first card declined, second card went through; parking pass $25 accepted 'Yes, add the parking'; relieved and thankful"),

("FR55_007", "Hannah Brightwater", "2026-11-04T09:05:00", "clean",
"""A: Lakeshore Inn, Hannah speaking, how can I help?
C: Hi, I'm just checking prices for a weekend in December. What's a standard room on the 12th?
A: For the 12th, a standard queen is $219 a night.
C: And the weekend after, the 19th?
A: The 19th is also $219.
C: Okay. And New Year's Eve?
A: New Year's Eve goes up to $289, but the 30th is still $219.
C: Got it. So $219 most nights. I need to check with my partner which weekend we're doing.
A: Of course. Would you like me to hold anything?
C: No, not yet. I'll call back once we decide. Thanks.""",
False, 0.00, "neutral", "price questions only ($219 repeated); 'No, not yet. I'll call back' - deferral"),

("FR55_008", "Luis Arreola", "2026-11-04T12:12:00", "asr",
"""A: coastline rail luis speaking
C: hey i need two tickets to san luis obispo this friday morning
A: sure there's an eight fifteen that gets in at eleven forty it's forty eight dollars each so ninety six for both
C: yeah that's fine
A: okay two adults friday eight fifteen to san luis obispo ninety six dollars should i book those
C: yeah book it
A: alright just taking payment
C: oh wait hold on um my sister just texted she's driving down anyway so actually cancel that we don't need them
A: no problem i haven't charged anything i'll cancel that
C: okay sorry about that thanks""",
False, 0.00, "neutral", "'yeah book it' then retracted 'actually cancel that we don't need them' before payment"),

("FR55_009", "Ingrid Solberg", "2026-11-04T14:40:00", "clean",
"""A: Studio Nine Salon, this is Ingrid.
C: Hi! I'd like to book a cut and color with Jess if she has anything next week.
A: Jess has Wednesday at 1 or Friday at 4.
C: Friday at 4 is perfect.
A: Great. Cut and color is $145. Jess also does a deep conditioning treatment with color for $35, it really helps keep the color from fading.
C: Sure, why not, I'll do the treatment too.
A: Lovely. So Friday at 4 with Jess, cut, color and conditioning, $180. Sound right?
C: Yep, sounds right.
A: You're booked in.
C: Yay, I can't wait, I love Jess. Thanks!""",
True, 35.00, "positive", "'Yep, sounds right' to read-back; conditioning $35 accepted 'Sure, why not'; 'I can't wait, I love Jess'"),

("FR55_010", "Chidi Nwosu", "2026-11-05T08:35:00", "clean",
"""A: ComfortAir Heating and Cooling, Chidi speaking.
C: Hi, my furnace is making a banging noise and I need someone out.
A: I can get a technician to you Thursday. The arrival window is 8 a.m. to 4 p.m.
C: An eight-hour window? I have to take a whole day off work for that?
A: I'm sorry, that's the only window we have for Thursday. The diagnostic visit is $89.
C: Is there anything narrower?
A: Not this week, unfortunately.
C: Fine, book the Thursday. But this eight-hour window thing is ridiculous, I've told you people that before.
A: I understand. You're booked for Thursday, 8 to 4, and the tech will call 30 minutes out.
C: Whatever. Just make sure they actually show up this time.""",
True, 0.00, "negative", "'Fine, book the Thursday' is a commitment; 'ridiculous', 'Whatever... actually show up this time'"),

("FR55_011", "Rebecca Tanaka", "2026-11-05T11:20:00", "asr",
"""A: blue fin whale watching rebecca speaking
C: hi um i wanted to book the saturday morning tour for three people
A: oh i'm sorry saturday is completely sold out but sunday at nine still has space
C: oh shoot um okay sunday i guess
A: okay that's three adults sunday at nine it's sixty five each so one ninety five total
C: yeah that's right
A: great you're booked and we also offer a photo package where our crew takes pictures for you it's twenty dollars
C: nah we'll just use our phones
A: sounds good we'll see you sunday please arrive twenty minutes early
C: okay will do""",
True, 0.00, "neutral", "Saturday sold out, Sunday substituted and read-back confirmed 'yeah that's right'; photo package $20 declined 'nah'"),

("FR55_012", "Owen McAllister", "2026-11-05T14:55:00", "clean",
"""A: Northstar Airways, Owen speaking.
C: Hi, I need to move my flight to Boston from Tuesday to Wednesday.
A: I can do that. There's a Wednesday flight at 10:05 with seats. There's a change fee of $75 plus a fare difference of $0.
C: Seventy-five dollars to move a flight by one day? That's highway robbery.
A: I understand it's frustrating. The fee is set by your fare type.
C: And there's no way around it?
A: Not on a basic fare, I'm afraid.
C: Fine. Move it to Wednesday at 10:05.
A: Done. Your new flight is Wednesday at 10:05, and the $75 has been charged to your card on file.
C: Great, seventy-five bucks for nothing. Thanks a lot.""",
True, 0.00, "negative", "'Fine. Move it to Wednesday' - committed to the rebooking (paid change); $75 is a fee, not upsell; sarcastic 'Thanks a lot'"),

("FR55_013", "Fatima Haddad", "2026-11-06T10:10:00", "clean",
"""A: Olive and Ember, Fatima speaking.
C: Hi, do you have a table for four this Friday around seven?
A: Yes, I can do 7 p.m. for four. Can I get a name?
C: Carter. Is there parking nearby?
A: There's street parking, or we have prepaid valet for $20.
C: No, we'll find street parking, thanks.
A: Alright. So that's Carter, party of four, Friday at 7 p.m. Is that correct?
C: Yes, that's correct. We're celebrating my mom's retirement.
A: Oh, congratulations! I'll make a note on the reservation.
C: That's so sweet, thank you. We're really looking forward to it.""",
True, 0.00, "positive", "'Yes, that's correct' to read-back; valet $20 declined; 'That's so sweet... really looking forward to it'"),

("FR55_014", "Gregory Pastore", "2026-11-06T13:25:00", "asr",
"""A: grandview suites front desk gregory speaking
C: hi i'm in room four twelve checking out tomorrow is there any way to get a late checkout
A: let me see yes i can offer a two pm checkout for thirty dollars
C: um thirty dollars okay yeah let's do that
A: okay i've added the two pm late checkout for thirty dollars to your room
C: and that's just added to my bill
A: yes it'll show on your folio tomorrow
C: okay
A: anything else i can help with
C: no that's it thanks""",
True, 30.00, "neutral", "'yeah let's do that' to late checkout at thirty dollars on the existing stay; flat 'okay', 'no that's it thanks'"),

("FR55_015", "Naomi Castellanos", "2026-11-06T16:15:00", "clean",
"""A: Summit Physical Therapy, Naomi speaking.
C: Hi, my doctor referred me for knee rehab. What do you have for evaluations?
A: I have Monday at 11, Tuesday at 2:30, or Thursday at 10.
C: Hmm. Do you have anything after 5?
A: Our evening slots are booked through the end of the month, unfortunately.
C: I work shifts, none of those really work for me.
A: I could put you on the cancellation list for evenings.
C: No, that's okay. I'll check my schedule for next month and call back.
A: Sure. The evaluation is $120 if you're self-pay, just so you know.
C: Okay, noted. Thanks.""",
False, 0.00, "neutral", "slots refused, cancellation list declined, 'I'll ... call back' - deferral; flat 'Okay, noted. Thanks.'"),

("FR55_016", "Victor Almeida", "2026-11-09T10:45:00", "clean",
"""A: Laugh Track Comedy Club, Victor speaking.
C: Hey, I want three tickets for Saturday's late show.
A: Sure, general admission is $32 each, so $96 for three.
C: Perfect.
A: For $15 more per ticket, you can upgrade to VIP, which is front tables and a free drink.
C: Oh, that's fun. Yeah, do the VIP for all three.
A: Okay, three VIP tickets, Saturday at 10 p.m., $141 total. Good to go?
C: Good to go.
A: Booked! Tickets are in your email.
C: Awesome, we're going to have a blast. Thanks, man!""",
True, 45.00, "positive", "VIP upgrade $15 more per ticket x3 = 45 accepted; 'Good to go' to read-back; 'Awesome, ... have a blast'"),

("FR55_017", "Marisol Okafor", "2026-11-09T12:30:00", "asr",
"""A: zipline rentals airport counter marisol speaking
C: yeah i'm standing at your counter and they're telling me my reservation doesn't exist
A: i'm sorry about that can i have your confirmation number
C: z r eight eight one two i booked it three weeks ago
A: i'm not finding it in our system i can make a new booking right now but the rate today is seventy nine a day
C: seventy nine i booked it at forty five
A: i'm sorry that's the only rate available for walk up today
C: no forget it this is ridiculous i'll go across the street to another company
A: i understand again i apologize
C: yeah whatever""",
False, 0.00, "negative", "reservation lost, new rate refused 'no forget it this is ridiculous'"),

("FR55_018", "Derek Lindqvist", "2026-11-09T15:10:00", "clean",
"""A: Serenity Day Spa, Derek speaking.
C: Hi, I want to book a couples massage for our anniversary, the 28th if possible.
A: On the 28th I have 3 p.m. or 5 p.m. for a 90-minute couples massage.
C: 5 p.m., please.
A: Okay. That's a 90-minute couples massage on the 28th at 5 p.m., $260 total. Is that right?
C: Yes, that's right.
A: Great, you're booked. Would you like to add aromatherapy for $20 each?
C: Hmm, I'll decide when we get there.
A: No problem, just let your therapist know.
C: Okay. Thanks.""",
True, 0.00, "neutral", "'Yes, that's right' to read-back; aromatherapy $20 each deferred 'I'll decide when we get there' = not accepted"),

("FR55_019", "Priya Raman", "2026-11-10T09:50:00", "clean",
"""A: Canyon Trails Tours, Priya speaking.
C: Hi, I'm looking at your sunset jeep tour. How much is it?
A: The sunset tour is $89 per adult.
C: And for kids?
A: Kids under 12 are $59, and teens pay the adult rate of $89.
C: So for two adults and a 14-year-old that's $89 times three.
A: Exactly, $267.
C: Okay, $89 each. And it goes every evening?
A: Every evening except Mondays.
C: This sounds amazing, thank you, you've been really helpful. I'll book it online later tonight once I've talked to my husband.""",
False, 0.00, "positive", "price questions only ($89 repeated), 'I'll book it online later tonight' - deferral; 'sounds amazing... really helpful'"),

("FR55_020", "Tomasz Wierzbicki", "2026-11-10T18:20:00", "asr",
"""A: rapid rooter plumbing tomasz speaking
C: oh my god hi my basement drain is backing up there's water everywhere can someone come tonight
A: yes we can have someone there within two hours there's an after hours fee of ninety five dollars on top of the service call
C: yes fine whatever just send someone please
A: okay i've got you booked for tonight and while the tech is there we can run a camera inspection on the line for sixty dollars so you know what caused it
C: yeah do the camera too i don't want this happening again
A: done tech is mike he'll call when he's on the way
C: okay thank you
A: you're welcome hang in there
C: oh thank god thank you so much you're a lifesaver""",
True, 60.00, "positive", "'yes fine ... send someone please' books the visit; camera inspection sixty dollars accepted; after-hours fee $95 is a fee; ends 'thank you so much you're a lifesaver'"),
]
