"""A surname alone is its story's one bearer; two bearers stay two people (issue 12, item 3)."""

from __future__ import annotations

from newsbeat.enrich.story_names import resolve_surnames
from newsbeat.models import Claim, Enrichment, Entity, Quote, Relation


def _enrichment(aid: int, *people: str, speaker: str | None = None) -> Enrichment:
    return Enrichment(
        article_id=aid,
        entities=[Entity(name=p, type="PERSON") for p in people],
        quotes=[Quote(text="We will sign", speaker=speaker, kind="direct")] if speaker else [],
        claims=[
            Claim(
                what="ships", low=4, high=4, exact=True, unit=None, claimant=speaker, sentence="s"
            )
        ],
        relations=[Relation(type="AGREE", source=people[0], target="Kaldria", evidence="e")],
    )


def test_a_lone_surname_is_the_storys_one_bearer() -> None:
    first = _enrichment(1, "Lena Holm", "Aurel Dane")
    second = _enrichment(2, "Holm", "Dane", speaker="Holm")
    named = resolve_surnames([first, second])
    assert [e.name for e in named[1].entities] == ["Lena Holm", "Aurel Dane"]
    assert named[1].quotes[0].speaker == "Lena Holm"
    assert named[1].claims[0].claimant == "Lena Holm"
    assert named[1].relations[0].source == "Lena Holm"
    assert second.entities[0].name == "Holm"  # the input is untouched


def test_two_bearers_of_a_surname_stay_two_people() -> None:
    enrichments = [
        _enrichment(1, "Lena Holm"),
        _enrichment(2, "Erik Holm"),
        _enrichment(3, "Holm", speaker="Holm"),
    ]
    named = resolve_surnames(enrichments)
    assert named[2].quotes[0].speaker == "Holm"
    assert {e.name for n in named for e in n.entities} == {"Lena Holm", "Erik Holm", "Holm"}


def test_transliterations_of_one_name_are_one_person_across_the_story() -> None:
    first = _enrichment(1, "Volodymyr Zelensky", speaker="Volodymyr Zelensky")
    second = _enrichment(2, "Volodymyr Zelenskyy", speaker="Volodymyr Zelenskyy")
    third = _enrichment(3, "Volodymyr Zelenskiy")
    first.entities[0] = Entity(name="Volodymyr Zelensky", type="PERSON", mentions=3)
    named = resolve_surnames([first, second, third])
    assert {e.name for n in named for e in n.entities} == {"Volodymyr Zelensky"}
    assert named[1].quotes[0].speaker == "Volodymyr Zelensky"
    assert named[2].relations[0].source == "Volodymyr Zelensky"


def _typed(aid: int, *entities: tuple[str, str, int]) -> Enrichment:
    return Enrichment(
        article_id=aid,
        entities=[Entity(name=n, type=t, mentions=m) for n, t, m in entities],
        relations=[Relation(type="AGREE", source=entities[0][0], target="Orsa", evidence="e")],
    )


def test_two_word_surnames_and_generational_suffixes_find_their_bearer() -> None:
    named = resolve_surnames(
        [
            _typed(1, ("Marco Lo Vardi", "PERSON", 2), ("Tom Brenn III", "PERSON", 2)),
            _typed(2, ("Lo Vardi", "PERSON", 1), ("Brenn", "PERSON", 1)),
            # a first name and a surname are no two-word surname of "Ada Lena Orsk"
            _typed(3, ("Ada Lena Orsk", "PERSON", 1), ("Lena Orsk", "PERSON", 1)),
        ]
    )
    assert [e.name for e in named[1].entities] == ["Marco Lo Vardi", "Tom Brenn III"]
    assert named[1].relations[0].source == "Marco Lo Vardi"
    assert {e.name for e in named[2].entities} == {"Ada Lena Orsk", "Lena Orsk"}


def test_a_surname_the_model_typed_as_a_place_is_the_storys_one_bearer() -> None:
    named = resolve_surnames(
        [
            _typed(1, ("Dara Kvell", "PERSON", 6)),
            _typed(2, ("Kvell", "GPE", 3), ("Orsa", "GPE", 2)),
            _typed(3, ("Kvell", "ORG", 1)),
        ]
    )
    assert [(e.name, e.type) for e in named[1].entities] == [
        ("Dara Kvell", "PERSON"),
        ("Orsa", "GPE"),
    ]
    assert named[1].relations[0].source == "Dara Kvell"
    assert [(e.name, e.type) for e in named[2].entities] == [("Dara Kvell", "PERSON")]


def test_a_company_a_family_a_place_or_a_first_name_stays_what_it_is() -> None:
    story = [
        # the company is mentioned more than its founder
        _typed(1, ("Henrik Kestrum", "PERSON", 1), ("Kestrum", "ORG", 4)),
        # a family of a people's type
        _typed(2, ("Vito Brasca", "PERSON", 5), ("Brasca", "NORP", 1)),
        # a place of the gazetteer
        _typed(3, ("Kerry Dunedin", "PERSON", 5), ("Dunedin", "GPE", 1)),
        # a first name is no surname
        _typed(4, ("Born Vincenzo", "PERSON", 5), ("Vincenzo", "ORG", 1)),
    ]
    named = resolve_surnames(story)
    assert {(e.name, e.type) for n in named for e in n.entities} == {
        (e.name, e.type) for n in story for e in n.entities
    }
