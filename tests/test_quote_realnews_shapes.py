"""Quotes and speakers in the shapes the held-out real-news check found wrong (issue 12, item
4; docs/realnews-annotation.md, "After the held-out check"). Invented articles, one per rule."""

from __future__ import annotations

import pytest

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quote_marks import find_quote_spans
from newsbeat.enrich.quote_records import FoundQuote
from newsbeat.enrich.quotes import extract_quotes


def _quotes(text: str) -> list[FoundQuote]:
    doc = load_pipeline("en_core_web_sm")(text)
    return extract_quotes(doc, build_actors(doc))


def _speaker_of(text: str, words: str) -> str | None:
    found = [q for q in _quotes(text) if words in q.text and q.kind == "direct"]
    assert found, _quotes(text)
    return found[0].speaker


def test_a_quote_over_a_line_break_without_a_reopening_mark_is_found() -> None:
    text = (
        "Anna Lind saw the crash from her porch.\n"
        '"Nobody moved.\nThe driver was gone, " Lind said.\n'
        "The street was closed."
    )
    spans = [text[s.start : s.end] for s in find_quote_spans(text)]
    assert spans == ["Nobody moved.\nThe driver was gone, "]
    [quote] = [q for q in _quotes(text) if q.kind == "direct"]
    assert quote.text == "Nobody moved. The driver was gone"
    assert quote.speaker == "Anna Lind"


def test_a_spaced_quote_over_a_line_break_continues_the_speaker_before() -> None:
    text = (
        '"We never expected this," said Mira Sorensen, a neighbour.\n'
        '" In her own words, the town has changed for good.\n'
        'Now it can only wait for the spring. "\n'
        "The council met on Monday."
    )
    assert _speaker_of(text, "the town has changed") == "Mira Sorensen"


@pytest.mark.parametrize(
    "text",
    [
        # a stray opener, then a line whose marks pair up: nothing is stretched
        'The plan was "final and firm.\nErik Holm said: "We are glad," and left.\n',
        # a line whose only mark opens a word: no closer
        'The plan was "final and firm.\nHe read "the notes aloud.\n',
    ],
)
def test_an_unclosed_quote_is_not_carried_onto_a_line_that_does_not_close_it(text: str) -> None:
    spans = [text[s.start : s.end] for s in find_quote_spans(text)]
    assert not any("final" in s for s in spans)


def test_a_surname_that_is_a_common_word_is_a_name_after_says() -> None:
    text = (
        "Tom Early, an analyst at Velmar Research, has followed game streaming for years.\n\n"
        '"Demand is strong," Lewis Grant says. "We see it every week."\n\n'
        '"Streaming is all or nothing," says Early. "You have the bandwidth or you do not."'
    )
    assert _speaker_of(text, "all or nothing") == "Tom Early"


def test_she_is_the_kin_noun_subject_named_before_not_a_name_of_unknown_sex() -> None:
    text = (
        "Holm's mother, Ilse, and father, Tarn, attended the trial every day.\n"
        "They left before reporters could speak to them.\n"
        "As she entered the court, Holm's mother spoke briefly.\n"
        '"We just want to be left alone," she said.'
    )
    assert _speaker_of(text, "left alone") == "Ilse"


def test_he_follows_a_pronoun_chain_past_a_name_the_text_calls_a_woman() -> None:
    text = (
        "Piet Vander, 55, pleaded guilty on Monday to threatening a councillor.\n\n"
        "He was arrested in April after a call to her office.\n\n"
        "Kerem Ozdil is one of two women on the council.\n\n"
        'The clerk who took the call recalled that he said, "I will come for you all," '
        "prosecutors said."
    )
    assert _speaker_of(text, "I will come") == "Piet Vander"


def test_the_object_of_remembered_is_not_the_speaker() -> None:
    text = (
        "Tova Lind spoke at the old theatre.\n\n"
        'She remembered Berg rehearsing there for a show and "going way off script in a way '
        'only he could."'
    )
    assert _speaker_of(text, "going way off script") == "Tova Lind"


def test_a_surname_with_a_second_bearer_goes_to_the_one_named_just_before() -> None:
    text = (
        "Jonas Weller was shot at his home in March.\n"
        "Police arrested a neighbour two days later.\n"
        "Weller's widow, Sanna, spoke to reporters after the hearing.\n"
        '"He was the kindest man in this town," said Weller.'
    )
    assert _speaker_of(text, "kindest man") == "Sanna Weller"


def test_scare_quotes_inside_a_sentence_are_not_quotes() -> None:
    text = (
        'Lena Holm said the ministry issued "revised" rules on Monday, along with other '
        '"midnight rules" made in the last days of the government.\n\n'
        '"No," she said later.'
    )
    direct = [q.text for q in _quotes(text) if q.kind == "direct"]
    assert direct == ["No"]


def test_reported_words_without_a_subject_of_their_own_are_not_a_quote() -> None:
    text = (
        "Later, the frigate fired at and sank a trawler that the Velmar navy said was a pirate "
        "supply ship.\n\nThe crew was rescued."
    )
    assert not [q for q in _quotes(text) if "pirate supply ship" in q.text]


def test_a_participle_hanging_off_a_noun_gives_no_speaker() -> None:
    text = (
        "After the frigate Orla picked up a distress call from the freighter Gibbon at noon "
        "saying it was under attack, it launched its helicopter."
    )
    assert not [q for q in _quotes(text) if "under attack" in q.text]


def test_a_plain_common_noun_is_no_speaker_and_takes_no_one_elses_name() -> None:
    text = (
        'Lena Holm opened the meeting. "We start at nine," she said.\n\n'
        '"The hall was already full by noon," the staff member said.'
    )
    [quote] = [q for q in _quotes(text) if "hall was already full" in q.text]
    assert quote.speaker is None
    assert quote.speaker_start is not None  # the source is still shown where it stands


def test_a_spokeswoman_of_a_named_body_is_the_body() -> None:
    text = '"Crews were called to a fire at the house," a Velmar Police spokeswoman said.'
    assert _speaker_of(text, "Crews were called") == "Velmar Police"


@pytest.mark.parametrize(
    "lead",
    [
        "Mira Sorensen, director of the Velmar Wildlife Fund, was blunt:",
        "Mira Sorensen, director of the Velmar Wildlife Fund, commented,",
    ],
)
def test_a_line_leading_into_a_quote_on_the_next_line_names_its_speaker(lead: str) -> None:
    text = f'The rule takes effect in January.\n{lead}\n" We will see them in court next year. "\n'
    assert _speaker_of(text, "see them in court") == "Mira Sorensen"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('Lena Holm called the plan "a betrayal" at the meeting on Monday.', "a betrayal"),
        ('Lena Holm says she has "big plans" for the harbour next year.', "big plans"),
        ('Lena Holm accused the council of being "duped" by the builders.', "duped"),
    ],
)
def test_a_short_quote_hanging_from_a_verb_of_saying_stays_a_quote(text: str, words: str) -> None:
    assert _speaker_of(text, words) == "Lena Holm"


def test_a_short_quote_in_the_clause_of_a_claim_stays_a_quote() -> None:
    text = 'Lena Holm repeated her claim that there were "thousands of ships" in the bay.'
    assert _speaker_of(text, "thousands of ships") == "Lena Holm"
