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
