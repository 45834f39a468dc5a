/* roster.c - the "agent,team" roster: parsed once per (re)load into a map
 * from the normalised agent name to its team. */
#include "roster.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "name.h"
#include "textfile.h"

/* Reads one CSV field at *p (quoted or not) up to the next comma or the end
 * into a new string, trimmed; advances *p past the comma. NULL when a quoted
 * field is not closed. */
static char *field(char **p)
{
    char *s = *p;
    while (*s == ' ' || *s == '\t')
        s++;
    strbuf b = SB_INIT;
    if (*s == '"') {
        s++;
        for (;;) {
            if (!*s) {
                sb_free(&b);
                return NULL;
            }
            if (*s == '"') {
                if (s[1] != '"')
                    break;
                s++;
            }
            sb_putc(&b, *s++);
        }
        s++;
        while (*s && *s != ',')
            s++;
    } else {
        while (*s && *s != ',')
            sb_putc(&b, *s++);
    }
    *p = *s == ',' ? s + 1 : s;
    char *out = sb_steal(&b);
    return out ? out : xstrdup("");
}

int roster_parse(char *text, size_t len, roster *out, cz_err *err)
{
    memset(out, 0, sizeof *out);
    tf_lines it;
    tf_lines_init(&it, text, len);
    size_t cap = 0;
    bool first = true;
    for (char *line; (line = tf_line(&it));) {
        if (!*line || *line == '#')
            continue;
        char *p = line;
        char *a = field(&p), *t = a ? field(&p) : NULL;
        const char *why = NULL;
        if (!a || !t)
            why = "an unclosed quote";
        else if (first && strcasecmp(tf_trim(a), "agent") == 0 &&
                 strcasecmp(tf_trim(t), "team") == 0)
            why = "";  /* the header */
        else if (p == line + strlen(line) && !strchr(line, ','))
            why = "no comma: expected \"agent,team\"";
        first = false;
        char *agent = NULL, *team = NULL;
        if (!why) {
            agent = name_normalize(tf_trim(a));
            team = name_normalize(tf_trim(t));
            if (!*agent || !*team)
                why = !*agent ? "an empty agent name" : "an empty team";
            else if (strlen(agent) > 200 || strlen(team) > 200)
                why = "a name longer than 200 bytes";
            else if (out->n == ROSTER_MAX_LINES)
                why = "more than 100000 agents";
        }
        free(a);
        free(t);
        if (why && *why) {
            cz_err_set(err, "line %d: %s", it.lineno, why);
            free(agent);
            free(team);
            roster_free(out);
            return -1;
        }
        if (why) /* the header */
            continue;
        size_t i;
        if (strmap_get(&out->index, agent, &i)) {
            free(out->teams[i]);
            out->teams[i] = team;
        } else {
            if (out->n == cap) {
                cap = cap ? cap * 2 : 16;
                out->teams = xrealloc(out->teams, cap * sizeof *out->teams);
            }
            out->teams[out->n] = team;
            strmap_put(&out->index, agent, out->n++);
        }
        free(agent);
    }
    return 0;
}

int roster_load(const char *path, roster *out, cz_err *err)
{
    memset(out, 0, sizeof *out);
    size_t len;
    char *text = tf_read(path, "roster file", TF_MAX_CONFIG, &len, err);
    if (!text)
        return -1;
    cz_err e;
    int rc = roster_parse(text, len, out, &e);
    if (rc < 0)
        cz_err_set(err, "roster %s: %s", path, e.msg);
    free(text);
    return rc;
}

const char *roster_team(const roster *r, const char *agent)
{
    size_t i;
    if (!r || !r->n || !strmap_get(&r->index, agent, &i))
        return NULL;
    return r->teams[i];
}

void roster_free(roster *r)
{
    for (size_t i = 0; i < r->n; i++)
        free(r->teams[i]);
    free(r->teams);
    strmap_free(&r->index);
    memset(r, 0, sizeof *r);
}
