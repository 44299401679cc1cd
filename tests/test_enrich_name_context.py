"""The place-context rules tried at each occurrence of a name answer exactly what the regular
expressions compiled with the name answered (the analysis's output must not change)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbeat.enrich.actor_context import _prison_before
from newsbeat.enrich.actor_merge import (
    _DIRECTION,
    _DISTANCE,
    _PLACE_WORDS,
    _RESIDENTS,
    _placed_in_text,
)
from newsbeat.enrich.actor_place_context import _PLACE_NOUNS, _placed_by_context
from newsbeat.enrich.name_context import after_space_run, occurrences, word_ends_at
from newsbeat.enrich.names import place_kind

_PLACE_OF = r"(?:town|city|village|port|island|region|province|mayor|people|residents) of "


def _placed_in_text_regex(name: str, text: str, *, known: bool = False) -> bool:
    """The rule as it was written before: one pattern compiled per name."""
    n = re.escape(name)
    preps = "in|near|outside|from|at|to" if known else "in|near|outside"
    return bool(
        re.search(rf"\b(?:{preps})\s+{n}\b(?!['’])", text)
        or re.search(rf"\b{_PLACE_WORDS}\s+of\s+{n}\b", text)
        or re.search(rf"\b{n},\s+(?:a|the)\s+(?:[\w'’-]+\s+){{0,3}}{_PLACE_WORDS}\b", text)
        or re.search(rf"\b{n},\s+(?:[\w'’.-]+\s+){{1,3}}{_PLACE_WORDS}\b", text)
        or re.search(rf"\b{n},\s+{_DISTANCE}{_DIRECTION}\b", text)
        or (known and re.search(rf"\b(?:[Aa]n?|[Tt]he)\s+{n}\s+{_RESIDENTS}\b", text))
        or any(
            place_kind(m.group(1)) in {"state", "country"}
            for m in re.finditer(rf"\b{n},\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b", text)
        )
    )


def _placed_by_context_regex(name: str, text: str) -> bool:
    n = re.escape(name)
    pattern = (
        rf"\b(?:{_PLACE_OF}|(?:[Ii]n|off|near|outside) ){n}\b"
        rf"|\b{n}(?:'s|’s)?(?: [a-z]+)? {_PLACE_NOUNS}\b"
    )
    return re.search(pattern, text) is not None


_NAMES = ["Orsk", "Wasilla", "Kittby", "Ork", "Port Ellen", "O'Hara"]
_PIECES = [
    *_NAMES,
    *("in", "In", "near", "outside", "from", "at", "to", "off", "of", "the", "The", "a", "an"),
    *("village", "town", "home town", "hometown", "city", "mayor", "residents", "people"),
    *("man", "woman", "harbour", "old town", "coast", "Alaska", "Texas", "Sweden", "New York"),
    *("20 miles", "about 5 km", "north", "southwest", "'s", "’s", "x", "Orskx", "win"),
]
_GLUE = [" ", "  ", "\n", "\n\n", ", ", ",", "", ". ", "'", "-", "\t"]


@st.composite
def _cases(draw: st.DrawFn) -> tuple[str, str]:
    """A name and a short text holding it once or twice among place words and glue."""
    name = draw(st.sampled_from(_NAMES))
    parts = draw(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6))
    for _ in range(draw(st.integers(1, 2))):
        parts.insert(draw(st.integers(0, len(parts))), name)
    glue = draw(st.lists(st.sampled_from(_GLUE), min_size=len(parts), max_size=len(parts)))
    return name, "".join(p + g for p, g in zip(parts, glue, strict=True))


@settings(max_examples=200, deadline=None)
@given(case=_cases(), known=st.booleans())
def test_placed_in_text_is_the_regex_rule(case: tuple[str, str], known: bool) -> None:
    name, text = case
    assert _placed_in_text(name, text, known=known) == _placed_in_text_regex(
        name, text, known=known
    )


@settings(max_examples=200, deadline=None)
@given(case=_cases())
def test_placed_by_context_is_the_regex_rule(case: tuple[str, str]) -> None:
    name, text = case
    assert _placed_by_context(name, text) == _placed_by_context_regex(name, text)


def test_examples() -> None:
    assert _placed_in_text("Orsk", "the village of  Orsk was flooded")
    assert _placed_in_text("Orsk", "He lives in\nOrsk.")
    assert not _placed_in_text("Orsk", "He lives in Orsk's shadow")
    assert _placed_in_text("Wasilla", "a Wasilla man said", known=True)
    assert not _placed_in_text("Wasilla", "a Wasilla man said")
    assert _placed_in_text("Orsk", "Orsk, 20 miles north of here")
    assert _placed_in_text("Wasilla", "Wasilla, Alaska")
    assert not _placed_in_text("Orsk", "Orskx, a town")
    assert _placed_by_context("Kittby", "Kittby's ferry harbour")
    assert _placed_by_context("Kittby", "the town of Kittby")
    assert not _placed_by_context("Kittby", "the town of Kittbyx")


def test_helpers() -> None:
    assert list(occurrences("aaa", "aa")) == [0, 1]
    assert after_space_run("in \n Orsk", 5) == 2
    assert after_space_run("Orsk", 0) == 0
    assert word_ends_at("lives in", 8, ("in",))
    assert not word_ends_at("within", 6, ("in",))
    assert not word_ends_at("in", 1, ("in",))


_PRISON = re.compile(r"\b(?:HMP|HMYOI)\s+$")
_PRISON_PIECES = ["HMP", "HMYOI", "xHMP", "HMPx", "a", " ", "\n", "  ", "\t", "Belmarsh", "."]


@settings(max_examples=200, deadline=None)
@given(pieces=st.lists(st.sampled_from(_PRISON_PIECES), max_size=6), cut=st.integers(0, 60))
def test_prison_before_is_the_regex_rule(pieces: list[str], cut: int) -> None:
    text = "".join(pieces)
    at = min(cut, len(text))
    found = _PRISON.search(text, 0, at)
    assert _prison_before(text, at) == (found.start() if found else None)
