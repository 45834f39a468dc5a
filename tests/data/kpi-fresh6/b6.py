CALLS = [
("FR6_076", "Wesley Park", "2026-11-11T08:20:17", "asr", """
A: powder peak rentals this is wes
C: hey uh i want to reserve skis for three days starting friday
A: sure the performance package is thirty five a day
C: okay yeah do that
A: do you want a hell met it's eight a day so twenty four for the three days
C: oh yeah definitely add the helmet
A: okay skis and helmet friday through sunday what's your boot size
C: um ten and a half
A: got it you're all set
C: sweet thanks man this is gonna be awesome
""", True, 24.00, "positive", "helmet ('hell met' mis-recognised) eight a day x three = twenty four; boot size not a price"),

("FR6_077", "Yasmin Aziz", "2026-11-11T10:45:39", "asr", """
A: lakeside family medicine this is yasmin
C: finally i've been on hold for forty minutes
A: i'm so sorry about the wait how can i help
C: i need an appointment with doctor lee for my knee
A: doctor lee has thursday at two fifteen
C: yes i'll book that appointment
A: okay you're booked thursday at two fifteen
C: fine but forty minutes on hold is ridiculous you really need more staff
A: i'll pass that on
C: yeah okay bye
""", True, 0.00, "negative", "appointment booked; complaint about hold time"),

("FR6_078", "Zachary Long", "2026-11-12T11:33:02", "asr", """
A: home shield warranty this is zach
C: i want to cancel my plan
A: i'm sorry to hear that can i ask why
C: you denied my furnace claim last month after i've paid you for six years
A: i understand i can offer you three months free if you stay
C: no thanks i'm not interested in three free months of nothing
A: okay i'll process the cancellation
C: good
""", False, 0.00, "negative", "save offer refused; six years not a price"),

("FR6_079", "Kevin Osei", "2026-11-12T14:59:47", "asr", """
A: volt mart electronics this is kevin
C: hi um i bought headphones last week and now they're forty dollars cheaper on your site
A: oh we do price adjustments within fourteen days let me check
C: oh really
A: yep i've refunded the forty dollar difference to your card
C: oh that's great thank you so much that's really good to know
A: anything else
C: no that's perfect you made my day
""", False, 0.00, "positive", "price adjustment refund, not a purchase"),

("FR6_080", "Hailey Morgan", "2026-11-13T12:12:12", "asr", """
A: blue horizon cruises this is hailey
C: hi we want to book the seven night caribbean cruise for two on the january sailing
A: lovely a balcony cabin for two is three thousand one hundred
C: yes we'll take the balcony cabin
A: would you like the wifi package it's one twenty for the whole cruise
C: um yes we'll need wifi for work stuff add it
A: and there's a snorkel excursion for eighty nine per person
C: uh no we'll skip that
A: okay cabin plus wifi you're booked
C: oh wow we're actually doing this thank you so much
""", True, 120.00, "positive", "cabin main; wifi one twenty for cruise accepted; excursion declined"),

("FR6_081", "Ian Fletcher", "2026-11-14T09:09:09", "asr", """
A: shield mutual renters insurance this is ian
C: hi i need renters insurance my landlord requires it
A: sure our basic renters policy is twelve a month
C: okay that's fine sign me up
A: do you have any jewelry we can add a jewelry rider for three dollars a month
C: um yeah i have my grandmother's ring so yes add that
A: okay renters policy plus jewelry rider starting today
C: okay cool i'll send the proof to my landlord
""", True, 3.00, "neutral", "policy main; jewelry rider three a month accepted"),

("FR6_082", "Angela Moore", "2026-11-15T18:20:44", "asr", """
A: sakura sushi this is angela
C: hi can i book a table for four tonight at eight
A: i'm sorry we're fully booked tonight
C: oh uh what about nine
A: we're full until closing unfortunately
C: seriously it's my wife's birthday i called three days ago and nobody picked up
A: i'm very sorry
C: this is so frustrating forget it
""", False, 0.00, "negative", "could not book, nothing booked; four people, times not prices"),

("FR6_083", "Brian Costa", "2026-11-16T11:26:37", "asr", """
A: speed link internet this is brian
C: hi my bill went up to ninety five and i can't afford that anymore
A: i understand i can move you to our basic plan at fifty five
C: is it slower
A: yes it's a hundred megabits instead of five hundred
C: ugh i don't know let me think about it i'm just really fed up with the price hikes
A: sure call us back anytime
C: yeah
""", False, 0.00, "negative", "cheaper plan offered, deferred; megabits not prices"),

("FR6_084", "Diana Petrova", "2026-11-17T07:45:58", "asr", """
A: flow yoga studio this is diana
C: hi i took a drop in class last week and i loved it
A: oh amazing we have a ten class pack for one fifty
C: that's a good deal
A: want me to set that up for you
C: um i'll think about it i want to see my schedule for december first but honestly the class was wonderful
A: of course no pressure
C: thanks so much you guys are lovely
""", False, 0.00, "positive", "positive but deferral; price only"),

("FR6_085", "Kevin Osei", "2026-11-18T13:40:21", "asr", """
A: tel star wireless this is kevin
C: hi um do you have the nova nine in blue
A: let me check uh no we're out of blue right now
C: again i called last week and you said next week
A: the shipment got delayed i'm sorry
C: you guys never have anything in stock it's so annoying
A: i can let you know when it comes in
C: no it's fine bye
""", False, 0.00, "negative", "stock check; model number not a price"),

("FR6_086", "Elliot Grant", "2026-11-19T16:16:16", "asr", """
A: splash car wash this is elliot
C: hey i'm on the basic monthly wash and wanted to know how much the premium is
A: premium adds wax and tire shine it's ten more a month
C: okay um
A: want me to upgrade you
C: nah i'm good with the basic for now just wanted to know
A: no problem
C: okay thanks
""", False, 0.00, "neutral", "upgrade price only asked, declined"),

("FR6_087", "Fatima Noor", "2026-11-20T10:30:29", "asr", """
A: sugar and crumb bakery this is fatima
C: hi i want to order a birthday cake for saturday the chocolate one
A: sure an eight inch chocolate cake is forty five
C: yes and can it say happy thirtieth jess
A: of course so eight inch chocolate happy thirtieth jess pick up saturday at ten right
C: yep that's it
A: would you like to add some cup cakes they're two fifty each
C: oh um sure a dozen cup cakes please
A: okay a dozen so that's thirty for the cupcakes
C: perfect thank you so much she's going to love it
""", True, 30.00, "positive", "cake read-back confirmed; twelve cupcakes x two fifty = thirty; thirtieth/eight inch not prices"),

("FR6_088", "Grant Howell", "2026-11-21T14:55:08", "asr", """
A: comfort air heating and cooling this is grant
C: yeah i got the notice my maintenance plan is up
A: yes renewing is one eighty nine for the year two tune ups
C: okay renew it
A: great and we have filter delivery fifteen a quarter so you never forget
C: uh sure add the filters
A: done
C: but i have to say the tech last time tracked mud all over my carpet and nobody apologized i'm still pretty annoyed about it
A: i'm sorry i'll note that
C: yeah make sure it doesn't happen again
""", True, 15.00, "negative", "renewal main; filter delivery fifteen a quarter counts once; annoyed"),

("FR6_089", "Hailey Morgan", "2026-11-22T23:05:51", "asr", """
A: crest line bank card services this is hailey
C: my card just got declined at a restaurant in rome i'm standing here and can't pay
A: i'm sorry it looks like our fraud system flagged it
C: i put a travel notice on it before i left
A: i see it was missing the end date i've cleared it now
C: this is the third time this has happened honestly it's embarrassing
A: i really apologize
C: i'm seriously thinking of switching banks
""", False, 0.00, "negative", "service call; no purchase"),

("FR6_090", "Hugo Laurent", "2026-11-23T17:38:42", "asr", """
A: fiber net this is hugo
C: hi um we're a house of five people and the internet's just too slow
A: okay what plan are you on
C: uh we've had the same one since twenty nineteen the one hundred meg one
A: for five people i'd suggest the gig plan it's seventy a month
C: okay that sounds good um i'll talk to my roommates since we split the bill
A: sure just call back when you're ready
C: okay will do thanks
""", False, 0.00, "neutral", "'sounds good' + deferral; people count and year not prices"),
]
