"""Conflicts: one actor's name told in full and shortened is one subject ("the Boston Red Sox
offered ..." / "the Red Sox offered ...", heldout9's shape); two names that are not one the
other's tail, and a pronoun, stay two subjects. Invented
articles."""

from __future__ import annotations

from tests._enrich_docs import BODY as _BODY
from tests._enrich_docs import enrich_outlets as _enrich

from newsbeat.compare import compare_articles


def _conflicts(first: str, second: str) -> list[set[str]]:
    articles, enrichments = _enrich([("Wire", _BODY + first), ("Post", _BODY + second)])
    result = compare_articles(articles, enrichments)
    return [{side["value"] for side in pair.to_json()["sides"]} for pair in result.conflicts]


_FULL = "The Harbor City Gulls offered Dan Mercer a contract worth $90 million on Monday.\n"


def test_a_name_and_its_tail_are_one_subject() -> None:
    short = "The Gulls offered Dan Mercer a contract worth $80 million on Monday.\n"
    assert _conflicts(_FULL, short) == [{"90 million", "80 million"}]


def test_the_same_name_twice_is_a_conflict_as_before() -> None:
    same = "The Harbor City Gulls offered Dan Mercer a contract worth $80 million on Monday.\n"
    assert _conflicts(_FULL, same) == [{"90 million", "80 million"}]


def test_two_names_are_two_subjects() -> None:
    other = "The Harbor City Herons offered Dan Mercer a contract worth $80 million on Monday.\n"
    assert _conflicts(_FULL, other) == []


def test_a_surname_is_its_persons_subject() -> None:
    first = "Dan Mercer offered the Gulls a contract worth $90 million on Monday.\n"
    second = "Mercer offered the Gulls a contract worth $80 million on Monday.\n"
    assert _conflicts(first, second) == [{"90 million", "80 million"}]


def test_a_pronoun_is_no_tail_of_a_name() -> None:
    first = "Dan Mercer offered the Gulls a contract worth $90 million on Monday.\n"
    second = "He offered the Gulls a contract worth $80 million on Monday.\n"
    assert _conflicts(first, second) == []
