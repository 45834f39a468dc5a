CALLS = [
("FR71_021", "Janelle Brooks", "2026-11-16T11:22:00", "clean",
"""A: Wildflower Studio, this is Janelle.
C: Hi! I'm getting married in June and a friend told me you do amazing work with ranunculus.
A: Congratulations! We do, ranunculus are one of our specialties. Peach, white, burgundy, you name it.
C: Oh, I love that. Do you have a portfolio I could look at?
A: It's on our website under Weddings, and we also keep sample books in the shop.
C: Perfect. I'll just stop by the shop on Saturday and flip through them.
A: Would you like me to book a consultation slot for you while you're here?
C: Not yet, I want to see the books first. But honestly, everything I've seen from you is gorgeous.
A: That's so kind. We're open 9 to 5 on Saturday.
C: Great, see you then. Thank you!""",
False, 0.0, "positive", "consultation offer declined 'Not yet, I want to see the books first'; 'everything I've seen from you is gorgeous'"),

("FR71_022", "Hiroshi Tanaka", "2026-11-16T14:48:00", "asr",
"""A: careplus pharmacy hiroshi speaking
C: hi um my doctor just sent in an antibiotic for me and i wanted to know if my insurance covers it
A: let me check yes it's covered your copay is twelve dollars
C: okay yeah that's fine go ahead and fill it
A: will do it'll be ready in about an hour we can also deliver it today for three ninety nine
C: yes please deliver it i really can't drive right now i had surgery on my foot
A: oh i'm sorry to hear that so the antibiotic with same day delivery your total is fifteen ninety nine
C: yep
A: the driver will call you when they're close
C: you're so kind thank you this is such a relief""",
True, 3.99, "positive", "'go ahead and fill it'; same-day delivery three ninety nine accepted 'yes please deliver it'; 'such a relief'"),

("FR71_023", "Fatima Haddad", "2026-11-17T10:03:00", "clean",
"""A: Summit Outfitters, this is Fatima.
C: Hi, I'm looking at the Ridgeline down jacket online. Is the price on the site right, $239?
A: Yes, that's correct. It's $239 in all colors.
C: And how much is shipping to Vermont?
A: Standard is free, and it takes 4 to 6 business days. Express is $18.
C: Okay. Does it run small?
A: It's true to size, but if you layer underneath, some people size up.
C: Okay, good to know. I'll think about it, I'm comparing a couple of brands.
A: Sure. Anything else I can help with?
C: No, that's all. Thanks.""",
False, 0.0, "neutral", "only price and sizing questions; 'I'll think about it'"),

("FR71_024", "Colin McBride", "2026-11-17T19:05:00", "asr",
"""A: tony's pizza colin speaking
C: oh great you actually picked up i've called three times
A: sorry about that it's been busy tonight what can i get you
C: two medium cheese pizzas for delivery
A: sure want me to make those larges it's just two dollars more each
C: no i want mediums that's why i said mediums
A: okay no problem and we've got wings tonight eight ninety nine for ten
C: no just the pizzas please
A: alright two medium cheese delivery to ninety one birch lane that's twenty seven sixty with delivery correct
C: yes correct how long
A: about forty five minutes
C: forty five wonderful can't wait""",
True, 0.0, "negative", "read-back 'yes correct'; large upgrade and wings declined; sarcasm 'oh great you actually picked up', 'forty five wonderful can't wait'"),

("FR71_025", "Lucia Ferreira", "2026-11-18T09:35:00", "clean",
"""A: Happy Tails Pet Supply and Grooming, this is Lucia.
C: Hi, I'd like to book a bath and trim for my goldendoodle, Biscuit.
A: Sure. I have Thursday at 10 or Friday at 2.
C: Thursday at 10 works.
A: Great. While he's here, we can add a nail trim for $10 and teeth brushing for $8.
C: Oh, do both. His nails click on the floor all night.
A: Ha, we'll fix that. So Biscuit, Thursday at 10, full groom with nails and teeth.
C: Perfect. You guys did such a great job last time.
A: Thank you! See you Thursday.
C: See you then!""",
True, 18.00, "positive", "grooming booked Thursday at 10; nail trim $10 + teeth $8 'do both' = 18.00; 'such a great job last time'"),

("FR71_026", "Andre Dupont", "2026-11-18T15:12:00", "asr",
"""A: shopwell customer service this is andre
C: finally i've been on hold for almost forty minutes
A: i apologize for the wait how can i help
C: i need to cancel an order i placed yesterday the kids art easel
A: let me find it okay i see it it hasn't shipped so i can cancel it
C: good do that
A: can i ask if there was a problem maybe i can help with a different easel
C: no the problem is it said two day delivery and now it says two weeks
A: i'm sorry about that i've cancelled it and the refund will go back to your card
C: forty minutes on hold to cancel one order ridiculous
A: again i'm really sorry for the wait
C: yeah yeah bye""",
False, 0.0, "negative", "order cancelled, alternative refused; 'forty minutes on hold to cancel one order ridiculous'"),

("FR71_027", "Keisha Howard", "2026-11-19T13:45:00", "clean",
"""A: Fig and Barley Catering, Keisha speaking.
C: Hi, I'm planning our team's holiday lunch, about 30 people, and I saw your Mediterranean package.
A: That's one of our favorites. It's $28 a person and includes the mezze, two mains, and baklava.
C: Oh, that sounds amazing. Do you handle vegetarian and gluten-free?
A: Yes, we label everything and can swap in a GF main.
C: This is exactly what we were looking for. I need to run it by my manager, though, since it's her budget.
A: Of course. Would you like me to pencil in December 15th for you?
C: Let me check with her first, I don't want to promise anything. I'll call you by Friday.
A: Sounds good. I'll email you the menu so you can share it.
C: Wonderful, thank you so much!""",
False, 0.0, "positive", "'I need to run it by my manager', refuses pencil-in 'Let me check with her first'; 'exactly what we were looking for'"),

("FR71_028", "Nikolai Petrov", "2026-11-19T11:18:00", "asr",
"""A: petal and vine nikolai speaking
C: hi i want to send flowers to my aunt she's at saint mary's hospital
A: sure do you know which unit she's in
C: um i think it's the i c u she had heart surgery
A: oh i'm sorry unfortunately saint mary's doesn't allow fresh flowers in the i c u for infection reasons
C: oh really i didn't know that
A: yeah we could send a balloon bouquet instead those are allowed or wait until she moves to a regular room
C: hm no she'd hate balloons
A: we could deliver to her home for when she gets back
C: yeah maybe i'll call back when i know she's going home
A: that sounds good we'll be here
C: okay thanks for letting me know""",
False, 0.0, "neutral", "hospital ICU bans flowers; alternatives refused 'she'd hate balloons', deferral 'i'll call back when i know'"),

("FR71_029", "Sofia Lindqvist", "2026-11-20T12:30:00", "clean",
"""A: StrideRun online orders, this is Sofia.
C: Hi, I'd like to order two pairs of the Tempo 5 running shoes, a women's 8 and a men's 11.
A: Sure, those are $129.95 each. Any color preference?
C: Blue for me, black for my husband.
A: Got it. We also have our cushioned running socks in a three-pack for $14.99. Want to add any?
C: Oh, yes. Throw in two of those, one for each of us.
A: Two three-packs. Would you like express shipping for $19.99?
C: No, regular's fine, we're not in a rush.
A: Okay, so two pairs of Tempo 5s and two sock packs, $289.88, free standard shipping. Shall I place it?
C: Yes, go ahead. You've got the best prices I've found, by the way.
A: Glad to hear it! The order's in.
C: Great, thank you!""",
True, 29.98, "positive", "socks $14.99 per pack, 'Throw in two of those' = 29.98; express declined; 'Yes, go ahead'; 'best prices I've found'"),

("FR71_030", "Marcus Bell", "2026-11-20T17:10:00", "asr",
"""A: greenway pharmacy this is marcus
C: yeah hi i'm calling about my blood pressure refill for the third day in a row
A: okay can i get your date of birth
C: august ninth nineteen fifty four
A: thank you i see it it's waiting on the doctor's approval still
C: that's what you said yesterday and the day before
A: i know i'm sorry i called the office again this morning it should be ready by four today
C: fine i'll come at four but this is ridiculous i've been out for two days
A: i completely understand i'll call you if anything changes
C: you'd better""",
False, 0.0, "negative", "status call about an existing refill, no purchase; 'this is ridiculous', 'you'd better'"),

("FR71_031", "Aisha Mensah", "2026-11-23T12:05:00", "clean",
"""A: Burger Barn, this is Aisha. What can I get for you?
C: One double cheeseburger meal with a Coke.
A: Sure. Would you like to add a milkshake for $4.50?
C: Yes. Actually, make it two, my daughter will want one.
A: Two milkshakes, what flavors?
C: Chocolate and strawberry.
A: Got it. Anything else?
C: Oh wait, is it too late to swap the fries for onion rings?
A: Not at all, onion rings are $1 extra.
C: That's fine.
A: So a double cheeseburger meal with onion rings and a Coke, one chocolate and one strawberry shake. $19.49. Ready in 10 minutes.
C: Okay. That's all.""",
True, 10.00, "neutral", "milkshakes $4.50 'make it two' = 9.00 plus onion ring swap $1 'That's fine' = 10.00; flat"),

("FR71_032", "Ryan Gallagher", "2026-11-23T10:50:00", "asr",
"""A: chewy bowl autoship this is ryan
C: hi um i got a sample of your lamb kibble in the mail and i'm thinking about the monthly delivery
A: oh great so the twenty four pound bag on autoship is fifty four ninety nine a month and you can skip or cancel anytime
C: okay and it just shows up every month
A: exactly and we can add a monthly treat box for twelve a month
C: um i mean he's kind of picky honestly
A: want me to set up the food autoship starting next week
C: let me see how he does with the sample first if he eats it i'll call back
A: sure that sounds fair
C: yeah okay thanks""",
False, 0.0, "neutral", "deferral 'let me see how he does with the sample first ... i'll call back'; treats never accepted"),

("FR71_033", "Marisol Vega", "2026-11-24T20:15:00", "clean",
"""A: DashBite support, Marisol speaking.
C: Hi. My sushi order has said "preparing" for an hour and ten minutes.
A: I'm so sorry, let me check. I see that Sakura House closed early tonight, and the order was never accepted.
C: So it's not coming at all.
A: Unfortunately not. I've cancelled it and refunded the full $52.30.
C: Great. Just great. It's 8:15 and I have four hungry people here.
A: I understand. I can add a $10 credit to your account.
C: Wonderful, a credit. That'll really help tonight.
A: I'm sorry, I know that's not much help right now.
C: No, it's not. Bye.""",
False, 0.0, "negative", "restaurant closed, order never fulfilled and refunded; sarcasm 'Great. Just great', 'That'll really help tonight'"),

("FR71_034", "Derek Okafor", "2026-11-24T14:25:00", "asr",
"""A: techden orders this is derek
C: hi i want to order the zenbook fourteen the one that's on sale
A: sure that's eight ninety nine right now with sixteen gigs of ram
C: yeah that one
A: would you like to add our protection plan it covers drops and spills one forty nine for three years
C: uh i guess yeah sure do the three years i'm kind of clumsy
A: ha okay and a wireless mouse is twenty four ninety nine
C: nah i have one
A: so the zenbook with the three year plan ten forty eight plus tax shipping to your address on file
C: yes that's fine
A: great it's placed
C: alright thanks""",
True, 149.00, "neutral", "protection plan one forty nine accepted 'sure do the three years'; mouse declined; 'yes that's fine'"),

("FR71_035", "Priya Raman", "2026-11-25T11:30:00", "asr",
"""A: bloom and stem priya speaking
C: hi i'd like to send a bouquet to my coworker she just had a baby
A: oh how sweet our new arrival bouquet is fifty five with pastel roses and a little teddy
C: yeah that's perfect let's do that one
A: great where is it going
C: um the hospital is saint luke's let me find the room number
A: take your time
C: oh wait she's already home actually and i don't have her home address hm
A: we can hold the order until you get it
C: actually you know what cancel that i'll just pick something up at the market and bring it over myself
A: no problem i haven't charged anything
C: okay sorry thanks""",
False, 0.0, "neutral", "'let's do that one' retracted 'cancel that i'll just pick something up'"),

("FR71_036", "Tomasz Kowalski", "2026-11-25T16:40:00", "asr",
"""A: the copper pot tomasz speaking
C: hi i'd like a table for four this friday at eight
A: let me check um friday at eight is fully booked i have seven or nine thirty
C: seven's too early we're coming from work and nine thirty's way too late
A: i can put you on the waitlist for eight
C: no i don't want to be on a waitlist i've been trying to get a table there for a month
A: i'm sorry friday's our busiest night
C: yeah i figured forget it we'll go somewhere else
A: understood sorry we couldn't help
C: yeah""",
False, 0.0, "negative", "fully booked, alternatives and waitlist refused 'forget it we'll go somewhere else'; frustrated"),

("FR71_037", "Janelle Brooks", "2026-11-26T10:20:00", "clean",
"""A: Corner Drug pharmacy, Janelle speaking.
C: Hi, do you have the new RSV vaccine?
A: We do. Are you 60 or older, or do you have a prescription?
C: I'm 64.
A: Then you're eligible. I can book you now if you'd like, I have openings tomorrow.
C: Is it covered by Medicare?
A: Yes, Part D covers it, usually with no copay.
C: Okay. I'll book it online later, I need to check my calendar.
A: Sure, the link is on our homepage.
C: Okay, thanks.""",
False, 0.0, "neutral", "booking offered, 'I'll book it online later'; only questions"),

("FR71_038", "Hiroshi Tanaka", "2026-11-26T13:55:00", "asr",
"""A: feather and fin pet supply hiroshi speaking
C: hi i want to order a pickup for saturday the large flight cage for my cockatiels and a ten pound bag of the nutri seed mix
A: okay the cage is one nineteen and the seed is eighteen fifty
C: okay
A: do you need cuttlebones we've got them two ninety nine each
C: sure throw in two
A: two cuttlebones
C: oh and take off the seed i just remembered i bought a bag on tuesday
A: no problem so the flight cage and two cuttlebones for pickup saturday that's one twenty four ninety eight plus tax right
C: yep that's right
A: it'll be at the front desk under your name
C: okay thanks""",
True, 5.98, "neutral", "cuttlebones two ninety nine each 'throw in two' = 5.98; seed removed; read-back 'yep that's right'"),

("FR71_039", "Fatima Haddad", "2026-11-27T15:05:00", "clean",
"""A: Linden Watch Co., this is Fatima.
C: Hi, I'd like to order the Harbor automatic watch, the one with the green dial. It's a gift for my dad.
A: Lovely choice. That's $210. Would you like gift wrap for $6.95? And we have a personalized card for $3.
C: Gift wrap yes, card no, I'll write my own.
A: Perfect. When does it need to arrive?
C: His birthday is Thursday.
A: Then I'd suggest express shipping for $24.99, it arrives Wednesday.
C: Yes, it has to be there by Thursday. Do the express.
A: So the Harbor watch, gift wrapped, express shipping, $241.94 plus tax. Shall I charge the card on file?
C: Yes, please. You've been so helpful, thank you!
A: My pleasure, it's on its way tomorrow morning.
C: Wonderful!""",
True, 31.94, "positive", "gift wrap $6.95 + express $24.99 accepted = 31.94; card declined; 'Yes, please'; 'You've been so helpful'"),

("FR71_040", "Colin McBride", "2026-11-27T19:30:00", "asr",
"""A: dashbite support colin here
C: hi my food just came and it's ice cold like it's been sitting somewhere for an hour
A: oh no i'm sorry which order is this
C: the burrito bowls from la cocina two of them
A: i see it the driver had a long delay i can have the restaurant remake it and redeliver
C: no i'm not waiting another hour just refund me
A: okay i've issued a full refund of thirty four twenty
C: this is the last time i'm using this app honestly
A: i understand i'm really sorry about tonight
C: yeah sure""",
False, 0.0, "negative", "redelivery refused 'just refund me'; 'this is the last time i'm using this app'"),
]
