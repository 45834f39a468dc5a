CALLS = [
("FR48_021", "Tomas Herrera", "2026-11-10T09:20:00", "clean",
"""A: Clearwave Internet support, Tomas speaking.
C: Hi. My internet has been crawling for two weeks. I'm paying for 300 megs and getting about 40.
A: Sorry about that. I'm running a line test now... The line looks okay from our side. A lot of customers in your area have moved up to the Gig plan, it's only $15 more a month and much more reliable.
C: So my plan doesn't work, and the fix is to pay you more?
A: It would give you more headroom in the evenings.
C: I'm not paying an extra fifteen a month to get what I'm already paying for. Can you actually fix it or not?
A: I'll escalate it to the network team. They'll call you within 48 hours.
C: 48 hours. Fantastic. And if it's not fixed I'm switching.
A: Understood.
C: Yeah. Bye.""",
False, 0.0, "negative", "support call; upgrade refused ('not paying an extra fifteen'); sarcastic 'Fantastic', threat to switch"),

("FR48_022", "Hannah Feldman", "2026-11-11T18:10:00", "asr",
"""A: tony's pizza hannah speaking is this for delivery or pickup
C: delivery please um can i get two large pepperonis a medium veggie ten wings hot and a two litre coke
A: sure two large pepperoni a medium veggie ten hot wings and a two litre coke that's fifty four twenty
C: yep
A: do you want to add garlic bread it's five ninety nine with cheese
C: oh yeah go on then the kids love that
A: okay garlic bread added that brings it to sixty dollars nineteen and what's the address
C: fourteen elm court
A: fourteen elm court about forty minutes
C: perfect you guys are the best thanks""",
True, 5.99, "positive", "own multi-item order confirmed ('yep'); garlic bread five ninety nine accepted ('go on then')"),

("FR48_023", "Derek Lindqvist", "2026-11-11T10:35:00", "clean",
"""A: Lakeside Toyota, Derek speaking.
C: Hi, I'm calling about the grey RAV4 hybrid on your website, stock number 4471.
A: Yes, it's still here, $34,900. I can take a $500 refundable deposit today to hold it. I'd also recommend our ceramic paint protection at $499, and the extended warranty to seven years for $1,850.
C: I don't need the coating or the warranty. What's the mileage?
A: 12,400 miles, one owner.
C: And the deposit's fully refundable?
A: Fully, within seven days.
C: I'd rather see it in person before putting any money down. I might swing by Saturday.
A: Sure, we're open from 9. I can't hold it without a deposit though.
C: That's fine, I'll take my chances. Thanks.""",
False, 0.0, "neutral", "no deposit ('rather see it in person before putting any money down'); add-ons declined; no appointment made"),

("FR48_024", "Lucia Benedetti", "2026-11-11T13:15:00", "clean",
"""A: Azure Cruises, Lucia speaking.
C: Hi Lucia, we'd like to book the 7-night Caribbean sailing on February 8th, two adults, an inside cabin.
A: Lovely choice. The inside cabin is $1,240 per person, so $2,480 for the two of you. Shall I reserve it?
C: Yes, let's book it.
A: Wonderful, reserved. For that sailing I can move you to a balcony cabin for another $300 total. That's for both of you, not each.
C: Three hundred for both? My husband keeps saying he wants his coffee looking at the sea...
A: It makes a big difference on a week-long cruise.
C: Okay, the balcony then. Let's do it.
A: Done, you're in balcony cabin 8214. New total $2,780.
C: Oh, this is so exciting. Thank you, you've been wonderful.""",
True, 300.00, "positive", "cruise booked; balcony upgrade 'another $300 total... for both' accepted ('Okay, the balcony then')"),

("FR48_025", "Ben Achterberg", "2026-11-12T09:50:00", "asr",
"""A: safehaven insurance ben speaking
C: hi i'm getting quotes for home insurance we just bought a place on river road
A: congrats okay for a three bed on river road the standard policy comes to eighteen hundred and forty a year
C: eighteen forty um okay
A: and being that close to the river i'd really recommend the flood rider it's an extra ninety five a month
C: ninety five a month on top
A: that's right
C: that's a joke the flood bit alone is more than my car insurance
A: i understand the flood risk there is quite high
C: yeah well i'm gonna get a few other quotes that's way too much
A: okay i'll email the quote over
C: sure whatever""",
False, 0.0, "negative", "quote only; rider price only asked about; 'that's a joke', 'way too much', shopping around"),

("FR48_026", "Fatima Qureshi", "2026-11-12T11:05:00", "asr",
"""A: fixit phone repair fatima speaking
C: hi i dropped my iphone and the screen's completely smashed can you fix it today
A: yeah we can do it today at three the screen replacement is a hundred and twenty nine
C: okay yeah book me in for three
A: done and do you want a tempered glass protector on it after it's fifteen
C: yes please definitely
A: and we've got the rugged cases for twenty five
C: um is it the black one
A: black or clear
C: black yeah stick that on too i'm clearly not to be trusted
A: ha okay so repair at one twenty nine plus the protector and the case see you at three
C: lovely thanks so much you're a lifesaver""",
True, 40.00, "positive", "repair booked; protector fifteen + case twenty five accepted ('stick that on too') = 40"),

("FR48_027", "Victor Hale", "2026-11-12T21:40:00", "clean",
"""A: Front desk, this is Victor.
C: Hi, I'm in room 412. The heating doesn't work, the window won't close, and there's a smell coming from the bathroom.
A: I'm so sorry. We do have a junior suite available tonight. I can move you there for just $30 a night extra.
C: You want me to pay more because the room I paid for is broken?
A: It's normally $110 more, so it's a big discount.
C: I'm not paying another cent to get what I booked. Move me to a working room of the same type.
A: Let me see... I don't have another standard king tonight. I'll send maintenance up right away.
C: Unbelievable. Fine, send them. And I'll be writing a review.
A: I understand, I'm sorry.
C: Just send someone.""",
False, 0.0, "negative", "complaint; paid upgrade refused ('not paying another cent'); nothing bought"),

("FR48_028", "Janelle Brooks", "2026-11-13T12:25:00", "clean",
"""A: TechDepot phone sales, Janelle speaking.
C: Hi. I want to order the MacBook Air 15-inch, the one with 16 gigs, for pickup.
A: That's $1,499. I can have it ready at the Westfield store by 4 today. Shall I put it through?
C: Yes, put it through.
A: Done. Would you like the 3-year ProtectPlus coverage? It's $199 and covers spills and drops.
C: That's a lot on top.
A: If you add it today with the laptop I can do it for $149.
C: At $149... fine. Add it.
A: Added. So $1,499 for the laptop and $149 for coverage, ready at 4.
C: Okay. Do I need ID to pick up?
A: Just the card you paid with and your order number.
C: Got it.""",
True, 149.00, "neutral", "laptop ordered; coverage revised $199 -> $149, accepted at $149 ('fine. Add it')"),

("FR48_029", "Rafael Duarte", "2026-11-13T15:45:00", "clean",
"""A: Willowmere Estate, Rafael speaking.
C: Hi! My fiancé and I are getting married next September and we'd love to come and see the barn.
A: Congratulations! We do tours on weekends. How about this Saturday at 11?
C: Saturday at 11 is perfect, yes, please book us in.
A: Done, you're booked. Names?
C: Emily Carter and James Osei.
A: Lovely. We also offer a menu tasting with our caterer, $75 per couple, if you'd like to add that on the same day.
C: Let's see the place first, we can sort the tasting if we fall in love with it.
A: Of course. See you Saturday at 11.
C: Can't wait, thank you so much!""",
True, 0.0, "positive", "venue tour appointment booked ('please book us in'); tasting deferred"),

("FR48_030", "Priya Ramaswamy", "2026-11-16T10:00:00", "clean",
"""A: Taskly customer success, Priya speaking.
C: Hi, our annual subscription is up for renewal next week. We want to renew the Team plan.
A: Great. That's 20 seats on the Team plan at $12 per seat per month, billed annually at $2,880. Shall I process the renewal?
C: Yes, renew it.
A: Done. You mentioned last quarter you were hiring. Do you want to add seats now? Extra seats are $8 each per month on the renewed contract.
C: We've got five new starters in January.
A: So five seats at $8 each, that's $40 a month extra.
C: Okay, add the five.
A: Added. You'll see the five new seats in the admin panel now.
C: Fine. Send the invoice to accounts as usual.
A: Will do.""",
True, 40.00, "neutral", "renewal; five extra seats at $8 each a month accepted = $40 (recurring counted once)"),

("FR48_031", "Kwame Mensah", "2026-11-16T11:30:00", "clean",
"""A: Petal & Stem, Kwame speaking.
C: Hi, I'd like to send flowers to my sister, it's her birthday tomorrow.
A: Lovely. Our seasonal bouquet is $65 with delivery tomorrow. Shall I do that one?
C: Yes, the seasonal one please.
A: Would you like it in a glass vase for $18? Otherwise it comes wrapped.
C: Yeah, the vase, she doesn't own one, I guarantee it.
A: And a box of truffles for $12?
C: Sure, why not. Actually, scratch the chocolates, she's doing some sugar-free month.
A: No problem. Bouquet in a vase, $83, delivered tomorrow to 19 Alder Lane. Card message?
C: "Happy birthday, old lady. Love, Mo." That's great, thank you, you're a star.""",
True, 18.00, "positive", "bouquet ordered; vase $18 kept; truffles $12 accepted then dropped ('scratch the chocolates')"),

("FR48_032", "Marisol Okafor", "2026-11-16T14:05:00", "clean",
"""A: Riverbend Gas & Electric, Marisol speaking.
C: Hi, I'm moving into an apartment on December 1st and need to know how to start service.
A: I can set that up now. There's a $75 connection fee, then the standard rate. We also have the GreenChoice option, 100% renewable, for $5 a month extra.
C: Seventy-five dollars just to flip a switch? That's insane.
A: It covers the account setup and the meter read.
C: It's a rip-off. And I haven't even signed the lease yet, the landlord's dragging his feet.
A: Would you like me to pencil it in for the 1st anyway?
C: I'll call when the lease is signed. Not looking forward to it.
A: Okay, we're here whenever you're ready.
C: Yeah. Bye.""",
False, 0.0, "negative", "start of service deferred ('I'll call when the lease is signed'); green option never answered; 'rip-off'"),

("FR48_033", "Grant Whitfield", "2026-11-17T08:55:00", "clean",
"""A: Coastal Air, Grant speaking.
C: My flight to Chicago on Friday was cancelled, and I want a refund. Not a voucher. A refund.
A: I'm sorry about the cancellation. I can do the refund of $287 to your card. Or, if you'd take a voucher, I can add a lounge pass worth $39 on your next trip.
C: Are you kidding? I had to drive nine hours instead. Just the refund.
A: Understood. I've processed the refund of $287. It'll take 5 to 7 business days.
C: Five to seven. Of course it will.
A: Is there anything else?
C: No. I won't be flying with you again.""",
False, 0.0, "negative", "refund only, no purchase; voucher + lounge pass refused; 'won't be flying with you again'"),

("FR48_034", "Nadia Petrova", "2026-11-17T12:40:00", "asr",
"""A: serenity day spa nadia speaking
C: hi i want to book a couples massage for me and my husband on saturday
A: lovely i've got eleven or two the couples massage is a hundred and twenty per person
C: two o'clock please
A: great and would you like to add hot stones it's twenty five per person extra
C: um for both of us that's fifty
A: yes fifty for the two of you
C: yeah do the hot stones for both of us it's our anniversary
A: lovely so two massages with hot stones saturday at two that's two ninety
C: perfect yeah that's right
A: you're all booked
C: oh amazing thank you he's gonna love it""",
True, 50.00, "positive", "massage booked; hot stones twenty five per person for two accepted = 50"),

("FR48_035", "Oliver Nakamura", "2026-11-17T16:15:00", "clean",
"""A: Stride Shoes, Oliver speaking.
C: Hi, do you have the Trailblazer 3 in a men's 11? Your app says the downtown store has one.
A: Let me look... I'm sorry, downtown sold it this morning, and we're out of 11s online as well. I could order a 10.5, or the Trailblazer 2 in an 11 is in stock at $20 less.
C: I don't want a different shoe or a different size. I've been chasing these for three weeks.
A: I understand. I can set an alert for when 11s are back.
C: Your app is useless. It said in stock an hour ago.
A: I'm sorry. It updates every few hours.
C: Forget it, I'll look somewhere else.""",
False, 0.0, "negative", "out of stock; substitutes refused; 'Forget it'; 'Your app is useless'"),

("FR48_036", "Siobhan Carey", "2026-11-18T09:10:00", "asr",
"""A: first harbour bank mortgages siobhan speaking
C: finally i've been on hold forty minutes this is absurd
A: i'm really sorry about that what can i help with
C: i want an appointment with a mortgage advisor we're buying a house
A: sure i've got thursday at ten or next monday at four
C: thursday at ten
A: so thursday the nineteenth at ten at the main street branch with daniel shall i book that
C: yes book it but honestly forty minutes i nearly hung up
A: booked and again apologies
C: mhm fine bye""",
True, 0.0, "negative", "advisor appointment booked ('yes book it'); angry about the hold, ends curt"),

("FR48_037", "Tomas Herrera", "2026-11-18T13:20:00", "clean",
"""A: Zenith Mobile, Tomas speaking.
C: Hi Tomas, I want to add a line for my daughter, she's starting college in January.
A: Great, I can add her on the Unlimited Basic line at $25 a month. Shall I do that?
C: Yes please, let's do that.
A: Done. Is she studying abroad at any point? Our international pack is $10 a month and covers 50 countries.
C: Not until next year, maybe. I'll think about it then.
A: No problem. Her SIM will ship tomorrow, arriving Thursday.
C: Brilliant, that was so much easier than I expected. Thank you!""",
True, 0.0, "positive", "added line is the main purchase; international pack deferred ('I'll think about it then')"),

("FR48_038", "Hannah Feldman", "2026-11-18T15:00:00", "clean",
"""A: Swift Movers, Hannah speaking.
C: Hi, we need a quote for a 2-bedroom move from Oak Park to Evanston, sometime in January.
A: For a 2-bedroom that distance, it's usually $1,400 for a crew of three. We also offer full packing at $350. We bring all the boxes and pack everything the day before.
C: Hm. Three-fifty for packing. That'd save us a lot of stress honestly.
A: It's popular. Want me to book a date?
C: We don't have dates yet, the closing keeps moving. Can we call back when we know?
A: Absolutely. The quote's good for 30 days.
C: Okay, sounds good. Thanks.""",
False, 0.0, "neutral", "quote only; interest in packing but no commitment; 'call back when we know'"),

("FR48_039", "Derek Lindqvist", "2026-11-19T10:25:00", "asr",
"""A: happy tails grooming derek speaking
C: hi i need to book a groom for my spaniel
A: sure a full groom for a spaniel is sixty five i've got friday at ten
C: friday at ten is fine
A: okay and do you want the nail trim with it it's fifteen
C: yeah ok and the nails
A: and we do teeth brushing for ten
C: she'd bite you honestly leave that
A: ha fair so full groom and nails friday at ten eighty total
C: yep
A: see you friday
C: okay bye""",
True, 15.00, "neutral", "groom booked; nail trim fifteen accepted ('and the nails'); teeth declined ('leave that')"),

("FR48_040", "Lucia Benedetti", "2026-11-19T11:50:00", "clean",
"""A: Civic Arena box office, Lucia speaking.
C: Hi, I want four tickets for the Harlow Twins on the 21st, lower bowl if possible.
A: Let me check... I'm sorry, the 21st is completely sold out, lower and upper.
C: Sold out? The presale was only yesterday.
A: It went very fast. I can add you to the waitlist in case tickets are released.
C: Yes, put me on the waitlist, I guess.
A: Done, you're on it. We'll email if anything opens up.
C: This is really disappointing. My kids are going to be gutted.
A: I'm sorry.
C: Yeah. Thanks anyway.""",
False, 0.0, "negative", "sold out; 'yes' is to a free waitlist, not a purchase; disappointed"),
]
