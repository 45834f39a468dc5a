/* test_snapshot_calls.c - the drill-down payload codec: a round trip keeps
 * every field, the bounds (calls, evidence, turns, bytes) are applied by the
 * writer and enforced by the reader, hostile input is refused or sanitised,
 * and the topic key is the same for a name whichever side computes it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "snapshot.h"
#include "snapshot_calls.h"
#include "t.h"

static snap_evidence *ev(const char *text, int64_t cents)
{
    snap_evidence *e = xcalloc(1, sizeof *e);
    e->text = xstrdup(text);
    e->cents = cents;
    return e;
}

/* A call with n_turns turns of about turn_len bytes each. */
static void fake_call(snap_call *c, int i, size_t n_turns, size_t turn_len)
{
    char id[32];
    snprintf(id, sizeof id, "call-%04d", i);
    c->call_id = xstrdup(id);
    c->time = 1760000000 - i * 60;
    memcpy(c->day, "2025-10-09", 11);
    c->duration_ms = i % 2 ? -1 : 123456;
    c->conversion = i % 3 == 0;
    c->upsell_cents = i % 3 == 0 ? 4999 : 0;
    c->sentiment = i % 3 - 1;
    c->score_e4 = (i % 3 - 1) * 5123;
    c->conv = ev("yes, sign me up", 0);
    c->n_conv = 1;
    c->upsell = ev("add the warranty", 4999);
    c->n_upsell = 1;
    c->sent = ev("thank you so much", 0);
    c->n_sent = 1;
    c->turns = xcalloc(n_turns + 1, sizeof *c->turns);
    for (size_t t = 0; t < n_turns; t++) {
        c->turns[t].speaker = t % 2 ? SNAP_SPK_CUSTOMER : SNAP_SPK_AGENT;
        c->turns[t].text = xmalloc(turn_len + 1);
        memset(c->turns[t].text, 'a' + (int)(t % 26), turn_len);
        c->turns[t].text[turn_len] = '\0';
    }
    c->n_turns = n_turns;
    c->turns_total = (int64_t)n_turns;
}

static void roundtrip(void)
{
    snap_calls s = {SNAPSHOT_SCHEMA, 1760000100, xstrdup("Ana Garc\xc3\xad" "a"), 7, NULL, 3};
    s.v = xcalloc(3, sizeof *s.v);
    for (int i = 0; i < 3; i++)
        fake_call(&s.v[i], i, 4, 20);
    size_t kept = 99;
    char *p = snap_calls_encode(&s, SNAPSHOT_CALLS_BYTES, &kept);
    CHECK(kept == 3, "calls: every call keeps its turns when they fit");
    snap_calls d;
    cz_err err = {""};
    int rc = snap_calls_decode(p, strlen(p), &d, &err);
    CHECK(rc == 0, "calls: decodes what it encodes");
    if (rc == 0) {
        CHECK_STR(d.agent_name, "Ana Garc\xc3\xad" "a", "calls: agent name");
        CHECK(d.calls_total == 7 && d.n == 3, "calls: calls_total and count");
        CHECK_STR(d.v[1].call_id, "call-0001", "calls: call id in order");
        CHECK(d.v[0].time == 1760000000 && d.v[1].time == 1759999940, "calls: times");
        CHECK_STR(d.v[2].day, "2025-10-09", "calls: day");
        CHECK(d.v[0].duration_ms == 123456 && d.v[1].duration_ms == -1,
              "calls: duration, null when unknown");
        CHECK(d.v[0].conversion && !d.v[1].conversion, "calls: conversion");
        CHECK(d.v[0].upsell_cents == 4999 && d.v[1].upsell_cents == 0, "calls: upsell cents exact");
        CHECK(d.v[0].sentiment == -1 && d.v[1].sentiment == 0 && d.v[2].sentiment == 1,
              "calls: sentiment labels");
        CHECK(d.v[0].score_e4 == -5123 && d.v[2].score_e4 == 5123, "calls: scores");
        CHECK(d.v[0].n_upsell == 1 && d.v[0].upsell[0].cents == 4999 &&
                  strcmp(d.v[0].upsell[0].text, "add the warranty") == 0,
              "calls: add-on evidence with its price");
        CHECK(d.v[0].n_conv == 1 && strcmp(d.v[0].conv[0].text, "yes, sign me up") == 0,
              "calls: commitment evidence");
        CHECK(d.v[2].n_sent == 1 && strcmp(d.v[2].sent[0].text, "thank you so much") == 0,
              "calls: sentiment evidence");
        CHECK(d.v[1].has_turns && d.v[1].n_turns == 4 && d.v[1].turns[1].speaker == SNAP_SPK_CUSTOMER &&
                  d.v[1].turns[0].speaker == SNAP_SPK_AGENT && strlen(d.v[1].turns[3].text) == 20,
              "calls: turns with speakers");
        snap_calls_free(&d);
    } else {
        printf("# %s\n", err.msg);
    }
    free(p);
    snap_calls_free(&s);
}

/* More than the bounds allow: the writer cuts, the payload stays within the
 * byte budget, newest calls keep their turns, the reader accepts it. */
static void bounds(void)
{
    size_t n = SNAPSHOT_CALLS_SENT + 10;
    snap_calls s = {SNAPSHOT_SCHEMA, 1760000100, xstrdup("Bo"), 100000, NULL, n};
    s.v = xcalloc(n, sizeof *s.v);
    for (size_t i = 0; i < n; i++) {
        /* the worst a call can be: most turns, longest texts, full evidence */
        fake_call(&s.v[i], (int)i, SNAPSHOT_TURNS_MAX + 50, SNAPSHOT_TURN_TEXT + 300);
        snap_call *c = &s.v[i];
        size_t ne = SNAPSHOT_EVIDENCE_MAX + 3;
        char big[400];
        memset(big, 'x', sizeof big - 1);
        big[sizeof big - 1] = '\0';
        snap_evidence *lists[3];
        for (int l = 0; l < 3; l++) {
            lists[l] = xcalloc(ne, sizeof **lists);
            for (size_t k = 0; k < ne; k++)
                lists[l][k] = (snap_evidence){xstrdup(big), 123456};
        }
        for (int l = 0; l < 3; l++) {
            snap_evidence **pl = l == 0 ? &c->conv : l == 1 ? &c->upsell : &c->sent;
            size_t *pn = l == 0 ? &c->n_conv : l == 1 ? &c->n_upsell : &c->n_sent;
            free((*pl)[0].text);
            free(*pl);
            *pl = lists[l];
            *pn = ne;
        }
    }
    size_t kept = 0;
    char *p = snap_calls_encode(&s, SNAPSHOT_CALLS_BYTES, &kept);
    size_t len = strlen(p);
    printf("# worst-case calls payload: %zu bytes, %zu calls with turns\n", len, kept);
    CHECK(len <= SNAPSHOT_CALLS_BYTES, "calls bound: payload within SNAPSHOT_CALLS_BYTES");
    CHECK(kept >= 1 && kept < SNAPSHOT_CALLS_SENT, "calls bound: turns of the newest calls only");
    size_t none = 99;
    char *q = snap_calls_encode(&s, 0, &none);
    printf("# worst-case without turns: %zu bytes\n", strlen(q));
    CHECK(none == 0 && strlen(q) <= 150u * 1024, "calls bound: without turns about 140 KiB at most");
    free(q);
    snap_calls d;
    cz_err err = {""};
    int rc = snap_calls_decode(p, len, &d, &err);
    CHECK(rc == 0, "calls bound: the reader takes the writer's worst case");
    if (rc == 0) {
        CHECK(d.n == SNAPSHOT_CALLS_SENT, "calls bound: SNAPSHOT_CALLS_SENT calls sent");
        CHECK(d.v[0].n_conv == SNAPSHOT_EVIDENCE_MAX && strlen(d.v[0].conv[0].text) <= SNAPSHOT_EVIDENCE_TEXT,
              "calls bound: evidence cut");
        CHECK(d.v[0].n_turns == SNAPSHOT_TURNS_MAX && d.v[0].turns_total == SNAPSHOT_TURNS_MAX + 50 &&
                  strlen(d.v[0].turns[0].text) <= SNAPSHOT_TURN_TEXT,
              "calls bound: turns cut, turns_total says how many");
        CHECK(kept > 0 && !d.v[kept].has_turns && d.v[kept - 1].has_turns, "calls bound: older calls without turns");
        snap_calls_free(&d);
    }
    free(p);
    snap_calls_free(&s);
}

static void hostile(void)
{
    snap_calls d;
    cz_err err;
    const char *bad[] = {
        "",
        "[]",
        "{\"schema\":2,\"generated_at\":1,\"agent\":\"a\",\"calls_total\":0,\"calls\":[]}",
        "{\"schema\":1,\"generated_at\":1,\"agent\":\"a\",\"calls_total\":0,\"calls\":[{}]}",
        "{\"schema\":1,\"generated_at\":1,\"agent\":\"a\",\"calls_total\":1,\"calls\":[{\"call_id\":\"x\","
        "\"time\":1,\"day\":\"2025-10-09\",\"duration_ms\":null,\"conversion\":true,\"upsell\":-1,\"sentiment\":\"neutral\","
        "\"score\":0,\"evidence\":{\"conversion\":[],\"upsell\":[],\"sentiment\":[]},\"turns_total\":0,"
        "\"turns\":null}]}",
        "{\"schema\":1,\"generated_at\":1,\"agent\":\"a\",\"calls_total\":1,\"calls\":[{\"call_id\":\"x\","
        "\"time\":1,\"day\":\"2025-10-09\",\"duration_ms\":null,\"conversion\":true,\"upsell\":0,\"sentiment\":\"happy\","
        "\"score\":0,\"evidence\":{\"conversion\":[],\"upsell\":[],\"sentiment\":[]},\"turns_total\":0,"
        "\"turns\":null}]}",
        "{\"schema\":1,\"generated_at\":1,\"agent\":\"a\",\"calls_total\":0,\"calls\":[{\"call_id\":\"x\","
        "\"time\":1,\"day\":\"2025-10-09\",\"duration_ms\":null,\"conversion\":true,\"upsell\":0,\"sentiment\":\"neutral\","
        "\"score\":0,\"evidence\":{\"conversion\":[],\"upsell\":[],\"sentiment\":[]},\"turns_total\":0,"
        "\"turns\":null}]}",
    };
    const char *names[] = {"empty", "array", "schema", "empty call", "negative upsell",
                           "unknown label", "calls_total below calls"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char name[80];
        snprintf(name, sizeof name, "calls hostile: refuses %s", names[i]);
        CHECK(snap_calls_decode(bad[i], strlen(bad[i]), &d, &err) == -1 && d.v == NULL, name);
    }
    const char *esc = "{\"schema\":1,\"generated_at\":1,\"agent\":\"a\\u001b[2Jb\",\"calls_total\":1,"
                      "\"calls\":[{\"call_id\":\"x\",\"time\":1,\"day\":\"2025-10-09\",\"duration_ms\":5,\"conversion\":false,"
                      "\"upsell\":0,\"sentiment\":\"neutral\",\"score\":0,\"evidence\":{\"conversion\":[],"
                      "\"upsell\":[],\"sentiment\":[]},\"turns_total\":1,\"turns\":[{\"speaker\":\"agent\","
                      "\"text\":\"hi\\u001b]0;x\\u0007 there\"}]}]}";
    int rc = snap_calls_decode(esc, strlen(esc), &d, &err);
    CHECK(rc == 0 && !strchr(d.agent_name, 0x1b) && !strchr(d.v[0].turns[0].text, 0x1b),
          "calls hostile: escape sequences removed from names and turns");
    if (rc == 0)
        snap_calls_free(&d);
}

static void topic(void)
{
    char k1[17], k2[17];
    snap_calls_key("Ana/#+", k1);
    snap_calls_key("Ana/#+", k2);
    CHECK(strlen(k1) == 16 && strcmp(k1, k2) == 0 && !strpbrk(k1, "/#+"), "calls topic: stable hex key");
    snap_calls_key("Ana", k2);
    CHECK(strcmp(k1, k2) != 0, "calls topic: names differ, keys differ");
    char *t = snap_calls_topic("converza/v1/", "Ana");
    char want[64];
    snprintf(want, sizeof want, "converza/v1/calls/%s", k2);
    CHECK_STR(t, want, "calls topic: prefix/calls/key");
    free(t);
}

int main(void)
{
    roundtrip();
    bounds();
    hostile();
    topic();
    T_END();
}
