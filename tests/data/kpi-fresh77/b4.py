CALLS = [
("FR77_061", "Bethany Cole", "2026-11-20T10:44:00", "clean",
"""A: BrightNest Hosting, Bethany speaking.
C: Hi! I'm opening a dog-grooming shop and I need a website. What's the Site Builder plan?
A: Site Builder is $216 a year, with templates, booking forms, and a free domain for the first year.
C: That's exactly what I need. Let's do it.
A: Great. Want professional email? It's $5 a month per mailbox.
C: Two mailboxes, one for me and one for bookings.
A: Two mailboxes at $5, $10 a month. We also do custom logo design, $150 one time.
C: I'll pass on the logo, my sister's an artist. But this is great, thank you!
A: You're all set, the login is in your inbox.""",
True, 10.00, "positive", "'Let's do it'; two mailboxes x $5/mo = 10.00; logo $150 declined 'I'll pass'; 'this is great'"),

("FR77_062", "Victor Nguyen", "2026-11-20T14:09:00", "asr",
"""A: deskline office supply victor speaking
C: yeah i'm looking at my cart and the toner i always get went from sixty two to seventy nine
A: yes the manufacturer raised prices this month
C: seventeen bucks a cartridge and i buy ten a month
A: i can offer free shipping on orders over five hundred
C: i already get free shipping that's not a discount that's nothing
A: i'm sorry that's all i can do on that item
C: forget it i'll get it on amazon honestly you guys keep doing this""",
False, 0.0, "negative", "'forget it i'll get it on amazon'; annoyed 'you guys keep doing this'"),

("FR77_063", "Sofia Marchetti", "2026-11-23T15:25:00", "clean",
"""A: Brightpath Tutoring, Sofia speaking.
C: Hi, my daughter needs a calculus tutor, ideally starting this week. Her midterm is in ten days.
A: Let me check. I'm sorry, our calculus tutors are fully booked until January.
C: January? That's after her exam.
A: I could put her on the waitlist or book a general math tutor at $55 an hour.
C: General math won't help, she's in AP Calc. No, that's fine.
A: I'm sorry we couldn't help this time.
C: So am I. That's really disappointing, you were recommended to us.""",
False, 0.0, "negative", "nothing available; alternative refused 'No, that's fine'; 'really disappointing'"),

("FR77_064", "Derek Palmer", "2026-11-23T11:01:00", "asr",
"""A: freshfiber carpet cleaning derek speaking
C: hi i want the living room and two bedrooms done before thanksgiving
A: sure that's fifty per room so a hundred fifty for three rooms i have tuesday morning
C: tuesday morning is great book it
A: booked we also do upholstery a sofa is eighty nine
C: hmm our couch is disgusting but eighty nine is a lot
A: i can do seventy five if we do it the same visit
C: okay seventy five yeah add the couch
A: done three rooms and the sofa tuesday at nine
C: oh thank you that's such a relief with the family coming""",
True, 75.00, "positive", "'book it'; sofa revised eighty nine -> seventy five then 'add the couch' = 75.00; 'such a relief'"),

("FR77_065", "Priya Raman", "2026-11-24T09:18:00", "clean",
"""A: Toolshed Rentals, Priya speaking.
C: How much is the drum floor sander for a weekend?
A: Friday pickup to Monday morning is $120, sandpaper is sold separately, about $3 a sheet.
C: And the edger?
A: The edger is $45 for the weekend.
C: Hmm. Maybe next month when it's warmer and I can open the windows.
A: Sure, just call a few days ahead.
C: Okay, thanks.""",
False, 0.0, "neutral", "deferral 'Maybe next month'; price questions only"),

("FR77_066", "Marcus Webb", "2026-11-24T13:37:00", "clean",
"""A: Sentry Endpoint sales, Marcus speaking.
C: I'm the IT manager at Kessler Tool. We want endpoint protection on 40 machines.
A: Sentry Business is $4.50 per seat per month, $180 a month for 40.
C: Okay. And onboarding? Last vendor left us to figure it out.
A: Managed onboarding is $750 one-time: we deploy and configure all 40.
C: $750 is steep. Make it $500 and I'll take both.
A: I can do $500.
C: Fine. Go ahead and send me the invoice.
A: Sending it now, deployment can start Monday.""",
True, 500.00, "neutral", "'Go ahead and send me the invoice'; onboarding revised $750 -> $500 and accepted = 500.00; businesslike"),

("FR77_067", "Elena Duarte", "2026-11-25T10:30:00", "asr",
"""A: lumen studio elena speaking
C: hi i saw you do pet portraits how much is that
A: our pet session is three fifty and includes ten edited images
C: oh sure three fifty for pictures of my dog totally normal
A: it's an hour in studio with props and a print
C: wow a print how generous
A: we also have a mini session for one seventy five
C: no i'm good thanks i'll just take them myself""",
False, 0.0, "negative", "sarcasm 'totally normal', 'how generous'; refusal 'no i'm good thanks'"),

("FR77_068", "Tom Kowalski", "2026-11-25T14:52:00", "clean",
"""A: Careful Hands Moving, Tom speaking.
C: Your crew moved us Saturday and broke my grandmother's lamp. And there's a gouge in the hallway floor.
A: I'm very sorry. I'll open a damage claim for both right now.
C: They laughed about it. Laughed. Right in front of me.
A: That's not acceptable and I'll report it to the crew manager.
C: I want this taken seriously, not another form.
A: A claims adjuster will call you within 48 hours.
C: We'll see. I won't be using you again, and I'm telling everyone I know.""",
False, 0.0, "negative", "complaint/damage claim, no purchase; 'I won't be using you again'"),

("FR77_069", "Aisha Grant", "2026-11-26T09:06:00", "asr",
"""A: printworks aisha speaking
C: hi we're a campaign for school board and we need yard signs like yesterday
A: we can do fifty corrugated yard signs at six dollars each ready tomorrow
C: yes do it fifty signs
A: do you need the metal stakes they're a dollar each
C: oh gosh yes fifty stakes too
A: okay fifty signs and fifty stakes ready tomorrow at noon
C: you guys are lifesavers thank you""",
True, 50.00, "positive", "'yes do it fifty signs'; stakes a dollar each x fifty = 50.00; 'lifesavers'"),

("FR77_070", "Daniel Okafor", "2026-11-27T11:42:00", "clean",
"""A: KeepSafe Storage, Daniel speaking.
C: Hi, I'm interested in a business unit for my catering equipment, maybe 10 by 15.
A: Our 10 by 15 drive-up units are $179 a month. The site manager can walk you through the power options.
C: Oh good, I'd want to ask her about outlets. Is she in?
A: She's in tomorrow. Is 555-0144 the best number for you?
C: Yes, that's my cell.
A: And should she call you tomorrow morning?
C: Yes, call me back tomorrow, any time before noon. You've been really kind, thank you.
A: My pleasure.""",
False, 0.0, "positive", "'Yes, that's my cell' and 'Yes, call me back tomorrow' are not purchases; 'You've been really kind'"),

("FR77_071", "Hannah Lindqvist", "2026-11-30T08:15:00", "clean",
"""A: GreenShield Pest Control, Hannah speaking.
C: Hi, there's a wasp nest the size of a football over our front door and my kids can't get out.
A: Oh no. Wasp nest removal is $150 and I can have someone there tomorrow between 8 and 10.
C: Oh thank God. Yes, tomorrow morning is perfect, please book it.
A: Booked for tomorrow, 8 to 10. We also have a perimeter plan, $39 a month, that treats the eaves every season.
C: Let me ask my wife about the monthly thing, she does the budget.
A: Of course, I'll leave a note on your account.
C: Thank you so much, really.""",
True, 0.0, "positive", "'please book it'; perimeter plan deferred to wife; relieved 'Thank you so much'"),

("FR77_072", "Luis Ortega", "2026-11-30T10:36:00", "asr",
"""A: brightnest hosting luis speaking
C: yeah my site was down for most of saturday which was our biggest sale day of the year
A: i'm sorry there was a network outage at the data center it's resolved now
C: resolved great that doesn't get me my sales back
A: i understand i can credit you one month of hosting
C: one month that's like twenty bucks i lost thousands
A: that's the maximum credit the policy allows
C: yeah whatever put the credit on i guess""",
False, 0.0, "negative", "credit is not a purchase; 'yeah whatever'; angry about lost sales"),

("FR77_073", "Grace Whitfield", "2026-11-30T14:48:00", "clean",
"""A: Deskline Office Supply, Grace speaking.
C: Hi, about the order we talked about last week: the printer, the paper and the shredder, around $1,900.
A: Yes, I have it saved. Shall I place it today?
C: Hold off. Our budget resets in January and my director said wait.
A: No problem. The pricing on the printer ends December 15th, just so you know.
C: Understood. I'll call you back in January.
A: Sounds good, I'll keep the cart saved.
C: Okay. Bye.""",
False, 0.0, "neutral", "'Hold off ... my director said wait' -> deferral to budget"),

("FR77_074", "Kenji Moreno", "2026-11-30T16:20:00", "asr",
"""A: partytime rentals kenji speaking
C: hi i'm planning my sister's wedding reception and i need a hundred twenty chairs
A: the white folding chairs are three dollars each so three sixty for a hundred twenty
C: perfect let's book them for the fifth
A: booked would you like linens we have ivory tablecloths fourteen dollars each
C: oh yes we have twelve tables so twelve of those
A: twelve linens at fourteen each so one sixty eight
C: yes add the linens
A: done chairs and linens delivered on the fifth
C: yay thank you this is coming together so nicely""",
True, 168.00, "positive", "'let's book them for the fifth'; linens twelve x fourteen = 168.00 'yes add the linens'; 'coming together so nicely'"),

("FR77_075", "Rachel Stein", "2026-11-19T10:40:00", "clean",
"""A: Lumen Studio, Rachel speaking.
C: Hi, I'd like to book a photographer for our company holiday party on December 11th, 6 to 10.
A: Event coverage is $175 an hour, so $700 for four hours. Shall I put you down?
C: Yes, please do.
A: Okay, you're on the calendar for the 11th.
C: Oh, hang on, I just got an email from my boss. The budget for the party got cut. I'm sorry, please cancel that.
A: No problem at all, I've taken it off.
C: Sorry about that. Maybe another time.""",
False, 0.0, "neutral", "'Yes, please do' then 'please cancel that' -> retracted; apologetic but neutral"),

("FR77_076", "Omar Haddad", "2026-11-18T17:10:00", "asr",
"""A: riverside music tutoring omar speaking
C: hi i want to learn guitar i'm forty two and never played
A: great we have a six lesson starter pack forty five per half hour lesson
C: okay i'll do the six lessons
A: do you have a guitar we rent one for twenty dollars a month
C: no i don't yeah ok i'll rent one
A: so six lessons and a rental guitar starting next wednesday at six
C: mhm
A: see you wednesday
C: okay bye""",
True, 20.00, "neutral", "'i'll do the six lessons'; rental twenty dollars a month 'yeah ok i'll rent one' = 20.00 once; flat"),

("FR77_077", "Bethany Cole", "2026-11-27T09:55:00", "clean",
"""A: Spotless Home Cleaning, Bethany speaking.
C: It's 9:45. The cleaner was supposed to be here at 8. Again.
A: I'm so sorry, let me check. It looks like she called out sick this morning.
C: Oh, fantastic. And nobody thought to call me? Second time this month.
A: I can get a crew there tomorrow at 8, and take 50% off this visit.
C: No. Cancel the whole thing. The biweekly service, everything.
A: I understand. I'll cancel the recurring service.
C: Thank you. Finally something done right.""",
False, 0.0, "negative", "save offer refused 'Cancel the whole thing'; sarcasm 'Oh, fantastic', 'Finally something done right'"),

("FR77_078", "Victor Nguyen", "2026-11-27T13:13:00", "asr",
"""A: redline movers victor speaking
C: hi you gave me a quote last week for a saturday move three guys at one sixty an hour
A: yes i have it here the second of january
C: yeah so my roommate finally agreed let's book it
A: great you're booked for the second three movers at one sixty an hour do you need mattress bags they're fifteen dollars each
C: yeah two of those
A: two mattress bags thirty dollars we'll bring them with the truck
C: awesome thanks you've been really patient with me""",
True, 30.00, "positive", "earlier quote accepted 'let's book it'; mattress bags two x fifteen = 30.00; 'really patient'"),

("FR77_079", "Sofia Marchetti", "2026-11-26T15:03:00", "clean",
"""A: Ledgerly billing, Sofia speaking.
C: I'm trying to cancel and your website keeps sending me in circles.
A: I'm sorry. I see you're on an annual contract through March, so the cancellation takes effect then.
C: So I pay until March for something we stopped using in September.
A: I can move you to the Lite plan at $4 a seat until then.
C: No. I don't want another plan. I want out.
A: I've set the account to not renew in March.
C: This is ridiculous. Nobody mentioned a lock-in when we signed up.""",
False, 0.0, "negative", "Lite plan save offer refused 'No. I don't want another plan'; 'This is ridiculous'"),

("FR77_080", "Derek Palmer", "2026-11-26T10:22:00", "clean",
"""A: PrintWorks, Derek speaking.
C: Hi, what would 200 spiral-bound training manuals cost? About 60 pages, color cover, black and white inside.
A: That would be $8.40 each, $1,680 for 200, ready in a week.
C: And with tabs?
A: Tabs add $1.10 a book.
C: Okay. Email it over, I'm comparing with another shop this week.
A: Will do. What's the best address?
C: procurement@alderhealth.org.
A: Sent.""",
False, 0.0, "neutral", "quote only 'Email it over, I'm comparing'; flat"),
]
