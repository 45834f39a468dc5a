CALLS = [
("FR15_061", "Hannah Kowalski", "2026-11-02T17:45:00", "asr", """A: hey jess it's hannah from ironworks gym you did a free session with coach ray last week how'd it go
C: oh hi yeah it was hard but i liked it a lot
A: awesome so we have personal training packs the ten session pack is twelve hundred or single sessions are one forty
C: twelve hundred okay and how often would i go
A: most people do twice a week so about five weeks
C: and can i do early mornings like six
A: ray starts at five thirty
C: okay um you know what let's do the ten pack i need the push
A: love it and coach ray also does a custom nutrition plan for ninety nine
C: yeah i'll take that too my eating is a mess
A: done your first session is monday at six
C: great i'm actually really excited about this""",
 True, 99.0, "positive", "outbound: commitment several turns after the offer (ten pack $1,200 main); nutrition plan $99 accepted; excited"),

("FR15_062", "Omar Haddad", "2026-11-03T12:20:00", "clean", """C: I bought four tickets for the Dec 12 hockey game and I need to cancel them. My father's in the hospital.
A: I'm sorry to hear that. Unfortunately those tickets are non-refundable.
C: Even for a medical emergency? It was $340.
A: I can help you list them on our resale exchange.
C: So I pay your fee to sell back the tickets you sold me.
A: The exchange fee is 10%, yes.
C: That's outrageous. I'm not doing that.
A: I understand it's frustrating.
C: You have no idea. Thanks for nothing.""",
 False, 0.0, "negative", "cancellation/refund refused; resale not accepted; angry"),

("FR15_063", "Grace Mbeki", "2026-11-04T15:35:00", "asr", """A: clearview eye care this is grace
C: hi i need an eye exam my glasses broke and i can barely see the screen
A: sure i have thursday at four fifteen
C: yes book thursday at four fifteen
A: okay and what insurance do you have
C: vision first through my job
A: oh i'm sorry we stopped taking vision first in october so the exam would be one twenty out of pocket
C: are you kidding nobody told me that
A: i'm sorry do you still want to keep thursday
C: i can't see anything so i don't have a choice do i keep it
A: okay you're confirmed thursday at four fifteen
C: whatever this is just great""",
 True, 0.0, "negative", "exam booked and kept despite insurance news (conversion); exam price is main, not upsell; sarcastic 'just great'"),

("FR15_064", "Lucas Ferreira", "2026-11-05T10:50:00", "clean", """A: Hi, is this Mr. Osei? This is Lucas from Vista Home Internet. We have gigabit service in your building now for $60 a month.
C: Oh, hi. Thanks for letting me know.
A: Who are you with currently, if you don't mind me asking?
C: Clearwave. Honestly, they've been excellent. No outages in two years, and I pay $55.
A: We could match $55 for the first year.
C: I appreciate it, but I'm happy where I am. No reason to switch.
A: Understood. Can I check back next year?
C: Sure, that's fine. Have a good one.""",
 False, 0.0, "neutral", "outbound: polite refusal; praise is for the competitor, no attitude toward this company -> neutral; 'sure, check back' is not a purchase"),

("FR15_065", "Maya Chen", "2026-11-06T09:30:00", "asr", """C: yeah i'm calling to cancel both lines i'm switching carriers
A: i'm sorry to hear that can i ask why
C: coverage at my house is garbage i've had dropped calls for three years i've called about it like ten times
A: i'm really sorry i can send you a free signal booster that plugs into your router
C: you sent one last year it didn't do anything
A: i could also take fifteen dollars off each line for a year
C: no money isn't the problem the phone doesn't work in my kitchen
A: understood i'll process the cancellation for both lines
C: yeah three years of this honestly i should've left ages ago""",
 False, 0.0, "negative", "retention: free booster and discount declined; cancels; angry about coverage"),

("FR15_066", "Dev Patel", "2026-11-07T11:00:00", "clean", """A: Horizon Travel, Dev speaking.
C: Hi Dev! We're ready to book the Costa Rica package we talked about, the 8-day one in February.
A: Great. That's the Arenal and Manuel Antonio package, $3,150 for the two of you. Shall I book it?
C: Yes, book it!
A: Done. There's also an adventure add-on: zipline and white-water rafting, normally $240 each activity per couple, but the pair is $420.
C: Oh, my husband will love that. We'll take the pair for $420.
A: Added. You'll get the full itinerary tomorrow.
C: I'm so excited. Thank you for being so patient with all my questions these past weeks!""",
 True, 420.0, "positive", "package booked (main $3,150); activity pair accepted at bundle price $420 (not 2 x 240); delighted"),

("FR15_067", "Rosa Alvarez", "2026-11-09T16:00:00", "asr", """C: hi i got a letter saying my claim for the roof was denied
A: i'm sorry let me pull it up okay the adjuster found the damage was due to wear and age rather than the storm
C: the roof is eight years old the hail was the size of golf balls half the street got new roofs
A: i understand you can request a re inspection
C: and how long does that take
A: usually three to four weeks
C: and meanwhile i have buckets in my attic
A: i'm very sorry i'll submit the re inspection request today
C: twelve years i've paid you and this is what i get unbelievable""",
 False, 0.0, "negative", "claim denial complaint; re-inspection request is not a purchase; angry throughout"),

("FR15_068", "Tom Becker", "2026-11-10T09:05:00", "clean", """A: Hi, this is Tom from Riverside Honda. We're short on used SUVs and your 2018 Pilot is exactly what buyers are asking for. We'd love to give you a trade-in appraisal.
C: Huh. What's it worth, roughly?
A: With about 60,000 miles, probably around $21,000, but we'd want to see it.
C: That's more than I expected.
A: I have appraisal slots Thursday at 5 or Saturday at 11.
C: Let me talk to my wife first. Maybe next month, after the holidays.
A: Sounds good. I'll follow up in December.
C: Okay, thanks Tom.""",
 False, 0.0, "neutral", "outbound: slots offered but customer defers to wife/next month; appraisal value not a price paid"),

("FR15_069", "Aisha Rahman", "2026-11-11T13:45:00", "asr", """A: hi this is aisha from harbor mutual you just signed a lease at river view apartments and asked about renters insurance
C: oh right yeah my landlord says i need it before move in
A: our basic renters policy is fourteen a month thirty thousand in personal property
C: okay yeah sign me up for that
A: great do you have any jewelry or watches worth more than fifteen hundred
C: um my grandmother's ring yeah
A: a scheduled jewelry rider would cover it fully for six dollars a month
C: okay add the rider
A: done i'll email the proof of insurance for your landlord
C: okay thanks""",
 True, 6.0, "neutral", "outbound: 'sign me up' for renters policy (main); jewelry rider $6/mo accepted; coverage amounts are not prices"),

("FR15_070", "Liam O'Connor", "2026-11-12T20:40:00", "clean", """C: My bag didn't arrive in Phoenix. That was four days ago. File reference PHX44810.
A: I'm sorry. Let me check... it shows the bag is still being traced.
C: Still being traced. It had my suit for a wedding, which was yesterday. I wore a rental.
A: I'm so sorry. I can issue a $150 travel voucher for the inconvenience.
C: A voucher. To fly with you again.
A: You can also submit receipts for reasonable expenses.
C: I already did. Nobody answered. I'll be filing a complaint with the DOT.
A: I understand. I'll escalate the trace.
C: Do whatever you want. I'm done with this airline.""",
 False, 0.0, "negative", "lost-luggage complaint; voucher not a purchase; sarcasm and exit"),

("FR15_071", "Priya Nair", "2026-11-13T08:20:00", "asr", """A: voltline electric this is priya
C: hi i had a panel inspection booked for tomorrow and i got a text saying it's moved again
A: let me check oh yes i'm sorry the technician called out sick
C: this is the second time you've moved me
A: i'm really sorry i can do monday at eight or wednesday at one
C: monday at eight fine book it
A: okay monday at eight the inspection is still one twenty nine
C: yeah fine
A: you're confirmed
C: if it moves again i'm going with somebody else i'm not kidding""",
 True, 0.0, "negative", "rescheduled booking: picks Monday slot (appointment kept = conversion); no add-on; irritated"),

("FR15_072", "Marcus Hill", "2026-11-16T11:30:00", "clean", """C: You charged me $239 for an annual renewal of ClipCloud. I cancelled in September.
A: Let me check. I see you downgraded to the free tier in September, but the annual add-on storage stayed active and auto-renewed.
C: I didn't know that was a separate subscription. Nobody would know that.
A: I can refund the unused portion, which would be $199.
C: I want all $239 back. I never used it.
A: I'm only authorized to refund the prorated amount.
C: This is a dark pattern and you know it. Cancel my account entirely.
A: I've cancelled the account and issued the $199 refund.
C: Unbelievable. I'll be disputing the rest with my bank.""",
 False, 0.0, "negative", "billing complaint, partial refund, account closed; angry"),

("FR15_073", "Elena Petrova", "2026-11-17T10:10:00", "asr", """A: hi miss park it's elena from swift car rental you have a compact booked for next tuesday
C: oh yes is something wrong
A: no nothing wrong if you prepay now you save fifteen percent
C: oh what would that be
A: about thirty one dollars off so it'd be one seventy six instead of two oh seven
C: hm is it refundable if my plans change
A: prepaid is non refundable
C: then no thanks i'll just pay at the counter
A: no problem your reservation stays as is
C: okay thanks for letting me know""",
 False, 0.0, "neutral", "outbound: prepay offer declined; existing reservation unchanged; no new commitment"),

("FR15_074", "Jamal Wright", "2026-11-18T14:25:00", "clean", """A: Northwave Mobile, this is Jamal.
C: Hi, I'd like to add an iPad to my account for my daughter.
A: Sure. The iPad Air 128 GB is $20.83 a month for 24 months, and a data line is $15 a month.
C: And she can't go over and rack up a bill?
A: I can set it to hard-stop at the data limit.
C: Good.
A: Please confirm: one iPad Air 128 GB, $20.83 a month for the device plus a $15 data line with a hard stop, shipping to 18 Birch Court.
C: You got it.
A: It's placed. Would you like the keyboard case? It's $79.
C: I'll think about the keyboard. She might just want a cheap one.
A: No problem.
C: Thank you, this was super easy.""",
 True, 0.0, "positive", "read-back confirmed 'You got it' (conversion); keyboard $79 deferred -> not accepted; pleased"),

("FR15_075", "Sofia Russo", "2026-11-19T18:40:00", "asr", """A: hi this is sofia from the daily courier we're offering our digital subscription for four dollars a month for the first year
C: four a month huh what do i get
A: unlimited articles the puzzles and the app
C: do you have the crossword
A: yes the crossword's included
C: oh okay yeah sure sign me up
A: great and for three dollars more a month we'll deliver the printed sunday edition
C: oh i do miss the sunday paper yes add that
A: wonderful you're all set first sunday paper arrives the twenty ninth
C: lovely this made my day honestly thank you""",
 True, 3.0, "positive", "outbound: 'yes sure sign me up' (main $4/mo); Sunday print $3/mo accepted; delighted"),

("FR15_076", "Ken Tanaka", "2026-11-20T16:30:00", "clean", """A: Osteria Lupo, Ken speaking.
C: I need a table for 12 on December 2nd at 7, for my mother's 70th.
A: I can do that in the back room. For parties over 10 we need a $200 deposit.
C: $200? That's absurd for a dinner.
A: It's applied to the bill at the end of the night.
C: Fine. Book it.
A: Booked. Would you like a birthday cake from our pastry chef? It's $60 and serves 12.
C: Yes, chocolate. Add the cake.
A: And a wine pairing at $35 per person?
C: No.
A: Table for 12 on December 2nd at 7, with a chocolate cake. All set.
C: I hope the food's better than your policies.""",
 True, 60.0, "negative", "booking made; deposit is not an upsell; cake $60 accepted; wine pairing declined; grumpy, negative close"),

("FR15_077", "Hannah Kowalski", "2026-11-23T12:00:00", "asr", """C: hi i'd like to cancel my lingo leap subscription
A: sure can i ask why you're leaving
C: oh it's good news i finished the whole spanish course and i'm moving to madrid next month
A: congratulations we could give you half off to keep going with the advanced lessons
C: aw thanks but i'll be practicing with real people now
A: totally understand i've cancelled it you keep access until the thirtieth
C: thank you honestly the app was fantastic i've told all my friends about it
A: that's so nice to hear
C: yeah you guys were great bye""",
 False, 0.0, "positive", "retention offer declined, cancelled, but customer full of praise -> positive, no conversion"),

("FR15_078", "Omar Haddad", "2026-11-24T10:45:00", "clean", """A: Riverbend Festival tickets, Omar speaking.
C: Hi, I want weekend passes for the July festival. They're $240 each?
A: That's right, $240 per weekend pass.
C: Let's do three. Actually, wait, my cousin already bought hers. Two.
A: Two weekend passes, $480. Shall I put them through?
C: Yes, go ahead.
A: Done. Do you need a camping spot? It's $85 for the weekend and fits a tent for two.
C: Yeah, we'll need one. Add the camping spot.
A: Added. Two passes and one camping spot. The tickets go to your email.
C: Okay, got it.""",
 True, 85.0, "neutral", "quantity revised 3 -> 2 passes (main); camping spot $85 accepted; neutral"),

("FR15_079", "Grace Mbeki", "2026-11-25T08:05:00", "asr", """A: good morning bright smile dental this is grace
C: hi um this is tom fisher i have a cleaning at eleven today
A: yes i see you at eleven with hannah
C: i need to cancel i've got the flu
A: oh feel better do you want to reschedule now
C: not yet i'll call back when i'm over it
A: sounds good your appointment is cancelled
C: okay thanks""",
 False, 0.0, "neutral", "existing appointment cancelled, reschedule deferred; no commitment"),

("FR15_080", "Lucas Ferreira", "2026-11-26T17:15:00", "clean", """A: Hi, this is Lucas with SureHome Warranty. Your builder's warranty on the house expires this month, and I wanted to tell you about our home warranty plan.
C: Go on.
A: It covers major appliances, plumbing, electrical and HVAC for $54 a month, with a $100 service fee per visit.
C: Is SureHome the same company as HomeShield?
A: We're sister brands under the same parent company.
C: HomeShield denied my mother's claim when her fridge died. They said it wasn't maintained properly. It was two years old.
A: I'm sorry to hear that. Each claim is reviewed individually.
C: That's exactly what they said. No, I'm not interested. Not after that.""",
 False, 0.0, "negative", "outbound: refusal tied to bad experience with sister brand; service fee is not an upsell"),
]
