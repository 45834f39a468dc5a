CALLS = [
("FR51_061", "Naomi Feld", "2026-11-27T11:00:00", "clean",
"""A: Saffron Table Catering, Naomi speaking.
C: Hi, it's Ruth from Delmont Architects. I'm calling about the quote you sent for our holiday party.
A: Of course! The buffet for 60 at $42 a head. Are you ready to lock in the date?
C: Actually, I'm calling to let you know we're going with another caterer.
A: Oh, I'm sorry to hear that. May I ask why?
C: They did a tasting menu for us and the team loved it. Nothing wrong with your quote.
A: Understood. We'd be happy to be considered next year.
C: Sure, I'll keep your card. Thanks for your time.""",
False, 0.0, "neutral", "'we're going with another caterer' -> no booking; polite, no feeling toward this company"),

("FR51_062", "Rafael Ortega", "2026-11-30T09:15:00", "asr",
"""A: sparkle express car wash this is rafael
C: hey so i've been coming like every week and i think the unlimited plan makes sense now
A: totally the unlimited basic is twenty nine ninety nine a month any location
C: okay yeah sign me up for that
A: awesome and for ten more a month you can get the ceramic tier it adds the ceramic coat and tire shine every time
C: oh ten more honestly yeah bump me up to the ceramic
A: done you're on unlimited ceramic starting today
C: sweet you guys always do a great job on my truck
A: appreciate that see you soon""",
True, 10.0, "positive", "'sign me up' -> subscription; ceramic tier ten more a month accepted ('bump me up') -> 10; 'always do a great job'"),

("FR51_063", "Grace Whitaker", "2026-11-30T13:40:00", "clean",
"""A: Heritage Savings mortgages, Grace speaking.
C: Hi, we're thinking about refinancing and I wanted to talk to a loan officer.
A: Sure, I can set up a consultation. Thursday at 3 or Friday at 10?
C: I'm not sure yet which day I'm off. Can you email me the open slots?
A: Of course. Is tom.baird@gmail.com still correct?
C: Yes, that's right.
A: Sent. You can pick a slot from the link.
C: Okay. Thanks.""",
False, 0.0, "neutral", "consultation not booked ('email me the open slots'); 'Yes, that's right' confirms email; flat"),

("FR51_064", "Victor Nguyen", "2026-11-30T16:25:00", "clean",
"""A: AudioNest support, Victor speaking.
C: Hi, my noise-cancelling headphones stopped charging. I bought them in March.
A: Sorry about that. They're under warranty, so I can send a replacement pair today at no cost.
C: Oh, that's great, I was expecting a fight.
A: No fight! I could also upgrade you to the new Pro model for just $40 on top.
C: Not really, no. The ones I have are perfect when they work.
A: Fair enough. Replacement ships today, with a return label for the old pair.
C: That was quick and easy. Thank you, really appreciate it.""",
False, 0.0, "positive", "free warranty replacement only, upgrade declined ('Not really, no'); 'quick and easy... really appreciate it'"),

("FR51_065", "Maria Delgado", "2026-11-30T19:10:00", "asr",
"""A: cityview cable this is maria
C: yeah my tv's been freezing every night for a week and i'm sick of it
A: i'm sorry about that can i place you on a brief hold while i check your area
C: yes fine whatever
A: thank you for holding there's some maintenance in your area it should be done by friday
C: friday it's been a week already
A: i know i can send a refresh signal to your box now
C: yeah do that
A: okay sent it may reboot
C: whatever just fix it i'm paying for this every month
A: i understand i'll note your account
C: yeah great thanks for nothing""",
False, 0.0, "negative", "'yes fine whatever' answers hold request; no purchase; angry throughout ('sick of it', 'thanks for nothing')"),

("FR51_066", "Kevin O'Brien", "2026-11-20T12:30:00", "clean",
"""A: Palace Theatre box office, Kevin speaking.
C: Hi, two tickets to Hamilton on the 12th, orchestra if you have it.
A: I have two together in row M, $189 each. So, two orchestra seats for the 12th at 7:30, $378. Shall I book?
C: Yes, book them.
A: I'm sorry, the card was declined.
C: What? Try it again.
A: Declined again, unfortunately.
C: Unbelievable. I just used it an hour ago.
A: I can hold the seats for 10 minutes if you'd like to try another card.
C: Forget it. I'll buy them at the window. This has been a waste of time.""",
False, 0.0, "negative", "'Yes, book them' but card declined twice, no retry ('Forget it'); 'waste of time'"),

("FR51_067", "Priya Raman", "2026-11-02T15:50:00", "clean",
"""A: Luxe Hair Studio, Priya speaking.
C: Hi, I'd like a cut and color with Jenna on Friday.
A: Jenna has Friday at 1. Cut and color is $145. Would you like to add a deep conditioning treatment for $25?
C: Oh, yes, my hair needs it. Add it.
A: Done, Friday at 1 with the treatment.
C: Wait, Friday I have a dentist appointment at noon. Does Jenna have Saturday?
A: Saturday at 11.
C: Perfect, move it to Saturday then. Same everything.
A: Moved: Saturday at 11, cut, color and deep conditioning.
C: Thank you, you're a star!""",
True, 25.0, "positive", "appointment moved to Saturday but kept; deep conditioning $25 accepted and kept ('Same everything'); 'you're a star'"),

("FR51_068", "Thomas Becker", "2026-11-03T11:45:00", "asr",
"""A: tri state propane this is thomas
C: yeah i need a fill on the tank before it gets cold
A: sure how many gallons do you need
C: about two hundred what's the price now
A: it's three nineteen a gallon this week
C: oh sure it went up again what a surprise
A: i know winter pricing so two hundred gallons is six thirty eight do you want to order
C: yeah go ahead order it i can't exactly go without heat
A: okay and your tank is due for its safety inspection we can do it at delivery for sixty five
C: yeah fine do the inspection while they're out there
A: done delivery thursday with inspection
C: great can't wait to see that bill""",
True, 65.0, "negative", "'yeah go ahead order it' -> fuel order; inspection sixty five accepted; sarcasm ('what a surprise', 'can't wait to see that bill')"),

("FR51_069", "Aisha Mensah", "2026-11-04T09:05:00", "clean",
"""A: Maple Street Veterinary, Aisha speaking.
C: Hi, the vet said my dog Biscuit needs a dental cleaning. I'd like to schedule it.
A: Of course. The estimate for a dental with anesthesia and X-rays is about $780.
C: Oh. Seven hundred and eighty?
A: Yes, extractions would be extra if needed. I have December 2nd open.
C: Let's... not book anything yet. I'll call when I get paid at the end of the month.
A: I understand. It'll keep for a few weeks, just watch his eating.
C: Okay. I didn't realize it would be that much.""",
False, 0.0, "negative", "'not book anything yet' = deferral; quiet disappointment at price ('didn't realize it would be that much')"),

("FR51_070", "Daniel Kowalski", "2026-11-05T13:35:00", "clean",
"""A: Vista Wireless, Daniel speaking.
C: Hi, I want to drop down to the cheaper plan. I'm barely using my data.
A: Sure. You're on a 24-month contract on the Plus plan, so switching down before April triggers a $150 change fee.
C: A $150 fee to pay you less?
A: That's how the contract works, I'm afraid.
C: Then never mind, leave it as it is. I'll switch in April.
A: Okay, no changes made. I'll add a note for April.
C: Okay.""",
False, 0.0, "neutral", "downgrade abandoned because of the fee ('never mind, leave it as it is'); flat"),

("FR51_071", "Hannah Lindqvist", "2026-11-06T10:20:00", "asr",
"""A: seabreeze inn this is hannah
C: hi hannah um i'd like to book a room for the twentieth just one night
A: lovely i have a queen with ocean view at one sixty five would you like that
C: yes please book that one
A: okay you're booked for the twentieth one night queen ocean view
C: oh and how much is late checkout
A: late checkout until two is thirty dollars
C: hmm no that's fine i'll just head out early
A: no problem anything else
C: no that's it you've been lovely thank you so much""",
True, 0.0, "positive", "'yes please book that one' -> booked; late checkout price only asked about, then declined -> upsell 0; 'you've been lovely'"),

("FR51_072", "Marcus Reid", "2026-11-09T11:00:00", "clean",
"""A: Taskflow sales, Marcus speaking.
C: Hi, we demoed Taskflow last week and I have a few pricing questions.
A: Sure. Business tier is $18 per user a month, so for your 40 people that's $720 a month. Shall I set up the account for you?
C: Yes, well, send me the contract first. Our legal team has to review anything over $5,000 a year.
A: Of course. I'll email it this afternoon.
C: Great. Realistically it'll take them a couple of weeks.
A: No problem. I'll follow up on the 23rd.
C: Sounds good.""",
False, 0.0, "neutral", "'Yes, well, send me the contract first' = not a commitment, legal review pending; businesslike"),

("FR51_073", "Sofia Marchetti", "2026-11-10T16:40:00", "clean",
"""A: Globe Travel Protection, Sofia speaking.
C: Last year your company denied my claim over a technicality, so honestly I'm not thrilled to be calling.
A: I'm sorry about that experience. How can I help today?
C: We're going to Portugal in March and my wife insists on insurance. What's the basic plan?
A: For two travelers on a $6,000 trip, the standard plan is $214. For $35 more you can add Cancel For Any Reason, which covers you no matter why you cancel.
C: No questions asked? Okay, I'll take the standard plan with Cancel For Any Reason.
A: Done, $249 total, and your policy is in your email.
C: Okay, you've actually explained it clearly this time. Thank you, I feel a lot better about it.""",
True, 35.0, "positive", "'I'll take the standard plan with Cancel For Any Reason' -> purchase + $35 add-on; wary start, ends 'I feel a lot better about it'"),

("FR51_074", "Jamal Carter", "2026-11-11T18:55:00", "asr",
"""A: mama rosa's pizzeria this is jamal
C: hi can i get a large margherita for delivery
A: sure thing you want to add ten wings for eight ninety nine
C: uh yeah sure add the wings
A: okay large margherita and ten wings
C: hang on um my wife says no wings skip the wings
A: no problem just the large margherita that's eighteen fifty delivered to fourteen oak street right
C: yep that's it
A: about thirty five minutes
C: okay thanks""",
True, 0.0, "neutral", "order confirmed ('yep that's it'); wings eight ninety nine accepted then retracted ('skip the wings') -> 0; flat"),

("FR51_075", "Emily Tran", "2026-11-12T09:25:00", "clean",
"""A: Riverside Family Clinic, this is Emily. Can I have your date of birth?
C: June 4th, 1961.
A: Thank you. Is 555-0148 still your number?
C: Yes, it is.
A: Great. I see you're due for your flu shot. We have walk-in clinics Tuesday and Thursday, or I can book you a time.
C: Yes, I've been meaning to. I'll book it through the patient portal later, I need to check my calendar.
A: Sounds good. Anything else?
C: No, that's all. Thank you.""",
False, 0.0, "neutral", "'Yes, it is' confirms phone; 'Yes, I've been meaning to' + 'I'll book it through the portal later' = deferral; polite"),

("FR51_076", "Oliver Grant", "2026-11-13T14:50:00", "clean",
"""A: Allied Appliance, Oliver speaking.
C: I want the LG front-loader, the WM4000. The website says available.
A: Let me check... I'm sorry, it's on backorder, about three weeks out.
C: Of course it is. The Home Depot guy told me they had it last week, I should have gone there.
A: I understand. I can lock in today's $899 price and ship it as soon as it arrives.
C: Fine, put me down for it and charge it now. My old one is leaking everywhere.
A: Done. Would you like the stacking kit for $30 so the dryer can go on top?
C: Yes, add the stacking kit.
A: Added. You'll get tracking when it ships.
C: Three weeks of laundromat. Great.""",
True, 30.0, "negative", "backorder accepted and charged ('put me down for it and charge it now'); stacking kit $30 accepted; competitor praise + sarcasm"),

("FR51_077", "Naomi Feld", "2026-11-16T12:15:00", "asr",
"""A: the blue door music hall this is naomi
C: hi um i wanted two tickets for the jazz trio on saturday
A: oh i'm so sorry saturday sold out this morning but they added a sunday matinee at three and i've got great seats
C: oh really sunday at three
A: yep two seats in the second row forty each so eighty total
C: oh that's even better honestly my mom hates late nights yes let's do sunday
A: great two tickets sunday at three second row eighty dollars is that right
C: yes that's right
A: you're all set tickets are in your email
C: oh this is perfect thank you so much""",
True, 0.0, "positive", "Saturday sold out but Sunday accepted and confirmed ('yes that's right'); 'this is perfect'"),

("FR51_078", "Rafael Ortega", "2026-11-17T10:55:00", "clean",
"""A: Evergreen Life, Rafael speaking.
C: Hi! I just had my second kid and everyone keeps telling me I need life insurance, so here I am.
A: Congratulations! A 20-year term policy for $500,000 would run you about $28 a month.
C: That's so much more affordable than I thought. This is really helpful.
A: Would you like to start the application now?
C: I'd like to think it over with my partner. Could you call me back Thursday?
A: Of course. Thursday at 6?
C: Yes, Thursday at 6 is great. Thanks, you've been wonderful.""",
False, 0.0, "positive", "'think it over with my partner'; 'Yes, Thursday at 6' is a callback, not a purchase; 'you've been wonderful'"),

("FR51_079", "Grace Whitaker", "2026-11-18T19:30:00", "asr",
"""A: flicks plus this is grace how can i help
C: wow a human finally only took three transfers to get here
A: i'm sorry about that what can i do for you
C: i want to go to the premium annual plan since you're apparently the only way to watch the new season
A: sure premium annual is one forty nine for the year do you want me to switch you now
C: yeah do it
A: done and would you like an extra screen for the kids it's five dollars a month
C: yeah fine add the extra screen
A: added you're on premium annual with the extra screen
C: great fantastic the hold music was a real treat too bye""",
True, 5.0, "negative", "'yeah do it' -> premium annual; extra screen five dollars a month accepted; sarcasm ('a real treat', 'three transfers')"),

("FR51_080", "Victor Nguyen", "2026-11-19T15:15:00", "clean",
"""A: Lakeshore Grand Hotel guest relations, Victor speaking.
C: Hi. We stayed last weekend for our anniversary. The room wasn't the lake view we booked, and the AC didn't work.
A: I'm very sorry. I see the note. I can offer you a $75 voucher toward a future stay.
C: I see.
A: Or 10,000 loyalty points, if you'd prefer.
C: The voucher is fine, I suppose.
A: I've emailed it to you. Is there anything else?
C: I suppose that's something. It's just not what we were hoping for, for our tenth anniversary.
A: I completely understand.
C: Okay. Goodbye.""",
False, 0.0, "negative", "voucher is compensation, not a purchase; quiet disappointment ('not what we were hoping for')"),
]
