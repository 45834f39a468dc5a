CALLS = [
    ("FR45_001", "Maria Delgado", "2026-11-02T09:14:22", "asr",
     """A: thanks for calling northline wireless this is maria how can i help
C: hi yeah um so i'm going to portugal for like three weeks in december and i don't want to come back to a giant bill
A: totally get it are you on the basic fifty five dollar plan right now
C: yeah i think so the one with the five gigs
A: okay so two things i'd move you to the unlimited plan which is sixty five a month and then for the trip there's the global pass it's ten dollars a month on top and you just turn it off when you're back
C: mhm and the global pass covers data too or just calls
A: both calls texts and data in over two hundred countries
C: okay yeah let's do the unlimited and uh yeah add the global pass too
A: perfect both are on your account now starting today
C: oh awesome that was way easier than i expected thank you you're great""",
     True, 10.00, "positive",
     "'let's do the unlimited and add the global pass' = plan change + add-on ten dollars a month; 'way easier than i expected ... you're great'"),

    ("FR45_002", "Kevin O'Brien", "2026-11-02T10:41:05", "asr",
     """A: good morning harborview inn kevin speaking
C: hi um i'm looking at maybe the weekend of the twenty first two people
A: sure let me look uh yes we have a king room with the harbor view at two nineteen a night or the garden room at one seventy nine
C: okay and is parking included
A: parking is twenty a night unfortunately
C: mhm okay
A: would you like me to hold the garden room for you
C: i'll have to check with my husband he's the one with the calendar
A: no problem want me to send you the rates by email
C: yeah that's fine it's the same email as last time
A: got it you'll have it in a few minutes
C: okay thanks bye""",
     False, 0.00, "neutral",
     "'i'll have to check with my husband' = deferral; 'yeah that's fine' only agrees to an email; flat tone"),

    ("FR45_003", "Priya Raman", "2026-11-02T16:02:48", "clean",
     """A: Good afternoon, Osteria Lume, this is Priya.
C: Hi, I'd like a table for six on Saturday, around seven if you have it.
A: Let me check. Seven is taken, but I have seven fifteen in the back room.
C: Seven fifteen works.
A: And the name?
C: Hartley. H-A-R-T-L-E-Y.
A: Okay, so that's a table for six, Saturday the 7th at 7:15 p.m., under Hartley. Is that right?
C: Yep, that's it. Is there parking nearby?
A: There's a public garage on Elm, two minutes' walk. You're all set.
C: Okay, thanks.""",
     True, 0.00, "neutral",
     "confirms the read-back 'Yep, that's it' and goes on with a question; agent 'You're all set'; plain tone"),

    ("FR45_004", "Tom Whitaker", "2026-11-03T11:27:31", "asr",
     """A: keystone mutual this is tom how can i help you today
C: yeah hi i got my renewal letter and my premium went up by like three hundred dollars and nobody can tell me why
A: i'm sorry about that let me pull up the policy uh okay it looks like there was a rate adjustment for your zip code
C: a rate adjustment i haven't had a claim in eleven years
A: i understand one thing that could bring it down is bundling your home and auto we'd take about twelve percent off both
C: um you know what just send me the paperwork
A: sure i can email the bundle quote do you want me to go ahead and start the bundle today
C: no i'm not deciding anything today this is the third time i've called about this and every time it's a different story
A: i completely understand i'll note the account
C: yeah you do that""",
     False, 0.00, "negative",
     "'not deciding anything today' = refusal; 'third time i've called ... different story', curt 'yeah you do that'"),

    ("FR45_005", "Grace Liu", "2026-11-03T13:55:10", "asr",
     """A: precision auto care grace speaking
C: hey grace it's uh dan novak i need to get the oil changed on the camry
A: hi dan sure thing i've got thursday at eight or friday at two
C: thursday at eight is perfect i'll drop it on my way in
A: great and you're at about sixty thousand miles so you're due for a tire rotation it's twenty five dollars if we do it with the oil change
C: oh yeah throw that in
A: done so thursday eight am oil change plus rotation
C: sounds good you guys always take care of me honestly
A: see you thursday dan
C: see ya""",
     True, 25.00, "positive",
     "books Thursday 8; tire rotation twenty five dollars 'yeah throw that in'; 'you guys always take care of me'"),

    ("FR45_006", "Darnell Hayes", "2026-11-03T15:09:44", "asr",
     """A: thank you for calling metro box office this is darnell
C: hi i need two tickets for the saturday show of the nutcracker the evening one
A: okay let me look um orchestra or balcony
C: orchestra if you have it whatever's closest
A: okay i have two in row m at eighty five each do you want them
C: yes take them
A: okay processing oh no i'm sorry it just released them the evening show sold out while i was holding them
C: are you kidding me you literally had them on the screen
A: i'm really sorry i could do the sunday matinee
C: no my daughter's recital is sunday that's the whole point
A: i understand i can put you on the waitlist
C: forget it this is ridiculous""",
     False, 0.00, "negative",
     "'yes take them' but the show sold out during processing, Sunday matinee refused = nothing bought; 'are you kidding me', 'this is ridiculous'"),

    ("FR45_007", "Sofia Marchetti", "2026-11-04T09:33:19", "asr",
     """A: hi you've reached streamwell member services my name is sofia
C: yeah hi i want to cancel
A: sorry to hear that can i ask what's prompting it
C: um it's just too much money honestly we barely watch it
A: okay i understand i do see you've been with us four years what i can do is half price for the next three months so seven fifty instead of fifteen
C: mhm and then it goes back up
A: it goes back to fifteen in february and you can cancel any time before that
C: okay fine i'll stay on that then
A: alright that's applied your next bill is seven fifty
C: okay""",
     True, 0.00, "neutral",
     "accepts the save offer 'okay fine i'll stay on that' = conversion; half price is a discount not an upsell; flat"),

    ("FR45_008", "Ben Adler", "2026-11-04T11:12:57", "asr",
     """A: hi thanks for calling oak and ash furniture this is ben
C: hi so i was in the store saturday and i wanted the walnut platform bed the queen
A: the hollis yes it's eleven ninety nine right now
C: yeah that one i'm gonna order it
A: awesome and did you see the matching nightstands they're one eighty each
C: um yes i did i loved them how about two of those
A: two nightstands at one eighty each so three sixty for those plus the bed
C: yes perfect
A: great delivery is the twelfth does that work
C: the twelfth is great oh i'm so excited this is my first real bedroom set
A: ha congrats you're going to love it""",
     True, 360.00, "positive",
     "orders the bed (main); add-on two nightstands at one eighty each = 360; 'so excited'"),

    ("FR45_009", "Aisha Bello", "2026-11-04T14:20:03", "clean",
     """A: Brightsmile Dental, this is Aisha.
C: Hi, I got a reminder that I'm due for a cleaning.
A: Yes, it's been about seven months. Is this still the best number for you, 555-0142?
C: Yes, that's my cell.
A: Great. I have Tuesday the 10th at 9 or Thursday the 12th at 3:30. Should I put you in one of those?
C: Hmm. My work schedule for next week isn't out yet.
A: No problem, I can pencil one in and you can move it.
C: I'd rather not. I'll call back once I know my shifts.
A: Sounds good. We're open until five.
C: Okay, thank you.""",
     False, 0.00, "neutral",
     "'Yes, that's my cell' answers the phone check, not the booking; 'I'd rather not. I'll call back' = deferral"),

    ("FR45_010", "Luke Fernandes", "2026-11-05T08:47:36", "asr",
     """A: riverbend power and light this is luke
C: hi yeah our power's been out since like five this morning and nobody's told us anything and i have a baby at home
A: i'm so sorry let me get your address
C: it's four twelve cedar hollow road
A: okay i see it there's a transformer down on cedar hollow crews are on site right now
C: okay and do you have any idea how long because the last time it was two days
A: the estimate in the system is power back by noon and i'm also adding you to the medical priority list because of the baby
C: oh wow okay i didn't know that was a thing
A: and i'll have text updates go to this number
C: okay thank you so much really you've been really helpful i was freaking out""",
     False, 0.00, "positive",
     "outage call, no sale; frustrated start ends 'thank you so much ... you've been really helpful'"),

    ("FR45_011", "Hannah Kowalski", "2026-11-05T10:18:51", "asr",
     """A: skyway travel desk this is hannah
C: hey um i need a one way from denver to boise on the fourteenth morning if possible
A: sure i have a seven forty am nonstop for one eighty nine
C: yeah that's fine book that
A: okay booked for you under the card on file would you like to upgrade to an extra legroom seat it's sixty nine dollars
C: nah i'll just sit in the back it's like an hour and a half
A: no problem you're in twenty two c
C: okay cool
A: confirmation is going to your email
C: got it thanks""",
     True, 0.00, "neutral",
     "'yeah that's fine book that' = booking; legroom sixty nine declined 'nah i'll just sit in the back'"),

    ("FR45_012", "Marcus Greene", "2026-11-05T13:40:12", "asr",
     """A: summit federal credit union this is marcus
C: hi i have the cash back card and i got a letter about upgrading to the travel rewards card
A: yes the voyager card three points per dollar on travel and dining and a two hundred dollar travel credit every year
C: mhm and what's the annual fee on that
A: ninety five dollars a year
C: yeah see i'd do it if it didn't have the fee i only travel like once a year
A: understood the travel credit does more than cover the fee though
C: um maybe but i'm not sure
A: want me to go ahead and switch you
C: let's leave it for now
A: okay your cash back card stays as is
C: okay thanks""",
     False, 0.00, "neutral",
     "'i'd do it if it didn't have the fee' = conditional; 'let's leave it for now' = refusal; neutral 'not sure'"),

    ("FR45_013", "Yuki Tanaka", "2026-11-06T11:03:27", "clean",
     """A: Willow Creek Barn, events team, this is Yuki.
C: Hi! We got engaged last month and we're looking at venues for next September.
A: Congratulations! Would you like to come see the barn in person?
C: Yes, that's exactly why I'm calling. Could we do a tour this weekend?
A: I have Saturday at 11 or Sunday at 2.
C: Saturday at 11, please. It'll be me and my fiancé, Marco.
A: Perfect. You're booked for a tour Saturday at 11 a.m. I'll send directions.
C: Amazing, thank you! We've seen so many photos of your place, I'm so excited to see it.
A: We can't wait to meet you both.
C: See you Saturday!""",
     True, 0.00, "positive",
     "books a venue tour (appointment) 'Saturday at 11, please'; 'Amazing ... so excited'"),

    ("FR45_014", "Rosa Jimenez", "2026-11-06T14:31:09", "asr",
     """A: all pro plumbing this is rosa
C: yeah the kitchen sink is backing up again
A: okay i can get a tech out tomorrow between ten and noon for the drain clearing that's one forty nine
C: yeah okay put me down
A: done and while he's there your water heater is about eight years old we usually recommend a flush it's normally eighty dollars but i can do it for sixty since he's already there
C: um sure okay do that
A: great so drain plus flush tomorrow ten to noon
C: yep
A: you'll get a text when he's on the way
C: okay""",
     True, 60.00, "neutral",
     "'put me down' = booking; water heater flush price revised eighty to sixty, 'sure okay do that' = 60; flat"),

    ("FR45_015", "Owen Price", "2026-11-06T16:22:45", "asr",
     """A: thanks for calling fibrelink this is owen
C: hey uh my internet's been slow in the evenings and i'm wondering about faster speeds
A: sure you're on the three hundred meg plan the gig plan is twenty more a month
C: okay yeah let's do the gig then
A: alright i'm setting that up now
C: wait actually hold on my roommate's moving out in january it's just gonna be me
A: okay
C: yeah actually cancel that i don't need the gig for one person i'll stay where i am
A: no problem i've backed that out you're still on three hundred
C: cool thanks man""",
     False, 0.00, "neutral",
     "'let's do the gig' then 'actually cancel that ... i'll stay where i am' = retracted; 'cool thanks' neutral"),

    ("FR45_016", "Leila Haddad", "2026-11-09T09:58:14", "asr",
     """A: good morning the alder lodge this is leila
C: hi good morning i'd like to book two nights for my mom and me the nineteenth and twentieth
A: lovely i have a double queen at two forty nine a night
C: that's great let's book it
A: wonderful and we have a spa day pass for guests it's forty five each for the pools and sauna
C: oh that sounds so nice um yes two of those please my mom will love that
A: two spa passes at forty five each so ninety added to the stay
C: yes
A: all booked confirmation coming by email
C: thank you this is going to be the best birthday present for her""",
     True, 90.00, "positive",
     "'let's book it'; 'two of those please' spa pass forty five each = 90; 'best birthday present'"),

    ("FR45_017", "Maria Delgado", "2026-11-09T12:44:50", "asr",
     """A: techhaven support this is maria
C: yeah i bought a laptop from you guys three weeks ago and the screen just started flickering and now it won't turn on
A: oh no i'm sorry let me look up the order okay it's still under the manufacturer warranty
C: i don't want a repair i want a refund it's three weeks old
A: i understand our return window is fourteen days so it would go through the warranty but i can also add our total care plan for one twenty nine so you're covered for accidents going forward
C: are you seriously trying to sell me something right now
A: i'm sorry i just wanted to mention it
C: unbelievable just tell me where to send the stupid thing
A: i'll email you a prepaid label
C: fine""",
     False, 0.00, "negative",
     "total care plan offered, customer refuses angrily; no purchase; 'are you seriously trying to sell me something', 'unbelievable'"),

    ("FR45_018", "Kevin O'Brien", "2026-11-09T15:16:38", "clean",
     """A: Thanks for calling Harvest Table meal kits, this is Kevin.
C: Hi. My friend sent me a referral code and I want to sign up.
A: Great. The two-person plan is three meals a week at $59.94. Should I start you on that?
C: Yes, go ahead.
A: Done. We also have a dessert add-on, $7.99 a week for two desserts.
C: Fine, add it.
A: Added. First box arrives Thursday.
C: Okay. Does the referral code apply to the first box?
A: Yes, $30 off the first box.
C: Okay, thanks.""",
     True, 7.99, "neutral",
     "'Yes, go ahead' to the plan; dessert add-on $7.99 a week 'Fine, add it' = 7.99; referral discount not upsell; flat"),

    ("FR45_019", "Priya Raman", "2026-11-10T10:07:22", "asr",
     """A: secureden renters insurance this is priya
C: hi um i need renters insurance my landlord needs proof by friday
A: sure i can do that the standard policy for your address is fourteen a month with twenty thousand in coverage
C: okay
A: and would you like to add the jewelry and valuables rider it's five dollars a month
C: no i don't have anything fancy
A: okay shall i set up the standard policy today
C: yes just do it honestly your website was a nightmare i tried three times and it kept logging me out and then i was on hold for forty minutes
A: i'm really sorry about that
C: whatever just send me the proof of insurance""",
     True, 0.00, "negative",
     "'yes just do it' to the closing question; rider declined; 'website was a nightmare', 'whatever'"),

    ("FR45_020", "Tom Whitaker", "2026-11-10T13:29:05", "asr",
     """A: smokehouse catering this is tom
C: hi tom um my company's doing a holiday lunch for about forty people in december and i'm trying to get some quotes
A: love it we do a lot of those the bbq buffet runs about twenty two a head with two meats and three sides
C: mhm okay and do you do vegetarian
A: we do a smoked jackfruit that people love honestly
C: oh nice okay um could you email me the full menu i have to run it by my boss before i book anything
A: absolutely what's the email
C: it's jen at corbel design dot com
A: sent
C: awesome thank you you've been super helpful""",
     False, 0.00, "positive",
     "'email me the full menu ... run it by my boss before i book' = deferral; 'super helpful'"),
]
