CALLS = [
("FR36_001", "Maria Lopez", "2026-11-02T09:14:22", "clean", """A: Thanks for calling Brightwave Mobile, this is Maria. How can I help?
C: Hi, I'm on the 10 gig plan and I keep running out by the 20th. What are my options?
A: I can move you to Unlimited Plus, which is $55 a month, so $15 more than you pay now.
C: And that's truly unlimited, no throttling after some cap?
A: Full speed up to 100 gigs, then it slows, but most people never reach that.
C: Okay, that works for me. Switch me over.
A: Done, it starts with your next cycle. You mentioned travelling earlier this year. We also have an international day pass bundle, $10 a month, covers Canada and Mexico.
C: Oh, we drive up to Montreal all the time. Yeah, throw that in too.
A: Added. Your new total is $65 a month starting December 1st.
C: Great, honestly this is way easier than I expected. Thanks, Maria.""", True, 10.00, "positive", "plan upgrade accepted; intl pass $10/month accepted in indirect words; pleased"),

("FR36_002", "James Carter", "2026-11-02T18:40:05", "asr", """A: good evening la terrazza this is james speaking
C: hi um i wanted to see if you have a table for saturday for six people
A: let me look uh saturday we have seven thirty or nine fifteen
C: seven thirty is perfect we'll take that
A: lovely and can i get a name and number
C: it's gina moretti five five five two one eight four
A: got it gina is it a special occasion at all
C: yeah it's my mom's seventieth birthday
A: oh how nice we'll do a complimentary tiramisu with a candle for her no charge
C: oh that's so sweet she's gonna love that thank you
A: you're all set six people saturday at seven thirty
C: perfect thank you so much""", True, 0.0, "positive", "table booked; free birthday dessert is not an upsell; 'seventieth', phone and party size are not prices"),

("FR36_003", "Priya Nair", "2026-11-02T11:02:47", "clean", """A: Evergreen Insurance, you've reached Priya in customer care.
C: I need to cancel my renters policy. I'm moving in with my partner and we're using his.
A: I'm sorry to see you go. Before I process it, I could offer you 20% off for the next year if you keep it.
C: No, there's no point paying for two policies on one apartment.
A: Understood. Would you like to keep it at the new address as a backup?
C: No. Honestly I've been trying to cancel online for a week and your site just loops back to the login page.
A: I apologize for that. I've cancelled it effective today and you'll get a refund of $38 for the unused months.
C: Fine. Can I get that in writing?
A: Yes, a confirmation email is on its way.
C: Okay. Took way too long for something this simple.""", False, 0.0, "negative", "cancellation; save offer declined; refund not a purchase; annoyed at website"),

("FR36_004", "Tom Becker", "2026-11-03T13:25:10", "clean", """A: Oakline Furniture, Tom speaking.
C: Hi, I was in the showroom Saturday looking at the Harlow dining table, the walnut one.
A: The Harlow in walnut is $1,200, and we have it in stock.
C: Okay. What about the chairs that were around it on display?
A: Those are the Harlow side chairs, $85 each.
C: Hmm. Let me get the table first, put that through.
A: Sure, the table is ordered. Delivery is to 418 Pine Street?
C: Yes, that's the one. And, yeah, on the chairs, we need four of them.
A: Four Harlow chairs at $85 each, so $340 added to the order. Shall I add those?
C: Go ahead.
A: All set. Delivery window is the 14th between 8 and noon.
C: Okay, thanks.""", True, 340.00, "neutral", "table bought; four chairs at $85 each accepted after read-back = 340; address/date not prices; neutral tone"),

("FR36_005", "Aisha Bello", "2026-11-03T16:51:33", "asr", """A: thank you for calling harbor view inn this is aisha
C: hey uh i'm looking at the twenty second and twenty third for me and my husband
A: okay two nights two guests we have a queen with a harbor view at one sixty a night
C: mm that sounds nice yeah let's do it
A: great i've got that reserved under your name would you like to add our breakfast it's fifteen dollars per person for the stay
C: uh what's included
A: hot buffet eggs waffles fresh fruit coffee
C: oh yeah okay do it for both of us
A: perfect that's breakfast for two added
C: awesome we've heard great things about you guys really looking forward to it""", True, 30.00, "positive", "room booked; breakfast $15 per person x 2 = 30; room rate is main product"),

("FR36_006", "Kenji Sato", "2026-11-04T10:05:18", "clean", """A: Hi, this is Kenji with Tallyboard sales. You requested a callback about our team plan?
C: Yes. We're a team of eight accountants and we need shared ledgers.
A: The Team plan is $12 per user per month, so $96 a month for eight.
C: And the audit trail add-on, how much is that?
A: Audit Trail is $49 a month for the whole workspace.
C: Okay, good to know. Let's just start with the Team plan for now.
A: Sure. Shall I activate Team for eight users today?
C: Yes, please.
A: Done. Invites go to the admin email you gave me.
C: Fine, thanks.""", True, 0.0, "neutral", "Team plan bought; Audit Trail price only asked about -> no upsell"),

("FR36_007", "Laura Fischer", "2026-11-04T19:12:44", "clean", """A: TixNow, this is Laura. How can I help?
C: I'm trying to get two tickets for the Lumen Strings show on the 21st, the site keeps timing out.
A: Let me try on my side. Two tickets, floor section?
C: Anywhere, honestly, I just want to get in.
A: Okay, I'm putting them through now... I'm so sorry, that just failed. The show sold out while it was processing.
C: You're kidding. Any other dates?
A: That was their only date in this city, I'm afraid. I can add you to the waitlist for returns.
C: No, don't bother. I've been trying for two hours because your site crashed.
A: I understand, and I'm sorry.
C: Yeah. So am I. Bye.""", False, 0.0, "negative", "booking failed (sold out), nothing else bought; waitlist declined; frustrated"),

("FR36_008", "Diego Ramos", "2026-11-05T08:33:09", "asr", """A: midtown auto care diego speaking
C: hi yeah i need an oil change for my civic sometime this week
A: sure i have thursday at ten or friday at eight
C: uh thursday at ten works
A: okay thursday at ten for the oil change while it's in would you want a tire rotation it's twenty five dollars
C: nah i just had them rotated last month just the oil change
A: no problem can i get a phone number
C: four one five three three oh two nine nine one
A: you're booked thursday ten a m
C: okay see you then""", True, 0.0, "neutral", "oil change booked; tire rotation declined; phone number not a price"),

("FR36_009", "Hannah Olsen", "2026-11-05T14:20:57", "clean", """A: First Lakes Bank, Hannah speaking.
C: Yes, I've been charged a $35 overdraft fee and I had money in savings. Overdraft protection was supposed to kick in.
A: Let me look at that. I see the problem, the link between checking and savings was removed during the card replacement last month.
C: So it's your mistake, not mine.
A: It is, yes. I've reversed the $35 fee and relinked your savings as overdraft protection.
C: Oh. Okay, that's actually a relief.
A: You'll see the credit within a day.
C: Honestly, I called ready for a fight. Thank you, you've been really helpful.
A: My pleasure.
C: Have a good one.""", False, 0.0, "positive", "fee refunded, no purchase; angry start, thankful end"),

("FR36_010", "Omar Haddad", "2026-11-06T12:48:31", "clean", """A: ComfortPro Heating and Air, this is Omar.
C: Hi, I'd like to schedule the furnace tune-up before it gets cold.
A: Sure, it's $89. I have Tuesday the 10th at 1 pm.
C: Tuesday at 1 is fine, book it.
A: Booked. We also offer duct cleaning at $149 while the tech is there.
C: Sure, add the duct cleaning.
A: Added. So the total is $238.
C: Hmm, wait. Actually, drop the duct cleaning, we had it done when we bought the house. Keep the tune-up.
A: No problem, duct cleaning removed. Just the tune-up on Tuesday at 1 pm, $89.
C: Right, thanks.""", True, 0.0, "neutral", "tune-up booked; duct cleaning accepted then retracted by name -> 0"),

("FR36_011", "Sofia Rossi", "2026-11-06T20:05:14", "asr", """A: clearpath energy outage line this is sofia
C: yeah our power's been out since four o'clock this is the third time this month
A: i'm sorry about that can i get your address
C: twelve oh eight maple ridge road
A: thank you there's a crew working on a transformer in your area
C: that's what you said last week and the week before
A: the estimated restore time is around nine thirty tonight
C: unbelievable i've got a freezer full of food going bad nobody ever fixes the actual problem
A: i can note a claim for spoiled food
C: whatever just fix the power""", False, 0.0, "negative", "outage report, no purchase; angry throughout; address/times not prices"),

("FR36_012", "Ben Walsh", "2026-11-07T15:37:26", "clean", """A: VoltHouse Electronics, Ben here.
C: Hi, I want to order the Zenbook 14, the one that's $899 on your site.
A: Sure, I can place that for you. Same shipping address as your last order?
C: Yes, same one.
A: Great. Would you like our 3-year protection plan? It's normally $129.
C: That's a lot for a laptop that costs 899.
A: I hear you. I can do it for $99 today.
C: Fine, at 99 I'll take it.
A: So the Zenbook plus the protection plan at $99, placed and shipping tomorrow.
C: Perfect, thanks Ben, that was painless.""", True, 99.00, "positive", "laptop bought; protection plan revised $129 -> $99 accepted"),

("FR36_013", "Chloe Martin", "2026-11-08T10:11:03", "clean", """A: Skyward Travel, this is Chloe.
C: Hi, I'm looking at flights to Lisbon in March for two.
A: I have a nonstop on March 12th, returning the 22nd, $740 per person.
C: That's not bad. What about hotels near the old town?
A: I can bundle a 4-star in Alfama, total package $2,380 for both of you.
C: That sounds lovely, I really think she'd enjoy it.
A: Would you like me to book the package?
C: Let me check with my wife first, she might not get those days off.
A: Of course. I'll hold the quote until Friday.
C: Okay, thanks, I'll call back.""", False, 0.0, "neutral", "deferral to check with wife; no booking"),

("FR36_014", "Ravi Menon", "2026-11-08T17:44:50", "asr", """A: peak fitness this is ravi how can i help
C: hey um i wanted to sign up for the membership i saw the ad for twenty nine a month
A: yep that's our basic no contract cancel anytime
C: okay cool sign me up
A: awesome you're in we also do personal training intro sessions forty each if you buy three
C: uh hm how long are they
A: an hour each with a coach builds you a plan
C: yeah sure let's do the three
A: great three sessions at forty each that's a hundred twenty on your first bill
C: sweet i'm actually pumped about this thanks man""", True, 120.00, "positive", "membership signed; 3 PT sessions at 40 each = 120; $29 membership is main"),

("FR36_015", "Elena Petrova", "2026-11-09T09:27:12", "clean", """A: Bright Smile Dental, Elena speaking.
C: Hi, I'm due for a cleaning. Do you have anything next week?
A: We have Wednesday the 18th at 3:30 with Dr. Kim.
C: Anything earlier in the day?
A: Thursday the 19th at 9 am.
C: The Thursday one, please.
A: Booked for Thursday the 19th at 9. Same insurance as last time?
C: Yes, still Delta.
A: Great, we'll see you then.
C: Okay, bye.""", True, 0.0, "neutral", "appointment booked by picking one of the options; times not prices"),

("FR36_016", "Marcus Reed", "2026-11-09T13:58:41", "clean", """A: Willow Creek Barn, events desk, this is Marcus.
C: Hi. We're hoping to book for our wedding on Saturday, June 13th.
A: Let me check... I'm sorry, June 13th is already booked.
C: Oh. What about any Saturday in June?
A: June is fully booked on Saturdays. I could do Sunday, June 14th, at 15% off.
C: I'd book it in a heartbeat if it were a Saturday, but half our guests fly in and can't stay Sunday night.
A: I understand. Can I put you on the cancellation list for the 13th?
C: Sure, I suppose.
A: Done.
C: Thanks. It's a shame, it really was our first choice.""", False, 0.0, "negative", "no availability; conditional not met; Sunday declined; cancellation list is not a booking; quietly disappointed"),

("FR36_017", "Maria Lopez", "2026-11-10T18:16:29", "asr", """A: hi this is maria from swiftlink fiber am i speaking with mister howell
C: uh yeah who's this
A: i'm calling because fiber is now available on your street gig speeds for fifty nine a month
C: oh fantastic another sales call during dinner just what i needed
A: i understand i'll be quick it's three times faster than your current
C: my current works fine
A: we can waive the installation fee if you sign up this week
C: no thanks and please take me off your list
A: of course i'll remove you""", False, 0.0, "negative", "outbound, refused; sarcasm"),

("FR36_018", "James Carter", "2026-11-11T11:43:55", "clean", """A: PawSure Pet Insurance, James speaking.
C: Hi, I'm getting insurance for our new puppy. Before anything else, I definitely want the dental rider, the $8 a month one. Whatever plan we pick.
A: Noted, dental rider at $8 a month. Now for the plan, we have Essential at $24 and Complete at $38.
C: What's the difference?
A: Complete adds hereditary conditions and a lower deductible, $250 instead of $500.
C: She's a golden retriever, hips are a thing. Let's do Complete.
A: So Complete at $38 a month plus the dental rider at $8. Shall I start that today?
C: Yes, please.
A: Done, coverage starts in 14 days.
C: Wonderful, that's a load off my mind. Thank you!""", True, 8.00, "positive", "add-on committed before the main plan was chosen; dental rider $8/month counts once"),

("FR36_019", "Priya Nair", "2026-11-12T14:09:36", "clean", """A: Golden Fork Catering, Priya speaking.
C: Hi, I'd like to order the lunch spread for our office Friday, 25 people.
A: Sure, that's the Deli Classic at $18 per person, $450 total.
C: Sounds right. Let's do it.
A: Perfect. Want to add a dessert platter? It's $45 and serves 25.
C: Yes, add the dessert platter. And do you do drinks?
A: We have a drinks package, sodas and sparkling water, $30.
C: Great, that too.
A: So the Deli Classic, dessert platter for $45 and drinks for $30. Delivery at 11:45 to 300 Front Street?
C: That's it. You've made this so easy, thank you!""", True, 75.00, "positive", "two add-ons 45+30 = 75; per-person price is the main order"),

("FR36_020", "Tom Becker", "2026-11-12T20:22:18", "asr", """A: streamly member services this is tom
C: yeah i want to cancel it's gone up to like twenty three a month
A: i understand i can see you've been with us four years
C: yeah and now you want more money for the same shows
A: what i can offer is the standard plan with ads at eight ninety nine for twelve months
C: ads how many ads
A: about four minutes an hour
C: um okay fine i'll stay on that one
A: great i've switched you it takes effect on your next bill
C: okay""", True, 0.0, "neutral", "retention offer accepted = conversion; no add-on; grudging neutral"),
]
