/* kpi_evidence.c - the evidence lists of a kpi_result: adding, freeing and
 * writing them as the JSON object stored with each call. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kpi_internal.h"
#include "util.h"

void kpi_evidence_add(kpi_evidence **v, size_t *n, char *text, int64_t cents, int turn)
{
    /* The same words can decide twice (a yes that is also the commitment). */
    for (size_t i = 0; i < *n; i++)
        if ((*v)[i].turn == turn && strcmp((*v)[i].text, text) == 0 && (*v)[i].amount_cents == cents) {
            free(text);
            return;
        }
    *v = xrealloc(*v, (*n + 1) * sizeof **v);
    (*v)[*n] = (kpi_evidence){text, cents, turn};
    (*n)++;
}

static void free_list(kpi_evidence *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i].text);
    free(v);
}

void kpi_result_free(kpi_result *res)
{
    if (!res)
        return;
    free_list(res->conversion, res->n_conversion);
    free_list(res->upsell, res->n_upsell);
    free_list(res->sentiment_ev, res->n_sentiment);
    for (size_t i = 0; i < res->n_categories; i++) {
        free(res->categories[i].name);
        free(res->categories[i].text);
    }
    free(res->categories);
    memset(res, 0, sizeof *res);
}


static void json_list(strbuf *b, const char *name, const kpi_evidence *v, size_t n, bool amounts)
{
    sb_putc(b, '"');
    sb_puts(b, name);
    sb_puts(b, "\":[");
    for (size_t i = 0; i < n; i++) {
        if (i)
            sb_putc(b, ',');
        if (amounts) {
            sb_puts(b, "{\"text\":");
            sb_json_string(b, v[i].text);
            sb_puts(b, ",\"amount\":");
            sb_fixed(b, v[i].amount_cents, 2);
            sb_putc(b, '}');
        } else {
            sb_json_string(b, v[i].text);
        }
    }
    sb_putc(b, ']');
}

void kpi_evidence_json_append(const kpi_result *res, strbuf *b)
{
    sb_putc(b, '{');
    json_list(b, "conversion", res->conversion, res->n_conversion, false);
    sb_putc(b, ',');
    json_list(b, "upsell", res->upsell, res->n_upsell, true);
    sb_putc(b, ',');
    json_list(b, "sentiment", res->sentiment_ev, res->n_sentiment, false);
    sb_puts(b, ",\"categories\":{");
    for (size_t i = 0; i < res->n_categories; i++) {
        if (i)
            sb_putc(b, ',');
        sb_json_string(b, res->categories[i].name);
        sb_putc(b, ':');
        sb_json_string(b, res->categories[i].text);
    }
    sb_puts(b, "}}");
}

char *kpi_evidence_json(const kpi_result *res)
{
    strbuf b = SB_INIT;
    kpi_evidence_json_append(res, &b);
    return sb_steal(&b);
}

const char *kpi_sentiment_label(int sentiment)
{
    return sentiment > 0 ? "positive" : sentiment < 0 ? "negative" : "neutral";
}
