"""Evidence that an article and a story tell two different events of one kind.

Two reports of one kind of happening (two strikes, two quakes, two transfers) share most of
their topic words, and two of them in one week also get the clustering's time bonus, so text
alone joins them. What tells them apart in any language is where they happened: a report names
its event's place in its headline and first sentence ("Bahnstreik in Frankreich: ...",
"Espagne : un mort dans l'explosion d'une usine ..."). :func:`event_countries` reads the
countries named there, directly or through a city of the gazetteer
(:mod:`newsbeat.multilingual.places`, any script), and :func:`place_factor` lowers the score of
an article and a story (or two stories) whose countries are both known and disjoint. Later
sentences are not read: they name other places in passing ("the strike came in the same week
as a rail stoppage in France").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING

from newsbeat.multilingual.keys import article_keys
from newsbeat.multilingual.places import gazetteer

if TYPE_CHECKING:
    from newsbeat.stories.features import ArticleFeatures, StoryFeatures

__all__ = [
    "LEAD_MIN_CHARS",
    "apart_score",
    "countries_apart",
    "dateline_place",
    "event_countries",
    "first_sentence",
    "place_factor",
]

# a first "sentence" shorter than this is a dateline or a kicker ("FRANKFURT."): read the next
LEAD_MIN_CHARS = 60
_LEAD_MAX_CHARS = 400
_SENTENCE_END = re.compile(r"(?<=[.!?。])\s+")
_COUNTRY = "country:"
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


def event_countries(title: str, text: str, language: str | None) -> frozenset[str]:
    """The countries (``country:DE``) the headline, dateline and first sentence name, directly
    or through a city."""
    places = set(article_keys(title, first_sentence(text), language).places)
    dateline = dateline_place(text)
    if dateline is not None:
        places.add(dateline)
    cities = gazetteer().countries
    found = {p for p in places if p.startswith(_COUNTRY)}
    found.update(cities[p] for p in places if p in cities)
    return frozenset(found)


def countries_apart(a: Collection[str], b: Collection[str] | Mapping[str, int]) -> bool:
    """Whether both sides name countries and share none."""
    return bool(a) and bool(b) and not any(country in b for country in a)


def place_factor(
    a: Collection[str], b: Collection[str] | Mapping[str, int], factor: float
) -> float:
    """Score multiplier of two sides' event countries: ``factor`` when they are apart
    (:func:`countries_apart`), 1 otherwise (one side unknown, or a country shared)."""
    return factor if countries_apart(a, b) else 1.0


def apart_score(
    score: float, needed: float, article: ArticleFeatures, story: StoryFeatures, factor: float
) -> float:
    """An article's score for a story after the place evidence.

    The article's countries are read only when they can change the decision: the score
    reaches ``needed`` but would not once lowered by ``factor``. A story's countries are those
    of the members whose countries were read (its first article's always).
    """
    if factor >= 1.0 or score < needed or score * factor >= needed or not story.countries:
        return score
    return score * place_factor(article.event_countries(), story.countries, factor)
