# Batch 4: FR13_061 - FR13_080 (hand written)
CALLS = [
("FR13_061", "Rafael Costa", "2026-11-25T09:08:19", "asr",
"""A: hi mister lindgren this is rafael from warmhaus heating your annual boiler care plan is up for renewal this month
C: oh right yeah
A: it's one sixty nine for the year same as last year covers the tune up and priority repairs
C: yeah go ahead and renew that
A: great and i noticed on the last visit the tech flagged you don't have a carbon monoxide detector near the boiler we can install one for forty five
C: uh he did mention that yeah okay put one in
A: okay so renewed plus the detector and we can do the visit on the third at eight am
C: the third is fine
A: you're all set
C: okay thank you""",
True, 45.0, "neutral", "renews plan 169 (main); CO detector 45 accepted; 'the third at eight' not prices"),

("FR13_062", "Ingrid Haugen", "2026-11-25T14:51:36", "clean",
"""A: Lakeshore State Campground reservations, Ingrid speaking.
C: Hi, we'd like a tent site for the weekend of the 12th, two nights, two adults and three kids.
A: I'm sorry, all the tent sites are taken that weekend. I do have one cabin left at $95 a night.
C: Oh. The kids were really looking forward to the tent.
A: I understand. The cabin is right by the lake, at least.
C: Well... I suppose the cabin will do. Book it.
A: Booked, two nights. Would you like firewood delivered to the cabin? It's $8 a bundle.
C: Two bundles, I guess.
A: Two bundles. Check-in is at 3 pm.
C: Okay. Not quite what we planned, but fine.""",
True, 16.0, "negative", "tent sold out, cabin booked instead (main); firewood 8 x 2 = 16; quiet disappointment"),

("FR13_063", "Dev Malhotra", "2026-11-26T10:44:57", "asr",
"""A: thank you for calling safelane insurance this is dev
C: hi i want to cancel my auto policy
A: i'm sorry to hear that may i ask why
C: my premium went up four hundred dollars at renewal and i haven't had a single claim
A: let me look okay it's a rate increase across your zip code unfortunately
C: i've been with you eleven years eleven years and this is what i get
A: i understand i can check for discounts if you add a telematics device
C: no i already got a quote from somebody else that's three hundred less just cancel it
A: okay i'll cancel effective the first any unused premium will be refunded
C: fine""",
False, 0.0, "negative", "cancels, declines discount route; refund not a purchase; bitter"),

("FR13_064", "Chloe Martin", "2026-11-26T16:20:44", "asr",
"""A: clearview optical this is chloe
C: hi i was in yesterday and tried on the tortoise shell frames the marlowe ones i want to go ahead and order them with my new prescription
A: oh great those looked so good on you frames and single vision lenses come to one eighty nine after your insurance
C: okay yeah
A: would you like the anti glare coating it's fifty nine and we also have blue light filter ring for thirty
C: um the anti glare yes i drive at night a lot the blue light no i don't need it
A: okay marlowe frames single vision with anti glare should be ready in about ten days
C: perfect thank you you were so patient with me yesterday i tried on like forty pairs""",
True, 59.0, "positive", "orders glasses 189 (main); anti-glare 59 accepted, blue light 30 declined"),

("FR13_065", "Priya Raman", "2026-11-27T11:27:02", "clean",
"""A: Hi Mark, this is Priya from Metricly. Your annual contract renews on December 1st, and I wanted to make sure everything's in place.
C: Ah, yes. I was going to email you. We won't be renewing.
A: Oh, I'm sorry to hear that. Can I ask why?
C: We're moving to Dashwise. Their reporting is just better for what we need, and honestly, your support was slow all year. We waited a week on tickets more than once.
A: I'm sorry about that. I could offer 20% off the renewal and a dedicated support contact.
C: Thanks, but the decision's been made.
A: Understood. I'll make sure the account closes cleanly.
C: Okay. Thanks.""",
False, 0.0, "negative", "declines renewal and discount; complains about support, prefers competitor"),

("FR13_066", "Tomasz Wojcik", "2026-11-27T17:45:30", "asr",
"""A: sparkle tunnel car wash tom speaking
C: hey i've been coming in like every week so i figured i should just get the membership
A: yeah you'd save a lot the unlimited basic is twenty nine ninety nine a month
C: okay yeah let's do that
A: awesome and for ten more a month you can go ceramic shine that's the top wash with the wax
C: yeah sure why not
A: okay unlimited ceramic we'll put the sticker on your windshield next time you come through
C: sweet you guys are great the guys at the exit always wave it's a nice vibe""",
True, 10.0, "positive", "signs up unlimited basic (main); ceramic upgrade 'ten more a month' = 10"),

("FR13_067", "Aisha Okafor", "2026-11-28T12:14:08", "asr",
"""A: summit outfitters phone orders this is aisha
C: hi i placed an order like an hour ago and i want to change it
A: sure what's the order number
C: s o seven seven four one two
A: okay i see the two person tent the sleeping pad and the headlamp
C: yeah um actually you know what just cancel the whole thing i found the tent for way cheaper somewhere else
A: oh okay so cancel everything including the pad and headlamp
C: yeah everything i'll get it all in one place
A: okay it's cancelled you won't be charged
C: okay thanks""",
False, 0.0, "neutral", "cancels whole order; nothing bought; calm"),

("FR13_068", "Diego Fernandez", "2026-11-28T08:39:51", "clean",
"""A: Riverside Physio, this is Diego.
C: Hi, my doctor referred me for physiotherapy for my shoulder. I'd like the first available appointment.
A: Let me check. The first new-patient appointment I have is December 19th.
C: That's three weeks away. I can barely lift my arm.
A: I'm sorry, we're very full. I can add you to the cancellation list.
C: No, I'll find somewhere else. Three weeks is not okay.
A: I understand.
C: Right. Bye.""",
False, 0.0, "negative", "no booking; declines waitlist; frustrated"),

("FR13_069", "Hannah Lindqvist", "2026-11-30T15:33:25", "asr",
"""A: harmony music school this is hannah
C: hi my daughter's seven and she's been begging for piano lessons do you do trial lessons
A: we do a thirty minute trial lesson is thirty five
C: oh that's perfect
A: i have wednesday at four thirty or saturday at eleven with miss park
C: saturday at eleven
A: okay and your daughter's name
C: lily
A: lily saturday at eleven with miss park
C: yes thank you she's going to be over the moon
A: see you saturday""",
True, 0.0, "positive", "books trial lesson via picking a slot; age and time not prices"),

("FR13_070", "Kenji Watanabe", "2026-11-30T19:06:13", "asr",
"""A: thanks for calling bigscreen depot this is kenji
C: yeah hi i want to order the sixty five inch vireo the q seven fifty
A: sure that's eight ninety nine right now delivered
C: okay yeah let's do it
A: great would you like us to wall mount it installation with the mount is one fifty
C: hm i'd take it if it were like a hundred
A: i can do it for one twenty
C: one twenty okay deal
A: so the sixty five inch q seven fifty delivered and wall mounted with the install on the fourth
C: yep
A: all set
C: alright""",
True, 120.0, "neutral", "TV main; mount revised 150 -> 120 and accepted at 120; model number not a price"),

("FR13_071", "Marisol Vega", "2026-11-16T15:58:47", "clean",
"""A: Thread & Loom customer care, this is Marisol.
C: Hi. I'd like to return a coat. It came in the wrong shade, nothing like the photo.
A: I'm sorry about that. I can start the return now. Return shipping is $7.95, taken from the refund.
C: I'm paying to send back something you got wrong? That's a bit cheeky.
A: I understand. The policy applies to colour returns, I'm afraid.
C: Right. Well, just process it.
A: Done. Your refund of $121.05 will be back on your card in 5 to 7 days.
C: Okay. I don't think I'll be ordering again.""",
False, 0.0, "negative", "return and refund only; fee is not a purchase; negative about policy"),

("FR13_072", "Olumide Adeyemi", "2026-11-17T13:22:05", "asr",
"""A: hi this is olumide with safeguard alarm monitoring i'm calling to update your account details is this still the best number for you
C: yes it is
A: great and the emergency contact is still donna
C: yes
A: perfect and while i have you we've got video verification now it's seven more a month so if the alarm goes off we can see what's happening
C: um no we're fine with what we have
A: no problem thanks for confirming everything
C: sure bye""",
False, 0.0, "neutral", "yeses confirm account details only; video upgrade declined"),

("FR13_073", "Sofia Rossi", "2026-11-18T09:48:59", "asr",
"""A: hello roastery club this is sofia
C: hi there's a charge on my card for seventy two dollars from you and i didn't order anything
A: let me look it's the annual renewal of the coffee club it renewed automatically on the fifteenth
C: i signed up for a one month trial a year ago i had no idea it would renew for a whole year
A: i'm sorry about that i can cancel it and refund the full seventy two
C: yes please do that
A: done you'll see it in three to five business days
C: okay and please take my card off file i'm not doing that again""",
False, 0.0, "negative", "'yes please' is for a refund, not a purchase; annoyed at auto-renewal"),

("FR13_074", "Liam O'Brien", "2026-11-19T18:30:42", "asr",
"""A: comfort zone heating and hair this is liam
C: hi i want to get my furnace checked before it gets really cold
A: sure our tune up is eighty nine i have monday the first at nine or tuesday the second at one
C: tuesday works better
A: okay tuesday at one and do you want the tech to bring filters we have a pack of three for fourteen each so you're set for the winter
C: oh yeah bring the three
A: great tuesday the second at one tune up plus three filters
C: awesome you guys were super quick last time so i'm glad i called
A: see you tuesday""",
True, 42.0, "positive", "books tune-up (main); three filters at 14 each = 42"),

("FR13_075", "Fatima Zahra Benali", "2026-11-20T14:17:28", "asr",
"""A: orbit wireless this is fatima
C: hi i want to add a line for my daughter she's getting her first phone
A: exciting so adding a line is twenty five a month and the starter phones begin at free with a two year plan
C: okay yeah add the line
A: okay and would you like device protection on her phone it's nine a month
C: no
A: okay so which phone would she like
C: oh uh i actually don't know let me ask her first she's really picky hold off on the whole thing i'll call back when she decides
A: sure i won't add anything for now
C: okay thanks""",
False, 0.0, "neutral", "agrees to add line then retracts ('hold off on the whole thing'); protection declined"),

("FR13_076", "Nguyen Thi Lan", "2026-11-21T11:10:36", "asr",
"""A: lotus nail spa this is lan
C: hi can i get a gel manicure today like around five
A: sorry we're fully booked today
C: what about anyone at all any time
A: no i'm so sorry it's the saturday before thanksgiving everybody is here we have monday
C: ugh seriously i have a wedding tomorrow
A: i'm sorry
C: yeah okay forget it""",
False, 0.0, "negative", "fully booked, nothing booked; frustrated"),

("FR13_077", "Rafael Costa", "2026-11-23T12:42:17", "clean",
"""A: Harbor & Pine Furniture customer care, Rafael speaking.
C: Hi. My sideboard arrived yesterday with a big crack in the top. I've taken two days off work for deliveries already.
A: I'm really sorry. I'll send a replacement at no cost, and I'll add a $100 credit to your account for the trouble.
C: When would the replacement come?
A: The earliest delivery slot is the 30th, between 8 and 12.
C: Another morning off work. Fine, put me down for the 30th.
A: Done. And the crew will take the damaged one away.
C: Okay. I'm honestly not thrilled with any of this.""",
False, 0.0, "negative", "free replacement delivery and credit are not a purchase; unhappy"),

("FR13_078", "Ingrid Haugen", "2026-11-24T10:05:54", "asr",
"""A: good morning blue inlet boat tours this is ingrid
C: hi we want to do the whale watching tour on friday there's five of us two adults three kids
A: lovely the friday ten am tour has room adults are forty two and kids are twenty
C: great let's book that
A: okay and we do packed lunch boxes for the boat they're twelve each
C: yes lunches for all five of us
A: okay two adults three kids friday ten am and five lunch boxes total is two hundred four
C: yep that's right
A: you're booked bring a jacket it gets windy
C: will do we're so excited the kids haven't stopped talking about whales""",
True, 60.0, "positive", "tour booked (main); five lunch boxes at 12 each = 60; read-back total 202 confirmed"),

("FR13_079", "Dev Malhotra", "2026-11-25T18:52:20", "asr",
"""A: good evening this is dev from primeline home services we're offering a free duct cleaning inspection in your area
C: it's seven o'clock we're eating dinner
A: i'm sorry it'll only take a minute the inspection is free and the cleaning is just one ninety nine
C: no i don't want it how did you even get this number
A: you're on our list from a previous
C: take me off it and stop calling me during dinner
A: okay i'll remove you
C: yeah""",
False, 0.0, "negative", "refusal; angry at unsolicited call"),

("FR13_080", "Chloe Martin", "2026-11-26T13:09:47", "clean",
"""A: Powder Peak Rentals, this is Chloe.
C: Hi! I'd like to reserve skis and boots for Friday through Sunday, the 11th to the 13th.
A: Sure. The standard ski package is $38 a day. What size boot?
C: Women's 8. And yes, book the package for all three days.
A: Done. Would you like a helmet? It's $10 a day.
C: Yes, please, I left mine at my sister's.
A: Okay, standard package and helmet, Friday to Sunday. Pick up at the base lodge from 7:30.
C: Perfect. Last time the staff there fitted my boots so well, no blisters at all!
A: Glad to hear it! See you Friday.
C: See you!""",
True, 30.0, "positive", "ski package booked (main); helmet 10/day x 3 days (days said earlier) = 30"),
]
