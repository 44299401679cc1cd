"""Every gold dispute newsbeat misses, and every gold look-alike, by the stage that loses it.

For each split of the real-news gold (tuning and every held-out split), each story is built as
``newsbeat bench realnews`` builds it (``load_corpus``, ``analyse_corpus``, ``compare_articles``)
and scored with ``score_conflicts``. For every dispute not found, each conflict item stating it
is followed through the stages:

- **read**: is each side a claim of ``enrich`` (a claim whose sentence holds the gold number and
  whose range holds its value; "misread": a claim of that sentence with another value)?
- **compared**: when both are read, what ``compare.explain_claims`` decided for every pair of
  claims matching the two sides (the first rule keeping them apart, or "compatible"...),
  and, for a missed dispute, every other check its nearest pair fails ("fails: noun,
  event_one_unknown, similarity 0.12"): the first rule is often not the only one.

A dispute is filed under the furthest stage any of its items reached. Each look-alike is filed
the same way (what keeps it apart today, so which rules carry the precision). Stories reserved
for an unseen gold (``reserved.RESERVED``) count in their split's score and in one coarse
count per split (``reserved_stages``: how many missed disputes stop with neither side read,
one side read, both read but never paired, or compared and kept apart), and for those kept
apart two totals per split (``reserved_rules``: how many stop at each first rule;
``reserved_checks``: how many fail each check): none of their items is listed, so the counts
say which stage and rule to work on without showing what to fit.

    PYTHONPATH=src .venv/bin/python bench/conflict_stages.py [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

STAGES = ("read", "compared")


def _state(key: Any, docs: dict[str, Any]) -> str:
    """What became of one gold number: read, misread, bystander or not read."""
    from newsbeat.bench.realnews_match import PredSide, locate, side_matches

    a = docs[key.doc]
    if a.enrichment is None:
        return "not read (not English)"
    state = "not read"
    for c in a.enrichment.claims:
        for start, end in locate(a.text, c.sentence):
            if not start <= key.at < end:
                continue
            side = PredSide(doc=key.doc, start=start, end=end, low=c.low, high=c.high)
            if not side_matches(side, key):
                state = "misread" if state == "not read" else state
            elif c.voice == "bystander":
                state = "bystander"
            else:
                return "read"
    return state


def _side(record: dict[str, Any], docs: dict[str, Any]) -> list[Any]:
    from newsbeat.bench.realnews_match import PredSide, locate

    text = docs[record["outlet"]].text
    return [
        PredSide(doc=record["outlet"], start=s, end=e, low=record["value"], high=record["high"])
        for s, e in locate(text, record["sentence"])
    ]


def _decisions(
    item: Any, trace: list[dict[str, Any]], docs: dict[str, Any]
) -> list[dict[str, Any]]:
    """The records of explain_claims for every pair of claims matching the item's two sides."""
    from newsbeat.bench.realnews_match import pair_matches

    return [r for r in trace if pair_matches((_side(r["a"], docs), _side(r["b"], docs)), item)]


def _also(record: dict[str, Any]) -> list[str]:
    """Every slot check a pair fails besides the first (the ``evidence`` explain_claims gives a
    disjoint pair), and the wording gate: a dispute filed under "noun" may fail the event, the
    subject and the gate too, so that a noun rule alone would not find it."""
    from newsbeat.compare.pair_explain import _FAILED
    from newsbeat.compare.records import CompareOptions

    evidence = record.get("evidence")
    if not evidence:
        return ["ranges overlap"]  # explain_claims weighs every disjoint pair
    failed = [name for name in _FAILED if evidence.get(name)]
    if evidence.get("subject_one_unknown") and not evidence.get("subject_one_named"):
        failed.append("subject_one_unknown")
    if evidence.get("pronoun"):
        failed.append("pronoun")
    if not (evidence.get("noun_same") or evidence.get("noun_synonym") or evidence.get("noun_bare")):
        failed.insert(0, "noun")
    pinned = any(evidence.get(k) for k in ("lead_both", "same_list", "one_measure"))
    if evidence.get("similarity", 0.0) < CompareOptions().min_similarity and not pinned:
        failed.append(f"similarity {evidence['similarity']:.2f}")
    return failed


def _stage(
    item: Any, trace: list[dict[str, Any]], docs: dict[str, Any]
) -> tuple[int, str, list[str]]:
    """(how far the item got, where it stopped, every check its nearest pair fails)."""
    states = [_state(item.a, docs), _state(item.b, docs)]
    lost = [s for s in states if s != "read"]
    if lost:
        return 0, f"not read ({'both' if len(lost) == 2 else 'one side'}: {lost[0]})", []
    found = _decisions(item, trace, docs)
    if not found:
        return 1, "both read, never paired (another unit)", []
    # The decision nearest a conflict: a conflict or update, then a rule of the strict gate.
    found.sort(
        key=lambda r: (
            not r["decision"].startswith("conflict"),
            r["decision"].startswith("not the same thing"),
        )
    )
    return 2, found[0]["decision"].split(" (")[0], _also(found[0])


_COARSE = {1: "both read, never paired", 2: "both read, compared and kept apart"}


def nearest(stages: list[tuple[int, str, list[str]]]) -> tuple[int, str, list[str]]:
    """The stage a dispute is filed under: of its items' stages, the one nearest a conflict.

    The furthest stage first; among items compared, a slot rule ("not the same slot: ...",
    the strict check) before a rule of the same thing ("not the same thing: ..."), then the
    pair failing the fewest checks. Sorting the stage names as text did the opposite
    ("thing" sorts after "slot"), so a dispute whose nearest pair fails only the subject
    check and the wording gate was filed under "noun" by another item's farther pair."""
    return min(stages, key=lambda s: (-s[0], s[1].startswith("not the same thing"), len(s[2])))


def run() -> dict[str, Any]:
    """Score every split, file every missed dispute and every look-alike by stage."""
    from reserved import readable  # this folder: run as a script

    from newsbeat.bench.realnews import _claim_sides, _load, _union, analyse_corpus
    from newsbeat.bench.realnews_gold import HELDOUT_SPLITS
    from newsbeat.bench.realnews_match import _clusters, _disputes, score_conflicts
    from newsbeat.compare import compare_articles, explain_claims
    from newsbeat.models import Article

    splits = {s: _load(None, s, None) for s in ("tuning", *HELDOUT_SPLITS)}
    docs = analyse_corpus(_union([c for _, c in splits.values()]))
    missed: list[dict[str, Any]] = []
    lookalikes: list[dict[str, Any]] = []
    reserved_stages: dict[str, Counter[str]] = defaultdict(Counter)
    reserved_rules: dict[str, Counter[str]] = defaultdict(Counter)
    reserved_checks: dict[str, Counter[str]] = defaultdict(Counter)
    scores = {}
    for split, (gold, corpus) in splits.items():
        clusters = _clusters([c for c in gold.conflicts if c.is_conflict])
        cluster_of = {(k.doc, k.at): n for n, cl in enumerate(clusters) for k in cl}
        predicted = []
        traces = {}
        for group in gold.groups():
            members = [docs[d] for d in corpus.members(group)]
            articles = [
                Article(title="", text=a.text, outlet=a.doc_id, id=a.article_id) for a in members
            ]
            enrichments = {a.article_id: a.enrichment for a in members if a.enrichment}
            by_article = {a.article_id: a for a in members}
            for pair in compare_articles(articles, enrichments).conflicts:
                predicted.append(
                    (
                        _claim_sides(pair.a.claims, by_article),
                        _claim_sides(pair.b.claims, by_article),
                    )
                )
            traces[group] = explain_claims(articles, enrichments)
        scores[split] = score_conflicts(predicted, gold.conflicts)
        reached = set()
        for p in predicted:
            for n, cl in enumerate(clusters):
                for order in (p, (p[1], p[0])):
                    reached |= {(n, v) for v in _disputes(order, cl)}
        by_dispute: dict[tuple[int, frozenset[float]], list[Any]] = defaultdict(list)
        for c in gold.conflicts:
            if c.is_conflict:
                by_dispute[
                    (cluster_of[(c.a.doc, c.a.at)], frozenset((c.a.value, c.b.value)))
                ].append(c)
            elif readable(c.group):
                stage = _stage(c, traces[c.group], docs)[1]
                lookalikes.append({"split": split, "id": c.id, "label": c.label, "stage": stage})
        for key, items in by_dispute.items():
            if key in reached:
                continue
            if not readable(items[0].group):  # a reserved story: a coarse count only
                level, where, also = nearest([_stage(c, traces[c.group], docs) for c in items])
                reserved_stages[split][_COARSE[level] if level else where.split(":")[0] + ")"] += 1
                if level == 2:  # per-rule totals only: the first rule, and each check failed
                    reserved_rules[split][where] += 1
                    for check in also:
                        reserved_checks[split][check.split(" ")[0]] += 1
                continue
            stages = [nearest([_stage(c, traces[c.group], docs) for c in items])]
            missed.append(
                {
                    "split": split,
                    "story": items[0].group,
                    "what": items[0].what,
                    "values": sorted(key[1]),
                    "items": [c.id for c in items],
                    "stage": stages[0][1],
                    "also": stages[0][2],
                }
            )
    return {
        "scores": scores,
        "missed": missed,
        "lookalikes": lookalikes,
        "reserved_stages": {split: dict(c) for split, c in reserved_stages.items()},
        "reserved_rules": {split: dict(c) for split, c in reserved_rules.items()},
        "reserved_checks": {split: dict(c) for split, c in reserved_checks.items()},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", type=Path, default=None, help="also write the lists here")
    args = parser.parse_args()
    out = run()
    for split, s in out["scores"].items():
        found = f"{s['found']} of {s['gold_disputes']} disputes"
        print(f"{split}: {found}, {s['right']} of {s['predicted']} predicted right")
    print("\nmissed disputes, by stage (per split)")
    by_stage: dict[str, Counter[str]] = defaultdict(Counter)
    for m in out["missed"]:
        by_stage[m["stage"]][m["split"]] += 1
    for stage, splits in sorted(by_stage.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{sum(splits.values()):3d}  {stage}  {dict(splits)}")
    for m in out["missed"]:
        also = f" [fails: {', '.join(m['also'])}]" if m["also"] else ""
        print(f"  {m['split']} {m['story']} {m['values']} {m['what']}: {m['stage']}{also}")
    for split, counts in out["reserved_stages"].items():
        print(f"  {split}, reserved stories (coarse stage only): {counts}")
    for split, counts in out["reserved_rules"].items():
        print(f"  {split}, reserved, kept apart by (totals only): {counts}")
    for split, counts in out["reserved_checks"].items():
        print(f"  {split}, reserved, checks failed (totals only): {counts}")
    print("\nlook-alikes, by what keeps them apart")
    for stage, n in Counter(x["stage"] for x in out["lookalikes"]).most_common():
        print(f"{n:3d}  {stage}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
