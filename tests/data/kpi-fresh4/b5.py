CALLS = [
("FR4_081", "Aisha Karim", "2026-11-29T08:40:11", "asr", """
A: harborview hotel aisha speaking
C: hi i have a reservation on the twelfth and i'd like to add a late checkout
A: sure late checkout until two p m is thirty five
C: oh um is it free for members
A: unfortunately no it's thirty five for everyone
C: hmm no that's okay then we'll just leave at eleven
A: no problem anything else
C: no that's all
""", False, 0.00, "neutral", "Only asks about late checkout price and declines."),

("FR4_082", "George Adeyemi", "2026-11-29T09:22:48", "clean", """
A: Premier Bank, George speaking.
C: Hi, I'm still waiting on the new card from the fraud case. It's been 9 days.
A: I'm sorry. It looks like it was mailed to your old address.
C: You have got to be kidding me. I updated my address in October.
A: I see that; it wasn't applied to the card mailing. I'll reissue it overnight to your new address.
C: Great, just great. Nine days with no card.
A: I've also refunded the $25 annual fee.
C: Okay. Just make sure it actually arrives this time.
""", False, 0.00, "negative", "Reissue and fee refund are service; sarcasm and frustration remain."),

("FR4_083", "Megan Foster", "2026-11-29T10:05:30", "asr", """
A: cozy cabin rentals megan speaking
C: hi um i'm the one who lost the lakeview cabin last week
A: oh yes i'm so sorry about that
C: so we actually found out the lakeview's free for the weekend after new year's
A: yes january ninth to the eleventh is open two nights at two ten
C: okay book it before someone else does
A: ha booking it right now okay done you're confirmed i've also taken twenty percent off for the trouble
C: oh wow that's really kind thank you so much
""", True, 0.00, "positive", "Books cabin on other dates; discount is not an upsell."),

("FR4_084", "Ethan Brooks", "2026-11-29T10:50:14", "clean", """
A: TechHaven, Ethan speaking.
C: Hi. I bought the Vortex X last week. The screen has dead pixels already.
A: I'm sorry. Since you have the protection plan, we can replace it. Bring it to any store.
C: Fine. Can I upgrade to the Vortex X Pro while I'm at it?
A: Yes, you'd pay the difference, $300.
C: Let's do it. I'll do the swap for the Pro on Saturday.
A: I've put the Pro on hold for you at the Elm Street store with the $300 difference noted. Would you like me to reserve it under your card?
C: Yes, put it on the card ending 4471.
A: Done.
C: Okay. Still annoyed that a brand-new laptop was defective.
""", True, 300.00, "negative", "Warranty swap plus paid $300 upgrade to Pro; customer remains annoyed."),

("FR4_085", "Amara Nwosu", "2026-11-29T11:35:52", "asr", """
A: sunrise family dentistry amara speaking
C: hi um yeah i'm calling about a bill i got for two hundred and sixty dollars
A: let me look that's for the bonding on your front tooth
C: but i was told my insurance would cover it
A: it looks like your insurance covered part and this is the remaining coinsurance
C: nobody told me that before they did it
A: i'm sorry about that i can set up a payment plan
C: no i'll just pay it but i'm not happy about it at all
A: understood
""", False, 0.00, "negative", "Billing dispute; paying an existing bill is not a new purchase; not happy."),

("FR4_086", "Sofia Lindgren", "2026-11-29T12:15:06", "clean", """
A: Urban Threads, Sofia speaking.
C: Hi! I got the replacement jacket and it's great. I wanted to order the matching scarf.
A: Lovely! The wool scarf is $45. Would you like gift wrapping for $6?
C: No wrapping, it's for me. Just the scarf.
A: Your $15 credit brings it to $30. Shall I place the order?
C: Yes, please.
A: Placed, ships tomorrow.
C: Thank you, the jacket really is gorgeous.
""", True, 0.00, "positive", "Orders scarf; gift wrap declined; credit is a discount."),

("FR4_087", "Jonah Feldman", "2026-11-29T12:58:41", "asr", """
A: peak fitness jonah speaking
C: hey i signed up for the personal training last month
A: yeah of course how's it going
C: honestly terrible the trainer no showed twice and the third time he was on his phone the whole session
A: oh man i'm really sorry about that
C: i want a refund for the remaining sessions
A: i can refund the remaining two fifty or switch you to a different trainer
C: refund i'm done with the training thing
A: okay refund processed three to five business days
C: okay
""", False, 0.00, "negative", "Refund request after bad service; no purchase."),

("FR4_088", "Priya Raman", "2026-11-29T13:40:19", "clean", """
A: Coastal Shield Insurance, Priya speaking.
C: Hi, I called a while back about my home renewal. I shopped around.
A: Okay, what did you find?
C: The other quotes were worse, honestly. So I'll renew with the bundle discount you offered.
A: Great, $1,140 for the year. Shall I process the renewal with the card on file?
C: Yes, go ahead.
A: Done. Coverage continues without a gap.
C: Fine. I'm still not happy about the increase, honestly.
""", True, 0.00, "negative", "Renews after shopping around but ends unhappy about the price."),

("FR4_089", "Kwame Asante", "2026-11-29T14:22:03", "asr", """
A: pizza planet kwame speaking
C: hi uh i got a coupon in the mail for the family deal is that still good
A: yes the family deal two large two toppings and a two liter for twenty four ninety nine
C: oh nice that's not bad at all um i'm not sure what everybody wants yet
A: sure
C: i'll call back in a bit when i know
A: sounds good
C: okay thanks
""", False, 0.00, "positive", "Likes the deal (not bad at all) but will call back; no order."),

("FR4_090", "Hannah Byrne", "2026-11-29T15:00:37", "asr", """
A: skyward airlines hannah speaking
C: yeah um my bag didn't come off the carousel in phoenix it's the third time this year with you guys
A: i'm so sorry let me look it up it's showing it was put on the later flight it'll arrive at nine tonight
C: nine tonight i have a wedding tomorrow morning my suit's in there
A: we'll deliver it to your hotel by midnight
C: okay please just make sure it gets there
A: i will and i've added five thousand bonus miles to your account
C: okay i mean thank you for that but this shouldn't keep happening
""", False, 0.00, "negative", "Lost bag; bonus miles are goodwill; customer still frustrated."),

("FR4_091", "Tomás Herrera", "2026-11-30T08:10:22", "clean", """
A: Green Leaf Lawn Care, Tomás speaking.
C: Hi, it's Mr. Patel. Your manager fixed my flower bed. It looks better than before.
A: That's great to hear!
C: Since you made it right, I'd like to sign up for the spring package.
A: The spring package is $349 for four visits. Shall I set that up?
C: Yes, please.
A: Done. Would you also like grub control for $55?
C: Not this year.
A: Understood. Thank you, Mr. Patel.
C: Thank you. Your manager was excellent.
""", True, 0.00, "positive", "Signs up for spring package; grub control declined."),

("FR4_092", "Esther Mwangi", "2026-11-30T08:52:45", "asr", """
A: northgate medical group esther speaking
C: hi i'd like to make an appointment for a flu shot
A: sure we have walk in hours or i can book you
C: can you book me for tomorrow morning
A: i'm sorry the system is showing our vaccine supply is out until next week i can't book flu shots right now
C: oh okay um can you call me when it's back
A: yes i'll put you on the callback list
C: okay thanks
""", False, 0.00, "neutral", "Booking impossible due to supply; callback request only."),

("FR4_093", "Oliver Grant", "2026-11-30T09:35:12", "asr", """
A: fiber first oliver speaking
C: yeah the installer was supposed to come saturday between eight and ten and nobody showed up
A: oh no i'm really sorry let me check
C: i took the morning off work for this
A: i see the job got moved without notice i can get someone there tomorrow at eight
C: tomorrow i have to work tomorrow
A: what about wednesday at six p m
C: fine wednesday at six but honestly i'm regretting switching already
A: i understand i've credited your first month
C: yeah okay
""", False, 0.00, "negative", "Reschedules a missed install (existing order) with credit; customer regretful."),

("FR4_094", "Carmen Ruiz", "2026-11-30T10:15:55", "clean", """
A: Hi, this is Carmen from Secure Life Insurance. I'm calling about a disability coverage add-on.
C: Oh, I'm not interested, thanks.
A: It's just $9 a month and covers...
C: I said I'm not interested. This is the fourth call this month.
A: I'm sorry. I'll note that on your file.
C: Please do. It's really annoying.
""", False, 0.00, "negative", "Declines add-on, annoyed by repeated calls."),

("FR4_095", "Leah Goldstein", "2026-11-30T10:58:30", "asr", """
A: riverside veterinary leah speaking
C: hi um my dog needs his annual shots
A: sure we have thursday at eleven or saturday at nine
C: uh saturday at nine
A: okay and we have a dental cleaning special for seventy five off this month do you want us to add the dental
C: how much is it after that
A: two twenty five
C: oh um no that's a lot i'll pass
A: no problem saturday at nine for vaccines
C: okay no problem thanks
""", True, 0.00, "neutral", "Books vaccines; dental offer declined; 'no problem' is neutral."),

("FR4_096", "Marcus Bell", "2026-11-30T11:40:18", "asr", """
A: quickmove logistics marcus speaking
C: hi i wanted to follow up on the damage claim for my dresser it's mister jensen
A: yes the claim was approved we're sending a check for three hundred and ten
C: oh okay well that's something
A: it should arrive within ten days
C: okay thanks for following up i guess that's fair
""", False, 0.00, "neutral", "Claim approved; lukewarm acceptance; no purchase."),

("FR4_097", "Zara Ahmed", "2026-11-30T12:20:44", "clean", """
A: Bloom & Vine, this is Zara. Just following up on your mom's birthday bouquet!
C: Oh, hi. Well, it arrived a day late and the flowers were wilted.
A: Oh no, I'm so sorry. We'll send a fresh bouquet today at no charge.
C: She already celebrated yesterday. It's kind of pointless now.
A: I understand. Can I refund the full order instead?
C: Yes, refund it. I won't be ordering again.
A: Done, refunded to your card.
C: Okay.
""", False, 0.00, "negative", "Late and wilted delivery; refund; says won't order again."),

("FR4_098", "Daniel Kim", "2026-11-30T13:05:09", "asr", """
A: cloud desk daniel speaking
C: hi i'm just calling to um check if the security pack we added is working because the logs look empty
A: let me look yes it's active it just takes twenty four hours to populate
C: oh okay that makes sense
A: anything else
C: nope that's it thanks that was quick
""", False, 0.00, "positive", "Quick support answer; 'that was quick' is mildly positive. Digits spoken as words."),

("FR4_099", "Grace Whitman", "2026-11-30T13:48:36", "asr", """
A: paws place grooming grace speaking
C: hi it's biscuit's mom again um i need to move his appointment on the twentieth
A: sure what works
C: do you have anything on the twenty second
A: i'm sorry we're closed that day we have the nineteenth at two
C: oh no the nineteenth won't work and after that you're full right
A: yes until january
C: okay let's just keep the twentieth then i'll figure it out
A: sounds good
C: okay thanks grace
""", False, 0.00, "neutral", "Tries to move an existing appointment but keeps the original; nothing new."),

("FR4_100", "Maria Okafor", "2026-11-30T14:30:27", "clean", """
A: Brightline Mobile, Maria speaking. I see you're calling about a new line.
C: Yes, for my daughter. She's 13 and getting her first phone.
A: Exciting! A new line on your plan is $25 a month. Want me to add it?
C: Yes, please add the line.
A: Would you like parental controls for $4.99 a month?
C: Definitely yes.
A: And an international calling pack for $10?
C: No need. Just the line and the controls.
A: Perfect, the new line with parental controls is active.
C: Thank you so much, that was really easy.
""", True, 4.99, "positive", "Adds new line with parental controls $4.99; international declined."),
]
