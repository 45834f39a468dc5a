CALLS = [
("FR20_001", "Priya Nair", "2026-11-02T09:14:00", "clean", """A: Thanks for calling Skyline Air reservations, this is Priya. How can I help?
C: Hi, I need two seats to Denver on the 19th, morning if possible.
A: I have the 7:05 am nonstop, $212 per passenger, so $424 for both of you. Shall I hold that?
C: Yes, book it. That time works great for us.
A: Done. Your confirmation code is QX7R2L. One more thing: the exit rows on that flight have extra legroom for $39 a seat.
C: My husband is six foot four, so honestly that's a no-brainer. Do it for both of us.
A: Two extra-legroom seats added, row 14, seats A and B. That's $78 on top of the fares.
C: Perfect. This was so much easier than the website, thank you!
A: My pleasure. Have a great trip.""", True, 78.0, "positive", "flight booked; legroom $39 x 2 seats accepted ('do it for both of us'); pleased"),
("FR20_002", "Marcus Bell", "2026-11-02T11:40:00", "asr", """A: thank you for calling northwave mobile this is marcus how can i help
C: yeah my bill this month is a hundred and ninety dollars and it's usually sixty
A: i'm sorry about that let me pull up the account um i see data overage charges from the twelfth through the twentieth
C: overage i was on wifi the whole time
A: the usage records show about eighteen gigs on the cellular network
C: that's not possible i was at home uh this is the third time you people have done this
A: i can submit it for review but i can't remove the charges today
C: so i pay it and hope you give it back no thanks
A: i understand your frustration
C: honestly this is ridiculous i'm porting my number out this week""", False, 0.0, "negative", "billing complaint, no purchase; ends threatening to leave"),
("FR20_003", "Sofia Delgado", "2026-11-03T16:05:00", "clean", """A: Olivetto, this is Sofia speaking.
C: Hi. I'd like a table for six this Saturday, around 7.
A: Let me look. I can do 7:15 on Saturday for six people. Under what name?
C: Brennan. 7:15 is fine.
A: Great, Brennan, party of six, Saturday at 7:15. Phone number?
C: 617-555-0148.
A: Got it. Our chef is doing a tasting menu that night, and the wine pairing is $35 per person if anyone's interested.
C: Most of them don't drink. Put it down for two, me and my brother.
A: Two wine pairings noted, so $70 added to the table. Anything else?
C: No, that's it.
A: See you Saturday.""", True, 70.0, "neutral", "reservation confirmed; wine pairing $35 per person x 2 accepted; businesslike tone"),
("FR20_004", "Tom Whitaker", "2026-11-03T10:22:00", "asr", """A: good morning brightside dental this is tom
C: hi um i need to book a cleaning i'm overdue like by a lot
A: no judgment here let's get you in do you have a preferred day
C: thursdays are best for me
A: i have thursday the nineteenth at ten fifteen with hygienist carla
C: ten fifteen yeah perfect put me in
A: you're booked thursday the nineteenth ten fifteen and we'll text a reminder to the number ending four four two one
C: that's the one
A: anything else today
C: no that's it that was really easy thank you so much""", True, 0.0, "positive", "cleaning appointment booked; numbers are date/time/phone; ends warmly"),
("FR20_005", "Aisha Karim", "2026-11-04T08:12:00", "clean", """A: Reliance Plumbing, Aisha speaking.
C: My water heater is leaking all over the basement floor. I need someone today.
A: I'm sorry to hear that. Have you shut off the water supply to the tank?
C: Yes, I did that an hour ago. When can someone come?
A: The earliest opening I have is Tuesday between 8 and noon.
C: Tuesday? It's Thursday. I have an inch of water down there.
A: I can put you on the cancellation list in case something opens up sooner.
C: Don't bother. Your ad says 24-hour emergency service.
A: Emergency crews are fully committed today, I apologize.
C: Forget it. I'll call someone who actually answers emergencies.""", False, 0.0, "negative", "no booking taken (declined Tuesday slot); angry at end"),
("FR20_006", "Ben Okafor", "2026-11-04T13:48:00", "asr", """A: techhaven sales this is ben
C: hey i'm looking at the zenbook fourteen the one with the oled screen model ux thirty four oh five
A: sure that's nine ninety nine right now and it's in stock at the warehouse
C: okay yeah i'll order that one
A: great i'll get it set up to ship to your address on file four twelve maple court is that right
C: yep that's right
A: would you want the two year protection plan on it that's one forty nine and covers drops and spills
C: uh what about the battery does it cover that
A: yes battery replacement is included
C: alright throw that in then
A: done so that's the laptop plus the protection plan you'll get an email in a few minutes
C: okay thanks""", True, 149.0, "neutral", "laptop ordered; protection plan 'one forty nine' accepted after a question; model/address numbers not prices"),
("FR20_007", "Lena Hartmann", "2026-11-05T18:30:00", "clean", """A: Riverside Arena box office, this is Lena.
C: Hi, I'd like two tickets for the Maya Lorne show on Saturday the 21st.
A: I'm sorry, Saturday is completely sold out. We did add a second show on Sunday the 22nd at 7:30.
C: Oh. That's a shame, Saturday was the plan.
A: Sunday still has floor seats at $85 each.
C: Hmm. Okay, I guess Sunday works. Two floor seats, then.
A: Two floor seats, Sunday the 22nd at 7:30, $170 total. Would you like a parking pass for $20?
C: No, we'll take the train.
A: All set, your tickets are on the way by email.
C: Okay. Thanks.""", True, 0.0, "neutral", "sold-out Saturday, alternative Sunday taken; parking declined; mild disappointment then acceptance"),
("FR20_008", "Diego Ruiz", "2026-11-05T12:02:00", "asr", """A: first harbor bank this is diego how can i help
C: hi i'm locked out of online banking it says too many attempts and i need to pay rent today
A: no problem let me verify you can you confirm the last four of your card
C: it's eight eight one zero
A: thank you i've cleared the lock and sent a reset code to your phone
C: okay got it um it's asking for a new password
A: go ahead and set one i'll stay on the line
C: i'm in oh thank god
A: wonderful anything else
C: no you're a lifesaver seriously thank you""", False, 0.0, "positive", "free account unlock, no purchase; grateful"),
("FR20_009", "Hannah Cole", "2026-11-06T08:45:00", "clean", """A: Metro Auto Care, Hannah speaking.
C: Hi, I need an oil change for my 2019 Civic. Anything Friday morning?
A: Friday at 8:30 is open. Synthetic is $69.95. Want me to put you down?
C: Yes, 8:30 Friday, please.
A: Booked. While it's up on the lift, we can rotate the tires for $25.
C: Sure, may as well while it's there.
A: And the cabin air filter is due on that mileage, that's $45 installed.
C: I'll pass on that, I can do it myself.
A: No problem. Friday at 8:30, oil change plus tire rotation.
C: Sounds good. See you then.""", True, 25.0, "neutral", "oil change booked; tire rotation $25 accepted, cabin filter $45 declined"),
("FR20_010", "Raj Patel", "2026-11-06T15:17:00", "asr", """A: good afternoon northside physio raj speaking
C: hi i was referred for my knee um i wanted to get an initial assessment
A: sure the first available for an initial assessment is december eighth at two
C: december that's almost a month away
A: i'm afraid we're fully booked until then i can add you to the waitlist too
C: hmm let me check my work schedule and call you back
A: of course our number is on the referral letter
C: okay thanks bye""", False, 0.0, "neutral", "no availability soon; customer defers ('call you back'); no booking"),
("FR20_011", "Chloe Martin", "2026-11-09T10:30:00", "clean", """A: Thanks for calling Brightline Wireless, this is Chloe.
C: Hi, I want to add a line for my daughter to my plan.
A: Happy to help. An added line on your Unlimited Plus plan is $30 a month. Does she have a phone already?
C: She does, it's unlocked.
A: Great, then I'll just send a SIM. Should I go ahead and add the line?
C: Yes, please.
A: Done. Is she going to be travelling at all? Our international pack is $10 a month and includes calls and data in 80 countries.
C: She's starting a semester in Madrid in January, so yeah, that makes sense.
A: I've put the international pack on her line.
C: Great, that takes a worry off my mind. You've been really helpful.""", True, 10.0, "positive", "new line added (main); international pack $10/month accepted indirectly ('that makes sense'); pleased"),
("FR20_012", "Omar Haddad", "2026-11-09T19:05:00", "asr", """A: harborview hotel reservations omar speaking
C: hi we'd like a room for two nights the fourteenth and fifteenth
A: i have a king room with a bay view at one eighty nine a night
C: that sounds lovely yes let's book it
A: wonderful can i get the name on the reservation
C: it's ingrid sorensen
A: thank you miss sorensen breakfast is eighteen dollars per person each morning would you like to add it
C: oh yes add breakfast for both of us both mornings
A: that's two people two mornings so seventy two dollars added
C: great we're really looking forward to it thank you""", True, 72.0, "positive", "hotel booked; breakfast $18 per person per morning x 2 x 2 = 72 accepted"),
("FR20_013", "Grace Liu", "2026-11-10T14:20:00", "clean", """A: Hearth & Home Furniture, this is Grace.
C: Hi, I'm calling about the Ashford sectional in the gray fabric. What's the price on that?
A: The Ashford is $2,899, and delivery is $149.
C: Oh. The tag in the store said $2,299 last week.
A: That was a promotion that ended Sunday, I'm sorry.
C: That's disappointing, honestly. I waited to measure my living room.
A: I could check if any floor models are available.
C: No, it's fine. I'll think about it.
A: Of course. Can I help with anything else?
C: No. Thanks.""", False, 0.0, "negative", "price inquiry only, 'I'll think about it'; quietly disappointed about missed promotion"),
("FR20_014", "Felix Moreau", "2026-11-10T18:52:00", "asr", """A: tony's pizza this is felix pickup or delivery
C: delivery to twenty two elm street
A: okay what can i get you
C: two large pepperoni and uh one of them half mushroom
A: got it two large pepperonis one half mushroom anything else we have garlic knots tonight for five ninety nine
C: sure yeah
A: okay so two larges and the knots
C: actually no scratch the knots my wife's gonna kill me
A: no problem just the two larges that's thirty one eighty with delivery about forty minutes
C: cool thanks""", True, 0.0, "neutral", "pizza order placed; garlic knots accepted then retracted -> upsell 0; address number not a price"),
("FR20_015", "Nadia Petrova", "2026-11-11T09:35:00", "clean", """A: PeakFit membership services, Nadia speaking.
C: Hi, I want to cancel my membership. I just don't go often enough.
A: I'm sorry to hear that. Before I process it, I can offer you three months at half price, $24.50 instead of $49.
C: Hm. And after three months it goes back to $49?
A: Yes, and you could cancel then with no fee.
C: Fine. I'll stay at that rate and see if I actually use it.
A: Done, the discount starts on your next bill.
C: Okay, thanks.""", True, 0.0, "neutral", "retention offer accepted = conversion; discount is not an upsell"),
("FR20_016", "Sam Turner", "2026-11-11T20:10:00", "asr", """A: thanks for calling streamly support this is sam
C: yeah hi i got charged twice for my subscription this month
A: i'm sorry about that let me take a look uh yes i see two charges of fourteen ninety nine on the third
C: right so can you fix it
A: i've issued a refund for the duplicate it'll show in five to ten business days
C: oh wonderful ten business days for your mistake great
A: i understand it's frustrating
C: yeah it is whatever just make sure it doesn't happen again""", False, 0.0, "negative", "refund only, no purchase; sarcastic ('oh wonderful') and annoyed"),
("FR20_017", "Priya Nair", "2026-11-12T11:00:00", "clean", """A: Willow Creek Estate events, this is Priya.
C: Hi! We just got engaged and we'd love to come see the venue.
A: Congratulations! We run free private tours on weekends. Would Saturday the 28th at 2 pm work?
C: Yes, let's book that!
A: Wonderful. How many people will be coming?
C: Just the two of us, maybe my mom. So three.
A: I've put you down for three on Saturday the 28th at 2 pm.
C: Amazing. I've been looking at your photos for months, I'm so excited.
A: We can't wait to meet you.""", True, 0.0, "positive", "free venue tour booked = appointment/conversion; count of people not a price; excited"),
("FR20_018", "Marcus Bell", "2026-11-12T16:44:00", "asr", """A: westgate ford service marcus speaking
C: hi you guys looked at my brakes yesterday i got the estimate here
A: yes front and rear pads and rotors it came to eight hundred forty
C: yeah that's way too much
A: the rotors are below spec unfortunately
C: the place down the road quoted me five ten for the same job and they actually explained stuff
A: i could check if we can match part of that
C: no i'm good honestly they were way nicer about it too i'll just take it there""", False, 0.0, "negative", "repair estimate refused; praises competitor; no purchase"),
("FR20_019", "Sofia Delgado", "2026-11-13T08:20:00", "clean", """A: Skyline Air, Sofia speaking. How can I help?
C: Hi, I already have a booking to Phoenix next week, confirmation HJ44TZ. I need to add a checked bag.
A: Let me pull that up. Yes, Phoenix on the 18th, returning the 22nd. A checked bag is $35 each way.
C: So both directions, I assume.
A: Would you like it on both the outbound and return?
C: Yes, both ways. I'm bringing golf clubs.
A: Added: one checked bag each way, $70 total, charged to the card on file.
C: Okay. Is the golf bag fine as a regular checked bag?
A: Yes, up to 50 pounds.
C: Good. That's all.""", True, 70.0, "neutral", "add-on to earlier booking: bag $35 each way x 2 accepted ('yes, both ways')"),
("FR20_020", "Tom Whitaker", "2026-11-13T17:25:00", "asr", """A: serenity day spa this is tom
C: hi i'd love to book a massage for sunday if you have anything
A: i have sunday at eleven a sixty minute swedish with jess
C: yes please book that
A: you're in would you like to make it a hot stone massage it's an extra fifteen
C: ooh yes please i've always wanted to try that
A: done sunday at eleven hot stone with jess
C: amazing thank you i really need this week to be over""", True, 15.0, "positive", "massage booked; hot stone upgrade 'extra fifteen' accepted; upbeat"),
]
