/* gen_dialogue.c - plans one call (industry, scenario, outcome, customer
 * moods, add-on offers, style, names and slots), runs its scenario and records
 * the ground truth. */
#include "gen_dialogue.h"

#include <ctype.h>
#include <string.h>

#include "gen_dialogue_int.h"
#include "gen_names.h"

/* ---- planning ----------------------------------------------------------- */

static const char *const days[] = {
    "tomorrow", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "this Friday", "next Tuesday",
    "Wednesday morning", "Thursday afternoon",
};
static const char *const mail_domains[] = {"gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com"};
static const char *const workspaces[] = {
    "Northfield Design", "Calder Manufacturing", "Bluebird Bakery", "Oakline Legal", "Summit Dental Group",
    "Riverstone Media",
};
static const char *const digit_words[] = {"oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

/* A clock time said naturally: "9:30", "10 a.m.", "two in the afternoon". */
static void set_time(gd_plan *p)
{
    gc_call *c = p->c;
    unsigned h = 8 + grng_below(p->r, 10); /* 8..17 */
    int half = grng_chance(p->r, 0.35);
    unsigned h12 = h > 12 ? h - 12 : h;
    strbuf tmp = SB_INIT;
    if (h == 12 && !half) {
        sb_puts(&tmp, "noon");
    } else if (half) {
        gnum_int(&tmp, h12, c->asr);
        sb_puts(&tmp, c->asr ? " thirty" : ":30");
    } else {
        gnum_int(&tmp, h12, c->asr);
        if (h > 12 && grng_chance(p->r, 0.5))
            sb_puts(&tmp, " in the afternoon");
        else
            sb_puts(&tmp, h >= 12 ? (c->asr ? " pm" : " p.m.") : (c->asr ? " am" : " a.m."));
    }
    gc_set(c, GS_TIME, sb_cstr(&tmp));
    sb_free(&tmp);
}

static void lower_alpha(strbuf *b, const char *s)
{
    for (; *s; s++)
        if (isalpha((unsigned char)*s))
            sb_putc(b, (char)tolower((unsigned char)*s));
}

static void set_identity(gd_plan *p)
{
    gc_call *c = p->c;
    grng *r = p->r;
    size_t fi = grng_below(r, (uint32_t)gn_first_count()), li = grng_below(r, (uint32_t)gn_last_count());
    gc_set(c, GS_CU, gn_first(fi));
    gc_set(c, GS_CUL, gn_last(li));

    strbuf tmp = SB_INIT;
    const char *dom = GD_PICK(p, mail_domains);
    lower_alpha(&tmp, gn_first(fi));
    sb_puts(&tmp, c->asr ? " dot " : ".");
    lower_alpha(&tmp, gn_last(li));
    if (c->asr) {
        sb_puts(&tmp, " at ");
        for (const char *d = dom; *d; d++) {
            if (*d == '.')
                sb_puts(&tmp, " dot ");
            else
                sb_putc(&tmp, *d);
        }
    } else {
        sb_putc(&tmp, '@');
        sb_puts(&tmp, dom);
    }
    gc_set(c, GS_EMAIL, sb_cstr(&tmp));

    sb_clear(&tmp);
    if (strstr(p->ind->account, "name")) {
        sb_puts(&tmp, GD_PICK(p, workspaces));
    } else {
        unsigned ndig = 7 + grng_below(r, 3);
        for (unsigned i = 0; i < ndig; i++) {
            unsigned d = grng_below(r, 10);
            if (c->asr) {
                if (i)
                    sb_putc(&tmp, ' ');
                sb_puts(&tmp, digit_words[d]);
            } else {
                if (i == 3)
                    sb_putc(&tmp, '-');
                sb_putc(&tmp, (char)('0' + d));
            }
        }
    }
    gc_set(c, GS_ACNUM, sb_cstr(&tmp));
    sb_free(&tmp);
}

static gc_mood pick_mood(grng *r, double neg, double neu, double pos)
{
    double w[3] = {neg, neu, pos};
    return (gc_mood)((int)grng_weighted(r, w, 3) - 1);
}

/* Moods: the label is the end mood. A call that ends neutral is neutral all
 * through, so the weighting-to-the-end rule never has to break a tie. */
static void plan_moods(gd_plan *p)
{
    grng *r = p->r;
    double warm = p->agent->warmth;
    switch (p->scene) {
    case GD_SUPPORT:
        p->start = pick_mood(r, 0.45, 0.35, 0.20);
        break;
    case GD_CANCEL:
        p->start = pick_mood(r, 0.55, 0.33, 0.12);
        break;
    default:
        p->start = pick_mood(r, 0.18, 0.47, 0.35);
        break;
    }
    p->end = p->start;
    double change = p->start == GC_NEU ? 0.35 : 0.4;
    if (grng_chance(r, change)) {
        if (p->start == GC_NEG)
            p->end = grng_chance(r, 0.35 + 0.6 * warm) ? GC_POS : GC_NEG;
        else if (p->start == GC_POS)
            p->end = grng_chance(r, 0.5) ? GC_NEG : GC_POS;
        else
            p->end = grng_chance(r, 0.3 + 0.5 * warm) ? GC_POS : GC_NEG;
    }
    p->cur = p->start;
}

static gd_outcome pick_outcome(gd_plan *p)
{
    static const double win_w[] = {40, 35, 10, 15};
    static const double lose_w[] = {18, 20, 22, 14, 10, 8, 8};
    if (p->win)
        return (gd_outcome)(GD_WIN_EXPLICIT + grng_weighted(p->r, win_w, 4));
    return (gd_outcome)(GD_LOSE_INTEREST + grng_weighted(p->r, lose_w, 7));
}

static void plan_upsells(gd_plan *p)
{
    double u = p->agent->upsell;
    p->nups = 0;
    if (!p->win || p->kind == GD_STAY || p->outcome == GD_LOSE_RETRACT)
        return;
    for (int i = 0; i < 2; i++) {
        if (!grng_chance(p->r, i == 0 ? 0.2 + 0.65 * u : 0.35 * u))
            break;
        static const double yes_w[] = {40, 20, 15, 25};
        static const double no_w[] = {45, 20, 17, 18};
        if (grng_chance(p->r, 0.25 + 0.6 * u))
            p->ups[p->nups++] = (gd_upsell)(GD_UP_ACCEPT + grng_weighted(p->r, yes_w, 4));
        else
            p->ups[p->nups++] = (gd_upsell)(GD_UP_DECLINE + grng_weighted(p->r, no_w, 4));
    }
}

static void plan_style(gd_plan *p)
{
    static const double label_w[] = {70, 8, 6, 6, 4, 3, 3};
    gc_call *c = p->c;
    c->asr = grng_chance(p->r, 0.12);
    c->inline_turns = grng_chance(p->r, 0.5);
    c->labels = (int)grng_weighted(p->r, label_w, sizeof label_w / sizeof label_w[0]);
}

static const char *const scene_names[] = {"sales", "support", "cancellation", "booking"};

void gd_generate(gc_call *c, grng *r, const ga_agent *agent)
{
    gd_plan p;
    memset(&p, 0, sizeof p);
    p.c = c;
    p.r = r;
    p.agent = agent;
    p.ind = gi_get(grng_below(r, (uint32_t)gi_count()));
    static const double scene_w[] = {32, 30, 15, 23};
    p.scene = (gd_scene)grng_weighted(r, scene_w, 4);
    plan_style(&p);

    gc_set(c, GS_CO, p.ind->companies[grng_below(r, (uint32_t)p.ind->n_companies)]);
    gc_set(c, GS_AG, agent->first);
    gc_set(c, GS_ACCT, p.ind->account);
    gc_set(c, GS_SUB, p.ind->subscription);
    gc_set(c, GS_DAY, GD_PICK(&p, days));
    set_time(&p);
    set_identity(&p);

    double k = agent->close;
    switch (p.scene) {
    case GD_SALES:
        p.kind = GD_BUY;
        p.win = grng_chance(r, 0.1 + 0.75 * k);
        break;
    case GD_BOOKING:
        p.kind = GD_BOOK;
        p.win = grng_chance(r, 0.25 + 0.7 * k);
        break;
    case GD_CANCEL:
        p.kind = GD_STAY;
        p.win = grng_chance(r, 0.05 + 0.6 * k);
        break;
    case GD_SUPPORT:
        p.kind = GD_BUY;
        p.win = false; /* the support scene may still sell an add-on */
        break;
    }
    p.outcome = pick_outcome(&p);
    plan_moods(&p);
    plan_upsells(&p);

    gc_note(c, "%s %s", p.ind->key, scene_names[p.scene]);
    switch (p.scene) {
    case GD_SALES:
        gd_scene_sales(&p);
        break;
    case GD_SUPPORT:
        gd_scene_support(&p);
        break;
    case GD_CANCEL:
        gd_scene_cancel(&p);
        break;
    case GD_BOOKING:
        gd_scene_booking(&p);
        break;
    }
    gd_wrapup(&p);
    c->conversion = p.win || c->upsell_cents > 0;
    c->sentiment = p.end;
    static const char *const mood_names[] = {"negative", "neutral", "positive"};
    if (p.start != p.end)
        gc_note(c, "customer %s at start, %s at the end", mood_names[p.start + 1], mood_names[p.end + 1]);
    else
        gc_note(c, "customer %s throughout", mood_names[p.end + 1]);
}
