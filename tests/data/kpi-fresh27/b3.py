CALLS = [
("FR27_041", "Aisha Rahman", "2026-11-02T08:25:13", "asr",
"""A: citylab diagnostics aisha speaking
C: hi i need to book bloodwork my doctor sent the order over
A: sure i see it a basic panel do you prefer the downtown site or the one on fifth avenue
C: uh fifth avenue
A: i have tomorrow at seven thirty remember to fast for twelve hours
C: seven thirty yeah book that
A: booked your insurance covers the panel but the vitamin d test isn't included it'd be forty dollars
C: my doctor mentioned that one yeah add it i'll pay the forty
A: added
C: okay""",
True, 40.00, "neutral", "lab appointment booked; vitamin d test 40 accepted; times and hours not prices"),

("FR27_042", "Luis Ortega", "2026-11-03T12:36:47", "clean",
"""A: Grand Lyric Theatre box office, Luis speaking.
C: Hi, I'd like two tickets for Hamilton on the 21st, evening show.
A: I have orchestra seats at $145 each or mezzanine at $95 each.
C: Mezzanine, please. Actually no, it's our anniversary. Let's do orchestra.
A: Two orchestra seats for the 21st at 7:30, $290 total. Shall I confirm?
C: Yes, confirm them.
A: Done. Would you like a pre-paid parking pass for $18, and a champagne toast at intermission for $25 per person?
C: Parking yes. The champagne, sure, for both of us.
A: Okay, parking and two champagne toasts.
C: Hmm, on second thought, drop the champagne, she doesn't drink. Just the parking.
A: No problem, just the parking then.
C: Wonderful, thank you, this is going to be a great night.""",
True, 18.00, "positive", "changed mind on seat tier, then confirmed; parking 18 kept, champagne retracted by name; happy"),

("FR27_043", "Megan Shaw", "2026-11-04T17:48:30", "asr",
"""A: skyreach wireless megan speaking
C: hi i'm calling because verizon offered me a free iphone if i switch
A: we can match with the upgrade credit of eight hundred on a new line if you sign for thirty six months
C: thirty six months no way
A: i can also knock five off your monthly
C: verizon's offer is just better honestly and their coverage at my house is way better too
A: is there anything that would keep you with us
C: not really i'd stay if you could do it without the contract but you can't
A: unfortunately not
C: yeah then i'm switching""",
False, 0.0, "negative", "hypothetical stay not met; leaving; praises competitor"),

("FR27_044", "Kenji Mori", "2026-11-05T10:57:02", "asr",
"""A: summit bank kenji speaking
C: hi um i want to open a high yield savings account do i need to come in
A: you can do it online or i can book you with a banker
C: i'd rather talk to someone
A: sure i have friday at ten or saturday at eleven at the main street branch
C: saturday eleven
A: great you're booked saturday at eleven bring two forms of id
C: okay will do
A: anything else
C: nope thanks""",
True, 0.0, "neutral", "banker appointment booked by picking an offered slot (appointment = conversion)"),

("FR27_045", "Rosa Delgado", "2026-11-06T13:31:19", "asr",
"""A: rapid flow plumbing rosa speaking
C: hi my kitchen sink is backing up and there's water everywhere this is a nightmare
A: oh no i can have someone out within two hours the call out is one fifty
C: one fifty just to show up
A: normally yes but since you're in our service area this week it's ninety nine
C: okay fine send someone
A: sent do you want them to flush the water heater while they're there it's usually eighty but sixty with a visit
C: uh sure if it's sixty do it
A: done mike will be there by four
C: okay thank you i really appreciate how fast you're being""",
True, 60.00, "positive", "visit booked at revised call-out (main); flush revised 80 -> 60, accepted conditionally on 60 (met); stressed start, grateful end"),

("FR27_046", "Omar Haddad", "2026-11-09T09:12:44", "clean",
"""A: Pinecrest Lodge reservations, Omar speaking.
C: Hi, do you have a room for two on December 31st?
A: I'm sorry, we're fully booked for New Year's Eve.
C: What about the 30th?
A: The 30th is also full. Our sister property in Aspen Creek has a room at $310.
C: That's about an hour away, right?
A: About 45 minutes.
C: No, that won't work, we have dinner plans in town. I'll try somewhere else.
A: Understood. Sorry we couldn't help.
C: No problem, thanks.""",
False, 0.0, "neutral", "no availability; alternative declined; 'no problem' neutral"),

("FR27_047", "Claire Dubois", "2026-11-10T11:20:35", "asr",
"""A: case city claire speaking
C: hey i want to order the clear case for the pixel nine
A: sure that's twenty nine ninety five should i place it
C: yeah
A: done do you want screen protectors they're twelve ninety nine each or the two pack for nineteen ninety nine
C: two pack
A: okay two pack added shipping to the address on file
C: uh yeah three twelve pine street
A: perfect
C: okay""",
True, 19.99, "neutral", "yes to closing question; picks two-pack bundle 19.99 (not 2 x 12.99); model and address not prices"),

("FR27_048", "Ben Whitaker", "2026-11-11T08:43:58", "asr",
"""A: ironworks fitness ben here
C: hi i need to cancel my membership i moved
A: sorry to see you go i can freeze it for ten a month instead
C: no i moved to another state
A: okay there's a fifty dollar early termination fee
C: seriously nobody told me that when i signed up
A: it's in the contract section four
C: of course it is this is such a scam
A: i can waive half so twenty five
C: just cancel it
A: it's cancelled
C: great thanks for nothing""",
False, 0.0, "negative", "retention freeze refused; cancellation done; fee is not a purchase; angry and sarcastic"),

("FR27_049", "Priya Nair", "2026-11-12T14:02:11", "clean",
"""A: Siteforge support, this is Priya.
C: Hi! I'm on the free plan and I want to start selling my candles online.
A: Congrats! You'd need the Business plan, $25 a month. Want me to upgrade you?
C: Yes, let's do it.
A: Done. A custom domain is $15 a year. Do you have one in mind?
C: Yes, glowandwick.com. Is it free?
A: It's available. Shall I register it?
C: Please.
A: Professional email is $6 per mailbox per month.
C: Two mailboxes, one for me and one for my sister.
A: All set up.
C: Amazing, I'm so excited, thank you!""",
True, 27.00, "positive", "paid plan upgrade (main); domain 15 + 2 mailboxes x 6 = 27; 'is it free' asks availability; excited"),

("FR27_050", "Marcus Bell", "2026-11-13T10:38:26", "asr",
"""A: northgate insurance claims marcus speaking
C: hi i need to file a claim someone backed into my car at the grocery store
A: sorry to hear that is everyone okay
C: yeah just the bumper
A: do you have the other driver's info
C: yeah her name is linda park policy with state farm
A: okay i've opened claim number ending six six two an adjuster will call in two days
C: okay
A: anything else
C: no that's it thanks""",
False, 0.0, "neutral", "claim filing, no purchase; 'yeah' answers are not commitments; routine tone"),

("FR27_051", "Elena Ruiz", "2026-11-16T18:07:50", "asr",
"""A: osteria nove elena speaking
C: hi uh do you have anything friday for four around seven thirty
A: friday we're full i'm sorry i could do thursday at seven thirty
C: hm thursday um yeah let's do thursday
A: wonderful thursday seven thirty party of four and would you like the tasting menu with wine pairing it's fifty five per person for the pairing
C: ooh yes for all four of us
A: lovely four wine pairings
C: this is my in laws' anniversary so i'm glad it worked out
A: we'll do something special for them
C: oh you're the best thank you""",
True, 220.00, "positive", "friday full, thursday alternative taken; wine pairing 55 per person x 4 = 220; warm"),

("FR27_052", "Tom Okafor", "2026-11-17T08:58:00", "clean",
"""A: Metronet support, Tom speaking.
C: My internet has been down since 6 this morning. I work from home. This is the third outage this month.
A: I'm sorry. There's a line repair in your area, estimated fix by 3 pm.
C: 3 pm. So I lose a whole day of work.
A: I can credit you $20 on this month's bill.
C: Twenty dollars. Wow. Generous.
A: I can also book a technician to check your line on Friday.
C: Don't bother. I'm looking at other providers.
A: I understand. The credit is applied.
C: Fine.""",
False, 0.0, "negative", "outage complaint; credit is not a sale; technician declined; sarcasm"),

("FR27_053", "Hannah Cole", "2026-11-18T12:15:37", "asr",
"""A: metrovision mobile hannah speaking
C: hi i wanna add a line for my son he's turning thirteen
A: sure an additional line is forty a month do you want to add it
C: yeah add it
A: done is he getting a new phone
C: he's getting my old one
A: okay do you want device protection it's nine a month
C: um given it's a thirteen year old yes
A: ha added
C: is there parental controls
A: yes free in the app
C: okay cool""",
True, 9.00, "neutral", "new line is the main purchase; device protection 9/month is the add-on; thirteen is age"),

("FR27_054", "Dev Patel", "2026-11-19T15:44:03", "asr",
"""A: hi this is dev from brightdesk following up on your trial
C: oh hey yeah
A: your trial ends friday would you like to move to the team plan at nineteen per user
C: uh we like it but i'm not the one who decides
A: totally who should i talk to
C: my boss but um can you email me a summary with pricing for like eight users
A: sure i'll send it today
C: cool and can the trial be extended a week
A: i can extend it to next friday
C: okay yeah that'd help thanks""",
False, 0.0, "neutral", "interest only, wants email; free trial extension is not a purchase"),

("FR27_055", "Sofia Marin", "2026-11-20T09:49:21", "clean",
"""A: Petal & Stem, this is Sofia.
C: Hi. I ordered a bouquet for my mother on Monday and it arrived wilted. Half the roses were brown.
A: I'm so sorry. I can issue a full refund, or send a fresh bouquet at no charge.
C: I don't want a refund, I want her to actually get flowers. Send the new one.
A: Of course. Would you like to upgrade to a glass vase for $20? Last time it went in a paper wrap.
C: Yes, the vase. And it has to arrive by Thursday.
A: It'll go out first thing tomorrow.
C: Fine. I'm giving you one more chance, but honestly I'm really disappointed.""",
True, 20.00, "negative", "free replacement plus paid vase upgrade 20 accepted -> upsell and conversion (see README); disappointed"),

("FR27_056", "Jake Turner", "2026-11-23T16:26:48", "asr",
"""A: westfield honda this is jake
C: hi i test drove the gray cr v yesterday stock number four one one eight and i've been thinking about it all night
A: oh great the twenty twenty two we had it at twenty six nine ninety five
C: yeah if you can do twenty six flat i'll take it today
A: let me check with my manager okay he said twenty six flat works
C: seriously awesome then yes i'll take it
A: fantastic would you like the extended warranty it's twelve hundred for five years
C: uh what's the deductible
A: zero on covered repairs
C: okay yeah add the warranty
A: you got it come in at four to sign
C: i'll be there thank you so much jake""",
True, 1200.00, "positive", "conditional price met, car bought; warranty 'twelve hundred' accepted; stock number and year not prices"),

("FR27_057", "Aisha Rahman", "2026-11-24T08:33:15", "asr",
"""A: smile studio dental aisha speaking
C: hi i'm a new patient i have a cracked tooth and it's killing me
A: i'm sorry to hear that what insurance do you have
C: delta dental ppo
A: unfortunately we're out of network for delta
C: are you serious your website says you take it
A: it's an older page i apologize we could still see you as self pay the exam is one twenty
C: i'm not paying out of pocket when my insurance covers it somewhere else
A: i understand
C: you should really fix that website i wasted twenty minutes on this bye""",
False, 0.0, "negative", "no booking made; self-pay refused; annoyed at wrong website"),

("FR27_058", "Luis Ortega", "2026-11-25T13:59:09", "asr",
"""A: riverside arena box office luis speaking
C: hi i want two tickets for the jazz fest on the twenty second
A: sure general admission is sixty five each plus service fees
C: how much are the fees
A: eleven fifty per ticket
C: eleven fifty per ticket for what exactly
A: processing and facility fees i'm sorry
C: ugh whatever just book the two
A: booked do you want to upgrade to the vip lounge forty more per ticket
C: yeah for both actually at least we'll have somewhere to sit
A: done two vip upgrades
C: fine but those fees are a total joke""",
True, 80.00, "negative", "tickets booked; vip upgrade 40 per ticket x 2 = 80; fees are not upsell; annoyed by fees"),

("FR27_059", "Megan Shaw", "2026-11-26T10:42:52", "asr",
"""A: skyreach fiber megan speaking
C: hi we just moved to the area and the neighbors say you're the best
A: aw that's nice to hear what's the address
C: two two eight willow court
A: good news you're in our fiber zone the five hundred meg plan is fifty five a month
C: perfect sign us up
A: done installation is free and i have thursday at ten
C: thursday works
A: would you like our whole home wifi pods for ten a month
C: yes please the house is huge
A: added
C: yay thank you this was so smooth""",
True, 10.00, "positive", "sign-up; wifi pods 10/month accepted; address and speed not prices; happy"),

("FR27_060", "Kenji Mori", "2026-11-27T11:11:29", "asr",
"""A: summit bank kenji speaking
C: hi my cd matured and the renewal rate you sent is like half what other banks pay
A: let me look you're at three point one
C: ally is paying four and a half
A: i can bump it to three point six for twelve months
C: that's still worse
A: it's the best i have for existing customers
C: ugh fine renew it at three six moving everything is a hassle but i'm not happy about it
A: done it's renewed
C: yeah""",
True, 0.0, "negative", "grudging renewal = conversion; rates are not prices; 'not happy'"),
]
