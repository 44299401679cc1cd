"""Print newsbeat's summary of ECB+ sub-topics, to be counted by reading.

Each sub-topic is one story, built as ``newsbeat bench realnews`` builds it: its train/dev
documents (those in the coreference sentence index), dateline-masked, analysed by the enrich
stage's ``analyse_doc`` and summarised by ``summarise_articles`` with the default options. Each
bullet is printed with the document it cites and that document's headline line; with
``--check`` every bullet's text is looked for in the text of the document it cites.

    PYTHONPATH=src .venv/bin/python bench/summaries_read.py --set tuned [--json FILE]
    PYTHONPATH=src .venv/bin/python bench/summaries_read.py --set unseen [--json FILE]

``tuned``: the 24 sub-topics of the tuning, heldout and heldout2 golds (branch sumfix read
them). ``unseen``: the ten sub-topics of heldout3 and two more train/dev sub-topics, counted
before any change and not tuned on. ``others3``: eight train/dev sub-topics neither of those
passes read (branch sumfix3 tuned on them); ``heldout4``: the six sub-topics of the fourth
held-out gold, sumfix3's unseen check; ``unseen4``: eight train/dev sub-topics no other set names
and ``readable`` allows, drawn with ``random.Random(1616).sample`` from the 15 such (sorted by
topic number, then name), sumfix4's unseen check; ``unseen5``: the train/dev sub-topics with
documents left that no set names and ``readable`` allows (all of them; 15_ecb, 15_ecbplus, 17_ecb
and 17_ecbplus have none in the index; 16_ecb, first in it, is now reserved), sumverbs' unseen
check. Refused: ECB+ test
topics 36-45 and the sub-topics reserved for a held-out gold not yet scored
(``reserved.RESERVED``); the fourth and fifth held-out golds' have been scored and read.

The analysis of each document is cached (pickled) in ``--cache``: a summary rule change only
re-runs the summary.
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from reserved import readable  # this folder: run as a script

ECB = Path(__file__).resolve().parents[1].parent / "shared/benchmarks/news-clustering/ecbplus"
SETS = {
    "tuned": [
        "20_ecb",
        "20_ecbplus",
        "24_ecb",
        "24_ecbplus",
        "33_ecb",
        "33_ecbplus",
        "12_ecb",
        "12_ecbplus",
        "21_ecb",
        "21_ecbplus",
        "3_ecb",
        "3_ecbplus",
        "9_ecb",
        "9_ecbplus",
        "6_ecb",
        "6_ecbplus",
        "35_ecb",
        "35_ecbplus",
        "11_ecb",
        "11_ecbplus",
        "23_ecbplus",
        "23_ecb",
        "32_ecb",
        "32_ecbplus",
    ],
    "unseen": [
        "18_ecb",
        "18_ecbplus",
        "28_ecb",
        "28_ecbplus",
        "13_ecb",
        "13_ecbplus",
        "2_ecb",
        "2_ecbplus",
        "26_ecb",
        "26_ecbplus",
        "19_ecbplus",
        "29_ecb",
    ],
    "others3": [
        "1_ecb",
        "1_ecbplus",
        "4_ecb",
        "16_ecbplus",
        "19_ecb",
        "29_ecbplus",
        "31_ecb",
        "31_ecbplus",
    ],
    "heldout4": [
        "5_ecb",
        "7_ecbplus",
        "14_ecbplus",
        "25_ecb",
        "27_ecbplus",
        "30_ecbplus",
    ],
    "unseen4": [
        "7_ecb",
        "8_ecbplus",
        "10_ecb",
        "22_ecb",
        "27_ecb",
        "30_ecb",
        "34_ecb",
        "34_ecbplus",
    ],
    "unseen5": [
        "4_ecbplus",
        "5_ecbplus",
        "8_ecb",
        "10_ecbplus",
        "14_ecb",
        "25_ecbplus",
    ],
}


def _documents(wanted: set[str]) -> dict[str, list[tuple[str, str]]]:
    by_story: dict[str, list[tuple[str, str]]] = defaultdict(list)
    with gzip.open(ECB / "ecbplus_docs.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            story = row["subtopic"]
            if story not in wanted or row["split"] == "test" or not row["in_coref_sentence_index"]:
                continue
            by_story[story].append((row["doc_id"], row["text"]))

    def order(doc: str) -> int:
        return int("".join(c for c in doc.split("_", 1)[1] if c.isdigit()) or 0)

    return {s: sorted(d, key=lambda x: order(x[0])) for s, d in by_story.items()}


def analysed(stories: list[str], cache: Path, model: str = "en_core_web_sm") -> dict[str, Any]:
    """(article, enrichment or None) of every document, by sub-topic (cached)."""
    from newsbeat.enrich.analysis import ArticleInput, EnrichOptions, analyse_doc
    from newsbeat.enrich.nlp import detect_language, load_pipeline, mask_datelines
    from newsbeat.enrich.rules_version import RULES_VERSION
    from newsbeat.models import Article

    docs = _documents(set(stories))
    out: dict[str, Any] = {}
    cache.mkdir(parents=True, exist_ok=True)
    nlp = None
    number = 0
    for story in stories:
        path = cache / f"{story}-{model}-rules{RULES_VERSION}.pickle"  # new rules, new analyses
        texts = [(d, mask_datelines(t)) for d, t in docs[story]]
        if path.exists():
            kept = pickle.loads(path.read_bytes())
            if [a.text for a, _ in kept] == [t for _, t in texts]:
                out[story] = kept
                number += len(kept)
                continue
        nlp = nlp or load_pipeline(model)
        items = []
        for (doc, text), parse in zip(texts, nlp.pipe([t for _, t in texts]), strict=True):
            number += 1
            article = Article(title="", text=text, outlet=doc, id=number)
            enrichment = None
            if detect_language(text).lang == "en":
                enrichment = analyse_doc(
                    parse,
                    ArticleInput(id=number, text=text, outlet=doc),
                    EnrichOptions(model=model),
                )
            items.append((article, enrichment))
        path.write_bytes(pickle.dumps(items))
        out[story] = items
    return out


def run(
    stories: list[str], cache: Path, options: dict[str, float] | None = None
) -> list[dict[str, Any]]:
    """Each story's bullets: text, cited document, its headline line, found in it or not."""
    from newsbeat.compare.summarise import (
        SummaryOptions,
        candidate_sentences,
        summarise_articles,
    )

    try:
        from newsbeat.compare.summary_names import without_insertions
    except ImportError:  # an older tree, printed for a before/after count

        def without_insertions(text: str) -> str:
            return text

    opts = SummaryOptions(**(options or {}))  # type: ignore[arg-type]

    refused = [s for s in stories if not readable(s)]
    if refused:
        raise SystemExit(f"refused (reserved or test): {', '.join(refused)}")
    out = []
    for story, items in analysed(stories, cache).items():
        articles = [a for a, _ in items]
        by_id = {a.id: a for a in articles}
        enrichments = {a.id: e for a, e in items if e is not None and a.id is not None}
        found = candidate_sentences(articles, enrichments, opts)
        position = {(c[0], c[1].id): c[2] for c in found}
        bullets = []
        for s in summarise_articles(articles, enrichments, opts):
            text = by_id[s.article_id].text
            bullets.append(
                {
                    "doc": s.outlet,
                    "position": position.get((without_insertions(s.text), s.article_id)),
                    "headline": text.strip().split("\n", 1)[0][:100],
                    "text": s.text,
                    "found": " ".join(without_insertions(s.text).split()) in " ".join(text.split()),
                }
            )
        out.append({"story": story, "documents": len(items), "bullets": bullets})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=sorted(SETS), default="tuned")
    parser.add_argument("--stories", nargs="*", default=None, help="these sub-topics instead")
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "newsbeat-summaries"
    )
    parser.add_argument("--json", type=Path, default=None, help="also write the summaries here")
    parser.add_argument(
        "--option", action="append", default=[], help="a SummaryOptions field: name=value"
    )
    args = parser.parse_args()
    options = {k: float(v) for k, v in (o.split("=", 1) for o in args.option)}
    result = run(args.stories or SETS[args.set], args.cache, options)
    for story in result:
        print(f"== {story['story']} ({story['documents']} documents)")
        for n, b in enumerate(story["bullets"], 1):
            mark = "" if b["found"] else " [NOT IN CITED DOC]"
            print(f" {n}. [{b['doc']} #{b['position']}]{mark} {b['text']}")
            print(f"      headline: {b['headline']}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
