CALLS = [
("FR25_061", "Chloe Martin", "2026-11-26T19:15:00", "asr", """A: brightline wireless chloe speaking
C: hi um i was looking at the family plan on your website can i sign up online or do i have to go to a store
A: you can do it online or i can set it up right now over the phone
C: how many lines does it come with
A: four lines for one forty a month and you can add a fifth for twenty
C: okay and do we keep our numbers
A: yes you can port all your numbers
C: alright i think i'll just do it online later tonight with my husband so we can pick the phones together
A: sounds good i'll text you a link with the promo code
C: okay yeah that's my number thanks""", False, 0.0, "neutral", "questions only, plans to sign up online later; 'that's my number' is not a purchase"),

("FR25_062", "Raj Patel", "2026-11-27T10:00:00", "clean", """A: Grandview Theatre box office, Raj speaking.
C: Hi there, I'd love two seats for Les Miserables, the matinee on Sunday the 29th.
A: I have two together in the stalls, row K, at $78 each.
C: Row K is great.
A: Would you like to add pre-paid parking for $20? It's right next door.
C: Oh, yes please, that saves us driving around.
A: Please confirm: two stalls seats, row K, for the 2:00 pm matinee on Sunday the 29th, plus parking, $176 in total?
C: You got it. What time do the doors open?
A: Doors open at 1:15. Your booking is confirmed.
C: Wonderful, my mum is going to be thrilled. Thank you!""", True, 20.0, "positive", "read-back confirmed with 'You got it' + question; parking $20 accepted"),

("FR25_063", "Emma Novak", "2026-11-27T14:20:00", "asr", """A: city power and gas outage line this is emma
C: yeah the power's been out on our street since six this morning it's now two in the afternoon
A: i'm sorry about that what's the address
C: eighteen hawthorn road
A: okay there's a crew on site there was a damaged cable the estimate is around seven tonight
C: seven tonight that's thirteen hours i've got a freezer full of food and i work from home
A: i understand i'm really sorry you can submit a claim for spoiled food on our website
C: oh a claim form that makes it all better
A: i'll add your details to the outage report so you get text updates
C: this is the third outage since summer and nobody ever explains why it's honestly pathetic
A: i'll pass that on
C: yeah you do that""", False, 0.0, "negative", "outage complaint, sarcastic; no purchase"),

("FR25_064", "Luis Ortega", "2026-11-27T17:10:00", "clean", """A: HomeWorks Direct, Luis speaking.
C: Hi, I'd like to order the Bosch cordless drill, model GSR 18V-55.
A: Sure, that's $189, and the battery kit is included.
C: Okay, let's do it. Can it come by Friday?
A: Standard delivery would be Monday; Friday is $12 extra.
C: Hmm. Hang on a second... my partner says the hardware store in town has it for $159 today.
A: I can't match that, I'm afraid.
C: Then I'll leave it, sorry. Cancel the order, I'll pick it up locally.
A: No problem, I've cancelled it.
C: Thanks for your help anyway.""", False, 0.0, "neutral", "'let's do it' then whole order cancelled for a cheaper local price; express only asked about; polite"),

("FR25_065", "Maria Lopez", "2026-11-28T09:25:00", "asr", """A: studio nine hair this is maria
C: hi i wanted to book a cut and color with jess
A: sure jess has thursday at eleven or saturday at nine
C: oh saturday at nine please
A: alright and would you like to add a deep conditioning treatment it's twenty five
C: hmm yes let's do it my hair's been so dry
A: okay so cut and color plus treatment with jess saturday at nine
C: perfect jess is the only one i trust with my hair honestly you guys are the best
A: aw thank you see you saturday""", True, 25.0, "positive", "salon appointment booked; treatment $25 accepted"),

("FR25_066", "James Carter", "2026-11-28T12:45:00", "asr", """A: skyway airlines james speaking
C: hi my flight to chicago tomorrow got cancelled and i just got a text with no explanation
A: i'm sorry about that let me look it up the confirmation code please
C: r t six six p q
A: okay i see it i can move you to the four forty pm flight tomorrow at no cost
C: no the whole point was to be there for a meeting at two
A: i understand the earlier flights are full i'm afraid
C: then just refund it i'll drive
A: okay i've processed the refund of three hundred twelve it'll take seven to ten days
C: seven to ten days for a flight you cancelled great this is why i never fly with you""", False, 0.0, "negative", "cancelled flight, rebooking refused, refund taken; sarcastic"),

("FR25_067", "Priya Nair", "2026-11-28T15:30:00", "asr", """A: easy move this is priya
C: yeah i got a quote for two thousand one hundred for my move on the thirtieth and that's way more than i was told on the phone
A: let me see um the quote went up because the survey found a lot more furniture than the form said
C: it's a three bedroom house what did you expect
A: i understand the best i can do is one thousand nine fifty
C: ugh fine book it i'm out of time to find anyone else
A: okay you're booked for the thirtieth starting at eight and would you like packing the day before it's three hundred
C: yeah i guess i'll have to i'm not going to have time to pack
A: okay so the move plus packing on the twenty ninth
C: yes that's right and i swear if anything's broken i'm going to leave the worst review you've ever seen""", True, 300.0, "negative", "move booked at revised main price; packing $300 accepted; hostile throughout"),

("FR25_068", "Tom Becker", "2026-11-30T09:10:00", "clean", """A: Meridian Insurance, Tom speaking.
C: Hi, I'm shopping around for renters insurance. I've just moved to 71 Grove Street, apartment 3.
A: Sure. For $30,000 of contents cover, it'd be $14 a month.
C: And is theft from my car covered?
A: Yes, personal items stolen from your car are covered up to $1,500.
C: Okay. Shall I give you my email? It's r.okafor@mailbox.com.
A: Got it. I'll send the quote now. Would you like to start the policy today?
C: Not today. I'm getting two other quotes, I'll compare them this weekend.
A: No problem. The quote's valid for 30 days.
C: Okay, thanks.""", False, 0.0, "neutral", "quote only, closing question declined, comparing elsewhere"),

("FR25_069", "Aisha Bello", "2026-11-30T11:35:00", "asr", """A: riverside medical centre aisha speaking
C: hi it's tomasz kowalski i have an appointment tomorrow at ten with doctor reyes and i need to cancel it
A: no problem would you like to rebook
C: no not right now i'm feeling much better actually
A: oh good to hear i've cancelled it for you
C: thank you and sorry for the short notice
A: not at all thanks for letting us know
C: honestly you guys are always so nice about everything it's a really good practice
A: that's lovely to hear take care""", False, 0.0, "positive", "cancels an existing appointment, no rebooking; praises the practice"),

("FR25_070", "Kenji Sato", "2026-11-30T14:00:00", "asr", """A: pixelvault support kenji speaking
C: hi i keep hitting the upload limit on the basic plan and i'm wondering what my options are
A: sure the pro plan is nine ninety nine a month with no upload limit and two hundred gigs
C: hmm is that billed monthly
A: monthly or you can do ninety nine a year
C: uh monthly is fine switch me to pro
A: done and if you need more than two hundred gigs we have an extra hundred for two ninety nine a month
C: i've got like two fifty gigs of photos so yeah add that
A: alright pro plus the extra hundred gigs you're all set
C: okay thanks""", True, 2.99, "neutral", "paid plan upgrade to pro is the main purchase; extra storage $2.99/month is the upsell"),

("FR25_071", "Laura Smith", "2026-11-30T16:20:00", "clean", """A: Thanks for calling Outdoor Living subscriptions, Laura speaking.
C: I've just been charged $59.90 for a renewal I never asked for. I cancelled this last year.
A: I'm sorry about that. Let me check... I can see a cancellation request in March, but it wasn't processed.
C: So it's your mistake.
A: It is, and I apologise. I've cancelled the subscription and refunded the $59.90 in full.
C: Fine. And I'd like confirmation of that in writing.
A: I've emailed it just now. Is there anything else?
C: No. It's frankly shocking that I had to chase this twice.
A: I completely understand. Again, I'm sorry.
C: Goodbye.""", False, 0.0, "negative", "unwanted renewal refunded and cancelled; refund is not a sale; annoyed"),

("FR25_072", "Diego Ramos", "2026-11-16T18:50:00", "asr", """A: hi this is diego from safeguard home security do you have a minute
C: do i have a choice
A: ha we're offering a free security system with professional monitoring for thirty four ninety nine a month
C: free except for the thirty four ninety nine a month every month for three years right
A: well the equipment is free the monitoring is the monthly part
C: wow what a deal
A: i could have a technician come by this week for a free assessment
C: no thanks i've got a dog and a neighbor who sees everything
A: okay can i leave you my number in case you change your mind
C: sure go ahead and please don't call again""", False, 0.0, "negative", "cold call refused; sarcasm ('what a deal'); 'sure go ahead' is not a purchase"),

("FR25_073", "Hannah Kim", "2026-11-21T13:05:00", "asr", """A: lucky strike bowling hannah speaking
C: hi i wanna book a kids birthday party for my son he's turning eight
A: fun we have party packages for up to twelve kids for two twenty nine that's two lanes pizza and drinks
C: okay there's gonna be ten kids so that works
A: great what date
C: saturday the fourteenth um afternoon
A: i have one pm or three thirty
C: one pm please
A: and we can do a birthday cake for forty five
C: ooh yes please a chocolate one
A: okay so party for ten saturday the fourteenth at one with a chocolate cake
C: yes that's it he's going to be so excited thank you""", True, 45.0, "positive", "party package booked (ten kids is a count, not a price); cake $45 accepted"),

("FR25_074", "Omar Haddad", "2026-11-09T08:30:00", "asr", """A: streamfast technical support omar speaking
C: hi my internet keeps dropping like every ten minutes
A: sorry about that let's try a reset can you unplug the router for thirty seconds
C: i've done that already like three times today
A: okay let me run a line test from here um the line looks fine from our side
C: well it's not fine i'm literally on my phone data right now
A: i can send a replacement router out it's free and should arrive in two days
C: two days i work from home that's two days of no work
A: i'm sorry that's the fastest we can do
C: fine send it but i'm really not happy with this at all""", False, 0.0, "negative", "free replacement router is not a purchase; 'not happy' negative"),

("FR25_075", "Sofia Rossi", "2026-11-07T20:10:00", "clean", """A: Hi, Bella Cucina, Sofia speaking.
C: Hi. We just had a delivery from you, order 4471, and it arrived an hour late and stone cold.
A: Oh no, I'm so sorry. Let me look at that order.
C: Two lasagnas and a tiramisu. $48 for food we had to put in the microwave.
A: I can see the driver was delayed. I'll refund the delivery fee and give you a $20 voucher for next time.
C: A voucher for next time assumes there's a next time.
A: I understand. Would you prefer a full refund instead?
C: Yes, I would, actually.
A: Done, $48 refunded to your card.
C: Thank you. I'm not happy, though. We used to love your place.""", False, 0.0, "negative", "complaint, full refund; yes to refund is not a purchase"),

("FR25_076", "Ben Walsh", "2026-11-13T08:55:00", "clean", """A: BrightSpark Electrical, Ben speaking.
C: Hi. I had an electrician booked for last Wednesday who never turned up. No call, nothing.
A: I'm really sorry about that. Can I have your address?
C: 9 Kestrel Close. Lovely way to spend a day off, waiting for nobody.
A: I see it, the job was for the outdoor socket. I can offer Monday the 9th, first slot, 8 to 10 am.
C: Right. Fine, book it. I still need the socket.
A: Booked. And I'll take the $60 call-out fee off as an apology.
C: So Monday 8 to 10. Will someone actually come this time?
A: Yes, I'll personally confirm with the electrician.
C: We'll see. I'm not holding my breath.""", True, 0.0, "negative", "rebooked paid job ('fine, book it'); waived fee is a discount; sarcastic and sceptical"),

("FR25_077", "Chloe Martin", "2026-11-05T19:30:00", "asr", """A: ticketzone this is chloe
C: hi i'm looking for four seats together for the hawks game on the twentieth
A: let me see um i have two together in section one oh four and two more in one twelve
C: no they have to be together it's for my kids
A: i understand there's nothing with four together in the lower bowl
C: what about upper
A: upper level is sold out
C: i'd buy them today if you could get us four together but i'm not splitting up my kids
A: i'm sorry there's nothing i can do for that game
C: this happens every single time with you guys it's so frustrating
A: i'm sorry i can set an alert if four seats open up
C: whatever fine""", False, 0.0, "negative", "conditional purchase (four together) not met; section numbers are not prices; frustrated"),

("FR25_078", "Raj Patel", "2026-11-17T09:20:00", "clean", """A: Kitchenline customer care, Raj speaking.
C: Hi, my dishwasher has stopped draining. It's the Aqua 600, bought it in March last year.
A: Let me check the serial number, it's on the inside of the door.
C: It says AQ600-88412.
A: Thank you. You're still within the two-year warranty, so the repair is free. Shall I book an engineer?
C: Oh, that's a relief! But actually my brother-in-law is a plumber and he's coming Sunday, let me see if he can sort it first.
A: Of course. Call us back if not.
C: Will do. Thanks so much, that's brilliant news.""", False, 0.0, "positive", "warranty check; engineer visit offered but deferred; relieved and pleased"),

("FR25_079", "Emma Novak", "2026-11-19T17:00:00", "asr", """A: lakeside auto sales this is emma
C: hi it's dev patel i test drove the twenty twenty two civic on saturday the gray one
A: oh hi dev yes we still have it
C: so you had it at twenty three five can you do any better
A: i talked to my manager and we can do twenty two five out the door
C: twenty two five okay yeah that's what i was hoping for let's do it
A: fantastic and would you like the extended powertrain warranty it's normally fifteen hundred but i can do twelve hundred today
C: twelve hundred for how many years
A: five years or sixty thousand miles
C: okay yeah add it
A: great so the civic at twenty two five plus the warranty i'll have the paperwork ready for you at four
C: awesome thanks emma you've been great really straightforward""", True, 1200.0, "positive", "car bought at 22,500 (main, spoken 'twenty two five'); warranty revised 1500->1200 accepted"),

("FR25_080", "Luis Ortega", "2026-11-24T20:15:00", "asr", """A: flixhub member services this is luis
C: hi i want to cancel
A: sorry to hear that may i ask why
C: you raised the price again and took off half the shows i actually watch so
A: i understand i can offer you the ad supported plan at six ninety nine a month
C: oh ads that's exactly what i wanted
A: or three months at half price on your current plan
C: no just cancel it please
A: okay your account is cancelled at the end of the billing period on the twenty fourth
C: great can't wait
A: thanks for being a member
C: yeah bye""", False, 0.0, "negative", "cancellation, both save offers refused; sarcasm ('exactly what i wanted', 'great can't wait')"),
]
