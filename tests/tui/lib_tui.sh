# tests/tui/lib_tui.sh - helpers for the terminal tests: converza-tui sessions
# in a private tmux server, screen captures, waiting for text, and the fixture
# payloads. Source after tests/lib.sh; needs T (a temp dir) and MQTT_PORT,
# which tui_setup makes and starts.

TMUX_SOCK="cz-tui-$$"
export TERM="${TERM:-xterm-256color}"
[ "$TERM" = dumb ] && export TERM=xterm-256color

tm() { tmux -L "$TMUX_SOCK" -f /dev/null "$@"; }

# tui_start NAME COLS ROWS [ENV=VALUE...] -- [converza-tui options...]
# Starts converza-tui in its own tmux session. When it exits, its status is
# written to $T/NAME.exit and the terminal modes to $T/NAME.stty.
tui_start() {
    name=$1 cols=$2 rows=$3
    shift 3
    envs=""
    while [ $# -gt 0 ] && [ "$1" != -- ]; do envs="$envs $1"; shift; done
    [ "${1:-}" = -- ] && shift
    rm -f "$T/$name.exit" "$T/$name.stty"
    cmd="env LANG=C.UTF-8 $envs $BIN/converza-tui --mqtt-host 127.0.0.1 --mqtt-port $MQTT_PORT $*"
    cmd="$cmd 2>>$T/$name.err; echo \$? >$T/$name.exit; stty -a >$T/$name.stty 2>&1"
    tm new-session -d -s "$name" -x "$cols" -y "$rows" "$cmd"
}

# tui_setup NAME [pg]: the set-up the terminal tests share. Makes T (a
# temporary directory /tmp/cz-NAME.XXXXXX), removes it, the tmux server and
# every server the test started on exit, sends the sanitizers' reports to
# T/asan.* and T/ubsan.*, starts a private PostgreSQL (with pg) and Mosquitto
# (a FAIL line and the end of the test when one does not start), and opens a
# session that lives through the test, so the tmux server stays up between
# dashboards (a server whose last session ends goes away).
tui_setup() {
    T=$(mktemp -d "/tmp/cz-$1.XXXXXX")
    trap tui_cleanup EXIT
    trap 'exit 130' INT TERM HUP
    export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}:log_path=$T/asan"
    export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}:log_path=$T/ubsan"
    if [ "${2:-}" = pg ]; then
        start_pg || { fail "start postgres"; t_end; }
    fi
    start_mqtt || { fail "mosquitto starts" "$(cat "$MQTT_DIR/log" 2>/dev/null)"; t_end; }
    tm new-session -d -s keep "sleep 3600"
}

tui_cleanup() {
    tm kill-server 2>/dev/null
    stop_all
    rm -rf "$T"
}

# tui_finish: the end the terminal tests share. Quits every dashboard still
# open with q (its leak checker runs at exit; the "keep" session is left to
# tui_cleanup), then fails on any sanitizer report (T/asan.*, T/ubsan.*, or
# one a dashboard wrote to its stderr, T/NAME.err) and on any dashboard whose
# exit status is not 0 (a test that expects another status checks it and
# removes T/NAME.exit), and ends the test.
tui_finish() {
    for s in $(tm list-sessions -F '#{session_name}' 2>/dev/null); do
        [ "$s" = keep ] && continue
        keys "$s" q
        wait_gone "$s" 5 || fail "session $s quits"
    done
    sleep 0.5
    reports=$(cat "$T"/asan.* "$T"/ubsan.* 2>/dev/null)
    if [ -z "$reports" ] && ! grep -l -E 'runtime error|Sanitizer' "$T"/*.err >/dev/null 2>&1; then
        pass "no sanitizer reports"
    else
        fail "no sanitizer reports" "$(printf '%s\n' "$reports" | head -n 40; cat "$T"/*.err 2>/dev/null | head -n 20)"
    fi
    for f in "$T"/*.exit; do
        [ -e "$f" ] || continue
        [ "$(cat "$f")" = 0 ] || fail "exit status of $(basename "$f" .exit)" "$(cat "$f")"
    done
    t_end
}

screen() { tm capture-pane -p -t "$1" 2>/dev/null; }

alive() { tm has-session -t "$1" 2>/dev/null && [ ! -e "$T/$1.exit" ]; }

keys() {
    name=$1
    shift
    tm send-keys -t "$name" "$@"
}

# wait_for NAME TEXT [SECONDS]: true once TEXT (fixed string) is on screen.
wait_for() {
    i=0 limit=$((${3:-10} * 10))
    while [ $i -lt $limit ]; do
        screen "$1" | grep -qF -- "$2" && return 0
        i=$((i + 1))
        sleep 0.1
    done
    return 1
}

# wait_without NAME TEXT [SECONDS]: true once TEXT is gone from the screen.
wait_without() {
    i=0 limit=$((${3:-10} * 10))
    while [ $i -lt $limit ]; do
        screen "$1" | grep -qF -- "$2" || return 0
        i=$((i + 1))
        sleep 0.1
    done
    return 1
}

# wait_gone NAME [SECONDS]: true once the session has ended.
wait_gone() {
    i=0 limit=$((${2:-10} * 10))
    while [ $i -lt $limit ]; do
        tm has-session -t "$1" 2>/dev/null || return 0
        i=$((i + 1))
        sleep 0.1
    done
    return 1
}

# expect_screen TESTNAME NAME TEXT [SECONDS]
expect_screen() {
    if wait_for "$2" "$3" "${4:-10}"; then
        pass "$1"
    else
        fail "$1" "\"$3\" not on screen; screen was:
$(screen "$2")"
    fi
}

# The display width of the widest screen line (wide characters count two).
width_of() { screen "$1" | LC_ALL=C.UTF-8 wc -L | tr -d ' '; }

# The agent names from the fixture in the order the screen shows them.
names_order() {
    screen "$1" | grep -oE 'Alice Smith|Bob Jones|Carol Diaz' | tr '\n' ' ' | sed 's/ $//'
}

# wait_order NAME "ORDER": the table shows the agents in this order.
wait_order() {
    i=0
    while [ $i -lt 50 ]; do
        [ "$(names_order "$1")" = "$2" ] && return 0
        i=$((i + 1))
        sleep 0.1
    done
    return 1
}

# wait_sorted_by NAME TITLE: the footer says the table is sorted by TITLE.
wait_sorted_by() {
    i=0
    while [ $i -lt 50 ]; do
        screen "$1" | tail -n 1 | grep -qE " $2[^ ]* [0-9]+/[0-9]+ agents" && return 0
        i=$((i + 1))
        sleep 0.1
    done
    return 1
}

# The table row of an agent, squeezed to single spaces.
row_of() { screen "$1" | grep -F "$2" | head -n 1 | tr -s ' '; }

# pub TOPIC FILE: publish a retained QoS 1 payload from a file.
pub() { mosquitto_pub -h 127.0.0.1 -p "$MQTT_PORT" -r -q 1 -t "converza/v1/$1" -f "$2"; }

# ---- fixtures ------------------------------------------------------------

# win CALLS CONV DOLLARS POS NEU NEG AVG: one window object.
win() {
    printf '{"calls":%s,"conversions":%s,"upsell_revenue":%s,"sentiment":{"positive":%s,"neutral":%s,"negative":%s},"avg_sentiment":%s}' \
        "$@"
}

# talk TIMED DUR_MS AGENT_BP CUST_BP SIL_BP MONO_MS INTR QUESTIONS RATED CSAT_SUM:
# the conversation metric fields of a window (counters only; readers derive
# the averages).
talk() {
    printf '"talk":{"timed_calls":%s,"duration_ms_sum":%s,"agent_talk_bp_sum":%s,"customer_talk_bp_sum":%s,"silence_bp_sum":%s,"monologue_ms_sum":%s,"interruptions_sum":%s},"questions_sum":%s,"csat":{"rated":%s,"sum":%s}' \
        "$@"
}

# add_fields WINDOW FIELDS: the window object with more fields at its end.
add_fields() { printf '%s' "$1" | sed "s|}\$|,$2}|"; }

# day DAY CALLS CONV DOLLARS POS NEU NEG AVG: one trend day.
day() {
    d=$1
    shift
    win "$@" | sed "s/^{/{\"day\":\"$d\",/"
}

# agent NAME (JSON-escaped) TODAY WEEK ALL
agent() { printf '{"agent_name":"%s","windows":{"today":%s,"week":%s,"all":%s}}' "$@"; }

# write_fixtures [GENERATED_AT]: the hand-written payloads into $T/*.json.
write_fixtures() {
    now=${1:-$(date +%s)}
    {
        printf '{"schema":1,"generated_at":%s,"generated_at_iso":"x","batch_id":"b-1","last_call_at":%s,"today":"2025-10-09","windows":{' "$now" "$now"
        printf '"today":%s,' "$(add_fields "$(win 1234 321 12345.67 600 400 234 0.2)" \
            "$(talk 1000 183400000 5520000 3510000 970000 41200000 1500 2000 400 3320)")"
        printf '"week":%s,' "$(win 5000 1000 50000.00 2500 1500 1000 0.1)"
        printf '"all":%s}}\n' "$(win 20000 5000 250000.50 10000 6000 4000 0.05)"
    } >"$T/summary.json"
    {
        printf '{"schema":1,"generated_at":%s,"agents":[' "$now"
        # Alice and Carol have conversation metrics today; Bob's payload is
        # an older worker's, without them.
        agent "Alice Smith" "$(add_fields "$(win 40 12 600.00 20 15 5 0.3)" \
            "$(talk 40 8000000 240000 120000 40000 1800000 60 80 20 170)")" \
            "$(win 200 50 3000.00 100 60 40 0.2)" "$(win 800 200 12000.00 400 240 160 0.2)"
        printf ','
        agent "Bob Jones" "$(win 25 3 45.50 5 10 10 -0.2)" "$(win 120 20 500.00 40 40 40 0)" "$(win 500 80 2000.00 200 150 150 0)"
        printf ','
        agent "Carol Diaz" "$(add_fields "$(win 33 20 1500.25 25 5 3 0.6)" \
            "$(talk 30 4500000 135000 142500 22500 600000 15 66 10 92)")" \
            "$(win 150 70 6000.00 100 30 20 0.5)" "$(win 600 300 24000.00 400 120 80 0.5)"
        printf ']}\n'
    } >"$T/agents.json"
    {
        printf '{"schema":1,"generated_at":%s,"days":[' "$now"
        day 2025-10-07 100 20 300.00 50 30 20 0.1
        printf ','
        day 2025-10-08 150 40 800.00 80 40 30 0.2
        printf ','
        day 2025-10-09 98 35 2145.75 50 30 18 0.25
        printf ']}\n'
    } >"$T/trend.json"
    printf '{"schema":1,"generated_at":%s,"state":"online","version":"0.1.0","last_batch":{"batch_id":"b-1","files_seen":1,"calls_loaded":1234,"duplicates":0,"replaced":0,"quarantined":0,"duration_s":0.5,"calls_per_s":2468.0}}\n' "$now" >"$T/status.json"
}

publish_fixtures() {
    pub summary "$T/summary.json" && pub agents "$T/agents.json" &&
        pub trend "$T/trend.json" && pub status "$T/status.json"
}

# many_agents N FILE: N valid agents named "Agent 0000" .. in one payload.
many_agents() {
    w=$(win 10 2 20.00 5 3 2 0.1)
    awk -v n="$1" -v w="$w" -v now="$(date +%s)" 'BEGIN {
        printf "{\"schema\":1,\"generated_at\":%s,\"agents\":[", now
        for (i = 0; i < n; i++)
            printf "%s{\"agent_name\":\"Agent %04d\",\"windows\":{\"today\":%s,\"week\":%s,\"all\":%s}}", (i ? "," : ""), i, w, w, w
        printf "]}\n"
    }' >"$2"
}

# big_text NAME: the text drawn in the wallboard's big font on the screen,
# read back from the blocks (█ ▀ ▄, or # when the screen has no █): one line
# per band of rows, "HY TEXT", where HY is the half-rows per row of the font
# (1 at half height, 2k for k x k blocks) and items far apart (other cards)
# are separated by " | ". The glyphs are written out here a second time on
# purpose, so a glyph drawn wrong or missing reads as "?".
big_text() {
    screen "$1" | python3 -c '
import sys
F = """
0 ###|#.#|#.#|#.#|###
1 .#.|##.|.#.|.#.|###
2 ###|..#|###|#..|###
3 ###|..#|.##|..#|###
4 #.#|#.#|###|..#|..#
5 ###|#..|###|..#|###
6 ###|#..|###|#.#|###
7 ###|..#|..#|.#.|.#.
8 ###|#.#|###|#.#|###
9 ###|#.#|###|..#|###
. .|.|.|.|#
, .|.|.|#|#
: .|#|.|#|.
- ...|...|###|...|...
% #.#|..#|.#.|#..|#.#
$ .####|#.#..|.###.|..#.#|####.
k #..|#.#|##.|#.#|#.#
A .#.|#.#|###|#.#|#.#
B ##.|#.#|##.|#.#|##.
C ###|#..|#..|#..|###
D ##.|#.#|#.#|#.#|##.
E ###|#..|##.|#..|###
F ###|#..|##.|#..|#..
G ###|#..|#..|#.#|###
H #.#|#.#|###|#.#|#.#
I ###|.#.|.#.|.#.|###
J ..#|..#|..#|#.#|###
K #.#|#.#|##.|#.#|#.#
L #..|#..|#..|#..|###
M #...#|##.##|#.#.#|#...#|#...#
N #..#|##.#|#.##|#..#|#..#
O ###|#.#|#.#|#.#|###
P ###|#.#|###|#..|#..
Q ###|#.#|#.#|###|..#
R ###|#.#|##.|#.#|#.#
S ###|#..|###|..#|###
T ###|.#.|.#.|.#.|.#.
U #.#|#.#|#.#|#.#|###
V #.#|#.#|#.#|#.#|.#.
W #...#|#...#|#.#.#|##.##|#...#
X #.#|#.#|.#.|#.#|#.#
Y #.#|#.#|.#.|.#.|.#.
Z ###|..#|.#.|#..|###
/ ..#|..#|.#.|#..|#..
+ ...|.#.|###|.#.|...
"""
glyphs = {}
for item in F.strip().split("\n"):
    c, rows = item[0], item[2:].replace(".", " ").split("|")
    glyphs.setdefault(tuple(rows), []).append(c)
lines = [l.rstrip("\n") for l in sys.stdin]
uni = any("\u2588" in l for l in lines)
W = max((len(l) for l in lines), default=0)
ink = []
for l in lines:
    top, bot = [], []
    for x in range(W):
        ch = l[x] if x < len(l) else " "
        full = ch == ("\u2588" if uni else "#")
        top.append(full or (uni and ch == "\u2580"))
        bot.append(full or (uni and ch == "\u2584"))
    ink += [top, bot]
h = 0
while h < len(ink):
    if not any(ink[h]):
        h += 1
        continue
    b = h
    while h < len(ink) and any(ink[h]):
        h += 1
    hb = h - b
    if hb % 5:
        print("? band of %d half-rows" % hb)
        continue
    hy = hb // 5
    kx = max(1, hy // 2)
    cols = [any(ink[r][x] for r in range(b, h)) for x in range(W)]
    segs, x = [], 0
    while x < W:
        if cols[x]:
            s = x
            while x < W and cols[x]:
                x += 1
            segs.append((s, x))
        else:
            x += 1
    out, words, prev = [], [], None
    for s, e in segs:
        w = (e - s) // kx
        pat = tuple("".join("#" if ink[b + r * hy][s + c * kx] else " " for c in range(w)) for r in range(5))
        cands = glyphs.get(pat, ["?"])
        if prev is not None:
            gap = (s - prev) // kx
            out.append("" if gap <= 1 else " " if gap <= 6 else " | ")
        out.append(cands)
        prev = e
    # O and 0, S and 5: a letter beside letters, else a digit.
    text = ""
    for i, c in enumerate(out):
        if isinstance(c, str):
            text += c
            continue
        if len(c) > 1:
            near = [out[j] for j in (i - 2, i + 2) if 0 <= j < len(out) and out[j - (1 if j > i else -1)] == ""]
            letter = any(len(n) == 1 and n[0].isalpha() for n in near if isinstance(n, list))
            c = [d for d in c if d.isalpha() == letter] or c
        text += c[0]
    print(hy, text)
'
}

# wait_big NAME TEXT [SECONDS]: true once TEXT (fixed string) is on screen in
# the big font (big_text).
# SECONDS are counted on the clock: reading the screen back starts python.
wait_big() {
    end=$(($(date +%s) + ${3:-10}))
    while :; do
        big_text "$1" | grep -F -- "$2" >/dev/null && return 0
        [ "$(date +%s)" -lt "$end" ] || return 1
        sleep 0.2
    done
}
