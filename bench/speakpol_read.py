"""Quote speakers on seeded samples of PolNeAR train articles, scored and printed for reading.

The articles are PolNeAR **train** articles that no split of the real-news gold through
heldout10 names (every such split's ``doc_ids()``, the tenth held-out gold's included, computed
and never printed; heldout11, drawn later from the articles left, is not counted, so that the
samples stay the articles already read). Sample A is
``random.Random(1414).sample(eligible, 40)``; sample B is ``random.Random(1515).sample`` of the
eligible articles outside A (disjoint). Sample C (branch speakask) is
``random.Random(1717).sample`` of 40 outside A, B and the 60 articles speakpol drew with
``random.Random(1616)`` from the rest after A and B. Samples D (tuning) and E (unseen) of
branch speakobj, F (tuning), G (unseen) of branch speakobj2 and H (unseen until speakpol3's
check) are fixed name lists drawn by the lead (``bench/speakpol_fixed.py``). ``DEV`` is every
article of PolNeAR's dev split (a check, never tuned on; the test split is never read here).
Each article is analysed as the enrich stage does
(dateline mask, ``keep_sentences``, ``build_actors``, ``extract_quotes`` with the stage's
minimum quote length) and its direct quotes are scored against the gold attributions with
``newsbeat bench enrich``'s own reader and matching (``load_polnear``, ``_speaker_ok``: our
speaker mention overlaps the gold source span, or our resolved name shares a name word with
it). A gold source that is a pronoun is credited by its span whatever name we resolved it to,
so those lines are printed apart (``PRONOUN``) with the resolved name, to be judged by reading.
Each line carries the path that named its speaker (``newsbeat.enrich.speaker_trace``).

    PYTHONPATH=src .venv/bin/python bench/speakpol_read.py --sample A [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "his", "her", "their", "its"})
_SPACE = re.compile(r"\s+")


def _eligible(shared: Path) -> list[str]:
    """PolNeAR train article names that no real-news gold split names (sorted)."""
    import tarfile

    from newsbeat.bench.realnews_gold import POLNEAR_FILE, POLNEAR_PREFIX, SPLITS, load_gold

    used: set[str] = set()
    # The splits through heldout10 only: the samples were drawn before heldout11 took 60 of
    # the then unused articles, and must stay the articles already read.
    for split in [s for s in SPLITS if s != "heldout11"]:
        used.update(
            d.removeprefix(POLNEAR_PREFIX)
            for d in load_gold(split=split).doc_ids()
            if d.startswith(POLNEAR_PREFIX)
        )
    with tarfile.open(shared / "benchmarks" / POLNEAR_FILE) as tar:
        all_names = sorted(
            n.rsplit("/", 1)[-1][:-4]
            for n in tar.getnames()
            if "/data/train/text/" in n and n.endswith(".txt")
        )
    return [n for n in all_names if n not in used]


def samples(shared: Path) -> dict[str, list[str]]:
    """The three seeded, disjoint samples of 40 eligible articles."""
    eligible = _eligible(shared)
    first = sorted(random.Random(1414).sample(eligible, 40))
    rest = [n for n in eligible if n not in set(first)]
    second = sorted(random.Random(1515).sample(rest, 40))
    rest = [n for n in rest if n not in set(second)]
    checked = set(random.Random(1616).sample(rest, 60))  # speakpol's check of every quote
    rest = [n for n in rest if n not in checked]
    third = sorted(random.Random(1717).sample(rest, 40))
    return {"A": first, "B": second, "C": third}


def _clip(text: str, start: int, end: int, pad: int = 160) -> str:
    left = text[max(0, start - pad) : start]
    right = text[end : end + pad]
    return _SPACE.sub(" ", f"{left}[[{text[start:end]}]]{right}")


@contextmanager
def _tracing() -> Iterator[dict[int, str]]:
    """The speaker trace (:mod:`newsbeat.enrich.speaker_trace`); an empty one for a copy of
    newsbeat without it, so that an older checkout can be scored with this script."""
    try:
        from newsbeat.enrich import speaker_trace
    except ImportError:
        yield {}
        return
    with speaker_trace.tracing() as paths:
        yield paths


def score(shared: Path, names: list[str] | None, split: str = "train") -> dict[str, Any]:
    """Score and list every gold direct quote of the named articles (None: every article of
    the split)."""
    from newsbeat.bench.enrich import _speaker_ok, best_overlap, load_polnear
    from newsbeat.enrich.actors import build_actors
    from newsbeat.enrich.analysis import EnrichOptions
    from newsbeat.enrich.doc_arrays import keep_sentences
    from newsbeat.enrich.nlp import load_pipeline, mask_datelines
    from newsbeat.enrich.quotes import extract_quotes

    wanted = None if names is None else set(names)
    articles = [a for a in load_polnear(shared, split) if wanted is None or a[0] in wanted]
    options = EnrichOptions()
    nlp = load_pipeline(options.model)
    texts = [mask_datelines(a[1]) for a in articles]
    found = right = attributed = 0
    lines: list[dict[str, Any]] = []
    for (name, text, gold), masked, doc in zip(
        articles, texts, nlp.pipe(texts, batch_size=8), strict=True
    ):
        keep_sentences(doc)
        actors = build_actors(doc)
        with _tracing() as paths:
            preds = [
                q
                for q in extract_quotes(doc, actors, min_words=options.min_quote_words)
                if q.kind == "direct"
            ]
        for g in gold:
            if g.source is None:
                continue
            attributed += 1
            at = best_overlap(text, g, [(p.start, p.end) for p in preds])
            if at is None:
                continue
            best = preds[at]
            found += 1
            span = None
            if best.speaker_start is not None and best.speaker_end is not None:
                span = (best.speaker_start, best.speaker_end)
            ok = _speaker_ok(g, span, best.speaker)
            right += ok
            pronoun = g.source_text.strip().lower() in _PRONOUNS
            lines.append(
                {
                    "doc": name,
                    "status": ("PRONOUN" if pronoun else "ok") if ok else "WRONG",
                    "gold": g.source_text,
                    "ours": best.speaker,
                    "mention": masked[span[0] : span[1]] if span else None,
                    "via": best.via,
                    "path": paths.get(best.start, "?"),
                    "quote": _SPACE.sub(" ", best.text)[:90],
                    "context": _clip(text, g.spans[0][0], g.spans[-1][1]),
                    "wide": _clip(text, g.spans[0][0], g.spans[-1][1], pad=420) if pronoun else "",
                }
            )
    return {
        "articles": len(articles),
        "gold_attributed": attributed,
        "found": found,
        "right": right,
        "speaker_accuracy": round(right / found, 4) if found else 0.0,
        "lines": lines,
    }


def _named_sample(key: str) -> list[str]:
    """Sample A, B or C as drawn by :func:`samples`, or a fixed list D … H."""
    if key in {"D", "E", "F", "G", "H"}:
        import speakpol_fixed  # a sibling file: this script is run from bench/ or by path

        return list(getattr(speakpol_fixed, f"SAMPLE_{key}"))
    return samples(SHARED)[key]


def main() -> None:
    """Print the sample's score and its wrong and pronoun lines."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", choices=(*"ABCDEFGH", "DEV"), default="A")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--all", action="store_true", help="print the right lines too")
    parser.add_argument(
        "--pronouns", action="store_true", help="print only the he/she lines, each with its name"
    )
    args = parser.parse_args()
    if args.sample == "DEV":  # every PolNeAR dev article: rules may be checked there
        result = score(SHARED, None, split="dev")
    else:
        result = score(SHARED, _named_sample(args.sample))
    for line in result["lines"]:
        if args.pronouns and line["gold"].strip().lower() not in {"he", "she"}:
            continue
        if line["status"] == "ok" and not (args.all or args.pronouns):
            continue
        print(
            f"{line['status']} {line['doc']} gold={line['gold']!r} ours={line['ours']!r} "
            f"mention={line['mention']!r} via={line['via']!r} path={line['path']}\n"
            f"    {line['wide'] if args.pronouns else line['context']}\n"
        )
    keys = ("articles", "gold_attributed", "found", "right", "speaker_accuracy")
    print(json.dumps({k: result[k] for k in keys}))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
