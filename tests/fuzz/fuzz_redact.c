/* fuzz_redact.c - libFuzzer target for redact_pii: any bytes, no crash, no
 * read outside the input, and a result that is a well-formed string holding a
 * tag whenever something was masked. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "redact.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* A private copy so ASan sees reads one past the end. */
    char *text = malloc(size ? size : 1);
    if (!text)
        return 0;
    memcpy(text, data, size);
    size_t n = 0;
    char *out = redact_pii(text, size, &n);
    if (out) {
        if (out[n] != '\0' || !memchr(out, '[', n))
            abort(); /* result must be NUL-terminated at its length and hold a tag */
        free(out);
    }
    free(text);
    return 0;
}
