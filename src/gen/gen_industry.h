/* gen_industry.h - the businesses calls are made to: company names, what they
 * sell, the add-ons they offer, bookable services, typical problems and what a
 * cancellation call is about. Pure read-only data plus a price picker. */
#ifndef CZ_GEN_INDUSTRY_H
#define CZ_GEN_INDUSTRY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gen_num.h"
#include "gen_rng.h"

/* Something with a price. Names carry their own article where English needs
 * one ("a wall mount", "device protection"); main products are bare and used
 * after "the". Prices are in cents; lo == hi == 0 means free. */
typedef struct {
    const char *name;
    int64_t lo, hi;
    gnum_period per;
} gi_item;

/* A support problem. problem is the customer's clause ("my bill doubled this
 * month"), cause and fix the agent's ("the meter read was estimated", "corrected
 * the read"), nofix what the agent says when it cannot be solved on the call. */
typedef struct {
    const char *problem;
    const char *cause;
    const char *fix;
    const char *nofix;
} gi_issue;

#define GI_LIST(type, name) \
    const type *name;       \
    size_t n_##name

typedef struct {
    const char *key;          /* short name for notes: "telecom" */
    GI_LIST(char *const, companies);
    GI_LIST(gi_item, products);  /* main purchases on sales calls */
    GI_LIST(gi_item, addons);    /* upsells on top of a main purchase */
    GI_LIST(gi_item, services);  /* bookable appointments */
    GI_LIST(gi_issue, issues);
    GI_LIST(char *const, cancel_reasons); /* neutral clause: "I found a cheaper plan" */
    GI_LIST(char *const, cancel_gripes);  /* unhappy clause: "the signal has been terrible" */
    const char *subscription; /* what is cancelled: "my plan", "our subscription" */
    gi_item downgrade;        /* cheaper tier offered to save a cancellation */
    const char *account;      /* "account number", "policy number" */
    bool recurring;           /* what is cancelled is billed regularly (not a one-off order) */
} gi_industry;

/* Number of industries and the i-th one (i < gi_count()). */
size_t gi_count(void);
const gi_industry *gi_get(size_t i);

/* A realistic price for item: whole dollars or .99/.95/.50 endings, rounded
 * to tens above $300. Returns cents; 0 for a free item. */
int64_t gi_price(const gi_item *item, grng *r);

#endif
