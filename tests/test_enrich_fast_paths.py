"""Faster forms of analysis steps answer exactly what the forms they replace answered (the
analysis's output must not change): the titled-name pattern with its lookahead (possessive
runs, titles grouped by first letter), the caches of cleaned and folded names, the search for
a surname's full name without a pattern per surname."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbeat.enrich.actor_full_names import full_name_in_text
from newsbeat.enrich.actor_table import TITLE_HEADS, clean_name
from newsbeat.enrich.name_search import match_name, name_matches, name_pattern
from newsbeat.enrich.name_titled import TITLED_NAME as _TITLED_NAME
from newsbeat.enrich.name_titled import titled_names
from newsbeat.enrich.names import fold_name

# The pattern as it was written before the lookahead.
_TITLED_NAME_BEFORE = re.compile(
    r"\b(?:[A-Za-z]+[ \t]+)?((?i:"
    + "|".join(sorted((re.escape(t) for t in TITLE_HEADS), key=len, reverse=True))
    + r"))[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})\b"
)

_PIECES = [
    *sorted(TITLE_HEADS),
    *("Minister", "PRESIDENT", "Vice-President", "DR.", "Gen."),
    *("harbour", "master", "prime", "deputy", "chief", "the", "a", "said", "of"),
    *("Lena", "Holm", "Per", "Ekdal", "O'Hara", "Ní", "Étienne", "Kaldria", "X", "ſenator"),
    *("3rd", "’s", "-", ",", ".", "(", "—", "9am", "x_", "\u0130", "\u212a"),
]
_GAPS = [" ", "  ", "\t", "\n", "", ", ", " \n "]


@st.composite
def _texts(draw: st.DrawFn) -> str:
    count = draw(st.integers(min_value=1, max_value=14))
    return "".join(
        draw(st.sampled_from(_PIECES)) + draw(st.sampled_from(_GAPS)) for _ in range(count)
    )


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    return [(m.span(), m.span(1), m.span(2)) for m in pattern.finditer(text)]


@settings(max_examples=600, deadline=None)
@given(_texts())
def test_the_titled_name_lookahead_finds_the_same_matches(text: str) -> None:
    assert _matches(_TITLED_NAME, text) == _matches(_TITLED_NAME_BEFORE, text)


# Words around which titled names match or nearly match.
_TITLED_PIECES = [
    *("President", "president", "Gov.", "GOV.", "minister", "Dr.", "master", "Vice-President"),
    *("Lena Holm", "Per Ekdal Dahl", "O'Hara", "Lena", "harbour", "former", "the", "said"),
    *("9am", "x_", "Ék", "ſenator", "-", ",", "’s", "Kaldria", "Deputy", "chief"),
]
_TITLED_GAPS = [" ", "  ", "\t", " \t", "\n", "", ", ", "-"]


@st.composite
def _titled_texts(draw: st.DrawFn) -> str:
    count = draw(st.integers(min_value=1, max_value=12))
    return "".join(
        draw(st.sampled_from(_TITLED_PIECES)) + draw(st.sampled_from(_TITLED_GAPS))
        for _ in range(count)
    )


@settings(max_examples=800, deadline=None)
@given(_titled_texts() | _texts())
def test_titled_names_tried_at_titles_are_the_pattern_matches(text: str) -> None:
    found = [(m.span(), m.span(1), m.span(2)) for m in titled_names(text)]
    assert found == _matches(_TITLED_NAME, text)


def test_title_heads_are_single_words() -> None:
    # the lookahead reads the title as one run of non-spaces followed by spaces and a capital
    assert not [head for head in TITLE_HEADS if re.search(r"\s", head)]


def test_the_titled_name_pattern_still_finds_a_title_and_its_name() -> None:
    text = "Talks ended.\nharbour master Per Ekdal said the Minister\nLena Holm"
    found = [(m.group(1), m.group(2)) for m in _TITLED_NAME.finditer(text)]
    assert found == [("master", "Per Ekdal")]  # a title and a name on two lines are not one


def test_cached_name_cleaning_gives_what_a_fresh_call_gives() -> None:
    for name in ("the Velmar Council’s", "VELMARKS", "After Kaldria", "HALDIS — Sorvair"):
        first = clean_name(name)
        assert clean_name(name) == first == clean_name.__wrapped__(name)
        folded = fold_name(name, keep_case=True)
        assert (
            fold_name(name, keep_case=True) == folded == fold_name.__wrapped__(name, keep_case=True)
        )


_NAME_PIECES = [
    *("Per", "Ekdal", "Lena", "Holm", "Holmes", "O'Hara", "O’Hara", "Holm-Ek", "Ní", "Étienne"),
    *("Dr.", "Mr", "St.", "Jr.", "J.", "A.B.", "Kaldria3", "X_Y", "ÄHolm", "harbour", "master"),
    *("the", "said", "and", "van", "de", "ﬁ", "3", "’s", "-", ",", ".", "(", "—", "\u00a0"),
]
_SURNAMES = ["Holm", "Ekdal", "O'Hara", "Holm-Ek", "Jr.", "Ní", "van Dijk", "s", " Holm", "3"]


@st.composite
def _surname_and_text(draw: st.DrawFn) -> tuple[str, str]:
    surname = draw(st.sampled_from(_SURNAMES))
    pieces = st.sampled_from([*_NAME_PIECES, *[surname.strip()] * 6])  # the surname, often
    count = draw(st.integers(min_value=1, max_value=12))
    return surname, "".join(draw(pieces) + draw(st.sampled_from(_GAPS)) for _ in range(count))


@settings(max_examples=1000, deadline=None)
@given(_surname_and_text())
def test_a_surname_is_matched_as_its_own_pattern_matches_it(case: tuple[str, str]) -> None:
    surname, text = case
    pattern = name_pattern(surname)
    for start in range(len(text) + 1):
        want = pattern.match(text, start)
        got = match_name(text, start, surname)
        mine = (got.before, got.words, got.end) if got else None
        assert mine == ((want.group(1), want.group(2), want.end()) if want else None)
    assert [(m.before, m.words, m.end) for m in name_matches(text, surname)] == [
        (m.group(1), m.group(2), m.end()) for m in pattern.finditer(text)
    ]


def test_a_full_name_is_found_before_its_surname() -> None:
    text = "Talks ended. The harbour master Per Ekdal said on Friday that Ekdal would stay."
    found = [(m.before, m.words, m.end) for m in name_matches(text, "Ekdal")]
    assert found == [("master ", "Per ", text.index("Ekdal") + 5)]
    # as many capitalised words as still leave the surname after them: the engine's order
    found = [(m.before, m.words) for m in name_matches("said Per Holm Holm there", "Holm")]
    assert found == [("said ", "Per Holm ")]


def test_a_full_name_asked_again_is_the_one_found_the_first_time() -> None:
    text = "Harbour master Per Ekdal spoke. Later Ekdal left, and the Minister Lena Holm came."
    for surname, titled in (("Ekdal", False), ("Ekdal", True), ("Holm", True), ("Dahl", False)):
        first = full_name_in_text(text, surname, titled=titled)
        assert first == full_name_in_text.__wrapped__(text, surname, titled=titled)
        assert full_name_in_text(text, surname, titled=titled) == first
    assert full_name_in_text(text, "Ekdal") == "Per Ekdal"


def test_cached_name_lists_answer_what_the_lists_say() -> None:
    from newsbeat.enrich.names import (
        _gender_detector,
        first_name_gender,
        is_first_name,
        place_kind,
    )

    detector = _gender_detector()
    for word in ("Lena", "Per", "Bernie", "Kaldria", "Holm", "Paris", "Texas", "lena"):
        guess = str(detector.get_gender(word))  # type: ignore[attr-defined]
        assert is_first_name(word) == (guess != "unknown")
        assert first_name_gender(f"{word} Holm") == first_name_gender(f"{word} Holm")
        assert place_kind(word) == place_kind.__wrapped__(word)
    assert first_name_gender("Lena Holm") == "female" and first_name_gender("Holm") is None
