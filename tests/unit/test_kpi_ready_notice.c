/* test_kpi_ready_notice.c - the agent's notice of WHEN what the customer
 * agreed to will be ready or sent ("i'll have them ready tomorrow after two",
 * "both refills out tomorrow") carries the purchase out, as does the wait
 * told as the whole answer after a confirmed read-back ("twenty five
 * minutes"); a go-ahead to fill a priced prescription ("so fine just fill
 * it") agrees to it. Each with negatives (no notice, nothing agreed, put
 * off, dropped), clean and speech-recognition style. Calls invented for
 * these tests, scored with the shipped rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* A readiness or dispatch notice with a time, after the customer agreed. */
static void check_ready_notices(void)
{
    kt_call("Customer: Hi, I need my two blood pressure prescriptions refilled and delivered.\n"
            "Agent: Both have refills left, that's $20 for the two, and I can have them "
            "delivered on Friday.\n"
            "Customer: Okay, please do that.\n"
            "Agent: Both refills out Friday, on the card on file.\nCustomer: Thanks.",
            true, 0, "'both refills out Friday' after 'please do that'");
    kt_call("customer: hey i need to reorder my allergy tablets\n"
            "agent: sure the price went up to thirty eight for the month\n"
            "customer: wow okay so fine just refill them\n"
            "agent: alright i'll have them ready tomorrow after three\n"
            "customer: thanks",
            true, 0, "asr: 'so fine just refill them', 'i'll have them ready tomorrow'");
    kt_call("customer: can you refill my inhaler\n"
            "agent: yes it's twelve dollars\n"
            "customer: okay then fill it\n"
            "agent: the inhaler will be ready today after four\n"
            "customer: great",
            true, 0, "asr: 'the inhaler will be ready today after four'");
}

/* No time, nothing agreed, or only asked: no purchase. */
static void check_not_ready_notices(void)
{
    kt_call("Customer: Hi, I need my two blood pressure prescriptions refilled and delivered.\n"
            "Agent: Both have refills left, that's $20 for the two, and I can have them "
            "delivered on Friday.\n"
            "Customer: Okay, please do that.\nAgent: Thanks for calling.\nCustomer: Thanks.",
            false, 0, "the same go-ahead with no notice carries nothing out");
    kt_call("Customer: Hi, I need my two blood pressure prescriptions refilled and delivered.\n"
            "Agent: Both have refills left, that's $20 for the two, and I can have them "
            "delivered on Friday.\n"
            "Customer: I'll think about it.\n"
            "Agent: Both refills out Friday then if you call back.\nCustomer: Thanks.",
            false, 0, "put off: a dispatch day offered again is no notice");
    kt_call("Customer: Is my repair done yet?\n"
            "Agent: Not yet, the part is late. The car will be ready tomorrow at ten.\n"
            "Customer: Okay, thanks.",
            false, 0, "a repair already bought, only its readiness told");
    kt_call("customer: how much would it cost to refill my eye drops\n"
            "agent: it's a fifteen dollar copay\n"
            "customer: hm i'll think about it\n"
            "agent: no problem we could have them ready tomorrow if you call back",
            false, 0, "asr: deferred, a conditional readiness");
    kt_call("Customer: My prescription ran out. Will it be ready tomorrow?\n"
            "Agent: I need a new script from your doctor first.\nCustomer: Oh, okay, bye.",
            false, 0, "the customer asks about readiness, nothing ordered");
    kt_call("customer: i'd like to know the price of a refill for my cream\n"
            "agent: it's forty two dollars not covered\n"
            "customer: no don't fill it i'll ask my doctor\n"
            "agent: okay",
            false, 0, "asr: 'don't fill it' refuses");
}

/* The wait told as the whole answer after the order is read back and
 * confirmed carries it out; the same wait told before anything is agreed,
 * or to a customer who then drops the order, does not. */
static void check_wait_notices(void)
{
    kt_call("customer: hi can i get a large margherita and a caesar salad for pickup\n"
            "agent: sure so one large margherita and a caesar salad that's twenty four fifty\n"
            "customer: yep that's it\nagent: twenty minutes\ncustomer: cheers",
            true, 0, "asr: read back, 'yep that's it', 'twenty minutes'");
    kt_call("Customer: Hi, two chicken kebabs for delivery please.\n"
            "Agent: Two chicken kebabs, $18 total, delivering to 12 Mill Lane?\n"
            "Customer: That's right.\nAgent: Okay, about forty minutes.\n"
            "Customer: Great, thanks.",
            true, 0, "read back, 'Okay, about forty minutes.'");
    kt_call("customer: hi can i get a large margherita and a caesar salad for pickup\n"
            "agent: sure so one large margherita and a caesar salad that's twenty four fifty\n"
            "customer: yep that's it\nagent: thanks\ncustomer: cheers",
            false, 0, "asr: the same read back with no notice");
    kt_call("customer: how long is the wait for delivery tonight\nagent: about forty minutes\n"
            "customer: okay thanks i'll call back later",
            false, 0, "asr: the wait asked before any order");
    kt_call("customer: hi can i get a large margherita for pickup\n"
            "agent: sure that's fourteen fifty\ncustomer: how long will it take\n"
            "agent: about forty minutes\ncustomer: oh that's too long never mind",
            false, 0, "asr: the wait told, then the order dropped");
}

/* The subject dropped ("should be ready by five thirty") after a go-ahead
 * carries the work out; after a refusal it carries nothing, and "when can
 * i get it back" asks when, it orders nothing. */
static void check_dropped_subject(void)
{
    kt_call("agent: hi it's the garage about your van the rear tyres are worn it's two forty "
            "for the pair fitted\n"
            "customer: yeah okay do the tyres when can i get it back\n"
            "agent: should be ready by five thirty\ncustomer: fine",
            true, 0, "asr: 'do the tyres', 'should be ready by five thirty'");
    kt_call("Agent: Your van's in. The rear tyres are worn, $240 for the pair fitted.\n"
            "Customer: Okay, do the tyres.\nAgent: Will be ready by 5:30.\n"
            "Customer: Thanks.",
            true, 0, "'Will be ready by 5:30.' after 'do the tyres'");
    kt_call("agent: hi it's the garage about your van the rear tyres are worn it's two forty "
            "for the pair fitted\n"
            "customer: no leave the tyres when can i get it back\n"
            "agent: should be ready by five thirty\ncustomer: fine",
            false, 0, "asr: tyres refused; 'when can i get it back' is no request");
    kt_call("customer: hi is my van done yet\nagent: not yet should be ready by five thirty\n"
            "customer: okay thanks",
            false, 0, "asr: readiness of work bought before the call");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_ready_notices();
    check_not_ready_notices();
    check_wait_notices();
    check_dropped_subject();
    kt_free();
    T_END();
}
