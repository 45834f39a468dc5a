#!/bin/sh
# generate.sh - writes the hostile inputs too large to keep in git into DIR:
#   deep-nesting.json    a valid call with an extra field nested 10000 arrays deep
#   huge-transcript.json a valid call whose transcript is about 50 MB
# Their expected outcomes are in EXPECTED.tsv beside this script.
# Usage: sh tests/data/hostile/generate.sh DIR
set -eu
dir=${1:?usage: generate.sh DIR}
mkdir -p "$dir"
awk 'BEGIN {
    printf "{\"call_id\": \"H-900\", \"agent_name\": \"Maria Lopez\", \"timestamp\": \"2025-10-09T16:19:15\", \"transcript_text\": \"Agent: hi. Customer: hello.\", \"deep\": "
    for (i = 0; i < 10000; i++) printf "["
    for (i = 0; i < 10000; i++) printf "]"
    printf "}\n"
}' >"$dir/deep-nesting.json"
awk 'BEGIN {
    printf "{\"call_id\": \"H-901\", \"agent_name\": \"Maria Lopez\", \"timestamp\": \"2025-10-09T16:19:15\", \"transcript_text\": \""
    line = "Agent: Thanks for calling, how can I help you today? Customer: I would like to upgrade my plan please. "
    n = int(50 * 1000 * 1000 / length(line)) + 1
    for (i = 0; i < n; i++) printf "%s", line
    printf "\"}\n"
}' >"$dir/huge-transcript.json"
