CALLS = [
(
"FR46_041", "Hannah Weiss", "2026-11-02T09:40:00", "clean",
"""A: Coastal Airways, reservations.
C: I need to book a flight for my mother, Tampa to Newark, on the 18th.
A: There's a 10:25 am nonstop for $176.
C: That one. She'll need a wheelchair at both ends.
A: Wheelchair assistance is free, I'll add it. Priority boarding is $25 if she'd like it.
C: No, the wheelchair will get her on early anyway.
A: True. Passenger name as on her ID?
C: Margaret Ellen Doyle.
A: Margaret Ellen Doyle, Tampa to Newark, November 18th, 10:25 am, with wheelchair assistance, $176. Correct?
C: Yes, that's all correct.
A: She's booked. Confirmation is CA7M2P.
C: Okay, thank you.""",
True, 0.0, "neutral",
"'Yes, that's all correct' to read-back; free wheelchair service is not a paid add-on; priority boarding $25 declined."
),
(
"FR46_042", "Kwame Mensah", "2026-11-02T15:15:00", "asr",
"""A: parkside suites how can i help you
C: yeah hi i need a room for friday and saturday
A: sure a double is one forty nine a night
C: okay yeah book that
A: okay can i get a name
C: uh hang on my wife's showing me something on her phone
A: take your time
C: it's on the app for forty bucks cheaper for the same room you should really match that
A: i'm sorry we can't match third party rates
C: then yeah just cancel it we'll book on the app
A: okay i haven't charged anything
C: kind of ridiculous that the app beats the hotel itself""",
False, 0.0, "negative",
"'yeah book that' retracted: 'just cancel it we'll book on the app'; 'kind of ridiculous'."
),
(
"FR46_043", "Laura Becker", "2026-11-03T11:30:00", "clean",
"""A: City Art Museum, tickets.
C: Two tickets for the Vermeer exhibit on Sunday.
A: It's timed entry. I have 10:30, 1:00, or 3:30.
C: Why on earth do you need timed entry for a museum? Whatever. 1:00.
A: Two adults at 1:00 on Sunday, $28 each. Would you like audio guides for $7 each?
C: Yes, two audio guides.
A: So two tickets and two audio guides, $70 total. Shall I complete it?
C: Yes.
A: Done, your tickets are on your phone.
C: Fine.""",
True, 14.0, "negative",
"Completed order 'Yes'; 'two audio guides' at $7 each = 14.00; irritated 'Why on earth ... Whatever', curt 'Fine'."
),
(
"FR46_044", "Jun Watanabe", "2026-11-04T10:08:00", "clean",
"""A: Northside Dermatology, this is Jun.
C: Hi, I have an appointment on the 20th but I'm moving that week. Could I come in earlier?
A: Let me see. I have Tuesday the 10th at 2:45 with Dr. Reyes.
C: Oh, that's perfect.
A: So I'll move you from the 20th to Tuesday the 10th at 2:45. Okay?
C: Yes, please move it.
A: Done. The 20th is released.
C: Thank you, that's a huge help. You've made my week a lot easier.""",
True, 0.0, "positive",
"Rescheduled into a new booked slot, 'Yes, please move it'; counted as booking an appointment; 'huge help'."
),
(
"FR46_045", "Olivia Grant", "2026-11-04T14:50:00", "clean",
"""A: The Copper Room, events and reservations.
C: Do you have a private room for about 20 people on December 18th?
A: Yes, the Garden Room is open that evening.
C: What does it cost?
A: There's a $1,500 food and drink minimum, no room fee.
C: And the menu?
A: We have three set packages starting at $58 per person.
C: Okay. Can you send me the packages? I'll get back to you after I check with the team.
A: Sure, what email?
C: events@halvorsenlaw.com.
A: Sent.
C: Thanks.""",
False, 0.0, "neutral",
"Enquiry only; 'send me the packages ... I'll get back to you'; nothing booked."
),
(
"FR46_046", "Samuel Ortiz", "2026-11-05T08:25:00", "clean",
"""A: Eastern Rail, bookings.
C: One ticket, New York to DC, Friday at 7 am.
A: That's $89 on the Saver fare. For $15 more I can make it Flex, so you can change it free.
C: Yes, make it Flex. My meetings always move.
A: That's $104. Card number?
C: It's the Visa ending 2219.
A: I'm sorry, it's been declined.
C: Oh no. Try the Mastercard, ending 7740.
A: That one went through. Friday 7 am, New York to DC, Flex, $104. All confirmed.
C: Phew. Thank you for sticking with me on that, honestly.""",
True, 15.0, "positive",
"First card declined, second went through, booking confirmed; Flex upgrade '$15 more' accepted; relieved 'thank you for sticking with me'."
),
(
"FR46_047", "Nadia Petrova", "2026-11-05T07:52:00", "asr",
"""A: morning what can i get you
C: a medium decaf flat white and a plain bagel toasted
A: medium flat white and a plain bagel toasted
C: no i said decaf that's the second time this week you've got that wrong
A: sorry medium decaf flat white and a toasted plain bagel
C: yes
A: that's seven twenty five it'll be right up
C: honestly every time
A: sorry about that
C: yeah""",
True, 0.0, "negative",
"Confirmed corrected order 'yes'; annoyed 'second time this week', 'honestly every time'."
),
(
"FR46_048", "Ben Carter", "2026-11-06T13:13:00", "clean",
"""A: HaulIt Truck and Van Rental, Ben speaking.
C: I need a cargo van Saturday for a move across town.
A: A cargo van is $59 for the day plus mileage.
C: Okay.
A: Can I add a pack of moving blankets for $15 or a hand dolly for $10?
C: Just the dolly.
A: Cargo van and a dolly, Saturday 8 am pickup at the Ridge Road location. Shall I book it?
C: Yeah, book it.
A: Booked, reference HI-3021.
C: Okay, thanks.""",
True, 10.0, "neutral",
"'Yeah, book it'; dolly $10 accepted, blankets $15 declined ('Just the dolly'); flat."
),
(
"FR46_049", "Priya Raman", "2026-11-06T16:05:00", "clean",
"""A: Little Snips Kids' Salon.
C: I need a haircut for my son before his school play on Thursday.
A: I'm sorry, we're fully booked until next Monday.
C: Seriously, nothing all week?
A: We've had a lot of school photo bookings.
C: You used to take walk-ins.
A: We stopped walk-ins in the summer.
C: Great. So I'll be cutting it myself with the kitchen scissors.
A: I can put you on the cancellation list.
C: Don't bother.""",
False, 0.0, "negative",
"Fully booked, refused cancellation list 'Don't bother'; sarcastic 'Great. So I'll be cutting it myself'."
),
(
"FR46_050", "Marcus Holloway", "2026-11-09T12:32:00", "clean",
"""A: Winterfest tickets, how can I help?
C: Hi, what's included in the Christmas market evening pass?
A: Entry after 5 pm, the light trail, and one mulled drink. It's $22.
C: Are kids free?
A: Under 5 are free, 5 to 12 are $11.
C: Oh, that sounds lovely.
A: Would you like to book for a date?
C: I'll think about it and talk to the kids' dad. Thank you for explaining all that so patiently, really.
A: Of course. Dates do sell out in December.
C: Good to know. Thanks again.""",
False, 0.0, "positive",
"'I'll think about it and talk to the kids' dad' is deferral; warm 'sounds lovely', 'thank you for explaining all that so patiently'."
),
(
"FR46_051", "Elena Vasquez", "2026-11-09T17:10:00", "clean",
"""A: Trailways Express, bookings.
C: Three seats to Austin, Wednesday at 6 pm.
A: I'm sorry, the 6 pm is sold out.
C: What about later?
A: The 9 pm is also full. Thursday at 7 am has seats.
C: No, we need to be there Wednesday night.
A: I understand. I can't find anything else that evening.
C: Okay. We'll figure something else out.
A: Sorry I couldn't help.
C: It's fine.""",
False, 0.0, "neutral",
"Sold out, declined the Thursday alternative; no booking; 'It's fine' flat."
),
(
"FR46_052", "Tom Brennan", "2026-11-10T09:45:00", "clean",
"""A: Lakeshore Lodge, Tom speaking.
C: Hi, I have to cancel my stay next week. I've been in the hospital.
A: I'm so sorry to hear that. I can move it to any date in the next year at no charge instead.
C: That's kind, but I really don't know when I'll be well enough. Just cancel it, please.
A: Of course. I'll waive the cancellation fee given the circumstances.
C: Oh, you don't have to do that.
A: It's done. The full $410 goes back to your card.
C: Thank you for being so understanding. Truly. That means a lot.""",
False, 0.0, "positive",
"Declined the date move 'Just cancel it, please'; cancellation with refund, no purchase; 'Thank you for being so understanding ... means a lot'."
),
(
"FR46_053", "Aisha Okafor", "2026-11-10T14:28:00", "clean",
"""A: Summit Air Rewards, how can I help?
C: I want to use my miles for two seats to Honolulu in February.
A: I'm sorry, there's no award availability in February.
C: None? The whole month?
A: None at the saver level. I can book a paid fare.
C: I'd book it if it were under $300 each.
A: The lowest is $420 each.
C: Then what is the point of collecting miles with you?
A: I understand the frustration.
C: I doubt it. Never mind.""",
False, 0.0, "negative",
"Conditional 'I'd book it if it were under $300', price was $420, 'Never mind'; 'what is the point'."
),
(
"FR46_054", "Daniel Kim", "2026-11-11T19:40:00", "clean",
"""A: Sakura Sushi, delivery.
C: Hi, a dragon roll, a spicy tuna roll and two miso soups.
A: Dragon roll, spicy tuna roll, two miso soups, $38.50 to 22 Birch Lane. Right?
C: Right.
A: The wait tonight is about 90 minutes.
C: Ninety minutes? For two rolls?
A: We're very busy, I'm sorry.
C: Then cancel it. I'm not waiting till ten to eat.
A: Okay, the order is cancelled.
C: Every Friday it's the same with you guys.""",
False, 0.0, "negative",
"Confirmed order 'Right' then retracted 'Then cancel it'; 'Every Friday it's the same with you guys'."
),
(
"FR46_055", "Sofia Lindqvist", "2026-11-11T20:05:00", "asr",
"""A: regal point cinemas how can i help you
C: hey two tickets for dune on imax tomorrow at eight
A: sure two adults imax eight pm that's thirty eight dollars
C: yep
A: we have recliner seats in the middle for three dollars each more
C: oh yeah do the recliners
A: okay two recliner seats row g total forty four dollars sound good
C: yeah that's good
A: all booked enjoy
C: amazing thank you so much i've been dying to see it on the big screen""",
True, 6.0, "positive",
"'yeah that's good' to read-back; recliners 'three dollars each' for two = 6.00; 'amazing thank you so much'."
),
(
"FR46_056", "Rafael Moreno", "2026-11-12T11:15:00", "clean",
"""A: Greenfield Clinic, Rafael speaking.
C: Hi, I'm calling about my blood test results from Monday.
A: They're in. Dr. Shah would like to go over them with you in a follow-up visit.
C: Is something wrong?
A: I can't say, I'm afraid. I have Friday at 9 or Monday at 4.
C: I need to check with work. Can someone call me back tomorrow?
A: Yes, I'll have the nurse call you tomorrow morning. Is this number best?
C: Yes, this number.
A: Okay, noted.
C: Okay. Thanks.""",
False, 0.0, "neutral",
"No slot chosen; 'Yes, this number' is about the callback, not a booking."
),
(
"FR46_057", "Hannah Weiss", "2026-11-12T15:58:00", "clean",
"""A: Mira's Kitchen, reservations.
C: A table for three on Saturday at 7. One of us has a severe nut allergy. Is that okay?
A: Let me be honest with you: we use a lot of nuts and can't guarantee no cross-contact.
C: Not even if you flag it?
A: We'd be careful, but I can't promise a nut-free kitchen.
C: Then I can't risk it.
A: I completely understand.
C: Thank you for being honest. I really appreciate that, most places just say it's fine.
A: Of course. I hope you find somewhere great.
C: Thanks, you too.""",
False, 0.0, "positive",
"No booking ('I can't risk it'); 'Thank you for being honest. I really appreciate that'."
),
(
"FR46_058", "Kwame Mensah", "2026-11-13T10:02:00", "asr",
"""A: quick lube express how can i help
C: yeah how much for a synthetic oil change on a twenty eighteen civic
A: that's seventy nine ninety five
C: seventy nine ninety five the place down the road does it for fifty
A: ours includes a tire rotation and a twenty point check
C: i don't need all that i just need the oil
A: we can't do the oil on its own i'm afraid
C: yeah no i'll pass that's a rip off
A: okay if you change your mind
C: i won't""",
False, 0.0, "negative",
"Only asked the price; 'i'll pass that's a rip off', 'i won't'."
),
(
"FR46_059", "Laura Becker", "2026-11-13T13:44:00", "clean",
"""A: Coastline Rail, customer service.
C: Your website charged me twice for the same ticket. $64, twice.
A: I'm sorry. Let me look. Yes, I see the duplicate; I'm refunding $64 now.
C: This is the third time something's gone wrong with your site.
A: I apologise. Is there anything else?
C: Yes. Book me the return, the 30th, the 5:10 pm from Seattle. I'm not touching that website again.
A: One adult, Seattle to Portland, November 30th at 5:10 pm, $64. Confirm?
C: Yes.
A: Booked, the ticket's in your email.
C: Let's hope it only charged me once this time.""",
True, 0.0, "negative",
"'Book me the return' and 'Yes' to read-back; refund is not upsell; 'third time something's gone wrong', sceptical close."
),
(
"FR46_060", "Jun Watanabe", "2026-11-13T08:31:00", "asr",
"""A: hi welcome to brew lab what can i get for you
C: um a small drip coffee and a medium chai latte
A: any pastries today our croissants are two fifty
C: no just the drinks
A: okay one small drip and one medium chai for eight ten
C: yeah
A: name for the cups
C: sam
A: got it sam it'll be at the end of the bar
C: cool thanks""",
True, 0.0, "neutral",
"'yeah' to order read-back; croissant offer declined 'no just the drinks'; 'cool thanks' routine."
),
]
