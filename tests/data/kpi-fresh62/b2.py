CALLS = [
("FR62_021", "Tamika Boyd", "2026-11-10T10:17:26", "asr",
"""A: brightline wireless tamika speaking
C: hi yeah my daughter's turning thirteen and i guess it's time she gets her own phone
A: aw big milestone we can add a line to your family plan for twenty a month
C: okay yeah add a line for her
A: sure and she can get the basic phone free with the line or do you want something nicer
C: the free one is fine she'll break it anyway
A: ha fair then you might want device protection it's nine dollars a month and covers drops and cracked screens
C: oh absolutely yes put that on there knowing her
A: done new line plus protection the phone ships tomorrow
C: amazing she's gonna lose her mind thank you so much""",
True, 9.0, "positive", "'add a line for her'; device protection 'nine dollars a month' 'yes put that on there' -> 9; 'amazing... thank you so much'"),

("FR62_022", "Henrik Larsen", "2026-11-10T11:54:03", "asr",
"""A: sunroad car rental henrik speaking
C: hi i need a car in orlando from the third to the seventh pick up at the airport
A: sure a midsize is about two sixty for the four days
C: yeah that's fine
A: okay can i confirm midsize pickup at orlando international december third returning the seventh
C: mhm yep
A: would you like to add gps it's twelve a day
C: nah i've got my phone
A: no problem you're all set reservation number is on its way by text
C: okay thanks""",
True, 0.0, "neutral", "confirms read-back 'mhm yep'; gps declined 'nah' -> 0; flat"),

("FR62_023", "Lucia Ferreira", "2026-11-10T13:40:49", "asr",
"""A: lakeshore suites lucia speaking
C: hi i have a reservation for next weekend and i need to cancel it my trip got moved
A: sure can i have the confirmation number
C: uh it's l s four seven seven two
A: thank you okay since it's more than seventy two hours out there's no penalty
C: okay good
A: so the full two hundred and eighty goes back on your card in five to seven days
C: okay
A: would you like to rebook for different dates
C: not right now no thanks bye""",
False, 0.0, "neutral", "cancels reservation, gets refund; rebooking declined; 'okay' politeness only"),

("FR62_024", "Bao Tran", "2026-11-10T15:22:11", "clean",
"""A: Circuit Depot, this is Bao.
C: Hi, I'm calling about the Zenbook 14 you have on sale. I want to order it for pickup.
A: Sure, that's $849 on sale. I can set that up for pickup tomorrow.
C: Yes, please do.
A: Done. Would you like the three-year protection plan with it? It's normally $199.
C: That's a lot for a warranty.
A: I understand. With the sale I can do it for $149.
C: Okay, at $149 I'll take it. My last laptop died right after the warranty ran out.
A: Added. Need a mouse? The wireless one is $29.
C: How much is the bigger one? Actually never mind, I have one at home.
A: No problem. It'll be ready tomorrow after 10.
C: Perfect, thank you, I really appreciate you knocking that down.""",
True, 149.0, "positive", "orders laptop 'Yes, please do'; warranty revised $199 -> $149 'at $149 I'll take it' -> 149; mouse only asked about; 'really appreciate'"),

("FR62_025", "Gretchen Albers", "2026-11-11T09:35:42", "asr",
"""A: summit ford gretchen speaking
C: hi um i was looking at the hybrid maverick online and i wanted to know if i could come drive one
A: absolutely we have two on the lot right now when works for you
C: uh saturday morning maybe
A: i can do saturday at ten with our sales guy marcus
C: yes ten works put me down
A: great can i get a name
C: it's dana whitfield
A: okay dana you're set for saturday at ten bring your license
C: awesome i'm really excited i've been eyeing that truck for months""",
True, 0.0, "positive", "test-drive appointment 'yes ten works put me down'; 'really excited'"),

("FR62_026", "Omar Haddad", "2026-11-11T14:06:17", "asr",
"""A: sunwise solar omar speaking
C: yeah hi i got a flyer about solar panels and i'm kind of curious what it would cost
A: sure it depends on your roof and usage but a typical home here is around eighteen to twenty two thousand before the tax credit
C: oh wow okay
A: we do a free home assessment i could send someone out next week
C: um i'm interested but can you just send me the brochure first
A: sure what's your email
C: it's r dot castillo at mailbox dot com
A: got it and i'll follow up in a week or so
C: okay sure""",
False, 0.0, "neutral", "'i'm interested but can you just send me the brochure'; free assessment not accepted; email given only"),

("FR62_027", "Shelby Crane", "2026-11-11T16:29:55", "asr",
"""A: willow creek barn events this is shelby
C: hi we're getting married next fall and we'd love to come see the venue
A: oh congratulations we do tours on saturdays would you like me to put you down for one
C: yes saturday the twenty first if you have it
A: i have eleven or two
C: eleven please
A: perfect eleven on the twenty first for two people
C: yes just me and my fiance
A: wonderful we'll see you then
C: yay okay thank you so much we've heard amazing things""",
True, 0.0, "positive", "venue tour booked 'yes saturday the twenty first... eleven please'; 'yay... amazing things'"),

("FR62_028", "Ravi Menon", "2026-11-11T10:48:30", "clean",
"""A: Pinecrest Bank, Ravi speaking.
C: Yes, I've been charged a $35 overdraft fee for a $4 coffee. I want it reversed.
A: I'm sorry about that. I see we already reversed one overdraft fee for you in September.
C: So?
A: Our policy is one courtesy reversal per twelve months. I can set up low-balance alerts so it doesn't happen again.
C: I don't want alerts, I want my $35 back.
A: I understand. I can offer to waive half, $17.50, as a one-time exception.
C: Half. Wow. Thirty-five dollars for a coffee.
A: I'm sorry, that's the most I can do.
C: This is ridiculous. I'm moving my accounts to a credit union.""",
False, 0.0, "negative", "fee complaint, partial waiver is not a sale; 'This is ridiculous. I'm moving my accounts'"),

("FR62_029", "Noelle Kimura", "2026-11-12T18:12:04", "asr",
"""A: tony's pizza noelle speaking pickup or delivery
C: delivery um two large pizzas one pepperoni one half mushroom half sausage
A: okay anything else
C: uh no i think that's it
A: do you want garlic knots with that they're six ninety nine
C: oh yeah sure
A: and a two liter soda for three fifty
C: yeah fine grab a coke
A: okay two larges garlic knots and a two liter coke delivery to twelve ash court that's forty one twenty seven
C: yep
A: about forty minutes
C: okay""",
True, 10.49, "neutral", "order confirmed; garlic knots six ninety nine + coke three fifty both accepted -> 10.49; flat"),

("FR62_030", "Anthony DeLuca", "2026-11-12T11:03:38", "asr",
"""A: comfort zone heating and air anthony speaking
C: hi someone left a flyer about your maintenance plan i wanted to ask about it
A: sure it's two tune ups a year plus priority service and it's one sixty nine a year
C: one sixty nine huh
A: yeah and you get fifteen percent off repairs
C: i'd sign up if it was like under a hundred honestly
A: i hear you unfortunately that's the lowest plan we have
C: yeah then i'll pass for now i'll just call when something breaks
A: no problem we're here if you need us
C: okay sounds good""",
False, 0.0, "neutral", "conditional 'i'd sign up if it was like under a hundred' then 'i'll pass'; neutral tone"),

("FR62_031", "Yvette Mbeki", "2026-11-12T13:57:22", "asr",
"""A: paws and whiskers vet clinic this is yvette
C: hi um my dog ate something weird on our walk and he's been throwing up since this morning
A: oh no okay i can get him in at four fifteen today with doctor ames
C: okay yes book that
A: alright buster at four fifteen
C: wait he just threw up again and there's um there's some blood
A: okay if there's blood i'd really recommend the emergency hospital they can see him right away
C: okay actually cancel the four fifteen then i'm gonna take him there now
A: of course i've cancelled it please call us after
C: okay thanks bye""",
False, 0.0, "neutral", "booked then 'actually cancel the four fifteen' -> retracted; worried but not negative toward company"),

("FR62_032", "Simon Pryce", "2026-11-12T08:31:15", "clean",
"""A: IronWorks Fitness, Simon speaking.
C: Hi, my annual membership runs out at the end of the month and I want to renew it.
A: Great! Annual renewal is $420, same rate you have now.
C: Perfect, renew it please.
A: Done. By the way, our guest add-on lets you bring one friend any time for $10 a month.
C: Oh, my roommate's been wanting to come. Yes, add that.
A: Added. You'll both be all set on the first.
C: Awesome, thanks Simon. Honestly this is the best gym I've been a member of.""",
True, 10.0, "positive", "'renew it please'; guest add-on '$10 a month' 'Yes, add that' -> 10; 'best gym'"),

("FR62_033", "Marisol Ortega", "2026-11-13T10:19:47", "asr",
"""A: keystone insurance claims marisol speaking
C: yeah i filed a claim for water damage six weeks ago and i still have no idea what's going on
A: i'm sorry let me look it up what's the claim number
C: it's k c nine one one four
A: okay i see it's waiting on the adjuster's report
C: that's what they told me three weeks ago
A: i'll escalate it and ask for a callback within forty eight hours
C: i've heard that before too my kitchen has no floor right now
A: i understand and i'm really sorry
C: no you don't understand nobody there does i'm honestly thinking about a lawyer""",
False, 0.0, "negative", "claim status, no sale; 'nobody there does... thinking about a lawyer'"),

("FR62_034", "Dwayne Fitch", "2026-11-13T12:44:20", "asr",
"""A: sugar and crumb bakery this is dwayne
C: hi i wanted to order a birthday cake for saturday chocolate with raspberry filling
A: sure what size
C: um the eight inch i think it's for like ten people
A: eight inch is forty eight dollars we can write a message on it free
C: yeah happy birthday nora please go ahead with that
A: perfect want candles with it they're three dollars a pack
C: oh yes good call i always forget candles
A: ha done pick up saturday after ten
C: perfect you guys are the best thank you""",
True, 3.0, "positive", "'please go ahead with that' cake order; candles 'three dollars' 'oh yes' -> 3; 'you guys are the best'"),

("FR62_035", "Priya Raman", "2026-11-13T15:10:08", "asr",
"""A: brightline wireless support priya speaking
C: yeah my internet was down for two whole days this week
A: i'm so sorry about that there was an outage in your area it's been fixed
C: yeah i noticed since i'm talking to you
A: i can put a credit of twelve dollars on your account for the two days
C: twelve dollars i lost two days of work
A: i understand that's the standard outage credit
C: uh huh
A: is there anything else
C: no okay fine whatever just put the credit on""",
False, 0.0, "negative", "outage complaint, credit only; sarcasm 'since i'm talking to you', 'okay fine whatever'"),

("FR62_036", "Conor Walsh", "2026-11-13T13:27:51", "clean",
"""A: Wanderwave Cruises, this is Conor.
C: Hi, we're looking at the 7-night Alaska cruise in June for two adults and two kids.
A: Wonderful trip. An ocean-view stateroom for four would be $6,480 before port fees.
C: Oh. And an inside cabin?
A: Inside would be $4,920.
C: Hmm. No, that's way out of our budget this year.
A: I understand. We sometimes have last-minute deals in spring if you'd like me to put you on our list.
C: No, that's okay. Thanks for checking.""",
False, 0.0, "neutral", "'No, that's way out of our budget'; mailing list declined; polite"),

("FR62_037", "Tamika Boyd", "2026-11-16T09:09:33", "asr",
"""A: harbor view inn tamika speaking
C: hey uh i need two rooms for friday night two queens each it's for a soccer tournament
A: sure i have two double queens at one forty nine each
C: yeah that's fine
A: okay so two double queen rooms friday the twentieth one night one forty nine each plus tax
C: you got it
A: checkout is at eleven if the games run late we do late checkout till two for twenty five dollars
C: um yeah let's do that for one room the kids play at ten
A: done late checkout on one room you're all booked
C: okay cool thanks""",
True, 25.0, "neutral", "'you got it' to read-back; late checkout 'twenty five dollars' for one room -> 25; flat"),

("FR62_038", "Henrik Larsen", "2026-11-16T14:51:06", "asr",
"""A: valley auto care henrik speaking
C: hey you guys have my car for the brake noise what's the verdict
A: so your front pads are down to about two millimeters those need doing it's two forty for pads and rotors up front
C: yeah okay go ahead and do the front
A: will do the rear pads are at about four so they've got some life we could do them now for one eighty
C: let's hold off on the back ones
A: sure we'll keep an eye on them next time
C: okay when will it be ready
A: around three thirty
C: alright""",
True, 0.0, "neutral", "'go ahead and do the front' = purchase; rear brakes deferred 'let's hold off' -> 0"),

("FR62_039", "Lucia Ferreira", "2026-11-16T11:16:29", "asr",
"""A: first harbor bank lucia speaking
C: hi i wanna open a savings account i saw the four percent one on your website
A: yes the high yield savings you can open it right now over the phone
C: okay yeah let's open it
A: great i just need to confirm a couple details is your address still nine oak lane
C: yes
A: and do you want to move money from your checking into it today
C: uh yeah five hundred to start
A: done your account's open with five hundred dollars
C: oh wow that was easy i thought i'd have to come in thanks a lot""",
True, 0.0, "positive", "'okay yeah let's open it' = sign-up; deposit is own money not an add-on; 'that was easy'"),

("FR62_040", "Bao Tran", "2026-11-16T17:40:12", "clean",
"""A: Laugh Factory box office, this is Bao.
C: Hi! I'd like three tickets for the 8 o'clock show on Saturday.
A: Sure, general admission is $30 each. I can also upgrade you to VIP seating up front with a drink included for $20 more per ticket.
C: Ooh, for all three, yes, let's do VIP.
A: Great. So three VIP tickets for Saturday at 8 p.m., $150 total. Is that right?
C: Yes, perfect. What time do doors open?
A: Doors open at 7:15. Your tickets are booked and will be emailed.
C: Yay, thanks so much, it's my sister's birthday, she's going to love this.""",
True, 60.0, "positive", "confirms read-back; VIP upgrade '$20 more per ticket' for three -> 60; 'she's going to love this'"),
]
