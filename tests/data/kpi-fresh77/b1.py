CALLS = [
("FR77_001", "Priya Raman", "2026-11-02T09:14:00", "clean",
"""A: Thanks for calling BrightNest Hosting, this is Priya. How can I help?
C: Hi Priya! I run a little bakery site on your Starter plan and it's been crawling since we added online orders.
A: Got it. For online ordering I'd suggest the Business plan, $29 a month, with double the resources and a dedicated IP.
C: Okay, that sounds like what we need. What about backups? I lost a week of recipes once and cried.
A: Daily backups are an add-on at $5 a month, kept for thirty days.
C: Oh, yes please, add the backups. And let's do the Business plan too.
A: Done. Business plan at $29 a month plus daily backups at $5, starting today. The upgrade is prorated.
C: You're a lifesaver, honestly. Thank you so much!
A: My pleasure. Enjoy the faster site!""",
True, 5.00, "positive", "'add the backups' + 'let's do the Business plan'; backups $5/mo add-on counted once; 'lifesaver, thank you so much'"),

("FR77_002", "Marcus Webb", "2026-11-02T10:41:00", "asr",
"""A: good morning deskline office supply this is marcus
C: yeah hi i need to reorder copy paper for account uh four four seven
A: sure thing same as last time ten cases of the letter size at thirty eight ninety nine a case
C: mhm ten cases yeah
A: and we've got the toner for your printer on special this week sixty four dollars instead of eighty want me to add a couple
C: no just the paper
A: okay so ten cases of letter paper shipping to the same address on maple avenue arriving thursday that good
C: yep that's fine
A: all set order's placed anything else
C: no that's it bye""",
True, 0.0, "neutral", "read-back of ten cases confirmed 'yep that's fine'; toner declined 'no just the paper'; flat tone"),

("FR77_003", "Elena Duarte", "2026-11-02T13:05:00", "clean",
"""A: GreenShield Pest Control, Elena speaking.
C: Yeah, this is the third time I'm calling. I've got ants all over my kitchen counter and nobody has called me back.
A: I'm sorry about that. I can get a technician out for a one-time interior treatment, $189.
C: Why did no one call me back? I left two messages.
A: I don't see them in the system, and I apologize. I can do Thursday between 8 and 11.
C: Unbelievable. Fine. Thursday morning. Book it.
A: Booked for Thursday, 8 to 11. We also have a quarterly plan at $65 a quarter that keeps them from coming back.
C: I rent. I'm not signing up for anything quarterly without asking my landlord.
A: Understood, the one-time visit is confirmed.
C: Just make sure somebody actually shows up this time.""",
True, 0.0, "negative", "'Fine. Thursday morning. Book it.'; quarterly plan deferred to landlord; irritated throughout, ends 'make sure somebody actually shows up'"),

("FR77_004", "Tom Kowalski", "2026-11-03T11:20:00", "clean",
"""A: Hi, Tom at Ledgerly, you were asking about team seats?
C: Right. We're twelve people. What does the Team plan run?
A: Team is $14 per seat per month, billed annually, so for twelve seats $168 a month, $2,016 for the year.
C: And onboarding?
A: One-time onboarding is $300, or we waive it if you sign before the end of the month.
C: Okay. I'll need to run this past Dana, she handles finance.
A: Of course. Should I send her the quote directly?
C: Yes, send it to me and copy dana@harborlabs.com.
A: Will do. I'll hold the onboarding waiver until the 30th.
C: Thanks.""",
False, 0.0, "neutral", "deferral 'I'll need to run this past Dana'; 'Yes' is to emailing the quote, not a purchase"),

("FR77_005", "Aisha Grant", "2026-11-03T14:32:00", "asr",
"""A: hi this is aisha with redline movers how can i help
C: hi um i'm moving out of a two bedroom apartment on the twelfth and i wanted a quote
A: sure for a two bedroom we'd send three movers and a truck at one forty five an hour and most two bedrooms take about five hours
C: okay so like seven hundred ish
A: about seven twenty five plus whatever stairs or long carries there are
C: it's a second floor walk up so yeah stairs
A: that's fine that's included in the time then
C: okay honestly that's better than the other two i called yeah let's do it book the twelfth
A: great you're booked for the twelfth at eight am we also sell a packing kit boxes tape and paper for eighty five dollars delivered before the move
C: oh yes please i have zero boxes add that
A: done the kit'll arrive by the ninth
C: you've been super helpful thank you so much""",
True, 85.00, "positive", "'yeah let's do it book the twelfth' accepts the earlier quote; packing kit eighty five dollars 'add that'; 'super helpful'"),

("FR77_006", "Daniel Okafor", "2026-11-04T09:02:00", "clean",
"""A: PrintWorks, Daniel.
C: Need 500 business cards, same design as last order, name change only.
A: Sure. Standard stock, 500 cards is $59.
C: Fine.
A: For $20 more I can do them on the 16 pt matte, it's a lot sturdier.
C: Yes, do the matte.
A: Standard turnaround is five days, or rush in two days for $15.
C: Rush. I need them for a conference Monday.
A: So: 500 cards on 16 pt matte with rush, $94 total, ready Thursday.
C: Correct. Bill the card on file.
A: Done.""",
True, 35.00, "neutral", "main 500 cards $59; matte +$20 'Yes, do the matte' and rush $15 'Rush' = 35.00; brisk, no feeling"),

("FR77_007", "Hannah Lindqvist", "2026-11-04T15:47:00", "clean",
"""A: Lumen Studio, this is Hannah.
C: Hi Hannah! I'm looking into team headshots for our office, six people.
A: Lovely. We come to you, set up a backdrop, and it's $75 per person with two retouched images each.
C: Oh, that's very reasonable. So $450 for all six?
A: Exactly, and no travel charge within the city.
C: This sounds great, really. Could you email me what's included and your openings in December?
A: Happy to. Any dates you're leaning toward?
C: Probably the second week, but I have to check everyone's calendars first and I'll get back to you.
A: Perfect, I'll send that over today.
C: Thank you, I really appreciate how clear that was!""",
False, 0.0, "positive", "interest only: 'email me what's included', 'I'll get back to you'; warm 'really appreciate'"),

("FR77_008", "Luis Ortega", "2026-11-05T08:31:00", "asr",
"""A: toolshed rentals this is luis
C: yeah i need a pressure washer for saturday the gas one
A: the gas pressure washer is eighty nine for the day let me check saturday
C: okay
A: oh i'm sorry both of them are out saturday i could do monday
C: monday doesn't help me my deck guy is coming saturday
A: i could put you on a cancellation list
C: you told me on tuesday you had plenty this is exactly why i hate calling you guys
A: i understand i'm sorry about that
C: no forget it i'll go to the hardware store""",
False, 0.0, "negative", "item unavailable Saturday, nothing booked, 'forget it'; 'exactly why i hate calling you guys'"),

("FR77_009", "Grace Whitfield", "2026-11-05T16:10:00", "clean",
"""A: Brightpath Tutoring, Grace speaking.
C: Hi, my son's in Algebra II and he's struggling. What do you charge?
A: Our math tutors are $55 an hour. Most families start with a block of eight sessions.
C: Eight at $55, so $440. Can they do Tuesdays after school?
A: Yes, Ms. Patel has Tuesdays at 4:30.
C: Great, let's book the eight sessions with her.
A: Wonderful. We also have an SAT prep bundle, four sessions for $200, if he's testing this spring.
C: Not right now, let's see how algebra goes first.
A: Makes sense. He starts next Tuesday at 4:30.
C: Thank you, that's a real weight off my mind.""",
True, 0.0, "positive", "'let's book the eight sessions'; SAT bundle declined 'Not right now'; relieved 'weight off my mind'"),

("FR77_010", "Kenji Moreno", "2026-11-06T10:15:00", "clean",
"""A: Spotless Commercial, Kenji here.
C: We got your quote for weekly office cleaning, $320 a week. That's higher than we budgeted.
A: If you sign a six-month agreement I can bring it to $290 a week.
C: $290 with six months. Okay. What about the windows?
A: Interior windows once a month is $60 a month on top.
C: Add the windows.
A: So weekly cleaning at $290, plus monthly windows at $60, starting December 1st.
C: Go ahead. Send the invoice to accounts@marlowdesign.com.
A: Will do, you'll have the agreement and first invoice today.
C: Okay.""",
True, 60.00, "neutral", "'Go ahead. Send the invoice'; windows $60/mo 'Add the windows' counted once; discount on main not counted; businesslike"),

("FR77_011", "Rachel Stein", "2026-11-06T12:48:00", "asr",
"""A: hi thanks for calling keepsafe storage this is rachel
C: hi i'm looking for a ten by ten unit starting this weekend
A: we have a ten by ten on the ground floor for one twenty nine a month
C: oh ground floor is perfect i'll take it
A: great would you like our protection plan covers up to five thousand in contents for twelve dollars a month
C: yeah that's smart add the protection
A: and we sell disc locks for fifteen dollars
C: nah i've got a lock already
A: no problem your unit is reserved you can move in saturday
C: oh perfect thanks so much this was easy""",
True, 12.00, "positive", "'i'll take it'; protection twelve dollars a month 'add the protection'; lock declined; 'this was easy'"),

("FR77_012", "Omar Haddad", "2026-11-09T09:27:00", "clean",
"""A: BrightNest Hosting, Omar speaking.
C: I want to cancel. My renewal jumped from $12 to $19 a month and nobody told me.
A: I'm sorry about that. Before you go, I can put you at $9.50 a month for the next three months, then $12 after that.
C: So $12 ongoing, not $19?
A: Yes, I'll lock the $12 rate for the year.
C: Hm. Okay, fine, I'll stay at that price.
A: Done, the discount and rate lock are applied.
C: Okay. Thanks.""",
True, 0.0, "neutral", "retention offer accepted 'fine, I'll stay at that price'; discount is not upsell; annoyed start settles to flat 'Okay. Thanks.'"),

("FR77_013", "Bethany Cole", "2026-11-09T11:55:00", "asr",
"""A: deskline office supply this is bethany
C: hi i'm trying to order the four mesh task chairs from the catalog
A: sure those are one forty nine each so five ninety six before tax
C: yep that's right go ahead
A: okay i'm running the visa ending in two two one zero and it's coming back declined
C: huh try the amex then ending in five five
A: that one's declined too i'm sorry
C: okay um i'll have to sort it out with the bank and call back
A: of course i'll save the cart under your account
C: okay thanks""",
False, 0.0, "neutral", "commitment 'go ahead' but both cards declined, nothing placed; flat 'okay thanks'"),

("FR77_014", "Victor Nguyen", "2026-11-10T14:03:00", "clean",
"""A: Canvasly sales, Victor speaking.
C: Hi! We're a small agency and we want five seats of Canvasly Pro.
A: Great choice. Pro is $480 per seat per year, so $2,400 for five.
C: That's what I expected. Let's go ahead with five.
A: Would your team want shared cloud storage? It's $8 per seat a month, and it lets everyone work from the same asset library.
C: Oh, we really need that. Yes, add it for all five.
A: So five Pro seats, plus cloud storage for five at $8 each, $40 a month.
C: Perfect. This is exactly what we needed, thanks Victor!
A: Invitations are on their way to your admin email.""",
True, 40.00, "positive", "'Let's go ahead with five'; storage $8/seat x 5 = 40.00 'add it for all five'; 'exactly what we needed'"),

("FR77_015", "Sofia Marchetti", "2026-11-10T16:22:00", "clean",
"""A: Careful Hands Moving, this is Sofia.
C: Hi. I need a quote for a one-bedroom move across town.
A: Sure, two movers and a truck at $120 an hour, usually three to four hours.
C: And you "handle with care", right? That's what the last company said before they dropped my dresser down the stairs.
A: We do wrap all furniture, and we carry full valuation coverage.
C: Oh wonderful, coverage. The last ones had coverage too. Took four months to get forty dollars.
A: I understand the hesitation. I can email you our claims record.
C: Don't bother. I'll just move it myself with my brother.""",
False, 0.0, "negative", "sarcasm 'Oh wonderful, coverage'; refusal 'Don't bother'"),

("FR77_016", "Derek Palmer", "2026-11-11T10:30:00", "asr",
"""A: hola lingo lab this is derek
C: hi i wanted to sign up for the spanish conversation classes
A: sure the ten session package is four hundred dollars tuesdays and thursdays at six
C: okay yeah sign me up for that
A: done would you like the course workbook it's twenty five dollars
C: um sure add it
A: okay so the ten sessions and the workbook you'll get an email with the zoom link
C: mhm
A: anything else
C: no""",
True, 25.00, "neutral", "'sign me up'; workbook twenty five dollars 'sure add it'; flat mhm/no"),

("FR77_017", "Priya Raman", "2026-11-11T13:18:00", "clean",
"""A: PrintWorks, Priya speaking.
C: Hi, I'm checking on the vinyl banners for our grand opening. You quoted three banners at $85 each?
A: That's right, $255, plus a proof before we print.
C: Okay. I want to see the proof before I decide anything.
A: Sure. Is jordan@tinycupcafe.com still the best email?
C: Yes, that's it.
A: I'll have the proof to you by tomorrow noon.
C: Okay, I'll look at it and let you know.""",
False, 0.0, "neutral", "'Yes, that's it' confirms email only; 'want to see the proof before I decide'"),

("FR77_018", "Marcus Webb", "2026-11-12T09:44:00", "asr",
"""A: greenshield pest control marcus speaking
C: hey so i'm selling my house and the buyer wants a termite inspection
A: sure the wood destroying insect inspection is ninety five dollars and you get the report the same day
C: great can you do next tuesday
A: tuesday at ten works
C: yes book it
A: you're booked since we're out there anyway we can do a mosquito yard treatment for sixty dollars
C: oh ha sure throw that in the backyard is a swamp
A: done ninety five for the inspection and sixty for the yard treatment tuesday at ten
C: awesome you guys are great""",
True, 60.00, "positive", "'yes book it'; mosquito sixty dollars 'sure throw that in'; 'you guys are great'"),

("FR77_019", "Elena Duarte", "2026-11-12T15:36:00", "clean",
"""A: PartyTime Rentals, Elena speaking!
C: Hi! We're doing my daughter's graduation party on the 21st. I need ten tables and sixty chairs.
A: Tables are $12 each and chairs are $2.50, so $120 plus $150, $270, delivered and picked up.
C: Great, let's book that.
A: Would you like a 20 by 20 tent for $250 in case of rain?
C: Hmm, yes, add the tent.
A: Added. So tables, chairs and the tent for $520.
C: Actually, wait. I just checked, the forecast is sunny all week. Scratch the tent.
A: No problem, tent removed. You're at $270 for the tables and chairs on the 21st.
C: Perfect. Thanks so much, you're a sweetheart.""",
True, 0.0, "positive", "'let's book that'; tent accepted then 'Scratch the tent' -> upsell 0; 'Thanks so much'"),

("FR77_020", "Tom Kowalski", "2026-11-13T11:09:00", "asr",
"""A: freshfiber carpet cleaning this is tom
C: hi how much for three bedrooms and a hallway
A: three rooms and a hall is one sixty nine
C: okay and can you do this weekend
A: the earliest i have is wednesday the eighteenth
C: hmm i'd book it if you could do saturday my in laws come sunday
A: i'm sorry saturday and sunday are full
C: okay then i'll try somewhere else
A: understood if anything opens up i can call you
C: okay thanks anyway""",
False, 0.0, "neutral", "conditional 'i'd book it if you could do saturday'; not available; flat 'okay thanks anyway'"),
]
