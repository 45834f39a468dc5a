/* name.h - agent names in one canonical form, so that names a person cannot
 * tell apart are one agent. Pure; uses libunistring's Unicode tables. */
#ifndef CZ_NAME_H
#define CZ_NAME_H

/* Returns a new string (caller frees) holding the valid UTF-8 name s with:
 * every format or otherwise invisible character removed (general category
 * Cf - zero-width space and joiners U+200B..U+200D, marks U+200E/U+200F,
 * bidirectional embeddings and overrides U+202A..U+202E and isolates,
 * U+2060..U+2064, U+FEFF, soft hyphen U+00AD - and the other default-
 * ignorable code points such as variation selectors and the Hangul fillers);
 * every run of white space (any Unicode White_Space character, e.g. U+00A0,
 * U+2003, U+3000) folded to one ASCII space, none at either end; and the
 * result in Unicode Normalization Form C, so that "Jose\u0301" and "Jos\u00e9"
 * are the same name. Invalid UTF-8 sequences are dropped. */
char *name_normalize(const char *s);

#endif
