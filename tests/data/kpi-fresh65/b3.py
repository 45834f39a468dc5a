CALLS = [
(
"FR65_041", "Rebecca Lindqvist", "2026-11-23T16:30:00", "clean",
"""A: BrightByte Electronics, Rebecca speaking.
C: I need a replacement charger for an Aero 13 laptop. The original one. Not some knock-off that catches fire.
A: Sure, the genuine 65-watt Aero charger is $89.
C: Eighty-nine dollars. For a charger.
A: I know it's pricey. The third-party one we carry is $39 and it's certified.
C: No, last time I used a cheap one it fried the port. Fine. The original.
A: Okay, one genuine Aero 65-watt charger, shipping tomorrow to the address on file. Shall I place it?
C: Yes, place it. Ninety bucks for a charger, unbelievable.
A: It's placed. It should arrive Thursday.
C: Whatever. Thanks.""",
True, 0.0, "negative",
"'Yes, place it' for the $89 charger (main purchase, no add-on); grudging: 'unbelievable', 'Whatever'."),

(
"FR65_042", "Jorge Castillo", "2026-11-24T09:15:00", "asr",
"""A: freshcart this is jorge what can i get you
C: hey um yeah i wanna do a delivery for this evening
A: sure what do you need
C: uh a bag of salad mix some cherry tomatoes a cucumber and um two baguettes
A: got it we also have the hot rotisserie chickens today for eight ninety nine they'd come warm
C: oh yeah sure add that that's dinner sorted
A: ha perfect so salad mix cherry tomatoes one cucumber two baguettes and a rotisserie chicken for six to seven tonight
C: yep sounds right
A: all done it's on the card on file
C: amazing thank you that's made my evening way easier""",
True, 8.99, "positive",
"'yep sounds right' confirms the order; rotisserie chicken offered at eight ninety nine and accepted ('oh yeah sure add that') -> 8.99; 'amazing thank you'."),

(
"FR65_043", "Aiko Tanaka", "2026-11-24T11:20:00", "clean",
"""A: Oakline Furniture, Aiko speaking.
C: Hi. I'd like to buy the Harlow power recliner in the slate fabric. It's $1,095.
A: Certainly. Would you like to add our five-year fabric protection? It's $79 and covers stains and tears.
C: I have a toddler, so yes, I'll take the protection.
A: Sensible. There's also the matching ottoman. That's $149.
C: How big is the ottoman?
A: Twenty-four inches square.
C: Hm, not right now. Just the chair and the protection.
A: So the Harlow recliner in slate plus the fabric protection, delivery on December 2nd. Is that correct?
C: Correct.
A: Great, you're all set.
C: Okay, thanks.""",
True, 79.00, "neutral",
"'I'll take the protection' at $79; ottoman $149 only asked about and declined ('not right now'); 'Correct' confirms; neutral."),

(
"FR65_044", "Samuel Whitfield", "2026-11-24T13:45:00", "clean",
"""A: CareWay Pharmacy, Samuel speaking.
C: Hi. I've been waiting at your Elm Street counter for forty minutes and they're telling me my antibiotics aren't ready. My doctor sent it this morning.
A: I'm sorry. Let me check... The prescription arrived at 11:40 and it's in the queue.
C: In the queue. I have an ear infection and a fever. I can't stand here for another hour.
A: I can ask the team to prioritize it. It should be about twenty minutes.
C: They said twenty minutes forty minutes ago.
A: I understand. I've marked it urgent and messaged the pharmacist directly.
C: This is the worst pharmacy experience I've ever had.
A: I'm really sorry. I'll stay on the line with the store if you'd like.
C: No. I'll just wait. Again.""",
False, 0.0, "negative",
"no purchase, status complaint about a prescription not ready; 'worst pharmacy experience I've ever had'."),

(
"FR65_045", "Nadia Petrova", "2026-11-25T10:05:00", "clean",
"""A: Petal & Stem, Nadia speaking.
C: Hello, it's our 25th wedding anniversary on Friday and I'd like to surprise my wife with flowers.
A: How lovely, congratulations! Our Garden Romance arrangement is $75, or for $20 more we do the deluxe version with twice the roses and some peonies.
C: Peonies are her favourite. Yes, make it the deluxe.
A: Wonderful. Delivery on Friday morning to your home address?
C: Yes, she'll be home all day.
A: And the card message?
C: "Twenty-five years and I'd do it all again. Love, Tom."
A: That's beautiful. So the Garden Romance deluxe with that message, Friday morning. You're all set.
C: Thank you, that's just perfect.""",
True, 20.00, "positive",
"'Yes, make it the deluxe': upgrade for $20 more on top of the $75 arrangement -> 20.00; 'that's just perfect'."),

(
"FR65_046", "Owen Gallagher", "2026-11-25T12:50:00", "asr",
"""A: pawpantry this is owen
C: yeah hi i've been charged twice for my autoship again this is the third time
A: oh i'm sorry about that let me look um yeah i see two charges of sixty four twenty on the twentieth
C: yeah and last month too and they said it was fixed
A: i'm gonna refund the duplicate right now it'll show in three to five days
C: okay but i'm done i want the autoship cancelled completely
A: i can do that but you'd lose the ten percent discount
C: i don't care about ten percent if you keep taking double
A: understood it's cancelled and the refund's in
C: great just great this is the last straw honestly""",
False, 0.0, "negative",
"refund and autoship cancellation, no purchase; 'this is the last straw' and sarcastic 'great just great'."),

(
"FR65_047", "Grace Achebe", "2026-11-25T15:10:00", "clean",
"""A: Rise & Crumb Bakery, Grace speaking.
C: Hi. I'd like to order a vanilla sheet cake for Sunday. Half sheet.
A: Sure, a half sheet serves about 40 and it's $68. Any writing?
C: "Congratulations, Dev" in blue.
A: Got it. Would you like candles or sparklers? A pack is $4.
C: No, it's a graduation, we don't need candles.
A: Fair enough. So the half-sheet vanilla with "Congratulations, Dev" in blue, pickup Sunday at 11. Is that right?
C: Yes, that's right.
A: Great, it's booked.
C: Okay, thanks.""",
True, 0.0, "neutral",
"'Yes, that's right' confirms the $68 cake; $4 candles declined; routine thanks."),

(
"FR65_048", "Victor Nguyen", "2026-11-26T09:30:00", "clean",
"""A: BrightByte Smart Home, Victor speaking.
C: Hi Victor. I'd like the Sentinel video doorbell, the $199 one.
A: Great. A lot of people pair it with our outdoor cameras. A single camera is $99, or the pair for $180.
C: I've been meaning to cover the back garden and the driveway. I'll take the pair for $180.
A: Great. So the Sentinel doorbell plus the two-camera pack. Ship to the address on the account?
C: Yes, please.
A: Done. They'll arrive Monday and the app walks you through setup.
C: Brilliant. Thanks, you've made this really easy.""",
True, 180.00, "positive",
"'I'll take the pair for $180' on top of the $199 doorbell -> bundle price 180.00, not 2 x 99; 'really easy'."),

(
"FR65_049", "Priya Raman", "2026-11-26T11:55:00", "clean",
"""A: FreshCart, Priya speaking.
C: Hi, I'm trying to finish a grocery order and it says my payment was declined.
A: Let me check. The order is $112.45 and the card ending 7720 was declined by the issuer.
C: My bank. Again. They keep flagging grocery orders as fraud.
A: Do you have another card you'd like to use?
C: Not on me, no. I'm at work.
A: I can keep the cart saved for 24 hours so you can check out later.
C: Fine, keep it. But then I've missed tomorrow morning's slot, haven't I?
A: I'm afraid the morning slots are filling up, yes.
C: Of course they are. This is so annoying.""",
False, 0.0, "negative",
"card declined, no other card, order not placed (cart only saved); 'This is so annoying'."),

(
"FR65_050", "Marcus Delgado", "2026-11-26T14:20:00", "asr",
"""A: brightbyte trade in this is marcus
C: hi yeah i wanna trade in my old phone how does that work
A: so we send you a free kit you mail the phone in and we send you credit once we check it what phone is it
C: uh it's a nova nine the screen's fine
A: okay a nova nine in good condition is usually around a hundred and ten in credit
C: okay um cool
A: can i confirm your address is twenty two birch lane
C: yes that's right
A: great the kit will go out tomorrow
C: okay and i don't have to buy anything
A: no you can use the credit later or get it as a gift card
C: okay cool thanks""",
False, 0.0, "neutral",
"free trade-in kit only, nothing bought; 'yes that's right' confirms an address, not a purchase; neutral."),

(
"FR65_051", "Hannah Okafor", "2026-11-27T10:35:00", "clean",
"""A: Oakline Furniture, Hannah speaking.
C: Hi, I'd like the Nolan bed frame in oak, king size. It's on sale at $899?
A: It is, through Sunday. Would you like anything to go with it?
C: I need cushions for the bed. Do you have the linen throw pillows in the sage?
A: We do, they're $28 each.
C: I'll take three of them.
A: Three sage linen pillows. So the Nolan king frame and three pillows, delivery next Friday. Shall I process it?
C: Yes, process it.
A: Done. The confirmation is on its way.
C: All right.""",
True, 84.00, "neutral",
"'Yes, process it'; three pillows at $28 each on top of the bed frame = 84.00; neutral tone."),

(
"FR65_052", "Tomasz Wierzbicki", "2026-11-27T13:00:00", "clean",
"""A: CareWay Pharmacy, Tomasz speaking.
C: Hi. I'm picking up two prescriptions tomorrow, the eczema cream and the antihistamine. What's the total?
A: The antihistamine is a $5 copay. The cream isn't covered by your plan, so it's $142.
C: A hundred and forty-two for a tube of cream? It was covered last year.
A: Your plan changed its formulary in October. Your doctor could prescribe a covered alternative.
C: That's ridiculous. Nobody tells you these things.
A: I'm sorry. Do you want me to still fill both?
C: No. Drop the cream. Just fill the antihistamine, and I'll call my doctor about the other one.
A: Okay, the antihistamine will be ready tomorrow after 10, $5.
C: Fine. Honestly, this whole system is a joke.""",
True, 0.0, "negative",
"'Just fill the antihistamine' keeps a $5 purchase after dropping the uncovered cream; 'ridiculous', 'a joke'."),

(
"FR65_053", "Leila Haddad", "2026-11-27T15:40:00", "clean",
"""A: PawPantry Grooming, Leila speaking.
C: Hi! I need to book a bath and haircut for my cockapoo, Biscuit.
A: Sure! A full groom for a medium dog is $65. I have Saturday at 9 or Tuesday at 2.
C: Saturday at 9, please.
A: Would you like to add a nail trim? It's $12.
C: Oh yes, please, she clicks across the floor like a tap dancer.
A: Ha! So a full groom and a nail trim for Biscuit, Saturday at 9. Shall I lock that in?
C: Yes, lock it in.
A: Done. See you both Saturday.
C: Thank you! She always comes back so happy from you.""",
True, 12.00, "positive",
"grooming booking confirmed ('Yes, lock it in'); nail trim $12 accepted; 'She always comes back so happy'."),

(
"FR65_054", "Daniel Brennan", "2026-11-30T09:25:00", "asr",
"""A: freshcart support this is daniel
C: hi my order was supposed to come between eight and ten it's now twelve and the app says delivered
A: oh i'm sorry let me look um it says it was left at the front door at nine forty
C: there's nothing at my front door i'm standing at it
A: okay it might have gone to the wrong address i'm gonna report it
C: oh wonderful so my groceries are just having a nice day out somewhere
A: i'm really sorry i can refund the full eighty six dollars or send the order again this afternoon
C: just refund it i'm not waiting another four hours
A: done the refund's processed
C: great thanks for nothing""",
False, 0.0, "negative",
"missing delivery refunded, re-send declined, nothing bought; sarcasm ('oh wonderful') and 'thanks for nothing'."),

(
"FR65_055", "Sofia Marchetti", "2026-11-30T11:10:00", "clean",
"""A: Petal & Stem, Sofia speaking.
C: Hi. I need a bunch of pink peonies delivered today to Whitfield Hospital, maternity ward.
A: Oh, lovely occasion! I'm so sorry, we've sold out of peonies for today.
C: Seriously? It's eleven in the morning.
A: We had a big wedding order. I could do pink ranunculus, which look very similar, for the same $65.
C: No, it has to be peonies. She carried peonies at her wedding.
A: I understand. I could deliver peonies tomorrow morning.
C: She's being discharged tonight. Never mind.
A: I'm sorry we couldn't help this time.
C: So am I. Bye.""",
False, 0.0, "negative",
"peonies sold out, substitute and next-day delivery refused ('Never mind'); nothing bought; disappointed close."),

(
"FR65_056", "Kwame Mensah", "2026-11-30T14:00:00", "clean",
"""A: Rise & Crumb, Kwame speaking.
C: Hi. I saw you do a weekly bread subscription. How does it work?
A: You pick two loaves a week, $16, delivered on Thursdays. You can pause anytime.
C: Do you deliver to Millbrook?
A: Not yet, I'm afraid. We cover the city and Eastgate. Millbrook is planned for the spring.
C: Ah. I'd definitely do it if you delivered out there. I'm not driving in every week, though.
A: Understood. Shall I put you on the list to hear when we launch in Millbrook?
C: Sure, you can do that.
A: Done. You'll get an email.
C: Okay. Thanks.""",
False, 0.0, "neutral",
"'I'd definitely do it if you delivered out there' is conditional; 'Sure' only to a waiting list; neutral."),

(
"FR65_057", "Rebecca Lindqvist", "2026-11-30T16:15:00", "clean",
"""A: BrightByte Electronics, Rebecca speaking.
C: Hi. I'm comparing the Aura 11 tablet and the Aura 11 Pro.
A: Sure. The Aura 11 is $449 and the Pro is $649. The Pro has a better screen and twice the storage.
C: I mostly read and watch stuff.
A: Then the standard Aura 11 is plenty. Great! Let's get that ordered for you.
C: Hang on, I haven't decided yet. Does the standard one come in blue?
A: Only in grey or silver.
C: Hm. I'll have to think about it.
A: Of course. The price is good through Sunday.
C: Okay, thanks for the info.""",
False, 0.0, "neutral",
"the agent's 'Let's get that ordered' gets 'Hang on, I haven't decided yet' and 'I'll have to think about it'; neutral."),

(
"FR65_058", "Jorge Castillo", "2026-11-28T10:00:00", "asr",
"""A: oakline furniture this is jorge
C: hi um my coffee table came yesterday and one of the legs is cracked right through
A: oh no i'm sorry about that can you send a photo to our support email
C: yeah i already did this morning
A: okay i see it yeah that's definitely damaged i can send a brand new one out next wednesday and we'll take the broken one away
C: okay and i don't pay anything for that
A: no it's completely free and i'll add ten percent back on the original order for the trouble
C: oh okay that's actually fair
A: great so wednesday between eight and noon
C: yeah wednesday works
A: perfect you're all set
C: okay thanks for sorting it""",
False, 0.0, "neutral",
"free replacement and partial refund for a damaged table, nothing bought; 'yeah wednesday works' is a delivery window; calm, ends 'that's actually fair' -> neutral."),

(
"FR65_059", "Aiko Tanaka", "2026-11-28T11:30:00", "clean",
"""A: FreshCart, Aiko speaking.
C: Hi Aiko! We're having a barbecue on Saturday and I want everything delivered Saturday morning.
A: Happy to help. What do you need?
C: Four packs of burger patties, two packs of buns, a big bag of tortilla chips, two jars of salsa and a watermelon.
A: Got it. Would you like ice with that? It's $3.50 a bag.
C: Oh, good thinking. How many for about thirty people?
A: I'd say five bags.
C: Then five bags of ice, please.
A: So the patties, buns, chips, salsa, watermelon and five bags of ice, Saturday 9 to 11. Is that correct?
C: Yes, perfect!
A: All booked.
C: You're a star, thank you so much!""",
True, 17.50, "positive",
"'Yes, perfect!' confirms the read-back; ice offered at $3.50 a bag, five bags = 17.50; 'You're a star'."),

(
"FR65_060", "Samuel Whitfield", "2026-11-28T14:45:00", "clean",
"""A: CareWay Pharmacy, Samuel speaking.
C: I'm calling to refill my cholesterol medication. Rx number 5512094.
A: Thanks. That's atorvastatin, 90 days, $15 copay. Pickup or delivery?
C: Pickup. Tomorrow.
A: Sure. By the way, we're running a promotion on our Daily Heart vitamin pack, $24.99 a month, it's popular with customers on statins...
C: No. I don't need vitamins. I called to refill a prescription, not to be sold to.
A: Understood, sorry. So the atorvastatin refill, ready tomorrow after 10, $15 at pickup. Do you want that?
C: Yes, that's what I called for.
A: It's ordered.
C: Good. And take me off whatever list makes you pitch me things.""",
True, 0.0, "negative",
"'Yes, that's what I called for' confirms the refill; $24.99 vitamins refused; irritated ('not to be sold to')."),
]
