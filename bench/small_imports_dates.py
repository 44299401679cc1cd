"""Small imports of ECB+ sub-topics with and without the dates their stamp lines give.

stories33 measured the stories stage on small imports (2 or 3 readable train/dev sub-topics,
seed 33: 60 pairs and 40 triples, B³ pooled over the imports, weighted by documents). Session
34 dated the documents whose first lines hold a publication stamp
(:func:`newsbeat.extract.stamps.first_stamp`) and found that dates split the imports' events.
This script prints the three measures of that finding (docs/realnews-annotation.md, "Session
34 (lead)"):

    PYTHONPATH=src .venv/bin/python bench/small_imports_dates.py            # mixed imports
    PYTHONPATH=src .venv/bin/python bench/small_imports_dates.py --dated-only --head 0

``--dated-only`` keeps the stamped documents alone and clusters them dated and undated;
``--head``, ``--live-days``, ``--dormant-days`` and ``--decay-days`` set the cluster options of
the ablations. ECB+ test topics and reserved sub-topics are never read (:func:`reserved.readable`).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from reserved import readable

from newsbeat.bench.ecbplus import EcbDoc, b_cubed, load_ecbplus, run_incremental
from newsbeat.bench.stories import default_ecbplus
from newsbeat.extract.stamps import first_stamp
from newsbeat.stories.cluster import ClusterOptions

READ_ON = dt.date(2026, 12, 7)  # stamps after this day are refused


def stamp_time(doc: EcbDoc) -> float | None:
    """Noon UTC of the day the document's stamp line gives, or None."""
    stamp = first_stamp(doc.text.split("\n"), not_after=READ_ON)
    if stamp is None:
        return None
    day = stamp.day
    return dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC).timestamp()


def imports(by: dict[str, list[EcbDoc]]) -> list[list[str]]:
    """stories33's draw: 60 pairs and 40 triples of sub-topics, seed 33."""
    names = sorted(by)
    rng = random.Random(33)
    return [rng.sample(names, 2) for _ in range(60)] + [rng.sample(names, 3) for _ in range(40)]


def cluster(docs: list[EcbDoc], dated: bool, options: ClusterOptions) -> tuple[list, list]:
    """Story id and gold sub-topic per document, in the stage's order (dated by time, then
    the undated ones)."""
    items = sorted(
        ((stamp_time(d) if dated else None, n, d) for n, d in enumerate(docs)),
        key=lambda x: (x[0] is None, x[0] or 0.0, x[1]),
    )
    stories = run_incremental([d for _, _, d in items], options, times=[t for t, _, _ in items])
    return stories, [d.subtopic for _, _, d in items]


def pooled(groups: list[list[EcbDoc]], dated: bool, options: ClusterOptions) -> tuple[float, float]:
    """B³ precision and recall pooled over the imports, weighted by documents."""
    p_sum = r_sum = n_sum = 0.0
    for docs in groups:
        if len(docs) < 2:
            continue
        pred, gold = cluster(docs, dated, options)
        p, r, _ = b_cubed(pred, gold)
        p_sum, r_sum, n_sum = p_sum + p * len(gold), r_sum + r * len(gold), n_sum + len(gold)
    return round(p_sum / n_sum, 4), round(r_sum / n_sum, 4)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dated-only", action="store_true")
    parser.add_argument("--head", type=float)
    parser.add_argument("--live-days", type=float)
    parser.add_argument("--dormant-days", type=float)
    parser.add_argument("--decay-days", type=float)
    args = parser.parse_args()
    changes = {
        "head_threshold": args.head,
        "live_days": args.live_days,
        "dormant_days": args.dormant_days,
        "decay_days": args.decay_days,
    }
    options = dataclasses.replace(
        ClusterOptions(), **{k: v for k, v in changes.items() if v is not None}
    )
    docs = [d for d in load_ecbplus(default_ecbplus(), ("train", "dev")) if readable(d.subtopic)]
    by: dict[str, list[EcbDoc]] = defaultdict(list)
    for doc in docs:
        by[doc.subtopic].append(doc)
    keep = (lambda d: stamp_time(d) is not None) if args.dated_only else (lambda d: True)
    groups = [[d for s in draw for d in by[s] if keep(d)] for draw in imports(by)]
    print(
        "documents dated by a stamp:", sum(stamp_time(d) is not None for d in docs), "of", len(docs)
    )
    print("undated B3 P/R:", pooled(groups, False, options))
    print("dated   B3 P/R:", pooled(groups, True, options))


if __name__ == "__main__":
    main()
