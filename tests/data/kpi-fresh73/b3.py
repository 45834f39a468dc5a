CALLS = [
("FR73_041", "Sofia Lindqvist", "2026-11-18T09:10:00", "clean",
"""A: Hillcrest Pharmacy, Sofia speaking.
C: Hi, can I order a couple of things for delivery? I'm stuck at home with a cold and my allergies are going at the same time.
A: Of course. What do you need?
C: Two boxes of the store-brand loratadine, the 30-count.
A: Those are $12.50 each, so $25. Anything else? A lot of people pair that with the saline nasal spray, it's $9.
C: Yes, add the spray.
A: Okay, two boxes of loratadine and one saline spray, delivered to 18 Birch Court this afternoon. Is that right?
C: Yes, that's right.
A: It'll be there between 2 and 4.
C: Okay. Thanks.""",
True, 9.0, "neutral", "two boxes at $12.50 = main; 'Yes, add the spray' $9; confirms read-back; plain 'Okay. Thanks'"),

("FR73_042", "Grant Delacroix", "2026-11-18T10:30:00", "asr",
"""A: ironworks gym this is grant
C: hey i'm on the basic plan and i want to upgrade to the premium so i can do the classes
A: nice so basic is twenty nine premium is forty nine a month want me to switch you over starting today
C: yeah switch me over
A: done and just so you know on premium you can add a household member for twenty five a month they get full premium access
C: oh my wife's been wanting to come yeah add her
A: okay what's her name
C: maria santos same address
A: perfect she's added she can pick up her fob anytime
C: sweet she's gonna be thrilled thanks man this is great""",
True, 25.0, "positive", "upgrade is the main purchase; household member twenty five a month 'yeah add her'; 'this is great'"),

("FR73_043", "Naomi Okafor", "2026-11-18T13:05:00", "clean",
"""A: LearnWell Online support, Naomi speaking.
C: Hi. I bought the Photography Masterclass with "lifetime access" and now half the videos say they've been retired.
A: I'm sorry about that. Some modules were retired when the instructor left the platform.
C: Lifetime access. Lifetime of what, exactly? The course?
A: I understand the frustration. I can offer you a credit toward another course, or a refund of $89.
C: Oh, sure, let me pick another course that can also disappear. Just refund it.
A: Okay, I've issued the $89 refund to your original card.
C: Great. Really great experience all around.
A: I'm sorry it wasn't what you expected.
C: Whatever. Bye.""",
False, 0.0, "negative", "refund only; sarcastic 'Really great experience all around', 'Whatever'"),

("FR73_044", "Victor Sato", "2026-11-18T15:50:00", "asr",
"""A: oak street animal hospital this is victor
C: hi how much is it to get a cat spayed
A: for a cat under a year it's two ninety five that includes pain meds and a cone
C: okay and do i need to bring her in for something first
A: yeah a quick pre surgery check that's included she'd fast the night before
C: mhm
A: want me to look at dates for you
C: uh not yet i'll call back after payday that's next friday
A: okay no problem
C: okay thanks bye""",
False, 0.0, "neutral", "price question; 'i'll call back after payday' deferral"),

("FR73_045", "Hannah Reilly", "2026-11-19T09:00:00", "clean",
"""A: Luxe Hair Studio events, this is Hannah.
C: Hi! I'm getting married on January 9th and I need hair and makeup for me and four bridesmaids.
A: Congratulations! Hair and makeup is $120 per person, so five people is $600. We'd come to your venue starting at 9 a.m.
C: Yes, let's book that. I've been stalking your Instagram for months.
A: Ha, love it! We also strongly recommend a bridal trial for you, it's $85, about two weeks before.
C: Oh, definitely, I want the trial. I'm nervous about the updo.
A: Okay, five hair and makeup on January 9th at 9 a.m., plus your trial on December 26th at 11. $600 plus $85.
C: Yes, that's all correct. I'm so relieved, thank you!
A: It's going to be beautiful.
C: You're amazing. Thank you!""",
True, 85.0, "positive", "'let's book that' 5 x $120 (main); trial $85 'definitely, I want the trial'; 'You're amazing'"),

("FR73_046", "Ravi Chandrasekar", "2026-11-19T11:15:00", "asr",
"""A: riverside telehealth this is ravi
C: hi i wanted to do a video visit for a sinus thing that won't go away
A: sure i have today at one twenty or three forty with a nurse practitioner
C: one twenty works
A: okay today one twenty video visit for sinus symptoms and is the number ending four four two one still good
C: yes that's my cell
A: great you'll get a text with the link ten minutes before
C: okay
A: anything else
C: nope that's it thanks""",
True, 0.0, "neutral", "'one twenty works' picks slot, agent books; 'yes that's my cell' not the decisive yes; routine thanks"),

("FR73_047", "Bethany Cole", "2026-11-19T14:00:00", "clean",
"""A: Core Fitness personal training, Bethany speaking.
C: Hi. I'm ready to buy a training package. What are the options again?
A: Six sessions for $420, or twelve for $780, which comes to $65 a session.
C: The twelve, then.
A: Great. We also offer a body composition scan for $30, most clients do one at the start and one at the end to track progress.
C: Fine, do two of the scans.
A: Okay, so twelve sessions at $780 plus two scans at $30 each. Charge the card on file?
C: Yes.
A: Done. Coach Mike will reach out to schedule.
C: Okay.""",
True, 60.0, "neutral", "twelve-pack $780 (main); 'do two of the scans' 2 x $30 = 60; flat"),

("FR73_048", "Isaac Nwosu", "2026-11-19T16:30:00", "asr",
"""A: brightside dental this is isaac
C: hi i need to cancel my appointment tomorrow at ten
A: okay i see it since it's less than twenty four hours there's a forty dollar late cancellation fee
C: forty dollars are you serious my kid is sick
A: i'm sorry it's the policy i can waive it if you reschedule now though
C: i can't reschedule now i don't know when she'll be better
A: i can hold a spot next week and you can move it later
C: no just cancel it i'll call when things calm down
A: okay it's cancelled and i'll note that your child was sick for the manager
C: yeah that's ridiculous charging people for being sick""",
False, 0.0, "negative", "cancels, declines reschedule; 'that's ridiculous charging people for being sick'"),

("FR73_049", "Dana Whitfield", "2026-11-20T10:20:00", "clean",
"""A: Serenity Day Spa, Dana speaking.
C: Hi there! I'm just checking what's open Saturday for a hot stone massage.
A: Let me see. Saturday I have 10 a.m., 1:30, and 5 p.m. for hot stone.
C: And that's the 75-minute one?
A: Yes, 75 minutes, $145.
C: Okay, wonderful. I'm going to check with my husband which time he can watch the kids, and I'll book it online.
A: Sounds good, those should show online too.
C: Thank you, you've been really sweet. I always feel so welcome there.
A: Aw, thank you. Hope to see you Saturday!""",
False, 0.0, "positive", "only asks about slots, 'I'll book it online'; 'you've been really sweet'"),

("FR73_050", "Marcus Oyelaran", "2026-11-20T12:10:00", "asr",
"""A: hillcrest pharmacy this is marcus
C: hi i need to refill my cholesterol medication the rosuvastatin
A: sure i see it your copay on the brand is forty five but there's a generic now that's only eight dollars
C: oh really is it the same thing
A: same active ingredient same dose your doctor didn't mark it as brand only so we can switch
C: oh nice yes do the generic please
A: okay refilling with the generic ready after four today
C: that saves me a lot thank you i had no idea
A: happy to help
C: seriously thank you that's great news""",
True, 0.0, "positive", "'yes do the generic please' refill (cheaper, no upsell); 'that's great news'"),

("FR73_051", "Priya Raman", "2026-11-20T15:00:00", "clean",
"""A: Motion Physical Therapy, Priya speaking.
C: Hi. Dr. Lane referred me for my shoulder. I'm self-pay.
A: Okay. For self-pay we have a block of six sessions for $390, which is $65 each instead of $85.
C: Okay. I'll do the six.
A: Great. Your first visit is Monday at 7:30 a.m. with Tyler. We also sell a kinesiology tape kit for home use, $18.
C: Sure.
A: Okay, so six sessions at $390 and the tape kit at $18...
C: Actually, skip the tape. I have a roll at home from my running days.
A: No problem, just the six sessions, starting Monday at 7:30.
C: Okay. Thanks.""",
True, 0.0, "neutral", "'I'll do the six'; tape $18 'Sure' then 'Actually, skip the tape' (retracted); flat"),

("FR73_052", "Tomas Herrera", "2026-11-23T09:35:00", "asr",
"""A: bright path tutoring this is tomas
C: hi um my daughter's in second grade and her teacher says she's behind in reading and i just feel terrible i didn't catch it sooner
A: oh please don't feel bad it's really common and second grade is a great time to catch it
C: okay what do you have
A: our reading foundations program is five sessions for two twenty with a reading specialist
C: okay yes let's do the five sessions
A: great and i'd suggest adding a reading assessment up front it's forty five and it tells the tutor exactly where to start
C: yes add the assessment that makes sense
A: okay five sessions plus the assessment first one is tuesday at four
C: thank you so much you've made me feel so much better about all this""",
True, 45.0, "positive", "'let's do the five sessions' (220 main); 'yes add the assessment' forty five; 'feel so much better'"),

("FR73_053", "Keisha Brandt", "2026-11-23T11:45:00", "asr",
"""A: peak fitness member services this is keisha
C: yeah i cancelled in september and you charged me again in october and november
A: i'm sorry let me look okay i see the cancellation request it wasn't processed on our side
C: no kidding
A: i'm refunding both months that's eighty eight dollars back to your card
C: good
A: and since you were with us two years we have a come back offer three months at fifteen a month if you want to reactivate
C: are you serious absolutely not i'm not giving you my card again
A: understood i've confirmed the cancellation and you'll get an email
C: yeah i better""",
False, 0.0, "negative", "refund; reactivation 'absolutely not'; 'no kidding', hostile"),

("FR73_054", "Owen Castellanos", "2026-11-23T14:20:00", "clean",
"""A: Oak Street Animal Hospital, Owen speaking.
C: Hi! We just got a puppy, a lab mix, and I heard you have a wellness plan?
A: Congrats! Our Puppy Wellness plan is $29 a month and covers all vaccines, two exams, deworming, and unlimited nurse visits for the first year.
C: That sounds perfect. Shall we just do it?
A: I can set that up for you right now. Shall I?
C: Yes, please!
A: Done. There's also a dental add-on at $8 a month that covers her first cleaning.
C: Yes, add the dental. Might as well start her off right.
A: Okay, Puppy Wellness plus dental, $37 a month starting today. What's her name?
C: Biscuit. Thank you so much, this is so helpful.""",
True, 8.0, "positive", "'Yes, please!' to set-up; dental $8/month 'Yes, add the dental'; 'this is so helpful'"),

("FR73_055", "Leah Morgenstern", "2026-11-23T16:10:00", "asr",
"""A: luxe hair studio this is leah
C: hi i'm trying to get in with maria for a cut and color
A: so maria's fully booked through the end of december but jess has openings this week she's one of our newer stylists
C: i've been trying to get in with maria for like a month this is so frustrating
A: i'm sorry she's really popular her january book opens december first
C: hm i don't want to switch my colorist
A: understandable i can put a note to call you when january opens
C: yeah fine do that i'll wait for maria
A: okay i've added the note
C: honestly you should have a waitlist this is a pain""",
False, 0.0, "negative", "declines junior stylist, waits, only a callback note; 'so frustrating', 'this is a pain'"),

("FR73_056", "Jamal Pettigrew", "2026-11-24T09:20:00", "clean",
"""A: Main Street Pharmacy, Jamal speaking.
C: Hi, I'd like to transfer my prescriptions from CVS to you. I just moved to the area.
A: Welcome! I can do that. Which medications?
C: My thyroid pill and my ADHD medication.
A: The thyroid I can transfer today. The ADHD medication is a Schedule II, so unfortunately it can't be transferred, you'd need a new prescription from your doctor.
C: So the one I actually need this week you can't do.
A: I'm sorry, that's federal law, not our policy. Do you want me to go ahead with the thyroid one?
C: No, forget it. If I have to go back to CVS anyway, I'll just keep everything there.
A: I understand. If you get a new script, we'd be happy to fill it.
C: Yeah. This was a waste of time.""",
False, 0.0, "negative", "transfer blocked; declines partial 'No, forget it'; 'This was a waste of time'"),

("FR73_057", "Sofia Lindqvist", "2026-11-24T11:00:00", "asr",
"""A: riverside lab services this is sofia
C: hi my doctor ordered blood work and i need to set up a time
A: sure i have tomorrow at eleven or thursday at two
C: tomorrow at eleven is good
A: okay let me just check the order oh this is a lipid panel and fasting glucose so you'd need to fast twelve hours so eleven might be rough
C: oh i didn't know that um what's earlier
A: we have seven thirty on friday
C: hm i have to drop my kids at school let me figure out the morning first and call you back
A: no problem
C: okay thanks""",
False, 0.0, "neutral", "picks 11, agent hadn't confirmed, fasting issue, 'let me figure out the morning first and call you back'"),

("FR73_058", "Grant Delacroix", "2026-11-24T13:30:00", "clean",
"""A: CodePath Academy, Grant speaking.
C: Hi, I want to buy two courses, Intro to Python and SQL Basics. They're $49 each, right?
A: That's right, $98 for both. Would you like me to process that for you?
C: Yes, go ahead.
A: Done. Since you're getting those two, the Data Visualization course pairs naturally with them. It's normally $49 but I can add it today for $29.
C: For $29? Yeah, okay, add that one too.
A: Okay, three courses, $127 total, all on your account now.
C: Awesome. Your SQL preview lessons were really good, by the way.
A: Glad to hear it!
C: Thanks, have a good one.""",
True, 29.0, "positive", "two courses $98 (main); third course revised $49 to $29 'add that one too' = 29; 'really good'"),

("FR73_059", "Naomi Okafor", "2026-11-24T15:15:00", "asr",
"""A: bayview dental this is naomi
C: hi i got the treatment plan you mailed me for the implant and i wanted to talk about it
A: sure so the implant post crown and abutment come to four thousand two hundred total
C: four thousand two hundred for one tooth
A: i know it's a lot we do have financing twelve months no interest which is about three fifty a month
C: yeah that's crazy expensive honestly my cousin got one for like half that
A: we can review the plan with the doctor if you'd like
C: no i'm gonna get a second opinion somewhere else
A: okay we'll be here if you want to come back
C: yeah okay bye""",
False, 0.0, "negative", "'gonna get a second opinion somewhere else'; 'crazy expensive'"),

("FR73_060", "Victor Sato", "2026-11-24T17:05:00", "clean",
"""A: Serenity Day Spa, Victor speaking.
C: Hi, I'd like to buy a $200 gift card for my sister for Christmas.
A: Wonderful. I can do that. Can I get the card number?
C: Sure, it's a Visa, 4...
A: I'm so sorry, our payment system just went down. It says it'll be back up tomorrow morning.
C: You're kidding. I'm calling from my work break.
A: I can take your number and call you back tomorrow to finish it.
C: Forget it. I'll just buy one somewhere else.
A: I completely understand, and I'm sorry.
C: Yeah. Not great, guys.""",
False, 0.0, "negative", "wants $200 gift card but payment system down, nothing bought; 'Forget it', 'Not great, guys'"),
]
