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

int main(void)
{
    if (!kt_load())
        T_END();
    check_loose_notices();
    check_not_carried_out();
    check_yes_then_request();
    kt_free();
    T_END();
}
