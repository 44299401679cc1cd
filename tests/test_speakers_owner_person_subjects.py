"""A he/she after a sentence that names the followed person only as an owner while a person
noun is its subject ("Brell's lawyer said …", "The judge rejected Brell's request"): the
lawyer or the judge is someone else and may be the one speaking, so the pronoun goes to the
person the text calls by that noun, else to nobody, never to the owner or a subject further
back. A thing for a subject ("Brell's career") leaves the owner rule as it was. Invented
articles, fictional names; each rule case fails on the code before, the guards pass on both."""

from __future__ import annotations

import pytest
from tests._quotes import quotes

from newsbeat.enrich import speakers


def _speaker(text: str, words: str) -> str | None:
    found = [q for q in quotes(text) if q.kind == "direct" and words in q.text]
    assert len(found) == 1, found
    return found[0].speaker


_BY_ROLE = [
    (
        "Tom Brell was charged with fraud on Monday. Brell's lawyer said the charges were "
        'weak. "We will fight this all the way to the top court," he said.',
        "fight this",
    ),
    (
        "Tom Brell, the coach, was fired on Monday. The team's owner blamed Brell's tactics. "
        '"He lost the dressing room months ago," he said.',
        "dressing room",
    ),
    (
        "Tom Brell won the race on Sunday. His coach praised Brell's effort. "
        '"I have never seen anyone run like that before," he said.',
        "run like that",
    ),
    (
        "Tom Brell was arrested on Friday. The judge rejected Brell's request for bail. "
        '"The risk of flight is real," he said.',
        "risk of flight",
    ),
    (
        "Tom Brell lost the vote on Sunday. Brell's rival called the result fair. "
        '"The people have spoken," he said.',
        "people have spoken",
    ),
    (
        "Tom Brell lost the vote on Sunday. Brell's campaign manager blamed the weather. "
        '"Turnout was low in the north," he said.',
        "Turnout was low",
    ),
    (
        "Tom Brell joined Velton FC in May. The club's chairman defended Brell's transfer "
        'fee. "He is worth every penny," he said.',
        "every penny",
    ),
]


_HIS_LAWYER = (
    "Tom Brell was charged with fraud on Monday. His lawyer said the charges were weak. "
    '"We will fight this all the way," he said.'
)


def test_a_person_noun_a_pronoun_owns_leaves_the_pronoun_to_nobody() -> None:
    # "his lawyer" is someone other than Brell and may be the "he"
    assert _speaker(_HIS_LAWYER, "fight this") is None


@pytest.mark.parametrize(("text", "words"), _BY_ROLE)
def test_a_person_noun_beside_the_owner_leaves_the_pronoun_to_nobody(text: str, words: str) -> None:
    assert _speaker(text, words) is None


def test_without_the_rule_the_owner_took_the_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speakers, "_role_subject", lambda *args: None)
    text, words = _BY_ROLE[3]
    assert _speaker(text, words) == "Tom Brell"


def _bail(judge: str) -> str:
    return (
        f"Tom Brell was arrested on Friday. {judge} heard the case in Velton. The judge "
        'rejected Brell\'s request for bail. "The risk of flight is real," he said.'
    )


# -- guards: pass before and after -----------------------------------------------------------


def test_the_named_lawyer_a_pronoun_owns_speaks() -> None:
    text = _HIS_LAWYER.replace("His lawyer said", "His lawyer, Ed Marr, said")
    assert _speaker(text, "fight this") == "Ed Marr"


def test_the_person_the_text_calls_by_the_noun_speaks() -> None:
    assert _speaker(_bail("Judge Ed Marr"), "risk of flight") == "Ed Marr"


@pytest.mark.parametrize(
    "middle",
    [
        "Brell's career has not taken a simple route.",
        "Brell's endorsement by the union came late.",
    ],
)
def test_a_thing_for_a_subject_keeps_the_owner(middle: str) -> None:
    text = f'Tom Brell won the seat on Sunday. {middle} "I owe them a great deal," he said.'
    assert _speaker(text, "owe them") == "Tom Brell"


def test_a_role_noun_of_the_other_sex_does_not_stop_he() -> None:
    # the judge is a woman: the "he" is not the judge, and the walk goes on to Brell
    assert _speaker(_bail("Judge Ana Marr"), "risk of flight") == "Tom Brell"
