CALLS = [
("FR9_021", "Patrick Doyle", "2026-11-16T08:31:04", "clean",
"""A: Severn Valley Water, Patrick speaking.
C: Hello. This is the third time I'm ringing about my bill. You've estimated my usage again, and it's $212 for a quarter when I live alone.
A: I'm sorry. I can see the last two readings were estimates.
C: Because your reader never turns up. I've sent photos of the meter twice.
A: I can see one photo on file. I'll submit it and request a rebill.
C: You said that in October.
A: I'll mark it urgent this time, it should be corrected within 10 working days.
C: And in the meantime? The direct debit comes out on the 1st.
A: I can put the direct debit on hold until the rebill is issued.
C: Please do. And what about the reader? Will anyone actually come next quarter?
A: I've added a note that the meter is in the side passage and the gate code is 4471.
C: The gate code has been on my account for two years.
A: I'm sorry. I've also asked the metering team to call you before the next visit.
C: Fine.
A: Is there anything else I can help with today?
C: No. I'll believe it when I see it. Frankly this has been handled appallingly.""",
False, 0.00, "negative",
"Billing complaint, no purchase. Openly angry, ends 'handled appallingly' -> negative."),

("FR9_022", "Mei Lin Zhou", "2026-11-16T10:12:47", "asr",
"""A: hi this is mei lin at safehaven home security
C: hi i filled in the form online about the starter kit
A: yes the starter kit is two ninety nine with the hub two door sensors and a motion detector
C: okay yeah i want that
A: great most people add our twenty four seven monitoring that's twenty nine ninety nine a month
C: um yes i'd want the monitoring otherwise what's the point
A: and would you like any outdoor cameras they're sixty each
C: uh let's do two cameras one for the front one for the back
A: perfect so the starter kit monitoring and two cameras at sixty each installation on the nineteenth
C: yes that's right
A: you're all set
C: that's great honestly i feel a lot better already thank you""",
True, 149.99, "positive",
"Main: starter kit (299, not upsell). Add-ons: monitoring 29.99/month (once) + 2 cameras x 60 = 120 -> 149.99. Ends relieved/pleased -> positive."),

("FR9_023", "Olga Sorensen", "2026-11-17T09:02:15", "clean",
"""A: Meadowbrook Vets, Olga speaking.
C: Hi, I need to book my dog Biscuit in for his booster jabs.
A: Of course. We have Thursday at 4:15 or Friday at 9:00.
C: Friday at 9 please.
A: Lovely. Is the mobile number still 07700 900412?
C: Yes, that's it. Gorgeous sunny morning out there, isn't it? Best day we've had all month.
A: It really is. So Biscuit, Friday at 9 with Dr. Hale.
C: Okay, see you then.""",
True, 0.00, "neutral",
"Vet appointment booked (picked an option). Praise is about the weather, not the company; otherwise routine -> neutral. Phone number is not a price."),

("FR9_024", "Rahul Mehta", "2026-11-17T11:44:38", "asr",
"""A: thanks for calling fitpulse this is rahul
C: hi i want to cancel my membership
A: sorry to hear that can i ask why
C: because you've put the price up twice this year it was thirty nine now it's fifty four
A: i understand i can offer you three months at forty if you stay
C: no i don't want three months at forty and then back to fifty four
A: i could also freeze the membership
C: no just cancel it please i'm done with this honestly it feels like a bait and switch
A: okay i've processed the cancellation your last payment will be the first of december
C: fine""",
False, 0.00, "negative",
"Retention offer declined, cancellation processed -> not a conversion. 'bait and switch', 'i'm done' -> negative."),

("FR9_025", "Elena Marchetti", "2026-11-18T13:25:59", "clean",
"""A: Roadway Car Rental, Elena speaking.
C: Hi, I need a compact car from the airport, picking up on the 23rd, returning the 28th.
A: Five days in a compact is $38 a day, $190 total. Would you like to add GPS? It's $12 a day, so $60 for the rental.
C: Yes, add the GPS, I don't trust my phone signal out there.
A: And our full damage waiver is $22 a day.
C: No, my credit card covers that.
A: Understood. So a compact, 23rd to 28th, with GPS, $250 before taxes. Shall I confirm the booking?
C: Yes, confirm it.
A: Done, reference RW5521.
C: Okay.""",
True, 60.00, "neutral",
"Car rental booking (main $190). GPS $12/day x 5 days, agent states $60, accepted -> 60.00; damage waiver declined. Neutral."),

("FR9_026", "Brendan Walsh", "2026-11-18T15:03:21", "asr",
"""A: city of ashford waste services brendan speaking
C: hi i've got an old sofa and a fridge i need taken away
A: no problem that's a bulky item collection it's a thirty five dollar fee for up to three items
C: okay and when can you come
A: next tuesday the twenty fourth items need to be out by seven am
C: tuesday's great yes please book that in
A: done your reference is b four four one
C: oh brilliant that was so easy i thought this would take ages thank you so much""",
True, 0.00, "positive",
"Council collection booked ('yes please book that in') -> conversion. $35 is the service fee/main price, not upsell. 'so easy... thank you so much' -> positive."),

("FR9_027", "Sofia Lindqvist", "2026-11-19T09:48:33", "clean",
"""A: Taskwise customer success, Sofia speaking.
C: Hi Sofia. Our annual plan renews on the 1st and we've hired five people, so we'll need more seats.
A: Congratulations! Renewal for your current 20 seats stays at $12 per user per month. Additional seats are normally $15 each per month.
C: Fifteen seems steep when we're paying twelve for the others.
A: Fair point. I can do the five extra seats at $12 each as well.
C: Okay, then let's renew with 25 seats.
A: Great. Renewal on the 1st, 20 existing seats plus 5 new seats at $12 per user per month. Confirm?
C: Confirmed.
A: Done, you'll receive the updated invoice.
C: Fine, thanks.""",
True, 60.00, "neutral",
"Renewal (main, 20 seats not upsell). Five extra seats, price revised from $15 to $12, accepted -> 5 x 12 = 60.00 (monthly price counted once). Neutral."),

("FR9_028", "Hannah Brooks", "2026-11-19T12:10:06", "asr",
"""A: sugarbloom bakery hannah speaking
C: hi i'd like to order a birthday cake for saturday chocolate with raspberry filling
A: lovely an eight inch is forty two or a ten inch is fifty eight
C: um the ten inch it's for like fifteen people
A: perfect and we do a personalised topper with a name for eight dollars
C: oh yes add the topper it's for my sister maya
A: okay ten inch chocolate raspberry with a maya topper
C: oh wait actually no skip the topper my mum said she's making one herself
A: no problem just the cake then ready saturday at ten
C: yes perfect thank you you're so lovely i can't wait to see it""",
True, 0.00, "positive",
"Cake order (main $58) confirmed. Topper accepted then retracted -> 0. Warm and excited ending -> positive."),

("FR9_029", "Victor Almeida", "2026-11-20T10:36:42", "clean",
"""A: Northstar Health claims, Victor speaking.
C: Hi. I submitted a claim for my physiotherapy six weeks ago and it still says pending.
A: Let me check. It looks like we need an itemised receipt from the clinic.
C: I attached the receipt.
A: We need the itemised version with treatment codes. I can send you the form.
C: Oh wonderful, another form. That's exactly what I wanted to do with my afternoon.
A: I'm sorry for the inconvenience.
C: Six weeks, and nobody told me anything was missing. Just send it.""",
False, 0.00, "negative",
"Claims support, no purchase. Sarcasm ('Oh wonderful, another form') and frustration -> negative."),

("FR9_030", "Amara Nwosu", "2026-11-20T14:58:17", "asr",
"""A: hi you're through to cloudrest mattresses this is amara
C: hi i was reading about the hybrid one the cloudrest seven
A: oh yeah that's our best seller the queen is eight ninety
C: it sounds amazing honestly my back has been killing me and the reviews are incredible
A: we also have the hundred night trial so you can return it
C: oh i love that okay um i think i want to come lie on it first though is the showroom open sunday
A: yes ten till four on sunday
C: perfect i'll come by sunday and try it thank you so much you've been super helpful""",
False, 0.00, "positive",
"Enthusiasm and praise, but defers purchase to showroom visit -> not a conversion. 'super helpful', 'love that' -> positive."),

("FR9_031", "Jonas Becker", "2026-11-23T08:40:29", "clean",
"""A: SunRidge Solar, Jonas speaking.
C: Hi, I got your flyer. How does the free roof assessment work?
A: A surveyor visits for about an hour, checks the roof and shading, and gives you a written estimate. No obligation.
C: Okay. Could someone come next week?
A: We have Wednesday the 2nd at 10 or Thursday the 3rd at 3.
C: The Thursday at 3.
A: Thursday December 3rd at 3pm at 18 Foxglove Lane. Is that correct?
C: Yes, that's correct.
A: Booked. The surveyor will call 30 minutes before.
C: Okay, thanks.""",
True, 0.00, "neutral",
"Free assessment appointment booked via confirmed read-back -> conversion (appointment). No add-on. Routine -> neutral."),

("FR9_032", "Chloe Dubois", "2026-11-23T11:15:50", "asr",
"""A: metrovision tv chloe speaking
C: yeah hi i want the sports channels added the football's back next week
A: sure the sports pack is twenty a month on top of your current package
C: twenty a month that's ridiculous it used to be twelve
A: i understand i can do it for fifteen a month for the first year
C: fifteen still a rip off but fine add it i'm not missing the derby
A: okay sports pack added at fifteen a month it'll be live within the hour
C: yeah whatever
A: anything else today
C: no""",
True, 15.00, "negative",
"Add-on to existing TV package; price haggled from 20 to 15/month, accepted -> conversion, upsell 15.00. Grudging, 'rip off', 'whatever' -> negative."),

("FR9_033", "Daniel Ferreira", "2026-11-24T16:22:08", "clean",
"""A: Casa Lume restaurant, Daniel speaking.
C: Hi! I'd like a table for eight on Saturday the 28th at 7:30. It's my parents' 40th anniversary.
A: How lovely. I can do our garden room at 7:30 for eight.
C: Perfect, book it please.
A: Done. Would you like us to prepare a celebration cake for the table? It's $45 and serves ten.
C: Oh, that would be wonderful, yes please.
A: Lovely. Table for eight, Saturday at 7:30, garden room, with the celebration cake.
C: Thank you so much, they're going to be thrilled.""",
True, 45.00, "positive",
"Table reservation (main, unpriced). Celebration cake $45 accepted -> 45.00. Warm, excited -> positive."),

("FR9_034", "Rosa Jimenez", "2026-11-24T17:05:44", "asr",
"""A: hi it's rosa from powergrid calling about your smart meter upgrade
C: oh right yeah i got the letter
A: it's free and takes about an hour would you like to set a date now
C: um i'm actually driving right now
A: no problem shall i call you back tomorrow
C: yeah call me back tomorrow afternoon
A: sure is this still the best number
C: yes this number's fine
A: great talk tomorrow
C: okay bye""",
False, 0.00, "neutral",
"Yeses are to a callback and a phone number, not a booking -> not a conversion. Neutral."),

("FR9_035", "Liam O'Connor", "2026-11-25T09:29:31", "clean",
"""A: Threadly customer care, Liam speaking.
C: My order was supposed to arrive last Tuesday. Tracking has said "out for delivery" for eight days.
A: I'm sorry. It looks like the parcel was lost by the courier.
C: So what happens now?
A: I can either resend the items or refund the $58.40 in full.
C: Just refund it. I needed the jacket for a trip that's already happened.
A: The refund is processed, 3 to 5 days to your card.
C: Fine. I won't be ordering from you again.""",
False, 0.00, "negative",
"Lost parcel; refund only, no purchase -> not a conversion; refund is not upsell. Ends 'won't be ordering again' -> negative."),

("FR9_036", "Ines Carvalho", "2026-11-25T12:47:12", "asr",
"""A: hello lingua house this is ines
C: hi um i want to improve my german before i move to berlin
A: great we have one to one tutoring a pack of ten sessions is four fifty
C: okay and the tutors are native speakers
A: all of them yes
C: okay let's do it the ten sessions
A: wonderful we also recommend the course workbook it's fifteen dollars
C: sure yeah throw in the workbook
A: okay ten sessions plus the workbook first session monday at six
C: yep monday at six works""",
True, 15.00, "neutral",
"'let's do it' for 10-session pack (main $450). Workbook $15 accepted -> 15.00. Neutral."),

("FR9_037", "Marcus Reid", "2026-11-26T10:03:56", "clean",
"""A: Bluewater Travel, Marcus speaking.
C: Hi, I'm looking at the 7-night Norwegian fjords cruise in June for two.
A: The balcony cabin is $3,480 for two, with all meals included.
C: Hmm, that's a bit more than I'd hoped.
A: An inside cabin is $2,640.
C: Okay. Sounds good, I'll think about it and talk it over with my husband.
A: Of course. Prices are held until Friday.
C: Alright. Thank you.""",
False, 0.00, "neutral",
"'Sounds good, I'll think about it' + talk to husband -> deferral, not a conversion. Mild price hesitation, routine close -> neutral."),

("FR9_038", "Zara Qureshi", "2026-11-26T14:31:27", "asr",
"""A: greenblade lawn care zara speaking
C: hi yeah i'd like to sign up for the monthly mowing thing
A: sure the seasonal plan is eighty five a month from march to october
C: yep sign me up
A: lovely while we're out we can also do a core aeration before spring it's sixty five one time
C: yeah that's a good idea do the aeration
A: and our weed control add on is twenty a month
C: no we'll skip the weed control
A: okay seasonal plan plus one aeration in march
C: perfect you guys did my neighbour's lawn and it looks fantastic so i'm really pleased""",
True, 65.00, "positive",
"'sign me up' (main $85/month). Aeration $65 accepted; weed control declined -> 65.00. 'really pleased' -> positive."),

("FR9_039", "Ayesha Siddiqui", "2026-11-27T08:18:40", "clean",
"""A: Kingsway Hospital outpatients, Ayesha speaking.
C: Hi, my GP referred me to dermatology. I'd like to book the first appointment.
A: The earliest I have is January 19th at 10:20.
C: January? That's two months. The letter said urgent.
A: I'm sorry, that's the first available slot for non-emergency referrals.
C: This is absurd. Fine, book the 19th, what choice do I have.
A: Booked, January 19th at 10:20 with Dr. Osei.
C: Great. Two months. Brilliant system you've got.""",
True, 0.00, "negative",
"Appointment booked grudgingly ('Fine, book the 19th') -> conversion, no add-on. Anger and closing sarcasm -> negative."),

("FR9_040", "Felix Hartmann", "2026-11-27T15:42:03", "asr",
"""A: the weekend review subscriptions this is felix
C: hi my print subscription's running out i got a renewal letter
A: yes it's a hundred and four for another year of print
C: yeah renew it for another year
A: sure and for two dollars a month extra you can add full digital access the app and archive
C: two a month okay yeah add the digital
A: done print renewal plus digital access starting december
C: okay good""",
True, 2.00, "neutral",
"Renewal (main $104). Digital access 'two dollars a month extra' accepted -> 2.00 (recurring once). Neutral."),
]
