CALLS = [
("FR29_041", "Nadia Haddad", "2026-11-17T08:35:00", "asr", """A: brightwave mobile billing this is nadia
C: yes you charged me twice this month two hundred and sixty dollars both times
A: i'm sorry let me check yes i see a duplicate payment
C: i noticed because my rent bounced
A: i'm refunding the duplicate it'll take three to five business days
C: three to five days my landlord wants it today
A: i can also add a courtesy credit of twenty dollars
C: twenty dollars doesn't cover the late fee
A: i understand i can escalate it
C: no i'm done twenty years with you and this is how it goes i want to close the account
A: i can transfer you to the closing team
C: yeah do that""", False, 0.00, "negative", "billing error; refund and credit not purchases; cancelling, angry"),

("FR29_042", "Owen Price", "2026-11-17T12:40:00", "clean", """A: Casa Verde, Owen speaking.
C: Hi, I'd like a table for 4 this Friday, 7:30 if you have it.
A: I do. May I have a name?
C: Ortiz.
A: Let me confirm: Ortiz, party of 4, Friday at 7:30 pm.
C: Yes, that's right. Do you have parking?
A: There's a lot behind the building. You're all set.
C: Great.
A: We're also doing a wine pairing with the tasting menu, $45 per person.
C: Let's see on the night.
A: Of course. See you Friday.
C: Thanks.""", True, 0.00, "neutral", "read-back confirmed with question; wine pairing left open, not accepted"),

("FR29_043", "Sofia Rossi", "2026-11-17T15:20:00", "asr", """A: harbor mutual home insurance this is sofia
C: yeah i need a policy for the house we close on the first
A: congratulations the quote for your home is one forty two a month
C: one forty two seriously my old place was ninety
A: the new house is bigger and closer to the river
C: figures okay fine write the policy
A: would you like flood coverage that's twelve a month extra
C: with the river yeah i guess i have to
A: and a jewelry rider for eight a month covers up to ten thousand
C: yeah that too my wife's ring
A: so the policy plus flood and jewelry starting december first
C: yes go ahead it still feels like highway robbery but whatever""", True, 20.00, "negative", "policy bought; flood $12 + jewelry $8 accepted = $20; grumbling throughout"),

("FR29_044", "Ben Carter", "2026-11-18T10:00:00", "asr", """A: taskflow sales this is ben
C: hi we're a five person team looking at project tools
A: our basic tier is nineteen a user and premium is forty nine a user per month
C: premium's too much for us honestly
A: premium has the client portal and time tracking you mentioned on the form
C: hm the time tracking we're paying for a separate app for that
A: right about fifteen a user so you'd drop that
C: oh huh that changes things
A: so premium might come out cheaper overall
C: you know what let's do it go with premium for the five of us
A: great i'll set up the workspace now
C: perfect this is actually a nice surprise""", True, 0.00, "positive", "changed mind from no to yes; premium is the main purchase not an add-on; pleased"),

("FR29_045", "Aisha Bello", "2026-11-18T17:30:00", "asr", """A: hi this is aisha from northgate energy we're offering a free smart thermostat install
C: oh sure because my last smart meter worked so well
A: the thermostat can save about ten percent on heating
C: the smart meter overbilled me for three months
A: i'm sorry to hear that this is a separate program
C: no thanks i don't want anything else smart from you
A: understood
C: fix the meter first then call me""", False, 0.00, "negative", "free offer refused; sarcastic about the company"),

("FR29_046", "Jonas Berg", "2026-11-19T09:15:00", "clean", """A: Eastline Rail, this is Jonas.
C: Hi, I'd like two return tickets from New York to Boston.
A: Sure. Travel dates?
C: Out on December 3, back on the 7th. Morning trains if possible.
A: The 8:05 out and the 9:40 back. Let me confirm: two adults, December 3 and 7, $184 total.
C: You got it.
A: Would you like reserved seats? They're $8 per seat each way.
C: Hmm, just outbound. Two seats on the 8:05.
A: That's $16 for the reservations.
C: Fine.
A: Your tickets are booked.
C: Okay, thanks.""", True, 16.00, "neutral", "read-back confirmed; reserved seats 2 x $8 outbound only = $16; times not prices"),

("FR29_047", "Mei Chen", "2026-11-19T14:25:00", "asr", """A: bayside auto service this is mei calling about your truck
C: yeah is it ready
A: the tech found the water pump is leaking too so the quote's gone from four hundred to six fifty
C: six fifty you said four hundred on monday
A: the pump wasn't visible until the belt was off
C: this always happens with you guys
A: we can just do the original work but the pump may fail soon
C: fine just do it all i need the truck for work
A: okay it'll be ready by five
C: great another two fifty i didn't plan on""", True, 0.00, "negative", "authorised the revised repair (purchase); no add-on; angry, sarcastic close"),

("FR29_048", "Raj Patel", "2026-11-19T18:10:00", "asr", """A: voltmart mobile this is raj
C: hi i wanna order the pixel nine in the green
A: sure that's seven ninety nine outright
C: yep outright
A: do you want a case it's thirty and a screen protector for fifteen
C: the case yeah the screen thing no
A: okay phone and case that's eight twenty nine
C: oh actually throw in the screen protector too i always crack them
A: no problem phone case and protector eight forty four
C: yes perfect
A: shipping tomorrow
C: awesome thank you raj this was super easy""", True, 45.00, "positive", "phone main; case $30 accepted; protector first declined then accepted $15 = $45"),

("FR29_049", "Priya Nair", "2026-11-20T08:20:00", "asr", """A: lakeside family clinic this is priya
C: hi i have an appointment with doctor chen on the twenty fourth and i need to cancel
A: sure can i have your name and date of birth
C: kevin park june twelfth eighty seven
A: thank you i've cancelled it would you like to rebook
C: no i'll call back when i know my work schedule
A: okay anytime
C: thanks""", False, 0.00, "neutral", "cancellation with no rebooking; dates not purchases"),

("FR29_050", "Marcus Bell", "2026-11-20T13:00:00", "clean", """A: Hi, this is Marcus from SafeHaven Security. Do you have a moment?
C: A short one.
A: We're offering a home alarm system with monitoring for $29.99 a month, installation included.
C: What's the contract length?
A: It's a 3-year agreement.
C: I'd sign up if you didn't require a 3-year contract.
A: Unfortunately the pricing depends on the term.
C: Then no. Guardline does month-to-month, and honestly they seem better.
A: I understand. Can I call you again next year?
C: I'd rather you didn't.""", False, 0.00, "negative", "conditional refusal; praises competitor; polite but negative"),

("FR29_051", "Elena Ruiz", "2026-11-20T16:35:00", "asr", """A: cedar savings online banking this is elena
C: my account is locked and i have to pay my contractor today this is a nightmare
A: i'm sorry let me verify you can you read me the code i just texted
C: seven one four two nine nine
A: thank you it was locked after three wrong passwords i've unlocked it
C: oh okay wait i'm in
A: you can reset the password under settings
C: okay done i can see the payment screen
A: great anything else
C: no that's it thank you so much you've been really helpful sorry i yelled""", False, 0.00, "positive", "support only; frustrated start, warm thanks at end (end weighs more); code digits not a price"),

("FR29_052", "Tom Okafor", "2026-11-21T10:25:00", "asr", """A: lotus yoga studio this is tom
C: hi i wanna sign up for the breathwork workshop on saturday
A: oh saturday's full sorry we had a rush
C: aw
A: we added a second one on sunday at ten same teacher
C: sunday at ten um yeah i can do that
A: great it's sixty dollars i'll put you down
C: okay
A: do you need a mat we rent them for five
C: yeah i'll rent one mine's in my sister's car
A: so sunday at ten plus a mat sixty five total
C: sounds good""", True, 5.00, "neutral", "Saturday full; Sunday alternative booked; mat rental $5 accepted"),

("FR29_053", "Hana Sato", "2026-11-21T15:10:00", "asr", """A: brightwave mobile orders this is hana
C: hi just checking on my new phone i ordered it last week super excited
A: let me look uh it's showing back ordered until about december twelfth
C: wait what it said two days when i ordered it
A: i'm sorry the supplier delayed the shipment
C: i traded in my old phone already i have nothing
A: i can give you a loaner phone from the store
C: a loaner this is ridiculous i'm done just cancel the order
A: i can cancel it and refund the nine ninety nine
C: yes cancel it""", False, 0.00, "negative", "friendly start, negative end; cancels earlier order; 'yes' to cancel is not a purchase"),

("FR29_054", "Diego Alvarez", "2026-11-23T11:45:00", "clean", """A: Tallyhub support, Diego here.
C: Hi, how do I export all my boards to PDF? I need them for a client on Monday.
A: Go to Settings, then Workspace, then Export. Choose PDF and select all boards.
C: Okay... Workspace... Export. I see it.
A: It can take a few minutes for large workspaces.
C: It's running. 14 boards.
A: You'll get an email when it's ready.
C: Okay, got it. Thanks.""", False, 0.00, "neutral", "how-to support; routine thanks"),

("FR29_055", "Grace Kim", "2026-11-23T19:20:00", "asr", """A: bangkok garden takeout this is grace
C: hi can i get a pad thai a green curry with chicken and uh two spring rolls
A: spicy level on the curry
C: medium please
A: okay one pad thai one green curry medium two spring rolls total thirty four fifty
C: yep
A: would you like mango sticky rice it's six fifty
C: no thanks
A: ready in twenty minutes
C: okay thanks""", True, 0.00, "neutral", "order read back and confirmed; dessert declined"),

("FR29_056", "Liam Walsh", "2026-11-24T09:50:00", "asr", """A: orca bay tours this is liam
C: hi we wanna book the whale watching tour tomorrow at one for four people
A: let me put that in four adults tomorrow at one that's two twenty total
C: perfect book it
A: hang on uh the system says that sailing is full now someone just took the last spots sorry
C: oh no
A: i have thursday at one with space
C: we fly out thursday morning
A: i'm really sorry
C: that was the one thing the kids wanted to do on this trip""", False, 0.00, "negative", "commitment failed (full); alternative impossible; disappointed"),

("FR29_057", "Nadia Haddad", "2026-11-24T14:00:00", "asr", """A: harbor mutual auto this is nadia
C: hi my son just got his license and i need to add him to our policy
A: congratulations can i have his date of birth
C: may second two thousand nine
A: thank you adding him will increase the premium by one forty a month
C: one forty ouch
A: if he takes the safe driver course it drops about twenty percent
C: okay we'll look at that
A: shall i add him starting today
C: okay go ahead teenagers are expensive
A: he's covered as of now
C: alright thanks""", True, 140.00, "neutral", "add-on to existing policy, only purchase in call (README decision): $140/mo; resigned but not hostile"),

("FR29_058", "Owen Price", "2026-11-25T12:15:00", "clean", """A: Oakline Furniture, this is Owen.
C: Hi! I'd like to order the Marlow sofa in slate gray.
A: Lovely choice. It's $1,450, and delivery is $60.
C: Okay.
A: I'd also recommend our fabric protection treatment, $89. It handles spills and pet hair.
C: With a dog, yes, definitely.
A: So the Marlow in slate, fabric protection, delivery on December 4. Shall I place it?
C: Yes, please.
A: Done!
C: Thank you, you've been so helpful. I've been hunting for a sofa for months.""", True, 89.00, "positive", "sofa main; fabric protection $89 accepted; delivery fee excluded"),

("FR29_059", "Sofia Rossi", "2026-11-25T17:40:00", "asr", """A: city water services this is sofia
C: hi our water's been off since this morning on elm street
A: yes there's a main break crews are working on it
C: any idea when it'll be back
A: we're estimating around eight tonight
C: okay nobody told us there wasn't even a text
A: i'm sorry about that
C: i just expected better honestly we pay enough
A: i'll add your number to the alert list
C: sure""", False, 0.00, "negative", "outage info; quietly disappointed; 'sure' to alerts is not a purchase"),

("FR29_060", "Ben Carter", "2026-11-26T10:35:00", "asr", """A: greenleaf lawn care this is ben
C: hi can you guys do my lawn weekly
A: sure what's the address
C: forty one quarry road
A: for that size it's forty five per visit
C: okay yeah let's do weekly starting next week
A: great i'll put you on tuesdays
C: tuesday's fine
A: we can also do a one time hedge trim for one twenty
C: let me check with my wife about the hedges she's weird about them
A: no problem you're set for tuesdays
C: okay thanks""", True, 0.00, "neutral", "weekly service committed; hedge trim deferred"),
]
