"""``actor_titled_things._titled`` compiles four patterns per name; it now first looks at what each
pattern needs right around each occurrence of the name (``_may_title_at``) and compiles them
only where one could match. On generated texts the gated rule answers exactly what the four
patterns answer (the analysis's output must not change)."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsbeat.enrich.actor_titled_things import _Q, _WORK_NOUNS, _WORK_WORDS, _may_title_at, _titled
from newsbeat.enrich.name_context import occurrences

_NAMES = ["Orsk", "Velmar Rising", "O'Hara", "A", "Le", "X-Ray"]
_PIECES = [
    *_NAMES,
    *("the", "The", "THE", "tHe", "xthe", "a", "film", "Films", "films", "movies", "sequel"),
    *("the sequel", "the third installment", "trilogy", "sagas", "novels", "books", "album"),
    *("documentary", "Documentary", "series", "memoir", "said", "34", "who", "an", "whose"),
    *('"', "'", "“", "”", "‘", "’", "`", ",", ".", ";", ")", "-", "- -", "\n", "ſ", "ﬁlms"),
    *("fiſms", "Kelvin K", "thé", "films—", "filmsx", "and", "or", "songs", "memoir", "albums"),
    *("Tuesday", "the franchise", "instalments", "prequel", "musical", "adaptation", "xfilm"),
]
_GLUE = [" ", "  ", "\n", ", ", ",", "", ". ", "\t", "\u00a0", "\u2003", '"', "’"]


@st.composite
def _cases(draw: st.DrawFn) -> tuple[str, str]:
    """A name and a short text holding it once to three times among words, marks and glue."""
    name = draw(st.sampled_from(_NAMES))
    parts = draw(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8))
    for _ in range(draw(st.integers(1, 3))):
        parts.insert(draw(st.integers(0, len(parts))), name)
    glue = draw(st.lists(st.sampled_from(_GLUE), min_size=len(parts), max_size=len(parts)))
    return name, "".join(p + g for p, g in zip(parts, glue, strict=True))


def _titled_patterns(text: str, name: str) -> bool:
    """The rule before the gate: the four patterns, compiled for the name."""
    n = re.escape(name)
    other = rf"(?:\s*(?:and|or|,)\s*{_Q}[^\n]{{1,40}}?{_Q})?"
    patterns = (
        rf"(?i:\b{_WORK_NOUNS})\s*,?\s*{_Q}\s*{n}\s*{_Q}",
        rf"(?i:\bthe\s+(?:\w+\s+)?{_WORK_NOUNS})\s*,\s*{n}\s*"
        rf"(?:[.;:)\n]|,(?!\s*(?:\d|(?i:a|an|the|who|whose)\b))|-\s*-|$)",
        rf"{_Q}\s*{n}\s*{_Q}{other}\s*(?i:{_WORK_NOUNS})\b",
        rf"(?i:\bthe)\s+{n}\s+(?i:(?:films|movies|books|novels|sequels|trilogy|saga))\b",
    )
    return any(re.search(p, text) for p in patterns)


@settings(max_examples=600, deadline=None)
@given(case=_cases())
@example(case=("Orsk", "the sequel 'Orsk'"))
@example(case=("Orsk", "the third installment, Orsk."))
@example(case=("Orsk", "the new film, Orsk."))
@example(case=("Orsk", "the FILM ,Orsk"))
@example(case=("Orsk", "the memoir\t,  Orsk;"))
@example(case=("Orsk", "the 'Le' and 'Orsk' films"))
@example(case=("Orsk", "the  Orsk\tfilms"))
@example(case=("Orsk", "THE Orsk fiſms"))
@example(case=("Orsk", "the documentary, Orsk, 34, said"))
def test_gated_rule_is_the_patterns(case: tuple[str, str]) -> None:
    name, text = case
    assert _titled(text, name) == _titled_patterns(text, name)
    if _titled_patterns(text, name):  # the gate never stops a match
        assert any(_may_title_at(text, at, at + len(name)) for at in occurrences(text, name))


def test_each_shape_passes_the_gate_and_matches() -> None:
    for text in (
        "the sequel 'Orsk' opens",
        "the third installment, Orsk.",
        "the 'Le' and 'Orsk' films",
        "the Orsk films",
        "the documentary \u201c Orsk \u201d",
    ):
        at = text.index("Orsk")
        assert _may_title_at(text, at, at + 4), text
        assert _titled(text, "Orsk"), text


def test_work_words_are_what_the_noun_pattern_matches() -> None:
    words = re.findall(r"[a-z]+", _WORK_NOUNS.replace("s?", "").replace("(?:", ""))
    forms = {w for word in words for w in (word, word + "s")}
    matched = {w for w in forms if re.fullmatch(_WORK_NOUNS, w)}
    assert set(_WORK_WORDS) == matched


def test_gate_stops_a_name_with_nothing_of_a_title_around_it() -> None:
    for text in (
        "Orsk said the film was late",
        "the Orsk company filmed it",
        "the Orsk spokesman",
        "a new film by Orsk about books",
        "Orsk 'said' the films",
        "on Tuesday, Orsk said",
        "the films, said Orsk",
    ):
        at = text.index("Orsk")
        assert not _may_title_at(text, at, at + 4), text
        assert not _titled(text, "Orsk"), text
