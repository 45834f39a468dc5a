CALLS = [
("FR28_001", "Maria Lopez", "2026-11-02T09:14:07", "clean", """
A: Thank you for calling Harbor View Hotels, this is Maria. How can I help?
C: Hi, I'd like to book a room in Lisbon for the 14th through the 17th of December.
A: Of course. For how many guests?
C: Two adults.
A: I have a deluxe double with a river view at $189 per night, so $567 for the three nights before taxes.
C: That sounds lovely. Is breakfast included?
A: Breakfast isn't included in that rate, but we do offer a private airport transfer on arrival for $45.
C: Oh, the transfer would actually be really useful, our flight lands at 11 at night. Yes, add that.
A: Done. So that's the deluxe double, December 14 to 17, plus the airport transfer. Shall I confirm the booking?
C: Yes please, go ahead.
A: Confirmed. Your reference is HV-20931.
C: Perfect, that was so easy. Thank you, I really appreciate it.
""", True, 45.0, "positive", "room booked on closing question; airport transfer $45 accepted; warm thanks"),

("FR28_002", "James Chen", "2026-11-02T11:40:52", "asr", """
A: thanks for calling northwave mobile my name is james how can i help you today
C: yeah hi i wanna cancel my line i've been with you like six years and the bill just keeps going up
A: i'm sorry to hear that can i ask what you're paying right now
C: it's like eighty five a month for one line which is nuts
A: i understand i can see you're on the old unlimited plan if you stay i can move you to unlimited plus for sixty a month locked for two years
C: hm sixty and that's with the same data
A: same data and you'd also keep your number and your hotspot
C: uh what about the phone payment is that still on there
A: the phone is paid off as of last month so it'd just be the sixty
C: okay fine yeah i'll stay on the sixty dollar one then
A: great i've switched you over it takes effect on your next bill
C: okay thanks
""", True, 0.0, "neutral", "retention offer accepted (plan change) = conversion; cheaper plan is not an upsell; annoyed start, flat 'okay fine' end"),

("FR28_003", "Priya Patel", "2026-11-03T14:05:31", "clean", """
A: Oakline Furniture, Priya speaking.
C: Hi, I was in the showroom on Saturday and I'm calling about the Marlow sofa, the three-seater in grey.
A: Yes, the Marlow. It's $1,150 and we have grey in stock.
C: Great. I want to order it. Delivery is to 48 Birchwood Lane, apartment 3.
A: Noted. Would you like the matching cushion covers? They're $35 each and come in the same fabric.
C: How many cushions come with the sofa?
A: Two cushions come with it, the covers are extra.
C: Then two covers, please.
A: Two covers at $35 each. And delivery is free this month. Anything else?
C: No, that's everything. I've been wanting this sofa for months, I'm so happy.
A: Wonderful. Your order number is 55812 and delivery is scheduled for the 19th.
C: Brilliant, thank you!
""", True, 70.0, "positive", "sofa ordered; two covers at $35 each = 70 (quantity given in a later turn); address/order numbers are not prices"),

("FR28_004", "Tom Becker", "2026-11-03T16:22:10", "asr", """
A: hi this is tom from keystone insurance i'm calling about the home insurance quote you requested on our website
C: oh right yes i did fill that out
A: great so based on your house on elm street i can offer full coverage at one hundred twelve a month with a five hundred dollar deductible
C: mhm and that includes flood
A: flood would be an extra eighteen a month
C: okay uh that's actually not bad
A: would you like me to start the policy today
C: um i think i need to go over it with my husband first he handles most of this stuff
A: of course can i email you the quote
C: yeah that's fine the email on file is right
A: perfect i'll send it over and give you a call on thursday
C: sure thursday works
""", False, 0.0, "neutral", "outbound quote; deferral to husband; yes only to email/callback; 'not bad' mild, overall neutral"),

("FR28_005", "Aisha Khan", "2026-11-04T12:48:44", "clean", """
A: Good afternoon, Basilico, this is Aisha.
C: Hi, I'd like a table for six on Friday at 8 pm, please.
A: Let me look... I'm sorry, Friday evening is fully booked, we have a private event.
C: Oh. That's a shame, it's my mother's birthday.
A: I can offer Saturday at 7:30 for six, or Friday at 5:45.
C: 5:45 is too early for us. Saturday at 7:30 then, I suppose.
A: Saturday, 7:30, party of six. Can I have a name and phone number?
C: Rahman, 555-0148.
A: Thank you, Ms. Rahman, you're booked for Saturday at 7:30. Would you like us to prepare a birthday dessert plate? It's complimentary.
C: Yes, that would be nice.
A: I'll note it. See you Saturday.
C: Okay, thanks.
""", True, 0.0, "neutral", "first choice unavailable, alternative slot chosen and booked; free dessert is not an upsell; mild disappointment then routine"),

("FR28_006", "Daniel Reyes", "2026-11-04T17:31:09", "asr", """
A: thank you for calling metro gas and electric this is daniel
C: yeah i'm calling because my bill this month is four hundred and twelve dollars and i live in a one bedroom apartment
A: i'm sorry about that let me pull up the account can i have the account number
C: it's seven seven two oh four nine one
A: thank you i see the meter reading was estimated this month
C: estimated so you just made up a number
A: it looks like our reader couldn't access the meter so the system estimated based on last winter
C: i've called about this twice already and nobody fixed it this is ridiculous
A: i understand i'm going to put in an actual reading request and credit the difference once it's in
C: and how long is that gonna take
A: usually seven to ten business days
C: unbelievable so i'm supposed to just pay four hundred bucks in the meantime
A: no you can hold off on paying until the corrected bill comes out
C: fine whatever i'm honestly looking at switching providers
""", False, 0.0, "negative", "billing complaint, credit is not a purchase; angry throughout, threatens to switch"),

("FR28_007", "Sofia Rossi", "2026-11-05T10:02:26", "clean", """
A: Hi, this is Sofia from Tasklane support. You asked about moving to the Pro plan?
C: Yes. We're on Starter with five users and we've hit the project limit.
A: Pro is $49 per month for the workspace, unlimited projects, and it includes five users. Extra seats are $12 per user per month.
C: We're hiring three people in January. Can I add them now so they're ready?
A: Sure. So Pro at $49 plus three extra seats at $12 each.
C: That's fine. What happens to the data from Starter?
A: Everything carries over, nothing changes for your team except the limits.
C: Okay. Let's do it, upgrade us and add the three seats.
A: Done. You'll see a prorated charge on the next invoice.
C: Understood. Send the invoice to billing@marchetti-design.com, please.
A: Will do. Anything else today?
C: No, that's all. Thanks.
""", True, 36.0, "neutral", "paid plan change is the main purchase; 3 extra seats x $12/month = 36 (recurring counted once); businesslike"),

("FR28_008", "Kevin O'Brien", "2026-11-05T15:47:58", "asr", """
A: bright smile dental this is kevin how can i help
C: hi i need to get in for a cleaning and i've got a tooth that's been bugging me
A: sure let me see what we have uh the first opening with doctor hale is january twelfth
C: january that's over a month away
A: i know we're pretty booked through the holidays
C: is there anything sooner with anyone else
A: i'm afraid not for new concerns but i can put you on the cancellation list
C: um no i don't i don't want to wait around on a list
A: i understand would you like to take the january slot in the meantime
C: no i'll just find somewhere else honestly i've been a patient there for eight years and it's always like this
A: i'm sorry to hear that
C: yeah me too bye
""", False, 0.0, "negative", "no availability, offered slot and waitlist both refused; disappointed long-time patient leaving"),

("FR28_009", "Hannah Kim", "2026-11-06T13:19:40", "clean", """
A: StageLine Tickets, this is Hannah.
C: Hi! I want tickets for the Lumen Quartet on December 5th.
A: Great choice. How many?
C: Two, somewhere in the middle if possible.
A: I have row K, seats 14 and 15 in the orchestra at $65 each. Would you also like a parking pass for the garage next door? It's $20.
C: Ooh, yes, add the parking, downtown is a nightmare.
A: Please confirm: two orchestra tickets, row K, December 5th, $130, plus one parking pass for $20, $150 in total?
C: Yes, that's correct. What time do the doors open?
A: Doors open at 6:30 and the show starts at 7:30. Your tickets are booked and on their way to your email.
C: Amazing, thank you so much, I've wanted to see them for years!
A: Enjoy the show!
""", True, 20.0, "positive", "read-back confirmed with a follow-up question; parking pass $20 accepted; tickets are the main purchase"),

("FR28_010", "Marcus Webb", "2026-11-06T08:36:15", "asr", """
A: riverside honda service this is marcus
C: hey uh i need to bring my civic in for an oil change
A: sure thing what year is it
C: twenty eighteen about sixty thousand miles
A: okay i've got tomorrow at eight thirty or thursday at two
C: thursday at two
A: got you down thursday two pm at sixty thousand you're also due for a tire rotation we can do that same visit for twenty nine ninety nine
C: mm yeah go ahead and throw that in
A: okay oil change plus rotation thursday at two anything else
C: nope that's it
A: great see you thursday
C: alright see ya
""", True, 29.99, "neutral", "picked one of two offered slots = booking; rotation 'twenty nine ninety nine' = 29.99 accepted; year/mileage not prices"),

("FR28_011", "Elena Petrova", "2026-11-09T09:55:03", "clean", """
A: Good morning, Crestline Bank, Elena speaking.
C: Hi. I got a letter about the Platinum Rewards card and wanted to ask a couple of things.
A: Of course. The Platinum card earns 3% on travel and dining and has a $395 annual fee.
C: $395. And the first year?
A: The fee applies from the first year, but you get a $200 travel credit.
C: Honestly, my Chase card gives me the same rewards for $95. I'd switch if your fee were closer to that.
A: I understand. I can't change the fee, but the lounge access is a big benefit.
C: I don't really fly enough for lounges.
A: Would you like me to send the full terms so you can compare?
C: No, it's fine. It's just not a good deal for me, to be honest.
A: Understood. Is there anything else I can help with?
C: No. Thanks for your time.
""", False, 0.0, "negative", "conditional (lower fee) not met; praises competitor; polite but judges the product a bad deal"),

("FR28_012", "Omar Haddad", "2026-11-09T18:12:47", "asr", """
A: quickflow plumbing this is omar
C: hi yeah my kitchen sink's been draining really slow and now it's kinda backing up
A: okay we can get a tech out the service call is eighty nine dollars and that goes toward the repair
C: alright when's the earliest
A: i have tomorrow between ten and twelve
C: okay sure book that
A: can i get the address
C: it's two fourteen cedar court
A: two fourteen cedar court tomorrow ten to twelve you're all set
C: oh wait hang on my brother in law just texted he says he can come over tonight actually cancel that i'll let him try first
A: no problem i've cancelled it just call us back if you need us
C: will do thanks
""", False, 0.0, "neutral", "booking made then retracted in the same call; calm"),

("FR28_013", "Grace Liu", "2026-11-10T11:27:36", "clean", """
A: Voltmart online orders, this is Grace.
C: Hi, I'd like to order the Aero 14 laptop, model AX-1420, the 16 gig version.
A: That's $1,099. It's in stock. Would you like to add our 3-year protection plan for $129?
C: Yes, I'll take the protection plan. My last laptop died two months after the warranty ran out.
A: Good call. We also have a sleeve case that fits it for $39.
C: Sure, add the case too.
A: So the laptop, the protection plan and the case.
C: Actually, hold on, scratch the case, my daughter already bought me one. Just the laptop and the protection plan.
A: No problem, case removed. Your total is $1,228 plus tax. Shall I place the order?
C: Yes, go ahead.
A: Order placed, it ships tomorrow.
C: Great, you've been very helpful. Thanks a lot.
""", True, 129.0, "positive", "laptop ordered; protection plan $129 kept; case $39 retracted by name; model number not a price"),

("FR28_014", "Ben Carter", "2026-11-10T19:03:22", "asr", """
A: skyway airlines this is ben how can i help
C: hi i've got a flight to denver on the twentieth and i wanted to see about getting more legroom
A: sure can i have your confirmation code
C: it's uh k as in kilo t r nine nine four
A: thank you i see you in seat thirty one b i can move you to an extra legroom seat in row twelve for sixty five dollars
C: row twelve is that a window
A: twelve a is a window yes
C: oh perfect yes please move me there
A: done you're in twelve a the sixty five will go on the card on file
C: that's great i'm six foot four so that's gonna save my knees thank you so much
A: happy to help have a great flight
C: you too thanks
""", True, 65.0, "positive", "paid seat upgrade added to an earlier flight booking: conversion and upsell 65 (README decision)"),

("FR28_015", "Nadia Ali", "2026-11-11T17:44:51", "clean", """
A: Hi, is this Mr. Grant? This is Nadia calling from FiberLink with a special offer for your area.
C: Who?
A: FiberLink. We've just launched gigabit internet on your street for $59.99 a month.
C: I already have internet.
A: I understand, many of your neighbours have switched because it's twice as fast as cable for the same price.
C: Look, I'm not interested. This is the fourth call this week.
A: I'm sorry about that. Could I send you some information by mail?
C: No. Please take me off your list.
A: Of course, I'll mark your number as do not call.
C: Thank you.
""", False, 0.0, "negative", "outbound cold call refused; irritated by repeated calls; final thanks is routine"),

("FR28_016", "Lucas Martin", "2026-11-12T18:58:30", "asr", """
A: tony's pizzeria this is lucas pickup or delivery
C: pickup please
A: okay what can i get you
C: uh two large pepperoni and one large veggie
A: two large pepperoni one large veggie do you want to add garlic knots they're four fifty
C: yeah sure add the garlic knots
A: and any drinks we have two liter sodas for three ninety nine
C: no we're good on drinks
A: alright so that's three large pizzas and garlic knots your total's forty eight twenty with tax ready in twenty minutes
C: sounds good name's dave
A: thanks dave see you soon
C: thanks
""", True, 4.5, "neutral", "pizza order; garlic knots 'four fifty' = 4.50 accepted; soda declined; total is not an upsell"),

("FR28_017", "Maria Lopez", "2026-11-13T10:41:18", "clean", """
A: Pinecrest Insurance claims, this is Maria.
C: Hi, I'm calling to check on my claim, number 40-2231. It's for a hail-damaged roof.
A: Let me check. I see the adjuster's report came in yesterday, and the claim was approved for $8,400.
C: Oh, really? That's faster than I expected.
A: The payment will be sent by direct deposit within three business days.
C: Wow. I was bracing for a fight, honestly.
A: Is there anything else I can help with?
C: Do I need to send the contractor's invoice?
A: Only if the final cost is higher than the approved amount.
C: Got it. Thank you, you've made this really easy, I appreciate it.
A: My pleasure, have a good day.
""", False, 0.0, "positive", "claim status check, payout is not a purchase; pleased"),

("FR28_018", "James Chen", "2026-11-13T20:07:55", "asr", """
A: hi thanks for calling peak fitness this is james
C: hi i was wondering about memberships i just moved to the area
A: welcome we have the basic at twenty nine a month or the all access at forty nine which includes classes and the pool
C: the pool is that indoor
A: yep heated indoor pool open six am to ten pm
C: nice okay i think the all access sounds good
A: awesome should i sign you up for the all access today
C: yes let's do it can i start tomorrow
A: absolutely you're all set we also offer personal training at forty a session if you want to add a package
C: um not right now maybe later once i'm settled
A: totally fine your key fob will be at the front desk
C: great thanks this place looks really nice
""", True, 0.0, "positive", "chose all-access tier and said yes with a question; the higher tier is the main purchase; training deferred"),

("FR28_019", "Priya Patel", "2026-11-16T09:23:44", "clean", """
A: Cityline Water, this is Priya, how can I help you?
C: Hi. I got a letter saying my rate is going up 14% in January.
A: Yes, that's the new rate approved by the city council for all residential customers.
C: Oh wonderful. Another rate hike. That's the second one this year, isn't it?
A: It is the second adjustment, yes, to pay for the pipe replacement programme.
C: Great, so I'm paying for pipes that still leak on my street.
A: I understand the frustration. I can set you up on our budget billing so the amount is even every month, it's free.
C: No, I don't need budget billing. I need the water to not cost more every six months.
A: I'll note your feedback on the account.
C: Sure, I'm sure that'll do a lot. Bye.
""", False, 0.0, "negative", "sarcastic complaint about rate rise; free budget billing declined"),

("FR28_020", "Tom Becker", "2026-11-16T15:36:02", "asr", """
A: hi you've reached cloudnest support this is tom
C: finally i've been on hold for forty minutes
A: i'm really sorry about the wait what's going on
C: i'm locked out of my account and the reset email never shows up and i have a client presentation in an hour
A: okay let's fix that what's the email on the account
C: it's j marsh at fastmail dot com
A: thanks i see the reset emails are bouncing there's a typo on the account it says fastmial
C: oh my god seriously
A: i've corrected it and sent a new reset link can you check now
C: okay got it i'm in i'm in
A: perfect your files are all there
C: oh thank you so much you've been really helpful you saved my whole afternoon
""", False, 0.0, "positive", "support fix, no purchase; frustrated start, warm end weighs more"),
]
