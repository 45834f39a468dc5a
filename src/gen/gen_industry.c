/* gen_industry.c - read-only tables of industries, companies, products,
 * add-ons, services and support problems used to fill in dialogue. */
#include "gen_industry.h"

#define D(x) ((int64_t)(x) * 100) /* dollars to cents */
#define LIST(a) a, sizeof a / sizeof a[0]

/* ---- telecom ---------------------------------------------------------- */
static const char *const tel_co[] = {"Brightline Wireless", "Northpeak Mobile", "Cascade Fiber",
                                     "Lumen Ridge Broadband", "Skyway Telecom"};
static const gi_item tel_prod[] = {
    {"Unlimited Plus plan", D(55), D(75), GNUM_MONTH},
    {"gigabit fiber plan", D(60), D(80), GNUM_MONTH},
    {"family plan with four lines", D(120), D(160), GNUM_MONTH},
    {"Internet Essentials plan", D(40), D(55), GNUM_MONTH},
    {"prepaid starter plan", D(25), D(35), GNUM_MONTH},
};
static const gi_item tel_add[] = {
    {"device protection", D(9), D(15), GNUM_MONTH},
    {"the international calling pack", D(5), D(15), GNUM_MONTH},
    {"a mesh Wi-Fi extender", D(6), D(10), GNUM_MONTH},
    {"the streaming TV bundle", D(15), D(50), GNUM_MONTH},
    {"a mobile hotspot add-on", D(10), D(20), GNUM_MONTH},
    {"a static IP address", D(5), D(15), GNUM_MONTH},
};
static const gi_item tel_svc[] = {
    {"a technician visit to install the fiber", 0, 0, GNUM_ONCE},
    {"a professional setup appointment", D(49), D(99), GNUM_ONCE},
    {"an in-store appointment to transfer your data", 0, 0, GNUM_ONCE},
};
static const gi_issue tel_iss[] = {
    {"my internet keeps dropping out every evening", "a card at your local node has been failing",
     "moved your line to a new port and pushed a fresh config to your modem",
     "a technician has to replace the line outside and the earliest slot is next week"},
    {"I got charged for roaming even though I never left the country",
     "your phone latched onto a cross-border tower near the lake",
     "reversed the roaming charges and turned on the border alert",
     "the roaming dispute has to go through our billing review team, which takes up to ten days"},
    {"my bill is way higher than what I was quoted", "the promotional discount dropped off after the first cycle",
     "reapplied the promotion for the rest of the contract",
     "the promotion expired and I'm not able to put it back on"},
    {"my new phone won't activate", "the SIM was never paired to the new device",
     "paired the SIM and sent a refresh signal", "the SIM is defective and we have to mail you a new one"},
};
static const char *const tel_cancel[] = {
    "I found a cheaper plan with another carrier", "we're moving somewhere you don't have coverage",
    "I just can't afford the bill anymore",
};
static const char *const tel_gripe[] = {
    "the signal at my house has been terrible for months", "you keep raising the price and I'm sick of it",
};

/* ---- software --------------------------------------------------------- */
static const char *const sw_co[] = {"Taskgrid", "LedgerNest", "Cloudpact", "Pipeline HQ", "Formwise"};
static const gi_item sw_prod[] = {
    {"Team plan for ten users", D(250), D(400), GNUM_YEAR},
    {"Pro plan", D(15), D(30), GNUM_MONTH},
    {"Business tier for twenty-five users", D(3600), D(5200), GNUM_YEAR},
    {"Starter plan", D(8), D(12), GNUM_MONTH},
};
static const gi_item sw_add[] = {
    {"priority support", D(40), D(60), GNUM_YEAR},
    {"the advanced analytics module", D(900), D(1400), GNUM_YEAR},
    {"extra cloud storage", D(5), D(12), GNUM_MONTH},
    {"single sign-on", D(200), D(300), GNUM_YEAR},
    {"a live onboarding workshop", D(400), D(1200), GNUM_ONCE},
    {"the automation add-on", D(10), D(25), GNUM_MONTH},
};
static const gi_item sw_svc[] = {
    {"a product demo with our solutions team", 0, 0, GNUM_ONCE},
    {"a data migration session", D(150), D(300), GNUM_ONCE},
    {"a training call for your team", 0, 0, GNUM_ONCE},
};
static const gi_issue sw_iss[] = {
    {"our project exports are coming out with missing attachments",
     "the export job times out on files over a certain size", "rerun the export in smaller batches from our side",
     "engineering has to patch the export service and there's no date for that yet"},
    {"half my team can't log in since yesterday", "your workspace got flagged by the password policy update",
     "cleared the flag and sent fresh login links to everyone",
     "the login problem is on our identity provider's side and I can't fix it from here"},
    {"the calendar sync stopped working on my phone", "the sync token expired after the last app update",
     "reset the sync token so it will pick up again in a few minutes",
     "it's a known bug in the current app version and the fix isn't out yet"},
    {"we were billed for users we removed last month", "the seat count only updates at renewal",
     "corrected the seat count and refunded the difference",
     "billing can only adjust seats at renewal, so I can't refund that today"},
};
static const char *const sw_cancel[] = {
    "we're moving everything over to a different tool", "we only use it a couple times a month",
    "our budget got cut this quarter",
};
static const char *const sw_gripe[] = {
    "the last update broke half our workflows", "support takes a week to answer anything",
};

/* ---- auto service ----------------------------------------------------- */
static const char *const auto_co[] = {"Precision Auto Works", "Milestone Car Care", "Redline Service Center",
                                      "Hometown Tire and Brake", "Cornerstone Motors Service"};
static const gi_item auto_prod[] = {
    {"prepaid maintenance plan", D(399), D(699), GNUM_ONCE},
    {"set of all-season tires", D(480), D(900), GNUM_ONCE},
    {"extended service contract", D(1200), D(2400), GNUM_ONCE},
    {"brake pad replacement", D(189), D(320), GNUM_ONCE},
};
static const gi_item auto_add[] = {
    {"a tire rotation", D(20), D(40), GNUM_ONCE},
    {"a cabin air filter", D(30), D(45), GNUM_ONCE},
    {"a set of wiper blades", D(25), D(40), GNUM_ONCE},
    {"a wheel alignment", D(80), D(120), GNUM_ONCE},
    {"a fuel system cleaning", D(50), D(90), GNUM_ONCE},
    {"a loaner car for the day", D(30), D(50), GNUM_ONCE},
};
static const gi_item auto_svc[] = {
    {"a full synthetic oil change", D(60), D(90), GNUM_ONCE},
    {"a brake inspection", 0, 0, GNUM_ONCE},
    {"the thirty-thousand-mile service", D(300), D(450), GNUM_ONCE},
    {"a check engine light diagnostic", D(90), D(150), GNUM_ONCE},
    {"a recall repair appointment", 0, 0, GNUM_ONCE},
};
static const gi_issue auto_iss[] = {
    {"the check engine light came back on two days after you fixed it",
     "the code is for the same oxygen sensor and the part may have been faulty",
     "set you up so the part swap is covered under warranty",
     "the shop is booked solid and nobody can look at it until next week"},
    {"my car is making a grinding noise since the brake job", "the shim on the front left pad may have shifted",
     "flagged it so the technician redoes it at no charge",
     "our brake technician is out and I can't promise when he's back"},
    {"I was charged for a cabin filter I never asked for", "it was added to the work order by mistake",
     "refunded the filter charge to your card", "I have to get the service manager to approve any refund"},
    {"my car has been at your shop for four days", "the part got delayed at the distributor",
     "confirmed the part arrives tomorrow morning and put you first in line",
     "the distributor still doesn't have a delivery date for the part"},
};
static const char *const auto_cancel[] = {
    "I sold the car", "the dealership closer to my work does it cheaper",
    "I barely drive anymore since I started working from home",
};
static const char *const auto_gripe[] = {
    "the last two services were done wrong", "you overcharged me last time",
};

/* ---- insurance -------------------------------------------------------- */
static const char *const ins_co[] = {"Harborline Insurance", "Keystone Mutual", "Bluepeak Assurance",
                                     "Evergreen Home and Auto", "Summit Shield Insurance"};
static const gi_item ins_prod[] = {
    {"renters policy", D(12), D(25), GNUM_MONTH},
    {"auto policy", D(110), D(190), GNUM_MONTH},
    {"homeowners policy", D(1400), D(2400), GNUM_YEAR},
    {"term life policy", D(25), D(60), GNUM_MONTH},
};
static const gi_item ins_add[] = {
    {"roadside assistance", D(4), D(9), GNUM_MONTH},
    {"identity theft protection", D(80), D(130), GNUM_YEAR},
    {"a jewelry rider", D(5), D(12), GNUM_MONTH},
    {"rental car coverage", D(3), D(8), GNUM_MONTH},
    {"water backup coverage", D(40), D(90), GNUM_YEAR},
    {"an umbrella policy", D(150), D(300), GNUM_YEAR},
};
static const gi_item ins_svc[] = {
    {"a home inspection for the new policy", 0, 0, GNUM_ONCE},
    {"a policy review with one of our agents", 0, 0, GNUM_ONCE},
    {"a damage appraisal appointment", 0, 0, GNUM_ONCE},
};
static const gi_issue ins_iss[] = {
    {"my claim has been open for three weeks",
     "the adjuster's report was waiting on one photo from the repair shop",
     "got the photo from the shop and pushed the claim to approval",
     "the claim is still in review and I can't speed that up"},
    {"my premium went up at renewal and I'd like to understand why", "the rate went up after the regional rate filing",
     "found a multi-policy discount you weren't getting and applied it",
     "the new rate is from the state filing and I'm not able to lower it"},
    {"you charged my card twice this month", "the autopay ran on both the old and new card",
     "refunded the duplicate payment", "the duplicate will only come back after the payment clears, in about a week"},
    {"I need proof of insurance for my new car today", "the new car wasn't added to the policy yet",
     "added the car and emailed you the ID cards", "the underwriter has to approve the new vehicle first"},
};
static const char *const ins_cancel[] = {
    "I got a better quote somewhere else", "I'm moving in with my partner and we're combining policies",
    "I sold the house",
};
static const char *const ins_gripe[] = {
    "the rate went up again at renewal and nobody explained why", "my last claim was handled terribly",
};

/* ---- utilities -------------------------------------------------------- */
static const char *const util_co[] = {"Clearwater Energy", "Riverbend Power and Light", "Granite Gas and Electric",
                                      "Suncrest Utilities", "Metro Water Services"};
static const gi_item util_prod[] = {
    {"twelve-month fixed-rate plan", D(90), D(140), GNUM_MONTH},
    {"green energy plan", D(100), D(160), GNUM_MONTH},
    {"budget billing plan", D(80), D(130), GNUM_MONTH},
    {"rooftop solar lease", D(90), D(150), GNUM_MONTH},
};
static const gi_item util_add[] = {
    {"whole-home surge protection", D(5), D(10), GNUM_MONTH},
    {"a smart thermostat", D(4), D(8), GNUM_MONTH},
    {"water line repair coverage", D(6), D(12), GNUM_MONTH},
    {"the furnace maintenance plan", D(9), D(18), GNUM_MONTH},
    {"a home energy audit", D(75), D(150), GNUM_ONCE},
};
static const gi_item util_svc[] = {
    {"a meter inspection", 0, 0, GNUM_ONCE},
    {"a service start appointment", 0, 0, GNUM_ONCE},
    {"a furnace tune-up visit", D(89), D(149), GNUM_ONCE},
};
static const gi_issue util_iss[] = {
    {"my bill this month is almost four times what it usually is",
     "the meter read was estimated and entered with an extra digit", "corrected the read and removed the late fee",
     "the read has to be verified by a field technician before I can change it"},
    {"the power has been out on my street since this morning", "a transformer failed after the storm",
     "confirmed a crew is on site and power should be back within the hour",
     "crews are still assessing the damage and there's no restoration time yet"},
    {"my autopay didn't go through and now there's a late fee", "the bank rejected the payment because of the new routing number",
     "updated the routing number and waived the late fee", "late fees can only be waived once a year and you've had that already"},
    {"the water pressure in my building has been really low", "crews are flushing the hydrants in your area",
     "confirmed the flushing ends tonight and pressure will be back by morning",
     "we need to send someone to test the line and the next opening is Friday"},
};
static const char *const util_cancel[] = {
    "I'm moving out of state at the end of the month", "another supplier offered me a lower rate",
};
static const char *const util_gripe[] = {
    "the new rate is way more than I signed up for", "the outages have been nonstop this year",
};

/* ---- retail ----------------------------------------------------------- */
static const char *const ret_co[] = {"HomeCraft Appliances", "Northgate Electronics", "Maple and Pine Furniture",
                                     "Brightwater Home Store", "Kitchen Depot Direct"};
static const gi_item ret_prod[] = {
    {"stainless steel dishwasher", D(650), D(1100), GNUM_ONCE},
    {"washer and dryer pair", D(1500), D(2200), GNUM_ONCE},
    {"sixty-five-inch TV", D(800), D(1400), GNUM_ONCE},
    {"sectional sofa", D(1800), D(3200), GNUM_ONCE},
    {"French door refrigerator", D(1900), D(2800), GNUM_ONCE},
};
static const gi_item ret_add[] = {
    {"the three-year protection plan", D(150), D(250), GNUM_ONCE},
    {"professional installation", D(99), D(179), GNUM_ONCE},
    {"haul-away of the old one", D(25), D(45), GNUM_ONCE},
    {"express delivery", D(15), D(40), GNUM_ONCE},
    {"a wall mount", D(60), D(110), GNUM_ONCE},
    {"fabric protection", D(80), D(150), GNUM_ONCE},
};
static const gi_item ret_svc[] = {
    {"a showroom appointment with a kitchen designer", 0, 0, GNUM_ONCE},
    {"an in-home design consultation", 0, 0, GNUM_ONCE},
    {"a repair visit", D(79), D(129), GNUM_ONCE},
};
static const gi_issue ret_iss[] = {
    {"my delivery was supposed to come yesterday and nobody showed up",
     "the truck route was cut short because of a breakdown", "put you first on tomorrow's morning route",
     "the warehouse doesn't have a new delivery date yet"},
    {"the dryer arrived with a big dent in the side", "it was damaged in the warehouse before it shipped",
     "arranged a replacement unit with free delivery", "damage claims have to go through the carrier and that takes a couple of weeks"},
    {"I was charged twice for the same order", "the payment was retried after a timeout",
     "voided the second charge", "the duplicate has to be disputed through your bank"},
    {"the TV I bought has a line of dead pixels", "it's a panel defect covered by the manufacturer",
     "set up an exchange at the store", "the manufacturer has to inspect it before we can exchange it"},
};
static const char *const ret_cancel[] = {
    "I found the same model cheaper somewhere else", "we changed our minds about remodeling this year",
};
static const char *const ret_gripe[] = {
    "the delivery date keeps slipping", "your store gave me the runaround for weeks",
};

/* ---- travel ----------------------------------------------------------- */
static const char *const trv_co[] = {"Bluewave Travel", "Horizon Getaways", "Coastline Hotels",
                                     "Summit Air", "Wanderway Tours"};
static const gi_item trv_prod[] = {
    {"three-night beach package", D(900), D(1600), GNUM_ONCE},
    {"round-trip flights for two", D(600), D(1400), GNUM_ONCE},
    {"weekend wine country tour", D(450), D(900), GNUM_ONCE},
    {"seven-night cruise package", D(2400), D(4200), GNUM_ONCE},
    {"travel club membership", D(90), D(200), GNUM_YEAR},
};
static const gi_item trv_add[] = {
    {"trip protection", D(29), D(120), GNUM_ONCE},
    {"an airport transfer", D(35), D(80), GNUM_ONCE},
    {"a suite upgrade", D(300), D(1400), GNUM_ONCE},
    {"a checked bag", D(30), D(40), GNUM_ONCE},
    {"the breakfast package", D(40), D(120), GNUM_ONCE},
    {"priority boarding", D(15), D(30), GNUM_ONCE},
};
static const gi_item trv_svc[] = {
    {"a guided city walking tour", D(35), D(90), GNUM_ONCE},
    {"a seat on the harbor cruise", D(60), D(140), GNUM_ONCE},
    {"a table for the chef's dinner", D(90), D(200), GNUM_ONCE},
};
static const gi_issue trv_iss[] = {
    {"my flight got cancelled and the app just says to call", "the crew for that flight timed out",
     "rebooked you on the first flight tomorrow morning with a hotel voucher",
     "every flight today is full and the earliest I can get you out is in two days"},
    {"my refund for the cancelled tour never came", "the refund was sent to an expired card",
     "reissued the refund to your current card", "refunds are handled by the tour operator and I can't push it through"},
    {"the hotel gave our room away even though we'd confirmed", "the booking didn't sync to the hotel's system",
     "secured you a room at the partner hotel across the street at the same rate",
     "the hotel is fully booked tonight and I can't find anything nearby"},
    {"I need to change the name on my ticket", "the name doesn't match the passport",
     "corrected the spelling at no charge", "name changes aren't allowed on this fare"},
};
static const char *const trv_cancel[] = {
    "we don't travel nearly as much as we thought we would", "my work schedule changed and I can't get away",
    "I found a better deal through a different site",
};
static const char *const trv_gripe[] = {
    "the club perks turned out to be worthless", "every booking through you has had a problem",
};

/* ---- fitness ---------------------------------------------------------- */
static const char *const fit_co[] = {"Ironworks Fitness", "Peak Motion Gym", "Riverside Athletic Club",
                                     "CoreLine Studios", "Elevate Health Club"};
static const gi_item fit_prod[] = {
    {"monthly membership", D(30), D(60), GNUM_MONTH},
    {"annual membership", D(350), D(600), GNUM_YEAR},
    {"family membership", D(80), D(130), GNUM_MONTH},
    {"student membership", D(18), D(25), GNUM_MONTH},
};
static const gi_item fit_add[] = {
    {"a personal training package", D(100), D(250), GNUM_ONCE},
    {"towel service", D(5), D(10), GNUM_MONTH},
    {"a locker", D(8), D(15), GNUM_MONTH},
    {"the group class pass", D(20), D(50), GNUM_MONTH},
    {"the recovery lounge", D(15), D(30), GNUM_MONTH},
};
static const gi_item fit_svc[] = {
    {"a free fitness assessment", 0, 0, GNUM_ONCE},
    {"a tour of the club", 0, 0, GNUM_ONCE},
    {"a session with a trainer", D(40), D(80), GNUM_ONCE},
};
static const gi_issue fit_iss[] = {
    {"I was charged after I froze my membership", "the freeze didn't go through before the billing date",
     "applied the freeze and refunded the charge", "the freeze started a day late, so that charge stands"},
    {"my key card stopped working at the front desk", "the card was deactivated when your payment method changed",
     "reactivated the card", "the card reader needs a new card, and you'll have to pick it up in person"},
    {"the pool has been closed for two weeks", "the heater broke and the part took a while",
     "confirmed the pool reopens Monday and added a week to your membership",
     "the repair is still waiting on the contractor"},
};
static const char *const fit_cancel[] = {
    "I'm moving across town", "I don't have the time to come in anymore",
    "money's tight right now", "I got injured and can't work out for a while",
};
static const char *const fit_gripe[] = {
    "the equipment is always broken", "the place is never clean anymore",
};

static const gi_industry industries[] = {
    {"telecom", LIST(tel_co), LIST(tel_prod), LIST(tel_add), LIST(tel_svc), LIST(tel_iss), LIST(tel_cancel), LIST(tel_gripe),
     "my plan", {"Basic plan", D(30), D(40), GNUM_MONTH}, "account number", true},
    {"software", LIST(sw_co), LIST(sw_prod), LIST(sw_add), LIST(sw_svc), LIST(sw_iss), LIST(sw_cancel), LIST(sw_gripe),
     "our subscription", {"Essentials tier", D(6), D(10), GNUM_MONTH}, "workspace name", true},
    {"auto service", LIST(auto_co), LIST(auto_prod), LIST(auto_add), LIST(auto_svc), LIST(auto_iss),
     LIST(auto_cancel), LIST(auto_gripe), "my maintenance plan", {"oil-change-only plan", D(15), D(25), GNUM_MONTH},
     "phone number on the account", true},
    {"insurance", LIST(ins_co), LIST(ins_prod), LIST(ins_add), LIST(ins_svc), LIST(ins_iss), LIST(ins_cancel), LIST(ins_gripe),
     "my policy", {"basic liability policy", D(60), D(90), GNUM_MONTH}, "policy number", true},
    {"utilities", LIST(util_co), LIST(util_prod), LIST(util_add), LIST(util_svc), LIST(util_iss),
     LIST(util_cancel), LIST(util_gripe), "my service", {"standard variable plan", D(70), D(110), GNUM_MONTH}, "account number", true},
    {"retail", LIST(ret_co), LIST(ret_prod), LIST(ret_add), LIST(ret_svc), LIST(ret_iss), LIST(ret_cancel), LIST(ret_gripe),
     "my order", {"floor model", D(500), D(900), GNUM_ONCE}, "order number", false},
    {"travel", LIST(trv_co), LIST(trv_prod), LIST(trv_add), LIST(trv_svc), LIST(trv_iss), LIST(trv_cancel), LIST(trv_gripe),
     "my travel club membership", {"basic club tier", D(40), D(70), GNUM_YEAR}, "confirmation code", true},
    {"fitness", LIST(fit_co), LIST(fit_prod), LIST(fit_add), LIST(fit_svc), LIST(fit_iss), LIST(fit_cancel), LIST(fit_gripe),
     "my membership", {"off-peak membership", D(15), D(25), GNUM_MONTH}, "member number", true},
};

size_t gi_count(void)
{
    return sizeof industries / sizeof industries[0];
}

const gi_industry *gi_get(size_t i)
{
    return &industries[i % gi_count()];
}

int64_t gi_price(const gi_item *item, grng *r)
{
    if (item->hi <= 0)
        return 0;
    int64_t lo = item->lo / 100, hi = item->hi / 100;
    int64_t d = grng_range(r, lo, hi);
    if (d >= 300)
        d = d / 10 * 10;
    else if (d >= 40 && grng_chance(r, 0.5))
        d = d / 5 * 5;
    static const int endings[] = {0, 0, 0, 0, 0, 99, 99, 99, 95, 50, 49};
    int cents = endings[grng_below(r, sizeof endings / sizeof endings[0])];
    if (d >= 300 && cents != 99)
        cents = 0;
    if (cents && d > 0) { /* $49.99 rather than $50.99 */
        if (cents == 99 || cents == 95 || cents == 49)
            d -= 1;
        if (d < 1)
            d = 1;
    }
    return d * 100 + cents;
}
