CALLS = [
("FR83_001", "Marisol Vega", "2026-11-02T09:12:00", "asr", """A: thanks for calling northline wireless and home this is marisol how can i help
C: hi yeah um so my internet's been kinda slow and my son said i should like uh upgrade or something
A: okay i can look at that for you can i get the account phone number
C: yeah it's five five five oh one four two
A: mhm and uh
C: oh sorry eight eight one nine
A: got it okay so you're on the two hundred meg plan right now at fifty five a month i can move you to the gig plan for seventy five a month
C: seventy five uh huh and that's like that's gonna fix the lag
A: it should be a big difference yeah and i can also add a mesh extender for upstairs that's ten a month
C: mhm
A: so the extender
C: wait sorry the gig thing yeah let's do the gig plan and uh yeah the extender too my daughter's room is like a dead zone
A: perfect so gig plan at seventy five and the extender at ten a month starting with your next bill
C: awesome thank you that's great honestly""",
 True, 10.00, "positive", "plan upgrade is the main purchase; mesh extender $10/mo accepted after a backchannel mhm; phone number digits are not prices"),

("FR83_002", "Dev Chandra", "2026-11-02T10:47:00", "clean", """A: Thanks for calling Hartwell Home, this is Dev.
C: Hi, I was in the showroom on Saturday looking at the Ashby dining table, the oak one, model AT-640.
A: Yes, the Ashby. The 72-inch is $1,450 and it comes with four chairs.
C: Right. We're six people though, so I'd need more chairs.
A: The matching chairs are $189 each. Would you want two extra?
C: Actually make it three, my mother-in-law visits a lot. So the table and three extra chairs.
A: Three chairs at $189 each, that's $567, plus the table at $1,450. Delivery to 4120 Glenmore Drive, is that right?
C: Yes, 4120 Glenmore. Go ahead and place it.
A: Done. Delivery window is December 9th, between 8 and noon.
C: Lovely, thank you. We've been wanting this table for months.""",
 True, 567.00, "positive", "3 extra chairs x $189 = 567 on top of the $1,450 table; model number and street number are not prices"),

("FR83_003", "Keisha Moore", "2026-11-02T14:05:00", "asr", """A: good afternoon sunward travel this is keisha
C: hey hi um i'm looking at the uh the lisbon package the seven nights one
A: oh the lisbon one is lovely that's eighteen ninety nine per person with flights from newark
C: oh wow okay that that sounds amazing honestly
A: it's a great deal we have two dates left in march the fourteenth and the twenty first
C: mhm yeah
A: would you like me to hold the fourteenth for you
C: uh so i i gotta check with my sister first she's the one who has to get off work
A: totally understandable i can email you the itinerary
C: yeah yeah email it please it's uh jen dot ruiz at mailbox dot com
A: got it sent over it's good till friday
C: cool thanks""",
 False, 0.00, "positive", "enthusiasm without commitment, then defers to sister; 'yeah email it' is not a purchase; attitude to the product is warm"),

("FR83_004", "Tomasz Nowak", "2026-11-03T08:55:00", "clean", """A: Evercrest Insurance, Tomasz speaking.
C: I need to cancel my auto policy. Policy number is 7718-22.
A: I can help with that. May I ask why you're leaving?
C: My premium went up $340 at renewal and nobody told me. I had no claims. Nothing.
A: I'm sorry about that. I could apply a loyalty discount that brings it down by $120 a year if you stay.
C: So it's still $220 more than last year for no reason. No.
A: I understand. Would you like me to transfer you to someone who can review the rating?
C: I've already got a policy with someone else starting the 15th. Just cancel it effective the 15th.
A: All right, it's cancelled effective November 15th. Any refund will go back to your card in 7 to 10 days.
C: Fine. Eight years with you people and this is how it goes.""",
 False, 0.00, "negative", "cancellation completed, save offer declined; quiet anger at the end"),

("FR83_005", "Priya Raman", "2026-11-03T19:22:00", "asr", """A: hi this is priya with dashly support i see you reported an issue with order ending four four seven
C: yeah um an issue yeah so i ordered at like six forty and it got here at eight fifteen
A: oh no i'm so sorry about that
C: and it was cold and the driver uh he left it at the wrong building like
A: mhm
C: like two buildings down so great love that
A: i completely understand i can refund the delivery fee and give you a credit of ten dollars toward your next order
C: ten dollars okay wow
A: or i could do a full refund of the order which was thirty two forty
C: just the full refund yeah
A: done that'll be back on your card in three to five business days
C: okay whatever thanks""",
 False, 0.00, "negative", "complaint call; refund is not a purchase; sarcasm ('so great love that')"),

("FR83_006", "Owen Castillo", "2026-11-09T11:30:00", "clean", """A: Brightline Home Services, this is Owen.
C: Hi, I need someone to look at my furnace. It's making a clicking noise and then not lighting.
A: Sounds like it could be the igniter. A diagnostic visit is $89, and that's applied to the repair if you go ahead. I have Thursday between 1 and 3 or Friday morning between 8 and 10.
C: Thursday 1 to 3 works. Let's book that.
A: Okay. While the tech's there, we can also do a duct cleaning for $199. Want to add it?
C: No, just the furnace for now.
A: Sure. Address is still 18 Birchwood Lane, unit 2?
C: Yes, that's right.
A: You're booked for Thursday the 12th, 1 to 3. The tech will call 30 minutes ahead.
C: Okay, thanks.""",
 True, 0.00, "neutral", "diagnostic appointment booked; duct cleaning declined; 'yes that's right' to the address only"),

("FR83_007", "Hannah Liebl", "2026-11-04T13:40:00", "asr", """A: northline this is hannah thanks for holding
C: yeah forty minutes of holding um so my bill this month is like a hundred and sixty two and it's normally ninety nine
A: let me take a look okay i see there's an international roaming charge of sixty three dollars from the twenty second
C: i was not i didn't go anywhere i was in ohio
A: hmm okay so it looks like your phone connected to a canadian tower near the border
C: i'm in columbus that's not near any border
A: i understand let me i can submit a dispute for that charge
C: yeah please
A: and while i have you we have an unlimited plan with international included for ten more a month
C: no no i'm not paying more i'm trying to pay less here
A: understood the dispute's in it takes one to two billing cycles
C: one to two cycles awesome cool so i just eat it till then fantastic""",
 False, 0.00, "negative", "'yeah please' answers the dispute, not a purchase; plan upgrade refused; closing 'awesome cool fantastic' is sarcasm"),

("FR83_008", "Jamal Porter", "2026-11-04T16:18:00", "clean", """A: Sunward Travel, Jamal speaking.
C: Hi Jamal. I want to book the Denver flights I was quoting online, two adults, December 18th out, the 27th back.
A: I have them. Flight 2214 departing 7:05 a.m., returning on flight 381. Total is $612 for both of you.
C: Okay. Can we sit together? Last time they split us up.
A: I can put you both in extra-legroom seats, row 9, for $45 per person each way.
C: Hmm, each way. So that's... four times 45?
A: Yes, $180 total for both of you, both flights.
C: That's a lot. What about just the outbound? The early flight is the one where I need to sleep.
A: Sure, outbound only is $90 for the two of you. So: two adults, Denver, December 18th to 27th, $612 plus $90 for row 9 outbound. Shall I book it?
C: Yes, book it. Thanks for working that out.
A: You're all set, confirmation is KQ7H2M.
C: Perfect, thank you!""",
 True, 90.00, "positive", "seat upgrade quoted $180 for both legs, customer narrows to outbound only: 2 x $45 = 90 accepted; flight numbers and row are not prices"),

("FR83_009", "Sun-hee Park", "2026-11-05T10:02:00", "asr", """A: hi you've reached evercrest this is sun hee
C: hi uh yeah i just moved into a new apartment and my landlord says i need renters insurance
A: sure i can get you a quote what's the address
C: it's um four ten west maple apartment three b
A: okay and how much stuff roughly like furniture electronics
C: uh i don't know like maybe twenty thousand
A: okay so twenty thousand in coverage with a five hundred deductible comes to fourteen fifty a month
C: fourteen fifty okay that's fine
A: we also have a jewelry and valuables add on that's eight fifty a month
C: what does that cover like if i lose a ring
A: yes scheduled items up to five thousand
C: nah i don't really have anything like that
A: okay so just to confirm renters at fourteen fifty a month starting today
C: yep that's right do you send the proof thing to my landlord or do i
A: i can email it to you and you forward it it's active now
C: okay cool thanks""",
 True, 0.00, "neutral", "read-back confirmed ('yep that's right') followed by a question; jewelry rider only asked about then declined; coverage and deductible amounts are not add-on prices"),

("FR83_010", "Rafael Ortiz", "2026-11-05T15:33:00", "clean", """A: Dashly Catering, Rafael here.
C: Hi, I'm ordering lunch for our team meeting tomorrow. Twelve people, the build-your-own bowl package.
A: Great. The bowl package is $14 a person, so $168 for twelve. What time should it arrive?
C: 11:45, to 300 Harbor Street, 6th floor.
A: Got it. Would you like to add drinks? Sparkling waters are $2.50 each.
C: Yes, one for everybody, so twelve.
A: Twelve waters, $30. And we have a cookie platter for $24.
C: I'll skip the cookies, half the team is doing some January thing early.
A: Ha, fair. So twelve bowls and twelve waters, $198 before tax, arriving 11:45 tomorrow at 300 Harbor, 6th floor. Is that right?
C: That's right.
A: Order's placed. You'll get a text when the driver's on the way.
C: Great, thanks Rafael.""",
 True, 30.00, "neutral", "12 waters x $2.50 = 30 accepted; cookie platter declined; headcount, time and address are not prices"),

("FR83_011", "Bridget Kearney", "2026-11-06T09:48:00", "asr", """A: brightline this is bridget
C: hi um yeah my water heater is leaking from the bottom kind of
A: oh okay how old is it do you know
C: uh the sticker says like two thousand eleven
A: so at fifteen years if it's leaking from the tank it usually needs replacing a fifty gallon gas with install runs about eighteen fifty
C: eighteen fifty oof
A: yeah i know we do have financing at about seventy seven a month
C: mhm
A: i could get someone out tomorrow at nine to confirm and give you the exact quote
C: uh i think i'm gonna see if my brother in law can look at it first he does this kind of stuff
A: sure no problem if you want to call back we're open till seven
C: okay yeah i'll probably call back thanks""",
 False, 0.00, "neutral", "deferral; 'mhm' is a backchannel, not acceptance of the visit"),

("FR83_012", "Emeka Obi", "2026-11-06T12:15:00", "clean", """A: Northline Wireless, this is Emeka. I understand you'd like to cancel?
C: Yeah. I'm moving to Clearwave, they're offering me $40 a line and I'm paying $65 here.
A: I don't want to lose you, you've been with us since 2015. Let me see what I can do. I can put both lines on our Loyalty Unlimited at $45 each, locked for two years.
C: $45 each? And no activation fee or anything?
A: No fees. Same phones, same numbers, it just changes on the next bill.
C: Okay, honestly that's close enough that it's not worth the hassle of switching. I'll stay on that.
A: Great, I've switched both lines to Loyalty Unlimited at $45 starting December 1st.
C: Thanks, I appreciate you actually doing something about it.""",
 True, 0.00, "positive", "retention offer accepted = conversion; the lower price is a discount, not an upsell"),

("FR83_013", "Lena Fischer", "2026-11-06T17:20:00", "asr", """A: hartwell home this is lena
C: hi so i'm calling about the um the milo sectional the grey one
A: the milo yes that's twenty four ninety nine for the three piece
C: yeah okay i wanna order it
A: great let me just uh pull up stock so the grey is uh backordered the earliest delivery would be february tenth
C: february like february february
A: yeah i'm sorry it's the fabric supplier
C: no we're having the whole family over for thanksgiving that was the whole point
A: i understand i could do the charcoal which is in stock for the same twenty four ninety nine
C: charcoal is too dark for our room yeah no forget it cancel that i'll just look somewhere else
A: okay i haven't charged anything so you're all set
C: yeah that's kind of frustrating you guys had it on the website as in stock""",
 False, 0.00, "negative", "'i wanna order it' retracted after backorder news ('forget it cancel that')"),

("FR83_014", "Curtis Bell", "2026-11-09T09:05:00", "clean", """A: Evercrest Insurance, Curtis speaking.
C: Hi, I got a quote online for my new car and I want to finish setting it up. Quote number Q-55817.
A: Let me pull that up. 2024 Honda Civic, full coverage, $118 a month. Still looks right?
C: Yes, that's the one.
A: I can add roadside assistance for $4 a month and rental reimbursement for $6 a month.
C: Roadside, sure. I don't need rental, my wife has a car.
A: Okay. So full coverage at $118 plus roadside at $4, $122 a month, starting today. Should I bind the policy?
C: Yes, go ahead.
A: It's bound. Your ID cards are in your email now.
C: Okay. Thanks.""",
 True, 4.00, "neutral", "roadside $4/mo accepted, rental declined; 'Yes, that's the one' identifies the quote, 'Yes, go ahead' commits"),

("FR83_015", "Noor Haddad", "2026-11-09T20:10:00", "asr", """A: sunward travel noor speaking
C: hi uh so i i was trying to book the um the harbor view hotel in san diego online and it kept erroring out
A: oh sorry about that let me try it from here what dates
C: the uh twelfth to the fifteenth of december two people
A: okay and the king room with the ocean view that was two forty nine a night
C: yeah that one yeah just book it please
A: okay one sec
C: mhm
A: oh no so it's showing that it just sold out for the thirteenth
C: are you serious
A: i'm really sorry i have the partial view room for two nineteen but it's also gone for the thirteenth the whole hotel's full that night it's a conference
C: oh my god okay i spent an hour on your website for this
A: i could look at a different hotel nearby
C: no i'm just i'm done for today thanks""",
 False, 0.00, "negative", "commitment could not be fulfilled (sold out) and nothing else booked"),

("FR83_016", "Gabe Lindqvist", "2026-11-10T18:45:00", "clean", """A: Dashly, this is Gabe. How can I help?
C: Hi! I keep seeing ads for Dashly Plus and I have a couple of questions. Is it really free delivery on everything?
A: On orders over $12, yes, plus reduced service fees. It's $9.99 a month, or $96 for the year.
C: I order like three times a week, so that's a no-brainer. Can I do the yearly one?
A: Sure. To confirm: Dashly Plus annual, $96, charged to the Visa ending 3310 today.
C: Yes, that's right. Does it start right away? I was about to order dinner.
A: It's active now, so tonight's order has free delivery.
C: Amazing, thank you so much!""",
 True, 0.00, "positive", "subscription is the main purchase; read-back confirmed with a follow-up question"),

("FR83_017", "Marisol Vega", "2026-11-10T11:11:00", "asr", """A: sparkle and co home cleaning this is marisol
C: hi yeah i need uh i need a deep clean before my in laws come it's um a three bedroom
A: sure three bed how many baths
C: two and a half
A: okay for a deep clean that's two forty and i have saturday at ten
C: saturday at ten yeah yeah let's do that
A: great and do you want inside the oven or the fridge those are thirty five each
C: oh the fridge for sure the oven is uh i just don't look at the oven
A: ha okay fridge then and windows inside is usually forty but i can do it for thirty since you're booking the deep clean
C: uh the windows yeah sure why not
A: okay so deep clean two forty plus fridge thirty five plus windows thirty for saturday at ten at uh
C: twenty two elm court
A: twenty two elm court perfect you're all booked
C: thank you you're a lifesaver seriously""",
 True, 65.00, "positive", "fridge $35 + windows revised from forty to thirty = 65; oven declined; room counts and address not prices"),

("FR83_018", "Dev Chandra", "2026-11-11T13:26:00", "clean", """A: Northline Wireless, this is Dev.
C: Hi. I'm thinking about upgrading from my Galaxy S21 to the S25. What would that cost me on my plan?
A: The S25 is $799, or $22.20 a month for 36 months. With your trade-in of the S21 we can take $150 off.
C: And if I want the 256 gig?
A: That's $859, so about $23.86 a month. Would you like me to put the order in?
C: Not yet. I want to see what the Black Friday deals look like first.
A: Fair enough. I can note the account so whoever you talk to has the trade-in quote.
C: Sure, that's fine. Thanks.""",
 False, 0.00, "neutral", "price questions and deferral; 'Sure, that's fine' agrees to an account note, not a purchase"),

("FR83_019", "Keisha Moore", "2026-11-11T15:52:00", "asr", """A: evercrest claims this is keisha
C: yeah hi um i've called three times about my claim and every time someone says it's in review
A: i'm sorry about that can i have the claim number
C: it's uh c l m no wait it's just the numbers six oh two two nine one
A: okay six oh two two nine one the hail damage on the roof
C: yes the roof that's been leaking since september
A: okay i see the problem the adjuster's report came in on the third but it was never attached to your file
C: oh you're kidding me
A: i'm attaching it now and i'm sending it to approval today the payout on it is eleven thousand four hundred
C: wait so like that's it it's approved
A: it'll be approved by end of day and you should see the deposit in two to three days
C: oh okay wow okay thank you i was really dreading this call honestly""",
 False, 0.00, "positive", "service/claim call, no purchase; frustrated opening turns to relief and thanks at the end"),

("FR83_020", "Tomasz Nowak", "2026-11-12T10:38:00", "clean", """A: Hartwell Home, this is Tomasz.
C: Hi, I'd like to order the Serene Hybrid mattress, queen. I tried it in the store on Elm Avenue.
A: Good choice. The queen is $1,199 and delivery with old-mattress removal is included.
C: Great. Go ahead and order it.
A: Will do. We also have a 10-year stain and damage protection plan. It's listed at $149, but with a mattress purchase this week it's $99.
C: I have a dog and a toddler, so... yeah, add the plan at $99.
A: Smart. Anything else today?
C: What would the adjustable base be, out of curiosity?
A: The queen adjustable base is $899.
C: Yikes. No, just the mattress and the plan.
A: Okay: Serene Hybrid queen, $1,199, plus the protection plan at $99. Delivery Tuesday the 17th.
C: Sounds good, thanks.""",
 True, 99.00, "neutral", "protection plan revised $149 -> $99 and accepted; adjustable base only asked about"),
]
