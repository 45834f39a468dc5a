/* gen_write.c - JSON and CSV formatting and the file system calls. */
#include "gen_write.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int gw_open_dir(const char *path, cz_err *e)
{
    if (!*path) {
        cz_err_set(e, "output directory name is empty");
        return -1;
    }
    /* mkdir -p: create each missing component in turn. */
    char *tmp = xstrdup(path);
    for (char *p = tmp + 1;; p++) {
        if (*p == '/' || *p == '\0') {
            char save = *p;
            *p = '\0';
            if (mkdir(tmp, 0755) < 0 && errno != EEXIST) {
                cz_err_set(e, "cannot create %s: %s", tmp, strerror(errno));
                free(tmp);
                return -1;
            }
            *p = save;
            if (!save)
                break;
        }
    }
    free(tmp);
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        cz_err_set(e, "cannot open directory %s: %s", path, strerror(errno));
    return fd;
}

static void json_field(strbuf *out, const char *key, const char *val, size_t len, int last)
{
    sb_puts(out, "  \"");
    sb_puts(out, key);
    sb_puts(out, "\": \"");
    sb_json_escape(out, val, len);
    sb_puts(out, last ? "\"\n" : "\",\n");
}

void gw_call_json(strbuf *out, const char *call_id, const char *agent, const char *team,
                  const char *timestamp,
                  const char *transcript, size_t transcript_len)
{
    sb_puts(out, "{\n");
    json_field(out, "call_id", call_id, strlen(call_id), 0);
    json_field(out, "agent_name", agent, strlen(agent), 0);
    json_field(out, "timestamp", timestamp, strlen(timestamp), 0);
    if (team)
        json_field(out, "team", team, strlen(team), 0);
    json_field(out, "transcript_text", transcript, transcript_len, 1);
    sb_puts(out, "}\n");
}

int gw_write_file(int dirfd, const char *dir, const char *name, const char *data, size_t len, cz_err *e)
{
    int fd = openat(dirfd, name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        cz_err_set(e, "cannot create %s/%s: %s", dir, name, strerror(errno));
        return -1;
    }
    while (len > 0) { /* one write() in practice; loop for short writes */
        ssize_t w = write(fd, data, len);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            cz_err_set(e, "cannot write %s/%s: %s", dir, name, w < 0 ? strerror(errno) : "short write");
            close(fd);
            return -1;
        }
        data += w;
        len -= (size_t)w;
    }
    if (close(fd) < 0) {
        cz_err_set(e, "cannot write %s/%s: %s", dir, name, strerror(errno));
        return -1;
    }
    return 0;
}

const char *gw_labels_header(void)
{
    return "call_id,is_conversion,upsell_amount,sentiment_label,note\n";
}

/* Appends a CSV field, quoted when it holds a comma, quote or newline. */
static void csv_field(strbuf *out, const char *s, size_t n)
{
    if (!memchr(s, ',', n) && !memchr(s, '"', n) && !memchr(s, '\n', n)) {
        sb_append(out, s, n);
        return;
    }
    sb_putc(out, '"');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"')
            sb_putc(out, '"');
        sb_putc(out, s[i]);
    }
    sb_putc(out, '"');
}

void gw_label_row(strbuf *out, const char *call_id, const gc_call *c)
{
    static const char *const sentiment[] = {"negative", "neutral", "positive"};
    csv_field(out, call_id, strlen(call_id));
    sb_puts(out, c->conversion ? ",true," : ",false,");
    gnum_decimal(out, c->upsell_cents);
    sb_putc(out, ',');
    sb_puts(out, sentiment[c->sentiment + 1]);
    sb_putc(out, ',');
    csv_field(out, c->note.s ? c->note.s : "", c->note.len);
    sb_putc(out, '\n');
}
