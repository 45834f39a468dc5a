CALLS = [
("FR7_001","Maria Delgado","2026-11-02T09:14:00","clean","""A: Thank you for calling Harbor View Inn, this is Maria. How can I help?
C: Hi, I'd like a room for the 14th and 15th, two adults.
A: I have a queen room with a bay view at $189 a night. Would that work?
C: That sounds lovely, yes, let's book that.
A: Wonderful. Would you like to add our breakfast buffet? It's $18 per person for the whole stay.
C: For both of us, sure, add it.
A: Great. So the queen bay-view room, two nights, plus breakfast for two. Shall I confirm that?
C: Yes please. We're so excited, it's our anniversary.
A: Congratulations! You're all set, confirmation is on its way.
C: Thank you, you've been wonderful.""",True,36.00,"positive","room is main; breakfast $18 x 2 people = 36"),
("FR7_002","Derek Owusu","2026-11-02T10:02:00","asr","""a: thanks for calling clearline internet this is derek
c: yeah hi um i want to cancel my service
a: sorry to hear that can i ask why
c: it's just too expensive i'm paying like eighty five a month
a: i understand i can put you on our essentials plan for fifty five a month same speed for twelve months
c: uh fifty five huh
a: that's right and no contract change
c: okay fine i'll stay on the fifty five one then
a: perfect i've switched that for you
c: okay thanks""",True,0.00,"neutral","retention offer accepted = conversion; discount not upsell; tone flat"),
("FR7_003","Priya Raman","2026-11-02T11:30:00","clean","""A: Oakline Furniture customer care, this is Priya.
C: Yes, I ordered a sofa three weeks ago and it still hasn't arrived. Order 55812.
A: Let me look. I see it's delayed at the warehouse, new estimate is next Thursday.
C: Next Thursday? You told me last Thursday. This is the second time.
A: I'm very sorry. I can add a note and request priority handling.
C: I don't want notes, I want my sofa. Honestly I'm not happy at all.
A: I understand. I'll escalate it and have a supervisor call you tomorrow.
C: Fine. I'll believe it when I see it.""",False,0.00,"negative","pure complaint, nothing bought; customer ends unhappy"),
("FR7_004","Tomás Reyes","2026-11-02T13:45:00","asr","""a: bright smile dental this is tomas speaking
c: hi um i need to book a cleaning
a: sure are you an existing patient
c: yes it's under kowalski
a: got it i have tuesday the seventeenth at ten am or thursday at two thirty
c: uh tuesday at ten works
a: okay tuesday the seventeenth at ten for a cleaning does that sound right
c: yep that's right
a: you're booked we'll send a text reminder
c: okay bye""",True,0.00,"neutral","appointment confirmed via read-back; no add-on"),
("FR7_005","Hannah Lindqvist","2026-11-02T15:20:00","clean","""A: Keystone Auto Insurance, Hannah speaking.
C: Hi, I'm shopping around for car insurance, I just bought a 2022 Civic.
A: Happy to quote that. With full coverage and a $500 deductible you'd be at $112 a month.
C: And if I raise the deductible to $1,000?
A: That would bring it to $96 a month.
C: Okay, that's actually better than what I expected. You've explained it really clearly.
A: Would you like me to start the policy today?
C: Not today, I want to compare with one more quote first. Can you email me this?
A: Of course, I'll send it now.
C: Great, thanks so much, really helpful.""",False,0.00,"positive","quote only, defers; prices asked about not bought; warm tone"),
("FR7_006","Kwame Mensah","2026-11-03T09:05:00","asr","""a: hi you've reached vertex mobile this is kwame
c: hey yeah i'm eligible for an upgrade i think
a: you are you can get the new pixel for zero down and twenty two a month
c: oh nice yeah let's do that one
a: awesome do you want a case with it we've got the rugged one for thirty nine ninety nine
c: um yeah sure throw the case in
a: and a screen protector for nineteen ninety nine
c: nah i'm good on that
a: okay so the phone and the case i'll get it shipped today
c: sweet this was way easier than i thought thanks man""",True,39.99,"positive","phone is main; case 39.99 accepted; screen protector declined"),
("FR7_007","Colette Fournier","2026-11-03T10:40:00","asr","""a: northway energy billing colette speaking
c: yeah i got a bill for four hundred and twelve dollars that's insane my bill is never over a hundred
a: let me look um it looks like there was an estimated read last month
c: so you just guessed
a: the meter reader couldn't access it so it was estimated i can correct it to the actual read
c: and how long is that gonna take
a: the corrected bill will be about ninety eight and i'll credit the difference in three to five days
c: i mean fine but i shouldn't have to call for this every time
a: i understand i've added a note
c: whatever just fix it""",False,0.00,"negative","billing correction, no purchase; annoyed throughout"),
("FR7_008","Owen Gallagher","2026-11-03T11:15:00","clean","""A: Stagelight Box Office, this is Owen.
C: Hi! I want two tickets for the Lumineers show on Saturday, the 8 pm one.
A: Let me check... two seats together in the mezzanine at $74 each, $148 total. Want them?
C: Yes, book them please!
A: One moment... I'm sorry, the booking failed. Those seats were just taken and Saturday is now sold out.
C: Oh no. Is there anything else, standing room?
A: Unfortunately not, the whole show is sold out.
C: That's really disappointing. I've been waiting months for this.
A: I'm sorry. I can add you to the waitlist.
C: I guess. Honestly this is so frustrating.""",False,0.00,"negative","commitment could not be fulfilled, nothing booked; waitlist is not a purchase"),
("FR7_009","Leila Haddad","2026-11-03T14:00:00","asr","""a: iron peak fitness this is leila
c: hi i was in yesterday for a tour and i wanna sign up
a: oh great the standard membership is thirty nine a month
c: yeah that's the one
a: we also do a personal training intro pack it's normally sixty dollars but for new members i can do fifty
c: um what's in it
a: three one on one sessions with a trainer
c: oh okay yeah let's add that for fifty
a: done you're all set welcome to iron peak
c: awesome i'm really excited to get started""",True,50.00,"positive","membership main; PT pack revised 60 -> 50 accepted = 50"),
("FR7_010","Brandon Pike","2026-11-03T16:10:00","clean","""A: Ledgerly support and renewals, Brandon speaking.
C: Hi, our annual subscription is up for renewal next week. Account is Pinecrest Dental.
A: Yes, I see it. Renewal at $480 for the year for five seats. Shall I process it?
C: Yes, go ahead and renew. We also hired three people, can we add seats?
A: Sure, additional seats are $12 a month each.
C: Okay, add three seats.
A: Done. Renewal processed plus three extra seats.
C: Thanks. Send the invoice to accounts@pinecrest.com.""",True,36.00,"neutral","renewal is main; 3 seats x $12/month = 36 (recurring counts once)"),
("FR7_011","Gabriela Souza","2026-11-04T09:35:00","asr","""a: good morning trattoria lucca gabriela speaking
c: hi um do you have a table for six this friday around seven
a: let me see i have seven fifteen on the patio or eight inside
c: ooh the patio at seven fifteen please
a: lovely and the name
c: bennett
a: okay bennett party of six friday seven fifteen patio
c: perfect oh i'm so glad you had space it's my mom's birthday
a: we'll have a little dessert for her
c: oh that's so sweet thank you""",True,0.00,"positive","reservation confirmed; free dessert not an upsell"),
("FR7_012","Nathan Brooks","2026-11-04T10:50:00","clean","""A: GreenGuard Pest Control, this is Nathan.
C: Hi, we've been seeing ants in the kitchen. What would a treatment cost?
A: A one-time interior and exterior treatment is $149. The quarterly plan is $45 a month.
C: And does the quarterly plan cover mice too?
A: Rodent coverage is an extra $15 a month.
C: Okay. Let me talk it over with my husband and I'll call back.
A: Sure, would you like me to hold a slot for Thursday?
C: No, not yet. Thanks.""",False,0.00,"neutral","prices asked, deferred; no commitment"),
("FR7_013","Ines Carvalho","2026-11-04T12:20:00","asr","""a: skybridge airlines ines speaking how can i help
c: yeah i need to move my flight from the twentieth to the twenty second
a: i can do that there's a change fee of seventy five dollars
c: seventy five seriously
a: i'm afraid so on the basic fare
c: ugh fine do it
a: okay you're on the twenty second at nine ten am would you like extra legroom for thirty five
c: um yeah my knees can't do another flight crammed in so yes add it
a: all set your new itinerary is confirmed
c: great so that's a hundred and ten on top of what i paid this airline is a rip off honestly""",True,35.00,"negative","paid flight change = conversion; change fee $75 is a fee (0); legroom 35 accepted; ends negative"),
("FR7_014","Sam Whitaker","2026-11-04T14:05:00","clean","""A: TechNest orders, Sam speaking.
C: Hi, I want to order the Aero 14 laptop, the silver one.
A: Sure, that's $899. Would you like the 3-year protection plan for $129?
C: Yes, add that.
A: And the laptop sleeve for $25?
C: No thanks. What's the total then?
A: $1,028 before tax.
C: Hmm, actually drop the protection plan, just the laptop.
A: No problem, just the Aero 14 at $899. Confirm?
C: Yes, confirmed.""",True,0.00,"neutral","laptop main; protection plan accepted then dropped; sleeve declined"),
("FR7_015","Yuki Tanaka","2026-11-04T15:45:00","asr","""a: streamly support this is yuki
c: hi um my tv app keeps buffering like every two minutes it's driving me nuts
a: sorry about that let's try something can you go to settings and clear the app cash
c: okay uh clear cache done
a: now restart the app
c: okay it's playing oh wow it's actually smooth now
a: great that should keep it stable
c: you're a lifesaver thank you so much seriously""",False,0.00,"positive","pure support, fixed; ends very positive"),
("FR7_016","Rachel Okafor","2026-11-05T09:10:00","clean","""A: Petal & Stem, Rachel speaking.
C: Hi, I'd like to send flowers to my sister in the hospital. The spring mix bouquet.
A: Lovely choice, that's $54 with delivery tomorrow morning. Shall I place that?
C: Yes please.
A: Would you like it in a glass vase? That's $15 more.
C: Yes, the vase would be nice, they never have vases there.
A: We also have a small box of truffles for $12.
C: Oh, she'd love that. Add the truffles too.
A: Perfect, bouquet with vase and truffles, arriving tomorrow before noon.
C: Thank you, that's perfect, you made this so easy.""",True,27.00,"positive","bouquet main; vase 15 + truffles 12 = 27"),
("FR7_017","Victor Petrov","2026-11-05T11:25:00","asr","""a: quicklube service center this is victor
c: yeah hi can i get an oil change saturday morning
a: sure i have eight thirty or ten
c: uh eight thirty
a: synthetic is sixty nine ninety five do you want a tire rotation too it's twenty nine ninety five
c: nah just the oil change
a: okay oil change saturday eight thirty for a toyota camera right
c: yep that's it
a: you're booked""",True,0.00,"neutral","appointment booked; tire rotation declined"),
("FR7_018","Alicia Moreno","2026-11-05T13:40:00","clean","""A: Zenwave Wireless, this is Alicia. How can I help?
C: I want to cancel my line. I'm moving to another carrier.
A: I'm sorry to hear that. I could offer you 20% off for the next six months.
C: No. I've had dropped calls for months and nobody fixed anything.
A: I understand. What if I add a free signal booster as well?
C: No thanks, I'm done. Just cancel it please.
A: Okay, I've processed the cancellation, effective at the end of the cycle.
C: Fine.""",False,0.00,"negative","retention offers refused; cancellation"),
("FR7_019","Jordan Ellis","2026-11-05T17:05:00","asr","""a: tony's pizzeria jordan speaking
c: hey can i get two large pepperonis for delivery
a: sure that's thirty one ninety eight you want anything else garlic bread's five ninety nine
c: um yeah add a garlic bread
a: drinks two liter sodas are two fifty each
c: uh two cokes
a: okay two large pepperoni one garlic bread two cokes to two twelve elm street
c: yep that's right
a: about forty minutes""",True,10.99,"neutral","pizzas main; garlic bread 5.99 + 2 sodas x 2.50 = 10.99"),
("FR7_020","Sofia Marchetti","2026-11-05T16:30:00","clean","""A: SafeHaven Home Security, Sofia speaking.
C: Hi, I'm looking into a monitored alarm system for my apartment.
A: Our starter kit is $199 and monitoring is $34.99 a month.
C: That's quite a bit. I'd sign up if monitoring were closer to $20.
A: The lowest I can do is $29.99 a month with a two-year agreement.
C: I'll pass for now. Thanks for the info.
A: No problem, I'll send a brochure.
C: Okay.""",False,0.00,"neutral","conditional, then declines"),
]
