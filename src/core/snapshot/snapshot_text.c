/* snapshot_text.c - UTF-8 decoding and the sanitising every string from a
 * payload goes through before anything prints it on a terminal. */
#include "snapshot.h"

#include <stdbool.h>
#include <string.h>

int snap_utf8_next(const char *s, size_t len, uint32_t *cp)
{
    const unsigned char *p = (const unsigned char *)s;
    if (len == 0)
        return -1;
    unsigned c = p[0];
    int n;
    uint32_t v, min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
        n = 2, v = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3, v = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4, v = c & 0x07, min = 0x10000;
    } else {
        return -1; /* continuation byte, overlong lead C0/C1, or F5..FF */
    }
    if ((size_t)n > len)
        return -1;
    for (int i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return -1;
        v = (v << 6) | (p[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return -1;
    *cp = v;
    return n;
}

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
        int n = snap_utf8_next(s + i, len - i, &cp);
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
