# FR39 batch 1 (calls 001-020), written by hand.
CALLS = [
("FR39_001", "Priya Nair", "2026-11-02T08:14:00", "asr", """A: thanks for calling skyway airlines this is priya how can i help
C: hi yeah my flight to denver got moved and i need to rebook
A: i'm sorry about that i have a seven forty a m tomorrow or a one fifteen p m
C: how many stops on the one fifteen
A: it's nonstop lands at three fifty local
C: okay and what time do we leave like when's boarding
A: boarding starts at twelve forty five gate b nine
C: alright put me on the one fifteen
A: done you're confirmed would you like extra legroom on that flight for forty five dollars
C: uh yeah sure add the legroom
A: added forty five dollars to the card ending two two one nine
C: okay thanks""", True, 45.0, "neutral", "rebooked 1:15 flight + legroom $45 accepted; 'leave'/'stops' are travel words, customer flat"),

("FR39_002", "Marcus Bell", "2026-11-02T09:40:00", "clean", """A: Thanks for calling Northline Mobile, this is Marcus. How can I help?
C: Hi Marcus. I'd like to cancel my line, please. Account ending 4471.
A: I can help with that. Can I ask what's prompting the cancellation?
C: Honestly, the coverage at my house has been spotty since spring and the two tech visits didn't change anything.
A: I'm sorry to hear that. I can offer you 30% off for six months if you stay.
C: I appreciate you trying, I really do. But a discount doesn't fix calls dropping in my kitchen.
A: Understood. Would a free signal booster help? We can ship one at no cost.
C: We tried one last year. It's kind of you, but I've made up my mind.
A: Okay, I've put the cancellation through, effective the 15th.
C: Thank you. I'm sorry it didn't work out, it's just been a disappointing year with you all.""", False, 0.0, "negative", "polite-but-negative cancellation; save offer and free booster declined"),

("FR39_003", "Elena Sokolova", "2026-11-02T17:05:00", "asr", """A: good evening la piazza this is elena
C: hi i wanted a table for two this saturday at eight
A: let me look um saturday at eight we're fully booked i'm afraid
C: oh
A: i could do five thirty or nine thirty
C: five thirty's too early we'll be coming from work
C: i guess nine thirty then
A: nine thirty for two under what name
C: daniels it was supposed to be our anniversary but oh well
A: happy anniversary would you like us to have a celebration cake ready it's thirty five dollars
C: sure add the cake i suppose
A: you're all set nine thirty saturday with the cake
C: yeah okay it is what it is bye""", True, 35.0, "negative", "booked 9:30 alternative + cake $35; quiet disappointment and resignation ('oh well', 'it is what it is')"),

("FR39_004", "Tom Okafor", "2026-11-02T11:22:00", "clean", """A: Harbor Mutual claims, this is Tom.
C: Hi. I filed a claim for my windshield three weeks ago and I've heard nothing. I've called twice. I'm pretty fed up.
A: I'm sorry, let me pull it up. Claim number?
C: HM-20-5531.
A: I see it. It was stuck waiting on a photo that was already uploaded. I've approved it now, and the glass shop can come Thursday.
C: Wait, really? Just like that?
A: Just like that. While I have you, I can add rental reimbursement to your policy for $9 a month.
C: Not right now, but thank you. Honestly, you've turned my day around. I really appreciate it.
A: Happy to help. Thursday between 9 and 11.
C: Perfect. Thanks so much, Tom.""", False, 0.0, "positive", "complaint ends warmly (end weighs more); add-on declined, claim fix is not a purchase"),

("FR39_005", "Hannah Lee", "2026-11-03T13:48:00", "asr", """A: thanks for calling brightbox shop this is hannah
C: hi i'm calling about order seven seven two zero nine the tracking says it's in ohio again
A: let me check um yes it looks like it was rerouted to the columbus hub
C: oh fantastic so it's going on a little vacation that's great love that for my package
A: i understand the frustration it should be delivered by thursday
C: that's what you said last thursday
A: i can put a note on it and credit your shipping
C: wow a whole shipping credit thank you so much
A: is there anything else i can help with
C: no i think you've done plenty""", False, 0.0, "negative", "sarcasm throughout ('fantastic', 'thank you so much' for a credit); no purchase"),

("FR39_006", "Diego Ramos", "2026-11-03T10:02:00", "asr", """A: valley power and light this is diego how can i help you
C: hey i just moved into a house on forty two ridge road and i need the power put in my name
A: sure thing what date do you want service to start
C: the tenth is fine
A: okay and will that be the standard residential rate
C: yeah the standard one
A: alright let me read it back electricity at forty two ridge road starting november tenth standard rate
C: yep that's right
A: great you're all set
C: cool it's gorgeous out here today by the way first sunny day in like two weeks
A: ha enjoy it
C: will do bye""", True, 0.0, "neutral", "service sign-up confirmed on read-back; praise is of the weather, not the company; 'fine' = okay date"),

("FR39_007", "Fatima Haddad", "2026-11-03T15:30:00", "clean", """A: Thanks for contacting Notely support, this is Fatima.
C: Hi Fatima! First off, I love Notely, I've used it for years.
A: That's great to hear! What can I do for you?
C: Since the update yesterday, all my notebooks from 2023 are gone.
A: I'm sorry. Can you try signing out and back in?
C: Did that. Twice.
A: Then it's a known sync issue. Engineering expects a fix within 5 to 7 business days.
C: A week? Those are my work notes. I need them tomorrow.
A: I understand. There's no way to restore them sooner, I'm afraid.
C: Wow. Okay. Then please cancel my subscription. This is the last straw, I'm done.
A: I've processed the cancellation.
C: Thanks.""", False, 0.0, "negative", "warm opening, cold end ('last straw, I'm done'); end weighs more; cancellation"),

("FR39_008", "Jonas Berg", "2026-11-03T19:12:00", "asr", """A: hi thanks for calling arena tix this is jonas
C: hi i'm trying to get two tickets for the lumineers on the twenty first
A: oh the twenty first sold out this morning unfortunately
C: aw no
A: they just added a second show on the twenty second and i've got floor seats at ninety each
C: wait floor seats oh that's even better yes let's do the twenty second
A: so two floor seats november twenty second one eighty total
C: yes that's it
A: and do you want a parking pass for twenty dollars
C: yes please that'd be great
A: done you're all booked
C: you just made my whole week thank you""", True, 20.0, "positive", "sold-out date, alternative taken; parking $20 accepted; delighted"),

("FR39_009", "Keisha Grant", "2026-11-04T08:31:00", "clean", """A: Good morning, Lakeside Family Clinic, Keisha speaking.
C: Hi, I need to book a physical with Dr. Joy Goodman.
A: Sure. Are you an existing patient?
C: Yes, date of birth 3/14/1986, last name Alvarez.
A: Thank you. Dr. Goodman has Tuesday the 17th at 10:40 or Friday the 20th at 2:15.
C: The Friday one.
A: So that's Friday, November 20th at 2:15 with Dr. Goodman. Does that work?
C: Yes. Should I fast beforehand?
A: Yes, no food after midnight. You're booked.
C: Okay. Thank you.""", True, 0.0, "neutral", "appointment booked on read-back + question; doctor's name 'Joy Goodman' is not sentiment"),

("FR39_010", "Oliver Tran", "2026-11-04T12:55:00", "asr", """A: hi this is oliver from crestline auto following up on your test drive saturday
C: oh hi yeah
A: i wanted to see if you had any more questions about the rav four
C: uh no actually i ended up buying one from the toyota place on route nine
A: oh i see
C: honestly they gave me a way better deal and the guy there was super nice didn't push me at all
A: i'm glad you found something is there anything we could have done differently
C: maybe not make me wait forty minutes to get the keys
A: i'm sorry about that
C: yeah anyway i'm all set thanks""", False, 0.0, "negative", "praise of a competitor used against the company + complaint; no sale"),

("FR39_011", "Sofia Marino", "2026-11-04T14:20:00", "asr", """A: city parking services this is sofia
C: hi i need to renew my residential permit and um i think there's a fine on my account too
A: let me see yes there's a twenty five dollar fine from october
C: okay i'll pay that
A: and the annual residential permit is one hundred twenty dollars do you want to renew
C: yes renew it
A: you can also add a guest pass for thirty dollars for visitors
C: hm how long is that good for
A: the whole year same as the permit
C: okay yeah add the guest pass
A: alright permit and guest pass done plus the fine
C: okay thank you""", True, 30.0, "neutral", "permit renewal; guest pass $30 is the upsell; the $25 'fine' is a fee, not sentiment and not upsell"),

("FR39_012", "Raj Patel", "2026-11-04T16:44:00", "clean", """A: Reliable Rooter, this is Raj.
C: Hi. Your plumber was out Monday for the kitchen sink. It's leaking again.
A: Oh no. I'm sorry. I can send someone back out free of charge, how's Thursday morning?
C: No, that's fine. I'll get someone else.
A: Are you sure? There's no cost for the return visit.
C: I'm sure. I paid $310 for it to last two days.
A: I can look into a partial refund for you.
C: If you want to, sure. But I won't be calling you again.
A: I understand. I'll have billing reach out.
C: Okay. Bye.""", False, 0.0, "negative", "'I won't be calling you again'; quiet, polite but negative; free revisit declined"),

("FR39_013", "Nora Quinn", "2026-11-05T09:18:00", "asr", """A: hey this is nora with wavelink wireless how can i help
C: hi so i'm going to portugal for a month and my plan's the basic one
A: okay the unlimited plan is fifteen more a month and it has better roaming rates
C: mm and is there like an international thing
A: yes the world pass is ten dollars a month on top
C: okay let's do the unlimited and add the world pass
A: great switching you to unlimited today and adding world pass
C: oh that's awesome honestly you guys have been great every time i call
A: aw thank you have a great trip
C: thanks so much""", True, 10.0, "positive", "paid plan change = conversion; world pass $10/mo add-on; main plan price not upsell"),

("FR39_014", "Ben Adler", "2026-11-05T11:03:00", "clean", """A: Oakhaus Furniture, Ben speaking.
C: Hi Ben, I was in the store Saturday and I'd like to order the Hudson bed frame, queen.
A: Great choice. That's $1,150, delivered.
C: Perfect. Also, the matching nightstands, do you still have them?
A: We do, they're $240 each.
C: I'll take two.
A: So the queen Hudson frame plus two nightstands. Delivery on the 19th between 8 and 12?
C: Yes, that works. You've all been lovely, the showroom staff too.
A: Thank you! You're all set.
C: Can't wait. Thanks!""", True, 480.0, "positive", "bed frame main; two nightstands at $240 each = 480 upsell; warm customer"),

("FR39_015", "Yuki Tanaka", "2026-11-05T18:27:00", "asr", """A: fitlife gym this is yuki how can i help
C: yeah i want to cancel my membership
A: i can help with that can i offer you our loyalty rate it's nineteen a month instead of thirty nine
C: honestly the showers have been broken since august and nobody cares
A: i'm sorry i'll pass that along
A: so would you like to keep the membership at nineteen
C: ugh fine whatever just keep it at nineteen i guess i don't have the energy to argue
A: okay you're on the loyalty rate starting next month
C: yeah great can't wait for another month of cold showers""", True, 0.0, "negative", "retention offer accepted (conversion) with resignation and sarcasm; discounted rate is not upsell"),

("FR39_016", "Carla Mendes", "2026-11-05T13:36:00", "clean", """A: Seabright Resort reservations, this is Carla.
C: Hi, I'm looking at the Perfect Paradise package for three nights in December.
A: Lovely. For which dates?
C: December 27th to the 30th, two adults.
A: That comes to $1,260 including the ocean-view room. Breakfast is $15 per person per day extra.
C: Okay. And is the pool heated?
A: Yes, year-round.
C: Okay. Let me check with my husband first, he's the one with the vacation days.
A: Of course. I can hold the rate until Friday.
C: Great, I'll call back.""", False, 0.0, "neutral", "deferral to husband; package name 'Perfect Paradise' is not sentiment"),

("FR39_017", "Priya Nair", "2026-11-06T19:50:00", "asr", """A: hi this is priya at golden wok delivery
C: hi yeah we ordered forty minutes ago it came cold and half of it is missing
A: oh no i'm so sorry what's missing
C: the dumplings and the fried rice and the soup is like room temperature
A: i'm really sorry i'll refund the whole order and send a fresh one out right now on us
C: oh wait really
A: yes it'll be there in twenty minutes
C: wow okay that's really kind of you thank you so much seriously
A: of course enjoy your dinner
C: you saved our night thanks priya""", False, 0.0, "positive", "angry start, warm end; refund and free replacement are not purchases"),

("FR39_018", "Marcus Bell", "2026-11-06T10:10:00", "asr", """A: hi is this mr okonkwo this is marcus from sheltercare insurance
C: yes speaking
A: i'm calling because your renters quote is ready it's eleven a month for twenty thousand in coverage
C: okay
A: would you like me to start the policy today
C: um sounds good but i'll think about it
A: no problem can i email you the quote
C: yeah that's my email the one on file
A: great i'll send it now
C: okay thanks bye""", False, 0.0, "neutral", "'sounds good, I'll think about it' = interest without commitment; 'yes' to email is not a purchase"),

("FR39_019", "Elena Sokolova", "2026-11-06T15:15:00", "clean", """A: Taskflow sales, Elena speaking.
C: Hi, we're on the free plan and want to move the team to paid.
A: Sure. How many people?
C: Five of us.
A: Then the Team plan is $12 per seat, so $60 a month. Shall I set that up?
C: Yes, that's right. Does that include the Slack integration?
A: It does. I can also add priority support for $20 a month.
C: Sure, add priority support.
A: Done. Team plan, 5 seats, with priority support.
C: That was painless. Really nice to deal with you.""", True, 20.0, "positive", "'yes' + question to closing = conversion; priority support $20/mo; seats price is main"),

("FR39_020", "Tom Okafor", "2026-11-06T16:58:00", "asr", """A: metro honda service this is tom
C: hi i need my brakes looked at they're grinding
A: sure what day works for you
C: if you can get me in before friday then go ahead and book it
A: let me look um the earliest i have is monday at eight
C: monday no i need the car friday to drive to my mom's
A: i'm sorry that's the earliest
C: then no i'll have to go somewhere else
C: i'm a bit let down honestly i bought the car from you guys
A: i understand i'm sorry
C: yeah okay bye""", False, 0.0, "negative", "conditional acceptance not met, nothing booked; mild let-down"),
]
