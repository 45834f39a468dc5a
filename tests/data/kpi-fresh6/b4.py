CALLS = [
("FR6_046", "Angela Moore", "2026-11-25T19:05:13", "asr", """
A: hi thanks for calling flick plus this is angela
C: hey um i was looking at your premium plan what's in it
A: premium is fourteen ninety nine a month four screens four k and downloads
C: mm hm and can i keep my watch list if i switch from the basic
A: yep everything carries over want me to switch you today
C: uh i'm interested can you just email me the details first
A: sure i'll send it to the email on the account
C: okay cool thanks
""", False, 0.00, "neutral", "interest + email request; four screens / four k not prices"),

("FR6_047", "Trevor Banks", "2026-11-26T08:44:29", "asr", """
A: quick fix plumbing this is trevor
C: yeah i had an appointment yesterday between one and three and nobody showed up
A: oh i'm sorry about that let me look it seems the tech got held up on an emergency
C: nobody called me i took the afternoon off work for this
A: i completely understand i can get someone out there tomorrow morning at no charge for the call out
C: no you know what just cancel it i'll find someone else
A: okay i've cancelled the appointment
C: unbelievable honestly worst service ever
""", False, 0.00, "negative", "missed appointment; customer cancels; offer refused"),

("FR6_048", "Fiona Clarke", "2026-11-26T11:30:15", "asr", """
A: bloom room florals this is fiona
C: hi um i'm getting married in june and i wanted to ask about wedding flowers
A: congratulations our packages start at twelve hundred for the bridal party and ceremony
C: oh wow okay and does that include the centerpieces
A: centerpieces are forty five each on top
C: we'd have about fifteen tables
A: i can put together a proposal for you
C: yes that'd be amazing these sound gorgeous i just need to talk to my fiance first before we commit to anything
A: of course i'll email it over
C: thank you so much you've been lovely
""", False, 0.00, "positive", "quote; deferral to fiance; prices only discussed"),

("FR6_049", "George Patel", "2026-11-27T09:12:47", "asr", """
A: good morning roadrunner rentals this is george
C: hi i need a car from the airport um monday through friday so five days
A: okay a standard sedan is thirty eight a day would you like damage cover for nineteen a day
C: uh no i'm covered through my credit card
A: no problem and gps navigation is nine a day that'd be forty five for the five days
C: yeah i'll take the gps i don't know the area at all
A: okay sedan plus gps shall i reserve it
C: yes reserve it please
A: reserved confirmation number is r r four four nine
C: okay got it
""", True, 45.00, "neutral", "gps nine a day x five days = forty five; damage cover declined"),

("FR6_050", "Hailey Morgan", "2026-11-27T13:56:02", "asr", """
A: crestline bank this is hailey
C: hi um i saw you have a high yield savings account what's the rate
A: it's four point one percent right now with no minimum balance
C: oh that's really good way better than my current bank
A: would you like me to open it for you now over the phone
C: um i think i'd rather come into the branch to do it i want to ask some questions in person
A: sure the main street branch is open till five
C: perfect thank you so much that's really helpful
""", False, 0.00, "positive", "interest but defers to branch visit; rate is not a price"),

("FR6_051", "Isaac Turner", "2026-11-28T16:23:38", "asr", """
A: speed link internet this is isaac
C: yeah my internet keeps dropping every like twenty minutes
A: okay let me run a test um i can see some signal issues
C: that's what the last three people told me and nothing changed
A: i can send a technician out on
C: no no i've had two technicians out already this is ridiculous i'm done
A: i understand sir
C: just cancel my service i want to cancel today
A: okay i'll transfer you to the cancellations team
""", False, 0.00, "negative", "complaint and cancellation request; no purchase"),

("FR6_052", "Bianca Rossi", "2026-11-28T17:40:55", "asr", """
A: good evening la terrazza this is bianca
C: hi um can i get a table for eight on saturday at seven
A: let me check yes i have seven pm for eight people
C: great um how much is the wine pairing
A: it's thirty five per person with the tasting menu
C: okay we'll decide on the night
A: so that's eight people saturday at seven under the name walsh
C: yep that's it
A: perfect you're booked
C: okay thanks
""", True, 0.00, "neutral", "reservation read-back confirmed; wine pairing price only asked"),

("FR6_053", "Warren Scott", "2026-11-29T10:07:21", "asr", """
A: bye direct um sorry buy direct electronics this is warren
C: yeah i'm calling about the sixty five inch tv i ordered it's a week late
A: i apologize it's out for delivery tomorrow
C: finally
A: since you're getting it tomorrow would you like wall mounting installation it's normally one fifty but i can do one twenty five
C: uh fine whatever just add the mounting
A: done one twenty five for the mounting and i can also add a three year warranty for ninety nine
C: no i don't want the warranty
A: okay so just the mounting
C: yeah this whole thing has been a hassle honestly
""", True, 125.00, "negative", "revised price one fifty -> one twenty five accepted; warranty declined; sixty five inch not a price"),

("FR6_054", "Nadia Hussein", "2026-11-29T14:33:14", "asr", """
A: paws and claws vet clinic this is nadia
C: hi um my dog's been limping and i wanted to know how much an x ray costs
A: an x ray is usually around two hundred plus the exam which is sixty five
C: hm okay
A: would you like to book an exam
C: uh not right now i'll see how he does over the weekend
A: sure call us if it gets worse
C: okay will do thanks
""", False, 0.00, "neutral", "prices only asked about; deferral"),

("FR6_055", "Patrick Doyle", "2026-11-30T09:50:06", "asr", """
A: tel star wireless this is patrick
C: hi i got charged for roaming but i never left the country i'm honestly really annoyed
A: i'm sorry let me check um yes i see a twenty five dollar roaming charge near the border
C: i live like ten miles from the border
A: that happens sometimes with towers i've refunded the twenty five and turned off roaming so it won't happen again
C: oh wow okay
A: anything else
C: no that's great thanks i really appreciate you sorting it out so fast
""", False, 0.00, "positive", "refund, not a purchase; annoyed start, grateful end"),

("FR6_056", "Sienna Walsh", "2026-11-30T11:15:40", "asr", """
A: serenity day spa this is sienna
C: hi i'd like to book a massage for saturday
A: sure a sixty minute swedish massage is ninety five i have eleven or two
C: um eleven please
A: would you like to upgrade to hot stone it's twenty dollars more
C: oh yes that sounds lovely
A: and aromatherapy is another fifteen
C: no just the hot stone thanks
A: okay hot stone massage saturday at eleven
C: oh i can't wait thank you this is exactly what i need
""", True, 20.00, "positive", "massage booked; hot stone twenty more accepted; aromatherapy fifteen declined"),

("FR6_057", "Omar Farouk", "2026-11-01T10:02:33", "asr", """
A: two guys moving this is omar
C: hi um we got your quote and we want to go ahead with the move on the twenty eighth
A: great that's three movers and a truck for the twenty eighth
C: yeah
A: do you want our packing kit boxes tape and paper it's sixty bucks
C: uh yeah yeah we need boxes add that
A: okay i've got the move on the twenty eighth plus the packing kit we'll drop the boxes off on monday
C: okay cool
""", True, 60.00, "neutral", "move booked; packing kit sixty bucks; three movers and dates not prices"),

("FR6_058", "Elena Popescu", "2026-11-01T15:28:19", "asr", """
A: hi this is elena from task flow
C: hi yeah we trialed your tool with the team
A: great what did you think
C: um honestly the team liked it but our it people need single sign on
A: sso is on our enterprise plan that's twenty two per user
C: yeah that's too much for us we'd sign up if sso was on the team plan
A: i understand i'll pass that on to product
C: okay sure
""", False, 0.00, "neutral", "conditional; price only; 'sso' spoken"),

("FR6_059", "Brandon Hughes", "2026-11-02T08:17:45", "asr", """
A: sky way airlines this is brandon
C: hi i booked a flight last month and i need to add a checked bag
A: sure i can add that it's thirty five each way
C: thirty five each way that's a rip off
A: i understand it's seventy total for the round trip
C: ugh fine add it i don't have a choice
A: done one checked bag both ways
C: you guys charge for everything honestly
""", True, 70.00, "negative", "call only to add bag: thirty five each way x two = seventy"),

("FR6_060", "Megan Ellis", "2026-11-02T21:35:03", "asr", """
A: north state power outage line this is megan
C: yeah our power's been out since like four o'clock
A: i'm sorry there's a transformer issue in your area
C: okay when's it coming back
A: the estimate is tomorrow evening
C: oh great so another day with no heat that's just fantastic
A: we have crews working on it
C: yeah sure you always say that
""", False, 0.00, "negative", "outage; sarcasm"),
]
