# FR44 batch 3 (calls 041-060), written by hand.
CALLS = [
    ("FR44_041", "Laura Fitzgerald", "2026-11-19T09:03:44", "clean",
     """A: Northgate Power billing, this is Laura.
C: My bill this month is $412. It's usually around $130. Explain that to me.
A: Let me look. It seems the last two months were estimated readings, and this bill caught up with the actual reading.
C: So you guessed low and now I pay for it all at once?
A: I understand. I can set up a payment arrangement over three months.
C: That doesn't change that you guessed wrong. Why wasn't anyone reading the meter?
A: There was a staffing issue in your area. I can also look at our budget billing plan.
C: I don't want a plan, I want accurate bills. This is unacceptable.
A: I'll note a complaint on the account.
C: Do that. And split it over three months, I guess."""
     , False, 0.00, "negative",
     "Billing dispute; payment arrangement is not a purchase; 'This is unacceptable'."),

    ("FR44_042", "Sam Whitaker", "2026-11-19T11:15:20", "asr",
     """A: willow creek estate events this is sam
C: hi we just got engaged and we'd love to see the barn venue for a wedding maybe next fall
A: congratulations we do tours on saturdays and sundays
C: oh great um is this sunday possible
A: yes i have sunday at one or three
C: one o'clock yeah let's book that
A: perfect you're booked for sunday at one i'll send you directions
C: amazing thank you we're so excited
A: you're welcome see you sunday
C: thanks so much bye""",
     True, 0.00, "positive",
     "Venue tour appointment booked ('one o'clock yeah let's book that'); 'we're so excited'."),

    ("FR44_043", "Nadia Petrova", "2026-11-19T14:22:58", "clean",
     """A: The Daily Ledger subscriptions, this is Nadia.
C: I want to cancel my digital subscription.
A: I can help. Can I offer you our rate of $1 a week for the next six months?
C: No. I'm done paying for stuff I don't read.
A: Understood. I can also switch you to weekends only.
C: I said cancel. Why is this so hard?
A: I'm sorry, I'm required to mention the offers. It's cancelled now.
C: Good.
A: You'll have access until the end of the month.
C: Fine. Bye.""",
     False, 0.00, "negative",
     "Cancellation, offers refused ('No', 'I said cancel'); 'Why is this so hard?'."),

    ("FR44_044", "Carlos Mendez", "2026-11-20T08:48:36", "clean",
     """A: GreenEdge Lawn, Carlos speaking.
C: Yeah, I'm calling about the spring package. Your guys missed my yard twice last year, so this better be different.
A: I'm sorry about that. We've added crews this year. The seasonal package is $45 a visit, every two weeks from April.
C: Fine. Book it.
A: Okay. We also offer core aeration for $75, one time in the spring, and grub treatment for $60.
C: The aeration, fine. Not the grub stuff.
A: Got it, seasonal package plus aeration.
C: And if they skip me again I'm cancelling the whole thing.
A: Understood, I've flagged your account.
C: Yeah, we'll see.""",
     True, 75.00, "negative",
     "'Fine. Book it.' = sign-up; aeration $75 accepted, grub $60 declined = 75; grumpy, distrustful throughout."),

    ("FR44_045", "Hannah Lindqvist", "2026-11-20T10:31:12", "asr",
     """A: clearview eye care this is hannah
C: hi i need an eye exam my glasses broke and i need a new prescription
A: okay the first available with doctor park is january eighth
C: january that's like two months away
A: i'm sorry we're booked solid through december i can add you to the cancellation list
C: ugh no that's useless i need glasses now not in january
A: i understand we do have another location across town
C: no forget it i'll just go somewhere else
A: okay i'm sorry we couldn't help
C: yeah me too bye""",
     False, 0.00, "negative",
     "No appointment booked ('forget it i'll just go somewhere else'); 'that's useless'."),

    ("FR44_046", "Victor Adeyemi", "2026-11-20T13:05:49", "clean",
     """A: Summit Car Rental, Victor here.
C: Hi, I have a compact booked for Tuesday through Saturday, confirmation SR-5521. We just found out my in-laws are coming, so we need more room.
A: No problem. An SUV is $22 more per day than the compact.
C: For the four days that's $88 more?
A: Exactly, $88 on top of your current booking.
C: Okay, yes, upgrade me to the SUV.
A: Done. So SUV, Tuesday to Saturday, pickup at 9 am at the airport. Is that correct?
C: That's correct. Thank you, that's a weight off my shoulders.
A: Enjoy the visit!
C: Ha, I'll try. Thanks again, really appreciate it.""",
     True, 88.00, "positive",
     "Upgrade on top of existing booking: $22 more per day x4 days = 88, accepted ('yes, upgrade me'); 'really appreciate it'."),

    ("FR44_047", "Grace Tanaka", "2026-11-23T09:12:30", "clean",
     """A: Meridian Bank fraud line, this is Grace.
C: Hi, there are three charges on my debit card from a store in another state, I'm panicking a little.
A: Let's take care of it. I see them, $89, $214, and $56. Did you make any of these?
C: No, none of them.
A: Okay, I've blocked the card, filed a dispute, and the money will be back in your account within two business days. A new card will arrive Thursday.
C: Oh wow. That's such a relief.
A: Is there anything else?
C: No, that's everything. Thank you so much, you were so calm and quick.
A: My pleasure. Take care.""",
     False, 0.00, "positive",
     "Fraud resolution, nothing bought; 'such a relief', 'Thank you so much'."),

    ("FR44_048", "Owen McCarthy", "2026-11-23T11:40:04", "asr",
     """A: oakline furniture this is owen
C: hi um i'm looking at the cloudrest mattress how much is the king
A: the king is one thousand four hundred and the queen is one thousand one hundred
C: wow okay that's more than i thought
A: we do have a hundred night trial and free delivery
C: mhm and the adjustable base how much is that
A: the base is six hundred fifty for the king
C: yeah okay um i'll come have a look in the store first
A: sure we're open till eight
C: okay thanks""",
     False, 0.00, "neutral",
     "Only asks prices (mattress and base); 'i'll come have a look in the store first' = no commitment; neutral."),

    ("FR44_049", "Maria Delgado", "2026-11-23T14:18:55", "clean",
     """A: Harbor Point Inn, this is Maria.
C: Hi. I need two rooms for the 4th and 5th of December. Two queen beds in each.
A: I have two double-queen rooms at $199 a night each.
C: Okay, reserve those.
A: Done. We also have the spa, day passes are $55 per person.
C: How many can I get? There are four of us, but only two will want that.
A: You can get any number.
C: Then two spa passes.
A: Two passes at $55 each, I'll add them to the first room. So two double-queen rooms, December 4th and 5th, plus two spa passes. Correct?
C: Correct.
A: All set. Confirmation HP-90321.
C: Okay, thank you.""",
     True, 110.00, "neutral",
     "Reserves two rooms ('reserve those', 'Correct'); two spa passes at $55 each = 110; neutral."),

    ("FR44_050", "Kevin Osei", "2026-11-24T10:26:17", "clean",
     """A: Brightline Home Internet, this is Kevin. Am I speaking with the account holder?
C: Yes.
A: And is your email still rdavis@mailbox.com?
C: Yes, that's my email. My internet has been dropping every hour since Friday.
A: I'm sorry about that. I'm seeing your modem is an older model. We could upgrade you to our Gigabit plan with a new modem for $20 more a month.
C: I called to fix my internet, not to buy anything. Can you fix it or not?
A: I can send a signal refresh now. Please give it two minutes.
C: Still dropping.
A: I'll schedule a technician, that's at no cost.
C: This is so frustrating. Four days and I'm getting a sales pitch.""",
     False, 0.00, "negative",
     "'Yes' only to identity and email; upgrade refused; free technician visit is a repair not a purchase; 'This is so frustrating'."),

    ("FR44_051", "Priya Raman", "2026-11-24T12:02:41", "asr",
     """A: tony's pizza pickup or delivery
C: pickup please two large pepperoni
A: okay two large pepperoni anything else
C: um yeah throw in the garlic knots how much are those
A: six ninety nine for a dozen
C: sure add those
A: okay two large pepperoni and garlic knots ready in twenty minutes
C: perfect you guys are the best
A: name for the order
C: lucas
A: thanks lucas see you soon""",
     True, 6.99, "positive",
     "Pickup order; garlic knots six ninety nine accepted ('sure add those') = 6.99; 'you guys are the best'."),

    ("FR44_052", "Tom Hollis", "2026-11-24T15:37:26", "clean",
     """A: Hollis Motors service, this is Tom.
C: I got a recall letter about the fuel pump on my SUV. I need to get it fixed.
A: Yes, the recall repair is free. I have Friday at 8 am.
C: Friday at 8 is fine. Book it.
A: Booked. While it's here, you're due for an oil change, $59.99 with a tire rotation.
C: Not this time.
A: Understood. The repair takes about three hours, we have a shuttle.
C: Honestly, I'm pretty annoyed this recall exists at all. I paid a lot for this car.
A: I completely understand.
C: Fine. Friday at 8. This whole thing has been a hassle.""",
     True, 0.00, "negative",
     "Recall appointment booked ('Book it') = booking; oil change $59.99 declined; 'pretty annoyed', 'a hassle'."),

    ("FR44_053", "Jenna Kowalski", "2026-11-25T09:45:13", "asr",
     """A: keystone mutual life this is jenna
C: hi yeah i'm looking into term life insurance we just had a baby
A: congratulations so for a twenty year term at five hundred thousand you'd be around thirty one a month
C: okay and if i did a million
A: that would be about fifty two a month
C: mhm okay that sounds good i'll think about it and talk to my wife
A: sure i can email you both quotes
C: yeah that'd be good
A: i'll send them right over
C: okay thanks""",
     False, 0.00, "neutral",
     "'that sounds good i'll think about it and talk to my wife' = deferral; emailed quotes not a purchase."),

    ("FR44_054", "Marcus Bell", "2026-11-25T11:10:49", "clean",
     """A: Voltaire Electronics, Marcus speaking.
C: Hi, I want to order the Pixelon 9 phone, 256 gigs, in black.
A: Sure, that's $899. Would you like a case? The rugged one is $39.
C: Yes, and a screen protector.
A: That's $19. So phone, case, and protector, $957. Let me run the card.
C: Okay.
A: I'm sorry, the payment was declined.
C: What? I have the money. Try again.
A: I tried twice, it's declined on the bank side.
C: Forget it. I'll just buy it in the store. This is ridiculous.""",
     False, 0.00, "negative",
     "Order and add-ons agreed but payment declined and nothing placed ('Forget it'); upsell 0; 'This is ridiculous'."),

    ("FR44_055", "Aisha Rahman", "2026-11-25T14:50:02", "clean",
     """A: Peak Fitness, this is Aisha.
C: Hi, I'm having knee surgery next week and I won't be able to work out for a couple of months.
A: Oh, I'm sorry. We can freeze your membership for up to three months at no charge for medical reasons.
C: Oh really? I thought I'd have to cancel.
A: Not at all. I just need a doctor's note emailed to us.
C: I can do that today.
A: Perfect, I've frozen it from the 1st.
C: That's great, thanks for being so flexible. I'll be back as soon as I can.
A: Good luck with the surgery!
C: Thank you!""",
     False, 0.00, "positive",
     "Free medical freeze, no purchase; 'That's great, thanks for being so flexible'."),

    ("FR44_056", "Daniel Novak", "2026-11-26T10:20:33", "asr",
     """A: old town walking tours this is daniel
C: hi i want to book the history walk on saturday morning for three people
A: sure the ten o'clock is twenty eight per person and we have room
C: great book three please
A: done and we also have a lunch stop option at the end it's twelve dollars and fifty cents per person
C: oh yeah add lunch for all three we'll be starving
A: okay three people saturday ten am with lunch
C: yep that's it
A: you're confirmed meet at the fountain
C: great thank you so much this'll be fun""",
     True, 37.50, "positive",
     "Books tour for three; lunch $12.50 per person x3 = 37.50 accepted; 'this'll be fun'."),

    ("FR44_057", "Laura Fitzgerald", "2026-11-26T13:08:11", "asr",
     """A: northgate power this is laura
C: yeah hi my bill went up again this month and i didn't use anything different
A: let me look it seems the rate change from october is showing up now
C: oh great so i just pay more wonderful
A: i understand i can set up our budget billing to even out the payments
C: that doesn't make it cheaper does it
A: no it spreads the cost over the year
C: then no thanks it's still more money
A: is there anything else i can help with
C: no you've done plenty thanks a lot""",
     False, 0.00, "negative",
     "Budget billing refused ('then no thanks'); sarcastic 'oh great so i just pay more wonderful', 'you've done plenty thanks a lot'."),

    ("FR44_058", "Sam Whitaker", "2026-11-27T10:55:37", "clean",
     """A: JumpZone Parties, this is Sam.
C: Hi! I want to book a birthday party for my son, he's turning seven. Saturday the 5th of December?
A: We have 1 pm open. The party package is $350 for up to 15 kids, two hours.
C: Perfect, book 1 pm on the 5th.
A: Booked! Would you like to add pizza? It's $15 per child.
C: How many kids did I say, twelve? Yeah, do the pizza for all twelve.
A: Twelve pizza meals, $180. And we have goodie bags at $8 each.
C: No, I'm making those myself.
A: Sounds great. Party on December 5th at 1 pm with pizza for twelve.
C: He's going to lose his mind. Thank you so much!""",
     True, 180.00, "positive",
     "Party booked; pizza $15 per child x12 = 180; goodie bags $8 declined; 'Thank you so much!'."),

    ("FR44_059", "Nadia Petrova", "2026-11-27T13:30:21", "asr",
     """A: taskbloom billing this is nadia
C: hi i cancelled in october and you charged me again in november forty eight dollars
A: i'm sorry let me check yes i see the cancellation it looks like it didn't process fully
C: so whose fault is that
A: that's on our side i'll refund the forty eight dollars now
C: okay and you're sure there won't be another charge
A: yes the account is fully closed now
C: well at least you fixed it i guess but i'm not impressed
A: i understand and i apologize
C: yeah bye""",
     False, 0.00, "negative",
     "Refund for wrong charge, nothing bought; 'i'm not impressed' at the end."),

    ("FR44_060", "Carlos Mendez", "2026-11-27T15:44:05", "clean",
     """A: Shieldline Pest Control, Carlos speaking.
C: Hi, I've got ants in the kitchen again. How much is your quarterly plan?
A: The quarterly home plan is $55 a month, and it covers ants, spiders and roaches.
C: Hmm. I'd sign up if it were under $40 a month.
A: I understand. We do a one-time treatment for $150 too.
C: I'll try some bait traps first and see.
A: Of course. If it doesn't help, give us a call.
C: Will do. Thanks for the info.""",
     False, 0.00, "neutral",
     "Conditional ('I'd sign up if it were under $40'); 'I'll try some bait traps first' = no purchase; neutral."),
]
