CALLS = [
("FR21_041", "Leah Goldberg", "2026-11-02T11:22:37", "asr", """A: hi this is leah from cinewave you're on monthly right now and i'm calling about our annual plan
C: okay how much
A: one hundred nineteen for the year which works out to about two months free
C: oh nice yeah i'm not going anywhere switch me to annual
A: great and right now you have ads would you like ad free it's three dollars more a month
C: three more a month to get rid of the ads oh absolutely yes
A: done annual plan with ad free
C: love it thanks so much""", True, 3.0, "positive", "switches to annual (main); ad-free $3/month accepted; happy"),

("FR21_042", "Omar Haddad", "2026-11-03T16:16:16", "asr", """A: good afternoon this is omar with evergreen life i'm calling about term life coverage
C: um okay
A: for someone your age a five hundred thousand policy would be around twenty eight a month
C: mhm
C: no thanks i'm not ready to buy anything like that right now
A: understood could i check back in six months
C: i mean you can try
A: alright thanks for your time""", False, 0.0, "neutral", "refusal; coverage amount is not a price paid; flat tone"),

("FR21_043", "Grace Liu", "2026-11-04T09:58:02", "clean", """A: TaskGrid support, Grace speaking.
C: Your platform was down for six hours yesterday. Six hours. My whole team sat there doing nothing.
A: I'm very sorry. It was a database failure on our side. I can credit you one month, $180.
C: One month? We lost a full day of work for 15 people.
A: I understand. I can escalate for a larger credit.
C: Don't bother. I want to cancel at the end of this billing cycle. We're moving to Planfold.
A: I've scheduled the cancellation for December 1st.
C: Good. This has been a disaster.""", False, 0.0, "negative", "outage complaint, credit is a refund not sale, cancels; angry"),

("FR21_044", "Bruno Costa", "2026-11-05T18:03:29", "asr", """A: welcome to iron peak this is bruno you're interested in joining
C: yeah i did the free day pass and i want to sign up
A: great the standard membership is thirty nine a month no contract
C: sign me up
A: you got it and a lot of people add towel service that's ten a month
C: oh yeah i always forget my towel yes add it
A: and a personal locker is fifteen a month
C: um yeah the locker too i don't want to haul my bag around
A: so thirty nine plus ten plus fifteen sixty four a month total
C: perfect this place is awesome""", True, 25.0, "positive", "membership main; towel $10 + locker $15 = 25; enthusiastic"),

("FR21_045", "Fiona McBride", "2026-11-06T12:37:51", "asr", """A: greenfork meals this is fiona
C: yeah i want to cancel the last three boxes were garbage
C: the pasta was mush and the chicken smelled off
A: i'm really sorry about that before you go i can send your next box free
C: free
A: completely free and if it's not better you can cancel with no questions
C: okay fine i'll give you one more shot
A: thank you i've kept you active and the next box is on us
C: we'll see i'm not expecting much honestly""", True, 0.0, "negative", "accepts retention offer (stays); free box not upsell; still skeptical and negative"),

("FR21_046", "Jamal Carter", "2026-11-07T14:48:06", "clean", """A: Thank you for calling Solana Resort, this is Jamal.
C: Hi, I'd like to book our anniversary weekend, December 12 to 14, ocean view.
A: Lovely. Ocean view king, two nights at $310 a night. Shall I read it back? Two adults, arriving Saturday the 12th, departing Monday the 14th, $620 before taxes.
C: You got it.
A: Wonderful. For anniversaries we have a couples massage at the spa, $120 for both of you.
C: Oh, she would love that. Yes, book the massage for Sunday afternoon.
A: Sunday at 2 pm, added. Your confirmation number is 88214.
C: This is going to be perfect, thank you!""", True, 120.0, "positive", "read-back confirmed; couples massage $120 accepted; thrilled"),

("FR21_047", "Ingrid Olsen", "2026-11-09T17:01:44", "asr", """A: northpoint wireless this is ingrid
C: my calls have been dropping at home for a month i work from home this is killing me
A: i'm sorry let me check there's a tower issue in your area i can book a signal technician
A: the first available is december third
C: december third that's three weeks away
A: i'm afraid that's the earliest
C: forget it i'm not waiting three weeks for you to send someone
C: i'll go talk to the other carriers this afternoon
A: i understand i'm sorry""", False, 0.0, "negative", "offered appointment refused, nothing booked; angry"),

("FR21_048", "Samuel Park", "2026-11-10T13:26:19", "asr", """A: hi this is samuel from safe haven security following up on the quote we sent
C: yeah hi so after the break in next door we're ready
A: great so the starter kit is three ninety nine plus twenty nine ninety nine a month monitoring
C: yeah let's go ahead with that
A: and for the driveway we have an outdoor camera at one forty nine
C: hmm what about two of them one for the back too
A: two outdoor cameras i can do for two sixty
C: two sixty for both okay yes do two
A: done starter kit plus two outdoor cameras install on friday
C: great i feel so much better already thank you""", True, 260.0, "positive", "starter kit main; two cameras bundle price $260 accepted; relieved and grateful"),

("FR21_049", "Priya Nair", "2026-11-11T15:15:15", "clean", """A: Lakeside Honda parts, Priya speaking.
C: Hi, I want the all-season floor mats and the cargo tray for my CR-V.
A: Sure. Mats are $169, the tray is $89. Shall I place the order?
C: Yes, go ahead.
A: Ordered. Pickup will be Tuesday.
C: Oh hang on, my wife just texted me, she already bought a set online. Actually, cancel the whole thing.
A: No problem, I've cancelled the order.
C: Sorry about that. Thanks.""", False, 0.0, "neutral", "order placed then whole order cancelled in same call -> no conversion"),

("FR21_050", "Marcus Webb", "2026-11-12T10:40:52", "asr", """A: hi this is marcus from planfold you downloaded our trial last week how's it going
C: honestly it's been great the team likes it way better than our spreadsheets
A: glad to hear the team plan for eight people would be ninety six a month
C: yeah let's do it let's get everybody on it
A: awesome and we offer onboarding training two hundred fifty one time to set up your workflows
C: nah we'll figure it out ourselves
A: no problem i'll send the invoice for the team plan
C: sounds great thanks marcus""", True, 0.0, "positive", "team plan bought; onboarding declined -> no upsell; positive"),

("FR21_051", "Elena Sokolova", "2026-11-13T19:41:08", "asr", """A: tony's pizza this is elena pickup or delivery
C: delivery and last time it took two hours so it better not this time
A: i'm sorry about that what can i get you
C: two large pepperonis
A: two large pepperoni and would you like garlic bread for six fifty
C: yeah fine the garlic bread
A: and wings are twelve for a dozen
C: ugh yes add the wings
A: so two large pepperoni garlic bread and a dozen wings to four one two oak street
C: yeah that's right whatever just get it here hot""", True, 18.5, "negative", "pizzas main; garlic bread $6.50 + wings $12 = 18.50; address not a price; grumpy"),

("FR21_052", "Tomas Ruiz", "2026-11-14T11:05:55", "clean", """A: Streamly, Tomas speaking.
C: Hi, I was thinking about the Premium tier. How much is it?
A: Premium is $22.99 a month, so $9 more than what you pay now.
C: Hmm. I'd upgrade if it were under $20 a month.
A: I'm afraid it's $22.99, there's no promotion right now.
C: Then no. That's a bit disappointing honestly, it used to be cheaper.
A: I understand. I can let you know if a promotion comes up.
C: Sure. Not holding my breath.""", False, 0.0, "negative", "conditional not met, price asked only; disappointed"),

("FR21_053", "Dana Whitfield", "2026-11-16T09:33:33", "asr", """A: brightway energy this is dana
C: hi i'm moving and i need to start electric at my new place
A: sure what's the new address
C: twenty two forty one elm court unit three
A: and the start date
C: the first of december
A: okay i've set up service at twenty two forty one elm court unit three starting december first on the standard rate
C: great and do i need to be home
A: no it's a remote switch on
C: okay thanks""", True, 0.0, "neutral", "service sign-up at new address = conversion; numbers are address/dates"),

("FR21_054", "Kofi Mensah", "2026-11-17T16:58:41", "asr", """A: hi this is kofi from harborline your auto policy is up for renewal and i have good news
C: oh yeah
A: with your clean record your renewal is actually dropping twelve percent to eight forty for six months
C: wait it's going down that's a first
C: yes please renew
A: done and you mentioned you rent if we add a renters policy it's eleven a month and you'd get a bundle discount on the auto
C: eleven a month yeah that's a no brainer add the renters
A: added you're all set
C: wow thank you this was the nicest insurance call i've ever had""", True, 11.0, "positive", "renewal main; renters policy $11/month accepted; discount not counted; delighted"),

("FR21_055", "Hannah Brooks", "2026-11-18T13:40:20", "clean", """A: Civic Theatre box office, Hannah speaking.
C: Hi, four tickets for Hamilton on Saturday the 28th, evening please.
A: I'm sorry, Saturday evening is sold out. I do have Sunday the 29th at 2 pm, orchestra row K, $45 each.
C: Oh. Sunday matinee could work, the kids would be less tired. Yes, four for Sunday.
A: Four tickets, Sunday 2 pm, $180. And a parking pass for the garage is $20.
C: Yes, add parking, that garage is a lifesaver.
A: Done. Tickets and parking pass will be emailed.
C: Great, thank you, the kids are going to be thrilled.""", True, 20.0, "positive", "sold-out show, alternative taken; tickets main; parking $20 accepted; pleased"),

("FR21_056", "Ravi Shankar", "2026-11-19T08:47:03", "asr", """A: peak performance gym this is ravi
C: i cancelled in september and you charged me again on the first
A: let me check yes i see the cancellation on september twelfth that charge shouldn't have gone through
C: no it shouldn't this is the second time i've called about it
A: i'm refunding forty nine ninety nine now
C: and the october one
A: i'll refund that too so ninety nine ninety eight total
C: you people are unbelievable i shouldn't have to police your billing""", False, 0.0, "negative", "refunds only, no sale; angry at end"),

("FR21_057", "Leah Goldberg", "2026-11-20T12:22:22", "asr", """A: hi this is leah from homechef box we noticed you paused a while back
C: oh hi yes i loved your boxes honestly best meal kit i've tried
A: aw thank you we'd love to have you back with thirty percent off
C: that's sweet um maybe next month though we're traveling most of december
A: of course should i reach out in january
C: yes please do that
A: will do happy travels
C: thank you you too""", False, 0.0, "positive", "deferral 'maybe next month'; yes only to a callback; warm praise"),

("FR21_058", "Omar Haddad", "2026-11-21T15:09:47", "clean", """A: CloudNote billing, this is Omar.
C: Hi, I'm on Basic and I keep hitting the note limit. I want to move up to Pro.
A: Pro is $29 a month, billed today prorated. Shall I make the switch?
C: Yes, switch me.
A: Done. Pro comes with 50 GB, and extra storage is $5 a month per 100 GB if you ever need it.
C: How much was that again?
A: $5 a month per 100 GB.
C: Okay. Just the Pro for now.
A: Sure, you're on Pro.""", True, 0.0, "neutral", "paid plan change; storage price only asked about, not bought"),

("FR21_059", "Grace Liu", "2026-11-23T17:36:11", "asr", """A: shieldline security this is grace
C: i'd like to cancel my monitoring it's just too expensive now
A: i understand we have a basic tier at nineteen ninety nine instead of thirty two ninety nine
C: no it's not just the price your app logs me out every day and nobody fixes it
A: i could escalate the app issue and put you on basic
C: no i'm done just cancel it please
A: okay it's cancelled at the end of the month
C: fine""", False, 0.0, "negative", "cheaper tier declined, cancels; frustrated"),

("FR21_060", "Bruno Costa", "2026-11-24T10:55:00", "asr", """A: studio lumen salon this is bruno
C: hi i need a haircut and color with mia if she has anything saturday
A: mia has saturday at ten or one thirty
C: ten please
A: okay saturday at ten cut and color with mia that's one fifty five
C: yep that's right
A: she also does a deep conditioning treatment after color it's twenty five extra
C: oh my hair is so dry yes please add that
A: added see you saturday
C: thank you i can't wait""", True, 25.0, "positive", "appointment confirmed; conditioning $25 accepted; happy"),
]
