CALLS = [
("FR5_029", "Zara Ahmed", "2026-11-16T09:21:37", "asr", """
A: thanks for calling quickbite burgers zara speaking
C: hi can i get uh two double cheeseburger meals for pickup and please don't forget the fries this time like last week
A: sure that's twenty one eighty for the two do you wanna make them large it's another two dollars each
C: yeah make em both large
A: okay two large double cheeseburger meals anything else
C: um how much is a milkshake
A: milkshakes are four fifty
C: hmm nah that's it
A: okay that's twenty five eighty ready in fifteen minutes
C: yeah we'll see if you get it right this time
""", True, 4.00, "negative", "upsize 2 x 2 = 4; milkshake price only asked; 15 minutes trap"),
("FR5_030", "Ben Walsh", "2026-11-16T11:44:20", "asr", """
A: hello you've reached horizon wireless ben speaking
C: yeah hi i'm calling to cancel my line i'm switching to another carrier
A: i'm sorry to hear that can i ask why
C: the price honestly i'm paying like seventy a month
A: i can offer you the same plan for fifty a month for twelve months
C: um no they're giving me the same thing for forty so i'm gonna go
A: understood i'll process the port out your last bill will be prorated
C: okay thanks
A: of course take care
C: you too bye
""", False, 0.00, "neutral", "save offer refused; polite"),
("FR5_031", "Ingrid Holm", "2026-11-17T13:03:03", "clean", """
A: Fjord Furniture, Ingrid speaking.
C: Hi, I ordered the Oslo bed frame last week and I'd like to add matching nightstands if you still have them.
A: We do, they're $240 each.
C: Two of them, please.
A: Two nightstands at $240 each, $480 total, delivered with the bed on the 24th. Shall I charge the card on file?
C: Yes, please.
A: Done. Would you also like a mattress protector for $59?
C: No, I already bought one. Thank you, you've been lovely.
""", True, 480.00, "positive", "2 x 240 added to existing order; protector declined"),
("FR5_032", "Tariq Said", "2026-11-17T15:58:41", "asr", """
A: good afternoon sunrise medical center this is tariq
C: hi i got a letter saying my appointment with doctor reyes was cancelled
A: yes i'm sorry doctor reyes is out that week i can rebook you with her on the twenty ninth at eleven
C: the twenty ninth i've been waiting a month already this is really frustrating
A: i understand i could also put you with doctor singh this friday at nine
C: no i want doctor reyes fine the twenty ninth
A: okay i've moved your appointment to the twenty ninth at eleven
C: okay whatever thanks
""", False, 0.00, "negative", "rebooking of cancelled existing appointment (not a new sale); frustrated"),
("FR5_033", "Rosa Delgado", "2026-11-18T10:30:00", "asr", """
A: hi this is rosa from casa linda catering
C: hi rosa um i'm planning an office party for about forty people on december twelfth
A: lovely our taco bar is eighteen per person so for forty that's seven twenty
C: okay that sounds good
A: and we can add a churro dessert station for one fifty flat
C: ooh yes add the churros
A: great so taco bar for forty plus churros total eight seventy shall i lock in the twelfth
C: yes lock it in
A: wonderful i'll send the invoice
C: thank you this is gonna be so fun
""", True, 150.00, "positive", "catering main 720; churro station 150 flat; 40 people trap"),
("FR5_034", "Victor Hale", "2026-11-18T16:15:27", "clean", """
A: Ironclad Auto Glass, Victor speaking.
C: Hi, I have a crack across my windshield. Rock from a truck.
A: Sorry to hear that. A replacement for your model is $389, and with your comprehensive coverage it's likely fully covered.
C: Okay, can you come to my work?
A: Yes, mobile service is free. I can do Thursday at 10 at 455 Commerce Drive.
C: Hmm, I'd rather file with insurance first and see what they say. I'll call you back once I have a claim number.
A: Sounds good.
C: Thanks, bye.
""", False, 0.00, "neutral", "deferral; price of main, address traps"),
("FR5_035", "Amara Obi", "2026-11-19T09:09:09", "asr", """
A: thank you for calling peak software support amara speaking
C: hi yeah we're on the starter plan for the design tool and i wanna upgrade to pro
A: sure starter is nine a month pro is twenty one so it's twelve more a month
C: yeah the difference is fine just do it
A: and would you like the extra cloud storage for three dollars a month
C: uh yeah add the storage too
A: okay pro plus storage starting today prorated
C: wait actually um take the storage off we just cleaned up our files we don't need it
A: no problem just pro then
C: yep thanks
""", True, 12.00, "neutral", "upgrade price difference 12 counts as upgrade; storage 3 accepted then removed"),
("FR5_036", "Jack Turner", "2026-11-19T14:27:33", "asr", """
A: hello metro cinemas jack speaking
C: hi um do you still have tickets for the eight pm showing of the new space movie
A: yes we do how many
C: uh two adults
A: that's twenty eight for two do you want to add a large popcorn combo for twelve
C: yeah why not
A: okay two adults eight pm plus popcorn combo total forty
C: yep sounds good book it
A: done you'll get a text with the code
C: thanks man you guys are honestly my favorite theater
""", True, 12.00, "positive", "tickets + popcorn 12"),
("FR5_037", "Keiko Sato", "2026-11-20T11:55:01", "clean", """
A: Sakura Spa, Keiko speaking.
C: Hi! My sister gave me a gift card and I'd like to book a massage.
A: Lovely. A 60-minute massage is covered by the card. Would you like to add hot stones for an extra $20?
C: Oh, that sounds amazing. Yes!
A: And aromatherapy for $15?
C: Why not, it's my treat day. Add that too.
A: Wonderful. Saturday at 2 pm with hot stones and aromatherapy; the $35 extra is due at the spa.
C: Perfect. I'm so excited, thank you!
""", True, 35.00, "positive", "two add-ons 20 + 15; main paid with gift card"),
("FR5_038", "Luis Romero", "2026-11-20T17:40:12", "asr", """
A: good evening bluestar cable luis speaking
C: yeah i've been on hold for forty five minutes
A: i'm sorry about the wait how can i help
C: my bill says one twenty nine and it was supposed to be ninety nine
A: let me check you're right the promo expired i can put you on a new promo at one oh five
C: one oh five that's still more than before honestly i'm about ready to cancel
A: it's the best i can do it's for twelve months
C: okay fine put me on that one
A: done you'll see it on the next bill
C: oh great thanks for the forty five minutes of my life
""", True, 0.00, "negative", "accepts new promo plan (paid plan change) = conversion; sarcastic ending"),
("FR5_039", "Anna Berg", "2026-11-21T10:20:45", "asr", """
A: hi thanks for calling homestead solar anna speaking
C: hi i filled out the form online about getting panels
A: great i can set up a free home assessment we have next tuesday at ten or wednesday at four
C: um tuesday at ten sounds good
A: perfect i have you down for tuesday at ten at fifteen orchard road
C: yep correct
A: great our advisor will bring the quote with them
C: cool thank you
""", True, 0.00, "neutral", "free assessment appointment booked = booking"),
("FR5_040", "Peter Quinn", "2026-11-21T15:33:18", "clean", """
A: Crestline Resorts, Peter speaking.
C: Hi, I'd like to book three nights in December, the 18th to the 21st, for two adults.
A: A mountain-view room is $210 a night. I can add the ski pass bundle at $75 per person per day.
C: Hmm. Do you have anything cheaper than the mountain view?
A: The standard room is $175 a night.
C: That's a bit over my budget. I'd do it if it were around $150. Let me look around and maybe call back.
A: Of course.
C: Thanks for your time.
""", False, 0.00, "neutral", "conditional; prices only; no booking"),
("FR5_041", "Dana White", "2026-11-22T09:48:55", "asr", """
A: hi you've reached citywide movers this is dana
C: hey uh i finally got your quote took you guys a week and three calls to send it eleven fifty right
A: yes eleven fifty for the three bedroom with three movers
C: okay i wanna go ahead with it
A: great would you like packing materials for eighty five
C: uh how much for you guys to do the packing too
A: full packing service is three hundred
C: oof no just the materials then the eighty five is fine
A: okay move on the thirtieth plus materials eighty five deposit is two hundred
C: yeah charge the deposit
A: done
C: yeah okay honestly i'm only going with you because i'm out of time
""", True, 85.00, "negative", "move booked; materials 85; packing 300 asked and declined; deposit is part of main"),
("FR5_042", "Ivan Petrov", "2026-11-22T13:14:30", "asr", """
A: thank you for calling lakeside bank ivan speaking
C: hi i lost my debit card i think it's gone for good
A: i'm sorry i've blocked the card now and i'll send a new one it'll take five to seven days or i can rush it for free
C: rush it please
A: done it'll arrive in two days
C: oh thank you that's such a relief you've been super helpful
A: you're welcome
C: have a good one
""", False, 0.00, "positive", "card replacement; free rush 'yes' not a purchase"),
]
