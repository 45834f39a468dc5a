CALLS = [
("FR30_021", "Lucia Ortiz", "2026-11-02T10:30:12", "asr", """A: hi is this mister delgado it's lucia from fibrelink your internet provider
C: yeah speaking
A: i'm calling because your area just got our gig speed upgrade and for you it'd be just ten more a month on top of what you pay now
C: ten more hm what am i on now
A: three hundred meg at forty five a month
C: the kids are gaming all evening and it buffers constantly
A: the gig plan would fix that shall i upgrade you today
C: yeah let's do it
A: done it switches over tonight after midnight
C: oh nice honestly you guys have been great this is the first time a sales call was actually useful
A: ha glad to hear it
C: thanks lucia""", True, 10.00, "positive", "outbound upgrade to existing service accepted: $10 more a month; 45 is existing plan"),

("FR30_022", "Kwame Mensah", "2026-11-03T09:05:44", "clean", """A: Old Town Walking Tours, Kwame speaking.
C: Hi, is there space on the 10 am historic tour on Saturday? There are four of us.
A: Yes, I have 6 spots left. It's $35 per person.
C: Good, book four of us, name's Whitfield.
A: Booked: four for Saturday at 10, $140. The tour ends at a bistro where we can pre-order lunch, $18 a head.
C: Let me think... my brother brings his own food, he's gluten-free. Lunch for three then.
A: Three lunches added.
C: Where do we meet?
A: At the fountain on Queen Street, 9:45.
C: Okay, noted.""", True, 54.00, "neutral", "tour for 4 is main; lunch $18 x 3 = 54"),

("FR30_023", "Hannah Fischer", "2026-11-03T15:20:31", "asr", """A: guardian auto insurance hannah speaking
C: yeah my renewal letter says my premium went up by two hundred dollars and i haven't had a single claim
A: i understand let me look rates went up across the state this year
C: that's not really my problem is it
A: i'm sorry i did check and you already have every discount we offer
C: great so i just pay more
A: would you like me to process the renewal so there's no gap in coverage
C: yeah fine renew it i don't have time to shop around
A: done and we can add roadside assistance for eight bucks a month
C: fine add it whatever my car's old anyway
A: added
C: okay i'm not thrilled about any of this bye""", True, 8.00, "negative", "renewal is main; roadside $8/mo accepted; $200 increase not upsell; grudging"),

("FR30_024", "Jordan Lee", "2026-11-04T11:11:11", "clean", """A: Planwise Software, Jordan speaking.
C: Hi, we want the Business license for 12 users.
A: That's $18 per user per month, $216 a month. Shall I set it up?
C: Yes, go ahead.
A: Done. We also offer a live onboarding session for $300.
C: Yes, add the training, the team will need it.
A: Added. I'll send the invoice to your email.
C: Hold on, my boss just messaged me. We're going with another vendor after all. Please cancel the whole order.
A: Understood, I've cancelled the license and the training.
C: Sorry about that. Thanks.""", False, 0.0, "neutral", "order and training accepted then whole order cancelled"),

("FR30_025", "Sofia Rossi", "2026-11-04T19:02:58", "asr", """A: tony's pizza sofia speaking
C: hi can i get a large pepperoni and a medium veggie for delivery
A: sure what's the address
C: seventeen twelve maple court
A: got it anything else we've got garlic knots for six ninety nine
C: oh yes garlic knots please
A: and a two liter soda for three fifty
C: yeah go on the kids will want a soda
A: okay two pizzas garlic knots and a soda about forty minutes
C: you guys are the best honestly
A: thanks enjoy
C: bye""", True, 10.49, "positive", "pizzas main; knots 6.99 + soda 3.50 = 10.49; address number not price"),

("FR30_026", "Ben Carter", "2026-11-05T08:40:20", "clean", """A: Lakeside Physio, Ben speaking.
C: Hi. This is my third call about my referral. Dr. Shah sent it two weeks ago.
A: I'm sorry. Let me check... I found it, it was filed under the wrong name.
C: Of course it was.
A: I can offer Monday at 4:30 with Erin for the first assessment.
C: I'll take it. My back isn't going to fix itself.
A: Booked. We also offer a 30-minute massage add-on after the assessment for $40.
C: Fine, add the massage, I need it after all this.
A: Added.
C: Okay. Honestly, I'm not impressed that I had to chase you three times.""", True, 40.00, "negative", "assessment booked; massage $40 accepted; annoyed throughout"),

("FR30_027", "Aisha Rahman", "2026-11-05T13:55:07", "asr", """A: rapid rooter aisha speaking
C: hi my kitchen sink is backing up and there's water all over the floor
A: oh no okay i can get someone out in the next two hours the call out fee is one fifty
C: yeah send someone please
A: booked what's the address
C: forty four oak ridge drive
A: got it while the tech's there we can also flush your water heater for eighty nine
C: um let me ask my wife about that when your guy gets here
A: no problem the tech can do it on the spot if you decide
C: okay thanks""", True, 0.0, "neutral", "emergency visit booked; fee is main price; water-heater flush deferred"),

("FR30_028", "Marco Silva", "2026-11-06T17:30:45", "clean", """A: ValueTech Electronics, Marco speaking.
C: Hi, I'd like to order the Samsung 65-inch QN90 for pickup. It says $1,199.
A: Yes, in stock at the Fairview store. I'll place it now?
C: Please do.
A: Placed. The 3-year protection plan is normally $199, but I can do $149 today.
C: For $149? Okay, yes, I'll take the protection.
A: Added. We can also install a wall mount for $120.
C: Nah, I'll do that myself.
A: Understood. Pickup from 3 pm tomorrow.
C: Fantastic, thanks, that's a great deal.""", True, 149.00, "positive", "TV main; protection revised 199->149 accepted; install declined; 65 is model size"),

("FR30_029", "Grace Kim", "2026-11-09T12:12:12", "asr", """A: unity bank card services grace speaking
C: hi there's a charge on my card for six hundred forty dollars from some electronics store in ohio and i live in oregon
A: i'm sorry let me look yes i see it i'll block the card and open a dispute
C: this is the second time my card got cloned this year
A: i understand how frustrating that is
C: last time it took you a week to send a new card
A: this time it'll be three to five business days
C: that's still a week without a card
A: i've flagged it for expedited if possible
C: okay just do it i'm honestly thinking of moving banks""", False, 0.0, "negative", "fraud dispute, no purchase; $640 is the disputed charge; frustrated"),

("FR30_030", "Owen Hughes", "2026-11-09T14:48:33", "clean", """A: DevSummit registration, Owen speaking.
C: Hi, I'd like to register for DevSummit in March. Is early bird still open?
A: It is, $495 until Friday. Shall I register you?
C: Yes, sign me up.
A: Done. There's a hands-on Kubernetes workshop the day before for $150, and the speakers' dinner for $85.
C: Ooh, put me down for both.
A: Both added.
C: Oh wait, the dinner is the Thursday night? I fly out Thursday. Drop the dinner, keep the workshop.
A: Dinner removed, workshop stays.
C: Perfect. Really looking forward to it, thanks!""", True, 150.00, "positive", "registration main; workshop $150 kept; dinner $85 retracted"),

("FR30_031", "Nadia Petrova", "2026-11-10T10:01:19", "asr", """A: summit ford nadia speaking
C: hi i saw the new maverick hybrid on your site and i'd love to take one for a test drive
A: of course we have one on the lot when suits you
C: saturday morning maybe like ten
A: saturday at ten is open shall i put you down
C: yes please book it
A: booked can i get a phone number
C: five five five two one nine eight
A: got it see you saturday at ten
C: awesome i'm really excited thanks so much""", True, 0.0, "positive", "test drive appointment booked (free appointment = conversion); phone number not price"),

("FR30_032", "Luis Romero", "2026-11-10T16:26:03", "clean", """A: Hi, this is Luis with SunPath Solar. Do you have a minute?
C: A minute, sure.
A: Based on your roof, we could install panels with a lease at $129 a month.
C: Hmm. My power bill is around $110 a month.
A: You'd be locked in for 20 years, no increases.
C: I'd sign up if it came in under $100. At $129 it doesn't make sense.
A: That's our lowest rate right now.
C: Then I'll pass. Thanks for calling though.
A: Understood, have a good day.
C: You too.""", False, 0.0, "neutral", "conditional (<$100) not met; refusal, polite"),

("FR30_033", "Maya Patel", "2026-11-11T09:37:50", "asr", """A: streambox support maya speaking
C: hi i got an email saying the premium plan is going up to twenty two ninety nine
A: that's right starting next month
C: that's the third increase in two years it's getting silly
A: i understand we do have the standard plan at fifteen ninety nine without four k
C: honestly i don't care about four k anymore switch me to standard
A: okay shall i make that change from your next billing date
C: yes do that
A: done you're on standard from the first
C: fine but if it goes up again i'm out""", True, 0.0, "negative", "downgrade to cheaper paid plan = paid plan change -> conversion; no upsell; annoyed"),

("FR30_034", "Derek Olsen", "2026-11-11T13:03:29", "clean", """A: The Wexley Hotel, Derek speaking.
C: Hello! I'm attending the Morgan-Lee wedding on the 28th and I'd like a room from the 27th, two nights.
A: Wonderful, I have the wedding rate at $159 a night. King room?
C: A king is perfect, book it please.
A: Done. Breakfast is $19 per person per day, if you'd like to add it.
C: Yes, breakfast for the two of us for both mornings.
A: That's four breakfasts added.
C: Lovely. Is the shuttle to the venue free?
A: Yes, it's complimentary.
C: Oh how wonderful, you've thought of everything. Thank you!""", True, 76.00, "positive", "room main; breakfast $19 x 2 people x 2 days = 76; free shuttle not upsell"),

("FR30_035", "Priya Nair", "2026-11-12T15:15:15", "asr", """A: northline mobile priya speaking
C: hi i'm ordering the pixel nine on my line and i want to pay it off monthly
A: sure that's twenty eight a month over twenty four months shall i place the order
C: yep place it
A: done would you like a case twenty nine ninety nine or a screen protector fourteen ninety nine
C: just the case
A: okay case added
C: oh actually throw in the screen protector too i always scratch them
A: both added
C: okay when does it ship
A: tomorrow
C: okay""", True, 44.98, "neutral", "phone main; case 29.99 + protector 14.99 = 44.98"),

("FR30_036", "Tom Brennan", "2026-11-12T20:05:02", "clean", """A: QuickBite Delivery support, Tom speaking.
C: I ordered a chicken shawarma plate and got someone else's sushi. An hour and a half after ordering.
A: I'm really sorry. I can refund the full $24.50.
C: I don't want a refund, I want dinner. My kids are starving.
A: I understand. I can't re-dispatch the restaurant at this hour, they've closed.
C: Unbelievable. So I just don't eat.
A: I'm adding a $10 credit for your next order as well.
C: I won't be placing a next order. Delete my account.
A: I've submitted the deletion request.
C: Good.""", False, 0.0, "negative", "complaint, refund and credit only; no purchase"),

("FR30_037", "Lucia Ortiz", "2026-11-13T10:44:58", "asr", """A: hi this is lucia from pawsure pet insurance you requested a quote for bella
C: oh yes hi
A: for a six year old lab it's forty two a month with accident and illness cover shall i set that up for you
C: yeah um actually wait does it cover her hip she's had hip problems since last year
A: unfortunately that would be pre existing so it's excluded
C: then no forget it that's the whole reason i wanted it
A: i understand i can still set up the rest of the cover
C: no that's kind of useless to me then
A: okay i'll close the quote
C: yeah bye""", False, 0.0, "negative", "initial 'yeah' immediately retracted after exclusion; disappointed"),

("FR30_038", "Kwame Mensah", "2026-11-16T09:09:40", "clean", """A: Sparkle & Shine Cleaning, Kwame speaking.
C: Hi, I'd like to start a regular cleaning, every two weeks, for a 3-bedroom.
A: Sure, that's $140 per visit. First visit could be Thursday the 19th.
C: Thursday's fine, let's set it up.
A: Done. Would you like to add inside-the-fridge and oven cleaning, $35?
C: Every time?
A: Whichever you like.
C: Just the first visit, it hasn't been done in ages.
A: Added for the first visit.
C: Okay, thanks.""", True, 35.00, "neutral", "biweekly cleaning main; fridge/oven $35 first visit only"),

("FR30_039", "Hannah Fischer", "2026-11-16T18:33:21", "asr", """A: bluewater cruises hannah speaking
C: hi we'd like to book the seven night caribbean sailing on december fifth two adults balcony cabin
A: i have a balcony on deck nine at three thousand four hundred for two shall i reserve it
C: yes reserve it please
A: reserved the beverage package is sixty five per person per day
C: so that's like nine hundred bucks no way
A: understood our wifi package is one ninety nine for the whole cruise
C: okay add the wifi i need to check work email
A: wifi added
C: i have to say i expected drinks to be included at that price it's a bit disappointing""", True, 199.00, "negative", "cabin main; drinks declined; wifi $199 accepted; quietly disappointed"),

("FR30_040", "Jordan Lee", "2026-11-17T11:27:36", "clean", """A: Harvest Box, Jordan speaking.
C: Hi, I'd like to cancel my meal kit subscription.
A: I'm sorry to hear that. Can I ask why?
C: Half the ingredients arrived wilted the last three weeks.
A: I'm sorry. I can offer you 10% off your next four boxes if you stay.
C: Oh wonderful, 10% off wilted lettuce. How generous.
A: I understand. I'll process the cancellation.
C: Please do.
A: It's cancelled, no further charges.
C: Thank you.""", False, 0.0, "negative", "cancellation, save offer refused sarcastically"),
]
