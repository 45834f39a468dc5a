/* gen_agents.h - the roster of call-centre agents for one run. Names and skills
 * come from the run seed only, so every batch of a trickle sees the same team,
 * and agents' conversion and upsell rates genuinely differ. */
#ifndef CZ_GEN_AGENTS_H
#define CZ_GEN_AGENTS_H

#include <stddef.h>
#include <stdint.h>

#include "gen_rng.h"
#include "util.h"

typedef struct {
    char *name;         /* "Maria Lopez" (owned) */
    const char *first;  /* "Maria" (static) */
    double close;       /* 0..1: how often their sales and bookings close */
    double upsell;      /* 0..1: how often they offer and land add-ons */
    double warmth;      /* 0..1: how often unhappy callers end up happier */
} ga_agent;

typedef struct {
    ga_agent *v;
    double *weight;     /* relative call volume per agent */
    size_t n;
} ga_roster;

/* Most agents a roster can hold (distinct first+last names). */
size_t ga_max(void);

/* Fills r with n distinct agents derived from seed. Returns 0, or -1 with e
 * set when n is 0 or above ga_max(). Free with ga_roster_free. */
int ga_roster_make(ga_roster *r, size_t n, uint64_t seed, cz_err *e);

/* The team of agent a (of r) when the agents are split into nteams teams
 * (1-4, named North, South, East, West), by its place in the roster. */
const char *ga_team(const ga_roster *r, const ga_agent *a, unsigned nteams);

/* Picks an agent for one call, weighted by volume. */
const ga_agent *ga_pick(const ga_roster *r, grng *g);

void ga_roster_free(ga_roster *r);

#endif
