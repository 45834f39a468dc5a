CALLS = [
("FR19_001", "Priya Raman", "2026-11-02T09:14:00", "asr", """A: hi this is priya from ledgerline calling about your annual renewal for the eight seats on your account
C: oh right yeah uh that's coming up isn't it
A: it is on the twentieth the renewal stays at the same rate so nothing changes unless you want it to
C: okay um we actually hired two people last month so we'd need them on it too
A: sure additional seats are forty nine dollars a month each
C: mhm so two of those
A: that's right two extra seats would be ninety eight a month on top of what you pay now
C: fine yeah go ahead renew the eight and add the two
A: done you'll get invites for the new users by email today
C: okay thanks""", True, 98.0, "neutral", "renewal committed; two extra seats at $49/month each accepted = 98; routine tone"),

("FR19_002", "Marcus Bell", "2026-11-02T10:05:00", "clean", """A: Hi, is this Gina at Casa Verde? This is Marcus with Northpoint Business Voice.
C: Speaking. If this is about the phone lines, we switched in September.
A: I saw that, and I wanted to see if I could win you back. We've got a three-line package at $74.99 a month now.
C: We pay less than that with Brightwire, and their tech actually showed up on the day he said he would.
A: I'm sorry to hear about the install delay last spring.
C: Four days without a phone during patio season. That's not something you forget.
A: Completely understand. What if I waived installation and gave you the first two months free?
C: I appreciate the effort, but no. We're happy where we are.
A: Understood. Can I at least check back in the spring?
C: You can call, but I wouldn't hold your breath.""", False, 0.0, "negative", "win-back refused; resentful about past outage, praises competitor"),

("FR19_003", "Dana Kowalski", "2026-11-03T11:30:00", "asr", """A: thanks for calling hollis appliance this is dana
C: hi yeah i was looking at the um the front loader the kw four fifty on your website
A: the kw four fifty yes that's on sale at eight hundred twenty nine right now
C: okay great that's actually why i'm calling i'd like to order it
A: lovely delivery is free within the county and we can install and haul the old one away for seventy nine
C: oh yes please do that i do not want to wrestle the old one down the stairs
A: and would you like the five year protection plan it's one forty nine
C: uh no i think i'll skip that
A: no problem so the washer at eight twenty nine plus installation seventy nine delivered thursday between eight and noon does that sound right
C: yes that's perfect honestly you've made this so easy
A: wonderful you're all set""", True, 79.0, "positive", "washer ordered; installation $79 accepted, protection plan declined; model number not a price"),

("FR19_004", "Luis Ortega", "2026-11-03T14:20:00", "asr", """A: hi this is luis with sparkline commercial cleaning i'm following up on the quote we sent for your office
C: oh hi um yes i saw it
A: great so that was three nights a week for six hundred forty a month and we could start on the first
C: mhm it looked reasonable
A: would you like me to lock in that start date
C: i mean i'm the office manager but dr patel signs off on anything over five hundred so i have to run it by her
A: of course when would be a good time for me to call back
C: uh she's in on thursday try friday morning
A: friday morning it is
C: okay sounds good talk then""", False, 0.0, "neutral", "deferral to the dentist who signs off; yes to callback is not a purchase"),

("FR19_005", "Hannah Cho", "2026-11-04T09:45:00", "clean", """A: Oakline Furniture, this is Hannah.
C: Hi, I'm calling about order... well, I haven't ordered yet. I want the Hadley sofa in slate gray.
A: Great choice. The Hadley is $1,349 in slate. Delivery to your area is $120.
C: Ugh, okay. That's the delivery fee, nothing to be done there?
A: Afraid not for that zone. We do have matching throw cushions, $35 each, and a fabric protection treatment for $89.
C: Skip the treatment, I have a dog, it'd be ruined anyway. The cushions... give me two.
A: Two cushions at $35 each. So that's the sofa, two cushions, delivery on the 14th. Shall I put it through?
C: Yes, go ahead.
A: Done. You'll get a confirmation text at the number ending 4471.
C: Okay, thanks.""", True, 70.0, "neutral", "sofa ordered; 2 cushions x $35 = 70; treatment declined; delivery fee is a fee not an upsell"),

("FR19_006", "Tobias Grant", "2026-11-04T13:10:00", "asr", """A: good afternoon this is tobias from metro valley listings calling about your featured ad renewal
C: oh you've got some nerve
A: i'm sorry is something wrong
C: we paid you three hundred a month for a year and i can count the calls we got on one hand
A: i hear you i can look at the numbers with you if
C: no i've looked at the numbers the numbers are terrible
A: what if we dropped it to one ninety nine for the next six months
C: you could drop it to zero and i still wouldn't renew it's been a waste of money
A: understood i'll make sure it doesn't auto renew
C: yeah you do that""", False, 0.0, "negative", "ad renewal refused despite discount; angry about results"),

("FR19_007", "Amara Nwosu", "2026-11-05T16:40:00", "asr", """A: thank you for calling clearlink this is amara how can i help
C: hi i want to cancel my internet the bill went up again
A: i'm sorry to hear that can i ask what you're paying now
C: eighty nine a month and it was sixty five when i signed up
A: i see the promo ended let me see what i can do
C: mhm
A: i can put you on the loyalty rate of sixty a month for twelve months same speed
C: wait same speed for sixty
A: same speed no contract changes
C: oh okay well yeah i'll stay then if it's sixty
A: done it'll show on your next bill
C: great thank you that's actually a relief i didn't want to deal with switching""", True, 0.0, "positive", "accepted retention offer (condition met); annoyed start, relieved end"),

("FR19_008", "Kevin Walsh", "2026-11-05T18:25:00", "clean", """A: Good evening, Trattoria Belmonte, Kevin speaking.
C: Hi, I'd like to book a table for twelve on Saturday the 21st, around 7:30.
A: Let me look. I'm sorry, Saturday we're fully booked, and the private room is taken for a wedding party.
C: Oh. Nothing at all? Even later, like 9?
A: The latest I could do is a table for six at 9:45.
C: No, we can't split up, it's my mother's 70th.
A: I understand. Sunday at 6 I could seat all twelve.
C: She flies out Sunday morning. It has to be Saturday.
A: I'm really sorry. I can put you on the waitlist in case of a cancellation.
C: Sure, put me down, but I'll keep looking elsewhere. Bit of a shame, we've always come here for birthdays.
A: Of course. The waitlist name?
C: Ferreira. 555-0139.""", False, 0.0, "negative", "fully booked, alternatives refused; waitlist is not a booking; quietly disappointed"),

("FR19_009", "Sofia Brandt", "2026-11-06T10:00:00", "asr", """A: hi is this mr okafor this is sofia at tristate office equipment
C: yeah this is him
A: your copier lease ends on the thirtieth and i wanted to go over renewal
C: right uh we still use it every day so we'll keep it
A: great the renewal is one forty a month for thirty six months
C: mhm
A: and for thirty five more a month i can swap you to the colour model with the stapler finisher
C: honestly we've been sending colour stuff out to the print shop so yes let's do the colour one
A: perfect so one seventy five total a month thirty six months starting december first
C: that's right that's a good deal actually thanks sofia
A: my pleasure paperwork is coming by email""", True, 35.0, "positive", "lease renewed; colour upgrade +$35/month accepted; 'good deal'"),

("FR19_010", "Jerome Pike", "2026-11-06T11:50:00", "asr", """A: business support this is jerome
C: hi yeah our second line has been dead since monday
A: sorry about that can i get the account number
C: it's four four one seven two nine
A: thanks i see a ticket from tuesday already
C: yeah i opened that one and nobody called me back
A: i'm escalating it now a technician will call you within forty eight hours
C: oh wonderful another two days of customers getting a busy signal love that
A: i can forward the line to your mobile for free in the meantime
C: fine do that i guess
A: done it's forwarding now
C: whatever thanks""", False, 0.0, "negative", "support call; free call forwarding is not a purchase; sarcastic"),

("FR19_011", "Ines Duarte", "2026-11-09T08:35:00", "clean", """A: Hi, this is Ines from Brewline Office Supply, calling to see if you're due for a restock.
C: Oh, good timing actually, we're down to the last box.
A: Same as last time? Three cases of the medium roast pods, $42 a case?
C: Yes, three cases.
A: We also have the compostable cups, 500 to a sleeve, $18 a sleeve, if you're running low.
C: We are. One sleeve.
A: And the new oat creamer, $24 a case?
C: Nobody here drinks oat, so no.
A: So three cases of pods and one sleeve of cups, delivered Tuesday to 220 Marsh Street. Correct?
C: That's right.
A: Great, order's in.
C: Thanks.""", True, 18.0, "neutral", "restock order confirmed; cups $18 accepted, creamer declined; 500 is a count"),

("FR19_012", "Callum Reid", "2026-11-09T15:15:00", "asr", """A: thanks for calling brightbox electronics callum speaking
C: hey i'm after the sixty five inch samsung you had in the flyer
A: the one at nine ninety nine yes we've got it in stock
C: sweet i'll take it
A: do you want us to mount it we do wall mounting for one twenty
C: uh yeah sure why not
A: and a cable kit with two hdmi cables and a surge strip for twenty five
C: yeah throw that in
A: okay tv mounting and cables
C: oh wait actually scratch the mounting my brother in law does this stuff he'll do it for a beer
A: ha fair enough so the tv and the cable kit delivery friday
C: yep perfect cheers mate you've been great""", True, 25.0, "positive", "tv bought; mounting $120 accepted then retracted; cable kit $25 kept"),

("FR19_013", "Mei Tanaka", "2026-11-10T09:05:00", "clean", """A: Riverside Dental, this is Mei.
C: Hi, I need to schedule a cleaning. It's been, uh, a while.
A: No judgment! Are you an existing patient?
C: Yes, Daniel Ashworth, date of birth March 3rd, 1988.
A: Found you. I have Tuesday the 17th at 10:15 or Thursday the 19th at 3:40.
C: The Thursday one works better.
A: Thursday the 19th at 3:40 with Dr. Lim. Shall I book it?
C: Please.
A: You're booked. Please arrive ten minutes early.
C: Will do. Thanks.""", True, 0.0, "neutral", "picked one of two offered slots and agreed to booking"),

("FR19_014", "Omar Haddad", "2026-11-10T12:40:00", "asr", """A: hi is this the owner of little fern cafe this is omar from tillpoint
C: yeah that's me what's up
A: we've got a point of sale package for cafes tablet card reader and software for fifty nine a month
C: oh interesting our current one crashes like every saturday
A: ours runs offline too so if the wifi drops you keep taking cards
C: that's honestly the dream
A: want me to set up an account for you today
C: um it sounds great but can you email me the details i want to look at the contract first
A: of course what's the best email
C: it's hello at little fern cafe dot com
A: sent
C: awesome thanks omar i really appreciate you calling""", False, 0.0, "positive", "interest without commitment (email details); warm tone"),

("FR19_015", "Rachel Stone", "2026-11-11T17:20:00", "asr", """A: dreamwell mattress this is rachel
C: hi i was in the store saturday and i want to order the queen hybrid the one that was um thirteen ninety nine
A: the aurora hybrid queen yep thirteen ninety nine
C: that's it
A: great would you like a waterproof protector for it it's eighty nine
C: yes definitely we have a toddler
A: smart and our cloud pillows are forty five each
C: uh just one for me my husband's attached to his old one
A: and for ninety nine we do white glove delivery set up and take the old mattress
C: oh yes please the old one has to go
A: so the queen hybrid a protector one pillow and white glove delivery on the twelfth is that all correct
C: that's correct thank you so much you've been really lovely
A: all booked in""", True, 233.0, "positive", "mattress; protector 89 + one pillow 45 + white glove delivery 99 = 233"),

("FR19_016", "Victor Lund", "2026-11-12T10:30:00", "clean", """A: Halden Insurance, Victor speaking.
C: Hi, I've got a car policy with you and I wanted to ask about roadside assistance.
A: Sure. It's $6 a month added to your auto policy, covers towing up to 50 miles.
C: And lockouts?
A: Lockouts, jump-starts, flat tires, fuel delivery.
C: Hmm. My credit card might already cover some of that.
A: Many do. Would you like me to add it anyway?
C: Not yet. Let me check what the card covers first.
A: Sure, call us back anytime.
C: Will do, thanks.""", False, 0.0, "neutral", "price asked, deferred; no purchase"),

("FR19_017", "Priya Raman", "2026-11-12T14:55:00", "asr", """A: hi this is priya from sitecraft calling about the hosting renewal for petal and stem
C: oh yeah the renewal um how much is it this year
A: it's two hundred and forty for the year same as last year
C: okay
A: and we've got an seo add on for fifteen a month that helps you show up in local searches
C: no no more add ons honestly i'm not thrilled with you guys the site was down on valentine's day
A: i'm so sorry about that that was a data centre outage
C: valentine's day is like a third of my year
A: i understand would you still like to renew the hosting
C: yeah renew it i don't have time to move everything but i'm not happy about it
A: understood it's renewed and i've noted the outage on your account
C: mhm bye""", True, 0.0, "negative", "grudging renewal; SEO add-on declined; 'not happy'"),

("FR19_018", "Marcus Bell", "2026-11-13T08:50:00", "asr", """A: harbourview hotel reservations marcus speaking
C: hi i need two rooms for the fourteenth through the seventeenth for the logistics conference
A: let me check yes i have two king rooms at one eighty nine a night
C: okay that works
A: would you like to add late checkout on the last day it's thirty five per room
C: uh just one room the other guy leaves early
A: so two king rooms three nights and late checkout on one room let me read that back fourteenth to seventeenth under the name bianchi
C: yes that's right
A: you're confirmed the confirmation number is b eight four two
C: okay thanks""", True, 35.0, "neutral", "rooms booked via read-back; late checkout on one room only = 35"),

("FR19_019", "Dana Kowalski", "2026-11-13T16:05:00", "clean", """A: Hollis Appliance, Dana speaking.
C: Yes, I ordered a dishwasher and you delivered a stainless fridge. A fridge! It's sitting in my driveway.
A: Oh no. I'm so sorry. Can I have the order number?
C: 88213. I took a day off work for this.
A: I see it, the warehouse swapped two tickets. I'll have the fridge collected tomorrow and your dishwasher delivered at the same time, and I'm refunding the $59 installation fee.
C: Tomorrow? Really?
A: First slot, 8 to 10. And the installer will still do the install.
C: Okay... that's actually a lot better than I expected. Thank you, Dana, seriously.
A: It's the least we can do.
C: You've turned my day around. Thanks.""", False, 0.0, "positive", "complaint fixed; redelivery of an existing order and refund are not purchases; angry start, grateful end"),

("FR19_020", "Luis Ortega", "2026-11-16T08:15:00", "asr", """A: hi it's luis from cleanstock just calling for your monthly order
C: hey luis yeah same paper towels twelve cases
A: twelve cases of the roll towels got it anything else
C: um what's the soap refill again
A: the foam soap refills are nineteen fifty each
C: give me four of those
A: four soap refills and we've got the disinfectant wipes on special too
C: nah we've still got a ton of wipes
A: so twelve cases of towels and four soap refills delivered wednesday
C: yep that's it
A: great thanks
C: cheers""", True, 78.0, "neutral", "towel order; 4 soap refills x $19.50 = 78; wipes declined"),
]
