CALLS = [
    (
        "FR75_001", "Marisol Vega", "2026-11-06T18:42:10", "asr",
        """A: thanks for calling tony's pizza this is marisol is this for pickup or delivery
C: delivery please um can i get a large pepperoni and a medium half mushroom half sausage
A: mhm large pepperoni medium half mushroom half sausage anything to drink
C: yeah a two liter of coke
A: okay and would you like to add garlic knots tonight they're five ninety nine for an order of eight
C: oh yeah definitely add those
A: alright so reading that back one large pepperoni one medium half mushroom half sausage one two liter coke and an order of garlic knots your total comes to forty one eighty five with delivery is that all correct
C: yep that's everything
A: perfect and the address
C: four twelve birch lane apartment c
A: got it about thirty five minutes
C: awesome you guys are the best thanks""",
        True, 5.99, "positive",
        "read-back confirmed 'yep that's everything'; garlic knots offered at five ninety nine, 'definitely add those'; 'you guys are the best'",
    ),
    (
        "FR75_002", "Derek Okafor", "2026-11-03T10:15:44", "clean",
        """A: Sweet Crumb Bakery, this is Derek, how can I help?
C: Hi, I need a three-tier wedding cake for this Saturday. Buttercream, white, maybe some fresh flowers on it.
A: Congratulations! Unfortunately for tiered wedding cakes we need at least two weeks' notice. Saturday is only four days out.
C: Is there any way around that? I can pay extra.
A: I'm sorry, our decorators are fully booked through the weekend. I could do a two-layer celebration cake, but not a tiered one.
C: No, it has to be the tiered one, that's what she wants.
A: I understand. I can keep your details for future orders if you'd like.
C: Okay. I'll look elsewhere then. Thanks anyway.""",
        False, 0.0, "neutral",
        "bakery cannot do the tiered cake in time; two-layer alternative refused 'it has to be the tiered one'; flat 'I'll look elsewhere then. Thanks anyway'",
    ),
    (
        "FR75_003", "Hannah Lindqvist", "2026-11-09T17:05:31", "asr",
        """A: golden wok hannah speaking
C: yeah hi i ordered from you guys last friday and half my order wasn't in the bag no egg rolls no fried rice and i paid for all of it
A: oh i'm really sorry about that can i get the phone number on the order
C: five five five oh one nine two
A: okay i see it i can put a ten dollar credit on your next order
C: i mean i was gonna order tonight anyway so fine
A: sure what can i get you
C: general tso's chicken beef lo mein two egg rolls and a large fried rice
A: okay general tso's chicken beef lo mein two egg rolls and a large fried rice minus the ten dollar credit that's twenty six forty is that correct
C: yeah that's it
A: great it'll be ready in twenty minutes
C: whatever just make sure everything's actually in the bag this time""",
        True, 0.0, "negative",
        "read-back confirmed 'yeah that's it'; ten dollar credit is a discount not an upsell; complaint about missing items and ends 'make sure everything's actually in the bag this time'",
    ),
    (
        "FR75_004", "Tomas Ibarra", "2026-11-12T11:48:02", "asr",
        """A: freshcart delivery this is tomas
C: hi um i need a grocery order delivered today like this afternoon i have people coming at six
A: let me check the slots uh unfortunately today is fully booked the next available window is tomorrow between four and six
C: tomorrow no that doesn't help me at all
A: i can put you on the waitlist in case someone cancels but i can't promise anything
C: so i'd have to sit around and hope
A: yeah i'm sorry it's been a really busy week
C: honestly forget it i'll just drive to the store myself this was a waste of time""",
        False, 0.0, "negative",
        "no same-day slot; caller abandons 'forget it i'll just drive to the store myself this was a waste of time'",
    ),
    (
        "FR75_005", "Priya Raman", "2026-11-16T14:22:37", "clean",
        """A: Good afternoon, Lantern House, this is Priya speaking.
C: Hi, I'd like to book the chef's tasting menu for four people on Saturday the 21st.
A: Let me look. For Saturday I have 6:15 or 8:45 available for a party of four.
C: 8:45 works better, we're coming from a show.
A: Lovely. The tasting menu is $85 per person, seven courses. We also offer a wine pairing at $40 per person. Would you like to add that?
C: Just two of the pairings, please. The other two don't drink.
A: Of course. And what name should I put it under?
C: Lily Chen.
A: Thank you, Ms. Chen. Just to confirm: party of four, Saturday the 21st at 8:45, four tasting menus and two wine pairings. Is that right?
C: Yes, that's right. Should I mention now that one of us is vegetarian?
A: Yes, I'll note one vegetarian on the booking. You're all set.
C: That's perfect, thank you so much. We've been wanting to try this place for ages.""",
        True, 80.0, "positive",
        "picked 8:45 from offered times, confirmed read-back 'Yes, that's right'; two wine pairings at $40 each = 80.00; 'That's perfect, thank you so much'",
    ),
    (
        "FR75_006", "Colin Byrne", "2026-11-04T08:31:19", "asr",
        """A: morning this is colin at bean and barrel
C: hi uh i need to place a catering order for our office meeting tomorrow at nine
A: sure what are you thinking
C: two carafes of regular coffee one decaf and um a dozen pastries assorted
A: got it we also do a hot chocolate carafe for twenty two dollars people love it this time of year
C: uh no just the coffee is fine
A: no problem so two regular carafes one decaf carafe and twelve assorted pastries ready for pickup at eight forty five tomorrow total is ninety six fifty does that sound right
C: yep that's right
A: great can i get a name for the order
C: dana price
A: perfect dana you're all set
C: okay thanks""",
        True, 0.0, "neutral",
        "read-back confirmed 'yep that's right'; hot chocolate carafe declined 'no just the coffee is fine'; flat 'okay thanks'",
    ),
    (
        "FR75_007", "Aisha Mensah", "2026-11-10T09:57:48", "asr",
        """A: bloom and branch florist this is aisha how can i help you
C: hi um my neighbor passed away and i'd like to send something to the family
A: i'm so sorry for your loss we have a sympathy arrangement in whites and greens that's sixty five dollars
C: okay that sounds appropriate
A: for fifteen more we can do the deluxe size which has lilies and it's a bit fuller
C: yes let's do the deluxe i want it to look nice
A: of course what would you like the card to say
C: um with deepest sympathy from the harmon family
A: so the deluxe sympathy arrangement delivered tomorrow morning to fourteen oak court card reading with deepest sympathy from the harmon family total eighty dollars plus delivery does that all look right
C: yes that's right
A: it's all set
C: thank you you've been really kind and patient with me""",
        True, 15.0, "positive",
        "deluxe upgrade 'for fifteen more' accepted 'yes let's do the deluxe'; read-back confirmed; 'you've been really kind and patient with me'",
    ),
    (
        "FR75_008", "Greg Kowalski", "2026-11-02T13:40:05", "clean",
        """A: Hartwell Catering, Greg speaking.
C: Hi Greg, I'm organizing a retirement lunch for about forty people in early December and wanted a rough price.
A: Sure. Our buffet lunch is $18 a head: two mains, two sides, salad and rolls. Dessert is $4 more per person.
C: And does that include staff or is it just drop-off?
A: Drop-off. Staffed service is a $150 flat fee for up to three hours.
C: Okay. I need to run this past the committee, they control the budget.
A: Understood. Would you like me to email you a formal quote?
C: Yes, please. It's lisa.moreno@dunmore.org.
A: Got it, I'll send it over this afternoon.
C: Okay, I'll get back to you once they've looked at it.""",
        False, 0.0, "neutral",
        "quote only; 'I need to run this past the committee' is a deferral; 'Yes, please' answers the email offer, not a purchase",
    ),
    (
        "FR75_009", "Naomi Feld", "2026-11-13T12:18:26", "asr",
        """A: thanks for calling stackhouse burgers this is naomi pickup or delivery
C: pickup and i'm in a hurry so two bacon cheeseburgers
A: okay two bacon cheeseburgers want to make those combos with fries and a drink for two more each
C: yeah yeah both combos
A: what drinks
C: two cokes
A: okay two bacon cheeseburger combos with cokes that's twenty three eighty ready in about ten minutes that right
C: yep
A: name
C: jay
A: see you soon jay
C: mhm""",
        True, 4.0, "neutral",
        "combo 'for two more each' on two burgers, 'yeah yeah both combos' = 4.00; read-back 'yep'; rushed but no praise or complaint",
    ),
    (
        "FR75_010", "Luis Carrillo", "2026-11-10T19:26:53", "clean",
        """A: Sakura Sushi, this is Luis. Pickup or delivery?
C: Delivery. I'd like the Dragon roll, two spicy tuna rolls, and a miso soup.
A: Okay, one Dragon roll, two spicy tuna, one miso. Just so you know, delivery is running about seventy minutes tonight.
C: Seventy minutes? It's a Tuesday.
A: I know, we're short two drivers. Pickup would be about twenty.
C: I don't have a car tonight. That's exactly why I'm calling for delivery.
A: I'm sorry, seventy is the best I can do right now.
C: Yeah, no. I'm not waiting over an hour for four items. Never mind.""",
        False, 0.0, "negative",
        "abandoned over the wait: 'I'm not waiting over an hour for four items. Never mind.'",
    ),
    (
        "FR75_011", "Bethany Moore", "2026-11-11T15:33:12", "asr",
        """A: sugar and sprinkle bakery this is bethany
C: hi i want to order a birthday cake for my daughter she's turning six
A: aw fun what kind of cake
C: chocolate with vanilla frosting um quarter sheet and can it say happy birthday maya in purple
A: absolutely a quarter sheet is thirty eight dollars we can also add a little fondant unicorn on top for twelve
C: hmm that's cute but i'll pass she's more into the writing anyway
A: no problem so one quarter sheet chocolate with vanilla frosting happy birthday maya in purple for pickup friday at three thirty thirty eight dollars sound good
C: yes perfect
A: you're all set
C: thank you so much she's gonna love it""",
        True, 0.0, "positive",
        "read-back confirmed 'yes perfect'; fondant unicorn for twelve declined 'i'll pass'; 'thank you so much she's gonna love it'",
    ),
    (
        "FR75_012", "Kenji Watanabe", "2026-11-05T16:04:40", "asr",
        """A: greenbasket groceries kenji speaking
C: hi i have a delivery scheduled for tomorrow and i got a text that some stuff is out of stock
A: yeah let me pull it up okay the oat milk is out and the large brown eggs
C: can you swap the oat milk for almond milk same size
A: sure almond milk half gallon swapped in what about the eggs
C: um just take the eggs off i'll get them somewhere else
A: okay eggs removed also i noticed you pay a delivery fee each time we have a delivery pass for nine ninety nine a month that covers all your deliveries
C: oh um how much is the fee normally
A: it's five ninety five per order
C: okay sure add the pass i order like every week
A: done so your order now has almond milk instead of oat milk no eggs and the delivery pass total is sixty two fifteen for tomorrow between ten and noon does that look right
C: yeah that's fine""",
        True, 9.99, "neutral",
        "items swapped and removed, read-back confirmed 'yeah that's fine'; delivery pass nine ninety nine a month accepted 'okay sure add the pass' = 9.99; matter-of-fact tone",
    ),
    (
        "FR75_013", "Rosa Delgado", "2026-11-17T11:12:58", "clean",
        """A: Trattoria Bella, Rosa speaking.
C: Hi, do you have a table for six this Friday around eight?
A: Let me check. For six on Friday I have 6:30 or 9:15. Eight is fully booked, I'm afraid.
C: Hmm. 6:30 is too early for us, half the group gets off work at seven.
A: The 9:15 is a nice table by the window, if that helps.
C: It's a bit late with the kids. What about Saturday?
A: Saturday is booked solid for parties over four.
C: Okay. Neither really works for us then. We'll try another time.
A: Sorry about that. Please do call again.
C: Will do, bye.""",
        False, 0.0, "neutral",
        "neither offered time taken: 'Neither really works for us then. We'll try another time.'; no complaint",
    ),
    (
        "FR75_014", "Sam Whitaker", "2026-11-18T12:44:21", "asr",
        """A: thai orchid this is sam
C: yeah i ordered delivery from you last night and it showed up an hour and a half late and everything was cold the pad thai was like a brick
A: oh no i'm sorry about that what name was the order under
C: rachel burns
A: okay i see it i can offer you a fifty percent credit on your next order
C: i don't want a credit i don't want a next order i want my money back
A: i understand let me see i can process a refund to your card for the full thirty four dollars
C: yeah do that
A: it'll take three to five business days
C: fine honestly i've ordered from you for two years and this was just terrible
A: i'm really sorry again
C: yeah okay bye""",
        False, 0.0, "negative",
        "complaint call; 'yeah do that' accepts a refund, not a purchase; 'this was just terrible'",
    ),
    (
        "FR75_015", "Ingrid Solberg", "2026-11-19T07:52:33", "clean",
        """A: Northside Coffee, this is Ingrid.
C: Hi! Can I call in an order for pickup in ten minutes? A medium oat latte.
A: Sure thing. For 60 cents more I can make that a large.
C: Sure, why not, it's that kind of morning.
A: Ha, fair. Want a blueberry muffin with it? They're fresh today, $3.25.
C: No, just the latte.
A: Okay, one large oat latte, $5.85. Anything else?
C: That's it. Name's Nora.
A: Got it, Nora, see you in ten.
C: You're a lifesaver, thank you!""",
        True, 0.6, "positive",
        "large for 60 cents more accepted 'Sure, why not' = 0.60; muffin declined; order confirmed 'That's it'; 'You're a lifesaver'",
    ),
    (
        "FR75_016", "Marcus Bell", "2026-11-23T10:09:14", "asr",
        """A: hi this is marcus at deli depot catering
C: hi i need lunch for a training session thursday about twenty five people
A: sure our sandwich platters feed eight to ten so i'd say three platters they're forty five each
C: okay three platters mixed
A: do you want to add dessert we have cookie trays for eighteen dollars each two would cover twenty five people
C: um yeah go ahead add two cookie trays
A: and drinks
C: no we have drinks at the office
A: alright three mixed sandwich platters and two cookie trays delivered thursday at eleven thirty to the harbor building suite four hundred that's one seventy one before tax is that correct
C: correct
A: you're set
C: okay thanks""",
        True, 36.0, "neutral",
        "read-back confirmed 'correct'; two cookie trays at eighteen each = 36.00 (platters are the main purchase); flat 'okay thanks'",
    ),
    (
        "FR75_017", "Marisol Vega", "2026-11-14T20:03:47", "clean",
        """A: Tony's Pizza, this is Marisol.
C: Hi, I'd like two large cheese pizzas delivered to 88 Fulton Street.
A: Sure. That's $31.50 with delivery. Card number when you're ready?
C: It's a Visa, I'll read it out.
A: Thanks... I'm sorry, it came back declined.
C: That's impossible, I used it at lunch. Try it again.
A: I tried twice, same result. Do you have another card, or would you like to pay cash to the driver?
C: No, I don't carry cash and that's my only card.
A: I'm sorry, I can't send the order out without payment then.
C: Unbelievable. Your machine is obviously broken. Forget it, I'll order from somewhere else.""",
        False, 0.0, "negative",
        "order could not be placed, card declined twice and no other payment; 'Unbelievable... Forget it'",
    ),
    (
        "FR75_018", "Derek Okafor", "2026-11-18T09:21:36", "asr",
        """A: petal and stem this is derek
C: hey i need roses delivered to my wife's office friday it's our anniversary
A: nice congrats a dozen long stem red roses is sixty five dollars
C: yeah let's do a dozen
A: for ten more i can put them in a glass vase instead of wrapped and we also have a box of truffles for eighteen that we can add
C: um the vase no she has like ten vases but yeah throw in the truffles
A: okay a dozen red roses wrapped with a box of truffles friday to one hundred main street floor six what should the card say
C: happy tenth anniversary love you more every year dan
A: got it so that's eighty three plus delivery going out friday before noon everything look right
C: yep that's perfect she's gonna flip thank you so much""",
        True, 18.0, "positive",
        "'let's do a dozen' and read-back confirmed; vase for ten declined, truffles for eighteen accepted = 18.00; 'that's perfect ... thank you so much'",
    ),
    (
        "FR75_019", "Hannah Lindqvist", "2026-11-20T18:37:09", "asr",
        """A: golden wok this is hannah pickup or delivery
C: delivery please um two orange chicken one shrimp fried rice and a wonton soup
A: okay two orange chicken one shrimp fried rice one wonton soup to what address
C: two twenty ridge road
A: alright that's outside our free zone so there's a six dollar delivery fee plus the service fee your total is fifty one twenty
C: wait fifty one for that
A: yeah with the fees it comes to that
C: oh um that's way more than i figured let me just cancel it sorry i'll figure something else out
A: no problem nothing's been charged
C: okay thanks bye""",
        False, 0.0, "neutral",
        "order abandoned on price before any confirmation: 'let me just cancel it sorry'; surprised but polite",
    ),
    (
        "FR75_020", "Tomas Ibarra", "2026-11-06T14:26:50", "clean",
        """A: Thanks for calling Crumb & Co., this is Tomas.
C: Hi, I'm looking at cupcakes for a school bake sale next Thursday, about two dozen.
A: Sure, our standard cupcakes are $30 a dozen, so $60 for the two dozen. Is this the best number to reach you, the one ending 0143?
C: Yes, that's right.
A: Great. Would you like me to put the order in for Thursday pickup?
C: I'd have to check with the PTA treasurer first, she's the one paying. Can you hold the slot?
A: We can only hold it with a 50% deposit.
C: Then I'll call back once she gives me the go-ahead.
A: Sounds good, we'll be here.
C: Thanks, bye.""",
        False, 0.0, "neutral",
        "'Yes, that's right' confirms the phone number only; closing question answered with a deferral 'I'd have to check with the PTA treasurer first'",
    ),
]
