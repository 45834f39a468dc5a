CALLS = [
("FR52_001", "Maria Delgado", "2026-11-02T09:14:22", "clean",
"""A: Thanks for calling BrightWave Mobile, this is Maria. How can I help?
C: Hi, I want to order the Pixel 9 in the green, the 128 gig.
A: Sure thing. That's $699. Would you like any accessories with it? We have the clear case for $29.99, a glass screen protector for $14.99, and our device protection plan for $8.99 a month.
C: Hmm. Just the case, not the screen protector. I've never had one that didn't bubble up.
A: Fair enough. And the protection plan?
C: No, I'll skip that.
A: Okay, so the Pixel 9 in green plus the clear case. Shall I place the order?
C: Yes, go ahead.
A: Done. It ships tomorrow, you'll get tracking by email.
C: Okay, thanks.""",
True, 29.99, "neutral", "took only the case ($29.99), refused protector and plan; 'Yes, go ahead' to place order"),

("FR52_002", "Tom Whitaker", "2026-11-02T18:41:05", "asr",
"""A: tony's pizza this is tom pickup or delivery
C: uh delivery please one large pepperoni
A: okay large pepperoni you want to add garlic knots they're four ninety nine or a two liter soda for three bucks
C: um yeah throw in the garlic knots
A: and the soda
C: nah we got drinks here
A: alright so one large pepperoni and garlic knots to eleven oak street total's twenty two forty eight with tax
C: yep that's it
A: about forty minutes
C: awesome you guys are the best honestly""",
True, 4.99, "positive", "'throw in the garlic knots' (four ninety nine), soda refused; read-back confirmed; 'you guys are the best'"),

("FR52_003", "Priya Raman", "2026-11-03T10:02:47", "clean",
"""A: Skyline Air reservations, Priya speaking.
C: Hi, I'm booking two seats to Denver on the 14th, the 7:10 morning flight. I have it on hold already, reference QK7L2.
A: I see it. Two passengers, $318 total. Would you like to choose seats? Seat selection is $35 per seat, otherwise they're assigned at check-in.
C: We want to sit together, so yes, for both of us.
A: Okay, I've got 14A and 14B. We also offer trip protection for $42 for the booking.
C: We'll pass on the insurance.
A: No problem. So that's two tickets to Denver on the 14th, seats 14A and 14B, $388 in total. Shall I ticket it?
C: Yes, please.
A: You're all set, confirmation is on its way.
C: Thanks.""",
True, 70.00, "neutral", "seat selection $35 per seat 'for both of us' = 70; insurance passed; 'Yes, please' to ticket"),

("FR52_004", "Kevin O'Brien", "2026-11-03T13:27:10", "asr",
"""A: thanks for calling northline this is kevin
C: yeah hi i need to cancel my service i've been trying to do this online for a week and your site just loops
A: sorry about that i can help can i ask why you're leaving
C: the bill went up three times this year and nobody told me
A: i understand i can offer you twenty dollars off a month for the next year if you stay
C: no i'm done i don't want a discount i want out
A: okay i also have a plan at thirty five a month with
C: please just cancel it
A: understood the account will close at the end of the billing cycle
C: fine whatever it's been a nightmare dealing with you guys""",
False, 0.0, "negative", "refused retention offers, cancelled; 'it's been a nightmare dealing with you guys'"),

("FR52_005", "Aisha Bello", "2026-11-04T11:15:38", "clean",
"""A: Harborview Inn, this is Aisha, how may I help you?
C: Hi! I'd like to book a room for November 20th and 21st, two nights, for two adults.
A: Lovely. A queen room is $189 a night for those dates.
C: Perfect. Actually, you know what, can I make it three nights? We'd love to stay through Saturday.
A: Of course, the 22nd is also $189, so that would be three nights.
C: Yes, add the third night.
A: Great, so a queen room, November 20th through check-out the 23rd, three nights at $189 a night. Shall I confirm it?
C: Yes please, I'm so excited, this is our anniversary trip.
A: Confirmed! I'll note the anniversary too.
C: Oh, that's so sweet, thank you!""",
True, 189.00, "positive", "customer asked for an extra night on top of the two-night booking: 'add the third night' at $189; read-back confirmed"),

("FR52_006", "Daniel Cho", "2026-11-04T15:50:02", "asr",
"""A: westside auto care this is daniel
C: hi yeah um i wanted to see about an oil change for my civic
A: sure synthetic is sixty four ninety five and i'd also recommend a cabin air filter it's forty five installed your last one was two years ago
C: um not sure about the filter
A: no problem i have thursday at ten or friday at two open
C: uh i don't know my schedule yet for this week
A: want me to pencil you in for friday
C: no i'll just call back once i know when i'm off
A: sounds good we're open till six
C: okay thanks bye""",
False, 0.0, "neutral", "no appointment: 'i'll just call back once i know when i'm off'; filter not taken"),

("FR52_007", "Sophie Laurent", "2026-11-05T09:33:49", "clean",
"""A: StreamBox member services, Sophie here.
C: Hi, I got an email that my annual plan is expiring and I want to make sure I don't lose my watch history.
A: Let me look. Yes, your annual Standard plan ends on the 30th. Renewing keeps everything. It's $119 for the year, same as last year.
C: Same price? Good. Go ahead and renew it.
A: Done, renewed through November 2027. By the way, for $3 more a month you could get 4K and four screens.
C: No, our TV isn't even 4K. Standard is fine.
A: Understood. You're all set.
C: Great, that was easy. Thanks so much, you made that painless.""",
True, 0.0, "positive", "renewal at restated $119 ('Go ahead and renew it'); 4K upgrade declined"),

("FR52_008", "Marcus Reed", "2026-11-05T14:08:16", "clean",
"""A: Oakline Furniture, Marcus speaking.
C: Hi, I was in the store Saturday looking at the Harlow dining table, the walnut one. I'd like to order it.
A: Great choice. The Harlow table is $1,450. Did you see the matching chairs? They're $180 each, sold separately.
C: I did, they were really comfortable. Then I'll take four of the chairs.
A: Four chairs at $180 each. We also offer a fabric and finish protection plan for $99.
C: I don't think we need that, no kids at home.
A: Sure. So the Harlow table and four Harlow chairs, delivered on the 18th. Shall I put it through?
C: Yes, let's do it. I'm really happy, we've been eating on a card table for months.
A: Ha, not anymore! Order is placed.
C: Thank you!""",
True, 720.00, "positive", "four chairs at $180 each = 720; protection plan refused; 'Yes, let's do it'"),

("FR52_009", "Hannah Kowalski", "2026-11-06T10:44:31", "asr",
"""A: keystone insurance this is hannah how can i help
C: hi i'm getting quotes for car insurance for my new car
A: okay for the full coverage you're looking at one twelve a month and roadside assistance is another four dollars a month if you want it
C: four dollars for roadside hm okay
A: yeah it covers towing up to fifty miles and lockouts
C: mhm and how does the deductible work
A: you pick five hundred or a thousand the thousand brings it down to ninety eight a month
C: okay um i think i need to talk to my husband first he handles this stuff
A: sure i can email you the quote with roadside included
C: yeah that's fine same email i gave you thanks""",
False, 0.0, "neutral", "deferral 'need to talk to my husband first'; roadside only discussed"),

("FR52_010", "Luis Ortega", "2026-11-06T16:20:55", "clean",
"""A: TicketHall, this is Luis.
C: Hi, finally. I've been on hold for forty minutes. I want two tickets for the Lumineers on December 5th, section 104.
A: Sorry about the wait. Section 104 is $95 per ticket. Would you like to add VIP parking for $25?
C: Yes, add the parking.
A: Okay, two in section 104 plus parking, $215 before fees. Let me put that through... I'm sorry, the system says section 104 just sold out while we were holding.
C: You're kidding me.
A: I have the upper level, section 310, at $60.
C: No. We wanted to actually see the band. Forget it.
A: I understand, I'm sorry about that.
C: Unbelievable. Forty minutes for nothing.""",
False, 0.0, "negative", "order failed (section sold out), alternative refused 'Forget it'; parking add-on falls with it"),

("FR52_011", "Grace Nakamura", "2026-11-09T09:05:12", "clean",
"""A: First Meridian Bank, this is Grace. How can I help you today?
C: Hi, I got a mailer about the Cashback Plus card and I'd like to apply.
A: Happy to help. I've got your details from your checking account. I can also add Card Shield, which covers lost card and purchase fraud, for $4.99 a month.
C: Okay, sure, add that.
A: Great. And based on your profile the APR would be 27.4 percent.
C: Wait, 27? The mailer said starting at 19.
A: That's the lowest tier; your approved rate would be 27.4.
C: That's a terrible rate. Actually, cancel the whole thing, the card and the Shield thing. I'm not doing that.
A: Understood, I've cancelled the application.
C: Okay. Pretty disappointing.""",
False, 0.0, "negative", "applied and took Card Shield, then 'cancel the whole thing, the card and the Shield thing'"),

("FR52_012", "Ben Adeyemi", "2026-11-09T11:38:40", "asr",
"""A: comfortzone heating and air this is ben
C: hey ben it's carla on birch road you guys did my ac in june
A: hi carla what can i do for you
C: i want to get the furnace looked at before it gets cold
A: sure a tune up is eighty nine i have tuesday morning and while you're at it we have a maintenance plan fifteen a month covers priority scheduling and no overtime charges
C: oh huh what else does it cover
A: a spring ac check and ten percent off any repairs
C: sure why not add the plan and put me down for tuesday
A: you got it tuesday between eight and ten
C: perfect your tech last time was super nice so i'm happy to stick with you guys""",
True, 15.00, "positive", "'add the plan' (fifteen a month) with the tune-up booked for tuesday"),

("FR52_013", "Chloe Fitzgerald", "2026-11-10T08:52:19", "clean",
"""A: Bright Smiles Dental, this is Chloe.
C: Hi, I need to schedule a cleaning. It's been about eight months.
A: Sure. Your insurance covers the cleaning. We also offer a fluoride varnish for $35, that one isn't covered.
C: Is that necessary?
A: It's optional, recommended if you get a lot of sensitivity.
C: Then I'll skip it. What do you have for the cleaning?
A: Thursday the 12th at 3:30 or Monday the 16th at 8.
C: Hmm, I'll have to check with work on Thursday. I'll call you back.
A: Sure, those may fill up though.
C: Understood. Thanks.""",
False, 0.0, "neutral", "no slot taken: 'I'll call you back'; fluoride declined"),

("FR52_014", "Ravi Menon", "2026-11-10T13:16:33", "asr",
"""A: quickdrive rentals ravi speaking
C: yeah i need a midsize car from the airport monday to friday
A: okay midsize is sixty one a day so three oh five for the five days
C: wow that's steep
A: it's a busy week with the conference would you like collision damage waiver it's twenty two a day so a hundred ten for the five days
C: um my credit card covers some of that i think
A: it only covers secondary our waiver means zero deductible
C: ugh fine yeah do the damage waiver for the five days
A: okay midsize monday to friday with the waiver shall i confirm it
C: yeah confirm it honestly your prices are a rip off but i don't have a choice""",
True, 110.00, "negative", "waiver twenty two a day = a hundred ten for five days accepted; 'your prices are a rip off'"),

("FR52_015", "Erin Walsh", "2026-11-11T10:27:58", "clean",
"""A: Peak Fitness, Erin speaking!
C: Hi, I was looking at the membership on your website, the $39 a month one.
A: Yes, that's our All Access. New members can add an intro personal training pack, three sessions for $120, normally $165.
C: Three sessions for $120. Okay, that's actually tempting.
A: It's a good way to start. I can sign you up over the phone right now.
C: I'm leaving for two weeks on Thursday, so I'd rather start when I'm back.
A: The intro price is good through the end of the month.
C: Okay. I'll sign up when I'm back from my trip, probably the 28th.
A: Sounds good, I'll note your name.
C: Sure, thanks.""",
False, 0.0, "neutral", "deferral 'I'll sign up when I'm back'; training pack only 'tempting'"),

("FR52_016", "Jonah Feldman", "2026-11-11T15:03:44", "clean",
"""A: Cascade Energy, this is Jonah.
C: Yes, my bill this month is $412. It's usually around $150. I want to know what happened.
A: I'm sorry about that. I see an estimated read in October, and this month's actual read caught up.
C: So you guessed wrong and now I pay for it all at once.
A: I can set up a payment arrangement over three months. Also, a lot of customers use our smart thermostat program, it's $5 a month and helps avoid spikes.
C: I'm not buying anything else from you people. Just split the bill.
A: Okay, I've set up three payments of $137.33.
C: Fine. This is the second time this year.
A: I've added a note to get an actual read next month.
C: Whatever. Bye.""",
False, 0.0, "negative", "billing complaint, payment plan only; thermostat refused 'not buying anything else from you people'"),

("FR52_017", "Maria Delgado", "2026-11-12T12:11:26", "asr",
"""A: petal and stem this is maria
C: hi i want to send flowers to my mom for her birthday on friday
A: lovely our birthday bouquet is fifty five with delivery we can upgrade it to the glass vase instead of the wrap it's ten more
C: oh yeah the glass vase she'll keep that
A: and we can add a card for free what should it say
C: um happy birthday mom love you lots from jess
A: so the birthday bouquet in the glass vase delivered friday to forty two elm with the card that's sixty five
C: yes that's perfect
A: all set
C: oh she's gonna love it thank you so much""",
True, 10.00, "positive", "vase upgrade 'ten more' accepted; free card is 0; read-back 'yes that's perfect'"),

("FR52_018", "Tom Whitaker", "2026-11-12T16:47:09", "clean",
"""A: TechHub, Tom speaking.
C: Hi, I'm looking at the Zenbook 14 on your site, it says $1,099. Is that right?
A: Yes, that's the current price. It's in stock at the Maple Street store.
C: How much is the extended warranty on it?
A: The three-year plan is $149.
C: And if I buy it in store is the price the same?
A: Yes, same price.
C: Hmm. The same laptop is $949 on Amazon. I'll just order it there.
A: We do price match authorized retailers; Amazon third-party sellers don't qualify though.
C: Of course they don't. Honestly you guys are way overpriced. Thanks anyway.""",
False, 0.0, "negative", "only asked warranty price; buys elsewhere 'I'll just order it there'; 'way overpriced'"),

("FR52_019", "Priya Raman", "2026-11-13T09:58:37", "asr",
"""A: blue horizon cruises this is priya
C: hi we want to book the four night bahamas cruise leaving december eighth for two of us
A: great an ocean view cabin for two is one thousand three forty total there's also a snorkel excursion in nassau eighty nine per person
C: hmm let me think about that one
A: sure so the cabin is deck six ocean view and do you have passports
C: yep we both have passports
A: okay i'll need full names as they appear
C: elena santos and david santos
A: thank you so ocean view cabin for two december eighth shall i book it
C: yes book it oh and go ahead with that snorkel thing for both of us
A: done the snorkel excursion for two is added
C: yay we're so excited thank you""",
True, 178.00, "positive", "excursion eighty nine per person accepted turns later 'for both of us' = 178"),

("FR52_020", "Kevin O'Brien", "2026-11-13T14:22:51", "clean",
"""A: Northline support, this is Kevin.
C: Hi, my internet has been down since this morning and I work from home. I'm kind of panicking.
A: Let's get you back up. I see your modem is offline. Can you unplug it for thirty seconds and plug it back in?
C: Okay... done. Lights are blinking.
A: I'm pushing a refresh to it now. How's it look?
C: The light just went solid white. Let me check... yes! It's working.
A: Great. Your plan is 300 megabits; if you ever want faster we have gig for $20 more.
C: I'm good with what I have, honestly, as long as it works.
A: Understood. Anything else?
C: No, that's it. Thank you so much, you saved my day.""",
False, 0.0, "positive", "support call, gig upgrade declined; ends 'you saved my day'"),
]
