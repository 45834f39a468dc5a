/* kpi.c - the entry point of KPI extraction: per-thread scratch, and
 * kpi_extract, which normalises, tokenises and matches each turn once and
 * hands the call to the dialogue walk (conversion and upsell) and then to
 * the sentiment scorer, which weighs what the call achieved. */
#include <stdlib.h>
#include <string.h>

#include "kpi_category.h"
#include "kpi_internal.h"
#include "util.h"

kpi_scratch *kpi_scratch_new(const kpi_rules *r)
{
    (void)r;
    return xcalloc(1, sizeof(kpi_scratch));
}

void kpi_scratch_free(kpi_scratch *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->ntexts_cap; i++)
        kpi_text_free(&s->texts[i]);
    free(s->texts);
    free(s->amounts);
    kpi_dialog_scratch_free(s->dlg);
    kpi_cat_md_free(s->cat_md);
    free(s);
}

int kpi_extract(const kpi_rules *r, kpi_scratch *s, const turns_t *turns, kpi_result *out,
                cz_err *err)
{
    memset(out, 0, sizeof *out);
    if (!r || !s || !turns) {
        cz_err_set(err, "kpi_extract: missing rules, scratch or turns");
        return -1;
    }
    if (turns->n > s->ntexts_cap) {
        s->texts = xrealloc(s->texts, turns->n * sizeof *s->texts);
        memset(s->texts + s->ntexts_cap, 0, (turns->n - s->ntexts_cap) * sizeof *s->texts);
        s->ntexts_cap = turns->n;
    }
    for (size_t i = 0; i < turns->n; i++) {
        const turn_t *t = &turns->v[i];
        kpi_text_prepare(r, &s->texts[i], t->text ? t->text : "", t->text ? t->len : 0);
    }
    kpi_dialog(r, s, turns, out);
    kpi_sentiment(r, s, turns, out); /* reads what the dialogue sold */
    kpi_cat_match(r, s, turns, out);
    return 0;
}
