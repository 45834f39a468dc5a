import json, csv, re, os, glob, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
calls = []
for m in sorted(glob.glob(os.path.join(HERE, 'b*.py'))):
    name = os.path.basename(m)[:-3]
    if name == 'build': continue
    mod = importlib.import_module(name)
    calls.extend(mod.CALLS)
ids = set()
os.makedirs(os.path.join(HERE, 'calls'), exist_ok=True)
rows = []
for c in calls:
    cid, agent, ts, style, text, conv, ups, sent, note = c
    assert cid not in ids, cid; ids.add(cid)
    assert re.fullmatch(r'FR4_\d{3}', cid)
    assert re.fullmatch(r'2026-11-(2\d|30)T\d\d:\d\d:\d\d', ts), ts
    assert style in ('clean', 'asr')
    assert sent in ('positive', 'neutral', 'negative'), cid
    assert isinstance(conv, bool)
    if ups > 0: assert conv, cid
    lines = []
    for raw in text.strip().split('\n'):
        raw = raw.strip()
        if not raw: continue
        spk, body = raw.split(':', 1)
        body = body.strip()
        if style == 'clean':
            lab = {'A': 'Agent', 'C': 'Customer'}[spk]
        else:
            lab = {'A': 'agent', 'C': 'customer'}[spk]
            assert re.fullmatch(r"[a-z' ]+", body), (cid, body)
        lines.append(f'{lab}: {body}')
    assert 6 <= len(lines) <= 18, (cid, len(lines))
    with open(os.path.join(HERE, 'calls', cid + '.json'), 'w') as f:
        json.dump({'call_id': cid, 'agent_name': agent, 'timestamp': ts,
                   'transcript_text': '\n'.join(lines)}, f, indent=2)
    rows.append([cid, 'true' if conv else 'false', f'{ups:.2f}', sent, note])
with open(os.path.join(HERE, 'labels.csv'), 'w', newline='') as f:
    w = csv.writer(f); w.writerow(['call_id', 'is_conversion', 'upsell_amount', 'sentiment_label', 'note'])
    w.writerows(rows)
from collections import Counter
print('calls', len(rows), 'conv', sum(r[1] == 'true' for r in rows),
      'upsell calls', sum(float(r[2]) > 0 for r in rows), 'upsell total', round(sum(float(r[2]) for r in rows), 2))
print(Counter(r[3] for r in rows), Counter(c[3] for c in calls), 'agents', len(set(c[1] for c in calls)))
