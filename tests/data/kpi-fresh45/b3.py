CALLS = [
    ("FR45_041", "Aisha Bello", "2026-11-19T08:31:12", "asr",
     """A: core motion physical therapy this is aisha
C: hi my doctor sent a referral for my shoulder i need to get an evaluation
A: okay i see the referral the earliest evaluation i have is december tenth at one
C: december tenth that's three weeks i can barely lift my arm
A: i'm sorry we're really booked up i can put you on the cancellation list too
C: um yeah do that and fine book the tenth i guess
A: okay december tenth at one pm and you're on the cancellation list
C: mhm
A: please bring your insurance card and the referral
C: yeah it's honestly ridiculous that it takes a month to get seen""",
     True, 0.00, "negative",
     "'fine book the tenth i guess' = appointment booked; ends 'honestly ridiculous'"),

    ("FR45_042", "Luke Fernandes", "2026-11-20T09:05:47", "asr",
     """A: riverbend power and light new service this is luke
C: hi i'm moving into a house on june street and need to start electric service
A: sure what's the address and start date
C: three oh nine june street starting december first
A: okay i can set that up is this for you as the account holder
C: yes go ahead and set it up
A: done and one thing we offer is the surge guard plan covers your appliances against power surges it's six ninety five a month
C: uh okay yeah sure add that
A: added service starts december first
C: okay thanks""",
     True, 6.95, "neutral",
     "'go ahead and set it up' = new service sign-up; surge plan six ninety five a month 'yeah sure add that' = 6.95"),

    ("FR45_043", "Hannah Kowalski", "2026-11-20T13:44:30", "asr",
     """A: skyway travel cruises this is hannah
C: hi i'd like to book the caribbean seven night on the january twelfth sailing two people inside cabin
A: great that's two thousand one hundred forty total with taxes can i take the card
C: yeah it's the visa ending in two two eight one
A: okay running it hmm it's coming back declined
C: what try it again
A: i tried twice it's declined by the bank
C: ugh seriously i just paid that card off okay i'll have to call them and call you back
A: i'll hold the cabin until five today
C: whatever fine""",
     False, 0.00, "negative",
     "card declined twice, nothing booked, 'i'll call you back'; 'ugh seriously', 'whatever fine'"),

    ("FR45_044", "Marcus Greene", "2026-11-20T10:22:18", "clean",
     """A: Summit Federal Credit Union, this is Marcus.
C: Hi, I'd like to open a high-yield savings account. I saw the 4.1% rate on your site.
A: Yes, that's our Summit Saver. No monthly fee, $100 minimum to open.
C: Perfect. Can I fund it from my checking with you?
A: Absolutely. Shall I open it for you now?
C: Yes, please. Let's move $5,000 over from checking.
A: Done. Your new account ends in 6620 and the $5,000 is already showing.
C: That's great. This is exactly what I needed, my money's been sitting doing nothing.
A: Glad we could help.
C: Thanks so much, Marcus.""",
     True, 0.00, "positive",
     "'Yes, please' to opening the account (sign-up); the deposit is not an add-on; 'exactly what I needed'"),

    ("FR45_045", "Yuki Tanaka", "2026-11-20T16:08:55", "asr",
     """A: golden hour photography this is yuki
C: hi um we're getting married in june and a friend showed me your gallery
A: oh that's so nice congratulations what's the date
C: june nineteenth at the glasshouse
A: i'm open that day my full day package is thirty two hundred with an engagement shoot included
C: okay wow um that sounds really good i'll think about it and talk to my fiance
A: of course i'll send you the package details
C: yeah please your photos are gorgeous honestly like the best we've seen
A: thank you so much
C: okay we'll be in touch""",
     False, 0.00, "positive",
     "'sounds really good i'll think about it and talk to my fiance' = interest without commitment; 'your photos are gorgeous'"),

    ("FR45_046", "Rosa Jimenez", "2026-11-23T07:48:03", "asr",
     """A: all pro heating and air this is rosa
C: hi our furnace stopped working overnight it's like fifty degrees in here and i've been calling since seven
A: oh no i'm sorry i can get a tech to you by ten this morning the emergency service call is one twenty nine
C: yes please send someone
A: okay booked and would you like to join our comfort club it's one fifty a year and it covers two tune ups and waives the service call
C: um let me just see what's wrong first
A: totally fair
C: yeah
A: tech's name is andre he'll call when he's close
C: okay thank you so much for fitting me in i really appreciate it""",
     True, 0.00, "positive",
     "'yes please send someone' books the service call; club plan deferred 'let me just see what's wrong first' = 0; 'really appreciate it'"),

    ("FR45_047", "Owen Price", "2026-11-23T12:14:26", "asr",
     """A: northline wireless this is owen
C: hey so my daughter's turning thirteen and i wanna add a line for her
A: sure adding a line on your plan is thirty five a month and she can bring a phone or get one from us
C: she's getting my old iphone so just the line
A: okay should i add the line now
C: yeah go ahead
A: done her number will text you and do you want device protection on her phone it's nine dollars a month covers cracks and loss
C: um she's thirteen so yes definitely
A: ha added
C: okay thanks""",
     True, 9.00, "neutral",
     "'yeah go ahead' to adding the line; protection nine dollars a month 'yes definitely' = 9; neutral close"),

    ("FR45_048", "Leila Haddad", "2026-11-23T14:51:39", "asr",
     """A: the alder lodge this is leila
C: hi i'd like one night december fifth just one queen
A: sure that's one eighty nine with tax should i book it
C: yes please
A: okay oh the card on file is coming back expired do you have another one
C: oh yeah um it's the mastercard ending in five five one zero
A: thank you that went through you're booked for december fifth
C: okay
A: anything else i can help with
C: no that's it thanks""",
     True, 0.00, "neutral",
     "'yes please' books; first card expired but second card went through and agent confirms booking; flat"),

    ("FR45_049", "Maria Delgado", "2026-11-24T11:30:44", "clean",
     """A: Thanks for calling Lumen & Loom Home, Maria speaking.
C: Hi! I'd like to order the Marrakech rug in the 8x10, the ivory one.
A: Great choice, that's $689. I can place that for you now.
C: Yes, please do.
A: And the brass arc floor lamps that are styled with it in the catalog come as a pair for $420.
C: Oh, I love those. Yes, add the pair.
A: Done: the rug plus the pair of lamps, shipping free, arriving next Tuesday.
C: This is going to look amazing in the new living room. Thank you so much!
A: Enjoy it!
C: I will!""",
     True, 420.00, "positive",
     "'Yes, please do' rug (main); lamps 'as a pair for $420' 'add the pair' = 420; 'look amazing ... thank you so much'"),

    ("FR45_050", "Kevin O'Brien", "2026-11-24T15:03:17", "asr",
     """A: harborview inn group sales kevin speaking
C: hi i'm organizing a family reunion next summer maybe twenty rooms
A: oh great what dates are you thinking
C: july sometime we haven't picked the weekend yet
A: okay once you have dates i can hold a block is this a good number to reach you
C: yes this is my cell
A: would you like me to call you back tomorrow with the rates for july weekends
C: yes call me back tomorrow afternoon
A: will do
C: okay thanks""",
     False, 0.00, "neutral",
     "'yes this is my cell' and 'yes call me back tomorrow' are not purchases; no block held"),

    ("FR45_051", "Priya Raman", "2026-11-24T09:47:52", "asr",
     """A: secureden life this is priya
C: hi um we just had a baby and my wife said i should look into life insurance
A: congratulations yes a twenty year term for five hundred thousand for someone your age is about thirty one a month
C: okay um and that's for me only
A: for you only she could get her own or we could do both
C: mhm okay and what about a medical exam
A: under five hundred thousand there's no exam just a questionnaire would you like to start the application
C: uh not today me and my wife need to talk it over
A: sure i'll email the quote
C: okay that works""",
     False, 0.00, "neutral",
     "'not today me and my wife need to talk it over' = deferral; neutral"),

    ("FR45_052", "Tom Whitaker", "2026-11-25T11:05:28", "asr",
     """A: golden wok this is tom
C: yeah i need to do a big lunch order for the office for pickup at twelve thirty
A: sure go ahead
C: four general tso's two beef broccoli two lo mein and three orders of spring rolls and how much is an extra side of fried rice
A: three fifty
C: okay no skip it
A: okay four general tso's two beef broccoli two lo mein three spring rolls pickup twelve thirty
C: yes that's it and please get it right this time last week you forgot half the order and i had to drive back
A: i'm so sorry i'll double check it myself
C: we'll see""",
     True, 0.00, "negative",
     "confirms read-back 'yes that's it'; extra fried rice price only asked then 'skip it'; 'you forgot half the order', 'we'll see'"),

    ("FR45_053", "Grace Liu", "2026-11-25T13:36:04", "clean",
     """A: Precision Auto Care, Grace speaking.
C: Hi, I dropped off my Civic this morning for the squeaky brakes. Did you get a chance to look?
A: Yes. The front and rear pads and rotors all need replacing. It comes to $1,200 with labor.
C: Twelve hundred dollars? For brakes? That's insane.
A: I understand. The rotors are below minimum thickness, so we can't just do pads.
C: The dealer quoted me half that last year.
A: I can take 10% off the labor.
C: No. Just put it back together, I'll get a second opinion.
A: Okay, there's a $45 inspection fee.
C: Of course there is. I'll pick it up at five.""",
     False, 0.00, "negative",
     "repair declined 'I'll get a second opinion'; inspection fee is not a purchase; 'That's insane', sarcastic 'Of course there is'"),

    ("FR45_054", "Darnell Hayes", "2026-11-25T16:12:49", "asr",
     """A: metro box office darnell speaking
C: hi so the wildflowers concert on the sixth i need three tickets me and my two nieces
A: okay general admission floor is fifty five each
C: perfect three of those
A: great and there's a meet and greet add on where they get to meet the band before the show it's an extra thirty each
C: oh my gosh they'd die yes all three of us
A: okay three floor tickets plus three meet and greets that's ninety for the meet and greets
C: yes perfect
A: you're all set
C: oh this is amazing they're gonna scream thank you so much""",
     True, 90.00, "positive",
     "'three of those' tickets (main); meet and greet extra thirty each x3 = 90; 'this is amazing'"),

    ("FR45_055", "Sofia Marchetti", "2026-11-26T10:40:33", "asr",
     """A: taskflow customer success this is sofia
C: hi yeah our annual plan's up on the first and we want to renew
A: great you're on the pro plan for three users
C: yeah and we just hired two people so we need two more seats
A: okay extra seats are twelve dollars a month each
C: mhm okay yeah add the two seats and renew
A: so pro plan renewed for the year plus two additional seats at twelve a month each
C: yep that's right
A: done the invoice will go to the billing email
C: okay thank you""",
     True, 24.00, "neutral",
     "'add the two seats and renew' = renewal; two seats at twelve a month each = 24; neutral"),

    ("FR45_056", "Ben Adler", "2026-11-26T14:18:11", "asr",
     """A: oak and ash furniture this is ben
C: hi i want to order the live edge dining table the seven foot one
A: the sierra yes it's twenty four hundred
C: okay yeah let's do it
A: great let me check stock oh i'm sorry it's backordered the next shipment is march
C: march i need it for christmas
A: i'm sorry the six foot is in stock if you want that instead
C: no the six foot doesn't fit eight people then forget it
A: i understand i can notify you when it's in
C: that's so annoying your website said in stock""",
     False, 0.00, "negative",
     "'let's do it' but backordered to March, alternative refused 'then forget it' = nothing bought; 'so annoying'"),

    ("FR45_057", "Aisha Bello", "2026-11-27T09:26:45", "asr",
     """A: lakeside family clinic this is aisha
C: hi um i'm calling about my biopsy results i was told they'd be in this week
A: sure can i get your date of birth
C: april ninth seventy six
A: thank you dr patel left a note the results are benign no further follow up needed
C: oh my god oh thank god
A: she'll send the full report to your portal
C: sorry i'm just i've been so scared all week thank you thank you so much
A: of course i'm so happy for you
C: you made my whole year honestly""",
     False, 0.00, "positive",
     "results call, no booking or sale; 'oh thank god', 'thank you so much'"),

    ("FR45_058", "Luke Fernandes", "2026-11-27T13:53:21", "clean",
     """A: Riverbend Power & Light, Luke speaking.
C: Hi. My bill this month is $412. It's usually around $140. We were away for two weeks.
A: Let me look. The meter reading shows 2,900 kilowatt-hours, which is high.
C: That's not possible. The house was empty and the heat was set to 55.
A: I can schedule a meter test. If the meter's fine, there's a $50 testing fee.
C: So I have to pay you to check your own meter?
A: That's the policy, I'm sorry. I can also set up a payment arrangement for the $412.
C: I'm not paying $412 for a house nobody was in. This is a scam.
A: I'll put a dispute on the account so there's no late fee while it's reviewed.
C: Fine. I want a supervisor to call me.""",
     False, 0.00, "negative",
     "billing dispute, no purchase (meter test not agreed); 'This is a scam', 'I want a supervisor'"),

    ("FR45_059", "Hannah Kowalski", "2026-11-30T10:09:14", "asr",
     """A: skyway travel this is hannah
C: hey so i was looking at the cancun package on your site the five nights at the riu
A: yes for two adults in february it's twenty one eighty with flights
C: okay um yeah i think we're gonna book it
A: great should i put it on the card you used last time
C: yeah that works
A: booked and do you want the trip protection it's eighty nine dollars covers cancellation and medical
C: uh i guess yeah add the insurance my husband will ask
A: added you'll get the itinerary tonight
C: okay thanks""",
     True, 89.00, "neutral",
     "'yeah i think we're gonna book it' + 'yeah that works' to charging = booked; trip protection eighty nine 'i guess yeah add the insurance' = 89"),

    ("FR45_060", "Marcus Greene", "2026-11-30T15:31:58", "asr",
     """A: summit federal mortgage team this is marcus
C: hi we got pre approved with you in september and we have an accepted offer now
A: congratulations okay i can lock a rate for you today it's six point eight for a thirty year fixed
C: six point eight the online lenders are quoting six and a half
A: our rate includes no lender fees though
C: i mean i've been a member for fifteen years and you're worse than some app
A: i understand would you like me to lock it to be safe
C: no i'm not locking anything at that rate i'm going to shop around
A: okay the pre approval stays active
C: yeah honestly pretty disappointed""",
     False, 0.00, "negative",
     "'not locking anything at that rate i'm going to shop around' = refusal; 'honestly pretty disappointed'"),
]
