CALLS = [
("FR68_001", "Marisol Ferreira", "2026-11-02T09:14:00", "clean", """A: Thanks for calling Northway Mobile, this is Marisol. How can I help?
C: Hi, yeah, my daughter's turning thirteen and I think it's finally time she gets her own phone. I want to add her to my plan.
A: Happy to help with that. An additional line on your Unlimited Share plan is $25 a month. Do you have a phone for her already, or are you buying one?
C: She's getting my old iPhone, so just the line.
A: Perfect. I'll add the line at $25 a month, starting this billing cycle. Shall I go ahead?
C: Yes, go ahead.
A: Done. Since it's a hand-me-down, a lot of parents add device protection on kids' phones. It's $9 a month for that line and covers cracked screens and loss.
C: Honestly, with her track record, yeah. Stick that on hers.
A: Added. So your monthly bill goes up by $34 in total. Anything else?
C: No, that's it. That was a lot less painful than I expected, thanks.""",
 True, 9.00, "positive", "'Yes, go ahead' to the $25 line (main); 'yeah. Stick that on hers' accepts protection at $9 a month; 'a lot less painful than I expected'"),

("FR68_002", "Dev Raghunathan", "2026-11-02T10:02:00", "asr", """a: thank you for calling clearline fiber this is dev how can i help you today
c: yeah hi um my internet keeps dropping like every evening around seven and i'm kind of over it
a: i'm sorry about that let me pull up your account okay i see you're on the one hundred meg plan and there's a lot of devices on your network
c: yeah there's four of us and everybody's streaming
a: so honestly part of it might be that you're maxing out the plan we could move you to the five hundred meg tier it's just ten dollars more a month and i can do it right now
c: um see that's the thing i've been paying for a hundred and i'm not even getting a hundred
a: that's fair what i can do is reset your line from here and put a note on the account and if it keeps dropping we'll look at sending a technician
c: fine do the reset
a: okay that's done give it about ten minutes and if you change your mind on the upgrade just give us a call
c: yeah i really doubt i'll be calling to pay you more honestly""",
 False, 0.0, "negative", "upgrade at ten dollars more a month never accepted ('i'm not even getting a hundred'); 'fine do the reset' is not a purchase; ends 'i really doubt i'll be calling to pay you more'"),

("FR68_003", "Grace Okafor", "2026-11-02T11:20:00", "clean", """A: Good morning, Harborline Insurance, Grace speaking.
C: Hi, I got a letter saying my car policy's up for renewal on the 15th. I just want to renew it, same as last year.
A: Sure. Your six-month premium comes to $612, up from $588 last term, mostly because of regional rates. Would you like me to renew at that?
C: It's a bit more than I'd hoped, but okay, yes, renew it.
A: Renewed, effective the 15th. While I have you, you don't have roadside assistance on this policy. It's $4 a month. We also have rental reimbursement for $6 a month.
C: Roadside, sure, I've been meaning to get that. The rental one I don't need, my wife's car is always there.
A: No problem. So roadside is added at $4 a month, and no rental reimbursement.
C: Right.
A: You'll get the updated declarations page by email today.
C: Okay. Thanks.""",
 True, 4.00, "neutral", "'okay, yes, renew it' (renewal); 'Roadside, sure' = $4/month rider accepted, rental at $6 declined; 'a bit more than I'd hoped, but okay' then plain thanks"),

("FR68_004", "Tomasz Nowak", "2026-11-02T13:45:00", "asr", """a: hi you've reached summit federal this is tomasz
c: hi um yeah i got a letter about upgrading my checking to the uh the premier account and i wanted to ask about it
a: sure so premier checking is fifteen dollars a month but it's waived if you keep five thousand across your accounts and you get no atm fees anywhere plus a bump on your savings rate
c: okay and i do have more than five thousand between checking and savings right now
a: you do yes so for you it'd effectively be free
c: huh okay that actually sounds pretty decent
a: would you like me to switch you over today it takes about a minute
c: um let me just talk to my husband first it's a joint account and he gets weird about changes
a: of course i can email you the comparison sheet so you can both look at it
c: yeah send that that'd be great
a: done it's on its way anything else
c: no that's it thanks""",
 False, 0.0, "positive", "deferral 'let me just talk to my husband first'; 'yeah send that' is yes to an email; mildly positive 'that actually sounds pretty decent'"),

("FR68_005", "Hannah Lindqvist", "2026-11-02T14:30:00", "clean", """A: Brightwater Energy, Hannah speaking, how can I help?
C: Hi. I'd like to cancel the boiler cover on my account. It's $18 a month and I've never once used it.
A: I can help with that. Can I ask if it's mainly the price?
C: Mostly, yeah. Eighteen a month for something I don't use adds up.
A: Understood. Before I cancel, I can move you to our Essentials cover. It's the same annual service and breakdown repairs on the boiler, just without the appliance cover, at $11 a month.
C: Hm. So what do I lose exactly?
A: Just the cover for the cooker and the fridge. The boiler and central heating stay covered, and the annual service is still included.
C: The cooker's ancient anyway. Fine, put me on the Essentials one then, I'll stay.
A: Done, you're on Essentials at $11 a month from your next bill.
C: Okay. I still think the old price was a bit much, but this is fair enough.""",
 True, 0.0, "neutral", "save offer accepted: 'Fine, put me on the Essentials one then, I'll stay' (cheaper cover, no add-on); mixed 'a bit much, but this is fair enough'"),

("FR68_006", "Curtis Bell", "2026-11-03T09:05:00", "asr", """a: metrowave wireless this is curtis what can i do for you
c: hey yeah so i want to upgrade my phone my screen's been cracked for like six months
a: oh ouch okay you're eligible for an upgrade so the pixel nine would be zero down and twenty two dollars a month for thirty six months
c: yeah that's the one i was looking at let's do that one
a: awesome in what color
c: um the gray one obsidian or whatever
a: obsidian got it and given the history with the screen want to add the case and glass protector bundle it's thirty nine ninety nine one time
c: ha yeah okay fair that's probably smart throw that in
a: and we've also got device protection at fifteen a month
c: nah i'll pass on that one the case should do it
a: no problem so the pixel nine in obsidian with the case and glass bundle ships tomorrow
c: sweet that's great thanks man i appreciate it""",
 True, 39.99, "positive", "'let's do that one' (phone); 'throw that in' accepts the thirty nine ninety nine case bundle; protection at fifteen declined ('nah i'll pass'); 'sweet that's great'"),

("FR68_007", "Priya Menon", "2026-11-03T10:40:00", "clean", """A: Orchard Card Services, this is Priya.
C: Hi. My annual fee just posted, $95, and I'd like to cancel the card.
A: I'm sorry to hear that. Can I ask what's changed?
C: Nothing's changed, that's the problem. I barely use the travel perks, and $95 for a card that sits in my drawer is silly.
A: Understood. Looking at your account, I can offer a statement credit for the full $95 this year if you keep the card open.
C: So it's free this year.
A: Yes, for this year the fee is fully credited back.
C: And next year I'll be on the phone with you again.
A: Next year we'd review the account again, I can't promise the same offer.
C: Fine. I'll keep it for this year. But honestly, having to call and threaten to leave just to get this is annoying.
A: I hear you. The credit will show within two statements.
C: Okay.""",
 True, 0.0, "negative", "save offer accepted 'Fine. I'll keep it for this year' (fee credit is a discount, no upsell); ends 'having to call and threaten to leave just to get this is annoying'"),

("FR68_008", "Luis Carvajal", "2026-11-03T11:15:00", "asr", """a: good morning keystone home and auto this is luis
c: hi um this is kind of a weird question i'm about to propose and i wanted to know about insuring the ring
a: congratulations that's not weird at all we get that a lot you'd add a scheduled jewelry rider to your renters policy
c: okay how much would that run
a: what's the value of the ring
c: it's about four thousand two hundred
a: so for four thousand two hundred it's about twelve dollars a month no deductible and it covers loss too not just theft
c: oh that's way less than i thought
a: i can add it today and it starts tonight
c: um see i haven't actually given it to her yet and i'm kind of superstitious about it so i'll call back after the weekend if she says yes
a: ha fair enough i'll put a note on your file with the quote
c: thanks man wish me luck""",
 False, 0.0, "positive", "deferral 'i'll call back after the weekend if she says yes'; 'that's way less than i thought', friendly close"),

("FR68_009", "Nadine Boucher", "2026-11-03T13:30:00", "clean", """A: Valley Cable, this is Nadine.
C: Hi, I want to add the sports package before the season starts. How much is it?
A: Sports Plus is $14.99 a month and has all the regional networks. Want me to add it?
C: Yes, add it.
A: Done, it's live within the hour. I see you've only got one box on the account. If people watch in other rooms, extra boxes are $8 a month each.
C: How many could I get?
A: Up to four more.
C: Two's enough. The basement and the kids' room.
A: So two boxes at $8 each, that's $16 a month more, shipped to you by Friday. Okay?
C: Yep.
A: All set. Anything else?
C: No. Thanks.""",
 True, 16.00, "neutral", "'Yes, add it' to Sports Plus (main purchase); 'Two's enough' + 'Yep' to two boxes at $8 each = 16.00; flat tone"),

("FR68_010", "Owen Gallagher", "2026-11-03T15:10:00", "asr", """a: city water services this is owen
c: yeah hi i just got a bill for three hundred and forty dollars for water for one month for a two bedroom house so that's fun
a: oh i'm sorry let me look okay i see usage spiked a lot in mid october that usually means a leak somewhere
c: great so now i have a leak too wonderful
a: it might be a running toilet honestly that's the most common we can do a one time leak adjustment once you've fixed it and sent us a plumber's receipt
c: okay
a: and just so you know we offer a water line protection plan for six ninety five a month that covers repairs on the service line
c: oh sure let me just give you more money that sounds perfect
a: i understand no pressure at all
c: just send me the form for the adjustment please
a: will do you'll have it by email today
c: yeah okay whatever""",
 False, 0.0, "negative", "sarcastic refusal 'oh sure let me just give you more money that sounds perfect'; only asks for the adjustment form; 'whatever'"),

("FR68_011", "Yuki Tanaka", "2026-11-04T09:25:00", "clean", """A: Redwood Savings Bank, Yuki speaking.
C: Hi, um, my partner and I are starting to look at houses, and a friend said we should talk to someone about pre-approval first?
A: That's a great idea. I can book you with one of our mortgage advisors. It's free, takes about an hour, and you can do it in branch or by video.
C: Video would be easier. We both work.
A: I have Tuesday the 10th at 5:30 pm or Thursday the 12th at 6 pm.
C: Thursday at six works better.
A: Okay, so a video appointment Thursday the 12th at 6 pm with Daniel Reyes, for you and your partner. Shall I lock that in?
C: Yes please.
A: Booked. You'll get a link and a list of documents to have ready, pay stubs, two years of tax returns, that kind of thing.
C: Oh good, that's really helpful, I had no idea where to start. Thank you so much.""",
 True, 0.0, "positive", "appointment booked: 'Shall I lock that in?' -> 'Yes please'; free, no upsell; 'really helpful ... Thank you so much'"),

("FR68_012", "Renee Holloway", "2026-11-04T10:50:00", "asr", """a: ridgeline communications this is renee how can i help
c: hi yeah i need to cancel the home phone line we never use it anymore
a: okay i can help with that can i ask what's making you cancel
c: i mean nobody calls it except robocalls honestly
a: that's fair i can offer you a basic voice plan for twelve dollars a month instead of the thirty you're paying now so you'd keep the number
c: no i don't need the number either it's fine
a: okay understood and the internet stays the same
c: yes keep the internet just the phone goes
a: alright the home phone is cancelled as of the end of this billing cycle on the twenty second
c: okay so i'll see it drop off the next bill
a: that's right it'll show a partial credit
c: okay thanks""",
 False, 0.0, "neutral", "save offer at twelve a month declined ('no i don't need the number'); 'yes keep the internet' keeps existing service, not a purchase; matter-of-fact"),

("FR68_013", "Samuel Adeyemi", "2026-11-04T11:35:00", "clean", """A: Cornerstone Life, this is Samuel.
C: Hi, I filled in the online quote for the twenty-year term, the $500,000 one, and it said to call to finish.
A: Sure, I have it here. Twenty-year term, $500,000, $38.20 a month. Your health answers came back fine, so that's the final price. Would you like to go ahead?
C: Yes, let's do it.
A: Great. There are two riders people often look at. Accidental death adds another $250,000 if it's an accident, for $6 a month. And waiver of premium, which means if you become disabled and can't work, we pay your premiums. That one's listed at $7, but at your age it comes out at $4.50 a month.
C: The accident one seems a bit like a gamble. The disability one makes sense though. Add that one.
A: So waiver of premium at $4.50, no accidental death. Your total is $42.70 a month.
C: That's right.
A: Your policy documents will be emailed within two days, and there's a 30-day free look period.
C: Good. This was a lot more straightforward than I expected, thank you.""",
 True, 4.50, "positive", "'Yes, let's do it' to the policy; waiver rider revised from $7 to $4.50 and accepted ('Add that one'); accidental death at $6 declined; 'a lot more straightforward than I expected'"),

("FR68_014", "Fiona MacLeod", "2026-11-04T14:05:00", "asr", """a: good afternoon lakeshore power fiona speaking
c: hi um yeah we just bought a house on birch lane and i need to get the electric in my name starting the first
a: congratulations okay i'll need the address and your date of birth
c: it's forty two birch lane and uh march third nineteen eighty eight
a: thank you so for a new residential account you'd be on the standard rate and there's no deposit since you had an account with us before is it okay to set that up for the first
c: yeah that's fine set it up
a: done and since it's a new place we have a smart thermostat offer installed it's a hundred and twenty nine dollars or you can spread it at ten seventy five a month for a year on your bill
c: um how much does it save
a: most people see around eight to ten percent on heating
c: okay yeah do the monthly one
a: so ten seventy five a month for twelve months added to your bill and the installer will call you to schedule
c: okay
a: anything else
c: no that's it bye""",
 True, 10.75, "neutral", "'yeah that's fine set it up' (new account); 'okay yeah do the monthly one' accepts the thermostat at ten seventy five a month (recurring price counted once, not 129); flat"),

("FR68_015", "Victor Hale", "2026-11-05T09:40:00", "clean", """A: Granite Trust Bank, this is Victor. How can I help?
C: Yeah, I've been charged three overdraft fees in one day. $35 each. For a coffee, a bus pass and a $4 app subscription.
A: I'm sorry, that's frustrating. Let me take a look. ... I see the account went negative on the 2nd, and each transaction after that triggered a fee.
C: Right, so $105 in fees for about $20 of stuff.
A: I can refund two of the three as a courtesy, that's $70 back today.
C: Why not all three?
A: Two is the limit I can do from here, I'm sorry.
C: Of course it is.
A: I can also link your savings as overdraft protection, so this doesn't happen again. There's no cost for that.
C: Yes, do that, at least.
A: Done, and the $70 will show by tonight.
C: Okay. Thanks for that part. I'm still moving my direct deposit somewhere else though, this is the second time this year.""",
 False, 0.0, "negative", "'Yes, do that' is to a free overdraft link, not a purchase; refund is not revenue; ends 'I'm still moving my direct deposit somewhere else'"),

("FR68_016", "Amira Haddad", "2026-11-05T10:15:00", "asr", """a: thanks for calling metrowave this is amira
c: hi yeah i'm going to portugal on the fifteenth and i want to make sure my phone works over there without getting a crazy bill
a: sure the travel pass is ten dollars a day and it only charges on days you actually use data or make calls
c: okay and i'm there for twelve days
a: so if you use it every day that's a hundred and twenty dollars but for trips over five days the monthly international pass is actually better it's fifty dollars for thirty days
c: oh wow okay yeah that's a no brainer do the monthly one
a: so the international monthly pass fifty dollars starting on the fifteenth is that right
c: yep that's right and it works in spain too we might drive over
a: yes all of europe is covered
c: perfect thank you that's such a relief i was dreading the bill after last time
a: you're all set have a great trip
c: thanks""",
 True, 0.0, "positive", "'do the monthly one' + 'yep that's right' to the fifty dollar pass, which is the main purchase (picked instead of the daily pass, not on top of it); 'such a relief'"),

("FR68_017", "Marisol Ferreira", "2026-11-05T13:20:00", "clean", """A: Northway Mobile, Marisol speaking.
C: Hi, I'm calling to cancel my two lines. I'm porting them to Telora this week.
A: I'm sorry to hear you're leaving. Can I ask what's behind it?
C: Just price. They're giving me both lines for $60 and I'm paying $95 here.
A: I understand. I can take $20 a month off for the next twelve months, which gets you to $75, and that keeps the unlimited hotspot you have now.
C: That's tempting, honestly. But I already bought the SIMs and set it all up.
A: Is there anything that would keep you with us?
C: Not really. No hard feelings, the service was fine, it's just the money.
A: Understood. Once the port completes, the lines close automatically. Your final bill will be prorated.
C: Okay, and the phone's paid off, right?
A: Yes, there's no balance on the device.
C: Good. Thanks.""",
 False, 0.0, "neutral", "save offer called 'tempting' but not taken ('I already bought the SIMs'); 'No hard feelings, the service was fine'"),

("FR68_018", "Dev Raghunathan", "2026-11-05T15:30:00", "asr", """a: clearline fiber this is dev
c: hi yeah so i work from home now and i want to bump up my internet to the the fastest one you have
a: sure that's the gig plan it's fifteen dollars more than what you pay now so ninety a month total
c: yeah okay let's do that
a: okay i'll switch it tonight can i ask is it slow everywhere or mostly in certain rooms
c: mostly upstairs honestly my office is up there and video calls just freeze
a: so the gig plan alone might not fix upstairs if the router's downstairs we rent mesh extenders at five dollars a month each and for a two story house most people need two
c: oh um okay yeah that makes sense add two
a: two extenders at five a month each so ten dollars a month on top of the ninety they'll ship in two days
c: mhm yeah perfect
a: anything else i can do
c: no that's great thanks that's been bugging me for months""",
 True, 10.00, "positive", "'let's do that' to the gig plan (main); 'add two' extenders at five a month each = 10.00; 'that's great thanks'"),

("FR68_019", "Grace Okafor", "2026-11-06T10:10:00", "clean", """A: Harborline Insurance, this is Grace.
C: Hi. I'm calling about claim 4471. I got a letter saying it's denied and I want to understand why.
A: Of course. Let me pull that up. ... This was the basement flooding on October 20th?
C: Yes. Two feet of water. Carpet, the furnace, everything.
A: I'm sorry. The denial is because the water came up through the floor drain, which is sewer backup, and your policy doesn't include the water backup endorsement.
C: Nobody ever told me that was a separate thing.
A: I understand. It's something we can add going forward. It's $8 a month for up to $10,000 of coverage.
C: Now you tell me. After I've paid for a new furnace myself.
A: I'm sorry. I can also send you the appeal form if you'd like to request a review.
C: Yes, send the appeal form.
A: It's on its way to your email.
C: Fine. I'm going to be shopping around at renewal, just so you know.""",
 False, 0.0, "negative", "endorsement at $8/month answered 'Now you tell me' (not accepted); 'Yes' is to the appeal form; 'shopping around at renewal'"),

("FR68_020", "Tomasz Nowak", "2026-11-06T14:25:00", "asr", """a: summit federal this is tomasz how can i help you
c: yeah i'm calling about the cd rate i saw on your website the twelve month one
a: sure that's four point one percent right now on a minimum of one thousand
c: okay and if i put ten thousand in
a: that would earn about four hundred and ten dollars over the year
c: mhm and it's locked i can't take it out
a: there's an early withdrawal penalty of three months interest
c: okay um
a: would you like to open it today i can move the ten thousand from your savings
c: yeah go ahead
a: okay ten thousand into the twelve month cd at four point one percent maturing november sixth twenty twenty seven correct
c: mhm correct
a: done you'll see it in online banking within the hour
c: okay thanks""",
 True, 0.0, "neutral", "'yeah go ahead' to opening the CD and 'mhm correct' to the read-back; no add-on; flat"),
]
