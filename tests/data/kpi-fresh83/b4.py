CALLS = [
("FR83_061", "Lena Fischer", "2026-11-27T17:45:00", "asr", """A: evercrest this is lena thanks for your patience
C: yeah finally um i've been transferred like three times i just want to get the home insurance quote finished
A: i'm sorry about that i have your quote here the house on two nineteen ridge road
C: yes
A: okay so it comes to fourteen twenty a year
C: yeah that's what the website said can we just do it
A: sure and before i bind it do you want identity theft protection it's twenty five a year
C: yes fine add it whatever just please finish it
A: okay home policy fourteen twenty plus identity protection twenty five starting december first
C: yes
A: okay it's bound
C: great forty five minutes for a five minute thing unbelievable""",
 True, 25.00, "negative", "buys while annoyed: identity protection $25/yr accepted; closing 'great' is sarcastic; street number not a price"),

("FR83_062", "Curtis Bell", "2026-11-27T20:30:00", "asr", """A: dashly phone orders curtis speaking
C: hi can i get um the pad thai and the green curry from thai orchid
A: sure pad thai is fifteen ninety five green curry sixteen fifty anything else
C: uh spring rolls too
A: okay spring rolls six fifty so about thirty nine plus fees to your address on birch
C: yep yep go ahead
A: placing it now okay um
C: what
A: so it's saying the restaurant just closed their kitchen early tonight and the order couldn't go through
C: are you kidding me it's like eight thirty
A: i'm sorry you weren't charged anything do you want to try another thai place
C: no forget it i'll just make eggs this is like the second time this week""",
 False, 0.00, "negative", "order failed at the end, nothing placed instead; spring rolls were part of the failed main order"),

("FR83_063", "Noor Haddad", "2026-11-02T12:20:00", "clean", """A: Hartwell Home, Noor speaking.
C: Hi, I'm calling about the Kasbah rug, the 8 by 10 in rust. Is it still on sale?
A: It is, $629 until Sunday.
C: Great, I'll take it.
A: Wonderful. Would you like a rug pad? The 8 by 10 pad is $79.
C: $79 for a pad seems steep. Can you do better?
A: I can do $59 with the rug.
C: Deal, add the pad at $59.
A: Kasbah 8 by 10 in rust, $629, plus the pad at $59, shipping to 16 Dover Street. Anything else?
C: That's it. Thanks, Noor, you've been lovely.""",
 True, 59.00, "positive", "customer haggles the add-on from $79 to $59 and accepts at 59; '8 by 10' is a size"),

("FR83_064", "Gabe Lindqvist", "2026-11-03T15:10:00", "asr", """A: sunward travel gabe speaking
C: hi uh quick question i have a trip to japan booked with you guys in january
A: okay let me pull it up can i have the booking code
C: it's uh k l seven seven nine two
A: got it tokyo january fifteenth what's up
C: so do i need a visa for that
A: is it a us passport
C: yes
A: then no visa for stays under ninety days you just need the passport valid for the whole trip
C: oh okay mine expires in like march so that's fine
A: you're good also you have the option of adding a rail pass it's about three forty for seven days
C: uh i'll look into that later probably
A: sure no problem
C: okay thanks that's all""",
 False, 0.00, "neutral", "information call; 'yes' answers the passport question; rail pass deferred"),

("FR83_065", "Marisol Vega", "2026-11-09T10:50:00", "clean", """A: Brightline Handyman, Marisol speaking.
C: Hi, I need someone to mount a TV and hang some shelves. Probably a two- or three-hour job.
A: Sure. It's $95 for the first hour and $70 for each hour after that. I have Wednesday at 1.
C: Wednesday at 1 is good. Book it.
A: Booked. Anything else while the handyman's there? A lot of people have us swap out smoke detectors, it's $35 each including the detector.
C: Actually, yes. Ours are the original ones from 2009. There are four.
A: Four detectors at $35 each, $140. I'll add them to Wednesday.
C: Okay, sounds good.
A: You're set for Wednesday at 1 at 77 Linden Avenue.
C: Thanks.""",
 True, 140.00, "neutral", "smoke detectors 4 x $35 = 140 on top of the hourly visit; year and address are not prices"),

("FR83_066", "Dev Chandra", "2026-11-10T14:00:00", "asr", """A: northline wireless this is dev how can i help you today
C: yeah i'm calling to cancel my home internet
A: oh i'm sorry to hear that can i ask why
C: i'm moving in with my girlfriend and she's got her own internet
A: oh congrats okay well if you want to keep us we could move the service to her place and i can do the first three months at half off so like thirty seven fifty
C: mhm
A: and that includes the
C: no no she's got fiber from someone else it's fine just cancel it
A: okay i can do that your last day will be the thirtieth and you'll need to return the modem
C: return it where
A: any northline store or we can send you a box
C: send me a box i guess
A: okay that's done anything else
C: no that's it thanks""",
 False, 0.00, "neutral", "'mhm' during the save offer is a backchannel, then declined; cancellation is calm, not angry"),

("FR83_067", "Keisha Moore", "2026-11-11T11:25:00", "asr", """A: evercrest claims keisha speaking
C: hi um my bike got stolen from my building's garage and i wanna file a claim
A: i'm sorry to hear that what was the value of the bike
C: uh i paid like eight hundred for it two years ago
A: okay so your renters policy has a one thousand dollar deductible
C: wait so
A: so unfortunately the claim would be under the deductible so there wouldn't be a payout
C: so i pay you every month and the one time something happens you pay nothing
A: i understand it's frustrating we could lower your deductible to two fifty for about four more a month
C: oh yeah now you wanna sell me something no thanks
A: i'm sorry i can still file a police report reference on your file if
C: no don't bother it's fine i'll figure it out""",
 False, 0.00, "negative", "'oh yeah now you wanna sell me something' is sarcastic refusal, not a yes; 'it's fine' is resigned"),

("FR83_068", "Tomasz Nowak", "2026-11-12T09:35:00", "clean", """A: Northline Wireless, Tomasz speaking.
C: Hi, I'm paying $85 a month for unlimited and I barely use 5 gigs. Is there something cheaper?
A: Let me check your usage. You've averaged 3.8 gigs over the last six months. Our 10-gig plan is $45 a month.
C: $45 for 10 gigs. And if I go over?
A: It slows down, no overage charges.
C: That's fine, I'm on Wi-Fi most of the day. Yes, switch me to that one.
A: Done, you're on the 10-gig plan at $45 from your next cycle, which starts the 28th.
C: Thanks, that saves me a lot.""",
 True, 0.00, "positive", "downgrade to a cheaper paid plan counted as a paid plan change (conversion), upsell 0"),

("FR83_069", "Priya Raman", "2026-11-14T19:15:00", "asr", """A: dashly support this is priya
C: hi yes i need to talk to someone because my son just had a reaction
A: oh my gosh is he okay
C: he's okay now we gave him the uh the benadryl but i put in the notes no peanuts like in capital letters and the noodles had peanut sauce
A: i'm so sorry that should never happen i'm refunding the whole order now that's forty one eighty
C: mhm
A: and i'm reporting the restaurant to our safety team
C: okay
A: i can also add a twenty dollar credit for
C: i don't want a credit i'm not ordering from you again honestly i just wanted someone to know
A: i understand completely it's been reported i'm really sorry
C: yeah okay bye""",
 False, 0.00, "negative", "allergen complaint; refund and refused credit are not purchases"),

("FR83_070", "Owen Castillo", "2026-11-16T17:05:00", "clean", """A: Sunward Travel, Owen speaking.
C: Hi! We're getting married in May and we want to book the honeymoon, the Bora Bora overwater bungalow package we talked about last week.
A: Congratulations! Yes, seven nights from May 18th, $8,640 for two with flights from LAX.
C: Let's book it. We've been dreaming about this forever.
A: Wonderful. Would you like to add the couples spa package? It's $220.
C: Maybe once we're there and see the place. For now just the package.
A: Sure. So seven nights overwater bungalow, May 18th to 25th, $8,640, deposit of $1,500 today on the Amex?
C: Yes, that's right. I'm so excited!
A: It's booked. Confirmation is on the way.
C: Thank you so much, Owen!""",
 True, 0.00, "positive", "package booked; spa deferred ('maybe once we're there') so 0; deposit is part of the main price"),

("FR83_071", "Hannah Liebl", "2026-11-23T13:00:00", "asr", """A: brightline moving hannah speaking
C: hi um yeah we're moving on the fifth and we need uh movers
A: okay from where to where
C: from a two bedroom on eleventh street to uh a house in westfield it's like twenty minutes
A: okay for a two bedroom i'd do three movers and a truck that's one fifty an hour with a three hour minimum
C: one fifty an hour okay and how long do you think
A: probably four hours
C: okay yeah let's book it for the fifth
A: great do you need boxes our two bedroom box kit is eighty nine
C: we've got boxes from my work um
A: okay and mattress bags are twelve each
C: oh yeah we need those two of them we have a queen and a twin
A: so two mattress bags twenty four
C: yep
A: alright booked for the fifth at eight am
C: okay thank you""",
 True, 24.00, "neutral", "move booked; box kit implicitly declined; 2 mattress bags x 12 = 24; hourly rate is the main price"),

("FR83_072", "Jamal Porter", "2026-11-24T14:40:00", "clean", """A: Evercrest Insurance, Jamal speaking.
C: Hi, I'm buying a car at the dealership right now and they need proof of insurance for the new vehicle before I can drive off.
A: No problem. Your policy automatically covers a new vehicle for 14 days. What's the VIN?
C: It's 1HGCV1F34RA012877.
A: Got it. I've added the 2024 Accord as a temporary vehicle and emailed a card to the dealership. Did you want to add it permanently and remove the old Civic?
C: Not yet, I'm still selling the Civic. I'll call back next week for that.
A: Sure. The temporary card is good through December 8th.
C: Perfect, they just got it. You saved my afternoon, thank you!""",
 False, 0.00, "positive", "automatic no-charge temporary coverage is not a purchase; the permanent policy change is deferred"),

("FR83_073", "Sun-hee Park", "2026-11-19T16:30:00", "asr", """A: hartwell home sun hee speaking
C: hi um i'd like to order the the six drawer dresser the oslo in white
A: okay the oslo six drawer is four seventy nine
C: yes that one please go ahead
A: sure and would you like assembly that's forty nine
C: yeah yes please i'm terrible at that stuff
A: okay and your zip code
C: it's oh one six oh two
A: oh so i'm sorry it looks like assembly isn't offered in your area we don't have installers out there
C: oh um then
A: it comes with instructions and it's
C: no yeah if i have to build a six drawer dresser myself it's never getting built so uh never mind cancel the dresser
A: okay no problem nothing's been charged
C: okay thanks anyway""",
 False, 0.00, "neutral", "add-on could not be fulfilled and the customer then retracts the main order; zip code not a price"),

("FR83_074", "Rafael Ortiz", "2026-11-20T10:20:00", "clean", """A: Dashly for Business, this is Rafael.
C: Hi, I manage an office of about 40 people, and we're thinking about giving everyone a monthly meal stipend through you.
A: Great. Our business plan is free to set up. You load a stipend, say $100 per employee a month, and we charge a 5% admin fee on what's used.
C: That could work for us. Could you put that in an email so I can show my manager? She approves anything over $2,000.
A: Absolutely. What email should I send it to?
C: dana.k@bowmancreative.com. That's d-a-n-a dot k.
A: Got it. I'll send a proposal today, and I can set up a demo call if you like.
C: Let's see what she says first. Thanks.""",
 False, 0.00, "neutral", "interest plus request for an email, needs manager approval; demo not accepted"),

("FR83_075", "Bridget Kearney", "2026-11-30T11:00:00", "asr", """A: brightline remodeling bridget speaking
C: hi uh the estimator came out yesterday for our bathroom and i got the quote this morning
A: okay let me pull it up the hall bath right
C: yeah
A: okay so the quote's twenty three thousand four hundred
C: yeah twenty three thousand for a five by eight bathroom
A: i know it's a lot it's mostly the tile and moving the plumbing for the
C: we're not moving any plumbing we said keep everything where it is
A: oh let me check the notes um you're right it says keep layout i think there's a mistake i can have him redo it
C: yeah sure have him redo it but honestly i'm not super confident at this point
A: totally understand i'll have the revised one to you by friday
C: mhm okay""",
 False, 0.00, "negative", "'yeah sure have him redo it' is a re-quote, not a purchase; customer ends distrustful"),

("FR83_076", "Emeka Obi", "2026-11-30T14:10:00", "clean", """A: Northline Wireless, Emeka speaking.
C: Hi. I'm going to Mexico for three weeks in December and I don't want a huge bill. What are my options?
A: You can use a Day Pass at $10 a day, or add our North America add-on for $10 a month, which covers Mexico and Canada.
C: Well, $10 a month is obviously better than $10 a day for three weeks. Add the monthly one.
A: Done. I can also add streaming perks with Max for $6.99 a month.
C: No, I'm good.
A: Okay. The North America add-on is active from today. You can remove it anytime.
C: Okay, thanks.""",
 True, 0.00, "neutral", "the roaming add-on is what the customer called to buy, so it is the main purchase (upsell 0); streaming perk declined"),

("FR83_077", "Lena Fischer", "2026-11-20T15:35:00", "asr", """A: sunward tours lena speaking
C: hi yeah um we're gonna be in new york next weekend and i wanted the the hop on hop off bus
A: sure how many people
C: three two adults and my son he's fifteen
A: okay he counts as an adult for that so three at forty nine each
C: uh huh okay
A: and we have a combo where you add top of the rock for twenty eight more per person
C: oh my son's been begging to go up there yeah add that for all three
A: okay so three bus passes and three top of the rock add ons that's eighty four for the add ons
C: mhm
A: and the bus passes are one forty seven so two thirty one total for saturday the twenty eighth
C: yes saturday's right
A: great i'll email the tickets
C: awesome thank you so much""",
 True, 84.00, "positive", "3 x $28 observation-deck add-on = 84; bus passes are the main purchase; age not a price"),

("FR83_078", "Curtis Bell", "2026-11-30T16:45:00", "clean", """A: Evercrest Dental, Curtis speaking.
C: Hi, I need dental insurance. I have a crown that needs to be done.
A: Our Plus plan is $42 a month and covers major work at 50%.
C: Okay, sign me up for Plus.
A: Great, I'll start the enrollment. I should mention that major services like crowns have a 12-month waiting period.
C: Twelve months? The crown needs to happen now. Then what's the point? Don't enroll me.
A: I understand. I haven't completed it, so nothing's been charged.
C: Honestly, that should be the first thing you say, not the last. This was a waste of twenty minutes.""",
 False, 0.00, "negative", "sign-up retracted after the waiting period is disclosed"),

("FR83_079", "Noor Haddad", "2026-11-25T10:55:00", "asr", """A: northline wireless noor speaking
C: hi um yes so i dropped my phone in the lake
A: oh no
C: yeah so i need a new one i guess the iphone seventeen the regular one
A: okay the iphone seventeen is seven ninety nine or twenty two nineteen a month
C: monthly please
A: okay and do you have protection on the old one
C: no which is why i'm buying a new one ha
A: ha yeah so protection is usually fifteen a month but there's a promo right now for twelve
C: twelve okay yeah given my track record put it on there
A: okay so iphone seventeen on monthly plus protection at twelve a month ship to your home address
C: yes please ship it
A: done it'll be there by friday
C: thank you""",
 True, 12.00, "neutral", "protection revised 15 -> 12 a month and accepted; phone is the main purchase; 'seventeen' is a model"),

("FR83_080", "Gabe Lindqvist", "2026-11-30T19:30:00", "clean", """A: Dashly, this is Gabe.
C: My order says delivered. The photo shows a blue door. My door is red.
A: I'm sorry about that. I see order 5520 from Marco's Grill, marked delivered at 7:12. I can send a replacement at no charge or refund the $47.80.
C: I'm hungry, so yes, send it again. To the red door this time.
A: Replacement's on its way, about 35 minutes. I've added a note for the driver.
C: Thirty-five more minutes. Great.
A: I'm sorry. I've also added a $5 credit to your account.
C: Fine. Thanks, I guess.""",
 False, 0.00, "negative", "'yes, send it again' accepts a free replacement, not a purchase; 'Great' is sarcastic"),
]
