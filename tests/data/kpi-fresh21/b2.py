CALLS = [
("FR21_021", "Dana Whitfield", "2026-11-01T10:42:13", "asr", """A: hi this is dana from core fit studio you took a class with us last week right
C: yeah the spin class it was great
A: so we have a starter package three personal training sessions for ninety dollars total
C: oh that's not bad at all
C: okay i'm in i'll do the three sessions
A: awesome and our trainers also do a nutrition plan it's twenty five a month with weekly check ins
C: hmm twenty five a month um
C: you know what yeah i need the food part more than anything add it
A: done three sessions plus the nutrition plan
C: this is exactly what i needed thank you""", True, 25.0, "positive", "buys PT package (main); nutrition plan $25/month accepted after hesitation; happy"),

("FR21_022", "Kofi Mensah", "2026-11-02T19:33:50", "asr", """A: streamly this is kofi how can i help
C: i'm cancelling i'm switching to cinewave
A: oh sorry to hear that is it the price
C: it's everything cinewave has all the shows i watch and it's cheaper and the app doesn't crash
A: i can give you three months at half price
C: no thanks honestly they're just better
A: okay i've cancelled it you'll have access until the twelfth
C: fine it took me twenty minutes on hold to get to you by the way
A: i apologize for the wait
C: yeah bye""", False, 0.0, "negative", "save offer declined, cancels, praises competitor, complains about hold"),

("FR21_023", "Hannah Brooks", "2026-11-04T15:17:26", "clean", """A: Shieldline Security, Hannah speaking. I'm calling to confirm your installation.
C: Oh right, yes.
A: Please confirm: the Essentials kit, installation on Monday the 9th between 1 and 5 pm, $249 for equipment and $32.99 a month monitoring.
C: You got it.
A: Great. You mentioned a side door and a basement door on the quote call. Would you like two extra door sensors at $35 each?
C: Yes, add both of those.
A: Okay, that's $70 added. And a smart lock for the front door, $189?
C: No, not the lock.
A: All set. The tech will call 30 minutes before arriving.
C: Okay.""", True, 70.0, "neutral", "read-back confirmed ('You got it'); two sensors at $35 each = 70; smart lock declined; neutral"),

("FR21_024", "Ravi Shankar", "2026-11-05T09:20:44", "asr", """A: good morning this is ravi with pawsure pet insurance your policy for biscuit renews on the fifteenth
C: yeah i saw the letter it went up again
A: it did it's now forty two a month
C: forty two it was thirty one two years ago
C: i'm not happy about it but i can't leave him uninsured he's nine
A: understood so shall i go ahead and renew
C: yeah go ahead
A: and we now offer dental coverage for eight fifty a month which covers extractions
C: ugh he does have bad teeth fine add the dental
A: done renewed with dental
C: honestly if it goes up again next year i'm done with you guys""", True, 8.5, "negative", "renewal plus dental add-on $8.50/month; resentful about price, ends with threat"),

("FR21_025", "Leah Goldberg", "2026-11-06T19:48:00", "asr", """A: ledgerly support this is leah
C: hi i'm locked out of my account and i have payroll due tomorrow morning
A: okay don't worry let's get you in can you confirm the email on the account
C: it's tasha at tashabakes dot com
A: thanks i've sent a reset link to that address
C: okay got it um it's asking for a code
A: the code should be in a text to the number ending four four one two
C: yes got it i'm in
C: oh my gosh thank you you saved my whole week""", False, 0.0, "positive", "free password reset, no purchase; relieved and grateful"),

("FR21_026", "Omar Haddad", "2026-11-07T12:12:12", "clean", """A: FreshPlate, this is Omar.
C: Hi. My box is missing the salmon and the lemons. Again. So two of my three meals are useless.
A: I'm really sorry. I've put a $25 credit on your account.
C: A credit on a box I can't use. Great.
A: I understand the frustration. Would you like to upgrade to our premium protein line? It's $4 more per serving and packed separately.
C: You want me to pay more because your packing is sloppy? No.
A: Understood. I've also reported the packing issue to the warehouse.
C: Fine. I'm not impressed.""", False, 0.0, "negative", "credit only, upgrade refused; sarcastic and unhappy"),

("FR21_027", "Grace Liu", "2026-11-09T16:45:30", "asr", """A: hi this is grace with fibernet calling because your area just got gig speed
C: oh yeah i saw the trucks
A: you're on three hundred meg right now gig would be just ten more a month
C: yes um would i need a new router though
A: no your current one supports it
C: okay then go for it
A: upgraded and your house is pretty big do you want a mesh extender for the upstairs normally they're sixty but i can do forty for you
C: forty yeah definitely my daughter's room never gets signal
A: perfect the extender ships tomorrow
C: amazing thank you that's so helpful""", True, 40.0, "positive", "speed upgrade committed after question; extender revised price $40 accepted; positive"),

("FR21_028", "Bruno Costa", "2026-11-10T11:31:08", "asr", """A: ticket hub this is bruno
C: hi i'm trying to get two tickets for the nightingales on the twenty eighth the site keeps failing
A: let me check oh i'm sorry the twenty eighth just sold out
C: oh
A: there's no other date on this tour in our area
C: ah okay that's a shame
C: i was going to surprise my sister
A: i'm sorry i can add you to the waitlist if returns come in
C: no it's fine okay bye""", False, 0.0, "negative", "sold out, nothing bought; quietly disappointed"),

("FR21_029", "Fiona McBride", "2026-11-11T08:05:39", "clean", """A: Brightsmile Dental, this is Fiona.
C: Hi, I'd like to book a cleaning. I'm a patient, Carla Mendes, date of birth 4/12/1987.
A: Found you, Carla. We have Thursday, November 19 at 10:15 or Monday the 23rd at 3:00.
C: The 23rd at 3.
A: Okay, Monday the 23rd at 3:00 with Dr. Patel. Is 555-0148 still your best number?
C: Yes, that's right.
A: You're booked. We'll text a reminder the day before.
C: Okay, thanks.""", True, 0.0, "neutral", "appointment booked by picking an option; numbers are dates/phone; routine"),

("FR21_030", "Jamal Carter", "2026-11-12T18:50:03", "asr", """A: hi this is jamal from comfortair your hvac maintenance plan expired last month
C: oh did it
A: yeah the renewal is one sixty nine a year two tune ups and priority service
C: okay um that seems fair
A: want me to renew that for you today
C: let me check with my wife first she keeps track of all the house stuff
A: no problem should i call back
C: yeah try me friday
A: will do""", False, 0.0, "neutral", "deferral to wife; callback only"),

("FR21_031", "Ingrid Olsen", "2026-11-13T13:13:49", "asr", """A: meridian auto insurance this is ingrid
C: hi my son just got his license i need to add him to my policy
A: congratulations and a little scary
C: terrifying
A: adding a sixteen year old driver brings your premium to one ninety four a month
C: okay yeah add him
A: done and since he's new would you want roadside assistance it's twelve dollars a year for the whole policy
C: twelve a year that's nothing sure add it
A: added you'll get new id cards by email
C: okay thanks""", True, 12.0, "neutral", "adding driver is the main plan change; roadside $12/year accepted; routine"),

("FR21_032", "Samuel Park", "2026-11-14T09:44:21", "clean", """A: Peak Performance Gym, Samuel speaking.
C: I'm about ready to cancel. The squat racks have been broken for three weeks and the showers are cold.
A: I'm sorry. The racks are being replaced Monday, and the boiler was fixed yesterday.
C: I've heard that before.
A: I understand. If you stay, I'll give you December free.
C: A free month. Okay, that's fair. I'll stay, but I want those racks fixed.
A: Noted. December is credited to your account.
C: Okay.""", True, 0.0, "neutral", "retention offer accepted (stays); free month is a discount not upsell; angry start, neutral end"),

("FR21_033", "Priya Nair", "2026-11-15T19:22:16", "asr", """A: hi this is priya from vistaflix you've been sharing your login a lot and we have a family plan that might suit you
C: ha busted okay what's the family plan
A: four screens and four profiles for nineteen ninety nine a month
C: that's only a few bucks more than i pay now
C: yeah okay switch me to the family one
A: great and we just launched a live sports add on for nine ninety nine a month
C: wait does that have the soccer
A: all the premier league games
C: oh my husband will lose his mind yes add the sports thing
A: done family plan with sports
C: you just made my month thank you""", True, 9.99, "positive", "switches to family plan; sports add-on $9.99/month accepted; delighted"),

("FR21_034", "Marcus Webb", "2026-11-16T12:59:58", "asr", """A: hi this is marcus from cloudnote your pro subscription renews on friday
C: right um actually i want to drop to the basic plan i don't use half of it
A: sure basic is forty eight a year instead of ninety six
C: yeah renew me on basic
A: done and basic doesn't include backups do you want cloud backup for five a month
C: uh sure why not i'd hate to lose stuff
A: added basic plus backup
C: okay that's it""", True, 5.0, "neutral", "downgrade renewal is a paid plan change (conversion); backup $5/month accepted; neutral"),

("FR21_035", "Elena Sokolova", "2026-11-17T08:02:00", "clean", """A: SkyJet Airlines, Elena speaking.
C: My flight to Denver tomorrow just got cancelled by text. I have a wedding at 4 pm. This is a nightmare.
A: I'm very sorry. I can move you to the 7:10 am departure, which lands at 9:05. No change fee since we cancelled.
C: Okay, yes, put me on that.
A: Done. That flight has extra-legroom seats left, $49 for the upgrade, if you'd like.
C: After this morning? Sure, give me the legroom.
A: Seat 8C, extra legroom, confirmed.
C: Thank you, honestly you turned this around. I really appreciate it.""", True, 49.0, "positive", "rebooked flight (booking); legroom $49 accepted; furious start, grateful end"),

("FR21_036", "Tomas Ruiz", "2026-11-18T17:25:43", "asr", """A: hi this is tomas from greenfork meals we have a new keto menu launching want to tell you about it
C: oh okay
A: six meals a week fully prepared eighty nine dollars a week and the first week is half off
C: hm sounds good
C: how long do they keep in the fridge
A: five days
C: okay sounds good i'll think about it
A: sure i'll send you a link
C: okay bye""", False, 0.0, "neutral", "'sounds good, I'll think about it' is interest, not commitment"),

("FR21_037", "Dana Whitfield", "2026-11-19T14:08:25", "asr", """A: guardpoint monitoring this is dana
C: i want to cancel you charged me a seventy five dollar false alarm fee when the alarm went off by itself
A: i'm sorry let me look yeah it was a sensor fault on our side i'm waiving that fee
C: okay well that should have happened without me calling
A: you're right and if you stay i'll also take ten off your monitoring for six months
C: um
C: okay i'll stay but i'm not happy about how this went
A: understood i've applied both
C: yeah whatever""", True, 0.0, "negative", "stays on save offer (conversion); waived fee/discount not upsell; remains unhappy"),

("FR21_038", "Kofi Mensah", "2026-11-20T15:36:14", "clean", """A: Oakline Furniture, Kofi speaking. You're calling about the Hudson bed frame?
C: Yes, the queen in walnut, $1,290. I'd like to order it.
A: Great. Would you like the matching nightstands? They're $240 each.
C: Two of the nightstands at $240 each, yes.
A: That's $480 for the pair. Delivery is free with an order over $1,000.
C: Lovely. When can it come?
A: December 4th, between 8 and 12.
C: Perfect. I'm so excited, this room is finally coming together.""", True, 480.0, "positive", "bed frame main; two nightstands at $240 each = 480; free delivery; excited"),

("FR21_039", "Hannah Brooks", "2026-11-21T10:10:10", "asr", """A: first harbor bank this is hannah
C: hi i wanted to talk to someone about refinancing my car loan
A: sure our loan advisors can go over that with you would you like to come into a branch
C: yeah the one on maple street
A: i have wednesday at eleven or thursday at four
C: um wednesday at eleven
A: okay wednesday the twenty fifth at eleven at the maple street branch with joanne can i confirm your number is five five five zero one nine three
C: yep that's it
A: you're booked bring your current loan statement
C: okay will do""", True, 0.0, "neutral", "branch appointment booked; numbers are date/time/phone"),

("FR21_040", "Ravi Shankar", "2026-11-22T18:30:57", "asr", """A: hi this is ravi from ironworks fitness we miss you we'd love to have you back for nineteen a month
C: oh sure because you guys were so great last time
A: i'm sorry what happened
C: you kept billing me for three months after i cancelled and i had to dispute it with my bank
A: i apologize that should never have happened
C: yeah it shouldn't have no i'm not coming back
C: and please don't call me again
A: understood i'll take you off the list""", False, 0.0, "negative", "sarcastic refusal of win-back offer"),
]
