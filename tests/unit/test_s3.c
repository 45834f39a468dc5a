/* test_s3.c - the pure parts of S3 input: ListObjectsV2 pages and error
 * documents (s3_list.c), s3:// URLs, object paths and ETag identities, and
 * where the configuration and credentials come from (s3_auth.c), with the
 * environment and ~/.aws files of the test's own making. */
#include <stdlib.h>
#include <unistd.h>

#include "input.h"
#include "s3.h"
#include "t.h"

static const char PAGE[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
    "<Name>calls</Name><Prefix>in/</Prefix><KeyCount>2</KeyCount><MaxKeys>2</MaxKeys>"
    "<IsTruncated>true</IsTruncated>"
    "<Contents><Key>in/a&amp;b.json</Key><LastModified>2026-01-01T00:00:00.000Z</LastModified>"
    "<ETag>&quot;abc&quot;</ETag><Size>123</Size><StorageClass>STANDARD</StorageClass></Contents>"
    "<Contents><Key>in/x/y.json</Key><ETag>\"def-2\"</ETag><Size>0</Size></Contents>"
    "<NextContinuationToken>tok/+=</NextContinuationToken>"
    "</ListBucketResult>";

static void test_page(void)
{
    s3_page p;
    cz_err err;
    CHECK(s3_page_parse(PAGE, sizeof PAGE - 1, &p, &err) == 0, "page parses");
    CHECK(p.n == 2, "page: two objects");
    if (p.n == 2) {
        CHECK_STR(p.v[0].key, "in/a&b.json", "page: key with an entity decoded");
        CHECK_STR(p.v[0].etag, "\"abc\"", "page: etag");
        CHECK(p.v[0].size == 123, "page: size");
        CHECK_STR(p.v[1].key, "in/x/y.json", "page: nested key");
        CHECK(p.v[1].size == 0, "page: size 0");
    }
    CHECK(p.truncated, "page: truncated");
    CHECK_STR(p.next_token, "tok/+=", "page: continuation token");
    s3_page_free(&p);

    static const char last[] = "<ListBucketResult><IsTruncated>false</IsTruncated>"
                               "</ListBucketResult>";
    CHECK(s3_page_parse(last, sizeof last - 1, &p, &err) == 0 && p.n == 0 && !p.truncated &&
              !p.next_token, "empty last page");
    s3_page_free(&p);

    static const char notok[] = "<ListBucketResult><IsTruncated>true</IsTruncated>"
                                "</ListBucketResult>";
    CHECK(s3_page_parse(notok, sizeof notok - 1, &p, &err) < 0 &&
              strstr(err.msg, "continuation token"), "truncated page without a token refused");
    s3_page_free(&p);

    static const char nosize[] = "<ListBucketResult><Contents><Key>k</Key><ETag>e</ETag>"
                                 "</Contents></ListBucketResult>";
    CHECK(s3_page_parse(nosize, sizeof nosize - 1, &p, &err) < 0 && strstr(err.msg, "Size"),
          "entry without a size refused");
    s3_page_free(&p);

    static const char badsize[] = "<ListBucketResult><Contents><Key>k</Key><ETag>e</ETag>"
                                  "<Size>-4</Size></Contents></ListBucketResult>";
    CHECK(s3_page_parse(badsize, sizeof badsize - 1, &p, &err) < 0, "negative size refused");
    s3_page_free(&p);

    static const char broken[] = "<ListBucketResult><Contents><Key>k</Contents>";
    CHECK(s3_page_parse(broken, sizeof broken - 1, &p, &err) < 0 &&
              strstr(err.msg, "not well-formed"), "malformed XML refused");
    s3_page_free(&p);

    static const char other[] = "<Error><Code>NoSuchBucket</Code></Error>";
    CHECK(s3_page_parse(other, sizeof other - 1, &p, &err) < 0 &&
              strstr(err.msg, "ListBucketResult"), "an error document is not a listing");
    s3_page_free(&p);

    char code[64], msg[128];
    static const char e[] = "<?xml version=\"1.0\"?><Error><Code>InvalidAccessKeyId</Code>"
                            "<Message>The AWS Access Key Id you provided does not exist"
                            "</Message><AWSAccessKeyId>X</AWSAccessKeyId></Error>";
    s3_error_parse(e, sizeof e - 1, code, sizeof code, msg, sizeof msg);
    CHECK_STR(code, "InvalidAccessKeyId", "error code");
    CHECK_STR(msg, "The AWS Access Key Id you provided does not exist", "error message");
    s3_error_parse("not xml", 7, code, sizeof code, msg, sizeof msg);
    CHECK(!*code && !*msg, "no error document: empty code and message");
}

static void test_names(void)
{
    s3_url u;
    cz_err err;
    CHECK(s3_url_parse("s3://calls/in/2026/", &u, &err) == 0, "url parses");
    CHECK_STR(u.bucket, "calls", "url: bucket");
    CHECK_STR(u.prefix, "in/2026/", "url: prefix");
    s3_url_free(&u);
    CHECK(s3_url_parse("s3://calls", &u, &err) == 0 && strcmp(u.prefix, "") == 0,
          "url without a prefix");
    s3_url_free(&u);
    CHECK(s3_url_parse("s3://Bad_Upper/x", &u, &err) < 0 && strstr(err.msg, "bucket"),
          "invalid bucket name refused");
    CHECK(s3_url_parse("s3:///x", &u, &err) < 0, "empty bucket refused");
    CHECK(!s3_is_url("/data/s3://x") && s3_is_url("s3://b/k"), "s3_is_url");

    char *path = s3_object_path("calls", "in/x.json");
    CHECK_STR(path, "s3://calls/in/x.json", "object path");
    char *b, *k;
    CHECK(s3_path_split(path, &b, &k) == 0, "object path splits");
    CHECK_STR(b, "calls", "split: bucket");
    CHECK_STR(k, "in/x.json", "split: key");
    free(b);
    free(k);
    free(path);
    CHECK(s3_path_split("/local/file", &b, &k) < 0, "a local path is not an object");

    CHECK(s3_etag_ident("\"abc\"") == s3_etag_ident("abc"), "etag identity ignores quotes");
    CHECK(s3_etag_ident("\"abc\"") != s3_etag_ident("\"abd\""), "etag identity changes");
    CHECK(s3_etag_ident("\"abc\"") >= 0, "etag identity is non-negative");
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

static void clear_env(void)
{
    static const char *const vars[] = {"AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3", "AWS_REGION",
                                       "AWS_DEFAULT_REGION", "AWS_ACCESS_KEY_ID",
                                       "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
                                       "AWS_PROFILE", "AWS_SHARED_CREDENTIALS_FILE",
                                       "AWS_CONFIG_FILE"};
    for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++)
        unsetenv(vars[i]);
}

static void test_conf(void)
{
    char home[] = "/tmp/cz-s3-home.XXXXXX";
    if (!mkdtemp(home)) {
        CHECK(0, "temporary home");
        return;
    }
    char dir[256], cred[300], conf[300];
    snprintf(dir, sizeof dir, "%s/.aws", home);
    mkdir(dir, 0700);
    snprintf(cred, sizeof cred, "%s/credentials", dir);
    snprintf(conf, sizeof conf, "%s/config", dir);
    write_file(cred, "[default]\naws_access_key_id = DEFKEY\naws_secret_access_key = defsecret\n"
                     "\n[work]\naws_access_key_id=WORKKEY\naws_secret_access_key=worksecret\n"
                     "aws_session_token = worktoken\n");
    write_file(conf, "[default]\nregion = eu-west-1\n[profile work]\nregion = eu-central-1\n"
                     "endpoint_url = http://minio.local:9000/\n");
    clear_env();
    setenv("HOME", home, 1);

    cz_settings s;
    settings_init(&s);
    s3_conf c;
    cz_err err;
    CHECK(s3_conf_resolve(&s, &c, &err) == 0, "conf: default profile");
    CHECK_STR(c.access_key, "DEFKEY", "conf: default profile key");
    CHECK_STR(c.secret_key, "defsecret", "conf: default profile secret");
    CHECK_STR(c.region, "eu-west-1", "conf: region from ~/.aws/config");
    CHECK_STR(c.endpoint, "https://s3.eu-west-1.amazonaws.com", "conf: AWS endpoint by region");
    CHECK(!c.path_style, "conf: AWS is virtual-hosted under auto");
    CHECK(c.verify_tls, "conf: TLS verified by default");
    s3_conf_free(&c);

    setenv("AWS_PROFILE", "work", 1);
    CHECK(s3_conf_resolve(&s, &c, &err) == 0, "conf: AWS_PROFILE");
    CHECK_STR(c.access_key, "WORKKEY", "conf: profile key");
    CHECK_STR(c.session_token, "worktoken", "conf: profile session token");
    CHECK_STR(c.region, "eu-central-1", "conf: profile region");
    CHECK_STR(c.endpoint, "http://minio.local:9000", "conf: profile endpoint, slash trimmed");
    CHECK(c.path_style, "conf: path style for a configured endpoint");
    CHECK(strstr(c.cred_source, "\"work\"") && !strstr(c.cred_source, "worksecret"),
          "conf: source named, secret not");
    s3_conf_free(&c);

    setenv("AWS_ACCESS_KEY_ID", "ENVKEY", 1);
    setenv("AWS_SECRET_ACCESS_KEY", "envsecret", 1);
    setenv("AWS_REGION", "ap-south-1", 1);
    setenv("AWS_DEFAULT_REGION", "us-west-2", 1);
    setenv("AWS_ENDPOINT_URL", "http://generic:1", 1);
    setenv("AWS_ENDPOINT_URL_S3", "http://s3only:2", 1);
    CHECK(s3_conf_resolve(&s, &c, &err) == 0, "conf: environment");
    CHECK_STR(c.access_key, "ENVKEY", "conf: environment key over the profile");
    CHECK_STR(c.session_token, "", "conf: no token from the profile with environment keys");
    CHECK_STR(c.region, "ap-south-1", "conf: AWS_REGION over AWS_DEFAULT_REGION");
    CHECK_STR(c.endpoint, "http://s3only:2", "conf: AWS_ENDPOINT_URL_S3 over AWS_ENDPOINT_URL");
    s3_conf_free(&c);

    settings_set(&s, "s3_endpoint", "https://setting:3", &err);
    settings_set(&s, "s3_region", "sa-east-1", &err);
    settings_set(&s, "s3_access_key_id", "SETKEY", &err);
    settings_set(&s, "s3_secret_access_key", "setsecret", &err);
    settings_set(&s, "s3_path_style", "false", &err);
    settings_set(&s, "s3_verify_tls", "false", &err);
    CHECK(s3_conf_resolve(&s, &c, &err) == 0, "conf: settings");
    CHECK_STR(c.access_key, "SETKEY", "conf: setting key over the environment");
    CHECK_STR(c.region, "sa-east-1", "conf: setting region");
    CHECK_STR(c.endpoint, "https://setting:3", "conf: setting endpoint");
    CHECK(!c.path_style && !c.verify_tls, "conf: path style and TLS settings");
    s3_conf_free(&c);

    settings_set(&s, "s3_path_style", "sometimes", &err);
    CHECK(s3_conf_resolve(&s, &c, &err) < 0 && strstr(err.msg, "s3_path_style"),
          "conf: bad path style refused");
    settings_free(&s);

    settings_init(&s);
    clear_env();
    setenv("HOME", "/nonexistent-cz-home", 1);
    CHECK(s3_conf_resolve(&s, &c, &err) < 0 && strstr(err.msg, "no S3 credentials"),
          "conf: no credentials anywhere is an error");
    setenv("AWS_ACCESS_KEY_ID", "K", 1);
    setenv("AWS_SECRET_ACCESS_KEY", "S", 1);
    settings_set(&s, "s3_endpoint", "ftp://x", &err);
    CHECK(s3_conf_resolve(&s, &c, &err) < 0 && strstr(err.msg, "http"),
          "conf: endpoint scheme checked");
    settings_free(&s);

    /* Inputs: local and S3 mixed, and the one after_load setting for both. */
    settings_init(&s);
    settings_set(&s, "input", "s3://calls/in/\n/tmp", &err);
    etl_inputs in;
    after_load al;
    const char *tmp[] = {"/tmp"};
    CHECK(inputs_open(&in, &s, &err) == 0, "inputs: S3 and local");
    CHECK(in.n == 2 && in.v[0].is_s3 && !in.v[1].is_s3 && in.v[1].local, "inputs: kinds");
    CHECK(inputs_s3_of(&in, "s3://calls/in/a/b.json") == &in.v[0], "inputs: object's input");
    CHECK(inputs_s3_of(&in, "s3://other/in/a.json") == NULL, "inputs: other bucket");
    CHECK(afterload_parse(&al, "move:s3://archive/done", tmp, 1, true, &err) < 0 &&
              strstr(err.msg, "move:DIR for local inputs"),
          "after_load: an S3 destination refused with a local input");
    CHECK(afterload_parse(&al, "move:/var/archive", NULL, 0, true, &err) < 0 &&
              strstr(err.msg, "move:s3://"),
          "after_load: a local destination refused with S3 inputs");
    CHECK(afterload_parse(&al, "delete", tmp, 1, true, &err) == 0 && al.kind == AFTER_DELETE &&
              inputs_set_after(&in, &al, &err) == 0,
          "after_load: delete with local and S3 inputs");
    afterload_free(&al);
    CHECK(afterload_parse(&al, "shred", NULL, 0, true, &err) < 0 && strstr(err.msg, "keep, delete"),
          "after_load: unknown value refused");
    inputs_free(&in);
    settings_set(&s, "input", "s3://calls/in/", &err);
    CHECK(inputs_open(&in, &s, &err) == 0, "inputs: S3 only");
    CHECK(afterload_parse(&al, "move:s3://archive/done", NULL, 0, true, &err) == 0 &&
              al.kind == AFTER_MOVE && inputs_set_after(&in, &al, &err) == 0 &&
              strcmp(in.after_dest.bucket, "archive") == 0,
          "after_load: S3 move destination");
    afterload_free(&al);
    inputs_free(&in);
    CHECK(inputs_open(&in, &s, &err) == 0 &&
              afterload_parse(&al, "move:s3://calls/in/done/", NULL, 0, true, &err) == 0 &&
              inputs_set_after(&in, &al, &err) < 0 && strstr(err.msg, "inside the input"),
          "after_load: S3 move destination inside the input refused");
    afterload_free(&al);
    inputs_free(&in);
    settings_free(&s);

    unlink(cred);
    unlink(conf);
    rmdir(dir);
    rmdir(home);
}

int main(void)
{
    test_page();
    test_names();
    test_conf();
    T_END();
}
