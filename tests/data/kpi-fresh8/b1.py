CALLS = [
("FR8_001", "Dana Whitfield", "2026-11-02T09:14:22", "clean", """A: Thanks for calling Lakeside Inn, this is Dana. How can I help?
C: Hi, I need a room for the 14th and 15th, two adults.
A: I have a queen room at $139 a night, so $278 for the two nights before tax. Would you like breakfast for two added? It's $18 per person per day.
C: Hmm, how much was breakfast again?
A: $18 per person per day, so $72 for both of you for both mornings.
C: Yeah, okay, add the breakfast.
A: Great. Please confirm: queen room, November 14th and 15th, with breakfast for two, $350 before tax?
C: Yes, that's right.
A: You're all booked. Confirmation is on its way.
C: Thanks.""", True, 72.00, "neutral", "room is main ($278); breakfast $18 x 2 people x 2 days = 72; customer only routine thanks"),
("FR8_002", "Marcus Oyelaran", "2026-11-02T10:03:51", "asr", """A: thank you for calling brightline internet my name is marcus who am i speaking with
C: uh hi yeah it's it's paula i'm calling because my internet's been going out like every night
A: i'm sorry to hear that paula let me pull up the account okay i see some drops on our end it looks like a node issue that's been fixed as of this morning
C: okay so it should be fine now
A: it should be yes and while i have you we have a faster plan three hundred megs for ten dollars more a month would you like to
C: no no i just want what i have to work
A: totally understand
C: yeah i mean honestly it's been a week of this it's really annoying i work from home
A: i hear you i'll put a credit of fifteen dollars on the account for the trouble
C: okay well that's something i guess thanks""", False, 0.00, "negative", "support call; speed upgrade declined; credit is a discount not a purchase; customer annoyed, ends lukewarm 'that's something i guess' -> negative"),
("FR8_003", "Priya Raman", "2026-11-02T11:27:05", "clean", """A: Good morning, Fairway Auto Service, Priya speaking.
C: Hi, I'd like to book an oil change for my Civic.
A: Sure. I have Thursday at 8 am or Friday at 2 pm.
C: Thursday at 8 works.
A: The synthetic oil change is $79. We're also running a tire rotation for $25 with any oil change, want me to add it?
C: Sure, why not.
A: And a cabin air filter replacement is $45.
C: No, I'll skip that.
A: Alright, Thursday at 8 am, oil change plus tire rotation, $104. Does that sound right?
C: Yep. Thank you, you guys are always great.
A: See you Thursday!""", True, 25.00, "positive", "oil change main $79; rotation $25 accepted; cabin filter declined"),
("FR8_004", "Tomasz Wielgus", "2026-11-02T13:45:40", "asr", """A: hi you've reached northpeak wireless this is tom
C: yeah hi i want to cancel my line
A: okay i can help with that can i ask why you're looking to cancel
C: it's too expensive i'm paying like seventy a month for one line
A: i understand what if i moved you to our saver plan it's forty five a month same data for the first year
C: forty five
A: forty five yes
C: hm okay yeah fine i'll stay on that then
A: perfect i've switched you to the saver plan effective today
C: okay thanks""", True, 0.00, "neutral", "retention offer accepted = conversion; saver plan is the plan change itself, not an add-on, and cheaper -> upsell 0"),
("FR8_005", "Hannah Clearwater", "2026-11-03T09:08:12", "clean", """A: Thank you for calling Pinecrest Furniture, this is Hannah.
C: Hi, I'm looking at the Aster bed frame online, the queen one.
A: Lovely choice. It's $899. The matching nightstands are $240 each. Would you like any?
C: I'll take two of the nightstands.
A: Wonderful. We also have a 5-year fabric protection plan for $89.
C: Hmm, no, I don't think so.
A: No problem. White-glove delivery is $60 and includes setup.
C: Yes please, I don't want to assemble anything.
A: So that's the bed frame, two nightstands, and white-glove delivery. Shall I place the order?
C: Yes, go ahead.
A: Done! You'll get an email shortly.
C: Perfect, really appreciate how easy that was.""", True, 540.00, "positive", "bed frame main $899; nightstands 2 x 240 = 480 + white-glove delivery 60 = 540; protection declined"),
("FR8_006", "Kevin Mbeki", "2026-11-03T10:19:33", "asr", """A: good morning thanks for calling summit dental this is kevin
C: hi um i need a cleaning appointment
A: sure are you an existing patient
C: yes it's under jordan alvarez
A: got it jordan i have tuesday the seventeenth at nine or wednesday the eighteenth at three
C: uh let me check my calendar i'm not sure actually can i call you back
A: of course we're open till five
C: okay i'll call back later thanks""", False, 0.00, "neutral", "deferral, nothing booked"),
("FR8_007", "Olivia Strand", "2026-11-03T11:52:18", "clean", """A: StreamNest support, Olivia speaking, how can I help?
C: I was charged twice this month and nobody has answered my emails.
A: I'm sorry about that. I can see the duplicate charge of $14.99. I've issued a refund, it will show in 3 to 5 business days.
C: Three to five days. Great. Just great.
A: I understand. While I'm here, would you be interested in the annual plan? It saves you about 20 percent.
C: Are you serious? No.
A: Understood. Is there anything else?
C: No. Just make sure it doesn't happen again.""", False, 0.00, "negative", "refund is not a purchase; annual plan declined; sarcasm 'great, just great' -> negative"),
("FR8_008", "Rafael Quintero", "2026-11-03T14:30:02", "asr", """A: hi thanks for calling golden gate tickets this is rafael
C: hey yeah i wanna get tickets for the jazz show on saturday
A: sure how many
C: two please
A: okay i have two seats in the mezzanine at fifty five each so a hundred and ten total would you like to add parking it's twenty dollars
C: uh parking yeah sure add the parking
A: and we have a preshow dinner package at forty per person
C: nah no that's okay
A: alright so two mezzanine seats for saturday plus parking that's one thirty total can i go ahead
C: yep go for it
A: done you're all set tickets are in your email
C: awesome thank you so much i've been wanting to see them for ages""", True, 20.00, "positive", "tickets main 2 x 55; parking $20 accepted; dinner package declined"),
("FR8_009", "Grace Ingersoll", "2026-11-04T09:41:47", "clean", """A: Welcome to Harborview Bank, this is Grace.
C: Hi. I'd like to ask about your savings accounts.
A: Sure. Our high-yield savings currently pays 4.1% APY with no monthly fee.
C: And is there a minimum deposit?
A: $500 to open.
C: Okay. I'll think about it, can you email me the details?
A: Absolutely, what's the best email?
C: It's m.cho@mailbox.com.
A: Sent. Anything else today?
C: No, that's it. Thanks.""", False, 0.00, "neutral", "interest only, asked for email -> no conversion"),
("FR8_010", "Jamal Whitaker", "2026-11-04T10:12:29", "asr", """A: thank you for calling swiftship this is jamal
C: hi i'm sending a package to my mom in florida
A: sure we can do ground for twelve ninety nine arriving in five days or two day for twenty four fifty
C: um she needs it by the birthday which is friday so the two day
A: okay two day and do you want insurance on it it's three dollars for up to a hundred dollars of value
C: yeah sure put insurance on it
A: and signature confirmation is another two fifty
C: no no signature she might not be home
A: okay so two day shipping with insurance twenty seven fifty total should i book the pickup for tomorrow morning
C: yes please
A: booked driver comes between eight and noon
C: great thanks""", True, 3.00, "neutral", "two-day shipping is the main purchase (chosen tier, not an upgrade offered on top); insurance $3 accepted; signature declined. 'great thanks' routine"),
("FR8_011", "Sofia Lindqvist", "2026-11-04T11:36:55", "clean", """A: Hello, CloudDesk sales, Sofia here.
C: Hi, we're on the Team plan with 10 seats and we've hired three people.
A: Congrats! Additional seats are $12 per user per month. Shall I add three seats?
C: Yes, add three.
A: Done. You might also like our Advanced Security add-on at $99 a month for the whole workspace.
C: What does that include exactly?
A: SSO, audit logs, and device management.
C: Let me run that by our IT lead first.
A: Of course. The three seats are live now.
C: Thanks, that was quick.""", True, 36.00, "positive", "seat expansion is itself a plan change on top of existing plan: 3 x $12 = 36 counted as upsell (add-on seats); security add-on deferred. 'that was quick' mildly positive"),
("FR8_012", "Benedikt Auer", "2026-11-04T15:04:17", "asr", """A: good afternoon meadow pet insurance this is ben
C: hi i got a letter saying my premium's going up
A: let me take a look yes it's going from thirty two to thirty eight a month at renewal
C: that's ridiculous my dog hasn't even made a claim
A: i understand i can offer you a higher deductible which would bring it back to thirty
C: no i don't want a higher deductible
A: okay then the policy will renew at thirty eight would you like to keep it
C: i don't know i'm gonna shop around honestly
A: okay it doesn't renew until the thirtieth so you have time
C: yeah whatever bye""", False, 0.00, "negative", "no commitment to renew; save offer declined; negative"),
("FR8_013", "Chloe Ferreira", "2026-11-05T09:22:40", "clean", """A: Hi, thanks for calling Bloom & Stem florist, this is Chloe.
C: Hi! I want to send flowers to my sister for her graduation.
A: How lovely! Our medium spring bouquet is $65. Would you like to add a vase for $15?
C: Oh yes, a vase would be nice.
A: And a box of chocolates is $22.
C: Hmm, sure, add the chocolates too. Actually no, she's on a diet, take the chocolates off.
A: No problem, chocolates removed. So the bouquet and the vase, $80, delivered Saturday?
C: Yes, perfect. You've been so sweet, thank you!
A: My pleasure!""", True, 15.00, "positive", "bouquet main; vase $15 accepted; chocolates accepted then retracted -> 0"),
("FR8_014", "Devon Hartley", "2026-11-05T10:48:03", "asr", """A: thanks for calling ironclad home security devon speaking
C: hey um i saw your ad about the camera system
A: yeah so the basic package is four cameras and monitoring for thirty nine ninety nine a month
C: and installation
A: installation is a one time ninety nine
C: that's kind of a lot
A: i could waive the installation if you sign up today
C: hmm i mean maybe if you did like twenty nine a month i'd do it
A: i can't go that low unfortunately
C: yeah then i'll pass for now thanks""", False, 0.00, "neutral", "conditional 'i'd do it if'; then pass -> no conversion; neutral tone"),
("FR8_015", "Ingrid Solberg", "2026-11-05T13:17:26", "clean", """A: Thank you for calling Alpine Ski Rentals, Ingrid speaking.
C: Hi, I'd like to reserve skis for four people for December 20th to 23rd.
A: Sure. Standard packages are $38 per person per day. Would you like to upgrade to the performance package? It's an extra $12 per person per day.
C: Just for two of us, the other two are kids.
A: Got it, two performance upgrades for 4 days, that's $96 extra. Helmets are $8 per person per day.
C: The kids need helmets, so two helmets. The adults have their own.
A: Two helmets for 4 days, $64. Shall I confirm the reservation?
C: Yes, please confirm it.
A: Reserved. We'll see you on the 20th.
C: Great, thanks.""", True, 160.00, "neutral", "standard rental main; performance upgrade 2 people x 12 x 4 days = 96; helmets 2 x 8 x 4 = 64; total 160. Agent states $96 and $64 explicitly"),
("FR8_016", "Nadia Petrov", "2026-11-05T14:55:09", "asr", """A: hi this is nadia from greenfield solar calling back about your quote
C: oh hi yeah
A: so the system came out to about eighteen thousand before incentives did you have any questions
C: uh not really it just seems like a lot
A: it is an investment most customers see payback in about eight years
C: yeah i need to talk to my husband before we decide anything
A: of course should i call back next week
C: yeah next week is fine
A: great i'll call tuesday""", False, 0.00, "neutral", "deferral; 'yes' to callback is not a purchase"),
("FR8_017", "Leo Castellano", "2026-11-06T09:05:44", "clean", """A: Good morning, Bella Cucina, Leo speaking.
C: Hi, I need a table for six on Saturday at 7.
A: Let me check. Yes, I can do 7:15 on Saturday for six.
C: 7:15 is fine.
A: Would you like to pre-order our tasting menu? It's $75 per person.
C: No, we'll order off the menu.
A: Certainly. Can I have a name and phone number?
C: Renata Diaz, 555-0143.
A: Table for six, Saturday at 7:15 under Diaz. Is that correct?
C: That's correct. Thanks so much, you always fit us in, we love this place.
A: See you Saturday!""", True, 0.00, "positive", "reservation confirmed = conversion; tasting menu declined"),
("FR8_018", "Yusuf Demir", "2026-11-06T11:11:11", "asr", """A: thank you for calling valley appliance this is yusuf
C: hi so my washer broke and i think i'm just gonna buy a new one
A: sorry to hear that we have the lg front loader on sale for eight forty nine
C: okay yeah that one's fine i'll take it
A: great would you like haul away of the old one it's thirty five
C: yes definitely
A: and a five year protection plan is one twenty nine
C: one twenty what
A: one twenty nine for five years parts and labor
C: uh no i'll skip that
A: alright and we can deliver thursday
C: thursday's good
A: okay you're all set eight forty nine plus thirty five haul away
C: okay thank you you've been really helpful honestly""", True, 35.00, "positive", "washer main $849; haul away $35 accepted; protection plan declined after asking price"),
("FR8_019", "Aisha Kamara", "2026-11-06T14:02:37", "clean", """A: Metro Gym, this is Aisha.
C: Hi, I want to cancel my membership. I've moved across town.
A: Sorry to see you go. We have a location near you on Elm Street. Would you like to transfer instead?
C: No, I've already joined another gym closer to work.
A: I understand. I've submitted the cancellation; your last billing date is November 15th.
C: Fine. It took me three calls to get through to someone, by the way.
A: I apologise for that.
C: Yeah. Okay, bye.""", False, 0.00, "negative", "cancellation; transfer declined; complaint about wait -> negative"),
("FR8_020", "Ethan Brody", "2026-11-06T16:20:15", "asr", """A: hi you've reached coastline car rentals ethan speaking
C: hi yeah i need a car at the airport from the twelfth to the fifteenth
A: sure compact is forty two a day or i can do a midsize for fifty
C: compact's fine
A: okay and would you like our collision damage waiver it's nineteen a day
C: no my credit card covers that
A: no problem and a gps unit is ten a day
C: nah i have my phone
A: okay so compact the twelfth to the fifteenth one twenty six total shall i reserve it
C: one twenty six before the airport fees right
A: yes the airport concession fee and taxes are extra
C: ugh no that's a rip off honestly last time you guys hit me with like sixty bucks in fees i'll look somewhere else
A: okay i understand
C: yeah bye""", False, 0.00, "negative", "never confirmed; waiver and gps declined; refuses over fees -> no conversion; negative"),
]
