CALLS = [
("FR35_041", "Omar Haddad", "2026-11-25T12:07:33", "asr", """
A: trailhead cycles this is omar
C: hey i was in yesterday looking at the trek marlin seven
A: oh yeah the marlin seven is eight forty nine and we have it in medium and large
C: large i'm six two um so yeah i want to get that one
A: awesome do you need a helmet we've got the bontrager ones at ninety nine ninety nine
C: actually my son's gonna ride with me so two helmets
A: two helmets at ninety nine ninety nine each got it
C: yep
A: so the marlin seven large and two helmets ready for pickup tomorrow after two
C: after two perfect i'm pumped thanks man
""", True, 199.98, "positive", "bike bought (849 main); two helmets x 99.99 = 199.98; 'six two' is a height; excited"),

("FR35_042", "Grace Kim", "2026-11-25T17:52:10", "asr", """
A: good evening la piazza this is grace
C: hi um i'd like a table for six on saturday at seven thirty
A: let me check yes i have six at seven thirty
C: great it's my husband's birthday
A: oh happy birthday to him we can do a bottle of prosecco at the table for sixty
C: uh no he doesn't drink
A: no problem we also do a birthday cake for thirty five with a candle and the staff sing
C: oh he'll hate the singing but yes do the cake he'll love the cake
A: alright table for six saturday at seven thirty with a birthday cake under what name
C: russo r u s s o
A: you're all set mrs russo
C: okay thanks
""", True, 35.0, "neutral", "reservation made; prosecco 60 declined, cake 35 accepted; 'great' here is not praise of company; routine"),

("FR35_043", "Ben Walsh", "2026-11-26T10:25:45", "clean", """
A: Thank you for calling Brightline Mobile, this is Ben.
C: I've been charged $63 in overage fees two months in a row. I'm getting really tired of this.
A: I'm sorry about that. Your current plan has 10 GB. The Unlimited Plus plan at $65 a month would end the overages.
C: So you want me to pay more to stop being overcharged. Wonderful.
A: I understand the frustration. It's $10 more than you're paying now, and the overages have been more than that.
C: Fine. Switch me to Unlimited Plus.
A: Done. I also see you call Mexico a lot. The international pass is $15 a month for unlimited calls there.
C: Yes, add that, I'm spending a fortune on calling cards.
A: Added. Both take effect today.
C: And the overage fees from last month?
A: Those can't be refunded, I'm afraid.
C: Of course they can't. This company is unbelievable.
""", True, 15.0, "negative", "paid plan change = conversion (new plan price is main, not upsell); international pass 15/mo accepted; fees are not upsell; sarcastic"),

("FR35_044", "Sofia Rossi", "2026-11-26T14:40:02", "asr", """
A: hi this is sofia from lingua viva language school returning your inquiry
C: oh yes hi i was asking about the spanish classes
A: yes our intermediate course starts on the tenth it's three twenty for ten weeks
C: yes that sounds right and are there evening classes
A: right now the intermediate group meets tuesdays and thursdays at ten a m
C: oh ten a m hm i work nine to five
A: we might add an evening group in january
C: okay well i'd sign up if there were evening classes so maybe let me know in january
A: of course i'll put a note on your file
C: thank you you've been really lovely i'm excited to hopefully join
A: we'll be in touch
C: okay bye
""", False, 0.0, "positive", "'yes' followed by a question, then conditional unmet (no evening class) -> no conversion; warm"),

("FR35_045", "Nate Ortiz", "2026-11-27T08:15:29", "asr", """
A: handy hands home repair this is nate
C: hi i've got a leaky faucet and a door that won't latch and my in laws arrive saturday
A: okay we can handle both of those
C: if you can get someone here before friday i'll book it right now
A: let me look i've got thursday at one
C: thursday at one oh perfect yes book that
A: great the minimum is two hours at ninety five an hour
C: that's fine
A: what's the address
C: two twenty seven lake shore drive
A: okay thursday at one two twenty seven lake shore drive
C: thank you so much you're a lifesaver
""", True, 0.0, "positive", "conditional acceptance met (before Friday) and booked; no add-on; very grateful"),

("FR35_046", "Hannah Cole", "2026-11-27T11:48:16", "clean", """
A: Aerolink reservations, Hannah speaking.
C: Hi, I have a flight to Lisbon on the 28th, booking reference QX7P2L. I'd like to see if I can upgrade.
A: Let me see. Economy to Premium Economy on that flight is $289 each way.
C: Each way? Hmm. What about just the overnight leg?
A: Just the outbound overnight would be $289.
C: Wait, I thought I saw $189 on the app.
A: The $189 fare sold out this morning, I'm afraid. But I can offer the outbound for $249 as a loyalty member.
C: $249, okay. Yes, upgrade the outbound only.
A: Done, seat 14C in Premium Economy. Return stays Economy.
C: Okay, thanks.
""", True, 249.0, "neutral", "upgrade to an earlier booking bought in this call; revised price 249 accepted, one leg only; neutral"),

("FR35_047", "Victor Mensah", "2026-11-02T19:20:44", "asr", """
A: golden wok this is victor
C: hi i just got my delivery and it's the wrong order completely this isn't even close
A: oh no i'm so sorry what did you order
C: the kung pao chicken and two spring rolls and i got like beef and broccoli
A: i'm really sorry i'll send the right order out right away no charge
C: okay thank you
A: is there anything else i can add while the kitchen's making it
C: um actually yeah can you add two of the mango puddings i'll pay for those
A: sure the mango puddings are six each so twelve
C: yeah that's fine
A: okay your order is on its way about twenty five minutes
C: thank you that's honestly really nice of you guys
""", True, 12.0, "positive", "free replacement is not a sale; two puddings x 6 = 12 bought on top; angry start, pleased end"),

("FR35_048", "Irene Novak", "2026-11-03T16:33:51", "asr", """
A: hi this is irene from safeguard auto calling about your renewal on the thirtieth
C: yeah i got the letter
A: so the renewal premium is one thousand ninety for the year
C: it was eight seventy last year i haven't had a single claim
A: rates went up across the state i'm afraid
C: that's a twenty five percent jump for nothing
A: i could add accident forgiveness for sixty and that locks your rate after a claim
C: no i don't want to add more stuff i want to pay less
A: would you like me to process the renewal today
C: no i'm gonna shop around first honestly this is pretty disappointing after six years
A: understood it stays active until the thirtieth
C: yeah okay
""", False, 0.0, "negative", "renewal not done (shopping around), add-on refused; disappointed"),

("FR35_049", "Maya Torres", "2026-11-04T10:57:08", "clean", """
A: Thanks for calling Riverfront Theatre box office, this is Maya.
C: Hi! Two tickets for Hamilton on Saturday the 22nd, the evening show, please.
A: Let me see... I have two in the rear mezzanine, row K, at $129 each.
C: Yes, book those, please.
A: One moment while I process... I'm so sorry, the booking failed. Those seats were just taken, and the evening show is now sold out.
C: You're kidding. What about the matinee?
A: The matinee is sold out as well. There's nothing until January.
C: Unbelievable. Tickets went on sale ten minutes ago.
A: I'm very sorry. I can add you to the returns list.
C: No, don't bother. This whole system is a joke.
""", False, 0.0, "negative", "commitment could not be fulfilled (sold out), nothing else booked; upset"),

("FR35_050", "Derek Lin", "2026-11-05T09:31:37", "asr", """
A: thanks for calling the alder lodge this is derek
C: hi i'd like to book a room for the twenty ninth and thirtieth
A: oh i'm sorry we're fully booked both nights
C: oh no it's for our anniversary
A: our sister property the alder spa resort is fifteen minutes away and has a deluxe room at two sixty a night
C: hm um is it nice
A: it's lovely and there's a couples spa package for one twenty
C: okay yeah let's do the spa resort then
A: the deluxe room for the twenty ninth and thirtieth and do you want the spa package
C: yes add the couples package
A: you're confirmed at the alder spa resort
C: okay great thanks
""", True, 120.0, "neutral", "first choice sold out, alternative booked; spa package 120 accepted; 'okay great thanks' routine"),

("FR35_051", "Priya Shah", "2026-11-06T12:44:20", "asr", """
A: hi this is priya from tonewave music
C: hi um my free trial ended and i want to keep going
A: great would you like the individual plan at ten ninety nine or family at sixteen ninety nine
C: family there's four of us fighting over my account
A: ha okay family plan and we have hi fi lossless audio for four ninety nine a month extra
C: uh my son keeps asking for that yeah okay add hi fi
A: so family plan plus hi fi starting today
C: yes
A: all set you can invite members from the app
C: awesome he's gonna be thrilled thanks
""", True, 4.99, "positive", "paid subscription chosen from two options; hi fi add-on four ninety nine = 4.99; pleased"),

("FR35_052", "Sam Patel", "2026-11-07T15:15:15", "asr", """
A: hi this is sam from brightline mobile i see you were looking at the ipad deal online
C: yeah the ipad with the data line
A: right the ipad is zero down at fifteen a month plus the line at twenty
C: okay so thirty five a month total yeah let's do it
A: great and the case and screen protector bundle is forty nine
C: sure add the bundle
A: okay there's a one time activation fee of thirty five
C: wait what nobody mentioned an activation fee
A: it's standard on all new lines
C: oh standard of course you know what cancel the whole thing the ipad the bundle all of it
A: i understand i've cancelled the order
C: great thanks for nothing
""", False, 0.0, "negative", "purchase and bundle accepted then whole order retracted; sarcastic 'great thanks for nothing'"),

("FR35_053", "Tom Becker", "2026-11-09T17:05:48", "clean", """
A: Hi, this is Tom from Ironworks Gym. You filled in our contact form?
C: Yes, hi. I wanted to know about membership prices.
A: Our standard membership is $39 a month, no contract, and classes are included.
C: Oh, that's not bad at all. Is there a pool?
A: There's a pool and a sauna at the Main Street location.
C: Great. I'd like to see the place before joining. I'll just drop by on Saturday.
A: Absolutely, we're open 7 to 5 on Saturdays, just ask for me at the desk.
C: Perfect. Thanks, Tom, that all sounds really good.
""", False, 0.0, "positive", "price enquiry, informal drop-in is not a booking or sign-up; 'not bad at all' and 'sounds really good'"),

("FR35_054", "Ana Costa", "2026-11-10T11:22:35", "asr", """
A: serenity day spa this is ana
C: hi i'd like to book a couples massage for me and my partner
A: of course the sixty minute couples massage is two hundred for both
C: mhm okay
A: i have sunday at eleven or sunday at three
C: uh three please
A: and would you like to add aromatherapy it's thirty five each
C: for both of us yes please
A: okay sunday at three couples massage with aromatherapy for two under which name
C: kowalski
A: all set
C: okay thanks
""", True, 70.0, "neutral", "booking by picking slot; aromatherapy 35 each x 2 = 70; 'sixty minute' is a duration; neutral"),

("FR35_055", "Jamal Reed", "2026-11-11T16:36:02", "asr", """
A: hi this is jamal with sunridge solar we're doing free roof assessments in your neighborhood
C: uh okay
A: homeowners near you are saving about a hundred forty a month on average
C: mhm
A: i could book a free assessment for you this week
C: um how much would the panels actually cost
A: it depends on the roof typically eighteen to twenty four thousand before the tax credit
C: yeah that's a lot sounds interesting but i'll have to think about it
A: would you like me to send some information
C: sure you can email it
A: great what's your email
C: it's dana k seventy seven at mailbox dot com
A: got it
C: okay bye
""", False, 0.0, "neutral", "assessment never agreed, 'think about it'; savings and cost only discussed; email digits not prices"),

("FR35_056", "Lucy Park", "2026-11-12T09:05:57", "asr", """
A: sweet crumb bakery this is lucy
C: hi i'd like to order a birthday cake for pickup friday
A: sure our eight inch chocolate is forty two or the ten inch is fifty eight
C: um how many does the ten inch feed
A: about twenty people
C: yeah we'll have like eighteen kids so the ten inch
A: and we have a candle and number topper set for sixteen fifty
C: sixteen fifty for candles hm
A: it's the gold number and twelve sparkler candles
C: okay fine she's turning seven so the number seven please
A: so ten inch chocolate plus the topper set pickup friday
C: yes
A: what would you like written on it
C: happy birthday ella
""", True, 16.5, "neutral", "cake ordered; topper set 'sixteen fifty' = 16.50 (candles context), accepted after hesitation; counts of kids/candles are not prices"),

("FR35_057", "Omar Haddad", "2026-11-13T13:13:41", "clean", """
A: Shine Bros Auto Detailing, this is Omar.
C: Hey, I'm selling my car next week and want it looking brand new. What do you have?
A: Our full detail, inside and out, is $189 for a sedan.
C: Let's do the full detail. Can you do Monday?
A: Monday at 9 works. Would you like the engine bay cleaning as well? It's $60, and buyers do notice.
C: Honestly, yes. Add the engine bay.
A: Great. And headlight restoration is $45.
C: The headlights are fine, thanks.
A: So the full detail plus engine bay, Monday at 9.
C: Sounds great, thanks! My buddy said you guys are the best in town.
""", True, 60.0, "positive", "detail booked; engine bay 60 accepted, headlights 45 declined; praise"),

("FR35_058", "Grace Kim", "2026-11-14T15:29:03", "asr", """
A: hi this is grace calling from westfield medical about your recent blood work
C: oh hi yes
A: the results came back and everything is in the normal range
C: okay
A: the doctor said your vitamin d is slightly low and suggests an over the counter supplement
C: mhm how much should i take
A: one thousand i u daily
C: okay one thousand daily got it
A: she'd like to see you again in six months we'll send a reminder
C: okay
A: any questions
C: no that's all thanks for letting me know
""", False, 0.0, "neutral", "results call; dose is not a price; future reminder is not a booking; calm"),

("FR35_059", "Ben Walsh", "2026-11-16T09:49:12", "clean", """
A: Nexus Fiber, this is Ben.
C: My internet keeps buffering on every video call. I'm paying for 300 megs and getting maybe 40.
A: Let me run a test... I'm seeing 280 at the modem, so it may be your Wi-Fi. Your router is six years old.
C: So it's my fault now.
A: Not at all. One option is the 1 gig tier at $85 a month, which includes a new Wi-Fi 6 router.
C: That's $25 more than I pay now.
A: Yes, but the router alone would cost $180.
C: Fine, switch me to the 1 gig. But if it still drops, I'm cancelling.
A: Understood. The router ships tomorrow.
C: Right. It shouldn't take a threat for this to get fixed.
""", True, 0.0, "negative", "paid plan change = conversion; included router is not an add-on, price difference not counted as upsell; resentful"),

("FR35_060", "Sofia Rossi", "2026-11-17T08:08:08", "clean", """
A: Rail Connect bookings, this is Sofia.
C: Hi, three adult tickets from New York to Washington on December 4th, please, in the morning.
A: The 7:05 departure is $79 per person, or the 9:00 is $94 per person.
C: The 7:05. That's early but fine.
A: Would you like reserved seats together? It's $12 each.
C: $12 each to sit together? That used to be free.
A: I'm afraid the policy changed in the summer.
C: Yes, fine, three reserved seats. I'm not having my family scattered across the train.
A: So three adults on the 7:05 on December 4th, seats together, $273 in total. Shall I book it?
C: Yes, go ahead. Honestly, the extra charges are getting out of hand.
A: You're booked. Tickets are in your email.
C: Okay.
""", True, 36.0, "negative", "tickets booked; three reserved seats x 12 = 36 (273 total includes main fares); annoyed at charges"),
]
