CALLS = [
("FR32_061", "Nina Petrova", "2026-11-02T10:38:25", "clean", """A: GlobeSafe Travel Insurance, Nina speaking.
C: Hi, I'm going to Portugal for 12 days in March and want to buy a policy.
A: Sure. For one traveller, 12 days, trip cost about $3,000?
C: $3,200, roughly.
A: Then the Standard plan is $68. It covers medical, baggage and trip cancellation for covered reasons.
C: Okay, I'll take the Standard.
A: There's also a Cancel For Any Reason upgrade for $42. You'd get 75% back if you cancel for any reason.
C: My mom's been in and out of hospital, so... yes, add that one.
A: Okay, Standard plus Cancel For Any Reason, $110 in total. Shall I charge the Visa?
C: Yes, that's fine.
A: Done, your policy is on its way by email.
C: Okay, thanks.
""", True, 42.0, "neutral", "Policy bought; CFAR upgrade $42 accepted; trip cost and days are not prices of add-ons; neutral."),

("FR32_062", "Ben Carter", "2026-11-03T18:56:50", "asr", """A: hi this is ben calling from brightpath energy am i speaking with the account holder for the electric at this address
C: uh yes that's me
A: great we're offering a fixed rate of eleven point two cents per kilowatt hour for twenty four months which could save you around fifteen a month
C: hmm we're actually locked into a contract with our current supplier till next summer
A: we can cover up to one hundred fifty dollars of the early termination fee
C: no it's okay we'll look again when it's up
A: should i call you back in june
C: um sure you can call me back in june
A: great i'll make a note thanks for your time
C: yep no problem bye
""", False, 0.0, "neutral", "'Yes' to account-holder question and to a callback are not purchases; offer declined; neutral."),

("FR32_063", "Yuki Tanaka", "2026-11-04T16:04:36", "clean", """A: Galaxy Arena tickets, this is Yuki.
C: Hi there! I need three tickets for the Starfall concert on the 28th, me and my two kids.
A: Fun! Upper level is $40 apiece, so $120 for three.
C: Upper level is fine, they just want to be in the building.
A: Great. There's also a meet-and-greet upgrade for $60 per person with early entry and a signed lanyard.
C: Oh, the kids would die. Hmm. Just for me though, not the kids, I'll take their lanyards home for them. Ha.
A: Ha! So three upper-level tickets plus one meet-and-greet upgrade, $180 total. Shall I book it?
C: Yes, go ahead.
A: You're booked. Early entry is at 5.
C: I'm going to be the coolest mom ever. Thank you so much!
""", True, 60.0, "positive", "Tickets booked; meet-and-greet $60 per person accepted for one person only = 60; thrilled."),

("FR32_064", "Rachel Adams", "2026-11-05T09:20:13", "asr", """A: netsphere support this is rachel
C: yeah my internet was down from saturday to tuesday i work from home
A: i'm really sorry there was a cable cut in your area i can apply an outage credit
C: okay how much
A: it's a credit of five dollars and sixty cents for the three days
C: oh wonderful five bucks for three days of no internet i'm so grateful
A: i understand it's prorated from your monthly rate
C: i lost two days of work
A: i'm sorry i can also escalate it for a review
C: yeah do that though i'm not holding my breath
A: done you'll hear back in five to seven days
C: sure i will
""", False, 0.0, "negative", "Outage credit and escalation are not purchases; heavy sarcasm = negative."),

("FR32_065", "Maria Lopez", "2026-11-06T14:42:08", "clean", """A: Pixelroom support, Maria speaking.
C: Hi, I'd like to cancel my subscription. I've finished the project I needed it for.
A: Of course. Can I offer you three months at half price, in case you have another project coming up?
C: That's kind, but no thanks. I really don't need it right now.
A: Understood. Would you like to keep your files in a free archive account? There's no charge.
C: Oh, that's handy. Sure, keep the files.
A: Done. Your paid subscription is cancelled as of today and your files are in the archive.
C: Great. Honestly, the app was excellent, I'll be back when I need it again.
A: We'd love that.
C: Thanks, that was painless. Easiest cancellation I've ever done.
""", False, 0.0, "positive", "Cancellation with discount refused; free archive is not a purchase; customer praises app and process."),

("FR32_066", "James Chen", "2026-11-09T12:50:44", "asr", """A: cornerstone remodeling this is james
C: hi um i'm thinking about redoing our main bathroom and wanted to get an idea of cost
A: sure most of our bathroom remodels run between twelve and eighteen thousand depending on tile and fixtures
C: okay and do you come out and look at it
A: yes we do a free in home estimate i have thursday at four or saturday at ten
C: um let me check my calendar and talk to my husband about which day and i'll call you back
A: no problem can i take a number
C: sure it's five five five three eight nine one one two six
A: great i'll note it
C: okay thanks
""", False, 0.0, "neutral", "Estimate slots offered but customer defers; giving a phone number is not a commitment; neutral."),

("FR32_067", "Priya Nair", "2026-11-10T17:13:29", "clean", """A: Northfield Outfitters, Priya speaking.
C: Hi. I've been trying to order on your website for twenty minutes and it keeps kicking me out at checkout.
A: I'm sorry about that. I can place the order for you.
C: Fine. The Alpine parka, women's medium, in charcoal. It's $220.
A: Got it. We have a matching scarf for $35 and the fleece gloves for $28.
C: Sure, add the scarf and the gloves.
A: Okay, both added.
C: Actually, take the gloves off. I just remembered I got some for my birthday.
A: No problem. Parka and scarf, $255, shipping free. Shall I place it?
C: Yes, place it.
A: Done. You'll get a confirmation email shortly.
C: Okay.
""", True, 35.0, "neutral", "Parka ordered; scarf $35 kept, gloves retracted by name; website complaint early but calm end; neutral."),

("FR32_068", "Tom Becker", "2026-11-11T19:31:58", "asr", """A: cityline tv and internet this is tom how can i help
C: yeah i want to know why my bill is a hundred and thirty a month
A: let me look you're on the premier bundle with the sports tier
C: streamline gives you the same thing for half that you guys are way too expensive
A: i understand i could move you to the select bundle at ninety nine and keep most of your channels
C: mm i'll think about it
A: i can hold that price for you for a week
C: sure whatever
A: anything else i can help with
C: no honestly i'm probably just gonna switch
""", False, 0.0, "negative", "Cheaper bundle offered, customer only says he'll think about it; praises competitor; negative."),

("FR32_069", "Aisha Bello", "2026-11-12T08:17:40", "clean", """A: Arbor Suites rewards desk, Aisha speaking.
C: Hi, I want to book two nights in Austin using points. December 4th and 5th, the Congress Avenue hotel.
A: Let me look. I see a standard king for 45,000 points.
C: Great, book it.
A: Putting it through now... I'm sorry, the booking didn't go through. That room type just became unavailable for points on those dates.
C: You're kidding. It was on the app two minutes ago.
A: I'm sorry. I could book a paid rate at $289 a night, or the Riverside hotel on points.
C: No. The Riverside is 20 minutes from my conference and I'm not paying $289 a night when I've got 300,000 points.
A: I understand. I'll send feedback about the availability display.
C: Forget it. I'll stay somewhere else.
""", False, 0.0, "negative", "Booking failed, alternatives refused, nothing booked; annoyed."),

("FR32_070", "Lukas Weber", "2026-11-13T11:45:15", "asr", """A: green shield pest control this is lukas
C: hi my neighbor recommended you guys she said you were great we've got ants all over the kitchen
A: oh thanks for calling we'd recommend our quarterly plan it's one oh five per visit and includes interior and exterior treatment
C: okay yeah let's start that
A: great i can get a tech out monday between one and three
C: monday's good
A: and it's mosquito season starting in spring we have a yard treatment normally sixty five but i can do forty nine if you add it now
C: oh at forty nine yeah throw that in the yard is full of them
A: done so quarterly plan starting monday plus the mosquito treatment
C: awesome thank you you've been really helpful
""", True, 49.0, "positive", "Quarterly plan booked; mosquito add-on accepted at revised forty nine; one oh five is the main service; positive."),

("FR32_071", "Sofia Rossi", "2026-11-16T15:57:32", "clean", """A: Keystone Bank lending, this is Sofia.
C: Hi, I'm looking at a personal loan to consolidate some credit cards. What rates are you offering?
A: For $15,000 over 36 months, rates currently start at 9.4% APR with good credit.
C: And what would the monthly payment be?
A: At 9.4%, about $480 a month.
C: Okay. Is there an origination fee?
A: No origination fee. Shall I start the application for you?
C: Not today. I'm still comparing a couple of offers.
A: Of course. I can email you a summary.
C: Yes, that's my email on file. Thank you.
""", False, 0.0, "neutral", "Rate questions only, application declined for now; 'yes' confirms email; neutral."),

("FR32_072", "Daniel Kim", "2026-11-17T13:26:07", "asr", """A: happy tails pet sitting this is daniel
C: hi we're going away for five days over thanksgiving and need someone to look after our dog
A: of course our daily visit is thirty five a day for a walk feeding and playtime
C: okay she's a lab she's got a lot of energy
A: then you might want an extra evening visit it's fifteen a visit
C: yeah let's do the evening visit too for all five days
A: great so five days of daily visits plus five evening visits starting wednesday the twenty fifth
C: yep that's perfect
A: you're booked we'll do a meet and greet on monday
C: wonderful we're so relieved thank you
""", True, 75.0, "positive", "Pet sitting booked; evening visit fifteen a visit x five days = 75 accepted; relieved and happy."),

("FR32_073", "Grace Owusu", "2026-11-18T09:09:51", "clean", """A: Hi, this is Grace from QuickFix Appliance. The technician finished looking at your refrigerator.
C: Okay. What's the verdict?
A: The compressor relay and the fan motor both failed. The repair would be $280 in parts and labor, on top of the $85 diagnostic fee you already paid.
C: $280. For a fridge that's eight years old.
A: It would have a 90-day warranty on the repair.
C: Honestly, for that price I'll just buy a new one. Please don't do the repair.
A: Understood. We won't proceed.
C: I was hoping it'd be something simple. That's disappointing.
A: I'm sorry it wasn't better news.
C: Okay. Thanks for letting me know.
""", False, 0.0, "negative", "Repair declined; prior diagnostic fee is not a new purchase; quietly disappointed."),

("FR32_074", "Mateo Silva", "2026-11-19T16:16:24", "asr", """A: trueline insurance this is mateo
C: hi i got a quote online for my new car and want to go ahead
A: sure i see it full coverage on a twenty twenty four mazda three at ninety two a month
C: yeah that's the one sign me up
A: great starting today we also offer accident forgiveness for eight a month
C: hmm no i'm a careful driver
A: no problem full coverage at ninety two a month starting today your id cards are in the app
C: okay can i print them from there
A: yes there's a print button on the policy page
C: okay thanks
""", True, 0.0, "neutral", "Policy bought ('sign me up'); accident forgiveness declined; model year is not a price; neutral."),

("FR32_075", "Hannah Lee", "2026-11-20T12:34:46", "clean", """A: Sugarleaf Bakery, Hannah speaking.
C: I picked up my daughter's birthday cake an hour ago and it says "Happy Birthday Mia." Her name is Nia. N. I spelled it out twice on the phone.
A: Oh no, I'm so sorry.
C: The party is at 4. I don't have time for this.
A: I understand. We can fix the lettering right now at no charge, it'll take 15 minutes. Or we can remake the whole cake by 3:30.
C: Just fix the lettering. I'll come back.
A: Of course. I'll also refund the $48 for the cake.
C: Okay. I appreciate you fixing it, but I'm still pretty upset. This was the one thing I didn't want to worry about today.
A: I completely understand. It'll be ready when you get here.
C: Fine.
""", False, 0.0, "negative", "Free correction and refund are not purchases; customer still upset at the end."),

("FR32_076", "Omar Haddad", "2026-11-23T17:48:19", "asr", """A: taskloop support this is omar
C: hi i'm on the basic plan and i keep hitting the project limit
A: yeah basic caps you at five projects pro is unlimited it goes from nine to nineteen a month
C: okay let's upgrade me to pro then
A: done you're on pro now do you want to add another user for your assistant it's five a month per user
C: yes one extra user for her
A: added she'll get an invite by email
C: great i honestly love this app it runs my whole business
A: that's great to hear
C: thanks omar
""", True, 5.0, "positive", "Paid plan change to Pro (main); one extra user at five a month = 5 accepted; loves the product."),

("FR32_077", "Nina Petrova", "2026-11-24T19:22:03", "clean", """A: IronWorks Gym, Nina speaking.
C: Hi, I need to cancel my membership. I had knee surgery and I can't train for a while.
A: I'm sorry to hear that. Instead of cancelling, I can freeze your membership for up to three months for $5 a month, and you'd keep your current rate of $34.
C: Would I lose my rate if I cancel?
A: Yes, new memberships are $45 now.
C: Hmm. Okay, then freeze it for three months instead of cancelling.
A: Done. It resumes automatically on February 24th.
C: Can I come in to use the pool before then?
A: Not while it's frozen, unfortunately.
C: Okay. Thanks.
""", True, 0.0, "neutral", "Accepted a paid freeze save offer on a cancellation call: stays a member = conversion; freeze fee is not an add-on; neutral."),

("FR32_078", "Ben Carter", "2026-11-25T10:03:37", "asr", """A: oakridge home furnishings this is ben
C: hi i placed an order yesterday for the harlow sectional and i want to cancel it
A: i'm sorry to hear that may i ask why
C: i read the reviews after i ordered and they say it falls apart in a year and your chat agent told me it was solid hardwood it's not
A: i apologize for that i can offer ten percent off if you'd like to keep it
C: no i want it cancelled
A: understood the order is cancelled and the refund of one thousand eight hundred forty dollars will post in three to five days
C: fine
A: is there anything else
C: no i just don't like being lied to
""", False, 0.0, "negative", "Earlier order cancelled, save discount refused; feels misled; negative."),

("FR32_079", "Yuki Tanaka", "2026-11-26T14:51:42", "clean", """A: Azure Line Cruises, Yuki speaking.
C: Hi, we'd like to book the 7-night Caribbean sailing on January 9th for two.
A: Lovely. I have an oceanview cabin on deck 6 at $1,450 per person, so $2,900.
C: Great, book it.
A: Wonderful. Would you like our shore excursion bundle? It's $189 per person for three excursions.
C: Yes, for both of us.
A: Perfect. Just so you know, that cabin has a porthole rather than a full window.
C: Wait, a porthole? The website showed a big picture window. No, then cancel all of it, the excursions too.
A: I'm sorry. I can look at balcony cabins at $1,980 per person.
C: No, that's way over what we planned. Please cancel everything.
A: Understood, nothing has been booked.
C: Honestly, I'm annoyed. That photo is really misleading.
""", False, 0.0, "negative", "Cruise and excursions accepted, then whole order cancelled: no conversion, upsell 0; annoyed at misleading photo."),

("FR32_080", "Rachel Adams", "2026-11-27T08:40:26", "asr", """A: clearwater city utilities this is rachel
C: hi um i got a shut off notice for my water bill and i'm kind of panicking
A: okay don't worry let me take a look what's the account number
C: it's four four one seven two nine
A: thank you i see a past due balance of two hundred sixty dollars i can set up a payment plan four payments of sixty five and that stops the shut off
C: oh my gosh yes please that would be amazing
A: done the first payment is due on the fifth of december
C: okay i can do that
A: you're all set there won't be any shut off
C: thank you so much you've been so kind i was really scared
""", False, 0.0, "positive", "Payment plan for an existing debt is not a purchase (see README); scared start, very grateful end."),
]
