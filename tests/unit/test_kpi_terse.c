/* test_kpi_terse.c - conversion on terse calls, with the shipped rules file,
 * on short calls written for these tests (clean and speech-recognition
 * style): a yes to a priced restatement of the order that the agent then
 * carries out in words that name no booking ("Order's in.", "you're all
 * set", "it'll be right up"); a notice that carries out a cancellation; a
 * commitment after a refusal to something the agent never spoke of ("no,
 * I'll get a second opinion"); a retraction about something else ("forget
 * the whole thing about the shuttle") or negated ("I won't forget that"); "I have no
 * choice" said with a go-ahead; a commitment to a waitlist.
 * Each has a counterpart that must not fire. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* "So that's $38.50 for both." - "Yep." - "You're all set.": the yes agreed
 * to what the agent priced, and the notice carries it out. */
static void check_priced_agreement(void)
{
    kt_call("Agent: Corner Bakery, what can I get you?\n"
            "Customer: A dozen bagels and a tub of cream cheese.\n"
            "Agent: So that's a dozen bagels and the cream cheese, $18.50 altogether.\n"
            "Customer: Yep, that's it.\n"
            "Agent: Order's in.",
            true, 0, "positive: yep to the priced order, order's in");
    kt_call("agent: harbor yoga this is dana\n"
            "customer: hi i'd like to join the studio\n"
            "agent: the unlimited pass is forty nine a month and the ten class card is ninety\n"
            "customer: hmm the ten class card actually no my schedule's too busy let me think\n"
            "agent: no problem just the unlimited pass at forty nine a month then\n"
            "customer: yeah just the pass\n"
            "agent: you're all set grab your key tag at the desk",
            true, 0, "positive ASR: yeah to the priced pass, you're all set");
    kt_call("agent: morning what can i get you\n"
            "customer: large oat latte please\n"
            "agent: large latte whole milk\n"
            "customer: no oat milk\n"
            "agent: sorry large oat latte\n"
            "customer: yes\n"
            "agent: that's five fifty it'll be right up",
            true, 0, "positive ASR: yes to the corrected order, priced notice");
}

/* The same shape where nothing is sold: a support step, a price question,
 * an e-mail asked for, and something free after a price said earlier. */
static void check_unpriced_agreement(void)
{
    kt_call("agent: fastnet support this is ken\n"
            "customer: my router keeps dropping\n"
            "agent: i can reset the line from here want me to do that\n"
            "customer: yes please\n"
            "agent: done give it two minutes",
            false, 0, "negative ASR: yes to a reset, done");
    kt_call("agent: northpeak mobile this is lee\n"
            "customer: yeah how much is the unlimited plan\n"
            "agent: unlimited is sixty a month so i'll put you down for it\n"
            "customer: no i just wanted the price",
            false, 0, "negative ASR: a yeah opening a price question");
    kt_call("Agent: Skyway Travel, Mia speaking.\n"
            "Customer: Can you price a week in Lisbon for two?\n"
            "Agent: Flights and a hotel come to about $2,300.\n"
            "Customer: And a food tour?\n"
            "Agent: The food tour is $89 per person.\n"
            "Customer: Oh, I'd love that. Can you email me everything so I can show my partner?\n"
            "Agent: Absolutely, it's on its way.",
            false, 0, "negative: love that, but email me everything");
    kt_call("Agent: Oak & Pine, Raj speaking.\n"
            "Customer: How much is the corner sofa?\n"
            "Agent: It's $2,100.\n"
            "Customer: I'm not ready to buy yet. Could you mail me fabric samples?\n"
            "Agent: Of course, they're free. They'll go out today to the address on file?\n"
            "Customer: Yes.\n"
            "Agent: Done.",
            false, 0, "negative: yes to free samples after a price");
}

/* "i've put the cancellation in": a notice that ends a service buys
 * nothing; a booking beside a cancellation list still does. */
static void check_cancellation_notice(void)
{
    kt_call("agent: peak fitness member services this is jo\n"
            "customer: i need to cancel my membership i'm moving\n"
            "agent: sorry to hear it there's a thirty day notice so the last charge is the fifteenth\n"
            "customer: thirty days really okay i guess\n"
            "agent: i've put the cancellation in\n"
            "customer: okay thanks",
            false, 0, "negative ASR: the cancellation put in");
    kt_call("Agent: Northline Wireless, Tom speaking.\n"
            "Customer: Cancel my line, please.\n"
            "Agent: I could add 20 GB of hotspot for just $5 more instead.\n"
            "Customer: No thanks. Cancel it, please.\n"
            "Agent: Okay, I've processed the cancellation effective today.",
            false, 0, "negative: the cancellation processed");
    kt_call("Agent: Bright Smile Dental, Ana speaking.\n"
            "Customer: I need a cleaning as soon as possible.\n"
            "Agent: The first opening is Thursday at 11. I can also put you on the cancellation list.\n"
            "Customer: Yes, put me on the list, and book Thursday at 11.\n"
            "Agent: Done, you're booked Thursday at 11 and on the cancellation list.",
            true, 0, "positive: booked beside the cancellation list");
}

/* "no i'm not buying anything today i'll take it to the dealer across
 * town": after a refusal, a commitment to something the agent never spoke
 * of is what the customer does instead; "no, no, okay, go ahead, book it"
 * and a yes after hesitating still buy. */
static void check_does_instead(void)
{
    kt_call("agent: hollis motors this is tom\n"
            "customer: i'm calling about the trade in offer on my truck\n"
            "agent: we came in at eight thousand and that's firm unless you buy today\n"
            "customer: no i'm not buying anything today i'll take it to the dealer across town\n"
            "agent: understood",
            false, 0, "negative ASR: not buying, I'll take it elsewhere");
    kt_call("Agent: Precision Auto, Grace speaking.\n"
            "Customer: Did you look at my brakes?\n"
            "Agent: Yes, pads and rotors, it comes to $900 with labor.\n"
            "Customer: No. Just put it back together, I'll get another quote.\n"
            "Agent: Okay, it'll be ready at five.",
            false, 0, "negative: no, I'll get another quote");
    kt_call("agent: metro coach how can i help\n"
            "customer: how much is a bus to boston on friday\n"
            "agent: friday afternoon is fifty two dollars\n"
            "customer: that's way too much for a bus\n"
            "agent: sorry fares go up on holiday weekends\n"
            "customer: yeah whatever i'll just borrow my brother's car",
            false, 0, "negative ASR: too much, then borrowing a car");
    kt_call("Agent: Harbor Hotel, Nia speaking.\n"
            "Customer: A king room for two nights from the 14th, please.\n"
            "Agent: I have a king at $189 a night. Shall I book it?\n"
            "Customer: Hold on, cancel that, let me check the calendar.\n"
            "Agent: Take your time.\n"
            "Customer: No, no, it's fine. Okay, go ahead, book it.\n"
            "Agent: All booked, confirmation HV2281.",
            true, 0, "positive: no no, go ahead, book it");
    kt_call("agent: pipeline training this is liv\n"
            "customer: i need a training session for my team\n"
            "agent: sure the next opening is thursday at ten it's two hundred dollars\n"
            "customer: hmm maybe i should hold off\n"
            "agent: no pressure at all\n"
            "customer: actually book it i'll take the thursday slot",
            true, 0, "positive ASR: hesitated, then takes the slot");
}

/* "forget the whole thing about the shuttle": a retraction about something
 * else takes back nothing bought; about the tickets it does. */
static void check_retracts_other(void)
{
    kt_call("agent: two seats for the matinee are forty eight dollars shall i book them\n"
            "customer: yes please\n"
            "agent: done two seats saturday\n"
            "customer: oh and forget the whole thing about the shuttle we'll walk over\n"
            "agent: sure enjoy the show",
            true, 0, "positive ASR: forget the whole thing about the shuttle");
    kt_call("agent: two seats for the matinee are forty eight dollars shall i book them\n"
            "customer: yes please\n"
            "agent: done two seats saturday\n"
            "customer: oh wait forget the whole thing about the seats my sister can't come\n"
            "agent: no problem i'll cancel them",
            false, 0, "negative ASR: forget the whole thing about the seats");
}

/* "I won't forget that": a negated retraction takes nothing back; "forget
 * that" alone still does. */
static void check_negated_retraction(void)
{
    kt_call("Agent: Basil Catering, Keiko speaking. The lunch platter for twenty is $160. Shall I book it for Friday?\n"
            "Customer: Yes, please.\n"
            "Agent: You're all booked.\n"
            "Customer: Thank you. You made this easy, and I won't forget that next time.",
            true, 0, "positive: I won't forget that");
    kt_call("agent: basil catering the lunch platter for twenty is one sixty shall i book it for friday\n"
            "customer: yes please\n"
            "agent: you're all booked\n"
            "customer: actually forget that the meeting moved i'll call back",
            false, 0, "negative ASR: actually forget that");
}

/* "fine just do it i have no choice": resignation agrees; its "no" refuses
 * nothing. A plain "no" still refuses. */
static void check_no_choice(void)
{
    kt_call("agent: skyline air this is laura\n"
            "customer: i need to move my flight to the twelfth\n"
            "agent: there's a seat on the twelfth the new fare is ninety dollars shall i rebook you\n"
            "customer: fine just do it i have no choice\n"
            "agent: done you're rebooked on the twelfth",
            true, 0, "positive ASR: just do it, I have no choice");
    kt_call("agent: skyline air this is laura\n"
            "customer: i need to move my flight to the twelfth\n"
            "agent: there's a seat on the twelfth the new fare is ninety dollars shall i rebook you\n"
            "customer: no that's too much i'll keep the tenth\n"
            "agent: okay no change then",
            false, 0, "negative ASR: no, too much");
}

/* "yeah put me on the waitlist i guess": a commitment to a list buys
 * nothing, even after a day was said; "put me down for the friday" books. */
static void check_list_commitment(void)
{
    kt_call("agent: olive and vine how can i help\n"
            "customer: a table for two tonight around eight\n"
            "agent: sorry we're fully booked tonight i can put you on the waitlist\n"
            "customer: ugh we booked a sitter and everything\n"
            "agent: i'm sorry it's a busy friday\n"
            "customer: yeah put me on the waitlist i guess name's carla\n"
            "agent: okay we'll call if something opens up",
            false, 0, "negative ASR: put me on the waitlist");
    kt_call("agent: olive and vine how can i help\n"
            "customer: a table for two this weekend\n"
            "agent: i have friday at eight or saturday at six the tasting menu is sixty each\n"
            "customer: yeah put me down for the friday name's carla\n"
            "agent: okay friday at eight for two",
            true, 0, "positive ASR: put me down for the friday");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_priced_agreement();
    check_unpriced_agreement();
    check_cancellation_notice();
    check_does_instead();
    check_retracts_other();
    check_negated_retraction();
    check_no_choice();
    check_list_commitment();
    kt_free();
    T_END();
}
