CALLS = [
("FR23_001", "Priya Nair", "2026-11-02T09:14:00", "asr", """A: thanks for calling harbor foodservice this is priya how can i help
C: hey yeah it's dom from dom's grill on fifth street account ends in four four one two
A: got it hi dom what are we sending you this week
C: uh same as usual mostly ten cases of the fryer oil and uh six of the to go clamshells
A: okay ten fryer oil six clamshells and by the way we got the heavy dinner napkins back in stock twenty four ninety five a case if you're running low
C: mm how many's in a case again
A: four thousand napkins per case
C: okay and is the oil still the same price as last time
A: yep thirty one fifty a case no change
C: alright um yeah throw in two of those napkin cases we go through a ton on weekends
A: two napkin cases you got it so that's ten oil six clamshells two napkins delivering thursday morning
C: thursday's fine yep
A: perfect it's placed thanks dom
C: thanks bye""", True, 49.90, "neutral", "supplier reorder placed; napkins 24.95 a case x2 accepted two turns after the offer; account digits not a price; routine tone"),

("FR23_002", "Marcus Bell", "2026-11-02T14:40:00", "clean", """A: Good afternoon, Lakeview Inn reservations, this is Marcus.
C: Hi! I'd like to book a room for my wife and me, the 14th and 15th of December, checking out the 16th.
A: Let me look... I have a king room with a lake view at $189 a night. Would that work?
C: Oh, that sounds lovely. Yes, let's book that.
A: Wonderful. Would you like to add our breakfast package? It's $18 per person per morning, so $72 for the two of you for both mornings.
C: Is that the buffet on the terrace? We stayed there years ago.
A: Same terrace, newly renovated.
C: Then absolutely, add it. We loved that breakfast.
A: Done. So that's a lake-view king, December 14 to 16, with breakfast for two. Can I have a card to hold it?
C: Sure, it's a Visa, I'll read it out.
A: Thank you, you're all set, confirmation is LV-20931.
C: Perfect, thank you so much, we're really looking forward to it!""", True, 72.00, "positive", "room booked; breakfast package accepted after a question at the stated $72 total; warm and excited"),

("FR23_003", "Elena Ruiz", "2026-11-03T08:22:00", "asr", """A: skyway airlines this is elena how can i help you today
C: hi i need a flight from boston to denver on the ninth coming back the thirteenth just me
A: okay i've got a nonstop leaving at seven forty am returning the thirteenth at nine fifty pm round trip is three twelve
C: seven forty ugh early but fine yeah book that one
A: sure and would you like extra legroom that's forty nine dollars each way
C: hmm the way out yes the way back no that's the red eye i'll be out cold anyway
A: got it extra legroom outbound only so your total is three sixty one
C: yep that's right
A: alright you're booked confirmation code is uh kilo tango four nine romeo
C: kilo tango four nine romeo okay got it
A: anything else today
C: nope that's it thanks""", True, 49.00, "neutral", "flight booked; legroom 49 each way accepted for one leg only; times and code digits are not prices; mild grumble then routine"),

("FR23_004", "Tom Okafor", "2026-11-03T17:05:00", "asr", """A: brightline electronics order desk this is tom
C: hi um i was looking at the sixty five inch oled you have on sale the model uh k x sixty five c two
A: yes the sixty five inch c two it's on sale right now for fourteen ninety nine
C: okay yeah i want to order that for delivery
A: great i can do that do you want to add our three year protection plan for one seventy nine
C: no i'm good on that
A: no problem we also do a wall mount with installation for one twenty nine and our guys hide the cables in the wall
C: wait they actually put the cables inside the wall
A: yep in wall kit is included
C: oh that's awesome okay yeah do the mount
A: perfect so the tv plus mount and install delivery saturday between ten and two
C: saturday's great you guys have been super helpful honestly""", True, 129.00, "positive", "tv ordered (1499 main); protection 179 declined; mount+install 129 accepted after a question; praise"),

("FR23_005", "Diego Santos", "2026-11-04T10:31:00", "asr", """A: eastside auto care this is diego
C: yeah it's karen walsh i was in last month for the noise in my front brakes and guess what it's back
A: oh i'm sorry to hear that let me pull up your record
C: you said it was the rotors i paid for rotors and it's still grinding
A: i see that it looks like the pads weren't replaced at that visit the quote for front pads is one sixty five
C: so i'm paying again great
A: i understand the frustration i can get you in tomorrow at eight and while it's here we could also swap the cabin air filter for thirty nine
C: no just the brakes i'm not buying anything else from you right now
A: okay front pads only tomorrow at eight does that work
C: fine book it and it had better actually be fixed this time
A: it's booked for eight tomorrow
C: whatever bye""", True, 0.0, "negative", "repair appointment booked (fine book it); cabin filter 39 declined; sarcastic and angry to the end"),

("FR23_006", "Grace Kim", "2026-11-04T15:48:00", "asr", """A: thank you for calling northwave mobile this is grace
C: hi i want to cancel my line i'm paying like eighty five a month and my sister pays way less with another carrier
A: i hear you before you go can i look at your account
C: sure
A: okay i can move you to our flex plan at fifty five a month same unlimited data and i'll waive the change fee
C: fifty five hm that's actually close to what she pays
A: would you like me to switch you over
C: yeah okay let's do that i'll stay
A: great and since you mentioned you travel for work sometimes the hotspot add on is ten dollars a month for fifteen gigs
C: oh i actually need that i've been tethering off my laptop at the airport sure why not add it
A: done flex plan plus hotspot starting today
C: awesome that's way better than i expected thanks grace really""", True, 10.00, "positive", "retention offer accepted (main); hotspot 10 a month accepted, counted once; waived fee not counted; ends pleased"),

("FR23_007", "Omar Haddad", "2026-11-05T19:12:00", "clean", """A: Thanks for calling Riverside Amphitheater box office, Omar speaking.
C: Hi, I'd like two tickets for the Lumen Tide show on November 21st.
A: Sure. I have two together in section 104, row K, at $68 each.
C: Row K works. Go ahead.
A: Great. We also offer VIP parking right by the gate for $35, and a merch bundle, tour shirt and poster, for $45.
C: The parking, yes. The merch, no thanks.
A: Okay, so two tickets in 104 row K plus VIP parking. Your total is $171.
C: Yes, that's correct. Do the gates open at 6?
A: Gates open at 6:30, show at 8. Tickets are booked and on their way to your email.
C: Okay, thanks.""", True, 35.00, "neutral", "tickets booked; of two add-ons only parking 35 accepted, merch 45 declined; read-back confirmed with a question"),

("FR23_008", "Lucy Brennan", "2026-11-05T11:03:00", "asr", """A: oakridge furniture this is lucy
C: hi i saw the harlow sectional online the gray one is it in stock
A: it is we have the gray in stock it's twenty one ninety nine and the chaise can go on either side
C: okay and how long is it exactly
A: it's a hundred and twelve inches wide
C: hmm i'm not sure that fits i have a window there
A: we can also add fabric protection for ninety nine if you order
C: let me measure the living room tonight and i'll call you back
A: sure would you like me to hold one for forty eight hours
C: no that's okay i'll just call
A: sounds good
C: okay thanks bye""", False, 0.0, "neutral", "deferral to measure; hold declined; nothing bought; not sure is neutral"),

("FR23_009", "Sam Whitfield", "2026-11-06T13:27:00", "asr", """A: metro office supply business line this is sam
C: hi it's jen at keller dental we need toner for the brother printer the t n eight fifty
A: sure the t n eight fifty is eighty nine each how many
C: three please
A: three toners and you know we offer a printer service contract one twenty nine a year covers repairs and a cleaning visit
C: um what does that cover exactly like if the fuser dies
A: fuser drum rollers labor all of it
C: okay our fuser died twice last year honestly put that on too
A: will do three t n eight fifty toners and the annual service contract shipping to four ten maple avenue
C: yes that's right
A: great order's in you'll have it tomorrow
C: thanks""", True, 129.00, "neutral", "toner order (3 x 89 main); service contract 129 a year accepted after question; model number and address not prices"),

("FR23_010", "Nadia Petrova", "2026-11-06T16:55:00", "asr", """A: grand meridian hotel reservations nadia speaking
C: hi i'm trying to book three rooms for the medtech conference march twelfth to fifteenth
A: let me check um i'm so sorry we're completely sold out those nights
C: oh no really the whole hotel
A: the whole property yes the conference block filled up i could check our sister hotel the meridian airport it's about twenty minutes away
C: twenty minutes without a car no that doesn't really work for us
A: i understand i can put you on a waitlist
C: um i guess sure put us on the waitlist
A: okay you're on the waitlist i'll need a phone number
C: it's six one seven five five five zero one four two
A: got it
C: well that's disappointing we've stayed with you every year""", False, 0.0, "negative", "sold out, alternative declined; a waitlist is not a booking; quietly disappointed ending"),

("FR23_011", "Ben Carter", "2026-11-07T09:40:00", "clean", """A: Summit Toyota, this is Ben, how can I help?
C: Hi Ben, I'd like to come in and test drive the RAV4 hybrid, the XLE if you have one.
A: We've got two XLEs on the lot. When works for you?
C: Saturday morning, maybe 10?
A: Saturday at 10 is open. Can I get your name and number?
C: Ana Ortiz, 555-0188.
A: Got it, Ana. Shall I put you down for Saturday at 10 with the blue XLE?
C: Yes please. Ooh, blue, nice.
A: You're booked. Bring your license and we'll have it charged up and ready.
C: Great, thanks Ben, you made that easy!""", True, 0.0, "positive", "test-drive appointment booked by yes to closing question; no add-on; pleased"),

("FR23_012", "Aisha Mensah", "2026-11-09T12:18:00", "asr", """A: bluepeak wireless aisha speaking how can i help
C: hey i want to upgrade to the unlimited plus plan i keep hitting my data cap
A: sure unlimited plus is sixty five a month which is fifteen more than you pay now want me to switch it today
C: yes please today
A: done and i see you called about travel last month are you going abroad
C: yeah portugal for two weeks in december
A: our global pass covers that it's fifty dollars for the month talk text and data
C: does it work in spain too we might drive over
A: yes all of the eu
C: perfect then yeah add the global pass for december
A: added starting december first
C: you're a lifesaver thank you""", True, 50.00, "positive", "plan upgrade is the main purchase (not upsell); global pass 50 accepted after a question; grateful"),

("FR23_013", "Ryan Doyle", "2026-11-09T18:02:00", "clean", """A: Pixelworks, sales desk, Ryan speaking.
C: Hi, I want to order the Aero 14 laptop, the 16GB model, for $1,149.
A: Sure, I can place that. Would you like Office 365 for a year at $99.99, and our 2-year accidental damage plan at $149?
C: Yes to Office. The damage plan... okay, sure, add both.
A: Both added. Total comes to $1,397.99.
C: Hmm, actually, drop the damage plan. My credit card extends warranties anyway.
A: Removed. So the laptop plus Office, $1,248.99.
C: Yes, that's it.
A: Order's placed, shipping to 22 Birch Lane.
C: Okay, thanks.""", True, 99.99, "neutral", "laptop ordered; Office 99.99 kept, damage plan 149 accepted then retracted by name; neutral"),

("FR23_014", "Mei Chen", "2026-11-10T08:47:00", "asr", """A: skyway airlines mei speaking
C: hi i booked a flight last week to orlando and the website wouldn't let me add a bag
A: sorry about that i can add it here the confirmation code please
C: it's papa hotel seven two x ray
A: got it a checked bag is thirty five each way so seventy for the round trip
C: oh wonderful seventy dollars for a suitcase love that for me
A: i know it's not fun would you like me to add it
C: i mean do i have a choice yes add it
A: added one checked bag both directions
C: and your website's still broken by the way twenty minutes i spent on it
A: i'll pass that along
C: sure you will bye""", True, 70.00, "negative", "checked bag (70 round trip) added to an earlier booking = purchase and add-on; sarcastic throughout"),

("FR23_015", "Jonas Berg", "2026-11-10T14:10:00", "asr", """A: quicklane service center jonas speaking
C: hi i need an oil change for my two thousand eighteen civic sometime this week
A: i have thursday at two or friday at nine
C: uh friday at nine
A: friday at nine you're set and you're due for a tire rotation we can do that for twenty five while it's up
C: eh not this time maybe next visit
A: no problem just the oil change then synthetic's sixty nine ninety five
C: okay that's fine
A: see you friday at nine
C: yep thanks""", True, 0.0, "neutral", "appointment booked by picking one offered slot; rotation 25 declined; car year not a price"),

("FR23_016", "Hannah Lee", "2026-11-11T10:25:00", "asr", """A: capitol theater box office this is hannah
C: hi i wanted two tickets for hamilton this saturday night for my parents' anniversary
A: oh i'm so sorry saturday evening is completely sold out
C: oh no seriously i was really hoping to surprise them
A: i do have two great seats for the sunday matinee at two row f orchestra one twenty five each
C: hmm sunday could work actually they're free sunday
A: and we have a pre show dinner package at the bistro next door sixty per person
C: ooh do they do anything for anniversaries
A: they'll do a dessert with a candle on the house
C: okay that's perfect book the two sunday seats and the dinner for both of them
A: done two orchestra seats sunday at two and dinner for two that's one hundred twenty for the dinner
C: this turned out even better thank you so much""", True, 120.00, "positive", "first choice sold out, alternative taken; dinner 60 per person x2 accepted several turns later; disappointed then delighted"),

("FR23_017", "Marcus Bell", "2026-11-11T16:33:00", "clean", """A: Oakridge Furniture customer care, Marcus speaking.
C: I ordered a dining table six weeks ago. Order 44817. It was supposed to arrive on the 3rd. Where is it?
A: Let me check. I see it's delayed at the warehouse; the new date is the 28th.
C: The 28th? I have twelve people coming for Thanksgiving on the 26th.
A: I'm very sorry. I can offer a loaner table for the holiday at no charge.
C: A loaner. That's what I get after six weeks.
A: I can also refund the $150 delivery fee.
C: Fine, refund the fee. But this is not acceptable. I won't be ordering from you again.
A: I've processed the refund. Do you want the loaner?
C: No. Just get my table here.
A: Understood, I'll flag it as urgent.
C: Sure you will.""", False, 0.0, "negative", "delay complaint; refund and free loaner are not purchases; angry and sarcastic"),

("FR23_018", "Elena Ruiz", "2026-11-12T08:12:00", "asr", """A: golden grain supply this is elena
C: hi it's marco from rise bakery we need to set up our order for next week
A: sure what are you thinking
C: twenty bags of the bread flour the fifty pound ones
A: twenty bags at thirty two each okay and you've had a couple late deliveries lately right
C: yeah twice last month we were short on a saturday morning
A: we have a guaranteed delivery window it's normally forty per delivery but for you i can do twenty five
C: and if you miss the window
A: then that delivery's free
C: alright at twenty five yeah add it
A: adding it twenty bags bread flour with the guaranteed window delivery tuesday before six am
C: yes that's right
A: you're all set
C: okay""", True, 25.00, "neutral", "flour order confirmed by read-back; delivery guarantee revised from 40 to 25 and accepted at 25; bag weight not a price"),

("FR23_019", "Tom Okafor", "2026-11-12T19:41:00", "asr", """A: linkfast internet this is tom how can i help
C: hi i got a flyer saying fiber is in my area now how much is it
A: let me check your address yes fiber is available the gig plan is seventy five a month
C: seventy five hm i pay forty five now for the cable one
A: it's a lot faster though up to twenty times
C: honestly i'd switch if it were under sixty but seventy five no
A: i could do seventy for the first year
C: no that's still too much it's kind of disappointing after that flyer
A: i understand anything else i can help with
C: no thanks i'll just keep what i have
A: okay have a good night""", False, 0.0, "negative", "conditional (under sixty) never met; revised offer declined; disappointed"),

("FR23_020", "Grace Kim", "2026-11-13T11:36:00", "asr", """A: seabreeze resort reservations this is grace
C: hi we'd like to book three nights starting december twentieth two adults
A: i have a garden view king at two nineteen a night
C: that's fine let's book it
A: wonderful and would you like to upgrade to ocean view it's normally sixty a night extra
C: hmm sixty a night that adds up
A: for your dates i can do forty a night so one twenty total for the three nights
C: one twenty total for all three okay yes do the ocean view
A: done garden view upgraded to ocean view three nights arriving the twentieth
C: amazing my wife's going to love this thank you
A: you're welcome confirmation is on its way
C: great""", True, 120.00, "positive", "room booked; ocean-view upgrade revised from 60 to 40 a night, accepted as 120 total; pleased"),
]
