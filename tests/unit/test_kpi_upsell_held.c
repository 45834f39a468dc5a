/* test_kpi_upsell_held.c - an offer stays open through the customer's
 * questions about it and the agent's answers (kpi_upsell.c note_held):
 * after two exchanges of checks ("is that per person" - "no that covers
 * the two of you" - "and every morning" - "every morning") a yes or a go-ahead that
 * points back still takes it. A check is a question, or the offer's price
 * said back alone ("sixty for the two nights"). It ends when the customer
 * answers (a refusal after the checks buys nothing), asks about something
 * else ("what time is checkout"), complains ("i'm not paying sixty for
 * toast"), or the agent offers or asks something new. With the shipped
 * rules file, on short calls written for these tests, clean and
 * speech-recognition style. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

#define HOTEL_ASR                                                               \
    "agent: lakeside lodge this is mara\n"                                      \
    "customer: hi i'd like a double room for two nights from friday\n"          \
    "agent: sure that's two twenty for the two nights shall i book it\n"        \
    "customer: yes please book it\n"                                            \
    "agent: done and would you like to add breakfast it's sixty dollars\n"

#define HOTEL_CLEAN                                                             \
    "Agent: Lakeside Lodge, this is Mara.\n"                                    \
    "Customer: Hi, I'd like a double room for two nights from Friday.\n"        \
    "Agent: Sure, that's $220 for the two nights. Shall I book it?\n"           \
    "Customer: Yes, please book it.\n"                                          \
    "Agent: Done. Would you like to add breakfast? It's $60.\n"

/* Checks about the offer over several exchanges, then the answer. */
static void check_two_exchanges(void)
{
    kt_call(HOTEL_ASR "customer: is that per person\n"
                      "agent: no that covers the two of you\n"
                      "customer: and is it every morning\n"
                      "agent: every morning from seven\n"
                      "customer: can we have it in the room\n"
                      "agent: yes room service is fine\n"
                      "customer: okay yes please\n"
                      "agent: lovely breakfast added",
            true, 60, "ASR: three questions about it, then 'okay yes please'");
    kt_call(HOTEL_CLEAN "Customer: Is that per person?\n"
                        "Agent: No, that covers the two of you.\n"
                        "Customer: And is it served every morning?\n"
                        "Agent: Every morning from seven.\n"
                        "Customer: Can we have it in the room?\n"
                        "Agent: Yes, room service is fine.\n"
                        "Customer: Yes, please.\n"
                        "Agent: Lovely, breakfast is added.",
            true, 60, "clean: three questions about it, then 'Yes, please.'");
    kt_call(HOTEL_ASR "customer: uh sixty for the two nights\n"
                      "agent: that's right sixty in total\n"
                      "customer: yeah that's fine add it\n"
                      "agent: done",
            true, 60, "ASR: the price said back, not asked, then 'yeah that's fine add it'");
    kt_call(HOTEL_ASR "customer: uh sixty for the two nights\n"
                      "agent: that's right sixty in total\n"
                      "customer: does it include coffee\n"
                      "agent: coffee and juice are included\n"
                      "customer: can we have it in the room\n"
                      "agent: yes room service is fine\n"
                      "customer: sure add it\n"
                      "agent: done",
            true, 60, "ASR: the price said back, two questions, then 'sure add it'");
}

/* The checks end in a refusal: nothing extra. */
static void check_refused_after(void)
{
    kt_call(HOTEL_ASR "customer: is that per person\n"
                      "agent: no that covers the two of you\n"
                      "customer: and is it every morning\n"
                      "agent: every morning from seven\n"
                      "customer: no thanks we'll eat in town\n"
                      "agent: no problem",
            true, 0, "negative ASR: two questions about it, then a refusal");
    kt_call(HOTEL_CLEAN "Customer: Is that per person?\n"
                        "Agent: No, that covers the two of you.\n"
                        "Customer: And is it served every morning?\n"
                        "Agent: Every morning from seven.\n"
                        "Customer: No, we'll skip it, thanks.\n"
                        "Agent: No problem.",
            true, 0, "negative clean: two questions, then 'No, we'll skip it'");
}

/* A question about something else, or a complaint, ends the offer: the
 * yes that follows answers the agent's reply, not the breakfast. */
static void check_subject_changed(void)
{
    kt_call(HOTEL_ASR "customer: is that per person\n"
                      "agent: no that covers the two of you\n"
                      "customer: what time is checkout on sunday\n"
                      "agent: checkout is at eleven\n"
                      "customer: okay great\n"
                      "agent: see you friday",
            true, 0, "negative ASR: a question about it, then about checkout, then 'okay great'");
    kt_call(HOTEL_CLEAN "Customer: Is that per person?\n"
                        "Agent: No, that covers the two of you.\n"
                        "Customer: Where do we park?\n"
                        "Agent: There's a free lot behind the lodge.\n"
                        "Customer: Yes, perfect.\n"
                        "Agent: See you Friday.",
            true, 0, "negative clean: then a question about parking, then 'Yes, perfect.'");
    kt_call(HOTEL_ASR "customer: i'm not paying sixty dollars for toast\n"
                      "agent: it's a full cooked breakfast\n"
                      "customer: is it\n"
                      "agent: yes eggs bacon the lot\n"
                      "customer: yeah okay\n"
                      "agent: see you friday",
            true, 0, "negative ASR: a complaint holds nothing open");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_two_exchanges();
    check_refused_after();
    check_subject_changed();
    kt_free();
    T_END();
}
