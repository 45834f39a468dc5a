# FR81 batch 4 (calls 061-080) - written by hand, one call at a time.
CALLS = [
("FR81_061", "Nadia Petrova", "2026-11-27T09:00:00", "asr",
"""a: summit roofing nadia speaking
c: hi we've got water dripping around the skylight in the upstairs hallway
a: okay that's usually the flashing or the seal we can reseal and reflash it for three forty
c: yeah let's get that done
a: i can send a crew monday morning
c: monday's good
a: you mentioned you have three skylights we can reseal the other two while we're up there at one twenty five each
c: hmm just the one over the kitchen the bathroom one's only two years old
a: okay so the hallway repair plus resealing the kitchen skylight for one twenty five monday morning
c: yep that's it
a: you're all set
c: okay thank you""",
True, 125.00, "neutral", "hallway repair $340 main; offered 2 reseals at $125 each but customer takes only one = 125.00"),

("FR81_062", "Ben Okafor", "2026-11-27T11:25:00", "clean",
"""A: Lumen Fiber, Ben speaking.
C: Hi. I pay for your 500 meg plan. I just ran a speed test. 41.
A: I'm sorry about that. Are you on Wi-Fi or plugged in?
C: Plugged in. Directly. I do know how to run a speed test.
A: Understood. I'm seeing some errors on the line. I can send a technician out at no charge - I have Thursday between 8 and 12.
C: Oh sure, "up to" 500. I'll just take another morning off work, that's no problem at all.
A: I understand it's inconvenient. There's also an evening slot Friday, 5 to 7.
C: No. I'm done. I've been dealing with this since September. I'm switching to the 5G home internet.
A: I'm sorry to hear that. Would you like me to start the cancellation?
C: I'll do it once the new one is working. Goodbye.""",
False, 0.00, "negative", "sarcasm and anger; free tech visit refused; no purchase"),

("FR81_063", "Grace Liu", "2026-11-27T14:10:00", "asr",
"""a: safehaven security grace speaking
c: hi i want to buy the video doorbell for my account
a: sure the video doorbell is one forty nine and it shows up in your app right away
c: okay let's do it
a: great one question is your house big enough that you'd miss the chime upstairs
c: oh yeah we never hear the door upstairs
a: we have plug in chime extenders for twenty five each most people put one on each floor
c: we have two floors plus the basement so give me two of the chimes
a: okay the doorbell and two chime extenders at twenty five each shipping tomorrow
c: love it thank you that's exactly what we needed""",
True, 50.00, "positive", "doorbell $149 main; 2 chime extenders at $25 each = 50.00; 'two floors' is a count"),

("FR81_064", "Victor Hale", "2026-11-28T09:30:00", "clean",
"""A: FixRight Appliance Repair, Victor speaking.
C: Hi, your technician was here this morning for my refrigerator. He said the compressor is gone.
A: Yes, I see his notes. The compressor replacement would be $780, parts and labor.
C: The fridge is 11 years old. Is that even worth it?
A: Honestly, at that age, a lot of customers choose to replace it instead.
C: That's what I figured. I'll just buy a new one.
A: That makes sense. The $89 diagnostic is already paid, so there's nothing else owed.
C: Okay, good.
A: Anything else I can help with?
C: No, that's it. Thanks.""",
False, 0.00, "neutral", "repair quote declined; $89 is an already-paid fee; 11 years not a price"),

("FR81_065", "Marisol Vega", "2026-11-28T12:05:00", "asr",
"""a: brightroof solar marisol speaking
c: hi marisol we're ready to sign for the panels the twenty two thousand system with the financing
a: that's wonderful let me pull up your financing application from yesterday
c: okay
a: oh i'm so sorry the lender came back and the application was declined
c: declined
a: yes unfortunately without the financing we'd need the full amount up front or a cosigner
c: we don't have twenty two thousand sitting around and there's nobody to cosign
a: i understand i'm really sorry we can try again in six months
c: well that's really disappointing we told everyone we were going solar
a: i'm so sorry
c: yeah me too bye""",
False, 0.00, "negative", "customer commits but the financing fails and nothing else is bought: not a conversion"),

("FR81_066", "Derek Huang", "2026-11-28T15:40:00", "clean",
"""A: ComfortLine Heating & Air, Derek speaking.
C: Hi Derek, it's Marcus Bell. We want to go ahead with the heat pump you quoted, the $9,600 one.
A: Excellent. I'll get that scheduled. Did you think about the UV light for the air handler?
C: The $300 one that kills mold?
A: That's it, $300.
C: Yes, add it. My daughter has asthma.
A: Done. We also offer an extended 10-year labor warranty for $499.
C: Hmm, no, I think the standard warranty is enough.
A: No problem. So the heat pump at $9,600 plus the UV light at $300. Install is December 8th.
C: Perfect. Thanks, Derek, you guys have been great from day one.""",
True, 300.00, "positive", "heat pump $9,600 main; UV light $300 accepted; $499 warranty declined"),

("FR81_067", "Priya Nair", "2026-11-29T10:15:00", "asr",
"""a: clearview windows and doors priya speaking
c: hi i'm looking to replace a big bay window in the front room what's a ballpark on that
a: a three panel bay in vinyl usually runs four to six thousand installed depending on size
c: okay and do you guys do financing
a: we do twelve months same as cash
c: okay i'm just collecting quotes right now i've got two other companies coming out
a: we'd be happy to come measure for free so you have our exact number
c: not yet let me see what the other two say first
a: sounds good
c: thanks""",
False, 0.00, "neutral", "price shopping; free measurement declined"),

("FR81_068", "Tom Becker", "2026-11-29T13:00:00", "clean",
"""A: Summit Roofing, Tom speaking.
C: Hi Tom, following up on the gutter guards.
A: Sure. Your house measured at 150 feet of gutter, and the guards are $12 per foot installed.
C: So $1,800.
A: That's right. Shall I get you on the schedule?
C: Yes, let's do it.
A: Okay, please confirm: 150 feet of gutter guards at $12 a foot, $1,800 total, installed Wednesday, December 2nd?
C: Yes, that's correct.
A: You're booked.
C: Okay, thanks Tom.""",
True, 0.00, "neutral", "per-foot price is the main purchase (150 ft x $12), not an add-on: upsell 0"),

("FR81_069", "Alicia Grant", "2026-11-29T15:20:00", "asr",
"""a: reliant plumbing alicia speaking
c: hi my water heater that you installed two years ago isn't heating and the guy who came out said the warranty claim was denied
a: let me look okay the manufacturer denied it because the unit was never registered
c: nobody told me i had to register anything your installer should have done that
a: i understand the frustration the repair to replace the gas valve would be two forty
c: so i pay two forty because your guy didn't fill out a card
a: i can ask my manager if we can cover part of it
c: no i'm not paying you anything i'll take it up with the manufacturer directly
a: okay i'll send you the install paperwork so you have it
c: yeah you do that""",
False, 0.00, "negative", "paid repair refused; quiet anger; 'two years ago' not a price"),

("FR81_070", "Omar Siddiqui", "2026-11-30T09:20:00", "clean",
"""A: Lumen Fiber, Omar speaking.
C: Hi Omar. I have your internet and I'd like to add the streaming TV package.
A: Sure, the streaming TV package is $20 a month for about 80 channels.
C: Does that have football? My husband will ask.
A: The regular games, yes. For the out-of-market games and the sports networks there's the Sports Tier for $12 a month.
C: Oh, he'll love that. Add the sports tier too.
A: Done. So streaming TV at $20 and Sports Tier at $12, both starting today.
C: Perfect. He's going to be so happy. Thank you!""",
True, 12.00, "positive", "TV package $20/mo is the main purchase of the call; Sports Tier $12/mo accepted"),

("FR81_071", "Kelly Brennan", "2026-11-30T10:45:00", "clean",
"""A: Keystone Energy, Kelly speaking.
C: Hi, we're getting an electric car and someone told me you have a special rate for charging.
A: We do. The EV time-of-use plan charges 6 cents a kilowatt-hour between midnight and 6 am, and 18 cents from 4 to 9 pm.
C: Hm, that peak rate is high. We cook dinner then.
A: It is. Most EV households still save, because the car charging is the biggest use.
C: Okay. Honestly, I'd switch if we already had the car, but it doesn't arrive until March.
A: That makes sense. You can switch any time with no fee.
C: Great, I'll call you in March then.
A: Sounds good. Have a great day.
C: You too, thanks.""",
False, 0.00, "neutral", "conditional ('I'd switch if...') and deferral to March; rates and hours are not prices of an add-on"),

("FR81_072", "Luis Ortega", "2026-11-30T12:30:00", "clean",
"""A: SafeHaven Security, Luis speaking.
C: Hi, I need to cancel. We're selling the house and moving across town.
A: Congratulations on the move! Did you know we can move your system to the new house for free? We'd reinstall the equipment and keep your current rate.
C: Wait, really? I thought I'd have to start over.
A: No, same $29.99 a month, and the technician moves everything.
C: Oh, then yes, let's move it to the new house instead of cancelling.
A: Great. What's the new address and move-in date?
C: 82 Sterling Avenue, and we get the keys December 12th.
A: I'll book the reinstall for December 14th.
C: That's perfect. Thank you, that's a really nice surprise.""",
True, 0.00, "positive", "cancellation call turned into keeping service + reinstall booking (accepted save offer) = conversion; no add-on"),

("FR81_073", "Hannah Weiss", "2026-11-30T14:00:00", "asr",
"""a: fixright appliance repair hannah speaking
c: hi my dishwasher is leaking onto the floor i need someone
a: okay i have a technician tomorrow morning between eight and ten
c: oh that's perfect that's way sooner than i thought
a: great shall i put you down
c: wait actually tomorrow's a work day let me check if i can work from home
a: sure
c: i'll call you back in like an hour okay
a: okay i can't hold the slot but i'll note your account
c: yeah that's fine thanks""",
False, 0.00, "neutral", "'that's perfect' about a slot then deferral; nothing booked"),

("FR81_074", "Jamal Carter", "2026-11-30T15:45:00", "clean",
"""A: Sunward Energy, Jamal speaking. Is this Helen Park?
C: Yes, that's me.
A: Hi Helen, I'm calling about the battery quote you requested. Is helen.park@mailbox.com still the best email?
C: Yes, that's my email.
A: Great. The battery would be $10,800 installed, and with your panels it would keep the essentials running for about a day.
C: That's a lot of money for a box in the garage.
A: It is a big investment. Would you like to move forward?
C: Not right now. Maybe after the holidays. But thank you for explaining everything so clearly, you've been great.
A: Of course. I'll follow up in January.
C: Sounds good.""",
False, 0.00, "positive", "'yes' only to identity and email; declines for now; warm thanks at end"),

("FR81_075", "Sofia Lindqvist", "2026-11-21T17:30:00", "asr",
"""a: northgate gas sofia speaking
c: i reported a gas smell outside my house at nine this morning and it's five thirty and nobody has come
a: i'm sorry let me check okay i see the report from nine oh five it's in the queue as a priority
c: a priority eight hours later
a: i understand crews have been very busy with the cold snap
c: my kids are in that house
a: if the smell is strong please leave the house and call nine one one i'm escalating the ticket now
c: you know what i'm going to call the fire department myself since you people obviously don't care
a: i'm very sorry
c: sure""",
False, 0.00, "negative", "safety complaint, no purchase; times and 911 are not prices"),

("FR81_076", "Ray Donnelly", "2026-11-22T10:05:00", "clean",
"""A: ComfortLine Heating & Air, this is Ray.
C: Hi Ray. We're going ahead with the new furnace, the $5,200 one.
A: Great. Last time you mentioned the upstairs bedrooms are always cold. We talked about zone dampers.
C: Right. How many did he say we'd need?
A: Two, one for each upstairs branch. They're $275 each.
C: Okay, put in both dampers.
A: Done. We also have a whole-home humidifier for $600, helps with the dry winter air.
C: Maybe next year. Let's not go crazy.
A: Fair enough. So the furnace at $5,200 plus two zone dampers at $275 each. We can install on the 3rd.
C: The 3rd is fine.""",
True, 550.00, "neutral", "furnace $5,200 main; 2 dampers x $275 = 550.00; humidifier deferred"),

("FR81_077", "Nadia Petrova", "2026-11-15T11:10:00", "asr",
"""a: summit roofing nadia speaking
c: hi your crew finished our roof on friday and i've now picked up like thirty nails from the driveway and my husband got a flat tire
a: oh no i'm so sorry about that they're supposed to run the magnet sweeper before leaving
c: well they didn't and i'm not happy about it
a: i'll send a crew out with the magnet sweep today at no charge and please send us the tire receipt we'll reimburse it
c: oh you'll cover the tire
a: yes absolutely that's on us
c: okay wow thank you that's actually really good of you i appreciate it""",
False, 0.00, "positive", "angry start, clearly positive end; free sweep and reimbursement are not purchases"),

("FR81_078", "Ben Okafor", "2026-11-08T13:20:00", "asr",
"""a: lumen fiber ben speaking
c: hi i want to upgrade to the two gig plan i saw the ad
a: sure let me check your equipment okay your router is the older model it can't do two gig
c: okay so send me a new one
a: i'd love to but the two gig router is on backorder until january i can't activate the plan without it
c: so i can't upgrade
a: not until january i'm sorry i can put a note on your account to call you when it's in
c: figures the ad's been running for a month
a: i'm sorry about that
c: whatever just call me when you actually have it""",
False, 0.00, "negative", "upgrade wanted but could not be fulfilled, nothing else bought; callback request is not a purchase"),

("FR81_079", "Grace Liu", "2026-11-01T16:00:00", "clean",
"""A: SafeHaven Security, Grace speaking.
C: Hi, I did the online quote for the starter kit and I'd like to order it.
A: Great. The starter kit is $249 and monitoring is $24.99 a month. Would you like to add the smart lock for the front door? It's $189 and works with the same app.
C: Yes, add the lock. I'm always forgetting to lock up.
A: Done. Please confirm: starter kit $249, smart lock $189, monitoring $24.99 a month, shipping to 610 Hawthorne Drive?
C: Yes, that's correct. Do I get the yard sign too?
A: Yes, the yard sign and window stickers are included free.
C: Okay, good.
A: It will ship tomorrow.
C: Thanks.""",
True, 189.00, "neutral", "read-back confirmed with follow-up question; smart lock $189 accepted; free yard sign not an upsell"),

("FR81_080", "Victor Hale", "2026-11-29T11:35:00", "asr",
"""a: fixright appliance repair victor speaking
c: hi my washer won't spin it just hums
a: okay i can get someone out wednesday between eight and twelve the diagnostic is eighty nine
c: wednesday works book it
a: done is anything else acting up since we'll be there anyway a second appliance on the same visit is only forty nine instead of eighty nine
c: actually yes the dryer takes forever to dry
a: okay do you want him to look at the dryer too for forty nine
c: yes please have him check the dryer too
a: great both on wednesday morning
c: awesome thank you that's a great deal""",
True, 49.00, "positive", "washer visit main; second-appliance check accepted at the stated $49 (not the $89 list) = 49.00"),
]
