CALLS = [
("FR29_021", "Hana Sato", "2026-11-02T18:40:00", "asr", """A: hi is this the homeowner this is hana from clearview cable
C: who
A: clearview cable we have a special on our tv and internet bundle eighty nine ninety nine a month
C: we cut the cord like five years ago
A: it includes over two hundred channels and
C: i don't want two hundred channels i'm eating dinner
A: i understand it's only for new customers this month
C: not interested and take me off your list
A: i'll note that
C: this is the fourth call this week you people are unbelievable""", False, 0.00, "negative", "outbound pitch refused; irritated"),

("FR29_022", "Diego Alvarez", "2026-11-03T09:10:00", "clean", """A: Coastline Car Rental, Diego speaking.
C: Hi, I need a car at the Tampa airport from December 10 to December 15.
A: I have a compact at $42 a day, so $210 for the five days.
C: Okay. Any bigger options? There are four of us with luggage.
A: I can upgrade you to a midsize SUV for an extra $60 for the whole rental.
C: For the whole thing? Fine, do the SUV.
A: Would you like a GPS unit for $12 a day?
C: No, we'll use our phones.
A: Let me confirm: midsize SUV, Tampa airport, December 10 to 15, $270 total.
C: Yes, that's correct.
A: Booked. Your confirmation number is TX4471.
C: Okay, thanks.""", True, 60.00, "neutral", "rental booked via read-back; SUV upgrade $60 total accepted; GPS declined"),

("FR29_023", "Grace Kim", "2026-11-03T16:25:00", "asr", """A: cedar savings bank this is grace
C: hi um i wanted to talk to someone about refinancing our mortgage
A: sure i can set you up with one of our advisors do you prefer in person or video
C: in person i think
A: we have wednesday at four thirty at the fifty second street branch
C: uh is there anything later
A: wednesday four thirty is the latest this week
C: okay yeah book me for that
A: done wednesday four thirty with mark lindqvist bring your last two pay stubs
C: okay that's so much easier than i thought thank you""", True, 0.00, "positive", "advisor appointment booked; branch street number not a price; pleased"),

("FR29_024", "Liam Walsh", "2026-11-04T10:45:00", "asr", """A: thread and co customer care this is liam
C: yeah hi i ordered a medium jacket and you sent me an extra small
A: i'm so sorry about that can i get the order number
C: it's w nine three three zero one
A: thanks i'll send a free return label and ship the medium today
C: ugh fine
A: it should arrive by friday
C: the last two orders were wrong too i don't know what's going on over there
A: i'll flag it with the warehouse
C: yeah okay whatever""", False, 0.00, "negative", "free exchange is not a purchase; annoyed, repeated errors"),

("FR29_025", "Nadia Haddad", "2026-11-04T19:30:00", "asr", """A: willow barn events this is nadia
C: hi we're getting married next june and we're looking at venues is june sixth open
A: let me check yes june sixth is still available
C: oh my gosh okay what does that run
A: saturday in june is eight thousand five hundred for up to a hundred and twenty guests
C: mhm and does that include tables and chairs
A: tables chairs and the string lights in the barn yes
C: it sounds absolutely gorgeous
A: would you like me to put down a hold with a deposit
C: let me talk to my fiance first we'll call you back this weekend
A: of course i'll email you the package
C: thank you so much i'm really excited""", False, 0.00, "positive", "deferral to fiance; no hold placed; enthusiastic"),

("FR29_026", "Owen Price", "2026-11-05T11:05:00", "clean", """A: LedgerLite renewals, this is Owen.
C: Hi, my annual subscription expires on the 30th and I want to keep it.
A: Great. The annual renewal is $299.
C: Same as last year, good.
A: Since you have 3 employees now, we have a payroll module for $10 a month.
C: Does it do direct deposit?
A: Yes, and the tax filings.
C: Yes, renew it. And the payroll thing, sure, add it.
A: Done. You'll see both on the invoice.
C: Can I get the invoice sent to my accountant too?
A: Absolutely, just give me the address.
C: It's books@hillmanaccounting.com. Thanks.""", True, 10.00, "neutral", "renewal committed; payroll add-on $10/mo accepted, counted once"),

("FR29_027", "Sofia Rossi", "2026-11-05T08:02:00", "asr", """A: rapid flow plumbing this is sofia
C: hi there's water coming out under my kitchen sink like a lot of water please help
A: okay first turn the shutoff valve under the sink clockwise
C: okay okay done it stopped mostly
A: good i can get a plumber to you at two pm the call out fee is ninety five plus parts
C: yes please send someone
A: the address
C: sixteen oak ridge drive
A: booked for two pm we also have an annual maintenance plan at one ninety nine
C: not right now i just want my kitchen back
A: totally understand
C: oh thank god thank you so much you've been great""", True, 0.00, "positive", "emergency visit booked; call-out fee is a fee; maintenance plan declined; panicked then grateful"),

("FR29_028", "Ben Carter", "2026-11-06T13:15:00", "asr", """A: metronet mobile retention this is ben
C: hi i wanna cancel my phone plan it's too expensive
A: i hear you you're at sixty a month right
C: yeah
A: i can take ten off every month for a year so you'd pay fifty
C: huh okay i'll stay on that then
A: great and for five a month i can add the streaming bundle
C: uh sure why not
A: done fifty for the plan plus five for streaming starting next bill
C: okay""", True, 5.00, "neutral", "accepted retention discount (conversion, discount not upsell); streaming add-on $5/mo accepted"),

("FR29_029", "Aisha Bello", "2026-11-06T10:20:00", "asr", """A: saffron kitchen catering this is aisha
C: hi i'm ordering lunch for our office party on the nineteenth thirty people
A: lovely our buffet lunch is twenty two per person
C: okay that works what's included
A: two mains rice naan salad and drinks
C: perfect
A: we can add a dessert platter for eighty five it serves thirty
C: yeah add the desserts people will riot otherwise
A: so thirty buffet lunches plus the dessert platter on the nineteenth delivered at noon
C: yes that's it
A: booked
C: amazing you guys did our summer party and everyone loved it""", True, 85.00, "positive", "catering order confirmed; dessert platter $85 accepted; 30 is headcount"),

("FR29_030", "Jonas Berg", "2026-11-09T09:35:00", "clean", """A: Northside Physio, this is Jonas.
C: Hi, I need an appointment for my lower back, as soon as possible.
A: Let me check. Our first opening is December 2 at 10 am.
C: That's more than two weeks away.
A: I'm sorry, we're fully booked until then. I can put you on the cancellation list.
C: What's the point, you'll never call.
A: We do call people from it regularly.
C: This is the third clinic that's told me the same thing. I can barely sit down.
A: I'm sorry. Would you like the December 2 slot?
C: No. I'll go to urgent care. Thanks for nothing.""", False, 0.00, "negative", "declined the only slot offered; nothing booked; frustrated"),

("FR29_031", "Mei Chen", "2026-11-09T17:05:00", "asr", """A: hi this is mei from lakeside toyota following up on your test drive
C: oh hi yeah the rav four
A: did you have any more questions
C: mostly the price thirty one five is more than we wanted
A: i talked to my manager and we can do thirty
C: if you can get it to twenty eight i'd sign today
A: best i can do is twenty nine two
C: then no sorry that's still too much for us
A: understood if anything changes call me
C: will do thanks mei""", False, 0.00, "neutral", "conditional unmet; revised price declined; polite neutral"),

("FR29_032", "Raj Patel", "2026-11-10T12:30:00", "asr", """A: blue horizon cruises this is raj
C: hi we're looking at the seven night caribbean sailing in february for two people
A: lovely the inside cabin is eleven hundred per person
C: okay that's in our budget
A: for three hundred total i can move you up to a balcony cabin
C: oh a balcony my wife would love that yes let's do the balcony
A: wonderful and the wifi package is forty nine per device
C: nah we're trying to unplug
A: so two guests february eighth balcony cabin twenty five hundred total
C: yes that's right
A: you're booked
C: this is great thank you so much""", True, 300.00, "positive", "cruise booked; balcony upgrade $300 total accepted; wifi declined"),

("FR29_033", "Priya Nair", "2026-11-10T14:50:00", "clean", """A: Northgate Energy, this is Priya.
C: Hi, I'm moving and need gas service started at my new place.
A: Sure. What's the address?
C: 1418 Maple Avenue, unit 3.
A: And the start date?
C: November 28.
A: There's a one-time connection fee of $35. Shall I set up service for the 28th?
C: Yes, please.
A: Done. Your new account number is 60021.
C: Okay, thanks.""", True, 0.00, "neutral", "service sign-up confirmed; connection fee is a fee, not upsell"),

("FR29_034", "Marcus Bell", "2026-11-11T10:10:00", "asr", """A: pawsure pet insurance this is marcus
C: hi i just got a puppy and i'm looking at insurance
A: congratulations what breed
C: a golden retriever she's ten weeks
A: for her our standard plan is twenty eight a month with a two fifty deductible
C: okay and does that cover hip stuff goldens get that right
A: hip dysplasia is covered if she's enrolled before one year
C: mhm okay
A: shall i set it up today
C: i'll think about it i wanna compare a couple first
A: of course i'll email you the quote
C: sure thanks""", False, 0.00, "neutral", "interest without commitment; 'I'll think about it'"),

("FR29_035", "Elena Ruiz", "2026-11-11T15:40:00", "asr", """A: cloudnest support this is elena
C: hi i keep getting a message that my storage is full and my phone won't back up
A: let me look yes you're on the free fifty gig tier and it's full
C: oh no i have all my baby photos on there
A: i can add two hundred gigs for two ninety nine a month
C: is that it two ninety nine
A: yes two ninety nine monthly cancel anytime
C: yes please do that
A: done try backing up now
C: it's going oh that's perfect thank you so much""", True, 2.99, "positive", "add-on storage to existing account accepted (see README decision); $2.99/mo; relieved and thankful"),

("FR29_036", "Tom Okafor", "2026-11-12T18:05:00", "asr", """A: freshcart customer support this is tom
C: yeah my order came and half of it's missing again
A: i'm sorry what's missing
C: the milk the eggs and the chicken so basically dinner
A: i'm refunding eighteen forty for those items
C: oh wonderful so my kids get cereal with no milk again
A: i can also give you free delivery on your next order
C: yeah because i really wanna order again
A: i understand the frustration
C: do you i doubt it""", False, 0.00, "negative", "refund and free delivery are not purchases; sarcastic throughout"),

("FR29_037", "Hana Sato", "2026-11-13T12:00:00", "clean", """A: Majestic Theatre box office, this is Hana.
C: Hi, four tickets for Saturday's 8 pm show of The Lighthouse, please.
A: Let me check. I have four in the rear mezzanine at $72 each.
C: That's fine, go ahead and book them.
A: Processing... I'm sorry, that booking failed. The last seats just sold while I was holding them.
C: You're kidding.
A: I can offer Sunday at 2 pm, four together in the orchestra.
C: No, we drive up from Albany for Saturday. That was the whole plan.
A: I'm really sorry.
C: So am I. Next time maybe don't tell me you have seats.""", False, 0.00, "negative", "commitment not fulfilled (sold out); alternative refused; disappointed"),

("FR29_038", "Diego Alvarez", "2026-11-14T09:40:00", "asr", """A: cedar savings this is diego
C: hi i wanna open a savings account for my son he's twelve
A: great our youth saver has no monthly fee and pays two percent
C: no fee at all
A: none as long as you're the joint holder
C: awesome okay let's open it
A: i'll need his social and yours can you confirm your address is nine oh two pine street
C: yes that's it
A: all set the account is open
C: perfect he's been saving birthday money in a sock so this is great""", True, 0.00, "positive", "account sign-up (free) counts as sign-up; address yes not a purchase; pleased"),

("FR29_039", "Grace Kim", "2026-11-16T11:30:00", "asr", """A: sparkle home cleaning this is grace
C: hi we'd like a deep clean before my in laws arrive saturday
A: sure what size is the house
C: three bedrooms two bathrooms
A: that's one eighty for a deep clean saturday at nine
C: okay
A: to confirm three bed two bath deep clean saturday nine am one eighty
C: yes correct
A: would you like us to do the oven for thirty five
C: oh yes please the oven is a disaster
A: and the fridge inside for twenty five
C: no thanks the fridge is fine
A: you're booked
C: great you guys were fantastic last time""", True, 35.00, "positive", "booking confirmed; oven $35 accepted; fridge declined"),

("FR29_040", "Liam Walsh", "2026-11-16T16:45:00", "asr", """A: skyline internet this is liam
C: hi my video calls keep freezing
A: i see you're on the hundred meg plan with three people working from home that's probably it
C: oh okay
A: i can move you to the five hundred meg plan for an extra fifteen a month
C: uh yeah okay let's do that
A: great let me
C: actually no wait cancel that i just checked my bank app and this month's tight
A: no problem i'll leave you on the current plan
C: yeah sorry maybe after the holidays
A: no worries
C: okay thanks""", False, 0.00, "neutral", "upgrade accepted then retracted; deferral; neutral"),
]
