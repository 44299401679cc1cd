"""Agreements: one group of people under a word of no group in particular (issue 12,
``compare.group_nouns``). "Fourteen people were arrested" and "the coastguard arrested 14
smugglers" tell one figure of one arrest: one agreement row, not two. Invented sentences; the
first tests fail without the rule (two rows), each guard test fails with its guard removed."""

from __future__ import annotations

from tests._enrich_docs import BODY as _BODY
from tests._enrich_docs import compare_outlets as _compare

_SMUGGLERS = "The Velmar coastguard arrested 14 smugglers near the harbour on Monday.\n"
_PEOPLE = "Fourteen people were arrested near the harbour on Monday, the coastguard said.\n"


def _rows(result: object) -> list[list[str]]:
    """The outlets of each agreement row of figures."""
    return sorted(
        sorted(g.outlets)
        for g in result.agreed  # type: ignore[attr-defined]
        if hasattr(g, "first")
    )


def test_people_arrested_join_the_smugglers_arrested() -> None:
    result = _compare(
        [("Wire", _BODY + _SMUGGLERS), ("Post", _BODY + _PEOPLE), ("Ledger", _BODY + _SMUGGLERS)]
    )
    assert _rows(result) == [["Ledger", "Post", "Wire"]]


def test_two_words_for_the_attackers_join() -> None:
    raiders = "The Velmar coastguard arrested 14 raiders near the harbour on Monday.\n"
    pirates = "The Velmar coastguard arrested 14 pirates near the harbour on Monday.\n"
    result = _compare([("Wire", _BODY + raiders), ("Post", _BODY + pirates)])
    assert _rows(result) == [["Post", "Wire"]]


def test_an_arrests_suspects_are_the_attackers() -> None:
    suspects = "The Velmar coastguard arrested 14 piracy suspects near the harbour on Monday.\n"
    pirates = "The Velmar coastguard arrested 14 pirates near the harbour on Monday.\n"
    result = _compare([("Wire", _BODY + suspects), ("Post", _BODY + pirates)])
    assert _rows(result) == [["Post", "Wire"]]


def test_civilians_are_a_group_in_particular() -> None:
    # The comparer reads "civilians killed" as "people killed"; the word written names a group.
    soldiers = "Four soldiers were killed near the harbour on Monday, the army said.\n"
    civilians = "Four civilians were killed near the harbour on Monday, an official said.\n"
    result = _compare([("Wire", _BODY + soldiers), ("Post", _BODY + civilians)])
    assert _rows(result) == []


def test_another_act_joins_nothing() -> None:
    hurt = "Fourteen people were injured near the harbour on Monday, the coastguard said.\n"
    result = _compare([("Wire", _BODY + _SMUGGLERS), ("Post", _BODY + hurt)])
    assert _rows(result) == []


def test_two_groups_in_particular_never_join() -> None:
    guards = "The Velmar coastguard arrested 14 guards near the harbour on Monday.\n"
    result = _compare([("Wire", _BODY + _SMUGGLERS), ("Post", _BODY + guards)])
    assert _rows(result) == []


def test_a_word_of_no_group_beside_two_groups_joins_neither() -> None:
    # Fourteen guards and fourteen smugglers were arrested: "14 people" may be either.
    guards = "The Velmar coastguard arrested 14 guards near the harbour on Monday.\n"
    result = _compare(
        [
            ("Wire", _BODY + _SMUGGLERS),
            ("Post", _BODY + _PEOPLE),
            ("Ledger", _BODY + guards),
            ("Herald", _BODY + _SMUGGLERS),
        ]
    )
    assert _rows(result) == [["Herald", "Wire"]]
