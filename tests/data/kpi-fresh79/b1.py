CALLS = [
    ("FR79_001", "Marisol Vega", "2026-11-02T09:14:00", "clean",
     """A: Thanks for calling Starline Tickets, this is Marisol. How can I help?
C: Hi, I'm trying to get two floor tickets for the Hollow Pines show at the Meridian Arena on the 21st.
A: Let me look. I have two general admission floor tickets left together, $112 each including fees.
C: Oh nice, that's better than I expected. Yes, I want those.
A: Great. Would you also like a parking pass for the arena garage? It's $25 for the night.
C: Yeah, add the parking, the street parking there is a nightmare.
A: Done. Please confirm: two GA floor tickets for November 21st at $112 each, plus one garage parking pass at $25, total $249.
C: Yes, that's correct.
A: You're all set, the tickets and the pass will be in your email within ten minutes.
C: Awesome, thank you so much, my daughter is going to lose her mind.""",
     True, 25.00, "positive", "read-back confirmed; parking pass $25 accepted as add-on"),

    ("FR79_002", "Desmond Okafor", "2026-11-02T10:02:00", "asr",
     """A: thanks for calling brightwave tv this is desmond what can i do for you
C: hi um i wanted to ask about the sports pack you guys advertise
A: sure the sports pack adds eleven live channels including the regional networks
C: okay and how much is that on top of what i have
A: it's twelve ninety nine a month and there's no contract
C: hmm okay
A: would you like me to add it to your account today
C: uh i'll think about it football season's almost over anyway
A: no problem it'll be there whenever you want it
C: okay thanks bye""",
     False, 0.00, "neutral", "only asked the price and deferred; no commitment"),

    ("FR79_003", "Priya Raman", "2026-11-02T13:40:00", "clean",
     """A: Lockbox Escape Rooms, Priya speaking.
C: Hi, can I book the Pharaoh's Tomb room for this Saturday evening? There'll be six of us.
A: Saturday I have 5:00 and 7:00 open for Pharaoh's Tomb. It's $32 per person.
C: 7:00 works.
A: Okay. We also offer a souvenir photo package for the group, it's $15.
C: No, we'll just take pictures on our phones, thanks.
A: Sure. So that's six players, Pharaoh's Tomb, Saturday at 7:00 PM, $192 total, paid on arrival. Is that right?
C: Yep, that's right.
A: Booked. Please arrive 15 minutes early for the briefing.
C: Will do. Thanks.""",
     True, 0.00, "neutral", "booking confirmed; photo package declined so no upsell"),

    ("FR79_004", "Tobias Lindqvist", "2026-11-02T16:25:00", "asr",
     """A: brightwave tv tobias speaking how can i help
C: yeah i got my bill and it went up again by fifteen dollars
A: i'm sorry about that there was a rate adjustment on the premier package this month
C: oh great another rate adjustment that's the third one this year
A: i understand i can offer you the same package for six months at ten dollars off
C: ten dollars off a price that went up fifteen wow what a deal
A: it's the best retention offer i have on my screen
C: no just cancel the whole thing i'm done
A: okay i've put in the cancellation effective at the end of the billing cycle
C: right thanks for nothing""",
     False, 0.00, "negative", "cancellation; retention offer declined; sarcasm"),

    ("FR79_005", "Keisha Warren", "2026-11-03T09:05:00", "clean",
     """A: Good morning, Sunridge Adventure Park reservations, Keisha here.
C: Morning! We're coming down over Thanksgiving weekend and I need day passes for four.
A: Wonderful. A one-day pass is $89 per person, so $356 for four. Which day?
C: Friday the 27th.
A: Got it. Would you like to add Fast Lane? It lets you skip the regular line on all major rides, $40 per person.
C: With two kids who hate waiting? Absolutely, add it for all four of us.
A: That's four Fast Lane passes at $40 each, $160. Your total comes to $516. Shall I put it through on the card ending 4471?
C: Yes, go ahead.
A: Done, confirmation number is SRA-30927.
C: Perfect, thank you, you made that really easy.""",
     True, 160.00, "positive", "Fast Lane $40 x 4 = 160 accepted; main passes not counted"),

    ("FR79_006", "Hiroshi Tanaka", "2026-11-03T11:30:00", "asr",
     """A: strike city bowling hiroshi speaking
C: hi i want to do a birthday party for my son he's turning nine
A: happy birthday to him how many kids are you thinking
C: about ten maybe eleven
A: our party lane package is two lanes for two hours with shoes for one ninety nine
C: okay that sounds good let's book it for saturday the fourteenth at one
A: great and would you like to add the pizza and soda package for sixty dollars it feeds up to twelve
C: yes please add that so i don't have to bring food
A: alright that's the party package saturday the fourteenth at one pm with pizza and soda two fifty nine total
C: perfect thank you he's gonna be so excited""",
     True, 60.00, "positive", "party booked; pizza package sixty dollars accepted"),

    ("FR79_007", "Bianca Moretti", "2026-11-03T14:12:00", "clean",
     """A: Halvorsen Museum of Art, membership office, this is Bianca.
C: Hi, I got a letter saying our family membership is expiring.
A: Yes, I see it ends November 30th. Is your email still d.okoro@fastmail.com?
C: Yes, that's my email.
A: Great. Renewal is $145 for the year, and it keeps free entry for two adults and up to four children.
C: Okay. I'm honestly not sure we went enough this year to make it worth it.
A: Would you like me to renew it today?
C: Let me check with my husband first and I'll call back.
A: Of course, there's no lapse until the 30th.
C: Okay, thanks.""",
     False, 0.00, "neutral", "'yes' confirmed email only; renewal deferred"),

    ("FR79_008", "Gareth Pryce", "2026-11-03T17:48:00", "asr",
     """A: civic playhouse box office gareth speaking
C: hi i already have two tickets for hamlet on the nineteenth in the rear balcony and i was wondering if i could move closer
A: let me check yes i have two seats in the orchestra row f
C: how much more would that be
A: the difference is thirty five dollars per seat so seventy for the two
C: yeah okay let's do that my dad can't really do the stairs anyway
A: done i've moved you to orchestra row f seats eleven and twelve and charged seventy dollars
C: great thank you""",
     True, 0.00, "neutral", "upgrade bought on its own is the call's main purchase, not an add-on; see decision 1"),

    ("FR79_009", "Nadia Haddad", "2026-11-04T10:20:00", "clean",
     """A: Harbor City Hawks ticket office, this is Nadia.
C: Hey! I heard you have a holiday four-pack for the December home games?
A: We do. Four lower-bowl tickets to any December home game plus four hot dogs, $199.
C: Oh wow, that's a fantastic deal, way better than last year!
A: It really is. Want me to grab a four-pack for you?
C: I need to check which game works for my buddies first. I'll call you back once I hear from them.
A: Sounds good, the offer runs through December 10th.
C: Great, thanks so much!""",
     False, 0.00, "positive", "enthusiasm but deferred; no commitment"),

    ("FR79_010", "Owen Brennan", "2026-11-04T12:55:00", "asr",
     """A: laugh track comedy club owen speaking
C: hi can i get three tickets for the ten o'clock show friday
A: sure friday ten pm is twenty eight each with a two drink minimum
C: okay that's fine
A: so three tickets friday ten pm eighty four total is that right
C: yes that's right
A: great i'm just processing it now
C: oh wait hang on my sister just texted she already bought tickets for all of us actually cancel that sorry
A: no problem i've voided it nothing's been charged
C: okay thanks sorry about that""",
     False, 0.00, "neutral", "read-back confirmed then retracted before completion"),

    ("FR79_011", "Leticia Ramos", "2026-11-04T15:33:00", "clean",
     """A: Thanks for calling Northgate Arena, this is Leticia.
C: Hi, I'd like two tickets for the Wolves game on the 12th, section 114 if possible.
A: Section 114 has two together in row K at $78 each. Shall I book those?
C: Yes, book them please.
A: One moment while I reserve them.
A: I'm so sorry, those seats were just purchased by someone else while I was holding, and the game is now sold out.
C: You're kidding. I was on the phone with you.
A: I know, I apologize. I can put you on the alert list for resale.
C: No, don't bother. That's really disappointing.""",
     False, 0.00, "negative", "commitment could not be fulfilled, sold out, nothing else booked"),

    ("FR79_012", "Samir Qureshi", "2026-11-05T09:45:00", "asr",
     """A: streamly customer care samir speaking
C: hi i'd like to cancel my subscription please
A: sorry to hear that can i ask why
C: it's just too expensive for how much we watch fifteen ninety nine is a lot
A: i understand i can move you to our basic with ads plan for eight ninety nine a month and you keep all your profiles
C: hmm with ads though
A: the ads are about four minutes an hour
C: okay fine i'll stay on the eight ninety nine plan
A: done that'll take effect at your next billing date
C: alright thanks""",
     True, 0.00, "neutral", "accepted retention offer; plan price is main not upsell"),

    ("FR79_013", "Fiona Gallagher", "2026-11-05T11:10:00", "clean",
     """A: Starline Tickets, Fiona speaking.
C: Hi, I want two tickets for Velvet Static at the Orpheum on December 5th.
A: I have two in the mezzanine, row C, at $89 each.
C: Great, I'll take them.
A: Would you like to add merch pre-order? You pick it up at the venue so there's no line. The tour T-shirt is $35 and the tour poster is normally $25, but it's $20 with a ticket purchase.
C: I'll take one shirt, size medium, and the poster at $20.
A: So that's two tickets at $89, one medium shirt at $35, and one poster at $20, $233 total. Correct?
C: Yes, correct.
A: Your order is placed. Merch pickup is at the table left of the main doors.
C: Love it, thank you!""",
     True, 55.00, "positive", "shirt $35 + poster revised to $20 = 55"),

    ("FR79_014", "Dmitri Volkov", "2026-11-05T14:05:00", "asr",
     """A: the locked door escape rooms dmitri speaking
C: hey i want to book a room for five people tomorrow
A: sure which location we have four twelve elm street and the one on route nine
C: four twelve elm
A: at elm we've got room seven the heist open at six thirty
C: six thirty works
A: that's five players at thirty each so one fifty is that okay
C: yep that's fine book it
A: done and we have a souvenir photo print if you'd like it
C: how much is that
A: ten dollars
C: nah i'm good
A: okay you're booked for six thirty tomorrow at four twelve elm room seven
C: cool thanks""",
     True, 0.00, "neutral", "booked; photo price only asked then declined; addresses and room numbers are not prices"),

    ("FR79_015", "Aaliyah Brooks", "2026-11-06T10:00:00", "clean",
     """A: Brightwave TV, Aaliyah speaking, how can I help today?
C: Hi, I'm on the Basic package and I'd like more channels. What would Premium cost me?
A: Premium is $20 more a month than Basic, so $74.99 total, and it adds about 120 channels.
C: Okay, let's switch me to Premium.
A: Done. Since you're upgrading, I can also add CineMax Plus for $10.99 a month, it's normally $14.99.
C: Oh, that's the one with the new dragon series? Yes, add that too.
A: Added. So Premium at $74.99 plus CineMax Plus at $10.99, starting today.
C: Great, this is exactly what I wanted. Thanks a lot!""",
     True, 10.99, "positive", "plan change is the main purchase; CineMax Plus $10.99 a month is the add-on"),

    ("FR79_016", "Connor Walsh", "2026-11-06T13:22:00", "asr",
     """A: starline tickets this is connor
C: yeah i was charged twice for the same order
A: let me pull it up okay i see two charges of one eighty six
C: yes
A: i'm sorry about that i've refunded the duplicate it'll show in three to five business days
C: three to five days
A: yes that's the bank's processing time
C: fine whatever just make sure it actually happens this time
A: it's been submitted i can email you a confirmation
C: sure
A: is there anything else
C: no""",
     False, 0.00, "negative", "refund only; quiet anger; 'yes' is not a purchase"),

    ("FR79_017", "Marisol Vega", "2026-11-06T16:40:00", "clean",
     """A: Riverside Theatre box office, Marisol speaking.
C: Hi, I'm calling about the new production of The Glass Menagerie.
A: Sure. Can I confirm the number on your account is 555-0143?
C: Yes, that's my number.
A: Thanks. Previews start the 18th, tickets are $55 to $95.
C: Hmm. I think I'll hold off until the reviews come in.
A: Understandable. Would you like me to hold two seats anyway?
C: No, thank you.
A: No problem. Enjoy your evening.""",
     False, 0.00, "neutral", "'yes' confirms phone number only; deferred"),

    ("FR79_018", "Desmond Okafor", "2026-11-09T09:30:00", "asr",
     """A: sunridge adventure park desmond speaking
C: hi i want to get season passes for me and my wife for next year
A: great the season pass is one forty nine each so two ninety eight for both
C: okay yeah let's get two
A: would you like to add season parking it's sixty five dollars for the whole year
C: yes definitely add the parking
A: and we have the dining plan for one twenty each
C: no we'll skip the dining plan
A: alright two season passes and one season parking three sixty three total
C: perfect we're really looking forward to it thanks""",
     True, 65.00, "positive", "season parking sixty five accepted; dining plan declined"),

    ("FR79_019", "Priya Raman", "2026-11-09T11:45:00", "clean",
     """A: Bounce Kingdom parties, this is Priya.
C: Hi, I'd like to book the party room for my twins' birthday on December 6th.
A: Sure. The party room with two hours of jump time for up to 15 kids is $289. Shall I reserve 1 PM?
C: Yes, 1 PM, go ahead and book it.
A: Booked. We also have a decoration package with balloons and a banner for $75.
C: $75 for balloons? That's steep. Would you do $50?
A: Let me see... okay, I can do $50 for you.
C: Then yes, add it.
A: Done, $339 total, with a $100 deposit today.
C: Thanks, I appreciate you working with me on that.""",
     True, 50.00, "positive", "haggled decoration package accepted at revised $50"),

    ("FR79_020", "Tobias Lindqvist", "2026-11-09T15:15:00", "asr",
     """A: halvorsen museum membership tobias speaking
C: hi i'd like to sign up for a family membership
A: great the family level is one forty five a year
C: okay sign me up
A: done and would you like to add a guest pass pack four guest passes for twenty five dollars
C: sure add that
A: okay that's one seventy total
C: actually wait skip the guest passes we never bring anyone
A: no problem i've removed them so just the family membership one forty five
C: okay thanks""",
     True, 0.00, "neutral", "membership kept; guest passes accepted then retracted so upsell 0"),
]
