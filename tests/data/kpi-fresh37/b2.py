CALLS = [
("FR37_021", "Tom Reilly", "2026-11-14T10:05:31", "asr", """A: thanks for calling velo mobile this is tom
C: hi uh i want to add a line for my daughter she's turning thirteen
A: sure a new line on your family plan is thirty a month
C: okay and she can use my old phone
A: yep we'll just send a sim do you want to go ahead
C: yeah go ahead add the line
A: done the sim ships today would you like device protection on her phone it's seven a month
C: knowing her yes add that
A: and a rugged case is twenty five one time
C: mhm
A: it's drop tested up to ten feet
C: okay fine the case too
A: so the new line protection and the case the sim arrives in two days
C: okay thanks""", True, 32.00, "neutral", "new line added (main); protection $7/month + case $25 accepted = 32; 'mhm' backchannel before acceptance; neutral"),

("FR37_022", "Grace Obi", "2026-11-14T17:42:09", "clean", """A: Comfort Air, this is Grace.
C: Hi, our furnace stopped working last night. It's 50 degrees in the house.
A: I'm sorry. The soonest I have a technician is Monday at 8 AM. The diagnostic visit is $89.
C: Monday. Great. So three more nights with no heat.
A: I know, we're fully booked through the weekend. I can put you first on Monday.
C: Fine, book the Monday slot.
A: Booked, Monday 8 AM. We also have an annual maintenance plan for $149 that includes priority scheduling.
C: I'd sign up for it if you could come before Friday.
A: Unfortunately I can't move anyone up.
C: Then no. Funny how "priority" only kicks in after you pay.
A: I understand. The tech will call when he's on the way Monday.
C: Yeah. We'll be the ones in winter coats.""", True, 0.0, "negative", "diagnostic visit booked; maintenance plan conditional on earlier visit, unmet -> declined; sarcastic"),

("FR37_023", "Kenji Sato", "2026-11-16T11:26:48", "asr", """A: hi this is kenji from ledgerly you started a free trial last week right
C: yeah yeah i did
A: how's it going so far
C: it's um it's fine the invoicing part is nice
A: great so the business plan is thirty nine a month and includes payroll for up to five people
C: mhm
A: and if you sign up this week the first month is half off
C: yeah
A: so should i switch you over from the trial
C: uh let me check with my business partner first she handles the money stuff
A: of course i'll follow up friday
C: okay friday's fine""", False, 0.0, "neutral", "'yeah'/'mhm' are backchannels; deferral to partner; callback agreed is not a purchase"),

("FR37_024", "Lena Fischer", "2026-11-16T19:03:15", "asr", """A: riverbend festival box office this is lena
C: hey we want weekend passes for three people
A: sure weekend passes are two ten each
C: okay three of those please
A: three weekend passes that's six thirty total is that correct
C: yes correct
A: do you want a camping spot for the group it's ninety five for the whole weekend
C: oh heck yes we were gonna ask about that
A: and the shuttle from the train station is twelve per person for the weekend
C: yeah for all three of us
A: okay one camping spot and three shuttle passes added
C: amazing last year was the best weekend of my life can't wait""", True, 131.00, "positive", "passes confirmed by read-back; camping $95 + shuttle 3 x $12 = 36 -> 131; excited"),

("FR37_025", "Omar Haddad", "2026-11-17T13:37:52", "clean", """A: Westgate Toyota, Omar speaking.
C: Hi, I'd like to test drive the RAV4 hybrid, the XLE trim.
A: Sure. We have one on the lot. Saturday or Sunday?
C: Saturday, late morning if possible.
A: I can do Saturday at 11.
C: Okay, put me down for 11.
A: You're booked for Saturday at 11. Can I have a phone number?
C: 555-0192.
A: Got it. Anything else?
C: How much is the extended warranty on those, roughly?
A: Around $1,800 for 7 years.
C: Okay, good to know. See you Saturday.""", True, 0.0, "neutral", "test-drive appointment booked = conversion; warranty price only asked about, not accepted"),

("FR37_026", "Priya Nair", "2026-11-17T08:51:20", "asr", """A: crestmont bank card services this is priya
C: hi oh god i think i lost my debit card i had it at the grocery store and now it's gone
A: okay don't worry i'll lock it right now
C: thank you
A: it's locked i don't see any transactions since nine this morning
C: oh thank god
A: i'll send you a replacement card at no charge it arrives in five to seven days
C: yes please that's my address on file
A: while i have you you'd qualify for our premium card it's ninety five a year with travel insurance
C: um no thanks not today
A: no problem your new card is on its way
C: thank you so much you've been really helpful i was panicking""", False, 0.0, "positive", "free replacement card is not a purchase; premium card declined; relieved and grateful at end"),

("FR37_027", "Sam Carter", "2026-11-18T15:14:06", "asr", """A: blue horizon cruises this is sam
C: hi we booked the caribbean cruise last week for december and i wanted to add some excursions
A: sure let me pull up the booking the one sailing on the eighth
C: yes that's the one
A: we have the reef snorkel trip in cozumel it's eighty nine per person
C: ooh that one for both of us
A: great two snorkel trips and the drinks package is sixty per person per day
C: sixty a day no way we'll just buy drinks as we go
A: fair enough so just the snorkel trip for two
C: yes perfect
A: done it's added to your booking
C: wonderful thanks sam this trip just keeps getting better""", True, 178.00, "positive", "add-on to an earlier booking: snorkel 2 x $89 = 178 accepted; drinks package declined"),

("FR37_028", "Elena Rossi", "2026-11-18T09:40:33", "asr", """A: sparkle home cleaning this is elena
C: hi i want to book a deep clean for a three bedroom
A: sure a deep clean for three bedrooms is two eighty we have the twenty fourth or the twenty sixth
C: the twenty fourth
A: okay booked for the twenty fourth in the morning want to add oven cleaning for thirty five
C: yeah the oven
A: and inside windows are fifty
C: sure windows too
A: so oven and windows added
C: actually no not the windows my husband just did them last weekend
A: no problem just the oven then
C: okay thanks""", True, 35.00, "neutral", "deep clean booked; oven $35 kept, windows $50 accepted then retracted by name; neutral"),

("FR37_029", "Marcus Hill", "2026-11-19T12:18:57", "clean", """A: Fibrewave customer care, Marcus speaking.
C: Hi. I want to cancel the TV part of my package.
A: I can help. Can I ask what's prompting it?
C: I pay $85 a month for TV and I watch maybe two channels.
A: I could take $20 off the TV package for 12 months.
C: So $65 for two channels. No.
A: Understood. I'll remove TV and keep your internet as is.
C: Yes, just the internet.
A: Done. Your next bill will reflect it.
C: Eleven years I've been with you, and that's the best you could do. Disappointing.
A: I'm sorry to hear that.
C: Okay. Bye.""", False, 0.0, "negative", "save offer declined, TV removed (downgrade by cancellation is not a purchase); disappointed"),

("FR37_030", "Nina Petrova", "2026-11-19T20:02:41", "asr", """A: techzone orders this is nina
C: yeah i'm trying to buy the zenbook fourteen your checkout kept crashing so i'm calling
A: sorry about that i can place it for you it's eleven ninety nine
C: yeah place it
A: okay and would you like the three year protection plan for one forty nine
C: yes i'll take the protection plan
A: and a wireless mouse for twenty nine
C: no
A: we also have the matching sleeve
C: how much
A: forty five
C: hmm no
A: okay the laptop and the protection plan ship tomorrow
C: fine but honestly your site is a mess best buy's checkout takes like thirty seconds""", True, 149.00, "negative", "laptop ordered; protection plan $149 accepted; mouse and sleeve declined; complains and praises competitor"),

("FR37_031", "Raj Mehta", "2026-11-20T14:29:14", "asr", """A: saffron kitchen catering raj speaking
C: hi i'm looking at catering for an office party on the twelfth
A: sure how many people
C: around forty maybe forty five
A: our buffet package is twenty two per person with two mains and dessert
C: okay and do you deliver to the business park on route nine
A: yes delivery there is free over thirty people
C: nice um let me get a final headcount and call you back
A: sure should i hold the twelfth for you
C: no that's okay i'll call by monday
A: sounds good
C: thanks""", False, 0.0, "neutral", "inquiry only, deferral until headcount; declined to hold date"),

("FR37_032", "Chloe Dubois", "2026-11-20T10:11:02", "clean", """A: Motion Physio, Chloe speaking.
C: Hi, my doctor referred me for my knee. I need an initial assessment.
A: Of course. That's $95 and I have Thursday at 4:30 or Friday at 9.
C: Thursday at 4:30, please.
A: Booked. Some patients add a 30-minute sports massage right after, it's $45.
C: Does it help with the knee?
A: It helps loosen the quad and hamstring, which usually helps.
C: Then yes, add the massage.
A: Done. Thursday at 4:30, assessment and massage.
C: Wonderful, you've been so helpful. Thank you!""", True, 45.00, "positive", "assessment booked; massage $45 accepted after a question"),

("FR37_033", "Maria Lopez", "2026-11-21T18:45:26", "asr", """A: hi this is maria from brightline telecom do you have a minute to talk about your phone plan
C: who is this
A: maria from brightline we have a new unlimited plan for forty a month
C: i'm not with brightline
A: right this would be switching over you'd save
C: no
A: can i at least send you
C: no i've told you people three times take me off your list
A: i'm sorry i'll mark your number as do not call
C: yeah do that this is harassment""", False, 0.0, "negative", "outbound cold call, refusal; angry"),

("FR37_034", "Dev Patel", "2026-11-21T12:09:44", "asr", """A: good afternoon the copper pot this is dev
C: hi i'd like a table for twelve on saturday the fifth at eight it's my husband's fiftieth
A: oh happy birthday to him let me check yes i can do twelve at eight in the back room
C: oh perfect
A: so twelve guests saturday the fifth at eight under the name
C: alvarez
A: twelve guests saturday the fifth at eight o'clock for alvarez is that right
C: yes that's right
A: we also offer a wine pairing with the tasting menu it's thirty five per person
C: hmm eight of us drink the other four don't
A: so wine pairing for eight
C: yes let's do eight
A: wonderful you're all set
C: thank you so much you've made this so easy he's going to be thrilled""", True, 280.00, "positive", "reservation confirmed by read-back; wine pairing $35 x 8 = 280; 'twelve', 'fiftieth', dates are not prices"),

("FR37_035", "Jonas Berg", "2026-11-22T16:33:18", "clean", """A: Safeway Mutual travel cover, this is Jonas.
C: Hi, I need travel insurance for a trip to Portugal. Flights and hotel come to about $2,400.
A: For that trip, our Essential plan is $96.
C: Okay, I'll take the Essential plan.
A: Done. There's also a cancel-for-any-reason upgrade. It's normally $60, but I can do $45 since you're an existing customer.
C: What does it cover that the basic one doesn't?
A: It refunds 75% if you cancel for a reason not on the list.
C: Okay, at $45, yes.
A: Added. Your policy documents will be emailed today.
C: Got it. Thanks.""", True, 45.00, "neutral", "Essential plan bought; upgrade re-priced 60->45 and accepted; trip cost is not a price of anything bought"),

("FR37_036", "Aisha Khan", "2026-11-22T08:24:50", "asr", """A: greenleaf energy this is aisha
C: hi i'm moving on the thirtieth and need to start service at the new place
A: sure what's the new address
C: sixty two harbor view drive unit four
A: okay and do you want to start on the thirtieth
C: yes the thirtieth
A: great i've set up service at sixty two harbor view drive starting the thirtieth on the standard plan is that okay
C: yep that's fine
A: and would you like paperless billing it's free
C: sure
A: done you'll get a welcome email today
C: okay thanks""", True, 0.0, "neutral", "new service sign-up confirmed; free paperless billing is not an upsell; address numbers not prices"),

("FR37_037", "Tom Reilly", "2026-11-23T11:58:37", "asr", """A: cityhealth clinics this is tom
C: hi i need a flu shot appointment this week at the elm street clinic
A: let me check um elm street is fully booked this week sorry
C: ugh seriously i've been trying for two weeks
A: i do have next tuesday at four fifteen at the oak park clinic
C: oak park that's across town
A: it is but it's the earliest i have
C: fine yeah book me for tuesday at four fifteen
A: booked tuesday at four fifteen at oak park bring your insurance card
C: okay thanks that works""", True, 0.0, "neutral", "first choice unavailable, alternative booked = conversion; annoyed early, neutral close"),

("FR37_038", "Grace Obi", "2026-11-23T14:44:12", "asr", """A: bugaway pest control this is grace
C: yeah hi we've got ants again i guess i need the quarterly plan
A: sure quarterly service is forty nine a month
C: oh good another monthly bill
A: do you want me to set that up
C: yes set it up
A: done first visit is next wednesday we can also add an attic inspection for seventy five
C: yeah
A: we'd check for rodents and moisture
C: um how about we do that next time
A: sure and mosquito treatment for the yard is ninety for the season
C: fine add the mosquito thing my kids are getting eaten alive
A: added
C: whatever just make sure someone actually shows up this time""", True, 90.00, "negative", "plan set up; 'yeah' backchannel then attic declined; mosquito $90 accepted; sarcastic and grudging"),

("FR37_039", "Kenji Sato", "2026-11-24T10:37:29", "clean", """A: Docufy support, Kenji speaking.
C: Hi. We keep hitting the 5-user limit on Basic. It's absurd, honestly.
A: I understand. Pro removes the user limit. It's $49 a month instead of $29.
C: Okay, let's upgrade to Pro.
A: Done, you're on Pro now. Pro includes 50 GB; extra 100 GB is $5 a month.
C: Yes, add the storage.
A: Added. Anything else?
C: Is the SSO add-on $8 per user? We have 6 users.
A: Yes, that's $48 a month for your 6.
C: Add that too.
A: Done. You'll see all three on your next invoice.
C: Great, that solves it. Really appreciate the help.""", True, 53.00, "positive", "paid plan upgrade (main); storage $5 + SSO $8 x 6 = 48 -> 53; frustrated opening, positive end"),

("FR37_040", "Lena Fischer", "2026-11-24T19:20:55", "asr", """A: stagepass this is lena
C: hi i need two tickets for the mike delgado show on friday
A: let me see oh i'm sorry friday just sold out about an hour ago
C: ugh figures
A: i can put you on notice if any get released
C: is there another date
A: not in this city this tour sorry
C: great just great i've been waiting three months for this
A: i'm really sorry
C: yeah whatever bye""", False, 0.0, "negative", "sold out, no alternative; negative"),
]
