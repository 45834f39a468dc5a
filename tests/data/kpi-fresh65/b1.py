CALLS = [
(
"FR65_001", "Priya Raman", "2026-11-02T09:14:00", "clean",
"""A: Thanks for calling BrightByte Electronics, this is Priya. How can I help?
C: Hi, I was looking at the Zenbook 14 on your site, the one listed at $1,049. Is it still in stock?
A: It is, we have the silver and the grey in the warehouse right now.
C: Great. Grey, please. I've been waiting for this one to come back for weeks.
A: Perfect. Would you like to add our three-year protection plan? It's $129 and covers drops and spills.
C: Honestly, with my track record, yes. Add the protection plan.
A: Done. We also have a padded sleeve for $35 if you want one.
C: No, I already have a sleeve that fits. Just the laptop and the plan.
A: Okay, so the Zenbook 14 in grey plus the protection plan, $1,178 before tax. Shall I place the order on the card ending 4410?
C: Yes, go ahead.
A: It's placed. You'll get tracking by tomorrow morning.
C: Fantastic, thank you so much. This made my week.""",
True, 129.00, "positive",
"'Yes, go ahead' to the order; accepted $129 protection plan, declined $35 sleeve; 'made my week'."),

(
"FR65_002", "Marcus Delgado", "2026-11-02T10:02:00", "asr",
"""A: hi this is marcus with freshcart delivery what can i get for you today
C: yeah hi um i need to put in my order for thursday
A: sure go ahead
C: okay so uh two gallons of the whole milk a dozen eggs um the large ones and uh three pounds of ground beef
A: mhm got it anything else
C: yeah a bag of the baby spinach and uh six of the greek yogurts the plain ones
A: okay so reading that back two gallons whole milk one dozen large eggs three pounds ground beef one bag baby spinach and six plain greek yogurts delivered thursday between four and six is that right
C: yep that's right
A: great that comes to fifty two eighteen i'll charge the card on file
C: okay
A: your order is placed you'll get a text when the driver's on the way
C: okay bye""",
True, 0.0, "neutral",
"'yep that's right' confirms the read-back, agent says the order is placed; no add-on; flat 'okay bye'."),

(
"FR65_003", "Hannah Okafor", "2026-11-02T11:37:00", "clean",
"""A: Oakline Furniture, Hannah speaking.
C: Hi, I'd like to order the Mercer sectional in charcoal, the $2,390 one.
A: Lovely choice. Let me take your payment details.
C: Use the Visa ending 2287.
A: I'm sorry, that card has been declined.
C: What? That can't be right. Try it again.
A: I've tried it twice now and it's coming back declined by the bank.
C: Fine, try the Mastercard, ending 9051.
A: I'm afraid that one's declined as well.
C: Unbelievable. I just paid that card off. This is so embarrassing.
A: I'm sorry. I can hold the sectional for 48 hours while you sort it out with your bank.
C: Don't bother holding it. I'll call the bank and maybe I'll call back, maybe I won't. What a waste of a lunch break.""",
False, 0.0, "negative",
"both cards declined, nothing bought, hold refused; 'Unbelievable', 'What a waste of a lunch break'."),

(
"FR65_004", "Tomasz Wierzbicki", "2026-11-03T08:45:00", "clean",
"""A: Good morning, Rise & Crumb Bakery, Tomasz here.
C: Hi! I need a birthday cake for Saturday, my daughter's turning seven.
A: Happy almost-birthday to her! Our eight-inch chocolate layer cake is $42 with writing on top.
C: That's perfect. Let's do the chocolate one, and can it say "Happy 7th, Maya"?
A: Absolutely. Would you like cupcakes to go with it for the kids? We can match the frosting.
C: Oh, that's a good idea. How many come in a batch?
A: You can order any number. They're $3.50 each.
C: There will be about twenty kids... let's say two dozen.
A: Two dozen matching cupcakes, so 24 at $3.50. Pickup Saturday at 10?
C: Yes, Saturday at 10 is great.
A: You're all set. The cake and the 24 cupcakes will be boxed and ready.
C: Thank you so much, she's going to be thrilled.""",
True, 84.00, "positive",
"'Let's do the chocolate one' plus two dozen cupcakes at $3.50 each = 24 x 3.50 = 84.00 on top of the cake; 'thrilled'."),

(
"FR65_005", "Leila Haddad", "2026-11-03T13:20:00", "clean",
"""A: CareWay Pharmacy, this is Leila.
C: Yes, I'm calling about my refill for the inhaler. I was told it would be ready yesterday.
A: Let me look... I see it here. Your insurance rejected the claim, so it wasn't filled.
C: Nobody called me. I drove over there for nothing.
A: I'm sorry about that. The insurer wants a prior authorization from your doctor.
C: And how long does that take?
A: Usually two to three business days once the doctor's office sends it in.
C: I'm almost out. This is ridiculous.
A: I can give you the cash price if you'd like to pay out of pocket today. It's $318.
C: No. I am not paying three hundred dollars for an inhaler I have insurance for.
A: Understood. I'll fax the request to your doctor right now and call you when it's approved.
C: Yeah. Call me this time.""",
False, 0.0, "negative",
"cash price refused ('I am not paying three hundred dollars'), nothing bought; 'This is ridiculous', 'Call me this time'."),

(
"FR65_006", "Daniel Brennan", "2026-11-03T15:05:00", "asr",
"""A: petal and stem this is daniel how can i help
C: hi um yeah i wanna send flowers to my mom it's her birthday tomorrow
A: oh lovely we can do that what were you thinking
C: uh she really likes tulips do you have like a tulip bouquet
A: we do the spring tulip bouquet is forty eight dollars and we can deliver tomorrow morning
C: oh perfect yeah let's do that one
A: great and would you like to add a glass vase for fifteen dollars
C: um no she's got like a hundred vases she'll be fine
A: ha fair enough what should the card say
C: uh just happy birthday mom love you lots from jamie
A: got it so the spring tulips to your mom's address tomorrow morning forty eight dollars on your card you're all set
C: oh she's gonna love it thank you so much""",
True, 0.0, "positive",
"'yeah let's do that one' for the $48 bouquet; $15 vase declined ('um no'); 'she's gonna love it thank you so much'."),

(
"FR65_007", "Sofia Marchetti", "2026-11-04T09:50:00", "clean",
"""A: PawPantry, this is Sofia. How can I help today?
C: Hi. I buy the Hearty Harvest dog food from you every month and someone told me there's an autoship thing?
A: There is. With autoship you save 10 percent and it arrives every four weeks automatically.
C: And I can cancel whenever?
A: Anytime, no fee. The 30-pound bag would come to $62.10 instead of $69.
C: Hm. Okay.
A: Would you like me to set up autoship on today's order?
C: I'm interested, but can you email me the details first? I want to look at the schedule options.
A: Of course. Is the email still m.ferris at mailbox dot com?
C: Yes, that's my email.
A: Sent. Just reply or call back and we'll switch it on.
C: Okay, thanks.""",
False, 0.0, "neutral",
"'I'm interested, but can you email me the details first?' is interest without commitment; 'Yes, that's my email' is not a purchase; plain thanks."),

(
"FR65_008", "Kwame Mensah", "2026-11-04T11:12:00", "clean",
"""A: BrightByte Electronics, Kwame speaking.
C: Hi. I want the 65-inch TV and soundbar bundle that's on the weekend flyer. $1,299.
A: Yes, the Vista 65 with the Arc soundbar. I can do that for you.
C: Okay. I'll take it.
A: Would you like our team to wall-mount it? Installation is normally $149.
C: That's more than I wanted to spend on someone with a drill.
A: Understood. Since you're buying the bundle I can do the install for $99.
C: For ninety-nine, fine, add the install.
A: Done. So the bundle at $1,299 plus mounting at $99. The install crew can come next Tuesday between 1 and 5.
C: Tuesday works.
A: You're booked. Anything else?
C: No, that's it.""",
True, 99.00, "neutral",
"'I'll take it' for the bundle; install revised from $149 to $99 and accepted ('fine, add the install') -> 99.00; businesslike tone."),

(
"FR65_009", "Rebecca Lindqvist", "2026-11-05T10:30:00", "clean",
"""A: FreshCart, this is Rebecca.
C: Hi, I want to place a delivery for tomorrow. A dozen bananas, two loaves of wholewheat, a pound of cheddar and a box of cereal, the honey oat one.
A: Got it. We have a special on our house extra-virgin olive oil this week, $12 a bottle. Want one?
C: Sure, add a bottle.
A: Okay. So bananas, two wholewheat loaves, cheddar, honey oat cereal and the olive oil, tomorrow between 10 and 12. Is that correct?
C: Yes, that's right. Oh wait, actually, I just checked the pantry and I've still got most of a bottle. Take the olive oil off.
A: No problem, olive oil removed. Everything else stays as is?
C: Yes, the rest is fine.
A: Great, your order's placed for tomorrow morning.
C: Okay, thank you.""",
True, 0.0, "neutral",
"read-back confirmed ('Yes, that's right'), the $12 olive oil add-on accepted then removed -> upsell 0; rest of the order stands; neutral thanks."),

(
"FR65_010", "Jorge Castillo", "2026-11-05T14:48:00", "asr",
"""A: rise and crumb bakery this is jorge
C: hi um i'm getting married in june and i wanted to ask about wedding cakes
A: oh congratulations yeah we do a lot of those how many guests
C: uh around a hundred and twenty
A: okay for that size a three tier would run about six hundred fifty to eight hundred depending on the flavors and the decoration
C: mhm okay and do you do tastings
A: we do tastings are thirty five dollars and it comes off the cake price if you book with us
C: okay cool um i need to talk to my fiance first before we book anything
A: of course no rush want me to pencil in a tasting
C: no not yet i'll call back once we've talked
A: sounds good congrats again
C: thanks bye""",
False, 0.0, "neutral",
"'i need to talk to my fiance first', tasting declined ('no not yet'): deferral; polite but neutral."),

(
"FR65_011", "Aiko Tanaka", "2026-11-06T09:05:00", "clean",
"""A: Oakline Furniture, Aiko speaking.
C: Hello! I'd like to order the Alder dining table, the one that comes with four chairs. It's $1,480, right?
A: That's right, the table and four matching chairs.
C: Wonderful. The thing is we're a family of six, so I need more chairs.
A: We sell the matching chairs separately at $185 each.
C: Then I'll take two extra chairs, so six in total.
A: Perfect, the Alder set plus two additional chairs. Delivery would be the 19th. Shall I go ahead?
C: Yes please, go ahead.
A: All done. You'll receive a confirmation email within the hour.
C: Oh, that was so easy. Thank you, I've been wanting this table for ages.""",
True, 370.00, "positive",
"'Yes please, go ahead'; two extra chairs at $185 each = 370.00 on top of the set; 'so easy... wanting this table for ages'."),

(
"FR65_012", "Samuel Whitfield", "2026-11-06T12:40:00", "clean",
"""A: PawPantry customer care, this is Samuel.
C: Yeah, I ordered the large cat tree and you sent me a bag of bird seed. I don't have a bird.
A: I'm so sorry about that. Can you give me the order number?
C: It's PP-448213. And this is the second mix-up this year.
A: I see it. It looks like a packing error at the warehouse. I can send the cat tree out today at no charge, and you can keep the bird seed.
C: What am I going to do with bird seed?
A: You could donate it, or I can send a return label.
C: Whatever. Just send the cat tree.
A: It's on its way, it should be there Thursday. I've also added a note to your account.
C: Sure. I'll believe it when I see it.""",
False, 0.0, "negative",
"free replacement for a wrong shipment, nothing bought; 'Whatever', 'I'll believe it when I see it'."),

(
"FR65_013", "Nadia Petrova", "2026-11-09T10:18:00", "clean",
"""A: CareWay Pharmacy home delivery, Nadia speaking.
C: Hi Nadia. My dad's prescriptions are ready and I'd like them delivered to his place, please.
A: Of course. I see the metformin and the lisinopril, both ready. Delivery is free over $20, and his copay is $22.
C: Great. Can you also add a box of the low-dose aspirin and a bottle of vitamin D?
A: Sure, both added. Since he's on several daily meds, we also have a weekly pill organizer with AM and PM slots for $6.50. Would that help?
C: Oh, that would actually help a lot. Sure, throw it in.
A: Great. So both prescriptions, the aspirin, the vitamin D and the pill organizer to 14 Linden Court, this afternoon. Is that correct?
C: Yes, exactly right.
A: It's scheduled. The driver will call him when they're close.
C: You've been wonderful, thank you. That's a load off my mind.""",
True, 6.50, "positive",
"'Yes, exactly right' confirms delivery; pill organizer offered at $6.50 and accepted ('Sure, throw it in'); aspirin and vitamin D she asked for herself (no price given) are part of the main order; 'You've been wonderful'."),

(
"FR65_014", "Owen Gallagher", "2026-11-09T13:55:00", "asr",
"""A: brightbyte this is owen
C: yeah hi i'm trying to get the pulse wireless headphones in the white
A: okay let me check um i'm sorry the white is sold out we won't get more till january
C: oh great
A: i do have the black and the navy in stock same price a hundred and seventy nine
C: uh yeah i guess the black then
A: so the pulse wireless in black one seventy nine want me to put that on the card ending in eight eight two
C: yeah fine
A: done it ships tomorrow
C: okay
A: anything else today
C: nah that's it""",
True, 0.0, "neutral",
"white sold out but 'i guess the black then... yeah fine' buys the black pair; mild letdown ('oh great') then flat 'okay'; neutral overall."),

(
"FR65_015", "Grace Achebe", "2026-11-10T09:40:00", "clean",
"""A: Petal & Stem, this is Grace.
C: Hello. I need to send a sympathy arrangement to a funeral home on Sunday morning.
A: I'm very sorry for your loss. Unfortunately we don't deliver on Sundays.
C: It's a funeral. It's on Sunday. That's when it's needed.
A: I understand. We could deliver Saturday afternoon, and the funeral home would keep them overnight.
C: They told me they don't accept deliveries on Saturday.
A: Then I'm afraid we couldn't get them there in time.
C: Forget it then. You'd think a florist would deliver on the one day people actually need flowers.
A: I'm truly sorry. I could suggest a partner shop that—
C: No. I'll find someone myself. Goodbye.""",
False, 0.0, "negative",
"business could not deliver Sunday, 'Forget it then', nothing ordered; bitter closing remark."),

(
"FR65_016", "Victor Nguyen", "2026-11-10T16:10:00", "clean",
"""A: FreshCart support, Victor speaking.
C: Oh good, a human. I love spending my evening on the phone with you people.
A: I'm sorry to hear there's a problem. What happened?
C: I ordered oat milk, I got dairy milk. I ordered free-range eggs, I got the cheapest ones. I said no substitutions. In capital letters.
A: I do see the note on the order. That shouldn't have happened.
C: It's the third time this month. Really impressive.
A: I'm going to refund the substituted items, $14.37 back to your card, and add a $10 credit.
C: Fantastic. Ten dollars. My whole week is fixed.
A: I've also flagged your account so substitutions are blocked entirely.
C: Sure. We'll see how long that lasts.""",
False, 0.0, "negative",
"complaint with refund and credit only, nothing bought; sarcasm throughout ('Really impressive', 'My whole week is fixed')."),

(
"FR65_017", "Priya Raman", "2026-11-11T10:25:00", "clean",
"""A: BrightByte Electronics, Priya speaking.
C: Hi, I'm upgrading my phone. The Nova 12, 128 gig, unlocked.
A: Sure, that's $799. Do you want it in black, green or sand?
C: Green.
A: Green it is. Would you like to add the two-year accident cover?
C: How much is that?
A: It's $149 for two years, or $8 a month.
C: Hm, no, I'll skip it. I've never broken a phone.
A: No problem. So the Nova 12, 128 gig, green, unlocked, $799, shipping to the address on file. Do you confirm?
C: Yes, confirmed. Will it come with a charger?
A: It comes with a cable only, no wall plug. Your order is placed.
C: Okay, got it. Thanks.""",
True, 0.0, "neutral",
"'Yes, confirmed' to the read-back plus a follow-up question; accident cover only priced on request then declined ('I'll skip it'); neutral."),

(
"FR65_018", "Marcus Delgado", "2026-11-11T15:30:00", "asr",
"""A: pawpantry this is marcus
C: hiya um i need some cat litter the clumping one the big bags
A: sure the twenty pound clumping how many bags
C: uh three please
A: three bags that's fourteen ninety nine each
C: yep that's fine
A: oh and we've got the sisal scratching post on sale this week twenty nine ninety nine it's normally forty five
C: oh my god yes she's destroying my couch yeah go on then add that
A: ha okay so three bags of litter and the scratching post delivered friday
C: yeah perfect
A: all done you'll get an email
C: brilliant thanks so much that's really helpful""",
True, 29.99, "positive",
"three bags of litter are the main order; scratching post at the sale price twenty nine ninety nine accepted ('yeah go on then add that') -> 29.99; 'brilliant thanks so much'."),

(
"FR65_019", "Hannah Okafor", "2026-11-12T11:00:00", "clean",
"""A: Oakline Furniture, Hannah speaking.
C: Hi. I'm looking at the Cloudrest hybrid mattress, queen size.
A: Yes, that's one of our best sellers. The queen is $1,240 right now.
C: That's a bit much. Is there any promotion coming up?
A: Not this month, but we do offer 0 percent financing over 12 months.
C: I don't like financing. I'd buy it today if it were under a thousand.
A: I understand. The closest I have under a thousand is the Cloudrest Essential at $899.
C: I've lain on that one. It's not the same.
A: Fair enough. I can send you an alert if the hybrid goes on sale.
C: Sure, do that.
A: Done. You'll get an email if the price drops.
C: Okay. Thanks.""",
False, 0.0, "neutral",
"'I'd buy it today if it were under a thousand' is conditional; cheaper model refused; 'Sure, do that' is only a price alert."),

(
"FR65_020", "Tomasz Wierzbicki", "2026-11-12T16:20:00", "clean",
"""A: Rise & Crumb catering, Tomasz here.
C: Hi Tomasz, it's Alina from Halvorsen Legal. We've got a board meeting Friday morning and I need pastries for 18 people.
A: Happy to help. Our breakfast platter serves 18: croissants, pain au chocolat, fruit danishes and mini muffins, $126.
C: That's what I need.
A: Would you like coffee with it? We do 96-ounce carafes, about 12 cups each, $18 a carafe.
C: Two carafes should cover it. Yes, add two.
A: So the breakfast platter for 18 and two coffee carafes, delivered to 400 Market Street, Friday at 8:15. Correct?
C: Yes, that's right. Can you make one of the carafes decaf?
A: Sure, one regular and one decaf. It's all booked.
C: Lovely, thank you, you've saved my morning.""",
True, 36.00, "positive",
"'Yes, that's right' confirms the platter order; two coffee carafes at $18 each = 36.00; 'you've saved my morning'."),
]
