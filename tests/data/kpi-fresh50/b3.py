CALLS = [
("FR50_041", "Hannah Brooks", "2026-11-19T09:12:00", "asr",
 "A: skyline fiber this is hannah\n"
 "C: yeah my internet is garbage i'm paying for a hundred megs and getting like thirty at night\n"
 "A: i'm sorry let me check um the node in your area is congested in the evening the five hundred plan runs on a different tier\n"
 "C: of course it does how much\n"
 "A: it's fifteen more a month so sixty five total\n"
 "C: so i pay more to get what i was supposed to get fine do the five hundred\n"
 "A: okay and your router is pretty old for those speeds the new one is five a month to rent\n"
 "C: yeah whatever add the router\n"
 "A: done five hundred meg plan plus the router at five a month the new router ships tomorrow\n"
 "C: great it only took a year of garbage speeds for someone to tell me this",
 True, 5.00, "negative", "plan upgrade is the main purchase 'do the five hundred'; router rental five a month is the add-on; sarcastic close"),

("FR50_042", "Rafael Ortiz", "2026-11-19T11:30:00", "asr",
 "A: pawsure pet insurance this is rafael\n"
 "C: hi i just got a puppy and everybody says to get insurance early\n"
 "A: congrats what's the puppy\n"
 "C: she's a golden retriever she's twelve weeks her name is maple\n"
 "A: aw so for maple the accident and illness plan is thirty two a month with a two fifty deductible\n"
 "C: okay that seems fair\n"
 "A: we also offer a wellness add on for vaccines and checkups it's twelve a month\n"
 "C: nah i think we're good on that the vet has a puppy package\n"
 "A: sure so do you want me to set up the accident and illness plan for maple starting today\n"
 "C: yes please sign her up\n"
 "A: she's covered\n"
 "C: yay thank you you made that really easy",
 True, 0.0, "positive", "'yes please sign her up'; wellness add-on declined 'nah'; 'made that really easy'"),

("FR50_043", "Grace Kim", "2026-11-19T14:14:00", "asr",
 "A: brightwave wireless this is grace\n"
 "C: hi um my phone's had no service since this morning like no bars at all\n"
 "A: yeah we have a tower outage in your area it's affecting a few zip codes\n"
 "C: oh okay so it's not my phone\n"
 "A: no it's on our side crews are working on it and we expect it back by six tonight\n"
 "C: mhm\n"
 "A: and i've added a five dollar credit to your account for the inconvenience\n"
 "C: alright appreciate the credit i guess\n"
 "A: is there anything else\n"
 "C: no that's it thanks",
 False, 0.0, "neutral", "outage info + credit; lukewarm 'appreciate the credit i guess'"),

("FR50_044", "Samuel Adeyemi", "2026-11-19T16:40:00", "asr",
 "A: hi this is samuel from the weekly ledger subscriber services\n"
 "C: yeah hi i got a thing that my subscription's running out\n"
 "A: yes it expires on the thirtieth renewing for a year is eighty nine\n"
 "C: okay uh yeah go ahead and renew it\n"
 "A: great and for two dollars more a month you can add full digital access the app and the archive\n"
 "C: two dollars more um yeah okay add that\n"
 "A: so print renewal at eighty nine a year and digital access at two dollars a month\n"
 "C: yep\n"
 "A: done you'll get an email to set up the app login\n"
 "C: okay thanks",
 True, 2.00, "neutral", "'go ahead and renew it'; digital access two dollars a month 'add that'"),

("FR50_045", "Elena Petrova", "2026-11-20T09:45:00", "clean",
 "A: Good morning, Lakeside Dermatology, this is Elena.\n"
 "C: Hi, I've been trying to get in with Dr. Reyes for a mole check and everyone says she's booked until March.\n"
 "A: Let me look. Actually, I just had a cancellation for this Thursday at 2:30.\n"
 "C: Oh my gosh, really? Yes, I'll book that appointment.\n"
 "A: Great. Can I confirm your date of birth?\n"
 "C: April 3rd, 1988.\n"
 "A: You're booked for Thursday at 2:30 with Dr. Reyes. Please bring your insurance card.\n"
 "C: Thank you so much, I've been worried about this for weeks. You just made my day.\n"
 "A: See you Thursday!\n"
 "C: Bye, thanks again!",
 True, 0.0, "positive", "'Yes, I'll book that appointment'; 'You just made my day'"),

("FR50_046", "Jordan Hayes", "2026-11-20T11:22:00", "asr",
 "A: summit roofing this is jordan\n"
 "C: hi um your guy came out last week for the estimate and i just got the quote\n"
 "A: yes i have it here full replacement at fourteen thousand two hundred\n"
 "C: fourteen thousand the other company said like nine\n"
 "A: our quote includes the tear off and a fifty year shingle\n"
 "C: yeah i get it but that's way too much like way too much\n"
 "A: i could take off five percent if you sign this week\n"
 "C: no i'm gonna get a couple more quotes honestly this feels like a rip off\n"
 "A: understood the quote's good for thirty days\n"
 "C: yeah okay",
 False, 0.0, "negative", "refuses even with discount; 'feels like a rip off'"),

("FR50_047", "Nadia Haddad", "2026-11-20T13:50:00", "clean",
 "A: Thanks for calling PetPantry, this is Nadia.\n"
 "C: Hi, I'd like to order the 30-pound bag of Harvest Grain dog food.\n"
 "A: Sure, that's $64.99. Would you like to set it up as autoship?\n"
 "C: Just the one bag for now.\n"
 "A: Okay, one 30-pound bag of Harvest Grain, $64.99, shipping to your address on file. Confirm?\n"
 "C: Yes, that's right.\n"
 "A: Great, I'm placing it now.\n"
 "C: Oh, wait, actually, cancel that. My husband just showed me it's $48 at the store down the road.\n"
 "A: No problem, I've cancelled it before it went through.\n"
 "C: Sorry about that. Thanks.",
 False, 0.0, "neutral", "confirmed read-back then 'actually, cancel that' = retracted"),

("FR50_048", "Owen McCarthy", "2026-11-20T15:33:00", "asr",
 "A: hi this is owen from metrocable am i speaking with the account holder\n"
 "C: yes this is the account holder\n"
 "A: great i'm calling because you qualify for our gig speed upgrade for just ten more a month\n"
 "C: mhm\n"
 "A: it'd take you from three hundred to a thousand megs\n"
 "C: yeah\n"
 "A: do you want me to switch you over today\n"
 "C: um we're fine with what we have really it does everything we need\n"
 "A: okay no problem you can always call back if you change your mind\n"
 "C: yeah okay bye",
 False, 0.0, "neutral", "'yes' confirms identity; 'we're fine with what we have' = refusal without 'no'"),

("FR50_049", "Maria Delgado", "2026-11-23T09:06:00", "asr",
 "A: appliance depot this is maria\n"
 "C: hey uh our washer died i wanna order the uh the maytag front loader the one on sale for eight ninety nine\n"
 "A: the maytag front load eight ninety nine yep it's in stock\n"
 "C: great i'll take it\n"
 "A: delivery's free would you like us to haul away the old one that's twenty five\n"
 "C: yeah please take it\n"
 "A: and installation hookup is fifty nine\n"
 "C: mhm yeah do the install too my husband is not allowed near plumbing\n"
 "A: and a five year extended warranty is one twenty nine\n"
 "C: no we'll skip the warranty\n"
 "A: okay washer eight ninety nine haul away twenty five install fifty nine delivering saturday\n"
 "C: perfect you're a lifesaver thank you",
 True, 84.00, "positive", "'i'll take it'; haul away 25 + install 59 = 84; warranty 129 declined; 'you're a lifesaver'"),

("FR50_050", "Kevin Osei", "2026-11-23T10:58:00", "asr",
 "A: streamly billing this is kevin\n"
 "C: hi i cancelled my second profile add on last month but i still got charged for it\n"
 "A: let me check um yeah i see the cancellation request but it didn't apply i'm sorry about that\n"
 "C: okay\n"
 "A: i'm refunding the six ninety nine and i've made sure it's removed going forward\n"
 "C: oh great\n"
 "A: you'll see it back on your card in a few days\n"
 "C: honestly you've been really helpful thank you so much i expected this to be a whole thing\n"
 "A: happy to help\n"
 "C: have a good one",
 False, 0.0, "positive", "refund only; 'you've been really helpful thank you so much'"),

("FR50_051", "Priya Raman", "2026-11-23T13:29:00", "clean",
 "A: Skyway Airlines, this is Priya. How can I help?\n"
 "C: I need to move my flight to Denver from the 20th to the 22nd.\n"
 "A: I can do that. There's a 10:05 a.m. on the 22nd. The change fee is $75.\n"
 "C: Seventy-five dollars to change a flight. That's robbery, but fine, move me to the 22nd.\n"
 "A: Done. For that flight, I can also offer an extra-legroom seat for $45.\n"
 "C: My knees will thank me. Yes, add the legroom seat.\n"
 "A: Okay, you're on the 10:05 on the 22nd, seat 12C with extra legroom. Change fee $75 and seat $45.\n"
 "C: Fine. You know, other airlines dropped change fees years ago.\n"
 "A: I understand. Anything else?\n"
 "C: No.",
 True, 45.00, "negative", "rebooking 'move me to the 22nd'; legroom seat $45 accepted; $75 change fee excluded; 'That's robbery'"),

("FR50_052", "Tom Whitaker", "2026-11-23T15:52:00", "asr",
 "A: hi this is tom from taskly following up on your team trial\n"
 "C: oh hey yeah um we've been using it it's been okay\n"
 "A: great so for your eight seats the annual plan is twelve a seat a month or monthly is fifteen\n"
 "C: mhm\n"
 "A: would you want to move forward with the annual\n"
 "C: uh i mean i guess we can try the annual then sure put us down for it\n"
 "A: perfect i'll convert the trial to annual eight seats today\n"
 "C: yeah okay send the invoice to our finance email\n"
 "A: will do\n"
 "C: okay thanks",
 True, 0.0, "neutral", "hedged but real commitment 'i guess we can try the annual then sure put us down for it'"),

("FR50_053", "Lucia Ferraro", "2026-11-24T09:38:00", "asr",
 "A: harbor mutual this is lucia\n"
 "C: yeah i got your quote in the mail for auto it's like a hundred and fourteen a month\n"
 "A: yes for both vehicles full coverage\n"
 "C: that's way more than what i was told online\n"
 "A: the online estimate doesn't include the driving record check i'm seeing one speeding ticket\n"
 "C: look if you could get it under ninety a month i'd switch today\n"
 "A: i'm afraid one fourteen is the lowest i can do with that coverage\n"
 "C: then no you guys are way overpriced\n"
 "A: i understand i'll keep the quote open\n"
 "C: don't bother",
 False, 0.0, "negative", "conditional 'if you could get it under ninety ... i'd switch' not met; 'way overpriced' 'don't bother'"),

("FR50_054", "Daniel Novak", "2026-11-24T11:11:00", "clean",
 "A: Thanks for calling ShopNest, this is Daniel.\n"
 "C: Hi. My package was supposed to come on Monday. It's Thursday. Tracking hasn't moved in a week.\n"
 "A: I'm sorry. I see it stuck at the regional hub. It looks lost.\n"
 "C: Great. It was a birthday present and the birthday was yesterday.\n"
 "A: I can reship it today at no cost, with two-day delivery.\n"
 "C: Fine, reship it.\n"
 "A: Done, you'll get new tracking tonight.\n"
 "C: You know, this is the second time this year. This is ridiculous.\n"
 "A: I'm sorry, I've added a note to your account.\n"
 "C: A note. Okay.",
 False, 0.0, "negative", "free reship is not a purchase; 'This is ridiculous'"),

("FR50_055", "Aisha Bello", "2026-11-24T14:25:00", "asr",
 "A: sparkle home cleaning this is aisha\n"
 "C: hi yeah we just moved in and i want to set up cleaning every two weeks\n"
 "A: sure for a three bedroom it's one forty per visit and i can start you next tuesday\n"
 "C: tuesday works let's do it\n"
 "A: perfect and for the first visit people often add inside the fridge that's thirty\n"
 "C: oh yeah the fridge is gross the last people left stuff in there add that\n"
 "A: and inside the oven is thirty five\n"
 "C: um yeah you know what do the oven too\n"
 "A: so biweekly starting tuesday one forty plus fridge at thirty and oven at thirty five on the first visit\n"
 "C: yep that's perfect thank you so much this is such a relief",
 True, 65.00, "positive", "'let's do it'; fridge 30 + oven 35 = 65; 'such a relief'"),

("FR50_056", "Marcus Lindqvist", "2026-11-24T16:47:00", "asr",
 "A: brightwave wireless this is marcus\n"
 "C: hi i need to add a line for my daughter she's starting college\n"
 "A: sure adding a line is twenty a month on your plan and she can bring her own phone\n"
 "C: yeah she has a phone\n"
 "A: okay and would you want device protection for her phone it's seven ninety nine a month\n"
 "C: no uh well hmm\n"
 "A: it covers cracked screens and loss\n"
 "C: actually yeah add the insurance she breaks everything\n"
 "A: okay so new line at twenty plus device protection seven ninety nine is that right\n"
 "C: that's right\n"
 "A: all done her sim ships today\n"
 "C: okay thanks",
 True, 7.99, "neutral", "new line confirmed 'that's right'; protection first hesitated then 'actually yeah add the insurance' = 7.99"),

("FR50_057", "Hannah Brooks", "2026-11-25T10:17:00", "clean",
 "A: Good morning, Valley Toyota, this is Hannah.\n"
 "C: Hi! I'd love to test drive the new RAV4 hybrid. Do you have one in blue?\n"
 "A: We do, we have a blueprint XLE on the lot. When works for you?\n"
 "C: Saturday morning?\n"
 "A: I can do 10:30 on Saturday.\n"
 "C: Yes, book me for 10:30, please.\n"
 "A: You're booked for a test drive Saturday at 10:30. Bring your license.\n"
 "C: Perfect! I'm so excited, I've been reading about this car for months.\n"
 "A: See you Saturday!\n"
 "C: Thanks, see you then!",
 True, 0.0, "positive", "'book me for 10:30' = appointment; 'I'm so excited'"),

("FR50_058", "Rafael Ortiz", "2026-11-25T12:44:00", "asr",
 "A: thanks for calling gearhub this is rafael\n"
 "C: hi i wanna return a smart watch it just doesn't track sleep right\n"
 "A: okay let me see the order um it was delivered on august thirtieth\n"
 "C: yeah\n"
 "A: unfortunately our return window is sixty days so it closed on the twenty ninth of october\n"
 "C: it's november third that's like five days\n"
 "A: i'm sorry i can't process a return but i can help you with the manufacturer warranty if it's defective\n"
 "C: it's not defective it's just bad\n"
 "A: i understand\n"
 "C: this is exactly why i stopped shopping with you guys the first time",
 False, 0.0, "negative", "return refused; 'exactly why i stopped shopping with you guys'"),

("FR50_059", "Grace Kim", "2026-11-25T14:36:00", "asr",
 "A: fitbox subscriptions this is grace\n"
 "C: hi um i'd like to cancel my monthly box please\n"
 "A: sure can i ask why you're cancelling\n"
 "C: we're just cutting back on stuff right now nothing wrong with it\n"
 "A: i understand i can offer you a skip for up to three months instead\n"
 "C: no thanks just cancel it please\n"
 "A: okay i've cancelled it you won't be charged on the fifteenth\n"
 "C: okay thank you\n"
 "A: you're welcome take care\n"
 "C: you too bye",
 False, 0.0, "neutral", "skip offer refused 'no thanks just cancel it'; polite"),

("FR50_060", "Samuel Adeyemi", "2026-11-25T16:05:00", "asr",
 "A: ironworks fitness this is samuel\n"
 "C: hi i'm on the basic membership and i wanted to ask about the premium thing with the pool\n"
 "A: sure premium is fifty four ninety nine you're at thirty four ninety nine so twenty more and you get the pool sauna and two guest passes a month\n"
 "C: huh that's not bad actually\n"
 "A: do you want me to upgrade you today\n"
 "C: hmm let me think about it i wanna see if i'd actually use the pool\n"
 "A: sure you can try the pool free this saturday if you want\n"
 "C: oh that's a nice idea i might do that thanks so much\n"
 "A: see you then",
 False, 0.0, "positive", "'let me think about it' deferral; 'not bad actually', 'nice idea ... thanks so much'"),
]
