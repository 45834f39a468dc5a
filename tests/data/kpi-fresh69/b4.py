CALLS = [
("FR69_061", "Fatima Bennani", "2026-11-27T13:40:00", "clean",
"""A: Reelhouse, Fatima speaking.
C: I've been charged twice for November. $14.99 on the 1st and again on the 3rd. Same card.
A: I'm sorry about that. Can I have the email on the account?
C: d.amari@post.net. And before you ask, no, I don't have two accounts. I checked.
A: Thanks. I can see both charges. It looks like the first payment was retried after a timeout and both went through.
C: So your system charged me twice. Brilliant.
A: I'll refund the second charge right now, $14.99.
C: How long?
A: Three to five business days.
C: Five days to give back money you took in two seconds. This is the second billing mess this year.
A: I understand, and I've added a note to the account.
C: A note. Great. Just do the refund.""",
False, 0.00, "negative", "double charge refunded, nothing bought; sarcastic 'Brilliant', 'A note. Great.', 'second billing mess this year'"),

("FR69_062", "Caleb Whitaker", "2026-11-30T09:20:00", "clean",
"""A: Northgate Leisure Centre, Caleb speaking.
C: Hi, I'm looking into your kids' party packages. My daughter turns seven in January.
A: Lovely! We have the Splash party, an hour in the pool with inflatables and an hour in the party room. It's $260 for up to 12 children.
C: Does that include food?
A: Pizza and juice are included. Cake you'd bring yourself.
C: And are there lifeguards, or do parents have to get in?
A: Two lifeguards on the inflatable, and parents watch from the balcony.
C: Oh, thank goodness, I am not getting in a pool in January. How about Saturday the 16th?
A: The 16th at 2 p.m. is free. Would you like to book it?
C: Yes, let's book the 16th.
A: Wonderful. We also do party bags, $4.50 per child, with a toy, sweets and a free swim pass.
C: I was going to make them myself, but honestly, who am I kidding. Twelve, please.
A: So the Splash party for Saturday 16th January at 2 p.m., $260, plus 12 party bags at $4.50, $54. $314 altogether, with a $100 deposit today.
C: Yes, that's right. She's going to be over the moon, thank you!""",
True, 54.00, "positive", "'let's book the 16th' after questions; party bags 'Twelve, please' x $4.50 = 54 (deposit is not an add-on); 'over the moon'"),

("FR69_063", "Nadia Petrova", "2026-11-30T11:05:00", "clean",
"""A: TicketCove, Nadia speaking.
C: Hi, I want three tickets for the Carrow Hall Christmas concert on the 20th, for me and my two boys.
A: Let me check... I have three in the balcony at $44 each.
C: Fine, book those, and add the ticket protection you mentioned on the website.
A: Sure, ticket protection is $6 per ticket. Before I finalise, I should say the three seats aren't together: two in row D and one in row F.
C: What? The website showed three together.
A: The website shows availability, not adjacency, I'm afraid. Those were the last three in the balcony.
C: My youngest is six. He's not sitting two rows away from me in a concert hall. Then forget it.
A: I understand. I could check the 21st for you?
C: No, the 20th was the only night we could do. This is really frustrating, you'd think that would be shown upfront.
A: I'm sorry. I'll pass that on about the website.
C: Yeah. Bye.""",
False, 0.00, "negative", "'book those' + protection, then withdrawn 'Then forget it' before finalising; no other date; 'really frustrating'"),

("FR69_064", "Grant Oyelaran", "2026-11-30T14:30:00", "clean",
"""A: Taskgrid, Grant speaking.
C: Hi. I got an email saying the Starter plan is being retired and we have to pick a new plan by December 31st. Is that right?
A: It is. Starter is being discontinued. The closest plan is Team, at $15 per user per month.
C: We pay $8 on Starter. So you're nearly doubling our price and calling it a retirement.
A: I understand it's a big jump. For Starter customers who move before the deadline, Team is $11 per user for the first year.
C: And if we don't pick?
A: The workspace moves to the Free plan, which has a three-project limit.
C: We have forty projects. So that's not really a choice, is it?
A: I know it doesn't feel like one.
C: Fine. Move us to Team at the $11 rate. Four users. I'm not happy about it.
A: Done, four users on Team at $11 for 12 months, starting with your December bill.
C: Right. Thanks, I suppose.""",
True, 0.00, "negative", "paid plan change 'Move us to Team at the $11 rate'; forced move, 'I'm not happy about it', 'Thanks, I suppose'"),

("FR69_065", "Maya Okafor", "2026-11-30T16:00:00", "clean",
"""A: Riverside Amphitheater, Maya speaking.
C: Hi, are there any tickets left for the Fenwick Brass holiday show?
A: I'm sorry, that's completely sold out, both nights.
C: Oh. I was afraid of that.
A: I can put you on the returns list. Or, if you like brass, the Harbour City Wind Ensemble plays on the 22nd, and there's good availability.
C: Is it a similar kind of thing? Carols and so on?
A: Very similar: a first half of classical and a second half of Christmas carols with a sing-along.
C: Okay, my mum would like that. What are the prices?
A: $32 in the pavilion, $22 on the lawn, though in December I'd recommend the pavilion.
C: Ha, yes. Two pavilion seats for the 22nd, please.
A: Two pavilion seats, Tuesday the 22nd at 7 p.m., $64 in total?
C: Yes, that's it.
A: Booked, you'll get them by email.
C: Okay, thanks.""",
True, 0.00, "neutral", "first show sold out, but an alternative is booked: 'Two pavilion seats for the 22nd, please' + 'Yes, that's it'"),

("FR69_066", "Daniel Brennan", "2026-11-04T17:20:00", "clean",
"""A: Ironline Fitness, Daniel speaking.
C: Hi, my partner and I want to join. Is there a deal for two people?
A: There's a joint membership: two people on one account, $76 a month instead of $44 each.
C: Do we have to go together?
A: No, you each get your own fob and can come whenever you want.
C: And if we break up, do I get custody of the membership?
A: Ha, you can split it into two single memberships at any time, no fee.
C: Good to know. Okay, sign the two of us up.
A: Great. Would either of you want the towel service? It's $8 a month per person.
C: Just me. He brings his own and never washes it, but that's his problem.
A: So the joint membership at $76 a month and towel service for one at $8, starting today?
C: Yes.
A: All done. Both fobs will be at the desk.
C: Okay, cheers.""",
True, 8.00, "neutral", "'sign the two of us up' (joint plan is the main purchase); towel 'Just me' = 1 x $8, not two"),

("FR69_067", "Priya Raman", "2026-11-06T09:05:00", "clean",
"""A: BrightPath Learning, Priya speaking.
C: Hi, I'm looking at the Python for Data Analysis course. I'm a bit unsure it's the right level for me.
A: Happy to help. Have you done any programming before?
C: A bit of Excel macros, and one free online course last year.
A: Then you'd be fine. It starts with the basics in the first two weeks.
C: How much time a week?
A: About six to eight hours, including a two-hour live session on Wednesdays.
C: And it's $740?
A: $740, yes, or two payments of $380.
C: Okay. I'm interested, but can you email me the syllabus? I want to see the week-by-week topics before I decide.
A: Of course, it's on its way. I can also hold you a place until Monday?
C: No need, I'll look at it over the weekend.
A: Perfect. Call or reply if you have questions.
C: Will do, thanks.""",
False, 0.00, "neutral", "'I'm interested, but can you email me the syllabus?... before I decide' - interest without commitment"),

("FR69_068", "Tomasz Wilk", "2026-11-12T16:45:00", "clean",
"""A: StreamNest, Tomasz speaking.
C: Hi, I'd like to cancel. And before you offer me a discount, I don't want one.
A: Understood. Can I ask what made you decide?
C: You removed half the films I was watching and put the price up by three dollars in the same month. Great value.
A: I'm sorry. Licensing deals do change the catalogue, unfortunately.
C: Oh, I'm sure. Lucky coincidence it happened right when the price went up.
A: I can see why it looks that way. I've processed the cancellation; you'll have access until the 18th.
C: Wonderful. Will I get another twelve emails asking me to come back?
A: I can turn off marketing emails for you right now.
C: Please do.
A: Done.
C: Great. Bye.""",
False, 0.00, "negative", "cancellation; sarcasm 'Great value', 'Lucky coincidence', 'Wonderful'"),

("FR69_069", "Lucia Ferreira", "2026-11-14T10:30:00", "clean",
"""A: Sunwater Yoga, Lucia speaking.
C: Hello, I'd like to buy a gift voucher for my mum for Christmas. She's been talking about trying yoga.
A: How lovely. We have a 5-class voucher for $85, or a month unlimited for $120.
C: She's 68 and she's never done it. Are there gentle classes?
A: Yes, Gentle Flow on Monday and Thursday mornings; lots of our regulars are in their sixties and seventies.
C: Then the five classes, I think. If she loves it, she can buy the month herself.
A: Perfect. If you'd like something to unwrap, we can add one of our cork mats with the voucher, $45.
C: Are they heavy? She'd be walking from the bus stop.
A: About 1.5 kilos, and it comes with a carrying strap.
C: That's fine. Yes, add the mat, she'll be so chuffed with a proper present.
A: So a 5-class voucher at $85 and a cork mat at $45, $130, ready to collect from the studio?
C: Exactly, I'll pick it up Saturday. Thank you so much, you've been lovely.""",
True, 45.00, "positive", "gift voucher is the main purchase ('the five classes, I think' + 'Exactly' to read-back); 'add the mat' $45; 'you've been lovely'"),

("FR69_070", "Marcus Hale", "2026-11-17T15:40:00", "clean",
"""A: Ledgerly sales, Marcus speaking.
C: Hi. I've been trying to upgrade to Business for two days and your checkout keeps rejecting my card.
A: Sorry about that. I can take it over the phone. Business for your three seats would be $72 a month.
C: Fine. Same card, the Amex ending 1009.
A: Let me try... I'm sorry, the payment processor is returning an error. It's not a decline from your bank. We've had an issue with Amex payments this week.
C: So it's your system, not my card.
A: Yes. Do you have a Visa or Mastercard?
C: Company card is Amex only. Which you've known for two days, apparently.
A: I'm really sorry. Engineering expects the fix by Thursday, and I can call you when it's resolved.
C: This is ridiculous. I'm trying to give you money.
A: I know. I'll call you Thursday morning and process it myself.
C: Whatever. If it doesn't work Thursday, we'll look elsewhere.""",
False, 0.00, "negative", "wants the upgrade but payment fails, nothing processed (only a callback); 'This is ridiculous', 'we'll look elsewhere'"),

("FR69_071", "Hannah Lindqvist", "2026-11-18T17:05:00", "clean",
"""A: Palace Theatre, Hannah speaking.
C: Hi, I'd like two tickets for Cabaret on Friday the 11th. Stalls, if you have them.
A: I have two in row F of the stalls at $56 each, nicely central.
C: Row F sounds great.
A: Would you like souvenir programmes? They're $12 each at the theatre, or $8 each if you pre-order with the tickets.
C: Are they the full-colour ones with the photos?
A: Yes, with rehearsal photos and the cast interviews.
C: My wife collects them. Two programmes, then.
A: So two stalls seats in row F, Friday 11th at 7:30, $112, and two pre-ordered programmes at $8, $16. $128 in total?
C: You got it. Is there a cloakroom? We'll be coming straight from dinner with coats.
A: There is, in the foyer, $2 per item.
C: Perfect. Thank you, it's our anniversary, so this is a lovely start.""",
True, 16.00, "positive", "'You got it' to read-back, then a question; two programmes at the pre-order $8 (not $12) = 16; cloakroom price only asked; 'lovely start'"),

("FR69_072", "Jerome Batiste", "2026-11-19T13:20:00", "clean",
"""A: Casa Lingua, Jerome speaking.
C: Hi. I've just had an email that the Wednesday German class is moving to Monday mornings. Mondays at 10. I work.
A: I'm sorry, yes. The group was too small in the evening, so we merged it with the morning group.
C: We were told when we signed up that the evening group was guaranteed until March.
A: I understand. I can offer a place in the Tuesday evening B2 class.
C: I'm A2. B2 would be way over my head.
A: Or online lessons on Wednesdays with a tutor, for the same fee.
C: I signed up for a class with people, not a laptop. This is really poor, honestly.
A: I understand. I can refund the remaining sessions, which would be $210.
C: Yes. Refund it. I'll find a school that keeps its word.
A: I'll process it today.
C: Fine.""",
False, 0.00, "negative", "both alternatives refused, 'Yes. Refund it.' is a refund not a purchase; 'really poor', 'a school that keeps its word'"),

("FR69_073", "Aiko Tanaka", "2026-11-20T12:00:00", "clean",
"""A: Hi, is this Paul? It's Aiko from Peak Republic. You haven't been in for a few weeks, so I'm just checking in.
C: Oh, hi. Yeah, I've been busy. Work, mostly.
A: Totally get it. A lot of people find a fixed class helps. We've got a new 30-minute lunchtime circuit on Mondays, perfect if you're short on time.
C: Thirty minutes, hm. What time exactly?
A: 12:15 to 12:45. It's included in your membership.
C: I'm usually back at my desk by 1, so that could work.
A: Shall I book you into next Monday's?
C: I suppose I could give it a go. Yeah.
A: Great, you're booked for Monday the 23rd at 12:15. You'll get a reminder the day before.
C: Okay.
A: See you Monday, Paul!
C: Yeah, see you.""",
True, 0.00, "neutral", "hedged yes to the direct booking question 'I suppose I could give it a go. Yeah.', agent books it and customer does not object; class included, no upsell"),

("FR69_074", "Rafael Moreno", "2026-11-24T16:35:00", "clean",
"""A: Harbour Sound tickets, Rafael speaking.
C: Hi, I had a Saturday ticket for the summer festival. Saturday got cancelled for the storm and I still haven't had my refund. It's November.
A: I'm sorry. Can I have the order number?
C: HS-44170.
A: Thank you. I see the refund was approved in August but sent to a card that has since expired.
C: And nobody thought to contact me?
A: It should have triggered an email. I'm sorry it didn't.
C: Three months. I've emailed you four times.
A: I can send it by bank transfer instead. I'll need your account details through the secure link I'm texting you.
C: Fine. How long this time?
A: Within five working days of you filling in the form.
C: I'll believe it when I see it. Honestly, the worst-run festival I've been to.""",
False, 0.00, "negative", "refund chase, nothing bought; 'I'll believe it when I see it', 'the worst-run festival'"),

("FR69_075", "Sinead Gallagher", "2026-11-25T10:05:00", "clean",
"""A: Notewell, Sinead speaking.
C: Hi there! I've been on the free plan for ages and I'm finally ready for Pro. I also want to know about the family thing.
A: Great! Pro is $79 a year. With Pro you can add family members at $20 a year each, and they get full Pro.
C: How many can I add?
A: Up to five.
C: And can I see their notes? My teenagers will want to know.
A: No, each person's notebooks are private unless they share them.
C: Ha, good, that'll stop the arguments. Okay, Pro for me, and add all three of them.
A: So Pro for you at $79, plus three family members at $20 each, $60, total $139 for the year. Shall I go ahead?
C: Yes please.
A: Done. They'll each get an invite once you add their emails under Family in settings.
C: Lovely. Thanks, this has been really easy.""",
True, 60.00, "positive", "Pro is the main purchase; family members 'add all three of them' = 3 x $20; 'Yes please' to closing; 'really easy'"),

("FR69_076", "Owen Prichard", "2026-11-26T11:45:00", "asr",
"""A: laugh track comedy club owen speaking
C: hey um do you guys do gift vouchers
A: we do yeah they're for two tickets to any show and they're seventy five dollars
C: seventy five hmm i was kinda hoping for like fifty
A: for two tickets plus a drink each it's usually a good deal
C: yeah i mean i'd get it if it was fifty it's for my brother and we don't usually spend that much
A: we don't have a smaller one sorry we've got single tickets at twenty five but not as vouchers
C: ah okay um i'll think about it then
A: no problem they're on the website too if you change your mind
C: okay thanks bye""",
False, 0.00, "neutral", "conditional 'i'd get it if it was fifty', then 'i'll think about it then'"),

("FR69_077", "Fatima Bennani", "2026-11-27T09:30:00", "clean",
"""A: Reelhouse, Fatima speaking.
C: Hi, I'm on monthly, $12.99, and I want to know if annual's worth it.
A: Annual is $119, so you'd save about $37 over the year.
C: That's decent. Does anything else change?
A: Nothing else, same profiles and downloads. On either plan you can add 4K Ultra for $3 a month, if your TV supports it.
C: We got a 4K TV in the summer, actually. Does it make a big difference?
A: On big screens, yes, especially nature and sports.
C: Hm. Okay, switch me to annual first. Does the monthly just stop?
A: Yes, I'll credit the unused days of this month against the annual. Done, you're on annual from today.
C: Great. And the 4K thing, $3 a month you said?
A: $3 a month, billed with your card monthly.
C: Go on then, add it.
A: Added. You'll see 4K titles labelled in the app from tonight.
C: Okay, thanks.""",
True, 3.00, "neutral", "'switch me to annual' (plan change, saving is a discount); 4K offered early, accepted four turns later 'Go on then, add it' = $3 a month counted once"),

("FR69_078", "Caleb Whitaker", "2026-11-27T15:15:00", "clean",
"""A: Northgate Leisure Centre, Caleb speaking.
C: Hello. I want to report that the pool has been freezing all week. I swim every morning and I was shivering by the second length.
A: I'm sorry. We've had a boiler problem since Monday; the water's about four degrees below normal.
C: There was no sign, no email. I found out by jumping in.
A: You're right, we should have put a notice up. An engineer is coming tomorrow.
C: And are you reducing the fee? I pay $64 a month mostly for the pool.
A: I can't change the fee myself, but I can put a request for a partial credit to the manager.
C: Please do. The changing rooms have been a mess for months too, honestly this place is going downhill.
A: I'll include that in the note.
C: Thanks. I won't hold my breath.""",
False, 0.00, "negative", "complaint; 'this place is going downhill', 'I won't hold my breath'; 'Thanks' is routine"),

("FR69_079", "Nadia Petrova", "2026-11-30T10:15:00", "clean",
"""A: TicketCove, Nadia speaking.
C: Hi, I want tickets for the Westbrook Rovers cup final at the stadium. Three of us, me and two mates.
A: I've got three together in the West Stand, block 112, $65 each.
C: Block 112, that's near the halfway line?
A: Just off it, yes, row 18.
C: Good. And what's this lounge thing on your page?
A: The Clubhouse Lounge: pre-match access from 1 p.m., a hot buffet, and a private bar. It's $45 per person on top of the ticket.
C: Does it need all three of us to have it, or can one person go in?
A: Anyone with a lounge pass, so you could choose.
C: Nah, it's a final, we're doing it properly. Lounge for all three of us.
A: So three West Stand tickets at $65 and three lounge passes at $45. $330 altogether?
C: Yes, that's correct. What time do the gates open?
A: Gates at 1:30, lounge from 1.
C: Brilliant. Cheers, you've made three blokes very happy.""",
True, 135.00, "positive", "'Lounge for all three of us' = 3 x $45 ('Nah' refuses one-person option, not the offer); 'Yes, that's correct' + question; 'very happy'"),

("FR69_080", "Grant Oyelaran", "2026-11-30T15:50:00", "clean",
"""A: Taskgrid, Grant speaking.
C: Hi. We need more automations, and someone said Business fixes that.
A: It does. Business is $24 per user per month, and for your nine users that's $216 a month.
C: Okay. Let's do it, we can't keep hitting the limit.
A: Great. Just so you know, Business is on a 12-month commitment, billed monthly.
C: Twelve months? Nobody mentioned that. After the outage last month?
A: It's been the case for Business since this year, I'm afraid.
C: Then no. Forget the upgrade. I'm not locking us in for a year after the month we've had with you.
A: I understand. I can put in a request for a monthly exception, but I can't promise it.
C: Don't bother. We'll manage on Team while we look around.
A: Okay. I'm sorry.
C: Yeah. Me too.""",
False, 0.00, "negative", "'Let's do it' retracted: 'Then no. Forget the upgrade.'; 'while we look around'"),
]
