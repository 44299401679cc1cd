"""A champion's defences of two titles are two counts (issue 12, fix36).

Invented articles. The belts' test fails without ``title_defences.other_titles``; the others
are guards: one belt named twice (in full and by initials), a belt on one side only."""

from __future__ import annotations

from newsbeat.compare import StoryComparison, compare_articles
from newsbeat.compare.title_defences import title_bodies
from newsbeat.enrich.analysis import ArticleInput, EnrichOptions, analyse_doc
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.models import Article

_PAD = " The office published the report on its website this morning."
# Four paragraphs before a figure take it out of the lead.
_LATER = "The crowd filled the hall.\nThe card ran late.\nThe lights dimmed.\nThe bell rang.\n"
_FIFTH = (
    "Ivo Kell (30-1, 22 knockouts) retained his Global Boxing Council title for the fifth time."
)
_SIXTH = "The stoppage in Kell's sixth defense of the GBC belt improved him to 30-1 with 22 KOs."


def _compare(*texts: str, days: tuple[str, ...] = ()) -> StoryComparison:
    nlp = load_pipeline("en_core_web_sm")
    articles, enrichments = [], {}
    for i, text in enumerate(texts, start=1):
        full = text + _PAD
        day = days[i - 1] if days else "2026-03-02"
        article = ArticleInput(id=i, text=full, outlet=f"Outlet{i}", published=day)
        enrichments[i] = analyse_doc(nlp(full), article, EnrichOptions())
        articles.append(Article(id=i, title=f"t{i}", text=full, outlet=f"Outlet{i}", published=day))
    return compare_articles(articles, enrichments)


def _defences(result: StoryComparison) -> list[tuple[float | None, ...]]:
    return sorted(
        tuple(sorted((p.a.claims[0].claim.low, p.b.claims[0].claim.low)))  # type: ignore[type-var]
        for p in result.conflicts
        if p.a.claims[0].claim.what in {"defence", "defense"}
    )


def test_two_belts_are_two_counts() -> None:
    other = _SIXTH.replace("GBC", "WBO")
    assert _defences(_compare(_FIFTH, other)) == []
    assert _defences(_compare(_LATER + _FIFTH, _LATER + other)) == []


def test_one_belt_counted_fifth_and_sixth_is_still_a_conflict() -> None:
    assert _defences(_compare(_FIFTH, _SIXTH)) == [(5.0, 6.0)]
    assert _defences(_compare(_LATER + _FIFTH, _LATER + _SIXTH)) == [(5.0, 6.0)]


def test_a_belt_named_on_one_side_only_meets_as_before() -> None:
    unnamed = "The stoppage in Kell's sixth defense improved him to 30-1 with 22 KOs."
    assert _defences(_compare(_LATER + _FIFTH, _LATER + unnamed)) == [(5.0, 6.0)]


def test_bodies_are_read_as_initials() -> None:
    assert title_bodies(_FIFTH) == frozenset({"GBC"})
    assert title_bodies("his sixth defence of the WBO belt after a TKO") == frozenset({"WBO"})
