"""The figures of branch confread8 (issue 12) end to end on invented articles: shots fired
told as shots, rounds and bullets meet; a series' ordinal meets only another ordinal; a round
clock meets only a clock of the same round. The first test fails without
``count_nouns.FIRED`` (and without the enrich rules of ``test_enrich_claims_wholes_ordinals``)."""

from __future__ import annotations

from newsbeat.compare import StoryComparison, claim_label, compare_articles
from newsbeat.enrich.analysis import ArticleInput, EnrichOptions, analyse_doc
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.models import Article, Claim

# Pads a short text with an English sentence holding no number.
_PAD = " The office published the report on its website this morning."


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


def _values(result: StoryComparison) -> list[tuple[float | None, float | None]]:
    return sorted(
        tuple(sorted((p.a.claims[0].claim.low, p.b.claims[0].claim.low)))  # type: ignore[misc]
        for p in result.conflicts
    )


def test_bullets_fired_and_shots_fired_are_one_count() -> None:
    result = _compare(
        "A report shows that Dell was hit by three of the nine bullets fired by the guards.",
        "The guards then fired 13 shots, the police said.",
    )
    assert _values(result) == [(9.0, 13.0)]


def test_bullets_that_entered_are_not_shots_fired() -> None:
    result = _compare(
        "The report showed that nine bullets entered Dell's body.",
        "The guards then fired 13 shots, the police said.",
    )
    assert _values(result) == []


def test_an_ordinal_day_meets_an_ordinal_day_only() -> None:
    result = _compare(
        "Rioters attacked a bank in Brenn on the eighth day of protests over the shooting.",
        "Youths fought police in Brenn as protests over the shooting continued for the "
        "seventh straight day.",
    )
    assert _values(result) == [(7.0, 8.0)]
    result = _compare(
        "Rioters attacked a bank in Brenn on the eighth day of protests over the shooting.",
        "Protests over the shooting in Brenn have lasted seven days.",
    )
    assert _values(result) == []


def test_a_round_clock_meets_a_clock_of_that_round_only() -> None:
    bout = "Referee Lou Marr stopped the bout between Korvak and Dane"
    first = f"{bout} 51 seconds into the ninth round."
    result = _compare(first, f"{bout} 40 seconds into the ninth round.")
    assert _values(result) == [(40.0, 51.0)]
    result = _compare(
        first,
        "Dane went down 40 seconds into the ninth round before Lou Marr stopped the bout.",
    )
    assert _values(result) == []


# Four paragraphs before a figure take it out of the lead (where any two figures of one slot
# are pinned to the story's event).
_LATER = "The crowd filled the hall.\nThe card ran late.\nThe lights dimmed.\nThe bell rang.\n"


def test_one_fight_stopped_in_one_round_is_one_moment_however_told() -> None:
    stopped = (
        f"{_LATER}Tomas Korvak floored Dario Vell in the eighth round and the referee stopped "
        "the fight after 40 seconds of the ninth round."
    )
    result = _compare(
        stopped,
        f"{_LATER}The champion ended the job 51 seconds into the ninth round with a hook that "
        "left Dario Vell against the ropes.",
    )
    assert _values(result) == [(40.0, 51.0)]
    # no fighter both sentences name: two fights of one card may each end in a ninth round
    result = _compare(
        stopped,
        f"{_LATER}The champion ended the job 51 seconds into the ninth round with a hook that "
        "left Pavel Ruiz against the ropes.",
    )
    assert _values(result) == []


def test_an_ordinal_and_a_round_clock_are_labelled_as_read() -> None:
    def label(**kw: object) -> str:
        fields: dict[str, object] = {"exact": True, "claimant": None, "sentence": "x", **kw}
        return claim_label(Claim(**fields))  # type: ignore[arg-type]

    assert label(what="day", low=8.0, high=8.0, unit="ordinal") == "the 8th day"
    assert label(what="defence", low=22.0, high=22.0, unit="ordinal") == "the 22nd defence"
    assert label(what="defence", low=11.0, high=11.0, unit="ordinal") == "the 11th defence"
    clock = label(
        what="seconds", low=44.0, high=44.0, unit="seconds", role="clock", occasion="round 7"
    )
    assert clock == "44 seconds into round 7"
    assert label(what="seconds", low=44.0, high=44.0, unit="seconds") == "44 seconds"


def test_a_series_counted_on_two_days_is_no_conflict() -> None:
    # the lead's review of confread8: rolling coverage counts the days of protests as they
    # pass; the seventh day on Monday and the eighth on Tuesday are both right
    texts = (
        "Rioters attacked a bank in Brenn on the eighth day of protests over the shooting.",
        "Youths fought police in Brenn as protests over the shooting continued for the "
        "seventh straight day.",
    )
    assert _values(_compare(*texts, days=("2026-03-03", "2026-03-02"))) == []
    assert _values(_compare(*texts, days=("2026-03-02", "2026-03-02"))) == [(7.0, 8.0)]


def test_days_of_protests_in_other_places_are_no_conflict() -> None:
    # review of session 20: two towns may each be on their own day of protests against one tax
    tail = "gathered on Monday for the {} day of protests against the water tax."
    port = f"Students in Port Elm {tail}"
    assert (
        _values(_compare(port.format("third"), f"Farmers in Lake Ossa {tail}".format("fifth")))
        == []
    )
    assert _values(_compare(port.format("third"), port.format("fifth"))) == [(3.0, 5.0)]
    # a sentence naming no place may tell the same town's protests ("in the capital")
    unplaced = f"Students in the capital {tail}"
    assert _values(_compare(port.format("third"), unplaced.format("fifth"))) == [(3.0, 5.0)]


def test_two_knockdowns_in_one_round_are_no_conflict() -> None:
    result = _compare(
        "Ivo Kell dropped Sam Dane with a left hook 30 seconds into the third round.",
        "Ivo Kell dropped Sam Dane again 50 seconds into the third round.",
    )
    assert _values(result) == []


def test_the_sizes_of_two_rankings_are_no_conflict() -> None:
    result = _compare(
        "Two of the 100 richest people in Valdoria live in Port Elm.",
        "Three of the 400 richest people in Valdoria live in Port Elm.",
    )
    assert (100.0, 400.0) not in _values(result)
