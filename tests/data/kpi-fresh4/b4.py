CALLS = [
("FR4_061", "Victor Petrov", "2026-11-27T08:20:14", "asr", """
A: ironclad home security victor speaking
C: yeah hi my alarm has gone off three times this week for no reason at like three in the morning
A: i'm sorry about that it sounds like a faulty motion sensor
C: ya think
A: i can send a tech out friday and replace it there's no charge under your warranty
C: friday fine whatever
A: and while he's there would you like to add a glass break sensor it's forty nine
C: are you seriously trying to sell me something right now no
A: understood sorry friday between ten and twelve
C: yeah
""", False, 0.00, "negative", "Warranty service visit; add-on refused angrily; sarcasm."),

("FR4_062", "Naomi Sato", "2026-11-27T09:05:40", "asr", """
A: clearview vision center naomi speaking
C: hi i had my exam friday and i wanted to order the glasses
A: great did you pick out frames
C: yeah the the tortoise ones the um marlow frames
A: okay the marlow frames with your lenses come to two sixty after insurance would you like anti glare coating it's sixty
C: yes definitely the glare at night is awful
A: and blue light filtering for another thirty five
C: uh no just the anti glare
A: okay so marlow frames lenses and anti glare three twenty total shall i place the order
C: yes please go ahead
A: done they'll be ready in about ten days
C: awesome thank you i love these frames
""", True, 60.00, "positive", "Orders glasses with sixty anti glare; blue light declined."),

("FR4_063", "Samuel Whitford", "2026-11-27T09:44:12", "clean", """
A: Bright Smile Dental, Sam speaking.
C: Hi, this is Karen Liu. I'm calling back to reschedule the cleaning I cancelled.
A: Of course. We have December 3rd at 9 am or December 5th at 2 pm.
C: December 5th at 2, please.
A: You're booked. Would you like to add a fluoride treatment? It's $35 and not covered by your plan.
C: Hmm, I'll decide when I'm there.
A: No problem.
C: Thanks, bye.
""", True, 0.00, "neutral", "Books cleaning; fluoride add-on deferred, not accepted."),

("FR4_064", "Leah Goldstein", "2026-11-27T10:30:58", "asr", """
A: riverside veterinary leah speaking
C: hi it's about mochi we were in on saturday
A: oh yes how is she doing
C: she's eating again thank god um the doctor said to get the kidney diet food
A: yes the renal formula we have the eight pound bag for fifty four ninety nine
C: can i get two bags
A: sure two bags at fifty four ninety nine each that's a hundred and nine ninety eight you can pick up anytime today
C: great thank you all so much she's doing so much better
""", True, 0.00, "positive", "Buys two bags of food as the main purchase, not an add-on."),

("FR4_065", "Fatima Haddad", "2026-11-27T11:15:36", "clean", """
A: Crestview Bank, Fatima speaking.
C: Hi. I called about the CD last week. I tried to open it online and the site kept crashing.
A: I'm sorry about that. I can open it for you now.
C: Fine, let's just do it by phone. $10,000 in the 12-month CD.
A: Great, transferring $10,000 from checking ending 2210. Please confirm?
C: Yes, that's correct.
A: Done, your CD is open at 4.35%.
C: Okay. Your website really needs work, though. That was a waste of an evening.
""", True, 0.00, "negative", "Opens CD via phone after confirmation but is negative about the website."),

("FR4_066", "Carmen Ruiz", "2026-11-27T12:02:09", "asr", """
A: secure life insurance this is carmen
C: hi um you called me a couple weeks ago about the term life
A: oh yes hi
C: so we talked about it and um we want to go with the two hundred fifty thousand one instead
A: sure that one was twenty one a month so shall i start the application
C: yes let's do that
A: great i'll email you the forms to sign and i'll need your date of birth
C: it's march fourth nineteen eighty six
A: perfect thank you
C: thank you you were really patient with us
""", True, 0.00, "positive", "Commits to smaller policy; date of birth is not a price."),

("FR4_067", "Hiroshi Tanaka", "2026-11-27T12:48:50", "clean", """
A: Keystone Solar, Hiroshi speaking.
C: Hi, I got a call from your company three times today. Please stop calling me.
A: I'm sorry about that. I'll add your number to our do-not-call list.
C: Yes, that's my number, the one ending 5522.
A: Done. You won't hear from us again.
C: Good. It's been really irritating.
""", False, 0.00, "negative", "Do-not-call request; 'yes' confirms a number, not a purchase."),

("FR4_068", "Zara Ahmed", "2026-11-27T13:30:24", "asr", """
A: bloom and vine this is zara
C: hi i wanted to send flowers to my mom for her birthday tomorrow
A: sure we have the sunshine bouquet for fifty nine or the deluxe for eighty nine
C: the sunshine one is good
A: would you like to add a box of chocolates for eighteen
C: um yeah sure and can you also add a balloon
A: the balloon is six
C: yep
A: okay sunshine bouquet chocolates and a balloon eighty three total delivered tomorrow to um
C: four oh five cedar court
A: got it
C: perfect she's gonna love it thanks
""", True, 24.00, "positive", "Orders bouquet plus chocolates eighteen and balloon six."),

("FR4_069", "Benjamin Clarke", "2026-11-27T14:10:46", "asr", """
A: lakeside symphony box office ben speaking
C: hi i bought two tickets for the nutcracker and i need to exchange them for the evening show
A: let me see um the evening show on the nineteenth is sold out i'm afraid
C: oh what about the twentieth
A: the twentieth at seven thirty i have two seats in the balcony
C: oh it'd have to be orchestra
A: sorry no orchestra left that night
C: okay um never mind i'll just keep the matinee
A: okay no changes then
C: okay thanks
""", False, 0.00, "neutral", "Exchange not possible; keeps existing tickets; nothing new bought."),

("FR4_070", "Lucas Ferreira", "2026-11-27T14:55:31", "clean", """
A: Metro Power and Gas, Lucas speaking.
C: Hi. The meter reader came, and my bill was corrected. I'm calling to say thanks.
A: That's great to hear!
C: Also, I saw you have a fixed-rate plan. How does that work?
A: You lock in 11.2 cents per kWh for 24 months. There's a $150 early exit fee.
C: Sign me up for that.
A: Done. It starts on your next bill.
C: Wonderful. Honestly, you turned this around.
""", True, 0.00, "positive", "Signs up for fixed-rate plan; earlier frustration resolved."),

("FR4_071", "Esther Mwangi", "2026-11-28T08:25:03", "asr", """
A: northgate medical group esther speaking
C: yeah i've been trying to get my lab results for a week and nobody calls me back
A: i'm sorry let me check your chart um i see the results came in on monday
C: monday and nobody told me
A: i apologize the doctor has to review them first i can have her nurse call you today
C: yes call me back today please i'm at the same number
A: okay i've sent the message
C: fine i just don't get why this takes so long it's really frustrating
""", False, 0.00, "negative", "Yes to a callback is not a purchase; frustrated throughout."),

("FR4_072", "Daniel Kim", "2026-11-28T09:12:45", "clean", """
A: CloudDesk, Daniel speaking.
C: Hi Daniel. The CFO approved it. Let's move to Business for 15 users.
A: Excellent. That's $180 a month from today. Want to add the advanced security pack for $2 per user per month?
C: How much is that in total?
A: $30 a month for 15 users.
C: Yes, add it.
A: Done. Both are active.
C: Thanks.
""", True, 30.00, "neutral", "Plan change plus security pack at $30 a month for 15 users."),

("FR4_073", "Nadia Petrova", "2026-11-28T09:58:21", "asr", """
A: pristine cleaning nadia speaking
C: hi yeah um your team was here wednesday
A: yes how was everything
C: honestly it was kind of a mess they missed the whole upstairs bathroom
A: oh i'm so sorry about that i'll send them back tomorrow to do it no charge
C: okay
A: would ten a m work
C: yeah ten works
A: great and again i'm sorry
C: it's fine i mean i'm glad you're fixing it but it wasn't great
""", False, 0.00, "negative", "Free re-clean is service; customer remains dissatisfied."),

("FR4_074", "Felix Wagner", "2026-11-28T10:35:17", "clean", """
A: Alpine Ski Rentals, Felix speaking.
C: Hi, I have a booking, AS-3391. We want to add a lesson for the kids.
A: Group lessons are $75 per child for a half day.
C: Two kids, the morning of the 28th.
A: Two kids at $75, that's $150. Shall I add it?
C: Yes, please.
A: Added! Anything else?
C: No, that's it. Thanks a lot, this is going to be a fun trip.
""", True, 150.00, "positive", "Adds lessons, 2 x $75, to existing rental booking."),

("FR4_075", "Lily Chen", "2026-11-28T11:20:40", "asr", """
A: bright path tutoring lily speaking
C: hi um so my son did the trial session thursday and he actually really liked it
A: oh that's wonderful to hear
C: so we want to do the eight session package
A: great that's three twenty minus the forty five you already paid so two seventy five
C: yeah that's fine go ahead
A: and we also have an sat prep add on for ninety it's three extra sessions
C: um maybe next year he's only a sophomore
A: makes sense i'll set up the package
C: thank you this has been really great
""", True, 0.00, "positive", "Buys package; SAT add-on deferred; the forty five credit is a discount."),

("FR4_076", "Jamal Turner", "2026-11-28T12:05:04", "asr", """
A: great lakes auto glass jamal speaking
C: hi this is about my appointment wednesday at eleven
A: yes the windshield for the civic
C: yeah i need to cancel it my insurance is covering it through another shop
A: okay no problem i'll cancel the appointment and the coating too
C: yeah thanks
A: anything else
C: nope that's it
""", False, 0.00, "neutral", "Cancels an existing appointment; nothing bought."),

("FR4_077", "Sophie Laurent", "2026-11-28T12:50:33", "clean", """
A: Bella Cucina, Sophie speaking.
C: Hi, do you do catering for office lunches?
A: We do! Our lunch trays are $18 per person with a 10-person minimum.
C: Okay. For 20 people on December 10th at noon.
A: That's $360. Would you like to add tiramisu for $4 per person?
C: Sure, for all 20.
A: So 20 lunch trays and 20 tiramisu, $440. Shall I confirm the order?
C: Yes, that's right. Please deliver to 900 Market Street, suite 400.
A: Confirmed!
C: Thanks.
""", True, 80.00, "neutral", "Catering order with tiramisu $4 x 20 = 80; address numbers not prices."),

("FR4_078", "Raj Malhotra", "2026-11-28T13:30:15", "asr", """
A: sterling financial planning raj speaking
C: hi yeah i came in for the free consultation thursday
A: yes of course how did it go
C: honestly the guy spent the whole hour pushing me to roll everything into your managed fund
A: i'm sorry you felt that way
C: i felt like i was at a used car lot not a financial planner
A: i'll pass that along would you like to meet with a different planner
C: no thanks i'm good i'm not interested anymore
A: understood
C: bye
""", False, 0.00, "negative", "Complaint about pushy consultation; declines new meeting."),

("FR4_079", "Rosa Jimenez", "2026-11-28T14:15:57", "asr", """
A: horizon wireless rosa speaking
C: hi i want to buy the new phone the um the pick sell one
A: sure the pixel nine is seven ninety nine or thirty three twenty nine a month for twenty four months
C: the monthly one please
A: okay and do you want device protection for eleven a month
C: uh how much did you say
A: eleven a month
C: okay yeah add it i always break my phones
A: ha okay pixel nine on the monthly plan with protection confirm
C: yep confirmed
A: great it ships tomorrow
C: cool thanks
""", True, 11.00, "neutral", "Buys phone on installments and adds protection at eleven a month."),

("FR4_080", "Ingrid Solberg", "2026-11-28T14:58:26", "asr", """
A: fresh bowl delivery ingrid speaking
C: hi i'd like to order um one salmon bowl
A: sure anything else
C: no just that
A: okay that's fifteen fifty with delivery do you want to
C: wait actually you know what cancel it my roommate just said she's cooking
A: no problem i've cancelled it
C: sorry about that thanks
""", False, 0.00, "neutral", "Order cancelled by the customer at the end of the call."),
]
