CALLS = [
("FR56_061", "Claire Dubois", "2026-11-20T09:12:06", "clean",
"""A: First Harbor Bank, Claire speaking.
C: I've been charged three overdraft fees in one day. $35 each. For a $4 coffee that went through before my paycheck.
A: I'm sorry. I can see the three fees on the 17th.
C: I want all three reversed.
A: I'm able to reverse one of them as a courtesy today.
C: One? That's it? One?
A: That's the most I can do on my end. I could also set up overdraft protection linked to your savings, it's free.
C: I don't want another setting, I want my money back. This is outrageous.
A: I understand. The $35 credit will post tonight.
C: You made $105 off a cup of coffee and you're giving me back thirty-five. Unbelievable.""",
False, 0.00, "negative", "one fee reversed, overdraft link refused, nothing bought; 'this is outrageous', 'Unbelievable.'"),

("FR56_062", "Victor Alvarez", "2026-11-20T10:36:44", "asr",
"""A: mesa grill catering victor speaking
C: hi yeah i need lunch for a team meeting on tuesday fifteen people
A: sure our taco bar is sixteen a head so two forty for fifteen do you want to book it
C: yes let's book the taco bar for tuesday at noon
A: you got it and for drinks we have a package with agua fresca and sodas for forty dollars for the group
C: yeah do that nobody wants to go on a soda run
A: ha okay and we have a cookie tray for twenty two fifty
C: um sure why not add the cookies too
A: so taco bar for fifteen drinks and cookies tuesday at noon
C: awesome you just saved my whole week honestly thank you
A: happy to help""",
True, 62.50, "positive", "'yes let's book the taco bar'; drinks forty dollars + cookies twenty two fifty = 62.50; 'you just saved my whole week'"),

("FR56_063", "Sophie Grant", "2026-11-20T12:18:30", "clean",
"""A: Still Water Spa, this is Sophie.
C: Hi, I'd like to book a sixty-minute massage for Saturday afternoon.
A: Of course. I have 2 pm or 4 pm, and the sixty-minute Swedish is $110.
C: Let's do 2 pm.
A: Booked! Would you like to upgrade to hot stones? It's twenty-five dollars more.
C: Sure, I've always wanted to try that.
A: And we can add aromatherapy oils for ten dollars.
C: Why not, add that too. It's been a long month.
A: Done. Hot stone Swedish with aromatherapy, Saturday at 2.
C: Oh, I can't wait. Thank you so much!""",
True, 35.00, "positive", "'Let's do 2 pm'; hot stones twenty-five + aromatherapy ten = 35; 'I can't wait. Thank you so much!'"),

("FR56_064", "Marcus Chen", "2026-11-20T14:50:19", "clean",
"""A: Brightline Wireless, Marcus speaking.
C: I was in Mexico for four days and I have $212 in roaming charges. Two hundred and twelve dollars.
A: I'm sorry about the surprise. I see the charges, it was pay-per-use roaming.
C: Nobody told me. No text, nothing.
A: I can take $50 off as a one-time credit. And for future trips, our Travel Pass is $10 a day with your regular plan.
C: I'm not buying anything else from you.
A: I understand. I've applied the $50 credit.
C: So I still owe a hundred and sixty-two dollars for sending a few texts.
A: I'm afraid so. I can set up a payment plan if that helps.
C: No. I'm porting my number out this week.""",
False, 0.00, "negative", "Travel Pass $10 a day refused 'I'm not buying anything else from you'; credit is not a sale; 'porting my number out'"),

("FR56_065", "Maria Delgado", "2026-11-23T09:30:52", "asr",
"""A: seaside grand hotel guest relations maria speaking
C: hi i stayed with you last weekend and the room was right over the bar i didn't sleep till three both nights
A: i'm so sorry about that can i have the name on the reservation
C: park jin park
A: thank you mr park i can offer you a voucher for forty percent off a future stay
C: a voucher for a hotel i never want to stay at again great thanks
A: i understand would a partial refund work better
C: yes i'd like a refund for one of the nights at least
A: i can refund one night that's one eighty nine
C: fine just do it i won't be back""",
False, 0.00, "negative", "complaint, refund accepted (not a purchase); sarcastic 'a voucher for a hotel i never want to stay at again great'; 'i won't be back'"),

("FR56_066", "Kevin Osei", "2026-11-23T11:04:27", "asr",
"""A: sunway car rental kevin speaking
C: hi um i'm looking at renting a compact for the weekend of the fifth how much would that be
A: friday to sunday a compact is ninety eight plus tax and we have a prepaid fuel option for fifty five dollars so you can return it empty
C: um how much did you say fifty five hmm no i'll fill it up myself
A: sure no problem do you want me to reserve the compact
C: uh actually let me check with my friend on the dates first she might only get off saturday
A: okay i can hold the rate for twenty four hours
C: yeah okay i'll call back tomorrow
A: sounds good
C: okay bye""",
False, 0.00, "neutral", "fuel fifty five declined; reservation deferred 'let me check with my friend on the dates first'; neutral"),

("FR56_067", "Priya Raman", "2026-11-23T13:47:13", "clean",
"""A: Petal and Stem, Priya speaking.
C: Hi, I want to send flowers to my mom in Cleveland for her birthday on Thursday.
A: Lovely. Our seasonal bouquet is $65, delivered Thursday. Shall I set that up?
C: Yes, set it up.
A: Done. Would you like it in a glass vase? It's $18. Otherwise it comes wrapped.
C: Yes, the vase. She won't have one.
A: And we have a box of truffles for $14.50.
C: Sure, add the truffles too.
A: Bouquet, vase and truffles to Cleveland, Thursday. Any message on the card?
C: "Happy birthday, Mom. Love, Dan." That's it.
A: Got it.
C: Okay, thanks.""",
True, 32.50, "neutral", "'Yes, set it up'; vase $18 + truffles $14.50 = 32.50; routine 'Okay, thanks.'"),

("FR56_068", "Tomasz Nowak", "2026-11-23T15:29:35", "clean",
"""A: Kowalski Auto Care, Tomasz speaking.
C: Hi. My Subaru has been with you for eight days. I was told three. What's going on?
A: I'm sorry, the part was back-ordered. It should arrive Thursday.
C: Should. You said that last week too.
A: I understand. If you need a car, I can get you a loaner for $30 a day.
C: You want me to pay for a loaner when you're the ones who are late? No.
A: Let me talk to my manager about waiving that.
C: Don't bother. Just call me when it's actually done.
A: I will, I'm sorry for the delay.
C: Eight days. I'm really done with this place.""",
False, 0.00, "negative", "loaner $30 a day refused 'No.'; nothing bought; 'I'm really done with this place'"),

("FR56_069", "Jessica Whitfield", "2026-11-24T09:53:01", "asr",
"""A: northgate insurance jessica speaking
C: hi uh i was looking at term life insurance and i wanted a quote
A: sure for a twenty year term with five hundred thousand in coverage at your age you'd be around twenty eight a month
C: okay and is there a version that covers my wife too
A: we can add a spouse rider for about nineteen a month more
C: mhm okay can you send that over in writing
A: sure i'll email both options today
C: okay i'll look at it with my wife this weekend
A: sounds good just call me back when you're ready
C: will do thanks""",
False, 0.00, "neutral", "quote only, 'can you send that over', 'i'll look at it with my wife'; rider only discussed"),

("FR56_070", "Darnell Brooks", "2026-11-24T11:22:48", "clean",
"""A: Metro Power and Gas, Darnell speaking.
C: My power was shut off two days ago. I have a newborn at home.
A: I'm sorry. I see the account was disconnected for nonpayment on the 22nd.
C: I paid $300 on the 15th. Nobody called me, nobody knocked on the door.
A: I see that payment. It covered part of the balance, there was $186 left past due.
C: So you shut off a house with a baby in it over $186. In November.
A: I can set up a payment arrangement now and request reconnection within 24 hours.
C: Do it. But this is unacceptable. I want a supervisor to call me.
A: I'll request that as well.
C: I've been a customer for eleven years. Eleven.""",
False, 0.00, "negative", "payment arrangement and reconnection, not a purchase; 'this is unacceptable'"),

("FR56_071", "Hannah Lindqvist", "2026-11-24T13:40:09", "clean",
"""A: Frostbite Ice Show tickets, this is Hannah.
C: Hi! I'd like four tickets for the Saturday matinee, two adults and two kids.
A: Great, that's $38 per adult and $24 per kid, $124 total. Want me to book those?
C: Yes, book them.
A: And would you like ticket insurance? It's $9 per ticket, full refund if anyone's sick.
C: With two kids? Yes, insure all four.
A: Okay, four tickets with insurance. Hmm, the card ending 6093 didn't go through.
C: Oh no. Try the Visa ending 1127 instead.
A: That went through. You're all set, four tickets, all insured, Saturday at 1.
C: Awesome, thank you! The kids are going to lose their minds.""",
True, 36.00, "positive", "'Yes, book them'; insurance $9 x 4 'insure all four' = 36; first card declined, second card goes through; 'Awesome, thank you!'"),

("FR56_072", "Rafael Moreno", "2026-11-24T15:11:55", "asr",
"""A: oakhouse online orders rafael speaking
C: hi my dining chairs arrived today and two of the four have cracked legs
A: oh no i'm so sorry can you send photos to our support email
C: i already did this morning nobody answered
A: okay i see them now i can send two replacement chairs at no cost
C: how long would that take
A: about three weeks they're coming from the warehouse
C: three weeks i already waited three weeks for these no just refund me for the whole set
A: okay i'll process a full refund and arrange a pickup
C: great another day off work waiting for a truck i'm never ordering from you again""",
False, 0.00, "negative", "damaged order, refund requested; 'i'm never ordering from you again'"),

("FR56_073", "Aisha Karimi", "2026-11-25T09:08:40", "clean",
"""A: Maple Street Vet, Aisha speaking.
C: Hi, my cat Juniper is due for her rabies shot. Can I bring her in?
A: Of course. I have Monday at 9:40 or Tuesday at 5:20.
C: Tuesday at 5:20 is perfect.
A: Great, you're booked. While she's here, we can trim her nails for twelve bucks.
C: Yes please, she hates it when I do it.
A: Added. We're also doing microchipping this month for $45.
C: Hmm, I'll think about that one. She's indoor only.
A: Of course. Tuesday at 5:20, vaccine and nail trim.
C: Thank you, you guys are always so sweet with her.""",
True, 12.00, "positive", "'Tuesday at 5:20 is perfect' and booked; nail trim twelve bucks 'Yes please'; microchip $45 deferred; 'always so sweet with her'"),

("FR56_074", "Brendan Doyle", "2026-11-25T10:45:17", "asr",
"""A: playverse support brendan speaking
C: hi i want to cancel my ultimate subscription
A: sorry to hear that can i ask why
C: you guys raised the price twice this year it's twenty one ninety nine now for the same games
A: i understand i can offer you three months at half price if you stay
C: no i've made up my mind
A: okay i could also move you to the standard tier at eleven ninety nine
C: i said i've made up my mind just cancel it please
A: okay it's cancelled your access lasts until the end of the billing period
C: fine it used to be worth it now it's just a cash grab""",
False, 0.00, "negative", "retention half price and downgrade refused 'i've made up my mind'; cancelled; 'just a cash grab'"),

("FR56_075", "Mei Tanaka", "2026-11-25T12:30:02", "clean",
"""A: Pacific Crest Airlines, Mei speaking.
C: My flight to Chicago was cancelled, I've been at the gate for three hours and nobody can tell me anything.
A: I'm very sorry. I can put you on the 7:40 am flight tomorrow at no charge. Would you like that?
C: Do I have a choice? Yes, book it.
A: Done, you're confirmed on the 7:40. Since you'll be at the airport early, lounge access is available for $39.
C: After the day I've had? Fine, yes. Give me the lounge.
A: Added, lounge access for $39. Your hotel voucher is in the app.
C: A voucher for a motel twenty minutes away, I assume.
A: It's the airport Marriott.
C: Well. Still the worst travel day I've had in years.""",
True, 39.00, "negative", "rebooking 'Yes, book it'; lounge $39 'Fine, yes. Give me the lounge'; ends 'Still the worst travel day I've had in years'"),

("FR56_076", "Oluwaseun Adeyemi", "2026-11-25T14:05:38", "asr",
"""A: sparkle home cleaning this is seun
C: hi i'm moving out at the end of the month and need a deep clean for my apartment two bedrooms
A: sure a move out deep clean for two bedrooms is two twenty i have the twenty ninth or the thirtieth
C: the twenty ninth please book that
A: booked and we can do inside the fridge and inside the oven for thirty each
C: just the oven the fridge i can do myself
A: okay oven added so deep clean with the oven on the twenty ninth
C: perfect that's such a weight off thank you so much
A: you're welcome good luck with the move""",
True, 30.00, "positive", "'the twenty ninth please book that'; 'just the oven' at thirty (fridge declined); 'such a weight off thank you so much'"),

("FR56_077", "Claire Dubois", "2026-11-26T09:19:29", "asr",
"""A: first harbor bank claire speaking
C: oh fantastic a human forty minutes on hold
A: i'm so sorry for the wait how can i help
C: i'm locked out of online banking it says too many attempts and i need to pay rent today
A: okay let me verify you and i'll reset it can you confirm your date of birth
C: march third nineteen eighty eight
A: thank you i've reset it you'll get a text with a temporary code
C: okay i got it
A: great anything else
C: no just fix your phone lines forty minutes is a joke""",
False, 0.00, "negative", "account unlock, nothing bought; sarcastic 'oh fantastic'; 'forty minutes is a joke'"),

("FR56_078", "Victor Alvarez", "2026-11-26T11:56:03", "clean",
"""A: Bistro Lumière, Victor speaking.
C: Hi, I'd like a table for two on Saturday the 5th at 8 pm. It's our anniversary.
A: Congratulations! Let me look. I'm afraid 8 is full. I have 5:30 or 10:15.
C: Neither of those works. We have a babysitter until eleven.
A: I could put you on the waitlist for 8, and if you end up with us we do a champagne toast for $60.
C: I'm not planning champagne for a table I don't have.
A: Understood. Would you like the waitlist?
C: No. Honestly, I called two weeks ahead. That's ridiculous.
A: I'm sorry, Saturdays go fast in December.
C: Figures. I'll try somewhere else.""",
False, 0.00, "negative", "no table at 8, waitlist and champagne $60 refused; 'That's ridiculous', 'I'll try somewhere else'"),

("FR56_079", "Sophie Grant", "2026-11-27T10:14:46", "asr",
"""A: peak fitness sophie speaking
C: hi i cancelled my membership in september and you've charged me forty nine dollars in october and november
A: let me check oh i see the cancellation was started but never finalized i'm sorry
C: i have the email that says it was cancelled
A: i believe you i can refund november right away
C: and october
A: october is past our sixty day window i'd need a manager to approve that
C: so i get charged for your mistake and i have to wait for a manager
A: i'll put the request in today and your account is fully closed now
C: unbelievable i told everyone this place was great not anymore""",
False, 0.00, "negative", "refund and closure, nothing bought; 'unbelievable ... not anymore'"),

("FR56_080", "Marcus Chen", "2026-11-27T13:37:21", "clean",
"""A: Brightline Wireless, Marcus speaking.
C: Hi. I'm paying $95 a month for two lines and it's too much. What can you do?
A: Let me see. You're on Unlimited Plus. I could move you both to Unlimited Basic, $70 a month.
C: What do I lose?
A: Hotspot drops from 30 gigs to 5, and video is standard definition.
C: I use the hotspot for work. So that's out.
A: I could add a hotspot booster to the Basic plan for $10 a month, so $80 total.
C: So I'd save fifteen bucks to get a worse plan. No, keep it as it is.
A: Okay, nothing changes then.
C: Nothing ever does. I'm just tired of paying this much for a phone.""",
False, 0.00, "negative", "downgrade and booster $10 refused 'No, keep it as it is'; 'I'm just tired of paying this much'"),
]
