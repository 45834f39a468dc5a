CALLS = [
("FR74_021", "Keisha Holloway", "2026-11-10T16:20:00", "clean",
"""A: Brightline Protection, Keisha speaking.
C: Hi, I want to cancel the monthly appliance protection. It's $14.99 a month and I've never used it.
A: I can do that. Before I do, you have a washer, dryer and fridge on it. I can drop it to $9.99 a month for the next year.
C: Hm. And it still covers all three?
A: All three, same coverage, in-home repair.
C: The fridge is getting old, to be fair. Okay, I'll stay at nine ninety-nine.
A: Done. The new rate starts on your next bill.
C: Okay. Thanks.""",
True, 0.00, "neutral",
"retention offer accepted: 'Okay, I'll stay at nine ninety-nine'; lower price is a discount, not an add-on"),

("FR74_022", "Nathan Okafor", "2026-11-11T09:30:00", "asr",
"""A: oakridge furniture this is nathan
C: hi i bought the marlow sofa in sage last month and i wanted to get the matching ottoman
A: let me look um i'm sorry the marlow ottoman in sage was discontinued in october
C: oh that's too bad
A: we have a round ottoman in a similar green
C: i saw that one it doesn't really go with it
A: i understand
C: i really liked that one i was kind of saving up for it
A: i can let you know if any come back to a store
C: sure i guess that's all then thanks""",
False, 0.00, "negative",
"wanted item discontinued, alternative refused; 'oh that's too bad... i was kind of saving up for it' - disappointed, no purchase"),

("FR74_023", "Gemma Castellano", "2026-11-11T11:05:00", "clean",
"""A: Brightline Electronics, this is Gemma.
C: Hi, I'm ready to order the Lumina 77-inch OLED, the $1,299 one on the Black Friday preview.
A: Great. Would you like to add the Lumina Arc sound bar? It's $299 with the TV.
C: What's the total with it?
A: $1,598 plus tax.
C: Okay, include it.
A: Done. You'll need HDMI cables for the sound bar and your consoles, they're $24.99 each.
C: Three of those, then.
A: Three cables, $74.97. Shall I place everything for delivery Saturday?
C: Yes, Saturday works. Honestly, this was a lot easier than I expected. Thanks!""",
True, 373.97, "positive",
"sound bar $299 'include it' (total $1,598 said beside, not the price) + three cables at $24.99 each = 74.97 -> 373.97"),

("FR74_024", "Ruben Szabo", "2026-11-11T13:40:00", "asr",
"""A: appliance desk this is ruben
C: yeah i want to order the steamline dryer electric the white one
A: okay that's eight forty nine free delivery would you like the five year protection plan it's one ninety nine
C: um i don't know that's a lot
A: i hear you we actually have a promo this month so i can do it for one sixty nine
C: hm alright one sixty nine i'll do that
A: great so the dryer and the five year plan at one sixty nine shall i put it through
C: yeah put it through
A: done delivery is tuesday
C: okay""",
True, 169.00, "neutral",
"plan revised $199 -> $169 before acceptance: 'alright one sixty nine i'll do that'; flat"),

("FR74_025", "Hannah Brightwell", "2026-11-12T10:18:00", "clean",
"""A: Restwell Mattress, Hannah speaking.
C: Hi. Your website says the Serene Plush queen is in stock. I'd like to order it for this weekend.
A: Let me check... I'm sorry, it's actually out of stock. The website updates overnight.
C: Oh, perfect. So "in stock" on your website means nothing.
A: I'm sorry. The Serene Firm queen is in stock and could deliver Saturday.
C: I don't want a firm mattress. I want the one I picked.
A: The plush should be back in about three weeks. Should I reserve one?
C: No. I'll look elsewhere.
A: I understand. I'll pass the website feedback along.
C: Sure you will. Bye.""",
False, 0.00, "negative",
"out of stock despite site; firm alternative and reservation refused; sarcasm 'Oh, perfect', 'Sure you will'"),

("FR74_026", "Omar Haddad", "2026-11-12T12:55:00", "clean",
"""A: Wheelhouse Bikes, Omar speaking.
C: Hi, I brought my old road bike in yesterday for a trade-in quote. You said $300?
A: That's right, $300 toward any new bike.
C: Then I want the Gravelcraft 2 in the 56, the $1,800 one.
A: Great bike. With the trade-in that's $1,500. Would you like a professional bike fit with it? It's normally $150, $120 with a new bike.
C: Oh, I've always wanted a proper fit. Sure, book the fit too.
A: Booked for Saturday at ten when you pick up. The bike will be $1,500 plus $120 for the fit.
C: That's great. I'm really excited, thanks Omar.
A: See you Saturday!""",
True, 120.00, "positive",
"bike main, trade-in credit is a discount; fit revised $150 -> $120, 'Sure, book the fit too' = 120; excited"),

("FR74_027", "Lucy Tran", "2026-11-12T15:30:00", "asr",
"""A: appliance desk lucy speaking
C: hi yeah i'm looking at the frostline counter depth fridge the one for fourteen ninety nine do you have financing on that
A: yes twelve months no interest on the store card if it's paid off in twelve months
C: and i already have the store card
A: oh perfect then i can put it right on there do you want me to do that
C: yeah let's do it put it on the store card
A: done and would you like the water filter subscription it's twelve dollars every six months
C: no i'll just buy the filters myself when i need them
A: okay delivery will be next wednesday
C: okay that's fine""",
True, 0.00, "neutral",
"'yeah let's do it put it on the store card'; filter subscription declined; flat"),

("FR74_028", "Grant Whitaker", "2026-11-13T09:12:00", "clean",
"""A: Appliance desk, Grant speaking.
C: Hi, I'd like to order the Kessler 30-inch double wall oven, $1,849.
A: Sure. Delivery is free. Installation for a wall oven is $199, which puts you at $2,048 all in.
C: That's fine, we need it installed.
A: And haul-away of the old oven is $35.
C: Yes, take the old one too.
A: Great. Shall I book it for the 21st?
C: The 21st works. Oh, and take off the haul-away, my contractor is taking the old oven with the cabinets.
A: No problem, haul-away removed. Oven and installation for the 21st.
C: Okay, thanks.""",
True, 199.00, "neutral",
"installation $199 accepted ($2,048 total said beside); haul-away $35 accepted then 'take off the haul-away' -> 199"),

("FR74_029", "Ines Moreau", "2026-11-13T11:47:00", "asr",
"""A: brightline customer care this is ines
C: hi yeah my new washer got delivered this morning and there's a huge dent in the side and the door doesn't close right i'm honestly pretty upset
A: oh no i'm so sorry let me look at your order okay i can send a replacement on friday and they'll take the damaged one away at no charge
C: friday so i don't have to go through the store or anything
A: nope nothing you just need to be home between eight and noon
C: oh thank god okay
A: and i've added a twenty five dollar credit for the trouble
C: oh wow okay thank you so much you've been really helpful
A: of course anything else
C: no that's it thanks again really""",
False, 0.00, "positive",
"replacement of a damaged item is not a new purchase; starts 'pretty upset', ends 'thank you so much you've been really helpful'"),

("FR74_030", "Caleb Ferris", "2026-11-13T14:22:00", "clean",
"""A: Oakridge Furniture, Caleb speaking.
C: Hi, the Hollis bookcase, does it come in walnut?
A: Only in oak and white oak, I'm afraid.
C: Hm. I'd buy it if it came in walnut. Everything else in the room is walnut.
A: We do have the Brenner bookcase in walnut, but it's a bit narrower.
C: How narrow?
A: 30 inches instead of 36.
C: That's too narrow for the wall. Then I'll pass for now.
A: Understood. Anything else I can help with?
C: No, that's it.""",
False, 0.00, "neutral",
"conditional 'I'd buy it if it came in walnut', then 'I'll pass for now'; neutral"),

("FR74_031", "Yuki Tanabe", "2026-11-16T10:08:00", "asr",
"""A: oakridge furniture this is yuki
C: hi i'm ordering the ashby bed frame in queen the eight ninety nine one
A: lovely do you want the matching nightstands they're two forty each or four twenty for the pair
C: oh i love those the pair for four twenty please
A: great so the bed at eight ninety nine and the pair of nightstands at four twenty
C: yes that's right
A: delivery is free it can come the twenty fourth
C: oh perfect that's before my in laws come
A: wonderful you're all set
C: thank you i'm so excited this room's finally going to look finished""",
True, 420.00, "positive",
"'the pair for four twenty' = 420 (not 2 x 240); read-back confirmed; 'i'm so excited'"),

("FR74_032", "Declan Murphy", "2026-11-16T12:30:00", "clean",
"""A: Brightline Electronics, Declan here.
C: Hi, I want to order the Zentro 16 laptop, $1,399, for pickup.
A: Sure. Card number when you're ready.
C: It's the Visa ending 8830.
A: I'm sorry, it's come back declined.
C: That's weird. Try the Mastercard, ending 1147.
A: That one's declined too, unfortunately.
C: This is embarrassing. And frustrating, honestly, there's money on both.
A: Sometimes banks flag large online purchases. You could call them and we can try again.
C: I'll have to sort it out with my bank. Forget the laptop for now.""",
False, 0.00, "negative",
"both cards declined, 'Forget the laptop for now' -> no purchase; 'embarrassing. And frustrating'"),

("FR74_033", "Marisol Vega", "2026-11-16T14:45:00", "clean",
"""A: Brightline Appliances, Marisol speaking.
C: Hi, I need two of the Arctic 8,000 BTU window AC units.
A: They're $379 each, so $758 for two.
C: Okay. Do they come with the brackets?
A: No, the support brackets are $29 each. Most people get them for upstairs windows.
C: They're both upstairs. Add two brackets.
A: Two brackets, $58. So $758 plus $58. Shall I ship them?
C: Yes, ship them.
A: Done, they'll arrive Friday.
C: Okay.""",
True, 58.00, "neutral",
"two ACs at $379 each are the main purchase (not upsell); two brackets at $29 each = 58; flat"),

("FR74_034", "Derek Lindqvist", "2026-11-17T09:35:00", "asr",
"""A: brightline appliances derek speaking
C: hi i want the quietline dishwasher and shopmart dot com has it for six twenty nine so can you match that
A: let me look um that listing is from a marketplace seller not shopmart itself so i can't match that one sorry
C: oh so much for price matching then
A: our price is six ninety nine and delivery is free
C: yeah seventy bucks more for the same dishwasher no thanks
A: i could add free haul away if that helps
C: nope i'll just order it from them
A: okay sorry about that
C: yeah great policy really""",
False, 0.00, "negative",
"price match refused, customer buys elsewhere ('no thanks', 'i'll just order it from them'); sarcasm 'so much for price matching', 'great policy really'"),

("FR74_035", "Priya Raman", "2026-11-17T11:20:00", "clean",
"""A: Oakridge Furniture, Priya speaking.
C: Hi! I'm interested in the Camden modular sectional and your financing. Can you walk me through it?
A: Of course. The six-piece Camden is $3,200. With 36 months at 0% it's about $89 a month.
C: And if we wanted to add the chaise piece later?
A: You can add pieces anytime, and they can go on the same account.
C: Oh, that's really good to know. Is there a deposit?
A: No deposit. Would you like me to start the order?
C: Let me talk to my partner first, it's a big purchase. But you've been super helpful, really, I appreciate all the detail.
A: My pleasure. I'll email you the configuration.
C: Perfect, thank you!""",
False, 0.00, "positive",
"deferral 'Let me talk to my partner first'; 'super helpful, really, I appreciate all the detail'"),

("FR74_036", "Tobias Wren", "2026-11-17T13:50:00", "asr",
"""A: restwell mattress this is tobias
C: hi i bought a mattress in the store on sunday and they said to call to book the delivery
A: sure let me find it okay the king cloudline i have thursday morning or friday afternoon
C: thursday morning
A: thursday morning it is do you want us to take away the old mattress and box spring it's thirty each
C: uh yeah take both
A: so that's sixty for the two okay
C: yeah that's fine
A: alright you're booked thursday eight to twelve with haul away
C: okay thanks""",
True, 60.00, "neutral",
"delivery booked ('thursday morning'); haul-away 'thirty each' x mattress + box spring, 'yeah take both' = 60; flat"),

("FR74_037", "Keisha Holloway", "2026-11-18T10:10:00", "clean",
"""A: Brightline Outlet, Keisha speaking.
C: Hi, I want the refurbished Baristo espresso machine, the $389 one.
A: Sure, I can place that. Shipping is free. Should I put it through?
C: Yes, go ahead.
A: Done. Just so you know, refurbished items have a 14-day return window and a 90-day warranty.
C: Wait, 90 days? The listing said one-year warranty.
A: That's for new units, I'm sorry. Refurbished is 90 days.
C: That's a pretty big thing to leave out. Cancel it, please, I'm not comfortable with that.
A: Okay, I've cancelled the order.
C: Thanks. Not great, though.""",
False, 0.00, "negative",
"placed then 'Cancel it, please' -> no conversion; 'pretty big thing to leave out... Not great' - disappointed"),

("FR74_038", "Nathan Okafor", "2026-11-18T12:40:00", "clean",
"""A: Restwell Mattress, Nathan speaking.
C: Hi, I'd like to order the Aurora queen, the $1,199 one. I tried it in the store and loved it.
A: Wonderful. Would you like the waterproof protector with it? It's $79 and it keeps the warranty valid.
C: Yes to the protector.
A: And our cooling pillows are $45 each. Would you like two?
C: Just one pillow, I'll try it first.
A: So the mattress, the protector at $79 and one pillow at $45. Delivery on Monday?
C: Monday is great. I can't wait, I've been sleeping terribly.
A: You're all set.
C: Thank you so much!""",
True, 124.00, "positive",
"protector $79 + 'Just one pillow' at $45 each (not two) = 124; 'I can't wait', 'Thank you so much!'"),

("FR74_039", "Gemma Castellano", "2026-11-18T15:05:00", "asr",
"""A: brightline this is gemma
C: yeah hi i want to order the tornado stick vacuum the cordless one
A: sure that's three forty nine do you want the extra filter pack it's nineteen ninety nine
C: sure whatever add it
A: okay and an extra battery is eighty nine
C: no
A: okay so the vacuum and the filter pack ships tomorrow
C: mhm
A: alright you're all set
C: okay bye""",
True, 19.99, "neutral",
"filter pack 'sure whatever add it' = 19.99; battery 'no'; flat"),

("FR74_040", "Ruben Szabo", "2026-11-19T09:55:00", "clean",
"""A: Brightline Fitness, Ruben speaking.
C: I'm calling about my treadmill return. Again. This is the fourth call.
A: I'm sorry. I see the return request for the Stride 300. Instead of a return, I could exchange it for the Stride 500 and you'd pay just the $300 difference.
C: No. I don't want a more expensive treadmill, I want the one I have to stop making a grinding noise, or my money back.
A: I understand. The refund needs the pickup first, and I can book that for Tuesday.
C: I've been going back and forth with you people for two weeks.
A: I know, and I'm sorry. Tuesday, 9 to 1?
C: Fine. Just process the refund. I'm not buying anything else from you.""",
False, 0.00, "negative",
"paid exchange refused; return pickup for a refund is not a purchase; 'going back and forth with you people for two weeks'"),
]
