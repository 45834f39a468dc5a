CALLS = [
("FR25_021", "Aisha Bello", "2026-11-10T13:35:00", "asr", """A: cloudnest support this is aisha
C: hi um i've been locked out of my account since this morning and i have a client presentation at two
A: oh no okay let's fix that can you give me the email on the account
C: it's m dot farouk at farouk studio dot com
A: thanks and i'll send a verification code to the phone ending in four eight one
C: got it it's seven three nine one one two
A: perfect you're verified i've reset the lockout you can set a new password now
C: hang on okay i'm in oh thank god
A: and your files are all there nothing was lost
C: you're a lifesaver seriously thank you so much
A: happy to help good luck with the presentation""", False, 0.0, "positive", "free support fix, no purchase; stressed start, grateful end"),

("FR25_022", "Kenji Sato", "2026-11-10T17:20:00", "asr", """A: hi this is kenji from metro ford you filled out a form online about the mustang mach e
C: oh yeah i did um a while ago
A: no worries we've got one on the lot in the blue you asked about would you like to come take it for a drive
C: maybe what days do you have
A: i have saturday at ten or sunday at one
C: uh sunday at one works i guess
A: great so sunday at one for a test drive of the mach e can i confirm your number is five five five two one eight eight
C: yeah that's my number do i need to bring anything
A: just your driver's license
C: okay and can you look at a trade in while i'm there it's a twenty sixteen camry
A: sure i'll have our appraiser ready
C: alright see you sunday""", True, 0.0, "neutral", "outbound; test drive appointment booked by picking Sunday; 'yes that's my number' alone would not count"),

("FR25_023", "Laura Smith", "2026-11-11T09:05:00", "clean", """A: Good morning, Basil & Thyme Catering, Laura speaking.
C: Hi Laura, I need lunch for a staff training day on the 18th. We'll be 30 people.
A: Lovely. Our working-lunch buffet is $18 per person: sandwiches, two salads, fruit and drinks.
C: That sounds right. Is there a vegetarian option?
A: Yes, we can make a third of the sandwiches vegetarian at no extra cost.
C: Great, let's do that.
A: Would you like to add a dessert platter? It's $4 per person.
C: For all 30? Hmm... yes, go on, they deserve it after the week they've had.
A: So 30 buffet lunches at $18 and dessert for 30 at $4, delivered to 220 Harbour Street at 12:15 on the 18th. Is that correct?
C: Yes, that's all correct. Could we get an invoice to the office rather than pay by card?
A: Of course, I'll email the invoice today.
C: Perfect. You were recommended by our other office and I can see why. Thanks!""", True, 120.0, "positive", "catering order confirmed; dessert $4 per person x 30 = 120"),

("FR25_024", "Diego Ramos", "2026-11-11T11:45:00", "asr", """A: active care physio diego speaking
C: hi i wanted to book with sarah again for my shoulder thursday afternoon
A: um sarah's fully booked thursday and friday unfortunately
C: oh that's a pity
A: i can do sarah next tuesday at four or tom this thursday at three thirty
C: uh i'd rather keep sarah tuesday at four then
A: okay tuesday at four with sarah and you can add a fifteen minute massage at the end for twenty five dollars
C: yeah why not add that
A: alright you're booked tuesday at four with the massage
C: okay thanks""", True, 25.0, "neutral", "preferred slot unavailable, alternative taken; massage $25 accepted"),

("FR25_025", "Hannah Kim", "2026-11-11T08:10:00", "asr", """A: comfort zone heating hannah speaking
C: yeah my furnace died last night it's thirty eight degrees in my house and i've got a baby
A: oh i'm sorry let me see what we can do
C: i called yesterday and nobody called me back nobody
A: i apologize i can get an emergency technician out today between two and five the emergency call out is one twenty nine plus parts
C: one twenty nine just to show up unbelievable fine just send someone
A: okay he's booked for two to five today at sixty one birch lane
C: yeah
A: while he's there we also have the annual maintenance plan for one fifty nine that would cover
C: no i'm not buying anything else from you people just get the heat working
A: understood he'll call you when he's on the way
C: he'd better""", True, 0.0, "negative", "paid emergency visit booked ('fine just send someone'); maintenance plan refused; furious"),

("FR25_026", "Omar Haddad", "2026-11-12T14:00:00", "asr", """A: hi thanks for calling threadline this is omar
C: hi i ordered a wool coat last week and i'd like to send it back
A: sure can i have the order number
C: it's t l nine zero four four six two
A: got it the charcoal coat one sixty nine can i ask what was wrong
C: it's just the quality the stitching is coming loose on the pocket already i was really disappointed to be honest
A: i'm sorry about that would you like a replacement or a refund
C: just the refund please i don't really want to try again
A: okay i've emailed you a free return label the refund goes back to your card in five to seven days
C: okay thank you""", False, 0.0, "negative", "return and refund, no purchase; quietly disappointed with quality"),

("FR25_027", "Sofia Rossi", "2026-11-12T10:30:00", "clean", """A: Northgate Bank, Sofia speaking. How can I help?
C: Hi, I've got a current account with you and I'd like to open a savings account for my son. He's 9.
A: Lovely. Our Junior Saver pays 4.1% and there's no fee. You'd be the account holder until he turns 16.
C: That's more than I expected. What's the minimum to open it?
A: Just $1. Would you like me to open it now?
C: Yes, please, let's do it.
A: Great. I'll need his date of birth.
C: 3rd of May 2017.
A: Thank you. The account is open; the number ends in 7702 and you'll see it in your app now.
C: Oh, it's already there. That was so easy, thanks, really pleased with that.""", True, 0.0, "positive", "sign-up to a free savings account counts; no add-on"),

("FR25_028", "Ben Walsh", "2026-11-12T16:15:00", "asr", """A: blue horizon cruises ben speaking
C: hi we're looking at the seven night caribbean in march for two
A: the march ninth sailing has an ocean view cabin at one thousand eight hundred forty per person
C: per person okay and a balcony
A: balcony is two thousand two hundred ten per person
C: hmm okay let's do the ocean view
A: great and i'll need a deposit of two fifty per person today to hold it
C: oh today um you know what actually let me hold off i should check the dates with my sister first she's coming too
A: that's fine i can hold the price for forty eight hours without a deposit
C: sure that's fine hold it
A: okay it's on hold under your name until thursday
C: okay thanks i'll call back""", False, 0.0, "neutral", "'let's do the ocean view' then takes it back to check with sister; free price hold is not a booking"),

("FR25_029", "Chloe Martin", "2026-11-13T12:40:00", "asr", """A: evergreen energy this is chloe
C: hi um i saw the ad about the one hundred percent renewable plan and i wanna switch to it
A: sure so right now you're on the standard plan the renewable plan is about six dollars more a month for your usage
C: six more a month that's fine yeah switch me
A: done it starts with your next billing cycle and we have a smart thermostat deal for plan customers one twenty nine installed normally two nineteen
C: oh installed for one twenty nine yeah i'll take that
A: great an installer will call you to schedule
C: awesome i've wanted to do this for ages feels good thanks""", True, 129.0, "positive", "paid plan change (main, not upsell) + thermostat $129 accepted"),

("FR25_030", "Raj Patel", "2026-11-13T18:05:00", "asr", """A: thanks for calling ticketzone this is raj
C: hi i need two tickets for the marlowe sisters on friday the twelfth
A: i'm sorry friday is completely sold out
C: oh no seriously
A: they added a second show saturday the thirteenth and there's still floor seats at eighty nine each
C: saturday okay um yes let's do saturday two floor seats
A: and there's a meet and greet package before the show seventy five each
C: oh my god yes for both of us
A: so two floor seats and two meet and greet passes for saturday
C: yes that's right this is the best birthday present ever thank you so much
A: you're welcome tickets are in your email""", True, 150.0, "positive", "Friday sold out, Saturday alternative bought; meet and greet 75 each x 2 = 150"),

("FR25_031", "Emma Novak", "2026-11-14T10:20:00", "clean", """A: Hi, this is Emma from PetGuard. I'm calling because your policy for Biscuit renews on the 1st, and we'd love to keep you.
C: Ah. I've already arranged cover with Paws First.
A: I'm sorry to hear that. Can I ask what made you decide?
C: Honestly? Your claims process. Biscuit's surgery claim took eleven weeks and four phone calls. Paws First pays within three days, and their app actually works.
A: I understand. I can offer 15% off your renewal, bringing it to $38.25 a month.
C: It's not the price. It's that I never want to go through that again.
A: Completely understood. I'll make sure your policy isn't renewed.
C: Thank you. And please pass on the feedback, because it was really awful.
A: I will. Give Biscuit a pat from us.""", False, 0.0, "negative", "outbound renewal; already switched, praises competitor; retention offer refused"),

("FR25_032", "Luis Ortega", "2026-11-14T15:50:00", "asr", """A: brightline wireless luis speaking
C: yeah hi i wanna get the new pixel the nine pro
A: sure that's thirty two fifty a month over twenty four months with zero down
C: okay yeah put it on my line
A: done do you want a case we have the rugged case for twenty nine ninety nine and a glass screen protector for fifteen
C: um yeah both
A: okay both added
C: wait actually drop the screen protector it already comes with one right
A: it does come with a basic film yeah i'll take it off so just the case
C: yeah just the case
A: okay ships tomorrow should be there thursday
C: cool thanks""", True, 29.99, "neutral", "phone on instalments (main); case 29.99 kept, screen protector 15 retracted by name"),

("FR25_033", "Maria Lopez", "2026-11-14T19:10:00", "asr", """A: hi you've reached ember and oak this is maria
C: hi i'm trying to get a table for two saturday at eight
A: let me check um i'm so sorry saturday is fully booked
C: of course it is
A: i could do five fifteen or nine forty five
C: five fifteen oh perfect we'll have dinner with the early bird crowd
A: or sunday at eight is open
C: no it's for saturday that's the whole point i've been trying to book for two weeks and your online thing keeps crashing
A: i'm sorry about the website i can put you on the waitlist
C: yeah sure that'll definitely work great thanks so much
A: okay i've added you""", False, 0.0, "negative", "fully booked, alternatives refused, waitlist only; sarcastic"),

("FR25_034", "James Carter", "2026-11-16T09:45:00", "clean", """A: Hi, this is James from Ledgerly, I'm calling about your annual renewal on the 30th.
C: Yes, I saw the email. We're renewing.
A: Great. The Business plan for your current 5 users stays at $40 a month, billed yearly at $480.
C: Fine. We've hired three people though. How do we add them?
A: Each additional seat is $8 a month.
C: So three more at $8 each. Okay, add the three.
A: Done. I can also enable the payroll module for $20 a month.
C: Not this year, thanks.
A: No problem. So the renewal plus three seats; your new invoice will come by email.
C: Okay, sounds good.""", True, 24.0, "neutral", "renewal (main); 3 extra seats at $8/month = 24 (recurring counted once); payroll declined"),

("FR25_035", "Priya Nair", "2026-11-16T13:25:00", "asr", """A: paws and claws vet clinic priya speaking
C: hi um my dog's been limping since yesterday and i'm kind of worried
A: oh poor thing is he putting weight on it
C: a little bit not much he's a lab he's seven
A: okay we should have a look i can fit you in today at four twenty with doctor ames
C: today yes please book that
A: booked and while he's in do you want us to do his nails it's eighteen dollars
C: sure yeah he hates when i do them
A: okay four twenty today exam and nail trim
C: thank you so much i was so stressed you've really put my mind at ease""", True, 18.0, "positive", "vet appointment booked; nail trim $18 accepted; worried then relieved"),

("FR25_036", "Tom Becker", "2026-11-16T20:30:00", "asr", """A: roadsafe assistance this is tom are you somewhere safe
C: yeah i'm on the shoulder of route nine the car just died and i've been trying to get through for twenty minutes
A: i'm sorry about the wait i've got your location from your phone is it the gray accord
C: yes
A: okay i've sent a tow truck it's about thirty minutes and it's covered under your membership so no charge
C: oh it's covered okay good
A: he'll take it to the nearest dealer on route nine and i'll text you the driver's name
C: okay i got the text
A: anything else i can do
C: no you've been great honestly thank you i was panicking a bit""", False, 0.0, "positive", "free tow under membership, not a purchase; frustrated start, grateful end"),

("FR25_037", "Aisha Bello", "2026-11-17T11:00:00", "asr", """A: homebase direct this is aisha
C: yeah i ordered a sofa six weeks ago you said three weeks and nobody can tell me where it is
A: i'm sorry let me look it up what's the order number
C: h b four four one two
A: okay i see it's delayed at the supplier the new estimate is the twenty second
C: the twenty second that's another three weeks no no just cancel it i want my money back
A: i understand i can offer free delivery and fifty off if you keep the order
C: no i'm done cancel it
A: okay i've cancelled it and the refund of eight ninety nine will be back in five days
C: this has been an absolute joke from start to finish""", False, 0.0, "negative", "late order cancelled and refunded; save offer refused"),

("FR25_038", "Kenji Sato", "2026-11-17T17:35:00", "asr", """A: northgate bank mortgages this is kenji
C: hi we're buying our first place and wanted to talk to someone about a mortgage
A: sure i can set up a meeting with one of our advisors it's free and takes about an hour
C: okay but it'd have to be after five we both work
A: let me see um i have wednesday at five thirty at the main street branch
C: wednesday at five thirty yeah okay that works book us in
A: great can i get both your names
C: john and aisha park
A: okay you're booked wednesday at five thirty bring your last three pay stubs
C: okay got it thanks""", True, 0.0, "neutral", "condition (after five) met; advisor appointment booked"),

("FR25_039", "Laura Smith", "2026-11-18T10:10:00", "clean", """A: Sparkle Home Cleaning, Laura speaking.
C: Hi, I'm after a deep clean for a 3-bedroom house before my in-laws arrive.
A: Sure. A deep clean for 3 bedrooms is $280, two cleaners for about five hours.
C: That's fine, as long as you can come on Tuesday. They arrive Wednesday.
A: Let me look... Tuesday's fully booked, I'm afraid. The earliest I have is Thursday the 10th.
C: Thursday's no good to me then.
A: I could put you down for Thursday anyway as an after-visit clean?
C: No, that's alright. It was really just for before they come.
A: Understood. Sorry we couldn't help this time.
C: No problem. Thanks for checking.""", False, 0.0, "neutral", "conditional acceptance (Tuesday) not met; alternative declined; calm"),

("FR25_040", "Diego Ramos", "2026-11-18T14:45:00", "asr", """A: swift car rental diego speaking
C: hi i need a car at the airport from the third to the tenth something like a suv
A: okay a mid size suv for the week comes to four hundred and sixty with taxes
C: four sixty for a week that's crazy it was like three hundred last year
A: prices went up across the board i'm afraid that's the lowest we have
C: ugh fine book it i don't have a choice
A: alright and do you need a child seat it's forty five for the whole rental
C: yes i need one for my son
A: okay so suv from the third to the tenth with a child seat
C: yeah yeah that's right
A: great you're confirmed
C: honestly your prices are a rip off i'm only booking because everywhere else is sold out""", True, 45.0, "negative", "rental booked grudgingly; child seat $45 for the rental accepted; angry about price"),
]
