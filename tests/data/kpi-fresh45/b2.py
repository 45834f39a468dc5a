CALLS = [
    ("FR45_021", "Grace Liu", "2026-11-10T17:05:41", "asr",
     """A: ironworks fitness this is grace
C: hi i came in for the free day pass last week and uh i think i want to join
A: love to hear it the monthly membership is thirty nine a month no contract
C: okay yeah sign me up
A: awesome and new members can add a starter pack of three personal training sessions for ninety nine
C: um normally how much are those
A: normally sixty each
C: oh okay that's a good deal yeah i'll do the three sessions
A: great you're all set your first session can be booked in the app
C: sweet honestly the trainers there were so nice when i came in i'm really happy i'm doing this""",
     True, 99.00, "positive",
     "'sign me up' to membership; starter pack three sessions for ninety nine accepted 'i'll do the three sessions' = 99 (sixty each only asked about); 'really happy'"),

    ("FR45_022", "Darnell Hayes", "2026-11-11T09:21:16", "asr",
     """A: clearview cable billing this is darnell thanks for holding
C: oh great thanks for holding only took an hour
A: i apologize for the wait how can i help
C: you charged me twice for november two payments of one twelve forty
A: let me look um yes i see the duplicate i'm issuing a refund for one twelve forty now it'll take three to five business days
C: three to five days for you to give back money you took in one second
A: i understand i'm sorry about that
C: mhm and while you're at it can you make sure it doesn't happen again
A: i've flagged the autopay so it won't double post
C: yeah well it shouldn't have happened in the first place""",
     False, 0.00, "negative",
     "billing complaint, refund only; sarcasm 'oh great ... only took an hour', ends 'shouldn't have happened in the first place'"),

    ("FR45_023", "Sofia Marchetti", "2026-11-11T18:12:33", "asr",
     """A: tony's pizza this is sofia pickup or delivery
C: delivery um can i get a large pepperoni and a medium veggie and a two liter of coke
A: sure what's the address
C: eighty eight linden street apartment three
A: okay you want to add garlic knots tonight they're six ninety nine
C: uh yeah why not
A: so that's a large pepperoni a medium veggie a two liter coke and garlic knots to eighty eight linden apartment three comes to forty one fifty
C: yeah that's right
A: about forty minutes
C: okay""",
     True, 6.99, "neutral",
     "confirms read-back 'yeah that's right'; garlic knots six ninety nine 'yeah why not' = 6.99; the forty one fifty total is the main order"),

    ("FR45_024", "Ben Adler", "2026-11-11T12:48:09", "clean",
     """A: SafeHaven Security, this is Ben.
C: Hi. I got a $75 false alarm fee on my bill and I want it taken off.
A: Let me check. I see an alarm on the 3rd at 2:14 a.m., and the police were dispatched.
C: Right, because your sensor on the back door is faulty. I've reported it twice.
A: I'm sorry. I can't waive the fee, but I can send a tech for the sensor. And honestly, our smart camera plan, $10 a month, would let you cancel false alarms from your phone.
C: Not interested. I want the fee removed.
A: I understand. I can escalate it to a supervisor, who'll call you in 48 hours.
C: Of course they will. I'm paying you to protect my house, not to fine me for your broken equipment.
A: I'm sorry, I've put in the escalation.
C: Fine. Goodbye.""",
     False, 0.00, "negative",
     "camera plan refused 'Not interested'; fee complaint unresolved; 'Of course they will' sarcasm, 'fine me for your broken equipment'"),

    ("FR45_025", "Aisha Bello", "2026-11-12T10:36:27", "asr",
     """A: maple street animal hospital this is aisha
C: hi it's lauren calling for biscuit she's due for her shots
A: hi lauren yes biscuit's due for rabies and distemper i have wednesday at four or saturday at nine
C: saturday at nine please
A: you got it and do you want us to do her nails while she's here it's fifteen dollars
C: oh god yes please she hates when i try to do them
A: ha okay nail trim added saturday at nine
C: perfect thank you guys are always so sweet with her she actually likes going there
A: she's a sweetheart see you saturday
C: bye""",
     True, 15.00, "positive",
     "'saturday at nine please' books visit; nail trim fifteen dollars 'yes please' = 15; 'always so sweet with her'"),

    ("FR45_026", "Luke Fernandes", "2026-11-12T14:02:58", "asr",
     """A: roadrunner car rental this is luke
C: hey i need a car at the airport from the twentieth to the twenty seventh
A: okay the compact is two eighty for the week or a midsize at three forty
C: the compact's fine
A: great should i go ahead and reserve that
C: yep go ahead
A: done and would you like the collision damage waiver it's thirty one a day
C: uh what does that come to for the week
A: two seventeen for the week
C: hmm no my credit card covers that i think yeah skip it
A: okay you're confirmed pick up at counter b
C: alright thanks""",
     True, 0.00, "neutral",
     "'yep go ahead' reserves the car; waiver price only asked about then 'skip it' = 0; neutral"),

    ("FR45_027", "Hannah Kowalski", "2026-11-12T07:55:14", "asr",
     """A: the daily courier subscriptions this is hannah
C: yeah hi my subscription's up for renewal and honestly i almost didn't call
A: oh i'm sorry to hear that what's going on
C: the paper's been late like every other day and twice it was just soaking wet in the driveway
A: i'm so sorry i'll put a note in for the carrier to bag it and i can renew you for the year at one sixty nine
C: yeah fine renew it my dad reads it every morning so i don't really have a choice
A: renewed is the address still twenty two birch lane
C: yes that's the address
A: okay and i've logged the delivery complaint
C: well we'll see if anything changes i'm not holding my breath""",
     True, 0.00, "negative",
     "'yeah fine renew it' = renewal; 'yes that's the address' is not the commitment; grumbling ending 'not holding my breath'"),

    ("FR45_028", "Marcus Greene", "2026-11-13T11:19:40", "asr",
     """A: bright acre solar this is marcus
C: hi i filled out the form online about getting a quote for panels
A: great thanks for reaching out the next step is a free in home consultation where a designer measures the roof and walks you through the numbers
C: okay how long does that take
A: about an hour i have next tuesday at ten or thursday at five thirty
C: um thursday at five thirty works
A: alright thursday at five thirty you're booked with kayla
C: okay she'll call before coming
A: she'll text you the day before
C: okay sounds fine""",
     True, 0.00, "neutral",
     "books a consultation appointment 'thursday at five thirty works' + agent 'you're booked'; flat"),

    ("FR45_029", "Yuki Tanaka", "2026-11-13T15:44:06", "clean",
     """A: Pacific Crest Airlines, this is Yuki.
C: Hi, I need to move my flight to Tokyo from the 4th to the 6th of December. My mom's surgery got moved.
A: I'm sorry to hear that. I can move you to the 6th, same time. There's a $75 change fee.
C: Okay, that's fine, do it.
A: Done. Also, premium economy has opened up on that flight. It's $120 more for the upgrade on that leg.
C: Honestly, on an eleven-hour flight? Yes, I'll take the upgrade.
A: Great, you're in 22A, premium economy, on the 6th.
C: That's fantastic. You've made a really stressful week a lot easier, thank you so much.
A: I hope the surgery goes well.
C: Thank you, really.""",
     True, 120.00, "positive",
     "'do it' to the paid change; upgrade $120 'I'll take the upgrade' = 120 ($75 change fee excluded); 'That's fantastic ... thank you so much'"),

    ("FR45_030", "Rosa Jimenez", "2026-11-16T09:12:48", "asr",
     """A: lakeside family clinic this is rosa
C: hi i need to cancel my appointment on thursday
A: okay can i get your date of birth
C: march third eighty one
A: thank you do you want to reschedule
C: no i'm honestly done with you guys you billed my old insurance again after i gave the new card three times and now i've got a collections letter
A: oh i'm sorry let me transfer you to billing
C: i've talked to billing i've talked to billing four times
A: i understand i'll flag it for the office manager
C: yeah cancel the appointment i'm finding another clinic""",
     False, 0.00, "negative",
     "cancels the appointment and refuses to reschedule; 'honestly done with you guys', 'finding another clinic'"),

    ("FR45_031", "Owen Price", "2026-11-16T13:27:19", "asr",
     """A: hey welcome to cellcity on main this is owen
C: hi um i'm picking up the pixel you guys had on hold for me
A: yep got it here under park the eight pro that's nine ninety nine
C: yes that's it i'll take it
A: awesome you want a case for it we've got the clear one for twenty nine ninety nine
C: yeah definitely i drop everything
A: ha and a glass screen protector is fourteen ninety nine
C: yeah add that too
A: so phone case and screen protector all set
C: sweet this was so quick thanks man i love it""",
     True, 44.98, "positive",
     "'i'll take it' phone; case twenty nine ninety nine + screen protector fourteen ninety nine = 44.98; 'i love it'"),

    ("FR45_032", "Leila Haddad", "2026-11-16T16:40:31", "asr",
     """A: serenity day spa this is leila
C: hi um i was wondering what your massage prices are
A: sure a sixty minute swedish is ninety five and the deep tissue is one fifteen
C: okay and can i book online or do i have to call
A: you can book online yes on our website or the app
C: okay cool
A: i can also book it right now for you if you'd like
C: no that's okay i'll do it online later when i figure out what day works
A: sounds good
C: okay thanks bye""",
     False, 0.00, "neutral",
     "question 'can i book online', then 'i'll do it online later' = deferral, nothing booked; neutral"),

    ("FR45_033", "Maria Delgado", "2026-11-17T10:52:13", "clean",
     """A: Peak Performance Gym, membership desk, Maria speaking.
C: Hi, I need to cancel my membership. I'm moving to Denver at the end of the month.
A: Oh, congrats on the move. We do have a freeze option at $5 a month if you think you'd come back.
C: No, it's a permanent move, but thanks.
A: Understood. I can process the cancellation effective the 30th.
C: Great. Do I need to come in and sign anything?
A: No, I'll email you a confirmation right now.
C: Wow, okay. I honestly expected a fight. You made that really painless, thank you.
A: Good luck in Denver!
C: Thanks, I appreciate it.""",
     False, 0.00, "positive",
     "cancellation, freeze offer refused 'No, it's a permanent move'; 'made that really painless, thank you'"),

    ("FR45_034", "Kevin O'Brien", "2026-11-17T14:15:55", "asr",
     """A: harborview inn kevin speaking
C: yeah hi i want to book the friday night the twenty seventh one king
A: i have a king at one ninety nine
C: huh online it said one eighty five
A: let me check you're right i'll match one eighty five
C: okay then yeah book it
A: booked and checkout is eleven but i can give you a late checkout at two for twenty five dollars
C: um yeah okay sure do the late checkout
A: done you're all set
C: okay""",
     True, 25.00, "neutral",
     "'yeah book it' after price match (discount, not upsell); late checkout twenty five 'sure do the late checkout' = 25; flat"),

    ("FR45_035", "Priya Raman", "2026-11-17T11:08:44", "asr",
     """A: secureden claims this is priya
C: yeah i'm calling about claim ending in four four seven the hail damage on my car
A: okay one moment i see it the adjuster denied it because the policy doesn't have comprehensive
C: that's impossible i pay you every month for full coverage
A: i'm sorry the policy on file is liability only since the change last march
C: i never changed anything somebody on your end did that
A: i can open a review of the policy change
C: a review i've got a car with a hundred dents in it and you're telling me a review
A: i understand i'll mark it urgent
C: this is absolutely unacceptable i'm calling my lawyer""",
     False, 0.00, "negative",
     "claim denied, no sale; 'absolutely unacceptable', 'calling my lawyer'"),

    ("FR45_036", "Tom Whitaker", "2026-11-18T12:33:21", "asr",
     """A: la terrazza this is tom
C: hi um i want to do a reservation for two on the twenty eighth it's our tenth anniversary
A: oh congratulations what time were you thinking
C: like seven thirty if you have it
A: seven thirty on the twenty eighth for two you've got it and for anniversaries we can have a bottle of champagne on the table when you arrive it's sixty dollars
C: oh yes absolutely let's do that she'll love it
A: wonderful name for the reservation
C: it's ruiz
A: ruiz party of two seven thirty on the twenty eighth with champagne
C: yes perfect oh this is great thank you so much""",
     True, 60.00, "positive",
     "reservation booked and confirmed 'yes perfect'; champagne sixty dollars 'absolutely let's do that' = 60; 'this is great thank you so much'"),

    ("FR45_037", "Grace Liu", "2026-11-18T15:49:37", "asr",
     """A: hilltop honda this is grace in sales
C: hi um i saw you have a couple of the new cr vs on the lot
A: we do the hybrid sport and the ex l are both in stock
C: mhm okay what are they going for
A: the hybrid is about thirty six five before tax would you like to come in for a test drive i can set one up for you
C: uh maybe i might swing by saturday i don't know yet
A: sure want me to put you down for saturday morning
C: nah i'll just come in if i come in
A: okay just ask for me
C: yeah okay""",
     False, 0.00, "neutral",
     "'i might swing by saturday', declines to be put down 'nah i'll just come in if i come in' = no booking; neutral"),

    ("FR45_038", "Darnell Hayes", "2026-11-18T10:14:02", "clean",
     """A: Metro Box Office, this is Darnell.
C: Hi! I'd like two tickets for the Jazz Collective on Friday the 20th.
A: Sure. I have two in the mezzanine at $45 each.
C: Those are great.
A: Please confirm: two mezzanine tickets, Friday the 20th at 8 p.m., $90 in total?
C: Yes, that's correct.
A: And would you like a reserved parking pass in the garage? It's $20 for the night.
C: Oh yes, that'd save us so much hassle. Add it.
A: Done! Tickets and parking will be emailed.
C: Wonderful, thank you, we've been waiting all year for this show.""",
     True, 20.00, "positive",
     "confirms read-back 'Yes, that's correct'; parking $20 'Add it' = 20; 'Wonderful ... waiting all year'"),

    ("FR45_039", "Sofia Marchetti", "2026-11-19T19:02:26", "asr",
     """A: streamwell member services this is sofia
C: yeah why did my bill go up again this is the second time this year
A: i'm sorry the premium plan went from twenty two ninety nine to twenty four ninety nine in october
C: that's a joke you keep raising prices and the shows keep getting worse
A: i hear you if you want to save i can move you to the standard plan at seventeen ninety nine no four k though
C: ugh yeah fine downgrade me i don't even care about four k
A: okay you're on standard starting with your next bill
C: and if it goes up again i'm out
A: understood
C: yeah""",
     True, 0.00, "negative",
     "'yeah fine downgrade me' = paid plan change to a cheaper plan (no upsell); 'that's a joke', 'if it goes up again i'm out'"),

    ("FR45_040", "Ben Adler", "2026-11-19T11:37:50", "asr",
     """A: oak and ash furniture customer care this is ben
C: hi yeah my sofa was supposed to come tuesday it came today and the arm is ripped
A: oh no i'm so sorry can you send photos
C: i already sent photos to the driver he told me to call you
A: okay i can schedule a replacement it would be about three weeks
C: three weeks i had people coming for thanksgiving that's why i ordered it in september
A: i'm sorry i can offer a hundred dollar credit
C: i don't want a credit i want the sofa i paid for
A: i understand i'll put the replacement in and ask for it to be expedited
C: this has been a complete disaster from start to finish""",
     False, 0.00, "negative",
     "damaged delivery complaint, replacement of an existing order is not a new purchase; 'complete disaster'"),
]
