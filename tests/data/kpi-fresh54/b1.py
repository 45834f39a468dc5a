CALLS = [
("FR54_001", "Maria Delgado", "2026-11-02T09:14:22", "asr",
"""A: thanks for calling brightline mobile this is maria how can i help
C: hi yeah um i wanna switch over from my old carrier i saw the unlimited plan online the uh the thirty five a month one
A: the unlimited essentials yep that's thirty five dollars a month with autopay
C: okay and does that work in mexico cause i go down there like every other month to see my mom
A: so the base plan doesn't include roaming but there's a north america pass it's ten bucks a month and you get full data and calling in mexico and canada
C: oh nice that's actually cheaper than i thought honestly
A: want me to add the pass to the unlimited essentials and get the line ported over today
C: yeah go ahead do both
A: perfect i've got the plan and the north america pass on there i'm sending the port request now
C: awesome this was way easier than i expected thank you""",
True, 10.00, "positive", "'yeah go ahead do both' to plan + North America pass 'ten bucks a month' -> 10.00; 'way easier than i expected'"),

("FR54_002", "Kevin Osei", "2026-11-02T10:03:51", "asr",
"""A: harborview inn reservations kevin speaking
C: hi i need a room for the twentieth and twenty first just a queen is fine
A: sure we've got a queen available those two nights at a hundred and thirty nine a night so two seventy eight before tax
C: okay that's fine book it
A: booked would you like to add our breakfast package it's fifteen dollars per person for the whole stay
C: uh is that like a buffet
A: it's a hot buffet seven to ten every morning
C: yeah okay put it on for the both of us
A: done so that's breakfast for two guests thirty dollars added i'll email the confirmation
C: okay thanks""",
True, 30.00, "neutral", "'book it'; breakfast $15 per person 'for the both of us' -> 30.00; flat tone"),

("FR54_003", "Priya Raman", "2026-11-02T11:47:05", "asr",
"""A: good morning trattoria lucia priya speaking
C: hi i'm trying to get a table for six on friday around seven thirty
A: oh i'm so sorry friday evening is completely full we've got a private party taking the back room
C: ugh seriously i called last week like three times and nobody ever picked up
A: i apologize for that we were short staffed i could do thursday at seven or friday at nine fifteen
C: no it's a birthday it has to be friday and nine fifteen is way too late for my dad
A: i understand i can put you on the cancellation list for friday
C: whatever sure put the name hollis on it but i'm not holding my breath
A: got it hollis party of six i'll call if anything opens up
C: yeah okay bye""",
False, 0.0, "negative", "friday full, no booking made (cancellation list is not a booking); 'ugh seriously', 'not holding my breath'"),

("FR54_004", "Tom Gallagher", "2026-11-02T13:20:40", "clean",
"""A: Thanks for calling Keystone Auto Insurance, this is Tom. How can I help?
C: Hi, I got a letter saying I could save on my car insurance, I'm with another company right now.
A: Happy to run a quote. Is it just the one vehicle, the 2019 Civic?
C: Yes, just the Civic. And I've had one speeding ticket, about two years ago.
A: Okay, with that I can offer you full coverage at $112 a month, which is about $20 less than what you told me you pay.
C: Hm. That's not bad, actually.
A: Would you like me to start the policy for the first of December?
C: I'm interested, but can you email me the details first? I want to compare the deductibles side by side.
A: Of course. I'll send it to the address on the letter.
C: Yes, that's my email. Thanks, I'll look it over this weekend.""",
False, 0.0, "neutral", "'I'm interested, but can you email me the details first' = interest, no commitment; 'Yes, that's my email' not a purchase"),

("FR54_005", "Aisha Bello", "2026-11-02T15:02:18", "asr",
"""A: iron peak fitness member services this is aisha
C: hi um i want to cancel my membership i just don't go enough to justify it
A: i hear you before i process that can i tell you about an option we have for members who aren't using it as much
C: i mean sure but i'm pretty set on it
A: we can drop you to the off peak plan at nineteen ninety nine a month for the next three months instead of thirty nine ninety nine you keep access after eight p m and weekends
C: hm weekends is pretty much when i'd go anyway
A: so do you want me to switch you to off peak instead of cancelling
C: i guess that works yeah switch me
A: done you're on off peak at nineteen ninety nine starting next cycle
C: okay thanks""",
True, 0.0, "neutral", "retention offer accepted 'i guess that works yeah switch me'; reduced price is a discount, no upsell"),

("FR54_006", "Lukas Brandt", "2026-11-03T09:31:12", "asr",
"""A: hi you've reached oakline furniture lukas here
C: hey so i was in the store saturday and i wanna order the gray sectional the um the halden i think
A: the halden sectional in slate gray that's one thousand four hundred and ninety nine
C: yep that's the one let's do it
A: great we can also add our five year fabric protection for forty nine ninety nine covers spills pet stains that kind of thing
C: i'll pass we don't have pets and i'm pretty careful
A: no problem delivery is free and the earliest slot is the fourteenth
C: the fourteenth is perfect honestly you guys have been great the guy in the store was super helpful too
A: i'll pass that along you'll get a text the day before
C: sweet thanks so much""",
True, 0.0, "positive", "'let's do it' for sectional; protection 'i'll pass' -> 0; 'you guys have been great'"),

("FR54_007", "Sofia Marchetti", "2026-11-03T10:15:33", "asr",
"""A: northgate electric customer care sofia speaking
C: yeah hi my bill this month is three hundred and twelve dollars and it's normally like ninety i need someone to explain that
A: i'm sorry about that let me pull up the account it looks like the last two months were estimated reads and this one was an actual read
C: so you guys just guessed for two months and now i'm stuck with it
A: the estimated reads came in low so this bill catches up the difference i can set up a payment arrangement over three months
C: no i want someone to come out and check the meter because this is insane
A: i can submit a meter test request it's usually seven to ten business days
C: unbelievable fine submit it but i'm not paying a dime until somebody looks at it
A: it's submitted your reference is on the account
C: yeah great thanks for nothing""",
False, 0.0, "negative", "billing complaint, meter test request is not a purchase; 'this is insane', 'thanks for nothing' (sarcasm)"),

("FR54_008", "Derek Lindqvist", "2026-11-03T11:58:09", "asr",
"""A: valley motors service department derek speaking
C: hi i need an oil change for my uh my rav four sometime this week
A: sure i've got wednesday at eight or thursday at one
C: wednesday at eight
A: you're in wednesday at eight i see you're also due for a tire rotation we can do that same visit for twenty five bucks
C: oh is it due already
A: at about thirty thousand yeah you're a little past
C: sure why not throw it in
A: okay oil change and rotation wednesday at eight
C: okay see you then""",
True, 25.00, "neutral", "booked wednesday at eight; tire rotation 'twenty five bucks' -> 'sure why not throw it in' -> 25.00"),

("FR54_009", "Hannah Okafor", "2026-11-03T14:40:27", "clean",
"""A: Riverside Amphitheater box office, this is Hannah.
C: Hi! I'm looking for tickets to The Low Hum on the 22nd, three of them if you have them together.
A: I do, I have three together in section 104, row K, at $65 each, so $195 plus fees.
C: Oh that's great, those are better seats than I saw online. Yes, let's do those.
A: Wonderful. Would you like to add a VIP parking pass? It's $20 and it's right by the gate.
C: No, we're taking the train, but thanks.
A: Okay. Please confirm: three tickets, section 104 row K, November 22nd, $195 plus fees?
C: Yes, that's right. I'm so excited, this is my daughter's first concert!
A: All set, the tickets are in your email.
C: Thank you so much, you made this really easy.""",
True, 0.0, "positive", "'Yes, let's do those' + confirmed read-back; parking $20 declined ('No, we're taking the train'); 'so excited', 'you made this really easy'"),

("FR54_010", "Marcus Webb", "2026-11-03T16:05:44", "asr",
"""A: bright smile dental this is marcus
C: hi i need to book a cleaning for me it's been uh a while like two years maybe
A: no judgment we have tuesday the seventeenth at ten or friday the twentieth at two
C: friday at two please
A: got you down friday at two we're also running a whitening special it's normally two hundred but it's a hundred and fifty if you do it the same day
C: hm maybe next time let's see how bad the cleaning is first
A: totally fair just mention it at the appointment if you change your mind
C: okay
A: you'll get a reminder text the day before
C: okay thank you""",
True, 0.0, "neutral", "cleaning booked 'friday at two please'; whitening 'maybe next time' -> 0; neutral"),

("FR54_011", "Yuki Tanaka", "2026-11-04T08:47:10", "asr",
"""A: thank you for calling streamwave internet this is yuki
C: yeah my internet's been down since saturday i've called twice already and nobody's come out
A: i'm really sorry let me look the line tests are showing a signal issue at the house so we do need a technician
C: yeah no kidding that's what the last two people said
A: i can get someone out tomorrow between eight and twelve
C: i work from home i've been tethering off my phone for three days this is ridiculous
A: i completely understand i'll also put a credit on the account for the days you were down
C: fine whatever just book the tech for tomorrow morning
A: booked tomorrow eight to twelve you'll get a call when they're on the way
C: they better actually show up this time""",
True, 0.0, "negative", "'just book the tech for tomorrow morning' = appointment booked; credit is not upsell; 'this is ridiculous', 'they better actually show up'"),

("FR54_012", "Carmen Ruiz", "2026-11-04T10:22:36", "asr",
"""A: first harbor bank card services this is carmen
C: hi um i got a mailer about a travel rewards card and i had a couple questions
A: sure that's the voyager card ninety five dollar annual fee waived the first year and three points per dollar on travel
C: okay and is there a foreign transaction fee
A: none at all
C: okay that's good um my husband and i share most stuff so let me talk to him first before i apply
A: of course i can also take the application now and you'd know in about a minute
C: no no i'd rather wait and look at it with him
A: no problem i'll send the details to the email we have on file
C: yep that's the right one okay thanks bye""",
False, 0.0, "neutral", "'let me talk to him first', 'i'd rather wait' = deferral; 'yep that's the right one' is about the email"),

("FR54_013", "Ben Harrow", "2026-11-04T12:09:55", "clean",
"""A: Skyward Travel, this is Ben, how can I help?
C: Hi Ben, I booked flights to Lisbon with you last year and I want to do it again. Two people, leaving December 12th, back the 20th.
A: Lovely. I have the direct flight out of Newark, $612 per person round trip, $1,224 total.
C: Great, go ahead and book it.
A: Done. On that flight, extra-legroom seats are $89 per person each way... sorry, let me correct that, it's $89 per person for the round trip. Would you like those?
C: Yes, for both of us. My husband is six foot four.
A: Ha, understood. Two extra-legroom seats, $178. And travel insurance is $35 per person, would you like that?
C: No, our credit card covers that.
A: All booked. You'll have the e-tickets within the hour.
C: Perfect, thank you Ben, you're always so helpful.""",
True, 178.00, "positive", "'go ahead and book it'; legroom corrected to $89 pp round trip, 'Yes, for both of us' -> 178.00; insurance declined"),

("FR54_014", "Nadia Petrova", "2026-11-04T14:33:18", "asr",
"""A: rapid rooter plumbing nadia speaking
C: hi my kitchen sink's draining really slow and now it's kind of backing up
A: okay we can send someone today between two and five
C: today's great yeah go ahead and put me down
A: you're on the list the service call is eighty nine and then the clearing is usually a hundred and fifty to two hundred depending
C: wait so like three hundred just for a sink
A: it can be on the higher end if it's deep in the line
C: oh um okay actually cancel that my brother in law does this stuff i'll have him look at it first
A: no problem i've taken you off today's schedule
C: okay sorry about that thanks""",
False, 0.0, "neutral", "booked 'go ahead and put me down' then retracted 'actually cancel that'"),

("FR54_015", "Owen Fitzgerald", "2026-11-04T18:12:02", "asr",
"""A: tony's pizza pickup or delivery
C: delivery um can i get two large pepperoni and one of them with extra cheese
A: two large pepperoni one extra cheese anything else want to add garlic bread for five ninety nine or a two liter for three fifty
C: oh garlic bread yeah definitely the soda no we got drinks
A: okay two large pepperoni one extra cheese and a garlic bread that's thirty eight forty seven what's the address
C: fourteen elm court
A: fourteen elm court about forty minutes
C: perfect you guys are the best
A: thanks see you soon
C: bye""",
True, 5.99, "positive", "order placed; garlic bread 'five ninety nine' taken, soda refused -> 5.99; 'you guys are the best'"),

("FR54_016", "Grace Nwosu", "2026-11-05T09:40:49", "asr",
"""A: hi this is grace at volt wireless how can i help
C: yeah i wanna upgrade my phone i'm eligible i think the um the pixel whatever the newest one
A: yep you're eligible the pixel ten is zero down and twenty two a month on the plan
C: okay let's do that
A: great and do you want a case with it the rugged one is thirty nine ninety five
C: sure add the case
A: okay and i'll ship it to the address on file it'll come with the case
C: oh wait actually scratch the case my sister said she's getting me one for my birthday
A: no problem i've removed the case so it's just the phone
C: yep okay thanks""",
True, 0.0, "neutral", "phone upgrade 'let's do that' kept; case 'sure add the case' then 'scratch the case' -> 0"),

("FR54_017", "Maria Delgado", "2026-11-05T11:16:30", "asr",
"""A: pawsure pet insurance this is maria
C: hi so i just adopted a puppy and everyone told me to get insurance early
A: congratulations what kind of puppy
C: a beagle mix she's twelve weeks her name is pickle
A: aw pickle i love it so for a twelve week beagle mix our accident and illness plan is thirty one a month with a two fifty deductible
C: okay that seems totally fair
A: would you like me to start coverage today so she's covered from tomorrow
C: yeah let's do it
A: done pickle's covered starting tomorrow
C: amazing thank you so much this was really painless""",
True, 0.0, "positive", "'yeah let's do it' to starting coverage; no add-on; 'amazing thank you so much'"),

("FR54_018", "Kevin Osei", "2026-11-05T13:55:14", "clean",
"""A: Thank you for calling Dash Car Rental, this is Kevin.
C: Hi, I'm trying to book a car at the airport for next weekend but the website keeps saying there's a $500 hold on my debit card.
A: Yes, for debit cards we place a $500 security hold, for credit cards it's $200.
C: $500? That's absurd for a compact car for two days.
A: I understand. The hold is released a few days after the return.
C: A few days. I need that money for the trip. And how much is the GPS on top of that?
A: The GPS is $12 a day.
C: Forget it. I'll just use a rideshare. This is a terrible policy.
A: I'm sorry to hear that. Is there anything else I can help with?
C: No.""",
False, 0.0, "negative", "no booking ('Forget it'); GPS price only asked about; 'absurd', 'terrible policy'"),

("FR54_019", "Priya Raman", "2026-11-05T15:28:41", "clean",
"""A: Hi, this is Priya from The Weekly Ledger, I'm following up on the free trial you started.
C: Oh, right, the newsletter trial.
A: Yes! The trial ends Friday. I wanted to make sure we have the right email, is it still d.kowalski at mailbox dot com?
C: Yes, that's my email.
A: Great. After the trial it's $8 a month, or $80 for the year. Would you like to continue?
C: I haven't really had time to read it, to be honest.
A: Understood. Should I check back with you next week?
C: Sure, you can call back next week.
A: Will do, thanks for your time.
C: Okay, bye.""",
False, 0.0, "neutral", "'Yes, that's my email' and 'you can call back next week' are not purchases; no commitment"),

("FR54_020", "Tom Gallagher", "2026-11-05T16:44:07", "asr",
"""A: serenity day spa this is tom
C: hi i wanna book a couples massage for our anniversary it's the twenty eighth
A: happy anniversary we have the twenty eighth at three with the sixty minute couples swedish that's two forty for the two of you
C: ooh yes book three o'clock
A: you're booked would you like to upgrade to hot stone it's twenty dollars extra per person
C: um yeah let's do that for the both of us my husband's back is a mess
A: perfect hot stone for both of you i'll note it's an anniversary
C: oh that's so sweet thank you
A: you're welcome see you on the twenty eighth
C: thank you so much i can't wait""",
True, 40.00, "positive", "'yes book three o'clock'; hot stone 'twenty dollars extra per person' 'for the both of us' -> 40.00; 'can't wait'"),
]
