/* test_known_merge.c - the listing merge of known.c without PostgreSQL: a
 * directory's walked files (sorted) against its recorded rows (sorted), in
 * one page or split over pages, give new, same, changed and gone. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "known_merge.h"
#include "t.h"

typedef struct {
    const char *name;
    int64_t size, mtime_ns;
} walked;

/* Merges the walk against rows split into pages of page_size rows (the last
 * page shorter), as known.c does: the next page when a step asks for it and
 * there is one. Writes one state letter per walked file (N, S, C) into out
 * and returns the rows passed as gone. */
static size_t merge(const walked *w, size_t nw, const known_row *rows, size_t nrows,
                    size_t page_size, char *out)
{
    size_t start = 0, at = 0, gone = 0;
    size_t n = nrows < page_size ? nrows : page_size;
    for (size_t i = 0; i < nw; i++) {
        char st;
        while (known_merge_step(rows + start, n, &at, w[i].name, w[i].size, w[i].mtime_ns, &st,
                                &gone) &&
               start + n < nrows) {
            start += n;
            n = nrows - start < page_size ? nrows - start : page_size;
            at = 0;
        }
        out[i] = st == INGESTED_NEW ? 'N' : st == INGESTED_SAME ? 'S' : 'C';
    }
    out[nw] = '\0';
    return gone;
}

int main(void)
{
    /* Recorded: a b c d f h; walked: a (same) b (size changed) c (mtime
     * changed) e (new) f (same) g (new) i (new); d and h are gone. */
    static const known_row rows[] = {
        {"a.json", 10, 100}, {"b.json", 20, 200}, {"c.json", 30, 300},
        {"d.json", 40, 400}, {"f.json", 60, 600}, {"h.json", 80, 800},
    };
    static const walked walk[] = {
        {"a.json", 10, 100}, {"b.json", 21, 200}, {"c.json", 30, 301}, {"e.json", 50, 500},
        {"f.json", 60, 600}, {"g.json", 70, 700}, {"i.json", 90, 900},
    };
    size_t nr = sizeof rows / sizeof rows[0], nw = sizeof walk / sizeof walk[0];
    char got[16];
    size_t gone = merge(walk, nw, rows, nr, 100, got);
    CHECK_STR(got, "SCCNSNN", "merge: same, changed by size or time, new");
    CHECK(gone == 2, "merge: recorded files not walked are gone");

    /* The same answers whatever the page size: a name may be the first or the
     * last of a page, or fall between two pages. */
    int all = 1;
    for (size_t page = 1; page <= nr; page++) {
        char g2[16];
        size_t gone2 = merge(walk, nw, rows, nr, page, g2);
        if (strcmp(g2, got) != 0 || gone2 != gone) {
            printf("  page size %zu: %s, %zu gone\n", page, g2, gone2);
            all = 0;
        }
    }
    CHECK(all, "merge: same answers with every page size from 1 to all rows");

    CHECK(merge(walk, nw, rows, 0, 100, got) == 0 && strcmp(got, "NNNNNNN") == 0,
          "merge: nothing recorded: every file new");
    CHECK(merge(walk, 0, rows, nr, 100, got) == 0 && got[0] == '\0',
          "merge: nothing walked: no answer, nothing passed");

    /* One step at a time: the cursor stops at the first row not before the
     * name, and a step past the rows asks for the next page. */
    size_t at = 0, g = 0;
    char st;
    CHECK(known_merge_step(rows, nr, &at, "c.json", 30, 300, &st, &g) == 0 &&
              st == INGESTED_SAME && at == 3 && g == 2,
          "step: a match passes the rows before it as gone, and itself");
    CHECK(known_merge_step(rows, nr, &at, "cc.json", 1, 1, &st, &g) == 0 && st == INGESTED_NEW &&
              at == 3 && g == 2,
          "step: a name between rows is new and passes nothing");
    CHECK(known_merge_step(rows, nr, &at, "z.json", 1, 1, &st, &g) == 1 && st == INGESTED_NEW &&
              at == nr && g == 5,
          "step: past the last row: new unless the next page says otherwise");

    /* Bytewise order, as the walk and the query (COLLATE "C") sort. */
    static const known_row bytes[] = {{"B", 1, 1}, {"a", 1, 1}, {"\xc3\xa9", 1, 1}};
    static const walked wb[] = {{"B", 1, 1}, {"a", 2, 1}, {"\xc3\xa9", 1, 1}};
    CHECK(merge(wb, 3, bytes, 3, 2, got) == 0 && strcmp(got, "SCS") == 0,
          "merge: names compare bytewise (upper case, then lower, then UTF-8)");
    T_END();
}
