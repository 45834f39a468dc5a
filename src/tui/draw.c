/* draw.c - width-aware text and bar drawing on stdscr (see draw.h). */
#include "draw.h"

#include <string.h>
#include <wchar.h>

#include "snapshot.h"

/* Width of one code point here, or -1 when it should not be printed. */
static int cp_width(const term *t, uint32_t cp)
{
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
        return -1;
    if (!t->utf8)
        return 1; /* shown as '?' when not ASCII */
    int w = wcwidth((wchar_t)cp);
    return w < 0 ? -1 : w;
}

int draw_width(const term *t, const char *s)
{
    int w = 0;
    size_t n = s ? strlen(s) : 0, i = 0;
    while (i < n) {
        uint32_t cp;
        int k = cz_utf8_next(s + i, n - i, &cp);
        if (k < 0) {
            i++;
            continue;
        }
        i += (size_t)k;
        int cw = cp_width(t, cp);
        if (cw > 0)
            w += cw;
    }
    return w;
}

/* Emits up to maxw columns of s; returns columns used and, through *cut,
 * whether something was left out. */
static int emit(const term *t, int y, int x, int maxw, attr_t a, const char *s, bool *cut)
{
    enum { CHUNK = 64 };
    wchar_t buf[CHUNK + 1];
    int nbuf = 0, used = 0;
    size_t n = s ? strlen(s) : 0, i = 0;
    *cut = false;
    if (maxw <= 0 || y < 0 || y >= LINES || x >= COLS)
        return 0;
    if (x + maxw > COLS)
        maxw = COLS - x;
    attrset(a);
    move(y, x);
    while (i < n) {
        uint32_t cp;
        int k = cz_utf8_next(s + i, n - i, &cp);
        if (k < 0) {
            i++;
            continue;
        }
        int cw = cp_width(t, cp);
        if (cw < 0) {
            i += (size_t)k;
            continue;
        }
        if (used + cw > maxw) {
            *cut = true;
            break;
        }
        i += (size_t)k;
        if (!t->utf8) {
            addch(cp < 0x80 ? (chtype)cp | a : (chtype)'?' | a);
        } else {
            if (cw == 0 && nbuf == 0 && used == 0)
                continue; /* a combining mark with nothing to combine with */
            buf[nbuf++] = (wchar_t)cp;
            if (nbuf == CHUNK) {
                addnwstr(buf, nbuf);
                nbuf = 0;
            }
        }
        used += cw;
    }
    if (nbuf)
        addnwstr(buf, nbuf);
    attrset(A_NORMAL);
    return used;
}

int draw_text(const term *t, int y, int x, int maxw, attr_t a, const char *s)
{
    bool cut;
    return emit(t, y, x, maxw, a, s, &cut);
}

int draw_text_fit(const term *t, int y, int x, int maxw, attr_t a, const char *s)
{
    if (maxw <= 0)
        return 0;
    if (draw_width(t, s) <= maxw)
        return draw_text(t, y, x, maxw, a, s);
    bool cut;
    int used = emit(t, y, x, maxw - 1, a, s, &cut);
    used += draw_text(t, y, x + used, 1, a, t->g->ellipsis);
    return used;
}

int draw_text_right(const term *t, int y, int xend, int maxw, attr_t a, const char *s)
{
    int w = draw_width(t, s);
    if (w > maxw)
        w = maxw;
    int x = xend - w;
    draw_text_fit(t, y, x, w, a, s); /* a cut number must not pass for a whole one */
    return x;
}

void draw_text_center(const term *t, int y, int x, int w, attr_t a, const char *s)
{
    int tw = draw_width(t, s);
    if (tw > w)
        tw = w;
    draw_text(t, y, x + (w - tw) / 2, w, a, s);
}

void draw_repeat(int y, int x, int n, attr_t a, const char *g)
{
    if (y < 0 || y >= LINES)
        return;
    if (x < 0) {
        n += x;
        x = 0;
    }
    if (x + n > COLS)
        n = COLS - x;
    if (n <= 0)
        return;
    attrset(a);
    move(y, x);
    for (int i = 0; i < n; i++)
        addstr(g);
    attrset(A_NORMAL);
}

void draw_blank(int y, int x, int w, attr_t a)
{
    draw_repeat(y, x, w, a, " ");
}

void draw_split3(int w, double a, double b, double c, int out[3])
{
    double v[3] = {a > 0 ? a : 0, b > 0 ? b : 0, c > 0 ? c : 0};
    double sum = v[0] + v[1] + v[2];
    out[0] = out[1] = out[2] = 0;
    if (w <= 0 || sum <= 0)
        return;
    double rem[3];
    int given = 0;
    for (int i = 0; i < 3; i++) {
        double exact = w * v[i] / sum;
        out[i] = (int)exact;
        rem[i] = exact - out[i];
        given += out[i];
    }
    while (given < w) { /* largest remainder first */
        int best = 0;
        for (int i = 1; i < 3; i++)
            if (rem[i] > rem[best])
                best = i;
        out[best]++;
        rem[best] = -1;
        given++;
    }
    /* A part that exists shows at least one cell, taken from the largest. */
    for (int i = 0; i < 3; i++) {
        if (v[i] > 0 && out[i] == 0) {
            int big = 0;
            for (int j = 1; j < 3; j++)
                if (out[j] > out[big])
                    big = j;
            if (out[big] > 1) {
                out[big]--;
                out[i]++;
            }
        }
    }
}

void draw_stacked_bar(const term *t, int y, int x, int w, double a, double b, double c)
{
    int part[3];
    draw_split3(w, a, b, c, part);
    if (part[0] + part[1] + part[2] == 0) {
        draw_blank(y, x, w, A_NORMAL);
        return;
    }
    draw_repeat(y, x, part[0], term_attr(t, EL_POS), t->g->pos);
    draw_repeat(y, x + part[0], part[1], term_attr(t, EL_NEU), t->g->neu);
    draw_repeat(y, x + part[0] + part[1], part[2], term_attr(t, EL_NEG), t->g->neg);
}
