from common import call

call(41, "Fatima Hussein", "20 11:10", "a", False, 0.00, "negative",
"Home insurance claim still unpaid after weeks; frustrated.", """
A: cornerstone insurance claims fatima speaking
C: hi yeah its about claim uh h o seven seven two zero the water damage
A: okay i have it here its with the adjuster
C: its been with the adjuster for six weeks my kitchen floor is still ripped up
A: i understand the adjuster needs the contractor estimate
C: i sent that twice i sent it on the third and again on the tenth
A: i see one upload let me resend the request internally
C: this is unbelievable every time i call its someone else saying the same thing
A: im sorry ill mark it urgent
C: can i just talk to the adjuster directly
A: i can give you her extension its four four one two
C: ive left her three voicemails at that extension
A: ill send her a message from our side today too
C: yeah i bet
""")

call(42, "Greg Novak", "20 15:45", "c", True, 0.00, "negative",
"Booked the resort room but stayed unhappy about the resort fee; fee is not an upsell.", """
A: Palm Grove Resort reservations, this is Greg.
C: Hi, I'd like to book two nights, December 12th and 13th, one king room.
A: Certainly. The garden king is $189 a night. There's also a resort fee of $35 per night.
C: A $35 resort fee per night? What does that even cover?
A: Pool towels, Wi-Fi, and the fitness center.
C: Wi-Fi. Right. That's a bit much, but fine, book it, we already promised the kids.
A: You're confirmed for December 12th and 13th, confirmation number 88412.
C: Okay. I'm honestly not thrilled about those fees, just so you know.
""")

call(43, "Irene Castillo", "20 12:30", "a", True, 8.50, "positive",
"Burrito order with chips and guac three fifty plus two horchatas at two fifty each.", """
A: el farolito takeout this is irene
C: hey can i get two carne asada burritos
A: sure anything else
C: um yeah
A: you want chips and guac with that its three fifty
C: oh yeah definitely chips and guac
A: and drinks
C: uh two horchatas
A: those are two fifty each
C: yeah thats fine
A: okay two carne asada burritos chips and guac two horchatas its twenty nine ten ready in fifteen
C: sweet you guys are the best
""")

call(44, "Kenji Watanabe", "20 16:05", "c", True, 5.00, "neutral",
"Upgraded to Pro (main purchase) and added 1 TB storage at $5/month.", """
A: CloudNest support, this is Kenji.
C: Hi, I'm on the Basic plan and I keep hitting the limits on shared folders.
A: Pro removes those limits. It's $25 a month instead of your current $12.
C: Okay, move me to Pro.
A: Done. Pro comes with 2 TB. If you need more, an extra 1 TB is $5 a month.
C: Yeah, add the extra terabyte, we have a lot of video.
A: Added. Your next invoice on December 1st will be $30.
C: Got it.
""")

call(45, "Paul Dubois", "21 07:40", "a", True, 0.00, "positive",
"Stressed parent booked a same day pediatric slot and ended grateful.", """
A: little oaks pediatrics this is paul
C: hi um my son has a fever of like a hundred and two and hes pulling at his ear
A: okay how old is he
C: hes four
A: i can get him in today at nine fifteen or eleven forty
C: nine fifteen please as early as possible
A: okay hes in at nine fifteen with doctor shah
C: oh thank you so much i was so worried you wouldnt have anything
A: no problem see you soon
C: thank you really
""")

call(46, "Rosa Delgado", "21 13:50", "a", False, 0.00, "negative",
"Brake repair quote rejected as too expensive; going elsewhere.", """
A: precision auto rosa speaking
C: hi you guys had my car yesterday you were gonna call with a quote for the brakes
A: yes the tech wrote it up front and rear pads and rotors its eleven forty
C: eleven hundred and forty for brakes
A: yes that includes parts and labor
C: thats highway robbery the dealer quoted me like seven hundred
A: i can check if theres anything we can take off
C: no dont bother ill come pick it up and take it somewhere else
A: okay itll be ready at the front
""")

call(47, "Tom Becker", "21 18:20", "c", False, 0.00, "negative",
"Airline cancelled the flight; customer took a refund instead of rebooking.", """
A: Altair Airways, this is Tom.
C: Hi, I just got a text that my flight AA 1182 tomorrow morning is cancelled. What happened?
A: I'm sorry, it was cancelled due to a crew shortage. I can rebook you on tomorrow's 6:50 pm flight.
C: That gets me in after the meeting I'm flying for. It's useless.
A: I understand. I can also give you a full refund of $412.
C: Just refund it. I'll drive. This is the second time you've done this to me this year.
A: The refund of $412 is processed, 7 to 10 business days.
C: Great. Fantastic service as always.
""")

call(48, "Yara Haddad", "22 09:25", "a", True, 0.00, "neutral",
"Started electric service at a new address; a sign-up.", """
A: valley power and light yara speaking
C: hi im moving and i need to start service at my new place
A: sure whats the address
C: its forty one oak street unit three
A: okay and what date do you need it on
C: the first of december
A: alright theres no deposit since you have good history with us i can start it december first
C: yes please set that up
A: done your new account number is nine nine three one four
C: okay perfect thanks
""")

call(49, "Leo Moretti", "22 14:35", "c", True, 99.00, "positive",
"Ordered the sofa and accepted white-glove delivery at the revised $99; declined fabric protection.", """
A: Loft & Linen, Leo speaking.
C: Hi, I'd like to order the Marlowe sofa in the sage color.
A: Great choice. That's $1,450. White-glove delivery, where we bring it in, unpack it and take the boxes, is normally $149.
C: Hmm, that's steep. I live on the third floor, though.
A: Since you're ordering today, I can do white-glove for $99.
C: Okay, at $99 yes, do that.
A: Perfect. Would you like the fabric protection plan for $89?
C: No, I'll pass on that one.
A: Your sofa arrives December 8th between 8 and noon.
C: Wonderful, I've been wanting this couch for months. Thank you!
""")

call(50, "Nina Patel", "22 17:15", "a", True, 0.00, "neutral",
"Signed up for the gym membership; the annual fee is a fee not an upsell.", """
A: ironworks gym this is nina
C: hi um i wanted to sign up for a membership
A: sure the basic is twenty nine a month theres also a forty nine dollar annual fee
C: whens that charged
A: in march every year
C: okay uh yeah lets do the basic
A: great ill need a card for the monthly
C: its a visa ending in six six zero two
A: youre all set you can come in today
C: cool thanks
""")

call(51, "Maria Lopez", "23 10:50", "c", False, 0.00, "negative",
"Overdraft fee refunded, but the customer says she's still not happy.", """
A: First Coastal Bank, this is Maria.
C: Hi. I was charged a $35 overdraft fee, but my paycheck was deposited the same morning.
A: Let me look. I see the deposit posted at 9:02 and the debit at 8:40.
C: So I got charged because of 22 minutes?
A: I'm going to refund the $35 as a one-time courtesy.
C: Well, thanks for fixing it, but I'm still not happy this happened at all. It feels like a trap.
A: I understand. You can turn on overdraft alerts to avoid it in the future.
C: I'll think about it. Bye.
""")

call(52, "Kevin Osei", "23 19:40", "a", False, 0.00, "positive",
"Loved the cruise option but has to talk it over with his wife.", """
A: bluewave cruises kevin speaking
C: hi yeah we were looking at the caribbean cruise in march the seven night one
A: oh the western caribbean its a beautiful itinerary balcony cabins are two thousand eighty for two
C: that sounds incredible honestly
A: i can hold a cabin for you with a two hundred fifty deposit
C: um not yet i need to talk it over with my wife first shes gonna love it though
A: okay prices can change but ill send you the details
C: yeah please do this is exactly what we wanted thank you
""")

call(53, "Priya Nair", "23 12:05", "a", True, 0.00, "positive",
"Came to cancel internet, accepted a retention discount and a free month, ended happy.", """
A: northfield broadband retention priya speaking
C: hi i want to cancel my internet a new company is offering fifty a month
A: okay youre at seventy four right now let me see what i can do
C: mhm
A: i can bring you to forty nine ninety nine for a year and give you next month free
C: oh uh okay so that beats them
A: yes same speed no contract
C: okay yeah ill stay then
A: great its applied
C: thats actually a really good deal thanks for working with me
""")

call(54, "Daniel Brooks", "24 10:20", "c", True, 30.00, "positive",
"Booked the party package and added pizza for 12 kids at $2.50 each; goody bags declined.", """
A: JumpZone parties, this is Daniel.
C: Hi! I want to book a birthday party for my daughter, she's turning 7.
A: Happy early birthday to her! Our Classic package is $299 for up to 12 kids, 90 minutes. I have Sunday December 6th at 2 pm.
C: Sunday at 2 is perfect, let's book it.
A: Booked. Would you like to add pizza? It's $2.50 per child.
C: Yes, pizza for all 12 kids.
A: And goody bags are $4 each.
C: No, I'm making those myself.
A: Great, so the Classic party on December 6th at 2 with pizza for 12.
C: Amazing, she's going to be over the moon. Thank you!
""")

call(55, "Aisha Rahman", "24 14:10", "a", False, 0.00, "positive",
"Enthusiastic about home security system but will do it after the holidays.", """
A: safehaven security this is aisha
C: hi i got your flyer about the smart camera package
A: yes the starter is four cameras and a doorbell for two ninety nine with monitoring at twenty a month
C: oh thats really good actually my neighbor has it and loves it
A: want me to schedule an install
C: um i definitely want it but after the holidays money is tight this month
A: no problem ill call you in january
C: yes please do that sounds great
""")

call(56, "Marcus Webb", "24 16:30", "c", False, 0.00, "neutral",
"Cancelled an existing physio appointment without rebooking.", """
A: Core Physio, Marcus speaking.
C: Hi, I need to cancel my appointment for Thursday at 4:30. The name is Ellis.
A: Sure, I see it. Would you like to reschedule?
C: Not right now. My knee is a lot better, actually.
A: Glad to hear it. The appointment is cancelled. There's no fee since it's more than 24 hours ahead.
C: Okay. Thanks.
""")

call(57, "Sofia Martinez", "25 08:55", "a", True, 45.00, "neutral",
"Office lunch catering confirmed on read-back with a forty five dollar dessert tray added.", """
A: main street deli catering sofia speaking
C: hi i need lunch for our office friday for thirty people
A: okay the sandwich platter for thirty is three sixty with chips and drinks
C: yeah thats what we did last time
A: you wanna add a dessert tray cookies and brownies its forty five
C: sure add the desert tray
A: okay so sandwich platter for thirty plus dessert tray delivered friday at eleven thirty to two hundred harbor street fourth floor
C: yep thats right
A: perfect
C: thanks
""")

call(58, "James Carter", "25 15:20", "a", False, 0.00, "negative",
"Disputes a rental car damage charge; unresolved and angry.", """
A: quickwheels rentals james speaking
C: hi i got charged three eighty for a scratch on the bumper that was already there
A: okay do you have the rental agreement number
C: its r a five five zero one eight
A: i see the damage report from the return on the twentieth
C: that scratch was there when i picked it up i told the guy at the counter
A: is it noted on the pickup form
C: i dont know he said dont worry about it
A: without it on the form i cant reverse it
C: you have cameras in the lot right check the cameras
A: i can ask the location but they only keep footage for seven days
C: so its already gone convenient
A: i can send a dispute to the damage team with your statement
C: this is such a scam i am never renting from you again
""")

call(59, "Hannah Kim", "25 11:00", "c", True, 0.00, "neutral",
"Chose the 8-session tutoring package; no add-on.", """
A: BrightPath Tutoring, Hannah speaking.
C: Hi, my son needs help with algebra before finals. What do you offer?
A: We have 4 sessions for $190 or 8 sessions for $360, with a certified math tutor.
C: Finals are in 5 weeks, so probably twice a week.
A: Then the 8-session package fits best.
C: Okay, I'll go with the 8-session package.
A: Great, his first session is Monday at 4 pm with Mr. Alvarez.
C: Fine, thank you.
""")

call(60, "Tyler Nguyen", "26 12:40", "a", True, 0.00, "negative",
"Renewed the auto policy despite complaining that the price went up.", """
A: harbor mutual renewals tyler speaking
C: yeah i got the renewal notice its up like two hundred bucks from last year
A: i see it went from eleven forty to thirteen forty mostly rate increases in your area
C: i havent had a ticket or a claim in ten years thats ridiculous
A: i understand i can check for discounts um theres nothing else i can apply
C: whatever i dont have time to shop around go ahead and renew it
A: okay its renewed for another year starting december first
C: yeah not happy about it
""")
