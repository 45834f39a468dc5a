CALLS = [
("FR41_041", "Mei Chen", "2026-11-23T09:35:00", "asr",
"""A: wanderwise travel mei speaking
C: yeah i'm calling back about the lisbon package the one you emailed
A: oh yes the seven nights for two it came to two thousand eight hundred forty
C: which is already way more than the website said by the way
A: i know the website price was for the off season dates
C: whatever um fine book it we already told the kids
A: okay booked and the trip protection is one forty nine for both of you
C: is that one forty nine total or each
A: total for both
C: fine add it i'm not risking losing three grand but i gotta say this whole thing has been a hassle
A: understood it's added and your documents will come by email
C: yeah great can't wait to see what else costs extra""",
True, 149.00, "negative", "grudging 'fine book it'; trip protection 149 total accepted; sarcastic end"),

("FR41_042", "Luca Romano", "2026-11-24T10:05:00", "asr",
"""A: brightline billing luca speaking
C: hi my bill this month is like ninety dollars higher than normal what happened
A: let me check looks like international roaming charges from the eighteenth to the twenty second
C: i was in cancun but i turned roaming off
A: it shows data used on the twentieth i'm sorry
C: that's ridiculous
A: i can take off half as a courtesy and for the future there's a travel pass for ten a day
C: yeah and how would i have known that before
A: it's in the app under add ons do you want me to add it for next time
C: no i want you to take off the whole thing not half
A: half is the most i can do
C: then i guess i'm paying for your bad system great thanks a lot""",
False, 0.0, "negative", "billing dispute; 'yeah' + question is not acceptance; add-on refused; sarcastic"),

("FR41_043", "Grace Mensah", "2026-11-24T13:50:00", "clean",
"""A: Summit Roofing, Grace speaking.
C: Hi. We had that big hailstorm on Sunday and I'd like someone to look at the roof.
A: Absolutely. Storm inspections are free. I have Thursday at 9 or Friday at 1.
C: Friday at 1.
A: Friday at 1 at, let me check, 37 Quarry Road?
C: That's it.
A: While the crew is there, they can clean the gutters for $175. Want that added?
C: How long does that take?
A: About an hour.
C: Okay, fine, add it. They're full of leaves anyway.
A: Done. Friday at 1, inspection plus gutter cleaning.
C: Okay. Bye.""",
True, 175.00, "neutral", "free inspection appointment booked (main); paid gutter cleaning 175 accepted after a question"),

("FR41_044", "Oliver Hart", "2026-11-24T17:05:00", "asr",
"""A: cloudnest accounts oliver speaking
C: yeah i want to cancel i've had three outages this month
A: i'm sorry about that i can give you three months at half price on your current plan
C: half price for a product that doesn't work how generous
A: i understand and the engineering team's fixed the storage issue
C: uh huh
A: so would you like the three months at half price
C: fine i'll stay for the three months but if it goes down again i'm gone
A: okay applied three months at four ninety nine
C: yeah we'll see""",
True, 0.0, "negative", "save offer accepted (discount is not upsell); sarcastic and sceptical"),

("FR41_045", "Nadia Petrova", "2026-11-25T08:20:00", "asr",
"""A: maple dental nadia speaking
C: hi um do you have anything this saturday for a cleaning
A: let me look um saturday we only have emergency slots sorry
C: oh okay what about like a weekday after five
A: our latest is four fifteen on weekdays
C: yeah that doesn't work with my shifts
A: i could do the saturday after next at ten
C: um i'm working that one too i'll have to check my schedule and call back
A: sure no problem
C: okay thanks bye""",
False, 0.0, "neutral", "no slot fits; alternative not taken; deferral"),

("FR41_046", "Sam Whitfield", "2026-11-25T11:45:00", "asr",
"""A: westgate toyota sales sam speaking
C: hey sam it's jordan from yesterday the one with the red corolla
A: jordan hi did you talk it over
C: yeah we did and we're gonna do it we'll put two grand down like we said
A: awesome so the corolla at twenty four five with two thousand down
C: yep
A: and the all weather mats package is one forty nine and paint protection's six ninety five
C: um the mats yes the paint thing no
A: got it mats at one forty nine i'll have the paperwork ready at four
C: four works see you then man i'm pumped""",
True, 149.00, "positive", "car purchase committed ('two grand' down is payment, not upsell); mats 149 yes, paint protection no"),

("FR41_047", "Ines Duarte", "2026-11-25T15:10:00", "asr",
"""A: cascade gas ines speaking
C: hi i'm moving and need gas started at the new place on the first
A: sure what's the new address
C: twenty two oakridge court
A: okay twenty two oakridge court i'll need to run a credit check or take a deposit of one fifty
C: a deposit seriously i've been a customer for like nine years
A: it's a new service address so it's policy sorry
C: ugh fine run the credit check and just set it up for the first
A: done gas starts on the first also we offer a furnace protection plan for eight ninety nine a month
C: no i'm good
A: okay you're all set
C: yeah nine years and i get treated like a stranger""",
True, 0.0, "negative", "new service sign-up committed; protection plan declined; deposit not upsell; resentful"),

("FR41_048", "Kofi Asante", "2026-11-26T10:30:00", "asr",
"""A: sugar and crumb bakery kofi speaking
C: hi um i wanna order a birthday cake for saturday a chocolate one for about twenty people
A: our half sheet chocolate serves twenty five it's sixty five
C: perfect let's do that
A: what should it say
C: happy tenth birthday maya m a y a
A: got it would you like cupcakes for the kids too they're three each
C: oh yeah um two dozen please
A: two dozen at three that's seventy two so cake sixty five plus cupcakes seventy two pickup saturday at ten
C: yes perfect you guys are the best""",
True, 72.00, "positive", "cake ordered; two dozen cupcakes x 3 = 72; guest count/age not prices"),

("FR41_049", "Priya Nair", "2026-11-26T14:25:00", "clean",
"""A: First Harbor Bank cards, this is Priya.
C: Hi, I applied online for the Platinum Rewards card and got a weird message.
A: Let me look. I'm sorry, the application wasn't approved. You'll get a letter with the reasons.
C: Not approved? I've banked with you for six years.
A: I understand. I could start an application for our secured card instead, with a $300 deposit.
C: A secured card? No. I'm not a college kid.
A: Understood. You're welcome to reapply in 90 days.
C: I'll be moving my accounts before then, frankly.""",
False, 0.0, "negative", "application declined by the business, alternative refused"),

("FR41_050", "Marcus Bell", "2026-11-26T09:00:00", "asr",
"""A: big lift movers marcus speaking
C: hi yeah i got your quote for the move on the fourteenth the three bedroom
A: yes four movers and a truck estimated at eleven fifty
C: okay yeah we wanna book it
A: great i'll lock in the fourteenth starting at eight and did you want the packing service it's usually four hundred but with the booking i can do three twenty five
C: um what does that include
A: boxes tape and two guys packing the day before
C: the day before so the thirteenth
A: yes the thirteenth
C: okay yeah that's worth it do the packing at three twenty five
A: booked move on the fourteenth packing on the thirteenth
C: okay thanks""",
True, 325.00, "neutral", "move booked; packing accepted at revised 325 several turns after offer"),

("FR41_051", "Sofia Reyes", "2026-11-27T11:35:00", "asr",
"""A: voltmart support sofia speaking
C: yeah i've been on hold for forty minutes forty
A: i'm so sorry about the wait how can i help
C: the laptop i bought on the second won't turn on and the store says call you and you say go to the store
A: let me look up the order okay i can send a prepaid shipping label for repair
C: repair it's three weeks old i want a new one
A: for returns past fourteen days it has to go through repair i'm sorry
C: unbelievable that's the last thing i ever buy from you people
A: i'll email the label now
C: don't bother i'm disputing the charge""",
False, 0.0, "negative", "support complaint, free repair refused; furious"),

("FR41_052", "Daniel Okafor", "2026-11-27T19:40:00", "asr",
"""A: lucky dragon daniel speaking
C: hi um i wanna order pickup general tso's chicken the large and two egg rolls
A: okay large general tso's and two egg rolls that's eighteen fifty
C: yeah
A: it'll be about an hour and ten tonight we're slammed
C: an hour and ten for pickup
A: sorry it's friday
C: uh no forget it cancel the whole thing i'll go somewhere else
A: okay no problem it's cancelled
C: kind of annoying you didn't say that first""",
False, 0.0, "negative", "order confirmed then whole order cancelled"),

("FR41_053", "Hannah Lindqvist", "2026-11-27T13:13:00", "asr",
"""A: still water spa hannah speaking
C: hi i'd like to book a sixty minute massage for sunday
A: sure i have one o'clock or three thirty
C: three thirty
A: three thirty sunday swedish sixty minutes that's ninety five we also have a hot stone upgrade for twenty
C: yeah is that the one with the warm rocks on your back
A: yes on your back and shoulders
C: okay do the hot stones then
A: booked sunday three thirty with hot stones
C: okay thank you""",
True, 20.00, "neutral", "massage booked; 'yeah' + question, then hot stone upgrade 20 accepted"),

("FR41_054", "Tomas Ruiz", "2026-11-30T10:50:00", "asr",
"""A: hi this is tomas from riverside amphitheater you signed up for presale alerts
C: oh uh yeah
A: the fall lineup presale opened today and we've got the lumineers on october third
C: oh nice
A: pavilion seats are eighty nine each how many would you like
C: um two i guess yeah put me down for two
A: two pavilion seats october third one seventy eight total
C: wait october third that's a thursday right
A: yes thursday
C: oh no i have a work trip that week actually cancel that sorry
A: no problem nothing was charged
C: okay thanks for calling though""",
False, 0.0, "neutral", "commitment retracted later in call"),

("FR41_055", "Aisha Khan", "2026-11-30T12:05:00", "clean",
"""A: Good afternoon, Evergreen Life, Aisha speaking.
C: Hi, I went through the quote online for the 20-year term policy, $500,000 coverage.
A: Yes, I have it here. $38 a month based on your health questionnaire.
C: That's even lower than I expected. Let's go ahead with it.
A: Wonderful. Would you like the child rider? It covers your kids for $10,000 each, for $6 a month total.
C: We have three kids, so is it $6 each?
A: No, $6 a month covers all of them.
C: Then yes, definitely add it.
A: Done. The policy starts on the 1st of next month.
C: Thank you, you made this really easy. I've been putting it off for years.""",
True, 6.00, "positive", "policy bought; child rider 6/month flat (not x3; coverage amounts are not prices)"),

("FR41_056", "Ben Carter", "2026-11-30T15:20:00", "asr",
"""A: hi this is ben with fiberlink we're bringing fiber to your street next month
C: oh really
A: yeah plans start at fifty for five hundred meg
C: mhm
A: and a gig is sixty five
C: yeah
A: do you want me to get you on the install list
C: um yeah i'm interested can you like email me the info first i'm in a contract till march
A: sure what's the email
C: it's t rowe two two at gmail
A: sent
C: okay thanks""",
False, 0.0, "neutral", "interest without commitment; backchannels only"),

("FR41_057", "Mei Chen", "2026-11-04T09:15:00", "asr",
"""A: hi this is mei from precision auto calling about your jetta
C: yeah what's the damage
A: so the water pump is leaking it's six eighty with labor
C: six eighty oh come on
A: i know i'm sorry we also noticed the wiper blades are shot we can do those for thirty
C: you guys always find something
A: just letting you know the pump is the one you need
C: yeah fine do the pump and i guess the wipers too since it's gonna rain all week
A: okay pump and wipers it'll be ready tomorrow by three
C: great another seven hundred bucks gone love it""",
True, 30.00, "negative", "repair approved; wipers 30 accepted; sarcastic"),

("FR41_058", "Luca Romano", "2026-11-05T12:48:00", "asr",
"""A: dreamwell mattress luca speaking
C: hi um i bought the cloud plush like a month ago and it's killing my back
A: oh no we have a hundred night trial so we can swap it
C: oh really i didn't know that
A: yep would you want to try the firm hybrid instead it's actually a hundred less
C: uh yeah firmer is probably better
A: okay so i'll refund the difference and schedule the swap for tuesday between noon and four
C: yeah tuesday works
A: great you're all set
C: wow okay that was way easier than i thought thank you""",
True, 0.0, "positive", "exchange to a different model plus a delivery booked = conversion; refund is not upsell"),

("FR41_059", "Grace Mensah", "2026-11-06T14:30:00", "asr",
"""A: skyway baggage services grace speaking
C: hi i'm calling about my bag it's been five days the file number is s k four four one nine
A: let me check um it's still showing as traced to denver
C: still okay
A: i can approve up to fifty a day for essentials while we locate it
C: okay i appreciate that but i mean i've been wearing the same two shirts since sunday
A: i'm really sorry it's a priority file
C: yeah i know you're doing what you can it's just really not great
A: i'll call you the minute we have an update
C: okay thank you""",
False, 0.0, "negative", "lost bag; reimbursement is not a purchase; polite but negative"),

("FR41_060", "Oliver Hart", "2026-11-09T10:10:00", "clean",
"""A: Renewals team, Oliver here.
C: Hi. Our license for DraftPro expires on the 30th. We want to renew, same 10 seats.
A: Sure. 10 seats annual is $2,400, same as last year.
C: Fine. Renew it.
A: Done. Your team is also close to the storage cap. An extra 1 TB is $120 a year.
C: We're at what, 90%?
A: 93%.
C: Okay, add the terabyte.
A: Added. Invoice goes to billing@kestrelarch.com.
C: Good. Thanks.""",
True, 120.00, "neutral", "renewal; extra storage 120/year accepted"),
]
