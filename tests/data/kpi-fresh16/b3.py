CALLS = [
("FR16_041", "Sofia Marchetti", "2026-11-02T08:02:00", "asr",
"""A: morning grind cafe this is sofia
C: hi can i place a pickup order
A: sure go ahead
C: um two large oat lattes and one medium drip coffee black
A: two large oat lattes one medium drip black anything to eat
C: what pastries do you have left
A: croissants almond croissants and blueberry muffins croissants are three seventy five each
C: okay two plain croissants
A: two croissants so that's two lattes a drip and two croissants nineteen twenty five ready in ten minutes
C: yep that's right name's tom
A: got it tom see you soon
C: okay thanks""",
True, 7.50, "neutral", "pickup order confirmed; two croissants at $3.75 each = $7.50 added to the coffee order"),

("FR16_042", "Ravi Patel", "2026-11-03T10:44:31", "asr",
"""A: hi this is ravi at unity bank how can i help
C: hi ravi hope your day's going well um i sent a wire yesterday and i think i typed the account number wrong
A: okay let me take a look can you confirm the amount
C: it was two thousand four hundred dollars to my landlord
A: i see it unfortunately it's already been processed to the receiving bank
C: okay but you can just pull it back right
A: we can send a recall request but we can't guarantee the funds will be returned
C: wait so my money could just be gone
A: the receiving bank has to agree it can take up to thirty days
C: thirty days my rent is due on the first
A: i'm really sorry i've submitted the recall reference ending seven seven two
C: this is ridiculous your app didn't even ask me to double check the number i'm done with this""",
False, 0.0, "negative", "wire recall support, nothing bought; friendly opening, ends 'this is ridiculous, I'm done'"),

("FR16_043", "Elena Petrova", "2026-11-04T11:52:16", "clean",
"""A: DataSummit registration, Elena speaking.
C: Hi, I'd like to register for the conference in Denver. Is the early-bird price still available?
A: I'm sorry, early-bird ended on November 1st. The full pass is now $695.
C: That's a shame. Okay, register me for the full pass anyway.
A: Will do. Name and company, please?
C: Arjun Mehta, Fairline Analytics.
A: Thank you. Would you like to add one of the pre-conference workshops on March 3rd? They're $150 each.
C: Which ones are there?
A: Intro to MLOps and Advanced SQL Tuning.
C: The SQL one, please.
A: Great, full pass plus Advanced SQL Tuning, $845. Paying by card?
C: Yes, corporate card. Also, does the pass include lunch?
A: Lunch both days, yes.
C: Okay, good.""",
True, 150.00, "neutral", "registers at full price; one workshop at $150 chosen from two; mild disappointment about early-bird, neutral overall"),

("FR16_044", "Marcus Bell", "2026-11-05T08:17:49", "asr",
"""A: citygas emergency and service line this is marcus
C: yeah my heat's been off since six this morning and it's thirty degrees out
A: i'm sorry sir can i have your address
C: one oh four elm terrace
A: okay i see there's a crew working on a main in your area they're estimating restoration by about nine tonight
C: nine tonight oh wonderful so we just freeze all day
A: i understand it's frustrating we're opening warming centers at the library on oak street
C: great so i take my two toddlers to the library fantastic plan
A: i can also log a claim for a bill credit for today
C: sure do whatever i just want my heat back
A: i've logged it you'll get a text when service is restored
C: yeah i'm sure i will""",
False, 0.0, "negative", "outage complaint, bill credit claim is not a purchase; sarcastic throughout"),

("FR16_045", "Aiko Tanaka", "2026-11-06T18:14:05", "asr",
"""A: hi is this jordan
C: yes who's calling
A: hi jordan it's aiko from nestly home you left the marlow sofa in your cart yesterday and i wanted to see if you had any questions
C: oh ha yeah i did actually i wasn't sure about the color
A: the sage green is our most popular and we can send free swatches
C: mm no i think i'm decided honestly just the delivery fee threw me
A: standard delivery is free it's only the white glove delivery that's fifty nine that includes carrying it up and unpacking
C: oh so free if you just leave it at the door
A: correct
C: i'm on the third floor no elevator so uh yeah let's do the white glove
A: sure so the marlow in sage green at one thousand one ninety nine plus white glove delivery fifty nine can i place that for you
C: yes please go for it
A: done you'll get a delivery window by email
C: thanks that was way easier than the website""",
True, 59.00, "positive", "outbound cart follow-up; sofa ordered; optional white glove delivery $59 chosen over free standard; pleased"),

("FR16_046", "Liam O'Connor", "2026-11-09T09:36:22", "clean",
"""A: Maple Pediatrics, Liam speaking.
C: Hi, I need to schedule my daughter's 4-year checkup. Her name is Ava Lindgren.
A: Let me check Dr. Osei's schedule. Her next opening for a well visit is January 22nd.
C: January? She's due this month. Her school form needs it by December 1st.
A: I understand. Dr. Osei is fully booked, and I'm afraid every provider is booked through December for well visits.
C: So there's nothing at all?
A: I can put her on the cancellation list and call if something opens.
C: Okay, I guess. My number is 555-0192.
A: Got it. Would you like me to book January 22nd as a backup?
C: No, that doesn't help with the form. I'll call another practice.
A: I'm sorry we couldn't do more.
C: Yeah. Me too. We've been coming here for four years.""",
False, 0.0, "negative", "no availability; backup date declined, only a cancellation list; quietly disappointed"),

("FR16_047", "Fatima Zahra", "2026-11-10T16:03:38", "asr",
"""A: aquacenter registration this is fatima
C: hi i want to sign up my two kids for the winter swim lessons
A: sure how old are they
C: six and nine
A: okay they'd be in level one and level three classes are saturdays and the session is one twenty per child
C: okay so two forty total
A: yes and we also offer a second weekly practice on wednesdays for thirty dollars a month per child
C: um does that help them move up faster
A: usually yes
C: okay add wednesdays for both
A: alright two kids saturday lessons plus wednesday practice for both can i get their names
C: mia and leo grant
A: mia and leo grant you're registered starting january ninth
C: okay""",
True, 60.00, "neutral", "two kids registered; Wednesday practice $30 a month per child x 2 = $60 (recurring counted once)"),

("FR16_048", "Grace Mbeki", "2026-11-11T12:26:57", "asr",
"""A: good morning lakeshore bank grace speaking
C: hi i'd like to close my checking account please
A: i can help with that may i ask why
C: it's the monthly fee twelve dollars for an account i barely use
A: i understand if you set up a direct deposit of any amount the fee goes away
C: i know but my paycheck goes to my credit union now
A: we could also convert it to our basic account which is free with paperless statements
C: i appreciate that but no i really just want it closed
A: okay the balance is forty two dollars and eighteen cents how would you like to receive it
C: a check is fine mailed to the address you have
A: will do it'll arrive in about a week
C: okay honestly i've been a customer for eleven years and it kind of feels like you nickel and dime everyone
A: i'm sorry to hear that i'll pass that on
C: alright thanks""",
False, 0.0, "negative", "account closure, save offers declined; polite but negative about fees"),

("FR16_049", "Maya Lindqvist", "2026-11-12T14:41:12", "clean",
"""A: PixelPro Cameras, this is Maya.
C: Hi! I ordered the Lumix G9 last week, order 33019. It hasn't shipped yet, right?
A: Let me check... correct, it ships tomorrow morning.
C: Perfect. Can I add a spare battery to that order?
A: Sure, the official battery is $49.
C: Yes, that one. And two 64GB memory cards.
A: The SanDisk 64GB is $19.99 each.
C: Two of those, please.
A: So adding one battery and two memory cards, $88.98, to order 33019, same card. Should I go ahead?
C: Yes, please do.
A: Done, they'll ship together.
C: Amazing. You guys have been great every time.""",
True, 88.98, "positive", "add-ons to an earlier camera order: battery $49 + 2 x $19.99 = $88.98; happy repeat customer"),

("FR16_050", "Omar Haddad", "2026-11-13T17:19:44", "asr",
"""A: hi this is omar at la piazza
C: hi i'm trying to book a table for twelve this saturday around eight
A: for twelve people let me see um eight is taken i can do five thirty or nine forty five
C: oof neither is great uh five thirty is way too early for this crowd
A: it's a big group saturday's our busiest night
C: yeah what about sunday
A: sunday at seven works for twelve
C: ugh this is the third place i've called and nobody has anything that's really annoying
A: i'm sorry would you like me to hold sunday at seven
C: no let me check with everyone first i'll call back if sunday works
A: sure i can't hold it without a card though
C: fine whatever bye""",
False, 0.0, "negative", "requested time unavailable, alternatives not taken, defers; frustrated"),

("FR16_051", "Priya Raman", "2026-11-16T08:05:03", "asr",
"""A: align chiropractic priya speaking
C: hi uh my back's been killing me since i moved apartments i need an appointment
A: oh no okay we have tomorrow at eight fifteen or friday at noon
C: tomorrow please the sooner the better
A: eight fifteen tomorrow with doctor haynes would you like to add a thirty minute massage after the adjustment it's normally forty
C: um maybe what's it do exactly
A: loosens up the muscles so the adjustment holds better for new patients i can do it for thirty five
C: okay sure add it
A: great tomorrow eight fifteen adjustment plus massage
C: yeah what should i wear
A: something comfortable
C: okay see you then""",
True, 35.00, "neutral", "appointment picked; massage revised from $40 to $35 then accepted; neutral"),

("FR16_052", "Jonas Weber", "2026-11-17T13:37:25", "clean",
"""A: City Water customer service, Jonas speaking.
C: Hi, I just moved in at 77 Calder Street and I want to set up autopay on the account.
A: Sure. Is the account already in your name?
C: Yes, I set it up online last week. Account 4400-2198.
A: Got it. Do you want autopay from a checking account or a card?
C: Checking.
A: Okay, I've set that up for the 15th of each month. Would you also like paperless billing?
C: Yes, that's fine.
A: Done. We also offer a service line protection plan, $6.95 a month, covering repairs to the pipe from the street to your house.
C: Hmm. I'll think about it. My landlord might cover that.
A: No problem. You can add it anytime online.
C: Okay, thanks.""",
False, 0.0, "neutral", "free autopay/paperless enrolment is not a purchase; protection plan deferred"),

("FR16_053", "Keisha Brown", "2026-11-18T15:22:40", "asr",
"""A: thank you for calling urbanthreads this is keisha
C: yeah i returned a coat three weeks ago and i still don't have my refund
A: i'm sorry about that can i have the order number
C: it's u t nine nine four one two
A: thanks um i see the return was received on the second but the refund hasn't been processed
C: so you've had my coat for two weeks and my hundred and eighty dollars
A: i'll escalate it now it should go through within forty eight hours
C: that's what the last person told me too
A: i've marked it urgent and added a note
C: you know what i'm disputing it with my credit card company if it's not there by friday
A: that's understandable i'll send you a confirmation email of the escalation
C: whatever""",
False, 0.0, "negative", "refund complaint escalated, nothing bought; angry"),

("FR16_054", "Diego Alvarez", "2026-11-19T18:48:09", "asr",
"""A: hey thanks for calling lockbox escape rooms this is diego
C: hi we want to book the pharaoh's tomb room for saturday
A: awesome how many people
C: five of us
A: okay saturday i have two fifteen or six forty five
C: six forty five
A: great it's thirty two per person so one sixty total do you want the photo package it's twelve bucks
C: uh nah we'll take our own pics
A: no worries so pharaoh's tomb saturday six forty five five players one sixty
C: yep that's it is it really hard
A: about thirty percent of groups escape
C: oh nice we love a challenge can't wait""",
True, 0.0, "positive", "booking confirmed with a follow-up question; photo package $12 declined; excited"),

("FR16_055", "Hannah Cho", "2026-11-20T12:55:30", "asr",
"""A: hi is this missus delgado
C: yes
A: hi this is hannah from pawsure pet insurance your vet clinic mentioned you recently adopted a puppy
C: um okay how did you get my number exactly
A: you opted in for partner offers at your vet
C: i don't remember doing that
A: our accident and illness plan for puppies starts at twenty four a month
C: no i'm not interested
A: it covers up to ninety percent of
C: i said i'm not interested please take me off your list
A: of course i'll remove you now
C: thank you and please don't call again""",
False, 0.0, "negative", "outbound insurance pitch refused; irritated by the call"),

("FR16_056", "Tobias Nkemelu", "2026-11-23T11:14:52", "clean",
"""A: Coastal Credit Union, Tobias speaking.
C: Hi Tobias! I'm heading to Portugal on the 28th and wanted to let you know so my card doesn't get blocked.
A: Great idea. Which cards will you be using?
C: Just the Visa ending 6614.
A: Okay, travel notice set for Portugal from November 28th to December 12th.
C: Perfect. Also, could my limit go up a little? Hotels put holds on the card.
A: You're eligible for an increase from $5,000 to $8,000, no credit check.
C: Oh, that would be great, yes.
A: Done, it's effective now.
C: Wow, that was quick. You're always so easy to deal with.
A: Have a wonderful trip!
C: Thanks so much!""",
False, 0.0, "positive", "travel notice and free limit increase are not purchases; happy customer"),

("FR16_057", "Sofia Marchetti", "2026-11-24T10:31:16", "asr",
"""A: hi thanks for calling osteria nova this is sofia
C: hi i was charged fifty dollars on my card for a no show on saturday
A: let me look that up what's the name on the reservation
C: hughes h u g h e s
A: okay i see a table for four at seven thirty that wasn't cancelled
C: i called on friday to cancel i spoke to someone
A: i don't see any note of that unfortunately and the policy is cancellations by phone need twenty four hours
C: friday afternoon is more than twenty four hours before saturday night
A: i understand i can't reverse it myself but i can ask my manager to call you tomorrow
C: so i lose fifty bucks because somebody didn't write it down
A: i'll make sure the manager gets the details
C: fine but i'm leaving a review about this""",
False, 0.0, "negative", "no-show fee dispute, unresolved; nothing bought; angry"),

("FR16_058", "Ravi Patel", "2026-11-25T16:40:48", "asr",
"""A: safeway driving school this is ravi
C: hi uh my daughter just got her permit and we want lessons
A: great we have packages of five lessons for two ninety or ten for five fifty
C: ten i think she's pretty nervous
A: ten lessons is a good call and for the road test we can provide the car and an instructor for eighty five
C: can she just use our car for the test
A: she can but lots of students prefer the car they practiced in
C: hm that makes sense yeah add the test car
A: okay ten lesson package plus road test car what's her name
C: zoe ellison e l l i s o n
A: got it the first lesson can be thursday at four
C: thursday at four works thanks""",
True, 85.00, "neutral", "ten-lesson package chosen from two; road test car $85 accepted after a question"),

("FR16_059", "Elena Petrova", "2026-11-26T09:58:35", "clean",
"""A: CleanSweep support, Elena speaking.
C: Hi, the brush roll on my V7 vacuum stopped spinning. It's about eight months old.
A: Sorry to hear it. Can I have the serial number? It's under the dust bin.
C: It says V7-2291-KX.
A: Thanks. You're covered under warranty, so I'll ship you a new brush roll free of charge.
C: Oh good.
A: Is there anything else?
C: Actually, yes. I need new filters. Do you sell them?
A: We do, the 3-pack of HEPA filters is $24.
C: Okay, I'll take one 3-pack. Can it ship with the brush roll?
A: Yes, same box. I'll charge the $24 to the card on file ending 4410.
C: That's right. Thanks, this was really painless.""",
True, 0.0, "positive", "warranty part is free; filters $24 are the main (only) purchase, so no upsell; pleased"),

("FR16_060", "Marcus Bell", "2026-11-27T19:12:21", "asr",
"""A: fitflow support this is marcus
C: hi i want to cancel my subscription
A: sorry to see you go can i ask why
C: it's just too expensive fourteen ninety nine a month and i only use it like twice a week
A: understood what if i set you to half price seven fifty a month for the next three months
C: hm and then it goes back up
A: then it's fourteen ninety nine again but you can cancel anytime
C: okay yeah that's fair i'll stay on at seven fifty
A: done you'll see the new price on your next bill
C: oh that's actually really nice of you thanks marcus""",
True, 0.0, "positive", "save offer accepted on a cancellation call; discount is not an upsell; pleased"),
]
