CALLS = [
("FR9_001", "Marisol Vega", "2026-11-02T08:14:22", "clean",
"""A: Thanks for calling Brightline Energy, this is Marisol. How can I help?
C: Hi, I'm moving into a flat on Carver Street next week and need the electricity switched on in my name.
A: Happy to set that up. What's the move-in date?
C: The 9th.
A: Got it. The standard variable tariff is $0.21 per kWh with a $12 monthly standing charge. We also have a GreenMatch option: 100% renewable, for an extra $8 a month on top.
C: Renewable for eight a month? Yeah, put that on too.
A: Done. So to confirm: service starting November 9th at 14B Carver Street, standard tariff plus GreenMatch at $8 a month. Is that right?
C: That's right.
A: You're all set. You'll get a welcome pack by email today.
C: Okay, thanks.""",
True, 8.00, "neutral",
"Main purchase: new electricity supply (confirmed read-back). GreenMatch add-on $8/month accepted -> 8.00 (recurring counts once); standing charge is part of main product. Customer only routine/transactional -> neutral."),

("FR9_002", "Desmond Okafor", "2026-11-02T09:47:05", "asr",
"""A: northgate broadband this is desmond how can i help
C: yeah hi my internet's been down since like saturday morning and nobody's told me anything
A: i'm sorry about that let me pull up your account can i get the postcode
C: it's uh it's the one on the account i've given it three times already
A: okay i see it there is a known fault at the cabinet on your road engineers are on it
C: on it since when because i've been working off my phone hotspot for three days
A: the estimate is restored by thursday evening
C: thursday are you serious that's almost a week
A: i understand i can log a complaint for you
C: yeah log it and honestly i'm looking at other providers this is just not good enough""",
False, 0.00, "negative",
"Outage complaint, nothing purchased. Customer frustrated throughout and ends threatening to leave -> negative."),

("FR9_003", "Priya Raman", "2026-11-03T10:05:40", "clean",
"""A: Harbourview Hotel reservations, Priya speaking.
C: Hello! I'd like a double room for the 20th and 21st, two adults.
A: Lovely. We have a harbour-view double at $165 per night, so $330 for the two nights.
C: That sounds perfect.
A: Would you like to add breakfast? It's $18 per person per day, so for two of you over two mornings that's $72.
C: Oh yes, we'll definitely want breakfast.
A: Wonderful. Confirming: harbour-view double, November 20th to 22nd checkout, two adults, breakfast included, $402 in total. Shall I book it?
C: Yes please, book it.
A: It's booked, confirmation HV-88213.
C: Brilliant, we're so looking forward to it, thank you!""",
True, 72.00, "positive",
"Main purchase: 2-night room ($330, not upsell). Breakfast add-on priced $18 x 2 people x 2 days; agent states $72 and customer accepts -> 72.00. Enthusiastic ending -> positive."),

("FR9_004", "Tomasz Nowak", "2026-11-03T11:31:18", "asr",
"""A: hi you've reached peak fitness this is tom
C: hey um i was wondering about your memberships like what you've got
A: sure so we've got the standard at thirty four a month and the all access at forty nine which includes classes and the pool
C: okay and is there a joining fee
A: there's a twenty dollar joining fee but it's waived this month
C: mhm okay um and the pool's open weekends too
A: yep seven till eight both days
C: alright cool i'll have a think about it and maybe come by on saturday
A: sounds good we'd love to see you
C: yeah thanks bye""",
False, 0.00, "neutral",
"Inquiry only; 'i'll have a think about it' = deferral, no commitment. Prices only asked about. Routine tone -> neutral."),

("FR9_005", "Helen Fairweather", "2026-11-04T08:22:51", "clean",
"""A: Good morning, Ridgeway Dental, Helen speaking.
C: Hi, I cracked a filling last night and it's quite sore. Is there any chance of seeing someone soon?
A: Let me look. Dr. Amiri has a cancellation at 2:40 this afternoon.
C: Today? Oh, that would be wonderful.
A: Can I take your name and date of birth?
C: Joanna Pike, 14 March 1981.
A: Thank you, Joanna. So that's 2:40 today with Dr. Amiri. Shall I put you down?
C: Yes, please do.
A: You're booked in. Please arrive ten minutes early.
C: Thank you so much, what a relief. You've made my day.""",
True, 0.00, "positive",
"Dental appointment booked (yes to closing question). No add-ons. Relief and thanks -> positive."),

("FR9_006", "Carlos Mendez", "2026-11-04T13:12:09", "asr",
"""A: oakline furniture carlos speaking
C: hi yeah i was in the store yesterday looking at the walnut dining chairs the ones with the curved back
A: the harlow chairs yes those are ninety each
C: right so i want three of them
A: okay three harlow chairs that's two seventy we can also add our fabric protection plan covers spills and stains for three years that's forty nine ninety nine for the set
C: um is that like worth it
A: with kids or pets it usually pays for itself
C: yeah we've got a dog so uh yeah go on add it
A: great so three harlow chairs plus fabric protection three nineteen ninety nine total delivered next tuesday
C: yep that's fine
A: all done you'll get a text the day before""",
True, 49.99, "neutral",
"Main purchase: three chairs (270, not upsell). Fabric protection 'forty nine ninety nine' accepted -> 49.99. Matter-of-fact -> neutral."),

("FR9_007", "Aisha Bello", "2026-11-05T14:48:33", "clean",
"""A: StreamNest support, this is Aisha.
C: Hi, I'd like to cancel my subscription please. I'm just not watching enough to justify $15.99 a month.
A: I understand. Before I process that, I can offer you 50% off for the next three months, so $7.99 a month, and you keep everything.
C: Hmm. Half price for three months?
A: That's right, and you can still cancel any time.
C: Okay, actually that's a nice offer. I'll stay on that.
A: Great, I've applied it. Your next bill will be $7.99.
C: Perfect, thanks Aisha, that was easier than I expected.""",
True, 0.00, "positive",
"Retention: customer accepts discounted plan -> conversion. Discount is not an upsell -> 0. 'nice offer', 'easier than I expected' -> positive."),

("FR9_008", "Graham Holt", "2026-11-05T15:20:14", "asr",
"""A: morning holt motors service desk graham here
C: hi um i need to book the car in for its annual service it's a twenty nineteen civic
A: sure we've got thursday at eight thirty or friday at one
C: uh thursday thursday morning
A: thursday eight thirty the service is one eighty nine would you also like new wiper blades they're twenty five for the pair
C: no the wipers are fine
A: no problem and we can do a tyre rotation while it's in for thirty
C: yeah okay do the rotation
A: lovely so thursday eight thirty full service plus tyre rotation
C: yep
A: you're booked in see you thursday""",
True, 30.00, "neutral",
"Service booking (main, 189 not counted). Wiper blades declined; tyre rotation 'thirty' accepted -> 30.00. Neutral tone."),

("FR9_009", "Naomi Castellanos", "2026-11-06T09:03:47", "clean",
"""A: Ledgerly sales, Naomi speaking.
C: Hi Naomi, I run finance for a 40-person logistics firm. We saw your demo at the expo and honestly it looked fantastic.
A: Thank you! What caught your eye?
C: The automated reconciliation. We spend days on it every month.
A: For 40 users, the Business tier is $22 per user per month, and onboarding is included.
C: That's very reasonable. I love what I've seen so far.
A: Would you like me to set up the account today?
C: Not today. Could you email me a formal quote? I need to run it past our CFO.
A: Of course, I'll send it this afternoon.
C: Great, thank you, really appreciate your help.""",
False, 0.00, "positive",
"Enthusiasm but asks for emailed quote and defers to CFO -> not a conversion. Clear praise of product -> positive."),

("FR9_010", "Ruth Adeyemi", "2026-11-06T16:39:02", "asr",
"""A: skyward airlines ruth speaking how can i help
C: yeah my flight to lisbon got cancelled and i've been on hold for an hour this is a nightmare
A: i'm really sorry let me look at options for you
C: i need to be there by saturday my sister's getting married
A: i can move you to the friday evening flight at six forty there's no change fee because we cancelled
C: okay okay friday works
A: there's one seat left with extra legroom for forty five dollars or a standard middle seat at no charge
C: honestly yeah give me the legroom one i deserve it after today
A: done friday six forty seat twelve c extra legroom
C: oh thank god thank you so much you've actually saved the trip
A: my pleasure have a wonderful wedding""",
True, 45.00, "positive",
"Rebooking onto new flight is a booking (conversion). Extra legroom seat $45 accepted -> 45.00. Angry start, ends with strong thanks/relief -> positive (end weighs more)."),

("FR9_011", "Owen Pritchard", "2026-11-09T10:27:36", "clean",
"""A: Shieldpoint Insurance, Owen here.
C: Hi, I'm shopping around for car insurance. 2021 Mazda CX-5, clean record.
A: Thanks. Based on what you've told me, comprehensive cover comes to $118 a month.
C: Hmm. My current insurer is $104.
A: I can apply a multi-policy discount if you also insure your home with us.
C: I rent, so no.
A: Then $118 is the best I can do today.
C: I'd switch if you could get it under $100, but not at that price.
A: Understood. I'll note the quote in case anything changes.
C: Okay. Thanks for checking.""",
False, 0.00, "neutral",
"Conditional ('I'd switch if... under $100') -> not a conversion. Polite, unimpressed but not negative -> neutral."),

("FR9_012", "Lucia Romano", "2026-11-09T17:45:11", "asr",
"""A: hi thanks for calling tony's pizza this is lucia
C: hey can i get a large pepperoni and a medium margherita for delivery
A: sure thing anything else want to add garlic bread it's six ninety nine
C: ooh yes garlic bread definitely
A: and a two liter soda for three fifty
C: nah we're good on drinks
A: okay large pepperoni medium margherita garlic bread to forty two elm road
C: yep that's it
A: about thirty five minutes
C: awesome you guys are the best honestly""",
True, 6.99, "positive",
"Pizza order confirmed via read-back. Garlic bread 'six ninety nine' accepted -> 6.99; soda declined. Address number not a price. 'you guys are the best' -> positive."),

("FR9_013", "Benedikt Saar", "2026-11-10T12:16:58", "clean",
"""A: Ticketvault, Benedikt speaking.
C: Hi, I'd like two tickets for the Marlowe Quartet on the 28th, the 7:30 show.
A: Let me check... I can hold two in row F at $64 each.
C: Yes, let's do those.
A: Processing now... I'm sorry, the system has just released them to another buyer. The 28th is now completely sold out, and there's no other date on this tour.
C: Oh. I was really hoping to take my mum for her birthday.
A: I'm sorry. I can add you to the returns list, but I can't promise anything.
C: No, it's fine. I'll leave it. That's a shame.""",
False, 0.00, "negative",
"Customer committed but booking failed (sold out), nothing else booked -> not a conversion. Quiet disappointment ('That's a shame', hopes dashed) -> negative."),

("FR9_014", "Fatima Haddad", "2026-11-10T14:02:30", "asr",
"""A: clearwave billing fatima speaking
C: hi um my bill this month is way higher than normal it's like ninety something instead of sixty
A: let me have a look oh i see you were charged for a router you returned in september
C: yeah i sent that back i have the receipt
A: you're right that's our error i'll remove the thirty two dollar charge and add a ten dollar credit for the trouble
C: oh okay so i don't have to pay the ninety
A: no your bill will be corrected to fifty two after the credit
C: oh good that's a relief honestly thanks for sorting that out so quick
A: you're welcome""",
False, 0.00, "positive",
"Billing correction: refund/credit, no purchase -> not a conversion, no upsell. Ends with relief and thanks -> positive."),

("FR9_015", "Martin Kowalczyk", "2026-11-11T08:55:19", "clean",
"""A: Comfort Air Heating & Cooling, Martin speaking.
C: Hi, I'd like to book the yearly furnace check before it gets colder.
A: Sure. The tune-up is $129. We have Monday the 16th, morning or afternoon.
C: Morning works.
A: Great. Do you want the tech to bring replacement filters? They're $19 each and most homes your size take two.
C: Yes, bring two.
A: So Monday the 16th, 8 to 12 window, furnace tune-up plus two filters at $19 each. Correct?
C: Yes, correct.
A: You're booked.
C: Okay, thank you.""",
True, 38.00, "neutral",
"Tune-up booking (main, $129 not counted). Filters: 2 x $19 accepted -> 38.00. Routine tone -> neutral."),

("FR9_016", "Yusuf Demir", "2026-11-11T11:40:44", "asr",
"""A: hi this is yusuf with brightpath learning
C: hi yeah i saw the intro to data analysis course online starting in january
A: yeah that's our eight week evening course it's three ninety nine
C: okay cool um and it's all live right not recorded
A: live on tuesdays and thursdays with recordings after
C: perfect okay sign me up
A: great we also offer an accredited certificate at the end for twenty nine dollars would you like that
C: uh no i don't need the certificate just the course
A: no problem you're enrolled you'll get the joining link by email
C: amazing i'm really excited to start thank you""",
True, 0.00, "positive",
"'sign me up' for course (main). Certificate $29 declined -> 0. 'really excited' -> positive."),

("FR9_017", "Grace Whitfield", "2026-11-12T13:33:27", "clean",
"""A: Meridian Bank card services, Grace speaking.
C: Hi, I got a letter saying my card's annual fee is going up. I wanted to know what it'll be.
A: The fee on your Classic card moves from $0 to $39 from January.
C: Right. And is there a card without a fee?
A: Our Everyday card has no annual fee. I can send the details to the email on file, is that still m.lewis@postbox.com?
C: Yes, that's my email.
A: Sent. You can switch online or by calling us.
C: Okay, I'll look at it. Thanks.""",
False, 0.00, "neutral",
"Information call. 'Yes, that's my email' is not a purchase; no switch made. Neutral tone."),

("FR9_018", "Keisha Lamont", "2026-11-12T15:07:53", "asr",
"""A: hi you're through to orbit mobile this is keisha
C: hi um i'm going to spain for three weeks and i don't want a crazy bill
A: okay so you're on the unlimited plan already i can add our travel pass that's ten a month and covers calls and data across europe
C: ten a month and it covers everything
A: calls texts and up to twenty gigs of data
C: okay yeah add that please
A: done it's active from today and you can remove it when you're back
C: cool okay that's it then""",
True, 10.00, "neutral",
"Add-on to an existing plan (bought before the call): travel pass 'ten a month' accepted -> conversion (paid plan change) and upsell 10.00 (decision: add-on on top of existing service counts). Neutral."),

("FR9_019", "Ivan Petrov", "2026-11-13T10:19:00", "clean",
"""A: Thank you for calling Lakeside Estate Weddings, Ivan speaking.
C: Finally. I've been trying to get through for forty minutes. Your voicemail's full, by the way.
A: I'm sorry about that. How can I help?
C: We want to view the venue for a summer 2027 wedding. Your online booking form doesn't work either.
A: Apologies. I can book a viewing for Saturday the 21st at 11 or 2.
C: 11. Fine, just book it.
A: Booked for Saturday 21st at 11am.
C: Good. I hope the venue is better organised than the phone line.""",
True, 0.00, "negative",
"Venue viewing appointment booked ('just book it') -> conversion, no add-on. Irritated throughout, ends with a jab -> negative."),

("FR9_020", "Sandra Kim", "2026-11-13T16:51:12", "asr",
"""A: shieldguard pest control sandra speaking
C: hi i think we've got mice in the kitchen like i heard them last night
A: oh no okay we can get a technician out wednesday the initial visit is one twenty five
C: yeah go ahead and book that
A: sure can i get the address
C: wait actually hang on i rent this place i should probably let my landlord deal with it
A: that's fine do you want me to hold the slot
C: no cancel that sorry i'll get him to call you
A: no problem at all
C: okay thanks bye""",
False, 0.00, "neutral",
"Customer commits ('go ahead and book that') then retracts ('cancel that') -> not a conversion. Neutral/routine."),
]
