CALLS = [
(
"FR66_021", "Keisha Bramwell", "2026-11-09T09:11:26", "clean",
"""A: Northline Wireless loyalty team, Keisha speaking.
C: Hi. Let me be straight with you. Skyport is offering me unlimited for $55. Match it or I'm gone.
A: I appreciate you calling us first. I can't match $55, but I can do $60 on your current unlimited plan.
C: Sixty. And you'd throw in the streaming bundle?
A: The bundle is normally $10 a month, but with the loyalty offer it's $5.
C: So $60 plus $5.
A: Correct, $65 total, locked for two years.
C: Okay. Do the $60 and the five-dollar streaming thing.
A: Done. You'll get a text with the streaming activation link.
C: Alright. Thanks.""",
True, 5.0, "neutral", "accepted $60 save plan + streaming bundle revised to $5; businesslike"),
(
"FR66_022", "Liam Donnelly", "2026-11-09T10:34:02", "asr",
"""A: clearwave internet this is liam
C: yeah this is the fourth time i'm calling this week the internet's been down since monday
A: i'm really sorry i see an outage ticket for your area it's still open
C: still open i work from home i've been sitting in a coffee shop for four days
A: i can credit the full week and um put you on a twenty dollar discount for three months
C: i don't want a discount i want it to work
A: i understand the crew is scheduled for thursday
C: they were scheduled for tuesday too just cancel it i'm done with you guys
A: okay i can process that there won't be an early termination fee because of the outage
C: good at least that""",
False, 0.0, "negative", "refused $20 discount, 'just cancel it i'm done with you guys'"),
(
"FR66_023", "Hana Takeda", "2026-11-09T12:50:44", "clean",
"""A: Pulse Gym, Hana speaking.
C: Hi, I'd like to cancel. $39.99 is too much for how often I actually go.
A: When do you usually come in?
C: Lunch, like twice a week.
A: Then our Off-Peak membership would suit you. It's $19.99 and covers 9 to 4 on weekdays.
C: Wait, really? Half the price?
A: Yes, same club, same classes during those hours.
C: Off-peak works, I only go at lunch anyway. Switch me.
A: Done, it starts on your next billing date.
C: Oh that's great, thanks, I wish I'd known about that sooner.""",
True, 0.0, "positive", "plan change to $19.99 off-peak: 'Switch me'; 'that's great'"),
(
"FR66_024", "Oscar Villanueva", "2026-11-09T15:17:09", "clean",
"""A: Lakeside Mutual, Oscar speaking.
C: Hi, my renters policy is up for renewal. Is it the same price?
A: It's $168 for the year, up $6 from last year.
C: Okay, that's fine. Go ahead and renew it.
A: Will do. We also offer identity theft protection for $25 a year.
C: No, I have that through my bank.
A: Understood. Renewed through November 2027, and the documents will be emailed.
C: Okay.
A: Anything else today?
C: No, that's it. Thanks.""",
True, 0.0, "neutral", "'Go ahead and renew it'; identity theft add-on declined"),
(
"FR66_025", "Bethany Crowe", "2026-11-10T09:42:33", "asr",
"""A: hi you've reached marquee plus this is bethany
C: oh cool so the price went up again love that for me
A: i'm sorry it did go from fifteen forty nine to seventeen ninety nine this month
C: yeah i noticed thanks for the heads up oh wait there wasn't one
A: there was an email in september but i understand it's easy to miss um the only lower option is the ad plan at seven ninety nine
C: so i can pay less to watch commercials amazing
A: i know it's not ideal
C: just cancel it
A: okay it's cancelled you keep access until the twenty eighth
C: wonderful""",
False, 0.0, "negative", "sarcastic ('love that for me', 'amazing', 'wonderful'), cancelled"),
(
"FR66_026", "Samuel Adeyemi", "2026-11-10T11:28:51", "clean",
"""A: Evergreen Energy, this is Samuel.
C: Hi, I'm on your variable rate and it's been going up every month. I'm about to switch providers.
A: I can get you off variable today. The 12-month fixed is 12.4 cents per kilowatt-hour, the 24-month is 11.9.
C: The 12-month. I don't want to be locked in two years.
A: Understood. We also have a smart thermostat program, $3 a month, and it usually pays for itself in winter.
C: Does that come with the thermostat?
A: Yes, the thermostat is included, and you can cancel the program any time.
C: Alright, add the thermostat program too.
A: So 12-month fixed at 12.4 cents plus the thermostat program at $3 a month. Is that right?
C: That's right.
A: It's done. You're locked starting next cycle.
C: Okay, thanks.""",
True, 3.0, "neutral", "12-month fixed accepted; thermostat program $3 a month 'add the thermostat program too'"),
(
"FR66_027", "Ingrid Solberg", "2026-11-10T13:13:14", "clean",
"""A: Vantage Mobile, Ingrid speaking.
C: Hi, I need to take my daughter's line off. She's got her own plan now.
A: Sure. Before I do, I can keep that line at $10 a month for six months, in case she wants it as a backup.
C: I'd keep it if it were five. Ten's too much for something she won't use.
A: I'm afraid $10 is the lowest for a voice line.
C: Then take it off.
A: Okay, the line ends at the close of this cycle. Your line stays as is.
C: Right, my line I'm keeping. Just hers.
A: Yes, only hers.
C: Okay, thank you.""",
False, 0.0, "neutral", "conditional 'I'd keep it if it were five' then 'Then take it off'"),
(
"FR66_028", "Rafael Mendes", "2026-11-10T15:39:20", "asr",
"""A: cascade cable retention rafael speaking
C: hi yeah i'm calling to cancel the tv part it's gotten way too expensive
A: let's see um if you keep the tv i can take twenty off every month for a year
C: twenty off okay that helps
A: and the big thing right now football season we've got the sports pack for twelve ninety nine
C: oh the sports pack does that have the sunday games
A: it does all of them
C: okay yeah i'll keep the tv with the twenty off and add the sports pack and can i get a second dvr box for the bedroom
A: yes the second dvr is eight dollars a month
C: perfect do it
A: all set twenty off sports pack and the second dvr
C: man this turned out way better than i thought thanks""",
True, 20.99, "positive", "kept TV at $20 off; sports pack twelve ninety nine + second DVR eight = 20.99"),
(
"FR66_029", "Colleen Fitzpatrick", "2026-11-11T10:06:45", "clean",
"""A: Marquee+ support, Colleen speaking.
C: I cancelled in September and you've charged me twice since. $27.98 I didn't authorize.
A: I'm so sorry. I see the cancellation request didn't complete. I'm refunding both charges now.
C: Thank you. How does that even happen?
A: It looks like a system error on our side. The refund will post in three to five days.
C: Okay.
A: And since you had a rough experience, I could offer you three months at $4.99 if you ever want to come back.
C: Not a chance. Please just make sure it's cancelled this time.
A: It's confirmed cancelled, you'll get an email.
C: I'll believe it when I see it.""",
False, 0.0, "negative", "refund is not a purchase; 'Not a chance'; 'I'll believe it when I see it'"),
(
"FR66_030", "Yusuf Demir", "2026-11-11T12:44:18", "clean",
"""A: Harborview Insurance, Yusuf speaking.
C: Hi! My auto renewal is coming up, and my son just got his license, so I'm guessing this will hurt.
A: Congratulations to him! Let's look. Your renewal on your own car is $96 a month.
C: Okay, renew that.
A: Done. Adding your son on his own car, the 2014 Civic, would be $68 a month with the good student discount.
C: Only $68? I was expecting double. Yes, please add him.
A: Added. He's covered as of today.
C: You just made my week. Thank you.
A: Happy to help. Drive safe to both of you.
C: Thanks, bye!""",
True, 68.0, "positive", "renewal + son's car added at $68 a month; 'You just made my week'"),
(
"FR66_031", "Alicia Brennan", "2026-11-11T14:20:31", "asr",
"""A: iron works gym this is alicia
C: hi um i need to cancel i tore my shoulder and the doctor says no lifting for three months
A: oh no i'm sorry to hear that you know we have a medical hold that's free with a doctor's note
C: wait it's free
A: yep no charge for up to ninety days and your rate stays the same when you come back
C: oh that's perfect i was dreading losing my rate
A: just email the note to the front desk and i'll put the hold on starting today
C: okay i'll send it this afternoon so no cancel
A: no cancel just the hold
C: thank you so much you've been really kind""",
False, 0.0, "positive", "free medical hold, no purchase or paid change; 'thank you so much'"),
(
"FR66_032", "Nathan Okafor", "2026-11-11T16:05:58", "clean",
"""A: BrightPath Internet, Nathan speaking.
C: I'm on your 300 plan and my kids game all evening, it crawls. I'm about ready to switch.
A: I hear you. The 1 Gig plan is normally $20 more, but for loyalty I can do it for $10 more for the first year.
C: So $85 instead of $75?
A: Exactly, $85 for twelve months, then $95.
C: Hm. And you can do that today?
A: Today, no new equipment needed.
C: Let's do it.
A: Done. Restart the modem in about ten minutes.
C: Great, thanks Nathan, that's a solid deal.""",
True, 0.0, "positive", "'Let's do it' to 1 Gig upgrade; the upgrade is the call's only purchase (main) so upsell 0"),
(
"FR66_033", "Marisol Ortega", "2026-11-12T09:31:07", "clean",
"""A: Northline Wireless, Marisol speaking.
C: Hi, I want to cancel, my bill is too high.
A: I can take $10 off a month on a new Unlimited Select plan, which would put you at $55.
C: Fine, I'll take that.
A: Great. This plan comes with a 24-month agreement; I just need your okay on that.
C: Wait, it's a two-year contract? No, forget it then. I'm not locking in.
A: I understand, without the agreement the price stays at $65.
C: This is exactly why I wanted to cancel. Just close it out.
A: The cancellation is submitted.
C: Fine.""",
False, 0.0, "negative", "accepted then retracted on 2-year contract: 'No, forget it then'; cancelled annoyed"),
(
"FR66_034", "Derek Halvorsen", "2026-11-12T11:02:44", "asr",
"""A: safenest home security this is derek
C: hi yeah i'm calling to cancel my monitoring forty four dollars a month is a lot for a system i never use
A: understood um what i can do is bring monitoring down to twenty nine ninety nine for a year
C: okay that's uh that's a real difference
A: and we've got the video doorbell on sale ninety nine dollars installed
C: we've had packages stolen twice so honestly yeah i'd take the doorbell
A: so monitoring at twenty nine ninety nine and the doorbell for ninety nine dollars
C: yeah that's right
A: great the tech can install it saturday morning
C: saturday's fine""",
True, 99.0, "neutral", "kept monitoring at save rate; doorbell 'ninety nine dollars' accepted; confirmed read-back"),
(
"FR66_035", "Priya Raman", "2026-11-12T13:47:22", "clean",
"""A: StreamBox, Priya speaking.
C: Hello. I'd like to cancel, I think. Money's been tight.
A: I understand. I could do 50% off for the next three months, so $7.99.
C: Hm. I suppose I could live with that.
A: So I'll apply that to your account?
C: Yeah, go on then.
A: Applied. It goes back to $15.99 in February, and you can cancel any time before then.
C: Okay. I'll set a reminder.
A: Good idea. Anything else?
C: No, that's all.""",
True, 0.0, "neutral", "hedged acceptance 'I suppose I could live with that' + 'Yeah, go on then' to closing question"),
(
"FR66_036", "Tomasz Wojcik", "2026-11-12T15:26:13", "clean",
"""A: Pulse Gym, Tomasz speaking.
C: Hi. I want to cancel, and I saw there's a $75 cancellation fee, which I think is absurd.
A: Let me look. You joined in March, so you're inside the twelve-month term.
C: I know, but I lost my job. I can't pay for a gym.
A: I'm sorry to hear that. Given the circumstances, I'm going to waive the fee.
C: Seriously?
A: Yes. The membership ends today, no fee.
C: Thank you. Honestly I expected a fight.
A: Good luck with the job search.
C: Thank you, that really means a lot.""",
False, 0.0, "positive", "cancellation with fee waived; 'that really means a lot'"),
(
"FR66_037", "Keisha Bramwell", "2026-11-13T10:19:40", "asr",
"""A: vantage mobile this is keisha how can i help
C: hi um my phone screen's shattered and it's like the third one and i'm thinking of just cancelling and going prepaid
A: oh no well you're actually eligible for an upgrade if you trade in the broken one we give you two hundred
C: so what would the new one cost me
A: the x twelve would be fourteen a month for thirty six months after the trade in
C: hm that's not bad
A: want me to set that up
C: let me talk to my husband first he's the one who pays it
A: of course i'll note it on the account so the offer's there
C: okay thanks""",
False, 0.0, "neutral", "'let me talk to my husband first' = deferral; 'not bad' mild, overall neutral"),
(
"FR66_038", "Liam Donnelly", "2026-11-13T12:55:06", "clean",
"""A: Pawsure Pet Insurance, Liam speaking.
C: Hi, Biscuit's renewal went from $42 to $58 a month. That's a lot for a seven-year-old dog.
A: I understand. If we raise the deductible from $250 to $500, it'd be $46.
C: That's closer. Okay, renew it with the $500 deductible.
A: Done. I also see you've never had the wellness plan. It covers shots and the annual checkup, $15 a month.
C: His vaccines alone were like $200 last year. Add it.
A: Added. So $46 plus $15, renewed from December 1.
C: Great, that's a relief honestly. Thanks, Liam.
A: Give Biscuit a scratch from us.
C: Will do!""",
True, 15.0, "positive", "renewed with higher deductible; wellness plan $15 a month 'Add it'; 'a relief'"),
(
"FR66_039", "Hana Takeda", "2026-11-13T14:38:27", "clean",
"""A: Skyline Satellite, Hana speaking. Thanks for holding.
C: Fifty minutes. Fifty. Just to cancel.
A: I'm very sorry about the wait. Let me see what I can offer to keep you.
C: Sure, go ahead.
A: I can give you a $30 monthly credit for twelve months, bringing you to $59.
C: And if I'd just called and asked for that, without threatening to leave?
A: This is a retention offer, so it's only for customers who ask to cancel.
C: Great system. Fine. Do the $30 credit. I'm still annoyed it took an hour.
A: Understood. The credit is on.
C: Yeah. Bye.""",
True, 0.0, "negative", "'Fine. Do the $30 credit' accepted; 'still annoyed', 'Great system' sarcasm"),
(
"FR66_040", "Oscar Villanueva", "2026-11-13T16:10:52", "asr",
"""A: brightpath internet this is oscar
C: hello dear um my granddaughter said i'm paying too much for the internet i only read the news and email
A: let me look you're on the three hundred plan at seventy five dollars
C: oh my goodness is there something smaller
A: yes our basic plan is twenty five dollars a month and it's plenty for email and news
C: twenty five oh that would be lovely
A: would you like me to switch you to basic then
C: yes please dear
A: all done it starts on the first and your bill will be twenty five dollars
C: oh thank you so much you've been very patient with me""",
True, 0.0, "positive", "downgrade to paid basic plan: 'yes please' to closing question; 'thank you so much'"),
]
