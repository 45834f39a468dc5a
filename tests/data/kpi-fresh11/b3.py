CALLS = [
("FR11_041", "Hana Sato", "2026-11-20T09:17:32", "clean",
"""A: Saltmarsh Studio Photography, Hana speaking.
C: Hi! We met you at the bridal fair. We'd love to book you for June 14th.
A: I'd be honoured. The full-day package is $3,200.
C: Yes, we want it. Book us.
A: Done! Many couples add a second shooter, it's $600.
C: Ooh. That's more than we planned.
A: Since you're booking this early, I can drop it to $450.
C: At $450, okay, add the second shooter.
A: Added. I also do engagement shoots for $250.
C: We'll think about the engagement shoot. Honestly, your portfolio made me cry, we're so happy we got you.""",
True, 450.00, "positive", "package main; second shooter revised $600->$450 accepted; engagement shoot deferred"),

("FR11_042", "Gideon Pruitt", "2026-11-20T11:02:49", "asr",
"""A: guardian pest solutions gideon speaking
C: yeah you treated my apartment for bed bugs three weeks ago and guess what theyre back
A: oh im sorry to hear that um we can do a follow up treatment at half price two twenty five
C: half price you said they were gone
A: the warranty covers thirty days from the
C: its been twenty two days
A: let me check with my supervisor
C: im not paying you another cent either you fix it or i dispute the charge with my bank""",
False, 0.0, "negative", "complaint; discounted re-treatment refused; angry"),

("FR11_043", "Leila Moradi", "2026-11-20T14:38:10", "clean",
"""A: Ember & Vine private dining, Leila speaking.
C: Hi, I'd like the private room on December 9th for our team dinner, 14 people.
A: The room comes with the four-course set menu at $75 per person.
C: That's within budget. Go ahead and book it.
A: Booked for 14 on the 9th at 7. Would you like the wine pairing? It's $35 per person.
C: Four of us don't drink. So the pairing for 10 of us.
A: Wine pairing for 10, noted.
C: Okay, thanks. I'll send the dietary list by Friday.""",
True, 350.00, "neutral", "dinner booked; wine pairing $35 x 10 = 350 (partial count)"),

("FR11_044", "Priya Natarajan", "2026-11-23T09:55:25", "asr",
"""A: lumen wireless upgrades priya speaking
C: finally forty five minutes on hold
C: i want to upgrade to the new pixel my contract is up
A: yes youre eligible it would be zero down and thirty two a month
C: fine do it
A: done do you want device protection its fifteen a month and a case is thirty
C: uh just the protection no case
A: okay protection added
C: whatever next time im just going to the store forty five minutes is insane""",
True, 15.00, "negative", "phone upgrade main; protection $15/month accepted, case refused; annoyed"),

("FR11_045", "Tomasz Wojcik", "2026-11-23T12:24:03", "clean",
"""A: Stowline Self Storage, Tomasz speaking.
C: Hi, what do you have in a 10 by 15?
A: A 10x15 is $165 a month. We're out of climate-controlled ones at that size.
C: Hmm. I'd rent the bigger one if it had climate control, I've got a piano going in.
A: I can add you to the list for a climate unit.
C: Not sure yet. I'll look at a couple of other places first.
A: Sure, our number is 555-0142 if you want to come back.
C: Okay, thanks.""",
False, 0.0, "neutral", "conditional + 'not sure'; phone number is not a price"),

("FR11_046", "Delphine Okafor", "2026-11-23T15:07:41", "asr",
"""A: red hawk links pro shop delphine speaking
C: hi um i want a tee time saturday morning for four
A: i have eight twenty or nine forty
C: eight twenty
A: okay so foursome saturday at eight twenty green fee is fifty five each does that work
C: yep thats correct
A: booked carts are twenty each you usually need two for four players
C: yeah two carts
A: and a bucket of range balls is eight
C: nah were good
A: two carts added
C: okay see you saturday""",
True, 40.00, "neutral", "tee time confirmed; 2 carts x $20 = 40; range balls declined"),

("FR11_047", "Mei Lin Chu", "2026-11-24T10:12:57", "clean",
"""A: Tri-County Electric, Mei Lin speaking.
C: Our power has been out since 6 this morning. Is there an estimate?
A: Crews are working on it. The current estimate is restoration by tomorrow evening.
C: Oh, fantastic. Tomorrow evening. Maybe. Really appreciate the precision.
A: I'm sorry, a transformer failed and parts are coming from the depot.
C: My freezer is full of food. Is there any compensation?
A: You can file a claim on our website.
C: Sure. Thanks a lot.""",
False, 0.0, "negative", "outage complaint; sarcasm ('thanks a lot' sarcastic)"),

("FR11_048", "Oskar Lindqvist", "2026-11-24T13:45:16", "asr",
"""A: harborside marine oskar speaking
C: yeah hi i booked a winterization last week for my boat its the twenty two foot bayliner
A: yes i see it the thursday drop off
C: the guy at the dock said i should get it shrink wrapped nobody mentioned that when i booked
A: right we do shrink wrap at twelve a foot so for twenty two feet
C: would have been nice if someone told me before the snow but fine do it
A: okay shrink wrap added to your winterization
C: yeah""",
True, 264.00, "negative", "shrink wrap on a service booked before the call: $12/ft x 22 ft = 264; grudging"),

("FR11_049", "Fatima Haddad", "2026-11-24T16:31:38", "clean",
"""A: Harborview Insurance, Fatima speaking.
C: Hi, I got your mailer about renters insurance and wanted a quote.
A: For a one-bedroom with $30,000 in contents, it's $14 a month.
C: Okay. And that includes theft?
A: Theft, fire and water damage from burst pipes.
C: Sounds good, I'll think about it. Can you email me the quote?
A: Sent to your inbox now.
C: Great, thanks.""",
False, 0.0, "neutral", "quote only, interest without commitment"),

("FR11_050", "Jonah Whitaker", "2026-11-25T09:08:22", "asr",
"""A: maple street music school jonah speaking
C: hi my daughter is seven and she wants piano lessons um she wont stop asking
A: we have a tuesday four thirty slot with miss adeyemi its one sixty a month
C: perfect lets do tuesdays
A: great shes enrolled do you want the book bundle thats thirty for the whole year
C: yeah the books
A: okay and the spring recital fee is
C: oh wait is miss adeyemi the one who played at the library concert
A: yes thats her
C: oh she was wonderful my daughter is going to be thrilled""",
True, 30.00, "positive", "lessons enrolled; book bundle $30 accepted; recital fee unanswered"),

("FR11_051", "Ines Carvalho", "2026-11-25T11:34:45", "clean",
"""A: Grand Meridian Hotel, front desk, Ines speaking.
C: I'm in 612. The ice machine next door has been rattling all night. I got maybe three hours of sleep.
A: I'm so sorry. I can move you tonight, and I'll note it on your stay.
C: I'm leaving tomorrow, there's no point moving now.
A: Understood. Would you like a late checkout so you can rest? It's $40 for 2 p.m.
C: Fine, add the late checkout. But I want the noise thing noted, and I expect someone to call me about it.
A: Noted, and the manager will call you this afternoon.
C: We'll see.""",
True, 40.00, "negative", "late checkout $40 on existing stay accepted; upset throughout"),

("FR11_052", "Kwame Boateng", "2026-11-25T14:56:09", "asr",
"""A: quick stop auto kwame speaking
C: yeah i had you guys look at my brakes this morning what did you find
A: so the front pads and rotors are worn the total would be four hundred twelve
C: four hundred twelve for pads thats highway robbery
A: thats parts and labor for both
C: no thanks my cousin can do it for the cost of parts
A: okay you can pick up the car anytime before six
C: yeah i will and im not paying the forty dollar inspection fee either""",
False, 0.0, "negative", "repair quote refused; fee is not a purchase; hostile"),

("FR11_053", "Sunniva Berg", "2026-11-26T10:40:31", "clean",
"""A: Timberline Ski School, Sunniva speaking.
C: Hi, I'd like to sign my three kids up for the two-day beginner camp over Christmas.
A: That's $140 per child. Shall I register all three for the 27th and 28th?
C: Yes, please register them.
A: Done. Do they have helmets? Rental is $10 per kid per day.
C: No helmets yet. Yes, rent them for all three, both days.
A: Got it. There's also supervised lunch at $18 a day each.
C: No, I'll pick them up for lunch.
A: All set, you'll get an email with the packing list.
C: This is perfect, thank you! The kids have been begging all year.""",
True, 60.00, "positive", "camp main; helmets $10 x 3 kids x 2 days = 60; lunch declined"),

("FR11_054", "Arturo Medina", "2026-11-26T13:19:54", "asr",
"""A: westbrook card services arturo speaking
C: yes theres a charge on my card for six eighty nine from a store in ohio ive never been to ohio
A: okay im going to block the card and open a dispute
C: this is the second time in two months i mean what are you guys even doing
A: i understand the new card will arrive in five to seven days
C: five to seven days so i cant buy anything till next week great
A: i can give you a temporary virtual number
C: no just send the card im so done with this bank""",
False, 0.0, "negative", "fraud dispute; no purchase; frustrated and sarcastic"),

("FR11_055", "Hana Sato", "2026-11-27T09:29:14", "clean",
"""A: FixRight Appliance, Hana speaking.
C: Hi, my dryer stopped heating. Can someone come Monday?
A: Let me book that. Monday morning, $89 service call.
C: Yes, go ahead and book it.
A: I'm sorry, that booking failed. Our only technician for your area just called in for the rest of the week, and I can't book anything until the 7th.
C: The 7th? That's almost two weeks.
A: I know, I'm sorry.
C: That's disappointing. I'll try someone else then.""",
False, 0.0, "negative", "booking failed, nothing booked instead; disappointed"),

("FR11_056", "Gideon Pruitt", "2026-11-27T12:03:37", "asr",
"""A: sparrow home cleaning gideon speaking
C: hi um i wanted to set up the every other week cleaning for my apartment
A: sure biweekly for a two bedroom is one fifteen a visit we can start the fourth
C: okay sign me up for that starting the fourth
A: youre set we also do oven cleaning for twenty five each time
C: yeah add the oven but just this once for the first visit its pretty bad
A: okay oven on the first visit and inside the fridge is another twenty
C: so the fourth is a thursday right
A: yes thursday
C: okay thanks""",
True, 25.00, "neutral", "biweekly service main; oven $25 once accepted; fridge offer unanswered"),

("FR11_057", "Leila Moradi", "2026-11-27T15:44:50", "clean",
"""A: Canvasly billing, Leila speaking.
C: Hi, I was charged $199 for an annual renewal. I meant to cancel in October and completely forgot.
A: Let me check. You haven't logged in since the renewal, so I can refund the full $199 and close the account.
C: Really? That would be amazing.
A: Done. The refund will show in 3 to 5 days.
C: Thank you, that's a huge help, honestly. I was expecting a fight.
A: No problem at all.
C: You've made my day.""",
False, 0.0, "positive", "refund and cancellation, no purchase; relieved praise"),

("FR11_058", "Priya Natarajan", "2026-11-30T10:22:08", "asr",
"""A: petal and stem florists priya speaking
C: hi i ordered a sympathy arrangement last week for my aunts service it was supposed to go out friday
A: let me look um it shows delivered saturday afternoon
C: saturday
C: the service was friday
A: im so sorry our driver had a breakdown
C: okay so she got them the day after the funeral
A: i can refund the delivery fee
C: its fine i guess it doesnt really matter now""",
False, 0.0, "negative", "late delivery complaint; quiet disappointment; fee refund not a purchase"),

("FR11_059", "Tomasz Wojcik", "2026-11-30T13:37:29", "clean",
"""A: Calloway Museum of Natural History, membership desk, Tomasz speaking.
C: Hi, I got a renewal letter. Is the address on it 14 Birch Lane?
A: Yes, 14 Birch Lane, apartment 3.
C: Yes, that's my address, good.
A: The family membership renewal is $120 for the year. Shall I renew it now?
C: Not today. I'll decide after the holidays, we may be moving.
A: Of course. It's valid until January 31st.
C: Okay, thanks.""",
False, 0.0, "neutral", "yes to address not a purchase; renewal deferred"),

("FR11_060", "Rafael Ibarra", "2026-11-30T16:48:13", "asr",
"""A: hi this is rafael from skyway broadband am i speaking with the homeowner
C: uh yeah who is this
A: were offering gig internet in your neighborhood for forty nine ninety nine a month for the first year
C: no thanks im not ready to switch
A: i understand but with our speeds you could
C: i said no
A: and theres no installation fee if you sign up this
C: i said no already twice take me off your list""",
False, 0.0, "negative", "outbound sales refused; irritated"),
]
