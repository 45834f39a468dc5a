CALLS = [
("FR24_041", "Sofia Rossi", "2026-11-02T10:30:00", "clean", """A: Swift Movers, Sofia speaking.
C: Hi. I got your quote for a 2-bedroom move on the 15th. $1,640? That seems high.
A: It's a crew of three for about 7 hours, plus the truck and fuel.
C: Two years ago you moved me for under $1,100.
A: Rates and fuel have gone up since then, I'm sorry. That's the best price I have.
C: Fine, book it. I don't have time to shop around.
A: Booked for the 15th, arriving at 8 AM. Would you like packing materials for $45?
C: No.
A: Okay, you're all set.
C: But this is way more than last time and I'm not thrilled about it.""", True, 0.0, "negative", "move booked reluctantly; packing materials declined; unhappy about price"),

("FR24_042", "Daniel Kim", "2026-11-02T14:22:00", "asr", """A: hi this is daniel from first harbor bank am i speaking with mr okafor
C: yes that's me
A: great you've been pre approved for our rewards visa with no annual fee the first year
C: uh huh
A: it's two percent cash back on everything
C: no thanks i'm not ready to take on another card right now
A: totally understand should i mail you the details in case you change your mind
C: no that's okay
A: alright thanks for your time
C: okay bye""", False, 0.0, "neutral", "refusal; 'yes that's me' is identity, not purchase"),

("FR24_043", "Grace Liu", "2026-11-03T09:10:00", "clean", """A: Motion Physical Therapy, this is Grace.
C: Hi, my doctor referred me for my lower back. It's been killing me for a week.
A: I'm sorry you're in pain. We have an evaluation Wednesday at 4:15 or Thursday at 7:30 AM.
C: Thursday morning, before work.
A: Is your insurance still Blue Shield?
C: Yes, same card as before.
A: Okay, you're booked for Thursday the 5th at 7:30. Please come 10 minutes early.
C: Will do. Honestly, you've been so kind, thank you.
A: Feel better!
C: Thanks, bye.""", True, 0.0, "positive", "appointment picked from offered options and booked; warm thanks"),

("FR24_044", "Omar Haddad", "2026-11-03T16:05:00", "asr", """A: hi this is omar with clearview windows following up on your quote for the eight windows
C: oh yeah hi
A: i wanted to see if you had any questions on the price we sent over
C: honestly we already went with renewal by andersen
A: oh okay can i ask what made the difference
C: they were almost half your price and they came out the next day your guy took two weeks to even send a number
A: i'm sorry about that delay
C: yeah it kind of made the decision easy
A: understood thanks for letting me know
C: sure""", False, 0.0, "negative", "lost to competitor; complains about slow quote"),

("FR24_045", "Elena Petrova", "2026-11-04T12:44:00", "clean", """A: Palm Shores Resort, Elena speaking.
C: Hi! My sister and I want three nights, December 10th to 13th. We're so excited to finally go.
A: Lovely! An ocean-view double is $210 a night.
C: Great, let's book that.
A: Booked. I'll just mention there's also a resort fee of $45 per night, payable at check-in.
C: Wait, what? That wasn't anywhere on the website.
A: It's in the fine print on the booking page, I'm sorry.
C: That's ridiculous. Nobody mentioned that. Cancel the reservation.
A: I can cancel it, no charge. Are you sure?
C: Yes, cancel it. I'm done.""", False, 0.0, "negative", "booking retracted after hidden fee; friendly start, angry end"),

("FR24_046", "Ben Carter", "2026-11-05T17:18:00", "asr", """A: northwave mobile this is ben
C: hi i'm on the family plan and my daughter just turned thirteen so i guess it's time for her own line
A: congrats to her a new line on your plan is twenty dollars a month
C: okay let's add her line
A: done i'll ship the sim card today will she keep a number or get a new one
C: new one please
A: sure also you mentioned your mom is going to portugal we have an international pass for ten a month
C: oh yes add that for her line too she goes every winter
A: added so twenty for the new line and ten for the pass
C: perfect you guys always make this so easy""", True, 30.0, "positive", "new line $20/mo and international pass $10/mo added to an existing plan = 30; age is not a price"),

("FR24_047", "Nadia Brooks", "2026-11-06T11:35:00", "clean", """A: Willow Barn Events, Nadia speaking.
C: Hi, we're looking at venues for a wedding next September. Can we come see the barn?
A: Of course. Tours are free. This Saturday is taken, but weekdays are open.
C: We both work. If you can do the 14th at 2, I'll come in with my fiancé.
A: The 14th at 2:00 is open.
C: Then put us down.
A: Done, Saturday the 14th at 2:00. Name?
C: Marisol Vega.
A: See you then, Marisol.
C: Okay, see you.""", True, 0.0, "neutral", "conditional acceptance met; venue tour appointment booked (free appointment still a booking)"),

("FR24_048", "Kevin O'Neil", "2026-11-06T15:48:00", "asr", """A: hi this is kevin from main street auto your car's up on the lift
C: okay what's the damage
A: the front brakes are metal on metal so pads and rotors are four twenty
C: four twenty great
A: and your cabin air filter is black i can replace it for thirty nine ninety five
C: ugh fine go ahead with the brakes and yeah do the filter too
A: okay it'll be ready by five
C: and honestly last time you guys charged me for stuff i didn't need so i'm not happy about this
A: i'm sorry you felt that way i can show you the old parts
C: yeah you'd better""", True, 39.95, "negative", "brake repair approved; cabin filter 39.95 accepted; distrustful, unhappy"),

("FR24_049", "Maya Patel", "2026-11-07T10:15:00", "clean", """A: SkyWays Travel, Maya speaking.
C: Hi, I booked a trip to Lisbon with you last month, confirmation LX77K2. I'd like to add trip protection.
A: Sure. For your trip total of $2,180, trip protection is $89 per traveler.
C: It's just me.
A: Then $89. It covers cancellation for covered reasons and lost luggage.
C: Okay. Add it, please.
A: Added. You'll get the policy by email within the hour.
C: Okay.
A: Anything else on the trip?
C: No, that's all. Thanks.""", True, 89.0, "neutral", "add-on ($89) to an earlier purchase counts as conversion and upsell; trip total is not an upsell"),

("FR24_050", "Jordan Reyes", "2026-11-07T13:02:00", "asr", """A: the copper table this is jordan
C: hi we'd like to book for thanksgiving dinner for five people
A: oh i'm so sorry thanksgiving is completely booked we've had a waitlist since october
C: is there a waitlist i can get on
A: it's already over forty names i don't want to give you false hope
C: wow okay that's disappointing we come every year
A: i'm really sorry
C: you'd think regulars would get a heads up or something
A: that's fair feedback
C: yeah okay bye""", False, 0.0, "negative", "fully booked, no alternative; regular customer disappointed"),

("FR24_051", "Priya Nair", "2026-11-09T10:40:00", "clean", """A: PixelCloud support, Priya speaking.
C: I'd like to cancel my subscription. $17.99 a month is too much for how little I use it.
A: I understand. Before you go, I can offer three months free, then it goes back to $17.99.
C: And I can still cancel after the three months?
A: Anytime, no fees.
C: Okay, I'll stay on if it's free for three months.
A: Done, your next three bills are $0.
C: Fine, that works.
A: I'll set a reminder email before it renews at the normal price.
C: Okay. Thanks.""", True, 0.0, "neutral", "retention offer accepted = conversion; discount is not upsell"),

("FR24_052", "Tom Becker", "2026-11-09T08:20:00", "asr", """A: morning grind cafe this is tom
C: hi i need to order breakfast for a meeting tomorrow at nine
A: sure what are you thinking
C: two dozen bagels with cream cheese
A: great that's forty eight would you like coffee we have the box of joe for nineteen ninety nine it serves ten
C: we'll be about twenty people so two boxes
A: two boxes at nineteen ninety nine each
C: yep
A: ready for pickup at eight forty five
C: perfect you guys are lifesavers thank you""", True, 39.98, "positive", "bagels main; 2 coffee boxes at 19.99 each = 39.98; twenty is a head count"),

("FR24_053", "Aisha Khan", "2026-11-10T14:35:00", "clean", """A: TechWorld, this is Aisha.
C: Hi, I want to order the Zenbook 14 laptop, the $1,149 one.
A: Great choice. Would you like the 3-year protection plan for $199?
C: Yes to the warranty.
A: So laptop plus protection, $1,348. Let me get your shipping address.
C: Hold on. I'm looking at Best Buy's site right now, and it's $999 there.
A: We can't price-match online retailers, unfortunately.
C: Then actually, cancel the whole order. Sorry, nothing personal.
A: No problem, I've cancelled it.
C: Okay. Thanks anyway.""", False, 0.0, "neutral", "order and warranty accepted, then whole order cancelled -> no conversion, no upsell"),

("FR24_054", "Luis Ortega", "2026-11-10T16:50:00", "asr", """A: hi this is luis from sunpath solar calling about the energy assessment you requested
C: oh right yeah
A: is this still the best email jlee at mailbox dot com
C: yes that's my email
A: great i'll send the savings report there can i book a consultation
C: um i'm not sure yet we might be moving next year
A: okay can i give you a call next week instead
C: yes call me back next week that's fine
A: will do thanks
C: okay bye""", False, 0.0, "neutral", "yes only to email and callback; no purchase"),

("FR24_055", "Hannah Cole", "2026-11-11T13:08:00", "clean", """A: Clearskin Dermatology, this is Hannah.
C: Hi, I need to see Dr. Mensah about a mole that's changed shape.
A: The first available with Dr. Mensah is December 3rd.
C: That's three weeks. Is there nobody sooner?
A: I can put you on the cancellation list.
C: This is the third time I've called this month. Every time it's the cancellation list.
A: I'm sorry, we're very short-staffed.
C: That's way too long. Forget it, I'll find another practice.
A: I understand.
C: Bye.""", False, 0.0, "negative", "no acceptable availability; customer gives up angrily"),

("FR24_056", "Marcus Webb", "2026-11-12T17:25:00", "asr", """A: lakeside honda this is marcus
C: hey it's dev we talked yesterday about the twenty twenty two civic
A: hey dev yeah we can do twenty one five hundred out the door like we discussed
C: okay i'll take it
A: awesome want the all weather floor mats they're one fifty
C: yeah winter's coming do the mats
A: and our paint protection is eight ninety five
C: no paint protection no
A: okay mats are in i'll have paperwork ready saturday
C: honestly this was the easiest car buying i've ever done thanks man""", True, 150.0, "positive", "car bought (main); mats $150 accepted; paint protection declined; model year not a price"),

("FR24_057", "Sofia Rossi", "2026-11-12T09:55:00", "clean", """A: First Harbor Bank, Sofia speaking.
C: Hi, I was charged a $35 overdraft fee, but my paycheck hit the same day.
A: Let me look... yes, the deposit posted a few hours after the charge.
C: So can you do anything?
A: I've reversed the $35 fee. It'll show within 24 hours.
C: Oh, thank you. I really appreciate that.
A: You could also turn on low-balance alerts, it's free.
C: Sure, set that up.
A: Done.
C: That's great. Thanks again, you've made my day.""", False, 0.0, "positive", "fee refund and free alerts are not purchases; appreciative"),

("FR24_058", "Daniel Kim", "2026-11-13T18:10:00", "asr", """A: fastnet billing this is daniel
C: hi my bill went up again to ninety four a month
A: i see the promotional rate ended last month
C: yeah well i can't keep paying that
A: i can move you to the three hundred meg plan at sixty five a month
C: fine do that switch me to the cheaper one
A: done it takes effect with the next bill
C: i'm only downgrading because your prices keep going up it's kind of insulting to long time customers
A: i understand and i'm sorry
C: yeah okay""", True, 0.0, "negative", "paid plan change (downgrade) = conversion; 300 meg is not a price; resentful"),

("FR24_059", "Grace Liu", "2026-11-14T11:18:00", "clean", """A: Stillwater Retreats, Grace speaking.
C: Hi! I'd like to book the weekend yoga retreat in December, the 12th to 14th.
A: Great, that's $395 including meals and lodging.
C: Yes, I'll book the retreat. Can I add the massage for $80?
A: Absolutely, added.
C: And my friend who's coming wants one too, so make it two massages.
A: Two massages at $80 each, added to your booking.
C: Wonderful. I've been counting down the days, honestly.
A: You'll love it!
C: Thank you so much!""", True, 160.0, "positive", "retreat booked; customer-named add-on $80 x 2 = 160"),

("FR24_060", "Omar Haddad", "2026-11-14T15:40:00", "asr", """A: hi this is omar with sparkle home cleaning how are you
C: um good
A: we're offering a first deep clean for one nineteen this month
C: oh okay
A: would you like to get one on the calendar
C: um maybe next month we're traveling most of this one
A: sure i can call you back early december
C: yeah that's fine
A: great talk then
C: okay thanks""", False, 0.0, "neutral", "deferral; yes only to callback"),
]
