"""The actor rules that compiled a pattern per name now try fixed patterns at each occurrence of
the name; on generated texts they answer exactly what the per-name patterns answered (the
analysis's output must not change)."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsbeat.enrich.actor_context import (
    _GROUP_NOUNS,
    _STAFF,
    _STAFF_OF,
    _organisation_context,
)
from newsbeat.enrich.actor_outlets import _occurrences
from newsbeat.enrich.actor_things import _VERSION, _VERSION_END, _releases
from newsbeat.enrich.actors import _given_an_age, _written_as_word

_NAMES = ["Orsk", "IE", "Vantage", "Kestrel Labs", "O'Hara", "X-Ray", "A", "Wes", "Le"]
_PIECES = [
    *_NAMES,
    *("7", "8", "3.05", "4. 0", "2003", "27", "3 - 1", "9:30", "14.9", "47", "1,000", "6X"),
    *("a", "an", "the", "lawyer", "lawyers", "spokesman", "attorney", "director", "for"),
    *("with", "at", "atlas", "forum", "charity", "law firm", "group", "small", "non-profit"),
    *("said", "Orskx", "xOrsk", "Vantages", "IE6", "-", "—", "_"),
    *(", a charity", ", the law firm", ", an old small group", ",  a  non-profit", ", 47,"),
    *("lawyer for", "attorneys with", "spokesman at", "director  for", "analysts at\n"),
]
_GLUE = [" ", "  ", "\n", ", ", ",", "", ". ", "-", "\t", ":", "%"]


# Pieces around which the organisation shapes match or nearly match
_ORG_PIECES = [
    *("Orsk", "Orskx", "lawyer for", "attorneys with", "spokesman at", "director  for"),
    *(", a charity", ", the law firm", ", an old small group", ",  a  non-profit", "for"),
    *("analysts at\n", "lawyer", "spokeswoman", "counsel", "at", "with", "a", "charity"),
]


@st.composite
def _cases(draw: st.DrawFn, pieces: list[str] = _PIECES) -> tuple[str, str]:
    """A name and a short text holding it once to three times among words and glue."""
    name = draw(st.sampled_from(_NAMES))
    parts = draw(st.lists(st.sampled_from(pieces), min_size=1, max_size=7))
    for _ in range(draw(st.integers(1, 3))):
        parts.insert(draw(st.integers(0, len(parts))), name)
    glue = draw(st.lists(st.sampled_from(_GLUE), min_size=len(parts), max_size=len(parts)))
    return name, "".join(p + g for p, g in zip(parts, glue, strict=True))


def _releases_regex(text: str, name: str) -> list[tuple[str, int]]:
    glue = r"\s?" if name.isupper() else r"\s"
    pattern = rf"(?<![\w-]){re.escape(name)}{glue}({_VERSION.pattern}){_VERSION_END}"
    return [(m.group(1), m.end()) for m in re.finditer(pattern, text)]


@settings(max_examples=300, deadline=None)
@given(case=_cases())
def test_releases_are_the_regex_matches(case: tuple[str, str]) -> None:
    name, text = case
    assert [(m.group(1), m.end()) for m in _releases(text, name)] == _releases_regex(text, name)


@settings(max_examples=300, deadline=None)
@given(case=_cases())
def test_outlet_occurrences_are_the_regex_matches(case: tuple[str, str]) -> None:
    name, text = case
    pattern = rf"(?<![\w-]){re.escape(name)}(?![\w-])"
    assert _occurrences(text, name) == [m.start() for m in re.finditer(pattern, text)]


@settings(max_examples=400, deadline=None)
@given(case=_cases() | _cases(_ORG_PIECES))
# found by hypothesis: "lawyer at" (a prefix of "attorneys") once hid the match after it
@example(case=("Orsk", "lawyer attorneys with Orsk "))
def test_organisation_context_is_the_regex_rule(case: tuple[str, str]) -> None:
    name, text = case
    n = re.escape(name)
    expected = bool(
        re.search(rf"\b{n},\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}{_GROUP_NOUNS}\b", text)
        or re.search(rf"\b{_STAFF}s?\s+(?:with|for|at)\s+{n}\b", text)
        or re.search(rf"\b{n}\s+{_STAFF}\b", text)
    )
    staff_ends = {m.end() for m in _STAFF_OF.finditer(text)}
    assert _organisation_context(text, name, staff_ends) == expected


def test_organisation_context_finds_each_shape() -> None:
    """The three shapes, and near misses of each (the fixtures the generated texts vary)."""
    staff = {m.end() for m in _STAFF_OF.finditer("a lawyer for  Orsk said")}
    assert _organisation_context("a lawyer for  Orsk said", "Orsk", staff)
    staff = {m.end() for m in _STAFF_OF.finditer("a lawyer forOrsk said")}
    assert not _organisation_context("a lawyer forOrsk said", "Orsk", staff)
    assert _organisation_context("Orsk, a small charity, said", "Orsk", set())
    assert _organisation_context("an Orsk spokesman said", "Orsk", set())
    assert not _organisation_context("an Orskx spokesman said", "Orsk", set())


@settings(max_examples=300, deadline=None)
@given(case=_cases())
def test_word_and_age_searches_are_the_regex_rules(case: tuple[str, str]) -> None:
    name, text = case
    assert _written_as_word(text, name) == bool(re.search(rf"\b{re.escape(name)}\b", text))
    age = re.search(rf"\b{re.escape(name)},\s+\d{{1,3}}\s*,", text) is not None
    assert _given_an_age(text, name) == age
