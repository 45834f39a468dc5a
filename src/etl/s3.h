/* s3.h - S3-compatible object storage as an input. Where the service is and
 * whose credentials to use (s3_auth.c), the ListObjectsV2 answer (s3_list.c,
 * pure), and the requests themselves over libcurl with its SigV4 signing
 * (s3.c). An object is known to the rest of the worker by the path
 * "s3://BUCKET/KEY"; its identity for re-delivery is that path, its size and
 * its ETag (s3_etag_ident stands in the mtime_ns column of ingested_files). */
#ifndef CZ_S3_H
#define CZ_S3_H

#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include "scan.h"
#include "settings.h"
#include "util.h"

/* Where and who. Secrets (secret_key, session_token) are never logged and
 * never put into a message. */
typedef struct {
    char *endpoint;       /* scheme://host[:port], no trailing '/' */
    char *region;
    bool path_style;      /* https://host/bucket/key rather than https://bucket.host/key */
    bool verify_tls;
    char *access_key, *secret_key, *session_token; /* session_token may be "" */
    char *cred_source;    /* where the credentials came from, for messages */
    int retry_for;        /* seconds a request is retried across network errors */
} s3_conf;

/* Resolves the configuration: a non-empty setting (config file, CONVERZA_*,
 * flags) wins, then AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL, AWS_REGION /
 * AWS_DEFAULT_REGION, AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY /
 * AWS_SESSION_TOKEN, then the profile (s3_profile, else AWS_PROFILE, else
 * "default") in $AWS_SHARED_CREDENTIALS_FILE or ~/.aws/credentials and
 * $AWS_CONFIG_FILE or ~/.aws/config (region, endpoint_url). Without an
 * endpoint: https://s3.REGION.amazonaws.com. Returns -1 with err (naming
 * what is missing, never a secret) when there are no credentials or a
 * setting is invalid. Free with s3_conf_free. */
int s3_conf_resolve(const cz_settings *s, s3_conf *c, cz_err *err);
void s3_conf_free(s3_conf *c);

/* True when spec names object storage (starts with "s3://"). */
bool s3_is_url(const char *spec);

typedef struct {
    char *bucket;
    char *prefix;   /* "" or a key prefix; a prefix not ending in '/' is used as given */
} s3_url;

/* Parses "s3://bucket[/prefix]". Returns -1 with err when the bucket name is
 * missing or invalid. Free with s3_url_free. */
int s3_url_parse(const char *spec, s3_url *u, cz_err *err);
void s3_url_free(s3_url *u);

/* The object's path ("s3://bucket/key", malloc'd), and back: the bucket and
 * key of such a path (malloc'd; -1 when path is not one). */
char *s3_object_path(const char *bucket, const char *key);
int s3_path_split(const char *path, char **bucket, char **key);

/* The identity an ETag stands for in ingested_files.mtime_ns: FNV-1a 64 of
 * the ETag without its quotes, as a non-negative number. */
int64_t s3_etag_ident(const char *etag);

/* One page of a ListObjectsV2 answer. */
typedef struct {
    char *key, *etag;
    int64_t size;
} s3_object;

typedef struct {
    s3_object *v;
    size_t n, cap;
    bool truncated;
    char *next_token;   /* NextContinuationToken, or NULL */
} s3_page;

/* Parses a ListObjectsV2 answer (expat). Returns -1 with err when the XML is
 * not well formed, is not a ListBucketResult, or an entry lacks its key,
 * size or ETag, or a truncated answer has no continuation token. Free with
 * s3_page_free (also after a failure). */
int s3_page_parse(const char *xml, size_t len, s3_page *p, cz_err *err);
void s3_page_free(s3_page *p);

/* The Code and Message of an S3 <Error> document into code/msg (empty when
 * the body is not one). */
void s3_error_parse(const char *xml, size_t len, char *code, size_t code_sz, char *msg,
                    size_t msg_sz);

/* A connection to the service: one thread's (libcurl handles are not shared).
 * stop: requests and their retries give up when it becomes non-zero. */
typedef struct s3_client s3_client;

/* Call once per process before any client (curl_global_init). */
void s3_global_init(void);
s3_client *s3_client_new(const s3_conf *c, const volatile sig_atomic_t *stop);
void s3_client_free(s3_client *cl);

/* Outcomes of a request. S3_RETRY_OUT: network errors, 5xx or throttling
 * went on past retry_for (or the stop flag was raised); S3_DENIED: the
 * service refused the credentials or the access (403, 401, 400 with an
 * authentication code); S3_NOT_FOUND: 404 (no such key or bucket);
 * S3_FAILED: anything else (an answer that cannot be understood). */
enum { S3_OK = 0, S3_NOT_FOUND = 1, S3_TOO_LARGE = 2, S3_RETRY_OUT = -1, S3_DENIED = -2,
       S3_FAILED = -3 };

/* Lists one page of keys under prefix, after the continuation token (NULL
 * for the first page), into *p (s3_page_free it). */
int s3_list_page(s3_client *cl, const char *bucket, const char *prefix, const char *token,
                 s3_page *p, cz_err *err);

/* Reads an object into *buf (malloc'd, NUL-terminated, caller frees) and
 * *len, never more than max bytes (S3_TOO_LARGE otherwise: nothing kept),
 * and its Last-Modified into *time_ns (0 when not given). */
int s3_get(s3_client *cl, const char *bucket, const char *key, long max, char **buf,
           size_t *len, int64_t *time_ns, cz_err *err);

/* Deletes an object (a key already gone is S3_OK: the delete is idempotent). */
int s3_delete(s3_client *cl, const char *bucket, const char *key, cz_err *err);

/* Server-side copy of an object to another bucket and key. */
int s3_copy(s3_client *cl, const char *bucket, const char *key, const char *to_bucket,
            const char *to_key, cz_err *err);

/* Walks every object under u in key order, calling fn with its path
 * (s3_object_path), and a scan_stat of a regular file whose size is the
 * object's and whose mtime_ns is s3_etag_ident of its ETag. Keys ending in
 * '/' (folder markers) and names that scan_tree skips (a last segment
 * starting with '.' or ending in .tmp, .part, .swp) are not reported. The
 * order is the one known_lookup needs: a "directory" (key prefix up to a
 * '/') is contiguous and its names arrive sorted bytewise. A page that
 * fails is retried (s3_list_page); nothing already reported is reported
 * again. Returns 0, fn's non-zero value, or an S3_* code < 0 with err. */
int s3_walk(s3_client *cl, const s3_url *u, scan_fn fn, void *ctx, cz_err *err);

#endif
