CALLS = [
(
"FR47_061", "Marisol Vega", "2026-11-27T14:15:00", "clean",
"""A: Brightline Mobile, Marisol speaking.
C: Hi. I'm going to Mexico next week for ten days and I need the travel pass thing.
A: Sure, the Americas pass is $60 for the whole trip, unlimited talk and 10 gigs of data.
C: Last time I used that pass in Canada it didn't work half the time. I spent most of the trip hunting for wifi.
A: I'm sorry to hear that. Coverage in Mexico is through a different partner, it's been much more reliable.
C: That's what they said about Canada. Fine. Add it.
A: Done, the pass starts when you land and runs ten days.
C: We'll see. Bye.""",
True, 0.0, "negative",
"'Fine. Add it.' = purchase of the travel pass (main item, not an add-on); quiet distrust 'didn't work half the time', 'We'll see'"),
(
"FR47_062", "Derek Holloway", "2026-11-02T11:50:00", "asr",
"""A: westbury hotel derek speaking
C: hi um i stayed in room three oh six last weekend and i think i left a scarf in the wardrobe a green one
A: let me check with housekeeping one moment
C: okay
A: yes we have a green wool scarf logged from three oh six on monday
C: oh you're joking that's my grandmother's scarf i thought it was gone for good
A: it's safe in the lost and found we can keep it at the front desk for you to pick up
C: yes please i'll come by tomorrow after work
A: perfect just bring some id
C: thank you so much i could honestly cry""",
False, 0.0, "positive",
"lost item held for pickup, nothing bought ('yes please' is to holding the scarf); relief 'i could honestly cry', 'thank you so much'"),
(
"FR47_063", "Priya Raman", "2026-11-05T13:45:00", "clean",
"""A: Harborview Travel Insurance, Priya speaking.
C: Hi, I'd like travel insurance for a trip to Japan in January, one person, two weeks.
A: Sure. The standard single-trip policy for that is $128.
C: Okay, I'll take the standard one.
A: There's also a cancel-for-any-reason upgrade for $45, which refunds 75% of your trip if you cancel for any reason at all.
C: My last trip got cancelled by the airline and I got back nothing, so yes, add the upgrade.
A: Done. The $128 policy plus the $45 upgrade. The documents are in your email.
C: Okay, thanks.""",
True, 45.0, "neutral",
"'I'll take the standard one'; upgrade $45 'yes, add the upgrade'; complaint is about an airline, toward insurer plain 'Okay, thanks'"),
(
"FR47_064", "Tobias Lindqvist", "2026-11-06T16:30:00", "clean",
"""A: Northside Physiotherapy, Tobias speaking.
C: Hi, it's Greg Sandoval. Dr. Amos said to book another four sessions for my shoulder.
A: Hi Greg. I have next Tuesday at 4, and then weekly after that.
C: Hmm. Honestly, I'm not sure it's doing much. I've had six already and I still can't lift my arm over my head.
A: I understand. Progress with shoulders can be slow. Would you like me to put you down for Tuesday?
C: Let me see how it feels over the weekend and I'll call you back.
A: Of course. Just call when you're ready.
C: Yeah. I was hoping for more by now, to be honest.""",
False, 0.0, "negative",
"no booking 'I'll call you back'; quiet disappointment 'not sure it's doing much', 'hoping for more by now'"),
(
"FR47_065", "Janelle Okafor", "2026-11-09T11:25:00", "clean",
"""A: Oakhaven Furniture, Janelle speaking.
C: Hi, we've decided on the Marlow sectional in grey, the big L-shaped one.
A: Great choice. That's $2,400. Shall I place the order?
C: Yes, let's place it.
A: Done. Would you like the matching ottoman? It's $280.
C: Yes, we'll have the ottoman too.
A: And fabric protection is $99, it covers spills and stains for five years.
C: With two kids and a dog, yes, add that.
A: Last one, the extended frame warranty is $150.
C: No, that's enough, thank you.
A: So the sectional, the ottoman and fabric protection, delivery on the 19th.
C: Okay. It's a lot of money, but we'll live on that thing.""",
True, 379.0, "neutral",
"'let's place it'; ottoman $280 + protection $99 = 379, warranty $150 declined; matter-of-fact ending"),
(
"FR47_066", "Wes Carrington", "2026-11-10T20:40:00", "asr",
"""A: northgate power outage line wes speaking
C: yeah hi our power's been out since four and your website says restoration unknown
A: i'm sorry yes a substation fault is affecting about three thousand homes in your area
C: okay so when
A: current estimate is tomorrow around six p m
C: oh lovely so i just watch my freezer full of food defrost for a day that's great
A: i understand you can claim for spoiled food if the outage goes over twenty four hours
C: if so at twenty three hours i'm out of luck brilliant
A: i'll note your account for the claim either way
C: yeah whatever thanks""",
False, 0.0, "negative",
"outage info, no sale; sarcasm 'oh lovely', 'that's great', 'brilliant', ends 'yeah whatever'"),
(
"FR47_067", "Hannah Brzezinski", "2026-11-11T16:50:00", "clean",
"""A: Ridgeway Auto, Hannah speaking.
C: Hi. I picked my car up yesterday after the suspension work.
A: Yes, I hope it's driving well?
C: It's still making the noise. The same clunk over bumps.
A: Oh, I'm sorry. You're welcome to bring it back in and we'll look again at no charge. I have Monday at 8.
C: I took Wednesday off for it the first time. I can't keep doing that.
A: I understand. We could collect it from your home.
C: I think I'll take it to the dealer instead. Thanks anyway.
A: I'm sorry it wasn't sorted. I'll let the manager know.
C: Okay.""",
False, 0.0, "negative",
"re-check offer declined 'I'll take it to the dealer instead'; quiet disappointment 'It's still making the noise', 'Thanks anyway'"),
(
"FR47_068", "Omar Haddad", "2026-11-12T10:10:00", "asr",
"""A: lakeside dental omar speaking
C: hi omar it's jess whitlow i'm due a cleaning
A: hi jess i've got thursday at two or next monday at nine
C: thursday at two please
A: done and we're doing whitening this month it's normally two hundred but it's one fifty for existing patients
C: ooh one fifty okay yeah go on let's do it after the cleaning
A: great so thursday at two cleaning and whitening
C: yep lovely
A: see you thursday
C: thanks omar you lot are always so nice honestly""",
True, 150.0, "positive",
"'thursday at two please' booking; whitening revised price 'one fifty okay yeah go on' = 150; 'you lot are always so nice honestly'"),
(
"FR47_069", "Colleen Murphy", "2026-11-13T12:15:00", "clean",
"""A: Meridian Arena, Colleen speaking.
C: Hi, I'd like tickets for Dino Live on Sunday at 11. Two adults and two children.
A: Sure. Adults are $32 and children $22, so $108 for the four.
C: Yes, that's fine, book them.
A: Would you like a parking pass for the garage? It's $15.
C: Yes, add the parking.
A: So four tickets for Sunday at 11 and one parking pass, $123 in total. Is that right?
C: That's right.
A: You're all set. Tickets are in your email.
C: Okay, thanks.""",
True, 15.0, "neutral",
"'book them' + confirms read-back 'That's right'; parking pass $15 accepted; routine 'Okay, thanks'"),
(
"FR47_070", "Ravi Subramanian", "2026-11-16T17:35:00", "asr",
"""A: freshcrate this is ravi
C: hi um i paused my meal kit back in the summer and i want to start it again
A: sure i can see your account same plan three meals for two at sixty nine a week
C: yeah that one go on then restart it
A: done your first box comes next tuesday and we've added a dessert option now it's six ninety nine a week
C: ooh yeah why not add the dessert
A: okay three meals for two plus dessert starting tuesday
C: perfect i missed it actually cooking from scratch every night was killing me
A: ha well we're glad to have you back
C: yeah it's good to be back thanks""",
True, 6.99, "positive",
"'go on then restart it' = re-subscription; dessert 'six ninety nine a week' 'why not add the dessert' = 6.99; 'i missed it actually', 'good to be back'"),
(
"FR47_071", "Bethany Crowe", "2026-11-17T11:55:00", "clean",
"""A: Cascade Credit Union, Bethany speaking.
C: Hi. There's a charge of $240 from a furniture store on my card. I returned the chair in October and they swear they refunded it.
A: Let me look. No, I don't see any refund from them since the purchase.
C: That's what I thought. They've told me three times it's "processing".
A: I'll open a dispute. You'll get a provisional credit of $240 today while we look into it.
C: Today? Okay. That's more than the store has done in six weeks.
A: You'll get a letter with the details. Keep your return receipt handy.
C: I will. Thank you for believing me, honestly. It's been a long fight with them.""",
False, 0.0, "positive",
"dispute and provisional credit, nothing bought; frustration is at the store, toward the bank 'Thank you for believing me, honestly'"),
(
"FR47_072", "Luis Ortega", "2026-11-18T14:25:00", "clean",
"""A: Sparkle Home Cleaning, Luis speaking.
C: Hi. We had our fortnightly clean yesterday and, well, the bathroom wasn't really done.
A: Oh, I'm sorry. What did you notice?
C: The shower still had soap marks and the bin wasn't emptied. It's the second time.
A: That shouldn't happen. I can send someone back tomorrow to redo it at no charge.
C: No, don't bother. I've done it myself now.
A: I understand. I'll take $30 off your next visit.
C: Okay. I'll have to think about whether we keep going with this, to be honest.
A: I understand. I'll speak to the team.
C: Okay. Bye.""",
False, 0.0, "negative",
"free re-clean refused 'don't bother'; discount is not a sale; quiet disappointment 'It's the second time', 'think about whether we keep going'"),
(
"FR47_073", "Naomi Fitch", "2026-11-19T09:55:00", "clean",
"""A: SkyPath Airlines, Naomi speaking.
C: Hi, I have a flight to Austin on the 3rd and I want to know what a checked bag costs.
A: On your fare type, a checked bag is $70 each way when added in advance.
C: So my ticket is $89 and the suitcase is $70 each way. Makes perfect sense.
A: I know it's a lot. A carry-on is included if it fits in the overhead bin.
C: Wonderful. I'll pack a backpack then and wear three jumpers.
A: Would you like me to add the bag just in case?
C: No. Thanks.""",
False, 0.0, "negative",
"bag not added 'No. Thanks'; sarcasm 'Makes perfect sense', 'Wonderful... wear three jumpers'"),
(
"FR47_074", "Graham Pettibone", "2026-11-20T10:45:00", "clean",
"""A: VoltMart, Graham speaking.
C: Hi. I need a cheap printer for my son's school stuff. Nothing fancy.
A: The Inkjet 2200 is $69.99, it prints, copies and scans.
C: That one's fine. I'll get it.
A: Okay. We also have an ink subscription for that model, $4.99 a month, and the cartridges just show up when you're low.
C: $4.99 a month... Yes, okay, add that. I always run out at the worst time.
A: Done. So the printer and the ink plan, it'll ship today.
C: Okay. Thanks.""",
True, 4.99, "neutral",
"'That one's fine. I'll get it'; ink plan 'Yes, okay, add that' at $4.99 a month = 4.99; routine tone"),
(
"FR47_075", "Keiko Arakawa", "2026-11-23T12:30:00", "clean",
"""A: Sakura House, Keiko speaking.
C: Hi. We ate with you on Saturday for my mum's birthday. I didn't want to say anything on the night, but the food took over an hour and the fish was cold.
A: I'm really sorry. Saturday was a difficult night in the kitchen, but that's no excuse.
C: I've been coming for years, so it was a bit sad, that's all.
A: I'd like to make it right. I'm sending you a $75 voucher, and I'll pass this on to the chef.
C: Oh. That's generous of you. You didn't have to do that.
A: We'd love to have you back.
C: I'll probably come back, yes. Thank you for actually listening.""",
False, 0.0, "positive",
"voucher is not a sale, 'I'll probably come back' is not a booking; disappointed opening, ends 'That's generous of you', 'Thank you for actually listening'"),
(
"FR47_076", "Dmitri Volkov", "2026-11-24T19:20:00", "asr",
"""A: ironworks fitness dmitri speaking
C: hey um i've been meaning to join for about a year and i'm finally calling
A: ha well welcome the standard membership is thirty nine a month and normally a twenty nine dollar joining fee but i'll waive it for you
C: oh nice okay alright go on then sign me up before i change my mind
A: done you're in we also do towel service five dollars a month fresh towel every visit
C: yeah go on i always forget mine
A: perfect you can pick up your key fob tomorrow
C: great honestly feels good to finally do it thanks""",
True, 5.0, "positive",
"'sign me up before i change my mind'; towel service 'five dollars a month' 'yeah go on' = 5 (waived fee not counted); 'feels good to finally do it'"),
(
"FR47_077", "Naomi Fitch", "2026-11-25T15:40:00", "clean",
"""A: SkyPath Airlines, Naomi speaking.
C: Hi. I need two return tickets to Omaha, leaving Thursday the 10th, back on the 14th. Cheapest you've got.
A: The basic fare is $212 per person, $424 for both. Seat selection is $15 each if you want to sit together.
C: We'll take the basic fare. No seats.
A: Okay. So two basic return tickets, the 10th to the 14th, $424 total. Can you confirm that?
C: Yes, that's correct.
A: You're booked. The confirmation code is in your email.
C: Okay.""",
True, 0.0, "neutral",
"'We'll take the basic fare' + 'Yes, that's correct'; seat selection declined 'No seats'; flat 'Okay'"),
(
"FR47_078", "Graham Pettibone", "2026-11-26T13:00:00", "clean",
"""A: VoltMart preorders, Graham speaking.
C: Hi, I'm calling about my preorder for the Nova console. It was meant to arrive this week.
A: Let me check. I'm sorry, the manufacturer has pushed it to December 18th.
C: Okay, well, that's still before Christmas, I suppose.
A: That's the current estimate, yes. It might move again depending on supply.
C: Hang on. It was October, then November, now December, and it might move again?
A: I'm afraid I can't promise the date.
C: Honestly, this is the third date you've given me. Cancel the preorder, please. I'm done waiting.
A: Understood, it's cancelled and the deposit is refunded.
C: Fine.""",
False, 0.0, "negative",
"preorder cancelled; calm opening turns into 'this is the third date you've given me... I'm done waiting', 'Fine'"),
(
"FR47_079", "Keiko Arakawa", "2026-11-26T11:10:00", "clean",
"""A: Basil & Crumb catering, Keiko speaking.
C: Hi, we got your quote for our wedding, 90 guests, buffet. I just had a couple of questions.
A: Of course. The quote was $4,950 for the buffet including staff.
C: Does that include the cake cutting and the plates?
A: Plates yes, cake cutting is $2 a guest on top.
C: Okay. It's a bit over what we budgeted, to be honest. We'll have a think and get back to you.
A: Of course. I'll hold the date for a week for you.
C: Okay, thanks for that.""",
False, 0.0, "neutral",
"deferral 'We'll have a think and get back to you'; plain 'Okay, thanks for that'"),
(
"FR47_080", "Dmitri Volkov", "2026-11-30T17:05:00", "clean",
"""A: Ironworks Fitness, Dmitri speaking.
C: Hi, I need to cancel my membership. I tore a ligament in my knee skiing and I'm out for months.
A: Oh no, I'm sorry. Instead of cancelling, we can freeze it for $5 a month and you keep your rate.
C: I don't know when I'll be back, honestly. Could be spring, could be never, the surgeon won't say.
A: Understood. Would you like to freeze it anyway, just in case?
C: No, just cancel it. I'll sign up again if I ever walk properly.
A: Okay, it's cancelled as of today.
C: Okay. Thanks. Nothing to do with you lot, it's just the knee.""",
False, 0.0, "neutral",
"freeze declined 'No, just cancel it'; complaint about circumstance (injury), 'Nothing to do with you lot'"),
]
