from common import call

call(21, "Jasmine Reed", "26 10:40", "a", False, 0.00, "negative",
"Refused the retention discount and cancelled cable service, angry.", """
A: clearview cable retention department this is jasmine
C: yeah i wanna cancel everything tv and internet
A: im sorry to hear that can i ask why
C: because my bill went up like thirty dollars with no warning for the third time this year
A: i understand i can take twenty off a month for twelve months if you stay
C: no im done with you guys you always do this promo thing and then it goes right back up
A: okay i can process the cancellation effective today your equipment return box will ship tomorrow
C: fine
A: is there anything else
C: no just cancel it
""")

call(22, "Robert Chen", "26 13:15", "c", True, 258.00, "positive",
"Booked the Cancun package and added travel insurance at $129 per person for two.", """
A: Sunward Vacations, this is Robert. Where are we dreaming of going?
C: Ha, Cancun! My wife and I want to go for our anniversary in February.
A: Lovely. The Playa Azul all-inclusive, February 10th to 15th, with flights from Chicago comes to $2,340 for both of you.
C: That's within budget. Let's book it.
A: Wonderful. Would you like to add travel insurance? It's $129 per person and covers cancellation and medical.
C: Yes, add it for both of us. We got burned once before.
A: Done. That's the package plus two insurance plans. Confirmation is going to your email now.
C: This is so exciting, thank you, you made it really easy.
""")

call(23, "Megan Foster", "26 17:55", "a", False, 0.00, "positive",
"Late meal kit complaint resolved with a credit; customer ends pleased.", """
A: freshcrate support this is megan
C: hi um my box was supposed to come tuesday and it came today and the ice packs were all melted
A: oh no im so sorry about that for food safety please dont eat the meat
C: yeah i figured i already tossed it
A: ill put a credit of fifteen dollars on your account and refund the full box of sixty four fifty
C: oh wow okay i didnt expect the full refund
A: and ive flagged your zip code with the carrier
C: thats really nice thank you that helps a lot
""")

call(24, "Samuel Ortiz", "26 09:05", "c", False, 0.00, "negative",
"No dermatology appointment until January; customer declines and is frustrated.", """
A: Lakeview Dermatology, this is Samuel.
C: Hi, I need to see someone about a mole that's changed shape. I'm a new patient.
A: Our first available new patient visit is January 19th at 2:40.
C: January? That's two months away. Is there really nothing sooner?
A: I can add you to the cancellation list, but I can't promise anything.
C: Honestly, that's frustrating for something that could be serious. I'll try another clinic.
A: I understand. Would you like to be on the list anyway?
C: No, don't bother.
""")

call(25, "Ava Mitchell", "26 15:30", "a", True, 0.00, "positive",
"Scheduled a test drive Saturday at eleven; enthusiastic.", """
A: summit hyundai this is ava
C: hi i saw the blue ioniq five on your website the one with like twelve thousand miles
A: yes its still here
C: ok great can i come drive it
A: absolutely how about saturday i have ten or eleven
C: eleven is perfect
A: okay youre set for saturday at eleven ill have it charged up and out front
C: awesome im really excited ive wanted one of those forever
A: see you then
""")

call(26, "William Hayes", "27 11:20", "c", True, 0.00, "neutral",
"Renewed the antivirus licence; added the VPN then removed it.", """
A: ShieldGuard renewals, William speaking.
C: Hi, I got an email that my antivirus expires on Monday. I want to renew it.
A: Sure. The annual renewal for 3 devices is $59.99.
C: Okay, go ahead.
A: Done. Would you also like our VPN add-on? It's $4.99 a month.
C: Sure, add that.
A: Added.
C: Actually, wait, take the VPN off. My company already gives me one for the laptop.
A: No problem, I've removed it. So just the renewal at $59.99.
C: Yes, that's it. Thanks.
""")

call(27, "Zoe Turner", "27 08:45", "a", False, 0.00, "negative",
"Lost luggage still missing; sarcastic and angry.", """
A: jetline baggage services this is zoe
C: hi im calling about my bag again file number d e n four four seven one
A: okay let me pull that up um it looks like its still being traced
C: oh fantastic thats just perfect its been five days
A: i understand i can offer reimbursement for essentials up to fifty dollars a day with receipts
C: great so i get to keep buying underwear while you lose my stuff
A: im really sorry ill escalate it to the central team
C: yeah you said that on monday
A: ill have a supervisor call you back today
C: last time the supervisor callback never happened either
A: i see that note im going to stay on it myself my direct line is extension two two nine
C: okay and what about my medication it was in the bag
A: please buy a replacement and send the receipt well cover it in full
C: sure whatever
""")

call(28, "Carlos Rivera", "27 19:00", "a", True, 36.00, "neutral",
"Booked one night and added breakfast for two at eighteen per person.", """
A: parkside hotel reservations carlos speaking
C: hi i need a room for tomorrow night just one night
A: okay for how many
C: two adults
A: i have a queen room at one forty nine plus tax
C: yeah thats fine book that
A: okay and breakfast is eighteen dollars per person you want to add it
C: uh is it like a buffet
A: yes hot buffet six to ten
C: ok yeah add it for both of us
A: done one queen room tomorrow the twenty eighth with breakfast for two
C: okay
""")

call(29, "Lily Morgan", "27 14:30", "c", True, 0.00, "neutral",
"Opened a savings account on the call; the $500 opening deposit is not an upsell.", """
A: Evergreen Credit Union, this is Lily.
C: Hi, I have a checking account with you and I'm thinking about a savings account too.
A: Our High Yield Savings pays 3.9% APY, no monthly fee with a $500 minimum balance.
C: And I can transfer from checking whenever I want?
A: Yes, instantly. I can open it right now and move an opening deposit from checking.
C: Yes, let's open it. Move $500 over.
A: Done. Your new account ends in 7731 and the $500 is already there.
C: Okay, thanks.
""")

call(30, "Nathan Brooks", "28 07:50", "a", True, 0.00, "neutral",
"Booked furnace repair; said he would think about the maintenance plan.", """
A: comfort zone heating and air this is nathan
C: yeah hi my furnace stopped working last night its like fifty eight degrees in the house
A: oh no lets get someone out there i can do today between twelve and four
C: yes please today
A: okay its eighty nine for the diagnostic and that goes toward the repair
C: fine whatever it takes
A: we also have an annual maintenance plan one forty nine a year two tune ups and priority service
C: uh ill think about the plan just get somebody here
A: you got it today twelve to four
C: okay thanks
""")

call(31, "Ella Simmons", "28 12:10", "c", True, 199.00, "positive",
"Bought the laptop with the $199 protection plan; declined the mouse.", """
A: TechHub phone orders, Ella speaking.
C: Hi, I'd like to order the Aero 14 laptop, the 16 GB version.
A: Sure, that's $1,149. Would you like our 3-year accident protection for $199?
C: I spill coffee on everything, so yes, I'll take the protection.
A: And a wireless mouse for $29.99?
C: No, I have one.
A: So that's the Aero 14 with protection, shipping free, arriving Tuesday.
C: Perfect, that was easy. Thanks a lot!
""")

call(32, "Jacob Wright", "28 16:20", "a", False, 0.00, "neutral",
"Pet insurance interest only; asked for details by email.", """
A: pawsure pet insurance this is jacob
C: hi yeah i just got a puppy and my vet said i should look at insurance
A: congrats what breed
C: shes a golden shes like ten weeks
A: for her the accident and illness plan is thirty two a month with a two fifty deductible
C: okay um that sounds reasonable
A: i can start coverage today
C: um can you just email me all that i wanna read the fine print first
A: sure whats the best email
C: its k dot morris at mail dot com
A: sent
C: okay thanks
""")

call(33, "Madison Clark", "28 10:00", "c", True, 0.00, "positive",
"Booked a wedding venue tour appointment; delighted.", """
A: Willow Creek Estate events, this is Madison.
C: Hi! We just got engaged and we're looking at venues for next September.
A: Congratulations! The best way to see us is a private tour. I have Sunday the 29th at 1 pm or 3 pm.
C: Sunday at 1 would be great.
A: Wonderful, you're booked for a tour on Sunday, November 29th at 1 pm. How many will be coming?
C: Just the two of us and maybe my mom. Oh, I'm so excited, your photos are gorgeous.
A: We can't wait to meet you.
C: Thank you so much!
""")

call(34, "Dylan Scott", "29 20:30", "a", False, 0.00, "negative",
"Wrong delivery order refunded but customer still angry.", """
A: dashbite support this is dylan
C: yeah my order is completely wrong i ordered the pad thai and got some burger thing
A: im sorry about that can you confirm the order number
C: its eight eight three one five
A: okay i see it i can refund the full thirty two forty
C: i dont want a refund i want dinner its nine pm
A: i understand i can also give you a ten dollar credit on your next order
C: this is the second time this month honestly i dont know why i bother
A: im sorry ive processed both
C: yeah bye
""")

call(35, "Sophie Allen", "29 11:45", "c", True, 0.00, "neutral",
"Downgraded to a cheaper paid plan; a paid plan change with no add-on.", """
A: Horizon Mobile, Sophie speaking.
C: Hi, I want to lower my bill. I'm on the $85 unlimited and I barely use 10 gigs.
A: Let's look. The 15 GB plan is $50 a month, same talk and text.
C: Okay, switch me to that one.
A: Done, it takes effect December 1st. Anything else?
C: No, that's all.
""")

call(36, "Andre Jackson", "29 18:05", "a", False, 0.00, "neutral",
"Asked personal training prices and declined.", """
A: ironworks gym front desk this is andre
C: hi i wanted to ask about personal training how much is it
A: we have packages ten sessions for seven fifty or twenty sessions for fourteen hundred
C: oh wow okay thats uh a lot more than i thought
A: we also do a single intro session for sixty
C: no thats okay i think ill just stick with the regular membership for now
A: no problem let us know
C: yep thanks
""")

call(37, "Victoria Bell", "29 22:10", "c", False, 0.00, "positive",
"Roadside tow dispatched under existing coverage; yes was confirming location.", """
A: AutoShield Roadside, this is Victoria. Are you in a safe place?
C: Yes, I'm pulled over on Route 9 near exit 14. My car just died and won't start.
A: Okay. Is your vehicle the gray 2017 Camry on your policy?
C: Yes, that's it.
A: A tow truck is on the way, about 35 minutes. It's covered under your plan, no charge.
C: Oh thank goodness. I was panicking.
A: I'll stay on the line for a moment. Do you want a text when the driver is close?
C: Yes, please. Thank you so much, you've been wonderful.
""")

call(38, "Owen Price", "30 14:20", "a", True, 0.00, "negative",
"Saturday sold out; grudgingly booked Sunday matinee instead.", """
A: grand theater box office owen speaking
C: hi i need four tickets for the nutcracker saturday night
A: okay let me check um im sorry saturday evening is sold out
C: you have got to be kidding me i called last week and they said there was plenty
A: i do have four together for the sunday two pm matinee at sixty two each
C: ugh fine just book the sunday then
A: okay four tickets sunday the twenty ninth at two two forty eight total
C: yeah
A: youre all set
C: this whole thing has been a pain honestly
""")

call(39, "Hailey Cooper", "30 09:30", "c", False, 0.00, "positive",
"Cancelled the snack box for budget reasons, declined retention, but loved the product.", """
A: MunchBox subscriptions, Hailey speaking.
C: Hi, I need to cancel my subscription. It's nothing wrong, I've honestly loved every box.
A: I'm glad to hear that. Could I offer you 50% off your next two boxes?
C: That's sweet, but no, I'm cutting back on everything right now.
A: Understood. Your subscription is cancelled and you won't be charged on December 1st.
C: Thank you. I'll definitely come back when things settle down, you guys are great.
""")

call(40, "Marcus Lee", "30 16:45", "a", True, 29.99, "neutral",
"Bought phone and a case at twenty nine ninety nine; screen protector free; insurance declined.", """
A: hi this is marcus at cellcity how can i help
C: hi i want to order the pixel um the nine with a hundred twenty eight gigs
A: okay the pixel nine one twenty eight thats seven ninety nine
C: yeah thats the one
A: you want a case with it the rugged case is twenty nine ninety nine
C: yeah give me the case
A: and ill throw in a screen protector for free
C: oh nice
A: and device protection is fifteen a month
C: uh no skip that
A: alright phone and case shipping today
C: sounds good
""")
