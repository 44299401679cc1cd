"""Evidence that an article and a story tell two different events of one kind.

Two reports of one kind of happening (two strikes, two quakes, two transfers) share most of
their topic words, and two of them in one week also get the clustering's time bonus, so text
alone joins them. What tells them apart in any language is where they happened: a report names
its event's place in its headline and first sentence ("Bahnstreik in Frankreich: ...",
"Espagne : un mort dans l'explosion d'une usine ..."). :func:`event_places` reads the cities
and countries named there (a city's country with it) through the gazetteer
(:mod:`newsbeat.multilingual.places`, any script). Two sides are apart when they name
countries and share none (:func:`countries_apart`) or name cities far from each other
(:func:`cities_apart`: two floods in one country); :func:`apart_score` then lowers an
article's score for a story, and the merge pass two stories' average link, by the
:class:`Separation`'s factor, after taking back the time bonus. Later sentences are not read:
they name other places in passing ("the strike came in the same week as a rail stoppage in
France").
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsbeat.multilingual.keys import article_keys
from newsbeat.multilingual.places import gazetteer, is_country

if TYPE_CHECKING:
    from newsbeat.stories.features import ArticleFeatures, StoryFeatures

__all__ = [
    "LEAD_MIN_CHARS",
    "NEAR_KM",
    "Separation",
    "apart_score",
    "cities_apart",
    "confirmed",
    "countries_apart",
    "dateline_place",
    "event_places",
    "first_sentence",
]

# a first "sentence" shorter than this is a dateline or a kicker ("FRANKFURT."): read the next
LEAD_MIN_CHARS = 60
_LEAD_MAX_CHARS = 400
_SENTENCE_END = re.compile(r"(?<=[.!?。])\s+")
# two cities this close may be the places of one event; farther apart, two events of one kind
NEAR_KM = 100.0
_EARTH_KM = 6371.0
# one to three words in capitals opening the text, an agency tag, then a dash, stop or comma
_DATELINE = re.compile(r"\s*([^\W\d_]+(?: [^\W\d_]+){0,2})\s*(?:\(\w{1,12}\)\s*)?[.,—–]")


def first_sentence(text: str) -> str:
    """The text's first sentence (with the next ones while it is under
    :data:`LEAD_MIN_CHARS`), at most 400 characters."""
    lead = ""
    for part in _SENTENCE_END.split(text.strip()[: _LEAD_MAX_CHARS * 2]):
        lead = f"{lead} {part}" if lead else part
        if len(lead) >= LEAD_MIN_CHARS:
            break
    return lead[:_LEAD_MAX_CHARS]


def dateline_place(text: str) -> str | None:
    """The gazetteer id of the place of a dateline ("PARIS —", "HAMBURG.", "МОСКВА, 4 марта"):
    words in capitals that open the text before a dash, full stop or comma."""
    found = _DATELINE.match(text)
    if found is None or not found.group(1).isupper():
        return None
    words = [w.capitalize() for w in found.group(1).split()]
    return gazetteer().lookup(words, inflected=False)


def event_places(title: str, text: str, language: str | None) -> frozenset[str]:
    """The places the headline, dateline and first sentence name: gazetteer ids of cities
    (``geo:2950159``) and countries (``country:DE``), a city's country with it."""
    places = set(article_keys(title, first_sentence(text), language).places)
    dateline = dateline_place(text)
    if dateline is not None:
        places.add(dateline)
    cities = gazetteer().countries
    found = {p for p in places if is_country(p) or p in cities}
    found.update(cities[p] for p in places if p in cities)
    return frozenset(found)


def countries_apart(a: Collection[str], b: Collection[str] | Mapping[str, int]) -> bool:
    """Whether both sides name countries and share none."""
    ours, theirs = _countries(a), _countries(b)
    return bool(ours) and bool(theirs) and not ours & theirs


def cities_apart(a: Collection[str], b: Collection[str] | Mapping[str, int]) -> bool:
    """Whether both sides name cities and no city of one is within :data:`NEAR_KM` of a city
    of the other (a suburb and its city, a quake's epicentre and the city it shook are near).

    A capital does not count: it names its country's government as often as a place ("Warsaw
    sent soldiers to the dykes", "Tokyo's weather agency").
    """
    table = gazetteer()
    where, capitals = table.coordinates, table.capitals
    ours = [where[p] for p in a if p in where and p not in capitals]
    theirs = [where[p] for p in b if p in where and p not in capitals]
    return bool(ours) and bool(theirs) and not any(_near(x, y) for x in ours for y in theirs)


def confirmed(places: Mapping[str, int], other: Collection[str]) -> bool:
    """Whether two members of a story name one of its places that ``other`` (the places of
    the story it is compared with) does not name (by the counts of its members naming each):
    one article's reading may be false ("the Bush administration" read as a town in Egypt),
    and a place both stories name (one country) confirms nothing that sets them apart."""
    return any(count >= 2 and place not in other for place, count in places.items())


@dataclass(frozen=True)
class Separation:
    """Score multipliers of two sides whose event places are apart: ``countries`` when they
    name countries and share none, ``cities`` when they name cities of one country far apart
    (:func:`cities_apart`). A multiplier of 1 turns its rule off."""

    countries: float
    cities: float

    def factor(self, a: Collection[str], b: Collection[str] | Mapping[str, int]) -> float:
        """The multiplier of two sides' event places (1 when nothing tells them apart)."""
        if self.countries < 1.0 and countries_apart(a, b):
            return self.countries
        if self.cities < 1.0 and cities_apart(a, b):
            return self.cities
        return 1.0

    def weakest(self) -> float:
        """The largest multiplier below 1 a pair apart can get (1 when both rules are off)."""
        return max((f for f in (self.countries, self.cities) if f < 1.0), default=1.0)


def apart_score(
    score: float,
    needed: float,
    article: ArticleFeatures,
    story: StoryFeatures,
    separation: Separation,
    closeness: float = 1.0,
) -> float:
    """An article's score for a story after the place evidence.

    ``score`` includes the time factor ``closeness``. Where the places are apart, nearness in
    time is no evidence of one event (two quakes, two strikes in one week are common), so the
    time bonus (``closeness`` above 1) is taken back before the separation's factor lowers the
    score.

    The article's places are read only when they can change the decision: the score reaches
    ``needed`` but would not once lowered. A story's places are those of the members whose
    places were read (its first article's always).
    """
    unbonused = score / max(closeness, 1.0)
    weakest = separation.weakest()
    if weakest >= 1.0 or score < needed or unbonused * weakest >= needed or not story.places:
        return score
    factor = separation.factor(article.event_places(), story.places)
    return unbonused * factor if factor < 1.0 else score


def _countries(places: Collection[str] | Mapping[str, int]) -> set[str]:
    return {p for p in places if is_country(p)}


def _near(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two points (latitude, longitude in degrees) are within :data:`NEAR_KM`."""
    lat_a, lon_a, lat_b, lon_b = map(math.radians, (*a, *b))
    half = (
        math.sin((lat_b - lat_a) / 2) ** 2
        + math.cos(lat_a) * math.cos(lat_b) * math.sin((lon_b - lon_a) / 2) ** 2
    )
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(half))) <= NEAR_KM
