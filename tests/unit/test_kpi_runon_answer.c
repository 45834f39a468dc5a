/* test_kpi_runon_answer.c - a customer's answer to an extra that speech
 * recognition runs into other talk, with the shipped rules file, on short
 * calls written for these tests: a short no that ends an answer of its own
 * ("no we don't", "no wait actually") and then a yes that opens the next;
 * a "no" that says there is none of something ("i have no idea") after a
 * yes. Clean counterparts, and negatives: a no that is the answer ("no not
 * really yeah", "no we don't need it"), a refusal after "have" in words of
 * its own ("i have no use for it"). Also a habit told in passing after the
 * yes ("add the breakfast i skip it every day") against "skip it" said to
 * the offer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* "no we don't yeah we need one": the no answers "do you have one", the yes
 * after it takes the extra. */
static void check_no_then_yes(void)
{
    kt_call("agent: bluebrook coffee service this is tam\n"
            "customer: hi we want beans delivered to our office every week\n"
            "agent: sure the weekly box is thirty dollars\n"
            "customer: okay yeah that works set it up\n"
            "agent: do you have a grinder we lend one for six dollars a month\n"
            "customer: hmm no we don't yeah we need the grinder\n"
            "agent: okay weekly box and a grinder starting monday\n"
            "customer: great",
            true, 6, "ASR: no we don't yeah we need the grinder");
    kt_call("Agent: Bluebrook Coffee Service, this is Tam.\n"
            "Customer: Hi, we want beans delivered to our office every week.\n"
            "Agent: Sure, the weekly box is $30.\n"
            "Customer: Okay, yeah, that works, set it up.\n"
            "Agent: Do you have a grinder? We lend one for $6 a month.\n"
            "Customer: Hmm, no, we don't. Yeah, we need the grinder.\n"
            "Agent: Okay, weekly box and a grinder starting Monday.\n"
            "Customer: Great.",
            true, 6, "clean: No, we don't. Yeah, we need the grinder.");
    kt_call("agent: summit car hire this is joe\n"
            "customer: hi i need a small car from friday to sunday\n"
            "agent: a compact is thirty five a day\n"
            "customer: okay book the compact\n"
            "agent: done for nine more a day i can give you a hybrid\n"
            "customer: uh no wait actually yes the hybrid saves on fuel\n"
            "agent: great hybrid it is\n"
            "customer: thanks",
            true, 9, "ASR: no wait actually yes the hybrid");
}

/* A no that is the answer stays one. */
static void check_no_stays(void)
{
    kt_call("agent: bluebrook coffee service this is tam\n"
            "customer: hi we want beans delivered to our office every week\n"
            "agent: sure the weekly box is thirty dollars\n"
            "customer: okay yeah that works set it up\n"
            "agent: do you want a grinder with it it's six dollars a month\n"
            "customer: no not really yeah\n"
            "agent: okay just the box then\n"
            "customer: thanks",
            true, 0, "negative ASR: no not really yeah refuses the grinder");
    kt_call("agent: bluebrook coffee service this is tam\n"
            "customer: hi we want beans delivered to our office every week\n"
            "agent: sure the weekly box is thirty dollars\n"
            "customer: okay yeah that works set it up\n"
            "agent: do you want a grinder with it it's six dollars a month\n"
            "customer: no we don't need it\n"
            "agent: okay just the box then\n"
            "customer: yeah thanks",
            true, 0, "negative ASR: no we don't need it, then a bare yeah");
}

/* "i have no idea what i'd do with it" after a yes says nothing of the
 * extra; "i have no use for it" refuses it. */
static void check_none_of(void)
{
    kt_call("agent: hillcrest appliances this is rae\n"
            "customer: hi i want to order the white dishwasher from your site\n"
            "agent: sure that one is five forty nine delivered\n"
            "customer: yeah that's the one order it\n"
            "agent: great do you want us to haul the old one away it's thirty bucks\n"
            "customer: oh yeah take the old one i have no idea how i'd get rid of it\n"
            "agent: okay delivery and haul away on tuesday\n"
            "customer: perfect",
            true, 30, "ASR: yeah take the old one i have no idea");
    kt_call("Agent: Hillcrest Appliances, this is Rae.\n"
            "Customer: Hi, I want to order the white dishwasher from your site.\n"
            "Agent: Sure, that one is $549 delivered.\n"
            "Customer: Yeah, that's the one, order it.\n"
            "Agent: Great. Do you want us to haul the old one away? It's $30.\n"
            "Customer: Oh yeah, take the old one. I have no idea how I'd get rid of it.\n"
            "Agent: Okay, delivery and haul away on Tuesday.\n"
            "Customer: Perfect.",
            true, 30, "clean: take the old one. I have no idea");
    kt_call("agent: hillcrest appliances this is rae\n"
            "customer: hi i want to order the white dishwasher from your site\n"
            "agent: sure that one is five forty nine delivered\n"
            "customer: yeah that's the one order it\n"
            "agent: great do you want us to haul the old one away it's thirty bucks\n"
            "customer: no i have no use for that my brother is taking it\n"
            "agent: okay just the delivery on tuesday\n"
            "customer: perfect",
            true, 0, "negative ASR: no, i have no use for that");
    kt_call("agent: hillcrest appliances this is rae\n"
            "customer: hi i want to order the white dishwasher from your site\n"
            "agent: sure that one is five forty nine delivered\n"
            "customer: yeah that's the one order it\n"
            "agent: great do you want us to haul the old one away it's thirty bucks\n"
            "customer: nah there's no need\n"
            "agent: okay just the delivery on tuesday\n"
            "customer: perfect",
            true, 0, "negative ASR: nah there's no need");
}

/* "i skip it every day" tells a habit; "skip it", "we'll skip it" refuse. */
static void check_habit(void)
{
    kt_call("agent: daily greens meal kits this is sam\n"
            "customer: hi i want the four dinners a week box\n"
            "agent: great that's sixty five a week\n"
            "customer: yeah sign me up\n"
            "agent: done we also do a lunch salad add on for eighteen a week\n"
            "customer: oh yes add the lunch salads i usually skip it at work\n"
            "agent: okay dinners plus lunch salads from monday\n"
            "customer: thanks",
            true, 18, "ASR: add the lunch salads i usually skip it at work");
    kt_call("Agent: Daily Greens meal kits, this is Sam.\n"
            "Customer: Hi, I want the four dinners a week box.\n"
            "Agent: Great, that's $65 a week.\n"
            "Customer: Yeah, sign me up.\n"
            "Agent: Done. We also do a lunch salad add-on for $18 a week.\n"
            "Customer: Oh yes, add the lunch salads. I usually skip it at work.\n"
            "Agent: Okay, dinners plus lunch salads from Monday.\n"
            "Customer: Thanks.",
            true, 18, "clean: add the lunch salads. I usually skip it at work.");
    kt_call("agent: daily greens meal kits this is sam\n"
            "customer: hi i want the four dinners a week box\n"
            "agent: great that's sixty five a week\n"
            "customer: yeah sign me up\n"
            "agent: done we also do a lunch salad add on for eighteen a week\n"
            "customer: hmm we'll skip it for now\n"
            "agent: okay just the dinners from monday\n"
            "customer: thanks",
            true, 0, "negative ASR: we'll skip it for now");
    kt_call("agent: daily greens meal kits this is sam\n"
            "customer: hi i want the four dinners a week box\n"
            "agent: great that's sixty five a week\n"
            "customer: yeah sign me up\n"
            "agent: done we also do a lunch salad add on for eighteen a week\n"
            "customer: nah skip that\n"
            "agent: okay just the dinners from monday\n"
            "customer: thanks",
            true, 0, "negative ASR: nah skip that");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_no_then_yes();
    check_no_stays();
    check_none_of();
    check_habit();
    kt_free();
    T_END();
}
