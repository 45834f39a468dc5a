CALLS = [
("FR83_041", "Sun-hee Park", "2026-11-20T15:15:00", "asr", """A: northline tv this is sun hee
C: hi yeah um we just cut the cable with the other company and i wanna get your streaming tv thing
A: great so the basic streaming package is sixty four ninety nine a month that's about ninety channels
C: okay does that have uh the football like the sunday games
A: that's in the sports pack which is twelve ninety nine more
C: yeah okay i need that my husband would divorce me
A: ha and we also have premium movies for nine ninety nine
C: nah we have netflix we're good
A: okay so streaming tv at sixty four ninety nine plus the sports pack at twelve ninety nine want me to get that started
C: yes please start it today if you can there's a game on sunday
A: it's active now you'll get a text with the login
C: oh awesome thank you that was way easier than the other guys""",
 True, 12.99, "positive", "sports pack $12.99 accepted, movies declined; channel count not a price"),

("FR83_042", "Rafael Ortiz", "2026-11-20T19:50:00", "asr", """A: dashly this is rafael
C: hey um yeah my order says it's been picked up for like thirty minutes but the driver's not moving on the map
A: let me check the order ending two one nine
C: yeah two one nine
A: okay i see the driver he had a second pickup he's about twelve minutes out now
C: oh okay
A: sorry about the wait and by the way you qualify for a free month of dashly plus
C: mhm
A: it'd cover your delivery fees for thirty days and then it's nine ninety nine
C: yeah uh maybe later i'm just hungry right now
A: totally fair the food should be there in about twelve
C: okay thanks man""",
 False, 0.00, "neutral", "order status call; 'mhm' backchannel and 'maybe later' are not acceptance of the trial"),

("FR83_043", "Bridget Kearney", "2026-11-23T10:05:00", "clean", """A: Hartwell Home, Bridget speaking.
C: Hi, I'd like to order the Rise standing desk, the 60-inch, in walnut.
A: The Rise 60 in walnut is $649. Do you want the dual-motor version? It's the same price this month.
C: Oh, then definitely dual-motor.
A: Great. Do you work with monitors? Our monitor arms are $89 each, and they clamp right onto the Rise.
C: I have two monitors, so two arms.
A: Two arms at $89 each, $178. And a desk mat for $39?
C: No, I've got a mat. Just the desk and the two arms.
A: So the Rise 60 walnut, dual-motor, $649, plus two monitor arms, $178, shipping to 55 Quarry Road. Shall I place it?
C: Yes, place the order.
A: Placed. Ships in 3 to 5 business days.
C: Thanks.""",
 True, 178.00, "neutral", "2 monitor arms x $89 = 178; dual-motor upgrade at no extra cost adds 0; desk mat declined"),

("FR83_044", "Emeka Obi", "2026-11-23T12:40:00", "asr", """A: brightline home services emeka speaking
C: hi yeah i want to get a quote on uh carpet cleaning for the whole downstairs
A: sure how many rooms
C: uh the living room the dining room and the hallway so three i guess
A: okay three areas is one sixty nine
C: okay that's not bad let's go ahead and book it for saturday
A: great saturday i've got nine or one
C: nine hang on my wife's saying something
A: sure
C: she says uh we're getting new carpet in january so it's kind of pointless yeah sorry cancel that
A: oh no worries at all that makes sense
C: yeah sorry about that thanks for your time""",
 False, 0.00, "neutral", "booking commitment retracted in the same call"),

("FR83_045", "Lena Fischer", "2026-11-23T14:25:00", "asr", """A: sunward travel lena here
C: hi um i need a hotel in chicago for the uh the marathon weekend no wait it's not the marathon it's my cousin's thing
A: ha okay what dates
C: the fourth to the seventh of december
A: okay three nights i've got the lakeshore inn at one eighty nine a night
C: one eighty nine okay yeah that's fine book that one
A: would you want breakfast that's twenty two per person per day
C: uh is it two people it's me and my girlfriend yeah add it for both of us
A: okay so three mornings two people that's one thirty two total for breakfast
C: yeah that's fine
A: okay lakeshore inn december fourth to seventh one eighty nine a night plus breakfast for two
C: mhm yep
A: you're booked i'll text you the confirmation
C: awesome thanks lena""",
 True, 132.00, "positive", "breakfast $22 x 2 people x 3 mornings = 132 as stated and accepted; room rate is the main purchase"),

("FR83_046", "Curtis Bell", "2026-11-24T09:10:00", "clean", """A: Evercrest Insurance, Curtis speaking.
C: I'm calling about claim 4471-09. I got a letter saying it was denied.
A: Let me look. The claim was for water damage in the basement. It was denied because the policy excludes flooding from surface water.
C: It wasn't a flood. A pipe burst. I sent you the plumber's invoice.
A: I see the invoice here, dated October 29th. It looks like the adjuster may have missed it. I can request a re-review.
C: Yes, request it. And I want someone to actually call me this time instead of mailing a form letter.
A: I've marked it for a callback. Re-reviews take about 10 business days.
C: Ten business days. Wonderful. The basement's been torn apart for a month.
A: I understand, and I'm sorry.
C: Yeah. Okay. Bye.""",
 False, 0.00, "negative", "'Yes, request it' is a claim re-review, not a purchase; 'Wonderful' is sarcasm"),

("FR83_047", "Noor Haddad", "2026-11-24T11:55:00", "asr", """A: northline prepaid this is noor
C: hi um i wanna switch my number over to you guys from clearwave
A: sure do you have your account number and transfer pin from them
C: yeah it's uh four four nine one two and the pin is uh eight eight two zero
A: okay and which plan did you want the fifteen gig is thirty a month
C: yeah the thirty one
A: and we have an international pass for five a month for calling mexico and canada
C: uh huh
A: it's pretty popular with
C: so when does my number like come over
A: usually within an hour so just to confirm porting your number to the fifteen gig plan at thirty a month
C: yeah that's right
A: okay it's submitted you'll get a text when it's live
C: cool thanks""",
 True, 0.00, "neutral", "new prepaid plan confirmed; international pass got only 'uh huh' (backchannel) then a topic change, left unanswered so 0; account number and pin are not prices"),

("FR83_048", "Gabe Lindqvist", "2026-11-17T13:05:00", "clean", """A: Dashly Fresh, this is Gabe.
C: Hi! I tried your meal kit trial and loved it. I'd like to start the regular subscription.
A: Glad to hear it! Three meals a week for two people is $59.94 a week. Want to start with next Monday's box?
C: Yes, start with Monday.
A: Done. This week we have add-ons: a breakfast box for $12.99 and desserts at $4.50 each.
C: The breakfast box, yes. And two of the desserts, the chocolate pots.
A: Breakfast box $12.99, two chocolate pots at $4.50 each, $9.00. All on Monday's box?
C: Yes, exactly.
A: All set. Your first box arrives Monday the 23rd between 2 and 8 p.m.
C: I can't wait, thank you so much!""",
 True, 21.99, "positive", "breakfast box 12.99 + 2 desserts x 4.50 = 21.99 on top of the subscription"),

("FR83_049", "Marisol Vega", "2026-11-24T16:20:00", "asr", """A: greenway lawn this is marisol
C: hi i cancelled my service in september and i just got charged again
A: oh i'm sorry let me look that up what's the address
C: seven twelve orchard lane
A: okay i see a cancel note from september ninth but the autopay wasn't turned off
C: so i've been charged twice then
A: it looks like october and november forty five each
C: ninety dollars for nothing
A: i'm refunding both right now and i've shut off the autopay
C: okay
A: and if you'd like we have a fall cleanup special for one twenty
C: no i'd like you to stop charging me that's all i'd like
A: understood the refund is done you'll see it in five days
C: fine""",
 False, 0.00, "negative", "billing error and refund; fall cleanup offer refused; curt, quietly angry customer"),

("FR83_050", "Dev Chandra", "2026-11-16T18:00:00", "asr", """A: northline wireless dev speaking
C: hey so i was in the store yesterday and they said i could do the upgrade over the phone
A: sure which phone were you looking at
C: the pixel ten the hundred and twenty eight gig
A: okay the pixel ten is six ninety nine or about nineteen forty two a month for thirty six months
C: uh the monthly one
A: okay and you want to trade in the pixel seven that'll knock off a hundred and twenty
C: oh sweet yeah do that
A: alright so pixel ten one twenty eight on monthly payments with the trade in credit shipping to the address on file should i put that through
C: yeah go for it
A: done it'll be there thursday
C: nice thanks dev that's great""",
 True, 0.00, "positive", "phone upgrade is the main purchase; trade-in credit is a discount, not an upsell; storage size and model numbers not prices"),

("FR83_051", "Keisha Moore", "2026-11-25T10:30:00", "clean", """A: Evercrest Life, Keisha speaking.
C: Hi, I filled out the online form for term life. I'm 41, non-smoker.
A: Thanks. For a 20-year term, $500,000 of coverage would be about $34 a month. A million would be $58.
C: That's less than I expected. What would a medical exam involve?
A: For $500,000 at your age, there's no exam, just a questionnaire. Would you like to start the application?
C: I'd want to run it by my husband first, we're doing our whole budget this weekend.
A: Of course. I'll send you both quotes in writing.
C: Yes, please send them. Thanks, Keisha.""",
 False, 0.00, "neutral", "deferral to spouse; 'Yes, please send them' is about the quotes, not a purchase"),

("FR83_052", "Tomasz Nowak", "2026-11-18T12:00:00", "asr", """A: hartwell home tomasz
C: hi um yes i'm looking for the uh the bunk bed the twin over twin the harbor
A: the harbor bunk yeah it's five forty nine in white or gray
C: gray gray and um does it come with mattresses
A: no the frame only but our kids' foam mattress is one ninety nine each
C: okay so i'd need two obviously
A: yeah two for the bunk
C: uh how thick are they because the guard rail
A: they're six inch which is what the harbor's rated for
C: okay yeah then the bunk in gray and the two mattresses
A: great so harbor bunk gray five forty nine and two mattresses at one ninety nine each that's three ninety eight for the mattresses
C: yes that's right
A: great and for delivery we have the twenty fourth
C: the twenty fourth's fine""",
 True, 398.00, "neutral", "mattresses are an agent-offered add-on to the bunk frame: 2 x 199 = 398; 'six inch' is not a price"),

("FR83_053", "Priya Raman", "2026-11-25T20:40:00", "clean", """A: Dashly, this is Priya.
C: Hi! This is a weird call, but my driver tonight, Marcus, went above and beyond. He carried my groceries up four flights because the elevator's broken. I want to add to his tip.
A: That's so nice to hear. I can add to the tip on order 88-1043. How much?
C: Another $10, please.
A: Done, $10 added, and I'll pass on your feedback. By the way, with Dashly Plus you'd save on fees, it's $9.99 a month.
C: No thanks, I only order once in a while. But really, tell him thank you. You guys made my night.
A: I will. Have a good night.
C: You too!""",
 False, 0.00, "positive", "a tip on a past order is not a purchase or add-on; Plus declined"),

("FR83_054", "Owen Castillo", "2026-11-25T13:15:00", "asr", """A: sunward travel owen speaking
C: yeah hi um i need flights to orlando for four of us me my wife and two kids
A: okay what dates
C: december twentieth to the twenty seventh out of pittsburgh
A: okay so the best i've got is a nonstop at two ninety eight per person round trip that's eleven ninety two for four
C: eleven ninety two yeah okay that's that's about what i figured let's book it
A: okay and checked bags are thirty five per bag each way how many bags
C: uh two we'll do two bags the kids can do carry ons
A: so two bags both ways that's one forty
C: wait one forty for two bags
A: thirty five times two bags times two flights
C: ugh fine yeah one forty whatever add them
A: okay four tickets eleven ninety two plus bags one forty i'm booking it now
C: mhm
A: and you're confirmed the code is uh x r four nine t b
C: okay got it thanks""",
 True, 140.00, "neutral", "bags $35 x 2 bags x 2 flights = 140, accepted grudgingly; fares are the main purchase"),

("FR83_055", "Hannah Liebl", "2026-11-19T11:20:00", "clean", """A: Brightline Home Services, Hannah speaking.
C: Hi, the technician who fixed my AC in August left a flyer about your maintenance plan. Can you tell me about it?
A: Sure. It's $15 a month and covers two tune-ups a year, one for heating and one for cooling, plus 15% off repairs and priority scheduling.
C: The priority part is what I want. Last summer I waited four days with no AC.
A: That's exactly what it's for. Let me confirm: Comfort Plan at $15 a month, billed to the card on file, first tune-up scheduled for December 3rd at 10 a.m.?
C: You got it. Thanks, that's a relief.
A: You're enrolled. See you December 3rd.
C: Thank you, Hannah, you've been great.""",
 True, 0.00, "positive", "maintenance plan is the main purchase, confirmed by 'You got it'"),

("FR83_056", "Jamal Porter", "2026-11-27T09:40:00", "asr", """A: evercrest this is jamal can i get your name and date of birth
C: yeah it's derek hollis march third nineteen eighty four
A: thank you derek and how can i help
C: my car insurance went from like one twelve to one fifty nine a month and i wanna know why
A: let me see um so it looks like there was a rate increase across the state in october
C: across the state
A: yes about eighteen percent and your policy also had
C: so everybody just pays more now great
A: i could save you some if you bundle your renters with us
C: i'm not buying more insurance from you to fix the insurance you overcharged me for
A: i understand i can send you a breakdown
C: yeah send it whatever i'm gonna get quotes from other places""",
 False, 0.00, "negative", "bundle offer refused; 'yeah send it' is about a breakdown; birth date is not a price"),

("FR83_057", "Sun-hee Park", "2026-11-25T15:45:00", "asr", """A: dashly bakery orders this is sun hee
C: hi um i wanna order a birthday cake for delivery on saturday
A: sure we have the chocolate fudge eight inch for forty eight
C: yeah the chocolate one
A: okay and do you want writing on it it's five dollars
C: yeah yeah it's for my daughter it should say happy seventh birthday ava
A: aw okay and we also have matching cupcakes they're three each by the dozen
C: a dozen is a lot can i do like half a dozen
A: sure six cupcakes is eighteen
C: okay yeah do the six
A: so chocolate fudge cake forty eight the writing five and six cupcakes eighteen delivered saturday at uh what time
C: around noon to twelve willow street
A: okay twelve willow street at noon saturday you're all set
C: perfect she's gonna lose her mind thank you so much""",
 True, 23.00, "positive", "writing $5 + 6 cupcakes x $3 = 18, total 23; cake is the main purchase"),

("FR83_058", "Rafael Ortiz", "2026-11-27T12:30:00", "clean", """A: Northline Wireless, Rafael speaking.
C: Hi. I'm thinking about getting a tablet for my dad, and I wanted to know what a data line would cost.
A: A tablet line on your plan is $20 a month for 10 gigs or $30 for unlimited.
C: He'd only use it for video calls with the grandkids, so 10 gigs is plenty. Do you have tablets in stock at the Main Street store?
A: They have the Galaxy Tab A9 in stock, $179. I could also set up the line now and ship you a SIM.
C: I'd rather go see it in person with him first. He's particular about screen size.
A: Makes sense. Would you like me to call you Thursday afternoon to follow up?
C: Yes, Thursday afternoon is fine.
A: Noted. Thanks for calling.
C: Thank you.""",
 False, 0.00, "neutral", "'Yes' agrees to a callback, not a purchase; price questions only"),

("FR83_059", "Bridget Kearney", "2026-11-20T14:50:00", "asr", """A: brightline this is bridget
C: hi um i need to get the windows done outside before the holidays
A: sure how many windows roughly
C: um it's a two story so like maybe twenty two
A: okay for twenty two windows exterior it's two twenty
C: two twenty mhm
A: and we can clean the screens too that's four dollars a screen
C: uh so twenty two screens that's like
A: eighty eight
C: eighty eight yeah okay do the screens too they're disgusting
A: okay i have monday the thirtieth in the morning
C: that works book it
A: booked monday the thirtieth windows and screens at um four oh five lakeview drive
C: yep that's us thanks""",
 True, 88.00, "neutral", "screens $4 x 22 = 88 accepted; window count and house number are not prices"),

("FR83_060", "Emeka Obi", "2026-11-27T16:05:00", "clean", """A: Sunward Travel, Emeka speaking.
C: Hi, I want to book the Iceland northern lights tour, the four-day one starting February 6th, for one person.
A: Sure. The February 6th departure is $1,875 per person, including hotels and the guided tours.
C: Yes, book that for me please.
A: Of course. I'll charge the Mastercard ending 9921... I'm sorry, the card was declined. Do you have another card?
C: Declined? That's odd. No, that's my only card. Let me call my bank and call you back.
A: Sure. I can't hold the spot without payment, but there are 6 seats left right now.
C: Okay. I'll call back once it's sorted. Thanks.""",
 False, 0.00, "neutral", "commitment could not be completed (card declined), nothing booked, customer defers"),
]
