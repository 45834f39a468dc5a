/* loop.h - the dashboard's one event loop: ppoll on the terminal and the
 * MQTT wakeup pipe against a monotonic clock (repaint tick, wallboard page
 * flips, the moment data turns stale, connection retries). */
#ifndef CZ_TUI_LOOP_H
#define CZ_TUI_LOOP_H

#include <signal.h>

#include "app.h"
#include "feed.h"

/* Runs until the user quits or SIGTERM/SIGINT/SIGHUP arrives. waitmask is
 * the signal mask to wait with (the signals term_signals_block blocked are
 * let through only while waiting). Returns 0, or -1 with err when waiting
 * itself fails. */
int loop_run(app *a, feed *f, const sigset_t *waitmask, cz_err *err);

#endif
