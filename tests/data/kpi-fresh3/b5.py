from common import call

call(81, "Irene Castillo", "21 10:10", "a", True, 0.00, "positive",
"Committed to kids' winter camp by giving card details.", """
A: starlight youth theater this is irene
C: hi im calling about the winter break camp for my daughter shes eight
A: oh great the winter camp is december twenty eighth to january first nine to three its three twenty five for the week
C: okay she did your summer one and loved it
A: we still have a few spots
C: is lunch included or do i pack it
A: they bring lunch we provide a snack in the afternoon
C: okay and can i pick her up early on the thirty first we have a thing
A: sure just let the counselor know in the morning
C: okay and um is there a sibling discount her brother might do the spring one
A: ten percent off the second child
C: okay good to know um its a visa four one one two
A: mhm
C: and the rest is uh eight eight zero three five five one two nine nine zero four expiration oh six twenty eight
A: got it and the name on the card
C: laura bennett
A: shes enrolled youll get the welcome packet by email
C: yay thank you she is gonna be so happy
""")

call(82, "Greg Novak", "21 14:25", "c", False, 0.00, "negative",
"Agent tried to start the sign-up but the customer never agreed and was irritated.", """
A: SolarBright Energy, Greg speaking.
C: Hi, I got a flyer about rooftop solar. Roughly what would it cost for a 2,000 square foot house?
A: Most homes like yours come out around $18,000 before the 30% tax credit. Let's get you started with a site survey!
C: Hold on, I didn't say yes to anything. I just wanted a ballpark.
A: Of course. The survey is free and takes about an hour.
C: I'm not scheduling anything today. Please don't put me on a call list.
A: Understood, I won't.
C: I've had three of you guys knock on my door this month. It's a bit much.
""")

call(83, "Kenji Watanabe", "21 16:40", "a", False, 0.00, "neutral",
"Yes was to a callback from billing, not a purchase.", """
A: clearview cable this is kenji
C: hi i have a question about a charge on my bill its called a regional sports fee
A: okay um thats something billing specialists handle theyre closed for the day
C: oh okay
A: i can have someone call you tomorrow morning is that okay
C: yes call me back tomorrow anytime before noon
A: and is this the best number ending in four four two one
C: yeah thats it
A: okay youre set for a callback
C: okay thanks
""")

call(84, "Paul Dubois", "22 10:00", "c", True, 0.00, "positive",
"Conditional yes became a commitment once Friday delivery was confirmed.", """
A: Oakline Furniture, Paul speaking.
C: Hi, I'm looking at the Bristol dining table, the $780 one. I'll take it if you can deliver before Saturday. We're hosting on Sunday.
A: Let me check the warehouse. Yes, we have it in stock, and I can do delivery this Friday between 1 and 5.
C: Then yes, go ahead and order it.
A: Done. Friday, December 4th, 1 to 5 pm, to 27 Linden Court.
C: That's a huge relief. Thank you so much!
""")

call(85, "Rosa Delgado", "22 13:20", "a", False, 0.00, "negative",
"Would only sign up if the install fee were waived; it was not, so no.", """
A: fiberlink sales rosa speaking
C: hi im thinking about switching to you guys the gig plan is sixty right
A: yes sixty a month theres a ninety nine dollar installation
C: ill sign up if you can waive the install fee the other company does it free
A: im sorry i cant waive it right now
C: then no not interested
A: i can split it over three months
C: no thats still paying for it honestly it feels like a cash grab
A: okay understood
C: bye
""")

call(86, "Tom Becker", "22 09:40", "c", True, 29.99, "positive",
"Renewed hosting and accepted an SSL certificate add-on at $29.99 a year.", """
A: Webharbor, Tom speaking.
C: Hi, I got an email that my hosting plan expires on the 30th. I'd like to renew for another year.
A: Sure. The Starter hosting renewal is $119 for the year.
C: Yes, please renew it.
A: Done. I also notice your site doesn't have an SSL certificate, so browsers show it as "not secure". Our SSL is $29.99 a year.
C: Oh, that explains the customer emails. Yes, add the SSL.
A: Added and it will be active within an hour.
C: Brilliant, thanks for catching that. Really helpful.
""")

call(87, "Yara Haddad", "22 16:05", "a", True, 0.00, "negative",
"Implicit commitment: told agent to charge the card on file for a replacement rack; annoyed it broke again.", """
A: homepro appliance parts yara speaking
C: hi the lower rack on my dishwasher broke again the wheels snapped off
A: okay whats the model number
C: its on the door it says d w eight eight two zero
A: okay the lower rack assembly is sixty four fifty
C: this is the third one in two years thats ridiculous for a dishwasher
A: i understand its the most common part we sell for that model
C: yeah i bet just put it on the card you have on file
A: okay its ordered ships tomorrow
C: fine
""")

call(88, "Leo Moretti", "23 18:30", "a", True, 0.00, "positive",
"Takeout order with words split across lines; confirmed read-back.", """
A: golden dragon this is leo
C: hi can i get an order for pickup
A: sure go ahead
C: um one orange chicken and uh the
A: mhm
C: general tsos chicken and like two egg rolls
A: okay white or fried rice
C: fried
A: so one orange chicken one general tsos two egg rolls fried rice twenty
C: six
A: twenty six fifty about twenty minutes
C: yep perfect you guys are my favorite
""")

call(89, "Nina Patel", "23 11:15", "c", False, 0.00, "positive",
"Noise complaint about a past stay resolved with a $60 refund and points; customer satisfied.", """
A: Harborview Hotels guest relations, Nina speaking.
C: Hi. I stayed at your downtown location last weekend, room 1214, and there was construction noise starting at 6 am both days.
A: I'm so sorry. Guests should have been told about that at check-in.
C: No one said anything. We were there for a wedding and barely slept.
A: I'm refunding $60 for one of the nights and adding 5,000 points to your account.
C: Oh, okay. Thank you, that's more than fair. I appreciate you taking it seriously.
""")

call(90, "Maria Lopez", "23 15:50", "a", True, 0.00, "positive",
"Switched carriers with a new line; port misheard as sport.", """
A: horizon mobile sales maria speaking
C: hi i want to switch to you guys and sport my number from my old carrier
A: sure we can port your number which plan were you thinking
C: the um the fifty a month one with fifteen gigs
A: okay and do you have your account pin from the old carrier
C: yes its eight two six one
A: great im setting up the line now the sim ships tomorrow is that okay
C: yes thats great
A: and do you need a phone or are you bringing your own
C: no no i have my phone its unlocked i checked
A: perfect and whats the account number with the old carrier
C: uh hold on its um six one seven zero zero four two
A: okay got it your number moves over as soon as you put the sim in
C: mhm and does my old account close by itself
A: yes the port cancels it automatically
A: okay its all done
C: awesome honestly that was way easier than i thought
""")

call(91, "Hannah Kim", "24 09:00", "c", False, 0.00, "negative",
"Appointment could not be booked because the insurance isn't accepted; nothing booked.", """
A: Northside Orthopedics, Hannah speaking.
C: Hi, I'd like to book a new patient visit for my shoulder. Thursday afternoon if possible.
A: I have Thursday at 2:40. Let me take your insurance first.
C: It's Clearwell Health, the silver plan.
A: I'm sorry, we're out of network with Clearwell as of November 1st, so I can't schedule the visit.
C: What? My doctor referred me specifically to you.
A: You could pay self-pay, $310 for the visit.
C: No. That's really disappointing. I'll have to start over with my doctor.
""")

call(92, "Ethan Park", "24 13:35", "a", False, 0.00, "negative",
"Complained about a price increase and kept the existing plan; no new commitment.", """
A: flickstream support ethan speaking
C: yeah hi why did my subscription go from fifteen forty nine to eighteen ninety nine
A: we had a price change on the first notices went out in october
C: i never got any notice
A: i can see it was emailed on october fifth
C: well i never saw it three fifty more a month for the same shows is pretty lame
A: i understand do you want to switch to the ad supported plan at eight ninety nine
C: no i hate ads ill just leave it for now but im not happy about it
""")

call(93, "Chloe Adams", "24 10:30", "c", True, 55.00, "positive",
"Booked flights and accepted the $55 bag-plus-seat bundle.", """
A: Altair Airways, Chloe speaking.
C: Hi, I'd like to book a round trip from Atlanta to Orlando, December 18th to the 22nd, one adult.
A: The 9:15 am out and 5:40 pm back comes to $238.
C: Perfect, book that.
A: Booked. Seat selection is $25 and a checked bag is $45, or you can get both in our bundle for $55.
C: The bundle, then. That's a better deal.
A: Added. Your confirmation is on its way.
C: Great, thanks, this was quick and painless.
""")

call(94, "Aisha Rahman", "24 17:45", "a", False, 0.00, "positive",
"Stressed about an overdue bill; agreed to a payment arrangement, not a sale; ends grateful.", """
A: valley water utilities aisha speaking
C: hi um i got a shut off notice and im kind of panicking i lost my job last month
A: im sorry to hear that i can set up a payment arrangement so the shutoff is cancelled
C: really
A: yes we can split the three forty over four months so eighty five a month on top of your regular bill
C: yes please do that
A: done and ive removed the shutoff notice
C: oh my god thank you so much that really helps you have no idea
""")

call(95, "Olivia Bennett", "25 08:30", "c", False, 0.00, "negative",
"Dog boarding fully booked over Christmas; only a waitlist, disappointed.", """
A: Happy Tails Boarding, Olivia speaking.
C: Hi, I need boarding for my two dogs from December 23rd to the 27th.
A: Let me check. I'm sorry, we're completely full for those dates.
C: Oh no. I booked with you last year in early December and it was fine.
A: It filled up much earlier this year. I can add you to the waitlist.
C: Sure, put me on it, but that's disappointing. Now I have to scramble.
A: I've added you. I'll call if anything opens up.
C: Okay.
""")

call(96, "Noah Fischer", "25 12:50", "a", False, 0.00, "neutral",
"Even exchange of shoes for another size; no new purchase.", """
A: stride shoes online this is noah
C: hi i ordered the trail runners in a ten and theyre too small
A: okay do you want to return or exchange
C: um exchange for a ten and a half
A: sure the ten and a half is in stock ill send a prepaid label and ship the new pair when we scan the return
C: okay
A: the label will be in your email
C: cool thanks
""")

call(97, "Robert Chen", "25 15:10", "c", True, 0.00, "positive",
"Added a renters policy; the bundle discount is not an upsell.", """
A: Harbor Mutual, Robert speaking.
C: Hi, I have my car insurance with you and I just moved into an apartment. Do you do renters insurance?
A: We do. For $30,000 of coverage it's $14 a month, and bundling it with your auto policy takes $8 a month off your car premium.
C: So it basically costs me $6. That's a no-brainer. Let's do it.
A: Done. The renters policy starts today and the discount applies on your next auto bill.
C: Excellent. I love it when things are this simple, thank you!
""")

call(98, "Jasmine Reed", "25 19:20", "a", False, 0.00, "neutral",
"Wedding DJ inquiry; will decide after meeting others.", """
A: soundwave djs this is jasmine
C: hi we are getting married june sixth and were looking for a dj
A: congrats june sixth is still open our five hour package is one thousand eight fifty
C: okay um does that include the ceremony sound
A: yes ceremony mics and cocktail hour
C: okay were meeting two other djs this week well let you know after that
A: sounds good ill pencil nothing in but the date is open for now
C: okay thanks
""")

call(99, "Megan Foster", "25 10:25", "c", True, 0.00, "positive",
"Accepted the save offer (a paid plan kept at a discount after a pause) on a cancellation call.", """
A: Readly support, Megan speaking.
C: Hi, I'd like to cancel my audiobook subscription. I have too many unused credits.
A: I understand. How about this: I pause billing for 3 months so you can use your credits, then it resumes at $9.99 instead of $14.99.
C: Oh, that's actually perfect. Okay, I'll stay with that.
A: Done. Billing resumes on March 1st at $9.99.
C: Thank you, that's really thoughtful.
""")

call(100, "Nathan Brooks", "25 17:00", "a", False, 0.00, "negative",
"Billed after cancelling the gym; refund issued but customer still angry.", """
A: peakfit billing nathan speaking
C: hi i cancelled my membership in october and you charged me again on the fifth
A: let me check um i see a cancellation request but it wasnt processed
C: i have the email confirmation right here
A: okay im sorry ill refund the thirty nine ninety nine and close the account
C: this is exactly why people hate gyms you make it impossible to leave
A: i understand its done now
C: it better be
""")
