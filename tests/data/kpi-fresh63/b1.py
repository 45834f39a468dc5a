CALLS = [
("FR63_001", "Priya Raman", "2026-11-02T09:14:00", "clean", """A: Thanks for calling Northline Mobile, this is Priya. How can I help?
C: Hi, I keep running out of data by the 20th every month. I'm on the 5GB plan.
A: Let me look. You've gone over three months in a row. The Unlimited Plus plan is $55 a month, so $15 more than you pay now.
C: Honestly that's less than I've been paying in overage fees. Okay, move me to Unlimited Plus.
A: Done, it starts with your next cycle. I also see you call Mexico a lot. The international calling add-on is $10 a month for unlimited minutes to Mexico and Canada.
C: Oh, that would actually save my mom a fortune. Yes, add that too.
A: Added. So Unlimited Plus at $55 plus the $10 international add-on, starting December 1st.
C: Perfect. That's so much better, thank you, I wish I'd called months ago.
A: Glad we could sort it out. Anything else?
C: No, that's everything. Have a good one.""", True, 10.0, "positive", "plan upgrade is the main purchase; 'Yes, add that too' to the $10 a month international add-on"),

("FR63_002", "Marcus Delgado", "2026-11-02T10:02:00", "asr", """A: thank you for calling brightwave internet this is marcus how can i help
C: yeah hi i want to cancel my internet service
A: i'm sorry to hear that can i ask what's prompting the cancellation
C: the bill went up again it's like eighty five a month now for the same thing i had last year
A: i understand um i do see you've been with us six years i can take twenty percent off for the next twelve months which brings it to sixty eight
C: sixty eight hmm
A: and the speed stays the same nothing else changes
C: uh okay fine i'll stay at sixty eight but if it jumps again next year i'm gone
A: fair enough i've applied the discount you'll see it on the next bill
C: okay thanks""", True, 0.0, "neutral", "accepts retention offer 'fine i'll stay at sixty eight'; a discount is not upsell; flat, conditional grumble"),

("FR63_003", "Helen Okafor", "2026-11-02T11:30:00", "clean", """A: Harbor Mutual, Helen speaking.
C: Hi, my son just got his license and I need to add him to our auto policy.
A: Congratulations, or condolences. Can I get his name and date of birth?
C: Ethan Morales, March 3rd, 2010.
A: Thank you. Adding Ethan raises the six-month premium by $412. Would you like me to add him effective today?
C: Yes, please, he's driving to school tomorrow.
A: He's on the policy as of today. While I have you, roadside assistance is only $4 a month if you'd like it for him.
C: No, we already have that through our auto club.
A: No problem. New ID cards will be emailed within the hour.
C: Great, thanks.""", True, 0.0, "neutral", "'Yes, please' to adding the driver (paid policy change); roadside add-on declined"),

("FR63_004", "Tomas Reyes", "2026-11-02T13:45:00", "clean", """A: StreamNest support, this is Tomas.
C: I've been charged twice for November. Twice. $17.99 and then $17.99 again two days later.
A: I'm sorry about that. Let me pull up the account. Yes, I see a duplicate charge on the 3rd.
C: This is the second time this year. Last time it took three weeks to get my money back.
A: I've submitted a refund for the duplicate $17.99. It should show in 5 to 7 business days.
C: Should. That's what I was told last time too.
A: I've also added a note so our billing team flags the account.
C: Whatever. If it happens again I'm cancelling. I'm tired of checking my statement every month because of you guys.
A: I understand. Is there anything else I can help with?
C: No.""", False, 0.0, "negative", "refund only, nothing bought; 'I'm tired of checking my statement', threatens to cancel"),

("FR63_005", "Jenna Kowalski", "2026-11-03T08:55:00", "asr", """A: good morning ironworks fitness this is jenna
C: hi um i need to freeze my membership i'm travelling for work for two months
A: okay so freezes are only available for medical reasons unfortunately
C: seriously it says on your website you can pause
A: that was the old policy what i can do is move you to our off peak plan at nineteen ninety nine a month while you're away
C: i don't want to pay anything i won't be there
A: it's half of what you pay now and you keep your rate
C: uh i'll think about it i guess
A: okay just call us back or stop by the front desk
C: you guys really make it hard to leave don't you this is why people hate gyms""", False, 0.0, "negative", "'i'll think about it' = deferral; ends 'this is why people hate gyms'"),

("FR63_006", "Darnell Hughes", "2026-11-03T10:20:00", "clean", """A: Good morning, Keystone Bank, Darnell speaking.
C: Hi, I wanted to ask about the high-yield savings account I saw advertised.
A: Sure. It's 4.1% APY right now, no monthly fee, and a $100 minimum to open.
C: Is it linked to my checking automatically?
A: Yes, transfers between them are instant. I can open it for you right now over the phone if you'd like.
C: I think I'll just do it online tonight, I want to see how much I'm moving over first.
A: Absolutely, the online application takes about five minutes.
C: Okay. And the rate isn't a teaser that drops in three months?
A: It's variable, but there's no promotional period.
C: Okay, good to know. Thanks.""", False, 0.0, "neutral", "declines opening now: 'I'll just do it online tonight' = deferral; neutral questions"),

("FR63_007", "Sofia Lindqvist", "2026-11-03T14:10:00", "clean", """A: Evergreen Power, this is Sofia. How can I help?
C: Hi, I got the free smart thermostat in the mail through your efficiency program but I have no idea how to wire it.
A: No worries, installation is included. I can schedule a technician. I have Thursday the 12th between 8 and noon, or Monday the 16th in the afternoon.
C: Thursday morning is great.
A: So that's Thursday, November 12th, 8 AM to noon, at 44 Wren Street. Is that correct?
C: Yes, that's right.
A: You're booked. The technician will call 30 minutes before arriving.
C: Oh, thank goodness. I was about to watch YouTube videos and probably electrocute myself.
A: Please don't! We'll take care of it.
C: Thank you so much, you've made my day.""", True, 0.0, "positive", "confirms read-back of install appointment 'Yes, that's right'; relieved, 'you've made my day'"),

("FR63_008", "Kevin Tran", "2026-11-03T15:40:00", "asr", """A: hi this is kevin with ledgerly software calling about your annual license it expires on the thirtieth
C: oh yeah right i saw the email
A: the renewal is one thousand one hundred and forty dollars for ten seats same as last year
C: yeah go ahead and renew it we're not switching
A: great and you mentioned last time you were hiring would you need more seats they're forty five dollars each per year
C: um yeah actually we hired two people in october so add two
A: two extra seats at forty five each so ninety dollars on top of the renewal
C: yep that's right
A: perfect you'll get the invoice today
C: okay thanks bye""", True, 90.0, "neutral", "renews license (main); 'add two' seats at forty five each = 90.00; flat tone"),

("FR63_009", "Rachel Abernathy", "2026-11-04T09:05:00", "clean", """A: Northline Mobile, Rachel speaking.
C: Hi, I want to add a line for my daughter, she's 13 and just wants the basic plan.
A: Sure, the basic line is $20 a month. I'll need to take the $35 activation fee on a card today.
C: Okay, use the Visa ending 8812.
A: I'm sorry, that card was declined.
C: What? Try it again.
A: It's declined again. Do you have another card?
C: Try the Mastercard, 3390.
A: I'm afraid that one also came back declined.
C: This is embarrassing and frankly I think your system is broken, I used both cards this morning. I'll deal with it later.
A: I'm sorry. Your quote is saved for 30 days.
C: Yeah. Bye.""", False, 0.0, "negative", "wants the line but both cards declined, nothing added; 'I think your system is broken'"),

("FR63_010", "Omar Siddiqui", "2026-11-04T11:15:00", "clean", """A: StreamNest, Omar here. What can I do for you?
C: Hi, I'm on the Premium plan, the 4K one, and I want to go down to Standard.
A: I can do that. Standard is $12.99 instead of $22.99, but it's HD only and two screens instead of four.
C: That's fine, the kids moved out, it's just me and one TV.
A: Understood. Do you want the change now or at the end of your billing cycle on the 20th?
C: At the end of the cycle is fine, I've already paid for this month.
A: Done. From November 20th you'll be on Standard at $12.99.
C: Okay. Thanks.""", True, 0.0, "neutral", "downgrade to a cheaper paid plan counted as a paid plan change; no add-on; routine tone"),

("FR63_011", "Bethany Clarke", "2026-11-04T13:00:00", "asr", """A: brightwave internet new installs this is bethany
C: hi i just moved into a new apartment and i need internet set up
A: sure the earliest install date i have at that address is tuesday the twenty fourth
C: the twenty fourth that's almost three weeks
A: i'm sorry we're really backed up in that area
C: oh wonderful three weeks of working from a coffee shop just what i wanted
A: i understand it's frustrating i'll put you on the cancellation list too do you want the twenty fourth morning slot
C: yeah book it i guess i don't have a choice
A: okay and you'll need a router you can rent one or buy the wifi six router for one hundred and twenty dollars
C: just buy it i'm not paying rent on a router forever add the hundred and twenty one
A: done you're booked for the twenty fourth eight to twelve and the router ships with the technician
C: great can't wait""", True, 120.0, "negative", "'yeah book it' install (main); 'add the hundred and twenty one' router = 120.00; sarcastic 'oh wonderful', 'great can't wait'"),

("FR63_012", "Luis Ferreira", "2026-11-05T10:30:00", "clean", """A: Harbor Mutual, this is Luis.
C: Hi, I'm renting my first apartment and my landlord says I need renters insurance. I have no idea what I'm doing.
A: Happy to walk you through it. It covers your belongings and liability if, say, your bathtub floods the unit below.
C: Oh, that's a real thing that happens?
A: More than you'd think. For $20,000 of coverage and a $500 deductible, you'd be at about $14 a month.
C: That's less than I expected. Could you email me the quote? I want to compare with the one my parents' insurer gave me.
A: Of course, it'll be in your inbox in a few minutes and it's good for 30 days.
C: Thank you, honestly you explained it better than anyone else has. Really helpful.""", False, 0.0, "positive", "'Could you email me the quote? I want to compare' = interest without commitment; 'Really helpful'"),

("FR63_013", "Natalie Brooks", "2026-11-05T12:45:00", "clean", """A: Ironworks Fitness, Natalie speaking.
C: I need to cancel my membership. I'm moving to Denver at the end of the month.
A: Oh, we're sorry to lose you! Did you know we have a partner gym network? And I could give you three months free if you'd stay on.
C: I'm moving. To another state. Three months free of a gym I can't go to doesn't help.
A: Understood. The partner network does have a location in Aurora, though.
C: I already joined a place there. Can you just cancel it, please? This is the third time I've said it.
A: Of course. Your membership is cancelled effective November 30th.
C: Fine. It shouldn't take ten minutes to cancel a gym.""", False, 0.0, "negative", "refuses save offer, cancellation processed; 'It shouldn't take ten minutes to cancel a gym'"),

("FR63_014", "Gregory Pham", "2026-11-05T15:20:00", "asr", """A: keystone bank card services this is gregory
C: hey so i fly like twice a month for work and i'm wondering if my card is the right one
A: let me see you're on the cash back card with no annual fee we do have the voyager travel card ninety five a year and you get three x points on flights
C: ninety five a year hmm but the points would pay for that in like two trips right
A: for your spending yeah easily should i switch you over you keep the same account number
C: yeah go ahead and switch it
A: done and the voyager card has an optional lounge membership add on ninety nine dollars a year for unlimited lounge visits
C: oh man yes i'm so done sitting at the gate add the lounge one
A: all set the new card arrives in five to seven days with the lounge pass
C: awesome this is exactly what i needed thanks so much""", True, 99.0, "positive", "'yeah go ahead and switch it' (card upgrade, main); 'add the lounge one' at ninety nine dollars a year = 99.00; 'exactly what i needed'"),

("FR63_015", "Aisha Mensah", "2026-11-06T09:40:00", "clean", """A: Thanks for calling Taskgrid, Aisha speaking.
C: Hi, we're a team of six on the free plan and we keep hitting the project limit. How much is the Team plan?
A: Team is $8 per user per month billed annually, or $10 monthly.
C: So for six people that's $48 a month on annual?
A: Exactly, $576 a year.
C: And Business?
A: Business is $15 per user per month annually. It adds SSO and admin controls.
C: Okay. I need to take these numbers to my manager. I'm just gathering prices today.
A: Of course. I'll send you a comparison sheet.
C: Sure, send it to the address on the account. Thanks.""", False, 0.0, "neutral", "only asks prices, 'I'm just gathering prices today'; 'Sure, send it' is to an email, not a purchase"),

("FR63_016", "Connor Walsh", "2026-11-06T11:05:00", "clean", """A: Evergreen Power renewals, this is Connor.
C: Hi, my fixed-rate contract ends next month and I got a letter about renewing.
A: Yes, I can lock you in at 13.2 cents per kilowatt hour for another 24 months.
C: That's about what I pay now. Okay, renew me for the 24 months.
A: Renewed. We also offer the Green Choice option, 100% renewable sourcing for $6 a month extra.
C: Oh, I've been meaning to do something like that. Yes, add Green Choice.
A: Added, so 24 months at 13.2 cents plus Green Choice at $6 a month.
C: Great. Glad that was easy, thank you, you were lovely.""", True, 6.0, "positive", "'renew me for the 24 months' (main); 'Yes, add Green Choice' at $6 a month = 6.00; 'you were lovely'"),

("FR63_017", "Priya Raman", "2026-11-06T14:30:00", "asr", """A: northline mobile this is priya
C: yeah i just got a bill for two hundred and forty dollars in roaming charges from my trip to portugal
A: let me check um yes it looks like the travel pass wasn't on the line so it charged pay per use
C: nobody told me that your text said welcome to portugal like everything was fine
A: i'm sorry about that what i can do is credit half of the roaming charges so one hundred and twenty dollars
C: half so i'm still paying a hundred and twenty dollars for checking maps
A: that's the most i'm able to credit
C: unbelievable
A: would you like me to put the travel pass on for your next trip
C: no i'd like you to not rob me on the next trip just put the credit on
A: the credit is applied
C: yeah whatever still not happy about this""", False, 0.0, "negative", "credit only; travel pass declined; 'still not happy about this'"),

("FR63_018", "Marcus Delgado", "2026-11-09T10:10:00", "clean", """A: StreamNest, this is Marcus.
C: Hey, I'd like to cancel. It's $15.49 now and I only really watch one show on Sundays.
A: Totally get it. Before you go, have you seen our Basic with Ads plan? It's $6.99 a month, same library, just a few short ads.
C: Wait, same shows? Including the Sunday one?
A: Same shows, yes.
C: Oh, that's actually perfect. Let's do that instead of cancelling.
A: Done. You'll switch to Basic with Ads on the 14th at $6.99.
C: Nice, that's half the price. Really appreciate you mentioning it.""", True, 0.0, "positive", "cancellation call, accepts the $6.99 ads plan save offer 'Let's do that'; 'Really appreciate you mentioning it'"),

("FR63_019", "Helen Okafor", "2026-11-09T12:25:00", "clean", """A: PawSure Pet Insurance, Helen speaking.
C: Hi! We just adopted a puppy and the shelter said we should get insurance.
A: Congratulations! What's the puppy's name and breed?
C: Biscuit, he's a beagle mix, 10 weeks old.
A: For Biscuit, accident and illness coverage is $31.50 a month with a $250 deductible. Shall I set that up for you?
C: Yes, please.
A: Wonderful. We also offer dental coverage for $8.50 a month, beagles can be prone to dental issues.
C: Sure, add the dental too.
A: Done, so $40 a month in total starting tomorrow.
C: Amazing, thank you! This was so easy.""", True, 8.5, "positive", "'Yes, please' to policy; 'add the dental too' at $8.50 a month = 8.50; 'This was so easy'"),

("FR63_020", "Tomas Reyes", "2026-11-09T16:05:00", "asr", """A: ironworks fitness this is tomas
C: hi yeah i signed up online last week and i keep getting emails to book an orientation
A: yes the orientation is a free forty five minute session with a trainer i can book you now i have saturday at ten
C: i don't need an orientation i've been lifting for ten years
A: it's also where we go over the personal training packages five sessions for two hundred and
C: yeah no i'm not doing that
A: okay should i at least book the saturday slot so the emails stop
C: no just stop the emails i already told the front desk twice
A: i'll take you off that list
C: thanks it's honestly annoying getting three emails a day""", False, 0.0, "negative", "declines the orientation booking and the training pack; 'honestly annoying'"),
]
