CALLS = [
("FR51_001", "Maria Delgado", "2026-11-02T09:14:00", "clean",
"""A: Thanks for calling Brightline Fiber, this is Maria. How can I help?
C: Hi, I just moved to 44 Carroll Street and I'd like to get the 500 meg fiber plan installed.
A: Great choice. That's $55 a month, and I have an installer available Thursday between 8 and noon. Shall I book that?
C: Yes, Thursday morning works. Book it.
A: Done. Would you like to add our mesh Wi-Fi router for $8 a month? It covers bigger apartments really well.
C: Sure, throw that in.
A: Added. So that's the 500 plan plus the mesh router, install Thursday.
C: Oh wait, actually, I just remembered I already have an Eero system from my old place. Drop the router, I'll use my own.
A: No problem, I've removed the mesh router. You're still set for Thursday's install on the 500 plan.
C: Okay. That's it then.
A: You'll get a text confirmation shortly. Anything else?
C: No, that's all. Thanks.""",
True, 0.0, "neutral", "install booked ('Book it') and kept; mesh router $8 accepted then retracted ('Drop the router') -> upsell 0; flat tone"),

("FR51_002", "Kevin O'Brien", "2026-11-02T18:42:00", "asr",
"""A: tony's pizza this is kevin pickup or delivery
C: delivery please uh two large pepperonis and um one of them with extra cheese
A: sure thing and do you want to add garlic knots tonight they're six ninety nine for the basket
C: yeah yeah add the knots
A: okay two large pepperoni one extra cheese and garlic knots total comes to thirty eight forty what card are you using
C: uh visa ending four four one two
A: hmm it's coming back declined do you have another card
C: ugh seriously hang on um okay try the mastercard ending zero nine three three
A: that one went through you're all set about forty minutes
C: okay good that was embarrassing but fine
A: no worries it happens enjoy your pizza
C: yeah thanks bye""",
True, 6.99, "neutral", "first card declined, retry with mastercard 'went through' -> order placed; garlic knots six ninety nine accepted ('add the knots'); annoyed then 'fine' -> neutral"),

("FR51_003", "Priya Raman", "2026-11-02T11:05:00", "clean",
"""A: Coastal Federal, this is Priya. Can I have your full name?
C: Dana Whitfield. And I'm honestly furious, you charged me three overdraft fees in one day.
A: I'm sorry to hear that, let me look. Can you confirm the last four of your Social?
C: 7720.
A: Thank you. And is your address still 18 Birch Lane?
C: Yes, that's right.
A: I see the three $35 fees. Since they all came from one pending deposit, I can reverse all three today.
C: Really? All of them?
A: All of them, $105 back by tonight. By the way, our Premium Checking waives overdraft fees entirely, it's $12 a month.
C: I'll pass on that, I just need to keep a better eye on my balance.
A: Understood. The reversal is done.
C: Thank you so much, that's a huge relief. You've been really kind.""",
False, 0.0, "positive", "'Yes, that's right' answers address verification; Premium Checking declined ('I'll pass'); furious start, ends 'huge relief... really kind'"),

("FR51_004", "Thomas Becker", "2026-11-03T14:20:00", "clean",
"""A: Harborview Inn reservations, Thomas speaking.
C: Hi, I'm looking at two nights, December 12th and 13th, for two adults.
A: I have a king room with a harbor view at $189 a night. Would you like me to reserve it?
C: Yes, go ahead and hold it.
A: I've got it on hold under your name. I'll just need a card to guarantee it.
C: Hmm. Actually, let's hold off. My sister might be coming too and I need to check her dates first.
A: Of course. Should I keep the hold for 24 hours?
C: No, just cancel the hold, I don't want to lose a deposit over it. I'll call back once I know.
A: Cancelled. The rate should still be there if you call this week.
C: Okay, thanks.""",
False, 0.0, "neutral", "'go ahead and hold it' then 'let's hold off... just cancel the hold' -> retracted before card given; flat"),

("FR51_005", "Aisha Mensah", "2026-11-03T10:31:00", "asr",
"""A: techstop customer line this is aisha how can i help
C: hi um i wanted to order the zenbook fourteen in the silver the one that was on sale
A: let me check for you okay so unfortunately that model is out of stock right now in silver and in gray
C: oh
A: i can put you on a backorder it would ship in about five to six weeks at the sale price
C: five weeks um no i need it for school before finals that's the whole point
A: i understand would you like me to look at a similar model
C: no it's fine i had already picked that one i'd read all the reviews
A: i'm sorry about that
C: yeah oh well that's a shame i was really counting on it
A: is there anything else i can help with
C: no that's it bye""",
False, 0.0, "negative", "out of stock, backorder declined ('no i need it for school'); quiet disappointment 'that's a shame i was really counting on it'"),

("FR51_006", "Daniel Kowalski", "2026-11-03T08:47:00", "clean",
"""A: Metro Motors service desk, Daniel speaking.
C: I need an oil change on my 2021 RAV4. And before you say it, yes, I know I'm overdue.
A: No judgment! Our first opening is November 24th at 9 AM.
C: The 24th? That's three weeks away. You used to do these same-week.
A: I know, we're short two technicians this month. I'm sorry.
C: Fine. Book it. But this is the last time I wait three weeks for an oil change.
A: Booked for the 24th at 9. While it's in, we can replace the cabin air filter for $39.
C: No, just the oil change.
A: Got it. You'll get a reminder the day before.
C: Yeah. Okay.""",
True, 0.0, "negative", "'Fine. Book it.' -> appointment; cabin filter declined; irritated ('last time I wait three weeks')"),

("FR51_007", "Hannah Lindqvist", "2026-11-04T16:10:00", "clean",
"""A: StreamBox support, this is Hannah. How can I help?
C: I want to cancel my subscription.
A: I'm sorry to hear that. Can I ask what's prompting it?
C: Honestly, Netflix lets me have four screens for half what I'm paying you, and their app doesn't crash every time I pause.
A: I understand. I can offer you three months at half price, $7.50 a month, if you'd like to stay.
C: No. I've made up my mind.
A: Alright. I've cancelled it effective the end of your billing period, November 30th.
C: Good. Your app has been a nightmare for a year.
A: I'm sorry it hasn't worked out. Anything else I can do?
C: No. Bye.""",
False, 0.0, "negative", "cancellation, retention offer refused ('No. I've made up my mind'); praises competitor, 'app has been a nightmare'"),

("FR51_008", "Marcus Reid", "2026-11-04T13:02:00", "asr",
"""A: good afternoon summit insurance this is marcus
C: hi marcus oh you sound cheerful um i got a postcard about renters insurance and i thought i'd call
A: happy to help so for a one bedroom with twenty thousand in coverage you'd be looking at about fourteen dollars a month
C: oh that's way less than i thought honestly
A: and that includes liability and theft away from home would you like me to start the policy today
C: oh that sounds lovely it really does um i'll definitely think about it though i just started a new job so
A: totally understandable i can email you the quote
C: yes please that'd be great it's jen dot alvarez at gmail
A: sent you should have it now
C: perfect you've been so nice thank you marcus
A: my pleasure take care""",
False, 0.0, "positive", "start policy declined softly ('i'll definitely think about it'); 'yes please' is for an emailed quote; warm ('lovely', 'so nice')"),

("FR51_009", "Sofia Marchetti", "2026-11-04T19:15:00", "clean",
"""A: Ridgeline Amphitheater box office, Sofia speaking.
C: Hi! I'd like two tickets for the Lumineers on the 21st.
A: Lawn seats are $62 each. I can also upgrade you to the reserved VIP section for an extra $45 per ticket, which includes the lounge.
C: Ooh. Yes, let's do the VIP upgrade for both.
A: Lovely. So please confirm: two reserved VIP tickets for November 21st, $214 in total?
C: Yes, that's correct! What time do the gates open?
A: Gates open at 6, the show starts at 7:30. You're all booked, tickets are in your email.
C: Amazing, this is going to be the best anniversary present. Thank you!""",
True, 90.0, "positive", "read-back confirmed ('Yes, that's correct!'); VIP upgrade $45 per ticket x2 accepted -> 90; 'Amazing... best anniversary present'"),

("FR51_010", "Jamal Carter", "2026-11-05T07:55:00", "clean",
"""A: Tri-County Electric, this is Jamal.
C: Power's out again on Mercer Road. Third time this month.
A: I'm sorry about that. Can I put you on a brief hold while I check the outage map?
C: Yes, go ahead.
A: Thanks for holding. There's a transformer fault, the crew estimate is 2 PM.
C: Oh, wonderful. Another day working from the car.
A: I understand. While I have you, we offer a whole-home surge protection plan for $4.99 a month, which helps after outages like this.
C: No. Just fix the power, that's all I want.
A: Understood. I'll add your report to the ticket.
C: Sure. Can't wait for outage number four.""",
False, 0.0, "negative", "'Yes, go ahead' answers hold request; surge plan refused; sarcasm ('Oh, wonderful', 'Can't wait for outage number four')"),

("FR51_011", "Emily Tran", "2026-11-05T10:12:00", "asr",
"""A: bright smile dental this is emily how can i help
C: hi i need to book a cleaning it's been like a year
A: no problem i have tuesday the tenth at three pm with dr okafor does that work
C: yeah tuesday at three is fine put me down
A: okay you're booked tuesday the tenth at three
C: oh wait shoot i have a work thing tuesday afternoon um do you have anything later that week
A: sure thursday the twelfth at eight thirty am
C: yeah thursday morning works better move it to that
A: done i've moved you to thursday the twelfth at eight thirty and cancelled tuesday
C: okay great and is it still covered by my delta plan
A: yes cleanings are covered twice a year
C: okay cool thanks""",
True, 0.0, "neutral", "booking rescheduled within the call but kept ('move it to that', agent 'moved you to thursday'); plain tone"),

("FR51_012", "Oliver Grant", "2026-11-05T15:40:00", "clean",
"""A: Comfort Air Heating and Cooling, Oliver here.
C: Hi, the furnace is making a clicking noise before it starts up. Can someone come look?
A: Sure. A tune-up and inspection is $89, and I have tomorrow at 10.
C: Tomorrow at 10 is perfect, please book it.
A: Booked. We also have a comfort club maintenance plan, normally $20 a month, that covers two tune-ups a year and priority service. Since you're booking today, I can do it for $15 a month.
C: For $15 a month? Okay, yes, sign me up for that.
A: Great, you're enrolled, and tomorrow's visit counts as your first tune-up.
C: Oh, even better. You've been super helpful, thank you.""",
True, 15.0, "positive", "tune-up booked; plan revised from $20 to $15 a month, accepted ('sign me up') -> 15; 'super helpful'"),

("FR51_013", "Naomi Feld", "2026-11-06T12:25:00", "clean",
"""A: Oceanic Cruises shore excursions, this is Naomi.
C: Hi, I'm on the Caribbean sailing next week and want the catamaran snorkel trip in St. Thomas for two.
A: Lovely. That's $129 per person, $258 total. Shall I book it?
C: Yes please.
A: Reading your card on file... I'm sorry, it's been declined.
C: Huh. Try it again?
A: Declined again, I'm afraid. Do you have another card?
C: Not on me. Let me sort it out with my bank and call back tomorrow.
A: Of course. There are still seats, but I can't hold them without payment.
C: Okay, no worries. I'll call tomorrow.""",
False, 0.0, "neutral", "'Yes please' to booking but card declined twice, nothing booked ('I'll call tomorrow'); calm"),

("FR51_014", "Rafael Ortega", "2026-11-06T17:30:00", "asr",
"""A: ironworks fitness this is rafael
C: yeah hi my membership renewal notice says seven twenty for the year it was six hundred last year
A: yes we had a price adjustment in september
C: a price adjustment right that's a nice way to say it
A: i understand it's frustrating you'd still keep your locker and the twenty four hour access
C: ugh whatever just renew it i'm not switching gyms now
A: okay renewed for twelve months at seven twenty do you want to add the towel service it's ten bucks a month
C: yeah fine add the towels at least i won't have to carry them
A: done towel service added starting next month
C: great another ten bucks okay bye""",
True, 10.0, "negative", "'whatever just renew it' -> renewal; towel service ten bucks a month accepted ('add the towels'); irritated, sarcastic"),

("FR51_015", "Grace Whitaker", "2026-11-06T11:48:00", "clean",
"""A: Hearth & Home Furniture, Grace speaking.
C: Hi! I'd like to order the Marlow sofa in the oatmeal fabric.
A: Lovely pick. That's $1,340 with free delivery. Would you like matching throw cushions? They're $35 each.
C: Oh yes, two of the cushions please.
A: Two cushions, $70. Anything else?
C: Hmm, actually, just one cushion. I'll use my old one on the other side.
A: No problem, one cushion at $35. So the Marlow sofa plus one cushion, delivered on the 19th. Is that all correct?
C: Yes, that's all correct.
A: Perfect, your order is placed.
C: I'm so excited, I've been eyeing that sofa for months. Thank you!""",
True, 35.0, "positive", "order confirmed; cushions revised from two ($70) to one ('just one cushion') -> 35; 'so excited'"),

("FR51_016", "Victor Nguyen", "2026-11-09T09:33:00", "clean",
"""A: Pulse Mobile tech support, Victor here.
C: Hi, my phone has had no data since this morning. Calls work, nothing else.
A: Let's fix that. Is this the number ending in 3381?
C: Yes, that's me.
A: Can you go to Settings, Mobile Network, and turn Data Roaming off and on again?
C: Okay... yes, done.
A: Now restart the phone for me.
C: Yes, it's restarting now.
A: Do you see the 5G icon?
C: Yes! It's back, pages are loading.
A: Great. There was a profile update overnight; the restart refreshes it.
C: You're a lifesaver, honestly. Thank you so much.""",
False, 0.0, "positive", "every 'yes' answers verification or troubleshooting; no purchase; 'You're a lifesaver'"),

("FR51_017", "Maria Delgado", "2026-11-09T16:05:00", "asr",
"""A: hi thanks for calling la terrazza this is maria
C: hi um i'd like a table for four this friday around seven
A: let me see yes i have seven fifteen on the patio or seven inside
C: inside at seven please
A: okay table for four friday at seven inside under what name
C: kim park
A: got it anything special about the evening
C: oh yeah it's my mom's birthday actually
A: oh lovely we can have the pastry chef do a small tiramisu birthday cake for the table it's thirty dollars
C: oh yes please do that she'll love it
A: done so four people friday at seven inside with the birthday cake
C: yep that's perfect thank you so much this is gonna be so nice""",
True, 30.0, "positive", "reservation made and read back ('yep that's perfect'); birthday cake thirty dollars accepted ('yes please do that'); warm"),

("FR51_018", "Kevin O'Brien", "2026-11-09T13:19:00", "clean",
"""A: Swift Car Rental, Kevin speaking.
C: Hi, I need a car at Denver airport from the 14th to the 18th.
A: I have a compact for $38 a day. For $12 more per day I can put you in a midsize SUV, handy if you're heading to the mountains.
C: Hmm, no, the compact is fine. I'm staying in the city.
A: Sure. Would you like to add our collision waiver?
C: No, my credit card covers that.
A: Okay. So that's a compact, pickup the 14th at 10 AM, return the 18th, $152 plus taxes. Shall I confirm it?
C: Yes, please confirm it.
A: Confirmed. The confirmation number is in your email.
C: Alright, thanks.""",
True, 0.0, "neutral", "'Yes, please confirm it' -> rental booked; SUV upgrade and waiver both declined; flat"),

("FR51_019", "Priya Raman", "2026-11-10T10:50:00", "clean",
"""A: Keystone Auto Insurance, Priya speaking.
C: My renewal just came in $340 higher and I haven't had a single claim. What is going on?
A: I'm sorry, that's a big jump. Let me look at the policy.
C: Please do, because I'm about ready to shop around.
A: I see your mileage is still listed at 15,000 a year. If you're working from home now, I can update that, and you also qualify for our paperless and safe-driver discounts.
C: I drive maybe 5,000 a year now.
A: With those changes your renewal comes to $1,080, which is actually $60 less than last year. Shall I renew it at that rate?
C: Yes, renew it at that.
A: Done. Your new declarations page will be emailed today.
C: Okay, that's actually much better. Thank you, I really appreciate you digging into that.""",
True, 0.0, "positive", "'Yes, renew it at that' -> renewal; discounts are not upsell; angry start, ends 'really appreciate you digging into that'"),

("FR51_020", "Thomas Becker", "2026-11-10T08:30:00", "asr",
"""A: oakwood animal clinic this is thomas
C: hi i need to get my puppy his second round of shots um this week if possible
A: let me look um i'm sorry we're completely booked this week and next monday
C: oh okay
A: i can put you on the waitlist for this week and call you if something opens up or the first open slot is tuesday the seventeenth
C: um i don't know my schedule for the seventeenth yet can you just do the waitlist
A: sure you're on the waitlist and is this the best number to reach you
C: yes this number's fine
A: okay we'll call if anything opens
C: okay thanks""",
False, 0.0, "neutral", "no appointment made, only a waitlist ('just do the waitlist'); 'yes this number's fine' is contact info; flat"),
]
