/* formats_seed.c - the seed format (one JSON call object per file) and JSON
 * Lines (one per line). Both go through call_parse_json and turns_split,
 * so their quarantine reasons are the parser's own. */
#include <string.h>

#include "formats_internal.h"

/* One seed object at buf[off, off+len) becomes rec's call and turns. In a
 * JSON Lines file the record is one line, so the parser's "(line 1, column
 * C)" becomes "(column C)": the record's own line_no says which line. */
static void parse_one(const char *buf, size_t off, size_t len, fmt_record *rec)
{
    cz_err err;
    if (call_parse_json(buf + off, len, &rec->call, &err) < 0) {
        char *l1 = rec->line_no ? strstr(err.msg, "(line 1, column ") : NULL;
        if (l1)
            memmove(l1 + 1, l1 + 9, strlen(l1 + 9) + 1);
        fmt_fail(rec, "%s", err.msg);
        return;
    }
    /* call_parse_json refused a NUL byte or invalid UTF-8 anywhere in
     * buf[off, off+len), the record's raw bytes (fmt_push) */
    rec->meta.raw_valid = true;
    if (turns_split(rec->call.transcript, &rec->turns, &err) < 0)
        fmt_fail(rec, "%s", err.msg);
}

void fmt_parse_seed(const char *buf, size_t len, fmt_records *out)
{
    parse_one(buf, 0, len, fmt_push(out, 0, 0, len));
}

void fmt_parse_jsonl(const char *buf, size_t len, fmt_records *out)
{
    size_t before = out->n, i = 0;
    int line = 0;
    if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < len) {
        line++;
        const char *nl = memchr(buf + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - buf) : len;
        size_t s = i, e = end;
        while (s < e && (buf[s] == ' ' || buf[s] == '\t' || buf[s] == '\r'))
            s++;
        while (e > s && (buf[e - 1] == ' ' || buf[e - 1] == '\t' || buf[e - 1] == '\r'))
            e--;
        if (e > s)
            parse_one(buf, s, e - s, fmt_push(out, line, s, e - s));
        i = end + 1;
    }
    if (out->n == before)
        fmt_fail(fmt_push(out, 0, 0, len), len ? "JSON Lines file holds no records"
                                               : "empty file");
}
