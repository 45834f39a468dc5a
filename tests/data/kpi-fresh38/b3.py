CALLS = [
("FR38_041", "Sofia Rossi", "2026-11-25T10:05:31", "asr", """A: thanks for calling shieldsoft this is sofia
C: hi my antivirus says it expires friday and i want to keep it
A: sure the renewal for three devices is fifty nine ninety nine for the year
C: okay
A: we also have the secure vpn add on it's normally forty nine ninety nine but for renewals it's twenty nine
C: hm i do use hotel wifi a lot for work
C: yeah just charge the card on file for both
A: the visa ending in two two eight one
C: mhm that one
A: done you're renewed through next november and the vpn is active
C: okay great""", True, 29.0, "neutral", "renewal; VPN revised from 49.99 to 29 accepted; 'charge the card on file'"),

("FR38_042", "Marcus Lee", "2026-11-25T09:12:44", "clean", """A: Crumb & Co. Catering, this is Marcus.
C: Hi, I need lunch for an office meeting on Thursday, about 40 people.
A: Our sandwich platter serves 10 for $85, so four platters would be $340.
C: Okay, four platters. Do you do dessert?
A: Cookies, $18 a dozen.
C: Give me three dozen.
A: So: four sandwich platters and three dozen cookies, delivered Thursday to 900 Commerce Street, 5th floor.
C: Yep, that's everything. Can you get it there by 11:45?
A: We'll deliver at 11:30.
C: Okay, thanks.""", True, 54.0, "neutral", "main order platters; cookies 3 x $18 = 54 add-on; read-back confirmed with a question"),

("FR38_043", "Hannah Berg", "2026-11-26T14:20:09", "asr", """A: valley physical therapy this is hannah
C: hi my doctor referred me for my shoulder i'd like to start next week
A: sure can i get your insurance
C: it's blue shield silver ppo
A: i'm sorry we're out of network with blue shield as of october
C: oh you're kidding the referral literally has your name on it
A: you could still come as self pay it's one fifteen a session
C: no i'm not paying that if you took blue shield i'd book today
A: i understand i can send you a list of in network clinics
C: sure whatever this is so frustrating""", False, 0.0, "negative", "conditional on insurance, not met; no booking"),

("FR38_044", "Omar Haddad", "2026-11-26T12:00:52", "clean", """A: Azure Line Cruises, Omar speaking.
C: Hi! We want the 7-night Caribbean sailing on March 8th, a balcony cabin for two.
A: Lovely, a balcony for two comes to $2,840 total. Would you like the Wi-Fi package, $120 for the voyage, or the drinks package, $450 for the two of you?
C: Both, please. It's our honeymoon!
A: Congratulations! So balcony cabin, Wi-Fi, and drinks package...
C: Wait, actually, drop the drinks package. She's pregnant, so I'd be drinking alone, ha.
A: Even bigger congratulations! Balcony cabin for March 8th with the Wi-Fi package, then. Shall I finalise it?
C: Yes, finalise it.
A: Booked! Confirmation AZ-4471.
C: This is so exciting. Thank you, you've been wonderful.""", True, 120.0, "positive", "drinks package $450 retracted by name; Wi-Fi $120 kept"),

("FR38_045", "Grace Kim", "2026-11-27T16:45:18", "asr", """A: hi this is grace from northfield power is this the account holder for twenty two lakeview road
C: yes that's me
A: great we have a green energy option one hundred percent wind for about six dollars more a month
C: oh okay like on top of my bill
A: yes on top of your current rate
C: hm that sounds good actually
C: i'll think about it though i'm on a budget this month
A: sure can i follow up in december
C: yeah december is fine
A: thanks for your time""", False, 0.0, "neutral", "yes to account holder and to a follow-up; 'sounds good, I'll think about it'"),

("FR38_046", "Luis Mendez", "2026-11-27T19:40:33", "clean", """A: Thank you for calling GlowBox, this is Luis.
C: I want to cancel. Now. Third box in a row with a leaking bottle.
A: I'm sorry. I can send a free replacement box and give you 50% off your next three months.
C: No. I don't want another box. I want to stop getting them.
A: Understood. I've cancelled the subscription, no further charges.
C: And the refund for this month's mess?
A: I've refunded this month's $32.
C: Fine. Honestly, your quality control is a joke.""", False, 0.0, "negative", "save offers refused; cancellation; refund is not a purchase"),

("FR38_047", "Nora Quinn", "2026-11-28T11:11:40", "asr", """A: studio mira hair this is nora
C: hi can i get in with jess for a cut and color sometime next week
A: jess has tuesday at four or friday at ten
C: friday at ten
A: and do you want to add a deep conditioning treatment it's twenty five
C: um yeah my hair is so fried from the summer
A: okay friday at ten with jess cut color and deep conditioning
C: perfect see you then
A: see you friday
C: thank you so much i love jess she's the best""", True, 25.0, "positive", "picks Friday slot; deep conditioning $25"),

("FR38_048", "Sam Patel", "2026-11-28T13:26:02", "clean", """A: Hi, this is Sam from AutoShield calling about your vehicle's extended warranty.
C: Is this one of those scam calls?
A: No sir, we're a licensed provider. Your factory warranty on the Ford Escape is ending and we offer coverage from $89 a month.
C: How did you even get my number?
A: It's from public registration records. Would you like to hear the plans?
C: No. Take me off your list.
A: Of course, I'll remove you.
C: And stop calling at dinner time. This is the fourth call this week.""", False, 0.0, "negative", "outbound cold call refused; annoyed"),

("FR38_049", "Maya Chen", "2026-11-30T10:30:15", "asr", """A: hearth and home furniture this is maya
C: yeah my sectional was supposed to come on the tenth it came yesterday and the arm is ripped
A: i'm so sorry can you send me a photo
C: i already sent three photos to your email no one answered
A: i see them now i can schedule a pickup and a replacement
C: a replacement that takes another six weeks
A: it's about four to six weeks
C: no i want my money back i've been sitting on folding chairs for a month
A: i'll submit the refund request it takes five to seven days
C: this is the worst experience i've ever had buying anything""", False, 0.0, "negative", "damaged delivery complaint; refund requested; furious"),

("FR38_050", "Derek Olsen", "2026-11-30T15:05:28", "clean", """A: ClearView Optical, Derek speaking.
C: Hi, I got my prescription yesterday and picked frames, the Roscoe in tortoise. Can I finalise the order by phone?
A: Sure. Frames plus single-vision lenses come to $210 after insurance. Anti-glare coating is $60, and blue-light filtering is $35.
C: I'm on screens all day... but my optometrist said blue light doesn't do much.
A: Many people just get the anti-glare.
C: Let's go with the anti-glare then, skip the blue light.
A: Roscoe frames, single vision, anti-glare. Ready in about 10 days.
C: Okay. Call me when they're in.
A: Will do.""", True, 60.0, "neutral", "anti-glare $60 accepted, blue light $35 declined"),

("FR38_051", "Priya Nair", "2026-11-03T09:45:13", "asr", """A: granite bank home lending this is priya
C: hi i want to talk to someone about getting pre approved for a mortgage
A: sure i can set you up with a loan officer i have wednesday at noon or thursday at nine
C: before that what's your rate on a thirty year right now
A: today it's about six point nine
C: six point nine wow the credit union quoted me six point four
A: the officer can go over options with you
C: ugh fine the wednesday at noon
A: great wednesday at noon with dan okafor
C: okay i'm not expecting much honestly""", True, 0.0, "negative", "appointment booked by picking a slot; unhappy about rates"),

("FR38_052", "Tom Walsh", "2026-11-03T18:50:47", "clean", """A: Lyric Theatre box office, Tom speaking.
C: Hi, two seats for The Night Garden on Saturday evening, orchestra if possible.
A: Let me try... I'm sorry, the system just rejected the order, Saturday evening sold out while I was holding them.
C: While you were holding them?
A: I know, I'm very sorry. I have Sunday matinee or next Thursday.
C: No, we're only in town Saturday.
A: I understand. I can check for returns Saturday morning.
C: Don't bother. Figures.""", False, 0.0, "negative", "booking failed (sold out), no alternative taken"),

("FR38_053", "Lucia Ortiz", "2026-11-18T12:33:29", "asr", """A: volt wireless this is lucia
C: hi i want to add a line for my daughter she's turning thirteen
A: sure adding a line on your plan is twenty five a month
C: okay yeah add her
A: and do you want device protection for her phone it's seven dollars a month covers drops and loss
C: oh definitely she's a teenager she'll lose it in a week
A: ha okay the new line plus protection starting today
C: great
A: her sim ships tomorrow
C: you've been so helpful thank you this was way easier than i expected""", True, 7.0, "positive", "new line is main purchase; device protection $7/month upsell"),

("FR38_054", "Ben Carter", "2026-11-18T10:15:08", "clean", """A: GreenBlade Lawn Care, this is Ben.
C: Hi, a neighbor recommended you. What do you charge for weekly mowing?
A: For a standard lot, $45 a visit, or the seasonal plan with fertilizing is $149 a month April through October.
C: And the plan includes aeration?
A: Aeration once in the fall.
C: Okay. It sounds good, but can you email me the details so my partner can see it?
A: Of course. What's the address?
C: sam.li@webmail.com.
A: Sent.
C: Thanks, we'll look at it.""", False, 0.0, "neutral", "interest, asks for email; no commitment"),

("FR38_055", "Aisha Rahman", "2026-11-20T17:21:36", "asr", """A: prime and ember steakhouse this is aisha
C: hi i'd like a table for two on the ninth it's our anniversary
A: congratulations i have seven or eight fifteen
C: seven please
A: we can have a bottle of champagne waiting at the table for sixty five dollars would you like that
C: oh that would be perfect yes
A: so table for two on the ninth at seven under the name alvarez with champagne on arrival
C: yes that's correct can we get a booth
A: i'll note a booth request
C: amazing thank you she's going to love this""", True, 65.0, "positive", "read-back confirmed; champagne $65"),

("FR38_056", "Kevin Doyle", "2026-11-20T08:40:59", "clean", """A: Ledgerly support, Kevin speaking.
C: Hi, I'm locked out of my account. I tried resetting three times.
A: I can help. I'll send a verification code to your phone ending 09.
C: Yes, that's my number.
A: Please read me the code.
C: 4-8-1-7-2-2.
A: Thanks, I've unlocked the account and sent a reset link.
C: Got it, I'm in.
A: Anything else?
C: No, that's it. Thanks.""", False, 0.0, "neutral", "support only; yes to phone number; code digits not prices"),

("FR38_057", "Sofia Rossi", "2026-11-24T19:10:22", "asr", """A: pulse fitness member services this is sofia
C: hi i need to cancel i'm having knee surgery and won't be in for months
A: oh i'm sorry to hear that instead of cancelling you could freeze the membership for up to four months at five dollars a month
C: and then i don't lose my old rate
A: exactly you keep the twenty nine rate when you come back
C: oh okay then freeze it instead i'll do that
A: done frozen starting december fifth
C: okay
A: good luck with the surgery
C: thanks""", True, 0.0, "neutral", "accepts save offer (paid freeze) instead of cancelling"),

("FR38_058", "Marcus Lee", "2026-11-24T14:55:40", "clean", """A: Maple Appliance, this is Marcus.
C: Hi, I'm looking at the LG front loader, model WM4000HWA. My old washer died mid-cycle.
A: It's $899 right now. Delivery is free.
C: When could you deliver? If you can get it here before the 10th, I'll take it. We have family coming.
A: We can deliver on the 8th.
C: Then I'll take it.
A: Would you like the steam hose kit for $29.99? This model needs it for the steam feature.
C: Sure, add the hoses.
A: Great, the washer and hose kit on the 8th, between 9 and 1.
C: That's a relief. Thanks so much!""", True, 29.99, "positive", "conditional met (delivery before the 10th) then 'I'll take it'; hose kit $29.99; model number not a price"),

("FR38_059", "Hannah Berg", "2026-11-29T11:03:17", "asr", """A: skyward airlines baggage services this is hannah
C: yeah my bag didn't show up in boston it's been three days
A: i'm sorry do you have the file reference
C: bravo oscar sierra four two one seven
A: okay it shows the bag was located in charlotte and should be on tonight's flight
C: it said that yesterday too
A: i understand you can submit receipts for essentials up to fifty dollars a day
C: that's not the point i have a job interview tomorrow in clothes i bought at a gas station
A: i'm really sorry i'll flag it as urgent
C: sure you will""", False, 0.0, "negative", "lost bag complaint; sarcastic end; no purchase"),

("FR38_060", "Omar Haddad", "2026-11-29T16:27:51", "clean", """A: Pinecrest Insurance, Omar speaking.
C: My son just got his license. I need to add him to my auto policy.
A: Congratulations to him. Adding a 16-year-old driver raises your premium by $142 a month.
C: $142? That's highway robbery.
A: I know it's steep. A good-student discount could take off $20 if he has a B average.
C: He does. Fine. Add him.
A: Done. Would you also like accident forgiveness for $8 a month? With a new driver, it's worth it.
C: Yes, add that too. I'm sure we'll need it.
A: Both added, effective today.
C: Wonderful. Another $130 a month. Merry Christmas to me.""", True, 8.0, "negative", "paid plan change (teen driver); accident forgiveness $8/month; discount not upsell; sarcastic/negative"),
]
