/* fuzz_snapshot.c - libFuzzer target for the MQTT payload decoders: the input
 * goes through each snap_*_decode; whatever decodes is re-encoded, and the
 * encoding must decode again (the dashboard reads what the worker writes). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "snapshot.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The encoders by kind; agents within the bound readers accept. */
#define encode_summary snap_summary_encode
#define encode_trend snap_trend_encode
#define encode_status snap_status_encode
static char *encode_agents(const snap_agents *s)
{
    return snap_agents_encode(s, SNAPSHOT_MAX_PAYLOAD, NULL);
}

/* Decodes buf with one decoder, re-encodes on success and requires the
 * re-encoding to decode. One instance per payload kind. */
#define ROUND_TRIP(kind, buf, size)                                            \
    do {                                                                       \
        snap_##kind v;                                                         \
        cz_err err = {{0}};                                                    \
        if (snap_##kind##_decode((buf), (size), &v, &err) == 0) {              \
            char *json = encode_##kind(&v);                                    \
            if (!json)                                                         \
                abort();                                                       \
            snap_##kind w;                                                     \
            cz_err err2 = {{0}};                                               \
            if (snap_##kind##_decode(json, strlen(json), &w, &err2) != 0)      \
                abort(); /* what we encode we must be able to decode */        \
            snap_##kind##_free(&w);                                            \
            free(json);                                                        \
            snap_##kind##_free(&v);                                            \
        } else if (!err.msg[0]) {                                              \
            abort(); /* every rejection carries a reason */                    \
        }                                                                      \
    } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *buf = malloc(size ? size : 1); /* exact size: decoders must honour len */
    if (!buf)
        return 0;
    memcpy(buf, data, size);
    ROUND_TRIP(summary, buf, size);
    ROUND_TRIP(agents, buf, size);
    ROUND_TRIP(trend, buf, size);
    ROUND_TRIP(status, buf, size);

    /* The text helpers the dashboard uses on the same bytes. */
    char *clean = snap_clean_text(buf, size, SNAPSHOT_MAX_TEXT);
    if (!clean || strlen(clean) > SNAPSHOT_MAX_TEXT)
        abort();
    for (const unsigned char *p = (const unsigned char *)clean; *p; p++)
        if (*p < 0x20 || *p == 0x7f)
            abort(); /* control characters must be gone */
    free(clean);
    free(buf);
    return 0;
}
