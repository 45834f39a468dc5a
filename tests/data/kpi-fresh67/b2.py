CALLS = [
    ("FR67_021", "Hannah Brooks", "2026-11-16T09:33:00", "asr",
     """A: good morning smile studio this is hannah
C: hi um yeah i need to get my cleaning done it's been like a year
A: no worries i have monday at eleven or wednesday at three fifteen
C: uh wednesday three fifteen
A: okay you're in also we're running a whitening special right now if you're interested
C: how much is that
A: it's three fifty for the in office whitening
C: oh wow no no just the cleaning thanks
A: totally fine wednesday at three fifteen with kelly
C: mhm okay
A: see you wednesday
C: yep bye""",
     True, 0.0, "neutral",
     "takes Wednesday 3:15 cleaning; only asks whitening price then 'oh wow no no just the cleaning'"),

    ("FR67_022", "Kwame Mensah", "2026-11-16T14:10:00", "clean",
     """A: Westside Honda service, this is Kwame.
C: Hi, I got a recall letter for the airbag inflator. I'd like to get that done.
A: Sure. The part is backordered right now. The earliest we can do the repair is December 8th at 8 a.m.
C: Oh great. So I get to drive around with a defective airbag for three more weeks. Fantastic.
A: I understand the frustration. I can also set you up with a loaner for that day at no cost.
C: Fine. Book the 8th and the loaner.
A: Booked: December 8th at 8 a.m., airbag recall, loaner reserved.
C: Yep. Really reassuring stuff from you guys.
A: I'm sorry about the wait, we'll call if the part arrives sooner.
C: Sure you will.""",
     True, 0.0, "negative",
     "'Fine. Book the 8th and the loaner' (free loaner, no upsell); sarcastic 'Oh great', 'Really reassuring', 'Sure you will'"),

    ("FR67_023", "Siobhan Dunne", "2026-11-17T10:18:00", "asr",
     """A: hi thanks for calling happy tails grooming this is siobhan
C: hi i'd love to book a bath and haircut for my goldendoodle biscuit
A: aw okay i have thursday at nine or friday at noon
C: thursday at nine is perfect
A: great do you want to add a nail trim it's fifteen
C: yes please his nails are clicking all over the floor
A: ha okay and we also do teeth brushing for twelve dollars
C: oh sure add that too
A: so biscuit thursday at nine bath haircut nail trim and teeth brushing
C: yep that's everything
A: see you thursday
C: thank you you guys are the best he always comes back so fluffy""",
     True, 27.0, "positive",
     "books Thursday 9; nail trim fifteen 'yes please' + teeth brushing twelve 'add that too' = 27; 'you guys are the best'"),

    ("FR67_024", "Ravi Kulkarni", "2026-11-17T15:42:00", "clean",
     """A: Bright Spark Electric, Ravi speaking.
C: Hi, I'm thinking about getting an EV charger installed in my garage and wanted a rough idea of cost.
A: Sure. Most Level 2 installs run between $900 and $1,400 depending on how far the panel is from the garage.
C: The panel is in the garage, actually.
A: Then you'd likely be near the lower end, maybe $950 with the permit.
C: Okay, that's helpful. I'm interested, but can you email me a written quote first?
A: Absolutely, what's the best email?
C: It's jpark at fastmail dot com.
A: I'll send it this afternoon.
C: Great, I really appreciate you explaining it all so clearly.""",
     False, 0.0, "positive",
     "'I'm interested, but can you email me a written quote first?' — interest only; 'really appreciate you explaining'"),

    ("FR67_025", "Claire Beaumont", "2026-11-18T18:05:00", "asr",
     """A: ticket line this is claire
C: hi i'd like four tickets for the hockey game on the twenty seventh the lower bowl
A: sure i have four together in section one oh four row f at sixty two each
C: yeah that's fine let's get those
A: okay i'll need a card
C: it's the visa
A: hmm that card came back declined
C: oh uh hang on it might be the new limit try the amex instead
A: okay that went through you've got four tickets section one oh four row f for the twenty seventh
C: okay good
A: they'll be in the app
C: okay thanks""",
     True, 0.0, "neutral",
     "'let's get those'; first card declined but the Amex went through and agent confirms the tickets; flat"),

    ("FR67_026", "Marcus Tillman", "2026-11-18T12:27:00", "clean",
     """A: Brainy Bunch Tutoring, Marcus speaking.
C: Hi, I need to cancel my daughter's weekly reading sessions. It's just getting too expensive.
A: I'm sorry to hear that. Can I ask, would every other week help? We could also take 20% off for the rest of the school year.
C: Every other week at a discount? What would that come to?
A: It'd be $144 a month instead of $360.
C: Huh. Okay, that actually works a lot better for us. Let's do that instead of cancelling.
A: Done. She'll keep Ms. Rivera, same time, every other Wednesday.
C: That's great, she really likes Ms. Rivera. Thank you for working with me.""",
     True, 0.0, "positive",
     "cancellation call, accepts save offer 'Let's do that instead of cancelling'; discount is not upsell; 'Thank you for working with me'"),

    ("FR67_027", "Yuki Tanaka", "2026-11-19T11:50:00", "asr",
     """A: hi you've reached northside dermatology this is yuki
C: hi i need to see a dermatologist about a mole that's changed shape my doctor said to get it looked at soon
A: okay the first new patient appointment i have is february ninth
C: february that's three months
A: i know i'm sorry we're very backed up we do have a telehealth photo review in two weeks
C: no i need someone to actually look at it in person
A: i can add you to the cancellation list
C: you already said that last time i called and nobody ever called back this is honestly scary and nobody cares
A: i'm sorry i'll flag it as urgent for the nurse to review
C: i'll just go somewhere else""",
     False, 0.0, "negative",
     "first slot February, declines telehealth, 'i'll just go somewhere else'; 'honestly scary and nobody cares'"),

    ("FR67_028", "Evelyn Park", "2026-11-19T09:40:00", "clean",
     """A: Sparkle & Co. Home Cleaning, Evelyn speaking.
C: Hi, I've got family coming for Thanksgiving and need a deep clean before then.
A: Of course. A deep clean for a three-bedroom is $280. I can do Monday the 23rd, 9 a.m.
C: Monday the 23rd is perfect. Let's book it.
A: Would you like inside the oven for $35 and inside the fridge for $30?
C: Yes to both, honestly.
A: Great, that's oven and fridge added.
C: Actually, skip the fridge, I'll clear it out myself anyway. Keep the oven.
A: No problem, so deep clean plus inside oven, Monday the 23rd at 9.
C: Perfect. You're a lifesaver, thank you!""",
     True, 35.0, "positive",
     "books deep clean; accepts oven $35 and fridge $30 then 'skip the fridge' → 35; 'You're a lifesaver'"),

    ("FR67_029", "Omar Haddad", "2026-11-20T10:10:00", "asr",
     """A: midtown brake and muffler omar speaking
C: hi my brakes are squealing pretty bad on my wife's car what would it cost to do the front pads
A: front pads and rotors on most sedans is about three eighty pads only is one sixty if the rotors are okay
C: okay
A: i could get you in tomorrow at ten to take a look is this the best number to reach you the one ending in four four one
C: yeah that's the number
A: so should i put you down for ten tomorrow
C: uh i gotta talk to my wife first it's her car i'll call you back
A: sure no problem
C: alright thanks""",
     False, 0.0, "neutral",
     "'yeah that's the number' answers the phone-number question; 'i gotta talk to my wife first'"),

    ("FR67_030", "Rebecca Lindqvist", "2026-11-20T16:20:00", "clean",
     """A: Golden Hour Photography, this is Rebecca.
C: Hi! We're getting married June 12th and we loved your portfolio. Is that date still open?
A: Congratulations! June 12th is open. The eight-hour package is $3,200, and we take a $500 deposit to hold the date.
C: We'd like to lock it in. Let's do the deposit now.
A: Wonderful. Would you also like an engagement session? It's $300 when added to a wedding package.
C: Oh, yes, we were hoping to do one this spring. Add it.
A: Done. Deposit of $500 taken, June 12th is yours, engagement session included.
C: I'm so happy, we've been stressing about finding someone. Thank you!
A: My pleasure, I'll email the contract tonight.""",
     True, 300.0, "positive",
     "'lock it in. Let's do the deposit now'; engagement session '$300... Add it.' (deposit is not upsell); 'I'm so happy'"),

    ("FR67_031", "Jenna Whitfield", "2026-11-23T13:44:00", "asr",
     """A: align chiropractic jenna speaking
C: yeah hi i got a bill for eighty five dollars for my last visit and i was told my insurance covered it
A: let me look uh it looks like your plan only covers twelve visits a year and that was number thirteen
C: nobody told me that not one person mentioned it
A: i'm sorry about that i'll make a note and you can ask billing about a payment plan
C: great just great
A: do you still want to keep your monthly adjustment i have tuesday at five
C: yeah i'll come in tuesday at five i need it my back's killing me but i'm not happy about that bill
A: okay tuesday at five you're booked
C: and someone better call me about the bill
A: i'll have billing call you tomorrow""",
     True, 0.0, "negative",
     "'yeah i'll come in tuesday at five' books the visit; 'not happy about that bill', sarcastic 'great just great'"),

    ("FR67_032", "Luis Carvajal", "2026-11-23T11:03:00", "clean",
     """A: Oakridge Animal Clinic, this is Luis.
C: Hi, the vet said my beagle needs a dental cleaning and maybe two extractions. What would that cost?
A: With anesthesia, bloodwork and the extractions, you're looking at about $640 to $720.
C: Oof. Okay.
A: I have openings December 2nd or December 9th if you'd like to schedule.
C: That's more than I can do right now with the holidays. Maybe in January.
A: Understood. I can send you the estimate so you have it.
C: Sure, that'd be good.
A: It'll be in your email today.
C: Okay, thanks.""",
     False, 0.0, "neutral",
     "asks cost, 'Maybe in January' = deferral; 'Sure' only to receiving the estimate"),

    ("FR67_033", "Kwame Mensah", "2026-11-24T10:55:00", "asr",
     """A: polished nail lounge this is kwame
C: hi i'm trying to book mani pedis for my bridal party there's four of us on saturday the twelfth of december
A: oh congrats four people saturday the twelfth i can do ten a m with four techs at once
C: oh my god perfect yes book that
A: it's fifty five each for the mani pedi and for a bridal party a lot of people add the paraffin wax treatment it's eight each
C: oh yeah let's do paraffin for all four of us
A: so four mani pedis with paraffin saturday december twelfth at ten
C: yes that's right
A: and i'll just need a name
C: it's nadia okafor thank you so much this is one less thing to worry about""",
     True, 32.0, "positive",
     "'perfect yes book that'; paraffin 'eight each' for all four = 32; confirms read-back; 'thank you so much'"),

    ("FR67_034", "Siobhan Dunne", "2026-11-24T15:30:00", "clean",
     """A: Evergreen Grounds, Siobhan speaking.
C: Hi, I'm calling about your seasonal snow removal. What's the cost for a standard driveway?
A: For a two-car driveway it's $450 for the season, December through March, unlimited plows over two inches.
C: Okay. Sign me up for that.
A: Great. We also offer salting after each plow for $15 a visit.
C: No, I've got a bag of salt in the garage. Just the plowing.
A: Got it. Seasonal plowing, 18 Birch Lane, starting December 1st. Is that right?
C: Yes.
A: You're all set.
C: Okay, thanks.""",
     True, 0.0, "neutral",
     "'Sign me up for that'; salting declined 'Just the plowing'; flat"),

    ("FR67_035", "Ravi Kulkarni", "2026-11-25T17:25:00", "asr",
     """A: laugh factory tickets ravi speaking
C: hey i want two tickets to the late show with maria bamford
A: sure that's thursday the twelfth at nine thirty two tickets at forty five each
C: wait is it the twelfth i thought it was friday the eleventh no sorry the eleventh's a friday
A: no worries friday the eleventh at nine thirty she has that one too
C: yeah the eleventh
A: and we have reserved parking across the street for twenty dollars do you want that
C: oh yeah that lot is a nightmare otherwise add parking
A: so two tickets friday the eleventh at nine thirty plus parking
C: yep that's correct
A: you're all set
C: awesome thank you this is gonna be so fun""",
     True, 20.0, "positive",
     "changes date to Friday the eleventh, confirms read-back 'yep that's correct'; parking 'twenty dollars' 'add parking'; 'so fun'"),

    ("FR67_036", "Hannah Brooks", "2026-11-25T21:40:00", "clean",
     """A: 24/7 Lock & Key, this is Hannah.
C: Hi, I'm locked out of my apartment. How fast can someone get here?
A: I can have a tech there in about 40 minutes. It's $120 for the lockout plus a $75 after-hours charge.
C: $195 to open a door? That's robbery.
A: I understand it's a lot. The after-hours charge applies after 9 p.m.
C: You've got to be kidding me.
A: I can book it if you'd like.
C: Hold on. My neighbor just texted, she has my spare. I don't need you.
A: Glad that worked out.
C: Yeah, no thanks to you.""",
     False, 0.0, "negative",
     "never books; 'That's robbery', 'I don't need you', 'no thanks to you'"),

    ("FR67_037", "Claire Beaumont", "2026-11-26T10:12:00", "clean",
     """A: Riverside Imaging, this is Claire.
C: Hi, I have an MRI scheduled for the 3rd at 2 p.m. and I was hoping to move it earlier.
A: Let me check. I'm afraid nothing is open before the 3rd at this point.
C: Nothing at all? Even early morning?
A: I've checked both machines, all full. I can put a note in case of cancellations.
C: Okay, then I'll just keep the one on the 3rd.
A: Your appointment on the 3rd at 2 p.m. stays as is.
C: Alright, thanks for checking.""",
     False, 0.0, "neutral",
     "no earlier availability; keeps existing appointment — no new booking made; 'thanks for checking'"),

    ("FR67_038", "Marcus Tillman", "2026-11-27T09:08:00", "asr",
     """A: tire town marcus speaking
C: hey i need my snow tires put on before next week
A: sure i can do monday at eight or tuesday at eleven thirty
C: monday at eight
A: alright and we're doing alignments this month for ninety nine normally it's one twenty nine
C: uh does it need one
A: if it's pulling at all it's worth it
C: it does pull a little to the right yeah okay do the alignment for ninety nine
A: so tire swap and alignment monday at eight
C: mhm
A: see you monday
C: yep""",
     True, 99.0, "neutral",
     "books Monday 8; alignment revised 'ninety nine normally one twenty nine', 'do the alignment for ninety nine'; flat"),

    ("FR67_039", "Yuki Tanaka", "2026-11-27T14:35:00", "clean",
     """A: Ink & Iron Tattoo, Yuki speaking.
C: Hi, I'd like to book a consultation with Remy for a forearm piece.
A: Sure, Remy has a consult opening Tuesday at 4. To book we take a $100 non-refundable deposit that goes toward the tattoo.
C: Non-refundable, even if I don't like the design?
A: Yes, it covers his drawing time.
C: Hmm. I'd book it if the deposit were refundable, but I'm not putting down $100 on a maybe.
A: Understood. The policy is the same for all our artists.
C: Okay. I'll think about it.
A: Sure, just call back when you're ready.""",
     False, 0.0, "neutral",
     "conditional 'I'd book it if the deposit were refundable'; 'I'll think about it'"),

    ("FR67_040", "Evelyn Park", "2026-11-30T12:15:00", "asr",
     """A: hi this is evelyn with hometown plumbing
C: hi yeah you guys sent me a quote for a new water heater the fifty gallon one and i want to go ahead with it
A: great that's the bradford white fifty gallon installed for sixteen fifty i can schedule friday morning
C: friday morning is great go ahead and book it
A: okay booked and we also offer a six year extended labor warranty for one ninety nine
C: um let me think about the warranty i'll let you know
A: sure you can add it up to thirty days after install
C: okay good to know
A: so friday eight to ten for the install
C: perfect thank you you've been really easy to work with""",
     True, 0.0, "positive",
     "'go ahead and book it' the install; warranty 'let me think about the warranty' = not accepted; 'really easy to work with'"),
]
