CALLS = [
("FR24_061", "Elena Petrova", "2026-11-16T10:02:00", "clean", """A: InkPro Supplies, Elena speaking.
C: I need black cartridges for an HP OfficeJet 8025. Again.
A: The 962XL black is $42.99. How many would you like?
C: Two.
A: Two black. Would you like the color combo pack too? It's $34.99.
C: Yeah, the color's almost out as well. Add it.
A: Two black plus the color pack, $120.97, ships today.
C: Fine. This printer eats ink like crazy, it's basically a scam.
A: I'm sorry. The XL cartridges do last longer.
C: They'd better. Bye.""", True, 34.99, "negative", "cartridges bought (main, qty 2); color pack $34.99 add-on; hostile to product; model number not a price"),

("FR24_062", "Ben Carter", "2026-11-16T19:30:00", "asr", """A: coastal air baggage services this is ben
C: finally i've been on hold for an hour my bag didn't show up in boston
A: i'm sorry do you have the tag number
C: c a four one eight eight two
A: i see it was scanned in charlotte but not loaded
C: so where is it now
A: i've filed a delayed bag report and it should be on the next flight tomorrow
C: should be
A: i can't guarantee it i'm sorry
C: this is ridiculous i have a wedding saturday and all my clothes are in there""", False, 0.0, "negative", "lost bag report; no purchase; angry"),

("FR24_063", "Nadia Brooks", "2026-11-17T12:15:00", "clean", """A: Grand Theater box office, Nadia speaking.
C: Your website crashed three times while I was trying to buy tickets. I'm so frustrated.
A: I'm sorry about that. I can book them for you right now.
C: Four tickets for Hamilton on Saturday the 28th, the matinee.
A: I have four together in row K, $55 each.
C: Yes, book those.
A: Done. We're also offering a pre-show prix fixe at our bistro, $40 per person.
C: Oh, that would be nice. Yes, for all four of us.
A: Added, four dinners at 12:30 before the 2 o'clock show.
C: Thank you so much, you've saved the evening. My kids will be thrilled.""", True, 160.0, "positive", "tickets booked; dinner $40 per person x 4 = 160; frustrated start, grateful end"),

("FR24_064", "Kevin O'Neil", "2026-11-17T14:48:00", "asr", """A: harbor mutual this is kevin
C: yeah i'm calling about my homeowners renewal the premium went from eighteen hundred to twenty one sixty
A: i see that rates went up in your zip code because of storm claims
C: that's a twenty percent jump
A: i know it's a lot i can look for discounts do you have a monitored alarm
C: no
A: okay then the renewal stands at twenty one sixty do you want to renew
C: yeah i'll renew i don't have time to switch but i'm not happy about it
A: understood we also have a flood rider for sixteen dollars a month
C: no definitely not adding anything
A: okay you're renewed
C: fine""", True, 0.0, "negative", "renewal committed reluctantly; flood rider declined; unhappy"),

("FR24_065", "Maya Patel", "2026-11-18T09:25:00", "clean", """A: Northwave Mobile tech support, Maya speaking.
C: Hi. My phone keeps dropping calls at home. It's been two months.
A: I'm sorry. Let me check coverage at your address... there's a tower upgrade near you.
C: That's what they told me last month.
A: I can enable Wi-Fi calling for you, which should help at home.
C: Okay, let's try that.
A: It's on now. Try a test call after we hang up.
C: I appreciate your help, Maya, I do.
A: Of course.
C: But honestly, the service has gone downhill, and I'm looking at other carriers.""", False, 0.0, "negative", "free Wi-Fi calling is not a purchase; polite but negative end"),

("FR24_066", "Jordan Reyes", "2026-11-18T16:12:00", "asr", """A: serenity day spa this is jordan
C: hi i'd like to buy a gift card for my sister's birthday
A: aw nice how much would you like on it
C: a hundred dollars
A: okay would you like it in our gift box with a candle it's five bucks
C: oh that's cute yes please
A: great so one hundred plus five for the box
C: perfect she's going to love it you guys are so sweet
A: i'll have it ready at the front desk
C: thank you""", True, 5.0, "positive", "gift card bought; gift box five bucks accepted; pleased"),

("FR24_067", "Priya Nair", "2026-11-19T11:50:00", "clean", """A: Olive & Vine Catering, Priya speaking.
C: Hi, I'm planning a rehearsal dinner for 30 guests in May. What are your options?
A: Our plated dinner starts at $52 per person, the family-style menu at $44.
C: And how much would the wine pairing be?
A: $35 per person.
C: Hmm, okay. And is there a minimum?
A: A $1,200 minimum for Saturdays.
C: Alright. I'll think about it and talk to my fiancé.
A: I'll email the menus.
C: Okay, thanks.""", False, 0.0, "neutral", "prices only asked about; deferral; neutral"),

("FR24_068", "Tom Becker", "2026-11-19T13:40:00", "asr", """A: westgate toyota service this is tom
C: hi i got a recall letter for my highlander the fuel pump one
A: yes that recall's free how's wednesday at eight
C: fine book it
A: you're booked while it's in i noticed your wipers were flagged last visit they're twenty four for the pair
C: sure do the wipers
A: okay recall and wipers wednesday at eight
C: third recall on this car honestly i'm losing faith in this brand
A: i'm sorry about that
C: yeah whatever see you wednesday""", True, 24.0, "negative", "free recall appointment booked (booking = conversion); wipers $24 pair accepted; disillusioned"),

("FR24_069", "Aisha Khan", "2026-11-20T10:22:00", "clean", """A: Hi, this is Aisha from The Weekly Ledger. Your print subscription expires on the 30th.
C: Oh, is it that time already?
A: It is. Renewal is $89 for the year, same as last year.
C: Yes, renew it.
A: Great, I'll process the card ending 2210.
C: Actually, no, wait. I barely read it anymore, it just piles up.
A: I can switch you to digital for $39 instead.
C: No, let's not. Just let it lapse.
A: Understood, no renewal.
C: Okay. Thanks for calling.""", False, 0.0, "neutral", "changed mind: renewal retracted; digital offer declined"),

("FR24_070", "Luis Ortega", "2026-11-20T14:58:00", "asr", """A: greenway landscaping this is luis
C: hi we got your estimate for the fall cleanup three fifty right
A: that's right leaves beds and the final mow
C: okay let's do it
A: great do you want gutter cleaning too it's ninety
C: hmm ninety okay if you can do both on the same day then yes
A: we can do both on the eighteenth
C: great then both
A: you're booked for the eighteenth morning
C: awesome you guys did such a nice job in the spring""", True, 90.0, "positive", "cleanup booked; gutter add-on conditional on same day, condition met -> 90"),

("FR24_071", "Hannah Cole", "2026-11-21T09:30:00", "clean", """A: LedgerLite billing, Hannah speaking.
C: You charged my card twice this month. $45, two times, on the 3rd.
A: I see that. I'm sorry, it was a processing error. I've issued a refund for the duplicate.
C: About time. I sent three emails and nobody answered.
A: I apologize, our inbox is backed up.
C: That's not my problem.
A: The $45 will be back in 3 to 5 business days.
C: I'll be watching my statement.
A: Is there anything else?
C: No.""", False, 0.0, "negative", "refund is not a purchase; curt and annoyed"),

("FR24_072", "Marcus Webb", "2026-11-21T15:15:00", "asr", """A: hi this is marcus from oakline furniture calling to schedule delivery of your sofa
C: finally okay when
A: we have tuesday the twenty fourth between eight and five
C: oh wonderful another eight to five window that's super helpful
A: i'm sorry that's the window the trucks run on
C: sure
A: would you like white glove assembly for seventy nine
C: no i'll do it myself
A: okay tuesday it is
C: yeah can't wait to take another day off work""", False, 0.0, "negative", "delivery scheduling for an existing order (not a new purchase); assembly declined; sarcastic"),

("FR24_073", "Sofia Rossi", "2026-11-23T11:45:00", "clean", """A: CityWalk Tours, Sofia speaking.
C: Hi, we'd like two spots on the Old Town history walk tomorrow morning.
A: I'm sorry, tomorrow's history walk is sold out.
C: What? We flew in specifically for that one.
A: I can offer our evening food tour tomorrow at 6, $65 per person.
C: Ugh. Okay, book the food tour for two.
A: Two on the food tour, tomorrow at 6:00, $130. You're confirmed.
C: Okay.
A: It's a really fun tour.
C: It's not what we wanted. Honestly I'm disappointed.""", True, 0.0, "negative", "first choice sold out; alternative booked; main price only; disappointed"),

("FR24_074", "Daniel Kim", "2026-11-23T13:20:00", "asr", """A: first harbor bank this is daniel
C: hi i'm thinking about opening a cd what are your rates
A: our twelve month cd is at four point one percent
C: hmm and if i put in ten thousand
A: same rate we have one rate for all balances over a thousand
C: ally's showing four point five for twelve months
A: i understand we can't match that but you'd have everything in one place
C: yeah let me think about it
A: sure i can email you the rate sheet
C: okay sure""", False, 0.0, "neutral", "rate enquiry; ten thousand is a deposit amount asked about; deferral"),

("FR24_075", "Grace Liu", "2026-11-24T10:05:00", "clean", """A: ClearView Optical, Grace speaking.
C: Hi! I tried on the Marlowe frames on Saturday and I can't stop thinking about them.
A: They looked great on you. The Marlowe is $180 with single-vision lenses.
C: Let's order them.
A: Wonderful. Would you like anti-glare coating for $60?
C: Yes, I drive at night a lot.
A: And blue-light filtering is $40.
C: I'm on a screen all day, so yes, add that too.
A: Frames with both coatings, ready in about 10 days.
C: Perfect. Your store is always such a pleasure, thank you!""", True, 100.0, "positive", "glasses ordered; anti-glare $60 + blue light $40 = 100; delighted"),

("FR24_076", "Omar Haddad", "2026-11-24T17:35:00", "asr", """A: hi this is omar from fastnet calling about your internet
C: yeah what
A: we can bump you from three hundred to a gig for ten dollars more a month
C: fine i'll do it but only because my speed has been garbage for months
A: okay i've upgraded you and do you want our mesh extender for five a month for the upstairs
C: yeah throw in the extender
A: done both take effect tonight
C: if it's still slow i'm cancelling everything
A: understood
C: yeah""", True, 5.0, "negative", "plan upgrade = main paid plan change; extender $5/mo add-on; hostile"),

("FR24_077", "Elena Petrova", "2026-11-25T09:40:00", "clean", """A: DevSummit registration, Elena speaking.
C: Hi, I'd like to register for the conference in February.
A: Great, a full pass is $650. Shall I register you?
C: Yes, register me. Are there workshops this year?
A: Yes, the hands-on workshop is an extra $150.
C: Only if it's the Thursday one. I fly out Friday morning.
A: I'm sorry, the Thursday workshop is full, only Friday's has spots.
C: Then skip it.
A: Okay, you're registered for the full pass.
C: Thanks! Looking forward to it, last year was excellent.""", True, 0.0, "positive", "registration committed; workshop conditional on Thursday, unmet -> 0; looking forward"),

("FR24_078", "Ben Carter", "2026-11-25T12:55:00", "asr", """A: apex appliance repair this is ben
C: my washer's broken again the same one your guy fixed in september
A: i'm sorry what's it doing
C: same thing won't drain
A: okay the diagnostic visit is one twenty nine i can do thursday
C: one twenty nine just to come out again for the thing you already fixed
A: the september repair was on a different part so it's not covered
C: you know what let me call someone else
A: i understand
C: i'm really fed up with this""", False, 0.0, "negative", "visit offered but refused; angry"),

("FR24_079", "Nadia Brooks", "2026-11-26T14:30:00", "clean", """A: Happy Paws Grooming, Nadia speaking.
C: Hi! I'd like to book a bath and trim for my goldendoodle, Biscuit.
A: Sure! Saturday at 10:00 or 1:30?
C: 10, please.
A: A full groom for a doodle is $85. Would you like a nail trim for $15?
C: Yes, please, his nails are clicking on the floor.
A: And teeth brushing for $10?
C: Sure, why not. He'll hate it, but yes.
A: Booked: Saturday at 10:00, full groom, nails and teeth.
C: Great, thank you! He always comes home looking so handsome.""", True, 25.0, "positive", "grooming booked; nail trim $15 + teeth $10 = 25; happy"),

("FR24_080", "Kevin O'Neil", "2026-11-27T18:20:00", "asr", """A: harbor mutual claims this is kevin
C: my claim for the roof was denied and nobody even came out to look at it
A: let me pull it up claim number
C: h c nine nine two oh four one
A: i see it was denied as wear and tear based on the photos
C: the photos i sent were after a storm that took down two trees
A: i can request a re inspection but i can't promise a different outcome
C: i've paid you guys for eleven years
A: i understand i'll submit the request today
C: this is unacceptable i'm filing a complaint with the state""", False, 0.0, "negative", "claim dispute; no purchase; furious"),
]
