CALLS = [
("FR71_041", "Lucia Ferreira", "2026-11-02T15:30:00", "clean",
"""A: Trattoria Lume, Lucia speaking.
C: Hi, I'd like to reserve a table for Friday. Do you have gluten-free pasta? My wife has celiac.
A: We do, all our pastas can be made gluten-free, cooked in separate water.
C: Oh, that's wonderful. Friday at 7 for two, then.
A: I have 7 o'clock. Is it a special occasion?
C: Her birthday, actually.
A: We can have a small gluten-free birthday cake waiting at the table for $25.
C: Yes! Let's do the cake, she'll be so surprised.
A: Done. So two at 7 on Friday, under?
C: Whitaker. And that's everything, yes.
A: Wonderful, you're booked, with the cake.
C: Thank you so much, this is going to be perfect.""",
True, 25.00, "positive", "reservation Friday at 7; cake $25 'Let's do the cake'; 'this is going to be perfect'"),

("FR71_042", "Andre Dupont", "2026-11-03T09:10:00", "asr",
"""A: careplus pharmacy delivery andre speaking
C: yeah hi i'm calling because your app keeps logging me out and i'm sick and i just need some stuff delivered
A: sorry about that i can take the order by phone what do you need
C: the twenty four count allergy tablets the store brand and a digital thermometer
A: okay that's eleven ninety nine and eight forty nine we also have saline nasal spray six forty nine a lot of people grab it with those
C: no just what i said
A: okay so allergy tablets and a thermometer delivered today total twenty four forty seven with delivery is that right
C: yes that's right can you please just hurry
A: it'll be there in about two hours
C: two hours great your app is useless by the way that's why i'm calling""",
True, 0.0, "negative", "read-back 'yes that's right'; saline declined 'no just what i said'; 'your app is useless'"),

("FR71_043", "Keisha Howard", "2026-11-04T11:45:00", "clean",
"""A: Happy Tails Pet Supply, this is Keisha.
C: Hi, I got the orthopedic dog bed in medium and it's way too small for my lab.
A: Sorry about that. I can exchange it for the large. The large is $15 more than the medium.
C: Fifteen more. Okay, fine, I'll pay the difference.
A: Great. I'll email you a return label for the medium and ship the large today.
C: Do I need to wash the cover before I send it back? He slept on it one night.
A: No need, just pack it up.
C: Okay. And the large is in the same gray?
A: Same gray, yes. The difference of $15 is charged to your card on file.
C: Alright. Thanks.""",
True, 15.00, "neutral", "exchange to a larger bed, 'I'll pay the difference' of $15 = paid upgrade; flat tone"),

("FR71_044", "Nikolai Petrov", "2026-11-05T10:05:00", "asr",
"""A: stem and story flower club nikolai speaking
C: hi i want to sign up for the weekly flowers for the front desk at my office
A: wonderful the standard weekly bouquet is thirty five a week delivered every monday
C: yeah let's do that
A: we also have the premium size it's ten more a week
C: hm no ten a week is too much
A: i understand what if i do the premium for five more a week for your first three months
C: oh okay for five sure why not
A: great so premium weekly at forty a week starting this monday
C: perfect our clients are going to love it thanks so much""",
True, 5.00, "positive", "signed up 'yeah let's do that'; premium declined at ten, accepted at revised 'for five sure' = 5.00; 'going to love it'"),

("FR71_045", "Sofia Lindqvist", "2026-11-06T16:20:00", "clean",
"""A: Maple and Moss Home, Sofia speaking.
C: Hi. I've tried three times to buy the ceramic planter set online and my payment keeps failing. I'm pretty annoyed.
A: I'm sorry, that's frustrating. I can place the order for you by phone. Is it the set of three in white?
C: Yes, $64.
A: Got it. And shipping to the address in your account?
C: Yes.
A: So the white planter set, $64, free shipping. Shall I charge the card ending 5520?
C: Yes, please do.
A: It went through. You'll have a confirmation email in a minute.
C: Oh, thank you. You've saved my afternoon. Really, thank you.""",
True, 0.0, "positive", "'Yes, please do' to the closing question; annoyed start, ends 'You've saved my afternoon'"),

("FR71_046", "Marcus Bell", "2026-11-09T18:25:00", "asr",
"""A: dashbite order line marcus speaking
C: hi i want to order from golden dragon the sesame chicken and a pork lo mein
A: sure that's fourteen ninety five and twelve fifty
C: okay and can i swap the lo mein for fried rice
A: sure same price so with the delivery fee of three ninety nine the service fee and the small order fee your total is thirty nine eighty
C: wait thirty nine eighty for two dishes
A: yes the fees add up on smaller orders
C: oh forget it with all those fees i'll just call the restaurant directly
A: i understand would you like me to cancel the cart
C: yeah cancel it that's kind of a ripoff honestly
A: okay it's cancelled""",
False, 0.0, "negative", "order abandoned over fees 'oh forget it ... i'll just call the restaurant directly'; 'kind of a ripoff'"),

("FR71_047", "Aisha Mensah", "2026-11-10T13:40:00", "asr",
"""A: greenway pharmacy this is aisha
C: hi i wanted to ask about the price difference between the brand name and the generic for my cholesterol pill
A: sure can you confirm your date of birth is january twelfth nineteen seventy
C: yes that's my date of birth
A: okay the brand is ninety two a month with your plan and the generic is eight
C: wow that's a big difference is the generic the same thing
A: same active ingredient yes but your doctor wrote dispense as written so i'd need their okay to switch
C: okay i'll ask my doctor at my appointment next week
A: sounds good want me to fill the brand this month in the meantime
C: no i've still got some left i'll wait
A: okay no problem""",
False, 0.0, "neutral", "'yes that's my date of birth' is not a purchase; fill offer refused 'no ... i'll wait'"),

("FR71_048", "Ryan Gallagher", "2026-11-11T11:00:00", "asr",
"""A: reef and fin ryan speaking
C: yeah i need to order the marine pellet food the large canister
A: sure that's twenty two forty nine we have a deal right now buy two get the third half off
C: nah just one
A: okay anything else
C: no and can you make sure it's packed properly this time last time the box was crushed and the lid popped off
A: i'm sorry about that i'll add a note for the warehouse
C: honestly i'm only ordering from you because nobody else carries it
A: i understand so one large canister shipping to your address on file twenty two forty nine plus shipping okay
C: yeah fine put it through
A: done""",
True, 0.0, "negative", "'yeah fine put it through'; bulk deal declined 'nah just one'; 'only ordering from you because nobody else carries it'"),

("FR71_049", "Marisol Vega", "2026-11-12T18:50:00", "clean",
"""A: Taqueria El Sol, Marisol speaking.
C: Hi, I want three carnitas tacos and a large horchata for pickup.
A: Sure. That's $13.50 for the tacos and $4 for the horchata.
C: And add chips and guac.
A: Chips and guac is $6. So $23.50. Just so you know, we're running about 75 minutes on pickups tonight.
C: Seventy-five minutes? For tacos?
A: I'm sorry, we're really slammed with a big catering order.
C: Forget it, that's way too long. Cancel the whole thing.
A: Understood, I've cancelled it.
C: You should tell people that before they order. Unbelievable.""",
False, 0.0, "negative", "order cancelled 'Forget it ... Cancel the whole thing'; 'Unbelievable'"),

("FR71_050", "Derek Okafor", "2026-11-13T14:35:00", "asr",
"""A: techden orders derek speaking
C: hi i'm looking to get the fifty five inch vistara tv the four k one
A: sure that's five forty nine this week
C: okay i'll take it
A: great would you like a wall mount it's seventy nine and we also do installation for one twenty
C: just the mount i can install it myself
A: got it and express shipping would be
C: how much
A: twenty nine
C: hmm no regular's fine
A: okay so the tv and the wall mount six twenty eight plus tax standard shipping
C: sounds good thanks man this was way easier than the store""",
True, 79.00, "positive", "'i'll take it'; wall mount seventy nine accepted 'just the mount', install and express declined; 'way easier than the store'"),

("FR71_051", "Priya Raman", "2026-11-16T10:15:00", "clean",
"""A: Petal and Vine, Priya speaking.
C: Hi, I need to order a wreath for my grandfather's service on Saturday. Sorry, I'm a bit all over the place.
A: I'm so sorry for your loss. Take your time. Our standing wreath in white and green is $165.
C: That's fine, that one.
A: We can add a satin ribbon with a printed message for $15.
C: Yes, please. "Forever in our hearts."
A: "Forever in our hearts." So the standing wreath with the ribbon, delivered to Hollis Funeral Home Saturday by 9 a.m., $180 total. Is that correct?
C: Yes, that's correct.
A: It's all arranged.
C: Thank you for being so patient with me. You made this much easier.""",
True, 15.00, "positive", "wreath chosen, ribbon $15 'Yes, please'; read-back 'Yes, that's correct'; 'You made this much easier'"),

("FR71_052", "Tomasz Kowalski", "2026-11-17T12:25:00", "asr",
"""A: dashbite tomasz speaking
C: hi i'm calling about an order from yesterday i was charged twice
A: let me check yes i see a duplicate charge i've reversed it
C: okay thanks
A: by the way have you heard about dashbite plus it's nine ninety nine a month and you get free delivery
C: uh sure whatever sign me up
A: great i'll just need to confirm the card
C: wait actually no don't i don't want another subscription i called about the double charge not to get sold stuff
A: no problem i won't sign you up
C: okay just make sure the refund goes through
A: it will in three to five days""",
False, 0.0, "negative", "'sign me up' retracted 'wait actually no don't'; 'i called about the double charge not to get sold stuff'"),

("FR71_053", "Janelle Brooks", "2026-11-18T13:00:00", "clean",
"""A: OfficeHub orders, Janelle speaking.
C: Hi, I want to order the LaserJet M230 printer and one black toner cartridge.
A: Sure. The toner is $64. Would you like a second cartridge as a spare for $32.99? It's half price with the printer.
C: No, I'll pick up ink at the store when I need it.
A: Okay. Anything else?
C: Wait, how much was the printer again?
A: $189.
C: Okay, that's fine.
A: So the M230 and one black toner, $253 plus tax, shipping free. Shall I place it?
C: Yes, go ahead.
A: It's placed. Arriving Thursday.
C: Okay, thanks.""",
True, 0.0, "neutral", "spare toner $32.99 declined; 'Yes, go ahead' to the closing question"),

("FR71_054", "Hiroshi Tanaka", "2026-11-19T16:45:00", "asr",
"""A: the copper pot hiroshi speaking
C: hi quick question what time do you close on sundays
A: we close at nine on sundays kitchen closes at eight thirty
C: okay and do you take walk ins or do you need a reservation
A: walk ins are fine on sundays usually it's pretty quiet
C: okay cool we'll probably just come by
A: would you like me to put a table down just in case
C: nah we'll just walk in
A: sounds good see you sunday
C: okay thanks""",
False, 0.0, "neutral", "opening hours questions; reservation offer declined 'nah we'll just walk in'"),

("FR71_055", "Fatima Haddad", "2026-11-20T10:35:00", "clean",
"""A: Happy Tails Pet Supply, Fatima speaking.
C: Hi, I need to reorder the renal diet cat food, the prescription one, a case of the cans.
A: Sure. For prescription diets we need a current vet authorization. The one on file expired last week.
C: Expired? She's been on it for two years.
A: They need to be renewed every year. I can send a request to your vet now.
C: How long will that take?
A: Usually two to three business days.
C: She has two cans left. So my cat just doesn't eat? Unbelievable.
A: I'm sorry. You could ask the vet's office to call us directly, that's sometimes faster.
C: I'll call them. This is really frustrating.""",
False, 0.0, "negative", "order can't be placed without vet authorization; 'Unbelievable', 'This is really frustrating'"),

("FR71_056", "Colin McBride", "2026-11-23T14:15:00", "asr",
"""A: shopwell orders colin speaking
C: hi i want to order the kids bike the sixteen inch red one for my daughter's birthday
A: sure the trailblazer sixteen it's one sixty nine
C: yep that one
A: we recommend a helmet with that the matching red one is thirty four ninety nine
C: oh yeah definitely she needs a helmet
A: and we can do assembly for twenty five so it comes ready to ride
C: and um the assembly yeah do that too
A: okay
C: oh actually no scratch the assembly my brother in law can do it he loves that stuff
A: no problem so the bike and the helmet two oh three ninety nine plus tax
C: yep perfect she's gonna be so happy
A: it's ordered""",
True, 34.99, "positive", "helmet thirty four ninety nine accepted; assembly accepted then 'scratch the assembly'; 'yep perfect'; 'she's gonna be so happy'"),

("FR71_057", "Lucia Ferreira", "2026-11-24T09:55:00", "clean",
"""A: Greenway Pharmacy, Lucia speaking.
C: Hi, I'd like to order the Omron upper-arm blood pressure monitor for delivery.
A: Sure, that's $59.99. It comes with a standard cuff. We also sell the large cuff separately for $19.99.
C: I'm not sure. Does the standard one fit bigger arms?
A: It fits arms up to about 17 inches around.
C: Hm. I'll measure and get the big cuff later if I need it.
A: Sounds good. So the monitor, delivered tomorrow, $59.99 plus tax. Go ahead?
C: Yes, go ahead.
A: Done.
C: Okay, thanks.""",
True, 0.0, "neutral", "'Yes, go ahead'; large cuff $19.99 deferred 'get the big cuff later if I need it'"),

("FR71_058", "Andre Dupont", "2026-11-25T11:10:00", "asr",
"""A: bloom and stem andre speaking
C: hi i had flowers delivered to my mom yesterday and she sent me a picture and they're already wilted
A: oh no i'm so sorry can i have the order number
C: it's under grace kim
A: i see it i'm really sorry that shouldn't happen i'll send a fresh arrangement today at no charge
C: oh okay i wasn't expecting that
A: and i'll upgrade it to the larger size too
C: okay thank you that's actually really decent of you
A: it'll be there by four
C: great she'll be happy thanks""",
False, 0.0, "positive", "free replacement, nothing bought; 'that's actually really decent of you'"),

("FR71_059", "Keisha Howard", "2026-11-26T15:50:00", "clean",
"""A: The Brass Lantern, events desk, this is Keisha.
C: Hi! I'd like to book your private room for our holiday party, December 12th, twenty people.
A: Let me check. Yes, the Garden Room is free that evening. The dinner package is $65 per person.
C: Great, we'll do that.
A: We also have an open bar package at $22 per person for the three hours.
C: Hmm, let's do the bar package for everyone, it's the holidays.
A: Twenty guests on the bar package. So the Garden Room, December 12th, twenty people, dinner and open bar. A $200 deposit holds it. Shall I book it?
C: Yes, book it. I'm so glad you had the room.
A: It's booked. I'll email the contract.
C: Fantastic, thank you!""",
True, 440.00, "positive", "bar package $22 per person for twenty = 440.00; 'Yes, book it'; deposit not upsell; 'so glad'"),

("FR71_060", "Nikolai Petrov", "2026-11-27T10:40:00", "asr",
"""A: homeline shop nikolai speaking
C: hi i ordered a coffee maker on monday and i wanted to check when it's coming
A: let me see it's going standard so it should arrive friday
C: hm i kind of need it by thursday it's for my in laws visit
A: i can upgrade it to next day shipping for twelve ninety nine and it'd be there tomorrow
C: yeah do it
A: okay done you'll get a new tracking number
C: okay
A: anything else
C: no that's it""",
True, 12.99, "neutral", "paid next-day shipping upgrade twelve ninety nine 'yeah do it' on an existing order; flat"),
]
