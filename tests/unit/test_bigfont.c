/* test_bigfont.c - the wallboard's block font (src/tui/bigfont.c): every
 * character of the label alphabet has a glyph of five rows of one width, ink
 * in its first and last column (so the one blank column between glyphs is
 * the only gap in a word), and no two glyphs look alike except the declared
 * O/0 and S/5; widths and rows at each size; drawn on an off-screen ASCII
 * screen, each glyph reads back cell for cell at 1x1 and 2x2 blocks, and the
 * half-height size, which needs half blocks, draws nothing in ASCII. */
#include <stdio.h>
#include <string.h>

#include "bigfont.h"
#include "t.h"

#define ALPHABET "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 %.,:-/$+!?'()&kMB"

/* The labels the wallboard draws, in full and short. */
static const char *const LABELS[] = {"CALLS", "CONVERSION", "UPSELL REVENUE", "AVG UPSELL / CALL",
                                     "CONV", "UPSELL", "AVG/CALL", "NEGATIVE SENTIMENT"};

static int glyph_w(char c)
{
    const char *const *g = bigfont_glyph(c);
    return g ? (int)strlen(g[0]) : -1;
}

/* Whether glyph g is well formed: five rows as wide as the first, of '#' and
 * ' ' only, with ink in the first and last column unless it is the space. */
static int well_formed(char c, const char *const *g)
{
    int w = (int)strlen(g[0]), first = 0, last = 0;
    if (w < 1 || w > 5)
        return 0;
    for (int r = 0; r < BIGFONT_ROWS; r++) {
        if ((int)strlen(g[r]) != w || strspn(g[r], "# ") != (size_t)w)
            return 0;
        first |= g[r][0] == '#';
        last |= g[r][w - 1] == '#';
    }
    return c == ' ' || (first && last);
}

static int same(const char *const *a, const char *const *b)
{
    for (int r = 0; r < BIGFONT_ROWS; r++)
        if (strcmp(a[r], b[r]) != 0)
            return 0;
    return 1;
}

/* Row y of the screen from column x, n cells, as text. */
static const char *cells(int y, int x, int n)
{
    static char buf[256];
    int got = mvinnstr(y, x, buf, n < (int)sizeof buf - 1 ? n : (int)sizeof buf - 1);
    buf[got > 0 ? got : 0] = '\0';
    return buf;
}

/* Whether s drawn at k x k blocks at (y, x) reads back as its glyphs. */
static int reads_back(const char *s, int y, int x, int k)
{
    for (; *s; s++) {
        const char *const *g = bigfont_glyph(*s);
        int w = (int)strlen(g[0]);
        for (int r = 0; r < BIGFONT_ROWS * k; r++)
            for (int c = 0; c < (w + 1) * k; c++) {
                char want = c < w * k && g[r / k][c / k] == '#' ? '#' : ' ';
                if (cells(y + r, x + c, 1)[0] != want)
                    return 0;
            }
        x += (w + 1) * k;
    }
    return 1;
}

int main(void)
{
    const char *a = ALPHABET;
    int missing = 0, bad = 0;
    for (const char *p = a; *p; p++) {
        const char *const *g = bigfont_glyph(*p);
        if (!g) {
            printf("  no glyph for '%c'\n", *p);
            missing++;
        } else if (!well_formed(*p, g)) {
            printf("  glyph '%c' is not five rows of one width with ink at both edges\n", *p);
            bad++;
        }
    }
    CHECK(missing == 0, "every character of the label alphabet has a glyph");
    CHECK(bad == 0, "every glyph: five rows of one width (1-5), # and space, ink in the first and last column");
    int uncovered = 0;
    for (size_t i = 0; i < sizeof LABELS / sizeof LABELS[0]; i++)
        for (const char *p = LABELS[i]; *p; p++)
            uncovered += bigfont_glyph(*p) == NULL;
    CHECK(uncovered == 0, "every character of the wallboard's labels has a glyph");

    int alike = 0;
    for (const char *p = a; *p; p++)
        for (const char *q = p + 1; *q; q++) {
            const char *const *gp = bigfont_glyph(*p), *const *gq = bigfont_glyph(*q);
            if (*p == *q || !gp || !gq || !same(gp, gq))
                continue;
            int declared = (*p == 'O' && *q == '0') || (*p == 'S' && *q == '5');
            if (!declared) {
                printf("  '%c' and '%c' look alike\n", *p, *q);
                alike++;
            }
        }
    CHECK(alike == 0, "no two glyphs alike except O/0 and S/5");

    CHECK(bigfont_glyph('c') == bigfont_glyph('C') && bigfont_glyph('z') == bigfont_glyph('Z'),
          "lower case is drawn as upper case");
    CHECK(bigfont_glyph('k') != bigfont_glyph('K'), "k (thousands) keeps its own glyph");
    CHECK(bigfont_glyph('~') == NULL && bigfont_glyph('\x01') == NULL, "characters the font lacks: no glyph");
    CHECK(bigfont_width("A~B") == bigfont_width("A B"), "a character the font lacks counts as a space");

    CHECK(glyph_w('M') == 5 && glyph_w('W') == 5 && glyph_w('N') == 4 && glyph_w('A') == 3 && glyph_w('/') == 3,
          "declared widths: M W 5, N 4, A / 3");
    int want = 0;
    for (const char *p = "CONVERSION"; *p; p++)
        want += glyph_w(*p) + (p[1] ? 1 : 0);
    CHECK(bigfont_width("CONVERSION") == want && want == 10 * 3 + 2 * 1 + 9,
          "width: the glyphs plus one column between (CONVERSION: 41)");
    CHECK(bigfont_width("AVG UPSELL / CALL") == 13 * 3 + 3 + 3 * 2 + 16, "width of AVG UPSELL / CALL: 64");

    CHECK(bigfont_rows((bigfont_size){1, 1}) == 3, "half height: three rows");
    CHECK(bigfont_rows((bigfont_size){1, 2}) == 5 && bigfont_rows((bigfont_size){4, 8}) == 20,
          "k x k blocks: 5k rows");
    CHECK(bigfont_fit("83", 100, 24, 8) == 4 && bigfont_fit("83", 13, 100, 8) == 1 && bigfont_fit("83", 6, 100, 8) == 0,
          "bigfont_fit: the largest scale that fits both ways");

    term t;
    term_opts to = {true, true};
    cz_err err;
    if (term_open_null(&t, &to, 40, 200, &err) < 0) {
        printf("FAIL bigfont: %s\n", err.msg);
        return 1;
    }
    CHECK(!bigfont_size_ok(&t, (bigfont_size){1, 1}) && bigfont_size_ok(&t, (bigfont_size){2, 4}),
          "ASCII: no half-height size, k x k blocks");
    const char *line1 = "ABCDEFGHIJKLM", *line2 = "NOPQRSTUVWXYZ", *line3 = "0123456789 %.,:-/$+!?'()&kMB";
    erase();
    bigfont_draw_sized(&t, 0, 0, A_NORMAL, line1, (bigfont_size){1, 2});
    bigfont_draw_sized(&t, 6, 0, A_NORMAL, line2, (bigfont_size){1, 2});
    bigfont_draw_sized(&t, 12, 0, A_NORMAL, line3, (bigfont_size){1, 2});
    CHECK(reads_back(line1, 0, 0, 1) && reads_back(line2, 6, 0, 1) && reads_back(line3, 12, 0, 1),
          "every glyph drawn at 1x1 reads back cell for cell");
    erase();
    bigfont_draw_scaled(&t, 0, 0, A_NORMAL, "AVG/CALL", 2);
    CHECK(reads_back("AVG/CALL", 0, 0, 2), "drawn at 2x2 blocks: reads back, 10 rows");
    CHECK(strchr(cells(10, 0, 80), '#') == NULL, "nothing drawn below 5k rows");
    erase();
    bigfont_draw_sized(&t, 0, 0, A_NORMAL, "CALLS", (bigfont_size){1, 1});
    int ink = 0;
    for (int y = 0; y < 5; y++)
        ink += strchr(cells(y, 0, 80), '#') != NULL;
    CHECK(ink == 0, "ASCII: the half-height size draws nothing");
    term_close(&t);
    T_END();
}
