# FR81 batch 3 (calls 041-060) - written by hand, one call at a time.
CALLS = [
("FR81_041", "Hannah Weiss", "2026-11-19T09:10:00", "clean",
"""A: FixRight Appliance Repair, this is Hannah.
C: Hi, my dryer's making a loud thumping noise and the drum barely turns.
A: That's usually the drive belt or the idler pulley. A repair visit is $89 for the diagnosis, and a belt replacement is typically around $160 total.
C: Okay. Let's book a visit then.
A: I have Friday between 8 and 12.
C: Friday morning's fine. And I saw on your site you do vent cleaning - I'll take the vent cleaning for $59 too, while he's there.
A: Sure, that's $59 for the vent cleaning, added to Friday's visit.
C: Great.
A: Can I confirm your address as 5 Whitmore Court?
C: Yes, that's it.
A: You're all set for Friday.
C: Okay, thanks.""",
True, 59.00, "neutral", "repair visit booked; customer names the vent cleaning add-on with its price $59; 'Yes, that's it' confirms address only"),

("FR81_042", "Jamal Carter", "2026-11-19T11:33:00", "asr",
"""a: sunward energy jamal speaking
c: hi i signed a contract with you in august and i still don't have panels on my roof
a: let me look it's showing we're waiting on the permit from the county
c: that's what they told me in september and in october
a: i understand the county has been really backed up i can offer you a free year of premium monitoring for the delay
c: i don't want monitoring i want panels or i want out
a: you're within the cancellation window since installation hasn't started so i can cancel it
c: yes cancel it
a: okay i've submitted the cancellation your deposit will be refunded in seven to ten business days
c: fine it's been three months of nothing i'm done with you guys""",
False, 0.00, "negative", "customer cancels existing contract; 'yes cancel it' is not a purchase; monitoring offer refused; deposit refund not a sale"),

("FR81_043", "Sofia Lindqvist", "2026-11-19T14:02:00", "clean",
"""A: Northgate Energy, this is Sofia.
C: Hello, dear. My bills jump all over the place, $60 in the spring and then $240 in January. It's hard on a fixed income.
A: I understand. We have budget billing - it's free, and it averages your year so you pay about the same every month. For you that would be about $118.
C: $118 every month? That's not bad, actually.
A: And it's trued up once a year, so if you used less, you get a credit.
C: All right, put me on that.
A: Done, you're enrolled. It starts with your December bill.
C: Oh, that's a big help. Thank you so much, you were very patient with me.""",
False, 0.00, "positive", "free budget-billing enrollment is a billing arrangement, not a purchase or paid plan change (see decisions)"),

("FR81_044", "Ray Donnelly", "2026-11-20T08:45:00", "asr",
"""a: comfortline heating and air ray speaking
c: hi my heat pump outside is covered in ice and it's blowing kind of cold air inside
a: sounds like the defrost cycle isn't working i can get a tech out this afternoon between two and five for eighty nine
c: yes please book that today
a: done while he's there we're running a special on the smart thermostat installed it's usually two forty nine this month it's one ninety nine
c: the one that learns your schedule
a: that's the one and it controls the heat pump backup heat better
c: okay one ninety nine yeah let's do the thermostat too
a: great both are on for this afternoon
c: perfect thank you ray you guys are always quick""",
True, 199.00, "positive", "repair visit booked; thermostat revised $249 -> $199, accepted price 199.00"),

("FR81_045", "Nadia Petrova", "2026-11-20T10:30:00", "clean",
"""A: Summit Roofing, Nadia speaking.
C: Hi. We had that hail storm on Sunday and the insurance company said to get a roofer to inspect before they send an adjuster.
A: Sure, we do free storm inspections and we'll give you a written report for the claim. Can I get your address?
C: 3318 Pine Hollow Road.
A: I can send an inspector tomorrow at 9 or Monday at 2.
C: Tomorrow at 9, please.
A: Booked for tomorrow at 9. Is 555-0142 the best number for him to call?
C: Yes, that's my cell.
A: Great, he'll call when he's 20 minutes out.
C: Okay. Thanks.""",
True, 0.00, "neutral", "free inspection appointment booked = conversion (booking); address and phone number not prices"),

("FR81_046", "Ben Okafor", "2026-11-20T13:15:00", "asr",
"""a: lumen fiber ben speaking
c: yeah i was supposed to get my install today between eight and noon it's one fifteen and nobody came and nobody called
a: i'm really sorry let me check it looks like the technician was rerouted to an outage
c: and nobody thought to tell me
a: i'm sorry i can get you the first slot tomorrow morning
c: i already took today off i'm not taking tomorrow off too
a: i understand i could do saturday
c: no you know what just cancel the whole order i'll stay with my cable company
a: okay i've cancelled the order and i'll put in a note about the missed appointment
c: unbelievable""",
False, 0.00, "negative", "no-show; new slots refused and the order cancelled"),

("FR81_047", "Grace Liu", "2026-11-20T16:05:00", "clean",
"""A: SafeHaven Security, Grace speaking.
C: Hi. My mom is 84 and lives alone, and I'm looking at your medical alert pendant.
A: Of course. The pendant with fall detection is $29.99 a month, and there's no equipment fee.
C: Does it work in the shower?
A: Yes, it's waterproof, and it works anywhere in the house and the yard.
C: And if she presses it, who answers?
A: Our monitoring center, 24/7. They can call 911 or call family members on her list.
C: Okay. I need to talk to my brother, we split her costs.
A: That's understandable. Would you like me to email you the details?
C: Yes, that'd be good. It's the same email on this account.
A: Sent.
C: Thanks.""",
False, 0.00, "neutral", "'Yes' is to an email of details; deferral to brother; 84 and 911 are not prices"),

("FR81_048", "Victor Hale", "2026-11-23T09:25:00", "asr",
"""a: fixright appliance repair victor speaking
c: hi my built in microwave turns on but doesn't heat anything
a: that's often the magnetron or a diode what's the brand
c: whirlpool it's above the stove
a: okay a repair visit is eighty nine and over the range units usually run two to three hundred total with the part
c: alright go ahead and book it
a: sure i have tuesday between twelve and four
c: tuesday's fine
a: you're booked would you like me to text you the confirmation
c: yes text me
a: done
c: okay thanks""",
True, 0.00, "neutral", "booking committed ('go ahead and book it'); 'yes text me' is not an add-on"),

("FR81_049", "Marisol Vega", "2026-11-23T11:50:00", "clean",
"""A: BrightRoof Solar, Marisol speaking.
C: Hi Marisol. We're ready to go ahead with the panels and the battery - the $31,400 package.
A: Fantastic. I'll get the contract ready. Did you two decide about the EV charger?
C: Remind me what that was?
A: A Level 2 charger installed in the garage, wired to the new panel, $1,200.
C: Yes, add the charger, $1,200 is fine. We're picking up the car in January.
A: Perfect. There's also premium monitoring with panel-level alerts for $8 a month.
C: No, the standard app is enough.
A: Okay. So the $31,400 package plus the EV charger at $1,200. Contract's on its way.
C: Wonderful, we're so excited. Thank you for being so patient with all our questions.""",
True, 1200.00, "positive", "package $31,400 main; EV charger $1,200 accepted; $8/mo monitoring declined"),

("FR81_050", "Derek Huang", "2026-11-23T14:20:00", "clean",
"""A: ComfortLine Heating & Air, Derek speaking.
C: Hi. I need a furnace tune-up. Just the tune-up.
A: Sure, the tune-up is $99. I have Thursday at 10.
C: Thursday at 10 is fine. Book it.
A: Booked. While the tech's there, we can also install a whole-home air purifier for $450 - it's great for allergies.
C: Oh great, another upsell. Every time I call you people.
A: No pressure at all, just letting you know.
C: No. Just the tune-up. And tell him not to spend 20 minutes trying to sell me a new furnace like last time.
A: I'll make a note.
C: Sure you will.""",
True, 0.00, "negative", "tune-up booked ($99 main); $450 purifier declined; sarcastic ('Oh great', 'Sure you will')"),

("FR81_051", "Priya Nair", "2026-11-24T09:40:00", "asr",
"""a: clearview windows and doors priya speaking
c: hi we're ready to order the patio door we talked about
a: great that's the five foot sliding door in white vinyl three thousand one hundred installed
c: yep and the guy mentioned blinds inside the glass
a: the built in blinds between the panes are three eighty more
c: yeah we'll do the blinds our dog wrecks every curtain we own
a: okay let me read it back one five foot white sliding patio door with built in blinds three thousand four hundred eighty total is that right
c: that's right
a: perfect the order's in lead time is about six weeks
c: okay sounds good""",
True, 380.00, "neutral", "read-back confirmed; built-in blinds $380 accepted; door $3,100 is main; 'five foot' is a size"),

("FR81_052", "Tom Becker", "2026-11-24T11:05:00", "clean",
"""A: Summit Roofing, Tom speaking. Did you get the quote I emailed Friday?
C: Yes, I got the email.
A: Great. Any questions on it? It's $9,750 for the full replacement on the garage and the house.
C: Not really, it's pretty clear. The price seems fair.
A: Would you like to get on the schedule? We're booking into mid-December.
C: I'll think about it over the holidays. There's a lot going on right now.
A: Totally understand. The quote is good through January 15th.
C: Okay, good to know. Thanks.""",
False, 0.00, "neutral", "'Yes, I got the email' is not a purchase; 'price seems fair' then deferral"),

("FR81_053", "Alicia Grant", "2026-11-24T13:30:00", "asr",
"""a: reliant plumbing alicia speaking
c: hi your crew put in our new water heater yesterday
a: great how's it working
c: the water heater's fine what's not fine is the mess they left there's drywall dust all over the laundry room and they took the old tank out through my living room without covering anything
a: oh no i'm so sorry that's not how we do things
c: there's a scrape down the whole hallway floor
a: i'm really sorry i'd like to send our manager out to look at the floor and make it right
c: i'll be home after five
a: okay he'll call you this afternoon to set a time
c: i'm not paying another dime to you people until this is sorted""",
False, 0.00, "negative", "complaint about an earlier job; manager visit to look at damage is not a purchase"),

("FR81_054", "Omar Siddiqui", "2026-11-25T10:00:00", "clean",
"""A: Lumen Fiber, Omar speaking.
C: Hi! We're moving into 19 Alder Street next week and want the gig plan set up.
A: Great, fiber is live there. Gig plan is $70 a month. Want me to get that going?
C: Yes, please.
A: Done. For $10 a month you can add Whole-Home Wi-Fi Plus - two mesh points and a better router.
C: Yes, we'll take that. It's a three-story house.
A: Added. There's also Premium Tech Support, $7 a month, for help with any device in the house.
C: No, I think we're good there.
A: No problem. Install is set for Monday the 30th, 8 to 10.
C: Oh, and actually, throw in the support thing too - that's $7, right? My parents live with us and they'll call every week.
A: Yes, $7 a month. Added.
C: Perfect. This was so easy, thank you!""",
True, 17.00, "positive", "gig plan $70 main; Wi-Fi Plus $10 + tech support $7 (first declined, then accepted) = 17.00"),

("FR81_055", "Kelly Brennan", "2026-11-25T12:45:00", "asr",
"""a: keystone energy kelly speaking
c: my gas got shut off this morning for nonpayment and i paid that bill on the tenth
a: i'm sorry let me look at the account okay i do see a payment on the tenth for one eighty six forty
c: right so why am i sitting in a cold house
a: it looks like it was applied to an old closed account with the same name i'm moving it over now
c: so you people shut off my heat because of your own mistake
a: yes and i'm very sorry the reconnection is being put in as a priority the crew will be out today
c: today when
a: before six pm
c: unbelievable i have to sit here until six because someone can't type a number""",
False, 0.00, "negative", "service error; reconnection is a fix, not a purchase; $186.40 is a past payment"),

("FR81_056", "Luis Ortega", "2026-11-25T15:20:00", "clean",
"""A: SafeHaven Security, this is Luis.
C: Hi, I'd like to set up monitoring. I had your free consultation last week.
A: Sure. The consultant recommended the standard package, $399 for equipment and $29.99 a month.
C: Right. And he said because of the big windows in the back, glass-break sensors.
A: Yes, the pair of glass-break sensors is $70.
C: Okay, include the pair.
A: So please confirm: standard package at $399, the pair of glass-break sensors for $70, and monitoring at $29.99 a month?
C: You got it.
A: It's all placed. An installer will call to set a day.
C: Sounds good. Thanks.""",
True, 70.00, "neutral", "read-back confirmed ('You got it'); pair price $70 counts once = 70.00"),

("FR81_057", "Hannah Weiss", "2026-11-26T09:15:00", "asr",
"""a: fixright appliance repair hannah speaking
c: hi the fan on my range hood stopped working the light still works though
a: okay it could be the fan motor or the switch a visit is eighty nine and a motor is usually around one fifty to two hundred with labor
c: hmm and if it's the switch
a: a switch is cheaper usually under a hundred total
c: okay let me have my brother in law look at it first he's an electrician if it's the motor i'll call you back
a: sounds good we're here
c: okay thanks""",
False, 0.00, "neutral", "price questions then deferral; no booking"),

("FR81_058", "Jamal Carter", "2026-11-26T11:40:00", "asr",
"""a: sunward energy jamal speaking
c: hi jamal it's ruth okafor we met at the home show
a: hi ruth good to hear from you did you look over the proposal
c: we did and we're ready the six point four kilowatt one
a: wonderful so just to confirm the six point four kilowatt system sixteen panels nineteen thousand eight hundred before the tax credit
c: yes that's exactly it
a: great i'll send the contract over for signatures today
c: oh we're so thrilled we've been talking about this for years
a: it's going to be great for you
c: thank you so much jamal you made it really easy""",
True, 0.00, "positive", "read-back confirmed; no add-on; 6.4 kW and sixteen panels are not prices"),

("FR81_059", "Sofia Lindqvist", "2026-11-26T14:30:00", "clean",
"""A: Northgate Energy, Sofia speaking.
C: I switched to your 24-month fixed plan in October because your salesman said I'd save money. My last bill was higher than ever.
A: Let me look. The fixed rate is 13.6 cents; your old variable rate happened to drop in October.
C: So I want to go back to the variable plan.
A: I can do that, but there's an early termination fee of $150 on the fixed plan.
C: A $150 fee to undo something your own salesman talked me into. Lovely.
A: I'm sorry. I can note the account and ask a supervisor to review the fee.
C: Don't bother. I'll stay on it and I'll tell everyone I know not to switch with you.
A: I'm sorry you feel that way.
C: I'm sure you are.""",
False, 0.00, "negative", "no purchase or change; staying on the existing plan is not a new commitment; sarcasm"),

("FR81_060", "Ray Donnelly", "2026-11-27T10:10:00", "asr",
"""a: comfortline heating and air ray speaking
c: hi i want to cancel my comfort club membership
a: sorry to hear that can i ask why
c: honestly the last two visits were a joke the guy was in and out in fifteen minutes both times
a: i'm sorry about that i can have a senior tech do your next visit and add free filter delivery for the year
c: no i'm not interested just cancel it
a: okay it's cancelled you'll get a prorated refund of sixty two dollars
c: how long does that take
a: it should be back on your card in about a week
c: fine""",
False, 0.00, "negative", "retention offer refused; $62 prorated refund is not a sale"),
]
