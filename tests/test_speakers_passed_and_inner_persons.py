"""A pronoun speaker the text does not settle (re-reading of real court and shooting reports,
session 22; the owner rule of session 23): the sentence before names a fitting person only as
an owner ("on Vell's behalf"), or the sayer before is ruled out by a guessed sex and only the
person spoken of fits. An owner the story already follows is whom the pronoun means (read right
in five real court, profile and campaign reports); one named there for the first time leaves
the pronoun to nobody rather than to a person further back or the one spoken about. Invented
articles, fictional names; each rule case fails without its rule, the guards keep today's right
answers."""

from __future__ import annotations

import pytest
from tests._quotes import missed_name_quotes
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


def test_the_followed_owner_named_just_before_the_pronoun_answers() -> None:
    # the defendant, named as the one pleas were entered for, answers the judge; not the
    # victim's son quoted further back
    assert _speakers_of(_HEARING, "Yes, I do") == ["Tomas Vell"]


def test_without_the_owner_rule_the_answer_went_to_nobody(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(speakers, "_followed_before", lambda *args: False)
    assert _speakers_of(_HEARING, "Yes, I do") in ([], [None])


def test_an_owner_named_for_the_first_time_leaves_the_pronoun_to_nobody() -> None:
    text = _HEARING.replace("Tomas Vell, 38, was", "A man, 38, was").replace(
        "on Vell's behalf", "on Tomas Vell's behalf"
    )
    assert _speakers_of(text, "Yes, I do") in ([], [None])


def test_without_the_passing_rule_the_pronoun_reached_the_sayer_further_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(speakers, "_fitting_owners", lambda *args: set())
    assert _speakers_of(_HEARING, "Yes, I do") == ["Karl Emmett"]


def test_two_owners_who_may_be_meant_leave_it_to_nobody() -> None:
    text = _HEARING.replace(
        "on Vell's behalf.", "on Vell's behalf and on his brother Jon Vell's behalf."
    )
    assert _speakers_of(text, "Yes, I do") in ([], [None])


def test_a_subject_before_the_pronoun_still_speaks() -> None:
    text = _HEARING.replace(
        "Not guilty pleas were entered on Vell's behalf.", "Vell stood still in the dock."
    )
    assert _speakers_of(text, "Yes, I do") == ["Tomas Vell"]


_REMARKS = (
    "Rin Halden, whose son served in the army, spoke at the convention last month.\n\n"
    "Dora Quill, whose husband Ben Quill died in the 2012 attack, spoke to the Courier.\n\n"
    "Regarding the senator's rhetoric following Rin Halden's speech at last month's "
    "convention, Quill shared her belief that none of it went too far.\n\n"
    '"The way I see it," she elaborated, "nobody ever questioned that young man."\n'
)


def _remark_speakers() -> list[str | None]:
    # the tagger misses "Quill" in the third sentence; two Quills were named before, so no
    # rule takes the bare surname for one of them
    found = missed_name_quotes(_REMARKS, "Quill", 2)
    return [q.speaker for q in found if "The way I see it" in q.text]


def test_an_owner_beside_a_named_subject_leaves_the_pronoun_to_nobody() -> None:
    assert _remark_speakers() == [None]


def test_without_the_name_guard_the_owner_took_the_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(speakers, "_other_name", lambda *args: False)
    assert _remark_speakers() == ["Rin Halden"]


_GENERAL = (
    "Marek Ostrow, a retired general, said he felt demoralized serving under Tomas Brandt.\n\n"
    '"When we are trading prisoners for nothing," he said.\n\n'
    "According to Ostrow, the current government has shuffled through military chiefs because "
    "many disagreed with Brandt's policies.\n\n"
    '"We are on our fourth minister of defence," he said.\n'
)


def test_an_owner_beside_the_source_according_to_leaves_the_pronoun_to_nobody() -> None:
    # the general, named as the source, may be the "he"; not the owner of the policies
    assert "Tomas Brandt" not in _speakers_of(_GENERAL, "fourth minister")


def test_without_the_other_name_guard_the_owner_took_the_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(speakers, "_other_name", lambda *args: False)
    assert _speakers_of(_GENERAL, "fourth minister") == ["Tomas Brandt"]


_PROFILE = (
    "Hilda Marr won the primary in Tarrow on Tuesday, her third win in a row.\n\n"
    '"We built this from nothing," she told supporters.\n\n'
    '"It was a long night," said her rival, Oskar Brandt.\n\n'
    "Mrs. Marr's career has not taken a predictable route.\n\n"
    "She came of age in the student movement at Halden College, where she urged her peers "
    'to "spurn small change and make the impossible possible."\n'
)


def test_a_title_of_the_owner_is_no_other_name() -> None:
    assert _speakers_of(_PROFILE, "spurn small change") == ["Hilda Marr"]


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
