CALLS = [
("FR25_001", "Maria Lopez", "2026-11-02T09:14:00", "asr", """A: brightline wireless this is maria how can i help you today
C: hi um yeah i keep running out of data like every month so
A: i can see that you're on the five gig plan at thirty five a month would you want to look at unlimited
C: how much is unlimited
A: unlimited is fifty a month and it includes hotspot
C: okay uh yeah let's switch me to that
A: done and since you mentioned travel last time we have a europe pass for ten dollars a month want that too
C: mhm actually yeah i'm in spain in june so sure add it
A: alright both are on your account starting today
C: awesome you guys are way easier to deal with than my old carrier thanks""", True, 10.0, "positive", "plan change to unlimited (main) + europe pass $10/month accepted; praises vs old carrier"),

("FR25_002", "James Carter", "2026-11-02T11:40:00", "clean", """A: Good afternoon, Harbor View Hotels reservations, this is James.
C: Hi, I'd like to book a sea-view room for the 14th and 15th of February, two adults.
A: Let me check that for you. One moment.
C: Sure. It's for our tenth anniversary, so I was hoping for the same room as last time, 412.
A: I'm so sorry, we're fully booked both nights. Valentine's weekend sold out weeks ago.
C: Nothing at all? Not even a standard room?
A: Not at this property, I'm afraid. Our sister hotel in Carlton Bay has rooms from $189 a night.
C: No, it has to be there, that's the whole point.
A: I understand. I can add you to the waitlist in case something opens up.
C: Fine, put me on it, I suppose. That's a shame, honestly. I really thought I'd get in.
A: You're on the waitlist; we'll call you at 555-0143 if anything frees up.
C: Okay. Bye.""", False, 0.0, "negative", "sold out, alternative hotel refused, waitlist is not a booking; quietly disappointed"),

("FR25_003", "Priya Nair", "2026-11-02T17:05:00", "asr", """A: good evening la piazza this is priya speaking
C: hi uh do you have a table for six tomorrow around seven
A: let me look um we have seven thirty or eight fifteen for six people
C: seven thirty works
A: and is that indoors or the patio
C: inside please it's supposed to rain
A: okay so that's six people tomorrow at seven thirty inside under what name
C: novak n o v a k
A: great and we do a set menu for groups at forty two per person would you like that
C: no we'll just order off the menu
A: no problem you're all booked mister novak
C: okay thanks see you tomorrow""", True, 0.0, "neutral", "picks 7:30 option and gives name, reservation booked; set menu declined"),

("FR25_004", "Tom Becker", "2026-11-03T08:25:00", "clean", """A: Thanks for calling Meridian Insurance, this is Tom. How can I help?
C: I want to cancel my home insurance. My renewal came in at $1,460 and that's $300 more than last year.
A: I'm sorry about the jump. Can I ask if you've had a quote elsewhere?
C: Yes, Coastline quoted me $1,150. Same cover, as far as I can tell.
A: Let me see what I can do. If I raise your deductible from $500 to $1,000 and apply our loyalty discount, your renewal comes to $1,190.
C: Still more than Coastline.
A: I can also add the claims-free credit, which brings it to $1,120 for the year.
C: Okay. So $1,120, same cover apart from the deductible?
A: That's right, everything else stays the same.
C: Alright, I'll stay with that then. Please send me the new documents.
A: Done. You'll have them by email within the hour.
C: Thanks.""", True, 0.0, "neutral", "accepts retention renewal offer; discounts are not upsell; calm, businesslike"),

("FR25_005", "Aisha Bello", "2026-11-03T10:50:00", "asr", """A: oakline furniture aisha speaking
C: hi i was in the store saturday and i wanna order the harlow bed the queen one
A: the harlow queen in walnut is one thousand one hundred ninety nine
C: yeah that's the one
A: would you like the matching nightstands they're two forty each
C: um how many drawers do they have
A: two drawers soft close
C: oh okay yeah give me two of those
A: so the bed plus two nightstands at two forty each delivery is free on orders over a thousand
C: perfect that's exactly what i wanted
A: great you're all set delivery on the twelfth between eight and noon
C: amazing thank you so much you've been super helpful""", True, 480.0, "positive", "bed ordered; two nightstands at $240 each = 480"),

("FR25_006", "Kenji Sato", "2026-11-03T14:32:00", "asr", """A: city power and gas this is kenji how can i help
C: yeah hi i've been on hold for forty minutes so that's great really great
A: i'm sorry about the wait what's going on
C: my bill is four hundred and twelve dollars for a two bedroom apartment i've never paid more than one twenty
A: let me pull up your account um it looks like an estimated reading was used in october
C: an estimate oh wonderful so you just made up a number
A: i can request an actual reading remotely and have the bill reissued there's no charge for that
C: no charge how generous
A: it should take three to five business days
C: sure and in the meantime you'll probably take the four hundred out of my account
A: i've put a hold on the autopay until the new bill is out
C: yeah okay whatever bye""", False, 0.0, "negative", "billing complaint, sarcastic throughout; free re-reading is not a purchase"),

("FR25_007", "Laura Smith", "2026-11-04T09:10:00", "clean", """A: Hi, is this Daniel Reyes? This is Laura from Stackwise, following up on your free trial.
C: Yes, speaking. Oh right, the project tool.
A: Your trial ends Friday. How have you and the team found it?
C: It's been fine. The Gantt view is nice, the mobile app less so.
A: Good to hear. The Team plan is $12 per user per month, and with 8 users you'd be at $96 a month.
C: And if we pay yearly?
A: Yearly brings it to $10 per user, so $960 for the year.
C: Okay. I'm interested, but I'd need to run it past our finance lead. Can you email me the details?
A: Of course. Same address, daniel@reyesdesign.co?
C: Yes, that's my email.
A: Sent. Should I extend your trial a week while you decide?
C: Sure, that would help. Thanks.""", False, 0.0, "neutral", "interest + email details + deferral to finance; free trial extension not a purchase"),

("FR25_008", "Diego Ramos", "2026-11-04T12:15:00", "asr", """A: bright smiles dental diego speaking
C: hi i need a cleaning i think it's been like a year
A: sure let me see i have thursday the nineteenth at ten forty or monday the twenty third at three
C: uh thursday's bad um monday at three
A: okay so just to confirm a cleaning and check up with doctor hale monday the twenty third at three pm
C: yes that's right do i need to bring anything
A: just your insurance card and come ten minutes early to update your forms
C: okay is parking still around the back
A: yep around the back it's free
C: okay cool thanks""", True, 0.0, "neutral", "picks Monday option, confirms read-back then asks a question"),

("FR25_009", "Hannah Kim", "2026-11-04T18:45:00", "asr", """A: hi this is hannah from clearflow gutters am i speaking with mister o'brien
C: yeah who's this
A: hannah from clearflow we did your neighbor's house at twenty two elm last week and we've got a crew in your street on the fourth
C: oh okay
A: it'd be a hundred and forty for the full clean front and back plus we check the downspouts
C: hmm a hundred forty okay
A: i can put you down for the fourth in the morning
C: uh let me check with my wife first she handles the house stuff
A: no problem can i call you back tomorrow
C: yeah call me tomorrow after six
A: will do thanks mister o'brien
C: yep bye""", False, 0.0, "neutral", "outbound; deferral to wife; yes to callback is not a purchase"),

("FR25_010", "Omar Haddad", "2026-11-05T10:05:00", "clean", """A: Riverside Arena box office, Omar speaking.
C: Hi! I want two tickets for the Lumen Quartet on Saturday the 21st.
A: Lovely. We have seats in row F at $65 each, or the balcony at $40 each.
C: Row F, definitely.
A: Would you like to add parking? It's $20 for the night in the North garage.
C: Yes, add that.
A: And the programme booklet is $8 if you'd like one.
C: No, just the tickets. Actually, hang on, take the parking off, my sister is driving us and she has a permit.
A: No problem, parking removed. So that's two Row F tickets for Saturday the 21st at 7:30 pm, $130 in total. Shall I put that through?
C: Yes please. I'm so excited, I've wanted to see them for years.
A: Done, your tickets will be emailed to you.
C: Fantastic, thank you!""", True, 0.0, "positive", "tickets bought; parking accepted then retracted by name, booklet declined"),

("FR25_011", "Sofia Rossi", "2026-11-05T13:20:00", "asr", """A: hillside auto service sofia speaking
C: yeah hi i'm calling because last time i was there you guys kept my car for two days for an oil change so i'm not thrilled
A: oh i'm really sorry about that let me look you're the twenty nineteen civic
C: yep
A: okay so we have a new express lane now oil changes are done in under an hour i could get you in wednesday at eight thirty
C: under an hour really um okay wednesday at eight thirty put me in
A: done and you're due for a tire rotation it's normally thirty but i can do it for twenty since you had a bad time last visit
C: twenty okay yeah do the rotation too
A: great so oil change plus rotation wednesday at eight thirty
C: alright that actually makes me feel a lot better thank you sofia really appreciate it
A: of course see you wednesday""", True, 20.0, "positive", "oil change booked; rotation revised 30->20 accepted; unhappy start, pleased end"),

("FR25_012", "Ben Walsh", "2026-11-05T16:55:00", "asr", """A: hi is this miss adeyemi this is ben calling from northgate bank about an offer on your account
C: how did you get this number
A: you're an existing customer so you're eligible for our platinum card with zero annual fee for the first year
C: no i'm not interested
A: it comes with three percent cash back on groceries
C: i said no thanks and this is the third call this month can you please take me off the list
A: i'm sorry about that i'll mark your account do not call
C: honestly it's really annoying i'm this close to moving my account
A: understood i've updated it you won't get further offers by phone
C: fine bye""", False, 0.0, "negative", "outbound card offer refused; annoyed by repeated calls"),

("FR25_013", "Chloe Martin", "2026-11-06T09:30:00", "clean", """A: Thanks for calling VoltMart, this is Chloe.
C: Hi, I'd like to order the Aero 14 laptop, model AX-1420, the 16GB version.
A: Sure, that one's $1,049. Is that for you?
C: For my daughter, she starts university in January.
A: Nice. Would you like the 3-year accidental damage cover? It's $129.99.
C: Given how she treats her phone, yes, add that.
A: Good call. Standard delivery is 5-7 days, or express is $15 and arrives Thursday.
C: Express, please. And can you include a laptop sleeve?
A: The sleeves are $24.99. Want one?
C: Hmm, no, she has one already. Just the laptop, the cover and express.
A: Perfect. Your order is placed; confirmation number VM-88213.
C: Brilliant, that was painless. Thanks so much!""", True, 144.99, "positive", "laptop bought; cover 129.99 + express 15 accepted; sleeve asked about then declined"),

("FR25_014", "Raj Patel", "2026-11-06T11:12:00", "asr", """A: skyway airlines raj speaking how can i help
C: hi i need to move my flight to denver from the eighth to the tenth
A: sure can i have the confirmation code
C: it's k l m four four seven wait no k l n four four seven
A: got it okay the ten fifteen am on the tenth has seats the change fee and fare difference come to sixty five dollars
C: uh sixty five okay yeah go ahead
A: alright i've moved you and for forty nine more i can put you in extra legroom row eight
C: um is it a window
A: aisle only in extra legroom
C: aisle's fine sure do it
A: okay you're in eight c on the tenth you'll get an email
C: okay thanks""", True, 49.0, "neutral", "paid flight change (main) + extra legroom $49 accepted after a question"),

("FR25_015", "Emma Novak", "2026-11-06T19:40:00", "asr", """A: peak fitness member services this is emma
C: hi i'd like to cancel my membership please
A: sorry to hear that can i ask why
C: honestly the place has gone downhill half the machines are broken and the classes keep getting cancelled
A: i understand i can offer you three months at half price nineteen fifty a month while we fix things
C: i appreciate that but no i've made up my mind
A: okay and there's no way we could change that
C: no really i'm not happy with how it's been it's just not worth it anymore
A: understood your membership will end on the thirtieth
C: okay thank you for your help""", False, 0.0, "negative", "retention offer refused; polite but clearly unhappy with the gym"),

("FR25_016", "Luis Ortega", "2026-11-07T10:00:00", "clean", """A: Skyview TV, Luis speaking, how can I help?
C: Hi, I'm moving into a new place on the 3rd and want to set up TV and internet.
A: Great. Our Home bundle is $79.99 a month for 300 Mbps and 150 channels, installation free.
C: Okay, sign me up for that.
A: Sure. And the sports pack is $14.99 a month extra.
C: Yes, add sports too.
A: I'll need to run a credit check. Can I get the address?
C: 58 Linden Road, apartment 4B. Hold on, you need a credit check? And a 24-month contract?
A: Yes, the bundle price requires a 24-month agreement.
C: No, then forget it, cancel the whole thing. I'm only there for a year.
A: Understood, I've cancelled the order. We do have no-contract internet at $65 if you want it.
C: I'll look online. Thanks anyway.""", False, 0.0, "neutral", "signed up + sports pack, then cancelled the whole order; calm, practical"),

("FR25_017", "Maria Lopez", "2026-11-07T19:25:00", "asr", """A: tony's pizza this is maria pickup or delivery
C: delivery please to fourteen oak street
A: okay what can i get you
C: two large pepperoni and uh one of them with extra olives
A: two large pepperoni one with extra olives that's thirty one ninety eight do you want garlic bread with that it's five ninety nine
C: oh yeah garlic bread for sure
A: and a two liter soda for three fifty
C: nah we're good on drinks
A: alright total with delivery comes to forty one forty seven about thirty five minutes
C: sweet you guys are the best honestly the only pizza we order
A: thanks enjoy""", True, 5.99, "positive", "pizza order placed; garlic bread 5.99 accepted, soda declined; delivery fee not upsell"),

("FR25_018", "James Carter", "2026-11-09T15:10:00", "asr", """A: guardian pest control james speaking
C: hi um we've got ants in the kitchen again and i wanted to know what a treatment costs
A: a one time interior treatment is one eighty nine or the quarterly plan is sixty nine a visit
C: one eighty nine wow okay and what's the quarterly plan include
A: four visits a year inside and outside and free callbacks between visits
C: and if i add the rodent check how much is that
A: that's another twenty five per visit
C: hmm yeah i'd do the quarterly plan if it were like fifty a visit but sixty nine is a lot
A: i can't go lower on that unfortunately but i could book the one time treatment
C: no i think i'll try the store stuff first and call back if it doesn't work
A: sure thing we're here till six
C: okay thanks""", False, 0.0, "neutral", "price questions only; conditional 'if it were fifty'; declines"),

("FR25_019", "Priya Nair", "2026-11-09T12:00:00", "clean", """A: Willow Barn Weddings, this is Priya.
C: Hi! We just got engaged and we're looking at venues for next September. Could we come and see the barn?
A: Congratulations! Yes, we do free tours on weekends. Saturday the 14th at 11:00 or 2:00, which suits?
C: 2:00 please. It'll be me and my fiance, and maybe my mum, so three of us.
A: Perfect. So a tour for three on Saturday the 14th at 2:00 pm, under what name?
C: Grace Mensah. Yes, that's right. Is there somewhere we can park?
A: There's a gravel car park by the gate, plenty of room. I'll text directions to 07700 900412.
C: Lovely. Your photos look gorgeous, by the way, it's top of our list.
A: That's kind of you! See you on the 14th.
C: Can't wait, thank you!""", True, 0.0, "positive", "free venue tour appointment booked (appointments count even when free); excited"),

("FR25_020", "Tom Becker", "2026-11-10T08:40:00", "asr", """A: meridian insurance this is tom
C: hi i got a quote online for my car and i had a couple questions
A: sure what's the quote number
C: it's uh q seven seven three one
A: okay that's the full coverage on the twenty twenty one rav four at a hundred and eight a month
C: right does that have a rental car if it's in the shop
A: it does up to thirty days so shall i start the policy today
C: yes um does it include roadside though
A: roadside is separate it's twelve a month
C: okay fine add roadside too
A: alright the policy starts today at twelve oh one am with roadside you'll get your cards by email
C: okay got it thanks""", True, 12.0, "neutral", "yes to closing question followed by a question; roadside $12/month accepted"),
]
