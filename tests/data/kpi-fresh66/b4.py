CALLS = [
(
"FR66_061", "Colleen Fitzpatrick", "2026-11-23T09:21:44", "asr",
"""A: northline wireless this is colleen
C: yeah hi i've been transferred twice already i want to cancel
A: sorry about that you're in the right place now can i ask what's making you leave
C: the price it's seventy eight a month for one line
A: i can bring that down to seventy with a loyalty credit
C: look i'd stay if you could get it under sixty
A: i understand unfortunately seventy is the lowest i can go on that plan
C: so no then this is a joke honestly
A: i'm sorry would you like me to put the cancellation in
C: yeah do it""",
False, 0.0, "negative", "conditional 'i'd stay if you could get it under sixty' not met; 'this is a joke'"),
(
"FR66_062", "Yusuf Demir", "2026-11-23T10:46:08", "clean",
"""A: Summit Fitness, Yusuf speaking.
C: Hi! I was going to cancel because my wife keeps stealing my guest passes, ha. But maybe there's a better way?
A: There is! Keep your membership and add her as a family member for $25 a month.
C: Only $25? She'd be paying $45 on her own.
A: Exactly, and she'd get full access and classes.
C: Okay, let's do it. I'll keep mine and add her.
A: Great, I just need her name and date of birth.
C: Ana Silva, March 3rd, 1988.
A: She's added as of today.
C: Fantastic, thanks, she's going to be so happy.""",
True, 25.0, "positive", "kept membership + spouse add-on $25 a month: 'let's do it'; 'Fantastic'"),
(
"FR66_063", "Alicia Brennan", "2026-11-23T13:05:17", "clean",
"""A: Keystone Home Insurance, Alicia speaking.
C: Hi, I got the renewal notice for 48 Willow Lane. I won't be renewing.
A: Oh, may I ask why? The premium is actually down $20 this year.
C: We sold the house. Closing was last Friday.
A: Congratulations. Do you have a new home we could quote?
C: We're renting for now. Our landlord requires renters insurance, but my husband already set that up.
A: Understood. I'll mark the policy to end on the closing date and refund any unused premium.
C: Okay, good.
A: You'll get the refund within two weeks.
C: Alright, thanks.""",
False, 0.0, "neutral", "not renewing, house sold; refund is not a purchase"),
(
"FR66_064", "Nathan Okafor", "2026-11-23T15:32:51", "asr",
"""A: streambox this is nathan
C: hi i wanna drop down from premium the four k thing i don't really need it
A: sure i can move you to standard it's ten ninety nine instead of nineteen ninety nine
C: yeah that one
A: okay so just to confirm that's the standard plan at ten ninety nine starting on the fourth correct
C: yep that's right when does the new price kick in on the bill
A: your december fourth bill will be ten ninety nine
C: okay cool
A: anything else
C: nope that's it""",
True, 0.0, "neutral", "read-back confirmed 'yep that's right' + question; paid plan change"),
(
"FR66_065", "Marisol Ortega", "2026-11-24T09:10:34", "clean",
"""A: BrightPath Internet, Marisol speaking.
C: Hi, I'm calling to cancel. The internet drops every night around nine.
A: I'm sorry. I can keep you at $55 instead of the new $70 for a year, and I'd like to look at your modem.
C: Okay, $55 I can live with. Keep me on it.
A: Great. Your modem is six years old. The new one is $5 a month to rent.
C: Nah.
A: Just so you know, that model is known for dropping connections in the evening.
C: Oh. Actually, yes, the modem, if it fixes the dropouts.
A: I'll ship it today, $5 a month.
C: Alright, thanks.""",
True, 5.0, "neutral", "kept at $55; modem $5 first refused ('Nah') then accepted; plain 'Alright, thanks'"),
(
"FR66_066", "Derek Halvorsen", "2026-11-24T11:29:02", "clean",
"""A: Vantage Mobile, Derek speaking.
C: Why is there a $14.99 charge for something called Game Vault on my bill?
A: Let me check. It looks like it was added through a third-party billing request.
C: I never asked for it. Take it off.
A: I've removed it and refunded the last two months, $29.98.
C: And how do I stop this from happening again?
A: I can put a block on third-party charges.
C: Yes, do that.
A: The block is on. Is there anything else?
C: No. Fine. Whatever. I'm just tired of checking my bill every month for garbage.""",
False, 0.0, "negative", "refund and block, nothing bought ('Yes, do that' is not a purchase); 'tired of... garbage'"),
(
"FR66_067", "Priya Raman", "2026-11-24T13:44:29", "asr",
"""A: evergreen energy this is priya
C: hi my fixed rate is ending and i wanna renew it if the price is okay
A: sure the new twelve month fixed is twelve point one cents so a little lower than now
C: oh lower nice yeah renew it
A: done and would you like the surge protection plan it's six ninety five a month and covers appliances up to five thousand
C: we did lose a fridge last summer in a storm so um yeah add it
A: okay twelve month fixed and surge protection at six ninety five
C: great thank you that's really good to hear about the rate
A: you're welcome
C: have a good one""",
True, 6.95, "positive", "renewed; surge protection 'six ninety five' 'yeah add it'; 'really good to hear'"),
(
"FR66_068", "Tomasz Wojcik", "2026-11-24T15:58:13", "clean",
"""A: Marquee+, Tomasz speaking.
C: Hi, I'm thinking about cancelling.
A: Can I offer you the annual plan? It's $119 for the year instead of $179 if you pay monthly.
C: Hm. Sounds good, I'll think about it.
A: Sure. I can also hold a 30% discount on monthly for three months if that's easier.
C: I'll think about both, I'm not in a rush. Can you send it in writing?
A: I'll email both offers now. They're valid for 14 days.
C: Okay.
A: Anything else I can help with?
C: No, that's it.""",
False, 0.0, "neutral", "'Sounds good, I'll think about it' = interest without commitment"),
(
"FR66_069", "Keisha Bramwell", "2026-11-25T09:33:48", "clean",
"""A: Harborview Insurance, Keisha speaking.
C: I'm selling my car, so I want to cancel my auto policy.
A: Okay. If you'll still drive sometimes, a non-owner policy is $28 a month and keeps your history continuous.
C: I don't even know if I need that. I'll ask my brother-in-law, he knows this stuff.
A: That's fine. When does the sale close?
C: Saturday. And honestly, after how you handled my claim in June, I'm not in a hurry to give you more money.
A: I'm sorry about that experience. I'll set the cancellation for Saturday.
C: Fine.
A: Anything else?
C: No.""",
False, 0.0, "negative", "non-owner policy deferred 'I'll ask my brother-in-law'; 'not in a hurry to give you more money'"),
(
"FR66_070", "Liam Donnelly", "2026-11-25T11:12:35", "asr",
"""A: pulse gym this is liam
C: yeah i wanna cancel and the front desk told me i have to come in person which is ridiculous
A: i'm sorry about that i can actually take the cancellation over the phone
C: oh so they just lied to me
A: i think there's been some confusion we changed that policy in august
C: i've been paying for two months i didn't use because of this
A: i can't refund those unfortunately but i'm processing the cancel now
C: of course you can't
A: it's done effective today
C: finally unbelievable""",
False, 0.0, "negative", "cancellation; 'ridiculous', 'they just lied to me', 'finally unbelievable'"),
(
"FR66_071", "Hana Takeda", "2026-11-25T13:47:21", "clean",
"""A: Cascade Cable retention, Hana speaking.
C: Hi. I'm calling to cancel cable, the price keeps climbing.
A: Let's see. I can give you $25 off a month for twelve months.
C: Okay, that would work.
A: Oh, I'm sorry, I'm being told that promo isn't available in your area. I can do $15 off.
C: Seriously? You just offered me twenty-five.
A: I know, I apologize. $15 is what the system allows for your address.
C: That's a bait and switch. But fine, do the fifteen.
A: Applied, $15 off for twelve months.
C: Whatever. Thanks.""",
True, 0.0, "negative", "revised offer accepted 'fine, do the fifteen'; 'bait and switch', 'Whatever'"),
(
"FR66_072", "Oscar Villanueva", "2026-11-25T15:20:09", "clean",
"""A: Northline Wireless, Oscar speaking.
C: Hi, I'd like to switch to something cheaper or I'll have to cancel. I'm a student now.
A: Our Basic 10GB plan is $35, down from your $60.
C: Yes, move me to that.
A: Done. I noticed a lot of calls to Brazil on your account. International calling is $15 a month, but I can give it to you for $10.
C: Oh, I call my mom every day. Yes, at ten, please add it.
A: Added. $35 plus $10 international.
C: That's amazing, I was paying per minute before. Thank you!
A: My pleasure.
C: Obrigada, bye!""",
True, 10.0, "positive", "downgrade plan + international revised $15 -> $10 accepted; 'That's amazing'"),
(
"FR66_073", "Bethany Crowe", "2026-11-26T10:03:57", "asr",
"""A: clearwave internet this is bethany
C: hi bethany i'm calling to cancel we're moving in with my daughter and she has internet already
A: oh how nice is there anything i can offer to keep you we could do a reduced plan
C: no thank you dear there's no reason to keep it
A: totally understand i'll set up the cancellation for the thirtieth
C: and the box do i send it back
A: yes we'll mail you a prepaid box
C: oh good that's easy
A: you're all set
C: you were really nice about it thank you i've had you for eleven years and never a bad call""",
False, 0.0, "positive", "cancellation, offer declined; 'you were really nice about it'"),
(
"FR66_074", "Samuel Adeyemi", "2026-11-26T12:36:40", "clean",
"""A: StreamBox, Samuel speaking.
C: I want to cancel. My kids watch everything on your app and I pay for all of it.
A: I can give you two months at $9.99 instead of $15.99.
C: Fine, I'll take the two months, I guess.
A: Great. Have you seen our Kids Plus pack? More cartoons, no ads for kids, $2.99 a month.
C: Oh, sure, because what my kids definitely need is more cartoons.
A: It also has parental controls with screen time limits.
C: ...Screen time limits. Okay. Fine, add the kids pack for $2.99.
A: Added.
C: Whatever. I'm paying you people more every time I call to pay less.""",
True, 2.99, "negative", "stayed at $9.99; Kids Plus $2.99 added; sarcastic and 'Whatever' at end"),
(
"FR66_075", "Ingrid Solberg", "2026-11-26T14:51:15", "clean",
"""A: Lakeside Mutual, Ingrid speaking.
C: Hi, my homeowners is up for renewal, and I've heard you give a discount if you have the car with you too.
A: We do, 12% on both. Your home renewal alone is $1,240.
C: And how much for the car?
A: I'd need the vehicle details for a quote.
C: I don't have them with me. Could you send me a form? I'll do the car and home together once I see the number.
A: Sure. Just note the home renews automatically on December 9.
C: Right, I'll have it back to you before then.
A: I'll email the form now.
C: Thanks.""",
False, 0.0, "neutral", "asked for a form, 'I'll do the car and home together once I see the number' = deferral"),
(
"FR66_076", "Rafael Mendes", "2026-11-26T16:14:26", "asr",
"""A: vantage mobile this is rafael
C: hi i'm cancelling i've got a new phone with a different company already
A: okay before you go i can offer twenty off your bill for six months or a free tablet line
C: i'm gonna pass on all of that
A: what about switching you to our lite plan at thirty five
C: look i've been on hold forty minutes and gone through three people i just want my number moved
A: understood i'll send your transfer pin by text
C: thank you that's all i wanted an hour ago
A: you should get it in a minute
C: yep""",
False, 0.0, "negative", "refusal without no: 'i'm gonna pass on all of that'; annoyed about hold"),
(
"FR66_077", "Colleen Fitzpatrick", "2026-11-27T09:40:48", "clean",
"""A: Iron Works Gym, Colleen speaking.
C: Hi. I'm thinking of cancelling. The weight room is packed every evening.
A: I understand. I can lock you at $30 a month if you stay, instead of going up to $38 in January.
C: Alright, I'll stay at $30.
A: Have you tried the pool? It's quiet in the evenings. Pool access is $15 more a month.
C: Hm. I used to swim. Okay, add the pool.
A: So $30 plus $15 for the pool.
C: Yes, that's right.
A: Done. Your card will work at the pool gate tonight.
C: Okay, thank you.""",
True, 15.0, "neutral", "stayed at $30; pool $15 'add the pool', read-back confirmed; plain tone"),
(
"FR66_078", "Yusuf Demir", "2026-11-27T11:25:03", "clean",
"""A: Metro Gas and Electric rentals, Yusuf speaking.
C: I want to end the water heater rental. I've been paying $28 a month for eleven years.
A: You have the option to buy it out for $450 and own it outright.
C: For an eleven-year-old tank? I've paid for it three times over.
A: I understand. Otherwise we'd schedule a removal, and the removal fee is $95.
C: So I pay you either way. Great.
A: The buyout is the cheaper way to keep hot water.
C: No. I'm getting a new tankless one installed next week, take yours away.
A: Okay, removal is booked for the 3rd.
C: Lovely. Eleven years of rent and a fee on the way out.""",
False, 0.0, "negative", "buyout refused; removal is a fee, not a purchase; sarcastic 'Great', 'Lovely'"),
(
"FR66_079", "Alicia Brennan", "2026-11-27T13:58:30", "asr",
"""A: marquee plus this is alicia
C: hi i want to cancel my subscription please
A: sure um i can offer half price for three months eight ninety nine instead of seventeen ninety nine
C: oh okay yeah i'll do the half price
A: great applying it now
C: oh wait actually no cancel it my sister shares her account with me i forgot
A: no problem so full cancellation
C: yeah sorry full cancel
A: done your access ends on the thirtieth
C: okay thanks""",
False, 0.0, "neutral", "accepted half price then retracted 'actually no cancel it'"),
(
"FR66_080", "Nathan Okafor", "2026-11-27T15:33:12", "clean",
"""A: ClearWave Internet, Nathan speaking.
C: Finally. I want to cancel. Your Wi-Fi doesn't reach half my house and I've been paying $100 for it.
A: I'm sorry. Let me fix the price first: $30 off for twelve months, so $70.
C: Okay. That's a start.
A: And for coverage, our extenders are $40 each, one-time. With your layout I'd suggest two.
C: Two at $40. And that'll reach the garage office?
A: It should, with one in the hallway and one near the garage.
C: Fine, I'll stay at $70 and take the two extenders.
A: Done. They'll arrive Tuesday.
C: Thank you, Nathan. Honestly I called ready to yell, you've been really helpful.""",
True, 80.0, "positive", "stayed at $70 + two extenders at $40 each = 80; angry start, 'really helpful' end"),
]
