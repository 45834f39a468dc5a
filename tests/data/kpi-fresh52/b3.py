CALLS = [
("FR52_041", "Hannah Kowalski", "2026-11-02T11:37:45", "asr",
"""A: soundhouse this is hannah
C: hi um i'm calling about the sony noise cancelling ones the xm five
A: yep those are three ninety nine ninety nine right now and we have a two year protection plan for nineteen ninety nine
C: um sure okay
A: okay so xm fives in black with the protection
C: wait three ninety nine i thought they were on sale for two ninety nine
A: the sale ended sunday sorry
C: oh hm no that's too much then i'll leave it for now
A: okay so cancel the headphones and the protection
C: yeah cancel both maybe i'll wait for black friday
A: sure thing""",
False, 0.0, "neutral", "'um sure okay' then 'cancel both' (headphones and protection) -> retracted"),

("FR52_042", "Luis Ortega", "2026-11-03T15:24:18", "clean",
"""A: Swift Movers, Luis speaking.
C: Hi, I got your quote for a two-bedroom move on December 3rd, $1,150. I'd like to book it.
A: Great. We also have a packing materials bundle, boxes, tape and wrap, for $85, and a full packing service for $300.
C: The materials bundle, yes. I'll do the packing myself.
A: Okay. To hold the date there's a $200 deposit. What card would you like to use?
C: Visa ending 2290.
A: Hmm, that one was declined.
C: Oh no. Try the Mastercard ending 7716.
A: That went through. You're booked for December 3rd with the materials bundle, delivered on the 28th.
C: Phew. Okay, thank you for being so patient with me, that was stressful.""",
True, 85.00, "positive", "booked; materials bundle $85 yes, packing service no; first card declined, second went through; deposit not upsell"),

("FR52_043", "Grace Nakamura", "2026-11-04T09:48:03", "clean",
"""A: Skyline Air, Grace speaking.
C: I need a round trip to Phoenix, leaving the 18th and back the 22nd, one adult.
A: I have the 9:15 out and the 4:50 back, $286 round trip in basic economy.
C: Fine. I'm six foot four, can I get a seat with some legroom?
A: Extra legroom seats are $49 each way.
C: So $98 to not have my knees in my chest. Fine, add them both ways.
A: Done. Would you like priority boarding for $15?
C: No. Everything's extra with you guys, isn't it.
A: So, Phoenix on the 18th and back the 22nd, extra legroom both ways, $384 total. Shall I book it?
C: Yes, book it.
A: Booked, confirmation is in your email.""",
True, 98.00, "negative", "legroom $49 each way 'add them both ways' = 98; priority boarding refused; 'Everything's extra with you guys'"),

("FR52_044", "Ben Adeyemi", "2026-11-04T14:05:57", "asr",
"""A: shieldguard pest control this is ben
C: hi yeah you guys did my neighbor's house and she loved you
A: oh great who's your neighbor
C: the hendersons on pine street
A: oh sure so our quarterly plan is one twenty nine a visit and we have a mosquito treatment add on forty a visit in the summer
C: mhm that sounds good i'll think about it
A: want me to put you on the schedule for an initial inspection
C: um let me think about it and call you back next week but you guys sound great
A: sounds good
C: thanks so much you were really helpful""",
False, 0.0, "positive", "'sounds good i'll think about it', no inspection booked; friendly"),

("FR52_045", "Chloe Fitzgerald", "2026-11-05T11:12:29", "clean",
"""A: Coastline Wireless, this is Chloe.
C: Hi, I want to upgrade to the iPhone 16, the blue one, 128.
A: Sure, it's $799 with your upgrade eligibility. Do you need a charger? The 20-watt is $25. And we have the MagSafe clear case for $39.
C: I need the charger, yes. The case, maybe.
A: Any screen protector?
C: No, those never stay on.
A: Okay, so here's your order: iPhone 16 in blue, 128 gigs, $799; the 20-watt charger, $25; and the MagSafe clear case, $39. That's $863 before tax. Is that right?
C: Yes, that's right.
A: Great, it'll be at your door Thursday.
C: Okay. Thanks.""",
True, 64.00, "neutral", "charger $25 accepted; case 'maybe' then confirmed in read-back 'Yes, that's right' -> 25+39"),

("FR52_046", "Ravi Menon", "2026-11-05T19:03:40", "asr",
"""A: big stack burgers ravi speaking
C: hi can i get two double cheeseburgers for pickup
A: sure you want to make those combos with fries and a drink it's three fifty more each
C: yeah make both combos
A: okay just so you know we're running about fifty minutes on pickup right now
C: fifty minutes for two burgers are you serious
A: sorry we're short staffed tonight
C: no forget it cancel the whole thing i'll go somewhere else
A: okay i'm sorry about that
C: yeah whatever""",
False, 0.0, "negative", "ordered with combos, then 'cancel the whole thing'"),

("FR52_047", "Erin Walsh", "2026-11-06T09:30:11", "clean",
"""A: DataSummit registration, Erin speaking.
C: Hi, I want to register for the conference in February, the full pass.
A: The full pass is $499 until the end of the month. There's also a pre-conference workshop on the 9th for $150.
C: The workshop on data pipelines? I'd take it if my company approves it.
A: Would you like me to register you for the main pass now?
C: Actually, I need my manager's sign-off on both. Can you hold a spot at the $499 price?
A: I can't hold the price, but it's good until the 30th.
C: Okay. I'll get approval and register online before then.
A: Sounds good.
C: Thanks.""",
False, 0.0, "neutral", "conditional 'I'd take it if my company approves'; needs sign-off, registers later"),

("FR52_048", "Jonah Feldman", "2026-11-06T13:51:26", "clean",
"""A: SunPeak Solar, this is Jonah. Thanks for calling back.
C: I didn't call back. Someone from your company has called me four times this week.
A: I apologize. I see you requested a quote in October.
C: I requested information once. Not daily phone calls.
A: Understood. While I have you, the quote was $18,400 for the panels, and with the home battery add-on it's...
C: I don't want the battery. I don't want the panels. Take me off your list.
A: I'll remove you from our call list right away.
C: Thank you. This has been incredibly annoying.""",
False, 0.0, "negative", "'Take me off your list'; 'incredibly annoying'"),

("FR52_049", "Maria Delgado", "2026-11-09T10:19:34", "asr",
"""A: seabreeze resort maria speaking
C: hi we'd like to book three nights from december sixth for two adults
A: sure a garden view king is one seventy nine a night
C: okay
A: or for thirty more a night i can do an ocean view with a balcony so ninety extra for the three nights
C: oh ocean view for sure yeah
A: love it so ocean view king three nights from the sixth can i get a card to guarantee it
C: yeah it's a visa i'll read it to you
A: go ahead
C: four one one seven and so on you have it
A: thank you you're all booked ocean view king december sixth to ninth
C: yay we're so happy we finally get to go""",
True, 90.00, "positive", "ocean view upgrade 'thirty more a night', ninety for three nights, 'for sure'; booked"),

("FR52_050", "Tom Whitaker", "2026-11-09T15:40:08", "clean",
"""A: HomePlus Appliances, Tom speaking.
C: Hi, I'd like to order the LG washer and dryer pair that's on sale, the white ones.
A: Sure, the pair is $1,598. Would you like the five-year protection plan? It's normally $199 for the pair, but since you're buying both I can do $149.
C: What does it cover?
A: Parts, labor, and one free maintenance visit a year.
C: Okay, at $149, yes, add it.
A: Great. Delivery and haul-away of the old units is included. I have Tuesday the 17th.
C: Tuesday is fine.
A: All set, the order is placed.
C: Okay, good. Thanks.""",
True, 149.00, "neutral", "protection plan revised $199 -> $149 and accepted at $149"),

("FR52_051", "Priya Raman", "2026-11-10T10:36:22", "asr",
"""A: skyline air priya speaking
C: oh wow a human after only fifty minutes on hold amazing
A: i'm so sorry about the wait how can i help
C: i need a one way to boston on the twelfth the cheapest thing you have
A: the six a m is one forty two
C: fine book it
A: sure and would you like travel insurance for thirty eight dollars
C: oh sure let me pay more for the privilege no thanks
A: okay you're booked on the six a m to boston on the twelfth
C: great can't wait""",
True, 0.0, "negative", "'fine book it'; insurance refused sarcastically; sarcasm throughout"),

("FR52_052", "Kevin O'Brien", "2026-11-10T14:58:47", "clean",
"""A: Northline, this is Kevin. Are you calling about new service?
C: Yes, I just moved in and I need internet. The 500 plan, $55 a month.
A: Great. Router rental is $12 a month, or you can use your own.
C: I'll use my own.
A: Okay. The earliest install date is December 9th.
C: December 9th? That's three weeks. I work from home.
A: I'm sorry, that's the first available technician slot.
C: Then forget it. I'll go with the fiber company, they said Friday.
A: I understand. If anything opens up I can call you.
C: Don't bother. This is ridiculous.""",
False, 0.0, "negative", "'Then forget it', goes elsewhere; router rental refused; 'This is ridiculous'"),

("FR52_053", "Aisha Bello", "2026-11-11T08:44:15", "clean",
"""A: Bright Smiles Dental, Aisha speaking.
C: Hi, I have an appointment on Thursday at 2 and I need to cancel it.
A: Sure, may I have your name?
C: Carl Lowry.
A: Got it, Mr. Lowry. Would you like to reschedule? I have next Tuesday at 9.
C: No, I'm not sure when I'll be free. I'll call when I know.
A: No problem. It's cancelled, no fee since it's more than 24 hours out.
C: Okay, good.
A: Anything else?
C: No, that's all. Bye.""",
False, 0.0, "neutral", "cancelled appointment, no rebooking 'I'll call when I know'"),

("FR52_054", "Daniel Cho", "2026-11-11T17:05:33", "asr",
"""A: valley toyota this is daniel
C: hey daniel it's mike we talked saturday about the rav four the blue one
A: hey mike yes it's still here
C: great i want to go ahead with it at the price we talked thirty one five
A: awesome thirty one five plus tax do you want the extended warranty we talked about that's two thousand for seven years and the paint protection is eight ninety nine
C: i'll do the warranty not the paint thing
A: okay warranty yes paint protection no i'll have the paperwork ready tomorrow at four
C: sounds good man you made this really easy honestly best car buying experience i've had
A: see you tomorrow
C: see you then""",
True, 2000.00, "positive", "'i want to go ahead with it'; 'i'll do the warranty' two thousand, paint refused"),

("FR52_055", "Sophie Laurent", "2026-11-12T10:23:59", "clean",
"""A: Sunward Vacations, Sophie speaking.
C: Hi, I'm booking the Cancun family package, 7 nights from December 20th, two adults and two kids. The $4,200 one.
A: Wonderful. I can also offer our family add-on bundle: airport transfers, travel insurance and the kids' club, $260 for the bundle, or $110, $120 and $60 separately.
C: So the bundle saves me thirty. Okay, we'll take the bundle.
A: Great. Let me read it back: Cancun family package, 7 nights from December 20th, two adults, two children, plus the family add-on bundle. $4,460 total. Correct?
C: Yes, that's correct. When do we get the documents?
A: Within 48 hours by email.
C: Amazing. Thank you, the kids are going to be thrilled.""",
True, 260.00, "positive", "'we'll take the bundle' at $260 (bundle price, not sum of separate prices); read-back confirmed"),

("FR52_056", "Marcus Reed", "2026-11-12T18:27:14", "clean",
"""A: Tony's Pizza, Marcus speaking.
C: Hi, delivery please. Two medium margheritas, and can I get extra cheese on both? How much is that?
A: Extra cheese is $2 a pizza, so $4.
C: Yes, do it.
A: What's the address?
C: 880 Ridgeline Drive, up past the reservoir.
A: Ah, I'm sorry, Ridgeline is outside our delivery zone. I can do it for pickup.
C: I don't have a car tonight, that's why I'm ordering delivery.
A: I'm sorry. The Northgate location might cover you.
C: They don't. I checked. Great. Never mind then.""",
False, 0.0, "negative", "order could not be fulfilled (outside delivery zone), 'Never mind then'; extra cheese lapses"),

("FR52_057", "Hannah Kowalski", "2026-11-13T11:02:06", "asr",
"""A: keystone insurance hannah speaking
C: hi i got a quote online for renters insurance and had a question
A: sure i see it here fourteen a month for twenty thousand in contents
C: mhm does that cover my bike if it's stolen from the garage
A: yes up to the contents limit we also have identity theft protection for three a month
C: okay
A: so do you want me to start the policy today with the identity protection and is this email still good jen at mailbox dot com
C: yes that's my email
A: great so shall i
C: oh sorry no i'm still comparing a couple quotes i'll get back to you
A: no problem the quote's good for thirty days
C: okay thanks""",
False, 0.0, "neutral", "'yes that's my email' answers the email question; 'still comparing a couple quotes'"),

("FR52_058", "Luis Ortega", "2026-11-13T15:46:38", "clean",
"""A: Studio Nine Salon, this is Luis.
C: Hi! Can I book a haircut with Ana this Friday?
A: Ana has Friday at 11 or 3:30.
C: 3:30 is perfect. Oh, and can she do one of those deep conditioning treatments too? How much is that?
A: That's $25 added to the cut.
C: Oh, never mind then, just the cut this time.
A: No problem. A cut with Ana, Friday at 3:30. Your cut is $55. See you then?
C: Yes, see you Friday! I love Ana, she's the only one who gets my hair right.
A: I'll let her know!
C: Thanks so much!""",
True, 0.0, "positive", "haircut booked; conditioning price only asked, then 'never mind then, just the cut'"),

("FR52_059", "Grace Nakamura", "2026-11-16T10:10:27", "clean",
"""A: ElectroMart, Grace speaking.
C: Hi, I ordered a Dyson V15 online last night with the two-year warranty, $49, and I got an email saying the order was cancelled?
A: Let me look. I'm sorry, the V15 went out of stock after your order went through, so the system cancelled it. You haven't been charged.
C: It said in stock when I ordered.
A: I understand. I can offer the V12 at $549 instead, same warranty.
C: I don't want the V12. I wanted the V15.
A: I can notify you when it's back, probably mid-December.
C: Don't bother. I'll get it somewhere that actually has it.
A: I'm sorry about this.
C: Yeah. Me too.""",
False, 0.0, "negative", "order unfulfilled (out of stock), alternative refused; warranty gone with it"),

("FR52_060", "Ben Adeyemi", "2026-11-16T16:33:52", "asr",
"""A: peak fitness ben speaking
C: hi i want to cancel my membership
A: sorry to hear that can i ask why
C: i hurt my knee and i can't really work out for a few months
A: sorry about the knee instead of cancelling we can freeze it for ten dollars a month for up to three months and you keep your rate
C: hm so i don't lose the thirty nine rate
A: right if you cancel and come back it's forty nine now
C: okay yeah freeze it then
A: done frozen starting december first
C: okay thanks""",
True, 0.0, "neutral", "accepted save offer 'okay yeah freeze it then'; freeze fee is the retained plan, not an add-on"),
]
