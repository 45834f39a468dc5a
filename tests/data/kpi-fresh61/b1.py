CALLS = [
("FR61_001", "Maya Okafor", "2026-11-02T09:14:22", "clean",
"""A: Thanks for calling Northline Mobile, this is Maya. How can I help?
C: Hi, yeah, I'm looking at my October bill and I've been charged twice for the same month. $68.40, two times.
A: I'm sorry about that. Can I get the account number or the phone number on the account?
C: It's 555-0142.
A: Thank you. Okay, I can see it. The autopay ran on the 3rd and then the payment retried on the 4th even though the first one went through.
C: So I'm not crazy.
A: You're not. I've put through a refund for the duplicate $68.40. It should be back on your card in three to five business days.
C: Oh, thank goodness. I was dreading a whole fight over this.
A: No fight needed. I've also added a note so the retry doesn't happen again.
C: Thank you so much, that's a huge relief. Really, you made that easy.""",
False, 0.0, "positive", "billing error refunded; no purchase; ends 'huge relief... you made that easy'"),

("FR61_002", "Derek Lindqvist", "2026-11-02T10:41:05", "asr",
"""A: harbor view inn this is derek speaking
C: hi uh i wanted to book a room for the weekend of the thirteenth two nights
A: sure friday the thirteenth and saturday the fourteenth checking out sunday
C: yeah that's right
A: we have a queen room with a partial harbor view at one sixty nine a night
C: mhm okay that's fine
A: and would you like late checkout on sunday it's thirty five dollars and you can stay until two
C: um yeah actually go ahead and add that we're driving back so that helps
A: perfect so that's two nights in the queen room plus the late checkout can i get a card to hold it
C: yeah it's a visa ending four four one two
A: you're all set your confirmation is going to your email
C: okay thanks""",
True, 35.0, "neutral", "books two nights; 'go ahead and add that' to late checkout thirty five dollars; flat 'okay thanks'"),

("FR61_003", "Priya Raman", "2026-11-03T16:05:47", "clean",
"""A: Good afternoon, Olive & Ash, Priya speaking.
C: Hi! I'd like to make a reservation for Saturday night, there'll be six of us.
A: Let me check. I have 7:00 or 8:30 available on Saturday.
C: 7:00 would be perfect.
A: Great. Can I get a name and phone number?
C: Lucia Ferreira, 555-0187.
A: So that's a table for six, Saturday the 7th at 7:00 pm, under Ferreira. Is that right?
C: Yep, that's right. Is there parking nearby?
A: There's a public lot right behind us, free after 6.
C: Amazing. It's my mom's birthday, we've been wanting to try you guys forever, can't wait.""",
True, 0.0, "positive", "confirms read-back 'Yep, that's right' with a question; 'Amazing... can't wait'"),

("FR61_004", "Tomas Herrera", "2026-11-03T11:22:10", "clean",
"""A: Hi, is this Mr. Grady? This is Tomas calling from Ridgeway Auto Service.
C: Speaking.
A: Our records show your Civic is about 500 miles past its oil change interval, so I wanted to see if we could get you in this week.
C: Oh, right. Yeah, the sticker's been staring at me.
A: We've got openings Wednesday morning or Thursday after 2.
C: This week's kind of a mess for me honestly.
A: Understood. Would next Monday work?
C: I'll probably just swing by sometime next week. I'll give you guys a call when I know my schedule.
A: Sounds good. Just ask for me when you call.
C: Will do. Thanks.""",
False, 0.0, "neutral", "deferral 'I'll give you guys a call when I know my schedule'; no slot booked; polite/neutral"),

("FR61_005", "Janelle Brooks", "2026-11-04T13:30:55", "asr",
"""A: thank you for calling streamlink support this is janelle can i get your account number
C: yeah it's uh it's under cheryl watts the internet is down again
A: okay i see the account is the light on your modem blinking orange or solid
C: blinking orange same as last time same as the time before that
A: okay can you unplug it for thirty seconds and plug it back in for me
C: i already did that twice before i called
A: i understand let me run a line test from here
A: i'm seeing signal drops at the box outside your house i'm going to send a ticket to field ops
C: so when is someone actually coming
A: the earliest the field team can look at it is monday between eight and noon they don't need access to the house
C: monday it's wednesday i work from home
C: this is the third time this month honestly i'm looking at other providers""",
False, 0.0, "negative", "outage support, no purchase (field visit is a repair ticket); 'third time this month... looking at other providers'"),

("FR61_006", "Kenji Watanabe", "2026-11-04T15:12:38", "clean",
"""A: Hello, Mrs. Alvarez? This is Kenji from Cedar Mutual. I'm calling because your homeowners policy comes up for renewal on December 1st.
C: Oh yes, I got the letter.
A: The renewal premium is $1,184 for the year, up about 3 percent. I also wanted to mention, since you're in the new flood map zone, we can add a flood rider for $18 a month.
C: Hm. We did get water in the garage last spring.
A: That's exactly what it would cover, up to $50,000.
C: Alright. Renew it, and put the flood rider on too.
A: Will do. So the renewal at $1,184 plus the flood rider at $18 a month, starting December 1st. Sound right?
C: That's right.
A: You'll get the updated declarations page by email this week.
C: Okay. Thank you.""",
True, 18.0, "neutral", "'Renew it, and put the flood rider on too' - renewal + rider $18 a month counted once; neutral tone"),

("FR61_007", "Rosa Delgado", "2026-11-05T10:03:17", "clean",
"""A: Thank you for calling Hearth & Grain Furniture, this is Rosa.
C: Hi, I was in the store Saturday and I want to order the Linden bed frame, the queen in walnut.
A: Lovely choice. The queen Linden in walnut is $899. Did you see the matching nightstands?
C: I did, how much are those again?
A: They're $189 each.
C: Okay, let's do two of the nightstands with it.
A: Perfect. We also offer in-home assembly for $120 if you'd like.
C: No, my brother-in-law owes me a favor, we'll put it together.
A: Ha, fair enough. So the queen Linden frame, and two nightstands at $189 each. Delivery is free, and we can bring it on the 19th.
C: The 19th works. Honestly you guys have been great, the store visit was the nicest shopping experience I've had all year.""",
True, 378.0, "positive", "bed frame main; two nightstands at $189 each = 378; assembly declined; 'you guys have been great'"),

("FR61_008", "Owen Fitzgerald", "2026-11-05T14:47:02", "asr",
"""A: tri county power and gas this is owen
C: yeah hi my bill this month is four hundred and twelve dollars it's normally like ninety
A: i'm sorry let me pull up the account what's the address
C: two eighteen birch lane
A: okay it looks like the last two readings were estimated because the meter couldn't be accessed and then this month had an actual read so it caught up
C: the meter couldn't be accessed it's on the side of the house there's no gate
A: i understand i'll put a note on the account and i can spread the catch up amount over the next three bills
C: so i'm still paying four hundred dollars for something that's your mistake
A: the usage is real it just wasn't billed at the time but we can spread it out
C: this is ridiculous nobody told me anything was estimated
A: i'm sorry about that i've set up the three month split for you
C: yeah fine whatever""",
False, 0.0, "negative", "bill complaint; installment split is not a purchase; 'this is ridiculous', ends 'yeah fine whatever'"),

("FR61_009", "Aisha Mbeki", "2026-11-06T08:35:44", "clean",
"""A: Brightsmile Dental, Aisha speaking.
C: Hi, I need to schedule a cleaning. It's been about eight months.
A: No problem. Are you an existing patient?
C: Yes, Daniel Osei, date of birth March 3rd, 1988.
A: Found you. I have Thursday the 12th at 10:30 with Dr. Kaplan, or the following Tuesday at 3.
C: Thursday at 10:30 is fine.
A: Okay, I've booked you for Thursday, November 12th at 10:30. You'll get a text reminder the day before.
C: Okay. Do I need to bring anything?
A: Just your insurance card if it's changed.
C: It hasn't. Alright, thanks.""",
True, 0.0, "neutral", "'Thursday at 10:30 is fine' commits to offered appointment, booked; routine thanks"),

("FR61_010", "Grant Sullivan", "2026-11-06T12:18:29", "clean",
"""A: Thanks for calling Reelbox, this is Grant. How can I help?
C: Hi, I want to cancel my subscription.
A: I can help with that. Can I ask what's prompting the cancellation?
C: I just don't watch it. I think I opened the app twice since summer.
A: That's fair. Before I process it, I can offer you 50 percent off for the next three months, so $7.99 instead of $15.99.
C: I appreciate it, but it'd be wasted money either way. Go ahead and close it out.
A: Understood. Your account will stay active until the end of the billing period, November 21st.
C: That's fine.
A: Anything else I can help with?
C: No, that's it. Thanks.""",
False, 0.0, "neutral", "save offer refused without 'no' ('it'd be wasted money... close it out'); cancellation; neutral"),

("FR61_011", "Lena Hoffmann", "2026-11-09T17:02:51", "asr",
"""A: metro arena box office this is lena
C: hi um i'm trying to get tickets for the wildflower tour show on the twenty first
A: okay let me check the twenty first
C: i need four if possible uh together ideally
A: i'm so sorry that show sold out this morning there's nothing left in any section
C: oh no are you sure not even like single seats
A: nothing at all there's a waitlist through the website but i can't promise anything
C: is there a second date or anything
A: not in this city unfortunately the nearest is the twenty third in riverton
C: that's four hours away
C: ugh that's really disappointing my daughter's been counting down for months
A: i'm really sorry
C: yeah okay bye""",
False, 0.0, "negative", "sold out, nothing booked; 'that's really disappointing'"),

("FR61_012", "Marcus Bell", "2026-11-09T09:51:36", "clean",
"""A: Crestview Bank card services, this is Marcus.
C: Hi, I think I lost my debit card. I had it at the grocery store yesterday and now it's just gone.
A: Let's lock it right away. Can you verify the last four of your Social and your date of birth?
C: 4471, and June 9th, 1979.
A: Thank you. I've frozen the card. I'm not seeing any transactions since your grocery purchase yesterday at 6:12 pm.
C: Oh, okay. That's good.
A: I'm ordering a replacement now. Since it's your only debit card, I'll send it expedited at no charge. It'll arrive Wednesday.
C: Wow, I didn't expect that. Thank you.
A: In the meantime you can add the new card number to your phone wallet as soon as it's issued, which is today.
C: You've been brilliant, honestly. I was panicking when I called.""",
False, 0.0, "positive", "card replacement is service, no purchase; 'You've been brilliant'"),

("FR61_013", "Sofia Petrov", "2026-11-10T11:27:19", "clean",
"""A: Skyward Airlines, this is Sofia. How can I help?
C: Hi, I need to move my flight to Denver from the 18th to the 20th. Confirmation code KX7P2M.
A: Let me look. You're on the 7:40 am on the 18th. On the 20th I have a 9:15 am with seats available, and since you're on a flexible fare there's no change fee.
C: Oh great, the 9:15 on the 20th then, please.
A: Done. You were in seat 31C. There's a premium economy seat available on that flight for $140 more, if you'd like extra legroom.
C: You know what, it's a three-hour flight and I'm six-four. Yes, put me in premium.
A: Okay, I've moved you to 9C, premium economy, $140 charged to the card on file.
C: Perfect.
A: Your new itinerary is in your email.
C: That was so much faster than I thought. Thank you, really appreciate it.""",
True, 140.0, "positive", "rebooks to the 20th; 'Yes, put me in premium' $140 upgrade; 'so much faster... really appreciate it'"),

("FR61_014", "Caleb Nguyen", "2026-11-10T07:58:40", "asr",
"""A: allbright heating and air this is caleb
C: hi our furnace quit two days ago and it's thirty eight degrees in the house we've got little kids
A: oh no i'm sorry let's get someone out is it making any noise or just not coming on
C: it clicks and then nothing
A: okay our first opening is tomorrow morning between eight and ten the diagnostic visit is eighty nine dollars and that goes toward any repair
C: tomorrow i called yesterday and nobody called me back
A: i apologize i don't see a message from yesterday
C: great so it just vanished
A: i can put you on the cancellation list for today too in case something opens up
C: fine whatever just book the tomorrow one and put me on the list
A: okay you're booked tomorrow eight to ten and you're on the list for today
C: we've been freezing for two days this has been awful""",
True, 0.0, "negative", "'just book the tomorrow one' - repair visit booked; diagnostic fee is main service; 'this has been awful'"),

("FR61_015", "Harriet Cole", "2026-11-11T14:09:03", "clean",
"""A: Hi, this is Harriet calling from Bellweather Home. You bought a stand mixer from us two weeks ago, and I'm just following up on how it's going.
C: Oh! Yes, hi. It's going great, actually.
A: Glad to hear it. Any problems with the delivery or setup?
C: None. It came a day early. I've made bread three times already.
A: That's wonderful. We also have a pasta roller attachment, if you ever want to branch out.
C: Ha, maybe someday. Not right now, my counter's full.
A: Totally understand. Is there anything we could have done better?
C: Honestly, no. The guy in the store was really patient with me too.
A: I'll pass that along. Thanks for your time.
C: Thanks for checking in, that's nice of you.""",
False, 0.0, "positive", "follow-up call, attachment deferred 'maybe someday. Not right now'; 'going great... really patient'"),

("FR61_016", "Ibrahim Saleh", "2026-11-11T16:44:12", "clean",
"""A: Hi, is this Joanne? My name's Ibrahim, I'm with Northline Mobile. I'm calling because you're eligible for our Unlimited Plus plan.
C: Okay?
A: Right now you're on the 15-gig plan at $45. Unlimited Plus is $60, so $15 more a month, and you'd get the hotspot and HD streaming.
C: Fifteen more is a lot. I mostly use Wi-Fi.
A: It also includes a streaming subscription, which is worth about $10 by itself.
C: I'd do it if it were ten more, maybe. Fifteen, I don't know.
A: I'm afraid I can't change the price on that one.
C: Then I'll stick with what I have.
A: No problem. If you change your mind it's in the app.
C: Okay, thanks.""",
False, 0.0, "neutral", "conditional 'I'd do it if it were ten more' then 'I'll stick with what I have'; neutral"),

("FR61_017", "Maya Okafor", "2026-11-12T10:16:58", "asr",
"""A: northline mobile this is maya how can i help
C: hi yeah i want to add a line for my daughter she's turning thirteen and she's been begging
A: aw okay happy birthday to her adding a line is thirty dollars a month on your plan
C: mhm that's what i saw online
A: are you bringing a phone or getting one from us
C: she's getting my old one
A: okay we can also put device protection on it for seven dollars a month which covers cracked screens and loss
C: oh with a thirteen year old yes definitely put that on
A: okay so a new line at thirty a month with protection at seven a month shall i set that up
C: yes please
A: done the sim will ship today
C: awesome thank you you made that super easy she's going to be so excited""",
True, 7.0, "positive", "new line 'yes please'; 'definitely put that on' protection seven dollars a month; 'super easy'"),

("FR61_018", "Derek Lindqvist", "2026-11-12T13:38:21", "clean",
"""A: Harbor View Inn, Derek speaking.
C: Hi, I need to cancel a reservation. It's under Patel, for the 27th.
A: Let me find it. Two nights, the 27th and 28th, king room?
C: That's the one. My conference got moved online.
A: Sorry to hear that. Since it's more than 72 hours out, there's no penalty. I'll cancel it and refund the $40 deposit.
C: Okay, good.
A: Would you like to keep the dates open and rebook for later?
C: No, not at this point.
A: Understood. The cancellation number is HV-30981, and the refund will show in about five days.
C: Alright. Thanks.""",
False, 0.0, "neutral", "cancellation with refund; rebook declined; flat tone"),

("FR61_019", "Priya Raman", "2026-11-13T09:07:33", "clean",
"""A: Olive & Ash catering, this is Priya.
C: Hi, I need lunch for a team meeting next Tuesday, around twenty people.
A: Sure. Our boxed lunches are $16.50 each and come with a sandwich, side salad and a cookie.
C: Let's do twenty of those. Can you do a few vegetarian?
A: Absolutely, how many?
C: Six vegetarian, fourteen regular.
A: Got it. Would you like to add a dessert platter for $45, or a drinks package for $30?
C: The dessert platter, yes. Drinks we have at the office.
A: Okay. So twenty boxed lunches, six veggie and fourteen regular, plus the dessert platter, delivered Tuesday at 11:45. Is that correct?
C: Correct. You catered our holiday party last year and everyone still talks about it, so I'm excited.""",
True, 45.0, "positive", "twenty boxed lunches; dessert platter $45 accepted, drinks declined; 'everyone still talks about it... excited'"),

("FR61_020", "Tomas Herrera", "2026-11-13T15:55:08", "asr",
"""A: ridgeway motors this is tomas
C: hey uh i saw the used outback on your website the twenty twenty one green one
A: yep the wilderness trim it's still here
C: okay cool could i come drive it
A: sure when works for you
C: um saturday maybe late morning
A: i can do eleven or eleven thirty on saturday
C: eleven's good
A: perfect i'll put you down for eleven on saturday what's your name
C: ben ortiz
A: okay ben you're all set for saturday at eleven bring your license
C: yep got it see you then""",
True, 0.0, "neutral", "test drive appointment 'eleven's good' booked; neutral"),
]
