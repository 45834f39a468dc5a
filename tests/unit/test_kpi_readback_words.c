/* test_kpi_readback_words.c - read-backs and notices in the words of crowd-
 * written booking dialogues: a count before the thing read back ("you want
 * 3 tickets for ..."), "just to make sure you want ...", "I've purchased you
 * the tickets", "car's yours", "I can confirm that the reservation has been
 * made", and a failure said as "I do not show that Dr. Lee has an opening";
 * each with negatives, clean and speech-recognition style. Calls invented for
 * these tests, scored with the shipped rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* The agent reads the order back in words the other read-backs lack. */
static void check_readbacks(void)
{
    kt_call("Customer: I want to see the symphony on Friday.\n"
            "Agent: So you want 2 tickets for the symphony on Friday at 8 pm?\n"
            "Customer: Yes.\nAgent: Enjoy the show.",
            true, 0, "'you want 2 tickets for ...?' then yes");
    kt_call("Customer: find me a hockey game in boston\n"
            "agent: okay just to make sure you want four seats for the bruins on saturday\n"
            "customer: yeah that's it\nagent: enjoy the game",
            true, 0, "asr: 'just to make sure you want four seats'");
    kt_call("Customer: Any concerts next week?\n"
            "Agent: Please tell me if this is right: you need tickets for 3 to the jazz night "
            "on Tuesday.\n"
            "Customer: Correct. Where is it?\nAgent: At the Blue Room.",
            true, 0, "'you need tickets for 3' then 'correct' with a question");
    kt_call("Customer: Any concerts next week?\n"
            "Agent: So you want 2 tickets for the jazz night on Tuesday?\n"
            "Customer: No, I was just looking. Thanks.",
            false, 0, "the read-back refused");
    kt_call("Customer: My card was charged twice.\n"
            "Agent: Just to make sure, you still have the card ending 4417?\n"
            "Customer: Yes.\nAgent: I've sent the refund.",
            false, 0, "'just to make sure' about a card, not a purchase");
}

/* The agent says the purchase was made, or that it could not be. */
static void check_notices(void)
{
    kt_call("Customer: I want three tickets for the Mets game on the 11th.\n"
            "Agent: Sure. What's your name?\nCustomer: Sam Lee. And what's the address?\n"
            "Agent: It's 41 Seaver Way, and I've purchased you the tickets.\n"
            "Customer: Thanks so much.",
            true, 0, "'I've purchased you the tickets'");
    kt_call("Customer: I want three tickets for the Mets game on the 11th.\n"
            "Agent: Sure. What's your name?\nCustomer: Sam Lee. And what's the address?\n"
            "Agent: It's 41 Seaver Way.\nCustomer: Thanks so much.",
            false, 0, "the same call without the notice: asked, never bought");
    kt_call("Customer: I need to rent a compact at the airport from Friday to Monday.\n"
            "Agent: There is a Corolla for $40 a day.\nCustomer: Fine. Where do I pick it up?\n"
            "Agent: Terminal B. Car's yours.\nCustomer: Awesome.",
            true, 0, "'car's yours'");
    kt_call("customer: i need to rent a compact at the airport from friday to monday\n"
            "agent: there's a corolla for forty a day\ncustomer: fine where do i pick it up\n"
            "agent: terminal b\ncustomer: awesome",
            false, 0, "asr: the same without 'car's yours'");
    kt_call("Customer: What should I pick, the blue or the red plan?\n"
            "Agent: Honestly, the choice is yours.\nCustomer: I'll think about it.",
            false, 0, "'the choice is yours' hands over nothing");
    kt_call("Customer: I want tickets for the Giants on the 6th, three of them.\n"
            "Agent: Three tickets for the Giants on March 6th. Anything else?\n"
            "Customer: Where does it happen?\n"
            "Agent: At Oracle Park. In the meantime I can confirm you that the reservation "
            "has been made.\nCustomer: Good to know.",
            true, 0, "'I can confirm you that the reservation has been made'");
    kt_call("Customer: I'd like to see the eye doctor on the 10th.\n"
            "Agent: I can book Dr. Hunt at 10:15 am on March 10th, correct?\n"
            "Customer: Yes that would be great.\n"
            "Agent: Sorry, I do not show that Dr. Hunt has an opening at 10:15 on March 10th. "
            "Is there anything else?\nCustomer: No, thank you.",
            false, 0, "'I do not show that Dr. Hunt has an opening' fails the booking");
    kt_call("Customer: I'd like to see the eye doctor on the 10th.\n"
            "Agent: I can book Dr. Hunt at 10:15 am on March 10th, correct?\n"
            "Customer: Yes that would be great.\n"
            "Agent: Sorry, I do not show that she has an opening at 10:15 on March 10th.\n"
            "Customer: Okay, thanks anyway.",
            false, 0, "'I do not show that she has an opening'");
    kt_call("customer: can i see the dentist on monday\n"
            "agent: i can book doctor shah at nine on monday is that okay\ncustomer: yes please\n"
            "agent: sorry i don't see that she has any openings on monday after all\n"
            "customer: oh okay never mind",
            false, 0, "asr: 'i don't see that she has any openings'");
    kt_call("Customer: I'd like to see the eye doctor on the 10th.\n"
            "Agent: I can book Dr. Hunt at 10:15 am on March 10th, correct?\n"
            "Customer: Yes that would be great.\n"
            "Agent: Done. Dr. Hunt will see you at 10:15.\nCustomer: Thanks.",
            true, 0, "'Dr.' does not end the sentence that books");
}

/* More of the same from a second sample: a price asked after confirming a
 * read-back, "are you happy for me to book", "all booked for you", "you got
 * the ticket", "completed your rental reservation", "let's sum this up",
 * and "unable to successfully make your reservation". */
static void check_more_booking_words(void)
{
    kt_call("Customer: I would like to make a hotel reservation.\n"
            "Agent: Please confirm your booking with the Victory House in London, check in next "
            "Tuesday, 1 room.\n"
            "Customer: Yes that is correct. What is the total cost of the stay?\n"
            "Agent: The total cost of your stay is $1,008.\nCustomer: Thanks.",
            true, 0, "'that is correct' to a read-back, then the price asked");
    kt_call("Customer: Do you have rooms at the Victory House next Tuesday?\n"
            "Agent: We do. Would you like to book one?\nCustomer: Yes, what is the total cost?\n"
            "Agent: It's $1,008 for the stay.\nCustomer: Oh, that's too much, I'll pass.",
            false, 0, "a yes with the price asked, then refused when heard");
    kt_call("Customer: We're going to the Allan Rayman show on March 3rd.\n"
            "Agent: Are you happy for me to book 3 tickets to Allan Rayman on March 3rd?\n"
            "Customer: Yes please, that would be great.\nAgent: All booked for you, have fun.\n"
            "Customer: Thank you very much.",
            true, 0, "'are you happy for me to book', 'all booked for you'");
    kt_call("customer: is there anything on at the arena saturday\n"
            "agent: the hawks play at seven are you happy for me to book you two seats\n"
            "customer: not yet i'll check with my brother first\nagent: no problem",
            false, 0, "asr: 'are you happy for me to book' put off");
    kt_call("Customer: I need a bus to Seattle on the 1st for two.\n"
            "Agent: Let's sum this up: 2 tickets for the 9:45 am bus from Portland to Seattle on "
            "March 1st.\nCustomer: Yep.\nAgent: You got the ticket.\nCustomer: Thanks.",
            true, 0, "'let's sum this up' read-back, 'you got the ticket'");
    kt_call("Customer: Can I rent a car at the airport on March 6th?\n"
            "Agent: A Honda Accord, pick up 9:30 am March 6th, return March 12th.\n"
            "Customer: Sounds right.\n"
            "Agent: Great! I have successfully completed your rental reservation.\n"
            "Customer: Thank you.",
            true, 0, "'I have successfully completed your rental reservation'");
    kt_call("Customer: A table for five at Artisan Bistro at noon, please.\n"
            "Agent: A reservation for 5 people at Artisan Bistro at 12 PM today. Is this accurate?\n"
            "Customer: Yes, you got it! Is liquor served there?\n"
            "Agent: I was unable to successfully make your reservation. Anything else?\n"
            "Customer: No, that's all.",
            false, 0, "'I was unable to successfully make your reservation' fails it");
}

/* Coffee orders as a Taskmaster-4 sample says them: "confirm what you see
 * here is correct", "verify that I typed the order correctly", "it is
 * totally correct", "it looks correct to me", "we'll have it at the coffee
 * bar", and "I don't see mocha on the menu" failing the order. */
static void check_coffee_words(void)
{
    kt_call("Customer: Hi. I would like a mocha with oat milk please.\n"
            "Agent: Sure. Just confirm what you see here is correct and I'll send the order over.\n"
            "Customer: Yes. That's right.\n"
            "Agent: OK, thanks. We'll have it at the coffee bar for you shortly.",
            true, 0, "'confirm what you see here is correct', 'we'll have it at the coffee bar'");
    kt_call("Customer: Yes, I need a macchiato with oat milk and the chocolate syrup.\n"
            "Agent: Can you verify that I typed the order correctly before I send it?\n"
            "Customer: Sure, it looks correct to me.\n"
            "Agent: Great, it will be ready in just a few minutes at the coffee bar.",
            true, 0, "'verify that I typed the order correctly', 'it looks correct to me'");
    kt_call("customer: let me get a latte with two percent milk\n"
            "agent: please confirm the order on the screen\ncustomer: it is totally correct\n"
            "agent: good it will be at the coffee bar shortly",
            true, 0, "asr: 'it is totally correct'");
    kt_call("Customer: I want a non-fat caramel cortado.\n"
            "Agent: Does this information look correct for your order?\n"
            "Customer: Yep, that's it.\nAgent: Thank you! Your beverage will be ready soon!",
            true, 0, "'does this information look correct', 'your beverage will be ready'");
    kt_call("Customer: May I get an oat latte?\n"
            "Agent: I need your confirmation if your order is correct prior to sending it out.\n"
            "Customer: yes\nAgent: OK. Your coffee will be out shortly.",
            true, 0, "'I need your confirmation if your order is correct'");
    kt_call("Customer: Please schedule a viewing of the apartment on March 9th.\n"
            "Agent: I understand you would like to book a viewing on March 9th at the Apricot "
            "Apartments.\nCustomer: That's right.\n"
            "Agent: No appointments were available. Do you need further assistance?\n"
            "Customer: Not at the moment, thanks.",
            false, 0, "'No appointments were available' fails the viewing");
    kt_call("Customer: I'll get a mocha, please.\n"
            "Agent: Sorry, I don't see mocha on the menu. Do you mean a cortado?\n"
            "Customer: No. What kinds of tea do you have?\n"
            "Agent: Black, herbal and oolong. Take a look at the menu.",
            false, 0, "'I don't see mocha on the menu' fails the order");
    kt_call("Customer: I need travel cover for a trip to Spain.\n"
            "Agent: For that trip our Basic plan is $80.\nCustomer: Okay, I'll take the Basic plan.\n"
            "Agent: Done. There's also a cancel-for-any-reason upgrade. It's normally $50, but I "
            "can do $40.\nCustomer: What does it add?\n"
            "Agent: It refunds most of the trip if you cancel for a reason not on the list.\n"
            "Customer: Okay, at $40, yes.\nAgent: Added.\nCustomer: Thanks.",
            true, 40, "'a reason not on the list' fails nothing");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_readbacks();
    check_notices();
    check_more_booking_words();
    check_coffee_words();
    kt_free();
    T_END();
}
