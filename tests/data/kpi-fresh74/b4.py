CALLS = [
("FR74_061", "Ines Moreau", "2026-11-27T09:10:00", "clean",
"""A: Brightline Electronics, this is Ines.
C: Hi, I'd like to order the Zentro 13 laptop for my daughter, the $899 one.
A: Sure. Would you like the Office subscription? It's $99 a year.
C: No, her school gives her that.
A: And accidental damage protection, $179 for three years? Covers drops and spills.
C: She's 15. Yes, add the damage protection.
A: Done. Laptop plus damage protection, $1,078. Shipping to you?
C: Yes. Actually, on second thought, skip the damage plan. My credit card covers accidental damage, I just remembered.
A: No problem, removed. Just the laptop then, $899.
C: Okay, that's it.""",
True, 0.00, "neutral",
"laptop ordered; damage plan $179 accepted then 'skip the damage plan' (retracted by name); Office declined -> 0"),

("FR74_062", "Caleb Ferris", "2026-11-27T11:35:00", "asr",
"""A: wheelhouse bikes caleb speaking
C: hey i wanted to order the summit trail bike the blue one in extra large i'm six five
A: let me check um i'm really sorry the extra large is sold out and we're not getting more this model year
C: oh man seriously
A: the large might fit if we put a longer seatpost on it
C: nah i tried a large at the shop it's way too small for me
A: i understand i can let you know if the new model comes in extra large
C: yeah i guess that's a bummer i was really looking forward to that one
A: sorry about that
C: it's okay not your fault bye""",
False, 0.00, "negative",
"XL sold out, large alternative refused; 'that's a bummer i was really looking forward to that one' - disappointed"),

("FR74_063", "Yuki Tanabe", "2026-11-02T11:50:00", "clean",
"""A: Brightline Electronics, Yuki speaking.
C: Hi! I'm putting together a home theater and I want the Sonora AVR-7 receiver, $699.
A: Excellent choice. For the receiver and your TV, we recommend surge protectors, they're $29.99 each.
C: Yeah, smart. I'll take two, one for the rack and one for the TV wall.
A: Two surge protectors, $59.98. Would you like the speaker cable kit for $49 too?
C: I've got cable, thanks.
A: So the receiver and two surge protectors. Shall I place the order?
C: Yes, please do! I've been planning this setup for months, this is so exciting.
A: It's placed, arriving Tuesday.
C: Fantastic, thanks so much.""",
True, 59.98, "positive",
"two surge protectors at $29.99 each = 59.98; cable kit declined; 'this is so exciting', 'Fantastic'"),

("FR74_064", "Declan Murphy", "2026-11-03T16:05:00", "asr",
"""A: brightline electronics declan here
C: yeah hi i'm looking at the vistar fifty five inch the four forty nine one
A: sure and with that i'd recommend the premium hdmi cable it's seventy nine and the four year protection plan is one nineteen
C: oh sure i love paying eighty bucks for a cable
A: well it does support the full refresh rate
C: and a hundred and nineteen for a plan on a four hundred dollar tv yeah great deal
A: you don't have to take either of them
C: you know what forget it i'll just get it at the warehouse club
A: okay sorry to hear that
C: yeah sure""",
False, 0.00, "negative",
"no purchase: 'forget it i'll just get it at the warehouse club'; sarcasm 'i love paying eighty bucks for a cable', 'yeah great deal'"),

("FR74_065", "Marisol Vega", "2026-11-04T11:40:00", "clean",
"""A: Oakridge Furniture, Marisol speaking.
C: Hi, I'd like to order the Palmer sofa in ivory, $1,699.
A: Sure. With ivory, a lot of people add our stain protection. It's $199 for five years.
C: Any wiggle room on that?
A: I can do $149 if you add it today.
C: Okay, at 149, add it. We have a dog.
A: Done. Sofa at $1,699 plus stain protection at $149. Delivery on the 16th?
C: The 16th is fine.
A: All set.
C: Okay, thanks.""",
True, 149.00, "neutral",
"stain protection revised $199 -> $149, 'at 149, add it' = 149; flat"),

("FR74_066", "Derek Lindqvist", "2026-11-05T13:15:00", "clean",
"""A: Brightline Home Services, Derek speaking.
C: My dishwasher died. It's 14 months old. One month out of warranty, of course.
A: I'm sorry. I can send a technician. The visit is $129, parts extra if needed.
C: Of course it is.
A: I have Friday between 8 and 12.
C: Book it, I guess. Not like I have a choice.
A: Booked for Friday, 8 to 12.
C: Fourteen months. They really don't make them like they used to.
A: I understand. Anything else?
C: No.""",
True, 0.00, "negative",
"'Book it, I guess' = repair appointment booked (the visit is the main purchase) -> 0; resigned and bitter"),

("FR74_067", "Priya Raman", "2026-11-06T09:25:00", "asr",
"""A: oakridge kids this is priya
C: hi i'd like to order the tucker bunk bed the white one for my boys
A: oh that's a lovely one that's seven ninety nine do you need mattresses for it we have the kids foam mattresses at one forty nine each
C: oh yes we need two of those one for each bunk
A: two mattresses at one forty nine each so two ninety eight
C: perfect
A: and the bunk comes with free assembly shall i book delivery for the eighteenth
C: yes please the eighteenth is great
A: wonderful you're all set
C: thank you so much they're going to be thrilled""",
True, 298.00, "positive",
"two mattresses at 'one forty nine each' = 298; 'thank you so much they're going to be thrilled'"),

("FR74_068", "Tobias Wren", "2026-11-09T15:40:00", "clean",
"""A: Brightline Protection, Tobias speaking.
C: Hi, I bought a Frostline fridge two weeks ago. How much is the four-year plan if I add it now?
A: For that fridge, the four-year plan is $199.
C: And is there a deadline to add it?
A: Within 30 days of purchase, so you have about two weeks.
C: Okay. Just curious for now. I'll think about it.
A: Sure. Anything else?
C: No, that's all. Thanks.""",
False, 0.00, "neutral",
"only asked the plan price, 'Just curious for now. I'll think about it'; flat"),

("FR74_069", "Keisha Holloway", "2026-11-10T12:45:00", "clean",
"""A: Appliance desk, Keisha speaking.
C: Hi, I'd like the Steamline front-load washer, the $899 one in graphite.
A: Great. Let me confirm: Steamline front-load in graphite, $899, delivery on Wednesday?
C: Yes, that's correct.
A: Wonderful, I'm placing it now... oh. I'm so sorry, the system says the last graphite unit just sold and the order failed.
C: You just confirmed it. Unbelievable.
A: I'm really sorry. White is in stock for the same price.
C: I don't want white. This is a joke.
A: I can notify you when graphite is back.
C: Don't bother.""",
False, 0.00, "negative",
"read-back confirmed but order failed (last unit sold), white refused -> no conversion; 'Unbelievable', 'This is a joke'"),

("FR74_070", "Nathan Okafor", "2026-11-11T14:10:00", "asr",
"""A: brightline cameras this is nathan
C: hi i'm buying the kestrel mirrorless camera body the twelve ninety nine one
A: great camera do you need memory cards the fast sixty four gig ones are thirty four each
C: oh yeah i need cards give me two
A: two cards sixty eight and we have a shoulder bag for seventy nine
C: no i've got a bag
A: okay the body and two cards shipping tomorrow
C: yes perfect
A: you're all set
C: this is great you've been a big help thanks""",
True, 68.00, "positive",
"cards 'thirty four each', 'give me two' = 68; bag declined; 'this is great you've been a big help'"),

("FR74_071", "Gemma Castellano", "2026-11-12T09:05:00", "clean",
"""A: Appliance desk, Gemma speaking.
C: Hi, I'm looking at the compact Steamline washer for my apartment.
A: Sure, the 24-inch, $749. Is it the same delivery address on Maple Street?
C: Yes.
A: Great, so shall I go ahead and place the order?
C: Hold off. I'm still waiting on my landlord's okay for the washer hookup.
A: No problem. The price is good through the end of the month.
C: Okay, noted.
A: Anything else?
C: No, that's it.""",
False, 0.00, "neutral",
"'Yes' confirms the address; to the closing question 'Hold off' -> no conversion; flat"),

("FR74_072", "Ruben Szabo", "2026-11-13T16:30:00", "asr",
"""A: restwell mattress ruben speaking
C: hi i want to return the summit firm i'm still inside the hundred nights
A: sure i can help with that before i start we can exchange it for the summit plush instead if you want something softer
C: no i just want my money back
A: okay the exchange would be free and a lot of people find the plush
C: no honestly this thing wrecked my back for two months i'm done with it
A: i understand i'll set up the return pickup for next week
C: okay
A: the refund goes out once it's picked up
C: fine honestly really disappointed i expected a lot more from you guys""",
False, 0.00, "negative",
"return for refund, free exchange refused ('no i just want my money back'); 'really disappointed'"),

("FR74_073", "Hannah Brightwell", "2026-11-16T15:15:00", "clean",
"""A: Appliance desk, Hannah speaking.
C: Hi! Can you match Hartmann's on the Coldmaster bottom-freezer fridge? They have it for $1,089.
A: Let me verify... yes, same model, in stock. I can do $1,089.
C: That's fantastic, thank you! Then let's do it.
A: Wonderful. Would you like a four-year protection plan for $129?
C: I'll skip the plan, but thanks.
A: No problem. Delivery Thursday morning?
C: Thursday's perfect.
A: You're all set.
C: Thank you, you made this so easy.""",
True, 0.00, "positive",
"price match (discount, not upsell), 'Then let's do it'; plan declined; 'That's fantastic', 'you made this so easy'"),

("FR74_074", "Omar Haddad", "2026-11-17T10:30:00", "clean",
"""A: Brightline Appliances, Omar speaking.
C: I need a new microwave. The Kessler countertop one, the same model I bought in March.
A: The KC-12, $189. Do you mind me asking why the same model?
C: Because it fits the cabinet. The last one lasted eight months. Not impressed.
A: I'm sorry to hear that. We do have a two-year plan for $39.
C: No. I shouldn't need a plan for a microwave to last a year.
A: Understood. Shall I put the KC-12 through?
C: Yes, put it through. I need one, unfortunately.
A: Done, it ships today.
C: Fine.""",
True, 0.00, "negative",
"'Yes, put it through' -> conversion; plan declined -> 0; 'Not impressed', 'I need one, unfortunately' - grudging"),

("FR74_075", "Lucy Tran", "2026-11-18T11:25:00", "asr",
"""A: oakridge furniture lucy speaking
C: hi um do you guys have the willow accent chair in the mustard color at the millbrook store
A: let me look yes we have two on the floor at millbrook
C: oh awesome and what time are you open saturday
A: ten to seven on saturday
C: okay cool i'll come in saturday and sit in it
A: sounds great i can put a note that you're coming
C: yeah that'd be nice thanks so much you're super helpful""",
False, 0.00, "positive",
"'i'll come in saturday and sit in it' is a visit, no purchase or booking; 'thanks so much you're super helpful'"),

("FR74_076", "Grant Whitaker", "2026-11-19T15:35:00", "clean",
"""A: Wheelhouse Bikes, Grant speaking.
C: Hi, I want the Voltera commuter e-bike, $2,199, and the rear rack.
A: The rack is $89. So $2,288 for both. Shall I place it?
C: Yes, go ahead.
A: Great. The e-bike ships from the distributor, so it would arrive around December 22nd.
C: December 22nd? The site said 5 to 7 days.
A: I'm sorry, that's for the models in the warehouse. The Voltera is coming from the distributor.
C: Hmm. I need it for commuting now, not at Christmas. You know, cancel all of it.
A: Okay, I've cancelled the bike and the rack.
C: That's really disappointing. I'd been looking forward to it all month.""",
False, 0.00, "negative",
"bike + $89 rack confirmed, then 'cancel all of it' -> no conversion, upsell 0; 'really disappointing'"),

("FR74_077", "Ines Moreau", "2026-11-20T16:20:00", "asr",
"""A: oakridge furniture this is ines
C: hi i'm ready to order the brenton sectional the grey one in the left facing
A: oh wonderful that's twenty six ninety nine and standard delivery is free to the front door or we can do room of choice placement and packaging removal for seventy nine
C: oh yes please we live on the third floor
A: room of choice it is so the sectional and the placement delivery on the second
C: yes that's right
A: you're all set
C: oh amazing thank you so much that takes a load off""",
True, 79.00, "positive",
"room-of-choice placement $79, 'oh yes please' = 79; read-back confirmed; 'amazing thank you so much'"),

("FR74_078", "Caleb Ferris", "2026-11-23T16:45:00", "clean",
"""A: Brightline Kitchen, Caleb speaking.
C: Hi, how much is the Artisan 5-quart stand mixer right now?
A: It's $399, and the pasta attachment bundle is $449.
C: Is it going on sale for Black Friday?
A: I can't say for sure, but it usually does.
C: Then I'll wait for Black Friday.
A: Sure. Would you like me to email you when it drops?
C: No, I'll check the site.
A: Okay. Anything else?
C: No, thanks.""",
False, 0.00, "neutral",
"price question, 'I'll wait for Black Friday' = deferral; flat"),

("FR74_079", "Yuki Tanabe", "2026-11-24T10:50:00", "asr",
"""A: appliance desk this is yuki
C: hi i want the steamline washer and i want to finance it with your card
A: sure let me run that okay you're approved the standard rate on purchases is twenty nine point nine percent
C: twenty nine percent
A: yes unless it's on a promo item and the washer isn't on promo right now
C: wow no thanks that's robbery
A: i understand you could also pay up front at eight ninety nine
C: no i'll just wait till i can afford it somewhere else honestly
A: okay sorry about that
C: yeah whatever""",
False, 0.00, "negative",
"financing rate refused 'wow no thanks that's robbery'; no purchase; 'yeah whatever'"),

("FR74_080", "Declan Murphy", "2026-11-25T09:40:00", "clean",
"""A: Brightline Fitness, Declan here.
C: Hi, I'm ready to order the Stride 300 treadmill, $1,399.
A: Great. Most customers add the equipment mat to protect the floor. The mat is $59.99, bringing you to $1,458.99.
C: Yes, add the mat, we have hardwood.
A: And we do in-home assembly for $129.
C: Sure, wait, how much? $129? No, my brother-in-law can put it together.
A: No problem. Treadmill and mat, delivery next Friday?
C: Next Friday is great.
A: You're all set.
C: Thank you, really looking forward to this.""",
True, 59.99, "positive",
"mat $59.99 accepted ($1,458.99 total said beside); assembly 'Sure, wait... No' -> not accepted; 'really looking forward to this'"),
]
