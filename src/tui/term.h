/* term.h - the one module that owns the terminal: curses setup and teardown,
 * colours behind semantic elements, UTF-8/ASCII glyph tables, signal flags and
 * restoring the terminal before any fatal exit. Other modules never pick raw
 * colour pairs or glyph bytes; they ask for an element or a glyph here. */
#ifndef CZ_TUI_TERM_H
#define CZ_TUI_TERM_H

#include <curses.h>
#include <signal.h>
#include <stdbool.h>

#include "util.h"

/* What a piece of the screen means; term maps it to colour or, without
 * colour, to bold/reverse/underline. */
typedef enum {
    EL_NORMAL,
    EL_HEADER,        /* the top bar */
    EL_HEADER_OK,     /* "online", "connected" inside the top bar */
    EL_ALERT,         /* STALE, broker lost, worker offline */
    EL_TITLE,         /* panel titles */
    EL_LABEL,         /* quiet text: labels, units */
    EL_VALUE,         /* numbers that matter */
    EL_GOOD,
    EL_BAD,
    EL_WARN,
    EL_COLHEAD,       /* table column header */
    EL_COLHEAD_SORT,  /* the column the table is sorted by */
    EL_SELECTED,      /* the selected table row */
    EL_BEST,          /* best performers' marks */
    EL_WORST,         /* worst performers' marks */
    EL_POS,           /* sentiment: positive, neutral, negative */
    EL_NEU,
    EL_NEG,
    EL_SPARK,         /* trend lines and wallboard bars */
    EL_BIG,           /* wallboard digits */
    EL_KEY,           /* a key name in the footer */
    EL_KEYLABEL,      /* what the key does */
    EL_PROMPT,        /* the filter prompt */
    EL__COUNT
} term_elem;

/* Glyphs; every entry is a NUL-terminated string one terminal column wide. */
typedef struct {
    const char *spark[8];            /* lowest to highest eighth */
    const char *full, *hline, *vline;
    const char *pos, *neu, *neg;     /* stacked sentiment bar segments */
    const char *best, *worst;        /* performer marks */
    const char *sort_up, *sort_down;
    const char *ellipsis;
} term_glyphs;

typedef struct {
    bool utf8;                  /* locale is UTF-8 and --ascii not given */
    bool color;                 /* terminal has colours and NO_COLOR unset */
    const term_glyphs *g;
    attr_t attr[EL__COUNT];
    SCREEN *screen;             /* NULL when closed */
    FILE *null_out, *null_in;   /* only for term_open_null */
} term;

typedef struct {
    bool ascii;                 /* --ascii */
    bool no_color;              /* force monochrome (NO_COLOR is read too) */
} term_opts;

/* Opens the terminal on stdin/stdout: newterm, cbreak, no echo, keypad, the
 * cursor hidden, colours. Returns -1 with err (unknown TERM, not a terminal). */
int term_open(term *t, const term_opts *o, cz_err *err);

/* Opens an off-screen terminal of rows x cols writing to /dev/null (for
 * benchmarks and tests). Returns -1 with err. */
int term_open_null(term *t, const term_opts *o, int rows, int cols, cz_err *err);

/* Restores the terminal. Safe to call twice and on a closed term. */
void term_close(term *t);

/* Restores the terminal (if open), prints "converza-tui: MESSAGE" to stderr
 * and exits with code. For failures the program cannot continue from. */
void term_die(term *t, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4), noreturn));

static inline attr_t term_attr(const term *t, term_elem e)
{
    return t->attr[e];
}

/* Re-reads the terminal size after SIGWINCH and tells curses. */
void term_resize(term *t);

/* Signals. term_signals_block blocks SIGWINCH/SIGTERM/SIGINT/SIGHUP (call it
 * before starting threads so only the main thread's ppoll sees them) and
 * installs flag-setting handlers; *old receives the mask to wait with.
 * Crash signals get a handler that restores the terminal and re-raises. */
void term_signals_block(sigset_t *old);
void term_poll_signals(void); /* takes blocked signals that are pending */
bool term_take_winch(void);   /* true once per SIGWINCH */
bool term_quit_requested(void);

#endif
