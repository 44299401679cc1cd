"""``name_context.found_case_blind`` answers a case-blind pattern's search from the lower-cased
text where that finds the same; on generated texts (the characters that fold to ASCII letters
among them) it answers what the case-blind search answers, for the screen words of
``actor_characters`` and the work nouns of ``actor_things``."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsbeat.enrich.actor_characters import _SCREEN_WORDS, _SCREEN_WORDS_LOWER, characters
from newsbeat.enrich.actor_titled_things import _WORK_NOUN, _WORK_NOUN_LOWER
from newsbeat.enrich.name_context import found_case_blind

_PIECES = [
    *("film", "FILMS", "Movie", "moviesx", "xseries", "Box Office", "box  office", "cast"),
    *("CAST", "casts", "sequel", "Sequels", "Trilogy", "documentary", "memoirs", "Saga"),
    *("ſeries", "fiſm", "\u0130", "\u0131", "K", "movİe", "ﬁlm", "Orsk", "played", "as"),
    *("Lena Holm", "plays", "Mara", "a", "the", "_film", "film_", "9films", "épisode"),
]
_GLUE = [" ", "", "-", "\n", ",", "\u00a0", "'"]


@st.composite
def _texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8))
    glue = draw(st.lists(st.sampled_from(_GLUE), min_size=len(parts), max_size=len(parts)))
    return "".join(p + g for p, g in zip(parts, glue, strict=True))


@settings(max_examples=600, deadline=None)
@given(text=_texts())
@example(text="a ſeries of FILMS")
@example(text="the \u0130 Movie")
@example(text="the \u212aelvin ca\u017ft")
def test_case_blind_answers_are_the_pattern_searches(text: str) -> None:
    for lower, blind in ((_SCREEN_WORDS_LOWER, _SCREEN_WORDS), (_WORK_NOUN_LOWER, _WORK_NOUN)):
        assert found_case_blind(text, lower, blind) == (blind.search(text) is not None)


def test_both_paths_find_and_miss() -> None:
    lower, blind = _SCREEN_WORDS_LOWER, _SCREEN_WORDS
    assert found_case_blind("Lena Holm's new FILM opens", lower, blind)
    assert not found_case_blind("Lena Holm's new FILMS_ opens", lower, blind)
    assert found_case_blind("the ca\u017ft of \u0130stanbul", lower, blind)  # the case-blind path
    assert not found_case_blind("\u0130stanbul filmed", lower, blind)


def test_characters_read_the_screen_words_in_any_case() -> None:
    text = "In the new MOVIE, Lena Holm plays Mara Velt, a detective."
    assert characters(text) == frozenset({"Mara Velt"})
    assert characters(re.sub("MOVIE", "match", text)) == frozenset()
