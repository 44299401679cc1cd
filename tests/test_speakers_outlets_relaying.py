"""Speakers after the ninth held-out gold (issue 12, branch h9fix): an outlet that quotes a
person "as saying" only relays the words. Invented articles, one per rule, with the guard
cases that must stay as they were."""

from __future__ import annotations

from tests._quotes import quote as _quote

# -- 1. "X quoted Y as saying": Y speaks, X is the medium --------------------------------------


def test_an_outlet_quoting_a_person_as_saying_gives_the_person() -> None:
    text = (
        "Floods cut the road to Orsk on Monday.\n"
        '"The water came up to the windows so fast," the Daily Courier quoted farmer Lena '
        "Holm as saying.\n"
    )
    found = _quote(text, "water came up")
    assert found.speaker == "Lena Holm"
    assert found.via == "Daily Courier"


def test_the_next_unattributed_line_stays_with_the_quoted_person() -> None:
    text = (
        "Floods cut the road to Orsk on Monday.\n"
        '"The water came up to the windows so fast," the Daily Courier quoted farmer Lena '
        "Holm as saying.\n"
        '"We carried the children out on our backs and waited on the roof for a boat."\n'
    )
    assert _quote(text, "carried the children").speaker == "Lena Holm"


def test_an_outlet_that_says_the_words_itself_stays_the_speaker() -> None:
    text = (
        "Floods cut the road to Orsk on Monday.\n"
        '"The water came up to the windows so fast," the Daily Courier reported.\n'
    )
    assert _quote(text, "water came up").speaker == "Daily Courier"


# -- 2. a title abbreviation with its full stop is no name --------------------------------------


def test_a_dotted_title_abbreviation_is_not_the_speaker() -> None:
    text = (
        "The jury recommended the death penalty on Tuesday.\n"
        '"This is the kind of crime the law was written for," said Dist. Atty. Karl Vennberg.\n'
    )
    assert _quote(text, "kind of crime").speaker == "Karl Vennberg"


def test_a_surname_that_looks_like_an_abbreviation_stays_a_name() -> None:
    text = (
        "The talks ended on Tuesday.\n"
        '"We have agreed on nothing yet," said Prime Minister Hun Sen.\n'
    )
    assert _quote(text, "agreed on nothing").speaker == "Hun Sen"


# -- 3. "she said" after an unnamed spokeswoman of a named company ------------------------------


_SPOKESWOMAN = (
    "Phone traffic between Europe and Asia was cut on Friday, according to Norvik Telecom.\n"
    "The cut hit two lines off Orsa, a Norvik Telecom spokeswoman who asked not to be named "
    "said.\n"
    "Norvik Telecom is not sure what caused the cut, she said.\n"
    '"We have two ideas.\nThe first is that it could be an earthquake," she said.\n'
)


def test_she_after_an_unnamed_spokeswoman_is_her_company() -> None:
    assert _quote(_SPOKESWOMAN, "could be an earthquake").speaker == "Norvik Telecom"


def test_quoted_sentences_between_do_not_count_as_the_texts_own() -> None:
    text = (
        "Phone traffic between Europe and Asia was cut on Friday.\n"
        "The cut hit two lines off Orsa, a Norvik Telecom spokeswoman who asked not to be named "
        "said.\n"
        "Norvik Telecom is not sure what caused the cut, she said.\n"
        "Repairs may take two weeks, she said.\n"
        '"We have two ideas.\nWe think it was a ship.\nThe first is that it could be an '
        'earthquake," she said.\n'
    )
    assert _quote(text, "could be an earthquake").speaker == "Norvik Telecom"


def test_she_after_a_named_person_stays_that_person() -> None:
    text = _SPOKESWOMAN.replace(
        "Norvik Telecom is not sure", "Anna Berg, its engineer, said Norvik Telecom is not sure"
    ).replace(', she said.\n"We', '.\n"We')
    assert _quote(text, "could be an earthquake").speaker == "Anna Berg"


# -- 4. "a statement said" right after an organisation said something -------------------------


def test_a_statement_after_an_organisation_said_is_its_statement() -> None:
    text = (
        "Phone traffic to Asia was disrupted on Friday after two cables were damaged off Orsa, "
        "Norvik Telecom said.\n"
        '"The causes of the cut remain unclear," a statement said.\n'
    )
    assert _quote(text, "causes of the cut").speaker == "Norvik Telecom"


def test_a_statement_with_no_organisation_saying_anything_before_names_nobody() -> None:
    text = (
        "Phone traffic to Asia was disrupted on Friday after two cables were damaged off Orsa.\n"
        '"The causes of the cut remain unclear," a statement said.\n'
    )
    assert _quote(text, "causes of the cut").speaker is None


# -- 5. "X's letter continued": the writer's words ----------------------------------------------


def test_a_named_persons_letter_speaks_for_the_writer() -> None:
    text = (
        "Karl Vennberg wrote to the council after his son was shot on Saturday.\n"
        '"My son should be remembered for his kindness, not for how he died," '
        "Vennberg's letter continued.\n"
    )
    assert _quote(text, "remembered for his kindness").speaker == "Karl Vennberg"
