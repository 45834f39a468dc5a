CALLS = [
("FR74_041", "Hannah Brightwell", "2026-11-19T11:15:00", "asr",
"""A: oakridge furniture this is hannah
C: yeah hi my sectional came yesterday and it's the wrong color i ordered slate and this is like a brownish beige
A: oh i'm sorry let me pull up the order yes it says slate the warehouse must have pulled the wrong one
C: yeah obviously
A: i can offer you one hundred fifty dollars off if you'd like to keep it
C: no i don't want a discount i want what i paid for this is ridiculous
A: understood i can schedule a pickup and reorder the slate it would be about four weeks
C: four weeks are you serious
A: i'm sorry that's the earliest
C: fine just come get it i can't believe this""",
False, 0.00, "negative",
"wrong item, discount refused; pickup of wrong item is not a purchase; 'this is ridiculous', 'i can't believe this'"),

("FR74_042", "Omar Haddad", "2026-11-19T13:30:00", "clean",
"""A: Brightline Electronics, Omar speaking.
C: Hi, I'd like the Roomba-style one, the CleanBot X5, the $549 one.
A: Sure thing. We offer protection on it, $79 for two years or $109 for three years.
C: What's the battery life like after a couple of years?
A: They do fade, and the plan covers one battery replacement.
C: Then three years, the $109 one.
A: Great. CleanBot X5 with the three-year plan, $658. Shall I send it to your home address?
C: Yes, please. Thanks, you explained that really well.
A: Happy to help. It'll arrive Wednesday.
C: Great, I'm looking forward to not vacuuming.""",
True, 109.00, "positive",
"chose the three-year plan 'the $109 one' (not the $79); $658 total said beside; pleased"),

("FR74_043", "Lucy Tran", "2026-11-20T10:00:00", "clean",
"""A: Appliance desk, Lucy speaking.
C: I want the Coldmaster top-freezer fridge, the $749 one.
A: Sure. There's a $49 delivery fee on orders under $800.
C: Oh good, a fee. Of course there is.
A: I'm sorry. We also offer a four-year protection plan for $99.
C: No. I'm already paying you to drive it over.
A: Understood. Fridge at $749 plus the $49 delivery fee. Confirm and I'll place it?
C: Yes, place it. Fantastic. Nickel and dimed as usual.
A: It's placed for Saturday.
C: Can't wait.""",
True, 0.00, "negative",
"confirmed read-back 'Yes, place it'; mandatory $49 delivery fee is a fee, plan declined -> 0; sarcasm 'Oh good, a fee', 'Nickel and dimed'"),

("FR74_044", "Grant Whitaker", "2026-11-20T12:25:00", "asr",
"""A: brightline fitness this is grant
C: hi i'm calling about my order the stride rower i ordered it in october
A: let me look um it's on backorder now the new date is about six more weeks
C: six more weeks
A: yeah the manufacturer pushed it i'm sorry about that do you want to keep the order or cancel
C: i'll keep it i guess
A: okay you'll stay in line for it
C: i mean i'm not thrilled honestly it's kind of a letdown i bought it to get in shape before the holidays
A: i understand i'll email you if the date moves up
C: okay""",
False, 0.00, "negative",
"status of an earlier order, nothing new bought ('i'll keep it i guess'); 'not thrilled honestly it's kind of a letdown'"),

("FR74_045", "Ines Moreau", "2026-11-20T14:40:00", "clean",
"""A: Oakridge Furniture, this is Ines.
C: Hi! I'm ordering the Nora platform bed in king, the one with the lights in the headboard.
A: Lovely, that's $1,249. Would you like the under-bed storage drawers too? They're $129.
C: No thanks, we've got a closet system. Do the headboard lights come standard, or are they extra?
A: They come standard, with a remote. So the Nora king, $1,249, delivery on the 30th. Shall I place it?
C: Yes, please place it.
A: Done!
C: Perfect, really glad I called. Thank you!""",
True, 0.00, "positive",
"'Yes, please place it'; drawers declined 'No thanks' -> upsell 0; 'really glad I called'"),

("FR74_046", "Caleb Ferris", "2026-11-23T09:40:00", "asr",
"""A: brightline electronics caleb speaking
C: hey i'm getting the lumina sixty five inch oled the one that's fourteen ninety nine
A: nice do you want us to wall mount it for you the mounting service is one forty nine so that'd be sixteen forty eight total
C: hm what's that include
A: the mount the install and we hide the cables in the wall if there's no fire block
C: hm yeah okay do the mounting
A: and we also do picture calibration for sixty nine
C: no that's fine
A: okay tv plus mounting installers can come monday
C: monday works
A: you're all set
C: okay cool""",
True, 149.00, "neutral",
"mounting $149 accepted ('yeah okay do the mounting'), $1,648 total said beside; calibration declined; flat"),

("FR74_047", "Yuki Tanabe", "2026-11-23T11:55:00", "clean",
"""A: Oakridge Furniture, Yuki speaking.
C: Hi, I'd like four of the Vale dining chairs in oatmeal.
A: Let me check stock... I'm sorry, we only have two left in oatmeal. More are due in February.
C: Two doesn't help me. I need four.
A: We have four in charcoal.
C: The table and the rug are all done around the oatmeal. Charcoal won't work.
A: I could order two now and reserve two from the February shipment.
C: I don't want half the chairs until spring. Forget it.
A: I understand. I'm sorry about that.
C: Me too. I'd really had my heart set on those.""",
False, 0.00, "negative",
"only 2 of 4 in stock, alternatives refused: 'Forget it'; 'I'd really had my heart set on those' - disappointed"),

("FR74_048", "Declan Murphy", "2026-11-23T14:15:00", "clean",
"""A: Oakridge Furniture, Declan here.
C: Hello. I'm buying the Bexley recliner for my dad, the $1,050 one in brown leather.
A: Lovely chair. There's a power-lift version that helps you stand up. The upgrade is normally $400, but we're running it at $250 this month.
C: Oh, that would actually help him a lot with his knees. At 250 I'm in.
A: Great. Bexley power-lift, $1,300 all together. Delivery to his address?
C: Yes, to his place, I'll give you the address.
A: Perfect. It'll come on the 2nd.
C: That's wonderful, he's going to love it. Thank you so much.""",
True, 250.00, "positive",
"upgrade revised $400 -> $250, 'At 250 I'm in' = 250; 'he's going to love it. Thank you so much'"),

("FR74_049", "Marisol Vega", "2026-11-24T09:20:00", "asr",
"""A: brightline protection plans this is marisol
C: hi my microwave stopped heating and i have your plan on it so i want to get it fixed
A: let me check okay i see the plan it ended on the ninth of this month
C: the ninth so it's been two weeks
A: i'm sorry it's expired so it wouldn't be covered i can offer a repair visit for one twenty nine
C: so it's not covered great just great
A: i know it's frustrating
C: no thanks i'm not paying one twenty nine to fix a two hundred dollar microwave
A: understood anything else i can help with
C: nope you've done plenty""",
False, 0.00, "negative",
"repair visit declined 'no thanks'; sarcasm 'great just great', 'you've done plenty'"),

("FR74_050", "Derek Lindqvist", "2026-11-24T11:45:00", "clean",
"""A: Brightline Electronics, Derek speaking.
C: Hi, I want to order the Forge gaming desktop, the $1,299 one.
A: Great. Do you need a monitor? The Forge 27-inch 165 Hz is $329 with the PC.
C: Yeah, I need a monitor. Add it.
A: And the mechanical keyboard is $89.
C: Sure, add that too.
A: So PC, monitor and keyboard. Shipping to your address?
C: Yes. Actually, drop the keyboard, I'll keep using my old one for now.
A: Keyboard removed. PC and monitor, $1,628, arriving Thursday.
C: Okay, sounds good.""",
True, 329.00, "neutral",
"monitor $329 accepted; keyboard $89 accepted then 'drop the keyboard' -> 329; flat"),

("FR74_051", "Priya Raman", "2026-11-24T13:30:00", "clean",
"""A: Oakridge Design Services, Priya speaking.
C: Hi, I'm thinking about the custom-size Walden sofa, and the website says you can send someone to measure?
A: Yes, a free in-home measuring appointment. I have Tuesday at 10 or Thursday at 2.
C: Thursday at 2 would be perfect.
A: Great. Can I confirm the address, 18 Birch Lane?
C: That's right.
A: You're booked for Thursday at 2. The designer will bring fabric swatches too.
C: Oh, wonderful, I didn't know that. Thank you so much, this is exactly what I needed.""",
True, 0.00, "positive",
"free measuring appointment booked ('Thursday at 2 would be perfect' + booking confirmed) = conversion, no price -> 0"),

("FR74_052", "Tobias Wren", "2026-11-24T15:50:00", "asr",
"""A: restwell mattress this is tobias
C: hi yeah i want to order the aurora king the medium firm
A: sure that's fifteen forty nine and it comes with free delivery and a hundred night trial
C: okay yeah let's do that
A: great and can i get the delivery address
C: yeah it's um hold on my wife just texted me
A: no problem
C: ugh sorry can you cancel that she says we're going to the store this weekend to lie on it first
A: no worries i've cancelled it nothing's been charged
C: okay sorry about that thanks""",
False, 0.00, "neutral",
"'okay yeah let's do that' then 'can you cancel that' -> no conversion; apologetic, neutral"),

("FR74_053", "Keisha Holloway", "2026-11-25T10:05:00", "clean",
"""A: Brightline Electronics, Keisha speaking.
C: Hi. I was in your Riverside store Saturday and the guy said if I called today you'd match Hartmann's price on the Tempo soundbar.
A: Let me check. I'm sorry, Hartmann's sale ended yesterday, so there's no current price to match.
C: He said today would be fine. He told me that directly.
A: I understand, but I can only match a live price. Our price is $299.
C: So I drove across town for nothing. Great.
A: I'm sorry. Is there anything else I can help with?
C: No. I'm done with this store, honestly.""",
False, 0.00, "negative",
"price match refused, nothing bought; sarcastic 'Great', 'I'm done with this store'"),

("FR74_054", "Nathan Okafor", "2026-11-25T12:20:00", "asr",
"""A: oakridge furniture nathan speaking
C: hi i saw the harlow bar stools online the green velvet ones how much are they
A: they're eighty nine each
C: oh that's less than i thought okay i'll take three
A: three harlow stools in green that's two sixty seven shipping is free
C: yes that's right
A: great they'll ship out monday
C: oh these are gorgeous i've been looking for stools like this for ages thank you""",
True, 0.00, "positive",
"three stools at $89 each are the main purchase, not an add-on -> upsell 0; 'oh these are gorgeous'"),

("FR74_055", "Gemma Castellano", "2026-11-25T14:35:00", "clean",
"""A: Appliance desk, Gemma speaking.
C: Hi, I'm calling about the Quietline 44 dB dishwasher, $679.
A: Sure. Would you like the five-year protection plan? It's $249.
C: I'll take my chances.
A: Understood. Installation is included this month. Shall I place the order for the dishwasher?
C: Go ahead.
A: Done. Delivery and install on the 3rd, between 12 and 4.
C: Fine.
A: Anything else?
C: No.""",
True, 0.00, "neutral",
"plan refused without 'no' ('I'll take my chances'); 'Go ahead' to the closing question; flat"),

("FR74_056", "Ruben Szabo", "2026-11-25T16:10:00", "clean",
"""A: Oakridge Furniture, Ruben speaking.
C: I'm calling for the Hartley dresser with the 18-month financing that's in your ad.
A: Sure, I'll run the application. One moment... I'm sorry, it came back declined.
C: Your ad says everyone qualifies. In big letters.
A: I'm sorry, it's subject to credit approval. Would you like to pay another way? It's $849.
C: Honestly that's frustrating. Fine. Charge the debit card ending 5521.
A: Done, the dresser is ordered, delivery on the 4th.
C: And next time maybe don't advertise what you can't give.""",
True, 0.00, "negative",
"financing declined but paid by debit: 'Charge the debit card' -> conversion; 'that's frustrating', irritated to the end"),

("FR74_057", "Hannah Brightwell", "2026-11-26T10:30:00", "asr",
"""A: brightline outdoor this is hannah
C: hi i want the ember four burner grill the black one
A: great that's five ninety nine do you want assembly it's forty nine
C: no i can put it together
A: okay and we have a fitted cover for thirty nine
C: nah i'm good
A: okay grill only delivery friday is that okay
C: yeah friday's good oh you know what add the cover it rains here all winter
A: ha good call cover added
C: that's awesome thanks you've been great""",
True, 39.00, "positive",
"cover $39 declined ('nah i'm good') then 'add the cover' = 39; assembly declined; 'that's awesome... you've been great'"),

("FR74_058", "Omar Haddad", "2026-11-26T12:05:00", "clean",
"""A: Brightline Electronics, Omar speaking.
C: Hi, what would I get for trading in my TV? It's a 55-inch Vistar from 2019, works perfectly.
A: Let me look... for that model the trade-in value is $40.
C: Forty dollars? For a TV that works perfectly? That's an insult.
A: I'm sorry, it's based on the resale market.
C: I was going to trade it in toward the 75-inch. Not for forty bucks.
A: The 75-inch is still $1,199 without a trade-in, if you'd like it.
C: No. I'll sell it myself and think about it.""",
False, 0.00, "negative",
"trade-in quote only, no purchase ('No. I'll sell it myself'); 'That's an insult'"),

("FR74_059", "Lucy Tran", "2026-11-26T14:25:00", "asr",
"""A: brightline office lucy speaking
C: hi um i'm looking at the lift pro standing desk the walnut top one is that in stock
A: let me look um the walnut top is sold out right now the black and the white are in stock
C: hm when is walnut coming back
A: the system says early december but it's not confirmed
C: okay i'll check back next week then
A: sure i can email you if it comes in
C: yeah sure that's fine
A: alright anything else
C: no that's it""",
False, 0.00, "neutral",
"wanted colour sold out; 'i'll check back next week' = deferral; 'yeah sure' is to the email alert; flat"),

("FR74_060", "Grant Whitaker", "2026-11-26T16:00:00", "clean",
"""A: Brightline Appliances, Grant speaking.
C: Hi, I'm comparing induction ranges and I've got a few questions about the Kessler IR-30.
A: Sure, go ahead.
C: Does it need a special circuit? And does it work with my cast iron?
A: It needs a 40-amp circuit, same as most electric ranges, and cast iron works great on induction.
C: Oh, good. And the price right now?
A: $1,599 through Sunday. Can I get an email to send you a quote?
C: Yes, it's dana.kirk@mailbox.com. Send me the quote and I'll decide this weekend.
A: Sent. Anything else?
C: No, that's it. Thanks, this was genuinely helpful.""",
False, 0.00, "positive",
"'Yes' is to giving an email; 'I'll decide this weekend' = no commitment; 'this was genuinely helpful'"),
]
