CALLS = [
("FR27_001", "Priya Nair", "2026-11-02T09:14:22", "asr",
"""A: thank you for calling harbor view hotels this is priya how can i help
C: hi yeah um i wanna book a room for the twelfth and thirteenth two adults
A: sure we have a king room with a city view at one eighty nine a night
C: uh that works
A: okay so that's a king room nights of the twelfth and thirteenth for two adults should i go ahead and reserve it
C: yes please do
A: great would you like to add breakfast it's eighteen dollars per person per day
C: mm just for the first morning for both of us i guess
A: so eighteen each for two people on the thirteenth and i can also offer late checkout for twenty five
C: oh late checkout yes definitely we're flying out at like four
A: perfect you're all set confirmation goes to your email
C: awesome this was way easier than the website thanks a lot""",
True, 61.00, "positive", "room booked on yes to closing question; breakfast 18 x 2 people one morning + late checkout 25; pleased at end"),

("FR27_002", "Marcus Bell", "2026-11-02T14:40:05", "clean",
"""A: Hi, this is Marcus from Clearline Mobile. Am I speaking with Mr. Duarte?
C: Yes, that's me.
A: You're eligible for our Unlimited Plus plan at $55 a month, which includes 50 GB of hotspot. Shall I switch you over today?
C: Hm. What am I paying now?
A: You're on the $45 plan, so it's $10 more per month.
C: And the hotspot is included in that?
A: Yes, all 50 GB.
C: Okay. I need to run it by my wife first, she handles the bills.
A: Of course. Can I call you back Thursday?
C: Yes, call me back Thursday afternoon, that's fine.""",
False, 0.0, "neutral", "outbound upgrade offer deferred to wife; yes only to a callback; calm questions"),

("FR27_003", "Elena Ruiz", "2026-11-03T17:55:41", "asr",
"""A: good evening lucia's trattoria elena speaking
C: hi um do you have a table for six on saturday at eight
A: let me look uh saturday at eight we're fully booked i'm sorry
C: oh okay what about earlier
A: i have six fifteen or nine thirty for six people
C: six fifteen is fine
A: alright six fifteen saturday party of six under what name
C: castellano
A: and is it a special occasion we can do a celebration cake for forty five dollars serves eight
C: uh yeah sure do the cake it's my dad's birthday
A: okay i've got you down with the cake see you saturday
C: okay thanks""",
True, 45.00, "neutral", "requested slot full, alternative 6:15 picked and booked; cake 45 accepted; six/eight are counts; plain tone"),

("FR27_004", "Tom Okafor", "2026-11-03T10:22:10", "asr",
"""A: northgate insurance this is tom how can i help you today
C: yeah i wanna cancel my car insurance my renewal went up like two hundred bucks
A: i'm sorry to hear that can i get your policy number
C: it's four four seven one nine two
A: thank you i see the renewal at one thousand three hundred forty for the year
C: oh great love that for me
A: i can apply a loyalty discount that brings it to one thousand one hundred ninety
C: that's still more than last year
A: it is about sixty more than last year would you like me to apply it and keep the policy
C: ugh fine keep it i don't have time to shop around but honestly this is a rip off
A: done the discount is applied
C: whatever bye""",
True, 0.0, "negative", "cancellation call, retention discount accepted (renewal kept) = conversion; discount is not upsell; sarcastic and annoyed throughout"),

("FR27_005", "Hannah Cole", "2026-11-04T11:05:33", "clean",
"""A: Thanks for calling Oakline Furniture, this is Hannah.
C: Hi! I was in the store on Saturday and I want to order the Marlow sofa in slate grey.
A: Lovely choice. The Marlow in slate is $1,299, delivered in about three weeks. Shall I place the order?
C: Yes, please, let's do it.
A: Done. Would you like our five-year fabric protection plan for $89?
C: We have a dog, so yes, absolutely.
A: And the matching throw pillows are $24.50 each.
C: I'll take two of those.
A: Great, that's two pillows and the protection plan added. Delivery to 18 Birch Lane?
C: That's right. Thank you so much, you've been lovely.""",
True, 138.00, "positive", "sofa ordered; protection 89 + two pillows at 24.50 each = 49; 18 is an address; warm thanks"),

("FR27_006", "Dev Patel", "2026-11-04T15:48:19", "asr",
"""A: hi you've reached taskpilot support this is dev
C: hey um i'm locked out of my account it says too many attempts
A: no problem can you confirm the email on the account
C: yeah it's jmorrow at fastmail dot com
A: thanks i've sent a reset link it should arrive in a minute
C: okay got it uh it's asking for the code
A: the code is in the same email six digits
C: right okay i'm in
A: great by the way with priority support for twelve dollars a month you'd get a callback within an hour
C: nah i'm good no thanks
A: no problem anything else
C: no that's it honestly you were super quick thanks a ton""",
False, 0.0, "positive", "free password reset; priority support declined; yes only to email; clear praise at end"),

("FR27_007", "Sofia Marin", "2026-11-05T08:31:50", "asr",
"""A: bright river energy this is sofia
C: yeah hi i've called three times about my bill it's four hundred and twelve dollars for one month
A: i'm sorry about that let me pull up the account
C: the last one was like ninety it makes no sense
A: i see a meter reading that looks estimated i can send a technician to read it
C: when
A: the earliest is the twenty third between eight and noon
C: the twenty third are you kidding i'm supposed to just pay this in the meantime
A: you can pay the usual amount and we'll hold the rest
C: fine whatever put me down for the visit i'm not holding my breath
A: okay it's booked for the twenty third
C: this is the worst company i've ever dealt with""",
True, 0.0, "negative", "billing complaint; customer commits to technician appointment (free) = booking conversion per README; furious throughout"),

("FR27_008", "Jake Turner", "2026-11-05T13:12:04", "clean",
"""A: Westfield Honda service, this is Jake.
C: Hi, I need to bring my 2019 Civic in for an oil change.
A: Sure. I have Tuesday at 7:30 or Wednesday at 10.
C: Wednesday at 10.
A: Okay, Wednesday at 10 for the oil change, that's $69.95. While it's here, a tire rotation is normally $40, but I can do it for $25.
C: Does it need it?
A: It's been about 8,000 miles since the last one, so it's due.
C: Alright, add the rotation.
A: And a cabin air filter for $45?
C: No, I'll skip that one.
A: You're all set for Wednesday at 10.
C: Okay, thanks.""",
True, 25.00, "neutral", "picks offered slot = booking; rotation revised 40 -> 25 accepted; filter declined; 2019 and 8,000 not prices"),

("FR27_009", "Aisha Rahman", "2026-11-06T10:40:27", "asr",
"""A: smile studio dental aisha speaking
C: hi um i need a cleaning i haven't been in like two years
A: that's okay we see that all the time i have monday the ninth at two or thursday the twelfth at eight am
C: uh the thursday one
A: thursday the twelfth at eight i'll put that in can i confirm your date of birth
C: march fourth nineteen eighty eight
A: got it and we're running a whitening special at two ninety nine if you'd like to add it
C: um maybe next time
A: no problem you're booked for thursday
C: okay see you then""",
True, 0.0, "neutral", "cleaning appointment booked by picking option; whitening deferred ('maybe next time') so no upsell; date of birth not a price"),

("FR27_010", "Luis Ortega", "2026-11-06T16:03:58", "clean",
"""A: Good afternoon, Riverside Arena box office, Luis speaking.
C: Hi, I'd like four tickets for the Saturday show of The Lumineers, please.
A: Let me check. I'm sorry, Saturday is completely sold out.
C: Oh. What about Sunday?
A: There's no Sunday date on this tour, unfortunately. I can add you to the waitlist, it's free.
C: Sure, put me on the waitlist. It's 555-0142.
A: You're on it. We'll call if anything opens up.
C: Okay. I was really hoping to take my kids. That's a shame.
A: I understand, I'm sorry.
C: Yeah. Well, thanks anyway.""",
False, 0.0, "negative", "sold out, no alternative bought; free waitlist is not a booking; quietly disappointed"),

("FR27_011", "Megan Shaw", "2026-11-09T12:17:36", "asr",
"""A: hi this is megan with skyreach fiber
C: hey so my internet is kinda slow with everyone working from home i want something faster
A: you're on the three hundred meg plan i can move you to gig for eighty a month that's fifteen more than now
C: yeah let's do it
A: done and for the upstairs would a mesh extender help it's ten dollars a month
C: yes add that
A: and we have a streaming bundle for twelve a month
C: uh sure throw that in too
C: actually no wait take off the streaming bundle we already have like five of those
A: no problem just the gig plan and the extender
C: perfect thank you this is exactly what i needed""",
True, 10.00, "positive", "paid plan upgrade = conversion (main); extender 10/month counts once; streaming bundle retracted by name"),

("FR27_012", "Kenji Mori", "2026-11-09T19:05:12", "asr",
"""A: good evening this is kenji calling from summit bank is this miss olsen
C: uh yes who's this
A: i'm calling about a pre approved travel rewards card with no annual fee for the first year
C: mhm
A: you'd earn two points per dollar on travel and dining would you like me to open it for you
C: no thank you
A: it takes just two minutes and there's a sixty thousand point bonus
C: i said no thanks and honestly it's dinner time please take me off the list
A: of course i'll note that
C: thanks""",
False, 0.0, "negative", "outbound card offer refused twice; irritated about call at dinner"),

("FR27_013", "Rosa Delgado", "2026-11-10T08:12:45", "clean",
"""A: Comfort Pro Heating and Air, this is Rosa.
C: Yes, hi, my furnace died last night and it's 52 degrees in my house. I'm freezing and furious, nobody answered your after-hours line.
A: I'm so sorry. I can get a technician there today between 1 and 3. The diagnostic visit is $89.
C: Today? Okay, yes, book it.
A: Done. Since it's an older unit, would you like the annual maintenance plan? It's a hundred and twenty dollars a year and waives the diagnostic fee on future visits.
C: Hmm, what's included?
A: Two tune-ups a year and priority scheduling.
C: Priority scheduling sounds good after last night. Fine, add the plan.
A: Added. The tech's name is Andre, he'll call 30 minutes ahead.
C: Thank you, seriously, you've turned my day around.""",
True, 120.00, "positive", "visit booked; maintenance plan 'a hundred and twenty dollars' accepted two turns later; furious start, grateful end"),

("FR27_014", "Omar Haddad", "2026-11-10T14:29:03", "asr",
"""A: coastal car rental omar speaking
C: hi i need a car at the airport from the fifth to the tenth
A: okay five days i have a compact at thirty four a day or a midsize at forty one a day
C: um midsize please there's four of us
A: midsize five days two hundred five total before tax do you want me to lock that in
C: yes go ahead
A: do you want collision coverage it's fifteen a day so seventy five for the rental
C: uh yeah i'll take the coverage
A: and gps is nine a day
C: no we have phones
A: alright you're confirmed
C: okay cool""",
True, 75.00, "neutral", "rental confirmed; coverage 15/day x 5 = 75 stated total accepted; gps declined; four is people"),

("FR27_015", "Claire Dubois", "2026-11-11T11:44:50", "clean",
"""A: TechHaven online orders, Claire speaking.
C: Hi, I'd like to order the Sony WH-1000XM5 headphones in black.
A: Sure, they're $349.99. Would you like me to place the order?
C: Yes, go ahead.
A: Would you like the 2-year protection plan for $39?
C: Yes, add that.
A: Okay, your total is $388.99. It'll ship tomorrow.
C: Wait, before you finish, my brother just texted that he got me a pair for my birthday. Can you cancel the whole thing?
A: Of course, I've cancelled the order, nothing will be charged.
C: Sorry about that. Thanks.""",
False, 0.0, "neutral", "order and add-on accepted then whole order cancelled -> no conversion, no upsell; model number not a price"),

("FR27_016", "Ben Whitaker", "2026-11-11T18:20:14", "asr",
"""A: ironworks fitness ben here
C: hey i was in yesterday for the tour and i think i wanna join
A: awesome the standard membership is twenty nine a month no contract
C: cool sign me up
A: you got it we also have intro personal training three sessions at forty each
C: um how long is each
A: an hour each with a certified coach
C: okay yeah i'll do the three sessions
A: nice that's added and your first session can be next monday at six
C: six works
A: see you then
C: sweet i'm actually pumped thanks man""",
True, 120.00, "positive", "membership sign-up; three training sessions at forty each = 120; excited"),

("FR27_017", "Priya Nair", "2026-11-12T09:37:29", "asr",
"""A: skyway airlines priya speaking
C: hi um i booked a flight last week to denver and i need to add bags
A: sure what's the confirmation code
C: it's k l m seven two q
A: thanks i see you on flight twelve oh four on the nineteenth checked bags are thirty five each
C: okay two bags then
A: that's seventy for two should i add them
C: yes please
A: done would you like priority boarding for nineteen
C: hm no that's fine
A: you're all set
C: okay thanks bye""",
True, 70.00, "neutral", "add-on to earlier flight purchase: two bags at 35 = 70 (counted as upsell per README); priority boarding declined; flight number not a price"),

("FR27_018", "Marcus Bell", "2026-11-12T15:58:44", "clean",
"""A: Northgate Insurance, Marcus speaking.
C: Hi. I got a renters insurance quote from you online for $22 a month. Lemonade quoted me $11.
A: Our policy includes $30,000 of personal property coverage and a lower deductible.
C: I'd switch if you could get it under $15.
A: The lowest I can go is $19 with a higher deductible.
C: Then no. Honestly Lemonade's app is miles better than your website, too.
A: I understand. Can I send you the quote in writing?
C: Sure, email it, but I'm going with them.
A: It's on its way.
C: Bye.""",
False, 0.0, "negative", "conditional (under $15) not met; refuses; praises competitor over this company"),

("FR27_019", "Elena Ruiz", "2026-11-13T13:08:17", "asr",
"""A: happy paws grooming elena speaking
C: hi um can i book a groom for my golden retriever
A: of course the full groom for a large dog is eighty five i have friday at eleven
C: friday at eleven is perfect
A: okay so friday at eleven full groom for what's the pup's name
C: biscuit
A: aw do you want to add a nail trim for twelve or teeth brushing for eight
C: both please his breath is uh something else
A: ha okay both added
C: great you guys always do such a nice job thank you""",
True, 20.00, "positive", "groom booked; 'or' offer answered 'both' = 12 + 8; praise"),

("FR27_020", "Tom Okafor", "2026-11-13T16:45:02", "clean",
"""A: Hi, this is Tom from Ledgerly, I'm calling about your team plan renewal on the 30th.
C: Right. I saw the email. The price went up again.
A: It did, it's now $14 per user per month. You have 12 users.
C: And what if we don't renew?
A: Your data stays read-only for 90 days. Would you like to renew for the year?
C: We don't really have a choice at this point. Yes, renew it.
A: Okay, renewed. You mentioned new hires last time. Would you like to add seats?
C: Add 5 more seats, at the same $14?
A: Yes, 5 seats at $14 per user per month.
C: Fine, add them. But I'm not thrilled, and the new interface is worse than the old one.
A: I'll pass that on.
C: Okay.""",
True, 70.00, "negative", "renewal = conversion; 5 extra seats x $14 (recurring counted once) = 70; 'not thrilled', complaint"),
]
