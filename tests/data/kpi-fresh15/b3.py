CALLS = [
("FR15_041", "Elena Petrova", "2026-11-23T09:20:00", "asr", """A: hi mister kaur this is elena from swift car rental you've rented with us six times this year so i wanted to tell you about swift plus
C: okay what is it
A: it's forty nine a year you skip the counter get a free upgrade when available and ten percent off every rental
C: ten percent off every rental huh with six rentals that pays for itself
A: pretty much would you like me to enroll you
C: yeah go ahead enroll me
A: done and for fifteen a year i can add a second card for your spouse so she gets the same perks
C: she does rent for her work trips yeah add her card
A: okay your cards will be emailed today
C: alright thanks""",
 True, 15.0, "neutral", "outbound: enrolls in $49/yr program (main); spouse card $15/yr accepted; businesslike"),

("FR15_042", "Jamal Wright", "2026-11-23T18:45:00", "clean", """A: Good evening, this is Jamal from Northwave Mobile. I'm calling about a special offer on family plans.
C: It's quarter to seven. We're eating dinner.
A: I apologize, it will only take two minutes. You could save up to $30 a month by adding your lines together.
C: I already told your company I don't want these calls. I'm on the do-not-call list.
A: I'm sorry, I'll check that.
C: You people are unbelievable. Do not call this number again.
A: I'll remove you right away.
C: Good.""",
 False, 0.0, "negative", "outbound sales refused, angry at interruption and unwanted calls"),

("FR15_043", "Sofia Russo", "2026-11-24T11:30:00", "asr", """A: hi this is sofia from safehaven security you asked for a callback about home monitoring
C: oh yes thank you for calling back there were two break ins on our street last week
A: i'm sorry to hear that our standard package is thirty four ninety nine a month with a doorbell camera a keypad and three door sensors
C: okay we have a side door and a back door and a garage door is three enough
A: you'd want two more sensors they're twenty five each
C: okay so add two more
A: so the standard package plus two extra sensors shall i schedule the install
C: yes please the sooner the better
A: i have saturday at nine
C: saturday's perfect oh i feel so much better thank you""",
 True, 50.0, "positive", "callback sale: package accepted; two extra sensors at $25 each = 50; relieved and grateful"),

("FR15_044", "Ken Tanaka", "2026-11-24T19:25:00", "clean", """A: Golden Wok, this is Ken.
C: Hi, I just got my delivery. Order 2214. The kung pao is missing and the fried rice is cold.
A: Oh, I'm really sorry. Let me see. Yes, the kung pao was left off. I'll refund it, $16.50, and take 20% off your next order.
C: Okay.
A: Would you like us to send the kung pao now? It would be about 40 minutes.
C: No, it's fine, we'll eat what we have.
A: Again, I'm sorry.
C: It's okay. It's just the second time this month. I think we'll probably order somewhere else for a while.""",
 False, 0.0, "negative", "complaint; refund and coupon are not purchases; resend declined; quietly disappointed, plans to leave"),

("FR15_045", "Hannah Kowalski", "2026-11-25T10:40:00", "asr", """C: hi um i want to cancel my pixelpro subscription i only use it for like two months a year
A: i can do that for you before i do did you know we have an annual plan
C: no i'm on monthly it's twelve ninety nine
A: right the annual plan is forty nine ninety nine for the whole year so about four dollars a month
C: oh wait really that's way less than what i'm paying
A: it is would you like me to switch you to annual instead of cancelling
C: yes do that
A: done and since you mentioned storing a lot of raw files i can add two hundred gigs of cloud storage for one ninety nine a month
C: honestly yeah my laptop is full add it
A: all set annual plan plus the storage
C: wow okay that's way better i'm glad i called thanks""",
 True, 1.99, "positive", "retention: switches to annual plan instead of cancelling; storage $1.99/mo accepted; pleased"),

("FR15_046", "Omar Haddad", "2026-11-25T15:15:00", "clean", """A: Arena Box Office, Omar speaking.
C: Hi, two tickets for Blue Meridian on December 5th, the $48 seats.
A: Sure. With the service fee that's $62 each, $124 total.
C: Wait, $14 a ticket in fees? For what?
A: It's the venue and processing fee, it applies to all phone and online orders.
C: That's a rip-off. What would the VIP upgrade cost, just out of curiosity?
A: VIP is $40 more per ticket and includes early entry.
C: No. Just the regular ones. Book them.
A: Two tickets, December 5th, $124. Confirmation is on its way.
C: Fine. Still think those fees are a scam.""",
 True, 0.0, "negative", "tickets booked; VIP price only asked about; fees are not upsell; resentful about fees"),

("FR15_047", "Grace Mbeki", "2026-11-26T08:15:00", "asr", """A: lakeside family clinic this is grace
C: hi i'd like to see doctor ahmed for a follow up on my blood pressure
A: let me look doctor ahmed's first opening is january ninth
C: january that's seven weeks away
A: i know i'm sorry she's fully booked i could get you in with doctor perez next tuesday
C: no i'd rather stay with doctor ahmed she knows my history
A: i understand i can put you on her cancellation list
C: yes put me on the list and call me at five five five zero one nine two if something opens
A: done you're on the list
C: okay thanks""",
 False, 0.0, "neutral", "no availability with preferred doctor, alternative declined; 'yes' to a waitlist/callback is not a booking"),

("FR15_048", "Lucas Ferreira", "2026-11-26T13:35:00", "clean", """A: Hi Ms. Fontaine, Lucas from Cinemax+ Streaming. I see you're streaming on four TVs on the Standard plan, which only supports HD.
C: Yes, we have a new 4K TV, actually. The picture's been a bit soft.
A: Premium is $6 more a month and gives you 4K and four screens at once. Should I switch you?
C: Sure, why not.
A: Done. Also, your son's account is logged in from a different address. For $7.99 a month you can add him as an extra member so he keeps his own profile.
C: Oh, he's at college, yes. Add him.
A: All set.
C: Nice, that's handy. Thanks for calling.""",
 True, 7.99, "positive", "outbound: 'Sure, why not' to closing question = plan upgrade (main); extra member $7.99/mo accepted"),

("FR15_049", "Maya Chen", "2026-11-27T08:58:00", "asr", """C: hi uh i'm flying to mexico on sunday and i don't want a huge bill
A: sure our travel pass gives you your normal plan in mexico for ten dollars a day
C: ten a day and i'm there for six days
A: you're only charged on days you actually use the phone
C: okay so if i leave it in airplane mode one day that day's free
A: exactly
C: okay then yeah turn it on for the trip
A: done it's active from sunday the thirtieth
C: okay thanks""",
 True, 0.0, "neutral", "travel pass added (the main purchase of the call, no add-on); six days is a count; neutral"),

("FR15_050", "Dev Patel", "2026-11-27T12:00:00", "clean", """A: Hi, this is Dev with Coral Shores Resorts. You've been selected for a three-night stay in Cancun for just $199, with a short 90-minute owner presentation.
C: A timeshare presentation.
A: It's a vacation ownership preview, with no obligation at all.
C: We did one of these in Orlando. They kept us four hours and wouldn't let us leave without talking to three managers.
A: Ours is strictly 90 minutes.
C: That's what they said too. No, absolutely not. And please don't call again.
A: I understand. Have a good day.
C: Mm-hm.""",
 False, 0.0, "negative", "outbound: firm refusal with hostility toward the offer; bad past experience"),

("FR15_051", "Rosa Alvarez", "2026-11-28T10:25:00", "asr", """A: hi mrs novak this is rosa from harbor mutual i'm calling because your auto and home policies qualify for an umbrella policy
C: oh what is that exactly
A: it adds a million dollars of liability above your other policies in case someone sues you after an accident
C: huh i never thought about that
A: it's about two hundred ten a year for you
C: okay that's not bad i'd sign up if my financial planner says i need it i see him next week
A: of course i can email you a summary to share with him
C: yes that's my email n novak at mailbox dot com
A: sent
C: thanks for explaining it so clearly that was actually really helpful""",
 False, 0.0, "positive", "outbound: conditional on planner + 'yes that's my email' -> no conversion; warm thanks at end"),

("FR15_052", "Tom Becker", "2026-11-28T14:40:00", "clean", """A: Hi, this is Tom from Riverside Honda service. There's a recall on the fuel pump for your 2020 Civic; the repair is free.
C: Oh, I got a letter about that. How long does it take?
A: About two hours. I have Wednesday at 8 a.m. or Thursday at 1 p.m.
C: Wednesday at 8. I'll wait there.
A: You're booked. While it's in, your cabin air filter is due. It's $49 installed.
C: Okay, go ahead and do the filter too.
A: Got it. Recall repair plus cabin filter, Wednesday at 8.
C: Okay, see you Wednesday.""",
 True, 49.0, "neutral", "outbound: free recall appointment booked (appointment = conversion); cabin filter $49 accepted"),

("FR15_053", "Aisha Rahman", "2026-11-29T16:10:00", "asr", """C: hi i need to add my son to our car insurance he just got his license
A: congratulations to him let me pull up the policy how old is he
C: sixteen
A: okay adding a sixteen year old driver brings the policy to four hundred eighty a month up from three forty
C: a hundred forty more a month that's insane
A: i know teen drivers are expensive he might qualify for a good student discount later
C: i don't have a choice do i okay add him
A: done i'd also suggest accident forgiveness it's twelve a month
C: yeah fine add that
A: okay both added
C: actually no take the accident forgiveness off i can't pay for another thing right now
A: okay removed your son is added to the policy
C: yeah great another bill i can't afford""",
 True, 0.0, "negative", "paid policy change accepted; accident forgiveness accepted then retracted -> 0; sarcastic, unhappy"),

("FR15_054", "Liam O'Connor", "2026-11-30T09:35:00", "clean", """C: Hi, I'm organizing a wedding block for the weekend of May 16th. I need 10 rooms for two nights.
A: Let me check... I can only offer 6 rooms that weekend, I'm afraid. There's a conference.
C: Only 6? Well, the other guests can stay at the B&B down the road. Let's take the 6.
A: The group rate is $189 per room per night. So 6 rooms for May 16th and 17th. Shall I confirm the block?
C: Yes, confirm it.
A: Done. We offer late checkout at 2 p.m. for $30 per room, since the brunch is the next day.
C: That's a great idea. Add it for all 6.
A: Late checkout for all 6 rooms added.
C: Wonderful. You've been so helpful, thank you!""",
 True, 180.0, "positive", "partial availability, takes 6 of 10 rooms (conversion); late checkout $30 per room x 6 = 180; happy"),

("FR15_055", "Priya Nair", "2026-11-30T17:05:00", "asr", """A: hi mister cole it's priya from guardian pest control how are you
C: oh hey good good you guys did a great job on the wasps this summer
A: thank you i'm calling because your quarterly plan renews in december
C: sure what's the price
A: it's going to be one sixty five a quarter
C: wait it was ninety five you said there was a deal
A: that was the new customer promotion
C: so new customers get ninety five and i get one sixty five for being loyal
A: i can offer one forty nine
C: no that's ridiculous i'm done cancel the renewal""",
 False, 0.0, "negative", "outbound renewal; friendly start, revised price refused, cancels; end weighs more -> negative"),

("FR15_056", "Marcus Hill", "2026-11-30T11:55:00", "clean", """A: Hi, this is Marcus from HostNest. Your hosting plan for bakerstreetbakes.com expires on December 3rd.
C: Oh, good timing, I'd forgotten. What are the options?
A: One year is $119, or two years is $209.
C: Two years, please.
A: Done. You're also missing domain privacy, which hides your home address from the public registry. That's $9.99 a year.
C: My home address is public? Yes, add that.
A: And an SSL certificate, $59 a year, so browsers stop showing "not secure".
C: Both then. Add the SSL too.
A: All set: two years of hosting, privacy and SSL.
C: Okay, thank you.""",
 True, 68.99, "neutral", "outbound renewal (2 yrs, main); privacy $9.99 + SSL $59 = 68.99; neutral"),

("FR15_057", "Elena Petrova", "2026-11-21T16:30:00", "asr", """C: hi i returned a car on sunday and you charged me eighty five dollars for fuel and i filled the tank
A: i'm sorry about that can i have the agreement number
C: it's r four four seven one nine
A: thank you i see the return shows an eighth of a tank let me check the photos from the return lane
C: i have the gas receipt from two miles away
A: okay the photo shows a full tank the agent entered it wrong i'm reversing the eighty five dollar charge now
C: oh okay great
A: you'll see it in three to five days
C: okay that was way easier than i thought thanks elena i really appreciate it""",
 False, 0.0, "positive", "billing complaint resolved by refund (not a purchase); calm start, appreciative end"),

("FR15_058", "Jamal Wright", "2026-11-22T13:20:00", "clean", """C: Hi, I want to cancel my home internet. Money's tight right now.
A: I'm sorry to hear that. Can I offer you something first? I can take 50% off your bill for the next three months, so $35 instead of $70.
C: And after three months it goes back to $70?
A: Yes, then back to the regular price. You can cancel any time.
C: Okay. I'll stay on the discounted plan for now.
A: Great, it's applied. Would you like to add a second mobile line for $25 a month?
C: No. I just said money's tight.
A: Of course. You're all set.
C: Okay. Thanks.""",
 True, 0.0, "neutral", "retention: accepts discounted plan (conversion); extra line declined; flat tone"),

("FR15_059", "Sofia Russo", "2026-11-22T18:10:00", "asr", """A: hi this is sofia from vine and barrel wine club do you have a minute
C: uh a minute sure
A: we have a monthly wine club at thirty nine a month
C: no thanks i don't really drink that much
A: totally fair we also do one time gift boxes a lot of people send them for the holidays
C: oh hm actually my brother's birthday is next week and he loves wine
A: the three bottle reds box is sixty nine with free shipping
C: yeah okay send him the reds box
A: lovely and we can add gift wrap with a handwritten card for five dollars
C: yes do the card too
A: done it'll arrive by friday
C: oh perfect you just solved my birthday problem thanks so much""",
 True, 5.0, "positive", "outbound: subscription refused, then changes mind to buy gift box (main $69); gift wrap $5 accepted"),

("FR15_060", "Ken Tanaka", "2026-11-23T14:45:00", "clean", """A: Maison Verte, this is Ken.
C: Hi, table for 4 this Friday at 7:30?
A: Yes, I have 7:30. So a table for 4, Friday at 7:30, under which name?
C: Amara Singh.
A: Got it. I should mention that Friday evenings are our tasting menu only, $85 per person.
C: Wait, there's no regular menu on Fridays?
A: Not on Fridays, I'm afraid.
C: Then please cancel it. That's not what we were looking for. That should really be on your website.
A: I'm sorry, I'll cancel the reservation.
C: Really disappointing. We were looking forward to it.""",
 False, 0.0, "negative", "booking made then cancelled by customer on learning of tasting menu; disappointed"),
]
