/* test_talk.c - conversation metrics (talk.h) on small timed calls built by
 * hand: unknown times, overlap counted once, shares summing to 100 %, stated
 * call length, monologue merging and breaking, interruptions, questions.
 * The hand-checked Harper Valley call is in test_formats.c. */
#include <stdio.h>
#include <string.h>

#include "t.h"
#include "talk.h"
#include "turns.h"

static void add(turns_t *t, speaker_t who, const char *text, int64_t s, int64_t e)
{
    turns_push(t, who, text, strlen(text), s, e);
}

static bool sums(const talk_metrics *m)
{
    return m->agent_bp + m->customer_bp + m->other_bp + m->silence_bp == 10000 &&
           m->agent_ms + m->customer_ms + m->other_ms + m->silence_ms == m->duration_ms;
}

static void check_unknown(void)
{
    turns_t t = TURNS_INIT;
    talk_metrics m;
    talk_compute(&t, -1, &m);
    CHECK(!m.times_known && m.duration_ms == -1 && m.customer_questions == 0,
          "unknown: no turns");
    add(&t, SPK_AGENT, "hello", 0, 1000);
    add(&t, SPK_CUSTOMER, "can you help me", -1, -1);
    talk_compute(&t, 5000, &m);
    CHECK(!m.times_known && m.duration_ms == -1 && m.agent_bp == -1 && m.silence_bp == -1 &&
              m.longest_monologue_ms == -1 && m.interruptions == -1,
          "unknown: one untimed turn makes every time metric -1, never 0");
    CHECK(m.customer_questions == 1, "unknown: questions still counted");
    turns_free(&t);
    add(&t, SPK_AGENT, "x", 100, 100);
    talk_compute(&t, -1, &m);
    CHECK(!m.times_known, "unknown: zero-length call");
    turns_free(&t);
    add(&t, SPK_AGENT, "x", 500, 400);
    talk_compute(&t, -1, &m);
    CHECK(!m.times_known, "unknown: end before start");
    turns_free(&t);
    add(&t, SPK_AGENT, "x", 0, INT64_C(900000000000000000));
    talk_compute(&t, -1, &m);
    CHECK(!m.times_known, "unknown: absurd offsets (no overflow)");
    turns_free(&t);
    add(&t, SPK_AGENT, "x", 0, 1000);
    talk_compute(&t, INT64_C(900000000000000000), &m);
    CHECK(m.times_known && m.duration_ms == 1000, "unknown: absurd stated length ignored");
    turns_free(&t);
}

static void check_overlap(void)
{
    turns_t t = TURNS_INIT;
    talk_metrics m;
    add(&t, SPK_CUSTOMER, "b", 500, 1500);
    add(&t, SPK_AGENT, "a", 0, 1000);
    talk_compute(&t, -1, &m);
    CHECK(m.times_known && m.duration_ms == 1500 && m.overlap_ms == 500 && m.silence_ms == 0,
          "overlap: counted once");
    CHECK(m.agent_ms == 750 && m.customer_ms == 750 && m.agent_bp == 5000 &&
              m.customer_bp == 5000 && sums(&m),
          "overlap: split evenly, shares sum to 100 %");
    CHECK(m.interruptions == 1 && m.customer_interruptions == 1, "overlap: customer interrupted");
    turns_free(&t);

    add(&t, SPK_AGENT, "a", 0, 1000);
    add(&t, SPK_AGENT, "a", 500, 800);
    add(&t, SPK_CUSTOMER, "b", 2000, 3000);
    talk_compute(&t, -1, &m);
    CHECK(m.agent_ms == 1000 && m.silence_ms == 1000 && m.interruptions == 0 && sums(&m),
          "overlap: agent overlapping itself is no interruption, counted once");
    turns_free(&t);

    add(&t, SPK_AGENT, "a", 0, 1000);
    add(&t, SPK_CUSTOMER, "b", 0, 500);
    add(&t, SPK_CUSTOMER, "c", 1000, 2000);
    talk_compute(&t, -1, &m);
    CHECK(m.interruptions == 0, "overlap: same start or back-to-back is no interruption");
    turns_free(&t);

    add(&t, SPK_AGENT, "a", 0, 1000);
    add(&t, SPK_CUSTOMER, "b", 1000, 2000);
    add(&t, SPK_UNKNOWN, "c", 2000, 3000);
    talk_compute(&t, -1, &m);
    CHECK(m.agent_bp + m.customer_bp + m.silence_bp <= 10000 && m.other_ms == 1000 &&
              m.silence_ms == 0 && sums(&m),
          "shares: thirds round to 10000 exactly; unknown speech is 'other'");
    turns_free(&t);
}

static void check_call_length(void)
{
    turns_t t = TURNS_INIT;
    talk_metrics m;
    add(&t, SPK_AGENT, "a", 1000, 2000);
    talk_compute(&t, 10000, &m);
    CHECK(m.duration_ms == 10000 && m.silence_ms == 9000 && m.agent_bp == 1000 &&
              m.silence_bp == 9000,
          "length: stated call length, leading and trailing silence count");
    talk_compute(&t, -1, &m);
    CHECK(m.duration_ms == 1000 && m.silence_ms == 0, "length: first start to last end");
    talk_compute(&t, 1500, &m);
    CHECK(m.duration_ms == 2000 && sums(&m), "length: speech past the stated end extends it");
    turns_free(&t);
}

static void check_monologue(void)
{
    turns_t t = TURNS_INIT;
    talk_metrics m;
    add(&t, SPK_AGENT, "a", 0, 1000);
    add(&t, SPK_AGENT, "b", 1500, 2500);  /* gap 500: merged */
    add(&t, SPK_AGENT, "c", 3500, 4000);  /* gap 1000: not < 1000, new run */
    talk_compute(&t, -1, &m);
    CHECK(m.longest_monologue_ms == 2500, "monologue: gaps under 1 s merge, pauses included");
    add(&t, SPK_CUSTOMER, "hm", 1200, 1300);
    talk_compute(&t, -1, &m);
    CHECK(m.longest_monologue_ms == 1000, "monologue: customer speech in the gap breaks it");
    turns_free(&t);

    add(&t, SPK_AGENT, "long", 0, 5000);
    add(&t, SPK_CUSTOMER, "mm-hmm", 2000, 2300);
    add(&t, SPK_AGENT, "more", 5200, 9000);
    talk_compute(&t, -1, &m);
    CHECK(m.longest_monologue_ms == 5000 && m.customer_interruptions == 1,
          "monologue: a backchannel over the agent ends the run and is an interruption");
    turns_free(&t);

    add(&t, SPK_CUSTOMER, "only me", 0, 3000);
    talk_compute(&t, -1, &m);
    CHECK(m.times_known && m.longest_monologue_ms == 0 && m.agent_bp == 0,
          "monologue: agent silent -> 0, a real zero");
    turns_free(&t);
}

static void check_questions(void)
{
    CHECK(talk_is_question("What time do you close?"), "question: punctuated");
    CHECK(talk_is_question("ok. and the fee?"), "question: '?' anywhere");
    CHECK(talk_is_question("what time do you close"), "question: unpunctuated wh-word");
    CHECK(talk_is_question("um okay so can you help me"), "question: three fillers skipped");
    CHECK(!talk_is_question("um okay so yeah can you help me"), "question: not after four fillers");
    CHECK(talk_is_question("what's my balance"), "question: contraction");
    CHECK(talk_is_question("Is it open"), "question: capitalised auxiliary");
    CHECK(!talk_is_question("What a day."), "question: punctuated statement");
    CHECK(!talk_is_question("have a nice day"), "question: 'have' is no question word");
    CHECK(!talk_is_question("i lost my card"), "question: statement");
    CHECK(!talk_is_question(""), "question: empty");
    CHECK(!talk_is_question("whatsoever"), "question: whole words only");

    turns_t t = TURNS_INIT;
    talk_metrics m;
    add(&t, SPK_AGENT, "can I help you?", 0, 1000);
    add(&t, SPK_CUSTOMER, "how much is it", 1000, 2000);
    add(&t, SPK_CUSTOMER, "and when does it start?", 2000, 3000);
    add(&t, SPK_CUSTOMER, "fine", 3000, 4000);
    talk_compute(&t, -1, &m);
    CHECK(m.customer_questions == 2, "question: customer turns only");
    turns_free(&t);
}

/* talk_compute_times is talk_compute without the question count: the same
 * bytes in every other field, timed or not. */
static void check_times_only(void)
{
    turns_t t = TURNS_INIT;
    talk_metrics full, times;
    add(&t, SPK_AGENT, "how can i help", 0, 1000);
    add(&t, SPK_CUSTOMER, "can i add the sports pack", 1500, 3000);
    add(&t, SPK_CUSTOMER, "what does it cost", 2800, 4000);
    for (int pass = 0; pass < 2; pass++) {
        talk_compute(&t, pass ? -1 : 6000, &full);
        talk_compute_times(&t, pass ? -1 : 6000, &times);
        CHECK(full.customer_questions == 2 && times.customer_questions == 0,
              "times only: no question counted");
        times.customer_questions = full.customer_questions;
        CHECK(memcmp(&full, &times, sizeof full) == 0, "times only: every other field the same");
        t.v[1].start_ms = -1; /* the second pass untimed */
    }
    turns_free(&t);
}

int main(void)
{
    check_times_only();
    check_unknown();
    check_overlap();
    check_call_length();
    check_monologue();
    check_questions();
    T_END();
}
