CALLS = [
("FR73_001", "Dana Whitfield", "2026-11-02T09:14:00", "clean",
"""A: Brightside Dental, this is Dana. How can I help?
C: Hi, I need to book a cleaning. It's been, um, probably eight months.
A: No problem. I have Tuesday the 10th at 8:30, Wednesday the 11th at 1:15, or Friday the 13th at 4:00.
C: Wednesday at 1:15 is perfect, I can do that on my lunch break.
A: Great. So that's a cleaning and exam with Dr. Patel, Wednesday November 11th at 1:15. Since it's been a while, I'd also suggest a fluoride treatment at the end, it's $35 and not covered by most plans.
C: Sure, add the fluoride. My teeth have been a bit sensitive anyway.
A: Done. You're all set for the 11th, cleaning plus fluoride.
C: That's great, thank you so much. You guys always make this easy.
A: Happy to help. See you on the 11th!""",
True, 35.0, "positive", "picks Wed 1:15 slot; 'Sure, add the fluoride' at $35; 'you guys always make this easy'"),

("FR73_002", "Marcus Oyelaran", "2026-11-02T10:41:00", "asr",
"""A: thanks for calling hillcrest pharmacy this is marcus
C: yeah hi my refill for my blood pressure pills was supposed to be ready yesterday and it wasn't and this is the second time this has happened
A: i'm sorry about that let me look um okay i see it it's filled now it's ready today
C: i can't come in today i'm working a double that's the whole point i called ahead
A: understood we can do same day delivery to your home for four ninety nine would you like that
C: fine whatever just send it i need the pills
A: okay so thirty day supply of the lisinopril plus same day delivery for four ninety nine to the address on file it'll be there by six
C: yeah that's the address
A: alright it's on the way list
C: okay but honestly get it together over there this shouldn't take three calls""",
True, 4.99, "negative", "refill sent plus same-day delivery 'fine whatever just send it' (4.99); 'second time', 'get it together'"),

("FR73_003", "Priya Raman", "2026-11-02T11:05:00", "clean",
"""A: Peak Fitness member services, Priya speaking.
C: Hi. I want to cancel my membership. The price went up again and I'm barely using it.
A: I can help with that. Can I ask, before I process it, would it change anything if I could bring your rate down? I can offer three months at $22 a month instead of $44.
C: Three months, and then what, it goes back to $44?
A: After three months it goes to $39, which is the older rate you were on.
C: Hm. Okay. Fine, I'll stay on the $22 deal. But if it jumps again I'm gone, I'm serious.
A: Understood. I've applied the retention rate starting with your next bill on the 15th.
C: Okay. It's kind of annoying I have to threaten to leave to get a fair price though.
A: I hear you. Anything else I can do today?
C: No, that's it.""",
True, 0.0, "negative", "accepts save offer 'I'll stay on the $22 deal' (discount, no upsell); 'kind of annoying I have to threaten to leave'"),

("FR73_004", "Tomas Herrera", "2026-11-02T14:22:00", "asr",
"""A: good afternoon oak street animal hospital tomas speaking
C: hi um yeah i'm calling about a dental cleaning for my dog he's a beagle he's about nine
A: sure we do those under anesthesia it includes bloodwork before and the cleaning itself usually runs between four fifty and six hundred depending on extractions
C: okay and is that something pet insurance usually covers
A: some plans do some only cover it if there's a diagnosed problem you'd want to check your policy
C: mhm okay yeah i'll check with my insurance first and then call back to set it up
A: sounds good do you want me to email you the estimate
C: uh sure it's the same email you have on file
A: perfect i'll send that now
C: okay thanks bye""",
False, 0.0, "neutral", "only asks price; 'i'll check with my insurance first and then call back'; yes is to email"),

("FR73_005", "Keisha Brandt", "2026-11-03T09:30:00", "clean",
"""A: Luxe Hair Studio, this is Keisha.
C: Hi! Please tell me you have something this week. I have a wedding Saturday and my roots are a disaster.
A: Let me look. I have Thursday at 11 with Jasmine or Friday at 5:30 with Andre.
C: Thursday at 11, I'll grab it.
A: Okay, so a cut and single-process color with Jasmine, Thursday at 11, about $165. We also have a deep conditioning treatment for $25 that pairs really well with color.
C: No, just the cut and color is fine.
A: No problem. Can I confirm your number is still 555-0142?
C: Yes, that's right.
A: You're booked for Thursday at 11.
C: You're a lifesaver, seriously. Thank you!""",
True, 0.0, "positive", "'Thursday at 11, I'll grab it'; conditioning $25 declined; 'You're a lifesaver'"),

("FR73_006", "Owen Castellanos", "2026-11-03T10:12:00", "asr",
"""A: ironworks gym this is owen
C: hey i did the free intro session with coach lena last week and i want to keep going with her
A: love that so for personal training we've got five sessions for two twenty or ten sessions for three ninety
C: let's start with the five i want to make sure i actually stick with it
A: totally fair so five sessions with lena for two twenty and she also does a custom nutrition plan for forty nine if you want that added
C: oh yeah actually add the nutrition plan my eating is the real problem honestly
A: okay five pack plus the nutrition plan i'll charge the card on file
C: yep do it
A: you're all set she'll text you to schedule the first one
C: awesome thanks man i'm pumped""",
True, 49.0, "positive", "takes five-pack for 220 (main); 'add the nutrition plan' at forty nine; 'i'm pumped'"),

("FR73_007", "Leah Morgenstern", "2026-11-03T13:47:00", "clean",
"""A: SkillForge Academy support, Leah speaking.
C: Hi. I'd like to cancel my subscription and get refunded for this month.
A: I'm sorry to hear that. Can I ask what's not working for you?
C: Oh, where to start. The "live" Q&A sessions have been cancelled three weeks in a row. Really great value.
A: I understand, and I apologize. What I can do is give you a free month so you can try the new schedule starting next week.
C: A free month of sessions that don't happen. Tempting. No, just cancel it.
A: Okay. I've cancelled the subscription and submitted a refund for November's $39.
C: Fine. How long does that take?
A: Five to seven business days.
C: Of course it does. Bye.""",
False, 0.0, "negative", "declines free month, cancels; sarcastic 'Really great value', 'Of course it does'"),

("FR73_008", "Jamal Pettigrew", "2026-11-03T15:03:00", "asr",
"""A: riverside family medicine this is jamal
C: hi i need to schedule a physical my work needs a form filled out
A: okay i can help with that dr nguyen has next monday at nine forty or thursday at two thirty
C: uh the thursday i guess
A: okay thursday november twelfth at two thirty for a physical with form completion does that work
C: oh wait thursday's the twelfth hm no i have a site visit that day actually
A: no problem want me to look at the week after
C: no let me check my work schedule first i'll just call back when i know
A: sure thing we're open till five
C: okay yep thanks""",
False, 0.0, "neutral", "leans to Thursday then retracts ('no i have a site visit'); 'i'll just call back'"),

("FR73_009", "Sofia Lindqvist", "2026-11-04T10:20:00", "clean",
"""A: Serenity Day Spa, this is Sofia.
C: Hi, I'd like to book a couples massage for my anniversary, Saturday the 21st if possible.
A: Happy anniversary! I have 2:00 or 4:30 on the 21st for the 60-minute couples massage, which is $240 for both of you.
C: 4:30, please.
A: Wonderful. Would you like to upgrade to 90 minutes? It's an extra $40 per person.
C: Oh, yes, let's do the 90 for both of us. Go big.
A: Lovely. So that's the couples massage, 90 minutes, Saturday the 21st at 4:30, $240 plus $80 for the upgrade, $320 total. Is that right?
C: That's right. Can we get champagne in the room or is that extra?
A: The champagne is complimentary for anniversaries.
C: Oh that's amazing. Thank you so much, she's going to love it.""",
True, 80.0, "positive", "confirms 4:30 booking; 90-min upgrade $40 per person x2 = 80; 'that's amazing'"),

("FR73_010", "Grant Delacroix", "2026-11-04T16:35:00", "asr",
"""A: bright path tutoring this is grant how can i help
C: hi my son is a junior and he's taking the sat in march and i'm looking at your prep program
A: great so our most popular is eight one on one sessions for six forty plus a full practice test
C: okay and the tutors are they like teachers or college kids
A: they're all certified teachers or have at least three years tutoring the sat
C: oh that's great honestly this sounds like exactly what we need i've heard really good things about you guys
A: want me to get him on the schedule we have a tutor with openings on tuesdays
C: i need to talk to him first he's got basketball and i don't want to sign him up for something he won't show up to
A: totally understand i'll send you the details
C: perfect thank you this was really helpful""",
False, 0.0, "positive", "'need to talk to him first' deferral; 'exactly what we need', 'really helpful'"),

("FR73_011", "Naomi Okafor", "2026-11-05T09:02:00", "clean",
"""A: Main Street Pharmacy, this is Naomi.
C: Hi, do you do flu shots by appointment or just walk in?
A: Both. Walk-ins are fine most days, or I can book you a time. I have openings this afternoon at 3:20 and 4:00.
C: Okay. Are you also doing the shingles vaccine?
A: We are, it's a two-dose series. Most plans cover it for over 50.
C: I'm 52. I'll ask my doctor about that one first.
A: Sure. And would you like one of those flu shot slots today?
C: I'm not sure when I'll get out of work. I'll probably just walk in tomorrow.
A: That works. We're open until 8.
C: Okay, thanks.""",
False, 0.0, "neutral", "asks about flu/shingles; declines slot 'I'll probably just walk in tomorrow'; flat 'Okay, thanks'"),

("FR73_012", "Victor Sato", "2026-11-05T07:58:00", "asr",
"""A: bayview dental this is victor
C: hi um i'm sorry i know you just opened i have this awful tooth pain it's like throbbing i didn't sleep at all
A: oh no i'm sorry let's get you in is it swollen at all
C: yeah a little on the left side i'm kind of freaking out
A: okay today we're completely full but dr cho can see you tomorrow at eight am as an emergency visit it's one twenty for the exam and x ray
C: yes yes please book that i'll take anything
A: okay you're booked tomorrow eight am in the meantime ibuprofen and a cold compress and if the swelling spreads go to urgent care
C: okay ibuprofen cold compress got it
A: you're in good hands we'll take care of you tomorrow
C: oh thank god thank you so much really you've been so kind""",
True, 0.0, "positive", "'yes yes please book that' for 8am emergency visit; anxious start, ends 'thank you so much you've been so kind'"),

("FR73_013", "Hannah Reilly", "2026-11-05T12:30:00", "clean",
"""A: Core Fitness, Hannah speaking. How can I help?
C: I want to sign up for a membership. The $39 one from the flyer.
A: Sure! That's the Standard plan at $39 a month. There's also a one-time $49 enrollment fee.
C: Of course there is. You people and your fees. Fine, go ahead.
A: Got it. We also offer a locker rental for $10 a month and towel service for $8 a month.
C: The locker, yes. I'm not paying for towels, I own towels.
A: Fair enough. So the Standard plan at $39 a month plus a locker at $10 a month, starting today.
C: Yes, that's it.
A: You're all set. Your key fob will be at the front desk.
C: Okay.""",
True, 10.0, "negative", "'Fine, go ahead' + 'The locker, yes' ($10/month, towels declined); 'You people and your fees'"),

("FR73_014", "Ravi Chandrasekar", "2026-11-06T11:11:00", "asr",
"""A: happy tails pet resort this is ravi
C: hi i need to board my two dogs over thanksgiving the twenty fifth through the thirtieth
A: let me look um i'm so sorry we're completely full that week we have been since september
C: you're kidding me
A: i can put you on the waitlist we do get cancellations
C: yeah put me on the waitlist i guess
A: okay you're on it for the twenty fifth to thirtieth two dogs
C: great that's just great i already booked my flights
A: i'm sorry i can also give you the number of another place nearby
C: yeah sure whatever give it to me""",
False, 0.0, "negative", "fully booked; waitlist only, nothing booked; sarcastic 'great that's just great'"),

("FR73_015", "Bethany Cole", "2026-11-06T13:40:00", "clean",
"""A: LearnWell Online, this is Bethany.
C: Hi, I'm looking at the Excel for Business course. How much is it?
A: It's $129 for lifetime access, or it's included in the All-Access plan at $25 a month.
C: And is there a certificate at the end?
A: Yes, both options include a certificate of completion.
C: Can I sign up online, or do I have to do it over the phone?
A: Either way. I can sign you up right now if you'd like.
C: I'll probably just do it on the website tonight when I have my card.
A: No problem, the link is on the course page.
C: Okay, thanks.""",
False, 0.0, "neutral", "questions only; 'I'll probably just do it on the website tonight'"),

("FR73_016", "Isaac Nwosu", "2026-11-06T15:15:00", "asr",
"""A: polished nail bar this is isaac
C: hi can i get a gel manicure saturday
A: saturday we have ten thirty or one forty five
C: one forty five
A: okay gel manicure saturday at one forty five with kim that's forty two dollars is that right
C: yep that's right
A: and would you like to add a paraffin wax hand treatment it's fifteen dollars
C: sure why not
A: okay added see you saturday
C: okay bye""",
True, 15.0, "neutral", "'yep that's right' to read-back; paraffin fifteen 'sure why not'; flat throughout"),

("FR73_017", "Dana Whitfield", "2026-11-09T09:25:00", "asr",
"""A: riverside family medicine billing this is dana
C: yeah i got a bill for two eighty for a visit that was supposed to be covered as a wellness exam
A: let me pull it up okay i see the doctor also addressed your knee pain during the visit so part of it was billed as a problem visit
C: so because i mentioned my knee i get charged two eighty that's insane nobody told me that
A: i understand it's frustrating i can send it for review but i can't promise it'll change
C: unbelievable yeah send it for review
A: okay i've submitted it you'll hear back in about two weeks
C: and if they say no
A: then you could set up a payment plan
C: whatever i'll just pay it if i have to this place is a joke""",
False, 0.0, "negative", "billing dispute, nothing bought; 'that's insane', 'this place is a joke'"),

("FR73_018", "Marcus Oyelaran", "2026-11-09T10:50:00", "clean",
"""A: Hillcrest Pharmacy, Marcus speaking.
C: Hi, I've been picking up my mom's prescriptions every month and someone told me you can do 90-day supplies by mail?
A: We can. For her three maintenance meds, I can switch them to a 90-day supply mailed to her home. Her copay actually drops a bit.
C: Oh, that would be so much easier. Yes, please set that up.
A: Okay. I'll send the first shipment on Monday. One more thing, we sell a weekly pill organizer with large print for $6.99. A lot of folks with three meds find it helpful.
C: Yeah, throw one in. Hers is falling apart.
A: Done. So three 90-day fills by mail plus the organizer, shipping Monday to 42 Linden Street.
C: Yes, that's her address.
A: Perfect, all set.
C: Thank you, honestly, this saves me a trip every month. You've been great.""",
True, 6.99, "positive", "'Yes, please set that up'; organizer $6.99 'throw one in'; 'You've been great'"),

("FR73_019", "Priya Raman", "2026-11-09T14:05:00", "asr",
"""A: brightside dental this is priya
C: hi i'm a patient there i wanted to ask how much the whitening is
A: sure so in office whitening is four fifty and the take home trays are two ninety
C: four fifty wow for like an hour
A: it's about ninety minutes and the results are pretty dramatic
C: hm and insurance doesn't do anything
A: no it's considered cosmetic
C: yeah that's kind of a rip off honestly i'll just get the strips at the drugstore
A: okay if you change your mind just let us know
C: yeah okay""",
False, 0.0, "negative", "price question only; 'kind of a rip off honestly', goes elsewhere"),

("FR73_020", "Tomas Herrera", "2026-11-09T17:10:00", "clean",
"""A: Flow Yoga Studio, Tomas here.
C: Hi, I want to buy the ten-class pack. It's $150, right?
A: That's right, ten classes, good for six months.
C: Let's do it. Visa ending 4471.
A: Hmm, that one came back declined. Do you want to try it again or use another card?
C: Ugh. Try the Mastercard, ending 0918.
A: I'm sorry, that one was declined too. It might be a hold from your bank.
C: Seriously? Both of them? This is so embarrassing.
A: It happens. You can also buy it at the front desk with any card.
C: Fine. I'll sort out my bank and deal with it later. This day is just not going my way.""",
False, 0.0, "negative", "'Let's do it' but both cards declined, nothing bought; 'This day is just not going my way'"),
]
