from common import call

call(1, "Maria Lopez", "20 09:14", "c", True, 10.00, "positive",
"Switched to unlimited plan and accepted the $10/month international pass; happy at the end.", """
A: Thanks for calling Brightline Wireless, this is Maria. How can I help?
C: Hi, I keep going over my data every month and the overage charges are killing me.
A: I see you're on the 5 GB plan at $40. Our Unlimited plan is $65 a month and there are no overages at all.
C: Okay, that actually makes more sense for me. Let's switch to that.
A: Done, it starts with your next cycle on December 3rd. You also called Mexico a lot last month. The international pass is $10 a month and covers calls and texts there.
C: Oh, that would save me a lot. Yes, add the pass too.
A: Added. Your new monthly total will be $75 before taxes.
C: Great, honestly this is so much better. I wish someone had told me sooner. Thank you!
""")

call(2, "Kevin Osei", "20 18:42", "a", True, 0.00, "neutral",
"Pizza order confirmed on read-back; garlic knots declined.", """
A: tonys pizza this is kevin pick up or delivery
C: uh delivery please
A: okay whats the address
C: twenty two forty one maple drive
A: got it and what can i get you
C: one large pepperoni and um a medium cheese
A: mhm you want to add garlic knots theyre four ninety nine tonight
C: nah just the pizzas
A: okay so one large pepperoni one medium cheese to twenty two forty one maple thats twenty eight fifty with delivery
C: yeah thats right
A: perfect its about forty minutes
C: okay thanks
""")

call(3, "Priya Nair", "20 10:05", "c", False, 0.00, "neutral",
"Asked for an auto insurance quote by email and said she'll think about it.", """
A: Harbor Mutual, this is Priya. How can I help you today?
C: Hi. I'm shopping around for car insurance, my renewal with my current company is coming up.
A: Happy to give you a quote. What's the vehicle?
C: A 2019 Honda Civic. Two drivers, me and my son, he's 19.
A: With your details, full coverage comes to $142 a month, or $1,580 if you pay annually.
C: Hmm, okay. That's a bit lower than what I'm paying now. What's the deductible on that?
A: $500 for collision and $250 for comprehensive. Roadside assistance is included.
C: And if my son gets a ticket, does it go up right away?
A: It would be reviewed at renewal, not mid-term.
A: Would you like me to start the policy today so you're covered from the 1st?
C: Not today. Can you email me the quote? I'll think about it and compare.
A: Of course, it's on its way to the address on file.
C: Thanks.
""")

call(4, "Daniel Brooks", "20 21:30", "a", False, 0.00, "negative",
"Hotel room sold out for the dates, no alternative booked, customer annoyed.", """
A: seaview inn reservations this is daniel
C: hi yeah i wanna book a room for the twenty eighth and twenty ninth
A: okay how many guests
C: two adults one king bed if you have it
A: let me look um i can put you in the ocean king at two nineteen a night
C: sure book it
A: okay one second
A: oh im sorry it wont let me it just went to zero availability both nights are sold out
C: seriously i was literally on your website an hour ago and it showed rooms
A: i know the inventory moves fast i dont have anything else those nights
C: thats really annoying honestly waste of my evening
A: im sorry about that
C: yeah whatever bye
""")

call(5, "Aisha Rahman", "21 08:20", "c", True, 0.00, "neutral",
"Booked a dental cleaning by picking one of the offered slots.", """
A: Good morning, Riverside Dental, Aisha speaking.
C: Hi, I need to schedule a cleaning. It's been about a year.
A: Sure. Can I have your date of birth?
C: March 14, 1988.
A: Thank you. I have Tuesday the 24th at 9:00 or 3:15, or Friday the 27th at 11:30.
C: The Tuesday at 3:15 works.
A: You're booked for Tuesday, November 24th at 3:15 with Dr. Kim.
C: Okay. Thanks.
""")

call(6, "Marcus Webb", "21 19:10", "a", False, 0.00, "positive",
"Internet troubleshooting; yes answers were to steps, no purchase; resolved and grateful.", """
A: northfield broadband this is marcus
C: hi um my internet has been down since like four oclock
A: sorry about that lets take a look can you see the lights on your modem
C: yeah theres a orange light blinking
A: okay can you unplug it for thirty seconds and plug it back in
C: yes okay doing it now
C: okay its back on
A: is the light white now
C: yes its white
A: great try loading a page
C: oh its working oh thank god my kid has homework due tonight thank you so much
A: glad to help
C: youre a lifesaver really
""")

call(7, "Sofia Martinez", "21 12:45", "c", True, 0.00, "neutral",
"Accepted retention offer to stay at a discounted rate; discount is not an upsell.", """
A: Thanks for calling PeakFit, this is Sofia.
C: Hi, I want to cancel my membership. I'm just not using it enough to justify $39.99 a month.
A: I understand. Before I do that, I can offer you our off-peak membership at $19.99 a month, same locations, weekdays before 4 pm and weekends.
C: I mostly go on Saturdays anyway. Hm.
A: And I'd waive the switch fee.
C: Okay, I'll stay on the off-peak one then.
A: Done, the new rate starts on your next billing date, December 5th.
C: Fine, thanks.
""")

call(8, "James Carter", "22 07:35", "a", True, 35.00, "neutral",
"Booked the flight and accepted a checked bag for thirty five dollars.", """
A: skyway airlines reservations james speaking
C: hi i need a one way to denver on the twenty sixth
A: okay i have flight four twelve leaving at six ten am or flight eight eighty at two forty pm
C: um the two forty
A: the two forty is one eighty nine main cabin
C: okay yeah do that one
A: alright do you wanna add a checked bag its thirty five dollars if you add it now
C: uh yeah add one bag
A: okay one passenger flight eight eighty on the twenty sixth with one bag two twenty four total
C: mhm thats fine
A: youre confirmed the code is kilo bravo seven
C: okay got it
""")

call(9, "Hannah Kim", "22 14:00", "c", False, 0.00, "negative",
"Refund issued for damaged lamp; customer stays politely annoyed about calling twice.", """
A: Home & Hearth customer care, Hannah speaking.
C: Hi. This is my second call about the same order, number 55810. The lamp arrived with the base cracked.
A: I'm sorry about that. I can see the earlier note. I'll process a full refund of $89.50 to your card now.
C: Last time I was told someone would email me a return label. Nobody did.
A: You won't need to return it, the refund is going through right now. It'll show in 3 to 5 business days.
C: Fine. I'd have appreciated not having to spend my lunch break on this twice.
A: I completely understand, and I apologize.
C: Okay. Is there anything else I need to do?
A: No, you're all set.
C: Alright. Bye.
""")

call(10, "Tyler Nguyen", "22 20:15", "a", False, 0.00, "positive",
"Excited about the family streaming plan but wants to check with her husband first.", """
A: hi this is tyler with flickstream how can i help
C: hi so i saw you have a family plan now
A: yes the family plan is seventeen ninety nine a month for up to five profiles and it includes the sports channels
C: oh wow that sounds amazing my kids would love that
A: want me to switch you over today
C: um let me check with my husband first hes the one who watches the sports
A: of course its available anytime
C: okay thank you this is really great info
""")

call(11, "Olivia Bennett", "23 09:50", "c", True, 25.00, "neutral",
"Booked an oil change, accepted $25 tire rotation, declined $30 wipers.", """
A: Metro Auto Care, this is Olivia.
C: Hi, I'd like to bring my car in for an oil change this week.
A: Sure. I have Thursday at 10 am or Saturday at 8.
C: Thursday at 10, please.
A: Got it, that's a synthetic oil change at $69.95. We can rotate the tires while it's up on the lift for $25.
C: Yeah, go ahead and add the rotation.
A: And new wiper blades are $30 installed.
C: No, the wipers are fine, I just replaced them.
A: No problem. So Thursday the 26th at 10, oil change plus tire rotation.
C: Sounds right.
""")

call(12, "Ethan Park", "23 16:25", "a", False, 0.00, "neutral",
"Lost card reported and a free replacement ordered; not a sale.", """
A: first coastal bank this is ethan
C: hey yeah i think i lost my debit card
A: okay i can lock it for you can you verify the last four of your social
C: uh four four one nine
A: thank you i see the card ending in two zero eight eight do you want me to block it
C: yes please block it
A: done its blocked ill send a replacement its free and itll be there in five to seven days
C: okay cool and will my pin be the same
A: yes same pin
C: alright thanks
""")

call(13, "Rachel Green", "23 13:10", "c", False, 0.00, "neutral",
"Confirmed two concert tickets then cancelled before the end of the call.", """
A: Thank you for calling Lakeside Amphitheater box office, this is Rachel.
C: Hi, do you still have tickets for the Friday show?
A: We do. Section B seats are $45 each.
C: I'll take two.
A: Please confirm: two Section B tickets for Friday the 27th at 8 pm, $90 in total?
C: Yes, that's correct.
A: Great, I just need the card number.
C: Oh wait. Actually, cancel that, I just remembered I'm working Friday night. Sorry.
A: No problem, nothing has been charged.
C: Thanks, sorry about that.
""")

call(14, "Luis Herrera", "24 08:05", "a", True, 0.00, "negative",
"Picked the offered plumber slot; sarcastic and annoyed throughout, ends curt with no warming.", """
A: rapid rooter scheduling luis speaking
C: oh great finally a human i was on hold for like twenty five minutes
A: im sorry about the wait how can i help
C: my kitchen sink is backed up and the last guy you sent didnt fix it
A: i see that visit on the sixteenth um the earliest i can do is tomorrow at eight am or thursday after one
C: tomorrow at eight
A: okay tomorrow the twenty fifth at eight its a ninety nine dollar service call but since its a revisit well waive it
C: fine
A: youre booked
C: okay
""")

call(15, "Grace Liu", "24 11:30", "c", False, 0.00, "neutral",
"Conditional only: would sign up if per-seat price were under $30.", """
A: Stackwise sales, this is Grace.
C: Hi, we're a 12-person team looking at project management tools. What's your pricing?
A: Our Team plan is $36 per seat per month, billed annually.
C: That's more than we budgeted. I'd sign up today if it were under $30 a seat.
A: I understand. The best I can do on annual is $34.
C: Then I'll have to pass for now. We'll probably revisit in Q1.
A: Understood, I'll follow up in January.
C: Sure, that's fine.
""")

call(16, "Noah Fischer", "24 15:40", "a", True, 20.00, "positive",
"Booked dog grooming and accepted nail trim twelve plus teeth brushing eight.", """
A: happy paws grooming this is noah
C: hi its jenna biscuits mom
A: oh hi how is biscuit
C: shes good shes a mess though she needs a bath and haircut
A: okay i have saturday at ten thirty
C: perfect put her down for that
A: do you want the nail trim too its twelve bucks
C: yes please her nails are like claws
A: and we have teeth brushing for eight
C: sure why not add it
A: okay full groom plus nails and teeth saturday ten thirty
C: awesome she loves you guys thank you
""")

call(17, "Chloe Adams", "25 10:15", "c", False, 0.00, "negative",
"Bill dispute not resolved; customer ends furious.", """
A: Valley Power and Light, Chloe speaking.
C: Hi, my bill this month is $412. It's normally around $130. Nothing changed in my house.
A: I'm sorry to hear that. I see the reading was estimated this month because the meter couldn't be accessed.
C: Nobody has tried to access it. It's on the side of the house with no gate.
A: I can request a re-read, it takes about 10 business days. The bill is still due on the 30th though.
C: So I pay $412 for electricity I didn't use and maybe get it back later?
A: If the re-read comes in lower, the difference is credited on your next bill.
C: Can't you just bill me my usual amount now and fix it after the re-read?
A: I'm sorry, the system doesn't let me adjust an estimated bill before the re-read.
C: Can I speak to a supervisor, then?
A: A supervisor would tell you the same thing, but I can request a callback within 48 hours.
C: Forty-eight hours. Of course.
A: In the meantime, you could set up a payment arrangement.
C: This is ridiculous. I'm done, I'll file a complaint with the utility commission.
""")

call(18, "Isaac Thompson", "25 17:20", "a", True, 300.00, "positive",
"Bought bed frame and added two nightstands at one fifty each.", """
A: oakline furniture this is isaac
C: hi i was in the store saturday looking at the harlow bed frame
A: oh sure the queen is eight ninety nine
C: yeah i wanna order that one
A: great and we have the matching nightstands theyre one fifty each
C: uh how many do people usually get
A: most get two one for each side
C: okay yeah two of the nightstands then
A: so the queen harlow plus two nightstands delivery on december second
C: yes thats perfect im so excited its gonna look great
""")

call(19, "Emma Walsh", "25 12:00", "c", False, 0.00, "neutral",
"Asked about a course and whether she can sign up online; no commitment.", """
A: Westbridge Community College continuing education, Emma speaking.
C: Hi, I'm interested in the evening bookkeeping certificate. When does the next one start?
A: January 12th. It's 10 weeks, Tuesday and Thursday evenings, $640 in total.
C: Okay. Can I sign up online?
A: Yes, or I can enroll you right now over the phone.
C: I'll do it online later, I need to check my schedule with work first.
A: Sounds good. The course code is BK-201.
C: Got it, thanks.
""")

call(20, "Ben Carter", "25 18:50", "a", True, 0.00, "positive",
"Reserved a table for six; confirmed read-back and then asked about a high chair.", """
A: good evening lunas trattoria this is ben
C: hi um id like a table for saturday for six people
A: what time
C: like seven thirty
A: i have seven fifteen or eight
C: uh seven fifteen
A: okay six people saturday at seven fifteen under what name
C: ortiz
A: ortiz party of six saturday the twenty eighth at seven fifteen is that right
C: yes thats right and can we get a high chair its my daughters birthday
A: of course ill put a note
C: awesome thank you so much cant wait
""")
