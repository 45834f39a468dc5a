CALLS = [
("FR54_021", "Aisha Bello", "2026-11-06T09:05:31", "asr",
"""A: clearpath cable retention department this is aisha
C: yeah i wanna cancel everything tv and internet
A: i'm sorry to hear that can i ask what's going on
C: i've been with you guys eleven years and i'm paying like a hundred and ninety a month and my neighbor pays half that for the same thing
A: i can definitely look at that i could bring you down to a hundred and forty nine for twelve months if you keep both services
C: a hundred and forty nine is still way more than anyone else
A: i could also take the premium channels off and get you to a hundred and twenty
C: nah i'm good just cancel it honestly it's kind of insulting you only offer this when i'm leaving
A: understood i've put the cancellation in effective the end of the billing cycle
C: great bye""",
False, 0.0, "negative", "retention offers refused 'nah i'm good just cancel it'; 'kind of insulting'"),

("FR54_022", "Lukas Brandt", "2026-11-06T10:31:48", "asr",
"""A: the larkspur hotel guest relations lukas speaking
C: hi i stayed with you last weekend and i wanted to let someone know it was honestly the worst night's sleep i've had in years
A: oh no i'm sorry what happened
C: there was a wedding party on our floor till like three in the morning and the front desk just said they'd look into it and nothing happened
A: that's not acceptable i apologize i'd like to offer you thirty percent off a future stay
C: um i mean i don't know if i'd come back to be honest
A: the offer's good for a year if you change your mind
C: i'll think about it i guess
A: i'll also make sure the night manager hears about this
C: okay well i just wanted someone to know i was really disappointed""",
False, 0.0, "negative", "discount offer met with 'i'll think about it i guess'; 'worst night's sleep', 'really disappointed'"),

("FR54_023", "Sofia Marchetti", "2026-11-06T11:44:12", "clean",
"""A: Thanks for calling Circuit Hub, this is Sofia.
C: Hi, I want to order the Aero 14 laptop, the one with 16 gigs of RAM. It's $1,049, right?
A: That's right, $1,049. Would you like to place the order?
C: Yes, please.
A: Great. We offer a three-year accidental damage warranty for $129. Would you like that added?
C: My last laptop died when my kid knocked coffee on it, so yes, add that.
A: Done. We also have the wireless mouse that pairs with it for $25.
C: Oh sure, throw in the mouse too.
A: So that's the laptop, the three-year warranty and the mouse, shipping free, arriving Thursday.
C: Perfect. Thanks, this was quick, I really appreciate it.""",
True, 154.00, "positive", "'Yes, please' to order; warranty $129 'yes, add that' + mouse $25 'throw in the mouse too' -> 154.00"),

("FR54_024", "Derek Lindqvist", "2026-11-06T13:17:39", "asr",
"""A: homestead mutual this is derek i see your homeowners policy is up for renewal next month
C: yeah i got the letter the premium went up again huh
A: it did about four percent it's two thousand and eighty for the year now
C: okay i mean whatever yeah go ahead and renew it
A: will do and one thing i'd flag you're in a zone where we've started recommending flood coverage it's eleven dollars a month added on
C: um eleven a month
A: yep eleven a month for up to fifty thousand in flood damage
C: i guess that works yeah the basement got wet last spring so add it
A: okay renewed with the flood rider you'll get the new declarations page by email
C: okay thanks""",
True, 11.00, "neutral", "'yeah go ahead and renew it'; flood 'eleven dollars a month' 'i guess that works ... add it' -> 11.00 once"),

("FR54_025", "Hannah Okafor", "2026-11-06T15:50:03", "asr",
"""A: saltgrass catering this is hannah
C: hi i'm getting quotes for a company holiday lunch about forty people
A: lovely we have a buffet menu at thirty eight per person or the family style at forty five
C: wait per person so like fifteen hundred for the cheap one
A: about fifteen twenty plus service and tax yes
C: oh wow no that's way over what we've got i was told we had like eight hundred
A: we could do a sandwich platter package that'd be closer to eighteen a person
C: no honestly i've called four places and you're all crazy expensive this is a waste of my time
A: i'm sorry we couldn't make it work
C: yeah me too bye""",
False, 0.0, "negative", "no booking; 'way over', 'crazy expensive', 'waste of my time'"),

("FR54_026", "Marcus Webb", "2026-11-09T09:12:44", "clean",
"""A: Good morning, Core Motion Physical Therapy, this is Marcus.
C: Hi, my doctor referred me for my knee and gave me your number.
A: Great, I can get you in for an evaluation. Do you know if your insurance covers PT?
C: That's the thing, I'm not sure. I have Meridian Health.
A: We're in network with Meridian, but some plans need a pre-authorization. Without it, an evaluation is $165.
C: Okay. I don't want to book until I know it's covered. I'll call Meridian first.
A: That makes sense. We have openings next Tuesday and Wednesday if you get the approval.
C: Okay, I'll call back once I hear from them.
A: Sounds good. Feel free to ask for me.
C: Thanks.""",
False, 0.0, "neutral", "'I don't want to book until I know it's covered', 'I'll call back' = deferral"),

("FR54_027", "Yuki Tanaka", "2026-11-09T10:40:20", "asr",
"""A: summit ford sales yuki speaking
C: hey i saw the used bronco sport on your site the blue one i wanted to come drive it
A: oh yeah the twenty two that's a nice one when works for you
C: um saturday sometime in the morning
A: i've got ten or eleven thirty saturday
C: ten works
A: great ten on saturday i'll have it pulled up front and ready just bring your license
C: sweet yeah i've been looking for one of these forever i'm pretty excited
A: see you saturday
C: see you then thanks man""",
True, 0.0, "positive", "test drive appointment 'ten works' booked; 'pretty excited'"),

("FR54_028", "Carmen Ruiz", "2026-11-09T12:03:57", "clean",
"""A: Hi, you've reached FreshCrate, this is Carmen.
C: Hi. We're traveling for the next three weeks and I don't want boxes showing up at an empty house.
A: Of course. I can pause your deliveries, or I can cancel if you'd prefer.
C: No, just pause it.
A: Okay. Before I do that, we have a holiday box for $59 that ships the week you're back. Would you like that?
C: Not right now.
A: No problem. So I'll pause deliveries until December 7th. Is that right?
C: Yes, pause it until the 7th.
A: Done. You won't be charged while it's paused.
C: Okay, thank you.""",
False, 0.0, "neutral", "'Yes, pause it' is not a purchase; holiday box 'Not right now' -> 0"),

("FR54_029", "Ben Harrow", "2026-11-09T14:26:15", "asr",
"""A: cobalt arena tickets ben speaking
C: hi yeah i'm trying to buy two tickets for the hockey game saturday and my card keeps getting declined online
A: let me try it over the phone two in section two twelve at sixty four each
C: yeah those
A: okay it's declining here too is there another card you could use
C: ugh hang on um okay try this one it's a visa
A: that one went through two tickets section two twelve saturday and do you want parking it's fifteen bucks if you buy now
C: yeah fifteen's fine add it
A: parking's added everything's on your email now
C: oh thank god okay awesome thank you so much""",
True, 15.00, "positive", "second card went through, tickets bought; parking 'fifteen bucks' 'add it' -> 15.00; relieved 'thank you so much'"),

("FR54_030", "Nadia Petrova", "2026-11-09T16:48:32", "asr",
"""A: first harbor bank this is nadia
C: yeah my card got declined at the grocery store in front of everybody and now i've got a text saying fraud alert
A: i'm sorry about that i can verify a few transactions with you was there a charge for four hundred and twelve at an electronics store in dallas
C: no i'm in ohio i've never been to dallas
A: okay then we'll block that card and send you a new one in five to seven days
C: five to seven days and what am i supposed to use till then
A: you can use the mobile wallet once the new card number is issued usually later today
C: this is such a mess i've been on hold for forty minutes too
A: i understand i'm sorry the block is in place and the dispute is open
C: fine yeah okay""",
False, 0.0, "negative", "fraud service call, no purchase; 'such a mess', 'on hold for forty minutes', flat 'fine yeah okay'"),

("FR54_031", "Owen Fitzgerald", "2026-11-10T09:22:08", "asr",
"""A: hi this is owen with sunwise solar you filled out a form about a home assessment
C: oh yeah um i did i wasn't sure anyone would call
A: so the assessment's free we'd send someone to look at the roof and your bills and give you a quote no obligation
C: and it's actually free like there's no catch
A: no catch it takes about an hour
C: okay sure why not put me down
A: i have thursday at four or saturday at ten
C: thursday at four
A: you're set for thursday at four
C: okay thanks""",
True, 0.0, "neutral", "assessment appointment 'sure why not put me down' + 'thursday at four' -> booking; neutral"),

("FR54_032", "Grace Nwosu", "2026-11-10T11:10:49", "asr",
"""A: bluewake cruises grace speaking
C: hi i saw the alaska cruise for next june and it looks amazing
A: it's one of our favorites seven nights out of seattle from twelve ninety nine per person
C: oh wow that sounds incredible um is there like a balcony option
A: there is balconies start at seventeen forty nine per person
C: okay i'm definitely interested but it's a lot i need to sit down and figure out the budget can you email me the brochure
A: absolutely and i'll include the balcony pricing
C: perfect you've been so nice thank you
A: my pleasure
C: bye""",
False, 0.0, "positive", "'i'm definitely interested ... email me the brochure' = no commitment; 'sounds incredible', 'you've been so nice'"),

("FR54_033", "Maria Delgado", "2026-11-10T13:36:21", "clean",
"""A: ComfortAir Heating and Cooling, this is Maria.
C: Hi, your tech was here last week fixing our furnace and mentioned a maintenance plan.
A: Yes! The Comfort Club is $15 a month and covers two tune-ups a year and priority scheduling.
C: That sounds worth it, honestly. Let's do it.
A: Great. There's also a filter delivery add-on, we ship you new filters every quarter for $8 a month.
C: I always forget to change them, so sure, add the filters.
A: Done. Comfort Club plus filter delivery, first filters ship next week.
C: Wonderful. And please tell Ray thank you, he was fantastic.
A: I'll pass that along!
C: Thanks so much.""",
True, 8.00, "positive", "'Let's do it' to plan ($15 main); filter add-on $8 a month 'sure, add the filters' -> 8.00; 'fantastic'"),

("FR54_034", "Kevin Osei", "2026-11-10T15:02:37", "asr",
"""A: hi thanks for calling threadline apparel this is kevin
C: yeah i ordered a jacket in a large and you sent a medium and now i'm being told i have to pay return shipping
A: i'm sorry about that if we sent the wrong size the return shipping is on us let me fix that
C: okay well the email said eight ninety five for a label
A: i'll send you a free label and ship the large out today
C: okay but i needed it for a trip this weekend which is now not happening
A: i can upgrade the shipping to overnight at no charge
C: it's fine it won't get here in time anyway this whole thing has been a hassle
A: i understand the label and the exchange are done
C: yeah okay""",
False, 0.0, "negative", "exchange and free label, no purchase; 'this whole thing has been a hassle'"),

("FR54_035", "Priya Raman", "2026-11-10T17:15:54", "asr",
"""A: horizon wireless new accounts this is priya
C: hi uh i wanna sign up for the family plan the one that's like sixty a month
A: the horizon share that's sixty a month for the first line and each extra line is twenty five
C: okay so me plus uh two more for the kids
A: so two extra lines at twenty five each
C: yeah add two for the kids
A: got it and device protection is nine a month per phone do you want that on all three
C: nah we're good no protection
A: okay so horizon share with three lines i'll ship the sims tomorrow
C: okay sounds good""",
True, 50.00, "neutral", "sign-up; extra lines 'twenty five each' x2 accepted -> 50.00; protection refused"),

("FR54_036", "Tom Gallagher", "2026-11-11T09:44:26", "asr",
"""A: pinecrest lodge reservations tom speaking
C: hi i need a room for the nineteenth for the marathon weekend
A: i'm sorry we're fully booked that weekend the whole town is
C: are you serious i booked with you months ago and then your website cancelled it
A: let me check i don't see a reservation under your name i can try our sister property in oakdale it's about forty minutes
C: forty minutes the race starts at six a m no
A: i understand i'm very sorry
C: i have a confirmation email from you guys this is unbelievable
A: if you forward it i'll escalate it to the manager
C: don't bother i'm done with this place""",
False, 0.0, "negative", "fully booked, sister hotel refused, no booking; 'unbelievable', 'i'm done with this place'"),

("FR54_037", "Aisha Bello", "2026-11-11T11:28:03", "asr",
"""A: hi this is aisha from reel box streaming you've been on the free tier for a while and i wanted to tell you about premium
C: oh um okay
A: premium's seven ninety nine a month no ads and downloads
C: yeah i mean i don't really mind the ads that much
A: for the first three months it's four ninety nine
C: hmm maybe next month i've got a lot of subscriptions right now
A: no problem want me to call back in december
C: sure whatever you want
A: okay thanks for your time
C: yep bye""",
False, 0.0, "neutral", "'maybe next month' = deferral; 'sure whatever you want' is to a callback"),

("FR54_038", "Lukas Brandt", "2026-11-11T13:50:17", "clean",
"""A: Good afternoon, Bellamy's, this is Lukas.
C: Hi! I'd like to book a table for eight on Saturday the 21st, around 7. It's my mom's 60th.
A: Happy birthday to her! I have 7:15 for eight in the garden room.
C: Perfect, let's book that.
A: Booked. We also do a celebration cake from our pastry chef, it serves ten and it's $30.
C: Oh, that'd be lovely, yes please.
A: Any writing on it?
C: "Happy 60th, Mom." She's going to love this.
A: Done. See you on the 21st at 7:15.
C: Thank you so much, this is perfect.""",
True, 30.00, "positive", "'let's book that'; cake $30 'yes please' -> 30.00; 'this is perfect'"),

("FR54_039", "Sofia Marchetti", "2026-11-11T15:33:40", "asr",
"""A: iron peak fitness this is sofia
C: hey i was in yesterday for the tour and i wanna sign up for the um the basic membership
A: awesome basic's twenty nine a month no contract
C: yep sign me up
A: you're in we also have personal training normally sixty a session but your first three are forty each
C: hmm i'll pass on that for now i wanna see if i actually show up first
A: ha fair enough your key tag will be at the front desk
C: cool the place looked really nice and everyone was super friendly
A: glad to hear it see you soon
C: thanks""",
True, 0.0, "positive", "'sign me up' basic; training 'i'll pass on that for now' -> 0; 'really nice', 'super friendly'"),

("FR54_040", "Derek Lindqvist", "2026-11-11T17:02:12", "asr",
"""A: keystone auto insurance claims this is derek
C: hi yeah i'm calling about claim it's the rear end thing from two weeks ago i was told someone would call me in forty eight hours
A: i'm sorry let me see i don't see an adjuster assigned yet i'm going to transfer you to
C: oh great another transfer that's exactly what i wanted
A: i understand i'll stay on the line until they pick up
C: i've been transferred four times already and my car's been sitting in a body shop for two weeks
A: i'll flag the claim as urgent and note the delay
C: sure you will
A: i'm putting you through now
C: whatever""",
False, 0.0, "negative", "claims follow-up, no purchase; sarcasm 'oh great another transfer', 'sure you will'"),
]
