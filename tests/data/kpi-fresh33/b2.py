# FR33 batch 2 (calls FR33_021-FR33_040), hand-written.
CALLS = [
("FR33_021", "Lucia Ferreira", "2026-11-02T10:30:00", "asr", """A: hi you've reached zip mobile this is lucia
C: hi so my daughter is turning thirteen and i guess it's time for her own phone
A: aw big milestone we can add a line to your plan for thirty five a month with the phone on a payment plan
C: yeah okay um is there a way to limit what she can do on it
A: yes parental controls are free on every line
C: mhm
A: shall i go ahead and add the line
C: yes do it does she keep her number from the old tablet thing
A: the tablet doesn't have a voice number so we'll give her a new one
C: oh okay that's fine
A: the line's added would you like a case and screen protector bundle for twenty four ninety nine
C: oh definitely she drops everything
A: added it'll all ship together
C: amazing thank you this was so much easier than i thought""",
 True, 24.99, "positive", "yes to closing question then a question = commitment; new line is the main purchase; case bundle $24.99 accepted"),

("FR33_022", "Omar Haddad", "2026-11-03T09:10:00", "clean", """A: Bluewater Cruises, Omar speaking.
C: Hi, I need to move our December sailing to January. My mother's having surgery.
A: I'm sorry to hear that. I can move it, there's a change fee of $150 per cabin.
C: $150? It's a medical reason. I have a letter from her doctor.
A: I understand. The fee only gets waived with travel insurance, which this booking doesn't have.
C: So what happens if I just cancel?
A: You'd get a 75% refund as future cruise credit.
C: Credit. Not money.
A: Yes, I'm afraid so.
C: I've sailed with you six times. Honestly, I expected better. Just cancel it and send me the credit.
A: Done. You'll receive the credit confirmation by email.
C: Fine.""",
 False, 0.0, "negative", "existing booking cancelled for credit, nothing bought; fee refused; disappointed loyal customer"),

("FR33_023", "Grace Liu", "2026-11-04T12:40:00", "asr", """A: riverside power grace speaking
C: hi i'm moving and need to start service at the new place
A: sure what's the new address
C: it's three oh seven birch lane apartment twelve
A: and the start date
C: the first um december first
A: okay i can set up service at three oh seven birch lane apartment twelve starting december first is that right
C: yes that's right
A: we also have the green choice option all renewable it adds four dollars a month
C: four a month uh yeah sure why not
A: great it's added there's no deposit since you had service with us before
C: oh nice
A: you're all set
C: okay thank you""",
 True, 4.00, "neutral", "new service sign-up confirmed via read-back; renewable option +$4/mo accepted; address and date not prices"),

("FR33_024", "Ben Carter", "2026-11-05T16:15:00", "asr", """A: hey this is ben from westgate honda following up on your visit saturday
C: oh hi yeah
A: so i talked to my manager about your trade in the twenty sixteen accord
C: mhm
A: the best we can do is eleven five for it
C: eleven five are you kidding me carmax offered me fourteen
A: i hear you that's with the mileage though it's at a hundred twenty thousand
C: yeah and carmax knew that too
A: i could knock five hundred off the new pilot to help close the gap
C: no honestly that's kind of insulting i'll just sell it to carmax and think about the pilot later
A: understood if anything changes give me a call
C: yeah sure""",
 False, 0.0, "negative", "outbound follow-up; trade-in offer (eleven five = 11,500) rejected, purchase deferred; feels insulted, prefers competitor"),

("FR33_025", "Sofia Rossi", "2026-11-06T10:05:00", "clean", """A: Verde Kitchen catering, Sofia speaking.
C: Hi, we're doing a retirement party for about 40 people on the 20th and I heard you do buffets.
A: We do! The taco buffet is $22 per person, so $880 for 40, including setup.
C: That's within budget. Does it include drinks?
A: Agua fresca is included. Would you like to book it?
C: Yes, let's book it. Delivery to 1500 Commerce Way, suite 300, by 11:30.
A: Got it. We also do a churro and flan dessert tray for $85 that serves 40.
C: Ooh. Yes, add that, Linda loves flan.
A: Added. That's confirmed for the 20th, 11:30 at 1500 Commerce Way.
C: Perfect. You've made this so easy, thank you!""",
 True, 85.00, "positive", "buffet booked ($880 main); dessert tray $85 accepted; headcount/address not prices"),

("FR33_026", "Kwame Mensah", "2026-11-09T11:45:00", "asr", """A: harborview arena box office kwame speaking
C: hi um i'd like two tickets for the comedy show on friday
A: the eight pm show i have seats in section one oh four at forty five each
C: okay those are fine
A: so please confirm two tickets friday at eight section one oh four ninety total
C: yeah that's correct what time do the doors open
A: doors open at seven and would you like a parking pass it's twenty
C: mhm
A: and the tickets go to the email on file
C: wait is it the gmail one or my work one
A: the gmail one ending in r p
C: okay good that's the one i want
A: great you're all set enjoy the show
C: thanks""",
 True, 0.0, "neutral", "read-back confirmed with a follow-up question; parking offer only met by 'mhm' (backchannel) and never answered -> 0"),

("FR33_027", "Hannah Weiss", "2026-11-10T08:50:00", "asr", """A: bright smile dental hannah speaking
C: hi this is rosa diaz i have an appointment on the twenty fourth for a crown
A: yes i see it at two pm
C: yeah i got a text saying it moved to the thirtieth
A: um yes dr patel is out that week i'm sorry
C: that's the second time you guys have moved it
A: i know and i apologize i could do the thirtieth at nine or december third
C: no just cancel it i'm going to find another dentist honestly
A: i'm really sorry to hear that is there anything i can do
C: no you can send my x rays to whoever i pick i guess
A: of course just have them call us
C: fine bye""",
 False, 0.0, "negative", "appointment cancelled, alternatives refused; leaving for another dentist"),

("FR33_028", "Raj Patel", "2026-11-10T14:30:00", "clean", """A: Cloudvault renewals, Raj speaking.
C: Hi, our annual license is up next week and I wanted to renew before it lapses.
A: Sure. Business annual is $480, same as last year. Shall I renew it?
C: Yes, go ahead.
A: Done, renewed through next November. I see you're at 94% of your storage.
C: Yeah, the designers keep dumping video files on it.
A: The extra 1 TB add-on is normally $30 a month, but since you're renewing I can do $20.
C: $20 a month for a terabyte? Okay, add it.
A: Added at $20 a month. Anything else?
C: No, that covers it. Thanks.""",
 True, 20.00, "neutral", "renewal ($480 main); storage add-on revised from $30 to $20/mo before acceptance -> 20.00"),

("FR33_029", "Elena Popescu", "2026-11-11T09:20:00", "asr", """A: northgate bank elena speaking
C: hi um i got charged a thirty five dollar overdraft fee and i think it's wrong
A: let me look can you confirm your email on the account
C: it's m dot okoro at mailbox dot com
A: and that's the right email for statements
C: yes that's my email
A: okay i see the deposit from your employer came in at nine am and the charge posted at eight fifty
C: ten minutes ugh
A: since it was that close i've reversed the thirty five dollar fee
C: oh seriously thank you that's really kind
A: of course it'll show in one to two days
C: okay awesome you made my morning""",
 False, 0.0, "positive", "fee reversal only (refund, not a purchase); yes only to email; pleased at the end"),

("FR33_030", "Marcus Reed", "2026-11-12T17:10:00", "asr", """A: hi this is marcus from comfort air calling about your furnace tune up reminder
C: oh uh hi
A: so we have the yearly comfort plan two visits a year priority scheduling and fifteen percent off repairs
C: how much is that
A: one forty nine a year
C: hm i'd sign up if it were under a hundred honestly
A: i can't go lower on the plan but a single tune up is eighty nine
C: yeah i think i'll just wait and see if the furnace acts up
A: okay no problem can i call you in the spring
C: um sure spring is fine
A: great have a good day
C: you too""",
 False, 0.0, "neutral", "conditional (under $100) not met; declines single tune-up too; yes only to a callback"),

("FR33_031", "Aiko Tanaka", "2026-11-12T10:25:00", "asr", """A: hi this is aiko from notepine your trial ends tomorrow so i wanted to check in
C: oh hey yeah i've been using it every day actually
A: that's great to hear so you can keep going on monthly for eleven a month or annual for ninety nine a year
C: um annual is like two months free right
A: about three months actually
C: okay the annual one then
A: great i'll put the card on file toward the annual plan ninety nine today is that okay
C: yep go for it
A: done you're on annual
C: sweet honestly it's the only notes app that hasn't driven me crazy
A: ha we'll take that
C: thanks aiko""",
 True, 0.0, "positive", "trial converted: picks the annual option of two offered; main plan only, no add-on; praises app"),

("FR33_032", "Jonas Berg", "2026-11-13T08:20:00", "clean", """A: Hillside Auto Body, Jonas speaking.
C: Hi, you did the estimate on my Civic's rear door yesterday. Priya Shah.
A: Yes, Ms. Shah. The total came to $1,840, parts and labor.
C: $1,840 for a dent. The other place said $1,200.
A: Did their quote include replacing the door handle sensor? Ours does.
C: They didn't mention it. Look, I need the car for work. When could you do it?
A: We can take it Monday the 23rd and have it back Wednesday.
C: Fine. Book me for Monday. But honestly this is a lot more than I wanted to spend.
A: Booked for Monday the 23rd at 8 am. Would you like a detail while it's here? It's $79.
C: No. Just the door.
A: Understood. See you Monday.
C: Okay.""",
 True, 0.0, "negative", "grudging booking of the repair ('Fine. Book me'); detail declined; unhappy about the price throughout"),

("FR33_033", "Maya Ortiz", "2026-11-16T13:00:00", "asr", """A: brightline fiber this is maya
C: hi i'm calling to cancel my service i'm moving in with my partner and she already has internet
A: oh congrats on the move would you like to transfer your service instead
C: no she's with velocity and they're honestly faster
A: i understand i could offer fifty percent off for six months if you want to keep a line with us
C: no thank you i mean it's been pretty disappointing these last few months with the outages
A: i'm sorry about that
C: yeah it's fine just please cancel as of the thirtieth
A: okay service ends on the thirtieth and the router can go back in the prepaid box
C: okay thanks""",
 False, 0.0, "negative", "cancellation, retention offer declined; polite but disappointed, prefers competitor"),

("FR33_034", "Daniel Kim", "2026-11-16T16:35:00", "asr", """A: thank you for calling maison claire this is daniel
C: hi um do you have anything for two this thursday around seven
A: i have seven fifteen at the window
C: oh perfect yes book that please
A: lovely under what name
C: tran t r a n
A: and will you be doing the tasting menu
C: yes it's my wife's birthday
A: happy birthday to her we can add the wine pairing it's fifty five per person
C: uh sure add it for both of us
A: wonderful so tasting for two with the wine pairing for two at seven fifteen thursday
C: yes perfect she's gonna love it thank you""",
 True, 110.00, "positive", "reservation booked; wine pairing $55 per person x 2 = 110"),

("FR33_035", "Priya Nair", "2026-11-17T11:50:00", "clean", """A: Harbor Mutual, Priya speaking.
C: Hi. My auto renewal came in at $1,460 for six months. Last time it was $1,050. Explain that to me.
A: I'm sorry for the shock. Rates went up statewide, but let me see what I can do. Can I have the policy number?
C: HM-2209-5531.
A: Thank you. You're not getting the low-mileage discount. Are you still driving under 7,500 miles a year?
C: I work from home. I drive maybe 4,000.
A: Then with the discount and paperless billing, the renewal comes to $1,190.
C: Okay. That I can live with.
A: Shall I renew it at $1,190?
C: Yes, please renew it.
A: Done. The new documents will be emailed today.
C: That's a relief. Thank you for actually looking into it.""",
 True, 0.0, "positive", "renewal at revised price = conversion; discount is not upsell; angry start, relieved thanks"),

("FR33_036", "Tom Becker", "2026-11-18T15:15:00", "asr", """A: voltmart customer care this is tom
C: hi uh i ordered the blender in red and i got like a mint green one
A: oh sorry about that can i get the order number
C: it's v m seven seven three oh two
A: thanks i see it yeah the warehouse sent the wrong sku
C: okay so what do i do
A: i can send the red one today and you put the green one in the same box with the label we email
C: and that's free
A: totally free
C: okay yeah do that
A: done it'll arrive thursday
C: okay thanks""",
 False, 0.0, "neutral", "free exchange for a wrong item is not a purchase; calm"),

("FR33_037", "Lucia Ferreira", "2026-11-19T10:55:00", "asr", """A: ledgerly support lucia speaking
C: hi yeah i want to upgrade to the business plan the one with payroll
A: sure i can help with that let me check your account
C: okay
A: hmm it looks like payroll isn't available yet for businesses in puerto rico
C: what it says on your website it's everywhere in the us
A: i'm sorry the site is wrong about that it's coming next year
C: so i can't upgrade
A: i can upgrade you but without payroll it wouldn't add much
C: no that's pointless i literally only wanted payroll this is so frustrating
A: i understand i can let you know when it launches
C: whatever i'll probably just switch to something else by then""",
 False, 0.0, "negative", "wanted upgrade cannot be fulfilled (not available), nothing else bought; frustrated"),

("FR33_038", "Omar Haddad", "2026-11-19T18:05:00", "asr", """A: skyward travel omar speaking
C: hi uh i need a rental car in orlando the twenty first through the twenty sixth
A: okay five days i have a midsize suv for forty nine a day
C: um does it fit three car seats
A: two car seats and a booster fits fine
C: okay that should work we have two little ones and the big one uses a booster
A: so midsize suv orlando airport pick up the twenty first drop off the twenty sixth shall i book it
C: yeah book it
A: done and do you need car seats from us they're twelve a day so sixty for the trip
C: no we're bringing ours uh actually we only have one good one so yeah one seat
A: okay one car seat sixty total
C: yep
A: you're all set
C: cool thanks""",
 True, 60.00, "neutral", "rental booked; car seat first refused then accepted (changed mind) at stated trip total $60"),

("FR33_039", "Grace Liu", "2026-11-20T13:40:00", "clean", """A: Hi, this is Grace from Riverside Power. Is this Mr. Lindqvist?
C: Speaking.
A: We're calling customers about our smart thermostat program. The thermostat is $129, and you'd get a $100 rebate.
C: Oh, that's nice of you to call. I actually installed a Nest last spring.
A: Oh, great! Then you may qualify for our peak-saver credit if you link it.
C: I'm not sure I want the power company adjusting my heat, to be honest.
A: Completely understandable. It's opt-in only.
C: I'll pass for now. But I'll say, you folks were terrific during the storm in August. Power back in four hours.
A: That's kind of you to say. I'll pass that on to the crews.
C: Please do. Have a good one.""",
 False, 0.0, "positive", "outbound offer declined ('I'll pass for now'); customer praises the company"),

("FR33_040", "Ben Carter", "2026-11-20T08:15:00", "asr", """A: westgate tire and auto this is ben
C: hey um i need four new tires for a rav four
A: what size is on there now
C: uh it says two twenty five sixty five r seventeen
A: got it the michelin defender is one twenty nine each
C: one twenty nine each so like five sixteen for four
A: right plus mounting which is included
C: okay let's do the michelins
A: and you'll want an alignment with new tires it's ninety nine
C: uh is that really necessary
A: it keeps them from wearing unevenly it protects the warranty
C: okay fine do the alignment too
A: great i have you tomorrow at nine
C: nine works thanks""",
 True, 99.00, "neutral", "four tires main purchase (129 each); alignment $99 accepted after a question; tire size not a price"),
]
