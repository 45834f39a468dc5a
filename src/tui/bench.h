/* bench.h - `converza-tui --bench-render N`: draws N frames of a synthetic
 * dashboard off-screen (a curses screen on /dev/null) and reports the CPU
 * time per frame and per re-sort, to keep the 10 ms frame budget honest. */
#ifndef CZ_TUI_BENCH_H
#define CZ_TUI_BENCH_H

#include <stdbool.h>

/* Prints the results to stdout. Returns 0, or 70 when the off-screen
 * terminal cannot be opened. */
int bench_run(long frames, long agents, bool ascii);

#endif
