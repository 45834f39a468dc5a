CALLS = [
("FR38_061", "Grace Kim", "2026-11-06T08:22:10", "asr", """A: lakeside toyota service this is grace
C: hi i need a tire rotation on my camry it's pulling a little to the right too
A: okay a rotation is twenty nine ninety five and if it's pulling i'd suggest an alignment which is ninety nine ninety five
C: a hundred bucks for the alignment huh
A: it's four wheel and it saves the tires
C: mhm
A: i have tomorrow at seven thirty open
C: okay tomorrow at seven thirty and yeah go ahead and do the alignment too
A: got it rotation and alignment tomorrow seven thirty
C: okay see you then""", True, 99.95, "neutral", "books slot; alignment 99.95 accepted on top of rotation"),

("FR38_062", "Luis Mendez", "2026-11-08T13:40:02", "clean", """A: Wanderwise Travel, Luis speaking.
C: Hi! We're dreaming about a Japan trip, maybe two weeks in April, for three people.
A: Lovely. Our Classic Japan tour is $4,200 per person, including rail pass and hotels. Are your passports valid through October?
C: Yes, perfect, all three renewed last year.
A: Great. I can hold three spots for 48 hours with no deposit.
C: Honestly, I think we're looking more at next spring, my husband's work is crazy this year.
A: Of course. I'll send you the itinerary.
C: Please do. You've been lovely, this is the most helpful call I've had planning this.""", False, 0.0, "positive", "'yes, perfect' to passport question, not a purchase; deferral to next spring; warm"),

("FR38_063", "Nora Quinn", "2026-11-09T10:50:36", "asr", """A: bugaway pest control this is nora
C: hi um i saw a roach in my kitchen last night and then i saw like four more i'm so grossed out
A: oh no okay we can come out thursday for the initial treatment and then quarterly service is forty nine a visit
C: okay
A: we also have a mosquito yard treatment thirty five a visit in the warmer months
C: ugh yes the mosquitoes are terrible out back add that
A: so thursday initial treatment quarterly plan and mosquito treatment does that all sound right
C: okay go ahead then
A: you're on the schedule thursday between eight and noon
C: thank you so much i feel better already""", True, 35.0, "positive", "'go ahead then' after read-back; mosquito add-on $35 per visit counted once"),

("FR38_064", "Sam Patel", "2026-11-10T15:18:44", "clean", """A: Sugar & Spoon Bakery, this is Sam.
C: Hi! I'm thinking of a custom cake for my daughter's 5th birthday, unicorn theme.
A: Fun! A two-tier cake for 20 people is $95. Fondant unicorn figurines are $40 extra.
C: How many servings is the one-tier?
A: About 12, and that's $60.
C: Okay, I won't know the headcount until the RSVPs come in Friday. Can I call you back then?
A: Of course, we need 5 days' notice, so anytime before the 14th.
C: Perfect. Your cakes are gorgeous, by the way, my friend had one last month.""", False, 0.0, "positive", "price questions only; deferral until headcount known; complimentary"),

("FR38_065", "Maya Chen", "2026-11-11T18:05:30", "asr", """A: hi this is maya from connectra calling with a special offer for loyal customers
C: okay
A: we can upgrade your tv package to include sports and movies for just fifteen more a month shall i add that
C: yes um wait is that fifteen on top of what i'm paying now or instead
A: on top of the current bill for the first year then it goes to twenty five
C: oh so it goes up again no then forget it
A: it's a really good value
C: you people always do this with the first year pricing no thanks""", False, 0.0, "negative", "'yes' followed by a question, then refusal; irritated"),

("FR38_066", "Derek Olsen", "2026-11-12T11:27:15", "clean", """A: Hi, this is Derek from Quillwork, your account manager.
C: Hi Derek. We hired five new people, so we need more seats on our plan.
A: Sure. Additional seats are $15 per user per month, so five would be $75 a month extra.
C: Fine. What do you need from me?
A: I'll prepare an amended order form for signature.
C: Send it over and I'll sign.
A: Sent to your inbox just now.
C: Got it... signed and returned.
A: Thanks, the seats are live. Invite them from the admin panel.
C: Okay.""", True, 75.0, "neutral", "add-on to existing subscription: 5 seats x $15 = 75; signs amended order"),

("FR38_067", "Priya Nair", "2026-11-13T20:10:40", "asr", """A: ticketpoint this is priya
C: hey i want two tickets for the comedy show at the orpheum on the thirtieth
A: i have two in the mezzanine at forty eight each
C: okay yeah let's grab those
A: okay i'll just need
C: oh wait hold on my friend just texted me she already bought tickets for us ha
C: sorry can you cancel that completely
A: no problem nothing was charged
C: sorry for wasting your time you've been super nice thank you""", False, 0.0, "positive", "commitment then whole order cancelled; friendly"),

("FR38_068", "Tom Walsh", "2026-11-14T20:40:00", "clean", """A: Lakeshore Inn, Tom speaking.
C: Hi, I need a room for tonight, just one night, a king if you have it.
A: I have a king at $169. Can I get a card to hold it?
C: Sure, Visa ending 6612. Book it.
A: I'm sorry, the card was declined. Do you have another one?
C: Declined? That's impossible. No, that's the only one I have on me.
A: I'm sorry, I can't hold it without a card.
C: Great. Just great. I'll find somewhere else.""", False, 0.0, "negative", "booking failed (card declined), nothing booked"),

("FR38_069", "Lucia Ortiz", "2026-11-16T09:55:29", "asr", """A: riverside dental this is lucia
C: hi i have a cleaning on the eighteenth at ten fifteen
C: i wanted to ask about the whitening
A: sure the in office whitening is one fifty and we can do it right after your cleaning that day
C: one fifty okay
C: yeah add it to my appointment then
A: okay so cleaning at ten fifteen followed by whitening you'll be here about two hours
C: that's fine
A: anything else
C: no that's it thanks""", True, 150.0, "neutral", "add-on to an earlier booking: whitening one fifty = $150"),

("FR38_070", "Ben Carter", "2026-11-17T12:44:58", "clean", """A: Hi, this is Ben with HomeGuard Warranty. You just closed on 31 Cedar Court, congratulations!
C: Thanks. What's this about?
A: Our home warranty covers your HVAC, water heater and appliances for $54 a month.
C: Okay, sounds good, but I'm not ready to buy anything else this month. We just spent everything on the closing.
A: Totally understand. Can I send you a brochure?
C: Sure, you can mail it.
A: Will do.
C: Alright, thanks.""", False, 0.0, "neutral", "interest but 'not ready to buy'; yes to brochure only"),

("FR38_071", "Aisha Rahman", "2026-11-18T19:33:12", "asr", """A: golden wok takeout what can i get for you
C: hi uh one general tso's chicken one beef lo mein and a dozen wings
A: okay and do you want to add fries they're three ninety five
C: sure add fries
A: okay general tso's beef lo mein twelve wings and fries
C: actually take off the wings my son's not eating with us
A: no problem general tso's beef lo mein and fries for pickup in twenty minutes
C: yep that's it
C: you guys are the best honestly every time""", True, 3.95, "positive", "wings retracted by name; fries 3.95 kept; read-back confirmed"),

("FR38_072", "Kevin Doyle", "2026-11-19T14:14:26", "clean", """A: MetroVision customer loyalty, Kevin speaking.
C: I'd like to cancel. $140 a month for channels I never watch.
A: I hear you. I can bring it down to $99 for 12 months.
C: Oh wow, $99. What a bargain. For the same channels I never watch.
A: I could also add premium movie channels free for three months.
C: More channels I won't watch. No, please just cancel.
A: Okay, I've scheduled the cancellation for the end of the cycle.
C: Thank you. Took only 45 minutes on hold to get here.""", False, 0.0, "negative", "save offers refused with sarcasm; cancellation"),

("FR38_073", "Sofia Rossi", "2026-11-20T10:10:10", "asr", """A: cedar federal this is sofia
C: hi i got a letter about the rewards plus credit card
A: yes it's three percent back on groceries and gas and you're pre approved
C: okay is there an annual fee
A: it's ninety five dollars a year waived the first year
C: hm ninety five after that
A: yes shall i submit the application for you
C: nah i think i'll stick with my current card for now
A: no problem
C: okay thanks for explaining though""", False, 0.0, "neutral", "declines application after asking about fee"),

("FR38_074", "Marcus Lee", "2026-11-21T16:05:50", "clean", """A: Lena Frost Photography, this is Marcus, her studio manager.
C: Hi, we're getting married June 14th next year and we'd love Lena to shoot it.
A: Oh, I'm sorry, Lena is already booked on June 14th. Her associate Pete is available, and his package is $2,800.
C: We really only wanted Lena. We've followed her work for years.
A: I understand. Would you consider Pete? His work is really lovely.
C: I'm sure it is, but no. We'll keep looking.
A: I'm sorry we couldn't help.
C: Yeah. That's a bit of a letdown, honestly.""", False, 0.0, "negative", "date unavailable, alternative declined; quietly disappointed"),

("FR38_075", "Hannah Berg", "2026-11-23T11:48:33", "asr", """A: sparkle express car wash this is hannah
C: hi i want to sign up for the unlimited wash thing i saw the sign
A: sure the unlimited is twenty nine ninety nine a month and for five more you get tire shine and rain repellent every wash
C: five more a month
A: yes thirty four ninety nine all together
C: yeah do it with the tire shine
A: great what card should i use
C: put it on the same card as last time the one ending in eight eight
A: done your sticker will be ready at the booth
C: sweet i'm honestly there like twice a week so this is great""", True, 5.0, "positive", "membership sign-up; tire shine add-on $5/month"),

("FR38_076", "Omar Haddad", "2026-11-24T09:09:19", "clean", """A: CoolAir Heating & Cooling, this is Omar.
C: Your technician was supposed to come yesterday between 8 and 12. Nobody showed up. Nobody called.
A: I'm very sorry. I see the tech was rerouted to an emergency. I can send someone tomorrow at 9.
C: I took a day off work for this.
A: I understand, and I'll waive the $89 diagnostic fee.
C: No. I don't want anyone from your company. Cancel the whole thing.
A: I've cancelled it. Again, I apologise.
C: Don't bother. I've already called another company.""", False, 0.0, "negative", "no-show complaint; service cancelled; fee waiver not a purchase"),

("FR38_077", "Grace Kim", "2026-11-25T13:20:44", "asr", """A: bloom and stem this is grace
C: hi um i need to send flowers to a funeral on saturday at saint mark's chapel
A: i'm so sorry for your loss our standing spray of white lilies is one hundred forty nine
C: okay that one
A: would you like a ribbon banner with a message it's fifteen dollars
C: yes please it should say forever in our hearts
A: so the white lily standing spray with a ribbon banner forever in our hearts to saint mark's chapel saturday by nine a m
C: yes that's right
A: it's placed and i'll make sure it looks beautiful
C: thank you you've been so kind it means a lot""", True, 15.0, "positive", "read-back confirmed; ribbon banner $15; grateful"),

("FR38_078", "Luis Mendez", "2026-11-26T17:37:21", "clean", """A: Trellis support, Luis speaking.
C: Hi, I was charged twice for November. Two charges of $29 on the 1st.
A: Let me check... yes, a duplicate charge. I've refunded one of them, it'll show in 3-5 days.
C: Okay.
A: Is there anything else I can help with?
C: No.
A: Would you be willing to take a short survey after this call?
C: Yes, that's fine.
A: Thank you.
C: Okay, bye.""", False, 0.0, "neutral", "duplicate-charge refund; yes to survey is not a purchase"),

("FR38_079", "Nora Quinn", "2026-11-27T12:02:05", "asr", """A: rapid rooter this is nora
C: yeah my kitchen sink is clogged and the garbage disposal's humming
A: okay we can send someone the earliest is friday afternoon
C: friday it's tuesday
A: i'm sorry we're very busy this week and the estimate for a disposal replacement is around four twenty installed
C: four hundred twenty dollars for a disposal that's insane
A: that includes the unit and labor
C: no i'll just have my brother in law look at it
A: okay if you change your mind give us a call
C: yeah doubt it""", False, 0.0, "negative", "no booking; price rejected; dismissive"),

("FR38_080", "Sam Patel", "2026-11-28T15:55:37", "clean", """A: Wanderwise Travel, Sam speaking.
C: Hi, I'd like to book the Costa Rica zipline adventure tour for the week of December 20th, two adults and my son.
A: Wonderful. How old is your son?
C: He's 9.
A: I'm sorry, this tour requires all travelers to be 12 or older. The booking won't go through with a 9-year-old.
C: Oh. Is there a family version?
A: Not for those dates, unfortunately, the family departures are sold out until February.
C: February doesn't work with school. Well, that's a shame. I'd really hoped to surprise him.
A: I'm sorry. I can let you know if anything opens up.
C: Okay, I suppose. Thanks.""", False, 0.0, "negative", "booking could not be fulfilled (age rule), family tour sold out; disappointed"),
]
