CALLS = [
("FR35_021", "Tom Becker", "2026-11-13T10:44:18", "asr", """
A: hi this is tom at bluewave travel returning your call about the caribbean cruise
C: oh hi yes um we were looking at the seven night one in february
A: right the ocean view cabin is two thousand one hundred forty for the two of you
C: mhm that's that's within what we said honestly let me check with my wife first
A: of course
C: she's actually right here hold on okay she says go for it so yeah let's book the ocean view
A: wonderful would you like the beverage package it's sixty nine per person per day
C: no no we don't drink much
A: how about the internet package ninety nine for the whole week
C: uh the wifi yeah we'll need that she works remotely sometimes add the wifi
A: so the ocean view cabin for two sailing february ninth plus the week of wifi
C: yep that's it we're so excited thank you tom
""", True, 99.0, "positive", "deferral resolved in the call, cruise booked; beverage package declined; wifi 99 accepted; excited"),

("FR35_022", "Ana Costa", "2026-11-13T14:09:52", "asr", """
A: thanks for calling streamlink support this is ana
C: yeah my internet has been down since last night and i work from home this is the third time this month
A: i'm so sorry let me run a check
C: mhm
A: i see an outage in your area it was fixed about twenty minutes ago can you restart your router
C: uh hold on okay lights are green it's back
A: great i've also put a credit of fifteen dollars on your account for the downtime
C: oh okay that's fair actually
A: i also noticed your signal is weak upstairs we have a mesh extender for twenty nine ninety nine one time
C: twenty nine ninety nine and it just plugs in
A: yes it plugs into any outlet
C: okay yeah send me one of those
A: done it ships tomorrow
C: great thank you you've actually been really helpful
""", True, 29.99, "positive", "outage complaint; 15 credit is not upsell; extender 29.99 bought as add-on to existing service; frustrated start, grateful end"),

("FR35_023", "Jamal Reed", "2026-11-14T09:12:40", "clean", """
A: Good afternoon, Motion Physio, Jamal speaking.
C: Hi, my GP referred me for lower back pain. Could I book an initial assessment?
A: Of course. The initial assessment is $95. I have Tuesday at 9:00, Wednesday at 1:30, or Friday at 5:15.
C: Wednesday at 1:30, please.
A: Lovely. Many patients add a 30-minute massage straight after the assessment, it's an extra $40.
C: Would my insurance cover that?
A: Usually the massage isn't covered, only the assessment.
C: Okay. Still, my back is killing me. Yes, add the massage.
A: So that's Wednesday the 18th at 1:30 for the assessment, plus the 30-minute massage. Is that right?
C: That's right. Should I bring the referral letter?
A: Yes, please bring it along.
C: Okay, thanks.
""", True, 40.0, "neutral", "picked one of three slots, read-back confirmed; massage 40 accepted; 'killing me' is about pain not the company"),

("FR35_024", "Lucy Park", "2026-11-14T11:50:03", "asr", """
A: hi this is lucy from cornerstone home insurance following up on your online quote
C: oh yeah hi
A: so your quote came out to one thousand three hundred eighty a year for the house on twenty two willow drive
C: yeah i saw that um honestly state line quoted me nine forty for the same coverage
A: i can look at the deductible if you raise it to two thousand it comes down to eleven ninety
C: still way more than nine forty
A: we do include water backup coverage which they may not
C: they do i checked they've been really upfront with me
A: i understand would you like me to send the revised quote anyway
C: nah i'm gonna go with state line to be honest you guys are just too expensive
A: okay thanks for considering us
C: yeah bye
""", False, 0.0, "negative", "quote refused, goes with competitor praised over us; 'too expensive'"),

("FR35_025", "Omar Haddad", "2026-11-16T13:18:27", "asr", """
A: hi you've reached vista electronics this is omar
C: hi i'm calling about the sixty five inch t c l you have on sale the q seven
A: yes the q seven sixty five is seven ninety nine this week
C: okay i'll take it
A: great do you want it wall mounted we have a tilting mount for sixty four
C: hm what's the difference between tilting and fixed
A: tilting lets you angle it down fixed is forty nine
C: i'm putting it above the fireplace so yeah the tilting one for sixty four
A: and would you like the four year protection plan for one twenty nine
C: no thanks i never use those
A: alright the tv and the tilting mount for delivery on saturday
C: yes perfect love it thanks for the help
""", True, 64.0, "positive", "TV bought; picked tilting mount 64 over fixed 49; protection plan declined; 'sixty five inch' is a size"),

("FR35_026", "Grace Kim", "2026-11-16T17:30:55", "asr", """
A: petal and stem this is grace speaking
C: hi i'd like to send flowers to my mom it's her seventieth birthday
A: how lovely we have a dozen roses at sixty five or the spring mix at fifty five
C: um the spring mix she likes colorful stuff let's do that
A: and would you like to add a box of chocolates for eighteen
C: oh yes she'd love that yes add the chocolates
A: and the delivery address
C: four oh one harbor view road apartment twelve
A: and a message for the card
C: happy seventieth mom love you to the moon
A: lovely that'll go out tomorrow morning
C: thank you so much this is perfect
""", True, 18.0, "positive", "bouquet chosen from options; chocolates 18 accepted; address and 'seventieth' not prices; delighted"),

("FR35_027", "Ben Walsh", "2026-11-17T10:05:14", "clean", """
A: Thanks for calling Hearth & Home, this is Ben.
C: Hi, I'd like to order the Alba stand mixer in sage green.
A: Sure, that's $349. Would you like the pasta attachment too? It's $79.
C: Yes, add the pasta attachment.
A: Great. Let me check stock... The sage green is back-ordered, it would ship in about six weeks.
C: Six weeks? Your website said in stock.
A: I'm sorry, the website hasn't caught up. I can do the white one now.
C: I don't want white. You know what, cancel the whole thing, mixer and attachment.
A: Understood, the order is cancelled and nothing has been charged.
C: This is the second time your website has lied to me. I'll just buy it somewhere else.
""", False, 0.0, "negative", "order and accepted attachment both cancelled by the customer -> no conversion, 0 upsell; angry"),

("FR35_028", "Sofia Rossi", "2026-11-17T15:46:38", "asr", """
A: hi thanks for calling roadway rentals this is sofia
C: hi we need a minivan or a big suv for a week starting the twenty third
A: we have a chrysler pacifica for four twenty for the week or a tahoe for five ten
C: the pacifica the sliding doors are easier with the kids
A: do you need car seats
C: yeah two we're flying so we don't want to lug ours
A: car seats are seventy five each for the week
C: okay two of those then
A: so the pacifica from the twenty third to the thirtieth with two car seats pickup at the airport shall i confirm
C: yes confirm it thank you this is such a relief
A: you're all set
C: thanks sofia you've been great
""", True, 150.0, "positive", "rental booked (option picked); two car seats x 75 = 150; relieved and grateful"),

("FR35_029", "Nate Ortiz", "2026-11-18T08:22:09", "asr", """
A: hi this is nate from first harbor bank calling about our high yield savings account
C: uh okay
A: it's four point one percent a p y with no monthly fee and i can open it for you right now
C: um how long does that take
A: about fifteen minutes i just need to verify some details
C: fifteen minutes no i'm at work
A: we could do it in five if you have your i d handy
C: look i didn't ask for this call and i've gotten like four of them this week
A: i apologize would you like me to remove you from the list
C: yes take me off the list please i'll open one online if i want one
A: done i've removed you
C: thanks
""", False, 0.0, "negative", "outbound pitch refused; 'yes' is to removal from list, not a purchase; irritated"),

("FR35_030", "Hannah Cole", "2026-11-18T12:14:50", "clean", """
A: Good morning, Basil & Rye, Hannah speaking.
C: Hi, I need lunch for a team meeting on Thursday, 14 people, pickup at 11:45.
A: Our sandwich platter serves 15 for $165. Would that work?
C: Yes, that's fine. Half vegetarian if possible.
A: No problem. Would you like to add a dozen cookies for $12?
C: Sure, add the cookies.
A: And drinks? Twelve-packs of sparkling water are $18.
C: No, we have water at the office.
A: So that's the platter for 15, half vegetarian, plus a dozen cookies, pickup Thursday at 11:45.
C: Correct. Name is Lindqvist, L-I-N-D-Q-V-I-S-T.
A: Got it, see you Thursday.
C: Thanks.
""", True, 12.0, "neutral", "catering order confirmed; cookies 12 (dozen is the quantity of one priced item); drinks declined; 14 people is a count"),

("FR35_031", "Victor Mensah", "2026-11-19T09:58:31", "clean", """
A: Hi, you've reached Tasklane support, this is Victor.
C: Hi Victor. I got a new phone and now I can't log in because of the two-factor codes.
A: No problem. I'll send a verification link to the email on file, ending in @gmail.com.
C: Okay, got it. Clicked.
A: Great, I've reset your two-factor. Log in and it will ask you to scan a new QR code.
C: Done, I'm in. Wow, that was quick.
A: Would you like to save backup codes this time?
C: Yes, good idea. Saved them.
A: Anything else I can help with?
C: No, that's all. Honestly, best support call I've had all year. Thank you!
""", False, 0.0, "positive", "free support fix, 'yes' to backup codes is not a purchase; strong praise"),

("FR35_032", "Irene Novak", "2026-11-19T14:27:16", "asr", """
A: pawsome pet supply this is irene
C: hi i'd like to reorder the salmon kibble for my dog the thirty pound bag
A: sure the thirty pound salmon is sixty two ninety nine
C: yep that one
A: we have the rope chew toys on sale fourteen ninety nine each
C: um how big are they
A: about twelve inches good for medium dogs
C: okay she destroys toys in like a day so give me three of those
A: three rope toys plus the kibble to the same address on file
C: yes same address
A: it'll arrive thursday
C: okay thanks
""", True, 44.97, "neutral", "reorder placed; three toys x 14.99 = 44.97, quantity several turns after price; weights not prices"),

("FR35_033", "Sam Patel", "2026-11-20T10:33:42", "asr", """
A: good afternoon volta energy this is sam
C: hi uh i'm moving into a new place on the first and need to set up electricity
A: sure what's the new address
C: it's eighteen forty two cedar avenue unit three b
A: okay we have a twelve month fixed rate at eleven point nine cents per kilowatt hour
C: mhm and is there a variable one
A: yes variable is currently ten point eight but it can change monthly
C: i'll go with the fixed one i like knowing what i'll pay
A: we also have a green energy option for five a month one hundred percent renewable
C: uh not right now maybe later
A: okay so fixed rate starting on the first at eighteen forty two cedar avenue unit three b correct
C: yeah that's right
A: you're all set
C: okay thank you
""", True, 0.0, "neutral", "sign-up to fixed plan, read-back confirmed; green add-on deferred = declined; address is not a price"),

("FR35_034", "Maya Torres", "2026-11-20T16:05:19", "clean", """
A: Hi, this is Maya from CoolAir Heating & Cooling, following up on the quote from Tuesday.
C: Yes, hi. We've looked it over.
A: The new heat pump system comes to $8,400 installed. Have you had a chance to decide?
C: We have. We'd like to go ahead with the installation.
A: Excellent. I'd also suggest the smart thermostat. It's normally $349, but I can include it for $300 with the install.
C: We were going to buy one anyway. For $300, yes, add it.
A: I'll put you down for December 2nd, crew arrives at 8 a.m.
C: December 2nd is fine.
A: Great, I'll send the contract for e-signature.
C: Okay, we'll sign it tonight.
""", True, 300.0, "neutral", "install committed; thermostat revised 349->300 accepted = 300; businesslike"),

("FR35_035", "Derek Lin", "2026-11-21T11:11:11", "asr", """
A: hi this is derek from the northwest retail summit i saw you downloaded our agenda
C: oh yes um i did
A: early bird passes are four ninety five until friday after that it's six fifty
C: mhm
A: and the workshop day is another one fifty
C: okay uh can you email me the details i need to get approval from my manager
A: sure what's the best email
C: it's j dot marsh at keller supply dot com
A: great i'll send it over now
C: yes that's my email thanks
A: and would you like me to hold a pass until friday
C: no that's okay i'll let you know
""", False, 0.0, "neutral", "interest only, needs approval; 'yes that's my email' is not a purchase; hold declined"),

("FR35_036", "Priya Shah", "2026-11-21T13:49:58", "asr", """
A: hi you're through to lumio software this is priya
C: hi i'm trying to buy the pro license for lumio studio and the checkout keeps failing
A: sorry about that i can do it over the phone it's one forty nine for the perpetual license
C: great let's do that
A: would you like to add cloud sync it's ninety nine a year with a terabyte of storage
C: um what's in the basic one
A: the free tier is five gigs
C: yeah five gigs is nothing i shoot raw so add the cloud sync
A: okay the pro license plus cloud sync i've emailed the key
C: got it it works thank you you saved my afternoon
""", True, 99.0, "positive", "license bought (149 main); cloud sync 99/yr accepted after a question; grateful"),

("FR35_037", "Tom Becker", "2026-11-23T10:20:37", "asr", """
A: hey this is tom at summit ford just checking in you were looking at the bronco online
C: yeah i put in a request like a week ago
A: right so we've got the badlands in stock i can get you in for a test drive
C: okay
A: how about saturday at ten or eleven thirty
C: ten i guess
A: great and while you're here we can talk financing we've got zero point nine percent right now
C: i just want to drive it i don't want the whole sales pitch
A: of course i'll have it ready for you
C: and the last time i came in i waited an hour so please actually have it ready
A: saturday at ten it is
C: we'll see
""", True, 0.0, "negative", "test-drive appointment booked by picking a slot ('ten i guess'); no upsell; impatient and distrustful"),

("FR35_038", "Ana Costa", "2026-11-23T15:02:24", "clean", """
A: Thanks for calling Luma Home, this is Ana.
C: Hi. I'm checking on order 88213. It was supposed to arrive last Friday.
A: Let me look... it's showing a new delivery date of the 26th.
C: The 26th. That's the third date I've been given.
A: I'm sorry. The carrier had a warehouse delay.
C: I understand it's not your fault personally, but this is really not good enough.
A: I can add a note and email you when it ships. Is the email on the order still best?
C: Yes, that's my email, the one on the order.
A: Done. Is there anything else?
C: No. Thank you, but I'm quite disappointed in the service.
""", False, 0.0, "negative", "order status on an earlier purchase, nothing new bought; polite but clearly disappointed"),

("FR35_039", "Jamal Reed", "2026-11-24T09:40:06", "asr", """
A: swift movers this is jamal how can i help
C: hi i need to book movers for a two bedroom on the fifteenth
A: sure from where to where
C: from three ten park street to uh forty one beacon hill road
A: okay a three person crew for a two bedroom is about six hours at one fifty an hour
C: mhm
A: i have the fifteenth at eight a m available
C: eight works book it
A: would you like our packing kit it's forty five twenty boxes tape and bubble wrap
C: yeah the kit that'd help
A: okay the fifteenth at eight plus the packing kit i'll email the confirmation
C: sounds good thanks
""", True, 45.0, "neutral", "move booked; packing kit forty five accepted (twenty boxes is a count); addresses not prices"),

("FR35_040", "Lucy Park", "2026-11-24T18:16:48", "asr", """
A: hi studio nine salon lucy speaking
C: hi can i get a cut and color this saturday
A: oh i'm sorry saturday is completely booked with rosa
C: what about anyone else
A: everyone is booked saturday i have tuesday at six
C: no i can't do tuesday i have the wedding on sunday that's the whole point
A: i'm sorry i can put you on the cancellation list
C: no it's fine i'll find somewhere else honestly i asked for this last week and nobody called me back
A: i'm so sorry about that
C: yeah well
""", False, 0.0, "negative", "no availability, alternative refused, goes elsewhere; 'no it's fine' is not content; complains of no callback"),
]
