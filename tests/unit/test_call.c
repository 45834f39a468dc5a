/* test_call.c - unit tests of call_parse_json and cz_time_parse: every file
 * of the hostile-input corpus tests/data/hostile/ against EXPECTED.tsv (load,
 * or quarantine with a reason), plus direct cases: time zones, leap days,
 * impossible dates, BOM, cleaning of agent names. Runs from the repo root. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "call.h"
#include "t.h"
#include "turns.h"
#include "util.h"

#define HOSTILE_DIR "tests/data/hostile/"

/* The two corpus files too large for git, made in memory (generate.sh writes
 * the same shapes to disk for shell tests). Returns 0 when name is one. */
static int generate(const char *name, char **buf, size_t *len)
{
    const char *head = "{\"call_id\": \"H-90x\", \"agent_name\": \"Maria Lopez\", "
                       "\"timestamp\": \"2025-10-09T16:19:15\", \"transcript_text\": \"";
    strbuf b = SB_INIT;
    if (strcmp(name, "deep-nesting.json") == 0) {
        sb_puts(&b, head);
        sb_puts(&b, "Agent: hi. Customer: hello.\", \"deep\": ");
        for (int i = 0; i < 10000; i++)
            sb_putc(&b, '[');
        for (int i = 0; i < 10000; i++)
            sb_putc(&b, ']');
        sb_puts(&b, "}\n");
    } else if (strcmp(name, "huge-transcript.json") == 0) {
        const char *line = "Agent: Thanks for calling, how can I help you today? "
                           "Customer: I would like to upgrade my plan please. ";
        sb_puts(&b, head);
        while (b.len < 50u * 1000 * 1000)
            sb_puts(&b, line);
        sb_puts(&b, "\"}\n");
    } else {
        return -1;
    }
    *len = b.len;
    *buf = sb_steal(&b);
    return 0;
}

/* True when s holds no byte a terminal or a log line could misread. */
static int printable(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (*p < 0x20 || *p == 0x7F)
            return 0;
    return 1;
}

/* Parses one record as the worker does before the KPIs: call_parse_json,
 * then turns_split. Returns 0 (load) or -1 with the reason in err. */
static int outcome(const char *buf, size_t len, call_t *c, cz_err *err)
{
    if (call_parse_json(buf, len, c, err) < 0)
        return -1;
    turns_t t = TURNS_INIT;
    int rc = turns_split(c->transcript, &t, err);
    turns_free(&t);
    if (rc < 0)
        call_free(c);
    return rc;
}

static void check_one(const char *file, const char *want, const char *reason)
{
    char path[512], name[600];
    char *buf = NULL;
    size_t len = 0;
    snprintf(path, sizeof path, HOSTILE_DIR "%s", file);
    if (t_read_exact(path, &buf, &len) < 0 && generate(file, &buf, &len) < 0) {
        snprintf(name, sizeof name, "hostile %s: readable (%s)", file, strerror(errno));
        CHECK(0, name);
        return;
    }
    call_t c;
    cz_err err = {{0}};
    int rc = outcome(buf, len, &c, &err);
    if (strcmp(want, "load") == 0) {
        snprintf(name, sizeof name, "hostile %s: loads%s%s", file, rc ? " - got: " : "",
                 rc ? err.msg : "");
        CHECK(rc == 0, name);
        if (rc == 0) {
            snprintf(name, sizeof name, "hostile %s: id and agent clean", file);
            CHECK(*c.call_id && *c.agent_name && printable(c.call_id) && printable(c.agent_name),
                  name);
            call_free(&c);
        }
    } else {
        snprintf(name, sizeof name, "hostile %s: quarantined with \"%s\" - got: %s", file, reason,
                 rc ? err.msg : "(loaded)");
        CHECK(rc < 0 && strstr(err.msg, reason) != NULL, name);
        if (rc == 0)
            call_free(&c);
    }
    free(buf);
}

/* Every row of EXPECTED.tsv: file TAB load|quarantine TAB reason. */
static void hostile_corpus(void)
{
    FILE *f = fopen(HOSTILE_DIR "EXPECTED.tsv", "r");
    CHECK(f != NULL, "hostile: EXPECTED.tsv opens (run from the repo root)");
    if (!f)
        return;
    char *line = NULL;
    size_t cap = 0;
    int rows = 0;
    while (getline(&line, &cap, f) > 0) {
        line[strcspn(line, "\r\n")] = '\0';
        if (!line[0] || line[0] == '#')
            continue;
        char *file = line, *want = strchr(line, '\t'), *reason = "";
        if (want) {
            *want++ = '\0';
            char *tab = strchr(want, '\t');
            if (tab) {
                *tab = '\0';
                reason = tab + 1;
            }
        }
        if (!want || (strcmp(want, "load") && strcmp(want, "quarantine")) ||
            (!strcmp(want, "quarantine") && !*reason)) {
            char name[600];
            snprintf(name, sizeof name, "hostile: EXPECTED.tsv row for %s well formed", file);
            CHECK(0, name);
            continue;
        }
        check_one(file, want, reason);
        rows++;
    }
    free(line);
    fclose(f);
    CHECK(rows >= 60, "hostile: EXPECTED.tsv lists the corpus");
}

static void time_ok(const char *s, int64_t want, const char *name)
{
    int64_t got = -1;
    int rc = cz_time_parse(s, &got);
    char buf[300];
    snprintf(buf, sizeof buf, "time \"%s\" %s (got rc %d, %lld)", s, name, rc, (long long)got);
    CHECK(rc == 0 && got == want, buf);
}

static void time_bad(const char *s, const char *name)
{
    int64_t got = 0;
    char buf[300];
    snprintf(buf, sizeof buf, "time \"%s\" refused: %s", s, name);
    CHECK(cz_time_parse(s, &got) < 0, buf);
}

static void times(void)
{
    const int64_t T = 1760026755; /* 2025-10-09T16:19:15Z */
    time_ok("2025-10-09T16:19:15", T, "naive is UTC");
    time_ok("2025-10-09T16:19:15Z", T, "Z");
    time_ok("2025-10-09t16:19:15z", T, "lower-case t and z");
    time_ok("2025-10-09 16:19:15", T, "space separator");
    time_ok("2025-10-09T16:19:15.987654Z", T, "fraction dropped");
    time_ok("2025-10-09T16:19:15,5", T, "comma fraction");
    time_ok("2025-10-09T18:19:15+02:00", T, "+02:00");
    time_ok("2025-10-09T11:19:15-0500", T, "-0500");
    time_ok("2025-10-09T21:49:15+05:30", T, "+05:30 half hour");
    time_ok("2025-10-10T06:19:15+14:00", T, "+14:00 crosses the date");
    time_ok("2025-10-09T04:19:15-12:00", T, "-12:00");
    time_ok("2025-10-09T16:19:15+00:00", T, "+00:00");
    time_ok("2025-10-09T16:19", T - 15, "no seconds");
    time_ok("2025-10-09", 1759968000, "date alone");
    time_ok(" 2025-10-09T16:19:15 ", T, "surrounding spaces");
    time_ok("2024-02-29T12:00:00", 1709208000, "leap day");
    time_ok("2000-02-29", 951782400, "leap day of a century divisible by 400");
    time_ok("1970-01-01T00:00:00Z", 0, "epoch");
    time_ok("2025-12-31T23:59:59", 1767225599, "last second of a year");
    time_ok("2025-12-31T23:59:60", 1767225599, "leap second kept in the minute");
    time_ok("9999-12-31T23:59:59", 253402300799, "far future");

    time_bad("2025-02-29", "not a leap year");
    time_bad("2100-02-29", "century not divisible by 400");
    time_bad("2025-02-30T10:00:00", "February 30");
    time_bad("2025-04-31", "April 31");
    time_bad("2025-13-01", "month 13");
    time_bad("2025-00-10", "month 0");
    time_bad("2025-10-00", "day 0");
    time_bad("2025-10-09T24:00:00", "hour 24");
    time_bad("2025-10-09T16:60:00", "minute 60");
    time_bad("2025-10-09T16:19:61", "second 61");
    time_bad("2025-10-09T16", "hour alone");
    time_bad("2025-10-09T16:19:15+15:00", "offset over 14 hours");
    time_bad("2025-10-09T16:19:15+02:60", "offset minutes 60");
    time_bad("2025-10-09T16:19:15.", "empty fraction");
    time_bad("2025-10-09T16:19:15 PST", "zone name");
    time_bad("2025-10-09T16:19:15Zjunk", "junk after Z");
    time_bad("10/09/2025", "US date");
    time_bad("09.10.2025", "European date");
    time_bad("yesterday", "word");
    time_bad("", "empty");
    time_bad("1760026755", "epoch number as text");
    time_bad("1969-12-31T23:59:59Z", "before 1970");
    time_bad("25-10-09", "two-digit year");
    time_bad("2025-1-9", "single-digit month and day");
    time_bad("+2025-10-09", "signed year");

    char out[32];
    cz_time_format(T, out);
    CHECK_STR(out, "2025-10-09 16:19:15+00", "time format");
    cz_time_format(1709208000, out);
    CHECK_STR(out, "2024-02-29 12:00:00+00", "time format leap day");
}

/* Parses a literal record; returns rc and fills *c and *err. */
static int parse_lit(const char *json, call_t *c, cz_err *err)
{
    size_t n = strlen(json);
    char *buf = xmalloc(n ? n : 1); /* exact size: the parser must honour len */
    memcpy(buf, json, n);
    int rc = call_parse_json(buf, n, c, err);
    free(buf);
    return rc;
}

#define REC(agent, ts)                                                                  \
    "{\"call_id\": \" C-1 \", \"agent_name\": \"" agent "\", \"timestamp\": \"" ts "\", " \
    "\"transcript_text\": \"Agent: hi. Customer: hello.\"}"

#define TEXTREC(text)                                                                   \
    "{\"call_id\": \"N-1\", \"agent_name\": \"Ann\", \"timestamp\": \"2025-10-09\", "     \
    "\"transcript_text\": \"" text "\"}"

static void direct(void)
{
    call_t c;
    cz_err err = {{0}};

    CHECK(parse_lit(REC("Maria Lopez", "2025-10-09T18:19:15+02:00"), &c, &err) == 0,
          "direct: offset record loads");
    CHECK_STR(c.call_id, "C-1", "direct: call_id trimmed");
    CHECK_STR(c.timestamp_raw, "2025-10-09T18:19:15+02:00", "direct: raw timestamp kept");
    CHECK(c.ts_epoch == 1760026755, "direct: offset applied to epoch");
    CHECK_STR(c.transcript, "Agent: hi. Customer: hello.", "direct: transcript as given");
    call_free(&c);

    CHECK(parse_lit("\xEF\xBB\xBF" REC("Maria", "2025-10-09"), &c, &err) == 0,
          "direct: BOM skipped");
    CHECK_STR(c.agent_name, "Maria", "direct: BOM record agent");
    call_free(&c);

    CHECK(parse_lit(REC("  Maria \\t\\n  Lopez  ", "2025-10-09"), &c, &err) == 0 &&
              strcmp(c.agent_name, "Maria Lopez") == 0,
          "direct: agent white space collapsed");
    call_free(&c);

    CHECK(parse_lit(REC("O'Brien; DROP TABLE x;--", "2025-10-09"), &c, &err) == 0 &&
              strcmp(c.agent_name, "O'Brien; DROP TABLE x;--") == 0,
          "direct: SQL metacharacters kept verbatim");
    call_free(&c);

    CHECK(parse_lit(REC("Ma\\u0007ria\\u007f", "2025-10-09"), &c, &err) == 0 &&
              strcmp(c.agent_name, "Maria") == 0,
          "direct: control characters removed from agent");
    call_free(&c);

    /* A colour escape should vanish whole, not leave "[31m" behind. */
    int rc = parse_lit(REC("\\u001b[31mMaria\\u001b[0m Lopez", "2025-10-09"), &c, &err);
    CHECK(rc == 0 && !strchr(c.agent_name, 0x1b), "direct: ESC removed from agent");
    CHECK_STR(rc == 0 ? c.agent_name : NULL, "Maria Lopez",
              "direct: whole terminal escape sequences removed from agent");
    if (rc == 0)
        call_free(&c);

    CHECK(parse_lit(REC("Maria", "2025-02-30T10:00:00"), &c, &err) < 0 &&
              strstr(err.msg, "unparseable timestamp") != NULL,
          "direct: impossible date quarantined");

    /* Bytes after len must be ignored: parse only the first record of two. */
    const char *two = REC("Maria", "2025-10-09") "garbage";
    size_t n1 = strlen(two) - strlen("garbage");
    CHECK(call_parse_json(two, n1, &c, &err) == 0, "direct: len honoured");
    call_free(&c);

    /* the escaped NUL is looked for only where the flat reader gave up (a \u
     * escape makes it give up); an escaped backslash before "u0000" is text
     * and stays on the flat path */
    CHECK(parse_lit(TEXTREC("Agent: hi\\u0000 there"), &c, &err) < 0 &&
              strstr(err.msg, "escaped NUL character") != NULL,
          "direct: escaped NUL in the transcript quarantined");
    CHECK(parse_lit(TEXTREC("Agent: a path c:\\\\u0000 here"), &c, &err) == 0 &&
              strstr(c.transcript, "c:\\u0000") != NULL,
          "direct: escaped backslash before u0000 is text");
    call_free(&c);

    CHECK(parse_lit("{\"call_id\": 5}", &c, NULL) < 0, "direct: NULL err accepted");
    memset(&c, 0, sizeof c);
    call_free(&c);
    call_free(NULL);
    CHECK(1, "direct: call_free accepts zeroed and NULL");
}

/* A flat record of strings is read without a cJSON tree; every other shape
 * goes through cJSON. Both must give the same call, so these records sit on
 * each side of that line. */
#define TEAMREC(extra)                                                                  \
    "{\"call_id\": \"T-1\", \"agent_name\": \"Ann\", \"timestamp\": \"2025-10-09\", "     \
    "\"transcript_text\": \"Agent: hi. Customer: yes.\"" extra "}"

static void flat_records(void)
{
    call_t c;
    cz_err err = {{0}};

    int rc = parse_lit("{\"call_id\": \"E-1\", \"agent_name\": \"Ann\", \"timestamp\": "
                       "\"2025-10-09\", \"transcript_text\": \"Agent: a\\nb \\\"q\\\" \\/ "
                       "\\\\ \\t.\"}",
                       &c, &err);
    CHECK_STR(rc == 0 ? c.transcript : NULL, "Agent: a\nb \"q\" / \\ \t.",
              "flat: short escapes decoded as cJSON decodes them");
    if (rc == 0)
        call_free(&c);

    rc = parse_lit(TEAMREC(", \"team\": null"), &c, &err);
    CHECK(rc == 0 && c.team == NULL, "flat: team null is no team");
    if (rc == 0)
        call_free(&c);

    rc = parse_lit(TEAMREC(", \"team\": \" North \", \"team\": \"South\""), &c, &err);
    CHECK_STR(rc == 0 ? c.team : NULL, "North", "flat: the first of two teams, as cJSON finds");
    if (rc == 0)
        call_free(&c);

    rc = parse_lit(TEAMREC(", \"team\": \"E\\u0061st\""), &c, &err);
    CHECK_STR(rc == 0 ? c.team : NULL, "East", "flat: a \\u escape still decoded (by cJSON)");
    if (rc == 0)
        call_free(&c);

    rc = parse_lit(TEAMREC(", \"duration\": 42, \"tags\": [\"a\"]"), &c, &err);
    CHECK_STR(rc == 0 ? c.call_id : NULL, "T-1", "flat: other value types still load");
    if (rc == 0)
        call_free(&c);

    CHECK(parse_lit(TEAMREC(", \"team\": 5"), &c, &err) < 0 &&
              strcmp(err.msg, "field team must be a string, got number") == 0,
          "flat: a number for team is refused with its type");
    CHECK(parse_lit(TEAMREC("") " x", &c, &err) < 0 &&
              strstr(err.msg, "trailing data after the JSON object") != NULL,
          "flat: trailing text refused");
    CHECK(parse_lit(TEAMREC(", \"call_id\": \"T-2\""), &c, &err) < 0 &&
              strcmp(err.msg, "duplicate key call_id") == 0,
          "flat: a required key twice refused");
}

/* Call times must fall within 1970..9999 in UTC, whatever the offset. */
static void time_range(void)
{
    call_t c;
    cz_err err = {{0}};
    CHECK(parse_lit(REC("Maria", "9999-12-31T23:59:59-14:00"), &c, &err) < 0 &&
              strstr(err.msg, "field timestamp") && strstr(err.msg, "after 9999"),
          "range: 9999-12-31T23:59:59-14:00 is past 9999 in UTC");
    CHECK(parse_lit(REC("Maria", "9999-12-31T23:00:00-01:00"), &c, &err) < 0,
          "range: an hour past 9999 in UTC");
    CHECK(parse_lit(REC("Maria", "1970-01-01T00:00:00+14:00"), &c, &err) < 0 &&
              strstr(err.msg, "before 1970"),
          "range: 1970-01-01T00:00:00+14:00 is before 1970 in UTC");
    CHECK(parse_lit(REC("Maria", "1970-01-01T00:59:59+01:00"), &c, &err) < 0,
          "range: one second before the epoch");
    CHECK(parse_lit(REC("Maria", "9999-12-31T23:59:59Z"), &c, &err) == 0 &&
              c.ts_epoch == CZ_TIME_MAX,
          "range: the last second of 9999 loads");
    call_free(&c);
    CHECK(parse_lit(REC("Maria", "1970-01-01T01:00:00+01:00"), &c, &err) == 0 && c.ts_epoch == 0,
          "range: the epoch itself loads");
    call_free(&c);
    CHECK(call_from_fields("X", "Maria", "9999-12-31T20:00:00-05:00", "", &c, &err) < 0,
          "range: every format's path (call_from_fields) checks it");
}

/* name_normalize through call_from_fields, the one path of every format. */
static void names(void)
{
    static const struct {
        const char *in, *want, *name;
    } cases[] = {
        {"Jose\xCC\x81 Nu\xCC\x81n\xCC\x83" "ez", "Jos\xC3\xA9 N\xC3\xBA\xC3\xB1" "ez", "names: NFD composed to NFC"},
        {"Jos\xC3\xA9 N\xC3\xBA\xC3\xB1" "ez", "Jos\xC3\xA9 N\xC3\xBA\xC3\xB1" "ez", "names: NFC unchanged"},
        {"Ana\xE2\x80\x8D" "Maria", "AnaMaria", "names: zero-width joiner removed"},
        {"\xE2\x80\x8B" "Ana\xE2\x80\x8C Maria\xEF\xBB\xBF", "Ana Maria", "names: ZWSP, ZWNJ, BOM removed"},
        {"\xE2\x80\xAE" "Ana Maria\xE2\x80\xAC", "Ana Maria", "names: bidi override removed"},
        {"Ana\xE2\x81\xA0Maria\xE2\x81\xA4", "AnaMaria", "names: word joiner, invisible plus removed"},
        {"Ma\xC2\xADria", "Maria", "names: soft hyphen removed"},
        {"Ana\xE2\x80\x8E Maria\xE2\x80\x8F", "Ana Maria", "names: LRM and RLM removed"},
        {"Ana\xC2\xA0\xE2\x80\x83\xE3\x80\x80Maria", "Ana Maria", "names: Unicode spaces folded"},
        {"  Ana \t Maria  ", "Ana Maria", "names: ASCII white space folded and trimmed"},
        {"Jose\xE2\x80\x8D\xCC\x81", "Jos\xC3\xA9", "names: joiner between letter and accent, then NFC"},
        {"\xE5\xB1\xB1\xE7\x94\xB0 \xE5\xA4\xAA\xE9\x83\x8E", "\xE5\xB1\xB1\xE7\x94\xB0 \xE5\xA4\xAA\xE9\x83\x8E", "names: CJK kept"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        call_t c;
        cz_err err = {{0}};
        int rc = call_from_fields("X-1", cases[i].in, "2025-10-09", "", &c, &err);
        CHECK_STR(rc == 0 ? c.agent_name : err.msg, cases[i].want, cases[i].name);
        if (rc == 0)
            call_free(&c);
    }
    call_t c;
    cz_err err = {{0}};
    CHECK(call_from_fields("X-2", "\xE2\x80\x8B\xE2\x80\x8D\xC2\xAD", "2025-10-09", "", &c, &err) < 0 &&
              strstr(err.msg, "agent_name is empty"),
          "names: a name of invisible characters alone is empty");
    CHECK(parse_lit(REC("Jose\\u0301 L\\u00f3pez\\u200b", "2025-10-09"), &c, &err) == 0 &&
              strcmp(c.agent_name, "Jos\xC3\xA9 L\xC3\xB3pez") == 0,
          "names: JSON escapes of NFD and ZWSP in seed JSON normalised");
    call_free(&c);
}

/* sb_json_escape's reference: byte by byte, as the encoder was before it
 * passed sixteen plain bytes at a time. */
static void escape_ref(strbuf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            sb_printf(b, "\\%c", c);
        else if (c == '\n')
            sb_puts(b, "\\n");
        else if (c == '\t')
            sb_puts(b, "\\t");
        else if (c == '\r')
            sb_puts(b, "\\r");
        else if (c < 0x20)
            sb_printf(b, "\\u%04x", c);
        else
            sb_putc(b, (char)c);
    }
}

/* Every byte that needs an escape (and one that does not, 0x7f, and a UTF-8
 * lead byte) at every offset of strings of every length up to 48: what the
 * sixteen-byte pass gives is what the byte reading gives. */
static void json_escape_blocks(void)
{
    static const char odd[] = {'"', '\\', '\n', '\t', '\r', '\x01', '\x1f', '\x7f', '\xc3', ' '};
    int ok = 0, total = 0;
    for (size_t n = 1; n <= 48; n++)
        for (size_t k = 0; k < sizeof odd; k++)
            for (size_t at = 0; at < n; at++) {
                char text[48];
                for (size_t i = 0; i < n; i++)
                    text[i] = (char)('a' + i % 26);
                text[at] = odd[k];
                if (at + 17 < n)
                    text[at + 17] = odd[(k + 1) % sizeof odd]; /* a second, a block on */
                strbuf got = SB_INIT, want = SB_INIT;
                sb_puts(&got, "x");
                sb_puts(&want, "x");
                sb_json_escape(&got, text, n);
                escape_ref(&want, text, n);
                total++;
                ok += got.len == want.len && memcmp(got.s, want.s, got.len) == 0;
                sb_free(&got);
                sb_free(&want);
            }
    printf("# json escape blocks: %d/%d as the reference\n", ok, total);
    CHECK(ok == total, "sb_json_escape: odd bytes at every offset as byte by byte");
}

int main(void)
{
    json_escape_blocks();
    hostile_corpus();
    times();
    direct();
    flat_records();
    time_range();
    names();
    T_END();
}
