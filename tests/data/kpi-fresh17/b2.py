CALLS = [
("FR17_021", "Lena Fischer", "2026-11-14T09:05:00", "asr", """A: oakwood furniture this is lena
C: hi i'm looking at the walnut platform bed on your site the queen
A: yes the ashford that one's eight ninety nine right now
C: okay i'm gonna go ahead and order it
A: wonderful would you like the matching nightstands they're two forty each
C: hmm how tall are they
A: twenty six inches with one drawer
C: okay just one nightstand my side of the room is too small for a second
A: no problem one nightstand added
C: great uh and delivery to apartment four b
A: got it four b delivery next tuesday
C: awesome you've been super helpful i'm really excited about this bed""", True, 240.0, "positive", "bed ordered; nightstands $240 each, customer takes one = $240; apartment 4B not a price"),

("FR17_022", "Jamal Brooks", "2026-11-14T12:30:00", "clean", """A: Hi, this is Jamal from Vertex Telecom. Am I speaking with Ms. Reyes?
C: Yes, who is this?
A: I'm calling because your address now qualifies for fiber. For just $30 more a month you'd get 500 megs plus our TV bundle.
C: I have internet. It works.
A: I understand, but fiber is up to ten times faster than your current line.
C: I said I'm not interested. This is the third call this week.
A: I'm sorry about that. Could I email you the details?
C: No. Please take me off your list.
A: I'll put you on the do-not-call list right away.
C: Thank you.""", False, 0.0, "negative", "outbound offer refused; annoyed about repeated calls; final thanks is routine"),

("FR17_023", "Sofia Rossi", "2026-11-15T10:45:00", "asr", """A: palm shores resort guest services this is sofia
C: hi we have a reservation for the third under kowalski and i wanted to ask about getting from the airport
A: of course i see you here arriving december third we have a private transfer sixty five each way or one ten round trip
C: how long is the drive
A: about forty minutes
C: okay and is the car big enough for four people and like five suitcases
A: yes it's a van
C: okay the round trip one then
A: great i've added the round trip transfer for one ten the driver will meet you at arrivals
C: okay thanks""", True, 110.0, "neutral", "add-on to an earlier booking: round-trip transfer $110 chosen from options; counts as upsell and conversion (see README)"),

("FR17_024", "Ken Watanabe", "2026-11-15T17:10:00", "clean", """A: Hi, it's Ken from Riverside Mazda following up on your test drive Saturday. Any thoughts on the CX-5?
C: Hi Ken. We liked it. The price is the issue.
A: I understand. What number were you hoping for?
C: I'd buy it today if you could get to $28,000 out the door.
A: Let me see. ... The best my manager can do is $29,500, and I can throw in all-weather mats.
C: That's still too far. I appreciate your time, but honestly that's disappointing.
A: I understand. Is there anything else that would make it work?
C: The Toyota dealer across town was much more flexible, so we'll probably go with the RAV4.
A: Sorry to hear that. My number's on the card if anything changes.
C: Okay, thanks.""", False, 0.0, "negative", "conditional offer not met; no purchase; disappointed, praises competitor"),

("FR17_025", "Hannah Olsen", "2026-11-16T11:20:00", "asr", """A: bloom hair studio hannah speaking
C: hi i want to book a cut and color with jess
A: jess has thursday at one or friday at ten
C: friday at ten
A: perfect you're booked would you like to add an olaplex treatment it's twenty more
C: hmm what does it do exactly
A: it repairs the bonds in your hair so the color doesn't dry it out
C: oh okay yeah do that my ends are so fried
A: added
C: oh and how much is a brow wax
A: fifteen
C: okay maybe next time
A: sure you're all set for friday at ten with jess and the olaplex
C: yay thank you i'm so excited""", True, 20.0, "positive", "cut and color booked; olaplex $20 accepted after question; brow wax price only asked, not bought"),

("FR17_026", "Luis Ortega", "2026-11-16T14:00:00", "clean", """A: Copper Kettle Catering, Luis speaking.
C: Hi Luis, it's Anna Whitfield. I want to book the rehearsal dinner for the Friday before the wedding, 30 guests.
A: Wonderful. The plated dinner is $45 per guest. Shall I lock that in?
C: Yes, lock it in.
A: Done. Would you like wine pairing? It's normally $15 per guest, so $450, but for your group I can do $375.
C: Hmm. What wines?
A: A Sonoma chardonnay and a pinot noir, two pours each.
C: At 375 you've got a deal.
A: Fantastic, it's added.
C: You've made this so easy, thank you, Luis.""", True, 375.0, "positive", "dinner booked; wine pairing revised from $450 to $375, accepted at revised price"),

("FR17_027", "Grace Kim", "2026-11-17T09:30:00", "asr", """A: good dog academy this is grace
C: hi um i have a six month old lab who pulls like crazy and i was wondering about classes
A: sure our group class is six weeks for one ninety or private lessons are eighty five a session
C: how many private sessions do people usually need
A: usually three or four
C: oh that adds up fast
A: the group class is a great value and there's a spot in the saturday class
C: yeah i think i'll think about it and maybe call back next week
A: sounds good want me to email you the schedule
C: sure that's fine my email's on the form
A: will do
C: okay bye""", False, 0.0, "neutral", "prices asked only; 'think about it'; six month old and six weeks not prices"),

("FR17_028", "Tom Becker", "2026-11-17T15:45:00", "clean", """A: Little Moments Photography, this is Tom.
C: Hi, I'd like to book a family session. Two adults, three kids, and a very wiggly dog.
A: Ha, we love wiggly dogs. The outdoor session is $250. I have Sunday the 29th at 4 pm, golden hour.
C: Let's do the 29th.
A: Booked. Would you like to pre-order prints? The 8x10s are $20 each.
C: We'll take three of the 8x10s, for the grandparents.
A: Great. And a 16x20 canvas is $150.
C: Maybe after we see the photos.
A: Of course. See you on the 29th.
C: Okay, see you then.""", True, 60.0, "neutral", "session booked; three 8x10 prints at $20 each = $60; canvas deferred; counts of people not prices"),

("FR17_029", "Aisha Mensah", "2026-11-18T10:00:00", "asr", """A: blue river movers this is aisha
C: hi we got your quote for the move on the sixth and we're ready to go
A: great shall i lock in the date
C: yes lock it in
A: done the sixth starting at eight do you want full value protection it's ninety nine
C: uh yeah i think we need that we have a lot of glass stuff
A: added and we sell wardrobe boxes twelve each so you can move clothes on the hanger
C: how many do people usually get
A: about one per closet
C: we have four closets so i'll need four of those
A: okay four wardrobe boxes we'll bring them on the day
C: cool thanks""", True, 147.0, "neutral", "move booked; protection $99 + four wardrobe boxes at $12 = $48 -> $147"),

("FR17_030", "Ryan Cole", "2026-11-18T13:25:00", "clean", """A: ProFix Appliance Repair, Ryan speaking.
C: My fridge stopped cooling last night. I need someone out today or tomorrow.
A: I'm sorry to hear that. Let me check the schedule. ... The earliest I have is next Wednesday.
C: Next Wednesday? That's a week. Everything in it is going to spoil.
A: I understand. I can put you on the cancellation list in case something opens up.
C: No, I can't go a week without a fridge. I'll call someone else.
A: I'm really sorry we couldn't help sooner.
C: Yeah, me too. Bye.""", False, 0.0, "negative", "no availability; no booking or alternative taken; frustrated"),

("FR17_031", "Nina Petrova", "2026-11-19T16:15:00", "asr", """A: hi this is nina with metrowave internet
C: yeah i'm finally signing up i've been waiting three weeks for your guys to say my building is wired
A: sorry about the wait it's ready now the three hundred meg plan is fifty a month want me to set that up
C: yeah set it up
A: okay and for another five a month you can rent our mesh extender for the back rooms
C: sure why not the bedroom signal is garbage anyway
A: added and we have tv packages from twenty a month
C: no no tv
A: the earliest install is the fourteenth between eight and noon
C: the fourteenth seriously another two weeks this is honestly the worst signup process i've ever dealt with""", True, 5.0, "negative", "internet signed up; extender $5/month accepted; tv declined; ends angry about install wait"),

("FR17_032", "Ben Adler", "2026-11-19T18:40:00", "clean", """A: Willow Spa, this is Ben.
C: Hi, I'd like to buy a gift card for my mom, $100.
A: Lovely. I can email it or mail a physical card. Which would you prefer?
C: Mailed, please. She likes opening things.
A: We have a gift box option that includes a box of artisan chocolates for $12.
C: Aw, yes, she'd love that.
A: Added. So the $100 gift card plus the chocolate box, mailed to the address on file.
C: Perfect. You guys are the best, she's going to be so happy.""", True, 12.0, "positive", "gift card bought (main, $100); chocolates $12 accepted"),

("FR17_033", "Maya Torres", "2026-11-20T08:15:00", "asr", """A: thank you for calling trailhead car rental this is maya
C: hi i need a car in flagstaff from the ninth to the fourteenth
A: i have a midsize suv at fifty four a day does that work
C: yeah go ahead and book it
A: booked would you like gps for twelve a day
C: no i have it on my phone
A: and our collision coverage is twenty one a day
C: no my credit card covers that
A: okay you're all set confirmation is t r four four one
C: okay thank you""", True, 0.0, "neutral", "rental booked; gps and coverage both declined"),

("FR17_034", "Devin Clarke", "2026-11-20T14:50:00", "clean", """A: Formly support, Devin speaking.
C: Hi, I'd like to cancel our Business subscription, account ending 4471.
A: I can help with that. May I ask why?
C: The product just never really worked for our workflow. The integrations kept breaking.
A: I'm sorry. I can offer three months at half price while our team looks at the integrations.
C: I appreciate it, but no. We've already moved to another tool.
A: Understood. I've cancelled it effective the end of this billing cycle.
C: Okay. Thanks.""", False, 0.0, "negative", "cancellation; save offer declined; polite but negative about product"),

("FR17_035", "Priya Nair", "2026-11-21T10:30:00", "asr", """A: sugar and crumb bakery this is priya
C: hi i want to order a birthday cake for saturday the chocolate one for like twenty people
A: sure the large chocolate ganache is sixty dollars shall i put that in
C: yes please
A: okay and for another fifteen we can do a custom topper with a name or a number
C: ooh and can you also write happy fortieth on the cake itself
A: yes writing on the cake is free
C: okay do the topper too a big four oh
A: lovely cake plus topper ready saturday at ten
C: amazing thank you so much this is gonna be perfect""", True, 15.0, "positive", "cake ordered; topper 'for another fifteen' accepted; fortieth and twenty people not prices"),

("FR17_036", "Omar Haddad", "2026-11-21T16:05:00", "clean", """A: Grand Meridian Hotel, Omar speaking.
C: Hi. I checked out yesterday and I was charged $48 for the minibar. I didn't touch the minibar.
A: I'm sorry about that. Let me look. ... I see the charge. The sensor logged two items.
C: We put our own water bottles in there. That's it.
A: That would trigger it. I've reversed the $48; you'll see it in 3 to 5 business days.
C: Oh, great. I was expecting a fight.
A: No fight at all. Anything else I can help with?
C: No. Thank you so much, that was way easier than I expected.""", False, 0.0, "positive", "refund only, no purchase; pleased at end"),

("FR17_037", "Lena Fischer", "2026-11-22T12:20:00", "asr", """A: thanks for calling brightline mobile this is lena
C: hi i want to add a line for my daughter she's turning thirteen
A: sure a new line is twenty five a month want me to add it
C: yeah add it
A: okay and we can add the hotspot feature for ten more a month
C: no she doesn't need that
A: okay and there's a one time activation fee of thirty five
C: wait what nobody mentioned an activation fee
A: it's standard on new lines
C: oh then forget it cancel the whole thing i'll just put her on prepaid that's kind of sneaky
A: okay i've cancelled the new line
C: yeah thanks""", False, 0.0, "negative", "line added then whole order cancelled over fee; hotspot declined; thirteen not a price"),

("FR17_038", "Jamal Brooks", "2026-11-22T15:35:00", "clean", """A: Wag & Wander dog walking, Jamal here.
C: Hi! I'm starting a new job and need someone to walk Biscuit three days a week.
A: We can do Monday, Wednesday, Friday at noon. It's $20 per walk.
C: That's perfect. Sign me up starting Monday.
A: You're set. We also do weekend visits for $25 each if you're ever away.
C: Let me see how the weekday ones go first.
A: Makes sense. Our walker Kim will come by Sunday for a meet and greet, free of charge.
C: Oh, that's lovely. Thank you, I feel so much better about the new job now.""", True, 0.0, "positive", "walks signed up; weekend visits declined; free meet-and-greet is not a purchase"),

("FR17_039", "Sofia Rossi", "2026-11-23T11:10:00", "asr", """A: appliance depot this is sofia
C: hi i want to order the samsung french door fridge the stainless one
A: sure that's twenty one ninety nine do you want me to place the order
C: yes place it
A: done would you like us to install the ice maker water line it's seventy nine
C: yeah we'll need that
A: added and we have a water filter subscription
C: how much is that
A: twelve every six months
C: um no
C: actually wait can you hold off on the water line install my husband says he can do it himself
A: sure i've removed the install
C: okay thanks""", True, 0.0, "neutral", "fridge ordered; water line install accepted then retracted; filter declined"),

("FR17_040", "Ken Watanabe", "2026-11-23T19:15:00", "clean", """A: SnapHappy Booths, Ken speaking.
C: Hi, I'm planning a company holiday party on December 12th and want a photo booth.
A: Great. Our standard package is $450 for three hours with unlimited prints. Want to book it?
C: Yes, book it for the 12th, 7 to 10 pm.
A: Done. We have two add-ons: a guestbook album for $75, and an extra hour for $100.
C: The extra hour, yes. The album, I'll pass.
A: Okay, so 7 to 11 with the extra hour.
C: Right. Send the invoice to accounts@brightwell.com.
A: Will do.
C: Thanks.""", True, 100.0, "neutral", "booth booked; extra hour $100 accepted, album declined in same turn"),
]
