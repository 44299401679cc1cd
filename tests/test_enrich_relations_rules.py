"""One small article per relation/actor/claim rule (``tests/fixtures/enrich/relation_rules.json``):
what each rule must find, and a near miss beside it that must not be found."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.analysis import ArticleInput, EnrichOptions
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.relations import resolve_unnamed, sentence_events
from newsbeat.enrich.stage import enrich_articles
from newsbeat.models import Enrichment, Entity, Relation

FIXTURE = Path(__file__).parent / "fixtures" / "enrich" / "relation_rules.json"
CASES: list[dict[str, Any]] = json.loads(FIXTURE.read_text(encoding="utf-8"))["cases"]


@pytest.fixture(scope="module")
def enriched() -> list[Enrichment]:
    articles = [
        ArticleInput(id=i, text=c["text"], outlet="Fixture", language="en")
        for i, c in enumerate(CASES)
    ]
    by_id = {e.article_id: e for e in enrich_articles(articles, EnrichOptions(processes=1))}
    assert not [e.skipped_reason for e in by_id.values() if e.skipped_reason]
    return [by_id[i] for i in range(len(CASES))]


def _matches(relation: Any, want: dict[str, str]) -> bool:
    return all(getattr(relation, key) == value for key, value in want.items())


@pytest.mark.parametrize("index", range(len(CASES)), ids=[c["rule"][:60] for c in CASES])
def test_rule(enriched: list[Enrichment], index: int) -> None:
    case = CASES[index]
    result = enriched[index]
    reported = [r for r in result.relations if not r.negated]
    for want in case["relations"]:
        assert any(_matches(r, want) for r in reported), f"missing {want}: {reported}"
    for bad in case["not_relations"]:
        clash = [r for r in reported if _matches(r, bad)]
        assert not clash, f"reported {bad}: {clash}"
    names = {e.name for e in result.entities}
    for name in case.get("not_entities", []):
        assert name not in names
    for want in case.get("claims", []):
        hits = [c for c in result.claims if c.what == want["what"]]
        assert hits, f"no claim of {want['what']!r}: {result.claims}"
        assert (hits[0].low, hits[0].high) == (want["low"], want["high"])
    if "claims_total" in case:
        assert len(result.claims) == case["claims_total"], result.claims


def test_untagged_repeat_of_a_tagged_place_is_a_mention() -> None:
    doc = load_pipeline("en_core_web_sm")(
        "Dravonia on Friday rejected the treaty.\n\nThe Dravonia navy sailed and Dravonia "
        "protested. Apple sued Samsung, and the minister ate an apple."
    )
    # Take the tagger's first "Dravonia" away, as when it misses a paragraph's first word.
    doc.set_ents([e for e in doc.ents if e.start_char != 0], default="outside")
    assert not any(e.start_char == 0 for e in doc.ents)
    actors = build_actors(doc)
    first = actors.actor_at(0, len("Dravonia"))
    assert first is not None and first.actor == "Dravonia"
    # Near miss: the lower-case common noun is not the company.
    pos = doc.text.index("an apple") + 3
    assert actors.actor_at(pos, pos + 5) is None


def test_one_word_organisation_listed_with_a_place_is_a_place() -> None:
    doc = load_pipeline("en_core_web_sm")("Kaldria and Sorvenland signed a treaty on Thursday.")
    actors = build_actors(doc)
    assert actors.type_of("Sorvenland") == "GPE"
    assert actors.places_before(len(doc.text), 2) == ["Kaldria", "Sorvenland"]


def test_a_group_after_the_listed_with_a_place_stays_an_organisation() -> None:
    # rule: actor_places._the_unknown_place ("Washington and the Taliban")
    doc = load_pipeline("en_core_web_sm")(
        "Washington and the Velbari had been holding direct talks for a year."
    )
    actors = build_actors(doc)
    assert actors.type_of("United States") == "GPE"
    assert actors.type_of("Velbari") == "ORG"


def _story(*unions: str) -> list[Enrichment]:
    named = Enrichment(
        article_id=1,
        entities=[Entity(name=u, type="ORG", mentions=2) for u in unions],
        relations=[Relation(type="PROTEST", source=unions[0], target="Port", evidence="a")],
    )
    unnamed = Enrichment(
        article_id=2,
        relations=[
            Relation(
                type="AGREE", source="the union", target="Velmar Port Authority", evidence="b"
            ),
            Relation(type="AGREE", source="Dock workers", target="", evidence="b"),
        ],
    )
    return [named, unnamed]


def test_unnamed_union_takes_the_name_the_story_gives_it() -> None:
    story = _story("National Rail and Dock Union")
    resolved = resolve_unnamed(story)
    assert resolved[1].relations[0].source == "National Rail and Dock Union"
    assert resolved[1].relations[1].source == "Dock workers"
    assert resolved[0].relations == story[0].relations
    assert story[1].relations[0].source == "the union"  # inputs untouched


def test_unnamed_union_stays_when_the_story_names_two() -> None:
    resolved = resolve_unnamed(_story("National Rail and Dock Union", "Harbour Pilots Union"))
    assert resolved[1].relations[0].source == "the union"


def test_outermost_event_comes_first() -> None:
    doc = load_pipeline("en_core_web_sm")(
        "Italy announced on Wednesday that it would cut air links with Serbia after a Serbian "
        "jet shot down a helicopter."
    )
    events = sentence_events(next(iter(doc.sents)), build_actors(doc))
    # The main clause's "cut" (under "announced") comes before the "after" clause's "shot",
    # and depths are real distances to the root (they were all 60 when the root was looked
    # for by object identity).
    assert [e.trigger.text for e in events] == ["cut", "shot"]
    assert events[0].depth < events[1].depth < 60


def test_two_places_tagged_as_one_entity_are_two_actors() -> None:
    doc = load_pipeline("en_core_web_sm")(
        "Kaldria said on Monday that Kaldria and Sorvenland will sign a treaty. The National "
        "Rail and Dock Union agreed."
    )
    start = doc.text.index("Kaldria and")
    pair = doc.char_span(start, start + len("Kaldria and Sorvenland"), label="ORG")
    union = doc.char_span(
        doc.text.index("National"), doc.text.index(" agreed"), label="ORG", alignment_mode="expand"
    )
    first = doc.char_span(0, len("Kaldria"), label="GPE")
    assert pair is not None and union is not None and first is not None
    doc.set_ents([first, pair, union], default="outside")
    actors = build_actors(doc)
    assert {"Kaldria", "Sorvenland", "National Rail and Dock Union"} <= set(actors.actors)
    assert "Kaldria and Sorvenland" not in actors.actors
