"""Calling a named person a bad kind of person is criticism (issue 12, relations, rel34).

Read on the readable real-news gold (session 34): "<judge> called <convict> a predator" gave
nothing: "call X Y" is typed by the words X is called (relation_verbal's curated praise and
blame lists), and names for a bad person were not among them. Invented sentences; a neutral
name and a negated one are the guards."""

from __future__ import annotations

import pytest

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline, mask_datelines
from newsbeat.enrich.relations import extract_relations


def _found(text: str) -> set[tuple[str, str, str, bool]]:
    doc = load_pipeline("en_core_web_sm")(mask_datelines(text))
    return {
        (r.type, r.source, r.target, r.negated) for r in extract_relations(doc, build_actors(doc))
    }


@pytest.mark.parametrize("word", ["predator", "coward", "traitor", "thug"])
def test_calling_someone_a_bad_person_criticises_them(word: str) -> None:
    text = f"After the sentencing, Judge Lena Holm called Gary Olsen a {word}."
    assert ("DISAPPROVE", "Lena Holm", "Gary Olsen", False) in _found(text)


def test_a_neutral_name_is_no_criticism() -> None:
    assert not _found("Lena Holm called Gary Olsen a friend.")


def test_a_negated_naming_is_no_criticism() -> None:
    found = _found("Lena Holm did not call Gary Olsen a traitor.")
    assert ("DISAPPROVE", "Lena Holm", "Gary Olsen", False) not in found
