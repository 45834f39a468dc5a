CALLS = [
("FR57_061", "Chloe Nguyen", "2026-11-26T15:27:04", "asr",
"""A: civic theater box office this is chloe
C: hi i'm trying to get four tickets for the nutcracker on the thirteenth the two pm show
A: let me look the thirteenth at two is almost sold out i have four seats but they're singles scattered around the orchestra
C: no we need to sit together i have three little ones
A: i understand the best i can do together is two and two in the balcony different rows
C: that won't work they're five and seven they can't sit without me
A: the evening show on the twelfth has four together at sixty five each
C: it's past their bedtime ugh
A: i'm sorry i can add you to the waitlist for the thirteenth
C: no that's okay that's really disappointing we do this every year and you guys used to hold family blocks""",
False, 0.0, "negative", "no seats together, declines alternatives and waitlist; 'really disappointing'"),

("FR57_062", "Ethan Brennan", "2026-11-27T08:55:41", "clean",
"""A: Pinecrest Bank digital support, Ethan speaking.
C: Your app has been down since last night. I can't log in.
A: I'm sorry. We had an outage overnight and it's partially restored. Are you on iPhone or Android?
C: iPhone. And rent is due today.
A: You can pay through the website, which is working, or I can help you make the transfer over the phone.
C: Fantastic. I really love not being able to pay my rent on the first.
A: I understand. I can do the transfer right now if you give me the payee details.
C: Fine. It's to Oak Street Properties, same as every month.
A: Done, $1,350 sent. It'll arrive today.
C: Great. Maybe test your updates before you push them next time.""",
False, 0.0, "negative", "service transfer is not a sale; sarcasm 'Fantastic. I really love not being able to pay my rent'"),

("FR57_063", "Aisha Mahmoud", "2026-11-27T10:38:22", "clean",
"""A: GreenEdge Lawn Care, Aisha speaking.
C: Hi, I'm looking for someone to do weekly mowing starting in spring. What do you charge?
A: For a standard quarter-acre lot, it's $45 per visit, and we go April through October.
C: Does that include edging and blowing?
A: Yes, edging, trimming and blowing are included.
C: Okay. And you'd need to see the yard first?
A: We can quote from satellite, or I can send someone out. Would you like me to reserve a spot? Spring fills up fast.
C: Let me see what my neighbor pays his guy and I'll get back to you.
A: Sure. I'll email you our price sheet.
C: Sounds good.""",
False, 0.0, "neutral", "declines reservation 'Let me see what my neighbor pays... I'll get back to you'; neutral"),

("FR57_064", "Grant Sullivan", "2026-11-27T13:14:09", "asr",
"""A: peak fitness this is grant
C: hey so i'm a member at the downtown club and i wanna start swimming is the pool included
A: the pool is part of the premium tier you're on basic right now it's an extra fifteen dollars a month to upgrade
C: fifteen a month yeah that's worth it upgrade me
A: done you're on premium starting today so you can swim tonight if you want
C: oh sweet
A: premium also gets you towel service and the sauna
C: even better
A: you're all set anything else
C: nope that's awesome thanks man""",
True, 15.0, "positive", "upgrade on existing membership 'fifteen a month yeah... upgrade me' -> 15.00; 'that's awesome'"),

("FR57_065", "Maria Delgado", "2026-11-30T09:46:57", "clean",
"""A: Brightline Mobile, Maria speaking.
C: Hi, I'm going to Portugal for three weeks in December. Will my phone work there?
A: It will, but without a travel pass, data is $2 a megabyte. Our Europe pass is $50 for 30 days with 10 gigs.
C: $50. Hmm.
A: It's the easiest option. I can add it starting on the day you land.
C: Actually, I think I'll just buy a local SIM when I get there. My friend did that and it was like 15 euros.
A: That works too. Just make sure your phone is unlocked. I can check that for you.
C: Yes, please check.
A: It's unlocked, you're good to go.
C: Okay, great. Thanks.""",
False, 0.0, "neutral", "declines pass 'I think I'll just buy a local SIM'; 'Yes, please check' is not a purchase"),

("FR57_066", "Trevor Haines", "2026-11-30T11:08:33", "asr",
"""A: harbor mutual retention this is trevor i see you requested to cancel your auto policy
C: yeah i switched to another company
A: i'm sorry to hear that can i ask what they're charging you maybe i can take another look
C: you raised me thirty percent at renewal with zero accidents they're cheaper by like four hundred a year
A: i understand i can apply a loyalty credit that brings you down about two twenty
C: it's too late i already signed with them and honestly you had your chance
A: understood i'll cancel effective today and any unused premium will be refunded
C: okay
A: is there anything else
C: nope nine years with you guys and no loyalty at all bye""",
False, 0.0, "negative", "retention offer refused 'i already signed with them'; 'no loyalty at all'"),

("FR57_067", "Priya Raman", "2026-11-30T13:42:16", "clean",
"""A: StreamBox, Priya speaking.
C: I just saw my bill. $17.99 now? It was $13.99 two months ago.
A: I understand. The price change applied to all monthly plans in October.
C: That's a 30 percent increase for the same shows. Not happy about it.
A: I hear you. If you switch to annual, it's $149 for the year, which works out to about $12.40 a month.
C: And I'd be locked in for a year.
A: Yes, but it's the lowest price we offer.
C: Fine. Switch me to annual. But I'm not happy that I have to pay up front to avoid a price hike.
A: Done, you're on the annual plan starting today.
C: Great. Thanks, I guess.""",
True, 0.0, "negative", "paid plan change 'Fine. Switch me to annual'; not an add-on -> 0; 'Not happy', 'Thanks, I guess'"),

("FR57_068", "Owen Gallagher", "2026-11-30T15:20:48", "clean",
"""A: Hi, this is Owen from Westgate Toyota. You filled out our trade-in estimate online for the 2019 Camry.
C: Oh yes, I did.
A: The online number was $16,800. We'd need to see it to confirm. Could you bring it in this week?
C: Yeah, I'm free Saturday morning.
A: Great, I'll put you down for Saturday at 9.
C: Hmm, actually, no. Don't put me down. I'm going to get a CarMax offer first and then decide.
A: That's fine. Our estimate is good for seven days if you want to compare.
C: Okay, I'll keep that in mind.
A: Thanks, Ms. Dorsey.
C: Thanks, bye.""",
False, 0.0, "neutral", "'I'm free Saturday morning' then retracts 'actually, no. Don't put me down'; neutral"),

("FR57_069", "Keisha Brooks", "2026-11-25T10:05:12", "asr",
"""A: lakeshore spa this is keisha
C: hi i'd like to book a massage for myself this saturday i finally have a day off
A: you deserve it i have a sixty minute swedish at one o'clock for one twenty
C: yes one o'clock is perfect book that
A: wonderful would you like to add aromatherapy it's twenty five dollars
C: um yeah sure why not treat myself
A: so saturday at one sixty minute swedish with aromatherapy
C: yes that's it
A: you're all booked
C: oh i can't wait thank you so much""",
True, 25.0, "positive", "'yes one o'clock is perfect book that'; aromatherapy 'twenty five dollars' accepted -> 25.00; 'can't wait'"),

("FR57_070", "Daniel Okafor", "2026-11-09T12:58:06", "clean",
"""A: Trattoria Bellini events, this is Daniel.
C: Hi, I'd like to book your private room for my dad's 70th. Twelve people, Saturday December 12th.
A: Lovely. The private room has a $200 deposit, applied to the bill. Evening seating is at 6:30.
C: 6:30 is great. Let's book it.
A: Wonderful. Our pastry chef also does a celebration cake for twelve for $55.
C: Oh, yes, please. Chocolate, he's a chocoholic.
A: Chocolate it is. So the private room for twelve on December 12th at 6:30, plus the chocolate cake. I'll take the deposit on your card.
C: Perfect, here's my card.
A: All set.
C: This is going to be so special. Thank you for making it easy.""",
True, 55.0, "positive", "'Let's book it'; cake '$55' accepted; $200 deposit is not upsell -> 55.00; 'so special'"),

("FR57_071", "Lena Fischer", "2026-11-10T14:49:23", "asr",
"""A: outdoor living magazine subscriptions this is lena
C: hi yeah i want to turn off auto renew on my subscription
A: sure can i get your zip code and last name
C: nine eight one oh four and it's hall
A: got it mister hall your subscription runs through march do you want to keep getting issues until then
C: yeah that's fine just don't renew it
A: okay auto renew is off and nothing else will be charged
C: okay
A: anything else
C: no thanks""",
False, 0.0, "neutral", "turns off auto-renew, no purchase; 'yeah that's fine' confirms keeping current issues; flat"),

("FR57_072", "Marcus Whitfield", "2026-11-12T08:40:15", "asr",
"""A: ridgeway quick lube this is marcus
C: yeah i need an oil change on my f one fifty and last time you guys said someone would call me when it was done and nobody did
A: i'm sorry about that i'll put a note on it i have tomorrow at seven thirty
C: seven thirty's fine
A: okay and do you want conventional or synthetic
C: how much would the synthetic be
A: it's thirty dollars more
C: okay just the regular then put me down for seven thirty
A: got it tomorrow at seven thirty conventional and i'll make sure they call you
C: yeah we'll see last two times i had to chase you guys down""",
True, 0.0, "negative", "'put me down for seven thirty' books; synthetic only asked about -> 0; 'i had to chase you guys down'"),

("FR57_073", "Sofia Marchetti", "2026-11-13T09:30:44", "clean",
"""A: Sunridge Dermatology, Sofia speaking.
C: Hi, I have an appointment on the 19th at 2 and I need to move it. Something came up at work.
A: Sure. I have the 24th at 10:15 or December 2nd at 3:45.
C: Is there anything later on the 24th?
A: No, only the morning.
C: Okay, the 24th at 10:15 then. Please move it.
A: Done. So you're now Tuesday the 24th at 10:15 with Dr. Wen, and the 19th is cancelled.
C: Yes, that's right.
A: We'll send a reminder text.
C: Okay, thanks.""",
True, 0.0, "neutral", "reschedule confirmed 'the 24th at 10:15 then. Please move it' -> new appointment booked; neutral"),

("FR57_074", "Jamal Carter", "2026-11-16T12:11:58", "clean",
"""A: TechHaven orders, this is Jamal.
C: My headphones were supposed to arrive last Tuesday. Tracking hasn't moved in eight days.
A: I'm sorry. Let me check. It looks like the carrier lost the package at the sorting facility.
C: This is the second time this has happened with you guys.
A: I apologize. I can ship a replacement today with free overnight shipping, or refund the $189.
C: Send the replacement. I need them for a flight on Friday.
A: Done, it'll arrive tomorrow by 8 p.m.
C: If it doesn't, I'm done ordering from you.
A: I understand. I'll email you the tracking number.
C: Okay. Thanks, I guess.""",
False, 0.0, "negative", "replacement of a lost order is not a new purchase; 'second time', 'I'm done ordering from you', 'Thanks, I guess'"),

("FR57_075", "Hannah Lindqvist", "2026-11-17T11:25:30", "asr",
"""A: northstate water this is hannah
C: hi yeah um we had a pipe burst out by the street and the plumber said it's on my side of the meter
A: oh no i'm sorry yes anything from the meter to the house is the homeowner's responsibility
C: great so i pay for all of it
A: for this one unfortunately yes but we do offer a service line protection plan for nine ninety nine a month that covers repairs like this in the future
C: honestly yes please sign me up i never want to deal with this again
A: okay you're enrolled coverage starts in thirty days
C: thank you that actually makes me feel a lot better
A: and i'll send you a list of licensed plumbers for this repair
C: oh that's so helpful thank you""",
True, 0.0, "positive", "'yes please sign me up' for protection plan; it is the main (only) purchase -> upsell 0; 'so helpful thank you'"),

("FR57_076", "Roberto Alvarez", "2026-11-18T13:33:02", "asr",
"""A: palm bay resort reservations this is roberto
C: hi i need a room december twelfth to fourteenth two queen beds
A: i have a two queen garden view at one eighty nine a night plus a thirty five dollar resort fee per night
C: a resort fee seriously what is that even for
A: it covers wifi pool towels and parking
C: so stuff that should be included ugh whatever
A: so two queens december twelfth to fourteenth two nights under the name lopez
C: yep that's it
A: you're booked and would you like late checkout on the fourteenth it's thirty dollars
C: yeah sure at least i get something for my money
A: added late checkout at one pm
C: fine bye""",
True, 30.0, "negative", "confirms read-back 'yep that's it'; late checkout 'thirty dollars' accepted -> 30.00; resort fee is a fee; 'ugh whatever', 'fine bye'"),

("FR57_077", "Chloe Nguyen", "2026-11-19T10:02:27", "clean",
"""A: Riverside Arena box office, Chloe speaking.
C: Hi, I want two floor tickets for Neon Hours on the 28th.
A: I see two floor tickets left at $140 each. Do you want them?
C: Yes, I'll take both.
A: Processing... I'm sorry, those just got purchased online while I was holding them. The floor is now sold out.
C: Are you kidding me? You literally just had them.
A: I'm really sorry. The system releases held seats if someone online checks out first. I can add you to the waitlist, it's free.
C: Fine, put me on the waitlist. This is ridiculous.
A: Done. You'll get an email if anything opens up.
C: Sure. I won't count on it.""",
False, 0.0, "negative", "'I'll take both' but sold out during purchase, only free waitlist; 'This is ridiculous'"),

("FR57_078", "Ethan Brennan", "2026-11-20T14:16:11", "clean",
"""A: Pinecrest Bank, Ethan speaking.
C: My debit card got declined at the grocery store. With a line of people behind me.
A: I'm sorry about that. Let me check. The card was frozen after a suspicious charge from an online store.
C: I made that charge. You could have texted me.
A: We did send a text, but to a number ending in 88. Is that still yours?
C: No. That's been wrong for a year.
A: I've updated it and unfrozen the card. While I have you, our Secure Savings pays 4 percent and I can open it now.
C: I'll think about it. Maybe I'll open it at the branch some time.
A: Of course. Your card works now.
C: Okay. Honestly, that was embarrassing, and I'm not happy about it.""",
False, 0.0, "negative", "savings account deferred 'I'll think about it... at the branch some time'; 'embarrassing... not happy'"),

("FR57_079", "Aisha Mahmoud", "2026-11-23T17:10:38", "asr",
"""A: hi this is aisha with topline roofing we're doing free storm damage inspections in your area after last week's hail
C: how did you get this number
A: we're calling homeowners in the oak hollow neighborhood is this the house on fenwick drive
C: yes but i rent it i don't own it
A: oh okay well the inspection is free and it only takes about thirty minutes
C: i'll have to check with my landlord and honestly i'm not thrilled about getting sales calls at dinner
A: i understand i'm sorry to bother you i can leave our number
C: don't bother please take me off your list
A: i'll remove you now
C: thanks""",
False, 0.0, "negative", "'yes' confirms address only; 'check with my landlord'; 'not thrilled... take me off your list'"),

("FR57_080", "Grant Sullivan", "2026-11-24T09:05:19", "clean",
"""A: Peak Fitness, Grant speaking.
C: Hi. I froze my membership in August for a knee surgery and I'm still being charged the $10 freeze fee. It's November.
A: Let me look. The freeze was set to renew automatically every month.
C: Nobody told me that. Oh, wonderful.
A: I'm sorry. I can unfreeze you now and you'd be back at $49 a month, or keep the freeze.
C: No, I want to cancel. I'm not coming back.
A: I understand. Before I do, I could offer two months free if you come back in January.
C: No. Just cancel it, please.
A: Done, it's cancelled and there'll be no further charges.
C: Thanks. Four months of freeze fees for a gym I couldn't use. Great system you have.""",
False, 0.0, "negative", "refuses save offer 'No. Just cancel it'; sarcasm 'Oh, wonderful', 'Great system you have'"),
]
