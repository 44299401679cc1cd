"""Agreements: an item of a list of kinds under an unnumbered whole is the count of its own
noun (issue 12, ``compare.listed_parts``). "The seized arms included seven rifles, three
machine guns and a grenade launcher" tells every rifle of the haul, as "the coastguard
recovered seven rifles" does: one figure, printed once for both outlets. Invented sentences;
the first test fails without the rule (the part keeps the two apart: two agreement rows),
each guard test fails with its guard removed."""

from __future__ import annotations

from tests._enrich_docs import BODY as _BODY
from tests._enrich_docs import compare_outlets as _compare

from newsbeat.compare.claim_facts import _facts
from newsbeat.compare.listed_parts import listed_item
from newsbeat.models import Claim

_HAUL = "The seized arms and equipment included seven rifles, three machine guns and a radio set.\n"
_PLAIN = "The Velmar coastguard recovered seven rifles and a radio set from the smugglers' boat.\n"


def _rows(result: object) -> list[tuple[str, list[str]]]:
    return sorted(
        (g.value + " " + g.first.claim.what, sorted(g.outlets))
        for g in result.agreed  # type: ignore[attr-defined]
        if hasattr(g, "first")
    )


def test_a_listed_item_agrees_with_the_plain_count() -> None:
    result = _compare(
        [("Wire", _BODY + _HAUL), ("Post", _BODY + _PLAIN), ("Ledger", _BODY + _HAUL)]
    )
    assert ("7 rifles", ["Ledger", "Post", "Wire"]) in _rows(result)


def _item(sentence: str, what: str, low: float, role: str = "part") -> bool:
    claim = Claim(
        what=what, low=low, high=low, exact=True, unit=None, claimant=None,
        sentence=sentence, role=role,
    )  # fmt: skip
    return listed_item(_facts(claim, []), claim)


def test_the_list_reading() -> None:
    haul = "The seized arms included seven rifles, three machine guns and a radio."
    assert _item(haul, "rifles", 7)
    assert _item(haul, "guns", 3)
    assert _item("Among the seized items were seven AK-47 rifles and a radio.", "rifles", 7)
    assert not _item("The seized arms included seven rifles.", "rifles", 7, role="")


def test_no_one_is_no_figure_of_the_whole() -> None:
    sentence = "No one was hurt, but several people, including two children, were inside."
    assert _item(sentence, "children", 2)


def test_a_whole_written_as_a_figure_keeps_the_part() -> None:
    # Five children of 23 dead: a part of 23, not the count of the dead.
    assert not _item("Twenty-three people died, including five children.", "children", 5)
    assert not _item("Police seized 12 guns, including seven rifles.", "rifles", 7)


def test_an_increment_or_a_selection_keeps_the_part() -> None:
    assert not _item("The arms included another seven rifles.", "rifles", 7)
    assert not _item("The arms included the first seven rifles.", "rifles", 7)
    assert not _item("The arms included seven more rifles.", "rifles", 7)


def test_a_noun_of_no_kind_or_the_wholes_own_noun_keeps_the_part() -> None:
    assert not _item("The dead included five people from one family.", "people", 5)
    assert not _item("The rifles included seven rifles of the guard.", "rifles", 7)


def test_a_sum_keeps_the_part() -> None:
    claim = Claim(
        what="dollars", low=5e7, high=5e7, exact=True, unit="USD", claimant=None,
        sentence="The aid includes $50 million for schools.", role="part",
    )  # fmt: skip
    assert not listed_item(_facts(claim, []), claim)
