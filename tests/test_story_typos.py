"""A full name one article of a story misspells (alias37, issue 12; read37: "Bob Woodard" once
beside the story's "Bob Woodward"). Invented names; the rule's test fails without it, the
guards pass with and without it."""

from __future__ import annotations

from newsbeat.enrich.story_names import resolve_surnames
from newsbeat.models import Enrichment, Entity


def _people(aid: int, *names: tuple[str, int]) -> Enrichment:
    return Enrichment(
        article_id=aid, entities=[Entity(name=n, type="PERSON", mentions=k) for n, k in names]
    )


def _names(*story: Enrichment) -> set[str]:
    return {x.name for e in resolve_surnames(story) for x in e.entities}


def test_a_full_name_misspelt_once_is_the_story_s_person() -> None:
    story = (
        _people(1, ("Ivo Brandqvist", 6), ("Lena Holm", 1)),
        _people(2, ("Ivo Brandquist", 1), ("Brandqvist", 2)),
        _people(3, ("Ivo Brandqvist", 3)),
    )
    assert _names(*story) == {"Ivo Brandqvist", "Lena Holm"}


def test_a_slip_one_article_names_beside_the_person_stays() -> None:
    # guard: one article names both: two people one letter apart
    story = (
        _people(1, ("Ivo Brandqvist", 6), ("Ivo Brandquist", 1)),
        _people(2, ("Ivo Brandquist", 1)),
    )
    assert "Ivo Brandquist" in _names(*story)


def test_another_first_name_or_a_family_of_the_spelling_stays() -> None:
    # guards: another first name; another bearer of the misspelt surname; a short surname
    story = (
        _people(1, ("Ivo Brandqvist", 6), ("Ada Marsden", 5), ("Tom Brask", 4)),
        _people(2, ("Lena Brandquist", 1), ("Ada Marssen", 1), ("Ida Marssen", 1)),
        _people(3, ("Tom Brusk", 1)),
    )
    assert {"Lena Brandquist", "Ada Marssen", "Tom Brusk"} <= _names(*story)


def test_a_name_written_as_often_as_the_other_stays() -> None:
    # guard: three mentions are no slip
    story = (_people(1, ("Ivo Brandqvist", 6)), _people(2, ("Ivo Brandquist", 3)))
    assert "Ivo Brandquist" in _names(*story)


def _bodies(aid: int, *names: tuple[str, int]) -> Enrichment:
    return Enrichment(
        article_id=aid, entities=[Entity(name=n, type="ORG", mentions=k) for n, k in names]
    )


def test_an_organisation_misspelt_once_is_the_story_s_organisation() -> None:
    # ents39: "Gordon Advisers" in one article beside the story's "Gordon Advisors"
    story = (
        _bodies(1, ("Kessel Advisors", 4)),
        _bodies(2, ("Kessel Advisers", 2)),
        _bodies(3, ("Kessel Advisors", 3)),
    )
    assert _names(*story) == {"Kessel Advisors"}


def test_guard_a_person_and_an_organisation_one_letter_apart_stay_apart() -> None:
    story = (
        _bodies(1, ("Ivo Brandqvist", 6)),
        _people(2, ("Ivo Brandquist", 1)),
    )
    assert _names(*story) == {"Ivo Brandqvist", "Ivo Brandquist"}
