/* talk.h - conversation metrics from timed turns: how long the call was, who
 * talked how much, silence, the agent's longest monologue, interruptions and
 * the customer's questions. Pure: no I/O, no allocation visible to callers.
 *
 * Definitions (all times in ms; a turn's interval is [start_ms, end_ms)):
 *   timeline     [0, max(call_ms, last end)] when the source states the call
 *                length call_ms (>= 0), else [first start, last end];
 *                duration_ms is its length.
 *   partition    every instant of the timeline is exactly one of: agent only,
 *                customer only, both (overlap_ms), other (only SPK_UNKNOWN
 *                speech) or silence (nobody). Overlapping speech counts once.
 *   talk time    agent_ms = agent only + half the overlap, customer_ms =
 *                customer only + the other half, so that
 *                agent_ms + customer_ms + other_ms + silence_ms = duration_ms.
 *   shares       the same four as basis points (1/100 %) of the duration by
 *                largest remainder, summing to exactly 10000: agent, customer
 *                and silence shares never add up to more than 100 %.
 *   monologue    a run of agent turns (in start order) where each next agent
 *                turn starts less than TALK_MONOLOGUE_GAP_MS after the run's
 *                end so far, and no customer turn starts after the run's start
 *                and at or before that next agent turn's start (customer
 *                speech, even a short "mm-hmm" over the agent, ends the run).
 *                Its length is wall time from the first start to the last end,
 *                short pauses included. longest_monologue_ms is the longest
 *                run (0 if the agent never spoke).
 *   interruption a turn of the agent or customer that starts strictly inside
 *                (start < s < end) a turn of the other one; counted once per
 *                interrupting turn, attributed to the interrupter.
 *   question     a customer turn with '?', or, when the turn has no . ! ? at
 *                all (speech recognition text), whose first word after up to
 *                three fillers ("um", "okay", "yes", "so"...) is a question
 *                word (what, how, can, is, do, ...; see talk.c). Counted per
 *                turn. Needs no times.
 *
 * Unknown times: if any turn lacks start_ms/end_ms (-1), has end < start or
 * an end past 10^14 ms (a stated call_ms past that is ignored), or the
 * duration would be 0, times_known is false and every
 * time-based field is -1 (never 0). customer_questions is always computed. */
#ifndef CZ_TALK_H
#define CZ_TALK_H

#include <stdbool.h>
#include <stdint.h>
#include "turns.h"

#define TALK_MONOLOGUE_GAP_MS 1000

typedef struct {
    bool times_known;
    int64_t duration_ms;
    int64_t agent_ms, customer_ms, other_ms, silence_ms, overlap_ms;
    int agent_bp, customer_bp, other_bp, silence_bp; /* basis points, sum 10000 */
    int64_t longest_monologue_ms;
    int interruptions;                               /* agent + customer */
    int agent_interruptions, customer_interruptions; /* by who interrupted */
    int customer_questions;                          /* always known */
} talk_metrics;

/* Computes the metrics of t. call_ms is the call length the source states,
 * or -1. Turns need not be sorted. Never fails. */
void talk_compute(const turns_t *t, int64_t call_ms, talk_metrics *out);
/* talk_compute without reading the customers' words: customer_questions is
 * 0, every other field as talk_compute sets it. For a caller that shows no
 * question count (analyze on a seed source). */
void talk_compute_times(const turns_t *t, int64_t call_ms, talk_metrics *out);

/* Is this (customer) text a question by the rule above? */
bool talk_is_question(const char *text);

/* Basis points as a percentage (1234 -> 12.34). */
static inline double talk_pct(int bp)
{
    return bp / 100.0;
}

#endif
