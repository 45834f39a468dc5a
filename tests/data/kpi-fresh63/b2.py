CALLS = [
("FR63_021", "Jenna Kowalski", "2026-11-10T09:20:00", "clean", """A: Keystone Bank home lending, Jenna speaking.
C: Hi, we're thinking about refinancing and I wanted to talk to someone about rates.
A: I'd recommend a sit-down with one of our mortgage advisors. I have Wednesday the 18th at 3 PM with Dana Whitfield at the Elm Street branch.
C: Okay, book that.
A: So Wednesday the 18th, 3 PM, Elm Street, with Dana. Can I confirm your mobile number is 555-0147?
C: Yes, that's my number. Actually, hold on. My husband handles the mortgage stuff and he's away until the 20th. Can you cancel that? I'll call back when he's home.
A: No problem, I've released the slot.
C: Sorry about that. We'll call back next week.
A: Any time.
C: Okay, bye.""", False, 0.0, "neutral", "'Okay, book that' then 'Can you cancel that? I'll call back' = retracted; 'Yes, that's my number' not a purchase"),

("FR63_022", "Darnell Hughes", "2026-11-10T10:45:00", "asr", """A: brightwave internet this is darnell
C: hey um i'm on the three hundred meg plan and with everybody home the video calls keep freezing
A: okay the gig plan is twenty dollars more a month so eighty instead of sixty
C: yeah let's do the gig i can't keep dropping off meetings
A: done it'll be active in about an hour also where's the router in the house
C: it's in the basement next to the furnace
A: that's probably half your problem i can rent you a mesh extender for five dollars a month it puts a second access point upstairs
C: oh yeah send that too five bucks is nothing
A: okay gig plan plus the extender at five a month it ships tomorrow
C: sweet man thanks that's really helpful i appreciate it""", True, 5.0, "positive", "'let's do the gig' (upgrade, main); 'send that too five bucks' extender = 5.00; 'really helpful'"),

("FR63_023", "Sofia Lindqvist", "2026-11-10T13:15:00", "clean", """A: Northline Mobile, Sofia speaking.
C: I need my account number and transfer PIN. I'm porting my number to another carrier.
A: I can help with that. May I ask why you're leaving?
C: Two dropped calls a day at my own house for a year. That's why.
A: I'm sorry. I can offer $15 off per month for 12 months and a free signal booster.
C: No. I've made up my mind. I asked for a booster back in March and nobody ever sent it.
A: I understand. Your account number is 8841-220-17 and your transfer PIN is 4470.
C: Thank you. Can't say I'll miss you.""", False, 0.0, "negative", "refuses save offer 'No. I've made up my mind'; 'Can't say I'll miss you'"),

("FR63_024", "Kevin Tran", "2026-11-10T15:00:00", "clean", """A: Prismo Photo support, Kevin here.
C: Hi, my annual subscription for the photo editor renews next week and I want to make sure it goes through, my card changed.
A: Sure. The renewal is $119 for the year. Want me to put it on the new card?
C: Yes, renew it on the card ending 0921.
A: Done, you're renewed through November 2027. You've been close to your storage limit all year, by the way. The 1TB cloud add-on is normally $30 a year, but for renewing customers I can do it for $20.
C: $20 for the year? Yes, add it at that price.
A: Added at $20.
C: Great, that's a nice surprise. Thanks, Kevin.""", True, 20.0, "positive", "renewal is main; storage add-on revised $30 to $20, 'add it at that price' = 20.00; 'nice surprise'"),

("FR63_025", "Rachel Abernathy", "2026-11-11T08:30:00", "asr", """A: comfort home services this is rachel
C: hi my water heater is making a banging noise and i'm a member through the gas company
A: okay let's get a technician out i have friday between one and five
C: friday works
A: so friday the thirteenth one to five at twelve cedar court is that right
C: yeah that's right
A: you're booked and um you're on the basic coverage the annual maintenance plan is eighty nine dollars a year and covers a flush every year which usually fixes the banging
C: eighty nine a year okay yeah add that
A: added the tech will do the flush on friday under the plan
C: okay sounds good""", True, 89.0, "neutral", "confirms appointment read-back 'yeah that's right'; 'okay yeah add that' maintenance plan at eighty nine a year = 89.00; flat"),

("FR63_026", "Omar Siddiqui", "2026-11-11T11:50:00", "clean", """A: StreamNest, Omar speaking.
C: How much is the sports package? I want to watch the derby on Saturday.
A: The Sports Plus add-on is $14.99 a month, and you can cancel any time.
C: $14.99 for one match? On top of the $15.49 I already pay?
A: It includes every league we carry, so there's a lot more than one match.
C: I don't want every league, I want one match. You used to include this in the regular plan.
A: That changed in September, I'm afraid.
C: Of course it did. Everything keeps getting more expensive and worse. I'll pass, I'll watch it at the pub.""", False, 0.0, "negative", "only asks price, 'I'll pass'; 'Everything keeps getting more expensive and worse'"),

("FR63_027", "Bethany Clarke", "2026-11-11T14:35:00", "clean", """A: Harbor Mutual, Bethany speaking.
C: My homeowner's renewal letter says my premium is going up 18 percent. I haven't filed a claim in nine years.
A: I understand. The increase is statewide, it's due to rising rebuild costs and storm losses.
C: That's not my problem, I didn't cause any storms.
A: I hear you. I can check discounts. You already have the bundle and alarm discounts, I'm afraid.
C: So nothing. Great.
A: Would you like me to process the renewal, or would you prefer time to compare?
C: I don't have time to shop around this month and you know it. Fine, renew it. But I'm really not happy about this.
A: It's renewed. The new premium starts December 2nd.
C: Mm-hm.""", True, 0.0, "negative", "'Fine, renew it' = renewal; 'I'm really not happy about this'"),

("FR63_028", "Luis Ferreira", "2026-11-12T09:10:00", "asr", """A: keystone bank this is luis
C: hi i think i lost my debit card i can't find it anywhere and i'm kind of panicking
A: okay let's lock it right now can you verify the last four of your social
C: three three one eight
A: thank you the card is locked i don't see any charges since tuesday at the grocery store
C: oh thank god
A: i'll send a replacement is the mailing address still forty two linden avenue
C: yes that's my address
A: great it'll be there in three to five days and you can use the card in your phone wallet right away
C: oh that's amazing thank you so much you really calmed me down""", False, 0.0, "positive", "free replacement card, 'yes that's my address' not a purchase; 'you really calmed me down'"),

("FR63_029", "Natalie Brooks", "2026-11-12T11:40:00", "clean", """A: Ironworks Fitness, Natalie speaking.
C: Hi, my wife wants to start coming with me. Can I add her to my membership?
A: Yes, adding a household member is $25 a month on top of yours. Should I add her?
C: Yes, let's do it. Her name is Carla Jensen.
A: Carla's added, her key fob will be at the front desk. Also, a lot of couples add the towel service, $5 a month per account, and we have fresh towels waiting every visit.
C: Ha, that would stop me forgetting mine every time. Okay, go ahead.
A: Towel service added.
C: Nice. She's going to be so pleased. Thanks a lot!""", True, 5.0, "positive", "'Yes, let's do it' adding member (main); towel service $5 a month 'Okay, go ahead' = 5.00; 'Thanks a lot!'"),

("FR63_030", "Gregory Pham", "2026-11-12T16:20:00", "clean", """A: Brightwave repair, Gregory speaking.
C: My internet has gone down three times this week. Three. I work from home.
A: I'm really sorry. I'm seeing signal errors on the line outside your house. This needs a technician.
C: Yeah, no kidding.
A: There's no charge for the visit. The first opening is Tuesday between 8 and 10 AM. Would that work?
C: Fine, Tuesday morning. I'll have to take time off again.
A: You're booked, Tuesday 8 to 10 AM.
C: This is the third time this month. If Tuesday doesn't fix it, I'm switching. I mean it.""", True, 0.0, "negative", "'Fine, Tuesday morning' = appointment booked (free visit still a booking); ends threatening to switch"),

("FR63_031", "Aisha Mensah", "2026-11-13T10:00:00", "asr", """A: taskgrid billing this is aisha
C: hi um i just got charged a hundred and twenty dollars for a whole year and i thought i was on monthly
A: let me look yeah it looks like the annual box was ticked at checkout
C: i definitely didn't mean that i can't really do a hundred and twenty right now
A: no problem i can refund the annual charge and put you on the monthly plan at twelve dollars a month instead
C: yeah do that please
A: done the refund goes back in three to five days and you'll be charged twelve today for this month
C: oh that's a relief thank you i was so stressed about it
A: you're welcome
C: seriously thanks you made that really easy""", True, 0.0, "positive", "'yeah do that' to switching to the paid monthly plan (paid plan change); refund is not upsell; 'that's a relief'"),

("FR63_032", "Connor Walsh", "2026-11-13T13:30:00", "clean", """A: Brightwave, Connor speaking. How can I help?
C: I'm moving on the 1st and I need internet at the new place from day one.
A: Let me check the new address. The first install slot there is December 9th.
C: December 9th? I move on the 1st. I told you, day one.
A: I'm sorry, that area's booked solid. I can add you to the waitlist for cancellations.
C: What good is a waitlist? I need to know it'll work.
A: I understand. Would you like me to hold the 9th anyway?
C: No. I'll call back once I have the keys and see if anyone else can do it sooner. This is useless.""", False, 0.0, "negative", "declines the Dec 9 slot, 'I'll call back once I have the keys'; 'This is useless'"),

("FR63_033", "Priya Raman", "2026-11-13T15:15:00", "clean", """A: Harbor Mutual Life, Priya speaking.
C: Hi, we just had our second baby and I think I need life insurance. I have no idea where to start.
A: Congratulations! For a healthy 34-year-old, a 20-year term policy for $500,000 runs about $27 a month.
C: That sounds pretty reasonable, actually.
A: It's locked for the full 20 years. Would you like me to start the application?
C: Let me talk to my wife first, she might want the same for herself and we'd do both together.
A: That makes sense. I'll send you both quotes.
C: Thank you. You've been very patient with all my questions, I really appreciate it.""", False, 0.0, "positive", "'Let me talk to my wife first' = deferral; 'You've been very patient... I really appreciate it'"),

("FR63_034", "Marcus Delgado", "2026-11-16T09:30:00", "asr", """A: streamnest this is marcus
C: hi yeah i want the four k plan the premium one my new tv is wasted on the standard
A: sure premium is twenty two ninety nine a month want me to switch you now
C: yep switch me now
A: done you'll see four k within a few minutes and just so you know your sister logs in from another address
C: oh yeah that's kelly she pays me back
A: premium lets you add an extra member slot for seven ninety nine a month so she gets her own account officially
C: oh that's better yeah go on add that too
A: added the extra member slot at seven ninety nine she'll get an invite email
C: perfect she's gonna love that thanks man""", True, 7.99, "positive", "'yep switch me now' upgrade (main); extra member slot 'add that too' at seven ninety nine = 7.99; 'perfect'"),

("FR63_035", "Helen Okafor", "2026-11-16T11:00:00", "clean", """A: Keystone Bank small business, Helen speaking.
C: Hi, I'm starting a landscaping company and I need a business checking account.
A: Great. Our Business Essentials account is $10 a month, waived with a $2,500 balance. I can open it now if you have your EIN.
C: I have it right here. Yes, open it.
A: Done, the account is open and your debit card ships this week. We also have a payroll service for $29 a month.
C: Not yet. It's just me and my brother right now. Maybe when we hire.
A: Of course. Anything else?
C: No, that's it. Thanks.""", True, 0.0, "neutral", "'Yes, open it' account sign-up; payroll $29 declined 'Not yet'"),

("FR63_036", "Tomas Reyes", "2026-11-16T13:50:00", "clean", """A: Evergreen Power, Tomas speaking.
C: My bill is $410. It's usually $130. Somebody misread the meter.
A: Let me check. The reading does look high compared to your history. I can send someone to re-read the meter.
C: Yes, please, I want someone to actually look at it.
A: I have Friday between 9 and 1. Shall I book it?
C: Yes, book Friday.
A: Booked for Friday, 9 to 1. I've also put the $410 bill on hold so no late fee applies.
C: Okay. Thanks.""", True, 0.0, "neutral", "'Yes, book Friday' = meter re-read appointment booked; irritated start, ends with routine 'Okay. Thanks.'"),

("FR63_037", "Jenna Kowalski", "2026-11-16T16:40:00", "asr", """A: ironworks fitness billing this is jenna
C: yeah i cancelled my membership in august and you've charged me for september october and november
A: let me check um i don't see a cancellation on file
C: i filled out the form at the front desk and the guy said it was done
A: i'm sorry it doesn't look like it was processed i can cancel it now and refund november
C: just november what about september and october
A: i'd have to escalate those to a manager they'll call you within forty eight hours
C: this is ridiculous you guys have taken a hundred and twenty dollars from me for nothing
A: i understand i've escalated it and your membership is cancelled as of today
C: i'm disputing it with my bank too i'm done with this place""", False, 0.0, "negative", "cancellation and refund only; 'this is ridiculous', 'i'm done with this place'"),

("FR63_038", "Darnell Hughes", "2026-11-17T10:25:00", "clean", """A: Northline Mobile upgrades, Darnell speaking.
C: Hi, my phone screen is cracked and the battery dies by lunch. I think I'm due for an upgrade.
A: You are. The Pixelon 9 is $0 down and $27.50 a month for 36 months with your trade-in.
C: Okay, I'll take the Pixelon 9.
A: Great. Would you like Device Protection for $13 a month? Covers cracks, loss and theft.
C: Given my track record, yes. Add the protection.
A: And a rugged case is $29.99 today.
C: Yes, throw in the case too.
A: So the Pixelon 9, Device Protection at $13 a month and the case at $29.99. Your order's placed, it ships tomorrow.
C: Awesome, I'm really happy with that. Thanks so much.""", True, 42.99, "positive", "'I'll take the Pixelon 9' (main); protection $13 + case $29.99 accepted = 42.99; 'really happy'"),

("FR63_039", "Sofia Lindqvist", "2026-11-17T12:15:00", "clean", """A: Safelink VPN support, Sofia speaking.
C: I got an email that my plan auto-renews on the 25th for $79. I want to stop that.
A: I can help. Can I confirm the email on the account, is it dan.okoro@mailbox.com?
C: Yes, that's my email.
A: Thanks. If you renew now, I can lock the price at $59 for the next year.
C: No, just turn off auto-renew. I might try a different VPN, I'll decide before it runs out.
A: Done, auto-renew is off. Your service continues until the 25th.
C: Okay, thanks.""", False, 0.0, "neutral", "'Yes, that's my email' is not a purchase; declines $59 renewal offer; 'just turn off auto-renew'"),

("FR63_040", "Kevin Tran", "2026-11-17T14:55:00", "asr", """A: brightwave this is kevin how can i help
C: yeah we've got your internet and we keep paying separately for cable from another company
A: we can bundle tv with your internet for forty dollars more a month that's about half what most people pay for cable
C: okay yeah sign me up for the bundle
A: great and for twelve dollars a month i can add the premium movie channels
C: yeah add that
A: okay adding the
C: actually no take that off my wife will kill me we already have too many channels nobody watches
A: no problem just the bundle then forty a month starting on the first
C: yep just the bundle thanks""", True, 0.0, "neutral", "'sign me up for the bundle' (main); movie channels accepted then 'actually no take that off' = retracted, 0"),
]
