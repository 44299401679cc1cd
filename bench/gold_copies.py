"""Conflict gold items for the unkeyed copies of a keyed sentence.

ECB+ sub-topics hold copies: one wire sentence printed by several documents. The annotators
keyed a figure in one document and often not in its copies, and the scorer matches a
prediction by document and offset, so a right prediction made from a copy counted as a false
conflict. For every split with conflict items and every key of every item (conflicts and
look-alikes alike), this script looks in every *other* document of the item's sub-topic for

- **sentence**: the sentence holding the key's span, whitespace normalised, found whole; or
- **context**: the span with 60 characters of text either side (clipped at the document's
  ends), whitespace normalised,

at a position no key of the split's conflict file overlaps, and proposes the item pairing that
copy with the original item's other side: same label, same ``what``, id ``<id>c<n>``. A copy
in the other side's own document is not proposed (a conflict is between two documents), nor
is a copy of a copy item's side (only an original item's sides are looked for).

Only the gold and its corpus are read (``load_gold``, ``load_corpus``): nothing of newsbeat's
analysis. Every proposal is to be read before it is written (a copy may be an edited update
with another figure), so ``--write`` takes the ids to leave out with ``--skip``; it appends the
kept items to each split's ``conflicts.jsonl``. A second run then proposes nothing (the copies
are keyed).

    PYTHONPATH=src .venv/bin/python bench/gold_copies.py [--split heldout] [--show]
    PYTHONPATH=src .venv/bin/python bench/gold_copies.py --write --skip hc010c1 ...
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsbeat.bench.realnews_gold import (
    SPLITS,
    Corpus,
    Gold,
    NumberKey,
    default_gold_dir,
    load_corpus,
    load_gold,
    resolve_keys,
    split_dir,
)

CONTEXT = 60
COPY_NOTE = "copy of "
# A sentence ends at a line break, or at . ! ? (and a closing quote) before a capital or an
# opening quote; ECB+ texts are one sentence a line, so the second rule rarely matters.
_BOUNDARY = re.compile(r"\n+|(?<=[.!?])[\"”’)]?\s+(?=[A-Z\"“‘(])")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Proposal:
    """One proposed item: ``copy`` stands for side ``side`` of item ``source``."""

    id: str
    split: str
    source: dict[str, Any]
    side: str
    copy: NumberKey
    how: str
    sentence: str
    original: str


def sentence_bounds(text: str, at: int, end: int) -> tuple[int, int]:
    """The start and end of the sentence(s) holding ``[at, end)``, whitespace stripped."""
    start, stop = 0, len(text)
    for m in _BOUNDARY.finditer(text):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= end:
            stop = m.start()
            break
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return start, stop


def _pattern(before: str, span: str, after: str, *, whole: bool) -> re.Pattern[str]:
    """``before`` + span (captured) + ``after``, each whitespace run matching any other (and
    ``whole``: not glued to a word character on either side, as a whole sentence is not)."""

    def loose(piece: str) -> str:
        return r"\s+".join(re.escape(part) for part in _SPACE.sub(" ", piece).split(" "))

    edge = (r"(?<!\w)", r"(?!\w)") if whole else ("", "")
    return re.compile(f"{edge[0]}{loose(before)}({loose(span)}){loose(after)}{edge[1]}")


def find_copies(text: str, key: NumberKey, other_text: str) -> list[tuple[int, str, str]]:
    """Where ``other_text`` repeats the key: (offset of the span, the span as written there,
    how: ``sentence`` or ``context``)."""
    end = key.at + len(key.span)
    s0, s1 = sentence_bounds(text, key.at, end)
    found: dict[int, tuple[str, str]] = {}
    ways = (
        ("sentence", text[s0 : key.at], text[end:s1]),
        ("context", text[max(0, key.at - CONTEXT) : key.at], text[end : end + CONTEXT]),
    )
    for how, before, after in ways:
        pattern = _pattern(before, key.span, after, whole=how == "sentence")
        for m in pattern.finditer(other_text):
            found.setdefault(m.start(1), (m.group(1), how))
    return [(at, span, how) for at, (span, how) in sorted(found.items())]


def _keyed(gold: Gold) -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = {}
    for c in gold.conflicts:
        for k in (c.a, c.b):
            spans.setdefault(k.doc, []).append((k.at, k.at + len(k.span)))
    return spans


def _overlaps(spans: list[tuple[int, int]], at: int, end: int) -> bool:
    return any(a < end and at < b for a, b in spans)


def propose(split: str, gold: Gold, corpus: Corpus, rows: list[dict[str, Any]]) -> list[Proposal]:
    """Every copy item of one split (``rows``: its conflict file's JSON objects, in order)."""
    keyed = _keyed(gold)
    ids = {row["id"] for row in rows}
    seen: set[tuple[Any, ...]] = set()
    out: list[Proposal] = []
    for row, item in zip(rows, gold.conflicts, strict=True):
        if str(row.get("note", "")).startswith(COPY_NOTE):
            continue  # an item this script wrote: its copies are the original item's
        number = 0
        for side, key, other in (("a", item.a, item.b), ("b", item.b, item.a)):
            text = corpus.texts[key.doc]
            for doc in corpus.members(item.group):
                if doc in (key.doc, other.doc):
                    continue
                for at, span, how in find_copies(text, key, corpus.texts[doc]):
                    copy = NumberKey(doc=doc, at=at, span=span, value=key.value)
                    if _overlaps(keyed.get(doc, []), at, at + len(copy.span)):
                        continue
                    ident = (item.label, item.what, frozenset({(doc, at), (other.doc, other.at)}))
                    if ident in seen:
                        continue
                    seen.add(ident)
                    number += 1
                    new_id = f"{item.id}c{number}"
                    if new_id in ids:
                        raise SystemExit(f"{split}: id {new_id} is taken")
                    s0, s1 = sentence_bounds(corpus.texts[doc], at, at + len(copy.span))
                    o0, o1 = sentence_bounds(text, key.at, key.at + len(key.span))
                    out.append(
                        Proposal(
                            id=new_id,
                            split=split,
                            source=row,
                            side=side,
                            copy=copy,
                            how=how,
                            sentence=corpus.texts[doc][s0:s1],
                            original=text[o0:o1],
                        )
                    )
    return out


def as_row(p: Proposal) -> dict[str, Any]:
    """The gold item of a proposal, in the conflict file's field order."""
    sides = {"a": p.source["a"], "b": p.source["b"]}
    sides[p.side] = {
        "doc": p.copy.doc,
        "at": p.copy.at,
        "span": p.copy.span,
        "value": p.source[p.side]["value"],
    }
    head = {k: p.source[k] for k in ("subtopic", "label", "what") if k in p.source}
    note = f"{COPY_NOTE}{p.source['id']} side {p.side} ({p.how})"
    return {"id": p.id, **head, **sides, "note": note}


def _rows(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=None, help="gold folder (default: package)")
    parser.add_argument("--shared", type=Path, default=None)
    parser.add_argument("--split", action="append", choices=sorted(SPLITS))
    parser.add_argument("--show", action="store_true", help="print both sentences of each")
    parser.add_argument("--write", action="store_true", help="append the kept items")
    parser.add_argument("--skip", nargs="*", default=[], help="proposal ids not to write")
    parser.add_argument("--json", type=Path, help="write every proposal here")
    args = parser.parse_args(argv)
    folder = args.gold or default_gold_dir()
    skip = set(args.skip)
    dump: list[dict[str, Any]] = []
    total = 0
    for split in args.split or list(SPLITS):
        path = split_dir(folder, split) / "conflicts.jsonl"
        if not path.exists():
            continue
        gold = load_gold(folder, split)
        if not gold.conflicts:
            continue
        corpus = load_corpus(gold, args.shared)
        resolve_keys(gold, corpus)
        proposals = propose(split, gold, corpus, _rows(path))
        kept = [p for p in proposals if p.id not in skip]
        total += len(kept)
        print(f"== {split}: {len(gold.conflicts)} items, {len(proposals)} proposed")
        for p in proposals:
            row = as_row(p)
            mark = "SKIP " if p.id in skip else ""
            k = row[p.side]
            o = row["b" if p.side == "a" else "a"]
            print(
                f"{mark}{p.id} {row['label']:<9} {row['what']!r}: {k['doc']}@{k['at']} "
                f"{k['span']!r}={k['value']} (copy of {p.source['id']}.{p.side} "
                f"{p.source[p.side]['doc']}@{p.source[p.side]['at']}, {p.how}) vs "
                f"{o['doc']}@{o['at']} {o['span']!r}={o['value']}"
            )
            if args.show:
                print(f"    original: {p.original}")
                print(f"    copy:     {p.sentence}")
            dump.append({"split": split, "skip": p.id in skip, **row, "sentence": p.sentence})
        if args.write and kept:
            with path.open("a", encoding="utf-8") as handle:
                for p in kept:
                    handle.write(json.dumps(as_row(p), ensure_ascii=False) + "\n")
        skip -= {p.id for p in proposals}
    if skip:
        print(f"--skip ids not proposed: {sorted(skip)}", file=sys.stderr)
        return 2
    print(f"== {'written' if args.write else 'would add'}: {total}")
    if args.json:
        args.json.write_text(
            json.dumps(dump, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
