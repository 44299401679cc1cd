"""The per-verb condition table of the relation lexicon (``verb_conditions``)."""

from __future__ import annotations

import newsbeat.enrich.relation_triggers  # noqa: F401  (registers the conditions that need its helpers)
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.relation_lexicon import lexicon
from newsbeat.enrich.verb_conditions import CONDITIONS, NO_RULE, verb_condition_type


def test_every_row_names_a_known_condition_and_type() -> None:
    types = set(lexicon()["verbs"].values()) | {
        None,
        "@by_object",
        "@in_noun",
        "@by_naming",
        "@by_judgment",
    }
    for verb, rows in lexicon()["verb_conditions"].items():
        for row in rows:
            assert row.get("when") is None or row["when"] in CONDITIONS, verb
            assert all(extra in CONDITIONS for extra in row.get("and", ())), verb
            assert row.get("type") in types, verb


def _verb(text: str, lemma: str):  # type: ignore[no-untyped-def]
    doc = load_pipeline("en_core_web_sm")(text)
    return next(t for t in doc if t.lemma_.lower() == lemma and t.pos_ == "VERB")


def test_first_holding_row_decides_and_no_row_reads_the_verb_as_usual() -> None:
    table = lexicon()["verb_conditions"]
    assert (
        verb_condition_type(_verb("Gary Olsen checked into rehab.", "check"), "check", table)
        is None
    )
    found = verb_condition_type(
        _verb("Gary Olsen checked with Tom Baxter.", "check"), "check", table
    )
    assert found == "CONSULT"
    # No row holds: the verb is read like any other.
    plain = _verb("Gary Olsen checked the ledger.", "check")
    assert verb_condition_type(plain, "check", table) == NO_RULE
    assert verb_condition_type(plain, "attack", table) == NO_RULE


def test_negated_and_joined_rows() -> None:
    table = lexicon()["verb_conditions"]
    glass = _verb("Velmar dominated the glass.", "dominate")
    assert verb_condition_type(glass, "dominate", table) is None
    army = _verb("Velmar dominated Kaldria's army.", "dominate")
    assert verb_condition_type(army, "dominate", table) == NO_RULE
    threat = _verb("Dravonia will answer it with every measure.", "answer")
    assert verb_condition_type(threat, "answer", table) == "DISAPPROVE"
    reply = _verb("Dravonia answered it with a letter.", "answer")
    assert verb_condition_type(reply, "answer", table) is None
