/* layout.h - drawing one whole frame: where each widget goes for the current
 * terminal size (full dashboard, compact view, wallboard, help, or "terminal
 * too small"). */
#ifndef CZ_TUI_LAYOUT_H
#define CZ_TUI_LAYOUT_H

#include "app.h"

/* Draws one complete frame on stdscr and updates the terminal. Also records
 * how many table rows fit (a->table_rows) and keeps the selection visible. */
void layout_draw(app *a);

#endif
