"""Conflicts: a part of a set named only by its kind is the count of its own act (issue 12,
``compare.kind_parts``). "At least 17 of the seized ships are still being held" counts the
ships held, as "Smugglers are holding about a dozen ships" does: no figure of the whole is
written, and "seized" describes the set, not the part. Invented sentences; the first test
fails without the rule (the part keeps the pair apart), each guard test fails with its guard
removed."""

from __future__ import annotations

from tests._enrich_docs import BODY as _BODY
from tests._enrich_docs import compare_outlets as _compare
from tests._enrich_docs import side_values as _values

from newsbeat.compare.claim_facts import _facts
from newsbeat.compare.kind_parts import part_of_kind
from newsbeat.models import Claim

_WIRE = "Smugglers are holding about a dozen ships in coves along the coast.\n"
_POST = "At least 17 of the seized ships are still being held by the smugglers for ransom.\n"


def test_a_part_of_a_set_named_by_its_kind_is_the_count_of_its_act() -> None:
    result = _compare([("Wire", _BODY + _WIRE), ("Post", _BODY + _POST)])
    assert [_values(p) for p in result.conflicts] == [{"about 12", "at least 17"}]


def test_a_part_of_an_owners_set_stays_a_part() -> None:
    # "its ships" are one line's fleet: its 17 held are a part of all the ships held.
    post = "The Velmar line said at least 17 of its ships are still being held by smugglers.\n"
    result = _compare([("Wire", _BODY + _WIRE), ("Post", _BODY + post)])
    assert result.conflicts == []


def test_another_act_of_the_set_keeps_them_apart() -> None:
    # The ships released are not the ships held.
    post = "At least 17 of the seized ships were released.\n"
    result = _compare([("Wire", _BODY + _WIRE), ("Post", _BODY + post)])
    assert result.conflicts == []


def _part(sentence: str) -> bool:
    claim = Claim(
        what="ships", low=17.0, high=None, exact=False, unit=None, claimant=None,
        sentence=sentence, hedge="at least", event="hold",
    )  # fmt: skip
    return part_of_kind(_facts(claim, []), claim)


def test_a_whole_written_as_a_figure_is_no_set_named_by_its_kind() -> None:
    # Seventeen of forty is a part of forty (the article's other figure of ships, which keeps
    # such a pair apart in compare, is not always read: "of the 40" may go unread).
    assert _part("At least 17 of the seized ships are still being held.")
    assert not _part("At least 17 of the 40 seized ships are still being held.")
