"""build_fresh.py - writes a hand-labelled KPI set from its b1.py, b2.py ...

Usage: python3 tests/data/build_fresh.py tests/data/kpi-freshN

Each bN.py in the set's folder holds CALLS, tuples of (call_id, agent_name,
timestamp, style 'clean'|'asr', text with lines "A: ..." / "C: ..." (either case),
is_conversion, upsell_amount, sentiment_label, note), written by hand by the
set's author. This expands the A:/C: tags (Agent:/Customer: for clean text,
agent:/customer: for speech-recognition style), writes calls/ID.json and
labels.csv, and checks what a labelling slip would break: ids unique and
contiguous under one prefix, November 2026 timestamps, valid labels, 6-20
turns with both speakers, ASR turns only [a-z' ], an upsell only on a
conversion. The sets' authors each wrote a builder of their own to this
format; this one replaces them (same output, byte for byte).
"""
import csv, glob, importlib, json, os, re, sys
from collections import Counter

sys.dont_write_bytecode = True


def load(folder):
    sys.path.insert(0, folder)
    mods = [p for p in glob.glob(os.path.join(folder, 'b*.py'))
            if re.fullmatch(r'b\d+\.py', os.path.basename(p))]
    mods.sort(key=lambda p: int(os.path.basename(p)[1:-3]))
    calls = []
    for p in mods:
        calls.extend(importlib.import_module(os.path.basename(p)[:-3]).CALLS)
    return calls


def turns(cid, style, text):
    tags = {'A': 'Agent', 'C': 'Customer'} if style == 'clean' else {'A': 'agent', 'C': 'customer'}
    lines = []
    for raw in text.strip().split('\n'):
        raw = raw.strip()
        if not raw:
            continue
        spk, body = raw.split(':', 1)
        body = body.strip()
        assert body, (cid, raw)
        if style == 'asr':
            assert re.fullmatch(r"[a-z' ]+", body), (cid, body)
        lines.append(f'{tags[spk.strip().upper()]}: {body}')
    assert 6 <= len(lines) <= 20, (cid, len(lines))
    assert any(l.startswith(tags['A']) for l in lines) and any(l.startswith(tags['C']) for l in lines), cid
    return lines


def main(folder):
    calls = load(folder)
    assert calls, f'{folder}: no b*.py with CALLS'
    prefix = calls[0][0].split('_')[0]
    os.makedirs(os.path.join(folder, 'calls'), exist_ok=True)
    ids, rows = set(), []
    for cid, agent, ts, style, text, conv, ups, sent, note in calls:
        assert re.fullmatch(prefix + r'_\d{3}', cid) and cid not in ids, cid
        ids.add(cid)
        assert re.fullmatch(r'2026-11-(0[1-9]|[12]\d|30)T([01]\d|2[0-3]):[0-5]\d:[0-5]\d', ts), (cid, ts)
        assert style in ('clean', 'asr') and sent in ('positive', 'neutral', 'negative'), cid
        assert isinstance(conv, bool) and isinstance(ups, (int, float)) and ups >= 0, cid
        assert conv or ups == 0, f'{cid}: an upsell without a conversion'
        with open(os.path.join(folder, 'calls', cid + '.json'), 'w') as f:
            json.dump({'call_id': cid, 'agent_name': agent, 'timestamp': ts,
                       'transcript_text': '\n'.join(turns(cid, style, text))}, f, indent=2)
        rows.append([cid, 'true' if conv else 'false', f'{ups:.2f}', sent, note])
    rows.sort()
    assert [r[0] for r in rows] == [f'{prefix}_{i:03d}' for i in range(1, len(rows) + 1)], 'ids not contiguous'
    for p in glob.glob(os.path.join(folder, 'calls', '*.json')):
        assert os.path.basename(p)[:-5] in ids, f'{p}: a call no bN.py holds'
    with open(os.path.join(folder, 'labels.csv'), 'w', newline='') as f:
        w = csv.writer(f)
        w.writerow(['call_id', 'is_conversion', 'upsell_amount', 'sentiment_label', 'note'])
        w.writerows(rows)
    print(folder, 'calls', len(rows), 'conversions', sum(r[1] == 'true' for r in rows),
          'upsell calls', sum(float(r[2]) > 0 for r in rows),
          'upsell total', round(sum(float(r[2]) for r in rows), 2))
    print('sentiment', dict(Counter(r[3] for r in rows)),
          'style', dict(Counter(c[3] for c in calls)), 'agents', len(set(c[1] for c in calls)))


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit('usage: build_fresh.py SET_FOLDER')
    main(os.path.abspath(sys.argv[1]))
