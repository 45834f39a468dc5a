CALLS = [
("FR43_001", "Maria Lopez", "2026-11-02T09:14:22", "clean", """A: Thank you for calling Harbor Point Hotels, this is Maria. How can I help?
C: Hi Maria, I'd like to book a room in Savannah for the fourteenth through the seventeenth of December.
A: Happy to help. Can I get the name for the reservation and a phone number?
C: Sure, it's Daniel Whitfield, and the number is 912-555-0147.
A: Thank you, Mr. Whitfield. For those three nights I have a king room with a river view at $189 a night, or a standard double at $159.
C: Let's do the river view. We arrive on the fourteenth and leave on the seventeenth, late morning.
A: Perfect. Would you like to add our breakfast buffet? It's $18 per night for the room.
C: How many people does that cover?
A: Two adults per room.
C: Then yes, add breakfast for all three nights.
A: Done. So that's the king river view, three nights, with breakfast at $18 a night. Can I have the card, last four digits, to hold it?
C: It's the Visa ending in 4471.
A: You're all set, confirmation number HP-20931. Anything else?
C: No, that covers it. Thanks.""", True, 54.0, "neutral", "River-view room booked; breakfast $18/night x 3 nights accepted = 54; 'leave' is a date; routine thanks"),

("FR43_002", "Devon Price", "2026-11-02T11:40:05", "asr", """A: thanks for calling skyline wireless this is devon how can i help you today
C: yeah hi um i want to cancel my line i've been paying like ninety bucks a month and it's just too much
A: i'm sorry to hear that can i verify the account holder's name and the last four of the social
C: it's renee castillo and the last four are two two eight one
A: thank you renee i see you've been with us about six years
C: yeah six years and nobody ever offered me anything so
A: i understand let me take a look uh i can move you to our loyalty plan it's the same unlimited data for fifty five a month locked for two years
C: wait fifty five and it's the same data
A: same data same hotspot the only difference is the streaming bundle drops off which you haven't used since march
C: mhm yeah i never watch that
A: would you like me to switch you to the loyalty plan instead of cancelling
C: okay yeah let's do that i'll stay
A: great it's done it starts with your next bill on the ninth
C: honestly that's way better than i expected thank you you've been really helpful""", True, 0.0, "positive", "Retention offer accepted ('let's do that i'll stay'); no add-on; frustrated start, warm end"),

("FR43_003", "Priya Nair", "2026-11-02T14:03:51", "clean", """A: Brightline Home Goods, this is Priya. How can I help?
C: Hi. My order arrived again with the glass shattered. Order number 58-221-907.
A: I'm so sorry. Can I confirm the name on the order?
C: Megan Albright.
A: Thank you, Megan. I see this is the second replacement for the hurricane lamp.
C: Third, actually. The first one came in pieces too.
A: I apologize. I can send another replacement at no charge and mark the box for extra padding.
C: Oh wonderful, a fourth lamp to sweep off my porch.
A: I understand the frustration. Alternatively I can issue a full refund of $64.99.
C: Just refund it. I'll buy it locally.
A: The refund is processed, you'll see it in three to five business days.
C: Great. Three to five more days. Fantastic service as always.
A: Is there anything else I can help with?
C: No.""", False, 0.0, "negative", "Refund only, nothing bought; sarcasm ('Oh wonderful', 'Fantastic service as always') is negative"),

("FR43_004", "Tom Becker", "2026-11-02T16:22:10", "clean", """A: Hi, is this Mr. Greene? This is Tom calling from Northfield Insurance.
C: Speaking. What's this about?
A: You requested an auto quote on our website last week. Do you have a few minutes?
C: Sure, I'm just sitting in the car pool line anyway.
A: Great. For the 2019 Camry with two drivers, full coverage comes to $104 a month.
C: Hm. I'm paying $88 with Pacific right now.
A: Our policy includes roadside assistance and rental reimbursement, which yours might not.
C: Pacific has roadside too. They've been pretty decent, honestly.
A: I could look at a higher deductible to bring the price down a bit.
C: How far down?
A: With a $1,000 deductible, about $96.
C: I'd switch if it were under $90. At ninety-six, no.
A: Understood. Can I keep your quote on file for 30 days?
C: That's fine. Okay, I've got to go, the kids are coming out.""", False, 0.0, "neutral", "Conditional ('I'd switch if under $90') then declined; competitor 'pretty decent' is about the competitor, calm tone"),

("FR43_005", "Aisha Khan", "2026-11-03T18:31:44", "asr", """A: good evening la terrazza this is aisha speaking
C: hi aisha um i wanted to get a table for saturday it's my mom's seventieth
A: oh how lovely what time were you thinking and how many people
C: uh around seven thirty and we'll be six adults
A: let me check yes i have a table for six at seven thirty on the patio or seven forty five inside
C: inside please she gets cold
A: of course can i have a name and a phone number for the booking
C: it's joseph amari five five five two one nine eight
A: thank you so to confirm a table for six inside saturday at seven forty five under amari
C: yes that's right
A: we also do a small celebration cake with a candle for twenty five dollars would you like that
C: oh yes definitely add the cake she'll love it
A: wonderful you're all booked we'll see you saturday
C: thank you so much you guys are always the best""", True, 25.0, "positive", "Read-back confirmed; cake add-on $25 accepted; warm praise at end"),

("FR43_006", "Luis Ortega", "2026-11-03T08:47:13", "clean", """A: Good morning, Willow Creek Dental, this is Luis.
C: Hi, I need to schedule a cleaning. It's been a while.
A: No problem. Can I have your name and date of birth?
C: Patricia Fine, March 3rd, 1971.
A: Thank you, Ms. Fine. Your last visit was in January 2024. We have Thursday the 12th at 10:40 or Monday the 16th at 2:15.
C: The Monday works better. I'm in Portland until Friday.
A: Monday the 16th at 2:15 with Dr. Hale. Shall I book that?
C: Yes, book it.
A: Done. While you're in, we're running a whitening special for $199. Interested?
C: No, just the cleaning.
A: Understood. Is 503-555-0162 still the best number for the reminder text?
C: Yes, that's my cell.
A: Great, you'll get a reminder two days before.
C: Okay. Bye.""", True, 0.0, "neutral", "Cleaning appointment booked; whitening $199 declined; 'Fine' is a surname; routine tone"),

("FR43_007", "Hannah Cole", "2026-11-03T13:05:39", "clean", """A: Comfort Zone Heating and Air, this is Hannah.
C: Yeah, I need someone out for the furnace tune-up. Last year your guy never showed.
A: I'm sorry about that. Can I get the service address?
C: 4418 Alder Road, Brookfield.
A: Thank you, and the name on the account?
C: Gary Mendel.
A: Mr. Mendel, I see the missed visit from last October. I apologize. I have Wednesday between 8 and 10, or Friday between 1 and 3.
C: Wednesday. And I want it to actually happen this time.
A: Understood. The tune-up is $89. Our techs also recommend replacing filters; your unit takes two, at $22 each.
C: Fine, put in both filters.
A: So the tune-up at $89 plus two filters, Wednesday 8 to 10. Is that correct?
C: That's correct.
A: You're booked, and I've flagged it as priority.
C: We'll see. I took a day off last time for nothing.""", True, 44.0, "negative", "Tune-up booked via read-back; two filters at $22 = 44; skeptical and cold to the end"),

("FR43_008", "Marcus Webb", "2026-11-03T15:58:02", "asr", """A: taskgrid support this is marcus
C: hi yeah i've been locked out of my workspace since this morning
A: sorry about that can i have the email on the account
C: it's j dot ferreira at corvel dot com
A: thanks and can you confirm the workspace name
C: corvel ops
A: okay i see three failed logins it locked automatically i'm sending a reset link now
C: uh i got it but the link says expired
A: hm let me generate another one please hold for a second
C: sure
A: okay sent again that one is good for fifteen minutes
C: okay it worked i'm in
A: great is there anything else
C: no just um honestly slack never locks us out like this we lost half a day over a password this is the second time this month""", False, 0.0, "negative", "Support only; ends with competitor praise and complaint about lost time"),

("FR43_009", "Yuki Tanaka", "2026-11-04T10:12:55", "clean", """A: Thanks for calling Lakeside Arena box office, this is Yuki.
C: Hi! I'd like two tickets for the Marigold Quartet on the 21st.
A: Let me look. Floor seats are $65 each and balcony is $42.
C: Floor, please. My sister's flying in from Denver for this.
A: Lovely. Can I have your name and email?
C: Olivia Strand, olivia.strand@mailbox.com.
A: Thank you. So two floor seats for the 21st at 8 pm, $130 total. Correct?
C: Yes, that's right.
A: One moment while I process that... I'm so sorry, the last floor seats were just taken while we were talking, and the system has released the order. The whole show is now sold out.
C: You're kidding. There's nothing at all? Not even balcony?
A: Nothing, I'm afraid. I can put you on the waitlist for free.
C: Sure, put me on it, I guess.
A: Done. We'll email you if anything opens up.
C: Well, that's disappointing. I've been waiting months for this.""", False, 0.0, "negative", "Read-back confirmed but booking failed, sold out, nothing bought; free waitlist is not a purchase; disappointed end"),

("FR43_010", "Grace Okafor", "2026-11-04T12:30:18", "clean", """A: Maple Auto Service, this is Grace.
C: Hi Grace, it's Walter Pruitt. I need my oil changed before Thanksgiving.
A: Hi Mr. Pruitt! The 2016 Outback still?
C: Still the Outback. 142,000 miles and counting.
A: Impressive. I have Tuesday the 18th at 9 or Wednesday the 19th at 7:30.
C: Tuesday at 9 is perfect, go ahead and book it.
A: You're in. Last time the tech noted your cabin air filter is due. That's $45.
C: Forty-five, huh. What does it do exactly?
A: It filters the air that comes through the vents.
C: I'll think about that one when I'm there.
A: No problem. The oil change is the synthetic at $69.95 as usual.
C: Sounds good. You folks have always treated me right, I tell everyone at church about you.
A: That's so kind, thank you. See you Tuesday.
C: See you then, Grace.""", True, 0.0, "positive", "Oil change booked ('go ahead and book it'); cabin filter $45 only asked about/deferred; warm praise"),

("FR43_011", "Sam Rivera", "2026-11-04T17:45:30", "asr", """A: thank you for calling first harbor bank this is sam
C: hi um i lost my debit card i think at the mall yesterday
A: oh no let's get that locked can i have your full name and date of birth
C: kevin oduya april second nineteen eighty eight
A: thank you kevin and the last four digits of the card
C: uh six zero three nine
A: okay i've locked the card i see no new transactions since yesterday at two pm
C: okay good
A: i can send a replacement to the address on file one twelve birch lane apartment four
C: yes that's my address
A: it's free and it'll arrive in five to seven business days would you like expedited for no charge since it was lost
C: no regular is fine
A: all set anything else
C: no that's it thanks""", False, 0.0, "neutral", "Free card replacement; 'yes that's my address' is not a purchase; routine tone"),

("FR43_012", "Nina Petrov", "2026-11-05T09:20:47", "clean", """A: Good morning, Pawsh Grooming, this is Nina.
C: Hi, I need a bath and haircut for my dog, Happy.
A: Aw, what kind of dog is Happy?
C: A cocker spaniel, seven years old, about 28 pounds.
A: Perfect. Full groom for a medium dog is $75. I have Saturday at 11 or Sunday at 9.
C: Saturday at 11.
A: Great. Can I add a nail trim for $15? We also do teeth brushing for $12.
C: Both, his nails click on the floor and his breath is awful.
A: Ha, okay. So full groom Saturday at 11, plus nails and teeth. And the owner's name?
C: Lena Morozova. Phone is 555-0183.
A: Thank you, Lena, you're booked.
C: Okay. Does he need his rabies tag?
A: Just bring the vaccination record the first time.
C: Got it. Thanks.""", True, 27.0, "neutral", "Groom booked; nail trim $15 + teeth $12 = 27; 'Happy' is the dog's name; neutral tone"),

("FR43_013", "Omar Haddad", "2026-11-05T14:11:26", "clean", """A: Crestview Online Academy, this is Omar.
C: Hi, I'm calling about the data analytics certificate. I saw the ad on LinkedIn.
A: Great choice. It's twelve weeks, fully online, and the next cohort starts January 6th.
C: I work full time. Can I do it at night?
A: Yes, all lectures are recorded and mentors are available until 10 pm Eastern.
C: And the price?
A: $1,450, or three payments of $500.
C: That's less than I thought. Does it include the certification exam?
A: It does, and a year of access to the practice labs.
C: This sounds wonderful, honestly. Exactly what I've been looking for.
A: Would you like me to reserve a seat in the January cohort?
C: Let me talk it over with my husband first, it's a big expense with the holidays.
A: Of course. I'll email you the syllabus. Is it carla.mendes@inbox.com?
C: Yes, that's my email. Thank you so much for your patience, Omar, really.""", False, 0.0, "positive", "Deferral ('talk it over with my husband'); 'yes that's my email' not a purchase; enthusiastic and grateful"),

("FR43_014", "Chloe Martin", "2026-11-05T19:02:15", "asr", """A: ironworks fitness member services this is chloe
C: hi i need to cancel my membership i'm moving to tucson at the end of the month
A: oh okay can i get your member number or your phone number
C: it's uh five five five zero one nine two
A: thank you is this james hartley
C: yeah that's me
A: we actually have a location in tucson on grant road would you want to transfer instead
C: no i looked it up it's like forty minutes from where i'll be
A: understood i could also freeze it for three months for five dollars a month
C: no thanks just cancel it please
A: okay your membership will end on the thirtieth there's no cancellation fee
C: okay
A: you'll get an email confirmation
C: alright thanks bye""", False, 0.0, "neutral", "Cancellation; transfer and freeze offers declined; routine tone"),

("FR43_015", "Ben Fischer", "2026-11-06T10:35:50", "clean", """A: Evergreen Power, this is Ben. How can I help?
C: Hi Ben. I got a flyer about your 100% renewable plan and wanted to ask about it.
A: Sure. Can I verify the account number or service address?
C: 77 Orchard Street, Unit 3B. Account's under Teresa Lam.
A: Thank you, Ms. Lam. You're on Standard at 14.2 cents per kilowatt-hour. Green Choice is 15.1 cents, sourced from wind and solar.
C: So on my usage that's what, about $6 more a month?
A: About $5.80 based on your last twelve months.
C: That's nothing. Okay, switch me over.
A: Done, starting with the December cycle. We also offer a smart thermostat rental for $5 a month that usually pays for itself.
C: Oh, I've wanted one. Yes, add that too.
A: Great, it ships within a week and the installation video is in the box.
C: Perfect. This was so much easier than I expected.
A: Glad to hear it!
C: Really, thank you. Best call I've had with a utility, ever.""", True, 5.0, "positive", "Paid plan change accepted; thermostat rental $5/month accepted = 5 (counted once); warm end"),

("FR43_016", "Rosa Alvarez", "2026-11-06T15:48:08", "clean", """A: Oakline Furniture, this is Rosa.
C: Hi, I was in the Elmhurst showroom Saturday and want to order the Hollis bed frame in walnut.
A: Great choice. The queen Hollis is $899. Can I get your name and delivery address?
C: Anthony Ruiz, 2290 Pine Hollow Drive, Elmhurst.
A: Thank you. The matching nightstands are $240 each. Would you like any?
C: Two of the nightstands, yes.
A: So the bed frame plus two nightstands at $240 each. Delivery is free over $500, and the earliest date is December 3rd.
C: December 3rd is fine. Hang on, my wife's saying something.
A: Take your time.
C: Okay, actually just one nightstand. The other side of the bed is against the window.
A: No problem, one nightstand then. Total is $1,139 before tax. Card ending?
C: Mastercard, ending 3306.
A: Order placed, number OK-44518.
C: Thanks.""", True, 240.0, "neutral", "Bed frame ordered; one of two nightstands retracted, one at $240 kept; neutral tone"),

("FR43_017", "Maria Lopez", "2026-11-06T20:15:33", "asr", """A: bluewing airlines this is maria how can i help
C: yeah my flight to chicago got cancelled again so i need a new one
A: i'm sorry about that can i have the confirmation code
C: it's k as in kilo t r nine four p
A: thank you mister sato i can put you on the six fifteen tomorrow morning or the one forty in the afternoon
C: uh the morning one i guess
A: okay that's rebooked at no cost there's an extra legroom seat available for forty nine dollars if you'd like
C: sure give me the legroom at least i'll be comfortable while i wait around for you guys
A: done seat twelve c with extra legroom
C: mhm
A: you'll get the new boarding pass by email
C: this is the third time you've cancelled on me this year
A: i completely understand and i've added a note to your account
C: whatever just get me there""", True, 49.0, "negative", "New flight booked and legroom seat $49 accepted; rebooking free so the seat is the add-on; annoyed end"),

("FR43_018", "Devon Price", "2026-11-07T11:05:21", "clean", """A: Hi, this is Devon with Skyline Fiber. Am I speaking with Mrs. Abernathy?
C: You are. Hello, Devon.
A: We've just brought fiber to Kessler Avenue, and as a current DSL customer you qualify for 1 gig at $65 a month.
C: Oh, how exciting. The neighbors have been talking about the trucks all week.
A: That's them! It's about 40 times faster than your current plan.
C: My grandson would love that, he's always complaining when he visits.
A: Installation is free this month. Would you like me to schedule it?
C: It sounds great, it really does. I just need to check my budget with the pension changes.
A: Completely understand. Can I email you the details?
C: Please. It's j.abernathy at gmail.
A: Sent. The offer is good until the 30th.
C: Wonderful. You've been very sweet, thank you for explaining everything so clearly.""", False, 0.0, "positive", "Interest without commitment, wants to check budget; warm, appreciative tone"),

("FR43_019", "Priya Nair", "2026-11-07T13:27:44", "clean", """A: Northfield Insurance renewals, this is Priya.
C: Hi, my homeowners policy renews next month and I got the notice.
A: Let me pull it up. Name and date of birth?
C: Harold Kim, 9/14/1958.
A: Thank you, Mr. Kim. Renewal is $1,320 for the year, up $40 because of regional rates.
C: Forty dollars isn't bad. Go ahead and renew it.
A: Done. Since you're near Miller Creek, would you like to add flood coverage? It's $120 a year.
C: Sure, add that.
A: Added. So $1,440 total.
C: Hmm, wait. My neighbor said the creek hasn't flooded since the eighties. Actually, drop the flood rider.
A: Removed. Back to $1,320 for the renewal.
C: Good. You've been very helpful, Priya. Clearer than my old agent ever was.
A: Thank you! Your documents will be mailed this week.
C: Appreciate it. Take care.""", True, 0.0, "positive", "Renewal committed; flood rider $120 accepted then retracted -> 0; warm praise"),

("FR43_020", "Tom Becker", "2026-11-07T08:52:09", "asr", """A: good morning sunny side catering this is tom
C: hi tom it's alicia from harlow and finch we need lunch for friday's offsite
A: sure how many people
C: um about twenty two
A: okay the sandwich platter for twenty is one eighty and i'd add two extra boxed lunches at twelve each
C: yeah that works plus the cookie tray
A: so the platter two boxed lunches and a cookie tray delivered friday at noon to four ten market street is that right
C: yep that's right
A: great i'll put it through and send an invoice to your email
C: oh wait hold on my boss is messaging me
A: no problem
C: okay they just moved the offsite to january so cancel the whole thing sorry
A: no worries i've cancelled it nothing will be charged
C: okay thanks i'll call back in december""", False, 0.0, "neutral", "Order confirmed then whole order cancelled in the same call; routine tone"),
]
