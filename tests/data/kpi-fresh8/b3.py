CALLS = [
("FR8_041", "Marguerite Dubois", "2026-11-16T09:03:27", "clean", """A: Thank you for calling Vantage Fiber, Marguerite speaking.
C: Yes. I've had three technicians out and my internet still drops every evening.
A: I'm very sorry. I've escalated it to our network team with priority.
C: That's what the last person said.
A: I understand. Given the trouble, I can upgrade you to our 1 gig plan, normally $20 more, for $10 more a month.
C: I don't need faster internet that doesn't work. Fine, whatever, do the upgrade, maybe the new router fixes it.
A: Done. A new router ships today.
C: Okay. If it's not fixed by next week I'm cancelling.
A: Understood. I'll follow up Monday.
C: Yeah. Bye.""", True, 10.00, "negative", "existing service; upgrade accepted at revised $10 a month (counted once); angry throughout -> negative"),
("FR8_042", "Pablo Serrano", "2026-11-16T10:27:13", "asr", """A: hi thanks for calling happy paws grooming this is pablo
C: hi uh do you guys have anything saturday for a golden retriever
A: let me see saturday i have eleven am
C: okay how much is it
A: full groom for a large dog is ninety five
C: ninety five okay um and is there like a nail thing
A: nail grinding is included teeth brushing is an extra twelve
C: oh yeah do the teeth
A: okay and a blueberry facial is fifteen
C: a what haha no just the teeth
A: okay so saturday eleven am full groom plus teeth brushing one oh seven
C: yep perfect what's your address again
A: two twenty main street
C: great see you saturday thanks so much""", True, 12.00, "positive", "groom main $95; teeth brushing $12 accepted; facial declined; cheerful"),
("FR8_043", "Harriet Coleman", "2026-11-16T11:44:59", "clean", """A: Good morning, Keystone Credit Union, Harriet speaking.
C: Hi, I wanted to ask about refinancing my car loan.
A: Sure. Current rates for 48 months start at 5.9%.
C: My current rate is 6.4, so it's not a huge difference.
A: It could save you around $18 a month. Would you like me to start an application?
C: Not today. I'd rather wait and see if rates drop further.
A: That's fine. Can I send you our rate alerts?
C: Sure, that's fine. Thanks.""", False, 0.00, "neutral", "declined application; yes to rate alerts is not a purchase"),
("FR8_044", "Ibrahim Toure", "2026-11-16T13:30:45", "asr", """A: hello this is ibrahim from zenith warranty calling about your vehicle
C: how did you get this number
A: we're reaching out because your factory warranty may be expiring
C: this is the fifth call this week stop calling me
A: i understand i can offer you
C: no put me on your do not call list right now
A: okay i'll add you to the list
C: this is harassment""", False, 0.00, "negative", "unwanted outbound; negative"),
("FR8_045", "Josephine Park", "2026-11-16T15:12:36", "clean", """A: Thanks for calling Harbor Lights Cruises, Josephine speaking.
C: Hello! We booked the 4-night Bahamas cruise and wanted to see about upgrades.
A: Certainly. Moving from your interior cabin to an ocean-view cabin is $180 per person.
C: There are two of us. Yes, let's do that.
A: Wonderful, that's $360. We also have a beverage package at $65 per person per day.
C: Oh gosh, no, that's too much for us.
A: Understood. And a shore excursion to the snorkeling reef is $79 per person.
C: Just one, for my husband. I don't swim.
A: Okay, one snorkeling excursion. So the cabin upgrade and one excursion, $439 total. Shall I add those?
C: Yes please. Oh, this is going to be the best anniversary!
A: All set!""", True, 439.00, "positive", "existing cruise booking is main; cabin upgrade 180 x 2 = 360 + excursion 79 x 1 = 439; beverages declined"),
("FR8_046", "Darnell Hughes", "2026-11-17T09:25:19", "asr", """A: thank you for calling fastlane auto glass darnell speaking
C: yeah hi i got a crack in my windshield
A: okay is it bigger than a dollar bill
C: uh like a long crack like across
A: okay that would be a replacement what's the vehicle
C: twenty eighteen camry
A: for that it's three forty installed we can come to you
C: three forty hm does insurance cover that
A: it might depend on your policy do you want me to check
C: no i'll call my insurance first and then call you back
A: sounds good
C: okay thanks""", False, 0.00, "neutral", "quote only; deferral"),
("FR8_047", "Vivian Tsai", "2026-11-17T10:50:04", "clean", """A: Good morning, Orchard Hill Wedding Venue, Vivian speaking.
C: Hi, we toured last week and we'd like to book June 13th.
A: Wonderful! June 13th is available. The venue package is $8,500.
C: Great. We'd also like the extra hour of reception you mentioned.
A: That's $750.
C: Yes, add the extra hour.
A: And the ceremony arch with florals is $400.
C: We have a florist already, so no.
A: Understood. Please confirm: June 13th, venue package with an extra reception hour, $9,250, with a $2,000 deposit today.
C: Yes, that's correct. Go ahead and charge the deposit.
A: Done, you're officially booked!
C: We're so excited, thank you for everything!""", True, 750.00, "positive", "venue main $8,500; extra hour $750 named by customer, price given, accepted; arch declined; deposit not upsell"),
("FR8_048", "Sean O'Malley", "2026-11-17T12:16:38", "asr", """A: hi thanks for calling emerald broadband this is sean
C: hi i want to downgrade my plan it's just me now
A: okay you're on the five hundred meg plan at seventy five we have a two hundred meg plan at fifty
C: yeah the fifty one
A: okay before i do that we have a promotion where you can keep five hundred for sixty
C: no fifty is what i want
A: okay switching you to the two hundred meg plan at fifty starting next cycle
C: thank you
A: anything else
C: nope that's all""", True, 0.00, "neutral", "paid plan change (downgrade) committed = conversion per spec 'paid plan change'; no add-on -> 0"),
("FR8_049", "Cordelia Finch", "2026-11-17T14:09:22", "clean", """A: Thank you for calling Beacon Office Supply, Cordelia speaking.
C: Hi, I need to reorder printer paper. Ten cases.
A: Ten cases of the standard copy paper at $42 each. We also have toner on promotion, $89 per cartridge.
C: I'll take three toner cartridges.
A: Great. And a case of premium paper for presentations, $58?
C: No.
A: And would you like next-day delivery for $25?
C: Hmm, what's standard?
A: Standard is 3 to 5 days, free.
C: Standard is fine. Actually, make it two toner, not three, we have one in the cupboard.
A: No problem, ten cases of paper and two toner cartridges. Shall I place it?
C: Yes.
A: Placed.
C: Thanks.""", True, 178.00, "neutral", "paper main; toner accepted then revised to 2 x 89 = 178; premium paper and next-day declined"),
("FR8_050", "Nikolai Petrenko", "2026-11-17T16:04:50", "asr", """A: good afternoon titan fitness equipment nikolai speaking
C: hi so i ordered a treadmill and it arrived with a broken console
A: oh no i'm really sorry about that can you send me a photo
C: i already sent three photos to your email nobody answered for a week
A: i apologize i see them now i'll ship a replacement console today
C: okay and how long
A: three to five business days and a technician can install it for free
C: fine i mean i paid two grand for this thing it should've worked out of the box
A: completely understand
C: yeah okay just send it""", False, 0.00, "negative", "support; free replacement is not a purchase; negative"),
("FR8_051", "Annika Berg", "2026-11-18T09:38:41", "clean", """A: Hi, thanks for calling Sunrise Yoga Studio, Annika speaking.
C: Hi, I'm interested in your monthly membership.
A: Unlimited classes are $129 a month, or we have a 10-class pack for $150.
C: Hmm. Is there a trial?
A: Yes, your first week is $20.
C: Oh, that's not bad at all. I'll do the trial week.
A: Great! Would you like to add a mat rental for the week, $10?
C: No, I have a mat.
A: Perfect. Can I get your name and email?
C: Lena Fischer, lena.f@mailbox.com.
A: You're signed up for the trial starting Monday.
C: Lovely, thank you, I'm excited to start.""", True, 0.00, "positive", "trial $20 is the main purchase/sign-up; mat declined"),
("FR8_052", "Xavier Dominguez", "2026-11-18T11:02:25", "asr", """A: thank you for calling pacific moving xavier speaking
C: hi yeah i got your quote for the move on the thirtieth
A: yes two bedroom local move four movers fourteen hundred
C: uh yeah and do you do the packing too
A: full packing service is four fifty
C: four fifty okay and what about just the kitchen
A: kitchen only is one fifty
C: okay let's do the kitchen packing and book the move
A: perfect i'll send over the contract to sign
C: yeah okay oh and wait the boxes are those included
A: boxes for the kitchen are included
C: great okay thank you""", True, 150.00, "neutral", "move main $1,400; kitchen packing $150 accepted (full packing not); committed 'book the move'"),
("FR8_053", "Louisa Grant", "2026-11-18T13:27:09", "clean", """A: Riverbend Pharmacy, Louisa speaking.
C: Hi, I'm calling to see if my prescription is ready. Last name Okafor.
A: Let me check. Yes, it's ready for pickup.
C: Great. Do you deliver?
A: We do, for $7.99, same day.
C: No, I'll pick it up. What time do you close?
A: 9 pm tonight.
C: Okay, thank you.""", False, 0.00, "neutral", "status inquiry; delivery declined; not a sale"),
("FR8_054", "Zane Whitmore", "2026-11-18T14:44:33", "asr", """A: hi thanks for calling skyline gaming this is zane
C: yo hey so i wanna preorder the new console
A: nice we have the standard edition at four ninety nine or the bundle with the extra controller for five seventy nine
C: um just the standard
A: okay and do you want an extra controller separately it's seventy nine
C: na na
A: and our two year protection plan is sixty
C: nah
A: okay standard edition preorder four ninety nine shall i put it through
C: yeah do it
A: done
C: sick thanks""", True, 0.00, "positive", "console preorder main; bundle, controller and protection declined; 'sick' = enthusiastic slang positive"),
("FR8_055", "Rebecca Ashford", "2026-11-18T16:30:18", "clean", """A: Thank you for calling Horizon Air, Rebecca speaking.
C: Hi, my flight to Denver was cancelled and I need to rebook.
A: I'm sorry. I can put you on the 6:40 pm flight today at no charge.
C: That's fine.
A: Would you like to upgrade to an extra-legroom seat for $49?
C: Sure, yes.
A: And priority boarding for $15?
C: No, that's fine.
A: Done. You're on the 6:40 with seat 8C, extra legroom.
C: Okay. This is the second cancellation this month, though. Really frustrating.
A: I understand.""", True, 49.00, "negative", "free rebooking is main; extra legroom $49 accepted = purchase; priority declined; ends frustrated"),
("FR8_056", "Mohammed Al-Sayed", "2026-11-19T09:15:40", "asr", """A: hi good morning this is mohammed from citywide realty
C: hi yeah
A: i'm following up on the condo you looked at on saturday
C: oh right yeah um we liked it but we decided to keep looking
A: okay can i ask what didn't work
C: the kitchen was smaller than we thought honestly and the hoa fees are crazy
A: understood i have two other listings i could show you this week
C: maybe send them over and we'll see
A: will do
C: okay thanks""", False, 0.00, "neutral", "no commitment"),
("FR8_057", "Clementine Rhodes", "2026-11-19T10:48:55", "clean", """A: Good morning, Sparkle Car Wash memberships, Clementine speaking.
C: Hi, I signed up for the unlimited wash last month and it's not scanning my sticker.
A: I'm sorry! Let me reset the tag. Can you try again next visit?
C: I tried three times. I drove all the way there for nothing twice.
A: I apologise. I've added a free month to your account.
C: Okay. Fine.
A: Since you're a member, would you like to add our interior detail plan for $15 a month?
C: No. I'd like the thing I'm paying for to work first.
A: Completely fair.""", False, 0.00, "negative", "support; free month is a credit; add-on declined; negative"),
("FR8_058", "Tariq Jameson", "2026-11-19T13:02:12", "asr", """A: hello you've reached brightwater language school tariq speaking
C: hi i'm interested in the spanish classes for beginners
A: great we have a twelve week course on tuesday evenings for three sixty
C: okay and is there like a book
A: the textbook is forty five or you can get the digital one for twenty
C: hmm i'd have to check if my work pays for it
A: sure the course starts january eighth so there's time
C: okay i'll check and get back to you
A: sounds great
C: cool thanks bye""", False, 0.00, "neutral", "deferral"),
("FR8_059", "Evangeline Ward", "2026-11-19T15:21:06", "clean", """A: Hi, this is Evangeline at Glow Med Spa.
C: Hi, I have a facial booked on Friday and I'd like to add something.
A: Of course! We have a LED therapy add-on for $40 and a lip treatment for $25.
C: What's the LED one for?
A: It helps with redness and breakouts.
C: Okay, I'll add the LED. Not the lip one.
A: Done! Also, a hand massage is complimentary this month.
C: Oh, nice. Thank you, you always take such good care of me.
A: See you Friday!""", True, 40.00, "positive", "existing facial booking; LED $40 added; complimentary item not a price; lip declined"),
("FR8_060", "Curtis Blackwood", "2026-11-19T16:40:33", "asr", """A: thanks for calling metro storage curtis speaking
C: hi i've got a unit with you and i'm getting charged a late fee
A: let me check yeah there's a twenty five dollar late fee from october
C: i paid on the first like i always do
A: i see the payment posted on the sixth
C: that's your system not me
A: i can waive it this one time
C: okay thank you but honestly you guys should fix your system
A: i'll pass that along would you like to set up autopay
C: no i'm fine
A: okay anything else
C: no""", False, 0.00, "negative", "fee waived; autopay not a purchase and declined; irritated throughout"),
]
