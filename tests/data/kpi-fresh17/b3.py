CALLS = [
("FR17_041", "Hannah Olsen", "2026-11-24T09:40:00", "clean", """A: Summit Lodge reservations, Hannah speaking.
C: Hi! My husband and I want to come up for three days of skiing, January 8th to the 11th.
A: Lovely. I have a mountain-view queen at $189 a night. Shall I reserve it?
C: Yes, please reserve it.
A: Done. Would you like lift passes with the stay? They're $89 per person per day through us, cheaper than the window.
C: Oh, good to know. We'll do lift passes for both of us, all three days.
A: Added. And ski rentals are available at the shop on arrival.
C: We have our own skis, thanks. This is going to be the best trip, I've been looking forward to it all year.
A: We can't wait to have you!""", True, 534.0, "positive", "room booked; lift passes $89 x 2 people x 3 days = $534 (total never spoken)"),

("FR17_042", "Luis Ortega", "2026-11-24T14:15:00", "asr", """A: quick lane auto this is luis
C: yeah hi i need a tire rotation on the f one fifty whenever you can fit me in
A: i can do tomorrow at seven thirty
C: seven thirty works put me down
A: got you down and your last inspection said the alignment's off it's normally one twenty but we've got it at ninety nine this month
C: huh is that done same day
A: yep while you wait about an hour total
C: okay do the alignment then
A: done rotation and alignment tomorrow at seven thirty
C: alright see you then""", True, 99.0, "neutral", "rotation booked; alignment revised $120 -> $99 and accepted; F-150 and times not prices"),

("FR17_043", "Grace Kim", "2026-11-25T10:25:00", "clean", """A: Vertex Telecom, Grace speaking.
C: Hi. I've got internet with you and my phones with another carrier. What would it cost to bundle everything?
A: For internet plus three lines, it would be $115 a month.
C: I'm paying $70 for the lines elsewhere plus $60 for internet, so that's barely a saving.
A: I could add a $10 loyalty credit, which brings it to $105.
C: I'd switch if you could match $90.
A: I'm afraid $105 is the lowest I can go.
C: That's a shame. I've been with you nine years and it doesn't seem to count for much.
A: I understand, and I'm sorry.
C: Okay. Goodbye.""", False, 0.0, "negative", "conditional switch, condition not met; no change; polite-but-negative"),

("FR17_044", "Tom Becker", "2026-11-25T16:30:00", "asr", """A: hi this is tom with ledgerly
C: hey tom we want to go ahead with the annual plan for our ten person team
A: great that's fifteen per user per month billed yearly want me to send the order through
C: yes send it through
A: done and we have priority support for another forty a month one hour response
C: no i think we're okay with normal support
A: sure i'll get your admin invites out now
C: um actually you know what let's add the priority support last time with our old tool we waited three days on a ticket
A: makes sense priority support added
C: cool thanks""", True, 40.0, "neutral", "annual plan bought; priority support first declined then accepted turns later = $40"),

("FR17_045", "Aisha Mensah", "2026-11-26T11:50:00", "clean", """A: Studio Lumen Salon, Aisha speaking.
C: Hi. I had my color done on Tuesday and it's brassy orange. I asked for ash blonde. I'm really upset.
A: I'm so sorry. We'd like to fix it for you free of charge. Can you come in Thursday at 10?
C: Thursday at 10 works. Book it.
A: Booked with our senior colorist, Mira. She also recommends a gloss treatment afterwards to seal it. That's $30.
C: Will it actually keep it from going orange again?
A: Yes, it neutralizes warm tones for about six weeks.
C: Then yes, add the gloss.
A: Done. Again, I'm sorry about Tuesday.
C: Honestly, thank you. You've handled this so well, I really appreciate it.""", True, 30.0, "positive", "free correction appointment booked (booking = conversion, see README); gloss $30 accepted; upset start, grateful end"),

("FR17_046", "Ryan Cole", "2026-11-26T17:20:00", "asr", """A: whiskers and co pet sitting this is ryan
C: hi we're going away for thanksgiving and need someone to check on our two cats
A: sure we do two visits a day at twenty eight per visit
C: okay and what days do you have
A: we have the twenty fifth through the thirtieth open
C: okay we also have some medication for one of them
A: we can do that for five dollars a visit
C: hmm let me check the dates with my partner first and i'll call back
A: sounds good
C: okay thanks""", False, 0.0, "neutral", "pricing and availability only; deferral to partner"),

("FR17_047", "Nina Petrova", "2026-11-27T09:10:00", "clean", """A: Swift Move, Nina speaking.
C: Hi, I'd like to book the two-bedroom move we discussed, November 30th.
A: Sure. And did you want our packing service too? It's $350.
C: Yes, add the packing. I've got zero time.
A: Okay, let me put it in. ... Oh no. I'm sorry, the system shows both crews are booked on the 30th. The earliest is December 1st.
C: Our lease ends on the 30th. The 1st doesn't work.
A: I'm really sorry. I could check with a partner company for you.
C: No. Then forget it. That's really disappointing, I called two weeks ago to ask about the 30th.
A: I apologize.
C: Yeah. Bye.""", False, 0.0, "negative", "booking and packing add-on failed (no crew); alternative date refused; no upsell because nothing bought"),

("FR17_048", "Ben Adler", "2026-11-27T13:45:00", "asr", """A: comfort corner furniture this is ben
C: hi i want to order the lexington recliner the brown leather
A: great that's nine forty nine shall i put the order in
C: yes please and what's the power version i saw a button thing
A: the power recline upgrade is two hundred more it has a usb port too
C: yeah let's do the power one my knees aren't what they used to be
A: power lexington it is delivery on the second
C: the second's great
A: anything else
C: no that's it i can't wait to sit in that thing you've been a big help""", True, 200.0, "positive", "recliner ordered; power upgrade 'two hundred more' accepted"),

("FR17_049", "Maya Torres", "2026-11-28T10:05:00", "clean", """A: Oceanic Cruises, Maya speaking.
C: Hi, I want to book the 7-night Caribbean sailing on March 3rd, balcony cabin for two.
A: The balcony is $2,390 per person. Would you like me to confirm that booking?
C: Yes, confirm it.
A: Confirmed. Our beverage package is $65 per person per day.
C: Oh no, that's way too much. Just the cabin.
A: Understood. We also have a voyage Wi-Fi package for $120.
C: Wi-Fi, yes. My boss will want me reachable, unfortunately.
A: Added. You'll receive your documents by email.
C: Okay.""", True, 120.0, "neutral", "cruise booked; drinks declined; Wi-Fi $120 accepted; cabin price is main purchase"),

("FR17_050", "Devin Clarke", "2026-11-28T18:25:00", "asr", """A: brightline mobile this is devin
C: yeah my bill is forty dollars higher than it should be
A: let me look i see data overage charges from the twelfth
C: i went over by like a gig and you charged me forty bucks
A: i understand i can move you to unlimited so it never happens again it's just fifteen more a month
C: oh great so i pay you more so you stop overcharging me wow what a deal
A: i can waive half the overage as a courtesy
C: fine waive it but no i'm not changing my plan
A: done twenty dollars credited
C: yeah whatever""", False, 0.0, "negative", "sarcasm; upgrade declined; credit is not a purchase"),

("FR17_051", "Priya Nair", "2026-11-29T08:35:00", "clean", """A: Morning Table Catering, Priya speaking.
C: Hi, I need a breakfast spread for a board meeting on Thursday. 25 people.
A: Our continental breakfast is $14 per person: pastries, fruit, yogurt and coffee.
C: Sounds right. Let's book it.
A: Booked for Thursday. We can upgrade the orange juice to fresh-pressed juices for $4 per person.
C: Yes to the juice. Our chair is very particular.
A: Ha, done. Delivery at 7:45 to 200 Market Street, suite 900?
C: That's correct. Thanks so much, you're a lifesaver.""", True, 100.0, "positive", "breakfast booked; juice $4 per person x 25 people (stated earlier) = $100; address not a price"),

("FR17_052", "Omar Haddad", "2026-11-29T15:00:00", "asr", """A: harmony spa and wellness this is omar
C: hi i want to sign up for the monthly massage membership
A: great that's eighty nine a month for one massage want me to start it today
C: yes start it today this place has been amazing for my back
A: love to hear it for another thirty a month the premium tier adds two facials
C: hmm let me check with my wife she might want to share it
A: of course you can upgrade anytime
C: cool okay
A: your membership is active you can book online
C: awesome thanks omar""", True, 0.0, "positive", "membership started; premium tier deferred to wife"),

("FR17_053", "Lena Fischer", "2026-11-30T11:15:00", "clean", """A: Hi, this is Lena at Parkway Pre-Owned. The paperwork on the 2022 Accord is ready. Do you want to finalize today?
C: Yes, $18,900 as agreed. Let's finalize.
A: Great. Before we print, would you like paint protection? Normally $499, but I can do $350 for you.
C: Hmm. What does it cover?
A: Chips, bird droppings, tree sap, five years.
C: Okay, at $350 I'll take it.
A: And we have all-weather floor mats for $120.
C: And the mats too. Winter's coming.
A: Both added. You can pick it up at 4.
C: Really happy with how smooth this went. Thank you.""", True, 470.0, "positive", "car purchase finalized; paint protection revised to $350 + mats $120 = $470"),

("FR17_054", "Jamal Brooks", "2026-11-30T19:40:00", "asr", """A: fiberlink support this is jamal
C: my internet's been down since this morning and i work from home
A: i'm sorry about that let me run a test okay i see the modem is offline can you unplug it for thirty seconds
C: i already did that twice
A: can you try once more and hold the reset button for ten seconds
C: okay fine hold on
C: okay the lights are coming back
A: great can you load a page
C: okay it's working finally but this is the third time this month i'm seriously thinking of switching""", False, 0.0, "negative", "support only; resolved but customer ends threatening to switch"),

("FR17_055", "Sofia Rossi", "2026-11-01T10:50:00", "clean", """A: Northlight Portraits, Sofia speaking.
C: I need professional headshots for LinkedIn. Your site says $180?
A: Yes, $180 for a 30-minute session and five edited images. I have Tuesday at 1.
C: Book me for Tuesday at 1.
A: Done. Advanced retouching is another $15 per image.
C: Everything's extra with you people, isn't it. Fine, I'll want retouching on the two I pick.
A: Noted, two retouched images.
C: And I'd better not be waiting two weeks for them like last time.
A: Turnaround is five business days.
C: We'll see.""", True, 30.0, "negative", "session booked; retouching $15 per image x 2 = $30; grumpy throughout"),

("FR17_056", "Ken Watanabe", "2026-11-01T16:45:00", "asr", """A: pampered paws grooming this is ken
C: hi i'd like to book a bath and trim for milo my shih tzu
A: sure saturday at nine or eleven
C: nine please
A: done we can add teeth brushing for ten
C: sure if it's only ten
A: added and our flea treatment is twenty five
C: no he's on the monthly pill
A: okay so bath trim and teeth saturday at nine
C: perfect he always comes back looking so cute you guys are great""", True, 10.0, "positive", "groom booked; teeth $10 accepted; flea declined"),

("FR17_057", "Hannah Olsen", "2026-11-02T12:40:00", "clean", """A: Taskline sales, Hannah speaking.
C: Hi, we're on Basic with six users and want to move up to Pro.
A: Sure. Pro is $18 per user per month, so $108 for your six. Shall I switch you now?
C: Yes, please switch us.
A: Done. Pro also unlocks our AI assistant add-on at $8 per user per month.
C: Only for me and Carla, not the whole team.
A: Got it, two AI assistant licenses.
C: Right. Thanks.""", True, 16.0, "neutral", "plan upgrade is the main purchase; AI add-on $8 x 2 users = $16"),

("FR17_058", "Luis Ortega", "2026-11-03T13:05:00", "asr", """A: harborview hotel group sales this is luis
C: hi i'm getting married on may ninth and wanted to set up a room block for about twenty rooms
A: congratulations let me check may ninth unfortunately we're fully committed that weekend there's a convention in town
C: oh nothing at all
A: i could do the weekend after or our sister property forty minutes away
C: no the venue's right next door that's the whole point
A: i'm sorry i wish i had better news
C: oh that's a shame okay well thanks anyway""", False, 0.0, "negative", "sold out, alternatives refused; quietly disappointed"),

("FR17_059", "Grace Kim", "2026-11-04T17:30:00", "clean", """A: ApplianceMart, Grace speaking.
C: I want to order the Bosch 300 dishwasher, the stainless one.
A: That's $849. Shall I place the order?
C: Yes. And last time you delivered a stove, the driver left it in the driveway, so I'm not thrilled.
A: I'm sorry about that. Would you like professional installation for $149?
C: If you can install it on the same day as delivery, yes. I'm not taking two days off work.
A: Yes, install happens on the same visit.
C: Fine. And it better come inside this time.
A: I'll note it on the order.
C: We'll see.""", True, 149.0, "negative", "dishwasher ordered; install $149 accepted, condition (same visit) met; distrustful throughout"),

("FR17_060", "Tom Becker", "2026-11-05T09:55:00", "asr", """A: sunway vacations this is tom
C: hi we're booked on the cancun package next week under garcia and i wanted to add an activity
A: sure we have a snorkel tour forty five per person or a sunset cruise sixty for the whole family
C: there's four of us so the snorkel would be um one eighty no that's too much
A: the cruise includes drinks and snacks
C: oh the sunset cruise for the family sounds fun let's do that one
A: great i've added it for thursday evening
C: yay the kids are gonna love it thank you so much""", True, 60.0, "positive", "add-on to existing package: sunset cruise $60 chosen; snorkel $180 declined"),
]
