CALLS = [
("FR21_061", "Fiona McBride", "2026-11-01T14:30:09", "asr", """A: hi this is fiona from vistaflix we're offering our streaming bundle with cinewave and a music service for twenty four ninety nine
C: oh okay what do i pay now
A: you pay thirteen forty nine for just us so it's about eleven more for two more services
C: hm
C: can i just sign up online later if i decide
A: yes it's in the account page under plans
C: okay i'll look at it and maybe do it myself
A: sure thing enjoy your evening
C: yep you too""", False, 0.0, "neutral", "question and maybe-later; no commitment"),

("FR21_062", "Jamal Carter", "2026-11-03T08:39:46", "asr", """A: core fit studio this is jamal
C: hi i want to cancel forty nine a month is just too much right now and i'm annoyed the price went up without warning
A: i hear you we should have told you sooner i can put you on our nineteen ninety nine off peak plan
C: off peak meaning what
A: any time before four on weekdays and all weekend
C: hm i mostly go in the mornings anyway
C: okay i'll stay on the nineteen ninety nine plan
A: great and the off peak plan doesn't include classes you can add a class pass for ten more a month
C: yeah add the class pass i'd miss yoga
A: done nineteen ninety nine plus ten for classes
C: thanks that's actually really fair i appreciate you working with me""", True, 10.0, "positive", "accepts save plan; class pass $10/month accepted; annoyed start, appreciative end"),

("FR21_063", "Ingrid Olsen", "2026-11-04T11:11:58", "clean", """A: Harborline claims, Ingrid speaking.
C: I got a letter denying my claim for the water damage in my basement. Claim number 7731-B.
A: Let me pull it up. The adjuster found the damage came from gradual seepage, which the policy excludes.
C: Gradual? The pipe burst on a Tuesday night. I have photos.
A: You can file an appeal with the photos within 60 days.
C: I've paid you $2,300 a year for eleven years and the one time I need you, you find a loophole.
A: I understand. I'll email you the appeal form.
C: Fine. I'll be appealing and I'll be shopping for a new insurer.""", False, 0.0, "negative", "claim denial complaint; numbers are claim no./premiums; angry"),

("FR21_064", "Samuel Park", "2026-11-05T13:03:31", "asr", """A: hi this is samuel from datawise crm do you have a minute to talk about your sales pipeline
C: who is this
A: samuel from datawise we help small businesses like yours track leads our starter plan is only twenty nine a month
C: how did you get this number
A: it's listed on your website as the main line
C: okay look i'm in the middle of a job take me off your list
A: of course i'm sorry to bother you
C: yeah""", False, 0.0, "negative", "cold call refused; irritated"),

("FR21_065", "Priya Nair", "2026-11-06T10:25:14", "asr", """A: greenfork meals this is priya
C: hi can i change my delivery day from tuesday to thursday
A: sure there's no charge for that let me update it
C: okay
A: your next box will come thursday the nineteenth
C: and the one after that
A: thursday the twenty sixth and every thursday after
C: okay great that's all thanks""", False, 0.0, "neutral", "free delivery-day change, no purchase; routine"),

("FR21_066", "Marcus Webb", "2026-11-07T17:44:27", "clean", """A: Northpoint Wireless, Marcus speaking.
C: Hi. I want to add a line for my daughter. She's 13. I don't want her running up a bill.
A: Understood. A kids line with parental controls is $25 a month. Shall I add it?
C: Yes, but are the controls actually easy to set up?
A: Yes, it's all in the app, takes about 5 minutes.
C: Okay.
A: Would you like device protection for her phone, $7 a month? Covers cracked screens.
C: She's 13. Yes, add the protection.
A: Done. And a hotspot allowance for $10?
C: No, she doesn't need that.
A: All set. The SIM ships today.""", True, 7.0, "neutral", "yes-with-question commits to new line; protection $7/month accepted, hotspot declined; guarded but neutral"),

("FR21_067", "Elena Sokolova", "2026-11-09T12:58:36", "asr", """A: lakeside honda service this is elena
C: hi my brakes are squeaking i need someone to look at them
A: i have friday at eight a m
C: friday at eight okay book it
A: booked and we can replace your cabin filter while it's in thirty nine ninety five
C: yeah sure
C: wait how much is the brake job itself gonna be
A: usually around three twenty for front pads and rotors
C: three twenty oh man okay never mind cancel the whole appointment my brother has a shop i'll have him do it
A: no problem i've cancelled it
C: okay thanks anyway""", False, 0.0, "neutral", "appointment and filter accepted, then whole appointment cancelled -> no conversion, no upsell"),

("FR21_068", "Tomas Ruiz", "2026-11-10T18:18:18", "asr", """A: hi this is tomas from safe haven security you asked for a call back about the video doorbell
C: yeah packages keep getting stolen off my porch it's driving me nuts
A: the doorbell pro is one ninety nine and it records everything to the app
C: okay i'll take it
A: great and we offer a two year extended warranty for forty nine
C: what does that cover
A: any hardware failure we ship you a new one next day
C: okay yeah forty nine for two years sure add the warranty
A: done it ships tomorrow
C: awesome man thank you finally something i can do about it""", True, 49.0, "positive", "doorbell main; warranty $49 accepted after question; relieved/pleased"),

("FR21_069", "Dana Whitfield", "2026-11-12T09:07:42", "clean", """A: Tavola Catering, Dana speaking.
C: Hi, I need catering for an office lunch on December 10th, 40 people, at 300 Market Street, 12th floor.
A: Great. Our lunch buffet is $22 per person, so $880 for 40. Shall I book that?
C: Yes, book it for noon.
A: Booked for noon on the 10th. Would you like to add a dessert tray? It's $85 and serves 40.
C: Sure, add the dessert tray.
A: Added. We'll arrive at 11:30 to set up.
C: Okay, that works.""", True, 85.0, "neutral", "buffet main; headcount/address not prices; dessert tray $85 accepted; neutral"),

("FR21_070", "Kofi Mensah", "2026-11-13T20:12:50", "asr", """A: streamly support this is kofi
C: everything's buffering every show every night it's unwatchable
A: sorry about that let's try clearing the app cache
C: i did that i did all of that
A: okay can you try lowering the quality to hd instead of four k
C: so i pay for four k and the fix is to not use four k
A: it's just to test if it's the connection
C: this is ridiculous i pay for this every month
C: i'm done for tonight""", False, 0.0, "negative", "support only; frustrated and sarcastic at end"),

("FR21_071", "Hannah Brooks", "2026-11-14T15:52:04", "asr", """A: roadways car rental this is hannah
C: hi i need a car at the airport from the sixth to the tenth
A: i have a midsize for forty two a day so one sixty eight for the four days
C: okay go ahead and book it
A: done and would you like our collision coverage it's fifteen a day for the four days so sixty total
C: um my credit card might cover that
C: actually no i don't want the hassle yeah add the coverage
A: added pickup at terminal b
C: okay good""", True, 60.0, "neutral", "rental booked; coverage $15/day x 4 days = 60 (agent states total) accepted; neutral"),

("FR21_072", "Ravi Shankar", "2026-11-16T11:44:35", "asr", """A: hi this is ravi with meridian home insurance your policy renews december first at two thousand one hundred
C: two thousand one hundred it was fifteen hundred last year
A: yes rebuilding costs went up in your area
C: that's robbery honestly
A: i can add a higher deductible to bring it down
C: no don't renew it i'm getting quotes elsewhere
A: okay i'll note that you don't want it renewed
C: yeah do that""", False, 0.0, "negative", "renewal refused; price increase anger"),

("FR21_073", "Leah Goldberg", "2026-11-17T10:02:48", "clean", """A: Iron Peak Fitness, Leah speaking.
C: Hi, do you have spin classes in the evenings?
A: Yes, Monday through Thursday at 6 and 7:15 pm. Members get unlimited classes on the $49 plan.
C: And is there a joining fee?
A: It's $25, but it's waived this month.
C: Okay. I'm interested, can you email me the class schedule and prices?
A: Of course. What's your email?
C: It's m.ortiz@webmail.com.
A: Sent. Hope to see you soon.
C: Thanks.""", False, 0.0, "neutral", "interest with email request only; no commitment"),

("FR21_074", "Omar Haddad", "2026-11-18T14:14:09", "asr", """A: hi this is omar from ledgerly your annual plan renews on the twenty fifth
C: oh right thanks for the heads up
C: actually we won't be renewing we moved our books to tallybook last month
A: oh may i ask what made you switch
C: honestly their bank sync just works and yours broke every other week
A: i'm sorry to hear that i can offer twenty percent off the renewal
C: that's kind but no thanks we're happy where we are now
A: understood i'll turn off auto renew""", False, 0.0, "negative", "polite refusal, praises competitor, criticises product"),

("FR21_075", "Grace Liu", "2026-11-19T16:37:23", "asr", """A: hi this is grace with freshplate your account's been paused since august
C: oh hi yeah we took a break over the summer
A: we'd love to have you back shall i restart your plan three meals a week for two
C: yes please we've been eating takeout every night it's terrible
A: great and since the kids are older have you thought about the family size portions it's six more per box
C: oh yes my son eats like two dinners let's do the family size
A: done restarting with family size next thursday
C: perfect you're a lifesaver thank you""", True, 6.0, "positive", "restarts plan; family-size upgrade $6/box accepted; happy"),

("FR21_076", "Bruno Costa", "2026-11-20T09:49:17", "clean", """A: Good morning, this is Bruno from Solana Resort's rewards team. You have 42,000 points, enough for two free nights.
C: Oh, really? That's lovely news. Do they expire?
A: They're good until June 30th.
C: Okay, good to know.
A: We also have a winter package: two nights plus a third night at $150. Would you like me to reserve dates?
C: That sounds wonderful. Let me check with my wife first, she has the calendar.
A: Of course. Shall I call back next week?
C: Yes, please, Tuesday would be great. Thank you for letting me know!""", False, 0.0, "positive", "deferral to wife; points count is not a price; warm"),

("FR21_077", "Fiona McBride", "2026-11-21T12:26:31", "asr", """A: first harbor bank this is fiona
C: hi i was charged a thirty five dollar overdraft fee but the deposit posted the same day
A: let me look yes the deposit came in at four fifteen after the cutoff
C: oh
A: as a one time courtesy i can refund the fee
C: okay i guess thanks
C: i just thought after twelve years with you that would count for something more
A: i understand
C: yeah it's fine bye""", False, 0.0, "negative", "fee refund only; quietly disappointed"),

("FR21_078", "Jamal Carter", "2026-11-23T13:31:52", "asr", """A: sparkle home cleaning this is jamal
C: hi i need a deep clean before thanksgiving three bedroom house
A: i'm sorry we're fully booked through the twenty sixth
C: nothing at all even early morning
A: no i'm afraid every crew is booked the earliest is the twenty ninth
C: that's after thanksgiving so no never mind then
A: sorry about that
C: okay bye""", False, 0.0, "neutral", "no availability, alternative not taken; calm"),

("FR21_079", "Ingrid Olsen", "2026-11-24T18:05:40", "clean", """A: Hi, this is Ingrid from Cinewave. Is this Mr. Adeyemi?
C: Yes.
A: I'm calling about a special offer: 3 months of Cinewave Premium for $1 a month. Can I confirm your email is t.adeyemi@postbox.net?
C: Yes, that's my email. But I never signed up for anything with you.
A: You had a trial two years ago.
C: Right. I'm not interested, and I didn't ask for this call.
A: I understand, I'll remove you from the list.
C: Thank you. Please make sure it actually happens.""", False, 0.0, "negative", "yes only to email; offer refused; annoyed"),

("FR21_080", "Samuel Park", "2026-11-25T10:17:06", "asr", """A: guardpoint security this is samuel
C: hi we just had new windows put in and i want to look at the pro monitoring
A: sure pro adds cellular backup and video verification it's forty four ninety nine a month versus your thirty four ninety nine
C: yeah let's do it upgrade me
A: great and for the new windows we have glass break sensors twenty each
C: how many would i need
A: one per room with big windows so probably three
C: okay three at twenty each yeah put them on
A: done pro monitoring and three glass break sensors sixty for the sensors
C: excellent thanks samuel really smooth""", True, 60.0, "positive", "upgrade to pro (main plan change); three sensors at $20 each = 60; pleased"),
]
