CALLS = [
("FR77_041", "Grace Whitfield", "2026-11-02T11:38:00", "clean",
"""A: BrightNest Hosting, Grace speaking.
C: Hi Grace. We're a small law office and we want proper email on our own domain instead of Gmail.
A: Sure. Business Mail is $6 per user per month. How many people?
C: Eight.
A: That's $48 a month for the eight mailboxes, with 50 GB each.
C: Okay, go ahead and set up the eight.
A: Will do. For a law office, many clients add archiving, it keeps every message for seven years. It's $2 per user a month.
C: Yes, we actually need that for compliance. Add archiving for all eight.
A: Done, eight mailboxes plus archiving for eight, $16 a month on top.
C: Wonderful, that was much easier than I feared. Thank you!""",
True, 16.00, "positive", "'go ahead and set up the eight'; archiving $2 x 8 users = 16.00 'Add archiving for all eight'; 'much easier than I feared'"),

("FR77_042", "Kenji Moreno", "2026-11-03T08:47:00", "asr",
"""A: greenshield pest control this is kenji
C: hi so the inspector came yesterday and said we have bed bugs in two bedrooms
A: i'm sorry i see the report the heat treatment for two rooms is twelve hundred dollars
C: twelve hundred are you kidding me
A: it's one treatment and it's guaranteed for ninety days
C: that's insane nobody told me it'd be anywhere near that
A: i could split it into two payments of six hundred
C: no i'm not paying that i'll figure something else out this is a rip off""",
False, 0.0, "negative", "refusal 'no i'm not paying that'; 'this is a rip off'"),

("FR77_043", "Rachel Stein", "2026-11-04T10:58:00", "clean",
"""A: Deskline Office Supply, Rachel speaking.
C: My order was supposed to come Monday. It came today, and half of it is missing.
A: I'm sorry. I see the toner and the label tape were backordered and shipped separately.
C: Nobody told me that. I had to buy toner at the drugstore for twice the price.
A: I apologize. I can ship the rest overnight at no charge.
C: Whatever. Just get it here.
A: It'll arrive tomorrow by noon. Would you like to try our auto-reorder service so you never run out?
C: No. I'd like you to get the first order right.""",
False, 0.0, "negative", "free reshipment is not a purchase; auto-reorder refused; 'Whatever', 'get the first order right'"),

("FR77_044", "Omar Haddad", "2026-11-05T12:22:00", "asr",
"""A: keepsafe storage omar speaking
C: yeah hi i have a five by ten with you and it's packed i was wondering about a ten by ten
A: sure a ten by ten is one twenty nine a month so fifty more than what you pay now
C: hmm and can you move my stuff or do i do that
A: you'd move it but we lend you a cart and there's no transfer fee
C: okay um i'll think about it and call you back next week
A: sure i can't hold it but we usually have a few open
C: okay thanks""",
False, 0.0, "neutral", "'i'll think about it and call you back next week'"),

("FR77_045", "Bethany Cole", "2026-11-05T17:05:00", "clean",
"""A: Brightpath Tutoring, Bethany speaking.
C: Hi! My son needs help in chemistry. Do you have someone for twice a week?
A: Yes, Mr. Osei has Mondays and Wednesdays at 5. It's $60 an hour.
C: That's perfect. Let's book Mondays and Wednesdays.
A: Great. We also have a Study Portal, $15 a month, where every session is recorded so he can rewatch before tests.
C: Oh, he would actually use that. Yes, add the portal.
A: Added. First session Monday at 5.
C: Thank you so much, I'm really relieved.""",
True, 15.00, "positive", "'Let's book Mondays and Wednesdays'; portal $15/mo 'Yes, add the portal'; 'really relieved'"),

("FR77_046", "Victor Nguyen", "2026-11-06T07:20:00", "clean",
"""A: Toolshed Rentals, Victor speaking.
C: I'm in your parking lot and the 5,000-watt generator I reserved isn't here.
A: I'm sorry, it looks like it went out on an earlier contract and wasn't returned.
C: Oh perfect. So the reservation means nothing.
A: I can give you the 7,500-watt unit for the same $110 a day.
C: Fine. I'll take the bigger one, same price, two days.
A: Done, it's on your contract at $110 a day.
C: This better not happen again. I had a crew waiting.""",
True, 0.0, "negative", "substitute accepted 'I'll take the bigger one, same price' (no extra price = no upsell); sarcastic 'Oh perfect', ends 'better not happen again'"),

("FR77_047", "Sofia Marchetti", "2026-11-09T13:33:00", "asr",
"""A: spotless home cleaning sofia speaking
C: hi i host two airbnbs downtown and i'm looking for a turnover cleaning service
A: we do those a lot turnover clean for a one bedroom is ninety five and that includes linens and restocking
C: oh nice ninety five each time
A: yep and we can do same day turnovers if we get twenty four hours notice
C: honestly you sound great and way better organized than my current people
A: would you like to set up the first one
C: um let me look at my booking calendar first and i'll think about it
A: sure i'll text you our link
C: perfect thank you you've been really nice""",
False, 0.0, "positive", "interest only 'let me look at my booking calendar first and i'll think about it'; 'you sound great'"),

("FR77_048", "Derek Palmer", "2026-11-10T09:12:00", "clean",
"""A: Ledgerly, Derek speaking.
C: We're on the Team plan with 20 seats. We hired three people, I need three more seats.
A: Sure, three seats at $22 per seat per month, prorated for this cycle. Go ahead?
C: Yes, add the three seats.
A: Done, you're at 23. Would you like single sign-on? It's $3 per seat per month, so $69 for 23 seats.
C: Not this quarter. Budget's frozen until January.
A: Understood. The new seats are active now.
C: Okay, thanks.""",
True, 0.0, "neutral", "'Yes, add the three seats' is the main purchase; SSO $69 deferred to budget; flat"),

("FR77_049", "Priya Raman", "2026-11-10T15:55:00", "clean",
"""A: Lumen Studio, Priya speaking.
C: Hi, I booked a family session for the 22nd and I need to cancel.
A: I'm sorry to hear that. Could we move it to another weekend?
C: Your photographer rescheduled us twice already. I'm not doing it a third time.
A: I understand. I could offer the session at 20% off, any date you like.
C: No. I've already booked someone else. Please just cancel and refund the deposit.
A: I'll cancel it and refund the $100 deposit today.
C: Thank you. Honestly, it's been really frustrating.""",
False, 0.0, "negative", "cancellation, 20% off save offer refused; 'really frustrating'"),

("FR77_050", "Marcus Webb", "2026-11-11T12:07:00", "asr",
"""A: careful hands moving marcus speaking
C: hi we're moving from denver to austin in january and i wanted a ballpark
A: sure for a three bedroom long distance with packing you're looking at about four thousand two hundred
C: okay and that's everything packing truck unloading
A: packing loading the drive unloading and basic coverage
C: that's actually less than i thought
A: i can lock that price for thirty days if you'd like to reserve
C: um my husband handles all the money stuff let me run it by him tonight
A: of course i'll email the quote
C: great thanks this was really helpful""",
False, 0.0, "positive", "deferral 'let me run it by him tonight'; 'really helpful'"),

("FR77_051", "Elena Duarte", "2026-11-11T14:44:00", "clean",
"""A: PrintWorks, Elena speaking.
C: I need to reorder letterhead. And the last batch the blue was purple. Purple.
A: I'm so sorry. I'll note your Pantone so we match it exactly, and I'll check the proof myself.
C: Okay. 1,000 sheets, same as before, $140.
A: Got it, 1,000 letterhead at $140. Would you like matching envelopes? 500 for $65.
C: Fine. Do the envelopes too.
A: Both are in. You'll have a color proof by Wednesday.
C: And if the blue is wrong again, I'm done with you guys.""",
True, 65.00, "negative", "reorder committed; envelopes $65 'Fine. Do the envelopes too'; curt, ends with a threat"),

("FR77_052", "Tom Kowalski", "2026-11-12T11:28:00", "asr",
"""A: brightnest hosting tom speaking
C: hi i need to cancel my hosting account
A: sorry to hear that can i ask what's going on
C: nothing's wrong i just moved the site to the platform my agency uses
A: i could give you a free month while you finish the move
C: no just cancel it please i've moved everything already
A: understood it's cancelled effective today
C: okay thanks""",
False, 0.0, "neutral", "cancellation, free month refused 'no just cancel it please'; flat"),

("FR77_053", "Aisha Grant", "2026-11-12T16:31:00", "clean",
"""A: Spotless Commercial, Aisha speaking.
C: Hi. We got your quote. $410 a week for the clinic.
A: Yes, that covers nightly cleaning five days a week and a weekly disinfection.
C: Our last crew was terrible. Left trash, skipped rooms. Your price is higher and honestly I don't trust any of you.
A: I understand. We do a walkthrough every month and you can cancel any time with 14 days' notice.
C: That's what the last company said too.
A: Would a free trial night help?
C: No. I'm not interested. We'll just hire someone directly.""",
False, 0.0, "negative", "refusal 'No. I'm not interested'; 'I don't trust any of you'"),

("FR77_054", "Daniel Okafor", "2026-11-13T10:14:00", "asr",
"""A: brightpath tutoring daniel speaking
C: hey so i'm a college junior and i've got a term paper due in december and i'm kind of drowning
A: we do essay coaching forty dollars an hour most people do three sessions
C: okay three sessions works can we start this week
A: sure thursday friday and next tuesday at seven pm with kara
C: yeah book those
A: done you'll get the zoom links tonight
C: awesome thanks so much i feel way better already""",
True, 0.0, "positive", "'yeah book those'; 'feel way better already'"),

("FR77_055", "Hannah Lindqvist", "2026-11-16T11:46:00", "clean",
"""A: PartyTime Rentals, Hannah speaking.
C: I need a projector and a screen for our board meeting on Thursday.
A: The HD projector with a 100-inch screen is $145 for the day. So Thursday, delivery at 8, pickup at 6?
C: Yes, that's right.
A: Let me run the card. I'm sorry, it's declined.
C: Try it again. There's plenty on it.
A: It's declined again, and the hold isn't going through.
C: Unbelievable. I don't have time for this. I'll call our office manager and have her deal with it.
A: I'll keep the quote ready.""",
False, 0.0, "negative", "read-back confirmed but card declined twice, nothing booked; 'Unbelievable'"),

("FR77_056", "Luis Ortega", "2026-11-17T09:34:00", "clean",
"""A: Deskline Office Supply, Luis speaking.
C: We're refitting the call room. Price on 30 of the ErgoFlex chairs?
A: ErgoFlex is $219 each, and at 30 units I can do $195 each, so $5,850.
C: Assembly?
A: Assembly is $12 a chair, or free over 25 units, so free for you.
C: Send me the quote in writing. Procurement has to approve anything over five grand.
A: Will do, the price holds for 30 days.
C: Thanks.""",
False, 0.0, "neutral", "deferral to procurement 'Send me the quote in writing'; flat"),

("FR77_057", "Grace Whitfield", "2026-11-17T13:58:00", "asr",
"""A: greenshield pest control this is grace thanks for holding
C: forty minutes i've been on hold for forty minutes
A: i'm really sorry we're short staffed today
C: that's ridiculous anyway i want the quarterly service the one my neighbor has
A: the quarterly home plan is one twenty five a quarter and it covers ants spiders roaches and mice
C: fine just book it
A: booked first visit is the twenty fourth in the morning
C: okay and next time pick up the phone""",
True, 0.0, "negative", "'fine just book it'; hold time 'ridiculous', sour ending 'next time pick up the phone'"),

("FR77_058", "Kenji Moreno", "2026-11-18T10:50:00", "clean",
"""A: Lumen Studio, Kenji speaking.
C: Hi Kenji, I'm an agent at Crestview Realty. I've got a listing going up Friday and I need photos.
A: Our listing package is $199: 25 edited interior and exterior shots.
C: Great, let's book Wednesday morning.
A: Wednesday at 9 works. Would you like drone aerials? $120 for ten shots.
C: The lot is huge, yes, definitely add the drone.
A: And twilight exteriors are another $95.
C: No, skip twilight. Just the package and the drone.
A: You're set, Wednesday at 9.
C: Perfect, you made that easy. Thanks!""",
True, 120.00, "positive", "'let's book Wednesday morning'; drone $120 'definitely add'; twilight $95 declined; 'you made that easy'"),

("FR77_059", "Rachel Stein", "2026-11-19T12:12:00", "asr",
"""A: keepsafe storage rachel speaking
C: yeah i got a letter that my rent's going up from ninety to one twenty a month
A: yes rates went up across the facility this month
C: thirty dollars a month for the same box that's a third more
A: i can lock you at one ten for twelve months if you prepay the year
C: oh so i pay you more up front to get overcharged a little less that's not a deal that's a hostage situation
A: i understand it's frustrating
C: no thanks i'll be moving my stuff out by the end of the month""",
False, 0.0, "negative", "prepay offer refused 'no thanks'; sarcasm 'hostage situation', moving out"),

("FR77_060", "Omar Haddad", "2026-11-20T08:26:00", "clean",
"""A: Careful Hands Moving, Omar speaking.
C: I'm packing myself. I just need boxes. You sell a kit?
A: Yes, the two-bedroom kit is $129: 40 boxes, tape, paper, and a marker.
C: I'll take it.
A: Do you have hanging clothes? Wardrobe boxes are $18 each.
C: Three of those.
A: Three wardrobe boxes at $18, $54. Delivery tomorrow afternoon.
C: Good. That's all.""",
True, 54.00, "neutral", "'I'll take it' (kit is main); wardrobe boxes 3 x $18 = 54.00; brisk"),
]
