/* test_watch.c - the inotify watch (watch.c) on a temporary tree, without
 * servers: which events make a file ready, which leave it settling, which
 * names are never reported; new and moved-in directories; the overflow and
 * watch-limit test hooks. */
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "t.h"
#include "util.h"
#include "watch.h"

static char root[64], other[64];
static cz_err last_err; /* of the last drain */

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

static char *at(const char *base, const char *rel)
{
    static char buf[4][256];
    static int i;
    i = (i + 1) % 4;
    snprintf(buf[i], sizeof buf[i], "%s/%s", base, rel);
    return buf[i];
}

static bool has(const watch_paths *r, const char *path)
{
    for (size_t i = 0; i < r->n; i++)
        if (strcmp(r->v[i], path) == 0)
            return true;
    return false;
}

/* Reads what is pending; returns the status. */
static watch_status drain(watch *w, watch_paths *r)
{
    memset(&last_err, 0, sizeof last_err);
    return watch_read(w, r, &last_err);
}

int main(void)
{
    snprintf(root, sizeof root, "/tmp/cz-watch-in.%ld", (long)getpid());
    snprintf(other, sizeof other, "/tmp/cz-watch-out.%ld", (long)getpid());
    mkdir(root, 0755);
    mkdir(other, 0755);
    mkdir(at(root, "sub"), 0755);
    cz_err err;
    watch *w = watch_open(root, &err);
    CHECK(w != NULL, "watch opens on a tree");
    if (!w)
        T_END();
    CHECK(watch_count(w) == 2, "the root and its subdirectory are watched");
    watch_paths r = {0};

    /* Moved in: ready at once. */
    write_file(at(other, "a.json"), "{}");
    rename(at(other, "a.json"), at(root, "a.json"));
    CHECK(drain(w, &r) == WATCH_OK && has(&r, at(root, "a.json")) && r.n == 1,
          "a file moved in is ready at once");
    watch_paths_clear(&r);

    /* Written and closed: ready at once. */
    write_file(at(root, "sub/b.json"), "{}");
    CHECK(drain(w, &r) == WATCH_OK && has(&r, at(root, "sub/b.json")),
          "a file closed after writing is ready");
    watch_paths_clear(&r);

    /* Temporary and hidden names: never. */
    write_file(at(root, "c.json.tmp"), "{}");
    write_file(at(root, ".hidden"), "{}");
    rename(at(root, "c.json.tmp"), at(root, "c.json.part"));
    drain(w, &r);
    CHECK(r.n == 0, "temporary and hidden names are not reported");
    double now = cz_now_mono();
    CHECK(watch_settle(w, &r, now + 100) < 0 && r.n == 0, "nor do they settle");

    /* Written, still open: not ready, not even after the short settle time;
     * ready when closed. */
    int fd = open(at(root, "d.json"), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    CHECK(fd >= 0 && write(fd, "{\"half\":", 8) == 8, "write half a file");
    drain(w, &r);
    now = cz_now_mono();
    watch_settle(w, &r, now);
    watch_settle(w, &r, now + WATCH_SETTLE_S + 1);
    CHECK(r.n == 0, "a file written and still open is not ready after the short settle time");
    CHECK(write(fd, "1}", 2) == 2 && close(fd) == 0, "finish and close it");
    drain(w, &r);
    CHECK(has(&r, at(root, "d.json")) && r.n == 1, "closed, it is ready");
    watch_paths_clear(&r);
    CHECK(watch_settle(w, &r, cz_now_mono()) < 0 && r.n == 0, "and no longer settling");

    /* A hard link: created, never written or closed: ready once unchanged
     * for the short settle time. */
    write_file(at(other, "e.json"), "{}");
    CHECK(link(at(other, "e.json"), at(root, "e.json")) == 0, "hard link into the tree");
    drain(w, &r);
    CHECK(r.n == 0, "a hard link is not ready at once");
    now = cz_now_mono();
    double next = watch_settle(w, &r, now);
    CHECK(next > 0 && r.n == 0, "it settles");
    watch_settle(w, &r, now + WATCH_SETTLE_S + 0.5);
    CHECK(has(&r, at(root, "e.json")) && r.n == 1, "unchanged for the settle time, it is ready");
    watch_paths_clear(&r);

    /* A new directory, then a file in it. */
    mkdir(at(root, "new"), 0755);
    drain(w, &r);
    CHECK(watch_count(w) == 3, "a new directory is watched");
    rename(at(other, "e.json"), at(root, "new/f.json"));
    drain(w, &r);
    CHECK(has(&r, at(root, "new/f.json")), "a file moved into the new directory is ready");
    watch_paths_clear(&r);

    /* A directory moved in whole, with a subdirectory: its files are ready
     * and its directories watched. */
    mkdir(at(other, "tree"), 0755);
    mkdir(at(other, "tree/in"), 0755);
    write_file(at(other, "tree/g.json"), "{}");
    write_file(at(other, "tree/in/h.json"), "{}");
    rename(at(other, "tree"), at(root, "tree"));
    drain(w, &r);
    CHECK(has(&r, at(root, "tree/g.json")) && has(&r, at(root, "tree/in/h.json")) && r.n == 2,
          "the files of a directory moved in are ready");
    CHECK(watch_count(w) == 5, "its directories are watched");
    watch_paths_clear(&r);
    write_file(at(root, "tree/in/i.json"), "{}");
    drain(w, &r);
    CHECK(has(&r, at(root, "tree/in/i.json")), "a file written in its subdirectory is seen");
    watch_paths_clear(&r);

    /* A directory moved out: its watches go. */
    rename(at(root, "tree"), at(other, "tree2"));
    drain(w, &r);
    CHECK(watch_count(w) == 3, "a directory moved out is no longer watched");
    write_file(at(other, "tree2/in/j.json"), "{}");
    drain(w, &r);
    CHECK(r.n == 0, "nor reported");

    /* The same path twice is reported once. */
    write_file(at(root, "k.json"), "{}");
    write_file(at(root, "k.json"), "{\"k\":1}");
    drain(w, &r);
    CHECK(r.n == 1 && has(&r, at(root, "k.json")), "a path is ready once however many events");
    watch_paths_clear(&r);
    watch_close(w);

    /* Test hooks: lost events, and the watch limit. */
    setenv("CONVERZA_TEST_WATCH_OVERFLOW", "1", 1);
    w = watch_open(root, &err);
    unsetenv("CONVERZA_TEST_WATCH_OVERFLOW");
    CHECK(w != NULL, "watch opens with the overflow hook");
    if (w) {
        write_file(at(root, "l.json"), "{}");
        CHECK(drain(w, &r) == WATCH_RESCAN, "lost events ask for a full scan");
        CHECK(watch_count(w) == 3, "and the watch is set up again");
        watch_paths_clear(&r);
        write_file(at(root, "new/m.json"), "{}");
        CHECK(drain(w, &r) == WATCH_OK && has(&r, at(root, "new/m.json")), "then goes on");
        watch_paths_clear(&r);
        watch_close(w);
    }
    setenv("CONVERZA_TEST_WATCH_LIMIT", "2", 1);
    w = watch_open(root, &err);
    CHECK(w == NULL && strstr(err.msg, "watch limit reached") &&
              strstr(err.msg, "max_user_watches"),
          "the watch limit at start-up fails with what to raise");
    watch_close(w);
    setenv("CONVERZA_TEST_WATCH_LIMIT", "3", 1);
    w = watch_open(root, &err);
    unsetenv("CONVERZA_TEST_WATCH_LIMIT");
    CHECK(w != NULL, "within the limit the watch opens");
    if (w) {
        mkdir(at(root, "one-too-many"), 0755);
        CHECK(drain(w, &r) == WATCH_FAILED && strstr(last_err.msg, "watch limit reached"),
              "a new directory past the limit fails the watch");
        watch_close(w);
    }
    watch_paths_free(&r);
    char cmd[200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s' '%s'", root, other);
    CHECK(system(cmd) == 0, "clean up");
    T_END();
}
