/* kpi_match.c - runs a rules section's compiled pattern over part of a
 * normalised turn, reusing the scratch match data (no allocation). */
#include "kpi_internal.h"

bool kpi_find(const kpi_rules *r, kpi_scratch *s, kpi_section sec, const kpi_text *t,
              size_t from, size_t to, size_t *ms, size_t *me)
{
    const pcre2_code *re = r->re[sec];
    if (!re || from >= to || to > t->len)
        return false;
    /* The subject ends at `to` so a match cannot run past the span; the
     * look-behind may still see before `from`, keeping word boundaries right. */
    int rc = r->jit[sec]
                 ? pcre2_jit_match(re, (PCRE2_SPTR)t->low, to, from, 0, s->md, NULL)
                 : pcre2_match(re, (PCRE2_SPTR)t->low, to, from, 0, s->md, NULL);
    if (rc < 0)
        return false;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(s->md);
    *ms = ov[0];
    *me = ov[1];
    return true;
}

bool kpi_has(const kpi_rules *r, kpi_scratch *s, kpi_section sec, const kpi_text *t,
             size_t from, size_t to)
{
    size_t a, b;
    return kpi_find(r, s, sec, t, from, to, &a, &b);
}

bool kpi_find_last(const kpi_rules *r, kpi_scratch *s, kpi_section sec, const kpi_text *t,
                   size_t from, size_t to, size_t *ms, size_t *me)
{
    size_t a, b, pos = from;
    bool found = false;
    while (pos < to && kpi_find(r, s, sec, t, pos, t->len < to ? t->len : to, &a, &b)) {
        if (a >= to)
            break;
        *ms = a;
        *me = b;
        found = true;
        pos = b > a ? b : a + 1;
    }
    return found;
}
