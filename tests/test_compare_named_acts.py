"""Conflicts: one named body's act toward one named party, however worded (issue 12). "The
Gulls offered Amberg an eight-year, $150 million deal" and "the Gulls team of owner Kobel
offered Amberg a deal worth $170 million" share few words, but a reader sees one offer told
twice: the same named body, the same act, the same named party. Invented sentences; the
conflict test fails without ``compare.slot_matching._named_act`` (the wording gate keeps them
apart), the guards keep two offers apart."""

from __future__ import annotations

from tests._enrich_docs import BODY as _BODY
from tests._enrich_docs import compare_outlets as _compare
from tests._enrich_docs import side_values as _values

_TOLD = (
    "A radio host reported on Tuesday night that the Harbor City Gulls offered Nils Amberg an "
    "eight-year, $150 million deal.\n"
)


def _offer(to: str = "Nils Amberg", by: str = "Harbor City Gulls") -> str:
    return (
        f"Club insiders confirmed that the {by} team of owner Dan Kobel and manager Ray Sutt had "
        f"offered {to} a deal worth $170 million, the largest in club history.\n"
    )


def test_one_bodys_offer_to_one_player_told_in_other_words_conflicts() -> None:
    result = _compare([("Wire", _BODY + _TOLD), ("Post", _BODY + _offer())])
    assert [_values(p) for p in result.conflicts] == [{"150 million", "170 million"}]


def test_an_offer_to_another_player_is_another_offer() -> None:
    result = _compare([("Wire", _BODY + _TOLD), ("Post", _BODY + _offer(to="Pavel Drost"))])
    assert result.conflicts == []


def test_another_bodys_offer_is_another_offer() -> None:
    result = _compare([("Wire", _BODY + _TOLD), ("Post", _BODY + _offer(by="Bayport Herons"))])
    assert result.conflicts == []


def test_a_weekday_both_sentences_write_names_no_party() -> None:
    told = (
        "A radio host reported that the Harbor City Gulls on Tuesday night offered Pavel Drost "
        "an eight-year, $150 million deal.\n"
    )
    offer = _offer().replace("had offered", "on Tuesday night offered")
    result = _compare([("Wire", _BODY + told), ("Post", _BODY + offer)])
    assert result.conflicts == []
