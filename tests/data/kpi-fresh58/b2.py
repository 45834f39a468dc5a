CALLS = [
    ("FR58_021", "Alicia Greene", "2026-11-09T09:20:13", "asr",
     """A: playhouse theater box office this is alicia
C: hi um i'd like two seats for the friday show of the crucible
A: sure the eight pm i have two together in row j at forty five each
C: row j is fine
A: okay so please confirm two tickets friday at eight pm row j ninety dollars total
C: yep that's right uh what time do the doors open
A: doors open at seven fifteen and would you like to add a parking pass for the garage next door it's fifteen
C: oh yeah add the parking parking down there is a nightmare
A: done two tickets plus parking you'll get the e tickets by email
C: perfect thank you so much my wife's gonna love this""",
     True, 15.00, "positive", "confirms read-back 'yep that's right' + question; parking 'fifteen' 'add the parking' = 15; 'gonna love this'"),

    ("FR58_022", "Darnell Hughes", "2026-11-09T10:02:47", "asr",
     """A: granite federal this is darnell how can i help
C: yeah there's a thirty five dollar overdraft fee on my checking and i want it gone
A: let me take a look okay i see the debit on the third took the balance below zero
C: by four dollars by four dollars and you charge me thirty five
A: i understand i'm showing a courtesy refund was already used this year so i'm not able to
C: so i'm just out thirty five bucks
A: i can set you up with overdraft protection linked to savings so it doesn't happen again
C: no i don't want another thing set up i want the fee back
A: i'm sorry i'm not able to reverse it
C: unbelievable twelve years i've banked here
A: i can escalate it to a supervisor for review
C: don't bother i'm moving my money""",
     False, 0.00, "negative", "fee dispute, protection declined; 'unbelievable', 'i'm moving my money'"),

    ("FR58_023", "Sofia Marchetti", "2026-11-09T11:44:31", "asr",
     """A: pipeline plumbing this is sofia
C: yeah i've got a leak under the kitchen sink and you guys no showed me last tuesday so
A: i'm really sorry about that let me get you the first slot i have tomorrow eight am
C: fine book it but somebody better actually show up this time
A: they will i'm flagging it as priority also we have an annual maintenance plan ninety nine a year covers two inspections and no trip charges
C: ninety nine a year
A: yes and it'd cover tomorrow's trip fee
C: sure throw that in i guess if i have to keep calling you people
A: okay tomorrow eight am plus the maintenance plan
C: yeah
A: is there anything else
C: no just show up""",
     True, 99.00, "negative", "'fine book it'; plan 'ninety nine a year' 'sure throw that in' = 99; hostile 'you guys no showed me', 'just show up'"),

    ("FR58_024", "Ethan Caldwell", "2026-11-09T13:30:05", "clean",
     """A: Lumen Fiber, this is Ethan.
C: Hi. I'm on the $70 plan and honestly we don't use anywhere near that much.
A: Okay, I can look at options. We have a 200 meg plan at $35 a month.
C: Does that include the router?
A: It does, same equipment.
C: Then yes, switch me to the $35 plan.
A: Sure. It takes effect on your next billing cycle, the 18th. Shall I make the change?
C: Yes, please.
A: Done, you'll see it on your next bill.
C: Okay, thanks."""
     , True, 0.00, "neutral", "paid plan change (downgrade) 'switch me to the $35 plan' 'Yes, please'; flat"),

    ("FR58_025", "Naomi Fischer", "2026-11-09T15:16:52", "clean",
     """A: Stride Footwear, Naomi speaking.
C: Hi, do you have the Alder hiking boot in a men's 11?
A: Let me check. Yes, we have two pairs in brown.
C: And the price is?
A: They're $140.
C: Oof. That's a lot for boots.
A: They do come with a one-year waterproof guarantee.
C: I get it. I think I'll wait and see if they go on sale around Black Friday.
A: Sure, I can't promise a sale, but we usually do something.
C: Okay. Thanks for checking."""
     , False, 0.00, "neutral", "price enquiry only; 'I'll wait and see if they go on sale'; polite"),

    ("FR58_026", "Luis Ortega", "2026-11-10T09:05:38", "asr",
     """A: homeplate meal kits this is luis
C: hi um i'm signing up for the family box i started it on the website and it got stuck at payment
A: no problem i can finish that for you four meals a week for four people sixty nine ninety nine
C: yeah that's the one
A: and would you like the breakfast bundle it's twenty four ninety nine a week
C: uh what's in it
A: overnight oats egg muffins that kind of thing enough for four people five days
C: oh yeah that'd actually help mornings are chaos add it
A: great so the family box plus breakfast bundle shall i put it on the card you entered
C: yes please
A: you're all set first box comes tuesday
C: awesome i'm really looking forward to it thanks luis""",
     True, 24.99, "positive", "family box 'yes please'; breakfast bundle 'twenty four ninety nine a week' 'add it' = 24.99; 'really looking forward'"),

    ("FR58_027", "Hannah Whitfield", "2026-11-10T10:41:09", "asr",
     """A: northpeak wireless upgrades this is hannah
C: yeah i'm eligible for an upgrade i want the pixel nine
A: sure on your plan that's free with a twenty four month agreement
C: okay yeah do it
A: would you like a case with it the clear one is thirty
C: mm yeah fine
A: and a screen protector fifteen
C: yeah whatever add it
A: so the phone the case at thirty and the screen protector at fifteen it ships tomorrow
C: okay
A: anything else today
C: nah""",
     True, 45.00, "neutral", "upgrade 'yeah do it'; case 30 'yeah fine' + protector 15 'add it' = 45; flat 'whatever', 'nah'"),

    ("FR58_028", "Marcus Bell", "2026-11-10T12:55:20", "asr",
     """A: lakeside lodge reservations marcus speaking
C: hi i need a room for the sixth and seventh of december two adults
A: sure i have a double at one fifty nine a night
C: okay yeah let's book that
A: great can i get the name
C: it's dana whitley
A: okay dana one double for the sixth and seventh
C: oh hang on my sister's texting me um she says we can stay with her
C: actually you know what cancel that sorry we don't need it
A: no problem i haven't charged anything it's cancelled
C: sorry about that okay thanks bye""",
     False, 0.00, "neutral", "'let's book that' then retracted 'cancel that ... we don't need it'; polite"),

    ("FR58_029", "Yuki Tanaka", "2026-11-10T14:23:44", "asr",
     """A: keystone insurance yuki speaking
C: hi my home policy is up for renewal next week and i got the letter
A: yes it's renewing at thirteen forty a year which is up about six percent
C: yeah i saw
A: i'd also mention since you're near the creek we have a flood rider two hundred a year
C: hm my husband's been talking about flood stuff let me talk to him about that part
A: of course so for now just the regular renewal
C: yes renew the regular one
A: okay that's renewed through next november
C: okay
A: and i'll email you the flood info
C: sure that's fine""",
     True, 0.00, "neutral", "'yes renew the regular one'; flood rider deferred ('let me talk to him') = 0; flat"),

    ("FR58_030", "Rebecca Stone", "2026-11-10T16:08:17", "asr",
     """A: the copper table this is rebecca
C: hi um i wanna book a table for two saturday it's our tenth anniversary
A: oh congratulations i have seven thirty or eight fifteen
C: seven thirty please
A: okay seven thirty for two on saturday under
C: under patel
A: lovely for anniversaries we can have a bottle of champagne on the table when you arrive it's sixty five
C: oh that'd be perfect she'll love that yes please
A: done so seven thirty for two with champagne
C: amazing thank you you've made this really easy""",
     True, 65.00, "positive", "'seven thirty please' booked; champagne 'sixty five' 'yes please' = 65; 'you've made this really easy'"),

    ("FR58_031", "Omar Haddad", "2026-11-11T09:33:02", "clean",
     """A: Oakline Furniture, this is Omar.
C: Hi. I ordered a sofa in September. It was supposed to arrive October 15. It's now November 11.
A: I'm sorry, let me check. The order shows it's delayed at the manufacturer until early December.
C: Early December. That's what I was told in October about November.
A: I understand. I can offer a 10% credit for the delay.
C: I don't want a credit, I want a sofa. We've been sitting on folding chairs.
A: I completely understand.
C: Just cancel the order and refund my deposit.
A: Okay, I've cancelled it. The $600 deposit goes back in 5 to 7 business days.
C: Great. Months wasted. Thanks for nothing."""
     , False, 0.00, "negative", "cancels order, refund; sarcastic 'Great. ... Thanks for nothing.'"),

    ("FR58_032", "Chloe Bergeron", "2026-11-11T10:47:55", "asr",
     """A: metro power and light new service this is chloe
C: hi i'm moving into a place on birch street on the first and need to get the power in my name
A: sure i just need the address and your id okay i've got four eighteen birch
C: yeah that's it
A: okay i'll set service to start on the first would you like to go ahead
C: yes please start it on the first
A: done also we offer a surge protection plan for the whole house five ninety nine a month
C: uh what does it cover
A: up to ten thousand in damage to appliances from a power surge
C: hm sure okay add it i've got a lot of electronics
A: added
C: okay thanks""",
     True, 5.99, "neutral", "'yes please start it'; surge plan 'five ninety nine a month' 'add it' = 5.99; flat"),

    ("FR58_033", "Maria Delgado", "2026-11-11T12:14:31", "asr",
     """A: skyway travel cruises this is maria
C: hi um we're thinking about a caribbean cruise in february seven nights or so
A: great i have a western caribbean from miami on the fourteenth inside cabins from eleven forty per person
C: and a balcony
A: balcony is fourteen ninety per person
C: okay mm that's more but the balcony sounds nice
A: it is i can hold it for you for twenty four hours
C: no no don't hold anything yet sounds good i'll think about it and talk to my husband
A: no problem i'll email the details
C: yeah email is good thank you so much you've been super helpful honestly
A: my pleasure
C: bye""",
     False, 0.00, "positive", "'i'll think about it and talk to my husband', no hold; 'super helpful'"),

    ("FR58_034", "Kevin Brennan", "2026-11-11T14:50:08", "clean",
     """A: Riverside Toyota, Kevin speaking.
C: Hi! I saw the RAV4 hybrid in blue on your lot online, I'd love to take it for a test drive.
A: Absolutely. Are you free Saturday?
C: Saturday morning would be perfect.
A: 10 a.m.?
C: Yes, I'll book that appointment. 10 a.m. Saturday.
A: You're booked. Bring your license and insurance card.
C: Great. Will it be charged?
A: It'll be charged and ready to go.
C: Awesome, I'm really excited, thanks Kevin!"""
     , True, 0.00, "positive", "'Yes, I'll book that appointment' (test drive appointment); 'really excited'"),

    ("FR58_035", "Priya Raman", "2026-11-12T09:10:26", "clean",
     """A: Pulse Fitness, Priya speaking.
C: Hi, I need to cancel my membership. I'm moving to Portland next month.
A: Sorry to see you go. We can freeze the membership for up to three months at $10 a month.
C: No, I'm not coming back, it's a move.
A: Understood. Portland doesn't have a Pulse yet, unfortunately.
C: Yeah, I checked.
A: I've cancelled it effective the end of this billing cycle, November 30.
C: Okay. Do I need to return my key fob?
A: You can drop it at the front desk or keep it.
C: Okay, thanks."""
     , False, 0.00, "neutral", "cancellation; freeze offer declined; flat"),

    ("FR58_036", "Tomasz Nowak", "2026-11-12T11:29:44", "asr",
     """A: lakeshore family clinic this is tomasz
C: hi i need to see doctor amin my son has had an ear infection for like four days
A: okay let me look for doctor amin the first opening is december third
C: december third are you serious that's three weeks
A: i'm sorry she's fully booked i can put you on the waitlist or urgent care down the street takes walk ins
C: so there's nothing with anybody here this week
A: nothing this week no
C: wow okay
A: do you want the waitlist
C: i mean sure put us on it but this is honestly ridiculous i've been a patient here eight years
A: i understand i've added you
C: yeah we'll just go to urgent care""",
     False, 0.00, "negative", "no slot booked (waitlist only); 'are you serious', 'honestly ridiculous'"),

    ("FR58_037", "Alicia Greene", "2026-11-12T13:47:12", "asr",
     """A: laugh factory tickets this is alicia
C: hey um i want four tickets for the saturday late show with ray donovan
A: sure those are thirty two each so one twenty eight
C: yeah four please
A: great and there's a meet and greet after the show it's twenty five per person
C: oh um my kids are huge fans so just two of them for the meet and greet
A: two meet and greets at twenty five each
C: yep
A: okay so four tickets and two meet and greet passes shall i put it through
C: yes go ahead
A: done you're all set
C: oh they're gonna flip thank you so much""",
     True, 50.00, "positive", "four tickets 'yes go ahead'; 'two of them for the meet and greet' x twenty five = 50; 'thank you so much'"),

    ("FR58_038", "Darnell Hughes", "2026-11-12T15:35:49", "clean",
     """A: Granite Federal, Darnell speaking.
C: Hi, I'd like to open a high-yield savings account. I already have checking with you.
A: Great. It's 4.1% APY right now, no minimum balance, no fees.
C: Okay, and I can transfer from checking online?
A: Yes, instantly.
C: Alright.
A: Shall I open it now and link it to your checking?
C: Yes, go ahead and open it.
A: Done. It'll show up in your app in a few minutes.
C: Okay, thank you."""
     , True, 0.00, "neutral", "sign-up: 'Yes, go ahead and open it'; flat 'Okay, thank you'"),

    ("FR58_039", "Sofia Marchetti", "2026-11-13T10:20:33", "asr",
     """A: shield pest control this is sofia
C: yeah hi we've got ants in the kitchen what would it cost to get someone out
A: our general pest treatment is three twenty nine for the first visit and then quarterly
C: three twenty nine for spraying
A: it's a full interior and exterior treatment with a ninety day guarantee
C: wow okay three hundred bucks to spray some ants
A: we also have a one time ant only treatment for one ninety
C: yeah no i'll just get some traps from the hardware store
A: okay if it gets worse give us a call
C: sure what a racket
A: have a good day
C: mhm""",
     False, 0.00, "negative", "declines without 'no thanks' ('i'll just get some traps'); sarcastic 'what a racket'"),

    ("FR58_040", "Ethan Caldwell", "2026-11-13T13:58:06", "asr",
     """A: lumen fiber new customers ethan speaking
C: hi i'm switching from cablelink i want internet and tv
A: sure our internet and tv bundle is ninety nine a month for the first year
C: yeah that's the one i saw sign me up
A: great would you like the sports pack with it fourteen ninety nine a month it's got all the regional games
C: uh yeah the sports one yes
A: and the premium movies is eleven a month
C: nah we don't watch movies
A: okay so bundle plus sports the install window is thursday eight to twelve
C: okay that works
A: perfect you're all set
C: okay""",
     True, 14.99, "neutral", "'sign me up'; sports pack 'fourteen ninety nine a month' accepted = 14.99; movies declined; flat"),
]
