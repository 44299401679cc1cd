"""A clock face's reading is a point in time, not an amount (issue 12, fix36, session 36).

"Stopping the fight at the 2:15 mark" does not say whether the clock ran up or down: a ring
clock counting a three-minute round down reads 2:15 at its 45th second, the moment "44 seconds
into the seventh round" tells. Such a reading is no claim, so compare never sets it against
an elapsed count or another reading. The first two tests fail with the former ``_mark`` reader
of :mod:`newsbeat.enrich.claim_clock`.
"""

from __future__ import annotations

from newsbeat.compare import StoryComparison, compare_articles
from newsbeat.enrich.analysis import ArticleInput, EnrichOptions, analyse_doc
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.models import Article, Claim

_PAD = " The office published the report on its website this morning."


def _claims(text: str) -> list[Claim]:
    nlp = load_pipeline("en_core_web_sm")
    article = ArticleInput(id=1, text=text, outlet="Outlet1", published="2026-03-02")
    return list(analyse_doc(nlp(text), article, EnrichOptions()).claims)


def _compare(*texts: str) -> StoryComparison:
    nlp = load_pipeline("en_core_web_sm")
    articles, enrichments = [], {}
    for i, text in enumerate(texts, start=1):
        full = text + _PAD
        article = ArticleInput(id=i, text=full, outlet=f"Outlet{i}", published="2026-03-02")
        enrichments[i] = analyse_doc(nlp(full), article, EnrichOptions())
        articles.append(
            Article(id=i, title=f"t{i}", text=full, outlet=f"Outlet{i}", published="2026-03-02")
        )
    return compare_articles(articles, enrichments)


def test_a_mark_on_the_clock_is_no_claim() -> None:
    for text in (
        "Referee Lou Marr stopped the bout at the 1:40 mark of the ninth round in Velmar.",
        "Korvak floored Vell in the eighth round and finished it in the ninth, the referee "
        "stopping the fight at the 1:40 mark.",
    ):
        assert [c for c in _claims(text) if c.unit == "seconds"] == []


def test_a_mark_is_not_set_against_seconds_into_the_round() -> None:
    result = _compare(
        "Referee Lou Marr stopped the bout between Korvak and Dane at the 2:20 mark of the "
        "ninth round.",
        "Referee Lou Marr stopped the bout between Korvak and Dane 39 seconds into the ninth "
        "round.",
    )
    assert result.conflicts == []


def test_seconds_into_the_round_still_meet() -> None:
    # guard: two elapsed counts from the round's start are one measure, compared as before
    bout = "Referee Lou Marr stopped the bout between Korvak and Dane"
    result = _compare(
        f"{bout} 51 seconds into the ninth round.", f"{bout} 40 seconds into the ninth round."
    )
    assert len(result.conflicts) == 1


def test_clock_readings_of_a_game_are_no_claims() -> None:
    # guard: a game clock and a minute of play stay unread, as before
    for text in (
        "Korvak scored with 1:30 left in the third quarter at the arena in Velmar.",
        "Dane scored in the 44th minute at the stadium in Velmar.",
        "The referee waved it off at 2:15 of the seventh round in Velmar.",
    ):
        assert [c for c in _claims(text) if c.unit in {"seconds", "minutes"}] == []
