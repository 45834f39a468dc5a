CALLS = [
(
"FR76_001", "Priya Raman", "2026-11-02T09:14:22", "clean",
"""A: Thanks for calling Northline Wireless, this is Priya. How can I help?
C: Hi, I'm on the 5 gig plan and I keep running out by the 20th. What else have you got?
A: I can move you to Unlimited Plus, that's $65 a month, so $20 more than you pay now. No data cap, and hotspot is included.
C: Does the hotspot slow down after a while?
A: After 40 gigs of hotspot it drops to 3G speeds, but your phone data stays full speed. I can also add international calling to 60 countries for $10 a month.
C: Okay. And would the new price show up on this month's bill or next?
A: It would be prorated from today, so you'd see a partial charge on this bill.
C: Fine, switch me to Unlimited Plus.
A: Done, you're on Unlimited Plus as of today. Anything else?
C: Actually yes, that international calling thing you mentioned, put that on too. My sister just moved to Lisbon and the calling apps keep dropping.
A: Added, $10 a month, and Portugal is on the list.
C: This was a lot easier than I expected, honestly. Thank you.""",
True, 10.00, "positive",
"'switch me to Unlimited Plus' = plan change; international calling offered as a statement ($10/mo), accepted three turns later; 'a lot easier than I expected'"),

(
"FR76_002", "Marcus Delgado", "2026-11-02T10:03:51", "asr",
"""A: good morning harbor mutual insurance this is marcus
C: hi yes um my auto policy renews on the fifteenth and the renewal notice says it went up almost three hundred dollars
A: let me pull that up for you okay i see it the six month premium went from seven forty to one thousand thirty
C: right and i haven't had a claim in like eight years so i'm just trying to understand
A: i understand it's mostly a rate increase across the whole state this year it's not anything on your record
C: okay i mean i appreciate you explaining it i really do but that's a big jump
A: i hear you if you want to keep the renewal i can process it now and there's also roadside assistance for four dollars a month if you want that on there
C: no just the policy please
A: okay so renewing the six month policy at one thousand thirty starting the fifteenth is that okay
C: yeah go ahead renew it i don't really have time to shop around right now
A: all set you'll get the new cards by email
C: okay thank you i'm honestly pretty disappointed though after this long with you guys""",
True, 0.00, "negative",
"'yeah go ahead renew it' = renewal; roadside declined ('no just the policy'); polite but 'pretty disappointed' at the end"),

(
"FR76_003", "Hannah Okafor", "2026-11-02T11:27:09", "clean",
"""A: Valley Power and Light, Hannah speaking.
C: Hi Hannah! Isn't it gorgeous out today? I finally got to walk the dog without a coat.
A: It really is nice. What can I do for you?
C: We're closing on a house on Birch Lane next month and I wanted to know how far ahead I need to set up the electric.
A: We ask for at least five business days before the move-in date. I can set it up with you now if you'd like.
C: What's the deposit situation?
A: With your payment history on your current account, there'd be no deposit.
C: Oh, that's good. We don't have the exact closing date yet, the lender keeps moving it, so I'll do it online once we know.
A: That's fine, the online form takes about five minutes. There's also a surge protection plan at $6.99 a month you can add there.
C: Okay. Well, my kids' soccer team is in the finals Saturday so that's where my head is, ha. Thanks for the info.
A: Good luck to them!
C: Thanks, bye.""",
False, 0.00, "neutral",
"no sign-up: 'I'll do it online once we know' (deferral); surge plan unanswered; cheerful only about weather and soccer, toward the company just informational"),

(
"FR76_004", "Tomas Birkeland", "2026-11-02T13:45:30", "asr",
"""A: thanks for calling first cardinal bank this is tomas
C: hey um i saw something about a travel card with lounge access on your website
A: yeah that'd be the voyager card you get three points per dollar on travel and dining and four lounge visits a year
C: okay and what's the catch
A: no foreign transaction fees either and there's a sign up bonus of fifty thousand points after you spend three thousand in three months
C: sure but what does it cost like is there a yearly fee
A: there is an annual fee of two hundred and fifty dollars
C: oh okay that's um more than i figured
A: a lot of people make that back with the lounge visits and the travel credit which is a hundred a year
C: mhm yeah i'll have to look at it with my husband we do most of the travel planning together
A: of course i can send you the details by email
C: yeah that's fine send it to the one you have on file
A: will do anything else today
C: no that's it thanks""",
False, 0.00, "neutral",
"fee given only after the customer asked; 'i'll have to look at it with my husband' = deferral; flat tone"),

(
"FR76_005", "Leah Whitfield", "2026-11-02T15:08:12", "clean",
"""A: Thank you for calling StreamBox, this is Leah. How can I help?
C: I want to cancel. I've been trying to do it in the app for twenty minutes and it keeps sending me in circles.
A: I'm sorry about that. Can I ask what's making you want to leave?
C: The price went up twice this year and half the shows I watched got pulled.
A: I understand. I can offer you three months at half price, $8.50 a month, if you'd like to stay.
C: No. I've made up my mind.
A: Understood. What about pausing the account instead of canceling, so you keep your profiles?
C: Just cancel it, please. And I'd like confirmation by email.
A: It's canceled, effective at the end of your billing period on the 18th. The confirmation is on its way.
C: Fine. Maybe fix the app so people don't have to call. That cancel button is a joke.""",
False, 0.00, "negative",
"cancellation; retention offer refused ('No. I've made up my mind'); 'That cancel button is a joke'"),

(
"FR76_006", "Andre Kowalczyk", "2026-11-03T08:52:44", "asr",
"""A: comfort zone heating and air this is andre
C: hi andre it's ruth on maple court you guys did our furnace last year and i want to get the tune up done before it gets really cold
A: sure thing ruth i've got thursday morning or next monday afternoon
C: thursday morning's good
A: okay thursday between eight and ten the tune up is the eighty nine dollars like last time and we also do duct cleaning for one forty nine while we're out there
C: hmm the ducts were done when we moved in so probably not what about the filter do you bring one
A: we can bring one yeah
C: how much is that
A: the pleated filter for your unit is thirty five dollars
C: okay yeah bring the filter and put it in but skip the ducts
A: you got it so thursday eight to ten tune up plus the thirty five dollar filter
C: perfect you guys are always great thanks andre""",
True, 35.00, "positive",
"tune-up booked ('thursday morning's good'); filter priced only after she asked, accepted ($35); duct cleaning $149 declined; 'you guys are always great'"),

(
"FR76_007", "Sofia Marchetti", "2026-11-03T09:31:05", "clean",
"""A: Riverside Auto Care, this is Sofia.
C: Yeah, hi. My brakes are making a grinding noise when I stop. I'm wondering what something like that runs.
A: Grinding usually means the pads are worn down to the metal. Front pads and rotors on most sedans run $320 to $450.
C: Okay.
A: We'd want to look at it first. I have an opening tomorrow at 10 or Thursday at 2.
C: I work both of those days. I'll try to bring it in sometime next week.
A: Sure. I'd recommend not waiting too long with grinding.
C: Yeah. I'll call back when I know my schedule.
A: Sounds good. Anything else?
C: No. Thanks.""",
False, 0.00, "neutral",
"no appointment taken: 'I'll try to bring it in sometime next week... I'll call back' = deferral; flat, routine thanks"),

(
"FR76_008", "Devon Ashby", "2026-11-03T12:16:38", "asr",
"""A: hi thanks for calling blue door box office this is devon
C: hi i'm trying to get two tickets for the marina lane show on saturday the website says it's sold out but i thought maybe you had some held back
A: let me check for you um i'm sorry saturday is fully sold out we don't have any holds left
C: what about friday
A: friday sold out this morning too i'm really sorry
C: seriously i was on the site the second they went on sale and it kicked me out twice
A: i'm sorry about that there's a waitlist if any returns come in but i can't promise anything
C: no forget it it's for my girlfriend's birthday and it's not gonna happen
A: i understand i'm sorry we couldn't help
C: yeah this whole thing has been really frustrating""",
False, 0.00, "negative",
"both nights sold out, waitlist refused ('no forget it'); 'really frustrating'"),

(
"FR76_009", "Grace Nakamura", "2026-11-03T14:40:17", "clean",
"""A: Northline Home Internet, this is Grace.
C: Hi. My internet has been down since last night and I work from home. I've already restarted the router three times.
A: I'm sorry. Let me run a line test. I see an outage on your street; a crew is replacing a damaged cable.
C: Do you know when it'll be back? I have a client presentation at four.
A: The crew estimate is 2:30. I'll also put a credit for the full day on your account.
C: Okay, that helps. Is there anything I can do in the meantime?
A: Your plan includes hotspot on your Northline mobile line, so you can tether your laptop until then.
C: Oh, I didn't know that. Let me try. ... Yes, it's working.
A: Great. I'll text you when the outage ticket is closed.
C: Thank you so much, you've really saved my afternoon.""",
False, 0.00, "positive",
"support call, nothing bought; ends 'Thank you so much, you've really saved my afternoon'"),

(
"FR76_010", "Omar Haddad", "2026-11-03T16:02:49", "asr",
"""A: summit home insurance omar speaking
C: yeah hi i got a quote from you guys online for the house on ridge road and i'm ready to go with it
A: great let me pull it up um okay the homeowners policy at one thousand four hundred twelve a year with the five hundred dollar deductible
C: yep that's the one
A: since you're within a half mile of the creek a lot of folks in that area add the flood endorsement it's not included in the base policy
C: okay what does that run
A: for your coverage amount it's two hundred forty a year
C: hmm
A: it covers up to a hundred thousand in flood damage to the structure
C: okay put the policy through and um yeah throw the flood one on too i guess
A: done policy starts friday with the flood endorsement you'll get the documents today
C: okay""",
True, 240.00, "neutral",
"'put the policy through' = purchase; flood endorsement priced after the customer asked, accepted '$240 a year'; tone flat"),

(
"FR76_011", "Bethany Sloane", "2026-11-04T09:20:33", "clean",
"""A: First Cardinal Bank, this is Bethany. How can I help?
C: Hi. I'm thinking about opening a savings account, and I wanted to know what the rate is right now.
A: Our standard savings is at 0.50% APY, and the high-yield account is 1.10% with a $5,000 minimum.
C: 0.5%? The online banks are giving four.
A: I understand. We do offer in-branch service and no monthly fee above $300.
C: I've banked here for eleven years. I'd hoped for something a little better for loyal customers, honestly.
A: I can check if there's a relationship rate. ... I'm sorry, there isn't one on savings right now.
C: Then I'll probably just open one somewhere else.
A: I understand. If anything changes, I'll make a note to reach out.
C: Sure. Thanks for checking, but that rate is kind of insulting.""",
False, 0.00, "negative",
"no account opened ('I'll probably just open one somewhere else'); 'that rate is kind of insulting'"),

(
"FR76_012", "Rafael Quintero", "2026-11-04T10:55:01", "asr",
"""A: hi you've reached fresh fork meal kits this is rafael
C: hey so i want to pause my deliveries for a few weeks we're going to be traveling
A: no problem how many weeks
C: um three weeks starting next monday
A: okay i've paused the twelfth the nineteenth and the twenty sixth and you'll restart on december third
C: yeah that's right
A: by the way we just launched a dessert box you can add to any delivery
C: oh what's the dessert thing cost
A: it's eight ninety nine a week for two desserts
C: nah not right now maybe when we're back
A: sure thing anything else
C: nope that's it thanks""",
False, 0.00, "neutral",
"pause, not a purchase ('yeah that's right' confirms the pause); dessert box priced after asking, 'nah not right now'"),

(
"FR76_013", "Ingrid Solberg", "2026-11-04T13:12:26", "clean",
"""A: Tri-County Plumbing, this is Ingrid.
C: Hi, our water heater is leaking from the bottom and I'm kind of panicking. It's a 50-gallon gas unit, about 14 years old.
A: Okay, first turn the cold supply valve at the top clockwise and turn the gas knob to pilot. At that age, a leak from the tank usually means replacement.
C: Done, it's off. What does a replacement cost?
A: A 50-gallon gas replacement installed is $1,450. Code now requires an expansion tank on your type of system, that's $180 added. And we haul away the old unit for $75 if you don't want to deal with it.
C: Can you come today?
A: I can have a crew there at 3 today.
C: Yes, please book the replacement for 3, and yes to the expansion tank.
A: Booked for 3 PM, replacement plus expansion tank.
C: Oh, and the haul-away for $75 you mentioned too. I have no way to get that thing out of the basement.
A: Added. Total is $1,705 and they'll call when they're on the way.
C: Thank you. Honestly, you've saved my week.""",
True, 255.00, "positive",
"replacement booked ('Yes, please book the replacement'); add-ons named in a statement: expansion tank $180 accepted, haul-away $75 accepted a turn later = 255.00; 'you've saved my week'"),

(
"FR76_014", "Kwame Mensah", "2026-11-04T15:33:58", "asr",
"""A: hi this is kwame calling from prestige auto protection about the factory warranty on your vehicle
C: how did you get this number
A: we work with dealers in your area and our records show your coverage is expiring soon and we can extend it for
C: no stop i don't want a warranty i've gotten like six of these calls this week
A: i understand it's just a few minutes and it could save you thousands on repairs
C: i said i'm not interested take me off your list
A: okay i'll mark that down
C: and if i get another one of these calls i'm reporting you this is harassment""",
False, 0.00, "negative",
"outbound warranty pitch refused ('i'm not interested take me off your list'); 'this is harassment'"),

(
"FR76_015", "Chloe Fairbanks", "2026-11-05T10:10:10", "clean",
"""A: Willow Creek Estate events, this is Chloe!
C: Hi! My fiance and I are getting married next fall and your venue is at the top of our list. Can we come see it?
A: We'd love that. Tours are on Saturdays and Wednesday evenings. This Saturday I have 11 AM or 2 PM.
C: Saturday at 11 would be perfect.
A: Wonderful. Tours are free, and on Saturdays our chef runs a tasting after the 11 AM tour; it's $40 per person.
C: Oh, that sounds fun. What's on the menu?
A: Three of our reception entrees and two desserts, so you get a feel for the catering.
C: Yes, put us down for two for the tasting.
A: Done, tour Saturday at 11 for two, tasting for two at $80.
C: Great. We're so excited, we've been looking at your photos for weeks.""",
True, 80.00, "positive",
"tour booked ('Saturday at 11 would be perfect'); tasting $40 per person × two accepted = 80.00; 'we're so excited'"),

(
"FR76_016", "Victor Lindqvist", "2026-11-05T11:48:40", "asr",
"""A: thank you for calling metro gas and electric this is victor
C: hi victor um i got my bill and it's four hundred and twelve dollars and it's normally around one fifty
A: let me take a look okay i see the meter reading for october was an actual reading and september's was estimated
C: okay so what does that mean
A: it means september was underestimated so october caught up the difference
C: so i'm paying for two months of being wrong
A: in effect yes the total usage is correct but it landed in one bill
C: i understand it's not your fault and i'm not trying to yell at you but i really can't pay four hundred dollars this week
A: i can split the catch up amount over three months with no fee
C: okay yes please do that
A: done you'll owe one seventy five this month
C: thank you but honestly this is really not okay nobody told me the readings were estimates""",
False, 0.00, "negative",
"'yes please do that' answers a payment arrangement, not a purchase; polite but 'this is really not okay'"),

(
"FR76_017", "Priya Raman", "2026-11-05T14:22:15", "asr",
"""A: northline wireless this is priya
C: hi i wanna add a line for my son he's turning thirteen and your ad said extra lines are fifteen a month
A: let me look okay on your current plan an added line is twenty five a month plus the phone if he needs one
C: wait the ad literally says fifteen
A: the fifteen dollar line is for the unlimited family plan and you're on the shared data plan
C: so to get fifteen i'd have to change my whole plan
A: right that would bring your total from ninety to one thirty for three lines and i can put device protection on his phone for nine a month
C: um no
A: i understand do you want me to add the line at twenty five
C: no i'm gonna hold off that's way more than your ad said kind of misleading honestly
A: i'm sorry about the confusion i'll make a note
C: yeah okay bye""",
False, 0.00, "negative",
"line never added ('i'm gonna hold off'); device protection refused; 'kind of misleading honestly'"),

(
"FR76_018", "Marcus Delgado", "2026-11-05T16:05:37", "clean",
"""A: First Cardinal Mortgage, this is Marcus. Thanks for holding.
C: Oh, wonderful, only forty minutes this time. Really, a record.
A: I'm sorry about the wait. How can I help?
C: I want to talk to someone about refinancing. I've been trying to get an appointment for two weeks.
A: I can book you with a loan officer. I have Tuesday at 9:30 or Wednesday at 1.
C: Tuesday at 9:30. Is that in person or on the phone?
A: Either. Which would you prefer?
C: Phone. I'm not driving downtown for this.
A: Booked, Tuesday at 9:30 by phone with Dana Ortiz. You'll get a confirmation text.
C: Yeah, whatever. Let's hope she actually calls.""",
True, 0.00, "negative",
"appointment booked ('Tuesday at 9:30... Phone'); sarcastic about hold ('only forty minutes... a record'), ends 'Yeah, whatever'"),

(
"FR76_019", "Hannah Okafor", "2026-11-06T09:38:02", "clean",
"""A: PixelVault support, this is Hannah.
C: Hi, my annual subscription renews next week and I wanted to check on the family option before it does.
A: Sure. You're on the individual plan at $60 a year. Family covers six people with 2 TB shared and is normally $40 more.
C: Hmm, $40 on top is a bit much for me.
A: Since you're renewing early, I can do the family upgrade for $25 more this year.
C: Oh, that's better. Okay, renew me and make it the family plan at that price.
A: Done, renewed through next November with family sharing for the extra $25. You can send invites from the settings page.
C: Perfect, my mom has been asking me to share photos for ages. Thanks, this was really helpful.""",
True, 25.00, "positive",
"renewal plus upgrade; price revised from $40 to $25 before acceptance ('renew me and make it the family plan at that price') = 25.00; 'really helpful'"),

(
"FR76_020", "Tomas Birkeland", "2026-11-06T11:15:44", "asr",
"""A: green acres lawn care this is tomas
C: hey i need someone to do a fall cleanup leaves gutters the whole deal
A: sure we can do a full cleanup for two eighty and gutters are an extra sixty
C: okay yeah that's fine book it for whenever
A: i have next wednesday
C: wednesday works
A: okay got you down for wednesday cleanup and gutters
C: oh wait hang on my wife's texting me um she says her brother already said he'd do it this weekend
A: no worries
C: yeah sorry actually cancel that we're good
A: okay i've taken it off give us a call if anything changes
C: will do thanks man""",
False, 0.00, "neutral",
"booked ('book it', 'wednesday works') then retracted: 'actually cancel that we're good'"),
]
