/* gen_call.c - the call buffer: turns, slot values and template expansion. */
#include "gen_call.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const slot_names[GS_COUNT] = {
    [GS_CO] = "co",       [GS_AG] = "ag",       [GS_CU] = "cu",         [GS_CUL] = "cul",
    [GS_PROD] = "prod",   [GS_PP] = "pp",       [GS_AD] = "ad",         [GS_AP] = "ap",
    [GS_AP0] = "ap0",     [GS_SVC] = "svc",     [GS_SP] = "sp",         [GS_DAY] = "day",
    [GS_TIME] = "time",   [GS_ISS] = "iss",     [GS_CAUSE] = "cause",   [GS_FIX] = "fix",
    [GS_NOFIX] = "nofix", [GS_SUB] = "sub",     [GS_WHY] = "why",       [GS_DOWN] = "down",
    [GS_DP] = "dp",       [GS_ACCT] = "acct",   [GS_ACNUM] = "acnum",   [GS_EMAIL] = "email",
    [GS_FEE] = "fee",     [GS_CREDIT] = "credit", [GS_CP] = "cp",       [GS_PCT] = "pct",
    [GS_MONTHS] = "months",
};

void gc_init(gc_call *c)
{
    memset(c, 0, sizeof *c);
}

void gc_free(gc_call *c)
{
    if (!c)
        return;
    sb_free(&c->text);
    sb_free(&c->slotbuf);
    sb_free(&c->note);
    free(c->turns);
    memset(c, 0, sizeof *c);
}

void gc_reset(gc_call *c, grng *rng)
{
    sb_clear(&c->text);
    sb_clear(&c->slotbuf);
    sb_clear(&c->note);
    c->nturns = 0;
    memset(c->slot_off, 0, sizeof c->slot_off);
    memset(c->slot_len, 0, sizeof c->slot_len);
    c->rng = rng;
    c->asr = c->inline_turns = false;
    c->labels = 0;
    c->conversion = false;
    c->upsell_cents = 0;
    c->sentiment = GC_NEU;
}

static void slot_begin(gc_call *c, gc_slot s)
{
    c->slot_off[s] = c->slotbuf.len;
}

static void slot_end(gc_call *c, gc_slot s)
{
    c->slot_len[s] = c->slotbuf.len - c->slot_off[s];
}

void gc_set(gc_call *c, gc_slot s, const char *value)
{
    slot_begin(c, s);
    sb_puts(&c->slotbuf, value);
    slot_end(c, s);
}

void gc_set_price(gc_call *c, gc_slot s, int64_t cents, gnum_period per)
{
    slot_begin(c, s);
    gnum_price(&c->slotbuf, cents, per, c->rng, c->asr);
    slot_end(c, s);
}

void gc_set_int(gc_call *c, gc_slot s, uint64_t n)
{
    slot_begin(c, s);
    gnum_int(&c->slotbuf, n, c->asr);
    slot_end(c, s);
}

static int slot_lookup(const char *name, size_t len)
{
    for (int i = 0; i < GS_COUNT; i++) {
        const char *n = slot_names[i];
        if (strlen(n) == len && strncasecmp(n, name, len) == 0)
            return i;
    }
    return -1;
}

/* Expands tmpl onto the end of c->text. An unknown {name} is a programming
 * error in a phrase table, so it aborts rather than emit broken text. */
static void expand(gc_call *c, const char *tmpl)
{
    strbuf *b = &c->text;
    const char *p = tmpl;
    while (*p) {
        const char *brace = strchr(p, '{');
        if (!brace) {
            sb_puts(b, p);
            return;
        }
        sb_append(b, p, (size_t)(brace - p));
        const char *end = strchr(brace, '}');
        int s = end ? slot_lookup(brace + 1, (size_t)(end - brace - 1)) : -1;
        if (s < 0) {
            fprintf(stderr, "converza-gen: bad phrase template: %s\n", tmpl);
            abort();
        }
        size_t at = b->len;
        sb_append(b, c->slotbuf.s ? c->slotbuf.s + c->slot_off[s] : "", c->slot_len[s]);
        if (isupper((unsigned char)brace[1]) && b->len > at)
            b->s[at] = (char)toupper((unsigned char)b->s[at]);
        p = end + 1;
        if (*p == '.' && b->len > at && b->s[b->len - 1] == '.')
            p++; /* "10 a.m." ends the sentence by itself */
    }
}

void gc_say(gc_call *c, gc_who who, const char *tmpl)
{
    if (c->nturns && c->turns[c->nturns - 1].who == who) {
        gc_add(c, tmpl); /* the same speaker keeps talking */
        return;
    }
    if (c->nturns == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 32;
        c->turns = xrealloc(c->turns, c->cap * sizeof *c->turns);
    }
    gc_turn *t = &c->turns[c->nturns++];
    t->who = who;
    t->off = c->text.len;
    expand(c, tmpl);
    t->len = c->text.len - t->off;
}

void gc_add(gc_call *c, const char *tmpl)
{
    if (c->nturns == 0) {
        gc_say(c, GC_AGENT, tmpl);
        return;
    }
    gc_turn *t = &c->turns[c->nturns - 1];
    sb_putc(&c->text, ' ');
    expand(c, tmpl);
    t->len = c->text.len - t->off;
}

gc_who gc_last(const gc_call *c)
{
    return c->nturns ? c->turns[c->nturns - 1].who : GC_CUSTOMER;
}

void gc_note(gc_call *c, const char *fmt, ...)
{
    char tmp[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if (c->note.len)
        sb_puts(&c->note, "; ");
    if ((size_t)n < sizeof tmp) {
        sb_append(&c->note, tmp, (size_t)n);
        return;
    }
    char *big = xmalloc((size_t)n + 1); /* longer than tmp: format again, fully */
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    sb_append(&c->note, big, (size_t)n);
    free(big);
}

const char *gc_pick(gc_call *c, const char *const *v, size_t n)
{
    return v[grng_below(c->rng, (uint32_t)n)];
}
