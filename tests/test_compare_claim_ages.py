"""Subjects described by an age and names with turned letters, compared across outlets (issue
12, branch confsubj21). Invented articles: each rule test fails without its rule, each guard
keeps apart what another reading leaves open."""

from __future__ import annotations

from newsbeat.compare import StoryComparison, compare_articles
from newsbeat.enrich.analysis import ArticleInput, EnrichOptions
from newsbeat.enrich.stage import enrich_articles
from newsbeat.models import Article

_PAD = "\n\nThe park office said it would publish its report on the accident later this week."


def _compare(texts: list[str]) -> StoryComparison:
    inputs = [
        ArticleInput(id=i, text=text + _PAD, outlet=f"Outlet {i}", published=None)
        for i, text in enumerate(texts, start=1)
    ]
    found = {e.article_id: e for e in enrich_articles(inputs, EnrichOptions(processes=1))}
    assert not [e.skipped_reason for e in found.values() if e.skipped_reason]
    articles = [
        Article(id=a.id, title=f"t{a.id}", text=a.text, outlet=a.outlet, published=None)
        for a in inputs
    ]
    return compare_articles(articles, found)


def _conflicts(result: StoryComparison) -> list[tuple[float | None, float | None]]:
    return sorted(
        tuple(sorted((p.a.first.claim.low or 0.0, p.b.first.claim.low or 0.0)))  # type: ignore[misc]
        for p in result.conflicts
    )


_NAMED = (
    "On Sunday, 41-year-old Tomas Vellander died after slipping and falling 80 metres "
    "from a ridge near Kell Peak."
)
_DESCRIBED = (
    "A 41-year-old Norvish hiker died on Sunday after slipping and falling 300 metres "
    "from a ridge near Kell Peak."
)


def test_an_age_described_subject_is_the_storys_one_person_of_that_age() -> None:
    assert _conflicts(_compare([_NAMED, _DESCRIBED])) == [(80.0, 300.0)]


def test_an_age_two_people_of_the_story_have_names_neither() -> None:
    other = (
        "On Saturday, 41-year-old Andrej Kovalsky fell about 500 metres while climbing "
        "a gully on Mount Orrin."
    )
    assert _conflicts(_compare([_NAMED + "\n\n" + other, _DESCRIBED])) == []


def test_two_ages_are_two_people() -> None:
    # without ages both subjects were unknown, and one
    other = (
        "A 29-year-old Norvish hiker died on Sunday after slipping and falling 80 metres "
        "from a ridge near Kell Peak."
    )
    assert _conflicts(_compare([other, _DESCRIBED])) == []


def test_a_name_with_letters_turned_round_is_one_name() -> None:
    one = "Tomas Vellantzko retained his world title for the fifth time on Saturday in Osterby."
    other = "The win in Vellatnzko's sixth defence of the world title came on Saturday in Osterby."
    assert _conflicts(_compare([one, other])) == [(5.0, 6.0)]


def test_a_short_name_with_letters_turned_round_is_another_name() -> None:
    one = "Tomas Andersen retained his world title for the fifth time on Saturday in Osterby."
    other = "The win in Andresen's sixth defence of the world title came on Saturday in Osterby."
    assert _conflicts(_compare([one, other])) == []
