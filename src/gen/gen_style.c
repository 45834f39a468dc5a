/* gen_style.c - speaker labels, turn layout and the ASR look (lower case, no
 * punctuation, fillers at sentence starts). */
#include "gen_style.h"

#include <ctype.h>

static const char *const agent_label[GST_LABEL_STYLES] = {
    "Agent", "agent", "Rep", "Agent", "Representative", "Rep", "AGENT",
};
static const char *const customer_label[GST_LABEL_STYLES] = {
    "Customer", "customer", "Customer", "Caller", "Client", "Caller", "CUSTOMER",
};

static void put_label(strbuf *out, const char *label, int lower)
{
    for (const char *s = label; *s; s++)
        sb_putc(out, lower ? (char)tolower((unsigned char)*s) : *s);
    sb_puts(out, ": ");
}

/* Appends one turn in the ASR look: lower case, letters, digits, apostrophes
 * and single spaces only, with an occasional filler where a sentence starts. */
static void put_asr(strbuf *out, const char *s, size_t n, gc_who who, grng *r)
{
    static const char *const fillers[] = {"um", "uh", "so", "um", "uh"};
    double filler_p = who == GC_CUSTOMER ? 0.22 : 0.07;
    int sentence_start = 1, pending_space = 0;
    size_t start_len = out->len;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (isalnum(ch) || ch == '\'') {
            if (pending_space && out->len > start_len)
                sb_putc(out, ' ');
            pending_space = 0;
            if (sentence_start && grng_chance(r, filler_p)) {
                sb_puts(out, fillers[grng_below(r, sizeof fillers / sizeof fillers[0])]);
                sb_putc(out, ' ');
            }
            sentence_start = 0;
            sb_putc(out, (char)tolower(ch));
        } else {
            if (ch == '.' || ch == '?' || ch == '!')
                sentence_start = 1;
            if (ch == ' ' || ch == '-' || ch == '/' || ch == '\n' || ch == ',')
                pending_space = 1;
            else if (ch == '.' && i + 1 < n && s[i + 1] == '.')
                pending_space = 1;
        }
    }
}

void gst_transcript(strbuf *out, const gc_call *c, grng *r)
{
    int style = c->labels >= 0 && c->labels < GST_LABEL_STYLES ? c->labels : 0;
    for (size_t i = 0; i < c->nturns; i++) {
        const gc_turn *t = &c->turns[i];
        if (i)
            sb_putc(out, c->inline_turns ? ' ' : '\n');
        put_label(out, t->who == GC_AGENT ? agent_label[style] : customer_label[style], c->asr);
        if (c->asr)
            put_asr(out, c->text.s + t->off, t->len, t->who, r);
        else
            sb_append(out, c->text.s + t->off, t->len);
    }
}
