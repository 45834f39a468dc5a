CALLS = [
("FR53_041", "Hannah Whitfield", "2026-11-02T10:18:39", "clean",
"""A: Northline Mobile, Hannah speaking.
C: Hi, I'm moving to Australia next month for work, so I need to cancel my plan.
A: Congratulations on the move! We could pause the line for up to six months for $5 a month so you keep your number.
C: No, there's no point, I'm staying at least three years.
A: Understood. Your contract ended in June, so there's no early termination fee.
C: Good. When does it stop?
A: I can end it on the 30th, the end of your cycle.
C: Yes, the 30th is fine.
A: Done. Good luck in Australia.
C: Thanks.""",
False, 0.00, "neutral", "cancellation, pause offer refused ('No, there's no point'); 'Yes, the 30th is fine' is the cancel date, not a purchase"),

("FR53_042", "Marcus Reid", "2026-11-03T09:26:14", "asr",
"""A: keystone auto insurance this is marcus
C: hi yeah i just bought a second car a twenty twenty one mazda and i need to get it on my policy
A: congrats on the new car i can add it to your existing policy it'll be sixty two a month for full coverage
C: yeah add the new car to the policy please
A: okay done it's covered from today and um would you like roadside assistance on it it's four dollars a month
C: sure why not
A: great so the mazda with full coverage at sixty two plus roadside at four
C: awesome that was way quicker than i thought thanks a lot
A: you're welcome drive safe""",
True, 4.00, "positive", "'add the new car to the policy' = paid policy change; roadside $4/month accepted 'sure why not'; 'way quicker than i thought thanks a lot'"),

("FR53_043", "Yuki Tanaka", "2026-11-04T15:47:02", "clean",
"""A: Grand Meridian group reservations, Yuki speaking.
C: Hi, I need five rooms for the 12th and 13th of December for our team offsite.
A: I can do five standard kings at $179 a night, $1,790 for both nights.
C: Great, book them.
A: I'll need a card to guarantee... I'm sorry, the card ending 6020 has been declined.
C: Oh no. That's the company card. This is embarrassing.
A: It happens. Do you have another card?
C: Try my Amex, ending 1007.
A: That's gone through. Five kings, December 12th to 14th, confirmed.
C: Oh, thank goodness. Thank you for being so patient with me.""",
True, 0.00, "positive", "'book them'; first card declined, second card succeeded and agent confirms; relief 'thank goodness. Thank you for being so patient'"),

("FR53_044", "Sofia Lindqvist", "2026-11-05T10:09:51", "clean",
"""A: Dreamwell Mattress, Sofia speaking.
C: I bought the Cloud Soft mattress in August and my back has been killing me ever since. This is my third call about it.
A: I'm sorry. You're within the 120-night trial. I can exchange it for the Firm Support model. The difference is $200.
C: So I pay more because your mattress wrecked my back.
A: The Firm Support is a higher-priced model. I can waive the pickup fee.
C: Fine, I'll do the exchange. But I'm not happy it took three calls to get here.
A: I understand. Exchange booked, delivery and pickup on the 14th.
C: Fine.""",
True, 0.00, "negative", "'Fine, I'll do the exchange' with $200 paid difference = purchase; the difference is the price of the exchanged main product, not an add-on; 'I'm not happy'"),

("FR53_045", "Jamal Carter", "2026-11-06T11:38:27", "clean",
"""A: Hi, this is Jamal from DataForward Conference. You attended last year — I wanted to let you know early-bird passes are open.
C: Oh, hi! Yes, last year was great, the workshops were really useful.
A: Glad to hear it. Early bird is $299 until the 30th, then it goes to $449.
C: I'd love to come back. But anything over $250 has to be approved by my manager.
A: Understood. I can send you an invoice quote to forward to her.
C: That would be perfect, please do.
A: Sent. It'll hold the early price until the 30th.
C: Thanks so much, I'll push for it.""",
False, 0.00, "positive", "needs manager approval — no commitment ('I'd love to... has to be approved'); 'last year was great', 'Thanks so much'"),

("FR53_046", "Emily Nguyen", "2026-11-09T18:42:08", "asr",
"""A: thai orchid this is emily for pickup or delivery
C: pickup please um my wife wants the pad thai with no peanuts she's allergic
A: okay pad thai no peanuts
C: and a green curry with chicken for me and rice
A: got it would you like to add spring rolls four for six dollars
C: yeah get the spring rolls
A: okay so pad thai no peanuts green curry chicken rice and spring rolls thirty four fifty ready in twenty minutes
C: yep that's it
A: see you soon""",
True, 6.00, "neutral", "order for wife and self, read-back confirmed 'yep that's it'; spring rolls 'four for six dollars' = 6.00; flat"),

("FR53_047", "Patrick Doyle", "2026-11-10T11:04:55", "clean",
"""A: Cedar Trust Bank, Patrick speaking.
C: I'm calling about a $612 charge from an electronics store in Ohio. I live in Oregon. I've never been to Ohio.
A: I'm sorry, let me look into this.
C: This is the third time I'm explaining this. The last two people said they'd call me back and nobody did.
A: I can see the notes. I'm filing the dispute now and I'll freeze the card and send you a new one.
C: You should have done that last week.
A: You're right, I apologize. You'll get a provisional credit within two business days.
C: I'll believe it when I see it.""",
False, 0.00, "negative", "support/dispute, nothing bought; 'You should have done that last week', 'I'll believe it when I see it'"),

("FR53_048", "Grace Okafor", "2026-11-11T09:33:12", "clean",
"""A: Maple Paws Veterinary, Grace speaking.
C: Hi! Biscuit is due for his booster shots. Can I get him in this week?
A: Of course. Dr. Lane has Wednesday at 11 or Friday at 3:30.
C: Friday at 3:30, please.
A: Booked. While he's here, would you like us to do a nail trim? It's $15.
C: Oh yes, he needs that badly, he sounds like a tap dancer on our floors.
A: Ha! Added. Friday at 3:30, boosters plus nail trim.
C: Perfect. You guys are always so lovely with him, thank you.""",
True, 15.00, "positive", "'Friday at 3:30, please' + agent books; nail trim $15 accepted; 'always so lovely with him'"),

("FR53_049", "Maria Delgado", "2026-11-12T13:20:46", "clean",
"""A: Northline Mobile, Maria speaking.
C: Hi, I got a text about upgrading to the new Pixel. What would that cost me?
A: Let me look up your account. Is it 4471-2209?
C: Yes, that's my account number.
A: You'd pay $18 a month for the phone over 36 months, and your plan stays the same.
C: And if I wait until my contract ends?
A: In March, you'd be eligible for the loyalty discount, probably about $5 less a month.
C: Then I'll wait until March.
A: Sounds good, I'll note your interest.
C: Okay.""",
False, 0.00, "neutral", "'Yes, that's my account number' is not a purchase; deferral 'I'll wait until March'"),

("FR53_050", "Kevin O'Brien", "2026-11-13T19:02:31", "asr",
"""A: hi good evening this is kevin from safenest home security how are you tonight
C: oh great another sales call right in the middle of dinner
A: i'm sorry i'll be quick we're offering a free doorbell camera with any monitoring plan
C: we already have cameras
A: our plans come with twenty four seven professional monitoring for thirty nine ninety nine
C: i said we have cameras are you even listening
A: understood can i send you a brochure
C: no don't send me anything and don't call here again
A: okay sorry to bother you""",
False, 0.00, "negative", "refusal; sarcasm 'oh great another sales call'; 'don't call here again'"),

("FR53_051", "Priya Raman", "2026-11-16T12:48:19", "clean",
"""A: PulseFit membership desk, Priya speaking.
C: Hi, I want to cancel my membership. $59 a month is too much right now.
A: I'm sorry to hear that. I can offer you a month free and then $29 a month for the next year, same access.
C: Okay, if it's $29 I'll stay.
A: It's $29, locked for twelve months, starting after the free month.
C: Then yes, keep me on.
A: Done. We also have a personal training starter pack, three sessions for $120—
C: No, just the membership.
A: No problem. You're all set.
C: Okay.""",
True, 0.00, "neutral", "save accepted: conditional then confirmed 'Then yes, keep me on'; training pack declined; flat"),

("FR53_052", "Tom Becker", "2026-11-17T14:35:07", "asr",
"""A: roadway rentals customer service this is tom
C: yeah i got charged four hundred and fifty dollars for damage on a car i returned last week and there was no damage
A: let me pull up the rental um there's a report of a scratch on the rear bumper
C: that scratch was there when i picked it up i told the guy at the counter
A: do you have photos from pickup
C: no because i trusted you people that's what i get i guess
A: i can send it to the claims team for review
C: so i'm out four fifty until some team decides this is a joke
A: i understand it usually takes ten business days
C: i'm never renting from you again""",
False, 0.00, "negative", "damage-charge complaint, nothing bought; 'this is a joke', 'never renting from you again'"),

("FR53_053", "Aisha Mensah", "2026-11-18T10:27:44", "clean",
"""A: ClearVolt Energy, Aisha speaking.
C: Hi, I'd like to switch to your 100% renewable plan. I think it's a bit more than what I have?
A: Yes, it's about $8 a month more for your usage.
C: That's fine. Switch me over.
A: Done, from your next billing cycle. We also have a smart thermostat offer this month — the Nestor is $99 instead of $179, with free installation.
C: Oh, I've been eyeing those. Go on then, add the thermostat.
A: Added, $99, and the installer will call you to set a time.
C: Fantastic, this is exactly what I wanted. Thank you!""",
True, 99.00, "positive", "'Switch me over' = paid plan change; thermostat $99 accepted (the $179 list price is not counted); 'Fantastic... Thank you!'"),

("FR53_054", "Daniel Kowalski", "2026-11-19T08:49:25", "asr",
"""A: skyward airlines reservations this is daniel
C: hi um i need two tickets boston to miami on the sixth of december coming back the thirteenth
A: okay i have a nine twenty am out and a four pm back two hundred and eighty each round trip
C: yeah that's fine book those
A: do you want to choose seats it's twelve dollars per seat per flight or random assignment is free
C: hm so together we'd need to pay
A: yes twelve each for two seats on the way out for example
C: okay just on the way out yeah both seats
A: okay and travel insurance is thirty five per person
C: no thanks
A: so two round trips five sixty plus two seats outbound twenty four dollars
C: that's right""",
True, 24.00, "neutral", "'book those' + confirms read-back; seat selection 2 x $12 outbound = $24; insurance declined; flat"),

("FR53_055", "Rachel Stein", "2026-11-20T16:12:58", "clean",
"""A: Petal & Stem florist, Rachel speaking.
C: Hi, I'd like to send flowers for my mom's 70th birthday on Saturday.
A: Lovely! Our Garden Party bouquet is $65, delivered.
C: Yes, I'll take that one.
A: Would you like to add a glass vase for $20, or a box of truffles for $15?
C: No vase, she has plenty. The truffles, yes.
A: Okay, Garden Party plus truffles, $80, Saturday delivery.
C: Oh wait — actually skip the truffles. She's diabetic, I completely forgot.
A: No problem, just the bouquet, $65.
C: Thank you, you're so sweet to be patient. She's going to love it.""",
True, 0.00, "positive", "'I'll take that one' bouquet; truffles $15 accepted then retracted 'skip the truffles'; 'She's going to love it'"),

("FR53_056", "Luis Ortega", "2026-11-23T11:21:33", "clean",
"""A: Hillcrest Auto Care, Luis speaking.
C: Hi, you have my Jeep in for the check engine light. Any news?
A: Yes, the technician found a failing catalytic converter. The estimate is $1,400, parts and labor.
C: Fourteen hundred dollars? That's insane.
A: I understand. It's an expensive part. We can do it tomorrow if you approve it today.
C: No. I'll take it somewhere else and get a second opinion.
A: Okay, there's a $120 diagnostic charge for today.
C: Of course there is. Unbelievable.""",
False, 0.00, "negative", "repair estimate refused 'I'll take it somewhere else'; 'That's insane', 'Unbelievable'"),

("FR53_057", "Hannah Whitfield", "2026-11-24T09:06:17", "asr",
"""A: brightwave tech support this is hannah
C: hi um my wifi keeps dropping upstairs like every ten minutes
A: okay let's try something can you unplug the router for thirty seconds and plug it back in
C: okay done
A: now give it two minutes um i'm also changing your channel from my side
C: oh it's back and it looks faster actually
A: great if the upstairs is still weak we have a mesh extender for seventy nine dollars
C: um maybe later i'll see if this fixes it first
A: sure no problem
C: oh it's working upstairs now thank you so much you're a star""",
False, 0.00, "positive", "tech support; extender deferred 'maybe later'; 'thank you so much you're a star'"),

("FR53_058", "Marcus Reid", "2026-11-25T17:39:50", "clean",
"""A: Capitol Theatre box office, Marcus speaking.
C: Hi, I'd like four tickets for The Snow Queen on Saturday evening, the 19th of December.
A: I'm sorry, the evening show on the 19th is completely sold out. I have seats at the 2 PM matinee.
C: The kids have school events that afternoon. Is there any waitlist?
A: Not for that performance, I'm afraid.
C: That's really disappointing. We've planned this for months, it's a tradition.
A: I understand. The 20th evening has a few seats in the balcony.
C: No, we're traveling on the 20th. Forget it.""",
False, 0.00, "negative", "sold out, alternatives refused 'Forget it'; 'That's really disappointing'"),

("FR53_059", "Yuki Tanaka", "2026-11-26T14:51:36", "clean",
"""A: PawSure Pet Insurance, Yuki speaking.
C: Hi, I'd like to insure my cat. She's three, indoor only.
A: For Miso, the accident and illness plan would be $32 a month.
C: Okay. Let's go with that.
A: We also offer a wellness rider — annual checkup, vaccines, dental cleaning — for $10 a month.
C: Does it cover the vaccines she's due for in January?
A: Yes, it would.
C: Then yes, add the wellness rider.
A: So: accident and illness at $32 plus wellness at $10, starting tomorrow. Correct?
C: Correct.""",
True, 10.00, "neutral", "'Let's go with that' + confirms read-back 'Correct'; wellness rider $10/month accepted; flat"),

("FR53_060", "Sofia Lindqvist", "2026-11-27T10:44:03", "clean",
"""A: Hi, this is Sofia from Cedar Trust Bank. I'm calling about an upgrade offer for your credit card.
C: Okay.
A: The Voyager card has double points on travel and airport lounge access. The annual fee is $95.
C: My husband wants the one with the lounge access, he keeps asking me about it. Is that this one?
A: Yes, it is. I can switch you today and keep your card number.
C: Then go ahead, switch us.
A: Done. The new cards will arrive in about a week.
C: Okay, thank you.""",
True, 0.00, "neutral", "paid card upgrade for husband's wish: 'Then go ahead, switch us'; the upgrade is the main purchase, not an add-on; flat"),
]
