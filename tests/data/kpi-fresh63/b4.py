CALLS = [
("FR63_061", "Natalie Brooks", "2026-11-25T09:05:00", "asr", """A: northline mobile this is natalie
C: yeah there's a charge on my bill for an international day pass fifteen dollars and i never added that
A: let me look it says it was added on the app on the second
C: i didn't add anything on the app i don't even have the app
A: okay i'll remove it and credit the fifteen dollars
C: thank you and make sure it doesn't come back
A: i can also offer you the global plan at ten a month so you're covered if you travel
C: no just take it off i don't travel i just want my bill to be what you said it would be
A: it's removed and the credit will show next cycle
C: every few months there's something new on this bill it's exhausting honestly""", False, 0.0, "negative", "credit only, global plan declined 'no just take it off'; 'it's exhausting honestly'"),

("FR63_062", "Gregory Pham", "2026-11-25T10:40:00", "clean", """A: ShieldPoint Antivirus, Gregory speaking.
C: You charged me $49.99 this morning for a renewal I didn't know was coming.
A: I'm sorry about the surprise. Your plan auto-renews each year; we send a reminder 30 days before, but it may have gone to spam.
C: It went nowhere. Anyway, I do need antivirus, so fine, keep the renewal.
A: Thank you. I see you have 7 devices trying to use a 3-device license. The 10-device upgrade is $20 more for the year.
C: Seven? Oh, right, the kids' laptops. Fine, do the upgrade to 10.
A: Done, you're at 10 devices, $20 extra for the year.
C: Okay. But next time actually tell me before you take my money. That kind of thing really annoys me.""", True, 20.0, "negative", "'fine, keep the renewal' (main); 'do the upgrade to 10' for $20 more = 20.00; 'really annoys me'"),

("FR63_063", "Aisha Mensah", "2026-11-25T12:15:00", "clean", """A: Ironworks Fitness, Aisha speaking.
C: Hi! I've been doing the drop-in yoga classes and I love them. Is there a class pack?
A: Yes, the 10-class pack is $150, so $15 a class instead of $20 drop-in. It's valid for six months.
C: Oh, that's a good deal.
A: I can put it on your account now if you like.
C: I'll just grab it at the front desk on Saturday before class, I want to pay with my HSA card and I don't have it on me.
A: Sure, they can do that.
C: Great. Honestly Marisol's classes are the best part of my week. Thank you!""", False, 0.0, "positive", "'I'll just grab it at the front desk on Saturday' = deferral, nothing bought on the call; 'best part of my week'"),

("FR63_064", "Connor Walsh", "2026-11-25T14:30:00", "asr", """A: harbor mutual this is connor
C: hi my financial guy said i should look into an umbrella policy
A: sure an umbrella adds liability coverage on top of your home and auto for a one million umbrella you'd be at about two hundred and sixty a year
C: two sixty a year okay and that covers like if someone sues me
A: right if a claim goes past your home or auto limits
C: um okay let me think about it i'll call you back next week
A: sure i'll email the quote it's good for thirty days
C: yeah that's fine
A: anything else today
C: no that's it thanks""", False, 0.0, "neutral", "'let me think about it i'll call you back' = deferral; 'yeah that's fine' is to the email"),

("FR63_065", "Priya Raman", "2026-11-26T09:20:00", "clean", """A: Keystone Bank, Priya speaking.
C: Hi, I got hit with a $35 overdraft fee. My paycheck came in the same afternoon, literally hours later.
A: Let me see. Yes, the deposit landed at 3 PM and the charge cleared at 9 AM. Since it's your first one, I can waive it.
C: Oh, really? That would be great.
A: Done, the $35 is reversed. To be safe, I can link your savings as a backup for overdrafts. Is it the account ending 4410?
C: Yes, that's my savings account ending 4410. But I'd rather not link it, I keep that separate on purpose.
A: Totally understandable.
C: Thanks so much for waiving the fee, that really made my week.""", False, 0.0, "positive", "fee waived, nothing bought; 'Yes, that's my savings account' is not a commitment; 'really made my week'"),

("FR63_066", "Marcus Delgado", "2026-11-26T11:00:00", "clean", """A: Evergreen Power solar, Marcus speaking.
C: Hi, I've been thinking about solar panels, but I have no idea if my roof even works.
A: We do a free in-home consultation. The advisor measures the roof and checks your usage. I have Monday at 10 AM or Tuesday at 4 PM.
C: Tuesday at 4 is perfect, go ahead and book it.
A: Booked for Tuesday, December 1st at 4 PM.
C: Wonderful. My neighbor got panels last year and he hasn't stopped bragging.
A: Ha, now you can join him.
C: I'm really excited, thank you!""", True, 0.0, "positive", "'go ahead and book it' consultation appointment; 'I'm really excited'"),

("FR63_067", "Helen Okafor", "2026-11-26T13:35:00", "asr", """A: tunely music this is helen
C: hi i've been on monthly for like three years i think annual is cheaper right
A: yes annual is one hundred and nineteen a year versus eleven ninety nine monthly so you save about twenty five dollars
C: yeah switch me to annual
A: done the annual starts on your next billing date and you get the hi fi lossless audio add on for three dollars a month if you want it
C: um sure add the hifi thing for three
A: okay annual plus hifi at three a month
C: okay cool
A: anything else
C: nope""", True, 3.0, "neutral", "'yeah switch me to annual' (main); 'add the hifi thing for three' = 3.00; flat"),

("FR63_068", "Tomas Reyes", "2026-11-26T15:50:00", "clean", """A: Northline Mobile, Tomas speaking.
C: I need to add my new tablet to my account. The store said I should call.
A: Sure. A tablet line is $15 a month with 5GB. Shall I add it?
C: Yes, add it.
A: Done. If you'll stream on it, the 10GB data booster is $10 a month.
C: Oh great, another ten bucks. Everything with you people is another ten bucks.
A: It's optional, of course.
C: My kid will burn through 5GB in a weekend. Fine, add it.
A: Booster added. So the tablet line at $15 plus the booster at $10.
C: Yep. Lovely. Can't wait for the bill.""", True, 10.0, "negative", "'Yes, add it' tablet line (main); 'Fine, add it' booster at $10 a month = 10.00; sarcastic 'Oh great, another ten bucks'"),

("FR63_069", "Jenna Kowalski", "2026-11-27T09:10:00", "clean", """A: Harbor Mutual, Jenna speaking.
C: Hi, I sold my car last week so I need to cancel the auto policy.
A: Sure. Did you buy a replacement vehicle?
C: No, I'm just using the bike and the bus now.
A: Okay. You'll get a refund of about $212 for the unused premium. You have renters insurance with us too, would you like to keep that?
C: Yes, keep the renters as it is.
A: Of course. The auto policy is cancelled as of November 20th, the sale date.
C: Okay. Thanks.""", False, 0.0, "neutral", "cancellation with refund; 'keep the renters as it is' keeps an existing policy, not a new purchase"),

("FR63_070", "Darnell Hughes", "2026-11-27T11:25:00", "asr", """A: ironworks fitness this is darnell
C: hey i'm on the basic membership and i was wondering about the pool
A: yeah pool access comes with the premium tier it's fifteen more a month so fifty four total
C: mhm and is the pool open all year or just summer
A: it's indoor so all year but lap lanes are booked through the app
C: okay um maybe in the summer when my kids are off school
A: sure you can upgrade any time in the app or at the desk
C: yeah cool
A: anything else
C: no that's all thanks""", False, 0.0, "neutral", "'maybe in the summer' = deferral; 'yeah cool' not a commitment"),

("FR63_071", "Sofia Lindqvist", "2026-11-27T13:00:00", "clean", """A: Keystone Wealth, Sofia speaking.
C: I'd like to meet with a financial advisor about rolling over my old 401k.
A: Of course. Let me look for openings. Would Friday the 4th at 11 work?
C: Yes, please book the 4th at 11.
A: I'm so sorry, the system won't let me complete it. That advisor is fully booked through the end of December and the calendar just refreshed.
C: And no one else?
A: The other advisors are booked as well. I could put you on a waitlist for January.
C: Then don't bother. I've been trying to get an appointment for a month. I'll go somewhere that actually has time for its customers.""", False, 0.0, "negative", "booking failed, nothing booked; 'Then don't bother'"),

("FR63_072", "Kevin Tran", "2026-11-27T15:15:00", "clean", """A: Sitecraft Website Builder, Kevin speaking.
C: Hi, I want to cancel. My bakery's website isn't getting much traffic and $24 a month adds up.
A: I understand. Before you go, I can give you two months free, and our SEO checklist helps a lot of small businesses.
C: Two months free? Okay, you've talked me into it, I'll stay.
A: Great. I'll add the free months now. By the way, your site is still on a sitecraft subdomain. A custom domain is $12 a year; people find you much more easily.
C: Oh, I thought that cost a fortune. $12? Yes, let's do the custom domain.
A: Done. Your domain will be live within 24 hours.
C: Honestly, this call turned my mood around. Thank you, Kevin!""", True, 12.0, "positive", "accepts save offer 'I'll stay'; 'let's do the custom domain' at $12 a year = 12.00; 'turned my mood around'"),

("FR63_073", "Rachel Abernathy", "2026-11-30T09:40:00", "asr", """A: brightwave new service this is rachel
C: hi i signed up online last night and it said call to schedule the install
A: sure i have thursday the third from eight to twelve at eighteen poplar street is that okay
C: yep that works
A: okay thursday the third eight to twelve you're booked and do you want the technician to set up all your devices too the professional setup is forty nine ninety nine
C: oh yeah sure do that i'm hopeless with that stuff there's a printer and two smart tvs
A: okay professional setup added forty nine ninety nine
C: great that's such a relief honestly thank you
A: you're welcome see you thursday
C: thanks so much""", True, 49.99, "positive", "'yep that works' to install slot, booked; 'sure do that' professional setup forty nine ninety nine = 49.99; 'such a relief'"),

("FR63_074", "Omar Siddiqui", "2026-11-30T11:05:00", "clean", """A: Northline Prepaid, Omar speaking.
C: Hi, I need to top up my phone, the $30 refill.
A: Sure. Which card?
C: The debit card on file.
A: $30 refill done. Do you call abroad? The international pack is $5 for 100 minutes.
C: Yeah, I call my parents in Ghana. Give me two of those, the $5 ones.
A: Two international packs at $5 each, so $10 plus the $30 refill, $40 today. Confirm?
C: That's correct.
A: Done, you'll get a text.
C: Okay, thanks.""", True, 10.0, "neutral", "$30 refill is main; 'two of those, the $5 ones' = 2 x 5 = 10.00; confirmed read-back"),

("FR63_075", "Bethany Clarke", "2026-11-30T12:50:00", "clean", """A: StreamNest, Bethany speaking.
C: Hi, do you have a student discount? My friend said she pays half.
A: We do, but it's only for students enrolled in a university program with a valid .edu email.
C: I'm in a community college program, it's a .org email.
A: I'm afraid that doesn't qualify at the moment.
C: Oh, okay. So I'd just pay the regular price?
A: Yes, $15.49 a month.
C: Oh well. Thanks anyway.""", False, 0.0, "neutral", "not eligible, no sign-up; 'Oh well. Thanks anyway.'"),

("FR63_076", "Luis Ferreira", "2026-11-30T14:20:00", "asr", """A: brightsmile dental plans this is luis
C: hi i need dental coverage for me my husband and our two kids my job doesn't offer it
A: okay the family plan covers all four for eighty two dollars a month cleanings are free and fillings are eighty percent
C: that's good yeah let's go with the family plan
A: great it's active from the first and you mentioned glasses earlier the vision rider is nine dollars per person a month
C: only me and my husband need glasses so add it for the two of us
A: so vision for two people at nine dollars each
C: yes exactly
A: done family dental plus vision for two
C: thank you so much this is a huge weight off my mind""", True, 18.0, "positive", "'let's go with the family plan' (main); vision rider nine dollars per person for two = 18.00; 'huge weight off my mind'"),

("FR63_077", "Natalie Brooks", "2026-11-30T15:35:00", "clean", """A: Metro Water, Natalie speaking.
C: I moved out on the 15th and closed my account. Where is my $200 deposit?
A: Let me see. Your final bill was $38.12, so the deposit refund is $161.88. It's mailed as a check six to eight weeks after the final bill.
C: Six to eight weeks? You took it from my card in seconds.
A: I understand, it's the standard process.
C: Can't you send it to the card?
A: I'm afraid deposits only go out by check.
C: It's 2026. This is absurd. Fine, what address do you have?
A: 19 Alder Way, apartment 3.
C: That's my new address. I won't be holding my breath.""", False, 0.0, "negative", "deposit refund query, nothing bought; 'This is absurd', 'I won't be holding my breath'"),

("FR63_078", "Gregory Pham", "2026-11-30T16:05:00", "clean", """A: Ironworks Fitness, Gregory speaking.
C: Hi, I'm thinking of joining. Do you do trial passes?
A: We do a free tour and a one-day pass. I can book you a tour with a trainer, say Saturday at 10?
C: Hm, my weekends are kind of unpredictable right now.
A: We have weekday evening slots too, Wednesday at 6?
C: I'll just swing by sometime when I'm in the area. Do I need to bring anything?
A: Just a photo ID for the day pass.
C: Okay, got it.""", False, 0.0, "neutral", "no booking: 'I'll just swing by sometime'"),

("FR63_079", "Aisha Mensah", "2026-11-30T16:40:00", "asr", """A: keystone bank this is aisha
C: yeah i want to close my checking account the twelve dollar monthly fee is killing me
A: i understand before we close it you'd qualify for our everyday account it has no monthly fee if you have direct deposit
C: i do have direct deposit my paycheck goes in there
A: then the everyday account would be free same account number same card i'd just switch the product
C: wait so no fee at all
A: no fee as long as the direct deposit continues
C: okay yeah switch me to that one then
A: done you're on everyday as of today
C: oh nice that's actually really helpful thank you i didn't want to move banks""", True, 0.0, "positive", "cancellation call, accepts switch to the no-fee account 'switch me to that one' = save offer; 'really helpful'"),

("FR63_080", "Connor Walsh", "2026-11-30T17:10:00", "clean", """A: VaultKey Password Manager, Connor speaking.
C: I'm trying to upgrade to the Family plan online and your checkout keeps failing.
A: Sorry about that. I can do it by phone. Family is $59.88 a year for six users. Shall I process it?
C: Yes, let's proceed with the purchase. Use the Amex ending 1007.
A: Hmm, it's saying declined for the billing ZIP code. Do you have another card?
C: Ugh. Use the Visa ending 2231.
A: That went through. You're on Family. Would you like 1GB of encrypted file storage for $2.50 a month?
C: Sure, add it. Just get this done.
A: Added. All set.
C: That checkout is a mess. I wasted half an hour on it before calling. Fix your website.""", True, 2.5, "negative", "first card declined, second went through = purchase; storage $2.50 a month 'Sure, add it' = 2.50; 'That checkout is a mess'"),
]
