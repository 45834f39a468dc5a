CALLS = [
(
"FR76_021", "Leah Whitfield", "2026-11-09T08:41:19", "clean",
"""A: Rapid Tire and Auto, this is Leah.
C: Hi, I need four new tires for a 2019 RAV4. The ones you quoted me online, the Trailmaster.
A: Yes, the Trailmaster in your size is $189 a tire, installed and balanced.
C: Okay, let's do four of those. Can I come Thursday?
A: Thursday at 8 or 11.
C: 11.
A: You're booked for 11 Thursday, four Trailmasters. Road hazard protection is $22 a tire; it covers nails and potholes for three years. We'd also recommend an alignment with new tires, that's $99.
C: My alignment was done in the spring, so not that. How does the road hazard claim work?
A: You bring it in, and if it can't be patched we replace the tire at no charge.
C: Okay. Do the road hazard on all four.
A: Added, four at $22. See you Thursday.
C: Okay, thanks.""",
True, 88.00, "neutral",
"four tires booked ('let's do four of those'); road hazard $22 per tire × 4 accepted two turns after the offer = 88.00; alignment $99 declined; neutral"),

(
"FR76_022", "Andre Kowalczyk", "2026-11-09T10:06:55", "asr",
"""A: hi thanks for calling the orpheum box office this is andre
C: hi oh my gosh i've been wanting to see her forever do you still have anything for the december fifth show
A: let me look yes i have two together in the mezzanine row c at fifty four each
C: yes yes i'll take those two
A: okay so that's two mezzanine row c december fifth at eight o'clock one hundred eight dollars total
C: yep that's right
A: perfect and parking's fifteen at the garage next door i can add a pass to your order
C: oh sure yeah add the parking
A: done you're all set tickets and parking will be in your email
C: amazing thank you so much you've made my whole week""",
True, 15.00, "positive",
"'i'll take those two' and read-back confirmed; parking pass offered as a statement ($15), 'add the parking' = 15.00; 'you've made my whole week'"),

(
"FR76_023", "Sofia Marchetti", "2026-11-09T13:27:03", "clean",
"""A: Harbor Mutual Life, this is Sofia.
C: Hello. I'd like to cancel the accidental death rider on my life policy, please.
A: I can help with that. May I ask why?
C: I asked three times last year for a copy of the rider terms and nobody ever sent them. I'm not comfortable paying for something I can't read.
A: I'm very sorry. I can email them to you right now, and the rider is $6 a month.
C: That's kind of you, but I've made my decision. Please go ahead and remove it.
A: Understood. The rider is removed effective your next billing date; your base policy is unchanged.
C: Thank you. I don't mean to take it out on you, but I'm really disappointed with how this was handled.""",
False, 0.00, "negative",
"removes a rider (no purchase); save attempt declined; polite but 'really disappointed with how this was handled'"),

(
"FR76_024", "Devon Ashby", "2026-11-09T15:50:21", "asr",
"""A: northline wireless this is devon how can i help
C: hi devon sorry i'm a little giddy my daughter just graduated nursing school this morning
A: oh congratulations that's huge
C: thank you we're all so proud anyway um i just wanted to check why my bill is five dollars higher this month
A: sure that's the regulatory fee adjustment it went up on all accounts this month
C: okay got it
A: while i have you i could bump your home internet to the five hundred meg tier it's ten dollars more a month
C: no i'm good with what i've got
A: no problem anything else
C: nope that's it have a good one""",
False, 0.00, "neutral",
"billing question; speed upgrade refused ('no i'm good with what i've got'); happiness is about the daughter's graduation, toward the company neutral"),

(
"FR76_025", "Grace Nakamura", "2026-11-10T09:02:47", "clean",
"""A: Valley Power and Light energy programs, this is Grace.
C: Hi, I got the flyer about the smart thermostat rebate. How does that work?
A: The EcoStat thermostat is $129 after the rebate when you buy it through us, and you get $5 a month off in winter for letting us adjust it during peak hours.
C: That sounds worth it. Can I order it on this call?
A: Yes. Professional installation is available for $60; we send a technician within two weeks.
C: I'm terrible with wiring. Yes, I'll take the thermostat and have your person install it.
A: Done, one EcoStat with installation. The installer will call to pick a day.
C: Great, thanks. This is a really nice program.""",
True, 60.00, "positive",
"'I'll take the thermostat' = purchase; installation $60 stated, accepted = 60.00; 'really nice program'"),

(
"FR76_026", "Omar Haddad", "2026-11-10T11:30:12", "asr",
"""A: first cardinal bank card services this is omar
C: hi um i think i lost my debit card i had it at the grocery store and now i can't find it anywhere
A: okay let's lock it first can you verify the last four of your social
C: four one one eight
A: thank you the card's locked now i don't see any charges after the grocery store purchase at eleven twenty
C: oh thank god
A: i can send a replacement it'll arrive in three to five business days or i can expedite it for free since it's lost
C: yeah expedite it please
A: done it'll be there in two days
C: okay you're a lifesaver thank you so much omar i was freaking out""",
False, 0.00, "positive",
"lost card replaced free, nothing bought ('expedite it please' is a free service); 'you're a lifesaver thank you so much'"),

(
"FR76_027", "Bethany Sloane", "2026-11-10T14:18:36", "clean",
"""A: IronWorks Fitness member services, this is Bethany.
C: Hi. I need to cancel my membership. This is the third time I'm calling about it.
A: I'm sorry about that. I do see two earlier notes. Before I process it, I can drop you to $19.99 a month for the next six months.
C: I don't want a cheaper membership, I want no membership. I moved forty miles away.
A: Understood. We do have a location in Fairview, if that's closer.
C: It isn't. Please cancel it today.
A: It's canceled. You'll get a confirmation email within the hour.
C: I'd better. I shouldn't have had to ask three times.""",
False, 0.00, "negative",
"retention offer refused ('I don't want a cheaper membership'), cancellation; 'I shouldn't have had to ask three times'"),

(
"FR76_028", "Rafael Quintero", "2026-11-10T16:44:09", "asr",
"""A: bug busters pest control this is rafael
C: hi yeah we've got mice in the garage and i want somebody out this week
A: okay i can do friday morning the initial treatment is one sixty five and that includes a follow up in two weeks
C: okay yeah friday morning book it
A: great i just need a card to hold the appointment
C: sure it's a visa ending in two two zero nine
A: hmm it's coming back declined
C: what try it again
A: i tried it twice it's declined do you have another card
C: um try the mastercard ending in seven seven four one
A: that one's declined too i'm sorry i can't hold the slot without a card
C: ugh this is so embarrassing and your payment thing is clearly broken i'll call back later""",
False, 0.00, "negative",
"customer agreed to book but both cards declined, slot not held: nothing booked; 'your payment thing is clearly broken'"),

(
"FR76_029", "Ingrid Solberg", "2026-11-11T08:55:50", "clean",
"""A: RoadReady Motor Club, this is Ingrid.
C: Hi. My old roadside coverage came with my car and it expired. I'd like to sign up with you.
A: Sure. Our Basic membership is $69 a year: towing up to 10 miles, lockout, jump starts, and fuel delivery. The Plus tier adds 100-mile towing and trip interruption coverage for $39 more a year.
C: Okay. Let's start the Basic.
A: Great. Can I have the address for the card?
C: 18 Hollis Street, Apartment 2. And what's the difference again with the Plus, the towing?
A: Basic tows 10 miles, Plus tows 100. If you break down on the highway, 10 miles often doesn't reach a shop.
C: My parents are 80 miles away and I drive there every month. Go with the Plus then.
A: Done, Plus membership, $108 for the year. Your card will arrive in a week.
C: Okay. Thanks.""",
True, 39.00, "neutral",
"membership sign-up; Plus upgrade 'for $39 more a year' accepted later ('Go with the Plus then') = 39.00; routine thanks"),

(
"FR76_030", "Kwame Mensah", "2026-11-11T10:22:31", "asr",
"""A: bounce city this is kwame how can i help you
C: hi i want to book a birthday party for my son he's turning seven
A: awesome how many kids
C: ten kids probably
A: okay our party package for up to twelve kids is two ninety nine for two hours with the party room and i have saturday the twenty first at one
C: yes let's book that
A: great you're set for the twenty first at one we also do a pizza package for forty five dollars and goodie bags at three dollars each
C: yeah do the pizza definitely
A: and the goodie bags
C: no skip those they get enough sugar already
A: ha fair enough so the party package plus pizza
C: perfect he's going to lose his mind this is great thank you""",
True, 45.00, "positive",
"party booked ('yes let's book that'); two add-ons stated: pizza $45 accepted, goodie bags declined = 45.00; 'this is great thank you'"),

(
"FR76_031", "Chloe Fairbanks", "2026-11-11T13:05:14", "asr",
"""A: northline home internet sales this is chloe
C: hi i saw the billboard for your gig fiber and i wanted to know if i can get it at my place
A: sure what's the address
C: two twelve orchard street
A: let me check okay i'm sorry fiber isn't available on orchard street yet the closest it runs is elm avenue
C: do you know when it's coming
A: i don't have a date unfortunately what i can offer there is our cable plan at three hundred meg
C: that's slower than what i have now
A: i understand
C: well that's disappointing you've had those billboards up for like a year
A: i'm sorry i can put you on the notification list for when it comes
C: sure whatever""",
False, 0.00, "negative",
"service unavailable, cable alternative refused implicitly ('that's slower than what i have now'); 'sure whatever' to a notification list is not a purchase; 'that's disappointing'"),

(
"FR76_032", "Victor Lindqvist", "2026-11-11T15:39:48", "clean",
"""A: Summit Renters Insurance, this is Victor.
C: Hi, I need renters insurance before I move in on the first. My landlord wants proof of $100,000 liability.
A: I can do that. $20,000 personal property and $100,000 liability comes to $14 a month. There's also an identity theft add-on for $5 a month.
C: Um, okay, sure.
A: Great. So renters policy at $14 and identity theft at $5, starting December 1st. Shall I finalize that?
C: Yes, finalize it. Wait, actually, take the identity thing off. I already get that through my bank.
A: No problem, removed. Just the renters policy at $14 a month, starting December 1st.
C: Yes, that's it. Can you email the proof to my landlord?
A: Send me their email and I'll send the declarations page directly.
C: It's rentals@parkviewapts.com. Thanks.""",
True, 0.00, "neutral",
"renters policy bought ('Yes, finalize it'); identity theft add-on accepted then retracted ('take the identity thing off') = 0; neutral"),

(
"FR76_033", "Priya Raman", "2026-11-12T09:12:40", "clean",
"""A: Lakeside Water Utility, this is Priya.
C: Good morning. I'm calling again about the brown water at 44 Cedar Drive. It's been three weeks.
A: I'm sorry. I see two earlier reports. The crew flushed the main on your street last week.
C: I know, and it was better for a day. Now it's back.
A: I'd like to send a technician to test at your tap and check the service line. There's no charge. I have Monday between 8 and 12.
C: Yes, Monday morning is fine, I'll be home.
A: You're booked for Monday, 8 to 12, and I've flagged it as a repeat issue.
C: Thank you, I appreciate you booking it. But three weeks of brown water is not acceptable, and I'd like someone to call me about a bill credit.""",
True, 0.00, "negative",
"free technician appointment booked ('Yes, Monday morning is fine') = booking; polite but 'not acceptable'"),

(
"FR76_034", "Marcus Delgado", "2026-11-12T11:01:26", "asr",
"""A: first cardinal bank this is marcus
C: hey i wanted to ask about your cds what are the rates right now
A: sure the twelve month cd is at four point one percent and the six month is three point eight
C: and what's the minimum
A: one thousand dollars to open
C: okay and if i pull it out early
A: early withdrawal penalty is three months of interest on the twelve month
C: mhm okay
A: would you like me to open one for you today
C: that's good to know i'll probably move some money over next month when my bonus hits
A: sounds good we'll be here
C: okay thanks""",
False, 0.00, "neutral",
"agent's closing question answered with a deferral ('i'll probably move some money over next month'); flat"),

(
"FR76_035", "Hannah Okafor", "2026-11-12T14:33:09", "clean",
"""A: DraftDesk support, this is Hannah.
C: Hi! I'm on the Basic plan at $12 a month and I keep hitting the project limit. I think I'm ready for Pro.
A: Pro is $20 a month with unlimited projects and version history. I can switch you now and it prorates.
C: Yes, switch me to Pro.
A: Done. The extra storage pack is $4.99 a month if you want it; Pro includes 100 GB and the pack adds 500.
C: Sure, why not. My video files are huge.
A: Added. You're on Pro with the storage pack.
C: Amazing. You were super quick, thank you!""",
True, 4.99, "positive",
"plan upgrade is the main purchase ('switch me to Pro'); storage pack $4.99/mo offered as a statement, 'Sure, why not' = 4.99; 'super quick, thank you!'"),

(
"FR76_036", "Tomas Birkeland", "2026-11-12T16:20:55", "asr",
"""A: clear view window cleaning this is tomas
C: hi tomas we just got back from two weeks in greece it was unbelievable the water was so blue
A: oh nice welcome back
C: thanks anyway the house is filthy and i'd like the windows done inside and out it's a two story
A: sure for a two story inside and out it's three twenty i have next tuesday or thursday
C: thursday please
A: okay thursday at nine we can also do the gutters the same day for eighty
C: is that the whole house
A: whole house front and back yeah
C: um no my neighbor's kid does the gutters just the windows
A: okay you're set for thursday at nine windows inside and out
C: great okay bye""",
True, 0.00, "neutral",
"windows booked ('thursday please'); gutters $80 declined ('just the windows'); cheerful about the trip, toward the company neutral"),

(
"FR76_037", "Leah Whitfield", "2026-11-13T08:47:33", "clean",
"""A: Shine Pro Detailing, this is Leah.
C: Hi. I paid $240 for a full interior detail on Saturday and there's still dog hair all over the back seat and the cupholders are sticky.
A: I'm so sorry. I can have you come back this week for a free redo, and I'll have the manager inspect it.
C: I took a half day off work for the first one. I'm not doing that again.
A: I understand. We could also pick the car up from your work.
C: No. I'd just like my money back.
A: I'll need to get the manager's approval for a refund. She'll call you by the end of the day.
C: Fine. I expected a lot better for that price.""",
False, 0.00, "negative",
"free redo refused ('No. I'd just like my money back'); refund request is not a purchase; 'I expected a lot better'"),

(
"FR76_038", "Andre Kowalczyk", "2026-11-13T10:15:02", "asr",
"""A: river city football ticket office this is andre
C: hey andre it's bill hanson section one fourteen i'm calling to renew my seats for next season
A: hey bill let me pull you up yep two seats in one fourteen row k renewal is eleven forty for the pair
C: yeah let's renew them
A: you got it and i wanted to mention there's club seats open in two oh two this year they're three hundred more for the season per seat
C: nah i like my spot been there twelve years
A: totally understand so renewing one fourteen row k two seats eleven forty
C: yep that's it
A: done you'll get the invoice today
C: love you guys this team is half my life ha thanks andre""",
True, 0.00, "positive",
"'yeah let's renew them' = renewal; club seat upgrade declined ('nah i like my spot'); 'love you guys'"),

(
"FR76_039", "Sofia Marchetti", "2026-11-13T13:58:17", "clean",
"""A: PawSure Pet Insurance, this is Sofia.
C: Hi, I'd like a quote for a two-year-old beagle.
A: Sure. For accident and illness with a $250 deductible and 80% reimbursement, it's $38 a month. Wellness coverage for vaccines and checkups is $14 more.
C: Okay. Does it cover hip dysplasia?
A: Yes, as long as there are no signs of it before the policy starts.
C: Alright. Can you email me the quote? I'm comparing a couple of companies.
A: Of course. Would you like me to start the policy while we're on the phone? The price is locked for 30 days either way.
C: No, just the email for now. It's jmorris@ridgemail.com.
A: Sent. Let me know if you have questions.
C: Will do, thanks.""",
False, 0.00, "neutral",
"'Can you email me the quote? I'm comparing' and 'No, just the email for now' = no commitment; neutral"),

(
"FR76_040", "Devon Ashby", "2026-11-13T15:26:44", "asr",
"""A: northline wireless this is devon
C: hi i'm ready to get the new pixel my upgrade's been available for a while
A: sure the pixel in the one twenty eight gig is seven ninety nine or thirty three twenty nine a month over twenty four months
C: the monthly one please in the black
A: got it we've got cases and screen protectors for it too
C: oh how much are those
A: the rugged case is thirty and the glass screen protector is twenty
C: hmm
A: we can ship them with the phone
C: yeah okay add both i always crack my screen within a week
A: so the pixel on monthly payments plus the case and screen protector arriving thursday
C: yep that's right
A: all done
C: awesome thanks devon you made that really easy""",
True, 50.00, "positive",
"phone bought ('the monthly one please'); accessories priced only after asking, 'add both' = 30 + 20 = 50.00; 'you made that really easy'"),
]
