CALLS = [
("FR8_061", "Stella Moreno", "2026-11-20T09:10:14", "asr", """A: thank you for calling casa verde hotels this is stella
C: hi yeah i need to book two rooms for my parents and my in laws for thanksgiving
A: okay for which nights
C: the twenty sixth to the twenty eighth so two nights
A: i have standard kings at one forty nine a night
C: okay two of those
A: and would you like to add parking it's eighteen a night per car
C: just one car they're coming together
A: okay one car two nights thirty six and our thanksgiving dinner buffet is sixty five per person
C: ooh how many people is that four yeah let's do the buffet for all four
A: four buffets two sixty so two king rooms twenty sixth to twenty eighth with parking and buffet for four can i confirm that
C: yes that's right
A: you're booked
C: oh this is perfect they're going to love it thank you""", True, 296.00, "positive", "rooms main; parking $18 x 1 car x 2 nights = 36; buffet $65 x 4 = 260; total 296"),
("FR8_062", "Bartholomew Kent", "2026-11-20T10:34:48", "clean", """A: Kent Legal Services, Bartholomew speaking.
C: Hi, I need a will drawn up. How much do you charge?
A: A basic will is $450. A will plus power of attorney package is $700.
C: And a trust?
A: Living trusts start at $1,800.
C: That's more than I expected. I'll have to think about it.
A: Of course. Would you like a free 15-minute consultation?
C: Yes, that would be good. Thursday?
A: Thursday at 2 works. I've put you down.
C: Okay, thanks.""", True, 0.00, "neutral", "AMBIGUOUS: free consultation appointment booked = booking/appointment -> conversion true; no paid add-on -> 0"),
("FR8_063", "Fatima Zahra", "2026-11-20T11:55:30", "asr", """A: hi thank you for calling fresh basket grocery delivery this is fatima
C: yeah my order came and half the stuff was missing
A: i'm so sorry can you tell me what was missing
C: the milk the eggs the chicken like the main stuff
A: i've refunded those items eighteen forty two and added a credit for your next order
C: i needed those for dinner tonight
A: i understand would you like me to schedule a rush delivery today it's nine ninety nine
C: are you kidding me i'm not paying extra for your mistake
A: i'll waive the fee
C: no forget it i'll go to the store myself this is the last time i use you guys""", False, 0.00, "negative", "refund/credit; rush delivery refused; very negative"),
("FR8_064", "Gregory Lind", "2026-11-20T13:40:07", "clean", """A: Thanks for calling Summit Roofing, Gregory speaking.
C: Hi, I got your estimate for the roof replacement. $14,200, right?
A: Correct, architectural shingles, full tear-off.
C: We want to move forward. You mentioned gutter guards?
A: Yes, gutter guards for the whole house are $1,150.
C: Hmm. And the ridge vent upgrade?
A: $600.
C: Do the ridge vent. Skip the gutter guards, we'll do those ourselves.
A: Perfect. Roof replacement with ridge vent upgrade, $14,800. I'll send the contract today.
C: Sounds good. Honestly you were the only company that returned my calls, so thank you.""", True, 600.00, "positive", "roof main $14,200; ridge vent $600 accepted; gutter guards declined; appreciative -> positive"),
("FR8_065", "Imani Brooks", "2026-11-20T15:05:52", "asr", """A: good afternoon sunny days daycare imani speaking
C: hi um i'm looking for a spot for my two year old starting in january
A: we do have one opening in the toddler room full time is thirteen fifty a month
C: oh wow okay that's um that's more than i thought
A: we also have three days a week for nine hundred
C: hm yeah i don't know i'm still looking at a couple places
A: of course would you like to come for a tour
C: maybe i'll email you
A: sure
C: okay bye""", False, 0.00, "neutral", "no commitment; tour not booked"),
("FR8_066", "Rupert Hale", "2026-11-23T09:20:39", "clean", """A: Good morning, Ridgeway Motors service, Rupert speaking.
C: My car has been in your shop for nine days. Nine. For a brake job.
A: I'm sorry, sir. The part was delayed. It arrived this morning and the car will be ready by 4 pm.
C: It had better be.
A: While it's here, the technician noticed your wiper blades are worn. Replacement is $38.
C: Fine, do the wipers. And I expect a discount for the wait.
A: I can take 10% off the labour.
C: Whatever. Just have it ready.
A: It will be. We'll call you at 4.
C: Don't make me wait again.""", True, 38.00, "negative", "brake job is existing main; wipers $38 accepted; discount not counted; angry"),
("FR8_067", "Saanvi Mehta", "2026-11-23T10:41:16", "asr", """A: thank you for calling novatel mobile this is saanvi
C: hi i want to add a line for my daughter
A: sure adding a line on your plan is thirty a month
C: okay yeah add the line
A: great and would she like a new phone we have the basic model for one ninety nine
C: uh she's gonna use my old phone so no
A: perfect and for kids we have the family safety app it's four ninety nine a month
C: four ninety nine hm yeah actually that's a good idea add that
A: okay done line added plus family safety
C: wait sorry how much is the line again
A: thirty a month
C: okay yeah that's fine great thank you""", True, 34.99, "positive", "existing family plan is main; added line $30 a month (counted once) + safety app $4.99 = 34.99; phone declined"),
("FR8_068", "Desmond Clarke", "2026-11-23T12:12:43", "clean", """A: Clarke Home Warranty, Desmond speaking.
C: I need to file a claim, my AC stopped working.
A: I can help with that. There's a $100 service fee per claim.
C: $100? I already pay you $55 a month.
A: I understand, that's in the contract.
C: Unbelievable. Fine, send someone.
A: A technician will call you within 24 hours.
C: Within 24 hours. It's 90 degrees in my house.
A: I'll mark it urgent.
C: Yeah. Great service. Really.""", False, 0.00, "negative", "claim under existing warranty; service fee is a fee not a new purchase (service under existing contract) -> not conversion; sarcasm"),
("FR8_069", "Aurora Lindgren", "2026-11-23T14:26:21", "asr", """A: hi thanks for calling lakeshore bikes aurora speaking
C: hi i'm calling about the e bike i tried on saturday the commuter one
A: oh yes the volta commuter that's twenty four ninety nine
C: yeah i'm gonna get it
A: amazing would you like the rear rack it's sixty nine and a lock for forty nine
C: the rack yes lock no i have a good lock
A: and fenders are thirty nine
C: um sure fenders yeah it rains a lot here
A: okay and the first year tune up plan is ninety nine
C: no i'm good
A: okay e bike plus rack and fenders i'll have it ready for pickup tomorrow
C: oh awesome i'm so excited thank you""", True, 108.00, "positive", "e-bike main; rack 69 + fenders 39 = 108; lock and tune-up declined"),
("FR8_070", "Lionel Forbes", "2026-11-23T16:03:10", "clean", """A: Thanks for calling PixelWorks web hosting, Lionel speaking.
C: Hi, my site's been down since this morning.
A: Let me check. There was a server outage in our east region; it's back up as of ten minutes ago.
C: Okay, it's loading now.
A: To avoid this in future, we offer a high-availability plan for $25 a month more.
C: I'll think about it. It's the first outage in years, to be fair.
A: Sure. Anything else?
C: No. Thanks for the quick answer.""", False, 0.00, "neutral", "support; upgrade deferred; 'thanks for quick answer' routine-ish, fair tone -> neutral"),
("FR8_071", "Yolanda Pierce", "2026-11-24T09:08:35", "asr", """A: good morning firstchoice insurance yolanda speaking
C: hi yeah i just got my renewal and i want to know why it went up
A: let me look it went up eleven percent due to rate changes in your area
C: eleven percent that's crazy i didn't have any claims
A: i understand i can add a bundling discount if you add renters insurance it's twelve a month and it'd save you more than that on the auto
C: wait so i'd pay less overall
A: yes about eight dollars less a month overall
C: oh okay yeah then do it renew it with the renters
A: done your policy renews with the bundle
C: okay well that's better than i expected thank you actually""", True, 12.00, "positive", "renewal committed; renters $12 add-on accepted (discount itself not counted); ends pleasantly surprised"),
("FR8_072", "Hamish MacLeod", "2026-11-24T10:22:58", "clean", """A: Good morning, Highland Tours, Hamish speaking.
C: Hi, I booked a whisky distillery tour for December 3rd and I need to cancel.
A: I can do that. Since it's more than 7 days away, you'll get a full refund of $180.
C: Thank you.
A: Would you like to rebook for another date?
C: No, our trip fell through.
A: Sorry to hear that. The refund will arrive within 5 days.
C: Okay, thanks.""", False, 0.00, "neutral", "cancellation with refund; no purchase"),
("FR8_073", "Wanjiru Kamau", "2026-11-24T12:01:19", "asr", """A: hi thank you for calling peak performance physio wanjiru speaking
C: hi um i need to book for my knee my doctor referred me
A: okay i have monday at two or tuesday at eight
C: uh neither works honestly i work nine to five
A: our only evening slots are booked until december
C: december that's so long i'm in pain now
A: i'm sorry i can put you on the cancellation list
C: yeah i guess put me on that but i'll probably look somewhere else
A: okay you're on the list
C: this is frustrating""", False, 0.00, "negative", "no appointment booked; cancellation list is not a booking; negative"),
("FR8_074", "Percival Grant", "2026-11-24T14:17:44", "clean", """A: Thanks for calling Copperline Coffee Roasters, Percival speaking.
C: Hi, I'm on your monthly bean subscription and I'd like to change it.
A: Sure. You currently get one 12 oz bag for $18 a month.
C: I'd like to go up to two bags.
A: Great, that's an extra $16 a month, $34 in total. We also have a limited holiday blend this month for $22 a bag. Would you like one added to your next box?
C: Go on then, one bag of the holiday blend.
A: And a ceramic pour-over set for $45?
C: Not this time.
A: Perfect, two bags monthly from now on, plus a holiday blend bag in your next box.
C: Lovely, thanks. Your coffee's the best I've had.""", True, 38.00, "positive", "existing sub; second bag stated as extra $16 a month, counted once + holiday blend $22 = 38; pour-over declined"),
("FR8_075", "Quentin Marsh", "2026-11-24T15:48:26", "asr", """A: hi you've reached alliance property management quentin speaking
C: yeah hi i put in a maintenance request two weeks ago for my heater and nobody came
A: let me look apartment three b yes i see it i'm sorry it got missed
C: it's been cold as hell in there my kids are sleeping in jackets
A: i'm so sorry i'm sending someone tomorrow morning first thing
C: you said that last week
A: i've put it as an emergency i'll call you myself tomorrow
C: okay i'll believe it when i see it""", False, 0.00, "negative", "maintenance complaint; no purchase"),
("FR8_076", "Ophelia Grant", "2026-11-25T09:30:02", "clean", """A: Good morning, Twin Pines Campground, Ophelia speaking.
C: Hi, do you have a tent site for this Friday and Saturday?
A: I do, $35 per night. Would you like firewood bundles? They're $8 each.
C: How many do you usually need for two nights?
A: Most people take three.
C: Three then.
A: And we rent kayaks for $40 a day.
C: Maybe, can I decide when I get there?
A: Of course. So tent site Friday and Saturday plus three firewood bundles, $94. Can I confirm that?
C: Yep, that's right.
A: You're booked!
C: Cool.""", True, 24.00, "neutral", "site main 2 x 35; firewood 3 x $8 = 24; kayak deferred to arrival -> 0"),
("FR8_077", "Barnaby Scott", "2026-11-25T10:54:37", "asr", """A: thank you for calling digital dreams photography barnaby speaking
C: hi um i'm getting married in may and i wanted to know about packages
A: congratulations our basic package is eight hours for twenty eight hundred
C: and does that include like an album
A: the album is an add on at four fifty
C: hmm okay and engagement photos
A: those are three hundred
C: okay i'm just gathering quotes right now i'll get back to you
A: of course i'll email the brochure
C: thanks""", False, 0.00, "neutral", "price inquiries only; deferral"),
("FR8_078", "Leticia Vargas", "2026-11-25T12:33:15", "clean", """A: Thank you for calling Sole Mates Shoes, Leticia speaking.
C: Hi, I ordered boots online but got the wrong size, and now your site says they're out of stock.
A: I'm sorry. The size 8 is out of stock until January.
C: So I just don't get my boots?
A: I can refund you, or we have a similar style in size 8 for the same price.
C: I don't want a similar style. Just refund me.
A: Done. $149 back to your card.
C: This is the second time you've messed up my order. I won't be ordering again.""", False, 0.00, "negative", "refund; alternative declined; negative"),
("FR8_079", "Kenji Watanabe", "2026-11-25T14:19:50", "asr", """A: good afternoon sakura sushi catering kenji speaking
C: hi we're having an office party on the fifth and want sushi for like thirty people
A: great our party platter feeds ten for one twenty so three platters would be three sixty
C: okay yeah three platters
A: would you like to add miso soup it's four per person
C: for thirty people that's a hundred and twenty right
A: yes
C: hmm no skip the soup but can we add edamame
A: edamame trays are twenty five each feeds fifteen
C: two trays then
A: okay three platters and two edamame trays four ten for delivery on the fifth at noon sound right
C: yes that's perfect thanks kenji you're a lifesaver""", True, 50.00, "positive", "platters main 3 x 120; edamame 2 x 25 = 50 (customer asked, agent priced, customer accepted); soup declined"),
("FR8_080", "Mirela Popescu", "2026-11-25T16:02:44", "clean", """A: Hi, Evergreen Dental, Mirela speaking.
C: Hi, I need to reschedule my crown appointment. And honestly, the last visit was awful, I waited an hour.
A: I'm so sorry about that. I have next Tuesday at 8 am, first appointment of the day, so no waiting.
C: Okay, yes, book me for Tuesday at 8.
A: Done. While you're in, would you like whitening for $199?
C: No.
A: Understood. See you Tuesday.
C: Fine. I hope it's better this time.""", True, 0.00, "negative", "rescheduled appointment booked = booking; whitening declined; negative tone"),
]
