"""The printed entity lists leave out an entity whose type is uncertain (issue 12, item 3):
the story's articles type it differently, no type carries two thirds of its mentions, and no
data backs any of its types. Every name is invented."""

from __future__ import annotations

from newsbeat.models import Enrichment, Entity
from newsbeat.report.entity_lists import involved, printed_entities, uncertain_entities
from newsbeat.serialize import enrichment_json


def _story(*articles: list[tuple[str, str, int] | Entity]) -> list[Enrichment]:
    return [
        Enrichment(
            article_id=n,
            entities=[
                e if isinstance(e, Entity) else Entity(name=e[0], type=e[1], mentions=e[2])
                for e in ents
            ],
        )
        for n, ents in enumerate(articles, 1)
    ]


def test_a_name_typed_three_ways_without_data_is_left_out_of_the_printed_list() -> None:
    story = _story(
        [("Korvex", "ORG", 3), ("Velmar", "GPE", 2)],
        [("Korvex", "LOC", 2), ("Velmar", "GPE", 1)],
        [("Korvex", "NORP", 1)],
    )
    entities = enrichment_json(story)["entities"]
    shown, left_out = printed_entities(entities, uncertain_entities(story))
    assert [e["name"] for e in shown] == ["Velmar"]
    assert left_out == 1
    # the JSON keeps it
    assert {e["name"] for e in entities} == {"Korvex", "Velmar"}


def test_a_type_most_mentions_agree_on_is_shown() -> None:
    story = _story([("Korvex", "ORG", 5)], [("Korvex", "GPE", 2)])
    assert uncertain_entities(story) == set()


def test_data_behind_one_of_the_types_keeps_the_name() -> None:
    # a country of the gazetteer typed a place by one article; a person with a listed first name
    story = _story(
        [("France", "GPE", 1), ("Laura Orsk", "PERSON", 1)],
        [("France", "ORG", 1), ("Laura Orsk", "ORG", 1)],
    )
    assert uncertain_entities(story) == set()


def test_a_lone_word_person_nobody_is_named_by_is_left_out() -> None:
    story = _story(
        [("Zorbix", "PERSON", 2), ("Tom Baxter", "PERSON", 3), ("Baxter", "PERSON", 1)],
        [("Kelmo", "PERSON", 1), ("Kelmo Orsk", "ORG", 1)],
    )
    # "Baxter" and "Kelmo" are words of longer names of the story; "Zorbix" is nobody's
    assert uncertain_entities(story) == {"Zorbix"}


def test_a_lone_word_person_with_a_title_or_a_listed_first_name_is_shown() -> None:
    story = _story(
        [
            Entity(name="Zorbix", type="PERSON", mentions=2, role="judge"),
            Entity(name="Laura", type="PERSON", mentions=1),
        ]
    )
    assert uncertain_entities(story) == set()


def test_who_is_involved_is_no_nationality_adjective_and_no_outlet_of_the_story() -> None:
    story = _story(
        [("Kaldrian", "NORP", 4), ("Kaldrians", "NORP", 2), ("Orsa Council", "ORG", 1)],
        [("Tessa Shipping Gazette", "ORG", 3), ("Kaldrian", "NORP", 1)],
    )
    entities = enrichment_json(story)["entities"]
    who = involved(entities, ["Tessa Shipping Gazette", "Orsa Courier"])
    assert [e["name"] for e in who] == ["Kaldrians", "Orsa Council"]
    # the story's full entity list keeps them
    shown, _ = printed_entities(entities, uncertain_entities(story))
    assert {"Kaldrian", "Tessa Shipping Gazette"} <= {e["name"] for e in shown}
