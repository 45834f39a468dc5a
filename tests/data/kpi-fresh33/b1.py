# FR33 batch 1 (calls FR33_001-FR33_020), hand-written.
CALLS = [
("FR33_001", "Maya Ortiz", "2026-11-02T09:14:00", "asr", """A: thanks for calling brightline fiber this is maya how can i help
C: hi yeah um my internet keeps dropping in the back bedroom it's driving me nuts
A: i'm sorry about that can i get the account phone number
C: sure it's five five five two one eight four four zero nine
A: thank you i see you're on the three hundred meg plan the signal in the back rooms is probably the issue
C: mhm
A: we have a mesh extender we can add for nine dollars a month and it usually fixes dead spots
C: uh does that come with a contract or something
A: no contract you can return it anytime
C: okay yeah go ahead and add the extender then
A: done it ships tomorrow and should arrive by friday
C: oh that's great thanks you've been a big help honestly""",
 True, 9.00, "positive", "accepted $9/mo mesh extender added to existing plan (add-on to earlier purchase); mhm is backchannel; phone digits not a price; frustrated start, grateful end"),

("FR33_002", "Daniel Kim", "2026-11-02T15:40:00", "clean", """A: Good afternoon, Casa Lumbre, this is Daniel.
C: Hi, I'd like a table for six this Saturday at 7.
A: Let me look... I'm sorry, 7 o'clock is fully booked. I have 5:30 or 8:45.
C: 5:30 is too early, my brother-in-law doesn't land until 6.
A: Understood. Would 8:45 work?
C: It's late, but fine, put us down for 8:45.
A: Great. Name for the reservation?
C: Alvarez. A-L-V-A-R-E-Z.
A: Thank you. Six guests, Saturday at 8:45 under Alvarez. We'll text a confirmation to the number you called from.
C: Okay. Thanks.""",
 True, 0.0, "neutral", "requested slot full, customer takes the 8:45 alternative -> booking; no add-on; tone flat"),

("FR33_003", "Priya Nair", "2026-11-03T11:05:00", "asr", """A: hi is this missus okafor this is priya from harbor mutual calling about the home quote you requested
C: oh yes hi
A: so for the house on twelve forty oak street the full coverage comes to eighty four a month
C: eighty four okay that's a bit less than what we pay now
A: and if you bundle the car it drops another ten percent
C: mhm
A: would you like me to go ahead and start the policy for the first of the month
C: um i think it sounds good but i really need to run it by my husband he handles the car stuff
A: of course can i call you back thursday
C: yes thursday after five is fine
A: perfect i'll call then
C: okay thanks bye""",
 False, 0.0, "neutral", "deferral (run it by husband); yes only to a callback; address number not a price"),

("FR33_004", "Tom Becker", "2026-11-03T13:22:00", "asr", """A: hi this is tom at oak and iron furniture you called about the walnut bookshelf
C: yeah hi um is it still in stock the tall one
A: it is the seventy two inch one is three eighty nine
C: okay i'll take it
A: great we also have the matching reading lamps they're forty five each
C: oh those are nice uh can i get two of them
A: two lamps at forty five each sure so ninety for the lamps
C: yep
A: and delivery to twenty two hillcrest is free over three hundred
C: even better
A: so the bookshelf plus two lamps you're all set it'll come next tuesday between nine and one
C: love it thanks tom this was easy""",
 True, 90.00, "positive", "bought bookshelf ($389 main); two lamps at $45 each = 90 upsell; seventy two inch is a size"),

("FR33_005", "Lucia Ferreira", "2026-11-04T10:48:00", "clean", """A: Thanks for holding, this is Lucia with Ledgerly support.
C: Forty minutes. Forty minutes I've been on hold just to reset a password.
A: I'm very sorry about the wait. I can reset that right now, no charge. What's the email on the account?
C: dana.pruitt@fernmail.com
A: Thank you. I've sent a reset link. Can you confirm you received it?
C: Yes, got it.
A: Great. Is there anything else I can help with today? We also have a priority support tier for $12 a month that skips the queue.
C: So I'm supposed to pay extra to not be ignored? No thanks.
A: Understood. Your reset is complete.
C: Whatever. Bye.""",
 False, 0.0, "negative", "free password reset is not a purchase; priority tier declined; angry about hold, curt ending"),

("FR33_006", "Omar Haddad", "2026-11-04T17:30:00", "asr", """A: skyward travel omar speaking
C: hi um i want to book the flight to denver on the fourteenth the morning one
A: the seven fifteen departure sure that's three twenty round trip
C: okay that works
A: can i confirm one adult denver on the fourteenth back on the eighteenth three twenty total
C: yeah that's right
A: booked would you like extra legroom for sixty nine
C: uh how much more room is it
A: about five inches
C: yeah okay do the legroom my knees will thank you
A: added and a checked bag is thirty five each way
C: no i'm just doing carry on
A: all set you'll get the itinerary by email
C: okay thanks""",
 True, 69.00, "neutral", "confirmed flight read-back; legroom $69 accepted after a question; bag declined"),

("FR33_007", "Grace Liu", "2026-11-05T08:35:00", "clean", """A: Riverside Power, Grace speaking.
C: My bill this month is $412. It's usually around $90. What is going on?
A: Let me take a look. Can I have the account number?
C: 7730-118-42.
A: Thank you. I see the meter was read wrong; it was estimated at 4,100 kWh instead of 410.
C: So I'm not crazy.
A: Not at all. I'm correcting it now, and you'll get a refund of the overcharge, $322, on your next statement.
C: Oh wow, okay. That was much easier than I expected.
A: Is there anything else?
C: No, that's it. Really, thank you, you've saved my week.""",
 False, 0.0, "positive", "billing correction and refund, nothing bought; angry opening, warm thanks at end"),

("FR33_008", "Ben Carter", "2026-11-05T12:10:00", "asr", """A: hi thanks for calling westgate honda service this is ben
C: hey uh i need an oil change for my civic the twenty nineteen
A: sure we have thursday at eight or friday at ten thirty
C: thursday at eight i guess
A: okay thursday at eight am for an oil change on a twenty nineteen civic is that right
C: yep that's right um does it take long
A: about forty five minutes you can wait in the lounge
C: cool
A: we're also running a cabin air filter special for forty nine
C: nah i'm good just the oil
A: no problem you're booked see you thursday
C: alright thanks""",
 True, 0.0, "neutral", "picked one of two offered slots and confirmed read-back; filter declined; model year not a price"),

("FR33_009", "Sofia Rossi", "2026-11-06T14:02:00", "asr", """A: pulse fitness member services sofia speaking
C: hi i want to cancel my membership
A: i'm sorry to hear that can i ask why
C: honestly um i'm barely going and fifty nine a month is a lot
A: understood what if i moved you to the off peak plan it's twenty nine a month and you keep the classes
C: off peak is what like before four
A: weekdays before four and all weekend
C: hm i do mostly go on saturdays
A: and i can waive the switch fee
C: okay that's actually not bad yeah switch me to the off peak one i'll stay
A: done your next bill will be twenty nine
C: great thanks for working with me""",
 True, 0.0, "positive", "accepted retention offer (cheaper plan) = conversion; downgrade/discount is not upsell; 'not bad' + thanks"),

("FR33_010", "Kwame Mensah", "2026-11-06T18:45:00", "clean", """A: Harborview Arena box office, this is Kwame.
C: Hi, I'm hoping to get four tickets for the Lantern Days show on the 22nd.
A: Let me check. I'm sorry, the 22nd is completely sold out, including the standing area.
C: Oh. Is there a waitlist?
A: There isn't for this show, unfortunately. They may add a date, but nothing's announced.
C: Right. I promised my kids we'd go.
A: I can put you on our newsletter so you hear first if a date is added.
C: Yes, that's fine, it's the same email you have.
A: Done. Again, I'm sorry.
C: Yeah. Well. That's a real shame. Thanks anyway.""",
 False, 0.0, "negative", "sold out, no alternative bought; yes only to free newsletter; quietly disappointed"),

("FR33_011", "Hannah Weiss", "2026-11-09T09:50:00", "asr", """A: bright smile dental hannah speaking
C: hi um i need to book a cleaning for my son he's eleven
A: sure is he a current patient
C: yes it's leo brandt
A: i have tuesday the seventeenth at three fifteen with the high genist
C: the seventeenth uh he has practice till three can we do later
A: four thirty the same day
C: yes that works
A: so leo brandt tuesday the seventeenth four thirty for a cleaning
C: yeah that's it
A: insurance doesn't cover the sealant on his molars it would be thirty five out of pocket do you want that done at the same visit
C: um sure yeah might as well do it while he's there
A: okay added see you on the seventeenth
C: thanks""",
 True, 35.00, "neutral", "appointment booked via read-back; sealant $35 add-on accepted; 'high genist' mis-heard hygienist; age not a price"),

("FR33_012", "Raj Patel", "2026-11-09T16:20:00", "asr", """A: hi is this mister coleman this is raj from evergreen solar
C: yeah who
A: evergreen solar you filled out a form about panels on our site a while back
C: oh right uh yeah we actually already went with sunpeak
A: oh i see well we could probably beat their quote we're running twenty percent off installs this month
C: i doubt it they came in way under what you guys said and they actually called back when they said they would
A: i'm sorry about that can i at least send you our new numbers
C: no thanks please just take me off the list
A: understood i'll remove you today
C: okay bye""",
 False, 0.0, "negative", "outbound sales refused; praises competitor, complains about no callback; 'yeah' is not acceptance"),

("FR33_013", "Elena Popescu", "2026-11-10T10:15:00", "clean", """A: Northgate Bank, Elena speaking. How can I help?
C: Hi, I lost my debit card, I think at the airport.
A: I'm sorry. I'll freeze it right now. Can you confirm the last four digits of your Social Security number?
C: 4417.
A: Thank you. The card is frozen. A replacement will arrive in 5 to 7 business days, free of charge.
C: Okay. Can I get it faster?
A: Expedited shipping is $25, or I can upgrade you to the Platinum card, which includes free expedited shipping, for $95 a year.
C: How much is the expedited again?
A: $25.
C: I'll just wait the week, thanks.
A: No problem. Anything else?
C: No, that's everything. Thanks.""",
 False, 0.0, "neutral", "free card replacement; customer only asks a price, declines both paid options; calm"),

("FR33_014", "Marcus Reed", "2026-11-10T10:40:00", "asr", """A: rapid rooter this is marcus
C: hi uh my kitchen sink is backing up and there's water all over the floor
A: oh no okay let's get someone out to you what's the address
C: forty one maple court unit b
A: got it the service call is eighty nine plus whatever the repair is
C: fine look if you can get someone here before noon i'll book it i have to leave at one
A: let me see yes i can have dave there at eleven
C: okay yes book it please
A: booked dave at eleven at forty one maple court unit b
C: oh thank god thank you so much
A: in the meantime turn off the valve under the sink
C: already did okay thank you marcus""",
 True, 0.0, "positive", "conditional (before noon) met by 11am slot, customer then books; stressed start, relieved thanks; address not a price"),

("FR33_015", "Aiko Tanaka", "2026-11-11T13:35:00", "asr", """A: hi this is aiko at tasknest sales
C: hey um we're moving our team off spreadsheets and i wanted to start the team plan
A: great how many people
C: eight right now
A: team plan is twelve a seat per month so ninety six total
C: yeah that's what i figured let's do it
A: perfect i'll set it up would you like advanced reporting it's twenty a month and priority support is fifteen a month
C: uh sure both
A: okay adding both
C: wait actually take off the reporting thing my boss said we have a tool for that
A: no problem just priority support then
C: yeah just that
A: you're set up for eight seats with priority support the invite emails go out now
C: okay cool thanks""",
 True, 15.00, "neutral", "team plan bought (main, 8 seats); accepted both add-ons then retracted reporting by name -> only support $15/mo counts"),

("FR33_016", "Jonas Berg", "2026-11-11T15:55:00", "clean", """A: Hillside Auto Body, Jonas speaking.
C: Hi, this is Mark Feld, calling about the Subaru. Again.
A: Hi Mr. Feld. Yes, the bumper part still hasn't come in from the supplier.
C: Oh, fantastic. That's what you said last Tuesday. And the Tuesday before.
A: I understand. The supplier now says the 19th.
C: Great, so by Christmas maybe. Love that for me.
A: I can extend your rental car at no cost until it's done.
C: Yes, please do that, at least.
A: Done. I'll call the moment the part arrives.
C: Sure you will. Bye.""",
 False, 0.0, "negative", "sarcastic complaint about repair delay; yes only to a free rental extension"),

("FR33_017", "Maya Ortiz", "2026-11-13T19:20:00", "asr", """A: tony's pizza this is maya pickup or delivery
C: delivery please two large pepperonis
A: okay two large pepperoni that's thirty one fifty
C: yeah and um add the garlic knots
A: garlic knots are six ninety nine so thirty eight forty nine total what's the address
C: eighteen ninety lakeview drive
A: okay and just so you know we're really backed up tonight it's about ninety minutes
C: ninety minutes are you serious
A: i'm sorry it's a friday
C: ugh no forget it cancel the whole thing we'll just go somewhere else
A: okay i've cancelled it sorry about that
C: yeah whatever""",
 False, 0.0, "negative", "order with add-on placed then the whole order cancelled -> no conversion, no upsell; annoyed"),

("FR33_018", "Daniel Kim", "2026-11-16T11:25:00", "clean", """A: Seabreeze Inn reservations, Daniel speaking.
C: Hi! My wife and I want to come down for our anniversary, the 13th to the 16th.
A: Happy anniversary! I have an ocean-view king for those three nights at $189 a night.
C: Perfect, that sounds lovely.
A: Shall I book it for you?
C: Yes, please. Under Henry Castillo.
A: Done. Would you like to add breakfast? It's $18 per person per day, so $108 for the two of you for the stay.
C: Do they do the crab benedict?
A: Every morning.
C: Then absolutely, add breakfast.
A: Added. You're all set, confirmation number SB4471.
C: Wonderful, thank you so much, we can't wait.""",
 True, 108.00, "positive", "room booked on closing question; breakfast accepted at the stated stay total $108 (18 x 2 people x 3 days)"),

("FR33_019", "Priya Nair", "2026-11-17T14:45:00", "asr", """A: harbor mutual claims this is priya
C: hi uh i'm calling about my claim the windshield one
A: sure do you have the claim number
C: yeah it's c as in cat four four nine two one
A: thank you i see it it was approved yesterday
C: okay
A: the payment of three hundred forty goes straight to the glass shop
C: mhm
A: so you don't need to pay anything except your hundred dollar deductible
C: okay and do i call them or do they call me
A: they'll call you within two business days to schedule
C: alright thanks""",
 False, 0.0, "neutral", "claim status only; payout and deductible are not purchases; backchannels only"),

("FR33_020", "Tom Becker", "2026-11-18T09:05:00", "asr", """A: hi this is tom with voltmart customer care
C: hi um i bought a tv from you guys last week the sixty five inch and the guy said i could still add the warranty
A: yes you have thirty days let me pull up the order
C: it's under jenna marsh
A: found it the samsung sixty five the three year protection plan is eighty nine ninety nine
C: does that cover like if my kid throws something at it
A: accidental damage is included yes
C: okay uh yeah let's add it then
A: done it's been added to your order and charged to the same card
C: great
A: anything else
C: no that's it""",
 True, 89.99, "neutral", "warranty add-on to last week's TV accepted (add-on to earlier purchase -> conversion + upsell 89.99); screen size not a price"),
]
