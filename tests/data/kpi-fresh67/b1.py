CALLS = [
    ("FR67_001", "Marisol Vega", "2026-11-02T09:14:00", "clean",
     """A: Brightside Dental, this is Marisol, how can I help?
C: Hi, I'm due for a cleaning. I got the reminder card last week.
A: Let me pull you up. I have Tuesday the 10th at 9:30 or Thursday the 12th at 2:15 with Dr. Amin's hygienist.
C: Thursday at 2:15 is better, I can come over on my lunch.
A: Perfect. You're also due for a fluoride treatment, insurance doesn't cover it on your plan, it's $35 out of pocket. Want me to add it?
C: Yeah, go ahead and add that, my gums have been sensitive anyway.
A: Done. So Thursday the 12th, 2:15, cleaning plus fluoride.
C: That's great, honestly easier than I expected. Thank you so much.
A: You're welcome, see you then.""",
     True, 35.0, "positive",
     "picks Thursday 2:15; 'go ahead and add that' to $35 fluoride; 'easier than I expected, thank you so much'"),

    ("FR67_002", "Derek Okafor", "2026-11-02T10:41:00", "asr",
     """A: thanks for calling parkside animal hospital this is derek
C: hi um my dog's due for his rabies shot and the booster thing i wanted to get him in this week
A: okay let me look uh this week we're actually fully booked the soonest i have is next wednesday at four or next friday at eight thirty in the morning
C: mm next week hmm i'm not sure i work wednesdays and friday morning is tricky
A: i can put you on the cancellation list for this week too if something opens up
C: yeah sure put me on the list
A: okay done and do you want me to hold the friday slot in the meantime
C: uh let me check my work schedule first and i'll call you back
A: no problem we'll call if anything frees up
C: okay thanks bye""",
     False, 0.0, "neutral",
     "no slot this week; 'yeah sure put me on the list' is a waitlist not a booking; defers Friday slot 'let me check my work schedule'"),

    ("FR67_003", "Priya Raman", "2026-11-03T08:22:00", "asr",
     """A: good morning quick lane auto service priya speaking
C: yeah hi i need an oil change on a twenty nineteen civic sometime tomorrow if you can
A: sure i've got tomorrow at seven forty five or at one fifteen
C: seven forty five i'll drop it before work
A: got it and while it's up on the lift do you want a tire rotation it's twenty nine ninety five
C: um how long since the last one was it uh
A: looks like about eight thousand miles
C: okay yeah do the rotation too
A: alright oil change and tire rotation tomorrow at seven forty five under the name chen
C: mhm that's it
A: see you tomorrow
C: okay bye""",
     True, 29.95, "neutral",
     "takes 7:45 slot; 'okay yeah do the rotation too' after 'twenty nine ninety five'; flat tone"),

    ("FR67_004", "Tomasz Nowak", "2026-11-03T13:05:00", "clean",
     """A: Studio Nine Salon, Tomasz speaking.
C: Hi. I got a text that my appointment with Lena on Saturday got moved to Monday. Again.
A: I'm sorry about that, Lena's schedule changed. I can offer you Saturday with Gabi instead, at 11.
C: I don't want Gabi, I've been seeing Lena for four years.
A: Understood. Monday at 5 with Lena is still available, or the following Saturday at 10.
C: This is the third time in two months you've moved me. Just cancel it.
A: I can do that. Would you like me to note anything for the manager?
C: Yeah, note that you lost a customer. I'm done.
A: I've cancelled it and passed it on. I'm sorry again.""",
     False, 0.0, "negative",
     "declines all offered slots, 'Just cancel it'; 'you lost a customer. I'm done.'"),

    ("FR67_005", "Jenna Whitfield", "2026-11-04T16:30:00", "asr",
     """A: hi you've reached brightpath tutoring this is jenna
C: hi yes um my son's in ninth grade and he's really struggling with algebra we were hoping to get him a tutor
A: of course we do one on one sessions either in person or online we have a package of eight sessions for three hundred and sixty
C: okay and when would that be
A: i have tuesdays and thursdays at four thirty with mister alvarez he's great with ninth graders
C: oh tuesdays and thursdays is perfect that works with his practice
A: great so shall i set up the eight session package starting next tuesday
C: yes please let's do it
A: wonderful we also have a diagnostic practice test for forty dollars some parents like it to see where he stands
C: um no i think we'll skip that for now just the sessions
A: that's fine i'll send the confirmation to your email
C: thank you so much i'm really relieved honestly""",
     True, 0.0, "positive",
     "'yes please let's do it' to the eight-session package; declines $40 test 'we'll skip that'; 'really relieved'"),

    ("FR67_006", "Luis Carvajal", "2026-11-04T11:12:00", "clean",
     """A: Reliable Rooter, this is Luis.
C: Hi, I've got water coming from under my kitchen sink, I need someone today if possible.
A: I can get a tech there between 2 and 4 today. For same-day we take a $75 deposit that goes toward the job.
C: Fine, yes, book it. Visa ending 4410.
A: Okay, running it now... I'm sorry, it's coming back declined.
C: What? That can't be right. Try it again.
A: Same result, declined. Do you have another card?
C: Try the Mastercard, ending 2287.
A: That one's declined too, I'm afraid. I can't hold the slot without the deposit.
C: Unbelievable. Forget it, I'll call someone else. This is a waste of my afternoon.""",
     False, 0.0, "negative",
     "'Fine, yes, book it' but both deposit cards declined, slot not held, 'Forget it, I'll call someone else'"),

    ("FR67_007", "Hannah Brooks", "2026-11-05T12:03:00", "asr",
     """A: thanks for calling the riverside amphitheater box office this is hannah
C: hi i wanted two tickets for the lumineers saturday the twenty first
A: oh i'm sorry saturday sold out this morning but they added a sunday show the twenty second and i still have good seats in section b
C: oh no okay um sunday could work actually let me think yeah sunday's fine
A: section b row twelve two seats at eighty five each
C: yeah that's good
A: and we have a lounge upgrade with early entry and a drink it's twenty five per ticket
C: ooh yeah let's do that for both of us
A: okay so two tickets sunday the twenty second section b row twelve plus the lounge upgrade for both
C: yep that's right
A: you're all set the tickets are in your email
C: amazing thank you she's gonna love it""",
     True, 50.0, "positive",
     "Saturday sold out, takes Sunday, confirms read-back 'yep that's right'; lounge upgrade 'twenty five per ticket' for both = 50"),

    ("FR67_008", "Kwame Mensah", "2026-11-05T14:47:00", "clean",
     """A: Northgate Physical Therapy, Kwame speaking.
C: Hi, it's Dana Ruiz. I have PT on Monday at 3 but I have to move it, I've got a work thing.
A: No problem, Dana. I have Monday at 7:30 in the morning or Tuesday at 4:45.
C: Tuesday at 4:45, please.
A: Okay, so I'm moving you from Monday at 3 to Tuesday the 10th at 4:45 with Ben. Is that right?
C: Yes, that's correct.
A: Done. You'll get a text reminder the day before.
C: Okay. Thanks.
A: Have a good one.""",
     True, 0.0, "neutral",
     "reschedule: picks Tuesday 4:45 and confirms read-back 'Yes, that's correct'; routine 'Okay. Thanks.'"),

    ("FR67_009", "Siobhan Dunne", "2026-11-06T09:55:00", "asr",
     """A: comfort air heating and cooling this is siobhan
C: hi um i was looking at getting a furnace tune up before it gets cold how much is that
A: our tune up is one forty nine and that includes the filter and a safety check
C: one forty nine huh
A: yeah and i have openings on tuesday or wednesday morning
C: yeah that's uh a bit more than i was thinking the guy last year was like ninety
A: i understand ours includes the carbon monoxide test which a lot of places charge extra for
C: mhm okay well i'm gonna call around a bit first
A: sure thing you can book online anytime too
C: okay thanks""",
     False, 0.0, "neutral",
     "asks price only, 'a bit more than i was thinking', 'i'm gonna call around' — no booking"),

    ("FR67_010", "Ravi Kulkarni", "2026-11-06T07:58:00", "clean",
     """A: Lakeview Family Dentistry, this is Ravi.
C: Hi, sorry, I know you just opened. I cracked a molar last night and I'm in a lot of pain.
A: I'm sorry to hear that. We keep emergency slots. I can see you today at 10:40 with Dr. Osei, or tomorrow at 8.
C: Today, please. 10:40. Book me in.
A: You're booked for today at 10:40. The emergency exam is $95, and if she needs an X-ray that's billed to insurance.
C: That's fine, whatever it takes.
A: Please bring your insurance card and arrive ten minutes early.
C: I will. Oh thank God. Thank you so much, really.""",
     True, 0.0, "positive",
     "'Today, please. 10:40. Book me in.'; exam fee is the main service, no add-on; 'Oh thank God. Thank you so much'"),

    ("FR67_011", "Claire Beaumont", "2026-11-09T10:20:00", "asr",
     """A: shine works auto detailing claire speaking
C: yeah hi i want to get the full interior and exterior detail on my truck
A: sure that's two twenty nine for a full size truck i have thursday at nine or saturday at eight
C: thursday at nine
A: okay and would you be interested in the ceramic coating it's usually two hundred on trucks
C: mm two hundred that's a lot
A: i can do it for one fifty if you book it with the detail today
C: uh okay fine one fifty add it
A: great full detail plus ceramic coating thursday at nine
C: yeah
A: we'll text you when it's ready
C: okay""",
     True, 150.0, "neutral",
     "books Thursday 9; coating revised from two hundred to one fifty, 'okay fine one fifty add it'; flat"),

    ("FR67_012", "Marcus Tillman", "2026-11-09T15:36:00", "clean",
     """A: Cedar Creek Veterinary, Marcus speaking.
C: Hi, I'd like to book my kitten in to get spayed. She's six months now.
A: Sure. The spay package is $340, which includes pre-op bloodwork. I have Thursday the 19th, drop-off at 7:30.
C: Okay, yes, Thursday works.
A: Great, I'll put her in. What's her name?
C: Miso. Oh wait, the 19th? I'm flying out that Wednesday. No, cancel that, I won't be here.
A: No problem, I've taken it off. The next surgical day after that is December 3rd.
C: I'm not sure when I'm back yet. Let me call you once I know.
A: Sounds good.
C: Thanks.""",
     False, 0.0, "neutral",
     "'Okay, yes, Thursday works' then 'No, cancel that, I won't be here'; nothing rebooked"),

    ("FR67_013", "Yuki Tanaka", "2026-11-10T17:12:00", "asr",
     """A: thank you for calling willow spa this is yuki
C: hi i'd like to book a massage for saturday if you have anything
A: i have a sixty minute swedish at eleven or at two thirty
C: two thirty please
A: lovely and would you like to upgrade to hot stone it's an extra twenty dollars
C: oh yes i love hot stone
A: and we can add aromatherapy oils for ten more
C: um sure why not treat myself
A: so saturday two thirty sixty minute massage with hot stone and aromatherapy
C: perfect
A: see you saturday
C: thank you i've been looking forward to this all week""",
     True, 30.0, "positive",
     "books Saturday 2:30; 'oh yes i love hot stone' (+20) and 'sure why not' aromatherapy (+10) = 30"),

    ("FR67_014", "Evelyn Park", "2026-11-10T11:48:00", "clean",
     """A: Orpheum Theatre box office, Evelyn speaking.
C: Hi. How much are tickets for Hamilton on the 28th?
A: For the 28th, orchestra is $189 and mezzanine starts at $119, plus a $9 service fee each.
C: And if I come to the box office in person, is there still the fee?
A: No, at the window there's no service fee.
C: Okay. Are there usually seats left on the day?
A: For that date it's selling steadily, I can't promise.
C: Alright. I'll probably just come by the window this week.
A: We're open 10 to 6.
C: Okay, thanks.""",
     False, 0.0, "neutral",
     "price questions only; 'I'll probably just come by the window' — no purchase on the call"),

    ("FR67_015", "Omar Haddad", "2026-11-11T13:25:00", "asr",
     """A: thank you for calling applianceworks repair this is omar
C: yeah i had a technician scheduled yesterday between eight and twelve for my washer and nobody showed up nobody called i took the morning off for this
A: i'm really sorry about that i see the visit was missed i can get you in tomorrow first slot eight to ten and i'll waive the service call fee
C: the first slot is guaranteed
A: yes he's first on the route
C: fine book it but if he doesn't show up again i'm done with you guys
A: understood you're booked tomorrow eight to ten and the fee is waived
C: i shouldn't have to chase this whatever
A: i'll note the account so it's flagged
C: yeah okay""",
     True, 0.0, "negative",
     "'fine book it' the rescheduled visit (conversion); waived fee is not an upsell; angry throughout, 'whatever'"),

    ("FR67_016", "Rebecca Lindqvist", "2026-11-11T10:05:00", "clean",
     """A: ClearView Optometry, this is Rebecca.
C: Hi! I need to book an eye exam, my glasses prescription is two years old.
A: Sure. I have Friday at 1:00 or Monday at 9:20.
C: Friday at 1 is great.
A: Are you interested in contacts at all? We can do a contact lens fitting at the same visit for $45.
C: Oh actually yes, I've been meaning to try them. Sure, add that.
A: Lovely. So Friday the 13th at 1:00, comprehensive exam plus contact lens fitting.
C: Yes, perfect. Do I need to bring my old glasses?
A: Yes, please bring them.
C: Will do. Thanks so much, you've been super helpful!""",
     True, 45.0, "positive",
     "Friday at 1; 'Sure, add that' to $45 contact fitting; confirms read-back; 'super helpful!'"),

    ("FR67_017", "Marisol Vega", "2026-11-12T12:30:00", "asr",
     """A: first gear driving school marisol speaking
C: hi um i wanted to book driving lessons for my daughter she only has weekends free
A: okay let me check weekends uh unfortunately our weekend slots are booked through the end of december
C: the end of december seriously
A: i'm afraid so weekdays after four we have a few
C: she has practice every weekday that's why i said weekends
A: i could put her on the waitlist for weekends
C: ugh no forget it her test is in january that's useless
A: i'm sorry i wish i had more
C: yeah whatever bye""",
     False, 0.0, "negative",
     "no weekend availability until January; 'ugh no forget it', 'yeah whatever bye'"),

    ("FR67_018", "Derek Okafor", "2026-11-12T15:15:00", "clean",
     """A: Summit Roofing, Derek speaking.
C: Hi, we had some shingles blow off in the storm Sunday and I'd like someone to look at it.
A: Sure, our inspections are free. I can send someone Wednesday at 10 or Thursday at 3.
C: Wednesday at 10 works.
A: Booked. While he's up there, we can clean the gutters too, that's $129 for a single-story.
C: Hmm, maybe another time. Just the roof for now.
A: No problem. Wednesday at 10, free roof inspection at 22 Maple Court.
C: That's right.
A: He'll call when he's on his way.
C: Okay, thank you.""",
     True, 0.0, "neutral",
     "books free inspection Wednesday 10 and confirms 'That's right'; gutters $129 'maybe another time' = declined"),

    ("FR67_019", "Priya Raman", "2026-11-13T11:11:00", "asr",
     """A: hi this is priya at bloom hair studio
C: hi i wanted to book a full colour with dana sometime next week
A: sure dana has tuesday the seventeenth at ten thirty or thursday at one
C: tuesday at ten thirty
A: great and with colour a lot of people add our deep conditioning treatment it's twenty two dollars keeps it from drying out
C: oh sure why not my hair's been so dry
A: okay so tuesday the seventeenth at ten thirty with dana full colour plus the deep conditioning for twenty two
C: yep that's right
A: lovely see you then
C: yay thank you i'm so excited i haven't had it done since summer""",
     True, 22.0, "positive",
     "picks Tuesday 10:30; 'oh sure why not' to twenty two dollar conditioning; confirms read-back; 'so excited'"),

    ("FR67_020", "Tomasz Nowak", "2026-11-13T09:02:00", "clean",
     """A: Maplewood Pediatrics, this is Tomasz.
C: Hi, I'm calling to double-check my son's appointment. Leo Hart, I think it's next Tuesday?
A: Yes, Leo is booked Tuesday the 17th at 3:40 with Dr. Singh for his well visit.
C: Great. And is the flu shot done at the same visit?
A: It can be, just ask at check-in. Can I confirm the best number for reminders is 555-0182?
C: Yes, that's my number.
A: Perfect, you're all set.
C: That's really helpful, you guys are always so organized. Thanks so much!""",
     False, 0.0, "positive",
     "only confirms an existing appointment; 'Yes, that's my number' is not a purchase; 'really helpful... Thanks so much!'"),
]
