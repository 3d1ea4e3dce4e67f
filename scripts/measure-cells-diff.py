#!/usr/bin/env python3
"""Diff measure cells of out/*.json against sample-docs/*.expected.json (mirrors ResultComparer.CompareMeasures)."""
import json, sys, os, re
outdir = sys.argv[1] if len(sys.argv) > 1 else 'out'
def norm(s): return re.sub(r'\s+', '', s or '')
def lev(a, b):
    if len(a) < len(b): a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j-1] + 1, prev[j-1] + (ca != cb)))
        prev = cur
    return prev[-1]
def sim(a, b):
    a, b = norm(a), norm(b)
    if not a and not b: return 1.0
    return 1 - lev(a, b) / max(len(a), len(b))
def same_text(e, a): return (a is None) if e is None else (a is not None and sim(e, a) >= 0.9)
def greedy(E, A, f, m):
    c = sorted(((f(e, a), i, j) for i, e in enumerate(E) for j, a in enumerate(A)), key=lambda t: (-t[0], t[1], t[2]))
    ue, ua, pairs = set(), set(), []
    for s, i, j in c:
        if s < m or i in ue or j in ua: continue
        ue.add(i); ua.add(j); pairs.append((i, j, s))
    return pairs
def same_list(e, a, ordered):
    e = [x for x in map(lambda s: ' '.join((s or '').split()), e) if x]
    a = [x for x in map(lambda s: ' '.join((s or '').split()), a) if x]
    if len(e) != len(a): return False
    if ordered: return all(same_text(x, y) for x, y in zip(e, a))
    return len(greedy(e, a, sim, 0.9)) == len(e)
def same_period(e, a):
    if e is None: return a is None
    if a is None: return False
    if e.get('start') or e.get('end'): return e.get('start') == a.get('start') and e.get('end') == a.get('end')
    return same_text(e.get('text'), a.get('text'))
tot = hit = 0
for f in sorted(os.listdir('sample-docs')):
    if not f.endswith('.expected.json'): continue
    name = f[:-len('.expected.json')]
    p = os.path.join(outdir, name + '.json')
    if not os.path.exists(p): continue
    E = json.load(open(os.path.join('sample-docs', f)))['documents']
    A = json.load(open(p))['documents']
    def overlap(e, a): return max(0, min(e['pageEnd'], a['pageEnd']) - max(e['pageStart'], a['pageStart']) + 1)
    dp = greedy(E, A, lambda e, a: overlap(e, a) + (0.5 if e['kind'] == a['kind'] else 0), 1)
    fh = ft = 0
    for i, j, _ in dp:
        em, am = E[i].get('measures') or [], A[j].get('measures') or []
        if not em: continue
        pairs = greedy(em, am, lambda e, a: sim(e['title'], a['title']), 0.8)
        matched_e = {x for x, _, _ in pairs}; matched_a = {y for _, y, _ in pairs}
        for x, e in enumerate(em):
            if x not in matched_e:
                best = max(am, key=lambda a: sim(e['title'], a['title']), default=None)
                print(f"[{name}] UNMATCHED E: {e['title'][:60]}  best O ({sim(e['title'], best['title']) if best else 0:.2f}): {best['title'][:60] if best else None}")
        for y, a in enumerate(am):
            if y not in matched_a: print(f"[{name}] EXTRA O: {a['title'][:70]}")
        for x, y, s in pairs:
            e, a = em[x], am[y]
            ft += 3
            for label, ok, ev, av in (('steps', same_list(e['steps'], a['steps'], True), e['steps'], a['steps']),
                                      ('resp', same_list(e['responsible'], a['responsible'], False), e['responsible'], a['responsible']),
                                      ('period', same_period(e.get('period'), a.get('period')), e.get('period'), a.get('period'))):
                if ok: fh += 1; continue
                print(f"[{name}] #{e.get('number')} {e['title'][:40]} {label}:\n   E {json.dumps(ev, ensure_ascii=False)}\n   O {json.dumps(av, ensure_ascii=False)}")
    if ft: print(f"== {name}: {fh}/{ft} = {fh/ft:.3f}")
    tot += ft; hit += fh
print(f"== overall {hit}/{tot} = {hit/max(tot,1):.3f}")
