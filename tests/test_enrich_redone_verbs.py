"""A contract verb done again, written with a hyphen, is one verb (issue 12, rel35).

spaCy split "re-signed" into "re", "-" and "signed" and parsed "re" as the verb, so "the
Rovers re-signed Varley" gave no relation (rel34 left it: the gold's six such misses are
ECB+'s spaced "re - signed", which the repaired copy cannot join). The tokenizer now keeps
"re-sign" and "re-hire" in every form one token, with its own lemma. Invented sentences; the
guards keep "resigned" a resignation and other "re-" words as spaCy splits them."""

from __future__ import annotations

import pytest

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline, mask_datelines
from newsbeat.enrich.relations import extract_relations


def _found(text: str) -> set[tuple[str, str, str]]:
    doc = load_pipeline("en_core_web_sm")(mask_datelines(text))
    return {(r.type, r.source, r.target) for r in extract_relations(doc, build_actors(doc))}


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        (
            "Last winter the Dover Rovers re-signed Tom Varley to a three-year contract.",
            ("COOPERATE", "Dover Rovers", "Tom Varley"),
        ),
        ("Anna Pell has re-hired attorney Tom Varley.", ("COOPERATE", "Anna Pell", "Tom Varley")),
        (
            "Tom Varley re-signed with the Dover Rovers on Monday.",
            ("COOPERATE", "Tom Varley", "Dover Rovers"),
        ),
    ],
)
def test_a_contract_done_again_is_cooperation(text: str, relation: tuple[str, str, str]) -> None:
    assert relation in _found(text)


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("The Rovers re-signed Varley.", "re-signed", "re-sign"),
        ("Re-Hired: Varley joins again.", "Re-Hired", "re-hire"),
    ],
)
def test_the_redone_verb_is_one_token_with_its_lemma(text: str, word: str, lemma: str) -> None:
    doc = load_pipeline("en_core_web_sm")(text)
    token = next(t for t in doc if t.text == word)
    assert token.lemma_.lower() == lemma


def test_other_re_words_are_split_as_before() -> None:
    doc = load_pipeline("en_core_web_sm")("Mayor Lena Holm was re-elected on Sunday.")
    assert "re-elected" not in [t.text for t in doc]


def test_a_resignation_is_no_contract() -> None:
    found = _found("Tom Varley resigned from the Dover Rovers on Monday.")
    assert not any(kind == "COOPERATE" for kind, _, _ in found)
