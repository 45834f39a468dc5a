/* test_kpi_assistant_words.c - how people book and order with a terse
 * assistant: a second search after a purchase, a closing question about the
 * new thing refused; a notice with a regret about something else joined on
 * with "and"; "wanna get tickets?"; "let's keep looking"; an agreement that
 * goes on "please tell me the number"; an "okay" that presents an option;
 * "can I please get ...?", "I want a mocha"; an "extra" read back; "yup,
 * just the americano"; "we don't have X available"; "how about getting me 2
 * tickets"; coffee-bar notices. Each with negatives, clean and
 * speech-recognition style. Calls invented for these tests, scored with the
 * shipped rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* A closing question answered no is about what it offers. */
static void check_second_search(void)
{
    kt_call("Customer: I would like bus tickets to Fresno.\n"
            "Agent: There is one at 7:40 am for $50.\nCustomer: That sounds good to me.\n"
            "Agent: Would you like to purchase a ticket?\nCustomer: Yes, I would like tickets.\n"
            "Agent: How many tickets?\nCustomer: Two.\n"
            "Agent: 2 tickets to Fresno on March 9th at 7:40 am.\n"
            "Customer: Yes, that is correct. Which station is it?\nAgent: Union Station.\n"
            "Customer: I would like to find a hotel room there.\n"
            "Agent: There is the Fresno Inn with 3 stars.\n"
            "Agent: Would you like to reserve a room?\n"
            "Customer: No, I just wanted the information.",
            true, 0, "a room refused after a new search leaves the tickets bought");
    kt_call("customer: i would like bus tickets to fresno\n"
            "agent: there is one at seven forty am for fifty dollars\n"
            "customer: that sounds good to me\nagent: would you like to purchase a ticket\n"
            "customer: yes i would like tickets\nagent: how many tickets\ncustomer: two\n"
            "agent: two tickets to fresno on march ninth at seven forty am\n"
            "customer: yes that is correct which station is it\nagent: union station\n"
            "customer: i would like to find a hotel room there\n"
            "agent: there is the fresno inn with three stars\n"
            "agent: would you like to reserve a room\n"
            "customer: no i just wanted the information",
            true, 0, "asr: the same");
    kt_call("Customer: Can you help me find a dentist?\n"
            "Agent: Would you like to try Bright Smile Dental?\n"
            "Customer: That is fine, what is their phone number?\n"
            "Agent: It is 408-555-0100.\nCustomer: I would like you to find a different dentist.\n"
            "Agent: Would you like to try Oak Dental instead?\nCustomer: Yes, that would be fine.\n"
            "Agent: Would you like me to make you an appointment?\n"
            "Customer: No, I would not like to make an appointment. That is all.",
            false, 0, "a different one searched for: the no refuses the choice as well");
    kt_call("Customer: I need two train tickets to Boston on Friday.\n"
            "Agent: There is a 9 am train for $60.\nCustomer: Good.\n"
            "Agent: Would you like to buy the tickets?\nCustomer: No, I just wanted the times.",
            false, 0, "no new search: the no refuses the tickets");
    kt_call("Customer: I would like a sports event.\nAgent: Where should I look?\n"
            "Customer: I want a music event on March 10th if possible.\n"
            "Agent: There is a concert at the Symphony on March 10th at 6 pm.\n"
            "Customer: That is great, but I would prefer to go watch a movie.\n"
            "Agent: Do you want to see Body Double?\nCustomer: Body Double sounds nice.\n"
            "Agent: Do you want to buy some tickets?\nCustomer: No, not right now.",
            false, 0, "a search acknowledged is no purchase the new search keeps");
}

/* Regret joined on with "and" is about something else. */
static void check_regret_joined(void)
{
    kt_call("Customer: Book me a seat on the 7 am flight.\n"
            "Agent: Please confirm: one seat on the 7 am flight to Denver.\n"
            "Customer: Yes. Is it refundable?\n"
            "Agent: Your ticket is confirmed and unfortunately, not refundable.\n"
            "Customer: Okay, thanks.",
            true, 0, "'confirmed and unfortunately, not refundable'");
    kt_call("Customer: Book me a seat on the 7 am flight.\n"
            "Agent: Please confirm: one seat on the 7 am flight to Denver.\n"
            "Customer: Yes. Is it refundable?\n"
            "Agent: Your tickets are confirmed, and they are unfortunately not refundable.\n"
            "Customer: Okay, thanks.",
            true, 0, "'..., and they are unfortunately not refundable'");
    kt_call("Customer: Can I book a table for four at 8?\n"
            "Agent: Those tables are booked, unfortunately.\nCustomer: Oh well, thanks.",
            false, 0, "the regret after the notice still reports the tables taken");
}

/* Informal closing questions and searches. */
static void check_informal(void)
{
    kt_call("Customer: find a bus\nAgent: where to?\nCustomer: reno to sacramento on the 9th\n"
            "Agent: 7:10 am, $45\nCustomer: that is good\nAgent: wanna get tickets?\n"
            "Customer: yes for two\nAgent: reno sacramento march 9th 7:10 am 2 people\n"
            "Customer: yes that is fine\nAgent: it is confirmed",
            true, 0, "'wanna get tickets?' then yes and a notice");
    kt_call("Customer: find a bus\nAgent: where to?\nCustomer: reno to sacramento on the 9th\n"
            "Agent: 7:10 am, $45\nCustomer: that is good\nAgent: wanna get tickets?\n"
            "Customer: nah not yet\nAgent: ok bye",
            false, 0, "'wanna get tickets?' refused");
    kt_call("Customer: One of my friends is coming, can you book a hotel room for him?\n"
            "Agent: Alila Bangsar is a good 5 star hotel.\nCustomer: How much per night?\n"
            "Agent: The room is $465 per night.\nCustomer: Yes, that seems good for me.\n"
            "Agent: Can i make reservation for you?\nCustomer: Yes",
            true, 0, "'can i make reservation for you?' then yes");
    kt_call("customer: can you find me a hotel\nagent: alila bangsar has five stars\n"
            "customer: how much per night\nagent: four sixty five a night\n"
            "agent: can i make a reservation for you\ncustomer: no just looking thanks",
            false, 0, "asr: 'can i make a reservation' refused");
    kt_call("Customer: I need a flight to New York the day after tomorrow.\n"
            "Agent: There is a Delta flight at 9:15 am for $128.\n"
            "Customer: Great, that will work just fine.\n"
            "Agent: Would you like to make the purchase now?\n"
            "Customer: That's okay, thank you. I should be all set for the time being.",
            false, 0, "'that's okay, thank you' declines");
    kt_call("Customer: I need a flight to New York the day after tomorrow.\n"
            "Agent: There is a Delta flight at 9:15 am for $128.\n"
            "Customer: Great, that will work just fine.\n"
            "Agent: Would you like to make the purchase now?\n"
            "Customer: Yes, that's okay.\nAgent: Your ticket is purchased.",
            true, 0, "'yes, that's okay' accepts");
    kt_call("customer: i need a flight to denver\nagent: there is one at nine am for one twenty "
            "eight\ncustomer: great\nagent: would you like to make the purchase now\n"
            "customer: yes that's okay thank you",
            true, 0, "asr: 'yes that's okay thank you' accepts");
    kt_call("Customer: Book Dr. Greenberg at 10 am on March 11th.\n"
            "Agent: An appointment with Dr. Greenberg at 10 am on March 11th. Do you confirm?\n"
            "Customer: Yes, I confirm. Thanks\n"
            "Agent: It is not possible to fix the appointment. Can I do something else?\n"
            "Customer: It doesn't matter, thanks for helping.",
            false, 0, "'it is not possible to fix the appointment' fails it");
    kt_call("Customer: Can you book Dr. Hunt on the 10th?\n"
            "Agent: I can schedule 10:15 am with Dr. James E. Hunt, MD for March 10th, correct?\n"
            "Customer: Yes that would be great.\n"
            "Agent: Sorry, I do not show that Dr. James E. Hunt, MD has an opening then.",
            false, 0, "'I do not show that Dr. Hunt, MD has an opening' fails it");
    kt_call("Customer: I'll take the basic plan.\n"
            "Agent: Done, you're all set on the basic plan. I don't show any other changes on "
            "the account.\nCustomer: Thanks.",
            true, 0, "'I don't show any other changes' fails nothing");
    kt_call("Customer: Find me a soccer game in Portland.\n"
            "Agent: How about Timbers vs Sounders at Providence Park?\n"
            "Customer: I don't know, let's keep looking.\n"
            "Agent: Thorns vs Courage on Saturday?\nCustomer: Thanks, that's all for now.",
            false, 0, "'let's keep looking' commits to nothing");
}

/* An agreement that goes on to ask for a detail agrees to the purchase. */
static void check_agree_then_ask(void)
{
    kt_call("Customer: Find me a hotel in San Diego.\n"
            "Agent: What about the Bay Inn rated 3.8?\nCustomer: Good, March 2nd to the 9th.\n"
            "Agent: Please confirm check in on March 2nd and check-out March 9th for 1 room at "
            "the Bay Inn.\nCustomer: Yes, that is great please tell me the phone number.\n"
            "Agent: The reservation is a success and their phone is 619-555-0100.",
            true, 0, "'yes that is great please tell me the phone number'");
    kt_call("customer: find me a hotel in san diego\n"
            "agent: what about the bay inn rated three point eight\n"
            "customer: good march second to the ninth\n"
            "agent: please confirm check in march second and check out march ninth for one room "
            "at the bay inn\ncustomer: yes that is great please tell me the phone number\n"
            "agent: the reservation is a success",
            true, 0, "asr: the same");
    kt_call("Customer: My number changed.\n"
            "Agent: Should I update the phone number on your account to 619-555-0100?\n"
            "Customer: Yes, that is my phone number.\nAgent: Updated.",
            false, 0, "a yes about the phone number itself buys nothing");
}

/* "That is exactly what I want" confirms a read-back. */
static void check_exactly(void)
{
    kt_call("Customer: I need a hotel for 2 in Kuala Lumpur.\n"
            "Agent: You will check in tomorrow and only stay until next Friday?\n"
            "Customer: That is exactly what I want thanks.\nAgent: I have you booked.",
            true, 0, "'that is exactly what I want', 'I have you booked'");
    kt_call("customer: i need a hotel for two in kuala lumpur\n"
            "agent: you will check in tomorrow and stay until next friday\n"
            "customer: that's exactly what i wanted\nagent: i have you booked",
            true, 0, "asr: the same");
    kt_call("Customer: I need a hotel for 2 in Kuala Lumpur.\n"
            "Agent: You will check in tomorrow and only stay until next Friday?\n"
            "Customer: That is exactly what I want. Sadly it is too much for me.\n"
            "Agent: Okay, nothing is booked then.",
            false, 0, "confirmed, then given up");
}

/* An "okay" that presents an option books no day. */
static void check_option_presented(void)
{
    kt_call("Customer: I'd like to buy 3 round trip tickets to Toronto.\n"
            "Agent: What days?\nCustomer: Leaving March 4th and back on the 12th.\n"
            "Agent: Okay, there is an Air Canada flight at 3:25 pm for $225.\n"
            "Customer: Okay, thanks. That's all I needed.",
            false, 0, "'okay, there is a flight ...' books nothing");
    kt_call("Customer: I'd like a haircut on Tuesday at 4.\n"
            "Agent: Okay, Tuesday at 4.\nCustomer: Thanks.",
            true, 0, "the day said back books it");
}

/* Requests asked politely, and said as wants. */
static void check_requests(void)
{
    kt_call("Customer: Can I please get a latte with oat milk?\n"
            "Agent: That will be ready in just a moment.",
            true, 0, "'can I please get a latte?' and a notice");
    kt_call("customer: could i just get a small drip coffee\nagent: it'll be ready shortly",
            true, 0, "asr: 'could i just get'");
    kt_call("Customer: Can I please get a latte with oat milk?\n"
            "Agent: Sorry, we're out of oat milk.\nCustomer: Never mind then.",
            false, 0, "asked, never carried out");
    kt_call("Customer: I want a mocha.\nAgent: Okay, it will be ready shortly.",
            true, 0, "'I want a mocha'");
    kt_call("Customer: The dryer came dented. I want a replacement this week.\n"
            "Agent: Of course. Please hold while I transfer you.",
            false, 0, "'I want a replacement' asks a remedy");
    kt_call("Customer: I'm busy, but how about getting me 2 tickets after all.\n"
            "Agent: Ok, 2 tickets for the Chemical Brothers next Friday.\n"
            "Customer: I confirm it.\nAgent: You have your tickets then.",
            true, 0, "'how about getting me 2 tickets', 'you have your tickets then'");
    kt_call("Customer: How about getting me 2 tickets?\nAgent: Which show?\n"
            "Customer: Actually, forget it.",
            false, 0, "asked, then dropped");
}

/* Read-backs and notices at a coffee bar. */
static void check_coffee(void)
{
    kt_call("Customer: Hi, could I get a cappuccino with oat milk, and put some more oat milk "
            "in it, please.\n"
            "Agent: One cappuccino with oat milk, extra oat milk. Is that correct?\n"
            "Customer: Yes that is what I want, thanks!",
            true, 0, "an 'extra' read back is the order");
    kt_call("customer: could i get a cappuccino with oat milk and put some more oat milk in it\n"
            "agent: one cappuccino with oat milk extra oat milk is that correct\n"
            "customer: yes that is what i want",
            true, 0, "asr: an 'extra' read back in the question's sentence");
    kt_call("customer: could i get a cappuccino with oat milk\n"
            "agent: would you like extra oat milk is that correct\ncustomer: no thanks",
            false, 0, "asr: 'would you like extra' asks, and no refuses");
    kt_call("Customer: Could I get a cappuccino?\n"
            "Agent: One cappuccino. We can add an extra shot for 75 cents. Is that correct?\n"
            "Customer: No thanks.",
            false, 0, "an extra with a price is an offer, and the no refuses it");
    kt_call("Customer: Hey, can I get an Americano with vanilla syrup?\n"
            "Agent: Okay, does this look like I've got everything for you?\n"
            "Customer: Yup, just the americano. Thanks.\n"
            "Agent: Okay, that'll be ready for you in just a minute.",
            true, 0, "'yup, just the americano' confirms");
    kt_call("customer: can i get a mocha with two percent milk\n"
            "agent: do you agree with your order displayed\ncustomer: yes\n"
            "agent: ok it will be up soon at the coffee bar",
            true, 0, "asr: 'do you agree with your order displayed'");
    kt_call("Customer: Can I get a cortado please?\nAgent: Sure, is this all?\n"
            "Customer: Yes thats it.\nAgent: Okay ill work on your drink now.",
            true, 0, "'ill work on your drink now'");
    kt_call("Customer: I'd like a chai latte.\n"
            "Agent: If you would just check that screen to verify it's correct, I'll send it "
            "over.\nCustomer: Yes, it's right.\n"
            "Agent: You pick it up at the bar, they should have that up for you pretty quick.",
            true, 0, "'if you would just check', 'they should have that up for you'");
    kt_call("Customer: I want two cappuccinos, one decaf.\n"
            "Agent: I need your confirmation that the details are correct.\nCustomer: Yes\n"
            "Agent: Thank you. You'll have your order out shortly.",
            true, 0, "'you'll have your order out shortly'");
    kt_call("Customer: I need one bus ticket to Fresno on March 12th at 10 am.\n"
            "Agent: I'll get you 1 bus ticket to Fresno on March 12th at 10 am, is that okay "
            "with you?\nCustomer: Yeah, that's what I want. Which station is it?\n"
            "Agent: Downtown Station. I'm sorry but all the tickets for that time have been "
            "purchased. Would you like the 10:20 am departure instead? The ticket price is $70.\n"
            "Customer: Yeah, that's fine too.\nAgent: I've purchased you the ticket.",
            true, 0, "'all the tickets ... have been purchased' fails; the 10:20 is the purchase");
    kt_call("Customer: Can you make a cortado extra hot?\n"
            "Agent: I think we can, I just need you to make sure I input it right.\n"
            "Customer: Yes, you've got it.\n"
            "Agent: OK, we'll have it over at the coffee bar in a second.",
            true, 0, "'make sure I input it right', 'you've got it'");
    kt_call("Customer: I'd like two matcha lattes, one with almond milk.\n"
            "Agent: This is your order so far. Let me know if that looks right.\n"
            "Customer: Yeah, looks great.\n"
            "Agent: Okay, that coffee will be prepared for you shortly.",
            true, 0, "'let me know if that looks right', 'will be prepared for you'");
    kt_call("customer: hello i'd like two chai lattes one decaf\n"
            "agent: ok does your order here look correct\ncustomer: it does\n"
            "agent: great it will be made over at the coffee bar in no time",
            true, 0, "asr: 'does your order here look correct', 'it will be made'");
    kt_call("Customer: I'll have a macchiato with just a splash of milk.\n"
            "Agent: Just confirm that this is the correct order.\n"
            "Customer: That looks to be correct.\n"
            "Agent: We will have this out to you in no time.",
            true, 0, "'that looks to be correct', 'we will have this out to you'");
    kt_call("Customer: I'd like two matcha lattes, one with almond milk.\n"
            "Agent: This is your order so far. Let me know if that looks right.\n"
            "Customer: Actually, I've changed my mind. Never mind.",
            false, 0, "the read-back refused");
    kt_call("Customer: Can you make a cortado extra hot?\n"
            "Agent: Sorry, the machine is down. Your drink will be made tomorrow if you come back.\n"
            "Customer: No thanks, I'll go elsewhere.",
            false, 0, "a drink for tomorrow refused");
    kt_call("Customer: Hi. I need a mocha please.\n"
            "Agent: Could you check the order displayed here to be sure it's correct?\n"
            "Customer: Yes, that is correct.\nAgent: Okay, it will be ready shortly.",
            true, 0, "'to be sure it's correct'");
    kt_call("customer: one non fat cortado please\n"
            "agent: i just want to make sure it's correct may you please confirm it\n"
            "customer: sure yes everything looks good\n"
            "agent: okay it is now being prepared and will be served to you at the bar",
            true, 0, "asr: 'make sure it's correct', 'being prepared', 'will be served to you'");
    kt_call("Customer: I'd like a latte with oat milk.\n"
            "Agent: Can you tell me if this is what you want?\nCustomer: Yes, thank you.\n"
            "Agent: Terrific, you can pick up your latte in a few minutes at the coffee bar.",
            true, 0, "'tell me if this is what you want', 'you can pick up your latte'");
    kt_call("Customer: Give me a mocha, please.\nAgent: Ok sir, is this what you would like?\n"
            "Customer: No, make it a tea instead. Actually, forget it, I'm late.",
            false, 0, "'is this what you would like?' then dropped");
    kt_call("Customer: I think I'll take a mocha today.\n"
            "Agent: I'm sorry, I'm not seeing a mocha on our menu. Perhaps a macchiato?\n"
            "Customer: Never mind then.",
            false, 0, "'I'm not seeing a mocha on our menu' fails the order");
    kt_call("Customer: Three tickets for the Saturday show, please.\n"
            "Agent: Great, all the tickets are booked. Enjoy the show!",
            true, 0, "'all the tickets are booked' alone carries the order out");
    kt_call("Customer: I'd like a large latte.\nAgent: One small latte, is that right?\n"
            "Customer: No, you've got it wrong. Forget it.",
            false, 0, "'you've got it wrong' confirms nothing");
    kt_call("Customer: I want a green velvet sofa.\n"
            "Agent: That will be made to order in twelve weeks. Would you like it?\n"
            "Customer: No thanks, that's too long.",
            false, 0, "'that will be made to order' carries nothing out");
    kt_call("Customer: I'll get a normal mocha, please.\n"
            "Agent: We don't have mocha available. Did you mean macchiato?\n"
            "Customer: No. What teas are there?\nAgent: Black and herbal.",
            false, 0, "'we don't have mocha available' fails the order");
    kt_call("Customer: I'll get a mocha, please.\n"
            "Agent: We don't have any fees on that. It'll be ready shortly.",
            true, 0, "no fees is no failure");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_second_search();
    check_regret_joined();
    check_informal();
    check_agree_then_ask();
    check_exactly();
    check_option_presented();
    check_requests();
    check_coffee();
    kt_free();
    T_END();
}
