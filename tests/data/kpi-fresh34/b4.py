CALLS = [
("FR34_061", "Elena Petrova", "2026-11-02T10:37:14", "asr",
"""A: peak escapes travel elena speaking
C: hi we're looking at the tahoe ski weekend for two people january ninth to the thirteenth
A: lovely before we get to the lodge do you want lift tickets they're eighty nine per person per day
C: um how many days would we ski
A: most people do three days on a four night stay
C: okay yes to lift tickets for three days if we end up booking the lodge
A: sure the pine lodge is two forty a night for the four nights shall i book it
C: yes book the pine lodge and the lift tickets for both of us
A: done and ski rental is forty five a day
C: no we have our own skis
A: great you're booked four nights with three days of lift tickets for two
C: yay thank you elena this is going to be such a good trip
""",
True, 534.0, "positive", "Lift tickets offered before lodge settled; lodge then booked with tickets: $89 per person per day x2 x3 = 534; rental declined; happy."),

("FR34_062", "Jordan Hayes", "2026-11-03T17:26:45", "clean",
"""A: Hi, this is Jordan from Northline Wireless. Am I speaking with Ms. Carver?
C: Yes, speaking.
A: As a loyal customer, you can add our StreamPlus bundle, three streaming services for $10 a month.
C: Which services?
A: Flixio, TuneBox and SportZone.
C: Hm. Sounds good, I'll think about it.
A: Should I just go ahead and add it? You can cancel anytime.
C: No, don't add anything yet. I need to see what I'm already paying for.
A: No problem, I'll text you the details.
C: Okay, thanks.
""",
False, 0.0, "neutral", "Interest without commitment; refuses to add now -> no conversion; neutral."),

("FR34_063", "Grace Kim", "2026-11-04T11:15:29", "asr",
"""A: la palma catering grace speaking
C: hi we need a taco bar for a company lunch thirty people on the nineteenth
A: sure the taco bar is fourteen a head
C: okay let's book it for thirty
A: booked would you like to upgrade to fresh guacamole instead of the salsa bar it's two dollars a head more
C: yeah do the guac for everyone
A: and we do churros at thirty five a tray one tray serves about fifteen
C: okay then two trays
A: so taco bar for thirty with guac upgrade and two trays of churros
C: yep that's right
A: perfect we'll arrive at eleven thirty
C: okay sounds good
""",
True, 130.0, "neutral", "Taco bar main; guac upgrade $2/head x30 = 60 + churros $35 x2 = 70 -> 130; neutral."),

("FR34_064", "Omar Haddad", "2026-11-05T13:48:03", "clean",
"""A: Vistara TV support, Omar speaking.
C: My TV won't turn on. Again. This is the third problem this year with this set.
A: I'm sorry. It's under warranty, so the repair visit is free. I can send a technician Tuesday between 1 and 5.
C: Fine, Tuesday.
A: Booked. Anything else?
C: While he's here, can he mount it on the wall? I've been meaning to.
A: Yes, wall mounting is $129, bracket included.
C: Okay, do the mount too.
A: Done. Technician Tuesday, repair plus mounting.
C: Fine. If this breaks again I'm buying a different brand.
""",
True, 129.0, "negative", "Free warranty visit plus paid wall mounting $129 requested and accepted; frustrated throughout -> negative."),

("FR34_065", "Maya Torres", "2026-11-06T09:03:58", "asr",
"""A: summit motors service maya speaking
C: hi i got a letter about a recall on the airbag thing for my twenty nineteen outback
A: yes that recall repair is free it takes about two hours
C: okay do i need an appointment
A: yes i can book you would monday or wednesday work
C: uh i'm not sure about my schedule this week
A: we're also doing a detailing special for one fifty while it's here
C: no thanks just the recall
C: i'll call you back once i check my calendar
A: no problem
C: okay bye
""",
False, 0.0, "neutral", "Free recall; no appointment booked (deferred); detailing declined; year is not a price; neutral."),

("FR34_066", "Derek Olsen", "2026-11-09T15:11:37", "clean",
"""A: Guardwell Insurance, Derek speaking.
C: Hi! We just closed on a house and we need homeowners insurance. I got your quote online.
A: Congratulations! The quote was $1,150 a year. Do you want to go ahead with it?
C: Yes, let's proceed.
A: Great. Do you have jewelry over $1,500? Our jewelry rider is $60 a year.
C: My engagement ring, yes. Add that.
A: We also offer flood coverage at $400 a year.
C: We're up on a hill, not a flood zone, so no.
A: Understood. Policy issued with the jewelry rider.
C: That was so much easier than I expected. Thank you!
""",
True, 60.0, "positive", "Policy purchased; jewelry rider $60/yr accepted, flood declined; $1,500 threshold not a price; pleased."),

("FR34_067", "Priya Nair", "2026-11-10T18:44:21", "asr",
"""A: harbor lights theater priya speaking
C: hi i'd like four tickets for the matinee of annie on the sixth
A: sure the mezzanine is forty nine fifty each
C: that's fine
A: we also have a pre show dinner package at the bistro next door thirty per person
C: oh just two of us the kids won't eat anything there
A: okay so please confirm four mezzanine tickets for the sixth matinee and two dinner packages
C: yes that's correct what time should we get there
A: dinner is at twelve the show is at two
C: lovely thank you i can't wait
""",
True, 60.0, "positive", "Read-back confirmed with a question; tickets main; dinner $30 per person x2 = 60; positive."),

("FR34_068", "Luis Ortega", "2026-11-11T12:29:16", "clean",
"""A: Datawise, sales team, Luis speaking.
C: Hi Luis. We're ready to buy the annual Growth plan, $2,400.
A: Excellent. I'll set that up. Did you want the add-ons we discussed? API access is $500 a year and SSO is $300 a year.
C: API yes. SSO no.
A: Okay.
C: Hm, actually, our IT guy will kill me if we don't have SSO. Let's do both.
A: Both then. Growth plan with API access and SSO.
C: Yes, that's right.
A: Invoice is on its way.
C: Okay, thanks.
""",
True, 800.0, "neutral", "Plan purchased; API $500 + SSO $300 (declined then accepted) = 800; neutral."),

("FR34_069", "Hannah Brooks", "2026-11-12T20:16:52", "asr",
"""A: rapid rooter plumbing hannah speaking
C: my kitchen pipe is leaking all over the floor i need someone tonight
A: i can get a plumber there in about an hour the after hours call out is one ninety five
C: one ninety five that's robbery
A: i'm sorry it's our emergency rate
C: fine send someone i don't have a choice
A: okay he's on the way and he can also flush your water heater for seventy five while he's there
C: no just fix the leak
A: understood
C: unbelievable what you guys charge
""",
True, 0.0, "negative", "Emergency visit accepted; water heater flush declined; call-out rate is the main price/fee; angry."),

("FR34_070", "Tomasz Nowak", "2026-11-13T08:05:44", "clean",
"""A: Ironworks Fitness, Tomasz speaking.
C: Hi, I'd like to sign up. My friend goes there and loves it.
A: Great! Membership is $45 a month. Shall I sign you up?
C: Sign me up.
A: Done! We also offer a locker for $10 a month and towel service for $8 a month.
C: Locker, yes. Towel service, no.
A: No problem.
C: Wait, how much was the towel thing? Eight? Fine, add it, I always forget my towel.
A: Ha, done. Locker and towel service.
C: Awesome, thanks! I'm really excited to start.
""",
True, 18.0, "positive", "Membership main; locker $10/mo + towel $8/mo (declined then accepted) = 18; positive."),

("FR34_071", "Aisha Bello", "2026-11-16T16:58:10", "asr",
"""A: lumiere jewelers aisha speaking
C: hi i was in yesterday looking at the sapphire ring for my wife it's our anniversary
A: oh the sapphire halo ring it's twenty one fifty
C: yes that one i'll take it
A: wonderful would you like it engraved it's twenty five
C: oh yes our initials and the date
A: and we have a ring care plan for one ninety covers cleaning and stones
C: no i think just the engraving
A: lovely it comes in a gift box at no charge
C: perfect you've been so helpful she's going to love it
""",
True, 25.0, "positive", "Ring purchased; engraving $25 accepted, care plan declined, free gift box; positive."),

("FR34_072", "Kevin Tran", "2026-11-17T09:34:26", "clean",
"""A: Bright River Energy, Kevin speaking.
C: Hi, I'm moving to 45 Orchard Street on December 1st and I need to start electric service there.
A: Sure. Can I confirm: start service at 45 Orchard Street, unit 2B, on December 1st, on the standard residential rate?
C: Yes, that's correct.
A: Done. We also have a 100% green energy option for $4 a month more.
C: No, standard is fine for now.
A: No problem. Your account number is 88120943.
C: Okay, got it.
A: Anything else?
C: No, that's all. Thanks.
""",
True, 0.0, "neutral", "Service start confirmed (sign-up); green option declined; address, dates, account number not prices; neutral."),

("FR34_073", "Sofia Russo", "2026-11-18T14:07:33", "asr",
"""A: grand meridian hotel billing sofia speaking
C: yeah you charged my card twice for the same stay three hundred and eighty dollars twice
A: i'm sorry let me look yes i see the duplicate
C: so can you take it off
A: yes i'll refund the duplicate it takes five to seven business days
C: five to seven days to give back money you took in five seconds
A: i understand can i offer you a room upgrade on your next stay for thirty
C: oh sure let me pay you more that sounds great
A: i'll just process the refund then
C: yeah you do that
""",
False, 0.0, "negative", "Duplicate charge refunded (refund not a sale); upgrade mocked (sarcasm = refusal); negative."),

("FR34_074", "Marcus Webb", "2026-11-19T11:50:09", "clean",
"""A: Zoom Car Rentals, Marcus speaking.
C: I need a compact car in Phoenix from the 8th to the 11th.
A: I have a Corolla at $48 a day. Shall I reserve it?
C: Yes, reserve it.
A: Done. Would you like the collision waiver at $19 a day, or prepaid fuel at $55?
C: No and no.
A: GPS for $10 a day?
C: No. I said I just want the car. Last time you people tacked on a bunch of stuff I didn't ask for.
A: Understood, just the car.
C: Frankly Hertz was a lot friendlier about it, but you're cheaper. Fine.
""",
True, 0.0, "negative", "Car reserved; all add-ons declined; praises competitor, polite-but-negative -> negative."),

("FR34_075", "Naomi Fischer", "2026-11-20T13:13:45", "asr",
"""A: golden hour photography naomi speaking
C: hi i'd love to book a family photo session in the park before christmas
A: lovely the one hour session is two fifty i have sunday the sixth at three
C: yes let's book sunday at three
A: booked would you like prints the eight by ten prints are twenty each
C: hmm let me think grandparents and us
C: okay we'll take five of them
A: and the digital files package is normally one fifty but with a session it's one twenty
C: oh yes we want the digital files at that price
A: perfect session plus five prints and the digital files
C: this is wonderful thank you so much
""",
True, 220.0, "positive", "Session booked; five 8x10 prints at $20 each = 100 + digital files revised $150->$120 = 220; positive."),

("FR34_076", "Raj Patel", "2026-11-23T17:40:57", "clean",
"""A: MetroVision Cable, Raj speaking.
C: Hi, I'd like to remove the premium movie channels from my account.
A: I can do that. Before I do, I can give you those channels at half price, $9 a month, for six months.
C: No, thanks. I just want them off.
A: Understood. I've removed them effective with your next bill.
C: Okay.
A: Is there anything else I can help with?
C: No. Thanks, but honestly the service hasn't been worth the money for a long time.
A: I'm sorry to hear that.
C: It is what it is. Bye.
""",
False, 0.0, "negative", "Channels removed, save offer refused (a removal is not a purchase); polite but negative."),

("FR34_077", "Elena Petrova", "2026-11-24T19:22:18", "asr",
"""A: skyjet airlines elena speaking
C: hi i'm flying to london on the fourth and i wanted to see about upgrading to business
A: let me check okay the upgrade is three hundred each way
C: three hundred each way
A: yes six hundred round trip or premium economy is one twenty each way
C: that's insane for eight hours
A: it does include lounge access
C: no forget it your economy seats are like torture devices anyway
A: i understand i'll keep you in your current seat
C: great can't wait
""",
False, 0.0, "negative", "Upgrade prices only asked about, refused; no purchase; sarcastic -> negative."),

("FR34_078", "Jordan Hayes", "2026-11-25T10:26:40", "clean",
"""A: Lanterna, Jordan speaking.
C: Hi, we'd like a table for two on Friday at 8. It's our anniversary, and we'd love the chef's tasting.
A: I'm so sorry, Friday is fully booked. I have Thursday at 6 or Saturday at 9:45.
C: Thursday we're working late, and 9:45 is too late for us.
A: I understand. I could put you on the Friday waitlist.
C: No, don't bother.
A: I'm sorry we couldn't help this time.
C: That's a shame. We've been coming for years, you'd think there'd be a table for regulars.
A: I'll pass that along.
C: Okay. Bye.
""",
False, 0.0, "negative", "Fully booked, alternatives refused, nothing booked; quietly disappointed with the restaurant -> negative."),

("FR34_079", "Grace Kim", "2026-11-26T08:49:02", "asr",
"""A: clearpath support grace speaking
C: hi i'm totally locked out of my account and i have a client presentation in like twenty minutes
A: oh no let's fix that can you confirm the email on the account
C: yes it's dana at brightfield dot com
A: okay i've sent a reset link
C: got it okay i'm in oh my gosh
A: you're all set
A: by the way we also have a two factor security add on for three a month
C: maybe later right now i just need to get to this meeting
C: seriously grace you saved my day thank you so much
""",
False, 0.0, "positive", "Free password reset, no purchase; 2FA add-on deferred; very grateful."),

("FR34_080", "Omar Haddad", "2026-11-27T15:36:25", "clean",
"""A: Hi, this is Omar from the Daily Ledger. Your print subscription ends this month. Can I renew it for you?
C: Oh, sure, yes, renew it.
A: Great, that's $18 a month. Would you like to add digital access for $2 more a month?
C: Yes, add the digital.
A: Done. Print and digital, $20 a month.
C: Hmm, wait. If I have digital, do I even need the paper?
A: Many readers keep both.
C: Actually, you know what, cancel all of it. I read everything online for free anyway.
A: Okay, I've cancelled the renewal and the digital add-on.
C: Okay, thanks.
""",
False, 0.0, "neutral", "Renewal and digital add-on accepted, then whole order cancelled -> no conversion, no upsell; neutral."),
]
