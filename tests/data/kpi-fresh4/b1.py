CALLS = [
("FR4_001", "Maria Okafor", "2026-11-20T09:14:03", "clean", """
A: Thanks for calling Brightline Mobile, this is Maria. How can I help?
C: Hi, I'm looking at switching my plan. I'm on the 5 GB one and I keep running out.
A: I can help with that. Our Unlimited Plus is $55 a month with no data cap.
C: Okay, that's fine. Let's do it.
A: Great. I can also add international roaming for $10 a month. Want that?
C: No, I don't travel much. Just the plan.
A: Done, Unlimited Plus starts on your next cycle, the 3rd.
C: Perfect, thanks.
""", True, 0.00, "neutral", "Plan upgrade accepted, roaming add-on declined; routine tone."),

("FR4_002", "Derek Lindqvist", "2026-11-20T10:02:41", "asr", """
A: good morning summit auto care this is derek
C: hi yeah um my check engine light came on and uh i was wondering if you could look at it
A: sure we have an opening tomorrow at eight thirty or thursday at two
C: uh eight thirty works
A: okay eight thirty tomorrow the diagnostic is eighty nine ninety five and that gets applied to any repair
C: yeah that's fine
A: you're booked under the name
C: it's uh jensen j e n s e n
A: got it see you tomorrow mister jensen
C: okay thanks bye
""", True, 0.00, "neutral", "Picks a slot for a diagnostic appointment; neutral tone."),

("FR4_003", "Priya Raman", "2026-11-20T11:20:15", "clean", """
A: Coastal Shield Insurance, Priya speaking.
C: Hi Priya. I got a renewal notice for my home policy and the premium went up $300. That's outrageous.
A: I understand. Let me see what I can do. I can apply a multi-policy discount if you bundle your auto, which brings the renewal to $1,140 for the year.
C: Hmm. What about the deductible?
A: It stays at $1,000.
C: I'm going to shop around first. I'm not renewing today.
A: Understood. Your policy is active until December 15th.
C: Fine. Bye.
""", False, 0.00, "negative", "Customer refuses to renew today and is upset about the price increase."),

("FR4_004", "Tomás Herrera", "2026-11-20T12:45:50", "asr", """
A: hi this is tomas with green leaf lawn care i'm calling about the fall aeration special
C: oh uh hi
A: so it's a one time aeration and overseeding for a hundred and forty nine and we're in your neighborhood next week
C: um i mean i've been meaning to do that actually
A: i could put you down for tuesday
C: yeah you know what go ahead put me down
A: great and would you like us to add a winterizer fertilizer treatment it's normally sixty five but i can do fifty for you since we're there anyway
C: uh sure yeah throw that in
A: perfect so tuesday aeration overseeding and winterizer
C: sounds good thanks man that's actually really convenient
""", True, 50.00, "positive", "Books aeration and accepts winterizer at revised price of fifty."),

("FR4_005", "Hannah Byrne", "2026-11-20T13:05:12", "clean", """
A: Skyward Airlines, this is Hannah.
C: Hi. My flight to Denver, confirmation RX7K2P, got cancelled and I need to get on another one.
A: I'm sorry about that. I can move you to the 4:15 pm flight today at no charge.
C: Yes, please do that.
A: Done. Your new seat is 22C. Would you like to upgrade to an exit row for $39?
C: No thanks.
A: You're all set, your boarding pass will be emailed.
C: Okay. This is the second cancellation this month, though. Pretty frustrating.
""", False, 0.00, "negative", "Free rebooking after a cancellation is service, not a purchase; upgrade declined."),

("FR4_006", "Kwame Asante", "2026-11-20T14:33:27", "asr", """
A: thanks for calling pizza planet this is kwame pickup or delivery
C: delivery please
A: okay what can i get you
C: can i get a large pepperoni and um a large veggie
A: sure anything else maybe garlic knots they're five ninety nine
C: uh yeah do two orders of the garlic knots
A: two garlic knots okay so that's two large pizzas and two garlic knots total is thirty eight forty two
C: yep that's right
A: about forty minutes
C: cool thanks
""", True, 11.98, "neutral", "Order confirmed; two garlic knots at five ninety nine each added on."),

("FR4_007", "Elena Marchetti", "2026-11-20T15:47:09", "clean", """
A: Hi, this is Elena from StreamMax. I see you called about cancelling?
C: Yes. I barely use it and $17.99 a month is too much.
A: I hear you. I can offer you our ad-supported plan at $7.99 a month, and you keep your profiles and watchlist.
C: Honestly, that's not bad. Okay, I'll switch to that one.
A: Done, the ad plan starts today and you'll see the lower charge next month.
C: Great, thank you, that actually works better for me.
""", True, 0.00, "positive", "Accepts the cheaper retention plan instead of cancelling."),

("FR4_008", "Samuel Whitford", "2026-11-20T16:10:44", "asr", """
A: bright smile dental this is sam how can i help
C: hi i need to cancel my cleaning on the twenty third
A: okay would you like to reschedule
C: no not right now i'll call back when i know my schedule
A: no problem i've cancelled it
C: okay thank you
""", False, 0.00, "neutral", "Cancels appointment without rebooking."),

("FR4_009", "Aisha Karim", "2026-11-21T08:55:31", "clean", """
A: Good morning, Harborview Hotel reservations, Aisha speaking.
C: Hi, I'd like a room for December 12th through the 14th, two nights.
A: We have a king room at $189 per night, or a harbor-view king at $229.
C: I'll take the harbor view.
A: Lovely. Would you like to add breakfast for two at $24 per night, so $48 for your stay?
C: Yes, add breakfast.
A: So that's the harbor-view king, two nights, with breakfast, $506 plus tax. Shall I confirm with the card on file?
C: Yes, that's correct, go ahead.
A: Confirmed, your number is HV44183.
C: Wonderful, thank you so much, I'm really looking forward to it.
""", True, 48.00, "positive", "Books room; breakfast $24 per night for two nights added."),

("FR4_010", "Lucas Ferreira", "2026-11-21T09:30:02", "asr", """
A: thank you for calling metro power and gas this is lucas
C: yeah i've been on hold for like forty five minutes
A: i apologize for the wait what can i do for you
C: my bill is like triple what it usually is and nobody can tell me why
A: i see an estimated read on your account let me submit a request for an actual meter reading
C: okay
A: a technician will come out on the twenty eighth
C: oh great so another week of this unbelievable
A: i'm sorry i'll note that you want the bill adjusted once the read is in
C: whatever just do it
""", False, 0.00, "negative", "Billing complaint, meter read scheduled as service; customer stays annoyed and sarcastic."),

("FR4_011", "Grace Whitman", "2026-11-21T10:18:40", "clean", """
A: PawsPlace Grooming, this is Grace.
C: Hi! I want to book a full groom for my golden retriever, Biscuit.
A: We have Saturday at 10 am. A full groom for a large dog is $85.
C: Saturday at 10 is perfect.
A: Would you like to add a teeth brushing for $12 and a blueberry facial for $15?
C: Teeth brushing yes, the facial no, he'd hate it.
A: Ha, fair enough. Saturday at 10, full groom plus teeth brushing. See you then!
C: Thanks so much, you guys always do such a great job with him.
""", True, 12.00, "positive", "Books groom with teeth brushing add-on; facial declined."),

("FR4_012", "Oliver Grant", "2026-11-21T11:02:19", "asr", """
A: hi this is oliver from fiber first i'm calling because your area just got our gig internet
C: um okay
A: it's sixty nine a month for the first year and installation is free
C: uh i just signed a contract with my current provider like two months ago
A: we can cover up to two hundred in early termination fees
C: hmm i don't know i'd have to talk to my husband about it
A: sure can i send you the info
C: yeah you can email it that's fine
A: will do thanks for your time
C: mhm bye
""", False, 0.00, "neutral", "Defers to spouse and asks for email; no commitment."),

("FR4_013", "Beatriz Costa", "2026-11-21T12:40:55", "clean", """
A: Thank you for calling Nordic Home Furnishings, Beatriz speaking.
C: Hi, I ordered the Aalto dresser last week and I'd like to add the matching nightstands.
A: Of course. They're $240 each. How many would you like?
C: Two of them, please.
A: Two nightstands at $240 each, that's $480 added to your order, same delivery date of the 29th.
C: Yes, that's correct.
A: All set. 
C: Thanks.
""", True, 480.00, "neutral", "Adds two nightstands at $240 each to an existing order; confirms read-back."),

("FR4_014", "Ryan O'Connell", "2026-11-21T13:15:33", "asr", """
A: city cinemas box office this is ryan
C: hi can i get four tickets for the eight o'clock showing of the uh the space movie saturday
A: let me check oh i'm sorry the eight o'clock is completely sold out
C: oh no what about later
A: the ten fifteen is sold out too unfortunately we have sunday at seven
C: no sunday doesn't work for us it's a birthday thing
A: i'm really sorry about that
C: ugh okay well that's disappointing thanks anyway
""", False, 0.00, "negative", "Wanted tickets but all shows sold out; nothing booked, customer disappointed."),

("FR4_015", "Fatima Haddad", "2026-11-21T14:50:08", "clean", """
A: Hello, this is Fatima at Crestview Bank. How can I help today?
C: Hi, I want to know the rate on your 12-month CD.
A: It's 4.35% APY with a $500 minimum.
C: And can I open it online?
A: Yes, you can, or I can open it for you right now over the phone.
C: I'll do it online later this week, thanks.
A: Sounds good. Anything else?
C: No, that's all. Thank you.
""", False, 0.00, "neutral", "Only rate questions and plans to open online later; no commitment in call."),

("FR4_016", "Jonah Feldman", "2026-11-21T15:22:47", "asr", """
A: peak fitness this is jonah
C: hey so i've been a member for like three years and um i want to cancel
A: oh sorry to hear that can i ask why
C: i'm moving to portland in january
A: ah we actually have two locations in portland you could transfer your membership
C: oh really i didn't know that
A: yep same rate thirty four a month no transfer fee
C: huh okay yeah let's do that then transfer it
A: done it'll switch over january first
C: awesome that's perfect honestly thanks so much
""", True, 0.00, "positive", "Instead of cancelling, accepts a membership transfer at the same rate."),

("FR4_017", "Chloe Dubois", "2026-11-21T16:35:20", "clean", """
A: Good afternoon, Wanderlust Travel, Chloe here.
C: Hi, I'm interested in the Lisbon package you advertised, 7 nights for $1,899.
A: Yes! That includes flights from Boston and a 4-star hotel. Dates are flexible in March.
C: That sounds lovely. Can you email me the itinerary? I need to check my vacation days.
A: Of course, what's your email?
C: It's d.marsh@mailbox.com.
A: Sent. I'll hold the March 8th departure until Friday.
C: Great, thank you, you've been really helpful.
""", False, 0.00, "positive", "Interested, asks for itinerary by email; a hold is not a commitment."),

("FR4_018", "Marcus Bell", "2026-11-22T08:12:14", "asr", """
A: quickmove logistics this is marcus
C: yeah hi i'm calling about getting a quote for a move from a two bedroom apartment
A: sure where from and where to
C: um from fourteen oak street to like across town maybe twelve miles
A: for a two bedroom local move that's a crew of three at one forty an hour usually about five hours
C: okay and can you do december sixth
A: yes we have the morning open
C: okay book it
A: great do you want us to bring packing materials it's a flat seventy five for the box kit
C: uh no we've got boxes already
A: no problem december sixth at eight a m you'll get a confirmation text
C: alright cool thanks that was easy
""", True, 0.00, "positive", "Books the move; box kit declined; street number and miles are not prices."),

("FR4_019", "Isabel Moreno", "2026-11-22T09:44:37", "clean", """
A: Thanks for calling Lumen Software support, Isabel speaking.
C: Hi, your last update broke our exports. Nothing works and we have a deadline today.
A: I'm sorry. Can you tell me your version number?
C: 8.2.1.
A: There's a known issue; rolling back to 8.2.0 fixes it. I'll walk you through it.
C: Okay.
A: Go to Settings, Updates, and select "Restore previous version."
C: Done... and exports work again. Oh thank goodness. Thank you so much, you saved my afternoon.
""", False, 0.00, "positive", "Support call resolved; frustrated start, grateful end; no purchase."),

("FR4_020", "Andre Williams", "2026-11-22T10:20:05", "asr", """
A: hey this is andre from velocity car rental confirming your pickup tomorrow at the airport
C: oh yeah hi
A: you've got a midsize for three days do you want to upgrade to a full size suv it's eighteen more a day
C: uh nah the midsize is fine
A: okay and would you like the collision damage waiver that's twenty two a day
C: um yeah you know what i'll take the waiver
A: got it so that's the waiver at twenty two a day for three days sixty six total added
C: yeah that's fine
A: perfect see you tomorrow at ten
C: okay thanks
""", True, 66.00, "neutral", "Existing rental; accepts waiver at twenty two per day for three days; SUV declined."),
]
