/* target.h - how the dashboard shows targets and change against the usual:
 * the status glyph (✓ ! ✗, ASCII + ! x) and attribute of on / near / off,
 * the up/down arrow of a change (▲ ▼ =, ASCII ^ v =), and the texts for
 * distances and changes. Colour always comes with a glyph or word, so it is
 * never the only carrier (NO_COLOR, ASCII). Judging is targets.h's. */
#ifndef CZ_TUI_TARGET_H
#define CZ_TUI_TARGET_H

#include "app.h"
#include "numfmt.h"
#include "targets.h"

/* The one-column glyph of s ("" for TGT_NONE). */
const char *tgt_glyph(const term *t, tgt_status s);

/* The attribute of s: EL_GOOD, EL_WARN, EL_BAD; fallback for TGT_NONE. */
attr_t tgt_attr(const term *t, tgt_status s, attr_t fallback);

/* The arrow of a change d: up, down, or "=" when |d| < eps. */
const char *tgt_arrow(const term *t, double d, double eps);

/* The summary's targets, or NULL before a summary with targets came. */
const snap_targets *tgt_targets(const app *a);

/* The minimum calls for ranking: the summary's, else 5. */
int64_t tgt_min_calls(const app *a);

/* Days in the baseline window; 0 when the worker does not publish one. */
int tgt_baseline_days(const app *a);

/* "+2.3 pts" / "-0.4 pts" (percentage points), "+$1.20" (dollars), "-120"
 * (whole numbers): a signed difference for a distance or a change. */
const char *tgt_pts(double d, char out[NUM_LEN]);
const char *tgt_dollars(double d, char out[NUM_LEN]);
const char *tgt_count(double d, char out[NUM_LEN]);

/* The mark of a row with calls but too few to be ranked. */
#define TGT_UNRANKED(t) ((t)->utf8 ? "\xc2\xb7" : ".") /* · */

/* The glyph drawn after the number in column c of row: the target status of
 * Conv% and Avg upsell (by the row's team's targets), the arrow of a change
 * column; "" for none (unranked rows, other columns, no targets). When at is
 * not NULL it receives the cell's attribute (status or change colour). */
const char *tgt_cell(const app *a, const view_row *row, view_col c, attr_t *at);

/* Draws the table's legend in w columns at (y, x): what the marks, the
 * unranked dot, the status glyphs and the arrows mean, and the score's
 * formula; cut with an ellipsis when narrow. */
void tgt_legend(const app *a, int y, int x, int w);

#endif
