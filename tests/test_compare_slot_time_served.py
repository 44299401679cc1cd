"""The comparer pairs what two outlets tell of one thing, fourth pass (issue 12, branch
confnoun4). Invented articles; each conflict test fails without its rule, each guard test
keeps apart what the rule must not join."""

from __future__ import annotations

from tests._enrich_docs import compare_outlets as _compare
from tests._enrich_docs import side_values as _values

from newsbeat.compare.claim_facts import _fraction_dropped

# One named person's own act: both outlets name who did it, the act is the same, so is what
# is counted; the span of it is that person's, and no similar wording is needed.

_LEAD = (
    "Fred Kell, the former city treasurer, has died at his home in Dunmore.\n"
    "His family said he died peacefully after a long illness.\n"
    "Kell was a fixture of city politics for decades.\n"
    "The council will hold a memorial service next month.\n"
)


def _late(sentence: str) -> str:
    """An article whose figure comes after its lead (background, not the story's own event)."""
    return _LEAD + sentence + "\n"


_SERVED_YEARS = (
    "Wire",
    _late(
        "Kell returned to run his family's farm after serving more than three years for his "
        "part in the Larkin bond fraud."
    ),
)


def test_one_persons_time_served_told_two_ways_conflicts() -> None:
    result = _compare(
        [
            _SERVED_YEARS,
            (
                "Post",
                _late(
                    "Known as the man who carried cash to keep the Larkin fraud quiet, Kell "
                    "served five and a half months in a federal prison."
                ),
            ),
        ]
    )
    assert [_values(p) for p in result.conflicts] == [{"more than 3 years", "5.5 months"}]


def test_another_persons_time_served_stays_apart() -> None:
    result = _compare(
        [
            _SERVED_YEARS,
            (
                "Post",
                _late(
                    "Known as the man who carried cash to keep the council quiet, his deputy "
                    "Dana Morrow served five and a half months in a federal prison."
                ),
            ),
        ]
    )
    assert result.conflicts == []


def test_he_served_stays_apart() -> None:
    # "he" may be another man of the story: a pronoun names nobody.
    result = _compare(
        [
            _SERVED_YEARS,
            (
                "Post",
                _late(
                    "Known as the man who carried cash to keep the council quiet, he served "
                    "five and a half months in a federal prison."
                ),
            ),
        ]
    )
    assert result.conflicts == []


def test_sentenced_is_not_served() -> None:
    result = _compare(
        [
            _SERVED_YEARS,
            (
                "Post",
                _late(
                    "Known as the man who carried cash to keep the council quiet, Kell was "
                    "sentenced to five months in a federal prison."
                ),
            ),
        ]
    )
    assert result.conflicts == []


def test_an_earlier_dated_act_stays_apart() -> None:
    result = _compare(
        [
            _SERVED_YEARS,
            (
                "Post",
                _late(
                    "In 1975, known as the man who carried cash to keep the council quiet, Kell "
                    "served five months in a county jail."
                ),
            ),
        ]
    )
    assert result.conflicts == []


def test_a_seasons_count_and_a_games_stay_apart() -> None:
    result = _compare(
        [
            (
                "Wire",
                "The Hawks beat the Owls 24-10 on Sunday. Tom Reyes caught 52 passes this "
                "season, the most on the team.\n",
            ),
            (
                "Post",
                "The Hawks beat the Owls 24-10. Tom Reyes caught eight passes on Sunday for "
                "the Hawks.\n",
            ),
        ]
    )
    assert result.conflicts == []


def test_one_persons_two_shares_stay_apart() -> None:
    # A share's base ("of the vote", "among women") is not part of the slot.
    result = _compare(
        [
            (
                "Wire",
                "Voters in Dunmore went to the polls on Tuesday.\nTurnout was high across the "
                "county.\nOfficials said counting went smoothly.\nResults came late.\n"
                "Governor Vera Holm won 52 percent of the vote, her best result yet.\n",
            ),
            (
                "Post",
                "The county held its election this week.\nLines were long at many polling "
                "places.\nThe results surprised few observers.\nThe count ended before "
                "midnight.\nAmong women, who turned out in record numbers across the state, "
                "Holm won 61 percent.\n",
            ),
        ]
    )
    assert result.conflicts == []


def test_two_terms_served_with_nothing_named_stay_bare() -> None:
    # One man may serve twice: a span of his needs a name both sentences write.
    result = _compare(
        [
            ("Wire", _late("Kell served 12 years in prison.")),
            ("Post", _late("Kell served seven years in prison.")),
        ]
    )
    assert result.conflicts == []


def test_killed_is_not_injured_for_one_named_gunman() -> None:
    result = _compare(
        [
            ("Wire", "Police said Carl Denner killed three people at the mill on Monday.\n"),
            ("Post", "Police said Carl Denner injured five people at the mill on Monday.\n"),
        ]
    )
    assert result.conflicts == []


def test_a_fraction_is_part_of_its_figure_not_a_qualifier() -> None:
    assert _fraction_dropped(["and", "a", "half"]) == []
    assert _fraction_dropped(["and", "a", "half", "federal"]) == ["federal"]
    assert _fraction_dropped(["half"]) == ["half"]  # "two half brothers" keeps its word
