CALLS = [
(
"FR47_041", "Marisol Vega", "2026-11-02T16:40:00", "clean",
"""A: Brightline Home Internet, Marisol speaking.
C: Hi. My internet has been down since Friday. That's three days. I work from home.
A: I'm sorry. I can see an outage in your area, the crew is working on a damaged line.
C: I know, I've read the same text message eleven times.
A: It should be restored by this evening. I've added a credit for the three days to your account.
C: Okay.
A: And once it's back, you might like our Fiber 1000 plan, it's only $10 more a month for ten times the speed.
C: Faster internet. For the internet that doesn't work. Sure, sign me right up.
A: I understand, bad timing. I'll leave it for now.
C: Yeah, I'd leave it. Just get the line fixed.""",
False, 0.0, "negative",
"'Sure, sign me right up' is sarcasm, not a commitment ('I'd leave it'); sarcasm and irritation throughout"),
(
"FR47_042", "Derek Holloway", "2026-11-03T12:05:00", "asr",
"""A: la terrazza derek speaking
C: hi i'm organising our office christmas dinner twelve people on the eighteenth
A: sure we have the back room free that evening the set menu is forty five a head
C: okay that works let's book the back room for twelve at seven
A: lovely and we do a wine pairing with the set menu for twenty dollars per person
C: um how many of us drink probably all of them yeah add the wine for everyone
A: okay so twelve people on the eighteenth at seven set menu with wine pairing for all twelve
C: yeah that's right
A: i'll send a confirmation to your email with the deposit link
C: okay great thanks""",
True, 240.0, "neutral",
"'let's book the back room for twelve' + wine pairing twenty per person 'add the wine for everyone' ×12 = 240; businesslike"),
(
"FR47_043", "Priya Raman", "2026-11-04T09:40:00", "clean",
"""A: Harborview Pet Insurance, Priya speaking.
C: Hi. I need to cancel the policy for our dog, Biscuit. He passed away on Sunday.
A: I'm so sorry for your loss.
C: Thank you. He was fourteen, so we knew it was coming, but still.
A: Of course. I've cancelled the policy as of Sunday, and you'll get a refund of this month's premium, $42.
C: I didn't expect that. That's kind.
A: And if you had any vet bills in his last weeks, you can still claim for them.
C: There was the last visit. I'll send that in.
A: Please do, I'll make sure it's looked at quickly.
C: You've been very gentle about all this. Thank you.""",
False, 0.0, "positive",
"cancellation, refund is not a sale; warmth in plain words 'That's kind', 'You've been very gentle about all this'"),
(
"FR47_044", "Tobias Lindqvist", "2026-11-05T11:20:00", "asr",
"""A: northside physio tobias speaking
C: hi yeah i'm just ringing about the price of the six session package for my knee
A: sure the six pack is three hundred and sixty so sixty a session instead of seventy five
C: okay and does that go through insurance
A: it depends on your provider some cover part of it
C: right i'll have to see what mine covers first
A: no problem would you like us to give you a call back tomorrow to follow up
C: yes that's fine call me tomorrow afternoon
A: will do
C: okay thanks""",
False, 0.0, "neutral",
"'yes that's fine call me tomorrow' is a callback, not a purchase; 'i'll have to see what mine covers first'"),
(
"FR47_045", "Janelle Okafor", "2026-11-06T15:15:00", "clean",
"""A: Oakhaven Furniture, Janelle speaking.
C: Hi, I'd like to order the Linden bookshelf in oak, the tall one. It's $320 online.
A: That's right. I can place that for you now. Delivery would be next Tuesday.
C: Great, please do.
A: We also offer assembly for $60, they'll set it up and take the packaging away.
C: Yes, please. I'm hopeless with an Allen key, my last bookshelf leaned like the Tower of Pisa.
A: Ha! Assembly's added. Tuesday between 12 and 4.
C: Perfect. This has been the easiest thing I've done all week, thank you.""",
True, 60.0, "positive",
"'please do' order; assembly $60 'Yes, please'; 'the easiest thing I've done all week, thank you'"),
(
"FR47_046", "Wes Carrington", "2026-11-09T13:05:00", "clean",
"""A: Northgate Power and Gas, Wes speaking.
C: Hi. My last four bills have all said "estimated". Has anyone actually read my meter this year?
A: Let me see... The last actual reading was in March. The reader couldn't get access after that.
C: The meter is on the side of the house. There is no gate.
A: I'm sorry. I can book a reader visit. The next slot is Wednesday between 8 and 6.
C: No, I'm not taking a day off to watch someone look at a meter.
A: You can also send us a photo of the meter and we'll use that.
C: So I do your job for you. Okay. I'll send the photo.
A: Thanks, I'll look out for it.
C: Mm.""",
False, 0.0, "negative",
"visit refused 'I'm not taking a day off'; sarcasm 'So I do your job for you'"),
(
"FR47_047", "Hannah Brzezinski", "2026-11-10T10:40:00", "clean",
"""A: Ridgeway Auto, Hannah speaking.
C: Hi. My extended warranty runs out at the end of the month and I got a letter about renewing.
A: Yes, the two-year renewal for your Highlander is $1,100.
C: It was $800 last time.
A: The price is based on the car's age and mileage, which both went up.
C: Naturally. And if I don't renew, the transmission goes the week after. I know how this works.
A: Would you like to renew it?
C: Yes, renew it. You people really know how to make a renewal feel like a mugging.
A: I'm sorry it feels that way. It's renewed through December 2028. We also have roadside assistance for $8 a month.
C: No.
A: Understood. Anything else?
C: No.""",
True, 0.0, "negative",
"'Yes, renew it' = renewal; roadside declined 'No'; 'feel like a mugging', curt ending"),
(
"FR47_048", "Omar Haddad", "2026-11-11T08:15:00", "asr",
"""A: greenfield vets omar speaking
C: hi um my dog is limping really badly on her back leg since last night she won't put it down
A: oh poor thing we've had a cancellation at ten fifteen this morning can you make that
C: oh thank goodness yes we'll be there
A: okay what's her name
C: daisy
A: okay daisy at ten fifteen and while she's in do you want her nails done it's fifteen dollars
C: uh yeah go on then they're getting long
A: done see you at ten fifteen
C: oh thank you honestly i was up all night worrying""",
True, 15.0, "positive",
"'yes we'll be there' to ten fifteen slot; nail trim 'fifteen dollars' 'yeah go on then' = 15; relief 'oh thank goodness', 'oh thank you'"),
(
"FR47_049", "Colleen Murphy", "2026-11-12T17:55:00", "clean",
"""A: Palace Theatre box office, Colleen speaking.
C: Hi, do you have two seats for Hamlet tonight?
A: I do, in the rear stalls at $48 each.
C: Okay, I'll take those two.
A: I can also move you to the front circle. It's normally $25 more each, but for tonight I can do $15 each.
C: $15 each for the two of us? Go on then, the front circle.
A: So two front circle seats for tonight's Hamlet, 7:30. I'll send the e-tickets now.
C: Okay, got it. Thanks.""",
True, 30.0, "neutral",
"'I'll take those two'; revised upgrade '$15 each for the two of us? Go on then' = 30; routine 'Okay, got it. Thanks'"),
(
"FR47_050", "Ravi Subramanian", "2026-11-12T09:25:00", "clean",
"""A: PixelDesk software support, Ravi speaking.
C: Hi. I was charged $119 this morning for an annual renewal. I thought I'd turned auto-renew off.
A: Let me look. I can see you turned it off, but on the old plan, before the migration. It didn't carry over. That's on us.
C: Okay. So can I get the money back?
A: Yes, I've refunded the full $119, it'll show in three to five days, and auto-renew is now off.
C: Okay good. That's fine then.
A: Is there anything else I can help with?
C: No, that's it.""",
False, 0.0, "neutral",
"renewal refunded, nothing bought; plain 'Okay good. That's fine then'"),
(
"FR47_051", "Bethany Crowe", "2026-11-13T14:30:00", "clean",
"""A: Cascade Credit Union, Bethany speaking.
C: Hi. We're trying to buy our first house and I wanted to talk to someone about mortgages.
A: Of course. The best way is a meeting with one of our mortgage advisors. I can book you in.
C: Rates are insane right now, I know that's not your fault. Everything costs double what it did.
A: It's a tough market. I have Tuesday at 5:30 with Mark, or Saturday at 10.
C: Saturday at 10 is better, both of us can come.
A: Booked. Saturday at 10 with Mark, bring your last two pay slips.
C: Okay. Pay slips. Got it.""",
True, 0.0, "neutral",
"'Saturday at 10 is better' = appointment booked; complaint about rates/market, not the bank; flat 'Got it'"),
(
"FR47_052", "Luis Ortega", "2026-11-16T12:50:00", "asr",
"""A: shieldguard pest control luis speaking
C: hi um we've got ants in the kitchen again and i was thinking about the quarterly plan
A: sure the quarterly plan is ninety five per visit four visits a year
C: okay yeah that's what the website said let's do that
A: great before the first treatment there's a mandatory inspection that's one fifty
C: wait what one fifty that wasn't on the website
A: it's in the small print under the plan details i'm sorry
C: actually forget it then i'll just get the spray from the hardware store
A: i could take fifty off the inspection
C: no it's fine i'm not doing it that's kind of sneaky to be honest""",
False, 0.0, "negative",
"'let's do that' then retracted 'actually forget it then' after hidden fee; ends 'that's kind of sneaky'"),
(
"FR47_053", "Naomi Fitch", "2026-11-17T19:10:00", "clean",
"""A: Bluewave Cruises, Naomi speaking.
C: Hi. My wife and I want to book the 7-night Caribbean cruise in March. We've never done anything like this.
A: Lovely. The March 8 sailing has inside cabins at $1,900 for two.
C: Okay, the March 8 one, let's book that.
A: For $300 more in total you could have a balcony cabin instead.
C: A balcony... Yes, let's have the balcony.
A: And the snorkeling excursion in Cozumel is $89 per person.
C: Two of those, please.
A: So the March 8 sailing, balcony cabin, and two snorkeling excursions. Shall I confirm that on your card?
C: Yes, please confirm it.
A: You're booked!
C: Thank you for not rushing me through all of it. I feel good about this.""",
True, 478.0, "positive",
"'the March 8 one, let's book that'; balcony $300 + two excursions at $89 = 478; 'I feel good about this'"),
(
"FR47_054", "Graham Pettibone", "2026-11-18T11:35:00", "asr",
"""A: voltmart returns graham speaking
C: hi i bought a fifty five inch tv from you three weeks ago and there's a line down the middle of the screen now
A: sorry to hear that it's within the return window so i can do an exchange or a full refund
C: just the refund please
A: are you sure the same model is in stock i could have one to you tomorrow
C: no i'll just get the refund and buy one somewhere else to be honest
A: okay no problem the courier will collect it thursday and the refund goes through once it's scanned
C: okay
A: anything else i can do
C: no that's all""",
False, 0.0, "negative",
"refund, exchange refused; quiet disappointment 'i'll just get the refund and buy one somewhere else'"),
(
"FR47_055", "Keiko Arakawa", "2026-11-19T16:00:00", "clean",
"""A: Sakura House, Keiko speaking.
C: Hi, I'd like to book a table for six on Saturday. It's my mum's seventieth.
A: Happy birthday to her! I have 7 pm, in the corner booth.
C: That sounds perfect, please book it.
A: Done, six at 7 on Saturday. We can also arrange a birthday cake for $30.
C: We'll bring our own, thanks, my sister bakes.
A: That's fine, there's no charge for that. We'll put candles out.
C: Thank you, you've made this very simple. She'll love the booth.""",
True, 0.0, "positive",
"'please book it'; cake declined 'We'll bring our own'; warm 'you've made this very simple. She'll love the booth'"),
(
"FR47_056", "Dmitri Volkov", "2026-11-20T18:05:00", "asr",
"""A: ironworks fitness dmitri speaking
C: hi i'm a member and i wanted to ask about personal training
A: sure one on one sessions are ninety dollars or a pack of ten for eight hundred
C: ninety dollars a session oh sure let me just sell a kidney
A: ha i know it's an investment we also have small group training for twenty five a class
C: twenty five for a class i already pay membership for
A: it's coached and capped at six people
C: yeah no i'll stick to watching videos thanks
A: okay no worries
C: kind of a rip off honestly bye""",
False, 0.0, "negative",
"declined 'yeah no i'll stick to watching videos'; sarcasm 'let me just sell a kidney', 'kind of a rip off honestly'"),
(
"FR47_057", "Colleen Murphy", "2026-11-23T10:30:00", "clean",
"""A: Meridian Arena, Colleen speaking.
C: Hi. I had tickets for the Harbor Lights festival and I got an email that the headliner pulled out and it's cancelled.
A: Yes, I'm sorry, the promoter cancelled the whole day on Friday.
C: It's not your fault. It's his. He posted from a beach, apparently.
A: All ticket holders get a full refund. Yours was $130, it should be back on your card within a week.
C: Okay. Do I need to do anything?
A: No, it's automatic.
C: Alright. Thanks.""",
False, 0.0, "neutral",
"refund only, no sale; annoyance is at the headliner 'It's not your fault. It's his', toward the arena flat 'Alright. Thanks'"),
(
"FR47_058", "Ravi Subramanian", "2026-11-24T09:10:00", "clean",
"""A: The Daily Ledger subscriptions, Ravi speaking.
C: I'd like to cancel my subscription, please.
A: I'm sorry to hear that. Can I offer you a year at $4 a month instead of $12?
C: No. The paper's got thinner every year and the price keeps going up. I'm done.
A: I understand. Would the digital-only edition interest you? It's $6 a month.
C: No. Just the cancellation, please.
A: Okay, it's cancelled. Your last paper will be Sunday's.
C: Twenty-two years I've taken that paper. Shame what's become of it.""",
False, 0.0, "negative",
"both save offers refused 'No... I'm done'; quiet disappointment 'Shame what's become of it'"),
(
"FR47_059", "Bethany Crowe", "2026-11-25T12:40:00", "asr",
"""A: cascade credit union bethany speaking
C: hi um my partner and i want to open a joint account we just got engaged
A: oh congratulations so the joint checking has no monthly fee if you have a direct deposit
C: okay yeah that sounds fine let's open it
A: great i'll need both your ids when you come in to sign but i can set it up now
C: okay perfect and do we both get a card
A: yes two cards they'll arrive in about a week
C: oh that's nice it feels like a grown up thing to do you know
A: it really is it's all set up
C: thank you this has been really nice actually""",
True, 0.0, "positive",
"'let's open it' = sign-up; warmth 'this has been really nice actually'"),
(
"FR47_060", "Luis Ortega", "2026-11-26T08:20:00", "clean",
"""A: Comfort Roofing, Luis speaking.
C: Hi. The storm on Tuesday took half the shingles off the back of our roof. We've got a tarp on it.
A: I'm sorry. We can send an inspector Friday morning to quote the repair.
C: Friday works. Book it.
A: Booked for Friday, 8 to 10. Since the inspector is up there anyway, we can clean the gutters for $120.
C: They're full of shingles now, so yes, add the gutters.
A: Done. The inspector will call on the way.
C: Okay. One more thing on the list. Anyway. Thanks.""",
True, 120.0, "neutral",
"'Friday works. Book it' + gutters $120 'yes, add the gutters'; weary about the storm, flat 'Anyway. Thanks'"),
]
