/* counters.h - the KPI counters, defined once. Every layer that stores or
 * carries them is generated from KPI_COUNTERS below: a call's contribution
 * (prepare.c), the aggregate deltas (agg.c), the counter columns of
 * agent_daily_metrics and agent_totals and the SQL that reads and writes them
 * (pg_load.c, pg_snapshot.c), the payload codec (snapshot*.c) and report.
 * Adding a counter is one line here plus the migration adding its column to
 * every aggregate table (agent_daily_metrics, agent_totals,
 * agent_hourly_metrics, team_daily_metrics). Derived numbers (rates, averages) are not counters:
 * they are computed from these on demand (snapshot.h). Pure, no state. */
#ifndef CZ_COUNTERS_H
#define CZ_COUNTERS_H

#include <stddef.h>
#include <stdint.h>

/* X(field, column, group, key, kind, need, gold, call), one line per counter:
 *  field   its member of kpi_counts (an int64_t)
 *  column  its column in agent_daily_metrics and agent_totals
 *  group   the payload object holding it (KG_*) and key its name there
 *  kind    KC_COUNT an integer; KC_MONEY cents, numeric(,2) in SQL, dollars in
 *          the payload; KC_SCORE 1/10000 units, numeric(,4) in SQL, the
 *          payload carries its average per call (4 decimals) instead of the sum
 *  need    KC_REQ: a payload object of its group without it is refused;
 *          KC_OPT: absent or null reads as 0 (a counter added after schema 1
 *          is KC_OPT, so dashboards still read older workers' payloads)
 *  gold    SQL over one gold_performance_metrics row: the call's contribution
 *  call    C over `const prepared_call *p`: the same contribution, as the
 *          worker computes it before loading (prepared_counts)
 * The order is the payload's order within each group. */
#define KC_TIMED(v) (p->talk.times_known ? (int64_t)(v) : 0)
#define KPI_COUNTERS(X)                                                                          \
    X(calls, "calls", KG_TOP, "calls", KC_COUNT, KC_REQ, "1", 1)                                 \
    X(conversions, "conversions", KG_TOP, "conversions", KC_COUNT, KC_REQ, "is_conversion::int", \
      p->kpi.is_conversion)                                                                      \
    X(upsell_cents, "upsell_revenue", KG_TOP, "upsell_revenue", KC_MONEY, KC_REQ,                \
      "upsell_amount", p->kpi.upsell_cents)                                                      \
    X(positive, "positive", KG_SENTIMENT, "positive", KC_COUNT, KC_REQ,                          \
      "(sentiment_label = 'positive')::int", p->kpi.sentiment > 0)                               \
    X(neutral, "neutral", KG_SENTIMENT, "neutral", KC_COUNT, KC_REQ,                             \
      "(sentiment_label = 'neutral')::int", p->kpi.sentiment == 0)                               \
    X(negative, "negative", KG_SENTIMENT, "negative", KC_COUNT, KC_REQ,                          \
      "(sentiment_label = 'negative')::int", p->kpi.sentiment < 0)                               \
    X(sentiment_e4, "sentiment_sum", KG_TOP, "avg_sentiment", KC_SCORE, KC_REQ,                  \
      "sentiment_score", kc_score_e4(p->kpi.sentiment_score))                                    \
    /* conversation metrics, over the calls whose source has times */                            \
    X(timed_calls, "timed_calls", KG_TALK, "timed_calls", KC_COUNT, KC_REQ,                      \
      "(duration_ms IS NOT NULL)::int", KC_TIMED(1))                                             \
    X(duration_ms_sum, "duration_ms_sum", KG_TALK, "duration_ms_sum", KC_COUNT, KC_REQ,          \
      "coalesce(duration_ms, 0)", KC_TIMED(p->talk.duration_ms))                                 \
    X(agent_talk_bp_sum, "agent_talk_bp_sum", KG_TALK, "agent_talk_bp_sum", KC_COUNT, KC_REQ,    \
      "coalesce(agent_talk_pct * 100, 0)::bigint", KC_TIMED(p->talk.agent_bp))                   \
    X(customer_talk_bp_sum, "customer_talk_bp_sum", KG_TALK, "customer_talk_bp_sum", KC_COUNT,   \
      KC_REQ, "coalesce(customer_talk_pct * 100, 0)::bigint", KC_TIMED(p->talk.customer_bp))     \
    X(silence_bp_sum, "silence_bp_sum", KG_TALK, "silence_bp_sum", KC_COUNT, KC_REQ,             \
      "coalesce(silence_pct * 100, 0)::bigint", KC_TIMED(p->talk.silence_bp))                    \
    X(monologue_ms_sum, "monologue_ms_sum", KG_TALK, "monologue_ms_sum", KC_COUNT, KC_REQ,       \
      "coalesce(longest_monologue_ms, 0)", KC_TIMED(p->talk.longest_monologue_ms))               \
    X(interruptions_sum, "interruptions_sum", KG_TALK, "interruptions_sum", KC_COUNT, KC_REQ,    \
      "coalesce(interruptions, 0)", KC_TIMED(p->talk.interruptions))                             \
    /* customer questions, over all calls */                                                     \
    X(questions_sum, "questions_sum", KG_TOP, "questions_sum", KC_COUNT, KC_OPT,                 \
      "coalesce(customer_questions, 0)", p->talk.customer_questions)                             \
    /* caller survey ratings 0-10, where given */                                                \
    X(csat_calls, "csat_calls", KG_CSAT, "rated", KC_COUNT, KC_REQ, "(csat IS NOT NULL)::int",   \
      p->csat >= 0)                                                                              \
    X(csat_sum, "csat_sum", KG_CSAT, "sum", KC_COUNT, KC_REQ, "coalesce(csat, 0)",               \
      p->csat >= 0 ? p->csat : 0)                                                                \
    /* new counters above this line, KC_OPT, with a migration adding their column */

/* Payload objects holding counters: the KPI object itself and three inside
 * it. "sentiment" is required; "talk" and "csat" may be absent or null
 * (older workers), their counters then read as 0. */
typedef enum { KG_TOP, KG_SENTIMENT, KG_TALK, KG_CSAT, KG_N } kc_group;
typedef enum { KC_COUNT, KC_MONEY, KC_SCORE } kc_kind;
typedef enum { KC_REQ, KC_OPT } kc_need;

/* Counters over some set of calls (one call, an agent's day, a window...). */
typedef struct {
#define KC_FIELD(field, ...) int64_t field;
    KPI_COUNTERS(KC_FIELD)
#undef KC_FIELD
} kpi_counts;

/* The counters' indexes: KC_calls, KC_conversions, ..., KC_N their number. */
enum {
#define KC_ENUM(field, ...) KC_##field,
    KPI_COUNTERS(KC_ENUM)
#undef KC_ENUM
    KC_N
};

typedef struct {
    const char *field, *column;
    kc_group group;
    const char *key;
    kc_kind kind;
    kc_need need;
    const char *gold;
    size_t offset;          /* of the member in kpi_counts */
} kc_desc;

/* The table as data, in KPI_COUNTERS order. */
extern const kc_desc KC_TABLE[KC_N];

/* The payload object name of a group: "" for KG_TOP. */
const char *kc_group_name(kc_group g);

/* Decimals of a kind's SQL and text form: 0, 2 (money) or 4 (score). */
int kc_decimals(kc_kind kind);

/* Counter i of k. */
int64_t kc_get(const kpi_counts *k, int i);
int64_t *kc_at(kpi_counts *k, int i);

/* a += sign * b (sign +1 or -1), counter by counter, saturating: a sum over
 * every agent may pass int64 where each row does not; the encoder then
 * bounds it to what readers accept (kpi_counts_bounded). */
void kc_add(kpi_counts *a, const kpi_counts *b, int sign);

/* Counter i's value as exact decimal text ("12.50" for 1250 cents), into
 * out[32]. Returns out. */
const char *kc_format(int i, int64_t v, char out[32]);

/* A sentiment score (-1..1, clamped) in 1/10000 units, rounded. */
int64_t kc_score_e4(double score);

#endif
