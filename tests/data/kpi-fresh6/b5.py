CALLS = [
("FR6_061", "Carmen Vega", "2026-11-03T09:40:12", "asr", """
A: sparkle home cleaning this is carmen
C: hi um i'd like to book a deep clean my in laws are coming for thanksgiving
A: sure a deep clean for a three bedroom is two forty i have next wednesday
C: wednesday's perfect book it
A: great we also do inside the fridge for twenty five and inside the oven for thirty
C: oh yes please do both the oven is a disaster
A: okay so deep clean plus fridge and oven that's fifty five extra
C: amazing you're a lifesaver honestly thank you
""", True, 55.00, "positive", "deep clean main; fridge 25 + oven 30 = 55; three bedroom not a price"),

("FR6_062", "Felix Wagner", "2026-11-03T13:12:58", "asr", """
A: safe road insurance this is felix
C: hi uh i wanted a quote to add my daughter she just turned sixteen
A: okay adding a teen driver would bring your premium to two eighty a month
C: two eighty are you serious it's one sixty now
A: i know teen drivers are expensive i can look at a good student discount
C: um
A: shall i set up the change for you
C: no not yet honestly that's way too much i'm gonna shop around
A: okay the quote stays valid for thirty days
C: yeah okay
""", False, 0.00, "negative", "declined; sixteen is an age; premium prices are main"),

("FR6_063", "Ivy Chen", "2026-11-04T12:05:37", "asr", """
A: grand lyric theater box office this is ivy
C: hi i want two tickets for the nutcracker on the twelfth
A: okay orchestra row h two tickets one sixty total is that right
C: yes that's correct
A: um one moment oh i'm sorry it looks like those seats were just taken while we were talking
C: oh no
A: i do have two seats together in the front balcony for one twenty total
C: uh sure book those instead
A: done two front balcony seats for the twelfth
C: okay thank you
""", True, 0.00, "neutral", "first booking failed, alternative booked -> true; ticket prices are main"),

("FR6_064", "Jack Dalton", "2026-11-04T16:50:21", "asr", """
A: urban thread customer service this is jack
C: yeah i ordered a jacket two weeks ago and it still hasn't come
A: let me look up the order um order number please
C: it's eight four two two nine one
A: i see it it's stuck at the warehouse i'm sorry about that
C: stuck seriously i paid for express shipping
A: i'll refund the shipping and push it out today
C: i mean okay but this is the last time i'm ordering from you
""", False, 0.00, "negative", "late order; order number spoken; refund not upsell"),

("FR6_065", "Lauren Hayes", "2026-11-05T10:22:44", "asr", """
A: green acres lawn care this is lauren
C: hi uh i want to sign up for the weekly mowing
A: great weekly mowing is forty five a visit shall i start you next monday
C: yes let's do it
A: perfect and this is a great time for air ration it's seventy nine one time
C: uh air ration is that the holes thing
A: yep core aeration it helps the roots
C: oh yeah sure add that my lawn really needs it
A: okay mowing starts monday and aeration the same day
C: great thanks so much you've been super helpful
""", True, 79.00, "positive", "mowing main; aeration ('air ration' mis-recognised) seventy nine accepted"),

("FR6_066", "Marcus Reed", "2026-11-05T14:45:09", "asr", """
A: smart start tutoring this is marcus
C: hi um can i sign up online or do i have to do it over the phone
A: either works online is probably quickest
C: okay and it's forty an hour right
A: that's right for the group sessions
C: okay cool i'll just do it online later tonight
A: sure sounds good
C: okay bye
""", False, 0.00, "neutral", "question + plan to sign up later online; no commitment in call"),

("FR6_067", "Natalie Brooks", "2026-11-06T11:11:11", "asr", """
A: tel star wireless upgrades this is natalie
C: hi um i'm eligible for an upgrade and i want the new nova
A: sure the nova is nine ninety nine or forty one sixty a month
C: okay yeah i'll take it
A: great let me start the order
C: wait actually does it go on sale for black friday
A: it might i can't say for sure
C: ugh you know what cancel that i'll wait it's insane how much phones cost now
A: okay i've cancelled the order
C: yeah thanks
""", False, 0.00, "negative", "'I'll take it' retracted; prices are main product"),

("FR6_068", "Oscar Lindgren", "2026-11-06T19:30:48", "asr", """
A: bayside suites this is oscar
C: yeah i need a room for the fifteenth one night
A: sure i have a king for one sixty nine
C: okay book it but um last time i stayed the room was filthy like hair in the bathroom
A: i'm very sorry about that i'll add a note
C: it better be clean this time honestly i almost didn't come back
A: understood would you like late checkout for twenty five
C: no just the room
A: okay you're booked for the fifteenth
C: fine
""", True, 0.00, "negative", "booking; late checkout declined; unhappy about previous stay"),

("FR6_069", "Paula Mendes", "2026-11-07T09:55:26", "asr", """
A: golden fork catering this is paula
C: hi so we're confirming the lunch for our office party fifty people on the nineteenth
A: great the buffet for fifty people is eleven hundred
C: okay yep we want that
A: would you like to add our dessert table it's four dollars per person so two hundred for fifty people
C: oh yes definitely everyone loves dessert
A: perfect buffet and dessert table for fifty on the nineteenth
C: wonderful you guys did such a great job last year thank you
""", True, 200.00, "positive", "dessert four per person x fifty = two hundred; buffet main"),

("FR6_070", "Quentin Ward", "2026-11-07T15:18:33", "asr", """
A: crest line bank lending this is quentin
C: hi um what are your rates on a car loan right now
A: for sixty months it's around eight point nine percent
C: eight point nine wow that's insane
A: rates are high everywhere right now
C: my credit union told me seven yeah i'm not doing that
A: okay if you change your mind give us a call
C: yeah no i won't
""", False, 0.00, "negative", "rate question only; months/percentages not prices"),

("FR6_071", "Rosa Jimenez", "2026-11-08T10:40:59", "asr", """
A: clear view optical this is rosa
C: hi um my prescription's ready and i want to order the frames i tried on the tortoise ones
A: sure the frames with single vision lenses come to two forty
C: okay go ahead with those
A: would you like auntie glare coating it's sixty
C: uh the anti glare yeah sure
A: and blue light filter is forty more
C: yeah i'm on the computer all day so add that too
A: okay frames lenses anti glare and blue light ready in ten days
C: okay thanks
""", True, 100.00, "neutral", "anti glare sixty + blue light forty = 100; 'auntie glare' mis-recognition; ten days not price"),

("FR6_072", "Stefan Novak", "2026-11-08T13:27:16", "asr", """
A: hi this is stefan from ledger loop accounting software
C: yeah i got your email about the renewal it went up from four eighty to six hundred a year
A: yes we had a price change this year
C: that's a big jump for the same product
A: i understand if you renew today i can hold it at five sixty
C: ugh fine renew it at five sixty but i'm not happy about the increase at all
A: okay you're renewed for another year
C: yeah we'll see next year
""", True, 0.00, "negative", "renewal accepted at revised main price (not upsell); unhappy"),

("FR6_073", "Tessa Grant", "2026-11-09T12:48:05", "asr", """
A: happy tails pet supply this is tessa
C: hi i placed an order this morning for dog food and i want to add something to it
A: sure what would you like to add
C: the rope chew toy the big one
A: the large rope toy is twelve ninety nine want me to add it
C: yes please add it
A: done it'll ship with the food today
C: yay he's gonna go crazy for it thanks you guys are great
""", True, 12.99, "positive", "call only to add toy twelve ninety nine to morning order"),

("FR6_074", "Umar Siddiqui", "2026-11-09T16:05:50", "asr", """
A: precision auto this is umar
C: hi you guys had my car for the diagnostic what's wrong with it
A: so the transmission is slipping we'd recommend a rebuild it's about three thousand two hundred
C: three thousand two hundred for a car that's worth maybe four
A: i understand
C: no no way i'm not doing that just let me pick it up
A: okay the diagnostic fee is one twenty
C: one twenty for bad news great
""", False, 0.00, "negative", "repair declined; diagnostic fee is a fee"),

("FR6_075", "Vera Holm", "2026-11-10T20:10:34", "asr", """
A: flick plus this is vera
C: hey um i want to add the sports pack to my account
A: sure it's ten ninety nine a month shall i add it
C: uh yeah add it
A: okay it's
C: oh wait actually no forget it the season's almost over
A: no problem i haven't added it
C: okay thanks
""", False, 0.00, "neutral", "add-on accepted then retracted by existing subscriber; nothing bought"),
]
