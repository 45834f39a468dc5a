CALLS = [
("FR35_001", "Maya Torres", "2026-11-02T09:14:22", "asr", """
A: hi this is maya from brightline mobile am i speaking with mister okafor
C: yeah that's me um what's this about
A: you're eligible for an upgrade the galaxy s twenty four is zero down and twenty nine ninety nine a month
C: mhm
A: and i can add device protection for seven ninety nine a month
C: uh huh so the phone is what thirty a month basically
A: that's right thirty a month for thirty six months
C: okay yeah let's do the phone my screen's cracked anyway
A: great and the protection plan
C: sure throw that on too given my track record
A: done you'll get a tracking text tonight
C: oh nice that was easier than i thought thanks
""", True, 7.99, "positive", "phone upgrade accepted; protection 7.99/mo accepted (recurring counts once); 'mhm' is a backchannel; pleased"),

("FR35_002", "Derek Lin", "2026-11-02T18:41:05", "clean", """
A: Good evening, Lumière, this is Derek speaking.
C: Hi, I'd like a table for two this Friday, the 14th, around 7:30.
A: Let me look... I'm so sorry, Friday is fully booked, we have a private event from 6 onward.
C: Oh no. Is there anything at all, even the bar?
A: The bar is closed for the event too, unfortunately. I could offer Thursday at 7:30 or Saturday at 9:45.
C: No, it has to be Friday, it's our anniversary. We've come here every year for eleven years.
A: I understand, I'm really sorry. I can put you on a waitlist in case of a cancellation.
C: Yes, put me on it. My number is 555-0148.
A: Done, you're on the waitlist, we'll call if something opens up.
C: Honestly, that's really disappointing. You could have told regulars about the event.
A: That's fair feedback, I'll pass it on to the manager.
C: Fine. Bye.
""", False, 0.0, "negative", "Friday fully booked, alternatives refused; waitlist is not a booking; disappointed and critical"),

("FR35_003", "Priya Shah", "2026-11-03T10:02:47", "asr", """
A: thanks for calling harbor mutual this is priya how can i help
C: hi um i have my car insurance with you guys and i wanted to add the roadside thing
A: sure can i get your policy number
C: yeah it's h m four four seven two nine
A: got it so roadside assistance is forty eight dollars a year and it covers towing up to a hundred miles
C: a hundred miles okay and that's on top of what i'm paying now
A: yes it's added to your renewal on the same bill
C: alright yeah go ahead and add it
A: done it's active as of today
C: okay cool thanks
""", True, 48.0, "neutral", "add-on to an existing policy bought in this call: 48/yr; policy number and 'hundred miles' are not prices; routine tone"),

("FR35_004", "Tom Becker", "2026-11-03T14:20:10", "clean", """
A: Hi Jordan, Tom from Ledgerly following up on your trial. How's it been going?
C: Really well, actually. The team loves the invoicing module.
A: Glad to hear it. The Team plan is $1,200 a year for up to ten users. Want me to move you over before the trial ends on the 20th?
C: Yes, let's do the annual Team plan.
A: Perfect. We also offer a guided onboarding package, normally $300, but since you're converting from a trial I can do $200.
C: What does that include?
A: Three live sessions and a data import from your old system.
C: The import alone would save us a week. Okay, add the onboarding at $200.
A: Great. And would you like the priority support add-on at $45 a month?
C: No, standard support has been fine so far.
A: Understood. You'll get the invoice by email shortly.
C: Great, thanks Tom, this has been a smooth process.
""", True, 200.0, "positive", "annual plan bought (main, 1200 not upsell); onboarding revised 300->200 accepted; priority support declined"),

("FR35_005", "Ana Costa", "2026-11-04T08:35:51", "asr", """
A: city power and light this is ana speaking
C: yeah hi i'm calling because my bill is four hundred and twelve dollars this month which is insane
A: i'm sorry to hear that can i have the account number
C: it's seven seven oh one two three and i live in a two bedroom apartment there is no way
A: i see the meter read was estimated this month
C: estimated so you just made up a number
A: it's based on last year's usage but i can request an actual read
C: and how long does that take
A: a technician can come out within ten business days
C: ten days great and i'm supposed to pay this in the meantime
A: you can hold off on the disputed amount until the read is done
C: fine but this is the second time this year honestly i'm sick of it
A: i understand i've put a note on the account
C: whatever bye
""", False, 0.0, "negative", "billing complaint, meter read request is not a purchase; sarcastic 'great', ends fed up"),

("FR35_006", "Jamal Reed", "2026-11-04T16:12:33", "asr", """
A: thank you for calling the seabrook inn this is jamal
C: hi uh i'm looking for a room for the weekend of the twenty first
A: let me see we have a king room at one eighty nine a night for friday and saturday
C: mhm
A: and that's two nights so three seventy eight before tax
C: okay does that include breakfast
A: breakfast isn't included it's twenty a day for two so forty for your stay
C: huh okay um yeah book the king room and i'll take the breakfast too
A: can i get a name for the reservation
C: it's denise harper h a r p e r
A: alright denise you're confirmed for the twenty first and twenty second with breakfast
C: okay thank you
""", True, 40.0, "neutral", "room booked; breakfast add-on accepted at the stated stay total of 40 (room 378 is main); matter-of-fact"),

("FR35_007", "Lucy Park", "2026-11-05T11:47:09", "asr", """
A: you've reached nexus fiber retention desk this is lucy
C: yeah i want to cancel my internet
A: i'm sorry to hear that may i ask why
C: because you raised it to ninety five a month and the speed is garbage in the evenings
A: i understand i can offer you sixty five a month locked for twelve months
C: sixty five hm the other company quoted me fifty five
A: sixty five is the lowest i can go but i can also add a free speed boost to five hundred megs
C: ugh
A: would you like me to apply that
C: fine yeah i'll stay on the sixty five but i'm not happy about having to call and threaten to leave
A: understood it's applied starting next bill
C: yeah whatever
""", True, 0.0, "negative", "retention offer accepted = conversion; discount and free boost are not upsell; grudging and unhappy"),

("FR35_008", "Omar Haddad", "2026-11-05T13:05:40", "clean", """
A: Oakline Furniture, this is Omar.
C: Hi Omar, I was in the store on Saturday looking at the Harlow dining table, the walnut one.
A: Yes, the Harlow is $1,150 right now, down from $1,400.
C: That's the one. I'd like to order it.
A: Wonderful. Did you want the matching chairs? They're $60 each.
C: How many does the table seat?
A: Six comfortably.
C: I already have four chairs that match okay, so just two of the chairs.
A: So the Harlow table plus two chairs at $60 each. Delivery to 48 Birch Lane on the 9th?
C: Yes, that's right. It's going to look great in the new house.
A: You're all set. We'll call the day before with a window.
C: Thank you, you've been so helpful!
""", True, 120.0, "positive", "table ordered; two chairs x 60 = 120 (quantity said apart from price); address not a price; warm"),

("FR35_009", "Grace Kim", "2026-11-06T09:28:14", "asr", """
A: good morning riverside dental this is grace
C: hi um i got a reminder that i'm due for a cleaning
A: yes you are we have thursday the twelfth at ten fifteen or monday the sixteenth at two
C: uh let me think thursday might work but i'm not sure about my shifts
A: would you like me to pencil in thursday
C: no i'd rather not book something i might miss um can i call back once i get my schedule
A: of course our number is five five five oh one nine two
C: okay five five five oh one nine two got it
A: anything else i can help with
C: no that's it thanks
""", False, 0.0, "neutral", "deferral, declines to pencil in; phone number and times are not prices; polite"),

("FR35_010", "Ben Walsh", "2026-11-06T19:55:02", "asr", """
A: skyway airlines this is ben how can i help you today
C: hi i need a one way from denver to boston on the third
A: i have a seven fifteen a m departure for two nineteen or a twelve forty p m for two forty nine
C: the morning one
A: okay the seven fifteen for two nineteen would you like extra legroom for forty nine dollars
C: uh yeah sure put me in legroom
A: and trip protection is twenty seven fifty it covers cancellation for any reason
C: twenty seven fifty on a two hundred dollar ticket ugh fine add it i'm moving and plans might change
A: alright so that's the flight the legroom seat and trip protection
C: wait actually scratch the legroom seat i'm not paying forty nine on top of all this
A: no problem legroom removed so the fare plus trip protection
C: yes book it
A: you're confirmed the confirmation code is k l seven r two q
C: fine honestly it feels like you nickel and dime people for everything
""", True, 27.5, "negative", "flight booked; legroom accepted then retracted by name (0); trip protection twenty seven fifty = 27.50 kept; resentful close"),

("FR35_011", "Sofia Rossi", "2026-11-07T10:10:10", "clean", """
A: Thank you for calling Northgate Bank, this is Sofia.
C: Hi, I lost my debit card, I think at the gym yesterday.
A: I'm sorry to hear that. I've frozen the card ending in 3318. Would you like a replacement sent?
C: Yes, please. Is there a charge?
A: No, standard replacement is free and arrives in 5 to 7 business days. Expedited is $25.
C: Standard is fine.
A: Done. Can I confirm the address, 2210 Elm Street, Apartment 4?
C: Yes, that's my address.
A: Great, the new card is on its way. No suspicious transactions either.
C: Oh, that's a relief. Thank you so much, you made this really easy.
""", False, 0.0, "positive", "free card replacement is not a purchase; expedited 25 not taken; relieved and grateful"),

("FR35_012", "Sam Patel", "2026-11-07T18:22:45", "asr", """
A: tony's pizza pickup or delivery
C: delivery please to nine twelve maple
A: okay what can i get you
C: um a large pepperoni and a medium veggie
A: large pepperoni and medium veggie that's thirty one fifty
C: mhm
A: want to add our cinnamon bites they're six ninety nine
C: oh the cinnamon bites yes my kids love those
A: alright that's everything for nine twelve maple about forty minutes
C: yes perfect you guys are always the best thanks
""", True, 6.99, "positive", "order confirmed on read-back; cinnamon bites six ninety nine = 6.99; 912 maple is an address; enthusiastic"),

("FR35_013", "Nate Ortiz", "2026-11-09T08:48:30", "asr", """
A: ace plumbing and drain this is nate
C: hi my kitchen sink is draining really slow and now it's backing up
A: sorry about that we could get someone out tomorrow between eight and ten
C: tomorrow eight to ten yeah that works
A: okay the service call is eighty nine and that's applied to any repair
C: okay
A: we also have a home care plan at a hundred forty nine a year that covers two drain cleanings
C: uh no just the one visit for now
A: no problem i've got you down for tomorrow eight to ten at sixteen oak court
C: yep that's it
A: the tech will text when there on the way
C: alright thanks
""", True, 0.0, "neutral", "service visit booked; home care plan declined; routine"),

("FR35_014", "Hannah Cole", "2026-11-09T12:31:19", "clean", """
A: Westside Honda service, Hannah speaking.
C: Hi. I need an oil change on my 2019 Civic. Last time I waited three hours as a walk-in, so I'd like an appointment this time.
A: Understood. I have Wednesday at 8:00 a.m. The synthetic oil change is $79.95.
C: $79.95? It was $59 last year.
A: Prices went up in March, unfortunately. While it's in, I'd recommend a cabin air filter, $25 installed.
C: Is it actually needed or is that the usual pitch?
A: Your last one was replaced 30,000 miles ago, so it's due.
C: Fine, add the filter. Book Wednesday at 8.
A: You're booked Wednesday at 8 a.m. with the cabin filter.
C: Fine. But honestly, your prices are getting absurd. I'm going to look at independent shops next time.
""", True, 25.0, "negative", "service appointment booked; cabin filter 25 accepted; 2019 and 30,000 are not prices; unhappy about pricing"),

("FR35_015", "Victor Mensah", "2026-11-10T15:03:58", "asr", """
A: hi thanks for calling stageline tickets this is victor
C: hey i'm looking for two tickets for the december fourteenth show at the arena
A: sure i have section one oh four row m at eighty five each
C: okay that's fine
A: we also have a vip lounge upgrade it's a hundred twenty five per person with drinks and early entry
C: oh that sounds fun um for both of us yeah let's do the lounge
A: so two tickets in one oh four plus two vip lounge upgrades shall i finalize that
C: yes please go ahead
A: you're all set the tickets will be in your app
C: awesome i can't wait this is gonna be the best birthday thanks so much
""", True, 250.0, "positive", "tickets bought; VIP upgrade 125 per person x 2 = 250; section 104 not a price; excited"),

("FR35_016", "Irene Novak", "2026-11-10T17:40:26", "asr", """
A: fitzone member services this is irene
C: hi i need to cancel my membership
A: i can help with that can i ask what's prompting the cancellation
C: i moved and the nearest club is forty minutes away
A: i understand we could pause it for three months at five dollars a month
C: no i don't want to pause i want to cancel
A: how about half price for six months at twenty two fifty
C: oh great another offer i've been on hold twenty minutes already just cancel it
A: okay i'll process that there is a thirty day notice period
C: of course there is
A: your last charge will be on the fifteenth
C: fine bye
""", False, 0.0, "negative", "cancellation, both save offers refused; sarcasm ('oh great', 'of course there is')"),

("FR35_017", "Sam Patel", "2026-11-11T10:15:00", "clean", """
A: Hello, this is Sam from The Coastal Review subscriptions. I'm calling because your print subscription expires at the end of the month.
C: Oh, right. Is the price the same?
A: It's $39 for another year. We also have digital access, which is $9 on top for the year.
C: I mostly read it on the train anyway.
A: Then the digital add-on might suit you. Shall I renew the print subscription and include digital?
C: Yes, renew it with the digital access.
A: Done. That's $48 in total, charged to the card ending 7721.
C: Yes, that card's fine.
A: You're renewed through next November. Anything else?
C: No, that's it. Thanks.
""", True, 9.0, "neutral", "renewal (conversion) plus digital add-on 9; the 48 total includes the main 39; routine"),

("FR35_018", "Maya Torres", "2026-11-11T13:37:44", "asr", """
A: maple grove animal hospital this is maya
C: hi um my dog's been limping since yesterday can i bring her in today
A: let me look oh i'm sorry we're fully booked today and tomorrow
C: oh no nothing at all
A: the earliest is thursday at four
C: hm i don't think she should wait till thursday
A: i understand the emergency clinic on route nine takes walk ins
C: okay i'll try them then
A: do you want their number
C: yeah sure
A: it's five five five oh one three three
C: got it no worries thanks for checking
""", False, 0.0, "neutral", "no availability, Thursday slot not taken, goes elsewhere; 'no worries' and thanks are routine"),

("FR35_019", "Derek Lin", "2026-11-12T11:26:13", "asr", """
A: hi this is derek with greenplate meal kits you signed up for our newsletter last week
C: oh um yeah i did
A: i wanted to see if you'd like to start a plan it's three meals a week for two people at sixty nine ninety nine a week
C: mhm and can i skip weeks
A: yes you can skip or pause anytime in the app
C: okay that's good yeah let's try it
A: great and we have a fresh juice add on three fifty per box would you like that
C: three fifty for juice um sure why not
A: so the three meal plan plus juice first box arrives tuesday
C: yep sounds good i'm actually kind of excited my cousin loves you guys
A: wonderful i'll send the confirmation email
C: thanks
""", True, 3.5, "positive", "outbound sale, plan started; juice add-on 'three fifty per box' = 3.50 (context, recurring counts once); excited"),

("FR35_020", "Priya Shah", "2026-11-12T16:58:36", "clean", """
A: CloudNest support, Priya speaking.
C: Hi, our backups have been failing since Tuesday. Error code 5012.
A: Let me check your account... I see the storage quota is full, 500 GB used of 500.
C: Ah. So that's all it is?
A: Yes. You can delete old snapshots, or upgrade to the 2 TB tier for $30 more a month.
C: What does the 2 TB tier cost in total?
A: $79 a month.
C: I'll need to run that past our finance lead. For now, how do I delete old snapshots?
A: Go to Settings, Retention, and set it to 30 days. That'll free up about 200 GB.
C: Okay, done. It's running now.
A: Great, the backup should complete in about an hour.
C: Okay, thanks.
""", False, 0.0, "neutral", "support; upgrade price only asked about and deferred; error code not a price; neutral"),
]
