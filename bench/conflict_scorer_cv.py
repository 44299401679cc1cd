"""The conflict pair scorer's training pairs and its leave-one-split-out cross-validation.

Builds every conflict story of the **dev** gold splits (tuning, heldout … heldout9; never
heldout10 or heldout11, and no sub-topic of ``reserved.RESERVED``) as ``newsbeat bench
realnews`` builds it (``load_corpus``, ``analyse_corpus``), then:

1. **pairs**: every pair of disjoint figures of one unit from two articles of a story that
   ``compare.explain_claims`` traces, with its evidence (``compare.pair_scorer.FEATURES``) and
   its label: 1 when it joins two different values of one gold dispute (``score_conflicts``'
   clusters), else 0 (the guidelines list every disagreement of an annotated sub-topic, so an
   unlisted pair is no conflict). ``--pairs FILE`` writes them (no text: ids, values, evidence,
   label), the table ``scripts/build_conflict_scorer.py`` trains on.
2. **cross-validation**: for each dev split, a model trained on the other splits' pairs scores
   the left-out split through the whole pipeline (``compare_articles``, ``score_conflicts``),
   for each mode (``rescue``: the chain first, the scorer for the pairs it keeps apart;
   ``replace``: the scorer alone decides disjoint pairs) and each threshold; the counts are
   pooled over the splits. The rule chain alone is scored the same way.

    PYTHONPATH=src .venv/bin/python bench/conflict_scorer_cv.py [--pairs FILE] [--cache FILE]

``--cache FILE``: keep the analysed documents in a pickle there (this machine only, not
committed), so that a second run skips the parse (about two minutes).
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
# heldout7 and heldout8 have no conflict items; heldout10 and heldout11 are never read here.
DEV_SPLITS = ("tuning", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
              "heldout9")  # fmt: skip
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
# The sentence-vector route through the wording gate: the closeness in meaning tried.
MEANING_THRESHOLDS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
VECTOR_FEATURES = ("meaning", "phrase_meaning")


def analysed(cache: Path | None) -> dict[str, Any]:
    """Each dev split's conflict items and stories, and every story document analysed:
    ``{"splits": {split: {"gold", "groups", "members"}}, "docs": {doc: (id, article id, text,
    enrichment)}}``."""
    if cache is not None and cache.exists():
        with cache.open("rb") as handle:
            return pickle.load(handle)  # our own file, this machine
    from reserved import RESERVED  # this folder: run as a script

    from newsbeat.bench.realnews import _load, analyse_corpus
    from newsbeat.bench.realnews_gold import Corpus

    splits: dict[str, Any] = {}
    corpus = Corpus()
    for split in DEV_SPLITS:
        gold, docs = _load(None, split, None)
        groups = [g for g in gold.groups() if g not in RESERVED]
        members = {g: docs.members(g) for g in groups}
        splits[split] = {"gold": gold.conflicts, "groups": groups, "members": members}
        for group, ids in members.items():
            for doc in ids:
                corpus.texts[doc] = docs.texts[doc]
                corpus.groups[doc] = group
    slim = {
        d: (a.doc_id, a.article_id, a.text, a.enrichment) for d, a in analyse_corpus(corpus).items()
    }
    data = {"splits": splits, "docs": slim}
    if cache is not None:
        with cache.open("wb") as handle:
            pickle.dump(data, handle)
    return data


def _story(members: Sequence[str], docs: dict[str, Any]) -> tuple[list[Any], dict[int, Any]]:
    from newsbeat.models import Article

    rows = [docs[d] for d in members]
    articles = [Article(title="", text=text, outlet=doc, id=aid) for doc, aid, text, _ in rows]
    return articles, {aid: enr for _, aid, _, enr in rows if enr is not None}


def _sides(record: dict[str, Any], text: str) -> list[Any]:
    from newsbeat.bench.realnews_match import PredSide, locate

    return [
        PredSide(doc=record["outlet"], start=s, end=e, low=record["value"], high=record["high"])
        for s, e in locate(text, record["sentence"])
    ]


def pairs(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Every disjoint cross-article pair of the dev stories, with its evidence and label."""
    from newsbeat.bench.realnews_match import _clusters, _disputes, pair_matches
    from newsbeat.compare import claims, explain_claims

    docs = data["docs"]
    out = []
    saved = claims.default_model
    claims.default_model = lambda: None  # the chain's own decisions
    try:
        for split, info in data["splits"].items():
            conflicts = [c for c in info["gold"] if c.is_conflict]
            lookalikes = [c for c in info["gold"] if not c.is_conflict]
            for group in info["groups"]:
                clusters = _clusters([c for c in conflicts if c.group == group])
                near = [c for c in lookalikes if c.group == group]
                articles, enrichments = _story(info["members"][group], docs)
                for record in explain_claims(articles, enrichments):
                    if "evidence" not in record:
                        continue  # ranges overlap: never a conflict
                    pair = (
                        _sides(record["a"], docs[record["a"]["outlet"]][2]),
                        _sides(record["b"], docs[record["b"]["outlet"]][2]),
                    )
                    keyed = any(
                        _disputes(order, cl) for cl in clusters for order in (pair, pair[::-1])
                    )
                    alike = any(pair_matches(pair, c) for c in near)
                    # A look-alike of the gold stays one, whatever else its documents state.
                    # Both documents state the dispute's values, but not at these places: a
                    # headline's figure repeated, or another quantity of the same value. Left
                    # out of training (neither label is sure); scored as the gold says.
                    unsure = not keyed and not alike and _same_dispute(record, clusters)
                    out.append(
                        {
                            "split": split,
                            "story": group,
                            "a": [record["a"]["outlet"], record["a"]["value"]],
                            "b": [record["b"]["outlet"], record["b"]["value"]],
                            "chain": record["decision"],
                            "lookalike": alike,
                            "label": int(keyed),
                            "unsure": unsure,
                            "evidence": record["evidence"],
                        }
                    )
    finally:
        claims.default_model = saved
    return out


def _same_dispute(record: dict[str, Any], clusters: Sequence[Sequence[Any]]) -> bool:
    """Whether both figures are values of one gold dispute stated by their two documents,
    wherever in the document (the gold keys one place of each document: a headline's figure
    repeated in the body states the same dispute)."""

    def fits(side: dict[str, Any], key: Any) -> bool:
        low = side["value"] if side["value"] is not None else -float("inf")
        high = side["high"] if side["high"] is not None else float("inf")
        slack = 0.01 * abs(key.value)
        return key.doc == side["outlet"] and low - slack <= key.value <= high + slack

    for cluster in clusters:
        for x in cluster:
            if fits(record["a"], x) and any(
                fits(record["b"], y) and y.value != x.value for y in cluster
            ):
                return True
    return False


def write_pairs(path: Path, rows: Sequence[dict[str, Any]]) -> None:
    """The pair table as ``scripts/build_conflict_scorer.py`` reads it: gzipped CSV, one pair a
    line (split, story, label, unsure, look-alike, then the evidence in ``FEATURES`` order)."""
    from newsbeat.compare.pair_scorer import FEATURES

    head = ["split", "story", "label", "unsure", "lookalike", *FEATURES]
    lines = [",".join(head)]
    for r in rows:
        cells = [r["split"], r["story"], str(r["label"]), str(int(r["unsure"])),
                 str(int(r["lookalike"]))]  # fmt: skip
        cells += [f"{r['evidence'][name]:g}" for name in FEATURES]
        lines.append(",".join(cells))
    # No name and mtime 0 in the header: the same pairs give the same bytes.
    with path.open("wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as out:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))


def score(data: dict[str, Any], split: str, model: Any, options: Any = None) -> dict[str, Any]:
    """One split scored through the whole pipeline with ``model`` (None: the chain alone) and
    ``options`` (``CompareOptions``; None: the defaults)."""
    from newsbeat.bench.realnews import _claim_sides
    from newsbeat.bench.realnews_match import score_conflicts
    from newsbeat.compare import claims, compare_articles

    info = data["splits"][split]
    docs = data["docs"]
    predicted = []
    saved = claims.default_model
    claims.default_model = lambda: model
    try:
        for group in info["groups"]:
            articles, enrichments = _story(info["members"][group], docs)
            by_article = {
                aid: _Doc(doc_id=doc, text=text) for doc, aid, text, _ in
                (docs[d] for d in info["members"][group])
            }  # fmt: skip
            for pair in compare_articles(articles, enrichments, options).conflicts:
                predicted.append(
                    (
                        _claim_sides(pair.a.claims, by_article),  # type: ignore[arg-type]
                        _claim_sides(pair.b.claims, by_article),  # type: ignore[arg-type]
                    )
                )
    finally:
        claims.default_model = saved
    gold = [c for c in info["gold"] if c.group in info["groups"]]
    return score_conflicts(predicted, gold)


class _Doc:
    """What ``_claim_sides`` reads of an analysed document."""

    def __init__(self, *, doc_id: str, text: str) -> None:
        self.doc_id = doc_id
        self.text = text


def _pool(scores: Sequence[dict[str, Any]]) -> dict[str, Any]:
    total: Counter[str] = Counter()
    for s in scores:
        total.update({k: int(s[k]) for k in ("predicted", "right", "found", "gold_disputes",
                                             "on_lookalikes")})  # fmt: skip
    p = total["right"] / total["predicted"] if total["predicted"] else None
    r = total["found"] / total["gold_disputes"] if total["gold_disputes"] else None
    return {**total, "precision": p, "recall": r}


def cross_validate(
    data: dict[str, Any],
    rows: list[dict[str, Any]],
    feature_sets: dict[str, Sequence[str]],
    modes: Sequence[str] = ("rescue", "replace"),
    thresholds: Sequence[float] = THRESHOLDS,
) -> dict[str, Any]:
    """Leave one split out: train on the others' pairs, score the left-out split through the
    whole pipeline, per feature set, mode and threshold; pooled over the splits, with the chain
    alone."""
    sys.path.insert(0, str(SCRIPTS))
    from build_conflict_scorer import train

    from newsbeat.compare.pair_scorer import model_from

    chain = {s: score(data, s, None) for s in data["splits"]}
    runs: dict[str, dict[str, Any]] = {
        "chain": {"splits": chain, "pooled": _pool(list(chain.values()))}
    }
    _report("chain", runs["chain"])
    for split in data["splits"]:
        for label, names in feature_sets.items():
            trained = train([r for r in rows if r["split"] != split], names)
            for mode in modes:
                for t in thresholds:
                    model = model_from({**trained, "threshold": t, "mode": mode})
                    key = f"{label} {mode} {t:g}".strip()
                    runs.setdefault(key, {"splits": {}})["splits"][split] = score(
                        data, split, model
                    )
    for run in runs.values():
        run["pooled"] = _pool(list(run["splits"].values()))
    return runs


def _report(key: str, run: dict[str, Any]) -> None:
    """One run's pooled counts on one line."""
    p = run["pooled"]
    prec = "-" if p["precision"] is None else f"{p['precision']:.3f}"
    print(
        f"{key:22s} predicted {p['predicted']:3d} right {p['right']:3d} "
        f"found {p['found']:3d}/{p['gold_disputes']} P {prec} R {p['recall']:.3f} "
        f"on look-alikes {p['on_lookalikes']}",
        flush=True,
    )


def _without_vectors() -> tuple[str, ...]:
    from newsbeat.compare.pair_scorer import FEATURES

    return tuple(f for f in FEATURES if f not in VECTOR_FEATURES)


def meaning_route(data: dict[str, Any], thresholds: Sequence[float]) -> dict[str, Any]:
    """The chain with the vector route through the wording gate, one run per threshold (no
    training: the threshold is the one parameter, chosen on the pooled table)."""
    from newsbeat.compare.records import CompareOptions

    runs: dict[str, Any] = {}
    for t in thresholds:
        options = CompareOptions(min_meaning=t)
        splits = {s: score(data, s, None, options) for s in data["splits"]}
        runs[f"meaning {t:g}"] = {"splits": splits, "pooled": _pool(list(splits.values()))}
        _report(f"meaning {t:g}", runs[f"meaning {t:g}"])
    return runs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", type=Path, default=None, help="write the pair table here")
    parser.add_argument("--cache", type=Path, default=None, help="analysed documents (pickle)")
    parser.add_argument("--json", type=Path, default=None, help="write the CV table here")
    parser.add_argument(
        "--vectors",
        action="store_true",
        help="also train without the sentence-vector features (VECTOR_FEATURES), to "
        "compare the two, and score the vector route through the wording gate "
        "(CompareOptions.min_meaning at each of MEANING_THRESHOLDS)",
    )
    parser.add_argument("--modes", nargs="+", default=["rescue", "replace"], help="scorer modes")
    parser.add_argument(
        "--thresholds", nargs="*", type=float, default=THRESHOLDS, help="scorer thresholds"
    )
    parser.add_argument(
        "--meaning",
        nargs="*",
        type=float,
        default=MEANING_THRESHOLDS,
        help="closeness in meaning tried for the vector route (with --vectors)",
    )
    args = parser.parse_args()
    data = analysed(args.cache)
    rows = pairs(data)
    print(f"{len(rows)} pairs, {sum(r['label'] for r in rows)} positive")
    if args.pairs:
        write_pairs(args.pairs, rows)
    from newsbeat import sentence_vectors
    from newsbeat.compare.pair_scorer import FEATURES

    sets: dict[str, Sequence[str]] = {"": FEATURES}
    if args.vectors:
        sets = {"words": _without_vectors(), "vectors": FEATURES}
    # Every claim sentence of the dev stories kept encoded across the runs (tens of MB).
    sentence_vectors._KEPT = 1 << 20
    runs = meaning_route(data, args.meaning) if args.vectors else {}
    runs.update(cross_validate(data, rows, sets, args.modes, args.thresholds))
    print("pooled:")
    for key, run in runs.items():
        _report(key, run)
    if args.json:
        args.json.write_text(json.dumps(runs, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
