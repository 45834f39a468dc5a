CALLS = [
("FR59_001", "Marisol Ferreira", "2026-11-02T18:12:40", "clean",
"""A: Thanks for calling Forno Rosso, this is Marisol. Pickup or delivery?
C: Delivery please, to 418 Alder Street.
A: Got it. What can I get started for you?
C: A large margherita, and the spicy sausage one, the Diavola? Actually two of those.
A: So one large margherita and two large Diavolas. Anything to drink?
C: No, we've got drinks here.
A: We've got garlic knots on tonight, a dozen for $6.99. Want to add those?
C: Oh, go on then, the kids love them.
A: Okay, one margherita, two Diavolas, a dozen garlic knots, that's $58.46 with delivery. All correct?
C: Yep, that's it.
A: Lovely, about forty minutes.
C: Perfect, you guys are always quick. Thanks!""",
True, 6.99, "positive", "read-back confirmed ('Yep, that's it'); garlic knots $6.99 accepted ('go on then'); 'always quick' positive"),

("FR59_002", "Devon Okafor", "2026-11-02T10:05:11", "asr",
"""A: thank you for calling greenway pharmacy this is devon how can i help
C: hi yeah i need to refill um two things my lisinopril and the uh the atorvastatin
A: sure can i get your date of birth
C: march third nineteen sixty one
A: okay thanks so the lisinopril has two refills left i can fill that today the atorvastatin is out of refills so we'd have to reach out to your doctor
C: oh um okay yeah go ahead and do the lisinopril then
A: will do it'll be ready after three we also do home delivery for four ninety nine if you want it dropped off
C: nah i'll swing by i'm out that way anyway
A: okay and i'll fax doctor liu about the other one
C: mhm okay
A: anything else today
C: no that's it bye""",
True, 0.0, "neutral", "'go ahead and do the lisinopril' = refill ordered; delivery $4.99 declined ('nah i'll swing by'); flat tone"),

("FR59_003", "Priya Raman", "2026-11-02T13:47:02", "clean",
"""A: Bloom & Branch Florist, Priya speaking.
C: Hi, I'd like to send flowers to my mom for her birthday tomorrow. The Sunrise bouquet on your site.
A: Lovely choice. The medium is $64.95 plus $12 delivery. Would you like a card message?
C: Yes, "Happy 70th, Mom, love you to the moon." That's it.
A: Got it. And the card number when you're ready?
C: Sure, it's a Visa... (reads number) ...expiry 08/29.
A: Hmm, I'm sorry, that's come back declined.
C: What? It's a brand new card. Try it again?
A: I did run it twice, it's declined both times. Do you have another card?
C: Not on me, no. This is so embarrassing.
A: I can hold the order until five if you want to call back.
C: Forget it, I'll have to sort it out with my bank first. Honestly, what a day."""
, False, 0.0, "negative", "card declined twice, order held not placed; 'so embarrassing', 'Forget it... what a day'"),

("FR59_004", "Tomasz Wieczorek", "2026-11-03T08:31:55", "asr",
"""A: northside auto parts tomasz speaking
C: yeah hi i need front brake pads and rotors for a twenty fifteen civic
A: okay ceramic pads are forty two and the rotors are fifty five each so a pair is a hundred ten
C: mhm yeah that's fine
A: you want wiper blades while you're at it they're twelve bucks each
C: uh yeah actually give me two of those mine are streaking
A: alright so pads rotors pair and two blades comes to a hundred seventy six plus tax for pickup today that right
C: yeah that's right
A: it'll be at the counter in an hour under your name
C: okay"""
, True, 24.0, "neutral", "read-back confirmed ('yeah that's right'); two wiper blades at twelve each = 24; flat"),

("FR59_005", "Hannah Lindqvist", "2026-11-03T11:20:08", "clean",
"""A: Good morning, Lindgren Home, this is Hannah.
C: Hi! I was in on Saturday and fell in love with the Halden sofa, the green velvet one.
A: Oh, that one's gorgeous. The three-seater is $1,890. We also offer fabric protection for $89.
C: Right, what does the protection actually cover?
A: Spills, pet stains, five years of cleaning visits if something happens.
C: Okay. Honestly, I want the sofa, but I just realised I never measured our stairwell.
A: That's smart, it's 36 inches deep, so worth checking.
C: Let me measure tonight and I'll call you back tomorrow, and I'll think about the protection too.
A: Of course, I'll note that you called.
C: Thank you, you've been really patient with all my questions. Lovely shop."""
, False, 0.0, "positive", "deferred ('I'll call you back tomorrow', 'think about the protection'); 'really patient... Lovely shop' positive"),

("FR59_006", "Curtis Bell", "2026-11-03T15:02:33", "clean",
"""A: Riverside Arena box office, Curtis speaking.
C: Hi, I need tickets for the Paw Patrol Live show on the 21st, the 11 a.m. one.
A: Sure, how many?
C: One for each of the kids, so three, and one for me.
A: Four together in section 104, row K, $38 each, $152 total with fees included.
C: Okay.
A: Can I add a parking pass for $25?
C: No, we'll take the bus.
A: No problem. So confirming four tickets, November 21st at 11 a.m., section 104 row K, $152?
C: Yes, correct.
A: Booked. The tickets will be emailed within the hour.
C: Okay, thanks."""
, True, 0.0, "neutral", "four tickets (three kids + him) read back and confirmed ('Yes, correct'); parking $25 declined; routine thanks"),

("FR59_007", "Aiyana Redcloud", "2026-11-04T09:44:17", "asr",
"""A: ledgerly accounts team this is aiyana
C: hi um our renewal notice came through we've got ten seats on the business plan and i want to renew before it lapses
A: sure i can do that right now the renewal for ten seats is two thousand nine hundred ninety for the year
C: yep that's what we budgeted
A: you mentioned last time you were hiring do you want to add seats they're forty nine each for the year
C: oh good memory yeah we've got two starting in december so add two
A: okay so ten seats renewed plus two new seats shall i process that on the card on file
C: yes please go ahead
A: done you'll get the invoice by email
C: brilliant honestly you guys make this so easy thank you"""
, True, 98.0, "positive", "renewal confirmed ('yes please go ahead'); two extra seats at forty nine each = 98; 'make this so easy'"),

("FR59_008", "Rafael Quintero", "2026-11-04T11:15:50", "clean",
"""A: Casa Lupe Catering, Rafael speaking.
C: Hi, I need lunch for our office Thursday, about fifteen people.
A: Our taco bar for fifteen is $225, three meats, rice, beans, tortillas.
C: That works. Chicken, carnitas, and the veggie one.
A: Great. Would you like to add a tray of guacamole and chips for $18?
C: Yes, add that.
A: And drinks?
C: No, we have drinks. Oh wait, actually scratch the guacamole, one of the guys has an avocado allergy. Don't want to risk it.
A: No problem, it's off. So taco bar for fifteen, chicken, carnitas, veggie, Thursday at noon, $225.
C: Yes, that's right.
A: You're all set.
C: Okay, thank you."""
, True, 0.0, "neutral", "taco bar read-back confirmed; guacamole $18 accepted then removed ('scratch the guacamole') = 0"),

("FR59_009", "Keiko Matsuda", "2026-11-04T16:38:21", "asr",
"""A: freshcart grocery delivery keiko speaking
C: hi yeah i've got a cart saved on my account i wanted to place it for saturday morning
A: sure i see it a turkey breast two bags of potatoes cranberry sauce and the rest it's about one forty two
C: yeah um can you also add like two more of the dinner rolls
A: two more packs of rolls done
C: okay and uh hm you know what don't actually place it yet
A: no problem
C: i don't know how many people are coming yet my sister hasn't said so i'll call back on thursday when i know
A: sure the cart will stay saved
C: okay yeah thanks"""
, False, 0.0, "neutral", "'don't actually place it yet... i'll call back on thursday' = deferred; nothing ordered"),

("FR59_010", "Brendan Nolan", "2026-11-05T12:09:44", "clean",
"""A: Sleepwell Mattress, Brendan here.
C: Hi Brendan, I tried the Cloudline queen in your store yesterday and I'm ready to order it.
A: Great, the Cloudline queen is $1,149 with free delivery. Any interest in the adjustable base?
C: No, our frame is fine.
A: How about our memory foam pillows? They're $45 each.
C: Actually yes, two of those, one for me and one for my husband.
A: So the Cloudline queen and two pillows, delivered next Tuesday, $1,239 total. Shall I put it through?
C: Yes please.
A: Done, you'll get a text the day before.
C: Wonderful, I'm so excited to sleep on it. Thank you!"""
, True, 90.0, "positive", "'ready to order it' + 'Yes please'; two pillows at $45 each = 90; base declined; 'so excited'"),

("FR59_011", "Simone Adeyemi", "2026-11-05T14:26:30", "clean",
"""A: PetRx Direct, this is Simone.
C: Hi, I need to reorder flea and tick treatment for my dog, Biscuit. Same as last time.
A: Okay, that's the six-month pack for medium dogs, $89.
C: Yeah.
A: The twelve-month pack is only $40 more and works out cheaper per dose. Want to switch to that?
C: Sure, why not, saves me calling again in May.
A: So the twelve-month pack, shipped to the address on file. Okay to charge the card ending 4471?
C: That's fine.
A: It'll ship tomorrow.
C: Okay, thanks."""
, True, 40.0, "neutral", "upgrade to twelve-month pack '$40 more' accepted ('Sure, why not'); charge approved; flat"),

("FR59_012", "Luis Carvajal", "2026-11-05T17:51:06", "asr",
"""A: hi thanks for calling phonehub accessories this is luis
C: yeah hi i want to order the slim case for the pixel nine in the green and a screen protector
A: okay let me check uh the green is out of stock right now we have it in black or the clear one
C: seriously
A: i'm sorry it's backordered about three weeks
C: this is the third time i've called you guys and it's out every single time
A: i can put the screen protector through now and
C: no i don't want half an order
A: the clear one is really popular
C: i didn't call for the clear one just forget it i'll get it somewhere else"""
, False, 0.0, "negative", "item out of stock, alternatives refused ('just forget it'); 'third time... out every single time'"),

("FR59_013", "Greta Holm", "2026-11-06T10:33:19", "clean",
"""A: Harbour Playhouse box office, Greta speaking.
C: Hello, two tickets for Saturday's matinee of The Winter's Tale, please. Stalls if you have them.
A: I have row F, seats 9 and 10, $46 each. That's $92. Shall I book those?
C: Yes, that's perfect.
A: And card number?
C: (gives card) ...
A: I'm sorry, that one's been declined.
C: Oh no. Hang on, let me try the other one, it's a Mastercard.
A: Thank you... that's gone through. Would you like a programme for $12?
C: No, we're fine, thanks.
A: You're booked, row F, 9 and 10, Saturday 2:30.
C: Oh thank goodness. I was worried for a second. Thank you so much."""
, True, 0.0, "positive", "'Yes, that's perfect' + second card went through, booked; programme $12 declined; relieved 'thank goodness... thank you so much'"),

("FR59_014", "Isaac Mendelsohn", "2026-11-06T13:12:52", "asr",
"""A: officeline supplies isaac speaking
C: hi it's dana from brightwater dental we need toner for the brother printer the tn seven sixty
A: sure how many
C: uh three of them
A: okay three at sixty four ninety nine each do you need paper we've got cases at thirty four dollars
C: mhm yeah throw in a case we're almost out
A: so three toners and a case of paper going to the same address on the account
C: yep same address
A: perfect it'll be there tomorrow
C: okay thanks isaac"""
, True, 34.0, "neutral", "three toners ordered, 'yeah throw in a case' of paper at thirty four dollars = 34; routine"),

("FR59_015", "Nadia Petrovic", "2026-11-06T15:40:08", "clean",
"""A: Sugar & Crumb Bakery, Nadia speaking!
C: Hi! I'd like to order a birthday cake for Saturday. Chocolate, serves twenty.
A: Sure, the chocolate fudge for twenty is $68. Any writing?
C: "Happy 8th Birthday Maya", in purple please.
A: Lovely. We also do matching cupcakes, $30 a dozen. Interested?
C: Ooh, yes, add a dozen.
A: Perfect.
C: Actually, there'll be a lot of kids there, make it two dozen.
A: Two dozen cupcakes, got it. So the fudge cake with purple writing and twenty-four cupcakes, pickup Saturday at 10. Right?
C: Yes, that's it.
A: Wonderful, see you Saturday.
C: Thank you! She is going to be over the moon."""
, True, 60.0, "positive", "read-back confirmed; cupcakes revised to two dozen at $30 a dozen = 60; 'over the moon'"),

("FR59_016", "Owen Gallagher", "2026-11-09T09:18:27", "clean",
"""A: ApplianceParts Plus, Owen speaking.
C: Hi, I'm looking for the wheel kit for the lower rack of a Bosch dishwasher, the 500 series.
A: Sure, that's part 00165314, the full kit of eight wheels is $22.
C: Twenty-two for plastic wheels?
A: It's the OEM part. Shipping is $6.95, or free pickup.
C: Right. Do you have it in stock?
A: Yes, we have four.
C: Okay, I'm going to look around online first and see if I can find it cheaper. Thanks.
A: Sure, we're here if you need us.
C: Okay, bye."""
, False, 0.0, "neutral", "price check only, 'going to look around online first'; no commitment; neutral"),

("FR59_017", "Marisol Ferreira", "2026-11-09T19:03:14", "asr",
"""A: golden dragon this is marisol pickup or delivery
C: delivery and before you start last time you guys forgot half my order
A: oh i'm really sorry about that
C: yeah the sesame chicken never showed up and nobody called me back
A: i apologize i'll put a note on this one what would you like
C: sesame chicken again two egg rolls and a large pork fried rice
A: okay sesame chicken two egg rolls large pork fried rice to twelve birch lane thirty one fifty that right
C: yeah
A: and i'll add a free crab rangoon for the trouble
C: fine whatever just make sure it's all in the bag this time"""
, True, 0.0, "negative", "read-back confirmed ('yeah'); free rangoon is not an upsell; 'fine whatever... this time' negative"),

("FR59_018", "Devon Okafor", "2026-11-09T11:55:39", "clean",
"""A: Pixelcraft support, Devon speaking.
C: Hi, I want to cancel my Pixelcraft Pro subscription. It's $29.99 a month and I barely use it now.
A: I can help with that. Before I do, can I offer you half price for the next three months, $14.99?
C: Hm. And then it goes back up?
A: It does, but you could cancel any time before then.
C: Okay. Fine, I'll stay on at the $14.99 for now.
A: Great, that's applied starting with your next bill.
C: Okay.
A: Anything else?
C: No, that's all."""
, True, 0.0, "neutral", "retention offer accepted ('I'll stay on at the $14.99'); discount is not upsell"),

("FR59_019", "Priya Raman", "2026-11-10T10:27:45", "asr",
"""A: bloom and branch florist this is priya
C: hi um my neighbour passed away and the funeral's on thursday i don't really know what you're supposed to send
A: i'm so sorry most people send a standing spray or a sympathy basket to the funeral home
C: okay um the basket i think the white one
A: the white lily basket is ninety five dollars and we can deliver to hillcrest on thursday morning
C: yeah please do that
A: some people also send a potted peace lily to the family's home it's thirty five dollars
C: oh that's a nice idea yeah send one of those to his wife too
A: of course what would you like on the cards
C: just with deepest sympathy from the novaks
A: all set both will go out thursday
C: thank you so much you've made this a lot easier"""
, True, 35.0, "positive", "'yeah please do that'; potted plant thirty five dollars accepted ('send one of those'); 'thank you so much you've made this a lot easier'"),

("FR59_020", "Tomasz Wieczorek", "2026-11-10T14:06:58", "clean",
"""A: Northside Auto Parts, Tomasz speaking.
C: Hi, I need an alternator for a 2012 Ford Escape, 2.5 litre.
A: We've got a remanufactured one for $189 with a $40 core charge, or new for $312.
C: The reman is fine.
A: So one reman alternator, $189 plus the core, ready for pickup after two. Shall I put that in?
C: Yes, go ahead.
A: Okay, it's in.
C: Oh, hang on, my brother-in-law is texting me, he says he's got one off his old Escape. Can you cancel that?
A: Sure, no problem, it's cancelled.
C: Sorry about that. Thanks anyway."""
, False, 0.0, "neutral", "ordered ('Yes, go ahead') then retracted ('Can you cancel that?'); apologetic, neutral"),
]
