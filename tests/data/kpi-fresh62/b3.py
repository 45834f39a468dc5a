CALLS = [
("FR62_041", "Gretchen Albers", "2026-11-17T09:22:48", "asr",
"""A: brightline wireless retention this is gretchen
C: yeah i'm calling to cancel my bill just went up eight dollars out of nowhere
A: i'm sorry about that the price change went out to all legacy plans this month
C: nobody told me anything it just showed up
A: i understand i'd hate to lose you after six years i can take fifteen off a month for the next twelve months
C: so i'd be paying less than before
A: yes seven less than your old price for a year
C: fine i'll stay but honestly this whole price hike thing is a rip off and you know it
A: i hear you i've applied the credit
C: yeah yeah okay bye""",
True, 0.0, "negative", "accepts save offer 'fine i'll stay'; discount not upsell; 'this whole price hike thing is a rip off'"),

("FR62_042", "Omar Haddad", "2026-11-17T12:05:14", "asr",
"""A: golden wok omar speaking
C: hi i'd like to order for pickup but last time you guys forgot half my order so
A: oh i'm sorry about that what would you like
C: um general tso's chicken beef lo mein and two egg rolls
A: okay and would you like an extra side of fries with that it's four dollars
C: uh yeah my son likes those fine add the fries
A: okay general tso's beef lo mein two egg rolls and fries thirty four eighty ready in twenty minutes
C: okay and please actually check the bag this time
A: i'll double check it myself
C: we'll see if you get it right this time""",
True, 4.0, "negative", "order placed; fries 'four dollars' 'fine add the fries' -> 4; 'we'll see if you get it right this time' after complaint"),

("FR62_043", "Shelby Crane", "2026-11-17T14:37:59", "asr",
"""A: lakeshore suites shelby speaking
C: hi do you allow dogs i'm trying to book for the holiday weekend
A: we do there's a pet fee of fifty dollars per stay
C: okay that's fine he's small
A: great i have a king room friday through sunday at one sixty nine a night
C: okay book that
A: so king room friday the twenty seventh to sunday the twenty ninth two nights with the pet fee
C: yep that's right
A: all set your confirmation is l s eight one two zero
C: okay got it thanks""",
True, 0.0, "neutral", "'okay book that' + confirms read-back; fifty dollar pet fee is a fee, not an add-on -> 0"),

("FR62_044", "Ravi Menon", "2026-11-17T16:20:33", "clean",
"""A: HomeGoods Direct, Ravi speaking.
C: Hi, I bought a blender two weeks ago and the lid cracked the first time I used it.
A: I'm sorry! Can I have the order number?
C: It's HG-55102.
A: Thank you. I've started a return and I'll email you a prepaid label. Would you like a replacement or a refund?
C: Just a refund, please.
A: Done. You'll see $89.99 back on your card once the carrier scans the box.
C: Oh, that's it? I was expecting a fight. Thank you, that was painless.""",
False, 0.0, "positive", "return and refund, no purchase; 'Thank you, that was painless'"),

("FR62_045", "Noelle Kimura", "2026-11-18T10:11:27", "asr",
"""A: shieldpoint insurance noelle speaking
C: hi i already have my car insurance with you and i'm closing on a house next month so i need homeowners
A: congrats okay so with the bundle discount your homeowners policy would be around a hundred and four a month
C: oh that's better than the quote the bank gave me
A: and since you're near the river i'd really suggest flood coverage it's not included it's twenty two a month
C: mhm yeah the inspector said the same thing
A: want me to add it
C: yes add the flood coverage and let's get the homeowners set up starting on the closing date
A: perfect i'll send the binder to your lender today
C: great thank you so much you've made this part really easy""",
True, 22.0, "positive", "'let's get the homeowners set up'; flood 'twenty two a month' 'yes add the flood coverage' -> 22; 'really easy'"),

("FR62_046", "Anthony DeLuca", "2026-11-18T08:55:40", "asr",
"""A: metro power and light anthony speaking
C: i got a disconnection notice taped to my door this morning are you kidding me
A: i'm sorry let me look at the account it shows a balance of four hundred and twelve past due
C: i've been in the hospital for a month i wasn't exactly checking mail
A: i understand i can set up a payment plan over six months and stop the disconnection
C: okay do that
A: done about sixty eight a month added to your bill
C: you could have called me instead of taping a notice to my door like i'm a criminal
A: i'll pass that feedback on
C: yeah you do that""",
False, 0.0, "negative", "payment plan on overdue bill is not a purchase; 'are you kidding me' 'like i'm a criminal'"),

("FR62_047", "Yvette Mbeki", "2026-11-18T13:29:03", "asr",
"""A: clearskin dermatology yvette speaking
C: hi i need to see someone about a mole that's changed shape
A: okay the earliest new patient appointment with doctor patel is february tenth
C: february that's three months are you kidding
A: i know it's long i can put you on the cancellation list
C: um and if nothing comes up
A: then february tenth would be your appointment
C: no forget it a changing mole can't wait three months i'll go somewhere else
A: i completely understand you could also ask your primary care for an urgent referral
C: yeah thanks for nothing""",
False, 0.0, "negative", "earliest slot refused 'no forget it'; nothing booked; 'thanks for nothing'"),

("FR62_048", "Simon Pryce", "2026-11-18T11:45:17", "clean",
"""A: Shine Auto Detailing, Simon speaking.
C: Hi, I'm selling my car and want it detailed first. What's your full package?
A: The full interior and exterior detail is $180. I can do Thursday at 9.
C: Thursday at 9 works, book me in.
A: Great. For selling, a lot of people add ceramic coating for $250, or headlight restoration for $40.
C: The coating's overkill if I'm selling it. The headlights are pretty foggy though, so do that one.
A: Done. Full detail plus headlight restoration, Thursday at 9, $220 total.
C: Okay, sounds right.
A: See you Thursday.
C: Thanks.""",
True, 40.0, "neutral", "'book me in'; coating declined, headlight restoration $40 accepted -> 40; flat"),

("FR62_049", "Marisol Ortega", "2026-11-19T15:33:52", "asr",
"""A: bounce house trampoline park marisol speaking
C: hi i wanna book a birthday party for my son he's turning eight
A: fun our party package is two ninety nine for up to fifteen jumpers and a private room for two hours
C: okay um we have like twenty five kids coming
A: no problem extra jumpers are twelve dollars each so ten more
C: yeah let's do the ten extra
A: and do you want pizza we have a package for the whole group for eighty five
C: oh yes please that saves me a costco trip
A: okay so party package saturday the fifth at two ten extra jumpers and the pizza package
C: yep that's perfect
A: you're all booked
C: oh he is gonna be so happy thank you""",
True, 205.0, "positive", "booking confirmed; ten extra jumpers at twelve each (120) + pizza eighty five -> 205; 'so happy'"),

("FR62_050", "Dwayne Fitch", "2026-11-19T09:48:21", "asr",
"""A: daily courier subscriptions this is dwayne
C: yeah i cancelled my paper in august and you've charged me three more times
A: oh i'm sorry let me look yes the cancellation didn't go through on our end
C: didn't go through i have the confirmation email
A: i see it i'm going to refund all three charges that's sixty three sixty
C: and it's actually cancelled now
A: yes it's cancelled today
C: i shouldn't have to check my own statement every month to catch your mistakes
A: you're absolutely right i'm sorry
C: unbelievable""",
False, 0.0, "negative", "billing error after cancellation, refund only; 'unbelievable'"),

("FR62_051", "Priya Raman", "2026-11-19T11:12:36", "asr",
"""A: pinecrest mortgage priya speaking
C: hi um i'm just trying to see if it makes sense to refinance i'm at six point eight right now
A: okay rates today are around six point one on a thirty year
C: hmm is that enough to be worth it
A: depends on the closing costs which would be around four thousand for you
C: okay
A: i could run a full quote with your numbers if you want
C: um not yet i'm not ready i think i'll wait and see if rates drop a bit more after the new year
A: that's fair i'll send you our rate alerts
C: yeah sure thanks""",
False, 0.0, "neutral", "'not yet i'm not ready... wait and see'; rate alerts not a purchase"),

("FR62_052", "Conor Walsh", "2026-11-19T14:02:47", "clean",
"""A: Guardian Pest Control, Conor speaking.
C: I've got mice in the garage again. I need someone out.
A: Sorry to hear that. Our quarterly plan is $129 per visit, and the first visit can be Monday.
C: Fine. Book the quarterly plan, Monday.
A: Booked. Would you also like an attic inspection for $75?
C: No.
A: Understood. A technician will arrive between 8 and 12 on Monday.
C: Can you make sure it's not the same guy as last time? He tracked mud all through my kitchen and left the gate open.
A: I'll note that on the order.
C: Honestly I'm only booking because I've got no choice. Your last visit was a mess.""",
True, 0.0, "negative", "'Book the quarterly plan, Monday'; attic inspection declined -> 0; ends 'Your last visit was a mess'"),

("FR62_053", "Tamika Boyd", "2026-11-20T19:05:10", "asr",
"""A: skyline tv tamika speaking
C: hey quick question how much is the sports package
A: the sports plus add on is fourteen ninety nine a month
C: and does that include the hockey channel
A: it does yeah plus the two regional sports networks
C: okay
A: want me to add it for you the playoffs are coming up
C: uh no i just wanted to know the price for now
A: no problem anything else
C: nope that's all i wanted to know thanks""",
False, 0.0, "neutral", "price question only; 'no i just wanted to know the price'"),

("FR62_054", "Henrik Larsen", "2026-11-20T10:30:45", "asr",
"""A: northern rail bookings henrik speaking
C: yeah hi two adults from boston to new york on the twenty third the morning one
A: okay i have the eight ten arriving eleven fifty two at fifty six each
C: that's fine
A: so two adults boston to new york penn november twenty third at eight ten one hundred twelve total
C: mhm yes that's it
A: and would you like reserved seats together it's five each
C: uh yeah sure both of us
A: okay two reserved seats added you're booked
C: okay""",
True, 10.0, "neutral", "'mhm yes that's it' to read-back; reserved seats five each for two -> 10; flat"),

("FR62_055", "Lucia Ferreira", "2026-11-20T13:18:33", "asr",
"""A: dreamwell mattress lucia speaking
C: hi i was in the showroom yesterday and i want to order the cloud hybrid in a queen
A: great choice that's one thousand one ninety nine with free delivery
C: yeah let's do it
A: perfect and would you like a waterproof protector it's seventy nine and it keeps the warranty valid
C: uh yeah sure throw it in
A: added and delivery could be next tuesday
C: oh wait actually the protector you know what skip it my sister gave us one that's still in the box
A: no problem i've taken it off so just the mattress delivered tuesday
C: perfect thank you i'm honestly so excited my back is killing me on our old one""",
True, 0.0, "positive", "mattress ordered 'let's do it'; protector accepted then retracted 'skip it' -> 0; 'so excited'"),

("FR62_056", "Bao Tran", "2026-11-20T16:44:19", "clean",
"""A: The Copper Room, this is Bao.
C: Hi, I'd like to book your private dining room for 12 people on December 4th.
A: It's available. We need a $200 deposit to hold it. Can I take a card?
C: Sure, it's a Visa, ending 7781.
A: I'm sorry, that card's been declined.
C: What? Try the Amex, ending 1009.
A: That one came back declined as well, I'm afraid.
C: This is embarrassing. There's nothing wrong with either card.
A: I can hold the room until 5 p.m. if you'd like to sort it out with your bank.
C: Forget it. I'll book somewhere that can actually run a card.""",
False, 0.0, "negative", "two cards declined, deposit never taken; 'Forget it. I'll book somewhere else'"),

("FR62_057", "Gretchen Albers", "2026-11-23T09:27:38", "asr",
"""A: keystone auto insurance gretchen speaking
C: hi my policy renews next week and i just wanna make sure it goes through
A: sure your renewal is ninety eight a month same coverage shall i go ahead and renew it
C: yes go ahead
A: done and i see you don't have roadside assistance it's fifteen bucks a month covers towing lockouts flat tires
C: um actually yeah my car's getting old add it
A: added starting with the renewal
C: okay
A: anything else
C: no that's it thanks""",
True, 15.0, "neutral", "'yes go ahead' renewal; roadside 'fifteen bucks a month' 'add it' -> 15; flat"),

("FR62_058", "Omar Haddad", "2026-11-23T11:51:02", "asr",
"""A: seacliff resort guest relations omar speaking
C: hi i stayed with you last weekend and i was right next to the ice machine and the elevator i barely slept
A: i'm so sorry to hear that
C: i asked to move and the front desk said you were full
A: i see the note i can add five thousand reward points to your account
C: and what's that worth
A: about fifty dollars toward a future stay
C: i mean i guess it's better than nothing but i paid two eighty a night to not sleep
A: i understand i'll also flag that room with housekeeping
C: okay i guess that's it then""",
False, 0.0, "negative", "complaint, reward points are compensation not a sale; 'better than nothing but i paid... to not sleep'"),

("FR62_059", "Shelby Crane", "2026-11-23T15:14:26", "asr",
"""A: clearview eye care shelby speaking
C: hi i need an eye exam my glasses are like four years old
A: sure i have tuesday at three thirty with doctor lin
C: perfect let's do tuesday
A: great and we offer retinal imaging instead of dilating it's thirty nine dollars and insurance usually doesn't cover it
C: so no blurry eyes afterward
A: nope you can drive right after
C: oh then yes definitely add that i hate the drops
A: done tuesday three thirty exam plus imaging
C: amazing thank you that's such a good option""",
True, 39.0, "positive", "'let's do tuesday' booked; retinal imaging 'thirty nine dollars' 'yes definitely add that' -> 39; 'amazing'"),

("FR62_060", "Ravi Menon", "2026-11-23T10:08:51", "clean",
"""A: Taskly support, Ravi speaking.
C: I want to cancel our team subscription. I've been trying for a week.
A: I'm sorry for the trouble. I can offer you a free month on your current plan if you'd like to give it another try.
C: No. Cancel it.
A: Understood. Can I ask if there was something missing?
C: The cancel button on your site doesn't work and your chat bot just loops. That's what's missing.
A: I'm sorry. I've cancelled the subscription, effective at the end of the billing period.
C: Finally. I'll be telling everyone I know to stay away.""",
False, 0.0, "negative", "free month refused 'No. Cancel it.'; 'I'll be telling everyone... to stay away'"),
]
