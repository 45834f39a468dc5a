CALLS = [
("FR50_021", "Lucia Ferraro", "2026-11-10T10:36:00", "asr",
 "A: hi welcome to brightwave wireless sales this is lucia\n"
 "C: hey so my phone finally died and i wanna get the new pixel um the one twenty eight gig\n"
 "A: sure the one twenty eight is seven ninety nine or you can do it monthly at twenty two twenty a month for three years\n"
 "C: uh monthly is fine yeah let's do that\n"
 "A: great and do you want a case with that we've got the clear rugged one for twenty nine ninety nine\n"
 "C: yeah definitely i drop everything\n"
 "A: and a tempered glass screen protector it's fourteen ninety nine\n"
 "C: yeah throw that in too\n"
 "A: so the phone on monthly payments plus the case at twenty nine ninety nine and the screen protector at fourteen ninety nine\n"
 "C: yep that's it\n"
 "A: all done it'll ship today\n"
 "C: oh awesome thanks so much this was way easier than going to the store",
 True, 44.98, "positive", "phone 'let's do that'; case 29.99 'yeah definitely' + protector 14.99 'throw that in too' = 44.98"),

("FR50_022", "Daniel Novak", "2026-11-10T14:09:00", "asr",
 "A: comfort air heating and cooling this is daniel\n"
 "C: hi um you guys did my furnace last year and i got a postcard about a maintenance plan\n"
 "A: yes the comfort club it's one eighty nine a year two tune ups and fifteen percent off repairs\n"
 "C: mhm\n"
 "A: and priority scheduling in an emergency\n"
 "C: yeah\n"
 "A: do you want me to go ahead and enroll you\n"
 "C: uh can you send me something in writing first i wanna see what's covered exactly\n"
 "A: sure i'll email the brochure and the terms\n"
 "C: okay yeah thanks",
 False, 0.0, "neutral", "'yeah' backchannels; 'send me something in writing first' = interest without commitment"),

("FR50_023", "Aisha Bello", "2026-11-11T08:22:00", "asr",
 "A: thank you for calling midstate power this is aisha\n"
 "C: yeah our power's been out since last night the whole street and nobody can tell us anything\n"
 "A: i'm sorry i see the outage on ferris road we have crews out there\n"
 "C: okay so when's it coming back\n"
 "A: right now we don't have an estimated restoration time\n"
 "C: you don't have a time it's been fourteen hours i've got a freezer full of food\n"
 "A: i understand you can file a claim for spoiled food on our website\n"
 "C: a claim great so i get to fill out forms while everything melts\n"
 "A: i'll add your address to the report so the crew has it\n"
 "C: this is honestly pathetic",
 False, 0.0, "negative", "outage, no ETA; sarcastic 'a claim great'; 'honestly pathetic'"),

("FR50_024", "Marcus Lindqvist", "2026-11-11T11:51:00", "asr",
 "A: streamly support this is marcus\n"
 "C: hi i need to change my plan you guys raised the price again\n"
 "A: i can help with that you're on premium at twenty two ninety nine\n"
 "C: yeah that's ridiculous for what it is\n"
 "A: i can move you to standard at fifteen forty nine you'd lose four k and you'd have two screens instead of four\n"
 "C: fine do that switch me to standard\n"
 "A: done that takes effect on your next billing date\n"
 "C: mhm\n"
 "A: is there anything else\n"
 "C: no just stop raising prices every six months i'm this close to cancelling",
 True, 0.0, "negative", "'switch me to standard' = paid plan change (downgrade), no add-on; 'this close to cancelling'"),

("FR50_025", "Hannah Brooks", "2026-11-11T15:17:00", "clean",
 "A: Thanks for calling Birchwood Furniture, this is Hannah.\n"
 "C: Hi! I'm ready to order the Haven queen bed frame in walnut.\n"
 "A: Lovely. The Haven queen in walnut is $1,150. Delivery is included.\n"
 "C: Great.\n"
 "A: The matching Haven nightstands are $240 each. Would you like any?\n"
 "C: Yes, two of the nightstands, one for each side.\n"
 "A: So the bed frame at $1,150 and two nightstands at $240 each, $1,630 total. Shall I place it?\n"
 "C: Yes, please, place the order.\n"
 "A: Done! Delivery window is the 18th to the 20th.\n"
 "C: Oh, I'm so excited. Thank you, you've been lovely.",
 True, 480.00, "positive", "'place the order'; two nightstands at $240 each = 480; 'so excited'"),

("FR50_026", "Rafael Ortiz", "2026-11-12T09:40:00", "asr",
 "A: hi this is rafael with guardian life returning your request for a quote\n"
 "C: oh yeah hi um yeah i filled that out online\n"
 "A: so for a twenty year term five hundred thousand you'd be at about uh thirty one a month\n"
 "C: yeah\n"
 "A: and that's locked for the whole twenty years\n"
 "C: mhm yeah\n"
 "A: i can start the application right now it takes about fifteen minutes\n"
 "C: yeah so honestly i'm not ready to buy anything today i was just trying to get a number\n"
 "A: that's fine i'll send the quote so you have it\n"
 "C: yeah that's perfect okay thanks",
 False, 0.0, "neutral", "many 'yeah' backchannels; 'i'm not ready to buy anything today'"),

("FR50_027", "Grace Kim", "2026-11-12T13:02:00", "clean",
 "A: Hello, you've reached Pinnacle Bank card services, this is Grace.\n"
 "C: Hi, there's a charge on my card for $64.99 from something called GemQuest and I have no idea what that is.\n"
 "A: Let me look. That's a purchase through the app store on the 3rd. Is there anyone in the household who plays mobile games?\n"
 "C: Oh no. My son. He's nine.\n"
 "A: It happens a lot more than you'd think. I can help you request a refund from the app store and show you how to turn on purchase approval.\n"
 "C: Yes, please, that would be great.\n"
 "A: I've emailed the steps. The refund request usually comes back within a week.\n"
 "C: Okay, my bad, sorry for the panic. Thank you so much for explaining, that was really helpful.\n"
 "A: Not at all, have a good one.\n"
 "C: You too!",
 False, 0.0, "positive", "'Yes, please' accepts help with a refund, not a purchase; 'really helpful'"),

("FR50_028", "Samuel Adeyemi", "2026-11-12T16:44:00", "asr",
 "A: bugaway pest control this is samuel\n"
 "C: hi um yeah we've got ants in the kitchen like a lot of them\n"
 "A: okay we can do a one time treatment that's one twenty five and i have wednesday afternoon\n"
 "C: wednesday works yeah book that\n"
 "A: booked and if you want the quarterly plan instead it's thirty nine a visit more and keeps them from coming back\n"
 "C: oh uh sure do the quarterly\n"
 "A: okay i'll switch you over\n"
 "C: wait actually no sorry just the one time for now i'll see how it goes\n"
 "A: no problem back to the one time treatment wednesday afternoon one twenty five\n"
 "C: yeah that's it thanks",
 True, 0.0, "neutral", "'book that' one-time treatment stands; quarterly upgrade accepted then retracted 'wait actually no'"),

("FR50_029", "Elena Petrova", "2026-11-13T10:05:00", "asr",
 "A: metrocable retention department this is elena\n"
 "C: yeah i want to cancel my internet i'm moving to fiber\n"
 "A: okay i'm sorry to hear that can i offer you a speed upgrade for the same price\n"
 "C: no\n"
 "A: what about three months at half price\n"
 "C: no thanks i've been asking you guys for years to fix the drops and nothing\n"
 "A: i understand i'll process the cancellation effective the thirtieth\n"
 "C: good and the modem\n"
 "A: you can return it at any store or we'll mail a box\n"
 "C: mail the box i'm not driving anywhere for you guys i'm done",
 False, 0.0, "negative", "both save offers refused; cancels; 'i'm done'"),

("FR50_030", "Jordan Hayes", "2026-11-13T12:33:00", "asr",
 "A: thanks for calling urban thread this is jordan\n"
 "C: hi i wanna return a jacket i bought it's the wrong fit\n"
 "A: sure um i see the order from september twenty eighth\n"
 "C: yeah\n"
 "A: so since it's past thirty days i can only do store credit not a refund to the card\n"
 "C: store credit i don't even want anything else from you guys\n"
 "A: i'm sorry that's the policy after thirty days\n"
 "C: it's like thirty two days come on\n"
 "A: i can't override it but the credit never expires\n"
 "C: wow okay that's useless to me but whatever send the label",
 False, 0.0, "negative", "return for store credit, nothing bought; 'useless to me but whatever'"),

("FR50_031", "Nadia Haddad", "2026-11-13T14:58:00", "clean",
 "A: Good afternoon, Seaview Inn reservations, this is Nadia.\n"
 "C: Hi, I'd like a room for the 12th through the 15th, two adults.\n"
 "A: I have an ocean view king for those three nights at $179 a night.\n"
 "C: That sounds lovely.\n"
 "A: Would you like me to reserve that for you?\n"
 "C: Yes, let's book it.\n"
 "A: Wonderful. We also have a breakfast package for two for the whole stay, $54 total.\n"
 "C: Oh, that's nice, yes, add breakfast.\n"
 "A: So an ocean view king, the 12th to the 15th, plus breakfast for $54. You're confirmed.\n"
 "C: Perfect, thank you! We're really looking forward to it.",
 True, 54.00, "positive", "'let's book it'; breakfast package $54 total accepted 'yes, add breakfast'"),

("FR50_032", "Owen McCarthy", "2026-11-16T09:19:00", "asr",
 "A: westside auto care this is owen\n"
 "C: hi um i need an oil change for a twenty nineteen civic\n"
 "A: sure full synthetic is seventy nine ninety five i have tomorrow at ten\n"
 "C: tomorrow at ten yeah that works put me down\n"
 "A: got you and the last time you were in the tech noted the cabin air filter was pretty dirty we can swap that while it's here for thirty five\n"
 "C: uh how long does that take\n"
 "A: like five minutes\n"
 "C: okay yeah do the filter too\n"
 "A: alright tomorrow at ten oil change plus cabin filter thirty five\n"
 "C: okay see you then",
 True, 35.00, "neutral", "'put me down' for oil change; 'do the filter too' at thirty five"),

("FR50_033", "Maria Delgado", "2026-11-16T11:27:00", "clean",
 "A: Thanks for calling IronWorks Fitness, this is Maria.\n"
 "C: Hi, what are your membership prices?\n"
 "A: Our standard membership is $34.99 a month with no contract, and there's a $25 startup fee this month instead of $99.\n"
 "C: Okay. Can I sign up online?\n"
 "A: You can, or I can sign you up right now over the phone.\n"
 "C: Cool, I'll just do it online later tonight, I need to find my card.\n"
 "A: Sounds good, the promo runs through Sunday.\n"
 "C: Okay, thanks.",
 False, 0.0, "neutral", "question 'Can I sign up online?' and a plan to do it later, no commitment on the call"),

("FR50_034", "Kevin Osei", "2026-11-16T14:50:00", "asr",
 "A: brightwave wireless this is kevin\n"
 "C: hi um we wanna switch the whole family over we're with another carrier four lines\n"
 "A: great so four lines on the unlimited family plan is one sixty a month total\n"
 "C: okay\n"
 "A: and you asked about the hotspot for your husband's line that's ten a month\n"
 "C: yeah yeah he needs that for work\n"
 "A: so let me read it back four lines on unlimited family one sixty a month plus the hotspot add on at ten on line two porting all four numbers is that correct\n"
 "C: yep that's right when does it kick in\n"
 "A: it'll be active within two hours of porting\n"
 "C: oh this is great honestly i've been wanting to switch for so long",
 True, 10.00, "positive", "confirms read-back 'yep that's right' incl. hotspot at ten a month; 'this is great'"),

("FR50_035", "Priya Raman", "2026-11-17T10:13:00", "asr",
 "A: lakeshore insurance claims this is priya\n"
 "C: hi i'm calling about my claim for the water damage in the basement it's been a month\n"
 "A: let me look it up um okay i see a decision was made on the sixth the claim was denied\n"
 "C: denied why\n"
 "A: it's listed as gradual seepage which isn't covered under your policy only sudden and accidental\n"
 "C: it was a burst pipe i sent you the plumber's report\n"
 "A: i see a report attached i can request a review\n"
 "C: a review i've paid you people for eleven years and the one time i need you this is what i get\n"
 "A: i understand i've submitted the review request\n"
 "C: unbelievable honestly",
 False, 0.0, "negative", "claim denied; 'unbelievable'"),

("FR50_036", "Tom Whitaker", "2026-11-17T13:21:00", "asr",
 "A: gearhub this is tom how can i help\n"
 "C: hi yeah i'm looking at the uh the noise cancelling headphones the sonix ones\n"
 "A: sure the sonix q five those are two forty nine sorry one forty nine they're on sale this week\n"
 "C: oh one forty nine nice i'll take them\n"
 "A: great and we've got the hard travel case for them it's twenty nine uh no sorry nineteen it's also marked down\n"
 "C: nineteen sure add the case\n"
 "A: so headphones at one forty nine and the case at nineteen one sixty eight before tax\n"
 "C: yep sounds good\n"
 "A: order's placed\n"
 "C: sweet thank you i've wanted these for months",
 True, 19.00, "positive", "'i'll take them'; case price corrected twenty nine -> nineteen, 'add the case' = 19"),

("FR50_037", "Lucia Ferraro", "2026-11-17T15:46:00", "clean",
 "A: Good afternoon, Trattoria Sole, this is Lucia.\n"
 "C: Hi, I'd like to make a reservation for Friday, six people, around 7.\n"
 "A: Let me check. I have 7:15 for six on Friday.\n"
 "C: That's fine.\n"
 "A: Can I get a name and number?\n"
 "C: Patel, 555-0148.\n"
 "A: So Friday at 7:15, party of six, under Patel. Is that right?\n"
 "C: Yes, that's correct. Is there parking nearby?\n"
 "A: There's a public lot behind the building. You're all set.\n"
 "C: Okay, thanks.",
 True, 0.0, "neutral", "confirms reservation read-back 'Yes, that's correct' then asks a question"),

("FR50_038", "Daniel Novak", "2026-11-18T09:03:00", "asr",
 "A: hi this is daniel with sunpath solar you requested a callback about a free consultation\n"
 "C: oh yeah um i did\n"
 "A: great so the consultation is free one of our advisors comes out takes about an hour i have saturday at eleven\n"
 "C: mhm\n"
 "A: would that work for you\n"
 "C: uh yeah i mean i'm interested but can you just email me the info first like the rough costs\n"
 "A: of course i'll send the info and you can book online when you're ready\n"
 "C: yeah that works thanks",
 False, 0.0, "neutral", "'uh yeah i mean i'm interested but ... email me the info first' = no booking"),

("FR50_039", "Aisha Bello", "2026-11-18T12:37:00", "asr",
 "A: clearwater utilities this is aisha\n"
 "C: yeah my bill this month is three hundred and forty dollars it's usually like ninety\n"
 "A: let me look um your usage was a lot higher and there was an estimated read last month so this includes a catch up\n"
 "C: a catch up so you guessed wrong and now i pay for it all at once\n"
 "A: i can set up a payment arrangement and split it over three months\n"
 "C: yeah fine split it\n"
 "A: okay that's done first installment is on the next bill\n"
 "C: i can't believe this three forty for water it's insane\n"
 "A: i understand if you want we can send someone to check for leaks free of charge\n"
 "C: no i don't have a leak you have a meter problem",
 False, 0.0, "negative", "payment arrangement on an existing bill is not a purchase; 'it's insane'"),

("FR50_040", "Marcus Lindqvist", "2026-11-18T16:08:00", "asr",
 "A: hi thanks for calling linen and loom this is marcus\n"
 "C: hi um i wanna order some stuff for my sister's housewarming\n"
 "A: sure what are you looking at\n"
 "C: two of the large bath towels in sage and uh one bath mat also sage\n"
 "A: so two bath towels at thirty four each and the bath mat at twenty eight that's ninety six\n"
 "C: yeah\n"
 "A: since it's a gift would you like gift wrap it's five dollars and we include a card\n"
 "C: oh yes please do the gift wrap\n"
 "A: alright two towels one mat gift wrapped ninety six plus five total one oh one shipping to your sister's address\n"
 "C: yep that's right\n"
 "A: placed it'll arrive thursday\n"
 "C: perfect she's gonna love it thank you",
 True, 5.00, "positive", "multi-item order confirmed 'yep that's right'; gift wrap five dollars accepted"),
]
