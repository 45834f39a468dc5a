CALLS = [
("FR69_021", "Lucia Ferreira", "2026-11-11T10:25:00", "clean",
"""A: Sunwater Yoga, Lucia speaking.
C: Hi. I cancelled my monthly membership in October and I've just been charged $98 again. I'm not thrilled.
A: I'm so sorry. Can I have your name?
C: Beth Carrow.
A: Thanks, Beth. I can see the cancellation request on October 12th... and it looks like it was logged but never applied to the billing. That's our mistake.
C: So what happens now?
A: I'm refunding the $98 right now, and I've closed the membership properly. You'll get an email in a minute showing both.
C: And it won't happen again in December?
A: It won't; the account shows as closed with no future payments.
C: Okay. Oh, there's the email. Thank you, honestly, that was much less painful than I expected.
A: If you ever want to drop in, the first class back is on us.
C: That's sweet. I might take you up on that in spring.""",
False, 0.00, "positive", "billing error refunded, nothing bought ('might take you up on that in spring'); opens 'not thrilled', ends 'much less painful than I expected', 'That's sweet'"),

("FR69_022", "Marcus Hale", "2026-11-11T13:15:00", "clean",
"""A: Ledgerly sales, Marcus speaking.
C: Hi. We've been on the monthly Team plan since spring, eight seats. My boss wants to know if going annual saves anything.
A: It does. Annual is $10 per seat per month instead of $12, billed upfront, so for eight seats that's $960 for the year versus $1,152.
C: And if we hire someone in March?
A: You add seats any time; they're prorated to your renewal date.
C: What about the onboarding training you mentioned on the website, how much is that?
A: The live onboarding workshop is $500 flat for up to 15 people.
C: Okay, I'll mention it to her. For now, let's move us to annual.
A: Sure. Confirming: eight seats on Team, annual billing, $960 charged today, with the unused part of this month credited?
C: Yes, that's correct.
A: Done, the invoice is on its way.
C: Okay, thanks.""",
True, 0.00, "neutral", "'let's move us to annual' + confirms read-back; workshop price only asked about ('I'll mention it to her'), annual saving is a discount"),

("FR69_023", "Hannah Lindqvist", "2026-11-12T10:40:00", "asr",
"""A: palace theatre box office hannah speaking
C: hi um i'd like tickets for the nutcracker on the sixth the evening one
A: lovely how many
C: three so me my mum and my daughter
A: okay i've got three together in the dress circle row c at forty two dollars each
C: uh is that a good view for ballet
A: yeah dress circle is lovely for ballet you see all the patterns on the stage
C: okay yeah book those three
A: great and we do interval drinks you can pre order so they're waiting for you it's six fifty each
C: um what can you get
A: wine soft drinks or a hot chocolate
C: oh the hot chocolate my daughter would love that yeah do drinks for all three of us
A: perfect so three dress circle seats at forty two each and three interval drinks at six fifty each that's a hundred and forty five fifty
C: yep that's right
A: you're all booked
C: thank you so much she's gonna be so excited""",
True, 19.50, "positive", "'book those three'; drinks 'for all three of us' at six fifty each = 19.50; 'thank you so much'"),

("FR69_024", "Jerome Batiste", "2026-11-12T14:00:00", "clean",
"""A: Casa Lingua, Jerome speaking.
C: Hi, I'm calling about the Saturday French classes for kids. I have two, eight and eleven.
A: Great. They'd be in different groups: Petits for under-tens at 9:30, and Juniors at 11.
C: Two different times? So I'd be there all morning.
A: Many parents grab a coffee next door between them. Each term is $260 per child, with a 10% sibling discount on the second.
C: So about $494 for both.
A: Exactly, $494.
C: Okay. It sounds good, but the Saturday thing is a big commitment. Let me talk to my wife first.
A: Of course. The term starts January 9th and Petits usually fills up by mid-December.
C: Noted. I'll call back this week.
A: Sounds good.
C: Thanks, bye.""",
False, 0.00, "neutral", "'It sounds good, but... Let me talk to my wife first' - deferral"),

("FR69_025", "Aiko Tanaka", "2026-11-12T16:30:00", "clean",
"""A: Peak Republic, Aiko speaking.
C: Yes, hello. I bought a pack of ten PT sessions in June, used three, and now I'm told the other seven expired. Nobody told me they expired.
A: I'm sorry for the confusion. The packs are valid for 120 days, it's in the terms at purchase.
C: In the terms. Wonderful. So I've thrown away $280.
A: What I can do is extend them by 30 days as a one-off.
C: I'm having surgery next week. I can't train for six weeks. Thirty days is useless.
A: I understand. I can pass a request to the manager for a longer extension or a partial credit.
C: Please do, because otherwise I'm disputing the charge with my bank.
A: I'll put it in today and the manager will call you within 48 hours.
C: We'll see. I'm not impressed.""",
False, 0.00, "negative", "expired sessions complaint; sarcastic 'In the terms. Wonderful.', 'useless', 'I'm not impressed'"),

("FR69_026", "Rafael Moreno", "2026-11-13T09:45:00", "clean",
"""A: Harbour Sound tickets, Rafael speaking.
C: Hi, I'm booking Saturday day tickets for a group, five of us.
A: Sure. Saturday day tickets are $95 each, so $475 for five.
C: Okay. How do people get there from the city? The site looks miles from anywhere.
A: There's an official shuttle from Central Station, $15 return per person. Otherwise the car park is $20 per car.
C: What time's the last shuttle back?
A: 12:30 a.m., after the headliner.
C: Fine. Five day tickets then, and the shuttle for four of us. Tom's driving because he's leaving early anyway.
A: Got it: five Saturday day tickets at $95 and four shuttle returns at $15, $535 total?
C: Yep, that's it.
A: Booked. The shuttle passes are on the same e-tickets.
C: Okay, cheers.""",
True, 60.00, "neutral", "five tickets (main) + shuttle 'for four of us' (not five) = 4 x $15; confirms 'Yep, that's it'"),

("FR69_027", "Sinead Gallagher", "2026-11-13T11:20:00", "asr",
"""A: notewell accounts sinead speaking
C: hi yeah um i got charged nine ninety nine and i have no idea what it's for
A: let me have a look can i get the email on the account
C: it's uh marco dot l at fastmail dot com
A: thanks marco it looks like the free trial of notewell plus ended on the fourth and it converted to the paid plan
C: oh great so the trial just quietly turns into a charge nobody mentions that
A: it was in the sign up screen and we send a reminder three days before
C: well i never saw any reminder
A: i can refund this month since you haven't used any of the plus features
C: yeah please do that and turn it off
A: done refunded and you're back on the free plan
C: fine""",
False, 0.00, "negative", "refund and downgrade to free, nothing bought; sarcastic 'oh great so the trial just quietly turns into a charge'; curt 'fine'"),

("FR69_028", "Owen Prichard", "2026-11-13T15:10:00", "clean",
"""A: Laugh Track Comedy Club, Owen speaking.
C: Hi! I want to book for my friend's 30th, Friday the 4th, the 8 o'clock show.
A: Happy birthday to her! How many in your group?
C: Eight, hopefully. Can we sit together?
A: Yes, I can put you at one of the long tables near the front. $25 per person, so $200.
C: Near the front... will she get picked on by the comedians?
A: Probably, but in a nice way. We can also do a birthday shout-out for free, and a cake with candles brought out at the end for $35.
C: Oh yes, the shout-out and the cake, she'll die.
A: Great. So eight seats at the long table, Friday the 4th at 8, $200, plus the birthday cake at $35?
C: Oh wait, her sister already said she's bringing a cake. Skip our cake, sorry. The rest is right.
A: No problem, eight seats, $200, with the free shout-out.
C: Perfect, thanks, this is going to be so much fun.""",
True, 0.00, "positive", "booking confirmed 'The rest is right'; $35 cake accepted then retracted 'Skip our cake'; shout-out is free; 'so much fun'"),

("FR69_029", "Fatima Bennani", "2026-11-16T10:00:00", "clean",
"""A: Reelhouse, Fatima speaking.
C: Yeah, I'm trying to buy the boxing pay-per-view on Saturday and the app keeps failing.
A: I can put it through from here. The Ortega-Mensah card is $69.99.
C: Fine, do it, same card as my subscription.
A: Let me try... I'm afraid the card's been declined by the bank.
C: Seriously? Hang on. Use this one instead: it's a Visa, ending 2208.
A: Thank you... that's gone through. You're set for Saturday's fight, $69.99. There's also a replay pass for $9.99 if you want to watch it again for seven days afterwards.
C: I'll be watching it live, I don't need the replay.
A: Understood. Anything else?
C: No. Just make sure it actually works Saturday.
A: It'll be on your home screen from 6 p.m.
C: Okay.""",
True, 0.00, "neutral", "first card declined, second card goes through = PPV bought; replay declined 'I don't need the replay'; impatient but not hostile"),

("FR69_030", "Caleb Whitaker", "2026-11-16T12:35:00", "asr",
"""A: northgate leisure centre caleb speaking
C: hi um can i book a tennis court for tomorrow evening
A: sure what time were you thinking
C: uh like six or seven
A: six is taken i've got court three at seven for an hour it's sixteen dollars for non members
C: yeah seven's fine
A: great do you need rackets we hire them at four dollars each
C: oh um how many do we need there's two of us so two
A: yeah two rackets and balls are included
C: okay yeah two rackets then
A: so court three tomorrow at seven sixteen dollars plus two rackets eight dollars twenty four in total can i take a name
C: yep sam patel and that's fine
A: booked see you tomorrow sam
C: cheers thanks""",
True, 8.00, "neutral", "court booked ('seven's fine', 'that's fine' to read-back); 'two rackets then' at four dollars each = 8"),

("FR69_031", "Nadia Petrova", "2026-11-16T14:50:00", "clean",
"""A: TicketCove, Nadia speaking.
C: Hi. I'm trying to book a wheelchair space for the Alma Reyes concert at the Civic Hall, plus a companion seat, and the website shows nothing.
A: Let me check directly... I'm sorry, the wheelchair spaces for the 12th are all allocated.
C: Oh no. That's the one I've been waiting for all year.
A: I know. She's added a second night on the 13th, and I do have a wheelchair space with a companion seat on the platform there. $58 each.
C: The 13th is a Sunday... I think that could work actually, my son's off.
A: Would you like me to hold it while you check?
C: No, don't bother, I'll take them. Book the 13th.
A: Booked: wheelchair space and companion seat, Sunday the 13th, $116, tickets by email.
C: Oh, I'm so relieved. Thank you, you've really made my week.""",
True, 0.00, "positive", "first date unavailable, alternative booked: 'No, don't bother, I'll take them. Book the 13th.' (the 'No' refuses the hold); 'so relieved... made my week'"),

("FR69_032", "Grant Oyelaran", "2026-11-17T09:30:00", "clean",
"""A: Taskgrid, Grant speaking.
C: Hi. I just got an email that our plan goes from $15 to $19 per user in January. No warning, no new features. I want to cancel.
A: I hear you, and I'm sorry that came as a surprise. How many users are on the account?
C: Six. It's a small design studio, not a bank.
A: Understood. I can lock you at $15 per user for the next 12 months if you stay on.
C: And then in a year it jumps anyway.
A: It would move to the standard rate then, yes. I'd rather be straight with you.
C: At least you're honest about it. Fine. I'll stay on the $15 for the year. But this is the last time I'm calling about a price hike.
A: Noted. The lock is applied, you'll see it on the January invoice.
C: Right. Bye.""",
True, 0.00, "negative", "save offer accepted 'I'll stay on the $15 for the year'; grudging and curt: 'this is the last time...', 'Right. Bye.'"),

("FR69_033", "Maya Okafor", "2026-11-17T11:05:00", "asr",
"""A: riverside amphitheater maya speaking
C: hi um how much are tickets for the the tribute night on saturday the abba one
A: general admission is thirty five dollars plus a booking fee of twelve per ticket
C: twelve dollars in fees per ticket wow okay
A: yeah it covers the online system and the venue charge
C: and if i just turn up at the door
A: you can buy at the door for thirty five with no fee but it might sell out
C: has it sold out before
A: um the last tribute night did sell out yeah around seven thirty
C: i'll take my chances honestly twelve bucks a ticket for clicking a button is a joke
A: understood doors open at six thirty
C: yeah okay""",
False, 0.00, "negative", "only price questions, 'i'll take my chances' (buy at the door maybe) = no purchase; 'wow okay', 'is a joke'"),

("FR69_034", "Daniel Brennan", "2026-11-17T13:50:00", "clean",
"""A: Ironline Fitness, Daniel speaking.
C: Hi, I saw you're doing free trial classes this month. Is that still on?
A: It is, one free class of your choice, no commitment.
C: Can I bring my flatmate? We'd both like to try the boxing one.
A: Yes, you each get one. Boxing fitness is Tuesday and Thursday at 7 p.m.
C: Thursday. Do we need gloves?
A: We lend gloves and wraps for the trial. Just bring water and trainers.
C: Great. Then put the two of us down for Thursday.
A: Can I have both names?
C: Leah Morgan and Ines Duarte.
A: Done: Leah and Ines, boxing fitness, Thursday the 19th at 7. Arrive ten minutes early for a quick form.
C: Lovely, thank you! Really looking forward to it.""",
True, 0.00, "positive", "booking of a (free) trial class for two: 'put the two of us down for Thursday' - a booking counts; 'Really looking forward to it'"),

("FR69_035", "Priya Raman", "2026-11-18T10:15:00", "clean",
"""A: BrightPath Learning, Priya speaking.
C: Hi, this is Ahmed from Kestrel Logistics. My manager approved the project management course, and she wants to send all three of us from the ops team.
A: Great news. That's the 8-week Project Management Essentials. $890 per person, so $2,670 for three, and we'll invoice Kestrel directly.
C: Good. Is there any group discount?
A: For three, no; it starts at five. Sorry.
C: Fine. Then it's three places, January cohort.
A: Perfect. The course ends with an optional certification exam; the exam voucher is $150 per person.
C: Is the certificate recognised anywhere, or is it just yours?
A: It counts towards professional development hours with most industry bodies, and employers generally recognise it.
C: Then only for me. The other two are just there for the skills, they don't need the paper.
A: So three places at $890 and one exam voucher at $150, $2,820 invoiced to Kestrel?
C: Correct.
A: Done. I'll send the joining instructions to all three.
C: Thanks.""",
True, 150.00, "neutral", "three places is the main purchase; exam voucher 'only for me' = 1 x $150, not three; 'Correct.' to read-back"),

("FR69_036", "Tomasz Wilk", "2026-11-18T12:45:00", "asr",
"""A: streamnest sign ups tomasz speaking
C: hi yeah um i wanna get the family plan for us we just moved and we don't have cable anymore
A: nice okay family plan is nineteen ninety nine a month and that's four profiles watching at once
C: four okay um there's five of us though if you count my mum she lives in the granny flat
A: you can add an extra member slot for three ninety nine a month she'd get her own login
C: and she can watch on her own tv at the same time as the kids
A: yep that's the point of it
C: yeah okay do the family plan and add the extra one for my mum
A: great so family plan nineteen ninety nine plus extra member three ninety nine twenty three ninety eight a month starting today
C: yep that's right
A: all set you'll get a text with the link to set up profiles
C: oh brilliant thank you she's gonna be chuffed she loves her crime shows""",
True, 3.99, "positive", "'do the family plan and add the extra one for my mum' - extra member slot three ninety nine; 'oh brilliant thank you'"),

("FR69_037", "Lucia Ferreira", "2026-11-18T15:20:00", "clean",
"""A: Sunwater Yoga, Lucia speaking.
C: Hi, I'm interested in the January retreat weekend in the hills. Is there space?
A: There is, a few spots left. It's $640 with shared twin rooms, all meals, and four classes a day.
C: Four a day sounds intense. Can I skip some?
A: Of course, it's your weekend. Lots of people skip the 6 a.m. one.
C: Ha. Okay. Is there a single room option?
A: A private room is $120 more.
C: I'll share, it's fine. Can I book with a deposit?
A: Yes, $200 now and the balance by December 20th. Shall I put the deposit through?
C: Yes, go ahead, card ending 7731.
A: Hmm, it's been declined. Would you like to try another card?
C: That's my only card. It's probably the bank blocking it again, they do that with anything over $100. Ugh. I'll sort it out with them and call you back.
A: No problem. I can't hold the place without the deposit, but there are a few spots left.
C: Understood. I'll ring back this afternoon.""",
False, 0.00, "neutral", "'Yes, go ahead' but the deposit card is declined, place not held, will call back = nothing booked; private room refused; irritation aimed at her bank"),

("FR69_038", "Marcus Hale", "2026-11-19T09:55:00", "clean",
"""A: Ledgerly sales, Marcus speaking.
C: Hi, we did the trial for two weeks and we're ready to buy. Five users, the Team plan.
A: Great to hear. Five seats on Team monthly is $60 a month. We also run a live onboarding workshop, $500 one-off, for setting up your chart of accounts and approvals.
C: Let me get the plan sorted first. Do we keep the data from the trial?
A: Yes, everything carries over.
C: And the bank feed we connected?
A: That stays too.
C: Okay, go ahead, five seats, monthly.
A: Done. Your first invoice is $60, today.
C: The workshop, what did you say that was, $500? Is that for all five of us?
A: $500 total, for up to 15 people, two hours on video.
C: Then yes, book the workshop. The week after next if possible, our bookkeeper is away next week.
A: Booked for Tuesday the 24th at 10, $500 on the same invoice.
C: Brilliant, that's a weight off. Thanks.""",
True, 500.00, "positive", "workshop offered at the start, accepted six turns later 'Then yes, book the workshop' - $500 flat for the group, not per person; 'that's a weight off'"),

("FR69_039", "Hannah Lindqvist", "2026-11-19T11:30:00", "asr",
"""A: palace theatre hannah speaking
C: hi yeah i was at the show last night and i need to complain about the seats
A: oh i'm sorry to hear that what happened
C: we were in the upper circle row h and there was a pillar right in the middle we couldn't see half the stage
A: oh those are the restricted view seats they should have been marked
C: well they weren't marked when i bought them i paid full price fifty two each for two
A: let me look at the booking um it looks like the online map didn't show the warning i'm really sorry
C: so what are you gonna do about it
A: i can refund the difference to the restricted price that's twenty dollars per ticket
C: twenty dollars we basically watched a pillar for three hours
A: i can also offer two tickets to another show this season as a gesture
C: i don't want more tickets i want my money back honestly it was shocking
A: i'll escalate it for a full refund and the manager will email you by friday
C: yeah fine""",
False, 0.00, "negative", "complaint and refund request; free tickets refused 'i don't want more tickets'; 'it was shocking'"),

("FR69_040", "Jerome Batiste", "2026-11-19T16:05:00", "clean",
"""A: Casa Lingua, Jerome speaking.
C: Hi, I had a trial lesson with Marta last week, the Portuguese one.
A: Oh yes, how did you find it?
C: Good. Really good, actually. I'm thinking about the private lessons.
A: The block of ten is $380, or single lessons are $42.
C: Is that still with Marta?
A: Yes, Marta would be your teacher.
C: Yes, that's what I want, I liked her style. What days does she have?
A: Tuesdays and Fridays in the late afternoon. Shall I book the block of ten starting Tuesday?
C: I'll need to look at my shifts for December first. They come out on Monday.
A: Sure. Would you like me to send you the booking link so you can do it then?
C: Yes, send it to me, thanks.
A: Done, it's in your inbox.
C: Great, thank you, she really was lovely.""",
False, 0.00, "positive", "'Yes, that's what I want' is about having Marta as teacher; closing question answered with a deferral (shifts); yes only to a link; 'Really good', 'she really was lovely'"),
]
