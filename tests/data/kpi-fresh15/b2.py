CALLS = [
("FR15_021", "Aisha Rahman", "2026-11-12T09:03:00", "asr", """A: hello is this mister brennan this is aisha from harbor mutual life
C: yeah
A: i'm calling because you qualify for a twenty year term policy with no medical exam
C: uh huh how many times are you people gonna call me
A: i'm sorry if you've been contacted before
C: three times this month three i told the last guy i'm not interested
A: i understand it's just eighteen dollars a month for two hundred fifty thousand in coverage
C: i'm not ready to buy anything and i'm definitely not buying it from a company that won't stop calling me
A: i'll make a note on your account
C: yeah do that and lose my number""",
 False, 0.0, "negative", "outbound: refusal, annoyed by repeated calls; coverage amount not a price"),

("FR15_022", "Liam O'Connor", "2026-11-12T11:27:00", "clean", """C: Hi, I have a reservation under Okafor, arriving on the 18th for three nights.
A: Yes, Mr. Okafor, a Standard Queen, garden view. How can I help?
C: My wife saw photos of the ocean-view rooms. What would it cost to switch?
A: The Ocean View King is $45 more per night.
C: So for all three nights?
A: That's right, $45 a night for the three nights.
C: Let's do it. She's going to be thrilled.
A: Done, you're now in an Ocean View King, 6th floor.
C: Fantastic, thank you. That's going to be a lovely surprise.""",
 True, 135.0, "positive", "upgrade to an existing booking: $45/night x 3 nights = 135; accepted; happy"),

("FR15_023", "Priya Nair", "2026-11-12T19:40:00", "asr", """C: hi i need a plumber like now my water heater is leaking all over the garage
A: oh no okay have you shut off the water supply to it
C: yes i did that what i need is someone to come out
A: i understand the earliest opening i have is tuesday morning
C: tuesday it's thursday night
A: i'm sorry we're fully booked through the weekend i can put you on the cancellation list
C: no forget it i'll find somebody who actually answers emergencies
A: i understand again i'm sorry
C: yeah you advertise twenty four seven service that's a joke""",
 False, 0.0, "negative", "no availability, customer refuses the offered slot and cancellation list; angry, sarcastic"),

("FR15_024", "Marcus Hill", "2026-11-13T10:00:00", "clean", """A: Hi Jenna, Marcus from PipeLine CRM. You've been on Basic for about a year, and I noticed your team hit the contact limit twice last month.
C: Yeah, that's been annoying. We keep archiving leads just to add new ones.
A: Pro removes the limit and adds email sequences. It's $45 per user per month, you have four users.
C: Hmm, that's a jump from $20.
A: It is. Shall I move the team to Pro today?
C: Yes, but wait, does Pro include the Outlook sync? Half my team lives in Outlook.
A: It does, two-way sync is included.
C: Okay, good, then go ahead.
A: Done. I'd also recommend a one-time onboarding session with our specialist for $150 to set up the sequences.
C: Sure, book the onboarding too. Next Tuesday if possible.
A: Tuesday at 2 p.m. Eastern is booked.
C: Okay, thanks Marcus.""",
 True, 150.0, "neutral", "outbound: 'yes, but' question then 'go ahead' = plan change; onboarding $150 accepted; main Pro price not upsell"),

("FR15_025", "Elena Petrova", "2026-11-13T13:15:00", "asr", """A: swift car rental this is elena
C: hi can i get a convertible for this weekend picking up friday at the downtown office
A: sure i have a mustang convertible for seventy nine a day
C: great book that
A: would you like gps for ten dollars a day
C: yeah why not
A: okay a mustang convertible friday at nine returning sunday with gps
C: yep um hold on my phone's buzzing oh no my flight got moved to saturday night
A: would you like to change the dates
C: no honestly just cancel the whole thing i won't need it anymore
A: okay the reservation is cancelled no charge
C: okay thanks sorry about that""",
 False, 0.0, "neutral", "booking plus GPS accepted, then the whole reservation cancelled -> no conversion, no upsell"),

("FR15_026", "Jamal Wright", "2026-11-13T16:44:00", "clean", """C: I'd like to port my number out. I'm switching to Clearwave.
A: I'm sorry to hear that. Can I ask what Clearwave offered you?
C: Unlimited data for $40 a month. I'm paying you $72 for less.
A: I can match part of that. I can put you on Unlimited Plus for $45 a month, locked for two years.
C: So you could have charged me $45 all along.
A: That's a current loyalty offer.
C: Five years I've been with you, and the loyalty offer shows up when I'm walking out the door. No. Give me the port-out number.
A: Understood. Your port-out PIN is 4471 and it's valid for 10 days.
C: Thanks. That's all.""",
 False, 0.0, "negative", "retention offer $45/mo refused; leaves for competitor; resentful"),

("FR15_027", "Sofia Russo", "2026-11-14T10:30:00", "asr", """A: hi this is sofia from sunpeak solar we're doing free roof assessments in maple ridge this month
C: oh okay we actually talked about solar last year
A: great the assessment takes about an hour and there's no cost or obligation
C: and you'd tell us how many panels and what it'd save us
A: exactly i have wednesday the eighteenth at four or friday the twentieth at ten
C: um friday at ten is better my husband's home then
A: perfect so friday the twentieth at ten at twelve maple ridge road
C: yes that's the address okay we'll see you then
A: great you're booked
C: okay bye""",
 True, 0.0, "neutral", "outbound: picks one of two offered slots for an assessment appointment (appointment = conversion even if free)"),

("FR15_028", "Ken Tanaka", "2026-11-14T12:12:00", "clean", """A: Bento Box Catering, Ken speaking.
C: Hi! I need lunch for a team offsite on the 20th, 25 people.
A: Great. Our mixed bento trays serve 5 each at $70 per tray, so 5 trays would cover you.
C: Perfect, let's do 5 trays.
A: Would you like to add a mochi dessert platter? It's $45 and serves 25.
C: Oh, yes, absolutely.
A: And a drinks package, $3 per person?
C: No, we have drinks at the venue.
A: So 5 bento trays and one dessert platter, delivered at 11:45 on the 20th to 300 Harbor Street, suite 12. Correct?
C: That's right. You guys were amazing last time, so I'm really glad you had the date free.""",
 True, 45.0, "positive", "catering order confirmed; dessert platter $45 accepted, drinks declined; trays are main order; praise"),

("FR15_029", "Hannah Kowalski", "2026-11-16T17:55:00", "asr", """C: hi i want to cancel my meal kit subscription
A: i can help can i ask why
C: the last three boxes were bad the chicken was grey once and the veggies were wilted
A: i'm really sorry about that i can credit your last box and you could skip the next two weeks instead of cancelling
C: no i don't want to skip i want to be done
A: i understand i'll process the cancellation and credit that last box
C: fine
A: is there anything we could have done better
C: um yeah ship food that isn't rotten honestly it was pretty disgusting""",
 False, 0.0, "negative", "retention: skip offer refused, cancels; credit is a refund; angry about quality"),

("FR15_030", "Omar Haddad", "2026-11-16T19:10:00", "clean", """A: Laugh Track Comedy Club, Omar speaking.
C: Hi, I want two tickets for the 9:30 show this Friday.
A: Sure, that's $32 each, $64 total. Want me to book those?
C: Yes, book them, please.
A: Okay... I'm so sorry, the system just released the last seats to someone else. The 9:30 is sold out.
C: Seriously? You literally just said you had them.
A: I can offer two seats for the 7:00 show instead.
C: No, we have dinner at 7. Never mind.
A: Again, I apologize.
C: Yeah. Really frustrating.""",
 False, 0.0, "negative", "commitment given but booking failed (sold out); alternative declined -> no conversion"),

("FR15_031", "Grace Mbeki", "2026-11-17T08:45:00", "asr", """A: good morning pinewood animal hospital this is grace
C: hi i need to bring my dog in for her yearly shots her name's biscuit
A: aw hi biscuit we have monday at nine thirty or tuesday at three
C: monday at nine thirty please
A: okay you're booked and would you like us to do a nail trim while she's here it's fifteen dollars
C: oh yes please her nails are so long she clicks on the floor
A: done monday at nine thirty shots and a nail trim
C: great thank you you guys are always so good with her""",
 True, 15.0, "positive", "picks one offered slot; nail trim $15 accepted; warm praise"),

("FR15_032", "Lucas Ferreira", "2026-11-17T14:20:00", "clean", """A: Hi, this is Lucas from Vista Home Internet. I see you have internet only with us; I'm calling about our TV bundle.
C: Okay, I've got a few minutes.
A: Internet plus 120 channels is $89.99 a month, which is only $20 more than you pay now.
C: And no contract?
A: No contract.
C: All right, I'll take the bundle.
A: Great. Would you like to add the premium movie channels for $12 a month?
C: Yeah, add those.
A: And the sports tier is $15 a month.
C: What's on the sports tier?
A: Regional sports and the football channel.
C: Nah. Just the movies.
A: You're set, the new box ships Monday.
C: Okay.""",
 True, 12.0, "neutral", "outbound: bundle accepted; movies $12/mo accepted; sports $15 only asked about then declined"),

("FR15_033", "Maya Chen", "2026-11-18T20:05:00", "asr", """C: oh good a human finally i've been through like six menus
A: sorry about that this is maya how can i help
C: my internet's been dead since lunch
A: let me check your line i see your modem dropped offline at twelve forty let me send a reset
C: okay
A: it's rebooting give it about two minutes
C: uh huh
A: how are the lights looking now
C: they're green um yeah it's working now
A: great is there anything else
C: no that's it thanks""",
 False, 0.0, "neutral", "support; sarcastic opening but ends flat and fine; remote reset is not a purchase"),

("FR15_034", "Dev Patel", "2026-11-18T10:33:00", "clean", """A: Hello, this is Dev from Horizon Travel. You booked our Lisbon package for March; I'm calling about trip protection.
C: Oh, hi. Is that the cancellation insurance?
A: Yes, it covers cancellation for illness, delayed flights and lost luggage. It's $79 per traveler.
C: There are two of us.
A: So $158 for both of you.
C: My husband had knee surgery last year, so that actually makes sense. Yes, add it for both of us.
A: Done, both travelers are covered. You'll get the policy by email.
C: Good call, thank you for reminding me. I'd completely forgotten about that.""",
 True, 158.0, "positive", "outbound add-on to an earlier booking: $79 per traveler x 2 = 158 accepted; appreciative"),

("FR15_035", "Rosa Alvarez", "2026-11-19T11:11:00", "asr", """A: thanks for calling pawsure pet insurance this is rosa
C: hi i'm just looking for a quote for my cat she's four
A: sure for a four year old cat our accident and illness plan is twenty two a month
C: and does that cover dental
A: dental illness yes routine cleanings no
C: okay what about a wellness add on
A: that's another nine a month
C: hm okay that sounds good i'll think about it and maybe call back next week
A: of course i'll email you the quote
C: sure that's fine thanks""",
 False, 0.0, "neutral", "quote only; 'sounds good, I'll think about it' is deferral; add-on price only asked about"),

("FR15_036", "Tom Becker", "2026-11-19T15:15:00", "clean", """A: So, the 2021 RAV4 at $24,900 out the door. Are we good to write it up?
C: Yes, let's do it.
A: Great. I'd also recommend the extended powertrain warranty, five years. It's normally $1,800.
C: That's a lot.
A: I can do $1,400 for you today.
C: Okay, at $1,400 I'll take it.
A: And the all-weather floor mats are $150.
C: No, I'll get mats online.
A: Fair enough. Paperwork's ready, sign here and here.
C: You've been straight with me the whole time, I appreciate that. Better than the last two lots I went to.""",
 True, 1400.0, "positive", "car purchase (main); warranty revised $1,800 -> $1,400 accepted; mats declined; appreciative"),

("FR15_037", "Aisha Rahman", "2026-11-20T09:50:00", "asr", """C: yeah hi i want to cancel my homeowners policy the renewal went up like three hundred dollars
A: i'm sorry to hear that let me take a look okay i see the renewal at one thousand eight hundred forty
C: yeah last year it was fifteen forty
A: i see you also have your car with a different company if you bundled your auto with us i could take twelve percent off the home policy
C: i'm not moving my car
A: okay there's also a claims free discount you qualify for that i can apply that brings it to sixteen ten
C: sixteen ten hm
A: would you like to keep the policy at that rate
C: okay fine yeah keep it at sixteen ten
A: done you'll get the updated declarations page by email
C: okay that's more reasonable i guess""",
 True, 0.0, "neutral", "retention: accepts renewal at discounted rate (save offer); discount is not upsell; lukewarm"),

("FR15_038", "Liam O'Connor", "2026-11-20T12:40:00", "clean", """A: Skyway Airlines reservations, this is Liam.
C: Hi, I'd like to book a round trip from Boston to Austin, leaving December 12th and back on the 16th.
A: I have a 7:15 a.m. nonstop out and a 5:40 p.m. back, $318 round trip.
C: Book that.
A: Would you like to add a checked bag? It's $35 each way.
C: Yes, one bag both ways.
A: Seat selection is $18 per flight.
C: No, I'll take whatever's free.
A: So Boston to Austin on the 12th, back on the 16th, one checked bag each way, $388 total. Correct?
C: Correct.
A: You're booked. Confirmation number is KX7R2P.
C: Okay, thanks.""",
 True, 70.0, "neutral", "flight booked and read-back confirmed; bag $35 each way x 2 = 70; seat selection declined"),

("FR15_039", "Priya Nair", "2026-11-21T10:05:00", "asr", """A: hi this is priya from sparkle home cleaning calling about your next visit on the twenty fourth
C: oh okay
A: we're offering a holiday deep clean add on for ninety five dollars inside the oven fridge and baseboards
C: honestly i'm not sure i even want the regular visit
A: oh i'm sorry to hear that what happened
C: the last crew missed both bathrooms completely and left the mop bucket in my hallway
A: that's not okay i'm so sorry i'll flag it with the manager
C: yeah so no i'm not paying extra for anything right now
A: understood
C: and if the next one's like that i'm cancelling""",
 False, 0.0, "negative", "outbound: deep-clean add-on declined; complaint about last visit; no new commitment"),

("FR15_040", "Marcus Hill", "2026-11-21T14:48:00", "clean", """C: Hi, our license key for DraftPro stopped working this morning. All 12 seats show 'expired'.
A: Let me check. Your renewal went through on the 1st, but the key didn't sync. I'm pushing a new key to your admin console now.
C: Okay, hold on, let me refresh.
A: Take your time.
C: There we go, all 12 seats are active again.
A: Great. I've also extended your term by one week for the trouble, no charge.
C: Oh, that's very generous. Do I need to do anything on our side?
A: No, you're all set. The extension shows on your next invoice.
C: Honestly, that was the fastest support call I've ever had. Thank you!""",
 False, 0.0, "positive", "support: key resent, free extension is not a purchase; seat count is not a price; delighted"),
]
