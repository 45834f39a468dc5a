CALLS = [
("FR82_061", "Sofia Marchetti", "2026-11-23T09:02:00", "clean", """A: Oakridge Animal Hospital, Sofia speaking.
C: Hi. I was in yesterday with my cat, Juniper. I waited an hour and forty minutes past my appointment time, and I want to talk to someone about that.
A: I'm very sorry. We had two emergencies come in yesterday afternoon, and that pushed the schedule back.
C: I understand emergencies happen. Nobody told me. Nobody came out once. I sat there with a terrified cat in a carrier.
A: You're right, we should have updated you. I'll pass this to our practice manager.
C: And then I was charged $68 for an exam that lasted eight minutes.
A: I can ask the manager to review the exam charge. Would you like to book Juniper's follow-up while I have you? It's due in two weeks.
C: No. I'll book the follow-up somewhere else.
A: I understand. I'll make sure the manager calls you back today.
C: Fine. I'm not holding my breath.""", False, 0.00, "negative", "complaint; follow-up booking refused"),

("FR82_062", "Grant Holloway", "2026-11-23T10:27:00", "asr", """A: harbor trust bank grant speaking
C: hi i'd like to set up that overdraft line of credit i read about it's five hundred dollars right
A: yes the overdraft line is five hundred with a five dollar monthly fee and you only pay interest if you use it
C: okay yeah that's what i want go ahead and set it up
A: okay it's set up on your checking ending in two seven seven one
C: great
A: and since you're adding overdraft coverage a lot of people pair it with card guard it's four ninety nine a month and covers fraud and lost card replacement
C: four ninety nine hmm my wallet got stolen last year and it was a nightmare so yeah okay add it
A: alright card guard is added starting on your next statement
C: okay and that's everything right
A: that's everything the line of credit is live today
C: alright thanks""", True, 4.99, "neutral", "overdraft line (500 limit, 5 monthly fee) is main; card-protection add-on 4.99"),

("FR82_063", "Nadia Petrova", "2026-11-23T12:50:00", "clean", """A: Whiskers & Wags, this is Nadia.
C: Hi. I picked up my poodle, Coco, on Saturday, and tonight I found a cut on her back leg, under the fur. It's about half an inch.
A: Oh no, I'm so sorry. Is she okay? Is it bleeding?
C: It's not bleeding now, but it's red and she keeps licking it. Nobody mentioned it at pickup.
A: That should have been reported to you. If she needs a vet visit, we'll cover it. I can also give you her next groom free.
C: I don't want a free groom. I'm not bringing her back.
A: I understand completely. Please send me the vet bill if you take her in, and I'll reimburse it.
C: Oh, I'll send it. And you should really tell people when this happens instead of hoping they don't notice.
A: You're right. I'll talk to the groomer tonight.
C: Okay. Goodbye.""", False, 0.00, "negative", "injury complaint; free groom refused"),

("FR82_064", "Eli Warren", "2026-11-23T15:14:00", "asr", """A: granite state bank eli speaking
C: hey eli it's tom brandt again i called last week about the personal loan and i'm ready to go ahead
A: hi tom okay let me pull it up it was fifteen hundred over twelve months at ten point two percent about a hundred thirty two a month
C: yep that's the one
A: alright before i finalize let me read it back fifteen hundred dollars twelve payments of about one thirty two first payment january tenth deposited to checking ending five five zero is that right
C: yes that's all correct
A: great it's done the money will be in your account in about an hour
C: awesome that's gonna cover the new fence so the dog stops escaping thank you
A: ha good luck with the escape artist
C: thanks man appreciate it""", True, 0.00, "positive", "loan commitment plus confirmed read-back; loan amount is main"),

("FR82_065", "Priya Shah", "2026-11-24T09:16:00", "asr", """A: maple grove veterinary priya speaking
C: hi how much is it to get a cat's teeth cleaned
A: a dental cleaning starts at four twenty that includes anesthesia and monitoring extractions and x rays are extra
C: four twenty to start
A: yes x rays are a hundred and ten and extractions depend on the tooth
C: oh perfect so basically a car payment for a cat who eats off the floor
A: i understand it's a lot we do have a payment plan option
C: no thanks i'll just keep brushing her teeth with the finger thing and pray
A: okay if you change your mind we're here
C: sure bye""", False, 0.00, "negative", "price inquiry only; 'oh perfect' is sarcasm"),

("FR82_066", "Marcus Bell", "2026-11-24T11:03:00", "clean", """A: PawSure Pet Insurance, Marcus speaking.
C: Hi, I got a renewal notice for my dog Hazel's policy. The premium's going from $36 to $43 a month. Why?
A: Hazel turned eight this year, and rates adjust with age, plus vet costs in your area went up about 9%.
C: Okay. I figured it was something like that. I'm not thrilled, but I'm not switching companies with an eight-year-old dog either. Go ahead and renew.
A: Will do. It renews December 1st at $43. Since she's getting older, have you thought about the senior screening rider? It's $6 a month and covers annual bloodwork.
C: How much is the bloodwork normally?
A: At most clinics around here, $150 to $200.
C: Then yes, add the senior rider.
A: Added. Your new total from December 1st will be $49.
C: Okay. Thanks for explaining.""", True, 6.00, "neutral", "renewal = conversion; senior rider $6 a month; bloodwork $150-200 is a comparison, not a price paid; 'not thrilled' balanced by calm ending -> neutral"),

("FR82_067", "Dana Whitfield", "2026-11-24T13:29:00", "asr", """A: northfield bank cards dana speaking
C: hi i heard you have a card that gives points at pet stores and vets
A: yes the northfield pet rewards card five percent back at pet stores and veterinary clinics and one percent everywhere else no annual fee
C: oh my gosh five percent at the vet that's amazing with my three dogs that's like half my spending
A: it's really popular with multi pet households would you like to apply now it only takes a few minutes
C: i love it but i literally just opened a card in september so i want to wait a few months so my credit doesn't take a hit
A: that makes sense the offer's ongoing
C: awesome i'll definitely call back in like february thanks so much""", False, 0.00, "positive", "enthusiasm without commitment; deferral"),

("FR82_068", "Tomas Reyes", "2026-11-24T15:47:00", "clean", """A: Happy Tails Grooming, Tomas speaking.
C: Hi! I've got three dachshunds who need baths before my in-laws visit for Thanksgiving.
A: Ha, the holiday rush. Dachshund baths are $40 each. I've got Monday the 23rd at 10.
C: Monday at 10, yes, please book all three.
A: All three booked. Any skin issues or fleas I should know about?
C: Well, two of them were rolling around at my cousin's farm, and I've seen them scratching.
A: I'd recommend the flea bath for those two. It's $12 extra per dog.
C: Yes, do the flea bath for Frank and Beans. Ziggy's fine.
A: Got it. Three baths, flea treatment for Frank and Beans, Monday the 23rd at 10.
C: Perfect. You're saving my Thanksgiving, thank you!""", True, 24.00, "positive", "flea bath 12 per dog x 2 dogs = 24 (not x3)"),

("FR82_069", "Keisha Monroe", "2026-11-25T09:11:00", "clean", """A: Cedar Credit Union, Keisha speaking.
C: Hi. I applied online for a $2,500 loan yesterday and got an email saying I was denied. I'd like to know why.
A: Let me check. I see the decision was based on your debt-to-income ratio. Your current obligations are a bit above our limit.
C: I've been a member for eleven years. I've never missed a payment.
A: I understand, and your payment history is excellent. The ratio is an automated threshold. I could offer a $1,000 share-secured loan instead, using your savings as collateral.
C: So you'd lend me my own money.
A: In effect, yes, it helps build credit and the rate is 4%.
C: No thank you. I don't need to build credit. I needed a loan.
A: I'm sorry. You can request a manual review in writing.
C: I'll think about whether it's worth it. Goodbye.""", False, 0.00, "negative", "denied loan; alternative refused"),

("FR82_070", "Liam O'Connor", "2026-11-25T10:36:00", "asr", """A: cozy paws boarding liam speaking
C: hi i need to cancel a reservation for my dog pepper she's booked for the eighteenth through the twentieth
A: okay let me find it yep pepper three nights
C: yeah our trip got cancelled so we don't need it
A: no problem since it's more than forty eight hours out there's no cancellation fee
C: oh good
A: do you want me to move it to another date instead
C: no not right now maybe around christmas but i'll call
A: sounds good it's cancelled
C: okay thanks""", False, 0.00, "neutral", "cancellation; rebooking deferred"),

("FR82_071", "Rosa Delgado", "2026-11-25T12:58:00", "clean", """A: Kibble Express, Rosa speaking.
C: Hi Rosa, I'd like to start an autoship for my dog, the lamb and rice formula, 24-pound bag.
A: Sure. That's $58.99 on autoship. How often?
C: Every four weeks.
A: Great. Your vet might have mentioned mixing in wet food for older dogs. Our lamb stew is $31.50 a case of twelve cans.
C: Actually, yes, she did. Add one case to each delivery.
A: One case of lamb stew at $31.50. Let me confirm: lamb and rice 24-pound plus one case of lamb stew, every four weeks, first delivery Thursday the 19th to 905 Spruce Street.
C: Yes, that's all correct.
A: You're all set!
C: Wonderful, thank you. This is going to make my life so much easier.""", True, 31.50, "positive", "autoship main 58.99; one case at 31.50 (twelve cans is a count); recurring counted once"),

("FR82_072", "Owen Park", "2026-11-25T15:20:00", "asr", """A: brightline tax owen speaking
C: yeah i need to book my tax appointment and before you say anything i know your prices went up again
A: um yes the basic return is one forty nine this year
C: it was one twenty nine last year and one nineteen the year before
A: i understand we did have to raise prices
C: sure you did anyway i don't have time to find someone else just put me down for something in march
A: okay how about tuesday march second at five thirty
C: fine book it
A: you're booked would you like to add our audit shield for fifty nine
C: no i'm not paying for more stuff
A: okay you're all set tuesday march second at five thirty
C: yeah great can't wait""", True, 0.00, "negative", "grudging booking still a conversion; audit shield declined; closing line sarcastic"),

("FR82_073", "Mei Tanaka", "2026-11-26T09:45:00", "clean", """A: Lakeshore Savings, this is Mei.
C: Hi, I'm putting together my estate paperwork, and my lawyer suggested a safe-deposit box. What sizes do you have?
A: We have small, 3 by 5 inches, for $60 a year; medium, 5 by 10, for $95; and large, 10 by 10, for $150.
C: Does the bank insure what's inside?
A: No, contents aren't insured by the bank or the FDIC. Many people add a rider to their homeowner's policy.
C: Okay. And who can access it if something happens to me?
A: You can add a co-renter now, or your executor can access it with the court documents.
C: Good to know. I need to talk to my lawyer about whether to add my son. I'll call back after that.
A: Of course. Is there anything else I can help with?
C: No, that's everything. Thank you.""", False, 0.00, "neutral", "information call; deferral"),

("FR82_074", "Andre Coleman", "2026-11-26T11:07:00", "asr", """A: riverbend bank andre speaking
C: hi i deposited a check for eight hundred dollars on monday and it's still on hold and my rent is due tomorrow
A: let me look okay i see a hold until thursday because it's a large out of state check
C: i've banked here for six years and you're holding my paycheck
A: i'm sorry the hold is automatic for checks over five hundred from out of state i can release two twenty five today
C: two twenty five my rent is twelve hundred
A: i understand i'm not able to release more before thursday
C: so what am i supposed to do pay a late fee
A: i can note your account and you could talk to your landlord
C: wow okay thanks for that brilliant advice""", False, 0.00, "negative", "service complaint; sarcasm"),

("FR82_075", "Hannah Brooks", "2026-11-26T13:32:00", "clean", """A: PetShield Insurance, Hannah speaking.
C: I want to cancel both of my policies. Today.
A: I'm sorry to hear that. May I ask why?
C: Your reimbursement took seven weeks on a $900 claim, and I had to send the same invoice three times.
A: I apologize. Our claims team was backlogged in September. I can offer you two months free on both policies if you'd stay with us.
C: Two months free doesn't fix seven weeks of chasing my own money. No.
A: Understood. I'll cancel both, effective today. Do you want the cancellation confirmation by email?
C: Yes, send it to my email.
A: Sent. Is there anything else?
C: No. I've already signed up with someone else.""", False, 0.00, "negative", "save offer refused; yes is to an email; sign-up elsewhere is not with this company"),

("FR82_076", "Victor Nguyen", "2026-11-27T09:58:00", "clean", """A: Summit Card Services, Victor speaking.
C: Hi, I've had my card for six years, and my APR is 24.9%. I'm wondering if you can lower it.
A: Let me review the account. You've had on-time payments for the last 36 months. I can lower it to 21.9% effective next cycle.
C: Hmm. A friend of mine got hers down to 19.
A: 21.9% is the lowest I'm able to approve today. You can request another review in six months.
C: Okay. I'll take the 21.9 for now, I guess, it's better than nothing.
A: Done. You'll see it on the statement after next.
C: Alright. Thanks.""", False, 0.00, "neutral", "'I'll take' a free rate reduction on an existing card: not a purchase, sign-up or paid plan change -> not a conversion"),

("FR82_077", "Sofia Marchetti", "2026-11-27T11:40:00", "asr", """A: oakridge animal hospital sofia speaking
C: hi i'd like to book a checkup for my new puppy we got him from a farm on saturday
A: congratulations what's his name
C: noodle he's a border collie mix about nine weeks
A: aw okay for a new puppy we do a first exam and vaccines for eighty five and since he came from a farm i'd suggest a fecal test to check for worms that's thirty eight
C: yes definitely add the fecal test the other puppies were scooting a lot
A: okay i'll need a fresh sample bring it in a baggie i have wednesday at three forty five or friday at nine
C: friday at nine please
A: so noodle friday at nine first puppy exam vaccines and fecal test does that sound right
C: sounds right thank you so much i'm so excited""", True, 38.00, "positive", "picks slot and confirms read-back; fecal test 38 add-on; exam+vaccines 85 main"),

("FR82_078", "Grant Holloway", "2026-11-27T14:05:00", "clean", """A: Harbor Trust Bank, Grant speaking.
C: Yes. My loan payment was taken twice this month. $287, twice. And now my checking is overdrawn.
A: I'm sorry. Let me look. I see two debits on November 3rd, the second was a system duplicate. I'll reverse it.
C: And the overdraft fee?
A: I'll reverse that as well. Both should post within 24 hours.
C: Within 24 hours. My car insurance comes out tonight.
A: I can flag it as urgent, but I can't guarantee it posts before tonight.
C: Of course you can't.
A: Would you like me to call you tomorrow to confirm it's all cleared?
C: Yes, call me tomorrow. And please make sure it doesn't happen in December too.
A: I've added a note to the loan. I'm sorry again.""", False, 0.00, "negative", "reversals are refunds; yes is to a callback"),

("FR82_079", "Nadia Petrova", "2026-11-30T10:22:00", "asr", """A: whiskers and wags nadia speaking
C: hi what time do you close on saturdays
A: we close at four on saturdays
C: okay and is this the one on fifth street next to the bakery
A: yes that's us
C: okay cool and do you take walk ins for nail trims
A: yes nail trims are walk in until three fifteen dollars for dogs twelve for cats
C: okay i might swing by with my cat saturday
A: sounds good see you then
C: yeah maybe thanks""", False, 0.00, "neutral", "hours/location questions; 'might swing by' is not a booking; 'three' is a time"),

("FR82_080", "Eli Warren", "2026-11-30T13:46:00", "clean", """A: Granite State Bank, Eli speaking.
C: Hi. I have a savings account with about $240 in it, and you've been charging me $5 a month since the summer.
A: Let me see. Yes, the account dropped below the $300 minimum balance in June, so the maintenance fee applies.
C: So the fee is eating the balance, which keeps it below the minimum, which keeps the fee going.
A: I understand how that feels. I could move you to our Premier package, which waives fees on all your accounts for $12 a month.
C: Pay $12 a month to avoid paying $5 a month. That's a great deal.
A: It does include other benefits, like a free safe-deposit box.
C: I don't need a box. I'd like to close the savings account and move the money to checking.
A: I can do that. The $240.18 will move to checking ending 0912 today.
C: Thank you. I should have done this in June.""", False, 0.00, "negative", "upgrade refused with sarcasm; account closed"),
]
