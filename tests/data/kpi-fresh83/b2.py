CALLS = [
("FR83_021", "Priya Raman", "2026-11-12T18:40:00", "asr", """A: thanks for calling dashly phone orders this is priya what can i get started for you
C: yeah hi uh can i get a large pepperoni from uh tony's on fifth
A: large pepperoni from tony's that's seventeen fifty and would you
C: and a and a small cheese for my kid
A: small cheese ten ninety nine got it and would you like to add garlic knots they're six ninety nine
C: uh huh
A: so should i add the knots
C: oh uh yeah yeah add the knots
A: okay and a two liter soda is three forty nine
C: nah we got soda
A: alright so large pepperoni small cheese and garlic knots going to eighty eight oak street apartment four
C: yep
A: that's placed about forty minutes
C: okay thanks""",
 True, 6.99, "neutral", "'uh huh' was a backchannel, the agent re-asked and got an explicit yes for knots ($6.99); soda declined; both pizzas are the main order"),

("FR83_022", "Owen Castillo", "2026-11-13T08:20:00", "asr", """A: northline tech support this is owen
C: hi owen how are you doing
A: good thanks how about you
C: oh i'm alright so our internet's been out since like this morning
A: okay let me run a test on the modem um can you tell me the lights you see
C: uh there's a green one and a a blinking orange
A: okay so there's an outage in your area it's a fiber cut they're estimating uh tomorrow by six pm
C: tomorrow i work from home
A: i'm sorry i can credit you for the day that's about three dollars and i can add a mobile hotspot to your account for fifteen a month
C: three dollars
A: yeah it's prorated
C: so i pay eighty a month for internet that doesn't work and you wanna sell me a hotspot no this is ridiculous i'm done""",
 False, 0.00, "negative", "friendly opening, angry ending weighs more; hotspot refused; outage credit is not an upsell"),

("FR83_023", "Hannah Liebl", "2026-11-13T11:05:00", "clean", """A: Sunward Travel, Hannah speaking.
C: Hi Hannah, my husband and I want to book the 5-night Caribbean cruise departing Miami on January 11th. We looked at the balcony cabins.
A: Yes, a balcony cabin for two on the January 11th sailing is $2,340 total, taxes included.
C: That's what we saw. Let's book it.
A: Wonderful. I'd recommend trip protection, it's $89 per traveler and covers cancellation for medical reasons.
C: With my husband's knee surgery coming up, yes, please add it for both of us.
A: So the cabin at $2,340 and trip protection for two at $178. Deck 8, cabin 8142. Is everything correct?
C: Yes, that's all correct.
A: Booked. Confirmation SW-448120 is on its way to your email.
C: Thank you so much, this was so easy.""",
 True, 178.00, "positive", "trip protection $89 per traveler x 2 = 178; deck and cabin numbers are not prices"),

("FR83_024", "Jamal Porter", "2026-11-13T14:47:00", "asr", """A: evercrest pet this is jamal
C: hi uh i just got a puppy and my vet said i should look into like pet insurance
A: congrats what kind of puppy
C: a lab mix she's uh ten weeks
A: aw okay so for a ten week old lab mix our accident and illness plan is thirty eight a month with a two fifty deductible
C: mhm and does that cover like the shots and stuff
A: the wellness add on covers vaccines that's another twelve a month
C: okay um i'm definitely interested but can you just like send me all that
A: sure is your email still tara b seventy seven at webmail dot com
C: yes that's my email
A: okay sent it's got a link to enroll whenever you're ready
C: great thank you""",
 False, 0.00, "neutral", "interest without commitment; 'yes that's my email' is not a purchase"),

("FR83_025", "Sun-hee Park", "2026-11-16T09:30:00", "asr", """A: brightline pest control sun hee speaking
C: hi yes we've got um ants like everywhere in the kitchen
A: oh no okay we can do a quarterly plan it's one twenty nine per visit and the first visit
C: sorry is that per visit or
A: per visit yeah every three months and we come back free in between if they come back
C: okay that's fine yeah set that up
A: great and do you have a garage or shed we can treat those too for twenty five more per visit
C: we do have a shed and honestly there's like a wasp thing going on back there so yeah add the shed
A: okay the shed is in there and we've got wednesday the eighteenth from one to four
C: wednesday's good
A: perfect your address is nineteen ten canyon road
C: that's it yep
A: okay you're all set
C: alright thanks""",
 True, 25.00, "neutral", "quarterly plan is the main purchase; shed treatment $25 per visit accepted, recurring price counted once"),

("FR83_026", "Rafael Ortiz", "2026-11-16T12:12:00", "clean", """A: Dashly, this is Rafael.
C: I want to cancel Dashly Plus. Today.
A: Sorry to hear that. Can I ask what happened?
C: Three orders in a row missing items. Last night it was the entire main course. Really enjoying paying $9.99 a month for half a dinner.
A: I'm sorry. I can refund last night's missing item and give you three months of Plus free if you'd like to stay.
C: Refund the item, yes. Stay, no.
A: Understood. I've refunded the $16.50 and cancelled Plus. It stays active until the 30th.
C: Fine.""",
 False, 0.00, "negative", "save offer declined, cancellation done; 'yes' to the refund is not a purchase; sarcasm"),

("FR83_027", "Bridget Kearney", "2026-11-16T15:00:00", "asr", """A: hartwell home bridget speaking
C: hi um so you have the uh the larsen bookcase the tall white one
A: the larsen yeah that's one eighty nine each
C: okay i want two of them is there like a deal if i get two
A: let me see uh i can do the pair for three forty
C: three forty hmm the place across town has something similar for three twenty
A: i can't go lower than three forty but delivery's free on that
C: uh okay fine three forty with free delivery i'll take the two
A: great do you want assembly that's seventy nine
C: no my husband can do it he likes that stuff
A: okay two larsen bookcases three forty delivery on monday the twenty third
C: monday's okay yeah""",
 True, 0.00, "neutral", "haggled pair price is the main product, not an upsell; assembly declined"),

("FR83_028", "Emeka Obi", "2026-11-17T10:25:00", "clean", """A: Northline Wireless, Emeka speaking.
C: Hi, my daughter's turning thirteen and we want to add a line for her.
A: Happy early birthday to her. A new line on your Family Unlimited is $25 a month. Does she need a phone, or is she bringing one?
C: She's getting my old iPhone 13. Just the line.
A: Got it. Want to add device protection? It's $9 a month per phone.
C: Honestly, for her, yes. And put it on mine too, I just cracked my screen last week.
A: So protection on both phones, $18 a month, plus the new line at $25. Should I go ahead?
C: Yes, do it.
A: Done. Her SIM ships tomorrow and the new number is 614-555-0187.
C: Great, that was painless. Thanks!""",
 True, 18.00, "positive", "new line is the main purchase; protection $9 x 2 phones = 18; age, model and phone number are not prices"),

("FR83_029", "Lena Fischer", "2026-11-13T16:10:00", "asr", """A: sunward travel this is lena
C: hey uh i need a rental car in phoenix for like next weekend
A: sure what days
C: uh friday the twentieth through sunday the twenty second pick up at the airport
A: okay the cheapest is a compact at forty two a day or a midsize at fifty one
C: the midsize um and like how much is an suv just curious
A: suv is eighty eight a day
C: oh no midsize is fine
A: do you want gps for nine a day
C: nah i have my phone
A: okay so midsize phoenix airport friday the twentieth noon to sunday the twenty second noon fifty one a day
C: you got it
A: booked confirmation's going to your email
C: cool thanks""",
 True, 0.00, "neutral", "read-back confirmed with 'you got it'; SUV price only asked about; GPS declined"),

("FR83_030", "Curtis Bell", "2026-11-17T13:50:00", "clean", """A: Evercrest Insurance, Curtis speaking.
C: Hi, I just need to update my mailing address. Policy 30-88412.
A: Sure. What's the new address?
C: 2207 Fairview Road, Apartment 5C, Raleigh, 27608.
A: Updated. While I have you, you qualify for an umbrella policy, a million in extra liability for $265 a year.
C: Hmm. If it were under $200 I'd probably do it, but not at $265.
A: That's the lowest rate for your profile, unfortunately.
C: Then I'll pass for now. Is the address change effective right away?
A: Yes, immediately.
C: Okay, thanks.""",
 False, 0.00, "neutral", "conditional ('if it were under $200') is not a commitment; address change is not a purchase"),

("FR83_031", "Noor Haddad", "2026-11-17T16:35:00", "asr", """A: brightline electric this is noor
C: hi um i got a couple outlets in the kitchen that just stopped working
A: okay did you check the breaker and the gfci reset
C: yeah i pushed the little button and like nothing
A: okay we should send an electrician the service call is ninety five i can
C: ninety five okay
A: i can do tomorrow at eight
C: tomorrow at eight yeah book that
A: let me just uh oh shoot sorry that slot just got taken while we were talking
C: oh
A: i have tomorrow at two though
C: two's fine i'll work from home two works
A: okay tomorrow at two at uh sixty one pine street
C: yes perfect thank you for squeezing me in""",
 True, 0.00, "positive", "first slot failed but an alternative slot was booked, so still a conversion"),

("FR83_032", "Gabe Lindqvist", "2026-11-17T21:05:00", "asr", """A: dashly support this is gabe
C: hi yeah so i used the promo code for twenty percent off and it like didn't apply
A: okay can i get the order number
C: uh it's the one from tonight the sushi one
A: i see it the code expired yesterday at midnight
C: oh it expired yesterday cool the email came this morning
A: hmm yeah that looks like it went out late i'm sorry
C: so can you apply it or no
A: i can't apply that code but i can give you a five dollar credit
C: five dollars on a sixty dollar order that was supposed to be twelve off wow thanks so much
A: i'm sorry that's the max i can do
C: yeah okay whatever just put the five on there""",
 False, 0.00, "negative", "accepting a credit is not a purchase; 'wow thanks so much' is sarcasm"),

("FR83_033", "Marisol Vega", "2026-11-13T10:15:00", "clean", """A: Brightline Home Services, Marisol speaking.
C: Hi, I'd like to schedule a gutter cleaning. Two-story house, about 120 feet of gutter.
A: For two stories, cleaning is $220. I have next Tuesday or Thursday morning.
C: Thursday. Book it.
A: Done, Thursday the 19th, 9 a.m. Have you thought about gutter guards? They're normally $8 a foot installed.
C: My neighbor has them. What would 120 feet run me?
A: At $8 that's $960, but since we're there anyway, I can do $7 a foot, so $840.
C: Okay, yes, add the guards at $7 a foot. Then I never have to call you again, no offense.
A: None taken! So cleaning $220 and guards for 120 feet at $7, $840. Thursday at 9.
C: Perfect. Thanks, Marisol.""",
 True, 840.00, "positive", "per-foot add-on, revised $8 -> $7 before acceptance: 120 ft x $7 = 840"),

("FR83_034", "Dev Chandra", "2026-11-18T11:40:00", "asr", """A: northline this is dev
C: hey um so i heard you guys have fiber now on my street
A: let me check what's the address
C: it's three oh seven kessler avenue
A: three oh seven kessler okay yes you're eligible we have five hundred meg for fifty five or gig for seventy five
C: okay and uh is there a contract
A: no contract and the install is free this month
C: oh nice okay um can i just do the sign up online like on the app
A: yeah you can do it on the app or the website
C: okay cool i'll probably do it tonight after my wife gets home she handles the bills
A: sounds good anything else
C: nope that's it thanks""",
 False, 0.00, "neutral", "question about signing up online plus deferral; nothing committed on the call"),

("FR83_035", "Keisha Moore", "2026-11-18T14:20:00", "clean", """A: Evercrest Insurance, Keisha speaking.
C: Hi, I got my home policy renewal notice. It says $1,384 for the year, and I want to make sure it doesn't lapse.
A: I see it. Renewal date is December 2nd. Would you like to renew at $1,384?
C: Yes, I'll renew. Can I pay it in two installments?
A: Yes, two payments of $692. I'll set the first for December 2nd. Also, your policy doesn't include sewer and water backup. Adding it is $60 a year.
C: Let me think about that one and call back. Just the renewal today.
A: Sure. Renewal is set, two payments of $692.
C: Great, thanks for your help.""",
 True, 0.00, "neutral", "renewal is a conversion; water backup add-on deferred so 0; installments are not an upsell"),

("FR83_036", "Tomasz Nowak", "2026-11-18T16:55:00", "asr", """A: hartwell home tomasz speaking
C: hi yeah i'm calling to order the um the power recliner the brody
A: the brody sure in what color
C: the cognac leather
A: okay cognac brody is eight ninety nine
C: yeah let's do it
A: and would you like the fabric and leather protection that's forty nine
C: uh yeah sure
A: okay and then
C: wait actually what does it what does it actually do
A: it's a treatment plus five years of stain coverage
C: oh nah take that off leather's easy to wipe i'll skip it
A: no problem so just the brody cognac eight ninety nine
C: yep that's it""",
 True, 0.00, "neutral", "protection plan accepted then retracted, so upsell 0; recliner itself kept"),

("FR83_037", "Priya Raman", "2026-11-19T10:10:00", "clean", """A: Dashly Merchant Team, this is Priya.
C: Hi, I own a small Thai place, Baan Noi, on 14th Street. A friend said I should get on Dashly.
A: We'd love to have you. Our standard plan is 15% commission per order, no monthly fee. Premium is 25% and gets you featured placement.
C: 25 is too much for my margins. The standard sounds fine.
A: Okay. Shall I set up your store on the standard plan? We'd send a photographer next week.
C: Yes, please, let's get it going. The photographer part is free?
A: Yes, free. Your account is created, and I'll email the onboarding link.
C: Wonderful, thank you! I'm really excited about this.""",
 True, 0.00, "positive", "merchant sign-up counts as a conversion; commission percentages are not prices; free photographer is not an upsell"),

("FR83_038", "Owen Castillo", "2026-11-19T17:30:00", "asr", """A: sunward travel owen speaking
C: yeah my flight to boston got cancelled and the airline app just says contact your travel agent so here i am
A: i'm sorry about that let me pull it up okay flight sixteen twelve tomorrow morning
C: uh huh
A: the next one i can get you on is thursday at six ten am
C: thursday my sister's wedding is wednesday
A: i know i'm sorry i checked the other airlines too everything's full because of the storm
C: so what i just don't go
A: i can process a full refund of the four eighteen
C: yeah just do the refund i'll i'll drive i guess it's like eleven hours
A: the refund's submitted you'll see it in about a week
C: great a week perfect thanks for nothing""",
 False, 0.00, "negative", "refund instead of rebooking, no purchase; sarcastic close"),

("FR83_039", "Hannah Liebl", "2026-11-20T09:45:00", "asr", """A: evercrest this is hannah
C: hi uh yeah my son just got his license so i guess i gotta add him
A: congratulations and uh my condolences to your premium
C: ha yeah i know how bad is it
A: so adding him to the camry bumps you by one forty two a month
C: one forty two oh my god okay
A: if he does the good student thing with a b average that drops like
C: he does he's got like a three point five
A: okay so with good student it's one eighteen a month
C: okay yeah add him
A: and i'd really recommend accident forgiveness with a new driver that's eleven a month
C: mhm yeah yeah do that he's already backed into the mailbox twice
A: ha okay so him at one eighteen and forgiveness at eleven effective today
C: okay thanks hannah""",
 True, 11.00, "neutral", "adding the driver (revised 142 -> 118) is the main paid change; accident forgiveness $11/mo accepted; GPA not a price"),

("FR83_040", "Jamal Porter", "2026-11-20T13:30:00", "clean", """A: Brightline Home Services, this is Jamal.
C: Your crew was supposed to be here at 8 this morning to start the roof. It's 1:30. Nobody called.
A: I'm very sorry. Let me look. I see the crew was reassigned to an emergency job. You should have been called.
C: Should have been. I took the day off work for this.
A: I can get them there tomorrow at 7 a.m. first thing, and take $250 off the $9,800 job.
C: No. I signed the contract with you two weeks ago and you couldn't even pick up the phone. Cancel the job and refund my deposit.
A: Understood. I've cancelled the contract and started the refund of your $1,000 deposit.
C: Thank you. I'll be leaving a review.""",
 False, 0.00, "negative", "existing job cancelled on the call; discount offer refused; 'Thank you' is cold politeness"),
]
