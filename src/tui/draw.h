/* draw.h - drawing primitives on the curses screen that know display widths:
 * clipped UTF-8 text (wide and combining characters counted right, ASCII
 * fallback), right alignment, repeated glyphs and stacked bars. All drawing
 * goes through these so nothing writes past the rectangle it was given. */
#ifndef CZ_TUI_DRAW_H
#define CZ_TUI_DRAW_H

#include "term.h"

/* A screen area: top row, left column, height, width. */
typedef struct {
    int y, x, h, w;
} rect;

/* Columns the UTF-8 string s takes on this terminal (unprintable characters
 * count zero; in ASCII mode every non-ASCII character counts one: "?"). */
int draw_width(const term *t, const char *s);

/* Draws s at (y, x) in at most maxw columns with attribute a; cuts at a
 * character boundary. Returns the columns used. */
int draw_text(const term *t, int y, int x, int maxw, attr_t a, const char *s);

/* Like draw_text, but a string that does not fit ends with the ellipsis
 * glyph instead of being cut silently. */
int draw_text_fit(const term *t, int y, int x, int maxw, attr_t a, const char *s);

/* Draws s so that it ends just before column xend, in at most maxw columns;
 * a string that does not fit ends with the ellipsis glyph (a number cut
 * short must not read as a smaller one). Returns the starting column. */
int draw_text_right(const term *t, int y, int xend, int maxw, attr_t a, const char *s);

/* Draws s centred in [x, x + w). */
void draw_text_center(const term *t, int y, int x, int w, attr_t a, const char *s);

/* Draws n copies of the one-column glyph g starting at (y, x). */
void draw_repeat(int y, int x, int n, attr_t a, const char *g);

/* Blanks w columns at (y, x) with attribute a (e.g. a coloured bar). */
void draw_blank(int y, int x, int w, attr_t a);

/* A stacked horizontal bar of width w with three parts in proportion to
 * a, b, c (positive, neutral, negative); each non-zero part gets at least one
 * cell when w allows. Draws nothing but blanks when all are zero. */
void draw_stacked_bar(const term *t, int y, int x, int w, double a, double b, double c);

/* Splits w cells over three non-negative weights by largest remainder;
 * exposed for tests. */
void draw_split3(int w, double a, double b, double c, int out[3]);

#endif
