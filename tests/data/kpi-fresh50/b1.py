CALLS = [
("FR50_001", "Maria Delgado", "2026-11-02T09:14:00", "asr",
 "A: thanks for calling brightwave wireless this is maria how can i help\n"
 "C: hi yeah um i'm on the uh the basic plan the fifteen gig one and i keep running out like every month\n"
 "A: okay i can definitely help with that so our unlimited plan is uh sixty five a month that's twenty more than what you're paying now\n"
 "C: mhm\n"
 "A: and it's got unlimited data five g and hd streaming\n"
 "C: yeah okay that sounds about right let's do the unlimited\n"
 "A: perfect and since you mentioned you work from your phone a lot would you want the hotspot add on it's ten dollars a month for thirty gigs of hotspot\n"
 "C: oh yeah actually yes add that i use my laptop on the train all the time\n"
 "A: alright so that's unlimited at sixty five plus the hotspot at ten effective today\n"
 "C: awesome that's great thank you this is exactly what i needed",
 True, 10.00, "positive", "plan change 'let's do the unlimited' + 'yes add that' to hotspot at ten dollars a month; ends 'exactly what i needed'"),

("FR50_002", "Kevin Osei", "2026-11-02T10:41:00", "asr",
 "A: good morning lakeshore insurance kevin speaking\n"
 "C: hi um i got a letter saying you could beat my car insurance so i'm i'm just calling to see\n"
 "A: sure happy to take a look so for the two cars and both drivers i'm seeing um one thirty eight a month\n"
 "C: one thirty eight okay and what am i paying now uh like one sixty i think\n"
 "A: so that'd be about twenty two a month in savings and i can start the policy as early as monday\n"
 "C: yeah\n"
 "A: would you like me to go ahead and bind that for monday\n"
 "C: uh i mean it sounds good but my husband handles the cars so let me talk to him first\n"
 "A: of course i'll email you the quote it's good for thirty days\n"
 "C: okay yeah that's fine thanks",
 False, 0.0, "neutral", "'yeah' is a backchannel; 'let me talk to him first' is a deferral; flat tone"),

("FR50_003", "Priya Raman", "2026-11-02T13:05:00", "asr",
 "A: thank you for calling northgate energy my name is priya\n"
 "C: yeah hi i've been charged twice again for october that's the third time this year\n"
 "A: i'm so sorry about that let me pull up the account\n"
 "C: mhm\n"
 "A: okay i see it two payments of one twelve forty on the fourth i'm refunding the duplicate now\n"
 "C: and how long does that take because last time it took like two weeks\n"
 "A: it should show in three to five business days\n"
 "C: three to five right that's what they said last time too\n"
 "A: i've also put a note on the account so autopay doesn't run twice\n"
 "C: honestly i don't trust that note i'm tired of checking my bank every month because of you guys\n"
 "A: i understand is there anything else i can help with\n"
 "C: no just fix it for real this time",
 False, 0.0, "negative", "billing complaint, refund only; 'i don't trust that note i'm tired of checking my bank'"),

("FR50_004", "Tom Whitaker", "2026-11-03T09:32:00", "clean",
 "A: Hi, thanks for calling Oakline Home, this is Tom. How can I help?\n"
 "C: Hi! I saw the brass arc floor lamp on your site and I'd like to order two of them.\n"
 "A: Great choice. Those are $89 each, so $178 before tax. Shipping is free on that.\n"
 "C: Perfect.\n"
 "A: Would you like to add our two-year protection plan? It's $19 per lamp.\n"
 "C: No, I think I'm fine without it. They're lamps, not cars.\n"
 "A: Fair enough! So that's two brass arc floor lamps, $178 plus tax, shipping to 14 Maple Court. Is that right?\n"
 "C: Yes, that's right. Can't wait to see them in the living room.\n"
 "A: Your order is placed, you'll get a confirmation email shortly.\n"
 "C: Wonderful, thanks so much, that was easy.",
 True, 0.0, "positive", "confirms read-back 'Yes, that's right'; protection plan declined; 'Wonderful... that was easy'"),

("FR50_005", "Lucia Ferraro", "2026-11-03T11:18:00", "asr",
 "A: thank you for calling skyline fiber this is lucia\n"
 "C: yeah my internet's been out since saturday it's tuesday i've rebooted the router like fifty times\n"
 "A: i'm really sorry let me run a line test\n"
 "C: mhm\n"
 "A: okay i'm seeing a signal loss at the box outside so we'll need a technician to come out\n"
 "C: great so how long is that going to take\n"
 "A: the earliest i have is thursday between eight and noon would you like me to book that\n"
 "C: thursday so that's five days with no internet i work from home\n"
 "A: i understand i've added a credit for the days you were down\n"
 "C: yeah fine book thursday eight to noon\n"
 "A: you're booked for thursday eight to noon the tech will call when he's on the way\n"
 "C: and if he doesn't show up like last time i'm cancelling the whole thing i mean it",
 True, 0.0, "negative", "'yeah fine book thursday eight to noon' = technician appointment booked; ends with a cancel threat"),

("FR50_006", "Daniel Novak", "2026-11-03T14:47:00", "asr",
 "A: hi you've reached streamly this is daniel\n"
 "C: hey um yeah i want to cancel my subscription\n"
 "A: sorry to hear that can i ask what's making you want to cancel\n"
 "C: it's just too expensive now it went up to uh seventeen ninety nine and i barely watch it\n"
 "A: i get that so before you go i can offer you six months at eight ninety nine a month with the ad supported plan\n"
 "C: eight ninety nine hmm\n"
 "A: and you'd keep all your profiles and your watch list\n"
 "C: yeah okay okay i'll stay on the eight ninety nine one then\n"
 "A: done that's switched over and your next bill will be eight ninety nine\n"
 "C: alright thanks",
 True, 0.0, "neutral", "accepts save offer 'i'll stay on the eight ninety nine one'; discount is not upsell; flat"),

("FR50_007", "Aisha Bello", "2026-11-04T10:02:00", "asr",
 "A: good afternoon clearflow gutters this is aisha\n"
 "C: hi yeah i'd like to get my gutters cleaned before it gets cold it's a two story house\n"
 "A: sure for a two story single family it's one seventy five\n"
 "C: okay that's fine\n"
 "A: i have friday the fourteenth in the morning would that work\n"
 "C: yeah friday morning works great\n"
 "A: and a lot of folks add the downspout flush it clears the underground drains too that's forty five dollars\n"
 "C: um is that worth it\n"
 "A: if you've had any water pooling near the foundation it usually is\n"
 "C: oh we have actually yeah okay add the flush\n"
 "A: you're all set friday the fourteenth gutters plus downspout flush two twenty total\n"
 "C: perfect thank you you've been super helpful",
 True, 45.00, "positive", "books friday cleaning; 'add the flush' at forty five dollars; 'super helpful'"),

("FR50_008", "Marcus Lindqvist", "2026-11-04T12:26:00", "asr",
 "A: thanks for calling brightwave wireless this is marcus\n"
 "C: hi um my son's turning thirteen and i was thinking about getting him a phone on my plan\n"
 "A: oh nice so adding a line to your plan would be twenty five a month\n"
 "C: mhm\n"
 "A: and right now we have the uh the basic smartphone free with a new line\n"
 "C: oh wow free that's great\n"
 "A: yeah so would you like me to add that line today\n"
 "C: honestly it sounds great i'm probably gonna do it but i want to think about it over the weekend and talk to him about which phone\n"
 "A: totally understandable the promo runs through the end of the month\n"
 "C: awesome thanks you guys have always been really good to us",
 False, 0.0, "positive", "'probably gonna do it but i want to think about it' = deferral; warm 'always been really good to us'"),

("FR50_009", "Hannah Brooks", "2026-11-04T15:39:00", "asr",
 "A: hi thanks for calling kitchen corner this is hannah\n"
 "C: hi um i ordered a blender it came with the jar cracked and i'm kind of freaking out because it was a gift\n"
 "A: oh no i'm sorry let me pull up the order\n"
 "C: it's for my mom's birthday on saturday\n"
 "A: okay i can send a replacement overnight at no charge and you don't need to send the broken one back\n"
 "C: wait really it'll be here before saturday\n"
 "A: it'll be there thursday\n"
 "C: oh thank god thank you so much you just saved me\n"
 "A: happy to help i'm emailing the tracking now\n"
 "C: you're amazing thank you",
 False, 0.0, "positive", "free replacement is not a purchase; relieved 'you just saved me' 'you're amazing'"),

("FR50_010", "Rafael Ortiz", "2026-11-05T09:08:00", "asr",
 "A: thanks for calling dreamweave bedding this is rafael\n"
 "C: hey yeah i wanna order the uh the sateen sheets the queen in grey\n"
 "A: the queen sateen set in slate grey that's one nineteen\n"
 "C: yep that one\n"
 "A: and we have matching pillowcases they're twelve dollars each if you want extras\n"
 "C: oh yeah give me two no actually make it four we've got a lot of pillows\n"
 "A: four extra pillowcases at twelve each so forty eight for those\n"
 "C: mhm\n"
 "A: so that's the queen set at one nineteen and four pillowcases forty eight total one sixty seven plus tax\n"
 "C: yeah that's right\n"
 "A: order's in you'll get it by friday\n"
 "C: sweet thanks these sheets are the best we already have one set",
 True, 48.00, "positive", "confirms read-back; pillowcases self-corrected 'two no actually make it four' x twelve each = 48"),

("FR50_011", "Grace Kim", "2026-11-05T11:44:00", "clean",
 "A: Good morning, Harbor Mutual, this is Grace.\n"
 "C: Hi, I'm moving into a new apartment and my landlord requires renters insurance.\n"
 "A: Sure. For $20,000 in personal property and $100,000 liability, your premium would be $14 a month.\n"
 "C: Okay. That's fine.\n"
 "A: Do you have any jewelry or watches worth over $1,500? The standard policy caps those.\n"
 "C: My engagement ring, yes.\n"
 "A: I'd recommend the scheduled jewelry rider. It's $8 a month and covers the ring at full appraised value.\n"
 "C: Okay, add the rider.\n"
 "A: Done. Your policy starts on the 1st: renters coverage at $14 plus the jewelry rider at $8, $22 a month. Shall I finalize it?\n"
 "C: Yes, go ahead. Send the proof of insurance to my email please.\n"
 "A: It's on its way.\n"
 "C: Thanks.",
 True, 8.00, "neutral", "'Yes, go ahead' to finalize; 'add the rider' at $8 a month; matter-of-fact"),

("FR50_012", "Samuel Adeyemi", "2026-11-05T16:20:00", "asr",
 "A: hi you're through to metrocable this is samuel\n"
 "C: hey so my contract's up this month and i got a letter about renewing\n"
 "A: yes so i can renew you on the same tv and internet bundle at ninety nine a month locked for two years\n"
 "C: okay yeah that's the same as now right let's renew it\n"
 "A: great and i see you've been looking at the sports pack on the app\n"
 "C: uh yeah i have how much is that\n"
 "A: normally it's thirty a month but with the renewal i can do twenty\n"
 "C: twenty oh nice yeah okay add the sports pack at twenty\n"
 "A: done so ninety nine for the bundle plus twenty for sports starting on your next bill\n"
 "C: that's a good deal honestly thanks man my dad's gonna be thrilled for football season",
 True, 20.00, "positive", "renewal 'let's renew it'; sports pack revised thirty -> twenty, accepted at twenty"),

("FR50_013", "Elena Petrova", "2026-11-06T09:55:00", "asr",
 "A: thank you for calling clearwater utilities this is elena\n"
 "C: yeah i got charged a late fee and i paid on time i have the receipt\n"
 "A: let me check the account um okay i see your payment posted on the sixteenth and the due date was the fifteenth\n"
 "C: i paid it on the fourteenth online your system took two days\n"
 "A: i see that i can waive the fifteen dollar fee as a one time courtesy\n"
 "C: one time courtesy it wasn't my fault\n"
 "A: i understand it's been removed from the account\n"
 "C: mhm\n"
 "A: is there anything else\n"
 "C: no fine whatever it's off but i'm still annoyed i have to call every time your website is slow",
 False, 0.0, "negative", "fee waived, nothing bought; ends 'still annoyed'"),

("FR50_014", "Jordan Hayes", "2026-11-06T13:12:00", "asr",
 "A: rapid rooter plumbing this is jordan\n"
 "C: hi my kitchen sink is backed up and there's water under the cabinet i need someone today\n"
 "A: okay let me look at the schedule um today we're fully booked the first opening is monday morning\n"
 "C: monday it's thursday\n"
 "A: i know i'm sorry we had a lot of emergency calls with the freeze\n"
 "C: is there like a wait list or anything\n"
 "A: i can put you on a cancellation list but i can't promise anything\n"
 "C: no forget it i need someone today i'll call somebody else\n"
 "A: understood i'm sorry we couldn't help\n"
 "C: yeah me too",
 False, 0.0, "negative", "no same-day slot; 'forget it ... i'll call somebody else'"),

("FR50_015", "Nadia Haddad", "2026-11-06T15:30:00", "clean",
 "A: Hi, this is Nadia from FreshCrate. I'm calling because your trial box was delivered last week. Is this still the best email for you, jenna.m@inbox.com?\n"
 "C: Yes, that's my email.\n"
 "A: Great. How did you like the box?\n"
 "C: It was fine. The salmon was good, the tacos were a bit bland.\n"
 "A: Glad to hear it. We can continue you on the weekly plan at $59.94 for three meals for two. Would you like me to keep it going?\n"
 "C: No, I don't think so. It's a bit much for us right now.\n"
 "A: Understood. Would a box every other week work better?\n"
 "C: I'll pass for now, thanks.\n"
 "A: No problem, I've made sure nothing else ships.\n"
 "C: Okay, thank you.",
 False, 0.0, "neutral", "'Yes' only confirms the email; 'I'll pass for now'; mixed-flat feedback"),

("FR50_016", "Owen McCarthy", "2026-11-09T10:10:00", "asr",
 "A: thanks for calling peak outfitters this is owen\n"
 "C: hi um yeah i wanna order the the trail runner shoes men's ten and a half in the blue\n"
 "A: got it those are one thirty nine ninety nine\n"
 "C: okay yeah\n"
 "A: and i'll read it back one pair trail runners size ten and a half blue one thirty nine ninety nine shipping to the address on file is that correct\n"
 "C: yep that's correct\n"
 "A: okay hmm it looks like the card ending in four four one two was declined\n"
 "C: oh weird um try the other one the visa ending in eight zero zero three\n"
 "A: okay that one went through your order is placed\n"
 "C: okay cool thanks",
 True, 0.0, "neutral", "confirms read-back; first card declined, second card goes through, order placed"),

("FR50_017", "Maria Delgado", "2026-11-09T12:48:00", "clean",
 "A: Thanks for calling Lumen Electronics, this is Maria.\n"
 "C: Hi, I want to order the Nova 55-inch TV that's on sale for $499.\n"
 "A: Sure. I have one left in stock at your local store for pickup. Shall I place that order?\n"
 "C: Yes, please.\n"
 "A: I'm sorry, the card on file was declined. Do you have another card you'd like to use?\n"
 "C: Declined? That can't be right. Can you try it again?\n"
 "A: I tried it twice, it's coming back declined from the bank.\n"
 "C: Ugh, this is so embarrassing. I don't have another card with me.\n"
 "A: I can't hold the TV without payment, unfortunately, but you can call back anytime.\n"
 "C: Great, so it'll be gone by then. This is really frustrating.",
 False, 0.0, "negative", "'Yes, please' but card declined twice, nothing bought; 'really frustrating'"),

("FR50_018", "Kevin Osei", "2026-11-09T16:03:00", "asr",
 "A: brightwave wireless this is kevin thanks for holding\n"
 "C: oh great a human finally forty minutes on hold that's a new record\n"
 "A: i'm really sorry about the wait how can i help\n"
 "C: i'm flying to lisbon tomorrow and my phone needs to work there\n"
 "A: okay so you don't have any international feature right now the travel pass is ten dollars a day only on days you use it\n"
 "C: fine yeah put the travel pass on\n"
 "A: alright it's added and active starting tomorrow\n"
 "C: mhm\n"
 "A: anything else i can do for you today\n"
 "C: no i'd just like to not wait forty minutes next time but i guess that's too much to ask",
 True, 0.0, "negative", "'put the travel pass on' = the call's only purchase (main, not an upsell); sarcasm about hold time"),

("FR50_019", "Priya Raman", "2026-11-10T09:27:00", "asr",
 "A: lakeshore insurance this is priya how can i help\n"
 "C: hi yeah i got a renewal notice for my homeowners and i just wanna make sure it's uh still the same coverage\n"
 "A: it is same coverage the premium went up slightly to uh eleven forty a year\n"
 "C: eleven forty okay um yeah that's okay\n"
 "A: and one thing we're recommending this year is flood coverage it's a hundred and twenty a year for your zone\n"
 "C: mhm\n"
 "A: would you like me to add that\n"
 "C: no skip the flood thing we're up on a hill\n"
 "A: okay so i'll process the renewal at eleven forty without flood is that good\n"
 "C: yeah go ahead and renew it\n"
 "A: done you'll get the new declarations page by email\n"
 "C: okay thanks",
 True, 0.0, "neutral", "'go ahead and renew it'; flood add-on declined 'skip the flood thing' ('mhm' is a backchannel)"),

("FR50_020", "Tom Whitaker", "2026-11-10T18:15:00", "clean",
 "A: Good evening, Riverside Arena box office, this is Tom.\n"
 "C: Hi, I'd like two tickets for the Marla James show on Saturday, the $85 ones.\n"
 "A: Let me check. I'm sorry, Saturday is completely sold out.\n"
 "C: What? The website said there were seats an hour ago.\n"
 "A: The last ones went about twenty minutes ago. I can put you on the waitlist for returns.\n"
 "C: Is Sunday available?\n"
 "A: There's no Sunday show on this tour, unfortunately.\n"
 "C: Okay, put me on the waitlist, I guess.\n"
 "A: Done, you're on the waitlist. We'll email if anything opens up.\n"
 "C: Sure. I've been trying for weeks, this is so disappointing.",
 False, 0.0, "negative", "sold out, only a free waitlist; 'so disappointing'"),
]
