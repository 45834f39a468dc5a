/* s3.c - requests to an S3-compatible service over libcurl, signed by
 * libcurl's own SigV4 (CURLOPT_AWS_SIGV4). Every request has an empty body,
 * so its payload hash is the empty string's and is sent as
 * x-amz-content-sha256 (which S3 requires and libcurl then signs). Network
 * errors, 5xx answers and throttling are retried with exponential backoff
 * for retry_for seconds; a listing resumes from the page that failed, so an
 * outage reports no object twice and skips none. Secrets go to libcurl only:
 * no verbose output, and messages name the URL, never a header. */
#include "s3.h"

#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "log.h"

#define EMPTY_SHA256 "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
/* Answers other than an object's body (listings, errors) are bounded too. */
#define S3_MAX_ANSWER (16L << 20)

struct s3_client {
    CURL *h;
    const s3_conf *c;
    const volatile sig_atomic_t *stop;
    strbuf body;
    long max;           /* body limit of the current request */
    bool too_large;
    char errbuf[CURL_ERROR_SIZE];
};

void s3_global_init(void)
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
}

s3_client *s3_client_new(const s3_conf *c, const volatile sig_atomic_t *stop)
{
    CURL *h = curl_easy_init();
    if (!h)
        return NULL;
    s3_client *cl = xcalloc(1, sizeof *cl);
    cl->h = h;
    cl->c = c;
    cl->stop = stop;
    return cl;
}

void s3_client_free(s3_client *cl)
{
    if (!cl)
        return;
    curl_easy_cleanup(cl->h);
    sb_free(&cl->body);
    free(cl);
}

static size_t on_body(char *data, size_t size, size_t n, void *ud)
{
    s3_client *cl = ud;
    size_t len = size * n;
    if (cl->body.len + len > (size_t)cl->max) {
        cl->too_large = true;
        return 0; /* aborts the transfer: nothing more is held */
    }
    sb_append(&cl->body, data, len);
    return len;
}

/* Percent-encodes s as SigV4 wants it: everything but A-Z a-z 0-9 - . _ ~
 * (and '/' when keep_slash, for a key in a path). */
static void sb_uri(strbuf *b, const char *s, bool keep_slash)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
            *p == '-' || *p == '.' || *p == '_' || *p == '~' || (keep_slash && *p == '/'))
            sb_putc(b, (char)*p);
        else
            sb_printf(b, "%%%02X", *p);
    }
}

static void build_url(const s3_conf *c, strbuf *u, const char *bucket, const char *key,
                      const char *query)
{
    if (c->path_style) {
        sb_puts(u, c->endpoint);
        sb_putc(u, '/');
        sb_puts(u, bucket);
    } else {
        const char *host = strstr(c->endpoint, "://") + 3;
        sb_append(u, c->endpoint, (size_t)(host - c->endpoint));
        sb_printf(u, "%s.%s", bucket, host);
    }
    /* A bucket request (a listing) has no path of its own under path style:
     * ENDPOINT/BUCKET?..., as S3-compatible stores route it. */
    if (key || !c->path_style)
        sb_putc(u, '/');
    if (key)
        sb_uri(u, key, true);
    if (query && *query) {
        sb_putc(u, '?');
        sb_puts(u, query);
    }
}

static bool transient_curl(CURLcode rc)
{
    switch (rc) {
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return true;
    default:
        return false;
    }
}

/* Sleeps secs unless the stop flag rises first. */
static void nap(const s3_client *cl, double secs)
{
    for (double t = 0; t < secs && !(cl->stop && *cl->stop); t += 0.05)
        usleep(50000);
}

/* One request with retries. method: GET, DELETE or PUT (empty body). The
 * answer's body is in cl->body (bounded by max), its status in *status.
 * Returns S3_OK with any HTTP status the caller is to judge, S3_TOO_LARGE,
 * or S3_RETRY_OUT / S3_FAILED with err. */
static int request(s3_client *cl, const char *method, const char *bucket, const char *key,
                   const char *query, const char *copy_source, long max, long *status,
                   int64_t *time_ns, const char *what, cz_err *err)
{
    const s3_conf *c = cl->c;
    strbuf url = SB_INIT, sig = SB_INIT, hdr = SB_INIT;
    build_url(c, &url, bucket, key, query);
    sb_printf(&sig, "aws:amz:%s:s3", c->region);
    double t0 = cz_now_mono(), delay = 0.25;
    int tries = 0, rc;
    for (;;) {
        CURL *h = cl->h;
        curl_easy_reset(h);
        sb_clear(&cl->body);
        cl->too_large = false;
        cl->max = max;
        cl->errbuf[0] = '\0';
        struct curl_slist *hl = NULL;
        hl = curl_slist_append(hl, "x-amz-content-sha256: " EMPTY_SHA256);
        if (*c->session_token) {
            sb_clear(&hdr);
            sb_printf(&hdr, "x-amz-security-token: %s", c->session_token);
            hl = curl_slist_append(hl, hdr.s);
        }
        if (copy_source) {
            sb_clear(&hdr);
            sb_printf(&hdr, "x-amz-copy-source: %s", copy_source);
            hl = curl_slist_append(hl, hdr.s);
            hl = curl_slist_append(hl, "Content-Type:");
        }
        curl_easy_setopt(h, CURLOPT_URL, url.s);
        curl_easy_setopt(h, CURLOPT_AWS_SIGV4, sig.s);
        curl_easy_setopt(h, CURLOPT_USERNAME, c->access_key);
        curl_easy_setopt(h, CURLOPT_PASSWORD, c->secret_key);
        curl_easy_setopt(h, CURLOPT_HTTPHEADER, hl);
        curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
        curl_easy_setopt(h, CURLOPT_WRITEDATA, cl);
        curl_easy_setopt(h, CURLOPT_ERRORBUFFER, cl->errbuf);
        curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 10L);
        /* A stalled transfer (under 1 byte/s for 30 s) is a network error. */
        curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, 30L);
        curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, c->verify_tls ? 1L : 0L);
        curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, c->verify_tls ? 2L : 0L);
        curl_easy_setopt(h, CURLOPT_FILETIME, 1L);
        curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
        if (strcmp(method, "GET") != 0)
            curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method);
        if (strcmp(method, "PUT") == 0) {
            curl_easy_setopt(h, CURLOPT_POSTFIELDS, "");
            curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, 0L);
        }
        CURLcode cc = curl_easy_perform(h);
        curl_slist_free_all(hl);
        *status = 0;
        curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, status);
        bool transient;
        char why[CURL_ERROR_SIZE + 64];
        if (cc == CURLE_WRITE_ERROR && cl->too_large) {
            rc = S3_TOO_LARGE;
            break;
        }
        if (cc != CURLE_OK) {
            transient = transient_curl(cc);
            snprintf(why, sizeof why, "%s", cl->errbuf[0] ? cl->errbuf : curl_easy_strerror(cc));
        } else {
            transient = *status >= 500 || *status == 429;
            snprintf(why, sizeof why, "HTTP %ld", *status);
        }
        if (cc == CURLE_OK && !transient) {
            curl_off_t ft = -1;
            if (time_ns && curl_easy_getinfo(h, CURLINFO_FILETIME_T, &ft) == CURLE_OK)
                *time_ns = ft > 0 ? (int64_t)ft * 1000000000LL : 0;
            rc = S3_OK;
            break;
        }
        if (!transient) {
            cz_err_set(err, "S3 %s %s: %s", what, url.s, why);
            rc = S3_FAILED;
            break;
        }
        double waited = cz_now_mono() - t0;
        if ((cl->stop && *cl->stop) || waited >= c->retry_for) {
            cz_err_set(err, "S3 %s %s: %s; gave up after %d tries in %.0f s (s3_retry_for)",
                       what, url.s, why, tries + 1, waited);
            rc = S3_RETRY_OUT;
            break;
        }
        if (tries++ == 0 || tries % 10 == 0)
            log_warn("S3 %s %s: %s; retrying (try %d)", what, url.s, why, tries);
        nap(cl, delay);
        delay = delay * 2 > 10 ? 10 : delay * 2;
    }
    sb_free(&url);
    sb_free(&sig);
    sb_free(&hdr);
    return rc;
}

/* Judges an answer's status: S3_OK for 2xx, else the S3_* code with err. */
static int judge(s3_client *cl, long status, const char *what, const char *bucket,
                 const char *key, cz_err *err)
{
    if (status >= 200 && status < 300)
        return S3_OK;
    char code[128], msg[512];
    s3_error_parse(cl->body.s, cl->body.len, code, sizeof code, msg, sizeof msg);
    const char *where = key ? key : "";
    if (status == 404) {
        cz_err_set(err, "S3 %s s3://%s/%s: %s", what, bucket, where,
                   *code ? code : "not found");
        return S3_NOT_FOUND;
    }
    bool auth = status == 401 || status == 403 || strcmp(code, "InvalidAccessKeyId") == 0 ||
                strcmp(code, "SignatureDoesNotMatch") == 0 ||
                strcmp(code, "AuthorizationHeaderMalformed") == 0 ||
                strcmp(code, "InvalidToken") == 0 || strcmp(code, "ExpiredToken") == 0;
    cz_err_set(err, "S3 %s s3://%s/%s refused (HTTP %ld%s%s%s%s)%s", what, bucket, where, status,
               *code ? ", " : "", code, *msg ? ": " : "", msg,
               auth ? "; check the access key id, secret and region (credentials from "
                      "converza-etl(1), S3 INPUT)" : "");
    return auth ? S3_DENIED : S3_FAILED;
}

int s3_list_page(s3_client *cl, const char *bucket, const char *prefix, const char *token,
                 s3_page *p, cz_err *err)
{
    memset(p, 0, sizeof *p);
    /* Parameters in the order SigV4 canonicalises them (sorted by name). */
    strbuf q = SB_INIT;
    if (token) {
        sb_puts(&q, "continuation-token=");
        sb_uri(&q, token, false);
        sb_putc(&q, '&');
    }
    sb_puts(&q, "list-type=2");
    if (*prefix) {
        sb_puts(&q, "&prefix=");
        sb_uri(&q, prefix, false);
    }
    long status;
    int rc = request(cl, "GET", bucket, NULL, q.s, NULL, S3_MAX_ANSWER, &status, NULL, "list",
                     err);
    sb_free(&q);
    if (rc == S3_TOO_LARGE) {
        cz_err_set(err, "S3 list s3://%s/%s: the answer is over %ld bytes", bucket, prefix,
                   S3_MAX_ANSWER);
        return S3_FAILED;
    }
    if (rc == S3_OK)
        rc = judge(cl, status, "list", bucket, prefix, err);
    if (rc == S3_OK && s3_page_parse(cl->body.s ? cl->body.s : "", cl->body.len, p, err) < 0)
        rc = S3_FAILED;
    return rc;
}

int s3_get(s3_client *cl, const char *bucket, const char *key, long max, char **buf,
           size_t *len, int64_t *time_ns, cz_err *err)
{
    *buf = NULL;
    *len = 0;
    *time_ns = 0;
    long status;
    /* Room for an error document even when max is tiny. */
    int rc = request(cl, "GET", bucket, key, NULL, NULL, max < 65536 ? 65536 : max, &status,
                     time_ns, "get", err);
    if (rc == S3_OK)
        rc = judge(cl, status, "get", bucket, key, err);
    if (rc == S3_OK && cl->body.len > (size_t)max)
        rc = S3_TOO_LARGE;
    if (rc == S3_TOO_LARGE)
        cz_err_set(err, "object is over the limit of %ld bytes (max_file_size)", max);
    if (rc == S3_OK) {
        sb_reserve(&cl->body, 1); /* NUL-terminated even when empty */
        *len = cl->body.len;
        *buf = sb_steal(&cl->body);
    }
    sb_clear(&cl->body);
    return rc;
}

int s3_delete(s3_client *cl, const char *bucket, const char *key, cz_err *err)
{
    long status;
    int rc = request(cl, "DELETE", bucket, key, NULL, NULL, S3_MAX_ANSWER, &status, NULL,
                     "delete", err);
    if (rc == S3_OK)
        rc = judge(cl, status, "delete", bucket, key, err);
    return rc == S3_NOT_FOUND ? S3_OK : rc;
}

int s3_copy(s3_client *cl, const char *bucket, const char *key, const char *to_bucket,
            const char *to_key, cz_err *err)
{
    strbuf src = SB_INIT;
    sb_putc(&src, '/');
    sb_puts(&src, bucket);
    sb_putc(&src, '/');
    sb_uri(&src, key, true);
    long status;
    int rc = request(cl, "PUT", to_bucket, to_key, NULL, src.s, S3_MAX_ANSWER, &status, NULL,
                     "copy", err);
    sb_free(&src);
    if (rc == S3_OK)
        rc = judge(cl, status, "copy", to_bucket, to_key, err);
    /* A copy can fail after a 200 (the error is then in the body). */
    if (rc == S3_OK && cl->body.len) {
        char code[128], msg[512];
        s3_error_parse(cl->body.s, cl->body.len, code, sizeof code, msg, sizeof msg);
        if (*code) {
            cz_err_set(err, "S3 copy to s3://%s/%s failed: %s %s", to_bucket, to_key, code, msg);
            rc = S3_FAILED;
        }
    }
    return rc;
}

int s3_walk(s3_client *cl, const s3_url *u, scan_fn fn, void *ctx, cz_err *err)
{
    char *token = NULL;
    int rc = 0;
    for (;;) {
        s3_page p;
        rc = s3_list_page(cl, u->bucket, u->prefix, token, &p, err);
        if (rc != S3_OK) {
            s3_page_free(&p);
            break;
        }
        for (size_t i = 0; i < p.n && rc == 0; i++) {
            const char *k = p.v[i].key;
            size_t kl = strlen(k);
            const char *name = strrchr(k, '/');
            name = name ? name + 1 : k;
            if (!kl || k[kl - 1] == '/' || scan_skip_name(name, strlen(name)))
                continue;
            char *path = s3_object_path(u->bucket, k);
            scan_stat st = {S_IFREG | 0644, p.v[i].size, s3_etag_ident(p.v[i].etag)};
            rc = fn(ctx, path, &st);
            free(path);
        }
        free(token);
        token = p.truncated && p.next_token ? xstrdup(p.next_token) : NULL;
        s3_page_free(&p);
        if (rc || !token)
            break;
    }
    free(token);
    return rc;
}
