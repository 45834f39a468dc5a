/* bigfont.c - the wallboard's block font (see bigfont.h). Each glyph is five
 * rows of '#' (ink) and ' ' (paper); ink is drawn with the full-block glyph,
 * or '#' in ASCII mode. */
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
    {'M', {"#   #", "## ##", "# # #", "#   #", "#   #"}},
    {'B', {"## ", "# #", "## ", "# #", "## "}},
    {' ', {"  ", "  ", "  ", "  ", "  "}},
};

static const glyph *find(char c)
{
    for (size_t i = 0; i < sizeof FONT / sizeof FONT[0]; i++)
        if (FONT[i].c == c)
            return &FONT[i];
    return &FONT[sizeof FONT / sizeof FONT[0] - 1]; /* the space */
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
    if (k < 1)
        return;
    for (; s && *s; s++) {
        const glyph *g = find(*s);
        int gw = (int)strlen(g->row[0]);
        for (int r = 0; r < BIGFONT_ROWS; r++)
            for (int c = 0; c < gw; c++)
                if (g->row[r][c] == '#')
                    for (int i = 0; i < k; i++)
                        draw_repeat(y + r * k + i, x + c * k, k, a, t->g->full);
        x += (gw + 1) * k;
    }
}

int bigfont_fit(const char *s, int w, int h, int max_k)
{
    int bw = bigfont_width(s), k = 0;
    while (k < max_k && bw * (k + 1) <= w && BIGFONT_ROWS * (k + 1) <= h)
        k++;
    return k;
}
