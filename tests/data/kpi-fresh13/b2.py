# Batch 2: FR13_021 - FR13_040 (hand written)
CALLS = [
("FR13_021", "Hannah Lindqvist", "2026-11-12T19:22:41", "asr",
"""A: hi you've reached streamora this is hannah
C: hey i wanna cancel my subscription
A: sure i can help with that can i ask why
C: um just not watching much i finished the show i was watching
A: makes sense before i do that i can offer you three months at six ninety nine instead of fifteen forty nine
C: mm no i think i'll just come back if something good comes out
A: okay totally understand i've cancelled it you'll have access until the twenty second
C: okay cool
A: anything else i can do
C: nope that's it thanks""",
False, 0.0, "neutral", "cancels, declines retention price; calm"),

("FR13_022", "Kenji Watanabe", "2026-11-12T10:15:08", "clean",
"""A: InkWell support, this is Kenji.
C: Hi. My printer keeps saying the cartridge isn't recognized, and it's a brand new one from your subscription.
A: Sorry about that. Which model is it?
C: The LX-420.
A: Okay. Open the front cover, take the cartridge out, and wipe the gold contacts with a dry cloth. Then put it back until it clicks.
C: Hold on... okay, done. Oh, it's printing a test page!
A: Great. While I have you, you're on the 50-page plan; the 100-page plan is just $4 more a month.
C: No, I barely print. Fifty is already too many most months.
A: Fair enough. Anything else?
C: No, that was it. You're a lifesaver, I was about to throw it out the window.""",
False, 0.0, "positive", "support fixed; declines plan upgrade; model number not a price; ends relieved and grateful"),

("FR13_023", "Marisol Vega", "2026-11-13T09:41:30", "asr",
"""A: hi is this mrs odum it's marisol from greenstripe lawn care
C: yes hi marisol
A: i'm calling about next season your program ended in october and we'd love to have you back for spring
C: oh sure yeah the lawn's never looked better honestly the neighbors keep asking
A: aw that's great to hear so the same six visit program is three twenty for the season
C: yeah that's fine let's keep it going
A: wonderful i'll renew you and we start in april and one more thing we have core aeration it's normally eighty but for renewing customers i can do sixty
C: um what does that do again
A: pulls little plugs out of the soil so water and seed get down deeper really helps with the clay you've got
C: okay yeah sixty's fine add it
A: great you're all set renewed with aeration in the fall
C: thank you see you in the spring""",
True, 60.0, "positive", "renews program 320 (main); aeration revised from 80 to 60, accepted at 60"),

("FR13_024", "Olumide Adeyemi", "2026-11-13T14:30:52", "asr",
"""A: good afternoon this is olumide with northlight energy we're helping folks in your area lower their electric rates
C: uh okay what's the rate
A: our fixed twelve month rate is eleven point nine cents a kilowatt hour
C: i'm paying eleven point four right now
A: hm okay our rate is locked though so it won't go up in winter
C: yeah but mine's locked too until may i'd switch if you could beat eleven but that's not beating it
A: i'm afraid that's the lowest i can go
C: then no thanks maybe call me in may
A: i'll make a note thanks for your time
C: mhm bye""",
False, 0.0, "neutral", "conditional ('would switch if'); declines; rates are not prices of a purchase"),

("FR13_025", "Sofia Rossi", "2026-11-14T11:12:17", "clean",
"""A: Serenity Day Spa, Sofia speaking.
C: Hi, I want to book the couples massage for my anniversary. Is next Sunday possible?
A: Let me see. Sunday the 22nd, I have 1:00 or 3:30 for the 60-minute couples massage, $240.
C: 3:30, please.
A: Lovely. We can also add aromatherapy with warm stones. It's $15 per person.
C: Do it for both of us.
A: Okay. So that's the couples massage on Sunday the 22nd at 3:30, with the aromatherapy upgrade for two. Is that correct?
C: Yes. And what's your cancellation policy, just in case?
A: Free up to 24 hours before. After that, 50% is charged.
C: Okay, got it. Thanks.""",
True, 30.0, "neutral", "books slot; aromatherapy 15 per person x 2 = 30; confirms read-back then asks a question"),

("FR13_026", "Liam O'Brien", "2026-11-14T16:55:03", "asr",
"""A: reliant appliance repair this is liam
C: hi yeah my washer stopped draining again it's got like six inches of water sitting in it
A: sorry to hear that what's the brand and model
C: it's a hartwell h w eight fifty it's three years old it shouldn't be doing this already
A: i understand so the service call is eighty nine and that goes toward the repair if you go ahead with it
C: fine when can somebody come
A: i have wednesday between twelve and four
C: nothing sooner
A: i'm afraid not that's the first one
C: okay put me down for wednesday
A: done and just so you know we offer an appliance protection plan one ninety nine a year covers all parts and labor
C: no i'm not paying for a plan on something that should just work
A: understood we'll see you wednesday
C: yeah""",
True, 0.0, "negative", "books repair visit (service call 89 is the main item); declines protection plan; irritated throughout"),

("FR13_027", "Fatima Zahra Benali", "2026-11-16T12:08:46", "asr",
"""A: hi this is fatima at harvest crate how can i help
C: yeah i'd like to cancel everything my account the weekly box all of it
A: okay i'm sorry to see you go can i ask what went wrong
C: the last two boxes were missing stuff and the chicken came warm
A: i'm so sorry about that i can credit you for the last box and give you fifty percent off the next four
C: no just cancel it all please
A: understood i've cancelled the subscription unfortunately this week's box has already shipped so that one will still arrive
C: oh great so the box i don't want is still coming
A: i can refund that one for you
C: yeah do that
A: done the refund is five to seven days
C: okay""",
False, 0.0, "negative", "cancels everything, refuses save offer; refund is not a purchase; sarcasm"),

("FR13_028", "Nguyen Thi Lan", "2026-11-16T08:47:29", "asr",
"""A: good morning officepoint business orders this is lan
C: hi this is greg at marlow and sons account two two four one nine
A: hi greg what can we get you
C: we need ten cases of the copy paper the standard white
A: ten cases at forty two each we also have the t nine toner you ordered last time it's on sale for eighty nine
C: eighty nine for one
A: yes for one cartridge
C: nah we're good on toner not this time
A: no problem so ten cases of standard white copy paper four twenty plus tax delivered tomorrow to the suite two hundred address
C: yep that's correct
A: order's placed
C: alright thanks lan""",
True, 0.0, "neutral", "confirms read-back of paper order; asks price of toner then declines; account number/suite not prices"),

("FR13_029", "Rafael Costa", "2026-11-17T13:03:14", "clean",
"""A: Costa Motors, Rafael speaking.
C: Hi, I was looking at the 2024 Outback on your website, stock number 7781. Is it still there?
A: It is! Would you like to come see it?
C: Yes, I'd like to test drive it. Saturday?
A: Saturday I have 10:00 or 1:30.
C: 10:00. Yes, I'll book that.
A: Great, you're booked for a test drive Saturday at 10. Can I get your name?
C: Jordan Ellis. And honestly, your website was easy to use, which is rare for a dealership.
A: Thanks! See you Saturday, Jordan.
C: See you then.""",
True, 0.0, "positive", "books test-drive appointment; stock number/year not prices; compliments website"),

("FR13_030", "Ingrid Haugen", "2026-11-17T18:31:55", "clean",
"""A: Northstar Cruises, Ingrid speaking. You had a courtesy hold on the Caribbean sailing?
C: Yes, the December 14th one, balcony cabin for two. The hold expires today, right?
A: It does. To confirm it, I just need the $250 deposit, and the balance of $2,860 is due on November 30th.
C: Okay, let's confirm it. Use the card ending in 3321.
A: Done, your cabin is confirmed. Would you like to add the beverage package? It's $69 per person, per day.
C: Oh no, we're not big drinkers. We'd never get our money's worth.
A: Understood. Anything else?
C: No. We've been waiting two years for this trip, we're so excited.
A: You'll love it. Your booking number is NS-09214.
C: Thank you, Ingrid!""",
True, 0.0, "positive", "confirms cruise with deposit (main); deposit is not upsell; declines drinks package"),

("FR13_031", "Dev Malhotra", "2026-11-18T15:16:38", "asr",
"""A: hi mister ortega this is dev from first harbor bank calling with an offer on your card
C: uh huh
A: you qualify for our voyager rewards card it's three x points on travel and dining the annual fee is ninety five
C: yeah i don't travel much
A: it also has a two hundred dollar sign on bonus
C: no i'm not interested i like my card the way it is
A: no problem at all i'll note that
C: okay thanks bye""",
False, 0.0, "neutral", "declines card upgrade; polite"),

("FR13_032", "Chloe Martin", "2026-11-18T10:24:06", "asr",
"""A: studio luxe hair this is chloe
C: hi can i book a cut and color with nadia
A: sure nadia has thursday the twenty sixth at eleven or saturday the twenty eighth at two
C: um the thursday at eleven
A: okay i have you down thursday the twenty sixth at eleven with nadia
C: oh wait the twenty sixth that's thanksgiving isn't it
A: oh yes it is we're open but
C: no no i'll be at my in laws can you just take that off sorry
A: sure i've removed it did you want to try another date
C: uh let me check my calendar and call you back
A: okay no problem
C: thanks""",
False, 0.0, "neutral", "booked then retracted; defers rebooking; no commitment stands"),

("FR13_033", "Priya Raman", "2026-11-19T11:49:21", "clean",
"""A: LedgerPro support, this is Priya. Thank you for your patience.
C: Fifty minutes. Fifty minutes on hold. Wonderful.
A: I'm very sorry about the wait. How can I help?
C: Since your update on Tuesday, the software won't open my company file. I have payroll due tomorrow.
A: Okay. Can you go to Help, then Repair Installation?
C: I did that yesterday. Twice. It didn't do anything.
A: Let me escalate it to our tier-two team. They should call you within 24 hours.
C: Within 24 hours. Payroll is tomorrow morning.
A: I understand. I'm marking it urgent.
C: Sure. I'll believe it when I see it.""",
False, 0.0, "negative", "support unresolved; sarcasm about hold time; no purchase"),

("FR13_034", "Tomasz Wojcik", "2026-11-19T09:27:44", "asr",
"""A: tread masters tom speaking
C: yeah hi i called yesterday about the all season tires for a rav four
A: right the roadline a s they're one thirty nine each installed
C: okay so four of those
A: four of those and your last invoice shows you haven't had an alignment in a while it's eighty nine
C: uh yeah the car pulls left a bit so yeah do the alignment
A: okay we also have road hazard protection fifteen a tire
C: no skip that
A: alright so four roadline tires installed and an alignment can you come in tomorrow at nine
C: nine works
A: you're set
C: cool thanks""",
True, 89.0, "neutral", "tires (main) 4x139; alignment 89 accepted; road hazard declined"),

("FR13_035", "Aisha Okafor", "2026-11-20T17:38:12", "asr",
"""A: hi this is aisha from swiftmove moving following up on your quote
C: oh yeah hi
A: so for the two bedroom on the fifth we came out at eighteen fifty
C: yeah about that the other company i talked to said twelve hundred for the same thing
A: hmm did they include packing materials and the piano
C: yes they did they were super thorough actually the guy came out and measured everything
A: i could maybe take it to seventeen hundred but i can't get close to twelve
C: yeah no that's still way off i'm gonna go with them
A: okay well if anything changes give us a call
C: sure""",
False, 0.0, "negative", "declines over price, praises competitor; price revision not accepted"),

("FR13_036", "Diego Fernandez", "2026-11-20T08:12:37", "asr",
"""A: maple grove vet clinic this is diego
C: hi um my dog's been throwing up since last night and he won't eat i'm kind of freaking out
A: okay i'm sorry is he drinking water
C: a little yeah
A: okay dr ahmed has a cancellation at ten fifteen this morning can you bring him in
C: oh my gosh yes yes book it please
A: done ten fifteen dog's name
C: rocco he's a beagle
A: got it the exam is seventy five just so you know
C: that's fine thank you so much for fitting us in seriously
A: of course see you at ten fifteen""",
True, 0.0, "positive", "books urgent appointment; exam fee is main price; worried start, grateful end"),

("FR13_037", "Hannah Lindqvist", "2026-11-21T13:55:19", "clean",
"""A: Hi, this is Hannah from Cellar Door Wine Club. Your membership renews next week, and I wanted to check in.
C: Oh. Sure. It's $45 a shipment, right?
A: That's right, one shipment a month. Shall I keep it going?
C: Yes, go ahead.
A: Great. This month we also have our reserve bottle available as an add-on, $28 a month.
C: Only if it's the red. I don't want another of those sweet whites.
A: It's a red this month. A Rioja.
C: Then fine, add it.
A: Done. Renewal plus the reserve add-on.
C: Okay.""",
True, 28.0, "neutral", "renews (main); accepts reserve add-on 28/mo after condition is met; dry tone"),

("FR13_038", "Kenji Watanabe", "2026-11-21T20:07:50", "asr",
"""A: thanks for calling clearwave internet this is kenji
C: hi yeah my internet's been dropping every like ten minutes since this afternoon
A: sorry about that let me run a check on the modem okay i see the modem is online but there's a network issue in your area
C: okay so when's it fixed
A: the crews are working on it i don't have an estimate yet
C: so basically nothing
A: i can give you a text update when it's resolved
C: yeah fine i work from home you know this is the second time this month
A: i understand i'm sorry about that
C: mhm""",
False, 0.0, "negative", "outage unresolved; 'yeah fine' to text updates is not a purchase; frustrated"),

("FR13_039", "Marisol Vega", "2026-11-23T10:36:25", "asr",
"""A: sugar and crumb bakery this is marisol
C: hi i'd like to order a cake for saturday pickup it's for my daughter's sixth birthday
A: oh fun what size
C: um the eight inch the chocolate with the strawberry filling
A: that's fifty five and writing on top is free
C: great it says happy birthday ava
A: we also do matching cupcakes they're two fifty each
C: ooh how many come in a box
A: whatever you want we usually do a dozen
C: yes a dozen please the kids will love that
A: okay eight inch chocolate strawberry happy birthday ava and a dozen cupcakes saturday pickup at what time
C: eleven
A: perfect you're all set
C: yay thank you you guys are the best""",
True, 30.0, "positive", "cake 55 main; 12 cupcakes at 2.50 = 30; age/time not prices"),

("FR13_040", "Olumide Adeyemi", "2026-11-23T16:22:58", "clean",
"""A: Hi, is this Mr. Brandt? This is Olumide with HomeShield Warranty.
C: Yes, speaking.
A: You bought your house in August, and the builder's warranty on appliances ends soon. Our plan covers appliances and systems for $49 a month.
C: I did get your mailer.
A: Would you like me to set up coverage today?
C: Maybe after the holidays. Things are a bit tight right now.
A: Totally understand. Should I call you in January?
C: Sure, January's fine.
A: Great, I'll reach out then.
C: Thanks.""",
False, 0.0, "neutral", "defers until after holidays; yes to a January callback is not a purchase"),
]
