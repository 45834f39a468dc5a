# FR81 batch 1 (calls 001-020) - written by hand, one call at a time.
CALLS = [
("FR81_001", "Marisol Vega", "2026-11-02T09:12:00", "clean",
"""A: Thanks for calling BrightRoof Solar, this is Marisol. How can I help?
C: Hi, we've been thinking about solar for a while. Our electric bill hit $310 last August and I'm kind of fed up.
A: That's a common story. The first step is a free site assessment - one of our surveyors checks the roof pitch, shading and your panel box. Takes about an hour.
C: Okay. Does it cost anything?
A: No, the assessment is free and there's no obligation. I have Thursday the 5th at 10 am or Saturday the 7th at 1 pm.
C: Saturday at 1 works better, both of us will be home.
A: Great. Can I confirm the address as 1442 Larkspur Lane?
C: Yes, that's right.
A: Perfect, you're booked for Saturday, November 7th at 1 pm. You'll get a text the day before.
C: Wonderful, thank you. I'm actually excited about this.""",
True, 0.00, "positive", "free site assessment booked (customer picks the Saturday slot); $310 is a past bill and 1442 an address, not prices"),

("FR81_002", "Derek Huang", "2026-11-02T10:40:00", "asr",
"""a: good morning thanks for calling comfortline heating and air this is derek
c: hi yeah i got a postcard about your maintenance plan
a: sure that's our comfort club it's two tune ups a year one for the furnace one for the ac plus fifteen percent off repairs it's one sixty nine a year
c: okay and does that include the filters
a: it includes a standard filter at each visit yes
c: hmm that sounds pretty good actually
a: would you like me to get you enrolled today
c: um i'd rather look it over first can you email me the details
a: absolutely what's the best email
c: it's j walsh at fastmail dot com
a: got it i'll send that right over
c: thanks appreciate it""",
False, 0.00, "neutral", "interest ('sounds pretty good') then asks for details by email: no commitment"),

("FR81_003", "Priya Nair", "2026-11-02T13:05:00", "clean",
"""A: Hi, this is Priya at ClearView Windows & Doors, following up on the quote from last week's measurement.
C: Yes, hi. We went over it. Six double-hung windows at $8,400 installed, right?
A: That's right. I also wanted to mention the triple-pane glass upgrade. It's $150 per window and it really helps with street noise.
C: We're on a busy corner, so noise is actually a big deal. For all six that would be what, $900?
A: Exactly, $900 on top, so $9,300 total.
C: Okay. Let's do it - the six windows with the triple pane.
A: Wonderful. I'll put the order in. Lead time is about five weeks; I can pencil you in for December 14th.
C: December 14th is fine.
A: Great, you'll get a confirmation by email with the deposit link.
C: Perfect. Honestly, the measurement guy was great, so I'm glad we went with you.""",
True, 900.00, "positive", "main order $8,400; triple-pane upgrade $150 per window x 6 windows = 900.00"),

("FR81_004", "Tom Becker", "2026-11-03T08:22:00", "asr",
"""a: hi thanks for calling summit roofing this is tom
c: yeah hi i had an estimator scheduled yesterday between eight and ten and nobody showed up
a: i'm really sorry about that let me pull up the account can i get the address
c: twenty two oak hollow drive
a: i see it there was a scheduling error on our end i apologize i can get someone out tomorrow morning
c: i took the morning off work for this
a: i understand and i'm sorry would tomorrow at nine work
c: no honestly i don't think so i already called another company
a: i understand is there anything i can do to change your mind
c: not really you guys had one job show up
a: i'm sorry again i'll make a note on the account
c: whatever bye""",
False, 0.00, "negative", "estimator no-show; customer refuses the rebooked slot and leaves for a competitor"),

("FR81_005", "Alicia Grant", "2026-11-03T11:47:00", "clean",
"""A: Reliant Plumbing, Alicia speaking.
C: Hi, my water heater is leaking from the bottom. It's a 40-gallon, model RH-4032, probably 12 years old.
A: At that age with a leak at the tank, replacement is the way to go. A 50-gallon gas unit installed is $1,850, including haul-away of the old one.
C: Okay. That's about what I expected.
A: We also offer a 10-year parts and labor warranty for $199.
C: No, the standard warranty is fine.
A: Understood. We can install tomorrow between 8 and noon. Want me to book that?
C: Yes, please, book it. I've been boiling water on the stove.
A: You're booked for tomorrow morning. The tech will call 30 minutes before arriving.
C: Okay, thanks.""",
True, 0.00, "neutral", "replacement booked at $1,850 (main); $199 extended warranty declined; 40-gallon, RH-4032, 12 years are not prices"),

("FR81_006", "Omar Siddiqui", "2026-11-03T15:30:00", "asr",
"""a: thanks for calling lumen fiber this is omar how can i help
c: hi we just moved in and i want to get internet set up
a: welcome let me check the address
c: it's eight fifteen maple court unit b
a: good news fiber is available there our gig plan is seventy a month with no contract
c: okay that's the one i want the house is kind of long though the wifi never reaches the back bedroom
a: we have mesh extenders for five dollars a month each most homes your size use two
c: yeah put two of those on
a: so that's the gig plan plus two extenders at five a month each can i schedule the install for tuesday between one and three
c: tuesday one to three yes that works
a: you're all set
c: awesome thank you this was way easier than i thought""",
True, 10.00, "positive", "gig plan $70/mo is main; two mesh extenders at $5/mo each = 10.00; 815 Maple Court is an address"),

("FR81_007", "Kelly Brennan", "2026-11-04T09:03:00", "clean",
"""A: Good afternoon, Keystone Energy, this is Kelly.
C: Hi, my variable rate went up again this month. What fixed plans do you have?
A: Right now our 12-month fixed plan is 12.9 cents per kilowatt-hour, and the 24-month is 13.4.
C: Hm. My neighbor said she got 11.5 cents somewhere.
A: That may have been a promotional rate from earlier in the year. 12.9 is the best I can offer today.
C: I'd switch if it got under 12 cents, honestly.
A: I understand. Rates are reviewed on the 1st of each month, so it may change.
C: Okay. I'll keep an eye on it then.
A: Would you like me to set a reminder to call you on December 1st?
C: Sure, yes, call me then.
A: Done. Anything else?
C: No, that's it. Thanks.""",
False, 0.00, "neutral", "conditional ('I'd switch if...'); 'yes' only to a callback reminder"),

("FR81_008", "Luis Ortega", "2026-11-04T12:16:00", "asr",
"""a: safehaven security this is luis how can i help you today
c: hi i want to cancel my monitoring
a: i'm sorry to hear that can i ask what's going on
c: it's just too expensive i'm paying thirty nine ninety nine a month and i barely use the app
a: i understand i can see you've been with us four years what i can do is drop you to twenty nine ninety nine a month locked for twelve months
c: twenty nine ninety nine for the whole year
a: yes same equipment same monitoring
c: hm okay fine i'll stay on it at that price
a: great i've applied that your next bill will reflect it
c: okay and that starts this month
a: yes starting with the december statement
c: alright thanks""",
True, 0.00, "neutral", "cancellation call, customer accepts the retention price: conversion; the price cut is a discount, not an upsell"),

("FR81_009", "Hannah Weiss", "2026-11-04T14:55:00", "clean",
"""A: FixRight Appliance Repair, Hannah speaking.
C: Hi. My dishwasher's been sitting with two inches of water in it since Sunday and I'm losing my mind.
A: Oh no, let's get that sorted. What's the brand and model?
C: Bosch, model SHX878 something. It's about five years old.
A: Thanks. I can get a technician out Wednesday between 12 and 4. The diagnostic visit is $89, and that's waived if you go ahead with the repair.
C: Wednesday is fine, book it.
A: Done. One more thing - we have a home appliance protection plan for $14.99 a month that covers repairs on up to four appliances, including this one after today's visit.
C: Actually, yes, add that. Our washer is ancient too.
A: Added. You'll get an email with the plan terms.
C: Thank you so much, you've been really helpful.""",
True, 14.99, "positive", "repair visit booked ($89 diagnostic is the main visit fee); protection plan $14.99/mo accepted; frustrated start, grateful end"),

("FR81_010", "Jamal Carter", "2026-11-05T10:10:00", "asr",
"""a: sunward energy this is jamal
c: hey jamal we got panels from you guys two years ago and now i want to add a battery we had that outage in october for like two days
a: yeah a lot of folks are calling about that the battery unit we install is eleven thousand two hundred installed before the federal credit
c: okay and will one be enough to run the fridge and the furnace
a: for essentials yes if you want the whole house for longer outages a second unit is eight thousand nine hundred since it shares the gateway
c: i mean i'd do the second one if the tax credit covers both
a: the credit applies to both but i'd check with your tax person on the amount
c: yeah let's just do the one battery for now
a: sounds good shall i send over the contract for the single battery at eleven two
c: yes send it over i'll sign tonight
a: perfect it'll be in your inbox in ten minutes
c: great thanks jamal""",
True, 0.00, "neutral", "commits to one battery ('let's just do the one') and yes to the contract; second unit only conditional, not accepted"),

("FR81_011", "Sofia Lindqvist", "2026-11-05T16:44:00", "clean",
"""A: Northgate Gas, this is Sofia. How can I help you?
C: Oh, wonderful, a human. Only took 40 minutes on hold.
A: I'm sorry about the wait. What can I do for you?
C: My bill says $412 for October. I live alone in a two-bedroom. Explain that.
A: Let me look. I see an estimated read for September and an actual read for October, so October includes a catch-up.
C: Fantastic. So you guessed wrong and now I pay for it all at once.
A: I can set up a payment arrangement to spread it over three months, at no extra cost.
C: That's not the point. The point is your meter reading is a joke.
A: I understand. Would you like me to put in the payment arrangement?
C: No. I'll pay it. And I'll be looking at other suppliers.
A: I'm sorry to hear that. Is there anything else?
C: No. Thanks for nothing.""",
False, 0.00, "negative", "sarcasm ('Oh, wonderful', 'Fantastic') is negative; payment arrangement declined, nothing bought"),

("FR81_012", "Ray Donnelly", "2026-11-06T08:35:00", "asr",
"""a: comfortline heating and air ray speaking
c: hi our furnace is making a clicking sound and i want someone to look at it also i think i want that yearly plan
a: sure the comfort club is two nineteen a year and the first visit can be the furnace check
c: okay yeah sign me up for that
a: great while the tech is out we also do duct cleaning it's normally two hundred but for club members it's one fifty
c: how long has it been um we've never done it actually and we have two dogs
a: then it's probably worth it
c: okay add the duct cleaning at one fifty
a: done i have you for friday at eight for the furnace check and the duct cleaning
c: friday at eight perfect
a: you're all set
c: thanks so much ray that's a load off""",
True, 150.00, "positive", "plan $219/yr is main; duct cleaning revised $200 -> $150 and accepted at 150.00"),

("FR81_013", "Nadia Petrova", "2026-11-06T11:20:00", "clean",
"""A: Summit Roofing, Nadia speaking.
C: Hi, your estimator came out Monday. I have the quote for the full replacement but I had a couple of questions.
A: Of course. I see $14,500 for architectural shingles, 28 squares, tear-off included.
C: Right. What happens if they find rotted decking?
A: Decking replacement is $95 per sheet, only if needed. The estimator noted maybe 3 to 5 sheets.
C: Okay. And the warranty on the labor?
A: Ten years on workmanship, and the shingles carry the manufacturer's 50-year warranty.
C: That all sounds good. I need to talk it over with my husband though.
A: Of course. Should I hold the December 3rd start date for you for a few days?
C: No, don't hold anything, I'll call you back when we've decided.
A: Sounds good. The quote is valid for 30 days.
C: Okay, thanks for explaining.""",
False, 0.00, "neutral", "'sounds good' then deferral to spouse; declines to hold a date"),

("FR81_014", "Ben Okafor", "2026-11-06T17:02:00", "asr",
"""a: lumen fiber ben speaking
c: hi um my kids are gaming and streaming at the same time and everything keeps buffering
a: let me look you're on the three hundred meg plan at fifty five a month
c: yeah
a: the gig plan is seventy a month so fifteen more and it would handle that easily
c: and there's no install or anything
a: no it's just a change on our side it takes effect within the hour
c: okay yeah switch me to the gig
a: done you're now on the gig plan at seventy a month
c: wait that's it
a: that's it restart the router in about an hour
c: oh nice that was easy thanks ben""",
True, 0.00, "positive", "paid plan change = conversion; the plan change is the call's main purchase, so no upsell (see decisions)"),

("FR81_015", "Grace Liu", "2026-11-09T09:48:00", "clean",
"""A: Thank you for calling SafeHaven Security, this is Grace.
C: Hi. We had a break-in on our street last week and I want to get a system.
A: I'm sorry to hear that. Our standard package is $599 for equipment - the hub, keypad, three door sensors, a motion sensor - and monitoring is $34.99 a month.
C: We have five doors, counting the garage and the basement.
A: Then you'd want two extra door sensors. They're $29 each.
C: Fine, two extra then.
A: We also have a video doorbell for $149 that pairs with the app.
C: No, we already have a Ring.
A: No problem. So the standard package, two extra door sensors, and monitoring at $34.99. Shall I set that up?
C: Yes, go ahead.
A: Done. The installer can come Saturday between 9 and 11.
C: That's fine. Thanks.""",
True, 58.00, "neutral", "two extra sensors at $29 each = 58.00; $149 doorbell declined; $599 and $34.99 are the main package"),

("FR81_016", "Victor Hale", "2026-11-09T13:30:00", "asr",
"""a: fixright appliance repair victor speaking
c: hi my fridge stopped making ice and the freezer's kind of warm
a: okay what brand
c: it's an lg about a year and a half old
a: i can have a tech out thursday between eight and twelve the visit is eighty nine dollars
c: okay yeah let's book thursday
a: alright i have you thursday morning can i get the address
c: sure it's three oh four elm street oh wait actually hold on my husband's saying it's still under the lg warranty
a: ah if it's under manufacturer warranty they'd send their own service
c: yeah then cancel the thursday thing sorry we'll call lg
a: no problem i've cancelled it
c: thanks sorry about that""",
False, 0.00, "neutral", "booking made then retracted in the same call"),

("FR81_017", "Marisol Vega", "2026-11-09T15:15:00", "clean",
"""A: BrightRoof Solar, Marisol speaking.
C: Hi Marisol, it's Dana Whitfield. We've decided on the 8.2 kilowatt system from the proposal.
A: That's great news! That's the $24,600 option with 20 panels.
C: Yes. One thing - the surveyor mentioned squirrels chewing wires. Is there something for that?
A: There's a critter guard mesh around the array. It's usually $650, but since you're signing this month I can do it for $450.
C: At $450, yes, include it.
A: Wonderful. So the 8.2 kW system plus the critter guard for $450. I'll send the contract for e-signature now.
C: Great, and the install would be when?
A: We're looking at the week of December 14th, pending permits.
C: Perfect. We're really excited, thank you for all the help.""",
True, 450.00, "positive", "system $24,600 is main; critter guard revised $650 -> $450, accepted price 450.00"),

("FR81_018", "Derek Huang", "2026-11-10T18:40:00", "asr",
"""a: comfortline heating and air this is derek
c: my furnace is dead it's forty degrees in the house and i have a baby
a: i'm sorry let's get someone out there today an after hours visit is one forty nine plus any parts
c: one forty nine just to show up that's ridiculous
a: i know it's steep that's the emergency rate standard visits are tomorrow at eighty nine
c: i can't wait till tomorrow fine send someone today
a: okay i have a tech who can be there between six and eight tonight
c: fine
a: can i confirm the address as nine hundred west birch road
c: yes that's it
a: you're booked he'll call when he's on the way
c: okay but honestly your pricing is a rip off""",
True, 0.00, "negative", "grudging but explicit booking ('fine send someone today'); $149 is the visit itself/fee; angry throughout"),

("FR81_019", "Priya Nair", "2026-11-10T10:25:00", "clean",
"""A: ClearView Windows & Doors, this is Priya.
C: Hi! I'm looking at your website, the Craftsman fiberglass entry door. How much is that installed?
A: The Craftsman in the 36-inch size is $2,450 installed, with standard hardware.
C: Oh, I love that one. The one with the three little windows at the top?
A: That's it. It comes in 12 stain colors.
C: And how much would sidelights on both sides add?
A: A pair of sidelights would be $1,100 more.
C: Wow, okay. It would look amazing though.
A: Would you like me to schedule a free measurement?
C: Not yet - I need to figure out the budget first. But I'm really glad I called, this was super helpful.
A: Anytime. I'll email you the brochure.
C: Thank you!""",
False, 0.00, "positive", "enthusiasm without commitment; sidelight price only asked about; measurement declined"),

("FR81_020", "Tom Becker", "2026-11-10T14:05:00", "asr",
"""a: summit roofing tom speaking
c: hi there's a water stain spreading on my ceiling after the rain last night
a: sounds like a leak we can send a repair crew out tomorrow a typical flashing repair runs about four seventy five
c: okay yeah go ahead and book that
a: sure does tomorrow between ten and two work
c: yeah i'll be home
a: while the crew's up there we can also clean out the gutters for ninety nine dollars
c: uh yeah might as well they're full of leaves
a: okay so the leak repair plus gutter cleaning for ninety nine tomorrow ten to two
c: yep
a: you're all set
c: okay thanks""",
True, 99.00, "neutral", "repair ~$475 is main; gutter cleaning $99 accepted"),
]
