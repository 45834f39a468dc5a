from common import call

call(61, "Zoe Turner", "26 08:15", "a", False, 0.00, "negative",
"Roaming charges partly credited; customer still calls it a rip off.", """
A: brightline wireless this is zoe
C: hi my bill has like a hundred and sixty dollars in roaming charges from my trip to canada
A: let me look um yes it shows data usage in toronto from the twelfth to the fifteenth
C: i turned roaming off i swear
A: it looks like it was on for the first day i can credit half of it so eighty dollars
C: half
A: thats the most im allowed to do
C: okay i guess but honestly i still think its a rip off nobody warned me
A: ill add a note and i can set up travel alerts
C: no its fine bye
""")

call(62, "Jacob Wright", "26 19:25", "c", False, 0.00, "negative",
"Pizza order confirmed then cancelled at the end because of a 90-minute wait.", """
A: Slice House, Jacob speaking.
C: Hi, delivery to 18 Birch Lane. One large margherita and a Caesar salad.
A: That's $27.40 with delivery. Can I confirm, one large margherita and a Caesar to 18 Birch Lane?
C: Yes, that's right.
A: Great. Just so you know, delivery is running about 90 minutes tonight.
C: Ninety minutes? Seriously? Actually, forget it, cancel the order. We'll make something here.
A: Okay, I've cancelled it.
C: You really should tell people that first. Bye.
""")

call(63, "Grace Liu", "26 14:00", "a", False, 0.00, "neutral",
"Only asked hotel questions; parking price asked about; will book online.", """
A: parkside hotel grace speaking
C: hi um i had a couple questions before i book whats check in time
A: check in is at three and check out is at eleven
C: and do you have parking
A: yes its fifteen a day in the garage
C: okay and are dogs allowed
A: yes up to forty pounds with a pet fee of fifty per stay
C: okay shes like twenty five pounds so thats fine ill probably just book on the website
A: sure thing
C: alright thanks bye
""")

call(64, "Ben Carter", "27 10:30", "c", True, 20.00, "neutral",
"VIP sold out; bought general admission instead and added a $20 parking pass.", """
A: Riverfront Arena tickets, Ben speaking.
C: Hi, I want two VIP passes for the December 4th show.
A: I'm sorry, VIP sold out this morning. General admission is still available at $65 each.
C: Bummer. Okay, give me two general admission then.
A: Done, two GA tickets for December 4th, $130. Would you like a parking pass? It's $20 for the night.
C: Yes, add parking.
A: Added. Your tickets and parking pass will be emailed.
C: Okay, thanks.
""")

call(65, "Lily Morgan", "27 13:40", "a", False, 0.00, "neutral",
"Charged after a free trial; refund and cancellation, calm tone.", """
A: tunewave support lily speaking
C: hi i did the free trial and i forgot to cancel and it charged me ten ninety nine
A: okay let me look yes the charge was on the twenty fourth
C: yeah i dont really use it can i get that back
A: sure ive refunded the ten ninety nine and cancelled the subscription
C: okay thats fine thanks
A: anything else
C: no thats it
""")

call(66, "Carlos Rivera", "27 16:50", "a", True, 0.00, "positive",
"Signed up for the unlimited car wash plan; happy.", """
A: sparkle express car wash carlos speaking
C: hey so i keep coming in like every week should i be doing the monthly thing
A: yeah the unlimited is twenty four ninety nine a month and you come as much as you want
C: i spent like forty bucks last month so
A: yeah youd save
C: okay yeah sign me up for the unlimited
A: done ill put the sticker on next time you come through
C: love it thanks man
""")

call(67, "Emma Walsh", "27 09:20", "c", True, 0.00, "neutral",
"Booked a vet appointment; the yes about email is not the commitment, picking the slot is.", """
A: Maple Street Veterinary, Emma speaking.
C: Hi, my cat Pepper needs her annual shots.
A: Sure. I have Monday the 30th at 10:20 or Wednesday at 4.
C: Monday at 10:20, please.
A: Booked. I'll send the confirmation to the email ending in ...ton@webmail.com, is that right?
C: Yes, that's my email.
A: Perfect. Please bring her in a carrier.
C: Will do. Thanks.
""")

call(68, "Isaac Thompson", "28 11:05", "a", True, 7.00, "positive",
"Confirmed new internet order and added a wifi extender at seven a month.", """
A: northfield broadband new service isaac speaking
C: hi i want to get your internet at my new apartment
A: sure the five hundred meg plan is fifty five a month
C: yeah thats the one i want
A: okay and its a big place would you like a wifi extender its seven a month
C: um yeah my bedroom is kind of far so yeah add the extender
A: okay so five hundred meg plus extender install is friday the fourth between eight and ten at ninety two elm unit four b is that right
C: yep thats right
A: great youre all set
C: awesome thats so much easier than i expected
""")

call(69, "Samuel Ortiz", "28 15:15", "c", False, 0.00, "neutral",
"Got a term life quote and said he's not ready to buy.", """
A: Guardian Life, this is Samuel.
C: Hi, I'm 34 and my wife just had our first baby. I want to understand term life insurance.
A: Congratulations. A 20-year term policy for $500,000 would be about $28 a month for you.
C: That's less than I expected.
A: I can start the application now. It takes about 15 minutes.
C: I'm not ready to buy yet. I want to compare a couple of other companies.
A: Completely fair. Your quote is good for 30 days.
C: Okay, thanks.
""")

call(70, "Ava Mitchell", "28 18:35", "a", False, 0.00, "negative",
"Sarcastic about a middle seat; declined the paid seat change.", """
A: skyway airlines ava speaking
C: hi yeah i booked an aisle seat months ago and now the app says im in thirty four e
A: let me check um there was an aircraft change so seats were reassigned
C: oh wonderful a middle seat for six hours just what i wanted
A: i do have an aisle in the extra legroom section for forty nine
C: im not paying forty nine dollars to get the seat i already picked
A: i understand ill add you to the list for a free aisle if one opens
C: yeah sure i wont hold my breath
""")

call(71, "William Hayes", "28 13:30", "c", False, 0.00, "negative",
"Order status call about a third delay; customer says it's unacceptable.", """
A: Parcelmart customer service, William speaking.
C: Hi, I'm calling about order 40-22917. It was supposed to come on the 21st, then the 24th, and now the tracking says December 2nd.
A: I'm sorry. It looks like it's held at the regional hub due to volume.
C: This is the third delay. It's a gift for my mother's birthday on the 29th.
A: I can't speed up the carrier, but I can refund the $8.99 shipping.
C: The shipping isn't the point. This is unacceptable.
A: I understand. Would you like to cancel the order instead?
C: No, I'll wait. But I won't be ordering from you again for anything time-sensitive.
""")

call(72, "Madison Clark", "29 17:10", "a", False, 0.00, "negative",
"Wanted eight pm for two, only nine thirty left; declined and annoyed.", """
A: lunas trattoria madison speaking
C: hi can i get a table for two tonight at eight
A: let me see um the earliest i have is nine thirty
C: nine thirty thats way too late we have a babysitter
A: i can put you on the waitlist for eight
C: no forget it you guys are always booked solid its impossible
A: im sorry maybe another night
C: yeah whatever
""")

call(73, "Dylan Scott", "29 10:45", "c", True, 30.00, "positive",
"Booked a deep clean and added inside windows for 5 windows at $6 each.", """
A: Sparkle & Shine Home Cleaning, Dylan speaking.
C: Hi, I need a deep clean before my in-laws arrive. It's a 3-bedroom house.
A: A deep clean for 3 bedrooms is $240. I have Wednesday the 2nd at 9 am.
C: Wednesday at 9 works, book it.
A: Done. We also do inside windows at $6 per window.
C: The whole house has like 20 windows. Just the 5 in the living room and kitchen.
A: Sure, 5 windows added.
C: Great, you guys were great last time too. Thanks!
""")

call(74, "Sophie Allen", "29 14:55", "a", False, 0.00, "neutral",
"Mortgage refinance rates inquiry; asked for the rate sheet, no application.", """
A: evergreen credit union mortgages sophie speaking
C: hi um im thinking about refinancing my house i wanted to see what your rates are
A: sure for a thirty year fixed were at six point one and fifteen year is five point four
C: okay and theres closing costs right
A: yes usually about two to three percent
C: okay can you send me the rate sheet and ill look at it with my numbers
A: absolutely whats your email
C: its the same one on my account
A: ok sent
C: thanks
""")

call(75, "Andre Jackson", "29 16:20", "c", False, 0.00, "positive",
"Bug report escalated; frustrated start, ends thanking the agent warmly.", """
A: Ledgerly support, Andre speaking.
C: Hi. Your last update broke my invoice exports. Every PDF comes out blank. I've sent two tickets.
A: I'm sorry. I've reproduced it on my side, it's a known issue with the 4.2 update for custom templates.
C: Okay, at least someone finally believes me.
A: I've attached your account to the bug and there's a workaround: switch to the classic template and exports work.
C: Let me try. ... Yes, that worked.
A: The fix is scheduled for Thursday, and I'll email you when it's out.
C: Thank you, honestly. You're the first person who actually listened. I really appreciate it.
""")

call(76, "Victoria Bell", "30 09:10", "a", True, 0.00, "neutral",
"Booked an eye exam; yes to text reminders is not the commitment.", """
A: clearsight optometry victoria speaking
C: hi i need an eye exam my glasses are like three years old
A: sure i have tuesday at one or thursday at five thirty
C: uh thursday five thirty
A: okay youre booked thursday december third at five thirty with doctor reyes do you want a text reminder
C: yes text me
A: ok its set bring your current glasses
C: okay thanks
""")

call(77, "Owen Price", "30 20:40", "a", False, 0.00, "neutral",
"Gas smell report; emergency crew dispatched, no purchase.", """
A: metro gas emergency line owen speaking
C: hi um i think i smell gas outside my building its kind of strong
A: okay are you inside now
C: no im outside on the sidewalk
A: good stay outside whats the address
C: three twelve pine avenue
A: a crew is on the way about twenty minutes dont use any switches
C: yes okay i told my neighbors too
A: thats good
C: okay thank you
""")

call(78, "Hailey Cooper", "30 11:35", "c", True, 0.00, "neutral",
"Confirmed the train ticket read-back; declined the business upgrade.", """
A: Coastline Rail, Hailey speaking.
C: Hi, I need tickets from Boston to New York on December 23rd, morning.
A: The 7:05 am arrives at 11:10. For how many?
C: Two adults and one child, she's 9.
A: Let me confirm: 2 adults and 1 child, Boston to New York, December 23rd at 7:05 am, $214 total?
C: You got it.
A: Booked. Would you like to upgrade to business class for $45 per person?
C: No, coach is fine.
A: Your tickets are in your email.
C: Okay, thanks.
""")

call(79, "Marcus Lee", "30 18:15", "a", True, 0.00, "positive",
"Booked a free trial spin class; a booking even though it is free.", """
A: revolve cycling studio marcus speaking
C: hi um i wanted to try a class before i buy a pack
A: totally your first class is free
C: oh nice
A: i have tomorrow at six am or six thirty pm
C: six thirty pm please i am not a morning person
A: ha fair youre in for tomorrow at six thirty bring water and come ten minutes early
C: great im excited thank you
""")

call(80, "Chloe Adams", "30 15:00", "c", False, 0.00, "negative",
"Car deal fell through; customer praises competitor's dealership.", """
A: Summit Hyundai, Chloe speaking.
C: Hi, I was in yesterday about the Tucson. I wanted to tell your sales manager I'm not buying.
A: I'm sorry to hear that. Can I ask what happened?
C: He added $2,400 in "dealer add-ons" I never asked for and wouldn't take them off.
A: I can have him call you to discuss.
C: No thanks. The Toyota dealer down the road gave me a clean price and treated me like an adult. I'm buying there.
A: I understand. I'll pass on your feedback.
C: Please do.
""")
