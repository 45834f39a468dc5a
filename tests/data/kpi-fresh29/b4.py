CALLS = [
("FR29_061", "Aisha Bello", "2026-11-26T13:30:00", "clean", """A: Brightwave Mobile upgrades, this is Aisha.
C: Hi, my contract's up and I'd like the new Galaxy on the $45-a-month plan.
A: You're eligible. The phone would be $0 down on a 24-month plan at $45 a month.
C: Great. Sign me up.
A: Would you like device protection? It's $9.99 a month and covers cracked screens and loss.
C: I've cracked two screens this year. Yes, add it.
A: Done. Phone plus protection, shipping to your address on file.
C: Wonderful, thank you. You've always been easy to deal with.""", True, 9.99, "positive", "new phone plan; protection $9.99/mo accepted; praise"),

("FR29_062", "Jonas Berg", "2026-11-27T08:15:00", "clean", """A: Atlantica Air, Jonas speaking.
C: I want to book a round trip to Lisbon, leaving January 14, back the 28th.
A: I have a nonstop for $612 round trip in economy.
C: Fine, book it.
A: That fare doesn't include a checked bag. It's $35 each way, so $70 round trip.
C: It's absurd that bags aren't included anymore.
A: I understand.
C: Add one bag, round trip.
A: Done. Flight plus one checked bag both ways, $682.
C: Fine. Last time I fly with you if this keeps up.""", True, 70.00, "negative", "flight booked; bag $70 round trip accepted; irritated about fees"),

("FR29_063", "Mei Chen", "2026-11-27T11:50:00", "asr", """A: golden dragon this is mei
C: yeah i ate at your place saturday and i've been sick for two days
A: oh no i'm so sorry what did you have
C: the shrimp fried rice and my husband had it too and he's sick too
A: i'll report it to the manager right away
C: report it i want to know how you're storing your seafood
A: i understand can i take your number for the manager
C: it's five five five oh one nine eight and he better call
A: he'll call you today
C: we're never eating there again""", False, 0.00, "negative", "complaint; phone number not a price; furious"),

("FR29_064", "Raj Patel", "2026-11-27T15:25:00", "clean", """A: Pinpoint Software sales, Raj here.
C: Hi, I need 3 licenses of Pinpoint Invoicing.
A: Sure, that's $20 per license per month, so $60 a month.
C: Okay, let's proceed with the purchase.
A: Would you like priority support? It's $25 a month for the whole account, 1-hour response time.
C: Yes, add priority support. Our busy season is coming.
A: Done. 3 licenses and priority support.
C: Can you send the invoice to accounts@hollowpine.com?
A: Sure, it'll go out today.
C: Thanks.""", True, 25.00, "neutral", "3 licenses main purchase; priority support $25/mo accepted"),

("FR29_065", "Priya Nair", "2026-11-28T09:05:00", "asr", """A: summit roofing this is priya
C: hi we had that windstorm and i think some shingles came off can someone look
A: sure our inspection is free i have thursday morning between nine and eleven
C: thursday morning is good
A: what's the address
C: twenty two hillcrest lane
A: got it while the crew's there they can clean the gutters it's one fifty
C: oh yeah might as well they're full of leaves
A: okay inspection plus gutter cleaning thursday nine to eleven
C: perfect thank you that's a big relief""", True, 150.00, "positive", "free inspection booked (appointment); paid gutter cleaning $150 accepted on top"),

("FR29_066", "Marcus Bell", "2026-11-28T14:10:00", "clean", """A: Harbor Mutual travel insurance, this is Marcus.
C: Hi, I'm looking for a quote for a two-week trip to Japan in March.
A: For one traveller, our comprehensive plan is $186.
C: $186? SafeTrip quoted me $94 for basically the same thing.
A: Ours includes higher medical limits.
C: I don't need $5 million in medical coverage for a sushi trip.
A: I could do $165.
C: No thanks. Honestly, you're not even close.
A: Understood.
C: Bye.""", False, 0.00, "negative", "quote only; revised price refused; competitor comparison; dismissive"),

("FR29_067", "Elena Ruiz", "2026-11-28T17:55:00", "asr", """A: lakeside toyota this is elena how's it going
C: good we're picking up the camry tomorrow and i wanted to finalize everything
A: great your price is twenty seven four fifty like we agreed
C: yep
A: would you like the all weather floor mats they're one eighty
C: oh yeah with the snow definitely
A: and paint protection is nine ninety five
C: no that's too much we'll pass on that
A: okay so the camry at twenty seven four fifty plus the mats one eighty
C: yes that's it
A: you're all set for tomorrow at ten
C: awesome we're really excited thank you for being so patient with us""", True, 180.00, "positive", "car purchase finalised; mats $180 accepted; paint protection $995 declined"),

("FR29_068", "Tom Okafor", "2026-11-30T10:40:00", "clean", """A: First Harbor Bank, this is Tom.
C: There's a $35 overdraft fee on my account and I want it gone.
A: Let me look. It was from a payment on the 12th.
C: My paycheck landed two hours later. Two hours.
A: I've waived the fee as a one-time courtesy.
C: Fine.
A: Would you like to set up overdraft protection? It's free to link your savings.
C: No.
A: Anything else I can help with?
C: No. I'm moving my account to the credit union at the end of the month anyway.""", False, 0.00, "negative", "fee waived (not a purchase); free offer refused; leaving"),

("FR29_069", "Hana Sato", "2026-11-30T13:20:00", "clean", """A: Majestic Theatre, this is Hana.
C: Hi, three tickets for the Sunday matinee of Little Women, please.
A: I have row F, $58 each. Let me confirm: three tickets, Sunday 2 pm, row F, $174.
C: Yes, perfect.
A: You're booked.
C: Oh wait, my sister just texted that she can't come. Can we make it two?
A: Of course. Two tickets, row F, $116.
C: Yes.
A: We also have a pre-show dinner at the theatre café, $30 per person.
C: Sure, for both of us. That sounds lovely.
A: Done. Two tickets and two dinners.
C: Thank you so much, this is going to be a great afternoon.""", True, 60.00, "positive", "booking revised to 2 tickets and confirmed; dinner 2 x $30 = $60 accepted"),

("FR29_070", "Diego Alvarez", "2026-11-30T20:05:00", "asr", """A: city public works this is diego
C: hi the streetlight on the corner of ash and fourth has been out for a week
A: thanks for letting us know is it the one by the bus stop
C: yeah right by the bus stop
A: i'll put in a work order it's usually fixed within five business days
C: okay
A: your reference number is w o seven seven one two
C: got it
A: anything else
C: nope that's it thanks""", False, 0.00, "neutral", "report only; free work order not a purchase"),

("FR29_071", "Grace Kim", "2026-11-02T12:35:00", "clean", """A: Kitchenly, this is Grace.
C: Hi, I'd like to order the ProBlend 900 blender.
A: That's $129. We also have an extra 64-oz jar for $25.
C: Okay, both then.
A: Great, blender and extra jar, $154. Shall I place the order?
C: Yes.
A: And the card ending in 4471?
C: Hold on, I'm looking at another site... it's $99 there. Actually, cancel the whole thing.
A: Of course. I've cancelled it.
C: Sorry about that. Thanks anyway.""", False, 0.00, "neutral", "whole order including jar cancelled later in call; calm"),

("FR29_072", "Liam Walsh", "2026-11-07T14:20:00", "asr", """A: maple grove animal hospital this is liam
C: hi i need to bring my dog in for her yearly shots
A: sure what's her name
C: biscuit she's a beagle she's seven
A: i have monday at three thirty with doctor osei
C: monday at three thirty is great
A: would you like a nail trim while she's here it's fifteen
C: yes please she hates it but yes
A: okay monday at three thirty shots and a nail trim
C: perfect you guys are always so sweet with her""", True, 15.00, "positive", "vet appointment booked; nail trim $15 accepted; dog's age not a price"),

("FR29_073", "Nadia Haddad", "2026-11-08T09:25:00", "clean", """A: BugAway Pest Control, this is Nadia.
C: You treated my house for ants two weeks ago and they're back. All over the kitchen.
A: I'm sorry. Your treatment includes a 30-day guarantee, so a re-treatment is free.
C: It should have worked the first time.
A: I understand. I can send a technician Wednesday between 1 and 3.
C: Fine, Wednesday.
A: You're scheduled.
C: And if they come back again, I want my $180 refunded.
A: I'll note that on the account.
C: Please do. I'm not impressed.""", False, 0.00, "negative", "free guarantee re-treatment is a remedy, not a new booking/purchase (README decision); unhappy"),

("FR29_074", "Owen Price", "2026-11-12T16:00:00", "asr", """A: hi this is owen from skyline internet you're eligible for our new fiber service
C: yes i saw the trucks on my street how fast is it
A: up to a gig for fifty five a month you're at forty eight now for a hundred meg
C: hm and is there an install fee
A: install is free this month
C: okay yeah sign me up
A: great would you like the mesh router rental it's seven a month covers the whole house
C: the upstairs wifi is terrible so sure
A: okay fiber plus mesh install saturday between eight and twelve
C: saturday works""", True, 7.00, "neutral", "'yes' was to seeing trucks; later explicit sign-up for fiber (plan change); mesh $7/mo accepted"),

("FR29_075", "Sofia Rossi", "2026-11-15T11:10:00", "clean", """A: The Olive Room events, Sofia speaking.
C: Hi! We're planning my parents' 40th anniversary dinner, about 25 people, in early February.
A: Lovely. Our private room fits 30. The set menu is $68 per person.
C: What's on the menu?
A: Burrata, then a choice of sea bass or short rib, and tiramisu.
C: Oh, the menu sounds wonderful. My dad loves short rib.
A: I have February 7 open. Shall I reserve it?
C: Let me check with my wife and call you back tomorrow. She has the guest list.
A: Of course. I'll hold nothing for now, but the 7th is popular.
C: Understood. Thank you, you've been really lovely.""", False, 0.00, "positive", "deferral; nothing reserved; warm"),

("FR29_076", "Ben Carter", "2026-11-18T13:45:00", "asr", """A: notably support this is ben
C: hi i wanna cancel my subscription
A: sorry to hear that can i ask why
C: it's slow and the sync breaks all the time
A: i can give you fifty percent off for the next three months
C: no i've already moved to notion honestly it's just better
A: okay i'll cancel it at the end of the billing period
C: fine
A: anything else
C: no""", False, 0.00, "negative", "retention offer declined; cancels; prefers competitor"),

("FR29_077", "Aisha Bello", "2026-11-21T19:30:00", "clean", """A: Harborview Hotels, this is Aisha.
C: I need a room on December 14 at your waterfront hotel.
A: I'm sorry, the waterfront property is sold out that night.
C: Of course it is.
A: Our sister property downtown has a queen room for $139.
C: Downtown. Not thrilled, but okay, book it.
A: Done. Would you like late checkout until 2 pm for $25?
C: Yes, my flight's at 6.
A: Added.
C: Fine.""", True, 25.00, "negative", "sold out but alternative booked; late checkout $25 accepted; grudging"),

("FR29_078", "Jonas Berg", "2026-11-22T10:15:00", "asr", """A: evergreen life this is jonas returning your call about term life
C: yeah hi i was just curious what it would cost
A: for a twenty year term at five hundred thousand you'd be around sixty two a month
C: hm if i were ten years younger i'd take it but that's a lot
A: we could look at a smaller amount like two fifty thousand
C: what would that be
A: about thirty four a month
C: i'll think about it i'm not sure right now
A: of course i'll send you both quotes
C: okay thanks""", False, 0.00, "neutral", "hypothetical and 'I'll think about it'; no commitment"),

("FR29_079", "Mei Chen", "2026-11-24T17:15:00", "clean", """A: Coastline Car Rental, this is Mei.
C: I returned a car yesterday and now there's a $340 damage charge on my card.
A: Let me look. The return agent noted a scratch on the rear bumper.
C: That scratch was there when I picked it up. I have photos.
A: Could you email them to us? We'll review the claim.
C: I shouldn't have to prove anything. You should check the cars properly.
A: I understand. Reviews take up to 10 days.
C: Ten days with $340 held on my card. Great service.
A: I'm sorry for the trouble.
C: Sure you are.""", False, 0.00, "negative", "damage charge dispute; sarcastic; no purchase"),

("FR29_080", "Raj Patel", "2026-11-29T12:00:00", "asr", """A: golden hour photography this is raj
C: hi we met at the bridal fair and i wanna book you for our wedding
A: amazing what's the date
C: may sixteenth
A: i'm free the full day package is twenty eight hundred with a five hundred deposit
C: yes let's book it
A: great and the engagement shoot is usually three fifty but if you book it with the wedding it's two fifty
C: oh at two fifty yes we'd love that
A: so wedding on may sixteenth plus engagement shoot total three thousand fifty
C: yes that's right
A: you're booked
C: yay thank you so much we're so happy""", True, 250.00, "positive", "wedding package booked; engagement shoot accepted at revised $250 (not $350); deposit is part of main"),
]
