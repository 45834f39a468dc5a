CALLS = [
("FR60_021", "Tomasz Nowak", "2026-11-09T14:36:58", "clean",
"""A: The Carlisle Hotel, reservations, Tomasz speaking.
C: Hi, I want to book the junior suite for December 12th and 13th.
A: Certainly, that's $310 a night. May I have a card to guarantee it?
C: Visa, ending 4420. Expiry 08/28.
A: I'm sorry, that card was declined.
C: What? Try it again, there's plenty on it.
A: I ran it twice, it comes back declined both times. Do you have another card?
C: Not on me. This is embarrassing, my bank must have flagged it.
A: I can't hold the suite without a card, but you can call back once it's sorted.
C: Fine. I'll deal with the bank and try later. Great way to start my morning.""",
False, 0.00, "negative", "card declined twice, nothing booked ('try later'); 'Great way to start my morning' sarcastic"),

("FR60_022", "Fiona MacLeod", "2026-11-09T18:12:31", "asr",
"""A: thanks for calling tony's pizza this is fiona pickup or delivery
C: delivery please um two large pepperoni
A: two large pepperonis got it you want to add garlic knots theyre five ninety nine for six
C: oh yeah garlic knots yes
A: and a two liter soda for three fifty
C: nah we got drinks
A: okay two large pepperoni and garlic knots thats thirty four forty seven with delivery to twelve oak street
C: yep thats it
A: about forty minutes
C: sweet you guys are the best""",
True, 5.99, "positive", "order confirmed ('yep thats it'); garlic knots five ninety nine accepted, soda declined = 5.99; 'you guys are the best'"),

("FR60_023", "Marcus Bell", "2026-11-10T09:20:16", "clean",
"""A: Ledgerly sales, Marcus speaking.
C: Hi. We're on the Basic plan and we need to move to Pro, mainly for the approval workflows.
A: Sure. Pro is $49 a month versus your $29, and it includes five seats.
C: We have eight people who'll need access.
A: Extra seats on Pro are $8 each per month, so three more would be $24.
C: Okay. Move us to Pro and add the three seats.
A: Done. Pro at $49 plus three seats at $8, effective today, prorated.
C: Fine. Will the existing users keep their settings?
A: Yes, nothing changes for them.
C: Okay, good.""",
True, 24.00, "neutral", "plan change to Pro ('Move us to Pro') is the main purchase; three extra seats at $8 each = 24.00 add-on; businesslike"),

("FR60_024", "Rachel Kim", "2026-11-10T10:05:49", "asr",
"""A: riverside physio this is rachel
C: hi um i have an appointment thursday at three and i need to cancel it
A: okay i can cancel that for you did you want to rebook
C: not right now my shifts are all over the place
A: no worries its cancelled and just so you know we now offer a thirty minute massage add on for forty five with any session
C: oh huh forty five for thirty minutes
A: yep
C: maybe next time when i rebook
A: sounds good just give us a call
C: okay thanks bye""",
False, 0.00, "neutral", "appointment cancelled, nothing rebooked; massage add-on deferred ('maybe next time')"),

("FR60_025", "Nathan Greer", "2026-11-10T12:44:02", "clean",
"""A: Willow Creek Barn, events team, this is Nathan.
C: Hi! We're getting married next September and your venue is on our shortlist. Could we come see it?
A: Absolutely. We do tours on Saturdays and Wednesday evenings. Are you looking at a Saturday in September?
C: Hopefully the 19th. Is that still open?
A: It is, for now. I could do a tour this Saturday at 11 or Wednesday at 6.
C: Saturday at 11, please. Put us down.
A: You're booked for Saturday at 11. Names?
C: Jess Harlow and Sam Ortiz. Oh, I'm so excited, the photos on your site are stunning.
A: We'll see you Saturday!
C: Thank you!""",
True, 0.00, "positive", "appointment (venue tour) booked ('Saturday at 11, please. Put us down'); 'so excited... stunning'"),

("FR60_026", "Hannah Lindqvist", "2026-11-10T15:31:27", "asr",
"""A: horizon mobile this is hannah how can i help
C: hey yeah i want to switch to the family unlimited plan for me and my wife
A: sure two lines on family unlimited is eighty a month
C: okay yeah switch us
A: done and if you wanted a third line for a kid its just twenty a month more
C: oh actually yeah my son could use one add a line for him
A: okay adding a third line at twenty
C: wait hold off on that he just told me he gets a phone through his job so never mind the third line
A: no problem just the two lines at eighty then
C: yep thats it
A: youre all set""",
True, 0.00, "neutral", "plan change committed ('switch us'); third line twenty a month accepted then retracted ('never mind the third line') = 0"),

("FR60_027", "Brian Costello", "2026-11-10T16:58:40", "clean",
"""A: SafeHaven Security, Brian speaking.
C: Hi, we had a break-in on our street last week and I want to get monitoring set up.
A: I'm sorry to hear that. Our standard monitored system is $39.99 a month, with a doorbell camera and three door sensors.
C: Okay, I want that.
A: Would you like outdoor cameras for the back and side? They're $129 each.
C: Yes. Two of them, one for the back door and one for the driveway side.
A: So the standard system plus two outdoor cameras at $129 each. Install Friday morning?
C: Friday's great.
A: You're booked.
C: Thank you, I already feel better. You've been really reassuring.""",
True, 258.00, "positive", "system ordered ('I want that'); two outdoor cameras at $129 each = 258.00; 'really reassuring'"),

("FR60_028", "Grace Okafor", "2026-11-11T09:09:55", "clean",
"""A: Outdoor Journal subscriptions, this is Grace.
C: Hi, I got a renewal notice, and I told you people last year I didn't want auto-renew.
A: I'm sorry about that. I can renew you at the loyalty rate of $24 for the year.
C: I don't read it anymore. It's been sitting in a pile.
A: We also have digital-only for $12.
C: Nah. Just take me off, and make sure nobody charges my card again.
A: I've turned off auto-renew and no charge will go through.
C: I asked for that exact thing last year. Hopefully it sticks this time.
A: It will, you'll get an email confirming.
C: We'll see.""",
False, 0.00, "negative", "renewal refused without a plain 'no' ('I don't read it anymore', 'Nah'); annoyed about past auto-renew ('We'll see')"),

("FR60_029", "Kenji Watanabe", "2026-11-11T11:23:38", "clean",
"""A: Hearth & Loom, this is Kenji.
C: Hi, I'm calling about the Marlow sofa, the three-seater in sage.
A: Yes, that's $1,680, and we have it in the warehouse.
C: I love it. I'd want the fabric protection too, what is that?
A: It's $89 and covers stains for five years.
C: Okay, that seems worth it.
A: Great, would you like me to put the order through with the protection?
C: Actually, before I spend that much I want to see the sage in person. Photos always look different.
A: Totally understand. The Oak Street showroom has a swatch.
C: I'll go this weekend and call you back. It really is a beautiful sofa.""",
False, 0.00, "positive", "deferral before ordering ('I'll go this weekend and call you back'); protection only considered, no order; 'I love it', 'beautiful sofa'"),

("FR60_030", "Elena Vasquez", "2026-11-11T13:47:12", "asr",
"""A: skyway airlines this is elena
C: yeah hi i already have a flight booked and your website keeps crashing when i try to add a bag
A: im sorry about that i can add it for you whats the confirmation
C: its k l m four four two
A: okay a checked bag on this route is thirty five dollars
C: fine yes add the bag
A: done and would you like priority boarding for fifteen
C: no i just want the bag
A: okay the bag is added
C: its absurd i had to spend twenty minutes on hold for this whatever just email the receipt
A: sending it now""",
True, 0.00, "negative", "the checked bag is the purchase of this call ('fine yes add the bag'), not an add-on on top of it; priority boarding declined; 'its absurd'"),

("FR60_031", "Luis Ortega", "2026-11-11T15:02:26", "asr",
"""A: granite state bank this is luis
C: hi um i got a mailer about the travel rewards card
A: yes the voyager card no annual fee the first year then ninety five
C: and the points what are they worth
A: about a cent and a half each on travel
C: okay and my husband would he be on it too
A: we can add an authorized user at no cost
C: hm okay it sounds good but let me talk to my husband first
A: of course would you like me to send the application link
C: yeah sure thats fine
A: sent to your email
C: okay thanks""",
False, 0.00, "neutral", "deferral ('let me talk to my husband first'); 'yeah sure' is to receiving a link, not a purchase"),

("FR60_032", "Priya Raman", "2026-11-12T10:16:49", "clean",
"""A: Petal & Stem, Priya speaking.
C: Hi, I'd like to send flowers to my mom for her birthday tomorrow. Something bright.
A: Our Sunburst bouquet is $65 and delivered tomorrow by noon.
C: Perfect, let's do that.
A: Would you like it in a glass vase? That's $15. And we have a box of truffles for $12.
C: Oh yes, both. She loves chocolate.
A: So the Sunburst with a vase and truffles, to 18 Kent Road, card reading?
C: "Happy birthday Mom, love you lots. Dana."
A: Lovely. It's all booked for tomorrow morning.
C: Thank you so much, you made this really easy.""",
True, 27.00, "positive", "bouquet ordered ('let's do that'); vase $15 and truffles $12 accepted ('Oh yes, both') = 27.00; 'Thank you so much'"),

("FR60_033", "Omar Haddad", "2026-11-12T12:35:20", "clean",
"""A: Sunward Solar, Omar speaking.
C: Hi, I've been reading about panels and I'm trying to figure out if my roof's even worth it.
A: We can do a free site assessment. Would you like to book one?
C: Not yet. What does a typical system cost around here?
A: Most homes land between $14,000 and $22,000 before the federal credit.
C: That's a wide range.
A: It depends on roof angle and shade. I can email you our guide and a sample quote.
C: Is this still going to the email ending in 'gmail'?
A: Yes, jmorris88 at gmail.
C: Yes, that's my email. Send it and I'll read it over.""",
False, 0.00, "neutral", "declined assessment ('Not yet'); 'Yes, that's my email' is not a purchase"),

("FR60_034", "Sofia Rossi", "2026-11-12T14:08:44", "asr",
"""A: vista cable retention department this is sofia
C: yeah i want to cancel everything tv and internet
A: im sorry to hear that can i ask why
C: because im paying two twenty a month and half the channels i never watch
A: i can take you down to one forty for twelve months and keep the sports tier
C: no i already switched to fiber i just need you to shut this off
A: okay i can also offer internet only at fifty five
C: are you listening i said cancel it
A: understood ill process the cancellation today
C: and i want the box pickup scheduled or a label i am not driving to a store
A: ill email a return label""",
False, 0.00, "negative", "retention offers refused, cancellation processed; 'are you listening i said cancel it'"),

("FR60_035", "Daniel Whitfield", "2026-11-12T16:40:11", "clean",
"""A: Parkside Auto Service, Daniel.
C: Hi, you guys did my inspection Monday and someone called saying I need brakes.
A: Yes, front pads and rotors. The quote is $420 with labor.
C: $420? The shop by my work quoted $260.
A: Ours uses ceramic pads and OEM rotors.
C: I'm not paying almost double. That's too steep.
A: I could do $390.
C: No. I'll take it to the other place. Honestly it feels like you guys find something every time.
A: Understood. Your car's ready for pickup whenever.
C: Yeah.""",
False, 0.00, "negative", "brake job refused even at revised $390 ('No. I'll take it to the other place'); 'feels like you guys find something every time'"),

("FR60_036", "Aisha Bello", "2026-11-13T09:55:06", "asr",
"""A: cedar springs resort this is aisha
C: hi um i wanna book three nights for me and my partner the fourth through the seventh
A: lovely i have a king room at two hundred twenty a night
C: yes lets book that
A: booked and would you like our spa package two massages and the thermal pools its normally one fifty
C: oh hm thats a bit much
A: since youre staying three nights i can do it for one twenty
C: oh one twenty okay yeah add the spa package
A: done three nights king room plus spa package at one twenty
C: amazing thank you so much shes gonna love it""",
True, 120.00, "positive", "booking ('yes lets book that'); spa package revised from one fifty to one twenty and accepted = 120.00; 'amazing thank you so much'"),

("FR60_037", "Tomasz Nowak", "2026-11-13T17:22:37", "clean",
"""A: Regal Screens, this is Tomasz.
C: Hi, four tickets for the 7:15 showing of Northern Lights tonight, please.
A: Four at $14 each. Want to add popcorn combos? $9 each.
C: No, we'll eat before.
A: Okay, please confirm: four tickets, 7:15 tonight, $56 total?
C: Yes, that's correct.
A: Great, and the card ending...
C: Oh, hold on. My daughter just texted, she can't make it, and her friend's out too. Actually, cancel that, we'll go another night.
A: No problem, nothing's been charged.
C: Okay, sorry about that. Thanks.""",
False, 0.00, "neutral", "read-back confirmed then retracted in the same call ('Actually, cancel that'); popcorn declined"),

("FR60_038", "Fiona MacLeod", "2026-11-13T11:14:50", "clean",
"""A: PawSure Pet Insurance, Fiona speaking.
C: Hi! We just adopted a beagle puppy and my vet said to look into insurance.
A: Congratulations! For a 12-week beagle, our accident and illness plan is $34 a month.
C: And does that cover teeth? Our last dog had awful dental bills.
A: Dental illness is an add-on, $8 a month.
C: That's really reasonable. Honestly this all sounds great.
A: Would you like to start the policy today?
C: Can you email me the details? I want to read the exclusions before I sign anything.
A: Of course, sent.
C: Thanks, you've been super helpful.""",
False, 0.00, "positive", "interest without commitment ('Can you email me the details?'); dental $8 only asked about; 'super helpful'"),

("FR60_039", "Marcus Bell", "2026-11-16T10:02:19", "clean",
"""A: Threadline customer care, this is Marcus.
C: Hi. My order was supposed to arrive on the 6th. It's the 16th.
A: I'm sorry. Let me check. Order 88213?
C: Yes.
A: It looks like it's been delayed at the warehouse. The new estimate is the 23rd.
C: Oh, wonderful. Another week. That's just perfect.
A: I can offer free express shipping on your next order.
C: My next order. Sure. I just want the one I paid for.
A: I understand, I've flagged it.
C: Right. Bye.""",
False, 0.00, "negative", "no sale; sarcasm ('Oh, wonderful. Another week. That's just perfect')"),

("FR60_040", "Rachel Kim", "2026-11-16T13:37:45", "asr",
"""A: evergreen lawn and garden this is rachel
C: hi yeah im looking for someone to do the lawn every week through the fall
A: sure weekly mowing and edging is forty five a visit
C: okay yeah thats fair lets set that up starting next week
A: great and while were out do you need anything else the hedges cleanup
C: oh god the hedges are a disaster
A: a one time hedge trim for your size yard would be sixty
C: sure throw that in
A: okay weekly service plus a hedge trim for sixty first visit next tuesday
C: perfect thank you so glad i found you guys""",
True, 60.00, "positive", "weekly service started ('lets set that up'); hedge trim sixty accepted ('sure throw that in') = 60.00; 'so glad i found you guys'"),
]
