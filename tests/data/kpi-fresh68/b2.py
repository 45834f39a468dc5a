CALLS = [
("FR68_021", "Hannah Lindqvist", "2026-11-09T09:10:00", "clean", """A: Brightwater Energy, Hannah here.
C: Hello. My variable rate keeps creeping up, and I saw you have a fixed deal now.
A: We do. Fix 24 locks your unit rate at 24.1 cents per kilowatt-hour for two years. Based on your usage, that's about $142 a month, against roughly $155 on variable right now.
C: And if I leave early?
A: There's a $75 exit fee per fuel.
C: Hm. Okay. Well, I'm not planning on moving. Put me on the fixed one.
A: Done, starting from your next meter read. There's also our Green Match option, where all your electricity is matched with renewable generation. It's $4 a month on top.
C: Sure, why not. Add it.
A: So Fix 24 plus Green Match at $4 a month. You'll get the confirmation letter in a few days.
C: Okay. Thanks.""",
 True, 4.00, "neutral", "'Put me on the fixed one' (plan change); 'Sure, why not. Add it.' accepts Green Match at $4 a month; exit fee not revenue; flat"),

("FR68_022", "Curtis Bell", "2026-11-09T10:30:00", "asr", """a: metrowave this is curtis
c: hey um i want to order the new galaxy the ultra one i saw the deal online with the trade in
a: yeah let's get that going so with your trade in it comes to a two hundred dollar down payment then thirty one a month
c: yeah that's fine let's do it
a: okay do you want to use the card on file ending four four one two
c: yeah that one
a: okay hm it's coming back declined let me try once more
c: what seriously
a: yeah it declined again it might be your bank flagging it since it's a bigger charge
c: ugh this is so annoying i literally just got paid
a: i totally get it you could call your bank and then call us back and i'll put a note to hold the trade in price for forty eight hours
c: yeah fine i guess i'll do that
a: sorry about that
c: whatever not your fault it's just annoying""",
 False, 0.0, "negative", "'let's do it' but the card was declined twice and nothing was ordered; 'this is so annoying', 'it's just annoying'"),

("FR68_023", "Priya Menon", "2026-11-09T11:45:00", "clean", """A: Orchard Card Services, this is Priya.
C: Hi there. I've had the Orchard Cash card for years, and I travel a lot more now for work. Someone told me I could switch to the Voyager card without applying again?
A: Yes, it's called a product change. Voyager has a $95 annual fee, 3x points on travel and dining, and no foreign transaction fees. Your credit limit and account history stay the same.
C: Oh, no foreign fees, that's the part I care about. Okay, let's switch it.
A: Great. The first annual fee of $95 will post on your next statement. Would you like an authorized user card for anyone? There's no charge for that.
C: No, just me.
A: And we have Card Guard, which covers you for identity theft and lost-card expenses. It's $3.99 a month.
C: I think my homeowner's policy already covers identity theft. I'll leave that.
A: No problem. Your new Voyager card will arrive in seven to ten days, same number.
C: Brilliant. That's exactly what I wanted, thanks so much.""",
 True, 0.0, "positive", "'Okay, let's switch it' = paid upgrade to the $95 card (main); Card Guard at $3.99 refused without a no ('I'll leave that'); 'exactly what I wanted'"),

("FR68_024", "Luis Carvajal", "2026-11-09T13:15:00", "asr", """a: keystone home and auto this is luis speaking
c: hi yeah we sold our house so i need to cancel the homeowners policy the closing was friday
a: congrats on the sale okay i'll just need the closing date and the buyer's name for the file
c: uh it closed on the sixth and the buyer is uh mendez
a: got it the policy is cancelled effective the sixth and you'll get a refund for the unused part in about two weeks
c: okay good
a: are you renting now or buying again
c: renting for a bit an apartment downtown
a: we could do a renters policy for you it's fourteen dollars a month for thirty thousand of contents and if you want earthquake cover on it that brings it to nineteen
c: um just the fourteen one is fine no earthquake
a: okay so renters at fourteen a month starting today at the new address want me to set that up
c: yeah go ahead
a: done you'll get the documents by email
c: okay cool thanks""",
 True, 0.0, "neutral", "'yeah go ahead' to the renters policy at fourteen (main purchase); earthquake add-on declined ('just the fourteen one ... no earthquake'); refund not counted"),

("FR68_025", "Nadine Boucher", "2026-11-09T15:00:00", "clean", """A: Valley Cable, Nadine speaking.
C: Hi, I want to add that MovieMax channel, the one with the new dragon show.
A: Sure, MovieMax is $11.99 a month. I can add it right now.
C: Great, yeah, add it.
A: Okay, I've put it on. Just so you know, with the current promo it's a 12-month commitment at that price.
C: Wait, twelve months? I just want it for the show. That's like two months.
A: Without the promo it's $17.99 a month with no commitment.
C: No, that's silly. Actually, forget it then, take it off. I'll just watch it at my sister's.
A: Understood, I've removed MovieMax, nothing's been charged.
C: Okay. Thanks for telling me, at least.""",
 False, 0.0, "neutral", "'yeah, add it' retracted: 'Actually, forget it then, take it off'; mild 'Thanks for telling me, at least'"),

("FR68_026", "Owen Gallagher", "2026-11-10T09:20:00", "asr", """a: city water services owen speaking
c: hi um i got a flyer about the the water line protection thing and my neighbor just had to pay like four grand to replace his so i'm kind of spooked
a: yeah that's what it's for the water line plan is six ninety five a month and covers up to ten thousand for repairs from the street to your house
c: okay yeah i want that
a: sure and there's the sewer line one too that's the pipe going out it's another five fifty a month or twelve forty five for both
c: um is the sewer one likely to break
a: older houses more so what year's your house
c: nineteen fifty six
a: then honestly i'd consider it
c: yeah okay fine both then
a: okay so water line and sewer line twelve forty five a month total starting on your next bill
c: mhm sounds good thank you that's a load off my mind""",
 True, 5.50, "positive", "'okay yeah i want that' = water line plan (main, six ninety five); 'fine both then' adds sewer line at another five fifty a month (the twelve forty five is the combined total); 'a load off my mind'"),

("FR68_027", "Yuki Tanaka", "2026-11-10T10:35:00", "clean", """A: Redwood Savings Bank, this is Yuki.
C: Hi, Yuki. I'm moving to Canada for a job in January, and I think I need to close my accounts.
A: Oh, congratulations on the job. Before you close everything, some customers keep a checking account open for bills here. There's no monthly fee if you keep $500 in it.
C: Hmm. I don't think I'll have bills here, honestly. My lease ends and that's it.
A: Understood. Then I can close the savings today and the checking once your last transfers clear. Where should we send the balance?
C: To my new account at Northern Bank in Toronto. I have the details.
A: For an international transfer, I'll need you to come into a branch or use the secure upload form.
C: Okay, I'll come into the branch on Saturday.
A: Perfect, bring your passport and the wire details.
C: Will do. You've all been great over the years, I'll actually miss this place.""",
 False, 0.0, "positive", "closing accounts, keep-open suggestion not taken; dropping by the branch is not a booking; 'You've all been great over the years'"),

("FR68_028", "Renee Holloway", "2026-11-10T11:50:00", "asr", """a: ridgeline communications renee speaking
c: yeah hi this is the third time i'm calling about the internet being out since monday
a: i'm really sorry let me check the outage ticket okay there's a damaged cable in your area and the crew's estimate is tomorrow afternoon
c: tomorrow it was supposed to be yesterday and then today
a: i know i'm sorry i can put a credit on for the full week that's about eighteen dollars
c: eighteen dollars okay i lost two days of work but sure
a: i understand and if it helps for the future we have a backup option a little four g box that kicks in when the line's down it's seven dollars a month
c: so i pay you extra for when your thing doesn't work no thank you
a: that's fair i've applied the credit and i'll flag your ticket as priority
c: yeah you do that""",
 False, 0.0, "negative", "backup box at seven a month refused ('no thank you'); 'but sure' only accepts a credit; annoyed throughout"),

("FR68_029", "Samuel Adeyemi", "2026-11-10T14:00:00", "clean", """A: Cornerstone Life, Samuel speaking.
C: Hi, we just had our second baby and my wife says I'm underinsured. I've got the $250,000 term with you.
A: Congratulations! We can increase it. Going to $500,000 on the same term would be $39 a month, up from $22. There's a short health questionnaire, and since your last one was only two years ago, it's usually quick.
C: Okay. Let's do the questionnaire and go up to the five hundred.
A: Great. ... Okay, that's all approved, no changes. Your new premium is $39 a month from December.
C: Good.
A: One more thing worth knowing about: a child rider covers each of your kids for $10,000. It's $2.50 a month, and that's for all children, not per child.
C: Just $2.50 for both of them?
A: Yes, for both, and any future children.
C: Then yes, add it.
A: Done. So $41.50 a month in total.
C: Okay, thank you.""",
 True, 2.50, "neutral", "'go up to the five hundred' (paid coverage increase, main); 'Then yes, add it' = child rider at $2.50 for all children, not per child; plain thanks"),

("FR68_030", "Fiona MacLeod", "2026-11-10T15:40:00", "asr", """a: lakeshore power fiona speaking
c: hi um our power's been flickering on and off all morning and the lights keep dimming and i'm honestly kind of worried
a: okay let's look at that can i get your address
c: it's eighteen orchard road
a: thank you okay i see two other reports on your street it looks like a transformer issue i'm sending a crew now they should be there within the hour
c: oh okay good
a: in the meantime unplug anything sensitive like computers and the tv
c: yeah okay we'll do that
a: and just so you know we have a surge protection plan that covers appliances damaged by surges it's four ninety nine a month
c: um maybe another time let's just get the power sorted
a: of course the crew's on its way
c: okay thank you so much i was really stressing you've been really helpful""",
 False, 0.0, "positive", "surge plan at four ninety nine put off ('maybe another time'); worried start, ends 'thank you so much ... you've been really helpful'"),

("FR68_031", "Victor Hale", "2026-11-10T16:20:00", "clean", """A: Granite Trust Bank, Victor speaking.
C: Hi, I've got some money from an inheritance and I think I should talk to someone about investing it.
A: I'm sorry for your loss. We can set you up with one of our wealth advisors, and the first meeting is free. I have Wednesday at 10 am at the Elm Street branch.
C: Wednesday at ten, okay, put me down.
A: Great. Wednesday the 18th at 10 am with Karen Liu at Elm Street.
C: Oh, the 18th? I thought you meant tomorrow. The 18th I'm at my mother's. Actually, don't book it, I'll have to look at my calendar and call back.
A: No problem, I haven't saved it. Would you like me to email you her direct number?
C: Yes, that's my email on the file, the Gmail one.
A: Sent.
C: Okay, thanks.""",
 False, 0.0, "neutral", "'put me down' retracted after the read-back: 'Actually, don't book it'; later 'Yes' is about the email; neutral"),

("FR68_032", "Amira Haddad", "2026-11-11T09:05:00", "asr", """a: metrowave this is amira how can i help
c: yeah hi my bill went up by twelve dollars this month and nobody told me anything
a: i'm sorry about that let me check so the price of the unlimited plus plan went up across the board on november first there was a notice in the october bill
c: a notice in the bill great who reads those
a: i hear you what i can do is move you to unlimited essentials which is actually ten dollars less than you were paying before the increase the main difference is no hotspot
c: i use the hotspot like once a year
a: then you'd probably not miss it want me to switch you
c: um yeah fine switch me
a: okay done the new plan starts today and it'll be prorated on your next bill
c: okay but honestly raising prices and hiding it in the bill is pretty shady
a: i understand and i'll pass that feedback on
c: yeah sure""",
 True, 0.0, "negative", "'yeah fine switch me' = paid plan change to a cheaper plan (no add-on); sarcasm 'great who reads those', ends 'pretty shady'"),

("FR68_033", "Marisol Ferreira", "2026-11-11T10:25:00", "clean", """A: Northway Mobile, Marisol here.
C: Hi, I'm due an upgrade and I'd like the iPhone 17, the regular one, 256 gig.
A: Lovely. On your plan that's $34.99 a month over 24 months with nothing upfront. Shall I place the order?
C: Yes, please.
A: Done, it'll arrive Thursday. You're not on device protection at the moment. It's normally $15 a month, but because you've been with us over five years I can give it to you for $11.
C: Eleven a month. Hmm. I dropped my last one in a lake, so I suppose I'd be daft not to.
A: So that's a yes to protection at $11 a month?
C: Yes, go on.
A: Added. And would you like a fast charger with it? They're $29.
C: No, I've got loads of chargers.
A: No problem. You're all set.
C: Lovely, thank you, that was easy.""",
 True, 11.00, "positive", "'Yes, please' to the phone order; protection revised from $15 to $11 a month, hedged 'I suppose I'd be daft not to' then 'Yes, go on'; $29 charger declined; 'that was easy'"),

("FR68_034", "Dev Raghunathan", "2026-11-11T11:40:00", "asr", """a: clearline fiber dev speaking
c: hi yeah we're moving on the thirtieth and i want to move my internet to the new place
a: sure what's the new address
c: it's two twelve hawthorne court in millbrook
a: okay let me check um i'm sorry hawthorne court isn't on our fiber network yet
c: wait what it's like a mile from where i am now
a: i know it's frustrating the build in millbrook is planned for next year but i don't have a date
c: so i have to go back to the cable company seriously i left them because they were awful
a: i'm sorry i can set up a notification so we email you the minute it's available and there's no cancellation fee since you're moving
c: yeah put me on the list i guess
a: done and i'll schedule the disconnect for the thirtieth
c: okay great so now i get to deal with cable again fantastic""",
 False, 0.0, "negative", "service could not be moved (address not covered), only a notification list; sarcastic 'okay great ... fantastic'"),

("FR68_035", "Grace Okafor", "2026-11-11T14:10:00", "clean", """A: Harborline Insurance, Grace speaking.
C: Hi. My son just passed his driving test, so I guess I need to add him to the policy. I'm bracing myself.
A: Congratulations to him! Let me run it. ... Adding a 16-year-old driver on the Civic brings your premium up by $94 a month.
C: Ninety-four. Wow. Okay. I knew it would be bad.
A: Is he getting a B average or better in school?
C: He is, actually, mostly A's.
A: Then the good student discount takes off $18, so it's $76 more a month.
C: Okay, that's a bit better. Yes, add him.
A: Done. Would you like accident forgiveness on the policy? It's $5 a month, and it means his first at-fault accident won't raise your rate.
C: With a sixteen-year-old? Yes, definitely add that.
A: Added. Your new total is $241 a month, starting today.
C: Okay. Not a fun number, but thanks for finding the discount.""",
 True, 5.00, "neutral", "'Yes, add him' (paid policy change); accident forgiveness at $5 a month accepted; the $18 discount is not upsell; mixed 'Not a fun number, but thanks'"),

("FR68_036", "Tomasz Nowak", "2026-11-12T09:30:00", "asr", """a: summit federal thanks for holding this is tomasz
c: yeah forty minutes on hold that's that's a new record
a: i'm really sorry about the wait we're short staffed today how can i help
c: i wanted to ask about a home equity line of credit for a kitchen remodel
a: sure so the rate right now is prime plus half a percent and you can borrow up to eighty percent of your home's value minus what you owe
c: okay and are there fees
a: there's no closing cost if you keep it open three years otherwise it's about four hundred dollars
c: mhm okay that's not bad
a: would you like to start the application now over the phone
c: no just email me the link i'll do it on the weekend when i have time
a: sure i've sent it to the email on file
c: okay got it thanks""",
 False, 0.0, "neutral", "application put off ('just email me the link'); sarcastic hold complaint at the start, then 'that's not bad' and thanks, so mixed overall"),

("FR68_037", "Hannah Lindqvist", "2026-11-12T10:45:00", "clean", """A: Brightwater Energy, Hannah speaking.
C: Hello, I got a letter saying I should book a smart meter installation.
A: Yes, that's free, and it means no more estimated bills. I've got slots on Monday the 23rd in the morning, or Wednesday the 25th in the afternoon.
C: Is the morning eight to twelve?
A: Yes, eight to twelve.
C: I'll take the Monday morning.
A: Great, so Monday the 23rd, 8 to 12, at 14 Elder Road. The engineer will need access to the meter cupboard and the power will be off for about half an hour.
C: That's fine. Do I need to be home the whole time?
A: Someone over 18 needs to be there.
C: Okay.
A: You'll get a text the day before.
C: Right, thanks.""",
 True, 0.0, "neutral", "appointment booked: 'I'll take the Monday morning' + 'That's fine' to the read-back; free install; flat"),

("FR68_038", "Curtis Bell", "2026-11-12T13:05:00", "asr", """a: metrowave curtis speaking
c: hey curtis um i'm calling to get the new iphone i've got an upgrade available
a: you sure do which model
c: the pro the blue one two fifty six
a: okay the pro two fifty six in blue that's forty one sixty six a month for twenty four months with your upgrade credit want me to put that order in
c: yeah put it in
a: done and right now if you get the buds with a phone they're fifty nine instead of seventy nine
c: oh nice um can i get two my wife keeps stealing mine
a: ha sure two pairs at fifty nine each that's one eighteen added to the order
c: yeah that's fine
a: okay so the pro plus two pairs of buds shipping to the address on file
c: cool sounds good""",
 True, 118.00, "positive", "'yeah put it in' (phone); 'can i get two' + 'yeah that's fine' = two pairs at fifty nine each (revised from seventy nine) = 118.00; 'oh nice', 'cool sounds good'"),

("FR68_039", "Priya Menon", "2026-11-12T15:15:00", "clean", """A: Orchard Card Services, Priya speaking.
C: Yes, hi. My interest rate went from 21 to 27 percent and I didn't get any warning. I want to know why.
A: I'm sorry for the surprise. I can see a notice was sent in August about a change to the variable rate margin, and it took effect in October.
C: I never saw any notice. Twenty-seven percent is insane.
A: I understand. What I can offer is a balance transfer promotion, 0% for 15 months on transferred balances, with a 3% transfer fee.
C: I don't have another card to transfer from, so that does nothing for me.
A: It could also work if you have a loan elsewhere that—
C: No. I want the rate back where it was.
A: I'm not able to change the rate itself, but I can submit a review request.
C: Submit it then. Honestly, I'm going to pay this off and close it. This is the last straw.
A: I've submitted the request, you'll hear back within 10 business days.
C: Fine.""",
 False, 0.0, "negative", "balance transfer offer rejected ('that does nothing for me'); 'Submit it then' is a review request, not a purchase; 'This is the last straw'"),

("FR68_040", "Luis Carvajal", "2026-11-13T10:00:00", "asr", """a: keystone home and auto luis speaking
c: hi um i have my house insured with you and somebody said if i put my car with you too it's cheaper
a: that's right the multi policy discount let me quote your car what are you driving
c: a twenty nineteen rav four
a: okay with the same coverage you told me you have now it comes to a hundred and eighteen a month with the bundle discount and your home goes down by six dollars too
c: um i pay about one thirty now so yeah that's better
a: want me to start it on the first so there's no gap
c: yeah the first is good let's do it
a: great and while we're at it an umbrella policy gives you an extra million in liability it's about twenty dollars a month
c: hm not right now i think
a: no problem the auto policy starts december first i'll email the id cards
c: okay thanks""",
 True, 0.0, "neutral", "'yeah the first is good let's do it' = new auto policy (main); umbrella at twenty a month refused ('hm not right now i think'); plain"),
]
