"""A name with a generational suffix and the same name bare across a story's articles stay two
people: "Anthony Vell III" is often the son of an "Anthony Vell" another article names as his
father (review23a: "His father, Anthony Vell, founded the company"), and the story's names
cannot tell that article from one writing the son bare. A bare name and its other spellings
still become one."""

from __future__ import annotations

from newsbeat.enrich.story_names import resolve_surnames
from newsbeat.models import Enrichment, Entity, Quote


def _people(aid: int, *names: tuple[str, int]) -> Enrichment:
    return Enrichment(
        article_id=aid,
        entities=[Entity(name=n, type="PERSON", mentions=k) for n, k in names],
        quotes=[Quote(text="words of " + n, speaker=n) for n, _ in names],
    )


def _speakers(*story: Enrichment) -> set[str | None]:
    return {q.speaker for e in resolve_surnames(story) for q in e.quotes}


def test_a_third_and_the_bare_name_stay_two() -> None:
    # the father of one article, the son of the other
    story = (_people(1, ("Anthony Vell", 4)), _people(2, ("Anthony Vell III", 2)))
    assert _speakers(*story) == {"Anthony Vell", "Anthony Vell III"}


def test_a_junior_and_the_bare_name_stay_two() -> None:
    story = (_people(1, ("Anthony Vell", 4)), _people(2, ("Anthony Vell Jr.", 2)))
    assert _speakers(*story) == {"Anthony Vell", "Anthony Vell Jr."}


def test_two_spellings_of_one_bare_name_are_one() -> None:
    # near miss: the suffix guard leaves the spelling join alone
    story = (_people(1, ("Anthony Vell", 4)), _people(2, ("Anthony Vel", 1)))
    assert _speakers(*story) == {"Anthony Vell"}
