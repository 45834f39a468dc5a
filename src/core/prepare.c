/* prepare.c - from a call a format parser read to silver and gold values:
 * redact the turns, render them, compute conversation metrics and KPIs.
 * Shared by the worker, reprocess and analyze: the one path from a call to
 * its KPIs. */
#include "prepare.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "agg.h"
#include "redact.h"

void prepared_call_free(prepared_call *p)
{
    if (!p)
        return;
    call_free(&p->call);
    turns_free(&p->turns);
    free(p->turns_json);
    kpi_result_free(&p->kpi);
    free(p->evidence_json);
    free(p->task);
    free(p->team);
    memset(p, 0, sizeof *p);
}

static void render_turns(prepared_call *p)
{
    strbuf json = SB_INIT;
    sb_putc(&json, '[');
    for (size_t i = 0; i < p->turns.n; i++) {
        const turn_t *t = &p->turns.v[i];
        if (i)
            sb_putc(&json, ',');
        sb_puts(&json, "{\"speaker\":\"");
        sb_puts(&json, speaker_name(t->speaker));
        sb_puts(&json, "\",\"text\":");
        sb_json_string(&json, t->text);
        if (t->start_ms >= 0)
            sb_printf(&json, ",\"start_ms\":%lld", (long long)t->start_ms);
        if (t->end_ms >= 0)
            sb_printf(&json, ",\"end_ms\":%lld", (long long)t->end_ms);
        sb_putc(&json, '}');
    }
    sb_putc(&json, ']');
    p->turns_json = sb_steal(&json);
}

/* The KPI engine's working memory grows with the text it reads (about 100
 * bytes per byte), so a pathological transcript would break the worker's
 * memory bound. A real call is a few kilobytes; past KPI_MAX_TEXT the engine
 * reads the opening and the closing turns (the close weighs most for
 * sentiment and retractions) and skips the middle. Returns t itself when it
 * is small enough, else a new array (caller frees .v only). */
#define KPI_MAX_TEXT (256 * 1024)

static turns_t kpi_view(const turns_t *t)
{
    size_t total = 0;
    for (size_t i = 0; i < t->n; i++)
        total += t->v[i].len;
    if (total <= KPI_MAX_TEXT)
        return *t;
    size_t head = 0, used = 0;
    while (head < t->n && used + t->v[head].len <= KPI_MAX_TEXT / 2)
        used += t->v[head++].len;
    size_t tail = t->n;
    used = 0;
    while (tail > head && used + t->v[tail - 1].len <= KPI_MAX_TEXT / 2)
        used += t->v[--tail].len;
    turns_t view = TURNS_INIT;
    view.cap = head + (t->n - tail);
    view.v = xcalloc(view.cap ? view.cap : 1, sizeof *view.v);
    for (size_t i = 0; i < head; i++)
        view.v[view.n++] = t->v[i];
    for (size_t i = tail; i < t->n; i++)
        view.v[view.n++] = t->v[i];
    return view;
}

/* Offset of the first byte of s[0..n) that is NUL or not part of a valid
 * UTF-8 sequence (overlong forms, surrogates and values past U+10FFFF
 * included), or -1. Runs of ASCII go eight bytes at a time: records are
 * nearly all ASCII and every one passes here. */
static long text_invalid_at(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
#ifdef __SSE2__
        /* sixteen at a time where the CPU has SSE2 (every x86-64) */
        while (i + 16 <= n) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
            if (_mm_movemask_epi8(_mm_or_si128(x, _mm_cmpeq_epi8(x, _mm_setzero_si128()))))
                break; /* a high bit or a zero byte among them */
            i += 16;
        }
        if (i >= n)
            break;
#endif
        if (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            /* no high bit and no zero byte among the eight */
            if (!(w & UINT64_C(0x8080808080808080)) &&
                !((w - UINT64_C(0x0101010101010101)) & ~w & UINT64_C(0x8080808080808080))) {
                i += 8;
                continue;
            }
        }
        unsigned char c = p[i];
        if (c == 0)
            return (long)i;
        if (c < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        int len = cz_utf8_next(s + i, n - i, &cp);
        if (len < 0)
            return (long)i;
        i += (size_t)len;
    }
    return -1;
}

/* The checks a record passes before anything is computed from it: what
 * PostgreSQL would refuse in bronze must not reach a COPY, where it would
 * fail the whole batch. */
static int check_raw(const char *raw, size_t len, cz_err *err)
{
    long bad = text_invalid_at(raw, len);
    if (bad < 0)
        return 0;
    if (raw[bad] == '\0')
        cz_err_set(err, "record holds a NUL byte at byte %ld (bronze_calls.raw is text)", bad);
    else
        cz_err_set(err, "record is not valid UTF-8 at byte %ld (bronze_calls.raw is text)", bad);
    return -1;
}

/* The bounds of prepare.h on what the analysis found. */
static int check_values(const prepared_call *p, cz_err *err)
{
    char v[32];
    if (p->task && text_invalid_at(p->task, strlen(p->task)) >= 0) {
        cz_err_set(err, "field task is not valid UTF-8");
        return -1;
    }
    if (p->kpi.upsell_cents < 0 || p->kpi.upsell_cents > PREP_MAX_UPSELL_CENTS) {
        agg_format_fixed(p->kpi.upsell_cents, 2, v);
        cz_err_set(err, "field upsell_amount: %s dollars is not a plausible upsell for one call"
                   " (0 to 10000000.00)", v);
        return -1;
    }
    if (p->talk.times_known &&
        (p->talk.duration_ms < 0 || p->talk.duration_ms > PREP_MAX_CALL_MS)) {
        cz_err_set(err, "field duration_ms: a call of %lld ms is not plausible (at most %lld,"
                   " 24 hours)", (long long)p->talk.duration_ms, (long long)PREP_MAX_CALL_MS);
        return -1;
    }
    if (p->csat < -1 || p->csat > 10) {
        cz_err_set(err, "field csat: %d is not a rating from 0 to 10", p->csat);
        return -1;
    }
    return 0;
}

int prepare_from_parts(const prepare_opts *o, kpi_scratch *s, call_t *call, turns_t *turns,
                       const fmt_meta *meta, const char *raw, size_t len, prepared_call *out,
                       cz_err *err)
{
    memset(out, 0, sizeof *out);
    if (!(meta && meta->raw_valid) && check_raw(raw, len, err) < 0) {
        call_free(call);
        turns_free(turns);
        return -1;
    }
    out->format = "seed";
    out->csat = meta ? meta->csat : -1;
    out->task = meta && meta->task ? xstrdup(meta->task) : NULL;
    out->call = *call;
    memset(call, 0, sizeof *call);
    const char *team = roster_team(o->roster, out->call.agent_name);
    out->team = xstrdup(team ? team : out->call.team ? out->call.team : CZ_TEAM_NONE);
    out->turns = *turns;
    memset(turns, 0, sizeof *turns);
    if (!o->kpis_only) { /* what only the database layers keep */
        cz_hex64(cz_fnv1a64(raw, len), out->checksum);
        cz_time_local(out->call.ts_epoch, out->day, &out->hour_start);
        cz_time_format(out->hour_start, out->hour);
        cz_time_format(out->call.ts_epoch, out->time);
    }
    if (o->redact_pii)
        for (size_t i = 0; i < out->turns.n; i++) {
            turn_t *tt = &out->turns.v[i];
            size_t n;
            char *r = redact_pii(tt->text, tt->len, &n);
            if (r)
                turns_set_text(&out->turns, i, r, n);
        }
    if (!o->kpis_only)
        render_turns(out);
    (o->no_questions ? talk_compute_times : talk_compute)(&out->turns, meta ? meta->call_ms : -1,
                                                          &out->talk);
    turns_t view = kpi_view(&out->turns);
    int rc = kpi_extract(o->rules, s, &view, &out->kpi, err);
    if (view.v != out->turns.v)
        free(view.v); /* the view borrows the texts */
    if (rc < 0) {
        prepared_call_free(out);
        return -1;
    }
    if (!o->kpis_only) /* analyze renders the same evidence straight into its output */
        out->evidence_json = kpi_evidence_json(&out->kpi);
    if (check_values(out, err) < 0) {
        prepared_call_free(out);
        return -1;
    }
    return 0;
}

void prepared_counts(const prepared_call *p, kpi_counts *k)
{
#define KC_FROM_CALL(field, column, group, key, kind, need, gold, call) k->field = (call);
    KPI_COUNTERS(KC_FROM_CALL)
#undef KC_FROM_CALL
}
