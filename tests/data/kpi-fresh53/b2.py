CALLS = [
("FR53_021", "Aisha Mensah", "2026-11-02T17:48:10", "clean",
"""A: Hi, this is Aisha from SunRidge Solar. Am I speaking with the homeowner?
C: Who is this?
A: SunRidge Solar — we're offering free roof assessments in your area this month, and most homeowners cut their bill by 40%.
C: I'm not interested.
A: I understand, it only takes twenty minutes and there's no obligation—
C: This is the fourth call from you people this week. Take me off your list.
A: I'm sorry about that, I'll mark your number as do-not-call.
C: You'd better. This is harassment at this point.""",
False, 0.00, "negative", "outbound refused 'I'm not interested'; 'Take me off your list', 'This is harassment'"),

("FR53_022", "Daniel Kowalski", "2026-11-03T18:32:55", "asr",
"""A: tony's pizza this is daniel pickup or delivery
C: delivery please two large pepperonis
A: okay two large pepperoni anything else
C: um no i think that's it
A: we've got garlic knots tonight six for five ninety nine want to add those
C: yeah throw in the knots
A: okay two large pepperoni and one order of garlic knots comes to thirty eight forty seven to twelve elm court
C: yep
A: about forty minutes
C: okay""",
True, 5.99, "neutral", "order placed, read-back confirmed 'yep'; garlic knots 'five ninety nine' accepted = 5.99; flat"),

("FR53_023", "Rachel Stein", "2026-11-04T10:05:17", "clean",
"""A: Cedar Trust Bank, mortgage services, Rachel speaking.
C: Hi, my fixed rate ends in February and I keep meaning to talk to someone about remortgaging.
A: Happy to help. The best thing is a 45-minute session with one of our mortgage advisors. I have Thursday at 2 PM at the Elm Street branch, or a video call Friday at 10.
C: Thursday at 2 in the branch is good.
A: Shall I book that for you?
C: Yes, book me in.
A: Done — Thursday at 2 PM with Mark Hughes. Bring your last three payslips.
C: Great, that's really helpful. I've been putting this off for months, so thank you.
A: You're welcome!""",
True, 0.00, "positive", "advisor appointment: 'Yes, book me in'; 'that's really helpful... thank you'"),

("FR53_024", "Luis Ortega", "2026-11-05T11:49:03", "clean",
"""A: Oakhaus Furniture customer care, Luis speaking.
C: The floor lamp I ordered arrived with the shade crushed and the base cracked. I paid $180 for this.
A: I'm really sorry. Can you send me a photo?
C: I already sent three photos through your website. Nobody answered.
A: I see them now. I'll ship a replacement today, and I can add a 15% discount code for your next order.
C: I don't want a coupon, I want the lamp I paid for, in one piece.
A: Of course, the replacement ships today, free of charge.
C: Fine. It shouldn't take a phone call to get this done.
A: I understand, I'm sorry for the trouble.""",
False, 0.00, "negative", "support call: free replacement is not a purchase; 'I don't want a coupon', 'It shouldn't take a phone call'"),

("FR53_025", "Hannah Whitfield", "2026-11-06T13:14:40", "clean",
"""A: Azure Line Cruises, Hannah speaking.
C: Hi. Honestly, our last cruise was a mess — the cabin smelled of sewage and we were moved twice. I'm not sure why I'm calling you again.
A: I'm very sorry. I can see the complaint on file. I'd like to make it right: I can offer you 25% off the Caribbean sailing in March.
C: Hmm. The seven-night one? For two?
A: Yes, balcony cabin, $2,980 for both of you after the discount.
C: All right. Let's book it.
A: Wonderful. Would you like the beverage package? It's $350 per person for the whole sailing.
C: Just one, for me. My wife doesn't drink.
A: Got it, one beverage package at $350. Booking confirmed.
C: Okay. You've really turned this around, thank you. I didn't expect that.""",
True, 350.00, "positive", "complaint ends in purchase 'Let's book it'; one beverage package $350 (not two); ends 'You've really turned this around, thank you'"),

("FR53_026", "Marcus Reid", "2026-11-09T15:36:22", "asr",
"""A: hi this is marcus from brightwave broadband do you have a minute
C: uh yeah a minute
A: we're upgrading your area to gig speed and for you it would be just fifteen more a month
C: fifteen more hm
A: yeah you'd go from three hundred megs to a full gig
C: um i'd do it if it was ten
A: i can't go lower on this one fifteen is the promo price
C: then i'll pass for now the current speed is fine honestly
A: no problem i'll note it
C: okay bye""",
False, 0.00, "neutral", "conditional 'i'd do it if it was ten' then 'i'll pass'; flat"),

("FR53_027", "Yuki Tanaka", "2026-11-10T08:21:38", "clean",
"""A: Good morning, Grand Meridian front desk, this is Yuki.
C: Hi, I'm in room 512, checking out tomorrow. Is there any chance of a late checkout? My flight isn't until the evening.
A: Standard checkout is 11. I can offer late checkout until 2 PM for $30, or until 4 PM for $60.
C: 2 PM is enough. Yes, please, the $30 one.
A: Done, late checkout at 2 PM, $30 added to your folio.
C: Okay, thank you.
A: Anything else I can help with?
C: No, that's all.""",
True, 30.00, "neutral", "paid add-on to existing stay accepted 'Yes, please, the $30 one' — counted as conversion and $30 add-on (see README); flat"),

("FR53_028", "Sofia Lindqvist", "2026-11-11T16:03:09", "clean",
"""A: Lakeside Honda, Sofia speaking.
C: Hi, my son wants to see the new Civic — the hybrid. He's just got his first job. Can we come in and drive one?
A: Absolutely. I have Saturday at 10 or 11:30.
C: Put us down for 10.
A: Perfect. Name for the appointment?
C: Carol Brenner, and my son is Josh.
A: Okay, Saturday at 10 AM, test drive of the Civic Hybrid for Carol and Josh Brenner.
C: Wonderful, he's so excited. Thank you!""",
True, 0.00, "positive", "test-drive appointment booked for son: 'Put us down for 10'; 'Wonderful... Thank you!'"),

("FR53_029", "Jamal Carter", "2026-11-12T18:11:54", "clean",
"""A: Hi, this is Jamal from Evergreen Life. You requested a term life quote on our website?
C: Oh, yes, I did.
A: For a 20-year term, $500,000 coverage, you'd be at $31 a month.
C: That's less than I thought.
A: Would you like to start the application now? It takes about ten minutes.
C: Let me talk to my wife first, she handles all our finances.
A: Of course. Should I call back later this week?
C: Yes, call me back Thursday evening.
A: Will do. Thanks!""",
False, 0.00, "neutral", "deferral 'Let me talk to my wife first'; 'Yes, call me back' is not a purchase"),

("FR53_030", "Emily Nguyen", "2026-11-13T09:27:31", "asr",
"""A: motion physio this is emily
C: hi i need to book a session for my knee the doctor referred me
A: sure i have wednesday at four thirty with james
C: wednesday four thirty is good yeah book that
A: okay and would you like the sixty minute session instead of thirty it's an extra twenty five dollars
C: uh yeah the longer one sounds good
A: okay sixty minutes
C: actually no wait keep it at thirty my insurance only covers the thirty minute one
A: no problem thirty minutes wednesday at four thirty
C: okay thank you""",
True, 0.00, "neutral", "'yeah book that' = appointment; 60-min upgrade accepted then retracted ('keep it at thirty'); flat"),

("FR53_031", "Patrick Doyle", "2026-11-16T10:42:06", "clean",
"""A: Tasklane support, Patrick speaking.
C: You charged me $240 for an annual plan. I signed up for a free trial and never agreed to anything annual.
A: I'm sorry. The trial converts automatically unless it's cancelled, but I can refund that for you.
C: Then refund it. And cancel the account.
A: I've issued the refund, it'll take 5 to 7 days. Before I cancel, would a monthly plan at $24 work better?
C: Are you serious? No. Cancel it.
A: It's cancelled.
C: I'll be telling everyone I know not to touch your product. That's a scam.""",
False, 0.00, "negative", "refund and cancel; monthly plan refused ('Are you serious? No'); 'That's a scam'"),

("FR53_032", "Grace Okafor", "2026-11-17T14:19:45", "clean",
"""A: The Orchard Barn events, Grace speaking.
C: Hi, we're looking at a wedding in September next year, about 120 guests.
A: Lovely. Saturday rates in September are $8,500 for the venue.
C: And that includes tables and chairs?
A: Tables, yes. Chairs are $6 each, and linens are a separate package.
C: Oh, wonderful, another venue that charges for the chairs separately. Do guests have to bring their own forks too?
A: I understand it adds up. I could send you our all-inclusive packages.
C: Don't bother. We're still comparing three places and you just moved to the bottom.
A: I'm sorry to hear that.""",
False, 0.00, "negative", "inquiry only, nothing booked; sarcasm 'Oh, wonderful, another venue...'; 'you just moved to the bottom'"),

("FR53_033", "Maria Delgado", "2026-11-18T11:55:20", "asr",
"""A: northline mobile this is maria
C: hi um my daughter's turning thirteen and we want to add her to my plan
A: aw happy birthday to her adding a line is thirty dollars a month with the same unlimited data as you
C: yeah add the line for her
A: okay and um would you like device protection for her phone it's seven dollars a month
C: no she'll be fine it's got a big case on it
A: sure so one new line at thirty a month sim goes out tomorrow
C: perfect you've been super helpful thank you
A: you're welcome""",
True, 0.00, "positive", "new line 'yeah add the line for her' is the main purchase; protection $7 declined; 'super helpful thank you'"),

("FR53_034", "Kevin O'Brien", "2026-11-19T16:28:13", "clean",
"""A: StrideWorks customer service, Kevin speaking.
C: My order was marked delivered four days ago. It's not here. Not at the door, not with the neighbors, nowhere.
A: I'm sorry. I can see the carrier scan at 2:14 PM on Monday.
C: I know what the tracking says. I'm telling you it's not here.
A: I'll open a lost package claim and reship the sneakers today at no cost.
C: And how do I know the next one won't vanish too?
A: I'll add signature on delivery for this one.
C: Fine. I've been a customer for years and this is how it goes. Really disappointing.""",
False, 0.00, "negative", "support: free reship, no purchase; 'Really disappointing'"),

("FR53_035", "Priya Raman", "2026-11-20T09:13:02", "clean",
"""A: Cedar Trust Bank, Priya speaking.
C: Hi, I want to open a high-yield savings account. I saw 4.1% on your website.
A: Yes, that's the Growth Saver. No monthly fee, $100 minimum to open.
C: Can I fund it from my checking with you?
A: Yes, any amount. Would you like me to open it now?
C: Yes, open it, and move $500 from checking.
A: Done. Your Growth Saver is open with $500, account ending 3390.
C: Okay, thanks.""",
True, 0.00, "neutral", "sign-up 'Yes, open it, and move $500'; transfer is not an add-on; flat"),

("FR53_036", "Tom Becker", "2026-11-23T07:58:44", "asr",
"""A: quickfix plumbing this is tom
C: hi my kitchen is flooding the pipe under the sink burst i turned the water off but there's water everywhere
A: okay i'm sorry to hear that our emergency call out is one twenty nine plus parts and labor the earliest i can get someone is four pm
C: four pm my kitchen is underwater right now
A: i know i'm sorry everyone's out on calls this morning
C: that's ridiculous you advertise twenty four seven emergency service
A: i can put you first on the list if anything frees up
C: fine book it four pm but if someone can come earlier call me
A: booked for four pm i'll call if it moves up
C: unbelievable okay""",
True, 0.00, "negative", "'fine book it four pm' = booking; call-out fee is the main price; 'that's ridiculous', 'unbelievable'"),

("FR53_037", "Aisha Mensah", "2026-11-24T12:37:26", "asr",
"""A: good afternoon olive and vine this is aisha
C: hi i'd like to make a reservation for four on friday
A: sure what time
C: around seven
A: i have seven fifteen
C: that's fine
A: okay so a table for four friday at seven fifteen under what name
C: nakamura
A: table for four friday seven fifteen nakamura is that right
C: uh yes that's right and can we get a table by the window if possible
A: i've added a note for the window
C: okay thanks""",
True, 0.00, "neutral", "confirms read-back 'uh yes that's right' then a request; flat"),

("FR53_038", "Daniel Kowalski", "2026-11-25T15:04:57", "clean",
"""A: Wanderlight Tours, Daniel speaking.
C: Hi, I'm looking at your ten-day Portugal tour in May, the one with the Douro valley.
A: Great tour. It's $3,200 per person, including hotels, breakfast and a river cruise.
C: That sounds amazing. My sister and I have wanted to do this for years.
A: There are six spots left for the May 4th departure. Would you like me to reserve two?
C: Sounds good, but can you email me the full itinerary? I'll go through it with her and decide by Friday.
A: Of course, sending it now.
C: Thank you, this looks like exactly what we wanted.""",
False, 0.00, "positive", "interest without commitment: 'email me the full itinerary... decide by Friday'; 'That sounds amazing'"),

("FR53_039", "Rachel Stein", "2026-11-26T10:31:18", "clean",
"""A: Hi, this is Rachel from Coastline Magazine. Your subscription runs out at the end of the month.
C: Oh, right.
A: You can renew for another year at $49, same as last year.
C: Yes, renew it for another year.
A: Done. We also have digital access — the app and the full archive — for $12 more a year.
C: Hm. Sure, add the digital.
A: Okay, print plus digital, $49 plus $12.
C: Okay.""",
True, 12.00, "neutral", "renewal 'Yes, renew it for another year'; digital $12 accepted ('Sure, add the digital'); flat"),

("FR53_040", "Luis Ortega", "2026-11-27T13:46:35", "clean",
"""A: TreadPro Tires, Luis speaking, thanks for holding.
C: Twenty minutes on hold. That's ridiculous.
A: I apologize, it's a busy morning. How can I help?
C: I need four all-season tires for a 2019 RAV4, the ones from your flyer.
A: The Ridgemax All-Season, $140 each, so $560 for four, installed. We'd also recommend an alignment with new tires, $89.
C: Yeah, do the alignment.
A: And nitrogen fill is $5 a tire—
C: No. Just the tires and the alignment. Can I come Saturday?
A: Saturday at 8 AM works. Four Ridgemax, installed, plus alignment, $649 total.
C: Yes. Whatever, just get it done, I've wasted enough of my morning.""",
True, 89.00, "negative", "order confirmed 'Yes' to read-back; alignment $89 accepted, nitrogen refused; 'That's ridiculous', 'I've wasted enough of my morning'"),
]
