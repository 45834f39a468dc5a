CALLS = [
    ("FR67_061", "Jenna Whitfield", "2026-11-02T11:25:00", "asr",
     """A: straight line orthodontics jenna speaking
C: hi um my daughter's dentist said she should see an orthodontist about her bite and i wanted to set up a consult
A: of course the first consultation is free it includes x rays and a treatment plan
C: oh nice free is good
A: i have tuesday the tenth at three forty five or thursday the twelfth at four thirty
C: uh thursday at four thirty after school
A: okay so thursday the twelfth four thirty for sophie with doctor baptiste
C: yes that's right
A: we'll send some forms to fill out before
C: great thank you you've been really lovely""",
     True, 0.0, "positive",
     "picks Thursday 4:30 and confirms read-back 'yes that's right'; free consult, no upsell; 'really lovely'"),

    ("FR67_062", "Luis Carvajal", "2026-11-03T16:02:00", "clean",
     """A: Gear Masters Transmission, Luis speaking.
C: Hi, you guys looked at my car yesterday. I'm calling about the quote.
A: Yes, the rebuild is $3,400, and we could start Monday.
C: $3,400. The car's worth maybe five grand.
A: I understand. A used transmission would be around $2,100 installed, but with a shorter warranty.
C: Still too much. And nobody told me yesterday I'd be charged $150 for the diagnosis.
A: That was on the work order you signed.
C: In tiny print. No, I'll pass on both. I'll come get the car today. Pretty disappointed, honestly.
A: It'll be ready at the front desk.""",
     False, 0.0, "negative",
     "'I'll pass on both'; 'Pretty disappointed, honestly', complains about the fee"),

    ("FR67_063", "Omar Haddad", "2026-11-04T19:10:00", "asr",
     """A: stadium tickets omar speaking
C: hi i'm looking for floor seats for the kendrick show on the fifth of december
A: the floor is sold out unfortunately what i have left is upper level section three twelve
C: how much are those
A: they're one ninety eight each plus fees
C: one ninety eight for the nosebleeds are you serious
A: that's the current price yeah it's dynamic pricing
C: yeah no thanks i'm not paying two hundred bucks to watch him on a screen that's insane
A: understood i can let you know if floor seats come back
C: don't bother""",
     False, 0.0, "negative",
     "floor sold out, refuses upper level 'yeah no thanks', 'that's insane', 'don't bother'"),

    ("FR67_064", "Rebecca Lindqvist", "2026-11-05T10:35:00", "clean",
     """A: Glow Aesthetics, this is Rebecca.
C: Hi, I'd like to book a hydrafacial. My sister got one here and loved it.
A: We'd love to see you. It's $120 for the signature hydrafacial. I have Saturday at 10 or Monday at 4.
C: Saturday at 10, please.
A: Great. We can add LED light therapy at the end, it's normally $40 but it's $30 this month.
C: Ooh, $30? Yes, let's add it.
A: Okay, Saturday the 7th at 10, signature hydrafacial with LED.
C: Yes, that's right. Should I come without makeup?
A: If you can, yes.
C: Perfect. Thank you, I'm so excited to finally try it!""",
     True, 30.0, "positive",
     "Saturday 10; LED revised '$40 but $30 this month' → 'Yes, let's add it' = 30; confirms read-back; 'so excited'"),

    ("FR67_065", "Marisol Vega", "2026-11-06T15:15:00", "asr",
     """A: brainy bunch tutoring marisol speaking
C: hi i'm calling to cancel my son's chemistry tutoring and i want a refund for the sessions we didn't get
A: oh i'm sorry can i ask what happened
C: the tutor cancelled three times in three weeks once fifteen minutes before
A: i'm really sorry about that i can switch him to a different tutor mister obi is excellent
C: no we're done i've heard that before
A: okay i'll cancel the package and submit the refund for the three missed sessions
C: thank you but honestly this has been a mess from day one
A: you'll get an email when the refund goes through""",
     False, 0.0, "negative",
     "cancels, declines the new tutor 'no we're done'; 'this has been a mess from day one' (refund is not a sale)"),

    ("FR67_066", "Derek Okafor", "2026-11-09T08:05:00", "clean",
     """A: Comfort Air Heating and Cooling, this is Derek.
C: My furnace died last night and it's 54 degrees in my house. I have a newborn. I need someone today.
A: I'm sorry. Today we're fully booked; the first slot I have is tomorrow at 8 a.m.
C: Tomorrow? Are you serious? I've been a maintenance customer for six years.
A: I know, I'm sorry. I'll put you as the first call tomorrow and on standby if anything opens today.
C: Fine. Book tomorrow at 8.
A: Booked. Since you have a humidifier on the unit, we can service that on the same visit for $59.
C: Yes, do that too, I guess. Just get it working.
A: Furnace repair plus humidifier service, tomorrow at 8.
C: Six years and I get "tomorrow." Really great loyalty program.""",
     True, 59.0, "negative",
     "'Fine. Book tomorrow at 8'; humidifier '$59' 'Yes, do that too'; sarcastic 'Really great loyalty program'"),

    ("FR67_067", "Priya Raman", "2026-11-10T12:50:00", "asr",
     """A: cedar creek veterinary priya speaking
C: hi um quick question do you guys see reptiles i have a bearded dragon
A: oh unfortunately we only do dogs and cats here
C: oh okay do you know anyone who does
A: yeah exotic pet clinic over on fifth street they have a reptile vet
C: okay cool do you have their number
A: sure it's on their website i don't want to give you the wrong one
C: okay no problem i'll look it up
A: sorry we couldn't help
C: it's fine thanks""",
     False, 0.0, "neutral",
     "clinic doesn't treat reptiles; 'okay no problem', 'it's fine thanks' — neutral"),

    ("FR67_068", "Tomasz Nowak", "2026-11-11T14:40:00", "clean",
     """A: Splash Express Car Wash, Tomasz speaking.
C: I want to cancel my unlimited wash membership.
A: Sure, I can help. Before I do, I can offer you three months at half price, $14.99 instead of $29.99.
C: No. The brushes scratched my hood last month and nobody ever got back to me.
A: I'm sorry to hear that. I can open a damage claim for you as well.
C: I opened one already. Just cancel it.
A: Okay, your membership is cancelled effective today.
C: Good. Terrible way to treat customers.
A: I'm sorry you had that experience.""",
     False, 0.0, "negative",
     "refuses save offer 'No... Just cancel it'; 'Terrible way to treat customers'"),

    ("FR67_069", "Hannah Brooks", "2026-11-12T17:30:00", "asr",
     """A: lock and clue escape rooms hannah speaking
C: hi we want to book a room for six people this saturday night for my buddy's birthday
A: fun okay i have the haunted library at seven or the heist at eight fifteen
C: ooh the heist at eight fifteen
A: it's thirty two per person and that's six of you
C: yeah six of us book it
A: and do you want the photo package it's ten dollars for the group we take a picture with props
C: ha yeah definitely add the photos
A: okay heist room saturday at eight fifteen six players with the photo package
C: yep sounds right
A: see you saturday
C: sweet thanks this is gonna be awesome""",
     True, 10.0, "positive",
     "'yeah six of us book it'; photo package 'ten dollars for the group' 'definitely add the photos' = 10; 'gonna be awesome'"),

    ("FR67_070", "Kwame Mensah", "2026-11-13T11:20:00", "clean",
     """A: Northside Dermatology, Kwame speaking.
C: Hi, I have a follow-up on the 18th but something came up at work. Do you have anything the week after?
A: Dr. Hale has Monday the 23rd at 1:15 or Wednesday the 25th at 9.
C: Hmm, the 23rd might work. Let me check my calendar and call you back?
A: Of course. I can't hold it, but I'll keep your current one on the 18th until you call.
C: Okay, that's fine.
A: Anything else I can help with?
C: No, that's it. Thanks.""",
     False, 0.0, "neutral",
     "'the 23rd might work. Let me check my calendar and call you back' — no new slot committed"),

    ("FR67_071", "Siobhan Dunne", "2026-11-16T12:45:00", "asr",
     """A: applianceworks repair siobhan speaking
C: hi my fridge stopped cooling everything in it is going bad i need someone out
A: okay the first i have is thursday and the window is eight to five
C: eight to five oh perfect i'll just take the whole day off work then
A: i'm sorry that's the only window we offer for that area
C: of course it is okay fine put me down for thursday
A: you're booked thursday eight to five the tech will call when he's on his way
C: and the food in the meantime
A: i'd recommend a cooler with ice
C: yeah thanks for the tip really helpful""",
     True, 0.0, "negative",
     "'okay fine put me down for thursday'; sarcastic 'oh perfect i'll just take the whole day off', 'of course it is', 'really helpful'"),

    ("FR67_072", "Ravi Kulkarni", "2026-11-17T14:28:00", "clean",
     """A: First Gear Driving School, Ravi speaking.
C: Hi, I want to book the five-lesson package for my son, the one for $325.
A: Great. I have Saturdays at 9 with Coach Dee starting the 28th.
C: Perfect, book it.
A: Let me take payment... I'm sorry, our payment system is down right now. I can't complete the booking without it.
C: Can you just hold the slot and take payment later?
A: I'm not able to hold it without payment. Could you call back tomorrow morning?
C: This is the second time your system's been down when I call. Unbelievable.
A: I'm really sorry.
C: Whatever. If the slot's gone tomorrow I'm going elsewhere.""",
     False, 0.0, "negative",
     "'Perfect, book it' but payment system down, slot not held, nothing booked; 'Unbelievable', 'Whatever'"),

    ("FR67_073", "Claire Beaumont", "2026-11-18T10:40:00", "asr",
     """A: bloom hair studio claire speaking
C: hi i'm getting married in may and i'd like to book a bridal hair trial
A: congratulations the trial is eighty five i have saturday the fifth of december at one or the twelfth at eleven
C: the fifth at one
A: lovely and would you like a makeup trial at the same time with nora it's sixty five
C: oh yes absolutely i was going to ask about that
A: okay hair and makeup trial saturday december fifth at one
C: yes that's perfect
A: we'll send you a little questionnaire about the look
C: amazing thank you i'm so happy i found you guys""",
     True, 65.0, "positive",
     "'the fifth at one'; makeup trial 'sixty five' 'oh yes absolutely' = 65; 'so happy'"),

    ("FR67_074", "Marcus Tillman", "2026-11-19T15:55:00", "clean",
     """A: Cedar Creek Veterinary, Marcus speaking.
C: Hi, my dog is due for her DHPP booster. What does that cost?
A: The booster is $38, and the exam is $62 if she hasn't had one this year.
C: She had her exam in March. And how much is the heartworm test?
A: The heartworm test is $45.
C: Okay. I'll probably book it online tonight once I check my schedule.
A: Sure, the online booking shows all our openings.
C: Okay, thanks.""",
     False, 0.0, "neutral",
     "only asks prices; 'I'll probably book it online tonight' — nothing booked on the call"),

    ("FR67_075", "Yuki Tanaka", "2026-11-20T13:05:00", "asr",
     """A: willow spa yuki speaking
C: hi i just saw a fifty dollar no show charge on my card for yesterday and i cancelled that appointment
A: let me look um i see the cancellation came in at eleven and the appointment was at two so it was inside the twenty four hours
C: i cancelled because my kid was sick i called as soon as i knew
A: i understand i can refund half as a courtesy
C: half so i'm still paying twenty five dollars for nothing
A: that's the most i can do sorry
C: fine whatever i'm not booking with you again
A: i'm sorry to hear that the twenty five will be back in three to five days""",
     False, 0.0, "negative",
     "dispute over no-show fee; partial refund is not a sale; 'fine whatever i'm not booking with you again'"),

    ("FR67_076", "Evelyn Park", "2026-11-23T10:25:00", "clean",
     """A: FreshStep Carpet Cleaning, Evelyn speaking.
C: Hi, I'd like three bedrooms cleaned before the holidays.
A: Three rooms is $189. I have Friday the 27th at 10 or Monday the 30th at 1.
C: Friday the 27th at 10.
A: Got it. Do you have carpeted stairs? We do those at $4 a step.
C: Yes, 14 steps. Go ahead and add the stairs.
A: So three bedrooms plus 14 stairs, Friday the 27th at 10.
C: That's correct.
A: Please move small furniture beforehand if you can.
C: Will do. Thanks.""",
     True, 56.0, "neutral",
     "books Friday 10; stairs '$4 a step' × 14 steps 'Go ahead and add the stairs' = 56; routine 'Thanks'"),

    ("FR67_077", "Jenna Whitfield", "2026-11-24T16:15:00", "clean",
     """A: Bounce Zone, Jenna speaking.
C: Hi! I'm planning my son's 8th birthday and wanted to ask about party packages.
A: Of course. The party package is $299 for up to 12 kids, with a private room, pizza and two hours of jumping. We take a $100 deposit to reserve.
C: That sounds perfect, he's going to lose his mind.
A: I have Saturday the 12th at 2 or Sunday the 13th at 11.
C: I'd love the 12th, but I need to see how many kids RSVP first. Can I call back next week?
A: Absolutely. I can't hold it without the deposit, but the 12th is pretty open right now.
C: Great. You've been so helpful, thank you!""",
     False, 0.0, "positive",
     "'I'd love the 12th, but I need to see how many kids RSVP first. Can I call back' — deferral; 'so helpful'"),

    ("FR67_078", "Luis Carvajal", "2026-11-25T09:12:00", "asr",
     """A: reliable rooter luis speaking
C: yeah my toilet's overflowing and won't stop running can you get someone here today
A: let me see um today's full the earliest i have is wednesday morning
C: wednesday it's monday i have one toilet in the house
A: i understand you could shut the water off at the valve behind it for now
C: i already did that's not the point i can't go two days without a toilet
A: i'm sorry i can put you on the same day list if something cancels
C: forget it i'll find somebody who actually shows up when it's an emergency
A: okay sorry we couldn't help today""",
     False, 0.0, "negative",
     "no availability until Wednesday, 'forget it i'll find somebody' — no booking; annoyed"),

    ("FR67_079", "Omar Haddad", "2026-11-26T11:30:00", "clean",
     """A: ClearSound Audiology, this is Omar.
C: Hi, I'm trying to get a hearing test for my father. He can only come on a Saturday because I drive him.
A: I'm sorry, we don't have any Saturday appointments until mid-January.
C: January? I've called three times this month and it's always the same answer.
A: I know. We do have weekday mornings next week.
C: If you had a Saturday I'd take it, but I can't do a weekday. This is really frustrating.
A: I understand. I can note that you'd like the first Saturday that opens.
C: Sure, note it. I'm not holding my breath.""",
     False, 0.0, "negative",
     "conditional 'If you had a Saturday I'd take it'; no Saturday until January; 'really frustrating', 'not holding my breath'"),

    ("FR67_080", "Rebecca Lindqvist", "2026-11-27T15:10:00", "asr",
     """A: clearview windows and doors rebecca speaking
C: hi i signed a contract on monday for six replacement windows and i need to cancel it within the three day window
A: okay i can help with that may i ask why
C: my husband got laid off yesterday so we just can't do it right now
A: oh i'm so sorry to hear that i could push the install to spring and keep your price locked
C: that's really kind but we really can't commit to anything right now
A: completely understand i've cancelled the contract and your deposit will be refunded in full
C: thank you so much you've been really understanding i appreciate it
A: of course and best of luck to you both""",
     False, 0.0, "positive",
     "cancels in the cooling-off period, declines postponement 'we really can't commit'; deposit refund; 'really understanding i appreciate it'"),
]
