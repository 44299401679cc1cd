"""Two events of one kind stay apart: an article and a story whose headlines and first
sentences place them in different countries need a much higher text score to join
(``apart_factor``), at the join and in the merge pass.

The articles are invented: two rail strikes two days apart, one in Portugal and one in
Poland, told with the same topic words; a second report of the Portuguese strike names only
its capital.
"""

from __future__ import annotations

from collections import Counter

from newsbeat.stories.cluster import ClusterOptions, ClusterState, StoryState, cluster_articles
from newsbeat.stories.event_evidence import (
    apart_score,
    countries_apart,
    dateline_place,
    event_countries,
    first_sentence,
)
from newsbeat.stories.features import (
    ArticleFeatures,
    ArticleText,
    StoryFeatures,
    Vectoriser,
    build_features,
    parse_time,
)
from newsbeat.stories.stage import _pack_story, _unpack_story

_REPORTS = {
    "portugal-1": (
        "Rail strike in Portugal halts most high-speed trains",
        "Most high-speed trains in Portugal stood still on Tuesday as the rail union began a "
        "48-hour strike over pay. The union wants a six percent rise and says its members "
        "will walk out again next month if talks fail. Commuters crowded the few regional "
        "trains still running.",
        "2026-05-05T09:00:00+00:00",
    ),
    "portugal-2": (
        "Rail union's 48-hour strike empties stations in Lisbon",
        "Stations in Lisbon were empty on Tuesday as the rail union's 48-hour strike over "
        "pay began. Its leader said members would walk out again next month if talks fail "
        "and repeated the demand for a six percent rise. A few regional trains still ran.",
        "2026-05-05T12:00:00+00:00",
    ),
    "poland-1": (
        "Rail strike in Poland halts high-speed trains",
        "Drivers in Poland stopped high-speed trains on Thursday in a one-day strike over pay "
        "and night shifts. Their association blamed the operator for a staff shortage; the "
        "ministry called the stoppage illegal and said freight would run as planned.",
        "2026-05-07T09:00:00+00:00",
    ),
    "weather": (
        "Storm brings snow to the mountains",
        "A late storm brought heavy snow to the mountain passes, where drivers waited for "
        "hours. Forecasters expect warmer weather by the weekend.",
        "2026-05-06T08:00:00+00:00",
    ),
    "football": (
        "Harbour club wins the cup final on penalties",
        "The harbour club won the cup final on penalties after a goalless evening. Its "
        "captain lifted the trophy in front of a sold-out stadium.",
        "2026-05-06T20:00:00+00:00",
    ),
}


def _features(keys: list[str]) -> list[ArticleFeatures]:
    items = []
    for n, key in enumerate(keys, start=1):
        title, text, published = _REPORTS[key]
        items.append(
            ArticleText(
                article_id=n,
                title=title,
                lead=text[:400],
                body=text[400:],
                time=parse_time(published),
                language="en",
            )
        )
    return build_features(Vectoriser(), items, names=False)


def _stories(keys: list[str], options: ClusterOptions) -> dict[str, str]:
    result = cluster_articles(ClusterState(), _features(keys), options)
    return {keys[a.article_id - 1]: a.story_id for a in result.assignments}


_ORDER = ["portugal-1", "weather", "portugal-2", "football", "poland-1"]


def _only_the_places_keep_poland_apart(**options: float) -> None:
    """With these options Portugal's two reports are one story and Poland's is another;
    without the place evidence Poland's joins Portugal's."""
    apart = _stories(_ORDER, ClusterOptions(**options))
    assert apart["portugal-1"] == apart["portugal-2"]
    assert apart["poland-1"] != apart["portugal-1"]
    joined = _stories(_ORDER, ClusterOptions(**options, apart_factor=1.0))
    assert joined["poland-1"] == joined["portugal-1"]


def test_strike_in_another_country_starts_its_own_story() -> None:
    # The join alone decides: no merge pass between the articles.
    _only_the_places_keep_poland_apart(
        merge_every=1_000_000, small_merge_threshold=5.0, merge_threshold=5.0
    )


def test_merge_pass_keeps_stories_of_two_countries_apart() -> None:
    # Nothing joins on arrival and no story gets the small-story second chance: the merge
    # pass alone decides, at merge_threshold.
    _only_the_places_keep_poland_apart(
        threshold=0.99, revive_threshold=0.99, merge_threshold=0.2, small_story_size=0
    )


def test_event_countries_read_cities_and_only_the_first_sentence() -> None:
    title, text, _ = _REPORTS["portugal-2"]
    assert event_countries(title, text, "en") == frozenset({"country:PT"})
    lead = "Trains stood still across the country on Tuesday morning as the strike began."
    assert event_countries("Rail strike halts trains", f"{lead} Unions met in Poland.", "en") == (
        frozenset()
    )
    assert event_countries("Rail strike halts trains", f"Unions met in Poland. {lead}", "en") == (
        frozenset({"country:PL"})
    )
    # a dateline alone is too short to be the lead: the next sentence is read with it
    assert first_sentence(f"LISBON. {lead} Then more.") == f"LISBON. {lead}"
    assert first_sentence(f"{lead} Then more.") == lead


def test_countries_apart_needs_both_sides_known_and_none_shared() -> None:
    assert countries_apart({"country:PT"}, {"country:PL": 2})
    assert not countries_apart({"country:PT"}, {"country:PL": 1, "country:PT": 1})
    assert not countries_apart(set(), {"country:PL": 1})
    assert not countries_apart({"country:PT"}, {})


def test_countries_are_read_only_where_they_can_change_the_decision() -> None:
    article = _features(["poland-1"])[0]
    story = StoryFeatures(countries=Counter({"country:PT": 1}))
    assert apart_score(0.9, 0.23, article, story, 0.65) == 0.9  # joins whatever the places
    assert apart_score(0.1, 0.23, article, story, 0.65) == 0.1  # joins in no case
    assert article.countries is None
    assert apart_score(0.3, 0.23, article, story, 0.65) == 0.3 * 0.65
    assert article.countries == frozenset({"country:PL"})


def test_a_saved_story_keeps_its_countries() -> None:
    story = StoryState(id="s-1", features=StoryFeatures(countries=Counter({"country:PT": 2})))
    again = _unpack_story("s-1", "active", _pack_story(story))
    assert again.features.countries == Counter({"country:PT": 2})


def test_a_dateline_places_the_event() -> None:
    lead = "Trains stood still across the country on Tuesday morning as the strike began."
    assert event_countries("Rail strike halts trains", f"LISBON — {lead}", "en") == frozenset(
        {"country:PT"}
    )
    assert dateline_place("ВАРШАВА, 7 мая. Поезда стояли.") == dateline_place("WARSAW (PAP) — x")
    assert dateline_place("WARSAW. x") is not None
    # capitals that are no dateline, and a dateline-shaped opening that names no place
    assert dateline_place("Warsaw — trains stood still.") is None
    assert dateline_place("UPDATE, 10:40: trains stood still.") is None
