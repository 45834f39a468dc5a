CALLS = [
("FR21_001", "Priya Nair", "2026-11-02T09:14:22", "asr", """A: thanks for calling streamly this is priya how can i help
C: yeah hi i wanna cancel my account it's just too much every month
C: like fifteen ninety nine for stuff i barely watch
A: i understand before i process that can i offer you something we can drop you to six ninety nine a month for the next three months and you keep everything
C: six ninety nine for three months and then what back up to the full price
A: after three months it goes to the standard plan at eleven ninety nine not fifteen ninety nine
C: hm okay um and i can still cancel after that if i want
A: absolutely no contract
C: fine okay i'll stay on the discounted one then
A: great i've applied it it starts on your next bill on the ninth
C: okay thanks bye""", True, 0.0, "neutral", "accepts retention offer (conversion); price of the save plan is the main product, no add-on; tone flat and routine"),

("FR21_002", "Marcus Webb", "2026-11-03T17:40:05", "asr", """A: hi is this jordan this is marcus from ironworks fitness calling about your membership
C: oh hey yeah it's me
A: your annual membership runs out on the thirtieth and i wanted to see if we could get you renewed at the same rate
C: uh yeah honestly i love that place renew it
A: awesome same rate four hundred twenty for the year
A: and we're running a deal on personal training four sessions at thirty five each would you want those added on
C: thirty five a session that's way less than what i paid last time yeah put the four on there
A: done that's four sessions at thirty five so one forty added
C: sweet man you guys are the best
A: you're all set see you at the gym""", True, 140.0, "positive", "renews membership; accepts 4 PT sessions at $35 each = 140; enthusiastic"),

("FR21_003", "Elena Sokolova", "2026-11-03T12:05:47", "clean", """A: FreshPlate customer care, this is Elena.
C: Hi. My box came today and the ice packs were completely melted. The chicken was warm.
C: This is the second time this month.
A: I'm so sorry about that. Please don't eat the chicken. I can refund the full box, $67.94, back to your card.
C: Fine. But I don't want to keep doing this.
A: I understand. Would you like to try our insulated premium liner for $3 a box? It keeps things cold for 48 hours.
C: No. I'm not paying extra for you to do your job. Just pause my account.
A: I've paused it. Your refund should show in 3 to 5 business days.
C: Whatever. Thanks.""", False, 0.0, "negative", "refund and pause only, liner add-on declined; customer annoyed throughout"),

("FR21_004", "Tomas Ruiz", "2026-11-04T18:22:10", "asr", """A: good evening this is tomas with safe haven home security am i speaking with mrs okafor
C: speaking
A: we're offering free installation in your neighborhood this month on our smart alarm system it's twenty nine ninety nine a month for monitoring
C: mhm and what does that include
A: the panel three door sensors a motion detector and the app
C: okay that sounds reasonable actually
A: would you like me to get an installation date set up for you
C: um let me talk to my husband first he handles this stuff
A: of course can i call back thursday
C: yeah thursday after six is fine""", False, 0.0, "neutral", "deferral to husband; yes only to a callback; mild interest"),

("FR21_005", "Dana Whitfield", "2026-11-05T10:31:58", "asr", """A: hi this is dana from ledgerly calling about your annual subscription which renews next week
C: oh right yeah we use it every day
A: so the renewal is four hundred eighty for the year same as last year
C: okay yeah go ahead and renew it
A: perfect and i noticed you're still running payroll by hand we have the payroll module at fifteen a month
C: huh is that the one that does the tax forms too
A: yes it files the quarterly forms automatically
C: oh that'd save me a whole saturday every quarter yeah add that
A: done renewal plus payroll at fifteen a month
C: great that's really helpful thank you dana""", True, 15.0, "positive", "renewal is main; payroll module $15/month accepted, counted once; pleased"),

("FR21_006", "Kofi Mensah", "2026-11-05T14:12:33", "clean", """A: Good afternoon, Meridian Auto Insurance, Kofi speaking.
C: Yeah, I got my renewal notice. My premium went from $1,140 to $1,610. No accidents, no tickets. What is going on?
A: I'm sorry, rates in your zip code went up this year across the board.
C: That's not an answer. Coastline quoted me $1,050 for the same coverage yesterday.
A: I could look at raising your deductible to $1,000 to bring it down a bit.
C: A bit. No. Coastline treats customers like people. Please don't renew my policy.
A: I can note that the policy should not renew on the 22nd.
C: Do that. Eight years with you and this is how it ends. Unbelievable.""", False, 0.0, "negative", "refuses renewal, praises competitor; furious; numbers are quotes not purchases"),

("FR21_007", "Hannah Brooks", "2026-11-06T11:48:19", "asr", """A: hi this is hannah from northpoint wireless i'm calling because you qualify for our unlimited plus plan
C: okay what's the difference from what i have
A: it's five more a month and you get fifty gigs of hotspot and hd streaming
C: i mean i do use hotspot a lot for work
A: would you like me to switch you over today
C: yes um does it start right away or next cycle
A: it starts right away and we prorate it
C: okay fine
A: and since you travel would you want the international day pass bundle for ten dollars a month
C: ten a month for all the countries
A: for mexico and canada
C: yeah that's where i go add it
A: done you're on unlimited plus with the travel bundle""", True, 10.0, "neutral", "yes followed by question = commits to plan change; international bundle $10/month accepted; matter-of-fact tone"),

("FR21_008", "Ravi Shankar", "2026-11-07T16:03:44", "asr", """A: thank you for calling bella tavola this is ravi
C: hi i'd like a table for six this saturday at seven
A: oh i'm so sorry saturday at seven we're completely full
C: oh no it's my mom's birthday
A: i do have sunday at six thirty for six people by the window
C: sunday at six thirty um hold on let me ask
C: yeah okay let's do sunday
A: wonderful so that's six people sunday the fifteenth at six thirty under
C: under delgado
A: perfect you're booked mrs delgado
C: oh thank you so much that actually works out even better""", True, 0.0, "positive", "first slot full, alternative booked; party size/time are not prices; pleased at end"),

("FR21_009", "Leah Goldberg", "2026-11-08T13:27:06", "clean", """A: Thanks for calling Vistaflix, this is Leah.
C: Hi, quick question. My bill says $13.49 and I thought it was $11.99.
A: Let me check. The price for the Standard plan went up on November 1st, we emailed all members.
C: Ah, okay, I probably missed it.
C: How much is the 4K plan now, just out of curiosity?
A: Premium is $21.49, so $8 more a month.
C: Hmm. No, I'll stay where I am.
A: No problem, you're all set on Standard.
C: Okay, thanks.""", False, 0.0, "neutral", "billing question only; price of premium asked about, not bought; calm"),

("FR21_010", "Omar Haddad", "2026-11-09T08:15:40", "asr", """A: peak performance gym this is omar
C: hi i need to cancel my membership
A: sorry to hear that can i ask why
C: a couple of things i'm moving in january and honestly the place has gone downhill
C: half the treadmills have had out of order signs for two months
A: i hear you we could freeze it for you at five a month instead
C: no thanks i just want it closed
A: okay i've submitted the cancellation effective the thirty first
C: fine and i'd better not see another charge after that
A: you won't""", False, 0.0, "negative", "cancellation, freeze offer declined; complains about gym quality"),

("FR21_011", "Grace Liu", "2026-11-10T19:05:12", "asr", """A: hi is this sam this is grace from homechef box we miss you
C: uh hi yeah i cancelled a while ago
A: we'd love to have you back your next two boxes would be half off so about thirty dollars each
C: huh that's actually a pretty good deal
C: the recipes were good it was just the price
A: so shall i restart your plan with the half off boxes
C: yeah sure why not let's do it
A: great and we added a dessert add on it's five ninety nine a week for two desserts
C: oh the lava cakes are back yeah stick the dessert thing on too
A: done restarting on the eighteenth with dessert
C: nice thanks grace this is great""", True, 5.99, "positive", "win-back accepted; dessert add-on $5.99/week accepted; happy"),

("FR21_012", "Bruno Costa", "2026-11-10T15:50:27", "clean", """A: Harborline Insurance, Bruno speaking.
C: Hi, I have a homeowners policy with you, number HL-448201. I'd like to add flood coverage.
A: Sure. For your address, 17 Bayview Lane, the flood rider is $38 a month.
C: Okay. And that starts when?
A: There's a 30-day waiting period, so it would start December 10th.
C: That's fine. Please add it.
A: Done. You'll get the updated declarations page by email.
C: Okay, thank you.""", True, 0.0, "neutral", "rider added to existing policy is the purchase of this call (main item), not an upsell; routine"),

("FR21_013", "Fiona McBride", "2026-11-11T10:09:51", "asr", """A: guardpoint support this is fiona
C: hi my back yard camera has been offline for like four days
A: sorry about that let me check it's not checking in at all have you tried unplugging it
C: yes twice i've done all the stuff in the app
A: okay then i'll send a technician there's no charge since it's under warranty
A: i have tuesday the seventeenth between eight and noon
C: tuesday morning works
A: booked and while he's there do you want him to install the extended warranty plan for four ninety nine a month
C: no no just fix the camera
A: understood technician tuesday eight to noon
C: okay thanks""", True, 0.0, "neutral", "free technician appointment booked = conversion (appointment); warranty plan declined; mildly irritated then neutral"),

("FR21_014", "Jamal Carter", "2026-11-12T14:36:02", "clean", """A: Hi, this is Jamal from TaskGrid. You're on our Team plan with 10 seats, and I saw you've hit the limit a few times this month.
C: Yeah, we hired five people. I was going to call you, actually.
A: Good timing then. Five more seats at $12 each per month brings you to 15 seats.
C: Let's do that.
A: Done. Also, with 15 seats you qualify for Priority Support: 1-hour response time, $99 a month.
C: We had a 2-day wait last time something broke. Yes, add Priority Support.
A: Added. Everything is active now.
C: Excellent, this was painless. Thanks, Jamal.""", True, 99.0, "positive", "extra seats are the main purchase; Priority Support $99/month accepted as add-on; pleased"),

("FR21_015", "Ingrid Olsen", "2026-11-13T12:44:18", "asr", """A: thank you for calling the alder hotel this is ingrid
C: hi i'd like a room for two nights the twentieth and twenty first king bed
A: let me see yes i have a king room at one eighty nine a night
C: okay
A: so to confirm a king room arriving the twentieth leaving the twenty second two adults three seventy eight before tax
C: yes that's right is there parking
A: yes on site it's free for guests and would you like our breakfast package it's forty dollars for the whole stay for both of you
C: oh forty for both days and both of us that's lovely yes please
A: added your confirmation number is four four seven x
C: wonderful thank you so much""", True, 40.0, "positive", "read-back confirmed with follow-up question; breakfast package $40 accepted; warm"),

("FR21_016", "Samuel Park", "2026-11-14T20:11:37", "asr", """A: vistaflix billing this is samuel
C: yeah hi i was charged twice again this month
A: i'm sorry let me look yes i see two charges of thirteen forty nine on the second
C: oh great another month of double billing love that
A: i'll refund the duplicate charge now
C: that's what they said last month too
A: this time i'm also flagging your account to the billing team
C: uh huh sure
A: the refund will post in five to seven days anything else
C: no just fix it for real this time""", False, 0.0, "negative", "refund only; sarcastic and distrustful to the end"),

("FR21_017", "Priya Nair", "2026-11-16T08:27:55", "clean", """A: Lakeside Honda service, Priya speaking.
C: Hi, I need an oil change for a 2021 Civic. Anything this week?
A: I have Wednesday at 9:30 or Thursday at 2.
C: Wednesday at 9:30.
A: Booked. The synthetic oil change is $79.95. Your record shows the tires haven't been rotated in 10,000 miles. Add a rotation for $29.95?
C: Yeah, do the rotation.
A: Okay. And wiper blades, $34 for the pair?
C: No, those are fine.
A: Got it, Wednesday 9:30, oil change and tire rotation.
C: Okay, see you then.""", True, 29.95, "neutral", "appointment booked; tire rotation $29.95 accepted, wipers declined; model year/mileage/time not prices"),

("FR21_018", "Marcus Webb", "2026-11-17T13:58:09", "asr", """A: hi this is marcus with brightway energy we're calling customers about our fixed rate plan
C: okay
A: right now you're on variable and you paid about fourteen cents a kilowatt hour last month our fixed rate is eleven point two cents locked for two years
C: eleven point two hm
C: i'd switch if it were under ten cents honestly
A: i'm afraid eleven point two is the lowest we have right now
C: then i'll pass for now
A: no problem can i send you the details by email
C: yeah that's my email on the account sure
A: sent have a good one""", False, 0.0, "neutral", "conditional acceptance not met; yes only to email; calm"),

("FR21_019", "Elena Sokolova", "2026-11-18T17:19:46", "asr", """A: homechef box this is elena
C: hi i want to go from the two person plan to the four person plan my in laws moved in
A: oh congratulations or condolences
C: ha a bit of both
A: the four person plan is one twenty nine ninety a week want me to switch you starting next week
C: yes please
A: and we have a smoothie pack twelve dollars a week four breakfast smoothies
C: yeah throw in the smoothie pack twelve bucks fine
C: wait actually my mother in law won't drink anything cold scratch the smoothies
A: no problem removed just the four person plan then
C: perfect thanks you're always so easy to deal with""", True, 0.0, "positive", "plan change to 4-person kept; smoothie pack accepted then retracted by name -> 0; friendly"),

("FR21_020", "Tomas Ruiz", "2026-11-19T11:06:31", "clean", """A: Hi, this is Tomas from First Harbor Bank. Am I speaking with Mr. Lindqvist?
C: Yes.
A: You've been pre-approved for our Platinum Rewards card, no annual fee the first year. Can I confirm your email is still p.lindqvist@mailbox.com?
C: Yes, that's my email.
A: Great. Would you like me to submit the application for you?
C: No. I have told your bank three times that I don't want another card.
A: I'm sorry, I'll add a note.
C: Please do. And take me off these call lists, this is getting old.""", False, 0.0, "negative", "yes only to email; card refused; annoyed at repeated calls"),
]
