/* bigfont.c - the wallboard's block font (see bigfont.h). Each glyph is five
 * rows of '#' (ink) and ' ' (paper), three columns wide where a letter allows
 * (M, N and W need more), with ink in its first and last column so that the
 * one blank column between glyphs is the only gap inside a word. Ink is drawn
 * with the full-block glyph, or '#' in ASCII mode; at the half-height size two
 * rows of the font share a terminal row through the half blocks. */
#include "bigfont.h"

#include <string.h>

typedef struct {
    char c;
    const char *row[BIGFONT_ROWS];
} glyph;

static const glyph FONT[] = {
    {'0', {"###", "# #", "# #", "# #", "###"}},
    {'1', {" # ", "## ", " # ", " # ", "###"}},
    {'2', {"###", "  #", "###", "#  ", "###"}},
    {'3', {"###", "  #", " ##", "  #", "###"}},
    {'4', {"# #", "# #", "###", "  #", "  #"}},
    {'5', {"###", "#  ", "###", "  #", "###"}},
    {'6', {"###", "#  ", "###", "# #", "###"}},
    {'7', {"###", "  #", "  #", " # ", " # "}},
    {'8', {"###", "# #", "###", "# #", "###"}},
    {'9', {"###", "# #", "###", "  #", "###"}},
    {'.', {" ", " ", " ", " ", "#"}},
    {',', {" ", " ", " ", "#", "#"}},
    {':', {" ", "#", " ", "#", " "}},
    {'-', {"   ", "   ", "###", "   ", "   "}},
    {'%', {"# #", "  #", " # ", "#  ", "# #"}},
    {'$', {" ####", "# #  ", " ### ", "  # #", "#### "}},
    {'k', {"#  ", "# #", "## ", "# #", "# #"}},
    /* Letters: O is the zero and S the five, as in most block fonts; the
     * others differ from every digit. */
    {'A', {" # ", "# #", "###", "# #", "# #"}},
    {'B', {"## ", "# #", "## ", "# #", "## "}},
    {'C', {"###", "#  ", "#  ", "#  ", "###"}},
    {'D', {"## ", "# #", "# #", "# #", "## "}},
    {'E', {"###", "#  ", "## ", "#  ", "###"}},
    {'F', {"###", "#  ", "## ", "#  ", "#  "}},
    {'G', {"###", "#  ", "#  ", "# #", "###"}},
    {'H', {"# #", "# #", "###", "# #", "# #"}},
    {'I', {"###", " # ", " # ", " # ", "###"}},
    {'J', {"  #", "  #", "  #", "# #", "###"}},
    {'K', {"# #", "# #", "## ", "# #", "# #"}},
    {'L', {"#  ", "#  ", "#  ", "#  ", "###"}},
    {'M', {"#   #", "## ##", "# # #", "#   #", "#   #"}},
    {'N', {"#  #", "## #", "# ##", "#  #", "#  #"}},
    {'O', {"###", "# #", "# #", "# #", "###"}},
    {'P', {"###", "# #", "###", "#  ", "#  "}},
    {'Q', {"###", "# #", "# #", "###", "  #"}},
    {'R', {"###", "# #", "## ", "# #", "# #"}},
    {'S', {"###", "#  ", "###", "  #", "###"}},
    {'T', {"###", " # ", " # ", " # ", " # "}},
    {'U', {"# #", "# #", "# #", "# #", "###"}},
    {'V', {"# #", "# #", "# #", "# #", " # "}},
    {'W', {"#   #", "#   #", "# # #", "## ##", "#   #"}},
    {'X', {"# #", "# #", " # ", "# #", "# #"}},
    {'Y', {"# #", "# #", " # ", " # ", " # "}},
    {'Z', {"###", "  #", " # ", "#  ", "###"}},
    /* The punctuation of labels. */
    {'/', {"  #", "  #", " # ", "#  ", "#  "}},
    {'+', {"   ", " # ", "###", " # ", "   "}},
    {'!', {"#", "#", "#", " ", "#"}},
    {'?', {"###", "  #", " ##", "   ", " # "}},
    {'\'', {"#", "#", " ", " ", " "}},
    {'(', {" #", "# ", "# ", "# ", " #"}},
    {')', {"# ", " #", " #", " #", "# "}},
    {'&', {" # ", "# #", " # ", "# #", " ##"}},
    {' ', {"  ", "  ", "  ", "  ", "  "}},
};

#define NGLYPHS (sizeof FONT / sizeof FONT[0])
#define SPACE (&FONT[NGLYPHS - 1])

/* U+2580 and U+2584, for the half-height size (UTF-8 only). */
#define UPPER_HALF "\xe2\x96\x80"
#define LOWER_HALF "\xe2\x96\x84"

static const glyph *lookup(char c)
{
    if (c >= 'a' && c <= 'z' && c != 'k')
        c = (char)(c - 'a' + 'A');
    for (size_t i = 0; i < NGLYPHS; i++)
        if (FONT[i].c == c)
            return &FONT[i];
    return NULL;
}

static const glyph *find(char c)
{
    const glyph *g = lookup(c);
    return g ? g : SPACE;
}

const char *const *bigfont_glyph(char c)
{
    const glyph *g = lookup(c);
    return g ? g->row : NULL;
}

int bigfont_width(const char *s)
{
    int w = 0;
    for (; s && *s; s++)
        w += (int)strlen(find(*s)->row[0]) + (s[1] ? 1 : 0);
    return w;
}

void bigfont_draw(const term *t, int y, int x, attr_t a, const char *s)
{
    bigfont_draw_scaled(t, y, x, a, s, 1);
}

void bigfont_draw_scaled(const term *t, int y, int x, attr_t a, const char *s, int k)
{
    bigfont_draw_sized(t, y, x, a, s, (bigfont_size){k, 2 * k});
}

int bigfont_rows(bigfont_size z)
{
    return z.hy > 0 ? (BIGFONT_ROWS * z.hy + 1) / 2 : 0;
}

bool bigfont_size_ok(const term *t, bigfont_size z)
{
    return z.kx >= 1 && z.hy >= 1 && (z.hy % 2 == 0 || t->utf8);
}

/* Whether half-row h (from the top of the glyph) of column c is ink. */
static bool ink(const glyph *g, int c, int h, int hy)
{
    int r = h / hy;
    return r < BIGFONT_ROWS && g->row[r][c] == '#';
}

void bigfont_draw_sized(const term *t, int y, int x, attr_t a, const char *s, bigfont_size z)
{
    if (!bigfont_size_ok(t, z))
        return;
    int rows = bigfont_rows(z);
    for (; s && *s; s++) {
        const glyph *g = find(*s);
        int gw = (int)strlen(g->row[0]);
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < gw; c++) {
                bool top = ink(g, c, 2 * r, z.hy), bottom = ink(g, c, 2 * r + 1, z.hy);
                if (top || bottom)
                    draw_repeat(y + r, x + c * z.kx, z.kx, a,
                                top && bottom ? t->g->full : top ? UPPER_HALF : LOWER_HALF);
            }
        x += (gw + 1) * z.kx;
    }
}

int bigfont_fit(const char *s, int w, int h, int max_k)
{
    int bw = bigfont_width(s), k = 0;
    while (k < max_k && bw * (k + 1) <= w && BIGFONT_ROWS * (k + 1) <= h)
        k++;
    return k;
}
