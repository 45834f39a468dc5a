/* test_snapshot_cats.c - call categories in the snapshot codec
 * (converza-mqtt(7)): summary and agents carry each category's calls per
 * window with their rates; decoders read them back, accept payloads of older
 * workers without them, and refuse counts above the window's calls, repeated
 * or empty names, wrong types and oversized arrays. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "snapshot.h"
#include "t.h"

static snap_summary sample(void)
{
    snap_summary s;
    memset(&s, 0, sizeof s);
    s.schema = SNAPSHOT_SCHEMA;
    s.generated_at = 1760000000;
    s.batch_id = xstrdup("7");
    memcpy(s.today, "2025-10-09", 11);
    s.k.today.calls = 40;
    s.k.today.neutral = 40;
    s.k.week.calls = 200;
    s.k.week.neutral = 200;
    s.k.all.calls = 1000;
    s.k.all.neutral = 1000;
    snap_cats_add(&s.cats, "escalation_request", 4, 10, 50);
    snap_cats_add(&s.cats, "payment_problem", 0, 0, 0);
    return s;
}

static void round_trip(void)
{
    snap_summary s = sample(), d;
    char *json = snap_summary_encode(&s);
    CHECK(json && strstr(json, "\"categories\":[{\"name\":\"escalation_request\",\"today\":4,"
                               "\"week\":10,\"all\":50,\"today_rate\":10.00,\"week_rate\":5.00,"
                               "\"all_rate\":5.00},{\"name\":\"payment_problem\",\"today\":0,"
                               "\"week\":0,\"all\":0,\"today_rate\":0.00,\"week_rate\":0.00,"
                               "\"all_rate\":0.00}]"),
          "summary: categories with counts and rates");
    cz_err e = {""};
    CHECK(json && snap_summary_decode(json, strlen(json), &d, &e) == 0, "summary: decodes");
    CHECK(d.cats.n == 2, "summary: two categories back");
    const snap_cat *c = snap_cats_find(&d.cats, "escalation_request");
    CHECK(c && c->today == 4 && c->week == 10 && c->all == 50, "summary: counts back");
    CHECK(snap_cats_find(&d.cats, "nope") == NULL, "find: unknown name");
    snap_summary_free(&d);
    free(json);

    /* agents: only agents with categories carry the array */
    snap_agents a;
    memset(&a, 0, sizeof a);
    a.schema = SNAPSHOT_SCHEMA;
    a.generated_at = 1760000000;
    a.n = 2;
    a.v = xcalloc(2, sizeof *a.v);
    a.v[0].agent_name = xstrdup("Ada");
    a.v[0].k = s.k;
    snap_cats_add(&a.v[0].cats, "payment_problem", 1, 2, 3);
    snap_cats_add(&a.v[0].cats, "payment_problem", 1, 0, 0); /* adds up */
    a.v[1].agent_name = xstrdup("Bo");
    a.v[1].k = s.k;
    json = snap_agents_encode(&a, SNAPSHOT_AGENTS_BYTES, NULL);
    snap_agents d2;
    CHECK(json && snap_agents_decode(json, strlen(json), &d2, &e) == 0, "agents: decode");
    CHECK(d2.n == 2 && d2.v[0].cats.n == 1 && d2.v[0].cats.v[0].today == 2 &&
              d2.v[0].cats.v[0].all == 3,
          "agents: categories back, added up");
    CHECK(d2.n == 2 && d2.v[1].cats.n == 0, "agents: none for an agent without");
    CHECK(json && strstr(json, "\"agent_name\":\"Bo\",\"team\":\"unassigned\",\"windows\"") &&
              !strstr(strstr(json, "\"Bo\""), "categories"),
          "agents: no empty array sent");
    snap_agents_free(&d2);
    snap_agents_free(&a);
    free(json);

    /* the encoder never publishes more than the window's calls */
    snap_cats_free(&s.cats);
    snap_cats_add(&s.cats, "x", 99, 10, 10);
    json = snap_summary_encode(&s);
    CHECK(json && strstr(json, "\"name\":\"x\",\"today\":40,"), "encoder bounds counts by calls");
    CHECK(json && snap_summary_decode(json, strlen(json), &d, &e) == 0, "bounded output decodes");
    snap_summary_free(&d);
    free(json);
    snap_summary_free(&s);
}

/* The sample summary's text with its categories array replaced by arr
 * (NULL: no categories field, as older workers send). */
static char *with(const char *arr)
{
    snap_summary s = sample();
    snap_cats_free(&s.cats);
    char *json = snap_summary_encode(&s);
    snap_summary_free(&s);
    char *at = strstr(json, ",\"categories\":[]");
    strbuf b = SB_INIT;
    sb_append(&b, json, (size_t)(at - json));
    if (arr) {
        sb_puts(&b, ",\"categories\":");
        sb_puts(&b, arr);
    }
    sb_puts(&b, at + strlen(",\"categories\":[]"));
    free(json);
    return sb_steal(&b);
}

static void bad(const char *arr, const char *want, const char *name)
{
    char *json = with(arr);
    snap_summary d;
    cz_err e = {""};
    int rc = snap_summary_decode(json, strlen(json), &d, &e);
    CHECK(rc == -1 && strstr(e.msg, want), name);
    if (rc == 0 || !strstr(e.msg, want))
        printf("  (got %d: %s)\n", rc, e.msg);
    if (rc == 0)
        snap_summary_free(&d);
    free(json);
}

static void malformed(void)
{
    snap_summary d;
    cz_err e = {""};
    char *json = with(NULL);
    CHECK(snap_summary_decode(json, strlen(json), &d, &e) == 0 && d.cats.n == 0,
          "older payload without categories decodes");
    snap_summary_free(&d);
    free(json);
    json = with("null");
    CHECK(snap_summary_decode(json, strlen(json), &d, &e) == 0 && d.cats.n == 0,
          "null categories decode as none");
    snap_summary_free(&d);
    free(json);
    bad("{}", "categories: expected an array", "categories not an array");
    bad("[{\"name\":\"a\",\"today\":41,\"week\":1,\"all\":1}]", "categories[0].today: more than",
        "today above today's calls");
    bad("[{\"name\":\"a\",\"today\":1,\"week\":1,\"all\":1001}]", "categories[0].all: more than",
        "all above all calls");
    bad("[{\"name\":\"a\",\"today\":1.5,\"week\":1,\"all\":1}]", "whole number", "fraction");
    bad("[{\"name\":\"a\",\"today\":-1,\"week\":1,\"all\":1}]", "whole number", "negative");
    bad("[{\"name\":\"a\",\"week\":1,\"all\":1}]", "missing field categories[0].today",
        "missing count");
    bad("[{\"today\":1,\"week\":1,\"all\":1}]", "string name", "missing name");
    bad("[{\"name\":\"\\u001b\",\"today\":1,\"week\":1,\"all\":1}]", "empty",
        "name empty once cleaned");
    bad("[{\"name\":\"a\",\"today\":1,\"week\":1,\"all\":1},"
        "{\"name\":\"a\",\"today\":1,\"week\":1,\"all\":1}]",
        "repeated", "repeated name");
    strbuf b = SB_INIT;
    sb_putc(&b, '[');
    for (int i = 0; i <= SNAPSHOT_MAX_CATEGORIES; i++)
        sb_printf(&b, "%s{\"name\":\"c%d\",\"today\":0,\"week\":0,\"all\":0}", i ? "," : "", i);
    sb_putc(&b, ']');
    bad(b.s, "more than 64 elements", "too many categories");
    sb_free(&b);
}

int main(void)
{
    round_trip();
    malformed();
    T_END();
}
