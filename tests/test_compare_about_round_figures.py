""" "About" a one-digit figure is give or take a fifth (``ABOUT_ROUND``): an exact figure
a quarter away is another figure ("150 meters" against "about 200 meters" disagree), while two
neighbouring round estimates still meet ("about 20" and "about 30")."""

from __future__ import annotations

from newsbeat.compare import ClaimPair, StoryComparison, compare_articles
from newsbeat.enrich.analysis import ArticleInput, EnrichOptions, analyse_doc
from newsbeat.enrich.claim_hedges import about_width
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.models import Article


def _compare(*texts: str) -> StoryComparison:
    nlp = load_pipeline("en_core_web_sm")
    articles, enrichments = [], {}
    for i, text in enumerate(texts, start=1):
        article = ArticleInput(id=i, text=text, outlet=f"Outlet{i}", published="2026-03-02")
        enrichments[i] = analyse_doc(nlp(text), article, EnrichOptions())
        articles.append(
            Article(id=i, title=f"t{i}", text=text, outlet=f"Outlet{i}", published="2026-03-02")
        )
    return compare_articles(articles, enrichments)


def _lows(pairs: list[ClaimPair]) -> list[list[float]]:
    """The low ends of each pair's two first claims, smaller first."""
    return sorted(sorted(c.claim.low or 0.0 for c in (p.a.claims[0], p.b.claims[0])) for p in pairs)


def test_an_exact_figure_a_quarter_away_is_not_about_the_other() -> None:
    result = _compare(
        "Climber Ansel Travers died on Sunday after falling 150 meters down an icy gully on"
        " Mount Kessa.",
        "Climber Ansel Travers died on Sunday after falling about 200 meters down an icy gully"
        " on Mount Kessa, police said.",
    )
    assert _lows(result.conflicts) == [[150.0, 160.0]]


def test_neighbouring_round_estimates_still_meet() -> None:
    result = _compare(
        "About 20 people were injured when the Orvel Street bridge collapsed on Sunday.",
        "About 30 people were injured when the Orvel Street bridge collapsed on Sunday,"
        " officials said.",
    )
    assert result.conflicts == []
    assert _lows(result.compatible) == [[16.0, 24.0]]


def test_about_a_round_figure_is_give_or_take_half_its_step() -> None:
    # "about 600" is what rounds to 600 (540-660 with the floor), not 480-720: "700 meters"
    # from another outlet is another figure (conf30; read30 and the gold's Buckley fall)
    result = _compare(
        "Climber Ansel Travers died on Sunday after falling about 600 meters down the east face"
        " of Mount Kessa.",
        "Climber Ansel Travers died on Sunday after falling 700 meters down the east face of"
        " Mount Kessa, police said.",
    )
    assert _lows(result.conflicts) == [[540.0, 700.0]]


def test_a_round_figure_is_never_read_finer_than_a_tenth() -> None:
    # half the step of 900 would be 850-950; a one-digit figure is no finer than a two-digit
    # one, so "about 900" still takes in 960
    result = _compare(
        "About 900 people were evacuated when the Orvel Street dam cracked on Sunday.",
        "960 people were evacuated when the Orvel Street dam cracked on Sunday, officials said.",
    )
    assert result.conflicts == []
    assert _lows(result.compatible) == [[810.0, 960.0]]


def test_about_width() -> None:
    assert [about_width(v) for v in (100, 2, 30, 400, 600, 9000)] == [
        0.2, 0.2, 0.2, 0.125, 0.1, 0.1,
    ]  # fmt: skip
    assert (about_width(4200), about_width(102e6)) == (0.1, 0.05)


def test_about_a_figure_of_three_digits_prints_as_about_it() -> None:
    """ "about 277 km" is read give or take a twentieth; the report writes it as the article
    did, not as the band 263.15–290.85."""
    from newsbeat.compare.records import format_range

    assert format_range(0.95 * 277, 1.05 * 277, exact=False) == "about 277"
    assert format_range(263.0, 291.0, exact=False) == "263–291"
