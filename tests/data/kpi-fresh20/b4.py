CALLS = [
("FR20_061", "Grace Liu", "2026-11-02T19:40:00", "clean", """A: FiberLink, Grace speaking.
C: My internet crawls every evening. I'm paying for 200 megs and getting maybe 30.
A: I'm sorry. I see a lot of congestion on your node in the evenings. Our 500 Mbps tier runs on a newer channel. It's $20 more a month.
C: So the fix is to pay you more. Wonderful.
A: I understand how that sounds. I can also open a ticket on the congestion, but that can take weeks.
C: Fine, if it actually fixes it. Do the upgrade.
A: Done, it takes effect within the hour.
C: We'll see. I've been paying for speed I never got for a year now.
A: I'll note that on the account.""", True, 20.0, "negative", "paid plan upgrade '$20 more a month' accepted (counted as upsell, once); resentful"),
("FR20_062", "Felix Moreau", "2026-11-03T14:15:00", "asr", """A: bella notte felix speaking
C: hi i wanted to ask about your private room for a birthday party maybe twenty people
A: sure the private room has a minimum spend of two thousand on weekends
C: two thousand oh
A: weeknights it's twelve hundred
C: yeah that's way out of our budget honestly
A: we could do a large table in the main room
C: hmm no i think we'll do something at home thanks anyway""", False, 0.0, "neutral", "inquiry, budget too high, alternative declined; polite"),
("FR20_063", "Nadia Petrova", "2026-11-04T09:30:00", "clean", """A: Brightside Dental, Nadia speaking.
C: Hi, I need to cancel my crown appointment on the 12th. My insurance changed and you're out of network now.
A: I'm sorry to hear that. We can offer a self-pay estimate if you'd like.
C: How much?
A: For the crown, $1,450.
C: I can't do that. This is so frustrating, I've been a patient here for ten years.
A: I understand. I've cancelled the appointment on the 12th.
C: Okay. I'll have to find someone else, I suppose.""", False, 0.0, "negative", "appointment cancelled, price only asked about; frustrated"),
("FR20_064", "Sam Turner", "2026-11-05T11:25:00", "asr", """A: summit cycles this is sam
C: hey i came in saturday and tried the trek fx three i want to buy it
A: nice choice that's eight forty nine in the medium want me to hold it for pickup
C: yeah hold it i'll grab it friday
A: awesome do you want a helmet with it we have the bontrager one for fifty nine ninety nine and a u lock for forty five
C: the helmet yes the lock i've already got one
A: helmet added so the bike and the helmet ready friday
C: sweet i'm so stoked thanks man""", True, 59.99, "positive", "bike bought; helmet 'fifty nine ninety nine' accepted, lock declined; model number not a price"),
("FR20_065", "Priya Nair", "2026-11-06T16:50:00", "clean", """A: Harborview Hotel reservations, Priya speaking.
C: Hello. I booked a nonrefundable room for the 20th, but my conference was cancelled. Can I get a refund?
A: I'm sorry, nonrefundable rates can't be refunded or changed.
C: Not even a credit for a future stay?
A: Unfortunately not on that rate.
C: I understand it's your policy. I just think it's a poor way to treat someone who stays with you every month.
A: I'll pass your feedback along.
C: Please do. Goodbye.""", False, 0.0, "negative", "refund denied; polite but negative"),
("FR20_066", "Marcus Bell", "2026-11-07T10:05:00", "asr", """A: westgate ford sales this is marcus
C: hi i saw the new mustang mach e on your site and i'd love to test drive it
A: sure when works for you
C: saturday morning if you have it
A: saturday at ten with jordan
C: yes book that please
A: you're booked saturday at ten bring your license
C: awesome can't wait honestly i've been dreaming about this car""", True, 0.0, "positive", "test-drive appointment booked = conversion; excited"),
("FR20_067", "Sofia Delgado", "2026-11-09T13:35:00", "clean", """A: Sunfield Festival ticketing, Sofia speaking.
C: Hi, I bought two weekend passes last month. I'd like to add camping.
A: Sure. Standard camping is $85 per person.
C: Two camping passes, yes.
A: Let me add those. Oh, I'm sorry, standard camping just sold out. We have glamping tents at $240 per person.
C: $480 for a tent? No way, that's too much. Forget it.
A: I understand. I can let you know if standard camping opens up.
C: Don't bother. We'll find a motel. Kind of a letdown, honestly.""", False, 0.0, "negative", "add-on could not be fulfilled (sold out), alternative declined -> no conversion, upsell 0"),
("FR20_068", "Tom Whitaker", "2026-11-10T08:55:00", "asr", """A: first harbor bank fraud department tom speaking
C: why is my card blocked i'm at the grocery store with a full cart
A: i'm sorry we flagged a charge in another state this morning can you confirm a purchase of three twenty at an airport in dallas
C: no i'm in ohio that's not me
A: okay i've blocked that card and we'll mail a new one free of charge in the meantime i've turned on your debit card
C: okay um i'm gonna try it now
A: sure take your time
C: it went through okay thank you so much you've been really patient with me sorry i snapped""", False, 0.0, "positive", "fraud block, free replacement card, no purchase; angry start, grateful end"),
("FR20_069", "Aisha Karim", "2026-11-11T12:40:00", "clean", """A: Volt Electric, Aisha speaking.
C: Hi, I have a panel upgrade booked with you on the 16th. I need to move it to the following week.
A: Sure. I can do Tuesday the 24th at 8 am.
C: That works.
A: Moved. While the panel is open, we can install a whole-home surge protector for $150.
C: Not this time.
A: No problem. Anything else?
C: No, that's all. Thanks.""", False, 0.0, "neutral", "reschedule of existing booking (no new purchase); surge protector declined"),
("FR20_070", "Ben Okafor", "2026-11-12T17:10:00", "asr", """A: northwave mobile this is ben
C: yeah i want to cancel verizon is giving me the same unlimited plan for thirty less
A: let me see what i can do um i can match that and take thirty off your plan
C: permanently or for like three months
A: for as long as you're on this plan
C: alright if you match it i'll stay
A: done the new price starts on your next bill
C: okay but it shouldn't take me threatening to leave to get a fair price from you guys""", True, 0.0, "negative", "retention price-match accepted = conversion; discount not upsell; resentful"),
("FR20_071", "Lena Hartmann", "2026-11-13T11:05:00", "clean", """A: Green Fork Kitchen, Lena speaking.
C: Hi, can I get three lunch boxes delivered to our office at noon?
A: Of course. Three lunch boxes at $14 each. Same address as last time, 450 Pine Street?
C: Yes, that's right.
A: Would you like to add a cookie? They're $2.50 each.
C: Sure, one per box.
A: Three cookies added. Delivery at noon.
C: Thanks. You guys are great, always right on time.""", True, 7.5, "positive", "lunch order; cookies $2.50 each, 'one per box' x 3 = 7.50"),
("FR20_072", "Diego Ruiz", "2026-11-14T15:45:00", "asr", """A: carewell pharmacy diego speaking
C: hi do i need an appointment for a flu shot or can i just walk in
A: walk ins are welcome between nine and six
C: okay and is it covered by insurance
A: most plans cover it fully just bring your card
C: okay great so i'll just come by tomorrow
A: sounds good
C: okay thanks bye""", False, 0.0, "neutral", "information only, no booking made (walk-in)"),
("FR20_073", "Hannah Cole", "2026-11-16T10:25:00", "clean", """A: Skyline Air, Hannah speaking.
C: Hi, I'm flying to London on the 30th. How much is it to upgrade to business?
A: The upgrade is $600 each way.
C: Ha. Oh sure, let me just sell a kidney.
A: We do have premium economy for $220 each way.
C: For a slightly bigger seat? No thanks. I remember when you guys used to do free upgrades for frequent flyers.
A: I understand.
C: Yeah. Forget it.""", False, 0.0, "negative", "upgrade prices only asked about, both declined; sarcastic"),
("FR20_074", "Raj Patel", "2026-11-17T18:20:00", "asr", """A: metro auto care raj speaking
C: yeah i was told my car would be ready at five it's five thirty and nobody's called
A: let me check um the part came in late so it'll be ready tomorrow at noon
C: tomorrow i took a cab here
A: i'm really sorry about that
C: you had all day to call me this is unbelievable
A: i can knock the diagnostic fee off
C: i don't care about the fee i needed my car tonight""", False, 0.0, "negative", "car not ready, no purchase; furious"),
("FR20_075", "Chloe Martin", "2026-11-18T13:15:00", "clean", """A: Lumen Jewelry, Chloe speaking.
C: Hi, I'd like to order the silver bar bracelet with engraving. It's for my sister.
A: Lovely. That's $89 with engraving. What would you like engraved?
C: "Always, J." And yes, please place the order.
A: Done. Would you like gift wrap for $7? And express shipping is $19.99.
C: Gift wrap, yes. Express — when would standard arrive?
A: Standard would arrive Thursday.
C: Then standard's fine, her birthday is Saturday.
A: Gift wrapped, standard shipping.
C: Wonderful, she's going to love it. Thank you!""", True, 7.0, "positive", "bracelet ordered; gift wrap $7 accepted; express $19.99 declined after question"),
("FR20_076", "Omar Haddad", "2026-11-19T08:40:00", "asr", """A: coastal rail this is omar
C: hi i need tickets from boston to new york on the twenty sixth two adults one child
A: the nine oh five train is one twenty four total for the three of you
C: yeah let's do the nine oh five
A: booked would you like reserved seats together it's six dollars per person
C: yes reserve them all three we've got a six year old
A: three reserved seats coach four
C: okay thanks""", True, 18.0, "neutral", "train booked; seat reservation $6 per person x 3 = 18; train/time/age numbers not prices"),
("FR20_077", "Grace Liu", "2026-11-20T16:35:00", "clean", """A: Taskbloom, Grace speaking.
C: Hi, I'd like to cancel my Pro subscription, please.
A: I can help. May I ask why you're leaving?
C: Our team moved everything to Notion last month.
A: I understand. I can offer 40% off for six months if you'd like to stay.
C: No, thank you. We've already migrated.
A: Okay, I've cancelled it. You'll have access until the end of the billing period.
C: Thanks.""", False, 0.0, "neutral", "cancellation, retention declined; polite, neutral"),
("FR20_078", "Felix Moreau", "2026-11-21T14:00:00", "asr", """A: serenity day spa this is felix
C: hi i was there saturday for the spa day and i need to tell someone the front desk was incredibly rude to my mother
A: i'm so sorry to hear that can you tell me what happened
C: she asked for a robe in a bigger size and the woman rolled her eyes and said we don't do that
A: that's not acceptable i'll speak with the manager and i can offer twenty percent off your next visit
C: no there won't be a next visit
A: i understand i'm very sorry
C: yeah""", False, 0.0, "negative", "complaint, discount refused; negative"),
("FR20_079", "Nadia Petrova", "2026-11-23T10:10:00", "clean", """A: EasyMove, Nadia speaking.
C: Hi, I need movers for a two-bedroom on December 12th.
A: Three movers and a truck, about six hours, estimated $780. Want me to lock in the date?
C: Yes, lock it in.
A: Done. We also sell a packing kit, boxes, tape and bubble wrap, for $120.
C: Yes please, I haven't even started packing.
A: And a fourth mover is $45 an hour, usually four hours.
C: No, three guys is plenty.
A: Okay, three movers and the packing kit on the 12th.
C: Okay.""", True, 120.0, "neutral", "move booked; packing kit $120 accepted, extra mover declined"),
("FR20_080", "Sam Turner", "2026-11-24T18:50:00", "asr", """A: river hawks ticket office sam speaking
C: hi two tickets for friday's game lower bowl if you have them
A: section one twelve row f two seats at seventy five each
C: okay book those two
A: oh i'm sorry they were just taken while we were talking the only seats left are upper deck at ninety each
C: ninety for the upper deck that's more than the lower bowl
A: prices shift with demand
C: nah forget it then that's ridiculous we'll watch it at the bar""", False, 0.0, "negative", "booking failed (seats gone), pricier alternative declined -> no conversion"),
]
