"""A surname NER missed as the subject of a verb of saying at a sentence's start ("Darcy
Davies, an agriculture student, …. Davies wrote that "…"": "Davies" read as the plural of a
noun, the quote given to nobody; read on a real Alaska report). The word is a name only when
the article also writes it capitalised inside a sentence and a full name ending in it is
written before; then that person speaks, else nobody. Invented articles, fictional names,
parsed with no named entity (the article's own miss); the rule case fails without the rule,
the near misses keep nobody."""

from __future__ import annotations

import pytest
from tests._quotes import missed_name_quotes, untagged_quotes

from newsbeat.enrich import speaker_tokens

_THESIS = (
    "Nerys Davies, a dairy student at Coast College, in 2008 authored a senior thesis counting "
    "the money spent on dairy projects in the province.\n\n"
    'Davies wrote that "over $40 million was spent on the projects. Even more was spent on '
    'loans to farmers."\n\n'
    '"It is debatable," she wrote, "whether the money was worth it."\n'
)


def _speaker(text: str) -> str | None:
    found = [q for q in untagged_quotes(text) if q.kind == "direct" and "$40 million" in q.text]
    assert found
    return found[0].speaker


def test_a_missed_surname_that_writes_is_the_person_named_before() -> None:
    assert _speaker(_THESIS) == "Nerys Davies"


def test_without_the_rule_nobody_wrote_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speaker_tokens, "missed_name", lambda tok: False)
    assert _speaker(_THESIS) is None


def test_a_surname_with_no_full_name_before_names_nobody() -> None:
    text = _THESIS.replace("Nerys Davies, a dairy student", "A dairy student")
    assert _speaker(text) is None


def test_a_capitalised_common_noun_names_nobody() -> None:
    text = _THESIS.replace('Davies wrote that "over', 'Auditors wrote that "over')
    assert _speaker(text) is None


_TWO_DAVIES = _THESIS.replace(
    "in the province.\n\n",
    "in the province. Her brother Tom Davies, a farmer, disputed it.\n\n",
)


def test_a_surname_two_people_share_names_nobody() -> None:
    # both full names missed by NER too: the first written is no likelier than the second
    assert _speaker(_TWO_DAVIES) is None


def test_a_surname_two_tagged_people_share_names_nobody() -> None:
    found = [q for q in missed_name_quotes(_TWO_DAVIES, "Davies", 2) if "$40 million" in q.text]
    assert found
    assert found[0].speaker is None
