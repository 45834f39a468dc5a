# FR14_041 - FR14_060, written by hand
CALLS = [
("FR14_041", "Priya Raman", "2026-11-19T18:35:27", "clean",
"""A: Napoli Express, Priya speaking, delivery or collection?
C: Delivery. Two large margheritas, please.
A: Two large margheritas at $15.99 each. Would you like garlic bread for $4.50 or a 2-litre soda for $3?
C: Both, go on.
A: So two large margheritas, a garlic bread and a 2-litre soda, $39.48 with delivery to 8 Ash Close?
C: Yes. And please make sure it's hot this time. Last Friday it took over an hour and arrived cold.
A: I'm sorry about that, I've put a note on the order.
C: Fine, but if it's cold again I won't be ordering from you again.""",
True, 7.50, "negative", "order confirmed; garlic bread $4.50 + soda $3 = $7.50; ends with a complaint/warning"),

("FR14_042", "Tomasz Kowalczyk", "2026-11-19T19:10:02", "asr",
"""A: twenty four seven locks tomasz speaking
C: hi i've locked myself out of my flat my keys are inside
A: okay we can have someone there within forty minutes it's one twenty for an evening call out
C: one twenty just to open a door that's a rip off
A: it includes the call out and the entry without damage
C: honestly ugh fine send someone i don't really have a choice do i
A: what's the address
C: flat three forty one queen street
A: okay he's on his way
C: yeah okay""",
True, 0.0, "negative", "books locksmith reluctantly; resentful about price"),

("FR14_043", "Amara Okafor", "2026-11-20T10:28:45", "clean",
"""A: GreenEdge Landscaping, Amara speaking.
C: Hi, I've got a long hedge along the front that needs cutting back, about 20 metres. What would that cost?
A: For 20 metres at normal height, it's usually around $180, including taking the clippings away.
C: Okay. Is that fixed, or could it change once you see it?
A: It's an estimate, the team would confirm on the day before starting.
C: Not sure yet. Could you send that to me in writing?
A: Sure, I'll email a quote today.
C: Okay, thanks.""",
False, 0.0, "neutral", "quote request only; 'not sure yet'; no booking"),

("FR14_044", "Daniel Whitfield", "2026-11-20T14:14:36", "asr",
"""A: hello movewell physio daniel speaking
C: hi um i hurt my knee running and my gp said to see a physio
A: sorry to hear that the initial assessment is seventy and takes about forty five minutes
A: a lot of people go for our package of five follow ups that's two fifty instead of sixty each
C: hmm let's just do the assessment first and see what they say
A: sure thing i've got friday at eight fifteen
C: yeah friday's great
A: okay you're booked friday eight fifteen
C: thanks you've been really nice about it""",
True, 0.0, "positive", "books assessment; follow-up package not taken; friendly"),

("FR14_045", "Mei-Lin Chou", "2026-11-20T09:50:11", "clean",
"""A: Happy Tails Boarding Kennels, Mei-Lin speaking.
C: Hi, I need to board my two dogs from December 22nd to the 29th.
A: Let me check... I'm afraid we're fully booked for Christmas week.
C: Oh no. Is there anything at all? Even just the first few nights?
A: Sorry, every run is taken. I could put you on the waiting list in case someone cancels.
C: Yes, put me on the waiting list. My number is 555-0142.
A: Done. I'll call you if anything comes up.
C: This is really stressful, we fly out on the 22nd and everyone's full.""",
False, 0.0, "negative", "no booking possible; yes to waiting list is not a purchase; stressed"),

("FR14_046", "Rafael Ortega", "2026-11-21T11:07:29", "asr",
"""A: safehome security rafael speaking
C: hi we got your leaflet about the alarm systems and wanted to know a bit more
A: sure our standard kit is ninety nine installed and then monitoring is twenty nine a month
C: okay and is there a contract
A: yeah it's a twelve month minimum
C: mhm okay um let me talk to my wife first she's the one who wanted it
A: of course shall i send you the details
C: yeah you can email them to me
A: will do
C: okay thanks""",
False, 0.0, "neutral", "enquiry; defers to wife; asks for email details"),

("FR14_047", "Siobhan Gallagher", "2026-11-21T15:42:50", "clean",
"""A: FixMyPhone, Siobhan speaking.
C: Hi, I dropped my phone and the screen's shattered. It's an iPhone 13.
A: We can replace that screen for $129 and do it same-day. Can you come in at 1?
C: Yes, I'll come at 1.
A: Great. Would you like a tempered glass protector fitted for $15? And we have cases for $20.
C: The screen protector yes, I've learned my lesson. I've already got a case.
A: Perfect, screen replacement plus protector, see you at 1.
C: Brilliant, thanks, that's so much quicker than I thought.""",
True, 15.00, "positive", "books repair; protector $15 accepted, case declined; pleased"),

("FR14_048", "Kenji Watanabe", "2026-11-22T12:33:17", "asr",
"""A: chapter and verse books kenji speaking
C: hi do you have the new novel by anne tyler in stock
A: let me check um not on the shelf but i can order it in it'd be here thursday twenty two ninety nine
C: yeah order it in for me please
A: okay can i get a name
C: it's rob ellis
A: and would you like it gift wrapped it's two fifty
C: oh yeah it's a present so yes wrap it please
A: lovely ready thursday
C: okay""",
True, 2.50, "neutral", "orders book; gift wrap $2.50 accepted"),

("FR14_049", "Fatima Haddad", "2026-11-22T16:09:55", "clean",
"""A: Stitch & Press Tailoring, Fatima speaking.
C: Hi, I picked up my suit trousers on Monday and they've been hemmed far too short. I have a wedding on Saturday.
A: I'm so sorry. Can you bring them in? If there's enough fabric in the hem we can let them down.
C: There had better be. I was very clear about the length.
A: We'll do it free of charge and have them ready Friday.
C: Okay, I'll bring them tomorrow, but honestly I'm really not happy about this.""",
False, 0.0, "negative", "complaint; free fix is not a purchase; unhappy"),

("FR14_050", "Lars Eriksson", "2026-11-23T17:27:04", "asr",
"""A: hi lockdown escape rooms lars here
C: hey um i want to book the pirate room for six people saturday evening
A: we've got seven pm free it's thirty per person
C: cool
A: so six people pirate room saturday at seven one eighty total is that right
C: yep that's right
A: great and we do a photo package after for ten
C: nah we're good
A: no worries you're booked
C: awesome can't wait it's my brother's birthday""",
True, 0.0, "positive", "confirms booking read-back; photo package declined; enthusiastic"),

("FR14_051", "Nadia Petrova", "2026-11-23T10:02:48", "clean",
"""A: PrintHub, Nadia speaking.
C: Hi, I need 500 business cards. I uploaded the design this morning.
A: I see it. 500 standard cards are $45. For only $12 more you could have the premium matte stock, it feels a lot nicer.
C: Yes, do the premium matte.
A: Done. Standard turnaround is 5 working days. A rush, in 2 days, is $20 extra.
C: How much did you say for the rush? $20? No, 5 days is fine.
A: Okay, 500 premium matte cards, $57, ready on the 30th.
C: Okay, that's fine.""",
True, 12.00, "neutral", "orders cards; premium matte $12 more accepted; rush fee only asked about"),

("FR14_052", "Marcus Bell", "2026-11-24T13:19:26", "asr",
"""A: dreamwell mattresses marcus speaking
C: hi i bought a mattress from you about six weeks ago and i want to return it
A: okay can i ask what the problem is
C: it's just way too firm my back's been killing me every morning
A: sorry to hear that it's within the hundred night trial so we can collect it
A: there's a collection fee of fifty and the rest gets refunded
C: fifty to collect it i wasn't told that
A: it's in the trial terms i'm afraid
C: honestly really disappointed i spent a lot of money on this
A: i'll book the collection for next tuesday
C: yeah fine""",
False, 0.0, "negative", "return and refund; collection fee not a purchase; disappointed"),

("FR14_053", "Ingrid Solberg", "2026-11-24T08:44:33", "clean",
"""A: CoastLine Coaches, Ingrid speaking.
C: Hi, I'd like two tickets to Boston on Friday, the 8:00 departure.
A: Two adults on the 8:00 to Boston, $38 each, $76 total. Is that right?
C: Yes, that's correct.
A: You can reserve seats together for $4 each.
C: Yes, reserve two together please.
A: That's $84 total, I'll send the e-tickets to your email.
C: Okay, thanks.""",
True, 8.00, "neutral", "confirms ticket read-back; seat reservation $4 x 2 = $8 accepted"),

("FR14_054", "Omar Farouk", "2026-11-24T15:58:09", "asr",
"""A: sunseeker holidays omar speaking
C: hi i got a quote from you last week for the week in tenerife and i want to book it
A: lovely let me pull it up um okay the same hotel and flights
C: yeah let's do it book it
A: okay just checking the price now oh i'm sorry it's gone up it's now two hundred more than the quote the flights have gone up
C: two hundred more no then forget it
C: i'm not paying that when you quoted me a week ago
A: i understand i can look at other dates
C: no don't bother i'm a bit annoyed to be honest
A: sorry about that""",
False, 0.0, "negative", "said book it, then retracted when price rose; annoyed"),

("FR14_055", "Chloe Beaumont", "2026-11-25T11:14:51", "clean",
"""A: Strike Zone Bowling, Chloe speaking.
C: Hi, I'd like to book a kids' birthday party for my daughter, 10 children, Sunday afternoon.
A: Lovely! The party package is $18 per child, two games and shoes included. Sunday at 2?
C: Yes, 2 is perfect. Book it.
A: Done. We can add pizza and juice for $6 per child.
C: Yes, add that for all 10.
A: So 10 children with pizza, that's $180 plus $60.
C: Great, she's going to be over the moon. Thank you!""",
True, 60.00, "positive", "books party; pizza $6 x 10 children = $60 accepted; happy"),

("FR14_056", "Arjun Mehta", "2026-11-25T09:36:20", "asr",
"""A: tyre world arjun speaking
C: hi yeah how much for four tyres for a golf two oh five fifty five sixteen
A: the mid range ones are seventy five each fitted so three hundred
C: okay yeah i'll take them is the fitting included
A: yep fitting and balancing included we can do tomorrow at ten
C: tomorrow ten's fine
A: and would you like a wheel alignment it's forty nine
C: no thanks just the tyres
A: okay see you tomorrow
C: cheers""",
True, 0.0, "neutral", "buys four tyres (main purchase); alignment declined"),

("FR14_057", "Zanele Dlamini", "2026-11-26T12:48:15", "clean",
"""A: The Daily Ledger subscriptions, Zanele speaking.
C: Hi, I want to cancel my digital subscription.
A: I'm sorry to hear that. May I ask why?
C: It's gone up three times this year. It's now $17 a month for a newspaper website.
A: I can offer you $9 a month for six months if you stay.
C: No. It'll just go up again after that. Please cancel it.
A: Okay, it's cancelled, you'll have access until the 30th.
C: Right. Frankly the price rises have been a bit much.""",
False, 0.0, "negative", "cancellation; retention offer declined; irritated by price rises"),

("FR14_058", "Patrick O'Rourke", "2026-11-26T17:03:41", "asr",
"""A: hi fresh fork meal kits patrick speaking
C: hi my box came yesterday and two of the recipes were missing ingredients no chicken and no rice
A: ah i'm really sorry about that i've put a fifteen dollar credit on your account
C: okay
A: and actually while you're on you could move up to the premium box it's just five more a week
C: no thanks i just want the right ingredients in the box i'm paying for
A: understood i'll pass this on to the warehouse
C: this is the second time this month it's getting really annoying""",
False, 0.0, "negative", "complaint; $15 credit not a purchase; premium upgrade declined; annoyed"),

("FR14_059", "Yasmin Aziz", "2026-11-27T18:20:30", "clean",
"""A: Summit Climbing Centre, Yasmin speaking.
C: Hi! Do you still have space on the beginners' taster session this Saturday?
A: Yes, there are four spaces left at 11. It's $25 and includes shoes and a harness.
C: Oh, that sounds brilliant. I'll book it online later tonight when my friend confirms.
A: Perfect, you can do it on our website under "Taster".
C: Great, thanks so much, I'm really excited to try it.""",
False, 0.0, "positive", "will book online later: no commitment in the call; enthusiastic"),

("FR14_060", "Henrik Vogel", "2026-11-27T14:55:12", "asr",
"""A: vogel and partners tax services henrik speaking
C: hi um i need help with my self employed tax return how much do you charge
A: for a straightforward self employed return it's usually around three hundred
A: i could put you down for an appointment on wednesday
C: um yeah can you call me back tomorrow i need to find all my receipts first
A: sure what's the best number
C: oh seven seven double oh one two three
A: okay i'll call you tomorrow morning
C: yes call me in the morning that's fine thanks""",
False, 0.0, "neutral", "yes to a callback, not a booking; neutral"),
]
