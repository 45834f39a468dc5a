CALLS = [
("FR32_001", "Maria Lopez", "2026-11-02T09:14:07", "clean", """A: Thank you for calling Harborview Hotel reservations, this is Maria. How can I help?
C: Hi Maria, I'd like to book a room for my husband and me, arriving the 14th and leaving the 17th.
A: Let me look. I have a king room with a harbor view at $189 per night, so $567 for the three nights before tax.
C: That sounds lovely. Is breakfast included?
A: It isn't included in that rate, but I can add our breakfast buffet. It's $18 per person per morning, so for the two of you over three mornings that comes to $108.
C: Hmm, we'll probably be out early most days.
A: Understood. It opens at 6:30, if that helps.
C: Oh, 6:30 is fine then. Yeah, go ahead and add the breakfast.
A: Done. So that's the king harbor-view room, three nights, with breakfast for two, $675 before tax. Shall I confirm it on the card ending 4410?
C: Yes, please, that's the one.
A: You're all booked. Confirmation number is H-88213.
C: Perfect, that's exactly what we were hoping for. Thank you so much!
""", True, 108.0, "positive", "Room booked on read-back; breakfast add-on $18 x 2 people x 3 mornings = 108 accepted; ends clearly pleased."),

("FR32_002", "James Chen", "2026-11-02T11:40:52", "asr", """A: thanks for calling lumen fiber this is james what can i do for you
C: yeah hi um my internet has been crawling for like three weeks now it's honestly awful
A: i'm sorry about that let me run a line test real quick
C: sure whatever
A: okay so the line looks clean but you're on the one hundred meg plan and there are a lot of devices on it
C: so it's my fault now
A: not at all i just mean the plan might be tight for your household we have the five hundred meg tier for ten dollars more a month
C: uh huh and that's gonna magically fix it
A: it should help a lot with that many devices would you like me to switch you over today
C: um i'd have to ask my roommate he pays half the bill
A: of course i can note the offer on the account
C: yeah fine i just want the thing to work like it's supposed to
""", False, 0.0, "negative", "Upgrade offered but customer defers to roommate; frustrated and sarcastic throughout."),

("FR32_003", "Priya Nair", "2026-11-03T17:05:31", "clean", """A: Good afternoon, Trattoria Sole, Priya speaking.
C: Hi, I'm hoping to get a table for 6 this Saturday at 7:30.
A: Let me check Saturday... I'm sorry, we're fully booked from 6 until 9:30 that night.
C: Oh no. Nothing at all?
A: I could do 9:15 at the bar tables, or Sunday at 7 in the main room for six.
C: 9:15 is too late with the kids. Sunday at 7 in the main room would work, I suppose.
A: Great, I'll put that in. Under what name?
C: Delgado. D-E-L-G-A-D-O.
A: Sunday at 7, party of 6, under Delgado. Is that right?
C: That's right. It's a shame about Saturday, but okay.
A: We'll see you Sunday.
C: Thanks, bye.
""", True, 0.0, "neutral", "Saturday sold out; customer takes the offered Sunday alternative and confirms read-back; mild disappointment, polite close."),

("FR32_004", "Tom Becker", "2026-11-03T10:22:18", "asr", """A: good morning keystone mutual this is tom calling about your auto policy renewal
C: oh hi tom yeah i got the letter
A: great so the renewal comes to six hundred twelve dollars for the six months pretty much the same as last term
C: okay that's fine let's renew it
A: perfect and while i have you we have roadside assistance for four dollars a month and rental reimbursement for six dollars a month
C: hmm roadside yeah that one i'll take my car's getting old
A: and the rental coverage
C: nah we have a second car so no need for that
A: no problem so renewal plus roadside at four a month starting on the twentieth
C: yep sounds right
A: you're all set you'll get the new cards by email
C: great you guys have always been good to me thanks tom
""", True, 4.0, "positive", "Renewal committed; roadside $4/month accepted (counted once), rental declined; warm praise."),

("FR32_005", "Aisha Bello", "2026-11-04T13:48:03", "clean", """A: Oakline Furniture, this is Aisha. How can I help?
C: Hi, I want to order the Carver walnut dining table I saw online, the 72-inch one.
A: The Carver 72 is $899. I can place that for you now.
C: Yes, let's do that.
A: Would you like matching chairs? They're $120 each.
C: Put me down for four of those.
A: Four Carver chairs, $480. We also offer white-glove delivery with assembly for $79.
C: No, my brother can help me carry it. Actually, wait, let me go down to two chairs. I have two already that'll match okay.
A: Sure, two chairs at $120 each, so $240. Table plus two chairs comes to $1,139 with standard delivery.
C: Yes, that's right.
A: Order is placed. You'll get a delivery window by text.
C: Okay, thanks.
""", True, 240.0, "neutral", "Table ordered; chairs revised from four to two at $120 each = 240; white-glove declined; businesslike tone."),

("FR32_006", "Lukas Weber", "2026-11-04T08:31:44", "asr", """A: northgate power and light this is lukas how can i help
C: yeah my bill this month is three hundred and forty dollars for a one bedroom apartment are you kidding me
A: i'm sorry let me pull up the account what's the address
C: twelve eighteen birch lane apartment four
A: thanks okay i see it the meter read was estimated and it looks like it was way off
C: no kidding
A: i'm correcting it now and you'll get a credit of two hundred and six dollars on the next statement
C: fine
A: also would you like me to sign you up for paperless billing and text alerts it's free
C: yeah sure whatever sign me up for that
A: done you're enrolled and the credit will show in a few days
C: great so i only had to call three times and wait forty minutes to get you people to read a meter
""", False, 0.0, "negative", "Billing correction and free paperless enrolment are not purchases; furious start, sarcastic close."),

("FR32_007", "Sofia Rossi", "2026-11-05T15:10:26", "clean", """A: Hi Mr. Okafor, it's Sofia from Tallyflow following up on last week's demo. Do you have a few minutes?
C: Sure, I've got about ten.
A: Great. What did your team think?
C: Honestly, the demo went really well. The invoicing automation is exactly what our finance folks have been asking for.
A: That's good to hear. For 25 seats on the Growth plan we'd be at $1,250 a month, billed annually.
C: Okay. And onboarding is included at that level?
A: Yes, onboarding and a dedicated success manager for the first 90 days.
C: Good. Can you send me the proposal in writing? I need to walk our CFO through it before we sign anything.
A: Absolutely. Would it help if I joined that call?
C: Maybe. Let me see how she reacts first. I really like what I've seen so far, though.
A: I'll send it this afternoon.
C: Sounds great, thanks Sofia.
""", False, 0.0, "positive", "Interest and request for a written proposal, pending CFO review: no commitment; clearly positive about the product."),

("FR32_008", "Daniel Kim", "2026-11-05T12:02:09", "asr", """A: brightsmile dental this is daniel
C: hi um i need to book a cleaning it's been a while
A: sure are you an existing patient
C: yeah last name is moreau
A: got it i have tuesday the seventeenth at ten forty five or thursday the nineteenth at two
C: uh tuesday the ten forty five please
A: okay and is your phone still five five five two one three eight eight oh four
C: yes that's still my number
A: great you're booked tuesday at ten forty five we're also running a whitening special for ninety nine dollars if you want it the same visit
C: no i'm good just the cleaning
A: no problem see you on the seventeenth
C: okay thanks bye
""", True, 0.0, "neutral", "Cleaning appointment booked by choosing offered slot; phone/time numbers are not prices; whitening declined."),

("FR32_009", "Grace Owusu", "2026-11-06T18:33:57", "clean", """A: Riverside Amphitheater box office, this is Grace.
C: Hi! I'm trying to get tickets for the Lila Marsh show on the 21st.
A: We still have lower-bowl seats at $75 each. How many would you like?
C: Two, please. It's for my daughter's birthday.
A: Lovely. Would you like to add a parking pass? It's $25 for the night and you park right by gate B.
C: Oh, yes, definitely add parking. The last time we parked a mile away.
A: So that's two lower-bowl tickets at $75 each plus one parking pass, $175 in total. Shall I put it on the card?
C: Yes, that's right. What time do the doors open?
A: Doors at 6:30, show at 8. Your tickets are confirmed and will be emailed to you.
C: Amazing. She's going to be over the moon, thank you so much!
""", True, 25.0, "positive", "Tickets confirmed on read-back with follow-up question; parking pass $25 accepted; excited customer."),

("FR32_010", "Mateo Silva", "2026-11-06T08:05:40", "asr", """A: valley ford service department this is mateo
C: hi i need an oil change for a twenty nineteen escape
A: sure we have thursday at eight am or friday at one thirty
C: thursday at eight works
A: okay and while it's in do you want a tire rotation it's twenty nine ninety five
C: how long does that add
A: about fifteen minutes
C: yeah go ahead and throw that in then
A: alright oil change and tire rotation thursday at eight under the name
C: perkins p e r k i n s
A: you're booked mister perkins see you thursday
C: okay sounds good
""", True, 29.95, "neutral", "Service appointment booked; tire rotation 'twenty nine ninety five' accepted = 29.95; year/model and times are not prices."),

("FR32_011", "Hannah Lee", "2026-11-09T14:17:22", "clean", """A: Summit Credit Union, this is Hannah. How can I help you?
C: There's a $214 charge on my debit card from some electronics store in another state. I've never been there.
A: I'm sorry to hear that. I'll block the card right away and open a dispute.
C: Thank you. How long does the dispute take?
A: Usually up to 10 business days. You'll get a provisional credit within 2.
C: Okay.
A: While we're on the phone, you'd qualify for our Platinum Rewards card, which has fraud monitoring built in. It's $95 a year.
C: No. I'm not paying a yearly fee for anything right now. I just want my money back.
A: Understood. Your replacement card will arrive in 5 to 7 days.
C: Five to seven days without a card. Fantastic.
A: I can expedite it at no charge.
C: Fine, do that. This has been a miserable week.
""", False, 0.0, "negative", "Fraud dispute and free expedited card are not purchases; paid card declined; sarcastic and unhappy."),

("FR32_012", "Omar Haddad", "2026-11-09T16:44:13", "asr", """A: hi this is omar with cozyair heating and cooling am i speaking with mrs lindqvist
C: yes who is this
A: we serviced your furnace two years ago and i'm calling about our comfort club plan it's one fifty nine a year with two tune ups
C: oh um no thank you
A: it also gets you priority scheduling and fifteen percent off repairs
C: honestly the last time you guys came out it was a mess the tech left mud all over my carpet
A: i'm really sorry to hear that
C: we use a local guy now ray's heating he's cheaper and he actually shows up on time
A: understood would you like me to note the carpet issue for our manager
C: no it's fine i just don't need anything from you thanks
""", False, 0.0, "negative", "Outbound plan offer refused; customer complains about past service and praises a competitor."),

("FR32_013", "Nina Petrova", "2026-11-10T11:25:38", "clean", """A: Crestline Mobile, Nina speaking. How can I help?
C: I want to cancel my plan. I've been paying $65 a month and my friend pays $40 with another carrier.
A: I understand. Before I process that, can I look at what I can do for you?
C: I guess, but I've pretty much made up my mind.
A: I can take $15 off your plan every month for the next 12 months, so you'd be at $50 with the same unlimited data.
C: $50 for the full year? Not just three months?
A: Twelve full months, locked in.
C: Okay. If it's really $15 off for the year, then I'll stay.
A: Great, I've applied it. Would you like to add a line for your son while we're at it? That's $20 a month.
C: No, just keep it as it is.
A: Done. Your next bill will show $50.
C: That's actually really fair. Thanks for sorting it out, Nina.
""", True, 0.0, "positive", "Retention offer accepted on a cancellation call (condition met); extra line declined; ends appreciative."),

("FR32_014", "Ben Carter", "2026-11-10T19:12:55", "asr", """A: techhaven orders desk this is ben
C: hey i want to order the aero book fourteen the model ending in twenty two ten
A: sure that one's one thousand one hundred ninety nine dollars do you want to go ahead
C: yep let's do it
A: great would you like the two year protection plan it's one forty nine and we have a padded sleeve for thirty nine
C: uh yeah add both i guess
A: okay both added
C: actually you know what scratch the protection plan my credit card covers that
A: no problem removed so the laptop and the sleeve
C: yeah just those two
A: total is one thousand two hundred thirty eight before tax shipping to the address on file
C: yep that's right
""", True, 39.0, "neutral", "Laptop bought; protection plan accepted then retracted by name; sleeve $39 kept; model numbers not prices."),

("FR32_015", "Yuki Tanaka", "2026-11-11T08:12:40", "clean", """A: Pacifica Airways, this is Yuki. How can I help?
C: I've been trying to change my flight in your app for an hour and it's crashed twice. I'm honestly losing my mind.
A: I'm so sorry. I can do it for you right now. What's the confirmation code?
C: KX7P2Q. I need to move Thursday's flight to Saturday.
A: I have Saturday at 11:40 a.m. There's a $75 change fee and no fare difference.
C: Fine, book the 11:40.
A: Done. Your seat is 31C. For $45 I can move you to an extra-legroom seat, 12A.
C: You know what, after this morning I deserve it. Yes, do the legroom seat.
A: You're in 12A on Saturday at 11:40. New itinerary is on its way to your email.
C: Got it. Oh, thank goodness. You've saved my trip, thank you so much.
""", True, 45.0, "positive", "Rebooking committed (change fee $75 is a fee, not upsell); extra-legroom $45 accepted; negative start, grateful end."),

("FR32_016", "Rachel Adams", "2026-11-11T20:14:31", "asr", """A: hi thanks for calling dash bowl this is rachel
C: hi my order just showed up and it's cold and half of it is missing
A: oh no i'm so sorry what was missing
C: the two side salads and the drinks and the bowls are like room temperature
A: i'm really sorry about that i can refund the whole order which was thirty four fifty
C: okay
A: or i can send a fresh order out at no charge right now
C: no just the refund please i'm not waiting another hour
A: understood the refund is processed it'll take three to five days
C: yeah i'm not happy honestly this is the second time this month
A: i'll flag it with the store manager
C: okay bye
""", False, 0.0, "negative", "Refund only, free re-send declined; no purchase; explicitly not happy."),

("FR32_017", "Maria Lopez", "2026-11-12T18:26:03", "clean", """A: Hi, this is Maria from PulseFit on Elm Street. You stopped by for a tour last week?
C: Oh, yes, hi.
A: I wanted to see whether you had any questions about membership.
C: Just the price, really. What was the monthly again?
A: The standard membership is $39 a month with no joining fee this month.
C: Hmm. Honestly, I'd join if it were under $30. That's my budget.
A: I understand. The off-peak membership is $29, but it's only valid before 4 p.m.
C: I work until 5, so that doesn't help me.
A: That's fair. Should I keep the tour pass active in case you change your mind?
C: Sure, that's fine. But for now, no, sorry.
A: No problem at all. Thanks for your time.
C: Thanks, bye.
""", False, 0.0, "neutral", "Conditional on price under $30 unmet for a usable plan; refuses; polite neutral."),

("FR32_018", "James Chen", "2026-11-12T10:09:47", "asr", """A: hi this is james from bluehaven home insurance you requested a quote online
C: oh yes thanks for calling back so fast
A: no problem so for the house on forty two maple ridge i have two options basic at eighty five a month or home plus with flood at one twenty
C: and the flood one covers the basement right
A: yes up to fifty thousand in basement contents
C: okay that's good to know um i think the plus one makes sense
A: great would you like me to bind it today
C: uh let me check with my wife first she handles all this stuff could you email me both
A: of course what's the best email
C: it's m chen at mailbox dot com
A: sent they're good for thirty days
C: perfect you've been super helpful i really appreciate it
""", False, 0.0, "positive", "Leaning toward a plan but defers to wife and asks for email: no commitment; warm and appreciative."),

("FR32_019", "Priya Nair", "2026-11-13T09:37:15", "clean", """A: Paws & Suds grooming, Priya here.
C: Hi! I need to book grooming for my two dogs, a golden and a corgi.
A: Happy to help. Full groom is $65 per dog. I have Saturday at 10 or Monday at 9.
C: Saturday at 10, please.
A: Got it. Would you like nail trims added? They're $12 per dog.
C: Yes, do the nails for both of them, please. The corgi's are clicking on the floor.
A: Ha, we'll fix that. So two full grooms and two nail trims on Saturday at 10.
C: Perfect.
A: You're booked. Please bring their vaccination records.
C: Will do. You guys always make them look so cute, thank you!
""", True, 24.0, "positive", "Grooming booked; nail trims $12 per dog x 2 = 24 accepted; happy customer."),

("FR32_020", "Tom Becker", "2026-11-13T15:52:29", "asr", """A: notewise support this is tom
C: hi i can't log into my account it keeps saying my password is wrong
A: let me help what's the email on the account
C: it's j ortega at fastmail dot com
A: okay i've sent a reset link can you check your inbox
C: um okay yeah got it
A: great go ahead and set a new one
C: okay done i'm in
A: perfect by the way our priority support plan is nineteen dollars a month and gets you a direct line
C: no thanks i don't need that
A: no problem anything else today
C: no that's it thanks
""", False, 0.0, "neutral", "Password reset is a free service; priority support declined; routine thanks."),
]
