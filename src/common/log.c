/* log.c - leveled logging to stderr. Lines carry a time stamp on a terminal and
 * a systemd priority prefix (<3> error ... <7> debug) otherwise. */
#include "log.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* Written only by the main thread at start-up and on SIGHUP. */
static log_level current = LOG_INFO;

static const char *const NAMES[] = {"error", "warn", "info", "debug"};
static const int PRIO[] = {3, 4, 6, 7};

int log_set_level_name(const char *name)
{
    for (int i = 0; i < 4; i++)
        if (strcmp(name, NAMES[i]) == 0) {
            current = (log_level)i;
            return 0;
        }
    return -1;
}

void log_set_level(log_level l)
{
    current = l;
}

/* Messages carry text from outside (file names, server errors): a newline in
 * one would forge a log line of any priority, and terminal escape sequences
 * would reach the operator's terminal. Writes s into out (4 * strlen(s) + 1
 * bytes at most) with newline and CR as \n and \r, other C0 and C1 control
 * characters as \xHH, and tab and everything else unchanged. */
static void escape_controls(const char *s, char *out)
{
    static const char hex[] = "0123456789abcdef";
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        unsigned c = *p;
        if (c == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F) { /* C1 control, UTF-8 encoded */
            c = *++p;
        } else if (c == '\t' || (c >= 0x20 && c != 0x7F)) {
            *out++ = (char)c;
            continue;
        }
        *out++ = '\\';
        if (c == '\n' || c == '\r') {
            *out++ = c == '\n' ? 'n' : 'r';
            continue;
        }
        *out++ = 'x';
        *out++ = hex[c >> 4];
        *out++ = hex[c & 15];
    }
    *out = '\0';
}

void log_msg(log_level l, const char *fmt, ...)
{
    if (l > current)
        return;
    char stamp[32];
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
    /* One fprintf per line keeps lines from two threads from interleaving. */
    char body[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(body, sizeof body, fmt, ap);
    va_end(ap);
    char safe[sizeof body * 4];
    escape_controls(body, safe);
    fprintf(stderr, "<%d>%s %s: %s\n", PRIO[l], stamp, NAMES[l], safe);
}
