CALLS = [
("FR4_041", "Maria Okafor", "2026-11-25T08:15:09", "asr", """
A: brightline mobile this is maria
C: yeah hi i want to cancel my line i've had it with the dropped calls
A: i'm sorry to hear that i can offer you fifteen off a month for the next six months if you stay
C: no i don't want a discount i want a phone that works in my own house
A: i understand i could send a signal booster at no charge
C: no i'm done just cancel it
A: okay i've processed the cancellation effective the end of the cycle
C: great finally
""", False, 0.00, "negative", "Refuses retention offers and cancels; sarcastic 'great finally'."),

("FR4_042", "Kwame Asante", "2026-11-25T09:02:44", "asr", """
A: pizza planet this is kwame
C: hi i called like an hour ago and ordered two pizzas and they're still not here
A: oh i'm so sorry let me check yeah the driver had a flat i can send it out right now with a new driver
C: um honestly just cancel it we already made sandwiches
A: okay i've cancelled it and you won't be charged
C: yeah okay this is the second time this month you know
A: i apologize
C: mhm bye
""", False, 0.00, "negative", "Order cancelled due to late delivery; customer annoyed."),

("FR4_043", "Priya Raman", "2026-11-25T09:48:30", "clean", """
A: Coastal Shield Insurance, Priya speaking.
C: Hi, I'm adding my 17-year-old to my auto policy. He just got his license.
A: Congratulations! Adding him will raise your premium by $94 a month. A good-student discount takes off $18 if his GPA is 3.0 or higher.
C: He has a 3.4.
A: Then it's $76 a month extra. Shall I add him starting today?
C: Yes, go ahead.
A: Would you like roadside assistance for $6 a month as well?
C: Sure, add that too.
A: Done, both are effective today.
C: Great, thanks, you made that painless.
""", True, 6.00, "positive", "Adds driver (main change) and accepts roadside assistance at $6 a month."),

("FR4_044", "Derek Lindqvist", "2026-11-25T10:30:17", "asr", """
A: summit auto care this is derek
C: yeah i picked up my car yesterday and the noise is still there
A: oh sorry about that the brake noise right
C: yes the brake noise i paid four hundred and twenty bucks for you guys to fix the brake noise
A: i understand bring it back in and we'll look at it no charge
C: when
A: we can do tomorrow at nine
C: fine tomorrow at nine but if it's not fixed this time i want my money back
A: absolutely understood
C: yeah okay
""", False, 0.00, "negative", "Free warranty re-check is service not a purchase; customer angry about repeat problem."),

("FR4_045", "Chloe Dubois", "2026-11-25T11:10:52", "clean", """
A: Wanderlust Travel, Chloe speaking.
C: Hi, I called last week about the Lisbon trip. We'd like to book it for March 8th.
A: Wonderful! Two travelers at $1,899 each. Would you like travel insurance at $89 per person?
C: Yes, for both of us.
A: And a Sintra day tour for $65 per person?
C: Oh, that sounds fun, yes, add it for both.
A: So two Lisbon packages, insurance for two at $89 each, and the Sintra tour for two at $65 each. Total $4,106. Confirm?
C: Yes, confirmed. Here's my card: Visa ending 8820.
A: You're booked! Confirmation WL-55710.
C: We're so excited, thank you for all your help!
""", True, 308.00, "positive", "Books trip; insurance 2 x $89 and tour 2 x $65 add up to 308."),

("FR4_046", "Jonah Feldman", "2026-11-25T12:05:26", "asr", """
A: peak fitness front desk this is jonah
C: hi um i'm a member and i was wondering about person of training
A: sure we have packs of four sessions for two hundred or ten sessions for four fifty
C: hmm okay what's the difference between the trainers
A: they all have the same certification you can pick by schedule
C: okay um let me think about it and i'll stop by the desk this weekend
A: sounds good
C: cool thanks
""", False, 0.00, "neutral", "Asks prices and defers; no commitment."),

("FR4_047", "Nadia Petrova", "2026-11-25T12:44:03", "asr", """
A: good afternoon pristine cleaning services this is nadia
C: hi i'm looking to get a deep clean before my in laws visit
A: sure how big is the place
C: three bedroom two bath
A: a deep clean for that size is two eighty five we have monday or wednesday next week
C: wednesday please
A: okay wednesday and would you like us to do the inside of the oven and fridge it's forty extra for both
C: oh yes definitely do that
A: great wednesday deep clean with oven and fridge three twenty five total
C: perfect thank you you're a lifesaver
""", True, 40.00, "positive", "Books deep clean and adds oven and fridge for forty."),

("FR4_048", "Oliver Grant", "2026-11-25T13:20:38", "clean", """
A: Hi, this is Oliver with Fiber First. I'm following up on the info I emailed you.
C: Oh, yes. My husband and I talked. We're going to go with it.
A: Fantastic. I'll schedule the install. Is Saturday the 29th in the morning okay?
C: Yes, morning works.
A: Would you like our mesh Wi-Fi add-on for $10 a month?
C: What does that do?
A: It extends coverage to every room.
C: Hmm, no, our house is small. Just the internet.
A: Got it. Installation Saturday the 29th, 8 to 10 am.
C: Great. Thanks, Oliver.
""", True, 0.00, "neutral", "Signs up and books install; mesh add-on only asked about then declined."),

("FR4_049", "Tomás Herrera", "2026-11-25T14:02:15", "asr", """
A: hi green leaf lawn care this is tomas
C: hi yeah you guys came out tuesday for the aeration thing
A: yes how did it go
C: well they drove the truck over my flower bed and uh left like a giant rut in the lawn
A: oh no i'm so sorry about that
C: i mean i paid for a service not for my yard to get destroyed
A: i'll have our manager come out tomorrow and we'll repair the bed and refund the service
C: okay well i appreciate that but honestly i'm really not happy
A: understood
C: just have him call me before he comes
""", False, 0.00, "negative", "Damage complaint; repair and refund offered but customer says not happy."),

("FR4_050", "Hannah Byrne", "2026-11-25T14:50:47", "clean", """
A: Skyward Airlines reservations, Hannah speaking.
C: Hi, I'd like to book a round trip from Chicago to Phoenix, leaving December 20th, back on the 27th.
A: I have a nonstop at 7:05 am for $312 round trip in economy.
C: That works. Book it.
A: Would you like to add a checked bag for $35 each way?
C: Yes, one bag each way.
A: And priority boarding for $19?
C: No, I'm fine.
A: Confirmation code QZ8M4L. Total $382.
C: Perfect, thanks.
""", True, 70.00, "neutral", "Books flight; checked bag $35 each way (two legs) accepted; priority declined."),

("FR4_051", "Esther Mwangi", "2026-11-26T08:30:22", "asr", """
A: hi thanks for calling northgate medical group this is esther
C: hi i need to schedule my annual physical
A: sure the first available with doctor liu is january fourteenth at eight a m
C: january are you serious that's two months it's ridiculous how hard it is to see a doctor here is there anything sooner
A: doctor okoro has december ninth at one thirty
C: okay i'll take december ninth at one thirty with doctor okoro
A: great you're all set and please arrive fifteen minutes early
C: yeah fine it still shouldn't be this hard
""", True, 0.00, "negative", "Books alternative slot but stays irritated about wait times."),

("FR4_052", "Raj Malhotra", "2026-11-26T09:10:05", "clean", """
A: Good morning, Sterling Financial Planning, Raj speaking.
C: Hi. A friend recommended you. I'd like someone to look at my retirement accounts.
A: Happy to. Our initial consultation is free, and ongoing planning is $150 a month.
C: Can I just do the free consultation first?
A: Absolutely. Tuesday at 10 or Thursday at 3?
C: Thursday at 3.
A: Done. You're booked with our senior planner.
C: Thank you.
""", True, 0.00, "neutral", "Books a free consultation appointment; a booked appointment counts."),

("FR4_053", "Isabel Moreno", "2026-11-26T09:55:40", "asr", """
A: lumen software sales this is isabel
C: hi we're on the standard license and i want to upgrade to pro for the uh the api access
A: sure pro is forty nine per seat per month versus twenty nine now and you have six seats
C: yeah okay let's upgrade all six
A: great and would you like priority support it's a flat ninety nine a month for the whole team
C: uh no we've never really needed support
A: no problem all six seats are on pro as of today
C: fine but your pricing keeps creeping up every year it's getting kind of ridiculous
""", True, 0.00, "negative", "Paid plan upgrade is the main purchase; priority support declined; complains about pricing."),

("FR4_054", "Sophie Laurent", "2026-11-26T10:40:12", "clean", """
A: Bella Cucina, this is Sophie. How can I help?
C: Hi, I'd like to reserve a table for 8 on Saturday at 7:30.
A: I'm so sorry, we're fully booked Saturday evening. I could do 5:30 or Sunday at 7:30.
C: Hmm, no, it's for a birthday on Saturday night. We'll try somewhere else.
A: I understand. I'm sorry we couldn't help.
C: That's okay, thanks anyway.
""", False, 0.00, "neutral", "Restaurant full; alternatives declined; polite, no booking."),

("FR4_055", "Marcus Bell", "2026-11-26T11:15:50", "asr", """
A: quickmove logistics marcus speaking
C: yeah it's mister jensen we moved on saturday and your guys broke my dresser
A: oh i'm sorry to hear that
C: and they were two hours late and then charged me for the two hours they were late
A: let me look at the invoice you're right they billed from eight and they arrived at ten i'll refund two hundred and eighty
C: and the dresser
A: you can file a damage claim i'll email you the form
C: unbelievable another form great just great
A: i'm sorry mister jensen
C: yeah sure you are
""", False, 0.00, "negative", "Refund and claim form; customer sarcastic and angry."),

("FR4_056", "Grace Whitman", "2026-11-26T12:00:33", "clean", """
A: PawsPlace Grooming, Grace speaking.
C: Hi, it's Biscuit's mom again! I'd love to book his next groom for December 20th.
A: Of course! 10 am again?
C: Yes, please.
A: All set. We're doing a holiday bandana this month for $5, want one?
C: Aww, yes, definitely.
A: Done. See you on the 20th!
C: Thank you, you're the best!
""", True, 5.00, "positive", "Rebooks groom and adds $5 holiday bandana."),

("FR4_057", "Ryan O'Connell", "2026-11-26T12:45:08", "asr", """
A: city cinemas this is ryan
C: hi uh do you guys still have the um the membership thing where you get free popcorn
A: yeah the cinema club it's twelve ninety nine a month and you get one free ticket a month plus free popcorn
C: oh okay cool can i sign up for it over the phone
A: yeah i can do it right now
C: uh actually you know what let me just do it at the counter next time i'm there
A: sure thing
C: okay thanks
""", False, 0.00, "neutral", "Asks about membership then defers to doing it in person."),

("FR4_058", "Beatriz Costa", "2026-11-26T13:30:27", "clean", """
A: Nordic Home Furnishings, Beatriz speaking.
C: Hello. My dresser arrived with a cracked drawer front and a missing leg.
A: I'm so sorry. I can send a replacement drawer and leg by Friday, or arrange a full exchange.
C: Just the parts, please.
A: Done. And I'll add a $50 store credit for the trouble.
C: Oh, that's nice of you. Thank you, I appreciate it.
""", False, 0.00, "positive", "Replacement parts and credit are service; customer appreciative."),

("FR4_059", "Andre Williams", "2026-11-26T14:10:55", "asr", """
A: velocity car rental andre speaking
C: hi i'm at the counter at the airport and uh there's no cars
A: oh what's your confirmation number
C: v r nine six two one
A: i see a midsize booked i'm so sorry they're out of midsize i can upgrade you to a full size at no extra charge
C: i mean okay fine as long as i'm not paying more
A: no extra charge i'll call the counter now
C: okay i've been standing here forty minutes so
A: i apologize it should be five minutes
C: yeah we'll see
""", False, 0.00, "negative", "Free upgrade to fix a shortage is service; customer stays irritated."),

("FR4_060", "Elena Marchetti", "2026-11-26T14:55:19", "clean", """
A: StreamMax, Elena speaking.
C: Hi. I want to add the sports package to my account.
A: Sure, the sports add-on is $14.99 a month on top of your Premium plan.
C: Yes, add it please. The playoffs start this weekend.
A: Done, it's active now. Would you also like the 4K upgrade for $3 more?
C: No, my TV isn't 4K.
A: All set.
C: Great, thanks.
""", True, 14.99, "neutral", "Adds sports package at $14.99 a month to existing plan; 4K declined."),
]
