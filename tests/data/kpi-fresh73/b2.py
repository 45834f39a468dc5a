CALLS = [
("FR73_021", "Keisha Brandt", "2026-11-10T09:45:00", "asr",
"""A: serenity day spa this is keisha
C: hi i want to get a gift card for my mom her birthday's next week
A: oh how sweet what amount were you thinking
C: um the signature facial is what she'd want right how much is that
A: the signature facial is one thirty five so a lot of people do one fifty to cover the tip
C: okay let's do one fifty
A: perfect and we can mail it in a little gift box with a ribbon for five dollars or email it free
C: oh the box for sure she'd love that
A: okay one fifty gift card in the gift box mailed to the address you give me
C: yes that's perfect thank you you guys are the best she's gonna be so happy""",
True, 5.0, "positive", "buys 150 gift card; gift box five dollars 'the box for sure'; 'you guys are the best'"),

("FR73_022", "Owen Castellanos", "2026-11-10T11:30:00", "clean",
"""A: Ironworks Gym, Owen speaking.
C: Hey Owen, it's Carla Mendez. I need to cancel my membership, I'm moving at the end of the month.
A: Sorry to lose you, Carla! Where are you headed?
C: Denver. New job.
A: Congrats. Before I cancel, we can freeze it for up to three months at $5 a month, in case things change.
C: No, I'm definitely going. There's no Ironworks out there, I checked.
A: Understood. I've cancelled it effective November 30th, no fee since you're past your contract.
C: Perfect. Honestly, this place got me through a rough year. I'm really going to miss it.
A: That means a lot. Good luck in Denver!
C: Thanks, Owen. Tell Lena I said bye.""",
False, 0.0, "positive", "freeze offer declined, cancels; 'this place got me through a rough year', 'really going to miss it'"),

("FR73_023", "Leah Morgenstern", "2026-11-10T14:10:00", "asr",
"""A: oak street animal hospital this is leah
C: hi my cat pepper is due for her shots can i get her in next week
A: sure i have tuesday at nine or thursday at ten fifteen
C: thursday at ten fifteen please
A: okay pepper thursday ten fifteen for her fvrcp and rabies boosters oh and while she's here we can do a nail trim for twelve dollars
C: oh yes please she's a nightmare about her nails at home
A: ha we'll handle it so vaccines plus nail trim thursday ten fifteen
C: perfect
A: great see you both thursday
C: thank you so much you guys are always so good with her""",
True, 12.0, "positive", "'thursday at ten fifteen please'; nail trim twelve dollars 'oh yes please'; 'always so good with her'"),

("FR73_024", "Jamal Pettigrew", "2026-11-10T16:20:00", "clean",
"""A: Bayview Dental, this is Jamal.
C: Hi. Dr. Cho said I need a crown on my back molar and I'm trying to figure out what it's going to cost me.
A: Sure. The crown is $1,350 before insurance. Let me check your plan... it looks like they cover 50% after your deductible.
C: So I'm paying, what, $700 out of pocket?
A: Roughly $725 with the remaining deductible. We do offer a six-month payment plan.
C: That's way more than I expected. Honestly this whole thing is stressing me out.
A: I understand. Would you like to pencil in the prep appointment? We have openings next week.
C: No. I'll check with my insurance first, maybe they can do a pre-authorization or something.
A: That's a good idea. We can submit a pre-estimate for you too.
C: Fine, do that. I'll call back once I hear something.""",
False, 0.0, "negative", "'I'll check with my insurance first', no booking; 'way more than I expected', 'stressing me out'"),

("FR73_025", "Sofia Lindqvist", "2026-11-11T10:05:00", "asr",
"""A: mathmentor online this is sofia
C: hi i want to sign my daughter up she's in seventh grade and struggling with pre algebra
A: okay our standard plan is one forty nine a month unlimited practice plus two group sessions a week
C: okay sign her up for that
A: will do and there's a premium tier with a weekly one on one live tutor for forty more a month
C: forty more so one eighty nine
A: yes one eighty nine total
C: yeah okay do the premium she needs the one on one
A: alright standard plus the premium upgrade billed monthly starting today
C: okay""",
True, 40.0, "neutral", "'sign her up' for 149 plan; premium 'forty more a month' accepted 'do the premium'; flat"),

("FR73_026", "Grant Delacroix", "2026-11-11T12:55:00", "clean",
"""A: Main Street Pharmacy, Grant speaking.
C: Hi, I'm trying to fill a prescription for amoxicillin suspension for my daughter. Do you have it?
A: Let me check... I'm sorry, we're out of the suspension and our next shipment is Thursday.
C: Thursday? She has an ear infection now.
A: I understand. I can check if our Elm Avenue location has it, or you could ask the doctor for the chewable tablets.
C: This is the third pharmacy I've called today. Nobody has anything.
A: I'm really sorry. There's a national shortage on the liquid.
C: Great. So what am I supposed to do, wait until Thursday while she screams?
A: The chewables are in stock here if the doctor approves the switch.
C: I'll call the doctor. This is ridiculous.""",
False, 0.0, "negative", "out of stock, nothing filled; 'third pharmacy', 'This is ridiculous'"),

("FR73_027", "Naomi Okafor", "2026-11-11T15:40:00", "asr",
"""A: riverside family medicine this is naomi
C: hi i need my annual physical
A: okay for dr nguyen i have december second at eight fifteen or december fourth at three
C: the second at eight fifteen
A: okay december second eight fifteen annual physical and can i confirm your email for the reminder is j torres at mail dot com
C: yeah that's my email
A: great and we also offer an extended blood panel with vitamin d and thyroid it's not covered it's sixty five dollars
C: uh no i'll skip that
A: no problem you're booked for the second at eight fifteen
C: okay thanks""",
True, 0.0, "neutral", "picks Dec 2 8:15 slot, booked; sixty five panel 'i'll skip that'; flat"),

("FR73_028", "Victor Sato", "2026-11-12T10:00:00", "clean",
"""A: Luxe Hair Studio, this is Victor.
C: Hi, I've been wanting balayage forever and I think I'm finally doing it. How much?
A: With Andre it's $180 for your length, about three hours. He has Tuesday the 17th at 10.
C: You know what, book it. I've waited long enough.
A: Love it. A toner gloss at the end really makes the balayage pop, it's usually $30, but I can do it for $20 since it's your first color with us.
C: At twenty? Sure, add it.
A: Okay, balayage plus gloss with Andre, Tuesday the 17th at 10 a.m.
C: Yes. Oh my gosh, I'm so excited. Thank you!
A: You're going to love it.
C: I already do. Bye!""",
True, 20.0, "positive", "'book it' balayage $180; gloss revised $30 to $20 'Sure, add it' = 20; 'so excited'"),

("FR73_029", "Hannah Reilly", "2026-11-12T13:25:00", "asr",
"""A: core fitness this is hannah
C: hey i'm a member and i was wondering about personal training what does that run
A: we've got three sessions for one fifty or ten sessions for four twenty
C: four twenty for ten that's steep
A: it works out to forty two a session which is below most gyms around here
C: eh i mean i'd do the ten if it were like three fifty
A: i can't go that low but i can throw in a free assessment with the ten
C: nah honestly that's kind of ridiculous for what it is
A: okay well the offer stands if you change your mind
C: yeah alright""",
False, 0.0, "negative", "conditional 'i'd do the ten if it were like three fifty', declines; 'kind of ridiculous'"),

("FR73_030", "Ravi Chandrasekar", "2026-11-12T16:45:00", "clean",
"""A: CodePath Academy, Ravi speaking.
C: Hi, I got an email that my annual subscription is expiring Friday. I want to renew.
A: Great! The annual renewal is $199. Should I renew it on the card on file?
C: Yes, please.
A: Done. You're also close to finishing the cloud track. We sell the official certification exam voucher for $75, which is $50 off the retail price.
C: Oh, yes, add the voucher. I was going to buy it anyway.
A: Added. So renewal at $199 plus the exam voucher at $75.
C: Perfect. Honestly, this course changed my career, I got a new job off it.
A: That's amazing to hear!
C: Thank you, really. Keep doing what you're doing.""",
True, 75.0, "positive", "renewal 'Yes, please'; 'add the voucher' $75; 'this course changed my career'"),

("FR73_031", "Bethany Cole", "2026-11-13T09:15:00", "asr",
"""A: serenity day spa this is bethany
C: hi i want to book two swedish massages for me and my sister this sunday
A: sunday i have two side by side at eleven thirty sixty minutes is one ten each
C: okay yeah book those
A: okay two swedish massages sunday eleven thirty under
C: hang on she's texting me um oh she can't do sunday she's working
A: oh no do you want to move it
C: actually cancel that i'll have to figure out a day with her and call back
A: no problem i've released those slots
C: okay sorry about that thanks""",
False, 0.0, "neutral", "'book those' then 'actually cancel that'; plain politeness"),

("FR73_032", "Isaac Nwosu", "2026-11-13T11:00:00", "clean",
"""A: Smile Orthodontics, Isaac speaking.
C: Hi, um, our dentist said my son might need braces and I honestly don't know anything about this. Is he too young? He's nine.
A: Nine is actually a great age for a first look. The consultation is free and it includes x-rays and a scan.
C: Oh, free, okay. I'm just worried it's going to be a huge thing.
A: Very often at nine it's just monitoring. Dr. Ellis will explain everything. I have Wednesday at 3:45 after school.
C: Yes, let's book that.
A: Done, Wednesday the 18th at 3:45 for Eli. I'll text you the forms.
C: Thank you. That actually makes me feel a lot better.
A: Of course. See you Wednesday.
C: Thanks so much, really.""",
True, 0.0, "positive", "free consult 'Yes, let's book that'; anxious then 'makes me feel a lot better'"),

("FR73_033", "Dana Whitfield", "2026-11-13T14:30:00", "clean",
"""A: Oak Street Animal Hospital, Dana speaking.
C: Hi, I need to order more flea and tick chews for my dog, Rocco. He's 60 pounds.
A: Sure. The six-month pack for his weight is $89. The twelve-month pack is only $70 more, so $159, and it saves you a trip.
C: Hm. Okay, do the twelve months then.
A: Okay, the twelve-month pack for Rocco, $159 total. Pick up or ship?
C: Pick up.
A: It'll be ready at the front desk tomorrow after 10.
C: Okay.
A: Anything else?
C: No, that's it.""",
True, 70.0, "neutral", "upgrade to 12-month 'only $70 more' accepted 'do the twelve months' (base 89 + 70); flat"),

("FR73_034", "Marcus Oyelaran", "2026-11-16T09:05:00", "asr",
"""A: hillcrest pharmacy this is marcus
C: yeah you guys delivered the wrong medication to my house this is somebody else's bottle with somebody else's name on it
A: oh i'm really sorry can you read me the name on the label
C: it says h patterson i'm not h patterson
A: i'm so sorry i'll have your correct one out to you at no charge within two hours and a driver will pick up that bottle
C: two hours fine but do you realize someone else has my pills right now with my address on them
A: you're right that's serious i'm filing an incident report now
C: this is unacceptable honestly i'm thinking about switching pharmacies
A: i understand and i apologize again
C: yeah just get it here""",
False, 0.0, "negative", "free replacement, nothing bought; 'this is unacceptable', thinking of switching"),

("FR73_035", "Priya Raman", "2026-11-16T11:20:00", "clean",
"""A: Lingua Live tutoring, this is Priya.
C: Hi! I'm going to Italy in the spring and I want to learn some Italian before I go. Do you do trial lessons?
A: We do, a 45-minute trial with a native speaker is $15. I have Tuesday at 6 p.m. or Saturday at 9 a.m.
C: Tuesday at 6 would be great.
A: Okay, so a trial lesson Tuesday the 24th at 6 p.m. with Giulia, $15. Does that sound right?
C: Yes, that sounds right. What do I need, just a laptop?
A: Just a laptop with a camera. You'll get a link by email.
C: Perfect. I'm so excited, I've been putting this off for years.
A: Giulia's wonderful, you'll have fun.
C: Thank you so much!""",
True, 0.0, "positive", "confirms read-back 'Yes, that sounds right' for $15 trial; 'I'm so excited'"),

("FR73_036", "Tomas Herrera", "2026-11-16T13:00:00", "asr",
"""A: peak fitness this is tomas
C: hi um i saw you have a new location on fifth i was just wondering what the classes are like
A: oh yeah we do spin hiit yoga and a boxing class all included in the plus membership which is forty nine a month
C: okay
A: i can get you signed up today and waive the enrollment fee
C: uh i think i'm good for now honestly i'm just kind of looking around
A: totally want a free day pass to try it out
C: mm maybe i'll stop by sometime
A: okay the front desk can set you up whenever
C: okay thanks""",
False, 0.0, "neutral", "soft refusal 'i think i'm good for now'; 'maybe i'll stop by'"),

("FR73_037", "Keisha Brandt", "2026-11-16T15:35:00", "clean",
"""A: Riverside Dermatology, this is Keisha.
C: Hi, I need an appointment to get a mole looked at. My doctor wants it checked.
A: Okay. The first available with Dr. Amari is December 29th at 2:40.
C: December 29th. That's six weeks. Wonderful.
A: I know it's a wait. I can put you on the cancellation list as well.
C: Sure, put me on that too, since apparently that's how this works.
A: Okay. So December 29th at 2:40 with Dr. Amari, and you're on the cancellation list. Is that right?
C: Yes. Fine, book it.
A: You're booked.
C: Great. Hopefully it's still just a mole by then.""",
True, 0.0, "negative", "'Yes. Fine, book it' for Dec 29; sarcastic 'Wonderful', 'Hopefully it's still just a mole by then'"),

("FR73_038", "Owen Castellanos", "2026-11-17T10:40:00", "asr",
"""A: kings barbershop this is owen
C: yo how much is a cut
A: regular cut is thirty five
C: and the beard thing how much is that
A: beard trim and line up is fifteen more
C: hm okay
A: want me to put you down i got saturday at noon with dre
C: nah i'll just walk in saturday morning see who's free
A: cool we open at nine
C: aight""",
False, 0.0, "neutral", "price questions only; 'nah i'll just walk in saturday'"),

("FR73_039", "Leah Morgenstern", "2026-11-17T13:15:00", "clean",
"""A: Serenity Day Spa memberships, Leah speaking.
C: Hi, I'd like to cancel my massage membership. $89 a month is just too much right now.
A: I understand. Before you go, we have a Lite membership at $59 a month, one 50-minute massage instead of 60, and you keep your member pricing on add-ons.
C: Oh, I didn't know that existed. So I'd keep coming, just slightly shorter massages?
A: Exactly. And your banked massage from October stays with you.
C: Okay, yes, switch me to the $59 one instead of cancelling.
A: Done, the Lite plan starts with your December billing.
C: Oh, that actually works out great. Thank you for telling me about it.
A: Of course! We'd hate to lose you.
C: Thanks, Leah.""",
True, 0.0, "positive", "save offer: 'switch me to the $59 one instead of cancelling' (downgrade, no upsell); 'works out great'"),

("FR73_040", "Jamal Pettigrew", "2026-11-17T16:00:00", "asr",
"""A: hi this is jamal calling from bayview dental is this mister okoro
C: yeah this is him
A: hi we're just reaching out because you're due for your six month cleaning would you like to get that scheduled
C: oh uh yeah i probably should
A: i have next friday at nine or the following monday at two
C: um i don't have my schedule in front of me right now
A: no problem do you want me to pencil one in
C: no i'll have to call you back when i know what my week looks like
A: sure the number is on your card
C: okay yeah""",
False, 0.0, "neutral", "'i probably should' then 'i'll have to call you back'; no booking"),
]
