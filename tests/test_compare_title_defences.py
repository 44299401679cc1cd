"""A champion's title defences counted so far (issue 12, fix36): two titles' counts are two
counts; a date told for another ordinal is not the count's own.

Invented articles. The belts' test fails without ``title_defences.other_titles``, the fifth
and sixth without ``claim_ordinal_dates`` ("and third this year" gave the sixth a time the
fifth has not, so the two were never one person's own act); the others are guards."""

from __future__ import annotations

from newsbeat.compare import StoryComparison, compare_articles
from newsbeat.compare.title_defences import title_bodies
from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.analysis import ArticleInput, EnrichOptions, analyse_doc
from newsbeat.enrich.claim_found import FoundClaim
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes
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


def _found(text: str) -> list[FoundClaim]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    return extract_claims(doc, actors, extract_quotes(doc, actors))


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


def test_a_sixth_defence_and_third_this_year_meets_a_fifth() -> None:
    fifth = (
        "Ivo Kell (30-1, 22 knockouts) retained his Global Boxing Council title for the fifth time."
    )
    sixth = (
        "The stoppage in Kell's sixth defense of the GBC belt - and third this year - improved "
        "the Velmar-born fighter to 30-1 with 22 KOs."
    )
    assert _defences(_compare(_LATER + fifth, _LATER + sixth)) == [(5.0, 6.0)]


def test_a_date_of_the_count_itself_stays() -> None:
    # guard: "his sixth defense ... this year" is the sixth's own time
    claims = _found("Ivo Kell made his sixth defense of the GBC belt this year in Velmar.")
    assert [c.time_ref for c in claims if c.what == "defence"] == ["this year"]
    claims = _found("The stoppage in Kell's sixth defense - and third this year - lifted him.")
    assert [c.time_ref for c in claims if c.what == "defence"] == [None]


def test_one_belt_counted_fifth_and_sixth_is_still_a_conflict() -> None:
    assert _defences(_compare(_FIFTH, _SIXTH)) == [(5.0, 6.0)]
    assert _defences(_compare(_LATER + _FIFTH, _LATER + _SIXTH)) == [(5.0, 6.0)]


def test_a_belt_named_on_one_side_only_meets_as_before() -> None:
    unnamed = "The stoppage in Kell's sixth defense improved him to 30-1 with 22 KOs."
    assert _defences(_compare(_LATER + _FIFTH, _LATER + unnamed)) == [(5.0, 6.0)]


def test_bodies_are_read_as_initials() -> None:
    assert title_bodies(_FIFTH) == frozenset({"GBC"})
    assert title_bodies("his sixth defence of the WBO belt after a TKO") == frozenset({"WBO"})
