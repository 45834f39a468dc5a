CALLS = [
("FR82_041", "Mei Tanaka", "2026-11-16T09:08:00", "clean", """A: Lakeshore Savings, Mei speaking.
C: I've lost one of the keys to my safe-deposit box, and I need my passport out of it by next week.
A: I'm sorry to hear that. If both keys are lost, we have to have a locksmith drill the box. Do you have the second key?
C: If I had the second key, I wouldn't be calling.
A: Understood. The drilling is done by an outside locksmith, and the fee is $150, plus $25 for a new lock.
C: $175 to open my own box. Unbelievable.
A: I know it's frustrating. The locksmith comes Tuesdays. I can book you for Tuesday the 17th at 10 am.
C: Fine. Book it. I don't have a choice, do I.
A: You're booked for Tuesday the 17th at 10 am at the Harbor Street branch. Please bring photo ID.
C: Yeah. Got it.""", True, 0.00, "negative", "paid drilling appointment booked = conversion; drilling and lock charges are fees, not upsell"),

("FR82_042", "Andre Coleman", "2026-11-16T10:40:00", "asr", """A: riverbend bank andre speaking
C: hi i have checking with you and i want to open a savings account too
A: sure our high yield savings is three point nine percent with no minimum would you like to open it now
C: yes please
A: okay it's open and linked to your checking ending in four zero six would you also like to upgrade checking to riverbend plus it's eight dollars a month
C: uh okay sure
A: great that includes free checks and a discount on safe deposit boxes
C: oh wait that's it i don't need checks and i don't have a box never mind then keep the regular checking
A: no problem i've left it as is
C: okay so just the savings
A: just the savings you're all set
C: cool thanks""", True, 0.00, "neutral", "savings opened (free sign-up); checking upgrade accepted then retracted -> 0"),

("FR82_043", "Hannah Brooks", "2026-11-16T13:02:00", "clean", """A: PetShield Insurance, this is Hannah.
C: Hi Hannah. My cat Biscotti was just diagnosed with diabetes, and our vet bills are going to be ongoing. I want to lower my deductible.
A: I'm sorry about the diagnosis. Since diabetes was diagnosed after your coverage started, it stays covered. Going from a $500 deductible to $250 would be $11 more a month, so $46 total.
C: Yes, let's do that.
A: Done, effective on your next billing date, December 1st. Also, your plan doesn't include exam fees. Adding exam fee coverage is $7.50 a month, and with monthly glucose checks it usually pays for itself.
C: Oh, that's a good point. Yes, add exam fees too.
A: Added. Your new monthly total is $53.50.
C: Thank you for explaining it so clearly. I was dreading this call.
A: You're welcome. Give Biscotti a scratch from us.
C: I will!""", True, 7.50, "positive", "deductible change the customer called for is the main plan change ($11 not upsell); exam-fee rider 7.50 is the add-on"),

("FR82_044", "Victor Nguyen", "2026-11-16T15:26:00", "asr", """A: summit card services this is victor
C: yeah i paid my balance in full and i still got charged eighteen dollars in interest
A: let me look it seems the payment posted on the sixteenth and the due date was the fifteenth
C: i paid on the fifteenth at eleven at night
A: payments after eight p m eastern post the next business day
C: that's not written anywhere
A: it's in the cardholder agreement but i can waive the interest this one time
C: this one time okay and then what next month it's eight fifteen
A: i understand would you like me to set up autopay so it doesn't happen again
C: no i'd like you to close the account
A: i can do that the balance is zero so it'll close today
C: good""", False, 0.00, "negative", "interest waiver is a refund; closes card"),

("FR82_045", "Sofia Marchetti", "2026-11-17T08:47:00", "clean", """A: Oakridge Animal Hospital, Sofia speaking.
C: Hi! We just adopted two kittens from the shelter, and they need their second round of shots.
A: Congratulations! What are their names?
C: Salt and Pepper. They're about ten weeks.
A: Adorable. The kitten vaccine visit is $58 each. Are they microchipped yet? The shelter sometimes skips it at that age.
C: No, they said we'd have to do it ourselves.
A: We can do it at the same visit, $45 per kitten.
C: Yes, chip them both.
A: Please confirm: Salt and Pepper, kitten vaccines and microchips for both, Saturday the 21st at 11:30.
C: You got it. Thank you, we're so excited!""", True, 90.00, "positive", "read-back confirmed ('You got it'); 2 microchips x 45 = 90; vaccine visits are main"),

("FR82_046", "Grant Holloway", "2026-11-17T10:15:00", "asr", """A: harbor trust bank grant speaking
C: hi i'm looking at my statement and there's a charge for something called card guard six ninety nine every month since august i never signed up for that
A: let me check it looks like it was added during a call on august third
C: i called on august third to report a stolen card i didn't agree to anything
A: i'm sorry about that i'll remove it and refund all four months that's twenty seven ninety six
C: and how many other people did this happen to
A: i can't speak to that but i'll file a complaint on your behalf
C: yeah please do that
A: done you'll see the refund in three to five business days
C: unbelievable you people really slip this stuff in when someone's already having a bad day""", False, 0.00, "negative", "add-on removal and refund; 'yeah please do that' is to filing a complaint"),

("FR82_047", "Nadia Petrova", "2026-11-17T12:33:00", "clean", """A: Whiskers & Wags, Nadia speaking.
C: Hello. I have a fourteen-year-old cocker spaniel named Bear with bad hips, and getting him in the car is really hard now. I heard you do mobile grooming?
A: We do, on Mondays. The van comes to your driveway. It's our regular price, $75 for a cocker, plus $30 for the mobile service.
C: And the groomer is gentle with older dogs?
A: Yes, Jess does most of our seniors. She'll keep him lying down for most of it.
C: Okay. Then I'll do the mobile groom. The next Monday you have.
A: Monday the 23rd, between 1 and 2. What's the address?
C: 77 Willow Bend Road. The house with the blue door.
A: Got it. Bear, mobile groom, Monday the 23rd, 1 to 2 pm, 77 Willow Bend Road.
C: That's right. Thank you.""", True, 30.00, "neutral", "optional mobile service priced 'plus $30' treated as an accepted add-on on the $75 groom (not a fee); 77 is an address, 14 an age"),

("FR82_048", "Eli Warren", "2026-11-17T14:51:00", "asr", """A: granite state bank this is eli
C: hi i want to open a savings account for my daughter she's eight and she's been saving her dog walking money in a jar
A: oh that's great we have a young savers account with no fees does she want to come into a branch to open it kids usually love that
C: yeah she'd love that
A: we have appointments saturday mornings at the main street branch how about saturday the twenty eighth at ten
C: perfect book us in
A: you're booked bring her birth certificate and your id and the jar if she wants
C: ha she definitely will
A: we'll have a teller count it with her
C: that's so sweet thank you this made my day""", True, 0.00, "positive", "branch appointment to open an account booked = conversion (free)"),

("FR82_049", "Priya Shah", "2026-11-18T09:19:00", "asr", """A: maple grove veterinary priya speaking
C: hi i need to bring my rabbit in for a nail trim and a checkup
A: sure our exotics vet doctor fenn is only in on wednesdays and thursdays
C: oh i work those days is there anything on a weekend
A: unfortunately not for exotics the earliest is wednesday the twenty fifth at five fifteen
C: i get off at five and i'm twenty minutes away so that's not gonna work
A: i could put you on a cancellation list for a later wednesday slot
C: uh no that's okay i'll see if the exotic clinic in brookfield has weekends
A: understood sorry we couldn't help
C: no worries thanks anyway""", False, 0.00, "neutral", "no suitable slot; 'no worries' neutral"),

("FR82_050", "Marcus Bell", "2026-11-18T11:44:00", "asr", """A: pawsure pet insurance marcus speaking how can i help
C: hey i want to get insurance for my two dogs they're both rescue pit mixes about three years old
A: sure names
C: tater and tot
A: love it for two pit mixes at three accident and illness is thirty two fifty each a month with a multi pet discount of five percent
C: okay and the wellness thing you have is that per dog
A: yes the wellness rider is nine a month per dog covers vaccines and a yearly exam
C: alright let's do both dogs and put the wellness on both of them
A: okay two policies with wellness on each i'll send the documents to the email on file
C: sweet thanks man this was way easier than i thought""", True, 18.00, "positive", "two policies (main) + wellness rider 9 per dog x 2 = 18"),

("FR82_051", "Dana Whitfield", "2026-11-18T14:03:00", "clean", """A: Northfield Bank cards, Dana speaking.
C: Hi, I moved and need to update my billing address.
A: Sure. What's the new address?
C: 2250 Lakeview Terrace, Apartment 12B, Madison, 53704.
A: Thank you. Is that 2250 Lakeview Terrace, 12B?
C: Yes, that's it.
A: Updated. While I have you, a move is a great time to think about our IdentityGuard add-on, $8.99 a month, it monitors change-of-address fraud.
C: Oh, great, a sales pitch. That's exactly what I called for.
A: Understood, I won't add anything. Is there anything else?
C: No. Just the address. Bye.""", False, 0.00, "negative", "yes confirms an address; add-on refused with sarcasm"),

("FR82_052", "Tomas Reyes", "2026-11-18T16:20:00", "clean", """A: Happy Tails Grooming, Tomas speaking.
C: Hi, I have a twelve-week-old golden retriever, and the breeder said to start grooming early so she gets used to it.
A: Smart breeder. We do a puppy intro, bath, brush, nail trim and lots of treats, for $45.
C: Okay. How often should she come?
A: Every four to six weeks at first. We also have a 5-visit puppy package for $200, which works out to $40 a visit.
C: Then let's just do the package. First visit next Friday if you have it.
A: Friday the 20th at 9:30. I'll put the $200 package on file. We also sell the puppy shampoo we use, $14 a bottle, if you want to do touch-ups at home.
C: Sure, throw one bottle in.
A: Done. Clementine, Friday the 20th at 9:30, puppy package plus one shampoo.
C: Correct. Thanks.""", True, 14.00, "neutral", "package chosen before any single visit was agreed = main purchase, not an upgrade; shampoo 14 is the add-on"),

("FR82_053", "Keisha Monroe", "2026-11-19T09:30:00", "asr", """A: cedar credit union keisha speaking
C: hi i'm calling about the pet emergency loan i saw on your website
A: sure that's our petcare loan up to three thousand at eight point nine percent do you have something coming up
C: my cat needs surgery on his bladder sometime in the next few weeks the estimate is around two thousand four hundred
A: i can pre qualify you right now it's a soft pull
C: yeah sure go ahead
A: okay you're pre qualified for up to three thousand payments on two thousand four hundred over two years would be about one ten a month
C: oh wow that's so much better than i thought honestly amazing
A: would you like me to finalize the loan
C: not yet i want to get the final number from the vet first then i'll call you back i promise
A: of course the pre qualification is good for thirty days
C: perfect thank you so much you've been great""", False, 0.00, "positive", "yes is to a soft-pull prequalification, not the loan; enthusiasm then deferral"),

("FR82_054", "Liam O'Connor", "2026-11-19T11:12:00", "clean", """A: Cozy Paws Boarding, Liam speaking.
C: Hi, I'd like to board my lab, Moose, from the 27th to the 29th. We're going to a wedding.
A: That's two nights at $52, so $104. We have space. Want me to book it?
C: Yes, book it.
A: Done. A lot of owners get a bath on the last day so they go home clean. It's $35.
C: Sure, do the bath.
A: Okay, bath added for the morning of the 29th.
C: Oh, wait. We're not picking him up until the 30th... no, sorry, the 29th is right. But actually, skip the bath, my sister's groomer is doing him the next week anyway.
A: No problem, bath removed. Just the boarding, 27th to 29th.
C: Great, thanks.""", True, 0.00, "neutral", "boarding kept; bath add-on accepted then retracted -> 0"),

("FR82_055", "Rosa Delgado", "2026-11-19T13:38:00", "asr", """A: kibble express rosa speaking
C: hi i placed an order yesterday for the grain free turkey cat food and i just got an email saying it's out of stock
A: yes i'm sorry that formula is backordered until january
C: january it's november what am i supposed to feed them for two months
A: we have the same brand in turkey and duck which is very close in ingredients it's the same price forty four ninety nine
C: ugh fine switch it to the turkey and duck
A: okay i've swapped it it ships today and arrives thursday
C: thursday fine
A: and i've added a ten percent credit for the trouble
C: okay whatever just let me know when the real one's back
A: i'll set a back in stock alert on your account
C: yeah okay""", True, 0.00, "negative", "original order failed but a substitute was bought instead -> conversion; same-price swap, credit is a discount"),

("FR82_056", "Owen Park", "2026-11-19T15:55:00", "clean", """A: Brightline Tax, Owen speaking.
C: Hi Owen, I'm new in town and a coworker recommended you. I'd like to get my taxes done, I'm just a W-2 employee, nothing fancy.
A: Great. Our basic federal return is $129. Did you move states this year?
C: Yes, from Oregon to Idaho in June.
A: Then you'll need part-year returns for both states. State returns are $45 each.
C: Oh, two states. Okay, yes, do both states then.
A: Two state returns at $45 each, so $90 on top of the federal. We also offer a refund transfer, where fees come out of your refund, for $39.
C: No, I'll just pay and wait for the direct deposit.
A: Sure. I have Tuesday, February 2nd at 6 pm. Does that work?
C: That's perfect, book it. Thanks so much, this is really a weight off.""", True, 90.00, "positive", "federal return appointment is main; 2 state returns x 45 = 90; refund transfer 39 declined"),

("FR82_057", "Mei Tanaka", "2026-11-20T09:25:00", "asr", """A: lakeshore savings mei speaking
C: hi do you have any safe deposit boxes available at the downtown branch
A: let me check downtown is actually full right now we have a waitlist
C: oh how long is the wait
A: usually two to three months the oak park branch has boxes available though
C: oak park's too far for me i'll do the waitlist
A: okay what size were you looking for
C: the smallest one is fine
A: okay that's sixty a year when one opens up i'll put you on the list can i confirm your phone number ending in four four one eight
C: yes that's me
A: great you're on the list
C: okay thanks""", False, 0.00, "neutral", "free waitlist is not a rental or booking; yes confirms phone number"),

("FR82_058", "Andre Coleman", "2026-11-20T11:48:00", "clean", """A: Riverbend Bank, Andre speaking.
C: Hi. I'd like to opt out of overdraft coverage on my debit card. I'd rather the card just decline.
A: I can do that. Can I ask what prompted it?
C: I bought a $4 coffee and paid a $35 fee for the privilege. I didn't even know I was opted in.
A: I'm sorry about that. Accounts opened before 2024 were defaulted in. I've opted you out now. I can also refund that fee.
C: Please do.
A: Done, $35 is refunded. Would you like to link your savings as a backup instead? There's no cost to enroll.
C: No. I'd like nothing automatic on this account, thank you.
A: Understood. Anything else?
C: No. I'll be moving my paycheck to the credit union next month anyway.""", False, 0.00, "negative", "opt-out and fee refund; free savings link declined; quiet anger"),

("FR82_059", "Hannah Brooks", "2026-11-20T14:10:00", "asr", """A: petshield insurance hannah speaking
C: yeah hi i want to sign up my border collie for insurance i've been going back and forth on the plans
A: sure we have three levels accident only at fifteen a month accident and illness at thirty nine and complete at fifty eight
C: um the middle one i think
A: okay accident and illness for thirty nine for a border collie that's very active we also have behavioral therapy coverage for four fifty a month
C: he does chase cars so yeah add that
A: okay so to confirm scout border collie two years old accident and illness at thirty nine plus behavioral coverage at four fifty total forty three fifty a month
C: yeah that's correct
A: great the policy's active your documents are on the way
C: okay thanks""", True, 4.50, "neutral", "picks middle tier (main, 39); behavioral rider 4.50; read-back confirmed"),

("FR82_060", "Victor Nguyen", "2026-11-20T16:34:00", "asr", """A: summit card services victor speaking
C: hi my card just got declined at the emergency vet and i'm standing at the counter with my dog
A: i'm sorry let me look right away can you verify your date of birth
C: march ninth nineteen eighty eight
A: thank you i see a fraud hold because of the large charge at a new merchant was that you for eleven hundred forty at northside animal er
C: yes that's me
A: okay i've cleared the hold you can run it again
C: hold on okay it went through oh thank god
A: glad to hear it i hope your pup is okay
C: thank you victor seriously you're a lifesaver""", False, 0.00, "positive", "yes confirms own charge; payment to a third-party vet is not a sale by this company"),
]
