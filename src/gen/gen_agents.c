/* gen_agents.c - builds the agent roster: distinct names, per-agent skills. */
#include "gen_agents.h"

#include <stdlib.h>
#include <string.h>

#include "gen_names.h"

size_t ga_max(void)
{
    return gn_first_count() * gn_last_count();
}

/* A skill in [lo, hi], bunched toward the middle (mean of two uniforms). */
static double skill(grng *g, double lo, double hi)
{
    return lo + (hi - lo) * (grng_unit(g) + grng_unit(g)) / 2;
}

int ga_roster_make(ga_roster *r, size_t n, uint64_t seed, cz_err *e)
{
    memset(r, 0, sizeof *r);
    if (n == 0 || n > ga_max()) {
        cz_err_set(e, "number of agents must be between 1 and %zu, not %zu", ga_max(), n);
        return -1;
    }
    size_t nf = gn_first_count(), nl = gn_last_count();
    unsigned char *used = xcalloc(nf * nl, 1);
    unsigned char *first_used = xcalloc(nf, 1);
    grng g;
    grng_seed(&g, seed, 0xa6e175ULL);
    r->v = xcalloc(n, sizeof *r->v);
    r->weight = xcalloc(n, sizeof *r->weight);
    r->n = n;
    for (size_t i = 0; i < n; i++) {
        size_t f, l;
        do { /* prefer a first name nobody on the team has yet */
            f = grng_below(&g, (uint32_t)nf);
            l = grng_below(&g, (uint32_t)nl);
        } while (used[f * nl + l] || (i < nf && first_used[f]));
        used[f * nl + l] = 1;
        first_used[f] = 1;
        size_t len = strlen(gn_first(f)) + 1 + strlen(gn_last(l)) + 1;
        char *name = xmalloc(len);
        strcpy(name, gn_first(f));
        strcat(name, " ");
        strcat(name, gn_last(l));
        ga_agent *a = &r->v[i];
        a->name = name;
        a->first = gn_first(f);
        a->close = skill(&g, 0.15, 0.95);
        a->upsell = skill(&g, 0.05, 0.9);
        a->warmth = skill(&g, 0.2, 0.9);
        r->weight[i] = 0.6 + 0.8 * grng_unit(&g);
    }
    free(used);
    free(first_used);
    return 0;
}

const char *ga_team(const ga_roster *r, const ga_agent *a, unsigned nteams)
{
    static const char *const TEAMS[] = {"North", "South", "East", "West"};
    size_t i = (size_t)(a - r->v);
    return TEAMS[i % (nteams >= 1 && nteams <= 4 ? nteams : 1)];
}

const ga_agent *ga_pick(const ga_roster *r, grng *g)
{
    return &r->v[grng_weighted(g, r->weight, r->n)];
}

void ga_roster_free(ga_roster *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++)
        free(r->v[i].name);
    free(r->v);
    free(r->weight);
    memset(r, 0, sizeof *r);
}
