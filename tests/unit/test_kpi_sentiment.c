/* test_kpi_sentiment.c - sentiment that reads words in context, through the
 * public KPI API: travel and product senses of sentiment words, names,
 * spoken e-mail addresses and quoted words are no feelings; displeasure
 * without strong words, sarcasm, feelings about something other than the
 * company, a complaint that did not happen, and the end of a call that
 * turned; routine politeness against praise, the scope of a phrase's
 * negator and of an aside, disappointment and relief against what was
 * expected, "fine" as grudging acceptance. The calls are our own. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

static void check_senses(void)
{
    kt_sentiment("Agent: When would you like to travel?\n"
                 "Customer: I'd like to leave at 7 am on Thursday and come back Sunday.\n"
                 "Agent: There's a 7:15 departure.\nCustomer: Okay, and how many stops does it make?\n"
                 "Agent: One stop in Denver.\nCustomer: Okay, thanks.",
                 0, "travel 'leave' and 'stops' are no feelings");
    kt_sentiment("Agent: What can I get you?\nCustomer: A large earl grey with oat milk, please.\n"
                 "Agent: Anything else?\nCustomer: No, that's it.",
                 0, "a tea's name is no feeling");
    kt_sentiment("Agent: Who am I speaking with?\n"
                 "Customer: Hi, this is Joy Patel, calling about order 5512.\n"
                 "Agent: Thanks, Joy. It ships Monday.\nCustomer: Okay, thank you.",
                 0, "a first name that is a sentiment word");
    kt_sentiment("Agent: What's the delivery address?\n"
                 "Customer: It goes to 12 Pleasant Hill Road, Great Falls.\n"
                 "Agent: Got it.\nCustomer: Okay.",
                 0, "place names made of sentiment words");
    kt_sentiment("Agent: What e-mail should I use?\n"
                 "Customer: it's happy underscore hiker at mailbox dot com\n"
                 "Agent: thanks\nCustomer: ok",
                 0, "words of a spoken e-mail address");
    kt_sentiment("Agent: How can I help?\n"
                 "Customer: A review online says \"worst service ever, awful staff\". "
                 "Is your support open on weekends?\nAgent: Yes, nine to five.\n"
                 "Customer: Okay, good to know.",
                 0, "a quoted review is not the customer's feeling");
}

static void check_displeasure(void)
{
    kt_sentiment("Agent: Is there anything else?\nCustomer: I've been a member for six years. "
                 "Honestly, I won't be coming back after this.\nAgent: I understand.\nCustomer: Bye.",
                 -1, "'I won't be coming back' without strong words");
    kt_sentiment("Agent: How was the repair?\n"
                 "Customer: It used to be good here. I expected better, to be honest.\n"
                 "Agent: I'm sorry to hear that.\nCustomer: Yeah.",
                 -1, "disappointment without strong words");
    kt_sentiment("Agent: Our new rate starts next month.\n"
                 "Customer: Oh, lovely. Another week without hot water and now the rent goes up. "
                 "Great way to treat a loyal customer.\nAgent: I understand.\nCustomer: Sure you do.",
                 -1, "sarcasm about a price rise");
    kt_sentiment("Agent: Can I help with anything else?\nCustomer: No, I'm done with the course for now, "
                 "so please cancel it.\nAgent: Done.\nCustomer: Thanks, bye.",
                 0, "'done with the course for now' is no anger");
}

static void check_aside(void)
{
    kt_sentiment("Agent: Welcome in, how can I help?\nCustomer: The traffic on the way here was a "
                 "nightmare, honestly awful. Anyway, I need to pick up the keys for unit 4.\n"
                 "Agent: Here they are.\nCustomer: Okay, thanks.",
                 0, "feelings about the traffic are not about us");
    kt_sentiment("Agent: What can I do for you?\nCustomer: My old provider was amazing, really excellent. "
                 "What's the data limit on your plan?\nAgent: 50 gigabytes.\nCustomer: Okay.",
                 0, "praise of a former provider is not praise of us");
    kt_sentiment("Agent: Your router is updated.\nCustomer: Wow, that was quick. I expected to be on hold "
                 "for an hour. Thank you so much, that was fantastic.",
                 1, "a complaint that did not happen makes no sarcasm");
}

static void check_end(void)
{
    kt_sentiment("Customer: This is the third time my internet has dropped this week and I'm really "
                 "frustrated.\nAgent: Let's restart the modem.\nCustomer: Okay, restarting now.\n"
                 "Agent: How is it?\nCustomer: It's back! Thank you so much, you've been really helpful.",
                 1, "a frustrated opening that ends in warm thanks");
    kt_sentiment("Customer: Hi there, lovely to talk to someone so quickly!\nAgent: The fee is $40.\n"
                 "Customer: Forty? For that? This is ridiculous, I'm done.",
                 -1, "a friendly opening that ends in 'I'm done'");
}

/* Taking one's business elsewhere and "not as advertised", without strong
 * words (rules 2026.12-5), each beside a like sentence that is no complaint. */
static void check_leaving(void)
{
    kt_sentiment("Customer: My blender arrived cracked.\nAgent: I'm sorry, I can send a replacement.\n"
                 "Customer: Fine. Honestly I won't be ordering from you guys again.",
                 -1, "'I won't be ordering from you guys again'");
    kt_sentiment("Customer: Can I add a second blender to my order?\nAgent: Sure, done.\n"
                 "Customer: Great, I'll be ordering from you again next month for the party.",
                 1, "'I'll be ordering from you again' is no complaint");
    kt_sentiment("Customer: I'm returning the rental keys late.\nAgent: There is a late fee.\n"
                 "Customer: Okay. I don't think there'll be a next time.",
                 -1, "'I don't think there'll be a next time'");
    kt_sentiment("Customer: Is the dentist open Saturday?\nAgent: Yes, until noon.\n"
                 "Customer: Okay, I'll book it next time.",
                 0, "'next time' alone is no feeling");
    kt_sentiment("customer: the cabin was nothing like the pictures\nagent: i'm sorry\n"
                 "customer: okay bye",
                 -1, "'nothing like the pictures'");
    kt_sentiment("customer: the cabin looked just like the pictures\nagent: glad to hear\n"
                 "customer: okay bye",
                 0, "'just like the pictures' is no complaint");
    kt_sentiment("Customer: The phone isn't what was advertised, it has half the storage.\n"
                 "Agent: I can refund it.\nCustomer: Okay.",
                 -1, "'isn't what was advertised'");
}

/* Complaints without strong words, sarcasm in unpunctuated text, and
 * worries and days that are about neither the company nor its service. */
static void check_implicit(void)
{
    kt_sentiment("Customer: The installer never showed up on Tuesday.\nAgent: I'm sorry, I can send "
                 "someone Thursday.\nCustomer: Okay. I'll believe it when I see the van.",
                 -1, "'never showed up', 'I'll believe it when I see the van'");
    kt_sentiment("customer: the parcel is lost again\nagent: i can file a claim and send a form\n"
                 "customer: another form great just great\nagent: sorry\ncustomer: yeah sure you "
                 "will",
                 -1, "'great just great', 'yeah sure you will'");
    kt_sentiment("customer: i've been standing here like forty minutes at the counter\n"
                 "agent: sorry a car is coming\ncustomer: yeah we'll see",
                 -1, "kept waiting, 'yeah we'll see'");
    kt_sentiment("Customer: I don't trust your meal kits anymore.\nAgent: I understand.\n"
                 "Customer: Okay.",
                 -1, "'I don't trust your meal kits anymore'");
    kt_sentiment("Customer: Thanks, you always do such a great job with the windows.",
                 1, "'such a great job' is sincere praise");
    kt_sentiment("Customer: My rabbit has been limping. I'm so worried about her.\nAgent: Let's see "
                 "her today at three.\nCustomer: Okay, thanks.",
                 0, "worry about a pet is no complaint about the clinic");
    kt_sentiment("Customer: Monday doesn't work for me.\nAgent: Wednesday at ten?\n"
                 "Customer: Okay, that's fine.",
                 0, "a day that does not suit is no complaint");
    kt_sentiment("Customer: The new app doesn't work on my phone.\nAgent: Let me check.\n"
                 "Customer: Okay.",
                 -1, "... a product that does not work is");
    kt_sentiment("Customer: We're using another planner right now and we love it.\nAgent: Okay, I'll "
                 "send you our brochure.\nCustomer: Sure, bye.",
                 0, "loving the tool one uses now is about something else");
    kt_sentiment("Customer: Wait, I didn't say yes to anything. I only asked for a rough price.\n"
                 "Agent: Sorry.\nCustomer: Okay, bye.",
                 -1, "'I didn't say yes to anything'");
    kt_sentiment("customer: a setup fee on top of the monthly honestly it feels like a cash grab\n"
                 "agent: i understand\ncustomer: bye",
                 -1, "'feels like a cash grab'");
    kt_sentiment("Customer: The booking fee is way too much.\nAgent: It covers handling.\n"
                 "Customer: Okay.",
                 -1, "'the fee is way too much'");
    kt_sentiment("customer: okay thanks i just wish the class was what you described\n",
                 -1, "'I just wish the class was ...'");
    kt_sentiment("Agent: Have a nice evening.\nCustomer: Okay, I wish you the same.", 1,
                 "'I wish you the same' is a good wish, no regret");
    kt_sentiment("customer: oh hi yeah we actually really like it\nagent: glad to hear\n"
                 "customer: okay thanks",
                 1, "'we actually really like it'");
    kt_sentiment("Customer: Is the cottage pet friendly?\nAgent: Yes, dogs are welcome.\n"
                 "Customer: Okay, thanks.",
                 0, "'pet friendly' is a feature, not a feeling");
    kt_sentiment("customer: my dog has been vomiting since last night i want to know what's wrong\n"
                 "agent: bring him in at ten\ncustomer: okay thanks",
                 0, "a sick pet and 'what's wrong' are no complaint");
    kt_sentiment("customer: my internet dropped again this morning\nagent: fixed it's back\n"
                 "customer: oh it's back thank you you just saved my whole evening",
                 1, "'you just saved my whole evening'");
    kt_sentiment("Customer: Please cancel, we're moving overseas. We won't be back for three years.\n"
                 "Agent: Done.\nCustomer: Thank you. Honestly, you've been great all these years.",
                 1, "'we won't be back for three years' with 'you've been great'");
    kt_sentiment("Customer: Cancel it. We won't be back.\nAgent: Done.\nCustomer: Okay.",
                 -1, "... 'we won't be back' alone is a farewell");
}

/* Routine politeness against praise: stock praise in a short thank-you is
 * an acknowledgement; strong or intensified praise is meant. */
static void check_routine(void)
{
    kt_sentiment("Customer: Can I move my delivery to Thursday?\nAgent: Done, Thursday between 9 and 12.\n"
                 "Customer: great thank you",
                 0, "'great thank you' after a booking is routine");
    kt_sentiment("Customer: I'd like the blue one in a medium.\nAgent: Ordered, it ships tomorrow.\n"
                 "Customer: Okay perfect, thanks.",
                 0, "'okay perfect, thanks' is routine");
    kt_sentiment("Customer: Can you look at my rate?\nAgent: I've cut it by a third from next month.\n"
                 "Customer: Excellent, thanks!",
                 1, "... 'Excellent, thanks!' is praise");
    kt_sentiment("customer: can i switch to the annual plan\nagent: yes and it's twenty percent less\n"
                 "customer: oh even better awesome thanks",
                 1, "... 'even better, awesome thanks' after a good deal");
    kt_sentiment("Customer: Is the spa open Sunday?\nAgent: Yes, and we added a free sauna.\n"
                 "Customer: You're so nice, thank you.",
                 1, "... intensified praise is not routine");
}

/* A negator that belongs to a phrase ("can't wait", "no problem") turns
 * nothing after it round. */
static void check_negator_scope(void)
{
    kt_sentiment("customer: two tickets for saturday please\nagent: booked see you saturday\n"
                 "customer: can't wait thanks so much",
                 1, "'can't wait thanks so much' is not negated thanks");
    kt_sentiment("Customer: I got the refund.\nAgent: Good.\nCustomer: I'm still not happy about the wait.",
                 -1, "... 'i'm still not happy' keeps its negator");
}

/* Disappointment, recurrence and relief said without strong words. */
static void check_expectation(void)
{
    kt_sentiment("Customer: How much for the full service?\nAgent: Four hundred and twenty dollars.\n"
                 "Customer: Oh. That's a lot more than I expected. I'll have to think about it.\n"
                 "Agent: Of course.\nCustomer: Okay, bye.",
                 -1, "'more than I expected' is a disappointment");
    kt_sentiment("Customer: How much to fix the hinge?\nAgent: Just thirty dollars.\n"
                 "Customer: Oh, that's way cheaper than I thought. Book it.",
                 1, "... 'cheaper than I thought' a pleasant surprise");
    kt_sentiment("customer: one large veggie for delivery\nagent: sure twenty minutes\n"
                 "customer: okay and please get the order right this time",
                 -1, "'get it right this time' recalls a failure");
    kt_sentiment("Customer: Sounds tasty, but no dessert this time.\nAgent: Sure.\nCustomer: Thanks.",
                 0, "... 'not this time' is only a decline");
    kt_sentiment("Customer: Every time I call you the price has gone up again.\nAgent: I'm sorry.\n"
                 "Customer: Okay.",
                 -1, "'every time I call' is a recurring grievance");
    kt_sentiment("Customer: Honestly, I don't trust your technicians any more than I trust the app.\n"
                 "Agent: I understand.\nCustomer: Bye.",
                 -1, "distrust without strong words");
    kt_sentiment("customer: my son has a rash and it's spreading\nagent: we can see him at four today\n"
                 "customer: oh thank you so much i was so worried",
                 1, "a worry that is over, said with thanks, is relief");
    kt_sentiment("Customer: The other shop quoted less. I'm buying there.\nAgent: Understood.",
                 -1, "buying elsewhere is a verdict");
}

/* "Fine" after a complaint is grudging; in a calm call it is acceptance. */
static void check_fine(void)
{
    kt_sentiment("Customer: My parcel is a week late and nobody answered my emails. This is ridiculous.\n"
                 "Agent: I can send a new one tomorrow.\nCustomer: Fine, send it then.\nAgent: Done.\n"
                 "Customer: Fine.",
                 -1, "'fine' after a complaint is grudging");
    kt_sentiment("Customer: Can I book a haircut for Tuesday?\nAgent: Tuesday at two?\n"
                 "Customer: That's fine.\nAgent: Booked.\nCustomer: Fine, see you then.",
                 0, "... and acceptance in a calm call");
    kt_sentiment("customer: fifty dollars for telling me the battery is bad great",
                 -1, "praise closing a sentence that complained is sarcasm");
    kt_sentiment("customer: oh great thanks for the forty minutes of my life",
                 -1, "'thanks for the minutes of my life' is sarcasm");
}

/* Displeasure in ordinary words: resignation ("it'll have to do", "thanks
 * I guess"), a promise heard before, what should not happen, a price called
 * steep, and plain praise ("never looked better"); against them the same
 * words that say nothing ("I guess so", "is that not okay?") stay neutral. */
static void check_resignation(void)
{
    kt_sentiment("Agent: We only have the small van left.\nCustomer: Hmm. Okay, that'll have to do.\n"
                 "Agent: Booked for Friday.\nCustomer: Thanks, I guess.",
                 -1, "resigned acceptance");
    kt_sentiment("agent: the room with the view is gone i have one facing the car park\n"
                 "customer: uh it'll have to do then\nagent: booked\ncustomer: right thanks i guess",
                 -1, "resigned acceptance, speech-recognition style");
    kt_sentiment("Agent: The technician will call you Thursday.\n"
                 "Customer: That's what the last guy told me. I'm not holding my breath.",
                 -1, "a promise heard before");
    kt_sentiment("customer: the fridge is eight months old it shouldn't be doing this\n"
                 "agent: we can send someone monday\ncustomer: it should just work okay monday",
                 -1, "what should not happen");
    kt_sentiment("Customer: Two weeks for a reply is not okay.\nAgent: I understand.\nCustomer: Right. Bye.",
                 -1, "'not okay' said of the service");
    kt_sentiment("Agent: The next slot is in March.\nCustomer: That isn't really acceptable.\n"
                 "Agent: Sorry.\nCustomer: Whatever. Bye.",
                 -1, "'isn't acceptable'");
    kt_sentiment("Customer: Okay. Not quite what we had in mind, but fine.", -1,
                 "'not quite what we had in mind, but fine'");
    kt_sentiment("customer: my garden has never looked better honestly\nagent: glad to hear it\n"
                 "customer: yeah sign me up again", 1, "'never looked better' is praise");
    kt_sentiment("Customer: My son will be over the moon. Book it please.", 1, "'over the moon'");
    /* negatives: the same words that say nothing */
    kt_sentiment("Agent: Do you want the blue one?\nCustomer: I guess so, yes.\nAgent: Done.\n"
                 "Customer: Okay, thanks.", 0, "'I guess so' is a plain yes");
    kt_sentiment("Customer: Is it not okay to pay by card?\nAgent: Card is fine.\nCustomer: Great, thanks.",
                 0, "'not okay' in a question about a rule");
    kt_sentiment("Agent: It's eighty for the year.\n"
                 "Customer: Hmm, that's a bit steep. Do you have anything cheaper?\n"
                 "Agent: The basic plan is fifty.\nCustomer: Okay, I'll take the basic one. Thanks.",
                 0, "a price called steep while shopping");
}

/* A phrase that holds its own negator is turned once: a negator before it
 * is about other words ("a week without heating isn't acceptable"). */
static void check_own_negator(void)
{
    kt_sentiment("Customer: A whole week without heating really isn't acceptable.\nAgent: I understand.\n"
                 "Customer: Okay.", -1, "'without' does not turn 'isn't acceptable' round");
    kt_sentiment("customer: two days without a phone is not okay\nagent: sorry\ncustomer: yeah", -1,
                 "... nor 'is not okay', speech-recognition style");
    kt_sentiment("Customer: Not bad at all, actually. Thanks.", 1, "'not bad at all' stays praise");
    kt_sentiment("Customer: It went through without a problem. Okay, bye.", 0,
                 "'without a problem' is no complaint");
}

/* Leaving for a rival and poor value in plain words; gratitude for the
 * effort itself and praise of how something worked; a slot preferred, a
 * flavour and a habit are no feelings. */
static void check_plain_verdicts(void)
{
    kt_sentiment("customer: nah that's still a lot for what you get i'm gonna go with the other company\n"
                 "agent: okay\ncustomer: yeah", -1, "poor value and leaving for a rival");
    kt_sentiment("Customer: Honestly, it's too much for what it is.\nAgent: I can take ten off.\n"
                 "Customer: No, we'll go with someone else.", -1, "'too much for what it is'");
    kt_sentiment("Customer: I was ready to cancel.\nAgent: I've waived the fee.\n"
                 "Customer: Okay. Thank you for actually listening to me.", 1,
                 "gratitude for the effort ends a call that began in anger");
    kt_sentiment("customer: yeah the app is really easy to use\nagent: glad to hear\ncustomer: okay bye", 1,
                 "'easy to use'");
    kt_sentiment("Customer: Last year your crew handled the move so well. Book them again.", 1,
                 "'handled it so well'");
    /* negatives */
    kt_sentiment("Agent: Do you want the earrings too?\nCustomer: Yes, I'll go with them.\nAgent: Done.\n"
                 "Customer: Okay.", 0, "'go with them' about the items bought");
    kt_sentiment("Customer: Thanks for your help. Bye.", 0, "'thanks for your help' is routine");
    kt_sentiment("customer: could we do thursday instead\nagent: thursday at four\n"
                 "customer: yeah four is better thanks", 0, "a slot preferred is no praise");
    kt_sentiment("Customer: Just the dry red, please. We don't like sweet whites.\nAgent: Sure.\n"
                 "Customer: Okay.",
                 0, "a wine called sweet is no feeling");
    kt_sentiment("Customer: No drinks package, we're not big drinkers.\nAgent: Okay.\nCustomer: Thanks.", 0,
                 "'not big drinkers' is a habit");
}

/* An aside damps only its own clause, or in unpunctuated speech-recognition
 * text only the words near it. */
static void check_aside_scope(void)
{
    kt_sentiment("customer: add the sports channels\nagent: done they're live now\n"
                 "customer: sweet just in time for the game tonight thanks",
                 1, "'sweet ... for the game' in unpunctuated text is about us");
    kt_sentiment("Customer: The new router works. I'm so relieved, our old provider was a nightmare.\n"
                 "Agent: Glad to hear it.\nCustomer: Thanks.",
                 1, "... relief keeps its clause, the old provider's nightmare is an aside");
    kt_sentiment("Customer: Two tickets for the match, please.\nAgent: Booked.\n"
                 "Customer: The traffic after the final whistle is always a nightmare. Okay, thanks.",
                 0, "... a written sentence about the traffic is an aside throughout");
}

/* The customer's last turn, when it says a clear feeling, is the verdict
 * on the call: businesslike turns before it do not dilute it to neutral;
 * a routine goodbye is no verdict. */
static void check_verdict(void)
{
    kt_sentiment("Customer: I need the ferry for two cars on the ninth.\nAgent: Morning or evening?\n"
                 "Customer: The morning one.\nAgent: That's $84. Same names as last year?\n"
                 "Customer: Yes, the same.\nAgent: Any pets on board?\nCustomer: One dog.\n"
                 "Agent: A return too?\nCustomer: One way only.\n"
                 "Agent: A cabin or seats?\nCustomer: Seats are enough.\nAgent: Card ending 2231?\n"
                 "Customer: That one.\nAgent: Booked, the tickets are in your inbox.\n"
                 "Customer: Yay, thank you!",
                 1, "a warm goodbye after businesslike turns");
    kt_sentiment("customer: i need to move my dentist visit\nagent: which day suits you\n"
                 "customer: any day next week after four\nagent: thursday at four thirty\n"
                 "customer: yeah that one\nagent: and the cleaning too\ncustomer: yes both\n"
                 "agent: same phone number\ncustomer: same one\nagent: and the same address\n"
                 "customer: yes\nagent: done you'll get a text\n"
                 "customer: you were patient with me thanks",
                 1, "... praise of the agent in unpunctuated text");
    kt_sentiment("Customer: I need the ferry for two cars on the ninth.\nAgent: Morning or evening?\n"
                 "Customer: The morning one.\nAgent: That's $84.\nCustomer: Yes.\n"
                 "Agent: Booked.\nCustomer: Okay, thanks, bye.",
                 0, "... a routine goodbye is no verdict");
    kt_sentiment("Customer: Lovely, I've wanted this sofa for months!\nAgent: It's $900 with delivery.\n"
                 "Customer: Okay.\nAgent: Delivery is in twelve weeks.\nCustomer: Yes.\n"
                 "Agent: Anything else?\nCustomer: Twelve weeks is terrible, honestly.",
                 -1, "... a complaint at the end is not outweighed by a warm start");
}

/* Complaints said without strong words: trying again and again, effort
 * wasted, warnings, doubt that it will go right this time, what was
 * supposed to happen; each beside a like sentence that is no complaint.
 * Delight in slang and praise of the agent as a person; a slot accepted
 * and a greeting for an occasion are no feelings. */
static void check_plain_words(void)
{
    kt_sentiment("Customer: I rang your office four times about the leak.\nAgent: A plumber can come "
                 "Monday.\nCustomer: Okay.",
                 -1, "'four times' is trying again and again");
    kt_sentiment("Customer: I'd like the pool pass for twice a week.\nAgent: That's $30 a month.\n"
                 "Customer: Okay.",
                 0, "... 'twice a week' is a frequency");
    kt_sentiment("customer: it took us three calls to get a quote\nagent: sorry it's four hundred\n"
                 "customer: okay",
                 -1, "'it took us three calls'");
    kt_sentiment("Customer: I waited in all morning for nothing.\nAgent: The van comes Friday.\n"
                 "Customer: Okay.",
                 -1, "'for nothing'");
    kt_sentiment("Customer: Is the spare key ready?\nAgent: By noon.\nCustomer: It had better be.",
                 -1, "'it had better be' is a warning");
    kt_sentiment("customer: book the follow up\nagent: friday at two\n"
                 "customer: okay i hope the machine works this time",
                 -1, "'I hope ... this time' doubts it will go right");
    kt_sentiment("Customer: Your courier was supposed to come on Monday.\nAgent: It's on the van now.\n"
                 "Customer: Okay.",
                 -1, "'was supposed to come'");
    kt_sentiment("Customer: It's supposed to rain Saturday, can we move the picnic order to Sunday?\n"
                 "Agent: Done.\nCustomer: Okay.",
                 0, "... 'it's supposed to rain' is the weather");
    kt_sentiment("customer: the dryer should have worked straight out of the box\nagent: i'll send a "
                 "technician\ncustomer: okay",
                 -1, "'it should have worked'");
    kt_sentiment("customer: yeah lock in the saturday slot\nagent: done\ncustomer: stoked thanks",
                 1, "'stoked' is delight");
    kt_sentiment("customer: yeah put the preorder through\nagent: done\ncustomer: sick thanks",
                 1, "'sick thanks' is delight ...");
    kt_sentiment("Customer: I'm sick of the dropped calls.\nAgent: I'll reset the line.\nCustomer: Okay.",
                 -1, "... 'sick of' is not");
    kt_sentiment("Customer: Can you swap the bulb kit for the dimmer one?\nAgent: Done, no charge.\n"
                 "Customer: You're a gem, thank you.",
                 1, "'you're a gem' praises the agent");
    kt_sentiment("customer: can i get the deluxe wash\nagent: thursday at ten\ncustomer: thursday's good",
                 0, "'thursday's good' accepts a slot");
    kt_sentiment("Customer: The card should say \"Happy anniversary, love\".\nAgent: Sure.\n"
                 "Customer: Okay.",
                 0, "'happy anniversary' is a greeting");
    kt_sentiment("Customer: Can the course start in January?\nAgent: Yes, and evenings are free.\n"
                 "Customer: Oh, that's exactly what I needed, thank you!",
                 1, "'exactly what I needed' is sincere ...");
    kt_sentiment("Customer: My bill has another late fee on it. Exactly what I needed.\n"
                 "Agent: I'll look.\nCustomer: Okay.",
                 -1, "... and sarcastic beside a complaint");
    kt_sentiment("Customer: A setup charge as well? Oh wonderful, that's exactly what I wanted.\n"
                 "Agent: It's one-off.\nCustomer: Okay.",
                 -1, "... and after 'oh wonderful'");
}

/* An ultimatum: leaving threatened on a condition is displeasure even when
 * nothing else in the call is strong; the same words without the condition
 * are no feeling. */
static void check_ultimatum(void)
{
    kt_sentiment("Customer: The window cleaner skipped our street on Monday.\n"
                 "Agent: I can send him back Wednesday.\n"
                 "Customer: Okay, Wednesday then. Sort it out this time or we're switching.",
                 -1, "'or we're switching' threatens to leave");
    kt_sentiment("customer: the newsletter came a day after the sale ended\n"
                 "agent: i'll pass that on\n"
                 "customer: alright but if that happens again i'm gone",
                 -1, "'happens again i'm gone' in unpunctuated text");
    kt_sentiment("Customer: My internet bill is higher than last month.\nAgent: That's the new rate.\n"
                 "Customer: Then I'll be looking at other providers.",
                 -1, "'then I'll be looking at other providers'");
    kt_sentiment("Customer: Honestly the upgrade was a letdown, the screen is dimmer.\n"
                 "Agent: I'm sorry to hear that.\nCustomer: Okay.",
                 -1, "'a letdown'");
    kt_sentiment("Customer: Can I pay by card?\nAgent: Sure.\n"
                 "Customer: Okay, I'll be looking at other options for the delivery date, thanks.",
                 0, "'looking at other options' without a condition is no threat");
    kt_sentiment("customer: that's all for the order\nagent: anything else\n"
                 "customer: no then i'm done thanks",
                 0, "'then I'm done' ends the call");
    kt_sentiment("Customer: Could you call me again tomorrow? I'm out until noon.\nAgent: Sure.\n"
                 "Customer: Okay.",
                 0, "'again ... I'm out' across sentences is no threat");
}

/* Praise of how the agent or the help was, with an intensifier, and
 * excitement about what was bought; the same words said plainly are no
 * feeling. */
static void check_praise(void)
{
    kt_sentiment("Customer: Can you reset my router remotely?\nAgent: Done, it should reboot now.\n"
                 "Customer: It's back. Thank you, you were so quick about it.",
                 1, "'you were so quick about it'");
    kt_sentiment("customer: how do i change the filter on this thing\nagent: twist it left and pull\n"
                 "customer: got it that was really simple thanks",
                 1, "'that was really simple' in unpunctuated text");
    kt_sentiment("Customer: The school bus left without my son.\nAgent: I've sent the van for him.\n"
                 "Customer: Oh, you saved the day.",
                 1, "'you saved the day'");
    kt_sentiment("Customer: I'd like the beginner pottery course.\nAgent: You're enrolled for March.\n"
                 "Customer: I've been dreaming of doing this since school.",
                 1, "'been dreaming of doing this'");
    kt_sentiment("Customer: Is the form due Friday?\nAgent: Yes.\nCustomer: Okay, so it is clear now.",
                 0, "'it is clear' without an intensifier is a statement");
    kt_sentiment("Customer: I saved the receipt from my last visit.\nAgent: Good.\nCustomer: Okay.",
                 0, "'saved the receipt' is no rescue");
}

/* Bad news (an apology, a failed purchase) in a call that sold nothing,
 * answered without thanks or forgiveness, is a dissatisfied call however
 * mild its words; thanks, forgiveness, a purchase after all, or an apology
 * that only asks to hear something again leave the call as it scored. */
static void check_unthanked(void)
{
    kt_sentiment("Agent: Lakeside Kayaks, how can I help?\n"
                 "Customer: Two kayaks for Sunday morning, please.\n"
                 "Agent: I'm so sorry, the last ones were just taken and Sunday is full.\n"
                 "Customer: Oh. That's a shame, we were really looking forward to that.\n"
                 "Agent: I could put you on the waiting list.\n"
                 "Customer: No, it's okay, I guess we'll think of something. Bye.",
                 -1, "a failed booking met with quiet disappointment");
    kt_sentiment("customer: hi my parcel was meant to come today\n"
                 "agent: im sorry its been held at the depot and we dont know for how long\n"
                 "customer: great so i just wait\nagent: yes for now\ncustomer: sure",
                 -1, "unpunctuated: a delay met with 'great' and 'sure', no thanks");
    kt_sentiment("Customer: Two kayaks for Sunday morning, please.\n"
                 "Agent: I'm so sorry, Sunday is full.\n"
                 "Customer: Oh, okay. Thanks anyway.",
                 0, "bad news met with thanks stays neutral");
    kt_sentiment("customer: hi is my parcel coming today\n"
                 "agent: im sorry its been held at the depot until monday\n"
                 "customer: no worries these things happen",
                 0, "unpunctuated: bad news forgiven stays neutral");
    kt_sentiment("Customer: I need a table for four at eight.\n"
                 "Agent: Sorry, eight is taken. I can do seven thirty.\n"
                 "Customer: Seven thirty, book it.\nAgent: Done, you're booked for seven thirty.\n"
                 "Customer: Okay.",
                 0, "a purchase after the bad news: no verdict from it");
    kt_sentiment("Customer: I'd like to ask about your opening hours.\n"
                 "Agent: Sorry, could you say that again?\n"
                 "Customer: Your opening hours on Saturday.\nAgent: Nine to five.\nCustomer: Okay.",
                 0, "an apology asked as a question is no bad news");
    kt_sentiment("Customer: I'd like to close my account, I'm moving abroad.\n"
                 "Agent: Oh, I'm sorry to hear that. Can I ask where to?\n"
                 "Customer: Lisbon. Fine, just close it please.\nAgent: It's closed.\nCustomer: Okay.",
                 0, "'sorry to hear that' is sympathy, not bad news");
    kt_sentiment("customer: is my new sofa coming friday\n"
                 "agent: im sorry the factory pushed it back two weeks\n"
                 "customer: okay whats the new date\nagent: the nineteenth\ncustomer: okay bye",
                 0, "unpunctuated: flat answers to bad news stay neutral");
    kt_sentiment("Customer: Is the blue one back in stock?\n"
                 "Agent: Sorry, it's sold out until spring.\n"
                 "Customer: Oh well. You've been really helpful anyway.",
                 1, "praise of the agent after bad news is goodwill");
}

/* A complaint after the customer bought something, in a sentence that does
 * not address the company, is the reason for buying ("yes, both, the gutters
 * are a disaster"); said before buying, to the company ("your"), about the
 * price, or as the customer's own feeling ("I'm not happy") it still
 * counts. */
static void check_need(void)
{
    kt_sentiment("Agent: We can also clear the gutters for $40.\n"
                 "Customer: Yes, add that too. The gutters are a total mess.\n"
                 "Agent: Added.\nCustomer: Okay, see you Tuesday.",
                 0, "a bad state of the customer's own thing after buying is the need");
    kt_sentiment("agent: want me to add the deep conditioning for fifteen\n"
                 "customer: yeah add it her coat is awful right now\nagent: done\ncustomer: okay bye",
                 0, "unpunctuated: the reason after 'add it'");
    kt_sentiment("Agent: The renewal is $600 this year.\n"
                 "Customer: Fine, renew it. But I'm really not happy about this at all.\n"
                 "Agent: Noted.\nCustomer: Bye.",
                 -1, "grudging renewal: the customer's own feeling still counts");
    kt_sentiment("agent: the setup fee is forty nine\n"
                 "customer: ugh fine add it your fees are ridiculous\nagent: added\ncustomer: bye",
                 -1, "unpunctuated: a complaint addressed to the company after buying");
    kt_sentiment("Agent: Would you like the protection plan?\n"
                 "Customer: This whole process has been terrible. Fine, add it.\n"
                 "Agent: Added.\nCustomer: Bye.",
                 -1, "a complaint before buying is no reason for it");
    kt_sentiment("agent: we also have a booster for the upstairs signal it's five a month\n"
                 "customer: oh yeah the signal upstairs is awful add that\nagent: done\n"
                 "customer: okay thanks",
                 0, "unpunctuated: the reason before 'add that' in the same sentence");
    kt_sentiment("Agent: The gutter clean is $40 extra.\n"
                 "Customer: The gutters are a disaster, so yes, add it.\nAgent: Added.\nCustomer: Okay.",
                 0, "the reason before buying in the same written sentence");
    kt_sentiment("agent: the setup fee is forty nine\n"
                 "customer: your fees are a joke fine add it\nagent: added\ncustomer: bye",
                 -1, "a complaint addressed to the company before buying still counts");
}

/* In a call that sold something, an agent's apology for what the customer
 * just complained about ("sorry about that"; after a turn that scored
 * negative, any apology) is bad news the purchase does not answer: without
 * thanks or forgiveness the call is negative. A courtesy apology ("sorry for
 * the wait") or a failure notice before a purchase is not. */
static void check_sold_unthanked(void)
{
    kt_sentiment("Customer: I'd like to book a haircut. Last time you lost my booking.\n"
                 "Agent: I'm sorry about that. I have Tuesday at four.\n"
                 "Customer: Fine, Tuesday at four.\nAgent: Booked.\n"
                 "Customer: And keep it this time, please.",
                 -1, "sold, apology for the customer's complaint, no thanks: negative");
    kt_sentiment("customer: i need my boiler serviced last time you lost my booking\n"
                 "agent: im sorry about that i can do monday at nine\n"
                 "customer: fine book monday\nagent: done\ncustomer: and keep it this time",
                 -1, "unpunctuated: sold, apology for the complaint, no thanks");
    kt_sentiment("Customer: Hi, I'd like to book a teeth cleaning.\n"
                 "Agent: Sorry for the wait! I have Friday at ten.\n"
                 "Customer: Great, Friday works.\nAgent: Booked.\nCustomer: Cool, bye.",
                 1, "a courtesy apology is no bad news");
    kt_sentiment("customer: hi id like to book a cleaning\n"
                 "agent: sorry about the hold i have friday at ten\n"
                 "customer: nice friday works book it\nagent: booked\ncustomer: bye",
                 1, "unpunctuated: 'sorry about the hold' is courtesy");
    kt_sentiment("Customer: I'd like to book a haircut. Last time you lost my booking.\n"
                 "Agent: I'm sorry about that. I have Tuesday at four.\n"
                 "Customer: Fine, Tuesday at four. Thanks for sorting it.\nAgent: Booked.\n"
                 "Customer: Bye.",
                 0, "sold, apology answered with thanks: not negative");
}

/* A pleasant surprise is no complaint: praise beside it is meant; an
 * unwelcome one still makes praise sarcastic. */
static void check_pleasant_surprise(void)
{
    kt_sentiment("Agent: I've moved you to the suite.\n"
                 "Customer: Wonderful, thanks. My husband will get a nice surprise.\nAgent: Enjoy.",
                 1, "'a nice surprise' keeps the praise");
    kt_sentiment("agent: the suite is yours\ncustomer: oh wow great thank you\n"
                 "agent: enjoy\ncustomer: brilliant thats a lovely surprise for her thanks so much",
                 1, "unpunctuated: 'a lovely surprise' keeps the praise");
    kt_sentiment("Agent: There's a $40 processing charge on the refund.\n"
                 "Customer: Perfect. What a surprise.\nAgent: Sorry.\nCustomer: Whatever.",
                 -1, "an unwelcome surprise is still sarcasm");
}

/* Displeasure said plainly but without strong words: not to be called
 * again, doubt of a return, a warning for next time, the need taken to
 * someone else. A waiting list and a call back are no such thing. */
static void check_quiet_refusal(void)
{
    kt_sentiment("Agent: Hi, I'm calling about our home security offer.\n"
                 "Customer: I'm not interested.\nAgent: It's only $20 a month.\n"
                 "Customer: Please take us off your calling list.\nAgent: Will do.\nCustomer: Thanks.",
                 -1, "'take us off your calling list'");
    kt_sentiment("agent: hi im calling from bright windows about a free quote\n"
                 "customer: uh no thanks\nagent: it only takes ten minutes\n"
                 "customer: no look dont call me again okay\nagent: sure\ncustomer: bye",
                 -1, "unpunctuated: 'dont call me again'");
    kt_sentiment("Agent: We're full on Friday. Can I put you on the waiting list?\n"
                 "Customer: Yes, put me on the list, please.\nAgent: Done.\nCustomer: Thanks.",
                 0, "a waiting list is no refusal");
    kt_sentiment("Agent: I've refunded the delivery fee.\n"
                 "Customer: Okay. The food was cold again, though. I doubt we'll order again.\n"
                 "Agent: I'm sorry.\nCustomer: Bye.",
                 -1, "'I doubt we'll order again'");
    kt_sentiment("agent: your refund is twelve dollars\ncustomer: twelve dollars okay "
                 "ill remember that next time i need a plumber\nagent: anything else\ncustomer: no",
                 -1, "unpunctuated: 'ill remember that next time'");
    kt_sentiment("Agent: The earliest technician is next Thursday.\n"
                 "Customer: Thursday? No, I'll call someone else.\nAgent: Sorry about that.\n"
                 "Customer: Yeah.",
                 -1, "'I'll call someone else' after a delay");
    kt_sentiment("agent: im calling to book your spring cleaning\n"
                 "customer: oh we already hired another company um so no\nagent: okay\ncustomer: bye",
                 -1, "unpunctuated: 'we already hired another company'");
    kt_sentiment("Agent: He's out today. Can he call you back tomorrow?\n"
                 "Customer: Sure, I'll call him again tomorrow if not.\nAgent: Great.\n"
                 "Customer: Thanks, bye.",
                 0, "calling again is no refusal");
}

/* Thanks before "but" only softens what follows when nothing after it
 * praises: "I appreciate it, but no" is a refusal, not praise. */
static void check_softener(void)
{
    kt_sentiment("Agent: I can offer you three months at half price to stay.\n"
                 "Customer: I appreciate the offer, but no. Honestly the app was a hassle from day one.\n"
                 "Agent: I'm sorry. I've closed the account.\nCustomer: Okay.",
                 -1, "'I appreciate the offer, but no' after a complaint");
    kt_sentiment("agent: we could waive the fee if you stay\n"
                 "customer: i appreciate that but no i just want it closed honestly its been a hassle\n"
                 "agent: okay its closed\ncustomer: ok",
                 -1, "unpunctuated: 'i appreciate that but no'");
    kt_sentiment("Agent: Would you like the standard room?\n"
                 "Customer: Thanks, but I'd rather have the suite. It's perfect for us, we love it.\n"
                 "Agent: Booked.\nCustomer: Wonderful, thank you so much!",
                 1, "praise after 'but' keeps the thanks before it");
    kt_sentiment("agent: would you like to reserve a spot\n"
                 "customer: oh i'd love to but i need to ask my wife first\n"
                 "agent: of course\ncustomer: this was really helpful thank you so much",
                 1, "'i'd love to but' is enthusiasm, not a softener");
}

/* "really professional" is praise; only beside a complaint is it sarcasm
 * (it stays in [sarcasm_prone]). */
static void check_professional(void)
{
    kt_sentiment("agent: the crew can start wednesday\ncustomer: wednesdays fine go ahead\n"
                 "agent: booked\ncustomer: perfect you guys have been really professional thanks",
                 1, "unpunctuated: 'really professional' is praise");
    kt_sentiment("Agent: The technician will come Friday instead.\n"
                 "Customer: He never showed up on Tuesday and nobody called. Really professional.\n"
                 "Agent: I apologise.\nCustomer: Whatever.",
                 -1, "'really professional' after a no-show is sarcasm");
}

/* A negator stops at "please": the request after it is not negated
 * ("not interested please take us off your list" refuses twice). */
static void check_negator_stops_at_please(void)
{
    kt_sentiment("agent: hi im calling about our window offer\n"
                 "customer: not interested please take us off your list\nagent: okay\ncustomer: bye",
                 -1, "unpunctuated: 'not interested please take us off your list'");
    kt_sentiment("Agent: Hi, this is Sam from Bright Solar.\n"
                 "Customer: No, not interested, please don't call me again.\nAgent: Understood.",
                 -1, "'not interested, please don't call me again'");
    kt_sentiment("agent: your order shipped yesterday\n"
                 "customer: im not happy with this at all please just fix it\nagent: ill look into it",
                 -1, "unpunctuated: the negator before 'please' still turns 'happy' round");
}

/* Plain English for disappointment, indignation and praise that the
 * published list lacks or reads in another sense. */
static void check_plain_feelings(void)
{
    kt_sentiment("Agent: I'm sorry, the course is full this term.\n"
                 "Customer: Oh. I was really hoping to start in March. That's a pity.\n"
                 "Agent: I can put you on the list for June.\nCustomer: Okay.",
                 -1, "unmet hope: 'I was really hoping'");
    kt_sentiment("agent: thanks for calling how can i help\n"
                 "customer: hi i was hoping to book a cleaning for next week\n"
                 "agent: tuesday at ten works\ncustomer: ok tuesday then",
                 0, "unpunctuated: 'i was hoping to book' asks, it is no feeling");
    kt_sentiment("Agent: Anything else today?\nCustomer: No. We used to love coming here, honestly. "
                 "Not anymore.\nAgent: I'm sorry to hear that.\nCustomer: Bye.",
                 -1, "affection that is over: 'we used to love coming here'");
    kt_sentiment("agent: your total is twelve hundred\n"
                 "customer: um that seems kind of inflated for one afternoon of work\n"
                 "agent: it includes parts\ncustomer: i'll think about it",
                 -1, "unpunctuated: a price that 'seems kind of inflated'");
    kt_sentiment("Agent: Is there anything else?\nCustomer: Yes. The support has gone downhill this year "
                 "and I'm looking at other providers.\nAgent: I understand.\nCustomer: Bye.",
                 -1, "decline over time and looking elsewhere");
    kt_sentiment("agent: the part came in today\n"
                 "customer: i can't believe it took you guys this long to call me\n"
                 "agent: sorry about that\ncustomer: yeah",
                 -1, "unpunctuated: 'can't' of 'can't believe' turns nothing round");
    kt_sentiment("Agent: Your booking is done.\n"
                 "Customer: I can't believe how quick that was, thanks so much!",
                 1, "'can't believe how quick' is praise");
    kt_sentiment("agent: would you like roadside cover for ten dollars\n"
                 "customer: yeah my van's getting old add it\nagent: done\ncustomer: thanks",
                 0, "unpunctuated: the customer's own van getting old is the reason for buying");
    kt_sentiment("agent: all set the boiler is fixed\n"
                 "customer: honestly you turned my week around thank you\nagent: glad to help",
                 1, "unpunctuated: 'you turned my week around'");
    kt_sentiment("Agent: Groom booked for Saturday, with the nail trim.\n"
                 "Customer: Thanks! She'll hate the nail trim, but she needs it.\nAgent: See you Saturday.",
                 0, "a pet's dislike is not the customer's feeling");
    kt_sentiment("agent: the refund takes ten days\n"
                 "customer: ten days great this is why we never shop with you\nagent: sorry",
                 -1, "unpunctuated: 'this is why we never shop with you'");
    kt_sentiment("Agent: It's the bigger model.\nCustomer: That's why I'm calling, I want the bigger one.\n"
                 "Agent: Sure.\nCustomer: Okay.",
                 0, "'that's why I'm calling' is no verdict");
}

/* A bare comparison in a call that sold nothing prefers someone else. */
static void check_prefers_other(void)
{
    kt_sentiment("agent: we can offer you twenty percent off to stay\n"
                 "customer: no thanks honestly the other gym is just way better\n"
                 "agent: okay i'll process the cancellation\ncustomer: yep",
                 -1, "unpunctuated: 'the other gym is just way better' in a cancellation");
    kt_sentiment("Agent: Could we match their quote?\nCustomer: No. They were a lot more helpful, "
                 "and their crew was better.\nAgent: I understand.\nCustomer: Bye.",
                 -1, "'they were more helpful', 'better' when nothing is bought");
    kt_sentiment("agent: i reset the line from our side\n"
                 "customer: oh yeah the signal is way better now thanks\nagent: great",
                 1, "unpunctuated: an improvement ('better now') is praise of us");
    kt_sentiment("Agent: I've refunded the fee.\n"
                 "Customer: Oh, that's so much better than I expected. Thank you!",
                 1, "a comparison with 'than' is judged by its words");
    kt_sentiment("Agent: The refund went through.\nCustomer: Honestly, I couldn't be happier. Thanks!",
                 1, "'couldn't be happier' holds its own negator");
    kt_sentiment("Agent: Shall I book the premium room?\nCustomer: Yes, the bigger room is better, book it.\n"
                 "Agent: Done.\nCustomer: Thanks.",
                 0, "a comparison in a call that sold is a choice, not a verdict");
}

/* Praise after a warm turn that answered a complaint is meant. */
static void check_made_up(void)
{
    kt_sentiment("Agent: Sorry about the delay.\nCustomer: I'm fed up, this is the third late parcel.\n"
                 "Agent: I've refunded the shipping and sent a replacement today.\n"
                 "Customer: Oh, thank you, that's kind of you.\nAgent: It arrives Tuesday.\n"
                 "Customer: Brilliant. You've sorted my week out, cheers.",
                 1, "'Brilliant.' after the complaint was made up for");
    kt_sentiment("agent: what can i do for you\ncustomer: im so fed up the bill is wrong again\n"
                 "agent: ive fixed it and credited you ten dollars\n"
                 "customer: oh thank you thats really nice\n"
                 "agent: anything else\ncustomer: perfect youve turned my day around",
                 1, "unpunctuated: 'perfect' after a warm turn");
    kt_sentiment("Agent: Sorry, the technician can't come until Friday.\n"
                 "Customer: I'm fed up, this is the third delay.\nAgent: I understand.\n"
                 "Customer: Great.",
                 -1, "'Great.' right after the complaint is still sarcasm");
}

/* A warm turn ("you've been really kind") after a complaint about the
 * customer's own things: its "Perfect." is meant. Bare stock praise after a
 * complaint stays sarcasm. */
static void check_warm_turn(void)
{
    kt_sentiment("Agent: What brings you in?\nCustomer: My old kettle burned out and the kitchen is a mess.\n"
                 "Agent: The Linea kettle is $45. Shall I order it?\nCustomer: Yes please.\n"
                 "Agent: Ordered, it arrives Tuesday.\n"
                 "Customer: Perfect. You've been really kind, thank you.",
                 1, "'Perfect.' in a warm turn after the customer's own trouble");
    kt_sentiment("agent: what can i do for you\ncustomer: um my bike chain snapped on the way to work ugh\n"
                 "agent: we can fit a new chain today for thirty\ncustomer: yes do that\n"
                 "agent: done it's ready at four\ncustomer: great you've been so patient with me thanks",
                 1, "ASR: 'great' in a warm turn is meant");
    kt_sentiment("Agent: Your repair is delayed again, two more weeks.\n"
                 "Customer: Two more weeks? This is ridiculous.\n"
                 "Agent: I'm sorry.\nCustomer: Great. Super helpful.",
                 -1, "negative: 'Super helpful.' is no warm turn");
    kt_sentiment("agent: the part is on back order another three weeks\n"
                 "customer: that's awful i needed it friday\n"
                 "agent: i'm sorry\ncustomer: perfect",
                 -1, "negative ASR: bare 'perfect' after a complaint stays sarcasm");
}

/* Leaving for someone else in plain words, and praise that is polite but
 * negative: a finished switch, "I'd rather you didn't", "not worth the
 * hassle", "worn out", "more than I wanted to spend". */
static void check_polite_negative(void)
{
    kt_sentiment("agent: can i offer you a discount to stay\n"
                 "customer: no we've already moved to another provider\n"
                 "agent: okay i'll close the account\ncustomer: okay bye",
                 -1, "ASR: a finished switch to another provider");
    kt_sentiment("Agent: I can knock ten dollars off.\nCustomer: No, I've already signed with them.\n"
                 "Agent: Understood.\nCustomer: Goodbye.",
                 -1, "a finished switch to a company named earlier");
    kt_sentiment("Agent: Can I call you again next spring?\nCustomer: I'd rather you didn't.",
                 -1, "'I'd rather you didn't' is polite but negative");
    kt_sentiment("agent: with the fee it comes to ninety\ncustomer: hm no that's not worth the hassle\n"
                 "agent: okay\ncustomer: bye",
                 -1, "ASR: 'not worth the hassle'");
    kt_sentiment("Agent: And the cover plan is $12.\nCustomer: Fine, add it. Honestly this is way more than "
                 "I wanted to spend and I'm worn out.\nAgent: Added.\nCustomer: Bye.",
                 -1, "'more than I wanted to spend', 'worn out'");
    kt_sentiment("agent: would you like the premium plan\ncustomer: no it's not worth it for us\n"
                 "agent: okay anything else\ncustomer: no thanks",
                 0, "negative: a plain 'not worth it' decline stays neutral");
    kt_sentiment("Agent: Anything else today?\nCustomer: No, I'd rather wait until spring.\nAgent: Sure.\n"
                 "Customer: Thanks, bye.",
                 0, "negative: 'I'd rather wait' is no verdict");
}

/* Sarcasm about paying more: "love paying more", "great, so I just pay
 * more", "just for the privilege", "can't wait to see that on my bill". */
static void check_paying_sarcasm(void)
{
    kt_sentiment("Agent: The plan is $10 more from March.\nCustomer: Love paying more for the same thing.\n"
                 "Agent: It includes more storage.\nCustomer: Okay.",
                 -1, "'love paying more'");
    kt_sentiment("agent: there's a booking fee of nine per ticket\n"
                 "customer: oh great nine dollars just for the privilege of buying them\n"
                 "agent: shall i book\n"
                 "customer: yeah",
                 -1, "ASR: 'just for the privilege'");
    kt_sentiment("agent: roaming is fifteen a day\ncustomer: fine add it can't wait to see that on my bill\n"
                 "agent: added\ncustomer: bye",
                 -1, "ASR: 'can't wait to see that on my bill'");
    kt_sentiment("agent: your premium went up forty\ncustomer: great so i just pay more\n"
                 "agent: i'm afraid so\n"
                 "customer: okay bye",
                 -1, "ASR: 'great so i just pay more'");
    kt_sentiment("Agent: The tickets are booked for Friday.\n"
                 "Customer: Great, so I just pick them up at the door?\n"
                 "Agent: Yes.\nCustomer: Lovely, thanks so much, can't wait!",
                 1, "negative: 'great, so I just pick them up' is sincere");
}

/* Word senses of ordering and paying, and a surprise that is relief: "drop
 * the X", "anti-glare", "ten grand", "effective the first", "it wasn't as
 * bad as I thought". */
static void check_order_senses(void)
{
    kt_sentiment("Agent: Anti-glare and tint are added.\nCustomer: Hmm, drop the tint. Just the anti-glare.\n"
                 "Agent: Done.\nCustomer: Okay.",
                 0, "'drop the tint' and 'anti-glare' are no feelings");
    kt_sentiment("agent: how much were you looking to spend\ncustomer: under ten grand ideally\n"
                 "agent: we have one at nine\ncustomer: okay send me the details",
                 0, "ASR: 'ten grand' is an amount");
    kt_sentiment("agent: i can move you to friday for a fee\ncustomer: ugh okay do it\nagent: done\n"
                 "customer: alright that wasn't as bad as i thought thanks",
                 1, "ASR: 'wasn't as bad as I thought' after a grumble");
    kt_sentiment("Agent: The signal booster is free.\nCustomer: Wow, I really didn't expect that. "
                 "You've been so helpful.\nAgent: Glad to help.\nCustomer: Thanks again!",
                 1, "'didn't expect that' turns nothing after it round");
}

/* "okay good" after the customer's own worry takes in the news; "okay
 * great" beside a complaint marker is still sarcasm. */
static void check_after_okay(void)
{
    kt_sentiment("agent: card services\ncustomer: hi um i think my wallet got stolen i'm really panicking\n"
                 "agent: i've frozen the card no charges since monday\ncustomer: okay okay good\n"
                 "agent: a new card ships today\ncustomer: thank you",
                 0, "ASR: 'okay good' after the customer's own worry");
    kt_sentiment("Agent: How can I help?\nCustomer: My train was late, so I'll miss the 2 pm check-in.\n"
                 "Agent: I've moved it to 4 pm at no cost.\nCustomer: Okay, great, thanks.",
                 0, "'Okay, great' after trouble that was not ours");
    kt_sentiment("agent: the technician can't come until next week\n"
                 "customer: that's terrible i have no heat\n"
                 "agent: i'm sorry\ncustomer: perfect",
                 -1, "negative: bare 'perfect' after a complaint is sarcasm");
    kt_sentiment("Agent: Your bill went up again.\nCustomer: Okay, great. Another price hike.\nAgent: Yes.\n"
                 "Customer: Bye.",
                 -1, "negative: 'Okay, great' beside a complaint marker");
}

/* "less" before a word of the lexicon turns it round: less of a bad thing
 * is relief, less of a good thing a complaint; a negator before "less"
 * turns it back. */
static void check_less(void)
{
    kt_sentiment("Agent: The movers are booked for the 3rd, and the boxes come Friday.\n"
                 "Customer: Okay. Thanks, that makes the whole move a lot less stressful.",
                 1, "'a lot less stressful' is relief");
    kt_sentiment("agent: you're all set for tuesday at ten\n"
                 "customer: perfect that's way less scary than i thought it would be thank you",
                 1, "ASR: 'way less scary' is relief");
    kt_sentiment("Agent: Your new plan starts today.\nCustomer: Okay.\nAgent: Anything else?\n"
                 "Customer: Honestly the new app is less helpful than the old one. Bye.",
                 -1, "negative: 'less helpful' is a complaint");
    kt_sentiment("agent: the new router is installed\ncustomer: okay\nagent: anything else\n"
                 "customer: no but it's not less annoying than the old one it still drops out",
                 -1, "ASR negative: 'not less annoying' stays a complaint");
    kt_sentiment("Agent: Your order ships Monday.\nCustomer: Okay, I need less paper in the box, "
                 "please.\nAgent: Noted.\nCustomer: Thanks.",
                 0, "'less' before a word outside the lexicon is no feeling");
    kt_sentiment("Agent: The car seat is added, you're all set.\n"
                 "Customer: Oh good, that's one less thing to worry about. Thanks so much.",
                 1, "'one less thing to worry about' is relief");
    kt_sentiment("agent: the plumber will be there at eight\n"
                 "customer: okay great thats less to stress about thank you so much",
                 1, "ASR: 'less to stress about' is relief");
    kt_sentiment("agent: your claim is still open\ncustomer: okay\nagent: anything else\n"
                 "customer: no i have less money and more things to worry about now bye",
                 -1, "ASR negative: 'more things to worry about' after 'less money' is a worry");
    kt_sentiment("Agent: Your order ships Monday.\nCustomer: Okay. That leaves me less time to worry "
                 "about the delivery, I suppose.\nAgent: Yes.\nCustomer: Bye.",
                 -1, "negative: 'less time to worry' counts time, not worries: no relief");
}

/* "No thanks" after bad news refuses what the agent offers instead; it is
 * no thanks for the call, so quiet disappointment around it still makes a
 * dissatisfied call. */
static void check_no_thanks(void)
{
    kt_sentiment("Customer: I'd like the blue lamp and the matching shade.\n"
                 "Agent: I'm sorry, the shade is discontinued.\n"
                 "Customer: Oh. The shade was the reason I called.\n"
                 "Agent: I could offer the grey one instead.\n"
                 "Customer: No, thank you. That's a pity. Just leave it then.",
                 -1, "negative: 'No, thank you' to the alternative after bad news");
    kt_sentiment("customer: can i get a ride to the airport at five tomorrow\n"
                 "agent: sorry we have no drivers at five i can do seven\n"
                 "customer: no thanks thats too late for my flight\nagent: okay\ncustomer: bye",
                 -1, "ASR negative: 'no thanks' to a later slot after bad news");
    kt_sentiment("Customer: I'd like the blue lamp and the matching shade.\n"
                 "Agent: I'm sorry, the shade is discontinued.\n"
                 "Customer: Oh, no. Hmm, I'll think about it. Thank you for checking though.",
                 0, "'thank you for checking' after bad news stays neutral");
    kt_sentiment("customer: can i get a ride to the airport at five tomorrow\n"
                 "agent: sorry we have no drivers at five\n"
                 "customer: oh no okay no problem thanks anyway",
                 0, "ASR: 'thanks anyway' after bad news stays neutral");
}

/* Idioms of complaint ("bait and switch", "are you serious", "of course it
 * did"), and stock praise before a complaint in its sentence, opened by
 * "oh" or after the customer has complained, without thanks: sarcasm. */
static void check_opens_complaint(void)
{
    kt_sentiment("Agent: Your card was charged the late fee.\n"
                 "Customer: Oh wonderful, you overcharge me again and call it a fee.\nAgent: I understand.\n"
                 "Customer: Okay.",
                 -1, "negative: 'oh wonderful' before a complaint");
    kt_sentiment("agent: the engineer can't come until friday\ncustomer: are you serious\n"
                 "agent: i can add a credit\ncustomer: yeah great a credit for a week of lost work",
                 -1, "ASR negative: 'yeah great' before a complaint after one");
    kt_sentiment("Agent: The sale price ended yesterday.\nCustomer: Of course it did. "
                 "That's a bait and switch.\nAgent: Sorry.\nCustomer: Bye.",
                 -1, "negative: 'of course it did' and 'bait and switch'");
    kt_sentiment("agent: i reset the router so the drops should stop\n"
                 "customer: oh great that fixes the problem thank you so much",
                 1, "ASR: 'oh great' with thanks before 'the problem' is sincere");
    kt_sentiment("Agent: Your parcel arrives tomorrow morning.\n"
                 "Customer: Perfect, that ends all the waiting around at home for it.",
                 1, "sincere: 'perfect' before 'waiting' without 'oh' or an earlier complaint");
}

/* Stock praise opening a sentence that goes on, said by a customer whose
 * last feeling was a complaint, in a turn without thanks or other praise:
 * sarcasm whatever the sentence's length. Not when the turn thanks, praises
 * the agent, asks a question, or holds other praise. */
static void check_sour_opening(void)
{
    kt_sentiment("customer: my washer's leaking again\nagent: the earliest visit is next thursday\n"
                 "customer: ugh that's awful\nagent: it's booked\n"
                 "customer: wonderful there goes another week of laundromat trips",
                 -1, "ASR negative: 'wonderful' opening a long sentence after a complaint");
    kt_sentiment("Agent: The delivery slipped to next month.\nCustomer: That's ridiculous.\n"
                 "Agent: I've noted it.\nCustomer: Oh perfect, so I just keep waiting with an empty kitchen.",
                 -1, "negative: 'oh perfect' opening a long sentence after a complaint");
    kt_sentiment("customer: the app keeps logging me out it's so annoying\nagent: i've reset your account\n"
                 "customer: great that finally sorted it thank you",
                 1, "ASR: 'great' with thanks after a complaint is meant");
    kt_sentiment("Customer: The last order was a mess.\nAgent: I've sent a new one by express.\n"
                 "Customer: Great, you've been really patient with me.",
                 1, "'great' before praise of the agent is meant");
    kt_sentiment("customer: oh shoot thursday's gone\nagent: friday at nine then\ncustomer: okay\n"
                 "agent: booked\ncustomer: great and how much is a whitening",
                 1, "ASR: 'great' before a question moves on, no sarcasm");
    kt_sentiment("customer: the old sofa is a wreck\nagent: the new one comes monday\n"
                 "customer: perfect the kids are going to be so happy",
                 1, "ASR: 'perfect' with other praise in the turn is meant");
    kt_sentiment("Agent: Your booking is set for Friday.\n"
                 "Customer: Great, I'll bring the paperwork with me on the day.",
                 1, "'great' opening a long sentence without an earlier complaint is no sarcasm");
}

/* Low hopes and a shrug without strong words: "a bit let down", "it is
 * what it is", "not expecting much", "felt like a number", "I don't think
 * I'm coming back"; beside like sentences that are no complaint. */
static void check_low_hopes(void)
{
    kt_sentiment("customer: hi my dryer still won't heat\nagent: the part is on back order till next month\n"
                 "customer: okay\nagent: anything else\n"
                 "customer: no i'm a bit let down honestly i've bought three machines from you",
                 -1, "ASR negative: 'a bit let down'");
    kt_sentiment("Agent: Your table is at 9:45, the only one left.\nCustomer: Okay.\n"
                 "Agent: Anything else?\nCustomer: No. It is what it is. Bye.",
                 -1, "negative: 'it is what it is'");
    kt_sentiment("customer: book me for wednesday then\nagent: done wednesday at ten\n"
                 "customer: okay im not expecting much but fine",
                 -1, "ASR negative: 'not expecting much'");
    kt_sentiment("Agent: The claim is still in review.\n"
                 "Customer: Twelve years with you and I felt like a number today. Okay.",
                 -1, "negative: 'felt like a number'");
    kt_sentiment("agent: we can pause the plan for two months\n"
                 "customer: no i don't think i'm coming back i'm moving away",
                 -1, "ASR negative: 'I don't think I'm coming back'");
    kt_sentiment("Customer: Can you let down the price a little?\nAgent: No, sorry.\n"
                 "Customer: Okay, thanks anyway.",
                 0, "'let down the price' asked with thanks stays neutral");
    kt_sentiment("customer: what is the fee\nagent: twelve dollars\ncustomer: what is it for\n"
                 "agent: delivery\ncustomer: okay thanks",
                 0, "ASR: 'what is it for' is no shrug");
}

/* A fix judged generous, help that finally came and thanks said twice over
 * are praise; "made up my mind" is a decision, not a lie. */
static void check_generous(void)
{
    kt_sentiment("Customer: You charged me twice for May.\n"
                 "Agent: I see it, I've refunded the second charge.\n"
                 "Customer: Okay.\nAgent: Anything else?\nCustomer: That's more than fair. Thanks, Dana.",
                 1, "'more than fair' after a fix");
    kt_sentiment("customer: my order never came\nagent: i've sent a new one by express at no charge\n"
                 "customer: okay\nagent: anything else\n"
                 "customer: no thanks you actually helped me unlike the last two people",
                 1, "ASR: 'you actually helped me'");
    kt_sentiment("Customer: I'd like to cancel.\nAgent: I can take ten dollars off.\n"
                 "Customer: Okay, I'll stay.\nAgent: Done.\nCustomer: Thanks for that, seriously.",
                 1, "'thanks for that, seriously'");
    kt_sentiment("Customer: I've made up my mind, I want the blue one.\nAgent: Done.\nCustomer: Okay.",
                 0, "'made up my mind' is no feeling");
    kt_sentiment("Customer: Is the fee fair?\nAgent: It's ten dollars.\nCustomer: Okay, thanks.",
                 0, "'is the fee fair' asked is no praise");
}

/* A plan to leave said with a shrug is a verdict on us; "I'll switch" on a
 * condition that we meet is not. */
static void check_shrug_leave(void)
{
    kt_sentiment("agent: i can knock five off your bill\ncustomer: mm okay\nagent: anything else\n"
                 "customer: no i'm probably just gonna switch to be honest",
                 -1, "ASR negative: 'probably just gonna switch'");
    kt_sentiment("Agent: Your booking is confirmed.\nCustomer: Okay. Honestly, I'll probably use the "
                 "other place next time.",
                 -1, "negative: 'use the other place next time'");
    kt_sentiment("customer: if you can do forty a month i'll switch today\nagent: i can do forty\n"
                 "customer: okay sign me up",
                 0, "ASR: 'I'll switch' on a condition met is no verdict");
    kt_sentiment("Agent: Which office suits you?\nCustomer: The other one is closer, I'll go to the "
                 "other one.\nAgent: Booked there.\nCustomer: Thanks.",
                 0, "'the other one' of ours is no leaving");
}

/* Poor value and a product that hardly works, in plain words; a bare "not
 * worth it" declines an add-on. */
static void check_poor_value(void)
{
    kt_sentiment("Agent: I've removed the sports package.\nCustomer: Okay. Honestly, it hasn't been "
                 "worth the money for ages.\nAgent: Sorry to hear that.\nCustomer: Bye.",
                 -1, "negative: 'hasn't been worth the money'");
    kt_sentiment("agent: anything else before i move you to the basic plan\n"
                 "customer: no just do it the app barely worked anyway",
                 -1, "ASR negative: 'the app barely worked'");
    kt_sentiment("Agent: Your renewal is done. Want the backup add-on for $20?\n"
                 "Customer: Hmm, no, not worth it for me.\nAgent: Okay.\nCustomer: Thanks.",
                 0, "a bare 'not worth it' declines an add-on");
}

/* Sarcasm in its sentence's own shape: stock praise after an interjection
 * that the lexicon knows ("yeah great ..."), a question word inside what
 * follows ("can't wait to see what else ..."), praise closing a complaint
 * followed only by more praise ("... great thanks a lot"), and every word
 * of praise in a sentence that mocks ("oh sure because ... famous for"). */
static void check_mocking_sentence(void)
{
    kt_sentiment("customer: the delivery fee went up again it's a hassle\nagent: it's added to the order\n"
                 "customer: yeah wonderful can't wait to find out what else they add",
                 -1, "ASR: 'yeah wonderful' then an embedded 'what' after a complaint is sarcasm");
    kt_sentiment("customer: the boiler broke it's a disaster\nagent: the engineer came and fixed it\n"
                 "customer: oh wow great what a difference thank you so much",
                 1, "ASR: 'wow great' with warm thanks after a fix is meant");
    kt_sentiment("customer: the roaming charge is ridiculous\nagent: i can only refund half\n"
                 "customer: so i pay for your broken billing great thanks a bunch",
                 -1, "ASR: 'great thanks a bunch' closing a complaint is sarcasm");
    kt_sentiment("customer: sorry for the mix up on my end you were so lovely thank you",
                 1, "ASR: praise before a plain thank you after the customer's own apology is meant");
    kt_sentiment("Agent: Our fiber could cut your bill by a third.\n"
                 "Customer: Oh sure, because low prices are what your company is known and loved for.\n"
                 "Agent: I understand.\nCustomer: Bye.",
                 -1, "praise inside a mocking sentence counts against us");
    kt_sentiment("customer: so no evening classes at all\nagent: not right now\n"
                 "customer: oh cool another gym with nothing after work",
                 -1, "ASR: 'oh cool another' is sarcasm like 'oh great another'");
    kt_sentiment("agent: your new card is on its way and the fee is waived\ncustomer: oh cool thanks",
                 0, "ASR: 'oh cool thanks' takes in good news");
    kt_sentiment("customer: you charged me a fee for a one dollar overdraft\nagent: i see it\n"
                 "customer: oh great i love paying forty dollars for nothing",
                 -1, "ASR: 'oh great i love paying' is sarcasm");
    kt_sentiment("agent: the new app lets you pay by phone\n"
                 "customer: oh great i love the new app it's so easy",
                 1, "ASR: 'oh great i love the new app' is meant");
}

/* Verdicts without strong words at the end of a call: leaving said of
 * everyone ("this is why people switch"), regret ("should have gone with
 * someone else"), shopping around, moving one's pay elsewhere, never
 * buying another, a wait judged too long; against them, a time ("call
 * around seven") and a plan ("let me look around"). */
static void check_quiet_verdicts(void)
{
    kt_sentiment("customer: the app froze again during a payment\nagent: a fix ships next month\n"
                 "customer: okay honestly this is why people switch to other banks",
                 -1, "ASR: 'this is why people switch' is a verdict");
    kt_sentiment("Agent: You're on the basic plan from the next cycle.\n"
                 "Customer: Right. Honestly, I should have gone with another company.",
                 -1, "regret of choosing us");
    kt_sentiment("customer: four hundred for a filter change\nagent: that's our standard rate\n"
                 "customer: yeah no i'm gonna shop around",
                 -1, "ASR: shopping around after a price");
    kt_sentiment("Agent: Can we call you back?\nCustomer: Yeah, call around seven, that's fine.\n"
                 "Agent: Will do.\nCustomer: Thanks.",
                 0, "'call around seven' is a time");
    kt_sentiment("Agent: Those are our prices.\nCustomer: Okay, let me look around and maybe call back.",
                 0, "'let me look around' is a plan");
    kt_sentiment("Agent: The fee stays, I'm afraid.\n"
                 "Customer: Okay. I'll be moving my savings over to a credit union then.",
                 -1, "moving one's money elsewhere");
    kt_sentiment("customer: the blender died after a month\nagent: we'll send a replacement\n"
                 "customer: sure but i'm never buying another one of these",
                 -1, "ASR: 'never buying another' ends the call");
    kt_sentiment("Agent: You're enrolled.\nCustomer: Thanks. Just so you know, twenty five minutes "
                 "on hold is too long.",
                 -1, "a wait judged too long at the end");
}

/* A complaint put right, in ordinary words ("you really turned this
 * around", "you folks came through", "you've made my week", "that worked
 * out"); and words in other senses: being unable to wait a stated time is
 * no excitement, a slot that does not fit a schedule is no failure, hail
 * is weather, "I'd hoped" and "a let down" are disappointment. */
static void check_put_right(void)
{
    kt_sentiment("customer: my order came broken and nobody answered my emails it was awful\n"
                 "agent: i've sent a new one today by express and refunded the shipping\n"
                 "customer: oh wow thank you you really turned this around",
                 1, "ASR: a complaint put right with warm words ends positive");
    kt_sentiment("Agent: Your claim is approved in full.\nCustomer: Oh good. You folks really came through.",
                 1, "'came through' praises us");
    kt_sentiment("Agent: We'll bring out a candle with the dessert.\nCustomer: You've made my week, thanks.",
                 1, "'made my week'");
    kt_sentiment("customer: ugh the early flight is gone\nagent: i have one at noon with a window seat\n"
                 "customer: oh a window okay that worked out thanks",
                 1, "ASR: 'that worked out' after an annoyed start");
    kt_sentiment("customer: yes add the priority line we can't wait three days for a reply\nagent: added\n"
                 "customer: okay",
                 0, "ASR: not able to wait three days is no excitement");
    kt_sentiment("Agent: Your new console ships tomorrow.\nCustomer: Amazing, I can't wait to play it.",
                 1, "'can't wait' to use what was bought is excitement");
    kt_sentiment("customer: do you have anything after six\nagent: our last slot is four\n"
                 "customer: that doesn't work with my shifts i'll call back\nagent: sure",
                 0, "ASR: a slot that does not fit a schedule is no complaint");
    kt_sentiment("customer: the printer doesn't work with my laptop since the update\nagent: i'm sorry\n"
                 "customer: yeah",
                 -1, "ASR: a product that does not work is still a complaint");
    kt_sentiment("Agent: What's the claim about?\nCustomer: Hail damage to the car roof.\nAgent: Noted.\n"
                 "Customer: Okay.",
                 0, "hail is weather, not a greeting");
    kt_sentiment("Agent: The earliest delivery is in four weeks.\n"
                 "Customer: Oh. I'd really hoped to have it for the holidays.",
                 -1, "'I'd hoped' is disappointment");
    kt_sentiment("Agent: What can I do for you?\nCustomer: I'd hoped you could check my order status.\n"
                 "Agent: It ships today.\nCustomer: Thank you.",
                 0, "'I'd hoped you could' asks politely");
    kt_sentiment("customer: the vacuum is a year old and the motor died it's kind of a let down\n"
                 "agent: it's under warranty\ncustomer: okay",
                 -1, "ASR: 'a let down' as a noun");
}

/* "I should've switched years ago" regrets not having done sooner what was
 * done in the call: of a purchase it is praise, of a cancellation (the
 * customer asked to cancel) a complaint. */
static void check_delay_regret(void)
{
    kt_sentiment("Agent: The family plan is forty dollars a line.\nCustomer: That's less than we pay now. "
                 "Let's do it.\nAgent: Done, your lines move over on Monday.\n"
                 "Customer: Okay. Honestly, I should've switched years ago.\nAgent: Welcome aboard.",
                 1, "'should've switched years ago' after buying is praise");
    kt_sentiment("agent: the new boiler plan is twelve a month\ncustomer: yeah sign me up\n"
                 "agent: you're all set\ncustomer: should have done this ages ago honestly",
                 1, "ASR: 'should have done this ages ago' after signing up is praise");
    kt_sentiment("agent: what can i do for you\ncustomer: i want to cancel my membership just cancel it\n"
                 "agent: okay it's cancelled\ncustomer: good should've done this months ago",
                 -1, "ASR negative: the same regret after a cancellation is a complaint");
    kt_sentiment("Agent: Your new plan is active.\nCustomer: Okay, I'll take it.\nAgent: Done.\n"
                 "Customer: You should've told me about it when I called last month.",
                 -1, "negative: 'you should've told me' is no regret of delay");
}

/* A misfortune that names what a product guards against ("a flu shot",
 * "collision coverage") is no feeling; the misfortune itself still is. */
static void check_guarded_misfortune(void)
{
    kt_sentiment("agent: pharmacy how can i help\ncustomer: yeah i need a flu shot today",
                 0, "ASR: 'a flu shot' names a product, no complaint");
    kt_sentiment("Agent: Good morning, Harbor Insurance.\n"
                 "Customer: Hi, I have a question about collision coverage and your illness plan for pets.",
                 0, "'collision coverage', 'your illness plan' name products");
    kt_sentiment("agent: how can i help\ncustomer: i had a collision last week and now the flu on top "
                 "of it\nagent: oh no\ncustomer: yeah it's been awful",
                 -1, "ASR negative: the collision and the flu themselves are troubles");
}

/* The weather named without the word ("it's gorgeous out here today", "a
 * sunny day") is an aside; a feeling about us beside it still counts. */
static void check_weather_unnamed(void)
{
    kt_sentiment("agent: you're all set for the tenth\ncustomer: cool it's gorgeous out here today by "
                 "the way\nagent: enjoy it\ncustomer: will do bye",
                 0, "ASR: 'it's gorgeous out here' is the weather");
    kt_sentiment("Agent: The engineer comes Thursday.\nCustomer: Okay. It's miserable outside, so "
                 "no rush.\nAgent: Noted.\nCustomer: Bye.",
                 0, "'it's miserable outside' is the weather, no complaint");
    kt_sentiment("Agent: The engineer comes Thursday.\nCustomer: Thursday? It's freezing in here and "
                 "your service is awful.\nAgent: I'm sorry.\nCustomer: Bye.",
                 -1, "negative: a complaint indoors and about us is no weather");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_senses();
    check_displeasure();
    check_aside();
    check_end();
    check_leaving();
    check_implicit();
    check_routine();
    check_negator_scope();
    check_expectation();
    check_fine();
    check_aside_scope();
    check_verdict();
    check_plain_words();
    check_ultimatum();
    check_praise();
    check_unthanked();
    check_sold_unthanked();
    check_need();
    check_resignation();
    check_own_negator();
    check_plain_verdicts();
    check_pleasant_surprise();
    check_quiet_refusal();
    check_softener();
    check_professional();
    check_negator_stops_at_please();
    check_plain_feelings();
    check_prefers_other();
    check_made_up();
    check_warm_turn();
    check_polite_negative();
    check_paying_sarcasm();
    check_order_senses();
    check_after_okay();
    check_less();
    check_no_thanks();
    check_opens_complaint();
    check_generous();
    check_shrug_leave();
    check_poor_value();
    check_sour_opening();
    check_low_hopes();
    check_mocking_sentence();
    check_quiet_verdicts();
    check_put_right();
    check_delay_regret();
    check_guarded_misfortune();
    check_weather_unnamed();
    kt_free();
    T_END();
}
