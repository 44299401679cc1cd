"""Quotes whose source the text gives but does not name (a common noun, a he/she that
resolves to nobody): the quote keeps that source's span and no speaker, its continuation
keeps the same source, and nobody else's name is put on it. Invented articles, one per rule."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import FoundQuote, extract_quotes


def _direct(text: str, words: str) -> FoundQuote:
    doc = load_pipeline("en_core_web_sm")(text)
    found = [q for q in extract_quotes(doc, build_actors(doc)) if q.kind == "direct"]
    match = [q for q in found if words in q.text]
    assert match, found
    return match[0]


def _source(text: str, quote: FoundQuote) -> str | None:
    if quote.speaker_start is None or quote.speaker_end is None:
        return None
    return text[quote.speaker_start : quote.speaker_end]


def test_the_next_quote_of_an_unnamed_source_keeps_that_source() -> None:
    text = (
        "Lena Holm opened the meeting on Monday.\n\n"
        '"The hall was already full by noon," the caretaker said. '
        '"Nobody had expected so many people from the valley."'
    )
    quote = _direct(text, "Nobody had expected")
    assert quote.speaker is None
    assert _source(text, quote) == "the caretaker"


def test_a_she_that_resolves_to_nobody_keeps_its_own_span() -> None:
    text = (
        '"The gate closes at nine," the caretaker said. Then the caretaker locked the door.\n\n'
        '"Nobody gets in after that, whatever they say," she said.'
    )
    quote = _direct(text, "Nobody gets in")
    assert quote.speaker is None
    assert _source(text, quote) == "she"


def test_an_unnamed_subject_of_a_partial_quote_is_its_source_not_the_speaker_before() -> None:
    text = (
        '"We start at nine," Lena Holm said. The family has called on the council to reopen '
        'the case "as a matter of simple fairness to everyone" and to publish the report.'
    )
    quote = _direct(text, "simple fairness")
    assert quote.speaker is None
    assert _source(text, quote) == "The family"


def test_a_short_term_after_an_unnamed_subject_stays_no_quote() -> None:
    text = (
        "Lena Holm spoke first. The rules give the chair the right to call a "
        '"special meeting" at any time.'
    )
    doc = load_pipeline("en_core_web_sm")(text)
    assert not [q for q in extract_quotes(doc, build_actors(doc)) if "special" in q.text]


def test_an_unnamed_subject_does_not_replace_the_source_the_sentence_gives() -> None:
    text = (
        "According to a civil complaint filed in May, the developers ran a "
        '"massive and fraudulent scheme over eight long years" in which investors lost money.'
    )
    quote = _direct(text, "fraudulent scheme")
    assert quote.speaker is None
    assert _source(text, quote) != "the developers"
