CALLS = [
("FR43_041", "Yuki Tanaka", "2026-11-16T09:05:11", "clean", """A: Wayfarer Tours, this is Yuki.
C: Hello! We're in Rome from the 3rd to the 7th of April and want the Vatican Museums tour.
A: Lovely. How many in your group?
C: Me, my husband and our daughter, she's 19, so three adults.
A: The guided morning tour is $79 per person, 3 hours, and includes the Sistine Chapel.
C: Is April 5th available?
A: Yes, there's a 9:00 departure on the 5th with English-speaking guide Francesca.
C: Book the 5th at 9 for the three of us, please.
A: Done. For $15 more each, the early-entry upgrade gets you in an hour before the crowds.
C: Oh, yes, absolutely, add that for all three of us. My husband hates crowds.
A: Added. Can I have the lead traveler's name as on the passport?
C: Linda Bertolini. It's our first trip to Italy, my grandparents were from Lucca.
A: How special. Your vouchers will arrive by email within the hour.
C: Thank you, Yuki, you've made this so easy. I'm so excited!""", True, 45.0, "positive", "Tour booked for 3; early-entry upgrade $15 each x 3 = 45; main tour price excluded; excited"),

("FR43_042", "Grace Okafor", "2026-11-16T12:48:30", "asr", """A: maple auto service this is grace
C: hi yeah i got a letter about a recall on my highlander the fuel pump
A: yes that recall is covered at no cost can i have the vin or your last name
C: last name is novak that's n o v a k
A: thank you mister novak i have the twenty twenty highlander can you do monday at eight
C: monday at eight's fine
A: okay you're booked for the recall it'll take about three hours
C: three hours great
A: you're also due for a tire rotation it's twenty nine ninety five we can do it while it's here
C: uh sure do the rotation since it's sitting there anyway
A: perfect added to monday
C: this is the third recall on this car in two years you know that
A: i'm sorry i know it's a hassle
C: honestly i'm never buying another one of these""", True, 29.95, "negative", "Free recall appointment booked (counts as appointment); tire rotation $29.95 accepted on top; ends cold"),

("FR43_043", "Sam Rivera", "2026-11-16T15:22:06", "clean", """A: First Harbor Bank, this is Sam.
C: I want to talk about a $35 overdraft fee. I was short by $3.12 for one day.
A: I'm sorry. Can I verify your name and the last four of your card?
C: Priscilla Young, card ending 5527.
A: Thank you. I see the overdraft on the 9th. I can waive that fee as a one-time courtesy.
C: Okay. Good.
A: You might also consider Premier Checking. It's $15 a month, but it includes overdraft protection.
C: I'd consider it if it actually stopped these fees for good.
A: It covers up to $500 in overdrafts with no fee.
C: I'll think about it.
A: Of course. Is there anything else today?
C: No. Honestly, $35 for three dollars is robbery.
A: I understand the frustration.
C: I'm moving my paycheck to the credit union this week anyway.""", False, 0.0, "negative", "Fee waived (not a purchase); premium account conditional then 'I'll think about it'; cold end"),

("FR43_044", "Nina Petrov", "2026-11-17T10:14:52", "asr", """A: little sprout baby store this is nina
C: hi i want to order the cloudride stroller in grey for pickup or delivery whichever is faster
A: sure the cloudride in grey is three forty nine can i get your name
C: emily park
A: thanks emily and the delivery address
C: two one five maple terrace unit eight
A: got it okay i'll put the order in for the grey cloudride delivered to maple terrace
C: yep go ahead
A: okay so the earliest delivery date is the twenty ninth
C: the twenty ninth the baby shower is the twenty second your website said two days
A: the grey is backordered i'm sorry the black is in stock
C: no i specifically wanted the grey
A: i understand would you like to keep the order
C: no actually never mind cancel it that's really annoying
A: cancelled nothing has been charged""", False, 0.0, "negative", "Order placed then cancelled over backorder; no alternative bought; annoyed"),

("FR43_045", "Omar Haddad", "2026-11-17T13:30:19", "clean", """A: Hi, this is Omar from CanvasCloud. I see your free trial ends tomorrow. How has it been?
C: Oh, hi! Honestly, it's been great. I redid my whole portfolio site in a weekend.
A: That's awesome to hear. Are you planning to keep going?
C: I think so. What are the options?
A: Monthly is $24, or annual is $240, which is two months free.
C: Annual, definitely. I'll take the annual plan.
A: Great. Your card on file ends in 6610?
C: Yes, that one.
A: Perfect. You're using 92% of your storage already. Extra storage, 200 GB, is $4 a month.
C: Ha, that's the video files. Sure, add the storage.
A: Done. The annual plan and extra storage are active.
C: Wonderful. Seriously, the templates are way better than the other one I tried.
A: Thank you! Let us know if you need anything.
C: Will do. Have a good one!""", True, 4.0, "positive", "Annual plan chosen; extra storage $4/month accepted = 4; enthusiastic"),

("FR43_046", "Chloe Martin", "2026-11-17T18:05:44", "clean", """A: Ironworks Fitness member services, this is Chloe.
C: Hi. I froze my membership in September because I had knee surgery, and I've been charged twice since.
A: I'm sorry about that. Can I get your member ID?
C: IF-20884, Derek Simms.
A: Thank you, Derek. I see the freeze request, but it wasn't applied. That's our error.
C: I have the confirmation email. I sent it in twice.
A: I'm refunding both charges, $49.99 each, right now, and applying the freeze through January.
C: Okay.
A: When you're back, we have a physical therapy-friendly training program, four sessions for $120.
C: No, thanks.
A: Understood. The refund will post in 3 to 5 days.
C: Fine. I'll be reading every statement from now on, I can tell you that.
A: Is there anything else?
C: No, that's it.""", False, 0.0, "negative", "Refund and freeze only; training declined; 'Fine' is grudging, distrustful end"),

("FR43_047", "Ben Fischer", "2026-11-18T17:25:37", "asr", """A: tony's pizzeria this is ben pickup or delivery
C: pickup please
A: okay go ahead
C: um two large pepperoni and a large veggie no olives on the veggie
A: two large pepperoni one large veggie no olives anything else
C: that's it for now
A: want to add garlic knots tonight they're six ninety nine for a dozen
C: yeah sure add the knots
A: okay name and phone number
C: rick dalton five five five zero one seven seven
A: so two large pepperoni a large veggie no olives and a dozen garlic knots ready in twenty five minutes
C: yep that's right
A: see you in twenty five
C: okay thanks""", True, 6.99, "neutral", "Pickup order confirmed by read-back; garlic knots $6.99 (spoken 'six ninety nine') accepted; routine"),

("FR43_048", "Rosa Alvarez", "2026-11-18T09:46:02", "clean", """A: Sparkle and Shine Home Cleaning, this is Rosa.
C: Hi Rosa. We just moved into a house on Larkspur Court and it's, well, let's say the previous owners had four dogs.
A: Oh no. How big is the house?
C: Three bedrooms, two baths, about 1,800 square feet.
A: Our biweekly plan is $140 a visit, or a one-time deep clean is $220.
C: I'd rather try you once first before any subscription.
A: Totally fair. I have Saturday the 22nd at 9 a.m. for the deep clean.
C: The 22nd works. Book it.
A: Booked. Would you like inside the fridge and oven? It's $35.
C: Yes, please. I'm scared to open the oven.
A: Ha, we'll handle it. Name and address?
C: Anita Chowdhury, 12 Larkspur Court.
A: Thank you. You're set for Saturday at 9.
C: Thank you so much, this is a huge weight off my shoulders.""", True, 35.0, "positive", "One-time deep clean booked (subscription deferred); fridge/oven $35 accepted; relieved and grateful"),

("FR43_049", "Maria Lopez", "2026-11-18T13:12:21", "asr", """A: harbor point hotels reservations this is maria
C: hi i need to cancel a reservation for next weekend in key west
A: sure can i have the confirmation number
C: h p three three eight one zero
A: thank you miss delgado i see two nights the twenty eighth and twenty ninth
C: yeah
A: may i ask why you're cancelling i can move the dates at no charge
C: no i saw there's a forty five dollar resort fee per night nobody mentioned when i booked
A: i'm sorry about that it's in the rate details
C: it's in tiny print under three clicks
A: i understand i've cancelled it there's no penalty since it's more than seventy two hours out
C: okay
A: you'll get an email confirmation
C: i'm not staying anywhere that hides fees like that honestly""", False, 0.0, "negative", "Whole reservation cancelled; free date change declined; resentful end"),

("FR43_050", "Devon Price", "2026-11-19T11:37:55", "clean", """A: Skyline TV and Internet, this is Devon.
C: My bill went from $142 to $171 with no warning. Again.
A: I'm sorry. Can I verify the account holder and service address?
C: Frank Adeyemi, 330 Brookside Avenue.
A: Thank you. The promotional rate on your Ultimate TV package ended on the 1st.
C: Of course it did.
A: I can move you to Select TV, which drops the sports tier, for $118 a month including internet.
C: I don't watch the sports channels anymore anyway. Fine, switch me to Select.
A: Done, effective next cycle. You'll see $118 starting December.
C: And I'll get a new surprise next year, I'm sure.
A: It's locked for twelve months.
C: I'm only staying because the contract runs until June.
A: I understand. Anything else?
C: No.""", True, 0.0, "negative", "Paid plan change to cheaper package committed ('switch me to Select'); no add-on; resentful"),

("FR43_051", "Priya Nair", "2026-11-19T14:58:10", "clean", """A: Northfield Insurance claims, this is Priya.
C: Hi, I'm checking on claim 7712-A, for hail damage to my roof.
A: Sure. Name and date of birth?
C: George Hathaway, 12/1/1960.
A: Thank you, Mr. Hathaway. The adjuster's report came in yesterday, and the claim is approved for $11,480 minus your $1,000 deductible.
C: Oh! That's more than I expected.
A: The payment should reach your bank in 5 to 7 business days.
C: That's great news. My roofer's been waiting to order shingles.
A: You can send him the approval letter; I'll email it now.
C: Please do. You folks really came through, honestly.
A: I'm glad we could help.
C: I was dreading this whole thing. Thank you, Priya.""", False, 0.0, "positive", "Claim status, nothing bought; payout is not a sale; relieved and grateful"),

("FR43_052", "Tom Becker", "2026-11-19T19:30:48", "asr", """A: titan stadium guest services this is tom
C: hi i have tickets for the game on the thirtieth and i'm trying to figure out parking
A: sure the lots open three hours before kickoff preferred parking is thirty dollars
C: thirty dollars to park
A: yes that's lot c right next to gate four
C: oh perfect thirty bucks to park at a place i already paid two hundred to get into
A: there's also the general lot at eighteen but it's a bit of a walk
C: is there a shuttle from the general lot
A: not for this game unfortunately
C: i'd buy the general one if there was a shuttle my dad has a bad hip
A: i'm sorry there isn't one this season
C: great just great
A: is there anything else i can help with
C: no i'll figure something else out i guess""", False, 0.0, "negative", "Prices asked, conditional purchase not met; sarcasm ('oh perfect', 'great just great')"),

("FR43_053", "Aisha Khan", "2026-11-20T10:24:16", "clean", """A: Happy Tails Pet Resort, this is Aisha.
C: Hi! I need boarding for my golden retriever over Christmas.
A: We'd love to have him. What are the dates?
C: Drop-off on the 23rd, pick-up on the 28th. So five nights.
A: Let me check... yes, we have a suite. It's $55 a night.
C: Perfect, let's book it. His name is Biscuit, he's four.
A: Aw, Biscuit. Your name and phone?
C: Carmen Osei, 555-0126.
A: Thanks, Carmen. Many guests add a daily play session in the yard, it's $10 a day.
C: Yes, every day please, he'll go stir-crazy otherwise.
A: Done, five play sessions. Please bring his vaccine records.
C: Will do. My neighbor boarded her beagle with you and said Biscuit will love it.
A: We'll take great care of him!
C: I know you will. Thank you so much!""", True, 50.0, "positive", "Five nights booked; play session $10/day x 5 days = 50; nightly boarding is main purchase; 'Happy Tails' is a name; warm"),

("FR43_054", "Luis Ortega", "2026-11-20T13:06:39", "clean", """A: Clearview Dermatology, this is Luis.
C: Hi, I need to cancel my appointment on the 2nd with Dr. Ansari.
A: Can I have your name and date of birth?
C: Yvonne Mercer, 5/17/1983.
A: Thank you. Would you like to reschedule? The next opening is January 14th.
C: No. This appointment was already moved twice by your office.
A: I'm sorry about that. Dr. Ansari had a family emergency.
C: I understand things happen. But I found someone at Northside who can see me Monday. They were lovely on the phone.
A: I understand. I've cancelled the appointment on the 2nd.
C: Thank you.
A: If you'd like your records sent to Northside, I can fax them.
C: Yes, please send them over.
A: I'll do that today.
C: Okay. Honestly, I'd been coming here for eight years. It's a shame it ended like this.""", False, 0.0, "negative", "Appointment cancelled, not rebooked; free records transfer; praise for competitor and disappointed end"),

("FR43_055", "Hannah Cole", "2026-11-20T16:44:27", "asr", """A: green light driving school this is hannah
C: hi um i'm calling for my son he just got his permit and we want lessons
A: congrats to him how old is he
C: sixteen he turned sixteen in october
A: great we have a five lesson package for two forty or a ten lesson package for four fifty
C: um what do most kids do
A: most first time drivers do the ten it gets them ready for the road test
C: okay let's do the ten lesson one
A: perfect can i have his name and date of birth
C: ethan brooks october third two thousand ten
A: thank you we can also provide the car for his road test it's seventy five
C: oh yes please i don't want him taking the test in my minivan
A: ha done his first lesson is saturday at ten we'll pick him up at home
C: that's wonderful thank you you've been so helpful""", True, 75.0, "positive", "Ten-lesson package chosen; road-test car $75 accepted; grateful"),

("FR43_056", "Marcus Webb", "2026-11-23T09:31:14", "clean", """A: Hi, this is Marcus from Quillsoft. Your CAD licenses expire on December 1st. Is now a good time?
C: Sure, I have a few minutes. This is Joan at Brightwater Engineering.
A: Thanks, Joan. You have three seats. This year the renewal is $210 per seat.
C: Last year it was $180.
A: Yes, list prices went up in July.
C: We'll renew if you can keep last year's price. Otherwise I'll have to get approval, which takes a month.
A: Let me check with my manager. One moment.
C: Sure.
A: Okay, I can keep it at $180 per seat for a one-year renewal.
C: Good. Then go ahead and renew all three.
A: Done. Would your team like our advanced training workshop? It's $500 for up to five people.
C: Not this year, no.
A: Understood. The invoice goes to accounts@brightwater.com.
C: That's right. Thanks.""", True, 0.0, "neutral", "Conditional renewal; condition met, then 'go ahead and renew all three'; main renewal not an upsell; workshop declined"),

("FR43_057", "Yuki Tanaka", "2026-11-23T12:52:48", "asr", """A: coastline bus lines this is yuki
C: hi i'm trying to book two seats to san diego on the twenty sixth and your app keeps failing
A: sorry about that i can book it for you the eight am is forty two each
C: yeah the eight am two seats
A: okay name for the booking
C: tamara lewis
A: and the card number please
C: it's the visa ending in four four nine zero i'll read you the whole thing
A: okay running it now hm it's coming back declined
C: declined it worked at the grocery store an hour ago
A: let me try once more uh it's declined again the system isn't taking it
C: i don't have another card on me
A: i can hold the seats for thirty minutes
C: forget it i'll drive this is ridiculous""", False, 0.0, "negative", "Booking failed (payment declined twice), nothing booked; free hold declined; angry end"),

("FR43_058", "Grace Okafor", "2026-11-23T15:19:03", "clean", """A: Maple Auto Spa, this is Grace.
C: Hi, I'd like to book a full detail for my Tahoe. It's been through two Michigan winters.
A: Ha, sounds like it needs it. Full detail for an SUV is $180. I have Friday at 10.
C: Friday at 10, book it.
A: Booked. Would you like the ceramic coating added? It protects the paint for two years.
C: Sure, add it.
A: Great, that's $400 for an SUV.
C: Hold on, four hundred? No, take the coating off.
A: No problem, removed. We also do headlight restoration for $60.
C: The headlights are pretty foggy. Yes, do the headlights.
A: Done. Full detail plus headlights, Friday at 10. Name?
C: Victor Salas. 555-0164.
A: Thanks, Victor. See you Friday.
C: Okay, see you then.""", True, 60.0, "neutral", "Detail booked; ceramic coating accepted then retracted on hearing $400; headlights $60 kept; 'pretty' is an intensifier"),

("FR43_059", "Sam Rivera", "2026-11-24T11:08:27", "clean", """A: Hi, is this Mr. Hoffman? This is Sam from First Harbor Bank.
C: Yes, hello, Sam.
A: You've been pre-approved for our Travel Rewards card, with 60,000 bonus points after $3,000 of spending.
C: That's a generous offer, I'll give you that.
A: There's a $95 annual fee, waived for the first year.
C: I appreciate you explaining it so clearly. But I already have two cards and I'm trying to simplify.
A: Completely understandable. Would you like me to mail the details?
C: No need. Really, thank you for the call, you've been very pleasant.
A: Thank you! Can I update your phone number while I have you? I have 555-0111.
C: Yes, that's still correct.
A: Great. Have a good afternoon.
C: You too, Sam. Take care.""", False, 0.0, "positive", "Card offer declined politely; 'yes that's still correct' is not a purchase; warm appreciative tone"),

("FR43_060", "Nina Petrov", "2026-11-24T14:40:52", "asr", """A: voltmart order support this is nina
C: hi i'm calling about an order for a tv it was supposed to come yesterday
A: sorry about that can i have the order number
C: yeah it's v m four four one two zero seven
A: thank you mister chen i see it's held at the regional warehouse because of a scanning error
C: oh okay so it's not lost
A: no it's not lost i've released it and upgraded shipping to next day at no charge
C: oh cool so tomorrow
A: tomorrow by eight pm you'll get a tracking text
C: okay that works
A: anything else i can help with
C: no that's it thanks""", False, 0.0, "neutral", "Order status; free shipping upgrade is not a purchase; calm routine tone"),
]
