/* keys.h - the one key table: what every key does. The event loop looks keys
 * up here, the help screen lists it, and `converza-tui --man-keys` prints it
 * as the roff list man/converza-tui.1 carries (a test keeps them equal). */
#ifndef CZ_TUI_KEYS_H
#define CZ_TUI_KEYS_H

#include <stdio.h>

/* A key as the loop reads it: a character (its code point) or a curses
 * function key (KEY_UP, ...) marked with KEYS_FN so they never collide. */
#define KEYS_FN(k) (0x200000 | (k))
#define KEYS_ESC 27
#define KEYS_CTRL(c) ((c) & 0x1f)

typedef enum {
    ACT_NONE,
    ACT_QUIT,
    ACT_BACK,
    ACT_HELP,
    ACT_SORT_PREV,
    ACT_SORT_NEXT,
    ACT_SORT_INVERT,
    ACT_FILTER,
    ACT_WINDOW,
    ACT_TEAM,
    ACT_HOURS,
    ACT_CONV_COLS,
    ACT_WALLBOARD,
    ACT_REPAINT,
    ACT_UP,
    ACT_DOWN,
    ACT_PAGE_UP,
    ACT_PAGE_DOWN,
    ACT_HOME,
    ACT_END,
    ACT_FREEZE,
    ACT_MOUSE,
    ACT_ALERTS,
    ACT_CATEGORIES,
    ACT_OPEN,
    ACT_MAP,
    ACT_TEAMS,
} key_action;

typedef struct {
    int codes[4];        /* 0-terminated when shorter */
    const char *label;   /* how help and the man page name the keys */
    const char *help;    /* one line, what it does */
    key_action action;
} key_binding;

/* The action bound to key, ACT_NONE if none. */
key_action keys_lookup(int key);

/* The table, for the help screen. *n receives its length. */
const key_binding *keys_table(size_t *n);

/* Prints the table as roff (.TP entries) for the man page's KEYS section. */
void keys_print_man(FILE *f);

#endif
