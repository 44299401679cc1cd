"""An offer made to a party named as the dative is an offer to them (issue 12, rel35).

"made an offer to X" was AGREE with X (relations' light verbs with an exchange noun); the
readable gold's "<team> made <player> an eight-year offer" names the party as the light
verb's dative and gave nothing. A type whose party is named "to" now takes the dative before
the noun too. Invented sentences; the guards keep a post given and a noun that is no act."""

from __future__ import annotations

import pytest

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline, mask_datelines
from newsbeat.enrich.relations import extract_relations


def _found(text: str) -> set[tuple[str, str, str]]:
    doc = load_pipeline("en_core_web_sm")(mask_datelines(text))
    return {(r.type, r.source, r.target) for r in extract_relations(doc, build_actors(doc))}


def test_an_offer_made_to_the_dative() -> None:
    found = _found("The Dover Rovers made Tom Varley an offer.")
    assert ("AGREE", "Dover Rovers", "Tom Varley") in found


@pytest.mark.parametrize(
    "text",
    [
        "The Dover Rovers made Tom Varley an assistant coach.",  # a post, no offer
        "Tom Varley gave the Dover Rovers an assist.",  # play, no exchange
    ],
)
def test_other_datives_are_no_offer(text: str) -> None:
    assert _found(text) == set()
