/* bigfont.h - a 5-row block font for wallboard numbers: digits and the few
 * signs numbers need ($ , . % - k M B : and space). */
#ifndef CZ_TUI_BIGFONT_H
#define CZ_TUI_BIGFONT_H

#include "draw.h"

#define BIGFONT_ROWS 5

/* Columns s takes in the big font (one blank column between glyphs).
 * Characters the font lacks count as a space. */
int bigfont_width(const char *s);

/* Draws s with its top-left corner at (y, x), clipped to the screen. */
void bigfont_draw(const term *t, int y, int x, attr_t a, const char *s);

/* The same s drawn k times larger (each cell of the font a k x k block):
 * bigfont_width(s) * k columns and BIGFONT_ROWS * k rows. */
void bigfont_draw_scaled(const term *t, int y, int x, attr_t a, const char *s, int k);

/* The largest scale (at most max_k, at least 0) at which s fits in w x h. */
int bigfont_fit(const char *s, int w, int h, int max_k);

#endif
