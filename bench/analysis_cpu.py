"""The CPU of the enrich analysis alone (``enrich.analysis.analyse_doc``), and its output.

Reads the first ``--docs`` ECB+ train documents of sub-topics the readers may read
(``reserved.readable``: no test topic, no sub-topic reserved for a held-out gold), as the
scale bench gives them to the stage (dateline-masked text). Nothing here prints an article or
what was found in it.

- ``parse --cache DIR``: parse them once (``nlp.pipe``, batches of 16) into ``DIR/docs.spacy``
  (a spaCy ``DocBin``) and ``DIR/texts.json``;
- ``time --cache DIR [--docs 200] [--passes 3]``: CPU seconds (``time.process_time``) of the
  analysis of each of the first ``--docs`` cached parses, in this process, in each pass; every
  pass empties the caches of names and first analyses the cached parses after those (which
  loads the gazetteers and lexicons once, and fills the caches with other articles' names, as
  a worker's earlier articles would). Prints one JSON line: each pass's total, their median
  and the sum over the articles of each one's fastest pass (the figure least blurred by other
  jobs on the machine);
- ``profile --cache DIR [--top 40]``: ``cProfile`` of one pass, warmed up as ``time`` is, the
  functions with the most own time (cProfile inflates small Python calls: read it for the call
  graph, time changes with ``time``);
- ``dump --out FILE [--partition 16] [--demo]``: the real path, ``analyse_partition`` over
  partitions of the texts (parse and analysis), each enrichment as one JSON line: compare two
  files byte for byte (``cmp``) to see that a change left the output alone. ``--demo``: every
  article of the demo corpus instead; ``--split dev``: the ECB+ dev documents (readers who
  want text the rules were not written on: the train documents were read first).

Run old and new code alternately with ``PYTHONPATH`` pointing at each tree:

    PYTHONPATH=src .venv/bin/python bench/analysis_cpu.py parse --cache /tmp/ac --docs 250
    PYTHONPATH=src .venv/bin/python bench/analysis_cpu.py time --cache /tmp/ac --docs 200
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import json
import pstats
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reserved import readable

ECBPLUS = Path("benchmarks") / "news-clustering" / "ecbplus"


def _texts(shared: Path, count: int, split: str = "train") -> list[str]:
    from newsbeat.bench.ecbplus import load_ecbplus
    from newsbeat.enrich.nlp import mask_datelines

    docs = [d for d in load_ecbplus(shared / ECBPLUS, splits=(split,)) if readable(d.subtopic)]
    return [mask_datelines(d.text) for d in docs[:count]]


def _inputs(texts: list[str]) -> list[Any]:
    from newsbeat.enrich.analysis import ArticleInput

    return [ArticleInput(id=n, text=text) for n, text in enumerate(texts, 1)]


def parse(cache: Path, shared: Path, count: int) -> None:
    """Parse the documents once into the cache folder."""
    from spacy.tokens import DocBin

    from newsbeat.enrich.analysis import EnrichOptions
    from newsbeat.enrich.nlp import load_pipeline

    texts = _texts(shared, count)
    nlp = load_pipeline(EnrichOptions().model)
    docs = DocBin(store_user_data=False)
    for doc in nlp.pipe(texts, batch_size=16):
        docs.add(doc)
    cache.mkdir(parents=True, exist_ok=True)
    docs.to_disk(cache / "docs.spacy")
    (cache / "texts.json").write_text(json.dumps(texts), encoding="utf-8")


def _cached(cache: Path) -> tuple[list[Any], list[Any]]:
    from spacy.tokens import DocBin

    from newsbeat.enrich.analysis import EnrichOptions
    from newsbeat.enrich.nlp import load_pipeline

    texts = json.loads((cache / "texts.json").read_text(encoding="utf-8"))
    nlp = load_pipeline(EnrichOptions().model)
    docs = list(DocBin().from_disk(cache / "docs.spacy").get_docs(nlp.vocab))
    return docs, _inputs(texts)


def _analyse_all(docs: list[Any], inputs: list[Any]) -> list[float]:
    """Analyse each doc; the CPU seconds of each."""
    from newsbeat.enrich.analysis import EnrichOptions, analyse_doc
    from newsbeat.enrich.doc_text import keep_text

    options = EnrichOptions()
    seconds = []
    for doc, article in zip(docs, inputs, strict=True):
        start = time.process_time()
        doc.user_data.clear()  # nothing kept from the previous pass
        keep_text(doc, article.text)
        analyse_doc(doc, article, options)
        seconds.append(time.process_time() - start)
    return seconds


# Caches of names kept across articles (absent from older code): emptied before each pass,
# since no real run sees the same article twice.
_NAME_CACHES = (
    ("newsbeat.enrich.actor_table", "clean_name"),
    ("newsbeat.enrich.actor_table", "lookup_country"),
    ("newsbeat.enrich.actor_full_names", "full_name_in_text"),
    ("newsbeat.enrich.names", "fold_name"),
    ("newsbeat.enrich.names", "is_first_name"),
    ("newsbeat.enrich.names", "_guess"),
    ("newsbeat.enrich.names", "place_kind"),
)


def _empty_name_caches() -> None:
    import importlib

    for module, name in _NAME_CACHES:
        clear = getattr(getattr(importlib.import_module(module), name), "cache_clear", None)
        if clear is not None:
            clear()
    arrays = importlib.import_module("newsbeat.enrich.doc_arrays")
    getattr(arrays, "forget_strings", lambda: None)()  # token strings kept across docs


def time_passes(cache: Path, count: int, passes: int) -> dict[str, Any]:
    """CPU seconds of each pass of the analysis over the first ``count`` cached parses, after
    a warm-up pass over the rest."""
    docs, inputs = _cached(cache)
    if len(docs) <= count:
        raise SystemExit(f"{cache}: {len(docs)} parses; parse more than {count} to warm up on")
    per_doc: list[list[float]] = []
    for _ in range(passes):
        _empty_name_caches()
        _analyse_all(docs[count:], inputs[count:])
        per_doc.append(_analyse_all(docs[:count], inputs[:count]))
    totals = [round(sum(found), 3) for found in per_doc]
    return {
        "docs": count,
        "warm_up_docs": len(docs) - count,
        "passes_cpu_s": totals,
        "median_cpu_s": statistics.median(totals),
        # each article's fastest pass: other jobs on the machine only ever add time
        "min_per_doc_cpu_s": round(sum(min(times) for times in zip(*per_doc, strict=True)), 3),
    }


def profile(cache: Path, count: int, top: int) -> None:
    """The functions with the most own time over one pass of the first ``count`` parses
    (after a warm-up pass over the rest)."""
    docs, inputs = _cached(cache)
    _empty_name_caches()
    _analyse_all(docs[count:], inputs[count:])
    profiler = cProfile.Profile()
    profiler.enable()
    _analyse_all(docs[:count], inputs[:count])
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(top)


def _demo_inputs() -> list[Any]:
    """Every article of the demo corpus (the non-English ones are skipped by the stage)."""
    from newsbeat.demo import corpus_path
    from newsbeat.enrich.analysis import ArticleInput
    from newsbeat.importers import read_inputs
    from newsbeat.models import Article

    found = [a for a in read_inputs([corpus_path()]) if isinstance(a, Article)]
    return [ArticleInput.of(dataclasses.replace(a, id=n)) for n, a in enumerate(found, 1)]


def dump(out: Path, shared: Path, count: int, partition: int, demo: bool, split: str) -> None:
    """Each enrichment of the real path as one JSON line (sorted keys)."""
    from newsbeat.enrich.analysis import EnrichOptions, analyse_partition

    inputs = _demo_inputs() if demo else _inputs(_texts(shared, count, split))
    options = EnrichOptions()
    with out.open("w", encoding="utf-8") as handle:
        for start in range(0, len(inputs), partition):
            for found in analyse_partition(inputs[start : start + partition], options):
                row = dataclasses.asdict(found)
                handle.write(json.dumps(row, sort_keys=True, ensure_ascii=False) + "\n")


def main() -> None:
    """Parse the command line and run one command."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("parse", "time", "profile", "dump"))
    parser.add_argument("--cache", type=Path, default=Path("/tmp/newsbeat-analysis-cpu"))
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--partition", type=int, default=16)
    parser.add_argument("--demo", action="store_true", help="dump: the demo corpus instead")
    parser.add_argument(
        "--split", choices=("train", "dev"), default="train", help="dump: ECB+ split to read"
    )
    args = parser.parse_args()
    if args.command == "parse":
        parse(args.cache, args.shared, args.docs)
    elif args.command == "time":
        print(json.dumps(time_passes(args.cache, args.docs, args.passes)))
    elif args.command == "profile":
        profile(args.cache, args.docs, args.top)
    else:
        if args.out is None:
            parser.error("dump needs --out FILE")
        dump(args.out, args.shared, args.docs, args.partition, args.demo, args.split)


if __name__ == "__main__":
    main()
