"""Writes calls/*.json and labels.csv from the hand-written b*.py files and checks the format."""
import csv, glob, importlib, json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import CALLS
for f in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "b[0-9]*.py"))):
    importlib.import_module(os.path.basename(f)[:-3])

errs = []
ids = set()
os.makedirs("calls", exist_ok=True)
for old in glob.glob("calls/*.json"):
    os.remove(old)
rows = []
for c in sorted(CALLS, key=lambda c: c["n"]):
    cid = "FR3_%03d" % c["n"]
    if cid in ids: errs.append(cid + " duplicate id")
    ids.add(cid)
    lines = [l.strip() for l in c["text"].strip().split("\n") if l.strip()]
    out = []
    for l in lines:
        m = re.match(r"^(A|C): (.+)$", l)
        if not m: errs.append(cid + " bad line: " + l); continue
        who, body = m.groups()
        if c["style"] == "a":
            if not re.fullmatch(r"[a-z ]+", body): errs.append(cid + " ASR has non-letters: " + body)
            out.append(("agent: " if who == "A" else "customer: ") + body)
        elif c["style"] == "c":
            if body == body.lower() and not re.search(r"[.,?!]", body): errs.append(cid + " clean line looks ASR: " + body)
            out.append(("Agent: " if who == "A" else "Customer: ") + body)
        else: errs.append(cid + " bad style")
    if not 6 <= len(out) <= 18: errs.append("%s has %d turns" % (cid, len(out)))
    if not any(o.lower().startswith("customer:") for o in out): errs.append(cid + " no customer turn")
    if c["sent"] not in ("positive", "neutral", "negative"): errs.append(cid + " bad sentiment")
    if not isinstance(c["conv"], bool): errs.append(cid + " bad conv")
    if c["upsell"] < 0 or round(c["upsell"], 2) != c["upsell"]: errs.append(cid + " bad upsell")
    if c["upsell"] > 0 and not c["conv"]: errs.append(cid + " upsell without conversion")
    day, hm = c["when"].split()
    if not 20 <= int(day) <= 30: errs.append(cid + " date out of range")
    ts = "2026-11-%02dT%s:00" % (int(day), hm)
    if not re.fullmatch(r"2026-11-\d\dT\d\d:\d\d:00", ts): errs.append(cid + " bad ts")
    if len(c["agent"].split()) != 2: errs.append(cid + " agent name")
    with open("calls/%s.json" % cid, "w") as fh:
        json.dump({"call_id": cid, "agent_name": c["agent"], "timestamp": ts,
                   "transcript_text": "\n".join(out)}, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    rows.append([cid, "true" if c["conv"] else "false", "%.2f" % c["upsell"], c["sent"], c["note"]])

with open("labels.csv", "w", newline="") as fh:
    w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    w.writerow(["call_id", "is_conversion", "upsell_amount", "sentiment_label", "note"])
    w.writerows(rows)

n = len(CALLS)
conv = sum(c["conv"] for c in CALLS)
ups = [c for c in CALLS if c["upsell"] > 0]
print("calls", n, "conversions", conv, "(%.1f%%)" % (100 * conv / max(n, 1)),
      "upsell calls", len(ups), "upsell total %.2f" % sum(c["upsell"] for c in ups))
print("sentiment", dict(collections.Counter(c["sent"] for c in CALLS)))
print("style", dict(collections.Counter(c["style"] for c in CALLS)))
print("agents", len(set(c["agent"] for c in CALLS)), "days", sorted(collections.Counter(c["when"][:2] for c in CALLS).items()))
missing = sorted(set(range(1, max([c["n"] for c in CALLS] + [0]) + 1)) - {c["n"] for c in CALLS})
if missing: print("missing numbers", missing)
if errs:
    print("ERRORS:"); print("\n".join(errs)); sys.exit(1)
print("OK")
