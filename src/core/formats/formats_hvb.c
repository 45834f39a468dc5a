/* formats_hvb.c - the Gridspace-Stanford Harper Valley Bank corpus: a call is
 * transcript/<sid>.json, a JSON array of segments
 *
 *   {"speaker_role": "agent"|"caller", "start_ms": 1669, "duration_ms": 2670,
 *    "human_transcript": "hello this is harper valley national bank",
 *    "transcript": "hello mr harper valley national bank",
 *    "emotion": [neg, neu, pos] or {"negative":..,"neutral":..,"positive":..}, ...}
 *
 * with its sibling metadata/<sid>.json (agent.metadata.agent_name,
 * start_time_ms, end_time_ms, tasks[0].task_type, caller.survey_response.
 * data.partner_rating). Rules:
 *   - text is human_transcript (or transcript with hvb_machine; a segment
 *     without human_transcript falls back to transcript);
 *   - tags go: [noise], [laughter], <unk>..., and cut-off words ending in '~';
 *     a segment left with no words is dropped (its emotion too);
 *   - segments are sorted by start_ms (they are not in the file) and keep
 *     their times: start_ms, end_ms = start_ms + duration_ms;
 *   - speaker_role decides the speaker ("caller"/"customer" = customer);
 *     channel_index is ignored, it disagrees with the role in some calls;
 *   - call_id = the file name's sid; agent, time (start_time_ms, UTC), task,
 *     caller CSAT and call length from the metadata, whose sid must match;
 *   - src_sentiment = customer emotion (positive - negative) weighted by
 *     segment duration;
 *   - the metadata's bytes are part of the record's identity (hash_seed), so
 *     that metadata arriving late or corrected makes the call a new delivery. */
#include <stdlib.h>
#include <string.h>

#include "formats_internal.h"

/* Drops [tags], <tags> and words ending in '~' from s; returns a new string
 * (possibly only spaces). */
static char *strip_tags(const char *s)
{
    size_t n = strlen(s);
    char *tmp = xmalloc(n + 1), *out = xmalloc(n + 2); /* each kept word adds a space */
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        char close = s[i] == '[' ? ']' : s[i] == '<' ? '>' : 0;
        const char *e = close ? memchr(s + i + 1, close, n - i - 1) : NULL;
        if (e) {
            tmp[o++] = ' ';
            i = (size_t)(e - s);
        } else {
            tmp[o++] = s[i];
        }
    }
    tmp[o] = '\0';
    size_t w = 0;
    for (size_t i = 0; i < o;) {
        size_t j = i;
        while (j < o && tmp[j] != ' ' && tmp[j] != '\t')
            j++;
        if (j > i && tmp[j - 1] != '~') {
            memcpy(out + w, tmp + i, j - i);
            w += j - i;
            out[w++] = ' ';
        }
        i = j < o ? j + 1 : j;
    }
    out[w] = '\0';
    free(tmp);
    return out;
}

static bool blank(const char *s)
{
    for (; *s; s++)
        if (*s != ' ')
            return false;
    return true;
}

/* positive - negative of an emotion value (list [neg, neu, pos] or object);
 * returns false when it is neither. */
static bool emotion_valence(const cJSON *e, double *v)
{
    const cJSON *neg, *pos;
    if (cJSON_IsArray(e) && cJSON_GetArraySize(e) == 3) {
        neg = cJSON_GetArrayItem(e, 0);
        pos = cJSON_GetArrayItem(e, 2);
    } else if (cJSON_IsObject(e)) {
        neg = cJSON_GetObjectItemCaseSensitive(e, "negative");
        pos = cJSON_GetObjectItemCaseSensitive(e, "positive");
    } else {
        return false;
    }
    if (!cJSON_IsNumber(neg) || !cJSON_IsNumber(pos))
        return false;
    *v = pos->valuedouble - neg->valuedouble;
    return *v >= -1 && *v <= 1;
}

typedef struct {
    fmt_seg *v;
    size_t n;
    double valence_sum, valence_ms;
} seg_list;

/* Reads the segments into l; returns 0 or -1 after making rec an error. */
static int read_segments(const cJSON *root, bool machine, seg_list *l, fmt_record *rec)
{
    if (!cJSON_IsArray(root)) {
        fmt_fail(rec, "Harper Valley Bank transcript must be a JSON array of segments");
        return -1;
    }
    int total = cJSON_GetArraySize(root), idx = 0;
    l->v = xcalloc((size_t)total + 1, sizeof *l->v);
    for (const cJSON *s = root->child; s; s = s->next, idx++) {
        if (!cJSON_IsObject(s)) {
            fmt_fail(rec, "segment %d is not an object", idx + 1);
            return -1;
        }
        const char *role = fmt_json_str(s, "speaker_role");
        speaker_t who = !role ? SPK_UNKNOWN
                      : strcmp(role, "agent") == 0 ? SPK_AGENT
                      : strcmp(role, "caller") == 0 || strcmp(role, "customer") == 0
                          ? SPK_CUSTOMER : SPK_UNKNOWN;
        if (who == SPK_UNKNOWN) {
            fmt_fail(rec, "segment %d: speaker_role must be \"agent\" or \"caller\", got %s%.20s%s",
                     idx + 1, role ? "\"" : "", role ? role : "none", role ? "\"" : "");
            return -1;
        }
        const char *text = machine ? NULL : fmt_json_str(s, "human_transcript");
        if (!text && (machine || !cJSON_HasObjectItem(s, "human_transcript")))
            text = fmt_json_str(s, "transcript");
        char *clean = strip_tags(text ? text : "");
        if (blank(clean)) {
            free(clean);
            continue;
        }
        int64_t start = fmt_json_int(s, "start_ms", false);
        int64_t dur = fmt_json_int(s, "duration_ms", false);
        fmt_seg *g = &l->v[l->n++];
        g->who = who;
        g->text = clean;
        g->order = (size_t)idx;
        g->start_ms = start >= 0 && dur >= 0 ? start : -1;
        g->end_ms = start >= 0 && dur >= 0 ? start + dur : -1;
        double val;
        if (who == SPK_CUSTOMER && dur > 0 &&
            emotion_valence(cJSON_GetObjectItemCaseSensitive(s, "emotion"), &val)) {
            l->valence_sum += val * (double)dur;
            l->valence_ms += (double)dur;
        }
    }
    if (l->n == 0) {
        fmt_fail(rec, "no speech: all %d segments are empty or only noise tags", total);
        return -1;
    }
    return 0;
}

/* Fetches the metadata bytes: the caller's, or read through the callback.
 * Returns 1 with *buf and *len (*owned set when the module must free it), 0 when
 * there is no way to get any, -1 after making rec an error. */
static int get_meta(const char *path, const fmt_opts *o, const char **buf, size_t *len,
                    char **owned, fmt_record *rec)
{
    *owned = NULL;
    if (o && o->hvb_meta) {
        *buf = o->hvb_meta;
        *len = o->hvb_meta_len;
        return 1;
    }
    char *mpath = fmt_hvb_metadata_path(path);
    if (!o || !o->read_file || !mpath) {
        free(mpath);
        return 0;
    }
    cz_err err = {{0}};
    if (o->read_file(o->read_ctx, mpath, owned, len, &err) < 0) {
        fmt_fail(rec, "cannot read its metadata %s: %s", mpath, err.msg);
        free(mpath);
        return -1;
    }
    free(mpath);
    *buf = *owned;
    return 1;
}

static const cJSON *path2(const cJSON *o, const char *a, const char *b)
{
    return cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(o, a), b);
}

/* Fills the call and metadata of rec from the metadata JSON (or defaults). */
static void finish(const char *path, const cJSON *meta, fmt_record *rec, const fmt_opts *o)
{
    size_t stem_n;
    const char *stem = fmt_stem(path, &stem_n);
    const char *sid = fmt_json_str(meta, "sid");
    if (sid && stem_n && (strlen(sid) != stem_n || memcmp(sid, stem, stem_n) != 0)) {
        fmt_fail(rec, "metadata is for sid %.40s, not %.*s", sid, (int)(stem_n > 40 ? 40 : stem_n),
                 stem);
        return;
    }
    char *id = stem_n ? xstrndup(stem, stem_n) : xstrdup(sid ? sid : "");
    const char *agent = fmt_json_str(path2(meta, "agent", "metadata"), "agent_name");
    int64_t t0 = fmt_json_int(meta, "start_time_ms", false);
    int64_t t1 = fmt_json_int(meta, "end_time_ms", false);
    char iso[40];
    if (t0 >= 0)
        fmt_iso_ms(t0, iso);
    if (fmt_set_call(rec, id, agent, t0 >= 0 ? iso : NULL, NULL, o,
                     meta ? "metadata lacks agent.metadata.agent_name or start_time_ms"
                          : "no metadata/<sid>.json beside transcript/ and no default given") <
        0) {
        free(id);
        return;
    }
    free(id);
    if (t0 >= 0 && t1 >= t0)
        rec->meta.call_ms = t1 - t0;
    const cJSON *tasks = cJSON_GetObjectItemCaseSensitive(meta, "tasks");
    const char *task = fmt_json_str(cJSON_GetArrayItem(tasks, 0), "task_type");
    if (task && *task)
        rec->meta.task = clean_text(task, strlen(task));
    const cJSON *survey =
        cJSON_GetObjectItemCaseSensitive(path2(meta, "caller", "survey_response"), "data");
    int64_t r = fmt_json_int(survey, "partner_rating", true);
    rec->meta.csat = r >= 0 && r <= 10 ? (int)r : -1;
}

void fmt_parse_hvb(const char *path, const char *buf, size_t len, const fmt_opts *o,
                   fmt_records *out)
{
    fmt_record *rec = fmt_push(out, 0, 0, len);
    cz_err err;
    cJSON *root = fmt_json_parse(buf, len, &err);
    if (!root) {
        fmt_fail(rec, "%s", err.msg);
        return;
    }
    seg_list l = {0};
    const char *mbuf = NULL;
    size_t mlen = 0;
    char *owned = NULL;
    cJSON *meta = NULL;
    int got;
    if (read_segments(root, o && o->hvb_machine, &l, rec) == 0 &&
        (got = get_meta(path, o, &mbuf, &mlen, &owned, rec)) >= 0) {
        if (got)
            rec->hash_seed = cz_fnv1a64(mbuf, mlen);
        if (got && !(meta = fmt_json_parse(mbuf, mlen, &err))) {
            fmt_fail(rec, "metadata: %s", err.msg);
        } else if (meta && !cJSON_IsObject(meta)) {
            fmt_fail(rec, "metadata must be a JSON object");
        } else {
            fmt_segs_to_turns(l.v, l.n, rec);
            finish(path, meta, rec, o);
            if (!rec->error && l.valence_ms > 0) {
                rec->meta.has_src_sentiment = true;
                rec->meta.src_sentiment = l.valence_sum / l.valence_ms;
            }
        }
    }
    for (size_t i = 0; i < l.n; i++)
        free(l.v[i].text);
    free(l.v);
    cJSON_Delete(meta);
    free(owned);
    cJSON_Delete(root);
}
