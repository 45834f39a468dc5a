CALLS = [
(
"FR47_021", "Janelle Okafor", "2026-11-16T14:05:00", "asr",
"""A: oakhaven furniture janelle speaking
C: hi yeah the sofa you delivered on friday has a tear along the back cushion and the leg was wobbling right out of the box
A: oh i'm so sorry about that can you send me a photo to the order email
C: i sent three photos on saturday nobody answered
A: i see them now sorry i can send a replacement sofa next week and put a hundred dollar credit on your account
C: a credit for a shop i'm not sure i want to shop at again
A: i understand the replacement is the best i can do from here though
C: fine send the new one i suppose that's what i'm getting
A: okay it's booked for tuesday and the drivers will take the damaged one away
C: to be honest after this i'm not buying from you again
A: i'm sorry to hear that
C: yeah""",
False, 0.0, "negative",
"replacement of a damaged sofa and a credit, nothing bought; grudging 'i suppose that's what i'm getting', 'i'm not buying from you again'"),
(
"FR47_022", "Wes Carrington", "2026-11-17T10:10:00", "clean",
"""A: Northgate Power and Gas, Wes speaking.
C: Hi Wes. I saw something on my bill about a green energy option and I didn't really understand it.
A: Sure. It's called Clean Choice. We match 100% of your usage with wind and solar credits. For a home your size it's about $6 a month extra.
C: So the power coming in is the same, it's just where the money goes?
A: Exactly. The electricity is the same, you're paying for renewable generation to go onto the grid.
C: Oh, okay. That's actually not as complicated as the bill made it look.
A: Would you like me to switch you over today?
C: I'd like to talk it through with my husband first. Could you email me the page about it?
A: Of course, it's on its way.
C: Thank you. You explained that better than the website ever did.""",
False, 0.0, "positive",
"deferral 'talk it through with my husband first'; warmth in plain words 'You explained that better than the website ever did'"),
(
"FR47_023", "Hannah Brzezinski", "2026-11-17T12:44:00", "asr",
"""A: ridgeway auto hannah speaking
C: hi i need four new tires the inspection guy said mine are bald
A: okay for your civic the all season ones are one twenty each so four eighty for the set installed
C: wow tires cost more than my first car did
A: ha yeah they've gone up um do you want to book the install
C: yeah i don't really have a choice do i let's book it for saturday
A: saturday nine a m and i'd recommend an alignment with new tires that's eighty nine dollars
C: uh yeah fine do the alignment too
A: okay four tires installed plus the alignment saturday at nine
C: okay see you saturday""",
True, 89.0, "neutral",
"'let's book it for saturday' tires; 'yeah fine do the alignment too' eighty nine dollars = 89; joke about price, flat overall"),
(
"FR47_024", "Omar Haddad", "2026-11-18T09:25:00", "clean",
"""A: Clearview Dermatology, this is Omar.
C: Hi Omar! My GP sent a referral over last week for a mole check, I'm hoping to get something booked.
A: Sure, let me find it. I'm sorry, I don't see a referral under your name.
C: Oh. They said they faxed it Tuesday.
A: We haven't received anything. Once we have it, the first new-patient slot is March 9th.
C: March? That's four months. The GP said it should be looked at soon.
A: I understand. If your GP marks it urgent it can go on a priority list.
C: So I go back to the GP, they fax it again, and then I wait and see. This is ridiculous.
A: I'm sorry, that's how the referral system works here.
C: I'll find somewhere else. Thanks.""",
False, 0.0, "negative",
"nothing booked; friendly opening turns into 'This is ridiculous', 'I'll find somewhere else' at the end"),
(
"FR47_025", "Colleen Murphy", "2026-11-18T15:50:00", "asr",
"""A: the laugh cellar box office colleen speaking
C: hiya i'm looking for tickets for friday for four of us
A: friday eight o'clock we have tables left at twenty two dollars a ticket
C: lovely yeah four of those please
A: okay so four for friday at eight that's eighty eight dollars and for twenty more each you can get the front row vip with a drink included
C: oh no regular's fine we're not brave enough for the front row
A: ha fair enough so four regular tickets friday at eight eighty eight in total
C: yep that's it
A: great you're booked the tickets will come by text
C: that's really kind of you to sort that so quickly thanks colleen""",
True, 0.0, "positive",
"'four of those please' + confirms 'yep that's it'; vip declined 'regular's fine'; warm plain words 'really kind of you to sort that so quickly'"),
(
"FR47_026", "Ravi Subramanian", "2026-11-19T11:15:00", "clean",
"""A: Thanks for calling FreshCrate, this is Ravi.
C: Hi Ravi. I need to cancel my meal kit subscription. We're moving to Portugal next month.
A: Oh, exciting! I'm sorry to lose you. We can pause it for up to three months if that helps?
C: No, we'll be gone for good. Unless you ship to Lisbon.
A: I'm afraid we only deliver in the US at the moment.
C: I figured. Then please go ahead and cancel it.
A: Done. Your last box is this Thursday and you won't be charged after that.
C: Thanks. It's been good, honestly. The kids even ate the lentil one. Shame you don't ship abroad.
A: That's lovely to hear. Good luck with the move!
C: Thank you, bye.""",
False, 0.0, "positive",
"cancellation, pause refused; positive about product 'It's been good, honestly', 'kids even ate the lentil one'"),
(
"FR47_027", "Bethany Crowe", "2026-11-19T07:48:00", "asr",
"""A: cascade credit union bethany speaking
C: hi yeah my card just got declined at a shop and i'm in lisbon i told you i was travelling
A: oh i'm sorry let me check um yes there was a fraud flag on a foreign transaction this morning
C: yeah that was me buying a coffee i put the travel note in the app two weeks ago
A: i see the note it looks like it didn't link to the card i'm removing the block now
C: so i've been standing at a checkout with a queue behind me thanks for that
A: i'm really sorry it should work straight away now
C: okay it'd better because i've got a hotel to pay tonight
A: it will and i've added the travel dates to the card directly
C: right bye""",
False, 0.0, "negative",
"card unblocked, no sale; sarcasm 'thanks for that', curt 'it'd better', 'right bye'"),
(
"FR47_028", "Luis Ortega", "2026-11-20T13:33:00", "clean",
"""A: Comfort Plumbing, Luis speaking.
C: Hi, our kitchen sink drains really slowly and the plunger isn't doing anything.
A: We can send someone Monday afternoon. A drain cleaning is $129.
C: Monday's fine, go ahead.
A: Booked. We also offer a camera inspection of the line for $75, so you know what's causing it.
C: Sure, why not, add the camera.
A: Okay, I've added it.
C: Actually, wait. Skip the camera. My brother-in-law has one of those, he can have a look after.
A: No problem, I've taken it off. Just the drain cleaning on Monday, 1 to 5.
C: Okay, thanks.""",
True, 0.0, "neutral",
"'Monday's fine, go ahead' booking; camera $75 accepted then retracted 'Skip the camera' → 0; neutral"),
(
"FR47_029", "Naomi Fitch", "2026-11-20T16:20:00", "asr",
"""A: northlight tours naomi speaking
C: hi um we've been looking at the iceland northern lights trip in february the five night one
A: oh that's a lovely one the february dates are the tenth and the twenty fourth
C: the tenth for two people please we've been saving for this for about two years
A: so the five night package for two leaving february tenth that's three thousand eight hundred total would you like travel insurance it's sixty four dollars for both of you
C: yeah add the insurance
A: great so the package and insurance for two on the tenth shall i put it through on the card ending four four
C: yes go ahead
A: it's booked you'll get the itinerary tonight
C: oh wow okay it actually feels real now thank you""",
True, 64.0, "positive",
"'the tenth for two people please' + 'yes go ahead'; 'add the insurance' sixty four dollars = 64; 'it actually feels real now thank you'"),
(
"FR47_030", "Graham Pettibone", "2026-11-23T11:02:00", "clean",
"""A: VoltMart phone orders, Graham speaking.
C: Hi, I'd like to buy the Aspire 14 laptop, the one that's on sale for $649.
A: Sure, let me get that in the cart. Can I take the card number?
C: It's a Visa, 4532... I'll read it out.
A: Got it. Hmm, I'm sorry, that's come back declined.
C: Declined? Can you try once more?
A: Same result, I'm afraid. It may be your bank's limit on phone orders.
C: Okay. That's embarrassing. I'll sort it out with them and call back.
A: No problem, I can't hold the sale price, but it runs till Sunday.
C: Okay. Bye.""",
False, 0.0, "neutral",
"card declined twice, nothing bought 'I'll sort it out with them and call back'; flat 'That's embarrassing. Okay'"),
(
"FR47_031", "Keiko Arakawa", "2026-11-23T18:12:00", "clean",
"""A: Thai Orchid, this is Keiko.
C: Hi, I'd like to order delivery, please.
A: I'm sorry, we've stopped delivery tonight because of the ice on the roads. Pickup only.
C: So I drive out in this instead of your driver. Lovely.
A: I'm sorry. Would pickup still work?
C: I guess. Two pad thai with chicken and a green curry.
A: That's $41. Would you like spring rolls? They're $7.50 an order.
C: Two orders of the spring rolls.
A: So two pad thai, a green curry and two orders of spring rolls, ready in 25 minutes. Okay?
C: Yeah. Fine.""",
True, 15.0, "negative",
"'Two pad thai...' order + confirms 'Yeah. Fine'; two orders of spring rolls at $7.50 = 15; sarcasm 'Lovely', grudging 'I guess', 'Fine'"),
(
"FR47_032", "Dmitri Volkov", "2026-11-24T08:40:00", "asr",
"""A: ironworks fitness dmitri speaking
C: hi i want to cancel my membership
A: okay sorry to hear that can i ask why
C: it doesn't matter why i signed up online in two minutes and now i have to call during working hours to cancel
A: i understand i can offer two months at half price if you'd like to stay
C: no just cancel it please
A: okay and would you like to freeze instead of cancel it's five dollars a month
C: no cancel it the whole thing
A: alright it's cancelled your last payment was on the first
C: and i won't be charged in december
A: no you won't
C: okay""",
False, 0.0, "negative",
"retention refused 'no just cancel it please'; irritation at the cancellation process 'now i have to call during working hours'"),
(
"FR47_033", "Marisol Vega", "2026-11-24T12:25:00", "clean",
"""A: Brightline Mobile, Marisol speaking.
C: Hi. My screen's cracked for the second time this year, so I think it's time for a new phone.
A: I can help with that. The Pixel 9 is $799, or $33.29 a month over 24 months.
C: The monthly one, please. Let's just do it.
A: Okay. Would you like device protection? It's $12 a month and covers cracked screens.
C: Given my track record, yes, add that.
A: So the Pixel 9 on monthly payments, with protection at $12 a month. It ships tomorrow. Does that all sound right?
C: Yes. It's a lot of money for a phone, but it is what it is.
A: Anything else I can help with?
C: No, that's it.""",
True, 12.0, "neutral",
"'The monthly one, please. Let's just do it' + protection 'yes, add that' at $12 a month = 12; 'it is what it is' resigned, not hostile"),
(
"FR47_034", "Derek Holloway", "2026-11-25T20:15:00", "asr",
"""A: westbury hotel front desk derek speaking
C: hi i'm in room four twelve checking out tomorrow but my airline just moved my flight to thursday so i need another night
A: let me check yes i can extend you for wednesday night at the same rate one eighty nine
C: yes please do that
A: done and your flight's in the evening is it we could do a late checkout on thursday till four for twenty five dollars
C: yes please that'd help a lot
A: okay that's one more night and late checkout till four on thursday
C: oh that's such a relief i was picturing myself sleeping at the airport
A: not on our watch
C: thank you i really appreciate it""",
True, 25.0, "positive",
"'yes please do that' extra night; late checkout 'twenty five dollars' 'yes please' = 25; annoyed at airline, relief toward hotel 'such a relief', 'really appreciate it'"),
(
"FR47_035", "Priya Raman", "2026-11-25T10:00:00", "clean",
"""A: Harborview Insurance, Priya speaking.
C: Hi, my daughter just got her license and I need to add her to our car insurance.
A: Congratulations! Let me get a quote. Adding a 16-year-old driver would be an extra $80 a month.
C: Eighty dollars a month for a kid who drives to school and back.
A: I know. It does come down once she's had two years with no claims, and there's a good-student discount if her GPA is 3.0 or higher.
C: She's a B-minus student, so that's out. Okay. Add her.
A: She's added, effective today. The new ID card will be in your email.
C: Well, she's worth it, I suppose. Thanks.""",
True, 0.0, "neutral",
"'Okay. Add her' = paid policy change (main change, no add-on); grudging but joking 'she's worth it, I suppose'"),
(
"FR47_036", "Tobias Lindqvist", "2026-11-26T14:38:00", "asr",
"""A: seabrook spa tobias speaking
C: hi i'm looking for a gift for my sister she's just had a baby and she hasn't had a day to herself in months
A: aw that's a lovely idea our spa day is a massage facial and lunch for two hundred and ten
C: oh she'd love that um is there something a bit smaller as well
A: the half day is a massage and pool access for one twenty five
C: okay um let me check with my brother we might split the full day
A: of course the vouchers are good for a year
C: that's brilliant she's going to cry when she gets it thanks for going through it all""",
False, 0.0, "positive",
"deferral 'let me check with my brother'; positive 'she'd love that', 'that's brilliant'"),
(
"FR47_037", "Janelle Okafor", "2026-11-27T11:11:00", "clean",
"""A: Oakhaven Furniture, Janelle speaking.
C: Hi, I lay on the Cloudrest mattress in the store yesterday. Does it come in a king?
A: I'm afraid the Cloudrest is only made in queen and full right now. The king is due in spring.
C: Huh. Spring.
A: The Serene has a similar feel and comes in king, at $1,340.
C: I'd buy the Cloudrest today if it came in a king. I'm not sure about the Serene without trying it.
A: Of course. You're welcome to come in and try it.
C: Maybe. Can you let me know when the king Cloudrest is in?
A: Sure, I'll add you to the notify list.
C: Okay, thanks.""",
False, 0.0, "neutral",
"conditional 'I'd buy the Cloudrest today if it came in a king'; notify list only; neutral"),
(
"FR47_038", "Wes Carrington", "2026-11-27T09:47:00", "asr",
"""A: northgate water wes speaking
C: yeah hi my water bill this month is four hundred dollars it's normally about sixty something is badly wrong
A: oh wow okay let me look um your usage tripled so it could be a leak or the meter
C: i live alone i don't run a car wash
A: i believe you we can send someone out to test the meter for free this thursday morning would that work
C: uh yeah thursday morning's okay book it
A: done between eight and noon and if it's a leak on our side the bill gets adjusted
C: oh okay that's really reasonable
A: and i've put a hold on the payment until then
C: okay thank you that's a lot better than i expected when i dialed""",
True, 0.0, "positive",
"'thursday morning's okay book it' = appointment booked (free visit); angry opening, ends 'that's really reasonable', 'a lot better than i expected'"),
(
"FR47_039", "Hannah Brzezinski", "2026-11-30T10:55:00", "clean",
"""A: Ridgeway Auto Service, Hannah.
C: Hi, you had my Corolla in yesterday for the noise. Did the mechanic figure it out?
A: Yes, it's the timing belt and water pump. The quote is $780 including labor.
C: $780. Well. That's not what I wanted to hear.
A: I know it's a lot. If the belt goes, the engine damage costs much more.
C: The whole car is worth maybe two grand. I'll need to think about whether it's worth it.
A: Of course. The quote is good for 30 days.
C: Okay. Thanks anyway.""",
False, 0.0, "negative",
"'I'll need to think about' = deferral; quiet disappointment 'That's not what I wanted to hear', flat 'Thanks anyway'"),
(
"FR47_040", "Omar Haddad", "2026-11-30T15:30:00", "asr",
"""A: lakeside eye care omar speaking
C: hi i'd like to book an eye test i've been getting headaches reading
A: sure we have wednesday at three or friday at ten
C: wednesday at three
A: okay and do you wear contacts
C: not yet but i was thinking about it
A: we can do a contact lens fitting at the same visit it's forty dollars on top of the exam
C: mhm yeah let's do that as well
A: okay so wednesday at three eye exam and contact lens fitting
C: yep
A: great see you then
C: okay bye""",
True, 40.0, "neutral",
"'wednesday at three' booking + lens fitting 'forty dollars' 'yeah let's do that as well' = 40; flat"),
]
