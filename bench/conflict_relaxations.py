"""Which slot checks could be relaxed: every combination of checks allowed to fail, measured.

Every disjoint cross-article pair of figures of the readable dev gold stories (tuning,
heldout … heldout9; no sub-topic of ``reserved.RESERVED``, never heldout10 or heldout11), as
``compare.explain_claims`` traces it with the rule chain alone, is labelled by what it joins:
a gold dispute (a pair of two different values of one dispute), a gold look-alike, a pair
whose two documents state a dispute's values elsewhere ("unsure"), or nothing ("other": a
false conflict if predicted, since the guidelines list every disagreement of an annotated
sub-topic). For each pair the chain keeps apart, the checks it fails are read off its
evidence (``conflict_stages._also``'s list: the chain's checks, the subject unknown on one
side, a pronoun subject, another noun, the wording gate).

A *relaxation* lets the checks of a set fail, optionally only for pairs that are each
article's only figure of their counted noun (``--only``: ``one_count``'s uniqueness). For
every set of up to ``--size`` checks it prints how many gold disputes not found today the
released pairs would join ("new"), and how many released pairs lie on look-alikes and on no
gold item: a relaxation worth writing as a rule joins new disputes and releases neither.

    PYTHONPATH=src .venv/bin/python bench/conflict_relaxations.py [--size 2] [--cache FILE]
        [--json FILE]

``--cache FILE``: the analysed documents (``conflict_scorer_cv.analysed``; this machine only).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

# The wording gate (CompareOptions.min_similarity) and the meaning route (min_meaning).
_GATE = 0.25
_MEANING = 0.65


def traced_pairs(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Every disjoint cross-article pair of the readable dev stories, labelled, with the
    checks it fails and whether each side is its article's only figure of its noun."""
    from conflict_scorer_cv import _sides, _story  # this folder
    from reserved import readable

    from newsbeat.bench.realnews_match import _clusters, _disputes, pair_matches
    from newsbeat.compare import claims, explain_claims

    docs = data["docs"]
    counted: dict[int, tuple[int, str, str]] = {}  # claim index -> (article, unit, noun)
    original = claims._traced

    def traced(i: int, j: int, refs: Any, *args: Any, **kwargs: Any) -> dict[str, Any]:
        for k in (i, j):
            counted[k] = (refs[k][0].article_id, refs[k][1].unit, refs[k][1].noun)
        record = original(i, j, refs, *args, **kwargs)
        record["sides"] = (i, j)
        # each side's event and earlier-event date (bench/conflict_frames.py reads them)
        record["slots"] = [{"event": refs[k][1].event, "dated": refs[k][1].dated} for k in (i, j)]
        return record

    out: list[dict[str, Any]] = []
    saved = claims.default_model
    claims.default_model = lambda: None  # type: ignore[assignment]  # the chain's own decisions
    claims._traced = traced
    try:
        for split, info in data["splits"].items():
            disputes = [c for c in info["gold"] if c.is_conflict]
            lookalikes = [c for c in info["gold"] if not c.is_conflict]
            for group in info["groups"]:
                if not readable(group):
                    continue
                clusters = _clusters([c for c in disputes if c.group == group])
                near = [c for c in lookalikes if c.group == group]
                counted.clear()
                articles, enrichments = _story(info["members"][group], docs)
                records = [r for r in explain_claims(articles, enrichments) if "evidence" in r]
                figures = Counter(counted.values())
                for record in records:
                    pair = (
                        _sides(record["a"], docs[record["a"]["outlet"]][2]),
                        _sides(record["b"], docs[record["b"]["outlet"]][2]),
                    )
                    keyed = {
                        (n, tuple(sorted(values)))
                        for n, cluster in enumerate(clusters)
                        for order in (pair, pair[::-1])
                        for values in _disputes(order, cluster)
                    }
                    alike = [c.id for c in near if pair_matches(pair, c)]
                    out.append(
                        {
                            "split": split,
                            "story": group,
                            "values": [record["a"]["value"], record["b"]["value"]],
                            "decision": record["decision"],
                            "label": _label(bool(keyed), bool(alike), record, clusters),
                            "disputes": sorted(f"{group} {n} {v}" for n, v in keyed),
                            "lookalikes": alike,
                            "fails": sorted(failed_checks(record["evidence"])),
                            "only": all(figures[counted[k]] == 1 for k in record["sides"]),
                            "slots": record["slots"],
                        }
                    )
    finally:
        claims.default_model = saved
        claims._traced = original
    return out


def _label(keyed: bool, alike: bool, record: dict[str, Any], clusters: Sequence[Any]) -> str:
    from conflict_scorer_cv import _same_dispute  # this folder

    if alike:
        return "look-alike"  # a look-alike stays one, whatever else it joins
    if keyed:
        return "dispute"
    return "unsure" if _same_dispute(record, clusters) else "other"


def failed_checks(evidence: dict[str, float]) -> frozenset[str]:
    """The checks a pair fails: the chain's, the subject unknown on one side (not named on the
    other with an agentless passive), a pronoun, another noun and the wording gate."""
    from newsbeat.compare.pair_explain import _FAILED

    failed = {name for name in _FAILED if evidence.get(name)}
    if evidence.get("subject_one_unknown") and not evidence.get("subject_one_named"):
        failed.add("subject_one_unknown")
    if evidence.get("pronoun"):
        failed.add("pronoun")
    if not (evidence.get("noun_same") or evidence.get("noun_synonym") or evidence.get("noun_bare")):
        failed.add("noun")
    pinned = any(evidence.get(k) for k in ("lead_both", "same_list", "one_measure"))
    if evidence["similarity"] < _GATE and evidence.get("meaning", 0.0) < _MEANING and not pinned:
        failed.add("gate")
    return frozenset(failed)


def relaxations(rows: Sequence[dict[str, Any]], size: int) -> list[dict[str, Any]]:
    """For every set of up to ``size`` checks, with and without the only-figure condition, the
    new disputes its released pairs join and how many released pairs are look-alikes or other."""
    found = {d for r in rows if r["decision"].startswith("conflict") for d in r["disputes"]}
    apart = [r for r in rows if not r["decision"].startswith("conflict")]
    by_fails: dict[frozenset[str], list[dict[str, Any]]] = defaultdict(list)
    for r in apart:
        if 0 < len(r["fails"]) <= size:
            by_fails[frozenset(r["fails"])].append(r)
    names = sorted({n for key in by_fails for n in key})
    out: list[dict[str, Any]] = []
    for k in range(1, size + 1):
        for checks in combinations(names, k):
            allowed = frozenset(checks)
            for only in (False, True):
                released = [
                    r
                    for key, rs in by_fails.items()
                    if key <= allowed
                    for r in rs
                    if r["only"] or not only
                ]
                new = sorted({d for r in released for d in r["disputes"]} - found)
                if not new:
                    continue
                labels = Counter(r["label"] for r in released)
                out.append(
                    {
                        "checks": list(checks),
                        "only": only,
                        "new": new,
                        "look-alike": labels["look-alike"],
                        "other": labels["other"],
                        "unsure": labels["unsure"],
                        "on found disputes": sum(
                            1
                            for r in released
                            if r["label"] == "dispute" and set(r["disputes"]) <= found
                        ),
                    }
                )
    return _minimal(out)


def _minimal(found: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The relaxations no smaller set of checks matches: a set that only adds checks no
    released pair fails ("event_one_unknown + part" releasing what "event_one_unknown" does)
    says nothing more."""

    def outcome(x: dict[str, Any]) -> tuple[Any, ...]:
        counts = (x["look-alike"], x["other"], x["unsure"], x["on found disputes"])
        return (x["only"], tuple(x["new"]), counts)

    seen: dict[tuple[Any, ...], list[frozenset[str]]] = defaultdict(list)
    kept = []
    for x in sorted(found, key=lambda x: len(x["checks"])):
        checks = frozenset(x["checks"])
        if any(smaller < checks for smaller in seen[outcome(x)]):
            continue
        seen[outcome(x)].append(checks)
        kept.append(x)
    kept.sort(key=lambda x: (x["look-alike"] + x["other"], -len(x["new"]), len(x["checks"])))
    return kept


def _summary(rows: Iterable[dict[str, Any]]) -> dict[str, int]:
    rows = list(rows)
    taken = [r for r in rows if r["decision"].startswith("conflict")]
    return {
        "pairs": len(rows),
        "taken": len(taken),
        "taken on look-alikes": sum(r["label"] == "look-alike" for r in taken),
        "look-alike pairs": sum(r["label"] == "look-alike" for r in rows),
        "dispute pairs": sum(r["label"] == "dispute" for r in rows),
    }


def main() -> int:
    from conflict_scorer_cv import analysed  # this folder: run as a script

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=2, help="checks allowed to fail at most")
    parser.add_argument("--cache", type=Path, default=None, help="analysed documents (pickle)")
    parser.add_argument("--json", type=Path, default=None, help="also write the pairs here")
    parser.add_argument("--top", type=int, default=25, help="relaxations printed")
    args = parser.parse_args()
    rows = traced_pairs(analysed(args.cache))
    print(json.dumps(_summary(rows)))
    for x in relaxations(rows, args.size)[: args.top]:
        only = " (each article's only figure)" if x["only"] else ""
        print(
            f"{' + '.join(x['checks'])}{only}: new {len(x['new'])}, look-alikes "
            f"{x['look-alike']}, other {x['other']}, unsure {x['unsure']}, on found disputes "
            f"{x['on found disputes']}  {x['new']}"
        )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
