CALLS = [
("FR82_021", "Keisha Monroe", "2026-11-09T09:12:00", "clean", """A: Evergreen Card Services, Keisha speaking.
C: Hi, I got a mailer for the Evergreen Rewards Visa and I'd like to apply over the phone.
A: Happy to help. I'll need your annual income and housing payment.
C: Income is about $68,000, and rent is $1,450.
A: Thank you. Good news, you're approved with a $6,000 limit. Shall I go ahead and open the account?
C: Yes, please open it.
A: Done. We also have CardSafe, which covers lost-card replacement and fraud monitoring for $3.99 a month, and a purchase protection extension for $2.50 a month. Interested in either?
C: Hm. I'll take CardSafe. And the purchase protection, does that cover things like a dog tearing up a new sofa?
A: It covers theft and accidental damage within 120 days, so yes, pet damage would be covered.
C: Ha, then yes, add that too. My dog is a menace.
A: Both added. Your card will arrive in 7 to 10 days at 560 Cypress Drive.
C: Sounds good, thanks.""", True, 6.49, "neutral", "card opened; two add-ons accepted 3.99 + 2.50; income/rent/limit are not prices of add-ons"),

("FR82_022", "Liam O'Connor", "2026-11-09T10:31:00", "asr", """A: cozy paws boarding liam speaking
C: hi i'd like to book boarding for my dog bruno from december second to the seventh
A: okay that's five nights for a large dog it's fifty two a night
C: okay that works
A: we also offer one on one playtime sessions they're eight dollars per session
C: how long is a session
A: twenty minutes with a handler in the yard
C: oh he'd love that okay do one every day so five sessions
A: five sessions at eight each so forty dollars plus the boarding let me read it back bruno december second through seventh five nights plus five playtime sessions
C: yes that's it perfect
A: great he's booked drop off is after seven a m
C: you guys are lifesavers thank you so much""", True, 40.00, "positive", "5 playtime sessions x 8 = 40; nightly boarding is main"),

("FR82_023", "Rosa Delgado", "2026-11-09T12:44:00", "clean", """A: Kibble Express, this is Rosa.
C: Hi. My autoship was supposed to arrive Tuesday. It's Friday, and my cats have had nothing but canned tuna for two days.
A: I'm so sorry. Let me check the order. I see it was delayed at the warehouse, it's now showing delivery Monday.
C: Monday. Wonderful. That's the second month in a row.
A: I completely understand. I can refund the shipping and give you 20% off your next three deliveries.
C: No. I want to cancel the autoship. I'll just buy it at the store.
A: I can do that. Would you like me to still send Monday's order?
C: Cancel that too. I'm picking up a bag on the way home.
A: Done, the order and autoship are both cancelled, and the refund is $38.47 to your Mastercard.
C: Fine.""", False, 0.00, "negative", "retention offer refused, subscription and pending order cancelled; 'Wonderful' is sarcasm"),

("FR82_024", "Owen Park", "2026-11-09T14:06:00", "asr", """A: brightline tax services this is owen
C: hey i'm a returning client i want to book my appointment for this year
A: sure can i get your last name
C: okafor o k a f o r
A: thanks mister okafor last year you came in on march third do you want a similar time
C: earlier if you can i'm self employed now so it's gonna be more complicated
A: i have thursday february fourth at nine a m with linda she does a lot of schedule c returns
C: perfect book it
A: done also with self employment income a lot of clients add our audit shield it's fifty nine for the year
C: fifty nine hmm i'd do it for forty
A: best i can do is forty nine
C: okay forty nine fine put it on
A: you're all set thursday february fourth at nine with linda plus audit shield at forty nine
C: alright thanks""", True, 49.00, "neutral", "haggled add-on: customer's 40 was a counter-offer, accepted price 49 counts"),

("FR82_025", "Mei Tanaka", "2026-11-10T09:27:00", "asr", """A: lakeshore savings this is mei
C: yes hi i got a letter that my safe deposit box is going from seventy five to a hundred and ten a year
A: yes the new rates take effect january first
C: that's almost fifty percent more for the same metal drawer
A: i understand i can offer to move you to a smaller box at sixty a year if you don't need the space
C: no i need the space i need the price i was paying
A: i'm afraid i can't change the rate for that size
C: then i'm closing it do i need an appointment
A: you can come in anytime during branch hours with your two keys would you like me to schedule a time
C: no i'll just come in saturday
A: okay saturday hours are nine to noon
C: thanks for nothing really""", False, 0.00, "negative", "downsize offer refused; closing box; no appointment made"),

("FR82_026", "Andre Coleman", "2026-11-10T11:50:00", "clean", """A: Riverbend Bank, Andre speaking.
C: Hi, my wife and I share a joint checking account, and I wanted to ask about overdraft protection. We came close to zero last week.
A: Sure. We have two options. Savings-link is free to enroll and charges $10 per transfer. Our overdraft line of credit is $500 with a $5 monthly fee and no transfer fee.
C: How does the line of credit work if we never use it?
A: You'd still pay the $5 monthly, and interest at 18% only on what you borrow.
C: Okay. So the savings link is probably better for us since we rarely dip.
A: That's what I'd recommend. I can enroll you right now. Shall I set it up?
C: Since it's a joint account, let me talk to my wife first. She handles most of the bills.
A: Of course. You can also enroll in the app under Account Settings.
C: Okay, good to know. Thanks.""", False, 0.00, "neutral", "preference stated ('probably better for us') but deferral to spouse; no enrolment"),

("FR82_027", "Hannah Brooks", "2026-11-10T13:15:00", "asr", """A: petshield insurance hannah speaking
C: hi i'm calling about a claim for my cat oliver it got denied and i don't understand why
A: let me look up the claim can i get the policy number
C: it's p s four four nine zero two
A: okay i see it the claim for the ear infection was denied as a pre existing condition because there was an ear issue noted in his records from last year
C: that was a completely different ear and it cleared up in a week
A: i understand you can appeal with a letter from your vet
C: so i'm paying thirty eight dollars a month and the first time i actually claim anything you find a reason not to pay
A: i'm sorry i can send you the appeal form
C: yeah send it to my email
A: sent is there anything else
C: no i think you've done enough""", False, 0.00, "negative", "claim dispute, no sale; 'you've done enough' is sarcastic"),

("FR82_028", "Victor Nguyen", "2026-11-10T15:40:00", "clean", """A: Summit Card Services, Victor speaking.
C: Hi Victor. I've had the Summit Classic for years and I want to upgrade to the Summit Reserve. We're traveling a lot more now.
A: Great choice. The Reserve has a $250 annual fee, lounge access, and 3x points on travel and dining. I can product-change it today and keep your account history. Shall I go ahead?
C: Yes, go ahead.
A: Done. Would you like authorized user cards? They're $75 a year each and get their own lounge access.
C: My husband and my daughter, so two of those please.
A: Two authorized users at $75 each. I'll need their full names and dates of birth.
C: Daniel Ruiz, May 4th, 1979, and Sofia Ruiz, August 22nd, 2004.
A: Thank you. All three cards will arrive within a week. Your first annual fee of $250 and the $150 for authorized users will post on your next statement.
C: Fantastic. This is exactly what I wanted, thank you!""", True, 150.00, "positive", "card upgrade requested by customer is the main purchase ($250 not upsell); 2 AU cards x 75 = 150; dates are not prices"),

("FR82_029", "Sofia Marchetti", "2026-11-11T08:55:00", "asr", """A: oakridge animal hospital sofia speaking
C: hi i need to schedule a spay for my puppy luna she's six months now
A: sure how much does she weigh
C: about forty two pounds
A: okay for her size the spay is three eighty we have tuesday december first drop off at seven thirty
C: yeah that works
A: we also strongly recommend pre anesthetic bloodwork it's sixty five and we have the cone for twelve
C: do the bloodwork we already have a cone from our old dog
A: okay so luna spay tuesday december first drop off seven thirty with bloodwork no cone is that right
C: yep that's right
A: great no food after midnight the night before
C: okay got it""", True, 65.00, "neutral", "spay (380) is main; bloodwork 65 accepted, cone 12 declined; weight not a price"),

("FR82_030", "Grant Holloway", "2026-11-11T10:14:00", "asr", """A: harbor trust bank personal loans grant speaking
C: hi i'd like to apply for a small loan for about two thousand dollars for a car repair
A: sure i can do that over the phone i'll need your social and income
C: yeah okay
A: okay you're approved for two thousand at twelve point four percent over eighteen months that's about one twenty two a month want me to finalize it
C: yeah let's do it
A: great i just need you to confirm the checking account to deposit to ending in three three seven
C: that's right hold on sorry my brother's texting me
A: no problem
C: okay so actually can you cancel that he says he can lend me the money interest free
A: sure i haven't funded it yet so i'll cancel the application
C: thanks sorry about that""", False, 0.00, "neutral", "loan accepted then retracted in the same call"),

("FR82_031", "Nadia Petrova", "2026-11-11T12:38:00", "clean", """A: Whiskers & Wags, this is Nadia.
C: Hi Nadia, it's Jolene Park. I need baths for both my corgis, Pancake and Waffle.
A: Hi Jolene! Baths for corgis are $55 each. I can fit them both in on Saturday the 14th at 10.
C: Saturday at 10 is perfect. Book them both.
A: Done. Would you like the pawdicure for them this time? Nail grind, paw balm and pad trim, $18 per dog.
C: Last time Waffle screamed like I was murdering him during the nail trim, so... okay, fine, do it for both. The grinder is better than the clippers.
A: Ha, it usually is. So two baths at $55 and two pawdicures at $18, Saturday the 14th at 10.
C: Yep, that's it.
A: See you then!
C: Thank you, you're always so good with them.""", True, 36.00, "positive", "2 pawdicures x 18 = 36; baths are main"),

("FR82_032", "Eli Warren", "2026-11-11T14:59:00", "asr", """A: granite state bank eli speaking
C: hi there's a charge on my card for four hundred and twelve dollars from some electronics store in ohio and i've never been to ohio
A: okay let's take care of that can you confirm the last four of the card
C: nine one nine zero
A: thank you i see it i'm marking it as fraud the card is cancelled and you'll get a provisional credit of four twelve within two business days
C: oh thank goodness
A: a new card is on the way we also have a card protection plan for three ninety nine a month with identity monitoring if you're interested
C: no thank you i think you guys handled this fine without it
A: no problem anything else
C: no that's it honestly you made that really painless thanks eli""", False, 0.00, "positive", "fraud service call; card protection declined; credit is a refund"),

("FR82_033", "Priya Shah", "2026-11-12T09:03:00", "clean", """A: Maple Grove Veterinary, Priya speaking.
C: Hi, my cat Pepper has been squinting her left eye since last night. Can someone see her today?
A: Let me check. Dr. Kim has a 4:20 opening this afternoon. A sick visit exam is $72, and if she needs an eye stain test, that's $35.
C: Okay.
A: Should I book 4:20 for Pepper?
C: Yes, please.
A: To confirm, Pepper, sick visit with Dr. Kim today at 4:20, at our Fourth Street location.
C: Yes. Is there parking there?
A: Yes, behind the building.
C: Okay. See you at 4:20.""", True, 0.00, "neutral", "booked; eye stain test is a possible extra only mentioned, not accepted"),

("FR82_034", "Marcus Bell", "2026-11-12T11:21:00", "asr", """A: pawsure pet insurance this is marcus
C: hi um i need to cancel the policy for my dog ranger he passed away on sunday
A: oh i'm so sorry to hear that
C: thank you he was fourteen so he had a good long run
A: i can cancel that for you today and since you paid for the full month i'll refund the unused days that's about twenty two dollars
C: okay
A: and if you ever get another pet we'd be happy to have you back
C: maybe someday not right now
A: of course the cancellation is done you'll get an email confirmation
C: you've been very kind about this thank you marcus""", False, 0.00, "positive", "cancellation; sad topic but attitude to company/call is warm -> positive"),

("FR82_035", "Dana Whitfield", "2026-11-12T13:47:00", "clean", """A: Northfield Bank cards, Dana speaking.
C: Hi, I saw the 0% balance transfer offer in my app. How does it work?
A: You can move up to $5,000 from another card at 0% for 15 months. There's a 3% transfer fee.
C: So on $3,000, that's $90.
A: Exactly. Would you like me to set up a $3,000 transfer?
C: Yes, set it up. It's the Apex card, account ending 5512.
A: Done. It'll post in 5 to 7 days. Keep paying Apex until you see it cleared. Also, we have credit monitoring for $9.99 a month.
C: No, I'm good on that.
A: Sure. Anything else?
C: Nope, that's all. Thanks.""", True, 0.00, "neutral", "balance transfer (fee-bearing product) accepted = conversion; $90 fee is not upsell; monitoring declined"),

("FR82_036", "Tomas Reyes", "2026-11-12T16:10:00", "asr", """A: happy tails tomas
C: yeah hi this is greg with the schnauzer otto
A: hey greg what can i do for you
C: well last time otto came home shaved down like a naked mole rat so i'm not thrilled but he needs a cut and you're the closest
A: i'm sorry about that i'll make a note schnauzer cut longer on the body
C: yeah do that tuesday at nine if you have it
A: tuesday at nine works schnauzer cut is seventy want the nail grind for fifteen bucks and ear cleaning for eight
C: fine do both
A: okay otto tuesday at nine schnauzer cut long on the body nail grind and ear cleaning
C: and if he comes back bald again i'm not paying for it
A: understood i'll put him with maria
C: whatever just get it right this time""", True, 23.00, "negative", "grudging booking; 15 + 8 = 23; negative throughout"),

("FR82_037", "Keisha Monroe", "2026-11-13T09:36:00", "clean", """A: Cedar Credit Union, Keisha speaking.
C: Hi, I have a personal loan with you, and my December payment is going to be tight. My dog had an emergency surgery last week.
A: I'm sorry. Let me look. Your payment is $214 on December 5th. We have a skip-a-pay program: you can defer one payment to the end of the loan for a $25 processing fee.
C: Does interest keep going during the skipped month?
A: Yes, it accrues, so your final payment would be slightly larger.
C: Okay. I'd rather do that than be late. Please set up the skip-a-pay for December.
A: Done. The $25 fee will be taken from your checking on the 1st, and your next payment due is January 5th.
C: Thank you. That takes a lot of pressure off.
A: Of course. I hope your dog recovers quickly.
C: Thanks, she's doing much better already.""", True, 0.00, "positive", "paid plan change (skip-a-pay for a fee) = conversion; the $25 is a fee, not upsell"),

("FR82_038", "Liam O'Connor", "2026-11-13T11:02:00", "asr", """A: cozy paws boarding this is liam
C: hi i'm looking at boarding for my two dogs over christmas how much is it
A: for two dogs sharing a suite it's ninety a night over the holidays
C: ninety a night over christmas that's a lot
A: holiday rates run from the twentieth to january second normally it's seventy
C: and how many nights is the minimum
A: three nights minimum over the holiday
C: okay i'm not sure yet we might take them with us to my mom's
A: no problem do you want me to hold a spot for twenty four hours
C: no that's okay i'll call back if we need it
A: sounds good
C: okay bye""", False, 0.00, "neutral", "price inquiry, undecided, declines hold"),

("FR82_039", "Rosa Delgado", "2026-11-13T13:25:00", "clean", """A: Kibble Express, Rosa speaking.
C: Hi! A friend told me you deliver raw food for cats? I'm so tired of lugging stuff from the store.
A: We do. Our freeze-dried raw for cats comes in 2-pound bags at $29.99, and autoship saves 10%.
C: Oh that's great. How often does it come?
A: You can choose every 2, 4 or 6 weeks. Would you like me to set up your first order?
C: I'm definitely interested, but I want to check with my vet first since Mochi has kidney issues. Can you email me the ingredient list?
A: Of course. Is that mochismom@fastmail.com, the address you used for the newsletter?
C: Yes, that's my email.
A: Sent. Feel free to call back once you've talked to the vet.
C: I will, this is so helpful, thank you!""", False, 0.00, "positive", "interested but defers; yes confirms email only"),

("FR82_040", "Owen Park", "2026-11-13T15:48:00", "asr", """A: brightline tax services owen speaking
C: hi i want to book with mark hudson again he did my return last year
A: sure let me check mark's calendar
C: anything in february is fine
A: okay i can put you in for february tenth at eleven does that work
C: yes book that
A: hmm hold on it's giving me an error oh i see mark is no longer with brightline his calendar was closed yesterday
C: you're kidding he's the only reason i come to you
A: i'm sorry i can book you with another preparer on the same day
C: no i'm not starting over with someone new at your prices
A: understood if you change your mind just call
C: yeah i'll find out where mark went thanks""", False, 0.00, "negative", "booking failed (preparer gone), alternative refused"),
]
