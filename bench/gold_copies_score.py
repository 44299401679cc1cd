"""Which predicted conflicts change status between two versions of the real-news gold.

The documents of every split are analysed once, as ``newsbeat bench realnews`` analyses them
(``load_corpus``, ``analyse_corpus``, the story's ``compare_articles``); each predicted
conflict of every annotated story, the tool's and the bench's baseline's, is then scored alone
against the old and the new gold's conflict items (``score_conflicts``): right, on a
look-alike, or false. Every prediction whose status differs is printed with its two sides
(document and the text they cover); ``--wrong`` prints too every tool prediction not right in
the new gold. Written to check the copy items of ``bench/gold_copies.py``.

    PYTHONPATH=src .venv/bin/python bench/gold_copies_score.py OLD_GOLD [NEW_GOLD] [--wrong]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def _status(pair: Any, items: Any) -> str:
    from newsbeat.bench.realnews_match import score_conflicts

    score = score_conflicts([pair], items)
    return "right" if score["right"] else "lookalike" if score["on_lookalikes"] else "false"


def _side(sides: Any, texts: dict[str, str]) -> list[str]:
    return sorted({f"{s.doc}@{s.start}: {texts[s.doc][s.start : s.end]}" for s in sides})


def main(argv: list[str] | None = None) -> int:
    from newsbeat.bench.realnews import (
        _baseline_conflicts,
        _tool_conflicts,
        _union,
        analyse_corpus,
    )
    from newsbeat.bench.realnews_gold import (
        SPLITS,
        default_gold_dir,
        load_corpus,
        load_gold,
        split_dir,
    )

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path, nargs="?", default=None)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--wrong", action="store_true", help="also list the predictions not right")
    args = parser.parse_args(argv)
    new_dir = args.new or default_gold_dir()
    golds = {}
    for split in SPLITS:
        if not (split_dir(new_dir, split) / "conflicts.jsonl").exists():
            continue
        old, new = load_gold(args.old, split), load_gold(new_dir, split)
        if new.conflicts:
            golds[split] = (old, new, load_corpus(new))
    corpus = _union([c for _, _, c in golds.values()])
    analysed = analyse_corpus(corpus)
    changed: list[dict[str, Any]] = []
    counts: dict[str, dict[str, int]] = {}
    for split, (old, new, split_corpus) in golds.items():
        tally = counts.setdefault(split, {})
        for group in new.groups():
            members = [analysed[d] for d in split_corpus.members(group)]
            pairs = [("tool", p) for p in _tool_conflicts(members)]
            pairs += [("baseline", p) for p in _baseline_conflicts(members)]
            for who, pair in pairs:
                before, after = _status(pair, old.conflicts), _status(pair, new.conflicts)
                change = f"{who} {before}->{after}"
                tally[change] = tally.get(change, 0) + 1
                if before != after or (args.wrong and who == "tool" and after != "right"):
                    changed.append(
                        {
                            "split": split,
                            "story": group,
                            "by": who,
                            "before": before,
                            "after": after,
                            "a": _side(pair[0], corpus.texts),
                            "b": _side(pair[1], corpus.texts),
                        }
                    )
    print(json.dumps({"counts": counts, "changed": changed}, indent=1, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps({"counts": counts, "changed": changed}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
