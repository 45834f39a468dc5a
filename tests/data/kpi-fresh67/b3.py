CALLS = [
    ("FR67_041", "Marisol Vega", "2026-11-02T15:20:00", "clean",
     """A: Precision Collision, Marisol speaking.
C: Hi, someone backed into my car in a parking lot and I need an estimate. Their insurance is supposed to pay.
A: Sorry to hear that. I can do an estimate Wednesday at 11 or Thursday at 9.
C: Their insurance told me I have to wait for their adjuster to look at it first. It's been nine days.
A: Some insurers do require that. We can still look at it so you have our number ready.
C: What's the point if they won't accept it? I've been on hold with them for hours this week.
A: That's fair. Once the adjuster's been, just call and we'll get you in quickly.
C: Yeah. I'll wait for the adjuster. This whole thing is a nightmare.
A: I'm sorry, we'll be here when you're ready.""",
     False, 0.0, "negative",
     "declines both estimate slots, 'I'll wait for the adjuster'; 'This whole thing is a nightmare'"),

    ("FR67_042", "Derek Okafor", "2026-11-03T11:34:00", "asr",
     """A: parkside animal hospital this is derek
C: hi my dog's been limping since yesterday on his back leg he won't put weight on it can someone see him today
A: let me check yes i have an opening at four fifteen today with doctor lee
C: oh thank goodness yes please book that
A: you're booked four fifteen and i see he's also overdue for a nail trim we can do that during the visit it's twelve dollars
C: sure yeah do that too while he's there
A: okay exam and nail trim four fifteen for rocco
C: yes that's him
A: bring him in about ten minutes early
C: i will thank you so much i was so worried we couldn't get in""",
     True, 12.0, "positive",
     "'yes please book that' for 4:15; nail trim 'twelve dollars' 'yeah do that too'; relieved 'thank you so much'"),

    ("FR67_043", "Priya Raman", "2026-11-04T10:00:00", "clean",
     """A: Grand Hall Box Office, this is Priya.
C: Hi, I'm trying to buy tickets for the Nutcracker on December 19th. The website keeps crashing.
A: I'm sorry about the site. Let me check... the 19th is completely sold out, both the matinee and the evening.
C: Of course it is. What about the 20th?
A: The 20th sold out this morning as well. All December performances are gone.
C: Wonderful. I've been trying since 8 a.m. and your site kept kicking me out.
A: I can add you to the returns list for the 19th.
C: Fine, put me on it. Not that it'll do anything.
A: You're on the list. We'll email if seats come back.
C: Yeah, okay.""",
     False, 0.0, "negative",
     "everything sold out; only a returns list; sarcastic 'Of course it is', 'Wonderful', 'Not that it'll do anything'"),

    ("FR67_044", "Tomasz Nowak", "2026-11-05T16:45:00", "asr",
     """A: fresh coat painting tomasz speaking
C: hi we're looking to get the living room and hallway painted and wanted to see about a quote
A: sure i can send someone out for a free estimate we do weekdays only i have next monday or tuesday afternoon
C: hmm we both work weekdays is there nothing on a saturday
A: not for estimates sorry we can do a video estimate in the evening though
C: oh a video one sounds good actually
A: want me to set that up for thursday at six
C: um sounds good but let me check with my partner first and i'll call you back
A: sure no problem
C: okay thanks""",
     False, 0.0, "neutral",
     "'sounds good but let me check with my partner first' — deferral; no booking"),

    ("FR67_045", "Jenna Whitfield", "2026-11-06T13:30:00", "clean",
     """A: Apex Test Prep, Jenna speaking.
C: Hi. My daughter's taking the SAT in March. I'd like to sign her up for the ten-session package.
A: Sure, that's $850 for ten sessions. We have Monday and Wednesday at 6 p.m. with Mr. Patel.
C: Monday and Wednesday at 6 is fine.
A: We also offer full-length proctored mock exams, $45 each. Most students do two.
C: Okay. Two mock exams then.
A: So the ten-session package plus two mock exams, starting Monday the 16th.
C: Correct.
A: I'll email the schedule and invoice.
C: Okay. Thank you.""",
     True, 90.0, "neutral",
     "'sign her up for the ten-session package'; 'Two mock exams then' at $45 each = 90; businesslike"),

    ("FR67_046", "Luis Carvajal", "2026-11-09T12:12:00", "asr",
     """A: kings cuts barbershop this is luis
C: yo do you guys have anything saturday morning for a cut
A: yeah i got ten or ten forty five with marco
C: ten works
A: cool and you want a beard trim with that it's fifteen extra
C: yeah throw the beard in
A: alright cut and beard saturday at ten under what name
C: jaylen
A: got you jaylen see you saturday
C: bet appreciate it man you guys always hook it up""",
     True, 15.0, "positive",
     "'ten works'; beard trim 'fifteen extra' 'yeah throw the beard in'; 'appreciate it man'"),

    ("FR67_047", "Omar Haddad", "2026-11-10T08:40:00", "clean",
     """A: Overhead Door Pros, this is Omar.
C: Hi, my garage door won't open, I think the spring snapped. I heard a huge bang.
A: That sounds like the torsion spring. Replacement is about $280 with labor. I can get someone out Tuesday between 1 and 3.
C: Okay, Tuesday 1 to 3, let's do it.
A: Got you down. Can I get the address?
C: Hold on, my husband's saying something. What? You already called someone? Today?
C: Sorry, apparently he booked another company an hour ago. Cancel mine, I guess.
A: No problem, I've cancelled it.
C: Sorry for wasting your time.
A: Not at all.""",
     False, 0.0, "neutral",
     "'let's do it' for Tuesday then 'Cancel mine' (husband booked elsewhere) — retracted"),

    ("FR67_048", "Rebecca Lindqvist", "2026-11-11T17:55:00", "asr",
     """A: hi this is rebecca at harmony music school
C: hi i was wondering about guitar lessons for an adult beginner
A: sure we do thirty minute private lessons for fifty five each or a monthly plan of four for two hundred
C: fifty five for thirty minutes
A: yes that's with one of our certified teachers
C: that's way too much for half an hour honestly i was expecting like half that
A: we do have group classes on saturdays for twenty five a class
C: no i don't want a group class ugh this is way overpriced
A: i understand
C: yeah no i'll just use youtube bye""",
     False, 0.0, "negative",
     "'way too much', 'way overpriced', 'i'll just use youtube'"),

    ("FR67_049", "Hannah Brooks", "2026-11-12T14:22:00", "clean",
     """A: Lyric Stage box office, Hannah speaking.
C: Hi, I have two tickets for Thursday the 19th but I need to switch to a different night.
A: I can exchange them. There's a $15 per ticket exchange fee. I have Saturday the 21st, same section.
C: $15 each to change a date? That's ridiculous. The show hasn't even happened yet.
A: I'm sorry, it's the theatre's policy.
C: Fine. Move them to Saturday.
A: Okay, two tickets for Saturday the 21st at 7:30, row H, with a $30 exchange fee. Is that right?
C: Yes. That's correct.
A: Done, new tickets are in your email.
C: Great, another thirty bucks gone. Thanks a lot.""",
     True, 0.0, "negative",
     "exchange confirmed 'Fine. Move them to Saturday' / 'Yes. That's correct'; exchange fee is not upsell; 'ridiculous', sarcastic 'Thanks a lot'"),

    ("FR67_050", "Kwame Mensah", "2026-11-13T10:30:00", "asr",
     """A: bright smile dental kwame speaking
C: hi i have an appointment next thursday for a root canal and i need to cancel it
A: okay can i ask if you'd like to reschedule instead
C: no i um i got the estimate and my insurance only covers half so i need to figure out the money first
A: i understand we do have a payment plan through care credit if that helps
C: yeah i looked at that i'd rather not take on more debt right now
A: okay i've cancelled thursday for you
C: okay
A: just call us when you're ready
C: will do thanks""",
     False, 0.0, "neutral",
     "cancels root canal, declines reschedule and payment plan; calm 'will do thanks'"),

    ("FR67_051", "Siobhan Dunne", "2026-11-16T11:05:00", "clean",
     """A: Guardian Pest Control, this is Siobhan.
C: Hi, I think I've got mice in the garage and I'd like to get on a regular plan.
A: Sure. Our quarterly plan is $89 per visit, first visit includes sealing entry points. I can come out Thursday at 10.
C: Yes, let's set that up for Thursday.
A: Done. Anything else going on outside?
C: Actually, there's a wasp nest under the deck. Can you handle that too?
A: We can remove it on the same visit for a one-time $65.
C: Yes please, add that. I can't even use the deck.
A: Quarterly plan starting Thursday at 10, plus wasp nest removal.
C: Perfect, that's a weight off my mind. Thank you!""",
     True, 65.0, "positive",
     "'let's set that up for Thursday'; wasp nest '$65' 'Yes please, add that'; 'a weight off my mind'"),

    ("FR67_052", "Ravi Kulkarni", "2026-11-17T09:18:00", "asr",
     """A: quick fix auto ravi speaking
C: yeah my check engine light came on what do you charge to look at it
A: our diagnostic is ninety five and if you do the repair with us it goes toward the bill
C: ninety five just to plug in a computer
A: it's more than reading the code the tech does a full inspection of the system
C: auto parts store does it for free man that's a joke
A: they can read the code yes but they don't diagnose
C: yeah no i'm not paying ninety five bucks for that
A: okay if you change your mind we're here
C: mhm sure""",
     False, 0.0, "negative",
     "'that's a joke', 'i'm not paying ninety five bucks' — refuses"),

    ("FR67_053", "Claire Beaumont", "2026-11-18T15:50:00", "clean",
     """A: Luxe Lash Bar, this is Claire.
C: Hi, I'd like a full set of classic lashes on Friday at 2 if possible.
A: Let me grab that... oh, I'm sorry, someone just booked 2 online while we were talking.
C: Oh, seriously?
A: I do have Friday at 3:30 or Saturday at 9.
C: Friday at 3:30 then.
A: Got it, full classic set, Friday at 3:30 with Mia. That's $140.
C: Okay, that's fine.
A: You'll get a confirmation text.
C: Okay.""",
     True, 0.0, "neutral",
     "2:00 taken, 'Friday at 3:30 then' and confirms 'that's fine'; mild 'seriously?' then flat"),

    ("FR67_054", "Marcus Tillman", "2026-11-19T13:13:00", "asr",
     """A: happy paws boarding this is marcus
C: hi i need to board my two dogs from december twenty third to the twenty seventh
A: oh i'm sorry we've been fully booked for christmas since september
C: september what am i supposed to do now
A: i can give you the number for a sitter service we partner with
C: i don't want a random sitter they're used to you guys
A: i understand i can put you on the waitlist but honestly it's long
C: this is so stressful we fly out on the twenty third
A: i'm really sorry
C: yeah great thanks for nothing""",
     False, 0.0, "negative",
     "fully booked for Christmas; 'so stressful', 'thanks for nothing'"),

    ("FR67_055", "Yuki Tanaka", "2026-11-20T09:25:00", "clean",
     """A: Hillcrest Medical Group, Yuki speaking.
C: Hi, I need to book my annual physical.
A: Sure. Dr. Morales has Tuesday the 1st at 8:20 or Wednesday the 2nd at 10.
C: Tuesday at 8:20.
A: Okay. Your insurance covers the standard labs. A vitamin D and B12 panel isn't covered, it's $40 if you want it added.
C: I'll add that, my doctor mentioned it last year.
A: Added. Tuesday December 1st, 8:20, annual physical plus the vitamin panel. Fast for 12 hours before.
C: Got it. Thanks.""",
     True, 40.0, "neutral",
     "picks Tuesday 8:20; 'I'll add that' to the $40 panel; routine 'Got it. Thanks.'"),

    ("FR67_056", "Evelyn Park", "2026-11-23T16:05:00", "asr",
     """A: handy helpers evelyn speaking
C: hi i need a seventy five inch tv mounted on the wall and a couple of floating shelves put up
A: sure tv mount and two shelves is one sixty i have wednesday at one or friday at nine
C: friday at nine please
A: do you want the cables hidden in the wall it's seventy five more and it looks a lot cleaner
C: oh yes definitely i hate the cords hanging down
A: okay tv mount two shelves and in wall cables friday at nine
C: yep perfect
A: the tech will text you thirty minutes before
C: awesome thank you you made this really easy""",
     True, 75.0, "positive",
     "'friday at nine please'; in-wall cables 'seventy five more' 'oh yes definitely'; 'you made this really easy'"),

    ("FR67_057", "Marisol Vega", "2026-11-24T11:40:00", "asr",
     """A: brightside dental marisol speaking
C: yeah my crown that dr amin put on in august fell off last night while i was eating
A: oh no i'm so sorry we can redo that at no charge i can get you in tomorrow at nine
C: at no charge well it better be at no charge i paid eleven hundred for it
A: of course it's under warranty would tomorrow at nine work
C: no i don't trust you guys with it anymore i'm going to a different dentist
A: i understand i can send your records over if you let me know where
C: i'll have them call you this is really disappointing
A: again i'm very sorry""",
     False, 0.0, "negative",
     "declines the free redo slot, 'going to a different dentist'; 'really disappointing'"),

    ("FR67_058", "Derek Okafor", "2026-11-25T14:14:00", "clean",
     """A: The Orchard Barn events, Derek speaking.
C: Hi! My fiance and I are looking at venues for next fall and we'd love to come see the barn.
A: We'd love to have you. Tours are free. I have Saturday the 5th at 11 or Sunday the 6th at 2.
C: Saturday at 11 would be amazing.
A: Great, I've booked your tour for Saturday December 5th at 11. Can I get a name?
C: Alicia Moreno. Yes, that's perfect. Do we need to bring anything?
A: Just yourselves, and maybe boots, it's muddy this time of year.
C: Ha, noted. Thank you so much, we're really excited!""",
     True, 0.0, "positive",
     "books the tour 'Saturday at 11 would be amazing' + confirms read-back; free tour, no upsell; 'really excited!'"),

    ("FR67_059", "Priya Raman", "2026-11-26T13:00:00", "asr",
     """A: bloom hair studio priya speaking
C: hi i have a cut with jess on saturday and i need to cancel it
A: okay do you want to move it to another day she has next tuesday at five
C: no just cancel it for now i'm not sure when i'll be free
A: no problem it's cancelled
C: okay is there a fee for that
A: no you're more than twenty four hours out so you're fine
C: oh okay good
A: just give us a call when you want to rebook
C: okay will do bye""",
     False, 0.0, "neutral",
     "cancels, declines reschedule 'no just cancel it for now'; neutral 'oh okay good'"),

    ("FR67_060", "Tomasz Nowak", "2026-11-27T10:48:00", "clean",
     """A: GoShine Mobile Detailing, this is Tomasz.
C: I want to book interior details for two cars. And before you say anything, last time your guy was two hours late.
A: I'm sorry about that. Interior detail is $140 per car. I have Wednesday at 9 as the first stop of the day.
C: First stop. Fine, book both cars for Wednesday at 9.
A: Booked. Do you have pets? Pet hair removal is $25 per car.
C: Just on the SUV. The dog sheds like crazy.
A: So two interior details, plus pet hair removal on the SUV, Wednesday at 9.
C: Yes. And if he's late again, I'm not paying.
A: Understood, I've put a note on it.
C: We'll see.""",
     True, 25.0, "negative",
     "'book both cars for Wednesday at 9'; pet hair '$25 per car' 'Just on the SUV' = 25 once; grudging, 'if he's late again, I'm not paying', 'We'll see.'"),
]
