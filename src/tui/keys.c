/* keys.c - the key table (see keys.h). Change keys here only: the help
 * screen and the man page are generated from this table. */
#include "keys.h"

#include <curses.h>

static const key_binding KEYS[] = {
    {{'q'}, "q", "Quit.", ACT_QUIT},
    {{KEYS_ESC}, "Esc",
     "Back: closes the help screen, clears the filter, goes back from a call, the calls "
     "list, the map or the team summary, or leaves the wallboard; never quits.",
     ACT_BACK},
    {{'?', KEYS_FN(KEY_F(1)), 'h'}, "?, F1, h", "Show the help screen: j, k, PgUp, PgDn scroll it, any other key closes it.", ACT_HELP},
    {{'<', KEYS_FN(KEY_LEFT)}, "<, Left", "Sort the agent table by the column to the left.",
     ACT_SORT_PREV},
    {{'>', KEYS_FN(KEY_RIGHT)}, ">, Right", "Sort the agent table by the column to the right.",
     ACT_SORT_NEXT},
    {{'i'}, "i", "Invert the sort order.", ACT_SORT_INVERT},
    {{'/'}, "/",
     "Filter agents by name: type part of a name, Enter keeps the filter, Esc clears it.",
     ACT_FILTER},
    {{'t'}, "t", "Switch the window: today, last 7 days, all time.", ACT_WINDOW},
    {{'T'}, "T",
     "Teams: every team, then grouped by team, then one team at a time (the header names it).",
     ACT_TEAM},
    {{'e'}, "e",
     "Team summary on or off: each team's calls, Conv%, Avg upsell, revenue, sentiment and"
     " Neg% with their status against the team's targets; Enter shows one team's agents.",
     ACT_TEAMS},
    {{'H'}, "H",
     "Today by the hour for the floor and the selected agent; H or Esc goes back.", ACT_HOURS},
    {{'m'}, "m",
     "Conversation metric columns (Talk%, Silence%, Interrupt, Mono, CSAT, Dur) on or off.",
     ACT_CONV_COLS},
    {{'w'}, "w", "Wallboard view on or off.", ACT_WALLBOARD},
    {{'a'}, "a", "Alerts view on or off: every active alert with its value and since when.",
     ACT_ALERTS},
    {{'c'}, "c",
     "Call categories view on or off: calls and rate per category and agent; < > sort by"
     " category, i inverts, f shows one category's agents at a time.",
     ACT_CATEGORIES},
    {{KEYS_FN(KEY_ENTER), '\n', '\r'}, "Enter",
     "On an agent (table or map): its recent calls with the evidence behind each KPI. "
     "On a call: its cleaned, masked turns.",
     ACT_OPEN},
    {{'v'}, "v",
     "Conversion versus upsell map of the agents on or off (medians as quadrant lines).",
     ACT_MAP},
    {{'r', KEYS_CTRL('l')}, "r, Ctrl-L",
     "Repaint now, showing any data that arrived since the last repaint.", ACT_REPAINT},
    {{KEYS_FN(KEY_UP), 'k'}, "Up, k", "Select the agent or call above; scroll a call up (wallboard: previous page).", ACT_UP},
    {{KEYS_FN(KEY_DOWN), 'j'}, "Down, j", "Select the agent or call below; scroll a call down (wallboard: next page).", ACT_DOWN},
    {{KEYS_FN(KEY_PPAGE)}, "PgUp", "Scroll the agent table up a page.", ACT_PAGE_UP},
    {{KEYS_FN(KEY_NPAGE), ' '}, "PgDn, Space", "Scroll the agent table down a page.",
     ACT_PAGE_DOWN},
    {{KEYS_FN(KEY_HOME), 'g'}, "Home, g", "Go to the first agent.", ACT_HOME},
    {{KEYS_FN(KEY_END), 'G'}, "End, G", "Go to the last agent.", ACT_END},
    {{'f'}, "f",
     "Freeze the row order while reading: numbers still update, rows stay put; f again unfreezes.",
     ACT_FREEZE},
    {{KEYS_FN(KEY_MOUSE)}, "Mouse",
     "Where the terminal reports the mouse: a click on a column header sorts by it (again: "
     "inverts), the wheel scrolls.",
     ACT_MOUSE},
};

#define NKEYS (sizeof KEYS / sizeof KEYS[0])

key_action keys_lookup(int key)
{
    for (size_t i = 0; i < NKEYS; i++)
        for (size_t j = 0; j < 4 && KEYS[i].codes[j]; j++)
            if (KEYS[i].codes[j] == key)
                return KEYS[i].action;
    return ACT_NONE;
}

const key_binding *keys_table(size_t *n)
{
    *n = NKEYS;
    return KEYS;
}

/* Writes s as roff text: backslashes and hyphens escaped, and a leading
 * period or quote protected so it is not read as a request. */
static void roff(FILE *f, const char *s)
{
    if (*s == '.' || *s == '\'')
        fputs("\\&", f);
    for (; *s; s++) {
        if (*s == '\\')
            fputs("\\e", f);
        else if (*s == '-')
            fputs("\\-", f);
        else
            fputc(*s, f);
    }
}

void keys_print_man(FILE *f)
{
    for (size_t i = 0; i < NKEYS; i++) {
        fputs(".TP\n.B ", f);
        roff(f, KEYS[i].label);
        fputc('\n', f);
        roff(f, KEYS[i].help);
        fputc('\n', f);
    }
}
