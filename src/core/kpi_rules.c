/* kpi_rules.c - loads a rules file (converza-rules(5)): settings, pattern
 * sections compiled once into one JIT-compiled PCRE2 alternation each, word
 * lists and the sentiment lexicon. Everything a call needs is built here so
 * that extraction itself never compiles or parses anything. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kpi_internal.h"
#include "util.h"

static const char *const section_names[KS_COUNT] = {
    [KS_COMMIT] = "commit",
    [KS_COMMIT_REQUEST] = "commit_request",
    [KS_REQUEST] = "request",
    [KS_AFFIRM] = "affirm",
    [KS_AFFIRM_WEAK] = "affirm_weak",
    [KS_DECLINE] = "decline",
    [KS_DEFER] = "defer",
    [KS_INFO_REQUEST] = "info_request",
    [KS_RETRACT] = "retract",
    [KS_ADDON_ACCEPT] = "addon_accept",
    [KS_NEGATOR] = "negator",
    [KS_CONDITIONAL] = "conditional",
    [KS_CONDITIONAL_OK] = "conditional_ok",
    [KS_HYPOTHETICAL] = "hypothetical",
    [KS_HEDGE] = "hedge",
    [KS_QUESTION_START] = "question_start",
    [KS_NONPURCHASE] = "nonpurchase",
    [KS_CLOSING] = "closing",
    [KS_CLOSING_REF] = "closing_ref",
    [KS_OFFER_CUE] = "offer_cue",
    [KS_OFFER_QUESTION] = "offer_question",
    [KS_UPGRADE_CUE] = "upgrade_cue",
    [KS_CONFIRM] = "confirm",
    [KS_PRICE_OLD] = "price_old",
    [KS_PRICE_EXCL_BEFORE] = "price_excluded_before",
    [KS_PRICE_EXCL_AFTER] = "price_excluded_after",
    [KS_REVISION] = "revision",
    [KS_SARCASM] = "sarcasm",
    [KS_SARCASM_CONTEXT] = "sarcasm_context",
    [KS_BOTH] = "both",
};

/* Word-list and table sections, after the pattern sections. */
enum {
    SEC_LEXICON = KS_COUNT,
    SEC_INTENSIFIER,
    SEC_FILLER,
    SEC_STOPWORD,
    SEC_SARCASM_PRONE,
    SEC_NONE
};

static int section_lookup(const char *name, size_t n)
{
    static const char *const lists[] = {"lexicon", "intensifier", "filler", "stopword",
                                        "sarcasm_prone"};
    for (int i = 0; i < KS_COUNT; i++)
        if (strlen(section_names[i]) == n && memcmp(section_names[i], name, n) == 0)
            return i;
    for (int i = 0; i < 5; i++)
        if (strlen(lists[i]) == n && memcmp(lists[i], name, n) == 0)
            return SEC_LEXICON + i;
    return -1;
}

typedef struct {
    const char *name;
    size_t off;
    double lo, hi;
} setting_def;

#define SETTING(field, lo, hi) {#field, offsetof(kpi_rules, field), lo, hi}
static const setting_def settings[] = {
    SETTING(threshold, 0.0, 1.0),     SETTING(end_weight, 1.0, 100.0),
    SETTING(negated_pos, 0.0, 2.0),   SETTING(negated_neg, 0.0, 2.0),
    SETTING(but_before, 0.0, 2.0),    SETTING(but_after, 0.0, 5.0),
    SETTING(scale, 0.01, 100.0),
};

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
        s[--n] = '\0';
    return s;
}

/* Parses "key<TAB or spaces>number"; the key may contain single spaces, so the
 * number is the last field. */
static int split_scored(char *s, char **key, double *val)
{
    char *sep = strrchr(s, '\t');
    if (!sep)
        sep = strrchr(s, ' ');
    if (!sep)
        return -1;
    *sep = '\0';
    char *num = trim(sep + 1), *end;
    errno = 0;
    *val = strtod(num, &end);
    if (end == num || *end != '\0' || errno)
        return -1;
    *key = trim(s);
    if (!**key)
        return -1;
    for (char *p = *key; *p; p++)
        if (*p == '\t')
            *p = ' ';
    return 0;
}

static void lower_inplace(char *s)
{
    for (; *s; s++)
        if (*s >= 'A' && *s <= 'Z')
            *s = (char)(*s + 32);
}

/* Compiles one section's alternation, wrapped so that matches begin and end
 * at word boundaries of the normalised text. */
static pcre2_code *compile_alt(const char *alt, size_t n, int *errcode, PCRE2_SIZE *erroff)
{
    strbuf b = SB_INIT;
    sb_puts(&b, "(?<![a-z0-9'])(?:");
    sb_append(&b, alt, n);
    sb_puts(&b, ")(?![a-z0-9'])");
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)b.s, b.len, 0, errcode, erroff, NULL);
    sb_free(&b);
    return re;
}

static int load_lexicon_tsv(kpi_rules *r, const char *rules_path, const char *file,
                            double weight, cz_err *err)
{
    char *path;
    if (file[0] == '/') {
        path = xstrdup(file);
    } else {
        const char *slash = strrchr(rules_path, '/');
        strbuf b = SB_INIT;
        if (slash)
            sb_append(&b, rules_path, (size_t)(slash - rules_path) + 1);
        sb_puts(&b, file);
        path = sb_steal(&b);
    }
    FILE *f = fopen(path, "r");
    if (!f) {
        cz_err_set(err, "%s: cannot open lexicon %s: %s", rules_path, path, strerror(errno));
        free(path);
        return -1;
    }
    char *line = NULL;
    size_t cap = 0;
    int lineno = 0, rc = 0;
    while (getline(&line, &cap, f) >= 0) {
        lineno++;
        char *s = trim(line);
        if (!*s || *s == '#')
            continue;
        char *key;
        double v;
        if (split_scored(s, &key, &v) < 0) {
            cz_err_set(err, "%s:%d: expected word<TAB>score", path, lineno);
            rc = -1;
            break;
        }
        lower_inplace(key);
        /* The rules file's own [lexicon] entries adapt the published list, so
         * they win over it. */
        if (!kpi_lex_get(&r->lexicon, key, strlen(key), NULL))
            kpi_lex_put(&r->lexicon, key, strlen(key), (float)(v * weight));
    }
    free(line);
    fclose(f);
    free(path);
    return rc;
}

kpi_rules *kpi_rules_load(const char *path, cz_err *err)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        cz_err_set(err, "%s: %s", path, strerror(errno));
        return NULL;
    }
    kpi_rules *r = xcalloc(1, sizeof *r);
    r->path = xstrdup(path);
    r->threshold = 0.2;
    r->end_weight = 3.0;
    r->negated_pos = 0.75;
    r->negated_neg = 0.3;
    r->but_before = 0.5;
    r->but_after = 1.5;
    r->scale = 3.0;
    kpi_lex_init(&r->lexicon);
    kpi_lex_init(&r->intensifier);
    kpi_lex_init(&r->filler);
    kpi_lex_init(&r->stopword);
    kpi_lex_init(&r->sarcasm_prone);

    strbuf alt[KS_COUNT];
    int first_line[KS_COUNT];
    for (int i = 0; i < KS_COUNT; i++) {
        alt[i] = (strbuf)SB_INIT;
        first_line[i] = 0;
    }
    char *lexicon_file = NULL;
    double lexicon_weight = 1.0;
    int section = SEC_NONE, lineno = 0, bad = 0;
    char *line = NULL;
    size_t cap = 0;

    while (!bad && getline(&line, &cap, f) >= 0) {
        lineno++;
        char *s = trim(line);
        if (!*s || *s == '#')
            continue;
        if (*s == '[') {
            char *close = strchr(s, ']');
            if (!close || close[1] != '\0') {
                cz_err_set(err, "%s:%d: malformed section header '%s'", path, lineno, s);
                bad = 1;
                break;
            }
            int sec = section_lookup(s + 1, (size_t)(close - s - 1));
            if (sec < 0) {
                cz_err_set(err, "%s:%d: unknown section '%s'", path, lineno, s);
                bad = 1;
                break;
            }
            section = sec;
            continue;
        }
        if (section == SEC_NONE) {
            char *eq = strchr(s, '=');
            if (!eq) {
                cz_err_set(err, "%s:%d: expected 'key = value' or a [section] header", path,
                           lineno);
                bad = 1;
                break;
            }
            *eq = '\0';
            char *key = trim(s), *val = trim(eq + 1);
            if (!*val) {
                cz_err_set(err, "%s:%d: setting '%s' has no value", path, lineno, key);
                bad = 1;
            } else if (strcmp(key, "version") == 0) {
                free(r->version);
                r->version = xstrdup(val);
            } else if (strcmp(key, "lexicon") == 0) {
                free(lexicon_file);
                lexicon_file = xstrdup(val);
            } else {
                double v = 0, lo = 0, hi = 0;
                char *end;
                errno = 0;
                v = strtod(val, &end);
                if (end == val || *end || errno) {
                    cz_err_set(err, "%s:%d: setting '%s' needs a number, not '%s'", path,
                               lineno, key, val);
                    bad = 1;
                    break;
                }
                if (strcmp(key, "lexicon_weight") == 0) {
                    lexicon_weight = v;
                    continue;
                }
                const setting_def *d = NULL;
                for (size_t i = 0; i < sizeof settings / sizeof settings[0]; i++)
                    if (strcmp(settings[i].name, key) == 0)
                        d = &settings[i];
                if (!d) {
                    cz_err_set(err, "%s:%d: unknown setting '%s'", path, lineno, key);
                    bad = 1;
                    break;
                }
                lo = d->lo;
                hi = d->hi;
                if (v < lo || v > hi) {
                    cz_err_set(err, "%s:%d: setting '%s' must be between %g and %g", path,
                               lineno, key, lo, hi);
                    bad = 1;
                    break;
                }
                *(double *)((char *)r + d->off) = v;
            }
            continue;
        }
        if (section < KS_COUNT) {
            /* Check the entry alone so that a mistake is reported on its line. */
            int ec;
            PCRE2_SIZE eo;
            lower_inplace(s);
            pcre2_code *one = compile_alt(s, strlen(s), &ec, &eo);
            if (!one) {
                PCRE2_UCHAR msg[256];
                pcre2_get_error_message(ec, msg, sizeof msg);
                cz_err_set(err, "%s:%d: bad pattern in [%s]: %s", path, lineno,
                           section_names[section], (const char *)msg);
                bad = 1;
                break;
            }
            pcre2_code_free(one);
            if (alt[section].len)
                sb_putc(&alt[section], '|');
            else
                first_line[section] = lineno;
            sb_puts(&alt[section], "(?:");
            sb_puts(&alt[section], s);
            sb_putc(&alt[section], ')');
            continue;
        }
        double v = 1.0;
        char *key = s;
        if (section == SEC_LEXICON || section == SEC_INTENSIFIER) {
            if (split_scored(s, &key, &v) < 0) {
                cz_err_set(err, "%s:%d: expected word<TAB>number in [%s]", path, lineno,
                           section == SEC_LEXICON ? "lexicon" : "intensifier");
                bad = 1;
                break;
            }
        }
        lower_inplace(key);
        kpi_lex *dst = section == SEC_LEXICON       ? &r->lexicon
                       : section == SEC_INTENSIFIER ? &r->intensifier
                       : section == SEC_FILLER      ? &r->filler
                       : section == SEC_STOPWORD    ? &r->stopword
                                                    : &r->sarcasm_prone;
        kpi_lex_put(dst, key, strlen(key), (float)v);
    }
    free(line);
    fclose(f);

    if (!bad && !r->version) {
        cz_err_set(err, "%s: missing 'version = ...' setting", path);
        bad = 1;
    }
    for (int i = 0; !bad && i < KS_COUNT; i++) {
        if (!alt[i].len)
            continue;
        int ec;
        PCRE2_SIZE eo;
        r->re[i] = compile_alt(alt[i].s, alt[i].len, &ec, &eo);
        if (!r->re[i]) {
            PCRE2_UCHAR msg[256];
            pcre2_get_error_message(ec, msg, sizeof msg);
            cz_err_set(err, "%s:%d: section [%s] does not compile: %s", path, first_line[i],
                       section_names[i], (const char *)msg);
            bad = 1;
            break;
        }
        /* Without JIT matching still works, only slower. */
        r->jit[i] = pcre2_jit_compile(r->re[i], PCRE2_JIT_COMPLETE) == 0;
    }
    if (!bad && lexicon_file &&
        load_lexicon_tsv(r, path, lexicon_file, lexicon_weight, err) < 0)
        bad = 1;
    /* Phrases are only tried where their first word stands. */
    kpi_lex_init(&r->phrase_first);
    for (size_t i = 0; !bad && i < r->lexicon.cap; i++) {
        const char *k = r->lexicon.slots[i].key;
        const char *sp = k ? strchr(k, ' ') : NULL;
        if (sp)
            kpi_lex_put(&r->phrase_first, k, (size_t)(sp - k), 1);
    }
    for (int i = 0; i < KS_COUNT; i++)
        sb_free(&alt[i]);
    free(lexicon_file);
    if (bad) {
        kpi_rules_free(r);
        return NULL;
    }
    return r;
}

void kpi_rules_free(kpi_rules *r)
{
    if (!r)
        return;
    for (int i = 0; i < KS_COUNT; i++)
        pcre2_code_free(r->re[i]);
    kpi_lex_free(&r->lexicon);
    kpi_lex_free(&r->intensifier);
    kpi_lex_free(&r->filler);
    kpi_lex_free(&r->stopword);
    kpi_lex_free(&r->sarcasm_prone);
    kpi_lex_free(&r->phrase_first);
    free(r->path);
    free(r->version);
    free(r);
}

const char *kpi_rules_version(const kpi_rules *r)
{
    return r && r->version ? r->version : "";
}

/* True when path names a readable file. */
static int readable(const char *path)
{
    return access(path, R_OK) == 0;
}

char *kpi_rules_path(const char *configured)
{
    if (configured && *configured)
        return xstrdup(configured);
    const char *env = getenv("CONVERZA_RULES");
    if (env && *env)
        return xstrdup(env);
    /* A binary run from the build tree (build/ or build/san/) uses the rules
     * beside its sources, so a rules edit takes effect without installing. */
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            static const char *const rel[] = {"/../rules/converza.rules", "/../../rules/converza.rules"};
            for (size_t i = 0; i < 2; i++) {
                strbuf b = SB_INIT;
                sb_puts(&b, exe);
                sb_puts(&b, rel[i]);
                if (readable(b.s))
                    return sb_steal(&b);
                sb_free(&b);
            }
        }
    }
    return xstrdup(CZ_DATADIR "/converza.rules");
}
