"""Speakers of session 13's branch speakobj (issue 12, part 4): who speaks when the quote
hangs from a verb the parse mislaid, when a role noun belongs to another organisation, and
which person a "he"/"she" is when the article shows the sex itself. Invented articles."""

from __future__ import annotations

from tests._quotes import quote as _quote


def test_a_judging_verb_the_parse_made_a_modifier_keeps_its_subject() -> None:
    text = (
        "Pavel Brandt and Nora Kessling both want the seat. "
        '"No school board is ever going to get it perfect," Kessling said when asked about '
        "the tests.\n\n"
        'Brandt, a Gorman ally, called Ostrava\'s standards "strong, fair and long overdue." '
        '"It started with Mayor Lund, who raised the bar," Brandt said.\n'
    )
    assert _quote(text, "long overdue").speaker == "Pavel Brandt"


def test_the_one_judging_a_statement_speaks_not_its_author() -> None:
    text = (
        "Pavel Brandt and Nora Kessling both want the seat.\n\n"
        "Stuart Pelham, who served as Mayor Lund's chief strategist during the 2012 race, "
        'called Kessling\'s statements and actions on Sunday "childish and beneath the office." '
        '"Every day she finds a new way to show it," Pelham said.\n'
    )
    assert _quote(text, "beneath the office").speaker == "Stuart Pelham"


def test_a_quote_inside_the_statement_is_still_its_authors() -> None:
    text = (
        "Nora Kessling dismissed Pavel Brandt's claim that the city had "
        '"more money than it admits to its own voters" as a stunt.\n'
    )
    assert _quote(text, "more money than it admits").speaker == "Pavel Brandt"


def test_remarks_called_reckless_are_judged_by_the_caller() -> None:
    text = 'Nora Kessling called Pavel Brandt\'s remarks on Sunday "reckless and plainly untrue."\n'
    assert _quote(text, "plainly untrue").speaker == "Nora Kessling"


_SPOKESWOMAN = (
    "Lena Murko and Alan Brisk are running for the open seat. Murko's spokeswoman Galia "
    'Steyn said Murko is "proud" to back the plan. "Making college free is a value both '
    'candidates share, and Alan Brisk is attacking our nominee instead," she said.\n\n'
)


def test_another_persons_spokeswoman_is_not_the_one_named_before() -> None:
    text = _SPOKESWOMAN + (
        "Brisk's spokeswoman challenged the claim that Brisk had ever attacked the nominee, "
        'and said he "still believes that she will be a very good president."\n'
    )
    assert _quote(text, "very good president").speaker is None


def test_the_same_persons_spokeswoman_is_the_one_named_before() -> None:
    text = _SPOKESWOMAN + (
        "Murko's spokeswoman later said the campaign "
        '"will not answer attacks that were never made by anyone in this race."\n'
    )
    assert _quote(text, "never made by anyone").speaker == "Galia Steyn"


def test_quoted_sentences_do_not_use_up_the_pronouns_window() -> None:
    text = (
        "Mayor Tom Adler admitted on Sunday that a rift exists between the police and the "
        "town, a point Chief Rob Mahler has made for months. But he stood by what he had said "
        'before. "I have to say that the officers are treated badly," he said. "And when there '
        "is a shooting, you should act. Or when it is a mistake, it is on the news all week. "
        'And it never ends." "The officers in this town have done an unbelievable job of '
        'keeping order, and they are afraid for their jobs," he continued.\n'
    )
    assert _quote(text, "unbelievable job").speaker == "Tom Adler"


def test_the_sex_the_article_shows_comes_before_a_mostly_female_first_name() -> None:
    text = (
        "Kelly Varga said she would not back the nominee this fall. Varga drew the ire of "
        'Donald Brenner on Friday. "She is weak and she is ineffective, and the voters know '
        'it," he said at a rally in Dover.\n'
    )
    assert _quote(text, "weak and she is").speaker == "Donald Brenner"


def test_the_sex_the_article_shows_comes_before_a_mostly_male_first_name() -> None:
    text = (
        "Robin Castell said he would not back the nominee this fall. Castell drew the ire of "
        'Maria Brenner on Friday. "He is weak and he is ineffective, and the voters know '
        'it," she said at a rally in Dover.\n'
    )
    assert _quote(text, "weak and he is").speaker == "Maria Brenner"


def test_a_man_saying_she_is_weak_stays_a_man() -> None:
    text = (
        "Kelly Varga spoke in Dover on Thursday. Donald Brenner said she was weak. Brenner "
        'spoke again on Friday. "I will keep saying it until the voters hear it," he said.\n'
    )
    assert _quote(text, "keep saying it").speaker == "Donald Brenner"


def test_a_person_introduced_as_an_object_in_a_sentence_with_no_subject() -> None:
    text = (
        "Governor Rob Kane opened the session on Monday with a speech on roads. Just look at "
        'House Speaker Tom D. Vell. "We will not pass a budget that spends money we do not '
        'have," he said on Tuesday.\n'
    )
    assert _quote(text, "spends money").speaker == "Tom D. Vell"


def test_the_object_when_the_subject_is_of_the_other_sex() -> None:
    text = (
        "Maria Lind met Senator Aldo Perk in Dover on Friday. Maria Lind told Senator Aldo "
        'Perk that the deal was dead. "I have heard that before, and I do not believe it," he '
        "said.\n"
    )
    assert _quote(text, "heard that before").speaker == "Aldo Perk"


def test_two_objects_of_the_pronouns_sex_name_nobody_from_that_sentence() -> None:
    text = (
        "Maria Lind spoke first. The vote went to Tom Vell and Aldo Perk in the end. "
        '"I have heard that before, and I do not believe it," he said.\n'
    )
    assert _quote(text, "heard that before").speaker not in {"Tom Vell", "Aldo Perk"}
