# FR39 batch 3 (calls 041-060), written by hand.
CALLS = [
("FR39_041", "Keisha Grant", "2026-11-16T09:25:00", "asr", """A: harborview inn front desk this is keisha
C: hi i stayed with you last weekend room two fourteen and i'm calling about my deposit
A: sure let me look it up
C: the room wasn't cleaned when we got there there was hair in the shower and the sheets
A: i'm so sorry about that i see housekeeping noted it i'll release the deposit today
C: okay thank you
A: and i'd love to offer you twenty percent off your next stay
C: that's kind but no we won't be coming back
A: i understand
C: just the deposit please thanks""", False, 0.0, "negative", "'we won't be coming back' said politely; refund is not a purchase"),

("FR39_042", "Oliver Tran", "2026-11-16T12:05:00", "clean", """A: Tony's Brick Oven, Oliver speaking.
C: Hi, quick question. Can I order for pickup on your app, or do I have to call?
A: Either works. The app is fine too.
C: Okay. And do you still have the Heavenly Chocolate Cake?
A: We do, by the slice or whole.
C: Great. I'll just do it on the app then, my kids want to pick their own toppings.
A: Sounds good, enjoy!
C: Thanks, bye.""", False, 0.0, "neutral", "questions only, order left for the app; 'Heavenly' is a product name; 'fine' = acceptable"),

("FR39_043", "Sofia Marino", "2026-11-16T17:45:00", "asr", """A: peak fitness this is sofia how can i help
C: hi i came in for the free trial yesterday and i want to join
A: amazing the monthly membership is forty nine a month
C: yeah sign me up
A: done and we have personal training sessions at fifty each if you want to get started right
C: how many would you suggest
A: most people start with three
C: okay let's do three sessions
A: great three sessions that's one fifty
C: perfect i honestly loved the place everyone was so friendly""", True, 150.0, "positive", "membership sign-up; three sessions at $50 each = 150"),

("FR39_044", "Raj Patel", "2026-11-17T10:30:00", "clean", """A: Hi, this is Raj from Summit Bank home lending. You'd requested a refinance quote?
C: Yes, a few weeks ago. I'd almost forgotten.
A: Sorry for the delay. We can do 6.4% on a 30-year fixed.
C: Right. Coastal Credit Union offered me 5.6, and they called me back the same day.
A: I can check whether we can match that.
C: Honestly, don't bother. They've been great to work with, and I've already signed.
A: Understood. Thanks for your time.
C: Sure. Bye.""", False, 0.0, "negative", "competitor praised in contrast to slow follow-up; no sale"),

("FR39_045", "Nora Quinn", "2026-11-17T13:50:00", "asr", """A: citytix this is nora
C: hi i want two tickets for the comedy show friday at the orpheum
A: sure balcony is forty each plus a service fee of nine fifty per ticket
C: oh perfect just perfect nine fifty each to click a button
A: i know the fees are set by the venue
C: yeah sure whatever just do the balcony two tickets
A: two balcony friday eight p m ninety nine total
C: yep that's right
A: they're booked
C: wonderful can't wait to pay for the button again next time""", True, 0.0, "negative", "tickets bought; sarcasm about fees; service fees are not upsell"),

("FR39_046", "Ben Adler", "2026-11-17T15:10:00", "clean", """A: Maple Street Veterinary, Ben speaking.
C: Hi, my cat Lucky has been sneezing for a few days. How much is a sick visit?
A: The exam is $75, and any tests would be extra.
C: Okay. Do you have anything this week?
A: Thursday at 4:30 or Friday at 9.
C: Let me wait until I get paid on Friday and I'll call back to book.
A: Of course. If it gets worse, please come in sooner.
C: Will do. Thanks.""", False, 0.0, "neutral", "deferral, nothing booked; pet's name 'Lucky' is not sentiment"),

("FR39_047", "Yuki Tanaka", "2026-11-18T08:40:00", "asr", """A: swift movers this is yuki
C: hi so you guys moved my parents last spring and they absolutely loved you
A: oh that's so nice to hear
C: so i'm moving a two bedroom from four ten oak street to the east side on the thirtieth
A: okay for a two bedroom on a saturday the estimate is about two thousand two hundred
C: wait what my parents paid like nine hundred for a bigger place
A: weekend and month end rates are higher
C: that's insane no forget it that's a total rip off
A: i could look at a weekday
C: no i'm done thanks""", False, 0.0, "negative", "warm opening, angry end; quote refused"),

("FR39_048", "Carla Mendes", "2026-11-18T11:20:00", "asr", """A: streamly support this is carla
C: hi um i upgraded to premium last month for the four k
A: yes i see that
C: most of the shows i watch aren't even in four k so
A: the four k library is growing every month
C: yeah okay i kind of expected more from it but okay
A: is there anything i can help with
C: no i guess not i'll just see how it goes
A: alright have a good night
C: mm bye""", False, 0.0, "negative", "quiet disappointment with the product; no purchase"),

("FR39_049", "Priya Nair", "2026-11-18T14:15:00", "clean", """A: Bloom & Co. florists, Priya speaking.
C: Hi, I'd like to send flowers to my mum for her 70th.
A: How lovely. Our Garden Party bouquet is $65, delivered.
C: That one, please. Could it go on Saturday?
A: Yes. Would you like to upgrade to a glass vase for $15?
C: Oh yes, she'd like that.
A: And a card message? That's free.
C: "Happy 70th, Mum, love from all of us."
A: Garden Party with glass vase, Saturday, to 12 Rosewood Close. Correct?
C: Yes! You're wonderful, thank you.""", True, 15.0, "positive", "bouquet main; vase upgrade $15; free card not upsell; 'Happy 70th' is card text but customer is warm anyway"),

("FR39_050", "Marcus Bell", "2026-11-19T10:00:00", "asr", """A: hi this is marcus with sunpath solar you asked for info on panels
C: oh yeah hi
A: based on your roof we'd put in fourteen panels for around eighteen thousand before the tax credit
C: okay that's about what i figured
A: would you like to schedule the site survey
C: let me talk to my wife first she handles the budget
A: of course i'll email the estimate
C: yeah sure that's fine
A: talk soon""", False, 0.0, "neutral", "deferral to wife; 14 is a count; no booking"),

("FR39_051", "Elena Sokolova", "2026-11-19T13:35:00", "asr", """A: skyway airlines this is elena
C: hi my connection in chicago is delayed again so i'm going to miss the flight home
A: i'm sorry i can rebook you on the first flight tomorrow at six a m
C: oh great love that sleeping at o'hare that's exactly how i wanted to spend my thursday
A: i can offer you a hotel voucher for the night
C: the airport hotels are full i already checked
A: i'm sorry i'll keep you on standby for tonight's nine p m
C: sure standby whatever this is the third time this year with you guys""", False, 0.0, "negative", "sarcasm; standby is not a booking, no purchase"),

("FR39_052", "Tom Okafor", "2026-11-19T16:20:00", "clean", """A: PartsPro, Tom speaking.
C: Hi, I need front brake pads for a 2017 Civic. Part number BP-4410 if that helps.
A: Yes, the SmoothStop ceramic pads, $58 a set.
C: Okay, one set.
A: Your rotors are probably worn too. They're $65 each.
C: Yeah, the mechanic said that. I'll take two rotors.
A: So one set of pads and two rotors, shipping to 55 Harbor Road.
C: Yes, that's right.
A: Done, it ships tomorrow.
C: Okay.""", True, 130.0, "neutral", "pads main; two rotors at $65 each = 130; part number and year are not prices"),

("FR39_053", "Hannah Lee", "2026-11-20T09:45:00", "asr", """A: keystone auto insurance this is hannah
C: hi yeah you charged me twice this month and i'm pretty annoyed it's the second time
A: i'm sorry let me check yes i see the duplicate i've reversed it it'll be back in two days
C: okay thank you
A: is there anything else
C: actually yes my daughter just got her license and i need to add her car
A: sure adding a two thousand nineteen corolla would be thirty one a month
C: okay add it
A: done and do you want roadside assistance on her car it's six dollars a month
C: yes definitely she'll need it
A: done she's covered from today with roadside
C: you've been so helpful honestly thank you that was way easier than i thought""", True, 6.0, "positive", "complaint ends warmly; adding the car ($31/mo) is the main purchase of the call (paid plan change); roadside $6/mo on top is the upsell"),

("FR39_054", "Diego Ramos", "2026-11-20T12:30:00", "clean", """A: Globetrek Travel, Diego speaking.
C: Hi, we're looking at the Rome city break, March 3rd to 8th, for two.
A: That's $1,450 per person with flights and hotel.
C: How many stops on the flight?
A: One, in Frankfurt. We leave Boston at 5:40 p.m.
C: Alright. Let's book it for the two of us.
A: Great. Travel insurance is $89 per person. Add it for both?
C: Yes, for both.
A: Two travellers, March 3rd to 8th, with insurance. You're booked.
C: Okay, thanks. Send the documents to the email on file.""", True, 178.0, "neutral", "trip booked; insurance $89 per person x2 = 178; 'stops'/'leave' are travel words"),

("FR39_055", "Fatima Haddad", "2026-11-20T15:00:00", "asr", """A: lumen internet repair this is fatima
C: hi my internet keeps dropping every evening
A: i ran a test there's noise on the line i can send a tech at no charge
C: okay when
A: tomorrow between one and five or saturday between eight and twelve
C: saturday morning
A: saturday eight to twelve at thirty one pine street is that right
C: yes that's right
A: booked the tech will call ahead
C: okay thanks""", True, 0.0, "neutral", "free tech visit booked: an appointment counts as conversion; no upsell"),

("FR39_056", "Jonas Berg", "2026-11-20T18:40:00", "asr", """A: noodle barn delivery this is jonas
C: hi ugh this rain is miserable i'm not going out in that
A: ha yeah it's awful out there what can i get you
C: two large chicken pho and a spring roll
A: okay and our brownies are four fifty each want some
C: oh yes two brownies
A: two pho spring roll and two brownies to eighteen elm court about forty minutes
C: yes that's it
A: great
C: you're a star thank you this is exactly what i needed""", True, 9.0, "positive", "negative words are about the weather; two brownies at $4.50 = 9; warm end"),

("FR39_057", "Keisha Grant", "2026-11-21T10:15:00", "clean", """A: Vantage CRM renewals, Keisha speaking.
C: Hi. Our annual license is up on the 30th. We'll renew, same 25 seats.
A: Great. That's $18,000 for the year. Shall I process it?
C: Yes, go ahead. But frankly, we're renewing because migrating is a headache, not because we're happy.
A: I'm sorry to hear that. What's been the issue?
C: The product hasn't improved in two years and support tickets take a week.
A: I'll pass that on to your account manager.
C: Please do. Renewal's fine, process it.
A: Processed.
C: Thanks.""", True, 0.0, "negative", "renewal = conversion; polite-but-negative about product and support"),

("FR39_058", "Oliver Tran", "2026-11-21T13:25:00", "asr", """A: restore physical therapy this is oliver
C: hi oliver you sound so nice okay so my doctor referred me for my knee
A: sure i can help what insurance do you have
C: blue ridge health
A: oh i'm sorry we're not in network with blue ridge
C: oh so i can't even come then
A: you could come as self pay it's one forty per visit
C: one forty no way that's just great so nobody in this town takes my insurance
A: i'm sorry
C: yeah me too bye""", False, 0.0, "negative", "friendly start, negative end; no booking"),

("FR39_059", "Sofia Marino", "2026-11-21T16:05:00", "asr", """A: crestline auto this is sofia
C: hi i test drove the blue civic yesterday stock number two two eight one
A: oh yes the twenty twenty one
C: yeah we want it at the price we talked about nineteen nine
A: great so nineteen thousand nine hundred for the civic shall i write it up
C: yes write it up
A: and the all weather floor mats are one fifty do you want those
C: yeah sure throw those in
A: okay civic plus mats you can pick it up tomorrow
C: awesome we're really happy with it thank you""", True, 150.0, "positive", "car bought; floor mats $150; stock number and year not prices"),

("FR39_060", "Raj Patel", "2026-11-21T11:40:00", "clean", """A: Raj Patel Photography, Raj speaking.
C: Hi! We're getting married June 12th and we love your portfolio. Are you free that day?
A: Congratulations! I'm so sorry, June 12th is already booked.
C: Oh no. Any chance of a second shooter from your team?
A: Not that day, the whole team's out.
C: That's okay. Honestly, you were so lovely to talk to. I'll recommend you to my sister.
A: That means a lot. Congratulations again!
C: Thank you!""", False, 0.0, "positive", "date unavailable, nothing booked; customer warm toward the business"),
]
