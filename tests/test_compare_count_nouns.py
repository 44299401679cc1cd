"""Count nouns naming one quantity in other words (issue 12, conflict recall): a fire engine is
an appliance or a tender, "hit eleven times" counts the bullets that hit. Invented articles;
each conflict test fails without :mod:`newsbeat.compare.count_nouns`, each look-alike test
guards what the classes must not join."""

from __future__ import annotations

import pytest
from tests._enrich_docs import BODY
from tests._enrich_docs import compare_outlets as _compare
from tests._enrich_docs import side_values as _values

from newsbeat.compare.count_nouns import FIRED, HIT, canonical_count, compound_prefix


@pytest.mark.parametrize(
    ("noun", "event", "suffix", "expected"),
    [
        ("appliance", "call", "", ("fire vehicle", "call")),
        ("tender", "", "", ("fire vehicle", "")),
        ("engine", "call", "damaged", ("engine", "call")),  # "engines damaged": narrower
        ("time", "hit", "", (HIT, HIT)),
        ("bullet", "strike", "", (HIT, HIT)),
        ("bullet", "enter", "", (HIT, HIT)),
        ("bullet", "fire", "", (FIRED, "fire")),  # shots fired are not hits
        ("round", "fire", "", (FIRED, "fire")),  # "fired a total of 11 rounds"
        ("round", "seize", "", ("round", "seize")),  # ammunition, not shots
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


# One thing under two words (branch confnoun): each conflict test fails without its rule, each
# look-alike test guards what the rule must not join.


@pytest.mark.parametrize(
    ("noun", "event", "sentence", "expected"),
    [
        ("house", "arrest", "He was arrested three houses from the scene.", "building away"),
        ("door", "flee", "He fled into a flat two doors down.", "building away"),
        ("house", "destroy", "Ten houses were destroyed.", "house"),  # things, not a way
        ("protester", "march", "About 500 protesters marched.", "people"),
        ("crowd", "march", "A crowd of 500 marched.", "people"),
        ("protester", "arrest", "Police arrested 40 protesters.", "protester"),  # no gathering
    ],
)
def test_a_way_in_buildings_and_a_gathering_s_people_are_one_noun_only_in_context(
    noun: str, event: str, sentence: str, expected: str
) -> None:
    assert canonical_count(noun, event, "", sentence)[0] == expected


@pytest.mark.parametrize(
    ("noun", "other", "expected"),
    [
        ("speedboat", "boat", "speed"),
        ("boat", "gunboat", "gun"),
        ("website", "site", "web"),
        ("woman", "man", None),  # "man" is too short a head to split a word by
        ("tenant", "ant", None),
        ("boat", "boat", None),
        ("overall", "all", None),  # the head must be at least four letters
    ],
)
def test_a_closed_compound_is_its_head_with_a_qualifier(
    noun: str, other: str, expected: str | None
) -> None:
    assert compound_prefix(noun, other) == expected


def test_buildings_and_houses_counting_one_way_conflict() -> None:
    result = _compare(
        [
            (
                "Wire",
                "Police arrested Dario Vell five buildings away on Mercer Street late on Friday.\n",
            ),
            (
                "Post",
                "Dario Vell was arrested late on Friday by a police team, three houses from the "
                "scene of the stabbing.\n",
            ),
        ]
    )
    assert [_values(p) for p in result.conflicts] == [{"5", "3"}]


def test_a_way_s_own_verb_after_its_noun_and_names_beside_it_do_not_set_it_apart() -> None:
    # "buildings arrested" (the passive's verb read into the counted phrase) is "buildings";
    # the sheriff beside "three houses" is one end of the way, not whose houses they are.
    result = _compare(
        [
            (
                "Wire",
                "Dario Vell was arrested five buildings away on Mercer Street late on Friday, "
                "police said.\n",
            ),
            (
                "Post",
                "Dario Vell was arrested late on Friday by Sheriff Ona Brisk's team, three houses "
                "from the scene of the stabbing, police said.\n",
            ),
        ]
    )
    assert [_values(p) for p in result.conflicts] == [{"5", "3"}]


@pytest.mark.parametrize(
    "other",
    [
        # a house is one kind of building: counted as things, the two stay two counts
        "Four buildings were destroyed by the fire in Arden on Sunday.\n",
        # homes destroyed are not homes damaged
        "Four homes were damaged by the fire in Arden on Sunday.\n",
    ],
)
def test_homes_and_buildings_counted_as_things_stay_apart(other: str) -> None:
    result = _compare(
        [("Wire", "Ten homes were destroyed by the fire in Arden on Sunday.\n"), ("Post", other)]
    )
    assert result.conflicts == []


def test_a_way_to_where_he_fled_is_not_the_way_to_where_he_was_arrested() -> None:
    result = _compare(
        [
            (
                "Wire",
                "Dario Vell was arrested five buildings away on Mercer Street late on Friday.\n",
            ),
            (
                "Post",
                "Dario Vell fled into an apartment three doors away on Mercer Street late on "
                "Friday.\n",
            ),
        ]
    )
    assert result.conflicts == []


def test_a_compound_and_its_two_words_conflict() -> None:
    result = _compare(
        [
            (
                "Wire",
                "The coast guard seized three speedboats off Kessa on Tuesday, officials said.\n",
            ),
            (
                "Post",
                "The coast guard seized two speed boats off Kessa on Tuesday, officials said.\n",
            ),
        ]
    )
    assert [_values(p) for p in result.conflicts] == [{"3", "2"}]


def test_a_compound_is_not_its_head_with_another_qualifier() -> None:
    result = _compare(
        [
            (
                "Wire",
                "The coast guard seized three speedboats off Kessa on Tuesday, officials said.\n",
            ),
            (
                "Post",
                "The coast guard seized two small boats off Kessa on Tuesday, officials said.\n",
            ),
        ]
    )
    assert result.conflicts == []


def test_protesters_and_people_marching_in_one_march_conflict() -> None:
    result = _compare(
        [
            (
                "Wire",
                "About 50,000 protesters marched through central Arden on Saturday against the "
                "cuts.\n",
            ),
            (
                "Post",
                "Some 20,000 people marched through central Arden on Saturday against the cuts.\n",
            ),
        ]
    )
    assert [_values(p) for p in result.conflicts] == [{"about 50,000", "some 20,000"}]


@pytest.mark.parametrize(
    "other",
    [
        "Some 200 people were arrested in central Arden on Saturday after the march against the "
        "cuts.\n",
        "Some 20 people were injured in central Arden on Saturday during the march against the "
        "cuts.\n",
    ],
)
def test_a_march_s_people_are_not_the_people_arrested_or_hurt_at_it(other: str) -> None:
    result = _compare(
        [
            (
                "Wire",
                "About 50,000 protesters marched through central Arden on Saturday against the "
                "cuts.\n",
            ),
            ("Post", other),
        ]
    )
    assert result.conflicts == []
