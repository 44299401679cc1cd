"""One actor written two ways by two articles of a story is one entity of the story."""

from __future__ import annotations

from newsbeat.actors.names import story_aliases
from newsbeat.models import Enrichment, Entity
from newsbeat.serialize import entities_json


def _article(n: int, *entities: tuple[str, str, int]) -> Enrichment:
    return Enrichment(
        article_id=n, entities=[Entity(name=a, type=t, mentions=m) for a, t, m in entities]
    )


def test_a_surname_and_initials_join_the_full_names_of_another_article() -> None:
    # reader20: "Lyons" beside "Michelle Lyons", "CHP" beside "California Highway Patrol"
    listed = entities_json(
        [
            _article(1, ("Michelle Lyons", "PERSON", 2), ("Orsa Highway Patrol", "ORG", 1)),
            _article(
                2, ("Lyons", "PERSON", 3), ("OHP", "ORG", 2), ("Arlo Comeaux Jr", "PERSON", 1)
            ),
            _article(3, ("Comeaux", "PERSON", 4)),
        ]
    )
    assert listed == [
        {"name": "Arlo Comeaux Jr", "type": "PERSON", "mentions": 5},
        {"name": "Michelle Lyons", "type": "PERSON", "mentions": 5},
        {"name": "Orsa Highway Patrol", "type": "ORG", "mentions": 3},
    ]


def test_two_bearers_a_place_and_a_common_noun_stay_apart() -> None:
    story = [
        _article(1, ("Holm", "PERSON", 1), ("Lena Holm", "PERSON", 1), ("Velmar", "GPE", 2)),
        _article(2, ("Erik Holm", "PERSON", 1), ("Ines Velmar", "PERSON", 1)),
        _article(3, ("unions", "PERSON", 1), ("Trade Unions", "PERSON", 1), ("KHP", "ORG", 1)),
        _article(4, ("Kittby Harbour Police", "ORG", 1), ("Kittby Highway Patrol", "ORG", 1)),
    ]
    assert story_aliases(story) == {}


def test_a_short_form_an_article_keeps_apart_stays_apart() -> None:
    # the review: "President Biden's son Hunter Biden" keeps two Bidens in one article; another
    # article's "Biden" is not the son
    story = [
        _article(1, ("Biden", "PERSON", 1), ("Hunter Biden", "PERSON", 2)),
        _article(2, ("Biden", "PERSON", 1)),
    ]
    assert story_aliases(story) == {}
    assert story_aliases([*story[1:], _article(3, ("Hunter Biden", "PERSON", 1))]) == {
        "Biden": "Hunter Biden"
    }


def test_a_body_with_its_country_an_inner_plural_and_a_capital_city_are_one() -> None:
    # alias35 (read35: one election commission under several names in one story)
    listed = entities_json(
        [
            _article(1, ("Central Election Commission", "ORG", 2), ("Malawi", "GPE", 3)),
            _article(2, ("Central Elections Commission of Malawi", "ORG", 1)),
            _article(3, ("Central Election Commission of Malawi", "ORG", 1), ("Malawi", "GPE", 1)),
            _article(4, ("Lilongwe", "GPE", 1)),
            _article(5, ("Lilongwe city", "GPE", 1)),
        ]
    )
    assert listed == [
        {"name": "Central Election Commission of Malawi", "type": "ORG", "mentions": 4},
        {"name": "Malawi", "type": "GPE", "mentions": 4},
        {"name": "Lilongwe", "type": "GPE", "mentions": 2},
    ]


def test_a_body_of_another_country_stays_apart() -> None:
    # guard: the story is about Malawi; "... of Zambia" may be another board
    story = [
        _article(1, ("National Election Board", "ORG", 2), ("Malawi", "GPE", 3)),
        _article(2, ("National Election Board of Zambia", "ORG", 1), ("Zambia", "GPE", 1)),
    ]
    assert story_aliases(story) == {}


def test_a_body_named_once_with_its_owner_in_front_is_one() -> None:
    # alias36 (read35: "Avert Labs" beside another article's "McAfee Avert Labs", "Security
    # Response Alliance" beside "Microsoft Security Response Alliance")
    story = [
        _article(1, ("Velcor Threat Labs", "ORG", 2), ("Velcor", "ORG", 4)),
        _article(2, ("Threat Labs", "ORG", 1), ("Orsk Response Team", "ORG", 1)),
        _article(3, ("Brannock Orsk Response Team", "ORG", 1), ("Brannock Cloud", "ORG", 1)),
    ]
    assert story_aliases(story) == {
        "Threat Labs": "Velcor Threat Labs",
        "Orsk Response Team": "Brannock Orsk Response Team",
    }


def test_a_place_or_two_owners_in_front_of_a_body_stay_apart() -> None:
    # guards: "the Supreme Court" may be another court than "the Kaldria Supreme Court"; a
    # lead the story types as a place is no owner; two owners of one short name; a lead that
    # is no organisation of the story; a cut name ("U.S. Fish and")
    story = [
        _article(1, ("Texas Supreme Court", "ORG", 1), ("Texas Medical Board", "ORG", 1)),
        _article(
            2, ("Supreme Court", "ORG", 1), ("Bible Church", "ORG", 1), ("Wendmoor", "GPE", 1)
        ),
        _article(8, ("Wendmoor Bible Church", "ORG", 1), ("Wendmoor Fire Board", "ORG", 1)),
        _article(3, ("Velcor Labs", "ORG", 1), ("Brannock Labs", "ORG", 1), ("Labs", "ORG", 1)),
        _article(4, ("Velcor Threat Labs", "ORG", 1), ("Brannock Threat Labs", "ORG", 1)),
        _article(5, ("Threat Labs", "ORG", 1), ("Ostrel Data Unit", "ORG", 1)),
        _article(6, ("Data Unit", "ORG", 1), ("Fish and Wildlife Unit", "ORG", 1)),
        _article(7, ("Wildlife Unit", "ORG", 1), ("Fish and Game Board", "ORG", 1)),
    ]
    assert story_aliases(story) == {}


def test_a_team_named_without_its_town_in_another_article_is_the_team() -> None:
    # alias36 (dumps: "Yankees" beside another article's "New York Yankees", "Times - Picayune"
    # beside "New Orleans Times - Picayune")
    story = [
        _article(1, ("Denver Harriers", "ORG", 2), ("Boston Sun - Times", "ORG", 1)),
        _article(2, ("Harriers", "ORG", 3), ("Sun - Times", "ORG", 1)),
    ]
    assert story_aliases(story) == {
        "Harriers": "Denver Harriers",
        "Sun - Times": "Boston Sun - Times",
    }


def test_a_paper_of_one_word_two_teams_and_no_town_stay_apart() -> None:
    # guards: "the Herald on Sunday" (cut by NER, named whole by the article since alias37:
    # tests/test_paper_short_names.py) is no "Denver Herald"; two teams of one nickname; a
    # lead that is no city or state of the gazetteer
    story = [
        _article(1, ("Denver Herald", "ORG", 1), ("Denver Owls", "ORG", 1)),
        _article(2, ("Herald on Sunday", "ORG", 1), ("Owls", "ORG", 2), ("Boston Owls", "ORG", 1)),
        _article(3, ("Kaldria Harriers", "ORG", 1)),
        _article(4, ("Harriers", "ORG", 1)),
    ]
    assert story_aliases(story) == {}
