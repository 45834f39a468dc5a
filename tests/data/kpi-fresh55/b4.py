CALLS = [
("FR55_061", "Fatima Haddad", "2026-11-02T17:10:00", "clean",
"""A: Front desk, Ashford Grand, Fatima speaking.
C: Hi, I'm in room 611, checking out tomorrow. I need to stay one more night, my flight got cancelled.
A: Oh no, I'm sorry. Let me check availability for tonight. I'm afraid we're completely full tomorrow night, there's a conference in town.
C: Not even a smaller room? Anything?
A: Nothing at all, I'm sorry. I can give you the number of our sister hotel by the airport.
C: Is that one available?
A: I can't see their inventory, but they usually have rooms.
C: Great. Just great. So I get to drag my bags across the city on top of everything else.
A: I'm very sorry. Here's the number: 555-0148.
C: Yeah. Thanks for nothing.""",
False, 0.00, "negative", "extra night impossible (hotel full), nothing booked; sarcastic 'Great. Just great.', 'Thanks for nothing'"),

("FR55_062", "Gregory Pastore", "2026-11-03T09:00:00", "asr",
"""A: two brothers moving gregory speaking
C: hi i need movers on the thirtieth two bedroom apartment going across town
A: okay for a two bedroom that's a crew of three at one sixty an hour with a four hour minimum so six forty minimum
C: six forty minimum wow okay
A: and we sell a packing kit boxes tape and wrap for seventy five dollars delivered before the move
C: yeah i need boxes anyway add the kit
A: sure so the thirtieth eight am three movers plus the packing kit
C: yeah book us in
A: you're booked i'll email the confirmation
C: this move is costing me a fortune honestly everything about it is a rip off""",
True, 75.00, "negative", "'yeah book us in'; packing kit seventy five dollars accepted 'add the kit'; 'costing me a fortune... rip off'"),

("FR55_063", "Naomi Castellanos", "2026-11-04T10:50:00", "clean",
"""A: Horizon Airlines, Naomi speaking.
C: Hi, what's the fare to Seattle on the 18th, returning the 23rd?
A: The lowest round-trip fare for those dates is $412.
C: $412. And if I come back on the 24th instead?
A: The 24th is also $412.
C: What about leaving on the 17th?
A: The 17th goes up to $468.
C: Okay, so $412 is the best. I'm going to watch the fare for a few days and see if it drops.
A: Sure. Prices can change, so I can't promise it'll stay at $412.
C: Understood. Thanks.""",
False, 0.00, "neutral", "price questions only ($412 repeated); 'watch the fare for a few days' - deferral; flat"),

("FR55_064", "Victor Almeida", "2026-11-05T17:45:00", "asr",
"""A: smoke and barrel bbq victor speaking
C: hey can i get a table for four
A: sure is that for tonight
C: yes
A: okay let me look um tonight we're fully booked i'm sorry walk ins are about a two hour wait
C: two hours seriously it's a tuesday
A: i know we've got a big party in the back room
C: i could do tomorrow at seven maybe
A: tomorrow we don't take reservations for under six it's walk in only
C: so you can't book me tonight or tomorrow great this is a joke""",
False, 0.00, "negative", "'yes' answers 'is that for tonight', not a booking; fully booked, nothing booked; 'this is a joke'"),

("FR55_065", "Marisol Okafor", "2026-11-06T09:25:00", "clean",
"""A: Westside Family Clinic, Marisol speaking.
C: Hi, I'd like to get flu shots for me and my husband.
A: Sure. I have Saturday morning at 9:00 and 9:10, back to back.
C: That would be perfect.
A: Great. Names, please?
C: Rosa and Daniel Ferreira.
A: So Rosa at 9:00 and Daniel at 9:10 this Saturday, both flu vaccines, covered by your insurance. Correct?
C: Yes, that's correct. Do we need to bring anything?
A: Just your insurance cards.
C: Wonderful, thank you, that was so quick!""",
True, 0.00, "positive", "'Yes, that's correct' to read-back, then a question; 'Wonderful... so quick!'"),

("FR55_066", "Derek Lindqvist", "2026-11-09T11:10:00", "clean",
"""A: TixPoint, Derek speaking.
C: Hi, I want two tickets for the Harlow Brothers at the Pavilion on the 12th.
A: Sure. I have two in the balcony at $79 each.
C: Great, I'll take them.
A: Okay. With the service fee and facility fee, that's $117 per ticket, so $234 total.
C: Wait, $38 in fees on each ticket?
A: Yes, the service fee is $28 and the facility fee is $10.
C: Actually, cancel that. With those fees it's absurd. I'll go to the box office in person.
A: Okay, I've released the seats.
C: Honestly, the fees are a scam. Bye.""",
False, 0.00, "negative", "'I'll take them' retracted 'Actually, cancel that'; 'absurd', 'a scam'"),

("FR55_067", "Priya Raman", "2026-11-10T13:15:00", "clean",
"""A: Pine Hollow Campground, Priya speaking.
C: Hi! I'd like to book a lakeside tent site for the weekend of the 20th, two nights.
A: Sure, site 14 on the lake is open, $38 a night, $76 total.
C: Great.
A: We sell firewood bundles for $8 each if you'd like them waiting at your site.
C: Yes, three bundles please.
A: That's $24. And we also rent kayaks for $30 for the weekend.
C: Ooh, yes, we'll take a kayak.
A: So site 14 for two nights from the 20th, three firewood bundles and a kayak, $130. Sound right?
C: Sounds perfect. We're so excited, thank you!""",
True, 54.00, "positive", "'Sounds perfect' to read-back; firewood 3 x $8 = 24 + kayak $30 = 54; 'so excited, thank you!'"),

("FR55_068", "Tomasz Wierzbicki", "2026-11-11T10:35:00", "asr",
"""A: fresh step carpet cleaning tomasz speaking
C: hi how much for three rooms and a hallway
A: three rooms and a hallway is one forty nine
C: one forty nine okay and does that include stairs
A: stairs are extra it's two dollars a step
C: okay we have about fourteen steps
A: so that'd be twenty eight for the stairs
C: hmm okay let me talk to my husband about it and i'll call you back
A: sure we have openings next week if you want
C: okay thanks bye""",
False, 0.00, "neutral", "price questions only; 'let me talk to my husband... call you back' - deferral; flat"),

("FR55_069", "Janelle Fortier", "2026-11-12T15:05:00", "clean",
"""A: Studio Rouge, Janelle speaking.
C: Hi. I got a haircut there on Saturday and it's uneven. One side is clearly shorter.
A: I'm so sorry. We can get you in with the same stylist to fix it, free of charge, tomorrow at 11.
C: I'm not letting her near my hair again.
A: I understand. Another stylist, Monique, could see you Thursday.
C: No. I paid $85 for this. I want my money back.
A: I'll have the manager call you about a refund today.
C: Fine. I'm really disappointed, I've been coming there for years.
A: I'm very sorry, I'll pass that on.
C: Please do.""",
False, 0.00, "negative", "complaint; fix appointments refused 'No'; refund request is not a purchase; 'really disappointed'"),

("FR55_070", "Kwame Mensah", "2026-11-13T09:45:00", "clean",
"""A: Express Auto Rentals, Kwame speaking.
C: Hi, I'd like a minivan from the 22nd to the 27th at the downtown branch.
A: Sure. Let me read that back: an economy car, downtown, the 22nd to the 27th, $185.
C: No, a minivan. There are seven of us.
A: Sorry about that. A minivan, downtown, the 22nd to the 27th, is $340 for the five days.
C: Okay, that's right.
A: Would you like prepaid fuel, so you can return it empty? It's $58.
C: No, I'll fill it up myself.
A: Okay, the minivan is reserved. Confirmation EA-72001.
C: Got it.""",
True, 0.00, "neutral", "customer corrected the car class, then 'Okay, that's right'; prepaid fuel $58 declined; flat 'Got it.'"),

("FR55_071", "Hannah Brightwater", "2026-11-16T12:20:00", "asr",
"""A: harbor point hotel hannah speaking
C: yeah i've been trying to book on your website for half an hour and it keeps crashing at the payment page
A: i'm so sorry about that i can book it for you over the phone
C: fine two nights the fourth and fifth one person
A: okay a standard queen is one twenty nine a night and i can upgrade you to a king with a desk for twenty five a night so fifty total
C: yeah do the king i'm working the whole time
A: okay king room the fourth and fifth three hundred eight dollars is that right
C: yes that's right
A: you're confirmed
C: okay but seriously fix your website it's garbage""",
True, 50.00, "negative", "'yes that's right' to read-back; king upgrade fifty total accepted; 'fix your website it's garbage'"),

("FR55_072", "Luis Arreola", "2026-11-17T16:40:00", "clean",
"""A: Red Rock Rafting, Luis speaking.
C: Hi, I have a rafting trip booked for Saturday for two, but I've come down with pneumonia. I need to cancel.
A: Oh, I'm so sorry. Would you like to move it to another date instead?
C: I don't know when I'll be well enough, so I'd rather just cancel.
A: Understood. Normally within a week it's non-refundable, but with a medical reason I can refund the full $220.
C: Oh, really? That's incredibly kind of you.
A: Of course. The refund will be on your card in three to five days.
C: Thank you so much, you've made a rotten week a lot better.
A: Feel better soon.
C: Thanks, I'll definitely book with you again next summer.""",
False, 0.00, "positive", "cancellation with refund; rebooking refused, 'I'll definitely book with you again next summer' is future intent; 'Thank you so much'"),

("FR55_073", "Ingrid Solberg", "2026-11-18T11:55:00", "clean",
"""A: Oakridge Medical Group, Ingrid speaking.
C: Hi, I need to book my annual physical with Dr. Chen.
A: Sure. Can I check your insurance first?
C: It's BlueHarbor, same as always.
A: I'm sorry, as of this month we're no longer in network with BlueHarbor. You could still come in as self-pay, $240 for a physical.
C: So I've been a patient for six years and now you don't take my insurance?
A: I'm sorry, the contract ended on November 1st.
C: Nobody told me. Not a letter, not an email.
A: I understand. Would you like to book as self-pay?
C: No. I'll have to find a new doctor, I guess. This is really disappointing.""",
False, 0.00, "negative", "self-pay booking refused 'No'; 'really disappointing'"),

("FR55_074", "Chidi Nwosu", "2026-11-19T13:30:00", "clean",
"""A: The Belvedere Rooftop, Chidi speaking.
C: Hi, are there still tickets for your New Year's Eve gala dinner?
A: Yes, we have a few left. It's $150 per person with a four-course dinner and a midnight champagne toast.
C: I'd like two, please.
A: Lovely. We also have a premium open bar package for $60 per person.
C: Yes, add that for both of us. It's New Year's!
A: So two gala tickets with the premium open bar, $420 in total. Shall I book them?
C: Yes, book them.
A: Done. Your tickets are on the way to your email.
C: Amazing, thank you! We've been looking for something special all month.""",
True, 120.00, "positive", "open bar $60 per person x2 = 120 accepted; 'Yes, book them'; 'Amazing, thank you!'"),

("FR55_075", "Rebecca Tanaka", "2026-11-20T09:30:00", "asr",
"""A: sunbelt car rental rebecca speaking
C: hi um what's the price for an suv at the airport for a week starting the first
A: a standard suv for seven days is three eighty nine
C: three eighty nine okay and with a child seat
A: child seats are nine a day so sixty three for the week so four fifty two total
C: okay and is that with unlimited miles
A: yes unlimited miles
C: okay i have to book it through my company's travel portal but i wanted to check the price first
A: no problem the price should be the same there
C: okay great thanks""",
False, 0.00, "neutral", "price questions only; 'i have to book it through my company's travel portal'; flat"),

("FR55_076", "Owen McAllister", "2026-11-23T16:00:00", "clean",
"""A: ApplianceCare, Owen speaking.
C: Hi. A technician was supposed to come yesterday between 12 and 4 to fix my dishwasher. Nobody came, nobody called.
A: I'm very sorry. I see the appointment was missed. I can rebook you for next Wednesday, 8 to 12.
C: Next Wednesday? I took yesterday off work for this.
A: I'm sorry, that's the first opening. I can waive the $79 service call fee.
C: No. Just cancel the whole thing. I'll call someone who actually shows up.
A: I understand. I've cancelled the service request.
C: Good. Unbelievable.
A: Again, I apologize.""",
False, 0.00, "negative", "rebooking refused 'No. Just cancel the whole thing'; 'Unbelievable'"),

("FR55_077", "Fatima Haddad", "2026-11-24T14:25:00", "asr",
"""A: arch brow studio fatima speaking
C: hi can i get eyebrow threading sometime tomorrow
A: sure i have ten thirty or two
C: two please
A: okay and would you like a brow tint with that it's fifteen dollars
C: um maybe next time
A: no problem so eyebrow threading tomorrow at two that's eighteen dollars does that work
C: mhm yeah that works
A: great see you tomorrow
C: okay bye""",
True, 0.00, "neutral", "'mhm yeah that works' to read-back; tint fifteen dollars 'maybe next time' = not accepted; flat"),

("FR55_078", "Gregory Pastore", "2026-11-25T10:15:00", "clean",
"""A: Parkview Suites, Gregory speaking.
C: Hi, I'm planning a work trip and want to check availability for the 8th, 9th and 10th of December.
A: We have rooms all three nights. A studio suite is $199 a night.
C: $199 each night, even the 10th?
A: Yes, $199 for all three nights, and that includes breakfast.
C: Oh, nice, breakfast included. Is the gym open 24 hours?
A: It is, and there's free parking.
C: That's great. I have to book through my company's travel portal, they make us, but I'll make sure to pick you.
A: Wonderful, we look forward to having you.
C: You've been super helpful, thanks!""",
False, 0.00, "positive", "availability and price only ($199 repeated), booking left to the travel portal; 'super helpful'"),

("FR55_079", "Naomi Castellanos", "2026-11-26T11:40:00", "clean",
"""A: Horizon Airlines, Naomi speaking. Sorry for the long wait.
C: Forty-five minutes. Your website has been down all morning.
A: I apologize. How can I help?
C: I need one seat to Phoenix on the 2nd, the 7 a.m. flight.
A: Okay. That's one adult, December 2nd at 7 a.m. to Phoenix, $246 including the phone booking fee of $40. Shall I book it?
C: Wait, a $40 fee for booking by phone? When your website is down?
A: I'm sorry, I'm not able to waive it.
C: Then no. I'll book it online when it's back up. I'm not paying you forty dollars for your own broken website.
A: I understand.
C: Ridiculous.""",
False, 0.00, "negative", "read-back answered 'Then no. I'll book it online when it's back up'; $40 phone fee refused; 'Ridiculous'"),

("FR55_080", "Victor Almeida", "2026-11-27T13:50:00", "asr",
"""A: metro live tickets victor speaking
C: hi i'm trying to get two tickets for the velvet hours show on the ninth
A: i'm sorry the ninth is completely sold out
C: what it only went on sale yesterday
A: i know it sold out in about ten minutes we do have verified resale tickets from two hundred eighty each
C: two eighty the face value was seventy five
A: yes resale prices are set by the sellers
C: no way i'm not paying that
A: i understand i can add you to the alert if more seats are released
C: no this whole thing is such a scam""",
False, 0.00, "negative", "sold out, resale at two eighty refused 'no way i'm not paying that'; 'such a scam'"),
]
