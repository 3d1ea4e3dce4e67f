"""Scores a measures sweep run per font and degradation and lists every lost measure by its likely cause.

    python3 tools/sweep/measures/measures_report.py --sweep out/sweep --results out/sweep-results [--split tune|held-out]

RESULTS/<split>/NAME.json are `docingest extract` outputs of OUT/<split>/NAME.*. Matching follows `docingest eval`
(ResultComparer): measures by title similarity >= 0.8 (1 - CER, whitespace ignored), steps / responsible / period as
cells, sections aligned by text similarity >= 0.5 and scored by type. `docingest eval` stays the official figure; this
report only breaks it down.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

THAI_TO_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def similarity(a: str | None, b: str | None) -> float:
    a, b = re.sub(r"\s+", "", a or ""), re.sub(r"\s+", "", b or "")
    if not a:
        return 1.0 if not b else 0.0
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return max(0.0, 1 - prev[-1] / len(a))


def greedy(expected, actual, sim, minimum):
    cands = sorted(((sim(e, a), i, j) for i, e in enumerate(expected) for j, a in enumerate(actual)), key=lambda c: (-c[0], c[1], c[2]))
    used_e, used_a, pairs = set(), set(), []
    for s, i, j in cands:
        if s < minimum or i in used_e or j in used_a:
            continue
        used_e.add(i)
        used_a.add(j)
        pairs.append((i, j))
    return pairs


def same_list(e, a, ordered):
    e = [x for x in e if x.strip()]
    a = [x for x in a if x.strip()]
    if len(e) != len(a):
        return False
    if ordered:
        return all(similarity(x, y) >= 0.9 for x, y in zip(e, a))
    return len(greedy(e, a, similarity, 0.9)) == len(e)


def same_period(e, a):
    if e is None:
        return a is None
    if a is None:
        return False
    return e.get("start") == a.get("start") and e.get("end") == a.get("end")


def score(expected: dict, actual: dict) -> dict:
    """Totals for one file (the sweep's files hold one expected document each)."""
    e_doc = expected["documents"][0]
    a_docs = actual.get("documents", [])
    # The actual document sharing most pages with the expected one, as docingest eval aligns them.
    best = max(a_docs, key=lambda d: min(d["pageEnd"], e_doc["pageEnd"]) - max(d["pageStart"], e_doc["pageStart"]), default=None)
    a_doc = best or {"kind": "none", "measures": [], "sections": []}
    e_m, a_m = e_doc["measures"], a_doc.get("measures", [])
    # Measures of other documents the file was cut into count as found by nobody (as docingest eval scores them).
    pairs = greedy(e_m, a_m, lambda x, y: similarity(x["title"], y["title"]), 0.8)
    cells = sum(same_list(e_m[i]["steps"], a_m[j].get("steps", []), True) + same_list(e_m[i]["responsible"], a_m[j].get("responsible", []), False)
                + same_period(e_m[i]["period"], a_m[j].get("period")) for i, j in pairs)
    s_pairs = greedy(e_doc["sections"], a_doc.get("sections", []), lambda x, y: similarity(x["text"], y["text"]), 0.5)
    s_hits = sum(e_doc["sections"][i]["type"] == a_doc["sections"][j]["type"] for i, j in s_pairs)
    causes = diagnose(e_doc, a_doc, a_docs, pairs)
    return {"m_tp": len(pairs), "m_pred": len(a_m), "m_exp": len(e_m), "cells": cells, "cells_n": 3 * len(pairs),
            "s_hit": s_hits, "s_n": len(e_doc["sections"]), "kind": int(a_doc.get("kind") == e_doc["kind"]),
            "split": int(len(a_docs) == 1), "causes": causes,
            "cell_misses": cell_misses(e_m, a_m, pairs),
            "section_misses": [(e_doc["sections"][i]["type"], a_doc["sections"][j]["type"]) for i, j in s_pairs
                               if e_doc["sections"][i]["type"] != a_doc["sections"][j]["type"]]
                              + [(s["type"], "unmatched") for k, s in enumerate(e_doc["sections"]) if k not in {i for i, _ in s_pairs}]}


def cell_misses(e_m, a_m, pairs):
    out = []
    for i, j in pairs:
        e, a = e_m[i], a_m[j]
        if not same_list(e["steps"], a.get("steps", []), True):
            out.append(("steps", e["number"], e["steps"], a.get("steps", [])))
        if not same_list(e["responsible"], a.get("responsible", []), False):
            out.append(("responsible", e["number"], e["responsible"], a.get("responsible", [])))
        if not same_period(e["period"], a.get("period")):
            out.append(("period", e["number"], e["period"], a.get("period")))
    return out


def diagnose(e_doc, a_doc, a_docs, pairs) -> list[tuple[str, str]]:
    """(cause, detail) for each expected measure not found and each extra one."""
    e_m, a_m = e_doc["measures"], a_doc.get("measures", [])
    found = {i for i, _ in pairs}
    used = {j for _, j in pairs}
    causes = []
    if a_doc.get("kind") != e_doc["kind"]:
        causes.append(("kind wrong", f"{a_doc.get('kind')} for {e_doc['kind']}"))
    if len(a_docs) > 1:
        causes.append(("bundle cut", " | ".join(f"{d['kind']} p{d['pageStart']}-{d['pageEnd']} ({len(d.get('measures', []))} measures)" for d in a_docs)))
    pages_lost = {m["page"] for m in e_m} - {m.get("page") for m in a_m}
    for i, m in enumerate(e_m):
        if i in found:
            continue
        if m["page"] in pages_lost and len(a_m) > 0:
            cause = "page's measures lost"
        elif not a_m:
            cause = "no measures at all"
        else:
            # The missed title inside a found measure's title or steps: swallowed into its neighbour.
            host = next((a for a in a_m if similarity(m["title"][:25], a["title"]) < 0.8 and
                         (re.sub(r"\s", "", m["title"][:20]) in re.sub(r"\s", "", a["title"] + "".join(a.get("steps", []))))), None)
            near = max(a_m, key=lambda a: similarity(m["title"], a["title"]))
            if host is not None:
                cause = "swallowed into another"
            elif similarity(m["title"], near["title"]) >= 0.5:
                cause = f"title misread/cut ({similarity(m['title'], near['title']):.2f}: {near['title'][:60]})"
            else:
                cause = "not found"
        causes.append((cause.split(" (")[0], f"{m['number']}. {m['title'][:50]} -> {cause}"))
    for j, a in enumerate(a_m):
        if j not in used:
            causes.append(("extra measure", f"{a.get('number')}. {a['title'][:70]}"))
    return causes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sweep", default="out/sweep")
    parser.add_argument("--results", default="out/sweep-results")
    parser.add_argument("--split", choices=["tune", "held-out"], action="append")
    parser.add_argument("--verbose", action="store_true", help="every lost measure, cell and section")
    args = parser.parse_args()
    sweep, results = Path(args.sweep), Path(args.results)
    samples = json.loads((sweep / "samples.json").read_text(encoding="utf-8"))
    for split in args.split or ["tune", "held-out"]:
        groups = defaultdict(lambda: defaultdict(int))
        cause_counts = defaultdict(int)
        details = []
        for s in samples:
            if s["split"] != split:
                continue
            exp_path = sweep / split / f"{s['name']}.expected.json"
            act_path = results / split / f"{s['name']}.json"
            if not exp_path.exists():
                continue
            if not act_path.exists():
                details.append(f"{s['name']}: no result")
                continue
            r = score(json.loads(exp_path.read_text(encoding="utf-8")), json.loads(act_path.read_text(encoding="utf-8")))
            for key in (f"font {s['font']}", f"degradation {s['degradation']}", f"kind {s['kind']}", "ALL"):
                for k, v in r.items():
                    if isinstance(v, int):
                        groups[key][k] += v
                groups[key]["files"] += 1
            for cause, detail in r["causes"]:
                cause_counts[cause] += 1
                details.append(f"{s['name']}: {cause}: {detail}")
            for miss in r["cell_misses"]:
                cause_counts[f"cell {miss[0]}"] += 1
                details.append(f"{s['name']}: cell {miss[0]} of {miss[1]}: expected {miss[2]} got {miss[3]}")
            for e_type, a_type in r["section_misses"]:
                cause_counts["section type"] += 1
                details.append(f"{s['name']}: section {e_type} -> {a_type}")
        print(f"== sweep-{split}")
        print(f"{'group':34}{'files':>6}{'measF1':>8}{'cells':>8}{'sections':>9}{'kind':>6}{'split':>6}")
        for key in sorted(groups, key=lambda k: (k != "ALL", k)):
            g = groups[key]
            p = g["m_tp"] / g["m_pred"] if g["m_pred"] else (1.0 if not g["m_exp"] else 0.0)
            rc = g["m_tp"] / g["m_exp"] if g["m_exp"] else 1.0
            f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
            f1s = f"{f1:.3f}" if g["m_exp"] else "-"
            cells = f"{g['cells'] / g['cells_n']:.3f}" if g["cells_n"] else "-"
            sec = f"{g['s_hit'] / g['s_n']:.3f}" if g["s_n"] else "-"
            print(f"{key[:34]:34}{g['files']:>6}{f1s:>8}{cells:>8}{sec:>9}{g['kind'] / g['files']:>6.2f}{g['split'] / g['files']:>6.2f}")
        print("causes:", ", ".join(f"{c} {n}" for c, n in sorted(cause_counts.items(), key=lambda x: -x[1])))
        if args.verbose:
            print("\n".join(details))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
