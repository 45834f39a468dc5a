CALLS = [
(
"FR76_061", "Ingrid Solberg", "2026-11-23T08:38:14", "clean",
"""A: Eastside Collision, this is Ingrid.
C: Hi. Some guy backed into me in a parking lot and then just drove off. My whole rear bumper is caved in.
A: I'm sorry, that's awful. Did you get a police report?
C: Yes, and a witness got his plate, thank God. I'm still shaking, honestly.
A: Take your time. We can do a free estimate and work directly with your insurance. I have tomorrow at 10 or Wednesday at 3.
C: Tomorrow at 10, please.
A: Booked for tomorrow at 10. Bring the police report number and your insurance card.
C: Will do. Can I drive it in the meantime?
A: If the lights work and nothing is rubbing on the tire, yes.
C: Okay. Thank you, you've been great. You actually calmed me down.""",
True, 0.00, "positive",
"estimate appointment booked ('Tomorrow at 10, please'); anger is at the other driver, ends 'you've been great'"),

(
"FR76_062", "Kwame Mensah", "2026-11-23T10:12:47", "asr",
"""A: harvest food festival tickets this is kwame
C: hi i want two tickets for saturday
A: sure general admission is thirty five each so seventy for two
C: great yeah two for saturday
A: got it two general admission for saturday the vip tasting tent is forty more per person it's got the chef demos and the shorter lines
C: does that include drinks
A: it includes four drink tickets each
C: ooh okay yeah upgrade both of them to vip
A: you got it two vip for saturday so seventy plus eighty one fifty total
C: yep sounds right
A: done tickets are in your email
C: yay thank you this is going to be so much fun""",
True, 80.00, "positive",
"two GA tickets bought; VIP upgrade stated as '$40 more per person', 'upgrade both' = 2 × 40 = 80.00; 'so much fun'"),

(
"FR76_063", "Chloe Fairbanks", "2026-11-23T13:30:09", "asr",
"""A: northline wireless this is chloe
C: hi i'm paying like sixty five a month and i hardly use any data is there anything cheaper
A: let me see you used about two gigs a month on average i can put you on the forty five dollar plan with five gigs
C: hm and is there a contract
A: no contract and it would start next cycle
C: okay
A: so want me to go ahead and make that change
C: hm not today i want to see what my data looks like this month first
A: no problem you can switch anytime in the app
C: okay thanks""",
False, 0.00, "neutral",
"refusal without 'no': 'not today i want to see what my data looks like this month first'; neutral"),

(
"FR76_064", "Victor Lindqvist", "2026-11-23T15:04:55", "clean",
"""A: Summit Insurance, this is Victor.
C: Hi Victor, it's Eileen Baker. Sorry, I'm still buzzing, my grandson scored his first hockey goal last night!
A: Oh, that's wonderful! What can I do for you, Eileen?
C: My financial advisor said we should have an umbrella policy, and I'd like to get one.
A: Sure. A $1 million umbrella over your auto and home policies is $285 a year. Shall I set that up?
C: Yes, please set it up.
A: Done. One question: do you own any property you rent out? Those aren't covered unless we add rental property coverage, which is $120 a year.
C: Oh, yes, we do have the cabin we rent out in summer. Yes, add that.
A: Added. Umbrella at $285 plus rental property at $120, starting December 1st.
C: Thank you, Victor. You always take such good care of us.""",
True, 120.00, "positive",
"'Yes, please set it up' = umbrella purchase; rental property coverage $120/yr accepted = 120.00; 'You always take such good care of us'"),

(
"FR76_065", "Priya Raman", "2026-11-24T09:01:36", "clean",
"""A: Valley Power and Light outage line, this is Priya.
C: Oh fantastic, another outage. That's the third this month. I'm so glad I pay for this.
A: I'm sorry. I see the outage in your area; a transformer failed on Greenway Road.
C: Of course it did. When will it be back?
A: The estimate is 6 PM.
C: 6 PM. And the last two times the estimate was wrong by four hours.
A: I understand. You can report spoiled food for a credit if it lasts more than twelve hours.
C: Great, more forms. Just fix the grid.""",
False, 0.00, "negative",
"outage complaint, nothing bought; sarcasm ('Oh fantastic', 'I'm so glad I pay for this', 'Great, more forms')"),

(
"FR76_066", "Marcus Delgado", "2026-11-24T10:47:20", "asr",
"""A: first cardinal wealth management this is marcus
C: hi uh i got a letter saying i could meet with an advisor for free about retirement
A: yes that's right for account holders the first review is free i have openings next week
C: um i'm not sure when i'm free next week my schedule's all over the place
A: i can tentatively put you down for tuesday at two
C: no don't put anything down yet can someone just call me back tomorrow when i have my calendar
A: sure what number
C: the cell on file ends in six six four oh
A: and morning or afternoon
C: morning
A: okay someone will call you tomorrow morning
C: yes call me back tomorrow that's great thanks""",
False, 0.00, "neutral",
"tentative booking refused ('don't put anything down yet'); 'yes call me back tomorrow' is not a booking; routine"),

(
"FR76_067", "Hannah Okafor", "2026-11-24T13:25:44", "clean",
"""A: Daybreak Coffee Club, this is Hannah!
C: Hi Hannah! I'm a subscriber and I'd like to buy the burr grinder from your site, but it keeps saying out of stock.
A: It's back in stock as of this morning; the site's a bit behind. It's $79 for members.
C: Great, I'll take one.
A: Done. Since it's shipping anyway, I can add an extra bag of this month's Ethiopian for $14, no added shipping.
C: Hmm. Can the grinder ship to my office instead of home?
A: Sure, what's the address?
C: 400 Pine Street, Suite 12. Actually, throw in that extra bag too. The office pot is terrible.
A: Ha, done. Grinder plus one bag of Ethiopian to the office.
C: Perfect. You guys are the best.""",
True, 14.00, "positive",
"grinder bought ('I'll take one'); extra bag stated ($14), accepted two turns later ('throw in that extra bag too') = 14.00; 'You guys are the best'"),

(
"FR76_068", "Tomas Birkeland", "2026-11-24T15:52:31", "asr",
"""A: handy hands home repair this is tomas
C: hi um i had an appointment today from eight to twelve to fix my back door and nobody came and nobody called
A: i'm so sorry let me look um it looks like the tech got held up on a job that ran over and it wasn't rescheduled
C: okay i took the morning off work for this
A: i understand i can get you in first thing tuesday at eight and i'll take twenty percent off the labor
C: okay i'll take the tuesday slot but honestly i'm pretty let down
A: you're booked tuesday at eight and i'll make sure he calls when he's leaving
C: okay please actually make sure
A: i will
C: thank you i know it's not your fault but this was really disappointing""",
True, 0.00, "negative",
"rebooking ('i'll take the tuesday slot') = booking; discount not an upsell; polite but 'pretty let down', 'really disappointing'"),

(
"FR76_069", "Leah Whitfield", "2026-11-25T09:15:09", "clean",
"""A: SparkleMax Car Wash, this is Leah.
C: Hi. I got a text about the unlimited wash membership, and I had a question about it.
A: Sure. Unlimited Basic is $19.99 a month, and Unlimited Premium, with tire shine and undercarriage, is $10 more.
C: Does the membership cover damage? Because last time I came through, your brushes scratched my side mirror.
A: I'm sorry to hear that. Damage claims go through the site manager; did you file one?
C: I did. Nobody got back to me.
A: I'll pass that on. Would you like to sign up for the Basic today?
C: No. Until someone deals with my mirror I'll just wash it at home.
A: Understood. I'll have the manager call you.
C: Please do. I'm not impressed so far.""",
False, 0.00, "negative",
"membership refused ('No... I'll just wash it at home'); 'I'm not impressed so far'"),

(
"FR76_070", "Andre Kowalczyk", "2026-11-25T11:02:58", "asr",
"""A: glacier ice arena this is andre
C: hi i want to sign my daughter up for the beginner skating lessons on saturdays
A: let me check um i'm sorry the saturday beginner class is full
C: what about sunday
A: sunday's full too they filled up in the first hour
C: i called the minute registration opened and your line was busy for forty minutes
A: i'm sorry i can put her on the waitlist for both
C: yeah put her on the waitlist i guess
A: okay she's number three on saturday and five on sunday
C: great so basically no
A: people do drop out in the first week
C: okay well that's really disappointing she's been asking for months""",
False, 0.00, "negative",
"both classes full; waitlist is not a booking; 'really disappointing'"),

(
"FR76_071", "Sofia Marchetti", "2026-11-25T13:40:22", "clean",
"""A: Harbor Travel Protect, this is Sofia.
C: Hi, I'm going to Costa Rica in February and I'd like travel insurance for a $3,200 trip.
A: Our standard plan for that trip is $112: trip cancellation for covered reasons, medical, and baggage. Cancel for any reason coverage is an extra $48. Rental car damage coverage is $9 a day.
C: What does cancel for any reason cover exactly?
A: If you cancel at least 48 hours before departure for any reason at all, you get 75% of your trip cost back.
C: My mom's health is up and down, so that's appealing. The rental car is covered by my credit card.
A: So would you like the standard plan?
C: Yes, the standard plan, and add cancel for any reason. Skip the rental car.
A: Done: standard plan plus cancel for any reason, $160 total. Policy documents are in your email.
C: Great, that gives me real peace of mind. Thank you!""",
True, 48.00, "positive",
"standard plan bought; of two stated add-ons, cancel-for-any-reason accepted ($48), rental car declined = 48.00; 'real peace of mind'"),

(
"FR76_072", "Devon Ashby", "2026-11-25T15:17:45", "asr",
"""A: northline wireless this is devon
C: hi so i just got engaged like yesterday sorry i'm still smiling
A: congratulations
C: thank you so my fiancee wants to come onto my plan she's with another carrier
A: sure adding a line on your plan would be twenty five a month and we can port her number over
C: okay do we need her there for that
A: we'll need her account pin from the other carrier to move the number
C: ah okay let me get her to call with me and we'll do it together this weekend
A: sounds good we're open saturday nine to five
C: okay thanks""",
False, 0.00, "neutral",
"'let me get her to call with me and we'll do it together this weekend' = deferral; happy about the engagement, toward the company neutral"),

(
"FR76_073", "Grace Nakamura", "2026-11-25T16:44:03", "clean",
"""A: Valley Power and Light energy programs, this is Grace.
C: Hello. Our heating bills are awful and someone told me you do home energy audits.
A: We do. A full audit is $99, and you get that back as a credit if you do any of the recommended upgrades through our rebate program.
C: Okay. Let's schedule one.
A: Sure, I have December 3rd in the morning or December 7th in the afternoon.
C: The 3rd.
A: Booked, December 3rd, 9 AM. I can add a blower door test for $50; it finds exactly where air leaks in.
C: How long does that take?
A: About an hour extra.
C: Hm. Skip it, I have to be at work by noon.
A: No problem, standard audit on the 3rd.
C: Okay. Thank you.""",
True, 0.00, "neutral",
"paid audit booked ('Let's schedule one', 'The 3rd'); blower door $50 declined ('Skip it'); neutral"),

(
"FR76_074", "Omar Haddad", "2026-11-27T09:33:17", "asr",
"""A: first cardinal card services this is omar
C: hi omar i have the basic cash back card and i got an offer in the mail for the rewards elite card
A: yes you're pre approved the elite gets three percent on groceries and gas and two percent on everything else the annual fee is ninety five
C: yeah i did the math and with what we spend on groceries it's worth it so let's upgrade it
A: great i've upgraded the card your new card will arrive in a week and your account number stays the same
C: awesome
A: would you like an authorized user card there's no charge for it
C: oh yes add my wife please her name's maria lopez
A: done she'll get her own card in the same mail
C: perfect thanks omar this was painless i appreciate it""",
True, 0.00, "positive",
"'let's upgrade it' = paid card change; authorized user card is free so no upsell; 'this was painless i appreciate it'"),

(
"FR76_075", "Bethany Sloane", "2026-11-27T11:20:40", "asr",
"""A: streambox billing this is bethany
C: hi i canceled in september and i've been charged sixteen ninety nine in october and again in november
A: i'm sorry let me look um i see a cancellation request but it looks like it didn't complete
C: i have the confirmation email right here
A: i see it i'm sorry about that i'll refund both charges thirty three ninety eight and make sure the account is closed
C: okay thank you for doing that
A: it should show in five to seven days
C: i appreciate it but honestly i'm really annoyed i had to find this myself on my statement
A: i completely understand
C: yeah please make sure it's actually closed this time""",
False, 0.00, "negative",
"refund of wrongful charges, nothing bought; polite but 'really annoyed'"),

(
"FR76_076", "Rafael Quintero", "2026-11-27T13:56:02", "clean",
"""A: Tall Timber Tree Service, this is Rafael.
C: Hi, I got your estimate for taking down the two dead ash trees in the back, $850.
A: Yes, that's for felling both trees and hauling the wood. Did you want to go ahead?
C: Yeah, let's do it. When can you come?
A: Monday the 7th. Stump grinding isn't in that price; it's $150 a stump.
C: How much for both stumps, then?
A: For both, I can do $250.
C: Okay, both stumps at $250.
A: Great, Monday the 7th, two trees down and both stumps ground, $1,100 in total.
C: Okay. Do I need to be home?
A: No, just leave the side gate unlocked.
C: Okay, will do.""",
True, 250.00, "neutral",
"'let's do it' = main job; stump grinding revised to $250 for both after the customer asked, accepted = 250.00; neutral"),

(
"FR76_077", "Ingrid Solberg", "2026-11-27T15:31:49", "clean",
"""A: Hillside Honda, this is Ingrid.
C: Hi! I've been reading great things about the new CR-V hybrid and I'd love to test drive one.
A: We have a couple on the lot. I can set up a test drive for you, what day works?
C: I'm not sure yet, my husband wants to come too and he's working nights this week. I think you have online booking?
A: We do, it's on our site under "Schedule a test drive."
C: Perfect, I'll book it there once I know his schedule. You've been really helpful, thanks so much!
A: My pleasure. Ask for me when you come in.
C: I will! Thanks, Ingrid!""",
False, 0.00, "positive",
"no test drive booked on the call ('I'll book it there once I know his schedule'); 'You've been really helpful, thanks so much!'"),

(
"FR76_078", "Kwame Mensah", "2026-11-30T09:08:26", "asr",
"""A: midwest logistics summit registration this is kwame
C: hi i tried to register online for the conference and it took my info and then gave me an error and this is the second time
A: i'm sorry let me see if it went through under your name no i don't see a registration
C: okay can you just do it over the phone the full pass
A: sure the full pass is six forty nine i'll need the card number
C: it's the company amex ending in one zero zero five
A: i'm sorry it's showing declined
C: it can't be declined it's a corporate card
A: it might be a hold on their end for a new merchant you could call amex and try again
C: great so i get to spend my whole morning on this your site ate my registration twice and now this
A: i'm sorry i can hold the early bird price until friday for you
C: yeah fine i'll deal with it later""",
False, 0.00, "negative",
"card declined, nothing registered; 'your site ate my registration twice'; 'yeah fine' to holding a price is not a purchase"),

(
"FR76_079", "Chloe Fairbanks", "2026-11-30T11:44:13", "clean",
"""A: Northline TV, this is Chloe.
C: Hello. My TV bill went up again to $148 and I just can't justify it. I'd like to cut it down.
A: I'm sorry about that. I can move you from Ultimate to the Essentials package at $89, which keeps your local channels and the sports network.
C: Do I lose the movie channels?
A: Yes, those would go. You could add the movie pack back for $15.
C: No, no add-ons. Just Essentials, please.
A: Done, you're on Essentials at $89 starting with the next bill.
C: Thank you. You've been polite, but I'm honestly fed up with these price increases every year.""",
True, 0.00, "negative",
"'Just Essentials, please' = paid plan change (a downgrade); movie pack declined; polite but 'fed up with these price increases'"),

(
"FR76_080", "Victor Lindqvist", "2026-11-30T14:20:38", "asr",
"""A: summit insurance this is victor
C: hey victor i just bought a boat well a used one a twenty two foot pontoon and i need to insure it before i put it in
A: congratulations okay for a twenty two foot pontoon with your driving record it's three forty a year
C: okay yeah let's do that
A: great i can also add on water towing it's thirty a year and fuel spill liability for twenty five a year
C: towing yes definitely i don't want to paddle that thing back
A: and the fuel spill
C: um no i'll pass on that one it's a tiny motor
A: okay so the boat policy at three forty plus towing at thirty
C: yep that's it
A: you're covered starting today
C: awesome you made that totally painless thanks victor""",
True, 30.00, "positive",
"'let's do that' = policy; towing $30 accepted, fuel spill $25 declined = 30.00; 'you made that totally painless'"),
]
