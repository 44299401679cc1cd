"""The doc's columns read in numpy give what the token forms give: the tokens on a
dependency label, both ends of the conj arcs, each token's conjuncts, lemmas lower-cased and
each token's sentence bounds. Invented text, every token. And the pipeline's loading leaves
the cycle collector's first threshold raised."""

from __future__ import annotations

import gc
from typing import Any

from newsbeat.enrich.analysis import EnrichOptions
from newsbeat.enrich.doc_arrays import (
    _joined,
    conjuncts,
    expanded_bounds,
    lemmas_lower,
    sentences,
    with_dep,
    words_text,
)
from newsbeat.enrich.doc_text import keep_text
from newsbeat.enrich.nlp import _YOUNG_THRESHOLD, load_pipeline

_TEXT = (
    "Orvale, Brask and Kittby signed the pact; Lena Holm, Per Ekdal and Ina Moss were there. "
    "The ministers met in Velmar and flew to Straumen, Haldis or Tarn. Children were running "
    "and the geese swam; the mice hid, better late than never. WHO SAID IT? Nobody did.\n\n"
    "The Dock Union's treasurer resigned, and her deputy took over."
)


def _parsed() -> Any:
    doc = load_pipeline(EnrichOptions().model)(_TEXT)
    keep_text(doc, _TEXT)
    return doc


def test_tokens_on_a_label_and_the_conj_arcs() -> None:
    doc = _parsed()
    for label in ("conj", "nsubj", "nsubjpass", "pobj", "ROOT", "punct", "appos", "cc"):
        assert with_dep(doc, label) == [t.i for t in doc if t.dep_ == label]
    arcs = [t for t in doc if t.dep_ == "conj"]
    assert len(arcs) >= 4
    assert _joined(doc) == frozenset([t.i for t in arcs] + [t.head.i for t in arcs])
    for tok in doc:
        assert conjuncts(doc, tok.i) == [c.i for c in tok.conjuncts]
    assert all(type(i) is int for i in with_dep(doc, "conj"))


def test_lemmas_lower_cased() -> None:
    doc = _parsed()
    found = lemmas_lower(doc)
    assert found == [t.lemma_.lower() for t in doc]
    # the three kinds: a lemma as written, lower-cased, and another word
    assert any(t.lemma_ == t.text for t in doc)
    assert any(t.lemma_ != t.text and t.lemma_ == t.lower_ for t in doc)
    assert any(t.lemma_ not in (t.text, t.lower_) for t in doc)


def test_sentence_table() -> None:
    doc = _parsed()
    table = sentences(doc)
    assert table is not None
    assert table.starts == [s.start for s in doc.sents]
    assert table.ends == [s.end for s in doc.sents]
    assert table.first == [t.sent.start for t in doc]
    assert table.last == [t.sent.end for t in doc]
    assert all(type(i) is int for i in table.first + table.last)


def test_pipeline_load_raises_the_young_threshold() -> None:
    load_pipeline(EnrichOptions().model)
    assert gc.get_threshold()[0] >= _YOUNG_THRESHOLD


def test_expanded_bounds_are_the_char_spans() -> None:
    doc = _parsed()
    n = len(_TEXT)
    for start, end in [
        (0, 6),
        (3, 9),
        (8, 13),
        (0, n),
        (n - 5, n),
        (14, 14),
        (6, 7),
        (n, n),
        (n + 1, n + 3),
    ]:
        for _ in range(2):  # the second ask reads the kept answer
            span = doc.char_span(start, end, alignment_mode="expand")
            expected = (span.start, span.end) if span is not None else None
            assert expanded_bounds(doc, start, end) == expected


def test_words_text_is_the_span_text() -> None:
    doc = _parsed()
    for start in range(len(doc)):
        for end in range(start, min(start + 5, len(doc)) + 1):
            assert words_text(doc, start, end) == doc[start:end].text
