from common import call

call(101, "Fatima Hussein", "26 09:35", "c", False, 0.00, "negative",
"Third outage this month; a $10 credit was offered and called insulting.", """
A: Fiberlink support, Fatima speaking.
C: Hi. My internet was down again yesterday from noon until 7 pm. That's the third time this month.
A: I'm sorry. There was an area outage caused by a cut line on Route 3.
C: I work from home. I lost a full day of work.
A: I can apply a $10 credit to your account for the inconvenience.
C: Ten dollars. Honestly, that's insulting.
A: I understand. That's the standard outage credit.
C: Then I'll be looking at other providers. Please note that on my account.
""")

call(102, "Owen Price", "26 11:50", "a", True, 0.00, "negative",
"Reluctantly approved the transmission repair; unhappy with the price.", """
A: precision auto owen speaking
C: hi yeah you called about my car
A: yes so the transmission solenoid pack is bad the repair is twenty one hundred and fifty parts and labor
C: twenty one fifty are you serious
A: i know its a lot its about nine hours of labor
C: i just paid off this car
A: i understand do you want us to go ahead
C: ugh yeah fine just fix it i need it for work monday
A: okay well have it done by saturday afternoon
C: great this is the worst week
""")

call(103, "Carlos Rivera", "26 13:05", "c", False, 0.00, "negative",
"Reservation not honored; refused the $50 gift card.", """
A: Luna's Trattoria, Carlos speaking.
C: Hi. I had a reservation last night at 7, party of four, under Ramirez. We were told there was no record and sent away.
A: I'm very sorry. I see it was booked online but didn't sync to our host system.
C: It was my father's 70th birthday. We ended up at a diner.
A: That's awful. I'd like to send you a $50 gift card to make it up to you.
C: I don't want a gift card to a place I'm never coming back to.
A: I understand. I'll make sure the manager hears about this.
C: Please do.
""")

call(104, "Lily Morgan", "27 15:20", "a", True, 160.00, "positive",
"Booked the inn and added a couples massage for one sixty for both.", """
A: cedar ridge inn lily speaking
C: hi we wanna come up for a weekend my husbands birthday is the fifth
A: lovely i have the fireplace suite for the fourth and fifth at two forty a night
C: oh thats the one with the tub right yes book that one
A: yes it is its booked would you like to add a couples massage at our spa saturday afternoon
C: ooh how much is it
A: its one sixty for both of you for sixty minutes
C: yes add that hes gonna love it
A: done saturday at three
C: thank you this is gonna be perfect
""")

call(105, "Hailey Cooper", "27 10:05", "c", False, 0.00, "neutral",
"Financial aid status question; numbers are IDs and dates, not prices.", """
A: Westbridge College Financial Aid, Hailey speaking.
C: Hi, I'm checking on my aid for spring. My student ID is 2024-11873.
A: Thanks. Your FAFSA was received on October 30th, and the award letter will be out by December 15th.
C: Okay. Do I need to send anything else?
A: Just the verification form, section 3 was left blank.
C: Oh, I'll fill that in and upload it tonight.
A: Great, that's all we need.
C: Okay, thanks.
""")

call(106, "Ethan Park", "27 12:35", "a", False, 0.00, "negative",
"Medical billing dispute left unresolved; customer furious.", """
A: riverside medical group billing ethan speaking
C: hi i got a bill for three hundred and eighty dollars for my physical
A: okay let me look um it looks like your insurance denied it as not preventive
C: its an annual physical thats literally what preventive means
A: the doctor also addressed your knee so it was coded as a problem visit too
C: he asked me how my knee was because i mentioned it
A: i can send it for a coding review it takes thirty to forty five days
C: unbelievable so i just have a bill hanging over me for a month and a half
A: i can put it on hold so no late fees
C: whatever this is absurd
""")

call(107, "Kenji Watanabe", "27 17:10", "c", False, 0.00, "negative",
"Started excited, but the needed feature was missing; ended with I'm done.", """
A: Stackwise sales, Kenji speaking.
C: Hi! I've been playing with your trial all week and honestly I love it. I'm ready to move my team over.
A: That's great to hear! How many seats?
C: Eight. One thing, though: we need the Gantt view on the Team plan, that's the whole reason.
A: I'm sorry, Gantt is only on the Enterprise plan, which has a 25-seat minimum.
C: What? Your pricing page shows Gantt under Team.
A: That was changed last month, the page may be outdated.
C: This is ridiculous. I spent a week setting this up. I'm done, we'll stay on what we have.
""")

call(108, "Isaac Thompson", "28 09:15", "a", False, 0.00, "positive",
"Worried about a food recall; reassured, no purchase; ends grateful.", """
A: happy bowl pet food this is isaac
C: hi um i saw something online about a recall and my dog eats your chicken and rice for mula
A: okay can you read me the lot number on the bottom of the bag
C: uh its l c two two zero nine
A: okay that lot is not part of the recall the recall is only the lamb formula from september
C: oh thank god
A: your bag is totally safe
C: thank you so much you really put my mind at ease
""")

call(109, "Victoria Bell", "28 14:40", "c", False, 0.00, "negative",
"Cancelled the meal subscription and refused the retention offer, bitter about quality.", """
A: FreshCrate, Victoria speaking.
C: I'd like to cancel my subscription, please.
A: I'm sorry to hear that. May I ask why?
C: The last three boxes had wilted greens and one had a missing protein. I'm tired of it.
A: I understand. I could give you 40% off your next four boxes.
C: A discount on food I end up throwing away? No thanks.
A: Understood. Your subscription is cancelled as of today.
C: Good. Honestly, it used to be great, I don't know what happened.
""")

call(110, "Marcus Webb", "28 20:05", "a", False, 0.00, "negative",
"Said book it, then cancelled after hearing the fees; annoyed.", """
A: jetline reservations marcus speaking
C: hi i need a flight to phoenix on the eighteenth
A: okay i have a nonstop at ten twenty for one forty nine
C: okay thats good book it
A: alright with taxes and the carrier fee thats two hundred and six
C: wait two oh six it said one forty nine
A: the one forty nine is the base fare
C: actually no cancel it thats a joke ill look somewhere else
A: okay nothing was booked
C: yeah this hidden fee stuff is so annoying
""")

call(111, "Andre Jackson", "29 08:40", "c", True, 0.00, "neutral",
"Renewed the lawn care contract; aeration deferred to spring, not accepted.", """
A: GreenLeaf Lawn Care, Andre speaking.
C: Hi, I got the renewal letter for next year's lawn program.
A: Yes, it's the same 6-visit program, $312 for the season.
C: Same as this year then. Yes, renew the same as last year.
A: Done. Would you like to add core aeration in the fall for $75?
C: Maybe in the spring, I'll let you know.
A: Sounds good. You're renewed for 2027.
C: Okay, thanks.
""")

call(112, "Sofia Martinez", "29 12:25", "a", False, 0.00, "negative",
"Grocery delivery missing items; refund given; customer fed up.", """
A: cartful grocery support sofia speaking
C: hi my order came and its missing the milk the eggs and the chicken like the main stuff
A: oh im sorry let me pull up the order is it ending in five one seven
C: yeah
A: okay ive refunded those three items its eighteen seventy two back on your card
C: i dont need the money i need eggs i have people coming
A: i understand i can schedule a new delivery but the earliest is tomorrow
C: no forget it you guys keep messing this up every single time
""")

call(113, "Jacob Wright", "29 15:10", "c", False, 0.00, "positive",
"Fraud alert verification; yes confirmed a legitimate charge, not a purchase; grateful.", """
A: Hi, this is Jacob from First Coastal Bank's fraud team calling about your card ending in 4402.
C: Oh! Okay, is something wrong?
A: We held a charge for $1,236.00 at Northgate Electronics this afternoon. Was that you?
C: Yes, that was me. I bought a TV.
A: Thank you. I've released the hold, so you can use the card normally.
C: Great. Honestly, I'm glad you guys watch for this. Thank you for checking.
""")

call(114, "Madison Clark", "29 17:55", "a", False, 0.00, "negative",
"Asked to add flood coverage; the quote was too high and declined in annoyance.", """
A: cornerstone insurance madison speaking
C: hi i wanted to add flood coverage to my homeowners the creek flooded last spring
A: sure let me quote it um for your address its twenty two hundred a year
C: twenty two hundred a year for flood
A: yes youre in zone a e so its high risk
C: thats more than my whole homeowners policy no way thats absurd
A: i understand i can try a higher deductible
C: no forget it ill take my chances
""")

call(115, "Leo Moretti", "30 10:15", "c", True, 0.00, "negative",
"Booked the hotel by phone after the website failed; stayed irritated.", """
A: Harborview Hotels, Leo speaking.
C: I've tried to book on your website four times and it keeps crashing at the payment page.
A: I'm sorry about that. I can book it for you here. What dates?
C: December 10th to 12th, downtown location, one queen.
A: That's $178 a night. Shall I book it?
C: Fine, book it. But seriously, fix your site. I've wasted forty minutes on this.
A: It's booked, confirmation 55120. I'll report the website issue.
C: Okay.
""")

call(116, "Zoe Turner", "30 13:30", "a", False, 0.00, "positive",
"Free medical freeze on gym membership; nervous start, ends delighted; not a sale.", """
A: ironworks gym zoe speaking
C: hi um i just had knee surgery and i wont be able to come in for like three months
A: oh im sorry to hear that i can freeze your membership for medical reasons at no charge
C: oh really i thought i was gonna have to cancel and pay a fee
A: nope just send us the doctors note and its frozen until march first
C: okay yes ill email it today
A: perfect
C: thank you so much you guys are awesome
""")

call(117, "Nina Patel", "30 16:40", "c", False, 0.00, "neutral",
"Group ticket inquiry; will collect money from the group first.", """
A: Lakeside Amphitheater group sales, Nina speaking.
C: Hi, I'm organizing an outing for our book club, about 15 people, for the January 9th show.
A: For groups of 12 or more, tickets are $38 each instead of $45.
C: Good to know. Can you hold them?
A: I can't hold without a deposit, but there's good availability right now.
C: Okay, I'll need to collect money from everyone first and then I'll call back.
A: Sounds good.
C: Thanks.
""")

call(118, "Daniel Brooks", "30 18:20", "a", False, 0.00, "negative",
"Missed technician appointment; refused to reschedule and is cancelling.", """
A: clearview cable technical support daniel speaking
C: yeah your technician was supposed to come today between eight and twelve and nobody showed
A: im sorry let me look um it shows the job was moved to tomorrow
C: nobody told me i took the day off for this
A: i can confirm tomorrow between one and five
C: no ive taken two days off for you people already
A: i understand i can credit the service call
C: no just cancel my service im done
""")

call(119, "Emma Walsh", "20 14:15", "c", True, 3.50, "positive",
"Cake order confirmed on read-back; free writing; accepted candles at $3.50.", """
A: Sugar Bloom Bakery, Emma speaking.
C: Hi! I'd like to order a birthday cake for pickup Saturday.
A: Sure! Our 8-inch chocolate with raspberry filling is $42. What should it say?
C: "Happy 40th, Dana!" Is the writing extra?
A: Writing is free. Would you like a pack of gold number candles for $3.50?
C: Oh, yes, the candles too.
A: So, 8-inch chocolate raspberry, "Happy 40th, Dana!", plus gold candles, pickup Saturday the 28th at 11 am?
C: Yes, that's perfect! She's going to love it.
""")

call(120, "Grace Liu", "20 17:30", "a", False, 0.00, "negative",
"Tried to book an installation but the system failed and nothing was booked.", """
A: fiberlink new installs grace speaking
C: hi i signed up online but it said to call to pick an install date
A: okay i can do that i have monday the seventh between eight and noon
C: yes monday works book it
A: okay one second um the scheduling system is giving me an error it wont save the slot
C: oh come on
A: im sorry its down right now i cant book anything can you call back after four
C: seriously i already waited twenty minutes to get you
A: i know im really sorry
C: this is a terrible start honestly
""")
