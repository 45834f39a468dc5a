/* bench_copyprep.c - the input of the benchmark's "limit": every call file of
 * a directory as one COPY text-format row (call_id, raw). Writing it beforehand
 * lets bench.sh time PostgreSQL's COPY on its own, without the cost of reading
 * 200,000 small files; piped straight into psql it gives the total instead.
 *
 * usage: bench-copyprep DIR OUT   (OUT "-" is standard output)
 * Files are taken in byte order of their names, the order the worker loads
 * them, so the primary key index is built the same way. Prints "N rows BYTES
 * bytes" on stderr; exits 1 when a file cannot be read or has no call_id. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cJSON.h>

#include "bench_files.h"

static void die(const char *what, const char *detail)
{
    fprintf(stderr, "bench-copyprep: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
    exit(1);
}

/* Output goes through one large buffer: millions of small fwrite calls
 * would cost more than the reading they follow. */
static char *out;
static size_t out_len, out_cap;
static FILE *out_f;
static unsigned long long out_total;

static void out_flush(void)
{
    if (out_len && fwrite(out, 1, out_len, out_f) != out_len)
        die("write error", strerror(errno));
    out_total += out_len;
    out_len = 0;
}

static void out_room(size_t n)
{
    if (out_len + n <= out_cap)
        return;
    out_flush();
    if (n > out_cap) {
        out_cap = n;
        out = xrealloc(out, out_cap);
    }
}

/* COPY text format: backslash, newline, carriage return and tab are the
 * only bytes that must be escaped; the rest passes as is. */
static void out_field(const char *s, size_t n)
{
    out_room(2 * n);
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        switch (c) {
        case '\\': out[out_len++] = '\\'; out[out_len++] = '\\'; break;
        case '\n': out[out_len++] = '\\'; out[out_len++] = 'n'; break;
        case '\r': out[out_len++] = '\\'; out[out_len++] = 'r'; break;
        case '\t': out[out_len++] = '\\'; out[out_len++] = 't'; break;
        default: out[out_len++] = c;
        }
    }
}

static void out_char(char c)
{
    out_room(1);
    out[out_len++] = c;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fputs("usage: bench-copyprep DIR OUT\n", stderr);
        return 64;
    }
    out_f = strcmp(argv[2], "-") == 0 ? stdout : fopen(argv[2], "w");
    if (!out_f)
        die(argv[2], strerror(errno));
    out_cap = 1 << 20;
    out = xrealloc(NULL, out_cap);
    struct dirent **names;
    int n = json_files(argv[1], &names);
    char path[4096];
    for (int i = 0; i < n; i++) {
        snprintf(path, sizeof path, "%s/%s", argv[1], names[i]->d_name);
        size_t len;
        char *raw = read_all(path, &len);
        cJSON *doc = cJSON_ParseWithLength(raw, len);
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(doc, "call_id");
        if (!cJSON_IsString(id))
            die(path, "no call_id string");
        out_field(id->valuestring, strlen(id->valuestring));
        out_char('\t');
        out_field(raw, len);
        out_char('\n');
        cJSON_Delete(doc);
        free(raw);
        free(names[i]);
    }
    free(names);
    out_flush();
    if (out_f != stdout ? fclose(out_f) != 0 : fflush(stdout) != 0)
        die("write error", strerror(errno));
    free(out);
    fprintf(stderr, "%d rows %llu bytes\n", n, out_total);
    return 0;
}
