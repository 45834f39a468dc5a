CALLS = [
("FR10_021", "Beatriz Santos", "2026-11-10T08:47:12", "clean",
"""A: Willow Creek Stables, Beatriz speaking.
C: Hi, I'm moving my mare up from Dayton next month and I'd like to take one of your full-board stalls.
A: We have one stall left on the south aisle. Full board is $650 a month, which covers feed, bedding, and daily turnout. Shall I hold it from December 1?
C: Yes, reserve it from the 1st.
A: Done. We also offer three extras: blanketing service for $40 a month, grooming twice a week for $60 a month, and supplement feeding for $25 a month.
C: The first two, not the supplements. She's on a special diet from the vet and I'll handle that myself.
A: Understood, blanketing and grooming. I'll email the boarding agreement today.
C: Okay, I'll sign it when it comes through.""",
True, 100.00, "neutral",
"Main full board $650/mo; picks 'the first two' = blanketing $40 + grooming $60 = $100; supplements declined; neutral."),

("FR10_022", "Pavel Novak", "2026-11-11T09:30:44", "asr",
"""A: thanks for calling safekeep storage this is pavel
C: hi yeah i need a unit for like three months while we're between houses
A: sure a ten by ten is one twenty nine a month and i've got one on the ground floor
C: ground floor's good yeah let's do that one
A: okay i've got it reserved would you like our protection plan it's twelve a month and we sell disc locks for twenty two
C: i've got my own lock but yeah do the protection thing
A: okay adding the protection plan
C: oh wait actually you know what skip the protection my renters policy covers stuff in storage
A: no problem i'll take it off so just the unit starting saturday
C: yep that's it thanks""",
True, 0.0, "neutral",
"Main unit $129/mo reserved; protection plan $12 accepted then retracted, lock declined -> upsell 0; neutral."),

("FR10_023", "Imani Brooks", "2026-11-11T13:15:03", "clean",
"""A: Crescendo Music, Imani speaking, how can I help?
C: Hi, my daughter just made the school orchestra and needs a 3/4 violin. You rent them, right?
A: We do. The 3/4 outfit rents for $24 a month, and it applies toward purchase later. Want me to set that up?
C: Yes, let's do it.
A: Great. I can also add our maintenance protection for $5 a month, a beginner method book for $14, and a rosin and shoulder rest kit for $18.
C: Protection plan yes. The school gives her the book. And that last one.
A: So protection and the rosin and shoulder rest kit. Pick-up any time after 2 tomorrow.
C: Wonderful. She's going to be over the moon!""",
True, 23.00, "positive",
"Main rental $24/mo; protection $5 + 'that last one' kit $18 = $23; book declined; size 3/4 is not a price; happy -> positive."),

("FR10_024", "Declan Murphy", "2026-11-11T15:58:20", "asr",
"""A: hi you're through to coastline broadband declan speaking
C: yeah i want to cancel my service
A: oh sorry to hear that can i ask what's prompting it
C: the connection drops every night at like eight it's been like that since september
A: i'm sorry about that i can knock ten off your monthly and book an engineer visit free of charge
C: no i've already signed with someone else just cancel it
A: okay understood i've processed the cancellation effective the end of the month
C: right you lot have been useless for months honestly
A: i'm sorry to hear that is there anything else
C: no""",
False, 0.0, "negative",
"Cancellation; retention offer refused; 'useless for months' -> negative."),

("FR10_025", "Sofia Rossi", "2026-11-12T10:05:37", "clean",
"""A: Pampered Paws Grooming, this is Sofia!
C: Hi, I need a full groom for my goldendoodle, Biscuit. Do you have anything next week?
A: Wednesday at 9:30. A full groom for a doodle her size is $85. If she's matted there's a $20 dematting charge.
C: Twenty dollars for knots? Fine, book Wednesday.
A: Booked. We also do teeth brushing for $12 and a blueberry facial for $10.
C: Teeth, sure. A facial for a dog? No.
A: Ha, fair enough. Teeth brushing added. See you and Biscuit Wednesday.
C: Okay. Bye.""",
True, 12.00, "neutral",
"Main groom $85; $20 dematting charge is a fee; teeth $12 accepted, facial declined; mild grumble then plain close -> neutral."),

("FR10_026", "Maria Lopez", "2026-11-12T11:48:09", "asr",
"""A: tri county auto this is maria
C: hi it's greg reyes i dropped off the silverado this morning so you could check that grinding noise any news
A: yeah so the inspection's no charge and the tech found your front brake pads are down to about two millimeters that'd be two forty for pads and labor
C: ugh of course they are
A: we'd also recommend resurfacing the rotors that's another sixty
C: no just the pads
A: okay so you want us to go ahead with the pads
C: yeah fine do the brakes it's not like i have a choice
A: okay we'll have it ready by four
C: this is the second time this year i've paid you people a fortune i swear""",
True, 0.0, "negative",
"Free inspection, then brake job $240 approved (main purchase in the call); rotor resurfacing $60 declined -> upsell 0; resentful -> negative."),

("FR10_027", "Devon Price", "2026-11-12T14:22:51", "clean",
"""A: Skyward Balloon Adventures, Devon speaking.
C: Hi! I want to surprise my wife with a sunrise flight for our anniversary.
A: Lovely. Sunrise flights are $275 per person. I have Saturday the 28th open.
C: The 28th, two people. Let's do it.
A: Booked. We offer a champagne toast on landing for $25 per person, and a photo package for $40.
C: The champagne for both of us. Skip the photos, I'll bring my camera.
A: Perfect, champagne for two. Meet at the field at 6:15.
C: Amazing, thank you, she has wanted to do this forever.""",
True, 50.00, "positive",
"Main two seats $550; champagne $25pp x 2 = $50; photos declined; happy -> positive."),

("FR10_028", "Priya Natarajan", "2026-11-13T08:39:15", "clean",
"""A: Good morning, Greenfield Compounding Pharmacy, Priya speaking.
C: Hi, I'm calling about my son's prescription, the liquid one. It was supposed to be ready Monday.
A: Let me check... it's in the queue, it should be ready tomorrow afternoon.
C: Tomorrow? I've been waiting four days.
A: I'm really sorry, we had a backlog. Your copay will be $15 when you pick it up.
C: I don't care about the copay, he needs the medicine.
A: I understand. I'll flag it as urgent.
C: This is the slowest pharmacy in the county, I swear.""",
False, 0.0, "negative",
"Status/support call; copay is not an add-on and nothing is bought; complaint -> negative."),

("FR10_029", "Tomasz Wojcik", "2026-11-13T12:10:33", "clean",
"""A: Foundry Cowork, Tomasz speaking.
C: Hi, I toured on Monday. I'd like to sign up for a hot desk membership.
A: Great. Hot desk is $220 a month. I can start you on the 1st. Shall I set that up?
C: Yes, please.
A: Done. Add-ons: a personal locker is $25 a month, mail handling is $15 a month, and a 10-hour meeting room bundle is $90.
C: Locker and mail. No meeting room; I'll book those as I need them.
A: Locker and mail handling added. Your key fob will be at the front desk.
C: Okay.""",
True, 40.00, "neutral",
"Main hot desk $220/mo; locker $25 + mail $15 = $40 (monthly counted once); meeting bundle declined; neutral."),

("FR10_030", "Aisha Bello", "2026-11-13T15:03:48", "asr",
"""A: black lotus tattoo this is aisha
C: hey um i talked to marco about a forearm piece a botanical thing and he said to call and book
A: yep i see his notes it's a four hour session he's got the third of december at noon
C: the third at noon works yeah book it
A: okay that needs a hundred dollar deposit which comes off the final price
C: yeah that's fine
A: and do you want an aftercare kit it's twenty eight has the balm and the wrap
C: yeah i'll grab the aftercare kit
A: cool you're all booked see you the third
C: sick i'm so stoked thank you""",
True, 28.00, "positive",
"Appointment booked; $100 deposit excluded; aftercare kit $28 accepted; 'so stoked' -> positive."),

("FR10_031", "Ken Okafor", "2026-11-16T09:25:06", "clean",
"""A: Groove Archive Records, this is Ken.
C: Hi, do you still have the first pressing of Kind of Blue I saw on your Instagram?
A: We do. It's in great shape, $145.
C: Oof. I'd buy it if it were under a hundred.
A: I'm afraid that's already a fair price for a first pressing.
C: Yeah, I figured. Okay, thanks anyway.
A: No problem, thanks for calling.""",
False, 0.0, "neutral",
"Conditional ('I'd buy it if...') -> not a conversion; polite close -> neutral."),

("FR10_032", "Hannah Lindqvist", "2026-11-16T10:51:59", "asr",
"""A: hi clean sweep chimney services hannah speaking
C: hi yeah i need my chimney swept before we start using the wood stove
A: sure a standard sweep and inspection is one sixty five i have thursday at one
C: thursday at one yeah book it
A: great and i see from your last visit you don't have a chimney cap it's one twenty installed keeps the birds and rain out
C: one twenty hmm could you do a hundred
A: i can do one ten
C: yeah okay one ten put it on
A: perfect sweep and cap thursday at one
C: okay""",
True, 110.00, "neutral",
"Main sweep $165; cap offered $120, customer asks $100, accepted at $110; neutral."),

("FR10_033", "Rafael Duarte", "2026-11-16T13:37:24", "clean",
"""A: Harborview Hotel reservations, Rafael speaking.
C: I've been trying to book on your website for twenty minutes and it keeps timing out.
A: I'm sorry about that, I can book it for you. Which dates?
C: Three nights, the 17th through the 20th, one king room.
A: I have a king at $189 per night. Shall I reserve it?
C: Yes, go ahead.
A: Reserved. Would you like breakfast? It's $22 per person per night.
C: Yes, breakfast, just for me.
A: That's $66 for the three mornings. Parking is $30 a night if you need it.
C: No, I'm taking the train. And please tell someone your website is a mess.""",
True, 66.00, "negative",
"Main 3 nights x $189; breakfast $22 x 3 nights = $66 (agent states it); parking declined; ends complaining about website -> negative."),

("FR10_034", "Chen Wei", "2026-11-16T16:14:41", "asr",
"""A: thanks for calling curd and co this is chen
C: hi i want to cancel my cheese club subscription
A: oh sorry to hear it can i ask why
C: the last box was moldy and not the good kind of mold
A: oh no i'm so sorry i can send a replacement box and you could skip december if you like
C: no just cancel it please
A: okay it's cancelled and i'll refund the last box that's forty two back to your card
C: fine i'm just really disappointed i used to love it""",
False, 0.0, "negative",
"Cancellation; save offer refused; $42 refund not upsell; disappointment -> negative."),

("FR10_035", "Siobhan Kelly", "2026-11-17T09:09:17", "clean",
"""A: Molten Studio, Siobhan speaking.
C: Hi, I'd like to book the make-your-own-ornament class for two on Sunday the 29th.
A: Sure, that's $65 per person. I have the 2 p.m. session. Shall I book it?
C: Yes, book it.
A: Great. Would you like to add a second ornament each for $15?
C: Sure, add one for me.
A: Done. So two spots at 2 p.m. and an extra ornament.
C: Oh wait, my partner just texted, she's working that Sunday. Actually, cancel that, all of it. We'll call back when we know her schedule.
A: No problem, I've cancelled it.
C: Thanks, sorry about that.""",
False, 0.0, "neutral",
"Booking and extra ornament $15 both retracted -> no conversion, upsell 0; neutral."),

("FR10_036", "Marcus Reed", "2026-11-17T11:40:02", "asr",
"""A: keymaster locksmiths marcus speaking
C: hi um i'm locked out of my house my keys are on the kitchen counter and it's freezing
A: okay we can get someone to you in about thirty minutes lockout service is ninety five
C: yes please send someone please
A: okay what's the address
C: it's twenty two elm court
A: got it and since your keys are inside do you want him to rekey the locks while he's there it's thirty per lock
C: um how many locks do i have front and back so two yeah do both
A: okay lockout plus rekeying two locks he's on his way
C: oh thank god thank you so much you're a lifesaver""",
True, 60.00, "positive",
"Main lockout $95; rekey $30 x 2 locks = $60; address not a price; relieved -> positive."),

("FR10_037", "Leila Haddad", "2026-11-17T14:55:29", "clean",
"""A: Bluewater Sailing School, Leila speaking.
C: Hi, I want to sign up for the Basic Keelboat weekend course in April.
A: Great, the April 11-12 course has space. It's $595. Shall I enroll you?
C: Please do.
A: You're in. We also sell the course textbook for $35, the official logbook for $12, and foul-weather gear rental for $50.
C: Just the one, the textbook. I have a logbook and a jacket.
A: Textbook added. It ships this week so you can read ahead.
C: Perfect. I've been dreaming about this for years, thank you!""",
True, 35.00, "positive",
"Main course $595; 'just the one, the textbook' $35; others declined; dates not prices; happy -> positive."),

("FR10_038", "Oskar Berg", "2026-11-18T10:13:55", "asr",
"""A: databack recovery labs oskar speaking
C: hi my external drive started clicking and now it won't show up at all it has all my kids' baby photos on it
A: okay that sounds like a mechanical failure we'd need a clean room recovery which runs between four hundred and nine hundred depending on the damage
C: nine hundred dollars for some photos that's insane
A: i understand the diagnostic itself is free
C: i'll think about it i guess
A: sure the quote's good for thirty days
C: yeah whatever""",
False, 0.0, "negative",
"No commitment ('I'll think about it'); price range only quoted; 'that's insane' / 'whatever' -> negative."),

("FR10_039", "Nadia Petrova", "2026-11-18T13:02:38", "clean",
"""A: Lily & Fern Florists, Nadia speaking.
C: Hello. My neighbour passed away and I'd like to send a sympathy arrangement to the family.
A: I'm sorry for your loss. Our white lily and rose arrangement is $120, delivered Friday. Would you like that?
C: Yes, please, that one.
A: Of course. Would you like to add a keepsake card for $6, or upgrade to the large size for $35 more?
C: Upgrade it to the large. No card, I'll write my own note.
A: Large size it is. Delivery Friday before noon to 19 Park Lane.
C: Thank you, you've been very kind.""",
True, 35.00, "positive",
"Main arrangement $120; upgrade to large +$35 accepted, card declined; address not a price; 'very kind' -> positive."),

("FR10_040", "Jamal Carter", "2026-11-18T16:20:11", "asr",
"""A: hey this is jamal at two rivers farm
C: hi i see you at the saturday market all the time and i want to sign up for the winter veg box
A: awesome it's thirty two a week and runs december through march want me to sign you up
C: yeah sign me up
A: great we also do eggs for six a week and sourdough for eight a week
C: eggs yes bread no wait actually yeah do the bread too
A: ha okay eggs and bread added first box is the fourth
C: love your stuff honestly best carrots i've ever had""",
True, 14.00, "positive",
"Main veg box $32/wk; eggs $6 + bread $8 (self-corrected to yes) = $14; praise -> positive."),
]
