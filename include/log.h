/* log.h - leveled logging to stderr, with systemd's <N> priority prefixes when
 * stderr is the journal. The level is set once at start-up (and on SIGHUP, by
 * the main thread): that is the only process-wide setting besides signal flags. */
#ifndef CZ_LOG_H
#define CZ_LOG_H

typedef enum { LOG_ERROR = 0, LOG_WARN = 1, LOG_INFO = 2, LOG_DEBUG = 3 } log_level;

/* Returns -1 for an unknown level name. */
int log_set_level_name(const char *name);
void log_set_level(log_level l);
void log_msg(log_level l, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#define log_error(...) log_msg(LOG_ERROR, __VA_ARGS__)
#define log_warn(...) log_msg(LOG_WARN, __VA_ARGS__)
#define log_info(...) log_msg(LOG_INFO, __VA_ARGS__)
#define log_debug(...) log_msg(LOG_DEBUG, __VA_ARGS__)

#endif
