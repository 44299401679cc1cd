"""Titles, slogans and headlines in marks are nobody's words (``enrich/quote_works.py``,
quotes33: read on the extraction benchmark's real pages). Every sentence is invented, every
name fictional; each rule case fails without its rule, each guard case with its guard taken
out."""

from __future__ import annotations

import pytest
from tests._quotes import quotes

from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quote_marks import find_quote_spans
from newsbeat.enrich.quote_works import headline_line, work_title
from newsbeat.enrich.speaker_postnominals import titled_conjunct_name


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes(text) if q.kind == "direct"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "“We wanted a new sound,” pianist Corin Vale said.\n\nVale took his place at the"
            " keyboard and began the intro to the band's single “Bring the Tide Home.”",
            "Bring the Tide",
        ),
        (
            'In his book "Quiet Money: A Simple Path to All the Savings You Will Ever Need,"'
            " Tobin Marsh shares the formula he used.",
            "Quiet Money",
        ),
        (
            "Lena Farrow landed a lead role after winning the singing competition"
            " “I’ll Carry the Tune” in 2010.",
            "Carry the Tune",
        ),
        ('"Nightfall" author Wren Halloway confirmed the news on her website.', "Nightfall"),
    ],
)
def test_a_title_after_its_works_noun_is_nobodys_words(text: str, title: str) -> None:
    assert not [q for q in _said(text) if title in q[1]], _said(text)


def test_a_slogan_standing_after_the_question_that_names_it_is_nobodys_words() -> None:
    text = (
        "Governor Mara Quill launched the campaign on Monday. “We will not give up on this"
        " fight,” Quill said.\n\nJust what is this famous slogan?\n\n“Salt. We’re on it.”\n\n"
        "Yes, that is it."
    )
    found = _said(text)
    assert ("Mara Quill", "We will not give up on this fight") in found
    assert not [q for q in found if q[1].startswith("Salt")], found


@pytest.mark.parametrize(
    "line",
    [
        "CRITICS MOCK 'SALT. WE ARE ON IT' AS CAMPAIGN STARTS",
        "'Salt. We're On It.': State spends $400K on new salt campaign",
    ],
)
def test_a_headline_line_holds_nobodys_words(line: str) -> None:
    text = f"“We are proud of the campaign,” Governor Mara Quill said.\n\n{line}\n\nAds run to May."
    found = _said(text)
    assert ("Mara Quill", "We are proud of the campaign") in found
    assert not [q for q in found if "salt" in q[1].lower()], found


def test_a_show_called_by_a_title_with_a_verb_is_a_title() -> None:
    text = "He performed an improvised live show called “Ask Uncle Oswin” at conventions."
    (span,) = find_quote_spans(text)
    assert work_title(text, span, text[span.start : span.end])


def test_guard_an_answer_about_the_slogan_after_a_comma_is_the_speakers() -> None:
    text = "Asked about the slogan, “We are proud of every single ad we ran,” Mara Quill said."
    assert ("Mara Quill", "We are proud of every single ad we ran") in _said(text)


def test_guard_a_sentence_after_a_works_noun_is_the_writers_words() -> None:
    # not in title case: what the book says, quoted
    text = 'In his book, "I never wanted to be a spy, and I never was one," Tobin Marsh writes.'
    assert ("Tobin Marsh", "I never wanted to be a spy, and I never was one") in _said(text)


def test_guard_words_in_title_case_said_before_a_makers_noun_keep_their_speaker() -> None:
    # a comma inside the marks: words said, then who said them
    text = '"We Are Going Home Now," director Wren Halloway said on Tuesday.'
    assert ("Wren Halloway", "We Are Going Home Now") in _said(text)


def test_guard_shouted_capitals_in_a_sentence_are_no_headline() -> None:
    text = "“STOP THE COUNT RIGHT NOW,” the crowd chanted as Mara Quill arrived at the hall."
    (span,) = find_quote_spans(text)
    assert not headline_line(text, span)


def test_a_slogan_that_opens_its_sentence_as_subject_is_nobodys_words() -> None:
    text = (
        "Governor Mara Quill launched the campaign on Monday in an effort to curb salt use.\n\n"
        "“Salt. We’re on it” is rolling out with TV commercials and billboards across the state."
    )
    assert not [q for q in _said(text) if q[1].startswith("Salt")], _said(text)


def test_guard_words_that_were_all_she_said_keep_their_speaker() -> None:
    text = (
        "Governor Mara Quill spoke to the press on Monday.\n\n"
        "“We will win this fight” was all she said before leaving."
    )
    assert ("Mara Quill", "We will win this fight") in _said(text)


def test_three_titles_before_a_name_are_that_persons() -> None:
    text = (
        '“Our third quarter results reflected strong growth across the whole chain,"'
        " chairman, CEO and president Orrin Kadell said in the earnings release."
    )
    assert (
        "Orrin Kadell",
        "Our third quarter results reflected strong growth across the whole chain",
    ) in _said(text)


def test_guard_a_title_then_a_second_persons_name_is_no_list_of_titles() -> None:
    # "Rusk" is no title: two people, not one with three titles
    doc = load_pipeline("en_core_web_sm")(
        '“Our results reflected strong growth across the whole chain this year,"'
        " chairman, Rusk and president Orrin Kadell said in the earnings release."
    )
    (chairman,) = [t for t in doc if t.text == "chairman"]
    assert titled_conjunct_name(chairman) is None


def test_a_term_the_parse_makes_the_subject_of_the_next_verb_is_nobodys_words() -> None:
    text = (
        "The Velmar navy has been carrying out patrols in the gulf since October 23 to"
        ' "protect sea-borne trade and act as a deterrent for raiders."\n'
        '"Hot pursuit" empowers the navy to cross the sea border of Kaldria to chase raiders.'
    )
    assert not [q for q in _said(text) if q[1] == "Hot pursuit"], _said(text)
