"""Pairing claims that count the same thing (issue 12, conflict recall): which words qualify
a figure, and when two wordings name one thing. Invented articles; each conflict test fails
without its rule, each look-alike test guards what the rule must not join."""

from __future__ import annotations

from tests._enrich_docs import enrich_outlets as _enrich

from newsbeat.compare import StoryComparison, compare_articles


def _compare(specs: list[tuple[str, str]]) -> StoryComparison:
    articles, enrichments = _enrich(specs)
    return compare_articles(articles, enrichments)


def _values(pair: object) -> set[str]:
    return {side["value"] for side in pair.to_json()["sides"]}  # type: ignore[attr-defined]


_TWO_KINDS = (
    "The coast guard seized seven assault rifles and two hunting rifles from the smugglers' "
    "boat near Port Vell on Sunday.\n"
)


def test_a_figure_is_qualified_by_its_own_words_not_by_an_earlier_figure_of_its_noun() -> None:
    # "two hunting rifles" are hunting rifles, not assault rifles: against another outlet's
    # "three hunting rifles" they disagree (and the article's two figures are two things).
    result = _compare(
        [
            ("Wire", _TWO_KINDS),
            ("Post", "The coast guard seized three hunting rifles from the smugglers' boat near "
             "Port Vell on Sunday.\n"),
        ]
    )  # fmt: skip
    assert [_values(p) for p in result.conflicts] == [{"2", "3"}]


def test_the_second_kind_of_a_noun_is_not_set_against_the_first_kind() -> None:
    # The three assault rifles disagree with the seven, never with the two hunting rifles.
    result = _compare(
        [
            ("Wire", _TWO_KINDS),
            ("Post", "The coast guard seized three assault rifles from the smugglers' boat near "
             "Port Vell on Sunday.\n"),
        ]
    )  # fmt: skip
    assert [_values(p) for p in result.conflicts] == [{"7", "3"}]


_LIST = "Marines seized four pistols, {} and 30 magazines from a boat near Port Vell.\n"


def test_other_rifles_are_rifles() -> None:
    # "other" sets the two apart from the pistols named before them; it names no kind of rifle.
    result = _compare(
        [("Wire", _LIST.format("two other rifles")), ("Post", _LIST.format("three rifles"))]
    )
    assert [_values(p) for p in result.conflicts] == [{"2", "3"}]


def test_other_rifles_are_not_a_named_kind_of_rifle() -> None:
    result = _compare(
        [("Wire", _LIST.format("two other rifles")), ("Post", _LIST.format("three hunting rifles"))]
    )
    assert result.conflicts == []


def test_a_name_without_its_middle_name_is_the_same_person() -> None:
    # One outlet gives the victim's middle name, the other does not: one person, two ages.
    result = _compare(
        [
            ("Wire", "Police named the victim as Dana Lee Morrow, 41, of Vessa.\n"),
            ("Post", "The victim, Dana Morrow, 44, lived in Vessa with her two sons.\n"),
        ]
    )
    assert [_values(p) for p in result.conflicts] == [{"41", "44"}]


def test_another_first_name_is_another_person() -> None:
    result = _compare(
        [
            ("Wire", "Police named the victim as Louis Morrow, 41, of Vessa.\n"),
            ("Post", "The victim, Dana Morrow, 44, lived in Vessa with her two sons.\n"),
        ]
    )
    assert result.conflicts == []


def test_one_name_spelled_two_ways_is_the_same_person() -> None:
    # Outlets misspell names: one letter apart in a long name is one person, two ages.
    result = _compare(
        [
            ("Wire", "Police named the victim as Katrina Holloway, 52, of Vessa.\n"),
            ("Post", "The victim, Catrina Holloway, 55, lived in Vessa with her two sons.\n"),
        ]
    )
    assert [_values(p) for p in result.conflicts] == [{"52", "55"}]


def test_short_names_one_letter_apart_may_be_two_people() -> None:
    result = _compare(
        [
            ("Wire", "Police named the victim as Ann Lee, 52, of Vessa.\n"),
            ("Post", "The victim, Ann Lea, 55, lived in Vessa with her two sons.\n"),
        ]
    )
    assert result.conflicts == []
