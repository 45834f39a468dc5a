CALLS = [
("FR22_061", "Nina Petrova", "2026-11-25T18:40:00", "clean", """A: Good evening, this is Nina from the Daily Courier about your subscription.
C: My subscription? I cancelled that in May.
A: I see the print cancellation, yes. We'd love to have you back with digital access at $4.99 a month, and the Sunday print edition for another $3.
C: No. I cancelled because you kept charging me after I asked you to stop.
A: I'm sorry to hear that. I can note the account.
C: And the delivery guy threw the paper in the sprinkler every single morning.
A: I apologize. Is there anything that would bring you back?
C: No. Please don't call me again.
A: I'll remove your number from our list.
C: Thank you.""",
 False, 0.0, "negative", "outbound win-back with bundle refused; complaints; final thanks is routine"),

("FR22_062", "Ravi Shah", "2026-11-25T11:12:00", "asr", """A: alpine lodge reservations this is ravi
C: hi i wanna book two nights for new year's eve the thirtieth and thirty first
A: let me check oh i'm sorry we're completely sold out for new year's
C: the whole lodge
A: yes every room i do have the second through the fourth of january
C: no that's the whole point it was new year's we go every year
A: i'm sorry i can put you on the cancellation list
C: no don't bother i guess we'll figure something else out kind of a bummer
A: i'm sorry again
C: yeah me too bye""",
 False, 0.0, "negative", "sold out; alternative dates and waitlist declined; disappointed"),

("FR22_063", "Chloe Dubois", "2026-11-26T09:55:00", "clean", """A: GadgetLane, Chloe speaking.
C: Hi! I'm ordering two of the Tab S10 tablets for my kids for Christmas.
A: Fun! Those are $449 each. Would you like the keyboard cover? It's $129.
C: For one tablet or both?
A: That price is per cover.
C: Then two covers, one for each. They'll use them for school.
A: Two tablets and two keyboard covers. Gift wrap is free, would you like it?
C: Yes please, that'd be great!
A: Your order is placed, arriving by the 12th.
C: Wonderful, thank you so much, that was easy.""",
 True, 258.00, "positive", "tablets bought; 2 covers x $129 = 258; free gift wrap not counted"),

("FR22_064", "Evan Brooks", "2026-11-26T15:20:00", "asr", """A: streamly customer care this is evan
C: hi i'd like to cancel my subscription please
A: i can help can i ask why you're leaving
C: we just don't watch it much anymore nothing wrong with it really
A: i can offer you three months at half price which would be seven ninety nine a month
C: that's nice of you but no thanks we really just don't use it
A: understood i've cancelled it and you'll have access until the twenty eighth
C: okay great thank you
A: anything else
C: nope that's it bye""",
 False, 0.0, "neutral", "cancellation; save offer politely declined; 'nothing wrong with it'"),

("FR22_065", "Priya Nair", "2026-11-27T10:03:00", "clean", """A: EventSphere, Priya speaking.
C: The Nightjar show on the 8th was cancelled two weeks ago and I still don't have my refund. $230.
A: I'm sorry. I see the refund was initiated on the 3rd. It can take up to 10 business days.
C: Ten business days. You took my money in about ten seconds.
A: I understand the frustration. I can offer a $20 credit toward a future event.
C: I don't want credit, I want my money.
A: Of course. The refund will still go through; the credit would be in addition.
C: Fine, whatever. I'm not buying anything else from you anyway.
A: I've escalated the refund for priority processing.
C: Great. We'll see.""",
 False, 0.0, "negative", "refund complaint; credit is not a purchase; sarcastic"),

("FR22_066", "Marcus Bell", "2026-11-27T13:44:00", "asr", """A: greenedge lawn care this is marcus
C: hi my neighbor uses you guys and i'm thinking about the monthly service
A: sure for a quarter acre lot the monthly mowing and edging is one hundred forty a month
C: okay and that's every week
A: every week april through october and twice a month otherwise
C: alright let's start that
A: great we also recommend fall core aeration it's seventy five for your lot size
C: what does that do exactly
A: it loosens the soil so the roots get water and fertilizer better
C: okay sure do the aeration too
A: you're set first visit next tuesday with aeration the same day
C: okay sounds good""",
 True, 75.00, "neutral", "lawn service started; aeration 75 accepted after explanation"),

("FR22_067", "Sofia Reyes", "2026-11-02T16:30:00", "clean", """A: Crescent Bank lending, Sofia speaking.
C: Hi, I'm looking at refinancing my car loan. I'm at 8.9% right now.
A: We're at 5.74% APR for 48 months for your credit tier, if you qualify.
C: What would my payment be on about $18,000?
A: Roughly $420 a month.
C: That's about $60 less than I pay now. Interesting.
A: Would you like me to start the application?
C: Let me look at my budget this weekend and I'll call back Monday.
A: Sounds good. I'll send you the rate sheet.
C: Okay, thanks.""",
 False, 0.0, "neutral", "refinance inquiry, deferred; rates and balances not purchases"),

("FR22_068", "Daniel Okafor", "2026-11-03T15:15:00", "asr", """A: westgate auto this is daniel calling about your camry
C: finally it's been in since tuesday
A: i know sorry we were waiting on parts the front brakes need pads and rotors that's four sixty
C: yeah i figured go ahead and do the brakes
A: okay also your cabin air filter is pretty dirty it's forty to replace
C: forty for a filter
A: i can do it for thirty five since we kept the car so long
C: fine do the filter too just get it done today
A: it'll be ready by five
C: it better be this took forever
A: understood
C: yeah bye""",
 True, 35.00, "negative", "outbound: brake job approved; filter revised 40 -> 35 and accepted; impatient"),

("FR22_069", "Hannah Weiss", "2026-11-05T10:50:00", "clean", """A: FixRight Appliance, Hannah speaking.
C: My fridge isn't cooling. It's a Whirlpool, about six years old.
A: We can send a technician. The diagnostic is $89, applied to the repair if you go ahead. I have Thursday 8 to 12.
C: Thursday morning works, book it.
A: Booked. We also offer a yearly service plan for $149 that covers the diagnostic and 20% off repairs.
C: No, let's see what's wrong first.
A: Sure. Thursday, 8 to 12, at 52 Birch Court. Correct?
C: Yes, correct.
A: You'll get a text when the tech is on the way.
C: Okay.""",
 True, 0.0, "neutral", "repair visit booked; service plan $149 declined"),

("FR22_070", "Tom Lindqvist", "2026-11-06T12:35:00", "asr", """A: sunward vacations this is tom
C: hi we wanna book the cancun package for two the one with the all inclusive resort
A: great for december twelfth to the seventeenth that's two thousand six hundred for both of you including flights
C: perfect let's do it
A: wonderful would you like travel insurance it's eighty nine per person
C: uh sure add it for both
A: okay that's one seventy eight
C: oh wait actually my credit card has travel insurance already take the insurance off
A: no problem it's removed so just the package
C: great we're so excited this is our first real vacation in years
A: you'll get your documents by email
C: thank you so much""",
 True, 0.0, "positive", "package booked; insurance 2 x 89 accepted then retracted"),

("FR22_071", "Aisha Karim", "2026-11-09T17:05:00", "clean", """A: Hello, this is Aisha from Meridian Card Services. You're pre-approved to upgrade to our Platinum card.
C: Oh. Thanks, but no.
A: It has 3% back on travel and the annual fee is only $95 the first year.
C: Honestly, I've had a lot of trouble with your card already. Two declined charges abroad this summer even after I set a travel notice.
A: I'm sorry about that experience.
C: I appreciate you saying so, but I'm actually planning to close the account, not upgrade it.
A: I understand. Would you like me to transfer you to account services?
C: Not today. Thank you for your time.""",
 False, 0.0, "negative", "outbound upgrade refused; polite but negative about the card"),

("FR22_072", "Jake Moreno", "2026-11-10T16:12:00", "asr", """A: harmony music studio this is jake
C: hi my daughter wants to start piano lessons she's nine
A: great we have weekly half hour lessons for one hundred twenty a month
C: okay and is there a time after school
A: wednesdays at four with miss park
C: that's perfect let's sign her up
A: wonderful she'll need the beginner book set we sell it here for twenty five or you can order it
C: oh we'll just get it from you that's easier
A: great i'll have the books ready at her first lesson next wednesday
C: she's gonna be thrilled thank you""",
 True, 25.00, "positive", "lessons signed up; book set 25 taken in indirect words"),

("FR22_073", "Leah Fischer", "2026-11-12T09:02:00", "clean", """A: Northline Internet support, Leah speaking.
C: My internet has been down since last night. I've restarted the modem four times.
A: I'm sorry. Let me run a remote reset... The modem isn't responding to the signal.
C: So what now?
A: It looks like a line issue. The earliest technician slot is next Friday.
C: Next Friday? That's nine days. I work from home.
A: I understand. I can credit your account for the days you're without service.
C: A credit doesn't help me do my job. Your competitor down the street offers next-day repairs.
A: I've flagged it in case an earlier slot opens up.
C: Don't bother. I'm calling them today to switch.""",
 False, 0.0, "negative", "outage; technician slot not booked; credit not a sale; praises competitor"),

("FR22_074", "Omar Haddad", "2026-11-13T08:48:00", "asr", """A: haulright truck rental this is omar
C: yeah i need a fifteen foot truck saturday morning and this time i want it actually clean
A: i'm sorry was there a problem last time
C: last time the truck had trash in the back and the gas tank was a quarter full and you charged me to fill it
A: i apologize for that i've noted your account let me check saturday yes i have a fifteen footer at eight am twenty nine ninety five plus mileage
C: fine book it
A: booked would you like a furniture dolly for ten dollars and a dozen moving pads for fifteen
C: yeah add both i guess
A: okay truck dolly and pads for saturday at eight
C: and i'm taking pictures when i pick it up this time
A: understood
C: yeah we'll see""",
 True, 25.00, "negative", "truck booked; dolly 10 + pads (a dozen for 15) = 25; distrustful"),

("FR22_075", "Grace Liu", "2026-11-16T19:58:00", "clean", """A: Saffron House, Grace speaking.
C: Hi. I just got my delivery order and everything is cold, and the naan is missing.
A: I'm so sorry. Can I have the order number?
C: 4482. We ordered at 6:15 and it showed up at 7:40.
A: I see it. The driver was delayed. I'll refund the full $54.
C: Okay. That's something, I suppose.
A: Would you like us to remake the order and send it now, no charge?
C: No, we already made sandwiches. It's kind of ruined the evening, honestly.
A: I understand. The refund will show in 3 to 5 days.
C: Fine. Thanks.""",
 False, 0.0, "negative", "complaint; refund, free remake declined; no purchase"),

("FR22_076", "Ben Carter", "2026-11-18T18:22:00", "asr", """A: hi this is ben from clearpath internet just checking in on your new service how's it been going
C: oh it's been great honestly way better than our old provider
A: that's awesome to hear we also have a faster gig plan for twenty more a month if you ever want it
C: nah we're good the speed's been plenty for us
A: totally understandable
C: the installer was really nice too tell him thanks
A: i will was that lamar
C: yeah lamar he was great
A: i'll pass it on have a great evening
C: you too thanks for checking in""",
 False, 0.0, "positive", "outbound check-in; upgrade declined; praises service"),

("FR22_077", "Nina Petrova", "2026-11-20T11:26:00", "clean", """A: Luxe Hair Studio, Nina speaking.
C: Hi Nina! Can I book a cut and color with Jasmine next week?
A: Jasmine has Wednesday at 10 or Friday at 1:30.
C: Friday at 1:30, please.
A: Done. Would you like to add a deep conditioning treatment? It's $30.
C: Not this time, my hair's in good shape, but thank you.
A: No problem. Friday the 20th at 1:30 with Jasmine for cut and color.
C: Perfect. She did such an amazing job last time, I can't wait.
A: See you Friday!
C: Bye!""",
 True, 0.0, "positive", "salon appointment booked; $30 add-on declined"),

("FR22_078", "Ravi Shah", "2026-11-22T20:17:00", "asr", """A: ticket line this is ravi
C: hi i wanna get two tickets for the comedy show on the twenty second
A: sure i have two in row m at fifty five each
C: okay yeah i'll take those
A: great with the service fee and facility fee that comes to one forty one
C: wait one forty one for two fifty five dollar tickets
A: yes the fees are fifteen fifty per ticket
C: that's insane no cancel that i'm not paying thirty one dollars in fees
A: okay i've released the seats
C: this is such a scam honestly
A: sorry about that
C: yeah bye""",
 False, 0.0, "negative", "tickets accepted then cancelled over fees; fees are not upsell"),

("FR22_079", "Chloe Dubois", "2026-11-25T14:33:00", "clean", """A: Skyline TV and Internet retention, Chloe speaking.
C: I'm calling to cancel my internet. I'm switching to FiberOne.
A: I'm sorry to hear that. May I ask what they're offering?
C: 1 gig for $55. I pay you $80 for 300 megs, and it still drops every evening.
A: I can offer you 500 megs for $60 for 12 months.
C: That's still more for less speed. They've been great to my neighbors, no outages at all.
A: I understand. I can also waive the equipment fee.
C: No thanks. Please just cancel it.
A: Done. Service ends on the 30th; please return the modem.
C: Fine. Should have switched a year ago.""",
 False, 0.0, "negative", "retention offer refused, cancels for competitor"),

("FR22_080", "Evan Brooks", "2026-11-27T17:49:00", "asr", """A: riverside toyota this is evan
C: hi yeah i'm looking at the new tacoma and wanted to know roughly what i'd get for my trade in
A: sure what are you driving now
C: a twenty eighteen f one fifty about sixty thousand miles
A: ballpark probably around twenty four to twenty six thousand depending on condition
C: okay and the tacoma sr five is like thirty eight
A: about thirty eight five before incentives would you like to come in for an appraisal
C: um not yet i want to see what carmax says first
A: no problem i'll text you my number
C: sure sounds good thanks""",
 False, 0.0, "neutral", "trade-in/price questions; appraisal visit declined for now"),
]
