CALLS = [
("FR20_041", "Hannah Cole", "2026-11-02T17:55:00", "clean", """A: Skyline Air, Hannah speaking.
C: My flight to Chicago was just delayed five hours. Five. I've been at the gate since noon.
A: I'm very sorry. I see flight 2218 now departing at 9:40 pm due to a crew issue.
C: Of course it is. This airline is a joke, honestly.
A: I understand. If it helps, I can add a lounge day pass to your booking for $45.
C: Fine. If I'm stuck here for five hours, sell me the lounge pass.
A: Done, it's on your boarding pass now. The lounge is near gate B12.
C: Great. I'll enjoy the free crackers while you ruin my evening.
A: Again, I apologize for the delay.""", True, 45.0, "negative", "lounge pass $45 added to existing booking (add-on) accepted; sarcastic and angry"),
("FR20_042", "Raj Patel", "2026-11-03T12:45:00", "asr", """A: northwave mobile sales this is raj
C: hi i want to upgrade to the new pixel my contract's up
A: great the pixel nine is zero down and twenty eight a month for thirty six months want me to set that up
C: yes please
A: awesome it ships tomorrow we have a case and screen protector bundle thirty nine for both
C: yeah the bundle's fine
A: and device protection is seven a month
C: no i've never broken a phone in my life
A: fair enough so the phone and the bundle
C: sweet thanks this was way faster than i expected""", True, 39.0, "positive", "phone upgrade; bundle 'thirty nine for both' accepted, protection declined"),
("FR20_043", "Chloe Martin", "2026-11-04T15:30:00", "clean", """A: Maison Verte, Chloe speaking.
C: Hi, I'd like a table for two this Friday. It's our anniversary.
A: Congratulations! I'm sorry, Friday is fully booked. I do have Thursday at 8.
C: Thursday... okay, Thursday at 8 will do.
A: Wonderful, Thursday at 8 for two, under which name?
C: Patel.
A: Would you like us to have a bottle of champagne at the table on arrival? It's $60.
C: Let me see how we feel on the night, we'll decide there.
A: Of course. See you Thursday.
C: Thanks.""", True, 0.0, "neutral", "Friday full, Thursday alternative accepted; champagne deferred (no acceptance)"),
("FR20_044", "Omar Haddad", "2026-11-05T08:10:00", "asr", """A: clearpath labs scheduling this is omar
C: hi my doctor ordered blood work i need to book it
A: sure we have the elm street location tomorrow at seven forty five or nine
C: seven forty five i need to fast so earlier is better
A: booked seven forty five tomorrow at two ten elm street we also offer a vitamin d panel for forty five it's not usually covered by insurance
C: um my doctor did mention vitamin d actually sure add that one
A: added you'll pay the forty five at the visit
C: okay and i just bring my id
A: id and insurance card
C: got it""", True, 45.0, "neutral", "lab appointment booked; vitamin D panel 45 accepted; times/address not prices"),
("FR20_045", "Grace Liu", "2026-11-06T10:15:00", "clean", """A: Sparkle Home Cleaning, Grace speaking.
C: Your team came yesterday and skipped two bedrooms entirely. I paid $220 for a full clean.
A: I'm so sorry. I can send the team back tomorrow to finish at no cost.
C: No. I don't want them back. I want a refund for what wasn't done.
A: I can refund $80 for the two rooms.
C: Fine. Do it.
A: The refund will post in three to five days.
C: I won't be booking you again.""", False, 0.0, "negative", "complaint; free re-clean refused, refund only; negative"),
("FR20_046", "Felix Moreau", "2026-11-07T13:05:00", "asr", """A: shopnest customer care felix speaking
C: my package was supposed to come tuesday it says delivered it's not here
A: i'm sorry let me check um the carrier shows it left at the front door at two fourteen
C: there's nothing at my door i live in an apartment
A: i can reship it at no charge it'll arrive friday
C: okay do that i guess
A: done you'll get a new tracking number
C: this is the third time this happens honestly i'm about done ordering from you""", False, 0.0, "negative", "free reshipment, no purchase; fed up at end"),
("FR20_047", "Nadia Petrova", "2026-11-09T09:00:00", "clean", """A: Metro Auto Care, Nadia speaking.
C: Hi, you called about my transmission. What's the damage?
A: The transmission needs a rebuild. It's $2,300 parts and labor, about two days.
C: Wow. Okay. Not thrilled, but what choice do I have. Go ahead and do it.
A: I'll start today. Do you need a loaner? It's $30 a day.
C: Yes, I need a car to get to work. Two days is fine.
A: Loaner for two days, $60. It'll be ready at the front desk.
C: Okay. I really hope this is the last big bill for this car.
A: I understand.""", True, 60.0, "negative", "repair approved; loaner $30/day x 2 days = 60 accepted; unhappy about cost"),
("FR20_048", "Sam Turner", "2026-11-10T11:55:00", "asr", """A: first harbor bank card services sam speaking
C: hi i wanted to ask about raising my credit limit i've got a trip coming up
A: sure let me review the account uh you're approved for an increase to eight thousand
C: oh great that's perfect
A: it's effective right away and there's no fee
C: oh nice and that won't hurt my credit score or anything
A: no it's a soft review so no impact
C: awesome thanks so much you made that super easy""", False, 0.0, "positive", "free credit limit increase is not a purchase; pleased"),
("FR20_049", "Priya Nair", "2026-11-11T14:40:00", "clean", """A: DevSummit registration, Priya speaking.
C: Hi, I'd like to register for the conference in February.
A: Great. The full conference pass is $450. Shall I register you?
C: Yes, please.
A: Done. There's also a pre-conference Kubernetes workshop on the Monday, it's another $120.
C: Is lunch included on the workshop day?
A: Yes, lunch and coffee.
C: Then yes, put me down for the workshop.
A: You're registered for both.
C: Excellent, I'm really looking forward to it.""", True, 120.0, "positive", "conference registration; workshop $120 accepted after a question"),
("FR20_050", "Marcus Bell", "2026-11-12T18:15:00", "asr", """A: wanderlight tours this is marcus
C: hi i'm looking at the costa rica family adventure in july
A: great choice that one's eight days how many travelers
C: five two adults three kids
A: adults are two fifty per day and kids one seventy five so for the whole trip that's uh let me see about eleven thousand
C: eleven thousand wow hmm
A: there's a deposit option to hold the spots
C: i'll have to run it by my husband first
A: of course i'll email you the itinerary
C: okay yeah send it thanks""", False, 0.0, "neutral", "price inquiry and deferral; count of travellers not a price"),
("FR20_051", "Sofia Delgado", "2026-11-13T10:40:00", "clean", """A: Brightline Wireless billing, Sofia speaking.
C: I was charged $340 in roaming fees in Mexico. Your rep told me Mexico was included.
A: Let me look. Your plan includes Mexico, but these were from a cruise ship network.
C: Nobody mentioned that.
A: I can credit half of it, $170.
C: Half? That's it? Unbelievable.
A: That's the maximum I'm authorized to give.
C: Then put it through, and I'll be filing a complaint.""", False, 0.0, "negative", "billing dispute, partial credit, no purchase; angry"),
("FR20_052", "Tom Whitaker", "2026-11-14T08:35:00", "asr", """A: evergreen lawn care this is tom
C: hi i want to get the lawn aerated before winter
A: sure aeration for your size lot is one ten i can come out saturday
C: saturday works sign me up
A: great would you like overseeding with that it's normally one twenty but we're doing ninety this month
C: ninety's fine let's do it
A: aeration and overseeding saturday morning
C: perfect my lawn's going to look great next spring thanks""", True, 90.0, "positive", "aeration booked; overseeding revised 120->90 accepted at 90"),
("FR20_053", "Aisha Karim", "2026-11-16T16:10:00", "clean", """A: DreamRest Mattress, Aisha speaking.
C: Hi, I want to order the Cloud Hybrid in queen.
A: That's $1,249 with free delivery. Shall I place the order?
C: Yes, go ahead.
A: Done. Our cooling pillows pair well with it, they're $45 each. Would you like two?
C: One's enough, actually. Just one pillow.
A: One pillow added. Delivery is Thursday between 1 and 5.
C: Okay, that works.""", True, 45.0, "neutral", "mattress ordered; offered two pillows, took one at $45"),
("FR20_054", "Ben Okafor", "2026-11-17T12:20:00", "asr", """A: lakeside family medicine ben speaking
C: hi i need to see doctor ames i've had a cough for two weeks
A: doctor ames's next opening is december ninth
C: oh that's a long time
A: doctor lin has tomorrow at ten thirty if that helps
C: oh that's even better yes book me with doctor lin
A: booked tomorrow at ten thirty with doctor lin
C: great thank you that's a relief""", True, 0.0, "positive", "preferred doctor unavailable; alternative appointment booked; relieved"),
("FR20_055", "Lena Hartmann", "2026-11-18T09:45:00", "clean", """A: Taskbloom support, Lena speaking.
C: Hi, we're on the Team plan and we just hired three people. I need to add seats.
A: Sure. Additional seats are $12 per seat per month. So three seats would be $36 a month.
C: That's what I expected. Please add three.
A: Done, they'll show on your admin page now. You can send invites right away.
C: Okay. Will the bill be prorated?
A: Yes, prorated for this month.
C: Fine. That's all.""", True, 36.0, "neutral", "add-on to existing subscription: 3 seats x $12 = 36 (recurring counted once)"),
("FR20_056", "Diego Ruiz", "2026-11-19T20:05:00", "asr", """A: golden wok this is diego
C: yeah i ordered forty minutes ago and you sent me the wrong food this is shrimp i'm allergic to shellfish
A: oh i'm so sorry i can refund the order and give you a credit for next time
C: i don't want a credit i want my food
A: i can remake it but it will be another forty minutes
C: forget it just refund it this is the worst
A: the refund is done i apologize
C: yeah""", False, 0.0, "negative", "wrong order, refund only, remake declined; angry"),
("FR20_057", "Hannah Cole", "2026-11-20T08:30:00", "clean", """A: AirLink Shuttles, Hannah speaking.
C: Hi, I need a shuttle from the airport on the 27th for four people. Flight lands at 3:10.
A: Shared shuttle is $18 per person, $72 for four. Want me to book it?
C: Yes, book it.
A: Booked, confirmation AL-5520. The driver will meet you at door 4.
C: Oh wait, hold on. My brother just texted, he's picking us up after all. Cancel the whole thing, sorry.
A: No problem, I've cancelled AL-5520. No charge.
C: Thanks, sorry about that.""", False, 0.0, "neutral", "booking made then whole order cancelled in the call -> no conversion"),
("FR20_058", "Raj Patel", "2026-11-21T09:20:00", "asr", """A: shieldline auto insurance this is raj
C: hi my policy's up for renewal next week i got the letter
A: yes it renews at six forty two for six months would you like to go ahead
C: yeah renew it
A: done would you like to add roadside assistance it's four dollars a month
C: yeah go on then my car's getting old
A: added roadside to your policy
C: okay cool thanks""", True, 4.0, "neutral", "renewal; roadside 'four dollars a month' accepted -> 4.00 counted once"),
("FR20_059", "Chloe Martin", "2026-11-23T19:00:00", "clean", """A: Laugh Factory Downtown, Chloe speaking.
C: Hi, I'd like two tickets for Saturday's 9 pm show, please.
A: Let me check. Okay, I've got two at $40 each. Putting them through now.
C: Great.
A: I'm sorry, the system just released the last two to another buyer. The show is now sold out, and it's the last date of the run.
C: Oh no. That's disappointing. I was really hoping to take my dad for his birthday.
A: I'm sorry. I can put you on the waitlist.
C: Don't bother. It won't happen.""", False, 0.0, "negative", "booking failed (sold out), nothing else booked -> no conversion; disappointed"),
("FR20_060", "Omar Haddad", "2026-11-24T14:25:00", "asr", """A: first harbor bank this is omar
C: hi i've been thinking about switching to the premier checking account
A: sure premier is fifteen a month waived if you keep ten thousand in deposits would you like me to switch you over
C: yes please switch me
A: done and as a premier client you can get a safe deposit box the small one is sixty a year
C: oh i've been meaning to get one for our passports and stuff yes i'll take the small one
A: great you can pick up the keys at the main street branch
C: perfect that's exactly what i needed thanks""", True, 60.0, "positive", "paid plan change to premier; safe deposit box 'sixty a year' accepted -> 60"),
]
