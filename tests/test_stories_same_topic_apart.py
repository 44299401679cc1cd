"""Two events of one kind stay apart: an article and a story whose headlines and first
sentences place them in different countries (``apart_factor``), or in cities of one country far
apart (``city_apart_factor``), need a much higher text score to join, at the join and in the
merge pass; their nearness in time is then no evidence.

The articles are invented: two rail strikes two days apart, one in Portugal and one in
Poland, told with the same topic words; a second report of the Portuguese strike names only
its capital. Two floods in Spain in one week, one in Gandia and one near Bilbao, told with
the same topic words too.
"""

from __future__ import annotations

import json
import struct
import zlib
from collections import Counter

from newsbeat.multilingual.places import gazetteer
from newsbeat.stories.cluster import ClusterOptions, ClusterState, StoryState, cluster_articles
from newsbeat.stories.event_evidence import (
    Separation,
    apart_score,
    cities_apart,
    confirmed,
    countries_apart,
    dateline_place,
    event_places,
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
    "poland-2": (
        "Polish train drivers' strike strands commuters in Warsaw",
        "Commuters in Warsaw waited on empty platforms on Thursday as train drivers in Poland "
        "held a one-day strike over pay and night shifts. The operator said it was short of "
        "staff and the ministry called the stoppage illegal; freight trains ran as planned.",
        "2026-05-07T12:00:00+00:00",
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
    "gandia-1": (
        "Flash floods sweep through Gandia after a night of torrential rain",
        "Flash floods swept through Gandia on Tuesday after more than 200 litres of rain fell "
        "overnight, forcing about 900 residents from their homes. Rescue teams in boats pulled "
        "drivers from cars trapped on flooded roads, and schools stayed shut. The regional "
        "weather office kept its red warning for torrential rain until the evening.",
        "2026-10-13T08:00:00+00:00",
    ),
    "gandia-2": (
        "Gandia residents return to mud-filled streets as waters recede",
        "Residents of Gandia began clearing mud from their homes on Wednesday after the flash "
        "floods that forced about 900 people to leave. Rescue teams checked flooded garages and "
        "cars, and the mayor said schools would reopen next week. The red warning for "
        "torrential rain was lifted overnight.",
        "2026-10-14T09:00:00+00:00",
    ),
    "bilbao-1": (
        "Floods cut off villages near Bilbao after torrential rain",
        "Flash floods cut off several villages near Bilbao on Thursday after torrential rain "
        "fell overnight, and about 300 residents left their homes. Rescue teams reached drivers "
        "trapped on flooded roads and schools stayed shut. The weather office kept a red "
        "warning for rain until the evening.",
        "2026-10-15T08:00:00+00:00",
    ),
    "alcoy-1": (
        "Floods reach Alcoy as torrential rain moves inland",
        "Flash floods reached Alcoy on Tuesday as the torrential rain moved inland, and about "
        "900 residents of the region left their homes.",
        "2026-10-13T11:00:00+00:00",
    ),
    "weather-october": (
        "Storm brings snow to the mountains",
        "A late storm brought heavy snow to the mountain passes, where drivers waited for "
        "hours. Forecasters expect colder weather by the weekend.",
        "2026-10-14T08:00:00+00:00",
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
_FLOODS = ["gandia-1", "weather-october", "gandia-2", "bilbao-1"]
# the join alone decides: no merge pass between the articles
_JOIN_ONLY = {"merge_every": 1_000_000, "small_merge_threshold": 5.0, "merge_threshold": 5.0}
# nothing joins on arrival and no story gets the small-story second chance: the merge pass
# alone decides, at merge_threshold
_MERGE_ONLY = {
    "threshold": 0.99,
    "revive_threshold": 0.99,
    "merge_threshold": 0.2,
    "small_story_size": 0,
}


def _only_the_places_keep_apart(
    order: list[str], off: dict[str, float], options: dict[str, float]
) -> None:
    """With these options the first event's two reports (the first and third of ``order``)
    are one story and the last report, another event's, starts its own; with the place rule
    ``off`` the last joins the first."""
    first, same, other = order[0], order[2], order[-1]
    apart = _stories(order, ClusterOptions(**options))
    assert apart[first] == apart[same]
    assert apart[other] != apart[first]
    joined = _stories(order, ClusterOptions(**{**options, **off}))
    assert joined[other] == joined[first]


def test_strike_in_another_country_starts_its_own_story() -> None:
    _only_the_places_keep_apart(_ORDER, {"apart_factor": 1.0}, _JOIN_ONLY)


def test_merge_pass_keeps_stories_of_two_countries_apart() -> None:
    _only_the_places_keep_apart(_ORDER, {"apart_factor": 1.0}, _MERGE_ONLY)


_CITIES_APART = {"city_apart_factor": 0.65}


def test_flood_in_another_city_of_the_country_starts_its_own_story() -> None:
    options = {**_JOIN_ONLY, **_CITIES_APART}
    _only_the_places_keep_apart(_FLOODS, {"city_apart_factor": 1.0}, options)


def test_merge_pass_keeps_floods_in_two_cities_apart() -> None:
    options = {**_MERGE_ONLY, **_CITIES_APART}
    _only_the_places_keep_apart(_FLOODS, {"city_apart_factor": 1.0}, options)


_STORM = {
    "savannah": (
        "Tropical storm Olvena floods Savannah streets, one dead",
        "Tropical storm Olvena came ashore near Savannah on Monday with gusts of 110 km/h, "
        "flooding the historic district and killing one man whose car was swept off a road. "
        "The governor opened shelters and asked coastal residents to leave before the tide.",
        "2026-09-14T08:00:00+00:00",
    ),
    "charleston": (
        "Tropical storm Olvena floods Charleston streets, cuts power",
        "Streets in Charleston were under water on Monday evening as tropical storm Olvena "
        "moved north along the coast and cut power to much of the city. Crews said repairs "
        "could take days, and the governor asked residents to stay off the roads.",
        "2026-09-14T17:00:00+00:00",
    ),
}
_REPORTS.update(_STORM)


def test_cities_apart_is_off_by_default() -> None:
    # a big event is often told from cities far apart: Savannah and Charleston are some
    # 150 km apart, and one storm's reports may each name only one of them
    assert ClusterOptions().city_apart_factor == 1.0
    together = _stories(["savannah", "weather", "charleston"], ClusterOptions())
    assert together["savannah"] == together["charleston"]


def test_no_second_chance_for_two_stories_their_members_place_apart() -> None:
    # Only the small-story second chance could merge (merge_threshold out of reach). Each
    # strike's two reports agree on their country: the second chance is for a lone article
    # that just missed its story, not for another event's story.
    options = ClusterOptions(merge_threshold=5.0)
    both = _stories([*_ORDER, "poland-2"], options)
    assert both["portugal-1"] == both["portugal-2"]
    assert both["poland-1"] == both["poland-2"] != both["portugal-1"]
    # one article's places may be misread: a lone report keeps its second chance
    lone = _stories(_ORDER, options)
    assert lone["poland-1"] == lone["portugal-1"]


def test_each_place_rule_works_without_the_other() -> None:
    (gandia, bilbao, poland) = _features(["gandia-1", "bilbao-1", "poland-1"])
    in_spain = StoryFeatures(places=Counter(gandia.event_places()))
    in_portugal = StoryFeatures(places=Counter({"country:PT": 1}))
    cities_only = Separation(countries=1.0, cities=0.65)
    countries_only = Separation(countries=0.65, cities=1.0)
    assert apart_score(0.3, 0.23, bilbao, in_spain, cities_only) == 0.3 * 0.65
    assert apart_score(0.3, 0.23, poland, in_portugal, cities_only) == 0.3
    assert apart_score(0.3, 0.23, poland, in_portugal, countries_only) == 0.3 * 0.65
    assert apart_score(0.3, 0.23, bilbao, in_spain, countries_only) == 0.3


def test_a_place_is_confirmed_when_two_members_name_it() -> None:
    assert confirmed(Counter({"country:PL": 2, "country:PT": 1}), {"country:PT"})
    assert not confirmed(Counter({"country:PL": 1, "country:PT": 1}), set())
    assert not confirmed(Counter(), set())


def test_a_place_both_stories_name_confirms_nothing() -> None:
    # two Spanish stories each name Spain twice; the city that sets them apart is one
    # article's reading, which may be false
    gandia, bilbao = _city("Gandia"), _city("Bilbao")
    ours = Counter({"country:ES": 2, gandia: 1})
    theirs = Counter({"country:ES": 2, bilbao: 1})
    assert not confirmed(ours, theirs)
    assert confirmed(Counter({"country:ES": 2, gandia: 2}), theirs)


def test_places_apart_take_back_the_time_bonus() -> None:
    # Bilbao's flood is two days after Gandia's: close enough in time for the bonus, which
    # alone would carry it past the threshold after the city factor
    (gandia, bilbao) = _features(["gandia-1", "bilbao-1"])
    story = StoryFeatures(places=Counter(gandia.event_places()))
    separation = Separation(countries=0.65, cities=0.65)
    assert apart_score(0.4, 0.23, bilbao, story, separation, closeness=1.5) == 0.4 / 1.5 * 0.65
    # without the bonus to take back, the city factor alone leaves it above the threshold
    assert apart_score(0.4, 0.23, bilbao, story, separation) == 0.4
    # a time factor below 1 (a week later) is not undone
    assert apart_score(0.3, 0.23, bilbao, story, separation, closeness=0.9) == 0.3 * 0.65


def _city(name: str) -> str:
    found = gazetteer().lookup([name], inflected=False)
    assert found is not None
    return found


def test_cities_apart_need_cities_on_both_sides_and_none_near() -> None:
    gandia, alcoy, bilbao = _city("Gandia"), _city("Alcoy"), _city("Bilbao")
    assert cities_apart({gandia, "country:ES"}, {bilbao: 1, "country:ES": 1})
    # Alcoy is some 40 km from Gandia: one flood may name either
    assert not cities_apart({gandia}, {alcoy: 1})
    assert not cities_apart({gandia}, {bilbao: 1, alcoy: 1})
    assert not cities_apart({gandia, "country:ES"}, {"country:ES": 2})
    assert not cities_apart(set(), {bilbao: 1})


def test_a_capital_is_no_city_apart() -> None:
    # a report of a flood near Wroclaw may say what Warsaw decided; a second city decides
    warsaw, wroclaw, krakow = _city("Warsaw"), _city("Wrocław"), _city("Kraków")
    assert not cities_apart({warsaw, "country:PL"}, {wroclaw: 1, "country:PL": 1})
    assert cities_apart({warsaw, krakow}, {wroclaw: 1})
    # GeoNames names Kazakhstan's capital otherwise than the city: it is a capital all the same
    assert _city("Astana") in gazetteer().capitals


def test_a_report_of_a_near_town_joins_the_story() -> None:
    alcoy = _features(["alcoy-1"])[0]
    assert alcoy.event_places() == frozenset({_city("Alcoy"), "country:ES"})
    story = StoryFeatures(places=Counter({_city("Gandia"): 2, "country:ES": 2}))
    separation = Separation(countries=0.65, cities=0.65)
    assert apart_score(0.3, 0.23, alcoy, story, separation, closeness=1.5) == 0.3


def test_event_places_read_cities_and_only_the_first_sentence() -> None:
    title, text, _ = _REPORTS["portugal-2"]
    assert event_places(title, text, "en") == frozenset({_city("Lisbon"), "country:PT"})
    lead = "Trains stood still across the country on Tuesday morning as the strike began."
    assert event_places("Rail strike halts trains", f"{lead} Unions met in Poland.", "en") == (
        frozenset()
    )
    assert event_places("Rail strike halts trains", f"Unions met in Poland. {lead}", "en") == (
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


def test_places_are_read_only_where_they_can_change_the_decision() -> None:
    article = _features(["poland-1"])[0]
    story = StoryFeatures(places=Counter({"country:PT": 1}))
    separation = Separation(countries=0.65, cities=0.65)
    assert apart_score(0.9, 0.23, article, story, separation) == 0.9  # joins whatever the places
    assert apart_score(0.1, 0.23, article, story, separation) == 0.1  # joins in no case
    assert article.places is None
    assert apart_score(0.3, 0.23, article, story, separation) == 0.3 * 0.65
    assert article.places == frozenset({"country:PL"})


def test_a_saved_story_keeps_its_places() -> None:
    places = Counter({"country:PT": 2, _city("Lisbon"): 1})
    story = StoryState(id="s-1", features=StoryFeatures(places=places))
    again = _unpack_story("s-1", "active", _pack_story(story))
    assert again.features.places == places


def test_a_story_saved_with_countries_only_reads_them_as_its_places() -> None:
    meta = {"names": {}, "entities": {}, "size": 1, "first": None, "last": None}
    head = json.dumps({**meta, "titles": [], "countries": {"country:PT": 2}}).encode()
    blob = zlib.compress(struct.pack("<II", len(head), 0) + head)
    assert _unpack_story("s-1", "active", blob).features.places == Counter({"country:PT": 2})


def test_a_dateline_places_the_event() -> None:
    lead = "Trains stood still across the country on Tuesday morning as the strike began."
    assert event_places("Rail strike halts trains", f"LISBON — {lead}", "en") == frozenset(
        {_city("Lisbon"), "country:PT"}
    )
    assert dateline_place("ВАРШАВА, 7 мая. Поезда стояли.") == dateline_place("WARSAW (PAP) — x")
    assert dateline_place("WARSAW. x") is not None
    # capitals that are no dateline, and a dateline-shaped opening that names no place
    assert dateline_place("Warsaw — trains stood still.") is None
    assert dateline_place("UPDATE, 10:40: trains stood still.") is None
