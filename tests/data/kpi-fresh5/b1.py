CALLS = [
("FR5_001", "Maria Lopez", "2026-11-02T09:14:05", "clean", """
A: Thanks for calling Brightline Mobile, this is Maria. How can I help?
C: Hi, my contract is up and I want to move to the Unlimited Plus plan.
A: Sure. Unlimited Plus is $65 a month. I can also add device protection for $12.99 a month, covers cracked screens and loss.
C: Honestly I've dropped this phone twice already, so yes, add the protection.
A: Great. And international calling pass is another $10 a month if you travel.
C: No, I don't travel, skip that.
A: Okay. So to confirm: Unlimited Plus at $65 a month plus device protection at $12.99, starting on your next bill?
C: Yep, that's right.
A: Done, you're all set. The change shows up on December's bill.
C: Fine. Though honestly, every time I call you people the bill goes up. It's getting old.
""", True, 12.99, "negative", "plan change; protection 12.99 accepted; intl pass declined; grumbles at end → negative conversion"),
("FR5_002", "James Carter", "2026-11-02T10:02:41", "asr", """
A: thank you for calling summit air this is james how can i help
C: hi um yeah i'm on flight uh eight forty two to denver on the twelfth and i wanted to see about a seat upgrade
A: sure let me pull that up okay i see you in row thirty one we have economy plus seats available for an extra forty nine dollars
C: forty nine okay and is that the one with the extra legroom
A: yes about five more inches
C: yeah okay let's do that put me in the aisle if you can
A: i have seat twelve c on the aisle for forty nine dollars charged to the card on file is that okay
C: yep go ahead
A: all done you're in twelve c
C: awesome thank you so much that's gonna make the trip way better
""", True, 49.00, "positive", "seat upgrade 49 on existing flight; flight number 842 row 31 and seat 12 are traps"),
("FR5_003", "Priya Nair", "2026-11-03T11:20:10", "clean", """
A: Good morning, Harbor Home Insurance, Priya speaking.
C: Hi. I got a renewal notice and the premium went up to $1,340. That's almost two hundred more than last year.
A: I understand. The increase is due to regional rebuild costs. I can apply a claims-free discount that brings it to $1,215.
C: That's still a lot. What else is there?
A: If you bundle your auto policy you'd save about 10 percent, but I'd need to quote that separately.
C: Just send me the auto quote by email. I'm not renewing anything today until I compare.
A: Understood, I'll email that quote this afternoon. Your current policy runs until November 30.
C: Fine. Eight years as a customer and this is what I get. Thanks.
""", False, 0.00, "negative", "renewal not agreed; wants quote; complaint about increase, ends 'Eight years as a customer and this is what I get' — negative"),
("FR5_004", "Tom Becker", "2026-11-03T13:45:00", "asr", """
A: hi you've reached tony's pizzeria this is tom
C: hey uh can i get a large pepperoni for delivery
A: sure large pepperoni is eighteen ninety nine do you want to add garlic knots they're five ninety nine
C: uh yeah yeah throw in the knots
A: and a two liter soda for three fifty
C: nah we're good on drinks
A: okay so large pepperoni and garlic knots delivered to what address
C: forty seven maple street
A: forty seven maple got it that's twenty four ninety eight before tax about thirty five minutes
C: yeah and make sure it's actually hot this time last two were freezing cold
""", True, 5.99, "negative", "pizza main 18.99; knots 5.99 upsell; soda declined; street number 47 trap"),
("FR5_005", "Aisha Khan", "2026-11-04T08:30:22", "clean", """
A: Evergreen Dental, this is Aisha.
C: Hi, I'd like to book a cleaning. It's been way too long, honestly.
A: No judgement here! I have Tuesday the 10th at 8:15 or Thursday the 12th at 3:40.
C: Thursday at 3:40 works.
A: Perfect. Would you also like the fluoride varnish? It's $35 and insurance usually doesn't cover it for adults.
C: I'll skip that, thanks.
A: No problem. You're booked Thursday the 12th at 3:40 with Dr. Hall.
C: Great, you've made this really easy. See you then!
""", True, 0.00, "positive", "slot chosen = booking; fluoride 35 declined; times are traps"),
("FR5_006", "Daniel Kim", "2026-11-04T15:12:09", "asr", """
A: clearview fiber this is daniel how can i help
C: yeah hi i've been having outages like every night for two weeks and i'm honestly fed up
A: i'm really sorry about that let me check your line okay i see errors on the node we've got a tech scheduled for the area tomorrow
C: tomorrow okay
A: and while i have you we have the mesh wifi upgrade for eight dollars a month it would help the dead spots upstairs
C: are you seriously trying to sell me something right now
A: sorry about that i'll leave it i can credit you for the two weeks of outages that's about thirty dollars
C: fine whatever just get it fixed
A: the credit is applied and the area repair is tomorrow
C: yeah we'll see
""", False, 0.00, "negative", "outage complaint; mesh upsell refused; credit is not a purchase"),
("FR5_007", "Sofia Rossi", "2026-11-05T19:05:44", "clean", """
A: Trattoria Bella, Sofia speaking.
C: Hi! I'd love a table for six this Saturday around 7:30, it's my mom's 60th birthday.
A: Oh, happy birthday to her! I have 7:30 available. We also do a celebration package: a small cake and a glass of prosecco for the table, $45.
C: Oh that's lovely, yes please, let's add the package.
A: Wonderful. So that's a table for six, Saturday at 7:30, with the celebration package for $45. Can I have a name?
C: Bianchi, B-I-A-N-C-H-I. Phone is 555-0192.
A: All set, Ms. Bianchi.
C: Thank you so much, she's going to be thrilled!
""", True, 45.00, "positive", "reservation + celebration package 45; party size 6, age 60, time 7:30, phone are traps"),
("FR5_008", "Kevin O'Brien", "2026-11-05T10:40:18", "asr", """
A: good morning northgate auto service kevin speaking
C: hi um my check engine light came on and i wanted to get it looked at
A: sure we can do a diagnostic that's ninety five dollars and it gets applied to the repair if you do it here
C: okay uh what do you have
A: tomorrow at eight or friday at ten thirty
C: let me uh let me check with my husband he's got the car most days i'll call you back
A: no problem would you like me to hold the friday slot
C: no no don't hold anything i'll just call back
A: sounds good have a great day
C: you too bye
""", False, 0.00, "neutral", "deferral to husband; no hold"),
("FR5_009", "Lena Fischer", "2026-11-06T14:22:37", "clean", """
A: Nordwave Streaming, Lena speaking. How can I help?
C: I want to cancel. The price went up again and I barely watch anything.
A: I'm sorry to hear that. Before you go, I can offer the ad-supported plan at $6.99 a month instead of $15.99.
C: Ads? No. I hate ads.
A: I can also give you three months of your current plan at half price, $7.99 a month.
C: Hm. Three months at $7.99... Okay, fine, I'll stay for that.
A: Done. The discount applies from today, and after three months it returns to $15.99.
C: Okay. Still think the price hikes are a joke, but okay.
""", True, 0.00, "negative", "save offer accepted = conversion; discount not upsell; ends sour"),
("FR5_010", "Marcus Bell", "2026-11-06T16:50:02", "asr", """
A: hi this is marcus at greenleaf lawn and garden
C: hey marcus i got your flyer about the fall aeration
A: yes so aeration for a yard your size is about one twenty and we can add overseeding for another forty
C: that sounds really good actually my lawn looks terrible
A: we've got openings next wednesday or thursday
C: oh nice um can you just email me the quote and i'll look at it over the weekend
A: sure what's the email
C: it's dave dot p at mailbox dot com
A: got it i'll send it today
C: great thanks marcus really appreciate it
""", False, 0.00, "positive", "enthusiastic but only asks for emailed quote"),
("FR5_011", "Hannah Wright", "2026-11-07T09:33:15", "clean", """
A: Thank you for calling Lumen Electronics, this is Hannah.
C: Hi, I'm ordering the Aero 15 laptop, the $1,149 one, over the phone.
A: Sure. Would you like the 3-year protection plan? It's normally $199, but this week it's $149.
C: At $149, yes, add it.
A: Great. And a laptop sleeve for $29?
C: No, I have a bag.
A: So: Aero 15 at $1,149 plus protection plan at $149, total $1,298 before tax. Shall I place the order on the Visa ending 4417?
C: Correct, go ahead and put it through. Your website crashed three times at checkout, that's why I'm calling.
A: I'm sorry about that. Order placed, number 88213. It ships tomorrow.
C: It had better. This has been a frustrating morning.
""", True, 149.00, "negative", "revised price 199→149 accepted; sleeve declined; order no., card digits traps"),
("FR5_012", "Diego Alvarez", "2026-11-07T11:11:11", "asr", """
A: sunnyvale hotel and suites diego speaking
C: hi yeah i wanted to book uh two nights the twentieth and twenty first
A: sure for how many guests
C: just two of us me and my wife
A: okay a king room is one sixty nine a night and breakfast for two is twenty two a night
C: oh yeah add the breakfast definitely
A: so that's two nights king room with breakfast the breakfast adds forty four total can i get a card
C: sure it's a visa uh four four one two
A: and the rest of the number
C: hang on my wife is saying her sister might host us actually um you know what let's not book anything i'm sorry
A: no problem at all
C: sorry about that thanks
""", False, 0.00, "neutral", "booking started with breakfast add-on then whole thing cancelled"),
("FR5_013", "Chloe Martin", "2026-11-08T13:07:50", "clean", """
A: Pinecrest Medical Group, Chloe speaking.
C: Hi, I need a physical for a new job. They want it done by the 20th.
A: I can do Monday the 16th at 9:00 or Wednesday the 18th at 1:30.
C: Wednesday at 1:30, please.
A: You're booked. Would you like to add a vision screening? It's $25 and a lot of employers ask for it.
C: Oh, actually yes, they did mention that. Add it.
A: Done: physical plus vision screening, Wednesday the 18th at 1:30.
C: Thanks, that's a relief.
""", True, 25.00, "positive", "appointment + vision screening 25; 'that's a relief' mild positive"),
("FR5_014", "Ravi Patel", "2026-11-08T17:25:31", "asr", """
A: thanks for calling metro city symphony box office this is ravi
C: hi i'm trying to get two tickets for the holiday show on december nineteenth
A: let me check oh i'm sorry the nineteenth is completely sold out
C: oh no what about the twentieth
A: the twentieth is also sold out we only have the matinee on the twenty first which is uh also full
C: are you kidding me it went on sale like a week ago
A: i know it's been really popular i can put you on the waitlist
C: sure put me on the waitlist i guess
A: done you're on the waitlist for the nineteenth
C: great just great thanks for nothing
""", False, 0.00, "negative", "sold out; waitlist is not a purchase; sarcasm"),
]
