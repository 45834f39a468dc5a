CALLS = [
("FR68_041", "Nadine Boucher", "2026-11-16T09:05:00", "asr", """a: valley cable this is nadine
c: hi yeah my promo ended and my bill jumped from ninety to one forty and i want to cancel the tv part
a: i'm sorry about the jump let me see what i can do okay i can put you on a new twelve month promo at a hundred and ten for both tv and internet
c: a hundred and ten is still twenty more than i was paying
a: i understand that's the best retention offer i have on the full package
c: no just cancel the tv i'll keep the internet and stream stuff
a: okay the tv service ends today you'll need to return the two boxes within thirty days
c: and how do i return them
a: any ups store they'll scan the barcode no box needed
c: okay fine
a: your internet alone will be sixty five a month
c: alright honestly you guys make it really hard to stay loyal""",
 False, 0.0, "negative", "retention offer at a hundred and ten refused ('no just cancel the tv'); ends 'you guys make it really hard to stay loyal'"),

("FR68_042", "Owen Gallagher", "2026-11-16T10:20:00", "clean", """A: City Water Services, this is Owen.
C: Hi, I got a notice that my backflow preventer needs its annual test by the end of the month.
A: Yes, we can do that for you. It's $85, and the tech files the certificate with the city directly.
C: Okay, that's easier than finding someone. When's the soonest?
A: Tuesday the 17th between 1 and 5, or Friday the 20th in the morning.
C: The Friday.
A: Friday the 20th, morning window, at 305 Quarry Street, $85 billed to your water account. Is that right?
C: That's right.
A: Booked. While the tech is there, we can also do a water pressure check for $25. Some older homes have pressure that's too high.
C: I'll pass on that one. Pressure's fine.
A: No problem. You'll get a reminder the day before.
C: Okay, thanks.""",
 True, 0.0, "neutral", "'That's right' confirms the $85 test booking; $25 pressure check declined ('I'll pass on that one'); plain"),

("FR68_043", "Yuki Tanaka", "2026-11-16T11:30:00", "asr", """a: redwood savings this is yuki
c: hi um i just got a text about a charge in like romania for nine hundred dollars and that's not me i'm in ohio
a: okay let's take care of that right away can you confirm the last four of the card
c: uh six six zero one
a: thank you i see the charge it's pending so i'm declining it now and blocking the card
c: oh thank god
a: i'll send you a new card it'll arrive in three to five days and you won't be responsible for that charge at all
c: okay okay good
a: we also have an identity monitoring service that watches for your info on the dark web it's nine ninety nine a month if you're interested
c: um maybe let me think about that once i've calmed down a bit
a: of course anything else i can help with
c: no that's it thank you so much you were really fast i was freaking out""",
 False, 0.0, "positive", "monitoring at nine ninety nine a month put off ('let me think about that'); relieved 'thank you so much you were really fast'"),

("FR68_044", "Renee Holloway", "2026-11-16T13:40:00", "clean", """A: Ridgeline Business, this is Renee.
C: Hi. It's Tom from Hatfield Dental. Our internet can't keep up with the new imaging system, so I need the faster plan.
A: Sure, Tom. You're on 200 megabits. The gig plan is $129 a month, up from $89. Want me to move you?
C: Yes, move us.
A: Done. The new speed needs a modem swap, so a tech has to come out. Since you run the imaging software remotely, you might also want a static IP, that's $15 a month.
C: Our IT guy did say we'd need one of those. Yes, add the static IP.
A: Added. And a business phone line is $25 a month if you want to move your phones to us.
C: No, the phones stay where they are.
A: Okay. The tech can come Thursday between 8 and 10.
C: The last time we booked a tech with you, nobody showed up and nobody called. I lost a morning of patients.
A: I'm sorry about that. I'll mark it as priority.
C: Fine. Just make sure someone actually shows up this time.""",
 True, 15.00, "negative", "'Yes, move us' (gig plan, main); 'Yes, add the static IP' at $15 a month; $25 phone line declined; ends with the no-show complaint 'make sure someone actually shows up this time'"),

("FR68_045", "Samuel Adeyemi", "2026-11-17T09:15:00", "asr", """a: cornerstone life samuel speaking
c: hi yeah i need to stop my life insurance it's a hundred and forty a month and i just can't swing it anymore
a: i understand let me look at your options before we cancel because you've built up some cash value
c: okay
a: one option is lowering the coverage from two hundred thousand to a hundred thousand which brings the payment down to seventy two a month and you keep your cash value
c: seventy two hm
a: or if you cancel you'd get the cash value which is about three thousand one hundred right now but you'd have no coverage
c: yeah i don't want no coverage my kids are still little
a: so would you like to drop to the hundred thousand at seventy two
c: yeah i think that's the smart thing okay do that
a: okay done it takes effect on the next payment date the fifth
c: okay um thanks for laying it out""",
 True, 0.0, "neutral", "save offer accepted on a cancellation call: 'okay do that' to reduced coverage at seventy two a month; no add-on; calm"),

("FR68_046", "Fiona MacLeod", "2026-11-17T10:30:00", "clean", """A: Lakeshore Power, Fiona speaking.
C: Hi! We just picked up our first electric car, and I saw you do home charger installs?
A: We do, congratulations. Our standard package is a Level 2 charger, installed, for $1,200, and you'd qualify for the $300 rebate, so $900 after the rebate.
C: That's less than the electrician quoted me. Let's go ahead with that.
A: Great. The charger has a two-year warranty. We also offer a five-year extended warranty for $149, which covers the unit and the labour.
C: Five years for $149? Yeah, add that. These things aren't cheap to replace.
A: Added. And you might want our EV overnight rate. It's free to switch, and charging after 11 pm is about half price.
C: Oh, definitely, switch that too.
A: Done. The installer will call within two days to book a time.
C: This is great, thank you, I was expecting it to be a huge hassle.""",
 True, 149.00, "positive", "'Let's go ahead with that' (charger install, main); 'Yeah, add that' = $149 warranty; free rate switch and rebate not counted; 'This is great'"),

("FR68_047", "Victor Hale", "2026-11-17T11:45:00", "asr", """a: granite trust this is victor
c: hi i applied online for a personal loan yesterday and i haven't heard anything i need it for my car repairs
a: let me check that application for you um okay i'm sorry it looks like it was declined this morning you should get a letter
c: declined why
a: the letter will give the main reasons but usually it's debt to income or credit history
c: i've banked here for eleven years
a: i know and i'm sorry we do have a secured loan option where you'd use your savings as collateral
c: i don't have eight thousand in savings that's why i need a loan
a: understood i can also have someone call you about a smaller amount
c: no don't bother honestly eleven years and this is what i get
a: i'm sorry i'll note your feedback
c: yeah okay bye""",
 False, 0.0, "negative", "loan declined, nothing else taken ('no don't bother'); 'eleven years and this is what i get'"),

("FR68_048", "Amira Haddad", "2026-11-17T13:20:00", "clean", """A: Metrowave, this is Amira.
C: Hi. I'm thinking of switching my family over from Telora. Three lines. I want the actual price, not the ad price.
A: Fair enough. Three lines on Unlimited Go is $105 a month with autopay, taxes and fees included. Without autopay it's $120.
C: And there's no activation fee?
A: There's a $10 activation fee per line, but I can waive it if we set it up today.
C: Okay. That's actually what the ad said, for once. Let's do it, with autopay.
A: Great. I'll need the account numbers and PINs from Telora to port the numbers. Also, we have a streaming add-on, Netflix and Max together for $12 a month, normally $22 separately.
C: We pay for Netflix already, so... $12 for both. Yeah, fine, put that on and I'll cancel mine.
A: Done. So three lines at $105 plus the streaming bundle at $12, $117 a month.
C: Right. Let's see if it's as good as they say.""",
 True, 12.00, "neutral", "'Let's do it, with autopay' (three lines, main); 'Yeah, fine, put that on' = streaming at $12 a month; waived fee not counted; guarded 'Let's see if it's as good as they say'"),

("FR68_049", "Marisol Ferreira", "2026-11-17T14:50:00", "asr", """a: northway mobile marisol speaking
c: hi my phone fell off the roof of my car this morning and it's it's completely dead
a: oh no i'm sorry you have device protection so we can do a claim for a replacement
c: okay good that's why i pay for it
a: so for your model the deductible is a hundred and forty nine dollars and the replacement ships overnight
c: a hundred and forty nine i've paid fifteen a month for three years for that thing
a: i understand it's the deductible tier for the pro models
c: that's kind of ridiculous honestly
a: i know it's not what you wanted to hear do you want me to start the claim
c: no forget it i'll just get a cheap one at the store for that money
a: okay if you change your mind you have sixty days to file
c: yeah i won't that protection plan is a joke honestly""",
 False, 0.0, "negative", "claim refused ('no forget it'); deductible is a fee; 'that protection plan is a joke'"),

("FR68_050", "Dev Raghunathan", "2026-11-17T16:00:00", "clean", """A: Clearline Fiber, Dev speaking.
C: Hi, we just got a flyer saying fiber is available on our street now, finally. I'd like to sign up.
A: Great news. We have 300 meg for $55, 500 for $65 and a gig for $80, all without contracts.
C: The 500 sounds right for us. Let's do that one.
A: Perfect. It comes with a standard router. Our Wi-Fi 7 router is normally $8 a month, but I can do it for $5 with a new signup.
C: Does it make a big difference?
A: In a bigger house, yes. Fewer dead spots.
C: At five, yeah, alright, put it on.
A: Done. Standard installation is free, and the first slot is December 2nd. For $49 we can do an expedited install this Friday.
C: The second is fine. I've waited three years for fiber, I can wait another two weeks.
A: Booked for December 2nd, morning window.
C: Brilliant. Finally. Thanks!""",
 True, 5.00, "positive", "'Let's do that one' (500 plan, main); router revised $8 -> $5, 'At five, yeah, alright, put it on'; $49 expedited install declined; 'Brilliant. Finally.'"),

("FR68_051", "Grace Okafor", "2026-11-18T09:10:00", "asr", """a: harborline insurance grace speaking
c: hey yeah um i'm thinking about buying a motorcycle and i wanted a rough idea what insurance would be before i buy it
a: sure what bike are you looking at
c: a used honda rebel five hundred
a: okay with your driving record and adding it to your existing auto policy it'd be around thirty one dollars a month for full coverage
c: okay that's about what i figured
a: and if you take a safety course there's a ten percent discount
c: mhm i was planning on doing one anyway
a: would you like me to save this quote so we can bind it when you buy
c: yeah save it i'll call you when i actually have the bike
a: it's saved for thirty days under your account
c: alright thanks""",
 False, 0.0, "neutral", "quote only: 'yeah save it' saves a quote, 'i'll call you when i actually have the bike' is a deferral; flat"),

("FR68_052", "Tomasz Nowak", "2026-11-18T10:35:00", "clean", """A: Summit Federal, Tomasz speaking.
C: Hi, I want to rent a safe deposit box. I called the branch twice and nobody picks up, so here I am.
A: I'm sorry about that. I can reserve one for you from here. The small box is $60 a year, the medium is $90.
C: What fits in the small one?
A: About the size of a shoebox lid, two inches deep. Documents, passports, some jewellery.
C: That's enough. The small one.
A: Okay, I'm reserving a small box at the Maple Avenue branch, $60 a year, taken from your checking. You'll need to go in to sign the card and get the keys. Is that okay?
C: Yes, fine. Will anyone be there to answer the door, at least?
A: They're open 9 to 5 weekdays, and I'll add a note so they expect you.
C: I've been trying to reach that branch for a week. It's honestly a mess.
A: I'll pass that on to the branch manager.
C: Sure you will. Okay, bye.""",
 True, 0.0, "negative", "'The small one' + 'Yes, fine' to the $60/year read-back (main, medium not taken); 'It's honestly a mess', sarcastic 'Sure you will'"),

("FR68_053", "Hannah Lindqvist", "2026-11-18T11:50:00", "asr", """a: brightwater energy hannah speaking
c: hiya um i need to book a boiler service it's been well over a year and the landlord's on at me
a: no problem a one off service is ninety five dollars and i've got wednesday the twenty fifth in the morning or friday the twenty seventh in the afternoon
c: friday afternoon please
a: okay friday the twenty seventh between twelve and five ninety five dollars payable on the day is that okay
c: yeah that's fine
a: lovely that's booked and while the engineer's there they can fit a carbon monoxide alarm for thirty five dollars including the alarm
c: oh yeah go on the one in the hall is ancient i don't even know if it works
a: okay added so that's a hundred and thirty in total on the day
c: mhm
a: you'll get a text the day before
c: okay ta""",
 True, 35.00, "neutral", "'yeah that's fine' to the ninety five dollar booking; 'oh yeah go on' = CO alarm at thirty five (the hundred and thirty is the total); flat"),

("FR68_054", "Curtis Bell", "2026-11-18T14:15:00", "clean", """A: Metrowave, Curtis speaking.
C: Hi. I bought the Fold last week and I want to return it. The crease is driving me nuts and the battery's dead by 4 pm.
A: Sorry to hear that. You're within the 14-day window, so that's no problem. There's a $50 restocking fee on opened devices though.
C: Fifty dollars to return a phone that doesn't work properly. Great.
A: I understand. If you'd rather swap it, I can exchange it for the S-series with no restocking fee.
C: I don't want another phone from you right now. I just want my money back.
A: Understood. I'll send a prepaid return label. Once it's received, the refund minus the restocking fee goes back to your card.
C: Can you waive the fee?
A: I can knock it down to $25, that's the most I can do.
C: Fine. Send the label.
A: Sent to your email.
C: Thanks. Lesson learned.""",
 False, 0.0, "negative", "return, exchange refused ('I don't want another phone from you'); fee and refund are not revenue; sarcastic 'Great.', 'Lesson learned.'"),

("FR68_055", "Priya Menon", "2026-11-19T09:20:00", "asr", """a: orchard card services priya speaking
c: hi um so i totally forgot my payment this month i was in the hospital with my dad and i got a thirty nine dollar late fee
a: oh i'm sorry about your dad i hope he's doing okay
c: he's better thanks
a: good so i see you've never been late before so i've gone ahead and removed the late fee
c: oh really just like that
a: just like that and i can set up autopay for the minimum so it doesn't happen again if you want
c: um no i'd rather pay it myself but thank you
a: of course anything else
c: no that's it you've honestly made my week a bit easier thank you""",
 False, 0.0, "positive", "fee waived, autopay declined; nothing bought; 'you've honestly made my week a bit easier'"),

("FR68_056", "Luis Carvajal", "2026-11-19T10:40:00", "clean", """A: Keystone Home and Auto, this is Luis.
C: Hi, my homeowner's renewal came and I wanted to make a couple of changes before it goes through.
A: Sure. The renewal premium is $1,386 for the year. What changes were you thinking?
C: I started renting out the basement on Airbnb, and my brother-in-law said I need to tell you.
A: He's right, otherwise a guest's claim wouldn't be covered. The home-sharing endorsement is $9 a month.
C: Okay, put that on. And I bought an expensive bike this summer, like sixty-five hundred dollars.
A: Anything over $2,500 we schedule separately. For $6,500, that's $7 a month.
C: Yes, that too.
A: So the renewal at $1,386 a year, plus home-sharing at $9 a month and the bike at $7 a month. Shall I finalize it?
C: Yes, that's right, go ahead.
A: Done. You'll get the new declarations in a couple of days.
C: Okay, good. Thanks.""",
 True, 16.00, "neutral", "renewal confirmed 'Yes, that's right, go ahead'; 'put that on' ($9/month endorsement) + 'Yes, that too' ($7/month bike) = 16.00; bike value $6,500 is not a price"),

("FR68_057", "Nadine Boucher", "2026-11-19T11:55:00", "asr", """a: valley cable nadine speaking
c: hi there um i'm looking at my bill and there's a charge for something called a regional sports fee and i don't even watch sports
a: i know that one confuses a lot of people it's a fee the sports networks charge on all tv packages unfortunately
c: oh so everybody pays it
a: everybody with tv yes but i did notice you're still paying for a second box and there's only one box registered
c: oh we returned that one in the summer
a: right so it looks like it was never taken off i've removed it and credited four months at eight dollars so thirty two dollars back
c: oh wow okay thank you i wouldn't have noticed that
a: and since you have the sports fee anyway the sports plus package is only fourteen ninety nine if you ever want it
c: ha no thank you my husband would never leave the couch
a: fair enough anything else
c: no that's lovely thanks for sorting that you're a star""",
 False, 0.0, "positive", "sports package at fourteen ninety nine refused ('ha no thank you'); credit is not revenue; 'thanks for sorting that you're a star'"),

("FR68_058", "Owen Gallagher", "2026-11-19T14:05:00", "clean", """A: City Water Services, Owen speaking.
C: Yeah, I have a shutoff notice on my door. A shutoff notice. I paid that bill on the 3rd.
A: I'm sorry, let me look right away. ... I can see a payment of $87.40 on the 3rd, but it was applied to an account number one digit off from yours.
C: So your system put my money on someone else's bill and then threatened to shut off my water.
A: I'm moving it to your account now, and I've cancelled the shutoff order.
C: And the late fee?
A: Removed as well.
C: Okay. I have two kids, I can't have the water cut off because somebody typed a number wrong.
A: Completely understood. I'm very sorry. Would you like me to set up autopay so it goes straight to the right account?
C: No. I'd like you to not lose my payments.
A: Fair. I've added a note to the account and you'll get a confirmation email.
C: Fine.""",
 False, 0.0, "negative", "billing error fixed, autopay refused; angry throughout, ends 'Fine.'"),

("FR68_059", "Yuki Tanaka", "2026-11-19T15:30:00", "asr", """a: redwood savings this is yuki
c: hi i want to open a savings account for my son he's eight and i was hoping to do it in the branch so he can see it like a little field trip
a: that's a nice idea the junior saver account has no fees and we give the kids a little piggy bank
c: okay can i come in saturday at like ten
a: let me check saturday appointments at the oak park branch um i'm sorry this saturday is fully booked the next saturday opening is the twenty eighth at eleven
c: the twenty eighth hm we're away that weekend
a: weekdays after three there's usually walk in availability
c: okay yeah we'll just walk in one day after school then
a: sounds good just bring his birth certificate and your id
c: okay will do thanks""",
 False, 0.0, "neutral", "requested Saturday slot full, next one refused; 'we'll just walk in one day' books nothing; plain"),

("FR68_060", "Renee Holloway", "2026-11-20T10:15:00", "clean", """A: Ridgeline Communications, Renee speaking.
C: Hi. I'm calling to cancel everything. Internet, phone, all of it.
A: I'm sorry to hear that. May I ask why?
C: I've been billed for a modem rental for six months when I own my modem. I've called three times. Every time someone says it's fixed, and then it's on the next bill again.
A: I see the notes. That's on us, and I'm sorry. I can refund all six months, $72, and give you three months of internet at half price if you'd stay.
C: I appreciate the refund. But no. I just don't trust the billing anymore.
A: Understood. I'll process the refund and the cancellation. Your service will stay on until the 30th.
C: Good. And please make sure there's no modem charge on the final bill.
A: I've flagged it. It will be zero.
C: We'll see. Thanks.""",
 False, 0.0, "negative", "save offer refused ('But no'); cancels; 'I just don't trust the billing anymore', 'We'll see'"),
]
