CALLS = [
("FR22_001", "Priya Nair", "2026-11-02T09:14:00", "clean", """A: Thank you for calling Harborview Suites, this is Priya. How can I help?
C: Hi, I have a reservation for the 14th through the 16th, confirmation HV-40218, and I'm wondering if I can stay one more night.
A: Let me look. Yes, the king room is open on the 16th as well. The extra night would be $139 plus tax.
C: Oh, that's a better rate than I paid for the first two.
A: It's our weekday rate. Shall I extend the stay to checkout on the 17th?
C: Yes, please do. My meeting got moved and this saves me a headache.
A: Done. You're now checking out Tuesday the 17th. Breakfast stays included for all three nights.
C: Wonderful, you've made my week easier. Thanks so much, Priya.""",
 True, 139.00, "positive", "extra night added to existing booking at $139 (tax excluded); warm thanks"),

("FR22_002", "Marcus Bell", "2026-11-02T11:40:00", "asr", """A: thanks for calling volt wireless this is marcus
C: hey yeah um i wanna get the pixel nine the one in black
A: sure thing we have it in stock the one twenty eight gig is seven ninety nine or thirty three a month over twenty four months
C: uh the monthly is fine
A: okay and would you like device protection on that it's nine ninety nine a month covers cracked screens and loss
C: mm what's the deductible
A: it's twenty nine for a screen repair
C: yeah okay throw that on i drop everything
A: alright so the pixel on monthly plus protection at nine ninety nine should i place the order
C: yep go ahead
A: done it ships tomorrow you'll get a tracking text
C: okay thanks""",
 True, 9.99, "neutral", "phone bought; protection plan 9.99/month accepted (counted once); deductible only asked; plain tone"),

("FR22_003", "Sofia Reyes", "2026-11-03T10:05:00", "clean", """A: Lakeside Home, this is Sofia speaking.
C: Hi, I was in the store Saturday looking at the Marlow sectional in slate gray. I'd like to order it.
A: Great choice. The Marlow is $1,849. We can deliver it, and for $79 the crew will also assemble it and take away the packaging.
C: Assembly sounds worth it, the last one took my husband four hours. Yes, add that.
A: We also have a five-year fabric protection plan for $129 that covers stains and tears.
C: No, we don't have kids or pets, I'll skip that.
A: Understood. So the Marlow sectional with delivery and assembly at $79, no protection plan, delivered to 2210 Fairmount Ave. Is that right?
C: That's right. What day can you come?
A: The earliest is Thursday the 19th between 10 and 2.
C: Fine, that works.""",
 True, 79.00, "neutral", "sofa ordered; assembly $79 accepted, protection plan $129 declined; address not a price"),

("FR22_004", "Daniel Okafor", "2026-11-03T17:22:00", "asr", """A: hi is this mister dalton this is daniel calling from brightpath solar about lowering your electric bill
C: how'd you get this number
A: you requested a quote on our website back in august i believe
C: i didn't request anything
A: i understand well we're offering a free roof assessment this month and most homeowners in your area save around forty percent
C: i'm not interested
A: it's no obligation and we can also add a battery backup for
C: no look i've told you people three times now take me off the list
A: okay i'll mark you as do not call sorry about that
C: yeah whatever""",
 False, 0.0, "negative", "outbound cold call refused; irritated, asks to be removed"),

("FR22_005", "Hannah Weiss", "2026-11-04T13:30:00", "clean", """A: Good afternoon, Rosa's Kitchen catering, Hannah speaking.
C: Hi Hannah! I'm planning my mom's retirement lunch on the 22nd, about twelve people.
A: Lovely. Our lunch tray package for 12 is $216, with two entrees, salad, and rolls.
C: Perfect, let's book that.
A: Most people also add our mini cannoli dessert; it's $6 a person.
C: Oh, she loves cannoli. Yes, for all twelve.
A: So the lunch package plus twelve desserts, that's another $72. Pickup or delivery?
C: Pickup at 11:30 is fine.
A: You're all set for Sunday the 22nd at 11:30.
C: You're a lifesaver, this is going to be so nice. Thank you!""",
 True, 72.00, "positive", "catering booked; dessert $6 per person x 12 = 72 accepted; delighted"),

("FR22_006", "Tom Lindqvist", "2026-11-04T15:48:00", "asr", """A: northline internet this is tom how can i help
C: yeah my internet dropped like six times last week and i work from home so that's not great
A: i'm really sorry about that let me run a check on your line
C: sure
A: okay the line looks clean now the drops were from the outage on tuesday but i also see your router's in the basement and the signal upstairs is weak
C: it is the office is on the second floor
A: we have a mesh extender you can rent for ten dollars a month it'd fix the dead spot upstairs
C: ten bucks a month on top of what i already pay
A: yes and i can ship it today
C: fine add it but honestly i'm still pretty annoyed about last week nobody told us anything
A: understood it's added and i've noted the outage on your account
C: yeah okay""",
 True, 10.00, "negative", "extender rental $10/month added to existing service (add-on to earlier purchase); stays annoyed about outage"),

("FR22_007", "Aisha Karim", "2026-11-05T08:35:00", "clean", """A: Westgate Auto Service, Aisha speaking.
C: Hi, I need an oil change for a 2019 Honda CR-V. Do you have anything Saturday morning?
A: I have 8:30 or 10:15 on Saturday.
C: 10:15, please.
A: Got it. The synthetic oil change is $69. Since it's been over 7,000 miles, would you like a tire rotation too? It's $25 with the oil change.
C: Hmm, when was the last one... yeah, probably due. Sure, add the rotation.
A: So Saturday the 7th at 10:15, oil change and tire rotation. Can I confirm your phone as 555-0143?
C: Yes, that's my number.
A: You're booked.
C: Okay, see you then.""",
 True, 25.00, "neutral", "service appointment picked from options; tire rotation $25 accepted; year/mileage/phone not prices"),

("FR22_008", "Jake Moreno", "2026-11-05T19:10:00", "asr", """A: thanks for calling the orpheum box office this is jake
C: hi um i'm trying to get two tickets for the lumen quartet on the twenty first
A: let me check for you oh i'm sorry the twenty first just sold out about an hour ago
C: oh no are there any other dates
A: that was their only date here this tour i can put you on the waitlist it's free
C: uh no i don't think it's worth it
A: understood is there anything else
C: no i was really looking forward to that i guess that's just how it goes
A: sorry about that
C: yeah bye""",
 False, 0.0, "negative", "sold out, free waitlist declined, nothing bought; quietly disappointed"),

("FR22_009", "Leah Fischer", "2026-11-06T10:20:00", "clean", """A: Hi, this is Leah with Tallyboard sales. You filled in the demo request?
C: Yes! We tried the trial for two weeks and the team loves it. We want the Team plan.
A: Great. The Team plan is $240 a month and includes 10 seats. How many people are you?
C: Right now 13, and we're hiring.
A: Then you'd need 3 extra seats. They're $12 each per month.
C: Okay, add the three seats.
A: Shall I start the Team plan with 13 seats today, billed monthly?
C: Yes, let's do it. Honestly this is the first tool everyone actually agreed on.
A: Ha, love to hear it. I'm sending the invoice now.
C: Awesome, thanks Leah.""",
 True, 36.00, "positive", "Team plan bought; 3 extra seats at $12 each = 36 (monthly counted once); enthusiastic"),

("FR22_010", "Omar Haddad", "2026-11-06T14:02:00", "asr", """A: skyway airlines reservations this is omar
C: hi i wanna book the denver flight on the ninth coming back on the thirteenth just me
A: okay the seven ten am out and the four forty pm back comes to three eighteen round trip in main cabin
C: okay
A: that fare doesn't include a checked bag it's thirty five each way so seventy for the round trip would you like to add one
C: uh yeah i'll need one i'm bringing ski stuff
A: sure so that's one bag both ways for seventy dollars total shall i book everything
C: yes book it
A: done your confirmation is k l m four r two
C: wait is that k as in kilo
A: yes k as in kilo
C: okay got it thanks""",
 True, 70.00, "neutral", "flight booked; checked bag 35 each way = 70 total accepted; times and confirmation code not prices"),

("FR22_011", "Grace Liu", "2026-11-07T12:15:00", "clean", """A: TechNest, this is Grace. What can I do for you?
C: Hi, I'm ordering the Aero 14 laptop for my daughter, she's starting college.
A: Great pick. The Aero 14 with 16GB is $1,099. Would you like the 3-year accident protection? It's $149 and covers spills and drops.
C: With an 18-year-old? Absolutely, yes.
A: And we have a padded sleeve and mouse bundle for $39.
C: No, she already picked out her own bag.
A: No problem. So the Aero 14 plus the 3-year protection for $149. Shall I place it?
C: Yes, please.
A: Placed. It'll arrive by Friday.
C: Perfect, that's a load off. You've been really helpful.""",
 True, 149.00, "positive", "laptop ordered; protection $149 accepted, $39 bundle declined; appreciative"),

("FR22_012", "Ben Carter", "2026-11-07T16:44:00", "asr", """A: good morning keystone insurance ben speaking
C: hi um i got a letter about bundling home and auto
A: yes if you bundle we can save you about three hundred a year let me pull up a quote
C: okay
A: so home and auto together would be two hundred eleven a month and i can add umbrella coverage for twenty two a month
C: mhm
A: would you like me to go ahead and bind the bundle today
C: uh i need to talk to my husband first he handles the car stuff
A: of course i'll email you the quote
C: yeah that's my email the gmail one
A: got it you'll have it in a few minutes
C: okay thank you""",
 False, 0.0, "neutral", "deferral to husband; umbrella add-on left unanswered; yes only to email"),

("FR22_013", "Nina Petrova", "2026-11-09T09:50:00", "clean", """A: Brightsmile Dental, Nina speaking.
C: Hi, I'd like to schedule a cleaning. It's been way too long, honestly.
A: No judgment! I have Tuesday the 10th at 3:40 or Wednesday at 9.
C: Tuesday at 3:40.
A: Got it. We're also running an in-office whitening special for cleaning patients, $99 instead of $250, done the same visit.
C: Oh, I've been wanting to do that. Yes, add the whitening.
A: Great. Tuesday the 10th at 3:40, cleaning and whitening. Please arrive 10 minutes early.
C: Will do. This is exactly what I needed before the holidays, thank you!
A: See you then.
C: Bye!""",
 True, 99.00, "positive", "cleaning booked; whitening accepted at the offered $99 (not the $250 list price)"),

("FR22_014", "Ravi Shah", "2026-11-09T18:25:00", "asr", """A: iron valley fitness ravi speaking
C: yeah i need to cancel my membership
A: sorry to hear that can i ask why
C: the place is packed every evening half the machines are broken and nobody fixes them
A: i hear you what if i drop you to the off peak plan at nineteen ninety nine a month
C: no i'm not paying for off peak when i work days that doesn't help me at all
A: i can also give you two months free
C: no just cancel it please
A: okay it's canceled effective the end of this billing cycle
C: great finally thanks""",
 False, 0.0, "negative", "cancellation; both save offers refused; 'great finally' is sarcastic"),

("FR22_015", "Chloe Dubois", "2026-11-10T11:11:00", "clean", """A: DreamWell Mattress, Chloe here.
C: Hi Chloe, I tried the Cloudline hybrid in your store last weekend and I'm ready to buy the queen.
A: Wonderful. The queen Cloudline is $1,299 with free delivery.
C: Great.
A: Would you like pillows to go with it? The cooling gel pillow is $45.
C: How many come in a box?
A: They're sold individually.
C: Then two of them, one for me and one for my partner.
A: So the queen Cloudline plus two cooling pillows at $45 each. Shall I place the order?
C: Yes, go ahead. I'm so excited to finally sleep properly.
A: All done! Delivery Monday.
C: Thank you, you were great.""",
 True, 90.00, "positive", "mattress bought; quantity two said apart from $45 unit price = 90"),

("FR22_016", "Evan Brooks", "2026-11-10T15:37:00", "asr", """A: thank you for calling willow creek barn this is evan
C: hi evan we toured last week and we've decided we want to book for june twentieth
A: congratulations the saturday rate for june is eight thousand five hundred
C: yes we want it
A: wonderful our standard bar service is included or you can upgrade to the premium bar with craft cocktails for eight fifty more
C: eight hundred fifty
A: yes eight hundred fifty flat for the whole event
C: oh my gosh yes we have to do that my fiance will be thrilled
A: so june twentieth with the premium bar upgrade i'll send the contract and the deposit link
C: perfect we are so happy thank you so much
A: congrats again""",
 True, 850.00, "positive", "venue booked; premium bar upgrade 'eight fifty' clarified as 850; thrilled"),

("FR22_017", "Priya Nair", "2026-11-11T10:28:00", "clean", """A: Petal & Stem, Priya speaking.
C: Hi, I'd like to send flowers to my sister in Dayton for her birthday on Thursday.
A: Sure. Our seasonal bouquet is $65 with delivery.
C: That's fine.
A: Would you like it in a glass vase for $15, or we include a paper wrap for free?
C: The vase, she won't have one.
A: And a box of truffles is $12, a lot of people add those for birthdays.
C: Sure, why not.
A: So the bouquet in a vase with truffles, delivered Thursday to 48 Linden Street, Dayton. Card message?
C: "Happy 40th, love you, Meg." That's it.
A: Got it, all set.
C: Okay, thanks.""",
 True, 27.00, "neutral", "bouquet ordered; vase $15 picked over free wrap + truffles $12 = 27"),

("FR22_018", "Marcus Bell", "2026-11-11T20:05:00", "asr", """A: skyline tv this is marcus
C: hi yeah i saw my bill went up again so that's fun
A: i'm sorry about that the base package went up four dollars this month
C: oh great love that for me anyway football starts sunday and i need the sports tier
A: sure the sports tier is fourteen ninety nine a month
C: of course it is
A: would you like me to add it
C: yeah add it what choice do i have
A: it's added you'll see the channels in about ten minutes
C: wonderful another fifteen bucks thanks
A: anything else
C: no""",
 True, 14.99, "negative", "customer asks for sports tier on existing account, 14.99 accepted; sarcastic throughout"),

("FR22_019", "Sofia Reyes", "2026-11-12T13:55:00", "clean", """A: Crescent Bank, Sofia speaking. How can I help?
C: Hi, my debit card got bent and the chip stopped working.
A: Sorry about that. I can send a replacement at no charge. Can you confirm the address ending in 118 Brook Road?
C: Yes, that's still my address.
A: It'll arrive in 5 to 7 business days. We also offer rush delivery in 2 days for $25.
C: No, a week is fine, I've got a credit card.
A: Okay, the replacement is ordered. Your old card stays active for online purchases until the new one arrives.
C: Good to know. Thanks.""",
 False, 0.0, "neutral", "free replacement card is not a purchase; rush $25 declined; yes only to address"),

("FR22_020", "Daniel Okafor", "2026-11-12T17:18:00", "asr", """A: serenity day spa this is daniel
C: hi i'd like to book a couples massage for saturday afternoon it's our anniversary
A: happy anniversary i have two pm or four thirty
C: four thirty is perfect
A: the couples massage is two hundred sixty for the both of you and you can add aromatherapy for twenty five a person
C: oh that sounds lovely yes for both of us
A: so fifty for the two of you added great may i have a name for the booking
C: it's the hendersons
A: you're all set for four thirty saturday
C: thank you this is going to be such a treat""",
 True, 50.00, "positive", "massage booked; aromatherapy 25 per person x 2 = 50"),
]
