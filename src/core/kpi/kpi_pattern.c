/* kpi_pattern.c - compiles one pattern line of the rules file into the
 * phrase trie. A pattern is a sequence of words over the tokenised turn, not
 * a character regex: the text is split into words once and every pattern of
 * every section is matched by one walk of the trie from each word.
 *
 * Syntax (converza-rules(5)):
 *   word            a word, lower case; apostrophes allowed ("i'll")
 *   (a|b c|d)       alternatives, each a sequence of elements
 *   X?  X{m,n}      optional, or repeated m to n times (n <= 8)
 *   *               any one word
 *   *!(a|b)         any one word but these
 *   !(a|b c) ...    at the start: the match must not come right after these words
 *   ^ ...           at the start: the match must begin a sentence or clause
 *   ... $           at the end: the match must end one
 * Compilation keeps a frontier of trie nodes instead of expanding the
 * alternatives into every word sequence, so shared prefixes share nodes;
 * and the pattern's tail after an alternation is built once for all the
 * childless nodes it ends in, which share it (share_tail). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kpi_internal.h"
#include "util.h"

enum { P_WORD, P_ANY, P_SEQ, P_ALT, P_REP };
#define REP_MAX 8
#define FRONTIER_MAX 200000

typedef struct pnode {
    int kind;
    int32_t id;          /* P_WORD */
    int32_t excl;        /* P_ANY: exception list in kpi_trie.pre, or -1 */
    int min, max;        /* P_REP */
    struct pnode **kid;  /* P_SEQ, P_ALT, P_REP (one child) */
    size_t nkid;
} pnode;

typedef struct {
    kpi_rules *r;
    const char *s;
    size_t i, n;
    char *err;
    size_t errlen;
    bool failed;
} parser;

static void fail(parser *p, const char *what)
{
    if (!p->failed)
        snprintf(p->err, p->errlen, "%s at column %zu", what, p->i + 1);
    p->failed = true;
}

static pnode *mk(int kind)
{
    pnode *n = xcalloc(1, sizeof *n);
    n->kind = kind;
    return n;
}

static void add_kid(pnode *n, pnode *k)
{
    n->kid = xrealloc(n->kid, (n->nkid + 1) * sizeof *n->kid);
    n->kid[n->nkid++] = k;
}

static void pfree(pnode *n)
{
    if (!n)
        return;
    for (size_t i = 0; i < n->nkid; i++)
        pfree(n->kid[i]);
    free(n->kid);
    free(n);
}

static bool word_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'';
}

/* Separators between elements: blanks, and hyphens, which the text
 * tokeniser also treats as word breaks ("add-on" is "add on"). */
static void skip_sep(parser *p)
{
    while (p->i < p->n && (p->s[p->i] == ' ' || p->s[p->i] == '\t' || p->s[p->i] == '-'))
        p->i++;
}

static pnode *parse_alt(parser *p, int depth);
static void pfree(pnode *n);

/* Collects the single words of ex (a word, or a group of single words) into
 * a new exception list in the trie's pre table for wildcard a. */
static bool exception_list(parser *p, const pnode *ex, pnode *a)
{
    int32_t ids[64];
    size_t n = 0;
    if (ex->kind == P_WORD) {
        ids[n++] = ex->id;
    } else if (ex->kind == P_ALT) {
        for (size_t k = 0; k < ex->nkid; k++) {
            const pnode *sq = ex->kid[k];
            if (sq->kind != P_SEQ || sq->nkid != 1 || sq->kid[0]->kind != P_WORD || n == 64)
                return false;
            ids[n++] = sq->kid[0]->id;
        }
    } else {
        return false;
    }
    kpi_trie *t = &p->r->trie;
    if (t->npre + n + 1 > t->pre_cap) {
        t->pre_cap = (t->npre + n + 1) * 2;
        t->pre = xrealloc(t->pre, t->pre_cap * sizeof *t->pre);
    }
    a->excl = (int32_t)t->npre;
    t->pre[t->npre++] = (int32_t)n;
    for (size_t k = 0; k < n; k++)
        t->pre[t->npre++] = ids[k];
    return true;
}

static pnode *parse_atom(parser *p, int depth)
{
    char c = p->s[p->i];
    if (c == '(') {
        p->i++;
        pnode *a = parse_alt(p, depth + 1);
        skip_sep(p);
        if (p->i >= p->n || p->s[p->i] != ')') {
            fail(p, "missing ')'");
            pfree(a);
            return NULL;
        }
        p->i++;
        return a;
    }
    if (c == '*') {
        p->i++;
        pnode *a = mk(P_ANY);
        a->excl = -1;
        if (p->i < p->n && p->s[p->i] == '!') {
            p->i++;
            pnode *ex = p->i < p->n ? parse_atom(p, depth + 1) : NULL;
            if (!ex || !exception_list(p, ex, a)) {
                if (ex)
                    fail(p, "'*!' takes one word or a group of single words");
                else
                    fail(p, "expected words after '*!'");
                pfree(ex);
                pfree(a);
                return NULL;
            }
            pfree(ex);
        }
        return a;
    }
    if (word_char(c)) {
        size_t b = p->i;
        while (p->i < p->n && word_char(p->s[p->i]))
            p->i++;
        pnode *w = mk(P_WORD);
        w->id = kpi_vocab_add(&p->r->vocab, p->s + b, p->i - b);
        if (p->r->vocab.w[w->id].alias >= 0)
            w->id = p->r->vocab.w[w->id].alias;
        return w;
    }
    fail(p, "unexpected character");
    return NULL;
}

static bool parse_int(parser *p, int *v)
{
    if (p->i >= p->n || p->s[p->i] < '0' || p->s[p->i] > '9')
        return false;
    *v = 0;
    while (p->i < p->n && cz_is_digit(p->s[p->i]) && *v < 100)
        *v = *v * 10 + (p->s[p->i++] - '0');
    return true;
}

static pnode *parse_element(parser *p, int depth)
{
    pnode *a = parse_atom(p, depth);
    if (!a)
        return NULL;
    while (p->i < p->n && (p->s[p->i] == '?' || p->s[p->i] == '{')) {
        pnode *r = mk(P_REP);
        add_kid(r, a);
        a = r;
        if (p->s[p->i] == '?') {
            p->i++;
            r->min = 0;
            r->max = 1;
            continue;
        }
        p->i++;
        if (!parse_int(p, &r->min)) {
            fail(p, "expected a number after '{'");
            pfree(a);
            return NULL;
        }
        r->max = r->min;
        if (p->i < p->n && p->s[p->i] == ',') {
            p->i++;
            if (!parse_int(p, &r->max)) {
                fail(p, "expected a number after ','");
                pfree(a);
                return NULL;
            }
        }
        if (p->i >= p->n || p->s[p->i] != '}' || r->max < r->min || r->max > REP_MAX) {
            fail(p, "bad {m,n} repeat (0 <= m <= n <= 8)");
            pfree(a);
            return NULL;
        }
        p->i++;
    }
    return a;
}

static pnode *parse_seq(parser *p, int depth)
{
    pnode *seq = mk(P_SEQ);
    for (;;) {
        skip_sep(p);
        if (p->i >= p->n || p->s[p->i] == ')' || p->s[p->i] == '|' || p->s[p->i] == '$')
            break;
        pnode *e = parse_element(p, depth);
        if (!e) {
            pfree(seq);
            return NULL;
        }
        add_kid(seq, e);
    }
    return seq;
}

static pnode *parse_alt(parser *p, int depth)
{
    if (depth > 16) {
        fail(p, "groups nested too deeply");
        return NULL;
    }
    pnode *alt = mk(P_ALT);
    for (;;) {
        pnode *s = parse_seq(p, depth);
        if (!s) {
            pfree(alt);
            return NULL;
        }
        add_kid(alt, s);
        if (p->i < p->n && p->s[p->i] == '|') {
            p->i++;
            continue;
        }
        break;
    }
    return alt;
}

/* --- compiling into the trie --- */

typedef struct {
    int32_t *v;
    size_t n, cap;
    bool unsorted; /* not strictly increasing: ns_push notes it as it goes */
} nodeset;

/* Inlined: a large rules file pushes hundreds of thousands of nodes, and
 * the call cost about as much as the push. */
static inline __attribute__((always_inline)) void ns_push(nodeset *s, int32_t x)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 16;
        s->v = xrealloc(s->v, s->cap * sizeof *s->v);
    }
    if (s->n && x <= s->v[s->n - 1])
        s->unsorted = true;
    s->v[s->n++] = x;
}

/* Appends the whole of src to s: one copy rather than a push per node (the
 * frontiers of the large alternations run to thousands of nodes). */
static void ns_append(nodeset *s, const nodeset *src)
{
    if (!src->n)
        return;
    if (s->n + src->n > s->cap) {
        s->cap = s->cap ? s->cap * 2 : 16;
        if (s->cap < s->n + src->n)
            s->cap = s->n + src->n;
        s->v = xrealloc(s->v, s->cap * sizeof *s->v);
    }
    if (src->unsorted || (s->n && src->v[0] <= s->v[s->n - 1]))
        s->unsorted = true;
    memcpy(s->v + s->n, src->v, src->n * sizeof *s->v);
    s->n += src->n;
}

/* Sorts v ascending. The frontiers of a large rules file are sorted tens of
 * thousands of times at load: a radix sort (insertion sort for a few) keeps
 * that a small share of start-up, where qsort's comparison calls were most
 * of it. */
static void sort_i32(int32_t *v, size_t n)
{
    if (n <= 24) {
        for (size_t i = 1; i < n; i++) {
            int32_t x = v[i];
            size_t j = i;
            for (; j > 0 && v[j - 1] > x; j--)
                v[j] = v[j - 1];
            v[j] = x;
        }
        return;
    }
    uint32_t *a = xmalloc(n * sizeof *a), *b = xmalloc(n * sizeof *b);
    for (size_t i = 0; i < n; i++)
        a[i] = (uint32_t)v[i] ^ 0x80000000u; /* signed order as unsigned */
    for (unsigned shift = 0; shift < 32; shift += 8) {
        size_t count[257] = {0};
        for (size_t i = 0; i < n; i++)
            count[((a[i] >> shift) & 0xFF) + 1]++;
        if (count[((a[0] >> shift) & 0xFF) + 1] == n)
            continue; /* every key has this byte */
        for (size_t d = 1; d < 257; d++)
            count[d] += count[d - 1];
        for (size_t i = 0; i < n; i++)
            b[count[(a[i] >> shift) & 0xFF]++] = a[i];
        uint32_t *tmp = a;
        a = b;
        b = tmp;
    }
    for (size_t i = 0; i < n; i++)
        v[i] = (int32_t)(a[i] ^ 0x80000000u);
    free(a);
    free(b);
}

static void ns_uniq(nodeset *s)
{
    /* already in order, the common case, needs no sort */
    if (s->n < 2 || !s->unsorted)
        return;
    sort_i32(s->v, s->n);
    size_t w = 1;
    for (size_t i = 1; i < s->n; i++)
        if (s->v[i] != s->v[w - 1])
            s->v[w++] = s->v[i];
    s->n = w;
    s->unsorted = false;
}

/* Advances every node of in through pattern n; the nodes reached go to out,
 * in order and once each when uniq (for an alternative inside an alternation
 * the enclosing one orders them). Returns false when the pattern would grow
 * the frontier past its limit. in is in order and without repeats. */
static bool advance_to(kpi_trie *t, const pnode *n, const nodeset *in, nodeset *out, bool uniq,
                       bool tail);

static bool advance(kpi_trie *t, const pnode *n, const nodeset *in, nodeset *out)
{
    return advance_to(t, n, in, out, true, false);
}

/* Advances in through the elements of seq from k on, the pattern's tail,
 * once for all the childless nodes of in together when there are several
 * (the first's new children given to the others): under each the tail
 * builds the same nodes, and the alternations' tails repeated under every
 * prefix were most of the trie's nodes and of the load's time. Those nodes
 * and the nodes the tail reaches go to out (the first's for every one when
 * the tail may be empty), and leave in. False when out would have held
 * more than FRONTIER_MAX nodes built for each. */
static bool share_tail(kpi_trie *t, const pnode *seq, size_t k, nodeset *in, nodeset *out)
{
    size_t nfree = 0;
    for (size_t i = 0; !t->tree && i < in->n; i++)
        nfree += kpi_trie_childless(t, in->v[i]);
    if (nfree < 2)
        return true;
    nodeset free_ = {0}, rest_in = {0}, got = {0};
    size_t w = 0;
    for (size_t i = 0; i < in->n; i++) {
        if (kpi_trie_childless(t, in->v[i]))
            ns_push(&free_, in->v[i]);
        else
            in->v[w++] = in->v[i];
    }
    in->n = w;
    int32_t first = free_.v[0];
    ns_push(&rest_in, first);
    pnode rest = {.kind = P_SEQ, .kid = seq->kid + k, .nkid = seq->nkid - k};
    bool ok = advance_to(t, &rest, &rest_in, &got, true, true);
    size_t reached = 0;
    for (size_t i = 0; ok && i < got.n; i++)
        reached += got.v[i] == first ? 1 : free_.n;
    ok = ok && reached <= FRONTIER_MAX;
    if (ok) {
        for (size_t i = 1; i < free_.n; i++)
            kpi_trie_share(t, first, free_.v[i]);
        for (size_t i = 0; i < got.n; i++) {
            if (got.v[i] == first)
                ns_append(out, &free_);
            else
                ns_push(out, got.v[i]);
        }
    }
    free(free_.v);
    free(rest_in.v);
    free(got.v);
    return ok;
}

static bool advance_to(kpi_trie *t, const pnode *n, const nodeset *in, nodeset *out, bool uniq,
                       bool tail)
{
    switch (n->kind) {
    case P_WORD:
        for (size_t i = 0; i < in->n; i++)
            ns_push(out, kpi_trie_child(t, in->v[i], n->id, true));
        break;
    case P_ANY:
        for (size_t i = 0; i < in->n; i++)
            ns_push(out, kpi_trie_any(t, in->v[i], n->excl));
        break;
    case P_SEQ: {
        /* the first element reads in itself; the frontier is handed on
         * without copies, and to an empty out as its buffer */
        nodeset cur = {0}, next = {0};
        const nodeset *from = in;
        for (size_t k = 0; k < n->nkid; k++) {
            bool last = k + 1 == n->nkid;
            next.n = 0;
            next.unsorted = false;
            if (!advance_to(t, n->kid[k], from, &next, true, tail && last) ||
                (tail && !last && !share_tail(t, n, k + 1, &next, out))) {
                free(cur.v);
                free(next.v);
                return false;
            }
            nodeset tmp = cur;
            cur = next;
            next = tmp;
            from = &cur;
        }
        if (from == &cur && out->n == 0) {
            nodeset tmp = *out;
            *out = cur;
            cur = tmp;
        } else {
            ns_append(out, from);
        }
        free(cur.v);
        free(next.v);
        break;
    }
    case P_ALT:
        /* out is only written here: the alternatives' nodes are put in
         * order once, at the end, not after each alternative */
        for (size_t k = 0; k < n->nkid; k++)
            if (!advance_to(t, n->kid[k], in, out, false, tail))
                return false;
        break;
    case P_REP: {
        nodeset cur = {0}, next = {0};
        for (size_t i = 0; i < in->n; i++) {
            ns_push(&cur, in->v[i]);
            if (n->min == 0)
                ns_push(out, in->v[i]);
        }
        for (int k = 1; k <= n->max; k++) {
            next.n = 0;
            next.unsorted = false;
            if (!advance(t, n->kid[0], &cur, &next)) {
                free(cur.v);
                free(next.v);
                return false;
            }
            ns_uniq(&next);
            if (k >= n->min)
                for (size_t i = 0; i < next.n; i++)
                    ns_push(out, next.v[i]);
            nodeset tmp = cur;
            cur = next;
            next = tmp;
        }
        free(cur.v);
        free(next.v);
        break;
    }
    }
    if (!uniq)
        return true;
    ns_uniq(out);
    return out->n <= FRONTIER_MAX;
}

/* Expands a small word-only pattern (the !(...) prefix) into its sequences,
 * appended to the trie's pre table as len, words... */
static bool expand_pre(kpi_trie *t, const pnode *n, int32_t *buf, size_t len, size_t cap,
                       const pnode *const *rest, size_t nrest)
{
    if (!n) {
        if (nrest)
            return expand_pre(t, rest[0], buf, len, cap, rest + 1, nrest - 1);
        if (t->npre + len + 2 > t->pre_cap) {
            t->pre_cap = (t->pre_cap + len + 2) * 2;
            t->pre = xrealloc(t->pre, t->pre_cap * sizeof *t->pre);
        }
        t->pre[t->npre++] = (int32_t)len;
        for (size_t i = 0; i < len; i++)
            t->pre[t->npre++] = buf[i];
        return true;
    }
    switch (n->kind) {
    case P_WORD:
        if (len == cap)
            return false;
        buf[len] = n->id;
        return expand_pre(t, NULL, buf, len + 1, cap, rest, nrest);
    case P_SEQ: {
        /* the sequence's elements go in front of what follows it */
        const pnode **r2 = xmalloc((n->nkid + nrest + 1) * sizeof *r2);
        for (size_t k = 0; k < n->nkid; k++)
            r2[k] = n->kid[k];
        for (size_t k = 0; k < nrest; k++)
            r2[n->nkid + k] = rest[k];
        bool ok = expand_pre(t, NULL, buf, len, cap, r2, n->nkid + nrest);
        free(r2);
        return ok;
    }
    case P_ALT:
        for (size_t k = 0; k < n->nkid; k++)
            if (!expand_pre(t, n->kid[k], buf, len, cap, rest, nrest))
                return false;
        return true;
    default:
        return false; /* wildcards and repeats make no sense before a match */
    }
}

static bool lexicon_at(const kpi_trie *t, int32_t node)
{
    for (int32_t a = t->nodes[node].acc; a >= 0; a = t->acc[a].next)
        if (t->acc[a].sec == KS_LEXICON)
            return true;
    return false;
}

int kpi_pattern_add(kpi_rules *r, int sec, const char *pat, float score, char *err,
                    size_t errlen)
{
    parser p = {.r = r, .s = pat, .n = strlen(pat), .err = err, .errlen = errlen};
    kpi_trie *t = &r->trie;
    uint8_t flags = 0;
    int32_t pre = -1;
    pnode *pren = NULL;
    skip_sep(&p);
    if (p.i < p.n && p.s[p.i] == '!') {
        p.i++;
        pren = parse_atom(&p, 0);
        if (!pren)
            return -1;
        skip_sep(&p);
    }
    if (p.i < p.n && p.s[p.i] == '^') {
        flags |= ACC_START;
        p.i++;
    }
    pnode *root = parse_alt(&p, 0);
    if (root && p.i < p.n && p.s[p.i] == '$') {
        flags |= ACC_END;
        p.i++;
        skip_sep(&p);
    }
    if (root && p.i < p.n)
        fail(&p, p.s[p.i] == ')' ? "unbalanced ')'" : "unexpected character");
    int rc = -1;
    if (root && !p.failed) {
        if (pren) {
            int32_t buf[8];
            size_t mark = t->npre;
            pre = (int32_t)t->npre;
            if (!expand_pre(t, pren, buf, 0, 8, NULL, 0)) {
                t->npre = mark;
                fail(&p, "the !(...) prefix must be plain words, at most 8");
                goto done;
            }
            if (t->npre + 1 > t->pre_cap) {
                t->pre_cap = t->npre + 16;
                t->pre = xrealloc(t->pre, t->pre_cap * sizeof *t->pre);
            }
            t->pre[t->npre++] = 0;
        }
        nodeset start = {0}, end = {0};
        ns_push(&start, 0);
        /* the whole pattern is a tail: nothing follows it but its accepts */
        if (!advance_to(t, root, &start, &end, true, true)) {
            fail(&p, "pattern expands to too many word sequences");
        } else if (end.n == 1 && end.v[0] == 0) {
            fail(&p, "pattern matches no words");
        } else if (t->nodes[0].any >= 0) {
            fail(&p, "pattern may not begin with '*'");
        } else {
            for (size_t i = 0; i < end.n; i++) {
                if (end.v[i] == 0)
                    continue; /* an all-optional pattern: the empty match means nothing */
                if (sec == KS_LEXICON && lexicon_at(t, end.v[i]))
                    continue; /* the first score given for a phrase stands */
                if (t->nacc == t->acc_cap) {
                    t->acc_cap = t->acc_cap ? t->acc_cap * 2 : 1024;
                    t->acc = xrealloc(t->acc, t->acc_cap * sizeof *t->acc);
                }
                kpi_node *nd = &t->nodes[end.v[i]];
                t->acc[t->nacc] = (kpi_accept){(uint8_t)sec, flags, pre, score, nd->acc};
                nd->acc = (int32_t)t->nacc++;
            }
            rc = 0;
        }
        free(start.v);
        free(end.v);
    }
done:
    pfree(root);
    pfree(pren);
    return rc;
}
