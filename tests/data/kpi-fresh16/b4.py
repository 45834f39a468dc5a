CALLS = [
("FR16_061", "Aiko Tanaka", "2026-11-03T19:38:14", "asr",
"""A: burger barn this is aiko
C: yeah hi i just got my delivery and there's no fries in the bag again
A: oh i'm so sorry can i get the name on the order
C: it's nguyen n g u y e n
A: okay i see two combo meals both should have had large fries
C: yeah well they didn't this is the third time
A: i can send the fries out right now or refund the difference
C: by the time they get here i'll have eaten the burgers so just refund it
A: okay i've refunded six fifty to your card
C: six fifty great thanks i'll remember that next time i'm hungry
A: again i apologize i'll let the manager know
C: yeah sure bye""",
False, 0.0, "negative", "missing items refunded, nothing bought; sarcastic ('great thanks...')"),

("FR16_062", "Liam O'Connor", "2026-11-04T08:31:40", "clean",
"""A: Lakeview Dental, Liam speaking.
C: Hi, I cracked a tooth last night on a popcorn kernel and it really hurts.
A: Oh no. Let's get you in today. I have 1:40 this afternoon with Dr. Sato.
C: Yes, please, I'll take it.
A: Booked. Are you an existing patient?
C: Yes, Ben Carver, date of birth 5/9/1984.
A: Found you. Bring a list of any medications. Also, since you're due for a cleaning, would you like to schedule that for next month as well?
C: Let's just deal with the tooth first.
A: Of course. Take ibuprofen if you can until then.
C: Okay. Thank you so much for fitting me in today, I really appreciate it.""",
True, 0.0, "positive", "same-day emergency appointment taken; extra cleaning booking declined; grateful"),

("FR16_063", "Fatima Zahra", "2026-11-05T15:46:27", "asr",
"""A: electro depot phone sales this is fatima
C: hi i'm calling about the sixty five inch vistra oled on your site
A: yes the model v sixty five o x it's on sale for one thousand four ninety nine
C: okay i want it
A: great would you like a wall mount it's one twenty nine for that size
C: um yeah and do you guys install
A: we do installation is ninety nine and they take the old tv away too
C: okay do both the mount and the install
A: perfect so the tv the mount and installation total one seven two seven can i get the delivery address
C: twenty two oleander way
A: twenty two oleander way and a phone number
C: five five five eight one four three three two one
A: you're all set install team will call to schedule
C: okay""",
True, 228.00, "neutral", "TV ordered; wall mount $129 + installation $99 = $228; screen size, model, address and phone are not prices"),

("FR16_064", "Grace Mbeki", "2026-11-06T09:04:51", "asr",
"""A: northstar energy this is grace
C: hi i got a disconnection notice in the mail and i paid my bill two weeks ago
A: i'm sorry about that let me check can i have the account number
C: it's seven one one four five five zero two
A: thank you i see a payment of one sixty two forty on the fourth but it was applied to an old closed account
C: how does that even happen i used the account number on the bill
A: it looks like it was a manual posting error i'm moving it to the right account now and cancelling the notice
C: and the late fee
A: the twenty dollar late fee is removed too
C: okay but i spent a whole night worried my power would be cut off with a newborn in the house
A: i completely understand and i'm sorry
C: i just don't get how nobody caught that sorry it's not your fault but i'm pretty upset
A: that's fair i've added a note to the account
C: okay bye""",
False, 0.0, "negative", "misapplied payment fixed and fee removed, nothing bought; customer stays upset"),

("FR16_065", "Maya Lindqvist", "2026-11-09T13:18:06", "clean",
"""A: Natural History Museum membership, this is Maya.
C: Hi, we visited on Sunday and the kids loved it, so I'm thinking of a membership.
A: Wonderful! The family membership is $120 a year and covers two adults and up to four kids.
C: That's pretty much paid for after two visits. Okay, let's do the family one.
A: Great. Grandparents coming along sometimes? Members can buy guest passes at $10 each instead of $22.
C: Oh, actually yes. Four guest passes, please. My parents visit a lot.
A: Four guest passes, $40. So family membership plus four guest passes, $160. Which card would you like to use?
C: The Mastercard, I'll read you the number.
A: Thank you, that went through. Your cards will arrive in about a week.
C: Perfect. We'll be back for the dinosaur exhibit, the kids haven't stopped talking about it!""",
True, 40.00, "positive", "family membership bought; four guest passes at $10 each = $40; enthusiastic"),

("FR16_066", "Omar Haddad", "2026-11-10T17:27:33", "asr",
"""A: riverbend animal clinic omar speaking
C: hi i'm calling about the dental cleaning quote you gave us for our dog max
A: sure let me pull it up yes that's the dental with two extractions eight hundred forty dollars
C: yeah um that's a lot more than i expected
A: it includes anesthesia bloodwork and x rays
C: i understand but the clinic in milford quoted five twenty for the same thing
A: i can't speak to their pricing but our anesthesia monitoring is very thorough
C: i'm sure it is but we just can't swing eight forty right now
A: would you like me to book it for january instead
C: no i think we'll go with milford honestly they were really nice on the phone too
A: okay i understand
C: yeah it's a shame we've been bringing max here since he was a puppy but okay thanks""",
False, 0.0, "negative", "procedure not booked (later date declined), going to a competitor; polite but disappointed"),

("FR16_067", "Priya Raman", "2026-11-11T10:09:58", "asr",
"""A: midvalley bank this is priya
C: hi i need to order more checks
A: sure for the checking account ending eight eight three zero
C: yes that one
A: a box of two hundred standard checks is thirty two dollars
C: okay that's fine
A: standard shipping takes about two weeks or rush shipping is twelve dollars for three days
C: uh i've got rent due so yeah do the rush
A: okay and should the starting number be one oh five one
C: yeah i think my last one was ten fifty
A: perfect so two hundred standard checks with rush shipping to your address on file total forty four
C: sounds good""",
True, 12.00, "neutral", "check order confirmed; rush shipping $12 accepted; check numbers and account digits are not prices"),

("FR16_068", "Jonas Weber", "2026-11-12T12:50:44", "asr",
"""A: kitchenpro customer care this is jonas
C: hi yeah my blender died after like two months it just smells like burning and stops
A: oh no sorry about that which model is it
C: the blendmax three hundred
A: okay that's covered i can send you a replacement three hundred or for forty dollars more i can upgrade you to the five hundred which has the stronger motor
C: hm the three hundred burned out making smoothies so is the five hundred actually better
A: it's got a fourteen hundred watt motor and a seven year warranty instead of two
C: okay yeah i'll pay the forty for the five hundred
A: great i'll send a prepaid label for the old one and ship the five hundred today
C: cool that's actually a pretty good deal thanks jonas""",
True, 40.00, "positive", "warranty complaint; paid upgrade on top of the free replacement, $40 accepted; annoyed start, pleased end"),

("FR16_069", "Keisha Brown", "2026-11-13T14:33:12", "clean",
"""A: CodeForge Academy admissions, this is Keisha.
C: Hi. I'm looking at the part-time web development bootcamp. When does the next one start?
A: February 2nd. It runs 24 weeks, evenings and Saturdays.
C: And the cost?
A: $9,800, or $425 a month with our payment plan.
C: Okay. Is there any job placement help?
A: Yes, career coaching for six months after graduation.
C: I'm interested, but I need to see the curriculum first. Can you email it to me?
A: Of course. What's your email?
C: priya.n@mailhub.com.
A: Sent. Should I reserve a seat? There's a $200 deposit, refundable until January 1st.
C: Not yet. I'll read through it this week and get back to you.""",
False, 0.0, "neutral", "interested, asks for curriculum by email, declines the deposit for now"),

("FR16_070", "Diego Alvarez", "2026-11-16T11:42:57", "asr",
"""A: starlight theater box office this is diego
C: hi i'd like tickets for the puppet show on saturday the twenty first
A: sure how many
C: four two adults two kids
A: okay the eleven a m show has seats in row f it's twenty eight per adult and eighteen per child
C: that's fine
A: after the show the kids can meet the puppeteers backstage for twenty each
C: oh my gosh yes they'll love that add it for both kids
A: alright four tickets row f plus two backstage passes total one thirty two
C: yep perfect
A: you're booked tickets are in your email
C: thank you so much this is going to be the best birthday surprise""",
True, 40.00, "positive", "four tickets bought; backstage meet $20 each x 2 kids = $40; delighted"),

("FR16_071", "Hannah Cho", "2026-11-17T08:15:00", "asr",
"""A: coreflex gym this is hannah
C: hi yeah i had a training session booked at six this morning and my trainer never showed up
A: oh i'm so sorry who was your trainer
C: kyle i waited there thirty minutes
A: i'm really sorry i'll credit that session back to your package
C: okay and this happened last month too
A: i'll flag it with the fitness manager would you like to switch to a different trainer
C: maybe i don't know
A: we're also running a deal on ten session packs this week two ninety nine
C: you're seriously trying to sell me more sessions right now
A: sorry you're right i'll just make sure your credit is applied
C: yeah do that i'm really not impressed""",
False, 0.0, "negative", "trainer no-show; session credited; sales pitch rebuffed; annoyed"),

("FR16_072", "Tobias Nkemelu", "2026-11-18T16:05:24", "clean",
"""A: Harvest Table Catering, Tobias speaking.
C: Hi, I'm planning a rehearsal dinner on December 5th, 40 guests. Family-style Italian.
A: Lovely. Our family-style menu is normally $26 per person, so $1,040.
C: If you can get it under $1,000, we'll book with you today.
A: For a booking this week I can do $24 per person, $960.
C: Deal. Let's book it.
A: Wonderful. We also offer a champagne toast service at $4 per guest.
C: For 40 people that's $160... yes, let's add that. My mom will insist anyway.
A: Got it. December 5th, 40 guests, family-style Italian at $960 plus the champagne toast at $160, $1,120 total. Shall I send the contract?
C: Yes, please send it to this email.
A: Sent. We'll need it back within a week.
C: Perfect. You've made this so easy, thank you!""",
True, 160.00, "positive", "condition (under $1,000) met, booked; champagne toast $4 x 40 = $160; main menu discount is not upsell"),

("FR16_073", "Sofia Marchetti", "2026-11-19T10:14:36", "asr",
"""A: freshcart customer support this is sofia
C: hi so my order yesterday had like four substitutions and i didn't approve any of them
A: i'm sorry about that let me look um yes i see substitutions on the yogurt the bread the chicken and the coffee
C: the chicken was thighs instead of breasts and the coffee was decaf i don't drink decaf
A: i'll refund all four items that's twenty seven eighty
C: okay
A: and i've turned on ask before substituting for your account
C: um while i have you can you book my delivery for saturday morning same list as usual
A: sure saturday nine to eleven your usual list comes to one twelve forty
C: yeah that's fine
A: would you like to add the case of sparkling water that's on sale eight ninety nine
C: no thanks
A: okay saturday nine to eleven is booked
C: alright but honestly if this happens again i'm switching to the other app""",
True, 0.0, "negative", "complaint refunded, then next order booked and read-back accepted; sparkling water declined; ends with a threat to leave"),

("FR16_074", "Ravi Patel", "2026-11-20T18:22:09", "asr",
"""A: hi this is ravi with sunpeak solar am i speaking with the homeowner
C: yeah who is this again
A: ravi from sunpeak solar we're doing free roof assessments in your neighborhood
C: this is like the fourth call this week from you guys
A: sorry about that i'll make sure it's the last one i just wanted to see if you'd consider solar
C: look if you can do a full system for under ten grand maybe
A: for a home your size systems usually run around eighteen to twenty two thousand before the tax credit
C: yeah that's what i figured no
A: we do have financing with zero down
C: no i'm not taking out a loan for panels take me off your list
A: will do
C: thanks""",
False, 0.0, "negative", "outbound solar pitch; condition (under $10k) not met, refused; irritated by repeated calls"),

("FR16_075", "Elena Petrova", "2026-11-23T12:08:47", "clean",
"""A: Lighthouse Counseling, this is Elena.
C: Hi. This is my first time calling anywhere like this, so bear with me.
A: Of course, take your time. Are you looking to start therapy?
C: Yes. Mostly anxiety, I think. Do you take Aetna?
A: We do. Your copay would depend on your plan, usually $20 to $40 a session.
C: Okay. That's manageable.
A: I have an intake appointment with Dr. Ferris on Tuesday the 24th at 4:00, or Monday the 30th at 10:00.
C: Tuesday at 4, please. Before I change my mind.
A: Done. Tuesday, November 24th at 4:00 with Dr. Ferris. I'll email you the intake forms.
C: Thank you. You made that a lot easier than I expected. I feel better already.""",
True, 0.0, "positive", "intake appointment picked from two options; copay is not an upsell; relieved and thankful"),

("FR16_076", "Marcus Bell", "2026-11-24T20:03:18", "asr",
"""A: hello this is marcus calling from the fraud team at pinecrest bank am i speaking with andrea cole
C: yes this is andrea
A: hi andrea we noticed some unusual activity on your debit card i just need to verify a couple of transactions
C: uh okay
A: there's a purchase at an airline for four hundred twelve dollars on november ninth
C: yes that was me i booked a flight
A: and a charge at a hotel in denver for one eighty nine yesterday
C: yep that's me too i'm in denver right now
A: perfect then everything looks fine i'll remove the hold on your card
C: oh was it blocked
A: just temporarily it's working again now
C: okay good thanks for checking""",
False, 0.0, "neutral", "outbound fraud check; 'yes that was me' and a past flight booking are not a purchase in this call"),

("FR16_077", "Aiko Tanaka", "2026-11-25T14:29:50", "asr",
"""A: sugar and spice bakery this is aiko
C: hi i'd like to order a birthday cake for saturday
A: lovely what size
C: um a nine inch chocolate with raspberry filling
A: that's fifty two dollars what would you like written on it
C: happy fortieth dani d a n i
A: got it we also have matching cupcakes a dozen for thirty
C: ooh sure add a dozen
A: okay cake and a dozen cupcakes pickup saturday what time
C: around noon oh wait actually scratch the cupcakes her sister's already making some
A: no problem just the cake then fifty two dollars pickup saturday at noon
C: yes that's right you guys made my wedding cake too it was amazing""",
True, 0.0, "positive", "cake ordered and confirmed; cupcakes $30 accepted then retracted by name; praise"),

("FR16_078", "Liam O'Connor", "2026-11-26T11:36:02", "clean",
"""A: DreamRest customer care, Liam speaking.
C: Hi. I'd like to return the Cloud Hybrid mattress under the 100-night trial. We're on night 61.
A: I'm sorry it's not working out. May I ask what the issue is?
C: It's too soft. My back's been worse since we got it.
A: I understand. We could send a firmness topper free of charge to try first.
C: I appreciate it, but we've already tried a topper of our own. It didn't help.
A: Okay. I'll schedule the pickup. There's a $49 pickup fee deducted from the refund.
C: That wasn't mentioned anywhere when we bought it.
A: It's in the trial terms, section 4. I'm sorry it wasn't clearer.
C: Well, it should be on the front page. Go ahead and schedule it.
A: Pickup is set for Monday, November 30th, 8 am to noon.
C: Fine. Honestly, I'm disappointed. We really wanted to like it.""",
False, 0.0, "negative", "return; scheduling a return pickup is not a purchase or booking; free topper declined; disappointed"),

("FR16_079", "Fatima Zahra", "2026-11-27T08:47:13", "asr",
"""A: quest health labs appointment line this is fatima
C: hi my doctor ordered blood work fasting i need to book it
A: sure we have the downtown lab or we can send a nurse to your home
C: how much is the home one
A: the blood work itself goes through your insurance the home visit service is thirty five dollars extra
C: hm yeah i'll do the home visit i really can't get downtown before work
A: okay i have wednesday at six forty five a m or thursday at seven fifteen
C: wednesday at six forty five
A: wednesday the second at six forty five at uh two ten pine street correct
C: yes two ten pine street apartment four b
A: got it remember nothing to eat after ten p m the night before
C: okay will do thanks""",
True, 35.00, "neutral", "lab appointment booked; optional home visit service $35 extra accepted; times and address are not prices"),

("FR16_080", "Grace Mbeki", "2026-11-27T17:54:41", "asr",
"""A: streamline internet support this is grace
C: hi my internet has been crawling for weeks i'm paying every month for this and i can barely load a video
A: i'm sorry let me run a check um your line looks healthy but you're on our old twenty five megabit plan
C: twenty five i didn't even know that i've had the same plan for like six years
A: yeah that plan was retired a while back for about the same price i can move you to three hundred megabit for sixty a month you're paying fifty five now
C: wait five dollars more for twelve times the speed
A: exactly
C: okay yes please switch me
A: done and since your router is upstairs would you like a mesh extender it's five dollars a month
C: yeah add one of those too
A: you're all set the extender ships tomorrow the speed change is live in about ten minutes
C: wow okay i was ready to yell at someone but that's great thank you grace""",
True, 5.00, "positive", "support call ends in paid plan change (main purchase); mesh extender $5 a month accepted; frustrated start, pleased end"),
]
