CALLS = [
("FR24_021", "Aisha Khan", "2026-11-14T12:05:00", "clean", """A: StreamMax TV, this is Aisha. What can I do for you?
C: Hey, I've had your TV package for two years. Can I add the sports channels?
A: Absolutely. The Sports Plus pack is $14.99 a month and includes all the regional networks.
C: Does that have the college games on Saturdays?
A: Yes, every conference network is included.
C: Then add it.
A: Done. It'll show up on your boxes within 15 minutes, and the first month is prorated.
C: Awesome, just in time for the playoffs. You guys always make this easy.
A: Enjoy the games!
C: Will do, thanks.""", True, 14.99, "positive", "existing customer adds Sports Plus $14.99/mo to earlier subscription (add-on counted as upsell); happy"),

("FR24_022", "Luis Ortega", "2026-11-14T20:10:00", "asr", """A: coastal air this is luis how can i help
C: my flight to atlanta just got cancelled and i've been in line for two hours at the gate
A: i'm really sorry let me look at options for you
C: i have a meeting at nine tomorrow morning
A: the earliest i can confirm is six fifteen tomorrow morning landing at eight forty
C: that's cutting it close
A: i've rebooked you on it at no charge and i'm issuing a hotel voucher for tonight
C: and dinner
A: a twenty dollar meal voucher as well
C: twenty dollars at an airport right whatever fine
A: you'll get both vouchers by text
C: i just want to get home this whole day has been a nightmare""", False, 0.0, "negative", "free rebooking of an already-bought ticket after cancellation = service recovery, not a conversion; ends fed up"),

("FR24_023", "Hannah Cole", "2026-11-16T09:45:00", "clean", """A: Hi, this is Hannah from LedgerLite. Your trial ends Friday, so I wanted to check in.
C: Oh right. We've been using it a lot, actually.
A: Glad to hear it. We have monthly at $45, or annual at $480, which saves you $60.
C: Yes, let's do the annual plan. Wait, how much was the annual again?
A: $480 for the year.
C: Okay, yes, go with that.
A: Perfect, you're on annual. We also offer priority phone support for $99 a year.
C: Let me run that one by my manager first.
A: Of course, I'll send a one-pager.
C: Sounds good. Bye.""", True, 0.0, "neutral", "annual plan committed after clarifying price; priority support deferred -> 0"),

("FR24_024", "Marcus Webb", "2026-11-16T15:30:00", "asr", """A: lakeside honda this is marcus
C: hi yeah i saw a twenty twenty five accord hybrid on your website stock number four one one eight
A: yep still here the silver one
C: could i come drive it this weekend
A: sure saturday i've got ten eleven or two
C: eleven
A: eleven on saturday okay what's your name and number
C: priya shah five five five two one nine oh three three six
A: got it you're set for saturday at eleven
C: awesome a friend bought from you guys and said you were super easy to deal with""", True, 0.0, "positive", "test-drive appointment booked; stock and phone numbers are not prices; positive"),

("FR24_025", "Sofia Rossi", "2026-11-17T10:12:00", "clean", """A: Maple Grove Animal Clinic, Sofia speaking.
C: Hi, my dog has been limping since yesterday. Can Dr. Park see him this week?
A: Let me check... I'm afraid we're fully booked through Friday.
C: Nothing at all? Even a cancellation slot?
A: The first opening is next Tuesday at 3:40.
C: No, he needs to be seen sooner than that.
A: I understand. The Eastside emergency clinic does walk-ins.
C: I guess I'll have to go there. Honestly, that's really disappointing, we've been coming here for eight years.
A: I'm sorry. I hope he feels better soon.
C: Yeah. Bye.""", False, 0.0, "negative", "no availability; alternative declined; loyal customer disappointed"),

("FR24_026", "Daniel Kim", "2026-11-17T13:26:00", "asr", """A: northwave mobile upgrades this is daniel
C: hey i'm eligible for an upgrade i want the pixel ten
A: sure one twenty eight gig or two fifty six
C: one twenty eight is fine
A: okay that's twenty two fifty a month over thirty six months
C: okay lock it in
A: done do you want device protection it's nine dollars a month covers cracked screens and loss
C: yeah probably with my track record
A: and a case and screen protector bundle for thirty nine
C: the protection yes the case no i'll get one on amazon
A: okay so phone plus protection shipping tomorrow
C: alright""", True, 9.0, "neutral", "phone bought; protection $9/mo accepted, case declined; 128 GB is not a price"),

("FR24_027", "Grace Liu", "2026-11-18T11:40:00", "clean", """A: First Harbor Bank mortgage desk, this is Grace.
C: Hi, I'm curious about refinancing. I'm at 7.1% right now.
A: Our 30-year fixed is 5.9% today, and 15-year is 5.2%.
C: Oh wow, that's actually better than I expected!
A: On your balance of around $310,000, that could save you roughly $250 a month.
C: That's a lot. I'm interested. Can you email me the details?
A: Of course. I'll send a rate sheet and the application link.
C: Great. I want to go over it with my partner this weekend.
A: Sounds good, I'll follow up Monday.
C: Perfect, thanks so much. This is really encouraging.""", False, 0.0, "positive", "interest and deferral, no commitment; clearly pleased"),

("FR24_028", "Omar Haddad", "2026-11-18T16:48:00", "asr", """A: hi this is omar from safe home security how are you today
C: fine who's this
A: we're offering free installation on our home alarm system this month
C: how much is the monitoring
A: thirty nine ninety nine a month
C: i'd sign up if it were under thirty a month
A: thirty nine ninety nine is our lowest tier unfortunately
C: then no
A: okay can i check back in a few months
C: sure whatever
A: thanks for your time
C: mhm""", False, 0.0, "neutral", "conditional acceptance not met; flat tone"),

("FR24_029", "Elena Petrova", "2026-11-19T10:33:00", "clean", """A: Petal & Stem, Elena speaking.
C: Hi! I'd like a dozen red roses delivered Friday to my girlfriend's office.
A: Lovely. A dozen is $65 with delivery. Would you like a glass vase for $15?
C: Yes, the vase.
A: And we have Belgian chocolates to go with them for $12.
C: Oh, sure, add those.
A: What's the address?
C: 400 Market Street, suite 12. Actually, take off the chocolates, she's doing a sugar-free month.
A: No problem, chocolates removed. Roses and vase, $80 total, Friday before noon.
C: Perfect. You've been so sweet, thank you!""", True, 15.0, "positive", "roses bought; vase $15 kept; chocolates $12 retracted by name; address is not a price"),

("FR24_030", "Ben Carter", "2026-11-19T18:15:00", "asr", """A: peakfit member services this is ben
C: hi i need to cancel my membership
A: sorry to hear that can i ask why
C: i'm moving to ohio at the end of the month
A: we could freeze your account for up to three months for free instead
C: no there's no peakfit anywhere near columbus
A: okay i understand i'll process the cancellation effective the thirtieth
C: do i owe anything
A: no your contract's done so no fee
C: okay good
A: you'll get an email confirmation
C: alright thanks""", False, 0.0, "neutral", "cancellation; free freeze declined; neutral"),

("FR24_031", "Nadia Brooks", "2026-11-20T09:20:00", "clean", """A: Golden Fork Catering, Nadia speaking.
C: Hi, I'm organizing a company lunch for 40 people on December 4th.
A: Our buffet lunch is $28 per person, so $1,120 for 40.
C: Okay. Can you add dessert?
A: We have a dessert bar for $150 flat, which covers up to 50 guests.
C: Yes, the dessert bar too.
A: Please confirm: lunch buffet for 40 on December 4th at 12:00, plus dessert bar, $1,270 total.
C: Yes, that's right. Do you need a deposit today?
A: A 25% deposit, and I'll email the invoice now. You're booked.
C: Okay, thanks.""", True, 150.0, "neutral", "catering read-back confirmed; dessert bar $150 add-on; per-person price is main"),

("FR24_032", "Kevin O'Neil", "2026-11-20T11:05:00", "asr", """A: metro power and gas outage line this is kevin
C: yeah i've had no power for three days three days and nobody tells me anything
A: i'm really sorry let me look at your address
C: eighteen ninety one cedar drive
A: okay i see your line was missed when the crew restored the rest of the street
C: are you kidding me
A: i'm putting in a priority ticket now a crew will be there by two today and i'm adding a credit for the outage
C: okay
A: i'll also call you myself at two thirty to make sure it's on
C: okay i appreciate you actually listening
A: of course
C: thank you so much you've been really helpful""", False, 0.0, "positive", "outage complaint, priority ticket and credit (not a purchase); angry start, grateful end"),

("FR24_033", "Maya Patel", "2026-11-21T14:45:00", "clean", """A: OceanStar Cruises, Maya speaking.
C: Hi! We want the 7-night Caribbean cruise leaving March 8th, balcony cabin for two.
A: Balcony for two on March 8th is $2,340 total including port fees.
C: Go ahead and book it.
A: Wonderful! Would you like our beverage package? It's $59 per person per day.
C: No way, that's way too much. We'll buy drinks as we go.
A: Understood. You're booked, confirmation OS-55190.
C: We've wanted to do this trip for years. I'm so excited!
A: You'll love it.
C: Thank you!""", True, 0.0, "positive", "cruise booked; beverage package declined; excited"),

("FR24_034", "Jordan Reyes", "2026-11-21T16:30:00", "asr", """A: all clear pest control this is jordan
C: hi um we think we have mice in the garage
A: sorry to hear that we do an inspection plus first treatment for one forty nine
C: and then what it's monthly
A: then it's forty five a month for follow ups for three months
C: okay
A: i can get someone out monday
C: let me talk to my husband first he handles this stuff
A: of course want me to hold monday morning for a day
C: no that's okay i'll call back
A: sounds good
C: thanks bye""", False, 0.0, "neutral", "price given; deferral to husband; hold declined"),

("FR24_035", "Priya Nair", "2026-11-23T10:58:00", "clean", """A: ShopRight customer care, Priya speaking.
C: I ordered a blue rain jacket, size M. I got a child's size pink one.
A: I'm so sorry. Can I have the order number?
C: SR-4491027.
A: Thanks. I'll ship the correct jacket today at no charge, it should arrive in 5 to 7 days.
C: Oh fantastic, so I get to wait another week. Love that for me.
A: I can't do faster shipping on replacements, I'm sorry.
C: Of course you can't.
A: You don't need to send back the wrong one.
C: Great. Thanks, I guess.""", False, 0.0, "negative", "free replacement is not a purchase; sarcastic throughout"),

("FR24_036", "Tom Becker", "2026-11-23T13:12:00", "asr", """A: riverside arena box office this is tom
C: hi i want two tickets for the comedy show on the twenty first
A: sure i have section one oh four row g at seventy five each
C: yeah that works
A: okay please confirm two tickets saturday november twenty first section one oh four at seventy five each one fifty total
C: you got it
A: great you're booked do you want to add a parking pass for twenty dollars
C: uh yes add parking it's a nightmare down there
A: added tickets and parking will be in your email
C: awesome can't wait thank you""", True, 20.0, "positive", "tickets confirmed via read-back; parking $20 accepted; section number not a price"),

("FR24_037", "Aisha Khan", "2026-11-24T08:40:00", "clean", """A: Zoom Car Rental, Aisha speaking.
C: Hi, I reserved a compact for pickup at LAX on the 27th, returning on the 2nd. Five days.
A: Yes, I see it, $41 per day.
C: We're five people, though. Is that going to fit?
A: Probably not with luggage. I can upgrade you to a midsize SUV for $12 more per day.
C: Sure, the SUV. So that's $60 extra total?
A: Correct, $60 for the five days. Would you like our damage waiver at $24 a day?
C: No, my credit card covers that.
A: Okay, you're set with the SUV.
C: Okay, thanks.""", True, 60.0, "neutral", "upgrade on existing reservation: $12/day x 5 days = $60 accepted; waiver declined"),

("FR24_038", "Luis Ortega", "2026-11-24T17:52:00", "asr", """A: hi this is luis from skyview satellite we noticed you cancelled a few months ago
C: yeah i did
A: we'd love to have you back we can do the full package for forty nine a month for a year
C: honestly youtube tv has been way better and it's cheaper
A: i understand we do have more sports channels
C: i don't really care about that and your customer service was rough when i left
A: i'm sorry to hear that
C: no thank you i'm much happier where i am
A: okay thanks for your time
C: yep""", False, 0.0, "negative", "win-back refused; praises competitor and criticises past service"),

("FR24_039", "Hannah Cole", "2026-11-25T12:20:00", "clean", """A: Taskly support, Hannah here.
C: Hi. My exports keep failing when I try to download a CSV.
A: Which browser are you using?
C: Chrome, version 131 I think.
A: There's a known issue with exports over 10,000 rows. Could you try filtering to a date range first?
C: One sec... Okay, the first half downloaded.
A: Great, do the second half the same way. A fix is going out next week.
C: Okay, that worked.
A: Anything else?
C: No, that's it. Thanks.""", False, 0.0, "neutral", "support call, workaround worked; version and row counts are not prices; routine thanks"),

("FR24_040", "Marcus Webb", "2026-11-25T18:44:00", "asr", """A: golden wok this is marcus
C: hi can i get the family meal for pickup
A: sure the family meal for four is forty five dollars what two entrees
C: the orange chicken and the beef broccoli
A: got it you want to add an order of wings they're normally twelve but i can do eight tonight
C: oh for eight yeah sure add the wings
A: okay family meal and wings fifty three plus tax ready in twenty minutes
C: perfect you guys are the best seriously
A: see you soon""", True, 8.0, "positive", "meal ordered; wings revised from $12 to $8, accepted -> 8; four is a head count"),
]
