"""Straight marks glued to the wrong side of a space (``enrich/quote_glued.py``): a closing
mark glued to the attribution after it, and a mark before a comma, close and never open.
Every sentence is invented."""

from __future__ import annotations

from newsbeat.enrich.quote_glued import closer_only, glued_closer
from newsbeat.enrich.quote_marks import find_quote_spans


def _quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quote_spans(text)]


def test_a_closer_glued_to_the_attribution_closes_the_quote() -> None:
    text = 'Ada Holm said: "The pier stays shut all winter, "Holm argued after the vote.'
    assert _quoted(text) == ["The pier stays shut all winter, "]


def test_a_mark_glued_to_a_speech_verb_clause_is_never_read_as_an_opener() -> None:
    # the quote's opener was lost one line up; the narration must not become a quote
    text = 'The ferry was late again, "Pim Roos wrote in" Harbour Days " last spring.'
    assert "Pim Roos wrote in" not in _quoted(text)


def test_a_line_left_open_is_closed_by_a_mark_glued_to_its_attribution() -> None:
    text = '" We sailed at dawn.\nThe nets were empty, "Roos wrote in his log.'
    assert _quoted(text) == [" We sailed at dawn.\nThe nets were empty, "]


def test_a_mark_before_a_comma_opens_nothing() -> None:
    # the opener was lost upstream: the narration after the stray mark is no quote
    text = 'The skipper kept shouting.\nHold it tight ", then calling "pull now", while they ran.'
    assert _quoted(text) == ["pull now"]


def test_guard_a_mark_after_a_comma_before_plain_words_still_opens() -> None:
    # the guard: only an attribution after the mark makes it a closer
    text = 'The mayor had one word for it, "ridiculous", and left the hall.'
    assert _quoted(text) == ["ridiculous"]
    assert not glued_closer(text, text.index('"'))


def test_guard_a_name_and_speech_verb_without_a_comma_before_still_opens() -> None:
    text = 'The banner read "Holm said no" in red paint.'
    assert _quoted(text) == ["Holm said no"]
    assert not closer_only(text, text.index('"'))


def test_guard_a_mark_before_an_ellipsis_still_opens() -> None:
    text = 'She sighed: "...and then the ferry sank."'
    assert _quoted(text) == ["...and then the ferry sank."]


def test_guard_a_later_line_with_an_even_count_of_marks_does_not_close() -> None:
    text = '" Hold the rope.\nHold it tight, "Roos said, and "ran'
    assert _quoted(text) == []


def test_guard_a_bare_mark_before_a_comma_does_not_close_a_line_left_open() -> None:
    # no attribution beside it: the open quote stays dropped rather than given a guessed speaker
    text = 'The skipper kept shouting, " Hold the rope.\nHold it tight ", then calling "pull now".'
    assert _quoted(text) == ["pull now"]
