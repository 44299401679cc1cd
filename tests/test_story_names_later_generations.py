"""A name with "III" and the same name bare across a story's articles (reread22: "Anthony
LaCalamita" and "Anthony LaCalamita III", one man, two actors) are one person when the story
writes that name with no other suffix and no article names both as two people. A "Jr." stays
apart from the bare name (his father is often written bare), as does a "III" beside a "Jr."."""

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


def test_a_third_written_bare_elsewhere_is_one_person() -> None:
    story = (_people(1, ("Anthony Vell", 4)), _people(2, ("Anthony Vell III", 2)))
    assert _speakers(*story) == {"Anthony Vell"}


def test_a_junior_and_the_bare_name_stay_two() -> None:
    story = (_people(1, ("Anthony Vell", 4)), _people(2, ("Anthony Vell Jr.", 2)))
    assert _speakers(*story) == {"Anthony Vell", "Anthony Vell Jr."}


def test_a_third_beside_another_suffix_stays_apart() -> None:
    story = (
        _people(1, ("Anthony Vell", 4)),
        _people(2, ("Anthony Vell III", 2)),
        _people(3, ("Anthony Vell Jr.", 1)),
    )
    assert _speakers(*story) == {"Anthony Vell", "Anthony Vell III", "Anthony Vell Jr."}


def test_an_article_naming_both_keeps_them_two() -> None:
    story = (
        _people(1, ("Anthony Vell", 4), ("Anthony Vell III", 1)),
        _people(2, ("Anthony Vell III", 2)),
    )
    assert _speakers(*story) == {"Anthony Vell", "Anthony Vell III"}
