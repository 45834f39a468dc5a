CALLS = [
    ("FR78_001", "Priya Nair", "2026-11-02T08:41:00", "clean", """A: Good morning, Halden Motors service desk, this is Priya. How can I help?
C: Hi, my Corolla is due for its oil service, the dash light came on yesterday.
A: No problem. I have Saturday at 9 am or Monday at 7:30 am open. The full synthetic service is $89.
C: Saturday at 9 is perfect, book me in please.
A: Done. While it's in, the tech noted last time your cabin air filter was pretty dirty. Want us to swap it for $35?
C: Oh yeah, it does smell a bit musty in there. Add that on.
A: Great, so Saturday the 7th at 9 am, full synthetic service plus cabin filter, $124 before tax.
C: That's right. You guys are always easy to deal with, thanks.
A: See you Saturday!""", True, 35.00, "positive", "booking + cabin filter $35 accepted"),

    ("FR78_002", "Marcus Bell", "2026-11-02T10:15:00", "asr", """a: tread right tyres this is marcus
c: hi um i need a quote on four tyres for a twenty eighteen rav four
a: sure what size is on there now
c: it says two twenty five sixty five r seventeen on the sidewall
a: okay the michelin crossclimate in that size is one twenty nine each so about five sixteen for the set before fitting
c: hmm okay that's a bit more than i thought
a: i can hold a fitting slot for you tomorrow at two if you like
c: let me talk to my husband first he's the one who drives it mostly
a: no worries the quote's good for a week
c: okay thanks bye""", False, 0.00, "neutral", "deferral to spouse; size numbers not prices"),

    ("FR78_003", "Hannah Okafor", "2026-11-02T13:02:00", "clean", """A: Hello, this is Hannah from AutoShield Protection. I'm following up on the extended warranty notice we mailed you.
C: The notice that looks like a final demand from the DMV? That one?
A: It's just a reminder that your factory coverage is ending. Our Gold plan covers the powertrain and electrics for $64 a month.
C: I've had three of those letters this month. It's borderline deceptive, honestly.
A: I understand. Would you like me to go over the coverage?
C: No. I'd like you to take me off your list.
A: I can do that. Can I confirm the address is 18 Birchwood Lane?
C: Yes, that's the address. Remove it.
A: It's been removed. Sorry for the trouble.
C: Fine.""", False, 0.00, "negative", "yes confirms address for removal, not a purchase"),

    ("FR78_004", "Diego Ramirez", "2026-11-03T09:27:00", "asr", """a: roadready assist this is diego how can i help
c: hey yeah my car died in a parking lot last week and i realised i don't have any roadside cover so
a: ah sorry to hear that we can sort you out our essentials plan is nine ninety nine a month covers towing up to fifty miles jump starts lockouts and flat tyres
c: that sounds like exactly what i needed last week honestly
a: want me to set that up for you today
c: yes please
a: great and if you want your daughter covered on her car too it's four dollars a month to add a family member
c: oh that's smart she's always running her battery flat yeah add her
a: perfect so essentials at nine ninety nine plus one family member at four you're covered from midnight tonight
c: brilliant that's a real weight off thank you""", True, 4.00, "positive", "family member add-on $4 a month"),

    ("FR78_005", "Sofia Lindqvist", "2026-11-03T11:48:00", "clean", """A: Northway Car Rental, Sofia speaking.
C: Hi, I'd like to book a minivan at the airport, picking up the 19th and returning the 22nd.
A: Let me check. Yes, I have a Toyota Sienna for $71 a day, so $213 for the three days.
C: That works. We've got two little ones, do you do booster seats?
A: We do, $9 each for the rental.
C: Two of those then, please.
A: Okay, please confirm: Sienna minivan, airport pickup 10 am on the 19th, return the 22nd, two booster seats, $231 before taxes?
C: Yes, that's correct. Do I need to bring anything besides my licence?
A: Just the credit card in the driver's name. You're all booked, confirmation number NW-55817.
C: Great, that's a relief, thanks so much.""", True, 18.00, "positive", "2 booster seats x $9; read-back confirmed with question"),

    ("FR78_006", "Tom Whitaker", "2026-11-03T15:30:00", "asr", """a: gleam studio detailing tom speaking
c: hi i saw your videos on instagram of the ceramic coating on that black mustang
a: oh yeah that one came out well
c: it looked amazing like seriously i've got a black golf and i'd love it to look like that
a: for a hatchback the paint correction plus five year ceramic is eight forty
c: wow okay that's a chunk but honestly it looks worth it
a: i've got an opening next wednesday if you want to grab it
c: i'll think about it and call you back i need to see what's left after christmas
a: totally fair i'll text you the package details
c: amazing thank you you guys are so nice""", False, 0.00, "positive", "enthusiasm without commitment"),

    ("FR78_007", "Aisha Rahman", "2026-11-04T10:05:00", "clean", """A: PartsDirect, Aisha speaking. What can I get for you?
C: I need front brake pads for a 2016 Honda Civic EX.
A: I have the Akebono ceramic set, part number ACT1089, for $58.40.
C: Perfect, I'll take that. Ship it to 902 Kessler Road.
A: Sure. I'll run the card ending 4471 now... I'm sorry, it's come back declined.
C: What? I just used that card an hour ago.
A: Do you have another card you'd like to try?
C: No, I don't. Forget it. Your checkout has been a nightmare all week anyway.
A: I'm sorry about that. The order has not been placed.
C: Yeah, I got that.""", False, 0.00, "negative", "payment failed, nothing bought; part number and address not prices"),

    ("FR78_008", "Kevin Doyle", "2026-11-04T12:20:00", "asr", """a: lakeside kia this is kevin
c: hi i was looking at the ev nine on your website and i'd love to drive one
a: sure we've got a couple on the lot what days work for you
c: thursday after work maybe like four thirty
a: i can do four thirty thursday with the gt line in white should i book that
c: yes go ahead and book it
a: done you're in for thursday four thirty just bring your licence
c: awesome i've been waiting for months to try one really excited
a: see you thursday""", True, 0.00, "positive", "test drive booked"),

    ("FR78_009", "Mei Tanaka", "2026-11-04T16:44:00", "clean", """A: Riverside Ford service, Mei speaking.
C: Hi, I got a letter about a recall on my Escape. I just want to know if it's already been done.
A: Sure, can you read me the VIN?
C: It's 1FMCU9GD4KUA38122.
A: Thanks. Is this the 2019 Escape registered to Paul Gerrity?
C: Yes, that's me.
A: Good news, the recall work was done at your last visit in March.
C: Oh great, so I don't need to come in.
A: Correct. Anything else I can help with?
C: No, that's all. Thanks.""", False, 0.00, "neutral", "yes confirms identity; no booking"),

    ("FR78_010", "Luis Ortega", "2026-11-05T09:12:00", "asr", """a: metro auto trade in desk luis speaking
c: yeah hi i submitted my accord for an online valuation yesterday
a: okay i have it here twenty fifteen accord ninety one thousand miles we can offer eleven thousand two hundred
c: oh great that's lovely eleven two for a car with new tyres and a full service history
a: that's based on auction data for the mileage
c: right my neighbour got more for a rust bucket with a dent in the door but sure
a: if you bring it in we might be able to look again
c: no i think i'm done here thanks for nothing""", False, 0.00, "negative", "sarcasm; offer amount is not a purchase"),

    ("FR78_011", "Grace Mensah", "2026-11-05T11:35:00", "clean", """A: Brakeline Auto, Grace speaking.
C: Hi, you looked at my brakes yesterday and said you'd call with a price?
A: Yes, sorry. Rear pads and calipers on your Tacoma come to $420 parts and labour.
C: Okay. I figured it'd be around that. Go ahead.
A: Will do. The rotors are a bit scored. Resurfacing is normally $80, but since the wheels are already off I can do $60.
C: Sixty's fine, do it.
A: Great. We'll have it ready by 4 today.
C: Okay, I'll come by then.""", True, 60.00, "neutral", "revised add-on price $80 -> $60 accepted; main $420 excluded"),

    ("FR78_012", "Owen Price", "2026-11-05T14:10:00", "asr", """a: quickfit tyre and auto owen speaking
c: hi can i get a tyre rotation sometime this week
a: yep tomorrow at eleven or friday at three
c: friday at three please
a: okay friday three pm for the rotation that's thirty five while it's up on the lift do you want a four wheel alignment it's eighty nine ninety five
c: no thanks just the rotation
a: no problem you're booked friday at three
c: okay cheers""", True, 0.00, "neutral", "booking made, alignment declined"),

    ("FR78_013", "Fatima Zahir", "2026-11-06T08:55:00", "clean", """A: Coastline Rentals, Fatima speaking.
C: Hi, I need a compact car at the downtown branch from the 14th to the 16th.
A: I have a Nissan Versa at $48 a day. Shall I reserve it?
C: Yes, go ahead.
A: Okay, can I get the driver's name?
C: Hang on, my phone is buzzing... oh no, the airline just moved my flight to the 17th.
A: I can change the dates for you.
C: Actually, cancel that. I don't know what my plans are now. I'll call back when it's sorted.
A: Understood, nothing has been reserved.
C: Thanks, sorry about that.""", False, 0.00, "neutral", "agreed then retracted"),

    ("FR78_014", "Ben Carter", "2026-11-06T10:40:00", "asr", """a: good morning shieldline warranty renewals this is ben
c: hi my powertrain plan runs out at the end of the month and i want to keep it
a: sure let me pull that up yep the renewal for another two years is thirty nine a month same as now
c: great let's renew it
a: done while i have you we now offer tyre and wheel coverage covers curb damage and punctures it's twelve dollars a month
c: oh honestly i've wrecked two rims on potholes this year so yes add that
a: perfect renewal plus tyre and wheel starting on the first
c: thank you this was so much easier than i expected""", True, 12.00, "positive", "renewal + $12/mo add-on"),

    ("FR78_015", "Julia Novak", "2026-11-06T13:25:00", "clean", """A: RoadReady Assist, Julia speaking.
C: Hi, I want to cancel my roadside plan. $11.99 a month is too much for something I've used once.
A: I'm sorry to hear that. I can see you've been with us six years. I could drop it to $6.99 a month for the next year, same coverage.
C: Hm. $6.99? Is there a catch?
A: No catch. Same towing and lockout coverage, just the loyalty rate.
C: Okay, I'll stay on the discounted plan then.
A: Done, your next bill will be $6.99.
C: Okay. Thanks.""", True, 0.00, "neutral", "retention offer accepted; discount is not upsell"),

    ("FR78_016", "Sam Adeyemi", "2026-11-09T09:03:00", "asr", """a: clearview glass this is sam
c: hi a stone hit my windscreen on the motorway and there's a chip right in front of the passenger side
a: how big is it roughly
c: about the size of a five pence coin
a: that we can repair we can send a mobile tech to you it's covered by most insurers
c: oh brilliant can they come to my work
a: sure what's the address
c: fourteen twenty two maple drive the car park round the back
a: okay i have a tech free tomorrow at ten shall i book that
c: yes please tomorrow at ten is great
a: booked you'll get a text when he's on his way
c: fantastic really appreciate how quick that was""", True, 0.00, "positive", "mobile repair booked; address numbers not prices"),

    ("FR78_017", "Priya Nair", "2026-11-09T11:17:00", "clean", """A: Shine Bros Detailing, this is Priya.
C: Hi! I'm selling my Outback next week and want it looking its best. What do you have?
A: Our full interior and exterior package is $189 and takes about four hours.
C: Let's do that. Does Wednesday work?
A: Wednesday at 8 am works. Any pets in the car?
C: A golden retriever. There's hair everywhere.
A: Then I'd recommend pet hair removal, $40. And the headlights on older Outbacks get cloudy, restoration is $65.
C: Yes to both. Buyers always look at the headlights.
A: Great, full package plus pet hair and headlights, Wednesday 8 am.
C: Perfect, you've made this really easy. Thank you!""", True, 105.00, "positive", "$40 + $65 add-ons"),

    ("FR78_018", "Marcus Bell", "2026-11-09T14:50:00", "asr", """a: parts counter marcus
c: hi do you have wiper blades for a twenty twenty mazda three
a: yep bosch icons twenty four and eighteen inch thirty eight for the pair
c: okay i'll take the pair
a: sure anything else
c: yeah actually the little valve caps keep going missing do you sell those
a: we've got the chrome ones three fifty each
c: give me four of those
a: so wipers at thirty eight and four valve caps at three fifty each fourteen dollars total for the caps
c: yep that's it
a: ready for pickup in ten minutes""", True, 14.00, "neutral", "4 valve caps x 3.50 = 14; blade sizes not prices"),

    ("FR78_019", "Hannah Okafor", "2026-11-10T10:22:00", "clean", """A: Halden Motors customer care, Hannah speaking.
C: I picked up my car from your service department on Friday. There's a scratch along the rear door that wasn't there before.
A: I'm very sorry. Do you have any photos from before the visit?
C: I have the photos your own check-in team took. It's not in them.
A: Let me look... I can see them. I'll raise it with the service manager.
C: I was told that last time too.
A: I can offer you a free exterior detail while we assess the scratch.
C: I don't want a detail. I want the door fixed.
A: Understood, the manager will call you by Wednesday.
C: Fine. Whatever.""", False, 0.00, "negative", "quiet anger, free offer refused"),

    ("FR78_020", "Diego Ramirez", "2026-11-10T15:05:00", "asr", """a: summit toyota sales diego speaking
c: hi i wanted to test drive the rav four hybrid but only in the blueprint colour
a: let me check right now we've only got the hybrid in white and grey the blue ones are about six weeks out
c: hmm i'd book a drive if you had it in blue i really don't want to drive one colour and buy another
a: i can put you on a list to call when one comes in
c: sure put me on the list my number's the same one i'm calling from
a: will do
c: okay thanks""", False, 0.00, "neutral", "conditional; callback list is not a purchase"),
]
