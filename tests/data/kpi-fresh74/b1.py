CALLS = [
("FR74_001", "Marisol Vega", "2026-11-02T09:14:00", "clean",
"""A: Thanks for calling Brightline Home & Electronics, this is Marisol. How can I help?
C: Hi, I'm looking at the 65-inch Novex QLED, the one on sale for $899. I want to order it for pickup.
A: Great choice. It's in stock at your Eastgate store. Would you like to add our three-year protection plan for $129? It covers panel failure and power surges.
C: No, I think I'm fine on that.
A: No problem. Do you need a wall mount? The full-motion one is $79.
C: Nah, it's going on a stand. Actually, wait. Go back to that protection plan. My son launched a controller at our last TV. Add the plan.
A: Ha, done. So that's the TV at $899 plus the three-year plan at $129. Shall I place it for pickup tomorrow?
C: Yes, tomorrow after five works.
A: Perfect, it's placed. You'll get a text when it's ready.
C: Awesome, you've been really helpful. Thanks, Marisol.""",
True, 129.00, "positive",
"declined the $129 plan, then 'Go back to that protection plan... Add the plan'; mount declined; ends 'really helpful'"),

("FR74_002", "Derek Lindqvist", "2026-11-02T10:37:00", "asr",
"""A: okay so i've got the washer and the dryer both in white delivery is free on the pair and that comes thursday between eight and twelve
C: mhm yeah thursday's fine
A: and do you have old units we need to take away we do haul away for twenty five dollars each
C: uh yeah there's the old washer and the old dryer both of them
A: so that's two units at twenty five each fifty for the haul away you want me to add that
C: yeah do the haul away for both
A: alright and installation hookup is included with delivery so the guys will connect everything
C: okay
A: alright i've put it through you'll get a confirmation email
C: okay thanks""",
True, 50.00, "neutral",
"haul-away 'twenty five dollars each' x two units, 'yeah do the haul away for both' = 50; flat 'okay thanks'"),

("FR74_003", "Priya Raman", "2026-11-02T13:05:00", "clean",
"""A: Restwell Mattress, this is Priya speaking.
C: Hi, I'd like to order the Cloudline Hybrid in queen, the medium one.
A: Let me check. I'm sorry, the queen medium is on backorder, the earliest we could deliver is the second week of January.
C: Oh. My mother is visiting on the 20th, I was really counting on having it before then.
A: I understand. The Cloudline Firm in queen is in stock and could come this Saturday.
C: I tried the firm in the store. It's not for me.
A: Would you like me to put you on the January order so you hold your place?
C: No, I'd rather not pay for something that far out. I'll call back if anything changes.
A: Of course. I'll note your number in case stock comes in early.
C: That's a shame. Well, I guess that's that. Thank you.""",
False, 0.00, "negative",
"out of stock until January; declined the firm alternative and the backorder; 'That's a shame... I guess that's that' - disappointed"),

("FR74_004", "Tobias Wren", "2026-11-02T15:48:00", "asr",
"""A: hey thanks for holding so you're all set on the trailmaster e bike in the large frame that's twenty one ninety nine
C: yes finally i've been waiting on this bike for like two months this is awesome
A: ha glad we got one for you do you want a helmet with it we've got the matching one for sixty nine
C: yeah sure throw in the helmet
A: and a lock the u lock is forty five
C: no i've got a good lock already
A: okay so bike plus helmet i'm gonna
C: oh wait actually drop the helmet my brother's giving me his he never rides anymore
A: no worries just the bike then shall i put the order through for pickup saturday
C: yes please saturday's perfect
A: done see you saturday
C: awesome thank you so much man""",
True, 0.00, "positive",
"bike ordered; helmet $69 accepted then 'drop the helmet' (retracted by name); lock declined -> upsell 0; 'this is awesome'"),

("FR74_005", "Keisha Holloway", "2026-11-03T09:22:00", "clean",
"""A: Appliance desk, Keisha speaking.
C: Hi, your Frostline French-door fridge is $1,499 on your site, but Hartmann's has it for $1,349. Do you price match?
A: We do. Let me pull up their listing... yes, same model, in stock. I can match $1,349.
C: Great, then I'll take it.
A: Wonderful. Delivery is free. Does your home have a water line for the ice maker?
C: It does, but it's not connected at the moment.
A: Water-line hookup is normally $89, but since we're matching today I can do it for $59.
C: At fifty-nine, sure, add it.
A: Done. So the fridge at $1,349 and the hookup at $59. Delivery Tuesday morning okay?
C: Tuesday is perfect. I appreciate you matching that, honestly it made my day.""",
True, 59.00, "positive",
"price match on main item (not upsell); hookup revised $89 -> $59, 'At fifty-nine, sure, add it' = 59; 'made my day'"),

("FR74_006", "Nathan Okafor", "2026-11-03T11:10:00", "clean",
"""A: Oakridge Furniture customer care, Nathan speaking.
C: Yes, hi. I took Saturday off to wait for my sofa. Nobody showed. Nobody called.
A: I'm very sorry about that. I see the truck had a routing problem. I can get it to you on Wednesday.
C: Oh wonderful. Another day off. My boss will be thrilled.
A: I understand. While I reschedule, I can also offer white-glove assembly and placement for $40 on the new date.
C: Oh sure, let me pay you more for the privilege of being stood up. That's a good one.
A: Understood, no add-ons. I'll put a $50 credit on the order for the missed delivery.
C: Fifty dollars. Great. That covers about an hour of my Saturday.
A: Wednesday, 8 to noon, is that okay?
C: Whatever. Just make sure someone actually shows up this time.""",
False, 0.00, "negative",
"rescheduling an existing delivery, no new purchase; $40 assembly refused sarcastically; 'Oh wonderful. Another day off' - sarcasm"),

("FR74_007", "Gemma Castellano", "2026-11-03T14:30:00", "asr",
"""A: alright so the zentro fourteen laptop in silver eleven ninety nine and we have a two year extended warranty for one forty nine it covers the battery too
C: um yeah the battery thing sold me i'll do the warranty
A: okay and do you need a sleeve or a bag the padded sleeve is thirty nine ninety nine
C: yeah the sleeve's fine add that
A: wireless mouse is twenty four ninety nine
C: no i've got a mouse
A: okay so laptop at eleven ninety nine warranty one forty nine and the sleeve at thirty nine ninety nine that brings you to thirteen eighty seven ninety nine before tax
C: yeah that sounds right
A: great shall i charge the card on file
C: yep go ahead
A: done it ships tomorrow
C: okay thanks""",
True, 188.99, "neutral",
"warranty 149 + sleeve 39.99 accepted, mouse declined; total 1387.99 is said beside, upsell 188.99; flat"),

("FR74_008", "Ruben Szabo", "2026-11-04T10:02:00", "clean",
"""A: Oakridge Furniture, Ruben speaking.
C: Hi, I want the Harbor sectional, the $2,400 one, on your zero percent for 24 months offer.
A: Sure, I'll run the application for the store card. One moment... I'm sorry, the application came back declined.
C: Declined? My credit is fine, I checked last month.
A: The lender doesn't give us the reason, but you'll get a letter. Could you pay another way, or put a deposit down?
C: Not $2,400 at once, no. That was the whole point of financing.
A: I understand. We do have a smaller loveseat version at $1,150.
C: I need the sectional, there are five of us. I'll have to pass.
A: I'm sorry I couldn't help more today.
C: So am I. That's disappointing, I was pretty sure this would go through.""",
False, 0.00, "negative",
"financing declined, no other payment, loveseat declined: 'I'll have to pass'; 'That's disappointing'"),

("FR74_009", "Hannah Brightwell", "2026-11-04T13:41:00", "clean",
"""A: Brightline Electronics, Hannah speaking.
C: Hi. I want the Slate 11 tablet, the $649 one, and I've got an older tablet to trade in.
A: Sure. For a working Slate 8 we give $120 in trade-in credit, so the tablet comes to $529 after credit.
C: Fine. Order it.
A: Done. Most people pair it with the keyboard folio, that's $179.
C: That's steep for a keyboard. Is there anything you can do on that?
A: With the tablet bundle I can do $149.
C: Fine, add it at 149.
A: Added. I'll email you a prepaid label for the trade-in.
C: Okay. Thanks.""",
True, 149.00, "neutral",
"tablet is main; trade-in credit is a discount; folio revised $179 -> $149, 'Fine, add it at 149'; flat"),

("FR74_010", "Omar Haddad", "2026-11-04T16:15:00", "asr",
"""A: thanks for calling this is omar how can i help
C: hi um i'm looking at the quietline dishwasher the stainless one how much is it right now
A: that one is seven forty nine this week
C: okay and how much is installation
A: installation is one nineteen and haul away of the old one is twenty nine
C: mhm and how long does delivery take
A: usually three to five days would you like me to set up the order
C: um not yet i need to talk to my husband about it first
A: no problem i can email you a quote
C: yeah that works it's the email on my account
A: sent you should have it now
C: okay thank you""",
False, 0.00, "neutral",
"only asked prices; 'i need to talk to my husband about it first' = deferral; 'yeah that works' is about the emailed quote"),

("FR74_011", "Lucy Tran", "2026-11-05T09:50:00", "clean",
"""A: Oakridge Furniture, Lucy speaking.
C: Hi, I'd like to order the Linden dining table, the extending one, $1,150.
A: Lovely table. It comes with four chairs. Would you like extra chairs? They're $95 each.
C: Yes, two more, so we seat six.
A: So the table at $1,150 and two extra chairs at $95 each, $190. Delivery is free over $1,000. Confirm and I'll place it?
C: Yes, that's right. When would it come?
A: The 19th. And the dimensions are 72 inches closed, 96 open.
C: Wait, 96? Hang on... no. It won't fit open, the room is barely nine feet. You know what, cancel the whole thing, I measured wrong.
A: No problem, I've cancelled it. Nothing's been charged.
C: Sorry about that. I'll measure again and look at the smaller one.""",
False, 0.00, "neutral",
"confirmed table + 2 chairs at $95 each, then 'cancel the whole thing' -> no conversion, upsell 0; apologetic, neutral"),

("FR74_012", "Grant Whitaker", "2026-11-05T11:28:00", "asr",
"""A: brightline protection plans this is grant
C: hi yeah i got a letter saying the warranty on my tv is running out and i wanted to renew it
A: sure let me find it yep the sixty five inch from two years ago the renewal is eighty nine dollars for one more year
C: oh that's not bad at all honestly
A: it covers the same things panel power board and in home repair
C: yeah you guys fixed the power board last spring and the tech was great so yeah go ahead and renew it
A: done it's renewed through next november same card ending in four four one two
C: yep that's the one
A: you're all set
C: oh that's great you guys have been awesome thanks""",
True, 0.00, "positive",
"renewal is the main purchase ('go ahead and renew it'), no add-on -> upsell 0; 'you guys have been awesome'"),

("FR74_013", "Ines Moreau", "2026-11-05T15:02:00", "clean",
"""A: Brightline Electronics, this is Ines.
C: Hi! I'm buying the Vortex 5 console for my son's birthday, the $499 one. Is it in stock?
A: It is! Would you like extra controllers? They're $69.99 each.
C: He's got two friends who'll be over constantly, so... two of them.
A: Two controllers, $139.98. We also have a bundle with three games for $89.
C: He already picked his own games, so no to that.
A: Got it. Console plus two controllers. Shall I ship it?
C: Yes please, to the address on file.
A: Done, it arrives Thursday.
C: He is going to lose his mind. Thank you so much!""",
True, 139.98, "positive",
"console main; 'two of them' at $69.99 each = 139.98; games bundle declined; very pleased"),

("FR74_014", "Caleb Ferris", "2026-11-06T10:12:00", "asr",
"""A: restwell mattress this is caleb
C: hey i ordered a king mattress last week and i just wanted to know when it's coming
A: let me look it's scheduled for the fourteenth between one and five
C: okay cool
A: do you want us to take the old mattress away we can do that for forty nine
C: hm i'll just drag it to the curb myself the city picks up bulky stuff
A: sure thing anything else
C: um does someone call before they come
A: yes they call about thirty minutes ahead
C: okay good that's all
A: alright have a good one""",
False, 0.00, "neutral",
"delivery status for an earlier order; $49 haul-away refused ('i'll just drag it to the curb myself'); flat"),

("FR74_015", "Yuki Tanabe", "2026-11-06T13:33:00", "clean",
"""A: Oakridge Furniture, Yuki speaking.
C: Hi, I'm calling about the Alder power recliner in charcoal.
A: Sure. It's $1,089, and we have it in the warehouse. Is this still the best number to reach you, ending in 2240?
C: Yes.
A: Great. And shall I put the recliner on order for you?
C: Hmm. I'd want to sit in it first, honestly. Is there one on the floor at the Millbrook store?
A: There is, in the same charcoal.
C: Then I'll go sit in it this weekend.
A: Sounds good, I'll note your interest.
C: Okay. Thanks.""",
False, 0.00, "neutral",
"'Yes' only confirms the phone number; to the order question: 'I'd want to sit in it first' -> no commitment"),

("FR74_016", "Declan Murphy", "2026-11-06T16:40:00", "clean",
"""A: Appliance desk, Declan here.
C: I want the Kessler over-the-range microwave in stainless, model KM-30.
A: Let me check... I'm sorry, stainless is out of stock everywhere, no date yet.
C: Hm.
A: The same model in black stainless is in stock at the same price, $429.
C: Fine. Black stainless then.
A: Okay. Do you want installation? It's $99.
C: No, my neighbor's an electrician.
A: Got it. Placing the order for the black stainless KM-30, $429, delivery Monday. Okay?
C: Yes. Okay.""",
True, 0.00, "neutral",
"stainless out of stock, took the black one instead ('Fine. Black stainless then' + confirmed read-back); install declined; flat"),

("FR74_017", "Marisol Vega", "2026-11-09T10:05:00", "asr",
"""A: thank you for holding this is marisol how can i help
C: oh fantastic forty minutes on hold love that really great way to start my day
A: i'm so sorry about the wait
C: whatever i want the coldmaster fridge the bottom freezer one in white
A: okay i have it eleven forty nine let me put that in for you do you want delivery
C: yeah delivery
A: alright the earliest delivery is three weeks out the twenty ninth
C: three weeks wow amazing you're kidding right
A: it's coming from the regional warehouse i'm sorry
C: yeah no just cancel it i'll go somewhere that actually has fridges
A: okay i've cancelled that order
C: great thanks for nothing""",
False, 0.00, "negative",
"order started then 'just cancel it' after three-week wait; sarcasm 'love that', 'wow amazing', 'thanks for nothing'"),

("FR74_018", "Derek Lindqvist", "2026-11-09T12:20:00", "clean",
"""A: Wheelhouse Bikes, Derek speaking.
C: Hi! I'd like the Sprout 20-inch kids' bike in teal, the $289 one. It's for my daughter's birthday.
A: Lovely. Would you like us to assemble it? That's $35, and it's ready to ride.
C: Yes, definitely assemble it, I'm hopeless with tools.
A: And training wheels, $25?
C: No, she's past those.
A: Okay, bike and assembly, $324. Pickup Friday?
C: Friday's good. Actually, you know what, throw the training wheels in anyway. Her little brother gets it after her.
A: Added, so $349 all in.
C: Perfect, thank you! She's going to be so happy.""",
True, 60.00, "positive",
"assembly $35 accepted; training wheels $25 declined then 'throw the training wheels in anyway' = 60; pleased"),

("FR74_019", "Priya Raman", "2026-11-10T09:45:00", "asr",
"""A: brightline electronics this is priya
C: hi um i bought the tempo sound bar last week for two ninety nine and now it's on sale for two fifty nine can you do anything
A: yes we have a fourteen day price protection so i can refund the forty dollars to your card
C: oh perfect
A: done you'll see it in three to five days and while i have you the matching subwoofer is two forty nine right now
C: nah i'm good the sound bar's plenty for my apartment just the refund
A: no problem anything else
C: no that's it that's really nice of you thanks so much
A: have a great day""",
False, 0.00, "positive",
"price-protection refund is not a purchase; subwoofer declined ('nah i'm good'); 'that's really nice of you thanks so much'"),

("FR74_020", "Tobias Wren", "2026-11-10T14:55:00", "clean",
"""A: Oakridge Furniture, Tobias speaking.
C: Hi, I've been going back and forth on the Easton recliner in tan. The $899 one.
A: It's a great chair. Anything I can answer for you?
C: The leg rest, is it manual?
A: Manual lever on the side. Power is the Easton Plus.
C: Manual's fine. I think... yeah, let's just do it. Put it through.
A: Great. Would you like fabric protection? It's $59.99 and covers stains for five years.
C: Not right now.
A: Okay, the recliner at $899, delivery next Thursday.
C: Okay. Thanks.""",
True, 0.00, "neutral",
"hedged but real commitment 'yeah, let's just do it. Put it through'; protection declined 'Not right now'"),
]
