CALLS = [
("FR48_041", "Ben Achterberg", "2026-11-19T14:35:00", "clean",
"""A: Roadway Rentals, Ben speaking.
C: Hi, I'm looking at a midsize for a week from December 3rd, out of the downtown branch.
A: Sure. For those dates it's $45 a day, so $315 for the week. I'd also suggest our full coverage, that's $18 a day, zero deductible.
C: Hang on, your website said $30 a day when I looked on Monday.
A: Rates change with demand, and December's busy.
C: Fifty percent more in three days? That's ridiculous.
A: I understand. Shall I lock in the $45 rate for you now before it goes up again?
C: I'll book through my work portal, they get a corporate rate. And my credit card covers the insurance anyway.
A: Okay. Anything else I can help with?
C: No, that's it.""",
False, 0.0, "negative", "quote only; will book elsewhere ('through my work portal'); coverage declined; 'That's ridiculous'"),

("FR48_042", "Fatima Qureshi", "2026-11-20T08:45:00", "clean",
"""A: Good morning, Bayside Hotel front desk, Fatima speaking.
C: Hi, we're in room 208, checking out tomorrow. Just wanted to ask about late checkout.
A: Of course. Late checkout until 1 pm is free for you. Actually, since you're asking, the room's free Sunday night too, and I can give it to you at $170 instead of the $215 rack rate.
C: Oh. Hm. Our flight's Monday morning anyway, we were going to sleep at the airport hotel.
A: You'd be 25 minutes from the airport here, and you'd keep the same room.
C: Honestly, yes, give us Sunday too, at $170.
A: Done, you're extended to Monday, $170 for the extra night on the same card.
C: That's brilliant, we love this room. Thank you!""",
True, 170.00, "positive", "extra night on an existing stay offered at $170 and accepted ('give us Sunday too'); counted as upsell"),

("FR48_043", "Victor Hale", "2026-11-20T11:00:00", "clean",
"""A: ApplianceHub, Victor speaking.
C: Hi, I want to order the LG washer and dryer set, the white one on your homepage.
A: The pair is $1,350 together, which saves you $200 over buying them separately. Want me to place that?
C: Yes, let's proceed with that.
A: Great. Delivery is free. Would you like us to take away your old machines? Haul-away is $40 for both.
C: Yes please, take the old ones, I have no idea how I'd get them down the stairs.
A: Done. Delivery and haul-away Friday the 27th, between 1 and 5.
C: Perfect. Will they install it too?
A: Yes, hook-up is included.
C: Wonderful, that's a big weight off. Thank you!""",
True, 40.00, "positive", "washer+dryer pair ordered; haul-away $40 for both accepted; positive close"),

("FR48_044", "Janelle Brooks", "2026-11-20T13:30:00", "clean",
"""A: PawSure Pet Insurance, Janelle speaking.
C: Hi! We just got a puppy, a lab called Biscuit, and I'm looking into insurance.
A: Congratulations! For a lab puppy the Complete plan is $38 a month. We also have a dental rider for $7 a month, which covers cleanings and extractions.
C: Oh, dental, that's the bit that always costs us. Our last dog had three teeth out.
A: Exactly, it's very popular. Would you like me to set up the Complete plan with the dental rider today?
C: It sounds really good. I'm going to think about it though, she's only nine weeks and I want to see what the vet says at her check-up.
A: Of course. The quote is valid for 30 days.
C: Lovely, you've been really helpful. Thanks so much!""",
False, 0.0, "positive", "interest but deferral ('I'm going to think about it'); rider never taken; warm tone"),

("FR48_045", "Rafael Duarte", "2026-11-23T09:05:00", "asr",
"""A: thanks for calling connectone rafael speaking
C: yeah i'm calling to cancel my home phone and broadband i've moved in with my partner
A: ah okay before i do that i can offer you half price for twelve months so that's twenty two fifty a month
C: i don't need it we already have internet at her place
A: what about keeping just the broadband and we throw in the streaming box free
C: look i've said it twice now i don't need any of it just cancel both please
A: okay that's both services cancelled from the thirtieth
C: thank you that's all i wanted""",
False, 0.0, "negative", "cancellation processed; retention and add-on refused; irritated ('i've said it twice now')"),

("FR48_046", "Priya Ramaswamy", "2026-11-23T10:40:00", "asr",
"""A: sugar and spoon bakery priya speaking
C: hi i want to order a birthday cake for saturday it's for my son's tenth
A: lovely what were you thinking
C: the chocolate one with the football design the eight inch
A: the eight inch is sixty five that serves about twenty is that enough
C: um there's like thirty kids coming actually
A: then i'd do a second tier on top it's another forty and that takes it to about thirty five servings
C: okay the bigger one then with two tiers
A: great so two tier chocolate football cake a hundred and five pick up saturday at ten
C: yep that's it
A: lovely what name on it
C: leo thanks so much he's gonna be over the moon""",
True, 40.00, "positive", "cake ordered; second tier 'another forty' accepted ('okay the bigger one then'); happy"),

("FR48_047", "Kwame Mensah", "2026-11-23T14:15:00", "clean",
"""A: ClearView Optometry, Kwame speaking.
C: Hi, I need to book an eye exam. My glasses are getting blurry for reading.
A: Sure, I have Monday the 30th at 10:15.
C: That's fine, book me in.
A: Booked. We also recommend retinal imaging with the exam. Insurance doesn't cover it, it's $39.
C: What does it show that the normal exam doesn't?
A: It photographs the back of the eye, so the doctor can spot early signs of glaucoma or diabetes-related changes and compare year to year.
C: My dad had glaucoma. Okay, yes, go ahead and add it.
A: Added. Exam plus imaging, Monday the 30th at 10:15. Bring your current glasses.
C: Okay. Thanks.""",
True, 39.00, "neutral", "exam booked; imaging $39 asked about, accepted a turn later ('go ahead and add it')"),

("FR48_048", "Marisol Okafor", "2026-11-23T16:30:00", "clean",
"""A: HomeSafe Security, Marisol speaking.
C: Hi, I already have your system, and I'm wondering about adding more stuff. What does an extra outdoor camera cost?
A: The outdoor camera is $149 installed. We also have the video doorbell, $99, and a lot of customers do both.
C: And is there a monthly charge on top for the camera?
A: No, your current monitoring covers up to six cameras.
C: Okay. And the doorbell, does it work with my current app?
A: Yes, same app.
C: Good to know. I'll have a look at the website and decide which one.
A: Sure, or call us back and I can book the install.
C: Okay, thanks.""",
False, 0.0, "neutral", "prices asked only; 'I'll have a look at the website and decide' is a deferral"),

("FR48_049", "Grant Whitfield", "2026-11-24T11:20:00", "asr",
"""A: good morning lantern room grant speaking
C: hi i'd like a table for six on friday around eight
A: let me look yes i can do eight fifteen for six
C: eight fifteen works
A: great and friday we're doing the chef's tasting menu it's fifty five per head so three thirty for the table would you like that set up
C: ooh um we'll just order off the menu there's a couple of fussy eaters
A: no problem at all so six at eight fifteen friday under what name
C: alvarez
A: okay you're booked mister alvarez
C: lovely thanks i've heard great things about you guys
A: see you friday""",
True, 0.0, "positive", "reservation confirmed ('eight fifteen works', booked); tasting fifty five per head declined"),

("FR48_050", "Nadia Petrova", "2026-11-24T13:05:00", "clean",
"""A: Ledgerly sales, Nadia speaking.
C: Hi, I run a small bakery and I'm looking at accounting software. What's the difference between your plans?
A: Starter is $15 a month and covers invoicing and expenses. Pro is $35 and adds payroll for up to 10 people, plus inventory tracking, which is great for bakeries.
C: Does the payroll handle part-timers?
A: Yes, hourly and salaried.
C: Okay. I'm interested, can you email me the details of both?
A: Of course. I can also start you on a free trial of Pro right now.
C: Just the email for now, I need to show my business partner.
A: Sent. Anything else?
C: That's it, thanks.""",
False, 0.0, "neutral", "'I'm interested, can you email me the details' plus partner deferral; no trial started"),

("FR48_051", "Oliver Nakamura", "2026-11-24T15:40:00", "asr",
"""A: tread masters oliver speaking
C: hi i need four new tires for a honda civic the all seasons you had on the flyer
A: yep those are a hundred and ten each fitted so four forty for the set do you want them
C: yeah i'll take four
A: okay and while the car's up i'd recommend an alignment it's eighty nine and it'll stop the new ones wearing funny
C: um how long does that add
A: about forty minutes
C: yeah do the alignment while it's up there then
A: sure tires and alignment i can fit you in tomorrow at eight
C: eight's fine
A: done see you at eight
C: okay cheers""",
True, 89.00, "neutral", "four tires at one ten each is the main purchase; alignment eighty nine accepted"),

("FR48_052", "Siobhan Carey", "2026-11-25T10:10:00", "clean",
"""A: Sunseeker Holidays, Siobhan speaking.
C: Hi! I'm looking at the 10-night Bali package in March, for me and my husband.
A: Wonderful choice. That's $2,890 per person with flights and hotel. For an extra $240 per person, you can add the excursion bundle: temple tour, snorkelling, and a cooking class.
C: Oh, the cooking class sounds amazing. This all sounds like a dream honestly.
A: Shall I go ahead and book it with the excursions?
C: Let me talk to my husband first, it's a big spend. Can you hold it?
A: I can hold it for 48 hours.
C: Hm, I'll just call back once we've talked. Thank you, you've been so helpful!""",
False, 0.0, "positive", "deferral ('Let me talk to my husband first'); hold declined; excited tone"),

("FR48_053", "Tomas Herrera", "2026-11-25T12:00:00", "asr",
"""A: homeway returns tomas speaking
C: hi i want to return a blender i bought last week it leaks everywhere
A: sorry about that i can do a refund or i could swap you into the pro model it's just another twenty on top
C: another twenty for a blender that works
A: the pro has a better seal and a bigger motor
C: i just want my money back honestly i'm done with this brand
A: okay i'll process the refund of seventy nine ninety nine to your card
C: how long
A: three to five days
C: right well that's annoying but fine bye""",
False, 0.0, "negative", "refund, no purchase; exchange upgrade 'another twenty' refused ('i just want my money back')"),

("FR48_054", "Hannah Feldman", "2026-11-25T14:50:00", "clean",
"""A: Peak Performance Gym, Hannah speaking.
C: Hi, my annual membership ends on the 30th and I'd like to renew.
A: Sure. Standard annual is $420, same as this year. Shall I renew it?
C: Yes, renew it.
A: Done. We've also got Premium, which adds all group classes, for $10 more a month.
C: Okay, fine, add it.
A: Great, I'll switch you to Premium.
C: Actually, hang on. I never go to classes. I went to one spin class in two years. Leave it as it was.
A: No problem, you're on Standard, renewed to next November.
C: Okay. Thanks.""",
True, 0.0, "neutral", "renewal stands; Premium accepted then retracted ('Leave it as it was')"),

("FR48_055", "Derek Lindqvist", "2026-11-26T09:35:00", "clean",
"""A: CityCell store line, Derek speaking.
C: Hi, I want to order the Galaxy S26 in black, for collection tomorrow.
A: Sure, that's $799 outright. Shall I reserve it for you?
C: Yes, reserve it please.
A: Done. Would you like a case with it? The official one's $30. A fast charger is $25, and insurance is $11 a month.
C: Case yes. Skip the charger, I've got a drawer full of them. And yeah, I'll take the insurance, I always break them.
A: Great, so the phone at $799, case at $30, and insurance at $11 a month starting tomorrow.
C: Spot on. Thanks, that was quick!
A: See you tomorrow.""",
True, 41.00, "positive", "phone reserved; case $30 + insurance $11/month accepted = 41; charger skipped"),

("FR48_056", "Lucia Benedetti", "2026-11-26T11:15:00", "clean",
"""A: DevSummit registration, Lucia speaking.
C: Hi, I'd like to register for the conference in February.
A: Great. Full pass is $649. There's also a pre-conference workshop on Kubernetes, $95.
C: The workshop sounds useful. Is there a team discount?
A: 10% for three or more from the same company.
C: Okay. I'll need to get sign-off from my manager before I can register, for the pass and the workshop.
A: Of course. Early bird pricing ends on the 15th.
C: Got it. I'll come back before then.
A: Sounds good.""",
False, 0.0, "neutral", "registration deferred pending manager sign-off; workshop only considered"),

("FR48_057", "Ben Achterberg", "2026-11-26T13:45:00", "asr",
"""A: metro water billing ben speaking
C: hi i got a bill for six hundred dollars and it's normally about sixty i'm really worried
A: okay let me look um yes it looks like the meter was misread someone typed an extra zero
C: oh thank god
A: i've corrected it and put a credit on your account your new balance is fifty eight forty
C: seriously oh that's such a relief i've been panicking all week
A: sorry for the worry
C: no honestly thank you so much you've been brilliant
A: you're welcome have a good day""",
False, 0.0, "positive", "billing correction only, nothing bought; relieved and grateful"),

("FR48_058", "Fatima Qureshi", "2026-11-26T15:20:00", "clean",
"""A: Lakeshore Lodge reservations, Fatima speaking.
C: Hi, I'd like to book two nights, December 19th and 20th, a double room.
A: I have a lake-view double at $185 a night. Breakfast is $15 per person per day if you'd like it.
C: Lake view, yes, and breakfast for two please.
A: Lovely. Let me take a card... I'm sorry, that's come back declined.
C: Declined? Try it again.
A: I did, it's declined again.
C: Unbelievable. My bank does this every time I book anything. Forget it, I'll sort it out with them first.
A: I can't hold the room without a card, I'm afraid.
C: Fine. Whatever.""",
False, 0.0, "negative", "room and breakfast agreed but card declined twice; nothing booked ('Forget it')"),

("FR48_059", "Victor Hale", "2026-11-27T10:00:00", "clean",
"""A: Northwood Furniture, Victor speaking.
C: Hi, I'd like to order the Clayton three-seater in the oatmeal fabric.
A: Of course, that's $1,240 with free delivery. Shall I place it?
C: Yes please.
A: Done. I'd also recommend our fabric protection, it's $69 and covers spills and stains for five years.
C: I'd get it if it were like thirty. Sixty-nine is a lot.
A: I can do it for $45 since it's with a new sofa.
C: Forty-five... fine, add it. We've got a toddler.
A: Added. So the sofa at $1,240, protection at $45, delivery Wednesday.
C: Okay. Thanks.""",
True, 45.00, "neutral", "sofa ordered; conditional refusal, agent revises $69 -> $45, accepted at $45"),

("FR48_060", "Janelle Brooks", "2026-11-27T14:25:00", "asr",
"""A: skyline tv janelle speaking
C: hi my contract's ending and i want to renew the same package
A: okay the standard package renewal is forty nine a month for eighteen months shall i renew it
C: yes please renew it
A: done and with the season starting there's the sports pack it's twelve ninety nine a month you can do it for the four months of the season and drop it after
C: twelve ninety nine for the four months
A: yep twelve ninety nine a month cancel any time
C: yeah do it my husband's been moaning about missing games
A: lovely sports pack added from today
C: brilliant thanks that's sorted then""",
True, 12.99, "positive", "renewal; sports pack twelve ninety nine a month (for four months) accepted; recurring counted once"),
]
