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
from newsbeat.enrich.actor_offices import _title_pattern, _title_spans, office_titles
from newsbeat.enrich.actor_organisms import _LATIN_ENDS, _written_before_epithets
from newsbeat.enrich.actor_person_spans import _given_an_age
from newsbeat.enrich.actor_releases import _VERSION, _VERSION_END, _releases
from newsbeat.enrich.actor_teams import _said_with_the
from newsbeat.enrich.name_context import standalone_occurrences, written_as_word
from newsbeat.enrich.relation_names import _title_case, capitals_say_nothing

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
    assert standalone_occurrences(text, name) == [m.start() for m in re.finditer(pattern, text)]


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
    assert written_as_word(text, name) == bool(re.search(rf"\b{re.escape(name)}\b", text))
    age = re.search(rf"\b{re.escape(name)},\s+\d{{1,3}}\s*,", text) is not None
    assert _given_an_age(text, name) == age


# Texts around office titles: whole titles, their first words alone, run-ons and near misses.
_OFFICE_PIECES = [
    *("Secretary of State", "secretary  of\nstate", "SECRETARY OF DEFENSE", "Secretary"),
    *("Home Secretary", "Homeland Security Secretary", "homeland", "Home", "Attorney General"),
    *("State", "of", "the", "Mia", "Lund", "Oregon", "Secretaryship", "xState", "Deputy"),
    *("Foreign Minister", "Minister", "Under Secretary", "-", "Prime Minister"),
    *("ſecretary of State", "Home ſecretary", "\u0130", "\u212aing"),  # case-blind folds
]


@settings(max_examples=400, deadline=None)
@given(case=_cases(_OFFICE_PIECES))
def test_office_titles_are_the_pattern_matches(case: tuple[str, str]) -> None:
    _, text = case
    found = [m.span() for m in _title_pattern().finditer(text)]
    assert _title_spans(text) == found


def test_office_titles_are_lower_case_words() -> None:
    # the first words are searched in the lower-case text
    assert all(t == t.lower() and t.split()[0].isalpha() for t in office_titles())


def test_office_titles_found_after_a_first_word_alone() -> None:
    text = "Home Secretary Mia Lund met the Deputy, then the Secretary of State."
    assert [text[s:e] for s, e in _title_spans(text)] == ["Home Secretary", "Secretary of State"]


_GENUS_PIECES = [
    *("Orskia pestis", "Orskia  coli", "Orskia\naureus", "Orskiax morbus", "xOrskia pestis"),
    *("Orskia Pestis", "Orskia ab", "Orskia warehouses", "Orskia pestisx", "Orskia", "the"),
    *("bacteria", "O. pestis", "morbus", "-", "_"),
]


@settings(max_examples=400, deadline=None)
@given(case=_cases(_GENUS_PIECES))
def test_genus_epithets_are_the_regex_matches(case: tuple[str, str]) -> None:
    _, text = case
    pattern = rf"\bOrskia\s+([a-z]{{3,}}(?:{_LATIN_ENDS}))\b"
    found = [(m.start(), m.group(1)) for m in re.finditer(pattern, text)]
    assert list(_written_before_epithets(text, "Orskia")) == found


@settings(max_examples=300, deadline=None)
@given(case=_cases([*_PIECES, "the Orsk", "The Vantage", "the Orskx", "xthe Le", "The A-"]))
def test_the_before_a_team_is_the_regex_rule(case: tuple[str, str]) -> None:
    _, text = case
    for name in _NAMES:
        expected = re.search(rf"(?<![\w-])[Tt]he {re.escape(name)}(?![\w-])", text) is not None
        assert _said_with_the(text, (name,)) == expected


def _capitals_say_nothing_regex(name: str, text: str) -> bool:
    found = False
    for match in re.finditer(re.escape(name), text):
        found = True
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if text[line_start : match.start()].strip() and not _title_case(line):
            return False
    return found


@settings(max_examples=300, deadline=None)
@given(case=_cases())
def test_capitals_say_nothing_reads_the_regex_matches(case: tuple[str, str]) -> None:
    name, text = case
    assert capitals_say_nothing(name, text) == _capitals_say_nothing_regex(name, text)
    assert capitals_say_nothing("", text) == _capitals_say_nothing_regex("", text)
