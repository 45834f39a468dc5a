CALLS = [
("FR42_021", "Hana Sato", "2026-11-10T16:22:05", "clean", """A: Pulse Mobile, Hana speaking.
C: My bill went up $12 this month with no warning. I want to cancel. Today.
A: I'm sorry about the increase. I can take $10 a month off your plan for the next year, which brings you back to $38.
C: Ten off, for twelve months, in writing?
A: In writing, I'll email it to you now.
C: Lock it in.
A: Done. And for $5 a month I can add 10 GB of extra data on top of that.
C: Yes, fine, add the data.
A: Added. Your new total is $43 a month.
C: Okay. I'm still annoyed I had to threaten to leave to get a fair price, though.
A: I understand, and I'm sorry.""", True, 5.00, "negative", "'lock it in' accepts retention offer; $5/mo data add-on accepted; still annoyed at end"),

("FR42_022", "Diego Alvarez", "2026-11-11T08:55:41", "asr", """A: rapid rooter this is diego
C: hi my kitchen pipe just burst there's water everywhere i shut the main off
A: okay we can get someone out today the emergency call out is one twenty nine plus parts
C: yes send someone as soon as you can please
A: i have a tech free at eleven so about three hours at fourteen maple court right
C: that's right fourteen maple
A: you're booked his name is carl
A: we also do a water heater flush for sixty dollars while he's there
C: not now i just need the pipe fixed
C: thank god thank you so much""", True, 0.0, "positive", "emergency visit booked and address confirmed; flush declined; relieved gratitude"),

("FR42_023", "Ruth Fischer", "2026-11-11T10:40:17", "clean", """A: Hi Janet, it's Ruth from Taskwise. Your licence is up for renewal at the end of the month.
C: Yes, I saw the reminder.
A: Renewal for 40 seats would be $9,600 for the year, same as last year. Can I get that started?
C: I'd renew it, just not this year. We're freezing all software spend until Q2.
A: I understand. Would a quarterly term help?
C: Not really, the freeze covers everything.
A: Okay. Can I check back with you in March?
C: Yes, you can check back in March.
A: Will do. Thanks Janet.
C: No problem, thanks for understanding.""", False, 0.0, "neutral", "'I'd renew, just not this year' = negated/deferred; yes only to a check-back"),

("FR42_024", "Sam Whitaker", "2026-11-11T12:15:09", "asr", """A: first harbour bank this is sam how can i help
C: hi um we're thinking about buying our first house and wanted to talk to someone about a mortgage
A: sure i can set you up with one of our mortgage advisors the first meeting is free
C: oh okay good
A: we can do tuesday at four at the main street branch or thursday at nine
C: uh yeah tuesday at four works
A: great so tuesday the seventeenth four pm main street with ana lopez
C: perfect
A: you're booked bring two recent pay stubs
C: great thanks you've been lovely""", True, 0.0, "positive", "free advisor appointment booked (appointment counts even when free); warm"),

("FR42_025", "Aisha Khan", "2026-11-12T09:30:44", "clean", """A: Redwood Motors sales, Aisha speaking.
C: Hi, I'm calling about the 2021 RAV4 you have listed at $24,900.
A: Yes, it's still here. Silver, one owner.
C: What's the mileage?
A: 38,000 miles. If you'd like to hold it, we take a $500 refundable deposit.
C: Not yet. I want to see it first.
A: Shall I book you a test drive Saturday at 11?
C: No need, I'll just drop by sometime over the weekend.
A: Sure, ask for me at the front.
C: Okay, thanks.""", False, 0.0, "neutral", "deposit and test-drive booking both declined; 'I'll drop by' is not a booking"),

("FR42_026", "Leo Martins", "2026-11-12T13:48:27", "asr", """A: streamhub this is leo
C: hi i want to cancel the sports package the season's over and it's way too expensive
A: i get it what if i knock it to half price for the next three months so about eleven a month
C: huh yeah okay that's fair i'll keep it then
A: great that's applied and i can also add the movie pack for just eight dollars a month
C: sure why not
A: done both are live now
C: nice that's actually a good deal thanks""", True, 8.00, "positive", "accepts half-price save offer ('I'll keep it'); movie pack $8/mo accepted; pleased"),

("FR42_027", "Grace Liu", "2026-11-12T18:05:50", "clean", """A: The Flour Room cooking school, Grace speaking.
C: Hi! My sister and I want to do one of the pasta classes. What do you have?
A: There's a Saturday class on the 14th at 2 pm, and a Wednesday evening class on the 18th.
C: Put me down for two seats on the 14th.
A: Two seats, Saturday the 14th, 2 pm, $85 each, $170 total. Correct?
C: Yes! Can we bring wine?
A: You can, no corkage. We also sell take-home pasta kits for $22 each.
C: Two kits, yes, she'll love that.
A: Added. You're all set, confirmation by email.
C: This is going to be so much fun, thank you!""", True, 44.00, "positive", "slot picked, read-back confirmed with question; kits 2 x $22 = 44; excited"),

("FR42_028", "Ivan Petrov", "2026-11-13T08:12:31", "asr", """A: brightsmile dental this is ivan
C: hi i have a cleaning booked for friday at ten i need to cancel it
A: okay i see it would you like to move it to another day we have monday at nine
C: um no i don't know my schedule yet with work
A: no problem i've cancelled friday
C: i'll call back when i know my schedule
A: sounds good there's no fee since it's more than twenty four hours
C: okay sorry for the short notice
A: no worries""", False, 0.0, "neutral", "appointment cancelled; rebooking deferred ('I'll call back'); no fee"),

("FR42_029", "Nora Quinn", "2026-11-13T11:37:02", "clean", """A: Oakhouse Furniture customer care, Nora speaking.
C: Hi. The sofa that arrived yesterday is grey. I ordered the green one.
A: I'm so sorry. I can see the order was green. We'll collect the grey one and send the green at no cost, and I'll waive the redelivery fee.
C: Yes, send the right one. When?
A: The earliest delivery slot is the 3rd of December.
C: That's three weeks.
A: I know, I'm sorry. It has to come from the warehouse in Denver.
C: Fine. I'd hoped to have it before my parents visit. That won't happen now.
A: I've added a note to expedite if anything opens up.
C: Okay. Thanks.""", False, 0.0, "negative", "free replacement is not a purchase; quietly disappointed at end"),

("FR42_030", "Omar Haddad", "2026-11-13T19:10:48", "asr", """A: hi is this mister grant this is omar from pawsafe pet insurance
C: oh great another sales call right in the middle of dinner
A: sorry about that it'll be quick we can cover your dog for twenty eight dollars a month
C: how did you even get my number
A: you entered our giveaway at the pet expo in may
C: right well i'm not interested
A: i understand would you like me to email you the details
C: no thanks and take me off your list
A: will do sorry to bother you""", False, 0.0, "negative", "sarcastic opening, refusal, opt-out"),

("FR42_031", "Beth Carroll", "2026-11-16T09:05:15", "clean", """A: Green Fork Catering, Beth speaking.
C: Hi, I need lunch for 20 people at our office on Thursday.
A: The sandwich-and-salad buffet is $15 per head, so $300 for 20. Delivered to 500 Market Street?
C: Yes, Market Street, fourth floor.
A: Please confirm: buffet for 20, Thursday, $300, to 500 Market, fourth floor.
C: Correct. Can you get it there by 11:45?
A: Yes, 11:45 is fine. Would you like a dessert platter for $45?
C: If you can still get it there by 11:45, yes.
A: Unfortunately with dessert the earliest we can deliver is 12:15.
C: Then no dessert. The lunch on its own is fine.
A: Understood. You're booked for Thursday, 11:45.
C: Okay, thanks.""", True, 0.0, "neutral", "read-back confirmed; dessert conditional unmet -> 0"),

("FR42_032", "Felix Young", "2026-11-16T14:26:38", "asr", """A: ledgerly billing this is felix
C: yeah i want off the pro plan it never did half of what your sales guy promised
A: sorry to hear that i can cancel or move you down to the basic plan at fifteen a month
C: what do i lose on basic
A: the inventory module and multi user access
C: i never got the inventory thing working anyway let's do the cheaper one
A: okay switching you to basic at fifteen a month from the next cycle is that right
C: yeah that's right
A: done you're on basic
C: whatever honestly i should have gone with someone else""", True, 0.0, "negative", "paid plan change (downgrade) chosen and confirmed = conversion; bitter close"),

("FR42_033", "Priya Nair", "2026-11-16T16:50:24", "clean", """A: Wanderlust Tours, Priya speaking.
C: Hi, we were looking at the ten-day Portugal coast trip for two in May.
A: Lovely choice. It's $2,340 per person, and we'd take a $500 deposit today to hold the places.
C: We've been dreaming about this for a year.
A: Shall I charge the card on file for the $500 deposit?
C: Charge the card on file.
A: Done, you're confirmed for May 4th. Booking reference WT-4410.
A: There's also a snorkelling day in the Algarve, $95 per person.
C: Oh, that sounds amazing! We'll decide when we're there.
A: Of course, it can be added later.
C: Thank you so much, Priya, you've made my week.""", True, 0.0, "positive", "'charge the card on file' to closing question; snorkelling enthusiasm but deferred -> 0"),

("FR42_034", "Marcus Bell", "2026-11-17T10:14:53", "asr", """A: pulse mobile new lines this is marcus
C: hi i need a line for my son he's getting his first phone
A: the starter plan is forty five a month with ten gigs
C: yeah that's fine lock it in
A: great would you like device insurance it's eleven dollars a month
C: yes add the insurance he drops everything
A: and a rugged chase for twenty nine ninety nine
C: yeah the case too
A: okay so the starter line insurance and the case shipping to the address on file right
C: correct
A: all set it'll arrive friday
C: okay thanks""", True, 40.99, "neutral", "'lock it in'; insurance $11/mo + case $29.99 = 40.99; neutral"),

("FR42_035", "Elena Rossi", "2026-11-17T12:29:19", "clean", """A: Sunvale Energy, this is Elena.
C: We were without power for 31 hours last week. My freezer is ruined.
A: I'm very sorry. I can apply a $25 outage credit to your account.
C: Twenty-five dollars. For a freezer full of food.
A: You can also submit a damage claim with receipts.
C: Yes, apply the credit. And I want to file a formal complaint.
A: I've applied it and logged the complaint, reference C-99120.
C: Thirty-one hours and nobody even posted an update. This is ridiculous.
A: I understand, I'm sorry.""", False, 0.0, "negative", "credit and complaint are not purchases; furious"),

("FR42_036", "Tom Okafor", "2026-11-17T15:03:46", "asr", """A: summit roofing this is tom
C: hi i've got a leak over the bedroom and there's rain coming on friday
A: okay we can come out and look and quote the repair
C: if your guy can come before friday go ahead and book it
A: let me check um the earliest i've got is monday morning
C: monday that's after the rain
A: i know i'm sorry we're slammed after the storm
C: then forget it i'll find someone else
A: understood
C: you're the third company today that can't come this is hopeless""", False, 0.0, "negative", "conditional booking, condition unmet; refused; frustrated"),

("FR42_037", "Hana Sato", "2026-11-18T09:41:12", "clean", """A: Brightbox Electronics, Hana speaking.
C: Hi, my order of a coffee grinder was supposed to arrive yesterday and the tracking hasn't moved.
A: Let me look. It's stuck at the regional hub. I can cancel that shipment and send a new one by express at no charge to you.
C: Yes, do that, please.
A: Done. It'll arrive Thursday.
C: Oh, that's really kind, thank you! I was expecting a fight.
A: Not at all. Anything else?
C: No, that's great. Have a good day!""", False, 0.0, "positive", "free express reshipment of an existing order is not a new purchase; pleased"),

("FR42_038", "Diego Alvarez", "2026-11-18T11:58:35", "asr", """A: greenway lawn care this is diego
C: hi my neighbor uses you guys and i'm thinking about regular mowing
A: sure monthly is forty five a visit or every other week is thirty a visit
C: uh every other week makes more sense the grass grows like crazy
A: okay every other week starting tuesday the third at thirty a visit that right
C: you got it
A: we also do aeration in the spring for eighty dollars want me to add it
C: sure add the a ration
A: done you're on the schedule
C: okay""", True, 80.00, "neutral", "option picked + read-back 'you got it'; aeration $80 accepted"),

("FR42_039", "Ruth Fischer", "2026-11-18T14:20:08", "clean", """A: Hi Dev, Ruth from Taskwise. You asked for a callback about the business plan?
C: Yes. We're ready to move off the trial. Annual, 8 seats.
A: Great, that's $1,920 for the year. I'll set it up now.
C: Go ahead.
A: Would you like our onboarding package? It's normally $300, but I can do $200 for you this month.
C: At two hundred, yes.
A: Added. Invoice will come to you this afternoon.
C: Brilliant. The trial's been great, the team loves it.""", True, 200.00, "positive", "'go ahead' to set-up; onboarding revised $300->$200 accepted at 200"),

("FR42_040", "Sam Whitaker", "2026-11-19T10:07:29", "asr", """A: first harbour bank this is sam
C: hi i'd like to open a high yield savings account
A: sure it's no fee and four point one percent i can open it on this call
C: yes open it please
A: okay linked to your checking ending three three eight one right
C: yes that's right
A: all done the account is open
C: oh wait actually close it my wife just texted me she already opened one for us last week
A: no problem i've closed it nothing was moved
C: sorry about that thanks""", False, 0.0, "neutral", "account opened then retracted in the same call"),
]
