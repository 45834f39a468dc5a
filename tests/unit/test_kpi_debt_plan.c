/* test_kpi_debt_plan.c - a payment plan for money already owed sells
 * nothing: "I can set up a repayment plan of $60 a month", "we can spread
 * the balance over five months so $70 a month" - "yes, do that" is neither a
 * conversion nor an upsell. A purchase paid in parts stays a purchase.
 * Clean and speech-recognition style. Calls invented for these tests,
 * scored with the shipped rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* A plan for arrears: no purchase, no upsell. */
static void check_debt_plans(void)
{
    kt_call("Customer: I've fallen behind on my water bill and got a warning letter.\n"
            "Agent: I can set up a repayment plan of $60 a month until it's cleared.\n"
            "Customer: Yes, do that please.\nAgent: Done, it's in place.\nCustomer: Thank you.",
            false, 0, "'a repayment plan of $60 a month' - 'Yes, do that please'");
    kt_call("customer: hi i owe about three fifty on the gas account and can't pay it at once\n"
            "agent: okay we can spread that over five months so seventy a month with your bill\n"
            "customer: yeah that works for me\n"
            "agent: all set\ncustomer: thanks",
            false, 0, "asr: 'spread that over five months so seventy a month'");
}

/* Something bought: still a purchase. */
static void check_purchase_kept(void)
{
    kt_call("Customer: I'd like to order the standing desk.\n"
            "Agent: It's $480, delivered Thursday. Shall I place the order?\n"
            "Customer: Yes, please.\nAgent: Done, it's ordered.\nCustomer: Great.",
            true, 0, "a desk ordered at $480");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_debt_plans();
    check_purchase_kept();
    kt_free();
    T_END();
}
