"""A name with "Sr" beside the same name alone across a story's articles (alias37, issue 12;
read37: "W. Mark Felt Sr." of one article apart from the "Mark Felt" of the others, whose son
"Mark Felt Jr." one article names beside him). Invented names; the rule's test fails without
it, the guards pass with and without it."""

from __future__ import annotations

from newsbeat.enrich.story_names import resolve_surnames
from newsbeat.models import Enrichment, Entity, Quote


def _people(aid: int, *names: tuple[str, int]) -> Enrichment:
    return Enrichment(
        article_id=aid,
        entities=[Entity(name=n, type="PERSON", mentions=k) for n, k in names],
        quotes=[Quote(text="words of " + n, speaker=n) for n, _ in names],
    )


def _names(*story: Enrichment) -> dict[str, int]:
    out: dict[str, int] = {}
    for e in resolve_surnames(story):
        for x in e.entities:
            out[x.name] = out.get(x.name, 0) + x.mentions
    return out


def test_sr_is_the_name_an_article_writes_beside_its_jr() -> None:
    story = (
        _people(1, ("R. Tomas Vellacott Sr.", 6)),
        _people(2, ("Tomas Vellacott", 9), ("Tomas Vellacott Jr.", 1)),
        _people(3, ("R. Tomas Vellacott", 3)),
    )
    got = _names(*story)
    assert got == {"Tomas Vellacott": 18, "Tomas Vellacott Jr.": 1}
    speakers = {q.speaker for e in resolve_surnames(story) for q in e.quotes}
    assert speakers == {"Tomas Vellacott", "Tomas Vellacott Jr."}


def test_sr_without_a_son_named_stays_apart() -> None:
    # guard: the name alone may be the son himself ("Tomas Vellacott Sr. said his son …")
    story = (_people(1, ("Tomas Vellacott Sr.", 2)), _people(2, ("Tomas Vellacott", 5)))
    assert set(_names(*story)) == {"Tomas Vellacott Sr.", "Tomas Vellacott"}


def test_sr_an_article_writes_beside_the_name_alone_stays_apart() -> None:
    # guard: one article holds the father and the name alone as two people
    story = (
        _people(1, ("Tomas Vellacott Sr.", 2), ("Tomas Vellacott", 2)),
        _people(2, ("Tomas Vellacott", 5), ("Tomas Vellacott Jr.", 1)),
    )
    assert "Tomas Vellacott Sr." in _names(*story)


def test_jr_and_a_third_stay_apart_from_the_name_alone() -> None:
    # guard: a father and his son are two people; a third generation's father may be bare
    story = (
        _people(2, ("Tomas Vellacott", 5), ("Tomas Vellacott Jr.", 1)),
        _people(3, ("Ines Brask III", 2)),
        _people(4, ("Ines Brask", 3)),
    )
    got = _names(*story)
    assert {"Tomas Vellacott Jr.", "Ines Brask III", "Ines Brask"} <= set(got)


def test_sr_with_a_second_suffix_of_the_name_stays_apart() -> None:
    # guard: "II" beside "Jr" and "Sr": three generations, the name alone may be any
    story = (
        _people(1, ("Tomas Vellacott Sr.", 2)),
        _people(2, ("Tomas Vellacott", 5), ("Tomas Vellacott Jr.", 1)),
        _people(3, ("Tomas Vellacott II", 1)),
    )
    assert "Tomas Vellacott Sr." in _names(*story)
