CALLS = [
("FR41_001", "Priya Nair", "2026-11-02T09:14:00", "asr",
"""A: thanks for calling brightline mobile this is priya how can i help
C: hi yeah um my contract's up end of the month and i wanna renew i guess
A: sure i can do that for you the unlimited plan stays at forty five a month
C: okay yeah that's fine same as now
A: and while i have you a lot of folks add the travel pass it's uh three fifty a month and covers calls in canada and mexico
C: mhm
A: so you'd get the roaming without the daily charges
C: three fifty like three dollars fifty
A: yes three fifty a month exactly
C: oh okay that's nothing yeah throw that on i'm in toronto twice a year
A: done so renewal at forty five plus the travel pass at three fifty starting on the first
C: cool thanks priya that was easy""",
True, 3.50, "positive", "renewal committed; travel pass accepted, 'three fifty' clarified as 3.50/month; pleased"),

("FR41_002", "Marcus Bell", "2026-11-02T18:40:00", "asr",
"""A: good evening la rosa trattoria marcus speaking
C: hi um i'd like a table for six on saturday at uh seven thirty
A: let me check saturday at seven thirty for six
C: it's my mom's seventieth so
A: i'm so sorry we're fully booked saturday evening the earliest i have is nine forty five
C: nine forty five no she'll be asleep by then
A: i could do sunday at six
C: no it has to be saturday that's her birthday
A: i understand i can put you on the waitlist and call if something opens
C: yeah sure that's my number ending four four one two
A: got it you're on the waitlist
C: okay well that's disappointing honestly i booked here last year no problem""",
False, 0.0, "negative", "requested slot unavailable, alternatives refused; waitlist is not a booking; 'yes' is to phone number; quietly disappointed"),

("FR41_003", "Sofia Reyes", "2026-11-02T11:05:00", "clean",
"""A: Hi, this is Sofia from Harbor Mutual. You requested a quote for home insurance on 214 Elm Street?
C: Yes, that was me.
A: For a house that size, full coverage comes to $1,140 a year, or $95 a month.
C: Hm. That's a bit more than I pay now with Crestline.
A: I can include flood coverage for an extra $12 a month, which Crestline doesn't offer.
C: Okay. Can you email me the breakdown? I need to go over it with my husband.
A: Of course. Same email as on the quote form?
C: Yes, that's my email.
A: Great, I'll send it now and follow up Thursday.
C: Thursday works. Thanks.""",
False, 0.0, "neutral", "deferral (email details, talk to husband); yes only to email; flood add-on never accepted"),

("FR41_004", "Daniel Okafor", "2026-11-03T10:22:00", "asr",
"""A: streamhouse retention daniel speaking
C: yeah hi i want to cancel my account the price went up again
A: i'm sorry to hear that can i ask what you're paying now
C: seventeen ninety nine which is like uh way too much for what we watch
A: i totally get it what i can do is put you on the basic with ads at seven ninety nine for the next twelve months
C: hmm with ads
A: yeah about four minutes an hour
C: and i'd keep my profiles and stuff
A: everything stays the same
C: okay fine i'll stay on that one then
A: perfect i've switched you to basic with ads seven ninety nine starting next cycle
C: alright thanks""",
True, 0.0, "neutral", "retention offer accepted (cheaper plan) = conversion, no upsell; irritated opening settles to flat acceptance"),

("FR41_005", "Hannah Lindqvist", "2026-11-03T08:31:00", "asr",
"""A: cool air heating and cooling this is hannah
C: hi um our furnace is making this like banging noise when it kicks on
A: oh no okay we can send a tech out the diagnostic visit is eighty nine
C: okay yeah
A: i have tomorrow between eight and ten or thursday afternoon
C: tomorrow morning please the earlier the better
A: and the address
C: it's four eleven birch lane unit two
A: got it four eleven birch lane unit two tomorrow eight to ten eighty nine for the visit can i confirm that
C: yep that's right
A: we're also running the winter tune up for an extra forty nine if you want the tech to do it while he's there
C: uh yeah might as well do that too since he's coming anyway
A: great added the tune up for forty nine
C: awesome you guys are always quick thank you""",
True, 49.00, "positive", "service visit booked via read-back; tune-up add-on 49 accepted; address numbers not prices"),

("FR41_006", "Tomas Ruiz", "2026-11-03T13:47:00", "asr",
"""A: ledgerly support this is tomas
C: hi yeah i've been locked out of my account for two days and nobody answered my emails
A: i'm really sorry about that let me look you up what's the email on the account
C: it's uh m hollis at fastmail dot com
A: okay i see the lockout it was triggered by too many reset attempts
C: yeah because the reset link kept expiring
A: i've cleared it and sent a fresh link it's good for an hour
C: hang on okay got it it's asking for a new password
A: go ahead and set it and you should be in
C: i'm in oh thank god okay
A: anything else i can help with
C: no that's it you actually fixed it in five minutes thank you so much""",
False, 0.0, "positive", "support only (free unlock), nothing bought; frustrated start, grateful end"),

("FR41_007", "Aisha Khan", "2026-11-04T12:10:00", "asr",
"""A: thanks for calling the riverside amphitheater box office aisha speaking
C: hey um i'm trying to get tickets for the june fifteenth show the jazz thing
A: the summer jazz night yes lawn seats are thirty two each
C: okay i need four
A: so four lawn tickets for june fifteenth that's one twenty eight total and no fees on phone orders is that correct
C: yeah that's correct uh what time do gates open
A: gates at six show at seven thirty and would you like to add parking it's eighteen per car
C: mhm
A: it's right by the gate
C: nah we'll take the shuttle
A: no problem your four tickets are booked
C: perfect this is gonna be so fun thanks""",
True, 0.0, "positive", "read-back confirmed then question; parking backchannel then declined"),

("FR41_008", "Ben Carter", "2026-11-04T15:26:00", "asr",
"""A: westgate honda service ben speaking
C: hi um i got the thing from the inspection saying i need front brakes
A: yeah i see it here for the twenty nineteen civic pads and rotors front
C: how much are we talking
A: it's four twenty with parts and labor
C: oof okay um honestly if it was under three hundred i'd just do it here
A: i can't get it under three hundred the rotors alone are one sixty
C: yeah no i get it but midas quoted me two seventy nine so
A: understood we'd be happy to see you if you change your mind
C: yeah okay i'm kinda disappointed though i've always come here thanks anyway""",
False, 0.0, "negative", "conditional acceptance (under 300) not met; goes to competitor; polite but disappointed"),

("FR41_009", "Mei Chen", "2026-11-05T10:02:00", "clean",
"""A: Thanks for calling Nordhaus Furniture, this is Mei.
C: Hi! I'd like to order the Aspen oak bed frame, queen size, that's on your site for $899.
A: Lovely choice. Would you like matching nightstands? They're $240 each.
C: Yes, two of those please.
A: And we offer white-glove assembly for $120.
C: Sure, add assembly too.
A: So the Aspen queen at $899, two nightstands at $240 each, and assembly at $120. Shall I place that?
C: Hmm, actually, drop the assembly. My brother can put it together. The rest is fine.
A: No problem. Aspen queen plus two nightstands, placed. Delivery is the 19th.
C: Great, thank you, that was painless.""",
True, 480.00, "positive", "bed ordered; 2 x 240 nightstands = 480; assembly retracted by name"),

("FR41_010", "Luca Romano", "2026-11-05T16:55:00", "asr",
"""A: first harbor bank this is luca
C: yeah hi so i got charged a thirty five dollar overdraft fee for being like four dollars over
A: let me take a look at that for you
C: oh great i love paying thirty five bucks for a four dollar coffee
A: i see it it posted on the ninth i can refund that as a one time courtesy
C: mhm
A: and would you like to set up overdraft protection it links your savings and it's free
C: uh no i'd rather you guys just not do this to people
A: understood the refund will show in one to two business days
C: right sure whatever""",
False, 0.0, "negative", "fee refund only, free service declined; sarcasm throughout"),

("FR41_011", "Grace Mensah", "2026-11-06T09:40:00", "asr",
"""A: seaview inn reservations grace speaking
C: hi i need a room for the twelfth through the fifteenth two adults
A: let me see i have a king room at one forty nine a night
C: one forty nine is that with tax
A: with tax it comes to about five hundred and twelve for the three nights
C: okay um yeah that's fine go ahead and book it
A: i've got that booked our checkout is eleven but late checkout till two is twenty five
C: yeah what time's check in though
A: check in is at four
C: okay and the late checkout uh yeah let's do it our flight's not till six
A: added late checkout twenty five dollars confirmation is sent to your email
C: okay thanks""",
True, 25.00, "neutral", "room booked; 'yeah' + question, late checkout accepted two turns later = 25"),

("FR41_012", "Oliver Hart", "2026-11-06T19:15:00", "asr",
"""A: hi this is oliver with sunpeak energy am i speaking with the homeowner
C: uh who is this
A: oliver from sunpeak we're offering free home solar assessments in your area
C: how did you get this number
A: you're on a list of homeowners in the twelve hundred block of
C: look i've gotten like six of these calls this week
A: i completely understand it only takes
C: no take me off your list please this is harassment honestly
A: i'll remove you right away
C: yeah do that""",
False, 0.0, "negative", "cold call refused; angry"),

("FR41_013", "Nadia Petrova", "2026-11-09T08:12:00", "clean",
"""A: Maple Dental, this is Nadia.
C: Hi, I'm due for a cleaning. I think it's been about seven months.
A: Let me check. Yes, last visit was April 3rd. I have Tuesday the 17th at 10:30 or Wednesday the 18th at 3:15.
C: Wednesday at 3:15, please.
A: You're booked Wednesday the 18th at 3:15 with Dr. Alvarez. Your insurance covers it in full.
C: Oh nice. Does she do whitening too?
A: She does, it's $350 in-office. I can add it to that visit.
C: Not right now, just the cleaning. But thanks for fitting me in so fast.
A: Of course. See you on the 18th.
C: See you then!""",
True, 0.0, "positive", "picked one offered slot = appointment booked; whitening price asked about, declined"),

("FR41_014", "Sam Whitfield", "2026-11-09T14:03:00", "asr",
"""A: netwave support sam speaking
C: my internet has been down for three days three days and i work from home
A: i'm really sorry let me run a test on your line
C: i've already restarted the modem like fifty times
A: okay i'm seeing a signal issue at the pole it'll need a tech
C: unbelievable
A: the first slot i have is friday between one and five
C: friday it's tuesday
A: i know i'm sorry i can add you to the cancellation list for sooner
C: fine book friday and put me on the list and i want a credit for this week
A: booked friday one to five and i've applied a credit for the three days
C: a credit for three days of nothing great just great""",
True, 0.0, "negative", "repair appointment booked (appointment counts even if free); credit not upsell; furious, sarcastic end"),

("FR41_015", "Ines Duarte", "2026-11-10T11:30:00", "asr",
"""A: hi this is ines from taskgrid you had a demo with us last week
C: oh yeah hi um yeah we liked it a lot actually
A: great so the team plan is ninety nine a month and it includes five seats
C: okay we've got seven people though me and six others
A: extra seats are twelve a month each
C: mhm
A: so for you that's two extra seats and there's also priority support at forty a month
C: the support i don't think we need um but yeah let's do the team plan with the two extra seats
A: perfect team plan plus two seats at twelve each starting today
C: sweet can you send the invoice to our finance person
A: absolutely what's their email
C: it's a p at northloop studio dot com
A: got it sending now
C: thanks this is gonna save us so much time""",
True, 24.00, "positive", "team plan bought; 2 extra seats x 12 = 24; priority support declined; headcount not a price"),

("FR41_016", "Kofi Asante", "2026-11-10T17:48:00", "asr",
"""A: swift car rental kofi speaking
C: hi um i need a car from the airport on the twentieth back on the twenty fourth
A: sure compact is thirty nine a day midsize is forty eight
C: compact's fine it's just me
A: so compact four days at thirty nine that's one fifty six before tax shall i reserve it
C: yeah go on then
A: done and do you want the full damage waiver it's fifteen a day
C: um what's the deductible without it
A: it's a thousand
C: hmm yeah no my credit card covers that i think
A: okay no waiver you're all set
C: okay cheers""",
True, 0.0, "neutral", "reservation accepted ('go on then'); waiver: question then decline"),

("FR41_017", "Priya Nair", "2026-11-11T10:18:00", "asr",
"""A: golden spoon catering this is priya
C: hi um i need food for an office lunch thursday about thirty people
A: sure our taco bar is fourteen a head
C: okay so that's uh four twenty
A: yes four twenty for thirty and delivery is free over three hundred
C: great yeah let's do the taco bar
A: would you like to add the dessert tray it's normally sixty but i can do forty five for you this week
C: ooh forty five yeah add that
A: lovely taco bar for thirty plus the dessert tray at forty five delivered thursday at eleven thirty
C: perfect thank you you're a lifesaver""",
True, 45.00, "positive", "catering ordered; dessert tray at revised price 45 (not 60)"),

("FR41_018", "Marcus Bell", "2026-11-11T15:37:00", "asr",
"""A: harbor mutual claims marcus speaking
C: hi i'm calling about claim uh four four nine one i filed three weeks ago
A: let me pull that up
C: i was told i'd hear back in ten days
A: i see it's waiting on an adjuster review
C: okay um is there any way to speed that up
A: i can flag it as a priority
C: please do i mean i've been paying you guys for eleven years and this is really not how i expected to be treated
A: i understand i've flagged it you should hear within forty eight hours
C: okay well i'll believe it when i see it""",
False, 0.0, "negative", "claim status complaint; no purchase; polite but negative"),

("FR41_019", "Sofia Reyes", "2026-11-12T09:05:00", "clean",
"""A: Thanks for calling IronWorks Fitness, this is Sofia.
C: Hi, I'd like to cancel my membership. I'm moving to Denver next month.
A: Sorry to see you go! We do have a location in Aurora. Would you like to transfer instead?
C: Aurora is about 40 minutes from where I'll be, so no.
A: Understood. I could freeze it for $5 a month in case you come back.
C: No thanks, I'll just cancel.
A: Okay, your membership ends November 30th. There's no cancellation fee.
C: Good to know. Thanks.""",
False, 0.0, "neutral", "cancellation; transfer and freeze offers declined; matter-of-fact"),

("FR41_020", "Daniel Okafor", "2026-11-12T20:10:00", "asr",
"""A: voltmart phone orders daniel speaking
C: hey i wanna order the um the sony w h one thousand x m five headphones
A: sure those are three ninety nine in black or silver
C: black
A: and we have a two year protection plan for forty nine
C: yeah okay add the protection
A: alright so headphones at three ninety nine plus protection at forty nine shall i put it through
C: hang on my buddy's texting me uh he says costco has them for two ninety nine right now
A: we can't price match costco unfortunately
C: yeah then um let's just cancel the whole thing sorry man
A: no problem nothing's been charged
C: okay thanks""",
False, 0.0, "neutral", "order and accepted add-on cancelled as a whole; model number not a price"),
]
