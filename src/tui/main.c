/* main.c - converza-tui: the live KPI dashboard. Reads options and settings,
 * opens the terminal and the MQTT feed, runs the event loop, and puts the
 * terminal back on every way out. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <sysexits.h>

#include "app.h"
#include "bench.h"
#include "feed.h"
#include "keys.h"
#include "layout.h"
#include "loop.h"
#include "opts.h"
#include "settings.h"
#include "widget.h"

static int fail(int code, const char *what, const cz_err *err)
{
    fprintf(stderr, "converza-tui: %s%s%s\n", what, *what ? ": " : "", err->msg);
    if (code == EX_USAGE)
        fputs("Try 'converza-tui --help'.\n", stderr);
    return code;
}

/* Settings: defaults, config file, environment, then the flags. */
static int load_settings(const tui_opts *o, cz_settings *s)
{
    cz_err err = {""};
    settings_init(s);
    if (settings_load(s, o->config, &err) < 0)
        return fail(EX_CONFIG, "configuration", &err);
    for (int i = 0; i < o->nset; i++)
        if (settings_set(s, o->set_key[i], o->set_val[i], &err) < 0)
            return fail(EX_USAGE, "option", &err);
    int pages[APP_WALL_PAGES], np;
    if (w_wall_pages(s->wall_pages, pages, &np, &err) < 0)
        return fail(EX_CONFIG, "configuration", &err);
    return 0;
}

static int run(const tui_opts *o, const cz_settings *s)
{
    cz_err err = {""};
    feed *f = feed_new(s, &err);
    if (!f)
        return fail(EX_CONFIG, "MQTT", &err);
    sigset_t waitmask;
    term_signals_block(&waitmask);
    term t;
    term_opts to = {o->ascii, false};
    if (term_open(&t, &to, &err) < 0) {
        feed_free(f);
        return fail(EX_UNAVAILABLE, "terminal", &err);
    }
    app a;
    app_init(&a, &t, feed_where(f), s->refresh, s->stale_after, o->wallboard);
    w_wall_pages(s->wall_pages, a.wall_list, &a.wall_npages, &err); /* checked at load */
    a.wall_seconds = s->wall_interval;
    a.wall_top = s->wall_top;
    layout_draw(&a); /* "connecting" at once, before any network wait */
    bool ok = feed_start(f, &err) == 0 && loop_run(&a, f, &waitmask, &err) == 0;
    feed_free(f); /* network first: no callback runs after this */
    app_free(&a);
    if (!ok)
        term_die(&t, EX_SOFTWARE, "%s", err.msg);
    term_close(&t);
    return 0;
}

int main(int argc, char **argv)
{
    setlocale(LC_ALL, "");
    tui_opts o;
    cz_err err = {""};
    int rc = 0;
    if (opts_parse(argc, argv, &o, &err) < 0) {
        rc = fail(EX_USAGE, "", &err);
        goto out;
    }
    if (o.help) {
        opts_usage(stdout);
        goto out;
    }
    if (o.version) {
        printf("converza-tui %s\n", CZ_VERSION);
        goto out;
    }
    if (o.man_keys) {
        keys_print_man(stdout);
        goto out;
    }
    if (o.password_on_argv)
        fputs("converza-tui: warning: --mqtt-password is visible to other users in the process "
              "list; prefer --mqtt-password-file, CONVERZA_MQTT_PASSWORD or the config file\n",
              stderr);
    if (o.bench_frames > 0) {
        rc = bench_run(o.bench_frames, o.bench_agents, o.ascii);
        goto out;
    }
    cz_settings s;
    rc = load_settings(&o, &s);
    if (rc == 0)
        rc = run(&o, &s);
    settings_free(&s);
out:
    opts_free(&o);
    return rc;
}
