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
    fprintf(stderr, "<%d>%s %s: %s\n", PRIO[l], stamp, NAMES[l], body);
}
