CALLS = [
("FR53_001", "Maria Delgado", "2026-11-02T09:14:22", "clean",
"""A: Thanks for calling Northline Mobile, this is Maria. How can I help?
C: Hi, I keep running out of data before the end of the month. I'm on the $45 plan.
A: I can see that. The Unlimited plan is $65 a month and you'd never hit a cap.
C: Twenty more a month... but honestly I'm paying overage anyway. Okay, switch me to Unlimited.
A: Done, it starts on your next cycle. You also call Mexico quite a bit — the international calling pack is $10 a month and covers unlimited calls there.
C: Oh, that would be great, my mom's in Guadalajara. Yes, add that too.
A: Added. So Unlimited at $65 plus the $10 international pack.
C: Perfect. This is so much easier than I expected, thank you!
A: My pleasure, have a great day.""",
True, 10.00, "positive", "'switch me to Unlimited' = paid plan change; international pack $10/month accepted ('Yes, add that too'); 'so much easier... thank you!'"),

("FR53_002", "Kevin O'Brien", "2026-11-02T11:03:40", "clean",
"""A: Seabright Inn reservations, Kevin speaking.
C: Hi Kevin. My wife wants the suite with the ocean view for our anniversary — the one on the top floor?
A: The Harbor Suite, yes. Which dates?
C: The 19th and 20th of December, two nights.
A: It's available. That's $310 per night, $620 for the two nights. Would you like to add our breakfast package, $28 per person per day?
C: No, we'll eat out, there's a place in town we love.
A: Of course. So, to confirm: Harbor Suite, December 19th to 21st, two nights, $620 total?
C: That's it, yes. She's going to love it.
A: You're all booked, confirmation number SB4471 is on its way by email.
C: Wonderful, thanks so much.""",
True, 0.00, "positive", "confirms read-back ('That's it, yes'), agent confirms booking; breakfast declined; 'She's going to love it', 'Wonderful'"),

("FR53_003", "Priya Raman", "2026-11-02T13:27:05", "asr",
"""A: good afternoon you've reached keystone auto insurance this is priya how can i help you today
C: yeah hi um i got my renewal notice and the premium went up like almost three hundred dollars and i haven't had a single claim
A: i understand i'm sorry about that the increase is mostly rate changes in your area um repair costs have gone up across the state
C: that's not my problem though i've been with you guys eight years
A: i can look at discounts if you'd like a telematics device could save you up to fifteen percent
C: no i don't want a thing tracking my car
A: okay the renewal is still available at the new rate if you'd like me to lock it in today
C: honestly i'm gonna shop around this feels like a slap in the face after eight years
A: i understand the renewal date is the twelfth if you change your mind
C: yeah whatever bye""",
False, 0.00, "negative", "renewal not accepted: 'i'm gonna shop around'; 'feels like a slap in the face'"),

("FR53_004", "Tom Becker", "2026-11-03T10:45:12", "clean",
"""A: Good morning, Trattoria Lucca, Tom speaking.
C: Hi, I'd like a table for eight this Saturday, around 7:30.
A: Let me check... I'm sorry, Saturday is fully booked for a group that size. I could do Sunday at 7, or Saturday at 9:45.
C: 9:45 is too late, we've got two older relatives coming.
A: Understood. Sunday at 7 then?
C: Sunday doesn't work for us, people are traveling back. Never mind.
A: I'm sorry about that. Shall I put you on the waitlist for Saturday?
C: No, it's fine, we'll find something else. Thanks.
A: Okay, sorry we couldn't help this time.""",
False, 0.00, "neutral", "nothing booked: Saturday full, alternatives refused ('Never mind'), waitlist declined; flat 'it's fine... Thanks'"),

("FR53_005", "Aisha Mensah", "2026-11-03T14:10:33", "clean",
"""A: Hi, is this Daniel? This is Aisha from FreshFork meal kits — you were a subscriber until the summer.
C: Yeah, that's me. I stopped because there weren't enough vegetarian options.
A: That's actually why I'm calling. We launched a full vegetarian menu last month, eight recipes a week. And we can do your first box back at 50% off.
C: Huh. I'd come back if the vegetarian stuff isn't just pasta every night.
A: It really isn't — there are curries, grain bowls, a tofu stir fry. Shall I reactivate you for next week?
C: Send me the menu first. I'll have a look over the weekend.
A: Sure, I'll email it now to the address on file.
C: Yep, same address. Okay.
A: Thanks Daniel, talk soon.""",
False, 0.00, "neutral", "conditional ('I'd come back if...') and deferral ('Send me the menu first. I'll have a look'); 'Yep, same address' is not a purchase"),

("FR53_006", "Daniel Kowalski", "2026-11-04T08:52:19", "asr",
"""A: thank you for calling brightwave broadband this is daniel
C: hi yeah i want to cancel my internet
A: okay i can help with that can i ask what's behind the decision
C: it's just too expensive eighty nine a month for what it is my neighbor pays like sixty with the other company
A: i hear you let me see what i can do um i can take twenty dollars off every month for the next twelve months so you'd be at sixty nine same speed
C: hm sixty nine
A: yes and nothing else changes no new contract
C: okay fine i'll stay on that then
A: great i've applied the discount you'll see it on the next bill
C: okay thanks""",
True, 0.00, "neutral", "accepted retention offer on a cancellation call: 'okay fine i'll stay on that then'; discount is not an upsell; flat tone"),

("FR53_007", "Rachel Stein", "2026-11-04T12:31:50", "clean",
"""A: Hillcrest Auto Care, this is Rachel.
C: Hi. Brakes are squeaking on my Corolla. I'd like to get them looked at.
A: Sure. I have Thursday at 9 AM or Friday at 1 PM.
C: Thursday at 9.
A: Got it. Your car is also due for a cabin air filter — we can replace it during the visit for $39.
C: Sure, throw that in.
A: Okay: brake inspection Thursday at 9 AM, plus the cabin filter for $39. Name's still Laura Pike?
C: Yes.
A: You're all set, see you Thursday.
C: Okay. Bye.""",
True, 39.00, "neutral", "appointment booked ('Thursday at 9'); cabin filter $39 accepted ('Sure, throw that in'); flat"),

("FR53_008", "Luis Ortega", "2026-11-05T15:18:07", "clean",
"""A: Oakhaus Furniture, Luis speaking.
C: Hi, I was in the showroom Saturday looking at the Marlow walnut dining table. I want to order it.
A: Great choice. The Marlow is $1,450 and comes with four chairs.
C: Right, but we're six people. Can I get extra chairs?
A: Yes, the matching chairs are $120 each.
C: Then two more chairs, please.
A: Two extra chairs, $240. Delivery is a flat $49. So: the Marlow table with four chairs at $1,450, two extra chairs at $240, delivery $49. Shall I place it?
C: Yes, place it. I've been dreaming about this table for months, honestly.
A: Order placed, delivery in about three weeks.
C: Amazing. Thank you so much!""",
True, 240.00, "positive", "'Then two more chairs' 2 x $120 = $240 on top of table; 'Yes, place it'; delivery fee excluded; 'Amazing. Thank you so much!'"),

("FR53_009", "Hannah Whitfield", "2026-11-05T16:40:44", "clean",
"""A: Riverside Dental, Hannah speaking.
C: Hi, I need to book a cleaning, it's been a while.
A: No problem. I have next Tuesday at 3:15 with Dr. Amin.
C: Tuesday... maybe.
A: Let me just check your details. Is your mobile still the one ending 4471?
C: Yes, that's right.
A: Great. Shall I put you down for Tuesday at 3:15?
C: Actually, I need to check my shift schedule first — it comes out Friday. I'll call you back.
A: Of course. Tuesday may go, but we have other slots.
C: Okay, thanks.""",
False, 0.00, "neutral", "'Yes, that's right' answers the phone number check; deferral 'I'll call you back'"),

("FR53_010", "Marcus Reid", "2026-11-06T18:05:29", "asr",
"""A: thanks for calling ticketport this is marcus
C: hey um i want three tickets for the lanterns show at the riverside arena on the fourteenth
A: sure i have three together in section two hundred and four at fifty five each so one sixty five plus fees
C: yeah that's fine
A: okay so three tickets section two oh four november fourteenth one sixty five plus fees is that right
C: yep that's right
A: okay i'm running the card ending in eight two one one um it's come back declined
C: what no that card's fine try again
A: i tried it twice it's declined by the bank do you have another card
C: no not on me ugh forget it this is such a waste of time
A: i'm sorry i can't hold the seats without payment""",
False, 0.00, "negative", "read-back confirmed but card declined twice and nothing bought ('forget it'); 'such a waste of time'"),

("FR53_011", "Yuki Tanaka", "2026-11-06T10:22:15", "clean",
"""A: Cedar Trust Bank, this is Yuki.
C: Hi, I was charged a $35 late fee but my payment went out on the due date.
A: Let me look... I see it, the payment posted a day late because of the holiday. I've reversed the fee.
C: Oh good. Thank you.
A: While I have you — with your spending, our Platinum card could earn you a lot more points. It's $95 a year.
C: No, I really just wanted the fee gone.
A: Understood. The reversal will show in two or three days.
C: Great. Thanks for sorting it out so fast, I really appreciate it.
A: You're welcome, have a good day.""",
False, 0.00, "positive", "support call, fee refund is not a purchase; Platinum card declined; 'Thanks for sorting it out so fast, I really appreciate it'"),

("FR53_012", "Sofia Lindqvist", "2026-11-09T09:08:51", "clean",
"""A: Aerolinea customer service, Sofia speaking.
C: Hi, I'm booked on the 2:15 to Denver on the 20th but my meeting moved. Can I go later?
A: There's a 6:40 flight the same day. The change fee is $75, no fare difference.
C: Seventy-five dollars to move four hours. Wow.
A: I'm sorry, it's the fare rules on basic economy.
C: Fine. Book the 6:40.
A: Done. Would you like to add a checked bag while I'm in there? It's $35 now versus $45 at the airport.
C: Yeah, I'll need one, add the bag.
A: So: 6:40 PM to Denver on the 20th, one checked bag for $35, and the $75 change fee.
C: Okay. That's it.""",
True, 35.00, "neutral", "'Fine. Book the 6:40' = booking change; checked bag $35 accepted; change fee excluded; grumble then flat 'Okay'"),

("FR53_013", "Jamal Carter", "2026-11-09T11:47:36", "asr",
"""A: hi this is jamal calling from comfort zone heating and air is this mister alvarez
C: yeah speaking
A: your annual maintenance plan is up for renewal at the end of the month it's one forty nine same as last year two tune ups a year
C: oh right yeah go ahead and renew it same as last year
A: great and um we're also offering a water heater flush add on for forty nine dollars
C: nah just the regular plan
A: no problem i've renewed it your first tune up can be scheduled anytime
C: sounds good the guy you sent last spring did a really good job
A: glad to hear it thanks mister alvarez
C: yeah thanks bye""",
True, 0.00, "positive", "'go ahead and renew it' = renewal; water heater flush declined ('nah just the regular plan'); praise for technician"),

("FR53_014", "Emily Nguyen", "2026-11-10T13:55:02", "clean",
"""A: StreamBox support, this is Emily.
C: Hi, I want to cancel my subscription.
A: I can help. May I ask why?
C: I'm just not using it. Maybe twice since summer.
A: I understand. I can offer three months at half price, $7.50 a month, if you'd like to keep it.
C: No, really, I'm not using it. Please just cancel.
A: Okay, it's cancelled. You'll have access until the 28th.
C: Okay, thanks.
A: Have a good day.""",
False, 0.00, "neutral", "cancellation not saved: half-price offer refused 'Please just cancel'; polite/flat"),

("FR53_015", "Patrick Doyle", "2026-11-10T17:12:48", "clean",
"""A: VoltMart electronics, Patrick here.
C: Hi. My husband wants the 65-inch Sonara TV, the one that's on sale.
A: The 65-inch Sonara, $899 this week. Shall I order it for delivery?
C: Yes, order it please.
A: Okay. Would you like the three-year protection plan? It's $129.
C: No, he said no warranties, he never buys them.
A: Understood. Do you have a wall mount? Ours fits this model, $59.
C: Oh — the mount, yes, he'll need that. Add it.
A: So the Sonara 65-inch at $899 and the wall mount at $59, delivered Saturday.
C: Great, he's going to be thrilled. Thanks so much!""",
True, 59.00, "positive", "buying for husband: 'Yes, order it please'; warranty declined, wall mount $59 accepted ('Add it'); 'thrilled. Thanks so much!'"),

("FR53_016", "Grace Okafor", "2026-11-11T10:33:27", "clean",
"""A: Harborview Home Insurance, Grace speaking.
C: Hi, I'm getting quotes. I'm with Allied right now and they want $1,840 this year.
A: Let me run it... for the same coverage I can offer you $1,390 a year.
C: Oh wow, that's a lot better than what I'm paying.
A: And that includes water backup. Would you like me to start the policy from your renewal date?
C: It sounds really fair. I'll think about it over the weekend and call you Monday.
A: Of course, I'll email the quote so you have it.
C: Great, thank you, you've been very clear.""",
False, 0.00, "positive", "deferral 'I'll think about it over the weekend'; positive 'a lot better', 'you've been very clear'"),

("FR53_017", "Maria Delgado", "2026-11-11T14:02:11", "asr",
"""A: northline home internet this is maria
C: yeah my internet has been down for three days three days and every time i call somebody tells me it's being looked into
A: i'm so sorry i see there's an outage ticket on your street
C: i work from home i've been sitting in a coffee shop since monday
A: i understand there's a technician scheduled in the area tomorrow morning
C: oh great tomorrow morning that's what they said yesterday
A: i can add a credit for the days you've been without service
C: i don't want a credit i want my internet this is honestly the worst service i've ever had
A: i've added the credit and escalated the ticket
C: whatever""",
False, 0.00, "negative", "support call, nothing bought; sarcasm 'oh great tomorrow morning', 'worst service i've ever had'"),

("FR53_018", "Kevin O'Brien", "2026-11-12T09:40:58", "clean",
"""A: Good morning, Basil & Brine Catering, Kevin speaking.
C: Hi Kevin, I need lunch for our office on Thursday — about 20 people.
A: Our Mediterranean buffet is $18 per person, so $360 for 20. It includes salads, chicken, falafel and pita.
C: That sounds good.
A: Would you like to add a dessert platter? Baklava and brownies, $45, serves 20.
C: Go ahead, add the dessert platter, people will love that.
A: Lovely. So: Mediterranean buffet for 20 at $360, plus the dessert platter at $45, delivered Thursday at 12:00 to 40 Market Street.
C: Correct. Can you bring plates and napkins too?
A: Yes, included. Your order's confirmed.
C: Brilliant, you're a lifesaver. Thanks!""",
True, 45.00, "positive", "read-back confirmed ('Correct' + question), agent confirms; dessert platter $45 accepted; 'you're a lifesaver'"),

("FR53_019", "Priya Raman", "2026-11-12T15:25:30", "clean",
"""A: PulseFit membership desk, this is Priya.
C: Hi, I'm on the Premium membership, $79 a month, but I only go to the one club. Can I move to something cheaper?
A: Sure, the Basic plan is $39 a month, single club access, no classes.
C: I don't do classes anyway.
A: Then Basic would suit you. Would you like me to switch you from the next billing date?
C: Yes, please, switch me to Basic.
A: Done, Basic at $39 from December 1st.
C: Okay, thanks.""",
True, 0.00, "neutral", "paid plan change (downgrade to Basic $39): 'Yes, please, switch me to Basic'; flat"),

("FR53_020", "Tom Becker", "2026-11-13T12:16:43", "asr",
"""A: roadway rentals this is tom how can i help
C: hi um i need an suv for the weekend pick up friday morning drop off monday
A: okay i've got a mid size suv for three days at one ninety eight total
C: yeah that works book it
A: sure and do you want gps it's thirty dollars for the whole rental
C: um yeah add the gps we're going up to the mountains and i don't trust my phone up there
A: okay so the suv friday to monday one ninety eight plus the gps thirty dollars
C: yep that's right
A: you're booked confirmation coming by text
C: perfect thanks that was really easy""",
True, 30.00, "positive", "'yeah that works book it'; GPS $30 for the rental accepted; 'perfect thanks that was really easy'"),
]
