CALLS = [
("FR73_061", "Hannah Reilly", "2026-11-25T09:05:00", "asr",
"""A: happy tails pet resort this is hannah
C: hi what do you charge for boarding a cat
A: cats are thirty eight a night in the cat condo or fifty two in the suite with the window
C: and is there a minimum
A: two nights minimum over holidays otherwise no minimum
C: do you need vaccine records
A: yes rabies and fvrcp current within the year
C: okay
A: would you like me to check any dates
C: no that's all i needed to know thanks""",
False, 0.0, "neutral", "price and policy questions only; 'that's all i needed to know'"),

("FR73_062", "Ravi Chandrasekar", "2026-11-25T10:25:00", "clean",
"""A: Ironworks Gym, Ravi speaking.
C: Hi, I'm home from college for winter break and I want a short membership. Do you do that?
A: We do a three-month prepaid membership for $150, no contract.
C: Perfect, sign me up for that.
A: You got it. New members can also get our intro training pack, three sessions for $99, usually it's $165.
C: Honestly, yeah, go on then, add it. I've let myself go a bit this semester.
A: Ha, we'll fix that. Three months at $150 plus the three-session pack at $99, starting today.
C: Yep, that's right.
A: You're in! Come by anytime for your fob.
C: Sweet, thanks, you guys are awesome.""",
True, 99.0, "positive", "'sign me up' $150 (main); intro pack $99 'go on then, add it'; 'you guys are awesome'"),

("FR73_063", "Bethany Cole", "2026-11-25T12:40:00", "asr",
"""A: main street pharmacy this is bethany
C: hi um i'm sorry i'm kind of panicking i'm completely out of my seizure medication and my refill says no refills left
A: okay don't worry let me look yes i see it the prescription expired i'll send an urgent request to dr kim's office right now
C: okay okay
A: they usually respond within an hour or two for these and i can give you a three day emergency supply in the meantime
C: oh my gosh yes please do the emergency supply
A: okay i'll have it ready in twenty minutes we also have a courier for twelve ninety nine if you can't drive
C: no no i can drive i'll come get it
A: okay it'll be at the pickup window under your name
C: thank you so much you have no idea how scared i was you're a lifesaver""",
True, 0.0, "positive", "'yes please do the emergency supply' (fill ordered for pickup); courier twelve ninety nine declined; 'you're a lifesaver'"),

("FR73_064", "Isaac Nwosu", "2026-11-25T15:20:00", "clean",
"""A: Bright Path Tutoring, Isaac speaking.
C: Hi. My daughter's essay tutor didn't show up yesterday. Again. That's twice now, and her applications are due January 1st.
A: I'm very sorry. That's not acceptable. I'll credit yesterday's session and assign her to Dr. Warren, our senior essay coach.
C: Okay. She still needs more help than what's left on her package, though.
A: I can offer our four-session essay pack at $280 instead of $360, with Dr. Warren.
C: Fine. I'll take the four-pack at $280.
A: Done, and Dr. Warren has Thursday at 5 for the first one.
C: Thursday at 5 works.
A: I'll send the confirmation now.
C: Okay. But if someone no-shows again, we're done with you. This better not happen again.""",
True, 0.0, "negative", "'I'll take the four-pack at $280' (discounted main, no upsell); 'This better not happen again'"),

("FR73_065", "Dana Whitfield", "2026-11-25T16:45:00", "asr",
"""A: hillcrest pharmacy this is dana
C: hi do you take walk ins for the covid booster
A: yeah walk ins are fine until seven or you can book a time online
C: do i need to bring anything
A: just your insurance card and id
C: how long does it take
A: about fifteen minutes plus fifteen minutes of waiting after
C: okay
A: anything else i can help with
C: no that's it""",
False, 0.0, "neutral", "walk-in questions only, nothing booked; flat"),

("FR73_066", "Marcus Oyelaran", "2026-11-27T10:00:00", "clean",
"""A: Snip Kids Salon, Marcus speaking.
C: Hi! I need haircuts for all three of my kids before the holiday photos. Saturday morning if you have it?
A: Saturday at 9:30 I can do all three back to back. Kids' cuts are $22 each.
C: Yes, book all three at 9:30.
A: Done. And for the holidays we're doing a fun color streak, red or green, wash-out, $8 each.
C: Oh they'll go nuts for that. Two of them, though, not the little one, she'll cry.
A: Ha, okay, so three cuts and two color streaks, Saturday at 9:30.
C: Yes, that's it.
A: See you Saturday!
C: Thank you so much, you guys are always so patient with them.""",
True, 16.0, "positive", "'book all three' 3 x $22 (main); streaks $8 each for two = 16; 'always so patient'"),

("FR73_067", "Priya Raman", "2026-11-27T11:30:00", "asr",
"""A: core fitness this is priya
C: hi i'm thinking about joining what's the monthly
A: standard is thirty nine or if you prepay the year it's three ninety which is like two months free
C: okay and is the pool included
A: the pool is a ten dollar a month add on
C: hm okay
A: i can get you set up over the phone right now if you want
C: uh i think i'd rather come in and see it first and sign up in person
A: sure we do tours anytime
C: okay cool thanks""",
False, 0.0, "neutral", "'i'd rather come in and see it first and sign up in person' deferral"),

("FR73_068", "Tomas Herrera", "2026-11-27T14:15:00", "clean",
"""A: Brightside Dental, Tomas speaking.
C: Hi. I just switched jobs and my new insurance is Delta Dental PPO Plus. Are you in network?
A: Let me check... I'm sorry, we're out of network with that specific plan.
C: Oh. That's disappointing. I've been coming to you for eight years.
A: You can still see us, you'd just be reimbursed at out-of-network rates, usually about 20% less coverage.
C: I can't really afford that. Could you join the network?
A: I'll pass that along to the office manager, but I can't promise anything.
C: Well, that's frustrating. I guess I'll have to find someone else.
A: I'm sorry. We can send your records wherever you go.
C: Fine. Thanks.""",
False, 0.0, "negative", "out of network, no booking; 'disappointing', 'that's frustrating'"),

("FR73_069", "Keisha Brandt", "2026-11-30T09:50:00", "asr",
"""A: serenity day spa this is keisha
C: hi i want to book a facial sometime this week
A: sure i have wednesday at twelve or friday at three fifteen
C: friday three fifteen
A: okay hydrating facial friday at three fifteen that's ninety five and we can add the cooling eye treatment for twenty
C: no just the facial
A: no problem so hydrating facial friday three fifteen
C: actually you know what yes add the eye thing i've been looking so tired
A: ha okay eye treatment added
C: perfect thank you i really need this honestly you guys are my happy place""",
True, 20.0, "positive", "books Friday 3:15; eye treatment twenty first declined then 'yes add the eye thing'; 'my happy place'"),

("FR73_070", "Owen Castellanos", "2026-11-30T11:10:00", "clean",
"""A: LearnWell Online, Owen speaking.
C: Hi, I was looking at the Spanish for Beginners course. When does the next cohort start?
A: January 12th. It's $179 for the eight-week cohort, and there's an early-bird price of $149 until December 15th.
C: Okay. Is it live or recorded?
A: Two live sessions a week, recorded if you miss them.
C: Got it. I'm not ready to commit yet.
A: That's fine. Would you like me to add you to our mailing list so you get the early-bird reminder?
C: Yes, you can add me to the mailing list.
A: Done. You'll get an email in a few minutes.
C: Okay, thank you.""",
False, 0.0, "neutral", "'not ready to commit yet'; yes is only to the mailing list"),

("FR73_071", "Leah Morgenstern", "2026-11-30T13:30:00", "clean",
"""A: Oak Street Animal Hospital, Leah speaking.
C: Hi, um, Dr. Reyes found a lump on my dog's side and said she needs surgery to remove it. I'm sorry, I'm a bit of a mess.
A: That's completely okay. What's your dog's name?
C: Daisy. She's eleven.
A: Okay, I see Dr. Reyes' note. First we'd do a pre-op visit with bloodwork. I have Tuesday at 8 a.m. or Wednesday at 4.
C: Tuesday at 8, the sooner the better.
A: Okay, Daisy's pre-op is Tuesday December 1st at 8 a.m. No food after midnight. Does that sound right?
C: Yes, that's right. Will someone call me with the bloodwork results?
A: Dr. Reyes will call you herself the same day.
C: Thank you for being so patient with me. That really helps.""",
True, 0.0, "positive", "picks Tue 8am, 'Yes, that's right' to read-back; 'Thank you for being so patient with me'"),

("FR73_072", "Jamal Pettigrew", "2026-11-30T15:00:00", "asr",
"""A: peak fitness this is jamal
C: hi i have six personal training sessions left and i hurt my back so i can't use them i want a refund
A: i'm sorry to hear that unfortunately training packs are non refundable but i can freeze them or transfer them to someone else
C: non refundable i paid three sixty for those
A: i know some people transfer them to a spouse or friend
C: this policy is garbage honestly
A: i understand do you want me to transfer them or freeze them
C: fine transfer them to my husband dev same account
A: okay done he can book with any trainer
C: yeah whatever""",
False, 0.0, "negative", "no purchase, only a transfer of already-paid sessions; 'this policy is garbage', 'whatever'"),

("FR73_073", "Sofia Lindqvist", "2026-11-30T16:40:00", "clean",
"""A: Main Street Compounding Pharmacy, Sofia speaking.
C: Hi, my dermatologist sent over a compounded cream and I got a text that it's ready. What's the price?
A: Let me check. That one's $186 for the 60-gram tube. Unfortunately insurance doesn't cover compounded topicals.
C: $186 for a cream? That's absurd.
A: I know, the ingredients are expensive. We do have a discount card that takes about 10% off.
C: Ten percent off absurd is still absurd.
A: I understand. Would you like me to hold it for a few days?
C: No. I'll have my doctor call in something else.
A: Okay, I'll let them know.
C: Thanks, I guess.""",
False, 0.0, "negative", "declines, 'I'll have my doctor call in something else'; 'That's absurd'."),

("FR73_074", "Grant Delacroix", "2026-11-26T08:15:00", "asr",
"""A: riverside urgent care this is grant
C: hi i think i sprained my ankle pretty bad can i get in today
A: yes let me check our reserve a spot times the first one is four fifteen this afternoon
C: four fifteen it's eight in the morning
A: i know we're really busy today it's thanksgiving so only one provider is in
C: oh great so i just hobble around for eight hours perfect
A: you could also walk in but the wait's about three hours right now
C: wonderful fine put me down for the four fifteen
A: okay you're reserved for four fifteen ice it and keep it elevated until then
C: yeah yeah thanks for nothing""",
True, 0.0, "negative", "'fine put me down for the four fifteen' reserved; sarcastic 'oh great', 'thanks for nothing'"),

("FR73_075", "Naomi Okafor", "2026-11-26T10:00:00", "clean",
"""A: Luxe Hair Studio, Naomi speaking.
C: Hi! I saw you have a blowout membership now? I basically live at your blow-dry bar.
A: We do! Four blowouts a month for $95, any stylist.
C: Okay, yes, I'm in. Sign me up.
A: Yay! You can also add a scalp treatment to every visit for $15 a month total.
C: Oh, I've been wanting to try that. Yes, add it.
A: So the blowout membership at $95 plus scalp treatments at $15 a month, starting today.
C: Yes, perfect.
A: Welcome to the club!
C: I'm so happy, this is going to save me so much. You guys are the best.""",
True, 15.0, "positive", "'Sign me up' $95 membership; scalp treatment $15 a month 'Yes, add it' (recurring counted once); 'You guys are the best'"),

("FR73_076", "Victor Sato", "2026-11-26T13:20:00", "asr",
"""A: mathmentor tutoring this is victor
C: hi i'm looking for a calculus tutor for my son he's a senior
A: sure we do packages twenty sessions for one thousand or ten sessions for five fifty
C: and how long are the sessions
A: an hour each online or in person at our center
C: okay the ten would probably be enough
A: great want me to set up the ten sessions for you
C: sounds good i'll think about it and talk to him tonight
A: okay i'll send you the tutor profiles in the meantime
C: okay thanks""",
False, 0.0, "neutral", "'sounds good i'll think about it and talk to him tonight' deferral"),

("FR73_077", "Hannah Reilly", "2026-11-27T16:30:00", "clean",
"""A: Bayview Dental, Hannah speaking.
C: Hi, I'd like to schedule a cleaning.
A: Sure. I have Monday the 7th at 10 or Wednesday the 9th at 2:30.
C: Monday at 10.
A: Okay, cleaning and exam Monday December 7th at 10 with Dr. Cho. Also, we're running a holiday special on in-office whitening right after your cleaning, $199.
C: Maybe next time.
A: No problem. So just the cleaning Monday the 7th at 10. Is that right?
C: Yes.
A: You're all set.
C: Okay. Bye.""",
True, 0.0, "neutral", "picks Monday 10, 'Yes' to read-back; whitening $199 'Maybe next time'; flat"),

("FR73_078", "Ravi Chandrasekar", "2026-11-30T10:45:00", "asr",
"""A: oak street animal hospital wellness plans this is ravi
C: hi i want to cancel my cat's wellness plan we're not really using it
A: okay i can do that can i ask before i do it it renews in january and we can give you the next two months free if you stay
C: two months free
A: yep december and january no charge and you keep the free exam and dental discount
C: hm and i can still cancel after that
A: yes anytime after with no fee
C: ok fine i'll stay then
A: great i've applied the two free months
C: okay thanks""",
True, 0.0, "neutral", "save offer accepted 'ok fine i'll stay then' (free months = discount, no upsell); flat"),

("FR73_079", "Bethany Cole", "2026-11-30T14:50:00", "clean",
"""A: Serenity Day Spa, Bethany speaking.
C: Hi, I booked the Saturday 2 p.m. massage online this morning and got a confirmation. I'm calling to add a facial after it.
A: Let me look... I'm so sorry, it looks like that 2 p.m. slot was double-booked, the system let two people take it.
C: What? I have the confirmation email right here.
A: I know, I apologize. The other booking came in first. I can offer Sunday at 11 or next Saturday at 4.
C: I can't do either of those, that's why I picked this Saturday.
A: I understand. I can refund the deposit right away.
C: Yes, refund it. This is the second time your website has done this to me.
A: I'm very sorry. I've refunded the $40 deposit.
C: Okay. Honestly, fix your system.""",
False, 0.0, "negative", "online booking failed (double-booked), no alternative taken, deposit refunded; 'fix your system'"),

("FR73_080", "Isaac Nwosu", "2026-11-30T17:30:00", "asr",
"""A: flow cycle studio this is isaac
C: hi i want to buy a class pack
A: sure we have the eight class pack for ninety six or the twenty class pack for two twenty
C: the eight
A: okay eight classes for ninety six and we've got smoothie vouchers for the juice bar five each if you want some
C: uh yeah two vouchers
A: okay eight class pack plus two smoothie vouchers card on file
C: yep
A: done you're all set
C: okay cool""",
True, 10.0, "neutral", "'the eight' pack for ninety six (main); 'yeah two vouchers' at five each = 10; flat"),
]
