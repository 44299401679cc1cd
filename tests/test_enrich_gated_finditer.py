"""`gated_finditer` gives what `finditer` gives for the whole-text scans it replaces."""

from __future__ import annotations

import random

from newsbeat.enrich import actor_groups, actor_outlets
from newsbeat.enrich.name_context import gated_finditer, lower_word_before

_WORDS = (
    "the", "members", "of", "from", "mayors", "towns", "cities", "tiny", "Brelk", "and",
    "blog", "website", "news site", "newspaper", "The", "Varnholt", "Post", "said", ",",
    "heads", "chiefs", "unions", "councils", "x", "Qmembers", "themembers", "\n", "  ",
)  # fmt: skip


def _texts(count: int) -> list[str]:
    """Random runs of words that the two patterns' gates and matches are made of."""
    rng = random.Random(7)
    return [" ".join(rng.choice(_WORDS) for _ in range(rng.randint(3, 30))) for _ in range(count)]


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def test_groups_found_as_by_finditer() -> None:
    texts = [*_texts(3000), "the tiny mayors of the three towns", "Qmembers of towns"]
    found = 0
    for text in texts:
        slow = _spans(actor_groups._GROUP.finditer(text))
        fast = _spans(
            gated_finditer(
                actor_groups._GROUP, actor_groups._GROUP_GATE, text, actor_groups._group_starts
            )
        )
        assert fast == slow, text
        found += len(slow)
    assert found > 50  # the generated texts do hold matches, of every start


def test_named_outlets_found_as_by_finditer() -> None:
    found = 0
    for text in [*_texts(3000), "the news site, The Varnholt Post", "blogwebsite Brelk"]:
        slow = _spans(actor_outlets._NAMED_OUTLET.finditer(text))
        fast = _spans(
            gated_finditer(
                actor_outlets._NAMED_OUTLET, actor_outlets._OUTLET_NOUN, text, actor_outlets._here
            )
        )
        assert fast == slow, text
        found += len(slow)
    assert found > 50


def test_lower_word_before() -> None:
    text = "ask the  tiny\tmayors Xy mayors"
    assert lower_word_before(text, text.index("mayors")) == text.index("tiny")
    assert lower_word_before(text, text.index("tiny")) == text.index("the")
    # the lower-case run only: the pattern's \b then fails there ("Xy")
    assert lower_word_before(text, text.rindex("mayors")) == text.index("y mayors")
    assert lower_word_before(text, 0) is None
    assert lower_word_before("tiny", 4) is None  # no whitespace before the offset
