CALLS = [
("FR61_021", "Janelle Brooks", "2026-11-16T18:12:44", "asr",
"""A: ironworks fitness this is janelle
C: hi yeah i came in for the free week and i think i want to join
A: awesome we have month to month at forty nine or the annual at four ninety nine paid up front
C: um the annual i think if i'm paying up front i'll actually go
A: ha that's the spirit so annual at four ninety nine
C: yeah let's do it
A: we also have a starter pack of personal training sessions they're forty five each and most people do four
C: four at forty five each yeah okay i need someone to show me what i'm doing honestly
A: perfect so annual membership plus four sessions at forty five each
C: mhm
A: you're all set your first session can be this week
C: nice i'm really pumped about this thanks""",
True, 180.0, "positive", "annual 'yeah let's do it'; 'four at forty five each yeah okay' = 180; 'really pumped'"),

("FR61_022", "Kenji Watanabe", "2026-11-16T10:33:12", "clean",
"""A: Cedar Mutual claims, this is Kenji.
C: Hi. I'm calling about claim 77-4410. Again.
A: Let me pull it up. This is the water damage claim from September?
C: Yes. Six weeks ago. I've called four times and every time someone tells me an adjuster will call me back.
A: I'm sorry. I can see the adjuster's inspection was done on October 20th, and the estimate is waiting for review.
C: Waiting for who? That's what I was told two weeks ago.
A: It's with the review team. I'm escalating it as urgent and requesting a call-back within 48 hours.
C: I've heard that before.
A: I understand. I'm putting my direct extension on the file, 4418, so you can reach me.
C: Fine. I've got a kitchen with no floor. I've been given the runaround for six weeks and I'm sick of it.""",
False, 0.0, "negative", "claim status complaint; no purchase; 'given the runaround... sick of it'"),

("FR61_023", "Rosa Delgado", "2026-11-17T12:40:05", "clean",
"""A: Hearth & Grain customer care, this is Rosa.
C: Hi. I ordered a dining bench, the 60-inch one, and you sent me the 48-inch one.
A: Oh no, I'm sorry. Can I have the order number?
C: HG-220193.
A: I see it. You're right, the wrong SKU was picked at the warehouse. I'll set up an exchange. The carrier can pick up the 48-inch and drop off the 60-inch at the same visit.
C: When?
A: The earliest exchange date is December 1st.
C: Oh, wonderful. So another two weeks of a bench that doesn't fit my table. Great.
A: I know it's not ideal. I've added a $25 credit to your account for the trouble.
C: Sure. Thanks, I guess.""",
False, 0.0, "negative", "exchange of wrong item, no new purchase; sarcastic 'Oh, wonderful... Great.' ends 'Thanks, I guess'"),

("FR61_024", "Owen Fitzgerald", "2026-11-17T11:05:50", "clean",
"""A: Hi, this is Owen from Tri-County Power. Am I speaking with the homeowner at 41 Elm Court?
C: Yes, that's my address.
A: Great. We're offering free solar assessments in your neighborhood this month. A specialist comes out, looks at your roof, and gives you a savings estimate.
C: Is it actually free or is it a sales pitch?
A: The assessment is free. There's no obligation.
C: We just had the roof redone, I don't want anyone drilling into it anytime soon.
A: The assessment doesn't involve any drilling.
C: I understand, it's just not something we're looking at right now.
A: No problem at all. Should I leave you on our mailing list?
C: Sure, mail is fine.""",
False, 0.0, "neutral", "'Yes, that's my address' not a commitment; 'not something we're looking at right now'; neutral"),

("FR61_025", "Aisha Mbeki", "2026-11-18T08:20:31", "asr",
"""A: lakeside physical therapy this is aisha
C: hi um i have an appointment thursday at four and i need to move it my son has a thing at school
A: sure what's the name
C: carla mendez
A: okay i see you thursday at four with jordan would friday at four work or monday at eight
C: uh friday's no good either monday at eight
A: okay so i'm moving you from thursday at four to monday the twenty third at eight a m with jordan does that work
C: yeah that works
A: great you're all set
C: okay and it's still the same room
A: same room second floor
C: okay thanks""",
True, 0.0, "neutral", "reschedule: confirms new slot 'yeah that works', treated as a booking; flat thanks"),

("FR61_026", "Grant Sullivan", "2026-11-18T14:27:49", "clean",
"""A: Thanks for calling PlateUp, this is Grant.
C: Hi, I'm thinking about canceling. We're getting way more food than we can eat. It's just me and my partner now that my mom moved out.
A: I get it. You're on the four-person plan at $89.99 a week. Instead of canceling, we could move you to the two-person plan at $49.99.
C: Oh, I didn't know you could switch.
A: Yep, same recipes, just smaller portions. It would start with next Monday's box.
C: Okay, yeah. Let's switch me to the two-person box then.
A: Done. Next Monday you'll get the two-person box at $49.99.
C: That's actually way better for us. I was sad about giving it up, the recipes are really good.
A: Glad we could keep you.
C: Thanks a lot, seriously.""",
True, 0.0, "positive", "retention: accepts downgrade 'Let's switch me to the two-person box' (paid plan change; downgrade, no upsell); 'way better for us'"),

("FR61_027", "Lena Hoffmann", "2026-11-19T17:45:16", "clean",
"""A: Metro Arena box office, Lena speaking.
C: Hi, I'd like four tickets for the comedy night on the 28th.
A: Sure. We have seats in the lower bowl at $35 each, or the floor tables at $55 each.
C: Lower bowl is fine.
A: Four lower bowl at $35 each. Would you like to add a parking pass? It's $20 for the garage attached to the arena.
C: Yes, add the parking. Last time we parked on the street and got a ticket.
A: Ouch. So please confirm: four lower bowl tickets for the 28th, $140, plus one garage parking pass for $20, $160 total.
C: That's correct.
A: You're booked. The tickets and the parking pass will come by email.
C: Awesome, we're really looking forward to it. Thanks!""",
True, 20.0, "positive", "confirms read-back 'That's correct'; 'Yes, add the parking' $20; 'really looking forward'"),

("FR61_028", "Marcus Bell", "2026-11-19T10:52:37", "asr",
"""A: hi is this mister hall this is marcus from crestview bank calling about your account
C: yeah this is him
A: you've been pre approved for our travel rewards card it has no annual fee the first year and sixty thousand bonus points
C: uh huh
A: after the first year the fee is ninety five dollars would you like me to start the application
C: um what's the interest rate on it
A: it's variable it's currently twenty two point nine nine percent
C: yeah that's high
A: most people pay it off each month so the rate doesn't come into play
C: um i'll think about it can you send me something in the mail
A: sure i'll have the details mailed out
C: okay yeah thanks""",
False, 0.0, "neutral", "'i'll think about it can you send me something in the mail' - deferral; neutral"),

("FR61_029", "Sofia Petrov", "2026-11-20T13:14:02", "clean",
"""A: Wanderwell Travel, this is Sofia.
C: Hi, I'd like to book the Lisbon package I saw online, the seven nights in March for two people.
A: Sure. That's $2,380 for two, flights and hotel included. Can I get the travelers' names?
C: Nadia and Tom Reyes.
A: Thank you. And the card for payment?
C: Mastercard, 5412 7700 1234 5678, expiry 09/28.
A: I'm sorry, the card has been declined.
C: What? Try it again, there's plenty on there.
A: I tried it a second time and it's still declined. Do you have another card?
C: Not with me. This is so frustrating, the price is only held until tonight, right?
A: It is. I can't extend the hold, I'm sorry.
C: Unbelievable. Fine, I'll call my bank, I guess.""",
False, 0.0, "negative", "card declined twice, nothing booked; 'This is so frustrating... Unbelievable'"),

("FR61_030", "Caleb Nguyen", "2026-11-20T09:31:45", "clean",
"""A: Allbright Plumbing, this is Caleb.
C: Hi, my kitchen sink is draining really slowly and I think there's something stuck.
A: We can take a look. I have tomorrow at 1 pm. The service call is $95.
C: Tomorrow at 1 works.
A: Great. While I have you, we have a home plumbing care plan: annual drain and water heater check plus 15 percent off repairs. It's normally $15 a month, but I can do $12 a month for you since you're booking today.
C: Twelve a month? Sure, I'll take that. My water heater's fifteen years old.
A: Okay, so tomorrow at 1 for the drain, and you're enrolled in the care plan at $12 a month.
C: Sounds good. Thank you, you've been really helpful.
A: You're welcome. The tech will call about 30 minutes ahead.
C: Perfect.""",
True, 12.0, "positive", "books 1 pm visit; care plan revised from $15 to $12 a month 'Sure, I'll take that' = 12; 'really helpful'"),

("FR61_031", "Harriet Cole", "2026-11-23T15:08:29", "asr",
"""A: bellweather home tech support this is harriet
C: hi um my laptop that i bought from you in august won't charge at all the light doesn't even come on
A: oh no okay have you tried a different outlet
C: yeah three different ones
A: okay is there any damage on the charger cable
C: no it looks fine
A: okay it's still under the one year warranty so i can send you a new charger first and if that doesn't fix it we'll do a full repair at no cost
C: oh okay that's good i was scared i'd have to buy a new one
A: no not at all it'll arrive in two days
C: oh thank god okay thank you so much you've been really helpful""",
False, 0.0, "positive", "warranty support, no purchase; 'thank you so much you've been really helpful'"),

("FR61_032", "Ibrahim Saleh", "2026-11-23T11:40:13", "clean",
"""A: Northline Mobile, this is Ibrahim.
C: Hi, I want to cancel my service. I'm paying $85 a month, and a friend of mine pays $55 with another company.
A: I understand. How long have you been with us?
C: Almost six years.
A: Thank you for that. Let me see what I can do. I can take $20 off your plan for the next 12 months, so $65 a month, same data and everything.
C: Sixty-five. It's still not fifty-five.
A: It's the best I can offer, and you'd keep your phone payment terms without paying off the device.
C: Right, the phone. Okay, fine. I'll stay on at sixty-five.
A: Great, I've applied it. It starts on your next bill.
C: Alright.""",
True, 0.0, "neutral", "accepts save offer 'I'll stay on at sixty-five'; discount is not upsell; grudging/neutral"),

("FR61_033", "Maya Okafor", "2026-11-24T12:55:41", "asr",
"""A: northline mobile this is maya
C: hi i'm going to portugal in december and i wanted to know what it costs to use my phone there
A: sure you can do the daily travel pass which is ten dollars a day or the monthly international add on at sixty
C: okay and the daily one is just on days i use it
A: exactly it only charges on days you use data or make a call
C: mhm and texts
A: texts are free either way
C: okay um i'll probably just use wifi mostly
A: do you want me to add the travel pass to your account now
C: uh no i'll sort it out closer to when i go maybe
A: no problem you can add it in the app anytime
C: okay thanks""",
False, 0.0, "neutral", "price questions only; 'i'll sort it out closer to when i go maybe' - deferral"),

("FR61_034", "Derek Lindqvist", "2026-11-24T16:20:08", "clean",
"""A: Harbor View Inn, Derek speaking.
C: Hi! I want to surprise my wife for our anniversary. Do you have the suite available on December 5th?
A: Let me see. Yes, the Lighthouse Suite is open on the 5th, $329 for the night.
C: I'll take it.
A: Wonderful. We also have a couples spa package, 60-minute massages for two, $120.
C: Oh, she'd love that. Yes, add it.
A: Done. Anything else?
C: Actually, wait, scrap the spa. I just remembered she hates massages. She'll want to sleep in.
A: No problem, I've removed it. So the Lighthouse Suite for December 5th, $329.
C: Yes. This is going to be great, she's been wanting to stay there for years. Thank you!""",
True, 0.0, "positive", "'I'll take it' suite; spa add-on accepted then retracted 'scrap the spa' -> upsell 0; excited end"),

("FR61_035", "Priya Raman", "2026-11-25T18:33:57", "asr",
"""A: tony's pizza this is priya pickup or delivery
C: uh pickup
A: okay what can i get you
C: two large pepperoni and um one of them half mushroom
A: okay two large pepperoni one half mushroom anything else
C: how much is the garlic bread
A: it's six ninety nine
C: yeah throw that in
A: okay so two large pizzas and a garlic bread that's thirty eight forty two it'll be ready in twenty minutes
C: okay
A: name for the order
C: kevin""",
True, 6.99, "neutral", "pizza order; garlic bread 'six ninety nine' 'yeah throw that in' = 6.99; flat"),

("FR61_036", "Tomas Herrera", "2026-11-25T10:10:22", "clean",
"""A: Ridgeway Auto Service, Tomas speaking.
C: Yeah, I picked up my truck yesterday and the invoice is $640. I was quoted $450.
A: Let me look. Name on the account?
C: Dale Whitaker.
A: I see it. The tech found the caliper was seized when they did the brakes, and it was replaced.
C: Nobody called me about a caliper. I would have said no, or at least I'd have wanted to know.
A: You're right, we should have called before doing extra work. I can take the labor on the caliper off, that's $85.
C: So I'm still paying over a hundred more than what you told me.
A: The part itself was installed and it was necessary. I'm sorry it wasn't communicated.
C: I'll pay it, but honestly I won't be bringing the truck back here.""",
False, 0.0, "negative", "invoice dispute for work already done; no new purchase; 'won't be bringing the truck back here'"),

("FR61_037", "Janelle Brooks", "2026-11-26T13:02:33", "clean",
"""A: Hi, this is Janelle from StreamLink. Is this Mrs. Kowalski?
C: It is.
A: I'm calling because fiber just became available on your street. You're on our 200-megabit plan at $55, and we can take you to 1 gig for $20 more a month.
C: Oh, interesting. We do have three kids gaming all the time.
A: That's exactly who it's built for. Installation is free this month.
C: It sounds good. I'd have to talk to my husband first, he handles the bills.
A: Of course. Would you like me to call back tomorrow?
C: Yes, call me back tomorrow evening, after six.
A: Will do.
C: Okay, bye.""",
False, 0.0, "neutral", "'talk to my husband first' deferral; 'Yes, call me back tomorrow' is not a purchase"),

("FR61_038", "Kenji Watanabe", "2026-11-26T15:48:19", "asr",
"""A: cedar mutual this is kenji
C: hi i just bought a car and i need insurance on it by friday
A: congratulations what did you get
C: a twenty nineteen rav four
A: nice okay based on what you've given me the full coverage comes to one twelve a month
C: okay that's less than my old company quoted me
A: and we can add roadside assistance for four dollars a month towing lockouts flat tires
C: yeah add the roadside i've been stuck before
A: so full coverage at one twelve plus roadside at four starting friday shall i go ahead and bind it
C: yes go ahead
A: done you'll get your id cards by email in a few minutes
C: oh great that was painless thank you""",
True, 4.0, "positive", "'yes go ahead' binds policy; roadside four dollars a month accepted; 'that was painless'"),

("FR61_039", "Rosa Delgado", "2026-11-27T11:16:40", "clean",
"""A: Hearth & Grain Furniture, Rosa speaking.
C: Hi, I want to order the Marlow sofa in the sage green.
A: Let me check. I'm sorry, the sage is sold out, and the next shipment isn't until February.
C: February? Ugh. What colors do you have?
A: In stock we have charcoal, oat, and navy.
C: Hm. Oat would work with my rug, I think.
A: The oat Marlow is $1,450, delivered within two weeks. We also have a fabric protection treatment for $79.
C: No, skip the protection. Just the sofa in oat.
A: Okay, the Marlow sofa in oat, $1,450, delivery on December 8th. Is that right?
C: Yes, that's right.""",
True, 0.0, "neutral", "sage sold out but buys oat instead 'Just the sofa in oat' + confirms; protection declined"),

("FR61_040", "Owen Fitzgerald", "2026-11-27T09:04:58", "asr",
"""A: tri county power and gas this is owen
C: hi we're moving into a new place on the first and i need to get the electric and gas started
A: sure what's the new address
C: nine oh five maple ridge apartment four b
A: okay and do you want service starting december first
C: yes please
A: and we'll need to close the account at your current address too right
C: yeah same day
A: okay you're all set service starts at maple ridge december first and the old account closes the same day there's no deposit since you've paid on time
C: oh wow no deposit that's great
C: honestly that was way easier than i expected thanks""",
True, 0.0, "positive", "'yes please' to start service at new address = sign-up; 'way easier than i expected'"),
]
