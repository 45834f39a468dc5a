CALLS = [
("FR18_061", "Nina Petrova", "2026-11-22T09:18:04", "clean", """A: Harbor Mutual claims, this is Nina.
C: Hi. A tree came down on our garage in the storm last night. I don't even know where to start.
A: I'm so sorry. Is everyone safe?
C: Yes, thankfully. Just the garage and my car.
A: Okay. I'm opening a claim now. Your policy covers the garage, and the car goes under your auto policy.
C: Do I need to get the tree removed first?
A: Yes, you can arrange removal; keep the receipt and we'll reimburse up to $1,000. An adjuster will call you within 24 hours.
C: Okay. Claim number?
A: HM-77120.
C: Thank you. You've made a terrible week a little easier.""", False, 0.0, "positive", "claim filed, no purchase; grateful"),

("FR18_062", "Ben Okafor", "2026-11-22T12:44:31", "asr", """A: vertex mobile this is ben
C: hey i keep running out of data i wanna switch to the unlimited plan
A: sure unlimited is sixty five a month you're on forty five now
C: yeah switch me
A: done it starts today and since your phone's not covered do you want device protection it's eight a month
C: eight a month what does it cover
A: cracked screens water damage and loss with a small deductible
C: okay yeah add that i drop this thing constantly
A: added
C: cool""", True, 8.0, "neutral", "plan change main; device protection $8/mo accepted"),

("FR18_063", "Chloe Martin", "2026-11-22T15:29:47", "clean", """A: Brightsmile Dental, this is Chloe.
C: Hi, I need to cancel my appointment on Thursday at 11. Something came up at work.
A: No problem. Would you like to reschedule now? I have next Tuesday at 9.
C: I don't know my schedule yet. I'll call back to rebook.
A: Okay, your Thursday appointment is cancelled.
C: Thanks.
A: Anything else?
C: No, that's all.""", False, 0.0, "neutral", "cancellation, no rebooking"),

("FR18_064", "Ravi Shah", "2026-11-23T08:35:12", "asr", """A: topline roofing this is ravi
C: hi you guys came out last week for my roof leak i got the quote and i wanted to go ahead
A: great so that's the flashing repair and twelve shingles two thousand four hundred
C: yeah that's fine go ahead and schedule it for next week
A: we can do wednesday
C: wednesday's great
A: booked and while the crew's up there we can clean the gutters for one fifty
C: yes do the gutters while you're up there they're a mess
A: added
C: perfect you guys have been really professional about this""", True, 150.0, "positive", "roof job scheduled; gutters 150 accepted"),

("FR18_065", "Maria Lopez", "2026-11-23T11:52:39", "clean", """A: Crestline Bank cards, Maria speaking.
C: Hi, I'm going to Japan next month and I noticed my card charges a 3% foreign transaction fee.
A: That's right. Our Voyager card has no foreign transaction fees. It has a $95 annual fee.
C: I'd switch if you waived the first year.
A: I'm sorry, I'm not able to waive it.
C: Then I'll stick with what I have.
A: Understood. I've added a travel notice for Japan to your current card.
C: Okay. Honestly, my friend's Chase card waived the first year without her even asking. A bit disappointing.""", False, 0.0, "negative", "conditional unmet; travel notice free; praises competitor, disappointed"),

("FR18_066", "James Carter", "2026-11-23T14:21:05", "asr", """A: northgate electric this is james
C: hi i saw something about a green energy plan on my bill
A: yes the green plan sources a hundred percent renewable it's about four dollars more a month for most homes
C: only four dollars
A: yes based on your usage about four twenty extra
C: oh that's nothing yeah go ahead and switch me to the green plan
A: done it starts next billing cycle
C: awesome i've been wanting to do this for ages thank you""", True, 0.0, "positive", "paid plan change is the main purchase; no add-on"),

("FR18_067", "Priya Nair", "2026-11-24T09:46:51", "clean", """A: Swift Car Rental, Priya speaking.
C: Hi, I need a car in Phoenix from the 2nd to the 7th.
A: A compact is $38 a day. That's five days, December 2nd to 7th, $190 total. Does that look right?
C: That's right.
A: Booked. Do you want GPS for $9.99 a day?
C: No, I'll use my phone.
A: Any child seats? They're $12 a day.
C: Yes, we need one... actually, two, for the twins.
A: Two seats at $12 a day for five days comes to $120.
C: Yes, that's fine.
A: All set. Confirmation SW-4410.
C: Okay, thanks.""", True, 120.0, "neutral", "read-back confirmed; 2 seats x $12 x 5 days = 120 (agent totalled); GPS declined"),

("FR18_068", "Tom Becker", "2026-11-24T13:07:28", "asr", """A: snackbox subscriptions this is tom
C: hi i want to cancel i've tried to do it online three times and it keeps sending me in circles
A: sorry about that i can do it for you how about a free month before you go
C: no i really just want out
A: understood i've cancelled it no more charges after today
C: okay and the charge from yesterday
A: that box already shipped so i can't refund it
C: of course you can't honestly this whole thing has been a pain""", False, 0.0, "negative", "cancel; free month declined; frustrated"),

("FR18_069", "Aisha Khan", "2026-11-24T16:40:14", "clean", """A: MoveWell Physiotherapy, this is Aisha.
C: Hi, my doctor referred me for knee pain. I'd like to get started.
A: Sure. The initial assessment is $90. I have Monday at 8:15.
C: Yes, please book it.
A: Done. Many patients buy our 5-session package for $400 afterwards, which saves $50.
C: Let's see how the first one goes.
A: Of course. Bring comfortable clothes.
C: Will do. Thanks so much, you've been really helpful.""", True, 0.0, "positive", "assessment booked; package deferred"),

("FR18_070", "Daniel Kim", "2026-11-25T10:12:58", "asr", """A: skyway airlines customer relations this is daniel
C: hi i paid for business class to london and got moved to economy because of an equipment swap
A: i'm so sorry let me look at the booking
C: it's under patel confirmation z x nine one one
A: okay i see it i'm issuing a refund of the fare difference eleven hundred and a two hundred dollar travel credit
C: oh wow okay i was expecting a fight honestly
A: no fight you'll see the refund in about a week
C: that's fair thank you i really appreciate it""", False, 0.0, "positive", "refund + credit, no purchase; pleased"),

("FR18_071", "Sofia Rossi", "2026-11-25T12:55:36", "clean", """A: Basil & Vine catering, this is Sofia.
C: Hi, I need lunch for our office on Thursday, 20 people.
A: Our Mediterranean buffet is $18 per person, so $360 for 20.
C: Let's do it. Delivery at 11:45?
A: Perfect. Would you like to add a dessert platter for $45?
C: Sure, add it. People will riot if there's no dessert.
A: Done. Buffet for 20 and dessert platter, Thursday at 11:45, 400 Market Street, 5th floor.
C: Great. You were recommended by our old office manager, she says you're the best.""", True, 45.0, "positive", "buffet main; dessert 45 accepted; positive"),

("FR18_072", "Marcus Webb", "2026-11-25T15:18:43", "asr", """A: sure path insurance this is marcus
C: hi my daughter just got her license and i need to add her to our car insurance
A: congratulations okay she's sixteen
C: yeah sixteen
A: adding her increases the premium by sixty two a month
C: sixty two ugh that's painful
A: if she takes our safe driver course it drops by fifteen after six months
C: fine add her
A: done she's covered as of today and do you want roadside assistance on her car it's four dollars a month
C: yeah okay add roadside she'll need it
A: added
C: great another bill this is not my favorite day""", True, 4.0, "negative", "paid policy change main; roadside $4/mo accepted; grudging, negative"),

("FR18_073", "Hannah Lee", "2026-11-26T09:29:17", "clean", """A: TechDepot phone orders, this is Hannah.
C: Hi, I want to order the ZenBook 14, the one with 16 GB of RAM.
A: That's $1,149 and it's in stock.
C: Great, I'll take it.
A: Ordered. Would you like our 3-year protection plan? It's $199.
C: Hmm. What about the two-year?
A: The 2-year plan is $149.
C: Okay, two-year then.
A: Added. It ships tomorrow.
C: Okay, thank you.""", True, 149.0, "neutral", "laptop main; 3-yr declined, 2-yr $149 chosen"),

("FR18_074", "Omar Haddad", "2026-11-26T13:44:02", "asr", """A: studio nine salon this is omar
C: hi do you have anything saturday for a cut and color
A: oh i'm sorry saturday is totally booked
C: oh shoot
A: i do have friday at six thirty with jenna
C: um friday at six thirty okay yeah i'll take that
A: great and would you like to add a deep conditioning treatment it's twenty
C: sure why not
A: you're all set for friday
C: yay thank you jenna did my sister's hair and it looked amazing""", True, 20.0, "positive", "Saturday full, Friday alternative booked; conditioning $20 accepted"),

("FR18_075", "Grace Turner", "2026-11-26T17:05:29", "clean", """A: ClearWave Internet, Grace speaking.
C: Hi, I'm moving to 55 Ridge Road in Fairview and want to transfer my service.
A: Let me check. I'm sorry, we don't have coverage at that address.
C: None at all?
A: No, not yet.
C: Well, that's disappointing. Then I'll need to cancel when I move on the 30th.
A: I've scheduled the cancellation for the 30th. Please return the modem by mail.
C: I guess that's it then.""", False, 0.0, "negative", "no coverage; cancellation; quietly disappointed"),

("FR18_076", "Luis Ortega", "2026-11-27T10:37:50", "asr", """A: tix direct this is luis
C: hi i have tickets for the hockey game saturday and i just wanted to know what time the doors open
A: doors open at six game starts at seven
C: okay great
A: i also see you don't have parking the lot next to the arena is twenty two for the night
C: oh yeah actually that'd be handy go ahead
A: done the parking pass is in your account
C: nice thanks that's really helpful""", True, 22.0, "positive", "info call; parking $22 add-on to earlier tickets accepted"),

("FR18_077", "Nina Petrova", "2026-11-27T14:13:26", "clean", """A: Reliant Plumbing, this is Nina.
C: Hi, you sent me a quote for a new 50-gallon water heater, $1,650 installed.
A: Yes, that includes removal of the old tank. Would you like to schedule?
C: Not yet. I'm getting two more quotes. Benson's already quoted me a bit lower, to be honest.
A: I understand. Our quote includes a 10-year warranty.
C: I'll keep that in mind. I'll let you know by next week.
A: Sounds good.
C: Thanks for your time.""", False, 0.0, "neutral", "shopping around; no commitment; polite"),

("FR18_078", "Ben Okafor", "2026-11-27T18:22:11", "asr", """A: greenleaf pharmacy this is ben
C: hi i'd like to get flu shots for me and my two kids
A: sure the kids are over three
C: yeah they're seven and nine
A: okay i have saturday at ten for all three of you back to back
C: saturday at ten yes book that
A: done they're covered by insurance so no cost
C: okay good what should i bring
A: just your insurance cards
C: okay thanks""", True, 0.0, "neutral", "flu shot appointments booked (free appointment counts)"),

("FR18_079", "Chloe Martin", "2026-11-28T11:26:45", "clean", """A: First Harbor Bank wire services, Chloe speaking.
C: I sent a $6,000 wire to my landlord five days ago and it still hasn't arrived. He's threatening late fees.
A: I'm sorry. Let me trace it. I see it was held for a compliance review and released this morning.
C: Nobody told me it was held.
A: You should have received a notification. I apologize that you didn't. It should arrive by end of day.
C: I'll believe it when I see it.
A: I'll also refund the $30 wire fee.
C: That doesn't fix the fact that I look irresponsible to my landlord.""", False, 0.0, "negative", "wire delay complaint; fee refund; still negative"),

("FR18_080", "Ravi Shah", "2026-11-28T15:50:08", "asr", """A: homenest furniture this is ravi
C: hi i want to order the walnut dining table and the chairs that go with it
A: sure the table is seven ninety and the chairs are one twenty each how many
C: four chairs
A: okay table and four chairs and we have matching bar stools at ninety five each for the kitchen island
C: oh two of those
A: two stools added
C: actually just one stool the island's small
A: no problem one stool
C: great i love this set i've been eyeing it for months""", True, 95.0, "positive", "table+chairs main; stools revised from 2 to 1 x 95"),
]
