CALLS = [
("FR42_061", "Nora Quinn", "2026-11-27T16:30:02", "clean", """A: Oakhouse Furniture, Nora speaking.
C: Hi, I'm calling about the Marlow wool rug. The website said in stock, but I got an email saying backorder.
A: I'm sorry, it sold out over the weekend. The next shipment is late January.
C: January. I'm hosting on the 20th.
A: I could offer the Hale rug instead, same colour family, $30 less, and it's here now.
C: Send me a picture. I'm not buying a rug blind.
A: Of course, I'll email photos now. Shall I cancel the Marlow order?
C: Yes, cancel the Marlow.
A: Done, the refund is on its way.
C: This is the second time you've sold me something you don't have. Not impressed.""", False, 0.0, "negative", "existing order cancelled; alternative only considered (photos requested), not bought; annoyed"),

("FR42_062", "Omar Haddad", "2026-11-28T10:19:44", "asr", """A: hi this is omar from pulse mobile your phone is eligible for an upgrade
C: oh really i was just about to call you my screen's cracked
A: the new pixel would be twelve dollars a month more on your plan and you trade in the old one
C: um and the cracked screen doesn't matter
A: nope we take it as is
C: fine go ahead put it through
A: great and a tempered screen protector is fifteen dollars want one
C: ha yes obviously i need one
A: done it ships tomorrow
C: brilliant that's made my day honestly""", True, 15.00, "positive", "'fine go ahead put it through' to upgrade; protector $15 accepted; delighted"),

("FR42_063", "Beth Carroll", "2026-11-28T12:44:18", "clean", """A: Green Fork, Beth speaking.
C: Hi, table for four tonight at 7:30?
A: Let me see. Yes, I can do 7:30. Name?
C: Patel.
A: So that's Patel, four people, tonight at 7:30. Right?
C: Yes, that's right. Do you have high chairs?
A: We do, I'll set one aside.
C: Oh hang on, my friend just texted, she's sick. Actually, cancel it, we'll book another time.
A: No problem, I've cancelled it.
C: Sorry about that. Thanks.""", False, 0.0, "neutral", "read-back confirmed then whole booking cancelled"),

("FR42_064", "Felix Young", "2026-11-28T15:07:36", "asr", """A: ledgerly this is felix thanks for joining the demo call
C: no thanks for showing me this the auto categorising is wild
A: so the smart bucks add on is twenty dollars per user per month
C: honestly that sounds amazing it would save me hours every week
A: would you like me to turn it on for your team today
C: i'm not the one who signs off on purchases i'll forward it to my boss
A: of course i'll send a summary you can forward
C: yes send it to me and i'll pass it on
A: will do
C: thanks felix really enjoyed that""", False, 0.0, "positive", "enthusiasm without authority; deferred to boss; yes only to a summary email"),

("FR42_065", "Priya Nair", "2026-11-29T09:38:25", "clean", """A: Hi Mrs Alvarez, Priya from Wanderlust Tours returning your call about the Caribbean cruise.
C: Yes, thanks. I'll do it if you can get us an outside cabin. My husband gets claustrophobic.
A: I can. There's an outside cabin on deck 7, $3,180 for the two of you.
C: Then book it.
A: Booked: Caribbean Star, December 14th to 21st, deck 7 outside cabin, two guests. Would you like the onboard Wi-Fi package? It's $99 for the whole cruise.
C: Yes, he'll want to check the football.
A: Added. Total $3,279, confirmation CR-22018.
C: Perfect, thank you so much, you've been a star.""", True, 99.00, "positive", "conditional acceptance met ('then book it'); Wi-Fi $99 accepted; pleased"),

("FR42_066", "Marcus Bell", "2026-11-29T11:52:07", "asr", """A: northline broadband this is marcus
C: i want to cancel i've had three outages in two weeks and nobody fixes anything
A: i'm sorry i can offer you three months at half price if you stay
C: half price of nothing is still nothing
A: i could also send a technician for free this week
C: no i'm done just cancel
A: okay shall i go ahead and cancel effective today
C: yes go ahead and cancel
A: done you'll get a return box for the router
C: worst service i've ever had""", False, 0.0, "negative", "retention refused; yes = cancellation; angry"),

("FR42_067", "Elena Rossi", "2026-11-29T14:25:31", "clean", """A: Crestline Travel Insurance, Elena speaking.
C: Hi, I need cover for a trip to Mexico next month.
A: Sure. Single trip, one adult, December 3rd to 10th, that comes to $84. Does that match?
C: That's it.
A: We also have a cancel-for-any-reason upgrade for $40.
C: Any reason at all?
A: Any reason, up to 48 hours before departure, 75% back.
C: Sure.
A: Added. Policy number TR-7731 is on its way.
C: Okay, thanks.""", True, 40.00, "neutral", "read-back confirmed ('that's it'); upgrade $40 accepted after question"),

("FR42_068", "Tom Okafor", "2026-11-30T08:47:59", "asr", """A: fixit handyman services this is tom
C: hi i need a door rehung and a couple shelves put up how much
A: that's about two hours so one ninety plus materials
C: one ninety for two hours that's daylight robbery
A: it includes the call out and we guarantee the work
C: so if i say yes now when can you come
A: wednesday morning or friday afternoon
C: hmm wednesday okay yeah let's do wednesday
A: wednesday morning at forty two oak lane right
C: yeah that's right
A: booked
C: still a lot of money for two hours""", True, 0.0, "negative", "picks Wednesday slot, confirms address read-back; grumbles about price to the end"),

("FR42_069", "Hana Sato", "2026-11-30T10:11:23", "clean", """A: Hi, this is Hana from Brightbox Electronics. You bought the Vista 55 TV last month. Would you take a two-minute survey?
C: Yes, I'll do the survey.
A: Thank you. On a scale of 1 to 10, how happy are you with the TV?
C: A 10. It's been fantastic, honestly the best purchase I made this year.
A: Wonderful. Customers with the Vista often add our Echo soundbar, $199.
C: I'd get one, but not until after Christmas. The budget's gone.
A: Understood. Thanks for your time!
C: No problem at all, happy to help.""", False, 0.0, "positive", "yes to a survey; soundbar purchase deferred; very pleased with product"),

("FR42_070", "Diego Alvarez", "2026-11-30T13:30:46", "asr", """A: greenway gutter cleaning this is diego
C: hi i need the gutters done before it snows what does it cost
A: for a two story it's one sixty i can do tuesday at eight or thursday at one
C: um tuesday i'm at work and thursday the kids get out at one
A: i can also do saturday but it's a twenty dollar weekend fee
C: hmm no neither of those really works
A: want me to add you to the waitlist for a weekday cancellation
C: i'll call back once i've checked with work
A: sounds good
C: okay thanks""", False, 0.0, "neutral", "no slot chosen; callback deferral"),

("FR42_071", "Ruth Fischer", "2026-11-30T15:58:14", "clean", """A: Taskwise support, Ruth speaking.
C: Your platform was down for six hours yesterday. During our quarter-end close.
A: I'm very sorry. It was a database failure and it's resolved. I can apply a credit of one month's fees, $480.
C: Yes, I'll take the credit. I also want your SLA in writing.
A: I'll email the SLA document and the incident report today.
C: Six hours with no status page update. My CFO was furious with me.
A: I understand. I've escalated it to our incident team.
C: If this happens again we're gone.""", False, 0.0, "negative", "credit accepted is not a purchase; furious"),

("FR42_072", "Sam Whitaker", "2026-11-24T16:36:52", "asr", """A: first harbour bank this is sam
C: hi i saw the cash back card on your website i wanted to ask a couple things
A: sure it's no annual fee and two percent back on everything
C: and no foreign fees
A: none at all i can take the application now it takes five minutes
C: uh yeah go ahead and submit the application
A: okay i've got everything and you're approved with a five thousand limit
A: would you like payment protection it's point nine percent of the balance monthly
C: no thanks just the card
C: oh that was so easy thank you""", True, 0.0, "positive", "agrees to submit application, approved on call (sign-up); protection declined; pleased"),

("FR42_073", "Aisha Khan", "2026-11-25T17:48:39", "clean", """A: Redwood Motors sales, Aisha.
C: Hi, I test drove the blue Mazda CX-5 on Tuesday. Is it still there?
A: It is. $27,450 as we discussed.
C: Okay. Put it on hold with the deposit, I'll pick it up Saturday and sign then.
A: I'll take the $1,000 deposit on the card ending 3390?
C: That's the one.
A: Done, it's yours. Do you want the all-weather floor mats? $189.
C: Yes, throw those in.
A: And the ceramic paint coating, $499?
C: No, that's too much.
A: All right, see you Saturday.
C: See you then.""", True, 189.00, "neutral", "deposit paid to buy the car = commitment; mats $189 accepted; coating declined"),

("FR42_074", "Leo Martins", "2026-11-26T08:25:16", "asr", """A: sunvale energy this is leo
C: hi my variable rate keeps going up i wanted to hear about the fixed plans
A: sure we have a twelve month fixed at fourteen cents and a twenty four month at thirteen and a half
C: um the twelve month i don't want to be tied in too long
A: okay so the twelve month fixed at fourteen cents starting on the first is that right
C: yes that's right
A: done you're switched and you can also add our green energy option for four dollars a month
C: oh yes add that we've been meaning to
A: added
C: great thanks that's a weight off my mind""", True, 4.00, "positive", "paid plan change picked and read-back confirmed; green option $4/mo accepted"),

("FR42_075", "Grace Liu", "2026-11-18T19:16:28", "clean", """A: Meadowlark Festival tickets, Grace speaking.
C: Hi, the weekend passes say $180 but at checkout it's $234. What's the extra?
A: That's the service and facility fee, $54 per pass.
C: Thirty percent. Lovely.
A: I know it's steep. I can set up a payment plan if that helps?
C: I'd buy them if your "service fee" weren't thirty percent. It's not about paying in instalments.
A: I understand. There's no way for me to remove the fee.
C: Then no. Great way to treat your fans.""", False, 0.0, "negative", "conditional on fee removal, unmet; sarcastic refusal"),

("FR42_076", "Ivan Petrov", "2026-11-19T09:02:47", "asr", """A: clearview eye care this is ivan
C: hi i need an eye exam my glasses are getting old
A: sure we have tuesday at nine thirty or thursday at three
C: uh the tuesday
A: okay tuesday the first at nine thirty with doctor reyes
C: yep that's right
A: great you're booked
C: oh wait actually i just remembered i'm away that week cancel it please
A: no problem cancelled
C: i'll call back when i'm home sorry""", False, 0.0, "neutral", "booking confirmed then cancelled in same call; callback deferral"),

("FR42_077", "Nora Quinn", "2026-11-21T11:14:05", "clean", """A: Oakhouse Sleep, Nora speaking.
C: Hi, I want to order the Cloudrest mattress, king. It was so comfortable in the showroom.
A: It's $1,150 for the king, and this month it comes with two free pillows.
C: Oh nice.
A: We also recommend the waterproof protector, $59.
C: Just the free pillows, thanks.
A: So the Cloudrest king with two free pillows, delivery on the 5th. Correct?
C: Correct. I can't wait to finally sleep properly.
A: It's ordered!""", True, 0.0, "positive", "read-back confirmed; free pillows are not an upsell; protector declined"),

("FR42_078", "Omar Haddad", "2026-11-22T13:41:33", "asr", """A: hi this is omar from evergreen life insurance is this a good time
C: no i'm at work
A: i'll be quick a two hundred fifty thousand term policy could be as little as nineteen a month
C: you've called me four times this week
A: i'm sorry about that would you like me to send the details
C: just email me whatever it is and stop calling
A: sure is your email still the one ending at gmail
C: yes that's my email
A: sent thank you""", False, 0.0, "negative", "email-the-details to end a call; irritated"),

("FR42_079", "Beth Carroll", "2026-11-23T18:20:11", "clean", """A: IronWorks Fitness, Beth speaking.
C: Hi, I came in for the free day pass yesterday and I'm thinking about joining.
A: Glad you liked it! The annual membership is $29 a month. Shall I set it up?
C: Let me think about it...
A: Of course.
C: Actually no, why not. I loved the place. Do it.
A: Brilliant. Would you like towel service for $5 a month?
C: No, I'll bring my own.
A: You're all set, your card will be ready at the front desk.
C: Great, really looking forward to it!""", True, 0.0, "positive", "hesitation then changed mind to yes; towel service declined"),

("FR42_080", "Felix Young", "2026-11-24T20:05:58", "asr", """A: ledgerly support this is felix
C: half my invoices from last week just disappeared from the dashboard
A: i'm so sorry i can see a sync error i can restore them from last night's backup
C: yes restore it now please
A: okay that's running it'll take about ten minutes
A: to stop this happening we also have hourly backups for ten dollars a month
C: you should be doing that already no
A: i understand
C: i've lost a whole morning because of your bug this is unacceptable""", False, 0.0, "negative", "yes to a restore (support); backup add-on refused; angry"),
]
