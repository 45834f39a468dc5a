/* gen_write.h - output: the call JSON documents in the seed format, one file
 * per call written with a single open/write/close, and the labels CSV rows. */
#ifndef CZ_GEN_WRITE_H
#define CZ_GEN_WRITE_H

#include <stddef.h>

#include "gen_call.h"
#include "util.h"

/* Creates directory path (and missing parents) and opens it. Returns the
 * directory fd, or -1 with e set ("cannot create /x/y: Permission denied"). */
int gw_open_dir(const char *path, cz_err *e);

/* Appends a call document to out:
 * {"call_id", "agent_name", "timestamp", "team" (when team is not NULL),
 * "transcript_text"}, pretty-printed
 * like the seed files, strings JSON-escaped. */
void gw_call_json(strbuf *out, const char *call_id, const char *agent, const char *team,
                  const char *timestamp,
                  const char *transcript, size_t transcript_len);

/* Writes data to dirfd/name (created or truncated, mode 0644). dir is only
 * used in error messages. Returns 0, or -1 with e set. */
int gw_write_file(int dirfd, const char *dir, const char *name, const char *data, size_t len, cz_err *e);

/* The labels CSV header line, with its newline. */
const char *gw_labels_header(void);

/* Appends c's labels row for call_id to out:
 * call_id,is_conversion,upsell_amount,sentiment_label,note */
void gw_label_row(strbuf *out, const char *call_id, const gc_call *c);

#endif
