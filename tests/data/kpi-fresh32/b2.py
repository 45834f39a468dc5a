CALLS = [
("FR32_021", "Aisha Bello", "2026-11-16T19:41:06", "asr", """A: thanks for calling streamhub this is aisha
C: hey um i want to sign up i just got a new tv
A: awesome our basic plan is twelve ninety nine a month with ads or nineteen ninety nine with no ads
C: the twelve ninety nine one is fine ads don't bother me
A: got it and football season just started we have the sports pack for nine ninety nine a month
C: does that have the sunday games
A: yes all the sunday afternoon games plus highlights
C: okay yeah add the sports pack then
A: great so basic with ads plus sports that's twenty two ninety eight a month want me to start it today
C: yeah start it today
A: done you'll get a text with the login link
C: cool thanks
""", True, 9.99, "neutral", "Subscription started; sports pack 'nine ninety nine a month' accepted = 9.99 (counted once); plain tone."),

("FR32_022", "Lukas Weber", "2026-11-16T12:15:49", "clean", """A: Hi, is this Ms. Baptiste? It's Lukas from Meridian Toyota. You asked about the new RAV4 hybrid on our website.
C: Oh, yes! Thanks for getting back to me.
A: Of course. We have two in Cavalry Blue on the lot right now. Would you like to come in for a test drive?
C: I'd love that. What days do you have?
A: Wednesday at 5:30 or Saturday morning at 10.
C: Saturday at 10 is perfect. Can my partner come too?
A: Absolutely. I'll have the car washed and ready. Let me confirm: Saturday at 10, test drive of the RAV4 hybrid, under Baptiste.
C: Yes, that's it.
A: See you Saturday!
C: Great, I'm really excited, thanks Lukas.
""", True, 0.0, "positive", "Test-drive appointment booked and confirmed (appointments count even if free); enthusiastic."),

("FR32_023", "Sofia Rossi", "2026-11-17T09:03:33", "asr", """A: metrovision cable this is sofia how can i help
C: yeah my bill went up by twenty two dollars and nobody told me
A: i'm sorry about that the promotional rate ended last month
C: oh so the promo ended that's my fault somehow
A: i can move you to the essentials package that's sixty four a month
C: and lose half the channels no
A: i could also
C: no stop i've been with you for nine years and this is how you treat people just cancel it all
A: okay i understand i can process the cancellation effective the end of the cycle
C: yes do that
A: it's done you'll get a box return label by email
C: great nine years down the drain thanks for nothing
""", False, 0.0, "negative", "Downgrade refused; customer cancels service (a cancellation is not a conversion); angry and sarcastic."),

("FR32_024", "Daniel Kim", "2026-11-17T14:28:10", "clean", """A: Golden Fork Catering, Daniel speaking.
C: Hi Daniel, I'm planning my parents' 40th anniversary party and I'd like to book catering for December 12th.
A: Congratulations to them! How many guests?
C: About 80.
A: Our Tuscan buffet is $42 per person, so $3,360 for 80, including staff and setup.
C: That's within what we planned. Let's book it.
A: Wonderful. Would you like to add our dessert bar? It's $6 per guest.
C: Tiramisu and cannoli?
A: Both, plus a chocolate fountain.
C: Oh, my mom will love the fountain. Yes, add the dessert bar for everyone.
A: Perfect, that's 80 guests at $6 for the dessert bar, $480, bringing the total to $3,840. I'll send the contract for your deposit.
C: Thank you so much, this is one big thing off my list. You've been wonderful.
""", True, 480.0, "positive", "Catering booked; dessert bar $6 per guest x 80 = 480 accepted; delighted."),

("FR32_025", "Grace Owusu", "2026-11-18T08:01:58", "asr", """A: rapid rooter plumbing this is grace
C: hi my water heater is leaking all over the garage floor i need someone today
A: okay first can you turn the cold water valve on top of the heater clockwise
C: hang on okay okay i did it
A: good we can get a tech out between two and four today there's an eighty nine dollar call out fee
C: fine yes book it just get someone here
A: you're booked two to four what's the address
C: seven seventy one harmon road
A: got it we also have an annual maintenance plan for one nineteen a year that waives call out fees
C: let's see how today goes first
A: no problem the tech will call thirty minutes before arriving
C: okay
""", True, 0.0, "neutral", "Emergency visit booked; call-out fee is a fee, not upsell; maintenance plan deferred; stressed but not negative toward company."),

("FR32_026", "Mateo Silva", "2026-11-18T16:37:21", "clean", """A: Lantern Books, Mateo speaking.
C: Hi, I'd like to order the complete Earthsea box set, the illustrated one, and the matching bookends.
A: Let me check... the box set is $89 and the bookends are $34.
C: Great, I'll take both.
A: Oh, I'm sorry. It looks like the bookends are discontinued and we have none left.
C: Oh. They were the whole point, honestly. It was a gift idea for my sister, the set and the bookends together.
A: I could suggest a different pair of bookends, the brass owls?
C: No, thank you. Then please cancel the whole thing. I'll think of something else.
A: Understood, nothing has been charged.
C: Okay. That's too bad. I'd been looking forward to it.
""", False, 0.0, "negative", "Commitment to both items, bookends unavailable, whole order cancelled by customer: no conversion; quietly disappointed."),

("FR32_027", "Hannah Lee", "2026-11-19T10:51:14", "asr", """A: firstpoint bank this is hannah
C: yeah i've been trying to book a mortgage appointment on your website for two days and it just keeps erroring out
A: i'm sorry about that i can book it for you right now
C: your website is useless you know that
A: i'll pass that along which branch would you like
C: the one on fourth street
A: i have monday the twenty third at nine thirty or wednesday at three
C: monday nine thirty
A: okay you're booked with our mortgage advisor monday the twenty third at nine thirty
C: fine
A: is there anything else
C: no just fix the website
""", True, 0.0, "negative", "Mortgage appointment booked by picking a slot; customer irritated throughout, curt ending."),

("FR32_028", "Omar Haddad", "2026-11-19T13:09:02", "clean", """A: ShieldGuard renewals, this is Omar.
C: Hi, I got a notice that my antivirus expires Friday. I want to renew.
A: Sure. The annual renewal for 3 devices is $79.99. Should I renew it on the card we have on file?
C: Yes, go ahead.
A: Done. Would you like to add our VPN? It's normally $4 a month, but I can do $2 a month for renewing customers.
C: At $2 a month, sure, add it.
A: Added. We also have a 10-device upgrade.
C: How much is that per year?
A: An extra $10 a year.
C: Hmm, I'll leave it at 3 for now.
A: No problem. You're renewed through next November with VPN.
C: Okay, thank you.
""", True, 2.0, "neutral", "Renewal committed; VPN accepted at the revised $2/month; 10-device upgrade only asked about, not accepted."),

("FR32_029", "Nina Petrova", "2026-11-20T17:22:45", "asr", """A: tony's pizzeria this is nina
C: hi yeah i want to order for pickup three large pizzas
A: sure what kind
C: two pepperoni and one veggie
A: okay three larges at sixteen each want to add garlic knots they're six ninety nine for a dozen
C: ooh sure add the knots
A: great that's forty eight plus six ninety nine fifty four ninety nine ready in about twenty five minutes
C: yes but can i pick it up at five instead my son has practice
A: no problem five o'clock it is name please
C: walsh
A: got it see you at five
C: awesome you guys are the best thanks
""", True, 6.99, "positive", "Pickup order placed, 'yes but' with a timing question; garlic knots 6.99 accepted; pizzas are the main purchase."),

("FR32_030", "Ben Carter", "2026-11-20T11:33:17", "clean", """A: Hi, this is Ben from SunPath Solar. I'm calling homeowners in the Westbrook area about our no-money-down solar program. Do you have a moment?
C: I've got a minute.
A: Most homes in your area save around $90 a month on electricity. Could I schedule a free roof assessment?
C: I appreciate the call, but we're renting. It's not our roof to put panels on.
A: I understand. Would your landlord be interested, do you think?
C: I doubt it, he won't even fix the fence.
A: Fair enough. Would you like me to take you off our list?
C: Yes, please. Thanks.
A: Done. Have a good day.
C: You too.
""", False, 0.0, "neutral", "Outbound offer declined (renting); opt-out from list is not a purchase; polite neutral."),

("FR32_031", "Yuki Tanaka", "2026-11-23T15:06:29", "asr", """A: sonoma trails tours this is yuki
C: hi i'd like to book the vineyard tour for four people this saturday
A: sure that's eighty five per person so three forty for the group
C: great go ahead and book it
A: okay let me put that through oh no i'm sorry saturday just sold out the last group took the final spots
C: what are you serious
A: i'm sorry i do have sunday at eleven or next saturday
C: no our friends fly home sunday morning
A: i understand i could put you on the waitlist for saturday
C: i guess but i called on tuesday and someone told me there was plenty of space
A: i'm really sorry about that i've added you to the waitlist
C: it's really disappointing honestly
""", False, 0.0, "negative", "Commitment failed (sold out), no alternative taken, waitlist is not a booking; disappointed."),

("FR32_032", "Rachel Adams", "2026-11-23T10:20:40", "clean", """A: Volt Mobile store support, Rachel speaking.
C: Hi, I want to order the Nova 9 in green, 256 GB. I'm upgrading from my Nova 6.
A: Great choice. The Nova 9 256 GB is $799, or $33.29 a month over 24 months.
C: The monthly payments, please. I'll take it.
A: Sure. Do you want a case and a screen protector? The clear case is $29 and the glass protector is $15.
C: Yes to both. I always crack my screen in the first week.
A: Ha. And device insurance is $9 a month.
C: No, I'll skip the insurance.
A: Okay: Nova 9 in green on the monthly plan, plus the case and the protector, $44 today. Ships tomorrow.
C: Perfect, thank you! This was so much easier than going into the store.
""", True, 44.0, "positive", "Phone bought on instalments; case $29 + protector $15 = 44 accepted; insurance declined; 256 GB and model numbers not prices."),

("FR32_033", "Maria Lopez", "2026-11-24T08:44:51", "asr", """A: lakeside physio this is maria
C: hi um i was told to call to book physio for my knee and honestly last time i called i was on hold for like forty minutes
A: i'm sorry about that we've added staff this month how can i help
C: i need an initial assessment my doctor sent a referral
A: yes i see the referral from doctor amari i have wednesday at four fifteen or friday at eight
C: wednesday at four fifteen would be great
A: okay booked wednesday at four fifteen with karen please bring comfortable clothes
C: oh perfect that was quick
A: anything else
C: no that's it thank you so much that's really helpful
""", True, 0.0, "positive", "Physio appointment booked; complaint at start, clearly pleased at end (end weighs more)."),

("FR32_034", "James Chen", "2026-11-24T13:58:26", "clean", """A: Furbridge Pet Insurance, James speaking.
C: Hi, I'd like to cancel my policy for my cat, Mochi. Policy number 55120.
A: I'm sorry to hear that. May I ask why?
C: Two claims denied this year for things I thought were covered.
A: I understand. I could move you to our Essentials plan at $18 a month instead of $31.
C: No, thank you. I've decided.
A: Okay. I can also pause it for up to three months if that helps.
C: I appreciate you trying, but please just cancel it.
A: Understood. It's cancelled effective the end of this month.
C: I'm sure it works well for some people, but it's been nothing but a hassle for us. Thanks.
""", False, 0.0, "negative", "Retention and pause offers declined, cancellation processed; polite but negative."),

("FR32_035", "Priya Nair", "2026-11-25T12:12:34", "asr", """A: sparkle home cleaning priya speaking
C: hi i'm looking for someone every other week for a three bedroom house
A: sure our biweekly rate for three bedrooms is one twenty per visit
C: okay and that includes bathrooms and floors
A: yes all bathrooms kitchen floors and dusting we have a first slot on monday the thirtieth at nine
C: alright let's set that up every other monday then
A: great we also do inside the fridge for thirty five and inside the oven for thirty five
C: um the fridge yeah just once for the first visit it's kind of gross in there the oven no
A: no problem fridge on the first visit only
C: okay
A: you're all set for monday the thirtieth at nine
C: okay thanks
""", True, 35.0, "neutral", "Recurring cleaning set up; fridge add-on thirty five accepted once, oven declined; neutral."),

("FR32_036", "Tom Becker", "2026-11-25T18:03:49", "clean", """A: Swift Car Rental, this is Tom.
C: I need an SUV from the airport, picking up December 3rd, returning the 8th.
A: For five days, a midsize SUV is $68 a day, $340 total.
C: That's steep. The other company quoted me $55 a day.
A: I'm afraid that's the best rate I have for those dates.
C: Whatever, I need the car. Book it.
A: Done. Would you like a child seat for $10 a day, or full coverage for $25 a day?
C: The car seat, yes. Coverage, no, my card covers it.
A: So the SUV plus a child seat for five days, $390 before taxes. Reservation number is SW-44871.
C: Fine. Honestly, I'll probably use the other place next time.
""", True, 50.0, "negative", "SUV booked; child seat $10/day x 5 days = 50 accepted, coverage declined; grudging, praises competitor."),

("FR32_037", "Aisha Bello", "2026-11-26T09:29:08", "asr", """A: tri county gas this is aisha
C: hi i'm moving into a new place and need to start gas service
A: sure what's the new address
C: two oh five pine hollow court unit b
A: okay we can turn it on friday the fourth somebody needs to be home between eight and twelve
C: yeah friday works i'll be there
A: great so starting service at two oh five pine hollow friday the fourth would you also like home line protection it covers gas line repairs for five ninety nine a month
C: um sure why not
A: okay added
C: is there a deposit
A: no deposit with your credit history you're all set
C: okay thanks
""", True, 5.99, "neutral", "Service start and turn-on appointment booked; line protection 5.99/month accepted; address numbers are not prices."),

("FR32_038", "Lukas Weber", "2026-11-26T16:47:36", "clean", """A: Serenity Day Spa, Lukas speaking.
C: Hi, I want to book a couples massage for my wife's birthday, the 10th.
A: Lovely. On the 10th I have a 90-minute couples massage at 2 p.m. for $280.
C: That sounds perfect. Let's book it.
A: Great, can I get a card to hold the reservation?
C: Sure, it's... oh, wait. Hold on. The 10th is when she's at her conference in Denver. Actually, cancel that, I'm not sure what day she's back.
A: No problem, I haven't charged anything. Would you like me to hold a different day?
C: No, let me check her calendar and call you back.
A: Of course. We're open until 8.
C: Thanks, sorry about that.
""", False, 0.0, "neutral", "Booking committed then retracted in the same call, deferred; neutral."),

("FR32_039", "Sofia Rossi", "2026-11-27T14:36:55", "asr", """A: hi this is sofia from crewdesk account management
C: yeah hi we need to add ten more seats we hired a bunch of people
A: great ten seats on your team plan at twelve dollars per seat per month so one twenty more a month
C: fine add them
A: done they're active now
C: and you'll actually bill it correctly this time right because the last three invoices were wrong
A: i'm sorry about that i've put a note on the account for billing review
C: oh great a note that'll fix everything
A: i also wanted to mention our advanced reporting module it's two hundred a month
C: not this quarter
A: understood anything else
C: no
""", True, 0.0, "negative", "Paid plan change (ten added seats) is the main purchase; reporting module declined; sarcastic about billing."),

("FR32_040", "Daniel Kim", "2026-11-27T19:55:13", "clean", """A: Laugh Lodge box office, this is Daniel.
C: Hi! I saw you've got Marco Vance on the 6th. What are the ticket options?
A: General admission is $45, and VIP is $120, which gets you front tables and a meet-and-greet.
C: Ooh. What's included in the meet-and-greet exactly?
A: A photo and a signed poster after the show.
C: That sounds like so much fun. How many VIP seats are left?
A: About a dozen.
C: Okay, I need to see who's coming with me first. My friends are terrible at answering texts.
A: Ha, understood. I can't hold them, but you can book online anytime.
C: Great, you've been really nice. I'll probably call back tomorrow.
""", False, 0.0, "positive", "Only price questions and a deferral; no booking; enthusiastic and friendly."),
]
