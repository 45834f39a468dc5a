CALLS = [
("FR7_021","Marcus Bell","2026-11-06T09:20:00","asr","""a: fastlink support marcus speaking
c: hi yeah my internet has been crawling all week i can't even do a video call
a: sorry about that let me run a test um your line is fine but you're on the hundred meg plan and you've got a lot of devices
c: so what am i supposed to do
a: i could move you to five hundred meg for fifteen more a month
c: uh okay yeah do that
a: and since your office is upstairs a mesh extender would help that's five dollars a month to rent
c: sure add the extender too
a: done the speed change is live now can you try again
c: oh wow okay that's way faster that's actually great thanks""",True,5.00,"positive","support turned sale: plan upgrade is the main purchase (only plan change); mesh extender $5/mo on top = 5; ends positive"),
("FR7_022","Elena Kuznetsova","2026-11-06T10:05:00","clean","""A: Maple Street Veterinary, Elena speaking.
C: Hi, I need to bring my dog in for his vaccines. Is Saturday morning open?
A: Let me check... I'm sorry, Saturday is fully booked.
C: Okay. What about Monday?
A: Monday at 4:15 pm with Dr. Shah is available.
C: Monday at 4:15 works. Please book it.
A: Done. Biscuit, Monday 4:15, vaccines.
C: Thanks.""",True,0.00,"neutral","first slot unavailable but alternative booked = conversion"),
("FR7_023","Raj Patel","2026-11-06T11:45:00","asr","""a: dreamcloud mattress raj speaking
c: hi um i was looking at the hybrid queen on your site
a: yeah great mattress the queen is eleven ninety nine right now
c: and what's the trial period
a: a hundred nights free returns
c: oh that's nice uh and delivery
a: free and we take the old one away for forty nine
c: okay honestly that's really good i just need to measure the bedroom first
a: no problem the sale runs through sunday
c: cool thanks you've been super helpful""",False,0.00,"positive","price questions only, defers; friendly"),
("FR7_024","Chloe Dubois","2026-11-06T13:10:00","asr","""a: rapid rent a car chloe speaking sorry for the wait
c: yeah forty minutes on hold great just great
a: i apologize how can i help
c: i need a mid size car at the airport from the ninth to the twelfth
a: okay i have a nissan altima for a hundred and eighty six total want me to reserve it
c: yes reserve it
a: would you like our collision coverage it's twenty five a day
c: no
a: an additional driver is thirty flat for the rental
c: yeah my wife will drive too add her
a: okay reserved with an additional driver
c: fine next time i'm booking online""",True,30.00,"negative","car reservation main; CDW declined; additional driver $30 flat accepted; negative (hold, curt)"),
("FR7_025","Liam O'Connor","2026-11-06T14:50:00","clean","""A: First Coastal Bank, this is Liam.
C: Hi, I lost my debit card yesterday. I think I left it at a restaurant.
A: I'm sorry. I've frozen it now. I can send a replacement to the address on file.
C: Yes, the Elm Street address is correct.
A: It'll arrive in 5 to 7 business days. There's no fee.
C: Okay, thank you.""",False,0.00,"neutral","pure support; 'yes' to address not a purchase"),
("FR7_026","Ama Boateng","2026-11-09T09:30:00","asr","""a: hello coastline magazine subscriptions this is ama
c: hi my subscription ran out i'd like to renew the print one
a: sure a year of print is twenty four
c: okay yeah renew it
a: for three dollars a month more you can add the digital edition with the archive
c: um three a month yeah why not add it
a: done renewed with digital access
c: okay thanks""",True,3.00,"neutral","renewal main; digital add-on $3/mo counts once = 3"),
("FR7_027","Peter Lindgren","2026-11-09T10:15:00","clean","""A: Reliable Plumbing & Heating, Peter speaking.
C: Hi, our water heater is leaking from the bottom. I think it's done.
A: Sounds like it. A 50-gallon replacement, installed, is $1,450.
C: Okay. Can you do it this week?
A: Wednesday morning. Shall I put you down?
C: Yes, please book Wednesday.
A: Code requires an expansion tank if you don't have one. That's $85. And we have an annual flush plan for $120.
C: Put in the expansion tank. Skip the flush plan.
A: Got it. Wednesday 8 am, water heater plus expansion tank.
C: Perfect. Thank you, really appreciate you fitting us in so fast.""",True,85.00,"positive","heater is main; expansion tank $85 accepted; flush plan declined"),
("FR7_028","Fatima Zahra","2026-11-09T12:35:00","asr","""a: quickbite delivery support fatima speaking
c: yeah my order showed up like an hour late and everything is cold
a: i'm really sorry about that can i get the order number
c: it's in the app i don't know the number it's under hassan
a: found it i've refunded the full thirty two fifty
c: okay but i'm still hungry and it's nine o'clock
a: i can add a ten dollar credit for next time
c: i don't think there'll be a next time honestly this was terrible""",False,0.00,"negative","complaint; refund and credit are not purchases"),
("FR7_029","Isabel Ferreira","2026-11-09T14:00:00","asr","""a: serenity day spa isabel speaking
c: hi um i'd like to book a ninety minute massage for saturday
a: we have one pm with carla it's one forty
c: one pm is great yes please
a: would you like to add hot stones it's twenty five
c: oh that sounds amazing yes
a: lovely saturday at one ninety minutes with hot stones
c: yes that's right i can't wait i really need this""",True,25.00,"positive","massage main; hot stones 25 accepted"),
("FR7_030","Daniel Cho","2026-11-09T15:30:00","clean","""A: Tasklane, Daniel speaking. I see you're on our free trial.
C: Yes, the trial ends Friday. I'm wondering what the Team plan costs.
A: It's $8 per user per month, billed annually. For your 10 users that's $960 a year.
C: Okay. Sounds good, but I'll think about it and check with my manager.
A: Sure. Want me to extend your trial a week?
C: Yes, that would help.
A: Done, extended to next Friday.
C: Thanks.""",False,0.00,"neutral","interest + deferral; free trial extension isn't a purchase"),
("FR7_031","Nina Kowalski","2026-11-10T09:10:00","asr","""a: summit tax services nina speaking
c: hi i need an appointment to do my return
a: sure i have the twenty third at eleven
c: uh yeah i'll book that
a: great one hour with mister graham
c: oh wait actually cancel that i'm out of town that whole week
a: no problem want to pick another date
c: um i'll have to check my calendar and call back
a: sure thing""",False,0.00,"neutral","booking retracted, nothing rebooked"),
("FR7_032","Oliver Grant","2026-11-10T11:00:00","clean","""A: Willow Creek Estate events, Oliver speaking.
C: Hi! We're getting married next September and we loved the barn when we visited.
A: Wonderful! A Saturday in September for 120 guests is $8,500.
C: Is there any flexibility on that?
A: If you book a Friday, it's $7,200. Or I can do $7,900 for a Saturday if you sign this month.
C: That's really generous. I need to talk to my fiancé before we commit.
A: Of course. I'll hold the date for 7 days.
C: Thank you so much, you've been amazing.""",False,0.00,"positive","negotiation, deferral; hold is not a booking"),
("FR7_033","Grace Mwangi","2026-11-10T13:20:00","asr","""a: nova telecom grace speaking
c: yeah i got hit with like two hundred dollars in roaming charges from one trip that's a joke
a: i'm sorry let me see i can take off half of that as a one time courtesy
c: half great
a: for your next trip a travel pass would cover it forty five for the month
c: ugh fine add the travel pass i'm going to mexico next week
a: okay travel pass added starting the fifteenth
c: you guys really should tell people about this before they leave""",True,0.00,"negative","travel pass is the only purchase = main purchase, not an upsell; credit is not upsell; negative"),
("FR7_034","Henrik Sorensen","2026-11-10T15:05:00","clean","""A: Bluewater Cruises, Henrik speaking.
C: Hi, we want to book the 7-night Caribbean sailing on March 3rd, balcony cabin for two.
A: The balcony cabin is $3,180 for both of you. Shall I reserve it?
C: Yes, let's book it.
A: Wonderful. Any preference on the deck?
C: Do you have anything on a higher deck? My husband gets seasick.
A: Midship on deck 9 is the most stable. Same price, I'll put you there.
C: Oh, thank you, that's thoughtful.
A: Would you like the drinks package? It's $320 per person for the cruise.
C: What does it cover? Just alcohol?
A: Cocktails, wine, beer, specialty coffee and sodas.
C: Yes, both of us.
A: And the Wi-Fi package for $99?
C: No, we want to disconnect.
A: Booked: balcony cabin, March 3rd, plus two drinks packages.
C: Fantastic, this is going to be the best trip.""",True,640.00,"positive","cabin main; drinks $320 x 2 = 640; wifi declined"),
("FR7_035","Beatriz Alves","2026-11-10T16:20:00","asr","""a: homeshield insurance beatriz speaking
c: hi i want to cancel my home policy i sold the house
a: congratulations on the sale do you have a new place we could insure
c: no i'm renting now my landlord covers it
a: we do have renters insurance at twelve a month
c: no thanks just the cancellation
a: okay cancelled as of the closing date the thirtieth and you'll get a prorated refund
c: okay thanks""",False,0.00,"neutral","cancellation; renters offer declined; refund not a purchase"),
("FR7_036","Kenji Watanabe","2026-11-11T09:40:00","asr","""a: clearview optical kenji speaking
c: hi i was in saturday and tried on the black frames i wanna order them with my new prescription
a: sure the frames with standard lenses come to two nineteen
c: okay
a: do you want anti glare that's forty nine and blue light filter is thirty
c: um anti glare yes the blue light no
a: okay frames lenses and anti glare ready in about a week
c: sounds good""",True,49.00,"neutral","glasses main; anti-glare 49 accepted; blue light declined"),
("FR7_037","Zoe Anderson","2026-11-11T11:30:00","clean","""A: Luxe Hair Studio, Zoe speaking.
C: I need to book a cut and color. And not with Brittany again, last time was a disaster.
A: I'm so sorry to hear that. I can put you with Dana on Thursday at 3.
C: Fine, Thursday at 3 with Dana.
A: You're booked. And I'll note your feedback for the manager.
C: Okay. Let's hope it's better than last time, because I almost didn't come back.""",True,0.00,"negative","appointment booked; customer unhappy/skeptical throughout"),
("FR7_038","Mateo Ruiz","2026-11-11T13:15:00","asr","""a: swift movers mateo speaking
c: hi i'm getting quotes for a two bedroom move across town on the twenty eighth
a: sure for a two bedroom local it's about thirteen fifty with three movers
c: thirteen fifty for across town
a: that includes the truck and up to eight hours
c: that's ridiculous the last company said seven hundred
a: i could maybe do eleven fifty
c: no that's still way too much no thanks""",False,0.00,"negative","quote refused"),
("FR7_039","Laura Bennett","2026-11-11T15:00:00","clean","""A: FreshPlate meal kits, Laura speaking.
C: Hi, I'm traveling for three weeks. Can I pause my deliveries?
A: Of course. I can pause through December 2nd.
C: Yes, please do that.
A: Done. Your next box will arrive December 9th.
C: Okay, thanks.""",False,0.00,"neutral","pause is not a purchase"),
("FR7_040","Adebayo Okonkwo","2026-11-11T16:45:00","asr","""a: brightway electronics adebayo speaking
c: hey i want to order the sixty five inch oled you have on sale
a: the sixty five inch is fourteen ninety nine want me to place it
c: yeah let's do it
a: would you like the tilting wall mount that's one twenty nine and we can install for ninety nine
c: yeah the mount and the install
a: okay
c: actually you know what skip the install my brother can do it keep the mount
a: okay tv and the wall mount delivered thursday
c: awesome thanks i've been waiting forever for this tv to go on sale""",True,129.00,"positive","TV main; mount 129 kept; install accepted then dropped"),
]
