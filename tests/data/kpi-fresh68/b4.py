CALLS = [
("FR68_061", "Samuel Adeyemi", "2026-11-23T09:10:00", "clean", """A: Cornerstone Life, Samuel speaking.
C: Hi, I got an email that my quote is ready? For the term life.
A: Yes, I have it. Is this Maria Delgado, date of birth June 4th, 1985?
C: Yes, that's me.
A: Great. The quote is $500,000 for 30 years at $31.50 a month. Shall we go ahead and start the application?
C: Wait, 30 years? I asked for 20.
A: Let me check... you're right, the 20-year term is $21.80 a month.
C: That's more like it. Can you send me that version in writing? I want my accountant to look at it before I sign anything.
A: Of course. I'll email the corrected quote now. It's valid for 60 days.
C: Yes, that's my email, the one ending in hotmail.
A: Sent.
C: Got it. Okay, thanks.""",
 False, 0.0, "neutral", "each 'Yes' confirms identity or email; wants her accountant to look first (deferral); plain"),

("FR68_062", "Fiona MacLeod", "2026-11-23T10:25:00", "asr", """a: lakeshore power fiona speaking
c: hi yeah um our heating bills last winter were insane and i saw you do like a home energy check
a: yes the home energy audit it's sixty dollars and it's credited back if you do any of the upgrades they recommend
c: oh nice okay how does it work
a: an auditor comes out for about two hours checks insulation drafts the furnace that kind of thing i have the ninth of december or the eleventh
c: the eleventh works
a: okay december eleventh in the morning sixty dollars on your next bill shall i book it
c: yes please
a: booked and we also do an led bulb kit twenty bulbs for twenty five dollars the auditor brings it and can put them in
c: oh yeah sure add that we still have the old ones everywhere
a: so the audit and the bulb kit eighty five in total
c: perfect thank you i'm actually kind of excited about this""",
 True, 25.00, "positive", "'yes please' to the sixty dollar audit booking; 'oh yeah sure add that' = bulb kit at twenty five (eighty five is the total); 'kind of excited about this'"),

("FR68_063", "Victor Hale", "2026-11-23T11:40:00", "clean", """A: Granite Trust Bank, Victor speaking.
C: Finally. I've been transferred four times. I need to open a business checking account for my bakery.
A: I'm sorry about the transfers, I'll do it from start to finish. Business Essentials is $15 a month, waived with a $2,500 balance.
C: Fine. That one.
A: I'll need your EIN and the business formation documents, uploaded through the link I'm texting you.
C: Uploaded.
A: Got them. ... Okay, the account's open. Since you mentioned two employees, our payroll service runs direct deposit and tax filings for $20 a month.
C: I do payroll by hand right now and I hate it. Okay, add the payroll.
A: Added. Payroll at $20 a month, starting with your next pay run.
C: Good. Honestly though, forty minutes and four transfers to open an account is not okay. I almost went to the credit union.
A: That's fair feedback and I'll pass it on.
C: Okay. Bye.""",
 True, 20.00, "negative", "'Fine. That one.' opens the account (main); 'Okay, add the payroll' = $20 a month; ends 'forty minutes and four transfers ... is not okay'"),

("FR68_064", "Amira Haddad", "2026-11-23T13:50:00", "asr", """a: metrowave amira speaking
c: yeah hi i just got a bill with two hundred and twelve dollars in roaming charges from a cruise and i had my phone on airplane mode the whole time
a: i'm sorry about that let me look um okay the charges are from the ship's network on the third and fourth of october
c: that's impossible i only turned it on for like a minute to check a text
a: sometimes apps update in the background the second it connects
c: so a one minute thing costs two hundred dollars
a: i can take off half as a one time courtesy that's a hundred and six dollars
c: half seriously
a: that's the most i can apply on my end i'm sorry and next time the cruise pass is fifteen a day
c: there won't be a next time with you guys trust me
a: i understand i've applied the credit
c: yeah great thanks for nothing""",
 False, 0.0, "negative", "cruise pass at fifteen a day not taken; credit is not revenue; sarcastic 'yeah great thanks for nothing'"),

("FR68_065", "Marisol Ferreira", "2026-11-23T15:05:00", "clean", """A: Northway Mobile, Marisol speaking.
C: Hi. I've got four lines with you on the Basic plan and I think we've outgrown it. The kids are always running out of data.
A: Let's have a look. Moving all four lines to Unlimited Share would be $140 a month, compared to $110 now.
C: Thirty more. Hm. And they'd stop texting me about data?
A: They would, it's unlimited.
C: Alright, that alone is worth it. Move us.
A: Done, effective today. I also see a lot of calls to Poland from two of the lines. Our international add-on is $5 a month per line, with unlimited calls to 70 countries including Poland.
C: Oh, that's mine and my mum's. Just those two then.
A: So two lines at $5 each, $10 a month, on your line and your mum's. Right?
C: Yes, that's right.
A: All set. Your new total is $150 a month.
C: Okay. It's more than I wanted to spend, but it should save me some headaches.""",
 True, 10.00, "neutral", "'Move us' (plan change, main); 'Just those two then' + 'Yes, that's right' = $5 per line x 2 = 10.00; mixed 'more than I wanted to spend, but ...'"),

("FR68_066", "Dev Raghunathan", "2026-11-24T09:15:00", "asr", """a: clearline fiber dev speaking
c: hi um i just had a couple of questions about what it would cost to add stuff
a: sure what are you thinking about
c: so first how much is the gig plan compared to mine
a: you're on five hundred at sixty five so the gig is eighty
c: okay and the tv thing you guys have the streaming box
a: clearline tv starts at thirty five a month for the basic channels and the box is included
c: thirty five okay and if i got both is there a deal
a: with both it's a hundred and five instead of a hundred and fifteen
c: mhm okay
a: want me to set either of those up
c: um not yet i need to look at my budget i was just getting numbers
a: no problem i can email you the summary
c: sure that works thanks""",
 False, 0.0, "neutral", "only asks prices; 'not yet i need to look at my budget'; 'sure that works' is about an email"),

("FR68_067", "Grace Okafor", "2026-11-24T10:30:00", "clean", """A: Harborline Insurance, Grace speaking.
C: Hi Grace! I just bought a new car, a Mazda CX-50, brand new, and I need to swap it onto my policy.
A: Congratulations! I'll replace the Corolla with the CX-50. With the same coverage, your premium goes from $96 to $118 a month.
C: That's about what I expected. Go ahead.
A: Done, it's covered from right now. Since it's brand new and financed, you might want gap coverage. If it's totaled, the loan can be more than the car's value. That's $4.50 a month.
C: Oh, the dealer tried to sell me that for like $900. Four fifty a month is much better. Yes.
A: Added. And full glass coverage, no deductible on windshields, is $3 a month.
C: Sure, I've had two cracked windshields in five years. Add it.
A: So $118 plus $4.50 plus $3, your new premium is $125.50 a month.
C: Perfect. You just saved me a fortune on the gap thing, honestly, thank you.""",
 True, 7.50, "positive", "'Go ahead' to the vehicle swap (main); gap at $4.50 ('Yes') + glass at $3 ('Add it') = 7.50; the dealer's $900 is not an offer here; 'You just saved me a fortune'"),

("FR68_068", "Tomasz Nowak", "2026-11-24T11:45:00", "asr", """a: summit federal tomasz speaking
c: yeah hi your app locked me out again and the reset code never comes to my phone
a: sorry about that let me verify you and then i'll reset it from here
c: fine
a: okay i've reset it you should get the code now
c: uh yeah got it this time
a: great and just so you know premier checking customers get a priority phone line so you wouldn't wait as long
c: so i have to pay you fifteen a month to get someone to pick up the phone that's a great business model
a: it's waived with a balance but i hear you
c: yeah no thanks just fix the app
a: i'll report the code issue to our tech team
c: okay whatever i'm in now""",
 False, 0.0, "negative", "premier upgrade refused ('yeah no thanks'); sarcasm 'that's a great business model', 'okay whatever'"),

("FR68_069", "Hannah Lindqvist", "2026-11-24T13:20:00", "clean", """A: Brightwater Energy, Hannah speaking.
C: Hi there, I've just moved into a flat on Calder Street and there's a card here saying I need to set up my gas and electric.
A: Welcome! I can set you up now. I'll need the meter readings, if you have them handy.
C: I took photos. Gas is 04512 and electric is 38877.
A: Perfect. On our standard dual fuel tariff your estimated bill is about $96 a month. Shall I set that up from today?
C: Yes please.
A: Done. One more thing: our Home Emergency cover, for things like a burst pipe or the boiler going at 2 am. It's usually $9 a month, but it's $6 if you add it when you sign up.
C: The boiler here does look about forty years old. Okay, yes, at six I'll have it.
A: Added at $6 a month. Your welcome pack will arrive this week.
C: Great, that was really quick. Thanks so much, one less thing to sort.""",
 True, 6.00, "positive", "'Yes please' to the new dual fuel account; cover revised $9 -> $6, 'Okay, yes, at six I'll have it'; 'that was really quick. Thanks so much'"),

("FR68_070", "Curtis Bell", "2026-11-24T14:40:00", "asr", """a: metrowave curtis speaking
c: hey um i got a new phone from the apple store and i can't figure out how to move my number over it keeps saying esim error
a: no worries that happens a lot i'm going to send a new esim to the phone it'll pop up as a notification
c: okay
a: you should see it now tap add cellular plan
c: oh there it is okay it's doing something yeah i've got bars now
a: nice you're good to go and if you ever want to pair an apple watch with your number the watch line is ten a month
c: haha no i'm good i can barely handle the phone
a: fair enough anything else
c: no man that was way easier than i thought thanks a lot really appreciate it""",
 False, 0.0, "positive", "support call; watch line at ten a month refused ('haha no i'm good'); 'way easier than i thought ... really appreciate it'"),

("FR68_071", "Priya Menon", "2026-11-25T09:05:00", "clean", """A: Orchard Card Services, Priya speaking.
C: Hi. There's a $3.99 charge for something called Card Guard on my last four statements. I never signed up for it.
A: Let me look. ... It was added in July, during a call about a lost card.
C: I called about a lost card and someone slipped in a subscription? I certainly didn't agree to that.
A: I'm sorry. I'll cancel it now and refund all four months, $15.96.
C: Thank you.
A: Just so you know, it does cover the cost of replacing cards and monitoring. I could give you three months free if you'd like to try it properly.
C: No. I'd like it gone, and I'd like that call reviewed, please.
A: Cancelled, refunded, and I've raised a complaint for review.
C: Good. I'm honestly a bit shocked, I've been with you a long time.""",
 False, 0.0, "negative", "save offer refused ('No. I'd like it gone'); refund not revenue; 'I'm honestly a bit shocked'"),

("FR68_072", "Luis Carvajal", "2026-11-25T10:20:00", "asr", """a: keystone home and auto luis speaking
c: hi yeah so we just got a puppy a golden retriever and the breeder said to get pet insurance right away
a: oh congrats how old
c: ten weeks her name's biscuit
a: love it okay for a ten week golden the accident and illness plan is thirty two a month with a two fifty deductible
c: okay that seems fair yeah let's do that one
a: great and there's two add ons a wellness plan for vaccines and checkups at eighteen a month and a dental add on at eight fifty
c: um the wellness one seems like it'd be about what i'd pay anyway but dental sure goldens have bad teeth right
a: they can yeah so dental at eight fifty no wellness
c: yep
a: so biscuit's covered from today at forty fifty a month
c: awesome she's covered yay thank you this was super easy""",
 True, 8.50, "positive", "'yeah let's do that one' (pet plan at thirty two, main); 'dental sure' + 'yep' = eight fifty a month, wellness at eighteen turned down; 'this was super easy'"),

("FR68_073", "Nadine Boucher", "2026-11-25T11:35:00", "clean", """A: Valley Cable, Nadine speaking.
C: Yeah, I got a letter that my price goes up $25 next month unless I "renew my agreement". Sounds like a threat to me.
A: I understand how it reads. If you renew for 24 months, your price stays at $119 for both TV and internet.
C: And if I don't, it's $144.
A: That's right.
C: So not really a choice. Fine. Renew it.
A: Done, your $119 rate is locked through November 2028. I can also add the DVR upgrade, it records six shows at once, $6 a month.
C: No. I'm not adding anything.
A: Understood.
C: You know, I'd have been happier if you'd just kept the price and not made me call.""",
 True, 0.0, "negative", "'Fine. Renew it.' (renewal counts); DVR at $6 refused ('I'm not adding anything'); resentful 'Sounds like a threat', 'I'd have been happier if ...'"),

("FR68_074", "Owen Gallagher", "2026-11-25T13:10:00", "asr", """a: city water services owen speaking
c: hi um i saw on the news that some older houses have lead pipes and we have a baby so i'm kind of nervous
a: totally understandable we do free lead service line inspections what's the address
c: nine eighty one linden avenue
a: okay your house was built in nineteen forty one so it's worth checking i have monday the thirtieth between nine and eleven
c: yes please book that
a: done monday the thirtieth nine to eleven and we'll also send a free water test kit in the meantime
c: oh that's great
a: and use the cold tap for drinking and run it thirty seconds first in the mornings
c: okay we will thank you so much that actually makes me feel a lot better""",
 True, 0.0, "positive", "'yes please book that' = inspection appointment booked (free, no upsell); 'that actually makes me feel a lot better'"),

("FR68_075", "Yuki Tanaka", "2026-11-25T14:30:00", "clean", """A: Redwood Savings Bank, Yuki speaking.
C: Hi, I need to order euros for a trip. Can I pick them up at the branch?
A: Yes. How much would you like?
C: A thousand euros.
A: At today's rate that's $1,087.40, taken from your checking, ready for pickup at the Oak Park branch on Thursday.
C: Okay, yes, order that.
A: Done. We also offer a buyback guarantee: if you bring back unused euros within 30 days, we buy them back at today's rate instead of the new one. It's $9.95.
C: I always come back with a few hundred left, so sure, that makes sense. Add it.
A: Added. So $1,097.35 in total. Bring your ID on Thursday.
C: Thursday, okay. What time does the branch open?
A: Nine o'clock.
C: Okay, thanks.""",
 True, 9.95, "neutral", "'Okay, yes, order that' (currency order, main); 'sure, that makes sense. Add it.' = buyback guarantee $9.95; practical, neutral"),

("FR68_076", "Renee Holloway", "2026-11-26T09:20:00", "asr", """a: ridgeline communications renee speaking
c: hello dear i'm calling about the internet i'm paying seventy dollars and i only use it for email and the news
a: let me have a look mrs albright okay you're on the one hundred meg plan we do have a basic plan at forty five
c: forty five is still a lot for email
a: i understand there's also a seniors discount of ten dollars if you're over sixty five which would make it thirty five
c: oh well i'm eighty one so i should think i qualify
a: you do so do you want to switch to basic with the discount
c: yes dear let's do that
a: okay done thirty five a month starting next bill
c: and i've been paying seventy all these years when i could have been paying thirty five nobody told me that
a: i'm sorry about that
c: well it's not right is it i'm not very pleased about it""",
 True, 0.0, "negative", "'yes dear let's do that' = paid plan change to the thirty five dollar plan (discount, no upsell); ends 'i'm not very pleased about it'"),

("FR68_077", "Samuel Adeyemi", "2026-11-26T10:40:00", "clean", """A: Cornerstone Life, Samuel speaking.
C: Hi, I got married in September and I need to change the beneficiary on my policy from my mum to my wife.
A: Congratulations! I can send you the change form by email, or we can do it over the phone with a recorded verbal consent.
C: Over the phone would be great.
A: Okay, I just need your wife's full name and date of birth.
C: Aisha Noor Rahman, 14th of March, 1993.
A: Thank you. That's recorded, Aisha is now the 100% primary beneficiary. Would you like to name your mum as contingent?
C: Yes, please.
A: Done. Since you're married now, many couples look at increasing coverage. I could quote you $500,000 instead of $250,000.
C: Maybe when we buy a house, not right now.
A: Of course. Anything else?
C: No, that was much easier than I feared. Really appreciate it.""",
 False, 0.0, "positive", "'Yes, please' is to naming a contingent beneficiary (not a purchase); increase put off 'Maybe when we buy a house'; 'Really appreciate it'"),

("FR68_078", "Fiona MacLeod", "2026-11-26T13:15:00", "asr", """a: lakeshore power fiona speaking
c: yeah hi the power surge last week fried my fridge and my tv and i was told you guys won't pay for it
a: i'm sorry about that i see the claim was reviewed and the surge came from a lightning strike which is classed as an act of nature
c: right so nobody pays except me
a: i know it's hard to hear what we can do to stop it happening again is install a whole home surge protector at the panel it's one ninety nine installed
c: um and that actually works
a: it stops most surges from the line yes
c: fine put it in i'm not losing another fridge
a: okay and the surge protection plan is four ninety nine a month it would pay for appliance repairs up to five thousand if something still gets through
c: ugh yeah fine both i guess
a: so the install at one ninety nine and the plan at four ninety nine a month the installer will call you
c: great so i pay for your surge and then i pay you to protect me from your surges that's just lovely""",
 True, 4.99, "negative", "'fine put it in' = surge protector install at one ninety nine (main); 'ugh yeah fine both i guess' = plan at four ninety nine a month; sarcastic 'that's just lovely'"),

("FR68_079", "Victor Hale", "2026-11-27T10:05:00", "clean", """A: Granite Trust Bank, this is Victor.
C: Hi. I'm looking at my savings statement, and I'm earning 0.5 percent. Is that a typo?
A: That's the rate on the standard savings account, yes. But we have a High-Yield Savings account at 3.8 percent. I can open it and move your balance today.
C: Allied is paying 4.5.
A: I can't match that, unfortunately. 3.8 is our best rate right now.
C: Then why has my money been sitting at half a percent for three years without anyone mentioning the other account?
A: That's a fair question. I'm sorry nobody raised it.
C: I'd keep it here if you matched Allied. If not, I'm moving it this week.
A: I understand. If you change your mind, the high-yield account can be opened any time online.
C: Right. Honestly, it's a bit disappointing after this long.""",
 False, 0.0, "negative", "conditional 'I'd keep it here if you matched Allied'; no account opened; 'a bit disappointing after this long'"),

("FR68_080", "Amira Haddad", "2026-11-27T11:20:00", "asr", """a: metrowave amira speaking
c: hi um i'm already a mobile customer with you and i keep seeing ads for your home internet so i wanted to ask about it
a: oh great so for mobile customers home internet is forty dollars a month with autopay and if you have two or more lines it drops to thirty
c: oh i have three lines so thirty
a: exactly and the price is locked for three years no contract
c: huh that's actually really good i pay the cable company like seventy five
a: would you like me to check availability and get it set up
c: um yeah check if it's available
a: good news your address qualifies and i could ship the gateway tomorrow
c: okay cool um let me just make sure i'm not stuck in a contract with them first and i'll call you back this week
a: sounds good i'll note the account
c: thanks that's really helpful i'm honestly pretty excited about paying half""",
 False, 0.0, "positive", "'yeah check if it's available' asks only for an availability check; deferral 'i'll call you back this week'; 'that's actually really good', 'pretty excited'"),
]
