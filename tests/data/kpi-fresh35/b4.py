CALLS = [
("FR35_061", "Maya Torres", "2026-11-18T14:52:27", "asr", """
A: dreamwell mattress this is maya
C: hi yeah i'm calling because i was in last week and nobody followed up like they promised
A: i'm so sorry about that what were you looking at
C: the cloud hybrid queen
A: the cloud hybrid queen is on sale for eleven ninety nine through sunday
C: okay good i'll take it as long as you can deliver before the twentieth
A: i can do delivery on the eighteenth
C: great
A: we also have the adjustable base for the queen at three forty nine it's normally five hundred
C: um the one with the massage thing yeah i've wanted one of those add it
A: perfect queen cloud hybrid plus adjustable base delivered on the eighteenth and we'll haul away your old one for free
C: oh that's great honestly thank you this turned out way better than i expected
""", True, 349.0, "positive", "conditional purchase, condition met (delivery before 20th); base 'three forty nine' = 349 (discounted price accepted); free haul-away not upsell; annoyed start, pleased end"),

("FR35_062", "Derek Lin", "2026-11-19T11:38:49", "asr", """
A: streamvault customer care this is derek
C: hi i want to cancel it's gotten way too expensive
A: i understand you're on premium at twenty two ninety nine
C: yeah twenty three bucks a month for the same five shows
A: i could move you to the basic with ads plan at seven ninety nine instead of cancelling
C: with ads ugh
A: it's the same library just with short ad breaks
C: mhm
A: want me to switch you over
C: fine switch me to the ads one but i still think you guys are a rip off
A: done it takes effect on your next billing date
C: whatever
""", True, 0.0, "negative", "save offer (paid downgrade) accepted = conversion; no add-on; 'rip off'"),

("FR35_063", "Priya Shah", "2026-11-20T13:26:05", "asr", """
A: thanks for calling pinecrest bank card services this is priya
C: hi i was charged twice for the same purchase at a hardware store two hundred and eighteen forty
A: let me take a look yes i see two identical charges on the fourth
C: yeah and it's been a week and nobody's fixed it i called already on friday
A: i'm sorry i've filed the dispute and issued a temporary credit of two eighteen forty
C: mhm so it's back
A: yes you'll see it in one to two business days
C: one to two days i was told that on friday too
A: i've escalated it and added a note
C: look i appreciate it but i'm really frustrated i've been a customer for ten years
A: i completely understand
C: yeah okay bye
""", False, 0.0, "negative", "dispute and refund credit, not a purchase or upsell; frustrated despite thanks"),

("FR35_064", "Sam Patel", "2026-11-21T09:17:33", "asr", """
A: fresh press cleaners this is sam
C: hi do you guys do pickup i've got a suit and two dresses
A: yes we do pickup and delivery the suit is eighteen and dresses are fourteen each
C: okay yeah i'd like a pickup tomorrow
A: i can do tomorrow between five and seven p m
C: uh yeah that's fine
A: when do you need them back
C: um friday i have a wedding saturday
A: standard is five days but rush is twenty five for the whole order and we'd have them thursday
C: okay do the rush then
A: pickup tomorrow five to seven rush back by thursday at twelve oh nine pine street
C: yep that's right
A: great see you tomorrow
C: thanks
""", True, 25.0, "neutral", "pickup booked and read-back confirmed; rush service 25 for the order accepted; garment prices are main; address not a price"),

("FR35_065", "Tom Becker", "2026-11-23T17:44:19", "asr", """
A: hey it's tom at valley auto you came by saturday for the rav four
C: yeah the twenty twenty one silver one
A: right so we can do twenty four five out the door like we talked about
C: mhm
A: so are we doing it
C: yeah my wife drove it too and she loved it so let's do it
A: awesome and did you think about the extended warranty we talked about twelve hundred for five years
C: uh twelve hundred is that the one that covers the hybrid battery
A: yes powertrain and the hybrid system
C: okay yeah add that i don't want a surprise battery bill
A: great come in tomorrow at four to sign and pick it up
C: tomorrow at four awesome we're so happy with it thanks tom
""", True, 1200.0, "positive", "car purchase (24,500 main); warranty 'twelve hundred' = 1200 accepted after a question; model year not a price; happy"),

("FR35_066", "Ana Costa", "2026-11-24T10:48:57", "clean", """
A: Hello, Pinecrest Bank, this is Ana.
C: Hi. I'm thinking about a home equity line of credit and I had a few questions.
A: Of course. Rates currently start at 7.25% variable. Do you own the home outright?
C: There's about $140,000 left on the mortgage.
A: Okay. A loan officer would need to review the details. Would you like one to call you back?
C: Yes, call me back tomorrow afternoon.
A: Sure. Is this the best number, 555-0172?
C: Yes, that's my cell.
A: Great, someone will call between 1 and 4 tomorrow.
C: Okay, thanks.
""", False, 0.0, "neutral", "enquiry only; 'yes' to a callback and to a phone number is not a commitment; mortgage balance is not a price"),

("FR35_067", "Jamal Reed", "2026-11-25T15:03:22", "clean", """
A: Sparkle Home Cleaning, this is Jamal.
C: Hi, how much for a deep clean of a three-bedroom, two-bath house?
A: For a three-bedroom deep clean, it's $240, about five hours with two cleaners.
C: Hm. I'd book it today if it were under $200.
A: I can't go under $240 for a deep clean, but our standard clean is $160.
C: No, it really needs the deep clean after the renovation.
A: Understood. We do run a 15% promotion in January.
C: Okay. Maybe I'll call back then.
A: Sounds good, we'll be here.
C: Alright, thank you.
""", False, 0.0, "neutral", "conditional ('if under $200') not met, deferral; calm"),

("FR35_068", "Lucy Park", "2026-11-26T08:56:40", "asr", """
A: hi this is lucy from bean and barrel your coffee subscription is up for renewal
C: oh right the one where the last two bags came a week late
A: i'm sorry about that we had a roaster issue in october
C: mhm
A: it's twenty four a bag monthly and i can renew you for another six months
C: i mean the coffee's good i'll give you that um okay renew it
A: great and we have a cleaning tablet pack for your grinder two ninety nine per shipment
C: sure add the tablets whatever
A: done renewed with the tablets
C: just please actually ship it on time this time i'm not gonna keep chasing you guys
A: i understand i've flagged your account
C: yeah we'll see
""", True, 2.99, "negative", "renewal + tablets 'two ninety nine per shipment' = 2.99 (recurring counts once); 'coffee's good' outweighed by complaints"),

("FR35_069", "Omar Haddad", "2026-11-27T12:30:14", "clean", """
A: Oakline Furniture, Omar speaking.
C: Hi, I'd like to order the Marlowe kitchen island, the one with the butcher-block top.
A: The Marlowe is $1,490. It's in stock in both sizes.
C: The 60-inch one, please.
A: Great choice. The matching bar stools are $185 each if you're interested.
C: Ooh. How many fit at the 60-inch?
A: Two comfortably, three if you squeeze.
C: Two, then. Two of the stools.
A: So the 60-inch Marlowe island and two Marlowe stools at $185 each, delivered Saturday the 15th. Correct?
C: Yes, that's correct! What time on Saturday?
A: You'll get a four-hour window by text on Friday.
C: Wonderful, I'm so excited to see it all in the kitchen. Thank you!
""", True, 370.0, "positive", "island ordered; two stools x 185 = 370; read-back confirmed with a follow-up question; '60-inch' is a size"),

("FR35_070", "Grace Kim", "2026-11-02T11:59:46", "asr", """
A: hi this is grace from fairfield kitchens thanks for coming to the showroom on sunday
C: oh hi yes we loved it
A: i put together an estimate for the shaker cabinets and quartz counters it's thirty one thousand four hundred
C: mhm that's about what we expected actually
A: we could get you on the install calendar for february if you sign this week
C: um it all sounds great honestly but let me talk to my husband first he's been handling the budget
A: of course want me to email the estimate
C: yes please to the same email as before
A: will do i'll follow up on friday
C: perfect thank you you've been so patient with all our questions
""", False, 0.0, "positive", "deferral to spouse, 'yes please' is to an email; warm"),

("FR35_071", "Ben Walsh", "2026-11-03T19:12:03", "asr", """
A: thanks for calling homeshield insurance this is ben
C: hi i've been trying to buy renters insurance on your website for an hour and it keeps crashing
A: i'm sorry about that i can set it up over the phone
C: yeah please because this is ridiculous
A: the standard renters policy is fourteen a month for thirty thousand in coverage
C: fine that's fine let's just do it
A: okay and identity theft protection is five a month extra
C: um yeah sure add it my neighbor just got his identity stolen
A: okay you're covered starting tonight at midnight
C: great and somebody should really fix that website it's a disaster
A: i'll pass it on
C: yeah bye
""", True, 5.0, "negative", "policy bought; identity protection 'five a month' = 5.00; coverage amount not a price; angry about website"),

("FR35_072", "Sofia Rossi", "2026-11-04T18:03:39", "clean", """
A: Regal Park Cinemas, this is Sofia.
C: Hi, I'd like four tickets for the 6:40 showing of the new Pixar film on Saturday.
A: Let me check... I have four together in row F. They're $14 each for adults, $10 for kids.
C: Two adults, two kids.
A: That's $48. Would you like to add a family popcorn combo? It's $18, two large popcorns and four drinks.
C: Sure, add the combo.
A: So four tickets for Saturday at 6:40 in row F, plus the family combo, $66 in total. Shall I go ahead?
C: Yes, go ahead.
A: Done, your tickets are in your email.
C: Okay, thanks.
""", True, 18.0, "neutral", "tickets booked (48 main); combo 18 accepted; 66 total is not the upsell; routine"),

("FR35_073", "Nate Ortiz", "2026-11-05T14:44:25", "clean", """
A: Hi, is this Mr. Delgado? This is Nate from SafeNest Security.
C: Yes, speaking.
A: We're offering a free security evaluation and our smart alarm package at $29.99 a month. Do you have a system now?
C: We have an old one from the previous owners. Not sure it even works.
A: Then the SafeNest package would be a big upgrade. Can I confirm your email is r.delgado@inbox.com?
C: Yes, that's my email.
A: Great. Would you like to go ahead with the package today?
C: I'm not sure. I'd need to see the contract terms first.
A: I'll email them. Can I call you back Thursday to go over them?
C: Yes, Thursday's fine.
A: Perfect, talk then.
C: Okay, bye.
""", False, 0.0, "neutral", "several 'yes' answers to identity, email and callback, none a purchase; closing question answered 'not sure'"),

("FR35_074", "Hannah Cole", "2026-11-06T08:27:50", "clean", """
A: Good morning, ClearSkin Dermatology, Hannah speaking.
C: Hi, I'd like to book a mole check. My GP suggested it.
A: Of course. Dr. Ahmed has an opening on Monday the 24th at 10:20, or Dr. Lee on Wednesday the 26th at 3:00.
C: Monday with Dr. Ahmed would be better.
A: Let me confirm: a full-skin check with Dr. Ahmed, Monday the 24th at 10:20, at our Elm Street office.
C: Yes, that's correct. Do I need to bring anything?
A: Just your insurance card and a list of any medications.
C: Great, that's easy. Thank you, you've been really kind.
""", True, 0.0, "positive", "appointment: option picked, read-back confirmed with a follow-up question; appreciative"),

("FR35_075", "Victor Mensah", "2026-11-07T12:39:11", "asr", """
A: hi welcome to connectplus this is victor how can i help
C: hi i've been on hold for forty five minutes so that was fun
A: i'm sorry about the wait
C: i want to buy the pixel nine pro the outright price
A: sure the pixel nine pro one twenty eight gig is nine ninety nine
C: fine i'll take it
A: and the pixel buds pro are normally one fifty but with the phone i can do one thirty
C: okay yeah fine add the buds at one thirty
A: alright the phone and the buds ship today
C: wonderful only took an hour of my life
A: anything else
C: no
""", True, 130.0, "negative", "phone bought (999 main); buds revised one fifty -> one thirty accepted = 130; storage size not a price; sarcastic"),

("FR35_076", "Irene Novak", "2026-11-09T15:55:36", "asr", """
A: hi this is irene from shieldpoint security your antivirus license expires on the thirtieth
C: oh okay um how much is it to renew
A: it's forty four ninety nine for another year for up to five devices
C: mhm alright yeah renew it
A: would you like to add our v p n it's fifty nine a year
C: uh fifty nine hm do i need it
A: it's useful on public wifi like cafes and airports
C: i do travel a lot for work yeah okay add the v p n
A: great both are active now
C: okay thanks
""", True, 59.0, "neutral", "renewal (conversion); VPN fifty nine accepted after a question; five devices is a count; neutral"),

("FR35_077", "Nate Ortiz", "2026-11-10T10:41:58", "asr", """
A: bugbusters pest control this is nate
C: hi um i think i have mice in the garage i keep hearing scratching at night
A: sorry to hear that we can do an inspection and treatment for one seventy five
C: yeah okay when can you come
A: friday between noon and four
C: friday works let's do it
A: we also recommend an attic inspection for ninety since mice usually move up
C: uh oh the attic yeah check the attic too please
A: okay friday noon to four garage treatment and attic inspection at eighty eight birch road
C: yep thank you so much i feel better already
""", True, 90.0, "positive", "'yeah okay' followed by a question, then booked; attic inspection ninety accepted; address not a price; relieved"),

("FR35_078", "Hannah Cole", "2026-11-11T17:18:22", "clean", """
A: Hi, this is Hannah from The Willow Barn. You toured the venue last Sunday?
C: Yes, hi. Thanks for showing us around.
A: Of course! Have you had a chance to think about the June 13th date? The package for 120 guests is $14,500.
C: We did. To be honest, we've decided to go with Cedar Ridge.
A: Oh, may I ask what made the difference?
C: Their package includes catering and the bar, and it's $2,000 less. And their coordinator actually returned my calls.
A: I'm sorry to hear that. I could look at including the bar service?
C: No, thank you. We've signed with them already. Honestly, the communication from your side was pretty poor.
A: I understand. I'll pass that on. Congratulations on the wedding.
C: Thanks. Bye.
""", False, 0.0, "negative", "declined, chose a praised competitor; polite but critical of us"),

("FR35_079", "Victor Mensah", "2026-11-12T19:30:09", "asr", """
A: bella napoli takeout this is victor
C: hi i want to order but last time the food was cold and it took an hour so i'm hoping that's not gonna happen again
A: i'm sorry about that what can i get you
C: one chicken parm dinner and a large caesar
A: got it would you like garlic bread for eight or a dozen wings for fourteen
C: uh both sure
A: okay chicken parm large caesar garlic bread and a dozen wings
C: actually drop the garlic bread the parm comes with bread right
A: yes it does so the garlic bread's off
C: okay and pickup in thirty minutes and it better be hot this time
A: it will be thirty minutes
C: yeah we'll see
""", True, 14.0, "negative", "order placed; both add-ons accepted, garlic bread (8) retracted by name, wings 14 kept; distrustful"),

("FR35_080", "Irene Novak", "2026-11-13T08:34:44", "asr", """
A: hi thanks for calling coastline tours this is irene
C: hi i'd like two seats on the whale watching tour on the ninth
A: let me check oh i'm sorry the ninth is sold out
C: you're kidding the website said seats available
A: the website updates every few hours i'm sorry
C: what about the tenth
A: the tenth is also sold out we have the sixteenth
C: we leave on the twelfth so that's useless
A: i'm really sorry i can email you if there's a cancellation
C: no don't bother honestly your website should not say available when it isn't
A: i'll report that
C: yeah bye
""", False, 0.0, "negative", "sold out, alternative impossible, nothing booked; irritated"),
]
