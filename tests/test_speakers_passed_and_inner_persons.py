"""A pronoun speaker the text does not settle (re-reading of real court and shooting reports,
session 22): the sentence before names a fitting person only in passing ("on Vell's behalf"),
or the sayer before is ruled out by a guessed sex and only the person spoken of fits. Nobody
rather than a person further back or the one spoken about. Invented articles, fictional names;
each rule case fails without its rule, the guards keep today's right answers."""

from __future__ import annotations

import pytest
from tests._quotes import quotes as _quotes

from newsbeat.enrich import speakers


def _speakers_of(text: str, words: str) -> list[str | None]:
    return [q.speaker for q in _quotes(text) if words in q.text]


_HEARING = (
    "Tomas Vell, 38, was arraigned on Wednesday on murder charges.\n\n"
    '"She was our mother," the victim\'s son, Karl Emmett, said after the hearing.\n\n'
    "Not guilty pleas were entered on Vell's behalf.\n\n"
    'Asked by the judge if he understood the charges, he responded "Yes, I do."\n'
)


def test_a_person_named_in_passing_before_the_pronoun_leaves_it_to_nobody() -> None:
    assert _speakers_of(_HEARING, "Yes, I do") in ([], [None])


def test_without_the_rule_the_pronoun_reached_the_sayer_further_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(speakers, "_fitting_mention", lambda *args: False)
    assert _speakers_of(_HEARING, "Yes, I do") == ["Karl Emmett"]


def test_a_subject_before_the_pronoun_still_speaks() -> None:
    text = _HEARING.replace(
        "Not guilty pleas were entered on Vell's behalf.", "Vell stood still in the dock."
    )
    assert _speakers_of(text, "Yes, I do") == ["Tomas Vell"]


_OFFICE = (
    '"We hid under the desks," said Jean Orlo, 48, an accountant at the firm.\n\n'
    "Orlo said Marta Kess was well liked by everyone in the office.\n\n"
    "She said Kess retired last year after the end of the tax season.\n"
)


def test_the_person_spoken_of_is_not_the_next_sayer() -> None:
    assert "Marta Kess" not in _speakers_of(_OFFICE, "retired last year")


def test_without_the_rule_the_person_spoken_of_took_the_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(speakers, "_deeper_than_unfitting", lambda *args: False)
    assert _speakers_of(_OFFICE, "retired last year") == ["Marta Kess"]


def test_a_fitting_sayer_keeps_the_words() -> None:
    text = _OFFICE.replace("Jean Orlo", "Anna Orlo")
    assert _speakers_of(text, "retired last year") == ["Anna Orlo"]
