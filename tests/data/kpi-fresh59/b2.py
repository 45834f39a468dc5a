CALLS = [
("FR59_021", "Hannah Lindqvist", "2026-11-10T16:22:13", "asr",
"""A: lindgren home this is hannah
C: hi i want to order the oak dining chairs the ones with the rush seats six of them
A: the tove chair sure those are one twenty nine each so seven seventy four for six
C: okay and when would they come
A: let me look um they're made to order so about eight to ten weeks
C: eight to ten weeks
A: yeah i'm afraid so
C: i need them for thanksgiving that's the whole point
A: i understand i could check if the floor models
C: no that's ridiculous your website said in stock forget it i'll find something else"""
, False, 0.0, "negative", "no order placed, lead time refused; 'that's ridiculous... forget it'"),

("FR59_022", "Curtis Bell", "2026-11-11T09:48:36", "clean",
"""A: HelloPlate, Curtis speaking. How can I help?
C: Hi, I'm going to be away for a couple of weeks and I don't want boxes piling up on my porch.
A: Sure. I can skip your deliveries. Which weeks?
C: The 16th and the 23rd.
A: Done, those are skipped. Your next box would be the 30th. Want me to skip that too?
C: No, the 30th is fine, I'll be back by then.
A: While I have you, we've got a holiday dessert add-on for $9.99 a box.
C: I'll pass on that.
A: No worries. Anything else?
C: No, that's everything. Thanks."""
, False, 0.0, "neutral", "only skipped deliveries on an existing plan (no new purchase); dessert add-on declined ('I'll pass')"),

("FR59_023", "Aiyana Redcloud", "2026-11-11T12:14:59", "clean",
"""A: Lakeside Pharmacy, this is Aiyana.
C: Hi, I'm calling to refill my Ozempic, it should be due.
A: Let me pull it up. I've submitted it to your insurance and it's coming back rejected, it says prior authorization required.
C: It's never needed that before.
A: It looks like your plan changed on November 1st. Without insurance it would be $968.
C: I can't pay that. That's insane.
A: I understand. I can contact your doctor's office to start the prior authorization.
C: Yes, do that, I guess. I'll call my insurance too.
A: I'll let you know as soon as we hear back.
C: Every single year something like this happens. Unbelievable."""
, False, 0.0, "negative", "refill not filled (insurance rejected); 'Yes, do that' is to contacting the doctor; 'I can't pay that', 'Unbelievable'"),

("FR59_024", "Rafael Quintero", "2026-11-11T14:40:04", "asr",
"""A: tri county hardware rafael speaking
C: hey i want to order some paint for pickup the eggshell interior in um swiss coffee
A: sure what size
C: three gallons
A: three gallons of swiss coffee eggshell that's thirty eight ninety nine a gallon we've got a roller kit with tray for fourteen ninety nine if you need it
C: nah i've got rollers
A: okay so just the three gallons shall i have them mixed for you
C: yeah go ahead mix them
A: they'll be ready in about an hour
C: okay cool"""
, True, 0.0, "neutral", "'yeah go ahead mix them' commits to three gallons; roller kit declined ('nah')"),

("FR59_025", "Keiko Matsuda", "2026-11-12T10:01:47", "clean",
"""A: Volt Electronics, Keiko speaking.
C: Hi, I want to order the 65-inch Sonara OLED, it's on sale this week?
A: It is, $1,499 until Sunday. Would you like delivery?
C: Yes please, delivery.
A: We have a four-year protection plan for $129, and a tilting wall mount for $49.
C: The protection plan, yes. The mount, no, it's going on a stand.
A: So the 65-inch Sonara, four-year protection at $129, delivery Friday. Charge the card you used last time?
C: Yes, that's fine.
A: All done.
C: Brilliant, thank you, that was really easy."""
, True, 129.0, "positive", "order placed, protection plan $129 accepted, mount $49 declined; 'that was really easy'"),

("FR59_026", "Brendan Nolan", "2026-11-12T13:33:25", "asr",
"""A: stadium tickets brendan speaking
C: hi i need two tickets in the lower bowl for the game on the twenty second
A: let me look um the lower bowl is actually sold out for that one
C: what all of it
A: yeah it's the rivalry game i have club level at two hundred ten each or upper deck at sixty five
C: two ten each for a football game
A: the club includes food and
C: i'm not paying four hundred bucks to sit somewhere i didn't want
A: the upper deck view is actually pretty good
C: yeah no this is a joke i'll just watch it at the bar"""
, False, 0.0, "negative", "wanted seats sold out, alternatives refused ('yeah no this is a joke')"),

("FR59_027", "Simone Adeyemi", "2026-11-12T15:15:40", "clean",
"""A: Nimbus Docs sales, this is Simone.
C: Hi, we're a firm of about 25 people and we're looking at moving off our current document software.
A: Great. The Team plan is $12 per user per month, so $300 a month for 25, with annual billing.
C: And SSO is included in that?
A: SSO is on the Business plan, $18 per user.
C: Okay. Can you email me a quote for both? I'll need to run it past our finance director.
A: Of course. What's the best email?
C: It's j.whitcombe@harrowlaw.co.
A: Sent. I'll follow up next week.
C: Sure, thanks."""
, False, 0.0, "neutral", "quote request only ('email me a quote... run it past our finance director')"),

("FR59_028", "Luis Carvajal", "2026-11-13T11:04:58", "clean",
"""A: Corkscrew Wine Merchants, Luis speaking.
C: Hi, I'd like to order a case for a party on Saturday, six of the Provence rosé and six of the Rioja.
A: Let me check. The Rioja's fine, but I'm sorry, we sold the last of that rosé this morning.
C: Oh no. That was the one everyone liked.
A: There's a Côtes de Provence from the same region, very similar, same $22 a bottle.
C: Okay, if you say it's similar, let's do that instead.
A: So six of the Côtes de Provence and six Rioja, $264, delivered Friday afternoon. Would you like them gift-boxed for $8?
C: No need, it's for us.
A: Perfect, that's booked for Friday.
C: Brilliant, you've saved my party. Thanks, Luis!"""
, True, 0.0, "positive", "substitute accepted ('let's do that instead'), case booked; gift box declined; 'you've saved my party'"),

("FR59_029", "Greta Holm", "2026-11-13T17:45:22", "asr",
"""A: big mike's burgers greta speaking
C: hi um can i get three kids cheeseburgers one for each of the kids and a double bacon for me
A: sure any changes
C: uh yeah one of the kids ones no pickles and actually take the fries off one of them she never eats them
A: okay three kids cheeseburgers one no pickles one with no fries and a double bacon
C: yeah
A: do you want milkshakes they're four fifty each
C: um yeah three shakes chocolate for the kids
A: three chocolate shakes that's thirty four twenty ready in fifteen minutes
C: okay sounds good"""
, True, 13.5, "neutral", "read-back 'yeah' + 'sounds good'; three shakes at four fifty each = 13.50; fries removed (main item change)"),

("FR59_030", "Isaac Mendelsohn", "2026-11-13T10:20:31", "clean",
"""A: CityCare Pharmacy, Isaac speaking, thanks for holding.
C: Oh, wonderful, forty minutes on hold. Great use of my morning.
A: I'm sorry about the wait. How can I help?
C: I need my son's Adderall refilled, it was sent over by his doctor yesterday.
A: I see it. Unfortunately we're out of stock on the 20 milligram, it's on backorder.
C: Of course you are.
A: I could put it on order, it'd probably be Tuesday or Wednesday.
C: He needs it tomorrow. No, transfer it to the Walgreens on Fifth.
A: I can do that transfer for you now.
C: Just do it. Forty minutes for this."""
, False, 0.0, "negative", "nothing bought; prescription transferred elsewhere; sarcasm 'Oh, wonderful, forty minutes on hold'"),

("FR59_031", "Nadia Petrovic", "2026-11-16T09:37:12", "asr",
"""A: nordvik furniture nadia speaking
C: hi i'm looking at the tall bookcase the arlo in white and i'd like to order it for delivery
A: the arlo tall in white is two nineteen and delivery to you would be next wednesday
C: wednesday's good
A: okay so one arlo tall white two nineteen delivered wednesday should i go ahead
C: yes please
A: it does come flat packed we have an assembly service for sixty nine dollars if you'd like them to build it
C: oh um sure yeah have them put it together i'm hopeless with those
A: done they'll assemble it on delivery
C: oh that's great that's a real load off thank you"""
, True, 69.0, "positive", "'yes please' to order; assembly sixty nine dollars accepted ('sure yeah have them put it together'); 'real load off'"),

("FR59_032", "Owen Gallagher", "2026-11-16T11:58:09", "clean",
"""A: Kessler Toyota parts desk, Owen speaking.
C: Hi, I want the all-weather floor mats for a 2024 RAV4. The genuine ones.
A: Sure, the full set is $189. We have them in stock.
C: I'll take them.
A: Great. We also have the matching mud guards, $120 for the set.
C: Let me think about the mud guards. Just the mats for now.
A: No problem. Pickup or should I have them ship?
C: I'll pick up Saturday.
A: They'll be at the parts counter under your name.
C: Okay, thanks."""
, True, 0.0, "neutral", "'I'll take them' (mats); mud guards deferred ('Let me think about') = 0"),

("FR59_033", "Marisol Ferreira", "2026-11-16T14:10:43", "clean",
"""A: Harvest Basket grocery delivery, this is Marisol.
C: Hi, I'm trying to set up weekly grocery deliveries for my mother. She's 88 and doesn't use the internet.
A: Happy to help. What's her address?
C: 22 Quarry Road, Millbrook, 12545.
A: Oh, I'm sorry, Millbrook is outside our delivery area. We only go up to Rhinebeck.
C: Your website said you covered Dutchess County.
A: I know, that map is a bit out of date, I'm sorry.
C: So there's nothing you can do?
A: Not for delivery, no, but the Rhinebeck store has curbside pickup.
C: She can't drive, that's the whole problem. That's really disappointing."""
, False, 0.0, "negative", "address outside delivery area, nothing ordered; 'That's really disappointing'"),

("FR59_034", "Devon Okafor", "2026-11-16T16:44:56", "asr",
"""A: brightwave mobile devon speaking
C: hi yeah i want to add a line for my daughter she's turning thirteen and she's been begging for a phone
A: ha congrats to her we can add a line for twenty dollars a month and the galaxy a fifteen is free with the line right now
C: oh nice yeah let's do that
A: great would you like a case and screen protector bundle it's twenty nine ninety nine
C: yes definitely she'll drop it on day one
A: okay one new line with the a fifteen and the case bundle shipping to the address on file
C: yep that's the one
A: all set it should arrive thursday
C: amazing she's going to lose her mind thank you so much"""
, True, 29.99, "positive", "'yeah let's do that'; case bundle twenty nine ninety nine accepted ('yes definitely'); 'thank you so much'"),

("FR59_035", "Priya Raman", "2026-11-17T12:02:17", "clean",
"""A: The Laugh Factory box office, Priya speaking.
C: Hi, do you still have seats for Friday's 8 p.m. show?
A: We do. General admission is $35, so two would be $70. Shall I book two?
C: Hmm. Actually, I need to check with my husband, I think he might have a work thing Friday.
A: Sure. Saturday's also available if that's easier.
C: Okay, let me check with him about both and call you back.
A: Friday's selling fairly quickly, just so you know.
C: Noted. Thanks."""
, False, 0.0, "neutral", "deferral 'need to check with my husband... call you back'"),

("FR59_036", "Tomasz Wieczorek", "2026-11-17T08:15:33", "asr",
"""A: quickfit tire and auto tomasz speaking
C: yeah i need four tires for a twenty nineteen camry my guy said the fronts are bald
A: okay the michelin defender is a hundred sixty eight each installed the general altimax is one twenty nine
C: one twenty nine each that's still a lot
A: that's about as low as it gets for that size
C: ugh fine the generals
A: four generals installed do you want an alignment with it eighty nine ninety five
C: no just the tires
A: okay so four altimax installed tomorrow at eight that work
C: yeah eight works i still think it's way too much for tires but whatever i need them"""
, True, 0.0, "negative", "'ugh fine the generals' + 'yeah eight works' = booked; alignment declined; 'way too much... but whatever'"),

("FR59_037", "Hannah Lindqvist", "2026-11-17T13:26:48", "clean",
"""A: Workwell Office Furniture, Hannah speaking.
C: Hi, this is Raj from Tidewater Design. We'd like three of the Lift Pro standing desks, the 60-inch.
A: Sure. Those are $649 each, so $1,947 for three. Black or white frames?
C: Black.
A: Would you like monitor arms with those? They're $79 each.
C: Give me two of the arms, not three. One of us uses a laptop stand.
A: So three Lift Pro desks in black and two monitor arms, delivery on the 24th. Invoice to the account?
C: Yes, invoice us.
A: Done.
C: Okay. Thanks."""
, True, 158.0, "neutral", "order confirmed ('Yes, invoice us'); two monitor arms at $79 each = 158"),

("FR59_038", "Curtis Bell", "2026-11-18T10:39:02", "asr",
"""A: lakeside pharmacy curtis speaking
C: hi um i'm calling to check on a prescription my doctor was supposed to send over for amoxicillin for my son
A: sure can i get the last name
C: okafor o k a f o r
A: and the address is two eighteen pine street
C: yes that's my address
A: okay yes that came in this morning and it's already filled it's ready at the counter
C: oh great that's a relief i thought i'd have to chase the doctor again
A: nope it's all ready
C: thank you so much that's really helpful"""
, False, 0.0, "positive", "status check only; 'yes that's my address' is not a purchase; 'that's a relief... really helpful'"),

("FR59_039", "Aiyana Redcloud", "2026-11-18T15:27:21", "clean",
"""A: ShieldGuard Antivirus billing, Aiyana speaking.
C: I just got charged $119.99 for a renewal I never agreed to.
A: I'm sorry about that. It looks like auto-renew was on from the original purchase.
C: I never turned that on. I want it refunded.
A: I can refund it in full since it's within 30 days. Would you like to keep protection at the basic tier for $39.99 instead?
C: No. Just the refund.
A: Done, $119.99 back to your card in five to seven days, and auto-renew is off.
C: Fine. Just make sure it doesn't happen again, because I'll dispute it next time."""
, False, 0.0, "negative", "refund, basic tier declined ('No. Just the refund'); angry throughout"),

("FR59_040", "Rafael Quintero", "2026-11-18T11:11:55", "clean",
"""A: Petal Post Flowers, Rafael speaking.
C: Hi, I'd like a dozen red roses delivered to my wife's office tomorrow. It's our anniversary.
A: Congratulations! A dozen red roses is $65. For $45 more you can make it two dozen.
C: Two dozen... yes, let's do two dozen, go big.
A: Would you like a glass vase for $15?
C: No, she's got vases.
A: So two dozen red roses, delivered to Marlow & Finch, 5th floor, tomorrow before noon, card reads "Ten years, still you."
C: That's exactly right.
A: All done.
C: Fantastic. You've been great, thank you."""
, True, 45.0, "positive", "upgrade to two dozen '$45 more' accepted; vase $15 declined; read-back confirmed; 'You've been great'"),
]
