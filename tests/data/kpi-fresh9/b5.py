CALLS = [
("FR9_081", "Victoria Hale", "2026-11-02T11:18:26", "clean",
"""A: Sentinel Cyber, Victoria speaking.
C: Hi Victoria, it's Paul from Greyfield Architects. Our endpoint protection renews at the end of the month.
A: Hi Paul. The renewal for your 50 seats is $6 per user per month, same as last year.
C: Good. Let's renew.
A: Great. We've also launched a phishing-awareness training module, $3 per user per month, so $150 a month for all 50 staff.
C: We actually had a near miss with a fake invoice last week. Yes, add the training for everyone.
A: Done. Renewal plus phishing training for 50 users from the 1st.
C: Excellent. Your team has been brilliant this year, honestly, best vendor we have.""",
True, 150.00, "positive",
"Renewal (main, 50 x $6). Phishing training $3/user/month x 50 = $150 stated and accepted -> 150.00. Strong praise -> positive."),

("FR9_082", "Ahmed Karimi", "2026-11-03T13:47:59", "asr",
"""A: granite bay hotel ahmed speaking
C: hi i need a room for the conference next week tuesday to friday
A: three nights in a standard king is one forty nine a night
C: fine book it
A: will you need parking it's fifteen a night so forty five for the stay
C: yeah i'm driving so add the parking
A: okay standard king tuesday to friday with parking
C: yep and look last time i stayed the front desk lost my booking and was pretty rude about it so i hope that doesn't happen again
A: i'm sorry to hear that i'll add a note
C: yeah well we'll see""",
True, 45.00, "negative",
"Room booked ('fine book it', main 3 x 149). Parking 15/night, agent states forty five for the stay, accepted -> 45.00. Ends sceptical about past bad service ('we'll see') -> negative."),

("FR9_083", "Lydia Brennan", "2026-11-04T09:58:31", "clean",
"""A: Helix Broadband, Lydia speaking.
C: Hi, I'm moving house and want to bring my broadband with me.
A: No problem. At the new address you can get our 300 Mbps plan at $45 a month. Want to add TV? The Essentials TV bundle is an extra $20 a month.
C: What's in the bundle?
A: About 80 channels, including the news and documentary channels, plus catch-up.
C: Alright, add the TV.
A: So 300 Mbps plus Essentials TV at the new address from December 1st. Confirm?
C: Confirmed.
A: All set.
C: Okay, thank you.""",
True, 20.00, "neutral",
"Broadband at new address confirmed (main $45/month). TV bundle extra $20/month accepted -> 20.00. Neutral."),

("FR9_084", "Stefan Ionescu", "2026-11-05T10:35:14", "asr",
"""A: quicklube stefan here
C: hi can i bring my car in for an oil change tomorrow
A: yeah we have ten or two
C: um ten no two two's better
A: two o'clock great that's the standard oil change sixty four ninety nine our techs can also swap the cabin air filter for thirty four ninety five
C: uh when was it last done i don't even know
A: if you don't know it's probably due
C: okay yeah do the filter too
A: you're booked tomorrow at two oil change and cabin filter
C: okay see you then""",
True, 34.95, "neutral",
"Booking after self-correction to two o'clock (main oil change 64.99). Cabin filter 'thirty four ninety five' accepted -> 34.95. Neutral."),

("FR9_085", "Rebecca Stone", "2026-11-06T12:02:47", "clean",
"""A: DataSummit 2027 registrations, Rebecca speaking.
C: Hi, I'd like to register three of my team for the March conference.
A: Certainly. Full passes are $595 each.
C: Yes, three full passes, please.
A: There are also pre-conference workshops on the Monday, $150 per person.
C: Two of them are data engineers and would love the workshop. The third doesn't need it.
A: So three full passes, plus the workshop for two people.
C: Exactly, that's right.
A: Registered! Confirmations will go to each attendee.
C: Wonderful, last year's event was superb, we're really looking forward to it.""",
True, 300.00, "positive",
"Registration of 3 passes (main). Workshop $150 per person for two people accepted -> 300.00. Praise -> positive."),

("FR9_086", "Ellie Townsend", "2026-11-09T09:11:05", "asr",
"""A: petal and stem florist ellie speaking
C: hi i'd like to send flowers to my nan in hospital it's her eightieth
A: aw lovely our seasonal bouquet is forty five with delivery
C: that sounds perfect yes please
A: would you like to add a small box of chocolates for twelve
C: oh yes she loves chocolates
A: and a glass vase so the nurses don't have to find one it's eighteen
C: no i think the ward has vases
A: okay bouquet and chocolates to saint mary's ward six tomorrow morning
C: yes that's it
A: done
C: thank you so much you've been really kind she'll be over the moon""",
True, 12.00, "positive",
"Bouquet ordered (main $45). Chocolates 'twelve' accepted; vase declined -> 12.00. Ward number not a price. Warm thanks -> positive."),

("FR9_087", "Frank Mulligan", "2026-11-10T15:24:38", "clean",
"""A: HomeFix Appliance Repair, Frank speaking.
C: My washing machine is leaking again. You were out two weeks ago and it's doing exactly the same thing.
A: I'm sorry. The return visit for the same fault is free. We can come Friday.
C: Friday, fine.
A: While the engineer is there, I'd suggest our annual cover plan: $79 a year and all future call-outs are included.
C: Given how often you lot have to come back, I suppose that's the only sensible thing. Put me on it.
A: Done, Friday visit booked and the cover plan starts today.
C: Let's just hope he fixes it properly this time. I'm fed up with it.""",
True, 79.00, "negative",
"Free return visit booked (main, unpriced). Annual cover plan $79/year accepted -> 79.00 (recurring counts once). Grudging, 'fed up' -> negative."),

("FR9_088", "Imogen Price", "2026-11-11T14:40:02", "asr",
"""A: homeguard claims imogen speaking
C: yeah hi i'm calling for the fourth time about my water damage claim
A: let me find it um i can see it's with the loss adjuster
C: it's been with the loss adjuster for six weeks nobody has called me back once
A: i'll send another chase today
C: another chase what happened to the last three chases
A: i do apologise
C: my kitchen ceiling is still hanging down this is honestly the worst service i've ever had""",
False, 0.00, "negative",
"Claim chase, no purchase. 'worst service i've ever had' -> negative."),

("FR9_089", "Carmen Ruiz", "2026-11-12T08:16:49", "clean",
"""A: BrightSmile Orthodontics, Carmen speaking.
C: Hi, I need to cancel my appointment on Thursday at 4.
A: Of course, can I have your name?
C: Daniel Cross.
A: Would you like to rebook for another day?
C: No. To be honest, the last two appointments ran over an hour late and nobody apologised. I'm going to look for another practice.
A: I'm sorry to hear that. I've cancelled Thursday.
C: Okay.""",
False, 0.00, "negative",
"Cancellation only, rebooking refused -> not a conversion. Clear dissatisfaction, leaving the practice -> negative (flat 'Okay' at the end does not change it)."),

("FR9_090", "Lukas Brandt", "2026-11-13T09:29:15", "asr",
"""A: nordhaus kitchens lukas speaking
C: hi i've been trying to order the oak worktop on your website for about an hour and it keeps crashing at the payment page
A: oh i'm sorry about that
C: yeah brilliant website really top notch
A: we have had some reports today
C: so can i order online or not
A: it should be fixed by tonight
C: okay so can i just order it online tomorrow then
A: yes or i can take the order now over the phone
C: no i'll try tomorrow i've wasted enough time today""",
False, 0.00, "negative",
"Questions about ordering online, declines phone order -> not a conversion. Sarcasm ('brilliant website') and irritation -> negative."),

("FR9_091", "Wendy Okoro", "2026-11-16T11:53:21", "clean",
"""A: Atlas Mobile retentions, Wendy speaking.
C: Hi, I'd like to leave when my contract ends on the 30th. I'm moving to my husband's network, it works out cheaper as a family.
A: I understand. I could offer you 20% off your plan for twelve months if you stay.
C: That's kind, but no, the family deal is still better.
A: No problem, I've noted your leaving date and sent your switching code.
C: Thank you. Honestly, you've been a great provider, I've never had a single problem in eight years. It's purely about price.""",
False, 0.00, "positive",
"Retention offer declined, customer leaves -> not a conversion. Genuine praise for the company at the end -> positive."),

("FR9_092", "Pablo Serrano", "2026-11-17T12:44:36", "asr",
"""A: hi this is pablo from clearbooks you signed up for the free trial last week
C: oh yeah hi
A: how's it going with the invoicing feature
C: um yeah it's been okay it does what i need
A: your trial ends friday the solo plan is twelve a month shall i set that up for you so you don't lose your data
C: perfect yeah i'm interested
A: great i'll switch you to solo from friday same card as the trial
C: mhm that's fine""",
True, 0.00, "neutral",
"Affirmative answer to direct closing question ('shall i set that up' -> 'perfect yeah i'm interested'), spec lists this as a conversion. Main $12/month, no add-on. 'it's been okay' -> neutral."),

("FR9_093", "Georgina Flett", "2026-11-18T14:09:57", "clean",
"""A: Ashdown Medical Centre, Georgina speaking.
C: Hi, I had blood tests last week and I'm calling for the results. I've been worried sick.
A: I can see Dr. Bhatt has reviewed them and marked them normal, no further action.
C: Normal? Oh, thank goodness.
A: Would you like a copy sent to you?
C: Yes please, to the address you have.
A: Done.
C: Thank you so much. You've no idea how relieved I am, you've made my week.""",
False, 0.00, "positive",
"Results call; 'yes please' to a copy of results is not a purchase -> not a conversion. Relief and thanks -> positive."),

("FR9_094", "Marek Zielinski", "2026-11-19T16:30:11", "asr",
"""A: revenue services helpline marek speaking
C: hi i submitted my tax return in june and i'm still waiting for a refund of about eight hundred
A: let me check um it's been selected for a routine review
C: a review of what nobody's asked me for anything
A: the review can take up to twelve weeks
C: it's already been twenty weeks
A: i'll escalate it for you
C: so that's it escalate and wait another few months this is pathetic honestly""",
False, 0.00, "negative",
"Tax refund chase, no purchase; refund amount is not an upsell. 'this is pathetic' -> negative."),

("FR9_095", "Danielle Fraser", "2026-11-20T17:02:00", "clean",
"""A: QuickBite support, Danielle speaking.
C: My order just arrived an hour and a half late and completely cold.
A: I'm really sorry. I can add a $15 credit to your account.
C: Whatever. I paid $38 for cold noodles.
A: I can also refund the delivery fee of $3.99.
C: Fine. Do that.
A: Both are done.
C: Great. Really looking forward to ordering from you again. Not.""",
False, 0.00, "negative",
"Credit and refund only -> not a conversion, 0. Sarcasm ('Not.') -> negative."),

("FR9_096", "Harry Lomax", "2026-11-23T09:45:30", "asr",
"""A: hi keystone car insurance harry speaking
C: hi i just want a quote i've got a twenty twenty golf
A: sure based on your details it's thirty one a month fully comp
C: thirty one oh that's brilliant that's way less than i'm paying now
A: would you like me to set the policy up now
C: um i'll do it online tonight when i've got my card in front of me i'm in the car park
A: no problem the quote's saved for thirty days
C: cheers mate that's really helpful""",
False, 0.00, "positive",
"Decision: 'i'll do it online tonight' declines the agent's close and defers -> not a conversion (nothing committed in the call). Pleased with price and help -> positive."),

("FR9_097", "Ophelia Grant", "2026-11-24T10:21:44", "clean",
"""A: The Old Mill Events, Ophelia speaking.
C: Hi, we'd like to book the barn for a 60th birthday on Saturday, March 13th.
A: I'm sorry, the 13th is already taken. I could offer Friday the 12th or Saturday the 20th.
C: No, it has to be the 13th, that's the actual birthday and everyone's booked travel.
A: I understand. I can put you on the cancellation list.
C: No, don't bother. I rang back in September and was told the date was free. Nobody held it for us.
A: I'm very sorry.
C: So am I. Really poor.""",
False, 0.00, "negative",
"Requested date unavailable, alternatives declined, nothing booked -> not a conversion. 'Really poor' -> negative."),

("FR9_098", "Rupert Langley", "2026-11-25T13:15:06", "asr",
"""A: hi you're through to westmere water rupert speaking
C: yeah i've been trying to give you a meter reading and your automated line keeps hanging up on me
A: oh sorry about that i can take it now
C: it's oh four three two six
A: thank you that's been recorded
C: great took me three attempts and twenty minutes to do a thirty second job
A: i'm sorry i'll report the phone line issue
C: yeah do that because it's useless""",
False, 0.00, "negative",
"Meter reading only (the digits are a reading, not a price) -> not a conversion. Sarcasm and 'it's useless' -> negative."),

("FR9_099", "Selina Abbott", "2026-11-26T15:50:19", "clean",
"""A: Granite Trust Bank, Selina speaking.
C: Hi, I'm enquiring about a personal loan of $12,000 for a car.
A: Certainly. Over five years the representative rate is 9.9%, which would be around $253 a month.
C: That's higher than the 6.9% your ad showed.
A: The 6.9% applies to loans over $15,000 for existing mortgage customers.
C: Typical. The small print always gets you.
A: Can I confirm your address is 22 Larch Close?
C: Yes, that's my address.
A: Would you like to proceed with the application?
C: No. I'll think about it, but I feel a bit misled, frankly.""",
False, 0.00, "negative",
"'Yes, that's my address' is not a purchase; application declined/deferred -> not a conversion. Feels misled -> negative."),

("FR9_100", "Tobias Wren", "2026-11-27T17:33:52", "asr",
"""A: techhaven electronics tobias speaking
C: hi i want to order the zenbook fourteen the silver one
A: sure that's nine forty nine would you like the three year warranty for one twenty nine
C: uh yeah go on add the warranty
A: okay laptop plus warranty delivery would be in about ten days
C: ten days i need it for monday for uni
A: i'm afraid that's the earliest
C: oh forget it then cancel the whole order i'll just go to a shop
A: okay i've cancelled it
C: bit useless really when the website says in stock""",
False, 0.00, "negative",
"Laptop and warranty ($129) accepted, then whole order retracted ('cancel the whole order') -> not a conversion, upsell 0. Disappointed/critical -> negative."),
]
