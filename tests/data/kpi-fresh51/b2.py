CALLS = [
("FR51_021", "Aisha Mensah", "2026-11-10T14:02:00", "clean",
"""A: Ledgerly customer success, this is Aisha.
C: Hi, our annual plan expires Friday. We want to renew the Team plan, 10 seats.
A: Happy to. That's $1,440 for the year. Would you also like Priority Support? It's $199 a year and gets you a 2-hour response time.
C: How does that compare to what we have now?
A: Right now you're on standard email support, 24-hour response.
C: Yeah, okay, add Priority Support. We had a payroll issue last month and waited a full day.
A: Added. So, Team plan, 10 seats, plus Priority Support, $1,639 total, billed to the card on file. Correct?
C: Correct.
A: You're renewed through next November. The invoice is in your admin portal.
C: Fine. The portal keeps logging me out, but I'll find it.""",
True, 199.0, "neutral", "read-back confirmed ('Correct.'); Priority Support $199/yr accepted; mild gripe about portal, otherwise businesslike"),

("FR51_022", "Daniel Kowalski", "2026-11-10T11:37:00", "asr",
"""A: thank you for calling northwave internet this is daniel
C: hi yeah i need to cancel my service
A: sorry to hear that can i ask why
C: um honestly spectrum came by and they're giving me a gig for forty bucks and their guy was super helpful like set everything up in twenty minutes
A: i understand i can offer twenty dollars off for twelve months which would bring you to fifty five
C: no i appreciate it but i've already signed with them
A: okay i've scheduled the cancellation for the end of your cycle you'll need to return the modem
C: yeah where do i drop it off
A: any ups store with the label we'll email you
C: okay cool thanks
A: thanks for being with us""",
False, 0.0, "neutral", "cancellation, retention offer declined ('i've already signed with them'); praises competitor but polite, no feeling toward this company"),

("FR51_023", "Hannah Lindqvist", "2026-11-11T09:20:00", "clean",
"""A: Petal & Stem, this is Hannah.
C: Hi, I want to send the large peony bouquet to my grandmother in Edina for her 90th on Saturday.
A: Oh, how lovely. I'm so sorry, peonies are out of stock until spring. We could do the same arrangement with garden roses, same price, $85.
C: Oh, that's a shame. Garden roses would be okay, she likes pink.
A: Pink garden roses it is. Would you like a glass vase for $18, and a box of truffles for $12?
C: Yes to both, actually. She'll love the truffles.
A: Perfect. Pink garden rose bouquet with the vase and truffles, delivered Saturday to 12 Larch Court in Edina, $115. Does that all sound right?
C: Yes, that sounds perfect.
A: Your order is placed.
C: Thank you so much, you made that really easy.""",
True, 30.0, "positive", "peonies out of stock, substitute accepted and order confirmed; vase $18 + truffles $12 accepted ('Yes to both') -> 30; 'made that really easy'"),

("FR51_024", "Marcus Reid", "2026-11-11T13:45:00", "clean",
"""A: Granite State Bank, Marcus speaking.
C: Hi, I'm calling about opening a CD. I saw 5 percent advertised in September.
A: Let me check. I'm sorry, that promotion ended. Our 12-month CD is at 3.6 percent now.
C: Oh. That's quite a drop.
A: It is. The 6-month is 3.4. Would you like me to open the 12-month for you today?
C: Hm. I was hoping for more. I'll leave it for now.
A: Understood. I can let you know if we run another promotion.
C: Sure, if you like. Not holding my breath.
A: I'll add a note. Anything else?
C: No. Thanks.""",
False, 0.0, "negative", "'I'll leave it for now' declines the CD; quiet disappointment ('hoping for more', 'Not holding my breath')"),

("FR51_025", "Sofia Marchetti", "2026-11-11T16:28:00", "asr",
"""A: grand meridian hotel reservations this is sofia
C: hi i want to book the junior suite for the twenty eighth and twenty ninth
A: lovely the junior suite is two ninety a night so five eighty for the two nights plus tax would you like me to book it
C: yeah go ahead
A: okay so junior suite checking in the twenty eighth out on the thirtieth two guests is that right
C: yep that's right
A: great and
C: oh hang on my phone just buzzed uh my flight got moved to the thirtieth oh man can we cancel that i need to figure out the dates
A: sure i've cancelled that reservation no charge
C: okay sorry about that i'll call back when i know
A: no problem at all""",
False, 0.0, "neutral", "booking confirmed ('yep that's right') then retracted ('can we cancel that') and agent cancels; calm"),

("FR51_026", "Jamal Carter", "2026-11-12T10:15:00", "clean",
"""A: ValueVision Electronics, this is Jamal.
C: I'm calling to re-order the 65-inch Sony TV, since you people lost my first order.
A: I'm very sorry about that. I see it was cancelled by our warehouse. I can place it again at the same $1,099.
C: Yes, place it. And make sure it actually ships this time.
A: I'll flag it. Would you like our 4-year protection plan for $129?
C: Yes, add it. Given your track record I'll want it.
A: Added. And we offer wall-mount installation for $99.
C: Fine, add the installation too.
A: So the Sony 65, protection plan and installation, $1,327, delivered Tuesday. Correct?
C: That's correct. I'm still annoyed I had to do this twice.""",
True, 228.0, "negative", "order re-placed and confirmed; protection plan $129 + installation $99 accepted -> 228; irritated ('still annoyed', 'your track record')"),

("FR51_027", "Emily Tran", "2026-11-12T11:50:00", "clean",
"""A: Lakeside Physical Therapy, this is Emily.
C: Hi, my doctor referred me for knee rehab and I need to set up the first assessment.
A: Sure. Can I put you on hold for a second while I pull up the referral?
C: Yes, sure.
A: Thanks for waiting. I've got it. I have Monday the 16th at 4:30 with Dr. Hale, or Wednesday at 8.
C: Monday at 4:30.
A: So, initial assessment Monday the 16th at 4:30 with Dr. Hale. Does that work?
C: Yes, that works.
A: You're booked. Please wear shorts and bring your insurance card.
C: Will do. Thanks.""",
True, 0.0, "neutral", "first 'Yes, sure' is the hold; 'Yes, that works' confirms the booking read-back; plain"),

("FR51_028", "Oliver Grant", "2026-11-12T15:03:00", "asr",
"""A: corner garage this is oliver
C: hey oliver it's mike i dropped off the civic this morning for the squeaking
A: hey mike yeah so it's the front brake pads they're pretty much down to the metal and the rotors are scored
C: oh man how much are we talking
A: pads and rotors front axle is about four hundred twenty with labor
C: oof that's more than i expected but okay
A: i can do it today and have it ready by five
C: um honestly you've been super upfront with me and i appreciate that a lot but let me have a think and check with my brother he does some of this stuff
A: sure thing just don't drive it too long like that
C: yeah yeah i hear you thanks man really appreciate you explaining it all
A: anytime""",
False, 0.0, "positive", "repair not authorized ('let me have a think and check with my brother'); warm ('super upfront', 'really appreciate')"),

("FR51_029", "Naomi Feld", "2026-11-13T12:00:00", "clean",
"""A: Stadium Tix, Naomi speaking.
C: I need four seats together for the Hawks game on the 22nd.
A: I'm sorry, there are no blocks of four left. I have two together in section 112, $78 each.
C: Only two? Ugh. Okay, I'll take the two, my kids can go with their mom another time.
A: Sure. Would you like a parking pass for the main lot? It's $25.
C: Yeah, add the parking.
A: So two seats in 112, row F, plus parking, $181. Is that right?
C: That's right.
A: Done, the tickets are in your account.
C: Okay. That'll do.""",
True, 25.0, "neutral", "wanted four, 'I'll take the two' and confirmed; parking $25 accepted; 'That'll do' flat"),

("FR51_030", "Rafael Ortega", "2026-11-13T09:27:00", "clean",
"""A: FreshCrate, this is Rafael.
C: My box came two days late and the chicken was warm. I'm honestly so fed up.
A: I'm really sorry. That shouldn't happen. I'll credit the full box, $72, right now.
C: Okay. Well, thank you for that.
A: Is there anything else I can do?
C: Actually, can I pause deliveries? We're travelling for three weeks anyway.
A: Absolutely, I've paused you until December 7th. No boxes, no charges until then.
C: Perfect. Honestly, thanks, you've been great about this.
A: Glad to help. Safe travels!
C: Thanks, bye.""",
False, 0.0, "positive", "credit and pause only, nothing bought; angry start ('so fed up'), ends 'you've been great about this'"),

("FR51_031", "Grace Whitaker", "2026-11-13T17:44:00", "asr",
"""A: hi you've reached vista wireless this is grace
C: hi um i keep going over my data so i think i need a bigger plan
A: sure you're on the ten gig plan at forty a month i can move you to unlimited for fifty five
C: yeah let's do the unlimited
A: great and i see you call mexico a lot would you like the international pass it's ten dollars a month for unlimited calls to mexico and canada
C: oh my gosh yes please that would save me so much
A: done unlimited plus the international pass starting today
C: oh awesome that's perfect
A: anything else today
C: no that's everything you're the best thank you""",
True, 10.0, "positive", "plan change ('let's do the unlimited') is the main purchase; international pass ten dollars a month accepted; 'oh awesome', 'you're the best'"),

("FR51_032", "Victor Nguyen", "2026-11-16T10:40:00", "clean",
"""A: SafeHaven Security, Victor speaking.
C: Hi, I want the camera package you sent the quote for, the $29-a-month one with four cameras.
A: Great. Let me get an install scheduled. Hmm, I'm sorry, our earliest installer opening is January 8th.
C: January? The quote said within two weeks.
A: That was based on last month's schedule. I can book January 8th now.
C: Then let's not lock anything in now. Call me back in December and we'll see.
A: I understand. I'll put a note to call you December 1st.
C: That's disappointing. We had a break-in on the street, that's why I called.
A: I'm sorry. I'll let you know if anything opens sooner.
C: Okay.""",
False, 0.0, "negative", "wanted it, but installer delay -> 'let's not lock anything in now'; 'That's disappointing'"),

("FR51_033", "Maria Delgado", "2026-11-16T14:15:00", "clean",
"""A: ClearView Optical, Maria speaking.
C: Hi, I need a yearly eye exam. My glasses feel off.
A: Sure. Comprehensive exam is $110, and I have Thursday at 2 or Saturday at 10.
C: Saturday at 10.
A: Saturday at 10 with Dr. Shah. Would you like to add retinal imaging? It's $39, and no dilation drops.
C: No drops? Sure, why not.
A: Added. So, Saturday the 21st at 10, exam plus retinal imaging. Correct?
C: Yes.
A: You're booked.
C: Okay, thanks.""",
True, 39.0, "neutral", "read-back confirmed ('Yes'); retinal imaging $39 accepted ('Sure, why not'); flat"),

("FR51_034", "Kevin O'Brien", "2026-11-16T19:05:00", "asr",
"""A: smoky joe's barbecue pickup line this is kevin
C: yeah hi i want the full rack of ribs the family combo with two sides
A: oh man i'm sorry we're sold out of ribs tonight we've got brisket or pulled pork
C: sold out it's seven o'clock
A: yeah it was a busy one the brisket combo's really good though
C: no i specifically wanted the ribs that's the only reason i call you guys
A: i understand i can
C: ugh forget it then we'll just get something else
A: sorry about that
C: yeah whatever""",
False, 0.0, "negative", "ribs sold out, substitute refused ('forget it then'); irritated ('sold out it's seven o'clock', 'yeah whatever')"),

("FR51_035", "Priya Raman", "2026-11-17T08:55:00", "clean",
"""A: SkyPath Airlines reservations, Priya speaking.
C: Hi, I need a one-way from Chicago to Denver on December 3rd, morning if possible.
A: I have the 8:15 AM nonstop at $164. Would you like to add a checked bag for $35?
C: Yes, I'll need the bag.
A: So, one passenger, O'Hare to Denver, December 3rd at 8:15, with one checked bag, $199. Please confirm.
C: Yes, that's correct.
A: Hmm, the payment was declined. Sometimes the bank flags airline charges.
C: Oh no. Hang on, I just got a text from my bank... I've approved it. Can you try again?
A: Trying again... it went through. You're ticketed, confirmation SKX42P.
C: Phew. Thank you for your patience, you've been great.""",
True, 35.0, "positive", "read-back confirmed; first payment declined, retry succeeded ('You're ticketed'); checked bag $35 accepted; 'you've been great'"),

("FR51_036", "Thomas Becker", "2026-11-17T13:30:00", "clean",
"""A: SunRidge Solar, Thomas speaking.
C: Hi, I'm calling back about the proposal you sent for the 8-kilowatt system.
A: Of course. Any questions I can answer?
C: Mostly the financing. So with the tax credit, our payment would be less than our electric bill?
A: Right, about $118 a month on the loan versus your average $160 bill.
C: This all sounds fantastic. You've explained it better than the last two companies combined.
A: Thank you! Would you like to go ahead and sign so we can get on the January install calendar?
C: I'd love to, but I need to run it by my husband first. He's back Sunday.
A: Totally fair. I'll call you Monday?
C: Yes, Monday is great. Thanks so much, really.""",
False, 0.0, "positive", "'I'd love to, but I need to run it by my husband' = deferral; 'Yes, Monday' is a callback; 'sounds fantastic'"),

("FR51_037", "Aisha Mensah", "2026-11-17T16:12:00", "asr",
"""A: keystone mutual this is aisha can i get the policy number
C: yeah it's um k m seven seven two zero four
A: thank you and can you confirm your date of birth
C: march third nineteen seventy eight
A: thanks and how can i help
C: my son just got his license so i guess i have to add him
A: congrats yes i can add him today it brings your premium up by ninety two a month
C: oh great love that love paying more
A: i know it's a lot would you like me to add him
C: yes add him i don't have a choice do i
A: he's added and do you want roadside assistance it's four dollars a month and covers both cars
C: yeah throw that on he's gonna get a flat for sure
A: done anything else
C: no that's plenty of damage for one day""",
True, 4.0, "negative", "'yes add him' -> paid policy change; roadside four dollars a month accepted ('throw that on'); sarcasm ('love that love paying more')"),

("FR51_038", "Daniel Kowalski", "2026-11-18T10:05:00", "clean",
"""A: Oakline Furniture, Daniel speaking.
C: I'd like to cancel order 55812, the bookcase. It's been delayed twice.
A: I'm sorry. It's now scheduled for December 10th. Could I offer 15 percent off to keep the order?
C: No. I want to cancel and get my money back.
A: Okay, I've cancelled it. The refund of $489 will be back on your card in 5 to 7 days.
C: Fine. Frankly, Wayfair would have had it here in a week.
A: I understand. Is there anything else?
C: No. I'm just disappointed, I used to recommend you guys to everyone.
A: I'm sorry we let you down.
C: Yeah. Bye.""",
False, 0.0, "negative", "cancellation with refund, save offer refused; 'disappointed', competitor comparison"),

("FR51_039", "Hannah Lindqvist", "2026-11-18T15:22:00", "clean",
"""A: Willow Spa, this is Hannah.
C: Hi! I'd like to book a massage for Saturday afternoon.
A: Of course. A 60-minute Swedish is $95, and I have 2 PM open. Or you could make it 90 minutes for $40 more.
C: Oh, 90 minutes sounds dreamy. Let's do the 90.
A: Lovely. So, 90-minute Swedish on Saturday at 2 PM, $135. Shall I book it?
C: Yes, book it please.
A: You're all booked. Arrive 15 minutes early for tea.
C: I can't wait. Thank you so much!""",
True, 40.0, "positive", "booked ('Yes, book it please'); upgrade to 90 minutes for $40 more accepted -> 40; 'I can't wait'"),

("FR51_040", "Marcus Reid", "2026-11-18T11:11:00", "asr",
"""A: valley power and light this is marcus
C: hi marcus how are you doing today
A: doing well thanks what can i do for you
C: so i got a twenty five dollar late fee on my bill but i paid on the due date i have the confirmation
A: let me look um it looks like the payment posted the next day so the fee was applied automatically
C: okay but i paid on the due date can you take it off
A: i'm sorry i'm not able to waive it since it posted late
C: you're kidding me i have the confirmation number right here
A: i understand i can submit a review but it's not guaranteed
C: this is ridiculous honestly i'm done with you people i'll dispute it with my bank
A: i'm sorry
C: yeah bye""",
False, 0.0, "negative", "no purchase; friendly start, ends 'this is ridiculous honestly i'm done with you people'"),
]
