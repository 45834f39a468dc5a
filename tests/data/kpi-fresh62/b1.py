CALLS = [
("FR62_001", "Marisol Ortega", "2026-11-02T09:14:22", "asr",
"""A: thanks for calling brightline wireless this is marisol how can i help
C: yeah hi um so i'm on the five gig plan and i keep running out like every month by the twentieth
A: okay let me pull that up yeah i see you've hit your cap three months in a row
C: yeah it's it's annoying
A: so the unlimited plan would be forty five a month which is only ten more than what you pay now
C: mhm okay honestly that sounds fine yeah let's switch me to that
A: perfect and i noticed you call mexico a lot would you want the international calling pack that's ten dollars a month
C: oh uh yes actually add that my mom's gonna love that
A: done so unlimited plus the international pack starting today
C: awesome that's great thank you this was way easier than i thought""",
True, 10.0, "positive", "switches to unlimited ('let's switch me to that') and accepts intl pack 'ten dollars a month' -> 10; 'way easier than i thought'"),

("FR62_002", "Dwayne Fitch", "2026-11-02T10:41:05", "asr",
"""A: harbor view inn dwayne speaking
C: hi i need a room for uh the fourteenth and fifteenth just one person
A: sure i have a standard queen at one nineteen a night
C: okay that's fine
A: would you like to add breakfast it's eighteen a day
C: nah i'll just grab something on the road
A: no problem so let me read that back standard queen checking in the fourteenth checking out the sixteenth two nights at one nineteen plus tax
C: yep that's right
A: great you're all booked confirmation goes to the email on file
C: okay thanks""",
True, 0.0, "neutral", "confirms read-back 'yep that's right', agent books; breakfast declined 'nah'; flat"),

("FR62_003", "Priya Raman", "2026-11-02T17:52:40", "asr",
"""A: good evening tavola rossa this is priya
C: hi i'm trying to get a table for eight this saturday around seven
A: oh i'm so sorry saturday is completely full we have a private event
C: the whole night
A: yes unfortunately i could do sunday at six or saturday at nine fifteen at the bar area but that only seats four
C: that doesn't really help me i have eight people
A: i understand i can put you on the waitlist
C: no it's fine i called last week and somebody told me saturday was wide open so this is kind of frustrating
A: i'm really sorry about that
C: yeah whatever we'll go somewhere else""",
False, 0.0, "negative", "saturday full; alternatives refused, no waitlist; 'kind of frustrating' 'yeah whatever we'll go somewhere else'"),

("FR62_004", "Conor Walsh", "2026-11-02T11:20:13", "clean",
"""A: Northgate Insurance, Conor speaking. How can I help?
C: Hi, I'm shopping around for car insurance. I just bought a 2019 Civic.
A: Congrats! Let me get a few details. Any accidents or tickets in the last five years?
C: One speeding ticket, about three years ago.
A: Okay. For full coverage with a $500 deductible I'm showing $112 a month.
C: Hmm. And with a $1,000 deductible?
A: That brings it down to $94 a month.
C: Okay. I'm interested, but I've got two other quotes coming. Can you email me this one?
A: Of course, I'll send it to the address you gave me. It's good for 30 days.
C: Great, thanks. I'll get back to you.""",
False, 0.0, "neutral", "'I'm interested... can you email me this one' 'I'll get back to you' = interest without commitment"),

("FR62_005", "Tamika Boyd", "2026-11-03T13:05:58", "asr",
"""A: hi thanks for calling oak and ember furniture this is tamika
C: hey yeah so i was in the store saturday and i wanna order the walnut dining table the long one
A: the hartley seventy two inch yes that's eight ninety nine
C: yeah that one go ahead and order it
A: you got it do you need chairs with it the matching ones are one twenty nine each
C: um how many come
A: they're sold individually most people do four or six
C: let's do two for now we've got a bench for the other side
A: okay two hartley chairs at one twenty nine each added
C: perfect oh i'm so excited we've been eating off a card table for like a month
A: ha well not for long delivery window is next thursday
C: love it thank you""",
True, 258.0, "positive", "orders table ('go ahead and order it'); adds two chairs at one twenty nine each -> 258; 'so excited' 'love it'"),

("FR62_006", "Henrik Larsen", "2026-11-03T08:47:31", "asr",
"""A: metro power and light this is henrik
C: yeah hi my bill this month is three hundred and forty dollars it's usually like ninety
A: okay let me look um it looks like the last two months were estimated and this one is an actual read so it's catching up
C: oh wonderful so i get to pay for your guesses
A: i understand it's a lot at once i can split the difference over the next three bills
C: uh huh
A: so about a hundred and thirteen added to each of the next three
C: great love that for me
A: is there anything else i can help with
C: no i think you've helped enough thanks""",
False, 0.0, "negative", "billing complaint, no purchase; sarcasm 'oh wonderful so i get to pay for your guesses' 'great love that for me'"),

("FR62_007", "Lucia Ferreira", "2026-11-03T09:30:17", "asr",
"""A: bright smile dental this is lucia
C: hi um i cracked a filling last night i think and it's kind of sore
A: oh no okay are you an existing patient
C: yeah it's james okafor
A: got you james i have a cancellation tomorrow at ten forty with doctor kim would that work
C: oh yes book that please
A: done tomorrow at ten forty with doctor kim just come ten minutes early
C: oh thank god i thought i'd have to wait a week thank you so much
A: of course try to chew on the other side until then
C: will do thanks lucia you're the best""",
True, 0.0, "positive", "'oh yes book that please' appointment booked; 'thank god... thank you so much' 'you're the best'"),

("FR62_008", "Bao Tran", "2026-11-03T14:12:44", "clean",
"""A: Thanks for calling StreamBox, this is Bao.
C: Hi. I want to cancel my subscription.
A: I can help with that. Can I ask what's prompting it?
C: It's $17.99 a month and I barely watch anything anymore.
A: Understood. Before I cancel, I can offer you the plan at $8.99 for the next three months, same features.
C: Half price?
A: That's right, then it goes back to the regular rate. You can cancel anytime.
C: Okay. Fine, I'll stay on that for now.
A: Done, the discount starts on your next bill.
C: Okay. Thanks.""",
True, 0.0, "neutral", "accepts retention offer 'Fine, I'll stay on that for now'; discount is not an upsell; flat"),

("FR62_009", "Gretchen Albers", "2026-11-04T10:03:09", "asr",
"""A: valley auto care gretchen speaking
C: hi yeah i need to get an oil change on my tacoma sometime this week
A: sure i've got thursday at eight or friday at one
C: uh thursday at eight
A: okay and while it's in do you want us to rotate the tires it's twenty five bucks with the oil change
C: um when was the last one
A: our records show about eight thousand miles ago
C: yeah okay do it
A: alright synthetic oil change plus rotation thursday at eight
C: okay see you then""",
True, 25.0, "neutral", "books thursday at eight; tire rotation 'twenty five bucks' 'yeah okay do it' -> 25; flat"),

("FR62_010", "Omar Haddad", "2026-11-04T12:26:51", "asr",
"""A: ticketline omar speaking how can i help
C: hi i'm trying to get two tickets for the lumineers at the arena on the twenty first the site keeps crashing
A: let me check for you uh one second
C: sure
A: i'm sorry it looks like the show just sold out about ten minutes ago
C: are you serious i've been trying since nine
A: i know it's been crazy there's a waitlist through the app and resale opens next week
C: resale at like triple the price yeah no
A: i'm really sorry
C: this is so ridiculous your site was down the whole time""",
False, 0.0, "negative", "show sold out, nothing bought; 'are you serious' 'this is so ridiculous'"),

("FR62_011", "Shelby Crane", "2026-11-04T16:44:02", "asr",
"""A: first harbor bank shelby speaking
C: hi um i think i lost my debit card i had it at the grocery store and now it's just gone
A: okay let's get it locked right away can you verify your date of birth
C: march third nineteen eighty eight
A: thank you the card's locked now and i don't see any charges after the grocery store
C: oh thank goodness
A: i'll send a new one is the address still forty two linden street
C: yes that's my address
A: perfect it'll be there in three to five business days
C: you are a lifesaver seriously thank you so much""",
False, 0.0, "positive", "replacement card, no purchase; 'yes that's my address' is not a commitment; 'you are a lifesaver... thank you so much'"),

("FR62_012", "Ravi Menon", "2026-11-05T09:58:37", "clean",
"""A: SkyWays reservations, this is Ravi.
C: Hi, I'd like to book the 7:40 a.m. flight from Denver to Portland on December 12th, one adult.
A: Sure. That's $214 in main cabin. Would you like to add a checked bag? It's $35 if you add it now.
C: Yes, please, I'm bringing ski stuff.
A: And would you like to pick a seat? Preferred seats are $18.
C: Sure, give me an aisle.
A: 14C. So: Denver to Portland, December 12th at 7:40 a.m., one checked bag and seat 14C, $267 total. Is that correct?
C: Yes, that's right.
A: You're booked. Confirmation is on its way.
C: Fantastic, thank you, you made that really easy.""",
True, 53.0, "positive", "confirms read-back; accepts bag $35 + seat $18 = 53; 'Fantastic... really easy'"),

("FR62_013", "Noelle Kimura", "2026-11-05T11:37:19", "asr",
"""A: reliable rooter this is noelle
C: hi yeah our kitchen sink's been draining super slow and now there's like a smell
A: okay that's usually a clog in the line we can snake it for one seventy five plus the trip charge
C: and how much is the trip charge
A: it's forty nine but it's waived if you book the service
C: hmm okay um
A: i have someone free tomorrow afternoon
C: let me talk to my husband first he thinks he can do it himself with a wire hanger
A: ha okay well the offer's there just give us a call
C: yeah okay thanks""",
False, 0.0, "neutral", "deferral 'let me talk to my husband first'; trip charge only asked about; neutral"),

("FR62_014", "Anthony DeLuca", "2026-11-05T15:08:46", "asr",
"""A: skyline fiber this is anthony what can i do for you
C: hey so um we both work from home now and the three hundred meg plan isn't cutting it
A: gotcha i can bump you to the gig plan that's twenty more a month so eighty five total
C: okay yeah do that
A: alright and with the gig plan a lot of folks add our mesh router rental for better coverage upstairs it's seven ninety nine a month
C: uh no just the speed i already have a mesh thing
A: no problem gig plan is active within the hour
C: cool okay
A: anything else today
C: nope that's it""",
True, 0.0, "neutral", "plan change 'okay yeah do that'; mesh rental declined 'no just the speed' -> 0"),

("FR62_015", "Yvette Mbeki", "2026-11-06T13:15:23", "asr",
"""A: thanks for calling stride shoes this is yvette
C: hi i'm trying to order the trail runners in a size ten and the website won't take my card
A: let me try it on my end what's the card number
C: okay it's the visa ending in four four one two
A: hmm it's coming back declined from the bank do you have another card
C: try the mastercard ending in nine zero zero three
A: i'm sorry that one's declined too it might be a hold on your account
C: oh my god both of them i literally just paid these off
A: you could call your bank and we can hold the order for twenty four hours
C: no forget it this is too much hassle i'll just go to the store""",
False, 0.0, "negative", "both cards declined, no order; 'oh my god' 'forget it this is too much hassle'"),

("FR62_016", "Simon Pryce", "2026-11-06T10:22:08", "clean",
"""A: Seacliff Resort reservations, Simon speaking.
C: Hi, I'd like to book three nights, checking in November 27th, two adults.
A: Lovely. Our garden king is $189 a night. For $40 more a night I can put you in an ocean-view king, so $120 extra for the three nights.
C: Oh, ocean view, definitely. It's our anniversary.
A: Congratulations! So that's an ocean-view king, November 27th to 30th, two adults. Shall I confirm it?
C: Yes please, go ahead.
A: Done. You're confirmed and I've added an anniversary note to the booking.
C: That's so sweet of you. Thank you, we're really looking forward to it.""",
True, 120.0, "positive", "books room 'Yes please, go ahead'; ocean-view upgrade stated as '$120 extra for the three nights' -> 120; 'so sweet... looking forward'"),

("FR62_017", "Marisol Ortega", "2026-11-06T11:48:33", "asr",
"""A: green fork catering this is marisol
C: hi um i need lunch for an office meeting next wednesday about twenty people
A: sure our sandwich platter package for twenty is three twenty
C: okay yeah that works let's book that for wednesday at noon
A: great want a dessert tray with it cookies and brownies forty five dollars
C: oh yeah people will riot if there's no cookies add it
A: ha done so sandwich package for twenty plus the dessert tray delivered wednesday at eleven forty five
C: perfect you guys did our holiday party last year and everyone loved it
A: aw glad to hear it
C: thanks so much""",
True, 45.0, "positive", "'let's book that for wednesday'; dessert tray 'forty five dollars' 'add it' -> 45; 'everyone loved it'"),

("FR62_018", "Dwayne Fitch", "2026-11-09T09:06:54", "asr",
"""A: shieldpoint insurance dwayne speaking
C: hi i'm moving into an apartment and the landlord says i need renters insurance
A: sure the basic policy for your zip code is about fourteen a month with twenty thousand in coverage
C: okay that's fine
A: would you like me to start it for the first of the month
C: yeah go ahead and start it
A: got it there's also a jewelry rider for five a month if you have anything valuable
C: um no i don't really have anything like that
A: no problem i'll email the proof of insurance for your landlord
C: okay cool thanks""",
True, 0.0, "neutral", "'yeah go ahead and start it' = sign-up; jewelry rider declined -> 0; neutral"),

("FR62_019", "Priya Raman", "2026-11-09T14:33:12", "asr",
"""A: thanks for calling freshcrate meal kits this is priya
C: yeah i need to cancel my account and i need it actually cancelled this time
A: i'm sorry to hear that let me pull it up
C: this is the third time i've called i got charged again on monday
A: i see it i can offer you fifty percent off your next two boxes if you'd like to
C: no i don't want boxes i want it cancelled and i want monday's charge back
A: understood i've cancelled the subscription and refunded the sixty nine ninety nine from monday
C: and i won't get charged again
A: that's right you'll get a confirmation email
C: i'll believe it when i see it honestly this has been a nightmare""",
False, 0.0, "negative", "cancellation, save offer refused; refund is not a sale; 'this has been a nightmare'"),

("FR62_020", "Conor Walsh", "2026-11-09T16:02:41", "clean",
"""A: Riverside Physio, Conor speaking.
C: Hi, my doctor said I should get physio for my knee. How much is an initial assessment?
A: The initial assessment is $120 and follow-ups are $85.
C: And do you bill insurance directly?
A: We do for most major plans. Who are you with?
C: Blue Shield, through my work.
A: We're in network with them, but coverage depends on your plan.
C: Okay. I'll check what my plan covers and call you back.
A: Sounds good, we have openings next week.
C: Okay, thank you.""",
False, 0.0, "neutral", "price questions only; 'I'll check... and call you back' = deferral"),
]
