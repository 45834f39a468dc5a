CALLS = [
("FR23_061", "Mei Chen", "2026-11-14T09:26:00", "asr", """A: northwave mobile mei speaking
C: hi we're on the two line plan and my son's getting his own phone so we want to go to the family plan
A: sure the family plan for three lines is one twenty a month should i switch you
C: yes switch us
A: done and with family we have the stream bundle it's twelve a month for three streaming apps
C: ooh but can i cancel that whenever
A: yes cancel anytime no contract
C: okay then yes add it as long as i can drop it later
A: added family plan plus stream bundle starting today
C: awesome that's actually a really good deal thanks
A: enjoy""", True, 12.00, "positive", "plan change is the main purchase; stream bundle 12 a month accepted on a condition the agent met"),

("FR23_062", "Jonas Berg", "2026-11-15T10:48:00", "clean", """A: Tri-County Parts, Jonas.
C: Hey Jonas, it's Luis at Luis Auto. I need two pairs of front rotors for a 2019 F-150, part number 54-0877.
A: Got them. $64 each, so $256 for the four.
C: Four's right. Send them.
A: Done, they'll be on the 2 o'clock truck. By the way, the new Autel scan tool is in, $1,295 with a year of updates.
C: Tempting, but not this quarter. Maybe after the holidays.
A: No problem. Anything else?
C: Shop towels, do you have the red ones in stock?
A: Yes, $18 a box.
C: Okay, just the rotors for now. Thanks.""", True, 0.0, "neutral", "parts order placed; scan tool deferred; towel price only asked about; part number and year not prices"),

("FR23_063", "Hannah Lee", "2026-11-15T16:02:00", "clean", """A: Alpine Lodge reservations, Hannah speaking.
C: Hi, I'm looking at the week of February 14th for a ski trip, two adults.
A: For February 14 to 21, a slopeside suite is $420 a night, or a village-view room at $285.
C: Hmm, the suite sounds great, but that's a lot for seven nights.
A: I can add lift tickets at $95 per person per day with the suite.
C: Okay. Let me check with my husband. He's the one who'll complain about the price.
A: Of course. Those dates do fill up, so I'd call back soon.
C: I will. Could you email me both rates?
A: Sure, what's the email?
C: It's mara.l@example.com. Yes, that's the one.
A: Sent.
C: Thanks.""", False, 0.0, "neutral", "deferral to husband; yes refers to the email, not a purchase"),

("FR23_064", "Priya Nair", "2026-11-16T11:31:00", "asr", """A: homeline appliances priya speaking
C: hi i want the lg washer and dryer pair the one on sale
A: the pair is eighteen hundred for both do you want to order
C: yes i'll take the pair
A: great they can be stacked the stacking kit is forty nine and the extended warranty for both is two ninety nine for five years
C: stacking kit yes definitely it's a closet laundry
A: and the warranty
C: um what happens if something breaks in year four
A: we send a tech free parts and labor
C: okay yeah fine the warranty too
A: so the pair stacking kit and the five year warranty
C: yep that's it
A: delivery's on monday
C: okay""", True, 348.00, "neutral", "pair at a bundle price (main); stacking kit 49 + warranty 299 accepted a few turns later = 348"),

("FR23_065", "Marcus Bell", "2026-11-17T13:44:00", "clean", """A: Skyway Airlines baggage services, Marcus speaking.
C: My bag didn't show up in Seattle. It's been four days. Reference SEA-77314.
A: Let me check... it's been located in Anchorage and should be delivered tomorrow.
C: Anchorage. How does a bag from Denver to Seattle end up in Anchorage?
A: I'm sorry, it was misrouted. You can claim up to $50 a day for essentials.
C: I've already spent three hundred dollars on clothes for a work conference.
A: Please send the receipts and we'll review them.
C: Review them. Great. Four days and the best you can say is you'll review them.
A: I understand your frustration.
C: No, I don't think you do. Just get me my bag.""", False, 0.0, "negative", "lost-bag complaint; reimbursement talk is not a purchase; sarcastic and angry"),

("FR23_066", "Elena Ruiz", "2026-11-18T09:09:00", "asr", """A: valley motors elena speaking
C: hi i want to bring my car in for a trade in appraisal i'm thinking about upgrading
A: sure what are you driving
C: a twenty seventeen mazda three about sixty thousand miles
A: great i have saturday at eleven or monday at four
C: saturday at eleven please
A: booked and a tip a lot of people get our full detail before the appraisal it's one twenty nine and usually bumps the value
C: does it really make a difference
A: usually a few hundred dollars on the offer
C: huh okay sure do the detail before they look at it
A: detail and appraisal saturday we'll start the detail at nine
C: nice thanks this is going way smoother than i thought""", True, 129.00, "positive", "appraisal appointment booked by picking a slot; detail 129 accepted after a question; year and mileage not prices"),

("FR23_067", "Tom Okafor", "2026-11-19T12:57:00", "asr", """A: civic playhouse subscriptions tom speaking
C: hi it's time to renew our season tickets seats g twelve and thirteen
A: yes the renewal for both is five sixty for the season shall i renew
C: yes renew them
A: done and the season parking pass is normally one twenty but renewing subscribers get it for ninety
C: hm we usually just park on the street
A: it's gotten tough since they added the meters
C: true uh okay ninety for the season yes
A: added renewal and parking pass
C: alright thanks""", True, 90.00, "neutral", "renewal (main); parking pass revised 120 to 90 and accepted at 90; seat numbers not prices"),

("FR23_068", "Diego Santos", "2026-11-20T16:18:00", "clean", """A: Oakridge Furniture, Diego speaking.
C: Hi Diego! I want to order the Bristol dining table, the walnut, $1,400.
A: Great. It comes with four chairs. Would you like extra chairs at $175 each, or the matching bench for $260?
C: Two extra chairs, and the bench too. Why not.
A: Two chairs and the bench. Total $2,010.
C: Hmm, wait, remove the bench. My daughter says it'll block the radiator.
A: Bench removed. Table plus two extra chairs, $1,750.
C: Yes, that's right. When can it come?
A: The 17th, morning window.
C: Perfect, I can't wait to host in it. Thank you!""", True, 350.00, "positive", "table ordered; two chairs at 175 each kept (350); bench 260 retracted by name"),

("FR23_069", "Grace Kim", "2026-11-21T11:40:00", "asr", """A: northwave mobile grace speaking
C: yeah i just got a bill for four hundred and twelve dollars in roaming charges from my trip to mexico
A: let me look um yes the charges are from data used in mexico without a travel pass
C: nobody told me i needed a pass your text said welcome to mexico that's it
A: i can credit back twenty five percent
C: twenty five percent are you serious
A: that's the maximum i'm able to do
C: this is ridiculous i've been with you eleven years
A: i could add a travel pass for future trips ten dollars a day
C: no i don't want anything else from you i want to talk to a supervisor
A: i'll transfer you
C: unbelievable""", False, 0.0, "negative", "billing dispute; partial credit is not a purchase; travel pass declined; furious"),

("FR23_070", "Omar Haddad", "2026-11-22T08:34:00", "asr", """A: bloom wholesale omar speaking
C: hi it's dana from petal and stem i need glass vases for a wedding saturday
A: sure the eight inch cylinders are three twenty each
C: okay forty eight of those
A: forty eight cylinders and we just got satin ribbon in ivory eight fifty a roll
C: oh we'll need ribbon um how much is on a roll
A: fifty yards
C: okay five rolls then
A: five rolls of ivory so forty eight vases and five rolls pickup friday at eight
C: yes friday at eight
A: you're set
C: thanks""", True, 42.50, "neutral", "vase order confirmed (3.20 each, small size from context); ribbon 8.50 a roll x5 = 42.50; quantity said apart from price"),

("FR23_071", "Lucy Brennan", "2026-11-23T13:13:00", "asr", """A: the wexford hotel lucy speaking
C: hi we're thinking of staying in march and we'd be bringing our dog is that okay
A: we're pet friendly up to forty pounds how big is your dog
C: she's a lab about seventy pounds
A: oh i'm sorry then she'd be over our limit
C: oh no exception at all
A: i'm afraid not i can recommend the riverside inn nearby
C: mm okay that's too bad we really liked your place last time
A: i'm sorry about that
C: it's okay bye""", False, 0.0, "negative", "cannot be accommodated; nothing booked; weights not prices; quietly disappointed"),

("FR23_072", "Sam Whitfield", "2026-11-24T10:27:00", "clean", """A: Brightline Electronics, Sam speaking.
C: Hi, I'd like to order the Halo Pro video doorbell for $199.
A: Sure, shall I place that order?
C: Yes, please.
A: Placed. The Halo Protect plan records and stores clips for $10 a month. And the indoor cams are $59 each if you want coverage inside.
C: Protect plan, yes, no point otherwise. Cameras... how many would I need for a two-bedroom?
A: Most people get two, one for the living room, one by the back door.
C: One is enough for now, just the back door.
A: Protect plan and one indoor cam. It'll ship tomorrow.
C: Awesome, thanks, you've been really helpful.""", True, 69.00, "positive", "doorbell ordered; Protect 10 a month counted once + one cam at 59 (not the suggested two) = 69"),

("FR23_073", "Nadia Petrova", "2026-11-25T17:50:00", "asr", """A: skyway airlines nadia speaking
C: hi i need one ticket to austin on the twenty second and i'm bringing my cat in the cabin
A: okay the one pm flight is two eighteen and the in cabin pet fee is one twenty five each way
C: one twenty five for a cat that sits under the seat that's a joke
A: i know it's steep shall i book the flight with the pet
C: yeah book it i don't have a choice
A: booked and with a pet carrier many people add priority boarding so you're not rushed it's twenty five
C: fine add that too at least i'll get on first
A: added
C: your fees are out of control honestly
A: i'll pass that on
C: sure""", True, 25.00, "negative", "flight booked; pet fee is a fee not an upsell; priority boarding 25 accepted; resentful"),

("FR23_074", "Ben Carter", "2026-11-26T09:44:00", "asr", """A: eastside auto care this is ben
C: hi you guys had my jeep for a diagnosis what's the verdict
A: the water pump is leaking and the timing belt should be done at the same time it's thirteen fifty total
C: thirteen fifty the dealer quoted me nine hundred for the same job
A: our price includes the thermostat and coolant flush
C: it's still way too much and you had my car for three days just to tell me that
A: i can knock off a hundred
C: no i'll pick it up and take it to the dealer
A: okay it'll be ready at the front desk
C: and i'm not paying for three days of nothing
A: the diagnostic is eighty nine that's
C: unbelievable""", False, 0.0, "negative", "repair quote refused even with a discount; takes car to the dealer; angry"),

("FR23_075", "Aisha Mensah", "2026-11-27T14:08:00", "clean", """A: GrowthCon registration, Aisha speaking.
C: Hi, I run a small marketing agency. I'd like to register three people for GrowthCon in March.
A: Sure. Full passes are $595 each. Shall I register all three?
C: Yes, all three: me, Nina Shah and Leo Grant.
A: Registered. We also have pre-conference workshops on March 3rd at $199 per person.
C: Which ones are there?
A: Paid ads, SEO, and brand strategy.
C: Leo and Nina should do the paid ads one. I'll skip it.
A: Two workshop seats, $398. Total $2,183.
C: Yes, that's right. This is great, we've been wanting to go for years.
A: You'll get badges by email.
C: Fantastic, thank you!""", True, 398.00, "positive", "three registrations (main); workshop 199 per person for two of three = 398; enthusiastic"),

("FR23_076", "Ryan Doyle", "2026-11-28T18:30:00", "clean", """A: Hi, this is Ryan from Linkfast. Is this Mr. Duarte?
C: Yes, speaking.
A: Great. Fiber is now live on your street, and as an existing customer you could upgrade to 1 gig for $70 a month, $15 more than you pay now.
C: Hm. That sounds good, actually. What's the install like?
A: A technician comes out, about two hours. No install fee for upgrades.
C: Okay. Can you email me the details? I'll think about it and go over it with my partner.
A: Sure. Same email on file?
C: Yes, that's my email.
A: Sent. Whenever you're ready, just call us.
C: Will do. Thanks.""", False, 0.0, "neutral", "outbound upgrade pitch; interest plus deferral; yes only confirms the email"),

("FR23_077", "Mei Chen", "2026-11-29T11:22:00", "clean", """A: Dreamwell Mattress, Mei speaking.
C: Hi, I ordered the Cloud Plus mattress on Saturday and I'd like to cancel the order.
A: I'm sorry to hear that. May I ask why?
C: I found the same mattress at Sleep Depot for $300 less.
A: I can take 15% off your order if you'd like to keep it.
C: That's still more than their price. No, please cancel.
A: Understood. The order is cancelled, and your refund of $1,200 will post in 3 to 5 days.
C: Okay. Honestly, I was a bit disappointed the price dropped there the day after I bought here.
A: I understand.
C: Thanks anyway.""", False, 0.0, "negative", "cancellation; save discount refused; refund is not a purchase; polite but disappointed"),

("FR23_078", "Jonas Berg", "2026-11-29T15:49:00", "asr", """A: capital beverage jonas speaking
C: hey it's mike from the copper tap i need four kegs of the hazy ipa and two of the lager
A: four hazy two lager got it delivery thursday
C: yep thursday
A: and we're running a tap line cleaning service seventy five a month we come every two weeks
C: yes is that every month forever or can i stop it
A: month to month stop anytime
C: okay then yeah sign me up the last guy we had was useless
A: great you're on it the first cleaning's next tuesday
C: love it you guys are awesome thanks
A: cheers mike""", True, 75.00, "positive", "keg order confirmed; tap cleaning 75 a month, yes followed by a question then sign me up, counted once"),

("FR23_079", "Hannah Lee", "2026-11-30T09:52:00", "clean", """A: Metro Suites, Hannah speaking.
C: Hi. Last month you lost my reservation and I slept at an airport motel. I'm giving you one more chance: two nights, the 8th and 9th.
A: I'm very sorry about that. I have a standard king at $199 a night. Shall I book it?
C: Sure, because last time went so well. Yes, book it.
A: Booked. Would you like parking? It's $25 a night, so $50 for the two nights.
C: Yes, add parking. And please actually save it this time.
A: I'll email confirmation right now, number MS-40217.
C: I'll be printing that out. Twice.
A: Is there anything else?
C: No. Let's see if it exists when I get there.""", True, 50.00, "negative", "room booked despite sarcasm; parking 25 a night x2 = 50; distrustful throughout"),

("FR23_080", "Priya Nair", "2026-11-30T19:15:00", "clean", """A: Brightline Electronics, Priya speaking.
C: Hi, do you price match? The Sonix WH-900 headphones are $279 here and $229 at TechHut.
A: I'm sorry, we only match our own online price, which is $279.
C: So no.
A: I can offer a free carrying case with them.
C: I don't need a case. I'll just go to TechHut then.
A: Understood.
C: Kind of a shame, I used to buy everything from you.
A: We'd love to have you back.
C: Mm. Bye.""", False, 0.0, "negative", "price match refused; buys from competitor; quietly disappointed"),
]
