CALLS = [
("FR50_061", "Elena Petrova", "2026-11-26T09:02:00", "asr",
 "A: metrocable new service this is elena\n"
 "C: hi um i just moved into an apartment on birch street and i need internet\n"
 "A: okay your building has our three hundred meg plan at fifty a month\n"
 "C: yeah that's fine sign me up for that\n"
 "A: great and are you going to want tv streaming we have the stream box it's normally twelve a month\n"
 "C: uh i don't know\n"
 "A: for new customers i can do it for eight a month\n"
 "C: eight okay yeah sure add the box\n"
 "A: so internet at fifty and the stream box at eight installation's free i have friday\n"
 "C: friday's fine\n"
 "A: you're all set\n"
 "C: okay thanks",
 True, 8.00, "neutral", "'sign me up for that'; stream box revised twelve -> eight, 'add the box' = 8"),

("FR50_062", "Jordan Hayes", "2026-11-26T10:48:00", "asr",
 "A: harbor mutual this is jordan\n"
 "C: hi um we already have our car insurance with you and i wanna add our house\n"
 "A: great so bundling the home with your auto the home policy comes to um sixteen twenty a year and your auto drops by eighteen percent\n"
 "C: oh wow okay let's do the bundle\n"
 "A: and with two properties and a teenage driver i'd recommend an umbrella policy a million in coverage for two hundred a year\n"
 "C: two hundred a year yeah that's smart yeah add the umbrella\n"
 "A: okay so home at sixteen twenty umbrella at two hundred and the auto discount applied\n"
 "C: yeah that's right\n"
 "A: done your new documents are on the way\n"
 "C: thank you this was really great you saved us a bunch",
 True, 200.00, "positive", "'let's do the bundle'; umbrella two hundred a year 'add the umbrella'; discount excluded; 'really great'"),

("FR50_063", "Nadia Haddad", "2026-11-26T13:15:00", "clean",
 "A: Clearline Internet, this is Nadia, how can I help?\n"
 "C: My bill just went from $70 to $85 and nobody told me.\n"
 "A: Your promotional rate ended last month, so you're now at the standard rate.\n"
 "C: So you just raise it and hope I don't notice.\n"
 "A: I'm sorry. I don't have any new promotions on your account right now.\n"
 "C: Nothing? I've been a customer for six years.\n"
 "A: Unfortunately not at this time.\n"
 "C: Well, then I'll be shopping around. Thanks for nothing.",
 False, 0.0, "negative", "billing complaint, no offer; 'Thanks for nothing' (sarcastic)"),

("FR50_064", "Owen McCarthy", "2026-11-26T15:40:00", "asr",
 "A: lumen electronics this is owen\n"
 "C: yeah um i wanna get the sixty five inch vision tv the one on sale for um six forty nine\n"
 "A: yep six forty nine we've got it in stock for delivery\n"
 "C: okay\n"
 "A: so one vision sixty five inch six forty nine delivered tuesday is that correct\n"
 "C: yeah that's right um how much is the warranty on that\n"
 "A: the four year protection plan is eighty nine\n"
 "C: hmm okay no just the tv\n"
 "A: alright your order's placed delivery tuesday\n"
 "C: okay",
 True, 0.0, "neutral", "confirms read-back 'yeah that's right'; warranty price only asked about, then 'no just the tv'"),

("FR50_065", "Maria Delgado", "2026-11-27T09:24:00", "clean",
 "A: Hi, this is Maria with Bloom & Brew, you signed up for info on our coffee and flower box.\n"
 "C: Oh, right, yes.\n"
 "A: It's $39 a month, you get two bags of coffee and a small bouquet every month.\n"
 "C: Hm. Okay.\n"
 "A: I can start your first box this week if you'd like.\n"
 "C: Sounds good, I'll think about it. Can you send me the link?\n"
 "A: Of course, I'll text it to you now.\n"
 "C: Thanks.",
 False, 0.0, "neutral", "'Sounds good, I'll think about it' = no commitment"),

("FR50_066", "Kevin Osei", "2026-11-27T10:31:00", "asr",
 "A: brightline electric this is kevin\n"
 "C: hey uh i need someone to put in a couple outlets in my garage\n"
 "A: sure two new outlets in the garage is about three twenty i have monday at one\n"
 "C: yeah monday at one works book it\n"
 "A: and since you're getting the panel opened up we can install a whole house surge protector a hundred and twenty five\n"
 "C: uh yeah sure why not\n"
 "A: okay so two outlets plus the surge protector monday at one\n"
 "C: yep\n"
 "A: you'll get a text reminder sunday\n"
 "C: alright thanks",
 True, 125.00, "neutral", "'book it'; surge protector a hundred and twenty five 'uh yeah sure why not'"),

("FR50_067", "Priya Raman", "2026-11-27T12:09:00", "asr",
 "A: clearwater utilities this is priya\n"
 "C: hi uh i got a text about a boil water notice and i have a newborn and i'm kind of panicking\n"
 "A: okay totally understandable it's only for the oak hill area there was a main break this morning\n"
 "C: okay\n"
 "A: for formula use bottled water or boil it for one minute and let it cool\n"
 "C: okay okay one minute\n"
 "A: we expect the notice to lift by tomorrow afternoon and we'll text you\n"
 "C: oh thank you so much that makes me feel a lot better you've been so kind\n"
 "A: of course take care of that baby\n"
 "C: thank you really",
 False, 0.0, "positive", "information call; ends relieved 'you've been so kind'"),

("FR50_068", "Tom Whitaker", "2026-11-02T15:22:00", "asr",
 "A: brightwave wireless this is tom\n"
 "C: hi yeah i wanna upgrade to the new iphone on the monthly payments\n"
 "A: sure the iphone sixteen is thirty three thirty three a month for thirty six months\n"
 "C: yeah okay let's do it\n"
 "A: alright running the credit check now\n"
 "C: mhm\n"
 "A: i'm sorry it looks like the financing wasn't approved so i can't do the monthly payments\n"
 "C: what i've been with you for nine years\n"
 "A: i can do it if you pay the full amount up front\n"
 "C: no i'm not paying twelve hundred dollars up front\n"
 "A: i understand i'm sorry\n"
 "C: this is ridiculous nine years and i can't even get a phone",
 False, 0.0, "negative", "'let's do it' but financing declined, nothing bought; 'this is ridiculous'"),

("FR50_069", "Lucia Ferraro", "2026-11-04T17:05:00", "asr",
 "A: brewmaster this is lucia\n"
 "C: hi i wanna order the the barista one espresso machine\n"
 "A: sure that's three ninety nine and it's in stock\n"
 "C: great i'll take it\n"
 "A: do you want some pod boxes with it they're nineteen ninety nine a box of fifty\n"
 "C: uh yeah give me three of those uh no four\n"
 "A: four boxes at nineteen ninety nine each\n"
 "C: yep four\n"
 "A: so the barista one at three ninety nine plus four pod boxes at nineteen ninety nine each shipped to your home address\n"
 "C: yeah that's right\n"
 "A: order's placed\n"
 "C: oh i'm so happy my kitchen's gonna smell amazing thank you",
 True, 79.96, "positive", "'i'll take it'; pods self-corrected 'three uh no four' x 19.99 = 79.96; 'so happy'"),

("FR50_070", "Daniel Novak", "2026-11-06T11:50:00", "asr",
 "A: harbor mutual this is daniel\n"
 "C: yeah i wanna cancel my renters policy i found cheaper somewhere else\n"
 "A: i'm sorry to hear that can i ask what they quoted you\n"
 "C: eleven a month\n"
 "A: okay you're at sixteen i can apply a loyalty discount and a paperless discount that brings you to twelve fifty\n"
 "C: hmm\n"
 "A: and you'd keep the same coverage no gap\n"
 "C: fine i'll stay if it's twelve fifty\n"
 "A: done twelve fifty starting next month\n"
 "C: okay",
 True, 0.0, "neutral", "save offer accepted 'fine i'll stay if it's twelve fifty' (condition met by agent); discount not upsell"),

("FR50_071", "Aisha Bello", "2026-11-09T14:18:00", "clean",
 "A: Harborview Hotel, this is Aisha.\n"
 "C: Hi, I need a room for the night of the 21st, it's for a conference.\n"
 "A: I'm sorry, we're fully sold out on the 21st because of that conference.\n"
 "C: Of course. What about the 20th? I could come in a day early and stay somewhere else the next night.\n"
 "A: I do have a standard queen on the 20th at $159.\n"
 "C: Okay, book the 20th then.\n"
 "A: Will you need parking? It's $25 for the night.\n"
 "C: Yes, add parking.\n"
 "A: So the 20th, standard queen at $159, plus parking at $25. You're confirmed.\n"
 "C: Okay. Thanks.",
 True, 25.00, "neutral", "21st sold out but 'book the 20th then' = alternative booked; parking $25 accepted"),

("FR50_072", "Marcus Lindqvist", "2026-11-12T10:27:00", "asr",
 "A: hi this is marcus with learnify you started the free trial last week\n"
 "C: oh yeah yeah it's been good actually\n"
 "A: great so would you like to continue with the full membership\n"
 "C: yeah sure sign me up\n"
 "A: awesome i'll convert that now\n"
 "C: wait actually how much is it after the trial\n"
 "A: it's twenty nine a month\n"
 "C: twenty nine oh no then forget it cancel that nobody mentioned that when i signed up for the trial\n"
 "A: okay i won't convert it the trial ends friday\n"
 "C: yeah that's kind of sneaky honestly",
 False, 0.0, "negative", "'sign me up' retracted 'forget it cancel that'; 'kind of sneaky'"),

("FR50_073", "Hannah Brooks", "2026-11-13T09:16:00", "asr",
 "A: greenway lawn care this is hannah\n"
 "C: hi um you did our yard last year and you guys were great\n"
 "A: oh thank you we're setting up fall aeration right now it's eighty five\n"
 "C: mhm\n"
 "A: want me to put you on the schedule\n"
 "C: uh maybe next spring honestly we're redoing the back yard so it's kind of a mess right now\n"
 "A: no problem i'll make a note to call you in march\n"
 "C: yeah that'd be great you guys really did a fantastic job last year\n"
 "A: thank you so much\n"
 "C: talk to you in the spring",
 False, 0.0, "positive", "'maybe next spring' deferral; 'yeah that'd be great' is to a callback; 'fantastic job'"),

("FR50_074", "Rafael Ortiz", "2026-11-16T16:31:00", "asr",
 "A: clayhouse pottery this is rafael\n"
 "C: hi the set of mugs i ordered came and two of them were smashed again this is the third time\n"
 "A: oh no i'm really sorry can you send a photo\n"
 "C: i already sent photos the last two times\n"
 "A: okay i'll ship two replacements today no charge with extra padding\n"
 "C: okay\n"
 "A: is there anything else\n"
 "C: uh yeah while i have you add two more of the blue mugs at twelve each for my sister\n"
 "A: sure two blue mugs at twelve each twenty four i'll ship them together\n"
 "C: yeah fine\n"
 "A: done\n"
 "C: honestly i expected better for what these cost please just pack them properly this time",
 True, 0.0, "negative", "orders two mugs at twelve each = the call's only purchase (main, not upsell); free replacements; 'expected better'"),

("FR50_075", "Grace Kim", "2026-11-18T10:44:00", "asr",
 "A: brightwave wireless this is grace\n"
 "C: hi i'm due for an upgrade and i want the galaxy the new one\n"
 "A: sure the galaxy s twenty five is on us with a trade in of your current phone\n"
 "C: oh nice yeah let's do that\n"
 "A: great and i see you call mexico a lot would you like unlimited international calling it's five a month\n"
 "C: oh yes definitely my mom is there\n"
 "A: and you're close to full on storage there's a cloud plan for two ninety nine a month for two hundred gigs\n"
 "C: um yeah okay that too\n"
 "A: so the galaxy with trade in plus international calling at five and cloud storage at two ninety nine\n"
 "C: yes perfect\n"
 "A: all done\n"
 "C: thank you so much this is awesome",
 True, 7.99, "positive", "'let's do that'; international five + cloud two ninety nine = 7.99; 'this is awesome'"),

("FR50_076", "Samuel Adeyemi", "2026-11-19T13:03:00", "clean",
 "A: Thank you for calling Apex Rent-a-Car, this is Samuel.\n"
 "C: Hi, I need a midsize car in Phoenix from the 9th to the 16th.\n"
 "A: I have a Camry or similar for $312 for the week.\n"
 "C: That's fine, reserve it.\n"
 "A: Would you like our collision damage coverage? It's $60 for the week.\n"
 "C: Does my credit card cover it? I'm not sure.\n"
 "A: Some cards do, but it's secondary coverage.\n"
 "C: Okay, let's just add it, $60 for peace of mind.\n"
 "A: Done: midsize, Phoenix, 9th to 16th, $312, plus collision coverage at $60.\n"
 "C: Okay. Thanks.",
 True, 60.00, "neutral", "'reserve it'; collision coverage $60 'let's just add it'; 'not sure' is neutral"),

("FR50_077", "Elena Petrova", "2026-11-20T16:12:00", "asr",
 "A: metrocable billing this is elena\n"
 "C: hi i'm looking at my bill and there's a charge for equipment rental nine ninety nine a month\n"
 "A: yes that's for the second cable box\n"
 "C: i returned that box in june i have the receipt\n"
 "A: let me check um i don't see it returned in our system\n"
 "C: oh wonderful so i've been paying for nothing for five months\n"
 "A: if you can email the receipt i can submit it for review\n"
 "C: sure i'll do your job for you that's fine\n"
 "A: i'm sorry for the trouble\n"
 "C: yeah i bet",
 False, 0.0, "negative", "sarcasm 'oh wonderful', 'i'll do your job for you'"),

("FR50_078", "Jordan Hayes", "2026-11-23T08:47:00", "clean",
 "A: Good morning, Sugar Bloom Bakery, this is Jordan.\n"
 "C: Hi! I'd like to order a birthday cake for Saturday pickup.\n"
 "A: Of course. Our 8-inch chocolate layer cake is $42. Any writing?\n"
 "C: Yes, Happy 7th Birthday Leo, please.\n"
 "A: Lovely. Would you like a set of number candles? They're $4.50.\n"
 "C: Oh yes, add a 7 candle.\n"
 "A: So an 8-inch chocolate layer cake with Happy 7th Birthday Leo and a number 7 candle, $46.50, pickup Saturday at 10. Correct?\n"
 "C: That's right! He's going to be so excited, thank you!\n"
 "A: It's all set.\n"
 "C: You're the best, thank you!",
 True, 4.50, "positive", "confirms read-back 'That's right!'; candle $4.50 accepted; 'You're the best'"),

("FR50_079", "Nadia Haddad", "2026-11-24T12:58:00", "asr",
 "A: hi this is nadia from wanderly travel i'm calling about your booking to cancun\n"
 "C: oh yeah hi\n"
 "A: everything's confirmed i just wanted to offer trip protection it's eighty four for both travellers\n"
 "C: mhm\n"
 "A: it covers cancellations medical and lost bags\n"
 "C: yeah\n"
 "A: would you like me to add that\n"
 "C: nah i'll risk it we've never needed it before\n"
 "A: no problem enjoy your trip\n"
 "C: thanks bye",
 False, 0.0, "neutral", "existing booking, nothing new; 'yeah' backchannel; 'nah i'll risk it'"),

("FR50_080", "Owen McCarthy", "2026-11-25T11:36:00", "asr",
 "A: skyline fiber this is owen\n"
 "C: hi i saw the ad for the gig plan for seventy a month and i want it\n"
 "A: let me check your address um unfortunately gig service isn't available at your address yet\n"
 "C: what the ad came in my mailbox\n"
 "A: i'm sorry the mailers go out by zip code and your street isn't wired for it yet\n"
 "C: so when\n"
 "A: i don't have a date\n"
 "C: i'll take it whenever then just sign me up for when it's ready\n"
 "A: i'm not able to sign you up for a service that isn't available but i can add you to the notify list\n"
 "C: this is such a waste of my time",
 False, 0.0, "negative", "'i'll take it' / 'sign me up' but service unavailable, nothing sold; 'waste of my time'"),
]
