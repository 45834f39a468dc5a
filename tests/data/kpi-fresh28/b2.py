CALLS = [
("FR28_021", "Aisha Khan", "2026-11-02T13:26:41", "asr", """
A: thank you for calling vista cable this is aisha are you calling about your account
C: yeah i want to cancel my tv service
A: i'm sorry to hear that may i ask why
C: it's a hundred and forty a month and i watch like three channels everything else i stream
A: i understand let me see what i can do i can take thirty off for the next twelve months
C: so you could've charged me thirty less this whole time
A: it's a loyalty promotion we can offer customers who've been with us
C: right i only get loyalty when i try to leave
A: i can also add the sports tier free for six months
C: no i don't want more channels i want less bill just cancel it please
A: okay i've processed the cancellation your service ends on the thirtieth
C: fine and i'll drop the box off at the store
A: yes any vista store will take it
C: okay bye
""", False, 0.0, "negative", "retention offers refused, service cancelled; resentful about loyalty pricing"),

("FR28_022", "Daniel Reyes", "2026-11-03T10:18:05", "clean", """
A: Westgate Toyota, Daniel speaking.
C: Hi, I saw the 2026 RAV4 hybrid on your website, the blue one, stock number 7841. Is it still there?
A: It is, it came in on Monday.
C: Could I come and drive it?
A: Absolutely. I have Saturday at 10 or 11:30, or weekday evenings after 5.
C: Saturday at 11:30 works.
A: Great, may I put you down for a test drive Saturday at 11:30? I'll just need your name and number.
C: Yes, that's fine. It's Ellen Park, 617-555-0193.
A: Got it, Ms. Park, you're booked. Bring your driver's licence and we'll have the car out front.
C: Okay. And the listed price, $38,900, is that before fees?
A: Yes, before tax, title and a $299 doc fee.
C: All right. See you Saturday.
""", True, 0.0, "neutral", "test-drive appointment booked (free appointment counts as booking, see README); price only asked about"),

("FR28_023", "Sofia Rossi", "2026-11-04T09:07:33", "asr", """
A: good morning sparkle home cleaning this is sofia
C: hi um i'm looking for someone to clean my place every other week
A: we can do that how big is the home
C: it's a three bedroom two bath
A: for a three bedroom biweekly it's one twenty per visit
C: okay that's about what i expected can you do fridays
A: fridays work we could start on the twenty first would you like me to set that up
C: yes please
A: great we also do add ons on the first visit inside the fridge is twenty five and inside the oven is thirty five
C: oh the oven desperately needs it and honestly the fridge too do both
A: perfect fridge and oven on the first visit starting friday the twenty first
C: this is so great i've been putting this off forever thank you
""", True, 60.0, "positive", "biweekly cleaning booked; fridge 25 + oven 35 accepted = 60; regular visit price is the main purchase"),

("FR28_024", "Kevin O'Brien", "2026-11-05T14:50:12", "clean", """
A: Summit Federal, mortgage team, this is Kevin.
C: Hi, I'm wondering if it makes sense to refinance. I'm at 7.1% right now.
A: Okay. What's the balance and how many years are left?
C: About $310,000, 27 years left.
A: Today I can offer 6.25% on a 30-year fixed. That would lower your payment by roughly $190 a month.
C: And the closing costs?
A: Around $4,800, which you can roll into the loan.
C: Hmm. So it takes about two years to break even.
A: A little over two years, yes. Would you like to start the application?
C: It sounds good, but I'd like to think about it and run the numbers. Can you email me the estimate?
A: Of course, I'll send it to the email on file today.
C: Okay, thank you.
""", False, 0.0, "neutral", "interest without commitment; asks for an email; calm"),

("FR28_025", "Hannah Kim", "2026-11-05T19:21:48", "asr", """
A: stageline tickets this is hannah
C: hi i'm trying to get two tickets for the marigold tour at the arena on the ninth
A: let me check for you one moment
C: sure
A: i'm so sorry the ninth is completely sold out as of this morning
C: what no the presale said there'd be plenty left
A: i know it moved really fast there is a second show on the tenth but that's sold out too
C: is there like a waitlist or anything
A: we don't run a waitlist but resale opens next week
C: on resale they'll be like four hundred each i'm not doing that
A: i understand i'm sorry i couldn't help more
C: yeah this is really disappointing i told my daughter we were going
""", False, 0.0, "negative", "show sold out, no alternative taken; disappointed"),

("FR28_026", "Marcus Webb", "2026-11-06T11:44:29", "clean", """
A: Tread Pro Tire & Auto, this is Marcus.
C: Hi, I need four new tires for a 2019 Subaru Outback. I was quoted the Falken Wildpeaks.
A: Yes, the Wildpeaks in your size are $145 each, mounted and balanced.
C: Okay, four of those. Can you do them tomorrow morning?
A: I can do 9 am. I'd also recommend an alignment with new tires, it's $89.95.
C: If it's under a hundred, sure, go ahead, the car does pull a bit to the right.
A: It is, $89.95. So four Wildpeaks plus the alignment, tomorrow at 9.
C: That works.
A: You're booked. It'll take about an hour and a half.
C: Fine, I'll wait there.
""", True, 89.95, "neutral", "four tires (main) booked; alignment accepted on a condition that was met = 89.95"),

("FR28_027", "Elena Petrova", "2026-11-09T12:33:57", "asr", """
A: hi thanks for calling wander far tours this is elena
C: hi we're looking at the costa rica family adventure in march
A: lovely that one's eight days the price is two thousand one hundred per adult and fifteen fifty per child
C: okay we're two adults and two kids uh the kids are nine and twelve
A: so that's seven thousand three hundred in total for the march fourteenth departure would you like me to reserve it
C: um let me check with my wife she's right here hang on
C: okay she says go for it book it
A: wonderful you're reserved for march fourteenth we also recommend travel insurance it's thirty two dollars per person
C: yeah for four of us add that
A: done that's insurance for all four travellers
C: amazing the kids are gonna lose their minds thank you so much
""", True, 128.0, "positive", "deferral resolved in the same call, tour booked; insurance $32 per person x 4 = 128; ages/dates not prices"),

("FR28_028", "Omar Haddad", "2026-11-10T16:09:14", "clean", """
A: Hi, you've reached PixelForge billing, this is Omar.
C: Hi, I'd like to cancel my Creative subscription, please.
A: I can help with that. May I ask why you're leaving?
C: I finished the project I needed it for. No complaints, it's just not something I use anymore.
A: Understood. I could offer three months at half price, $14.99 a month, if you'd like to keep it.
C: That's kind, but no thanks.
A: Or I can pause it for up to three months at no charge.
C: No, a clean cancel is better for me.
A: Done. You'll keep access until December 2 and won't be billed again.
C: Okay. Thanks.
""", False, 0.0, "neutral", "cancellation, save and pause offers declined; calm and cordial, routine thanks"),

("FR28_029", "Grace Liu", "2026-11-11T10:52:20", "asr", """
A: thanks for calling northline outfitters this is grace
C: hi i'd like to order the alpine down jacket in medium in the olive colour
A: sure that's two twenty nine we have it in olive medium
C: okay great and i need it by the fifteenth it's for a trip
A: okay would you like to add the matching beanie for twenty four
C: uh sure why not
A: so the jacket and the beanie let me check shipping oh it looks like olive medium ships from our warehouse in seven to ten business days
C: seven to ten that's after the fifteenth
A: i'm sorry that's the earliest for that colour
C: that's way too slow forget it cancel the whole thing i'll just get one at the mall
A: okay i've cancelled the order
C: yeah thanks for nothing
""", False, 0.0, "negative", "whole order (jacket and accepted beanie) cancelled; upsell void; ends annoyed"),

("FR28_030", "Ben Carter", "2026-11-12T13:37:46", "clean", """
A: Fig & Olive Catering, Ben speaking.
C: Hello, I'm organising our office holiday lunch on December 18th and I'd like a quote for 40 people.
A: Our Mediterranean buffet is $18 per person, that includes two mains, three salads and bread.
C: That sounds right. We'll go with the buffet for 40.
A: Would you like to add a dessert platter? It's $3 per person, baklava and fruit.
C: Yes, add dessert for everyone.
A: Perfect. Buffet and dessert for 40, delivered at noon on the 18th to which address?
C: 200 Harbor Street, 6th floor.
A: Got it. I'll send the confirmation and invoice today.
C: Wonderful, you've been so helpful, everyone loved your food last year.
""", True, 120.0, "positive", "catering ordered for 40; dessert $3 per person x 40 = 120; address/date not prices"),

("FR28_031", "Nadia Ali", "2026-11-12T20:14:09", "asr", """
A: thank you for calling fiberlink support this is nadia
C: hi there how are you doing i think my internet's been down since about noon
A: i'm well thanks let me check your area yes there's an outage affecting your neighbourhood
C: oh okay no worries when's it coming back
A: the crews estimate about seventy two hours there was damage to a main line
C: seventy two hours three days i work from home
A: i understand is there anything else i can help with
C: um can i at least get a credit for those days
A: credits are applied automatically only after outages longer than five days
C: so i pay for internet i don't have that's ridiculous
A: i'm sorry i can note your concern on the account
C: don't bother honestly this is the worst provider i've ever had
""", False, 0.0, "negative", "friendly opening, ends furious; no purchase"),

("FR28_032", "Lucas Martin", "2026-11-13T08:28:51", "clean", """
A: Good morning, Motion Physio, Lucas speaking.
C: Hi, my doctor referred me for knee physio after my surgery.
A: Sorry to hear about the knee. An initial assessment is $95 and takes 45 minutes. I have Tuesday at 4 pm or Wednesday at 8 am.
C: Tuesday at 4 is better.
A: Would you like me to book you in for Tuesday at 4?
C: Yes, book me in for Tuesday at 4. Do I need to bring anything?
A: Just the referral letter and comfortable clothes. We also have a 30-minute recovery massage for $40 that some patients add after the assessment.
C: Is there parking near you?
A: Yes, free parking behind the building.
C: Great. See you Tuesday then.
""", True, 0.0, "neutral", "assessment booked ('yes' plus a question); massage offer left unanswered = 0"),

("FR28_033", "Maria Lopez", "2026-11-16T11:03:37", "asr", """
A: harbor view hotels this is maria
C: hi i need rooms for a conference in austin uh the second through the fourth of december
A: sure how many rooms
C: three rooms one king each
A: i have three kings at one forty nine a night at the downtown property
C: okay that's within our per diem go ahead and book those
A: great can i have the names for the rooms
C: priya shah mark ellis and myself dana cole
A: thank you all three are booked we also offer late checkout at two pm for thirty dollars per room
C: mm just for my room i fly out late
A: done late checkout for ms cole
C: okay thanks
""", True, 30.0, "neutral", "three rooms booked (main); late checkout $30 per room for one room = 30"),

("FR28_034", "James Chen", "2026-11-17T15:15:00", "clean", """
A: Hi, this is James from Anchor Auto Insurance. Your policy renews on December 1, do you have a minute?
C: Sure. Though I'll be honest, the renewal notice was $1,240 and Progressive quoted me $1,080.
A: Let me take a look. With your clean record I can apply a safe-driver discount, which brings you to $1,095 for the year.
C: Okay, that's close enough that I'd rather not switch.
A: Glad to hear it. Should I go ahead and renew at $1,095?
C: Yes, renew it.
A: Done. Would you like to add roadside assistance? It's normally $8 a month, but I can do $5 a month for you.
C: At $5, yes, add it.
A: Added. You'll get the new documents by email.
C: That's much better than I expected. Thanks, I appreciate you looking into it.
""", True, 5.0, "positive", "renewal accepted at revised price (discount not an upsell); roadside revised from $8 to $5 accepted = 5"),

("FR28_035", "Priya Patel", "2026-11-17T17:48:23", "asr", """
A: oakline furniture customer care this is priya
C: hi my dining table got delivered yesterday and there's a big crack along the edge
A: oh no i'm so sorry can you give me the order number
C: it's five five nine oh two
A: thank you i see the walnut table delivered on the sixteenth
C: yeah i paid almost nine hundred for it and it came like that i was pretty upset
A: that's completely understandable we'll send a replacement at no cost and pick up the damaged one
C: okay and how long will that take
A: the replacement can be delivered next tuesday between nine and one
C: okay that works i guess
A: i'll book it and email the confirmation
C: alright thanks
""", False, 0.0, "neutral", "free replacement delivery is not a purchase; upset early, settles to neutral acceptance"),

("FR28_036", "Tom Becker", "2026-11-18T10:21:56", "clean", """
A: Hi, is this Sam Ortiz? It's Tom from ShiftBoard, you downloaded our scheduling guide last week.
C: Oh, yes, hi. I did.
A: I wanted to see if scheduling is a pain point for your clinics.
C: It really is. We build the rota in spreadsheets for 60 staff across three sites. It's a nightmare.
A: ShiftBoard handles that, shift swaps, time-off requests, all in an app. It's $4 per staff member per month.
C: Honestly, that looks great. The swap feature alone would save my managers hours.
A: Would you like me to set up your account today?
C: I can't sign anything myself, our operations director has to approve it. Can you email me the pricing and a one-pager I can forward?
A: Absolutely, I'll send it in the next hour.
C: Perfect. I really think they'll go for it. Thanks, Tom!
""", False, 0.0, "positive", "enthusiastic interest but no commitment (needs approval, asks for email)"),

("FR28_037", "Aisha Khan", "2026-11-19T18:36:40", "asr", """
A: good evening basilico this is aisha
C: hi could i get a table for two on saturday around seven thirty
A: let me look yes i have seven thirty for two
C: oh lovely could it be by the window it's our anniversary
A: i'll put a window request on it can i have a name
C: it's hughes h u g h e s
A: great you're booked saturday at seven thirty for two under hughes
C: wonderful and how much is the wine pairing with the tasting menu
A: the wine pairing is sixty five per person
C: oh hm no that's okay we'll just order by the glass
A: of course we'll see you saturday
C: perfect we've heard amazing things can't wait thank you
""", True, 0.0, "positive", "reservation booked; wine pairing price only asked, then declined = 0"),

("FR28_038", "Daniel Reyes", "2026-11-20T09:42:18", "clean", """
A: DataSummit registrations, Daniel speaking.
C: Hi, I'm registering three people from our team for the February conference.
A: Great. Full conference passes are $299 each.
C: Fine. The names are Ana Souza, Lee Wong and Tariq Hamid.
A: Got them. There are also pre-conference workshops on February 3rd for $150.
C: Which workshops?
A: Data engineering, or machine learning in production.
C: Put Lee in the machine learning one. The others don't need a workshop.
A: So three passes and one ML workshop for Lee. Can you confirm?
C: Yes, that's right. Invoice the company, please, PO number 88120.
A: Done, you're all registered. Confirmation emails will go out today.
C: Thank you.
""", True, 150.0, "neutral", "three passes (main) confirmed on read-back; one workshop $150; PO number not a price"),

("FR28_039", "Sofia Rossi", "2026-11-20T14:11:05", "asr", """
A: crestline bank this is sofia how can i help
C: hi um i got charged an overdraft fee yesterday and i don't understand why my paycheck was supposed to be in there
A: let me look at that for you can you verify the last four of your card
C: uh four four one eight
A: thanks i see the charge for thirty five dollars it looks like your paycheck posted a few hours after a payment went out
C: so it was just timing
A: yes and since you haven't had an overdraft in years i've refunded the thirty five dollars
C: oh wow really
A: it's already back in your account
C: that's great thank you so much that really helps this month
""", False, 0.0, "positive", "fee refunded, no purchase; refunds are not upsells; grateful"),

("FR28_040", "Kevin O'Brien", "2026-11-23T12:29:31", "clean", """
A: PawPantry, this is Kevin. How can I help?
C: Hi, I want to set up autoship for my dog's food so I stop running out.
A: Sure. Which food?
C: The Hillcrest salmon and rice, the 30 lb bag.
A: That's $54 per bag. Every 4 weeks?
C: Every 4 weeks is perfect.
A: You're set up. By the way, the Hillcrest dental chews are $12.99 a bag, would you like any in the first shipment?
C: Oh, she loves those. Two bags, please.
A: Two bags of dental chews added to the first shipment. It'll arrive Thursday.
C: Fantastic. Honestly you guys are so much easier than the pet store.
""", True, 25.98, "positive", "food autoship (main); two bags of chews at $12.99 = 25.98; praises service"),
]
