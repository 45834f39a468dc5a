CALLS = [
("FR37_041", "Omar Haddad", "2026-11-25T09:33:40", "asr", """A: hi this is omar from quickline auto calling about your camry that's in for the sixty thousand mile service
C: oh no what is it
A: so the tech found the front brake pads are down to about two millimeters
C: of course it's always something
A: pads are two eighty installed and he also recommends rotors for one ninety
C: mhm
A: the rotors are borderline they could go another few months
C: just the pads then
A: okay so i'm approving the front pads for two eighty
C: yeah whatever do the pads when can i pick it up
A: should be ready by four thirty
C: great there goes my christmas budget""", True, 280.00, "negative", "add-on repair on an existing service order: pads $280 accepted, rotors declined; grudging and sarcastic"),

("FR37_042", "Priya Nair", "2026-11-25T13:05:11", "clean", """A: Crestmont Bank, Priya speaking.
C: Hi, I'm thinking about refinancing my mortgage and wanted to talk to someone.
A: Our mortgage advisors do a free 45-minute consultation. Would you like to book one?
C: What would I need to bring?
A: Your last statement and two recent pay stubs.
C: Okay. Do you have anything Tuesday afternoon?
A: Tuesday at 2 or at 3:30.
C: 3:30, please.
A: You're booked with Daniel Reyes on Tuesday at 3:30 at the Main Street branch.
C: Okay, thanks.""", True, 0.0, "neutral", "free advisor appointment booked = conversion (booking/appointment); no upsell"),

("FR37_043", "Sam Carter", "2026-11-26T10:48:29", "asr", """A: zipcar rentals this is sam how can i help
C: hi i need a car in denver from the third to the eighth
A: okay a midsize is forty five a day so five days is two twenty five
C: yeah that's fine let's book it
A: great so midsize denver airport pickup on the third at noon return on the eighth correct
C: correct
A: do you want a gps it's twelve a day
C: uh yeah for the whole rental i don't trust my phone in the mountains
A: okay gps for all five days and our full coverage is twenty nine a day
C: no my credit card covers that
A: perfect you're all set
C: cool thanks""", True, 60.00, "neutral", "rental confirmed; GPS $12/day x 5 days = 60; coverage declined"),

("FR37_044", "Elena Rossi", "2026-11-26T15:22:03", "asr", """A: hi this is elena from summit roofing following up on the estimate we sent
C: oh hi yes i got it thank you
A: did you have any questions on the eleven thousand four hundred
C: um not really it was very thorough
A: great so would you like to get on the schedule for december
C: honestly i'm going to go with another company they quoted eight five and can start next week
A: i see is there anything i can do on price
C: no i don't think so they were really great on the phone and had amazing reviews
A: understood well thank you for considering us
C: thanks for your time though""", False, 0.0, "negative", "declined in favour of a cheaper competitor it praises; polite but negative toward this company"),

("FR37_045", "Marcus Hill", "2026-11-27T08:15:57", "clean", """A: Fibrewave billing, Marcus speaking.
C: Hi, I'd like to pay my bill. It's $74.18, I think.
A: That's right. Which card would you like to use?
C: The Visa ending in 4421.
A: Payment processed. Would you like to set up autopay? It's free and saves you $5 a month.
C: No, I prefer to pay it myself.
A: No problem. Anything else?
C: When is the next one due?
A: December 27th.
C: Okay, thanks.""", False, 0.0, "neutral", "paying an existing bill is not a purchase; free autopay declined"),

("FR37_046", "Nina Petrova", "2026-11-27T17:39:44", "asr", """A: dreamwell mattress this is nina
C: hi i tried the cloud hybrid in your store and i want to order the queen
A: great the queen is eight ninety nine with free delivery
C: yes let's do that
A: and pillows to go with it they're forty nine each
C: we need two
A: two pillows and we also have the waterproof protector it's sixty nine
C: mhm
A: so i'll add the protector too
C: oh no i didn't say yes to that just the mattress and the two pillows
A: sorry about that just the mattress and two pillows
C: no worries honestly that was the comfiest bed i've ever laid on i can't wait""", True, 98.00, "positive", "mattress ordered; 2 pillows x $49 = 98; 'mhm' was not acceptance of protector, explicitly refused; pleased"),

("FR37_047", "Raj Mehta", "2026-11-28T20:14:18", "asr", """A: tony's pizza raj speaking
C: yeah i just got my delivery and it's ice cold and there's no wings
A: oh no i'm really sorry about that
C: we waited an hour and fifteen minutes
A: i can refund the wings and give you a credit for a free pizza next time
C: i don't want a next time i want the food i paid for
A: i understand i'll refund the whole order then
C: yeah do that
A: it's done you'll see it in a few days
C: this is the last time we're ordering from you guys seriously""", False, 0.0, "negative", "complaint, refund; 'yeah do that' agrees to a refund, not a purchase; angry"),

("FR37_048", "Chloe Dubois", "2026-11-28T11:02:36", "clean", """A: Peak Fitness, this is Chloe!
C: Hi, I toured your gym yesterday and I'd like to sign up for the standard membership.
A: Great! That's $49 a month with no joining fee this week.
C: Sign me up.
A: Done! We also have a starter pack of 4 personal training sessions for $200.
C: Okay, yes, I'll do the training sessions too.
A: Great, I'll schedule the first one. Does next Monday work?
C: Hmm, actually, let me hold off on the training until after the holidays. Just the membership for now.
A: No problem, I've removed the sessions.
C: Thanks. What are your hours on weekends?
A: 7 to 9 on Saturdays and Sundays.
C: Okay, good.""", True, 0.0, "neutral", "membership signed up; training pack accepted then retracted; neutral"),

("FR37_049", "Maria Lopez", "2026-11-29T14:55:09", "asr", """A: brightline telecom this is maria
C: hi i'm due for an upgrade and i want the new pixel
A: nice choice that's forty one sixty six a month over twenty four months
C: yep let's do it
A: great i'll put that through do you want a screen protector it's thirty nine ninety nine installed
C: sure yeah do the screen protector
A: and the pixel buds pro are one seventy nine
C: if they come in white yeah
A: they do in porcelain white
C: okay then add them
A: perfect so the phone the protector and the white buds
C: awesome this was way less painful than i expected thank you""", True, 218.99, "positive", "upgrade (main, monthly installment); protector 39.99 + buds 179 (condition met) = 218.99"),

("FR37_050", "Dev Patel", "2026-11-29T09:27:51", "asr", """A: shieldguard antivirus support this is dev
C: you auto renewed me for eighty nine ninety nine without asking
A: i'm sorry about that the renewal notice went out in october
C: i never got any notice and i uninstalled it in june
A: i understand i can offer the renewal at half price
C: no i want my money back
A: okay i'm processing a full refund and turning off auto renew
C: yeah
A: you'll get an email confirmation
C: unbelievable that this is even legal""", False, 0.0, "negative", "refund and cancellation; discounted renewal declined; angry"),

("FR37_051", "Jonas Berg", "2026-11-30T16:40:22", "clean", """A: Safeway Mutual, Jonas speaking.
C: Hi, my son just got his license and I need to add him to our auto policy.
A: Congratulations to him! Let me get his details. Date of birth?
C: March 3rd, 2010.
A: Okay. Adding him raises your premium by $68 a month.
C: Oh. I was expecting something more like $40.
A: Teen drivers are the highest-risk group, unfortunately.
C: I see. Go ahead and add him, I guess.
A: Done. Would you like roadside assistance for him? It's $4 a month.
C: Yes, add that.
A: Added. Your new card is in the app.
C: Okay. Oh well, I suppose that's just what it costs now.""", True, 4.00, "negative", "paid policy change accepted; roadside $4/month accepted; quietly disappointed about price"),

("FR37_052", "Aisha Khan", "2026-11-30T10:19:38", "asr", """A: greenleaf energy this is aisha
C: hi um i'm behind on my bill and i got a disconnection notice
A: okay let's see you have two hundred and sixty owed
C: yeah i lost my job in september
A: i'm sorry to hear that i can set up a payment arrangement of sixty five a month for four months and stop the disconnection
C: really you can do that
A: yes and no late fees
C: yes please that would help so much
A: done you're set up the notice is cancelled
C: thank you so much you've been so kind i was dreading this call""", False, 0.0, "positive", "payment arrangement on an overdue bill is not a purchase; grateful"),

("FR37_053", "Tom Reilly", "2026-11-01T12:36:14", "asr", """A: clearview optometry this is tom
C: hi i need an eye exam i think my prescription changed
A: sure i have monday at nine or thursday at five thirty
C: thursday at five thirty
A: okay thursday at five thirty is booked are you a contact lens wearer
C: i want to try contacts actually
A: then we'd add a contact lens fitting it's sixty five
C: is that covered by insurance
A: usually not the fitting
C: okay yeah add the fitting anyway
A: done see you thursday
C: thanks""", True, 65.00, "neutral", "exam booked; fitting $65 accepted after insurance question"),

("FR37_054", "Grace Obi", "2026-11-01T17:08:47", "asr", """A: greenway lawn care this is grace
C: hi i want to stop service for the winter
A: sure i can pause it from december through march
C: yeah
A: and we do offer snow removal it's three hundred for the season
C: no
A: it includes driveway and walkway
C: honestly the guys you sent last month drove the mower right through my flower beds so no
A: oh i'm so sorry i didn't see that noted
C: yeah nobody ever called me back about it either
A: i'll flag that for the manager
C: sure you will""", False, 0.0, "negative", "pause of service is not a purchase; snow removal declined; sarcastic, unresolved complaint"),

("FR37_055", "Kenji Sato", "2026-11-02T11:51:26", "clean", """A: Taskloom billing, Kenji speaking.
C: Hi, I accidentally bought the annual plan yesterday instead of monthly. Can you fix that?
A: Sure. The annual was $144. I can refund it and you can switch to monthly any time.
C: Just the refund for now, I'm still deciding.
A: Refund issued. It takes 3 to 5 days.
C: That's it? No hoops?
A: No hoops.
C: Wow, thanks for being so easy about it. That's refreshing.""", False, 0.0, "positive", "refund only, no new purchase (switch deferred); pleased"),

("FR37_056", "Lena Fischer", "2026-11-03T13:44:05", "asr", """A: bounce zone parties this is lena
C: hi i want to book a birthday party for my son on the fourteenth we're expecting about eighteen kids
A: fun the party package is three ninety nine for two hours at two or at four
C: two o'clock please
A: okay two o'clock on the fourteenth is booked do you want our pizza add on it's eight per kid
C: yeah
A: that includes a drink
C: yeah okay pizza for all eighteen
A: perfect and goody bags are five each
C: nah i'm making those myself
A: sounds good you're all set
C: amazing he is going to lose his mind thank you""", True, 144.00, "positive", "party booked; pizza $8 x 18 kids = 144 (count stated earlier); goody bags declined"),

("FR37_057", "Omar Haddad", "2026-11-03T09:58:31", "clean", """A: Westgate Collision, Omar speaking.
C: Hi, I have a dent in my rear door, about the size of a fist. Can you give me a rough price?
A: From the photo you sent, paintless dent repair would be around $450.
C: How long would it take?
A: Usually one day.
C: Okay. I'll think about it. I might go through my insurance.
A: Sure. Would you like me to pencil you in for next week?
C: No, not yet. I'll call back.
A: No problem.
C: Thanks.""", False, 0.0, "neutral", "quote only; deferral"),

("FR37_058", "Priya Nair", "2026-11-04T15:12:40", "asr", """A: crestmont bank this is priya
C: hi i want to open a savings account
A: sure our high yield savings pays point five percent
C: oh wow point five percent i'm gonna be rich
A: it's one of the better rates in the area
C: sure it is
A: do you want me to open it today
C: yeah okay open it i need somewhere to put the money
A: done it's open we also offer a safe deposit box for sixty a year
C: no
A: okay you're all set
C: yeah okay whatever""", True, 0.0, "negative", "account opened (sign-up) = conversion; safe deposit box declined; sarcastic about the rate"),

("FR37_059", "Sam Carter", "2026-11-05T18:27:19", "asr", """A: wayfarer travel this is sam
C: hi i need a hotel in chicago for the tenth and eleventh near the convention center
A: the lakeshore grand has a king for two nineteen a night
C: okay book that
A: great two nights the tenth and eleventh at the lakeshore grand under your name correct
C: yes correct
A: and would you like breakfast for twenty two a day
C: sure
A: okay i'll add
C: oh wait hold on my boss just texted the trip is off cancel all of it sorry
A: no problem nothing is booked
C: ugh sorry about that thanks""", False, 0.0, "neutral", "booking and breakfast confirmed then whole booking cancelled in the call; no conversion, no upsell"),

("FR37_060", "Elena Rossi", "2026-11-05T08:44:57", "asr", """A: fixright appliance repair this is elena
C: hi my washer won't drain can someone come out
A: yes the service visit is ninety five i have friday morning
C: friday morning works
A: great you're booked for friday between eight and eleven we can also clean the dryer vent while we're there it's seventy nine
C: seventy nine that's more than the last guy charged
A: i can do sixty nine since we're already there
C: okay sixty nine deal
A: perfect both on friday
C: great thanks elena you've been super helpful""", True, 69.00, "positive", "visit booked; vent cleaning re-priced 79->69 and accepted"),
]
