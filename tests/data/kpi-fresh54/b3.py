CALLS = [
("FR54_041", "Hannah Okafor", "2026-11-12T09:18:27", "asr",
"""A: fastlane fiber new service this is hannah
C: hi i just moved into the area and i need internet the um the five hundred meg plan
A: sure the five hundred meg is fifty five a month and you can use your own router or rent ours for ten dollars a month
C: uh i don't have one so yeah rent me the router
A: okay and if it's a bigger place we have a mesh extender for twelve ninety nine a month
C: it's a one bedroom i think i'm fine without it
A: so the five hundred meg plan with the router rental install is friday between eight and noon does that work
C: yeah friday's fine
A: you're all set
C: okay thanks""",
True, 10.00, "neutral", "plan + 'rent me the router' ten dollars a month -> 10.00; extender refused 'i'm fine without it'; install booked"),

("FR54_042", "Marcus Webb", "2026-11-12T10:46:55", "asr",
"""A: aerolux airlines customer care this is marcus
C: hi my flight to denver got cancelled yesterday and i had to buy a ticket on another airline i want my money back
A: i'm sorry about that i see the cancellation was weather related so we offered rebooking on the next flight
C: the next flight was two days later i had a funeral to get to
A: i understand i can refund the unused ticket to your card but we can't cover the other airline's fare
C: so i'm out four hundred dollars because of you
A: i can add a hundred dollar travel voucher as a gesture
C: i don't want a voucher i'm never flying with you again
A: i've processed the refund for the unused ticket
C: this is the worst customer service i've ever dealt with""",
False, 0.0, "negative", "refund/voucher, no purchase; 'worst customer service i've ever dealt with'"),

("FR54_043", "Yuki Tanaka", "2026-11-12T12:30:14", "clean",
"""A: Maple Street Pediatric Dental, this is Yuki.
C: Hi, I need to get both of my kids in for checkups, they're 6 and 9.
A: Sure! I can see them back to back. How about Monday the 23rd at 3:30 and 4:00?
C: Yes, book both, that's perfect after school.
A: Done. Names please?
C: Leo and Maya Brennan.
A: Got it. Leo at 3:30, Maya at 4:00, Monday the 23rd.
C: Great. Last time they were so good with Maya, she was nervous and the hygienist was wonderful.
A: I'll tell her, she'll be thrilled.
C: Thank you!""",
True, 0.0, "positive", "'Yes, book both' two appointments booked; 'wonderful'"),

("FR54_044", "Carmen Ruiz", "2026-11-12T14:05:48", "asr",
"""A: oakline furniture carmen speaking
C: yeah hi i wanna order the walnut bed frame the queen the um arlo
A: the arlo queen is eight forty nine you want to place that
C: yeah place it
A: done we also have the matching arlo nightstands they're a hundred and twenty each
C: oh that's not bad um yeah give me two of them one for each side
A: two nightstands at one twenty each so two forty on top of the bed
C: yep
A: it'll all ship together in about two weeks
C: okay cool""",
True, 240.00, "neutral", "'yeah place it'; nightstands 'a hundred and twenty each' x 'two of them' -> 240.00; flat 'okay cool'"),

("FR54_045", "Ben Harrow", "2026-11-12T15:52:31", "clean",
"""A: Stillwater Retreats, this is Ben.
C: Hi, I'm looking at the weekend yoga retreat in January. What's the price?
A: It's $640 for the weekend, shared room, all meals included. Private rooms are $820.
C: Oof. I'd sign up if it were closer to $400, honestly.
A: I understand. We do have a payment plan, three installments.
C: It's still the same total though. I'll keep an eye out if you run a sale.
A: We usually do one in early December.
C: Okay, maybe then.
A: I'll add you to our email list.
C: Sure, that's fine.""",
False, 0.0, "neutral", "'I'd sign up if it were closer to $400' = conditional; 'maybe then' deferral; email list is not a purchase"),

("FR54_046", "Nadia Petrova", "2026-11-13T09:07:19", "asr",
"""A: sparkle auto spa this is nadia
C: yeah um my unlimited wash plan ran out and i guess i need to renew it
A: sure the unlimited basic is twenty four a month want me to renew that
C: yeah go ahead
A: done we also have tire shine added to every wash for five bucks a month
C: yeah whatever add it
A: added
C: and can you tell your guys at the elm street location to actually dry the cars last three times i left with water spots all over
A: i'm sorry i'll pass that along
C: honestly if it happens again i'm done with you guys it's been bad lately""",
True, 5.00, "negative", "renewal 'yeah go ahead'; tire shine 'five bucks a month' 'yeah whatever add it' -> 5.00; ends 'i'm done with you guys', 'it's been bad lately'"),

("FR54_047", "Owen Fitzgerald", "2026-11-13T10:34:02", "asr",
"""A: first harbor bank this is owen
C: hi i'd like to open a savings account my daughter just started her first job and we want to set one up for her
A: that's great we have the high yield savings at four point one percent no minimum
C: oh that's better than what i have
A: we can open it over the phone if she's there with you
C: yep she's right here
A: great shall i go ahead and open the account for her
C: yes let's proceed
A: done the account's open you'll get the details by email
C: wonderful thank you this was so easy""",
True, 0.0, "positive", "account opening 'yes let's proceed'; 'wonderful ... so easy'"),

("FR54_048", "Grace Nwosu", "2026-11-13T11:58:46", "clean",
"""A: The Marlowe Hotel, reservations, this is Grace.
C: Hi, I'd like to book a king room for December 4th and 5th.
A: I have a king available for both nights at $219 per night.
C: Okay, that works.
A: Would you like valet parking? It's $35 a night.
C: No, I'll take a cab from the airport.
A: Understood. Please confirm: one king room, December 4th to 6th checkout, two nights at $219, guaranteed on the card ending 4410?
C: Yes, that's correct. What time is check-in?
A: Check-in is 3 p.m. Your reservation is confirmed.
C: Okay, thanks.""",
True, 0.0, "neutral", "read-back 'Yes, that's correct. What time is check-in?'; valet declined -> 0"),

("FR54_049", "Maria Delgado", "2026-11-13T13:41:23", "asr",
"""A: hi this is maria from greenfield energy i'm calling about a fixed rate offer for your electricity
C: oh um okay
A: right now you're on the variable rate with your utility we can lock you at eleven point two cents for two years
C: uh what am i paying now
A: it's been around twelve to thirteen the last few months
C: hm i'm not ready to switch anything right now i'm not even sure how long i'm staying in this apartment
A: there's no cancellation fee if you move
C: yeah still i'm not sure
A: okay i'll leave it there thanks for your time
C: no problem""",
False, 0.0, "neutral", "'i'm not ready to switch' refusal; 'no problem' neutral"),

("FR54_050", "Kevin Osei", "2026-11-13T18:20:09", "asr",
"""A: golden dragon kitchen pickup or delivery
C: delivery um a large general tso's two egg rolls and the house lo mein
A: okay that's thirty one fifty card number
C: it's the same card as last time you should have it
A: that card's showing declined
C: what no it's not try it again
A: still declined do you have another card or cash on delivery
C: we don't do cash ugh you know what forget it this is so annoying i'll just order from somewhere else
A: okay sorry about that
C: yeah""",
False, 0.0, "negative", "card declined, customer gives up 'forget it'; 'so annoying'"),

("FR54_051", "Priya Raman", "2026-11-16T09:26:37", "asr",
"""A: fix it fast phone repair this is priya
C: hi my iphone screen is totally cracked can you guys do same day
A: yes we can do today at one it's a hundred and twenty nine for the screen
C: okay yeah book me for one
A: you're booked and we can put a glass screen protector on while it's open fifteen bucks
C: sure add that
A: okay screen plus protector
C: oh wait actually nah forget the protector i just remembered i bought one on amazon last week
A: no problem just the screen at one
C: perfect thank you you're a lifesaver""",
True, 0.0, "positive", "repair 'book me for one' kept; protector 'sure add that' then 'forget the protector' -> 0; 'you're a lifesaver'"),

("FR54_052", "Tom Gallagher", "2026-11-16T11:03:58", "asr",
"""A: redrock canyon tours tom speaking
C: hi we wanna do the saturday jeep tour there's four of us
A: great the saturday morning tour is eighty per person so three twenty for four
C: yep that's fine
A: we also do a picnic lunch at the overlook twenty two per person
C: oh that sounds fun yeah add lunch for all four of us
A: okay so four adults saturday morning tour with lunch three twenty for the tour plus eighty eight for lunch is that right
C: yep that's it
A: you're booked we meet at the visitor center at eight
C: awesome we're really looking forward to it""",
True, 88.00, "positive", "read-back 'yep that's it'; lunch 'twenty two per person' 'for all four of us' -> 88.00; 'really looking forward'"),

("FR54_053", "Aisha Bello", "2026-11-16T13:19:44", "clean",
"""A: Thanks for calling Ledgerly, this is Aisha.
C: Hi, I run a small bakery and I'm looking at your invoicing software.
A: Great! Our Business plan is $39 a month, or $390 if you pay for the year.
C: We'd probably want monthly. Does it connect to our card reader?
A: It does, with Square and Clover both.
C: Okay. I'm interested, but I need to run it by my partner. Can you send me a quote?
A: Absolutely. I'll send it today with a link to a 14-day free trial as well.
C: That would be helpful.
A: Anything else I can answer?
C: No, that's it for now.""",
False, 0.0, "neutral", "'I'm interested, but I need to run it by my partner. Can you send me a quote?' = no commitment"),

("FR54_054", "Lukas Brandt", "2026-11-16T14:48:20", "asr",
"""A: safehaven home security this is lukas
C: hi um i wanted to get the starter system installed the one with the doorbell camera
A: the starter kit sure that's two ninety nine plus monitoring at twenty four ninety nine a month
C: yeah let's go ahead with that
A: great and would you want an extra outdoor camera for the driveway it's a hundred and forty nine
C: um how much was that again
A: a hundred and forty nine installed
C: nah just the basic for now
A: okay starter kit install is next tuesday morning
C: okay that's fine""",
True, 0.0, "neutral", "'let's go ahead with that' starter kit; extra camera price asked then 'nah just the basic' -> 0"),

("FR54_055", "Sofia Marchetti", "2026-11-16T16:10:05", "asr",
"""A: homestead mutual this is sofia
C: hi i'm calling to cancel my renters policy i'm moving in with my parents for a while
A: sorry to see you go i could pause it at a lower rate or keep liability only for eight dollars a month
C: i appreciate it but i'm good i won't need it there
A: understood the cancellation will be effective on the first
C: and i get a refund for december right
A: yes the unused portion will be refunded
C: okay
A: anything else
C: nope that's everything thanks""",
False, 0.0, "neutral", "retention offer refused softly 'i appreciate it but i'm good'; refund not a sale"),

("FR54_056", "Derek Lindqvist", "2026-11-16T18:35:27", "asr",
"""A: bella notte takeout this is derek
C: hi can i get the chicken parm and the penne vodka for pickup
A: sure anything else we have homemade tiramisu tonight seven fifty each
C: oh my god yes can i get two of those
A: two tiramisu okay so chicken parm penne vodka and two tiramisu about twenty minutes
C: perfect
A: name for the order
C: it's jess
A: got it jess see you in twenty
C: thank you your tiramisu is seriously the best in town""",
True, 15.00, "positive", "order placed; tiramisu 'seven fifty each' x 'two of those' -> 15.00; 'the best in town'"),

("FR54_057", "Hannah Okafor", "2026-11-17T09:02:51", "asr",
"""A: cedar creek animal hospital hannah speaking
C: hi my dog's been limping for a couple days and i want to get her seen
A: of course the first available with doctor patel is december eighth
C: december eighth that's three weeks seriously she's limping
A: i'm sorry we're really backed up if it gets worse we'd send you to the emergency clinic
C: this is ridiculous you used to be able to get in the same week
A: i know i'm sorry i can put you on the cancellation list too
C: ugh fine book the eighth and put me on the list
A: booked for the eighth at ten and you're on the list
C: yeah""",
True, 0.0, "negative", "'fine book the eighth' appointment booked; 'this is ridiculous', 'ugh'"),

("FR54_058", "Marcus Webb", "2026-11-17T10:40:16", "clean",
"""A: Thank you for calling Hearth & Home, this is Marcus.
C: Hi. I ordered a dining table three weeks ago, the site said it would arrive in five to seven days, and it still hasn't shipped.
A: I'm sorry. I see it's backordered until early December.
C: Nobody told me that. I'm hosting Thanksgiving, that was the whole point.
A: I understand. I can refund the shipping charge, and you can cancel without any fee if you'd like.
C: I don't want a refund on shipping, I want the table I paid for.
A: I'm sorry, I can't move it up, the warehouse doesn't have stock.
C: This is really frustrating. Just cancel it, I'll find something locally.
A: Cancelled. Your refund will post in three to five business days.
C: Fine.""",
False, 0.0, "negative", "existing order cancelled, no purchase in this call; 'really frustrating'"),

("FR54_059", "Yuki Tanaka", "2026-11-17T12:14:38", "asr",
"""A: fastlane fiber this is yuki
C: hi i got a flyer saying fiber is coming to my street and i wanna sign up
A: let me check your address it looks like your building isn't on the build list yet
C: but the flyer literally says my street
A: the street is partly covered your side isn't scheduled yet maybe sometime next year
C: oh wonderful so i get to keep paying for the dsl that drops every hour
A: i'm sorry i can put you on the notify list
C: sure why not put me on your little list
A: done you'll get an email when it's available
C: can't wait""",
False, 0.0, "negative", "fiber not available, notify list is not a sign-up; sarcasm 'oh wonderful', 'your little list', 'can't wait'"),

("FR54_060", "Carmen Ruiz", "2026-11-17T14:27:02", "asr",
"""A: laugh track comedy club carmen speaking
C: hey i want two tickets for friday's late show
A: sure general admission is twenty eight each
C: yeah two of those
A: and for ten more each we can put you at a table right up front
C: ooh sure for both of us yeah
A: okay please confirm two front tables seats for friday's late show at ten thirty
C: yep that's right
A: you're all set tickets are in your email
C: awesome we've been wanting to come for ages""",
True, 20.00, "positive", "tickets confirmed 'yep that's right'; front table 'ten more each' 'for both of us' -> 20.00"),
]
