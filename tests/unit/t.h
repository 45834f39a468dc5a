/* t.h - the unit-test harness: CHECK prints a PASS or FAIL line per assertion,
 * which tests/run.sh counts; T_END exits non-zero when anything failed. */
#ifndef CZ_T_H
#define CZ_T_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "textfile.h"

static int t_failed;

#define CHECK(cond, name)                                                        \
    do {                                                                         \
        if (cond) {                                                              \
            printf("PASS %s\n", (name));                                         \
        } else {                                                                 \
            printf("FAIL %s (%s:%d: %s)\n", (name), __FILE__, __LINE__, #cond); \
            t_failed++;                                                          \
        }                                                                        \
    } while (0)

#define CHECK_STR(got, want, name)                                               \
    do {                                                                         \
        const char *g_ = (got), *w_ = (want);                                    \
        if (g_ && w_ && strcmp(g_, w_) == 0) {                                   \
            printf("PASS %s\n", (name));                                         \
        } else {                                                                 \
            printf("FAIL %s (%s:%d: got \"%s\", want \"%s\")\n", (name),         \
                   __FILE__, __LINE__, g_ ? g_ : "(null)", w_ ? w_ : "(null)");  \
            t_failed++;                                                          \
        }                                                                        \
    } while (0)

#define T_END() return t_failed ? 1 : 0

/* Reads a test data file into a buffer of exactly its size (not
 * NUL-terminated, so a read past the end shows under AddressSanitizer).
 * Returns 0 (the caller frees *buf) or -1. */
static inline int t_read_exact(const char *path, char **buf, size_t *len)
{
    char *text = tf_read(path, "test data", 64L << 20, len, NULL);
    if (!text)
        return -1;
    *buf = xmalloc(*len ? *len : 1);
    memcpy(*buf, text, *len);
    free(text);
    return 0;
}

#endif
