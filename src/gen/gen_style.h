/* gen_style.h - turns a built call into transcript text the way real sources
 * look: speaker labels (Agent/Customer, Rep/Caller, ...), one turn per line or
 * all inline, and the speech-recognition look for ASR calls. */
#ifndef CZ_GEN_STYLE_H
#define CZ_GEN_STYLE_H

#include "gen_call.h"
#include "gen_rng.h"
#include "util.h"

/* Number of label styles gc_call.labels may take. */
#define GST_LABEL_STYLES 7

/* Appends c's transcript to out (no JSON escaping). r supplies the fillers
 * ("um", "uh") of ASR calls. */
void gst_transcript(strbuf *out, const gc_call *c, grng *r);

#endif
