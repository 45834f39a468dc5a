/* formats_transcribe.c - Amazon Transcribe Call Analytics output (post-call
 * JSON). What is read:
 *
 *   {"JobName": "...",
 *    "Transcript": [{"ParticipantRole": "AGENT"|"CUSTOMER", "Content": "...",
 *                    "BeginOffsetMillis": 0, "EndOffsetMillis": 1200,
 *                    "Sentiment": "POSITIVE"|"NEGATIVE"|"NEUTRAL"|"MIXED"}, ...],
 *    "ConversationCharacteristics": {"TotalConversationDurationMillis": 42460, ...},
 *    "Metadata": {"call_id": "...", "agent_name": "...", "timestamp": "...",
 *                 "task": "...", "csat": 9}}
 *
 * Transcribe itself knows neither the agent's name nor the call's time, so
 * they come from the optional top-level "Metadata" object (Converza's own
 * convention, added by whoever exports the job) or else from the caller's
 * defaults. call_id: Metadata.call_id, else JobName, else the file name
 * without extension. Segments of other roles and empty Content are skipped;
 * the rest are sorted by BeginOffsetMillis. src_sentiment is the mean of the
 * customer segments' Sentiment (POSITIVE 1, NEGATIVE -1, NEUTRAL/MIXED 0). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "formats_internal.h"

static void parse(const char *path, const cJSON *root, const fmt_opts *o, fmt_record *rec)
{
    const cJSON *tr = cJSON_GetObjectItemCaseSensitive(root, "Transcript");
    if (!cJSON_IsArray(tr)) {
        fmt_fail(rec, "Amazon Transcribe output needs a \"Transcript\" array of segments");
        return;
    }
    size_t total = (size_t)cJSON_GetArraySize(tr), n = 0, idx = 0;
    fmt_seg *segs = xcalloc(total + 1, sizeof *segs);
    double sent_sum = 0;
    int sent_n = 0;
    for (const cJSON *s = tr->child; s; s = s->next, idx++) {
        const char *role = fmt_json_str(s, "ParticipantRole");
        const char *content = fmt_json_str(s, "Content");
        speaker_t who = !role ? SPK_UNKNOWN
                      : strcasecmp(role, "AGENT") == 0 ? SPK_AGENT
                      : strcasecmp(role, "CUSTOMER") == 0 ? SPK_CUSTOMER : SPK_UNKNOWN;
        if (who == SPK_UNKNOWN || !content || !content[strspn(content, " \t\r\n")])
            continue;
        int64_t b = fmt_json_int(s, "BeginOffsetMillis", false);
        int64_t e = fmt_json_int(s, "EndOffsetMillis", false);
        fmt_seg *g = &segs[n++];
        g->who = who;
        g->text = xstrdup(content);
        g->order = idx;
        g->start_ms = b >= 0 && e >= b ? b : -1;
        g->end_ms = b >= 0 && e >= b ? e : -1;
        const char *sent = fmt_json_str(s, "Sentiment");
        if (who == SPK_CUSTOMER && sent) {
            int v = strcasecmp(sent, "POSITIVE") == 0 ? 1 : strcasecmp(sent, "NEGATIVE") == 0 ? -1
                  : strcasecmp(sent, "NEUTRAL") == 0 || strcasecmp(sent, "MIXED") == 0 ? 0 : 2;
            if (v != 2) {
                sent_sum += v;
                sent_n++;
            }
        }
    }
    if (n == 0) {
        free(segs);
        fmt_fail(rec, "no AGENT or CUSTOMER speech in the Transcript (%zu segments)", total);
        return;
    }
    fmt_segs_to_turns(segs, n, rec);
    free(segs);

    const cJSON *meta = cJSON_GetObjectItemCaseSensitive(root, "Metadata");
    size_t stem_n;
    const char *stem = fmt_stem(path, &stem_n);
    const char *id = fmt_json_str(meta, "call_id");
    if (!id)
        id = fmt_json_str(root, "JobName");
    char *fallback = id ? NULL : xstrndup(stem, stem_n);
    int rc = fmt_set_call(rec, id ? id : fallback, fmt_json_str(meta, "agent_name"),
                          fmt_json_str(meta, "timestamp"), NULL, o,
                          "add Metadata.agent_name/timestamp to the JSON or pass a default");
    free(fallback);
    if (rc < 0)
        return;
    const char *task = fmt_json_str(meta, "task");
    if (task && *task)
        rec->meta.task = clean_text(task, strlen(task));
    int64_t csat = fmt_json_int(meta, "csat", true);
    rec->meta.csat = csat >= 0 && csat <= 10 ? (int)csat : -1;
    rec->meta.call_ms = fmt_json_int(cJSON_GetObjectItemCaseSensitive(root,
                                         "ConversationCharacteristics"),
                                     "TotalConversationDurationMillis", false);
    if (sent_n) {
        rec->meta.has_src_sentiment = true;
        rec->meta.src_sentiment = sent_sum / sent_n;
    }
}

void fmt_parse_transcribe(const char *path, const char *buf, size_t len, const fmt_opts *o,
                          fmt_records *out)
{
    fmt_record *rec = fmt_push(out, 0, 0, len);
    cz_err err;
    cJSON *root = fmt_json_parse(buf, len, &err);
    if (!root)
        fmt_fail(rec, "%s", err.msg);
    else if (!cJSON_IsObject(root))
        fmt_fail(rec, "Amazon Transcribe output must be a JSON object");
    else
        parse(path, root, o, rec);
    cJSON_Delete(root);
}
