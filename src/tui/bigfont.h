/* bigfont.h - a 5-row block font for the wallboard: digits and the signs
 * numbers need ($ , . % - k M B : and space), the letters A-Z (lower case
 * is drawn as upper case, except k) and the punctuation of labels
 * (/ + ! ? ' ( ) &). Pure data and arithmetic apart from the drawing calls. */
#ifndef CZ_TUI_BIGFONT_H
#define CZ_TUI_BIGFONT_H

#include <stdbool.h>

#include "draw.h"

#define BIGFONT_ROWS 5

/* A size of the font: each cell of a glyph becomes kx columns and hy
 * half-rows of the terminal. The digits use {k, 2k} (k x k blocks); {1, 1}
 * is the half-height size (three rows), which needs the half-block glyphs
 * ▀ ▄ and so a UTF-8 terminal. */
typedef struct {
    int kx, hy;
} bigfont_size;

/* The five rows of c's glyph ('#' ink, ' ' paper, all rows as wide), or
 * NULL when the font has no glyph for c (lower case letters other than k
 * fold to upper case first). For tests and for callers that must know. */
const char *const *bigfont_glyph(char c);

/* Columns s takes in the big font at scale 1 (one blank column between
 * glyphs). Characters the font lacks count as a space. */
int bigfont_width(const char *s);

/* Draws s with its top-left corner at (y, x), clipped to the screen. */
void bigfont_draw(const term *t, int y, int x, attr_t a, const char *s);

/* The same s drawn k times larger (each cell of the font a k x k block):
 * bigfont_width(s) * k columns and BIGFONT_ROWS * k rows. */
void bigfont_draw_scaled(const term *t, int y, int x, attr_t a, const char *s, int k);

/* Terminal rows s takes at size z: BIGFONT_ROWS * hy half-rows, rounded up. */
int bigfont_rows(bigfont_size z);

/* Whether this terminal can draw size z: an odd hy needs half blocks,
 * which ASCII mode lacks. */
bool bigfont_size_ok(const term *t, bigfont_size z);

/* Draws s at size z: bigfont_width(s) * z.kx columns, bigfont_rows(z)
 * rows. A size the terminal cannot draw (bigfont_size_ok) draws nothing. */
void bigfont_draw_sized(const term *t, int y, int x, attr_t a, const char *s, bigfont_size z);

/* The largest scale (at most max_k, at least 0) at which s fits in w x h. */
int bigfont_fit(const char *s, int w, int h, int max_k);

#endif
