CALLS = [
("FR19_041", "Sofia Brandt", "2026-11-02T13:00:00", "asr", """A: hi this is sofia from tristate equipment calling about the dish machine lease at the blue heron
C: yeah this is tom the kitchen manager
A: your lease is up at the end of the month you want to keep the same unit
C: um yeah keep it it works fine
A: it renews at eighty five a month and we've got a water softener add on for twelve a month that'll help with the spotting
C: the spotting yeah the servers complain about that all the time okay add the softener
A: great so eighty five plus twelve starting december first
C: yep
A: i'll send the renewal over for signature
C: okay send it to the owner's email not mine
A: will do""", True, 12.0, "neutral", "lease renewed; softener $12/month accepted (counted once)"),

("FR19_042", "Jerome Pike", "2026-11-02T17:45:00", "asr", """A: tillpoint support jerome speaking
C: hi um our register tablet is saying license expired but we paid
A: let me look yeah i see the payment went through on the third but the license didn't refresh
C: so what do i do we've got a line out the door
A: i'm pushing the refresh now can you close the app and open it again
C: okay closing um opening
A: what do you see
C: oh it's back it's working
A: great nothing else you need to do
C: oh my god thank you you're a lifesaver seriously""", False, 0.0, "positive", "support fix, no purchase; stressed start, grateful end"),

("FR19_043", "Ines Duarte", "2026-11-03T10:15:00", "clean", """A: Hi, this is Ines from Brewline Office Supply. I noticed you haven't ordered toner since August, and wanted to check in.
C: Ah, yes. We actually moved our toner to Staples.
A: Oh, I'm sorry to hear that. Was there a problem on our side?
C: Nothing dramatic. They deliver next day and their prices are about 15% lower. Your last order took a week and a half.
A: I can match their price on the HP 58X, $139 a cartridge.
C: It's kind of you, but the delivery matters more to us. We'll stay with them.
A: Understood. Can I keep you on for coffee supplies at least?
C: For now, yes, coffee's fine. But honestly, if the delivery doesn't improve, that'll move too.
A: Fair enough. Thanks for being candid.
C: Sure. Take care.""", False, 0.0, "negative", "polite refusal, praises competitor, complains about slow delivery; staying on existing coffee supply is no new purchase"),

("FR19_044", "Callum Reid", "2026-11-03T18:30:00", "asr", """A: brightbox callum speaking
C: hey have you got the playstation five in stock the slim one
A: we do four ninety nine for the disc version
C: sick i'll take one for delivery
A: easy do you need extra controllers they're sixty nine each
C: yeah two my kids fight over them
A: two controllers and we've got a three game bundle for ninety this week any three from the list
C: um which ones
A: spider man gran turismo and ratchet and clank are on it
C: yeah do the bundle with those three
A: so console two controllers and the game bundle delivered monday to forty two larch avenue
C: yep that's it you're a legend""", True, 228.0, "positive", "console; 2 controllers x $69 = 138 + game bundle $90 = 228; 'five' and 'forty two' not prices"),

("FR19_045", "Mei Tanaka", "2026-11-04T11:10:00", "asr", """A: parkside vet clinic mei speaking
C: hi i need to book a vaccination for my dog biscuit
A: sure is biscuit already a patient
C: yes um under the name hollander
A: found him i have monday at eleven or wednesday at five thirty
C: wednesday at five thirty
A: booster vaccination wednesday at five thirty for biscuit
C: yes that's fine how much is a nail trim while he's there
A: the nail trim is eighteen
C: hmm i'll do that at home i think
A: okay just the vaccination then see you wednesday
C: okay thanks""", True, 0.0, "neutral", "vet appointment booked; nail trim price only asked about"),

("FR19_046", "Omar Haddad", "2026-11-05T09:20:00", "clean", """A: Hi, is this Mr. Kessler? Omar from Tillpoint, we spoke at the trade show in...
C: I told your colleague last week we're not interested.
A: Sorry about that, I just wanted to mention our new loyalty module is free for the first three months.
C: Free for three months and then what, $40 a month for something I didn't ask for? No.
A: It's $29 after the trial, and you can cancel anytime.
C: This is the fourth call in two weeks. Please stop calling this number.
A: I'll make sure you're removed from the list. Apologies for the trouble.
C: Thank you. Goodbye.""", False, 0.0, "negative", "cold call refused; irritated by repeated calls"),

("FR19_047", "Rachel Stone", "2026-11-06T15:35:00", "asr", """A: dreamwell rachel speaking
C: hi i want to order the cloud firm in a king please
A: sure the king is sixteen ninety nine
C: okay
A: we also have the adjustable base for the king it's seven forty nine
C: hmm actually you know what i just measured the room the king's gonna be tight let's go queen
A: the queen cloud firm is fourteen ninety nine and the queen adjustable base is six forty nine
C: okay the queen and yeah i'll do the base my back's been killing me
A: so queen mattress and queen adjustable base delivery the nineteenth correct
C: correct
A: all set
C: okay cool""", True, 649.0, "neutral", "changed size king->queen; queen adjustable base $649 accepted (revised price)"),

("FR19_048", "Victor Lund", "2026-11-09T10:50:00", "asr", """A: halden insurance victor speaking
C: hi we just closed on a house and need homeowners insurance starting friday
A: congratulations let me get a quote what's the address
C: seventeen oakridge lane in millbrook
A: thanks based on what you've given me it's one fourteen a month
C: okay that's less than i expected
A: the property's near the creek so i'd recommend flood coverage it's twenty two a month more
C: yeah the inspector said the same thing let's add it
A: so homeowners plus flood starting friday the fourteenth shall i bind it
C: yes go ahead
A: you're covered documents are on the way
C: amazing thank you that was painless""", True, 22.0, "positive", "policy bound; flood coverage +$22/month accepted; address number not a price"),

("FR19_049", "Priya Raman", "2026-11-10T14:05:00", "asr", """A: hi it's priya from ledgerline your subscription expires on the thirtieth and i wanted to check on renewal
C: yeah hi um so we're in a budget freeze until january
A: i understand if it lapses you keep read only access for sixty days
C: okay that's helpful
A: would you want to renew monthly instead of annually to keep things running
C: i'd need approval for that too honestly maybe next quarter
A: no problem should i call back in january
C: yes call me back in january
A: will do
C: thanks priya""", False, 0.0, "neutral", "deferral (budget freeze); yes to a callback is not a purchase"),

("FR19_050", "Marcus Bell", "2026-11-11T12:30:00", "clean", """A: Harbourview Hotel, Marcus speaking.
C: Hi, I saw a rate of $129 a night online for the weekend of the 22nd. I'd like two nights.
A: Let me check. Yes, a queen room at $129 is available Friday and Saturday.
C: Great, book it please.
A: Sure. With the resort fee and taxes, the total comes to $338.40.
C: Wait, what's the resort fee?
A: It's $25 a night, it covers the pool and Wi-Fi.
C: That wasn't on the website. That's a bit of a bait and switch, isn't it? No, cancel it, I'll look elsewhere.
A: I'm sorry, I've cancelled the reservation. Nothing's been charged.
C: Thanks. Disappointing.""", False, 0.0, "negative", "booking requested then cancelled in the same call over hidden fee"),

("FR19_051", "Dana Kowalski", "2026-11-12T09:25:00", "asr", """A: hollis appliance dana speaking
C: hi i'm calling about the gas range the bertazzoni one you had on sale
A: the thirty inch yes it's twenty four ninety nine but it's backordered about three weeks
C: oh fantastic of course it is my old one died yesterday and thanksgiving is in a week
A: i'm sorry i could check the floor model it's twenty two fifty
C: is it scratched
A: one small mark on the side panel that goes against the cabinet
C: fine i'll take the floor model
A: would you like the three year warranty for a hundred and nine
C: yeah given my luck add the warranty
A: floor model range plus the warranty delivery tuesday
C: great can't wait for the next disaster""", True, 109.0, "negative", "floor model bought as alternative; warranty $109 accepted; sarcastic throughout"),

("FR19_052", "Luis Ortega", "2026-11-13T11:40:00", "asr", """A: hi this is luis with sparkline we did a one off window clean for your shop in october
C: oh yeah you guys did a great job the windows have never looked that good
A: thanks we offer a monthly plan at ninety five a month if you'd like it regular
C: yeah honestly let's do that
A: great and we could pressure wash the sidewalk out front once a quarter for one fifty a visit
C: um yeah the gum out there is disgusting sure add that
A: so monthly windows at ninety five and quarterly sidewalk at one fifty starting the second week of december
C: perfect
A: i'll send over the agreement
C: great thanks luis""", True, 150.0, "positive", "cleaning contract signed; quarterly pressure wash $150/visit accepted, counted once"),

("FR19_053", "Hannah Cho", "2026-11-16T13:15:00", "clean", """A: Skyward Airlines, Hannah speaking.
C: Hi, I want to use my miles for a flight to Honolulu on December 20th, two people.
A: Let me check award availability... I'm afraid there are no award seats on the 20th, or any day between the 18th and the 23rd.
C: Huh. What about paying cash?
A: Cash fares are available on the 20th, $1,140 per person round trip.
C: Yeah, no, that's exactly why I saved the miles.
A: I understand. Award seats do sometimes open up closer to the date.
C: Okay. I'll keep an eye on it. Thanks for checking.
A: Of course. Have a good day.
C: You too.""", False, 0.0, "neutral", "no availability; cash alternative declined; calm"),

("FR19_054", "Tobias Grant", "2026-11-17T08:05:00", "asr", """A: comfort air and plumbing tobias speaking
C: hi my water heater's leaking all over the garage and i'm kind of freaking out
A: okay first is the water still running
C: yeah there's a puddle getting bigger
A: there's a valve on the cold pipe on top turn it clockwise
C: okay hang on um okay i think it stopped
A: great i can get a tech out today between two and four the service call is eighty nine
C: yes please book that
A: booked at eleven twenty pine street between two and four
C: that's it thank you so much you really calmed me down""", True, 0.0, "positive", "repair visit booked; service call is the main purchase"),

("FR19_055", "Amara Nwosu", "2026-11-18T12:00:00", "asr", """A: hi this is amara from clearlink business fiber just arrived on your street
C: oh really we've been stuck on the old dsl forever
A: the five hundred meg plan is seventy nine a month
C: mhm well i'd do it if you can install before the fifteenth we have a big launch
A: let me check i have the eleventh in the morning
C: the eleventh works then yeah sign us up
A: great and would you like a static ip for fifteen a month
C: no we don't need that
A: okay fiber five hundred install on the eleventh between eight and ten
C: sounds good""", True, 0.0, "neutral", "conditional acceptance, condition met; static IP declined"),

("FR19_056", "Kevin Walsh", "2026-11-19T20:10:00", "clean", """A: Laugh Loft box office, Kevin here.
C: Hi. I was at the 9:30 show last Saturday and I want to talk about it.
A: Sure, what happened?
C: We paid $40 a seat and sat behind a pillar for two hours. Couldn't see the stage at all.
A: I'm really sorry. Those seats should have been marked as restricted view.
C: They weren't. And when I asked the usher to move us, he shrugged.
A: That's not okay. I can refund the two tickets, $80 back to your card.
C: I appreciate that, but honestly the night was ruined. It was our anniversary.
A: I understand. I'll pass this on to the manager as well.
C: Fine. I doubt we'll be back.""", False, 0.0, "negative", "complaint with refund; no purchase"),

("FR19_057", "Sofia Brandt", "2026-11-20T10:35:00", "asr", """A: hi this is sofia from tristate equipment calling about the bean to cup machine trial you had in october
C: oh yeah the staff loved it
A: great we can lease it for one twenty nine a month including service
C: yes okay um how long is the lease
A: it's a sixty month term
C: five years seriously for a coffee machine
A: that's how we keep the monthly low
C: no that's a trap if we move offices we're stuck with it forget it
A: we do have a thirty six month option at one fifty nine
C: no i'm not interested anymore thanks""", False, 0.0, "negative", "'yes okay' then question, then retracted on hearing the term"),

("FR19_058", "Jerome Pike", "2026-11-23T15:20:00", "asr", """A: voxa business jerome speaking
C: hi we're hiring a receptionist and need another line added
A: sure an extra line on your plan is twenty five a month
C: okay add one
A: would you like voicemail to email on the new line it's five a month
C: um yes actually that'd be handy
A: done new line's active in about an hour the number will be five five five zero one eight two
C: can you repeat that
A: five five five zero one eight two
C: got it okay thanks""", True, 5.0, "neutral", "new line bought; voicemail-to-email $5/month accepted; phone number not a price"),

("FR19_059", "Ines Duarte", "2026-11-24T08:45:00", "asr", """A: hi it's ines from brewline supply calling for your weekly to go order
C: oh good i've been waiting for you last week's order was wrong again
A: i'm sorry what was wrong
C: you sent the small clamshells not the large ones we ran out on friday night
A: i apologize i'll credit you for those
C: this is the second time this month i'm getting really fed up
A: understood what do you need this week
C: ten cases of the large clamshells the large ones
A: ten large and we've got napkins at twenty two a case
C: yeah two cases of napkins and get it right this time
A: ten cases large clamshells two cases napkins thursday
C: yeah we'll see""", True, 44.0, "negative", "order placed while annoyed; 2 napkin cases x $22 = 44; credit is not an upsell"),

("FR19_060", "Callum Reid", "2026-11-25T16:55:00", "clean", """A: Brightbox, Callum speaking.
C: Hi, I want to order the Sony XM5 headphones, the black ones.
A: Sure, $399. Want a hard case for them? It's $25.
C: Yeah, add the case.
A: Great, the headphones and the case, $424 total. Anything else?
C: Actually, hang on. I'm looking at the Best Buy site, they have the same headphones for $329.
A: I can't match that, I'm afraid, it's a Black Friday doorbuster.
C: Then there's no point. Cancel it, all of it.
A: Okay, nothing's been placed.
C: Honestly, you should at least tell people when you're $70 over everybody else. Waste of my time.""", False, 0.0, "negative", "order with case accepted, then whole order cancelled"),
]
