"""Count the text shapes that break the parse (``newsbeat.enrich.text_shapes``) on real text.

Corpora: ECB+ train/dev documents (never the test topics 36-45), the 181 extraction-benchmark
pages' reference bodies and trafilatura's extraction of the same pages (the benchmark's stored
output). Prints, per corpus, documents and occurrences of each shape: those the repair undoes
(``shape: …``, what :func:`~newsbeat.enrich.text_shapes.find_shapes` edits) and the raw
look-alikes of each shape (``raw: …``, a plain pattern: what a repair could have touched). With
``--parse [SHAPE ...]``, also how spaCy reads the repaired documents differently: sentences, and the
tokens whose part of speech, head or entity label changes. Nothing here prints article text
beyond ``--examples N`` keys of a few words around an occurrence (for reading, not for the repo).

    PYTHONPATH=src .venv/bin/python bench/text_shapes.py [--shared ../shared] [--parse]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ECB = Path("benchmarks") / "news-clustering" / "ecbplus" / "ecbplus_docs.jsonl.gz"
PAGES = Path("benchmarks") / "article-extraction"
TEST_TOPICS = range(36, 46)

# Raw look-alikes: every occurrence of the written shape, whatever it is.
RAW = {
    "raw: word - word": re.compile(r"(?<![\w-])[^\W_]+ - [^\W_]+"),
    "raw: d, ddd": re.compile(r"(?<![\d.,])\d{1,3}, \d{3}(?!\d)"),
    "raw: d. d": re.compile(r"(?<![\d.])\d+\. \d+"),
    'raw: straight " glued both sides': re.compile(r'(?<=[^\W_]|[,.:;!?])"(?=[^\W_])'),
    'raw: straight " spaced both sides': re.compile(r'(?<=[ \t])"(?=[ \t])'),
    "raw: curly mark spaced inside": re.compile(r"“ | ”"),
    'raw: inch mark (d")': re.compile(r'\d"'),
    "raw: time d: dd": re.compile(r"\b\d{1,2}: \d{2}\b"),
    "raw: a. m. / p. m.": re.compile(r"\b[ap]\. m\."),
    "raw: spaced initials (U. S.)": re.compile(r"\b[A-Z]\. [A-Z]\."),
    "raw: spaced apostrophe (he ’ s)": re.compile(r"[^\W_] ['’] ?(?:s|t|re|ve|ll|d|m)\b"),
    "raw: sentence glued (word.Word)": re.compile(r"[a-z]{2}[.!?][A-Z][a-z]"),
}


def corpora(shared: Path) -> dict[str, dict[str, str]]:
    """ECB+ train/dev, the pages' reference bodies, trafilatura's output: {doc id: text}."""
    ecb: dict[str, str] = {}
    with gzip.open(shared / ECB, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["split"] == "test" or not row["in_coref_sentence_index"]:
                continue
            if int(row["topic"]) in TEST_TOPICS:  # never: the test split holds them
                raise SystemExit(f"{row['doc_id']}: a test topic outside the test split")
            ecb[row["doc_id"]] = row["text"]
    gold = json.loads((shared / PAGES / "ground-truth.json").read_text(encoding="utf-8"))
    with gzip.open(shared / PAGES / "output" / "trafilatura.json.gz", "rt") as handle:
        traf = json.load(handle)
    traf = traf.get("output", traf)
    return {
        "ecb": ecb,
        "pages": {k: v["articleBody"] for k, v in gold.items()},
        "trafilatura": {k: (v.get("articleBody") or "") for k, v in traf.items()},
    }


def count(texts: dict[str, str], examples: int) -> dict[str, dict[str, object]]:
    """Documents and occurrences of each shape (fixed and raw) in one corpus."""
    from newsbeat.enrich.text_shapes import find_shapes

    docs: dict[str, set[str]] = defaultdict(set)
    found: Counter[str] = Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    for doc_id, text in texts.items():
        for shape, occurrences in find_shapes(text).items():
            for occurrence in occurrences:
                key = f"shape: {shape}"
                found[key] += 1
                docs[key].add(doc_id)
                if len(shown[key]) < examples:
                    at = occurrence[0][0]
                    shown[key].append(f"{doc_id[:14]}: {text[max(0, at - 25) : at + 20]!r}")
        for name, pattern in RAW.items():
            for m in pattern.finditer(text):
                found[name] += 1
                docs[name].add(doc_id)
                if len(shown[name]) < examples:
                    shown[name].append(
                        f"{doc_id[:14]}: {text[max(0, m.start() - 20) : m.end() + 15]!r}"
                    )
    return {
        name: {"docs": len(docs[name]), "occurrences": found[name], "examples": shown[name]}
        for name in sorted(found)
    }


def parse_changes(texts: dict[str, str], model: str, shapes: tuple[str, ...]) -> dict[str, int]:
    """How spaCy reads the repaired copy of each document with one of ``shapes`` against the
    original: documents, sentences, and tokens at the same characters whose part of speech,
    dependency label or head, or entity label differs (the repaired parse laid over the
    original text, as the enrich stage gets it)."""
    from newsbeat.enrich import nlp as pipeline
    from newsbeat.enrich.text_shapes import SHAPED, shape_text

    nlp = pipeline.load_pipeline(model)
    plain = nlp.tokenizer.tokenizer  # the plain one, under newsbeat's repair
    repairing = pipeline.ShapedTokenizer(plain, shapes)

    def parsed(text: str, repair: bool) -> object:
        doc = repairing(text) if repair else plain(text)
        for _, component in nlp.pipeline:
            doc = component(doc)
        return doc

    out: Counter[str] = Counter()
    for text in texts.values():
        if not shape_text(text, shapes).changed:
            continue
        out["documents with the shape"] += 1
        new, old = parsed(text, True), parsed(text, False)
        out["documents repaired"] += new.user_data.get(SHAPED) is not None
        assert new.text == text
        out["sentences before"] += sum(1 for _ in old.sents)
        out["sentences after"] += sum(1 for _ in new.sents)
        by_char = {t.idx: t for t in old}
        for tok in new:
            was = by_char.get(tok.idx)
            if was is None or was.text != tok.text:
                out["tokens merged or split"] += 1
                continue
            out["tokens compared"] += 1
            out["pos differs"] += was.pos_ != tok.pos_
            out["dep or head differs"] += (was.dep_, was.head.idx) != (tok.dep_, tok.head.idx)
            out["entity label differs"] += (was.ent_iob_, was.ent_type_) != (
                tok.ent_iob_,
                tok.ent_type_,
            )
    return dict(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared"
    )
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument(
        "--parse", nargs="*", metavar="SHAPE", help="also parse: these shapes (default all)"
    )
    parser.add_argument("--model", default="en_core_web_sm")
    args = parser.parse_args()
    result: dict[str, object] = {}
    for name, texts in corpora(args.shared).items():
        entry: dict[str, object] = {"documents": len(texts), "shapes": count(texts, args.examples)}
        if args.parse is not None:
            from newsbeat.enrich.text_shapes import SHAPES

            entry["parse"] = {
                shape: parse_changes(texts, args.model, (shape,))
                for shape in (args.parse or SHAPES)
            }
        result[name] = entry
    json.dump(result, sys.stdout, indent=1, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
