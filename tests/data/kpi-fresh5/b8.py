CALLS = [
("FR5_099", "Owen Hughes", "2026-11-30T16:05:00", "clean", """
A: CloudDesk Sales, Owen here.
C: Our annual renewal is due and the new price is 18% higher. Nobody warned us.
A: I'm sorry, the notice went out in September. The renewal for 12 seats is $4,320 for the year.
C: We can't migrate this close to year end, so we'll renew. I'm not pleased about it.
A: Understood. One option: priority onboarding for your new hires. It's an extra 40.
C: An extra $40 for the year? Fine, add it, we keep losing time on onboarding.
A: Okay: renewal at $4,320 plus priority onboarding at $40. Confirm?
C: Confirmed. And next year I want the notice sent to me directly, not to some shared inbox.
A: Noted.
C: Fine.
""", True, 40.00, "negative", "grudging renewal + 'extra 40' onboarding; 18% and seats traps"),
("FR5_100", "Ben Walsh", "2026-11-30T17:40:00", "asr", """
A: horizon wireless ben speaking
C: yeah i'm calling to cancel and don't try to keep me i've been charged for a roaming pass i never added three months in a row
A: i'm sorry i see the charges i can refund all three and give you twenty dollars off for six months if you stay
C: no no i've heard that before last time they said it was fixed
A: i understand i'll refund the charges and process the cancellation
C: good
A: anything else i can help with
C: no you've helped enough honestly worst company i've dealt with
""", False, 0.00, "negative", "save offer refused; refund not an upsell; angry"),
("FR5_101", "Tariq Said", "2026-11-30T08:20:00", "clean", """
A: Sunrise Medical Center, Tariq speaking.
C: Hi, I need to see a dermatologist. I have a mole that's changed shape.
A: The earliest dermatology appointment is January 14 at 3:15.
C: January? That's seven weeks away. This could be serious.
A: I understand. I can add you to the cancellation list, or your GP can mark it urgent.
C: I don't want a list, I want an appointment. This is absurd for a medical center.
A: I'm sorry. I'll send the GP referral request today.
C: Forget it. I'll go private.
""", False, 0.00, "negative", "no booking taken; angry"),
("FR5_102", "Kevin O'Brien", "2026-11-30T10:15:00", "asr", """
A: northgate auto service kevin speaking
C: yeah it's me again with the grinding noise i got a second opinion and they said the same thing so uh fine
A: okay so the rear pads one sixty i have thursday at eight
C: thursday at eight book it
A: and your wiper blades are cracked a new pair is twelve ninety nine
C: uh yeah fine do the wipers
A: okay rear pads plus wipers thursday at eight
C: yeah i'm still not thrilled about how this went but whatever just get it done
""", True, 12.99, "negative", "follow-up of 095; brakes main; wipers twelve ninety nine; still grumpy"),
("FR5_103", "Ethan Brooks", "2026-11-27T13:30:00", "clean", """
A: First Harbor Bank, Ethan speaking.
C: Hi Ethan! My neighbor said you helped her refinance and I wanted to ask about it.
A: Happy to help. Rates for a 30-year fixed are around 6.1% today, and there's no application fee this month.
C: That's better than I expected. What would I need?
A: Two pay stubs, last year's W-2 and your current mortgage statement.
C: Great, that's easy. I'll gather them and call you back next week.
A: Sounds good, just ask for me.
C: Will do. Thank you, this was so much easier than I feared!
""", False, 0.00, "positive", "happy, information only, calls back later"),
("FR5_104", "Rosa Delgado", "2026-11-26T15:00:00", "clean", """
A: Casa Linda Catering, Rosa speaking.
C: Hi. Your website says wedding buffets start at $35 a head. I have 120 guests.
A: For 120 guests on a Saturday in June, it's $48 a head, plus service staff.
C: $48? That's not what the website says.
A: The $35 is for weekday events, I'm sorry it's not clearer.
C: That's misleading. I'm not interested.
A: I understand. I can email a weekday option if that helps.
C: No. Thanks.
""", False, 0.00, "negative", "price complaint; declined; 120 guests trap"),
("FR5_105", "Julia Costa", "2026-11-21T12:30:00", "asr", """
A: thank you for calling denim and coat this is julia
C: hi um i wanna order the slim jeans in the dark wash two pairs size thirty two
A: sure they're fifty nine each so one eighteen for the two
C: yep
A: would you like to add the leather belt it's another fifteen
C: um sure yeah the brown one
A: okay and gift wrap is five
C: no thanks
A: so two pairs of slim dark wash size thirty two and the brown belt shipping to the address on file
C: yeah that's right
A: your order number is four four seven one nine
C: okay thanks
""", True, 15.00, "neutral", "jeans main; belt 15; gift wrap declined; size/order no. traps"),
("FR5_106", "Victor Hale", "2026-11-19T09:35:00", "clean", """
A: Comfort Air Heating & Cooling, Victor speaking.
C: I need a furnace tune-up. And before you say it, yes, I saw your price went up to $129. Last year it was $99.
A: I'm sorry, parts and labor costs went up. I have Monday at 8 or Tuesday at 1.
C: Monday at 8. It's freezing.
A: Booked. Your filters are probably due too. They're $18 each and your system takes two.
C: Two filters at $18, fine, put them in.
A: So that's $36 for the filters with the tune-up Monday at 8.
C: Okay. Honestly, these increases every year are getting ridiculous.
""", True, 36.00, "negative", "tune-up booked; 2 x 18 filters = 36; complains at end"),
("FR5_107", "Diego Alvarez", "2026-11-18T20:15:00", "asr", """
A: sunnyvale hotel diego speaking
C: hi i need a room for tonight just one night me and my son
A: okay let me check we have one queen room left one forty nine
C: great book it please
A: okay putting it in oh i'm sorry the system shows someone just took the last room online
C: you're kidding me i was on the phone with you
A: i'm so sorry there's a sister property about twenty minutes away
C: no i'm not driving another twenty minutes with a sleeping kid this is a mess
A: i'm sorry
C: yeah forget it
""", False, 0.00, "negative", "booking failed, nothing else booked"),
("FR5_108", "Olivia Grant", "2026-11-17T11:45:00", "clean", """
A: Pawsure Pet Insurance, Olivia speaking.
C: I asked for a quote online three days ago. Your website promised it in minutes.
A: I'm sorry about that. For a 4-year-old Labrador, accident and illness is $46 a month.
C: And is hip dysplasia covered?
A: After a 12-month waiting period, yes.
C: Twelve months. Great. Just email me the written quote and I'll compare it with the others.
A: It's on its way.
C: Sure. Hopefully faster than the last one.
""", False, 0.00, "negative", "quote only; sarcastic; age/waiting traps"),
("FR5_109", "Hugo Laurent", "2026-11-16T16:40:00", "clean", """
A: Le Petit Bistro, Hugo speaking.
C: Hello! I'd like the private room for a team dinner of eight on December 11 at 7.
A: It's available. The set menu is $70 per person. Would you like the wine pairing? It's normally $45 per person, but for private room bookings it's $35.
C: At $35, yes, wine pairing for all eight.
A: That's $280 for the pairing. So: private room, eight guests, December 11 at 7, set menu with wine pairing. Shall I reserve it?
C: Yes please, that works perfectly.
A: Reserved.
C: Wonderful, my team is going to love this. Thank you so much!
""", True, 280.00, "positive", "revised 45→35 per person x 8 = 280; set menu main"),
("FR5_110", "Lena Fischer", "2026-11-15T18:20:00", "asr", """
A: nordwave streaming lena speaking
C: yeah i cancelled in october and you still charged me fifteen ninety nine this month
A: i'm sorry let me look you're right the cancellation didn't go through i've refunded it
C: how does that even happen i got a confirmation email
A: it was a system error i've confirmed the account is closed now
C: and i'm not gonna get charged again
A: no you won't
C: i'm done with you people seriously
""", False, 0.00, "negative", "refund after failed cancellation; angry"),
]
