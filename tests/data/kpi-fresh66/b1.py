CALLS = [
(
"FR66_001", "Marisol Ortega", "2026-11-02T09:14:07", "clean",
"""A: Thanks for calling Northline Wireless, this is Marisol. How can I help?
C: Hi. I want to cancel my line. The bill went from $65 to $78 and nobody told me.
A: I'm sorry about that. The increase came from the network fee change in October. Can I look at what I can do before we cancel?
C: Go ahead, I guess.
A: You've been with us six years. I can put a $15 loyalty credit on the account for the next twelve months, which brings you to $63.
C: So less than what I was paying before the increase.
A: That's right, $63 a month, same plan, same data.
C: Fine. Put the fifteen off on it and leave the rest alone.
A: Done. The credit will show on your next statement.
C: Okay. Bye.""",
True, 0.0, "neutral", "retention offer accepted: 'Put the fifteen off on it'; flat tone throughout"),
(
"FR66_002", "Derek Halvorsen", "2026-11-02T10:41:55", "asr",
"""A: thank you for calling brightpath internet my name is derek who am i speaking with
C: yeah hi it's gordon i need to cancel the internet fiber just came to my street
A: okay i can help with that gordon before i do can i tell you about a couple options
C: uh sure but i'm pretty set
A: i can drop you from eighty nine to sixty nine a month for a year and bump the speed to five hundred
C: sixty nine huh the fiber's fifty five for a gig
A: i understand um the best i can go is sixty four with the same speed
C: see that's the thing you guys only find these prices when somebody's walking out the door it's kind of ridiculous
A: i hear you i'm sorry it feels that way
C: just cancel it please i'll drop the modem at the store
A: okay the cancellation is in and your last day of service is the fifteenth
C: yeah fine""",
False, 0.0, "negative", "two offers rejected, 'just cancel it'; 'kind of ridiculous'"),
(
"FR66_003", "Priya Raman", "2026-11-02T13:08:30", "clean",
"""A: Hi, you've reached StreamBox member services, Priya speaking.
C: Hi Priya. I want to cancel, honestly I barely watch anything anymore.
A: I understand. Before you go, I can offer three months at half price, so $7.99 instead of $15.99.
C: Oh. That's actually a decent deal.
A: And while it's discounted, you could go up to the 4K Premium tier for just $4 more a month.
C: The 4K one? My new TV does 4K. Okay, yes, let's do both, the half price and the 4K.
A: Perfect. So that's $11.99 a month for the next three months, on Premium.
C: Great. That's way better than I expected, thank you so much.
A: My pleasure. Enjoy the new TV!
C: Will do, bye!""",
True, 4.0, "positive", "accepted half-price save offer plus 'the 4K one... let's do both' at $4 more a month; 'thank you so much'"),
(
"FR66_004", "Tomasz Wojcik", "2026-11-02T16:22:11", "clean",
"""A: Summit Fitness, this is Tomasz.
C: Hi, I need to cancel my membership. I'm having surgery on my knee next week and won't be in for a few months.
A: Sorry to hear that. Instead of cancelling, we can freeze the membership for up to four months. It's $10 a month while frozen, and you keep your $29 rate.
C: Oh, I didn't know you could do that. If I cancel, I'd lose the $29?
A: Yes, new members are paying $45 right now.
C: Then freeze it, please. Ten a month is fine.
A: Done, frozen from the 9th, it restarts automatically March 9th.
C: That's a relief. Thank you for telling me that.
A: Good luck with the surgery.
C: Thanks, take care.""",
True, 0.0, "positive", "paid freeze plan accepted: 'Then freeze it, please. Ten a month is fine'; 'That's a relief'"),
(
"FR66_005", "Keisha Bramwell", "2026-11-03T08:47:19", "asr",
"""A: good morning harborview insurance this is keisha
C: morning um i got my auto renewal and it went up like two hundred bucks
A: let me pull it up uh yes there was a rate change in your zip code this year
C: so is there anything you can do or do i need to go shopping
A: i can apply a safe driver discount you qualify now which takes off ninety dollars so the six months would be six hundred forty
C: okay that's better yeah go ahead and renew it at that
A: will do and do you want to add roadside assistance it's twenty four dollars for the term
C: uh how much again
A: twenty four dollars for the six months
C: yeah add that my battery died twice last winter
A: you're all set renewed with roadside
C: okay thanks""",
True, 24.0, "neutral", "'go ahead and renew it'; roadside 'twenty four dollars' accepted 'yeah add that'"),
(
"FR66_006", "Liam Donnelly", "2026-11-03T11:03:42", "clean",
"""A: Evergreen Energy, Liam speaking.
C: Hi, I got a letter saying my fixed rate ends in December.
A: That's right. After that you'd roll to the variable rate, currently 14.2 cents. I can lock a new 12-month fixed rate at 12.6 cents.
C: And what if rates drop?
A: With the fixed rate you'd stay at 12.6 either way. There's also a 24-month at 12.3.
C: Hm. I'm not sure. Can you email me both options?
A: Sure, to the address ending in outlook.com?
C: Yes, that's my email. I'll look them over this weekend.
A: Sounds good. You have until December 14 to choose.
C: Okay, thanks.""",
False, 0.0, "neutral", "'Can you email me both options' / 'I'll look them over' = deferral; 'Yes, that's my email' is not a purchase"),
(
"FR66_007", "Hana Takeda", "2026-11-03T14:30:05", "clean",
"""A: Thank you for calling Vantage Mobile, this is Hana.
C: Oh good, a human. Only took twenty-five minutes.
A: I'm sorry about the wait. What can I do for you?
C: You can explain why my bill went up again. Third time this year. Love that.
A: I see the plan adjustment from September. I can offer a $10 loyalty discount for twelve months.
C: Ten bucks. Wow. So generous.
A: I understand it's not the full increase. That is the highest I'm able to offer on this plan.
C: Yeah, I figured. Just process the cancellation. I've already got a SIM from somebody else.
A: Okay. I've submitted it, the line closes at the end of the cycle.
C: Great. Can't wait.""",
False, 0.0, "negative", "sarcastic ('Love that', 'So generous'), declined $10 offer, cancelled"),
(
"FR66_008", "Oscar Villanueva", "2026-11-03T15:55:48", "asr",
"""A: hi thanks for calling flickr plus support this is oscar
C: hey yeah i wanna cancel it's just too expensive now at seventeen a month
A: totally understand one option is our plan with ads it's six ninety nine a month and you keep your profiles and watch history
C: how many ads are we talking
A: about four minutes an hour on most shows
C: hm four minutes that's not terrible
A: want me to switch you over it starts on your next billing date
C: yeah okay switch me to that one
A: done you're on the ads plan at six ninety nine from the twentieth
C: cool that works thanks""",
True, 0.0, "neutral", "downgrade to paid ads plan instead of cancel: 'yeah okay switch me to that one'"),
(
"FR66_009", "Bethany Crowe", "2026-11-04T09:20:33", "clean",
"""A: ClearWave Home Internet, Bethany speaking.
C: Hi, I'm calling to cancel. The Wi-Fi in the back bedroom is basically dead and I'm tired of it.
A: Let's see if we can fix that first. You're on 300 Mbps at $70. I can move you to 500 Mbps for the same $70.
C: Speed isn't really the issue, it's the signal in that room.
A: Then a mesh point would help. The Mesh Plus kit is $8 a month and covers up to 3,000 square feet.
C: Eight a month for the mesh and the faster speed at the same price?
A: Exactly.
C: Okay, you've talked me into it. Do both.
A: Great. The mesh kit ships tomorrow, and the speed change is live tonight.
C: Perfect, thank you, you've been really helpful.""",
True, 8.0, "positive", "'Do both': free speed bump + mesh kit at $8 a month; 'really helpful'"),
(
"FR66_010", "Samuel Adeyemi", "2026-11-04T10:12:16", "clean",
"""A: Iron Works Gym, this is Samuel.
C: Hi, I'm moving to Tucson next month, so I need to cancel.
A: Congrats on the move. We actually have a transfer option for any of our clubs.
C: Is there one in Tucson?
A: Let me check. The closest is Phoenix, unfortunately.
C: That's two hours away, so no.
A: Understood. I'll process the cancellation effective December 1.
C: Okay. Is there a fee?
A: No fee, you're past your first year.
C: Alright, thanks.""",
False, 0.0, "neutral", "transfer offer not usable, cancellation processed; routine tone"),
(
"FR66_011", "Ingrid Solberg", "2026-11-04T13:48:59", "asr",
"""A: vantage mobile this is ingrid how can i help
C: hi i just got a bill for three hundred and forty dollars and it's usually sixty
A: let me look oh i see roaming charges from mexico on the eighth through the twelfth
C: yeah i was at my sister's wedding nobody told me it would cost that much
A: i'm sorry i can credit half of the roaming as a one time courtesy
C: half so i'm still paying like a hundred and forty for five days
A: i know um for next time we have a travel pass at ten dollars a day you could add now
C: i'm not going anywhere for a while so no
A: okay the credit is applied your balance is now two hundred and two
C: i mean thanks for the credit but honestly i'm still not happy about this""",
False, 0.0, "negative", "travel pass refused; credit is not a purchase; ends 'still not happy'"),
(
"FR66_012", "Rafael Mendes", "2026-11-04T15:31:27", "clean",
"""A: Good afternoon, Keystone Home Insurance, Rafael speaking.
C: Hi, my homeowner's policy renews on the 20th and I wanted to go over it before it does.
A: Of course. Your renewal premium is $1,412 for the year, up $38.
C: That's okay. I actually want to add a couple of things. We finished the basement.
A: Then I'd suggest water backup coverage, it's $65 a year for $10,000.
C: Yes, add that.
A: And anything valuable down there?
C: Not down there, but my wife has her grandmother's ring. Is there a rider for that?
A: A scheduled jewelry rider for the ring would be $40 a year.
C: Let's do that too. Renew it with both.
A: Done. Renewed at $1,412 plus $65 and $40.
C: Wonderful, that was easy. Thanks so much, Rafael.""",
True, 105.0, "positive", "renewal with water backup $65 + jewelry rider $40 accepted = 105"),
(
"FR66_013", "Colleen Fitzpatrick", "2026-11-05T09:05:51", "clean",
"""A: Hi, this is Colleen with Marquee+. What can I help you with?
C: I'm thinking of dropping my subscription. It's $13.99 and I'm not sure it's worth it.
A: I can switch you to our annual plan at $99, that works out to about $8.25 a month.
C: Hm, that's a big chunk at once though.
A: It is, but you save around $68 over the year. Is the card on file still the Visa ending 4410?
C: Yes, that's it.
A: Would you like me to go ahead with the annual plan?
C: I haven't decided. Let me look at my budget tonight and I'll do it online if I go for it.
A: Of course, the offer is there until the end of the month.
C: Okay, thanks.""",
False, 0.0, "neutral", "'Yes, that's it' confirms the card, not the plan; 'I haven't decided' = deferral"),
(
"FR66_014", "Yusuf Demir", "2026-11-05T11:37:24", "asr",
"""A: thank you for calling metro gas and electric this is yusuf
C: hi um there's a green power thing on my bill five dollars a month i want it off
A: sure that's the clean choice program can i ask why you're removing it
C: money's just tight right now
A: i understand there's a half level option two fifty a month that still matches half your usage
C: i appreciate it but no i'd rather just take it all off for now
A: okay i've removed it it'll drop off next cycle
C: okay and that doesn't change anything else right
A: no your rate and budget billing stay the same
C: alright thank you""",
False, 0.0, "neutral", "half-level offer declined, add-on removed; polite neutral"),
(
"FR66_015", "Alicia Brennan", "2026-11-05T14:16:38", "clean",
"""A: Cascade Cable, this is Alicia. I see you chose the cancellation option.
C: Yes. I'm paying $180 for TV and internet and my neighbor pays half that.
A: Let me see what I can do. If you keep both, I can take $40 off for twelve months, so $140.
C: Okay, that's... more reasonable.
A: And we're running a promo on CineMax: normally $15.99, but for you it'd be $5.99 a month.
C: Ha, my husband has been asking for that. Sure, add CineMax at $5.99.
A: Great. So TV and internet at $140 plus CineMax at $5.99, starting this cycle.
C: Yes, that's correct. I'll stay.
A: You're all set.
C: Thanks, Alicia, I really appreciate you working with me.""",
True, 5.99, "positive", "accepted $40-off save; CineMax revised $15.99 -> $5.99 accepted; 'really appreciate'"),
(
"FR66_016", "Nathan Okafor", "2026-11-05T16:44:02", "clean",
"""A: Vantage Mobile retention, Nathan speaking.
C: I want my number ported out. My calls drop every single day at home.
A: I'm sorry. I can send a free signal booster for your home and put a $5 credit on the account.
C: I don't want a gadget, I want a phone service that works.
A: I understand. The booster usually solves indoor coverage.
C: Usually. I've heard that before. Two tech tickets, zero fixes.
A: I see those tickets. Would you give the booster thirty days?
C: No. Give me the port-out PIN, please.
A: Your PIN is being texted to you now.
C: Thanks. Should've done this a year ago.""",
False, 0.0, "negative", "refused booster, asked for port-out PIN; 'Should've done this a year ago'"),
(
"FR66_017", "Marisol Ortega", "2026-11-06T09:58:13", "asr",
"""A: summit fitness this is marisol
C: hey i wanna cancel my membership i'm just not getting results and i don't know what i'm doing in there
A: that's actually really common um what if we got you with a trainer we'd give you two sessions free if you stay three more months
C: two free sessions huh
A: yeah and after that packs are four sessions for forty five each
C: okay you know what i'll stay the three months and i'll buy the pack of four after the free ones
A: awesome so that's four sessions at forty five each one eighty total on top of your membership
C: yep that's right
A: booked your first free one for tuesday at six
C: oh nice thank you this actually makes me kind of excited""",
True, 180.0, "positive", "stayed three months + pack of four at forty five each = 180; 'kind of excited'"),
(
"FR66_018", "Derek Halvorsen", "2026-11-06T12:25:40", "clean",
"""A: Harborview Insurance, Derek speaking.
C: Hi, I'm calling about renewing our auto policy. It's $1,080 for six months now?
A: Yes, and I can add accident forgiveness for $3 a month.
C: Okay, sure, renew it and add the accident forgiveness.
A: Great, let me just confirm the vehicles on the policy...
C: Hang on, my husband's saying something. ... He got a quote from Lakeside this morning for $890.
A: I can look at whether any discounts apply.
C: Actually, hold off on all of it. We'll compare first and call back.
A: No problem, nothing has been changed. The renewal date is the 22nd.
C: Okay. Thanks.""",
False, 0.0, "neutral", "renewal + add-on accepted then retracted: 'hold off on all of it'"),
(
"FR66_019", "Priya Raman", "2026-11-06T14:02:09", "clean",
"""A: BrightPath Internet, Priya speaking.
C: Hi. I'm ready to cancel unless you can give me the gig plan you keep advertising.
A: Let me check your address for it. One moment.
C: Sure.
A: I'm sorry, the gig plan isn't available at your address yet. Your max is 200 Mbps.
C: Of course it isn't. Then what's the point of the ads?
A: I can offer $10 off your current plan for six months.
C: No, I'm paying for speed I don't get already. Figures.
A: I understand. Would you like me to cancel?
C: Not today, I need to set up the other provider first. I'll call back.""",
False, 0.0, "negative", "wanted gig plan, not available at address; $10 offer refused; 'Figures'"),
(
"FR66_020", "Tomasz Wojcik", "2026-11-06T16:11:57", "asr",
"""A: hi thanks for calling tunely this is tomasz
C: hi yeah i want to cancel my premium i'm a student and it's a lot right now
A: got it so two things um we can do three months free right now and then your student rate is five ninety nine after that
C: wait three months free for real
A: for real then five ninety nine with a valid student email
C: oh sweet yeah do that
A: done and while i've got you you could add family members for five dollars more
C: nah it's just me thanks
A: no problem you're all set three months free then five ninety nine
C: awesome thank you so much""",
True, 0.0, "positive", "'oh sweet yeah do that' to free months then student rate; family add-on declined 'nah'"),
]
