CALLS = [
(
"FR65_021", "Leila Haddad", "2026-11-13T09:08:00", "asr",
"""A: freshcart this is leila how can i help
C: hi yeah i'm trying to check out on the app and it keeps saying my payment failed
A: okay let me pull up your cart i see it seventy eight forty for tomorrow morning
C: yeah that's the one
A: it looks like the card ending in three one one was declined by your bank do you want to try a different card
C: ugh um yeah hang on try the debit card the one ending in six zero four
A: okay running it now
C: please work please work
A: that went through your order is placed for tomorrow between eight and ten
C: oh thank goodness i've got people coming for brunch you're a lifesaver thank you
A: no problem at all enjoy the brunch""",
True, 0.0, "positive",
"first card declined, second card went through and the order is placed; 'you're a lifesaver thank you'."),

(
"FR65_022", "Daniel Brennan", "2026-11-13T11:45:00", "clean",
"""A: BrightByte Electronics, Daniel speaking.
C: Hey, do you have the Stratus 5 console in stock? The standard edition.
A: We do, $499, and it comes with one controller.
C: Sweet, I'll take one.
A: Nice. A lot of people grab a couple of extra controllers for multiplayer, they're $69.99 each. Want two?
C: Two's overkill, it's just me and my brother. One extra is fine.
A: One extra controller it is. So the Stratus 5 and one additional controller, shipping to your address on file?
C: Yep, that's it.
A: Order's in. It should arrive Tuesday.
C: Awesome, thanks man, he's going to lose his mind.""",
True, 69.99, "positive",
"'I'll take one' for the $499 console; one of the two offered controllers accepted at $69.99 each -> 69.99; 'Awesome, thanks man'."),

(
"FR65_023", "Sofia Marchetti", "2026-11-13T14:02:00", "clean",
"""A: Oakline Furniture, this is Sofia.
C: Hi. I ordered a wardrobe in September and it was supposed to arrive last week. Order 7731-B.
A: Let me check... I'm sorry, it shows the delivery has been pushed to December 14th.
C: December? Nobody told me. I've had my clothes in boxes for a month.
A: I apologise, the supplier had a delay at the factory.
C: I want to cancel it.
A: I can offer you a $100 store credit if you keep the order.
C: No. I don't want credit, I want my money back.
A: Understood. I've cancelled the order and the full $1,150 will be refunded in five to seven days.
C: Fine. I won't be ordering from you again.""",
False, 0.0, "negative",
"order cancelled and refunded, $100 credit to keep it refused ('No'); 'I won't be ordering from you again'."),

(
"FR65_024", "Kwame Mensah", "2026-11-16T10:10:00", "clean",
"""A: CareWay Pharmacy, Kwame speaking.
C: Hello, I'd like to get a flu shot. Do I need an appointment?
A: Walk-ins are welcome, but appointments are quicker. Is your insurance still Bluecross?
C: Yes.
A: Then it's fully covered. I have openings tomorrow at 9:30, 1:15 or 4:40.
C: The 4:40 works.
A: Shall I book you for tomorrow at 4:40?
C: Yes, please book that.
A: You're booked. Bring your insurance card and wear something with short sleeves.
C: Okay. Thanks.""",
True, 0.0, "neutral",
"'Yes, please book that' for a flu-shot appointment (a booking counts); no price, no add-on; routine thanks."),

(
"FR65_025", "Rebecca Lindqvist", "2026-11-16T12:30:00", "asr",
"""A: rise and crumb this is rebecca
C: hi um can i order some bread for pickup saturday
A: sure what would you like
C: the sourdough uh the big round ones how many do you usually have
A: we bake plenty on saturdays how many do you need
C: uh four
A: okay they're nine fifty a loaf do you want them sliced
C: no whole is fine
A: so that's four whole sourdough rounds for pickup saturday morning
C: mhm yep that's it
A: great they'll be under your name at the counter
C: okay cool thanks""",
True, 0.0, "neutral",
"'mhm yep that's it' confirms the read-back of four loaves; quantity is the main order, not an add-on; neutral."),

(
"FR65_026", "Jorge Castillo", "2026-11-16T15:15:00", "clean",
"""A: Petal & Stem, Jorge speaking.
C: Hi, I want to send a dozen red roses to my girlfriend at her office tomorrow.
A: Sure, the classic dozen is $89 with greenery and a card.
C: Perfect, let's do that.
A: We can also add a box of Belgian chocolates for $24 or a heart balloon for $8.
C: Oh, both, why not.
A: Great. What would you like the card to say?
C: "To many more, love D." Oh, wait, actually, she works in an open-plan office, a balloon would be too much. Drop the balloon.
A: No problem, balloon removed. So the dozen roses and the chocolates to Brightwater Tower, tomorrow before noon.
C: Yes, perfect.
A: All set, she'll get them before lunch.
C: Amazing, thank you, she's going to be so surprised.""",
True, 24.00, "positive",
"roses ordered ('let's do that'); chocolates $24 kept, balloon $8 accepted then dropped -> 24.00; 'Amazing, thank you'."),

(
"FR65_027", "Aiko Tanaka", "2026-11-17T09:35:00", "clean",
"""A: PawPantry, Aiko speaking.
C: Hi, I got a flyer about a pet wellness plan and wanted to know what it covers.
A: Sure. It's $29 a month and covers two vet checkups, vaccines and a dental cleaning each year at our partner clinics.
C: Is there a clinic near Eastgate?
A: Yes, Eastgate Animal Care on Fourth Street.
C: Okay. My dog's already got a vet she likes though.
A: Would you like to sign up today? The first month is free.
C: No, I don't think so. It doesn't really make sense if I have to switch vets.
A: Understood. Can I send you the brochure in case you change your mind? Is it still k.lam at riverpost dot com?
C: Yes, that's my email.
A: Sent. Thanks for calling.
C: Sure, bye.""",
False, 0.0, "neutral",
"plan declined ('No, I don't think so'); 'Yes, that's my email' is not a purchase; neutral."),

(
"FR65_028", "Samuel Whitfield", "2026-11-17T11:50:00", "clean",
"""A: FreshCart, Samuel speaking.
C: I got an email that my delivery pass went up from $79 to $99 a year. What's that about?
A: Yes, the annual pass price changed on November 1st. It still includes free delivery on every order over $35.
C: Twenty dollars more for the same thing. Great.
A: I understand it's frustrating. If you renew today you keep your priority time slots.
C: Do you have anything cheaper?
A: There's the monthly pass at $9.99, but over a year that's more.
C: Of course it is. Fine, renew the annual one. I order three times a week, I don't really have a choice, do I?
A: I've renewed the annual pass at $99. It runs to November 2027.
C: Yeah. I'm not happy about it, just so you know.""",
True, 0.0, "negative",
"'Fine, renew the annual one' is a renewal (conversion) at the main price, no add-on; 'I'm not happy about it'."),

(
"FR65_029", "Nadia Petrova", "2026-11-17T14:25:00", "asr",
"""A: brightbyte electronics nadia speaking
C: hi um i'm looking at the aero fifteen laptop the one with the sixteen gigs of ram
A: yes that's one thousand one hundred and ninety nine right now
C: okay and is that the same price in the store
A: it should be yes online and in store are matched
C: mhm and does it come with the office stuff
A: it comes with a one month trial after that it's a subscription
C: okay yeah um i think i'm gonna go to the store and look at it first i wanna see the screen
A: sure i can reserve one for you at the oak street store
C: no that's okay i'll just go in
A: no problem have a good day
C: yeah you too""",
False, 0.0, "neutral",
"price questions only, 'i'm gonna go to the store and look at it first', reservation declined; neutral."),

(
"FR65_030", "Owen Gallagher", "2026-11-18T10:00:00", "clean",
"""A: Oakline Furniture, Owen speaking.
C: Hi. I want the tall Lyle bookshelf in walnut. The $329 one.
A: Sure. It ships flat-packed. Would you like our team to assemble it? Assembly is $60.
C: Sixty dollars to put a bookshelf together seems steep.
A: I hear you. If you book it with the delivery today I can do it for $45.
C: All right, forty-five, book the assembly.
A: Great. So the Lyle bookshelf in walnut, delivered and assembled on Saturday the 21st, morning slot. Shall I place it?
C: Yes, place it.
A: Placed. You'll get a text the day before.
C: Okay.""",
True, 45.00, "neutral",
"'Yes, place it'; assembly revised from $60 to $45 and accepted ('forty-five, book the assembly') -> 45.00; flat 'Okay'."),

(
"FR65_031", "Grace Achebe", "2026-11-18T13:12:00", "clean",
"""A: Rise & Crumb Bakery, Grace speaking.
C: Hi. I picked up a cake from you yesterday. I ordered lemon. It was carrot. My son is allergic to walnuts.
A: Oh no, I'm so sorry. Is everyone all right?
C: Luckily I cut it before the party and saw the nuts. So we sang happy birthday over a packet of biscuits. Lovely party.
A: I'm really sorry. That's a serious mistake. Let me refund the full $56 right away.
C: Thanks, that fixes everything.
A: I'd also like to offer a free cake for any date you choose.
C: I don't think I'll be trusting you with another cake, to be honest.
A: I completely understand. The refund is processed and I'm writing this up for the manager.
C: Good. Do that.""",
False, 0.0, "negative",
"refund only, free cake declined; sarcasm ('Lovely party', 'that fixes everything') and distrust."),

(
"FR65_032", "Victor Nguyen", "2026-11-18T16:05:00", "clean",
"""A: BrightByte TechCare, Victor speaking.
C: Hi, I want to cancel my TechCare subscription. It's $14.99 a month and I haven't used it in a year.
A: I can help with that. Before I do, I can offer you the Lite plan at $6.99 a month, which still covers remote support.
C: No, I don't need support at all. My nephew fixes everything.
A: Understood. I could also give you three months free on your current plan.
C: I'd just be calling back in three months to cancel. Please just cancel it.
A: Okay, it's cancelled as of today. You won't be charged in December.
C: Great, that's all I needed.
A: Is there anything else?
C: No, thanks.""",
False, 0.0, "neutral",
"cancellation; both save offers (Lite plan, three months free) refused; 'that's all I needed' is matter-of-fact, neutral."),

(
"FR65_033", "Priya Raman", "2026-11-19T08:55:00", "asr",
"""A: petal and stem this is priya
C: hi i need to order a wreath for a funeral on friday the white lilies one
A: i'm sorry for your loss the white lily wreath is one hundred and sixty five dollars we can deliver friday morning
C: yes that one please
A: okay what card would you like to use
C: um the visa it's on my account
A: i'm sorry it's coming back declined
C: what no that can't be um can you try again
A: i tried it again and it's still declined do you have another card
C: no that's my only one oh god this is the last thing i need right now
A: i can hold the order until tomorrow noon if you can sort it with the bank
C: i don't know i'll have to call you back this week is just awful""",
False, 0.0, "negative",
"'yes that one please' but the only card was declined, nothing paid or placed; 'this week is just awful'."),

(
"FR65_034", "Marcus Delgado", "2026-11-19T10:40:00", "clean",
"""A: CareWay Pharmacy delivery, Marcus speaking.
C: Hi Marcus. I'd like my blood pressure meds delivered, please. The amlodipine.
A: Sure, it's ready, copay is $10. Can I ask, do you check your blood pressure at home?
C: I'm supposed to, but my old cuff broke.
A: We have an automatic upper-arm monitor, the Omron 3, for $39.99. It stores your readings too.
C: Oh, that's good timing. Yes, add the monitor.
A: Done. So the amlodipine and the blood pressure monitor, delivered this afternoon between 2 and 5. Does that work?
C: That works perfectly.
A: It's scheduled.
C: Thank you, Marcus, you're always so helpful. I really appreciate it.""",
True, 39.99, "positive",
"'Yes, add the monitor' at $39.99 on top of the prescription delivery; 'you're always so helpful'."),

(
"FR65_035", "Hannah Okafor", "2026-11-19T13:30:00", "clean",
"""A: FreshCart, Hannah speaking.
C: Hi, I'd like to order a few things for tonight. Chicken thighs, two pounds, a bag of rice, broccoli and a tub of hummus.
A: Sure. Earliest slot is 5 to 7 tonight. Would that work?
C: Yes, that's fine.
A: Great. So two pounds of chicken thighs, rice, broccoli and hummus, 5 to 7 tonight, $24.60. Placing it now.
C: Okay. Oh, hang on, my husband's texting me. He's at the supermarket right now. Ugh. Actually, cancel the whole thing, he's getting it all.
A: No problem, I've cancelled it. Nothing's been charged.
C: Sorry about that.
A: Not at all. Anything else?
C: No, that's it. Thanks.""",
False, 0.0, "neutral",
"order confirmed then 'Actually, cancel the whole thing' before the end of the call; retracted; neutral."),

(
"FR65_036", "Tomasz Wierzbicki", "2026-11-20T09:20:00", "clean",
"""A: PawPantry, Tomasz speaking.
C: Hi! My kids have been begging for fish, so I'm looking at the 20-gallon starter kit.
A: Great starter choice. It's $149 with the tank, filter, light and a water conditioner.
C: Does it need anything else?
A: For tropical fish you'd want a heater. Ours is $34.
C: Hmm. What if we start with goldfish?
A: Goldfish are fine without a heater, actually.
C: Then I'll hold off on the heater for now. Let's do the starter kit.
A: Done, the 20-gallon starter kit, delivered Monday. Remember to let the tank run for a week before adding fish.
C: Good to know! You've been super helpful, thank you.""",
True, 0.0, "positive",
"'Let's do the starter kit'; heater only priced and put off ('I'll hold off on the heater') -> 0; 'super helpful'."),

(
"FR65_037", "Leila Haddad", "2026-11-20T12:05:00", "asr",
"""A: freshcart this is leila
C: hi um i got a thing in my box about the weekly meal kit
A: oh yeah so it's three dinners a week for two people fifty nine ninety nine a week and you can skip any week
C: mhm and what kind of meals
A: there's always a vegetarian option a fish one and then chicken or beef you pick on the app
C: okay
A: do you want me to start you on it the first box is half price
C: um i don't know we're away most of december um maybe next month or like january
A: sure i can send you a reminder in january
C: yeah okay whatever's easiest
A: done i'll set that up
C: okay thanks""",
False, 0.0, "neutral",
"'maybe next month or like january' is a deferral; 'yeah okay' agrees only to a reminder; flat."),

(
"FR65_038", "Daniel Brennan", "2026-11-20T15:45:00", "clean",
"""A: BrightByte Electronics, Daniel speaking.
C: Hi. I ordered the Lumen 4K projector on Monday. I just got an email saying the order was cancelled?
A: Let me look... I'm sorry, that model sold out and the order couldn't be filled.
C: You took the order. You showed it as in stock.
A: The stock count was wrong. I can put you on backorder, we expect more in about six weeks.
C: Six weeks. It's for a movie night on Saturday.
A: I understand. I could offer the Lumen HD instead, it's $200 cheaper.
C: I don't want the HD. I want what I ordered. This is the second time your website has done this to me.
A: I'm sorry. Your payment was never captured, so there's nothing to refund.
C: Don't bother with the backorder. I'll buy it somewhere that knows what's on its shelves.""",
False, 0.0, "negative",
"sold out, backorder and the HD model both refused, nothing bought; 'second time your website has done this'."),

(
"FR65_039", "Sofia Marchetti", "2026-11-23T10:45:00", "clean",
"""A: Oakline Furniture, Sofia here.
C: Hi, I'm looking at the Capri outdoor set, the table with six chairs.
A: Yes, it's $1,690, and it's on display at the Northgate showroom too.
C: How big is the table exactly?
A: It's 84 inches by 38 inches. You'll want at least three feet of space around it for the chairs.
C: Hmm, I'm not sure it'll fit. Let me measure the patio and call you back.
A: Of course. The set's in stock, so no rush.
C: Okay. I'll probably call tomorrow.
A: Sounds good.
C: Thanks, bye.""",
False, 0.0, "neutral",
"'Let me measure the patio and call you back' is a deferral; neutral."),

(
"FR65_040", "Kwame Mensah", "2026-11-23T14:15:00", "clean",
"""A: Rise & Crumb Bakery, Kwame speaking.
C: Hi Kwame! I want to order cookies for my team, we've just finished a huge project.
A: Congratulations! What kinds were you thinking?
C: Chocolate chip, oatmeal raisin and the peanut butter. A dozen of each.
A: Three dozen, $18 a dozen. We also do gift boxes with a ribbon and a little tag, $5 per dozen.
C: Oh yes, do the gift boxes for all three.
A: Lovely. So three dozen cookies in three gift boxes, ready for pickup Wednesday at noon?
C: Yes, that's right.
A: They'll be ready.
C: This is going to make their day. Thank you so much!""",
True, 15.00, "positive",
"'Yes, that's right' confirms three dozen cookies; gift boxes $5 per dozen for all three dozen = 15.00; 'Thank you so much!'."),
]
