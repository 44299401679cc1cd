"""Conflicts: the party an act is done to (issue 12, the slot's "to whom"). "The club paid
Rivers $2m" and "the club paid Okafor $3m" are two payments to two players, not one payment
told two ways. Invented sentences; the tests of two recipients fail without
``compare.slot_matching._other_recipients`` (both pairs came out as conflicts), the near-misses
(one recipient written two ways, a recipient named on one side only) must stay conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests._enrich_docs import BODY as _BODY
from tests._enrich_docs import compare_outlets as _compare
from tests._enrich_docs import side_values as _values

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.models import Article, Claim, Enrichment
from newsbeat.store import SQLiteStore


def _pair(one: str, other: str) -> list[set[str]]:
    """The figures of each conflict between two outlets telling one sentence each."""
    result = _compare([("Wire", _BODY + one + "\n"), ("Post", _BODY + other + "\n")])
    return [_values(p) for p in result.conflicts]


def _recipients(text: str) -> list[str | None]:
    doc = load_pipeline("en_core_web_sm")(text)
    return [c.recipient for c in extract_claims(doc, build_actors(doc), [])]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("The Tarnby club paid Rivers $2m in 2019.", "The Tarnby club paid Okafor $3m in 2019."),
        (
            "The Gulls offered Amberg $150 million.",
            "The Gulls, according to people close to the talks, offered Drost $170 million.",
        ),
        (
            "Regulators fined Velmar Bank €4m on Monday.",
            "Regulators fined Orsk Trust €9m on Monday.",
        ),
        (
            "The Tarnby club paid $2m to Rivers in 2019.",
            "The Tarnby club paid $3m to Okafor in 2019.",
        ),
    ],
)
def test_an_act_done_to_another_named_party_is_another_act(one: str, other: str) -> None:
    assert _pair(one, other) == []


def test_the_same_recipient_written_two_ways_still_conflicts() -> None:
    found = _pair(
        "The Tarnby club paid Rivers $2m in 2019.", "The Tarnby club paid Ada Rivers $3m in 2019."
    )
    assert found == [{"2 million", "3 million"}]


def test_a_recipient_named_on_one_side_only_decides_nothing() -> None:
    found = _pair("The Tarnby club paid Rivers $2m in 2019.", "The Tarnby club paid $3m in 2019.")
    assert found == [{"2 million", "3 million"}]


def test_the_recipient_is_read_from_a_dative_an_object_or_to() -> None:
    assert _recipients("The Gulls offered Amberg $150 million.") == ["Amberg"]
    assert _recipients("A judge sentenced Reyes to 12 years.") == ["Reyes"]
    assert _recipients("The Tarnby club paid $3m to Joe Okafor.") == ["Joe Okafor"]


def test_no_recipient_without_a_name() -> None:
    assert _recipients("The Tarnby club offered the players $3m in 2019.") == [None]
    assert _recipients("The Tarnby club paid the striker $3m in 2019.") == [None]


def test_the_recipient_is_stored_with_the_claims_slot(tmp_path: Path) -> None:
    claim = Claim(
        what="dollars", low=3e6, high=3e6, exact=True, unit="dollars", claimant=None,
        sentence="The Tarnby club paid Okafor $3m.", event="pay", recipient="Okafor",
    )  # fmt: skip
    with SQLiteStore(tmp_path / "db.sqlite") as store:
        [aid] = store.add_articles([Article(title="Paid", text=claim.sentence)]).new_ids
        store.save_enrichment(Enrichment(article_id=aid, claims=[claim]))
        [back] = store.get_enrichment(aid).claims  # type: ignore[union-attr]
    assert back.recipient == "Okafor"


def test_a_place_is_no_recipient() -> None:
    # where the money went, and a place may stand for a party another outlet names otherwise
    assert _recipients("The Tarnby club sent $3m to Norway in 2019.") == [None]


def test_a_bracketed_record_is_done_to_no_one() -> None:
    found = _recipients("Ivo Dren (58 - 3, 51 KO) bombed Marlo Kask with a vicious right hand.")
    assert found and set(found) == {None}
