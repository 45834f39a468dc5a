CALLS = [
("FR28_041", "Hannah Kim", "2026-11-03T19:52:14", "asr", """
A: stageline tickets this is hannah
C: yeah hi i want three tickets for the dave ruiz comedy show on the twelfth
A: sure i have three together in the mezzanine at forty two each
C: forty two okay and what's the total
A: with the service fees it comes to one sixty one fifty
C: one sixty one fifty for three tickets that's almost thirty bucks in fees
A: i know the fees are set by the venue i'm sorry
C: it's a total rip off honestly every time
A: would you like me to go ahead with the three mezzanine seats
C: ugh yes just book them my friends already paid me
A: okay they're booked and emailed to you
C: whatever thanks
""", True, 0.0, "negative", "grudging yes to closing question = conversion; fees are not upsells; resentful"),

("FR28_042", "Marcus Webb", "2026-11-04T14:39:50", "asr", """
A: riverside honda service marcus speaking
C: hi you guys had my accord in yesterday for the shuddering and someone said you'd call with a price
A: yes i have it here the transmission needs a valve body replacement it's twenty four hundred parts and labour
C: twenty four hundred are you serious
A: i know it's a lot it's a pretty labour intensive job
C: the shop on main street looked at it last week and said eighteen hundred
A: i can't match an outside quote but our work comes with a two year warranty
C: yeah no i'm not paying six hundred extra for a warranty
A: understood you can pick the car up any time today there's no charge for the diagnosis
C: good because that'd be insane i'll be there at five
""", False, 0.0, "negative", "repair quote refused, prefers another shop; free diagnosis is not a purchase"),

("FR28_043", "Elena Petrova", "2026-11-05T10:31:27", "clean", """
A: Crestline Bank, Elena speaking.
C: Hi, I'd like to open a high-yield savings account. I saw the 4.1% rate online.
A: Yes, that's our Growth Savings. There's no monthly fee and no minimum to open.
C: Okay. Can I do it over the phone?
A: I can set it up now, I just need to verify a few details. Is your email still d.nguyen@inbox.com?
C: Yes, that's my email.
A: And would you like to open it with a transfer from your checking?
C: Yes, move $2,000 from checking.
A: Done. Your Growth Savings account is open and the $2,000 will show today.
C: Okay, good. How often is interest paid?
A: Monthly, on the last business day.
C: Got it. Thanks.
""", True, 0.0, "neutral", "new account sign-up; yes to email is not the commitment; deposit is not an upsell"),

("FR28_044", "Omar Haddad", "2026-11-06T09:16:38", "clean", """
A: Comfort Air Heating & Cooling, this is Omar.
C: Hi. I got your mailer about the maintenance plan. I'll be honest, your last technician showed up three hours late and didn't call.
A: I'm sorry about that, that shouldn't happen.
C: It really shouldn't. Anyway, what does the plan include?
A: Two tune-ups a year, priority scheduling and 15% off repairs, for $15 a month.
C: Fine. Sign me up, the furnace is twelve years old and I don't trust it.
A: You're enrolled. I can also offer duct cleaning for $199.
C: I'd add it if you could do it the same day as the first tune-up.
A: Unfortunately duct cleaning is a separate crew, it would be a different day.
C: Then no. Just the plan.
A: Understood. Your first tune-up is December 3rd, between 8 and 10.
C: Between 8 and 10. Not noon, like last time. Make sure they actually show up.
""", True, 0.0, "negative", "plan sign-up; duct cleaning conditional not met = 0; irritated throughout"),

("FR28_045", "Grace Liu", "2026-11-09T15:58:01", "asr", """
A: hi thanks for calling stride running company this is grace
C: hi i wanted to order the cloudrunner five in a men's ten and a half
A: sure we have those in stock they're one twenty
C: great i'll take them
A: perfect can i interest you in our performance socks they're a three pack for fifteen
C: yeah why not add a pack
A: done and we also have custom insoles
C: how much are the insoles
A: twenty two a pair
C: hm no i'm good just the shoes and socks
A: okay shoes and a three pack of socks ships today
C: awesome you guys always have my size thank you
""", True, 15.0, "positive", "shoes bought; three-pack socks $15 accepted; insoles price only asked then declined; size not a price"),

("FR28_046", "Ben Carter", "2026-11-10T08:47:22", "clean", """
A: Roadway Rentals, Ben speaking.
C: Hi, I need a car at Phoenix airport from the 22nd to the 27th. Something mid-size.
A: I have a Toyota Camry or similar at $52 a day.
C: That's fine. We'll need a child seat too, my son is three.
A: A child seat is a flat $35 for the rental.
C: Okay, add the child seat.
A: Would you like full collision coverage for $24 a day?
C: No, my credit card covers that.
A: Understood. So a mid-size from the 22nd to the 27th with a child seat. Shall I book it?
C: Yes, book it.
A: You're confirmed, reservation number R-55017.
C: Okay, thanks.
""", True, 35.0, "neutral", "car rental booked; child seat flat $35 accepted; collision cover declined"),

("FR28_047", "Nadia Ali", "2026-11-11T12:05:44", "asr", """
A: northwave mobile this is nadia how can i help
C: yeah my calls keep dropping at home like every single call i've had it with this
A: i'm sorry about that can i have the address so i can check coverage
C: it's eighty one maple ridge road
A: thank you i see your home is at the edge of our tower coverage
C: great so i pay for a service that doesn't work in my own house
A: i understand what i can do is send you a free signal booster it plugs into your router and fixes indoor coverage
C: wait free like no charge
A: no charge at all it ships tomorrow
C: oh okay well that's actually great
A: you should have full bars once it's plugged in
C: wow thank you i really didn't expect that you've been really helpful
""", False, 0.0, "positive", "free signal booster is not a purchase; angry start, grateful end"),

("FR28_048", "Lucas Martin", "2026-11-12T10:24:59", "clean", """
A: Good morning, Maple Grove Vet, Lucas speaking.
C: Hi, my dog Biscuit needs his annual vaccines.
A: We can do that. Dr. Amin has Wednesday at 10:15 or Friday at 3.
C: Yes, I'll book that appointment on Wednesday at 10:15.
A: Done. The exam and vaccines will be $138.
C: Okay. Could you also trim his nails while he's there? How much is that?
A: A nail trim is $15.
C: Fine, add that.
A: Added. Please bring his vaccine record if he's had any shots elsewhere.
C: Will do. Thank you.
""", True, 15.0, "neutral", "vet appointment booked; customer-requested nail trim $15 accepted after price given"),

("FR28_049", "Maria Lopez", "2026-11-13T16:43:16", "clean", """
A: Blue Horizon Cruises, this is Maria.
C: Hi, I'd like to book the balcony cabin on the January 8th Caribbean sailing. Your website showed availability this morning.
A: Let me check. I'm sorry, the last balcony cabin on that sailing was booked about an hour ago.
C: You're kidding. I had it in my cart.
A: I understand. I have inside cabins available on the same sailing, or balcony cabins on January 22nd.
C: We can't do the 22nd, and I'm not spending a week in an inside cabin.
A: I could put you on a waitlist for balcony cabins on the 8th.
C: No, don't bother. This is really disappointing, your website shouldn't show cabins that aren't there.
A: I'm very sorry. I'll pass that feedback on.
C: I'll look at other cruise lines. Goodbye.
""", False, 0.0, "negative", "wanted cabin sold out, alternatives and waitlist refused; disappointed"),

("FR28_050", "James Chen", "2026-11-16T19:12:40", "asr", """
A: peak fitness this is james
C: hi i need to cancel my membership i'm moving to seattle at the end of the month
A: oh sorry to see you go would you want to freeze it instead in case you come back
C: no i don't think we're coming back it's a job thing
A: understood we do have partner gyms in seattle with our all access plan
C: um no thanks i'll find something near the new place
A: no problem i've cancelled it effective the thirtieth and you won't be billed after that
C: perfect honestly you guys were great the morning spin class kept me sane
A: that's so nice to hear good luck with the move
C: thanks i'll miss this place
""", False, 0.0, "positive", "cancellation, freeze and partner offer declined; warm about the gym"),

("FR28_051", "Priya Patel", "2026-11-17T11:39:28", "asr", """
A: oakline furniture this is priya
C: hi i'm calling about the harlow bookcase the tall white one
A: yes the harlow it's one eighty each
C: okay i'm doing a whole wall so i'll take two of them
A: great two harlow bookcases in white delivery to your address on file
C: yep same address
A: they come flat packed we do offer assembly for both at forty nine
C: oh forty nine for both yeah do that i am not building two bookcases
A: okay two bookcases plus assembly delivery on the twenty fourth
C: twenty fourth is fine
A: you're all set
C: okay thanks
""", True, 49.0, "neutral", "two bookcases ordered (main, quantity said apart from price); assembly $49 for both = 49"),

("FR28_052", "Tom Becker", "2026-11-18T13:55:07", "clean", """
A: CloudNest account services, this is Tom. I see your team licence expires on the 30th.
C: Yes, that's why I'm calling. The renewal quote says $480 a year. Last year it was $400.
A: That's right, the annual price went up with the new release.
C: Love paying 20% more for the same thing.
A: You do get the new collaboration features and double the storage.
C: Which we didn't ask for. But migrating everything now would be worse, so renew it.
A: Renewed for another year at $480. Would you like to add the advanced security pack for $60 a year?
C: No.
A: Understood. The invoice is on its way.
C: Fine.
""", True, 0.0, "negative", "annual renewal committed; security pack declined; sarcastic and grudging"),

("FR28_053", "Aisha Khan", "2026-11-18T18:21:33", "clean", """
A: Basilico delivery, this is Aisha.
C: Hi! I'd like two large margheritas and one large diavola for delivery to 12 Park Row.
A: Got it. Would you like to add our chicken wings for $12.99 or a tray of brownies for $6?
C: Ooh, both, the kids will be thrilled.
A: Two margheritas, one diavola, wings and brownies.
C: Wait, actually, drop the wings, my husband just reminded me he's making some. Keep the brownies.
A: No problem, wings removed. That's three pizzas and the brownies, $55 with delivery. About 35 minutes.
C: Perfect. Your pizza is the best in town, honestly.
A: Thank you! Enjoy.
C: Thanks so much!
""", True, 6.0, "positive", "pizza order; wings retracted by name, brownies $6 kept; total is not an upsell"),

("FR28_054", "Daniel Reyes", "2026-11-19T09:33:48", "asr", """
A: metro gas and electric this is daniel how can i help
C: hi i saw you have a green energy plan and i want to know how it works
A: sure the renewable choice plan matches a hundred percent of your usage with wind and solar it's about eight dollars more a month for an average home
C: and is there a contract
A: no contract you can switch back any time
C: okay and it starts when
A: it would start on your next billing cycle which is december first should i switch you over
C: yeah let's do it switch me to the green one
A: done you're on renewable choice starting december first
C: okay good thanks
""", True, 0.0, "neutral", "paid plan change committed; the plan itself is the main purchase, not an upsell"),

("FR28_055", "Sofia Rossi", "2026-11-20T15:27:19", "clean", """
A: Happy Tails Pet Insurance, this is Sofia.
C: Hi, I'm looking at insurance for my cat, she's eight.
A: For an eight-year-old cat, our Complete plan is $38 a month with a $250 deductible.
C: Does it cover her thyroid condition? She was diagnosed last year.
A: Unfortunately pre-existing conditions aren't covered on any of our plans.
C: Then it doesn't really help me. I'd sign up if it covered the thyroid, that's the whole reason I'm looking.
A: I understand. It would still cover accidents and new illnesses.
C: I know, but that's not worth $38 a month for us.
A: Would you like me to email you the policy details anyway?
C: No, that's okay. Thanks for explaining.
""", False, 0.0, "neutral", "conditional sign-up not met; calm, polite; no negative words about company"),

("FR28_056", "Kevin O'Brien", "2026-11-23T10:48:02", "asr", """
A: clearview optical this is kevin
C: hi i need an eye exam my glasses just aren't cutting it anymore
A: sure i have thursday at eleven or saturday at nine thirty
C: saturday at nine thirty please
A: okay you're booked for saturday nine thirty the exam is ninety five
C: okay and actually i've been wanting to try contacts
A: we can do a contact lens fitting at the same visit it's thirty five dollars extra
C: yes please add the fitting
A: added eye exam and contact lens fitting saturday at nine thirty
C: amazing thank you you've been super helpful
""", True, 35.0, "positive", "exam booked by picking a slot; contact fitting $35 accepted"),

("FR28_057", "Hannah Kim", "2026-11-24T12:16:45", "clean", """
A: StageLine Tickets, Hannah speaking.
C: Hi. Your website crashed three times while I was trying to buy Northwind Festival passes, so I'm calling.
A: I'm really sorry about that. I can do it for you now. How many passes?
C: Two weekend passes.
A: Weekend passes are $210 each. Would you like the camping upgrade? It's normally $80, but I can do $60 since you had trouble online.
C: $60, fine, add camping.
A: Please confirm: two weekend passes and one camping upgrade, $480 total?
C: Yes, that's right.
A: Done, your passes are booked and emailed.
C: Fine. At least it's done. I wasted my whole lunch break on your site.
""", True, 60.0, "negative", "passes confirmed on read-back; camping revised $80 to $60 accepted = 60; irritated to the end"),

("FR28_058", "Marcus Webb", "2026-11-25T17:09:33", "asr", """
A: hi this is marcus from riverside honda am i speaking with mister cho
C: yes this is him
A: hi your lease on the cr v is ending in february and we've got some great offers on the new model
C: oh right yeah i got the letter
A: we could get you into a new cr v hybrid for around three eighty nine a month with nothing down
C: hm that's about forty more than i pay now
A: it is but you'd get the hybrid and the new safety package
C: yeah i don't know i'm not in a rush maybe next spring i'll look again
A: totally understand would you like me to set up a time to come in
C: no not right now but you can call me back in march
A: will do thanks mister cho
C: okay bye
""", False, 0.0, "neutral", "outbound lease offer; deferral; yes only to a callback"),

("FR28_059", "Elena Petrova", "2026-11-26T08:22:50", "asr", """
A: crestline bank card services this is elena
C: hi um i think i lost my debit card i can't find it anywhere and i'm kind of freaking out
A: okay don't worry i can lock it right now can you verify your date of birth
C: march third nineteen eighty eight
A: thank you i've locked the card i don't see any transactions since yesterday morning
C: okay okay good
A: i'll send you a new card at no charge it should arrive in three to five days
C: and can i still use my phone to pay
A: yes the new card number will be added to your wallet automatically
C: okay thank you
""", False, 0.0, "neutral", "free replacement card, not a purchase; anxious start, routine thanks end"),

("FR28_060", "Omar Haddad", "2026-11-27T14:30:26", "clean", """
A: GreenEdge Lawn Care, Omar speaking.
C: Hi, I'm looking for weekly mowing for the rest of the season.
A: For a standard lot it's $45 per visit, and we come every Tuesday.
C: Okay, that's reasonable. Put me down starting next Tuesday.
A: Great, I'll need the address.
C: 3309 Fairview Drive.
A: Got it. Just so you know, the season runs through December 15th and we ask for payment for the remaining visits upfront.
C: Upfront? How many visits is that?
A: Four visits, so $180.
C: Hmm. You know what, let me hold off. Cancel that for now, I'll see how the lawn looks after the rain.
A: No problem, I've removed it.
C: Okay, thanks.
""", False, 0.0, "neutral", "booking made and then retracted; calm"),
]
