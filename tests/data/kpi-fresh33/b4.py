# FR33 batch 4 (calls FR33_061-FR33_080), hand-written.
CALLS = [
("FR33_061", "Elena Popescu", "2026-11-02T11:35:00", "asr", """A: northgate bank elena speaking
C: hi um i saw the cash back card on your website the one with two percent
A: the everyday rewards card yes no annual fee for the primary card
C: okay and um can my husband get a card on it too
A: yes an authorized user card is twenty five a year
C: and what's the interest rate
A: it's twenty one point nine variable
C: mhm okay
A: so would you like me to submit the application today
C: yes go ahead and put him on it too
A: great you're approved the cards will arrive in seven to ten days
C: oh awesome that was painless thank you elena""",
 True, 25.00, "positive", "card application (sign-up) accepted on closing question; authorized-user card $25/yr accepted; interest rate not a price"),

("FR33_062", "Marcus Reed", "2026-11-03T16:50:00", "asr", """A: hi this is marcus from evergreen lawn care following up on the quote we sent
C: oh yeah hi
A: so weekly mowing plus the fall cleanup came to two sixty a month
C: yeah um we looked at it and it's honestly double what the guy next door pays
A: our crews are licensed and insured and we guarantee the schedule
C: mhm
A: i could take ten percent off if you start this month
C: no it's still way too much and to be honest the guy who came out for the quote was pretty rude
A: i'm sorry to hear that
C: yeah so we're gonna pass thanks""",
 False, 0.0, "negative", "outbound quote follow-up refused even with discount; complains about price and a rude estimator"),

("FR33_063", "Aiko Tanaka", "2026-11-04T14:15:00", "asr", """A: notepine support this is aiko
C: hi yeah i cancelled my subscription in october and you charged me again this month
A: i'm so sorry let me check your account
C: it's the email ending in gomez at proton
A: i see the cancellation request but it looks like it didn't go through on our end
C: so i did everything right and you still took my money
A: you did i'm refunding the fourteen ninety nine now and cancelling it properly
C: okay and how do i know it won't happen again
A: you'll get a cancellation email within the hour
C: i'd better honestly this is pretty shady
A: i understand i'm sorry
C: yeah bye""",
 False, 0.0, "negative", "charged after cancelling; refund and cancellation only; distrustful to the end"),

("FR33_064", "Jonas Berg", "2026-11-05T18:20:00", "asr", """A: hillside motors jonas speaking
C: hey jonas it's priya um from tuesday the blue crosstrek
A: hey how's it going
C: good so i'm ready we're gonna take it at the twenty nine nine we talked about
A: fantastic i'll get it prepped when do you want to pick it up
C: saturday morning if that works
A: saturday at ten and do you want the all weather floor mats they're one fifty for the set
C: yeah do the mats my dog is a mess
A: and the ceramic coating is four hundred
C: uh no pass on that
A: no problem so the crosstrek with mats saturday at ten
C: perfect i can't wait thank you so much""",
 True, 150.00, "positive", "car bought at 29,900 (main); mats set $150 accepted; coating $400 declined"),

("FR33_065", "Maya Ortiz", "2026-11-06T08:40:00", "clean", """A: Brightline Fiber, Maya speaking.
C: Hi. My internet has been down since Sunday. It's Wednesday.
A: I'm so sorry. There's a fiber cut in your area; crews are working on it.
C: Oh, wonderful. I work from home. I've been working from a Starbucks for three days.
A: I understand, that's really frustrating. I can credit you for the full week, $18.75.
C: $18.75. Great. That covers about four coffees.
A: The estimate for restoration is tomorrow by 6 pm.
C: That's what they said yesterday.
A: I'll add a note to text you as soon as it's back.
C: Fine. Please do.""",
 False, 0.0, "negative", "outage complaint; service credit is not a purchase; sarcastic ('Oh, wonderful', 'Great')"),

("FR33_066", "Daniel Kim", "2026-11-09T13:15:00", "asr", """A: maison claire daniel speaking
C: hi um i want to book something for my dad's seventieth it'll be about twelve of us
A: lovely which date
C: saturday the twenty eighth around six
A: let me see i can do the long table in the back at six for twelve
C: oh that would be perfect yes please reserve that
A: under which name
C: wagner
A: and would you like us to prepare a cake we do a chocolate hazelnut for forty five
C: oh yes he loves hazelnut please add the cake
A: done twelve guests saturday the twenty eighth at six with a cake
C: thank you so much this is going to be great""",
 True, 45.00, "positive", "party reservation made; cake $45 accepted; age and head count not prices"),

("FR33_067", "Priya Nair", "2026-11-10T12:20:00", "asr", """A: harbor mutual this is priya
C: hi i need to cancel my renters policy
A: okay can i ask why
C: um i found the same coverage with lemonade for like half the price
A: i see let me check if there's any discount i can apply
C: sure
A: i could take it from twenty two to eighteen a month
C: no lemonade is eleven so that's not even close
A: understood i'll process the cancellation effective today
C: okay and honestly your app is a nightmare so
A: i'm sorry to hear that
C: yeah whatever thanks""",
 False, 0.0, "negative", "cancellation, save offer declined; competitor cheaper; 'sure' only lets the agent check"),

("FR33_068", "Tom Becker", "2026-11-11T11:10:00", "asr", """A: sleepwell mattress outlet tom speaking
C: hi uh i was in yesterday and tried the cloud hybrid the queen
A: great choice it's eleven ninety nine this week
C: yeah i'd like to order it for delivery
A: perfect delivery and old mattress removal is free what's the address
C: nine eighty west pine street
A: got it and we have the memory foam pillows the pair is eighty
C: the pair for eighty um sure yeah add those
A: so the queen cloud hybrid plus the pillow pair delivery thursday between twelve and four
C: yep that's right
A: you're all set
C: awesome i've been sleeping on a futon for a month so this is great thank you""",
 True, 80.00, "positive", "mattress ordered (1,199 main); pillow pair for $80 = 80 (bundle price, not x2); address not a price"),

("FR33_069", "Lucia Ferreira", "2026-11-12T15:30:00", "clean", """A: Ledgerly sales, Lucia speaking.
C: Hi. I'm a grad student running a tiny tutoring business. Do you have a student discount?
A: We don't currently. The Starter plan is $9 a month.
C: Hmm. I'd sign up today if it were free for students, honestly. Wave gives it to me for free.
A: I understand. I could give you the first month free.
C: And then $9 a month after that. No, I think I'll stick with Wave.
A: That's fair. If anything changes, we'd love to have you.
C: Sure. It's a shame, your reports looked nicer.
A: Thank you for considering us.
C: Yeah. Bye.""",
 False, 0.0, "negative", "conditional ('if it were free') not met, stays with competitor; polite but disappointed"),

("FR33_070", "Omar Haddad", "2026-11-13T10:45:00", "asr", """A: skyward travel omar speaking
C: hi um we want to book the amalfi coast day tour for the fifteenth
A: sure how many people
C: two me and my husband
A: that's one sixty five per person so three thirty for the two of you
C: okay yes let's book it does it include lunch
A: lunch in positano is included
C: okay good
A: booked and would you like the travel protection for the tour it's forty two per person
C: um yeah for both of us i guess
A: okay eighty four for the protection
C: mhm
A: confirmation is on its way
C: okay""",
 True, 84.00, "neutral", "tour booked ('yes let's book it' + question); protection $42 per person x 2 = 84 accepted; flat tone"),

("FR33_071", "Grace Liu", "2026-11-16T08:55:00", "asr", """A: riverside power grace speaking
C: yeah my bill is four hundred and something and i've been gone half the month
A: let me look it shows actual meter reads not estimates
C: that's impossible nobody was home
A: sometimes it's the water heater or a space heater left on
C: i didn't leave anything on i'm not an idiot
A: i'm not saying that i can open a billing review it takes about ten days
C: and if they say the meter's fine then what i just pay it
A: yes unfortunately
C: this is ridiculous honestly i'm so done with you people
A: i've opened the review
C: whatever""",
 False, 0.0, "negative", "high-bill dispute, only a free billing review opened; angry"),

("FR33_072", "Ben Carter", "2026-11-17T09:30:00", "asr", """A: hi this is ben from westgate honda service calling about an open recall on your pilot
C: oh uh a recall what for
A: it's the fuel pump it's a free repair takes about two hours
C: oh okay good to know
A: i have monday at nine or wednesday at two
C: um wednesday at two works
A: so wednesday the twenty fifth at two for the fuel pump recall is that right
C: yep that's right can i get a ride to work from there
A: yes our shuttle goes within five miles
C: oh perfect you guys are always so on top of things i appreciate it
A: see you wednesday
C: thanks ben""",
 True, 0.0, "positive", "outbound: free recall repair appointment booked and read-back confirmed -> booking counts; nothing paid, no upsell"),

("FR33_073", "Sofia Rossi", "2026-11-17T17:40:00", "asr", """A: pulse fitness sofia speaking
C: hi i broke my ankle and i can't use the gym for like two months
A: oh no i'm sorry we can freeze your membership for up to three months
C: is that free
A: there's a ten dollar a month freeze fee
C: so i'm paying you for a gym i can't walk into
A: it holds your rate and your spot
C: that's kind of ridiculous when it's a medical thing
A: with a doctor's note i can waive it
C: fine i'll email a note but honestly that should just be the policy
A: i'll note it on the account
C: okay""",
 False, 0.0, "negative", "membership freeze with the fee waived is not a paid plan change; annoyed about the policy"),

("FR33_074", "Kwame Mensah", "2026-11-18T13:50:00", "clean", """A: Harborview Arena box office, Kwame speaking.
C: Hi! I want two tickets for the Nutcracker on December 12th, the matinee.
A: Lovely. I have row F in the orchestra at $64 each.
C: Row F sounds great.
A: So that's two orchestra seats, row F, December 12th at 2 pm, $128. Is that right?
C: You got it.
A: Wonderful, they're booked. Would you like a parking pass for the garage next door? It's $20.
C: Oh yes, that'll save us circling the block.
A: Added. Everything will be in your email within the hour.
C: This is my granddaughter's first ballet, I'm so excited. Thank you, dear.""",
 True, 20.00, "positive", "read-back confirmed ('You got it'); parking pass $20 accepted"),

("FR33_075", "Hannah Weiss", "2026-11-19T12:45:00", "asr", """A: bright smile dental hannah speaking
C: hi um i just moved here and i need a new dentist i have delta care
A: oh i'm sorry we're not in network with delta care anymore
C: oh since when
A: since september
C: hm okay so how much would a cleaning be without it
A: a new patient exam and cleaning is two ninety
C: two ninety wow okay that's a bummer um no i'll find someone in network
A: understood i can give you a couple names nearby
C: sure that'd help
A: dr okafor on main and bay dental both take delta care
C: okay thanks anyway""",
 False, 0.0, "negative", "no booking (out of network, price asked only); quietly disappointed"),

("FR33_076", "Raj Patel", "2026-11-20T10:35:00", "asr", """A: hi this is raj from cloudvault calling for mister osei
C: speaking
A: you downloaded our backup guide last week i wanted to see if you had questions
C: oh yeah um we're a law office about twenty people
A: our business plan would be about two hundred a month for that size with unlimited storage
C: mhm
A: would you like me to set up a fourteen day trial or go straight to the plan
C: uh honestly just send me a written proposal i have to get the partners to look at it
A: sure what's the best email
C: k osei at osei law dot com
A: got it i'll send it today
C: okay sounds good""",
 False, 0.0, "neutral", "outbound lead: asks for a proposal, defers to partners; neither option taken"),

("FR33_077", "Elena Popescu", "2026-11-23T15:20:00", "clean", """A: Northgate Bank, Elena speaking.
C: Yes, I sent a wire to my daughter in Lisbon and you charged me $45 plus a terrible exchange rate.
A: I'm sorry. The international wire fee is $45, and the rate includes a margin.
C: A margin of almost 4%. I checked. Wise would have charged me a fraction of that.
A: I understand. For customers with Premier checking, the wire fee is waived.
C: Premier costs $25 a month. So I pay you either way.
A: It does also include—
C: No. I've banked here twenty years. I'm going to move my savings somewhere that doesn't nickel-and-dime me.
A: I'm sorry to hear that. Is there anything I can do today?
C: No. That's all.""",
 False, 0.0, "negative", "fee complaint; Premier upgrade rejected; threatens to leave, praises competitor"),

("FR33_078", "Marcus Reed", "2026-11-24T11:05:00", "asr", """A: sparkle home cleaning marcus speaking
C: hi um i'm moving out at the end of the month and i need a move out clean
A: sure how big is the place
C: two bedroom one bath about nine hundred square feet
A: a move out clean for that is two forty
C: okay and can you do the thirtieth
A: yes the thirtieth at nine am works
C: great book it
A: booked and we can do inside the fridge and inside the oven thirty each
C: yeah do both the oven is gross
A: okay both added see you on the thirtieth
C: awesome thank you you just saved my deposit""",
 True, 60.00, "positive", "move-out clean booked ($240 main); fridge and oven at $30 each = 60; square feet not a price"),

("FR33_079", "Aiko Tanaka", "2026-11-25T16:00:00", "asr", """A: hi this is aiko from notepine i see you've been on the free plan for a while
C: yeah
A: so with premium you'd get ai summaries unlimited devices and a hundred gigs
C: yeah yeah
A: and it's six ninety nine a month or sixty a year
C: mhm
A: would you like to try premium today
C: no i'm good honestly since the redesign i can't find anything and i'm thinking about switching anyway
A: oh i'm sorry to hear that what's been hard to find
C: the folders everything's hidden now it's really annoying
A: i'll pass that on to the team
C: sure okay bye""",
 False, 0.0, "negative", "'yeah yeah'/'mhm' are backchannels, then a clear no; unhappy with the redesign"),

("FR33_080", "Jonas Berg", "2026-11-26T19:15:00", "clean", """A: Hillside Motors, Jonas speaking.
C: Hi Jonas, it's Tom Reilly. I test drove the RAV4 Hybrid on Saturday.
A: Hi Tom! What did you think?
C: Honestly, best test drive I've had. You didn't push me once, which I really appreciated.
A: Glad to hear it. I can do it at $34,250 with 2.9% financing over 60 months.
C: That's a fair number. What would the monthly be with $5,000 down?
A: About $525 a month.
C: Okay. I need to sit down with my wife this weekend before I commit to anything.
A: Of course. Should I check in with you Monday?
C: Yes, call me Monday. Thanks, you've been great.""",
 False, 0.0, "positive", "deferral (talk to wife); yes only to a callback; warm praise of the agent"),
]
