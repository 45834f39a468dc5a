CALLS = [
    ("FR45_061", "Yuki Tanaka", "2026-11-02T13:17:08", "asr",
     """A: stillwater retreats this is yuki
C: hi um i'm looking at the yoga weekend in january the one at the lake house
A: yes the january fifteenth weekend we have a few spots left it's five eighty with meals and a shared room
C: okay you know what i've been going back and forth for a month i'm just gonna do it
A: yay okay i'll book you in for the fifteenth
C: yes please
A: and a lot of people add a private session with the lead teacher it's seventy five for an hour
C: oh yeah i'd really like that actually yes add the private session
A: done you're all set for the weekend plus the private session
C: i'm so happy i finally did this thank you""",
     True, 75.00, "positive",
     "'i'm just gonna do it' + 'yes please' books the retreat; private session seventy five 'yes add the private session' = 75; 'so happy'"),

    ("FR45_062", "Rosa Jimenez", "2026-11-03T10:02:55", "asr",
     """A: greenway lawn care this is rosa
C: hi yeah i'm calling because oh wonderful you skipped us again
A: i'm sorry which address
C: fifty one quarry road the crew was supposed to come friday for the leaf cleanup and nobody came second time this fall
A: i'm really sorry i can get a crew out monday
C: no i want to cancel the service altogether
A: i understand i could give you the next month free if you'd stay
C: no thanks i already hired the neighbor's kid he actually shows up
A: okay i'll cancel it effective today
C: great thanks for nothing""",
     False, 0.00, "negative",
     "cancels, save offer refused 'no thanks'; sarcasm 'oh wonderful you skipped us again', 'thanks for nothing'"),

    ("FR45_063", "Owen Price", "2026-11-04T16:45:20", "asr",
     """A: fibrelink this is owen
C: hi yeah um i work from home now and my upload speed is killing me on video calls
A: okay the five hundred plan has symmetric upload it's fifteen more a month than what you have
C: okay yeah let's do that
A: great i've switched you and for coverage upstairs we've got the mesh extender it's five dollars a month
C: uh sure
A: okay adding the mesh
C: actually wait skip the mesh thing my office is right next to the router
A: no problem just the speed upgrade then
C: yeah just that
A: it'll kick in within the hour
C: okay thanks""",
     True, 0.00, "neutral",
     "'let's do that' = paid plan upgrade (main purchase); mesh five dollars 'uh sure' then 'skip the mesh thing' = retracted add-on, 0"),

    ("FR45_064", "Leila Haddad", "2026-11-05T20:11:43", "asr",
     """A: front desk the alder lodge this is leila
C: hi i'm in room two fourteen and um there's hair in the bathtub and the sheets have a stain on them
A: oh no i'm so sorry i'll send housekeeping right away
C: it's ten o'clock at night i just want to go to sleep
A: i understand i can move you to another room right now and i'll take tonight off your bill
C: okay i guess move us
A: room three oh six is ready i'll bring the keys up
C: mhm
A: again i'm so sorry
C: yeah it's pretty gross for what we're paying honestly i expected better""",
     False, 0.00, "negative",
     "in-stay complaint, room move and refund, nothing bought; 'pretty gross ... expected better'"),

    ("FR45_065", "Maria Delgado", "2026-11-06T12:20:37", "clean",
     """A: Northline Wireless, this is Maria. How can I help?
C: Hi! We're switching from our old carrier, four lines. Your family plan looked good.
A: Great. Four lines on the Family Unlimited plan is $140 a month with autopay.
C: That's twenty dollars less than we pay now. Let's do it.
A: Wonderful. I'll port all four numbers. We also have the entertainment bundle with two streaming services for $8 a month.
C: We pay more than that for those right now. Yes, add it.
A: Done. Your SIM cards ship today.
C: This was so easy. Honestly, I should've switched years ago. Thank you!
A: Welcome to Northline!
C: Thanks, Maria.""",
     True, 8.00, "positive",
     "'Let's do it' to the family plan; bundle $8 a month 'Yes, add it' = 8; 'so easy ... should've switched years ago'"),

    ("FR45_066", "Kevin O'Brien", "2026-11-10T11:49:16", "asr",
     """A: harborview inn kevin speaking
C: hi i have a reservation for this saturday under bergstrom and i wanted to see about an upgrade
A: sure you're in a standard king the harbor suite is open it's normally a hundred more but i can do sixty
C: hmm could you do fifty
A: let me see i can do fifty five
C: okay fifty five deal
A: great you're in the harbor suite for saturday
C: oh that's wonderful she's gonna love the view thank you
A: my pleasure
C: you're the best kevin""",
     True, 55.00, "positive",
     "existing reservation; suite upgrade revised to fifty five and 'okay fifty five deal' = 55 (upsell implies conversion); 'you're the best'"),

    ("FR45_067", "Priya Raman", "2026-11-11T14:37:25", "asr",
     """A: keystone mutual this is priya
C: yeah i want to cancel my auto policy
A: okay can i ask why
C: you raised it to two thousand a year and i found the same coverage for thirteen hundred somewhere else
A: let me see what i can do uh i could take about a hundred fifty off with the safe driver program
C: no that's still way more
A: would you consider
C: no i'm done i've been loyal for eight years and you just keep jacking it up
A: i understand i'll process the cancellation effective the first
C: good""",
     False, 0.00, "negative",
     "cancellation, save offer refused 'no that's still way more' / 'i'm done'; 'keep jacking it up'"),

    ("FR45_068", "Tom Whitaker", "2026-11-12T09:14:59", "asr",
     """A: la terrazza this is tom
C: yeah hi we ate there saturday night and my husband and i were both sick all day sunday
A: oh no i'm so sorry to hear that what did you have
C: the seafood risotto both of us
A: i'm so sorry i'm going to report this to our manager and the kitchen right away
C: we spent two hundred dollars on that dinner and i was throwing up all night
A: i understand i'd like to refund the meal and the manager will call you
C: i don't even know what to say we've been coming there for years
A: i'm really sorry
C: we won't be back""",
     False, 0.00, "negative",
     "complaint, refund only; 'we won't be back'"),

    ("FR45_069", "Grace Liu", "2026-11-13T10:41:32", "clean",
     """A: Precision Auto Care, Grace speaking.
C: Hi, I'm picking up my car at four. Someone mentioned a detailing package?
A: Yes, the full interior and exterior detail is $149, and we could do it this afternoon.
C: Hmm. I'd go for it if it were under a hundred, honestly.
A: The exterior-only wash and wax is $79.
C: What does that include?
A: Hand wash, clay bar, and a wax coat.
C: Okay. I'll think about it and maybe do it next time.
A: Sure, the car will be ready at four.
C: Okay, thanks.""",
     False, 0.00, "neutral",
     "'I'd go for it if it were under a hundred' = conditional, then 'I'll think about it'; the repair pickup is an earlier order; neutral"),

    ("FR45_070", "Darnell Hayes", "2026-11-16T11:25:07", "asr",
     """A: metro box office darnell speaking
C: hi i want two tickets for the comedy show on the twelfth
A: sure i have two in section b at forty each plus a seven fifty service fee per ticket
C: oh fantastic another service fee that's half the reason nobody buys tickets anymore
A: i understand the fees go to the venue
C: yeah sure they do ugh whatever just give me the two in section b
A: okay two in section b for the twelfth total ninety five
C: yeah
A: you're all set they're in your email
C: great""",
     True, 0.00, "negative",
     "'just give me the two in section b' + confirms total 'yeah' = purchase; service fees are not upsell; sarcasm 'oh fantastic another service fee'"),

    ("FR45_071", "Sofia Marchetti", "2026-11-17T17:33:48", "asr",
     """A: vine and barrel wine club this is sofia
C: hi um i tried the tasting box my sister sent me and i want to sign up for the club
A: oh amazing the classic club is four bottles a quarter at one twenty nine per shipment
C: yep that's the one sign me up
A: done and new members can get a pair of engraved glasses with your initials two for forty
C: oh that's so cute yes add those my initials are m k
A: m k engraved glasses added
C: yay i'm really excited this is such a fun treat for myself
A: cheers to that
C: thank you""",
     True, 40.00, "positive",
     "'sign me up' to the club; engraved glasses 'two for forty' 'yes add those' = 40; 'really excited'"),

    ("FR45_072", "Ben Adler", "2026-11-18T13:08:21", "asr",
     """A: sleepwell mattress outlet this is ben
C: yeah hi i tried the harmon hybrid in the store yesterday the queen and i want to order it
A: sure the queen harmon is eight ninety nine
C: yep place it
A: okay placed and the waterproof protector is normally one twenty but it's ninety this week
C: um yeah i'll take the protector at ninety
A: great and would you like us to haul away the old mattress for forty nine
C: no my brother's taking it
A: okay delivery is thursday between eight and twelve
C: alright""",
     True, 90.00, "neutral",
     "'yep place it' mattress; protector revised one twenty to ninety and accepted = 90; haul-away refused; flat"),

    ("FR45_073", "Aisha Bello", "2026-11-19T15:56:10", "clean",
     """A: Core Motion Physical Therapy, this is Aisha.
C: Hi, I'd like to book an evaluation for my knee. I have Bluecross through my new job.
A: Let me check the plan. I'm sorry, we're out of network for that Bluecross plan.
C: You're kidding. Your website says you take Bluecross.
A: We take most of their plans, but not that one. Self-pay is $140 for the evaluation.
C: I'm not paying $140 out of pocket on top of my premiums.
A: I understand. Would you like a list of in-network clinics nearby?
C: I guess. This is really frustrating, I spent an hour picking you guys.
A: I'll email the list now.
C: Fine.""",
     False, 0.00, "negative",
     "self-pay refused 'I'm not paying $140 out of pocket', nothing booked; 'really frustrating'"),

    ("FR45_074", "Luke Fernandes", "2026-11-20T11:12:34", "asr",
     """A: riverbend power and light this is luke
C: hi um i'm a bit behind on my bill and wanted to see about a payment plan
A: sure you have a balance of three forty i can split that over four months so eighty five a month on top of your regular bill
C: okay yeah that works
A: okay i've set up the arrangement the first installment is with the december bill
C: mhm and there's no late fee
A: no late fee as long as the installments are paid
C: okay
A: anything else today
C: no that's it thanks""",
     False, 0.00, "neutral",
     "'yeah that works' agrees to a payment arrangement on an existing balance, not a purchase, sign-up or paid plan change; neutral"),

    ("FR45_075", "Hannah Kowalski", "2026-11-23T10:28:51", "asr",
     """A: skyway travel this is hannah
C: hi i'm trying to plan a trip to iceland in march and i'm kind of lost
A: oh fun okay so march is great for northern lights i'd fly into keflavik and base yourself in reykjavik for three nights then do the south coast
C: oh wow okay that makes way more sense than what i was doing
A: and rent a four by four in march the roads can be rough
C: okay that's really good to know um let me look at flights myself and get back to you about the hotels
A: sure take your time i'll send you my notes
C: thank you so much you're a lifesaver honestly
A: happy to help
C: i'll call you next week""",
     False, 0.00, "positive",
     "'let me look at flights myself and get back to you' = deferral; 'you're a lifesaver'"),

    ("FR45_076", "Marcus Greene", "2026-11-24T14:03:40", "asr",
     """A: summit federal credit union this is marcus
C: hi i need to order more checks i'm almost out
A: sure the standard box of two hundred is twenty four dollars
C: yeah that's fine order those
A: done and they have a leather checkbook cover for twelve dollars if you want one
C: oh actually yeah mine is falling apart add the cover
A: added the checks and cover ship in about a week
C: perfect thank you marcus you guys are always so easy to deal with
A: glad to help
C: have a good one""",
     True, 12.00, "positive",
     "'order those' checks (main); leather cover twelve dollars 'add the cover' = 12; 'always so easy to deal with'"),

    ("FR45_077", "Yuki Tanaka", "2026-11-25T09:38:16", "clean",
     """A: DevSummit registration desk, this is Yuki.
C: Hi. I'm trying to register for the conference, and the early-bird price disappeared.
A: Yes, early-bird ended yesterday at midnight. The regular pass is $650.
C: It was $450 yesterday. One day late and it's two hundred dollars more? That's ridiculous.
A: I'm sorry, I can't override it. There's also the Kubernetes workshop for $150.
C: No, just the pass. My company's paying, so fine, register me for the regular pass.
A: You're registered. The receipt is on its way.
C: Honestly, you could have sent a reminder. Your emails go out for everything else.
A: I'll pass that along.
C: Sure.""",
     True, 0.00, "negative",
     "'register me for the regular pass' = purchase; workshop $150 refused 'just the pass'; 'That's ridiculous', curt ending"),

    ("FR45_078", "Rosa Jimenez", "2026-11-26T12:51:05", "asr",
     """A: sparkle home cleaning this is rosa
C: hi um my in laws are coming for the holidays and my house is a disaster i need a deep clean
A: oh we can help i have wednesday the second at nine the deep clean for a three bedroom is two sixty
C: oh thank god yes book wednesday
A: booked and would you like inside the oven or inside the fridge those are thirty five each
C: honestly both yes please
A: so oven and fridge add seventy
C: yep that's perfect
A: you're all set for wednesday at nine
C: thank you you're saving my life right now""",
     True, 70.00, "positive",
     "'yes book wednesday'; oven and fridge thirty five each 'both yes please' = 70; 'you're saving my life'"),

    ("FR45_079", "Owen Price", "2026-11-27T16:27:38", "asr",
     """A: northline wireless this is owen
C: yeah i'm calling because my calls keep dropping at my house and i'm sick of it
A: i'm sorry about that let me check the coverage at your address um there is a weak signal area there
C: yeah no kidding it's been like this since i moved six months ago
A: i could send you a signal booster for free or move you to wifi calling
C: i already use wifi calling and it still drops
A: i could also take ten dollars off your bill for three months
C: no i just want a phone that works i'm giving you guys till the end of the month and then i'm porting out
A: i'll send the booster anyway
C: whatever""",
     False, 0.00, "negative",
     "credit offer refused 'no i just want a phone that works'; free booster is not a purchase; 'sick of it', threatens to port out"),

    ("FR45_080", "Leila Haddad", "2026-11-30T11:44:22", "asr",
     """A: the alder lodge front desk this is leila
C: hi i stayed last weekend room one twelve and i left a gold bracelet on the nightstand
A: oh no let me check lost and found
C: it was my grandmother's
A: i'm so sorry i don't see it logged i'll ask housekeeping
C: i called on monday and someone said they'd call me back and nobody did
A: i apologize i'll personally follow up today
C: you know what it doesn't feel like anybody even looked
A: i understand i'll call you by five
C: yeah i've heard that before""",
     False, 0.00, "negative",
     "lost item call, no purchase; 'nobody did', 'doesn't feel like anybody even looked', 'i've heard that before'"),
]
