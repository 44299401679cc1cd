"""He/she after a question put to a person (issue 12 item 4, branch speakask): the one asked
answers, not the asker who is the sentence's subject. Invented articles; the near misses (a
request, a sex that does not fit, the pronoun asking, a plural) keep the salience rules. A
first name the list gives only mostly to one sex ("Leslie", "Robin") does not rule out the
pronoun of the other."""

from __future__ import annotations

import pytest
from tests._quotes import quote as _quote

_ASKED = [
    "The radio host Peter Galloway asked Senator Martin Ruckel whether the party could "
    "still win the northern seats.",
    "Peter Galloway, a columnist for the Daily Lantern, pressed Martin Ruckel on the tax plan.",
    "At the forum, Peter Galloway questioned Martin Ruckel about his votes on the budget.",
    "Peter Galloway interviewed Martin Ruckel in Ostrava on Tuesday.",
]


@pytest.mark.parametrize("asking", _ASKED)
def test_he_after_a_question_is_the_one_asked(asking: str) -> None:
    text = (
        "The campaign moved north this week.\n\n"
        f"{asking} "
        '"We have never been stronger in those towns, and the polls will show it," he said.\n'
    )
    assert _quote(text, "never been stronger").speaker == "Martin Ruckel"


def test_he_after_a_passive_question_is_the_one_asked() -> None:
    text = (
        "Peter Galloway wrote on Monday that Martin Ruckel was asked twice about the loan. "
        '"I paid back every cent of it, with interest, years ago," he said.\n'
    )
    assert _quote(text, "paid back every cent").speaker == "Martin Ruckel"


def test_a_quoted_question_then_the_answer_is_the_one_asked() -> None:
    text = (
        '"Will you run again next year?" Peter Galloway asked Martin Ruckel on the show. '
        '"That depends on my family more than on the party," he said.\n'
    )
    assert _quote(text, "depends on my family").speaker == "Martin Ruckel"


def test_a_request_is_no_question_and_the_asker_speaks() -> None:
    text = (
        "Peter Galloway asked Martin Ruckel to leave the race before the vote. "
        '"It is time for him to step aside and let the party heal," he said.\n'
    )
    assert _quote(text, "time for him to step aside").speaker == "Peter Galloway"


def test_a_sex_that_does_not_fit_the_one_asked_keeps_the_asker() -> None:
    text = (
        "Peter Galloway asked Maria Ruckel whether the party could still win the north. "
        '"The answer I got was not the one I expected at all," he said.\n'
    )
    assert _quote(text, "not the one I expected").speaker == "Peter Galloway"


def test_she_asked_back_is_the_asker_not_the_one_asked() -> None:
    text = (
        "Anna Galloway asked Martin Ruckel whether he would run again. "
        '"Why would the voters trust you a second time?" she asked.\n'
    )
    assert _quote(text, "trust you a second time").speaker == "Anna Galloway"


def test_the_pronoun_in_the_sentence_of_the_question_keeps_its_subject() -> None:
    text = (
        "The campaign moved north this week.\n\n"
        "Anna Galloway asked Martin Ruckel about the loan, and she later wrote that "
        '"nobody in the room believed a word of the answer."\n'
    )
    assert _quote(text, "nobody in the room").speaker == "Anna Galloway"


def test_they_after_a_question_is_not_the_one_asked() -> None:
    text = (
        "The Ruckel campaign and its allies met in Ostrava on Friday.\n\n"
        "Peter Galloway asked Martin Ruckel whether the party could still win the north. "
        '"The north is lost for this cycle, whatever he says," they said.\n'
    )
    assert _quote(text, "north is lost").speaker != "Martin Ruckel"


# -- a first name given to both sexes (mostly one) does not rule out the other's pronoun ------


@pytest.mark.parametrize(
    ("second", "pronoun", "name"),
    [
        ("Senator Leslie Varga, who trails in the polls, spoke next.", "he", "Leslie Varga"),
        ("Robin Kessler, the council's treasurer, then read the figures.", "she", "Robin Kessler"),
    ],
)
def test_a_first_name_mostly_of_the_other_sex_may_still_be_the_pronoun(
    second: str, pronoun: str, name: str
) -> None:
    first = "Tomas Hradil" if pronoun == "he" else "Helga Strand"
    text = (
        f"{first} opened the meeting in the town hall on Monday. {second} "
        f'"The budget is balanced for the first time in a decade," {pronoun} said.\n'
    )
    assert _quote(text, "budget is balanced").speaker == name


def test_a_first_name_only_of_the_other_sex_still_rules_out_the_pronoun() -> None:
    text = (
        "Tomas Hradil opened the meeting in the town hall on Monday. Maria Varga, the "
        'treasurer, then read the figures. "The budget is balanced for the first time in a '
        'decade," he said.\n'
    )
    assert _quote(text, "budget is balanced").speaker == "Tomas Hradil"
