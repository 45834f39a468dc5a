CALLS = [
("FR61_061", "Sofia Petrov", "2026-11-20T15:44:18", "clean",
"""A: Skyward Airlines reservations, this is Sofia.
C: Hi, I need a round trip to Chicago, leaving December 18th, back the 27th. One adult.
A: I have a nonstop at 8:05 am on the 18th and a 4:30 pm return on the 27th, $412 round trip in main cabin.
C: That's more than the website showed yesterday.
A: Holiday fares have been moving a lot, I'm sorry. That's the lowest available now.
C: Of course it is. Fine, book it.
A: Okay. The basic seat assignments are middle seats. Extra-legroom seats are $45 each way.
C: So another ninety bucks to not have my knees in my chest. Yes, give me the legroom seats both ways.
A: Done: the 8:05 on the 18th and the 4:30 on the 27th, with extra-legroom seats both ways.
C: Every airline nickels and dimes you now. It's ridiculous, but whatever.""",
True, 90.0, "negative", "'Fine, book it'; legroom $45 each way both ways = 90; 'It's ridiculous, but whatever'"),

("FR61_062", "Caleb Nguyen", "2026-11-23T08:46:51", "clean",
"""A: Allbright Roofing, Caleb speaking.
C: Hi, we had a big storm last week, and I'd like someone to check the roof before winter.
A: Sure. A full roof inspection is $175, and the inspector writes up anything they find with photos.
C: Okay. When can you come?
A: Thursday morning at 9, or Friday at 1.
C: Thursday at 9.
A: Got it. While they're up there, we can also clean out the gutters for $150. With the leaves this time of year, a lot of people do both.
C: Yeah, fine, they're probably full. Add the gutters.
A: Okay, Thursday at 9: roof inspection and gutter cleaning.
C: Okay. Will they need me there?
A: Only at the start, to sign the work order.
C: Alright, thanks.""",
True, 150.0, "neutral", "books inspection 'Thursday at 9'; 'Add the gutters' $150; flat"),

("FR61_063", "Harriet Cole", "2026-11-23T13:21:09", "clean",
"""A: Bellweather Home, Harriet speaking.
C: Hi, I'd like to order the Verona espresso machine, the silver one.
A: Great choice. It's $449, and it's in stock. We also offer a two-year protection plan. It's normally $59, but with this machine this month it's $39.
C: For thirty-nine, sure, I'll take the protection plan.
A: And do you have descaling solution? The machine needs it every couple of months. It's $9.99 a bottle.
C: Oh, I didn't know that. Give me three bottles.
A: Three bottles at $9.99 each. So the Verona in silver, the protection plan at $39, and three descaling bottles. Delivery Friday. Is that all correct?
C: All correct. I've been saving up for this machine for months, I'm so excited.
A: You'll love it.
C: Thank you, you've been super helpful.""",
True, 68.97, "positive", "machine main; protection revised $59->$39 accepted + three bottles at $9.99 = 29.97 -> 68.97; 'so excited'"),

("FR61_064", "Ibrahim Saleh", "2026-11-24T10:59:34", "asr",
"""A: northline mobile this is ibrahim thank you for holding
C: yeah forty minutes i've been holding forty minutes
A: i'm sorry about the wait how can i help
C: there's a charge on my bill for something called premium voicemail nine ninety nine i never ordered that
A: let me check okay it was added on october second
C: well i didn't add it
A: i've removed it and i'm crediting the two months back so that's nineteen ninety eight
C: and how did it get on there in the first place
A: i can't see who added it i'm sorry
C: great so it could happen again
A: i've put a block on add ons without a pin
C: whatever i'm just tired of checking every line of my bill with you guys""",
False, 0.0, "negative", "unwanted charge removed, credit is a refund; 'forty minutes', 'tired of checking every line'"),

("FR61_065", "Maya Okafor", "2026-11-24T16:08:27", "clean",
"""A: Northline Mobile, this is Maya.
C: Hi. My plan went up by $10 this month without anyone asking me. What's going on?
A: I'm sorry. Legacy plans had a price adjustment this month; there was a notice on the October bill.
C: A notice on the bill. Nobody reads those.
A: I understand. What I can do is move you to the 50-gig plan: it's $50, which is what you were paying before the increase, and you'd get more data.
C: So the same price I was paying before, for more data? Why didn't anyone just offer that?
A: I'm sorry it came to this. The 50-gig plan also lets you add the streaming bundle for $8 a month.
C: Go ahead and switch me to the 50-gig plan. And add the streaming thing, the kids keep asking for it.
A: Done. Both start today.
C: I'm only doing this because you jacked up my old plan. It shouldn't take a phone call to get treated fairly.""",
True, 8.0, "negative", "plan change 'switch me to the 50-gig plan' + streaming $8 a month; 'jacked up my old plan... treated fairly'"),

("FR61_066", "Derek Lindqvist", "2026-11-25T11:33:45", "clean",
"""A: Harbor View Inn, Derek speaking.
C: Hi, I'm organizing a trip for my book club. We need three rooms for the nights of December 11th and 12th.
A: Lovely. I have three double-queen rooms at $159 a night each.
C: That works.
A: Will you be flying in? We have an airport shuttle at $25 per person each way.
C: We are, all six of us, but just from the airport, we have a ride back. So six people one way.
A: Six at $25 each. So please confirm: three double-queen rooms, December 11th and 12th, plus the airport shuttle for six on the 11th.
C: That's right! What time does the shuttle leave the airport?
A: Every hour on the half hour. You're all booked.
C: Fantastic, everyone's going to be thrilled. Thank you so much!""",
True, 150.0, "positive", "confirms read-back 'That's right!' with a question; shuttle six at $25 = 150; 'Fantastic... thrilled'"),

("FR61_067", "Priya Raman", "2026-11-25T19:26:12", "asr",
"""A: tony's pizza this is priya
C: yeah i ordered delivery over an hour and a half ago and it just showed up and it's ice cold
A: oh no i'm so sorry can i get the phone number on the order
C: five five five zero one nine three
A: okay i see it we were really short on drivers tonight
C: that's not my problem i paid for hot food
A: you're right i can send a new order out right away or refund the whole thing
C: i'm not waiting another hour and a half just refund it
A: okay the full refund of forty two sixteen is done
C: yeah whatever i'm not ordering from you again""",
False, 0.0, "negative", "refund instead of reorder, no purchase; 'i'm not ordering from you again'"),

("FR61_068", "Tomas Herrera", "2026-11-26T14:51:03", "clean",
"""A: Hi, is this Angela? This is Tomas from Ridgeway Auto Service, calling about your Camry.
C: Yes, hi. Is it ready?
A: The oil change and tire rotation are done. But when we had the wheels off, we saw the front brake pads are down to 2 millimeters.
C: Is that bad?
A: It's at the point where we'd recommend replacing them soon. Front pads and resurfacing the rotors would be $220.
C: Wow, that's steep.
A: I understand. We can do it today, and the car would be ready by 5.
C: Okay. I'd rather not drive around with bad brakes. Go ahead and do the brakes.
A: Will do. We'll call you when it's ready.
C: Okay, thanks.""",
True, 220.0, "neutral", "extra brake job on top of service 'Go ahead and do the brakes' $220; 'steep' but flat ending"),

("FR61_069", "Janelle Brooks", "2026-11-27T10:14:59", "clean",
"""A: StreamLink sales, this is Janelle.
C: Hi. I just moved and I need internet. The 500-megabit plan at $60.
A: Sure. Let me check the address. Okay, 500 is available. The earliest installation date is December 8th.
C: The 8th? That's ten days. I work from home.
A: I'm sorry, that's the earliest we have. We can also add a mesh Wi-Fi extender for $5 a month.
C: I don't care about an extender, I care about having internet before the 8th.
A: I understand. I can put you on the list for earlier cancellations.
C: That's pretty poor, honestly. But I don't have another option here. Book it.
A: Okay, the 500-megabit plan, installation December 8th between 8 and 12.
C: Fine.""",
True, 0.0, "negative", "'Book it' sign-up + install; extender declined; 'That's pretty poor, honestly'"),

("FR61_070", "Kenji Watanabe", "2026-11-27T15:37:21", "asr",
"""A: cedar mutual this is kenji
C: hi i need to cancel my renters insurance i'm moving to oregon at the end of the month
A: okay i'm sorry to see you go we actually do write policies in oregon if you want to transfer
C: no i'm going to be living with my sister so i won't need renters at all
A: understood what date would you like it to end
C: um the thirtieth
A: okay i've set the cancellation for november thirtieth and you'll get a refund of the unused premium about eleven dollars
C: okay
A: anything else i can help with
C: nope that's it thanks""",
False, 0.0, "neutral", "cancellation, transfer declined; flat thanks"),

("FR61_071", "Rosa Delgado", "2026-11-02T11:58:36", "clean",
"""A: Hearth & Grain, Rosa speaking.
C: Hi, I'm trying to order the limited-edition ceramic lamp from the artist series. The website won't let me add it to my cart.
A: Let me check. I'm sorry, the artist series lamp sold out yesterday afternoon. It was a run of 200.
C: Figures. I was on the page the second it launched and it kept crashing.
A: I'm sorry about that. We did have a lot of traffic.
C: Is there going to be a second run?
A: The artist hasn't confirmed one. I can put your name on the notification list.
C: Sure, put me on it. Not that it'll do anything.
A: I've added you.
C: Great. Your website's a mess, by the way.""",
False, 0.0, "negative", "sold out, only a notification list; 'Figures', 'Your website's a mess'"),

("FR61_072", "Owen Fitzgerald", "2026-11-03T12:45:10", "clean",
"""A: Hi, this is Owen from Tri-County Power. I'm calling about our smart thermostat program, since you qualified based on your usage.
C: Oh, okay. What's the deal?
A: The thermostat is normally $199, and with the rebate it's $49. You also get a $25 bill credit each summer for letting us nudge it a couple of degrees on peak days.
C: Huh. That's actually pretty good.
A: It is. Want me to sign you up?
C: Yes, sign me up.
A: Great. Would you like professional installation? It's $75, or you can install it yourself.
C: I'll pay the seventy-five, I don't trust myself with the wiring.
A: Smart move. The installer will call you to schedule within the week.
C: Perfect. Thanks for calling, this is the first time a utility has called me with good news.""",
True, 75.0, "positive", "'Yes, sign me up'; 'I'll pay the seventy-five' installation; 'first time... good news'"),

("FR61_073", "Aisha Mbeki", "2026-11-04T10:05:43", "clean",
"""A: Lakeview Family Clinic billing, this is Aisha.
C: Hi. I got a bill for $310 for my daughter's visit in September. I called before the appointment and was told it was covered.
A: Let me check. The visit included an allergy panel, and your insurer denied that part as not medically necessary.
C: Nobody told me there'd be a lab test that wasn't covered.
A: I understand. You can appeal with the insurer, and I can send you the codes you'd need.
C: So I have to do the work because your front desk gave me the wrong information.
A: I'm sorry. I can put the bill on hold for 60 days while you appeal, so it won't go to collections.
C: Fine, do that. I'm really not happy with how this has been handled.
A: I've put the hold on, and I'll email the codes today.
C: Okay.""",
False, 0.0, "negative", "billing dispute, no purchase; 'really not happy with how this has been handled'"),

("FR61_074", "Grant Sullivan", "2026-11-05T15:19:28", "clean",
"""A: Thanks for calling Reelbox, this is Grant.
C: Hi, I want to cancel.
A: Sorry to hear that. Can I offer you three months free to stay?
C: Three months free? Okay, sure, I'll take that.
A: Great, I'll apply that now, and after that it goes back to $15.99.
C: Wait, so it'll start charging me again in February automatically?
A: That's right, unless you cancel before then.
C: Actually, no, just cancel it. I know myself, I'll forget, and then I'm paying again.
A: Understood, I've canceled it. You'll have access until the end of this billing period.
C: Okay, thanks.""",
False, 0.0, "neutral", "accepted save offer then retracted 'Actually, no, just cancel it'; neutral"),

("FR61_075", "Lena Hoffmann", "2026-11-06T16:32:15", "asr",
"""A: metro arena box office this is lena
C: hi i want tickets for the dinosaur show on the fourteenth the saturday morning one
A: sure how many
C: um two adults three kids
A: adults are thirty and kids are eighteen and there's a meet the dinosaurs backstage add on for kids it's twenty dollars per child
C: oh my gosh they'd lose their minds yeah add that for all three kids
A: ha okay let me confirm two adult tickets three child tickets saturday the fourteenth at ten plus the backstage add on for three kids
C: yep that's right
A: great you're all booked the tickets are in your email
C: amazing thank you so much they're going to be so happy""",
True, 60.0, "positive", "confirms read-back 'yep that's right'; backstage twenty dollars per child x three = 60; 'amazing'"),

("FR61_076", "Marcus Bell", "2026-11-09T08:27:50", "clean",
"""A: Crestview Bank fraud department, this is Marcus.
C: Hi, I have three charges on my credit card from an electronics store in Miami. I'm in Ohio. I've never been to Miami.
A: I'm sorry. Let me verify your identity first. Can you give me your date of birth and the last four of your Social?
C: February 2nd, 1966, and 0831.
A: Thank you. I see the three charges, $899, $412 and $1,260. I've marked them as fraud and closed the card. You won't be responsible for them.
C: This is the second time this year. The last card got compromised in April.
A: I understand. Your new card will arrive in five to seven days with a new number.
C: Five to seven days without a credit card. Great.
A: I can send it expedited at no cost, it'll be there in two.
C: Okay. I just hope it's actually fixed this time, because I'm losing faith in you guys.""",
False, 0.0, "negative", "fraud handling, no purchase; 'losing faith in you guys'"),

("FR61_077", "Sofia Petrov", "2026-11-10T09:12:43", "clean",
"""A: Skyward Car Rental, this is Sofia.
C: Hi, I need a car in Phoenix from December 14th to the 19th. Just a basic compact.
A: Sure. A compact for five days is $187 with taxes. Pickup at the airport?
C: Yes, at the airport.
A: I also have midsize SUVs available, which is $20 a day more, so $100 more for the five days.
C: Hm. We'll have golf clubs. Okay, do the SUV.
A: Okay, so a midsize SUV, December 14th to 19th, Phoenix airport. Anything else? Additional driver is $12 a day.
C: No, I'll do all the driving.
A: You're booked. Confirmation is on its way.
C: Okay, thanks.""",
True, 100.0, "neutral", "books rental; SUV upgrade '$20 a day... $100 more for the five days' 'do the SUV' = 100; driver declined"),

("FR61_078", "Caleb Nguyen", "2026-11-11T12:36:24", "asr",
"""A: allbright appliance repair this is caleb
C: hi um my dishwasher is showing an e fifteen error and it won't run
A: okay is it a bosch
C: yeah it is
A: okay e fifteen usually means there's water in the base tray can you unplug it and tilt it back a little toward you
C: uh hang on okay i'm tilting it
A: you might hear water sloshing let it drain for a minute then plug it back in
C: okay plugged in it's um it's starting
C: oh my gosh it's working
A: nice if it comes back we can send someone out but that usually fixes it
C: you just saved me a service call thank you so much seriously""",
False, 0.0, "positive", "fixed by phone, no visit booked; 'thank you so much seriously'"),

("FR61_079", "Harriet Cole", "2026-11-12T11:03:57", "clean",
"""A: Bloom & Bough flowers, this is Harriet.
C: Hi, I'd like to send flowers to my grandmother in Dayton for her 90th birthday on Friday.
A: How lovely. Our Sunrise arrangement is $65 and would be perfect. Would you like to add a glass vase for $20 and a box of chocolates for $15?
C: Oh, both, yes. She loves chocolate.
A: Wonderful. Can I have the card for payment?
C: Visa, 4111 2233 4455 6677, expiring 11/27.
A: I'm sorry, that one was declined.
C: Oh no. Let me try my other card. Amex, 3782 822463 10005, expiring 04/29.
A: That went through. So the Sunrise arrangement with the vase and chocolates, delivered Friday to Dayton.
C: Thank you so much, she's going to be so happy. You've been lovely.""",
True, 35.0, "positive", "first card declined, second goes through; vase $20 + chocolates $15 = 35; 'You've been lovely'"),

("FR61_080", "Ibrahim Saleh", "2026-11-13T16:17:40", "clean",
"""A: Northline Mobile repair center, this is Ibrahim.
C: Hi. I sent my phone in for a screen repair on October 20th. I got it back yesterday and the touch screen doesn't work on the left side.
A: I'm sorry. Can I have the repair ticket number?
C: RP-55019.
A: I see it. It looks like the display was replaced, but we didn't flag any touch issue during testing.
C: Well, it's there. I can't type the letter A.
A: I can open a warranty claim on the repair and send a new shipping box.
C: So another three weeks without a phone.
A: I'll mark it priority. It should be about a week.
C: A week. You've had my phone for most of a month already and it's still broken. I'm done with this.""",
False, 0.0, "negative", "repair rework on warranty, no purchase; 'still broken. I'm done with this'"),
]
