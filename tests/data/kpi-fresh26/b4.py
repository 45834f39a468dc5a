# FR26 batch 4 (calls 061-080), written by hand
CALLS = [
("FR26_061", "Nina Petrova", "2026-11-01T10:15:00", "clean", """A: Northstar Mobile, Nina speaking.
C: Hi! I keep running out of data around the 20th every month. What are my options?
A: You're on the 15 GB plan at $45. The Unlimited plan is $65 a month.
C: And that's truly unlimited? No slowing down after 50 gigs or something?
A: Full speed up to 100 GB, then still unlimited at lower speed.
C: Okay, switch me to Unlimited, please.
A: Done, it's active now. Would you like device insurance for $8 a month?
C: No, I've got it through my bank.
A: No problem.
C: Brilliant, that's exactly what I needed. Thanks, you've been super helpful.""", True, 0.0, "positive", "paid plan change to Unlimited = conversion; plan change is the main purchase, not upsell; insurance declined"),

("FR26_062", "Jake Morrison", "2026-11-01T15:45:00", "asr", """A: clearpane windows this is jake following up on your quote
C: yeah hi
A: so for the eight windows it comes to four thousand two hundred installed
C: right well brightview quoted me thirty eight hundred
A: okay
C: i'd do it with you if you could match thirty eight hundred
A: the best i can do is four thousand even
C: then no sorry
A: i understand
C: honestly brightview were way more helpful too their guy actually measured everything
A: i'm sorry to hear that
C: yeah okay bye""", False, 0.0, "negative", "conditional (match $3,800) not met; refuses; praises competitor"),

("FR26_063", "Rosa Delgado", "2026-11-03T09:20:00", "clean", """A: DataSummit registration, Rosa speaking.
C: Hi, I'd like to register for the conference in March.
A: Great. The full pass is $499. Shall I register you?
C: Yes, please.
A: Done. There are two extras: the pre-conference workshop on data pipelines for $149, and the speakers' dinner for $85.
C: The workshop, yes. That's half the reason I'm going.
A: Added. And the dinner?
C: Let me check with my manager on the dinner first.
A: Sure, you can add it later online.
C: Okay. Will the slides be shared afterwards?
A: Yes, within a week.
C: Okay, thanks.""", True, 149.0, "neutral", "pass main; workshop $149 accepted; dinner deferred; neutral"),

("FR26_064", "Kevin Park", "2026-11-04T19:25:00", "asr", """A: golden wok delivery this is kevin
C: hi i want to order but last time you got my order completely wrong
A: i'm really sorry about that what can i get you
C: the family meal for four
A: that's thirty four ninety nine
C: yeah that
A: can i add any drinks they're two fifty each
C: uh yeah two cokes
A: two cokes added and our mango pudding is four fifty
C: no just that
A: okay to twenty two aspen court about forty minutes
C: yeah fine just get it right this time""", True, 5.0, "negative", "family meal main; two drinks at $2.50 = 5; resentful tone"),

("FR26_065", "Priya Nair", "2026-11-05T13:30:00", "clean", """A: Hello, is this Mr. Danvers? This is Priya from Evergreen Life.
C: Who's calling?
A: Priya, from Evergreen Life. I'm calling about a term life policy that could protect your family for as little as $22 a month.
C: How did you get this number?
A: You filled in a form on a comparison site.
C: I've never filled in anything like that.
A: I'm sorry for the confusion. It would only take a few minutes to get a quote.
C: No thanks, not interested. Please take me off your list.
A: Of course, I'll remove you now.
C: Good.""", False, 0.0, "negative", "cold call refused; irritated"),

("FR26_066", "Marcus Bell", "2026-11-06T08:10:00", "asr", """A: coastline rail bookings this is marcus
C: hi i need two return tickets to portland for saturday
A: sure the off peak return is eighty four each
C: okay that's fine two of those
A: great and i can upgrade you both to first class for twenty per person each way
C: ooh um so what's that in total
A: twenty times two of you times two ways so eighty
C: yeah go on let's treat ourselves
A: done two first class returns leaving at nine fifteen
C: perfect we've been looking forward to this trip for ages thank you""", True, 80.0, "positive", "tickets main; first class $20 pp each way x2 x2 = 80; happy"),

("FR26_067", "Hana Kowalski", "2026-11-07T12:40:00", "clean", """A: Riverside Dermatology, Hana speaking.
C: Hi. My GP wants me to get a mole checked. What's your earliest appointment?
A: Let me see. The earliest new-patient slot is February 16th.
C: February? It's November.
A: I'm sorry, we're very short of doctors this winter. I can add you to the cancellation list.
C: And how often does that actually work?
A: Sometimes within a few weeks, but I can't promise.
C: This is ridiculous. Three months for a mole check.
A: I understand your frustration.
C: No, don't book February. I'll go private.""", False, 0.0, "negative", "no acceptable availability, nothing booked; angry"),

("FR26_068", "Diego Ortiz", "2026-11-08T17:00:00", "asr", """A: snaplab support this is diego
C: hi i want to cancel my subscription
A: sorry to see you go may i ask why
C: i've already moved to pixelworks and honestly it's just better
A: i could give you two months free if you stay
C: no thanks i've already paid for the other one for a year
A: understood i'll cancel at the end of this billing period
C: great and make sure it actually cancels last time it took three tries
A: it's done you'll get an email
C: okay""", False, 0.0, "negative", "retention offer refused; cancelled; praises competitor, distrustful"),

("FR26_069", "Fatima Sheikh", "2026-11-09T11:20:00", "clean", """A: Dreamwell Mattresses, Fatima speaking.
C: Hi, I tried the Cloud Hybrid in store and I want to order it, queen size.
A: Lovely. The queen Cloud Hybrid is $899.
C: Yes, I'll take it.
A: Great. Our memory foam pillows are $45 each, and the waterproof protector is $59.
C: Two pillows, yes. Protector, no, I've got a good one.
A: So the queen Cloud Hybrid and two pillows, delivered on Friday the 13th to 7 Kingfisher Way. Is that right?
C: Yes, that's right. Friday the 13th, ha, hopefully not unlucky.
A: I'm sure it'll be fine!
C: I'm really excited, I haven't slept properly in months.""", True, 90.0, "positive", "mattress main; pillows 2 x $45 = 90; protector declined; excited"),

("FR26_070", "Tom Reilly", "2026-11-10T09:35:00", "asr", """A: shine auto detailing this is tom
C: hey i want to get my car detailed before i sell it
A: sure the full interior and exterior is one twenty
C: yeah let's book that for like wednesday
A: wednesday at nine works i'll put you in
C: cool
A: we also do a ceramic coating normally three hundred but i can do two fifty for you
C: would that help it sell
A: it makes the paint look brand new yeah
C: okay yeah at two fifty i'll do it
A: great see you wednesday
C: awesome thanks man you guys have the best reviews around""", True, 250.0, "positive", "detail booked; coating revised $300->$250 accepted; positive"),

("FR26_071", "Aiko Tanaka", "2026-11-11T14:05:00", "clean", """A: Crestmark Bank fraud team, Aiko speaking.
C: Hi. There's a charge on my card for $312 from an online store I've never used.
A: Let me look. Yes, I see it. Did you make any other purchases today?
C: Only a coffee this morning, $4.80.
A: Okay. I'll block the card and dispute the $312 charge. A new card will arrive in 5 to 7 days.
C: Will I get the money back?
A: Yes, a provisional credit will show within 2 days.
C: Alright. And my direct debits?
A: They'll move to the new card automatically.
C: Okay. Thanks.""", False, 0.0, "neutral", "fraud report; free replacement card is not a purchase; calm"),

("FR26_072", "Ben Okafor", "2026-11-13T18:50:00", "asr", """A: hi is this the homeowner this is ben from metrolink cable have you got a minute
C: yes
A: great we have a new internet and tv bundle for just seventy nine a month
C: wait is this a sales call
A: well it's a special offer for your area
C: you people call me every single week it's basically harassment
A: i'm sorry about that
C: no i don't want it and put me on your do not call list
A: i'll do that now
C: thank you""", False, 0.0, "negative", "'yes' only to having a minute; refuses; angry about calls; final thanks is routine"),

("FR26_073", "Lucia Ferreira", "2026-11-14T08:40:00", "clean", """A: GreenThumb Gardens, Lucia speaking.
C: Hi. I called twice last week about a monthly service and nobody called back.
A: I'm sorry, that shouldn't happen. Let me help now. What do you need?
C: Mowing, weeding, the usual, for a medium garden at 19 Poplar Row.
A: Our monthly plan for that is $120, visits every other week.
C: Okay, let's do it.
A: Great. Your hedges look overgrown on the photos you sent. A one-off trim is $60.
C: Yes, please add the hedge trim.
A: Done. First visit Monday the 23rd.
C: Lovely. Thank you, you've been really helpful, it's a relief to have this sorted.""", True, 60.0, "positive", "monthly plan main; hedge trim $60 accepted; frustrated start, grateful end"),

("FR26_074", "Sam Whitaker", "2026-11-16T16:15:00", "asr", """A: serenity spa this is sam
C: hi i'd like to book a massage for thursday afternoon
A: sure the sixty minute massage is ninety i have three or four thirty
C: four thirty please
A: booked would you like to add hot stones for twenty five
C: um yes
A: and aromatherapy oils for fifteen
C: yeah why not that too
A: okay so massage with hot stones and aromatherapy thursday at four thirty
C: yep
A: see you then
C: okay thanks""", True, 40.0, "neutral", "massage booked; hot stones $25 + aromatherapy $15 = 40; neutral"),

("FR26_075", "Grace Liu", "2026-11-17T10:55:00", "clean", """A: Harbourview Hotel reservations, Grace speaking.
C: I need a suite for the 27th and 28th. My sister's wedding is at your hotel.
A: Lovely. The junior suite is $340 a night. Shall I book it?
C: Yes, book it.
A: Done. Would you like late checkout on the 29th for $40?
C: Yes, add that.
A: Added. And we have a $100 spa credit package.
C: No. To be honest, last time I stayed the room wasn't even clean. I'm only coming back because of the wedding.
A: I'm very sorry about that. I'll note it on the reservation.
C: Please do. I'll be checking.""", True, 40.0, "negative", "suite main; late checkout $40 accepted; spa declined; distrustful"),

("FR26_076", "Omar Haddad", "2026-11-18T13:05:00", "asr", """A: voltmart phones this is omar
C: yeah i've been on hold for twenty minutes so that's fun
A: i'm sorry about the wait what can i do for you
C: i want the pixel nine in black the one twenty eight gig
A: that's seven ninety nine do you want me to place the order
C: yes please
A: done do you want a case thirty nine ninety nine and a screen protector nineteen ninety nine
C: yeah both i always drop my phone
A: added they'll ship together tomorrow
C: oh nice that's faster than i thought
A: anything else
C: no that's great you've been really quick thanks a lot""", True, 59.98, "positive", "phone main (128 GB not a price); case $39.99 + protector $19.99 = 59.98; sarcastic start, pleased end"),

("FR26_077", "Nina Petrova", "2026-11-20T15:30:00", "clean", """A: FibreNet, Nina speaking.
C: Hi. I need to cancel my broadband, I'm moving to Lisbon for work.
A: Oh, exciting. We can't offer service abroad, unfortunately. When do you leave?
C: The 15th of December.
A: I can end the service on the 14th. The router needs to go back in the prepaid box.
C: That's fine.
A: We could also pause your account for free, if you come back within a year.
C: No, I'll be away at least two years. It's nothing personal, the service was fine.
A: Understood. Cancellation confirmed for the 14th.
C: Okay, thanks.""", False, 0.0, "neutral", "cancellation; free pause declined; 'fine' is neutral"),

("FR26_078", "Jake Morrison", "2026-11-21T11:45:00", "asr", """A: city stadium tickets this is jake
C: hi i want two tickets for the rovers game on the twenty ninth
A: i have two together in section one oh four at fifty five each
C: yeah that's good
A: so two in section one oh four for the twenty ninth one hundred ten total
C: yes that's correct
A: and parking is twenty do you want it
C: uh sure
A: done
C: oh hang on my son just said he has his own game that day
C: yeah sorry cancel everything
A: no problem i've cancelled it all
C: okay thanks""", False, 0.0, "neutral", "confirmed tickets and parking, then whole order cancelled; section number not a price"),

("FR26_079", "Rosa Delgado", "2026-11-24T14:40:00", "clean", """A: Vectorly sales, Rosa speaking.
C: I need to buy the annual licence for Vectorly Pro. My monthly one lapsed and I lost access mid-project.
A: I'm sorry about that. The annual licence is $599.
C: Fine. Buy it.
A: Done, you should have access now. Would you like cloud storage for $9.99 a month?
C: Yes. Add it. My files keep disappearing from your desktop sync anyway.
A: Added. I'll also open a ticket about the sync.
C: Your renewal reminder went to spam, then you locked me out with no warning. It's poor.
A: I understand, I'm sorry.
C: I'm not happy, but I've no choice.""", True, 9.99, "negative", "licence main; cloud storage $9.99/mo accepted; unhappy"),

("FR26_080", "Kevin Park", "2026-11-27T16:55:00", "asr", """A: swift movers this is kevin
C: hi i need movers on the fourteenth everybody else is full
A: okay we have a three man crew and truck at one forty an hour
C: fine book it
A: booked from seventy one vine street to where
C: two oh eight lake road
A: got it would you like our packing materials kit for eighty five
C: yeah add that
A: added the crew will be there at eight
C: honestly i'm only booking you because everyone else is full and your reviews are terrible
A: i'm sorry to hear that we'll do our best
C: we'll see""", True, 85.0, "negative", "move booked; packing kit $85 accepted; addresses not prices; negative"),
]
