/* kpi_upsell_scope.h - internal to the kpi module: words that narrow the
 * order back to the purchase and so take add-ons off it, whatever the
 * refusal is worded like ("just the laptop", "okay, just the TV then",
 * "no problem, just the re-treatment then", "Just fix the leak, please"),
 * and the drop verbs that take an extra back, by its name or by another
 * word than the agent's ("a box of truffles for $12?" - "sure ...
 * actually scratch the chocolates"). */
#ifndef CZ_KPI_UPSELL_SCOPE_H
#define CZ_KPI_UPSELL_SCOPE_H

#include "kpi_dialog.h"

/* Customer turn `turn`, once its answers are read: a sentence that keeps
 * only the purchase ("just/only [verb] the X", X naming the purchase and
 * no add-on; or, opening the direct answer to an add-on offer, naming
 * nothing on the table) declines every add-on offered before it that it
 * does not name and takes back those accepted up to it. A drop verb
 * ("skip", "drop", "scratch", "scrap", "ditch", "remove", "cancel"; a
 * "forget" is read as a refusal, by kpi_upsell.c) said as a request - not negated, not told of with a subject,
 * not asked about unless politely - takes back the add-ons accepted in
 * earlier turns that its clause names, up to what is kept ("drop the
 * insurance just keep the gps"); when its object names nothing on the
 * table and not the purchase, the add-on the customer accepted last, in
 * this turn before the verb or the one before, unless a newer extra was
 * offered since. A refusal or retraction among c's events then spoke to
 * those add-ons and is marked consumed. This is the one place that decides
 * what a drop verb removes. */
void upsell_scope_customer(dlg_state *st, int turn, dlg_customer *c);

/* Where what the drop verb at word k of t takes away ends, given its
 * clause ends at byte ce: at a word that turns to what is kept ("drop the
 * insurance just keep the gps", "skip the wipers but do the filter"),
 * which speech recognition leaves in the same clause. */
size_t upsell_drop_object_end(const kpi_text *t, size_t k, size_t ce);

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
