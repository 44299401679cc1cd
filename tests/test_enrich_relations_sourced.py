"""``extract_relations`` reads an event nobody named does in short
(``sentence_events(..., sourced_only=True)``): its relations are exactly those of the full
reading, on every article of the relation rules' fixture and on invented vows, gifts and
acts of nobody in particular."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsbeat.enrich import relations
from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.analysis import EnrichOptions
from newsbeat.enrich.doc_arrays import forget_spans, keep_sentences
from newsbeat.enrich.doc_text import keep_text
from newsbeat.enrich.nlp import load_pipeline

FIXTURE = Path(__file__).parent / "fixtures" / "enrich" / "relation_rules.json"

_INVENTED = [
    # a vow with no named subject: the vowed attack's target becomes the vow's
    "Officials in the capital vowed to impose sanctions on Kaldria after the raid.",
    "Kaldria vowed to punish Sorvenland, and its navy pledged to blockade the port of Velmar.",
    # the giver is the source although the receiver's subject names nobody
    "The villages received emergency aid from Sorvenland on Tuesday.",
    # acts of nobody named beside acts of named actors
    "Gunmen attacked the embassy of Kaldria late on Monday. Sorvenland condemned the attack.",
    "Someone threatened to bomb the office, police said, and Lena Holm met Per Ekdal.",
    "They signed a treaty with Velmar, and the talks were praised by Sorvenland's president.",
]


def _texts() -> list[str]:
    cases: list[dict[str, Any]] = json.loads(FIXTURE.read_text(encoding="utf-8"))["cases"]
    return [c["text"] for c in cases] + _INVENTED


def _relations(doc: Any, text: str) -> list[Any]:
    doc.user_data.clear()
    keep_text(doc, text)
    keep_sentences(doc)
    try:
        return relations.extract_relations(doc, build_actors(doc))
    finally:
        forget_spans(doc)


def test_short_reading_of_unsourced_events_changes_no_relation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    nlp = load_pipeline(EnrichOptions().model)
    texts = _texts()
    docs = list(nlp.pipe(texts, batch_size=32))
    short = [_relations(doc, text) for doc, text in zip(docs, texts, strict=True)]
    full_reading = relations.sentence_events

    def read_in_full(*args: Any, **kwargs: Any) -> Any:
        kwargs["sourced_only"] = False
        return full_reading(*args, **kwargs)

    monkeypatch.setattr(relations, "sentence_events", read_in_full)
    full = [_relations(doc, text) for doc, text in zip(docs, texts, strict=True)]
    assert short == full
    assert any(short)  # the fixture's articles do yield relations


def test_an_unsourced_event_keeps_its_trigger_and_depth() -> None:
    nlp = load_pipeline(EnrichOptions().model)
    text = "Gunmen attacked the embassy of Kaldria late on Monday."
    doc = nlp(text)
    keep_text(doc, text)
    actors = build_actors(doc)
    sent = next(iter(doc.sents))
    full = relations.sentence_events(sent, actors)
    short = relations.sentence_events(sent, actors, sourced_only=True)
    assert [(e.trigger.i, e.depth) for e in short] == [(e.trigger.i, e.depth) for e in full]
    assert full and not any(e.sources or e.targets for e in short)


def _object_by_tokens(tok: Any) -> Any:
    """``relation_lexicon._object`` as written on token objects before the doc's columns."""
    from newsbeat.enrich.relation_lexicon import _hyphen_head

    for child in tok.children:
        if child.dep_ in {"dobj", "attr", "nsubjpass"}:
            return _hyphen_head(tok, child)
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in {"on", "to", "upon"}:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                    return obj
    return None


def _depth_by_tokens(tok: Any) -> int:
    d = 0
    while tok.head.i != tok.i and d < 60:
        tok = tok.head
        d += 1
    return d


def test_objects_and_depths_read_off_the_columns_are_the_tokens() -> None:
    from newsbeat.enrich.relation_lexicon import _object

    nlp = load_pipeline(EnrichOptions().model)
    texts = [*_INVENTED, "Velmar agreed on a ceasefire and endorsed the re-election of Holm."]
    for text in texts:
        doc = nlp(text)
        keep_text(doc, text)
        keep_sentences(doc)
        for tok in doc:
            want, got = _object_by_tokens(tok), _object(tok)
            assert (got and got.i) == (want and want.i), tok.text
            assert relations._depth(tok) == _depth_by_tokens(tok), tok.text


def test_list_heads_read_off_the_columns_are_the_tokens() -> None:
    from newsbeat.enrich.doc_arrays import dep_id, doc_arrays, heads

    nlp = load_pipeline(EnrichOptions().model)
    for text in [*_INVENTED, "Holm, Ekdal and Dahl said they and Orsk had met."]:
        doc = nlp(text)
        dep, head = doc_arrays(doc).dep, heads(doc)
        for tok in doc:
            assert (dep[tok.i] == dep_id("conj")) == (tok.dep_ == "conj")
            assert (dep[tok.i] == dep_id("nsubj")) == (tok.dep_ == "nsubj")
            assert head[tok.i] == tok.head.i
