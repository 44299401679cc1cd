"""A post offered to a named person is the asker's demand of them (issue 12, relations, rel34).

Read on the readable real-news gold (session 34): "asked <person> to serve as / to join ... as /
to be <post>" gave no relation, or an event of the asker with no one asked; the gold codes each
such sentence ``demand`` of the one asked. Invented sentences; the guards keep what is no post
offered to a named person as it was."""

from __future__ import annotations

import pytest

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline, mask_datelines
from newsbeat.enrich.relations import extract_relations


def _found(text: str) -> set[tuple[str, str, str, bool]]:
    doc = load_pipeline("en_core_web_sm")(mask_datelines(text))
    return {
        (r.type, r.source, r.target, r.negated) for r in extract_relations(doc, build_actors(doc))
    }


@pytest.mark.parametrize(
    "text",
    [
        "Lena Holm has asked the surgeon Gary Olsen to be surgeon general, officials said.",
        "Lena Holm has asked surgeon Gary Olsen, a television doctor, to serve as the country's"
        " surgeon general.",
        "Lena Holm asked Gary Olsen to join her cabinet as finance minister.",
    ],
)
def test_a_post_offered_to_a_named_person_is_a_demand_of_them(text: str) -> None:
    found = _found(text)
    assert ("DEMAND", "Lena Holm", "Gary Olsen", False) in found
    assert ("DEMAND", "Lena Holm", "", False) not in found  # no event beside it


@pytest.mark.parametrize(
    "text",
    [
        "Lena Holm asked Gary Olsen to be patient.",  # "be" with no noun: no post
        "Lena Holm asked Gary Olsen to resign.",  # an act asked of someone stays an event
    ],
)
def test_other_requests_stay_events_of_the_asker(text: str) -> None:
    found = _found(text)
    assert ("DEMAND", "Lena Holm", "", False) in found
    assert not any(target for _, _, target, _ in found)


def test_a_post_offered_to_no_person_stays_no_relation() -> None:
    assert not _found("The Orsk Council asked the Varn Authority to chair the panel.")


@pytest.mark.parametrize(
    "text",
    [
        "Lena Holm will ask Gary Olsen to serve as chairman next week.",  # a plan
        "Lena Holm wants to ask Gary Olsen to be surgeon general.",  # a wish
    ],
)
def test_a_post_only_planned_is_no_relation(text: str) -> None:
    assert not any(not negated for *_, negated in _found(text))
