"""Count nouns naming one quantity in other words (issue 12, conflict recall): a fire engine is
an appliance or a tender, "hit eleven times" counts the bullets that hit. Invented articles;
each conflict test fails without :mod:`newsbeat.compare.count_nouns`, each look-alike test
guards what the classes must not join."""

from __future__ import annotations

import pytest
from tests._enrich_docs import BODY
from tests._enrich_docs import enrich_outlets as _enrich

from newsbeat.compare import StoryComparison, compare_articles
from newsbeat.compare.count_nouns import HIT, canonical_count


def _compare(specs: list[tuple[str, str]]) -> StoryComparison:
    articles, enrichments = _enrich(specs)
    return compare_articles(articles, enrichments)


def _values(pair: object) -> set[str]:
    return {side["value"] for side in pair.to_json()["sides"]}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("noun", "event", "suffix", "expected"),
    [
        ("appliance", "call", "", ("fire vehicle", "call")),
        ("tender", "", "", ("fire vehicle", "")),
        ("engine", "call", "damaged", ("engine", "call")),  # "engines damaged": narrower
        ("time", "hit", "", (HIT, HIT)),
        ("bullet", "strike", "", (HIT, HIT)),
        ("bullet", "enter", "", (HIT, HIT)),
        ("bullet", "fire", "", ("bullet", "fire")),  # shots fired are not hits
        ("time", "arrest", "", ("time", "arrest")),  # "arrested three times"
        ("time", "enter", "", ("time", "enter")),  # "entered the race three times"
    ],
)
def test_a_count_noun_stands_for_its_class_only_with_its_event(
    noun: str, event: str, suffix: str, expected: tuple[str, str]
) -> None:
    assert canonical_count(noun, event, suffix) == expected


def test_engines_and_appliances_sent_to_one_fire_conflict() -> None:
    result = _compare(
        [
            ("Wire", "Six engines were called to the blaze at the Arden depot on Sunday.\n"),
            ("Post", "Four appliances were called to the blaze at the Arden depot on Sunday.\n"),
        ]
    )
    assert [_values(p) for p in result.conflicts] == [{"6", "4"}]


def test_fire_vehicles_doing_two_things_are_two_counts() -> None:
    result = _compare(
        [
            ("Wire", "Ten engines fought the blaze at the Arden depot on Sunday.\n"),
            ("Post", "Two tenders stayed at the Arden depot until Monday.\n"),
        ]
    )
    assert result.conflicts == []


def test_hit_so_many_times_and_so_many_bullets_hitting_conflict() -> None:
    result = _compare(
        [
            ("Wire", "Officers fired at the suspect in Arden, hitting him eleven times.\n"),
            ("Post", "Seven bullets hit the suspect in Arden, the medical examiner said.\n"),
        ]
    )
    assert [_values(p) for p in result.conflicts] == [{"11", "7"}]


def test_shots_fired_are_not_bullets_that_hit() -> None:
    result = _compare(
        [
            ("Wire", "The officers fired 11 shots at the suspect in Arden.\n"),
            ("Post", "Seven bullets hit the suspect in Arden, the medical examiner said.\n"),
        ]
    )
    assert result.conflicts == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Dario Venn was shot eleven times near his home.", (HIT, HIT)),
        ("He had been shot 11 times by the officers.", (HIT, HIT)),
        ("The officers shot 41 times at the car.", ("time", "shoot")),  # may be shots fired
    ],
)
def test_a_victim_shot_so_many_times_counts_hits(sentence: str, expected: tuple[str, str]) -> None:
    assert canonical_count("time", "shoot", "", sentence) == expected


_DEEP = BODY  # four lines: the figures below are past the lead


def test_hits_on_one_named_person_conflict_however_worded() -> None:
    # Deep in the articles and worded apart (masked similarity far under the threshold): the
    # person both sentences name pins the count to one shooting.
    result = _compare(
        [
            ("Wire", _DEEP + "Dario Venn, 19, was shot eleven times near his home in Arden.\n"),
            ("Post", _DEEP + "An autopsy found that seven bullets hit Dario Venn.\n"),
        ]
    )
    assert [_values(p) for p in result.conflicts] == [{"11", "7"}]


def test_hits_on_two_people_are_two_counts() -> None:
    result = _compare(
        [
            ("Wire", _DEEP + "Dario Venn, 19, was shot eleven times near his home in Arden.\n"),
            ("Post", _DEEP + "An autopsy found that seven bullets hit Lena Morrow.\n"),
        ]
    )
    assert result.conflicts == []
