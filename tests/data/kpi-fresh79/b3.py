CALLS = [
    ("FR79_041", "Nadia Haddad", "2026-11-18T17:20:00", "clean",
     """A: Starline Tickets, Nadia speaking.
C: Hi, the Crimson Tide Revival concert on the 14th got cancelled and I want my money back.
A: I'm sorry about that. I see the order, two tickets at $95. The refund of $190 was issued this morning.
C: Okay. How long does it take?
A: Usually 5 to 7 business days.
C: Alright. And I don't have to do anything else?
A: No, it's automatic.
C: Okay, thanks.""",
     False, 0.00, "neutral", "refund enquiry only"),

    ("FR79_042", "Owen Brennan", "2026-11-19T09:15:00", "asr",
     """A: sunridge adventure park owen speaking
C: hi i'm just checking prices for the holiday lights nights
A: sure the lights nights are forty two for adults and thirty for kids
C: okay and is that every night
A: thursday to sunday through january fourth
C: okay
A: would you like to book a night
C: no thanks i'm just looking at prices for now
A: no problem
C: bye""",
     False, 0.00, "neutral", "price check, declined"),

    ("FR79_043", "Leticia Ramos", "2026-11-19T11:00:00", "clean",
     """A: Harbor City Hawks tickets, Leticia speaking.
C: Hi, I need four tickets for the game on the 30th, the one against Denver.
A: I have four in section 122 at $68 each.
C: Great, I'll take them.
A: Will you be parking at the stadium? Lot B parking is $20 per car if you buy now.
C: We're coming in two cars, so two passes.
A: Two parking passes at $20, $40. Total is $312.
C: Sounds good.
A: All booked, you'll get the tickets and passes by text.
C: Great, thanks a lot!""",
     True, 40.00, "positive", "parking $20 per car x 2 = 40"),

    ("FR79_044", "Samir Qureshi", "2026-11-19T14:40:00", "asr",
     """A: brightwave tv billing samir speaking
C: yeah hi i'm looking at my bill and there's a charge for a movie i never rented
A: let me check i see a rental for five ninety nine on the eleventh
C: i didn't rent anything i'm not happy at all about this
A: i'm sorry i've removed the charge and i can add a pin on rentals
C: why wasn't there a pin already
A: it's optional on new accounts
C: well it shouldn't be
A: i've added it now is there anything else
C: no that's it""",
     False, 0.00, "negative", "billing complaint; credit is not an upsell"),

    ("FR79_045", "Fiona Gallagher", "2026-11-19T16:55:00", "clean",
     """A: The Locked Door, Fiona speaking.
C: Hi, we're doing a team outing and I saw you have a room for up to 10 people?
A: Yes, the Asylum room takes 6 to 10. It's $35 per person and runs 75 minutes.
C: That sounds really fun.
A: I have the 14th and the 20th open in the afternoon. Shall I hold one?
C: Let me talk to my team first and see which day works.
A: Sure, just call back when you're ready.
C: Will do, thanks.""",
     False, 0.00, "neutral", "mild interest, deferral"),

    ("FR79_046", "Dmitri Volkov", "2026-11-20T12:10:00", "asr",
     """A: strike city bowling dmitri speaking
C: hi can i get a lane tonight for four people around seven
A: sure lane six at seven is open it's thirty nine an hour
C: great book it for one hour
A: done and we have a pitcher of soda and a large pizza combo for thirty two ninety nine
C: oh sure throw that in
A: okay lane six at seven with the pizza combo see you tonight
C: awesome thanks man""",
     True, 32.99, "positive", "pizza combo thirty two ninety nine accepted"),

    ("FR79_047", "Aaliyah Brooks", "2026-11-20T14:30:00", "clean",
     """A: Halvorsen Museum events, Aaliyah speaking.
C: Hi, I'd like two tickets to the winter gala on December 12th.
A: Tickets are $150 each. We have seats at table 14, near the stage.
C: Table 14 is fine.
A: Please confirm: two gala tickets, table 14, December 12th, 6:30 PM, $300 total.
C: Yes, that's right.
A: Booked. Would you like to add a bottle of champagne for the table?
C: No, thanks.
A: Okay. Your tickets are confirmed.
C: Thank you.""",
     True, 0.00, "neutral", "read-back confirmed; champagne declined; table number not a price"),

    ("FR79_048", "Connor Walsh", "2026-11-20T19:45:00", "asr",
     """A: brightwave tech support connor speaking
C: hi my cable box says no signal and it's been like that since this afternoon
A: sorry about that what's the model number on the back of the box
C: it says d c x thirty four hundred
A: okay i'm going to send a refresh signal can you unplug it for thirty seconds and plug it back in
C: okay it's unplugged
C: okay it's rebooting oh wait the picture is back
A: great it should be working on all channels now
C: oh thank god it works thank you so much you saved my night""",
     False, 0.00, "positive", "troubleshooting only; model number not a price"),

    ("FR79_049", "Marisol Vega", "2026-11-23T10:20:00", "clean",
     """A: Riverside Theatre, Marisol speaking.
C: Hi, two tickets for The Glass Menagerie this Friday, the 27th, please.
A: I have two in row H at $65 each. Shall I book them?
C: Yes please.
A: One moment... I'm sorry, Friday's performance just sold out while I was processing.
C: Oh no.
A: I do have the same seats, row H, on Saturday the 28th at 2 PM, same price. Would that work?
C: Saturday matinee... yes, okay, book Saturday instead.
A: Done, two seats row H, Saturday the 28th at 2 PM, $130.
C: Okay, thanks.""",
     True, 0.00, "neutral", "first booking failed but alternative booked in the same call"),

    ("FR79_050", "Desmond Okafor", "2026-11-23T12:05:00", "asr",
     """A: starline tickets desmond speaking
C: yeah i'm trying to get tickets for nova reign and it's showing three hundred forty dollars
A: yes those are resale tickets the primary seats are sold out
C: three hundred forty for the very last row seriously
A: resale prices are set by the sellers unfortunately
C: of course they are
A: i can put you on a waitlist in case more primary tickets are released
C: no forget it""",
     False, 0.00, "negative", "quiet anger about resale price; declined"),

    ("FR79_051", "Priya Raman", "2026-11-23T15:35:00", "clean",
     """A: Streamly Customer Care, Priya speaking.
C: Hi, I'm on Premium at $22.99 but we barely use 4K. Can I go down to Standard?
A: Sure. Standard is $15.99 a month, HD on two screens.
C: Yes, switch me to Standard.
A: Done, the change takes effect on your next billing date, December 4th.
C: Okay. Nothing else changes?
A: You keep your profiles and watch history.
C: Great, thanks.""",
     True, 0.00, "neutral", "paid downgrade counted as a paid plan change; see decision 4"),

    ("FR79_052", "Tobias Lindqvist", "2026-11-24T09:40:00", "asr",
     """A: sunridge adventure park tobias speaking
C: hi our annual passes expire next week and i want to renew
A: great i see two gold passes renewal is two ten each so four twenty
C: yeah renew both
A: done would you like to add the photo pass it's sixty nine for the year and you get every ride photo
C: ooh yes add the photo pass my wife always wants those pictures
A: added your total is four eighty nine
C: fantastic thank you we love that park""",
     True, 69.00, "positive", "renewal + photo pass sixty nine"),

    ("FR79_053", "Keisha Warren", "2026-11-24T11:25:00", "clean",
     """A: Bounce Kingdom parties, Keisha speaking.
C: Hi, I'm thinking about a party for my son on the 13th.
A: Wonderful! The party room is $289 for up to 15 kids. Let's get started!
C: Hold on, I haven't decided. I'd want to see the room first.
A: Of course. You can drop by any day from 10 to 6.
C: Okay, I'll come by this weekend and decide then.
A: Sounds good.
C: Bye.""",
     False, 0.00, "neutral", "agent's 'let's get started' without customer agreement"),

    ("FR79_054", "Hiroshi Tanaka", "2026-11-24T13:50:00", "asr",
     """A: harbor city hawks tickets hiroshi speaking
C: hi are there any tickets left for the game on december eighth
A: that one's sold out but i can put you on the free waitlist and we text you if seats open up
C: yeah okay put me on the waitlist
A: done and can we text you at the number you're calling from
C: yes you can text me at this number
A: great you'll hear from us if anything opens up
C: okay thanks""",
     False, 0.00, "neutral", "free waitlist is not a purchase or booking; see decision 5"),

    ("FR79_055", "Bianca Moretti", "2026-11-24T16:15:00", "clean",
     """A: Harbor City Hawks ticket office, Bianca speaking.
C: Hi, two tickets for Sunday's game, please, upper level is fine.
A: I have two in section 318 at $45 each. Book them?
C: Yes, book them.
A: Done. We also have the new team scarves for pickup at the gate, $25 each.
C: Oh, one scarf for my son.
A: One scarf, $25.
C: Actually, make it two scarves, I want one too.
A: Two scarves at $25, $50. Total $140.
C: Perfect, thanks, go Hawks!""",
     True, 50.00, "positive", "scarf quantity revised to two x $25 = 50"),

    ("FR79_056", "Gareth Pryce", "2026-11-25T10:45:00", "asr",
     """A: lockbox escape rooms gareth speaking sorry for the wait
C: oh perfect another forty minutes on hold that's exactly how i wanted to spend my lunch
A: i apologize we're short staffed today
C: yeah yeah can i just book the zombie lab for four people saturday at three
A: yes saturday at three is open it's thirty two each
C: fine book it
A: done four players zombie lab saturday at three
C: fine""",
     True, 0.00, "negative", "booked but sarcastic and curt throughout"),

    ("FR79_057", "Nadia Haddad", "2026-11-25T13:20:00", "clean",
     """A: Halvorsen Museum membership, Nadia speaking.
C: Hi, I'd like to cancel my membership. We're moving out of state.
A: I'm sorry to see you go. I could offer a reciprocal membership at $60 that gets you into over 300 museums nationwide.
C: No, please just cancel it.
A: Understood. Your membership is cancelled; you'll get a prorated refund of $42.
C: Okay, thank you.""",
     False, 0.00, "neutral", "cancellation, save offer declined"),

    ("FR79_058", "Owen Brennan", "2026-11-25T15:40:00", "asr",
     """A: starline tickets owen speaking
C: hi is it true the golden hours are doing a reunion show in march
A: yes march fourteenth at the meridian arena
C: oh my god yes i love them i've seen them like six times
A: the best seats left are in the lower bowl
C: how much are those
A: two hundred ten each
C: oh wow okay i can't do that right now maybe next month after payday
A: sure they'll be on sale until the show
C: okay thanks""",
     False, 0.00, "neutral", "excitement about the band but deferred on price; see decision 6"),

    ("FR79_059", "Leticia Ramos", "2026-11-25T17:05:00", "clean",
     """A: Brightwave TV, Leticia speaking.
C: Hi, I want to move from Essentials to the Plus package.
A: Plus is $5 more a month, $64.99. I can switch you now.
C: Yes, go ahead.
A: Done. Would you like Sports Extra for $11.99 a month as well?
C: Sure, add it.
A: Added.
C: Actually, no, remove Sports Extra. I'll be watching at my brother's anyway.
A: No problem, it's removed. You're on Plus at $64.99.
C: Okay, thanks.""",
     True, 0.00, "neutral", "plan change kept; Sports Extra accepted then retracted"),

    ("FR79_060", "Samir Qureshi", "2026-11-26T10:30:00", "asr",
     """A: civic playhouse box office samir speaking
C: hi i'd like two seats for a christmas carol on the fifth
A: i have two in row d at fifty eight each please confirm two seats row d december fifth seven thirty one sixteen total
C: yep that's right
A: that's booked would you like the program and drink voucher it's eighteen dollars per person
C: yes for both of us please
A: two vouchers at eighteen thirty six so one fifty two all together
C: lovely thank you very much""",
     True, 36.00, "positive", "voucher eighteen per person x two = thirty six"),
]
