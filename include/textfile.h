/* textfile.h - reading the files the programs are pointed at (config, secret,
 * rules, lexicon, Harper Valley Bank metadata, calls given to `analyze`):
 * whole, bounded, regular files only, then line by line with the white space
 * around each line trimmed.
 *
 * A path may name anything: /dev/zero would grow a buffer until the kernel
 * kills the process, a FIFO would block forever, a directory reads as empty.
 * So the file is opened without blocking and refused unread unless it is a
 * regular file, and refused when it is over its limit or grows past it while
 * being read. */
#ifndef CZ_TEXTFILE_H
#define CZ_TEXTFILE_H

#include <stddef.h>
#include "util.h"

/* Limits of the files the programs are configured with (converza.conf(5),
 * converza-rules(5)); call files have max_file_size. */
#define TF_MAX_CONFIG (1L << 20)   /* config file */
#define TF_MAX_SECRET (64L << 10)  /* password file */
#define TF_MAX_RULES (16L << 20)   /* rules file, and the lexicon it names */

/* Reads name, relative to the directory dfd (AT_FDCWD for a path), whole into
 * b (cleared first; NUL-terminated, so b->s may be used as a string up to the
 * first NUL). Returns 0, or -1 with err holding the reason alone for the
 * caller to put after the file's name: "not a regular file (a directory)",
 * "12582912 bytes, over the limit of 8388608", "No such file or directory". */
int tf_read_at(int dfd, const char *name, long max, strbuf *b, cz_err *err);

/* As tf_read_at, for a name the directory listing already called a regular
 * file (d_type DT_REG): no fstat, which for a directory of small files was a
 * quarter of the system calls. The file is read to its end in as few reads
 * as b's capacity allows (b is meant to be reused: after the first files one
 * read takes a whole call file); a short read of a regular file is its end.
 * Should the name have been replaced by something else since the listing, a
 * directory fails its read and anything else is still bounded by max. */
int tf_read_reg_at(int dfd, const char *name, long max, strbuf *b, cz_err *err);

/* Reads path whole. Returns the bytes (NUL-terminated; caller frees) and
 * their count in *len (may be NULL), or NULL with err naming the file:
 * "cannot read WHAT PATH: reason". */
char *tf_read(const char *path, const char *what, long max, size_t *len, cz_err *err);

/* Trims ASCII white space (space, tab, CR, LF, VT, FF) from both ends of s in
 * place; returns the first byte kept. */
char *tf_trim(char *s);

/* Walks the lines of a buffer, splitting it in place. */
typedef struct {
    char *next, *end;
    int lineno;     /* the number of the line last returned, from 1 */
} tf_lines;

/* Starts a walk over text[0..len), which it modifies; text[len] must be a
 * NUL (as tf_read and tf_read_at leave it). */
void tf_lines_init(tf_lines *it, char *text, size_t len);

/* The next line, trimmed (tf_trim), or NULL after the last one. A NUL byte
 * ends the line's text. */
char *tf_line(tf_lines *it);

#endif
