/* term.c - terminal ownership: curses setup/teardown, the colour scheme behind
 * semantic elements (with a monochrome fallback), the UTF-8 and ASCII glyph
 * tables, signal flags, and terminal restore before fatal exits. */
#include "term.h"

#include <langinfo.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

/* The only mutable process-wide state: set by signal handlers. */
static volatile sig_atomic_t winch_flag, quit_flag;

static const term_glyphs GLYPHS_UTF8 = {
    .spark = {"\xe2\x96\x81", "\xe2\x96\x82", "\xe2\x96\x83", "\xe2\x96\x84", "\xe2\x96\x85",
              "\xe2\x96\x86", "\xe2\x96\x87", "\xe2\x96\x88"}, /* ▁▂▃▄▅▆▇█ */
    .full = "\xe2\x96\x88",                                    /* █ */
    .hline = "\xe2\x94\x80",                                   /* ─ */
    .vline = "\xe2\x94\x82",                                   /* │ */
    .pos = "\xe2\x96\x88",                                     /* █ */
    .neu = "\xe2\x96\x92",                                     /* ▒ */
    .neg = "\xe2\x96\x91",                                     /* ░ */
    .best = "\xe2\x98\x85",                                    /* ★ top N (not an arrow: */
    .worst = "\xe2\x9a\x91",                                   /* ⚑ bottom N  ▲▼ are change) */
    .sort_up = "\xe2\x86\x91",                                 /* ↑ */
    .sort_down = "\xe2\x86\x93",                               /* ↓ */
    .ellipsis = "\xe2\x80\xa6",                                /* … */
};

static const term_glyphs GLYPHS_ASCII = {
    .spark = {"_", ".", ",", "-", "=", "+", "*", "#"},
    .full = "#",
    .hline = "-",
    .vline = "|",
    .pos = "+",
    .neu = "=",
    .neg = "-",
    .best = "*",
    .worst = "#", /* "!" is "near target" */
    .sort_up = "^",
    .sort_down = "v",
    .ellipsis = "~",
};

/* Colour scheme: foreground, background (-1 = terminal default), extra
 * attributes; and the attributes used when there is no colour. */
typedef struct {
    short fg, bg;
    attr_t extra, mono;
} scheme;

static const scheme SCHEME[EL__COUNT] = {
    [EL_NORMAL] = {-1, -1, A_NORMAL, A_NORMAL},
    [EL_HEADER] = {COLOR_BLACK, COLOR_CYAN, A_NORMAL, A_REVERSE},
    [EL_HEADER_OK] = {COLOR_BLACK, COLOR_GREEN, A_NORMAL, A_REVERSE | A_BOLD},
    [EL_ALERT] = {COLOR_WHITE, COLOR_RED, A_BOLD, A_BOLD | A_UNDERLINE},
    [EL_TITLE] = {COLOR_CYAN, -1, A_BOLD, A_BOLD | A_UNDERLINE},
    [EL_LABEL] = {-1, -1, A_NORMAL, A_NORMAL},
    [EL_VALUE] = {-1, -1, A_BOLD, A_BOLD},
    [EL_GOOD] = {COLOR_GREEN, -1, A_BOLD, A_BOLD},
    [EL_BAD] = {COLOR_RED, -1, A_BOLD, A_UNDERLINE},
    [EL_WARN] = {COLOR_YELLOW, -1, A_BOLD, A_BOLD},
    [EL_COLHEAD] = {COLOR_BLACK, COLOR_GREEN, A_NORMAL, A_REVERSE},
    [EL_COLHEAD_SORT] = {COLOR_BLACK, COLOR_CYAN, A_BOLD, A_REVERSE | A_BOLD | A_UNDERLINE},
    [EL_SELECTED] = {COLOR_BLACK, COLOR_CYAN, A_NORMAL, A_REVERSE},
    [EL_BEST] = {COLOR_GREEN, -1, A_BOLD, A_BOLD},
    [EL_WORST] = {COLOR_RED, -1, A_BOLD, A_BOLD},
    [EL_POS] = {COLOR_GREEN, -1, A_NORMAL, A_NORMAL},
    [EL_NEU] = {COLOR_YELLOW, -1, A_NORMAL, A_NORMAL},
    [EL_NEG] = {COLOR_RED, -1, A_NORMAL, A_NORMAL},
    [EL_SPARK] = {COLOR_CYAN, -1, A_NORMAL, A_NORMAL},
    [EL_BIG] = {COLOR_CYAN, -1, A_BOLD, A_BOLD},
    [EL_KEY] = {-1, -1, A_BOLD, A_BOLD},
    [EL_KEYLABEL] = {COLOR_BLACK, COLOR_CYAN, A_NORMAL, A_REVERSE},
    [EL_PROMPT] = {COLOR_YELLOW, -1, A_BOLD, A_BOLD},
};

static bool env_no_color(void)
{
    const char *v = getenv("NO_COLOR");
    return v && *v; /* no-color.org: present and not empty */
}

static void setup_colors(term *t, bool want_color)
{
    t->color = want_color && has_colors() && start_color() == OK;
    short deflt_bg = COLOR_BLACK, deflt_fg = COLOR_WHITE;
    if (t->color && use_default_colors() == OK)
        deflt_bg = deflt_fg = -1;
    for (int e = 0; e < EL__COUNT; e++) {
        const scheme *s = &SCHEME[e];
        if (!t->color) {
            t->attr[e] = s->mono;
            continue;
        }
        if (s->fg == -1 && s->bg == -1) {
            t->attr[e] = s->extra;
            continue;
        }
        short fg = s->fg == -1 ? deflt_fg : s->fg, bg = s->bg == -1 ? deflt_bg : s->bg;
        if (e >= COLOR_PAIRS || init_pair((short)e, fg, bg) != OK) {
            t->attr[e] = s->mono; /* too few pairs: fall back for this element */
            continue;
        }
        t->attr[e] = COLOR_PAIR(e) | s->extra;
    }
}

static void setup_modes(void)
{
    cbreak();
    noecho();
    nonl();
    intrflush(stdscr, FALSE);
    keypad(stdscr, TRUE);
    /* Clicks on column headers and the wheel, where the terminal reports
     * them in its own input (kmous; Shift still selects text in most
     * terminals). Not through GPM on the console, which would load a
     * library the process cannot unload. */
    char *kmous = keybound(KEY_MOUSE, 0);
    if (kmous && strncmp(termname(), "linux", 5) != 0) { /* ncurses' own GPM test */
        mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
        mouseinterval(0);
    }
    free(kmous);
    nodelay(stdscr, TRUE); /* the event loop waits in ppoll, never in curses */
    set_escdelay(25);
    curs_set(0);           /* may fail on terminals without cursor control */
    leaveok(stdscr, TRUE);
}

static bool locale_utf8(void)
{
    const char *cs = nl_langinfo(CODESET);
    return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

int term_open(term *t, const term_opts *o, cz_err *err)
{
    memset(t, 0, sizeof *t);
    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
        cz_err_set(err, "standard input and output must be a terminal");
        return -1;
    }
    const char *tn = getenv("TERM");
    t->screen = newterm(NULL, stdout, stdin);
    if (!t->screen) {
        cz_err_set(err, "cannot use terminal type \"%s\"", tn ? tn : "(unset)");
        return -1;
    }
    set_term(t->screen);
    /* A terminal that cannot move the cursor (TERM=dumb, a printing
     * terminal) would show the frames as a stream of lines of which only the
     * last, the footer, stays in view: refuse it with a way out. */
    char *cup = tigetstr("cup");
    if (!cup || cup == (char *)-1) {
        endwin();
        delscreen(t->screen);
        t->screen = NULL;
        cz_err_set(err,
                   "terminal type \"%s\" cannot move the cursor, which the dashboard needs;"
                   " run it in a terminal such as xterm, screen or tmux with TERM set to match"
                   " (e.g. TERM=xterm-256color)",
                   tn ? tn : "(unset)");
        return -1;
    }
    t->utf8 = !o->ascii && locale_utf8();
    t->g = t->utf8 ? &GLYPHS_UTF8 : &GLYPHS_ASCII;
    setup_modes();
    setup_colors(t, !o->no_color && !env_no_color());
    return 0;
}

int term_open_null(term *t, const term_opts *o, int rows, int cols, cz_err *err)
{
    memset(t, 0, sizeof *t);
    t->null_out = fopen("/dev/null", "w");
    t->null_in = fopen("/dev/null", "r");
    if (!t->null_out || !t->null_in) {
        cz_err_set(err, "cannot open /dev/null");
        term_close(t);
        return -1;
    }
    t->screen = newterm("xterm-256color", t->null_out, t->null_in);
    if (!t->screen) {
        cz_err_set(err, "no terminfo entry for xterm-256color");
        term_close(t);
        return -1;
    }
    set_term(t->screen);
    resize_term(rows, cols);
    t->utf8 = !o->ascii && locale_utf8();
    t->g = t->utf8 ? &GLYPHS_UTF8 : &GLYPHS_ASCII;
    setup_modes();
    setup_colors(t, !o->no_color);
    return 0;
}

void term_close(term *t)
{
    if (!t)
        return;
    if (t->screen) {
        curs_set(1);
        endwin();
        delscreen(t->screen);
        t->screen = NULL;
    }
    if (t->null_out)
        fclose(t->null_out);
    if (t->null_in)
        fclose(t->null_in);
    t->null_out = t->null_in = NULL;
}

void term_die(term *t, int code, const char *fmt, ...)
{
    term_close(t);
    fputs("converza-tui: ", stderr);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(code);
}

void term_resize(term *t)
{
    (void)t;
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 && ws.ws_col > 0) {
        resizeterm(ws.ws_row, ws.ws_col);
    } else {
        endwin(); /* curses re-reads the size on the next refresh */
        refresh();
    }
}

static void on_winch(int sig)
{
    (void)sig;
    winch_flag = 1;
}

static void on_quit(int sig)
{
    (void)sig;
    quit_flag = 1;
}

/* Puts the terminal back before the default action of a crash signal runs,
 * so a crash never leaves the user's shell in curses mode. */
static void on_crash(int sig)
{
    endwin();
    static const char msg[] = "converza-tui: crashed; terminal restored\n";
    ssize_t w = write(STDERR_FILENO, msg, sizeof msg - 1);
    (void)w;
    signal(sig, SIG_DFL);
    raise(sig);
}

#if defined(__SANITIZE_ADDRESS__)
#define CZ_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CZ_ASAN 1
#endif
#endif

/* The signals the event loop takes through ppoll: resize and quit. */
static void loop_signals(sigset_t *set)
{
    sigemptyset(set);
    sigaddset(set, SIGWINCH);
    sigaddset(set, SIGTERM);
    sigaddset(set, SIGINT);
    sigaddset(set, SIGHUP);
}

void term_signals_block(sigset_t *old)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = on_winch;
    sigaction(SIGWINCH, &sa, NULL);
    sa.sa_handler = on_quit;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sa.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &sa, NULL);
    sa.sa_handler = on_crash;
    sa.sa_flags = SA_RESETHAND;
    sigaction(SIGABRT, &sa, NULL);
#ifndef CZ_ASAN /* AddressSanitizer reports these itself */
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGFPE, &sa, NULL);
    sigaction(SIGILL, &sa, NULL);
#endif
    sigset_t set;
    loop_signals(&set);
    pthread_sigmask(SIG_BLOCK, &set, old);
}

void term_poll_signals(void)
{
    /* ppoll only delivers the blocked signals when it waits; when input is
     * ready all the time they would stay pending, so collect them here. */
    sigset_t set;
    loop_signals(&set);
    struct timespec zero = {0, 0};
    int sig;
    while ((sig = sigtimedwait(&set, NULL, &zero)) > 0) {
        if (sig == SIGWINCH)
            winch_flag = 1;
        else
            quit_flag = 1;
    }
}

bool term_take_winch(void)
{
    if (!winch_flag)
        return false;
    winch_flag = 0;
    return true;
}

bool term_quit_requested(void)
{
    return quit_flag != 0;
}
