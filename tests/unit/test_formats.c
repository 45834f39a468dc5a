/* test_formats.c - input formats (formats.h) over the fixtures in
 * tests/data/formats/: detection, seed, JSON Lines with a bad line, text with
 * and without headers, Amazon Transcribe output, Harper Valley Bank calls with
 * their metadata (human and machine text), the metadata-file predicate, and
 * the hostile seed corpus giving the same outcomes through fmt_parse as
 * through call_parse_json. Runs from the repo root. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "formats.h"
#include "t.h"
#include "talk.h"
#include "util.h"

#define DIR_ "tests/data/formats/"

static int read_cb(void *ctx, const char *path, char **buf, size_t *len, cz_err *err)
{
    (void)ctx;
    if (t_read_exact(path, buf, len) < 0) {
        cz_err_set(err, "cannot open");
        return -1;
    }
    return 0;
}

/* Parses the fixture file with options o into *r; returns the format. */
static fmt_kind parse_file(const char *path, const fmt_opts *o, fmt_records *r)
{
    char *buf = NULL;
    size_t len = 0;
    *r = (fmt_records)FMT_RECORDS_INIT;
    if (t_read_exact(path, &buf, &len) < 0) {
        printf("FAIL cannot read %s\n", path);
        t_failed++;
        return FMT_UNKNOWN;
    }
    fmt_kind k = fmt_parse(path, buf, len, o, r);
    free(buf);
    return k;
}

static bool contains(const char *s, const char *sub)
{
    return s && strstr(s, sub);
}

static void check_names(void)
{
    fmt_kind k;
    CHECK(fmt_from_name("hvb", &k) == 0 && k == FMT_HVB, "names: hvb");
    CHECK(fmt_from_name("auto", &k) == 0 && k == FMT_AUTO, "names: auto");
    CHECK(fmt_from_name("unknown", &k) < 0 && fmt_from_name("csv", &k) < 0,
          "names: unknown and csv are not formats");
    CHECK_STR(fmt_name(FMT_TRANSCRIBE), "transcribe", "names: transcribe");
}

static void check_detect(void)
{
    const char *seed = "{\"call_id\": \"x\"}";
    const char *pretty = "{\n  \"call_id\": \"x\",\n  \"agent_name\": \"y\"\n}\n";
    const char *lines = "{\"a\":1}\n\n{\"b\":2}\n";
    const char *hvb = "[{\"speaker_role\": \"agent\"}]";
    const char *tca = "{\"JobName\":\"j\",\"Transcript\":[{\"ParticipantRole\":\"AGENT\"}]}";
    const char *text = "Call-Id: 1\nAgent: hi\n";
    CHECK(fmt_detect("a.json", seed, strlen(seed)) == FMT_SEED, "detect: one-line object is seed");
    CHECK(fmt_detect("a.json", pretty, strlen(pretty)) == FMT_SEED, "detect: pretty-printed seed");
    CHECK(fmt_detect("calls", lines, strlen(lines)) == FMT_JSONL, "detect: two object lines are jsonl");
    CHECK(fmt_detect("a.json", lines, strlen(lines)) == FMT_SEED,
          "detect: but a *.json file is one document (trailing data)");
    CHECK(fmt_detect("a.jsonl", seed, strlen(seed)) == FMT_JSONL, "detect: .jsonl by name");
    CHECK(fmt_detect("x/transcript/a.json", hvb, strlen(hvb)) == FMT_HVB, "detect: hvb segments");
    CHECK(fmt_detect("a.json", "[1,2]", 5) == FMT_SEED, "detect: other array goes to seed (names the fault)");
    CHECK(fmt_detect("a.json", tca, strlen(tca)) == FMT_TRANSCRIBE, "detect: transcribe");
    CHECK(fmt_detect("call", text, strlen(text)) == FMT_TEXT, "detect: text without extension");
    CHECK(fmt_detect("a.txt", "", 0) == FMT_TEXT, "detect: .txt by name");
    CHECK(fmt_detect("a.json", "not json", 8) == FMT_SEED, "detect: *.json that is not JSON is seed");
    CHECK(fmt_detect("notes", "hello world", 11) == FMT_UNKNOWN, "detect: prose is unknown");
}

static void check_seed(void)
{
    fmt_records r;
    fmt_kind k = parse_file(DIR_ "seed-call.json", NULL, &r);
    CHECK(k == FMT_SEED && r.n == 1 && !r.v[0].error, "seed: one call");
    if (r.n == 1 && !r.v[0].error) {
        CHECK_STR(r.v[0].call.agent_name, "Maria Lopez", "seed: agent name cleaned");
        CHECK(r.v[0].turns.n == 4 && r.v[0].turns.v[0].start_ms == -1, "seed: 4 untimed turns");
        CHECK(r.v[0].line_no == 0 && r.v[0].raw_off == 0 && r.v[0].meta.csat == -1 &&
                  r.v[0].meta.call_ms == -1 && !r.v[0].meta.task,
              "seed: no metadata, whole file");
        talk_metrics m;
        talk_compute(&r.v[0].turns, r.v[0].meta.call_ms, &m);
        CHECK(!m.times_known && m.duration_ms == -1 && m.silence_bp == -1 && m.interruptions == -1,
              "seed: talk metrics unknown, not zero");
    }
    fmt_records_free(&r);
}

static void check_jsonl(void)
{
    fmt_records r;
    char *buf;
    size_t len;
    t_read_exact(DIR_ "calls.jsonl", &buf, &len);
    r = (fmt_records)FMT_RECORDS_INIT;
    fmt_kind k = fmt_parse(DIR_ "calls.jsonl", buf, len, NULL, &r);
    CHECK(k == FMT_JSONL, "jsonl: detected by name");
    CHECK(r.n == 6, "jsonl: six records (blank line skipped)");
    CHECK(fmt_records_ok(&r) == 4, "jsonl: four calls load");
    if (r.n == 6) {
        CHECK(r.v[0].line_no == 1 && r.v[1].line_no == 2 && r.v[2].line_no == 4 &&
                  r.v[3].line_no == 5 && r.v[4].line_no == 6 && r.v[5].line_no == 7,
              "jsonl: line numbers count the blank line");
        CHECK(r.v[2].error && contains(r.v[2].error, "invalid JSON"), "jsonl: line 4 is bad JSON");
        CHECK(r.v[2].error && !contains(r.v[2].error, "line 1,"),
              "jsonl: the reason does not claim line 1");
        CHECK(r.v[4].error && contains(r.v[4].error, "missing field agent_name"),
              "jsonl: line 6 lacks agent_name");
        CHECK_STR(r.v[3].call.call_id, "J-4", "jsonl: line after the bad one loads");
        CHECK(r.v[5].turns.n == 2 && r.v[5].turns.v[0].speaker == SPK_AGENT &&
                  r.v[5].turns.v[1].speaker == SPK_CUSTOMER,
              "jsonl: Rep/Client synonyms");
        CHECK(r.v[1].raw_len > 0 && buf[r.v[1].raw_off] == '{' &&
                  buf[r.v[1].raw_off + r.v[1].raw_len - 1] == '}',
              "jsonl: raw slice is the line");
        CHECK(r.v[1].meta.raw_valid && r.v[3].meta.raw_valid && !r.v[2].meta.raw_valid,
              "jsonl: a parsed line's bytes are vouched for (prepare checks them no more)");
    }
    fmt_records_clear(&r);
    CHECK(r.n == 0, "jsonl: clear empties the list");
    fmt_parse("x.jsonl", "\n\n", 2, NULL, &r);
    CHECK(r.n == 1 && contains(r.v[0].error, "no records"), "jsonl: blank file is one error");
    fmt_records_free(&r);
    free(buf);
}

static void check_text(void)
{
    fmt_records r;
    fmt_kind k = parse_file(DIR_ "text-headers.txt", NULL, &r);
    CHECK(k == FMT_TEXT && r.n == 1 && !r.v[0].error, "text: headers call loads");
    CHECK(r.n == 1 && !r.v[0].meta.raw_valid, "text: its bytes are left to prepare to check");
    if (r.n == 1 && !r.v[0].error) {
        fmt_record *c = &r.v[0];
        CHECK_STR(c->call.call_id, "T-100", "text: Call-Id header");
        CHECK_STR(c->call.agent_name, "Maria Lopez", "text: Agent-Name header");
        CHECK(c->call.ts_epoch == 1760026755, "text: Timestamp header (case-insensitive key)");
        CHECK_STR(c->meta.task, "plan upgrade", "text: Task header");
        CHECK(c->meta.csat == 9, "text: CSAT header");
        CHECK(c->turns.n == 4 && c->turns.v[2].speaker == SPK_AGENT &&
                  c->turns.v[3].speaker == SPK_CUSTOMER,
              "text: Representative/Caller synonyms");
        talk_metrics m;
        talk_compute(&c->turns, c->meta.call_ms, &m);
        CHECK(!m.times_known && m.customer_questions == 1,
              "text: no times, one customer question");
    }
    fmt_records_free(&r);

    k = parse_file(DIR_ "text-plain.txt", NULL, &r);
    CHECK(r.n == 1 && contains(r.v[0].error, "no agent name"), "text: no header, no default");
    fmt_records_free(&r);
    fmt_opts o = {.default_agent = "Sam Reed", .default_timestamp = "2025-10-09T08:00:00Z"};
    k = parse_file(DIR_ "text-plain.txt", &o, &r);
    CHECK(r.n == 1 && !r.v[0].error, "text: defaults fill in");
    if (r.n == 1 && !r.v[0].error) {
        CHECK_STR(r.v[0].call.call_id, "text-plain", "text: call id from the file name");
        CHECK_STR(r.v[0].call.agent_name, "Sam Reed", "text: default agent");
        CHECK(r.v[0].turns.n == 4 && r.v[0].turns.v[3].speaker == SPK_CUSTOMER,
              "text: CRLF lines, Client label");
        talk_metrics m;
        talk_compute(&r.v[0].turns, -1, &m);
        CHECK(m.customer_questions == 1, "text: unpunctuated 'um can you' is a question");
    }
    fmt_records_free(&r);

    parse_file(DIR_ "text-bad-header.txt", &o, &r);
    CHECK(r.n == 1 && contains(r.v[0].error, "unknown header \"Agnet-Name\" on line 2") &&
              r.v[0].line_no == 2,
          "text: misspelt header is an error naming the line");
    fmt_records_free(&r);
    parse_file(DIR_ "text-no-turns.txt", &o, &r);
    CHECK(r.n == 1 && contains(r.v[0].error, "no Agent:/Customer: turns"), "text: no turns");
    fmt_records_free(&r);

    o.format = FMT_TEXT;
    const char *latin1 = "Agent: caf\xe9\n";
    fmt_parse("l.txt", latin1, strlen(latin1), &o, &r);
    CHECK(r.n == 1 && contains(r.v[0].error, "invalid UTF-8 at byte 10"), "text: invalid UTF-8");
    fmt_records_clear(&r);
    const char *bad_csat = "CSAT: eleven\nAgent: hi\n";
    fmt_parse("c.txt", bad_csat, strlen(bad_csat), &o, &r);
    CHECK(r.n == 1 && contains(r.v[0].error, "CSAT header must be"), "text: bad CSAT");
    fmt_records_clear(&r);
    const char *twice = "Call-Id: a\ncall-id: b\nAgent: hi\n";
    fmt_parse("c.txt", twice, strlen(twice), &o, &r);
    CHECK(r.n == 1 && contains(r.v[0].error, "given twice"), "text: repeated header");
    fmt_records_clear(&r);
    const char *esc = "Agent-Name: \x1b[31mEvil\x1b[0m Bob\nAgent: hi\n";
    fmt_parse("c.txt", esc, strlen(esc), &o, &r);
    CHECK(r.n == 1 && !r.v[0].error && r.v[0].call.agent_name &&
              strcmp(r.v[0].call.agent_name, "Evil Bob") == 0,
          "text: header values cleaned like seed fields");
    fmt_records_free(&r);
}

static void check_transcribe(void)
{
    fmt_records r;
    fmt_kind k = parse_file(DIR_ "transcribe-call.json", NULL, &r);
    CHECK(k == FMT_TRANSCRIBE && r.n == 1 && !r.v[0].error, "transcribe: call loads");
    if (r.n == 1 && !r.v[0].error) {
        fmt_record *c = &r.v[0];
        CHECK_STR(c->call.call_id, "tca-job-0042", "transcribe: call id from JobName");
        CHECK_STR(c->call.agent_name, "Dana Kim", "transcribe: agent from Metadata");
        CHECK_STR(c->meta.task, "upgrade", "transcribe: task from Metadata");
        CHECK(c->meta.csat == 8 && c->meta.call_ms == 18000, "transcribe: csat and duration");
        CHECK(c->turns.n == 6 && c->turns.v[0].speaker == SPK_AGENT &&
                  c->turns.v[0].start_ms == 500 && c->turns.v[1].start_ms == 3400,
              "transcribe: segments sorted by BeginOffsetMillis");
        CHECK(c->meta.has_src_sentiment && c->meta.src_sentiment > 0.33 &&
                  c->meta.src_sentiment < 0.34,
              "transcribe: customer sentiment 1/3 (NEUTRAL, POSITIVE, NEUTRAL)");
        CHECK(contains(c->call.transcript, "Agent: Thank you for calling") &&
                  contains(c->call.transcript, "\nCustomer: Hi, I want"),
              "transcribe: transcript rendered with labels");
        /* By hand (ms), timeline [0, 18000] from TotalConversationDurationMillis:
         * agent 500-3600, 7000-11500, 13500-15000 = 9100; customer 3400-6100,
         * 11200-13000, 15400-16200 = 5300; overlaps 3400-3600 and 11200-11500
         * = 500; speech 13900, silence 4100. Agent 8600 + 250 = 8850, customer
         * 4800 + 250 = 5050. Basis points 4916.7/2805.6/2277.8 -> largest
         * remainders: 4917/2805/2278. The customer starts inside the agent's
         * turn twice (3400, 11200): 2 interruptions, both by the customer. The
         * agent's runs are each broken by a customer start: longest 4500. */
        talk_metrics m;
        talk_compute(&c->turns, c->meta.call_ms, &m);
        CHECK(m.times_known && m.duration_ms == 18000, "transcribe talk: duration");
        CHECK(m.agent_ms == 8850 && m.customer_ms == 5050 && m.silence_ms == 4100 &&
                  m.overlap_ms == 500,
              "transcribe talk: partition");
        CHECK(m.agent_bp == 4917 && m.customer_bp == 2805 && m.silence_bp == 2278,
              "transcribe talk: shares");
        CHECK(m.interruptions == 2 && m.customer_interruptions == 2, "transcribe talk: interruptions");
        CHECK(m.longest_monologue_ms == 4500, "transcribe talk: monologue");
        CHECK(m.customer_questions == 0, "transcribe talk: no customer questions");
    }
    fmt_records_free(&r);

    k = parse_file(DIR_ "transcribe-nometa.json", NULL, &r);
    CHECK(r.n == 1 && contains(r.v[0].error, "no agent name"), "transcribe: no metadata, no default");
    fmt_records_free(&r);
    fmt_opts o = {.default_agent = "Lee", .default_timestamp = "2025-11-03"};
    parse_file(DIR_ "transcribe-nometa.json", &o, &r);
    CHECK(r.n == 1 && !r.v[0].error && r.v[0].turns.n == 2 && r.v[0].meta.call_ms == -1 &&
              r.v[0].meta.src_sentiment == -1.0,
          "transcribe: defaults; empty Content skipped; negative customer");
    fmt_records_free(&r);
    const char *no_tr = "{\"JobName\": \"x\", \"Transcript\": 5, \"ParticipantRole\": 1}";
    fmt_parse("x.json", no_tr, strlen(no_tr), &o, &r);
    CHECK(r.n == 1 && contains(r.v[0].error, "\"Transcript\" array"), "transcribe: bad Transcript");
    fmt_records_free(&r);
}

/* The hand-checked call a1c4e7f0b2d5e8f1 (tests/data/formats/hvb/README.md;
 * human transcript). Segments after sorting, in ms, A = agent, C = caller;
 * segment 18 "[noise]" (41200-41900) is dropped:
 *   A 1200-3600   A 4100-5000   A 5600-7000   C 9500-10100  C 10800-13300
 *   C 14000-15500 A 16200-19000 C 18400-19300 A 21000-23500 C 24800-25600
 *   A 25300-27900 C 29500-30200 A 31000-33400 C 34600-36800 A 36100-38200
 *   C 39000-39500 C 40000-40400
 * Interruptions (a start strictly inside the other side's segment):
 *   C 18400 inside A 16200-19000; A 25300 inside C 24800-25600; A 36100
 *   inside C 34600-36800 -> 3: 2 by the agent, 1 by the caller.
 * Silence: metadata length = end_time_ms - start_time_ms = 45000 (the last
 *   turn ends at 40400). Agent speech 2400+900+1400+2800+2500+2600+2400+2100
 *   = 17100; caller 600+2500+1500+900+800+700+2200+500+400 = 10100; overlap
 *   600 + 300 + 700 = 1600; union 17100 + 10100 - 1600 = 25600; silence
 *   45000 - 25600 = 19400.
 * Talk: agent 17100 - 1600 + 800 = 16300, caller 10100 - 1600 + 800 = 9300.
 *   Shares of 45000: agent 3622.22, caller 2066.67, silence 4311.11 bp; the
 *   one basis point left over goes to the largest remainder, the caller's:
 *   3622 / 2067 / 4311.
 * Monologue: 1200-3600, 4100-5000, 5600-7000 have gaps of 500 and 600 ms and
 *   no caller start between -> one run of 7000 - 1200 = 5800 ms.
 * Questions: "how long does that take" (unpunctuated, starts with "how") -> 1;
 *   "okay great" and "yes please" start with fillers and then no question word. */
static void check_hvb_hand(const fmt_record *c)
{
    talk_metrics m;
    talk_compute(&c->turns, c->meta.call_ms, &m);
    CHECK(m.times_known && m.duration_ms == 45000, "hvb hand: duration from metadata");
    CHECK(m.interruptions == 3 && m.agent_interruptions == 2 && m.customer_interruptions == 1,
          "hvb hand: 3 interruptions, 2 by the agent");
    CHECK(m.silence_ms == 19400 && m.overlap_ms == 1600, "hvb hand: silence 19400 ms, overlap 1600");
    CHECK(m.silence_bp == 4311, "hvb hand: silence share 43.11 %");
    CHECK(m.agent_ms == 16300 && m.customer_ms == 9300 && m.agent_bp == 3622 &&
              m.customer_bp == 2067 && m.other_bp == 0,
          "hvb hand: talk shares");
    CHECK(m.agent_bp + m.customer_bp + m.silence_bp <= 10000, "hvb hand: shares <= 100 %");
    CHECK(m.longest_monologue_ms == 5800, "hvb hand: longest agent monologue");
    CHECK(m.customer_questions == 1, "hvb hand: one customer question");
}

static void check_hvb(void)
{
    fmt_opts o = {.read_file = read_cb};
    fmt_records r;
    const char *p = DIR_ "hvb/transcript/a1c4e7f0b2d5e8f1.json";
    fmt_kind k = parse_file(p, &o, &r);
    CHECK(k == FMT_HVB && r.n == 1 && !r.v[0].error, "hvb: call loads with its metadata");
    if (r.n == 1 && !r.v[0].error) {
        fmt_record *c = &r.v[0];
        CHECK_STR(c->call.call_id, "a1c4e7f0b2d5e8f1", "hvb: call id is the sid");
        CHECK_STR(c->call.agent_name, "Dolores", "hvb: agent from metadata");
        CHECK_STR(c->call.timestamp_raw, "2020-10-05T14:23:20.250Z", "hvb: time from start_time_ms");
        CHECK(c->call.ts_epoch == 1601907800, "hvb: epoch seconds");
        CHECK_STR(c->meta.task, "order checks", "hvb: task");
        CHECK(c->meta.csat == 10 && c->meta.call_ms == 45000, "hvb: caller rating and length");
        CHECK(c->turns.n == 17, "hvb: noise-only segment dropped");
        CHECK(c->turns.n == 17 && c->turns.v[10].start_ms == 25300 &&
                  c->turns.v[10].end_ms == 27900 && c->turns.v[10].speaker == SPK_AGENT,
              "hvb: times kept");
        CHECK_STR(c->turns.n ? c->turns.v[1].text : NULL, "my name is dolores",
                  "hvb: human transcript by default");
        CHECK(c->meta.has_src_sentiment && c->meta.src_sentiment > -1 &&
                  c->meta.src_sentiment < 1,
              "hvb: emotion gives a source sentiment");
        check_hvb_hand(c);
    }
    fmt_records_free(&r);

    o.hvb_machine = true;
    parse_file(p, &o, &r);
    CHECK(r.n == 1 && !r.v[0].error && r.v[0].turns.n == 17 &&
              strcmp(r.v[0].turns.v[1].text, "my name is the lawrence") == 0,
          "hvb: machine transcript on request");
    fmt_records_free(&r);
    o.hvb_machine = false;

    /* Channel and role disagree: the agent is on channel 1. */
    parse_file(DIR_ "hvb/transcript/b2d5e8f1a3c6e9f2.json", &o, &r);
    CHECK(r.n == 1 && !r.v[0].error && r.v[0].turns.n > 0 &&
              r.v[0].turns.v[0].speaker == SPK_AGENT &&
              strcmp(r.v[0].turns.v[0].text, "hello") == 0,
          "hvb: speaker_role wins over channel_index");
    bool sorted = r.n == 1 && !r.v[0].error;
    for (size_t i = 1; sorted && i < r.v[0].turns.n; i++)
        sorted = r.v[0].turns.v[i - 1].start_ms <= r.v[0].turns.v[i].start_ms;
    CHECK(sorted, "hvb: turns sorted by start_ms");
    fmt_records_free(&r);

    /* Tags stripped inside text; cut-off words dropped; object emotion. */
    const char *seg = "[{\"speaker_role\":\"caller\",\"start_ms\":0,\"duration_ms\":1000,"
                      "\"human_transcript\":\"[noise] i want to wou~ <unk> transfer [laughter]\","
                      "\"emotion\":{\"neutral\":0.2,\"negative\":0.1,\"positive\":0.7}},"
                      "{\"speaker_role\":\"agent\",\"start_ms\":500,\"duration_ms\":100,"
                      "\"human_transcript\":\"\"}]";
    fmt_opts d = {.default_agent = "Bo", .default_timestamp = "2020-01-01"};
    fmt_parse("seg.json", seg, strlen(seg), &d, &r);
    CHECK(r.format == FMT_HVB && r.n == 1 && !r.v[0].error && r.v[0].turns.n == 1 &&
              strcmp(r.v[0].turns.v[0].text, "i want to transfer") == 0,
          "hvb: tags and cut-off words stripped, empty segment dropped");
    CHECK(r.n == 1 && r.v[0].meta.has_src_sentiment && r.v[0].meta.src_sentiment > 0.59 &&
              r.v[0].meta.src_sentiment < 0.61,
          "hvb: emotion as an object");
    fmt_records_clear(&r);
    fmt_parse("seg.json", seg, strlen(seg), NULL, &r);
    CHECK(r.n == 1 && contains(r.v[0].error, "no agent name"), "hvb: no metadata, no default");
    fmt_records_clear(&r);

    /* Metadata that cannot be read, is for another sid, or is not JSON. */
    o.read_file = read_cb;
    fmt_parse("nowhere/transcript/abc.json", seg, strlen(seg), &o, &r);
    CHECK(r.n == 1 && contains(r.v[0].error, "cannot read its metadata nowhere/metadata/abc.json"),
          "hvb: unreadable metadata names the path");
    fmt_records_clear(&r);
    char *meta;
    size_t mlen;
    t_read_exact(DIR_ "hvb/metadata/c3e6f9a2b4d7e0a3.json", &meta, &mlen);
    fmt_opts om = {.hvb_meta = meta, .hvb_meta_len = mlen};
    fmt_parse("t/transcript/a1c4e7f0b2d5e8f1.json", seg, strlen(seg), &om, &r);
    CHECK(r.n == 1 && contains(r.v[0].error, "metadata is for sid c3e6f9a2b4d7e0a3"),
          "hvb: metadata of another call is refused");
    fmt_records_clear(&r);
    fmt_parse("t/transcript/c3e6f9a2b4d7e0a3.json", seg, strlen(seg), &om, &r);
    CHECK(r.n == 1 && !r.v[0].error && strcmp(r.v[0].call.agent_name, "Marcus") == 0 &&
              r.v[0].meta.csat == 10 && strcmp(r.v[0].meta.task, "get branch hours") == 0,
          "hvb: caller-supplied metadata bytes");
    fmt_records_clear(&r);
    om.hvb_meta = "{oops";
    om.hvb_meta_len = 5;
    fmt_parse("t/transcript/x.json", seg, strlen(seg), &om, &r);
    CHECK(r.n == 1 && contains(r.v[0].error, "metadata: invalid JSON"), "hvb: broken metadata");
    fmt_records_clear(&r);
    om.hvb_meta = "{\"sid\":\"x\",\"agent\":{\"metadata\":{\"agent_name\":\"Al\"}},"
                  "\"start_time_ms\":1591056783191,\"caller\":{\"survey_response\":null}}";
    om.hvb_meta_len = strlen(om.hvb_meta);
    fmt_parse("t/transcript/x.json", seg, strlen(seg), &om, &r);
    CHECK(r.n == 1 && !r.v[0].error && r.v[0].meta.csat == -1 && r.v[0].meta.call_ms == -1 &&
              !r.v[0].meta.task,
          "hvb: null survey, no end time, no tasks -> unknown, not errors");
    fmt_records_clear(&r);
    om.hvb_meta = "{\"agent\":{\"metadata\":{\"agent_name\":\"Al\"}},\"start_time_ms\":0,"
                  "\"caller\":{\"survey_response\":{\"data\":{\"partner_rating\":\"11\"}}}}";
    om.hvb_meta_len = strlen(om.hvb_meta);
    fmt_parse("t/transcript/x.json", seg, strlen(seg), &om, &r);
    CHECK(r.n == 1 && !r.v[0].error && r.v[0].meta.csat == -1, "hvb: rating out of 0-10 ignored");
    fmt_records_clear(&r);
    const char *role = "[{\"speaker_role\":\"bot\",\"human_transcript\":\"hi\"}]";
    fmt_parse("x.json", role, strlen(role), &d, &r);
    CHECK(r.n == 1 && contains(r.v[0].error, "segment 1: speaker_role must be"), "hvb: bad role");
    fmt_records_free(&r);
    free(meta);
}

/* The worker moves call and turns out of a record (prepare_from_parts zeroes
 * them); freeing the records afterwards must free only the rest. */
static void check_move(void)
{
    fmt_records r;
    parse_file(DIR_ "text-headers.txt", NULL, &r);
    CHECK(r.n == 1 && !r.v[0].error, "move: parsed");
    if (r.n == 1 && !r.v[0].error) {
        call_t call = r.v[0].call;
        turns_t turns = r.v[0].turns;
        memset(&r.v[0].call, 0, sizeof r.v[0].call);
        memset(&r.v[0].turns, 0, sizeof r.v[0].turns);
        fmt_records_free(&r);
        CHECK_STR(call.call_id, "T-100", "move: moved call outlives the records");
        call_free(&call);
        turns_free(&turns);
    } else {
        fmt_records_free(&r);
    }
}

static bool dir_exists(void *ctx, const char *dir)
{
    (void)ctx;
    struct stat st;
    return stat(dir, &st) == 0 && S_ISDIR(st.st_mode);
}

static void check_paths(void)
{
    char *m = fmt_hvb_metadata_path("/data/hv/transcript/abc.json");
    CHECK_STR(m, "/data/hv/metadata/abc.json", "paths: metadata beside transcript");
    free(m);
    m = fmt_hvb_metadata_path("transcript/abc.json");
    CHECK_STR(m, "metadata/abc.json", "paths: relative");
    free(m);
    CHECK(fmt_hvb_metadata_path("/data/hv/abc.json") == NULL, "paths: not in transcript/");
    CHECK(fmt_hvb_metadata_path("/data/mytranscript/abc.json") == NULL, "paths: whole name only");
    CHECK(fmt_hvb_is_metadata(DIR_ "hvb/metadata/a1c4e7f0b2d5e8f1.json", dir_exists, NULL),
          "paths: hvb metadata file is skipped");
    CHECK(!fmt_hvb_is_metadata(DIR_ "hvb/transcript/a1c4e7f0b2d5e8f1.json", dir_exists, NULL),
          "paths: transcript file is not skipped");
    CHECK(!fmt_hvb_is_metadata("/nonexistent/metadata/a.json", dir_exists, NULL),
          "paths: metadata/ without transcript/ is not skipped");
}

static void check_unknown(void)
{
    fmt_records r;
    fmt_kind k = parse_file(DIR_ "unknown.dat", NULL, &r);
    CHECK(k == FMT_UNKNOWN && r.n == 1 && contains(r.v[0].error, "unknown format") &&
              contains(r.v[0].error, "tried seed, jsonl, text, hvb, transcribe"),
          "unknown: reason names the formats tried");
    fmt_records_free(&r);
    parse_file(DIR_ "unknown.bin", NULL, &r);
    CHECK(r.n == 1 && contains(r.v[0].error, "unknown format"), "unknown: binary");
    fmt_records_free(&r);
}

/* Every hostile seed file must get the outcome EXPECTED.tsv gives it when it
 * goes through auto-detection, so that the worker can switch to fmt_parse. */
static void check_hostile(void)
{
    FILE *f = fopen("tests/data/hostile/EXPECTED.tsv", "r");
    CHECK(f != NULL, "hostile: EXPECTED.tsv");
    if (!f)
        return;
    char line[1024];
    int n = 0, ok = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#' || line[0] == '\n')
            continue;
        line[strcspn(line, "\r\n")] = '\0';
        char *name = strtok(line, "\t"), *outcome = strtok(NULL, "\t"),
             *reason = strtok(NULL, "\t");
        if (!name || !outcome)
            continue;
        char path[600];
        snprintf(path, sizeof path, "tests/data/hostile/%s", name);
        char *buf;
        size_t len;
        if (t_read_exact(path, &buf, &len) < 0)
            continue; /* generated at test time */
        fmt_records r = FMT_RECORDS_INIT;
        fmt_parse(path, buf, len, NULL, &r);
        bool load = r.n == 1 && !r.v[0].error;
        bool good = strcmp(outcome, "load") == 0
                        ? load
                        : r.n == 1 && r.v[0].error && (!reason || strstr(r.v[0].error, reason));
        if (!good)
            printf("  hostile %s: got %s\n", name, r.n ? (r.v[0].error ? r.v[0].error : "load")
                                                      : "nothing");
        n++;
        ok += good;
        fmt_records_free(&r);
        free(buf);
    }
    fclose(f);
    CHECK(n > 40 && ok == n, "hostile: every corpus file has its expected outcome via fmt_parse");
}

/* A record's identity (fmt_record_hash): its own bytes, after those of the
 * metadata it was read with, so that a change to either is a new delivery. */
static void check_identity(void)
{
    fmt_records r = FMT_RECORDS_INIT;
    const char *jl = "{\"call_id\":\"a\"}\n{\"call_id\":\"b\"}\n";
    fmt_parse("x.jsonl", jl, strlen(jl), NULL, &r);
    CHECK(r.n == 2 && fmt_record_hash(&r.v[0], jl) == cz_fnv1a64(jl, 15) &&
              fmt_record_hash(&r.v[1], jl) == cz_fnv1a64(jl + 16, 15),
          "identity: a JSON Lines record is its line's checksum");
    fmt_records_clear(&r);

    const char *seg = "[{\"speaker_role\":\"agent\",\"start_ms\":0,\"duration_ms\":900,"
                      "\"human_transcript\":\"hello\"}]";
    const char *m1 = "{\"sid\":\"x\",\"agent\":{\"metadata\":{\"agent_name\":\"Al\"}},"
                     "\"start_time_ms\":1591056783191}";
    const char *m2 = "{\"sid\":\"x\",\"agent\":{\"metadata\":{\"agent_name\":\"Bo\"}},"
                     "\"start_time_ms\":1591056783191}";
    fmt_opts o = {.hvb_meta = m1, .hvb_meta_len = strlen(m1)};
    fmt_parse("t/transcript/x.json", seg, strlen(seg), &o, &r);
    uint64_t h1 = r.n == 1 && !r.v[0].error ? fmt_record_hash(&r.v[0], seg) : 0;
    CHECK(h1 == cz_fnv1a64_from(cz_fnv1a64(m1, strlen(m1)), seg, strlen(seg)),
          "identity: hvb metadata bytes, then the transcript's");
    CHECK(h1 != cz_fnv1a64(seg, strlen(seg)), "identity: metadata changes it");
    fmt_records_clear(&r);
    o.hvb_meta = m2;
    o.hvb_meta_len = strlen(m2);
    fmt_parse("t/transcript/x.json", seg, strlen(seg), &o, &r);
    CHECK(r.n == 1 && !r.v[0].error && fmt_record_hash(&r.v[0], seg) != h1,
          "identity: corrected metadata, another identity");
    fmt_records_clear(&r);
    fmt_opts d = {.default_agent = "Cy", .default_timestamp = "2020-01-01"};
    fmt_parse("t/transcript/x.json", seg, strlen(seg), &d, &r);
    CHECK(r.n == 1 && !r.v[0].error && fmt_record_hash(&r.v[0], seg) == cz_fnv1a64(seg, strlen(seg)),
          "identity: read without metadata, the transcript's checksum");
    fmt_records_free(&r);
    CHECK(cz_fnv1a64_from(cz_fnv1a64("ab", 2), "cd", 2) == cz_fnv1a64("abcd", 4),
          "identity: a checksum continued equals the checksum of both");
}

int main(void)
{
    check_names();
    check_detect();
    check_seed();
    check_jsonl();
    check_text();
    check_transcribe();
    check_hvb();
    check_move();
    check_paths();
    check_unknown();
    check_hostile();
    check_identity();
    T_END();
}
