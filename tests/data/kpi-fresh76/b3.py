CALLS = [
(
"FR76_041", "Grace Nakamura", "2026-11-16T09:07:12", "clean",
"""A: Metro Gas and Electric, this is Grace.
C: Hi, I got a letter about service line coverage and I'm not sure if it's a scam or really from you.
A: It's from us. It covers repairs to the gas line between the street and your meter, which is the homeowner's responsibility. It's $5.49 a month.
C: Huh. How often do those lines actually break?
A: Not often, but a repair averages around $2,000 when it happens.
C: Okay. And water heater coverage, is that separate?
A: Yes, that's $9.99 a month on its own.
C: Can you mail me a brochure on both? I want to read the fine print before I decide anything.
A: Sure, it'll go out today. I can also enroll you now and you'd have 30 days to cancel.
C: No, the brochure's fine. Thanks.""",
False, 0.00, "neutral",
"'I want to read the fine print before I decide anything' and 'No, the brochure's fine' = no enrollment; neutral"),

(
"FR76_042", "Omar Haddad", "2026-11-16T10:40:35", "asr",
"""A: first cardinal bank this is omar
C: hi i'm calling about a thirty five dollar overdraft fee from last tuesday
A: let me see okay i see the overdraft on the fourth from a nine dollar coffee purchase
C: right and my paycheck came in like two hours later
A: i understand the balance was negative at the end of the processing day so the fee applied
C: it's a nine dollar coffee and i've never overdrafted before in six years
A: what i can do is refund half of it as a one time courtesy so seventeen fifty
C: well that's something i guess
A: i'll put that through now it'll show in one to two days
C: okay um i appreciate you trying but i'm still not happy about it honestly thirty five dollars for a coffee is ridiculous
A: i understand i'll note your feedback
C: yeah okay""",
False, 0.00, "negative",
"half-fee refund, nothing bought; polite but 'still not happy... ridiculous'"),

(
"FR76_043", "Bethany Sloane", "2026-11-16T13:22:18", "clean",
"""A: The Daily Courier subscriptions, this is Bethany.
C: Hi. I keep hitting the paywall, so I guess I'll subscribe. What's the digital price?
A: Digital is $4 a week, billed every four weeks, and the first month is $1. You can add the Sunday print edition for $3 a week.
C: How much is the Sunday paper over a year?
A: About $156 a year.
C: No, digital only.
A: Okay, digital at $1 for the first four weeks, then $4 a week. Should I go ahead and start it on the card you used before?
C: Yes, go ahead.
A: Done, you're subscribed. You'll get a login email in a minute.
C: Okay.""",
True, 0.00, "neutral",
"'Yes, go ahead' to the closing question = subscription; Sunday print declined after asking the annual price ('No, digital only'); neutral"),

(
"FR76_044", "Rafael Quintero", "2026-11-16T15:11:47", "asr",
"""A: bright spark electric this is rafael
C: hi yeah you guys came out last week to look at my panel and i got the quote for the two hundred amp upgrade
A: yep i see it here three thousand eight hundred fifty including the permit
C: okay um i mean i probably will go with you guys but my brother in law says i should get one more quote
A: that's totally fair the quote's good for thirty days
C: yeah it's just a lot of money you know
A: for sure do you want me to pencil you in for a tentative date just in case
C: um no let me get the other quote first and i'll call you back
A: no problem
C: okay thanks""",
False, 0.00, "neutral",
"hedged: 'i probably will go with you guys but...' and declined a tentative date ('no let me get the other quote first'); neutral"),

(
"FR76_045", "Ingrid Solberg", "2026-11-16T16:35:04", "clean",
"""A: Riverside Auto Care, Ingrid speaking.
C: Hi, it's Dan Pruitt. My oil change light came on, can I get in this week?
A: Hi Dan. I've got Wednesday at 7:30 AM or Friday at noon. We're also running a cabin air filter special this month, $29 installed.
C: Wednesday at 7:30. Is that the synthetic like last time?
A: Yes, full synthetic, $79 with the tire rotation.
C: Okay, book that.
A: You're in for Wednesday at 7:30. Do you want a ride to work, or will you wait?
C: I'll wait, I'll bring my laptop.
A: Sounds good. See you Wednesday.
C: Oh, the cabin filter, yeah, do it. The car's been smelling musty.
A: Added, $29. See you then.
C: Thanks, Ingrid. You guys are always so easy to deal with.""",
True, 29.00, "positive",
"oil change booked ('book that'); cabin filter $29 stated in the first turn, accepted at the end ('the cabin filter, yeah, do it') = 29.00; 'always so easy to deal with'"),

(
"FR76_046", "Kwame Mensah", "2026-11-16T18:02:29", "asr",
"""A: grand theatre box office kwame speaking
C: hi i need four tickets for the nutcracker on the nineteenth of december the evening one
A: sure i have four together in orchestra row m at seventy two each
C: fine
A: so that's four orchestra row m december nineteenth at seven thirty two hundred eighty eight dollars plus fees
C: yes that's correct
A: great and the restaurant upstairs does a preshow dinner package
C: how much is that
A: sixty five per person with a glass of wine
C: just two of us are doing dinner actually the kids will eat before
A: okay two preshow dinners at six
C: yep
A: all booked you'll get an email for both""",
True, 130.00, "neutral",
"read-back confirmed ('yes that's correct'); dinner price given after asking, two of four take it: 2 × $65 = 130.00; flat tone"),

(
"FR76_047", "Chloe Fairbanks", "2026-11-17T09:44:53", "clean",
"""A: Northline Wireless, this is Chloe.
C: Hi Chloe! I need to cancel my line, but it's happy news. I'm moving to Valencia next month, I got a job at the university there!
A: Congratulations! I'm sorry to lose you. We do have an international plan if you'd like to keep the number.
C: No, I'll get a Spanish SIM. I'll be there at least three years.
A: Okay. Your contract ended in March, so there's no early termination fee. When should the line end?
C: December 14th, the day I fly.
A: Done, your line will end on December 14th. You'll get a final bill after that.
C: Perfect. I'm off to learn how to pack a whole life into two suitcases, ha. Bye!""",
False, 0.00, "neutral",
"cancellation, international plan refused; the excitement is about the move, toward the company neutral"),

(
"FR76_048", "Victor Lindqvist", "2026-11-17T11:16:20", "asr",
"""A: summit insurance claims this is victor
C: yeah this is the third time i've called about claim number ending four four seven i filed it five weeks ago
A: i'm sorry let me look it up okay it's still with the adjuster for review
C: it's been with the adjuster for five weeks the roof is still tarped and it's been raining all week
A: i understand i'll escalate it and ask for a call back within forty eight hours
C: you said forty eight hours last time too
A: i'm sorry i'm marking it urgent now
C: i pay you people every month for eleven years and the one time i need you this is what i get
A: i understand your frustration
C: no you don't if i don't hear back by friday i'm calling the state insurance commissioner""",
False, 0.00, "negative",
"claim status complaint, nothing bought; angry throughout"),

(
"FR76_049", "Priya Raman", "2026-11-17T14:03:41", "asr",
"""A: valley power and light this is priya how can i help
C: hi priya um my variable rate went from eleven cents to fifteen cents a kilowatt hour and nobody told me
A: i'm sorry the rate notice would have gone out with the september bill
C: okay well i didn't see it and i'm not blaming you but that's a big change
A: i understand what i can do is move you to our twelve month fixed plan at twelve point nine cents
C: and that locks it for the whole year
A: yes locked through december of next year there's no fee to switch
C: okay yes please switch me to the fixed plan
A: done it takes effect on your next billing cycle
C: thank you priya i do appreciate it though i have to say i'm not thrilled with how this was handled""",
True, 0.00, "negative",
"'yes please switch me to the fixed plan' = plan change; polite but 'not thrilled with how this was handled'"),

(
"FR76_050", "Marcus Delgado", "2026-11-17T15:30:15", "clean",
"""A: First Cardinal Business Banking, this is Marcus.
C: Hi, I just got my LLC papers and I need a business checking account. I'm opening a bakery.
A: Congratulations! Our Small Business Checking is $15 a month, waived with a $2,500 balance, and includes 200 free transactions.
C: That sounds right for me. Let's open it.
A: Great, I'll need your EIN and the articles of organization. I can send a secure upload link.
C: Perfect. Will I be able to take cards at the counter through you?
A: Yes, the merchant services package is $29 a month. It includes the card reader and next-day deposits.
C: What's the per-swipe fee?
A: 2.6% plus 10 cents.
C: That's about what I saw elsewhere. Okay, yes, let's add merchant services.
A: Added. I'll send the upload link and the reader ships once the account is open.
C: This has been super helpful, thank you!""",
True, 29.00, "positive",
"'Let's open it' = sign-up; merchant services $29/mo accepted after questions = 29.00; 'super helpful'"),

(
"FR76_051", "Hannah Okafor", "2026-11-17T17:12:08", "clean",
"""A: Vine and Barrel Wine Club, this is Hannah.
C: Hi, I need to skip my December shipment. We'll be away for the holidays.
A: No problem. I've skipped December; your next one will be in January.
C: Great.
A: We've got a holiday bonus bottle this month, a 2019 reserve cabernet, that I can add to your January box for $18.
C: No thanks, just skip it.
A: Sure. Anything else?
C: No, that's everything. Thank you.""",
False, 0.00, "neutral",
"skip only; bonus bottle refused ('No thanks, just skip it'); routine politeness"),

(
"FR76_052", "Tomas Birkeland", "2026-11-18T08:30:59", "asr",
"""A: summit roofing this is tomas
C: hi um we had that storm last night and i think some shingles came off i can see them in the yard
A: okay is anything leaking inside
C: not that i can see but i'm worried about the attic
A: we're doing free storm inspections this week i can have someone out tomorrow morning
C: oh that would be great yes please book that
A: okay tomorrow between nine and eleven and if there's damage they'll take photos for your insurance
C: oh that's a relief thank you so much
A: no problem what's the address
C: it's nine oh two hawthorn drive
A: got it see you tomorrow
C: thank you really appreciate you guys getting out so fast""",
True, 0.00, "positive",
"free inspection booked ('yes please book that') = appointment; 'that's a relief thank you so much'"),

(
"FR76_053", "Leah Whitfield", "2026-11-18T11:05:42", "clean",
"""A: Hillside Certified Pre-Owned, this is Leah.
C: Hi, I test drove the gray 2022 Outback yesterday. I want to buy it at the $27,400 we talked about.
A: Great, I'll draw up the paperwork. I also want to mention the extended powertrain warranty, seven years, $1,895, and the paint and fabric protection package at $499.
C: The paint thing, no. What's the warranty cover that the certified one doesn't?
A: Certified covers the powertrain for six years from the original sale date, so that's only two more years. The extended goes to seven years from today.
C: $1,895 is a lot.
A: I can do it for $1,500 if we write it up today.
C: Okay, at $1,500 I'll take the warranty.
A: Alright: the Outback at $27,400 plus the warranty at $1,500. Does Thursday work to sign and pick it up?
C: Thursday after five.
A: See you then.""",
True, 1500.00, "neutral",
"'I want to buy it'; warranty revised $1,895 → $1,500 and accepted at the revised price = 1500.00; paint package declined; businesslike"),

(
"FR76_054", "Andre Kowalczyk", "2026-11-18T13:48:21", "asr",
"""A: pine hollow golf club this is andre
C: hey i want to register a team for the charity scramble on the fifth
A: great it's a hundred fifty per player and that includes lunch how many
C: foursome so four of us
A: perfect that's six hundred for the team and we also sell mulligans for the charity ten dollars each max two per player
C: ha yeah we're gonna need them give us two each
A: so that's eight mulligans at ten each eighty dollars
C: yep and put us down for the team
A: you're registered team of four plus eight mulligans
C: awesome this is a great cause we do it every year""",
True, 80.00, "positive",
"team registered ('put us down for the team'); mulligans two each × four = eight × $10 = 80.00; 'this is a great cause'"),

(
"FR76_055", "Sofia Marchetti", "2026-11-18T15:20:37", "clean",
"""A: Harbor Mutual Insurance, this is Sofia.
C: Hello. My daughter just got her license and I need to add her to our auto policy.
A: Congratulations to her. Adding a 16-year-old driver brings your six-month premium from $780 to $1,410.
C: That's... steep. Is there anything that brings it down?
A: A good student discount if she has a B average, which takes off about 10%, and the driver training certificate takes another 5%.
C: She does have good grades. Please apply that. Fine, add her.
A: Done, she's added with the good student discount, $1,290 for the six months. There's also accident forgiveness for $7 a month, which a lot of parents of new drivers add.
C: No, let's not go crazy.
A: Understood. Anything else?
C: No. Thank you for your help, but I'm honestly not happy about paying that much.""",
True, 0.00, "negative",
"'Fine, add her' = paid policy change; accident forgiveness declined; polite but 'not happy about paying that much'"),

(
"FR76_056", "Devon Ashby", "2026-11-18T17:01:13", "asr",
"""A: northline wireless this is devon
C: hi i'm going to japan next week and i don't want to come back to a thousand dollar bill
A: smart the travel pass is ten dollars a day and you use your plan like you're at home
C: so for a week that's seventy
A: yep if you use the phone all seven days it's seventy total and it only charges on days you use it
C: okay yeah i'll take it for the trip
A: done it's on your line from the twenty fourth to the thirtieth
C: and my texts work too right
A: texts calls and data all of it
C: perfect that's exactly what i needed thanks so much""",
True, 0.00, "positive",
"travel pass bought ('i'll take it for the trip') is the main purchase of the call, so no upsell; 'exactly what i needed thanks so much'"),

(
"FR76_057", "Grace Nakamura", "2026-11-19T09:26:48", "clean",
"""A: Lakeside Water Utility, this is Grace.
C: Hi. I'd like to switch to paperless billing.
A: Sure. I have the email on file as r.chen@fastmail.net. Is that correct?
C: Yes, that's my email.
A: Great. You're enrolled in paperless; your next bill will come by email. Would you also like autopay?
C: No, I'll keep paying manually.
A: Okay. Anything else today?
C: No, that's it. Thanks.""",
False, 0.00, "neutral",
"'Yes, that's my email' is not a purchase; free paperless only, autopay refused; routine"),

(
"FR76_058", "Omar Haddad", "2026-11-19T11:10:31", "asr",
"""A: first cardinal bank this is omar
C: i want to close my checking account
A: i can help with that may i ask why
C: you started charging me twelve dollars a month for an account i've had since college
A: i understand that's the new maintenance fee it's waived with direct deposit or a fifteen hundred balance
C: i'm a grad student i don't have fifteen hundred dollars
A: i could waive it for six months while you set up direct deposit
C: no just close it
A: okay i'll need to transfer the balance of two hundred eleven dollars where should i send it
C: mail me a check i'm done with this bank""",
False, 0.00, "negative",
"account closure, fee waiver refused ('no just close it'); 'i'm done with this bank'"),

(
"FR76_059", "Bethany Sloane", "2026-11-19T14:45:26", "clean",
"""A: BrightSprout Learning, this is Bethany.
C: Hi! My son loves your reading app. We're on the $9.99 monthly plan and I saw there's an annual option.
A: Yes, annual is $89 a year, so you save about $30. I can switch you today.
C: Yes, please switch us to annual.
A: Done. Annual starts today and I've credited the rest of this month. By the way, a second child profile is $15 a year on the annual plan.
C: Oh, both kids, yes please. My daughter keeps stealing his tablet to play it.
A: Ha, added. Both profiles are active now.
C: Wonderful, thank you. They're going to be thrilled.""",
True, 15.00, "positive",
"'switch us to annual' = plan change; second profile $15/yr stated, 'both kids, yes please' = 15.00; 'Wonderful'"),

(
"FR76_060", "Rafael Quintero", "2026-11-19T16:18:03", "asr",
"""A: fresh start carpet cleaning this is rafael
C: hi i want to get three rooms done the living room and two bedrooms
A: sure for three rooms it's one ninety five i have monday or wednesday
C: wednesday
A: okay wednesday at ten we also do stain protector for twenty a room and a pet deodorizer treatment for thirty five
C: um we don't have pets anymore so not the deodorizer
A: sure and the protector
C: uh just the living room that's where everyone eats
A: okay so three rooms wednesday at ten with protector in the living room
C: yeah that's right
A: you're all set
C: okay thanks""",
True, 20.00, "neutral",
"booking ('wednesday', read-back 'yeah that's right'); protector for one room at $20 = 20.00, deodorizer $35 declined; neutral"),
]
