"""False conflicts found outside the real-news gold (issue 12, item 1; listed by
``bench/offgold_conflicts.py`` on the other ECB+ train/dev sub-topics) and the rules that
followed: a calibre or a serial number is no count, a relative clause's or a participle's figure
belongs to the subject it hangs on, two articles' "he" may be two people, the first few of a
series are a part, and a figure counted in one game or part of a game is not another's.
Invented articles; each test fails without its rule, and a control shows that the same slot
still conflicts."""

from __future__ import annotations

import pytest
from tests._enrich_docs import enrich_outlets as _enrich

from newsbeat.compare import StoryComparison, compare_articles, explain_claims
from newsbeat.models import Claim

_PAD = "\n\nThe report was published by the regional office on its website this morning."


def _compare(*texts: str) -> StoryComparison:
    outlets = ("Wire", "Post", "Mail", "Star")
    articles, enrichments = _enrich([(outlets[i], t + "\n") for i, t in enumerate(texts)])
    return compare_articles(articles, enrichments)


def _conflicts(*texts: str) -> list[set[str]]:
    return [
        {side["value"] for side in pair.to_json()["sides"]} for pair in _compare(*texts).conflicts
    ]


def _claims(text: str) -> list[Claim]:
    _, enrichments = _enrich([("Wire", text + _PAD)])
    return enrichments[1].claims


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The boy pointed a .357 caliber revolver at two officers.", {357.0, 0.357}),
        ("The boy pointed a. 38 caliber revolver at two officers.", {38.0}),
        ("Police found a 12-gauge shotgun and two rifles in the car.", {12.0}),
        ("Flight 370 passengers' families met 20 officials.", {370.0}),
        ("The company filed for Chapter 11 protection with 300 creditors.", {11.0}),
        ("A Category 4 hurricane killed 12 people on the coast.", {4.0}),
        ("Interstate 95 drivers saw 3 crashes.", {95.0}),
        ("Doctors treated 40 patients with type 2 diabetes.", {2.0}),
        ("That day 300 people marched in Game 7 shirts.", {7.0}),
    ],
)
def test_a_calibre_or_a_serial_number_is_not_a_count(text: str, absent: set[float]) -> None:
    values = {v for c in _claims(text) for v in (c.low, c.high) if v is not None}
    assert not values & absent, _claims(text)
    assert values, "the real count of the sentence is still a claim"


def test_two_calibres_of_a_gun_are_not_a_conflict() -> None:
    assert (
        _conflicts(
            "The officers said the teenager pointed a .357 caliber revolver at them on Sunday.",
            "The officers said the teenager pointed a .38 caliber revolver at them on Sunday.",
        )
        == []
    )


def test_a_relative_clauses_figure_belongs_to_the_name_it_describes() -> None:
    # "Tom Reyes, who completed 28 passes": Reyes completed them, not the quarterback of the
    # other article, whose subject is not known to be Reyes.
    [claim] = [c for c in _claims("Tom Reyes, who completed 28 passes, led Arden.") if c.low == 28]
    assert claim.subject == "Tom Reyes"
    assert (
        _conflicts(
            "Tom Reyes, who completed 28 passes for 310 yards, led Arden to a win on Sunday.",
            "The quarterback completed 17 passes for 310 yards and led Arden to a win on Sunday.",
        )
        == []
    )


def test_a_participles_figure_belongs_to_the_subject_of_its_verb() -> None:
    text = "Tom Reyes led Arden to a win on Sunday, completing 28 passes for 310 yards."
    [claim] = [c for c in _claims(text) if c.low == 28]
    assert claim.subject == "Tom Reyes"
    assert (
        _conflicts(
            text,
            "The quarterback led Arden to a win on Sunday, completing 17 passes for 310 yards.",
        )
        == []
    )


def test_a_verb_conjoined_to_a_passive_shares_its_subject_not_its_agent() -> None:
    text = "Tom Reyes was acquired by the Arden Lions last season and hit 13 home runs."
    [claim] = [c for c in _claims(text) if c.low == 13]
    assert claim.subject == "Tom Reyes"
    assert _conflicts(text, "The Arden Lions hit 33 home runs last season, the club said.") == []


def test_a_verb_left_hanging_after_then_shares_the_subject() -> None:
    # The parser leaves "then missed" as a bare dependent of "hurt", not a conjunct.
    text = "Tom Reyes initially was hurt in an overtime loss in Week 3, then missed nine games."
    [claim] = [c for c in _claims(text) if c.low == 9]
    assert claim.subject == "Tom Reyes"


def test_a_verbless_opening_before_a_pronoun_is_an_occasion() -> None:
    # "In 54 games with the Angeles he hit.358 ...": parsed with no verb, no comma; the
    # opening names the games the figures were counted in, not the other sentence's season.
    text = "In 54 games with the Angeles he hit.358 with 13 home runs and 43 RBIs."
    [claim] = [c for c in _claims(text) if c.low == 13]
    assert claim.occasion == "in 54 games with angeles"
    season = "Last season, with two clubs, Tom Reyes hit. 308, with 33 home runs and 121 RBIs."
    assert _conflicts(text, season) == []


def test_two_articles_he_may_be_two_people() -> None:
    assert (
        _conflicts(
            "He has rushed for only 150 yards this season, the coach said on Sunday.",
            "He has rushed for only 269 yards this season, the coach said on Sunday.",
        )
        == []
    )
    named = _conflicts(
        "Tom Reyes has rushed for only 150 yards this season, the coach said on Sunday.",
        "Tom Reyes has rushed for only 269 yards this season, the coach said on Sunday.",
    )
    assert named == [{"150", "269"}]


def test_the_first_few_of_a_series_are_a_part() -> None:
    [claim] = [c for c in _claims("Tom Reyes completed his first 17 passes.") if c.low == 17]
    assert claim.role == "part"
    assert (
        _conflicts(
            "Tom Reyes completed his first 17 passes as Arden beat Bruck on Sunday.",
            "Tom Reyes completed 28 passes as Arden beat Bruck on Sunday.",
        )
        == []
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "During the deciding 15-2 run, Joe Okafor scored four points and blocked two shots.",
            "Joe Okafor scored 11 points, grabbed 11 rebounds and blocked six shots on Sunday.",
        ),
        (  # no comma: the opening ends at the subject
            "In 54 games with the Lions Tom Reyes hit 13 home runs, the coach said on Sunday.",
            "The slugger hit 33 home runs, the coach said on Sunday.",
        ),
        (  # no comma, a named subject: the opening ends where the subject begins
            "In the game ’ s last 12 minutes Joe Okafor blocked two shots, the coach said.",
            "Joe Okafor blocked six shots, the coach said on Sunday.",
        ),
        (  # as tokenised copies write it: the parser hangs the opening on the wrong verb
            "During the game ’ s deciding 15 - 2 run, Joe Okafor scored four points, grabbed 3"
            " of his 11 rebounds, and blocked two shots.",
            "Joe Okafor scored 11 points, grabbed 11 rebounds and blocked six shots on Sunday.",
        ),
        (
            "Joe Okafor blocked two shots in Tuesday's game, the coach said.",
            "Joe Okafor blocked six shots in Saturday's game, the coach said.",
        ),
        (
            "Joe Okafor blocked two shots in the second half, the coach said.",
            "Joe Okafor blocked six shots in the first half, the coach said.",
        ),
        (
            "Joe Okafor blocked two shots against Drake, the coach said.",
            "Joe Okafor blocked six shots against Wichita, the coach said.",
        ),
    ],
)
def test_figures_of_two_games_or_parts_of_a_game_are_not_a_conflict(
    first: str, second: str
) -> None:
    assert _conflicts(first, second) == []


def test_the_same_game_or_part_of_a_game_still_conflicts() -> None:
    assert _conflicts(
        "Joe Okafor blocked two shots in Tuesday's game, the coach said.",
        "Joe Okafor blocked six shots in Tuesday's game, the coach said.",
    ) == [{"2", "6"}]
    # "the game" of a story about one game is that game: it is no occasion of its own.
    [claim] = [c for c in _claims("In the game, Joe Okafor blocked six shots.") if c.low == 6]
    assert claim.occasion is None
    # a period is the claim's time, not an occasion ("its" is inside the DATE entity)
    text = "The strike cost the port authority 31 million crowns in its first week."
    [claim] = _claims(text)
    assert claim.occasion is None


def test_explain_claims_names_the_occasion_and_pronoun_rules() -> None:
    articles, enrichments = _enrich(
        [
            ("Wire", "Joe Okafor blocked two shots in Tuesday's game, the coach said.\n"),
            ("Post", "Joe Okafor blocked six shots in Saturday's game, the coach said.\n"),
            ("Mail", "He has rushed for only 150 yards this season, the coach said.\n"),
            ("Star", "He has rushed for only 269 yards this season, the coach said.\n"),
        ]
    )
    decisions = {
        frozenset((row["a"]["value"], row["b"]["value"])): row["decision"]
        for row in explain_claims(articles, enrichments)
    }
    assert decisions[frozenset((2.0, 6.0))] == "not the same slot: occasion"
    assert decisions[frozenset((150.0, 269.0))] == "not the same slot: subject a pronoun"
