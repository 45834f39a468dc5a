CALLS = [
("FR57_001", "Maria Delgado", "2026-11-02T09:14:22", "clean",
"""A: Thanks for calling Brightline Fiber, this is Maria. How can I help?
C: Hi. I want to cancel my internet. The bill went up again and I'm paying $89 for something that used to be $65.
A: I'm sorry about that. Can I ask how long you've been with us?
C: Six years. Which is why it's insulting.
A: I understand. I can see you're eligible for a loyalty rate. I can take $20 a month off for the next twelve months, which brings you to $69.
C: And then it jumps back up in a year.
A: At that point you can call us and we'll review it again. There's no contract attached to this.
C: Honestly this should have been the price from the start. But fine, I'll stay on the $69 plan.
A: Done. The new rate starts with your next bill on the 15th.
C: Okay. I'm still not thrilled about having to threaten to leave every year to get a fair price.""",
True, 0.0, "negative", "accepts retention offer 'fine, I'll stay on the $69 plan'; discount is not upsell; ends 'still not thrilled'"),

("FR57_002", "Trevor Haines", "2026-11-02T10:41:05", "asr",
"""A: hi is this mister okonkwo this is trevor from harbor mutual calling about your auto policy it's up for renewal on the twentieth
C: oh yeah hi i saw the letter i was gonna call you guys actually
A: great so the good news is your premium stays the same at six hundred and twelve for the six months
C: oh nice okay that's better than i expected
A: and i noticed you don't have roadside assistance on there it's four dollars a month and covers towing lockouts flat tires
C: um four a month yeah go ahead and add that i got stuck last winter and it cost me like a hundred fifty for the tow
A: okay so renewal plus roadside i'll process that now and you'll get the new cards by email
C: perfect yeah renew it with the roadside
A: all set you're renewed through may
C: that's great actually thanks you saved me a headache""",
True, 4.0, "positive", "renews and accepts roadside 'four dollars a month yeah go ahead and add that' -> 4.00; 'that's great actually thanks'"),

("FR57_003", "Priya Raman", "2026-11-02T13:22:47", "clean",
"""A: Netwave support, Priya speaking.
C: Hi, my Wi-Fi keeps dropping in the back bedroom. My son does his homework there.
A: Let me run a check on your router. One moment. Okay, the router looks healthy, the signal just isn't reaching that far.
C: So what do I do?
A: A lot of customers in bigger homes add our mesh extender. It's $129 one time, or $6 a month if you rent it.
C: Hmm. I'm interested, but I'd like to see what it looks like first. Can you email me the details?
A: Of course. Is it still the gmail address ending in 44?
C: Yes, that's the one.
A: Sent. In the meantime, moving the router off the floor can help a little.
C: Okay, I'll try that and look at the email tonight.""",
False, 0.0, "neutral", "'I'm interested... can you email me the details?' is interest without commitment; 'yes' confirms email only"),

("FR57_004", "Owen Gallagher", "2026-11-03T11:05:13", "asr",
"""A: hi this is owen calling from summit recovery services on behalf of crestview medical group am i speaking with dana
C: yeah who is this again
A: i'm calling about a balance of four hundred and eighty dollars from a visit in june
C: i already told the last guy my insurance was supposed to cover that
A: i understand the claim was denied for out of network we can set up a payment plan if that helps
C: so i get punished because your billing people messed up
A: i hear you we could do four payments of one twenty starting december first
C: ugh fine whatever just set up the payments i don't want this on my credit
A: okay four payments of one twenty i'll send the agreement to your email
C: yeah and stop calling me at work please""",
False, 0.0, "negative", "payment plan on an overdue balance is not a purchase/subscription/booking; 'ugh fine whatever', 'stop calling me at work'"),

("FR57_005", "Keisha Brooks", "2026-11-03T14:30:00", "clean",
"""A: Good afternoon, Lakeshore Grand guest relations, Keisha speaking.
C: Hi. We stayed with you last weekend and I have to say, the room next to the ice machine was awful. We barely slept.
A: I'm so sorry. I see the stay, room 412. I've gone ahead and refunded one night, that's $179 back to your card.
C: Oh. Okay, that's actually more than I expected.
A: We'd love to have you back. Were you thinking of visiting again?
C: Well, our anniversary is December 18th. Two nights, the 18th and 19th.
A: I have a standard king at $179 a night, or the lake view suite for an extra $40 a night.
C: You know what, let's do the suite for both nights.
A: Lovely. So that's the lake view suite, December 18th to 20th, two nights. Shall I confirm it?
C: Yes please, book it.
A: It's booked. Confirmation is on its way.
C: Thank you so much, you turned this around completely.""",
True, 80.0, "positive", "books 2 nights; suite 'extra $40 a night' x 2 nights accepted -> 80.00; refund excluded; 'thank you so much'"),

("FR57_006", "Daniel Okafor", "2026-11-03T16:48:31", "clean",
"""A: Trattoria Bellini, this is Daniel.
C: Hi, I'd like a table for eight this Saturday around 7.
A: Let me look. Is this the best number to reach you?
C: Yes.
A: I'm sorry, Saturday at 7 is fully booked. The earliest I have for eight people is 9:15.
C: 9:15? I have two kids under six with me.
A: I understand. I could put you on the waitlist for 7 in case something opens up.
C: No, I need to know for sure. It's my mother's birthday.
A: I'm sorry, I really don't have anything earlier on Saturday.
C: That's disappointing. We've been coming here for years and it's always like this on weekends now. Never mind.""",
False, 0.0, "negative", "'Yes' answers the phone-number question; nothing booked, 'that's disappointing... never mind'"),

("FR57_007", "Lena Fischer", "2026-11-04T09:02:44", "asr",
"""A: thanks for calling freshcrate this is lena how can i help
C: hi um i'd like to cancel my meal kit subscription
A: sure i can help with that can i ask what's prompting it
C: we're just not cooking as much anymore we've got like three boxes of stuff in the fridge
A: totally get it what if i gave you fifty percent off your next three boxes or you could pause for up to eight weeks
C: yeah i appreciate that but i'm just gonna go ahead with the cancel
A: okay no problem i've cancelled it effective after this week's delivery
C: mhm okay
A: you'll get a confirmation email shortly
C: okay thanks bye""",
False, 0.0, "neutral", "refuses save offer without 'no': 'appreciate that but i'm just gonna go ahead with the cancel'; flat tone"),

("FR57_008", "Marcus Whitfield", "2026-11-04T10:20:19", "clean",
"""A: Ridgeway Honda service, Marcus speaking.
C: Hi, I need to bring my Civic in for an oil change. It's at 38,000 miles.
A: Sure. I have Thursday at 8:30 or Friday at 1.
C: Thursday at 8:30.
A: Got it. Since you're at 38,000, you're also due for a tire rotation. It's $25 if we do it with the oil change.
C: Sure, add the rotation.
A: So that's Thursday at 8:30, synthetic oil change plus tire rotation. Sound right?
C: Yep.
A: You're all set. It'll take about an hour.
C: Okay.""",
True, 25.0, "neutral", "books Thursday 8:30; 'Sure, add the rotation' at $25 -> 25.00; flat replies"),

("FR57_009", "Sofia Marchetti", "2026-11-04T15:11:56", "asr",
"""A: brookside dental this is sofia
C: hi sofia it's rachel kim i got a postcard saying i'm due for a cleaning
A: hi rachel yes you are i have next tuesday at ten or wednesday at three thirty
C: oh tuesday at ten would be perfect
A: wonderful and we're also running a whitening special this month it's one ninety nine with the cleaning
C: mm i think i'll skip that this time just the cleaning
A: no problem so tuesday the tenth at ten am with doctor patel
C: yes that's great
A: you're booked we'll text you a reminder the day before
C: thank you you guys are always so lovely""",
True, 0.0, "positive", "books Tuesday cleaning; declines whitening 'i think i'll skip that' -> 0; 'you guys are always so lovely'"),

("FR57_010", "Jamal Carter", "2026-11-05T11:33:08", "clean",
"""A: Thanks for calling TechHaven, this is Jamal.
C: Hi, I was looking at the Vortex 14 laptop on your site, the one for $1,049. Is it in stock?
A: It is, we have the silver and the graphite.
C: Graphite. I'll take it.
A: Great choice. Would you like our two-year accident protection? It's $149 and covers drops and spills.
C: My last laptop died from a coffee spill, so yes, add that.
A: Done. And we have a padded sleeve that fits it for $29.99.
C: Sure, throw the sleeve in too.
A: So the Vortex 14 in graphite, the protection plan at $149, and the sleeve at $29.99. Shipping is free, arrives Monday.
C: That's right.
A: Order's placed.
C: Awesome, this was way easier than the store. Thanks, Jamal.""",
True, 178.99, "positive", "'I'll take it' laptop; protection $149 + sleeve $29.99 accepted -> 178.99; 'way easier than the store'"),

("FR57_011", "Hannah Lindqvist", "2026-11-05T13:47:25", "asr",
"""A: thank you for calling northstate power this is hannah
C: yeah my bill this month is three hundred and forty dollars for a two bedroom apartment that's insane
A: i'm sorry let me look it looks like the last two reads were estimated and this one caught up
C: so you guessed wrong for two months and now i pay it all at once
A: i understand the frustration i can put you on budget billing so it's the same amount every month
C: and that costs what
A: budget billing is free and we also have a smart thermostat program at ninety nine dollars that could cut your usage
C: i'm not spending another dime with you people this month
A: understood i can at least split this bill over three months
C: just do the split i'm so done with this company""",
False, 0.0, "negative", "no purchase; refuses thermostat; bill split is not a sale; 'i'm so done with this company'"),

("FR57_012", "Roberto Alvarez", "2026-11-05T16:05:50", "clean",
"""A: SkyPath Airlines reservations, Roberto speaking.
C: I need to move my flight to Denver from the 14th to the 16th.
A: I can do that. There's a $75 change fee plus no fare difference on the 16th.
C: $75 to change a flight. That's highway robbery.
A: I understand. The 16th at 10:40 a.m. has seats. Would you like me to move you?
C: Yes, move me to the 16th.
A: Done. Now, the seat you had isn't available. I can put you in an extra legroom seat for $45, or a middle seat at no charge.
C: I'm not sitting in a middle seat for three hours. Fine, the legroom one.
A: Seat 12C, extra legroom. Your new confirmation is HQ7T2P.
C: Great, so I've now paid $120 for the privilege of flying two days later. Whatever.""",
True, 45.0, "negative", "rebooking 'move me to the 16th'; legroom seat $45 accepted -> 45.00; $75 change fee is a fee; 'highway robbery', 'whatever'"),

("FR57_013", "Chloe Nguyen", "2026-11-06T10:15:33", "clean",
"""A: Riverside Arena box office, Chloe speaking.
C: Hi, I want two tickets for the Lumen Tour on December 5th, lower bowl if possible.
A: I have two together in section 108, row M, $95 each.
C: Perfect, I'll take those.
A: Great, go ahead with the card number when you're ready.
C: It's a Visa, 4 1 1 7...
A: I'm sorry, that card was declined. Do you have another one?
C: That's weird. Try it again?
A: I tried once more and it's still declining. The seats are only held for five more minutes.
C: This is so annoying. I don't have another card on me. I'll try again later I guess.
A: I understand. I can't hold them past the timer, unfortunately.
C: Yeah. Great. Thanks.""",
False, 0.0, "negative", "'I'll take those' but card declined twice, nothing bought; 'this is so annoying', sarcastic 'Yeah. Great.'"),

("FR57_014", "Ethan Brennan", "2026-11-06T12:40:07", "asr",
"""A: hi is this miss torres this is ethan from pinecrest bank i'm calling because you're pre approved for our voyager travel card
C: oh um okay what is it
A: it earns three points per dollar on travel and dining and there's a ninety five dollar annual fee
C: yeah see that's the thing i'd sign up if the annual fee was waived
A: i can't waive the fee unfortunately but the first year bonus is worth about five hundred in travel
C: mm i don't travel that much honestly
A: understood would you like me to send you the details
C: sure you can mail it i'll look
A: will do thanks for your time miss torres
C: yeah no problem bye""",
False, 0.0, "neutral", "conditional 'i'd sign up if the annual fee was waived', then only asks for mail; calm"),

("FR57_015", "Aisha Mahmoud", "2026-11-06T14:58:41", "asr",
"""A: comfort zone heating and air this is aisha
C: hi i want to get my furnace looked at before it gets really cold
A: sure our fall tune up is eighty nine dollars i have monday morning or wednesday afternoon
C: monday morning works let's do that
A: great and since we'll be out there we're running a duct cleaning deal it's normally three hundred but i can do two fifty with the tune up
C: oh my allergies have been terrible in that house at two fifty yeah throw that in
A: so monday between eight and ten tune up plus duct cleaning
C: yes that's it
A: you're on the schedule the tech will call when he's on the way
C: oh that's wonderful thank you so much""",
True, 250.0, "positive", "books Monday tune-up; duct cleaning revised to 'two fifty' and accepted -> 250.00; 'that's wonderful thank you so much'"),

("FR57_016", "Grant Sullivan", "2026-11-09T09:27:12", "clean",
"""A: Peak Fitness membership desk, Grant here.
C: Hi, I got an email that my annual membership is up for renewal.
A: Yes, it renews on the 30th at $480 for the year. I can lock that in for you today.
C: Okay, sure, go ahead and renew it.
A: Processing now. And would you like to keep the same home club?
C: Actually, wait. Hold off on the renewal. I just remembered I might be moving in March.
A: No problem, I haven't charged it yet. We also have month-to-month at $49 a month.
C: Let me figure out the move first and I'll call back.
A: Sounds good. Your membership stays active until the 30th.
C: Okay, thanks.""",
False, 0.0, "neutral", "'go ahead and renew it' then retracted 'Hold off on the renewal'; polite, flat"),

("FR57_017", "Maria Delgado", "2026-11-09T11:50:03", "asr",
"""A: brightline mobile support this is maria
C: hey yeah my phone won't charge anymore like at all i tried three cables
A: sorry about that let me check the device it's the pixel five you've had it almost four years
C: yeah i know it's old
A: since it's out of warranty the repair would be around one forty or you're eligible for an upgrade the new pixel is zero down and twenty two a month
C: um yeah honestly let's just do the upgrade i'm tired of this one
A: okay and do you want device protection on it it's seven dollars a month covers cracked screens and loss
C: yeah add that i always crack them
A: alright new pixel in black plus protection it ships tomorrow
C: okay cool""",
True, 7.0, "neutral", "new phone is the main purchase ('let's just do the upgrade'); protection 'seven dollars a month' accepted -> 7.00; flat"),

("FR57_018", "Trevor Haines", "2026-11-09T14:12:36", "clean",
"""A: Harbor Mutual, this is Trevor. I'm calling about your homeowners policy renewal.
C: Let me guess, it went up.
A: It did. The new annual premium is $2,140, up from $1,860, mostly due to regional claims.
C: Oh wonderful. Another increase. I haven't filed a claim in eleven years.
A: I understand. I checked for discounts, and you already have the bundle and the alarm discount.
C: So there's nothing you can do.
A: Not on the rate, I'm afraid. Would you like me to go ahead and renew so there's no gap in coverage?
C: Fine, renew it. What choice do I have, the mortgage company requires it.
A: It's renewed effective December 1st.
C: Great. Really feeling the loyalty here.""",
True, 0.0, "negative", "'Fine, renew it' is a renewal; sarcasm 'Oh wonderful', 'Really feeling the loyalty here'"),

("FR57_019", "Priya Raman", "2026-11-10T10:03:59", "clean",
"""A: StreamBox billing, Priya speaking.
C: Hi, I was charged twice this month, $15.99 two times.
A: I'm sorry about that. Can you confirm the email on the account?
C: It's j.meyer@fastmail.com.
A: Thank you. Yes, I see the duplicate. I've refunded $15.99, it'll be back in 3 to 5 days.
C: Oh, good.
A: While I have you, our annual plan is $159, which works out cheaper than monthly. Want me to switch you?
C: No, I'm fine as I am. Just the refund, please.
A: Of course. The refund is done.
C: Thank you so much, that's a relief. I was expecting a fight.""",
False, 0.0, "positive", "declines annual plan 'No, I'm fine as I am'; refund not a sale; 'that's a relief'"),

("FR57_020", "Owen Gallagher", "2026-11-10T15:36:20", "asr",
"""A: hi mister chen this is owen from westgate toyota your lease on the rav four is ending in january
C: oh right yeah i was wondering when that was
A: we've got the new hybrid models in and i'd love to get you in for a test drive and a look at your options
C: um yeah i've been thinking about the hybrid actually
A: i have saturday at ten or eleven thirty
C: saturday at ten is good
A: great so saturday ten am you'll be with me and i'll have a hybrid xle ready
C: yes book it i'll bring my wife too
A: perfect see you saturday
C: sounds great thanks for the heads up really appreciate it""",
True, 0.0, "positive", "'yes book it' for Saturday 10 am test drive appointment; 'really appreciate it'"),
]
