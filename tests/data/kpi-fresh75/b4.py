CALLS = [
    (
        "FR75_061", "Rosa Delgado", "2026-11-03T16:35:27", "asr",
        """A: trattoria bella rosa speaking
C: hi i'd like a table for two on saturday the seventh for the truffle menu
A: oh the truffle menu is lovely i have six fifteen or eight o'clock
C: um eight o'clock please
A: the truffle menu is ninety per person and we do a wine pairing for thirty five each would you like that
C: yes definitely for both of us
A: okay two people saturday the seventh at eight truffle menu with two wine pairings what name
C: ramirez
A: ramirez party of two eight o'clock saturday is that all correct
C: yes that's correct can't wait
A: you're all booked
C: wonderful thank you i've heard the truffle menu is incredible""",
        True, 70.0, "positive",
        "picked eight from offered times, confirmed 'yes that's correct'; wine pairing 'thirty five each' for both = 70.00; 'can't wait', 'wonderful'",
    ),
    (
        "FR75_062", "Sam Whitaker", "2026-11-07T19:33:50", "clean",
        """A: Thai Orchid, this is Sam.
C: Hi, delivery please. Pad thai with tofu, a green papaya salad, and chicken satay.
A: Sure. I have to warn you, delivery is about ninety minutes right now.
C: Ninety minutes? It's barely 7:30.
A: It's a big night, we've got two large parties in the dining room.
C: Could I get it quicker if I pick up?
A: Pickup would be about fifty minutes.
C: Fifty minutes for pickup is still crazy. You know what, skip it. This is the second Saturday in a row.""",
        False, 0.0, "negative",
        "abandoned over wait time: 'You know what, skip it. This is the second Saturday in a row.'",
    ),
    (
        "FR75_063", "Ingrid Solberg", "2026-11-09T14:15:43", "asr",
        """A: northside coffee ingrid speaking
C: hi i want to talk to a manager about one of your baristas
A: i'm the shift lead can i help
C: yesterday morning the tall guy with the beard made fun of how i pronounced cortado in front of everyone
A: oh no i'm really sorry that should not happen
C: i've been coming in every day for a year and i felt like an idiot
A: i'll talk to him and to the owner today i can also put a free drink on your card
C: i don't need a free drink i just don't want to be laughed at
A: completely understood it won't happen again
C: yeah well i'm going to the place on fifth for a while""",
        False, 0.0, "negative",
        "complaint about staff, no order; free drink refused; 'i'm going to the place on fifth for a while'",
    ),
    (
        "FR75_064", "Marcus Bell", "2026-11-12T09:47:21", "asr",
        """A: deli depot catering marcus speaking
C: hi i'm putting together a baby shower for about fifteen people in two weeks what would you suggest
A: i'd do two sandwich platters and a fruit tray that's ninety plus thirty so one twenty
C: mhm and can you do vegetarian only
A: sure we can do all veggie platters same price
C: okay that sounds good i'll think about it and talk to my co host she might be doing some of the food
A: no problem just call us by wednesday next week to be safe
C: okay will do""",
        False, 0.0, "neutral",
        "'that sounds good i'll think about it and talk to my co host' is a deferral",
    ),
    (
        "FR75_065", "Marisol Vega", "2026-11-21T16:58:04", "clean",
        """A: Tony's Pizza, this is Marisol!
C: Hi! I'm hosting my son's team after their game. Six large pizzas: three cheese, two pepperoni, and one veggie.
A: Oh fun, how did they do?
C: They won! First win of the season.
A: Congrats! Do you want drinks for the team? Two-liters are $3.49 each.
C: Yes, three two-liters, any mix of soda.
A: Great. So three large cheese, two large pepperoni, one large veggie and three two-liters, delivered at 5:30 to 40 Elm Court. That's $104.47. All correct?
C: All correct. You're saving my afternoon!
A: Happy to help. Enjoy the celebration.
C: Thanks so much, the kids are going to go wild.""",
        True, 10.47, "positive",
        "read-back confirmed 'All correct.'; three two-liters at $3.49 each = 10.47; 'You're saving my afternoon!'",
    ),
    (
        "FR75_066", "Derek Okafor", "2026-11-13T10:22:48", "asr",
        """A: petal and stem derek speaking
C: hi i'm looking for peonies pink ones for my mother's seventieth on sunday
A: oh i'm sorry peonies are out of season right now we won't have them till spring
C: seriously your website has a whole peony page
A: yeah those are for may and june i can do garden roses in pink they look really similar
C: she doesn't want roses she wants peonies that's the whole point
A: i understand i'm sorry i can't get them in november
C: then you should take them off your website this is really frustrating""",
        False, 0.0, "negative",
        "item unavailable, substitute refused; 'this is really frustrating'",
    ),
    (
        "FR75_067", "Hannah Lindqvist", "2026-11-14T15:26:12", "asr",
        """A: golden wok hannah speaking
C: hi yeah just a quick question what time do you close tonight
A: we close at ten on saturdays
C: okay great and do you still have the honey walnut shrimp i had it last week it was amazing
A: yes it's on the menu every day
C: oh good honestly it was the best chinese food i've had in years
A: aw thank you i'll tell the kitchen
C: we'll probably call later tonight when everyone's home
A: sounds good talk to you later""",
        False, 0.0, "positive",
        "no order placed, only 'we'll probably call later tonight'; 'it was the best chinese food i've had in years'",
    ),
    (
        "FR75_068", "Tomas Ibarra", "2026-11-15T11:09:37", "clean",
        """A: FreshCart, Tomas speaking.
C: Hi. I'm calling because your app crashed three times while I was checking out. I just want to place my order by phone.
A: I'm sorry about that. I can see the cart you built. Want me to place it as is?
C: Yes, place it as is, delivery between 2 and 4.
A: Done. Since it's Sunday, we have fresh flower bouquets on the truck for $12.99. Want one added?
C: Go on then, add one. My wife deserves something after listening to me yell at my phone.
A: Added. So your cart plus one bouquet, $86.42, delivered between 2 and 4 today. Right?
C: Right. Still, someone needs to fix that app, it's been broken for weeks.
A: I'll pass it on.
C: You said that last time too.""",
        True, 12.99, "negative",
        "'Yes, place it as is' and read-back confirmed 'Right.'; bouquet $12.99 accepted 'Go on then, add one' = 12.99; ends 'You said that last time too'",
    ),
    (
        "FR75_069", "Priya Raman", "2026-11-16T12:50:15", "clean",
        """A: Lantern House, Priya speaking.
C: Hi, I have a reservation for Thursday at 7, under Osei, and unfortunately I need to cancel. My husband's been called away for work.
A: I'm sorry to hear that. I've cancelled it. Would you like to move it to another date instead?
C: Not right now, I don't know when he's back. But thank you for offering.
A: Of course. We'd love to see you when things settle down.
C: You've been lovely, honestly. We'll definitely come in when he's home, we loved it last time.
A: That's so kind. Take care.
C: You too, bye.""",
        False, 0.0, "positive",
        "cancellation, reschedule declined 'Not right now'; 'You've been lovely', 'we loved it last time'",
    ),
    (
        "FR75_070", "Colin Byrne", "2026-11-18T13:31:59", "asr",
        """A: bean and barrel colin speaking
C: hi i'd like to sign up for the coffee subscription the two bags a month one
A: great that's twenty a month which roast do you want to start with
C: um the dark house blend
A: perfect and do you grind at home we have a burr grinder that you could add for thirty nine ninety nine
C: hmm i've been using a blade grinder
A: the burr one makes a real difference for the flavor honestly
C: go on then add the grinder
A: okay twenty a month subscription dark house blend first shipment with the burr grinder thirty nine ninety nine ships tomorrow sound good
C: yep sounds good
A: you're all set
C: nice i'm really excited to try it thanks colin""",
        True, 39.99, "positive",
        "'i'd like to sign up', confirmed 'yep sounds good'; grinder 'thirty nine ninety nine' accepted 'go on then add the grinder' = 39.99; 'i'm really excited to try it'",
    ),
    (
        "FR75_071", "Aisha Mensah", "2026-11-19T11:44:26", "clean",
        """A: Bloom & Branch, Aisha speaking.
C: Hi, I want to reorder the same centerpiece I got last month for my office. The white hydrangeas.
A: Sure, that one's $90 now.
C: Ninety? It was $60 four weeks ago.
A: Hydrangeas are out of season, so our costs went way up. I can do a similar one with white roses for $65.
C: I don't want roses, I want what I had. Thirty dollars more in a month is robbery.
A: I'm sorry, I can't go lower on the hydrangeas.
C: No. Forget it, that's just robbery.""",
        False, 0.0, "negative",
        "abandoned on price, alternative refused: 'Thirty dollars more in a month is robbery', 'Forget it'",
    ),
    (
        "FR75_072", "Greg Kowalski", "2026-11-20T10:13:40", "asr",
        """A: hartwell catering greg speaking
C: hi greg i need the taco bar for forty people for our open house on the fifth
A: sure the taco bar is sixteen a head so six forty for forty
C: okay let's book that
A: great do you want to add the dessert table churros and mini flan for three a head that'd be one twenty
C: uh yeah sure
C: actually wait no scratch the desserts somebody's bringing a sheet cake
A: no problem so taco bar for forty on december fifth at your office noon setup six forty is that right
C: yes that's right
A: you're booked
C: okay thanks greg""",
        True, 0.0, "neutral",
        "'let's book that' and read-back confirmed; dessert table accepted then retracted 'scratch the desserts' so upsell 0; flat",
    ),
    (
        "FR75_073", "Naomi Feld", "2026-11-22T18:27:15", "clean",
        """A: Stackhouse Burgers, Naomi speaking.
C: Hi, I'd like to order for delivery. Two double smash burgers and a large onion rings.
A: Okay. I'm so sorry, our card reader for phone orders is down tonight. We can only take cash on delivery for orders over $20 with a manager's approval, and he's stepped out.
C: Oh, wonderful. So I can't pay you at all.
A: Not by phone right now, I'm afraid. The app still works.
C: The app that's been saying "temporarily unavailable" all evening? Brilliant.
A: I'm really sorry. It should be fixed tomorrow.
C: Fantastic. I'll go to the place down the street, whose card reader presumably works.""",
        False, 0.0, "negative",
        "order could not be taken (no payment method); sarcasm 'Oh, wonderful', 'Brilliant', 'Fantastic'",
    ),
    (
        "FR75_074", "Luis Carrillo", "2026-11-23T18:49:33", "asr",
        """A: sakura sushi luis speaking
C: hey hi is the bluefin special still on tonight
A: ah i'm sorry we sold out of the bluefin about half an hour ago
C: oh no that's what i was craving all day
A: i could do the yellowtail special instead it's really good tonight
C: nah it was specifically the bluefin no worries
A: it'll be back thursday
C: okay cool i'll order thursday then you guys always have the best fish thanks anyway""",
        False, 0.0, "positive",
        "special sold out, substitute declined, 'i'll order thursday then' is a deferral; 'you guys always have the best fish'",
    ),
    (
        "FR75_075", "Bethany Moore", "2026-11-24T14:01:08", "asr",
        """A: sugar and sprinkle bakery this is bethany
C: hi do you make gluten free custom cakes my daughter has celiac
A: i'm sorry we don't we share equipment with regular flour so we can't guarantee it
C: oh um even if you clean everything
A: we really can't promise no cross contact it wouldn't be safe for celiac
C: that's really disappointing three different people told me you were the place to go for custom cakes
A: i'm sorry i can recommend a dedicated gluten free bakery in riverton
C: no it's fine i'll figure it out i'm just pretty let down""",
        False, 0.0, "negative",
        "bakery cannot make it, no order; 'that's really disappointing', 'i'm just pretty let down'",
    ),
    (
        "FR75_076", "Kenji Watanabe", "2026-11-25T09:38:51", "clean",
        """A: GreenBasket Groceries, this is Kenji.
C: I want to cancel my subscription. Three late deliveries in a row, one of them four hours late with melted ice cream.
A: I'm very sorry. Before I cancel, I can offer you three months at half price, $4.99 a month.
C: No. Half price for late groceries is still late groceries.
A: I understand. I can also guarantee a refund of the delivery fee on any late order.
C: I'm done. Just cancel it, please.
A: Okay, it's cancelled. You won't be charged again.
C: Good.""",
        False, 0.0, "negative",
        "cancellation, save offer refused 'I'm done. Just cancel it'; 'Half price for late groceries is still late groceries'",
    ),
    (
        "FR75_077", "Rosa Delgado", "2026-11-26T13:24:17", "clean",
        """A: Trattoria Bella, Rosa speaking.
C: Hi, I'm trying to get a table for eight on Saturday the 5th. Something around 7?
A: For eight on the 5th I can do 6:45 or 8:30.
C: 6:45 might work. Is this the right number for the private room too?
A: Yes, this is the right number for everything. The private room is booked that night, though.
C: Okay. Let me check with my friends about 6:45 and I'll call back.
A: I can hold it until tomorrow noon if you like, just give me a name.
C: No need, I'll just call back. Thanks.""",
        False, 0.0, "neutral",
        "'Yes' is the agent's answer; caller defers 'Let me check with my friends ... I'll call back' and declines a hold",
    ),
    (
        "FR75_078", "Sam Whitaker", "2026-11-27T18:03:29", "asr",
        """A: thai orchid sam speaking
C: hey sam it's marta i'm back for the panang curry
A: hey marta good to hear from you same as always panang with chicken and jasmine rice
C: yep and add a spring roll order
A: got it and the mango sticky rice is back in season it's six fifty
C: oh my gosh yes make it two one for me and one for my roommate
A: okay panang chicken jasmine rice spring rolls and two mango sticky rice that's thirty seven forty pickup in twenty
C: perfect you got it
A: see you soon
C: yay you made my whole week""",
        True, 13.0, "positive",
        "read-back confirmed 'perfect you got it'; mango sticky rice 'six fifty', two = 13.00 (spring rolls the customer's own main-order item, no price given); 'you made my whole week'",
    ),
    (
        "FR75_079", "Ingrid Solberg", "2026-11-30T09:12:44", "clean",
        """A: Northside Coffee, Ingrid speaking.
C: Hi, I'd like a coffee traveler for a meeting at 10. The one that serves twelve.
A: Sure, that's $32. Would you like a pastry box with it? It's normally $28, but I can do it for $22 with a traveler.
C: Oh nice, yes, add the pastry box.
A: Great. One coffee traveler and one pastry box, ready at 9:45. $54 total. Sound right?
C: Sounds right. Name is Whitford.
A: Got it.
C: Thank you, that's a great deal, the team will be happy.""",
        True, 22.0, "positive",
        "read-back confirmed 'Sounds right'; pastry box revised from $28 to $22 and accepted = 22.00; 'that's a great deal'",
    ),
    (
        "FR75_080", "Marcus Bell", "2026-11-30T15:55:02", "asr",
        """A: smokehouse catering marcus speaking
C: hi marcus this is deb from the fall fest committee i have to be honest we ran out of brisket an hour into the event
A: oh no i'm sorry we sent what was on the order for a hundred and twenty but let me look
C: people were pretty upset and we paid for the full package
A: okay i see the kitchen sent eighty portions of brisket not one twenty that's on us i'm refunding a third of the brisket line so one sixty dollars
C: oh okay i wasn't expecting you to just own it like that
A: it was our mistake and i'll make sure it doesn't happen again
C: alright well i appreciate you making it right thanks marcus that really helps""",
        False, 0.0, "positive",
        "complaint resolved with a refund, no new purchase; ends 'i appreciate you making it right ... that really helps'",
    ),
]
