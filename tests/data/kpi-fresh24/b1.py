CALLS = [
("FR24_001", "Maya Patel", "2026-11-02T09:14:00", "clean", """A: Thanks for calling SkyWays, this is Maya. How can I help?
C: Hi, I need a one-way flight from Chicago to Denver on the 19th, morning if possible.
A: I have a 7:05 departure arriving 8:40 local, or a 10:30 arriving 12:05. Both are $164.
C: The 7:05 is fine. Book that one.
A: Done. Would you like to add a checked bag? It's $35 if you add it now, $45 at the airport.
C: Yeah, I'll have one suitcase, so add the bag.
A: Added. I can also upgrade you to extra legroom for $29.
C: No, regular seat is fine.
A: Okay. Your confirmation code is HX4R2M, and the total is $199.
C: Got it. Thanks.""", True, 35.0, "neutral", "flight booked; checked bag $35 accepted; legroom declined; businesslike tone"),

("FR24_002", "Jordan Reyes", "2026-11-02T17:42:00", "asr", """A: hi this is jordan calling from brightline wireless do you have a quick minute
C: uh who is this again
A: jordan with brightline we've got a new fiber bundle in your area starting at fifty five a month
C: look this is the third time you guys called this week
A: i apologize for that i just wanted to see if you'd
C: we're good with what we have okay
A: totally understand would it help if i sent you some info by text
C: no please just take me off your list it's getting really annoying
A: i'll put in that request right now
C: mhm bye""", False, 0.0, "negative", "outbound pitch refused; customer annoyed by repeated calls"),

("FR24_003", "Priya Nair", "2026-11-03T11:20:00", "clean", """A: Good morning, Trattoria Bella, Priya speaking.
C: Hi! I'd like a table for six this Saturday around 7:30. It's my mom's 70th.
A: Oh, happy birthday to her! Let me look... I'm sorry, Saturday is fully booked from 6 on.
C: Oh no. Is there anything at all?
A: I could do Saturday at 9:15, or Sunday at 7:00 with our private corner table.
C: 9:15 is too late for her. The Sunday corner table sounds lovely, actually.
A: So, six guests, Sunday the 8th at 7:00, corner table. Name for the reservation?
C: Delgado. D-E-L-G-A-D-O.
A: You're all set, Ms. Delgado. Should I let the kitchen know about a birthday?
C: Yes, please! That's perfect, thank you so much. She's going to love it.""", True, 0.0, "positive", "Saturday full; customer took the offered Sunday alternative; warm thanks"),

("FR24_004", "Tom Becker", "2026-11-03T14:05:00", "asr", """A: harbor mutual insurance this is tom
C: hey tom yeah i got a letter my auto policy's up for renewal on the twenty eighth
A: sure let me pull that up can i get your policy number
C: it's uh h m four four seven one nine two
A: thanks so your six month renewal premium is six twelve same coverage as before
C: okay yeah go ahead and renew it
A: done you're renewed through may i also see you don't have roadside assistance it's twelve dollars a month
C: what does that cover exactly
A: towing up to fifty miles lockouts jump starts and flat tires
C: hm yeah my car's getting old throw that on
A: added roadside at twelve a month anything else
C: nope that's it thanks""", True, 12.0, "neutral", "renewal confirmed; roadside add-on $12/month accepted after a question; neutral tone"),

("FR24_005", "Aisha Khan", "2026-11-04T08:31:00", "clean", """A: Metro Power and Gas, this is Aisha. How can I help you today?
C: My bill this month is $312. It's usually around $140. What is going on?
A: I'm sorry about the surprise. Let me check your account... I see the last two readings were estimated because the meter couldn't be accessed.
C: Nobody told me that. The gate isn't even locked.
A: I understand. This month's actual reading caught up with the estimates, so it bunched up.
C: So I'm paying two months of catch-up at once.
A: Right. I can split the difference over three bills and add a $20 courtesy credit.
C: Fine. Do that.
A: It's done. You'll see the credit on your next statement.
C: I still think it's ridiculous that I had to call to find this out.""", False, 0.0, "negative", "billing complaint; payment split and credit applied (not a purchase); ends displeased"),

("FR24_006", "Luis Ortega", "2026-11-04T10:48:00", "asr", """A: comfort zone heating and air this is luis
C: hi um i'd like to get my furnace looked at before it gets cold
A: sure we do a tune up for eighty nine dollars that includes a full safety check
C: okay and how much is the duct cleaning thing i saw on your site
A: duct cleaning starts at three forty nine for a house your size
C: oh wow nah just the tune up then
A: no problem i have thursday the twelfth between eight and noon
C: thursday works yeah put me down
A: you're booked i've got the address as twenty two oak hollow lane
C: yep that's right you guys were great last time by the way
A: glad to hear it see you thursday""", True, 0.0, "positive", "tune-up booked; duct cleaning price only asked about; praises past service"),

("FR24_007", "Hannah Cole", "2026-11-05T13:15:00", "clean", """A: Taskly support, Hannah here.
C: Hi Hannah. We're on the Basic plan and we keep hitting the project limit. What does Pro cost?
A: Pro is $49 a month and includes unlimited projects and 5 seats.
C: We have 8 people, though.
A: Extra seats on Pro are $12 each per month.
C: Okay. Switch us to Pro, and add three extra seats.
A: So Pro at $49 plus 3 seats at $12 each, $85 a month in total, starting today. Correct?
C: Yes, that's correct.
A: Done. Everyone should see the new limits within a few minutes.
C: Oh, already showing up. That was painless, thanks a lot. You guys are great.""", True, 36.0, "positive", "paid upgrade to Pro (main); 3 extra seats at $12 each = 36 upsell; pleased"),

("FR24_008", "Marcus Webb", "2026-11-05T16:22:00", "asr", """A: thank you for calling gadget depot this is marcus
C: hi i bought some headphones like a week ago and the left side cuts out
A: sorry about that do you have the order number
C: uh yeah it's g d seven seven three oh five one
A: got it the sound max two hundreds you're well within the thirty day window
C: okay so can i just send them back
A: yep i'm emailing you a free return label now refund goes back to your card once they arrive
C: and that's like how long
A: usually five to seven business days after we get them
C: okay got the email
A: great anything else
C: no that's it thanks""", False, 0.0, "neutral", "return processed with free label; no purchase; routine tone"),

("FR24_009", "Sofia Rossi", "2026-11-06T12:40:00", "clean", """A: Riverside Arena box office, Sofia speaking.
C: Hi, I'd like two tickets for The Lanterns on Friday the 20th.
A: Let me check... I'm sorry, Friday is completely sold out.
C: What about Saturday?
A: Saturday sold out this morning as well. I can add you to the waitlist for either night.
C: A waitlist doesn't really help, we'd need to arrange a sitter.
A: I understand. There's no other date on this tour nearby, unfortunately.
C: Okay. That's a shame. I was really looking forward to that one.
A: I'm sorry I couldn't help more.
C: It's fine. Bye.""", False, 0.0, "negative", "both nights sold out, no alternative taken; quietly disappointed"),

("FR24_010", "Daniel Kim", "2026-11-06T15:55:00", "asr", """A: westgate toyota service department this is daniel
C: hey i need an oil change for a twenty nineteen rav four
A: sure i have tomorrow at nine or saturday at one
C: saturday at one
A: perfect while it's in we can rotate the tires for twenty five bucks
C: sure why not
A: okay that's oil change plus rotation saturday at one
C: oh wait actually skip the tire rotation i just had them done at costco last month
A: no problem just the oil change then fifty nine ninety five
C: yep that's fine
A: see you saturday""", True, 0.0, "neutral", "oil change booked; tire rotation accepted then retracted by name -> 0"),

("FR24_011", "Grace Liu", "2026-11-09T09:02:00", "clean", """A: First Harbor Bank, this is Grace.
C: There are three charges on my debit card from some store in Ohio. I've never been to Ohio. I'm furious.
A: I'm so sorry. Let me look right now. I see $84.10, $212.00 and $39.99 yesterday, all in Columbus.
C: None of those are mine.
A: I'm blocking the card now and opening a dispute for all three. You'll get provisional credit within 2 business days.
C: Okay. And a new card?
A: I can overnight it to the address ending in 4417 at no cost.
C: Yes, that's my address.
A: It's on the way. You'll get a text once it ships.
C: Thank you so much. You've been really helpful, I was panicking.""", False, 0.0, "positive", "fraud dispute and free replacement card, no purchase; angry start, grateful end"),

("FR24_012", "Omar Haddad", "2026-11-09T11:34:00", "asr", """A: bright smile dental this is omar
C: hi i need to schedule a cleaning i'm a patient there
A: sure what's your date of birth
C: march fourth nineteen eighty eight
A: thank you i have monday the twenty third at ten thirty with dr alvarez
C: um anything later in the day
A: the only afternoon spot is december third at four
C: no the twenty third's fine
A: so cleaning monday november twenty third at ten thirty is that correct
C: yes that's correct and do i need to bring my insurance card
A: only if it's changed since last visit
C: it hasn't okay thanks""", True, 0.0, "neutral", "read-back confirmed with a follow-up question; appointment booked"),

("FR24_013", "Elena Petrova", "2026-11-10T14:11:00", "clean", """A: Northwave Mobile, Elena speaking.
C: Hi, I want to cancel my line. My bill keeps creeping up.
A: I'm sorry to hear that. I'd like to offer $15 off per month for the next 12 months.
C: I'd stay if you could do $25 off.
A: Unfortunately $15 is the most I'm authorized to give.
C: Then I'll go ahead with the cancellation.
A: Understood. Your line will close at the end of the billing cycle on the 30th.
C: Okay. Do I need to send the phone back?
A: No, the phone is paid off, it's yours.
C: Alright. Thanks for trying.""", False, 0.0, "neutral", "conditional acceptance ($25 off) not met; cancelled; calm polite tone"),

("FR24_014", "Ben Carter", "2026-11-10T18:26:00", "asr", """A: oakline furniture this is ben
C: hi i was in the store saturday looking at the harlow dining table the walnut one
A: oh yeah great choice that's eight ninety nine right now
C: okay i want to order it
A: awesome the matching harlow chairs are one twenty each if you want them with it
C: hmm how many come with the table
A: none they're sold separately
C: okay give me two of the chairs then we have a small place
A: two chairs at one twenty each i can also add fabric protection for forty nine
C: no we'll skip that
A: okay table and two chairs delivered on the eighteenth
C: perfect honestly this was so easy i love that table""", True, 240.0, "positive", "table bought; 2 chairs at $120 each = 240 upsell; fabric protection declined"),

("FR24_015", "Nadia Brooks", "2026-11-11T10:09:00", "clean", """A: Hi, this is Nadia from PeakFit Gym. You stopped by for a tour last week?
C: Oh, hi. Yes, I did.
A: I wanted to follow up. We have a promo right now: no enrollment fee and $34 a month.
C: That sounds good.
A: Great! Want me to get you signed up today?
C: I'll think about it. I still need to check my schedule for the fall.
A: Of course. The promo runs until the 30th.
C: Okay, good to know.
A: Can I email you the details?
C: Sure, that's fine. Thanks.""", False, 0.0, "neutral", "interest without commitment; 'yes' only to email details"),

("FR24_016", "Kevin O'Neil", "2026-11-11T19:37:00", "asr", """A: fastnet support this is kevin
C: oh great kevin let me guess the internet's down again
A: i'm sorry there is an outage in your area crews are working on it
C: wonderful third outage this week i work from home
A: i completely understand i can apply a credit for the days affected
C: a credit for what like two bucks
A: it would be about eight dollars for the three days
C: wow thanks so much really generous
A: i know it doesn't fix the problem
C: no it doesn't just tell me when it's back
A: estimated by six tonight
C: sure it is""", False, 0.0, "negative", "outage complaint; credit is not a purchase; sarcastic throughout"),

("FR24_017", "Maya Patel", "2026-11-12T13:50:00", "clean", """A: Harborview Hotel reservations, Maya speaking.
C: Hi, I'm looking for two nights, the 14th and 15th, for two adults.
A: I have a deluxe king at $189 per night, or a harbor-view king at $229.
C: The deluxe king is fine.
A: Would you like to add our breakfast package? It's $30 a night for both of you, so $60 for the stay.
C: Oh, yes, let's add breakfast.
A: Please confirm: deluxe king, check-in November 14, check-out 16th, with breakfast, $438 before tax.
C: Yes, perfect. Is parking included?
A: Self-parking is free for hotel guests. You're booked, confirmation HV88213.
C: Wonderful, thank you! We're really excited, it's our anniversary.""", True, 60.0, "positive", "room booked via read-back; breakfast add-on $60 total accepted; excited"),

("FR24_018", "Jordan Reyes", "2026-11-12T18:03:00", "asr", """A: tony's pizza this is jordan pickup or delivery
C: delivery to fourteen ten maple street
A: okay what can i get you
C: one large pepperoni and a medium cheese
A: got it you want to add garlic knots for six ninety nine or a two liter for three fifty
C: um yeah the knots but no soda
A: okay large pepperoni medium cheese garlic knots total's thirty four twelve
C: okay
A: about forty five minutes
C: cool thanks""", True, 6.99, "neutral", "order placed; garlic knots $6.99 accepted, soda declined; routine"),

("FR24_019", "Priya Nair", "2026-11-13T10:27:00", "clean", """A: Hi, this is Priya with Guardian Auto Insurance. You requested a quote online?
C: I did, a couple of weeks ago.
A: Great. For your 2021 Civic, full coverage would be $142 a month.
C: Hm. I'm paying $102 with Geico right now for the same coverage.
A: We do include accident forgiveness, which they may not.
C: They actually do. Honestly, they've been excellent, claims were quick.
A: I could check for a multi-policy discount if you have renters insurance.
C: I don't think it'll close a $40 gap. I'm staying put.
A: Understood. Your quote is valid for 30 days.
C: Okay. Not interested, but thanks.""", False, 0.0, "negative", "quote refused; customer praises competitor and finds offer overpriced"),

("FR24_020", "Tom Becker", "2026-11-13T08:12:00", "asr", """A: rapid rooter plumbing this is tom
C: oh my god hi there's water coming out from under my kitchen sink like a lot
A: okay first turn the shutoff valve under the sink clockwise
C: okay okay hold on it's off it stopped
A: good i can get a tech out to you today at four is that okay
C: yes please book that
A: you're on the schedule service call is ninety five plus parts
C: okay that's fine
A: while he's there he can inspect your water heater for forty dollars it's due if it's over ten years old
C: it's like fifteen years old yeah do that too
A: added so four o'clock at thirty one birch court
C: thank god thank you so much you've been amazing""", True, 40.0, "positive", "emergency visit booked; water heater inspection $40 accepted; relieved and grateful"),
]
