/* gen_names.h - first and last names for agents and customers. */
#ifndef CZ_GEN_NAMES_H
#define CZ_GEN_NAMES_H

#include <stddef.h>

size_t gn_first_count(void);
size_t gn_last_count(void);
/* The i-th name (i is reduced modulo the count). */
const char *gn_first(size_t i);
const char *gn_last(size_t i);

#endif
