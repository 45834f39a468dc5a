# FR81 batch 2 (calls 021-040) - written by hand, one call at a time.
CALLS = [
("FR81_021", "Alicia Grant", "2026-11-11T09:20:00", "asr",
"""a: reliant plumbing this is alicia
c: hi um i had someone out last week about a tankless water heater and the quote was forty two hundred which is more than i wanted to spend
a: let me pull that up okay the rinnai install with the gas line upsizing yes forty two hundred
c: yeah the other company said thirty eight fifty
a: i can't quite match that but i can do thirty nine hundred if we schedule before the end of the month
c: thirty nine hundred okay that i can live with let's go ahead
a: great we also have a recirculation pump so you get hot water at the tap faster it's three fifty
c: no i don't need that
a: no problem i have you for the twenty third starting at eight am
c: the twenty third is fine
a: you're booked
c: okay thank you""",
True, 0.00, "neutral", "haggled main price $4,200 -> $3,900 and accepted: main price, not upsell; $350 pump declined"),

("FR81_022", "Omar Siddiqui", "2026-11-11T11:02:00", "clean",
"""A: Lumen Fiber, this is Omar.
C: Hi, I'd like to sign up for the 500 meg plan. I saw it on your site for $50 a month.
A: Sure, I can help. What's the service address?
C: 77 Quarry Road, Apartment 4.
A: Okay, one moment. Hmm. I'm sorry, it looks like that building isn't wired for fiber yet. The map on the site shows the street, but not that building.
C: So I can't get it.
A: Not at the moment, I'm afraid. I can put you on a notify list for when it's built out.
C: No, that's fine. I need internet next week, not someday.
A: I completely understand. I'm sorry for the confusion.
C: Your website said it was available. That's pretty misleading.
A: I'll pass that feedback along.
C: Okay. Bye.""",
False, 0.00, "negative", "customer wanted to sign up but service not available and nothing else ordered; notify list declined"),

("FR81_023", "Kelly Brennan", "2026-11-11T13:45:00", "asr",
"""a: keystone energy kelly speaking can i get your account number
c: it's four four one eight two nine zero
a: thank you and is this patricia moreno
c: yes that's me
a: how can i help today
c: we put solar in last spring and i wanted to know what you pay for the extra power we send back
a: on your current plan net excess is credited at seven point two cents a kilowatt hour our solar plus plan pays nine cents but the base rate is a little higher
c: so i'd come out ahead or not
a: with your usage it'd be about the same maybe a couple dollars a month either way
c: then no thanks i'll stay where i am
a: okay no changes made
c: alright thank you""",
False, 0.00, "neutral", "'yes that's me' is identity confirmation, not a purchase; plan change declined; account number is not a price"),

("FR81_024", "Luis Ortega", "2026-11-12T10:15:00", "clean",
"""A: SafeHaven Security, Luis speaking.
C: Hi, I'm a customer already. I'd like to buy one of your outdoor cameras for the driveway.
A: Sure. The outdoor camera is $199 and our technician mounts it for free on your next visit, or you can self-install.
C: I'll do it myself, I'm handy. Let's order one.
A: Great. By default, clips are saved for 24 hours. For $5 a month you can get 30-day cloud storage for all your cameras.
C: Oh, that's useful. Yes, add the 30-day storage.
A: Done. So one outdoor camera at $199, shipped to the address on file, and 30-day storage at $5 a month.
C: Perfect.
A: It should arrive in 3 to 5 business days.
C: Great, thanks Luis, that was quick. I really like the app, by the way.""",
True, 5.00, "positive", "camera $199 is the main purchase; 30-day storage $5/mo accepted = 5.00"),

("FR81_025", "Hannah Weiss", "2026-11-12T14:30:00", "asr",
"""a: fixright appliance repair hannah speaking
c: hi this is the second time i'm calling about my washer your guy replaced the pump two weeks ago and it's leaking again
a: oh i'm sorry about that let me look you're right the pump was replaced on the twenty ninth
c: so what now
a: that repair has a ninety day warranty so we can send someone at no charge i have monday between eight and twelve
c: fine put me down for monday
a: done and while he's there would you like the dryer vent cleaned it's sixty nine
c: no just fix the washer properly this time
a: understood
c: i'm honestly not thrilled i've had towels on the floor for two days
a: i completely understand we'll get it right
c: we'll see""",
True, 0.00, "negative", "warranty revisit booked ('put me down for monday') = booking; $69 vent cleaning declined; annoyed throughout"),

("FR81_026", "Jamal Carter", "2026-11-12T16:10:00", "clean",
"""A: Sunward Energy, Jamal speaking.
C: Hi, I'm a little worried. My app shows the panels producing about half of what they did in July.
A: Let me take a look at your system. Right, you're at about 14 kilowatt-hours a day now versus 29 in July.
C: Exactly. Is something broken?
A: It looks normal for November, honestly. The sun is lower, the days are shorter, and all 22 panels are reporting fine. No faults.
C: Oh. So it's just the season.
A: Yes. If you want, I can still book a technician to check it in person.
C: No, no need to send anyone then. That makes sense.
A: Okay. If it drops below about 8 a day on a sunny day, give us a call.
C: Will do. Thank you, that's a relief, really appreciate you checking.""",
False, 0.00, "positive", "offered inspection visit declined; 14/29 kWh and 22 panels are counts, not prices; worried start, relieved end"),

("FR81_027", "Sofia Lindqvist", "2026-11-13T09:05:00", "asr",
"""a: northgate gas sofia speaking
c: hi i want to get off the variable rate before winter hits
a: sure our twelve month fixed rate is ninety four cents a therm and it locks in through next november
c: okay that's better than what i'm paying now
a: we also offer gas line protection which covers repairs to the line on your side of the meter for six ninety nine a month
c: hm yeah my house is old go ahead and add that
a: okay let me read it back twelve month fixed at ninety four cents a therm starting with your next cycle plus gas line protection at six ninety nine a month is that correct
c: yep that's correct
a: you're all set you'll get a confirmation letter in the mail
c: okay good""",
True, 6.99, "neutral", "read-back confirmed = conversion; gas line protection $6.99/mo accepted = 6.99"),

("FR81_028", "Ray Donnelly", "2026-11-13T11:40:00", "clean",
"""A: ComfortLine Heating & Air, this is Ray.
C: Hi. Your guy came out Tuesday and said our AC is shot. I got the quote in my email.
A: Yes, I see it - a 3-ton 16 SEER system, $7,800 installed.
C: $7,800. Sure, let me just pull that out of my couch cushions.
A: I understand it's a big number. We do have financing at $129 a month for 72 months.
C: So I can pay even more, just slower. Great.
A: The other option is the 14 SEER unit at $6,400.
C: The last company that replaced an AC for us charged less than five grand. I'll pass.
A: I'm sorry we couldn't make it work. The quote stays valid for 30 days if you change your mind.
C: I won't. Thanks.""",
False, 0.00, "negative", "sarcasm is negative; financing is not a purchase; refuses both options"),

("FR81_029", "Nadia Petrova", "2026-11-13T15:25:00", "asr",
"""a: summit roofing nadia speaking
c: hi nadia it's greg from the quote on thursday we want to go ahead with the roof
a: that's great so that's the full tear off with the charcoal architectural shingles at thirteen thousand two hundred
c: right and you mentioned something about a ridge vent
a: yes the ridge vent upgrade is three twenty five and it really helps with attic heat in the summer
c: yeah let's add that our upstairs is an oven in july
a: okay let me read it back full replacement at thirteen two plus the ridge vent at three twenty five starting monday december seventh is that right
c: yes that's right
a: perfect you're on the schedule
c: awesome we're really happy we went with you guys thanks""",
True, 325.00, "positive", "read-back confirmed; ridge vent $325 accepted; $13,200 main roof price"),

("FR81_030", "Ben Okafor", "2026-11-14T10:00:00", "clean",
"""A: Lumen Fiber, Ben speaking.
C: Hi, I need to cancel my internet. I'm moving in with my partner and they already have service.
A: Sorry to see you go. Before I do that, if you were to keep the account at the new place I could knock $20 off for six months.
C: No thanks, they already have a provider. Just cancel it.
A: Understood. Your service will end on the last day of your billing cycle, November 30th.
C: Okay. What do I do with the router?
A: We'll mail you a prepaid box. Drop it off at any post office within 30 days.
C: Got it.
A: Is there anything else I can help with?
C: No, that's it. Thanks.""",
False, 0.00, "neutral", "cancellation; retention discount refused"),

("FR81_031", "Grace Liu", "2026-11-14T13:18:00", "asr",
"""a: safehaven security grace speaking
c: hi i just bought a house and want monitoring the previous owners left all the equipment
a: great we can activate it our basic monitoring is twenty four ninety nine a month
c: okay let's do the basic
a: for ten more a month you can go to the video tier that adds the camera recordings and smart lock control
c: um yeah bump me up to the video one
a: done the panel also has room for smoke detectors we monitor them for fire for forty nine each
c: how many would i need
a: for your size home three
c: okay three smoke detectors
a: so video tier plus three monitored smoke detectors at forty nine each i'll have the tech bring them friday
c: great that's perfect i feel better already""",
True, 157.00, "positive", "basic $24.99 main; video tier upgrade +$10/mo and 3 smoke detectors at $49 each = 10 + 147 = 157.00"),

("FR81_032", "Victor Hale", "2026-11-16T09:50:00", "clean",
"""A: FixRight Appliance Repair, Victor speaking.
C: Hi. My oven won't heat past 200 degrees. It's a GE, model JB645.
A: Sounds like a bake element or a sensor. I can book a technician. What's your zip?
C: 19104.
A: The first opening in your area is the 18th, between 1 and 5.
C: The 18th, fine, book it. It's Thanksgiving next week, so I really need it.
A: Okay, booking that now. Oh - I'm sorry, the system just told me that slot was taken a moment ago. The next one is December 2nd.
C: December 2nd? That's after Thanksgiving. That's useless.
A: I'm really sorry. I can put you on a cancellation list.
C: Don't bother. I'll find someone else.
A: Again, I apologize.
C: Yeah.""",
False, 0.00, "negative", "booking failed (slot gone) and nothing else booked: not a conversion; zip, temperature and model are not prices"),

("FR81_033", "Marisol Vega", "2026-11-16T12:35:00", "asr",
"""a: brightroof solar marisol speaking
c: hi i saw your ad about solar with no money down
a: yes with our lease program there's no upfront cost and most customers save around twenty percent on their electric bill
c: oh that's amazing i love that
a: i'd love to get you a free assessment i have openings this saturday
c: oh wait i should say we're renting the house actually
a: ah okay then the owner would need to sign off
c: yeah i'd have to ask my landlord first but i'll definitely bring it up it sounds great
a: sounds good i'll text you the info so you can share it
c: perfect thank you so much""",
False, 0.00, "positive", "enthusiasm without commitment; renting, must ask landlord; assessment not booked"),

("FR81_034", "Derek Huang", "2026-11-16T15:00:00", "clean",
"""A: ComfortLine Heating & Air, Derek speaking.
C: Hi, I got a notice that my Comfort Club plan expires at the end of the month.
A: Yes, I see it. The renewal is $169 for another year, same two visits.
C: Okay, renew it.
A: Done. I also see your upstairs unit isn't on the plan - only the main system is. Adding a second system is $79 a year.
C: Oh, I thought it was covered. Yeah, add the upstairs one.
A: Added. So $169 renewal plus $79 for the second system. Your first visit can be in the spring for the AC.
C: That works. Just send me the reminder.
A: Will do.
C: Okay, thanks.""",
True, 79.00, "neutral", "renewal (main $169) = conversion; second system $79/yr accepted"),

("FR81_035", "Priya Nair", "2026-11-17T10:22:00", "asr",
"""a: clearview windows and doors priya speaking
c: hi we had six windows put in by you in march and two of them are already fogged up between the glass
a: i'm sorry about that the seal failure is covered under warranty i can have a tech come measure for replacement glass
c: how long does that take
a: the measure is about three weeks out then the glass is four to six weeks
c: so two months of looking through fog on windows i paid nine thousand dollars for
a: i understand it's frustrating
c: i don't want another visit i want a refund on those two windows
a: i'm not able to do a refund on the phone but i can escalate it to my manager
c: yes escalate it and have them call me
a: i'll put that in today
c: great i'll be waiting i'm sure""",
False, 0.00, "negative", "'yes' is to an escalation/callback, not a purchase; warranty visit refused; sarcasm at end"),

("FR81_036", "Tom Becker", "2026-11-17T14:12:00", "clean",
"""A: Summit Roofing, this is Tom.
C: Hi Tom. We got your quote for $11,900. The other company came in at $11,200.
A: I appreciate you telling me. I can come down to $11,400 - that's with our 10-year workmanship warranty, which they don't offer.
C: $11,400. Deal.
A: Great. I'd also recommend the ice and water shield along all the eaves, it's $600.
C: Sure, let's add it.
A: Okay, so $11,400 plus $600 for the shield -
C: Actually, wait. What's the total again? Twelve thousand? No, drop the ice shield, keep it at eleven four.
A: No problem, the shield is removed. $11,400 for the roof. We can start the 30th.
C: The 30th works. Thanks.""",
True, 0.00, "neutral", "haggled main price accepted; $600 ice shield accepted then retracted = 0"),

("FR81_037", "Alicia Grant", "2026-11-17T16:40:00", "asr",
"""a: reliant plumbing alicia speaking
c: hi i think my water heater needs to be flushed it's making a popping noise
a: that's sediment a flush will usually fix it our flush service is one twenty nine
c: okay yeah let's set that up
a: great i have wednesday at ten or thursday at two
c: wednesday at ten
a: perfect and since the tank's eight years old i'd suggest replacing the anode rod while we're there that's sixty five
c: what does that do
a: it keeps the tank from rusting out it's what makes a tank last
c: oh okay sure add the anode rod
a: done wednesday at ten flush and anode rod
c: great thank you you explained that really well""",
True, 65.00, "positive", "flush $129 main booked; anode rod $65 accepted; 'eight years old' is not a price"),

("FR81_038", "Omar Siddiqui", "2026-11-18T09:30:00", "asr",
"""a: lumen fiber omar speaking
c: hey i'm looking at your five hundred meg plan what's the deal on that
a: it's fifty a month no contract and the router's included
c: and install
a: self install is free or a tech can come out for forty nine
c: okay and can you bundle tv
a: we have a streaming tv package for twenty a month with about eighty channels
c: hmm okay that's all pretty reasonable
a: want me to get you signed up
c: let me run it by my roommate first we split everything i'll call back
a: sounds good
c: cool thanks""",
False, 0.00, "neutral", "'pretty reasonable' then deferral to roommate; prices asked about only"),

("FR81_039", "Kelly Brennan", "2026-11-18T11:55:00", "clean",
"""A: Keystone Energy, Kelly speaking.
C: Hi Kelly. I called last week about the fixed rate. I want to lock it in now.
A: Great. The 12-month fixed is 12.4 cents a kilowatt-hour today. There's also our Green Power option - 100% renewable sourcing for an extra $5 a month.
C: Ooh, yes, I'll do the green one too.
A: Okay, please confirm: 12-month fixed at 12.4 cents starting December 1st, plus Green Power at $5 a month?
C: Yes, that's correct. Will I get something in writing?
A: Yes, a confirmation email within the hour.
C: Lovely. Thanks so much, you've made this really easy.""",
True, 5.00, "positive", "read-back confirmed with a follow-up question = conversion; Green Power $5/mo accepted"),

("FR81_040", "Luis Ortega", "2026-11-18T15:45:00", "asr",
"""a: safehaven security luis speaking
c: yeah i got a fifty dollar false alarm fee on my bill and i want it gone
a: let me look the police were dispatched on the ninth at two fourteen am
c: because your system went off for no reason at two in the morning and my whole family was up
a: i see the back door sensor tripped it could be a loose sensor
c: so your sensor is broken and i'm the one paying fifty dollars
a: you're right that's not fair i've removed the fee and i can send a tech to check the sensor at no charge
c: no i'll tighten it myself
a: okay the fee is off your account
c: fine but this shouldn't have happened in the first place""",
False, 0.00, "negative", "fee waived (refund, not a purchase); free tech visit declined; times 2:14 am are not prices"),
]
