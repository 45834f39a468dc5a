/* kpi.h - the call KPIs of converza-kpi(7): conversion, upsell and
 * customer sentiment, extracted from a call's turns with rules loaded from a
 * rules file. One module serves the worker, `analyze` and `reprocess`.
 * Pure: no I/O except kpi_rules_load reading its file. */
#ifndef CZ_KPI_H
#define CZ_KPI_H

#include <stdbool.h>
#include <stdint.h>
#include "turns.h"
#include "util.h"

typedef struct kpi_rules kpi_rules; /* opaque, immutable once loaded */

/* Loads and compiles a rules file (format: converza-rules(5)). Returns NULL on
 * error with err naming the file, the line and what is wrong. Free with
 * kpi_rules_free. Thread-safe to use from several threads once loaded if each
 * thread has its own kpi_scratch (see below). */
kpi_rules *kpi_rules_load(const char *path, cz_err *err);
void kpi_rules_free(kpi_rules *r);

/* The rules' version string (from the file's "version" line), stored with every
 * gold row. Owned by r. */
const char *kpi_rules_version(const kpi_rules *r);

/* The rules file to use: configured if non-empty, else $CONVERZA_RULES, else
 * rules/converza.rules beside a binary run from the build tree, else
 * CZ_DATADIR "/converza.rules". Caller frees. */
char *kpi_rules_path(const char *configured);

/* One piece of evidence: the words that decided a KPI. */
typedef struct {
    char *text;          /* quoted words from a turn, owned by the result */
    int64_t amount_cents;/* for upsell items; 0 otherwise */
    int turn;            /* index of the turn the words come from */
} kpi_evidence;

/* One call category the call matched (rules file [category NAME] sections):
 * its name and the words that matched, masked of personal data. */
typedef struct {
    char *name;          /* owned by the result */
    char *text;          /* owned by the result; at most 120 bytes */
    int turn;
} kpi_category_hit;

#define KPI_MAX_CATEGORIES 64     /* categories a rules file may define */
#define KPI_CATEGORY_NAME_MAX 40  /* bytes of a category name */

typedef struct {
    bool is_conversion;
    int64_t upsell_cents;      /* sum of accepted add-on prices */
    int sentiment;             /* -1 negative, 0 neutral, +1 positive */
    double sentiment_score;    /* -1 .. 1, consistent with sentiment */
    kpi_evidence *conversion;  size_t n_conversion; /* the commitment(s) */
    kpi_evidence *upsell;      size_t n_upsell;     /* each accepted offer with its price */
    kpi_evidence *sentiment_ev; size_t n_sentiment; /* strongest sentiment phrases */
    kpi_category_hit *categories; size_t n_categories; /* in the rules' order */
} kpi_result;

/* The categories the rules define, in file order; names owned by r. */
size_t kpi_category_count(const kpi_rules *r);
const char *kpi_category_name(const kpi_rules *r, size_t i);

/* Per-thread working memory so extraction does not allocate per call more
 * than it must. Create one per thread; free with kpi_scratch_free. */
typedef struct kpi_scratch kpi_scratch;
kpi_scratch *kpi_scratch_new(const kpi_rules *r);
void kpi_scratch_free(kpi_scratch *s);

/* Computes the KPIs of one call. Fills *out (free with kpi_result_free).
 * Returns 0, or -1 with err set on an internal failure (never for odd text). */
int kpi_extract(const kpi_rules *r, kpi_scratch *s, const turns_t *turns,
                kpi_result *out, cz_err *err);
void kpi_result_free(kpi_result *res);

/* The evidence as a JSON object string:
 * {"conversion":["..."],"upsell":[{"text":"...","amount":15.00}],"sentiment":["..."],
 *  "categories":{"NAME":"..."}}
 * Caller frees. */
char *kpi_evidence_json(const kpi_result *res);

/* Appends the same JSON object to b, for writers that batch their output
 * (no allocation beyond growing b). */
void kpi_evidence_json_append(const kpi_result *res, strbuf *b);

/* "positive" / "neutral" / "negative" */
const char *kpi_sentiment_label(int sentiment);

#endif
