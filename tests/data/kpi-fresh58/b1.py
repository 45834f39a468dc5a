CALLS = [
    ("FR58_001", "Maria Delgado", "2026-11-02T09:14:22", "asr",
     """A: thanks for calling northpeak wireless this is maria how can i help
C: hi yeah um i wanna add a line for my daughter she's getting her first phone
A: oh nice okay so a new line on your account is twenty five a month with the unlimited talk and text and five gigs of data
C: yeah that's fine that's what i figured
A: perfect and just so you know she'll be calling her grandparents overseas a lot or
C: uh actually yeah my mom's in manila so probably
A: okay so we have the international calling pack it's ten a month and covers the philippines unlimited
C: oh ten a month yeah go on add that too honestly that's gonna save me a fortune
A: done so that's the new line plus the international pack for her should i go ahead and activate it today
C: yes please today is great
A: you're all set the sim ships tomorrow
C: awesome thank you this was way easier than i thought""",
     True, 10.00, "positive", "new line activated ('yes please today'); intl pack 'ten a month ... go on add that too' = 10; 'way easier than i thought'"),

    ("FR58_002", "Kevin Brennan", "2026-11-02T10:03:51", "asr",
     """A: harbor view inn kevin speaking
C: hi um i'm looking at the nineteenth and twentieth for one person just a queen room
A: sure let me check uh yes we have a queen on those nights at one thirty nine a night
C: okay and does that include breakfast
A: breakfast is extra it's eighteen per person per day
C: hm okay eighteen so no i'll skip that there's a diner down the street
A: no problem so just the queen for the nineteenth and twentieth two nights shall i put that on the card ending in uh what card would you like
C: yeah book the room it's a visa ending eight one one two
A: got it you're confirmed for two nights
C: okay thanks
A: anything else
C: no that's it bye""",
     True, 0.00, "neutral", "'book the room' = booking; breakfast 18 declined ('i'll skip that'); flat 'okay thanks'"),

    ("FR58_003", "Priya Raman", "2026-11-02T11:27:05", "asr",
     """A: good morning keystone insurance priya speaking
C: yeah hi i need to cancel my auto policy
A: i'm sorry to hear that can i ask what's prompting the change
C: you charged me twice in september and then again in october and it took me three calls to get it fixed i'm just done
A: i completely understand i can see those were reversed i'd like to offer you fifteen percent off your renewal if you'd stay with us
C: uh huh
A: that would bring you down to about eighty two a month
C: i've already got a policy with somebody else starting friday so
A: okay understood i'll process the cancellation effective friday
C: fine
A: you'll get a confirmation email and any unused premium is refunded
C: yeah it better be not like the last refund""",
     False, 0.00, "negative", "cancels; save offer not accepted ('already got a policy with somebody else'); 'i'm just done', 'it better be'"),

    ("FR58_004", "Tomasz Nowak", "2026-11-02T12:40:30", "clean",
     """A: Good afternoon, Trattoria Lupo, this is Tomasz.
C: Hi! I'd like to get a table for Saturday evening, six of us, around 7:30 if possible.
A: Let me look... 7:30 is taken, but I can do 7:45 by the window.
C: Oh, 7:45 is fine, even better if it's the window.
A: Lovely. Can I have a name?
C: Jennifer Akers.
A: So that's a table for six, Saturday the 7th at 7:45, under Akers. Is that right?
C: You got it. Do you have high chairs? One of us is bringing a baby.
A: We do, I'll put one at the table for you.
C: Perfect, thank you so much, you guys are always so accommodating."""
     , True, 0.00, "positive", "confirms read-back 'You got it' then asks a question; 'always so accommodating'"),

    ("FR58_005", "Alicia Greene", "2026-11-03T09:52:11", "asr",
     """A: oakline furniture this is alicia
C: hey i was in the store saturday and i wanna order the walnut bed frame the queen one
A: the harlow queen yes that's eleven ninety
C: yeah that one
A: great and did you see the matching nightstands they're two forty each
C: oh um yeah i did they were really nice how much for two again
A: two forty each so four eighty for the pair
C: yeah okay let's do two of the nightstands with the bed
A: perfect so the harlow queen frame and two harlow nightstands i'll place that now
C: sounds good
A: delivery is the fourteenth between eight and noon
C: ah that's perfect i'm so excited honestly the bedroom's been empty for a month""",
     True, 480.00, "positive", "orders bed frame; 'two of the nightstands' at 'two forty each' = 480; 'so excited'"),

    ("FR58_006", "Darnell Hughes", "2026-11-03T10:18:44", "asr",
     """A: metro power and light this is darnell
C: yeah my bill is three hundred and twelve dollars this month and it's usually like ninety
A: i'm sorry about that let me pull up the account
C: i've been away for two weeks there's nobody in the house
A: okay i see this was an estimated read the meter wasn't accessible
C: wasn't accessible it's on the side of the house what do you mean
A: sometimes the gate is locked i can schedule an actual read for
C: the gate doesn't have a lock
A: i understand i'll put in a request for a re read and the bill will be adjusted after
C: and in the meantime i'm supposed to pay three hundred dollars
A: you can hold off on the disputed part until the re read
C: this is ridiculous every winter it's the same thing with you people""",
     False, 0.00, "negative", "billing dispute, no purchase; 'this is ridiculous ... every winter'"),

    ("FR58_007", "Sofia Marchetti", "2026-11-03T11:05:09", "asr",
     """A: skyway travel this is sofia
C: hi um yeah i wanna book the flight we talked about last week denver to lisbon on the twelfth
A: sure the one with the connection in newark that's eight sixty four round trip
C: yeah that's the one go ahead and book it
A: okay it's booked now that leg from newark is about seven hours would you like extra legroom it's seventy nine each way uh sorry seventy nine for the whole trip
C: uh i usually don't but yeah you know what sure it's a long flight
A: added and would you like to add a checked bag for thirty five
C: no i'm carry on only
A: okay so the flight plus extra legroom you'll get the itinerary by email
C: great thanks that's actually really great
A: enjoy lisbon
C: thank you""",
     True, 79.00, "positive", "'go ahead and book it'; legroom revised to 'seventy nine for the whole trip' accepted = 79; bag declined; 'really great'"),

    ("FR58_008", "Ethan Caldwell", "2026-11-03T14:33:27", "asr",
     """A: riverside auto care ethan speaking
C: hey i need an oil change for a twenty nineteen civic
A: sure we can do synthetic for sixty nine when did you wanna come in
C: um tuesday morning if you have it
A: tuesday at nine works would you like to add a tire rotation for twenty five while it's here
C: uh let me see what the oil change comes to first i'm not sure
A: no problem and is the number ending four four two still the best number for you
C: yes that's my cell
A: okay
C: so tuesday at nine book me in
A: you're booked for tuesday nine am oil change
C: okay see you then""",
     True, 0.00, "neutral", "'tuesday at nine book me in'; rotation not accepted ('let me see ... not sure'); 'yes' was to the phone number"),

    ("FR58_009", "Naomi Fischer", "2026-11-04T09:01:58", "asr",
     """A: streamly support this is naomi
C: yeah i want to cancel
A: i can help with that can i ask why
C: it's just too much for what we watch fifteen ninety nine is a lot
A: understood before i cancel i can offer you half price for the next three months so seven ninety nine
C: um
A: and you keep everything the same
C: half price for three months and then it goes back up
A: it goes back to the regular price but you can cancel any time
C: okay fine i'll stay if it's half price
A: great i've applied that to your account
C: okay thanks""",
     True, 0.00, "neutral", "accepts retention offer 'i'll stay if it's half price' (discount, not upsell); grudging 'okay fine'"),

    ("FR58_010", "Luis Ortega", "2026-11-04T10:45:36", "clean",
     """A: Brightside Dental, this is Luis.
C: Hi, I'm overdue for a cleaning, like really overdue. Do you have anything next week?
A: We have Wednesday at 10 or Thursday at 2.
C: Thursday at 2 please.
A: Got it. While you're in we're also running a whitening special, $199 instead of $350.
C: Whitening for $199? Hmm. Let me think about that one. Just the cleaning for now.
A: No problem at all. Thursday at 2 for the cleaning, you're booked.
C: Great. Do I need to bring my insurance card?
A: Yes, please bring it along.
C: Will do. Honestly you've been really helpful, I've been putting this off for ages."""
     , True, 0.00, "positive", "'Thursday at 2 please' then booked; whitening deferred ('Let me think') = 0; 'really helpful'"),

    ("FR58_011", "Hannah Whitfield", "2026-11-04T13:12:40", "asr",
     """A: city arena box office this is hannah
C: hi i'm trying to get two tickets for the lumen tour on the twenty second the website keeps crashing
A: let me check for you one moment
C: sure
A: i'm so sorry the twenty second just sold out about ten minutes ago
C: you're kidding
A: i can put you on the notification list in case more are released
C: um is there another date
A: unfortunately that was the only date in this city
C: oh that's just great so i sat there refreshing for an hour for nothing
A: i'm really sorry
C: yeah whatever no don't bother with the list""",
     False, 0.00, "negative", "sold out, nothing else bought, list declined; sarcastic 'oh that's just great'"),

    ("FR58_012", "Marcus Bell", "2026-11-04T15:20:03", "clean",
     """A: Thank you for calling Granite Federal, this is Marcus.
C: Hi, I got a letter about upgrading my card to the Platinum Rewards one.
A: Yes, you're pre-approved. It's a $95 annual fee, with 3% back on travel and dining.
C: Okay. And the first year?
A: The first year the fee is waived.
C: Right. I'm interested, but can you email me the details? I want to compare it with what I have.
A: Of course. Is the email still mark.ruiz@fastmail.com?
C: Yes, that's my email.
A: Sent. You can upgrade any time online or by calling us.
C: Okay, thanks."""
     , False, 0.00, "neutral", "'I'm interested, but can you email me the details?'; 'Yes' is to the email address; flat 'Okay, thanks'"),

    ("FR58_013", "Yuki Tanaka", "2026-11-05T08:47:15", "asr",
     """A: comfort zone heating and air this is yuki
C: hey um i wanna get the furnace looked at before it gets really cold
A: sure our fall tune up is eighty nine we have friday morning or monday afternoon
C: friday morning please
A: okay friday between eight and ten and while the tech is out do you want a filter replacement usually that's forty but i can do it for thirty with the tune up
C: thirty oh yeah yeah add that i never remember to change it
A: done so tune up plus filter friday eight to ten
C: perfect
A: you'll get a text when he's on the way
C: amazing thank you you guys are always so quick""",
     True, 30.00, "positive", "'friday morning please' booked; filter 'usually forty ... thirty' accepted = 30; 'always so quick'"),

    ("FR58_014", "Rebecca Stone", "2026-11-05T11:31:48", "asr",
     """A: lumen fiber rebecca speaking
C: hi yeah so we've got the hundred meg plan and it's just not cutting it with the kids gaming
A: okay i can move you up to five hundred meg it's sixty five a month instead of forty five
C: mm okay yeah let's do the five hundred
A: sure and a lot of people with bigger houses add our mesh extender it's eight a month
C: uh no the router's fine it's in the middle of the house
A: no problem so i'm changing you to five hundred starting today is that okay
C: yep
A: done it should kick in within the hour
C: okay cool
A: anything else
C: nope that's it thanks""",
     True, 0.00, "neutral", "paid plan change 'let's do the five hundred' (main purchase, not upsell); extender declined; flat"),

    ("FR58_015", "Omar Haddad", "2026-11-05T14:02:19", "clean",
     """A: TechHub orders, Omar speaking.
C: Hi, I'd like to order the Vireo 14 laptop, the 16 GB one, it's $899 on your site.
A: Yes, that's in stock. Would you like to add our 2-year protection plan for $129?
C: Sure, add it.
A: Okay, I've got the laptop and the protection plan, total $1,028 plus tax.
C: Hmm, $129 is more than I thought. Actually, skip the warranty, just the laptop.
A: No problem, I've removed it. Just the laptop at $899. Shall I place the order?
C: Yes, go ahead.
A: Done, it ships today.
C: Okay, thanks."""
     , True, 0.00, "neutral", "laptop ordered 'Yes, go ahead'; warranty accepted then retracted 'skip the warranty' = 0"),

    ("FR58_016", "Chloe Bergeron", "2026-11-05T16:10:57", "asr",
     """A: green fork catering chloe speaking
C: hi i need lunch for our office thursday about twenty people
A: sure the sandwich platter serves ten it's ninety five so two platters would be one ninety
C: yeah two platters
A: and would you like to add a dessert tray it's forty five serves twenty
C: oh yes definitely add the dessert tray
A: great so two sandwich platters and a dessert tray what card
C: it's a mastercard four four zero one
A: hmm that one's coming back declined
C: oh no uh try the amex ending three nine nine seven
A: okay that went through you're all set for thursday at noon
C: oh thank god okay thank you so much you saved my whole week""",
     True, 45.00, "positive", "order goes through on second card; dessert tray 'forty five' 'definitely add' = 45; relieved 'thank you so much'"),

    ("FR58_017", "Maria Delgado", "2026-11-06T09:38:26", "asr",
     """A: northpeak wireless this is maria
C: yeah hi i just got back from mexico and i have like two hundred dollars in roaming charges and i'm pretty upset
A: i'm sorry let me look at that
C: i had the travel thing on i'm sure i did
A: okay i see the travel pass was added on the fifth but your trip started on the third
C: oh
A: so those first two days were charged at the regular rate but since you did add the pass i can credit those two days
C: wait really the whole thing
A: yes i'm crediting one ninety four it'll show on the next bill
C: oh wow okay thank you i really appreciate that i came in ready to fight
A: happy to help
C: seriously thanks you made my day""",
     False, 0.00, "positive", "no purchase (credit only); upset start ends 'really appreciate that ... made my day'"),

    ("FR58_018", "Kevin Brennan", "2026-11-06T12:15:44", "asr",
     """A: harbor view inn this is kevin
C: hi what's your rate for a king on the twenty eighth
A: for the twenty eighth the king is two forty nine
C: two forty nine um that's more than i was hoping
A: it's a holiday weekend so it's our peak rate
C: yeah i'd book it if you could do under two hundred
A: i'm afraid i can't go that low that weekend the best i have is the queen at two twenty
C: mm no i'll keep looking then
A: okay if you change your mind just give us a call
C: yeah sure thanks
A: have a good one
C: you too""",
     False, 0.00, "neutral", "conditional 'i'd book it if ... under two hundred'; 'i'll keep looking'; polite flat"),

    ("FR58_019", "Priya Raman", "2026-11-06T14:49:01", "clean",
     """A: Keystone Insurance, Priya speaking.
C: Hi, I'm buying a new car on Saturday and I need to get it on a policy.
A: Congratulations! I've got your quote here, full coverage is $118 a month.
C: Okay, that's what the website said. Let's go ahead with that.
A: Great. Would you like roadside assistance? It's $6 a month.
C: Yes, add that, I've been stranded before.
A: And rental reimbursement is $4 a month if the car is in the shop.
C: Sure, that too.
A: Done: full coverage with roadside and rental, $128 a month, starting Saturday.
C: Perfect, that was painless. Thanks so much, Priya!"""
     , True, 10.00, "positive", "'Let's go ahead'; roadside $6 + rental $4 accepted = 10; 'painless. Thanks so much'"),

    ("FR58_020", "Tomasz Nowak", "2026-11-06T18:22:37", "clean",
     """A: Trattoria Lupo, Tomasz speaking.
C: Hi. I ordered delivery about an hour ago, order 4471, and it just showed up cold.
A: I'm so sorry about that. Was it all of it?
C: All of it. The pasta is basically a brick.
A: I can send out a fresh order right away, or refund it.
C: How long would a fresh one take?
A: About forty-five minutes tonight, we're busy.
C: Forty-five more minutes. No. Just refund it.
A: Understood, I've refunded the full $62.40 to your card.
C: Whatever. We'll order somewhere else."""
     , False, 0.00, "negative", "complaint, refund only, no purchase; 'Whatever. We'll order somewhere else.'"),
]
