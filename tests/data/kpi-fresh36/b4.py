CALLS = [
("FR36_061", "Chloe Martin", "2026-11-03T08:22:14", "clean", """A: Hotel Mirabel front desk, Chloe speaking.
C: Hi, I'm checking in Friday, reservation under Adeyemi, three nights. It's our anniversary.
A: Happy anniversary! I see a deluxe king. I could upgrade you to the Terrace Suite for $60 more per night.
C: Does the terrace face the water?
A: It does, with a sunset view and a soaking tub.
C: Oh, that's exactly what I was hoping for. Yes, let's do the suite.
A: Upgraded. I'll also leave a complimentary bottle of prosecco in the room.
C: That's so thoughtful. Thank you, really, you've made my week.
A: We look forward to seeing you Friday.""", True, 60.00, "positive", "upgrade to an existing reservation accepted; recurring per-night price counts once; free prosecco not an upsell"),

("FR36_062", "Ravi Menon", "2026-11-04T12:40:29", "asr", """A: swiftlink fiber sales ravi speaking
C: hi yeah i want to sign up for the five hundred meg plan i got the flyer
A: sure that's fifty five a month with a two year price lock should i get you started
C: uh yeah go ahead
A: great you're signed up we also rent a mesh extender for bigger homes it's ten a month
C: hm our upstairs is a dead zone so uh yeah one of those
A: okay one extender added how about tv we have a package too
C: how much is the tv
A: thirty nine a month
C: okay just the internet and the extender for now""", True, 10.00, "neutral", "internet sign-up; extender $10/month accepted; TV price only asked -> not counted; '500 meg' not a price"),

("FR36_063", "Elena Petrova", "2026-11-05T17:11:46", "clean", """A: Pedalworks, Elena speaking.
C: Hi, I want to order the Trailhawk hybrid bike for my son, the $650 one, in medium.
A: Got it, the Trailhawk in medium. Want a lock with it? Our U-lock is $35.
C: Yes, he'll need a lock for school.
A: And bottle cages are $12 each.
C: Give me two of those.
A: So the bike, the lock at $35, and two bottle cages. Shall I place the order?
C: Yes, place it. He's going to lose his mind, he's wanted this bike all year!
A: Placed, ready for pickup Saturday.
C: Thank you so much!""", True, 59.00, "positive", "bike ordered; lock 35 + 2 x 12 cages = 59; quantity said separately from unit price"),

("FR36_064", "Marcus Reed", "2026-11-06T10:03:57", "clean", """A: Brightwave Mobile, Marcus speaking.
C: I want to cancel. I found a $40 plan elsewhere and I'm paying $65 here.
A: I understand. Let me see what I can do.
C: If you can give me a $40 plan and waive the early termination fee, I'll stay. Otherwise, I'm out.
A: I can do both. The Essentials plan at $40 with the same data, and I'll waive the fee.
C: Then okay, I'll stay. Switch me to that.
A: Done, effective today.
C: Okay. Thanks.""", True, 0.0, "neutral", "conditional acceptance met -> retention accepted; fee waiver is not an upsell"),

("FR36_065", "Maria Lopez", "2026-11-07T19:31:05", "asr", """A: sakura sushi pickup this is maria
C: hi can i get a miso soup with whatever i order first just so i don't forget
A: sure one miso soup three fifty what else
C: and the dragon roll combo for two
A: oh i'm so sorry we're out of eel tonight so no dragon rolls
C: oh no that's the whole reason i called
A: we could do the rainbow roll combo instead
C: nah my husband only eats the dragon roll
A: i'm sorry about that
C: okay never mind then cancel the soup too kind of a letdown bye""", False, 0.0, "negative", "add-on ordered before main; main unavailable, alternative declined, everything cancelled; disappointed"),

("FR36_066", "James Carter", "2026-11-08T11:55:38", "clean", """A: Cedar Credit Union auto loans, James speaking.
C: Hi, I'm buying a used Outback for about $22,000 and I wanted to check your rates.
A: For 60 months, you'd be at 6.4%. Payment around $430 a month. We also offer GAP coverage for $595.
C: I don't need the GAP coverage, I'm putting a lot down.
A: Okay. Would you like to start the application over the phone?
C: I'd rather come into the branch and do it in person with my documents.
A: Sure, any branch can help you.
C: Okay, I'll stop in Saturday.""", False, 0.0, "neutral", "rate inquiry; GAP declined; plan to apply later is not a commitment; loan amount/payment not prices"),

("FR36_067", "Priya Nair", "2026-11-09T15:24:10", "clean", """A: Hi, this is Priya from Lumen Photography, following up on your wedding consultation.
C: Oh, hi! Yes, we loved your portfolio.
A: Thank you! So, the Full Day package is $2,800. Would you like to reserve October 17th?
C: Yes, we'd love to book it.
A: Wonderful, it's reserved. Many couples add a second shooter, $400, so we catch both getting ready.
C: Yes, definitely, add the second shooter.
A: Done. And an engagement shoot is $350.
C: Let me talk to my fiancé about the engagement shoot, he's camera-shy.
A: Of course, no rush.
C: Thank you, we're so excited to work with you!""", True, 400.00, "positive", "photographer booked; second shooter $400 accepted; engagement shoot deferred"),

("FR36_068", "Tom Becker", "2026-11-10T09:08:52", "asr", """A: green shield pest control tom speaking
C: hi we've been seeing ants in the kitchen what do you guys charge
A: our quarterly home plan is one twenty nine per visit covers ants spiders roaches
C: okay and that's four times a year
A: yep and we have mosquito treatment too forty nine a month in summer
C: uh maybe in the spring for the mosquitoes
A: sure should i set up the quarterly plan
C: um let me think about it can you send me the contract first
A: yep i'll email it
C: okay thanks""", False, 0.0, "neutral", "deferral on main plan and on mosquito add-on; no commitment"),

("FR36_069", "Aisha Bello", "2026-11-11T16:47:33", "clean", """A: Pixelframe billing, Aisha speaking.
C: Hi, I was charged $119 for an annual renewal. I meant to cancel before it renewed.
A: Let me look. It renewed yesterday, so it's within our refund window. I've refunded the $119.
C: Oh, that was easy. I expected a fight.
A: Not at all. Your account stays active until the end of the month.
C: That's really decent of you. I'll probably be back when I have a new project.
A: We'd love that.
C: Thanks so much, have a great day.""", False, 0.0, "positive", "refund, no purchase; pleased"),

("FR36_070", "Kenji Sato", "2026-11-12T13:36:19", "clean", """A: Hi, this is Kenji from Ridgeway Toyota. Your Corolla lease ends in December, I wanted to talk options.
C: I've had three calls about this already this week.
A: Sorry about that. We have a great offer on the new Corolla Hybrid, $299 a month.
C: I'll probably come in next week and look. Probably.
A: Should I book you a time?
C: No. Stop calling me, I'll come when I'm ready.
A: Understood, I'll note that.
C: Good.""", False, 0.0, "negative", "outbound; vague 'probably' and refused appointment; irritated"),

("FR36_071", "Laura Fischer", "2026-11-13T08:09:00", "asr", """A: skyline airways this is laura
C: hi i need to move my flight from the tenth to the twelfth same route
A: okay there's a seat on the twelfth at six forty a m there's a seventy five dollar change fee
C: seventy five bucks to change a date that's a rip off
A: i'm sorry it's the fare rules
C: fine just do it i have no choice
A: done you're on the twelfth would you like extra legroom for thirty nine
C: yeah sure at that hour i want to sleep
A: extra legroom added
C: whatever thanks i guess""", True, 39.00, "negative", "rebooking committed; change fee not an upsell; legroom $39 accepted; annoyed"),

("FR36_072", "Diego Ramos", "2026-11-14T14:18:45", "clean", """A: CareNow Telehealth, Diego speaking.
C: Hi, I'd like to sign up for the family plan, the one that's $29 a month.
A: Sure, I can set that up. Shall I enroll you, your spouse and two kids?
C: Yes, go ahead.
A: Okay, I'm entering that now.
C: Wait. I just checked our insurance card, we get telehealth free through Blue Cross. Actually, cancel that.
A: No problem, I've cancelled the enrollment, nothing was charged.
C: Sorry about that. Thanks for your time.""", False, 0.0, "neutral", "commitment retracted in the same call"),

("FR36_073", "Hannah Olsen", "2026-11-16T10:27:31", "clean", """A: Greenway Lawn Care, Hannah speaking.
C: Hi, I'd like weekly mowing. I saw $45 per visit on your site.
A: That's right for yards up to a quarter acre. We could start next Tuesday.
C: Tuesday's good, let's do it.
A: You're on the schedule. We also do a one-time fall leaf cleanup, $180.
C: You know, my back thanks you already. Yes, the fall cleanup too.
A: Added for the 20th.
C: Brilliant. I've heard great things from my neighbour about you guys.""", True, 180.00, "positive", "weekly service booked; one-time leaf cleanup $180 accepted; per-visit price is main"),

("FR36_074", "Omar Haddad", "2026-11-17T18:49:06", "asr", """A: city water billing this is omar
C: yeah my bill is three times what it normally is and nobody's living there it's a rental that's empty
A: i see usage spiked in october likely a leak after the meter
C: so i pay for a leak i didn't know about
A: i can set up a payment plan over six months
C: i don't want a payment plan i want you to check the meter
A: i can send a tech to test it
C: fine but this is ridiculous i've been a customer for twenty years
A: i've put the request in
C: yeah i'll believe it when i see it""", False, 0.0, "negative", "billing complaint; payment plan/meter test not a purchase; angry"),

("FR36_075", "Sofia Rossi", "2026-11-18T12:14:22", "clean", """A: Lark & Stone Jewelry, Sofia speaking.
C: Hi, I'd like to order the Aria pendant in rose gold, the $320 one.
A: Lovely choice. We can engrave the back, $25 for up to 10 characters.
C: Yes, please engrave it. "Always, M."
A: Engraving added. Gift wrapping is complimentary, shall I wrap it?
C: Yes, wrap it.
A: Please confirm: Aria pendant in rose gold, engraved "Always, M.", gift wrapped, shipping to 71 Harbor Lane.
C: That's correct.
A: Ordered, it'll arrive Thursday.
C: Okay, thank you.""", True, 25.00, "neutral", "read-back confirmed; engraving $25 accepted; free gift wrap not an upsell"),

("FR36_076", "Ben Walsh", "2026-11-19T15:41:57", "clean", """A: Hi, this is Ben from Nettide. I'm following up on the repair visit last Tuesday. Is everything working?
C: Yes, it's been fine since then.
A: Glad to hear it. While I have you, we can double your speed for $10 more a month.
C: Maybe next month. We're watching the budget until the holidays are over.
A: Totally understand. I'll make a note.
C: Sure.
A: Anything else I can help with?
C: No, that's all. Bye.""", False, 0.0, "neutral", "follow-up; speed upgrade deferred"),

("FR36_077", "Chloe Martin", "2026-11-20T17:03:34", "asr", """A: riverside amphitheater box office chloe speaking
C: hey um two tickets for the summer jam on saturday
A: lawn seats are forty five each so ninety for two shall i book them
C: yeah book them
A: booked we have vip parking right by the gate for twenty
C: oh yes please i hate that long walk
A: done and there's a merch bundle for thirty t shirt and poster
C: uh no thanks
A: okay you're all set
C: yay can't wait this is gonna be so much fun""", True, 20.00, "positive", "tickets booked; VIP parking 20 accepted; merch declined"),

("FR36_078", "Ravi Menon", "2026-11-21T09:52:40", "clean", """A: Guardian Auto Insurance, Ravi speaking.
C: My son just got his license. I need to add him to my policy.
A: Congratulations. Adding a 16-year-old driver raises the premium by $85 a month.
C: $85 a month? That's outrageous. You're basically robbing me.
A: It's standard for new teen drivers, I'm afraid. Shall I add him?
C: I don't have a choice, it's the law. Add him.
A: Done. We also offer accident forgiveness for $6 a month, so his first accident won't raise your rate.
C: Given how he drives, yes, add that.
A: Added.
C: Great, another bill. Thanks a lot.""", True, 6.00, "negative", "paid policy change committed; accident forgiveness $6/month accepted; sarcastic, unhappy"),

("FR36_079", "Elena Petrova", "2026-11-22T19:18:15", "clean", """A: The Copper Pot, private dining, Elena speaking.
C: Hi, I'm organizing a dinner for 10 on December 4th. Half of us are vegan.
A: Our private room is available that night. The set menu is $75 per person.
C: If you can do a fully vegan version for those five, book it.
A: Absolutely, our chef does a vegan tasting menu.
C: Then book it.
A: Booked for 10 on December 4th at 7. Would you like the wine pairing? It's $35 per person.
C: Yes, for everyone, all ten of us.
A: Wine pairing for ten, $350.
C: Fantastic, this is going to be perfect. Thank you!""", True, 350.00, "positive", "conditional met -> booked; wine pairing $35 x 10 = 350; set menu is main"),

("FR36_080", "Marcus Reed", "2026-11-24T20:10:48", "asr", """A: coastline cable this is marcus
C: yeah hi i'm calling because your company calls me like four times a day
A: i'm sorry about that let me check your account
C: oh wonderful thanks for checking just like the last five people did
A: i see you're on our marketing list i'll remove you now
C: and the texts too
A: yes both calls and texts
C: great really fantastic service
A: it may take up to ten days
C: ten days of course it will""", False, 0.0, "negative", "do-not-call request; sarcasm means negative"),
]
