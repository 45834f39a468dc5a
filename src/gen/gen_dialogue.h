/* gen_dialogue.h - writes one realistic call (sales, support, cancellation or
 * booking) and its ground-truth labels per the KPI spec. */
#ifndef CZ_GEN_DIALOGUE_H
#define CZ_GEN_DIALOGUE_H

#include "gen_agents.h"
#include "gen_call.h"
#include "gen_rng.h"

/* Fills c (already gc_reset with r) with a transcript spoken by agent, its
 * style, is_conversion, upsell amount, sentiment and a note. */
void gd_generate(gc_call *c, grng *r, const ga_agent *agent);

#endif
