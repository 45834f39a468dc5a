CALLS = [
    ("FR78_061", "Sofia Lindqvist", "2026-11-25T14:20:00", "clean", """A: Halden Motors service, Sofia speaking.
C: Hi, I'd like to book my Mazda in for its annual service, please.
A: Of course. The annual service is $219. I have Friday at 8:30 am.
C: Friday at 8:30 works. Go ahead and book it.
A: Booked. The last inspection noted your wipers were smearing. A new pair is $24.99 fitted.
C: Yes, please! I can barely see in the rain.
A: Annual service plus a pair of wipers, Friday at 8:30.
C: Lovely. You always remember these little things, I appreciate it.""", True, 24.99, "positive", "wipers $24.99 a pair"),

    ("FR78_062", "Tom Whitaker", "2026-11-25T16:00:00", "asr", """a: tread right tyres tom speaking
c: hi i need two front tyres for my golf the ones the dealer quoted me were crazy
a: sure the continentals are one thirty nine each or the hankooks at ninety eight
c: the hankooks are fine let's do two of those
a: great i can fit them tomorrow at nine
c: oh wait hold on my dad just texted his mate has a tyre place and he'll do them for cost
a: okay
c: yeah actually cancel all that sorry i'll go with him
a: no problem nothing's been booked
c: honestly your prices were worse than the dealer anyway bye""", False, 0.00, "negative", "agreed then retracted; parting jab"),

    ("FR78_063", "Sam Adeyemi", "2026-11-26T08:35:00", "clean", """A: AutoShield Protection, Sam speaking.
C: Hi, I'm ready to buy the Platinum coverage for my Grand Cherokee, but $2,400 is more than I budgeted.
A: Let me see what I can do. Since you're paying in full, I can bring it to $2,150.
C: Okay, $2,150 I can do. I'll take it.
A: Great. Would you like rental car reimbursement? It's $150 for the term and covers up to $40 a day while your car's in the shop.
C: Yes, add that, it was a pain last time without a car.
A: Done. Platinum at $2,150 plus rental reimbursement at $150.
C: Brilliant, thank you for working with me on the price.""", True, 150.00, "positive", "main price revised (not upsell); rental reimbursement $150; $40/day is coverage limit"),

    ("FR78_064", "Sofia Lindqvist", "2026-11-26T10:50:00", "asr", """a: coastline rentals sofia speaking
c: hi i'm confirming a rental for tomorrow and i wanted to add a couple of things
a: sure i've got your midsize for three days from the airport
c: yeah can i prepay the fuel so i don't have to fill it up before my flight
a: yep the prepaid fuel option is forty five for a full tank
c: okay add that and the toll pass too how much is that
a: the toll pass is five ninety nine a day
c: fine add that as well
a: okay midsize with prepaid fuel and the toll pass pickup tomorrow at seven am
c: yep that's it thanks""", True, 50.99, "neutral", "fuel $45 + toll pass $5.99/day counted once = 50.99"),

    ("FR78_065", "Priya Nair", "2026-11-26T13:15:00", "clean", """A: Shine Bros Detailing, Priya speaking.
C: Hi. I had the paint correction done on my black Model 3 last week. In the sun it's covered in swirl marks.
A: I'm really sorry to hear that. We'd like to bring it back in and redo the correction free of charge.
C: I paid $650 for a finish that looks worse than when I dropped it off.
A: I understand. Our senior detailer would do the redo himself. Can I book you in for Tuesday?
C: No. I don't want anyone from your shop touching the car again.
A: I understand. What would you like us to do?
C: I want a refund. I've sent photos to the email on your website.
A: I'll pass this to the owner today.
C: Please do. I'm very disappointed.""", False, 0.00, "negative", "free redo refused; refund request not a purchase"),

    ("FR78_066", "Marcus Bell", "2026-11-27T09:00:00", "asr", """a: partsdirect marcus speaking
c: hi i need an alternator for a twenty thirteen f one fifty five point oh
a: yep the remanufactured motorcraft is two eighty nine and you get forty back when you return the old core
c: okay good i'll take that one
a: do you want a serpentine belt with it most people replace it at the same time it's thirty two fifty
c: yeah good call add the belt
a: okay alternator plus belt shipping today
c: great thanks you've saved me a trip to the dealer""", True, 32.50, "positive", "belt $32.50; core refund not upsell; engine size not price"),

    ("FR78_067", "Hannah Okafor", "2026-11-27T11:40:00", "clean", """A: Metro Mazda, Hannah speaking.
C: Hi, I'm looking at your listing for the CX-50, stock number 48213. Is it still there?
A: It is. It's the 2.5 Turbo Premium Plus in Zircon Sand.
C: And the CX-50 with stock number 48190, the hybrid?
A: That one sold on Tuesday, I'm afraid.
C: Okay. What's the out-the-door on 48213?
A: $44,870 with fees. Would you like to come see it?
C: Not yet, I'm still comparing a few dealers. I'll be in touch.
A: Sounds good.""", False, 0.00, "neutral", "stock numbers not prices; no commitment"),

    ("FR78_068", "Diego Ramirez", "2026-11-27T14:05:00", "asr", """a: roadready assist diego speaking
c: hi i'm on your basic plan but my son's just started driving my car so i was thinking about more towing distance
a: sure the plus plan gives you two hundred miles of towing and covers any driver of your car it's an extra eight dollars a month
c: any driver that's exactly what i need okay switch me to plus
a: done you're on plus from today the extra eight will show on your next bill
c: great that makes me feel a lot better thanks diego""", True, 8.00, "positive", "plan upgrade priced as +$8/mo counted as upsell"),

    ("FR78_069", "Aisha Rahman", "2026-11-30T09:20:00", "clean", """A: Riverside Ford service, Aisha speaking.
C: Hi, can I book a brake inspection online, or do I have to call?
A: You can do it on our website, or I can book it now for you.
C: I'll do it online later, I need to check my calendar.
A: No problem. The inspection is free if you book online this month.
C: Okay, good to know. Thanks.""", False, 0.00, "neutral", "question only"),

    ("FR78_070", "Kevin Doyle", "2026-11-30T10:55:00", "asr", """a: gleam studio detailing kevin speaking
c: hi could you send me a quote for an interior detail on a twenty nineteen pilot three rows
a: sure for three rows it's one sixty five i'll email it what's the address
c: it's jess dot park at mailbox dot com
a: jess dot park at mailbox dot com
c: yes that's my email
a: sent
c: one sixty five that's really not bad at all cheaper than i thought i'll have a look and get back to you
a: sounds good""", False, 0.00, "positive", "yes to email; mild positive, no booking"),

    ("FR78_071", "Mei Tanaka", "2026-11-30T13:30:00", "clean", """A: Quickfit Tyre and Auto, Mei speaking.
C: I had my tyres rotated with you yesterday. This morning I got a flat and discovered my locking wheel nut key isn't in the car.
A: Oh no. Let me check with the workshop... I'm sorry, it looks like it was left on the bench and we can't find it now.
C: So I'm stuck on the side of the road because your tech lost my key.
A: I'm very sorry. We can order a replacement key, that takes about 3 days.
C: Three days. Brilliant. And how am I supposed to get to work in the meantime?
A: I can arrange a mobile fitter to remove the nut and we'll cover the cost.
C: Do that. And don't expect me back.""", False, 0.00, "negative", "complaint; free remedy is not a purchase"),

    ("FR78_072", "Luis Ortega", "2026-11-30T15:45:00", "asr", """a: summit toyota luis speaking
c: hi it's anita i drove the certified camry on saturday and i've decided i want it
a: that's great news so with your corolla traded in at eight thousand one hundred the balance is nineteen four ninety
c: yes that's what we talked about let's go ahead
a: perfect i'll need a five hundred deposit to hold it
c: sure put it on my card
a: done would you like the all weather mat package it's one ninety five
c: oh yes definitely our winters are muddy add the mats
a: okay camry with trade in plus mats deposit taken and you can pick it up thursday
c: i'm so happy thank you luis""", True, 195.00, "positive", "mats $195; deposit and trade value not upsell"),

    ("FR78_073", "Grace Mensah", "2026-11-30T16:50:00", "clean", """A: DriveSure Warranty, Grace speaking.
C: I'd like to cancel my warranty. I sold the car.
A: I'm sorry to see you go. If you have another vehicle, you can transfer the plan to it for $50.
C: No. I've been trying to cancel this for two weeks through your website and it keeps erroring out.
A: I apologise for that. I can cancel it for you now. You'll get a pro-rated refund of $612.
C: Finally. Just cancel it, please.
A: It's cancelled. The refund takes 10 business days.
C: Two weeks of my time for a cancellation. Unbelievable.""", False, 0.00, "negative", "cancellation; refund; transfer offer declined"),

    ("FR78_074", "Owen Price", "2026-11-30T08:10:00", "asr", """a: valley honda service owen speaking
c: hi can i get an oil change on the pilot thursday morning
a: sure thursday at eight the oil change is seventy nine
c: yeah book it
a: booked do you want a tyre rotation as well it's an extra nineteen ninety five
c: okay sure
a: and your engine air filter and cabin filter are both due they're twenty nine each
c: go on do both of them
a: okay oil change rotation and both filters thursday at eight
c: yep fine""", True, 77.95, "neutral", "rotation 19.95 + 2 filters x 29 = 77.95"),

    ("FR78_075", "Fatima Zahir", "2026-11-23T15:30:00", "clean", """A: Northway Car Rental, Fatima speaking.
C: I returned a car last week and now I've been charged $480 for damage to the rear bumper.
A: Let me look. There's a photo from the return inspection showing a dent.
C: That dent was there when I picked it up. I pointed it out at the counter.
A: I don't see it noted on the pickup form, unfortunately.
C: So your employee didn't write it down and I pay for it.
A: I can open a dispute and have a manager review the pickup photos.
C: Please do. I'm not happy at all about this.""", False, 0.00, "negative", "dispute; no purchase"),

    ("FR78_076", "Ben Carter", "2026-11-26T15:40:00", "asr", """a: valley honda parts ben speaking
c: hi it's me again about the tailgate strut i ordered three weeks ago
a: let me check it's still showing on order from the distributor
c: three weeks and still nothing you told me five days
a: i know i'm sorry the supplier keeps pushing the date
c: my tailgate literally falls on my head every time i open it this is unbelievable
a: i'll chase them today and call you back
c: fine but i'm not holding my breath""", False, 0.00, "negative", "complaint about existing order"),

    ("FR78_077", "Julia Novak", "2026-11-27T16:20:00", "clean", """A: RoadReady Assist, Julia speaking.
C: Hi, I want to join. The annual plan, please.
A: Great. The annual plan is $119. We can also add a second vehicle for $49 a year.
C: Oh, my son's car. Sure, add it.
A: Okay, so annual plan plus a second vehicle, $168 for the year. Is that right?
C: Hmm. Actually, drop the second car. He's 24, he can get his own.
A: Fair enough! Just the annual plan at $119, then.
C: Yes, that's it.
A: You're covered from today.""", True, 0.00, "neutral", "second vehicle accepted then dropped"),

    ("FR78_078", "Sofia Lindqvist", "2026-11-28T11:00:00", "asr", """a: lakeside kia sofia speaking
c: hi look i'll be honest the last salesman i spoke to at your place was really pushy and i nearly didn't call back
a: i'm sorry about that that's not how we want it to go
c: i just want to drive the sportage hybrid no pressure no finance talk
a: absolutely just a drive i can do tuesday at five
c: okay yeah put me down for tuesday at five
a: done it'll be me no one else
c: honestly thank you this is way better than last time""", True, 0.00, "positive", "test drive booked; frustrated start, positive end"),

    ("FR78_079", "Tom Whitaker", "2026-11-28T13:25:00", "clean", """A: Shine Bros Detailing, Tom speaking.
C: Hi, I manage a fleet of 12 delivery vans. We're looking for someone to clean them every two weeks.
A: We do fleet contracts. For 12 vans it'd be around $45 a van per visit.
C: I'm interested. Can you email me the details and a formal quote?
A: Of course. What's the best email?
C: fleet@brightlinecouriers.com.
A: I'll have it over by tomorrow.
C: Thanks.""", False, 0.00, "neutral", "interest; email me details; van count not price"),

    ("FR78_080", "Sam Adeyemi", "2026-11-29T10:30:00", "asr", """a: brakeline auto sam speaking
c: hi my mechanic says my clutch is going can you replace it this week
a: for a twenty sixteen focus it's eight sixty and i could do friday
c: okay yeah friday please book it
a: let me check the part oh the clutch kit isn't available until january our supplier's out so i can't book it for friday
c: oh so nothing before january
a: no sorry the booking didn't go through
c: okay well thanks anyway i'll try another garage""", False, 0.00, "neutral", "booking could not be fulfilled"),
]
