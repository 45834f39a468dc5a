# FR44 batch 2 (calls 021-040), written by hand.
CALLS = [
    ("FR44_021", "Jenna Kowalski", "2026-11-10T09:08:12", "clean",
     """A: Keystone Mutual, this is Jenna.
C: Hi. I'm buying a car this weekend and need a policy on it before I drive it off the lot.
A: Sure. Based on the info you sent, full coverage comes to $142 a month.
C: Okay. Let's go with that.
A: Great. Would you like roadside assistance? It's $4 a month.
C: Fine.
A: And rental reimbursement, $6 a month, covers a rental car while yours is in the shop.
C: Okay, add that too.
A: So $142 plus $10 in add-ons, $152 a month, starting Saturday. Shall I bind it?
C: Yes.
A: You're covered from Saturday at 12:01 am.
C: Okay.""",
     True, 10.00, "neutral",
     "Buys policy ('Let's go with that', 'Yes' to bind); roadside $4/month + rental $6/month = 10; terse, flat."),

    ("FR44_022", "Marcus Bell", "2026-11-10T11:33:48", "asr",
     """A: voltaire electronics this is marcus
C: hi i want to order the sixty five inch vision pro tv the one that's on sale
A: sure that's eight ninety nine right now when would you want it delivered
C: as soon as possible
A: okay the earliest delivery date is december first
C: december first that's three weeks honestly that's kind of a joke
A: i'm sorry it's very popular with the sale we also have a wall mount for eighty nine
C: eighty nine for a mount no i'll just put it on the stand
A: okay so the tv delivered december first do you want me to place it
C: yeah place it i guess but i'm not thrilled about the wait
A: it's placed you'll get an email confirmation
C: yeah whatever""",
     True, 0.00, "negative",
     "'yeah place it i guess' = purchase; wall mount $89 declined; 'kind of a joke', 'not thrilled', 'yeah whatever'."),

    ("FR44_023", "Aisha Rahman", "2026-11-11T08:50:30", "clean",
     """A: Peak Fitness, this is Aisha.
C: I'm calling to cancel my membership. Third time I've tried.
A: I'm sorry about that. Can I ask why you're leaving?
C: I moved, and the nearest location is forty minutes away.
A: I understand. I could offer you two months free and a freeze option if you think you'd come back.
C: No. I just want out. This has honestly been a nightmare to cancel.
A: Understood. I've processed the cancellation, your last charge was on the 1st.
C: And I won't be charged again?
A: No further charges.
C: I'll believe it when I see my statement.""",
     False, 0.00, "negative",
     "Cancellation; retention offer refused ('No. I just want out'); 'nightmare to cancel', distrustful close."),

    ("FR44_024", "Daniel Novak", "2026-11-11T12:15:09", "clean",
     """A: Blue Horizon Cruises, this is Daniel.
C: Hi! My wife and I want to book the seven-night Caribbean sailing in February, the balcony cabin.
A: Lovely. The balcony cabin for two on February 7th is $3,860 total.
C: That's the one. Let's book it.
A: Wonderful. Would you like to add the drinks package? It's $65 per person per day, and it has to be for both guests.
C: So for both of us for seven days... yeah, you know what, do it. It's our 25th anniversary.
A: Congratulations! That's $910 for the package. Anything else, shore excursions?
C: We'll pick those later on the app.
A: Perfect. You're booked, confirmation BH-7734.
C: This is going to be amazing. Thank you so much, Daniel.""",
     True, 910.00, "positive",
     "Books cruise; drinks package $65 per person per day x2 x7 = 910 accepted ('do it'); 'This is going to be amazing'."),

    ("FR44_025", "Laura Fitzgerald", "2026-11-11T14:03:55", "asr",
     """A: northgate power this is laura how can i help
C: hi um i saw a flyer about the green energy plan what's the difference
A: so the green plan sources all your power from wind and solar it's about six dollars more a month on average
C: okay and is there a contract
A: no contract you can switch back anytime
C: mhm and the flyer said something about a thermostat
A: yes we have a smart thermostat for one hundred twenty nine installed would you like to switch to the green plan today
C: uh can you just send me the info i want to look at it with my partner
A: sure i'll email it to the address on file
C: yeah that's my email okay thanks""",
     False, 0.00, "neutral",
     "Asks questions; 'can you just send me the info' defers the plan switch; thermostat only priced; 'yeah that's my email' not a purchase."),

    ("FR44_026", "Sam Whitaker", "2026-11-12T10:44:21", "clean",
     """A: Riverside Arena box office, Sam speaking.
C: Hi, I want three tickets for the Dana Kirsch comedy show on the 20th.
A: Sure, I have three together in section B, $45 each.
C: Great.
A: So that's three tickets, $135, plus a $12 service fee. Shall I go ahead?
C: Yes, please.
A: There's also a VIP meet-and-greet upgrade after the show, $30 per ticket.
C: Oh, just for me, not the other two. They don't even like her that much, I'm dragging them.
A: Ha! One VIP upgrade, $30. All set, the tickets will be in your email.
C: You made my week. Thank you!""",
     True, 30.00, "positive",
     "Buys 3 tickets ('Yes, please'); VIP upgrade $30 per ticket but only one taken = 30; service fee excluded; 'You made my week'."),

    ("FR44_027", "Nadia Petrova", "2026-11-12T13:30:00", "clean",
     """A: Taskbloom sales, this is Nadia.
C: Hi, we're a team of twelve using the free plan, and we're hitting the project limit.
A: Got it. Our Team plan is $8 per user per month, so $96 a month for twelve.
C: And there's an admin console with that?
A: Yes, plus single sign-on as an add-on for $2 per user.
C: Okay. Can you email me a quote with and without the SSO? I need to run it by finance.
A: Absolutely, I'll send it this afternoon.
C: Sounds good. I'll get back to you next week.
A: Great, talk soon.
C: Thanks.""",
     False, 0.00, "neutral",
     "Requests a quote and must 'run it by finance' = no commitment; neutral."),

    ("FR44_028", "Carlos Mendez", "2026-11-12T15:12:40", "asr",
     """A: clearflow plumbing this is carlos
C: yeah my water heater died i haven't had hot water in three days and the first company never showed up this is ridiculous
A: i'm really sorry let me see i can get a tech out today between two and four the diagnostic is seventy nine
C: yes book it please today
A: okay booked also we have an annual maintenance plan fifteen dollars a month covers a yearly flush and no diagnostic fees after that
C: sure whatever just get someone out here today
A: okay i've added the maintenance plan and the tech will call when he's on the way
C: fine
A: anything else i can help with
C: no just make sure he actually shows up""",
     True, 15.00, "negative",
     "Books visit; 'sure whatever' answers the $15/month plan offer and agent adds it = 15; 'this is ridiculous', distrustful end."),

    ("FR44_029", "Hannah Lindqvist", "2026-11-13T09:25:17", "clean",
     """A: Motion Physio, this is Hannah.
C: Hi, my doctor referred me for my knee. Can I book an initial assessment?
A: Sure. I have Thursday at 4 pm with Dr. Alvarez, the assessment is $110.
C: Thursday at 4 is fine, please book it.
A: You're booked. We also offer a 30-minute sports massage after the session for $40.
C: Where do I park, is there a lot?
A: Yes, free parking behind the building.
C: Okay, good. Do I need to bring anything?
A: Just shorts and your referral.
C: Alright, thanks.""",
     True, 0.00, "neutral",
     "Assessment booked ('please book it'); massage $40 offer never answered (asks about parking) so 0; neutral."),

    ("FR44_030", "Victor Adeyemi", "2026-11-13T11:47:03", "clean",
     """A: Summit Car Rental, Victor here.
C: Hi, I need a compact for the weekend, Friday to Sunday, downtown location.
A: Sure, that's $38 a day, $114 total. Shall I reserve it?
C: Yes, go ahead. Here's my card, 4417...
A: Thank you. Hmm, I'm sorry, the card was declined.
C: That's weird. Try this one, ending 2290.
A: I'm afraid that one didn't go through either.
C: You're kidding. This is embarrassing.
A: You can also reserve online and pay at the counter.
C: Forget it. I'll sort it out with my bank and maybe call back.""",
     False, 0.00, "negative",
     "Booking attempted but both cards declined, nothing reserved; 'This is embarrassing', 'Forget it'."),

    ("FR44_031", "Grace Tanaka", "2026-11-13T14:09:33", "asr",
     """A: meridian bank this is grace how can i help
C: hi i want to open a savings account for my daughter she just got her first job
A: oh congratulations we have a youth saver with no monthly fee and two percent interest
C: oh that sounds good yeah let's open that one
A: great i just need her date of birth and she'll need to sign online
C: sure it's march third two thousand eight
A: okay the account is open i'm sending her the link to sign
C: oh that was so easy thank you so much
A: my pleasure anything else
C: no that's it you've been really great""",
     True, 0.00, "positive",
     "Opens account ('yeah let's open that one'); no add-on; 'that was so easy thank you so much'."),

    ("FR44_032", "Owen McCarthy", "2026-11-16T10:05:50", "clean",
     """A: Oakline Furniture, Owen speaking.
C: Hi, I'd like to order the Marlow sofa in the slate fabric, the $2,100 one.
A: Great choice. Would you like the matching ottoman? It's $350.
C: Yes, I'll take the ottoman too.
A: And we offer a five-year fabric protection plan, normally $129.
C: Hmm, I don't know, $129 for a spray.
A: It covers stains and tears. Since you're getting the ottoman, I can do it for $99 on both pieces.
C: Okay, $99, fine, add it. I have a dog.
A: Done. Marlow sofa, ottoman, and protection. Delivery in two weeks.
C: Great, thanks Owen, you've been really helpful.""",
     True, 449.00, "positive",
     "Sofa is main item; ottoman $350 accepted + protection revised from $129 to $99 accepted = 449; 'you've been really helpful'."),

    ("FR44_033", "Maria Delgado", "2026-11-16T12:30:26", "clean",
     """A: Harbor Point Inn, this is Maria.
C: Hi, I have a reservation for next weekend and I need to cancel. My father's in the hospital.
A: I'm so sorry to hear that. Let me look. It's inside our 72-hour window, but given the circumstances I'll waive the fee and refund you in full.
C: Oh, thank goodness. I was so worried about that.
A: Of course. Would you like me to save a future credit or refund your card?
C: Refund the card, please.
A: Done, you'll see $378 back in 3 to 5 days.
C: You're a lifesaver. Thank you so much for being so kind about it.
A: I hope your father feels better soon.""",
     False, 0.00, "positive",
     "Cancellation with refund, nothing bought; 'You're a lifesaver. Thank you so much'."),

    ("FR44_034", "Kevin Osei", "2026-11-16T14:55:14", "asr",
     """A: brightline mobile this is kevin
C: hey um can i add a line for my son online or do i have to call
A: you can do either i can do it now if you like it's twenty five a month for the line
C: twenty five okay and does he get a new phone
A: he can bring his own or we have phones from zero down
C: okay cool um i think i'll just do it online tonight probably after he picks a phone
A: sure no problem you can also call us back anytime
C: yeah sounds good
A: anything else
C: nope thanks""",
     False, 0.00, "neutral",
     "Question and deferral ('i'll just do it online tonight probably'); no commitment on the call."),

    ("FR44_035", "Priya Raman", "2026-11-17T09:40:38", "clean",
     """A: Saffron Table catering, this is Priya.
C: Hi, I need lunch for an office meeting on the 24th, twenty people.
A: Our boxed lunch is $18 per person, with a choice of three mains.
C: Okay, boxed lunch for twenty, mix of the three.
A: Would you like drinks? Sodas and sparkling water are $2.50 per person.
C: Yes, drinks for everyone.
A: And we can add a dessert tray for $40.
C: No, skip dessert, half of them are on some diet.
A: So twenty boxed lunches at $18 and drinks for twenty, delivered at 11:45 on the 24th. Correct?
C: Correct.
A: Great, it's confirmed.
C: Okay, thanks.""",
     True, 50.00, "neutral",
     "Order confirmed; drinks $2.50 per person x20 = 50; dessert $40 declined; lunches are main item; neutral."),

    ("FR44_036", "Tom Hollis", "2026-11-17T11:58:01", "clean",
     """A: Hollis Motors, this is Tom.
C: Hi, I saw the blue Crosstrail on your website and I'd love to test drive it.
A: Absolutely. I have Saturday at 10 or 2.
C: Saturday at 10 please, book me in.
A: Done. Bring your license and we'll have it washed and ready.
C: Amazing. I've been wanting one of these for ages.
A: We can also run a trade-in appraisal while you're here, it's free.
C: Oh, that'd be great, sure.
A: Noted. See you Saturday at 10.
C: Thank you, I'm really excited!""",
     True, 0.00, "positive",
     "Test drive appointment booked ('book me in'); free appraisal is not a priced add-on; 'I'm really excited'."),

    ("FR44_037", "Jenna Kowalski", "2026-11-17T15:20:45", "asr",
     """A: keystone mutual this is jenna
C: hi yeah my homeowners policy is up for renewal and i wanted to go ahead and renew it
A: sure the renewal premium is one thousand eight hundred forty for the year
C: okay yeah renew it
A: done and since you're near the river have you thought about flood coverage it's not in the standard policy
C: um how much is that
A: it's two hundred and ten a year for your zone
C: mhm yeah okay add the flood one after last spring i'm not taking chances
A: okay flood coverage added starting with the renewal
C: okay thanks""",
     True, 210.00, "neutral",
     "Renews policy ('yeah renew it'); flood coverage $210 a year accepted ('add the flood one'); renewal premium is main item; neutral."),

    ("FR44_038", "Marcus Bell", "2026-11-18T10:12:19", "clean",
     """A: Voltaire Electronics support, Marcus.
C: The headphones I bought two weeks ago stopped charging.
A: I'm sorry. Since it's within 30 days, you can return them to any store for an exchange.
C: Oh, fantastic. So I get to drive forty minutes back to the store.
A: Alternatively I can send a prepaid label, but it takes about ten days.
C: Ten days. Great. Really great.
A: Would you like the label?
C: Yes, send the label. This is the last thing I buy from you.
A: I've sent it to your email.
C: Sure.""",
     False, 0.00, "negative",
     "Return/exchange only, nothing bought; 'yes' is to the label; sarcasm 'Oh, fantastic', 'last thing I buy from you'."),

    ("FR44_039", "Aisha Rahman", "2026-11-18T13:36:52", "asr",
     """A: peak fitness this is aisha
C: hi i came in for the tour yesterday and i want to sign up for the standard membership
A: awesome that's forty nine a month no contract
C: yep sign me up
A: great we also have towel service it's five bucks a month
C: oh yeah i'll take that i always forget my towel
A: and do you want to add personal training we have a starter pack
C: no not right now maybe later
A: okay standard membership with towel service starting today
C: perfect i'm so pumped to start thanks""",
     True, 5.00, "positive",
     "'sign me up'; towel service five bucks a month accepted = 5; training declined; 'i'm so pumped'."),

    ("FR44_040", "Daniel Novak", "2026-11-18T16:04:07", "clean",
     """A: Skyway Airlines, this is Daniel.
C: Hi, I need to book four round-trip tickets, Chicago to Orlando, March 14 to 21.
A: I have a morning flight out and an afternoon return, $312 per person round trip.
C: Okay, that works. Book those.
A: Great. Would you like trip insurance? It's $32 per traveler.
C: So $128 total? Hmm. No, we'll take our chances.
A: No problem. Four passengers, March 14 to 21, $1,248 total. Can you confirm?
C: Yes, that's right.
A: You're booked. Confirmation is SK-2210.
C: Okay, thanks.""",
     True, 0.00, "neutral",
     "Books four tickets ('Book those', confirms); insurance $32 per traveler declined after totalling it; neutral."),
]
