/* loop.c - the event loop (see loop.h). Input and MQTT news change state and
 * ask for a repaint; the loop repaints at most once per wakeup, and applies
 * new KPI data on the --refresh tick (the first data of each topic at once). */
#include "loop.h"

#include <errno.h>
#include <math.h>
#include <poll.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "layout.h"

typedef struct {
    double next_tick;   /* monotonic time of the next data repaint */
    double next_page;   /* wallboard page flip */
    bool paint, full;
} loop_state;

static double min_pos(double a, double b)
{
    return b >= 0 && b < a ? b : a;
}

/* Seconds until the data turns stale (so the warning shows on time), or -1.
 * On the monotonic clock, like the warning itself. */
static double until_stale(const app *a)
{
    double age = model_seen_age(&a->m, cz_now_mono());
    if (age < 0)
        return -1;
    double d = (double)a->stale_after + 0.05 - age;
    return d > 0 ? d : -1;
}

static void take_news(app *a, feed *f, loop_state *ls)
{
    feed_news news;
    feed_take(f, &news);
    a->now = time(NULL);
    for (int i = 0; i < FEED__TOPICS; i++) {
        if (news.too_large[i]) {
            model_too_large(&a->m, (feed_topic)i, news.too_large[i], a->now);
            ls->paint = true;
        }
        if (!news.payload[i])
            continue;
        if (app_offer(a, (feed_topic)i, news.payload[i], news.len[i]))
            ls->paint = true;
        news.payload[i] = NULL; /* app_offer took it */
    }
    if (news.conn_changed) {
        model_set_conn(&a->m, news.conn, news.conn_msg, a->now);
        ls->paint = true;
    }
    feed_news_free(&news);
}

/* Acts on a key handler's result bits. Returns false to quit. */
static bool act(app *a, loop_state *ls, int bits, double now)
{
    if (bits & H_QUIT)
        return false;
    if (bits & H_APPLY) {
        a->now = time(NULL);
        app_apply_pending(a);
        ls->next_tick = now + a->refresh;
    }
    if (bits & (H_REBUILD | H_REVIEW | H_APPLY))
        app_sync_view(a, (bits & H_REBUILD) != 0);
    if (bits & H_FULL)
        ls->full = true;
    if (bits & H_REDRAW)
        ls->paint = true;
    return true;
}

static bool read_keys(app *a, loop_state *ls, double now)
{
    bool was_wall = a->wallboard;
    wint_t wc;
    int rc;
    while ((rc = get_wch(&wc)) != ERR) {
        int key = rc == KEY_CODE_YES ? KEYS_FN((int)wc) : (int)wc;
        if (!act(a, ls, app_key(a, key), now))
            return false;
    }
    if (a->wallboard && !was_wall)
        ls->next_page = now + a->wall_seconds;
    return true;
}

int loop_run(app *a, feed *f, const sigset_t *waitmask, cz_err *err)
{
    double now = cz_now_mono();
    loop_state ls = {now + a->refresh, now + a->wall_seconds, true, true};
    for (;;) {
        term_poll_signals();
        if (term_quit_requested())
            return 0;
        if (term_take_winch()) {
            term_resize(a->t);
            ls.paint = ls.full = true;
        }
        now = cz_now_mono();
        if (now >= ls.next_tick) {
            a->now = time(NULL);
            app_apply_pending(a);
            ls.next_tick = now + a->refresh;
            ls.paint = true;
        }
        if (a->wallboard && now >= ls.next_page) {
            a->wall_page = (a->wall_page + 1) % a->wall_npages;
            ls.next_page = now + a->wall_seconds;
            ls.paint = true;
        }
        if (ls.paint) {
            if (a->view_gen != a->m.agents_gen)
                app_sync_view(a, false);
            if (ls.full)
                clearok(curscr, TRUE);
            layout_draw(a);
            ls.paint = ls.full = false;
        }

        double wait = ls.next_tick - now;
        if (a->wallboard)
            wait = min_pos(wait, ls.next_page - now);
        wait = min_pos(wait, until_stale(a));
        if (wait < 0)
            wait = 0;
        struct timespec ts = {(time_t)wait, (long)((wait - floor(wait)) * 1e9)};
        struct pollfd pfd[2] = {{STDIN_FILENO, POLLIN, 0}, {feed_wakeup_fd(f), POLLIN, 0}};
        int rc = ppoll(pfd, 2, &ts, waitmask);
        if (rc < 0) {
            if (errno == EINTR)
                continue; /* a signal: the flags are checked at the top */
            cz_err_set(err, "waiting for input: %s", strerror(errno));
            return -1;
        }
        now = cz_now_mono();
        if (pfd[1].revents & POLLIN)
            take_news(a, f, &ls);
        if (pfd[0].revents & (POLLHUP | POLLERR | POLLNVAL))
            return 0; /* the terminal went away */
        if ((pfd[0].revents & POLLIN) && !read_keys(a, &ls, now))
            return 0;
    }
}
