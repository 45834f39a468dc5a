CALLS = [
("FR10_041", "Yuki Tanaka", "2026-11-18T08:12:40", "clean",
"""A: SunHarbor Solar, Yuki speaking.
C: Hi, I've gone over the proposal for the 9.6 kW system. $18,400 after the install discount, right?
A: That's right, and you'd be eligible for the 30% federal tax credit on top.
C: Okay. We're ready. Let's proceed with the purchase.
A: Fantastic. Two options to consider: a home battery for $8,900, and a critter guard around the panels for $350.
C: The critter guard, yes, we've got squirrels everywhere. The battery I'd take if the state rebate comes through, but not today.
A: Understood, just the critter guard for now. I'll send the contract for e-signature.
C: Sounds good.""",
True, 350.00, "neutral",
"Main system $18,400; critter guard $350 accepted; battery conditional -> not counted; tax credit excluded; neutral."),

("FR10_042", "Grace Mbeki", "2026-11-19T09:44:18", "asr",
"""A: bounce nation trampoline park this is grace
C: hi um i want to book a birthday party for my son on the fifth
A: sure how many jumpers
C: fourteen kids
A: okay the party package is twenty two per kid so three oh eight and i have the two o'clock room
C: two o'clock yeah let's book that
A: great everyone needs our grip socks they're three a pair unless they have ours from before
C: um most of them have them from last time so just get like five pairs
A: five pairs okay and pizza's eighteen per pizza most groups that size do four
C: yeah four pizzas is fine
A: alright so fourteen jumpers five pairs of socks four pizzas on the fifth at two
C: okay cool""",
True, 87.00, "neutral",
"Main party 14 x $22 = $308; socks 5 x $3 = $15 + pizza 4 x $18 = $72 -> $87; kid count is not a price; neutral."),

("FR10_043", "Luis Ortega", "2026-11-19T11:30:05", "clean",
"""A: Riverside Amphitheater box office, Luis speaking.
C: Hi, I'd like two tickets for the Lantern Quartet on Friday the 20th.
A: Let me try... I'm sorry, the order didn't go through, Friday just sold out.
C: Oh no. That's so disappointing, it's her birthday.
A: They've added a Saturday show on the 21st, same seats, $68 each. Would that work?
C: Actually that works even better. Yes, two for Saturday.
A: Done. Would you like a parking pass for $25?
C: Yes, one parking pass.
A: You're all set: two tickets Saturday at 8, plus parking.
C: Oh, thank you, you saved the day!""",
True, 25.00, "positive",
"Friday booking failed but Saturday tickets bought instead -> conversion; parking pass $25 accepted; ends relieved -> positive."),

("FR10_044", "Fiona Walsh", "2026-11-19T14:08:51", "asr",
"""A: thank you for calling vireo mobile this is fiona
C: yeah there's a charge on my bill for device insurance eleven ninety nine a month i never asked for that
A: let me look um yes it was added when you upgraded your phone in august
C: i didn't agree to that nobody even mentioned it
A: i'm sorry about that i'll remove it and credit the last three months
C: and how do i know it won't show up again
A: it's removed from the account entirely
C: honestly i'm so fed up with this every time i look at my bill there's something new""",
False, 0.0, "negative",
"Billing complaint; removed charge/credit not a purchase; 'so fed up' -> negative."),

("FR10_045", "Arjun Mehta", "2026-11-20T10:22:37", "clean",
"""A: Polyglot Certified Translations, Arjun speaking.
C: Hi, I need my birth certificate translated from Portuguese for an immigration application. It's three pages.
A: Certified translation is $45 per page, so $135. Standard turnaround is five business days. Shall I start the order?
C: Yes, please start it.
A: We can do expedited 24-hour turnaround for $30, and notarization for $20.
C: Expedited, yes. Notarization isn't required for USCIS, so no.
C: How much to mail a hard copy?
A: $8.
C: Email is fine then.
A: Great, expedited certified translation, emailed tomorrow.
C: Thanks.""",
True, 30.00, "neutral",
"Main translation 3 x $45 = $135; expedite $30 accepted; notarization declined; mailing only asked about; neutral."),

("FR10_046", "Beatriz Santos", "2026-11-20T13:49:14", "asr",
"""A: aqua clear pool service beatriz speaking
C: yeah i'm calling to cancel the pool was green two weeks in a row and your guy didn't even show up last thursday
A: i'm so sorry about that that's not the service we want to give
C: well it's the service i got
A: i understand what if i take half off next month and add a free shock treatment this week
C: hmm
A: and i'll put you with our senior tech going forward
C: fine i'll stay but if it happens one more time i'm gone
A: understood i've applied the discount""",
True, 0.0, "negative",
"Retention offer accepted ('fine i'll stay') -> conversion; discount/free treatment not upsell; still annoyed and threatening -> negative."),

("FR10_047", "Pavel Novak", "2026-11-20T16:31:28", "clean",
"""A: Spoke & Chain Cycles, Pavel speaking.
C: I had a tune-up with you last month, $89, and my gears are still slipping.
A: I'm sorry to hear that. It might be a worn chain or cassette. A new chain is $30 and we could check the cassette.
C: So now I pay more to fix what you didn't fix the first time?
A: If it's an adjustment issue, we'll do it free. If it's a part, that would be extra.
C: I'll think about whether it's even worth bringing it back. Not impressed so far.
A: Understood. Just let us know.
C: Okay.""",
False, 0.0, "negative",
"No purchase or visit committed ('I'll think about whether it's worth bringing it back'); prior tune-up price is not an add-on; 'not impressed' -> negative."),

("FR10_048", "Imani Brooks", "2026-11-23T09:18:02", "asr",
"""A: hi this is imani from vine and barrel wine club
C: hi yeah i got your email about the december shipment
A: great we can add a magnum of the reserve cabernet to it for ninety five if you're interested
C: oh that sounds lovely but i'll pass this time we're trying to save for the holidays
A: totally understand your regular shipment goes out the second
C: perfect honestly you guys always pick such good wines the pinot last month was amazing
A: so glad you liked it
C: thanks have a good one""",
False, 0.0, "positive",
"Add-on declined; regular shipment already in place, nothing new bought; praise of the wines -> positive."),

("FR10_049", "Declan Murphy", "2026-11-23T11:05:46", "clean",
"""A: Carriage Return Typewriter Repair, Declan here.
C: Hello! Do you carry ribbons for an Olympia SM3?
A: We do, $12 each.
C: I'll take two, please.
A: Two ribbons. We also have a cleaning kit with brushes and solvent, $18.
C: Go on then.
A: Ribbons and the cleaning kit, shipping Monday.
C: Wonderful. You're one of the last shops that still does this, bless you.""",
True, 18.00, "positive",
"Main two ribbons 2 x $12; cleaning kit $18 accepted ('go on then'); model name not a price; warm praise -> positive."),

("FR10_050", "Sofia Rossi", "2026-11-23T14:40:33", "asr",
"""A: clearview opticians sofia speaking
C: hi i was in on saturday and tried on the tortoiseshell frames the round ones
A: oh yes the harlow frames those are one eighty and the single vision lenses are ninety
C: okay and what's the anti glare
A: anti glare is sixty and the blue light filter is forty
C: hmm okay let me check what my insurance actually covers first and i'll come back in
A: of course your insurance might cover up to one fifty on frames
C: okay i'll call them thanks""",
False, 0.0, "neutral",
"Customer only asks about prices and defers to check insurance -> no conversion; neutral."),

("FR10_051", "Maria Lopez", "2026-11-24T08:55:19", "clean",
"""A: Homestead Mutual, Maria speaking.
C: My renewal notice says my home policy is going up to $1,240. It was $1,040 last year. Nothing changed.
A: I'm sorry, rates went up statewide because of storm claims. I can renew it today, and you might consider adding flood coverage for $310.
C: No. It already went up $200. I'm not adding anything.
A: Understood. Would you like me to renew the current policy as is?
C: Yes, just renew the basic policy. I don't have time to shop around, which I'm sure you count on.
A: It's renewed through next November.
C: Great. Wonderful. Thanks for nothing.""",
True, 0.0, "negative",
"Renewal committed -> conversion; flood add-on declined -> upsell 0; sarcastic 'thanks for nothing' -> negative."),

("FR10_052", "Devon Price", "2026-11-24T10:33:07", "asr",
"""A: northside ice arena devon speaking
C: hey um i run a beer league hockey team and we're looking for ice time on weeknights
A: sure prime time is three fifty an hour after nine it's two seventy five
C: okay and is there anything on wednesdays
A: the winter schedule comes out next week do you want me to call you back when it's out
C: yes call me back
A: sure what's the best number
C: it's five five five oh one nine two
A: got it
C: cool thanks""",
False, 0.0, "neutral",
"'Yes call me back' is not a purchase; hourly prices and phone number only; neutral."),

("FR10_053", "Priya Natarajan", "2026-11-24T13:26:44", "clean",
"""A: Brightline Orthodontics, this is Priya.
C: Hi, my dentist referred me for a consultation about clear aligners.
A: Of course. The initial consultation and scan is complimentary. I have Thursday at 4:15 or Monday at 9.
C: Thursday at 4:15, please.
A: Booked. While you're in, we can also do a professional whitening session for $199.
C: No thanks, let's see about the aligners first.
A: No problem. See you Thursday.
C: Okay, thank you.""",
True, 0.0, "neutral",
"Consultation appointment booked -> conversion; whitening $199 declined -> upsell 0; neutral."),

("FR10_054", "Tomasz Wojcik", "2026-11-24T15:50:12", "asr",
"""A: steady hands movers tomasz speaking
C: hi yeah i got your estimate for the move on the fourteenth fourteen hundred is that right
A: yes for a three bedroom local move and we sell wardrobe boxes they're fifteen each
C: we've got a lot of suits so i'd need like six of those
A: okay six would be ninety and if you've got a piano that's another two hundred
C: no no piano honestly the other company quoted me eleven hundred this seems like a rip off
A: ours includes full insurance coverage
C: yeah well send me the quote in writing with the boxes and i'll decide
A: sure i'll email it today""",
False, 0.0, "negative",
"No commitment ('send me the quote... I'll decide'); boxes only quoted; 'rip off' -> negative."),

("FR10_055", "Aisha Bello", "2026-11-25T09:07:58", "clean",
"""A: Maple Grove Veterinary, Aisha speaking.
C: Hi, Dr. Ames said my cat Juniper needs a dental cleaning. I'd like to schedule it.
A: Of course. The dental cleaning is $320. I have Tuesday the 1st, drop-off at 7:30.
C: Yes, book the 1st.
A: Done. We recommend pre-anesthetic bloodwork for $95, and we can microchip her for $45 while she's under.
C: Bloodwork yes, she's already chipped.
C: Oh, and her nails are a nightmare, how much is a nail trim?
A: $15.
C: Add that too.
A: Dental, bloodwork, and a nail trim on Tuesday.
C: Thank you, you guys were so good with her last time.""",
True, 110.00, "positive",
"Main dental $320; bloodwork $95 + customer-requested nail trim $15 = $110; microchip declined; warm -> positive."),

("FR10_056", "Ken Okafor", "2026-11-25T11:46:23", "clean",
"""A: Tri-Valley Electric, Ken speaking.
C: My bill this month is $312. For a two-bedroom apartment.
A: Let me take a look. It seems the winter rate kicked in, and there was a cold snap.
C: $312. That's robbery.
A: I understand. I can set up a payment plan to split it over three months.
C: No, I'll just pay it. I don't want to deal with you people any more than I have to.
A: Okay. Is there anything else I can help with?
C: No.""",
False, 0.0, "negative",
"Billing complaint; payment plan refused; bill amount not a purchase; 'robbery' -> negative."),

("FR10_057", "Hannah Lindqvist", "2026-11-25T14:02:39", "asr",
"""A: golden hour portraits hannah speaking
C: hi we'd like to book a family session before the holidays two adults two kids and a very excitable beagle
A: love it the family session is two fifty and i have sunday the sixth at three
C: sunday the sixth great let's book it
A: booked for prints eight by tens are thirty each or there's a print package of ten for two twenty
C: the package definitely
A: and since there's a beagle would you like an extra twenty minutes for dog shots that's fifty
C: yes absolutely
A: session print package extra twenty minutes see you on the sixth
C: thank you i've followed your work for years can't wait""",
True, 270.00, "positive",
"Main session $250; print package $220 + extra 20 min $50 = $270; 8x10 size and counts not prices; enthusiastic -> positive."),

("FR10_058", "Rafael Duarte", "2026-11-25T16:18:55", "asr",
"""A: roadmate assistance rafael speaking
C: yeah hi i called two hours ago about a tow on the interstate by exit forty one and nobody's here
A: let me check your case uh the driver got held up on another call he's about thirty minutes out
C: thirty minutes oh great that's what they said an hour ago
A: i'm sorry i've marked it as priority
C: wonderful i'll just keep sitting here in the rain then
A: again i apologize
C: yeah sure""",
False, 0.0, "negative",
"Status of an existing tow; nothing bought or booked; sarcasm -> negative."),

("FR10_059", "Chen Wei", "2026-11-26T10:40:26", "clean",
"""A: LedgerLeaf support, Chen speaking.
C: Hi, I'm on the Basic plan and I need to start running payroll. Which plan do I need?
A: Payroll is available on Plus, which is $30 a month instead of your current $15. Would you like me to switch you?
C: Yes, switch me to Plus.
A: Done. Payroll itself is $6 per employee per month. How many employees?
C: Four. Yes, add payroll for the four of them.
A: Payroll for four employees is active. The first run is available tomorrow.
C: Okay, thanks.""",
True, 24.00, "neutral",
"Plan change Basic->Plus is the main purchase (not counted as upsell); payroll add-on $6 x 4 employees = $24 (monthly counted once); neutral."),

("FR10_060", "Siobhan Kelly", "2026-11-26T13:15:01", "asr",
"""A: stillwater retreats siobhan speaking
C: hi i saw your yoga weekend in the mountains in february and it looks incredible
A: oh it's lovely it's six ninety for the weekend with meals and there's a spa add on for one twenty
C: oh wow that sounds amazing
A: would you like me to book you a spot
C: um i'll talk to my partner tonight and call you back we might do it together
A: sure spots are going fast though
C: okay yeah i'll call tomorrow thanks so much you've been really lovely""",
False, 0.0, "positive",
"Deferral ('talk to my partner') -> not a conversion; enthusiasm and 'really lovely' -> positive."),
]
