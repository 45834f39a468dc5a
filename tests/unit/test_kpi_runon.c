/* test_kpi_runon.c - a fulfilment notice that speech recognition runs into
 * what the agent says next ("done would you like ...", "booked what's the
 * address"), and a free extra offered after such a notice, with the shipped
 * rules file, on short calls written for these tests. Negatives: "done
 * with", "booked up", "all set up" (a step or a full calendar, not a
 * notice), a free remedy carried out, and a notice with no request before
 * it. Also a bare "I'm in" after a support step (in the account) against
 * "I'm in" to an offer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* "done"/"booked"/"all set" opening an unpunctuated turn carries out what
 * the customer asked for, whatever follows it in the same run of words. */
static void check_runon_notice(void)
{
    kt_call("agent: hillside plumbing this is dana\n"
            "customer: my boiler is making a banging noise can someone come out\n"
            "agent: i can get an engineer there at four pm the visit is eighty\n"
            "customer: yeah please send someone\n"
            "agent: booked whats the postcode\n"
            "customer: it's e three four j x",
            true, 0, "ASR: booked what's the postcode after a request");
    kt_call("agent: metro gym this is ali\n"
            "customer: hi i wanna join the gym the monthly one\n"
            "agent: thats thirty nine a month shall i sign you up\n"
            "customer: yeah go for it\n"
            "agent: done would you like a locker its five a month\n"
            "customer: um no thanks\n"
            "agent: okay see you soon",
            true, 0, "ASR: done would you like a locker, locker declined");
    kt_call("agent: quickfix appliances this is sam\n"
            "customer: hi my washer wont drain i need someone to look at it\n"
            "agent: a technician can come thursday morning the call out is sixty five\n"
            "customer: yes please book that\n"
            "agent: booked for thursday morning we also have a yearly cover plan at one twenty\n"
            "customer: uh not right now thanks\n"
            "agent: no problem",
            true, 0, "ASR: booked for thursday morning, plan put off");
    kt_call("agent: riverside bank this is jo\n"
            "customer: hi i wanna open a current account\n"
            "agent: sure shall i open it for you now\n"
            "customer: yes please\n"
            "agent: done would you like a debit card sent out its free\n"
            "customer: yeah sure\n"
            "agent: all set the card arrives in five days\n"
            "customer: great thanks",
            true, 0, "ASR: done, then a free card offered on top");
}

/* Not notices: a step, a full calendar, a setup question; a free remedy
 * carried out; a notice with nothing asked for. */
static void check_runon_negatives(void)
{
    kt_call("agent: cloudbox support this is lee\n"
            "customer: i cant log in the reset link never comes\n"
            "agent: i've fixed the email on the account and sent a new link\n"
            "customer: okay\n"
            "agent: done with the reset yet can you see your files\n"
            "customer: yes i can see them thanks",
            false, 0, "negative ASR: 'done with the reset yet' is a step");
    kt_call("agent: bright dental this is kim\n"
            "customer: hi can i get a cleaning next week\n"
            "agent: booked up until the twentieth sorry we can call you if something opens\n"
            "customer: no thats okay ill try elsewhere\n"
            "agent: okay",
            false, 0, "negative ASR: 'booked up until' is a full calendar");
    kt_call("agent: freshbox support this is mo\n"
            "customer: half my order was missing the eggs and milk\n"
            "agent: im sorry i can send those out again tomorrow free of charge\n"
            "customer: yes please\n"
            "agent: done would you like anything else\n"
            "customer: no thats it",
            false, 0, "negative ASR: free replacement carried out buys nothing");
    kt_call("agent: city library this is pat\n"
            "customer: hi just checking my card still works\n"
            "agent: all set your card is valid till june\n"
            "customer: great thanks",
            false, 0, "negative ASR: 'all set' with nothing asked to buy");
}

/* "I'm in" to a log-in step reports access; to an offer it takes it. */
static void check_im_in(void)
{
    kt_call("agent: mailbox support this is ray\n"
            "customer: i cant get into my account the code never arrives\n"
            "agent: i've fixed the phone number and sent a new code can you try now\n"
            "customer: okay yeah got it im in\n"
            "agent: great anything else\n"
            "customer: no thanks so much",
            false, 0, "negative ASR: im in after a new log-in code");
    kt_call("Agent: Pixelcloud support, Jen speaking.\n"
            "Customer: I'm locked out after too many tries.\n"
            "Agent: I've unlocked it. Please try again.\n"
            "Customer: Okay... I'm in!\n"
            "Agent: Great.\n"
            "Customer: Thanks a lot.",
            false, 0, "negative: I'm in! after an unlock");
    kt_call("Agent: Harbor Yoga, Tess speaking.\n"
            "Customer: Hi, is there room in the Saturday beginners course?\n"
            "Agent: Yes, two spots left. It's $90 for the six weeks. Shall I sign you up?\n"
            "Customer: I'm in!\n"
            "Agent: You're registered, see you Saturday.\n"
            "Customer: Thanks!",
            true, 0, "I'm in! to a priced sign-up question");
    kt_call("agent: riverside climbing this is jo\n"
            "customer: hi is the intro class still running thursday\n"
            "agent: yes its forty five for the evening want me to put you down\n"
            "customer: yeah im in\n"
            "agent: youre booked for thursday\n"
            "customer: awesome",
            true, 0, "ASR: yeah im in to a priced class");
}

/* "the deposit is taken" carries a purchase out, it is no sold-out slot;
 * "book four of us" books a count. Negatives: a slot that is taken, a
 * count asked about. */
static void check_count_and_deposit(void)
{
    kt_call("Agent: Lakeside Boats, Amy speaking.\n"
            "Customer: Can we have the pontoon on Sunday? It's $240, right?\n"
            "Agent: Yes, $240 for the day.\n"
            "Customer: Great, let's book it.\n"
            "Agent: Done, Sunday is yours and the deposit is taken.\n"
            "Customer: Thanks!",
            true, 0, "the deposit is taken after let's book it");
    kt_call("Agent: Lakeside Boats, Amy speaking.\n"
            "Customer: Can we have the pontoon on Sunday?\n"
            "Agent: It's $240. Shall I book it?\n"
            "Customer: Yes please.\n"
            "Agent: Oh, sorry, Sunday is taken, someone just booked it.\n"
            "Customer: Oh well, thanks anyway.",
            false, 0, "negative: Sunday is taken after the yes");
    kt_call("agent: city food tours this is raf\n"
            "customer: hi any room on the friday tour\n"
            "agent: yes its forty per person\n"
            "customer: great book four of us please\n"
            "agent: booked four for friday\n"
            "customer: cheers",
            true, 0, "ASR: book four of us, then booked");
    kt_call("agent: city food tours this is raf\n"
            "customer: hi can i book four of us for friday\n"
            "agent: friday is full im afraid\n"
            "customer: oh okay never mind",
            false, 0, "negative ASR: asking to book four, tour full");
}

/* "fine, just do it all" to a quote for the whole job goes ahead with it;
 * on a support call with no price it is a step. */
static void check_do_it_all(void)
{
    kt_call("agent: northside garage this is vic about your van\n"
            "customer: yeah is it done\n"
            "agent: the brakes and the exhaust both need doing so it's five twenty all in\n"
            "customer: alright just do it all\n"
            "agent: okay it'll be ready tomorrow at noon\n"
            "customer: right thanks",
            true, 0, "ASR: alright just do it all to a quote, then ready tomorrow");
    kt_call("Agent: Cloudbox support, Lee here.\n"
            "Customer: My laptop won't sync and the printer is offline too.\n"
            "Agent: I can reset the sync and reinstall the printer driver remotely.\n"
            "Customer: Okay, do both.\n"
            "Agent: Done, both are working now.\n"
            "Customer: Thanks.",
            false, 0, "negative: do both on a support call with no price");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_runon_notice();
    check_runon_negatives();
    check_im_in();
    check_count_and_deposit();
    check_do_it_all();
    kt_free();
    T_END();
}
