"""Conflicts: the place and day of a crowd's size read from its article's lead (issue 12).

Two outlets' sizes of one march share few words ("Police put the march at roughly 30,000" /
"the protest march in Velmora was attended by an approximate 200,000"), so they meet through
their slot: one place, one day. A size whose sentence names no place or no day speaks of the
gathering its article's headline and lead tell of; a count told as the gathering began is no
size of the whole gathering. Invented articles; each comparison test fails without its rule.
"""

from __future__ import annotations

from tests._enrich_docs import BODY as _BODY
from tests._enrich_docs import PAD as _PAD
from tests._enrich_docs import compare_outlets as _compare
from tests._enrich_docs import side_values as _values

from newsbeat.compare.gathering_slots import early_count, named_days

_WIRE_LEAD = (
    "Thousands march in Velmora as strike shuts schools\n"
    "Police and protesters clashed in Velmora on Wednesday during a general strike.\n"
)
_POLICE = "Police put the march, held to mark the general strike, at roughly 30,000 people.\n"
_POST_LEAD = (
    "Strike brings the country to a halt\n"
    "Schools, offices and airports closed across the country as unions held a general strike.\n"
)
_ATTENDED = (
    "On Wednesday the protest march in Velmora was attended by an approximate 200,000, "
    "organisers said.\n"
)


def _conflicts(wire_lead: str, post_line: str) -> list[set[str]]:
    wire = wire_lead + _BODY + _POLICE + _PAD
    post = _POST_LEAD + _BODY + post_line + _PAD
    return [_values(p) for p in _compare([("Wire", wire), ("Post", post)]).conflicts]


def test_a_size_naming_no_place_or_day_takes_its_articles_lead() -> None:
    assert _conflicts(_WIRE_LEAD, _ATTENDED) == [{"roughly 30,000", "an approximate 200,000"}]


def test_a_lead_naming_another_place_or_day_keeps_the_sizes_apart() -> None:
    elsewhere = _WIRE_LEAD.replace("Velmora", "Castelo")
    another_day = _WIRE_LEAD.replace("Wednesday", "Tuesday")
    assert _conflicts(elsewhere, _ATTENDED) == []
    assert _conflicts(another_day, _ATTENDED) == []


def test_a_lead_naming_no_place_keeps_the_sizes_apart() -> None:
    assert _conflicts(_BODY, _ATTENDED) == []


def test_a_count_told_as_the_gathering_began_is_no_size_of_the_whole() -> None:
    early = (
        "On Wednesday police said as many as 20,000 people took to the streets of Velmora as "
        "rallies all around the country kicked off.\n"
    )
    whole = early.replace(" as rallies all around the country kicked off", "")
    assert _conflicts(_WIRE_LEAD, early) == []
    assert _conflicts(_WIRE_LEAD, whole) == [{"roughly 30,000", "as many as 20,000"}]


def test_the_days_a_text_names_are_weekdays_and_days_of_a_month() -> None:
    dateline = "Wed May 5, 2010 7:12pm\nThree people died in Velmora on Wednesday."
    assert named_days(dateline) == {"wednesday", "may 5"}
    assert named_days("the march called for the 5th of May") == {"may 5"}
    assert named_days("PUBLISHED: MONDAY, Sept. 09, 2013") == {"monday", "sep 9"}
    assert named_days("Officers said they may 5 more arrests") == frozenset()


def test_an_early_count_is_told_as_its_gathering_began() -> None:
    assert early_count("as many as 5,000 gathered as the march got under way")
    assert early_count("about 300 people were there when the vigil began")
    assert not early_count("about 300 people began marching toward the station")
    assert not early_count("Police put the march at roughly 30,000 people")
