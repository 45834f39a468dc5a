CALLS = [
("FR72_041", "Hannah Okafor", "2026-11-02T13:22:00", "asr",
"""A: northwind air hannah speaking
C: hi i'm trying to get my mum a flight from charlotte to pittsburgh for christmas she doesn't do computers
A: of course when is she flying
C: the twenty second and back on the twenty eighth
A: okay there's a ten fifteen am out and a two pm back at two thirty one round trip
C: that's perfect go ahead and book it her name's margaret ann doyle
A: margaret ann doyle got it would you like priority boarding for her it's fifteen dollars each way
C: no she'll be fine she's tougher than she looks
A: okay so one adult charlotte to pittsburgh twenty second back the twenty eighth two thirty one total
C: yep
A: all booked i'll email the itinerary to you
C: oh that's brilliant she's going to be so happy thank you""",
True, 0.0, "positive", "'go ahead and book it' and read-back 'yep'; priority boarding declined; 'oh that's brilliant ... thank you'"),

("FR72_042", "Gavin Meyers", "2026-11-02T15:40:00", "clean",
"""A: Road King Rentals, Gavin speaking.
C: I'm standing at your counter at LAX and they're telling me there's no compact car for my reservation. I booked this a month ago.
A: I'm sorry. Let me check the location... They do have an SUV available. I can upgrade you for $15 a day more.
C: I'm not paying extra for your mistake.
A: You're right. I'll give you the SUV at your compact rate, no extra charge.
C: Fine.
A: I've updated the reservation. Show them the new confirmation text.
C: This should have been sorted before I got here. I've wasted an hour.
A: I understand, I'm sorry.
C: Yeah. Bye.""",
False, 0.0, "negative", "refuses the paid upgrade 'I'm not paying extra'; free upgrade on an existing reservation is no new purchase; 'wasted an hour'"),

("FR72_043", "Sofia Lindqvist", "2026-11-03T10:15:00", "asr",
"""A: alpine spa hotel sofia speaking
C: hi we'd love to book a room for the weekend of the twelfth two nights it's our tenth anniversary
A: oh congratulations i have a deluxe double at one eighty nine a night
C: lovely yes let's book that
A: we also do a couples massage on the saturday afternoon it's one sixty for the two of you
C: oh that sounds amazing yes add that
A: so deluxe double friday the twelfth to sunday the fourteenth with the couples massage saturday at three five hundred thirty eight all together
C: yes that's perfect
A: lovely you're booked and i'll put a note about the anniversary
C: aw thank you so much you've been so kind""",
True, 160.0, "positive", "'let's book that' plus couples massage 'yes add that' at one sixty for the two; read-back 'yes that's perfect'; warm thanks"),

("FR72_044", "Raymond Cho", "2026-11-04T09:30:00", "clean",
"""A: National Rail Cards, Raymond speaking.
C: Hi. My senior railcard runs out next week. I want to renew it.
A: Sure. One-year card is $30, three-year is $80.
C: The one year.
A: Okay. Same card as last time, ending 6612?
C: Yes.
A: Renewed. It's valid from the 11th for a year. The new card will be in the app.
C: Okay. Thank you.""",
True, 0.0, "neutral", "renewal 'I want to renew it', picks the one-year card over the three-year; flat"),

("FR72_045", "Elena Petrova", "2026-11-04T14:05:00", "asr",
"""A: blue horizon cruises elena speaking
C: hi i need to cancel our cruise in february my husband's having surgery
A: i'm sorry to hear that since it's inside sixty days there's a fifty percent cancellation charge
C: fifty percent that's over a thousand dollars
A: i know instead of cancelling i could move you to any sailing in the next twelve months for a hundred dollar change fee
C: we don't know when he'll be able to travel
A: you have a year to choose the date
C: no i just want it cancelled
A: okay i've cancelled it you'll be refunded one thousand one hundred twelve
C: what a rip off honestly""",
False, 0.0, "negative", "cancellation with the move-to-later-sailing save offer refused 'no i just want it cancelled'; 'what a rip off'"),

("FR72_046", "Marcus Bell", "2026-11-05T17:10:00", "clean",
"""A: Aurora Nights Iceland, Marcus speaking.
C: Hi, are there any spaces left on the northern lights tour on the 28th? Your site said almost full.
A: There are two spaces left on the minibus, $110 per person.
C: Oh thank goodness. I suppose we'd better grab those two before they're gone, then.
A: Let's do it. We also offer a hot chocolate and professional photo package, $25 per person.
C: Nah, we've got a decent camera.
A: No problem. So two people, northern lights tour on the 28th, pick-up 8:30 p.m. at your hotel, $220 in total.
C: Sounds right, yes.
A: Done, you're booked.
C: Oh, that's such a relief. Thank you!""",
True, 0.0, "positive", "hedged 'I suppose we'd better grab those two' plus 'Sounds right, yes' to the read-back; photo package declined; 'such a relief'"),

("FR72_047", "Ingrid Dahl", "2026-11-06T10:42:00", "asr",
"""A: sunway airlines ingrid speaking
C: hi i booked a ticket for my sister but she can't go so i want to put my friend's name on it instead
A: i'm sorry tickets aren't transferable we can't change the name to a different person
C: you're kidding so what do i do
A: your sister's ticket can be cancelled for a credit and i can book a new ticket for your friend that one's two ninety four
C: and the credit's only for my sister
A: yes the credit is in her name
C: ugh fine book the new one under her name then jasmine reyes
A: okay jasmine reyes same flight two ninety four on the card ending eight eight one
C: yeah
A: it's booked
C: this is such a stupid rule""",
True, 0.0, "negative", "'ugh fine book the new one under her name' is a new booking; 'this is such a stupid rule'"),

("FR72_048", "Tariq Haddad", "2026-11-06T13:15:00", "clean",
"""A: Grand Meridian Hotel reservations, Tariq speaking.
C: Hi, what's your rate for a king room on the 19th and 20th?
A: $205 a night, and that includes breakfast.
C: Hm. Online I see $189.
A: The online rate is non-refundable. Is this the best number to reach you, by the way, in case the call drops?
C: Yes.
A: Great. So I can match the $189 non-refundable if you'd like to book it now.
C: No, it's fine. I'll just book on the website.
A: Sure, no problem.
C: Okay, thanks.""",
False, 0.0, "neutral", "'Yes' answers the phone-number question; 'I'll just book on the website' — no booking on the call; neutral"),

("FR72_049", "Marisol Ortega", "2026-11-09T12:30:00", "asr",
"""A: coastline car rental marisol speaking
C: hi i need a car in maui for six days from the third um something not too small
A: i have a midsize at fifty four a day or a jeep wrangler at eighty nine
C: the midsize is fine
A: okay and would you like our full protection it's twenty nine a day so one seventy four for the six days and there's no deductible
C: um last time i dented a car and it was a whole nightmare so yes i'll take the full protection
A: okay midsize six days from december third with full protection that's four hundred ninety eight before tax
C: yep go ahead
A: you're all set
C: okay peace of mind that's worth it thanks a lot you've been really patient""",
True, 174.0, "positive", "picks the midsize, 'yes i'll take the full protection' = $29 x 6 = 174 stated; 'yep go ahead'; 'you've been really patient'"),

("FR72_050", "Derek Halvorsen", "2026-11-10T09:00:00", "clean",
"""A: Skylark Airways baggage services, Derek speaking.
C: Hi. My suitcase didn't show up in Boston yesterday. Reference BOS-44718.
A: Let me check. Okay, good news: it was found in Newark and it's on the 2 p.m. flight to Boston today.
C: Oh, really? I'd given up.
A: It'll be delivered to your hotel this evening, no charge.
C: Oh my goodness. Okay. Thank you so much, I really appreciate it.
A: You're welcome. Anything else?
C: No, that's everything. You've made my day.""",
False, 0.0, "positive", "lost bag found and delivered free, no purchase; 'Thank you so much, I really appreciate it', 'You've made my day'"),

("FR72_051", "Priya Raman", "2026-11-10T16:25:00", "asr",
"""A: old town walks priya speaking
C: hi can we book the ghost walk for friday two people
A: sure friday at seven pm twenty two per person so forty four
C: yeah great book it
A: okay two people friday seven pm ghost walk
C: actually hang on my partner's saying our flight lands at six thirty we won't make it
A: ah do you want to try saturday
C: no we're only there friday night just cancel that sorry
A: no problem i haven't charged anything
C: okay thanks anyway""",
False, 0.0, "neutral", "'yeah great book it' then 'just cancel that sorry' — retracted, nothing booked; polite, neutral"),

("FR72_052", "Tomasz Wielgus", "2026-11-11T08:35:00", "clean",
"""A: Coastal Rail, Tomasz speaking.
C: I need to get to York on Sunday morning. The app says there's engineering works?
A: Yes, between Doncaster and York there's a replacement bus on Sunday.
C: Oh good, a replacement bus. My favourite.
A: Sorry. The 8:05 gets you to York at 11:40 with the bus. It's $47.
C: Three and a half hours. Brilliant. Just book it, I have to get there.
A: Booked, one adult, Sunday 8:05, $47.
C: Wonderful. Can't wait.""",
True, 0.0, "negative", "'Just book it, I have to get there' is a booking; sarcasm 'My favourite', 'Brilliant', 'Can't wait'"),

("FR72_053", "Keisha Brandt", "2026-11-12T11:05:00", "asr",
"""A: harbor view inn keisha speaking
C: hi i wanted to book a room for tonight if you have anything
A: i have one queen left at one seventy nine
C: okay yes i'll take it
A: great can i have a card
C: uh visa four four one two
A: hmm that one's come back declined
C: oh god okay try this one mastercard ending five zero zero six
A: i'm sorry that's declined as well
C: this is so embarrassing just forget it i'll figure something out
A: i can hold the room for an hour
C: no it's fine forget it""",
False, 0.0, "negative", "'yes i'll take it' but two cards declined and nothing booked; 'this is so embarrassing just forget it'"),

("FR72_054", "Oliver Strand", "2026-11-12T14:20:00", "clean",
"""A: Oceanic Line, Oliver speaking.
C: Hi! We're booked on the Caribbean cruise leaving the 6th, booking OL-5521, and we'd like to add the drinks package.
A: Sure. The classic drinks package is $69 per person per day. For the two of you for seven days that's $966.
C: Oof. Okay, yes, go ahead. It's our honeymoon.
A: Congratulations! It's added to the booking and charged to the card on file.
C: And does it include the specialty coffees?
A: It does, and bottled water.
C: Amazing. We're going to have a great time. Thank you!""",
True, 966.0, "positive", "adds the drinks package to an existing cruise 'Okay, yes, go ahead' = $966 stated (add-on, see README); 'Amazing ... Thank you!'"),

("FR72_055", "Naomi Fairweather", "2026-11-13T12:00:00", "asr",
"""A: sunway airlines naomi speaking
C: hi how much is it to fly from dallas to new york on the fifteenth coming back the twentieth
A: the cheapest i have is three forty round trip
C: hmm i'd book it if it was under three hundred
A: i'm afraid that's the lowest fare on those dates the nineteenth back would be three twenty
C: still a bit much i'll keep an eye on it
A: sure i can set a fare alert for you
C: yeah that's my email j wong at mailbox dot com
A: done you'll get an email if it drops
C: okay""",
False, 0.0, "neutral", "conditional 'i'd book it if it was under three hundred'; 'yeah that's my email' is not a purchase; flat"),

("FR72_056", "Luis Carvajal", "2026-11-13T15:45:00", "clean",
"""A: Budget Wheels, Luis speaking.
C: Hi, what do you have in Atlanta from the 1st to the 4th of December?
A: I've got an economy at $32 a day or a midsize at $41 a day.
C: The midsize. I've got a long drive.
A: Great. Would you like a GPS with it? $10 a day.
C: I'll think about the GPS. Just the car for now.
A: Okay. So a midsize from December 1st to 4th, three days, $123 before taxes, pick-up at the airport.
C: Yeah, that's correct.
A: You're booked. You can add the GPS at the counter if you change your mind.
C: Okay. Thanks.""",
True, 0.0, "neutral", "picks the midsize from two options, read-back 'Yeah, that's correct'; GPS left as 'I'll think about' -> 0; flat"),

("FR72_057", "Hannah Okafor", "2026-11-16T10:30:00", "asr",
"""A: stayrite hotels guest relations hannah speaking
C: hi um i checked out of your downtown hotel yesterday and there's a sixty two dollar minibar charge on my card and i didn't touch the minibar
A: i'm sorry about that let me look i can see the charge
C: i was only there one night and i was out for most of it
A: the sensor must have been knocked i've removed the charge it'll be back in a few days
C: oh okay wow that was quick
A: is there anything else
C: no that's it honestly i was expecting a fight thank you that's great""",
False, 0.0, "positive", "minibar charge removed, no purchase; 'i was expecting a fight thank you that's great'"),

("FR72_058", "Gavin Meyers", "2026-11-17T12:50:00", "clean",
"""A: Skylark Airways, Gavin speaking.
C: Your website kept timing out, so I'm on the phone. Forty minutes on hold, by the way.
A: I'm sorry about that. What can I book for you?
C: Three tickets, San Diego to Seattle, January 9th, the noon flight.
A: That's $189 per person, $567 for three. Checked bags are $35 each if you want to add any now.
C: Two bags, yes.
A: So three passengers, January 9th at 12:00, two checked bags, $637 in total. Is that right?
C: Yes. Finally.
A: You're booked. The confirmation is on its way.
C: Okay. Maybe fix your website.""",
True, 70.0, "negative", "three tickets plus 'Two bags, yes' at $35 each = 70; read-back 'Yes. Finally'; annoyed start to end 'Maybe fix your website'"),

("FR72_059", "Sofia Lindqvist", "2026-11-18T11:35:00", "asr",
"""A: scenic rail sofia speaking
C: hi i'd like two tickets for the glacier express on the tenth
A: of course the eight fifty two from zermatt to st moritz two adults that's one fifty two each
C: uh huh
A: so three hundred four for the two is that the one
C: uh huh that's the one
A: lovely and would you like seat reservations by the window they're five each
C: oh sure why not
A: okay that's ten more three hundred fourteen total you're booked
C: oh thanks you've been lovely""",
True, 10.0, "positive", "read-back 'uh huh that's the one'; window seat reservations 'oh sure why not' at five each x 2 = 10; 'you've been lovely'"),

("FR72_060", "Raymond Cho", "2026-11-19T09:45:00", "clean",
"""A: Sunset Island Tours, Raymond speaking.
C: Hi, I've got a snorkel trip booked for Wednesday and I can't find the pickup time.
A: Let me look. Is this the number on the booking?
C: Yes.
A: Okay, pickup is 7:15 a.m. from your hotel lobby. We also have a private transfer option for $60 if you'd rather not share the van.
C: And do we need to bring our own towels?
A: Towels are provided, and reef-safe sunscreen is on the boat.
C: Okay, 7:15. Got it.
A: Anything else I can help with?
C: No, that's all. Thanks.""",
False, 0.0, "neutral", "information call; 'Yes' confirms the phone number; the $60 private transfer goes unanswered; neutral"),
]
