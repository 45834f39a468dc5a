CALLS = [
    ("FR58_061", "Yuki Tanaka", "2026-11-23T09:12:33", "clean",
     """A: Evergreen Life, this is Yuki. Can I confirm your date of birth?
C: Yes, it's March 3, 1981.
A: Thank you. You requested a quote for term life online?
C: Right, 20-year term, $500,000.
A: For a non-smoker your age that's about $38 a month, pending a quick medical exam.
C: Okay. And the exam, is that at my house?
A: Yes, a nurse comes to you. Shall I schedule it and start the application?
C: I'm not ready to buy anything today. I'm still comparing a couple of quotes.
A: Understood. The quote stays valid for 60 days.
C: Okay, thanks."""
     , False, 0.00, "neutral", "'Yes' is to date of birth; refusal 'I'm not ready to buy anything today'; flat"),

    ("FR58_062", "Rebecca Stone", "2026-11-23T11:46:05", "asr",
     """A: bella notte this is rebecca
C: hi um i'd like to book for friday eight people it's my mom's seventieth
A: oh how lovely friday we can do seven in the back room
C: seven's great yeah book it
A: under what name
C: rossi
A: okay eight people friday at seven rossi and we do a celebration cake for the table it's twenty five serves ten
C: oh my gosh yes add the cake she's gonna cry
A: any message on it
C: happy seventieth mama
A: done so eight at seven friday plus the cake
C: you're the best thank you so much""",
     True, 25.00, "positive", "'yeah book it'; cake 'twenty five' 'yes add the cake' = 25; 'you're the best'"),

    ("FR58_063", "Omar Haddad", "2026-11-23T13:31:19", "asr",
     """A: dreamwell mattress this is omar
C: yeah i'm ordering the cloud hybrid queen again because the last order got cancelled on your end for no reason
A: i'm so sorry about that let me get that set up the queen is nine ninety nine
C: yep just put it through
A: okay and our cooling pillows are forty nine each would you like any
C: um fine two pillows
A: two pillows at forty nine each so ninety eight
C: yes
A: okay that's placed delivery in about two weeks
C: two weeks so a month total since i first ordered great
A: i'm really sorry for the delay
C: honestly the whole thing's been a nightmare just make sure it actually comes""",
     True, 98.00, "negative", "'yep just put it through'; 'two pillows' at forty nine each = 98; 'been a nightmare', sarcastic 'great'"),

    ("FR58_064", "Chloe Bergeron", "2026-11-23T15:04:58", "clean",
     """A: Metro Power and Light, this is Chloe.
C: Hi. I'm moving out on Friday and I submitted a stop-service request online two weeks ago.
A: Let me check... I don't see a request on the account.
C: I got a confirmation email. I'm looking at it right now.
A: I'm sorry, it looks like it didn't go through on our side. I can put it in now for Friday.
C: Please do. And if I'd trusted that I would have been paying for the next tenant's power.
A: I understand. It's in now for Friday, final bill goes to your new address.
C: Can you send me a confirmation that actually works this time?
A: Yes, I've sent it.
C: Whatever. I'll check it."""
     , False, 0.00, "negative", "stop-service request, no purchase; complaint about failed online request, 'Whatever'"),

    ("FR58_065", "Maria Delgado", "2026-11-24T09:33:27", "asr",
     """A: sunroad car rental this is maria
C: hi i have a reservation for a minivan at the airport on the twenty sixth confirmation r t four four nine
A: let me look um i'm so sorry we don't have any minivans available that day
C: what i booked it a month ago
A: i know the fleet's short for the holiday i can offer a compact suv or a full size sedan at a discount
C: a compact we're six people with car seats that won't work
A: i understand the full size sedan
C: that's five seats six people it doesn't fit
A: i'm really sorry i can check another location
C: the other location is forty minutes away just forget it cancel the whole thing
A: okay it's cancelled you won't be charged
C: unbelievable thanksgiving ruined thanks a lot""",
     False, 0.00, "negative", "reserved vehicle unavailable, alternatives refused, cancelled; 'unbelievable', sarcastic 'thanks a lot'"),

    ("FR58_066", "Kevin Brennan", "2026-11-24T11:08:44", "asr",
     """A: riverside auto care this is kevin
C: yeah hi my car's factory warranty is running out and i got a flyer about your extended one
A: sure for your vehicle the five year plan is fourteen hundred or you can do monthly at forty two
C: fourteen hundred
A: that covers engine transmission electrical and ac
C: mhm and the deductible
A: a hundred per visit
C: yeah i'm gonna pass on that for now i'll put it in savings instead
A: okay no problem
C: okay
A: have a good one
C: you too""",
     False, 0.00, "neutral", "refusal without 'no' ('i'm gonna pass on that'); flat"),

    ("FR58_067", "Priya Raman", "2026-11-24T14:20:16", "asr",
     """A: streamly support this is priya
C: hey so i'm on the basic with ads and the ads are driving me nuts
A: i hear that a lot the premium plan is ad free and four k it's nineteen ninety nine
C: um and i'm on nine ninety nine now right
A: correct so ten more a month
C: yeah okay switch me to premium
A: done it's active right now just refresh the app
C: oh wait it already worked no ads
A: yep you're all set
C: oh that's so much better thank you this is great""",
     True, 0.00, "positive", "paid plan change 'switch me to premium' (main purchase, not upsell); 'so much better ... this is great'"),

    ("FR58_068", "Tomasz Nowak", "2026-11-24T15:52:39", "asr",
     """A: lakeshore family clinic billing tomasz speaking
C: yeah i got a bill for four eighty for my annual physical that's supposed to be covered
A: let me take a look it was coded with a follow up for a separate issue
C: i asked the doctor one question about my knee one question
A: i understand when a separate problem is discussed it gets billed separately
C: nobody told me that nobody
A: i can submit it for a coding review
C: so i have to call again and again like last time
A: the review takes about thirty days and the bill is on hold until then
C: i can't believe this honestly i'm looking for a new doctor
A: i'm sorry for the frustration
C: yeah sure""",
     False, 0.00, "negative", "billing dispute, review only; 'i can't believe this', 'looking for a new doctor'"),

    ("FR58_069", "Alicia Greene", "2026-11-25T10:14:52", "asr",
     """A: city arena box office alicia speaking
C: hi i want two for the hockey game on the ninth lower bowl if there's anything
A: i have section one twelve row m at eighty five each so one seventy
C: okay that's fine i'll take them
A: great would you like ticket insurance twelve dollars refunds you if you can't go
C: uh yeah go on
A: okay so two tickets plus insurance that's one eighty two
C: wait one eighty two um actually take the insurance off i'll risk it
A: sure so one seventy just the tickets
C: yeah
A: done you'll get them in the app
C: okay cool""",
     True, 0.00, "neutral", "'i'll take them'; insurance 'twelve' accepted then 'take the insurance off' = 0; flat"),

    ("FR58_070", "Darnell Hughes", "2026-11-25T11:45:20", "clean",
     """A: Granite Federal fraud department, this is Darnell.
C: Hi, I just got a text about a $1,200 charge in Miami. I'm in Ohio. I didn't make it. I'm kind of panicking.
A: Okay, I'm going to help you. Let me verify a few things first... Thank you.
C: Did they take the money?
A: The charge was declined by our system, so no money left your account.
C: Oh my God. Okay.
A: I've frozen the card and a new one will arrive in 3 to 5 days.
C: What about my automatic payments?
A: I'll send you a list of recurring charges to update.
C: Thank you so much. You've been amazing, I can actually breathe now."""
     , False, 0.00, "positive", "fraud handling, no purchase; panicking start ends 'You've been amazing'"),

    ("FR58_071", "Sofia Marchetti", "2026-11-25T13:37:08", "clean",
     """A: Crystal Clear Windows, Sofia speaking.
C: Hi. I'm calling because your crew was supposed to come Monday and nobody showed up. No call, nothing.
A: I'm very sorry. I see the visit was rescheduled because of rain.
C: Nobody told me. I took the morning off.
A: I apologize. I can get you in next Tuesday, and take 10% off.
C: Next Tuesday I'm working.
A: Wednesday morning?
C: Honestly, I don't think I want to go through this again.
A: I understand. Should I cancel the quote?
C: Yes. Cancel it. Very disappointing."""
     , False, 0.00, "negative", "no-show complaint, rebook declined, 'Yes. Cancel it' (not a purchase); 'Very disappointing'"),

    ("FR58_072", "Ethan Caldwell", "2026-11-25T15:09:46", "asr",
     """A: northpeak wireless this is ethan
C: yeah my bill went from sixty to ninety four and nobody told me why
A: let me look the promotional credit ended last month
C: so i'm just paying thirty four more now
A: i can offer a loyalty rate of seventy five a month for twelve months if you stay
C: seventy five is still more than i was paying
A: it's the best i can do on that plan
C: no i'm done i'm porting my number today someone else has it for fifty
A: i'm sorry to hear that
C: yeah sure you are
A: is there anything else
C: no""",
     False, 0.00, "negative", "retention offer refused ('no i'm done i'm porting'); sarcastic 'yeah sure you are'"),

    ("FR58_073", "Naomi Fischer", "2026-11-26T09:26:31", "asr",
     """A: shopwell customer service this is naomi
C: hi my package says delivered but it's not here it's the second time this month
A: i'm so sorry let me check the tracking shows it left at the front door tuesday
C: there's nothing at the front door i looked everywhere
A: okay i can reship it at no charge it'd arrive friday
C: fine but i'm not paying for anything extra
A: no there's no cost for the reshipment
C: and can you make them ring the bell this time
A: i've added a delivery note
C: okay whatever this is the last time i order from you people honestly
A: i understand
C: mhm""",
     False, 0.00, "negative", "free reshipment, no purchase; 'last time i order from you people'"),

    ("FR58_074", "Luis Ortega", "2026-11-26T11:02:14", "asr",
     """A: daybreak coffee club this is luis
C: hi um i got a sample bag at the farmers market and i wanna sign up for the subscription
A: oh awesome two bags a month is thirty two
C: yeah two bags a month sign me up
A: great whole bean or ground
C: whole bean
A: okay and do you have a grinder we have a burr grinder as a one time add on thirty nine
C: oh i've been using a blade one yeah add the grinder
A: done two bags whole bean monthly plus the grinder first shipment goes out monday
C: amazing thanks i'm so excited that coffee was incredible""",
     True, 39.00, "positive", "'sign me up'; grinder 'thirty nine' 'add the grinder' = 39; 'so excited', 'incredible'"),

    ("FR58_075", "Hannah Whitfield", "2026-11-26T13:48:57", "clean",
     """A: Northpeak Wireless online orders, Hannah speaking.
C: Hi, I started an order for the Galaxy S25 and it timed out. Can you finish it?
A: Sure. I see it: Galaxy S25, 256 GB, black, $799, shipping to 22 Lark Lane.
C: Yes.
A: Would you like the 45-watt fast charger? The phone doesn't come with one. It's $25.
C: Yes, add the charger.
A: Please confirm: Galaxy S25 256 GB in black plus the charger, $824 before tax, to 22 Lark Lane.
C: Yes, that's correct.
A: Placed. You'll get tracking tonight.
C: Okay, thanks."""
     , True, 25.00, "neutral", "confirms read-back 'Yes, that's correct'; charger $25 'add the charger' = 25; flat"),

    ("FR58_076", "Marcus Bell", "2026-11-27T10:31:40", "asr",
     """A: harbor view inn this is marcus
C: yeah i stayed with you last weekend and you charged my card twice for the same room
A: i'm sorry let me look um yes i see two charges of three eighteen
C: six hundred dollars sitting on my card for a week now
A: one was the pre authorization it should have dropped off
C: should have but it didn't and i called on monday and nobody called me back
A: i'm really sorry i'm releasing it now and i'll send you a confirmation
C: how long
A: three to five business days
C: three to five more days great
A: i'm sorry
C: yeah i won't be staying there again""",
     False, 0.00, "negative", "double charge complaint, no purchase; sarcastic 'great', 'won't be staying there again'"),

    ("FR58_077", "Yuki Tanaka", "2026-11-27T12:18:05", "clean",
     """A: Keystone Insurance, Yuki speaking.
C: My renewal came in 30% higher. No claims, no tickets. 30%. That's outrageous.
A: I'm sorry. Rates went up across the state this year. Let me see what I can do.
C: Please.
A: If you raise your deductible from $500 to $1,000, your premium drops to $104 a month, close to what you paid last year.
C: And the coverage is otherwise the same?
A: Exactly the same.
C: Fine, switch me to that one. I'm still not happy about it.
A: Done, the new deductible applies from your renewal date.
C: Yeah. I'll be shopping around before next year, just so you know."""
     , True, 0.00, "negative", "plan change 'Fine, switch me to that one' (renewal kept); 'outrageous', 'still not happy'"),

    ("FR58_078", "Rebecca Stone", "2026-11-27T14:55:22", "asr",
     """A: the copper table events this is rebecca
C: hi i'm organizing our team dinner december eleventh twenty people
A: sure the private room fits twenty four the set menu is sixty five per person
C: okay yeah let's go ahead and book the private room for twenty
A: great and would you like the wine pairing it's twenty two a head
C: um for everybody
A: for all twenty yes
C: yeah okay the company's paying add the wine pairing for all twenty
A: so twenty guests set menu with wine pairing december eleventh at seven
C: yes correct
A: you're booked i'll send the contract
C: okay thanks""",
     True, 440.00, "neutral", "'book the private room for twenty'; wine pairing 'twenty two a head' for twenty = 440; flat"),

    ("FR58_079", "Omar Haddad", "2026-11-27T16:40:48", "asr",
     """A: oakline furniture this is omar
C: hi i want to order the grey accent chair the one on sale for three nineteen
A: sure the marlow chair in grey let me take payment
C: okay it's a visa four two two eight
A: hmm that's been declined
C: what okay try my debit five five one nine
A: i'm sorry that one's declined too
C: ugh that makes no sense there's money on it
A: sometimes the bank blocks larger online charges you could call them and call us back
C: the sale ends today though
A: i can't hold the price without payment i'm sorry
C: ugh forget it this is so annoying""",
     False, 0.00, "negative", "two cards declined, nothing ordered; 'forget it this is so annoying'"),

    ("FR58_080", "Chloe Bergeron", "2026-11-27T17:12:30", "asr",
     """A: metro power and light home services this is chloe
C: hi i saw an insert in my bill about a home warranty plan
A: yes it covers your heating cooling and water heater twelve ninety five a month
C: mhm and plumbing
A: plumbing lines are in the plus plan that's nineteen ninety five
C: okay um can you mail me the brochure so i can read the fine print
A: sure same address as the bill
C: yep that's right
A: sent it'll arrive in about a week
C: okay thanks""",
     False, 0.00, "neutral", "'can you mail me the brochure'; 'yep that's right' is to the address; flat"),
]
