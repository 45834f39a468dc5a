/* t.h - the unit-test harness: CHECK prints a PASS or FAIL line per assertion,
 * which tests/run.sh counts; T_END exits non-zero when anything failed. */
#ifndef CZ_T_H
#define CZ_T_H

#include <stdio.h>
#include <string.h>

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

#endif
