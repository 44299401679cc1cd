"""Conflicts: one casualty count told with two participles of its class (issue 12).

"Rebels wounded 14 soldiers" and "12 soldiers were injured" hang on one event (injure) and
count one group, but the counted phrases end in two words ("soldiers wounded" / "soldiers
injured"), and the strict slot check kept them apart as another suffix. The participle is
folded the way the event is; two classes ("killed" / "injured") stay two counts. Invented
articles; the first test fails without the rule.
"""

from __future__ import annotations

from tests._enrich_docs import BODY as _BODY
from tests._enrich_docs import compare_outlets as _compare
from tests._enrich_docs import side_values as _values

from newsbeat.compare.claim_facts import _casualty_suffix

_WOUNDED = "Rebels wounded 14 soldiers in an ambush near Corvale on Tuesday, officials said.\n"
_INJURED = "Twelve soldiers were injured in an ambush near Corvale on Tuesday, officials said.\n"
_KILLED = "Twelve soldiers were killed in an ambush near Corvale on Tuesday, officials said.\n"


def test_soldiers_wounded_and_soldiers_injured_in_one_ambush_conflict() -> None:
    result = _compare([("Wire", _BODY + _WOUNDED), ("Post", _BODY + _INJURED)])
    assert [_values(p) for p in result.conflicts] == [{"14", "12"}]


def test_soldiers_killed_are_no_soldiers_wounded() -> None:
    result = _compare([("Wire", _BODY + _WOUNDED), ("Post", _BODY + _KILLED)])
    assert result.conflicts == []


def test_wounded_police_are_no_injured_protesters() -> None:
    police = "Rioters wounded 14 policemen in clashes near Corvale on Tuesday, officials said.\n"
    protesters = "Twelve protesters were injured in clashes near Corvale on Tuesday.\n"
    assert _compare([("Wire", _BODY + police), ("Post", _BODY + protesters)]).conflicts == []


def test_the_last_participle_is_folded_and_other_words_kept() -> None:
    assert _casualty_suffix(["detained"]) == "arrested"
    assert _casualty_suffix(["wounded"]) == "injured"
    assert _casualty_suffix(["killed"]) == "killed"
    assert _casualty_suffix(["fired"]) == "fired"
    assert _casualty_suffix([]) == ""


_CAPTURED = "Soldiers captured 14 rebels in a raid near Corvale on Tuesday, officials said.\n"
_ARRESTED = "Twelve rebels were arrested in a raid near Corvale on Tuesday, officials said.\n"


def test_rebels_captured_and_rebels_arrested_in_one_raid_conflict() -> None:
    result = _compare([("Wire", _BODY + _CAPTURED), ("Post", _BODY + _ARRESTED)])
    assert [_values(p) for p in result.conflicts] == [{"14", "12"}]


def test_rebels_captured_are_no_rebels_killed() -> None:
    killed = _ARRESTED.replace("were arrested", "were killed")
    assert _compare([("Wire", _BODY + _CAPTURED), ("Post", _BODY + killed)]).conflicts == []
