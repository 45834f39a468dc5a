/* fuzz_call_parse.c - libFuzzer target for the seed-format parser: any bytes
 * through call_parse_json, and on success the transcript through turns_split;
 * also the timestamp parser on the input as a string. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "call.h"
#include "turns.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* Exact-size copy, not NUL-terminated: the parser must honour len. */
    char *buf = malloc(size ? size : 1);
    if (!buf)
        return 0;
    memcpy(buf, data, size);

    call_t c;
    cz_err err = {{0}};
    if (call_parse_json(buf, size, &c, &err) == 0) {
        if (!c.call_id || !*c.call_id || !c.agent_name || !*c.agent_name || !c.transcript)
            abort(); /* success promises non-empty id and agent */
        turns_t t = TURNS_INIT;
        cz_err terr = {{0}};
        if (turns_split(c.transcript, &t, &terr) == 0)
            for (size_t i = 0; i < t.n; i++)
                if (!t.v[i].text || strlen(t.v[i].text) != t.v[i].len)
                    abort(); /* each turn's text is NUL-terminated at len */
        turns_free(&t);
        call_free(&c);
    } else if (!err.msg[0]) {
        abort(); /* every rejection carries a reason */
    }

    /* The timestamp parser on the same bytes as a C string. */
    char *s = malloc(size + 1);
    if (s) {
        memcpy(s, data, size);
        s[size] = '\0';
        int64_t epoch;
        (void)cz_time_parse(s, &epoch);
        free(s);
    }
    free(buf);
    return 0;
}
