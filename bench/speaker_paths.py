"""Quote speakers by the path that named them: counts and accuracy on data already read.

Every gold quote of the readable real-news splits (tuning, heldout … heldout9; the tenth and
eleventh held-out golds and the sub-topics reserved for them are never analysed) and of the
PolNeAR samples given (``bench/speakpol_read.py``'s A … F) is matched to newsbeat's quote as
the benches match it, and filed under the path that named its speaker
(:mod:`newsbeat.enrich.speaker_trace`). Right/wrong is the benches' own: a name-level match
for the real-news gold (``same_name``), ``_speaker_ok`` for PolNeAR, whose pronoun golds are
credited by span whatever name we resolved them to (counted apart as ``pronoun``: those lines
are judged by reading).

    PYTHONPATH=src .venv/bin/python bench/speaker_paths.py --samples A B C D E F --json FILE
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from reserved import readable  # this folder: run as a script

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV_SPLITS = ("tuning", *(f"heldout{n}" for n in ("", *range(2, 10))))
_SPACE = re.compile(r"\s+")


def _readable_doc(doc: str, group: str | None) -> bool:
    """A PolNeAR article or an extraction page of a dev split, or an ECB+ document of a
    readable sub-topic (never one reserved for the tenth or eleventh held-out gold)."""
    if doc.startswith(("polnear:", "page:")):
        return True
    return group is not None and readable(group)


def realnews_lines(shared: Path = SHARED) -> list[dict[str, Any]]:
    """Every readable dev gold quote with our speaker, its path and whether it is right."""
    from newsbeat.bench.realnews_gold import group_of, load_corpus, load_gold
    from newsbeat.bench.realnews_match import same_name
    from newsbeat.enrich import speaker_trace
    from newsbeat.enrich.actors import build_actors
    from newsbeat.enrich.analysis import EnrichOptions
    from newsbeat.enrich.doc_arrays import keep_sentences
    from newsbeat.enrich.nlp import load_pipeline, mask_datelines
    from newsbeat.enrich.quotes import extract_quotes

    options = EnrichOptions()
    nlp = load_pipeline(options.model)
    lines: list[dict[str, Any]] = []
    for split in DEV_SPLITS:
        gold = load_gold(split=split)
        items = [q for q in gold.quotes if _readable_doc(q.doc, group_of(q.doc))]
        wanted = {q.doc for q in items}
        corpus = load_corpus(gold, shared)
        ids = sorted(wanted)
        texts = [mask_datelines(corpus.texts[d]) for d in ids]
        for doc_id, text, doc in zip(ids, texts, nlp.pipe(texts, batch_size=8), strict=True):
            keep_sentences(doc)
            actors = build_actors(doc)
            with speaker_trace.tracing() as paths:
                preds = [
                    q
                    for q in extract_quotes(doc, actors, min_words=options.min_quote_words)
                    if q.kind == "direct"
                ]
            for item in (q for q in items if q.doc == doc_id):
                covering = [p for p in preds if p.start <= item.at < p.end + 1]
                if not covering:
                    continue
                best = min(covering, key=lambda p: abs(p.start - item.at))
                lines.append(
                    {
                        "set": split,
                        "doc": doc_id,
                        "gold": item.speaker,
                        "ours": best.speaker,
                        "path": paths.get(best.start, "?"),
                        "status": "ok" if same_name(best.speaker, item.names) else "WRONG",
                        "context": _SPACE.sub(" ", text[max(0, best.start - 200) : best.end + 160]),
                    }
                )
    return lines


def polnear_lines(sample: str) -> list[dict[str, Any]]:
    """The PolNeAR sample's scored lines (``speakpol_read``), each with its set's name."""
    import speakpol_read

    if sample == "DEV":
        result = speakpol_read.score(SHARED, None, split="dev")
    else:
        result = speakpol_read.score(SHARED, speakpol_read._named_sample(sample))
    return [{"set": sample, **line} for line in result["lines"]]


def coarse(path: str) -> str:
    """The path's step and the rule that decided the name: the cue's kind (a verb of saying or
    another verb, before or after the quote) and the last resolution label, sentence distances
    dropped; a continued quote is filed under the path it continues."""
    parts = path.split("|")
    if parts[0] == "continues":
        return coarse("|".join(parts[1:]))
    step = parts[0]
    how = next((p.removeprefix("cue=") for p in parts if p.startswith("cue=")), None)
    if how is not None:
        how = how.replace(":inverted", "").replace(":plain", "").replace(":in", "")
    last = parts[-1].split("@")[0] if len(parts) > 1 else ""
    if last.startswith("cue="):
        last = ""
    pieces = [step] + ([how] if how else []) + ([last] if last and last != how else [])
    return " / ".join(pieces)


def table(lines: list[dict[str, Any]], key: Any = coarse) -> list[tuple[str, int, int, int, int]]:
    """(path, quotes, named, named and right, named and credited by a pronoun's span) per
    path, most quotes first. A quote given nobody (None) is counted in ``quotes`` only: the
    path's precision is over the names it gives."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for line in lines:
        c = counts[key(line["path"])]
        c[0] += 1
        if line["ours"] is None:
            continue
        c[1] += 1
        c[2] += line["status"] != "WRONG"
        c[3] += line["status"] == "PRONOUN"
    return sorted(((k, *v) for k, v in counts.items()), key=lambda r: (-r[1], r[0]))


def main() -> None:
    """Print the path table of the data asked for."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples", nargs="*", default=[], choices=[*"ABCDEFGH", "DEV"])
    parser.add_argument("--no-realnews", action="store_true")
    parser.add_argument(
        "--saved", nargs="*", type=Path, default=[], help="lines saved by --json (either script)"
    )
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    lines = [] if args.no_realnews or args.saved else realnews_lines()
    for sample in args.samples:
        lines += polnear_lines(sample)
    for saved in args.saved:
        data = json.loads(saved.read_text(encoding="utf-8"))
        lines += data["lines"] if isinstance(data, dict) else data
    print(f"{'path':60} {'n':>5} {'named':>5} {'right':>5} {'prec':>6} {'pron':>5}")
    for path, n, named, right, pron in table(lines):
        prec = f"{right / named:6.3f}" if named else "     -"
        print(f"{path[:60]:60} {n:5} {named:5} {right:5} {prec} {pron:5}")
    if args.json:
        args.json.write_text(json.dumps(lines, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
