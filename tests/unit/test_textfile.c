/* test_textfile.c - the bounded file reader and the trimmed-line walk
 * (textfile.h): what is refused unread and why, the limit to the byte, and
 * lines as the config and rules readers see them. */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "t.h"
#include "textfile.h"
#include "util.h"

static char dir[] = "/tmp/cz-textfile.XXXXXX";

static char *path_of(const char *name)
{
    strbuf b = SB_INIT;
    sb_printf(&b, "%s/%s", dir, name);
    return sb_steal(&b);
}

static void write_file(const char *name, const char *s, size_t n)
{
    char *p = path_of(name);
    FILE *f = fopen(p, "wb");
    if (f) {
        fwrite(s, 1, n, f);
        fclose(f);
    }
    free(p);
}

static void check_refusals(void)
{
    cz_err e = {{0}};
    size_t len = 1;
    char *s = tf_read("/dev/zero", "config file", 1024, &len, &e);
    CHECK(!s && strstr(e.msg, "cannot read config file /dev/zero: not a regular file "
                              "(a character device)"),
          "/dev/zero refused unread, named");
    char *fifo = path_of("fifo");
    CHECK(mkfifo(fifo, 0600) == 0, "make a FIFO");
    s = tf_read(fifo, "secret file", 1024, &len, &e);
    CHECK(!s && strstr(e.msg, "not a regular file (a FIFO)"), "a FIFO without a writer: refused, no wait");
    s = tf_read(dir, "rules file", 1024, &len, &e);
    CHECK(!s && strstr(e.msg, "not a regular file (a directory)"), "a directory refused");
    s = tf_read("/nonexistent/x", "rules file", 1024, &len, &e);
    CHECK(!s && strstr(e.msg, "rules file /nonexistent/x: No such file"), "a missing file named");
    unlink(fifo);
    free(fifo);
}

static void check_limit(void)
{
    char buf[101];
    memset(buf, 'a', sizeof buf);
    write_file("100", buf, 100);
    write_file("101", buf, 101);
    char *p100 = path_of("100"), *p101 = path_of("101");
    cz_err e = {{0}};
    size_t len = 0;
    char *s = tf_read(p100, "config file", 100, &len, &e);
    CHECK(s && len == 100 && s[100] == '\0', "a file of exactly the limit is read, NUL-terminated");
    free(s);
    s = tf_read(p101, "config file", 100, &len, &e);
    CHECK(!s && strstr(e.msg, "101 bytes, over the limit of 100"), "one byte over: refused with both sizes");
    write_file("empty", "", 0);
    char *pe = path_of("empty");
    s = tf_read(pe, "config file", 100, &len, &e);
    CHECK(s && len == 0 && s[0] == '\0', "an empty file reads as empty");
    free(s);
    strbuf b = SB_INIT;
    sb_puts(&b, "old contents");
    CHECK(tf_read_at(AT_FDCWD, p101, 100, &b, &e) < 0 && b.len == 0 && b.s[0] == '\0',
          "a refused file leaves the buffer empty");
    sb_free(&b);
    free(p100);
    free(p101);
    free(pe);
}

/* The reader for names the listing called regular: no fstat, so the size is
 * found by reading; the limit, the reasons and the reused buffer must come
 * out as tf_read_at's. */
static void check_regular(void)
{
    char buf[70000];
    for (size_t i = 0; i < sizeof buf; i++)
        buf[i] = (char)('a' + i % 26);
    write_file("big", buf, sizeof buf);
    char *dir_fifo_path = path_of("fifo2");
    int dfd = open(dir, O_RDONLY | O_DIRECTORY);
    cz_err e = {{0}};
    strbuf b = SB_INIT;
    CHECK(tf_read_reg_at(dfd, "100", 100, &b, &e) == 0 && b.len == 100 && b.s[100] == '\0',
          "regular: a file of exactly the limit is read, NUL-terminated");
    size_t cap = b.cap;
    CHECK(tf_read_reg_at(dfd, "empty", 100, &b, &e) == 0 && b.len == 0 && b.s[0] == '\0' &&
              b.cap == cap,
          "regular: an empty file reads as empty, in the same buffer");
    CHECK(tf_read_reg_at(dfd, "101", 100, &b, &e) < 0 && b.len == 0 && b.s[0] == '\0' &&
              strcmp(e.msg, "101 bytes, over the limit of 100") == 0,
          "regular: one byte over is refused with tf_read_at's reason, buffer empty");
    CHECK(tf_read_reg_at(dfd, "big", 1L << 20, &b, &e) == 0 && b.len == sizeof buf &&
              memcmp(b.s, buf, sizeof buf) == 0 && b.s[sizeof buf] == '\0',
          "regular: a file larger than the first read comes whole");
    CHECK(tf_read_reg_at(dfd, "big", 69999, &b, &e) < 0 &&
              strcmp(e.msg, "70000 bytes, over the limit of 69999") == 0,
          "regular: over the limit past the first read, its real size named");
    CHECK(tf_read_reg_at(dfd, ".", 100, &b, &e) < 0 &&
              strcmp(e.msg, "not a regular file (a directory)") == 0,
          "regular: a directory in its place is refused as tf_read_at does");
    CHECK(tf_read_reg_at(dfd, "missing", 100, &b, &e) < 0 && strstr(e.msg, "No such file"),
          "regular: a missing file gives the system's reason");
    CHECK(mkfifo(dir_fifo_path, 0600) == 0, "regular: make a FIFO in a file's place");
    CHECK(tf_read_reg_at(dfd, "fifo2", 100, &b, &e) < 0 &&
              strcmp(e.msg, "not a regular file (a FIFO)") == 0,
          "regular: a FIFO in its place is refused unread, no wait, not read as empty");
    unlink(dir_fifo_path);
    sb_free(&b);
    free(dir_fifo_path);
    close(dfd);
}

static void check_lines(void)
{
    char text[] = "  key = value \r\n\n# comment\r\n\tlast line without newline  ";
    tf_lines it;
    tf_lines_init(&it, text, strlen(text));
    char *l1 = tf_line(&it);
    CHECK_STR(l1, "key = value", "CRLF line trimmed both ends");
    int n1 = it.lineno;
    char *l2 = tf_line(&it);
    CHECK(l2 && !*l2 && it.lineno == 2 && n1 == 1, "an empty line is returned, numbered");
    CHECK_STR(tf_line(&it), "# comment", "comment line as is");
    CHECK_STR(tf_line(&it), "last line without newline", "last line without a newline");
    CHECK(tf_line(&it) == NULL && it.lineno == 4, "then the end, after 4 lines");
    char ws[] = " \t\v\f x \r\n";
    CHECK_STR(tf_trim(ws), "x", "tf_trim: all ASCII white space");
    char none[] = "";
    tf_lines_init(&it, none, 0);
    CHECK(tf_line(&it) == NULL, "no lines in an empty text");
}

int main(void)
{
    if (!mkdtemp(dir)) {
        CHECK(0, "make a temporary directory");
        T_END();
    }
    check_refusals();
    check_limit();
    check_regular();
    check_lines();
    const char *names[] = {"100", "101", "empty", "big"};
    for (size_t i = 0; i < 4; i++) {
        char *p = path_of(names[i]);
        unlink(p);
        free(p);
    }
    rmdir(dir);
    T_END();
}
