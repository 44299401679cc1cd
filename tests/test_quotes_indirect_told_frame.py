"""Indirect speech whose reported clause is itself a report cut from its words ("Some
witnesses told police [that when the shooter walked in, he looked …], the chief said": the
parse hung what was told on the chief's verb, and "Some witnesses told police" was shown as
the chief's words, agreed across outlets; read on a real shooting report). Such a frame is no
quote. Invented sentences; the rule case fails without the rule, the near miss keeps the
whole report."""

from __future__ import annotations

import pytest
from tests._quotes import quotes

from newsbeat.enrich import quote_indirect

_CUT = (
    "Some neighbours told police that when the gunman walked into the bakery on the corner at "
    "about 9am today, he looked as if he was hiding something, Harbour Police Chief Oskar "
    "Brandt said."
)


def _indirect(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes(text) if q.kind == "indirect"]


def test_a_frame_cut_from_what_was_told_is_no_quote() -> None:
    assert ("Oskar Brandt", "Some neighbours told police") not in _indirect(_CUT)


def test_without_the_rule_the_frame_was_the_chiefs_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(quote_indirect, "_told_without_its_words", lambda clause: False)
    assert ("Oskar Brandt", "Some neighbours told police") in _indirect(_CUT)


def test_the_whole_report_stays_the_chiefs_words() -> None:
    text = _CUT.replace(" on the corner", "").replace("Harbour Police Chief", "Chief")
    found = _indirect(text)
    assert [speaker for speaker, _ in found] == ["Oskar Brandt"]
    assert found[0][1].startswith("Some neighbours told police that when the gunman walked")


def test_a_clause_that_only_tells_when_it_was_said_is_no_quote() -> None:
    # rule: quote_indirect._CIRCUMSTANCE_MARKS (read28: 'Williams … said before Kelly appeared
    # on the scene' was given as Williams's words)
    text = (
        '"The mayor should be down here. Right now!"\n'
        "Jumaane Wills, a critic of police policy, said before Kelly appeared on the scene."
    )
    assert all("Kelly appeared" not in words for _, words in _indirect(text))


def test_a_report_after_a_time_phrase_stays_a_quote() -> None:
    found = _indirect("Jon Varga said after the vote that he would resign from the council.")
    assert ("Jon Varga", "he would resign from the council") in found


def test_words_opened_by_that_before_a_while_clause_stay_a_quote() -> None:
    text = (
        "The Velm Herald, a nonprofit news site, notes that while new rules that have not taken"
        " effect can be reversed by the council, rules in force can not."
    )
    assert any(speaker == "Velm Herald" for speaker, _ in _indirect(text))
