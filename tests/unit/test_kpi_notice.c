/* test_kpi_notice.c - the agent's notices that a booking or order was carried
 * out or failed, in the looser words real dialogues use ("it's all been
 * booked", "I was able to successfully book it", "your order went through",
 * "it'll be waiting for you at the counter", "Right, that'll be right up"),
 * the polite request with an adverb ("could I please get ..."), and "not at
 * this time" as a put-off; each with negatives, clean and speech-recognition
 * style. Calls invented for these tests, scored with the shipped rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* Carried out, with a word between the usual ones. */
static void check_loose_notices(void)
{
    kt_call("Agent: Just to confirm, shall I book the estate car from Friday to Monday?\n"
            "Customer: Yes please.\nAgent: No problem, it's all been booked for you.\n"
            "Customer: Great. Can you look at hotels too?\n"
            "Agent: Do you want me to book one?\nCustomer: No thanks.",
            true, 0, "'it's all been booked', then a second offer declined");
    kt_call("Agent: shall i reserve the two seats for the recital\ncustomer: yes go on\n"
            "agent: okay its all been reserved\ncustomer: lovely\n"
            "agent: want me to book dinner nearby as well\ncustomer: no thank you",
            true, 0, "asr: 'its all been reserved', then dinner declined");
    kt_call("Agent: Please confirm: a table for three at the Olive Tree at 8 pm.\n"
            "Customer: Yes, that works.\n"
            "Agent: I was able to successfully make the reservation.\nCustomer: Thanks.",
            true, 0, "'I was able to successfully make'");
    kt_call("Agent: Please confirm: one ticket for the 6 pm ferry.\nCustomer: That's right.\n"
            "Agent: Your booking went through, enjoy the crossing.\nCustomer: Cheers.",
            true, 0, "'your booking went through'");
    kt_call("Agent: Would you please confirm the appointment for two at the spa on Sunday at "
            "ten?\n"
            "Customer: Yes, sounds lovely. Do they have a pool?\n"
            "Agent: Your appointment for the spa on Sunday is confirmed.\nCustomer: Thanks.",
            true, 0, "'your appointment for the spa on Sunday is confirmed'");
    kt_call("Customer: Could I please get a flat white with oat milk?\n"
            "Agent: Sure, please check the screen.\nCustomer: Yes, that's it.\n"
            "Agent: It will be waiting for you at the pickup counter.",
            true, 0, "'it will be waiting for you at the counter'");
    kt_call("Customer: can i just have a small chai latte\n"
            "agent: okay i will have these ready at the bar in a minute",
            true, 0, "asr: 'can i just have', 'i will have these ready'");
    kt_call("Customer: Can I have a mocha with an extra shot?\n"
            "Agent: Is the order on the screen right?\nCustomer: Yes, that's the one.\n"
            "Agent: Right, give us a minute and that'll be right up.",
            true, 0, "'Right,' opening the notice reads nothing back");
    kt_call("Agent: Confirming a taxi for two to the museum.\nCustomer: Yes.\n"
            "Agent: The cab has been dispatched.\nCustomer: Thanks.",
            true, 0, "'the cab has been dispatched'");
    kt_call("agent: please confirm a cab for one to the station\ncustomer: yes thats right\n"
            "agent: its on the way\ncustomer: thanks",
            true, 0, "asr: 'its on the way' opening the notice");
    kt_call("Customer: Is the bakery near the station?\nAgent: Yes, it's on the way to the "
            "station from you.\nCustomer: Thanks.",
            false, 0, "'it's on the way to the station' inside a sentence is a place");
    kt_call("Agent: Please confirm: a dental cleaning on Monday at 2 pm.\nCustomer: Yes, correct.\n"
            "Agent: I have successfully booked your appointment.\nCustomer: Thank you.",
            true, 0, "'I have successfully booked'");
    kt_call("Customer: Can I have a mocha?\nAgent: Is the order on the screen right?\n"
            "Customer: Yes.\nAgent: Right. Your order is placed.",
            true, 0, "'Right.' as its own sentence reads nothing back");
}

/* Not carried out, or failed. */
static void check_not_carried_out(void)
{
    kt_call("Agent: One large mocha. Right?\nCustomer: No, a small one.\n"
            "Agent: One small mocha. Correct?\nCustomer: Actually, forget it.",
            false, 0, "'Correct?' asked still reads back; the order is dropped");
    kt_call("Agent: Please confirm a table for two at the Vine at 7 pm.\n"
            "Customer: That is right.\nAgent: I can't get you a table there. Anything else?\n"
            "Customer: No, that's all.",
            false, 0, "'I can't get you a table' fails the booking");
    kt_call("Customer: I want to book the deluxe room for Saturday.\n"
            "Agent: Booked, the deluxe room for Saturday. I can't get you a discount on it, I'm "
            "afraid.\nCustomer: That's fine.",
            true, 0, "'I can't get you a discount' fails no booking");
    kt_call("Customer: What's on at the arena on the 2nd?\n"
            "Agent: There's a jazz night at 7:30 pm.\nCustomer: Let's do the jazz night.\n"
            "Agent: Should I purchase tickets for you?\nCustomer: Nope, not at this time.",
            false, 0, "'not at this time' puts the closing off");
    kt_call("agent: there's a folk night at eight\ncustomer: let's do the folk night\n"
            "agent: should i buy the tickets\ncustomer: no not at this time thanks",
            false, 0, "asr: 'no not at this time'");
    kt_call("Customer: Can you find me a plumber for next week?\n"
            "Agent: Your payment went through for last month's bill.\nCustomer: Good.",
            false, 0, "a payment that went through books nothing");
}

/* A yes that goes on, in its sentence, to ask for something else still
 * agrees to what was read back; a yes to a detail agrees to nothing bought. */
static void check_yes_then_request(void)
{
    kt_call("Agent: Please confirm: a table for two at the Olive Tree at 7 pm.\n"
            "Customer: Yes that is correct, also please give me their phone number.\n"
            "Agent: I have successfully booked your table. Their number is 555 0100.\n"
            "Customer: Thanks.",
            true, 0, "'yes that is correct, also please give me their number'");
    kt_call("agent: please confirm a cleaning on friday at ten\n"
            "customer: yes correct can you text me the address\n"
            "agent: i have successfully booked your appointment the address is on its way\n"
            "customer: thanks",
            true, 0, "asr: 'yes correct can you text me the address'");
    kt_call("Agent: I have dana@example.com as your email, is that right?\n"
            "Customer: Yes, that's my email, thanks.\nAgent: I've updated it.\nCustomer: Great.",
            false, 0, "a yes to the e-mail read back buys nothing");
}

/* Rules 2026.12-15: more of the words real booking and coffee-bar dialogues
 * use for a notice, a read-back and a yes, and what is not one of them. */
static void check_real_dialogue_words(void)
{
    kt_call("Agent: Just to be sure: a table for one at Okawa at 6 pm today.\n"
            "Customer: That works.\nAgent: Your reservation is all set.\nCustomer: Thanks.",
            true, 0, "'your reservation is all set'");
    kt_call("agent: please confirm two tickets for the folk night on friday\ncustomer: yes\n"
            "agent: great the tickets are set enjoy the show",
            true, 0, "asr: 'the tickets are set'");
    kt_call("Agent: Please confirm a haircut at 2:15 pm on March 12th.\nCustomer: Yes.\n"
            "Agent: Sorry, it didn't work. Shall I try 2 pm instead?\nCustomer: Okay, give it a go.\n"
            "Agent: Great, it was successful.\nCustomer: Thanks.",
            true, 0, "'it was successful' after a failure and a second try");
    kt_call("Agent: Please confirm a standard car from the airport next Tuesday at 5 pm.\n"
            "Customer: Yes.\nAgent: You're all on the books now.\nCustomer: Great, thanks.",
            true, 0, "'you're all on the books now'");
    kt_call("Agent: Just to confirm, a pool ride for 2 to 1820 Park Drive. Is that correct?\n"
            "Customer: Yes that is correct.\nAgent: Your cab will be there in 7 minutes.\n"
            "Customer: Thank you.",
            true, 0, "'your cab will be there in 7 minutes'");
    kt_call("Customer: I need a cappuccino to go please.\n"
            "Agent: Just confirm the order all looks correct and I'll send it off.\n"
            "Customer: You've got it, thanks.\nAgent: You can get your drink at the bar soon.",
            true, 0, "'you've got it' agrees to the read-back");
    kt_call("Customer: just a latte to go please\n"
            "agent: okay just confirm the order looks correct\ncustomer: thats what i ordered\n"
            "agent: you can get your latte at the bar",
            true, 0, "asr: 'thats what i ordered' agrees to the read-back");
    kt_call("Customer: I'd like a whole milk mocha please.\n"
            "Agent: One whole milk mocha, if that's correct I'll send your order in.\n"
            "Customer: Yes, that's correct.\nAgent: You can pick your order up from the bar shortly.",
            true, 0, "'if that's correct I'll send your order in' reads it back");
    kt_call("Customer: I really want a cloud and mist tea, please.\n"
            "Agent: Yes sir! Do you want this?\nCustomer: Yes.\n"
            "Agent: Thank you! Please pick it up shortly at the coffee bar.",
            true, 0, "'do you want this?' asks to go ahead");
    kt_call("Customer: I want to order a mocha with oat milk.\n"
            "Agent: Does this appear right to you?\nCustomer: Yes.\n"
            "Agent: Your order is being prepared.",
            true, 0, "'does this appear right to you?' reads it back");
    kt_call("Agent: Please confirm: Hotel Peyris Opera, checking out March 8th.\n"
            "Customer: Fine. This is perfect. What does it cost?\n"
            "Agent: Your reservation is successfully done and the cost is $1,008 in total.\n"
            "Customer: Thanks a lot.",
            true, 0, "'your reservation is successfully done'");
    kt_call("Customer: Hi. I need a mocha please.\n"
            "Agent: Could you please check the order displayed here to be sure it's correct?\n"
            "Customer: Yes, that is correct.\nAgent: Okay, it will be ready shortly.",
            true, 0, "'could you please check the order' reads it back");
    kt_call("Customer: an iced almond milk cortado please\n"
            "agent: please check the details are you ready to send it to the coffee bar\n"
            "customer: i am\nagent: great your order is being sent to the bar",
            true, 0, "asr: 'i am' to 'are you ready to send it'");
    kt_call("Customer: Two cortados, one with 2% milk and one with non-fat.\n"
            "Agent: Ok if the order looks correct we can continue.\n"
            "Customer: yes it looks right\nAgent: ok please proceed to the coffee bar.",
            true, 0, "'if the order looks correct we can continue' reads it back");
    kt_call("Customer: A 2% milk cappuccino and an oat milk cappuccino, please.\n"
            "Agent: Can you please check that I have your order correct here?\n"
            "Customer: Yeah, that looks right.\nAgent: OK, these will be up at the bar soon.",
            true, 0, "'check that I have your order correct' reads it back");
    kt_call("Customer: I'm down for a decaf latte, please.\n"
            "Agent: May you please confirm that this is the correct order for today?\n"
            "Customer: Yes.\nAgent: Thank you, we will get it to you at the bar.",
            true, 0, "'may you please confirm that this is the correct order'");
    kt_call("customer: a decaf macchiato please\nagent: can you please check if this is all accurate\n"
            "customer: yes it is\nagent: okay that should be up shortly",
            true, 0, "asr: 'check if this is all accurate' reads it back");
    kt_call("Customer: A caramel latte with 2% milk?\n"
            "Agent: I think I've got that all, how does it look here before I send it?\n"
            "Customer: You've got it!\nAgent: Excellent, I'll have it ready right away.",
            true, 0, "'how does it look here' reads it back");
    kt_call("Customer: I want a quadruple espresso, please.\n"
            "Agent: Please look at the order details and confirm it's correct.\n"
            "Customer: That's my order!\nAgent: It'll be ready in a minute.",
            true, 0, "'that's my order' agrees to the read-back");
    kt_call("Customer: I'd like a matcha latte, please.\nAgent: Will that be all for you?\n"
            "Customer: Yup, that's it.\nAgent: Great. We'll have that in one sec at the bar.",
            true, 0, "'we'll have that in one sec' carries the order out");
    /* negatives */
    kt_call("Customer: Two tickets on Delta, please.\n"
            "Agent: Please confirm 2 tickets on Delta in Economy next Tuesday.\n"
            "Customer: Yes that is perfect.\n"
            "Agent: I could not make the reservation. Do you need anything else?\n"
            "Customer: No, that will be all.\nAgent: See you soon!",
            false, 0, "a failure, then 'see you soon' as a goodbye books nothing");
    kt_call("Customer: Three tickets for Russian Circles, please.\n"
            "Agent: So you'd like 3 tickets for March 9th. Is this correct?\nCustomer: Yes.\n"
            "Agent: I apologize, I was unable to purchase tickets for that event.\n"
            "Customer: That's alright.",
            false, 0, "'unable to purchase tickets' fails the purchase");
    kt_call("Customer: I'd like to see a dermatologist in Oakland.\n"
            "Agent: A good one is the clinic on Webster Street.\nCustomer: Can I have the address?\n"
            "Agent: It's 3300 Webster Street.\nCustomer: Thanks, that's all.",
            false, 0, "'can I have the address?' asks for a fact");
    kt_call("Customer: Is the gym open late?\nAgent: Yes. Do you want the hours?\n"
            "Customer: Yes.\nAgent: Six to ten every day.\nCustomer: Thanks.",
            false, 0, "a yes to 'do you want the hours?' buys nothing");
    kt_call("Customer: Can I book a court for tomorrow?\n"
            "Agent: It was successful last week, but tomorrow is full.\nCustomer: Oh well.",
            false, 0, "'it was successful' inside a sentence about something else");
    kt_call("Agent: Are you calling about the bill from March?\nCustomer: I am.\n"
            "Agent: It's paid in full.\nCustomer: Thanks.",
            false, 0, "'I am' to a question that proposes nothing buys nothing");
    kt_call("Customer: Is the new model any good?\nAgent: How does it look to you?\n"
            "Customer: Yes, nice.\nAgent: Glad you like it.",
            false, 0, "'how does it look' about a product with nothing asked for");
    kt_call("Customer: My flight got cancelled. Oh great, that's exactly what I needed today.\n"
            "Agent: I'm sorry. Would you like me to rebook you?\nCustomer: Not yet, I'll check trains.",
            false, 0, "'that's exactly what I needed today' is sarcasm, not a yes");
    kt_call("Customer: My order never came.\nAgent: Please confirm the order number on the screen.\n"
            "Customer: Got it.\nAgent: I've raised a claim with the courier.",
            false, 0, "a bare 'got it' acknowledges");
}

/* Read-backs asked in more of the ways staff ask them: after a change
 * ("now"), as "the order you want to place", the order "shown here", "ready
 * to be confirmed", "if I got it all right", "how this looks", as a
 * condition ("if you could confirm ..., I'll ..."), "I'm booking ..."; and
 * the answers "its right", "just what I ordered", "you got it all". */
static void check_more_readbacks(void)
{
    kt_call("Customer: A flat white, please.\nAgent: Is this the order you'd like to place?\n"
            "Customer: Yes, that's it.\nAgent: Lovely, grab it at the counter in a minute.",
            true, 0, "'is this the order you'd like to place?'");
    kt_call("customer: one chai latte\nagent: is this the correct order\ncustomer: no make it iced\n"
            "agent: okay is this now the correct order\ncustomer: thats right",
            true, 0, "asr: asked again after a change, 'is this now the correct order'");
    kt_call("customer: a small hot chocolate please\nagent: is the displayed order accurate\n"
            "customer: yes its accurate\nagent: okay thanks",
            true, 0, "asr: 'is the displayed order accurate'");
    kt_call("Customer: Two mochas, one decaf.\nAgent: Is the order shown here all correct?\n"
            "Customer: Yes.\nAgent: They'll be at the bar shortly.",
            true, 0, "'is the order shown here all correct'");
    kt_call("Customer: A green tea, please.\nAgent: Is your order ready to be confirmed?\n"
            "Customer: It is.\nAgent: Thanks.",
            true, 0, "'is your order ready to be confirmed?'");
    kt_call("Customer: A breve with cinnamon on top.\n"
            "Agent: If you could confirm that I got it all right, I'll send it over.\n"
            "Customer: Oh, yes, you got it all.\nAgent: Perfect.",
            true, 0, "a read-back asked as a condition, 'you got it all'");
    kt_call("customer: a vanilla latte please\nagent: let me know how this looks\n"
            "customer: its right\nagent: okay pick it up at the bar",
            true, 0, "asr: 'let me know how this looks' and 'its right'");
    kt_call("Customer: An americano with room for milk.\n"
            "Agent: Please look it over and make sure it's what you wanted.\n"
            "Customer: Just what I ordered.\nAgent: Great, it'll be out in a moment.",
            true, 0, "'make sure it's what you wanted', 'just what I ordered'");
    kt_call("Customer: I need a room for two nights from Friday.\n"
            "Agent: So I'm booking a queen room for two nights at the Lakeside Inn from Friday.\n"
            "Customer: That's right.\nAgent: Anything else?\nCustomer: No, thanks.",
            true, 0, "'I'm booking a queen room' reads the booking back");
    kt_call("Customer: A cold brew, please.\n"
            "Agent: Is this order right? I'd like to check before I pass it on?\n"
            "Customer: It's right, thanks.\nAgent: Okay, your cold brew will be ready in a minute.",
            true, 0, "a read-back asked, then a question with no cue of its own");
    kt_call("customer: can i get a hot cider\nagent: sure is everything you ordered correct here\n"
            "customer: yep thats right\nagent: okay thanks",
            true, 0, "asr: 'is everything you ordered correct here'");
    kt_call("Customer: I'll have an oat milk latte.\nAgent: Is this your order?\n"
            "Customer: Yes, it is.\nAgent: Thanks.",
            true, 0, "'is this your order?'");
    kt_call("Customer: Please book me two seats for the play on Saturday.\n"
            "Agent: So, 2 seats for Saturday at 8 pm, correct?\nCustomer: Yes, that's it.\n"
            "Agent: I've booked the seats.\nCustomer: We'll want to eat first.\n"
            "Agent: Do you want me to book you a table nearby.\n"
            "Customer: No, don't book me a table.\nAgent: Enjoy the show.",
            true, 0, "'don't book me a table' to a new question leaves the booked seats");
    /* negatives */
    kt_call("Customer: Two train tickets to Leeds on Friday, please.\n"
            "Agent: Two tickets to Leeds, Friday at 9 am, is that right?\nCustomer: Yes.\n"
            "Agent: I've booked them. Shall I reserve a hotel room there as well?\n"
            "Customer: No, actually cancel the whole thing, plans changed.\nAgent: Cancelled.",
            false, 0, "'cancel the whole thing' to a new question takes the booking back");
    kt_call("Customer: I'd like to change my address.\n"
            "Agent: Is your account number 4417? I want to be sure before I go on?\n"
            "Customer: Yes it is.\nAgent: Done, the address is changed.",
            false, 0, "an account number read back, then a question with no cue");
    kt_call("Customer: When do you open on Sunday?\nAgent: At ten. Is this what you wanted to know?\n"
            "Customer: Yes, thanks.\nAgent: Have a good day.",
            false, 0, "'is this what you wanted to know?' asks about an answer");
    kt_call("Customer: I'll take a decaf flat white.\nAgent: Sorry, we do not offer a decaf option.\n"
            "Customer: Never mind then.",
            false, 0, "'we do not offer a decaf option' fails the order");
    kt_call("Customer: The heater you fixed broke again. Just what I wanted for the holidays.\n"
            "Agent: I'm sorry. Let me send someone, there's no charge.\nCustomer: Fine.",
            false, 0, "'just what I wanted' as sarcasm is no yes");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_loose_notices();
    check_not_carried_out();
    check_yes_then_request();
    check_real_dialogue_words();
    check_more_readbacks();
    kt_free();
    T_END();
}
