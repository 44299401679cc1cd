"""Event frames and the dates that place the counted act: what reading them would release.

Session 37 (conf37) left one lead for the missed conflicts: the pairs of a few missed disputes
fail the event check on two verbs of one *frame* (comments received / sorted / processed, a
home lived in / moved to, a prison term given / served, an illness faked / feigned / admitted),
and then two to four more checks, chiefly the date of an earlier event ("in October", "five or
six years ago", "in 1959") that may date the counted act itself. This script measures that lead
as an upper bound, on every disjoint cross-article pair of the readable dev stories
(``conflict_relaxations.traced_pairs``: tuning, heldout … heldout9; no sub-topic of
``reserved.RESERVED``, never heldout10 or heldout11), each pair with the checks it fails and
each side's event and earlier-event date.

Readings, each letting one check pass for some pairs, alone and together:

- ``frame``: two events of one class of :data:`FRAMES` pass the event check (conf37's verb pairs,
  taken at their widest: a bound, not a lexicon anyone has reviewed);
- ``contained``: two dates of which one holds the other's words ("april 2003" / "2003") pass
  the date check (one may be the other written more precisely);
- ``undated``: a date on one side only passes the date check (the bound: every such date read
  as the counted act's own, never as an earlier event's);
- ``gate``: on pairs whose two events are of one frame, the wording gate passes too.

For each set of readings it prints how many pairs change their failed checks and how many are
released (checks failed before, none after), by label (dispute, look-alike, unsure, other),
the missed disputes the released pairs join, and each missed dispute's nearest pair's
remaining checks when one or two are left. A reading worth writing as a rule joins a missed
dispute and releases neither a look-alike nor a pair on no gold item.

    PYTHONPATH=src .venv/bin/python bench/conflict_frames.py [--cache FILE] [--json FILE]

``--cache FILE``: the analysed documents (``conflict_scorer_cv.analysed``; this machine only).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

# conf37's verb pairs of the missed disputes, each widened to the verbs its sentences use.
FRAMES: tuple[frozenset[str], ...] = (
    frozenset({"receive", "sort", "process", "ignore"}),  # a set of comments on a proposal
    frozenset({"live", "move"}),  # where someone lives
    frozenset({"sentence", "serve", "receive"}),  # a prison term
    frozenset({"fake", "feign", "admit", "plead", "keep"}),  # an illness feigned for years
)
READINGS = ("frame", "contained", "undated", "gate")
COMBINATIONS: tuple[tuple[str, ...], ...] = (
    ("frame",),
    ("contained",),
    ("undated",),
    ("frame", "contained"),
    ("frame", "undated"),
    ("frame", "contained", "undated"),
    ("frame", "contained", "undated", "gate"),
)


def one_frame(first: str, second: str) -> bool:
    """Whether two different known events are verbs of one frame class."""
    return (
        bool(first and second)
        and first != second
        and any({first, second} <= frame for frame in FRAMES)
    )


def contained(first: str, second: str) -> bool:
    """Whether one date's words hold the other's ("april 2003" holds "2003")."""
    a, b = set(first.split()), set(second.split())
    return bool(a and b) and (a <= b or b <= a)


def remaining(row: dict[str, Any], readings: Iterable[str]) -> frozenset[str]:
    """The checks a traced pair still fails once ``readings`` let theirs pass."""
    fails = set(row["fails"])
    readings = set(readings)
    a, b = row["slots"]
    framed = one_frame(a["event"], b["event"])
    if "frame" in readings and framed:
        fails.discard("event_other")
    if "dated_apart" in fails:
        if "contained" in readings and contained(a["dated"], b["dated"]):
            fails.discard("dated_apart")
        if "undated" in readings and "" in (a["dated"], b["dated"]):
            fails.discard("dated_apart")
    if "gate" in readings and framed:
        fails.discard("gate")
    return frozenset(fails)


def measure(rows: Sequence[dict[str, Any]], readings: Sequence[str]) -> dict[str, Any]:
    """What one set of readings changes over the traced pairs (see the module docstring)."""
    found = {d for r in rows if r["decision"].startswith("conflict") for d in r["disputes"]}
    changed: Counter[str] = Counter()
    released: Counter[str] = Counter()
    new: set[str] = set()
    nearest: dict[str, frozenset[str]] = {}
    for row in rows:
        if row["decision"].startswith("conflict"):
            continue
        left = remaining(row, readings)
        # unchanged pairs are not counted: one failing no check is kept apart by a rule outside
        # the checks (the currency rule), which no reading here lets pass
        if left != frozenset(row["fails"]):
            changed[row["label"]] += 1
            if not left:
                released[row["label"]] += 1
                new |= set(row["disputes"]) - found
        if row["label"] == "dispute":
            for dispute in set(row["disputes"]) - found:
                if dispute not in nearest or len(left) < len(nearest[dispute]):
                    nearest[dispute] = left
    return {
        "readings": list(readings),
        "changed": dict(changed),
        "released": dict(released),
        "new": sorted(new),
        "nearest": {d: sorted(left) for d, left in sorted(nearest.items()) if len(left) <= 2},
    }


def main() -> int:
    from conflict_relaxations import traced_pairs  # this folder: run as a script
    from conflict_scorer_cv import analysed

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=None, help="analysed documents (pickle)")
    parser.add_argument("--json", type=Path, default=None, help="write the measurements here")
    args = parser.parse_args()
    rows = traced_pairs(analysed(args.cache))
    framed = Counter(
        r["label"] for r in rows if one_frame(r["slots"][0]["event"], r["slots"][1]["event"])
    )
    print(json.dumps({"pairs": len(rows), "pairs on two verbs of one frame": dict(framed)}))
    out = [measure(rows, readings) for readings in COMBINATIONS]
    for x in out:
        print(
            f"{' + '.join(x['readings'])}: changed {x['changed']}, released {x['released']}, "
            f"new {x['new']}"
        )
        for dispute, left in x["nearest"].items():
            print(f"    {dispute}: still fails {left or 'nothing'}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
