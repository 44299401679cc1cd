"""A verb the parser gives two common-noun subjects names no one who acts (issue 12, item 2):
a police officer's name NER now finds ("Constable Lena Holm allege ...", "allege" read as a
noun) must not become the agent of the clause he reports. The parse is built by hand, so the
test pins the rule, not what the small model tags. Every name is invented."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.relations import extract_relations

Row = tuple[str, str, str, int, str]  # word, POS, tag, head (index), dependency


def _doc(rows: list[Row], ents: list[tuple[int, int, str]]) -> Doc:
    vocab = load_pipeline("en_core_web_sm").vocab
    doc = Doc(
        vocab,
        words=[r[0] for r in rows],
        spaces=[i + 1 < len(rows) and rows[i + 1][1] != "PUNCT" for i in range(len(rows))],
        pos=[r[1] for r in rows],
        tags=[r[2] for r in rows],
        heads=[r[3] for r in rows],
        deps=[r[4] for r in rows],
        lemmas=[r[0].lower() for r in rows],
        sent_starts=[i == 0 for i in range(len(rows))],
    )
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    return doc


def test_two_common_noun_subjects_name_no_agent() -> None:
    rows: list[Row] = [
        ("Constable", "PROPN", "NNP", 3, "compound"),
        ("Arne", "PROPN", "NNP", 2, "compound"),
        ("Dovik", "PROPN", "NNP", 3, "compound"),
        ("allege", "NOUN", "NN", 6, "nsubj"),
        ("the", "DET", "DT", 5, "det"),
        ("man", "NOUN", "NN", 6, "nsubj"),
        ("opened", "VERB", "VBD", 6, "ROOT"),
        ("fire", "NOUN", "NN", 6, "dobj"),
        (",", "PUNCT", ",", 6, "punct"),
        ("killing", "VERB", "VBG", 6, "advcl"),
        ("Per", "PROPN", "NNP", 11, "compound"),
        ("Lund", "PROPN", "NNP", 9, "dobj"),
        (".", "PUNCT", ".", 6, "punct"),
    ]
    doc = _doc(rows, [(1, 3, "PERSON"), (10, 12, "PERSON")])
    relations = [(r.source, r.type, r.target) for r in extract_relations(doc, build_actors(doc))]
    assert all(source != "Arne Dovik" for source, _, _ in relations), relations
