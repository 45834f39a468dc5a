CALLS = [
    ("FR79_061", "Fiona Gallagher", "2026-11-26T12:00:00", "clean",
     """A: The Locked Door corporate bookings, Fiona speaking.
C: Hi, I'm booking a team event for 20 people on December 10th, afternoon.
A: We can split you across three rooms at 2 PM: Heist, Asylum and Lighthouse. $35 per person, $700.
C: Good, let's book that.
A: Booked. Would you like our catering platter in the lounge afterwards? Sandwiches and drinks for 20, $120.
C: Yes, add the platter.
A: Done. That's $820 in total, invoice to your company email.
C: Great, you've made this super easy. Thanks!""",
     True, 120.00, "positive", "catering platter $120 accepted"),

    ("FR79_062", "Dmitri Volkov", "2026-11-26T14:25:00", "asr",
     """A: brightwave tv dmitri speaking
C: my internet and cable have been out for three days three days
A: i'm very sorry there's a line repair in your area
C: nobody told me anything i work from home
A: i can apply a credit for the days you were out
C: i don't want a credit i want it working i've called four times
A: the repair crew expects to finish tomorrow by noon
C: that's what they said yesterday
A: i understand your frustration
C: no you don't""",
     False, 0.00, "negative", "outage complaint, angry throughout; numbers are counts"),

    ("FR79_063", "Aaliyah Brooks", "2026-11-27T09:10:00", "clean",
     """A: Sunridge Adventure Park, Aaliyah speaking.
C: Hi, we already have our tickets for Saturday. How much is the express pass?
A: It's $55 per person if you add it now.
C: Hmm. And at the gate?
A: $65 at the gate, if any are left.
C: Okay, thanks. I'll decide on the day depending on the crowds.
A: Sure. Enjoy your visit.
C: Thanks.""",
     False, 0.00, "neutral", "price asked only; no add-on bought"),

    ("FR79_064", "Connor Walsh", "2026-11-27T11:35:00", "asr",
     """A: starline tickets connor speaking
C: hi i want two tickets for the silver coast tour on the nineteenth
A: i have two in section two oh four row k at ninety five each
C: great let's do those
A: done and there's a meet and greet upgrade for one fifty per person you meet the band before the show
C: are you serious yes yes for both of us
A: two meet and greet upgrades at one fifty three hundred and would you like parking for twenty five
C: sure add the parking too
A: so two tickets plus two meet and greets plus parking five fifteen total
C: this is the best birthday present ever thank you""",
     True, 325.00, "positive", "meet and greet one fifty x two + parking twenty five = 325; section and row not prices"),

    ("FR79_065", "Marisol Vega", "2026-11-27T14:00:00", "clean",
     """A: Strike City Bowling, Marisol speaking.
C: Hi, I saw a flyer about the winter league. I'd like to join.
A: Great! It's $18 a week for 12 weeks, starting December 3rd.
C: Okay, sign me up.
A: Wonderful. League nights are Thursdays at 7.
C: Wait, Thursdays? I have my kids on Thursdays. Never mind, cancel that.
A: No problem, I've taken you off. There's a Monday league starting in January.
C: Maybe. I'll look at it then.""",
     False, 0.00, "neutral", "sign-up retracted; Monday league left open"),

    ("FR79_066", "Desmond Okafor", "2026-11-27T16:30:00", "asr",
     """A: streamly customer care desmond speaking
C: hi i'm a student and i wanted to ask about the student discount
A: sure the student plan is six ninety nine a month you just need to verify a school email
C: okay
A: is it the one ending in state dot edu that you have on file
C: yes that's my school email
A: great you're eligible would you like to switch today
C: um not yet i'll wait till my free trial ends
A: no problem
C: okay bye""",
     False, 0.00, "neutral", "'yes' confirms email only; deferred"),

    ("FR79_067", "Priya Raman", "2026-11-28T10:05:00", "clean",
     """A: Northgate Arena, Priya speaking.
C: Hi, two tickets for the Wolves game on December 1st.
A: I'm sorry, December 1st is completely sold out.
C: Oh. That's a shame.
A: I do have good seats on December 4th against Chicago, section 110, $72 each.
C: Okay, the 4th works. Book those.
A: Booked. Do you want parking with that? Garage parking is $30.
C: Yes, I'll take the parking.
A: Done, $174 total.
C: Okay, that works. Thanks.""",
     True, 30.00, "neutral", "alternative game booked; parking $30 accepted"),

    ("FR79_068", "Tobias Lindqvist", "2026-11-28T12:20:00", "asr",
     """A: halvorsen museum events tobias speaking
C: hi i was hoping to have my daughter's birthday party at the museum the dinosaur one
A: yes the dino discovery party it's three fifty for up to fifteen kids
C: do you have a saturday in december
A: i'm sorry saturdays are booked through january we have sundays
C: i'd book it if you had a saturday but sunday won't work for us
A: i understand i can let you know if a saturday opens
C: okay thanks""",
     False, 0.00, "neutral", "conditional; no slot available"),

    ("FR79_069", "Keisha Warren", "2026-11-28T15:45:00", "clean",
     """A: Riverside Theatre, Keisha speaking.
C: Hi. Last week I paid $80 each for two seats in row P, and we spent the whole show staring at a pillar.
A: I'm sorry. Those seats are marked as partial view on the seating chart.
C: Great. Really great. A $160 view of a pillar.
A: I can offer you a $30 voucher toward a future show.
C: I'm not buying anything from you again.
A: I'm sorry to hear that. I'll note your feedback.
C: Sure you will.""",
     False, 0.00, "negative", "sarcasm, complaint; voucher refused"),

    ("FR79_070", "Hiroshi Tanaka", "2026-11-29T10:15:00", "asr",
     """A: laser zone parties hiroshi speaking
C: hi i want to book laser tag for my son's party ten kids
A: sure the party package is two games plus the party room two seventy five
C: okay yeah book it for the fourteenth at two
A: booked saturday the fourteenth at two pm would you like goody bags they're four fifty each
C: yeah one for each kid so ten
A: ten goody bags at four fifty forty five dollars
C: great thanks that saves me a trip to the store""",
     True, 45.00, "positive", "goody bags four fifty x ten = forty five"),

    ("FR79_071", "Bianca Moretti", "2026-11-29T13:40:00", "clean",
     """A: Brightwave TV, Bianca speaking.
C: I want to cancel. I'm paying $109 a month and my neighbour pays $79.
A: I can match that: $79 a month for 12 months on your current package.
C: Okay, I'll stay if it's $79 a month.
A: Done, the new rate starts on your next bill. Would you like the sports tier for $8 a month on top?
C: No, just the $79.
A: Understood, you're all set.
C: Fine, thanks.""",
     True, 0.00, "neutral", "retention offer accepted; sports tier declined"),

    ("FR79_072", "Gareth Pryce", "2026-11-29T16:10:00", "asr",
     """A: starline tickets gareth speaking
C: hi i'm looking for tickets for my seventeen year old son for the echo drive show
A: sure i can see section one oh four row twelve has two seats at eighty five
C: okay and those are together
A: yes side by side would you like me to book them
C: i'll buy them online tonight once he tells me who's going with him
A: sounds good they should still be there
C: awesome thanks so much you've been super helpful""",
     False, 0.00, "positive", "deferred to buy online; age/section/row not prices"),

    ("FR79_073", "Nadia Haddad", "2026-11-30T09:30:00", "clean",
     """A: Sunridge Resort and Park, Nadia speaking.
C: Hi, I'm looking at the two-night hotel and park package for three of us in February.
A: February 13th to 15th is available, $689 including two days of park tickets. Shall I set that up for you?
C: Perfect, I'm interested.
A: Wonderful, it's booked. Would you like to add the character breakfast? It's $35 per person.
C: Yes, for all three of us.
A: Three at $35, $105. Your total is $794.
C: This is going to be such a fun trip, thank you!""",
     True, 105.00, "positive", "'Perfect, I'm interested' to closing question counts per spec; breakfast $35 x 3"),

    ("FR79_074", "Owen Brennan", "2026-11-30T11:55:00", "asr",
     """A: streamly security team owen speaking
C: someone got into my account and changed the password and there are two charges i didn't make
A: i'm sorry let me lock the account first okay it's locked
C: okay
A: i see two gift card purchases of fifty each i've reversed both
C: alright
A: i'm sending you a reset link now
C: got it i'm in
A: you're secure now
C: alright thanks for sorting that""",
     False, 0.00, "neutral", "reversal, no purchase; calm ending"),

    ("FR79_075", "Leticia Ramos", "2026-11-30T13:15:00", "clean",
     """A: Lockbox Escape Rooms, Leticia speaking.
C: Hi, my friends and I can't decide between the Pharaoh's Tomb and the Zombie Lab. Which is harder?
A: Zombie Lab has a 22% escape rate, Pharaoh's Tomb about 40%.
C: Oh, interesting. And both are $32 each?
A: Yes. I have Saturday at 6 open for both. Shall I book one?
C: Sounds good, I'll think about it and talk to the group.
A: Sure thing.
C: Thanks.""",
     False, 0.00, "neutral", "percentages not prices; 'I'll think about it'"),

    ("FR79_076", "Samir Qureshi", "2026-11-30T15:00:00", "asr",
     """A: harbor city hawks tickets samir speaking
C: hi my kids want to see the game on the twentieth what do you have for two
A: i have two in the family section at forty nine each
C: forty nine that's not bad actually
A: it includes a free kids meal
C: alright go ahead and book the two seats
A: booked would you like hot dog vouchers for ten dollars
C: no thanks they'll have the kids meal
A: okay you're all set
C: great they'll be happy""",
     True, 0.00, "positive", "'not bad' mildly positive; vouchers declined"),

    ("FR79_077", "Fiona Gallagher", "2026-11-30T16:40:00", "clean",
     """A: Starline Tickets, Fiona speaking.
C: Hi, I'd like two tickets for Ruby Hollow on the 12th, and the signed poster I saw on your site.
A: Two tickets in section 112 at $88 each, and the signed poster is $45. Shall I place it?
C: Yes, place it.
A: The tickets went through, but I'm sorry, the signed poster just sold out, so I couldn't add it.
C: Oh, that's a pity. But the tickets are fine?
A: Yes, two tickets for the 12th, $176, confirmed.
C: Okay, at least we have the tickets. Thanks.""",
     True, 0.00, "neutral", "tickets booked; poster add-on failed so upsell 0; see decision 7"),

    ("FR79_078", "Dmitri Volkov", "2026-11-30T18:05:00", "asr",
     """A: civic playhouse dmitri speaking
C: hi i was at the show last night and an usher was really rude to my mother
A: i'm very sorry to hear that can you tell me what happened
C: she needed help to her seat and he told her to hurry up in front of everyone
A: that's not acceptable i'll pass this to the house manager
C: honestly i'm not happy with how we were treated at all
A: i understand and i apologize
C: we've been subscribers for ten years""",
     False, 0.00, "negative", "complaint; no purchase"),

    ("FR79_079", "Aaliyah Brooks", "2026-11-30T19:30:00", "clean",
     """A: Halvorsen Museum, Aaliyah speaking.
C: Hi, I'm asking about the membership. What do I get with the basic one?
A: The individual level is $75 a year: free admission, 10% off in the shop, and members' previews.
C: Okay.
A: Would you like to join today?
C: Not sure yet. I'll see how often I'm in town.
A: Of course.
C: Thanks.""",
     False, 0.00, "neutral", "'not sure' neutral; no commitment"),

    ("FR79_080", "Connor Walsh", "2026-11-30T20:45:00", "asr",
     """A: brightwave tv connor speaking
C: i'm calling because my promo ended and now my bill is ninety eight dollars
A: let me see what i can do i can offer the basic package at sixty five
C: basic that's half the channels
A: it's the best i can do on this account
C: yeah well whatever i'm switching to another provider then
A: i'm sorry to hear that would you like me to process the cancellation
C: yes cancel it
A: done your service ends on december fifteenth
C: great""",
     False, 0.00, "negative", "save offer declined, 'yes' to cancellation"),
]
