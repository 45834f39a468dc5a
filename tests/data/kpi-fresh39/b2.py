# FR39 batch 2 (calls 021-040), written by hand.
CALLS = [
("FR39_021", "Hannah Lee", "2026-11-09T09:05:00", "asr", """A: first harbor bank this is hannah how can i help
C: hi i want to open a high yield savings account
A: sure i can do that by phone the rate is four point one percent with no monthly fee
C: okay is there a fine or whatever if i take money out early
A: no penalty on savings only on cds
C: okay and can i link it to my checking ending five five zero two
A: yes so opening a high yield savings linked to checking ending five five zero two should i go ahead
C: yes go ahead
A: done it's open you'll get an email shortly
C: alright thanks""", True, 0.0, "neutral", "account opened on closing question; 'fine' = penalty question, not sentiment"),

("FR39_022", "Diego Ramos", "2026-11-09T12:40:00", "clean", """A: Coastline Coaches, Diego speaking.
C: Hi, I need two tickets from Portland to Seattle on Saturday morning.
A: There's an 8:15 and a 10:30, both $34 per person.
C: How many stops does the 8:15 make?
A: Two, Olympia and Tacoma. It gets in at 11:40.
C: And when does the 10:30 leave from the downtown station or the airport?
A: Downtown.
C: Okay, the 8:15 then, for two.
A: Two on the 8:15 Saturday, $68. Reserved seats are $5 each extra, want those?
C: No, we'll just grab whatever's open.
A: You're booked.
C: That was really easy, appreciate it!""", True, 0.0, "positive", "tickets booked; reserved seats declined; 'stops'/'leave' are travel words; ends appreciative"),

("FR39_023", "Fatima Haddad", "2026-11-09T14:02:00", "asr", """A: hi there this is fatima from skyview tv i've got some amazing news for you today
C: uh okay
A: we can add the sports package for just twelve ninety nine a month it's super popular
C: no thanks i'm good
A: totally understand how about the movie bundle it's only nine a month
C: nah i don't really watch tv that much honestly
A: no problem at all have a fantastic day
C: yeah you too""", False, 0.0, "neutral", "outbound offers declined; agent enthusiasm does not count; customer flat"),

("FR39_024", "Jonas Berg", "2026-11-09T16:25:00", "asr", """A: pawsh pet spa this is jonas
C: hi i'd love to book a bath for my dog biscuit she's a golden
A: oh we love goldens we have thursday at eleven or saturday at nine
C: saturday at nine please
A: perfect full bath for a large dog is sixty five and we can add a nail trim for fifteen
C: oh yes definitely her nails are so long
A: great saturday at nine bath and nail trim for biscuit
C: yay you guys are the best she always comes home so happy
A: aw see you saturday""", True, 15.0, "positive", "grooming booked; nail trim $15 add-on; delighted"),

("FR39_025", "Keisha Grant", "2026-11-10T08:50:00", "clean", """A: Valley Power and Light outage line, this is Keisha.
C: Hi. Power's out on Elm Street again. Third time this month.
A: I'm sorry. I see the outage. Crews are assigned, estimated restore is 4 p.m.
C: Right. It said 4 p.m. last time too, and it came back at 11 at night.
A: I understand. I can't promise, but the estimate is 4.
C: It's fine. I've given up expecting anything from you people, to be honest.
A: I can file a service reliability complaint if you'd like.
C: Go ahead. Won't change anything.
A: Filed. Your reference is 88120.
C: Okay.""", False, 0.0, "negative", "resignation ('given up expecting anything'); 'it's fine' is resigned, not positive"),

("FR39_026", "Oliver Tran", "2026-11-10T11:15:00", "asr", """A: roadway rentals this is oliver
C: hi i need a car at the airport from the twelfth to the fifteenth
A: sure a compact is forty two a day does that work
C: yeah compact's fine
A: want to add our full coverage insurance for eighteen a day and a gps for twenty five for the whole rental
C: um yeah okay both
A: okay so compact with insurance and gps
C: wait actually drop the insurance my credit card covers it just keep the gps
A: no problem compact and gps for twenty five twelfth to fifteenth
C: yep that's right
A: you're booked confirmation in your email
C: okay thanks""", True, 25.0, "neutral", "rental booked; insurance retracted by name, GPS $25 kept"),

("FR39_027", "Sofia Marino", "2026-11-10T13:33:00", "clean", """A: Ledgerly support, Sofia here.
C: Hi. Your software logged me out in the middle of payroll and now it says the run is locked. I'm not thrilled.
A: I'm sorry about that. Let me look. Which company file?
C: Brennan Landscaping.
A: I see it. The session timed out mid-run. I've unlocked it, your draft is saved. Can you refresh?
C: Okay... yes, it's back. Everything's still there.
A: Great. I've also extended your timeout to 60 minutes.
C: Huh. Not bad, actually. Thanks for sorting that out so quickly.""", False, 0.0, "positive", "annoyed start ('not thrilled'), ends 'not bad, thanks for sorting it quickly' = mildly positive"),

("FR39_028", "Raj Patel", "2026-11-10T15:48:00", "asr", """A: hi this is raj at saffron house catering
C: hi we're doing an office lunch on the twentieth for about thirty people
A: great our lunch buffet is eighteen per person
C: okay that's perfect let's book that for thirty
A: wonderful and we have a dessert platter for sixty dollars it feeds about thirty
C: oh yeah let's add that people will love it
A: so thirty buffets and the dessert platter delivered at noon on the twentieth to two eleven main street
C: yes exactly
A: you're booked
C: amazing you guys catered our holiday party last year and everyone's still talking about it""", True, 60.0, "positive", "catering booked; 30 is a head count; dessert platter $60 upsell"),

("FR39_029", "Nora Quinn", "2026-11-11T18:05:00", "asr", """A: hi this is nora calling from safeguard home security
C: oh wow another call from you guys what a treat
A: i wanted to let you know about our free system upgrade offer
C: oh sure i'd love to hear it for the fourth time this week
A: it includes a free doorbell camera with a three year monitoring plan
C: yeah no please just take me off your list
A: i'll make a note of that
C: thanks that'd be the best thing you've done all year""", False, 0.0, "negative", "sarcasm ('what a treat', 'I'd love to'); do-not-call request"),

("FR39_030", "Ben Adler", "2026-11-11T10:27:00", "clean", """A: Pinecrest Lodge, this is Ben.
C: Hi, do you have a cabin for two for the weekend of the 21st?
A: Let me check. I'm sorry, we're fully booked that weekend, every cabin.
C: Ah. What about the following weekend?
A: Also full, it's peak season for the leaf tours.
C: Too bad. No worries, I'll try for next month.
A: Would you like me to add you to the waitlist?
C: No, that's okay. Thanks for checking.""", False, 0.0, "neutral", "no availability, nothing booked; brief 'too bad/no worries' about availability, no attitude toward the company"),

("FR39_031", "Yuki Tanaka", "2026-11-11T14:40:00", "asr", """A: keystone auto insurance this is yuki
C: hi my policy's up for renewal on the thirtieth and i just wanted to go ahead and renew
A: sure the renewal is six hundred twelve for six months same coverage
C: that's fine let's renew it
A: done and would you like roadside assistance it's forty eight a year
C: yeah actually add that my car's getting old
A: renewed with roadside added
C: great you guys have always treated me right twelve years now
A: we appreciate you""", True, 48.0, "positive", "renewal = conversion; roadside $48/yr add-on; loyal, warm"),

("FR39_032", "Carla Mendes", "2026-11-12T09:12:00", "asr", """A: bright smile dental this is carla
C: hi i have a cleaning on thursday and i just wanted to check the time
A: sure name please
C: patel anika patel
A: you're thursday at three forty with hannah our hygienist
C: okay i have to leave work early for it how long does it take
A: about fifty minutes
C: okay good that's what i thought
A: anything else
C: no that's it thanks""", False, 0.0, "neutral", "checked an existing appointment; no new booking; 'leave' is not sentiment"),

("FR39_033", "Priya Nair", "2026-11-12T12:20:00", "clean", """A: VoltMart electronics, Priya speaking.
C: Hi, I want to order the Sonara XR-550, the 65-inch.
A: Sure, that's $899. Can I get a phone number for the order?
C: 555-0142.
A: Thanks. Would you like the 3-year protection plan for $129?
C: No, skip that.
A: Okay. And we have a tilting wall mount that fits it, $89.
C: Yes, I need one of those anyway. Add it.
A: So the XR-550 and the wall mount, shipping to 1800 Cedar Lane. Correct?
C: Correct.
A: Order placed.
C: Okay, thanks.""", True, 89.0, "neutral", "TV main; warranty declined; wall mount $89 accepted; model and phone numbers are not prices"),

("FR39_034", "Marcus Bell", "2026-11-12T15:55:00", "asr", """A: hi this is marcus from lumen internet thanks for calling
C: hi marcus you've always been really nice when i call so i feel bad about this
A: oh no what's up
C: i'm going to cancel my internet
A: can i ask why
C: fibernet just came to our street and they're twice as fast for less money and honestly your speeds have been awful in the evenings
A: i can knock ten off your bill
C: it's not enough sorry my mind's made up this has been bad for a long time
A: okay i've scheduled the disconnect""", False, 0.0, "negative", "warm early, negative end; competitor praised; save offer declined"),

("FR39_035", "Elena Sokolova", "2026-11-13T10:45:00", "clean", """A: Willow & Thread, Elena speaking.
C: Hi! I'm redoing my living room and I'd love to get some fabric swatches before I order anything.
A: Of course, swatches are free. Which fabrics?
C: The Marlow linen in oat and sage, and the Bexley velvet in rust.
A: Got it. I'll mail those to you today, along with our winter catalogue.
C: Oh, that's so lovely of you. Thank you, you've been really helpful.
A: My pleasure. They'll arrive in 3 to 5 days.
C: Perfect, thanks so much!""", False, 0.0, "positive", "free swatches and catalogue are not a purchase; warm customer"),

("FR39_036", "Tom Okafor", "2026-11-13T13:10:00", "asr", """A: skyway airlines baggage services this is tom
C: hi my bag didn't show up on flight four twelve from boston
A: sorry about that can i get your file reference
C: it's b o s four four seven one
A: okay the bag was found in boston it'll be on the six p m flight and we'll deliver it tonight
C: okay it's the blue one with the smiley face sticker
A: yep that matches we'll deliver by eleven p m
C: okay will someone call before
A: yes the driver calls thirty minutes before
C: alright""", False, 0.0, "neutral", "lost-bag support; 'smiley face' is a description; customer flat"),

("FR39_037", "Hannah Lee", "2026-11-13T17:30:00", "clean", """A: Hearth Box meal kits, Hannah speaking.
C: Hi, I need to cancel. Four meals a week is just too much food, we're throwing half of it out.
A: I hear you. Would two meals a week work better? That's $48 a week instead of $89.
C: Oh, I didn't know you had a smaller plan.
A: We do. Want me to switch you starting next week?
C: Yes, let's do that.
A: Done, two meals a week from the 20th.
C: That's actually perfect. Thank you, really glad I called.""", True, 0.0, "positive", "retention: switched to smaller paid plan = conversion; downgrade is not an upsell"),

("FR39_038", "Diego Ramos", "2026-11-14T08:20:00", "asr", """A: keyright locksmith this is diego
C: hi i'm locked out of my house at nine oh four birch lane
A: okay i can have someone there in thirty minutes it's ninety five for a lockout
C: yes please send someone
A: on the way while he's there do you want the other locks rekeyed it's forty each
C: um how many do we have back door and garage so two yeah do both
A: okay lockout plus two rekeys
C: oh stop you're being way too helpful i might cry
A: ha he'll be there soon
C: thank you so much honestly lifesaver""", True, 80.0, "positive", "lockout service; two rekeys at $40 each = 80; playful 'stop' is warm"),

("FR39_039", "Fatima Haddad", "2026-11-14T11:00:00", "asr", """A: first harbor bank card services this is fatima
C: hi my card got declined at a restaurant in lisbon and i had to have my friend pay
A: i'm sorry it was flagged as unusual activity i can remove the block now
C: i put a travel notice on it last week
A: i see the notice but the fraud system still flagged it
C: i understand it's policy but it was really embarrassing and honestly pretty disappointing
A: i'm sorry the block is removed
C: okay thank you""", False, 0.0, "negative", "polite-but-negative ('really embarrassing', 'disappointing'); thanks at end is routine"),

("FR39_040", "Jonas Berg", "2026-11-14T16:35:00", "clean", """A: FixIt Phone Repair, Jonas speaking.
C: Hi, my iPhone screen is cracked. How much to fix it?
A: For that model, $129, and we can do it today.
C: Okay. Book me in for 3 o'clock.
A: You're set for 3. The battery's probably due too, normally $59, but I can do it for $45 with the screen.
C: Hm. Yeah, okay, do the battery at $45.
A: Screen and battery at 3 p.m.
C: Okay, see you then.""", True, 45.0, "neutral", "screen repair booked; battery revised to $45 and accepted"),
]
