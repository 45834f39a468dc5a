#!/bin/sh
# eval.sh - scores `converza-etl analyze` (the worker's own preparation path)
# against every labelled call set in one table (converza-kpi(7)): conversion
# precision/recall/F1, exact upsell amounts over all calls and over the calls
# with an upsell on either side, upsell revenue found against labelled,
# sentiment macro-F1 where the set has sentiment labels, and for the Harper
# Valley Bank sample the "schedule appointment" calls found as conversions
# and the false conversions among its other task types.
#
#   scripts/eval.sh            every set below; a set that is absent is named
#                              as such and the others are scored
#   scripts/eval.sh DIR...     only these sets (a seed set: calls/ + labels.csv;
#                              a JSON Lines set: calls.jsonl + labels.csv;
#                              a Harper Valley set: transcript/ + metadata/)
#
# The sets, read where they are (never copied into the project):
#   dev, dev2          $CONVERZA_SHARED/eval/{dev,dev2}
#   sgd-dev            $CONVERZA_SHARED/data/sgd-dev  (no sentiment labels)
#   tm4-coffee-dev     $CONVERZA_SHARED/data/taskmaster4-coffee-dev  (no sentiment)
#   harper-valley      $CONVERZA_SHARED/data/harper-valley  (task type in metadata)
#   kpi-holdout        tests/data/kpi-holdout
#   kpi-fresh          tests/data/kpi-fresh  (when present)
#   kpi-fresh2         tests/data/kpi-fresh2  (when present)
#   kpi-fresh3         tests/data/kpi-fresh3  (when present)
#   kpi-fresh4         tests/data/kpi-fresh4  (when present)
#   kpi-fresh5         tests/data/kpi-fresh5  (when present)
#   kpi-fresh6         tests/data/kpi-fresh6  (when present)
#   kpi-fresh7         tests/data/kpi-fresh7  (when present)
#   kpi-fresh8         tests/data/kpi-fresh8  (when present)
#   kpi-fresh9         tests/data/kpi-fresh9  (when present)
#   kpi-fresh10        tests/data/kpi-fresh10  (when present)
#   kpi-fresh11        tests/data/kpi-fresh11  (when present)
#   kpi-fresh12        tests/data/kpi-fresh12  (when present)
#   kpi-fresh13        tests/data/kpi-fresh13  (when present)
#   kpi-fresh14        tests/data/kpi-fresh14  (when present)
#   kpi-fresh15        tests/data/kpi-fresh15  (when present)
#   kpi-fresh16        tests/data/kpi-fresh16  (when present)
#   kpi-fresh17        tests/data/kpi-fresh17  (when present)
#   kpi-fresh18        tests/data/kpi-fresh18  (when present)
#   kpi-fresh19        tests/data/kpi-fresh19  (when present)
#   kpi-fresh20        tests/data/kpi-fresh20  (when present)
#   kpi-fresh21        tests/data/kpi-fresh21  (when present)
#   kpi-fresh22        tests/data/kpi-fresh22  (when present)
#   kpi-fresh23        tests/data/kpi-fresh23  (when present)
#   kpi-fresh24        tests/data/kpi-fresh24  (when present)
#   kpi-fresh25        tests/data/kpi-fresh25  (when present)
#   kpi-fresh26        tests/data/kpi-fresh26  (when present)
#   kpi-fresh27        tests/data/kpi-fresh27  (when present)
#   kpi-fresh28        tests/data/kpi-fresh28  (when present)
#   kpi-fresh29        tests/data/kpi-fresh29  (when present)
#   kpi-fresh30        tests/data/kpi-fresh30  (when present)
#   kpi-fresh31        tests/data/kpi-fresh31  (when present)
#   kpi-fresh32        tests/data/kpi-fresh32  (when present)
#   kpi-fresh33        tests/data/kpi-fresh33  (when present)
#   kpi-fresh34        tests/data/kpi-fresh34  (when present)
#   kpi-fresh35        tests/data/kpi-fresh35  (when present)
#   kpi-fresh36        tests/data/kpi-fresh36  (when present)
#   kpi-fresh37        tests/data/kpi-fresh37  (when present)
#   kpi-fresh38        tests/data/kpi-fresh38  (when present)
#   kpi-fresh39        tests/data/kpi-fresh39  (when present)
#   kpi-fresh40        tests/data/kpi-fresh40  (when present)
#   kpi-fresh41        tests/data/kpi-fresh41  (when present)
#   kpi-fresh42        tests/data/kpi-fresh42  (when present)
#   kpi-fresh43        tests/data/kpi-fresh43  (when present)
#   kpi-fresh44        tests/data/kpi-fresh44  (when present)
#   kpi-fresh45        tests/data/kpi-fresh45  (when present)
#   kpi-fresh46        tests/data/kpi-fresh46  (when present)
#   kpi-fresh47        tests/data/kpi-fresh47  (when present)
#   kpi-fresh48        tests/data/kpi-fresh48  (when present)
#   kpi-fresh49        tests/data/kpi-fresh49  (when present)
#   kpi-fresh50        tests/data/kpi-fresh50  (when present)
#   kpi-fresh51        tests/data/kpi-fresh51  (when present)
#   kpi-fresh52        tests/data/kpi-fresh52  (when present)
#   kpi-fresh53        tests/data/kpi-fresh53  (when present)
#   kpi-fresh54        tests/data/kpi-fresh54  (when present)
#   kpi-fresh55        tests/data/kpi-fresh55  (when present)
#   kpi-fresh56        tests/data/kpi-fresh56  (when present)
#   kpi-fresh57        tests/data/kpi-fresh57  (when present)
#   kpi-fresh58        tests/data/kpi-fresh58  (when present)
#   kpi-fresh59        tests/data/kpi-fresh59  (when present)
#   kpi-fresh60        tests/data/kpi-fresh60  (when present)
#   kpi-fresh61        tests/data/kpi-fresh61  (when present)
#   kpi-fresh62        tests/data/kpi-fresh62  (when present)
#   kpi-fresh63        tests/data/kpi-fresh63  (when present)
#   kpi-fresh64        tests/data/kpi-fresh64  (when present)
#   kpi-fresh65        tests/data/kpi-fresh65  (when present)
#   kpi-fresh66        tests/data/kpi-fresh66  (when present)
#   kpi-fresh67        tests/data/kpi-fresh67  (when present)
#   kpi-fresh68        tests/data/kpi-fresh68  (when present)
#   kpi-fresh69        tests/data/kpi-fresh69  (when present)
#   kpi-fresh70        tests/data/kpi-fresh70  (when present)
#   kpi-fresh71        tests/data/kpi-fresh71  (when present)
#   kpi-fresh72        tests/data/kpi-fresh72  (when present)
#   kpi-fresh73        tests/data/kpi-fresh73  (when present)
#   kpi-fresh74        tests/data/kpi-fresh74  (when present)
#   kpi-fresh75        tests/data/kpi-fresh75  (when present)
#   kpi-fresh76        tests/data/kpi-fresh76  (when present)
#   kpi-fresh77        tests/data/kpi-fresh77  (when present)
#   kpi-fresh78        tests/data/kpi-fresh78  (when present)
#   kpi-fresh79        tests/data/kpi-fresh79  (when present)
#   kpi-fresh80        tests/data/kpi-fresh80  (when present)
#   kpi-fresh81        tests/data/kpi-fresh81  (when present)
#   kpi-fresh82        tests/data/kpi-fresh82  (when present)
#   kpi-fresh83        tests/data/kpi-fresh83  (when present)
# Environment: CONVERZA_SHARED (default ../shared), CONVERZA_ETL (default
# build/converza-etl), CONVERZA_RULES_FILE (default rules/converza.rules),
# EVAL_VERBOSE=1 lists each set's wrong calls after the table.
# Run from the repository root (make eval). Exit status: 0 when every present
# set was scored, 1 when analyze failed on one, 66 when no set was found.
set -eu

shared=${CONVERZA_SHARED:-../shared}
etl=${CONVERZA_ETL:-build/converza-etl}
rules=${CONVERZA_RULES_FILE:-rules/converza.rules}

if [ ! -x "$etl" ]; then
    echo "eval.sh: $etl not built (run make)" >&2
    exit 69
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/converza-eval.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

# name<TAB>dir, one set per line
if [ $# -eq 0 ]; then
    printf '%s\t%s\n' dev "$shared/eval/dev" dev2 "$shared/eval/dev2" \
        sgd-dev "$shared/data/sgd-dev" tm4-coffee-dev "$shared/data/taskmaster4-coffee-dev" \
        harper-valley "$shared/data/harper-valley" kpi-holdout tests/data/kpi-holdout \
        kpi-fresh tests/data/kpi-fresh kpi-fresh2 tests/data/kpi-fresh2 \
        kpi-fresh3 tests/data/kpi-fresh3 \
        kpi-fresh4 tests/data/kpi-fresh4 kpi-fresh5 tests/data/kpi-fresh5 \
        kpi-fresh6 tests/data/kpi-fresh6 kpi-fresh7 tests/data/kpi-fresh7 \
        kpi-fresh8 tests/data/kpi-fresh8 kpi-fresh9 tests/data/kpi-fresh9 \
        kpi-fresh10 tests/data/kpi-fresh10 kpi-fresh11 tests/data/kpi-fresh11 \
        kpi-fresh12 tests/data/kpi-fresh12 kpi-fresh13 tests/data/kpi-fresh13 \
        kpi-fresh14 tests/data/kpi-fresh14 kpi-fresh15 tests/data/kpi-fresh15 \
        kpi-fresh16 tests/data/kpi-fresh16 kpi-fresh17 tests/data/kpi-fresh17 \
        kpi-fresh18 tests/data/kpi-fresh18 kpi-fresh19 tests/data/kpi-fresh19 \
        kpi-fresh20 tests/data/kpi-fresh20 kpi-fresh21 tests/data/kpi-fresh21 \
        kpi-fresh22 tests/data/kpi-fresh22 kpi-fresh23 tests/data/kpi-fresh23 \
        kpi-fresh24 tests/data/kpi-fresh24 kpi-fresh25 tests/data/kpi-fresh25 \
        kpi-fresh26 tests/data/kpi-fresh26 kpi-fresh27 tests/data/kpi-fresh27 \
        kpi-fresh28 tests/data/kpi-fresh28 kpi-fresh29 tests/data/kpi-fresh29 \
        kpi-fresh30 tests/data/kpi-fresh30 kpi-fresh31 tests/data/kpi-fresh31 \
        kpi-fresh32 tests/data/kpi-fresh32 kpi-fresh33 tests/data/kpi-fresh33 \
        kpi-fresh34 tests/data/kpi-fresh34 kpi-fresh35 tests/data/kpi-fresh35 \
        kpi-fresh36 tests/data/kpi-fresh36 kpi-fresh37 tests/data/kpi-fresh37 \
        kpi-fresh38 tests/data/kpi-fresh38 kpi-fresh39 tests/data/kpi-fresh39 \
        kpi-fresh40 tests/data/kpi-fresh40 kpi-fresh41 tests/data/kpi-fresh41 \
        kpi-fresh42 tests/data/kpi-fresh42 kpi-fresh43 tests/data/kpi-fresh43 \
        kpi-fresh44 tests/data/kpi-fresh44 kpi-fresh45 tests/data/kpi-fresh45 \
        kpi-fresh46 tests/data/kpi-fresh46 kpi-fresh47 tests/data/kpi-fresh47 \
        kpi-fresh48 tests/data/kpi-fresh48 kpi-fresh49 tests/data/kpi-fresh49 \
        kpi-fresh50 tests/data/kpi-fresh50 kpi-fresh51 tests/data/kpi-fresh51 \
        kpi-fresh52 tests/data/kpi-fresh52 kpi-fresh53 tests/data/kpi-fresh53 \
        kpi-fresh54 tests/data/kpi-fresh54 kpi-fresh55 tests/data/kpi-fresh55 \
        kpi-fresh56 tests/data/kpi-fresh56 kpi-fresh57 tests/data/kpi-fresh57 \
        kpi-fresh58 tests/data/kpi-fresh58 kpi-fresh59 tests/data/kpi-fresh59 \
        kpi-fresh60 tests/data/kpi-fresh60 kpi-fresh61 tests/data/kpi-fresh61 \
        kpi-fresh62 tests/data/kpi-fresh62 kpi-fresh63 tests/data/kpi-fresh63 \
        kpi-fresh64 tests/data/kpi-fresh64 kpi-fresh65 tests/data/kpi-fresh65 \
        kpi-fresh66 tests/data/kpi-fresh66 kpi-fresh67 tests/data/kpi-fresh67 \
        kpi-fresh68 tests/data/kpi-fresh68 kpi-fresh69 tests/data/kpi-fresh69 \
        kpi-fresh70 tests/data/kpi-fresh70 kpi-fresh71 tests/data/kpi-fresh71 \
        kpi-fresh72 tests/data/kpi-fresh72 kpi-fresh73 tests/data/kpi-fresh73 \
        kpi-fresh74 tests/data/kpi-fresh74 kpi-fresh75 tests/data/kpi-fresh75 \
        kpi-fresh76 tests/data/kpi-fresh76 kpi-fresh77 tests/data/kpi-fresh77 \
        kpi-fresh78 tests/data/kpi-fresh78 kpi-fresh79 tests/data/kpi-fresh79 \
        kpi-fresh80 tests/data/kpi-fresh80 kpi-fresh81 tests/data/kpi-fresh81 \
        kpi-fresh82 tests/data/kpi-fresh82 kpi-fresh83 tests/data/kpi-fresh83 >"$work/sets"
else
    for d in "$@"; do
        printf '%s\t%s\n' "$(basename "$d")" "$d"
    done >"$work/sets"
fi

status=0
found=0
: >"$work/index"
i=0
while IFS='	' read -r name dir; do
    i=$((i + 1))
    out="$work/$i.jsonl"
    if [ -d "$dir/calls" ] && [ -f "$dir/labels.csv" ]; then
        kind=seed
        set -- "$dir/calls"
    elif [ -f "$dir/calls.jsonl" ] && [ -f "$dir/labels.csv" ]; then
        kind=jsonl
        set -- "$dir/calls.jsonl"
    elif [ -d "$dir/transcript" ] && [ -d "$dir/metadata" ]; then
        kind=hvb
        set -- --format hvb "$dir/transcript"
    else
        printf '%s\t%s\tabsent\t-\n' "$name" "$dir" >>"$work/index"
        continue
    fi
    found=$((found + 1))
    if ! "$etl" analyze --rules "$rules" "$@" >"$out" 2>"$work/$i.err"; then
        echo "eval.sh: converza-etl analyze failed on $dir:" >&2
        sed 's/^/  /' "$work/$i.err" >&2
        status=1
    fi
    printf '%s\t%s\t%s\t%s\n' "$name" "$dir" "$kind" "$out" >>"$work/index"
done <"$work/sets"

python3 - "$work/index" "${EVAL_VERBOSE:-0}" <<'PY'
import csv, json, os, sys

CLASSES = ["positive", "neutral", "negative"]
APPOINTMENT = "schedule appointment"  # the Harper Valley task that ends in a booking

def load_preds(path):
    preds = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                o = json.loads(line)
                preds[o["call_id"]] = o
    return preds

def cents(x):
    return int(round(float(x) * 100))

def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0

def score(kind, preds, labels):
    """labels: call_id -> {conv, upsell (cents or None), sentiment (or None)}"""
    s = {"n": len(labels), "analysed": len(preds), "wrong": []}
    tp = fp = fn = 0
    up_ok = up_n = any_ok = any_n = got_rev = want_rev = 0
    conf = {(a, b): 0 for a in CLASSES for b in CLASSES}
    has_sent = False
    for cid in sorted(labels):
        lab, p = labels[cid], preds.get(cid)
        if p is None:
            s["wrong"].append((cid, "missing", "-", "-"))
            fn += lab["conv"]
            continue
        gc = bool(p["is_conversion"])
        tp += gc and lab["conv"]
        fp += gc and not lab["conv"]
        fn += lab["conv"] and not gc
        if gc != lab["conv"]:
            s["wrong"].append((cid, "is_conversion", str(gc).lower(), str(lab["conv"]).lower()))
        if lab["upsell"] is not None:
            w, g = lab["upsell"], cents(p["upsell_amount"])
            up_n += 1
            up_ok += w == g
            want_rev += w
            got_rev += g
            if w or g:
                any_n += 1
                any_ok += w == g
            if w != g:
                s["wrong"].append((cid, "upsell_amount", "%.2f" % (g / 100), "%.2f" % (w / 100)))
        if lab["sentiment"] in CLASSES:
            has_sent = True
            gs = p["sentiment_label"]
            conf[(gs, lab["sentiment"])] += 1
            if gs != lab["sentiment"]:
                s["wrong"].append((cid, "sentiment_label",
                                   "%s (%.2f)" % (gs, p["sentiment_score"]), lab["sentiment"]))
    prec = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    rec = tp / (tp + fn) if tp + fn else 1.0
    s.update(prec=prec, rec=rec, f1=f1(prec, rec), tp=tp, fp=fp, fn=fn)
    if up_n:
        s.update(up_all=(up_ok, up_n), up_any=(any_ok, any_n), rev=(got_rev, want_rev))
    if has_sent:
        f1s = []
        for c in CLASSES:
            ctp = conf[(c, c)]
            cfp = sum(conf[(c, o)] for o in CLASSES if o != c)
            cfn = sum(conf[(o, c)] for o in CLASSES if o != c)
            f1s.append(f1(ctp / (ctp + cfp) if ctp + cfp else 0.0,
                          ctp / (ctp + cfn) if ctp + cfn else 0.0))
        s["sent"] = (sum(f1s) / 3, f1s)
    return s

def labels_csv(path):
    out = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            sent = (row.get("sentiment_label") or "").strip() or None
            up = (row.get("upsell_amount") or "").strip()
            out[row["call_id"]] = {
                "conv": row["is_conversion"].strip().lower() == "true",
                "upsell": cents(up) if up else None,
                "sentiment": sent,
            }
    return out

def labels_hvb(preds):
    # The labels come from the source: a "schedule appointment" call ends with
    # an appointment booked (a conversion); no other task is a purchase.
    return {cid: {"conv": (p.get("task") or "").strip().lower() == APPOINTMENT,
                  "upsell": None, "sentiment": None} for cid, p in preds.items()}

rows, details = [], []
for line in open(sys.argv[1], encoding="utf-8"):
    name, d, kind, out = line.rstrip("\n").split("\t")
    if kind == "absent":
        rows.append((name, None, d))
        continue
    preds = load_preds(out)
    labels = labels_hvb(preds) if kind == "hvb" else labels_csv(os.path.join(d, "labels.csv"))
    s = score(kind, preds, labels)
    s["kind"] = kind
    rows.append((name, s, d))

def pct(t):
    ok, n = t
    return "%.1f %% (%d/%d)" % (100.0 * ok / n, ok, n) if n else "-"

hdr = ["set", "calls", "conv P", "conv R", "conv F1", "upsell exact", "on upsell calls",
       "revenue found / labelled", "sent. F1", "appts", "false conv."]
table = []
for name, s, d in rows:
    if s is None:
        table.append([name, "absent: " + d] + [""] * (len(hdr) - 2))
        continue
    hv = s["kind"] == "hvb"
    table.append([
        name, "%d" % s["n"],
        "%.3f" % s["prec"], "%.3f" % s["rec"], "%.3f" % s["f1"],
        pct(s["up_all"]) if "up_all" in s else "-",
        pct(s["up_any"]) if "up_any" in s else "-",
        "%.2f / %.2f" % (s["rev"][0] / 100, s["rev"][1] / 100) if "rev" in s else "-",
        "%.3f" % s["sent"][0] if "sent" in s else "-",
        "%d/%d" % (s["tp"], s["tp"] + s["fn"]) if hv else "-",
        "%d/%d" % (s["fp"], s["n"] - s["tp"] - s["fn"]) if hv else "-",
    ])
w = [max(len(r[i]) for r in table + [hdr]) for i in range(len(hdr))]
def show(r):
    print("  ".join(c.ljust(w[i]) if i == 0 else c.rjust(w[i]) for i, c in enumerate(r)).rstrip())
show(hdr)
for r in table:
    if r[1].startswith("absent"):
        print(r[0].ljust(w[0]) + "  " + r[1])
    else:
        show(r)
print("upsell exact: all calls, and calls with an upsell labelled or found; sent. F1: sentiment\n"
      "macro-F1 where the set has sentiment labels; appts: Harper Valley 'schedule appointment'\n"
      "calls found as conversions; false conv.: conversions among its other calls.\n"
      "targets: conversion F1 >= 0.95, upsell exact >= 95 % of all calls and >= 90 % of "
      "upsell calls, sentiment macro-F1 >= 0.85")
if sys.argv[2] not in ("", "0"):
    for name, s, d in rows:
        if s is None:
            continue
        print()
        print("%s (%s): %d wrong" % (name, d, len(s["wrong"])))
        if "sent" in s:
            print("  sentiment F1 pos %.2f neu %.2f neg %.2f" % tuple(s["sent"][1]))
        for cid, field, got, want in s["wrong"]:
            print("  %-40s %-16s got %-22s want %s" % (cid, field, got, want))
PY
if [ "$found" -eq 0 ]; then
    echo "eval.sh: no labelled set found (CONVERZA_SHARED=$shared)" >&2
    exit 66
fi
exit "$status"
