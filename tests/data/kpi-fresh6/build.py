# fresh6 builder: expands A:/C: tags, writes calls/*.json and labels.csv, checks format.
import json, csv, re, os, glob, importlib, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
calls = []
for m in sorted(glob.glob(os.path.join(HERE, 'b[0-9]*.py'))):
    calls.extend(importlib.import_module(os.path.basename(m)[:-3]).CALLS)
os.makedirs(os.path.join(HERE, 'calls'), exist_ok=True)
ids, rows = set(), []
for c in calls:
    cid, agent, ts, style, text, conv, ups, sent, note = c
    assert cid not in ids, cid; ids.add(cid)
    assert re.fullmatch(r'FR6_\d{3}', cid), cid
    assert re.fullmatch(r'2026-11-(0[1-9]|[12]\d|30)T([01]\d|2[0-3]):[0-5]\d:[0-5]\d', ts), (cid, ts)
    assert style in ('clean', 'asr'), cid
    assert sent in ('positive', 'neutral', 'negative'), cid
    assert isinstance(conv, bool), cid
    assert isinstance(ups, (int, float)) and ups >= 0, cid
    if ups > 0: assert conv, cid
    lines = []
    for raw in text.strip().split('\n'):
        raw = raw.strip()
        if not raw: continue
        spk, body = raw.split(':', 1)
        body = body.strip()
        assert body, (cid, raw)
        if style == 'clean':
            lab = {'A': 'Agent', 'C': 'Customer'}[spk]
        else:
            lab = {'A': 'agent', 'C': 'customer'}[spk]
            assert re.fullmatch(r"[a-z' ]+", body), (cid, body)
        lines.append(f'{lab}: {body}')
    assert 6 <= len(lines) <= 18, (cid, len(lines))
    assert any(l.lower().startswith('agent:') for l in lines) and any(l.lower().startswith('customer:') for l in lines), cid
    with open(os.path.join(HERE, 'calls', cid + '.json'), 'w') as f:
        json.dump({'call_id': cid, 'agent_name': agent, 'timestamp': ts,
                   'transcript_text': '\n'.join(lines)}, f, indent=2)
    rows.append([cid, 'true' if conv else 'false', f'{ups:.2f}', sent, note])
rows.sort()
assert [r[0] for r in rows] == [f'FR6_{i:03d}' for i in range(1, len(rows) + 1)], 'ids not contiguous'
with open(os.path.join(HERE, 'labels.csv'), 'w', newline='') as f:
    w = csv.writer(f); w.writerow(['call_id', 'is_conversion', 'upsell_amount', 'sentiment_label', 'note'])
    w.writerows(rows)
# re-read check
with open(os.path.join(HERE, 'labels.csv')) as f:
    back = list(csv.DictReader(f))
assert len(back) == len(rows) and list(back[0].keys()) == ['call_id', 'is_conversion', 'upsell_amount', 'sentiment_label', 'note']
for fn in glob.glob(os.path.join(HERE, 'calls', '*.json')):
    d = json.load(open(fn)); assert set(d) == {'call_id', 'agent_name', 'timestamp', 'transcript_text'}
    assert d['call_id'] in ids, fn
print('calls', len(rows), 'conv', sum(r[1] == 'true' for r in rows),
      'upsell calls', sum(float(r[2]) > 0 for r in rows), 'upsell total', round(sum(float(r[2]) for r in rows), 2))
print('sentiment', Counter(r[3] for r in rows), 'style', Counter(c[3] for c in calls), 'agents', len(set(c[1] for c in calls)))
print('conv x sentiment', Counter((r[1], r[3]) for r in rows))
