CALLS = [
("FR41_021", "Hannah Lindqvist", "2026-11-13T10:45:00", "asr",
"""A: hollow creek barn events hannah speaking
C: hi yes so we toured last weekend and um we wanna lock in september twelfth
A: oh congrats september twelfth is open the saturday package is eight thousand and we take two grand to hold the date
C: yeah we figured okay let's do it let's hold it
A: wonderful i'll send the contract for the deposit today and did you want to add the extra hour of bar service we talked about it's three fifty
C: three fifty for the whole hour right not per person
A: for the whole hour yes three hundred fifty flat
C: oh then yes definitely add that my family will want it
A: done saturday september twelfth package plus the extra bar hour
C: i'm so excited thank you for everything""",
True, 350.00, "positive", "venue booked (deposit is part of main price); extra bar hour 'three fifty' = 350 by context"),

("FR41_022", "Tomas Ruiz", "2026-11-13T13:20:00", "asr",
"""A: hi this is tomas from brightline mobile calling about your account is now a good time
C: uh yeah i guess quickly
A: great so you're eligible for five g home internet free for the first three months then it's fifty five a month
C: mhm
A: and you can bundle it with your phone line to get ten off
C: yeah
A: so should i go ahead and schedule the install
C: uh no i'm good i just renewed with comcast actually
A: no problem i'll note that
C: okay bye""",
False, 0.0, "neutral", "backchannels (mhm, yeah) are not acceptance; closing question refused"),

("FR41_023", "Aisha Khan", "2026-11-13T19:02:00", "asr",
"""A: tony's pizza aisha speaking pickup or delivery
C: delivery um two larges one pepperoni one half mushroom half sausage
A: okay two larges those are twelve ninety nine each
C: yep
A: want to add garlic knots for five ninety nine or a two liter for three
C: uh knots yeah no soda
A: got it and the address
C: one eighty eight west fourth street apartment three b
A: one eighty eight west fourth three b so two larges and garlic knots that's thirty one ninety seven before tip about forty minutes
C: yep sounds good
A: thanks it's on the way
C: cool thanks""",
True, 5.99, "neutral", "order confirmed; picked knots (5.99) of two offered add-ons; pizzas are the main purchase; address not price"),

("FR41_024", "Ben Carter", "2026-11-16T09:50:00", "clean",
"""A: First Harbor Bank, Ben speaking.
C: Hi, I want to talk to someone about refinancing. Our rate is 6.8% and I keep seeing lower numbers.
A: I can set you up with one of our loan officers. Would you prefer the branch on Main Street or a video call?
C: Video call is easier.
A: I have Monday at 4 p.m. or Wednesday at 11 a.m.
C: Let's do Monday at 4.
A: Monday at 4 with Karen Liu. I'll send the link to jpatel@mailbox.com, is that right?
C: Yes, that's my email.
A: You're all set. Bring your last two pay stubs if you can.
C: Will do. Thanks.""",
True, 0.0, "neutral", "appointment booked by choosing a slot; 'yes' to email is incidental"),

("FR41_025", "Mei Chen", "2026-11-16T08:05:00", "asr",
"""A: skyway airlines mei speaking
C: hi um i need to book a one way to chicago on friday the morning flight the seven fifteen
A: let me check the seven fifteen oh i'm sorry that one just sold out
C: ugh seriously
A: i have the nine forty same fare one eighty nine or the six a m for two oh nine
C: the nine forty is fine i guess
A: okay let me read it back one passenger friday nine forty to chicago one eighty nine is that right
C: yeah that's right
A: and extra legroom on that flight is thirty five
C: yeah actually yeah if i'm gonna be stuck in a middle seat otherwise then sure thirty five
A: added seat eleven c extra legroom
C: oh an aisle nice okay that worked out thanks""",
True, 35.00, "positive", "first flight failed, alternative taken and confirmed; legroom 35 accepted; annoyed start, pleased end"),

("FR41_026", "Luca Romano", "2026-11-16T14:33:00", "asr",
"""A: netwave retention luca speaking
C: hi i want to cancel the tv package it's one twenty a month and we barely watch it
A: i understand i can bring it down to ninety for twelve months
C: ninety's still a lot um i'd stay if you can get it to seventy and keep the sports channels
A: let me check um the sports tier isn't available at seventy the lowest with sports is eighty five
C: yeah then no cancel it
A: okay the tv service will end on your next bill date the twenty first
C: fine honestly should've done this years ago
A: is there anything else
C: nope""",
False, 0.0, "negative", "conditional retention (70 with sports) not met; cancels"),

("FR41_027", "Grace Mensah", "2026-11-17T11:11:00", "asr",
"""A: happy paws grooming grace speaking
C: hi um i need to get my dog in for a bath and haircut he's a doodle so he's uh a lot
A: ha we love doodles we have saturday at nine or tuesday at two
C: saturday at nine
A: perfect and it's eighty five for a full groom on a doodle his size and we can do nails and teeth for fifteen bucks more
C: yeah do the nails he hates when i do it
A: okay full groom plus nails and teeth saturday at nine what's his name
C: biscuit
A: biscuit saturday nine a m you're all set
C: amazing thank you he's gonna look so fluffy""",
True, 15.00, "positive", "grooming appointment booked; nails-and-teeth add-on 15 accepted"),

("FR41_028", "Oliver Hart", "2026-11-17T16:08:00", "asr",
"""A: cloudnest support oliver speaking
C: hey oliver hi hope your day's going well
A: it is thanks how can i help
C: so i noticed i was billed twice this month for the pro plan nine ninety nine twice
A: let me look um yes i see two charges i can refund one
C: oh great thank you
A: it takes seven to ten business days though
C: seven to ten days for your mistake you took it instantly
A: i know i'm sorry it's the bank processing time
C: and this is the second time this year honestly i'm starting to look at dropbox
A: i understand i've added a note to your account
C: yeah okay whatever this is getting old""",
False, 0.0, "negative", "refund only; friendly start, negative end"),

("FR41_029", "Nadia Petrova", "2026-11-17T12:25:00", "clean",
"""A: Lyric Theatre box office, Nadia speaking.
C: Hi, I'd like two seats for Hamilton on December 4th, the evening show.
A: I have orchestra row M at $145 each, or mezzanine row C at $98 each.
C: Mezzanine, please.
A: Two mezzanine seats, row C, December 4th at 7:30, $196 total. Correct?
C: Yes, that's right.
A: Booked. Would you like our pre-show dinner package? It's usually $60 per couple, but it's $45 this month.
C: At $45? Yes, let's add it, that sounds lovely.
A: Added. You'll get the voucher by email.
C: Wonderful, thank you so much!""",
True, 45.00, "positive", "picked mezzanine, read-back confirmed; dinner package at revised 45"),

("FR41_030", "Sam Whitfield", "2026-11-18T10:40:00", "asr",
"""A: lakeside physical therapy sam speaking
C: hi yeah i have an appointment thursday at two thirty with um jen i think
A: let me find it what's the last name
C: brennan b r e n n a n
A: okay i see it thursday two thirty with jen
C: yeah i need to cancel it my knee's actually a lot better
A: that's great to hear do you want to book a follow up in a few weeks just to check
C: um not sure i'll call if it flares up again
A: sounds good i've cancelled thursday
C: okay thanks""",
False, 0.0, "neutral", "cancels existing appointment; follow-up deferred"),

("FR41_031", "Ines Duarte", "2026-11-18T13:15:00", "asr",
"""A: cascade power this is ines
C: hi um i saw the renewable plan on your site and i'm curious
A: sure the green choice plan is a cent and a half more per kilowatt hour so most homes see about eight to twelve dollars more a month
C: hmm okay and is it actually wind and solar or is it like credits
A: it's a hundred percent from wind farms in the gorge certified by green e
C: okay if there's no contract then i'm in
A: no contract you can switch back anytime
C: then yeah sign me up
A: done it starts next billing cycle on the sixth
C: nice i've been meaning to do this for ages thanks""",
True, 0.0, "positive", "conditional (no contract) met, then 'sign me up' = paid plan change; plan change is the main purchase, no upsell"),

("FR41_032", "Kofi Asante", "2026-11-18T17:30:00", "asr",
"""A: westgate toyota this is kofi
C: hey um i'm looking at the twenty twenty four rav four hybrid you have listed stock number four four seven one
A: yes the blue one it's at thirty four nine
C: thirty four nine okay and is that out the door
A: before tax and fees would you like to come in for a test drive this weekend
C: yeah maybe um i gotta talk to my wife first she's the one who'll drive it mostly
A: totally fair can i text you the details
C: yeah that's my cell you've got
A: great i'll send it now
C: okay thanks""",
False, 0.0, "neutral", "deferral (talk to wife); no test drive booked; yes only to phone number"),

("FR41_033", "Priya Nair", "2026-11-19T09:28:00", "asr",
"""A: brightline store priya speaking
C: hi um i'm calling to order the pixel that was on the flyer the one for uh five ninety nine
A: the pixel nine yes five ninety nine or twenty four ninety nine a month
C: the monthly one
A: okay and a case with that it's thirty nine and a screen protector's twenty
C: sure both
A: so pixel nine monthly plus case thirty nine and protector twenty
C: wait actually skip the screen protector my last one cracked anyway and i didn't care
A: no problem just the case
C: yeah just the case
A: okay it'll ship tomorrow to the address on file
C: okay cool""",
True, 39.00, "neutral", "phone ordered; case 39 kept, screen protector retracted by name"),

("FR41_034", "Marcus Bell", "2026-11-19T15:44:00", "asr",
"""A: seaview inn guest relations marcus speaking
C: yeah i stayed with you last weekend and it was honestly the worst night of my life the ac was broken and nobody came
A: i'm so sorry that's not acceptable let me look at your stay
C: i called the front desk three times three
A: i see the notes i'm refunding that night in full and i'd like to offer you a free night for a future stay
C: hm okay that's um that's actually more than i expected
A: would you like to use it now i can book it
C: yeah okay let's do the weekend of the eighth
A: booked one night on the eighth complimentary and i've upgraded you to an ocean view at no charge
C: wow okay thank you marcus you really turned this around""",
True, 0.0, "positive", "complimentary stay booked (a booking counts); free upgrade and refund are not upsell; furious start, grateful end"),

("FR41_035", "Sofia Reyes", "2026-11-19T11:58:00", "clean",
"""A: Hi, this is Sofia from Quillbook. You started a free trial two weeks ago. How's it going?
C: Honestly, really well. The invoicing feature saved me hours this month.
A: That's great to hear! The trial ends Friday. The Pro plan is $29 a month, or $290 a year.
C: The annual one is tempting.
A: I can switch you over right now so you don't lose anything.
C: Sounds good, I'll think about it over the weekend. I need to check with my accountant about expensing it.
A: Of course. Your data stays for 30 days after the trial.
C: Perfect. I really do like it, so I'll probably be back.""",
False, 0.0, "positive", "interest + deferral, no commitment; clearly pleased with product"),

("FR41_036", "Daniel Okafor", "2026-11-20T10:12:00", "asr",
"""A: kelvin appliances support daniel speaking
C: hi um my dishwasher model k d t seven eight zero stopped draining it's only eight months old
A: sorry about that can i get the serial number
C: uh it's f one one four two nine eight
A: thanks it's under warranty so we'll ship you a new drain pump free and you can install it or we can send someone
C: i mean i'll do it myself i guess
A: it'll arrive in three to five days
C: okay it's just kind of a let down i paid extra for this brand because it was supposed to be reliable
A: i understand i'm sorry
C: yeah well thanks""",
False, 0.0, "negative", "free warranty part, not a purchase; model/serial numbers; quietly disappointed"),

("FR41_037", "Hannah Lindqvist", "2026-11-20T14:00:00", "asr",
"""A: harbor mutual auto this is hannah
C: hi i got the renewal notice for my car insurance and just wanna renew same as last year
A: sure i see it's six forty two for six months same coverage
C: yeah that's fine renew it
A: done and one thing roadside assistance is only a buck fifty a month if you want it
C: a buck fifty huh yeah okay sure i got stuck with a flat last winter
A: added roadside at a dollar fifty a month
C: great thanks that was super quick""",
True, 1.50, "positive", "renewal; roadside 'a buck fifty' = 1.50 accepted"),

("FR41_038", "Tomas Ruiz", "2026-11-20T18:22:00", "asr",
"""A: netwave sales tomas speaking
C: yeah hi i'm on the three hundred meg plan and it's not cutting it anymore with everyone home
A: okay i can move you to the gig plan it's eighty a month so twenty more than now
C: mhm
A: and you'd get the new router free
C: and what about upload speed
A: thirty five up on the gig
C: okay yeah move me to the gig
A: done also do you need a static ip some people working from home do it's five a month
C: um actually yeah my vpn keeps dropping so yeah add it
A: added the gig plan and static ip starting today
C: okay thanks""",
True, 5.00, "neutral", "plan upgrade is the main purchase (its price difference is not upsell); static ip 5 is the add-on"),

("FR41_039", "Aisha Khan", "2026-11-23T12:40:00", "asr",
"""A: ember and oak aisha speaking
C: hi um can i get a table friday for uh eight people at seven
A: friday at seven for eight let me see yes i can do that
C: oh wait actually it's gonna be ten my cousins are coming
A: ten at seven hmm i can do ten at seven thirty in the back room
C: seven thirty's fine
A: okay ten people friday seven thirty back room under what name
C: dorsey
A: dorsey party of ten friday at seven thirty is that correct
C: yeah that's correct is there a minimum for the back room
A: no minimum on fridays
C: okay great""",
True, 0.0, "neutral", "reservation revised (party size) and read-back confirmed with follow-up question"),

("FR41_040", "Ben Carter", "2026-11-23T16:16:00", "asr",
"""A: green crate meals ben speaking
C: hi ben um i need to cancel my meal kit subscription
A: oh sorry to hear that can i ask why
C: honestly nothing wrong with it the food's been great i just moved in with my girlfriend and she cooks
A: ha fair enough i could pause it for up to eight weeks instead
C: nah i think cancel is better but seriously the recipes were awesome
A: okay cancelled your last box was the one on the third
C: perfect thanks for making it easy""",
False, 0.0, "positive", "cancellation, pause declined; warm praise"),
]
