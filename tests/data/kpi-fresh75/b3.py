CALLS = [
    (
        "FR75_041", "Naomi Feld", "2026-11-06T17:38:24", "asr",
        """A: stackhouse burgers naomi speaking
C: hi there okay i've got the whole family here so bear with me
A: take your time
C: two classic burger meals one chicken sandwich meal and a kids meal with nuggets
A: mhm and for a dollar each i can make the three adult meals large fries and a large drink
C: oh sure make them all large the kid's one can stay normal
A: okay so two classic meals large one chicken sandwich meal large and one nugget kids meal with apple juice that's thirty nine forty pickup in fifteen minutes
C: yep that's everything
A: great see you soon
C: thank you you guys are always so nice on the phone""",
        True, 3.0, "positive",
        "read-back confirmed 'yep that's everything'; upsize 'for a dollar each' on the three adult meals = 3.00; 'you guys are always so nice'",
    ),
    (
        "FR75_042", "Luis Carrillo", "2026-11-07T13:12:07", "clean",
        """A: Sakura Sushi, Luis speaking.
C: Hi. I ordered from you on Thursday and specifically wrote "shellfish allergy" on the order. There was shrimp tempura in my roll.
A: I'm very sorry. Are you okay?
C: I'm fine, I noticed before I ate it. But that's not the point. Someone could end up in the hospital.
A: You're absolutely right. I'll refund that order in full and talk to the kitchen today.
C: A refund doesn't really fix it. I'd like to know that the note actually gets read next time.
A: I'll make sure the manager calls you back about our process. Can I take your number?
C: It's on the order. Honestly, I don't think there's going to be a next time.""",
        False, 0.0, "negative",
        "allergy complaint; refund only, no order; 'I don't think there's going to be a next time'",
    ),
    (
        "FR75_043", "Bethany Moore", "2026-11-08T11:46:58", "asr",
        """A: sugar and sprinkle bakery this is bethany
C: hi we're getting married in april and we've heard amazing things about your cakes
A: aw congratulations are you interested in a tasting
C: yes how does that work
A: you come in try four flavors and meet our decorator it's twenty five dollars and that comes off the cake if you book with us
C: oh that's great can we do a saturday
A: i have saturday the twenty eighth at eleven or at two
C: eleven please
A: okay tasting for two saturday the twenty eighth at eleven under
C: morgan and eli
A: perfect you're booked
C: yay thank you we're so excited""",
        True, 0.0, "positive",
        "tasting appointment booked, picked eleven from offered times; no add-on; 'we're so excited'",
    ),
    (
        "FR75_044", "Kenji Watanabe", "2026-11-21T10:27:35", "asr",
        """A: greenbasket kenji speaking
C: yeah quick one i've got an order coming at noon can i add stuff to it i'm about to run out
A: sure what do you need
C: a box of cheerios two limes and paper towels the big pack
A: okay added and just so you know rotisserie chickens are on sale today six ninety nine
C: uh yeah two of those
A: so cheerios two limes twelve pack paper towels and two rotisserie chickens added new total eighty eight twenty same noon window okay
C: yep fine gotta go""",
        True, 13.98, "neutral",
        "added items confirmed 'yep fine'; agent-suggested rotisserie chickens at six ninety nine, 'two of those' = 13.98; rushed, flat",
    ),
    (
        "FR75_045", "Rosa Delgado", "2026-11-12T17:59:40", "clean",
        """A: Trattoria Bella, Rosa speaking.
C: Hi, your website says you have a 7:00 table for four tonight, but it won't let me book it.
A: I'm sorry, the website isn't always current. Tonight I actually have 6:00 or 8:30 for four.
C: So the website is just wrong. Great.
A: I'm sorry about that. Would one of those work?
C: Fine, 8:30. It's ridiculous that it shows times you don't have.
A: I'll pass that on. So four people, tonight at 8:30, under which name?
C: Barnes.
A: Barnes, party of four, 8:30 tonight. Is that correct?
C: Yes.""",
        True, 0.0, "negative",
        "picked 8:30 from offered times and confirmed 'Yes.'; 'It's ridiculous that it shows times you don't have'",
    ),
    (
        "FR75_046", "Sam Whitaker", "2026-11-13T18:21:16", "asr",
        """A: thai orchid sam speaking
C: hi um i'm thinking of ordering but i had some questions first
A: sure go ahead
C: how spicy is the jungle curry like on a scale
A: it's pretty hot we can make it mild though
C: okay and the massaman does that have peanuts
A: yes it does peanuts and potatoes
C: hmm okay and how much is the family dinner for four
A: that's sixty four dollars it's two mains a salad rice and spring rolls
C: okay um let me wait till my husband gets home and we'll call back
A: sounds good""",
        False, 0.0, "neutral",
        "questions only, then deferral 'let me wait till my husband gets home and we'll call back'",
    ),
    (
        "FR75_047", "Ingrid Solberg", "2026-11-20T07:41:53", "asr",
        """A: northside coffee this is ingrid
C: good morning can i get two vanilla lattes for pickup please
A: sure thing hot or iced
C: hot both medium
A: want to make one a combo with a breakfast sandwich it's three more
C: ooh yes the bacon and egg one please just for one of them
A: okay two medium hot vanilla lattes one as a combo with a bacon and egg sandwich that's fourteen sixty
C: perfect that's right
A: ready in about eight minutes
C: lovely thank you you just made my morning""",
        True, 3.0, "positive",
        "combo 'three more' accepted for one drink = 3.00; confirmed 'perfect that's right'; 'you just made my morning'",
    ),
    (
        "FR75_048", "Marcus Bell", "2026-11-16T11:33:02", "clean",
        """A: Smokehouse Catering, Marcus.
C: Hi, I'm calling to lock in Thanksgiving. Turkey dinner for twenty, pickup on the 26th.
A: I'm sorry, we're completely booked for Thanksgiving. We stopped taking orders last Friday.
C: What? I called three weeks ago and the woman said there was plenty of room and to call back closer to the date.
A: I'm really sorry you were told that. We're at kitchen capacity.
C: Can you do a smaller one then? Even for twelve?
A: I'm afraid not, there's nothing left for the 26th at all.
C: This is a disaster. I don't have time to find anyone else. Thanks a lot.""",
        False, 0.0, "negative",
        "fully booked, nothing could be ordered; 'This is a disaster... Thanks a lot' (sarcastic)",
    ),
    (
        "FR75_049", "Marisol Vega", "2026-11-27T19:16:38", "asr",
        """A: tony's pizza marisol speaking
C: hi can i get a large pepperoni and olive for delivery
A: sure and do you want stuffed crust on that it's three extra
C: yeah okay do the stuffed crust
A: and we have ten wing special tonight ten ninety nine
C: no just the pizza
C: oh actually instead of olive can you do jalapeno
A: sure large pepperoni and jalapeno with stuffed crust that's twenty two forty with delivery to
C: ninety one harbor view
A: ninety one harbor view got it about forty minutes does everything look right
C: yeah that's right""",
        True, 3.0, "neutral",
        "topping swapped, read-back confirmed 'yeah that's right'; stuffed crust 'three extra' accepted = 3.00; wings declined; flat",
    ),
    (
        "FR75_050", "Derek Okafor", "2026-11-03T14:08:29", "asr",
        """A: petal and stem derek speaking
C: hi i want to send a small bouquet to my friend in the hospital the thirty dollar one
A: sure which hospital
C: saint luke's across town
A: okay that's outside our local zone so delivery would be twenty five
C: twenty five dollars just to drive some flowers across town
A: i know it's a lot it's the zone pricing
C: that's almost as much as the flowers no way that's a rip off
A: i understand you could pick it up and bring it yourself
C: no thanks i'll find someone else""",
        False, 0.0, "negative",
        "abandoned over the delivery fee: 'that's a rip off', 'no thanks i'll find someone else'",
    ),
    (
        "FR75_051", "Hannah Lindqvist", "2026-11-25T17:54:11", "clean",
        """A: Golden Wok, Hannah speaking.
C: Hi. Pickup. Kung pao chicken, one egg roll, white rice.
A: Anything to drink?
C: No.
A: Okay, kung pao chicken, one egg roll, white rice. $16.20. Name?
C: Pete.
A: Fifteen minutes, Pete. Is that all correct?
C: Yes.
A: See you soon.
C: Bye.""",
        True, 0.0, "neutral",
        "read-back confirmed 'Yes.'; drink declined; curt, flat",
    ),
    (
        "FR75_052", "Tomas Ibarra", "2026-11-17T15:19:45", "asr",
        """A: freshcart delivery this is tomas
C: yeah i want to cancel my delivery pass the last two orders had smashed strawberries and bruised avocados and i was still charged full price
A: i'm really sorry about that let me refund those items for you that's eleven forty back to your card
C: okay but i still want to cancel
A: i understand before i do that i can give you two months of the pass free so you can see if it gets better
C: two months free
A: yes no charge until february
C: okay fine i'll keep it for now but if it happens again i'm done for real
A: that's fair i've applied the two free months
C: yeah whatever we'll see""",
        True, 0.0, "negative",
        "save offer accepted 'okay fine i'll keep it for now' (retention counts); refund and free months are not upsell; 'whatever we'll see'",
    ),
    (
        "FR75_053", "Priya Raman", "2026-11-19T16:47:22", "asr",
        """A: lantern house this is priya
C: hi i want to book dinner for my husband's birthday next friday just the two of us
A: lovely next friday i have seven or seven forty five
C: seven forty five please
A: and for birthdays our pastry chef can make a small celebration cake with his name for thirty five
C: oh that's sweet yes please do that he'll be so surprised
A: wonderful so two people next friday the twenty seventh at seven forty five with a celebration cake what name on the cake
C: just theo
A: lovely theo it is you're all booked
C: thank you so much this is perfect""",
        True, 35.0, "positive",
        "picked seven forty five from offered times, agent confirms booked; celebration cake 'for thirty five' accepted = 35.00; 'this is perfect'",
    ),
    (
        "FR75_054", "Colin Byrne", "2026-11-24T10:52:18", "clean",
        """A: Bean & Barrel, Colin speaking.
C: Hi, I run a small cafe and buy your Ethiopia Yirgacheffe in five-pound bags. I'd like two more.
A: I'm sorry, that lot sold out on Friday and the new one won't land until mid-December.
C: Hm. What else is similar?
A: The Kenya AA is close, a bit brighter. Or the Colombian Huila.
C: No, my regulars want the Ethiopian specifically. I'll wait for the new lot.
A: Want me to email you when it's in?
C: Sure, you have my address.
A: Will do.
C: Thanks.""",
        False, 0.0, "neutral",
        "sold out, alternatives refused 'I'll wait for the new lot'; 'Sure' answers the email offer, not a purchase",
    ),
    (
        "FR75_055", "Aisha Mensah", "2026-11-05T13:29:30", "asr",
        """A: bloom and branch aisha speaking
C: hi i manage the front office at dalton law and we want fresh flowers in the lobby every week
A: lovely our standard weekly arrangement is sixty a week or the seasonal premium is eighty
C: okay and is delivery included
A: yes and we swap out the old ones when we drop off
C: that sounds good um can you send me something in writing i'll need the partners to sign off on it
A: of course i'll email a proposal with both options
C: great it's reception at dalton law dot com
A: got it you'll have it this afternoon
C: okay thanks""",
        False, 0.0, "neutral",
        "'that sounds good' but needs partner sign-off and a written proposal: deferral, no commitment",
    ),
    (
        "FR75_056", "Greg Kowalski", "2026-11-10T11:04:56", "clean",
        """A: Hartwell Catering, Greg.
C: Hi, I got your quote for the sales kickoff lunch, thirty people at $22 a head.
A: Yes. I should mention that since then our prices went up, it's $24 a head now.
C: Oh perfect, so the price went up since the quote. That's always fun.
A: I'm sorry. I can add coffee service for $2.50 a person if that helps make it worthwhile.
C: Fine, add coffee, we'll need it after that. Book it for the 19th.
A: Thirty lunches at $24 and coffee for thirty, the 19th at noon, at your office. Confirmed?
C: Confirmed. Next time honor your own quote.
A: Noted. You're booked.
C: Right.""",
        True, 75.0, "negative",
        "'Book it for the 19th', 'Confirmed.'; coffee $2.50 a person for thirty = 75.00; sarcasm 'Oh perfect... That's always fun', 'Next time honor your own quote'",
    ),
    (
        "FR75_057", "Naomi Feld", "2026-11-22T14:40:12", "asr",
        """A: stackhouse burgers naomi speaking
C: yeah hi i'm calling about the downtown location i went through the drive thru an hour ago
A: okay what happened
C: i waited twenty minutes in line and then they gave me someone else's order and when i went back in the guy rolled his eyes at me
A: i'm so sorry that's not okay can i get your name so i can pass it on to the manager
C: kevin ortiz
A: thank you kevin i'll also send you a coupon for a free meal
C: i don't really want a coupon i want people there to not be rude
A: absolutely i'll make sure the manager hears about it
C: yeah okay we'll see""",
        False, 0.0, "negative",
        "complaint only, no order; 'i don't really want a coupon i want people there to not be rude'",
    ),
    (
        "FR75_058", "Luis Carrillo", "2026-11-25T18:06:44", "asr",
        """A: sakura sushi luis speaking
C: hey luis it's ben again the usual for pickup
A: hey ben omakase for two
C: yep you got it
A: want a couple miso soups tonight it's chilly out they're three each
C: oh yeah good call two misos
A: so omakase for two and two miso soups that's ninety six ready at seven fifteen
C: perfect that's right
A: see you then
C: you guys never miss thanks luis""",
        True, 6.0, "positive",
        "'yep you got it', read-back confirmed 'perfect that's right'; two miso soups at three each = 6.00; 'you guys never miss'",
    ),
    (
        "FR75_059", "Bethany Moore", "2026-11-26T10:18:33", "clean",
        """A: Sugar & Sprinkle, Bethany speaking.
C: Hi, I'm calling to pay the deposit on the custom baby shower cake, the one with the little elephants. Order for Kaplan.
A: Yes, I have it here. The deposit is $50. Go ahead with the card whenever you're ready.
C: Okay, I've read it out.
A: Hmm, I'm sorry, it's showing declined.
C: Oh no. Let me try my other card, that one's probably expired.
A: Sure. ... That one went through. The cake is locked in for December 5th.
C: Oh, thank goodness. I was panicking for a second there.
A: No worries at all, you're all set.
C: Thank you so much, I really appreciate your patience.""",
        True, 0.0, "positive",
        "first card declined but second card went through and the cake is locked in; relieved 'thank goodness', 'I really appreciate your patience'",
    ),
    (
        "FR75_060", "Kenji Watanabe", "2026-11-27T12:55:09", "asr",
        """A: greenbasket groceries kenji speaking
C: hi um my sister uses you and i was wondering how it works
A: sure you pick your items on the app or over the phone and we deliver in a two hour window delivery is five ninety five or free with the pass
C: and the pass is how much
A: nine ninety nine a month
C: okay um i'm interested can you just email me the details and i'll look at it
A: of course what's your email
C: it's priya s at mailbox dot com
A: sent
C: okay thanks""",
        False, 0.0, "neutral",
        "'i'm interested can you just email me the details' is interest without commitment; price only asked about",
    ),
]
