/* tz.c - choosing and checking the business time zone. The zone becomes the
 * process's own (TZ) so the C library's tables do the arithmetic, DST
 * included; PostgreSQL is asked about the same name where SQL needs it. */
#include "tz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "textfile.h"

static const char *zone_dir(void)
{
    const char *d = getenv("TZDIR");
    return d && *d ? d : "/usr/share/zoneinfo";
}

static bool name_ok(const char *n)
{
    if (!*n || *n == '/' || strlen(n) > 100 || strstr(n, ".."))
        return false;
    for (const char *p = n; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
              *p == '_' || *p == '-' || *p == '+' || *p == '/'))
            return false;
    return n[strlen(n) - 1] != '/';
}

int cz_tz_check(const char *name, cz_err *err)
{
    if (!name_ok(name)) {
        cz_err_set(err, "timezone \"%.60s\" is not an IANA zone name (e.g. America/Los_Angeles,"
                        " Europe/Berlin, UTC)", name);
        return -1;
    }
    strbuf p = SB_INIT;
    sb_printf(&p, "%s/%s", zone_dir(), name);
    struct stat st;
    int ok = stat(p.s, &st) == 0 && S_ISREG(st.st_mode);
    if (!ok)
        cz_err_set(err, "timezone \"%s\": no such zone in %s (install tzdata, or give a name"
                        " such as America/Los_Angeles)", name, zone_dir());
    sb_free(&p);
    return ok ? 0 : -1;
}

char *cz_tz_system(void)
{
    const char *env = getenv("TZ");
    if (env && *env) {
        const char *n = *env == ':' ? env + 1 : env;
        const char *z = strstr(n, "zoneinfo/");
        if (z)
            n = z + 9;
        cz_err e;
        if (cz_tz_check(n, &e) == 0)
            return xstrdup(n);
    }
    char link[512];
    ssize_t k = readlink("/etc/localtime", link, sizeof link - 1);
    if (k > 0) {
        link[k] = '\0';
        const char *z = strstr(link, "zoneinfo/");
        cz_err e;
        if (z && cz_tz_check(z + 9, &e) == 0)
            return xstrdup(z + 9);
    }
    cz_err e;
    size_t len;
    char *text = tf_read("/etc/timezone", "time zone file", 4096, &len, &e);
    if (text) {
        char *nl = strchr(text, '\n');
        if (nl)
            *nl = '\0';
        char *n = tf_trim(text);
        if (cz_tz_check(n, &e) == 0) {
            char *out = xstrdup(n);
            free(text);
            return out;
        }
        free(text);
    }
    return xstrdup("UTC");
}

int cz_tz_use(const char *setting, char **name, cz_err *err)
{
    char *n = setting && *setting ? xstrdup(setting) : cz_tz_system();
    if (cz_tz_check(n, err) < 0) {
        free(n);
        return -1;
    }
    if (setenv("TZ", n, 1) < 0) {
        cz_err_set(err, "cannot set the time zone %s", n);
        free(n);
        return -1;
    }
    tzset();
    *name = n;
    return 0;
}
