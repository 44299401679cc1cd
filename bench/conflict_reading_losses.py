"""Every number of the readable real-news gold that enrich does not read, by its shape.

``bench/conflict_stages.py`` files each *missed dispute* under the furthest stage its items
reach; this script looks at the first stage alone, for *every* conflict item of the readable
gold (disputes and look-alikes): each side whose number is not a claim of its sentence ("not
read"), a claim there with another value ("misread") or a bystander's claim, sorted into a few
shapes by the gold span's own words (:func:`shape`). The look-alikes' sides count too: they
are numbers annotators found worth keying that the reader passes over, so each class says
where reading loses figures in general, not where one dispute stops.

Reserved stories (``reserved.RESERVED``: heldout10, heldout11) and ECB+ test topics are left
out entirely: none of their documents is analysed or printed.

    PYTHONPATH=src .venv/bin/python bench/conflict_reading_losses.py [--list] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

# The shapes, tried in order on the gold span (the few words keyed at the number).
_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "age",
        re.compile(
            r"\d\s*-\s*years?\s*-?\s*old|years?\s+old|\baged?\s+\d|\bages\s+\d|"
            r"^\d{1,3},\s|^\d{1,3}\s+(?:in|on)\s+[A-Z]|^\d0s\b",
            re.I,
        ),
    ),
    ("split decimal", re.compile(r"(?:^|\s|\D)\d*\.\s+\d|(?:^|\s)\.\s?\d|of\.\s?\d")),
    ("score or record", re.compile(r"\b\d+\s*-\s*\d+\b|\b\d+-of-\d+\b")),
    (
        "ordinal or rank",
        re.compile(
            r"\b\d+(?:st|nd|rd|th)\b|\bno\.\s*\d|\b(?:first|second|third|fourth|fifth|sixth|"
            r"seventh|eighth|ninth|tenth)\b",
            re.I,
        ),
    ),
    ("times or frequency", re.compile(r"\b(?:once|twice|\d+\s+times)\b|-\s*time\b", re.I)),
    (
        "a span without a figure",
        re.compile(
            r"^(?:an?|one|couple of)\s+(?:second|minute|hour|day|week|month|year)s?\b|"
            r"\b(?:less|more) than an?\b|\b(?:about|over|nearly|roughly) an?\s|^hour\b|"
            r"^year\b",
            re.I,
        ),
    ),
    ("seasons", re.compile(r"\bseasons?\b", re.I)),
    ("share in words", re.compile(r"\b(?:half|third|quarter|quarters|in \d+)\b", re.I)),
    ("part of a number (N of ...)", re.compile(r"^\w+\s+of\b(?!\s+(?:thousands|millions))", re.I)),
    (
        "vague or alternative",
        re.compile(r"\b(?:tens|hundreds|thousands) of\b|\b\d+\s+or\s+\d+\b|more than", re.I),
    ),
    ("sum of money", re.compile(r"\$|\bp\d|\bmillion\b|\bbillion\b|\bbn\b", re.I)),
    (
        "size before a noun (N-unit noun)",
        re.compile(r"\d\s*-\s*(?:[a-z]+)\s+[a-z]|\b\w+ acre\b|\w-foot-\w", re.I),
    ),
    ("bare number", re.compile(r"^\s*\d{1,3}\s*[.,]?\s*$")),
)
OTHER = "other"


def shape(span: str) -> str:
    """The shape class of a gold span: the first of :data:`_SHAPES` it matches, else
    :data:`OTHER`."""
    for name, pattern in _SHAPES:
        if pattern.search(span):
            return name
    return OTHER


def run() -> list[dict[str, Any]]:
    """One row for each side of a readable gold conflict item that enrich does not read."""
    from conflict_stages import _state  # this folder: run as a script
    from reserved import readable

    from newsbeat.bench.realnews import _load, analyse_corpus
    from newsbeat.bench.realnews_gold import HELDOUT_SPLITS, Corpus
    from newsbeat.bench.realnews_match import locate

    splits = {s: _load(None, s, None) for s in ("tuning", *HELDOUT_SPLITS)}
    kept = Corpus()
    for _, corpus in splits.values():
        for doc, text in corpus.texts.items():
            group = corpus.groups.get(doc)
            if group and readable(group):
                kept.texts[doc] = text
                kept.groups[doc] = group
    docs = analyse_corpus(kept)
    rows: list[dict[str, Any]] = []
    for split, (gold, _) in splits.items():
        for item in gold.conflicts:
            if not readable(item.group):
                continue
            for side in (item.a, item.b):
                state = _state(side, docs)
                if state == "read":
                    continue
                analysed = docs[side.doc]
                sentence = next(
                    (s.text for s in analysed.parsed.sents if s.start_char <= side.at < s.end_char),
                    "",
                )
                claims = []
                for c in analysed.enrichment.claims if analysed.enrichment else []:
                    if any(s <= side.at < e for s, e in locate(analysed.text, c.sentence)):
                        claims.append(f"{c.low}-{c.high} {c.what} ({c.event})")
                rows.append(
                    {
                        "split": split,
                        "id": item.id,
                        "dispute": item.is_conflict,
                        "label": item.label,
                        "state": state,
                        "shape": shape(side.span),
                        "span": side.span,
                        "sentence": sentence,
                        "claims": claims,
                    }
                )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--list", action="store_true", help="print every side, by shape")
    parser.add_argument("--json", type=Path, default=None, help="also write the rows here")
    args = parser.parse_args()
    rows = run()
    sides: Counter[str] = Counter(r["shape"] for r in rows)
    disputes: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if r["dispute"]:
            disputes[r["shape"]].add(r["id"])
    states = Counter(r["state"] for r in rows)
    print(f"{len(rows)} sides not read of readable gold items ({dict(states)})")
    print("shape: sides (dispute items among them)")
    for name, n in sides.most_common():
        print(f"{n:4d}  {name}  ({len(disputes[name])} dispute items)")
    if args.list:
        for name, _ in sides.most_common():
            print(f"\n== {name}")
            for r in rows:
                if r["shape"] == name:
                    tag = "DISPUTE" if r["dispute"] else r["label"]
                    print(f"  {r['split']} {r['id']} {tag} {r['state']}: {r['span']!r}")
                    print(f"      {r['sentence'][:200]!r}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
