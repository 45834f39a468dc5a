/* util.h - small helpers every module uses: error messages, checked allocation,
 * a growable string buffer. */
#ifndef CZ_UTIL_H
#define CZ_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* An error message built where the failure is understood. Functions that can
 * fail take a cz_err * (may be NULL) and return -1 / NULL after filling it. */
typedef struct {
    char msg[512];
} cz_err;

void cz_err_set(cz_err *e, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Allocation that never returns NULL: out of memory prints a message and
 * aborts, because no caller could do anything useful instead. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* Growable NUL-terminated byte buffer. Zero-initialise (SB_INIT) before use;
 * the owner frees with sb_free. s is always NUL-terminated once anything was
 * appended (sb_cstr gives "" for an empty buffer). */
typedef struct {
    char *s;
    size_t len, cap;
} strbuf;
#define SB_INIT {NULL, 0, 0}

void sb_reserve(strbuf *b, size_t extra);
void sb_append(strbuf *b, const char *s, size_t n);
void sb_puts(strbuf *b, const char *s);
void sb_putc(strbuf *b, char c);
void sb_printf(strbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_clear(strbuf *b);
const char *sb_cstr(const strbuf *b);
/* Hands the buffer to the caller (who frees it) and resets b. Never NULL. */
char *sb_steal(strbuf *b);
void sb_free(strbuf *b);

/* 64-bit FNV-1a content checksum, as 16 lowercase hex digits in out[17].
 * cz_fnv1a64_from continues a checksum h over more bytes:
 * cz_fnv1a64_from(cz_fnv1a64(a), b) is the checksum of a followed by b, and
 * cz_fnv1a64(x) is cz_fnv1a64_from(CZ_FNV1A64_BASIS, x). */
#define CZ_FNV1A64_BASIS 1469598103934665603ULL
uint64_t cz_fnv1a64(const void *data, size_t n);
uint64_t cz_fnv1a64_from(uint64_t h, const void *data, size_t n);
void cz_hex64(uint64_t v, char out[17]);

/* An ASCII digit, whatever the locale (isdigit may accept more). */
static inline bool cz_is_digit(int c)
{
    return c >= '0' && c <= '9';
}

/* Prints one option of a --help list to f: "  -s, --name ARG  help", the help
 * starting after a left column of width; a '\n' in help continues the text
 * under itself. short_name: the short option's letter, ' ' to leave its
 * room blank, or 0 for none. arg may be NULL (a switch). */
void cz_help_option(FILE *f, int width, char short_name, const char *name, const char *arg,
                    const char *help);

/* Monotonic clock in seconds, for durations. */
double cz_now_mono(void);



/* Appends v / 10^decimals with exactly that many decimals ("-0.250",
 * "1200.00"): what printf would write, without printf on per-call paths.
 * decimals: 0 to 18. */
void sb_fixed(strbuf *b, int64_t v, int decimals);

/* Appends s as a JSON string literal with quotes (escapes ", \\ and control
 * characters: \\n, \\t, \\r, else \\u00XX; s must be valid UTF-8). */
void sb_json_string(strbuf *b, const char *s);
/* The same without the quotes, for n bytes of s (which may hold NULs). */
void sb_json_escape(strbuf *b, const char *s, size_t n);

#endif
