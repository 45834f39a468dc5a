CALLS = [
("FR17_001", "Maya Torres", "2026-11-02T10:14:00", "clean", """A: Thanks for calling Hearth & Home Furniture, this is Maya. How can I help?
C: Hi, I was in the showroom Saturday and I'm ready to order the Harlow sectional, the grey one.
A: Great choice. The Harlow in slate grey is $1,849 and we have it in the warehouse. Shall I put the order through?
C: Yes, please. Delivery to 412 Birch Lane.
A: Got it. Would you like our five-year fabric protection plan on it? It's $89 and covers spills and stains.
C: Yeah, throw that in. Does it cover pet stains? We have a beagle who thinks it's his couch.
A: It does, pet stains and accidental tears both. I can also add the matching ottoman for $199.
C: No, the ottoman's too much, we don't have the room.
A: No problem. So that's the sectional plus fabric protection, delivery Thursday between 8 and 12.
C: Perfect. Honestly this is exactly what we wanted, thank you so much for making it easy.
A: My pleasure, you'll get a confirmation email shortly.""", True, 89.0, "positive", "sectional bought; fabric protection $89 accepted with a follow-up question; ottoman declined; pleased"),

("FR17_002", "Devin Clarke", "2026-11-02T15:40:00", "asr", """A: good afternoon lakeview inn reservations this is devin
C: hi yeah i need a room for the twelfth through the fifteenth two adults
A: okay so three nights i have a queen room at one forty nine a night would that work
C: uh yeah that's fine go ahead and book it
A: great you're booked under what name
C: harper h a r p e r
A: thank you miss harper would you like to add our breakfast buffet it's twenty two per person per night so for the two of you for three nights that's one thirty two for the stay
C: um yeah okay we'll do the breakfast
A: and we also have late checkout at two p m for forty dollars
C: nah we'll be out early we've got a drive
A: no problem you're all set confirmation number is k seven seven four
C: okay thanks""", True, 132.0, "neutral", "room booked; breakfast total stated as one thirty two for the stay and accepted; late checkout declined; plain tone"),

("FR17_003", "Priya Nair", "2026-11-03T08:25:00", "clean", """A: Westside Auto Care, Priya speaking.
C: Hi, I'd like to get an oil change on my Civic sometime this week.
A: Sure. I have Wednesday at 9:30 or Thursday at 2. Which works?
C: Wednesday at 9:30.
A: Booked. While it's in, your records show the cabin air filter is overdue. Replacing it is $45.
C: What's the labor on that on top?
A: That's all-in, parts and labor.
C: Fine, do it then.
A: Done. We also have wiper blades on special, $30 for the pair.
C: No, I just replaced those myself.
A: Okay. So Wednesday 9:30, oil change and cabin filter.
C: Yep. Thanks.""", True, 45.0, "neutral", "oil change booked; cabin filter $45 accepted after asking labor; wipers declined"),

("FR17_004", "Omar Haddad", "2026-11-03T12:05:00", "asr", """A: thanks for calling brightline mobile this is omar
C: hi um i want to move up to the unlimited plan the one you guys had on the ad
A: sure that's the unlimited plus at sixty five a month do you want me to switch you over today
C: yeah switch me over
A: done it'll show on your next bill i can also add global calling for an extra ten a month
C: does that include mexico because that's really the only place i call
A: mexico is included yes landlines and mobiles
C: okay if mexico's in there then yeah add it
A: perfect global calling is added
C: oh that's perfect my mom's gonna love that she's always complaining i never call
A: ha well now you've got no excuse anything else
C: nope that's it you've been great thanks""", True, 10.0, "positive", "plan change committed; global calling $10/month accepted once Mexico condition confirmed; happy"),

("FR17_005", "Lena Fischer", "2026-11-04T09:50:00", "clean", """A: Cloudnest sales, Lena speaking.
C: Hi, this is Raj from Delmar Logistics. We need five more seats on our Team plan.
A: Sure thing, Raj. Team seats are $12 each per month, so five more is $60 a month. Want me to add them now?
C: Yes, add the five.
A: Done, they'll be active in a few minutes. That puts you at 25 seats. Since you're at that size, a lot of teams add single sign-on. It's $3 per seat per month.
C: What would that come to for us?
A: For 25 seats, $75 a month.
C: I'll need to run that past our IT lead first. She's picky about identity providers.
A: Understood, I'll send over the SSO docs so she can have a look.
C: Sounds good. Thanks.""", True, 0.0, "neutral", "five seats added (the purchase itself); SSO only priced and deferred to IT lead"),

("FR17_006", "Jamal Brooks", "2026-11-04T13:30:00", "asr", """A: hi this is jamal at olive and thyme catering
C: hi jamal we're doing a lunch for our office on the twentieth about forty people
A: lovely our mediterranean buffet is eighteen per person would that suit
C: yes that's the one we had last year everybody loved it let's book that for forty
A: booked for the twentieth noon delivery can i tempt you with a dessert tray it's baklava and lemon bars for another forty
C: oh gosh yes go ahead with the dessert people will riot if there's no baklava
A: ha done and we can do a coffee service at three fifty per person
C: no we've got a coffee machine in the office we're good
A: no problem so buffet for forty plus the dessert tray
C: wonderful you guys are always so easy to work with thank you""", True, 40.0, "positive", "buffet for forty booked; dessert tray 'for another forty' accepted = $40 (forty is a price here, not headcount); coffee declined"),

("FR17_007", "Sofia Rossi", "2026-11-05T11:00:00", "clean", """A: Studio Lumen Salon, this is Sofia.
C: Hi, can I book a cut with Dana for Saturday?
A: Dana has 11:00 or 3:30 on Saturday.
C: 11 please.
A: You're in at 11 with Dana. Would you like to add a deep conditioning treatment? It's $25.
C: Sure, why not.
A: Added. Can I get a phone number for the reminder text?
C: 555-0143.
C: Oh wait, actually, skip the conditioning. I just remembered I had one last week at my sister's place.
A: No problem, I've taken it off. Just the cut at 11.
C: Great, thanks.""", True, 0.0, "neutral", "haircut booked; conditioning accepted then retracted by name; phone number not a price"),

("FR17_008", "Ken Watanabe", "2026-11-05T17:45:00", "asr", """A: happy tails pet resort this is ken
C: hi i need to board my dog pepper from the eighth to the twelfth
A: sure that's four nights for a medium dog it's forty five a night want me to reserve it
C: yes please
A: great she's booked we also offer daily walks on the trail eight dollars a day
C: how many walks is that
A: one long walk a day so for four days that's thirty two extra
C: mhm yes please she loves walks she'll be thrilled
A: added is she up to date on her bordetella
C: yep i'll email you the records tonight
A: perfect
C: thank you so much you guys always take such good care of her""", True, 32.0, "positive", "boarding booked; walks $8/day x4 days = $32 stated and accepted; warm"),

("FR17_009", "Hannah Olsen", "2026-11-06T14:20:00", "clean", """A: Goldleaf Photography, Hannah speaking.
C: Hi! We're getting married next June and I was looking at your Full Day package.
A: Congratulations! The Full Day is $2,400 and includes eight hours and an online gallery.
C: And June 14th, is that open?
A: It is, as of today.
C: Amazing. Your portfolio is gorgeous, honestly, the barn wedding ones made me cry.
A: Thank you! Many couples add a second shooter for $600 so you get both getting-ready rooms.
C: Oh, that would be nice. Okay, I need to talk to my fiancé before we commit to anything, he's handling the budget.
A: Of course. I can hold the date for 48 hours without a deposit.
C: Yes, please hold it, that would be lovely.
A: Done, it's held until Friday.""", False, 0.0, "positive", "no commitment: deferred to fiancé; free 48h hold is not a booking; enthusiastic"),

("FR17_010", "Luis Ortega", "2026-11-06T16:10:00", "asr", """A: swift move this is luis how can i help
C: yeah i got a quote last week from one of your guys for moving a two bedroom and now the email says something different
A: let me pull it up okay i see a quote for eleven fifty
C: he told me nine hundred on the phone
A: i'm sorry about that the nine hundred didn't include the stairs at the new place the third floor walk up
C: that's ridiculous nobody said anything about stairs
A: i understand we can also add full packing service for three fifty
C: are you kidding me no i'm not paying for packing
A: okay so just the move at eleven fifty on the twenty second
C: fine book the move i don't have time to find someone else but honestly it's a ripoff
A: it's booked for the twenty second at eight a m
C: whatever""", True, 0.0, "negative", "move booked reluctantly; packing declined; upset about price change"),

("FR17_011", "Grace Kim", "2026-11-09T10:35:00", "clean", """A: ApplianceMart, this is Grace.
C: Hi, I want to order the LG front-loader, model WM4000, the white one.
A: That's $899 and it's in stock. Would you like to go ahead?
C: Yes, let's proceed.
A: Great. We offer a five-year protection plan for $129, and haul-away of your old washer for $25.
C: The warranty yes, haul-away no, my brother's taking the old one.
A: Understood, protection plan added. Delivery on the 14th, is that okay?
C: The 14th works.
A: You're all set. Total with the plan comes to $1,028 before tax.
C: Okay, thank you.""", True, 129.0, "neutral", "washer ordered; warranty $129 accepted, haul-away declined in one turn; model number not a price"),

("FR17_012", "Tom Becker", "2026-11-09T19:05:00", "asr", """A: skyway airlines this is tom
C: yeah i've been trying to book on your website for half an hour and it keeps crashing
A: i'm sorry about that i can book it for you here
C: fine two seats denver to portland on the nineteenth the morning flight
A: the seven fifteen is two eighteen per person shall i book both seats
C: yes book it
A: done i can also move you both to extra legroom for another forty each
C: ugh fine yeah do it for both of us my husband's six four
A: okay that's eighty for the two upgrades would you like travel insurance too
C: no and honestly your website is a nightmare you should fix it
A: i'll pass that on
C: whatever just send me the confirmation""", True, 80.0, "negative", "flight booked; legroom $40 each x2 = $80 accepted; insurance declined; irritated throughout"),

("FR17_013", "Aisha Mensah", "2026-11-10T09:15:00", "clean", """A: FiberLink customer care, Aisha speaking.
C: I want to cancel my internet. I'm paying $85 a month and my neighbor pays $55 with Comcast.
A: I'm sorry to hear that. Before you go, I can take $20 off your bill for the next 12 months.
C: So $65?
A: Yes, $65 a month for a year, same speed.
C: Okay. I'll stay if it's really 20 off and there's no new contract.
A: No new contract, I've applied it now. I can also bump you to the 1 gig tier for just $10 more a month.
C: No. Don't push it.
A: Understood. You're all set at $65.
C: Fine. I'm still annoyed it took threatening to leave to get a fair price.""", True, 0.0, "negative", "retention discount accepted = conversion; speed upgrade declined; discount is not upsell; annoyed at end"),

("FR17_014", "Ryan Cole", "2026-11-10T18:30:00", "asr", """A: serenity day spa this is ryan
C: hi i'd like to book a couples massage for saturday afternoon for me and my husband
A: lovely i have two o'clock or four thirty
C: four thirty please
A: booked that's the sixty minute couples massage we can make it a hot stone massage for fifteen more per person
C: oh that sounds amazing yes for both of us
A: wonderful so that's thirty added for the two of you
C: perfect it's our anniversary so we're splurging
A: happy anniversary i'll put a note in for the therapists
C: aw thank you you're so sweet i can't wait""", True, 30.0, "positive", "massage booked; hot stone $15 per person x2 = $30 accepted"),

("FR17_015", "Nina Petrova", "2026-11-11T11:45:00", "clean", """A: Hi, this is Nina from Parkside Honda service. Is this Mr. Alvarez?
C: Yes, speaking.
A: We're doing the brake pads you approved this morning, and the tech noticed your front rotors are scored. Replacing them would be $340.
C: Hmm. Go ahead, but only if it's still ready by 5 today. I need the car tonight.
A: Let me check with parts. ... I'm sorry, the rotors won't arrive until tomorrow morning.
C: Then no, leave the rotors. I'll deal with them another time.
A: Understood, we'll finish the pads and have it ready by 5.
C: Kind of frustrating nobody caught this when I dropped it off at 7.
A: I apologize for that.
C: Yeah. Okay.""", False, 0.0, "negative", "outbound add-on offer; conditional acceptance, condition not met, declined; pads approved earlier not a new commitment"),

("FR17_016", "Ben Adler", "2026-11-11T15:20:00", "asr", """A: thanks for calling cellstop this is ben
C: hi i want the new pixel the one twenty eight gig in black
A: sure that's six ninety nine want me to place the order for pickup
C: yeah let's do it
A: okay ordered can i add our protection bundle it's a case and a screen protector for thirty nine
C: is the screen protector the glass one or the plastic one
A: tempered glass
C: okay then sure
A: added and device insurance is nine a month
C: no i'll pass on insurance
A: no problem pickup at the main street store after three
C: okay thanks""", True, 39.0, "neutral", "phone ordered; bundle $39 accepted after question; insurance declined; 128 gig is not a price"),

("FR17_017", "Maya Torres", "2026-11-12T08:40:00", "clean", """A: Harborview Hotel reservations, Maya speaking.
C: Hi, I'd like the harbor suite for the 21st and 22nd.
A: I'm sorry, the suite is fully booked both nights. I do have a deluxe king with a partial harbor view at $219 a night.
C: Hmm. That's a bummer, I wanted the suite for my wife's birthday.
A: I understand. The deluxe king is still lovely.
C: Okay, book the deluxe king then.
A: Done, two nights. Will you need parking? It's $25 a night.
C: Yes, we'll have the car.
A: So parking for both nights, $50 total.
C: Alright. Thanks.""", True, 50.0, "neutral", "suite sold out, alternative booked; parking $25/night x2 = $50 accepted; mild disappointment"),

("FR17_018", "Devin Clarke", "2026-11-12T13:55:00", "asr", """A: pampered paws grooming this is devin
C: hi i'm calling about my dog's groom on tuesday he came home with a nick on his ear
A: oh no i'm so sorry about that is he okay
C: he's fine now but it bled all over my car seat and nobody even told me
A: that shouldn't have happened i'd like to offer you a free groom on your next visit
C: honestly i don't think we'll be coming back
A: i understand could i at least have the manager call you
C: sure she can call me but i'm not booking anything
A: okay i'll have her call this afternoon
C: fine""", False, 0.0, "negative", "complaint; free groom offered but not taken; no booking; callback is not a purchase"),

("FR17_019", "Priya Nair", "2026-11-13T10:10:00", "clean", """A: Hi, this is Priya from Trackwise. I see your team's trial ends Friday; how's it been going?
C: Honestly, great. The team loves the board view.
A: Glad to hear it! Would you like to move onto Pro at $49 a month so nothing gets interrupted?
C: Yes, let's do that. Put it on the card on file.
A: Done, you're on Pro. Pro customers often add the 100 GB storage pack for $10 a month.
C: Hmm, we're at about 60% of what we have now. Let's revisit in a few months.
A: Totally fair. I'll set a reminder.
C: Great, thanks Priya, this has been really painless.""", True, 0.0, "positive", "trial converted to Pro; storage pack declined (deferred); pleased"),

("FR17_020", "Omar Haddad", "2026-11-13T16:50:00", "asr", """A: safekeep storage this is omar
C: hi i need a storage unit starting next week probably for about six months
A: sure what are you storing
C: a one bedroom apartment pretty much
A: a ten by ten should do it that's one fifty a month want me to reserve one
C: yeah reserve it
A: okay reserved unit two fourteen we also have climate control for another thirty a month
C: hmm is there a piano size door on those
A: yes all the ten by tens have roll up doors
C: ok i have an upright piano so yeah put the climate control on it
A: done climate control added
C: alright thanks""", True, 30.0, "neutral", "unit reserved; climate control $30/month accepted several turns later; unit number not a price"),
]
