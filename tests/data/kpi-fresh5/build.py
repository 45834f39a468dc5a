"""Build fresh5: expand A:/C: tags, write calls/*.json and labels.csv, check the format."""
import json, csv, re, os, glob, importlib, sys
sys.dont_write_bytecode = True
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
calls = []
for m in sorted(glob.glob(os.path.join(HERE, 'b*.py')), key=lambda p: int(re.search(r'b(\d+)\.py$', p).group(1)) if re.search(r'b(\d+)\.py$', p) else 0):
    name = os.path.basename(m)[:-3]
    if not re.fullmatch(r'b\d+', name):
        continue
    calls.extend(importlib.import_module(name).CALLS)
ids = set()
os.makedirs(os.path.join(HERE, 'calls'), exist_ok=True)
rows = []
for c in calls:
    cid, agent, ts, style, text, conv, ups, sent, note = c
    assert cid not in ids, cid
    ids.add(cid)
    assert re.fullmatch(r'FR5_\d{3}', cid), cid
    assert re.fullmatch(r'2026-11-(0[1-9]|[12]\d|30)T([01]\d|2[0-3]):[0-5]\d:[0-5]\d', ts), (cid, ts)
    assert style in ('clean', 'asr'), cid
    assert sent in ('positive', 'neutral', 'negative'), cid
    assert isinstance(conv, bool), cid
    assert isinstance(ups, (int, float)) and ups >= 0, cid
    if ups > 0:
        assert conv, cid
    lines = []
    for raw in text.strip().split('\n'):
        raw = raw.strip()
        if not raw:
            continue
        spk, body = raw.split(':', 1)
        body = body.strip()
        assert body, cid
        if style == 'clean':
            lab = {'A': 'Agent', 'C': 'Customer'}[spk]
        else:
            lab = {'A': 'agent', 'C': 'customer'}[spk]
            assert re.fullmatch(r"[a-z' ]+", body), (cid, body)
        lines.append(f'{lab}: {body}')
    assert 6 <= len(lines) <= 20, (cid, len(lines))
    assert any(l.lower().startswith('customer:') for l in lines) and any(l.lower().startswith('agent:') for l in lines), cid
    with open(os.path.join(HERE, 'calls', cid + '.json'), 'w') as f:
        json.dump({'call_id': cid, 'agent_name': agent, 'timestamp': ts,
                   'transcript_text': '\n'.join(lines)}, f, indent=2)
    rows.append([cid, 'true' if conv else 'false', f'{ups:.2f}', sent, note])
expected = {f'FR5_{i:03d}' for i in range(1, len(rows) + 1)}
assert ids == expected, sorted(ids ^ expected)
rows.sort()
with open(os.path.join(HERE, 'labels.csv'), 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(['call_id', 'is_conversion', 'upsell_amount', 'sentiment_label', 'note'])
    w.writerows(rows)
# re-read check
with open(os.path.join(HERE, 'labels.csv')) as f:
    back = list(csv.DictReader(f))
assert len(back) == len(rows)
for p in glob.glob(os.path.join(HERE, 'calls', '*.json')):
    assert os.path.basename(p)[:-5] in ids, p
nconv = sum(r[1] == 'true' for r in rows)
print('calls', len(rows), 'conv true', nconv, 'false', len(rows) - nconv)
print('upsell calls', sum(float(r[2]) > 0 for r in rows), 'upsell total', round(sum(float(r[2]) for r in rows), 2))
print('sentiment', dict(Counter(r[3] for r in rows)))
print('style', dict(Counter(c[3] for c in calls)), 'agents', len(set(c[1] for c in calls)))
print('sent x conv', dict(Counter((r[3], r[1]) for r in rows)))
