CALLS = [
("FR63_041", "Rachel Abernathy", "2026-11-18T09:00:00", "clean", """A: Harbor Mutual auto, Rachel speaking.
C: Hi, my car policy renews at the end of the month and I'd like to renew, same coverage.
A: Sure. Your six-month premium stays at $642. Shall I process the renewal?
C: Yes, go ahead.
A: Renewed. I noticed you don't have roadside assistance. It's $3 a month, and rental reimbursement is $5 a month if your car's ever in the shop after a claim.
C: Oh, I had to pay for a tow last winter, that was $180. Yes to roadside. And the rental one too, why not.
A: Both added, $8 a month extra in total.
C: Great, I feel much better having those. Thanks, Rachel!""", True, 8.0, "positive", "renewal 'Yes, go ahead' (main); roadside $3 + rental $5 accepted = 8.00; 'I feel much better'"),

("FR63_042", "Omar Siddiqui", "2026-11-18T10:35:00", "asr", """A: northline mobile this is omar
C: yeah i want to drop down to the cheapest plan the unlimited is too expensive
A: okay you're at sixty five a month the basic is thirty five with five gigs
C: yeah do that
A: before i do that you use about twenty gigs a month so you'd run out fast what i can do is keep you on unlimited at thirty five for the next six months
C: unlimited at thirty five
A: yep same as the basic price for six months
C: fine i'll keep the unlimited at thirty five but i'm only staying because of the price honestly the coverage out here is garbage
A: understood it's applied starting this cycle
C: yeah okay whatever""", True, 0.0, "negative", "accepts retention offer 'i'll keep the unlimited at thirty five'; discount not upsell; 'coverage out here is garbage'"),

("FR63_043", "Bethany Clarke", "2026-11-18T13:10:00", "clean", """A: Tunely Music, Bethany speaking.
C: Hi, I'm on the individual plan and my kids keep asking for their own accounts. How much is Family?
A: Family is $19.99 a month for up to six people, versus $11.99 for your individual.
C: Okay, I'll take the family plan.
A: Great, I'll switch you now. You'll be able to invite up to five members.
C: Oh wait. My brother already has a family plan and he said the kids could join his. Never mind, keep me on the individual.
A: No problem, nothing's changed on your account.
C: Sorry about that. Thanks anyway.""", False, 0.0, "neutral", "'I'll take the family plan' then 'Never mind, keep me on the individual' = retracted"),

("FR63_044", "Luis Ferreira", "2026-11-18T15:30:00", "clean", """A: Keystone Bank, Luis speaking.
C: Hi, I need something notarized. Does the Maple Avenue branch have a notary?
A: Yes, it's free for account holders, but it's by appointment. I have Wednesday at 2 PM or Thursday at 10 AM.
C: Yes, I'll book that appointment for 2 PM Wednesday.
A: Booked, Wednesday the 25th at 2 PM at Maple Avenue. Bring a photo ID and don't sign the document beforehand.
C: Got it. Does the signer need to be there too, or just me?
A: Everyone who signs needs to be there.
C: Okay. Thanks.""", True, 0.0, "neutral", "'Yes, I'll book that appointment for 2 PM Wednesday' (free appointment still a booking); routine tone"),

("FR63_045", "Natalie Brooks", "2026-11-19T07:50:00", "asr", """A: metro gas customer line this is natalie
C: yeah our gas has been off since last night we have no heat and it's thirty degrees out
A: i'm sorry there's a main line repair on your street crews are on site
C: yeah i can see them they've been standing there for hours
A: the estimated restore time is four pm today
C: four pm we've got a baby in the house
A: i understand if you need one we can offer a space heater voucher at the hardware store
C: fine whatever just get the gas back on
A: i'll note the infant on the account so you're a priority relight
C: it's ridiculous that nobody even sent a text about this""", False, 0.0, "negative", "outage call, nothing bought; 'it's ridiculous that nobody even sent a text'"),

("FR63_046", "Gregory Pham", "2026-11-19T10:05:00", "clean", """A: Ironworks Fitness, Gregory speaking.
C: Hi, I need to cancel. I tore my ACL skiing and I'm having surgery next week.
A: Oh no, I'm sorry. Rather than cancel, we do have a medical freeze. It's $5 a month and holds your current rate for up to six months.
C: My rate's $29, the new members pay $45, right?
A: Right, so you'd keep $29 when you come back.
C: Okay, freeze it then. That's kind of you, thank you.
A: Frozen from today. Just send us the doctor's note when you can. Get well soon.
C: Thank you, that really helps, I was dreading starting over.""", True, 0.0, "positive", "cancellation call, accepts $5 medical freeze 'freeze it then' = save offer; 'that really helps'"),

("FR63_047", "Aisha Mensah", "2026-11-19T12:30:00", "clean", """A: Hi, this is Aisha from Ledgerly, calling about your accounting software subscription that ends December 15th.
C: Oh, right. Yeah, we use it every day.
A: Great. The annual renewal is $2,340 for your 12 seats. Can I go ahead and process that?
C: I can't approve that myself. Send me the invoice and I'll get it approved by finance.
A: Of course. Anything over $2,000 goes through them?
C: Yeah, that's the policy. They meet on Thursdays.
A: I'll send it today, and I'll check back next Friday.
C: Sounds good.""", False, 0.0, "neutral", "'Send me the invoice and I'll get it approved by finance' = deferral; 'Sounds good' to a follow-up"),

("FR63_048", "Connor Walsh", "2026-11-19T14:45:00", "asr", """A: brightwave this is connor
C: hi i upload a lot of video for work and my upload speed is like ten megs it's killing me
A: yeah the residential plans are all ten up the business pro plan has fifty up
C: what does that cost
A: business pro is one twenty nine a month
C: one twenty nine for upload speed that's a rip off i'm paying seventy now
A: it does include a static ip and priority support too
C: i'd do it if it were under a hundred but not at that
A: i understand i can note that you're interested if pricing changes
C: sure whatever it's just frustrating that you guys are the only option here""", False, 0.0, "negative", "'i'd do it if it were under a hundred' = conditional; 'that's a rip off', 'frustrating'"),

("FR63_049", "Priya Raman", "2026-11-20T09:15:00", "clean", """A: Northline Mobile, Priya speaking.
C: Hi! I'm switching from another carrier and I want the SIM-only plan I saw online, the $40 unlimited one.
A: Yes, Unlimited SIM at $40 a month. Want me to set that up?
C: Yes, please.
A: Done. Anyone else in the family who might want a line? Extra lines on your account are $20 each.
C: Actually yes, my husband and my son. Two more lines at $20 each.
A: So your line at $40 plus two lines at $20 each, and three SIM cards ship today.
C: Brilliant. That's less than I was paying for just mine. Thanks so much!""", True, 40.0, "positive", "'Yes, please' main line; 'Two more lines at $20 each' = 2 x 20 = 40.00; 'Brilliant'"),

("FR63_050", "Marcus Delgado", "2026-11-20T11:00:00", "clean", """A: Harbor Mutual claims, Marcus speaking.
C: I got a letter saying my water damage claim was denied. I want to know why.
A: Let me look. The adjuster classified it as gradual seepage, which isn't covered, rather than sudden discharge.
C: A pipe burst. It was sudden. There was water pouring out of the ceiling.
A: I understand. You can appeal with a plumber's report stating the cause.
C: I've paid you for twelve years and the one time I need you, you look for a reason not to pay.
A: I'm sorry. I'll email you the appeal form now.
C: Don't bother apologizing. Just send the form. I'm absolutely furious.""", False, 0.0, "negative", "claim dispute, no purchase; 'I'm absolutely furious'"),

("FR63_051", "Helen Okafor", "2026-11-20T13:20:00", "asr", """A: streamnest support this is helen
C: hi um i'm locked out of my account it keeps saying too many attempts and my password reset email never comes
A: okay let me check the email on file is it ending in outlook dot com
C: no no i changed that like a year ago it should be gmail
A: ah the account still has the old outlook one i can update it after i verify you what are the last four of the card
C: five five zero two
A: thanks i've updated the email and unlocked the account you should get the reset link now
C: oh there it is yes i'm in
A: great anything else
C: no that's it oh you're a lifesaver i thought i'd lost all my profiles thank you""", False, 0.0, "positive", "account access fixed, nothing bought; 'you're a lifesaver'"),

("FR63_052", "Tomas Reyes", "2026-11-20T15:40:00", "clean", """A: Keystone Bank, Tomas speaking.
C: Hi, I got a text about a fraud alert on my card. A $600 charge at an electronics store.
A: I see it. Was that you?
C: No. Definitely not.
A: I've declined it and blocked the card. A new card will arrive in three days. By the way, you're pre-approved for a $5,000 credit line increase.
C: No thanks. I called about fraud, not to be sold something.
A: Of course, sorry. The disputed charge won't post.
C: Fine. Honestly, pitching me a credit increase while someone is stealing my card is pretty tone-deaf.""", False, 0.0, "negative", "'No thanks' to the credit increase; 'pretty tone-deaf'"),

("FR63_053", "Jenna Kowalski", "2026-11-23T09:30:00", "clean", """A: Ironworks Fitness, Jenna speaking.
C: Hi, my annual membership ends this month and I'd like to renew. Can I pay the year up front again?
A: Absolutely. Paid in full it's $480 for the year. Shall I charge it?
C: Let's do it, put it on the Visa on file.
A: Done, you're renewed through November 2027. Would you like a permanent locker for the year? Normally $80, but I can do $60 for annual members.
C: Yeah, go ahead, $60 is fine. I'm sick of carrying my bag around.
A: Locker 112 is yours.
C: Perfect. I love this gym, thanks Jenna!""", True, 60.0, "positive", "'Let's do it' renewal (main); locker revised $80 to $60, '$60 is fine' = 60.00; 'I love this gym'"),

("FR63_054", "Darnell Hughes", "2026-11-23T11:10:00", "clean", """A: Evergreen Power home services, Darnell speaking. I'm calling about the HVAC protection plan mentioned on your last bill.
C: Oh, yeah, I saw that. What does it cover?
A: Repairs to your furnace and air conditioning, parts and labor, plus a yearly tune-up. It's $14.99 a month.
C: Is there a deductible?
A: $50 per repair visit.
C: Hm. Sounds good, I'll think about it. My furnace is only two years old.
A: Sure. I'll send a brochure.
C: Okay, thanks.""", False, 0.0, "neutral", "'Sounds good, I'll think about it' = no commitment"),

("FR63_055", "Sofia Lindqvist", "2026-11-23T13:50:00", "asr", """A: taskgrid sales this is sofia
C: yeah hi we want to move the team to the pro plan there's five of us
A: okay pro is twelve dollars a user a month so sixty a month for five
C: yeah that's what i figured go ahead and set it up
A: done you're on pro and is anyone on the team client facing
C: yeah all of us basically
A: pro has standard email support or there's priority support with a one hour response time for fifty dollars a month
C: um yeah okay add the priority support we had a bad week last month waiting on tickets
A: added priority support at fifty a month
C: okay thanks""", True, 50.0, "neutral", "'go ahead and set it up' pro plan (main); priority support at fifty dollars a month = 50.00; flat"),

("FR63_056", "Kevin Tran", "2026-11-23T15:35:00", "clean", """A: Brightwave Fiber, Kevin speaking.
C: Hi, fiber finally reached our street. I'd like to switch from the copper plan to fiber and book the install.
A: Great news. The 1 Gig fiber plan is $70 a month. For the install, I have Thursday the 3rd, 8 to 12.
C: Thursday works, book it.
A: Oh, sorry, that Thursday slot just got taken while I was booking. The next is Monday the 7th, 1 to 5.
C: Monday afternoon is fine too.
A: Booked, Monday December 7th, 1 to 5. Also, you mentioned a home security camera system. A static IP is $10 a month if you want to reach the cameras remotely.
C: Yes, I'll take the static IP.
A: Added. See you on the 7th.
C: Okay, thanks.""", True, 10.0, "neutral", "first slot lost, 'Monday afternoon is fine too' = booked; 'I'll take the static IP' at $10 a month = 10.00"),

("FR63_057", "Rachel Abernathy", "2026-11-24T09:45:00", "clean", """A: Harbor Mutual Travel, Rachel speaking.
C: Hi, I want travel insurance for a trip to Japan in January. Two travelers, two weeks.
A: The comprehensive plan for two is $186. Shall I go ahead?
C: Yes, let's do it. Card ending 4412.
A: I'm sorry, that card was declined.
C: It can't be. Try again.
A: Declined again, I'm afraid. Do you have another card?
C: Not on me. Forget it. I'll buy it through the airline, at least their website works.
A: I'm sorry. I can hold the quote for 48 hours.
C: Don't bother.""", False, 0.0, "negative", "'let's do it' but card declined twice, nothing bought; 'Forget it', 'Don't bother'"),

("FR63_058", "Omar Siddiqui", "2026-11-24T11:20:00", "asr", """A: keystone bank this is omar
C: hi i have about ten thousand sitting in checking and i wanted to ask about your cds
A: sure the twelve month cd is at four point four percent right now the six month is four point one
C: and if i take it out early
A: there's a penalty of three months interest
C: okay that's fine i don't need it for a year let's do the twelve month
A: great so ten thousand in a twelve month cd at four point four moving it from checking today is that correct
C: yeah lock it in
A: done you'll get the confirmation by email
C: okay good""", True, 0.0, "neutral", "'let's do the twelve month' and confirms read-back 'yeah lock it in'; flat tone"),

("FR63_059", "Bethany Clarke", "2026-11-24T14:00:00", "clean", """A: StreamNest, Bethany speaking.
C: I want to cancel. You raised the price again, $17.99 now, third time in two years.
A: I hear you. I can do 50% off for the next three months if you'd like to stay.
C: And then back to $17.99? No. Just cancel it.
A: Understood. Your account stays active until December 9th.
C: Fine. Honestly, the last season of everything was terrible anyway. You're charging more for worse shows.
A: I'm sorry to hear that. Your cancellation is confirmed.
C: Good.""", False, 0.0, "negative", "refuses save offer 'No. Just cancel it'; 'charging more for worse shows'"),

("FR63_060", "Luis Ferreira", "2026-11-24T16:10:00", "clean", """A: Brightwave support, Luis speaking.
C: Hi, my internet has been really slow since yesterday, I think I need someone to come out.
A: Let's check first. I'm seeing your modem's running old firmware. I'm going to push an update and restart it. Give it two minutes.
C: Okay.
A: It's back online. Could you run a speed test?
C: Hang on. Oh wow, 480! It was 30 yesterday.
A: Great, so no visit needed.
C: That's fantastic, thank you, you saved me a whole day of waiting for a technician.""", False, 0.0, "positive", "fixed remotely, no appointment booked; 'That's fantastic'"),
]
