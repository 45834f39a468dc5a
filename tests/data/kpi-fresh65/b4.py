CALLS = [
(
"FR65_061", "Nadia Petrova", "2026-11-02T14:10:00", "clean",
"""A: BrightByte Electronics, Nadia speaking.
C: Hi Nadia, I want to get the Aura 11 tablet for my mum for Christmas. The 128 gig one.
A: Lovely gift. That's $449. Is she going to use it for drawing or mainly video calls?
C: Both, actually, she paints, and she's been wanting to try it digitally.
A: Then the Aura Pencil would be great for her, it's $99. And a folio case to protect it is $39.
C: Yes to both. She'll drop it within a week otherwise.
A: Ha. So the Aura 11, the Pencil and the folio case. Would you like them gift-wrapped? That's free this month.
C: Oh yes, please.
A: All three gift-wrapped, shipping to you by the 5th. Shall I place it?
C: Yes, please place it.
A: Done!
C: Thank you, this is going to be her best Christmas present in years.""",
True, 138.00, "positive",
"'Yes to both': Pencil $99 + case $39 = 138.00 on top of the $449 tablet; free gift wrap adds nothing; 'best Christmas present in years'."),

(
"FR65_062", "Owen Gallagher", "2026-11-03T10:50:00", "asr",
"""A: rise and crumb this is owen
C: hi um i wanna order a cake for my coworker's leaving do on friday
A: sure what kind
C: uh the red velvet the medium one
A: the medium red velvet is forty four dollars we can write on it too
C: yeah can it say good luck sam
A: sure so medium red velvet good luck sam pickup friday morning
C: yep that's it
A: okay i'll just take
C: oh wait hang on sorry i just got a message from my manager she says she already ordered one from the place by the office um so can you cancel that sorry
A: no problem i'll cancel it nothing's been charged
C: okay sorry about that thanks""",
False, 0.0, "neutral",
"order confirmed ('yep that's it') then retracted ('can you cancel that') before payment; apologetic but neutral."),

(
"FR65_063", "Grace Achebe", "2026-11-04T13:25:00", "clean",
"""A: Oakline Furniture, Grace speaking.
C: Hi! We've decided on the Marlow sofa, the three-seater in oatmeal. $1,890.
A: Great choice. Would you like our white-glove delivery? We carry it in, unwrap it and take the packaging away. It's $120.
C: Sure, add that.
A: Okay. And the delivery date—
C: Actually, wait. My brothers are coming over that weekend anyway, they can carry it. Skip the white glove.
A: No problem, standard curbside delivery then, free. Saturday the 14th?
C: Saturday the 14th is perfect. Let's do it.
A: Done, your sofa's ordered.
C: Yay! Thank you, we've been sitting on a futon for two years.""",
True, 0.0, "positive",
"'Let's do it' for the sofa; white-glove $120 accepted then retracted ('Skip the white glove') -> 0; 'Yay! Thank you'."),

(
"FR65_064", "Victor Nguyen", "2026-11-05T16:35:00", "clean",
"""A: FreshCart, Victor speaking. Thanks for holding.
C: Oh, don't mention it. Forty minutes of that music, what a treat.
A: I'm sorry about the wait. How can I help?
C: I want to close my account.
A: I'm sorry to hear that. Can I ask why?
C: Late deliveries, wrong items, and now forty minutes on hold to tell you about it. Take your pick.
A: I understand. I can offer you three months of free delivery if you'd like to stay.
C: No. Close it, please.
A: Okay. Your account is closed, and any remaining credit will be refunded.
C: Good. Finally something that works.""",
False, 0.0, "negative",
"account closure, free-delivery save offer refused ('No. Close it'); sarcasm ('what a treat', 'Finally something that works')."),

(
"FR65_065", "Priya Raman", "2026-11-06T11:15:00", "clean",
"""A: CareWay Pharmacy, Priya speaking.
C: Hi, I'm hoping you can help. My doctor says I need the shingles vaccine, and the two clinics I called are booked until January.
A: We can do it here. It's covered under your Medicare Part D with no copay. When works for you?
C: Anytime this week would be amazing.
A: I have Thursday at 10 or Friday at 3:30.
C: Thursday at 10, please.
A: Okay, shall I book Thursday the 12th at 10 for the first dose?
C: Yes, book it. Oh, I'm so relieved.
A: You're booked. Bring your card and photo ID.
C: Thank you so much, that was so easy. You've been so kind.""",
True, 0.0, "positive",
"'Yes, book it' for a vaccine appointment; no charge, no add-on; 'so relieved', 'You've been so kind'."),

(
"FR65_066", "Marcus Delgado", "2026-11-09T09:40:00", "asr",
"""A: pawpantry this is marcus
C: hi uh i need a new bed for my dog she's a lab so like a big one
A: sure the large orthopedic bed is seventy nine ninety nine and it's got a washable cover
C: oh that sounds good yeah i'll get that one
A: nice anything else for her
C: um yeah she goes through toys so uh two of the rope chew toys
A: two rope toys at eleven dollars each got it oh and this week the second bed's half price so another one would be just forty dollars
C: um no one's plenty she only sleeps in one place the couch mostly
A: ha okay so the orthopedic bed and two rope toys delivered wednesday
C: yeah that's great
A: all done
C: thanks so much she's gonna love it""",
True, 0.0, "positive",
"'yeah i'll get that one' for the bed; two rope toys are her own main order; half-price second bed declined ('one's plenty') -> 0; 'she's gonna love it'."),

(
"FR65_067", "Hannah Okafor", "2026-11-10T12:20:00", "clean",
"""A: Petal & Stem, Hannah speaking.
C: Hi. I'd like the Autumn Harvest centerpiece for Thanksgiving, delivered on the 25th. The $95 one.
A: Lovely. I'll take your card details.
C: Amex, ending 1008.
A: I'm sorry, the payment didn't go through.
C: Try the Visa then, ending 4412.
A: That one's also been declined, I'm afraid.
C: Both? That's impossible. You must have a problem with your system.
A: Our system is processing other orders normally. It might be worth calling your bank.
C: I'm not calling my bank. Forget the centerpiece. I'll buy one at the supermarket.
A: I'm sorry about this. Your details aren't saved, so nothing will be charged.
C: Good. Waste of my time.""",
False, 0.0, "negative",
"both cards declined, 'Forget the centerpiece', no order; 'Waste of my time'."),

(
"FR65_068", "Tomasz Wierzbicki", "2026-11-11T13:35:00", "clean",
"""A: BrightByte Electronics, Tomasz speaking.
C: Hi! I'm trying to decide between the Vista 55 and the Vista 65 for our living room.
A: Happy to help. How far is your sofa from the wall where the TV goes?
C: About nine feet.
A: At nine feet, the 65 is the sweet spot. It's $899 versus $649 for the 55.
C: That makes sense. And the picture quality is the same?
A: Same panel technology, just bigger.
C: You've been really helpful, honestly, better than the store. Sounds good. I'll think about it and talk it over with my partner this weekend.
A: Of course. The sale runs until Monday.
C: Perfect, thanks so much!""",
False, 0.0, "positive",
"'I'll think about it and talk it over with my partner' is a deferral, nothing bought; warm ('really helpful, better than the store')."),

(
"FR65_069", "Leila Haddad", "2026-11-12T09:55:00", "clean",
"""A: Rise & Crumb Bakery, Leila speaking.
C: Hi. I bought two loaves of your seeded rye this morning, $19 for the two, and the bottom one is hard as a rock. It's obviously from days ago.
A: I'm really sorry. That should never leave the shop. Do you have the receipt?
C: Yes. Time-stamped 8:02 this morning.
A: I'll refund both loaves, $19, to your card right now.
C: I came to you because you're supposed to be the good bakery. I could've bought stale bread at the petrol station.
A: That's fair. Would you like a fresh loaf set aside for tomorrow, on us?
C: No, thank you. Just the refund.
A: It's done. I'm sorry again.
C: Mm. Bye.""",
False, 0.0, "negative",
"refund for stale bread, free loaf declined, nothing bought; disappointed ('could've bought stale bread at the petrol station')."),

(
"FR65_070", "Daniel Brennan", "2026-11-13T17:05:00", "asr",
"""A: freshcart this is daniel
C: hi um i wanted to set up a big order for thanksgiving but i'm not sure what day yet
A: okay the slots for the twenty fifth and twenty sixth open tomorrow morning
C: oh they're not open yet
A: no not till eight tomorrow do you want me to call you back when they open
C: yes call me back tomorrow that'd be good
A: sure same number ending four four one
C: yeah that's the one
A: great someone will call around eight thirty
C: okay thanks bye""",
False, 0.0, "neutral",
"slots not open; 'yes call me back tomorrow' is not a purchase; neutral."),

(
"FR65_071", "Sofia Marchetti", "2026-11-16T10:30:00", "clean",
"""A: Oakline Furniture, Sofia speaking.
C: Hi Sofia. I was in the showroom on Saturday. I want to order the Elio corner sofa in the cream boucle.
A: Oh, it's gorgeous. That's $2,650. With a light fabric like that, most people add our five-year stain protection plan. It's normally $199.
C: I have two cats, so I probably need it, but $199 is a lot.
A: Since you're ordering the Elio this week, I can do the plan for $149.
C: Okay, for $149 I'll take the plan.
A: Great. So the Elio corner sofa in cream boucle with the stain protection, delivered on the 28th. Shall I confirm it?
C: Yes, confirm it.
A: It's confirmed.
C: Thank you, Sofia, you've been lovely. I can't wait.""",
True, 149.00, "positive",
"'Yes, confirm it'; stain plan revised from $199 to $149 and accepted -> 149.00; 'you've been lovely. I can't wait'."),

(
"FR65_072", "Kwame Mensah", "2026-11-17T15:50:00", "clean",
"""A: PawPantry, Kwame speaking.
C: I want to know why the kidney-care cat food went from $58 to $74 a bag in a month.
A: The manufacturer raised prices on the whole prescription line on November 1st.
C: Sixteen dollars. My cat needs this food, so you know I have to pay it.
A: I understand. We do have the autoship discount, 10 percent off, that would bring it to $66.60.
C: I'm not locking myself into autoship with a company that does this.
A: Totally understandable. Would you like to order a bag today at the regular price?
C: No. I'll get it from the vet clinic. At least they warned me.
A: I'm sorry to lose you on this one.
C: Yeah, well. You priced me out.""",
False, 0.0, "negative",
"price increase, autoship and a one-off bag both refused ('No. I'll get it from the vet clinic'); 'You priced me out'."),

(
"FR65_073", "Rebecca Lindqvist", "2026-11-18T11:05:00", "clean",
"""A: BrightByte Electronics, Rebecca speaking.
C: Hi. I'd like to buy the Nova 12 phone, the 256 gig in black. $899.
A: Sure. Just so you know, the 512 gig model is $100 more, and with 4K video the 256 fills up fast.
C: I do film a lot of my kid's football games. Okay, make it the 512.
A: Okay, the Nova 12, 512 gig, black, $999. Shipping to the address on file?
C: Yes.
A: And would you like a screen protector installed before shipping? It's $25.
C: No, I've got one.
A: All right. Your order is placed. It'll arrive Friday.
C: Okay. Thanks.""",
True, 100.00, "neutral",
"'make it the 512': storage upgrade for $100 more -> 100.00; $25 screen protector declined; neutral."),

(
"FR65_074", "Jorge Castillo", "2026-11-19T12:15:00", "asr",
"""A: petal and stem this is jorge
C: hey um yeah it's my anniversary on saturday i wanna send something to my wife at work
A: oh nice okay we've got the sunset bouquet it's roses and lilies sixty five dollars that's a really popular one
C: yeah that sounds nice let's go with that
A: great and we can add a box of chocolates for fifteen dollars
C: um yeah fifteen dollars yeah go ahead she loves chocolate
A: perfect and what should the card say
C: uh ten years still my favorite person love mike
A: aw okay so the sunset bouquet and the chocolates delivered saturday before noon
C: yeah perfect
A: you're all set
C: awesome man thank you that's a big help""",
True, 15.00, "positive",
"'let's go with that' for the bouquet; chocolates 'fifteen dollars yeah go ahead' -> 15.00; 'awesome man thank you'."),

(
"FR65_075", "Aiko Tanaka", "2026-11-20T10:55:00", "clean",
"""A: FreshCart, Aiko speaking.
C: Hi. How much is a case of the Alpine spring water? The 24 pack.
A: It's $6.49 a case, or four cases for $22.
C: And is there a limit on how many I can order?
A: Up to ten cases per delivery.
C: Okay. Do you deliver to an office building?
A: We do, as long as someone can sign for it.
C: Hm. Our office manager usually handles this. Never mind, I'll let her know the prices.
A: Sure. Anything else I can help with?
C: No, that's all.""",
False, 0.0, "neutral",
"price questions only, 'Never mind, I'll let her know the prices'; neutral."),

(
"FR65_076", "Samuel Whitfield", "2026-11-23T13:40:00", "clean",
"""A: CareWay Pharmacy online orders, Samuel speaking.
C: Yes. Your website advertised the allergy tablets, 90 count, at $12.99. I ordered three boxes and the confirmation says $18.99 each.
A: Let me check... I'm sorry, the $12.99 promotion ended on Sunday and the page hadn't updated.
C: So you advertise one price and charge another.
A: I can honour $15.99 each as a courtesy.
C: Not $12.99, which is what the site said when I ordered.
A: I'm afraid $15.99 is the best I can do.
C: Then cancel the order. All three boxes.
A: Okay, the order's cancelled and the pending charge will drop off in a few days.
C: That's a shabby way to treat customers.""",
False, 0.0, "negative",
"revised $15.99 price refused, 'Then cancel the order', nothing bought; 'shabby way to treat customers'."),

(
"FR65_077", "Nadia Petrova", "2026-11-24T08:35:00", "clean",
"""A: Rise & Crumb Bakery, Nadia speaking.
C: Morning! Can I order bagels for a team breakfast tomorrow?
A: Of course. How many people?
C: About twelve. What do you recommend?
A: A baker's dozen, so thirteen mixed bagels, is $21.
C: Perfect, let's do a baker's dozen, mixed.
A: And cream cheese? We do tubs, plain or chive, $6.50 each. One tub does about six bagels.
C: Then two tubs. One plain, one chive.
A: So thirteen mixed bagels and two tubs of cream cheese, pickup tomorrow at 7:45. Correct?
C: Correct! You're a lifesaver, thank you.
A: It'll be ready.""",
True, 13.00, "positive",
"'let's do a baker's dozen' ($21 main); two tubs of cream cheese at $6.50 each = 13.00; 'You're a lifesaver'."),

(
"FR65_078", "Owen Gallagher", "2026-11-25T16:20:00", "asr",
"""A: brightbyte returns this is owen
C: yeah i bought a refurbished nova eleven from you two weeks ago and the battery dies by lunchtime
A: oh i'm sorry to hear that um let me pull up the order
C: it's the second refurbished phone i've had from you and they're both junk
A: okay i see it you're within the thirty day window i can send you a replacement refurbished unit
C: no i don't want another refurbished one i want my money back
A: understood i can send a prepaid label and refund the three forty nine once it arrives
C: fine send the label
A: it's going to your email now
C: whatever i'm never buying refurbished from you again honestly it's a scam""",
False, 0.0, "negative",
"return and refund, replacement refused, nothing bought; 'they're both junk', 'it's a scam'."),

(
"FR65_079", "Grace Achebe", "2026-11-26T10:20:00", "clean",
"""A: Oakline Furniture, Grace speaking.
C: Hi. I need a new mattress, the Cloudrest Essential, queen. $899.
A: Sure. The earliest delivery is December 17th.
C: Three weeks. Wonderful. My current mattress has a spring sticking out of it.
A: I'm sorry, the queen is on backorder until then.
C: Of course it is. Fine, I'll take it. I'm not going shopping again.
A: Okay. Would you like us to take away the old mattress? Haul-away is $50.
C: Fine, add the haul-away. I don't want that thing in my house a day longer than I have to.
A: Done. The Essential queen and haul-away on December 17th.
C: Great. Three weeks on a spring. Can't wait.""",
True, 50.00, "negative",
"'Fine, I'll take it'; haul-away $50 accepted ('Fine, add the haul-away') -> 50.00; sarcasm ('Wonderful', 'Can't wait')."),

(
"FR65_080", "Victor Nguyen", "2026-11-27T14:30:00", "clean",
"""A: PawPantry, Victor speaking.
C: I've been charged $34.99 for a BarkBox toy subscription I cancelled in October.
A: Let me take a look... I see a cancellation request, but it wasn't completed.
C: I got a confirmation email. I can forward it to you.
A: No need, I believe you. I'll refund the November charge and cancel it properly now.
C: Thank you. That's the least you can do.
A: Before I do, I can offer the next three boxes at half price if you want to keep it.
C: No. Absolutely not. Just cancel it.
A: Done. It's cancelled and the $34.99 refund is on its way.
C: I'll be checking my statement, believe me.""",
False, 0.0, "negative",
"refund and cancellation, half-price save offer refused ('Absolutely not'); distrustful close."),
]
