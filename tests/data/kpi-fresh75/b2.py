CALLS = [
    (
        "FR75_021", "Priya Raman", "2026-11-07T19:14:22", "asr",
        """A: hi thanks for calling the copper pot this is priya
C: hi yeah i'd like to order delivery um the grilled chicken sandwich and the mushroom burger
A: sure both come with regular fries or i can sub sweet potato fries for a dollar fifty
C: oh sweet potato on the burger please the sandwich can stay regular
A: okay and anything else
C: a side of coleslaw
A: so one grilled chicken sandwich with fries one mushroom burger with sweet potato fries and a side of coleslaw that's thirty one forty with delivery sound right
C: yep sounds right
A: we'll have it out in about forty minutes
C: oh that's quicker than last time nice honestly your mushroom burger is the best in town""",
        True, 1.5, "positive",
        "read-back confirmed 'yep sounds right'; sweet potato fries swap 'for a dollar fifty' accepted on one burger = 1.50; 'the best in town'",
    ),
    (
        "FR75_022", "Colin Byrne", "2026-11-09T09:03:55", "clean",
        """A: Bean & Barrel, Colin speaking.
C: Hi, I'm calling in a pickup order for my team. Two flat whites, a large Americano, a chai latte, and two hot chocolates.
A: Okay. Two flat whites, one large Americano, one chai latte, two hot chocolates. Total is $27.40.
C: Sorry, make that one hot chocolate and one regular drip coffee.
A: No problem. So two flat whites, a large Americano, a chai, one hot chocolate and one drip coffee. That's $26.10. Correct?
C: Correct.
A: Name for the order?
C: Eastman.
A: Ready in about ten minutes.
C: Okay.""",
        True, 0.0, "neutral",
        "item swapped then corrected read-back confirmed 'Correct.'; no add-ons; flat 'Okay.'",
    ),
    (
        "FR75_023", "Aisha Mensah", "2026-11-12T10:41:17", "asr",
        """A: bloom and branch this is aisha
C: hi i ordered an arrangement for my mom's birthday on saturday and she sent me a picture and half of it is wilted already
A: oh no i'm sorry to hear that can you give me the order name
C: teresa gomez it was the seventy five dollar one with the orange roses
A: okay i see it i'm so sorry we can send a fresh replacement tomorrow at no charge
C: i mean yeah send the replacement but it's kind of embarrassing it was her birthday
A: i completely understand we'll make sure it's extra fresh
C: it should have been fresh the first time
A: you're right i'm sorry
C: fine but if these die in two days too i'm not ordering from you again""",
        False, 0.0, "negative",
        "complaint; accepting a free replacement is not a purchase; ends 'if these die in two days too i'm not ordering from you again'",
    ),
    (
        "FR75_024", "Greg Kowalski", "2026-11-05T15:27:38", "asr",
        """A: hartwell catering this is greg
C: hi greg we spoke last week about the rehearsal dinner for the fourteenth i'm ready to book it
A: oh great the italian family style menu for thirty guests right that was thirty two a head
C: yes that's the one
A: perfect do you want a bartender for the evening it's two hundred for four hours and they bring all the bar tools you just supply the drinks
C: oh yes that would take so much off my plate let's add the bartender
A: okay so family style italian for thirty guests on the fourteenth at six plus one bartender for four hours i'll need a deposit of three hundred to hold it
C: that's fine put it on the card i gave you last time
A: done you're booked
C: amazing thank you greg you've made this so easy""",
        True, 200.0, "positive",
        "'i'm ready to book it', deposit paid; bartender 'two hundred for four hours' accepted 'let's add the bartender' = 200.00; 'you've made this so easy'",
    ),
    (
        "FR75_025", "Naomi Feld", "2026-11-14T18:55:04", "clean",
        """A: Stackhouse Burgers, Naomi speaking. Pickup or delivery?
C: Delivery. One classic burger, one veggie burger, two fries.
A: Okay. Just a heads-up, delivery is about forty-five minutes right now.
C: Oh great, forty-five minutes for two burgers. Love that for me.
A: Sorry, Saturday rush. Would you still like to place it?
C: What choice do I have, I'm starving. Yes, place it.
A: Okay, one classic, one veggie, two fries, $29.60 with delivery, going to 19 Larch Street?
C: Yes. And maybe tell the driver it's not a scavenger hunt this time, he got lost last week.
A: I'll add a note.
C: Sure you will.""",
        True, 0.0, "negative",
        "'Yes, place it' and read-back confirmed 'Yes.'; sarcasm 'Oh great, forty-five minutes... Love that for me', 'Sure you will'",
    ),
    (
        "FR75_026", "Luis Carrillo", "2026-11-21T12:30:46", "asr",
        """A: sakura sushi luis speaking
C: hi i want to order the party platter for pickup at five the big one
A: the fifty two piece platter sure that's ninety five dollars
C: yeah that one
A: do you want edamame with that we do a large bowl for five dollars and people usually get a few for a party
C: um how many people does one do
A: like four or five
C: okay give me three of those then
A: alright one fifty two piece party platter and three large edamame for pickup at five that's one ten before tax is that right
C: mhm that's right
A: great under what name
C: alvarez""",
        True, 15.0, "neutral",
        "read-back confirmed 'mhm that's right'; edamame 'for five dollars', three accepted = 15.00; matter-of-fact",
    ),
    (
        "FR75_027", "Bethany Moore", "2026-11-04T13:17:29", "asr",
        """A: sugar and sprinkle bakery bethany speaking
C: hi i saw on your instagram you do the sculpted cakes i want one shaped like a soccer ball for my son's party
A: oh yes those are fun for a soccer ball serving about twenty it would be one eighty
C: one hundred eighty dollars
A: yes it's a lot of hand work and fondant
C: for a cake that's insane the whole party doesn't cost that much
A: i could do a round cake with a soccer design on top for fifty five
C: no i wanted the ball that's the whole point honestly that price is a joke forget it""",
        False, 0.0, "negative",
        "abandoned on price; cheaper alternative refused; 'that price is a joke forget it'",
    ),
    (
        "FR75_028", "Kenji Watanabe", "2026-11-16T17:48:13", "clean",
        """A: GreenBasket Groceries, this is Kenji.
C: Hi, I just moved here and a neighbor said you deliver. I've never done grocery delivery before.
A: Welcome! It's easy. I can set up your first order now if you like.
C: Yes, let's do that. Bananas, a dozen eggs, whole milk, sourdough bread, two pounds of ground turkey, and a bag of spinach.
A: Got it. For first orders delivery is free. We also have a 30-day free trial of the delivery pass.
C: I'll skip the trial for now, but thanks.
A: No problem. So that's bananas, a dozen eggs, whole milk, sourdough, two pounds of ground turkey and spinach, $34.80, delivered tomorrow between 9 and 11. Sound right?
C: Sounds right. This is so much easier than I expected.
A: Great, you're all set.
C: Thank you, this is a huge help while I'm still unpacking.""",
        True, 0.0, "positive",
        "'Yes, let's do that' and read-back confirmed 'Sounds right'; free trial declined, no priced add-on; 'a huge help'",
    ),
    (
        "FR75_029", "Rosa Delgado", "2026-11-11T16:20:42", "asr",
        """A: trattoria bella this is rosa
C: hi i'd like to reserve for the prix fixe night on the twenty eighth for two people
A: sure for the twenty eighth i have a six o'clock or a seven thirty
C: seven thirty please
A: the prix fixe is fifty five a person four courses and we can add a dessert wine with the last course for twelve each
C: uh no thanks just the dinner
A: okay two people seven thirty on saturday the twenty eighth prix fixe under what name
C: halvorsen
A: so halvorsen party of two seven thirty the twenty eighth is that correct
C: yeah that's correct
A: you're all booked
C: okay thanks""",
        True, 0.0, "neutral",
        "picked seven thirty from offered times, confirmed 'yeah that's correct'; dessert wine declined 'no thanks just the dinner'; flat",
    ),
    (
        "FR75_030", "Sam Whitaker", "2026-11-23T19:08:31", "asr",
        """A: thai orchid this is sam thanks for holding
C: yeah i've been on hold for like twelve minutes just to order food this is ridiculous
A: i'm sorry it's a busy night what can i get you
C: one green curry with chicken medium spicy and one pad see ew
A: okay rice with the curry
C: yes obviously
A: alright one chicken green curry medium with rice one pad see ew pickup in thirty minutes twenty eight fifty is that right
C: yeah that's right
A: great see you soon
C: hopefully it's actually ready when i get there""",
        True, 0.0, "negative",
        "read-back confirmed 'yeah that's right'; 'this is ridiculous', 'hopefully it's actually ready when i get there'",
    ),
    (
        "FR75_031", "Ingrid Solberg", "2026-11-13T10:36:27", "clean",
        """A: Northside Coffee, Ingrid speaking.
C: Hi, I've been buying your house blend by the bag and someone mentioned you do a subscription?
A: We do! A 12-ounce bag shipped every two weeks for $18 a month, and you can pick the roast each time.
C: Does shipping cost extra?
A: Shipping is included.
C: And can I pause it if I'm traveling?
A: Yes, anytime from your account.
C: Okay, sounds good. I'll think about it and maybe sign up on the website this weekend.
A: Sounds great, the link is on our homepage.
C: Thanks.""",
        False, 0.0, "neutral",
        "interest only: 'Sounds good. I'll think about it and maybe sign up ... this weekend'",
    ),
    (
        "FR75_032", "Marcus Bell", "2026-11-18T14:02:50", "asr",
        """A: smokehouse catering this is marcus
C: hey marcus i need barbecue for thirty people saturday it's my dad's seventieth
A: happy birthday to him our backyard package is pulled pork brisket coleslaw beans and cornbread fifteen a head
C: perfect let's do that for thirty
A: we also do a half pan of mac and cheese for thirty five it feeds about thirty people
C: oh he loves mac and cheese yes add it
C: oh and actually take the coleslaw off nobody in my family eats it
A: sure no coleslaw so that's the backyard package for thirty with no coleslaw plus one half pan of mac and cheese saturday at two delivered to eighteen willow drive four eighty five total is that right
C: yes that's right
A: you're all set
C: awesome thank you so much this is gonna be great""",
        True, 35.0, "positive",
        "'let's do that for thirty', read-back confirmed; mac and cheese half pan 'for thirty five' accepted = 35.00 (coleslaw removal is no refund in total); 'this is gonna be great'",
    ),
    (
        "FR75_033", "Marisol Vega", "2026-11-20T19:47:03", "asr",
        """A: tony's pizza this is marisol
C: hey um can i get a large buffalo chicken pizza and a caesar salad
A: sure is this for delivery to twenty two pine street like last time
C: yes
A: okay large buffalo chicken and a caesar salad twenty six ninety want me to go ahead and send that
C: uh hold on one sec my roommate's saying something
C: oh she already ordered chinese for both of us never mind sorry
A: no worries have a good night
C: yeah you too sorry about that""",
        False, 0.0, "neutral",
        "'yes' confirms the address only; closing question answered 'never mind sorry'; apologetic, neutral",
    ),
    (
        "FR75_034", "Derek Okafor", "2026-11-24T11:25:19", "clean",
        """A: Petal & Stem, Derek speaking.
C: Hi! My twin nieces turn ten on Friday and I want to send them something fun.
A: How about our Bright Days bouquet? Sunflowers and gerberas, $55.
C: Love it, let's do that.
A: We can also tie on a mylar birthday balloon, $6.99 each.
C: Oh, two balloons then, one for each of the girls.
A: Perfect. Bright Days bouquet with two birthday balloons, delivered Friday to 7 Mill Road, card signed "Love, Aunt Jo." Is that all right?
C: That's exactly right.
A: Great, it's booked for Friday.
C: Thank you so much, they're going to be thrilled!""",
        True, 13.98, "positive",
        "'let's do that' and read-back confirmed; two balloons at $6.99 each = 13.98; 'they're going to be thrilled!'",
    ),
    (
        "FR75_035", "Hannah Lindqvist", "2026-11-02T18:12:45", "asr",
        """A: golden wok hannah speaking pickup or delivery
C: pickup please sesame chicken and a vegetable lo mein
A: okay do you want to add crab rangoon tonight it's seven fifty for six
C: uh sure yeah
A: and anything to drink
C: hang on my wife's saying something
C: actually no take the rangoon off she says it's too much food
A: no problem so just sesame chicken and vegetable lo mein twenty one eighty pickup in fifteen minutes that right
C: yeah that's right
A: okay see you soon
C: okay bye""",
        True, 0.0, "neutral",
        "read-back confirmed 'yeah that's right'; crab rangoon accepted then retracted 'take the rangoon off' so upsell 0; flat",
    ),
    (
        "FR75_036", "Tomas Ibarra", "2026-11-19T13:51:34", "asr",
        """A: freshcart delivery this is tomas
C: hi i just need a few things milk bread and some cold medicine i'm sick and can't go out
A: sorry you're not feeling well um so our minimum order for delivery is thirty five dollars and that comes to about eighteen
C: so i have to buy seventeen dollars of stuff i don't need
A: or there's a small order fee of nine ninety nine instead
C: ten dollars to deliver eighteen dollars of stuff are you kidding me
A: i'm sorry that's the policy
C: that's a ridiculous policy i'll just ask my neighbor thanks for nothing""",
        False, 0.0, "negative",
        "refused the minimum/small-order fee; 'that's a ridiculous policy ... thanks for nothing'",
    ),
    (
        "FR75_037", "Priya Raman", "2026-11-09T12:05:08", "clean",
        """A: Lantern House, Priya speaking.
C: Hi, I'm organizing our office holiday dinner. Twelve people, some time the week of December 7th.
A: Lovely. For twelve, our holiday prix fixe is $65 per person. On Thursday the 10th I can offer 5:00 or 7:30.
C: Let's do 5:00, people want to get home early.
A: Of course. We also do a champagne toast at the start for $12 per person.
C: Yes, for all twelve, that's a nice touch.
A: Wonderful. So that's twelve guests, Thursday, December 10th at 5:00, holiday prix fixe with a champagne toast for all twelve, under Beacon Dental. Correct?
C: Correct. Can we bring our own cake?
A: Yes, there's no cake fee for parties this size.
C: Fantastic. Thank you, this was so much easier than I feared.""",
        True, 144.0, "positive",
        "picked 5:00 from offered times, confirmed 'Correct.'; champagne toast $12 per person for all twelve = 144.00; 'so much easier than I feared'",
    ),
    (
        "FR75_038", "Colin Byrne", "2026-11-16T08:14:52", "asr",
        """A: bean and barrel colin speaking
C: yeah hi last week i ordered the coffee box for our meeting and you sent decaf in both carafes and honestly half the room was asleep
A: oh no i'm sorry let me look it up what's the company name
C: weller and sons
A: okay i see it i'm refunding the full forty two dollars on that right now and i'll put a note on your account
C: okay well thank you i didn't expect that
C: i actually need the same box again for thursday morning but regular this time
A: absolutely one coffee box regular both carafes with cups and creamer thursday at eight forty two dollars should i put that in
C: yes please put it in
A: done it's booked and i wrote regular in big letters
C: ha perfect thanks for sorting it out i really appreciate it""",
        True, 0.0, "positive",
        "'yes please put it in' to the closing question; refund is not upsell; complaint opening but ends 'thanks for sorting it out i really appreciate it'",
    ),
    (
        "FR75_039", "Aisha Mensah", "2026-11-25T15:43:16", "clean",
        """A: Bloom & Branch, this is Aisha.
C: Hi, I'm getting married in June and wanted a ballpark for flowers. Bridal bouquet, four bridesmaids, and centerpieces for ten tables.
A: Congratulations! For that, with our seasonal flowers, you'd be looking at roughly $3,400, plus setup.
C: Three thousand four hundred? For flowers?
A: Centerpieces are the bulk of it. We could do smaller bud vases to bring it down to around $2,200.
C: That's still more than our whole venue. No thank you, that's absurd.
A: I understand. Would you like me to send our brochure anyway?
C: No, don't bother.""",
        False, 0.0, "negative",
        "price too high, cheaper option refused: 'No thank you, that's absurd', 'No, don't bother'",
    ),
    (
        "FR75_040", "Greg Kowalski", "2026-11-26T09:30:41", "asr",
        """A: hartwell catering greg speaking
C: hi i need a hot breakfast for our board meeting tomorrow eighteen people
A: sure our hot breakfast is eggs bacon potatoes fruit and pastries for sixteen a head so two eighty eight
C: okay yeah let's do that delivered at seven thirty
A: alright eighteen hot breakfasts to the granger building tomorrow at seven thirty
C: oh wait hold on my boss is messaging me
C: ugh she says they're just doing bagels from the place downstairs so cancel that sorry
A: no problem nothing's been charged
C: okay thanks""",
        False, 0.0, "neutral",
        "'let's do that' then retracted 'so cancel that sorry'; 'ugh' is at the boss, not the company; flat close",
    ),
]
