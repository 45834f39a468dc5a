CALLS = [
("FR82_001", "Priya Shah", "2026-11-02T09:14:00", "clean", """A: Thank you for calling Maple Grove Veterinary, this is Priya. How can I help?
C: Hi, my beagle Rufus needs his annual checkup and rabies booster.
A: Sure. I have Thursday the 12th at 10:40 or Saturday at 9:15.
C: Thursday at 10:40 works.
A: Great. The wellness exam is $68 and the rabies booster is $24. While he's here, would you like us to do a nail trim for $15?
C: Oh yes, please, his nails click on the kitchen floor like tap shoes.
A: Done. So that's Rufus, Thursday November 12th at 10:40, exam, booster and nail trim. Does that all look right?
C: Yes, that's right. Thank you, you made that really easy.
A: You're welcome. Please bring his previous vaccine records.
C: Will do, bye!""", True, 15.00, "positive", "vet visit booked; nail trim $15 accepted on top of exam+booster (main)"),

("FR82_002", "Marcus Bell", "2026-11-02T10:02:00", "asr", """A: thanks for calling pawsure pet insurance this is marcus
C: hi um i'm just shopping around for insurance for a new kitten
A: congratulations what's the kitten's name and age
C: her name's pickle she's about twelve weeks
A: for a kitten that age our accident and illness plan is eighteen forty a month with a two fifty deductible
C: okay and does that cover spaying
A: spaying is covered under the wellness rider which is an extra nine dollars a month
C: hmm okay that sounds reasonable i guess can you email me the details so i can compare
A: absolutely what's the best email
C: it's pickle mom at mailbox dot com
A: got it i'll send that over now shall i go ahead and start the policy today
C: no not today i'm gonna look at a couple of others first thanks""", False, 0.00, "neutral", "quote only; yes-type answers are to email; declines starting today"),

("FR82_003", "Dana Whitfield", "2026-11-02T11:37:00", "clean", """A: Northfield Bank cards, this is Dana.
C: I've been charged a $95 annual fee on a card I was told had no annual fee. This is the third time I've called about it.
A: I'm sorry about that. Let me pull up the account. Can you confirm the last four digits of the card?
C: 4471.
A: Thank you. I see the fee posted on November 2nd. I can reverse it today as a courtesy.
C: A courtesy. Right. It shouldn't have been charged at all.
A: I understand. I can also offer to move you to our Cashback Plus card, which has no annual fee and 1.5% back. Would you like me to switch it?
C: No. Just reverse the fee and make sure it doesn't happen again next year.
A: The reversal is done, you'll see a $95 credit in two to three business days. I've added a note to the account.
C: Fine. I'm honestly thinking about closing it anyway. Three calls for one fee is ridiculous.""", False, 0.00, "negative", "fee reversal is a refund, card switch declined"),

("FR82_004", "Tomas Reyes", "2026-11-02T13:20:00", "asr", """A: happy tails grooming tomas speaking
C: hey i need to book a full groom for my goldendoodle
A: sure what's the pup's name
C: biscuit
A: okay i've got saturday the twenty first at eight thirty or tuesday the twenty fourth at one
C: uh saturday at eight thirty
A: full groom for a doodle is ninety five we also do teeth brushing for ten dollars and a blueberry facial for twelve want either of those
C: just the teeth brushing skip the facial
A: alright so biscuit saturday the twenty first eight thirty full groom with teeth brushing that's a hundred and five total does that sound right
C: yep that's right
A: perfect you're all set see you saturday
C: okay thanks""", True, 10.00, "neutral", "groom booked; teeth brushing 10 accepted, facial 12 declined; total 105 is not the upsell"),

("FR82_005", "Keisha Monroe", "2026-11-03T09:05:00", "clean", """A: Good afternoon, Cedar Credit Union lending, Keisha speaking.
C: Hi, I got a letter saying I'm pre-approved for a personal loan. I'd like to use it to cover a vet surgery for my dog.
A: Sorry to hear about your dog. The pre-approval is up to $8,000. How much were you thinking?
C: The surgery estimate is $4,600, so $5,000 would cover it with some room.
A: For $5,000 over 36 months at 9.4% APR, your payment would be about $160 a month. Would you like to go ahead with that?
C: Yes, let's do it.
A: Great. We also offer payment protection that covers your payments if you lose your job, for $12 a month. Would you like to add it?
C: No, I'll pass on that, thanks.
A: No problem. I've submitted it; the funds will be in your checking account ending 2290 by tomorrow.
C: That's a huge relief. Thank you so much, Keisha.""", True, 0.00, "positive", "loan accepted; payment protection $12 declined"),

("FR82_006", "Liam O'Connor", "2026-11-03T10:48:00", "asr", """A: cozy paws boarding this is liam
C: hi i want to board my two cats over thanksgiving from the twenty fifth through the thirtieth
A: sure let me check we have the cat condos at thirty eight a night per cat
C: okay that's fine go ahead and book it
A: one moment okay so i'm trying to put that in and uh it looks like the last condo for those dates just got taken online like ten minutes ago
C: oh you're kidding
A: i'm really sorry i can put you on the waitlist if you want
C: sure put me on the waitlist i guess my number's the one you have
A: okay done you're number three on the list
C: great just great now i have to find somewhere else the week of thanksgiving
A: again i'm sorry about that
C: yeah whatever bye""", False, 0.00, "negative", "booking failed (sold out); waitlist is not a booking; 'great just great' is sarcasm"),

("FR82_007", "Rosa Delgado", "2026-11-03T12:15:00", "clean", """A: Thanks for calling Kibble Express, this is Rosa.
C: Hi Rosa. I get the 15-pound bag of salmon formula every month, and I'd like to switch to the 30-pound bag. My shepherd is eating me out of house and home.
A: Ha, I hear that a lot. The 30-pound bag on autoship is $74.99 instead of $42.99 for the 15. Do you want me to switch it starting with the next delivery on the 18th?
C: Yes, please switch it.
A: Done. We also have a dental chew pack that's $8.99 per pack, a lot of shepherd owners add it.
C: Actually, put two packs on each delivery. He goes through them fast.
A: Two dental chew packs at $8.99 each, added. Your new autoship total is $92.97 before tax, delivered to 1184 Birch Lane.
C: Perfect. You've been great, thank you!""", True, 17.98, "positive", "paid plan change (bag size) is main; 2 x 8.99 chews = 17.98; recurring counted once"),

("FR82_008", "Owen Park", "2026-11-03T15:30:00", "asr", """A: brightline tax services owen speaking how can i help
C: hi yeah i need to set up an appointment to get my taxes done
A: sure are you a returning client
C: no first time
A: okay no problem we have openings starting in january would you want something in late january or february
C: um february probably after i get my w twos
A: okay how about monday february eighth at four fifteen at the elm street office
C: uh is there anything on a saturday
A: saturday february thirteenth at ten
C: yeah go ahead and book that one
A: you're booked for saturday february thirteenth at ten a m at forty two elm street bring your w twos and last year's return
C: got it thanks""", True, 0.00, "neutral", "tax prep appointment booked; times/address are not prices"),

("FR82_009", "Mei Tanaka", "2026-11-04T09:40:00", "clean", """A: Lakeshore Savings, Mei speaking.
C: Hello, I'd like to rent a safe-deposit box at the Harbor Street branch. Do you have any available?
A: We do. The small box, 3 by 5 inches, is $60 a year.
C: That should fit my passports and my late father's watch, I think.
A: If you have any documents you don't want folded, the medium 5 by 10 is $35 more a year, so $95.
C: Hmm. You know, the deed and the will are full-size. I'll go with the medium for the extra $35.
A: Sure. I can reserve box 214 for you. You'll need to come in with two forms of ID to sign the rental agreement. Would Wednesday at 2 work?
C: Wednesday at 2 is fine. Yes, please reserve it.
A: All set. Box 214, medium, $95 for the first year, and your appointment is Wednesday at 2 pm.
C: Wonderful, thank you. That was much easier than I expected.""", True, 35.00, "positive", "upgrade small->medium accepted at stated extra $35 (not the $95 total); box 214 is not a price"),

("FR82_010", "Andre Coleman", "2026-11-04T11:11:00", "asr", """A: thank you for calling riverbend bank this is andre
C: yeah hi i just got hit with three overdraft fees in one day thirty five dollars each over a coffee and two bus fares
A: i'm sorry about that let me take a look at the account
C: this is the second time this year
A: i see them i can refund one of the three today and i'd also suggest overdraft protection it links your savings so if checking runs short we pull from savings instead of charging the fee there's no monthly cost
C: so it's free
A: there's a twelve dollar transfer fee when it kicks in instead of the thirty five
C: okay yeah sign me up for that i guess
A: done it's linked to your savings ending in eight eight one
C: and only one of the fees back
A: that's the most i can do today i'm sorry
C: okay that's something i guess""", True, 0.00, "negative", "enrolment in overdraft protection is a sign-up (conversion) though no monthly price; fees/refund not upsell; resigned, still-aggrieved ending read as negative"),

("FR82_011", "Hannah Brooks", "2026-11-04T14:25:00", "clean", """A: PetShield Insurance, Hannah speaking.
C: Hi, I already have a policy for my cat, Miso, and I want to add our new puppy.
A: Lovely! What breed and how old?
C: A French bulldog, four months.
A: For a Frenchie, the accident and illness plan is $54 a month with a $500 deductible. Because Miso is already on a policy, you get 10% off, so $48.60.
C: Okay, that's what I expected. Let's do it.
A: Great. Our dental rider is normally $9 a month, but for a second pet I can do it for $6.50.
C: Frenchie teeth are a nightmare, I've heard. Yes, add the dental for $6.50.
A: Done. Coverage starts after a 14-day waiting period, on November 24th. Policy number ends 7705.
C: Thank you, you've been lovely.""", True, 6.50, "positive", "revised rider price 6.50 counts; multi-pet discount on main ignored"),

("FR82_012", "Victor Nguyen", "2026-11-04T16:03:00", "asr", """A: thanks for calling summit card services victor speaking
C: hi i want to cancel my travel rewards card
A: i can help with that can i ask why you're cancelling
C: the annual fee went up to one twenty nine and i barely travel anymore
A: i understand what if i waived the annual fee for the next year and moved you to double points on groceries
C: hmm waived completely
A: completely for twelve months
C: and i keep my points
A: yes everything stays
C: okay fine i'll stay on it then
A: great i've applied the waiver you'll see a credit for one twenty nine on your next statement
C: okay thanks""", True, 0.00, "neutral", "retention offer accepted = conversion; fee waiver is a discount, not upsell"),

("FR82_013", "Sofia Marchetti", "2026-11-05T08:50:00", "clean", """A: Oakridge Animal Hospital, this is Sofia.
C: Hi, my dog Tank threw up twice this morning, and I'm trying to figure out if I need to bring him in.
A: Is he drinking water and keeping it down? Any lethargy?
C: He's drinking, and he ate a little grass at the park, so I think that's what it was. He's acting normal otherwise.
A: Okay. We have a sick visit at 3:45 today with Dr. Alvarez, it's $72 for the exam. Would you like me to hold it?
C: I think I'll watch him for the rest of the day first. If he throws up again I'll call.
A: That's reasonable. Would you like one of our nurses to call you tomorrow morning to check in?
C: Yes, that would be nice, call me back tomorrow around 9.
A: Will do. If you see blood or he can't keep water down, go to the emergency clinic on Route 9.
C: Okay, thanks.""", False, 0.00, "neutral", "declines the slot; yes is to a free nurse callback, not a booking"),

("FR82_014", "Grant Holloway", "2026-11-05T10:19:00", "asr", """A: harbor trust bank grant speaking
C: hi i think i lost my debit card somewhere at the dog park this morning
A: sorry to hear that i'll lock it right now can you confirm your zip code
C: zero two one four six
A: okay it's locked i'll send a replacement it'll arrive in five to seven business days
C: okay good
A: while i have you we have card guard which covers fraudulent charges and lost card replacement and monitors your credit for four ninety nine a month want me to add that
C: uh sure why not
A: okay i've added it it'll renew monthly and the first charge is today
C: wait today actually no take that off i don't want another monthly thing
A: no problem i've removed card guard
C: okay honestly pitching me stuff while my card's lost is a bit much
A: understood your replacement is on the way
C: fine bye""", False, 0.00, "negative", "card-protection add-on accepted then retracted; free replacement card is not a purchase"),

("FR82_015", "Nadia Petrova", "2026-11-05T13:42:00", "clean", """A: Whiskers & Wags Grooming, Nadia speaking.
C: Hi! I've got a Persian, Duchess, and her coat is getting matted. Do you groom cats?
A: We do. Our cat groomer, Jess, is here Tuesdays and Fridays. A lion cut for a Persian is $85, and a bath and brush-out is $65.
C: Oh, that sounds amazing, she would look so cute in a lion cut!
A: I have this Friday at 11 open. Should I put her in?
C: Honestly I love the idea, but she hates the car and I need to figure out how I'd even get her there. Let me think about it.
A: Of course. We also do mobile grooming on Mondays for an extra $30 if that helps.
C: Ooh, that's good to know. I'll talk to my husband and call you back.
A: Sounds good. Have a great day.
C: You too, thanks so much!""", False, 0.00, "positive", "enthusiasm without commitment; defers"),

("FR82_016", "Eli Warren", "2026-11-05T15:58:00", "asr", """A: granite state bank eli speaking
C: hi i'd like to open a checking account i moved here last month
A: welcome we can do that over the phone is this just for you or a joint account
C: just me
A: okay our everyday checking has no monthly fee if you have direct deposit otherwise it's six dollars a month
C: i'll have direct deposit so that's fine
A: great i can open that now do you want to proceed
C: yes go ahead
A: okay it's open the account number will be in the welcome email do you want checks we do boxes of a hundred at twenty two dollars a box
C: uh yeah send me two boxes
A: two boxes at twenty two each so forty four dollars taken from the first deposit they'll ship to four eighteen maple court
C: yep that's the address
A: you're all set
C: okay cool thanks""", True, 44.00, "neutral", "account opened; 2 boxes of checks x 22 = 44; 'a hundred' is a count, 418 is an address"),

("FR82_017", "Priya Shah", "2026-11-06T09:22:00", "clean", """A: Maple Grove Veterinary, Priya speaking.
C: Hi, I need to cancel Lola's dental cleaning on the 19th.
A: I can do that. May I ask if there's anything we can help with?
C: The estimate came to $1,140. Last year it was under $500. Nobody told me it had gone up that much until the estimate arrived in my email.
A: I'm sorry. The estimate includes two extractions Dr. Kim saw on the X-rays. We do offer a payment plan through CareCredit, six months interest-free.
C: I'm not putting my dog's teeth on a credit card. Just cancel it.
A: Understood, it's cancelled. Would you like me to send the itemized estimate so you can get a second opinion?
C: Yes, that's my email on file, send it there.
A: Sent. Again, I'm sorry for the surprise.
C: Well. Thanks for nothing, I guess.""", False, 0.00, "negative", "cancels existing booking; yes is to an email; 'thanks for nothing' is negative"),

("FR82_018", "Marcus Bell", "2026-11-06T11:05:00", "asr", """A: pawsure pet insurance marcus speaking
C: hi i talked to someone last week about a quote for my lab mix i'm ready to sign up
A: great do you have the quote number
C: yeah it's q seven seven three one
A: okay that's for juniper six year old lab mix accident and illness plan with a five hundred deductible at forty one twenty a month is that still what you want
C: yes
A: do you want to add the wellness rider it's nine dollars a month
C: no just the main plan
A: okay so to confirm juniper accident and illness five hundred deductible forty one twenty a month billed on the fifteenth to the visa ending in six zero two is that correct
C: yes that's correct when does coverage actually start
A: accidents are covered in two days and illnesses after fourteen days
C: awesome this was super easy thank you""", True, 0.00, "positive", "read-back confirmed with follow-up question; wellness rider declined; quote number not a price"),

("FR82_019", "Dana Whitfield", "2026-11-06T14:47:00", "clean", """A: Northfield Bank, Dana speaking.
C: Hi, I'm looking at a small loan, about $3,000, to consolidate two store cards.
A: Sure. Based on your profile, I can offer $3,000 over 24 months at 11.9% APR, about $141 a month.
C: Hmm, 11.9. The store cards are at 26, so it's better, but my credit union quoted me 7.5.
A: I can check if there's a relationship discount. Since you have checking with us and autopay, it drops to 10.9%.
C: If you could get it under 8% I'd sign today. At 10.9 I'd rather go with the credit union.
A: I'm afraid 10.9 is the lowest I can offer.
C: Then I'll pass for now. Thanks for checking though.
A: No problem. The offer is good for 30 days if you change your mind.
C: Okay, thank you.""", False, 0.00, "neutral", "conditional ('if under 8% I'd sign') then declines"),

("FR82_020", "Tomas Reyes", "2026-11-06T16:30:00", "asr", """A: happy tails tomas speaking
C: hi it's carla i have my husky koda booked for a bath on wednesday at two
A: hi carla yep i see koda wednesday at two
C: can we move that to thursday he's shedding like crazy and i want to add that deshedding thing too
A: sure thursday i have ten or three thirty and the deshedding treatment is thirty for a husky
C: oof thirty i thought it was twenty five on your website
A: you're right the website still says twenty five i'll honor twenty five
C: oh nice okay yes add it for twenty five and do thursday at ten
A: done koda thursday at ten bath plus deshedding for twenty five
C: amazing you guys are the best thank you""", True, 25.00, "positive", "reschedule plus paid add-on; revised price 25 (not 30) counts"),
]
