"""Print what newsbeat shows a reader for each story of a held-out gold split, to be counted
by reading.

Each story (an ECB+ sub-topic of the split's conflict file) is built as ``newsbeat bench
realnews`` builds it: the gold's corpus (``load_corpus``), its documents analysed by
``analyse_corpus`` (dateline-masked text, ``analyse_doc``), the story's members compared
(``compare_articles``) and summarised (``summarise_articles``, default options). What is printed
is the story as the product's views read it: the enrichments of the story renamed at read time
(``resolve_unnamed`` and ``resolve_surnames``, as ``story_enrichments`` and
``load_story_material`` do), then every relation with its sentence, every quote with its
speaker, every conflict, update and compatible pair with both sentences, the entities (name,
type the most mentions carry, mentions; those of uncertain type apart, as the printed lists
leave them out: ``report.entity_lists``) and the summary bullets.

    PYTHONPATH=src .venv/bin/python bench/heldout_read.py --split heldout4 [--json FILE]

Refused: ECB+ test topics 36-45 and the sub-topics reserved for a held-out gold not yet scored
(``reserved.RESERVED``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from reserved import readable  # this folder: run as a script

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _sides(pair: Any) -> list[dict[str, Any]]:
    out = []
    for group in (pair.a, pair.b):
        c = group.first.claim
        out.append(
            {
                "outlets": group.outlets,
                "value": group.value,
                "what": c.what,
                "unit": c.unit,
                "sentence": c.sentence,
            }
        )
    return out


def read_split(split: str, shared: Path = SHARED) -> list[dict[str, Any]]:
    """Every story of the split as a reader sees it (see the module docstring)."""
    from newsbeat.bench.realnews import _articles, analyse_corpus
    from newsbeat.bench.realnews_gold import Corpus, load_corpus, load_gold, resolve_keys
    from newsbeat.compare import compare_articles
    from newsbeat.compare.summarise import summarise_articles
    from newsbeat.enrich.reading import resolve_surnames, resolve_unnamed
    from newsbeat.report.entity_lists import uncertain_entities
    from newsbeat.serialize import enrichment_json

    gold = load_gold(None, split)
    corpus = load_corpus(gold, shared)
    resolve_keys(gold, corpus)
    groups = gold.groups()
    refused = [g for g in groups if not readable(g)]
    if refused:
        raise SystemExit(f"refused (reserved or test): {', '.join(refused)}")
    members = {g: corpus.members(g) for g in groups}
    wanted = {d for docs in members.values() for d in docs}
    sub = Corpus(
        texts={d: t for d, t in corpus.texts.items() if d in wanted},
        groups={d: corpus.groups.get(d) for d in wanted},
    )
    analysed = analyse_corpus(sub)
    out = []
    for group in groups:
        items = [analysed[d] for d in members[group]]
        raw = [a.enrichment for a in items if a.enrichment is not None]
        read = resolve_surnames(resolve_unnamed(raw))
        by_id = {e.article_id: e for e in read}
        doc_of = {a.article_id: a.doc_id for a in items}
        articles = _articles(items)
        comparison = compare_articles(articles, by_id)
        summary = summarise_articles(articles, by_id)
        shown = enrichment_json(read)
        out.append(
            {
                "story": group,
                "documents": len(items),
                "relations": [
                    {**r, "doc": doc_of.get(r["article_id"] or -1)} for r in shown["relations"]
                ],
                "events": len(shown["events"]),
                "quotes": [
                    {**q, "doc": doc_of.get(q["article_id"] or -1)} for q in shown["quotes"]
                ],
                "pairs": [
                    {"kind": p.kind, "reason": p.reason, "sides": _sides(p)}
                    for p in [*comparison.conflicts, *comparison.updates, *comparison.compatible]
                ],
                "entities": shown["entities"],
                "uncertain": sorted(uncertain_entities(read)),
                "summary": [{"doc": s.outlet, "text": s.text} for s in summary],
            }
        )
    return out


def _print(stories: list[dict[str, Any]]) -> None:
    for s in stories:
        print(f"==== {s['story']} ({s['documents']} documents, {s['events']} events not shown)")
        print(f"-- relations ({len(s['relations'])})")
        for n, r in enumerate(s["relations"], 1):
            print(f" R{n}. [{r['doc']}] {r['source']} {r['type']} {r['target']}")
            print(f"      {' '.join(r['evidence'].split())}")
        print(f"-- quotes ({len(s['quotes'])})")
        for n, q in enumerate(s["quotes"], 1):
            via = f" via {q['via']}" if q.get("via") else ""
            print(f" Q{n}. [{q['doc']}] {q['speaker']}{via} ({q['kind']}): {q['text'][:200]}")
        print(f"-- conflicts, updates, compatible ({len(s['pairs'])})")
        for n, p in enumerate(s["pairs"], 1):
            print(f" P{n}. {p['kind']}: {p['reason']}")
            for side in p["sides"]:
                print(f"      {side['value']} {side['what']} {', '.join(side['outlets'])}")
                print(f"        {' '.join(side['sentence'].split())}")
        left_out = set(s.get("uncertain", []))
        printed = [e for e in s["entities"] if e["name"] not in left_out]
        print(f"-- entities ({len(printed)}; {len(left_out)} of uncertain type left out)")
        print("   " + "; ".join(f"{e['name']} {e['type']} {e['mentions']}" for e in printed))
        if left_out:
            print("   left out: " + "; ".join(sorted(left_out)))
        print(f"-- summary ({len(s['summary'])})")
        for n, b in enumerate(s["summary"], 1):
            print(f" S{n}. [{b['doc']}] {' '.join(b['text'].split())}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="heldout4")
    parser.add_argument("--json", type=Path, default=None, help="also write the stories here")
    args = parser.parse_args()
    stories = read_split(args.split)
    _print(stories)
    if args.json:
        args.json.write_text(json.dumps(stories, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
