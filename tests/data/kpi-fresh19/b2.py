CALLS = [
("FR19_021", "Hannah Cho", "2026-11-16T09:40:00", "asr", """A: hi this is hannah from shiftboard calling about your scheduling software renewal
C: oh hi yes we got the email
A: you're on ten seats right now at twelve a seat per month
C: yeah about that we closed our second location so we only need six
A: sorry to hear that i can renew you at six seats starting next month
C: mhm and the price per seat stays the same
A: same twelve a seat so seventy two a month
C: okay yeah let's do six then
A: done i'll remove the four inactive users you want to pick which ones
C: um the ones from the elm street store i'll email you the names
A: perfect""", True, 0.0, "neutral", "renewal at reduced seat count is a renewal; no add-on"),

("FR19_022", "Tobias Grant", "2026-11-16T11:05:00", "clean", """A: Westgate Honda service, Tobias speaking.
C: Hi, I'd like to get an oil change for my CR-V this week if possible.
A: Sure. I've got Wednesday at 7:30 or Friday at 1.
C: Wednesday, first thing.
A: Wednesday at 7:30. While it's in, do you want a tire rotation? It's $29.95 with the oil change.
C: Oh, yeah, it's probably due. Add it.
A: Got it. Oil change and rotation, Wednesday the 11th at 7:30, 2019 CR-V, plate ending 6KD. All good?
C: Yes. Can I wait there or should I drop it off?
A: Waiting's fine, it'll be about an hour. We've got coffee.
C: Perfect, you guys are always great about this.""", True, 29.95, "positive", "service booked, read-back confirmed with a follow-up question; rotation $29.95 accepted"),

("FR19_023", "Amara Nwosu", "2026-11-17T10:20:00", "asr", """A: hi is this ray from ray's plumbing this is amara from localboost
C: yeah who's this again
A: localboost we run google and facebook ads for trades businesses
C: uh huh
A: our starter package is three fifty a month and we handle everything
C: three fifty a month that's a lot for a one man shop
A: most of our plumbers get three or four extra jobs a month from it
C: look if it was under two hundred i'd probably give it a go but three fifty no
A: i can't go that low but i could do three hundred for the first three months
C: nah still too rich for me i'm busy enough with word of mouth anyway
A: understood can i check back in the new year
C: sure whatever""", False, 0.0, "neutral", "conditional (under $200) not met; plain price objection without hostility"),

("FR19_024", "Kevin Walsh", "2026-11-17T13:35:00", "asr", """A: hi thanks for calling the orpheum box office this is kevin
C: hi um i'm trying to get four tickets for the saturday show of the nutcracker
A: oh i'm sorry saturday is completely sold out
C: oh no my daughters will be crushed
A: i do have sunday at two with four seats together in the mezzanine
C: how much are those
A: sixty five each so two sixty for four
C: okay yes let's do sunday
A: four mezzanine seats sunday at two two hundred sixty total is that right
C: yes that's right oh thank goodness they're going to be so excited
A: you're all set tickets are in your email
C: thank you so much kevin you saved christmas""", True, 0.0, "positive", "sold out, alternative date booked; tickets are the main purchase"),

("FR19_025", "Sofia Brandt", "2026-11-18T09:10:00", "clean", """A: Hi Mr. Dufresne, Sofia from Tristate Equipment, following up on the forklift lease quote.
C: Yes, hi. We looked it over. The 5,000-pound electric at $620 a month.
A: That's the one. Thirty-six months, maintenance included.
C: Fine, let's do it. We need it before the holiday rush.
A: Great. Let me check delivery... the earliest the unit ships is January 8th.
C: January? Your rep told me two weeks when he quoted it.
A: I'm sorry, the supplier pushed back. I could offer a rental unit in the meantime at $400 a month.
C: No. We're not paying for two forklifts. Cancel the whole thing, I'll go with the dealer down the road who has one on the lot.
A: I understand. I'll withdraw the order.
C: Thanks. Frankly this is the second time your quotes haven't matched reality.""", False, 0.0, "negative", "commitment retracted after delivery delay; whole order cancelled"),

("FR19_026", "Jerome Pike", "2026-11-18T15:45:00", "asr", """A: thanks for calling voxa business jerome speaking
C: hi i've got three lines with you and we keep going over the data
A: let me pull it up yes you're on the ten gig shared plan
C: yeah we need more
A: the unlimited plan is thirty five a line so a hundred and five for the three
C: okay switch us to that
A: done from today and do you call abroad at all we've got a canada and mexico pack for ten a month
C: um actually yes one of our suppliers is in monterrey add that to my line only
A: added to line one so the unlimited on three lines plus the calling pack
C: yep
A: all set
C: okay thank you""", True, 10.0, "neutral", "paid plan upgrade; calling pack $10/month accepted on one line"),

("FR19_027", "Ines Duarte", "2026-11-19T08:25:00", "clean", """A: Eastern Gas & Electric, this is Ines.
C: I'm looking at a bill for $412. For a two-bedroom apartment. In October.
A: I'm sorry about that. Let me look at the account.
C: Last October it was $96.
A: I see an estimated reading for September and an actual reading in October, so this bill catches up two months.
C: So you guessed low and now I pay for it all at once.
A: I can set up a payment arrangement over three months at no extra charge.
C: I'll take the arrangement, but I want it noted that nobody has read the meter since June.
A: I've noted it and flagged the account for an actual read next month.
C: Wonderful. Only five months late. Thanks for nothing.""", False, 0.0, "negative", "billing complaint; free payment arrangement is not a purchase; sarcastic end"),

("FR19_028", "Callum Reid", "2026-11-19T12:15:00", "asr", """A: brightbox electronics callum speaking
C: hi i'd like to order the zenbook fourteen for pickup
A: sure the zenbook fourteen is eight forty nine we have it at the westfield store
C: great i'll take it
A: do you want a wireless mouse with it the logitech one is twenty nine ninety nine
C: yeah go on
A: and the two year accidental damage cover is one nineteen
C: hmm how much did you say
A: one nineteen
C: i'll think about the cover i can add it later right
A: within thirty days yes
C: okay just the laptop and mouse then
A: ready for pickup after three today
C: brilliant thanks that's super easy""", True, 29.99, "positive", "laptop bought; mouse $29.99 accepted; damage cover deferred"),

("FR19_029", "Mei Tanaka", "2026-11-20T09:30:00", "asr", """A: good morning active motion physio mei speaking
C: hi i was hoping to book in with sam for my knee sometime this week
A: let me see sam's fully booked until the twenty sixth unfortunately
C: oh
A: i could get you in with priyanka tomorrow at four fifteen
C: um i really wanted to stay with sam since he knows the history
A: i understand would you like the twenty sixth with sam then
C: that's too long it's pretty sore right now
A: i can put you on sam's cancellation list
C: yeah okay do that and i'll call back if nothing comes up
A: done
C: thanks""", False, 0.0, "neutral", "no availability, both alternatives declined; cancellation list is not a booking"),

("FR19_030", "Omar Haddad", "2026-11-20T14:00:00", "clean", """A: Hi Laura, Omar from Pipewise. Quick call about the invoicing module we talked about at the webinar.
C: Hi Omar. Yes, I'm still interested.
A: It's $200 a month on top of your current plan, and it syncs with QuickBooks.
C: Okay. Honestly, yes, we'd do it, but only if it's live by December 1st. That's when our new fiscal year starts.
A: Let me check with onboarding... the earliest they can get you set up is December 15th.
C: Then no, not this year. I'm not switching invoicing mid-month.
A: Understood. Shall I pencil you in for a January start?
C: Call me in January and we'll see.
A: Will do.
C: Thanks, Omar.""", False, 0.0, "neutral", "conditional acceptance, condition not met; deferral"),

("FR19_031", "Rachel Stone", "2026-11-20T17:10:00", "asr", """A: dreamwell mattress rachel speaking
C: hi i bought a king mattress from you last week and the guy mentioned some stain protection thing
A: yes the fabric guard we can still add it within thirty days
C: oh good how much is it
A: for a king it's fifty nine and it covers stains for five years
C: okay yes please add it because my cat already got on it
A: ha of course let me find the order under what name
C: tomasz wilk
A: found it so fabric guard added to your king mattress fifty nine on the card ending three three eight
C: yes that's right
A: done
C: lovely thank you that was quick""", True, 59.0, "positive", "add-on to an earlier purchase bought in this call: conversion, upsell 59"),

("FR19_032", "Victor Lund", "2026-11-23T10:45:00", "asr", """A: hi this is victor from halden insurance calling about your general liability renewal
C: yeah i got the letter you raised it by forty percent
A: it went from nine hundred to twelve sixty mainly because of the claim in april
C: one claim a broken vase and you jack it up forty percent
A: i understand it's frustrating i could take it down to eleven forty with a higher deductible
C: the guy at shield mutual quoted me eight fifty with no claim surcharge
A: i can't match that unfortunately
C: then i guess we're done i'll let it lapse
A: i'm sorry to lose you mr abara
C: yeah well you should have thought of that before""", False, 0.0, "negative", "renewal refused over premium rise; leaving for competitor"),

("FR19_033", "Priya Raman", "2026-11-23T13:20:00", "clean", """A: Hi Mr. Greer, this is Priya from Sentinel Security, calling about your antivirus licenses expiring on the 30th.
C: Oh, good, I was going to call you. Yes, renew them.
A: Great. That's 12 licenses at $45 each per year, so $540.
C: Fine.
A: We also have a backup add-on, $8 per device per month, which a lot of firms your size are adding.
C: We've got backup through our IT guy. No need.
A: No problem. So 12 licenses renewed for a year, $540 on the card on file. Correct?
C: Correct. And honestly, thank you for the reminder call, last year it lapsed and we had a scare.
A: Glad we caught it this time.
C: Me too. You guys have been solid.""", True, 0.0, "positive", "renewal confirmed; backup add-on declined; $540 is the main product"),

("FR19_034", "Marcus Bell", "2026-11-24T09:55:00", "asr", """A: green table catering this is marcus
C: hi i need lunch for an office meeting on thursday for twenty five people
A: sure our sandwich box lunch is fourteen a person includes chips and a drink
C: okay let's do twenty five of those
A: and would you like to add a cookie platter for thirty
C: yeah sure
A: anything else fruit salad or
C: um actually hold on no cookies we've got a couple of people doing some sugar free thing scratch the cookies
A: no problem so twenty five box lunches thursday at noon at four ten harbor drive
C: yes that's right
A: perfect you're booked
C: okay great""", True, 0.0, "neutral", "catering order confirmed; cookie platter accepted then retracted by name"),

("FR19_035", "Dana Kowalski", "2026-11-24T16:30:00", "asr", """A: hollis appliance dana speaking
C: hi um i'm looking at the french door fridge the thirty six inch one
A: the frostline thirty six that one's two thousand one ninety nine this week
C: and delivery
A: delivery is free and installation with the water line is one twenty nine
C: okay that's not bad
A: would you like to go ahead and order it today the sale ends sunday
C: uh i think so but my husband measured the space and i don't trust him let me check with him tonight
A: of course i can hold the sale price until sunday
C: oh that's nice of you okay i'll call back tomorrow
A: sounds good""", False, 0.0, "positive", "'i think so but' then deferral to husband; mildly positive ('not bad', 'nice of you')"),

("FR19_036", "Luis Ortega", "2026-11-25T11:00:00", "clean", """A: Hi, this is Luis with Sparkline Commercial Cleaning. We cleaned your carpets back in May and I'm calling to schedule the winter clean.
C: You're calling me? After the mess your crew left?
A: I'm sorry, I don't have any notes on an issue. What happened?
C: They soaked the carpet by the server room, it smelled like a swamp for a week, and someone knocked over a monitor.
A: That's not acceptable, I apologize. I'd like to offer the winter clean at half price, $325 instead of $650.
C: Half price to do it again? No. We've already hired someone else.
A: I understand. I'll pass your feedback to our operations manager.
C: Do that. And take us off your call list.
A: Done. Sorry again.""", False, 0.0, "negative", "outbound offer refused; angry about past damage"),

("FR19_037", "Hannah Cho", "2026-11-25T14:25:00", "asr", """A: skyward airlines hannah speaking how can i help
C: yeah i need to move my flight tomorrow to the morning one my meeting got moved
A: let me look you're on the four fifty pm to denver i have the seven ten am with seats
C: fine put me on that
A: there's a change fee of seventy five plus the fare difference of forty
C: a hundred and fifteen dollars to move a flight by nine hours that's ridiculous
A: i understand it's the fare rules on the basic ticket
C: whatever just do it
A: done and would you like an extra legroom seat on the morning flight for forty nine
C: sure why not i'm already being robbed
A: so seven ten am tomorrow seat twelve c extra legroom confirmed
C: yeah great thanks for nothing""", True, 49.0, "negative", "paid booking change; fees excluded; legroom seat $49 accepted; angry and sarcastic"),

("FR19_038", "Tobias Grant", "2026-11-26T10:10:00", "asr", """A: hi this is tobias from comfort air calling because your maintenance plan is up for renewal
C: oh okay is it the same price
A: it's one sixty nine for the year two tune ups and priority service
C: mhm
A: shall i renew it on the card on file
C: yes please um does that include the filter changes
A: filters are included on the tune up visits yes
C: okay good
A: great your first tune up i can book for the week of the ninth
C: let me check my calendar and call you for that
A: no problem the plan is renewed
C: okay thanks""", True, 0.0, "neutral", "yes to closing question followed by a question; tune-up date deferred but renewal stands"),

("FR19_039", "Amara Nwosu", "2026-11-26T15:50:00", "asr", """A: thank you for calling harborline bank this is amara
C: my card got declined at the supplier this morning in front of everybody
A: i'm so sorry let me take a look can i verify your name and date of birth
C: dev malhotra august ninth nineteen eighty two
A: thank you i see a fraud hold was placed after a large purchase yesterday
C: yeah it was me i bought a walk in freezer for my restaurant
A: i've removed the hold and marked the purchase as verified
C: i called you last week to say this was coming and someone said it was noted
A: i don't see that note i apologize
C: unbelievable this is the third time this year i'm seriously thinking about moving banks
A: i understand i'll file a complaint on your behalf
C: yeah do that""", False, 0.0, "negative", "support; purchase mentioned happened elsewhere; frustrated"),

("FR19_040", "Kevin Walsh", "2026-11-27T19:05:00", "clean", """A: Trattoria Belmonte, Kevin speaking.
C: Hi! I'd like to book the chef's table for my husband's 40th on December 5th. There'll be eight of us.
A: Lovely. The chef's table is available on the 5th. It's the tasting menu at $95 a person.
C: Perfect, that's what I was hoping.
A: We also offer a wine pairing, $35 a person.
C: Yes, let's do the pairing for everyone. Well, seven, actually, my sister's pregnant.
A: Of course. So eight tasting menus and seven wine pairings, December 5th at 7 pm, under...?
C: Carla Mendes. And yes, that's all correct.
A: Wonderful, you're booked. We'll do a little something for the birthday too.
C: Oh, you're so sweet. I can't wait!""", True, 245.0, "positive", "chef's table booked; wine pairing for 7 x $35 = 245 (revised from 8)"),
]
