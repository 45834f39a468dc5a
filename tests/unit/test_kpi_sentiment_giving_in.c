/* test_kpi_sentiment_giving_in.c - what a customer's plain words say about
 * their attitude, through the public KPI API: a reply opened by "fine"
 * gives in (against "fine, thanks" to a greeting and "that's fine");
 * impatience at saying it again, a customer's years with the company
 * invoked, a price or a deal judged in plain words and doubt of coming
 * back; process words that are no feelings ("patient portal", "power of
 * attorney", "the late show", "on top", "maybe twice"); warmth in plain
 * words ("you've always treated me well", "you saved me so much hassle");
 * stock praise closing a turn that the agent answers with sympathy ("I
 * know, it's a lot") is sarcasm; an "okay, good" after bad news is no
 * feeling. Each with the same words in a
 * calm sense. The calls are our own. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* "Fine" opening a reply gives in; greeting answers and "that's fine" do not. */
static void check_giving_in(void)
{
    kt_sentiment("Agent: The earliest we can do is Friday, and the call-out is ninety dollars.\n"
                 "Customer: Fine, put me down for Friday.\nAgent: Booked for Friday.\n"
                 "Customer: Fine.",
                 -1, "'Fine, put me down' and a closing 'Fine.' give in");
    kt_sentiment("agent: the only slot left is wednesday at seven am\ncustomer: ugh fine book the wednesday\n"
                 "agent: done wednesday at seven\ncustomer: yeah fine",
                 -1, "ASR: 'ugh fine book the wednesday' gives in");
    kt_sentiment("Agent: Hi, how are you today?\nCustomer: Fine, thanks. I'd like to book a cleaning.\n"
                 "Agent: Tuesday at ten?\nCustomer: That's fine.\nAgent: Booked.\nCustomer: Thank you.",
                 0, "'Fine, thanks' answers a greeting and 'that's fine' accepts");
    kt_sentiment("agent: how's your day going\ncustomer: fine how about yours\nagent: good thanks\n"
                 "customer: i need to change my address",
                 0, "ASR: 'fine how about yours' answers a greeting");
}

/* Saying it again, years with us invoked, and doubt of coming back. */
static void check_impatience(void)
{
    kt_sentiment("agent: before i cancel can i offer you three months free\n"
                 "customer: i've told you twice already i don't want it just close the account\n"
                 "agent: okay it's closed\ncustomer: okay",
                 -1, "ASR: 'told you twice already' is impatience");
    kt_sentiment("Agent: Our system says the part is on order.\nCustomer: It said that last week too.\n"
                 "Agent: I'll chase it.\nCustomer: Okay.",
                 -1, "'it said that last week too' is a promise heard before");
    kt_sentiment("Agent: I'm afraid I can't waive the deposit.\n"
                 "Customer: I've been a customer for twelve years and you want a deposit?",
                 -1, "years with us invoked over a charge");
    kt_sentiment("agent: anything else today\n"
                 "customer: no i've been a customer for like twelve years and i love "
                 "you guys thanks",
                 1, "ASR: years with us said with love are praise");
    kt_sentiment("Agent: Is there anything else?\nCustomer: No. Honestly, I'm not sure we'll be back.",
                 -1, "'not sure we'll be back' doubts coming back");
    kt_sentiment("Agent: Is there anything else?\nCustomer: I'm not sure yet, I'll call back if so. Thanks.",
                 0, "'not sure yet' alone is no doubt about us");
    kt_sentiment("agent: which email should we use\ncustomer: the one i told you before is fine\n"
                 "agent: got it",
                 0, "ASR: 'the one i told you before' points back, it is no complaint");
}

/* A price or a deal judged in plain words. */
static void check_price_words(void)
{
    kt_sentiment("Agent: The extended warranty is one forty nine.\n"
                 "Customer: That's way too expensive for what "
                 "it is. No.\nAgent: Understood.\nCustomer: Bye.",
                 -1, "'way too expensive' judges the price");
    kt_sentiment("agent: parking is twenty a night and breakfast is fifteen\n"
                 "customer: everything's extra with you guys huh\nagent: i'm afraid so\n"
                 "customer: okay no thanks",
                 -1, "ASR: 'everything's extra with you guys'");
    kt_sentiment("Agent: We can credit you ten dollars.\nCustomer: That's the least you could do.\n"
                 "Agent: It's applied.\nCustomer: Okay.",
                 -1, "'the least you could do'");
    kt_sentiment("Agent: Four meals a week is our standard plan.\nCustomer: Four meals is just too much food "
                 "for two of us. Do you have a smaller plan?\nAgent: Yes, two meals for thirty.\n"
                 "Customer: Oh, great, let's do that. Thank you.",
                 1, "'just too much food' is the customer's need, not a price verdict");
}

/* Words of a process or an amount that are no feelings. */
static void check_process_words(void)
{
    kt_sentiment("Agent: You're due for a check-up.\nCustomer: Yes, I'll book it through the patient portal "
                 "later.\nAgent: Sounds good.\nCustomer: Bye.",
                 0, "'patient portal' is a place, not praise");
    kt_sentiment("Agent: Only your father or someone with power of attorney can sign.\n"
                 "Customer: I don't have power of attorney. We'll call together tomorrow.\nAgent: Okay.",
                 0, "'power of attorney' is no threat");
    kt_sentiment("agent: the flood rider is ninety five a month on top\ncustomer: okay send me the quote\n"
                 "agent: sent",
                 0, "ASR: 'on top' is an addition, not praise");
    kt_sentiment("Agent: Can I ask why you're cancelling?\n"
                 "Customer: I'm just not using it. Maybe twice since "
                 "summer.\nAgent: Okay, it's cancelled.\nCustomer: Thanks.",
                 0, "'maybe twice since summer' is how often, not a complaint");
    kt_sentiment("agent: two tickets for friday's late show\ncustomer: yep that's right\nagent: booked",
                 0, "ASR: 'the late show' is a time");
}

/* Warmth in plain words. */
static void check_plain_warmth(void)
{
    kt_sentiment("Agent: Your plan renews at the same price.\n"
                 "Customer: Great. You've always treated me well, "
                 "so no reason to go anywhere else.",
                 1, "'you've always treated me well'");
    kt_sentiment("agent: drinks are two a head so forty for twenty\ncustomer: yes both\n"
                 "agent: delivered at noon\n"
                 "customer: thank you you guys saved me so much hassle",
                 1, "ASR: 'saved me so much hassle' is thanks, not a complaint");
    kt_sentiment("Agent: That'd save you the hassle of the paperwork.\nCustomer: I'll think about it.\n"
                 "Agent: Sure.",
                 0, "the agent's 'save you the hassle' is not the customer's");
}

/* After the agent's bad news, an acknowledgement ("okay, good") is no
 * feeling; a word of a product's name ("hiking boots") or a size ("too
 * big") is none either. Against them: a complaint after bad news. */
static void check_flat_answers(void)
{
    kt_sentiment("Agent: Would you like to reschedule?\nCustomer: No, I'll call when I know.\n"
                 "Agent: I'm sorry, the cancellation is done, no fee.\nCustomer: Okay, good.\n"
                 "Agent: Anything else?\nCustomer: No, bye.",
                 0, "'okay, good' after the agent's apology is an acknowledgement");
    kt_sentiment("agent: i'm sorry the brown hiking boots in eight are sold out\n"
                 "customer: hmm the eight and a half would be too big i'll wait for the brown\nagent: okay",
                 0, "ASR: 'hiking boots' and 'too big' are no feelings");
    kt_sentiment("agent: i'm sorry the brown boots in eight are sold out\n"
                 "customer: again that's the third time this year\nagent: okay",
                 -1, "ASR: a complaint after the apology counts");
    kt_sentiment("Agent: I'm afraid they keep hiking the rates every year.\n"
                 "Customer: They keep hiking them up "
                 "and I keep paying.\nAgent: I know.",
                 -1, "'hiking them up' raises a price");
}

/* Stock praise said of a bad fact the agent then sympathised with is
 * sarcasm; the same praise without sympathy, before a plan, or before the
 * agent's own news ("I'm sorry, Saturday is full") is not. */
static void check_sympathy(void)
{
    kt_sentiment("Agent: Parking is thirty a night.\n"
                 "Customer: Thirty a night on top of what I pay for the room. "
                 "Lovely.\nAgent: I know, it's a lot.\nCustomer: Okay.",
                 -1, "praise closing a turn the agent sympathised with is sarcasm");
    kt_sentiment("agent: the earliest we have is three weeks out\ncustomer: oh wonderful three weeks\n"
                 "agent: i know it's our busy season\ncustomer: okay",
                 -1, "ASR: 'oh wonderful' answered with 'i know' is sarcasm");
    kt_sentiment("Agent: Parking is thirty a night with breakfast.\nCustomer: Thirty a night with breakfast "
                 "included. Lovely.\nAgent: Shall I add it?\nCustomer: Yes please.",
                 0, "the same praise without sympathy is not sarcasm");
    kt_sentiment("Agent: The plan is forty a month.\nCustomer: Great, I'll talk to my wife and call back.\n"
                 "Agent: I understand, take your time.\nCustomer: Bye.",
                 1, "praise before a plan answered with 'I understand' is not sarcasm");
    kt_sentiment("Agent: What can I book for you?\nCustomer: Saturday at seven for four people. Perfect.\n"
                 "Agent: I'm sorry, Saturday is full. Sunday at seven?\nCustomer: Sunday works.",
                 0, "a bare 'I'm sorry' brings the agent's own news");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_giving_in();
    check_impatience();
    check_price_words();
    check_process_words();
    check_plain_warmth();
    check_sympathy();
    check_flat_answers();
    kt_free();
    T_END();
}
