CALLS = [
("FR37_001", "Maria Lopez", "2026-11-02T09:14:22", "asr", """A: hi this is maria from brightline telecom am i speaking with mister okafor
C: yeah speaking
A: great i'm calling because your street just got fiber and we can move you to the five hundred meg plan for sixty five a month
C: mhm
A: that's only ten more than you pay now and the install is free
C: uh okay and what's the catch
A: no catch it's a twelve month price lock
C: alright yeah let's do it switch me over
A: wonderful and would you like a mesh extender with that it's eight dollars a month
C: for upstairs yeah that'd actually help add the extender
A: we also have the streaming bundle at twenty two a month
C: no no i've got way too many subscriptions already
A: no problem so that's the fiber plan plus the extender and the install is thursday between eight and noon
C: perfect honestly the wife eye upstairs has been a joke so this is great thanks maria""", True, 8.00, "positive", "plan change accepted ('let's do it'); extender $8/month accepted, streaming bundle declined; pleased at end"),

("FR37_002", "Dev Patel", "2026-11-02T18:41:05", "clean", """A: Good evening, Olive & Thyme, this is Dev.
C: Hi, I'd like a table for six this Saturday, around 7:30.
A: Let me look... I'm sorry, Saturday is fully booked between 6 and 9.
C: Oh. It's my mother's 70th.
A: I could do 9:15 on Saturday, or Friday at 7:30.
C: Nine-fifteen is too late for her, and Friday she's still flying in.
A: I can put you on the waitlist for Saturday in case anything opens up.
C: Sure, put me on it. My number is 555-0148.
A: Done, you're on the waitlist. We'll call you if a table frees up.
C: Okay. I was really hoping to do it there. That's a shame.
A: I understand, I'm sorry we couldn't fit you in.
C: It's fine. Thanks anyway.""", False, 0.0, "negative", "no availability, alternatives refused, waitlist is not a booking; quietly disappointed"),

("FR37_003", "Jonas Berg", "2026-11-03T11:02:47", "asr", """A: thanks for calling safeway mutual this is jonas how can i help
C: hi um i want to cancel my auto policy
A: i'm sorry to hear that can i ask why
C: yeah so progressive quoted me like ninety a month for the same coverage and honestly the guy there was super nice about it
A: i see you're at one thirty two right now let me see what i can do
C: mhm
A: i can apply a loyalty discount and bring you down to one oh four
C: uh that's still fourteen more than them
A: it is but you'd keep your accident forgiveness
C: yeah no i appreciate it but they're giving me that too
A: understood so you'd like the cancellation effective the first
C: yes the first is good
A: all right that's processed you'll get a confirmation email
C: okay thanks they just made it way easier than you guys ever did""", False, 0.0, "negative", "cancellation; save offer declined; 'yes the first is good' confirms the cancellation date, not a purchase; praises competitor"),

("FR37_004", "Aisha Khan", "2026-11-03T14:27:10", "clean", """A: Harlow Home, Aisha speaking.
C: Hi, I was in the store Sunday looking at the Marlowe oak dining table, the 84-inch one. Is it still $1,450?
A: It is, and we have it in stock in natural and dark walnut.
C: Dark walnut. Okay, let's go ahead and order it.
A: Great. The matching Marlowe chairs are $189 each, if you'd like them.
C: How many fit around it comfortably?
A: Six, or eight if you squeeze.
C: Put me down for four chairs.
A: Four chairs, got it. We also offer white-glove delivery and assembly for $79.
C: No, my brother and I can carry it in.
A: Alright. So the table in dark walnut and four chairs, delivered to 22 Fenwick Road.
C: Actually, make it six chairs. The in-laws are over every other weekend.
A: Six chairs then. Delivery is on the 14th.
C: Okay. That works.""", True, 1134.00, "neutral", "table ordered (main); chairs $189 each, quantity revised 4->6 => 1134; white-glove declined; businesslike tone"),

("FR37_005", "Tom Reilly", "2026-11-04T08:36:51", "asr", """A: good morning bayside dental this is tom
C: hi i need to book a cleaning i'm a new patient
A: sure we have wednesday the eleventh at ten forty or friday at two
C: uh wednesday at ten forty works
A: great i've got you down for wednesday the eleventh at ten forty
C: cool
A: since you're new we also do a whitening session after the cleaning it's usually a hundred and fifty
C: hmm that's kind of steep
A: for new patients i can do it for one twenty
C: okay at one twenty yeah go on add it
A: done so cleaning plus whitening on the eleventh please arrive fifteen minutes early
C: will do honestly you guys are so much easier to deal with than my old dentist thank you""", True, 120.00, "positive", "appointment booked; whitening re-priced 150->120 and accepted; positive"),

("FR37_006", "Grace Obi", "2026-11-04T16:09:33", "asr", """A: northvale power and gas this is grace
C: yeah hi my bill this month is four hundred and twelve dollars i live in a one bedroom apartment
A: i'm sorry about that let me pull up your account
C: this is insane i've been on hold for half an hour
A: i see the meter reading was estimated this month
C: estimated by who a random number generator
A: it looks like the estimate was way off i can submit an actual reading and correct the bill
C: yeah
A: your corrected amount is about eighty eight and i'll credit the difference
C: mhm
A: you'll see the credit in three to five days
C: fine whatever just fix it and maybe read the meter next time""", False, 0.0, "negative", "billing complaint; correction/credit is not a purchase; sarcastic and curt at end"),

("FR37_007", "Kenji Sato", "2026-11-05T10:15:00", "clean", """A: Hi, this is Kenji from Taskloom, I'm calling about your team plan renewal on the 20th.
C: Right, yes. We're on 10 seats, right?
A: Correct, 10 seats at $12 per seat per month.
C: And the price stays the same?
A: Same price for another year if you renew now.
C: Okay, go ahead and renew it.
A: Done. You mentioned last month you were hiring. Do you want extra seats? They're $12 each as well.
C: Yes, add five more. We have three starting Monday and two in December.
A: Five seats added. We also have priority support for $99 a month.
C: Let me run that one by finance first.
A: No problem, I'll send a one-pager.
C: Sounds good. Thanks.""", True, 60.00, "neutral", "renewal confirmed; 5 extra seats x $12 = 60 accepted; priority support deferred; neutral"),

("FR37_008", "Lena Fischer", "2026-11-05T19:22:40", "asr", """A: hi you've reached stagepass this is lena
C: hi i want tickets for the harbor lights show on the twenty first
A: sure there are seats in section b at eighty five each how many
C: two please
A: so two tickets section b on the twenty first that's one seventy total correct
C: yep that's right
A: would you like a parking pass for the garage it's twenty dollars
C: oh yeah definitely parking there is a nightmare
A: and we have the vip lounge access for forty each
C: uh sure why not
A: okay i'll add two lounge passes
C: actually wait scratch the lounge we're getting dinner before anyway
A: no problem lounge removed so two tickets and parking
C: awesome thank you i'm so excited she's gonna love it""", True, 20.00, "positive", "tickets confirmed by read-back; parking $20 accepted; lounge 2x$40 accepted then retracted"),

("FR37_009", "Omar Haddad", "2026-11-06T13:48:19", "asr", """A: quickline auto service omar speaking
C: hey uh i need an oil change for my two thousand eighteen civic
A: sure we can do tuesday at ten or wednesday at three
C: tuesday at ten
A: got it while it's in would you like a tire rotation it's twenty nine ninety five
C: mhm
A: takes about twenty extra minutes
C: and how long is the whole thing then
A: about an hour with the rotation forty minutes without
C: nah just the oil change i gotta get back to work
A: no problem tuesday at ten for the oil change
C: yep see you then""", True, 0.0, "neutral", "appointment booked; 'mhm' is a backchannel, rotation declined later; neutral"),

("FR37_010", "Priya Nair", "2026-11-06T15:30:02", "clean", """A: Hi, this is Priya from Crestmont Bank. I see you were looking at our Travel Rewards card online.
C: Oh, yes, I was just browsing.
A: It's no annual fee the first year, then $95, and you get 3x points on travel.
C: Hm. What's the interest rate?
A: It's 21.9% variable.
C: That's pretty high.
A: It is, but if you pay in full every month it doesn't matter.
C: True. Can you just email me the details?
A: Of course. Shall I start the application for you now?
C: No, I'll think about it and look at the email first.
A: Sure. It's going to your email on file.
C: Okay, thanks.""", False, 0.0, "neutral", "interest only, declined to start application; neutral"),

("FR37_011", "Sam Carter", "2026-11-07T12:05:44", "asr", """A: skyward air this is sam thanks for holding
C: oh fantastic forty minutes on hold really love that
A: i'm sorry about the wait how can i help
C: i need to book four seats to orlando on the ninth two adults two kids
A: i have the eight fifteen morning flight at three forty nine each
C: yeah fine book that one
A: okay four seats on the eight fifteen on the ninth total thirteen ninety six
C: yes
A: would you like to add checked bags they're thirty five per bag
C: we need three bags
A: three bags added and seat selection is fifteen each so you sit together
C: they charge for sitting with your own kids now no i'll take my chances
A: understood you're all set confirmation is going to your email
C: yeah well next time i'm just booking online""", True, 105.00, "negative", "booking confirmed; 3 bags x $35 = 105; seat selection declined; sarcastic throughout"),

("FR37_012", "Elena Rossi", "2026-11-07T08:12:30", "asr", """A: rossi and sons plumbing this is elena
C: hi um my water heater is leaking all over the garage can someone come today
A: we have a tech free at one o'clock the emergency call out is eighty nine
C: yes please book it
A: okay one o'clock at what address
C: four eighteen maple court
A: got it while he's there we can also do a full tank flush for sixty
C: yeah
A: it helps with the sediment that usually causes these leaks
C: wait is that sixty on top of the eighty nine
A: yes on top
C: okay sure do it
A: perfect he'll call when he's on the way
C: thank god you could come today you're a lifesaver""", True, 60.00, "positive", "emergency visit booked; flush $60 accepted after clarifying question; relieved and grateful"),

("FR37_013", "Marcus Hill", "2026-11-09T17:55:12", "clean", """A: Fibrewave support, Marcus here.
C: Hi, my internet's been down since this morning and I work from home.
A: Sorry about that. Can you tell me what the lights on the router show?
C: The globe light is blinking orange.
A: Okay, I'm sending a reset signal now. Give it two minutes.
C: Alright.
A: How does it look?
C: Solid green. Pages are loading again!
A: Great. While I have you, we can bump you to 1 gig for $10 more a month.
C: No thanks, what I have is plenty.
A: No problem. Anything else?
C: No, that was way faster than I expected. Really appreciate it, Marcus.""", False, 0.0, "positive", "support call fixed; speed upgrade declined; pleased"),

("FR37_014", "Nina Petrova", "2026-11-10T10:44:58", "asr", """A: hi this is nina at stride running co
C: hi i wanna order the cloudrunner four in a size ten
A: sure those are one twenty do you want the grey or the blue
C: blue
A: okay and our cushion socks are twelve each want a couple pairs
C: yeah two pairs
A: great so shoes plus two pairs of socks shipping is seven to ten days
C: seven to ten days hmm
A: it's standard shipping
C: uh you know what cancel the whole thing the store downtown has them i'll just grab them saturday
A: no problem nothing's been charged
C: okay cool thanks""", False, 0.0, "neutral", "order (incl. socks add-on) cancelled entirely; no conversion, no upsell; calm"),

("FR37_015", "Raj Mehta", "2026-11-10T19:31:27", "asr", """A: tony's pizza raj speaking pickup or delivery
C: delivery please to one twelve birch street apartment three
A: what can i get you
C: two large pepperonis
A: two large pepperoni that's thirty one want to add garlic bread it's six fifty
C: oh yes garlic bread for sure
A: and a two litre soda for three bucks
C: yeah throw in a coke
A: so two large pepperoni garlic bread and a two litre coke forty forty with tax about forty five minutes
C: perfect you guys are the best we order every friday""", True, 9.50, "positive", "order placed; garlic bread 6.50 + soda 3 = 9.50; 'two litre', address numbers not prices; positive"),

("FR37_016", "Chloe Dubois", "2026-11-11T09:20:16", "clean", """A: Peak Fitness, this is Chloe.
C: Hi, I need to cancel my membership. I'm moving across town and it's just too far now.
A: Sorry to hear that! Which location are you moving near?
C: Near Greenfield Mall.
A: We actually open a Greenfield location in January. Until then I could drop you to our Flex plan, $19 a month instead of $39, and you keep your rate when it opens.
C: Oh, really? I didn't know you were opening there.
A: Yes, January 15th.
C: Okay, that's actually really decent of you. I'll stay on the $19 plan.
A: Done, the change takes effect on your next bill.
C: Great, thank you, that's a nice surprise.""", True, 0.0, "positive", "save offer accepted (downgrade to $19 plan) = conversion; discount is not upsell; pleased"),

("FR37_017", "Maria Lopez", "2026-11-12T14:03:39", "asr", """A: hi this is maria from brightline home insurance following up on your quote
C: oh right yeah hi
A: so for the house on cedar lane with the two hundred and fifty thousand coverage it comes to one twelve a month
C: hmm
A: that includes water backup and theft
C: see i told the last person i'd sign up if it were under a hundred
A: i understand the lowest i can go is one oh eight with the higher deductible
C: yeah then no i'm gonna stay where i am for now
A: okay can i check back with you in the spring
C: sure you can call me in march
A: will do thanks for your time
C: yep bye""", False, 0.0, "neutral", "conditional (under 100) not met; 'sure call me in march' is a callback, not a purchase; neutral"),

("FR37_018", "Dev Patel", "2026-11-12T20:10:55", "asr", """A: cloudvault support dev speaking
C: yeah you charged me twice again this month nine ninety nine two times
A: i'm sorry let me look at that
C: this is the third time this year
A: i see the duplicate i'm refunding nine ninety nine now
C: mhm
A: you'll see it in three to five business days
C: that's what they said last time too
A: i've also flagged your account so it doesn't happen again
C: yeah sure you know what i'm moving to dropbox next month at least their billing works
A: i'm sorry to hear that is there anything else
C: no""", False, 0.0, "negative", "refund only, no purchase; frustrated, praises competitor, plans to leave"),

("FR37_019", "Jonas Berg", "2026-11-13T11:47:08", "clean", """A: Lakeside Inn reservations, Jonas speaking.
C: Hi! I'd like a room for three nights, checking in November 27th, for me and my husband.
A: We have a queen room with lake view at $189 per night.
C: Lovely, that sounds perfect.
A: Shall I reserve it? Three nights, the 27th to the 30th, $567 before tax.
C: Yes, please reserve it.
A: Done. Would you like breakfast? It's $18 per person each morning.
C: Is it the buffet?
A: Full buffet, yes.
C: Then yes, for both of us, all three mornings.
A: So breakfast for two, three mornings, that's $108. And late checkout is $25 if you want it.
C: No, we'll be out early. Thank you so much, this is going to be such a nice weekend!""", True, 108.00, "positive", "reservation confirmed; breakfast $18 x 2 people x 3 mornings = 108; late checkout declined"),

("FR37_020", "Aisha Khan", "2026-11-13T15:16:45", "asr", """A: greenleaf energy this is aisha
C: hi i want to switch to the fixed rate plan you sent me a letter about
A: sure that's eleven point nine cents per kilowatt hour locked for two years
C: yeah that one
A: okay so i'm moving you to the two year fixed rate starting on the first is that right
C: yes that's right
A: we also have the smart thermostat for one forty nine installed
C: oh my neighbour got one from you guys and she loves it yeah throw it in
A: great the installer will call to set up a time
C: awesome this was easy thanks""", True, 149.00, "positive", "plan change confirmed; thermostat $149 accepted; kWh rate is not an add-on price"),
]
