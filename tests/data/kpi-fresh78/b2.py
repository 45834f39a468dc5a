CALLS = [
    ("FR78_021", "Sofia Lindqvist", "2026-11-10T16:40:00", "clean", """A: Gearworks Transmission, Sofia speaking.
C: It's Dana Whitfield again. The Explorer is slipping between second and third. Again.
A: I'm sorry, Ms. Whitfield. From the diagnostic, the valve body needs replacing. That's $1,150.
C: You replaced the solenoid in August for $600 and told me that was the problem.
A: I understand. The solenoid was failing too, but the valve body is the root cause.
C: Right. Of course it is.
A: I can have it in Tuesday at 8 and back to you Wednesday.
C: Fine, book it. I need the car. But this is the last time I'm paying you to guess.
A: Booked for Tuesday at 8.
C: Mm.""", True, 0.00, "negative", "books repair under protest; main price only"),

    ("FR78_022", "Tom Whitaker", "2026-11-11T09:00:00", "asr", """a: tread right tyres tom here
c: hey i got your quote for the four all seasons on my f one fifty
a: yeah the bf goodrich trail terrains one forty nine each
c: yeah let's do it i want them on before the snow
a: great we can fit them monday at nine also with those do you want road hazard protection it's twenty two per tyre covers punctures and sidewall damage for three years
c: twenty two a tyre yeah do it on all four the roads out here are brutal
a: okay so four tyres plus road hazard on all four monday nine am
c: perfect thanks man really appreciate you guys fitting me in so fast""", True, 88.00, "positive", "road hazard $22 x 4 = 88; tyre price is main"),

    ("FR78_023", "Aisha Rahman", "2026-11-11T10:30:00", "clean", """A: Hi, this is Aisha from DriveSure Warranty. You requested a quote on our website?
C: I did, for my 2019 Highlander. I just wanted to see the numbers.
A: Our Platinum plan is $2,280 for five years, or $38 a month. It covers nearly every component. Let's get started!
C: Whoa, hold on. I never said yes to anything.
A: Of course, sorry. I just meant we can start the paperwork whenever you're ready.
C: Send me the contract. I want to read the exclusions before I agree to anything.
A: I'll email it now. Is it still tina.moreau@fastmail.com?
C: Yes, that's my email.
A: Sent. Call back with any questions.
C: Okay.""", False, 0.00, "neutral", "agent's words alone; yes to email"),

    ("FR78_024", "Kevin Doyle", "2026-11-11T13:45:00", "asr", """a: roadready assist this is kevin
c: hi i want to get roadside cover for my car what have you got
a: we've got essentials at nine ninety nine a month and premium which adds trip interruption and rental car cover
c: how much is premium
a: it's twenty nine a year more than essentials
c: um no just the basic one is fine i don't really travel
a: okay so essentials at nine ninety nine a month shall i set it up
c: yeah go ahead
a: done your card's on file and cover starts tonight
c: okay thanks""", True, 0.00, "neutral", "premium only asked about; basic bought"),

    ("FR78_025", "Mei Tanaka", "2026-11-11T15:20:00", "clean", """A: Northway Car Rental, Mei speaking.
C: Hi, I have a reservation for a midsize sedan this weekend, confirmation NW-60344. I'm now taking four friends skiing.
A: Fun! So you'll want more space. I can upgrade you to a Ford Explorer for $25 more a day.
C: Does it have all-wheel drive?
A: It does, and a roof box on request.
C: Then yes, upgrade me. That's going to save us a lot of stress.
A: Done. Explorer, same pickup time Friday at 5 pm, your new confirmation is NW-60345.
C: Amazing. Thank you, you've been really helpful.""", True, 25.00, "positive", "paid upgrade $25/day counted once"),

    ("FR78_026", "Luis Ortega", "2026-11-12T08:50:00", "asr", """a: gleam studio detailing luis speaking
c: hi i'd like to book the full detail for my highlander
a: sure the full detail is two twenty and i can do saturday at eight
c: saturday at eight yeah book it
a: booked the engine bay on that model tends to get dusty engine bay cleaning is normally forty five but i can do thirty for you with the full detail
c: yeah throw that in for thirty
a: great full detail plus engine bay saturday eight am
c: sweet cheers you guys are the best""", True, 30.00, "positive", "add-on revised 45 -> 30 accepted"),

    ("FR78_027", "Grace Mensah", "2026-11-12T11:10:00", "clean", """A: PartsDirect customer service, Grace speaking.
C: I ordered a water pump for a 2014 Jetta and you sent me one for a Passat. That's the second wrong part in a row.
A: I'm so sorry. Can I have the order number?
C: PD-772190.
A: I see it. I'll issue a full refund of $112.60 and a prepaid return label.
C: I don't want a refund, I want the right part. My car has been sitting on jack stands for a week.
A: The correct pump is out of stock at our warehouse, so the refund is all I can do right now.
C: Great. Just great.
A: The refund will show in 3 to 5 business days.
C: Sure. I'll believe it when I see it.""", False, 0.00, "negative", "refund is not a purchase; sarcasm"),

    ("FR78_028", "Owen Price", "2026-11-12T14:00:00", "asr", """a: hi this is owen at valley honda sales
c: hi yeah i want to come drive the cr v hybrid and maybe trade in my civic
a: great we can do both in one visit the appraisal is free how about tuesday at six
c: tuesday at six works book me in
a: done test drive and trade in appraisal tuesday at six bring the civic and its logbook
c: cool i've been wanting to do this for ages thanks so much""", True, 0.00, "positive", "test drive + free appraisal booked"),

    ("FR78_029", "Fatima Zahir", "2026-11-12T16:35:00", "clean", """A: Halden Motors service, Fatima speaking.
C: Hi, I got a text saying my car is due for an oil change.
A: Yes, let me just confirm your details. Is your number still 555-0148?
C: Yes, that's my number.
A: Great. I could hold Tuesday at 8 am for you. Shall I book it?
C: No, I'll need to check my shifts first. I'll call back.
A: No problem, we're open until 6.
C: Okay, thanks.""", False, 0.00, "neutral", "yes to phone number; declined to book"),

    ("FR78_030", "Ben Carter", "2026-11-13T09:15:00", "asr", """a: quickfit tyre and auto ben speaking
c: hi i've got a nail in my back left tyre can you fix it today
a: yep we've got a gap at one thirty puncture repair is twenty five
c: one thirty's good book it please
a: done while it's in we can fill all four with nitrogen it's five bucks a tyre
c: eh sure do all four
a: okay puncture repair plus nitrogen in all four see you at one thirty
c: okay""", True, 20.00, "neutral", "nitrogen $5 x 4 = 20"),

    ("FR78_031", "Julia Novak", "2026-11-13T10:55:00", "clean", """A: DriveSure claims, Julia speaking.
C: I'm calling about claim 48801. My turbo failed and I got a letter saying it's denied.
A: Let me look. It says the claim was denied because the oil change records show a gap of 11,000 miles.
C: I gave you every receipt. One service was 500 miles late.
A: I'm sorry, the plan terms require changes every 10,000 miles.
C: I've paid you $54 a month for three years and you deny the first claim on a technicality.
A: I can send it for a second review, but I can't promise a different outcome.
C: This is ridiculous. I'm done with you people.""", False, 0.00, "negative", "claim denial; no purchase"),

    ("FR78_032", "Sam Adeyemi", "2026-11-13T13:30:00", "asr", """a: roadready assist sam speaking
c: hiya we're driving to scotland for christmas and i want proper breakdown cover
a: our premium plan is fifty nine ninety nine a year covers you anywhere in the country plus home start
c: that's the one sign me up
a: great and for long trips i'd suggest trip interruption cover it pays for a hotel if you break down far from home it's fifteen a year
c: ooh yes add that my mum would love that peace of mind
a: done premium plus trip interruption you're covered from today
c: brilliant thank you so much that was painless""", True, 15.00, "positive", "trip interruption $15/yr"),

    ("FR78_033", "Priya Nair", "2026-11-16T09:40:00", "clean", """A: Coastline Rentals, Priya speaking.
C: Hi, I need a pickup truck from the Eastgate branch for Saturday and Sunday. I'm moving apartments.
A: Let me check... I'm sorry, Eastgate has no trucks left that weekend.
C: None at all?
A: None. The nearest one is at the airport branch, 40 minutes away.
C: I don't have a way to get to the airport without a car. That's the whole problem.
A: I understand. I can put you on the waitlist at Eastgate.
C: No, don't bother. Well, that's disappointing. I booked you because you said you had trucks.
A: I'm sorry about that.""", False, 0.00, "negative", "unavailable; nothing booked"),

    ("FR78_034", "Marcus Bell", "2026-11-16T11:05:00", "asr", """a: riverside ford service marcus speaking
c: hi my escape's at sixty thousand miles what's the service for that
a: the sixty k service is spark plugs fluids and a full inspection it's four ninety
c: yeah let's do it can i drop it thursday morning
a: thursday at seven thirty is free the tech also flagged your battery it's testing weak a new one is one sixty nine
c: okay yeah put the battery on too
a: okay sixty k service plus battery thursday seven thirty
c: wait actually skip the battery my brother's got a spare one in his garage he'll put it in
a: no problem just the sixty k service then
c: yep just that thanks""", True, 0.00, "neutral", "battery add-on accepted then retracted; main booking stands"),

    ("FR78_035", "Hannah Okafor", "2026-11-16T14:25:00", "clean", """A: Shine Bros Detailing, Hannah speaking.
C: Hi! My dad just got a new truck and I'd love to get him a detailing gift card for his birthday.
A: What a lovely idea. We do them in any amount. Most people go for $150, that covers a full detail on a truck.
C: Let's do $150 then.
A: Sure. I'll email it to you, or we can post a printed card.
C: Printed, please. He doesn't really do email.
A: It'll go out today to the address on your order.
C: Wonderful, he's going to love it. Thank you!""", True, 0.00, "positive", "gift card purchase; main price"),

    ("FR78_036", "Diego Ramirez", "2026-11-17T10:10:00", "asr", """a: metro mazda this is diego
c: hi i got a text about a trade in offer for my cx five it said fourteen thousand five hundred
a: yes that's a guaranteed offer if the car matches what you told us online
c: okay that's actually better than i expected
a: we just need to see the car can you come in for an appraisal appointment how's saturday at eleven
c: yes saturday at eleven works
a: booked ask for me at reception
c: great thank you this has been really smooth""", True, 0.00, "positive", "appraisal appointment booked; offer amount not a price paid"),

    ("FR78_037", "Aisha Rahman", "2026-11-17T13:00:00", "clean", """A: Valley Honda parts, Aisha speaking.
C: Hi, how much is an OEM air filter for a 2021 Accord 1.5T?
A: The genuine Honda one is $32.
C: And do you carry aftermarket?
A: We don't, only genuine parts.
C: Okay. I saw a Fram one online for $14, I'll probably just order that.
A: No problem. Anything else?
C: No, that's it. Thanks.""", False, 0.00, "neutral", "price question only"),

    ("FR78_038", "Kevin Doyle", "2026-11-17T15:45:00", "asr", """a: brakeline auto kevin speaking
c: hi it's rob i got your voicemail about the brakes
a: yeah hi rob so the front pads are down to two millimetres and the rotors are lipped the pads and rotors are three eighty nine
c: ugh figures okay do it
a: will do your brake fluid's also dark want a fluid flush for seventy nine ninety nine
c: yeah go on then if it needs it
a: so to confirm front pads and rotors plus brake fluid flush four sixty eight ninety nine total ready monday by five
c: you got it
a: great see you monday
c: cheers kevin you've always been straight with me""", True, 79.99, "positive", "flush $79.99; read-back confirmed"),

    ("FR78_039", "Mei Tanaka", "2026-11-18T09:25:00", "clean", """A: Hello, this is Mei calling from National Vehicle Protection about your car's extended warranty.
C: Oh wonderful. The fourth call this week about my car's warranty. You must really care about me.
A: Our records show your coverage may be expiring soon.
C: My car is a 2003 Buick with 240,000 miles. I don't think it ever had coverage.
A: We offer plans for high mileage vehicles starting at $79 a month.
C: No thanks. Please stop calling this number.
A: I'll make a note.
C: Sure you will.""", False, 0.00, "negative", "sarcasm; refusal"),

    ("FR78_040", "Luis Ortega", "2026-11-18T12:15:00", "asr", """a: splash n go car wash luis speaking
c: hey i'm at your place like three times a week i should probably just get the monthly thing
a: yeah the unlimited wash club is nineteen ninety nine a month so it pays for itself pretty fast
c: sign me up then
a: done and for ten more a month you get the ceramic tier which adds the ceramic sealant every wash
c: ten more oh go on then upgrade me
a: okay unlimited wash club with the ceramic tier your tag will be in the post
c: nice thanks that's great""", True, 10.00, "positive", "ceramic tier +$10/mo"),
]
