/* textfile.c - bounded reading of regular files and a trimmed-line walk over
 * their bytes (textfile.h). */
#include "textfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *kind_of(mode_t m)
{
    return S_ISDIR(m)    ? "a directory"
         : S_ISFIFO(m)   ? "a FIFO"
         : S_ISCHR(m)    ? "a character device"
         : S_ISBLK(m)    ? "a block device"
         : S_ISSOCK(m)   ? "a socket"
                         : "not a file";
}

static int over(cz_err *err, long long size, long max)
{
    cz_err_set(err, "%lld bytes, over the limit of %ld", size, max);
    return -1;
}

/* Empties b (an empty, terminated text) and opens name under dfd for
 * reading. O_NONBLOCK: opening a FIFO without a writer must not hang; a
 * regular file reads the same either way. Returns the descriptor, or -1 with
 * err set. */
static int open_into(int dfd, const char *name, strbuf *b, cz_err *err)
{
    sb_clear(b);
    sb_reserve(b, 1);
    b->s[0] = '\0';
    int fd = openat(dfd, name, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        cz_err_set(err, "%s", strerror(errno));
    return fd;
}

/* Ends a read into b: on failure b is left empty; either way terminated. */
static int finish(int fd, int rc, strbuf *b)
{
    close(fd);
    if (rc < 0)
        sb_clear(b);
    b->s[b->len] = '\0';
    return rc;
}

/* The reason tf_read_at would have given for fd, found only once a read
 * failed or went over max: the file's real size, or what it is instead of a
 * regular file (replaced since the listing). */
static int refused(int fd, long max, int read_errno, cz_err *err)
{
    struct stat st;
    if (fstat(fd, &st) < 0)
        cz_err_set(err, "%s", strerror(errno));
    else if (!S_ISREG(st.st_mode))
        cz_err_set(err, "not a regular file (%s)", kind_of(st.st_mode));
    else if (read_errno)
        cz_err_set(err, "%s", strerror(read_errno));
    else if (st.st_size > max)
        return over(err, (long long)st.st_size, max);
    else
        cz_err_set(err, "grew over the limit of %ld bytes while being read", max);
    return -1;
}

/* Reads fd to its end into b, bounded by max; the first read asks for all of
 * b's capacity (at least first bytes), so a file smaller than that takes one
 * read. A short read is the end (as read(2) gives for regular files). */
static int read_to_end(int fd, size_t first, long max, strbuf *b, cz_err *err)
{
    sb_reserve(b, first);
    for (;;) {
        size_t room = (size_t)max + 1 - b->len; /* one byte past the limit */
        if (b->cap - b->len - 1 == 0)
            sb_reserve(b, room < 65536 ? room : 65536);
        size_t want = b->cap - b->len - 1;
        if (want > room)
            want = room;
        ssize_t n = read(fd, b->s + b->len, want);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return refused(fd, max, errno, err);
        }
        b->len += (size_t)n;
        if (b->len > (size_t)max)
            return refused(fd, max, 0, err);
        if ((size_t)n < want) {
            /* the end; a FIFO without a writer reads as empty too, so an
             * empty file is checked to be one (rare enough to cost nothing) */
            struct stat st;
            if (b->len == 0 && fstat(fd, &st) == 0 && !S_ISREG(st.st_mode))
                return refused(fd, max, 0, err);
            return 0;
        }
    }
}

int tf_read_at(int dfd, const char *name, long max, strbuf *b, cz_err *err)
{
    int fd = open_into(dfd, name, b, err);
    if (fd < 0)
        return -1;
    struct stat st;
    int rc;
    if (fstat(fd, &st) < 0) {
        cz_err_set(err, "%s", strerror(errno));
        rc = -1;
    } else if (!S_ISREG(st.st_mode)) {
        cz_err_set(err, "not a regular file (%s)", kind_of(st.st_mode));
        rc = -1;
    } else if (st.st_size > max) {
        rc = over(err, (long long)st.st_size, max);
    } else {
        /* room for one byte more than fstat said: the first read is short,
         * the end, and no second read() returns 0 */
        rc = read_to_end(fd, (size_t)st.st_size + 1, max, b, err);
    }
    return finish(fd, rc, b);
}

int tf_read_reg_at(int dfd, const char *name, long max, strbuf *b, cz_err *err)
{
    int fd = open_into(dfd, name, b, err);
    if (fd < 0)
        return -1;
    return finish(fd, read_to_end(fd, 65536, max, b, err), b);
}

char *tf_read(const char *path, const char *what, long max, size_t *len, cz_err *err)
{
    strbuf b = SB_INIT;
    cz_err why;
    if (tf_read_at(AT_FDCWD, path, max, &b, &why) < 0) {
        cz_err_set(err, "cannot read %s %s: %s", what, path, why.msg);
        sb_free(&b);
        return NULL;
    }
    if (len)
        *len = b.len;
    return sb_steal(&b);
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

char *tf_trim(char *s)
{
    while (is_space(*s))
        s++;
    size_t n = strlen(s);
    while (n > 0 && is_space(s[n - 1]))
        s[--n] = '\0';
    return s;
}

void tf_lines_init(tf_lines *it, char *text, size_t len)
{
    it->next = text;
    it->end = text + len;
    it->lineno = 0;
}

char *tf_line(tf_lines *it)
{
    if (!it->next || it->next >= it->end)
        return NULL;
    char *line = it->next;
    char *nl = memchr(line, '\n', (size_t)(it->end - line));
    if (nl) {
        *nl = '\0';
        it->next = nl + 1;
    } else {
        it->next = it->end; /* the buffer's own NUL ends the last line */
    }
    it->lineno++;
    return tf_trim(line);
}
