/* snapshot_text.c - UTF-8 decoding and the sanitising every string from a
 * payload goes through before anything prints it on a terminal. */
#include "snapshot.h"
#include "util.h"

#include <stdbool.h>
#include <string.h>

/* Characters a terminal would act on instead of printing, or that reorder
 * the text around them. */
static bool drop_cp(uint32_t cp)
{
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F))
        return true;
    if (cp == 0x061C || cp == 0x200E || cp == 0x200F || cp == 0x2028 || cp == 0x2029)
        return true;
    if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))
        return true;
    return false;
}

char *snap_clean_text(const char *s, size_t len, size_t max)
{
    strbuf b = SB_INIT;
    sb_reserve(&b, len < max ? len : max);
    b.s[0] = '\0';
    size_t i = 0;
    while (s && i < len) {
        uint32_t cp;
        int n = cz_utf8_next(s + i, len - i, &cp);
        if (n < 0) {
            i++;
            continue;
        }
        const char *chunk = s + i;
        i += (size_t)n;
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            chunk = " ";
            n = 1;
        } else if (drop_cp(cp)) {
            continue;
        }
        if (*chunk == ' ' && (b.len == 0 || b.s[b.len - 1] == ' '))
            continue; /* no leading spaces, no runs of spaces */
        if (b.len + (size_t)n > max)
            break;
        sb_append(&b, chunk, (size_t)n);
    }
    while (b.len > 0 && b.s[b.len - 1] == ' ')
        b.s[--b.len] = '\0';
    return sb_steal(&b);
}
