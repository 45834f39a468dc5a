/* republish.c - one-off commands' publishing beside the worker (see
 * republish.h): the worker's own paths (worker_publish_calls,
 * worker_publish) over a tool publisher, one step at a time. */
#include "republish.h"

#include <mosquitto.h>
#include <string.h>

#include "log.h"
#include "publish.h"

void republish_open(republisher *r, const char *cmd, PGconn *c, const cz_settings *s,
                    kpi_rules *rules)
{
    memset(r, 0, sizeof *r);
    r->cmd = cmd;
    r->w.s = (cz_settings *)s;
    r->w.rules = rules;
    r->w.conn = c;
    r->w.alerts.loaded = true; /* no rules, nothing loaded: alerts_run skips */
    if (!s->mqtt)
        return;
    mosquitto_lib_init();
    cz_err err;
    if (!(r->w.pub = publisher_new_tool(s, cmd, &err)))
        log_warn("%s: the MQTT payloads are not republished: %s", cmd, err.msg);
}

/* Whether the broker takes payloads now; says once when not. */
static bool ready(republisher *r, const char *what)
{
    if (!r->w.pub || r->away)
        return false;
    if (publisher_flush(r->w.pub, REPUBLISH_WAIT_S))
        return true;
    log_warn("%s: MQTT broker not reachable: %s not republished (the worker's loads publish"
             " them again, each agent's with its next calls)", r->cmd, what);
    r->away = true;
    return false;
}

void republish_calls(republisher *r, const strmap *agents, const char *what)
{
    if (ready(r, what))
        worker_publish_calls(&r->w, agents);
}

void republish_snapshot(republisher *r, const char *batch_id)
{
    if (ready(r, "the KPI snapshot is"))
        worker_publish(&r->w, batch_id);
}

void republish_close(republisher *r)
{
    if (!r->w.s || !r->w.s->mqtt)
        return;
    publisher_close(r->w.pub);
    r->w.pub = NULL;
    mosquitto_lib_cleanup();
}
