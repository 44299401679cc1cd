"""Conflicts: a share belongs to the place its own phrase names (issue 12).

"Up to 70 per cent of web services in Velmora, and 40 per cent in Ostravia, were disrupted"
gives one share per country in one sentence. Read without its place, the 70 took the 40's
side (the article "also reports a figure fitting" another outlet's 55 for Ostravia), and two
countries' shares worded alike were called one share in dispute. Each share now carries the
place of its own phrase (``compare.share_places``): two named places keep two shares apart, and
one named place with one known act needs no similar wording. Invented articles; the conflict
and the two-country guard fail without the rule.
"""

from __future__ import annotations

from dataclasses import replace

from tests._enrich_docs import BODY as _BODY
from tests._enrich_docs import compare_outlets as _compare
from tests._enrich_docs import side_values as _values

from newsbeat.compare.claim_facts import _Facts, _facts
from newsbeat.compare.pinned_figures import _one_share
from newsbeat.compare.share_places import share_places, share_whole
from newsbeat.models import Claim

_TWO_COUNTRIES = (
    "Up to 70 per cent of web services in Velmora, and 40 per cent in Ostravia, were "
    "disrupted on Tuesday, operators said.\n"
)


def _traffic(share: str, place: str) -> str:
    return (
        f"Engineers said {share} of internet traffic in {place} was disrupted on Tuesday "
        "after the cable broke.\n"
    )


def test_one_countrys_share_in_other_words_conflicts() -> None:
    result = _compare(
        [("Wire", _BODY + _TWO_COUNTRIES), ("Post", _BODY + _traffic("55%", "Ostravia"))]
    )
    assert [_values(p) for p in result.conflicts] == [{"40", "55"}]


def test_two_countries_shares_worded_alike_are_no_conflict() -> None:
    result = _compare(
        [
            ("Wire", _BODY + _traffic("40%", "Ostravia")),
            ("Post", _BODY + _traffic("55%", "Velmora")),
        ]
    )
    assert result.conflicts == []


def test_a_share_of_no_named_place_needs_similar_wording() -> None:
    placed = "Up to 40 per cent of web services in Ostravia were disrupted on Tuesday.\n"
    unplaced = (
        "Engineers said 55% of internet traffic was disrupted on Tuesday after the cable broke.\n"
    )
    result = _compare([("Wire", _BODY + placed), ("Post", _BODY + unplaced)])
    assert result.conflicts == []


def _share(sentence: str, value: float) -> Claim:
    return Claim(
        what="percent", low=value, high=value, exact=True, unit="percent", claimant=None,
        sentence=sentence,
    )  # fmt: skip


_SITES = ["Velmora", "Ostravia", "the Kestrian Coast", "Dunmark"]


def test_each_share_of_a_list_reads_its_own_place() -> None:
    assert share_places(_share(_TWO_COUNTRIES, 70.0), _SITES) == {"velmora"}
    assert share_places(_share(_TWO_COUNTRIES, 40.0), _SITES) == {"ostravia"}
    placed_first = "Calls in Velmora fell by 80 percent, in Ostravia by 65 percent."
    assert share_places(_share(placed_first, 65.0), _SITES) == {"ostravia"}


def test_a_possessive_and_a_joined_pair_of_places() -> None:
    owned = "About 82 percent of Dunmark's voice traffic to Velmora was lost."
    assert share_places(_share(owned, 82.0), _SITES) == {"dunmark"}
    joined = "The cut took down 70 percent of the network in Ostravia and the Kestrian Coast."
    assert share_places(_share(joined, 70.0), _SITES) == {"ostravia", "kestrian coast"}


def test_a_place_of_another_clause_is_not_the_shares() -> None:
    other_clause = "Some 100 percent of traffic was lost in Velmora, officials said."
    assert share_places(_share(other_clause, 100.0), _SITES) == frozenset()
    no_percent = "Some 40 people in Velmora were hurt."
    assert share_places(_share(no_percent, 40.0), _SITES) == frozenset()


def test_one_place_pins_two_shares_only_with_one_known_act() -> None:
    def facts(value: float, event: str | None) -> _Facts:
        claim = replace(_share(f"{value:g} per cent in Ostravia", value), event=event)
        return replace(_facts(claim, []), shared=frozenset({"ostravia"}))

    assert _one_share(facts(40.0, "disrupt"), facts(55.0, "disrupt"))
    assert not _one_share(facts(40.0, None), facts(55.0, None))
    other = replace(facts(55.0, "disrupt"), shared=frozenset({"velmora"}))
    assert not _one_share(facts(40.0, "disrupt"), other)
    homes = replace(facts(40.0, "disrupt"), share_of=frozenset({"home"}))
    shops = replace(facts(55.0, "disrupt"), share_of=frozenset({"shop"}))
    assert not _one_share(homes, shops)  # shares of two wholes
    assert _one_share(homes, facts(55.0, "disrupt"))  # one side names no whole


def test_what_a_share_is_of() -> None:
    listed = _share(_TWO_COUNTRIES, 70.0)
    assert share_whole(listed) == {"web", "service"}
    assert share_whole(_share(_TWO_COUNTRIES, 40.0)) == frozenset()
    owned = _share("About 82 percent of Dunmark's voice traffic to Velmora was lost.", 82.0)
    assert share_whole(owned) == {"voice", "traffic"}


def test_shares_of_two_wholes_in_one_place_are_no_conflict() -> None:
    homes = "The grid operator said 60 per cent of homes in Ostravia lost power on Tuesday.\n"
    shops = "Engineers reported that 45% of shops in Ostravia lost power after the storm.\n"
    assert _compare([("Wire", _BODY + homes), ("Post", _BODY + shops)]).conflicts == []


def test_shares_of_one_whole_in_other_words_still_conflict() -> None:
    homes = "The grid operator said 60 per cent of homes in Ostravia lost power on Tuesday.\n"
    more = "Engineers reported that 45% of homes in Ostravia lost power after the storm.\n"
    result = _compare([("Wire", _BODY + homes), ("Post", _BODY + more)])
    assert [_values(p) for p in result.conflicts] == [{"60", "45"}]
