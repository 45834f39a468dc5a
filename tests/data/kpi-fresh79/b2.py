CALLS = [
    ("FR79_021", "Keisha Warren", "2026-11-10T09:12:00", "asr",
     """A: starline tickets keisha speaking
C: hi um are there still seats for the lumen quartet at the grand on the twelfth
A: let me see yes i have two together in the first balcony at sixty four each
C: oh first balcony is great let's do it
A: perfect would you like ticket protection it's nine fifty per order and covers you if you can't go
C: no thanks we'll be there no matter what
A: okay two first balcony seats for the twelfth one twenty eight total booking now
C: awesome i've been waiting months for this
A: you're all set enjoy the show""",
     True, 0.00, "positive", "'let's do it' commitment; ticket protection declined"),

    ("FR79_022", "Hiroshi Tanaka", "2026-11-10T10:40:00", "clean",
     """A: Harbor City Hawks season ticket office, Hiroshi speaking.
C: Hi, I'm looking at full season tickets for next year. What's the price in the upper bowl?
A: Upper bowl full season is $2,340 per seat for 41 home games.
C: Hmm. I'd sign up if it were under $2,000, honestly.
A: We do have a half-season plan at $1,260.
C: Half season doesn't really work for me. I'll keep an eye out for promotions.
A: Sure, I can add you to the promotions list.
C: Okay, that's fine.""",
     False, 0.00, "neutral", "conditional only; list sign-up is not a purchase"),

    ("FR79_023", "Bianca Moretti", "2026-11-10T21:05:00", "asr",
     """A: streamly support this is bianca
C: yeah the game kept freezing tonight the entire fourth quarter
A: i'm very sorry about that we had an outage on the east coast for about forty minutes
C: forty minutes during the only thing i actually pay you for
A: i understand i can give you a credit for a week of service
C: a week i pay twenty four ninety nine a month for the sports tier
A: that's the credit i'm able to apply
C: this is ridiculous i'm done cancel it
A: okay i've cancelled the subscription effective today
C: great""",
     False, 0.00, "negative", "outage complaint ending in cancellation"),

    ("FR79_024", "Gareth Pryce", "2026-11-11T12:30:00", "clean",
     """A: Strike City Bowling, Gareth speaking.
C: Hi, I'd like two lanes for Friday night, around 8, for two hours.
A: Friday at 8 I have lanes 11 and 12. That's $45 per lane per hour, so $180.
C: That's fine, book it.
A: Done. Will there be kids in the group? We sell arcade cards with $20 of play for $10 each.
C: Three kids, yeah. Give me three of those.
A: Three arcade cards at $10, $30. So $210 altogether. Name for the booking?
C: Put it under Alvarez.
A: Alvarez, lanes 11 and 12, Friday 8 to 10 PM. See you then.
C: Great, thanks, the kids will love the arcade.""",
     True, 30.00, "positive", "three arcade cards at $10 = 30; lane numbers and times not prices"),

    ("FR79_025", "Nadia Haddad", "2026-11-11T14:18:00", "asr",
     """A: civic playhouse box office nadia speaking
C: hi is it possible to buy tickets for the nutcracker online
A: yes you can buy them on our website and pick any seat on the map
C: oh okay so i don't have to do it by phone
A: no but i can also book them for you right now if you like
C: that's okay i'll do it later tonight on the website when my husband's home
A: sounds good
C: thanks""",
     False, 0.00, "neutral", "question plus deferral; no purchase on call"),

    ("FR79_026", "Owen Brennan", "2026-11-11T16:50:00", "clean",
     """A: Halvorsen Museum members' line, Owen speaking.
C: Hi, I have an individual membership and I'd like to change it to dual so my partner is covered.
A: Sure. Dual is $40 more per year than individual; I can prorate it to today, so $40 now.
C: Yes, please switch it.
A: Done. By the way, members can book the Vermeer special exhibition now. Timed tickets are $18 each for members.
C: Oh, we wanted to see that. Two tickets for Sunday afternoon, please.
A: Two at $18, that's $36. 2 PM entry on Sunday the 15th?
C: 2 PM is good.
A: All set, confirmation is in your inbox.
C: Okay, thank you.""",
     True, 36.00, "neutral", "plan change is main; exhibition tickets 2 x $18 = 36 add-on"),

    ("FR79_027", "Leticia Ramos", "2026-11-12T10:05:00", "asr",
     """A: lockbox escape rooms leticia speaking
C: hi i want to buy a gift card for my brother he's obsessed with your rooms
A: that's so nice we have them from twenty five to two hundred dollars
C: let's do fifty dollars
A: great fifty dollar gift card do you want it emailed to you or to him
C: email it to me please i want to print it out
A: done it's on its way
C: amazing thank you you guys are the best""",
     True, 0.00, "positive", "gift card purchase is the main purchase"),

    ("FR79_028", "Samir Qureshi", "2026-11-12T13:35:00", "clean",
     """A: Brightwave TV, this is Samir.
C: Hi, I'm moving next week and I need to transfer my cable and internet.
A: Sure. What's the new address?
C: 1450 Birchwood Lane, Apartment 3B.
A: Thanks. Service is available there. The earliest installation window is Tuesday the 17th, 10 AM to noon. Want me to book that?
C: Yes, book the Tuesday slot.
A: Done. Your plan and price stay the same, there's no charge for the transfer.
C: Okay, good.
A: The technician will call 30 minutes before arrival.
C: Alright, thank you.""",
     True, 0.00, "neutral", "installation appointment booked counts as booking; see decision 2"),

    ("FR79_029", "Fiona Gallagher", "2026-11-12T15:48:00", "asr",
     """A: sunridge adventure park fiona speaking
C: hi i need two tickets for sunday the twenty second
A: sure that's ninety nine each one ninety eight for two
C: okay go ahead
A: we also have the all day meal deal it's normally forty five but we're running it at thirty this week
C: thirty for all day food
A: yep unlimited meals and drinks for one person
C: yeah add one for me my husband won't eat park food
A: done one meal deal at thirty your total is two twenty eight
C: great thanks that's a nice surprise""",
     True, 30.00, "positive", "meal deal revised from forty five to thirty; one accepted"),

    ("FR79_030", "Dmitri Volkov", "2026-11-13T09:25:00", "clean",
     """A: Starline Tickets, Dmitri speaking.
C: Hi, I was looking at the Marlow Kings show. The ticket says $60 but at checkout it's $97?
A: Yes, that includes a $22 service fee, an $8 facility fee and a $7 order processing fee.
C: Oh wonderful, so the fees are almost as much as the ticket. Fantastic.
A: I understand it's frustrating. The fees are set by the venue and us.
C: Sure they are. No, I'm not paying that.
A: I understand. Is there anything else?
C: No. I'll just go to the box office in person.""",
     False, 0.00, "negative", "sarcasm about fees; refusal"),

    ("FR79_031", "Aaliyah Brooks", "2026-11-13T11:40:00", "asr",
     """A: bounce kingdom this is aaliyah
C: hi i'm planning my daughter's party for twelve kids on the twenty ninth
A: great our jump party is two hours for two forty nine
C: okay go ahead and book it for eleven in the morning
A: booked can i offer you an extra thirty minutes of jump time for forty dollars
C: yeah add that they'll have the energy
A: and all jumpers need grip socks they're three dollars a pair
C: okay twelve pairs then
A: twelve pairs at three is thirty six so with the extra time that's seventy six on top of the party
C: sounds great thank you so much""",
     True, 76.00, "positive", "extra time forty + grip socks three x twelve = seventy six"),

    ("FR79_032", "Connor Walsh", "2026-11-13T14:15:00", "clean",
     """A: Starline Tickets, Connor here.
C: Hi, I want one ticket for Ada Frost at the Pavilion on Saturday.
A: I have a seat in section 205, row D, for $74.
C: Sure, that'll do.
A: Would you like to upgrade to VIP lounge access for $75? It includes a drink and early entry.
C: No, just the ticket.
A: Please confirm: one ticket, section 205 row D, Saturday the 21st, $74 total.
C: Yes, perfect. What time do doors open?
A: Doors at 6:30, show at 8. Your ticket's booked and on its way.
C: Okay, thanks.""",
     True, 0.00, "neutral", "read-back confirmed with follow-up question; VIP declined"),

    ("FR79_033", "Marisol Vega", "2026-11-16T10:10:00", "asr",
     """A: streamly customer care marisol speaking
C: hi um my tv is four k but the show looks kind of blurry
A: your current plan streams in ten eighty p the premium plan has four k
C: oh okay how much is premium
A: it's four dollars more a month
C: hmm okay um not right now i think
A: no problem you can upgrade any time in settings
C: okay thank you""",
     False, 0.00, "neutral", "asked price then declined"),

    ("FR79_034", "Desmond Okafor", "2026-11-16T12:45:00", "clean",
     """A: Northgate Arena tickets, Desmond speaking.
C: Hi, I'd like four tickets for the Wolves game on the 28th, anywhere in the 100 level.
A: I have four together in section 108 at $82 each, $328 total. Shall I book them?
C: Yes, let's do it. Card ending 9023.
A: One moment... I'm sorry, the card was declined.
C: Ugh. Can you try it again?
A: I tried twice, it's being declined by the bank.
C: Okay. I'll call back later with another card.
A: Sure, I can't hold the seats, but the section still had plenty available.
C: Okay.""",
     False, 0.00, "neutral", "payment failed, nothing bought"),

    ("FR79_035", "Priya Raman", "2026-11-16T16:20:00", "asr",
     """A: halvorsen museum this is priya
C: hi i got an email about the corporate membership for my office
A: yes that's for businesses with ten or more employees would you like me to go over the tiers
C: i'm actually heading into a meeting could someone call me tomorrow
A: of course is the best number the one ending in six two one
C: yes call me back tomorrow morning on that number
A: will do
C: thanks""",
     False, 0.00, "neutral", "'yes' to callback only"),

    ("FR79_036", "Tobias Lindqvist", "2026-11-17T09:55:00", "clean",
     """A: Riverside Theatre group sales, Tobias speaking.
C: Hi, I'm organising a trip for my book club, 12 people, for Pride and Prejudice on December 3rd.
A: Lovely. Mezzanine seats are $60 each.
C: Is there a group rate? $720 is a lot for us.
A: For 12 or more I can do $52 each, so $624.
C: That's much better. Yes, let's book 12 at $52.
A: Booked. Twelve mezzanine seats, December 3rd, 7:30 PM, $624.
C: Wonderful, the ladies will be thrilled. Thank you!""",
     True, 0.00, "positive", "group price revision on main tickets is not an upsell"),

    ("FR79_037", "Keisha Warren", "2026-11-17T13:30:00", "asr",
     """A: streamly sign ups keisha speaking
C: hi i want to sign up for the standard plan
A: great standard is twelve ninety nine a month
C: okay yep let's do it
A: we also have the sports add on for ten dollars a month with all the live games
C: oh yes i want the sports add on
A: and for three dollars more you can remove ads from everything
C: sure do that too
A: so standard plus sports plus no ads twenty five ninety nine a month
C: perfect thanks so much""",
     True, 13.00, "positive", "sports ten + no ads three = thirteen; base plan is main"),

    ("FR79_038", "Hiroshi Tanaka", "2026-11-17T15:05:00", "clean",
     """A: Lockbox Escape Rooms, Hiroshi speaking.
C: Hi. We came in on Saturday and the final lock in the Submarine room was broken. We were stuck for twenty minutes and lost.
A: I'm really sorry, that shouldn't have happened. I can book your group a free replay of any room.
C: Free? For all five of us?
A: Yes, all five, no charge. How about next Saturday at 4?
C: Okay, yes, book that.
A: Done, Lighthouse room, Saturday the 21st at 4 PM.
C: Thanks, that actually makes up for it. I appreciate it.""",
     True, 0.00, "positive", "free replacement booking counts as a booking; see decision 3"),

    ("FR79_039", "Bianca Moretti", "2026-11-18T10:30:00", "asr",
     """A: brightwave tv bianca speaking
C: hi i saw the ad for the new bundle with internet and all the sports channels
A: yes the ultimate bundle is one twenty nine a month for the first year
C: oh that sounds great honestly
A: would you like me to switch you over today
C: um can you just email me the details first
A: sure sending it now
C: cool thanks""",
     False, 0.00, "positive", "interest without commitment; asked for email"),

    ("FR79_040", "Gareth Pryce", "2026-11-18T14:50:00", "clean",
     """A: Civic Playhouse box office, Gareth speaking.
C: Hello, two tickets for Swan Lake on the 29th please.
A: I have two in the stalls, row M, at $70 each.
C: Fine.
A: For our holiday season we can upgrade those to a private box for $45 more per seat.
C: A box? Oh, that would be lovely for our anniversary. Yes, upgrade both.
A: Two box seats, $70 plus $45 each, $230 total. Shall I confirm?
C: Yes, confirm it.
A: Confirmed, Box C, November 29th at 7 PM.
C: Wonderful, thank you.""",
     True, 90.00, "positive", "box upgrade $45 x 2 = 90 on top of the tickets"),
]
