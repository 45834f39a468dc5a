CALLS = [
("FR31_041", "Sofia Lind", "2026-11-16T08:12:40", "asr", """A: skyreach airlines sofia speaking
C: hi i booked a flight to lisbon last week confirmation k seven r two p nine and i want to add a checked bag
A: let me pull that up okay lisbon on the ninth a checked bag is thirty five each way
C: just the way out i'll buy stuff there and ship it
A: one bag outbound thirty five anything else
C: can i pick a seat too
A: window seats are twenty dollars i have twenty two a
C: yeah twenty two a is good put me there
A: done bag and seat added
C: okay thanks""", True, 55.00, "neutral", "add-ons to an earlier booking: bag 35 + seat 20 = 55; seat number/confirmation code not prices"),

("FR31_042", "Grant Walker", "2026-11-16T12:55:02", "clean", """A: Deli Central catering, Grant speaking.
C: Hi, I need lunch for a staff meeting Friday, 20 people. What do you suggest?
A: The large sandwich platter feeds 20 and is $120.
C: Great, we'll take that, delivered to 600 Market Street, 11:30.
A: Got it. Would you like drinks? Canned sodas and waters are $2.50 each.
C: Yes, one per person, so 20.
A: That's $50 for drinks. Cookies are another $18 a dozen.
C: No, people are on diets this month. Just the platter and the drinks.
A: Perfect, you're booked for Friday at 11:30.
C: Great, you've made this so easy. Thanks!""", True, 50.00, "positive", "platter main; 20 drinks x 2.50 = 50; cookies declined; address/time not prices"),

("FR31_043", "Mei Chen", "2026-11-17T16:21:33", "asr", """A: vistastream tv mei speaking
C: hi i want to sign up for the basic tv package i moved into a new place
A: great basic is forty nine a month installation is sixty
C: sixty for install seriously okay fine sign me up
A: you're signed up would you like a dvr box for ten a month and the sports pack for twelve
C: um yeah both i guess
A: okay dvr and sports
C: actually no the sports pack is too much just the dvr
A: sure just the dvr then
C: this is already way more than i wanted to spend""", True, 10.00, "negative", "signup; DVR $10/mo kept, sports $12 retracted by name; install fee not upsell; annoyed"),

("FR31_044", "Jonah Price", "2026-11-17T19:40:15", "asr", """A: sunfield music festival tickets jonah speaking
C: hey we want three weekend passes
A: three general weekend passes at one fifty each that's four fifty
C: yes that's right
A: you can upgrade all three to vip for fifty more per pass shaded area and faster entry
C: oh um with real bathrooms
A: real bathrooms
C: ha then yes upgrade all three
A: done three vip weekend passes
C: amazing we're so excited this is going to be the best weekend""", True, 150.00, "positive", "passes main; VIP upgrade 3 x 50 = 150"),

("FR31_045", "Lucia Ferraro", "2026-11-18T10:33:48", "asr", """A: trueguard claims lucia speaking
C: hi i'm calling about claim four four seven one two the water damage from september
A: let me look um it's still with the adjuster
C: it's been seven weeks i've sent every photo twice
A: i understand i'll escalate it and ask for a call within forty eight hours
C: i appreciate you trying i really do but this isn't acceptable
C: my kitchen floor is still torn up
A: i'm sorry i'll mark it urgent
C: okay""", False, 0.0, "negative", "support, no purchase; polite but negative; claim number not price"),

("FR31_046", "Owen Brady", "2026-11-18T13:06:21", "asr", """A: clearview optical owen speaking
C: hi i got my new prescription and want to order the round frames i tried on saturday
A: the harlow frames with single vision lenses that's one eighty nine want me to place it
C: yes go ahead
A: anti glare coating is forty and blue light filter is thirty
C: um both i guess
A: okay both added
C: wait take the blue light one off my eye doctor said it doesn't really do anything
A: sure just the anti glare then
C: okay thanks""", True, 40.00, "neutral", "glasses ordered; anti-glare 40 kept; blue light 30 retracted"),

("FR31_047", "Nadia Haddad", "2026-11-18T17:48:59", "clean", """A: Bellmont Hotel reservations, Nadia speaking.
C: Hi, I have a booking for our anniversary, the 5th to the 8th, under Fischer. Any chance of something nicer?
A: Let me see... I can move you to the corner suite with a view of the river for an extra $120 for the whole stay.
C: How much would that normally be?
A: The suite is usually $140 more a night, so this is a good deal.
C: Oh, that's lovely. Yes, let's do it. Does it include breakfast?
A: Breakfast is included with the suite, and you're upgraded.
A: Anything else I can do for you?
C: Wonderful. My wife is going to be thrilled. Thank you, Nadia!""", True, 120.00, "positive", "upgrade to an existing booking accepted, 'yes' + question; $120 for stay"),

("FR31_048", "Caleb Ford", "2026-11-19T11:19:07", "asr", """A: hi this is caleb from safehaven security are you the homeowner
C: uh yeah who is this
A: we're offering free installation of our alarm system in your area monitoring is just thirty nine a month
C: no thanks i'm not interested
A: it only takes a minute to
C: i said no this is the third call this week take me off your list
A: i'll remove your number
C: thanks""", False, 0.0, "negative", "cold call refused; annoyed"),

("FR31_049", "Priya Nair", "2026-11-19T15:02:44", "asr", """A: maple street vet priya speaking
C: hi i'd like to book a checkup for my cat biscuit she's about eight
A: sure i have wednesday at nine thirty
C: that works
A: she's due for her rabies shot which is thirty two and the fvrcp booster which is twenty eight do you want those done at the same visit
C: oh yes both please one trip to the vet is enough trauma for her
A: perfect checkup and both vaccines wednesday at nine thirty
C: thank you you guys are always so lovely with her""", True, 60.00, "positive", "checkup booked; vaccines 32 + 28 = 60; cat age not price"),

("FR31_050", "Marcus Bell", "2026-11-19T18:30:31", "asr", """A: hillcrest toyota marcus speaking
C: hi i test drove the rav four on sunday and i wanted to talk numbers
A: sure on the xle we can do thirty one five out the door
C: okay that's about what i wanted let me check with my wife she's right here
C: she says yes go ahead let's do it
A: fantastic i'll have the paperwork ready for tomorrow
A: want the all weather floor mats they're a hundred fifty
C: yeah with two kids and a dog definitely
A: done
C: great we're really happy with how this went""", True, 150.00, "positive", "deferral resolved in call, purchase committed; mats $150"),

("FR31_051", "Elena Rossi", "2026-11-20T09:57:18", "asr", """A: brightline mobile elena speaking
C: hi i'm going to mexico next week and need my phone to work there
A: our travel pass is ten a day
C: ten a day to use my own phone great
A: or i could add it for the whole trip how many days
C: seven days so seventy dollars just add it
A: okay seven days travel pass seventy added starting the twenty fourth
C: sure can't wait to see that on my bill""", True, 70.00, "negative", "add-on to existing plan, total $70 accepted; sarcastic"),

("FR31_052", "Tomas Ortega", "2026-11-20T13:44:09", "clean", """A: Kodeform sales, Tomas speaking.
C: Hi, I'm looking at the annual license for the design suite, the $480 one.
A: That's the Pro license, one seat. I can also add priority support for $99 a year.
C: Sounds good, I'll think about it. Can you email me a quote for both?
A: Sure, what's the best address?
C: The one I used for the trial.
A: Sent. It's valid for 30 days.
C: Thanks.""", False, 0.0, "neutral", "interest and quote request only"),

("FR31_053", "Hannah Kim", "2026-11-20T20:12:26", "asr", """A: rapid rooter hannah speaking
C: my kitchen sink is backing up into the dishwasher can someone come tonight
A: yes there's an after hours call out fee of one fifty plus the work
C: one fifty just to show up are you kidding
A: it's standard after eight p m
C: and how much is a water heater flush while they're here
A: seventy five
C: no no thanks i'll call someone else in the morning""", False, 0.0, "negative", "refused; asked about price only"),

("FR31_054", "Derek Olsen", "2026-11-23T10:25:50", "asr", """A: bloom and stem florist derek speaking
C: hi i need to send flowers to a funeral home on friday for my neighbor's mother
A: i'm sorry for your loss the white sympathy arrangement is eighty five
C: yes that one please to harmon funeral home on oak avenue
A: would you like it in a glass vase twelve dollars or just the arrangement
C: the vase yes
A: and a card is free
C: yes please with a card from the lees
A: done friday morning delivery
C: okay thank you""", True, 12.00, "neutral", "arrangement main; vase $12; free card = 0"),

("FR31_055", "Aisha Bello", "2026-11-23T14:18:37", "clean", """A: Cedar Bank, Aisha speaking.
C: Hi, I got charged a $35 overdraft fee but I had money in savings. Can you look?
A: I see it. Your savings wasn't linked for overdraft protection. I can refund the fee this once.
C: Okay, please do.
A: Done, the $35 is back. Want me to link savings so this doesn't happen again? There's no cost.
C: Yes, link it.
A: All set.
C: Not bad, that was quicker than I expected.""", False, 0.0, "positive", "fee refund and free setting, not purchases; 'not bad' mildly positive"),

("FR31_056", "Ravi Menon", "2026-11-23T18:06:04", "asr", """A: peak fitness ravi speaking
C: hey i want to join the gym the one with the pool access
A: that's the plus membership thirty nine a month shall i sign you up
C: yeah sign me up
A: done new members can get three personal training sessions for ninety as a bundle
C: um three for ninety yeah okay i need someone to show me the machines
A: great i'll book your first one
C: okay""", True, 90.00, "neutral", "membership signup; PT bundle 'three for ninety' = 90 total"),

("FR31_057", "Grant Walker", "2026-11-24T11:37:45", "asr", """A: loft and home grant speaking
C: hi i want to order the milo sofa in the sage green
A: the milo in sage is one thousand two hundred ninety want me to place that
C: yes place it
A: fabric protection is eighty nine it's good if you have pets
C: we do have a dog so yes
A: okay sofa and protection
C: hm you know what cancel everything i need to measure the doorway first it's really narrow
A: no problem nothing's been charged
C: okay i'll call back""", False, 0.0, "neutral", "whole order cancelled including add-on"),

("FR31_058", "Sofia Lind", "2026-11-24T15:50:12", "asr", """A: river hawks ticket office sofia speaking
C: two for saturday's game section one oh four
A: two in one oh four row k forty two each plus a service fee of twelve per ticket one oh eight total
C: oh great twelve dollars a ticket just for the privilege of buying them
A: i understand shall i book them
C: ugh yes
A: two tickets section one oh four row k one oh eight total correct
C: you got it
A: booked would you like parking thirty
C: no absolutely not""", True, 0.0, "negative", "read-back confirmed; fees not upsell; parking declined; sarcastic"),

("FR31_059", "Mei Chen", "2026-11-24T19:22:58", "clean", """A: Sunpath Solar, Mei speaking.
C: Hi, I'm curious whether solar makes sense for my house. My electric bill is about $180 a month.
A: It likely does. We offer a free home assessment. Shall I book one?
C: I'm interested, but can you email me the details first? I want to read about it.
A: Of course. What's your email?
C: It's jpark at mailbox dot com.
A: Sent. Call us when you're ready.
C: Will do, thanks.""", False, 0.0, "neutral", "interest, asks for email; no booking"),

("FR31_060", "Jonah Price", "2026-11-25T12:44:31", "asr", """A: casa verde burritos jonah speaking
C: yeah i need three chicken burritos for pickup and please get it right this time last time you gave me beef
A: i'm sorry about that three chicken burritos
A: do you want guac on them it's two fifty each
C: yeah guac on all three
A: three chicken burritos with guac ready in fifteen
C: fine and check the bag before you close it
C: honestly one more mixup and i'm done with you guys""", True, 7.50, "negative", "burritos main; guac 3 x 2.50 = 7.50; annoyed"),
]
