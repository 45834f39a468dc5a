/* kpi_category.h - call categories of the rules file ([category NAME]
 * sections, converza-rules(5)): PCRE2 patterns compiled once with JIT, kept
 * inside kpi_rules. Internal to the KPI module. */
#ifndef CZ_KPI_CATEGORY_H
#define CZ_KPI_CATEGORY_H

#include <stddef.h>
#include "kpi.h"
#include "util.h"

typedef struct kpi_categories kpi_categories;

/* A set being read from a file: categories are begun by their header and
 * fed one "key = value" line at a time. Each returns 0, or -1 with err naming
 * path, line and what is wrong (for a pattern: PCRE2's message and the
 * offset in the pattern). */
kpi_categories *kpi_cat_new(void);
int kpi_cat_begin(kpi_categories *cs, const char *name, size_t len, const char *path, int lineno,
                  cz_err *err);
int kpi_cat_line(kpi_categories *cs, char *line, const char *path, int lineno, cz_err *err);
/* Checks the last category is complete and builds the prefilter. */
int kpi_cat_finish(kpi_categories *cs, const char *path, cz_err *err);
void kpi_cat_free(kpi_categories *cs);

size_t kpi_cat_count(const kpi_categories *cs);
const char *kpi_cat_name(const kpi_categories *cs, size_t i);

struct kpi_rules;
struct kpi_scratch;
/* Flags, once every other section is applied (spelling variants resolved),
 * the words the categories' patterns need (VF_CATEGORY) in r's vocabulary. */
void kpi_cat_index(struct kpi_rules *r);

/* The categories whose patterns need the word id (flagged VF_CATEGORY by
 * kpi_cat_index), as a bit per category; 0 for cs NULL. The tokeniser ORs
 * them into kpi_text.catmask as it looks the words up. */
uint64_t kpi_cat_word_cats(const kpi_categories *cs, int32_t id);

/* Matches every category against the call's turns, whose texts s->texts
 * kpi_text_prepare has made, and appends the hits (in category order) to
 * out->categories. */
void kpi_cat_match(const struct kpi_rules *r, struct kpi_scratch *s, const turns_t *turns,
                   kpi_result *out);
void kpi_cat_md_free(void *md);

#endif
