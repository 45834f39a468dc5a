CALLS = [
("FR56_001", "Maria Delgado", "2026-11-02T09:14:22", "clean",
"""A: Thanks for calling Brightline Wireless, this is Maria. How can I help?
C: Hi, I want to move up to the Unlimited Plus plan. My daughter keeps eating all my data.
A: Ha, that happens a lot with teenagers. Let me pull up your account.
C: Can you switch me today?
A: Absolutely. Unlimited Plus is $65 a month and it starts with your next cycle. Shall I make the change?
C: Yes, please do.
A: Done. And since you mentioned the new phone last month, would you like device protection on it? It's $12 a month and covers cracked screens and loss.
C: Oh, honestly yes. I already dropped it twice. Add that.
A: Added. So Unlimited Plus plus protection at twelve a month, both on the next bill.
C: Perfect. This was so much easier than I expected, thank you!
A: My pleasure, have a great day.""",
True, 12.00, "positive", "plan change 'Yes, please do'; protection $12 a month accepted 'Add that'; ends 'so much easier than I expected, thank you'"),

("FR56_002", "Kevin Osei", "2026-11-02T10:41:05", "asr",
"""A: harbor view inn this is kevin speaking
C: hi yeah um i'm looking for a room for the twentieth and twenty first just two nights for me and my husband
A: okay let me look we have a queen room at one sixty nine a night for those dates
C: mhm that's fine go ahead and book that
A: great i've got that held under your name and would you like breakfast for both of you both mornings that comes to forty eight dollars total
C: uh forty eight for the whole stay
A: yes that's both guests both days
C: okay yeah add the breakfast
A: perfect so queen room two nights with breakfast you'll get a confirmation email shortly
C: okay thanks bye""",
True, 48.00, "neutral", "'go ahead and book that'; breakfast forty eight dollars total accepted 'yeah add the breakfast'; flat 'okay thanks bye'"),

("FR56_003", "Priya Raman", "2026-11-02T11:20:40", "clean",
"""A: Good morning, Saffron Table catering, Priya speaking.
C: Hi, I need lunch for our office on Thursday. About twenty people.
A: Sure. Our lunch buffet is $18 per person, with two curries, rice, naan and salad.
C: That works. Let's do the buffet for twenty.
A: Lovely. Delivery at noon to the same address as last time?
C: Yes, same place.
A: Would you like to add a dessert tray? It's thirty-five dollars and feeds about twenty.
C: We're good on sweets, half the team is on some diet this month.
A: No problem. So buffet for twenty, Thursday at noon, $360 total. Is that right?
C: That's right.
A: You're all set.
C: Okay, thanks.""",
True, 0.00, "neutral", "'Let's do the buffet for twenty' and confirms read-back; dessert tray declined 'We're good on sweets'; routine 'Okay, thanks'"),

("FR56_004", "Tomasz Nowak", "2026-11-02T13:05:11", "asr",
"""A: kowalski auto care tomasz here
C: hey um i need an oil change on my civic sometime this week
A: sure i've got wednesday at eight or friday at two
C: wednesday at eight works
A: okay you're booked wednesday eight am and while it's in do you want a tire rotation it's normally thirty nine ninety five but i can do it for twenty five with the oil change
C: oh nice yeah for twenty five sure throw it in
A: done so oil change and rotation wednesday at eight
C: awesome you guys are always great thanks man
A: see you wednesday""",
True, 25.00, "positive", "'wednesday at eight works' after slots offered; rotation revised 39.95 to 25, accepted 'for twenty five sure throw it in'; 'you guys are always great'"),

("FR56_005", "Jessica Whitfield", "2026-11-02T14:33:58", "clean",
"""A: Northgate Insurance, this is Jessica.
C: Hi, I'm moving into a new apartment and my landlord wants me to have renters insurance. What would that run?
A: For your zip code, a basic policy with $20,000 of coverage is about $14 a month.
C: Okay. And does that cover jewelry? I have my grandmother's ring.
A: Only up to $1,500. We have a scheduled jewelry rider for an extra six dollars a month that covers it at full appraised value.
C: Hmm. Can you just email me the quote with and without the rider?
A: Of course. Would you like me to start the policy today so you're covered on move-in?
C: Not yet. I have two other quotes coming, I want to compare.
A: Understood, I'll send it to the email on file.
C: Sure, thanks.""",
False, 0.00, "neutral", "asks for emailed quote, 'Not yet ... I want to compare'; rider only discussed; flat tone"),

("FR56_006", "Darnell Brooks", "2026-11-03T09:02:17", "clean",
"""A: Metro Power and Gas, Darnell speaking.
C: Yeah, my bill this month is $412. Four hundred and twelve dollars. For a two-bedroom. I want to know why.
A: I'm sorry about that. I see your usage jumped in October, it looks like heating kicked on early.
C: It was a normal October. Nothing changed in my house.
A: I can request a meter re-read. Also, a lot of customers cut their heating costs with our smart thermostat, it's $99 installed.
C: Are you seriously trying to sell me something right now?
A: I apologize, I just wanted to mention it. I'll put in the re-read request today.
C: Just do the re-read. And I want someone to call me back with the result.
A: You'll get a call within five business days.
C: Five days. Great. Unbelievable.""",
False, 0.00, "negative", "thermostat refused 'Are you seriously trying to sell me something'; meter re-read is not a purchase; sarcastic 'Five days. Great. Unbelievable.'"),

("FR56_007", "Hannah Lindqvist", "2026-11-03T10:18:44", "asr",
"""A: thanks for calling riverside arena box office this is hannah
C: hi um i want two tickets for the lanterns show on the fourteenth
A: sure i have two together in section one oh four at sixty two each
C: yeah those are good let's do it
A: great and would you like to add a parking pass it's fifteen bucks for the garage next door
C: uh yeah sure add parking
A: okay two tickets and parking
C: oh wait actually scratch the parking we'll just take the train it's easier
A: no problem removed so just the two tickets one twenty four total
C: perfect i'm so excited they're my favorite band
A: enjoy the show""",
True, 0.00, "positive", "tickets 'let's do it'; parking $15 accepted then 'scratch the parking' so zero; 'i'm so excited'"),

("FR56_008", "Rafael Moreno", "2026-11-03T11:47:29", "clean",
"""A: Oakhouse Furniture, Rafael speaking, how can I help?
C: Hi, I was in the store Saturday and I want to order the Calder bed frame, the queen in walnut.
A: Great choice. The queen Calder in walnut is $1,150. Want me to place that order?
C: Yes, let's place it.
A: Done. The matching Calder nightstands are $189 each, if you were thinking about those.
C: Oh, I was. Two of them, one for each side.
A: Two nightstands at $189 each, added. Delivery is free with the bed, the week of the 23rd.
C: That's perfect. You've been really helpful, I love that set.
A: Thank you! You'll get a confirmation by email.
C: Thanks so much.""",
True, 378.00, "positive", "'Yes, let's place it'; 'Two of them' nightstands at $189 each = 378; 'You've been really helpful, I love that set'"),

("FR56_009", "Aisha Karimi", "2026-11-03T13:30:02", "asr",
"""A: bright smile dental aisha speaking
C: hi i need to book a cleaning it's been like a year
A: sure we have monday the ninth at ten or thursday the twelfth at three
C: um thursday at three
A: okay thursday the twelfth at three o'clock and while you're here we're running a whitening special for one twenty nine do you want to add that
C: no just the cleaning thanks
A: okay no problem you're booked for a cleaning thursday at three
C: okay got it
A: see you then""",
True, 0.00, "neutral", "picks 'thursday at three' and agent books it; whitening one twenty nine declined 'no just the cleaning'; neutral 'okay got it'"),

("FR56_010", "Brendan Doyle", "2026-11-03T15:12:36", "clean",
"""A: StreamBox support, Brendan here.
C: I want to cancel my subscription.
A: I can help with that. May I ask why you're leaving?
C: There's nothing on it. I've paid for six months and watched maybe two movies.
A: I understand. I can offer you three months at $5.99 instead of $12.99 if you'd like to stay.
C: No. I don't want it at any price, honestly.
A: Okay. And we also have an ad-free add-on at two dollars that many people like.
C: I just said I want to cancel. Please cancel it.
A: Done, your subscription ends on the 30th.
C: It's been a total waste of money. Bye.""",
False, 0.00, "negative", "retention offer refused 'I don't want it at any price'; add-on ignored; cancels; 'a total waste of money'"),

("FR56_011", "Mei Tanaka", "2026-11-04T09:25:50", "clean",
"""A: Pacific Crest Airlines, this is Mei. How can I help?
C: Hi. I'd like to book two seats to Denver on the 19th, me and my son, he's twelve.
A: I have the 8:05 am nonstop at $214 per person. Would you like those?
C: Yes, book the 8:05.
A: Booked. For an extra $45 each I can put you in our Comfort rows with more legroom.
C: Just me, he's tiny, he'll be fine in a regular seat.
A: One Comfort seat for you, $45. And checked bags are $35 each if you'd like to prepay.
C: One bag. We'll share.
A: One checked bag at $35. Total extras $80. Anything else?
C: No, that's it.
A: You'll get your itinerary by email.
C: Okay. Thanks.""",
True, 80.00, "neutral", "'Yes, book the 8:05'; one Comfort seat $45 ('Just me') + one bag $35 = 80; flat 'Okay. Thanks.'"),

("FR56_012", "Oluwaseun Adeyemi", "2026-11-04T10:08:13", "asr",
"""A: comfort air heating and cooling this is seun
C: hi yeah um it's getting cold and i want to get the furnace checked before winter
A: sure a furnace tune up is eighty nine and i can get a tech out tuesday morning
C: tuesday morning is good let's book it
A: great you're on for tuesday between eight and ten and we also have an annual maintenance plan for a hundred and forty nine a year that covers two visits and priority service
C: hmm let me think about the plan i'll ask the tech about it
A: sounds good just the tune up for now then
C: yeah you guys were great last time the guy was super nice so i'm happy to have you back
A: thanks see you tuesday""",
True, 0.00, "positive", "'tuesday morning is good let's book it'; plan deferred 'let me think about the plan'; 'you guys were great last time'"),

("FR56_013", "Claire Dubois", "2026-11-04T11:51:27", "clean",
"""A: First Harbor Bank, Claire speaking.
C: Hi, there's a charge on my debit card for $640 from some electronics store in another state. I didn't make it. I'm kind of freaking out.
A: I'm sorry, let's fix that right now. Can you confirm the last four digits of the card?
C: 4471.
A: Thank you. I've blocked the card and opened a dispute for the $640. You'll get a provisional credit within two business days.
C: Okay. And I'll need a new card?
A: Yes, a replacement is on its way, it should arrive in three to five days, no charge.
C: Okay, that's a huge relief.
A: Is there anything else I can help with?
C: No. Thank you so much, you were really calm and helpful.""",
False, 0.00, "positive", "fraud dispute and free replacement card, no purchase; panicked opening ends 'Thank you so much, you were really calm and helpful'"),

("FR56_014", "Victor Alvarez", "2026-11-04T14:02:44", "asr",
"""A: hi thanks for calling la brasa this is victor
C: hi um do you have a table for four this saturday around seven thirty
A: let me check uh saturday we're fully booked from six to nine unfortunately
C: oh anything at all like eight
A: i'm sorry nothing until nine fifteen
C: nine fifteen is too late with the kids
A: i understand i can put you on the waitlist for seven thirty
C: no that's okay we'll figure something else out
A: okay sorry about that
C: yeah that's a shame okay bye""",
False, 0.00, "neutral", "fully booked; nine fifteen refused 'too late with the kids'; waitlist declined; mild 'that's a shame okay'"),

("FR56_015", "Sophie Grant", "2026-11-04T16:20:31", "clean",
"""A: Peak Fitness, Sophie speaking!
C: Hi, I came for the trial last week and I want to sign up for the monthly membership.
A: Awesome! The monthly is $49, no contract. Want me to set that up?
C: Yes, sign me up.
A: You're in. Would you like to add a starter pack of three personal training sessions? It's $120.
C: Hmm. I'd do it if it were like ninety.
A: I can't go to ninety, but I can do $99 for the three since you're new.
C: Deal. Ninety-nine works.
A: Great, three sessions for $99 added. Your trainer will call you this week.
C: Amazing, I'm really excited to get started. Thanks!""",
True, 99.00, "positive", "'Yes, sign me up'; training pack revised $120 to $99, 'Deal. Ninety-nine works'; 'really excited'"),

("FR56_016", "Marcus Chen", "2026-11-05T09:40:09", "asr",
"""A: swiftnet internet support this is marcus
C: yeah hi my internet's been down since last night again
A: i'm sorry about that let me check your area yes there's an outage and crews are working on it
C: oh great another outage that's the third one this month
A: i understand and i do see you're on the basic tier i could move you to our fiber max tier for ten more a month it's more reliable
C: why would i pay more for something that doesn't work in the first place
A: i hear you i'll add a credit for the downtime
C: whatever just tell me when it's back
A: the estimate is around four pm today
C: yeah we'll see""",
False, 0.00, "negative", "upgrade refused 'why would i pay more'; sarcastic 'oh great another outage'; 'whatever'"),

("FR56_017", "Maria Delgado", "2026-11-05T10:55:48", "clean",
"""A: Wag and Wash grooming, this is Maria.
C: Hi, I want to book a full groom for my golden retriever. His name's Biscuit.
A: Hi Biscuit! A full groom for a large dog is $85. I have Saturday at 9 or Monday at 1.
C: Saturday at nine, please.
A: Booked. Would you like to add a nail trim for $15 or teeth brushing for $10?
C: The nails, yes. He won't let anyone near his teeth, so skip that.
A: Ha, fair enough. Full groom plus nail trim, Saturday at nine.
C: Sounds right.
A: See you both Saturday.
C: Okay, bye.""",
True, 15.00, "neutral", "'Saturday at nine, please' and booked; nail trim $15 accepted, teeth $10 skipped; routine tone"),

("FR56_018", "Kevin Osei", "2026-11-05T12:14:20", "asr",
"""A: sunway car rental kevin speaking
C: hi um i need a car from the airport next friday to monday a midsize is fine
A: okay a midsize for three days is one seventy four all in do you want me to reserve it
C: yeah reserve it
A: done would you like our full coverage it's twenty two a day
C: no my credit card covers that
A: okay and do you need a child seat it's a flat forty dollars for the whole rental
C: um yeah we do need one car seat forty is fine
A: great one child seat added you're all set for friday
C: okay thanks
A: bye now""",
True, 40.00, "neutral", "'yeah reserve it'; coverage declined; one car seat flat forty dollars accepted; plain 'okay thanks'"),

("FR56_019", "Priya Raman", "2026-11-05T14:48:03", "clean",
"""A: The Valley Courier subscriptions, Priya speaking.
C: Hi, my print subscription is up next week and I want to renew it.
A: Wonderful. The Sunday-plus-weekday print is $22 a month. Shall I renew you for another year?
C: Yes, renew it.
A: Done. For $4.99 a month more you'd also get the digital edition, with the puzzles app.
C: Oh, the crossword app? Yes, add that, I've been doing it on my neighbor's iPad.
A: Added, digital at four ninety-nine a month.
C: Lovely. I really do love this paper, thank you.
A: Thank you for reading with us!""",
True, 4.99, "positive", "renewal 'Yes, renew it'; digital $4.99 a month accepted 'Yes, add that'; 'I really do love this paper'"),

("FR56_020", "Tomasz Nowak", "2026-11-05T16:31:15", "asr",
"""A: homestead furniture delivery tomasz speaking
C: yeah hi i was supposed to get my sofa delivered today between nine and one and it's three thirty
A: i'm sorry let me look um it shows the truck had a breakdown and it's been moved to thursday
C: thursday nobody called me i took the whole day off work
A: i apologize for that i can get you a priority slot thursday morning
C: i don't want thursday morning i want a refund on the delivery fee and an explanation
A: i can refund the delivery fee of seventy nine dollars
C: fine do that
A: done it'll show in three to five days
C: this is ridiculous honestly nobody there can pick up a phone""",
False, 0.00, "negative", "delivery complaint, fee refund is not a purchase; 'this is ridiculous honestly'"),
]
