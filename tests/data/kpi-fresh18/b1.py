CALLS = [
("FR18_001", "Maria Lopez", "2026-11-02T08:14:22", "clean", """A: Thanks for calling Northgate Electric, this is Maria. How can I help?
C: My bill this month is $412. It's usually around $150. I'd like to know what happened.
A: I'm sorry about the surprise. Let me pull up the account. Can you confirm the service address?
C: 1187 Birch Hollow Road.
A: Thank you. I see last month's meter reading was estimated because our reader couldn't access the gate, and this month's actual reading caught up.
C: So I'm paying for two months at once? Nobody told me that.
A: That's right, it's a catch-up. If it helps, we have a free budget billing program that spreads your usage evenly across the year.
C: Does it cost anything?
A: No, there's no charge. You'd pay about $168 each month.
C: Hm. I'll look into it on the website. For now I just wanted to understand the bill.
A: Of course. I can also leave a note so the reader calls you before the next visit.
C: Yes, do that. Okay, it makes more sense now. Thanks.""", False, 0.0, "neutral", "bill explained; free budget billing only looked into; irritated start, ends calm with plain thanks"),

("FR18_002", "James Carter", "2026-11-02T09:41:05", "asr", """A: skyway airlines this is james how can i help you today
C: hi yeah um i need to move my flight to boston from the twelfth to the fourteenth
A: sure can i get the confirmation code
C: it's uh k l m four four two
A: okay got it so the change fee is seventy five and there's a fare difference of thirty so a hundred and five total
C: mm okay that's annoying but fine go ahead and move it
A: done you're on the fourteenth at seven ten a m and while i have you the exit row seat is open for forty five dollars extra legroom
C: oh i'm six four so yes please put me in that one
A: you're in seat fourteen c all set
C: oh that's great thank you so much you made that really easy""", True, 45.0, "positive", "paid date change committed; exit-row seat $45 accepted; fee/fare diff not upsell; ends very pleased"),

("FR18_003", "Priya Nair", "2026-11-02T10:03:48", "clean", """A: First Harbor Bank, Priya speaking.
C: Hi. There are three charges on my debit card from a gas station in Nevada. I've never been to Nevada.
A: I'm sorry to hear that. Let me verify you first. Can you give me the last four digits of your card?
C: 4471.
A: Thank you. I've blocked the card and opened a dispute for the three charges, $62, $58 and $71.
C: Okay. This is the third time I've called about this today, by the way. I got disconnected twice.
A: I apologize for that. A new card will arrive in 7 to 10 business days at no cost. I can expedite it for $25 if you'd like it in two days.
C: No, I'm not paying for your fraud problem.
A: Understood, standard shipping it is.
C: Fine. I'm honestly pretty unhappy with how long it took to reach a person.""", False, 0.0, "negative", "fraud block + free card; expedite $25 refused; customer unhappy at end"),

("FR18_004", "Tom Becker", "2026-11-02T11:27:30", "asr", """A: good morning sure path insurance this is tom
C: hi um i'm looking for a quote on car insurance we just bought a twenty nineteen rav four
A: great i can help with that how many drivers in the household
C: two me and my husband
A: okay and any accidents or tickets in the last three years
C: no nothing
A: alright with full coverage and a five hundred deductible it comes to one forty two a month
C: okay that's um that's a bit lower than what we have now actually
A: i can get the policy started today if you like
C: let me talk it over with my husband tonight he'll want to see it too
A: of course i'll email the quote over
C: yeah that's fine thanks""", False, 0.0, "neutral", "quote only; deferral to husband; neutral tone"),

("FR18_005", "Aisha Khan", "2026-11-03T08:52:11", "clean", """A: Brightsmile Dental, this is Aisha.
C: Hi, I'd like to book a cleaning. It's been way too long, honestly.
A: No judgment here! We have Tuesday at 9:30 or Thursday at 2:15.
C: Tuesday mornings are bad for me. Thursday at 2:15 works.
A: Great. Can I get your date of birth?
C: March 3rd, 1988.
A: Thank you. While I have you, we're running a whitening add-on for $99 at the same visit.
C: No thanks, just the cleaning.
A: No problem. You're booked for Thursday the 12th at 2:15 with Dr. Amin.
C: Perfect. You're a lifesaver, I've been putting this off for months.""", True, 0.0, "positive", "picked Thursday slot, appointment booked; whitening declined; pleased"),

("FR18_006", "Daniel Kim", "2026-11-03T12:18:40", "asr", """A: thanks for calling streamly this is daniel
C: yeah hi i want to cancel my subscription
A: i can help with that can i ask why you're leaving
C: honestly it's too expensive for how much i watch it's like eighteen a month now
A: i understand what if i took it down to nine a month for the next three months
C: uh nine for three months and then back to eighteen
A: yes and you can cancel anytime after that
C: hm okay yeah fine i'll stay on the cheaper one for now
A: done that's applied to your next bill and if the ads bug you i can add ad free for three dollars a month on top
C: uh yeah sure add that the ads drive me nuts
A: added
C: okay thanks""", True, 3.0, "neutral", "retention offer accepted; ad-free $3/mo add-on accepted; neutral"),

("FR18_007", "Sofia Rossi", "2026-11-03T14:05:59", "clean", """A: FixRight Appliance Repair, Sofia speaking.
C: My washer stopped draining halfway through a load and now there's water all over the laundry room. I'm really stressed.
A: Oh no, I'm sorry. What brand and model is it?
C: A Whirlpool, model WTW5000. About six years old.
A: Thanks. We can send a technician tomorrow between 8 and 12. The diagnostic visit is $89, which goes toward the repair.
C: Yes, please book that. Tomorrow morning is fine.
A: Booked. Would you like to add our protection plan? It's $12.99 a month and covers parts and labor on all your major appliances.
C: Does that cover tomorrow's repair?
A: It starts with tomorrow's visit, yes, so the parts would be covered.
C: Then yes, add it.
A: Done. Your technician will text you 30 minutes before arriving.
C: Thank you, that's such a relief. You've been great.""", True, 12.99, "positive", "tech visit booked; protection plan $12.99/mo accepted after question; stressed->relieved"),

("FR18_008", "Marcus Webb", "2026-11-03T16:44:12", "asr", """A: tix direct this is marcus
C: hi i'm trying to get two tickets for the lumineers on saturday
A: let me check um i'm sorry saturday is completely sold out
C: oh no really
A: yes but we do have seats for the sunday show section two ten around sixty each
C: sunday we've got my daughter's recital so that doesn't work
A: i could put you on a resale alert for saturday
C: no it's okay we'll just skip it i guess
A: i'm sorry about that
C: yeah it's a shame honestly i'm pretty bummed it was supposed to be our anniversary thing""", False, 0.0, "negative", "sold out; Sunday alternative declined; quietly disappointed"),

("FR18_009", "Hannah Lee", "2026-11-04T09:12:33", "clean", """A: ClearWave Internet, this is Hannah. How can I help?
C: My internet's been down since last night. Again. That's the third outage this month.
A: I'm very sorry. I see an area outage that's being repaired now, estimated back by 3 PM.
C: 3 PM. I work from home. I've lost a full day of work.
A: I understand. I've applied a $20 credit to your account for the disruption.
C: Twenty dollars doesn't begin to cover it.
A: I hear you. I can also offer our backup LTE modem for $10 a month so you stay online during outages.
C: You want me to pay you more because your service keeps failing? No.
C: My neighbor switched to Fiber One last spring and hasn't had a single outage. I'm seriously considering it.
A: I'll note your feedback and escalate the repeated outages.
C: Do that. I'm done being patient.""", False, 0.0, "negative", "outage complaint; $20 credit not upsell; LTE modem refused; praises competitor, angry"),

("FR18_010", "Omar Haddad", "2026-11-04T10:36:20", "asr", """A: peak fitness front desk this is omar
C: hey my annual membership runs out next week and i wanna renew it
A: awesome the annual is four eighty same as last year
C: cool yeah renew it
A: done you're good through next november we also have towel service for five dollars a month want me to add that
C: oh honestly yes i always forget my towel
A: added and we've got a personal training pack three sessions at forty each
C: um nah i'm good on the training
A: no worries anything else
C: nope that's it you guys have been awesome this year""", True, 5.0, "positive", "renewal; towel service $5/mo accepted; PT pack declined; positive"),

("FR18_011", "Grace Turner", "2026-11-04T13:50:02", "clean", """A: Seaview Inn reservations, Grace speaking.
C: Hi, I have a booking for November 20th to 22nd under Okoro. We'd like to add one more night, through the 23rd.
A: Let me check. Yes, the same room is open on the 22nd. The extra night is $159.
C: Okay, please add it.
A: Done. You're now checking out on the 23rd. Would you like breakfast for that last morning? It's $18 per person.
C: There are two of us... yes, add breakfast for both of us.
A: That's $36, added. Anything else?
C: Is parking still included?
A: Yes, parking is included for the whole stay.
C: Okay, good. Thanks.""", True, 36.0, "neutral", "extra night is the main purchase; breakfast $18 x2 = 36 accepted; routine politeness"),

("FR18_012", "Luis Ortega", "2026-11-05T08:21:47", "asr", """A: good morning oak street animal clinic this is luis
C: hi um i just adopted a puppy and i wanted to know how much the first round of shots is
A: congrats the puppy package is one twenty five that covers the exam and the first set of vaccines
C: okay and how long is the appointment
A: about thirty minutes we have openings wednesday and friday
C: mm i need to check my work schedule first
A: no problem want me to pencil you in
C: no i'll call you back once i know which day
A: sounds good what's the puppy's name
C: biscuit
A: cute okay give us a call when you're ready
C: will do thanks""", False, 0.0, "neutral", "price inquiry; declined to pencil in; call back later"),

("FR18_013", "Nina Petrova", "2026-11-05T11:03:09", "clean", """A: HomeNest Furniture customer care, this is Nina.
C: The sofa you delivered yesterday has a six-inch tear in the back cushion. I paid $1,400 for this. I'm furious.
A: I'm so sorry. Could you give me the order number?
C: HN-58213.
A: Thank you. I can see the order. I'm arranging a full replacement cushion at no charge, delivered Friday, and our driver will take the damaged one away.
C: Friday? I have people coming Saturday, so Friday is actually fine.
A: I've also added a $100 store credit for the trouble.
C: Oh. I wasn't expecting that.
A: It's the least we can do. You'll get a confirmation email shortly.
C: Honestly, that's more than fair. Thank you, Nina, you turned this around.""", False, 0.0, "positive", "free replacement + credit, nothing bought; furious start, ends warm"),

("FR18_014", "Ben Okafor", "2026-11-05T15:29:55", "asr", """A: riverside honda service this is ben
C: hey i need an oil change on my civic sometime this weekend
A: sure we've got saturday at eight or ten thirty
C: eight is good the earlier the better
A: okay eight a m saturday you're booked and you're due for a tire rotation it's twenty nine ninety five if you want it done at the same time
C: sure throw that in
A: great and your wiper blades are flagged as worn we have a pair for thirty four
C: nah i'm good on wipers i just replaced them
A: no problem see you saturday at eight
C: alright sounds good""", True, 29.95, "neutral", "oil change booked; rotation 29.95 accepted; wipers declined"),

("FR18_015", "Chloe Martin", "2026-11-06T09:45:16", "clean", """A: Ledgerly support, this is Chloe.
C: I was charged $239 for an annual renewal I never asked for. I stopped using your software in March.
A: I'm sorry about that. Let me look. I see auto-renew was on from the original purchase.
C: Nobody reminded me. I want the money back.
A: I can refund the full $239 since it's within 30 days. It'll take 5 to 7 business days.
C: Fine. And turn off auto-renew and close the account.
A: Done. Before I close it, I could offer a monthly plan at $19 if you ever need it again.
C: No. Just close it.
A: It's closed, and the refund is on its way.
C: Okay. Thanks, I guess. Next time send a reminder before taking people's money.""", False, 0.0, "negative", "refund + cancellation; monthly plan refused; grudging, negative close"),

("FR18_016", "Ravi Shah", "2026-11-06T13:12:08", "asr", """A: skyway airlines baggage services this is ravi
C: yeah hi my bag didn't come off the carousel in seattle
A: i'm sorry about that can i get your bag tag number
C: it's uh s w four one nine nine two three
A: thank you okay it looks like the bag was routed to denver
C: oh fantastic so my suit for tomorrow's wedding is in denver
A: i'm so sorry it'll be on the first flight tomorrow and we'll deliver it to your hotel
C: tomorrow when the wedding's at noon
A: it should arrive by ten a m and you can claim up to a hundred dollars for essentials
C: great so i get to go suit shopping tonight wonderful
A: i've filed the claim under reference two two eight
C: yeah whatever just get it here""", False, 0.0, "negative", "lost bag; sarcasm; no purchase"),

("FR18_017", "Maria Lopez", "2026-11-06T17:33:41", "clean", """A: Trattoria Bella, this is Maria.
C: Hi! I'd like a table for Friday evening, around 7:30, for six people.
A: Let me see... yes, we have 7:30 on Friday. Can I get a name?
C: Dawson.
A: So that's six people, Friday the 14th at 7:30, under Dawson?
C: Yes, that's right. Do you have high chairs? One of the six is my niece, she's two.
A: We do, I'll put one at the table. We also have the chef's tasting menu with wine pairing, $45 per person, if anyone's interested.
C: I think we'll skip that and order off the menu.
A: Of course. We'll see you Friday.
C: Wonderful, we've been looking forward to this all month. Thank you!""", True, 0.0, "positive", "read-back confirmed with follow-up question; tasting menu declined; pleased"),

("FR18_018", "James Carter", "2026-11-07T10:08:26", "asr", """A: harbor mutual this is james
C: hi uh my home insurance is up for renewal and i got the letter
A: sure the renewal premium is thirteen twenty for the year up a little from last year
C: yeah i saw that um okay go ahead and renew it
A: done and since you mentioned a finished basement last time have you thought about water backup coverage it's sixty dollars a year
C: sixty a year for the whole thing
A: yes covers sewer and sump pump backup up to ten thousand
C: okay yeah add that our street floods sometimes
A: added and there's a jewelry rider too
C: no we don't have anything fancy
A: alright you're all set
C: okay thanks""", True, 60.0, "neutral", "renewal; water backup $60/yr accepted; jewelry rider declined"),

("FR18_019", "Priya Nair", "2026-11-07T14:40:51", "clean", """A: Vertex Mobile, this is Priya.
C: Hi, I want to upgrade my phone. I was looking at the Nova X5, the 256 GB one.
A: Great choice. The Nova X5 256 GB is $799, or $33.29 a month over 24 months.
C: I'll take it, monthly payments please.
A: Perfect, it's ordered. Would you like a protective case for $39 and a screen protector for $19?
C: The case, yes. Skip the screen protector.
A: Okay, case added.
C: Actually, wait, take the case off too. My sister gets them cheaper online.
A: No problem, I've removed the case. The phone ships today.
C: Okay. How long does shipping take?
A: Two to three business days.
C: Alright, thanks.""", True, 0.0, "neutral", "phone bought; case accepted then retracted by name; protector declined"),

("FR18_020", "Tom Becker", "2026-11-07T19:02:37", "asr", """A: metro gas billing this is tom
C: hi um i got a late fee on my bill and i think it's because my payment bounced when i changed banks
A: let me look yes there's a fifteen dollar late fee from october
C: yeah i updated my account the next day
A: i see that since you've never been late before i can waive it
C: oh really that would be amazing
A: done it's off your balance and your new bank account is on file
C: wow thank you so much that's really kind of you
A: happy to help anything else
C: no that's it you made my night""", False, 0.0, "positive", "late fee waived; no purchase; grateful"),
]
