/* test_kpi_upsell_scope.c - words that narrow the order back to the
 * purchase take the add-ons off it, however the refusal is worded: the
 * customer's "just the blender, please" after taking a care plan, "Just
 * fix the heater, please." as the whole answer to an offer, the agent's
 * "okay no problem just the inspection then" after an outburst; and a drop
 * verb whose object names an extra by another word than the agent's
 * ("scratch the chocolates" for "a box of truffles"); the agent's regret,
 * right after the customer took an extra, that it cannot be had ("I'm
 * sorry. Mounting isn't available in your area"). With the shipped
 * rules file, on short calls written for these tests (clean and
 * speech-recognition style). Negatives: a count ("just the one"), a pick
 * by name ("just the vase"), a list of what is kept ("just the laptop, the
 * case and express"), a drop verb told of, not asked for ("i
 * drop my phone all the time"), "just to confirm", and a drop that answers
 * a newer offer still leave the extras taken. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* The customer keeps only the purchase after taking an extra. */
static void check_customer_narrows(void)
{
    kt_call("Customer: Hi, I'd like to order the Corsa blender, the red one.\n"
            "Agent: Sure, that's $99. Would you like the three-year care plan for $39?\n"
            "Customer: Sure, add it.\n"
            "Agent: Okay, the blender and the care plan, $138.\n"
            "Customer: Hmm, that's more than I wanted. Actually, just the blender, please.\n"
            "Agent: No problem. Shall I place the order?\n"
            "Customer: Yes, go ahead.\n"
            "Agent: Done, it ships tomorrow.",
            true, 0, "'just the blender, please' takes the care plan back");
    kt_call("customer: hi i want to order the corsa blender the red one\n"
            "agent: sure that's ninety nine and do you want the three year care plan for thirty nine\n"
            "customer: yeah sure add it\n"
            "agent: okay blender plus care plan one thirty eight\n"
            "customer: hmm you know what just the blender then\n"
            "agent: okay should i place it\n"
            "customer: yep\n"
            "agent: done ships tomorrow",
            true, 0, "ASR: 'just the blender then' takes the care plan back");
    kt_call("Customer: Hi, my furnace stopped working, I need someone out today.\n"
            "Agent: I can have a technician there at 3, the service call is $129. Book it?\n"
            "Customer: Yes, book it.\n"
            "Agent: Booked. He can also clean the ducts while he's there for $89.\n"
            "Customer: Just fix the heater, please. One thing at a time.\n"
            "Agent: Of course. He'll call before he comes.",
            true, 0, "'Just fix the heater, please.' answers the offer as a refusal");
    kt_call("customer: hi my furnace stopped working i need someone out today\n"
            "agent: i can have a technician there at three the service call is one twenty nine "
            "want me to book it\n"
            "customer: yes book it\n"
            "agent: booked he can also clean the ducts while he's there for eighty nine\n"
            "customer: just fix the heater please one thing at a time\n"
            "agent: of course he'll call before he comes",
            true, 0, "ASR: 'just fix the heater please' refuses the duct cleaning");
    kt_call("customer: hi my kitchen sink is leaking can someone come today\n"
            "agent: yes a plumber can be there at two the call out is ninety five shall i book it\n"
            "customer: yes book it\n"
            "agent: booked we can also check the water heater while he's there for forty\n"
            "customer: no just do my sink please\n"
            "agent: sure thing",
            true, 0, "ASR: 'just do my sink please' keeps the purchase only");
}

/* "Just" that hurries the agent on keeps the extra just taken: what
 * follows points at the business in hand, it names no thing. */
static void check_just_hurries(void)
{
    kt_call("Customer: I want to move to the Family plan, your checkout keeps failing.\n"
            "Agent: I can do it by phone. Family is $59.88 a year. Shall I process it?\n"
            "Customer: Yes, go ahead.\n"
            "Agent: Done. Would you like 1GB of file storage for $2.50 a month?\n"
            "Customer: Sure, add it. Just get this done.\n"
            "Agent: Added. All set.",
            true, 2.5, "negative: 'Just get this done.' keeps the storage taken");
    kt_call("customer: hi i need the oil change today if you can\n"
            "agent: i can do noon it's sixty nine should i book it\n"
            "customer: yes book it\n"
            "agent: booked and do you want the wipers too they're twenty two\n"
            "customer: yeah fine add them just make that quick i'm on lunch\n"
            "agent: will do",
            true, 22, "negative ASR: 'just make that quick' keeps the wipers taken");
}

/* The agent's acknowledgement leaves only the purchase. */
static void check_agent_narrows(void)
{
    kt_call("Customer: Your guy fixed my dryer last week and it's broken again.\n"
            "Agent: I'm sorry. A follow-up inspection is free under the repair warranty. "
            "Monday morning?\n"
            "Customer: Yes, Monday works.\n"
            "Agent: You're booked for Monday. We also have a vent cleaning add-on for $60.\n"
            "Customer: Are you serious? You want more money when it didn't work the first time?\n"
            "Agent: I understand. No problem, just the inspection then.\n"
            "Customer: Yeah, just make sure it works this time.",
            true, 0, "'no problem, just the inspection then' closes the vent cleaning");
    kt_call("customer: your guy fixed my dryer last week and it's broken again\n"
            "agent: i'm sorry a follow up inspection is free under the repair warranty "
            "monday morning\n"
            "customer: yeah monday works\n"
            "agent: okay you're booked monday and we also have a vent cleaning add on for sixty\n"
            "customer: are you serious you want more money when it didn't work the first time\n"
            "agent: i understand no problem just the inspection then\n"
            "customer: yeah just make sure it works this time",
            true, 0, "ASR: 'just the inspection then' closes the vent cleaning");
}

/* A drop verb whose object names the extra in the customer's own word. */
static void check_drop_unnamed(void)
{
    kt_call("Customer: Hi, I'd like to send flowers to my mom, the spring bouquet.\n"
            "Agent: The spring bouquet is $55. Shall I do that one?\n"
            "Customer: Yes, please.\n"
            "Agent: Would you like a box of truffles with it for $14?\n"
            "Customer: Sure, why not. Actually, scratch the chocolates, she's on a diet.\n"
            "Agent: No problem, just the bouquet, delivered tomorrow.",
            true, 0, "'scratch the chocolates' takes back the box of truffles");
    kt_call("customer: hi i'd like to order the vireo laptop the sixteen gig one\n"
            "agent: sure would you like the two year protection plan for a hundred twenty nine\n"
            "customer: sure add it\n"
            "agent: okay laptop and protection plan\n"
            "customer: hmm actually skip the warranty\n"
            "agent: okay removed shall i place the order\n"
            "customer: yes go ahead\n"
            "agent: done",
            true, 0, "ASR: 'skip the warranty' takes back the protection plan");
}

/* One drop verb, read in one place: by the extra's own name it takes that
 * one back and keeps what follows "keep"; asked politely it still drops;
 * told of with a subject, or negated, it drops nothing. */
static void check_drop_by_name(void)
{
    kt_call("customer: hi i need a car at the airport friday to monday\n"
            "agent: a compact is forty two a day shall i book it\n"
            "customer: yes book it\n"
            "agent: booked would you like the damage waiver for fifteen a day or a child seat for "
            "thirty\n"
            "customer: yeah both\n"
            "agent: okay waiver and child seat\n"
            "customer: could you cancel the damage waiver please my card covers it just keep "
            "the child seat\n"
            "agent: sure done",
            true, 30, "ASR: 'could you cancel the damage waiver' drops it, keeps the seat");
    kt_call("customer: hi i need a car at the airport friday to monday\n"
            "agent: a compact is forty two a day shall i book it\n"
            "customer: yes book it\n"
            "agent: booked would you like a child seat for thirty\n"
            "customer: yeah add the child seat i drop my kids at school first so noon is best\n"
            "agent: okay added",
            true, 30, "negative ASR: 'i drop my kids at school' tells, it takes nothing back");
    kt_call("Customer: Hi, I'd like to book a table for four on Saturday, the tasting menu.\n"
            "Agent: The tasting menu is $85 a person. Shall I book it?\n"
            "Customer: Yes, please.\n"
            "Agent: Booked. Would you like the wine pairing for $40 a person?\n"
            "Customer: Yes, add the wine pairing. Please don't drop the wine pairing this time, "
            "last time it got lost.\n"
            "Agent: I've noted it.",
            true, 160, "negative: 'don't drop the wine pairing' keeps it");
}

/* The agent's regret that the extra just taken cannot be had takes it
 * back; regret about something else does not. */
static void check_unavailable(void)
{
    kt_call("Customer: Hi, I'd like to order the 55-inch Lumen TV that's on sale.\n"
            "Agent: Sure, shall I put that through?\n"
            "Customer: Yes, place the order.\n"
            "Agent: Done. Would you like wall mounting? It's $129.\n"
            "Customer: Yes, please.\n"
            "Agent: Let me add that. Oh, I'm sorry. Mounting isn't available in your area yet.\n"
            "Customer: That's a shame. Okay.\n"
            "Agent: The TV still arrives Friday.",
            true, 0, "'sorry, mounting isn't available' takes back the mounting");
    kt_call("customer: hi i want to order the lumen tv the fifty five inch\n"
            "agent: sure want me to put it through\n"
            "customer: yes place it\n"
            "agent: done and would you like wall mounting it's one twenty nine\n"
            "customer: yeah please\n"
            "agent: oh unfortunately we can't do mounting in your area yet\n"
            "customer: ugh okay\n"
            "agent: the tv still arrives friday",
            true, 0, "ASR: 'unfortunately we can't do mounting' takes it back");
    kt_call("customer: hi i want to order the lumen tv the fifty five inch\n"
            "agent: sure want me to put it through\n"
            "customer: yes place it\n"
            "agent: done and would you like wall mounting it's one twenty nine\n"
            "customer: yeah please\n"
            "agent: sorry i didn't catch that you want the mounting\n"
            "customer: yes the mounting\n"
            "agent: added",
            true, 129, "negative ASR: 'sorry i didn't catch that' takes nothing back");
}

/* Negatives: what looks like narrowing but keeps the extras. */
static void check_kept(void)
{
    kt_call("Customer: I want to order the PS5 slim, the disc one.\n"
            "Agent: Sure, $499. Do you want an extra controller? They're $69.\n"
            "Customer: Yeah, just the one, please.\n"
            "Agent: Added, one controller.",
            true, 69, "negative: 'just the one' is a count");
    kt_call("customer: hi i want to order the spring bouquet for my mom\n"
            "agent: sure that's fifty five shall i put it through\n"
            "customer: yes please\n"
            "agent: done would you like a glass vase for eighteen or truffles for fourteen\n"
            "customer: just the vase please\n"
            "agent: okay bouquet in a vase",
            true, 18, "negative ASR: 'just the vase' picks the vase by name");
    kt_call("Customer: Hi, I'd like to order the Aero 14 laptop.\n"
            "Agent: Sure, that's $1,049. Would you like a padded case for $40?\n"
            "Customer: Yes, add the case.\n"
            "Agent: And express shipping for $15? It arrives Thursday.\n"
            "Customer: Yes, express please.\n"
            "Agent: A laptop sleeve is $24.99. Want one?\n"
            "Customer: No. Just the laptop, the case and express.\n"
            "Agent: Perfect, your order is placed.",
            true, 55, "negative: a list of what is kept keeps the case and the shipping");
    kt_call("customer: hi i want the galaxy phone the blue one\n"
            "agent: sure that's seven ninety nine shall i order it\n"
            "customer: yes order it\n"
            "agent: done do you want a rugged case for thirty\n"
            "customer: yeah add that i drop my phone all the time\n"
            "agent: added",
            true, 30, "negative ASR: 'i drop my phone' tells, it takes nothing back");
    kt_call("Customer: I'd like to book the ocean view room for Friday night.\n"
            "Agent: That's $219. Would you like breakfast for $20?\n"
            "Customer: Yes, add breakfast.\n"
            "Agent: Just to confirm, that's the room plus breakfast, $239 total.\n"
            "Customer: That's right.\n"
            "Agent: You're booked.",
            true, 20, "negative: 'just to confirm' narrows nothing");
    kt_call("customer: hi i need an oil change for my civic\n"
            "agent: sure thursday at ten works it's fifty nine\n"
            "customer: book it\n"
            "agent: booked and you're due for a tire rotation that's thirty\n"
            "customer: yeah do the rotation\n"
            "agent: and your wiper blades are worn new ones are twenty five\n"
            "customer: nah skip the extra stuff\n"
            "agent: okay see you thursday",
            true, 30, "negative ASR: a drop after a newer offer refuses that offer only");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_customer_narrows();
    check_just_hurries();
    check_agent_narrows();
    check_drop_unnamed();
    check_drop_by_name();
    check_unavailable();
    check_kept();
    kt_free();
    T_END();
}
