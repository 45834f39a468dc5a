CALLS = [
("FR53_061", "Jamal Carter", "2026-11-02T12:09:48", "clean",
"""A: Brightwave Broadband, Jamal speaking.
C: My internet is crawling. I'm paying for 300 megs and I get 40 in the evenings.
A: I'm sorry. I've run a test — your line is fine, but your area is congested at peak times. The 1 gig tier runs on a different node and isn't affected.
C: And how much is that?
A: It's $20 more a month, $89 instead of $69.
C: So I have to pay more to get what I was promised in the first place?
A: I understand the frustration. It's the only option that fixes evenings.
C: Fine. Upgrade it. But this is a rip-off and you know it.
A: Done, the upgrade is active within the hour.
C: Yeah. We'll see.""",
True, 0.00, "negative", "complaint ending in a paid plan change 'Fine. Upgrade it'; the tier is the main purchase, not an add-on; 'this is a rip-off'"),

("FR53_062", "Emily Nguyen", "2026-11-03T16:22:37", "asr",
"""A: thank you for calling lakeview lodge reservations this is emily
C: hi i need a room for the night of the twelfth of december we've got a wedding at the lodge that day
A: okay a queen room on the twelfth is one seventy nine
C: perfect yes book it
A: okay so one queen room december twelfth one seventy nine is that right
C: yes that's right
A: um i'm sorry it's just come back that the last room got taken while we were talking the lodge is full that night
C: what you just said it was available
A: i'm so sorry our sister hotel is fifteen minutes away and has rooms
C: no it has to be the lodge we're in the wedding party this is so frustrating
A: i can put you on the cancellation list
C: fine whatever""",
False, 0.00, "negative", "booking confirmed but failed (lodge full), alternative refused; 'this is so frustrating'"),

("FR53_063", "Patrick Doyle", "2026-11-04T11:31:25", "clean",
"""A: VoltMart appliances, Patrick speaking.
C: Hi! Our old washer died and I've decided on the Aquos front-loader set, washer and dryer.
A: Great pair. Together they're $1,398 this week.
C: Yes, let's do the set.
A: Would you like the pedestal drawers? They raise the machines and add storage. $179 each.
C: Oh, my knees would thank me. Both, yes.
A: Two pedestals, $358. There's also a $25 haul-away fee for the old washer, if you want us to take it.
C: Yes, please take it away.
A: So the set at $1,398, two pedestals at $358, haul-away $25, delivered Wednesday.
C: Wonderful. You made that really painless, thanks!""",
True, 358.00, "positive", "'let's do the set'; two pedestals 2 x $179 = $358; haul-away fee excluded; 'really painless, thanks!'"),

("FR53_064", "Grace Okafor", "2026-11-05T13:47:09", "clean",
"""A: FreshFork customer care, Grace speaking.
C: I want to cancel. Today.
A: I'm sorry to hear that. Can I ask what happened?
C: Two boxes in a row arrived warm. The chicken was warm. I threw out $70 of food each time.
A: That's unacceptable, I'm sorry. I can refund both boxes and give you three boxes at 40% off.
C: I don't want more boxes. Refund me and cancel.
A: Both boxes are refunded and the account is cancelled.
C: Good. I'm done with you people.""",
False, 0.00, "negative", "cancellation not saved, discount refused; refund is not a purchase; 'I'm done with you people'"),

("FR53_065", "Maria Delgado", "2026-11-06T10:54:31", "clean",
"""A: Hi, this is Maria from Northline Mobile. Your contract is up at the end of the month, and you're eligible for a new phone.
C: Oh, good timing, my screen is cracked.
A: If you renew for two years on your current plan, the Galaxy S26 is included at no upfront cost.
C: Let's do it, renew for two years with the Galaxy.
A: Great. Would you like our case and screen protector bundle? Normally $40, but I can do $25 with the renewal.
C: At $25? Sure.
A: Perfect, the S26 and the bundle ship tomorrow.
C: Brilliant, thanks Maria, that's a great deal.""",
True, 25.00, "positive", "renewal 'Let's do it, renew for two years'; bundle revised from $40 to $25 and accepted at $25; 'that's a great deal'"),

("FR53_066", "Kevin O'Brien", "2026-11-09T14:16:52", "asr",
"""A: hillcrest auto care this is kevin
C: hi just checking if my civic's ready i dropped it off for the oil change and the brake pads
A: yes those are done um the tech also noticed the timing belt is worn it's about three hundred dollars to replace
C: ugh no just do the original work i'll get that done somewhere else
A: okay it's not urgent but i'd do it in the next few months
C: i've heard that before last time you guys found three hundred dollars of stuff too
A: so it's ready for pickup after three
C: yeah fine it's always something with you guys""",
False, 0.00, "negative", "no new purchase: extra repair refused 'just do the original work'; 'it's always something with you guys'"),

("FR53_067", "Priya Raman", "2026-11-10T09:39:14", "clean",
"""A: ClearSkin Dermatology, Priya speaking.
C: Hi, I'd like to book a consultation about some spots on my cheeks.
A: Of course. Dr. Osei has Monday at 10:30 or Wednesday at 4.
C: Monday at 10:30.
A: Booked. We also offer a digital skin analysis before the consultation, $45. It maps pigmentation and sun damage.
C: What does that include exactly?
A: A scan, a printed report, and the doctor reviews it with you.
C: Okay, yes, add it.
A: Done. Monday at 10:30, consultation plus skin analysis.
C: Okay. See you then.""",
True, 45.00, "neutral", "'Monday at 10:30' + booked; skin analysis $45 accepted after question ('Okay, yes, add it'); flat"),

("FR53_068", "Tom Becker", "2026-11-11T17:25:43", "clean",
"""A: Hi, this is Tom from the Riverhawks ticket office. Your season tickets are up for renewal.
C: I'm not renewing.
A: I'm sorry to hear that. Can I ask why?
C: The team's been awful two years running and you raised the price again. $2,100 for that?
A: I understand. I can offer a 10% loyalty discount if you renew this week.
C: Ten percent off watching them lose. No thanks.
A: Understood. Your seats will be released on the 1st.
C: Release them. I'm done.""",
False, 0.00, "negative", "renewal refused 'I'm not renewing', discount refused; sarcasm 'Ten percent off watching them lose'"),

("FR53_069", "Aisha Mensah", "2026-11-12T12:02:26", "clean",
"""A: Cedar Trust Bank digital support, Aisha speaking.
C: Your app has logged me out five times today. I can't even check my balance.
A: I'm sorry. Are you on the latest version?
C: Yes. I updated it this morning because of the last call.
A: Could you try clearing the app cache and logging in again?
C: That's what the last person said. It didn't work then either.
A: I'll raise a ticket with our app team. In the meantime, online banking works in the browser.
C: Fine. Whatever.""",
False, 0.00, "negative", "support, nothing bought; 'It didn't work then either', 'Fine. Whatever.'"),

("FR53_070", "Daniel Kowalski", "2026-11-13T10:13:58", "asr",
"""A: sparkle home cleaning this is daniel
C: hi we're moving out at the end of the month and i need a deep clean for the apartment
A: sure for a two bedroom the deep clean is two hundred and twenty dollars i have saturday the twenty eighth at nine
C: saturday works yeah
A: and would you like inside the oven and fridge it's thirty five dollars more
C: oh yes do the oven too and the fridge the landlord is picky
A: okay so deep clean saturday the twenty eighth at nine two bedroom plus oven and fridge two fifty five total
C: correct
A: you're booked
C: amazing that's a huge weight off my mind thank you""",
True, 35.00, "positive", "booking confirmed 'correct'; oven and fridge add-on $35 accepted; 'huge weight off my mind thank you'"),

("FR53_071", "Rachel Stein", "2026-11-16T15:58:40", "clean",
"""A: Evergreen Health, Rachel speaking.
C: Hi, my mother wants the supplemental Medicare plan you sent her a letter about. Plan G, I think. I'd like to sign her up.
A: I can help with information, but the application has to be completed by your mother herself, or by someone with power of attorney.
C: I don't have power of attorney. She's 81, she hates the phone.
A: I understand. She can call with you on the line and you can help her through it.
C: Okay. We'll call together tomorrow then.
A: Perfect. Plan G for her zip code would be $168 a month.
C: Okay, thanks for explaining.""",
False, 0.00, "neutral", "customer wants to buy for mother but cannot sign her up; deferred 'We'll call together tomorrow'; flat"),

("FR53_072", "Luis Ortega", "2026-11-17T11:44:12", "clean",
"""A: Oakhaus Furniture, Luis speaking.
C: Hi, I want to order the Haven three-seater sofa in the grey linen.
A: The Haven, $1,290. Would you like fabric protection for $89? It covers spills and stains for five years.
C: Yes, with two kids, definitely add that.
A: Okay, $1,379 total. Let me run your card... I'm sorry, it's been declined.
C: What? Try it again.
A: I tried twice, it's declined. Do you have another card?
C: No, that's my only card. This is humiliating. I'll have to call my bank.
A: I'm sorry. I can't hold the order without payment, but the price is good until Sunday.
C: Great. Just great.""",
False, 0.00, "negative", "order and $89 protection accepted but card declined, nothing bought; 'This is humiliating', sarcastic 'Great. Just great.'"),

("FR53_073", "Hannah Whitfield", "2026-11-18T14:27:55", "clean",
"""A: Wanderlight Tours, Hannah speaking.
C: Hi, I'm in Lisbon on the 3rd of December and want to do your Sintra day trip.
A: Great choice. It's $95 per person. How many of you?
C: Just me. Go ahead and book it.
A: Booked. Pickup is from your hotel at 8:30, or you can meet at Rossio station. A private transfer back to your hotel in the evening is $60.
C: Yes, I'll take the transfer. I don't want to figure out the train at night.
A: Done, Sintra day trip for one plus private transfer.
C: Fantastic, thank you! I'm so excited.""",
True, 60.00, "positive", "'Go ahead and book it'; private transfer $60 accepted; 'Fantastic, thank you! I'm so excited'"),

("FR53_074", "Marcus Reid", "2026-11-19T16:33:21", "asr",
"""A: northline mobile billing this is marcus
C: yeah why did my bill go from fifty five to eighty five dollars this month
A: let me look um your twelve month promo ended last cycle so it's back to the standard price
C: nobody told me that's ridiculous
A: i'm sorry about that i can get you a new promo at sixty a month if you sign a new twelve month agreement
C: i'm not signing anything else with you
A: it would save you twenty five a month
C: i said no i'll be porting my number out this weekend
A: okay i'm sorry to hear that""",
False, 0.00, "negative", "promo offer refused 'i'm not signing anything else'; 'that's ridiculous', porting out"),

("FR53_075", "Yuki Tanaka", "2026-11-20T12:51:04", "clean",
"""A: Sakura House, Yuki speaking.
C: Hi, I'm organizing a team dinner for 14 on a Tuesday in December. Do you have a private room?
A: We do. The Garden Room seats up to 18. There's a minimum spend of $2,000 for the room.
C: Two thousand? On a Tuesday?
A: I'm afraid it's the same minimum all week in December.
C: That's absurd. We'd be at about $1,100 even with drinks.
A: I could seat you in the main dining room without a minimum.
C: No, the whole point was a private room. Forget it, we'll go elsewhere.""",
False, 0.00, "negative", "inquiry, nothing booked ('Forget it, we'll go elsewhere'); 'That's absurd'"),

("FR53_076", "Sofia Lindqvist", "2026-11-23T09:17:38", "clean",
"""A: Tasklane sales, Sofia speaking.
C: Hi. We're on the Team plan, ten seats, and we need SSO and audit logs. I think that means Business?
A: It does. Business is $12 more per seat, so $120 more a month for your ten seats.
C: Okay. Let's move to Business.
A: Done. Since you're onboarding a compliance team, would you like priority support? It's $99 a month, with a four-hour response time.
C: Add priority support, yes.
A: Business for ten seats plus priority support at $99 a month, effective today.
C: Okay. Send the invoice to accounts@ our domain.
A: Will do.""",
True, 99.00, "neutral", "'Let's move to Business' = paid plan change (main purchase); priority support $99/month accepted; flat"),

("FR53_077", "Jamal Carter", "2026-11-24T15:09:29", "asr",
"""A: clearvolt energy this is jamal
C: hi um i'm behind on my bill about four hundred dollars and i got a disconnection letter
A: okay i'm sorry to hear that let me see what we can do
C: i just can't pay it all at once i lost my job in september
A: i understand i can set up a payment plan eighty dollars a month for five months on top of your regular bill and that stops the disconnection
C: really that would help so much
A: it's done you'll get a letter confirming it
C: oh my gosh thank you that really helps i was so scared about this
A: you're welcome take care""",
False, 0.00, "positive", "payment plan for an overdue bill is not a purchase; relief 'thank you that really helps'"),

("FR53_078", "Emily Nguyen", "2026-11-25T11:26:47", "clean",
"""A: Clearview Optical, Emily speaking.
C: Hi, I got my new prescription and I'm looking at frames on your site. The Arden ones, in blue or tortoise.
A: Both are in stock. With your lenses it would be $214.
C: I'll probably go with the blue, but I want to try them on first.
A: Sure. I can place the order and you can swap at pickup?
C: No, I'll come in and try them at the store on Saturday.
A: Okay, the Main Street store has both colours.
C: Great, thanks.""",
False, 0.00, "neutral", "hedged 'I'll probably go with the blue, but I want to try them on first'; order offer declined"),

("FR53_079", "Patrick Doyle", "2026-11-26T17:50:13", "clean",
"""A: Hi, this is Patrick from Lakeside Honda service. I'm calling because your Accord is due for its 60,000-mile service.
C: Oh great, you again.
A: We have openings next week. The service is $329.
C: I told whoever called last week that I sold that car in August.
A: I'm sorry, our records still show it under your name.
C: Then fix your records. This is the third call.
A: I'll update it right now.
C: Please do. Goodbye.""",
False, 0.00, "negative", "no booking; sarcastic 'Oh great, you again', 'Then fix your records. This is the third call.'"),

("FR53_080", "Grace Okafor", "2026-11-27T16:05:32", "asr",
"""A: bounce zone parties this is grace
C: hi i want to book a birthday party for my son on saturday the fifth for twelve kids
A: sure the jump party is two ninety nine for up to fifteen kids ninety minutes of jumping and the party room
C: yeah let's do that
A: would you like the pizza package it's eight dollars per kid
C: yeah do the pizza for all twelve
A: okay that's twelve kids at eight dollars ninety six dollars for the pizza so saturday the fifth at two jump party plus pizza for twelve
C: yep that's it
A: you're booked
C: awesome he's gonna be so happy thank you so much""",
True, 96.00, "positive", "'yeah let's do that' + confirms read-back; pizza 12 x $8 = $96; 'awesome... thank you so much'"),
]
