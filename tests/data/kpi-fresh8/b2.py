CALLS = [
("FR8_021", "Maya Goldberg", "2026-11-09T09:12:08", "clean", """A: Thanks for calling PrintPro, Maya speaking.
C: Hi, I need 500 business cards for our new hire.
A: Sure. 500 standard cards are $45. We can upgrade to the premium matte stock for $0.04 more per card.
C: So that's twenty dollars more?
A: Exactly, $20 more.
C: Fine, do the premium.
A: And rush printing, ready tomorrow, is $30.
C: We're not in a hurry. Standard turnaround is fine.
A: Okay. 500 premium matte cards, $65, ready Tuesday. Shall I submit it?
C: Yes, submit it.
A: Submitted!""", True, 20.00, "neutral", "cards main $45; premium stock 500 x 0.04 = 20 accepted; rush declined"),
("FR8_022", "Dmitri Sokolov", "2026-11-09T10:40:51", "asr", """A: hello thanks for calling bluewave cable dmitri here
C: yeah hi i'm moving and i need to set up service at the new place
A: congratulations on the move what's the new address
C: four eleven birch lane apartment two
A: okay that's serviceable we can do internet at fifty five a month and i can bundle tv for another thirty
C: just internet
A: sure and would you like our wifi extender rental it's five a month for bigger apartments
C: uh how big is it it's like a one bedroom
A: for a one bedroom you probably don't need it
C: then no
A: okay i have install on the twentieth between eight and twelve does that work
C: yeah the twentieth is fine book it
A: done you're scheduled
C: perfect you've made this way easier than i expected thanks dmitri""", True, 0.00, "positive", "internet main; tv bundle and extender declined; install booked; positive close"),
("FR8_023", "Lucia Navarro", "2026-11-09T13:25:30", "clean", """A: Good afternoon, Sunward Travel, this is Lucia.
C: Hi, I'm looking at the 7-night Cancun package for two.
A: That one's $2,340 for two, flights and hotel. We have an ocean-view room upgrade for $210 for the whole stay.
C: Ooh. And what about the all-inclusive?
A: All-inclusive is $95 per person per night.
C: That's a lot. I'll do the ocean view but not the all-inclusive.
A: Lovely. Travel insurance is $129 per person.
C: Let me think about the insurance, I can add it later, right?
A: Yes, up to 14 days before departure. So: 7 nights Cancun for two with ocean-view upgrade, $2,550. Shall I book?
C: Yes, book it!
A: Booked. Your itinerary is in your inbox.
C: Amazing, thank you so much!""", True, 210.00, "positive", "package main $2,340; ocean view $210 accepted; all-inclusive declined; insurance deferred"),
("FR8_024", "Carter Nguyen", "2026-11-09T15:44:19", "asr", """A: thank you for calling apex computer repair carter speaking
C: hi my laptop won't turn on
A: okay can you hold the power button for thirty seconds with the charger unplugged
C: um okay hold on okay it's doing something oh it's on
A: great it was probably a stuck power state
C: oh wow okay that's embarrassing
A: happens all the time would you like to sign up for our tech care plan it's nine ninety nine a month
C: no no that's alright
A: no problem anything else
C: no that's it thank you that was super helpful""", False, 0.00, "positive", "support fixed; care plan declined; positive"),
("FR8_025", "Beatrice Lowell", "2026-11-10T09:30:44", "clean", """A: Good morning, Willow Creek Vet, Beatrice speaking.
C: Hi, my cat needs her annual shots.
A: Of course. I have Monday at 10:30 or Wednesday at 4.
C: Wednesday at 4.
A: Great. The annual vaccine visit is $85. Would you also like to add a dental check for $40 while she's here?
C: Is that necessary?
A: It's recommended yearly for cats over seven.
C: She's only three. Just the vaccines.
A: Okay, Wednesday at 4 for vaccines. Can I confirm the name is Luna under Patel?
C: Yes. Wait, $85? It was $60 last year.
A: Our prices went up in September.
C: That's a big jump. Cancel the appointment, please. I'll take her to the shelter clinic.
A: Okay, I've cancelled it.
C: Honestly, that's disappointing.""", False, 0.00, "negative", "appointment confirmed then cancelled by customer -> not conversion; dental declined; negative"),
("FR8_026", "Omar Haddad", "2026-11-10T10:55:17", "asr", """A: hi thank you for calling crestview hotel omar speaking
C: hey i booked a room for this weekend and i wanted to add a night
A: sure i see the reservation friday and saturday let me check sunday yes it's available at one nineteen
C: okay yeah add sunday
A: done and since you're staying three nights would you like late checkout on monday it's twenty five
C: yeah actually that'd be nice
A: great and our spa package is eighty nine per person
C: no we're good
A: okay so that's sunday added plus late checkout
C: perfect and is parking still included
A: yes parking is included
C: great thanks""", True, 144.00, "neutral", "existing booking is main; extra night $119 + late checkout $25 = 144 accepted on top; spa declined"),
("FR8_027", "Freya Holm", "2026-11-10T13:08:02", "clean", """A: Thanks for calling Nordic Mattress, Freya speaking.
C: Hi. I ordered a mattress three weeks ago and it still hasn't shipped.
A: I'm sorry. Let me look. It's backordered until December 4th.
C: December? Nobody told me that.
A: I apologise. I can offer a free pillow set or a full refund.
C: I don't want a pillow, I want a mattress.
A: Understood. Would you prefer to switch to the in-stock Fjord model? It's the same price.
C: No. Just cancel it and refund me. This has been a terrible experience.
A: I've cancelled the order and issued a refund of $1,099.
C: Fine.""", False, 0.00, "negative", "order cancelled, refund; no purchase; negative"),
("FR8_028", "Ravi Chandrasekar", "2026-11-10T14:37:48", "asr", """A: good afternoon techwise software ravi speaking
C: hi um we're using your accounting software and we need two more licenses
A: sure each additional license is forty nine a year
C: okay so just two
A: two licenses that's ninety eight would you also like the payroll module it's two hundred a year
C: uh how much
A: two hundred a year for the whole company
C: hm not now maybe next year
A: no problem so two additional licenses ninety eight dollars charged to the card on file okay
C: yep that's fine
A: done you should see them in the admin panel
C: okay thanks""", True, 98.00, "neutral", "add-on licences on existing subscription 2 x 49 = 98 (treated as upsell); payroll module deferred"),
("FR8_029", "Elena Marchetti", "2026-11-11T09:18:36", "clean", """A: Hello, Riverside Cleaning Co., Elena speaking.
C: Hi, I'd like a quote for a deep clean of a three-bedroom house.
A: A deep clean for three bedrooms is $320. Would you like inside-oven and inside-fridge cleaning? They're $35 each.
C: Just the oven.
A: Sure. Window cleaning is another $60.
C: Hmm. What was the oven again, $35?
A: Yes, $35.
C: Okay. Not the windows. When can you come?
A: Thursday the 19th at 9 am.
C: Book it.
A: Done, deep clean plus oven, $355, Thursday at 9.
C: Sounds good.""", True, 35.00, "neutral", "deep clean main; oven $35 accepted; fridge and windows declined; 'sounds good' routine"),
("FR8_030", "Trevor Banks", "2026-11-11T11:02:55", "asr", """A: thanks for calling evergreen energy this is trevor
C: yeah i've been on hold for forty minutes
A: i'm sorry about the wait how can i help
C: my bill doubled this month and i want to know why
A: let me look it looks like an estimated reading we didn't get an actual meter read
C: so you just guessed
A: it's an estimate based on last year i can request an actual read and adjust it
C: yeah do that
A: done and we also have a fixed rate plan that would protect you from
C: no i don't want anything else i just want my bill fixed
A: understood the adjustment should show in seven to ten days
C: unbelievable okay bye""", False, 0.00, "negative", "billing complaint; 'yeah do that' is for meter read not purchase; fixed rate pitch cut off; negative"),
("FR8_031", "Isabel Moreau", "2026-11-11T13:49:21", "clean", """A: Good afternoon, Lumen Eyewear, Isabel speaking.
C: Hi, I got my prescription and want to order the Harper frames.
A: The Harper frames with standard lenses are $189. Would you like to add blue-light filtering for $45?
C: I'm on screens all day, so yes.
A: Great. And anti-glare coating is $35.
C: Does the blue-light one include anti-glare?
A: It doesn't, they're separate.
C: Okay, then I'll take both.
A: Wonderful. That's $269 total. Shall I process it on your card ending 4412?
C: Yes please.
A: Done. They'll arrive in about a week.
C: Thank you, you were really patient with my questions!""", True, 80.00, "positive", "frames main $189; blue-light 45 + anti-glare 35 = 80"),
("FR8_032", "Kofi Asante", "2026-11-11T15:26:40", "asr", """A: hi this is kofi with urban meal kits how are you today
C: i'm fine what's this about
A: we noticed you paused your subscription and wanted to offer you fifty percent off your next two boxes
C: oh um i paused it because the meals were kind of bland honestly
A: i understand we've added a lot of new recipes including spicier options
C: hm
A: so should i reactivate with the discount
C: uh no i think i'm good for now
A: okay no problem
C: yeah bye""", False, 0.00, "neutral", "outbound win-back declined; mild complaint about past food but calm; neutral"),
("FR8_033", "Penelope Vance", "2026-11-12T09:07:13", "clean", """A: Thank you for calling Crescent Theatre box office, this is Penelope.
C: Hi, are there seats left for Hamlet on the 21st?
A: Yes, a few. Orchestra seats are $95 each and balcony seats are $55.
C: Two balcony seats, please.
A: Of course. Would you like to add our interval drinks package, $12 per person?
C: Sure, for both of us.
A: Lovely. Please confirm: two balcony seats for Hamlet on the 21st at 7:30 pm, plus two drinks packages, $134 total.
C: Yes, that's correct. Is there a cloakroom?
A: Yes, there is, free of charge. You're all booked.
C: Wonderful, thank you!""", True, 24.00, "positive", "tickets main 2 x 55; drinks $12 x 2 = 24; confirmed with a question"),
("FR8_034", "Hugo Lambert", "2026-11-12T10:33:50", "asr", """A: hello thanks for calling quickfix plumbing this is hugo
C: hi yeah my kitchen sink is leaking under the cabinet
A: okay i can get a tech out we have tomorrow between one and five
C: tomorrow's good yeah book that
A: okay booked the service call fee is seventy nine and that goes toward the repair
C: okay
A: would you like to add a water heater inspection while he's there it's forty nine
C: uh no thanks
A: okay and our annual maintenance plan is a hundred and fifty a year covers two visits
C: no just the sink
A: no problem you're all set for tomorrow
C: wait hold on so seventy nine just for him to show up
A: yes but it goes toward the repair
C: no you know what cancel that that's ridiculous for a little leak i'll get my neighbour to look at it
A: okay i've cancelled the appointment
C: yeah thanks for nothing""", False, 0.00, "negative", "booking made then retracted by customer -> not conversion; inspection and plan declined; negative"),
("FR8_035", "Rosalind Achebe", "2026-11-12T13:14:28", "clean", """A: Hi, Greenleaf Landscaping, Rosalind speaking.
C: Hi, I'd like weekly mowing for the spring.
A: Weekly mowing is $45 per visit. We also offer hedge trimming at $60 per visit, once a month.
C: Hedge trimming, yes, that sounds good.
A: And a spring fertilizer treatment for $85?
C: Hmm. Can you do it for $70?
A: I can do $75.
C: Deal.
A: So weekly mowing starting March 2nd, monthly hedge trimming, and the fertilizer treatment at $75. Shall I set that up?
C: Yes, set it up.
A: Done!
C: Great, I'm really glad I called you guys.""", True, 135.00, "positive", "mowing main; hedge trimming $60 (recurring counted once) + fertilizer revised $75 = 135"),
("FR8_036", "Felix Brandt", "2026-11-12T15:58:04", "asr", """A: good afternoon sterling insurance felix speaking
C: hi i need to add my son to my car insurance he just got his license
A: congratulations okay adding a sixteen year old driver will increase the premium quite a bit i'll email you the exact figure
C: quite a bit wow
A: yeah young drivers are expensive if he takes a defensive driving course we can knock off fifteen percent
C: ugh okay fine add him i guess he has to be insured
A: okay he's added effective today
C: yeah okay
A: anything else
C: no that's it""", True, 0.00, "negative", "paid policy change = conversion; no price stated for the added driver -> 0; reluctant 'ugh', 'wow' -> negative"),
("FR8_037", "Tabitha Greene", "2026-11-13T09:45:31", "clean", """A: Thanks for calling Harbor Kayak Tours, Tabitha speaking.
C: Hi, I'd like to book the sunset tour for Saturday, three people.
A: Sorry, the Saturday sunset tour is fully booked. I do have the morning tour on Saturday or sunset on Sunday.
C: Oh no. Sunday doesn't work for us. What about the morning?
A: Morning is at 9, $65 per person.
C: Hmm, we really wanted the sunset. I'll check with my friends and call back.
A: Sure thing.
C: Thanks anyway.""", False, 0.00, "neutral", "desired slot unavailable; alternative deferred; no booking"),
("FR8_038", "Gustavo Reyes", "2026-11-13T11:20:09", "asr", """A: hi thank you for calling prime phones gustavo speaking
C: hey i want to upgrade my phone i'm eligible
A: yes you are which phone were you looking at
C: the new galaxy the regular one
A: okay that's nine ninety nine or you can do it over twenty four months
C: monthly
A: okay and do you want a case and screen protector bundle it's forty nine
C: yeah give me that
A: and device protection is fifteen a month
C: hmm fifteen a month um yeah okay add it i always break my phones
A: ha okay so galaxy on monthly payments plus the bundle plus protection should i submit
C: yeah submit it
A: done it'll ship tomorrow
C: nice thanks man""", True, 64.00, "positive", "phone main; bundle $49 + protection $15/month counted once = 64; 'nice thanks man' friendly -> positive"),
("FR8_039", "Winifred Osei", "2026-11-13T14:06:42", "clean", """A: Good afternoon, Magnolia Bakery orders, this is Winifred.
C: Hi, I need a birthday cake for Saturday.
A: Our 8-inch custom cake is $55. Would you like to add a name inscription for $5 and a dozen cupcakes for $30?
C: The inscription yes. Cupcakes, no.
A: Perfect. What would you like it to say?
C: Happy 40th, Mark.
A: Lovely. 8-inch cake with "Happy 40th, Mark", pick up Saturday at 11. $60. Correct?
C: That's it.
A: Great, it's on the books.
C: Okay, thanks.""", True, 5.00, "neutral", "cake main; inscription $5; cupcakes declined; 'that's it' confirms read-back"),
("FR8_040", "Abdul Rahman", "2026-11-13T16:11:57", "asr", """A: thanks for calling clearview windows this is abdul
C: yeah i'm calling about the quote you sent for the replacement windows
A: yes eight windows at six fifty each installed
C: right so we want to go ahead with it but the price is higher than the other quote
A: fantastic and would you like the upgraded triple pane glass it's an extra eighty per window
C: for all eight that's
A: six forty more
C: uh yeah no just the double pane
A: okay no problem so eight double pane windows installed i'll schedule the measure for next week
C: well hold on can you match the other quote it was five ninety a window
A: i can't go below six fifty unfortunately
C: then i'm not sure we'll go with you let me talk to my wife
A: okay i'll wait to hear from you
C: okay thanks""", False, 0.00, "neutral", "AMBIGUOUS: 'we want to go ahead with it but' is qualified, then deferred -> not conversion; triple pane declined; neutral"),
]
