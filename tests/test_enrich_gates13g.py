"""perf13g's cuts of the analysis's cost, each checked against the code it replaced on
generated inputs (the analysis's output must not change):

- ``doc_arrays.indices_in`` finds a single wanted value with ``list.index``, and answers at
  once for a set of values none of which is in the column;
- ``actor_awards.award_words`` tries a cue only on a text holding one of its words;
- ``actor_work_titles.quoted_titles`` scans for the lead in the lowered text, case-sensitively,
  when the text folds like ASCII.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Hashable, Sequence
from itertools import compress

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsbeat.enrich.actor_awards import (
    _AWARD_CUES,
    _KNOWN_CEREMONIES,
    _NOT_AWARDS,
    _PLURAL_SHOW,
    _SINGULAR_SHOW,
    award_words,
)
from newsbeat.enrich.actor_work_titles import _LEAD, _NEXT, _ONE, _a_title, quoted_titles
from newsbeat.enrich.doc_arrays import indices_in


def _indices_before(column: Sequence[Hashable], wanted: Collection[Hashable]) -> list[int]:
    return list(compress(range(len(column)), map(wanted.__contains__, column)))


_WORDS = ["Orsk", "orsk", "the", "Harbour", "", "1", "1.0"]


@given(
    st.lists(st.sampled_from([*_WORDS, 1, 1.0, True, 0]), max_size=30),
    st.sampled_from([*_WORDS, 1, 0]),
    st.sampled_from([tuple, frozenset, list]),
)
def test_indices_in_one_value_as_before(
    column: list[Hashable], value: Hashable, kind: type
) -> None:
    wanted = kind([value])
    assert indices_in(column, wanted) == _indices_before(column, wanted)
    assert indices_in(tuple(column), wanted) == _indices_before(column, wanted)  # not a list


@given(
    st.lists(st.sampled_from([*_WORDS, 1, 1.0, True, 0]), max_size=30),
    st.sets(st.sampled_from([*_WORDS, "Velmar", 1, 0]), max_size=4),
    st.sampled_from([frozenset, set, tuple]),
)
def test_indices_in_several_values_as_before(
    column: list[Hashable], values: set[Hashable], kind: type
) -> None:
    wanted = kind(values)
    assert indices_in(column, wanted) == _indices_before(column, wanted)


def test_indices_in_one_value_finds_every_place() -> None:
    column = ["Orsk", "said", "Orsk", "orsk", "Orsk"]
    assert indices_in(column, ("Orsk",)) == [0, 2, 4]
    assert indices_in(column, frozenset({"Velmar"})) == []


def _award_words_before(text: str) -> frozenset[str]:
    found = {m.group(1) for cue, _ in _AWARD_CUES for m in cue.finditer(text)}
    # polish31's show cues, tried on every text (award_words gates them on their words)
    found |= {
        m.group(1) for m in _SINGULAR_SHOW.finditer(text) if re.search(rf"\b{m.group(1)}s\b", text)
    }
    found |= {m.group(1) or m.group(2) for m in _PLURAL_SHOW.finditer(text)}
    # ceremonies34: the plurals of the known ceremonies' list, as whole words
    found |= {w[:-1] for w in _KNOWN_CEREMONIES if re.search(rf"\b{w}\b", text)}
    return frozenset(w for w in found if w and w not in _NOT_AWARDS)


_AWARD_PIECES = [
    *("Velmar", "Velmars", "Award", "Awards", "award", "awards", "-", " - ", "winning", "winner"),
    *("nominated", "nominated for", "won", "wins", "win", "Win", "WON", "an", "a", "two", "12"),
    *("81st", "2nd", "ceremony", "Ceremony", "telecast", "statuette", "statuettes", "Tony"),
    *("Tonys", "The", "Academy", "for", "and", ",", ".", "\n", "Orsk", "sequel", "Emmy"),
    *("host", "hosting", "night", "Sunday", "show", "as", "Emmys"),
]
_GLUE = [" ", "  ", "\t", "", ", ", "\n", "-"]


@st.composite
def _texts(draw: st.DrawFn, pieces: list[str]) -> str:
    parts = draw(st.lists(st.sampled_from(pieces), min_size=1, max_size=10))
    glue = draw(st.lists(st.sampled_from(_GLUE), min_size=len(parts), max_size=len(parts)))
    return "".join(p + g for p, g in zip(parts, glue, strict=True))


@settings(max_examples=400)
@given(_texts(_AWARD_PIECES))
@example("She won a Tony Award and an Emmy-winning role, then won two Velmars.")
@example("the 81st Velmar ceremony; a Tony statuette; the Emmy telecast")
@example("They win two Tonys.")  # each cue alone, so that a gate missing a word shows
@example("the Velmars telecast; a Velmars statuette")
@example("the Velmar Awards")
@example("an Emmy - winner")
@example("He was nominated for an Oscar but lost.")
@example("the 2nd Velmar awards")
@example("the Velmar telecast")
def test_award_words_as_before(text: str) -> None:
    assert award_words(text) == _award_words_before(text)


def _quoted_titles_before(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for lead in _LEAD.finditer(text):
        at = lead.end()
        while True:
            title = _ONE.match(text, at)
            if title is None or not _a_title(title.group("t")):
                break
            spans.append(title.span("t"))
            more = _NEXT.match(text, title.end())
            if more is None:
                break
            at = more.end()
    return spans


_TITLE_PIECES = [
    *("film", "Film", "FILM", "films", "movie", "Novel", "book", "series", "songs", "albums"),
    *("documentary", "Documentaries", "like", "called", "titled", "such as", "including"),
    *('"', "\u201c", "\u201d", "The Long Harbour", "Orsk", "Velmar Rising", "and", "or", ","),
    # characters a case-blind pattern folds to ASCII letters: the fast path must step aside
    *("\u017fongs", "\u212a", "\u0130", "\u0131", "bo\u212ak", "FİLM", "é", "ß"),
]


@settings(max_examples=400)
@given(_texts(_TITLE_PIECES))
@example('the film "The Long Harbour" and "Orsk"')
@example('the \u017fongs "Velmar Rising"')
@example('the FİLM "Orsk" and its FILM "Velmar Rising"')
def test_quoted_titles_as_before(text: str) -> None:
    assert quoted_titles(text) == _quoted_titles_before(text)


def test_the_lead_is_found_in_any_case_and_with_folding_characters() -> None:
    text = 'Her Novels "The Long Harbour" and "Orsk Nights" sold.'
    assert quoted_titles(text) == [(12, 28), (35, 46)]
    # "İ" lowers to two characters and "ſ" matches "s" only case-blind: the slow path
    assert quoted_titles('the FİLM "Orsk"') == [(10, 14)]
    assert quoted_titles('the \u017fongs "Velmar Rising"') == [(11, 24)]
