/* kpi_upsell_scope.h - internal to the kpi module: words that narrow the
 * order back to the purchase and so take add-ons off it, whatever the
 * refusal is worded like ("just the laptop", "okay, just the TV then",
 * "no problem, just the re-treatment then", "Just fix the leak, please"),
 * and a drop verb whose object names an extra by another word than the
 * agent's ("a box of truffles for $12?" - "sure ... actually scratch the
 * chocolates"). */
#ifndef CZ_KPI_UPSELL_SCOPE_H
#define CZ_KPI_UPSELL_SCOPE_H

#include "kpi_dialog.h"

/* Customer turn `turn`, once its answers are read: a sentence that keeps
 * only the purchase ("just/only [verb] the X", X naming the purchase and
 * no add-on; or, opening the direct answer to an add-on offer, naming
 * nothing on the table) declines every add-on offered before it that it
 * does not name and takes back those accepted up to it. A drop verb with
 * an object that names nothing on the table takes back the add-on the
 * customer accepted last, in this turn before the verb or the one before,
 * unless a newer extra was offered since. A refusal or retraction among
 * c's events then spoke to those add-ons and is marked consumed. */
void upsell_scope_customer(dlg_state *st, int turn, dlg_customer *c);

/* Agent turn `turn`, once its items are read: the agent's acknowledgement
 * that leaves only the purchase ("no problem, just the re-treatment then",
 * "Just the laptop at $899.": "just/only the X" opening a sentence or
 * closed by "then", X naming the purchase and no add-on) declines the
 * add-ons offered before it and takes back those accepted. Its regret,
 * right after the customer's turn that took an add-on, that the thing
 * cannot be had ("I'm sorry. Installation isn't available in your zip
 * code": an apology or "unfortunately", then a negator with "available",
 * "able", "add", "do"... within three words) takes that add-on back. */
void upsell_scope_agent(dlg_state *st, int turn);

#endif
