/* name.c - agent-name normalisation (name.h): invisible characters out,
 * white space folded, then NFC. One function every input format's names go
 * through (call_from_fields), so an agent is one row whatever the source. */
#include "name.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "util.h"

static bool invisible(ucs4_t uc)
{
    return uc_is_general_category(uc, UC_CATEGORY_Cf) ||
           uc_is_property_default_ignorable_code_point(uc);
}

char *name_normalize(const char *s)
{
    size_t n = strlen(s);
    /* Removing before composing: a joiner between a letter and its accent
     * would otherwise keep them apart. */
    char *tmp = xmalloc(n + 1);
    size_t o = 0;
    bool space = false, ascii = true;
    const uint8_t *p = (const uint8_t *)s, *end = p + n;
    while (p < end) {
        if (*p < 0x80) {
            /* ASCII, nearly every name: nothing to compose or look up */
            uint8_t c = *p++;
            if (c <= 0x20 || c == 0x7F) {
                space = o > 0;
                continue;
            }
            if (space) {
                tmp[o++] = ' ';
                space = false;
            }
            tmp[o++] = (char)c;
            continue;
        }
        ascii = false;
        ucs4_t uc;
        int len = u8_mbtoucr(&uc, p, (size_t)(end - p));
        if (len <= 0) { /* invalid or cut sequence */
            p++;
            continue;
        }
        p += len;
        if (uc_is_property_white_space(uc) || uc < 0x20 || uc == 0x7F) {
            space = o > 0;
            continue;
        }
        if (invisible(uc))
            continue;
        if (space) {
            tmp[o++] = ' ';
            space = false;
        }
        memcpy(tmp + o, p - len, (size_t)len);
        o += (size_t)len;
    }
    tmp[o] = '\0';
    if (!o || ascii) /* ASCII text is its own NFC */
        return tmp;
    size_t outlen = 0;
    uint8_t *nfc = u8_normalize(UNINORM_NFC, (const uint8_t *)tmp, o, NULL, &outlen);
    if (!nfc) /* out of memory in the library: the cleaned name, uncomposed */
        return tmp;
    free(tmp);
    char *out = xmalloc(outlen + 1);
    memcpy(out, nfc, outlen);
    out[outlen] = '\0';
    free(nfc);
    return out;
}
