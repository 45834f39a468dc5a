CALLS = [
("FR72_021", "Keisha Brandt", "2026-11-16T09:12:00", "asr",
"""A: sunway airlines keisha speaking how can i help
C: hi yeah i just wanted to check the bag rules for my flight on thursday
A: sure in economy you get one checked bag up to fifty pounds
C: and what if it's over
A: between fifty one and seventy pounds there's an overweight charge of one hundred dollars each way
C: oh lovely so my suitcase costs more than my ticket
A: i know it's a lot a second bag under fifty pounds is only forty five if you can split it
C: right so i pay either way brilliant
A: would you like me to add a second bag now
C: no i'll just wear three jumpers on the plane like an idiot
A: okay is there anything else
C: no that's plenty thanks for nothing""",
False, 0.0, "negative", "only asks about bag fees, declines the second bag 'no i'll just wear three jumpers'; sarcasm 'oh lovely', 'thanks for nothing'"),

("FR72_022", "Oliver Strand", "2026-11-16T11:45:00", "clean",
"""A: Sea Breeze Resort, Oliver speaking.
C: Hi, I'd like a room for four nights from December 8th.
A: Sure. Our standard garden room is $129 a night. For $30 more a night I can put you in an ocean-view room.
C: Hmm. If it were $20 I'd do it.
A: Let me see... okay, I can do $20 a night for the ocean view.
C: Then yes, let's do that.
A: Lovely. So four nights from December 8th, checking out the 12th, ocean-view room at $149 a night, $596 before tax. Correct?
C: Spot on.
A: You're all set. Confirmation goes to your email.
C: Brilliant. You've honestly made my week.""",
True, 80.0, "positive", "'If it were $20 I'd do it' -> agent revises to $20/night -> 'Then yes' = $20 x 4 nights = 80; read-back 'Spot on'; 'made my week'"),

("FR72_023", "Naomi Fairweather", "2026-11-16T14:03:00", "asr",
"""A: pacific whale tours naomi speaking
C: hi um we wanted the whale watching trip on saturday for three people
A: oh i'm sorry saturday is completely sold out both boats
C: ah seriously
A: i do have space on sunday at ten am or at two pm
C: uh hang on let me ask yeah sunday is fine the ten
A: okay three adults sunday ten am that's forty five per person so one thirty five total is that right
C: mhm yeah that's right
A: great you're booked please arrive twenty minutes early at pier nine
C: okay fine sunday then thanks""",
True, 0.0, "neutral", "Saturday sold out, picks Sunday 10 am instead; read-back 'mhm yeah that's right'; a booking was made; mild disappointment, 'okay fine'"),

("FR72_024", "Luis Carvajal", "2026-11-17T10:20:00", "clean",
"""A: Road King Rentals, Luis speaking.
C: Hi, I need a midsize SUV in Denver from the 24th to the 29th.
A: I have a Toyota RAV4 or similar at $67 a day, $335 for the five days. Want me to reserve it?
C: Yes. The card is a Mastercard ending 3307.
A: I'm sorry, that one's coming back declined.
C: Oh. Ugh, embarrassing. Try the Amex ending 1009 instead.
A: That went through. Do you need a child seat? They're $13 a day.
C: Yes, we need one, my daughter's three.
A: So that's five days at $13, $65 for the seat. Your total is $400 before taxes, pick-up the 24th at Denver International.
C: Okay, that's fine.
A: You're confirmed.
C: Okay, thanks.""",
True, 65.0, "neutral", "first card declined, second card goes through and the SUV is reserved; child seat 'Yes, we need one' = $13 x 5 = 65; 'Okay, that's fine'"),

("FR72_025", "Hannah Okafor", "2026-11-17T13:30:00", "asr",
"""A: northern rail customer relations hannah speaking
C: yeah my train on monday was two hours late and i missed a job interview
A: i'm really sorry to hear that can i have your ticket number
C: it's on the app um n r four four seven two
A: thank you i can see the delay you're entitled to a full refund of the ticket thirty eight fifty
C: thirty eight fifty i missed an interview
A: i understand i can also add a ten pound voucher for your next journey
C: i don't want a voucher for your trains i don't want to get on your trains
A: i'll process the refund to your card
C: yeah whatever this whole company is a joke""",
False, 0.0, "negative", "delay complaint, only a refund, voucher refused; 'this whole company is a joke'"),

("FR72_026", "Gavin Meyers", "2026-11-17T16:15:00", "clean",
"""A: Blue Horizon Cruises, Gavin speaking.
C: Hi, I saw the Mediterranean cruise on your site for $1,890 and I want to book it for me and my partner, May 4th sailing.
A: Great choice. Interior cabin, May 4th, seven nights. So that's $1,890 per person, $3,780 for the two of you. Shall I go ahead?
C: Yes— wait, per person? The site said $1,890.
A: The price shown is per person, based on double occupancy.
C: Oh. No, I thought that was for both of us. Hold off, don't book it.
A: Understood, nothing's been charged. I can send you the quote.
C: Don't bother. That website is misleading, honestly.""",
False, 0.0, "negative", "'Yes— wait' then 'Hold off, don't book it' once per-person price is clear; 'That website is misleading'"),

("FR72_027", "Sofia Lindqvist", "2026-11-18T09:55:00", "asr",
"""A: riverside hotel sofia speaking
C: hi i'd like to book a double room for the fourth and fifth of december
A: sure i have two rates the room only rate is one forty five a night and the rate with breakfast is one sixty nine a night
C: uh what's the breakfast like
A: full buffet hot and cold so the breakfast rate is twenty four more a night forty eight for your two nights
C: okay yeah go with breakfast
A: great so a double room two nights with breakfast three hundred thirty eight total under the name
C: ng n g
A: mister ng okay you're confirmed
C: okay cool""",
True, 48.0, "neutral", "takes the breakfast rate, $24 more a night x 2 nights = 48 stated by the agent; 'okay yeah go with breakfast'; flat"),

("FR72_028", "Raymond Cho", "2026-11-18T12:40:00", "clean",
"""A: Northwind Air, Raymond speaking.
C: Hi, I'm flying to Tokyo on the 30th in economy, and I'm wondering what it costs to upgrade to business.
A: Let me see. With cash it's $1,450 one way. With miles it's 45,000 miles plus $150.
C: Hm. How many miles do I have?
A: Your account shows 38,200.
C: So not enough. Can I buy the rest?
A: You can, at about 3.5 cents a mile, so roughly $240.
C: Okay. Let me look at my budget and I'll call back.
A: No problem, the seats look available for now.
C: Sure. Thanks.""",
False, 0.0, "neutral", "only asks upgrade prices, 'Let me look at my budget and I'll call back' — deferral; neutral"),

("FR72_029", "Elena Petrova", "2026-11-18T15:10:00", "asr",
"""A: coastline car rental elena speaking
C: hi i want to cancel my booking for next week found a cheaper one somewhere else
A: okay i can do that can i ask how much cheaper
C: like thirty bucks cheaper for the week
A: if you keep it with us i can take fifteen percent off which is about forty two dollars
C: hmm so you'd be cheaper then
A: yes it'd come out under what you found
C: okay fine i'll keep it then
A: great i've applied the discount your new total is two hundred thirty eight
C: okay""",
True, 0.0, "neutral", "cancellation call, accepts the save offer 'okay fine i'll keep it then'; the discount is not upsell; flat"),

("FR72_030", "Marcus Bell", "2026-11-19T10:05:00", "clean",
"""A: Roma Viva Tours, Marcus speaking.
C: Hi! We want the Colosseum tour on the 9th and the Vatican Museums tour on the 10th, two adults.
A: Colosseum is $55 per person and the Vatican is $72 per person. Which times? Colosseum has 9 a.m. or 2 p.m.; Vatican 8 a.m. or 11 a.m.
C: 9 a.m. Colosseum and the 8 a.m. Vatican. Early birds.
A: For the Vatican we also have a skip-the-line upgrade, $15 per person. In December the lines can be an hour.
C: Yes, for both of us. I'm not standing in a line for an hour.
A: So: Colosseum December 9 at 9 a.m., Vatican December 10 at 8 a.m. with skip-the-line, two adults, $284 total.
C: Yes, perfect. What time should we get to the Vatican meeting point?
A: 7:45, at the Piazza Risorgimento. You're booked.
C: You've been brilliant, thank you!""",
True, 30.0, "positive", "books two tours (main purchase), skip-the-line 'Yes, for both of us' = $15 x 2 = 30; read-back 'Yes, perfect' plus question; 'You've been brilliant'"),

("FR72_031", "Ingrid Dahl", "2026-11-19T13:25:00", "asr",
"""A: stayrite hotels guest relations ingrid speaking
C: hi i stayed at your airport location last night and honestly the room was filthy hair in the shower stains on the sheets
A: i'm so sorry that's not acceptable can i have your reservation number
C: s r nine nine one four
A: thank you i can offer you five thousand bonus points to make up for it
C: points i don't want points i want my money back for the night
A: i can request a partial refund but it has to go through the hotel manager
C: so nothing today then
A: not today no i'm sorry it'll be three to five days for a decision
C: unbelievable i won't be staying with you again""",
False, 0.0, "negative", "complaint, points refused, no purchase; 'unbelievable i won't be staying with you again'"),

("FR72_032", "Tariq Haddad", "2026-11-19T16:48:00", "clean",
"""A: Skylark Airways, Tariq speaking.
C: Hi. I booked a flight for me and my daughter to Miami and we're not sitting together.
A: Let me see. Right, your fare doesn't include seat selection. I can seat you together in row 14 for $25 per seat.
C: So I have to pay to sit next to my eight-year-old. Unbelievable.
A: I understand. It's $50 for the two seats.
C: Fine. Both seats. What choice do I have.
A: Done, 14A and 14B, $50 on the card on file.
C: Great. Wonderful policy you've got there.""",
True, 50.0, "negative", "'Fine. Both seats' buys two seat selections at $25 each = 50 as an add-on to an existing booking (see README); sarcasm 'Wonderful policy'"),

("FR72_033", "Marisol Ortega", "2026-11-20T08:40:00", "asr",
"""A: night rail reservations marisol speaking
C: hi i need the night train from vienna to venice on the twelfth one person
A: sure i have a couchette bed in a six berth compartment for eighty nine euros or a private sleeper cabin for two hundred ten
C: uh the couchette is fine
A: okay one couchette vienna to venice december twelfth leaving nine twenty pm eighty nine euros is that right
C: yeah that's right
A: booked i'll send the ticket to your email
C: okay""",
True, 0.0, "neutral", "picks the couchette over the private sleeper (no upgrade), read-back 'yeah that's right'; flat"),

("FR72_034", "Derek Halvorsen", "2026-11-20T11:18:00", "clean",
"""A: Harbor View Inn group sales, Derek speaking.
C: Hi, I'm arranging rooms for three colleagues coming in for a conference, the 14th and 15th of January.
A: Three rooms for two nights, I can do our corporate rate of $159 per room per night.
C: So what's that all together?
A: Three rooms times two nights, $954 before tax.
C: Okay. And breakfast?
A: Breakfast is included at the corporate rate.
C: That's good. I need to run it by my manager before I commit to anything. Can you hold them?
A: I can hold them until Friday.
C: Okay, thanks. I'll get back to you.""",
False, 0.0, "neutral", "'I need to run it by my manager before I commit'; a hold is not a booking; neutral"),

("FR72_035", "Priya Raman", "2026-11-20T14:35:00", "asr",
"""A: skylark airways priya speaking
C: hi i'm looking to book flights for the four of us to orlando for spring break march twenty eighth to april fourth
A: okay i've got the nine am out and the four pm back at two forty nine per person round trip so nine ninety six for the four of you
C: okay that's actually less than i thought
A: would you like travel insurance it's thirty two per person
C: yeah insurance for all four with kids you never know
A: okay so four passengers round trip orlando march twenty eighth to april fourth with insurance that's one thousand one hundred twenty four dollars total
C: yes correct um can we choose seats later
A: yes you can choose seats online anytime before check in you're all booked
C: you're a star thank you""",
True, 128.0, "positive", "'yeah insurance for all four' = $32 x 4 = 128; read-back 'yes correct' with a follow-up question; 'you're a star'"),

("FR72_036", "Tomasz Wielgus", "2026-11-23T10:00:00", "clean",
"""A: Oceanic Line guest services, Tomasz speaking.
C: Hi. I booked the glacier helicopter excursion for our Juneau stop and just got an email saying it's cancelled.
A: Yes, I'm sorry, the operator pulled out for that date. You'll get a full refund of $598.
C: That was the whole reason we picked this cruise.
A: I understand. There's a whale-watching and Mendenhall Glacier combo at $189 per person that still has space.
C: No, it's not the same thing at all.
A: I can also offer $100 onboard credit.
C: Fine, put the credit on. But I'm really not happy about this.
A: It's added. Again, I'm sorry.
C: Yeah.""",
False, 0.0, "negative", "excursion cancelled, alternative declined 'No, it's not the same thing'; onboard credit is a free goodwill credit, not a purchase; 'I'm really not happy about this'"),

("FR72_037", "Keisha Brandt", "2026-11-23T13:12:00", "asr",
"""A: budget wheels keisha speaking
C: hey i want an economy car friday to monday out of phoenix
A: okay i've got a kia rio or similar at twenty nine a day so eighty seven for the three days
C: okay
A: and would you like our prepaid fuel plan that's forty five and you can bring it back on empty
C: uh what's the catch
A: no catch you just don't get money back for fuel you leave in the tank
C: yeah okay sure why not
A: and a gps is eleven a day
C: no
A: okay so economy friday to monday with the fuel plan that's one thirty two before taxes
C: sounds about right
A: okay you're booked
C: cool thanks""",
True, 45.0, "neutral", "fuel plan 'yeah okay sure why not' at 45, GPS 'no'; read-back 'sounds about right'; flat"),

("FR72_038", "Oliver Strand", "2026-11-23T09:20:00", "clean",
"""A: Front desk, Oliver speaking.
C: Hi, this is room 512. Our flight's been pushed to 9 tonight. Is there any chance of a late checkout?
A: I can do 4 p.m. for $40, or 1 p.m. for free.
C: Yes, please, the 4 p.m. one. That's a lifesaver, honestly.
A: Done, I've added the $40 to your room.
C: Could we also get a couple more towels?
A: Of course, I'll send them up.
C: You're amazing, thank you so much.""",
True, 40.0, "positive", "'Yes, please, the 4 p.m. one' buys the paid late checkout ($40) on the current stay (see README); 'You're amazing'"),

("FR72_039", "Naomi Fairweather", "2026-11-24T11:50:00", "asr",
"""A: city sightseeing naomi speaking
C: hi um how much are the hop on hop off tickets
A: it's thirty nine for a one day adult and fifty five for two days are you on our website right now
C: yeah
A: okay so if you go to tickets you'll see a family option too it's one twenty for two adults and two kids
C: mhm
A: i can book that for you over the phone if you like
C: nah it's okay i'll just buy them online then
A: no problem
C: okay bye""",
False, 0.0, "neutral", "'yeah' only answers 'are you on our website'; 'nah ... i'll just buy them online' — no booking on the call; flat"),

("FR72_040", "Luis Carvajal", "2026-11-24T15:30:00", "clean",
"""A: Sunway Airlines, Luis speaking.
C: I'd like the $139 fare to Nashville on the 5th, the 11:10 a.m.
A: Sure. So one adult, Nashville, December 5th at 11:10, $139. Please confirm.
C: You got it.
A: Thank you... oh, I'm sorry. The system is telling me that fare just sold out while I was booking. The next fare on that flight is $179.
C: You're joking.
A: I'm sorry. I could also look at the 4:40 p.m.
C: No, forty dollars more isn't worth it, and I can't do the afternoon. Leave it.
A: Understood, nothing's been charged.
C: Typical. Thanks anyway.""",
False, 0.0, "negative", "read-back confirmed 'You got it' but the fare sold out during booking and the customer declined the alternatives — nothing booked; 'Typical'"),
]
