"""Build ``src/newsbeat/data/word_weights.json``: the wording gate's fixed word weights.

The conflicts' wording gate (:mod:`newsbeat.compare.wording`) weighs each content word of two
claims' sentences by its inverse document frequency. The frequencies are counted once here, over
the ECB+ corpus's **train and dev** topics (``../shared/benchmarks/news-clustering/ecbplus/
ecbplus_docs.jsonl.gz``; the test topics 36-45 are never read): for each content word (as
:func:`newsbeat.compare.wording.content_words` reads it), the number of documents holding it.
Words of one document are left out (the gate weighs an unknown word as one of those).

The table is a count per word, derived from the corpus; no text of it is kept. ECB+ is
distributed under the Creative Commons Attribution 3.0 Unported licence (Cybulska and Vossen,
LREC 2014), credited in the file's ``about``.

    .venv/bin/python scripts/build_word_weights.py [--shared ../shared]
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

from data_build import build_main

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsbeat.compare.wording import content_words  # noqa: E402

OUT = ROOT / "src" / "newsbeat" / "data" / "word_weights.json"
DOCS = Path("benchmarks") / "news-clustering" / "ecbplus" / "ecbplus_docs.jsonl.gz"
SPLITS = ("train", "dev")  # never "test" (topics 36-45)
MIN_DOCUMENTS = 2


def count(path: Path) -> tuple[int, Counter[str]]:
    """How many train/dev documents, and in how many of them each content word stands."""
    documents = 0
    frequencies: Counter[str] = Counter()
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            if doc["split"] not in SPLITS:
                continue
            documents += 1
            frequencies.update(set(content_words(doc["text"])))
    return documents, frequencies


def build(shared: Path) -> dict[str, object]:
    """The data file: the notice, the document count and each kept word's frequency."""
    documents, frequencies = count(shared / DOCS)
    kept = {w: n for w, n in sorted(frequencies.items()) if n >= MIN_DOCUMENTS}
    return {
        "about": (
            "Document frequencies of content words over the ECB+ corpus's train and dev topics "
            "(982-document corpus, test topics 36-45 not read), for the conflicts' wording gate "
            "(newsbeat.compare.wording); built by scripts/build_word_weights.py. Derived from "
            "ECB+ (Cybulska and Vossen, LREC 2014), Creative Commons Attribution 3.0 Unported "
            "licence: counts only, no text."
        ),
        "documents": documents,
        "min_documents": MIN_DOCUMENTS,
        "document_frequencies": kept,
    }


if __name__ == "__main__":
    build_main(__doc__.split("\n")[0], build, OUT, ("document_frequencies",))
