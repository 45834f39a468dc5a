CALLS = [
("FR23_041", "Nadia Petrova", "2026-11-25T10:12:00", "asr", """A: rosewood inn events nadia speaking
C: hi i'm getting married here in june and we want to reserve a block of rooms for family
A: congratulations how many rooms and which nights
C: six rooms june thirteenth and fourteenth
A: i can do six at one sixty five a night with the wedding rate shall i reserve them under your name
C: yes please reserve all six under my name it's claire dubois
A: done and a lot of couples add welcome bags for guests local snacks a map a little wine fifteen each
C: oh that's cute um do they go in every room
A: whichever rooms you choose
C: then just the out of town people that's four rooms my parents live five minutes away
A: four welcome bags so sixty total
C: yes perfect you've made this so easy
A: my pleasure""", True, 60.00, "positive", "six rooms reserved; welcome bags 15 each for four of six rooms = 60; count of rooms said apart from the price"),

("FR23_042", "Ben Carter", "2026-11-25T14:37:00", "clean", """A: Bluepeak Business, Ben speaking.
C: Hi Ben, this is Raj at Kestrel Accounting. We have five lines on Business Basic and I want to move them all to Business Plus.
A: Sure. Business Plus is $10 more per line, so $50 more a month for the five. Shall I make the change?
C: Yes, go ahead with all five.
A: Done. Since you mentioned remote access last time, a static IP on your office internet is $15 a month.
C: Yes, add the static IP. Will we need a new router for that?
A: No, your current router supports it; it'll be active tomorrow.
C: Good. And the lines change today?
A: Effective today.
C: Okay, thanks.""", True, 15.00, "neutral", "paid plan change of five lines is the main purchase; static IP 15 a month accepted with a follow-up question"),

("FR23_043", "Aisha Mensah", "2026-11-26T11:48:00", "asr", """A: sunwave festival support aisha speaking
C: hi i bought a weekend pass last month and i wanted to ask about camping
A: sure the camping add on is one eighty for the weekend
C: one eighty
A: that's right it includes a tent spot and showers
C: oh sure a hundred and eighty bucks to sleep in a field what a bargain
A: there's also a car camping spot for two twenty
C: wow even better no thanks i'll get a motel in town
A: understood your pass is all set either way
C: yep great can't wait""", False, 0.0, "negative", "add-on to an earlier pass only asked about and declined; sarcasm throughout"),

("FR23_044", "Ryan Doyle", "2026-11-26T16:21:00", "clean", """A: Eastside Auto Care, Ryan speaking.
C: Hi, you looked at my Ford Escape on Monday, the transmission slipping. Do you have a number for me?
A: Yes. A rebuild is $3,400 and takes about four days. A used replacement unit would be about $2,100 with a 90-day warranty.
C: Okay. That's a lot either way. The car's only worth maybe six grand.
A: That's fair to weigh. If you want, I can hold a bay for Thursday.
C: Not yet. I'm going to get a second quote and think about it over the weekend.
A: Sure. Your diagnostic was $120 and that's already paid.
C: Right. I'll call you Monday either way.
A: Sounds good.
C: Thanks.""", False, 0.0, "neutral", "estimate only; bay hold declined; deferral; earlier diagnostic payment is not a purchase in this call"),

("FR23_045", "Mei Chen", "2026-11-27T09:33:00", "clean", """A: Shutterline Cameras, this is Mei.
C: Hi! I bought the Z30 from you last week and I'm already loving it, but I'm going through batteries fast.
A: Glad you like it! The spare battery is $59 each. How many were you thinking?
C: Two, please. And do you have a bigger memory card?
A: The 128GB card is $39.
C: I'll take that too.
A: So two batteries and the 128GB card, $157 total, shipping to the address on your order?
C: Yes, that's right. Same address on Orchard Street.
A: Great, it ships today.
C: You guys are the best, thanks!""", True, 157.00, "positive", "accessories for a camera bought last week = add-ons to an earlier purchase: 2 x 59 + 39 = 157; happy"),

("FR23_046", "Jonas Berg", "2026-11-27T13:05:00", "asr", """A: fresh fields produce jonas speaking
C: hi it's chef amara at tilde i need a case of the heirloom tomatoes for saturday
A: ah i'm sorry the heirlooms are done for the season our last farm wrapped up last week
C: none at all
A: none i can do romas or vine ripes
C: no that won't work for this dish
A: i could check back wednesday in case something comes in but i doubt it
C: no don't bother
A: i'm sorry chef
C: that's a shame the whole tasting menu was built around them
A: i know
C: okay bye""", False, 0.0, "negative", "item unavailable, alternatives declined, nothing ordered; quietly disappointed"),

("FR23_047", "Hannah Lee", "2026-11-28T10:50:00", "asr", """A: skyway airlines hannah speaking
C: hi i need four tickets to san diego for me my husband and two kids april fifth back april twelfth
A: okay i have the nine twenty am nonstop returning at four pm it's three forty per person round trip
C: okay that works let's book those four
A: great and would you like travel insurance it's thirty nine per person
C: hmm what does it cover
A: trip cancellation medical and lost bags
C: okay let me get the kids' birthdays to you first
A: sure go ahead
C: um june third twenty fifteen and october ninth twenty seventeen
A: got it
C: and yeah the insurance for all four of us my son always gets sick before trips
A: insurance for four that's one fifty six all booked
C: alright thank you""", True, 156.00, "neutral", "family flights booked; insurance 39 per person x4 = 156 accepted four turns after the offer; birth dates not prices"),

("FR23_048", "Priya Nair", "2026-11-28T15:14:00", "clean", """A: Oakridge Furniture, Priya speaking.
C: Hi! I'd like to order the Monroe sofa in the oatmeal linen, the 84-inch.
A: Lovely. That's $1,650. Shall I place it?
C: Yes, let's do it.
A: Placed. For delivery, we have standard curbside free, or white-glove delivery for $149: they bring it in, unwrap it and take the packaging.
C: I'm on the third floor with no elevator, so white glove, definitely.
A: Done. And fabric protection is $99.
C: No, I'll skip that. No pets, no kids.
A: Got it. So the Monroe with white-glove delivery. When would you like it?
C: Any Saturday in December. This is going to look so good, thank you!""", True, 149.00, "positive", "sofa ordered; paid white-glove delivery 149 picked over free option; protection 99 declined; size and floor not prices"),

("FR23_049", "Marcus Bell", "2026-11-30T08:28:00", "asr", """A: summit toyota service marcus speaking
C: hi i need new tires on my camry the front ones are bald basically
A: we should do all four for even wear the michelins are one eighty each installed
C: yeah okay do all four
A: got it and we offer road hazard coverage twenty per tire if you hit a nail it's replaced free
C: i literally got a nail last month okay yeah put that on all four
A: so four tires and road hazard on all four i can do tomorrow at one
C: tomorrow at one is good
A: you're set
C: that's a great deal honestly thanks marcus""", True, 80.00, "positive", "four tires (main); road hazard 20 per tire x4 = 80; pleased"),

("FR23_050", "Elena Ruiz", "2026-11-30T12:40:00", "asr", """A: northwave mobile elena speaking
C: hi my phone's getting slow i wanted to know what upgrades i'm eligible for
A: you're eligible now the galaxy s twenty five is thirty two a month over twenty four months
C: hm and the new one comes out when
A: usually in the spring
C: yeah i'll probably wait for the new model
A: i can also put a new battery in your current one for free since it's under warranty
C: oh really okay yeah can i just come in for that
A: any store walk in is fine
C: okay i'll do that thanks""", False, 0.0, "neutral", "upgrade deferred; free warranty battery is not a purchase and no appointment is booked"),

("FR23_051", "Tom Okafor", "2026-11-01T08:05:00", "asr", """A: front desk this is tom
C: hi i'm in room six twelve and there's construction right outside my window it started at seven am
A: i'm so sorry about that let me see what i can do i can move you to the quiet side on the ninth floor
C: is there a charge for that
A: no charge at all and i'll send up breakfast on us tomorrow
C: oh wow okay yes please move me
A: a bellman will be up in ten minutes with your new keys
C: thank you that's way better than i expected
A: of course
C: really appreciate it""", False, 0.0, "positive", "free room move and free breakfast, not purchases; complaint ends grateful"),

("FR23_052", "Diego Santos", "2026-11-01T12:30:00", "clean", """A: Thunder Arena tickets, Diego speaking.
C: Hi, two tickets for the game on December 3rd please, me and my son.
A: I have two in section 118, row 20, at $95 each. Would you like them?
C: Yes, book those two.
A: Booked. There's also a post-game meet-and-greet with two players for $150 per person.
C: He'd lose his mind. Just for him, though. I'll wait by the rail.
A: One meet-and-greet pass, $150. So your total is $340.
C: Yes, that's right. He's going to be over the moon, thank you.
A: Enjoy the game!""", True, 150.00, "positive", "tickets booked; meet-and-greet for one of two people = 150; section and row not prices"),

("FR23_053", "Grace Kim", "2026-11-03T11:16:00", "asr", """A: hi this is grace from peak office coffee i'm calling about your break room service
C: oh it's you guys
A: we'd love to get you back we have a new plan at ninety nine a month with the machine included
C: no thanks your last delivery came two weeks late and nobody called us back
A: i'm sorry about that we've changed our delivery partner
C: we've got a local roaster now he shows up every tuesday like clockwork
A: i can do the first month free
C: no i'm really not interested please take us off your list
A: will do
C: thanks""", False, 0.0, "negative", "outbound win-back refused; past bad service; prefers competitor"),

("FR23_054", "Omar Haddad", "2026-11-04T18:09:00", "asr", """A: homeline appliances omar speaking
C: hi i want to order the french door fridge the stainless one model f d three six
A: that one's twenty three ninety nine would you like to order it
C: yes order it
A: done do you need haul away for your old fridge it's thirty five and water line installation is eighty nine
C: yes both i'm not dragging that old thing down the stairs
A: okay adding both the earliest delivery is the twentieth
C: the twentieth that's two weeks my fridge is dying now
A: i'm sorry that's the first slot
C: that's ridiculous but fine i don't have a choice
A: i'll put you on the cancellation list too
C: yeah whatever""", True, 124.00, "negative", "fridge ordered (2399 main); haul-away 35 + water line 89 = 124; ends annoyed about delivery date"),

("FR23_055", "Lucy Brennan", "2026-11-06T09:47:00", "clean", """A: Linkfast billing, Lucy speaking.
C: I've been charged $89 twice this month. Again. This is the second time this year.
A: I'm sorry. I see the duplicate charge. I'll credit $89 back to your account.
C: Credit. I want it back on my card.
A: Refunds to the card take 7 to 10 business days; the credit is immediate.
C: Then refund it to the card. And can someone explain why this keeps happening?
A: It was a system error during the billing migration. I've flagged your account.
C: Flagged. Last time it was also flagged. I'm honestly sick of checking my statement every month.
A: I understand. The refund is processed.
C: Fine.""", False, 0.0, "negative", "billing complaint; refund is not a purchase; fed up"),

("FR23_056", "Sam Whitfield", "2026-11-07T14:55:00", "asr", """A: quicklane service this is sam
C: hi my ac's blowing warm can i get it looked at
A: sure we can do an ac check and recharge that's one forty nine and i've got wednesday at ten
C: wednesday at ten works book me in
A: done and your cabin filter's probably due it's twenty nine we can swap it while it's in
C: oh yeah the car smells kind of musty sure while it's in there
A: great ac service and cabin filter wednesday at ten
C: perfect you guys always take care of me thanks
A: see you wednesday""", True, 29.00, "positive", "ac service booked; cabin filter 29 accepted; loyal and pleased"),

("FR23_057", "Nadia Petrova", "2026-11-08T10:03:00", "asr", """A: skyway airlines loyalty desk nadia speaking
C: hi i'm trying to use my miles for two seats to rome in june
A: let me look um i'm sorry there's no award space in june at all on any date
C: none in the whole month
A: the earliest is september tenth or i could do june with cash fares at about eleven hundred each
C: i've saved these miles for three years for this trip
A: i understand i can set an alert for june award seats
C: sure set the alert i guess
A: alert set you'll get an email if anything opens
C: honestly that's really disappointing i don't know what the miles are for then
A: i'm sorry
C: yeah bye""", False, 0.0, "negative", "no availability; alternatives declined; a free alert is not a booking; disappointed"),

("FR23_058", "Ben Carter", "2026-11-09T15:42:00", "asr", """A: workwell office furniture ben speaking
C: hi it's tom from brightside dental we need six of the ergo task chairs
A: sure they're three twenty each but for six i can do two ninety each
C: two ninety okay yeah let's do six at two ninety
A: great and we have an adjustable armrest upgrade thirty each
C: um the hygienists asked for that yeah for the four operatory chairs the two reception chairs don't need it
A: four armrest upgrades so that's one twenty extra
C: yep that's right
A: they'll ship next monday to eight eighty one lake road
C: perfect
A: thanks tom""", True, 120.00, "neutral", "six chairs at a revised main price; armrest upgrade 30 each for four of six = 120; address not a price"),

("FR23_059", "Aisha Mensah", "2026-11-10T19:20:00", "clean", """A: Palm Crest Resort, Aisha speaking.
C: Hi, I'd like to book two nights, January 9th and 10th, one king room.
A: I have a king at $249 per night plus a $30 daily resort fee.
C: Oh good, a resort fee. Love those. What does that even cover?
A: Pool towels, Wi-Fi and the fitness center.
C: Wi-Fi. Amazing. Fine, book it anyway, the conference is next door.
A: Booked. Would you like to add valet parking for $35 a night, or breakfast for $22?
C: No. Neither.
A: Understood. Your confirmation is PC-88120.
C: Great. Thanks.""", True, 0.0, "negative", "room booked; resort fee is a fee, not an upsell; parking and breakfast declined; sarcastic"),

("FR23_060", "Ryan Doyle", "2026-11-12T17:35:00", "asr", """A: hi this is ryan from linkfast i'm calling about a special on adding tv to your internet
C: how did you get this number
A: you're an existing internet customer
C: i've told you people three times i don't want tv
A: it's only twenty a month for the first year with a hundred channels
C: i don't care if it's free stop calling me
A: i'll add a note to your account
C: and put me on the do not call list this is harassment
A: done i'm sorry for the trouble
C: bye""", False, 0.0, "negative", "outbound pitch refused; angry"),
]
