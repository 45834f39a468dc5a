CALLS = [
("FR61_041", "Aisha Mbeki", "2026-11-02T13:47:26", "clean",
"""A: Lakeview Family Clinic, this is Aisha.
C: Hi, I need to see Dr. Hammond. I've had this cough for three weeks and it's getting worse.
A: I'm sorry to hear that. Let me check her schedule. The first available with Dr. Hammond is December 3rd at 2:15.
C: December? That's a month away.
A: I know. I can check with another provider, but they're booked through next week as well.
C: I've been a patient here for ten years. There's nothing sooner?
A: I can put you on the cancellation list, and if it's urgent, the walk-in clinic on Fourth Street is open until 8.
C: So I pay for insurance and I can't see my own doctor for a month.
A: I understand how frustrating that is.
C: Forget it. I'll go to urgent care. This is ridiculous.""",
False, 0.0, "negative", "no slot accepted 'Forget it. I'll go to urgent care'; 'This is ridiculous'"),

("FR61_042", "Grant Sullivan", "2026-11-03T10:24:13", "clean",
"""A: Tallyworks support, this is Grant.
C: Hi. I just got charged $348 for an annual renewal of your software. I didn't ask for that.
A: Let me take a look. Can I get the account email?
C: accounts@brennerdesign.com.
A: I see it. The plan was set to auto-renew, and the renewal went through on the 1st.
C: I moved us to another tool in the summer. I haven't logged in for months.
A: I see that. Since it's within 14 days, I can cancel the renewal and refund the full $348.
C: Please do.
A: Done. The refund should land in five to seven business days and the account is closed.
C: Fine. But you really should warn people before charging them three hundred and fifty dollars out of nowhere.""",
False, 0.0, "negative", "refund of unwanted renewal, no purchase; 'you really should warn people'"),

("FR61_043", "Lena Hoffmann", "2026-11-04T12:11:39", "asr",
"""A: the willow barn events this is lena
C: hi um my fiance and i are looking at venues for next september and we'd love to come see the barn
A: oh congratulations we'd love to have you we do tours on saturdays and wednesday evenings
C: saturdays are better for us
A: i have saturday the twenty first at ten or at two
C: uh let's do saturday at two
A: perfect so saturday the twenty first at two for a tour can i get your names
C: sara kim and dev patel
A: lovely you're booked i'll email you a little brochure with pricing before you come
C: oh that's so sweet we've been following you on instagram forever we're so excited""",
True, 0.0, "positive", "'let's do saturday at two' venue tour appointment booked; 'so excited'"),

("FR61_044", "Marcus Bell", "2026-11-04T15:36:50", "clean",
"""A: Crestview Bank home lending, this is Marcus.
C: Hi, I wanted to ask about refinancing. We're at 7.1 percent on our mortgage right now.
A: Okay. Today our 30-year fixed is at 6.375, and there'd be about $4,800 in closing costs.
C: How long until that pays for itself?
A: On your balance, roughly three and a half years.
C: Hm. We might move in three or four years.
A: Then it's close. Would you like me to run a formal quote?
C: I'll hold off. The numbers don't quite work for us right now.
A: That's a sensible call. Rates may come down further in spring.
C: Maybe we'll talk then. Thanks for running the numbers.""",
False, 0.0, "neutral", "refusal without 'no': 'I'll hold off. The numbers don't quite work'; neutral"),

("FR61_045", "Sofia Petrov", "2026-11-05T16:29:04", "asr",
"""A: wanderwell travel this is sofia
C: hey so i was looking at the cancun package on your site the five nights at the palm grove for two
A: yes that one's really popular with flights from here it's two thousand one hundred for two people
C: okay yeah we want that for january tenth to the fifteenth
A: okay i can also add travel insurance for both of you it's fifty nine dollars total and it covers cancellation for any reason up to two days before
C: uh yeah put the insurance on with everything going on lately
A: okay so let me read it back five nights at the palm grove january tenth to fifteenth flights for two plus the insurance at fifty nine
C: yep that's it
A: and that's on the amex ending one zero zero four
C: mhm
A: you're booked confirmation's in your inbox
C: okay cool""",
True, 59.0, "neutral", "confirms read-back 'yep that's it'; 'put the insurance on' fifty nine dollars total; flat 'okay cool'"),

("FR61_046", "Caleb Nguyen", "2026-11-06T14:02:17", "clean",
"""A: Allbright Pest Control, Caleb speaking.
C: Hi. Your technician was supposed to come between 8 and 12 today. It's 2 o'clock. Nobody came, nobody called.
A: I'm so sorry. Let me check. It looks like the route ran late, and he was rescheduled to tomorrow morning.
C: Rescheduled without telling me. I took the morning off work for this.
A: I apologize. I can put you first on the route tomorrow at 8.
C: No. I'm done. Cancel the service, and I want the $149 I prepaid back.
A: I understand. I've canceled the quarterly service and issued a refund of $149.
C: Good.
A: Is there anything else I can do?
C: No. I've wasted enough of the day on this.""",
False, 0.0, "negative", "missed visit; customer refuses rebooking 'Cancel the service', refund; 'wasted enough of the day'"),

("FR61_047", "Harriet Cole", "2026-11-06T11:19:58", "asr",
"""A: bellweather home this is harriet how can i help
C: yeah i ordered a lamp on the twenty eighth and the tracking has said in transit for a week and a half
A: let me look up the order can i have your email
C: it's m dot friel at mailbox dot com
A: thanks okay i see it the carrier has no scans since the thirtieth so it looks like it's lost
C: oh great that's just perfect
A: i'm really sorry i can reship it today or refund you
C: reship it it was a gift
A: okay it'll go out today with two day shipping at no charge
C: so it'll get there after the birthday
A: i'm afraid so i'm sorry
C: yeah well thanks for nothing i guess""",
False, 0.0, "negative", "lost package reshipped free, no purchase; sarcastic 'oh great that's just perfect', 'thanks for nothing'"),

("FR61_048", "Ibrahim Saleh", "2026-11-09T17:28:43", "clean",
"""A: Good evening, is this Mr. Dubois?
C: Yes, that's me.
A: This is Ibrahim from Northline TV. You're on our Essentials package, and I wanted to tell you about the Sports Pass. It's $12.99 a month and includes all the regional games.
C: Yes, I know about it, you sent me a flyer.
A: For the next week we're also including the first month free.
C: We don't really watch sports in this house. My kids watch cartoons and that's about it.
A: Understood. There's also a Kids Plus add-on for $5.99.
C: They have enough screen time already, believe me.
A: Ha, fair. I'll let you get back to your evening.
C: Okay, have a good one.""",
False, 0.0, "neutral", "'Yes, that's me' / 'Yes, I know about it' not purchases; offers declined indirectly"),

("FR61_049", "Maya Okafor", "2026-11-10T13:53:21", "clean",
"""A: Northline Mobile, this is Maya.
C: Hi! My phone finally died and I'd like to upgrade. I want the new Pixel.
A: Sure. The base Pixel with 128 gigs is $799, or $22.20 a month over 36 months.
C: The monthly one is fine.
A: Would you like the 256-gig version? It's $100 more.
C: Yes, go with the 256. I take way too many photos of my dog.
A: Ha. We also have a rugged case for $29.99.
C: Yes, the case too.
A: Okay, so the Pixel 256 gig on the monthly plan, plus the case. It'll ship tomorrow. Shall I place the order?
C: Please do! I'm so happy, my old phone was held together with tape.""",
True, 129.99, "positive", "phone purchase; storage upgrade $100 + case $29.99 = 129.99; 'I'm so happy'"),

("FR61_050", "Derek Lindqvist", "2026-11-11T09:41:06", "asr",
"""A: harbor view inn guest services this is derek
C: hi i stayed with you last weekend room two twelve and i wanted to tell somebody that it was awful
A: oh i'm sorry to hear that what happened
C: there was a party in the room next door until three in the morning both nights i called the front desk twice and nothing happened
A: i'm really sorry that should not have happened
C: we paid almost four hundred dollars to not sleep
A: i completely understand i can refund one of the nights that's one eighty nine back to your card
C: one night
A: i can also give you a voucher for a free night on a future stay
C: i'm not sure we'll be coming back honestly
A: i understand i'll process the refund today
C: yeah okay i'm still not happy about it""",
False, 0.0, "negative", "complaint, partial refund, no purchase; ends 'i'm still not happy about it'"),

("FR61_051", "Priya Raman", "2026-11-12T15:14:33", "clean",
"""A: Olive & Ash, Priya speaking.
C: Hi, I'd like a table for two on Friday at 7:30. It's our anniversary.
A: Happy anniversary! Let me check. I'm sorry, Friday is fully booked between 6 and 9. The earliest I could do is 9:15.
C: 9:15 is really late for us. We have a babysitter until 10.
A: I understand. I also have a table at the bar at 7, but it's bar seating.
C: Hmm, not really what we had in mind for an anniversary.
A: I can add you to the waitlist for 7:30 in case someone cancels.
C: That's okay. We'll try somewhere else.
A: I'm sorry we couldn't make it work.
C: No problem. Thanks for checking.""",
False, 0.0, "neutral", "no time accepted 'We'll try somewhere else', waitlist declined; 'No problem' neutral"),

("FR61_052", "Tomas Herrera", "2026-11-12T10:37:48", "asr",
"""A: ridgeway tire and auto this is tomas
C: hi um i need four new tires for a honda accord two fifteen fifty five r seventeen
A: okay i have the michelin defenders at one twenty nine each installed
C: yeah those are fine
A: okay four at one twenty nine and with new tires i'd really recommend an alignment it's eighty nine ninety five
C: um do i need it
A: your inside edges are worn which usually means the alignment's off so the new ones would wear the same way
C: ugh okay yeah do the alignment too
A: okay four defenders installed plus the alignment i can get you in tomorrow at nine
C: nine's fine
A: great see you tomorrow
C: yep""",
True, 89.95, "neutral", "tires booked for tomorrow; alignment 'eighty nine ninety five' 'okay yeah do the alignment too'"),

("FR61_053", "Janelle Brooks", "2026-11-13T19:02:15", "clean",
"""A: StreamLink support, this is Janelle.
C: My internet's out. Again.
A: I'm sorry. Let me check your area. Yes, there's an outage affecting your neighborhood. Crews are on it, and the estimated restore time is 11 pm.
C: Fantastic. Third outage this week. I'm really getting my money's worth.
A: I understand. I can apply a credit for the outage days.
C: How much?
A: It would be $6 for the three days.
C: Six dollars. Wow. Thank you so much.
A: I know it's not much. The credit will show on your next bill.
C: Yeah. Sure.""",
False, 0.0, "negative", "outage support; sarcasm 'Fantastic... getting my money's worth', 'Six dollars. Wow. Thank you so much.' is sarcastic"),

("FR61_054", "Kenji Watanabe", "2026-11-16T17:50:27", "clean",
"""A: Hello, is this Ms. Larkin? My name is Kenji, I'm calling from Cedar Mutual about life insurance options for your family.
C: How did you get this number?
A: You requested a quote on our website in the spring.
C: I don't think I did. And it's dinner time.
A: I'll be quick. A 20-year term policy for someone your age could be as low as $24 a month.
C: I'm not interested. Please take me off your list.
A: Understood, I'll remove you right away.
C: Thank you. And don't call back.""",
False, 0.0, "negative", "'I'm not interested. Please take me off your list'; annoyed"),

("FR61_055", "Rosa Delgado", "2026-11-17T09:22:40", "clean",
"""A: Greenfield Garden Supply, Rosa speaking.
C: Hi, I'd like to place an order for delivery. Three bags of the cedar mulch, a 50-foot hose, and two of the raised bed kits.
A: Sure. Three cedar mulch at $8 each, the 50-foot hose at $34, and two raised bed kits at $59 each. That's $176.
C: Okay.
A: Standard delivery takes five days, or I can add express delivery, next day, for $15.
C: Yes, let's do express, I want to plant this weekend.
A: Oh, wait, actually, since your order's over $150, express is free right now. So no charge for it.
C: Even better!
A: So the mulch, the hose and the two kits, $176, delivered tomorrow. Shall I place it?
C: Yes, go ahead. You just made my weekend.""",
True, 0.0, "positive", "order placed 'Yes, go ahead'; express accepted but price revised to free -> upsell 0; 'made my weekend'"),

("FR61_056", "Owen Fitzgerald", "2026-11-17T14:15:33", "clean",
"""A: Tri-County Power, this is Owen.
C: Hi. I got a disconnection notice. I'm $620 behind. I lost my job in September and I'm just starting a new one.
A: I'm sorry you're dealing with that. Let's see what we can do so nothing gets shut off.
C: Okay.
A: I can set up a payment arrangement: $104 a month on top of your regular bill for six months, and the disconnection notice is withdrawn.
C: Can I do that? I thought I'd need to pay all of it now.
A: No, once the arrangement is in place, you're protected as long as you keep up with it.
C: Okay. Yes, please set that up.
A: Done. You'll get a letter confirming the schedule.
C: Thank you. Honestly, that takes such a weight off. I've been sick about this all week.""",
False, 0.0, "positive", "payment plan on an existing debt is not a purchase; 'takes such a weight off'"),

("FR61_057", "Aisha Mbeki", "2026-11-18T11:44:09", "asr",
"""A: lakeview family clinic this is aisha
C: hi uh i need to bring my son in for his kindergarten shots
A: sure how old is he
C: he's five his name's leo brandt
A: okay for vaccines i can do tuesday at nine fifteen or wednesday at three thirty with the nurse
C: um wednesday at three thirty
A: okay leo brandt wednesday the twenty fifth at three thirty with nurse ana please bring his vaccine record
C: mhm i have it somewhere
A: you'll get a text the day before
C: okay thanks""",
True, 0.0, "neutral", "picks 'wednesday at three thirty' -> vaccine appointment booked; flat"),

("FR61_058", "Grant Sullivan", "2026-11-19T09:58:52", "asr",
"""A: outdoor trails magazine subscriptions this is grant
C: hi i got a renewal notice and i want to renew
A: great you can do one year for twenty nine or two years for fifty
C: uh two years i guess it's cheaper
A: okay and for two dollars a month more you can get the digital edition with the full archive
C: no just the print thanks i don't read on screens
A: totally fair so two years print at fifty starting with the january issue
C: mhm
A: and i'll charge the card on file
C: yeah that's fine""",
True, 0.0, "neutral", "renews 'two years i guess'; digital add-on declined 'no just the print'; flat"),

("FR61_059", "Lena Hoffmann", "2026-11-19T13:31:24", "clean",
"""A: Summerlake Festival guest services, Lena speaking.
C: Hi. The festival was canceled two months ago and I still haven't gotten my refund. Two weekend passes, $640.
A: I'm sorry. Can I have your order number?
C: SL-88213. I've emailed three times and got the same automated reply every time.
A: I see it. Your refund is in the queue. Refunds are being processed in order of purchase, and we expect to reach yours within 30 days.
C: Thirty more days? You had no trouble taking my money in about thirty seconds.
A: I understand the frustration. I can't speed up the queue, but I've flagged it.
C: Flagged it. Right.
A: You'll receive an email when it's processed.
C: I'm filing a chargeback with my bank. I'm done waiting on you people.""",
False, 0.0, "negative", "refund complaint, no purchase; 'I'm done waiting on you people'"),

("FR61_060", "Marcus Bell", "2026-11-20T12:07:37", "asr",
"""A: crestview bank this is marcus
C: hi um i'm calling about the high yield savings thing i saw on your website
A: sure it's four point one percent right now no minimum and no monthly fee
C: and i can move money from my checking whenever
A: yep instant transfers between your accounts
C: okay yeah i want to open one
A: great since you're already a customer i can open it right now just confirm your address is still fourteen oak street
C: yes that's right
A: okay it's open you'll see it in the app in a couple of minutes
C: oh that's great that was easy thanks so much""",
True, 0.0, "positive", "'yeah i want to open one' account sign-up; 'oh that's great that was easy'"),
]
