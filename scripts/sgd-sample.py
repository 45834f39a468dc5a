#!/usr/bin/env python3
# sgd-sample.py - draws a fresh labelled sample of Schema-Guided Dialogue
# (SGD) booking dialogues from the upstream train and dev splits (never the
# test split, which is held out), with the labelling recipe of
# ../shared/data/sgd-dev/NOTICE.md, leaving out the dialogues of sgd-dev and
# of any sample named in EXCLUDE. The output (calls.jsonl + labels.csv) is
# derived from CC BY-SA 4.0 data: keep it outside the project.
#
#   SRC=DIR SEED=11 EXCLUDE=a/calls.jsonl:b/calls.jsonl \
#       python3 scripts/sgd-sample.py OUTDIR
#
# SRC holds {train,dev}/dialogues_NNN.json and {train,dev}_schema.json from
# github.com/google-research-datasets/dstc8-schema-guided-dialogue.
# 100 dialogues: 50 converted, 20 declined offers, 15 failed bookings, 15
# searches only, as in sgd-dev's proportions.
import csv, glob, json, os, random, sys

SRC = os.environ.get("SRC", "sgd-src")
SHARED = os.environ.get("CONVERZA_SHARED", "../shared")
OUT = sys.argv[1]
COMMERCIAL = {"BookAppointment", "BookHouse", "BuyBusTicket", "BuyEventTickets",
              "BuyMovieTickets", "GetRide", "GetTrainTickets", "RentMovie", "ReserveCar",
              "ReserveHotel", "ReserveOnewayFlight", "ReserveRestaurant",
              "ReserveRoundtripFlights", "ScheduleVisit"}
NONCOMMERCIAL = ("TransferMoney", "MakePayment", "RequestPayment", "AddEvent", "AddAlarm",
                 "Play", "ShareLocation")
WANT = {"converted": 50, "declined_offer": 20, "failed_only": 15, "browse_only": 15}

used = set()
for row in csv.DictReader(open(f"{SHARED}/data/sgd-dev/sample_index.csv")):
    used.add((row["source_path"].split("/")[0], row["dialogue_id"]))
for extra in os.environ.get("EXCLUDE", "").split(":"):
    if extra:
        for line in open(extra):
            _, a, b, split = json.loads(line)["call_id"].split("-")
            used.add((split, f"{a}_{b}"))

schemas = {}
for split in ("train", "dev"):
    for s in json.load(open(f"{SRC}/{split}_schema.json")):
        schemas[s["service_name"]] = s

kinds = {k: [] for k in WANT}
for path in sorted(glob.glob(f"{SRC}/train/dialogues_*.json") +
                   glob.glob(f"{SRC}/dev/dialogues_*.json")):
    split = path.split("/")[-2]
    for d in json.load(open(path)):
        if (split, d["dialogue_id"]) in used:
            continue
        if not any(i["name"] in COMMERCIAL for s in d["services"]
                   for i in schemas.get(s, {}).get("intents", [])):
            continue
        success = fail = other = declined = offered = False
        for t in d["turns"]:
            for fr in t["frames"]:
                acts = [a["act"] for a in fr.get("actions", [])]
                call = fr.get("service_call")
                if t["speaker"] == "SYSTEM":
                    if call and "NOTIFY_SUCCESS" in acts:
                        success |= call["method"] in COMMERCIAL
                        other |= call["method"].startswith(NONCOMMERCIAL)
                    if call and "NOTIFY_FAILURE" in acts and call["method"] in COMMERCIAL:
                        fail = True
                    offered |= "OFFER_INTENT" in acts
                elif "NEGATE_INTENT" in acts and offered:
                    declined = True
        if other:
            continue
        kind = ("converted" if success else "failed_only" if fail else
                "declined_offer" if declined else "browse_only")
        kinds[kind].append((split, d))

rng = random.Random(int(os.environ.get("SEED", "11")))
os.makedirs(OUT, exist_ok=True)
with open(f"{OUT}/calls.jsonl", "w") as calls, open(f"{OUT}/labels.csv", "w") as labels:
    labels.write("call_id,is_conversion,upsell_amount,outcome_kind\n")
    for kind, n in WANT.items():
        for split, d in rng.sample(kinds[kind], n):
            cid = f"sgdf-{d['dialogue_id'].replace('_', '-')}-{split}"
            text = "\n".join(("Agent: " if t["speaker"] == "SYSTEM" else "Customer: ") +
                             t["utterance"] for t in d["turns"])
            calls.write(json.dumps({"call_id": cid, "agent_name": d["services"][0],
                                    "timestamp": "2019-07-01T09:00:00Z",
                                    "transcript_text": text}) + "\n")
            labels.write(f"{cid},{'true' if kind == 'converted' else 'false'},0.00,{kind}\n")
