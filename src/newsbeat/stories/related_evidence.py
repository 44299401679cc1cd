"""The names that make two stories "related" (same subject, another event; issue 17).

A later event is related to an earlier one when both are about the same actor: the same
company, minister, club or union. The headline-and-lead names two stories share are the
evidence, but not every capitalised word names an actor:

- a place (a country, a city, a people's adjective: "Seoul", "Südkorea", "Korean") is where
  things happen, and two ministers' visits to one capital share it without sharing a subject;
- in German every noun has a capital, and a headline or lead alone rarely shows the article
  or number before "Lohn" or "Prozent" that marks it as a common noun: the whole text does;
- a compass word ("South" of "South Korea") is part of a place's name.

:func:`subject_names` takes German common nouns out of the headline-and-lead names,
:func:`place_words` says which of them are places, and :func:`shares_subject` decides from the
shared names whether two stories share a subject.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from functools import lru_cache

from newsbeat.enrich.actor_table import lookup_country
from newsbeat.enrich.names import is_first_name
from newsbeat.multilingual.places import gazetteer
from newsbeat.multilingual.words import GERMAN_DETERMINERS, org_word, title_word
from newsbeat.stories.language_words import capitalises_nouns, common_noun_spellings

__all__ = ["place_words", "shares_subject", "subject_names"]

# parts of places' names, not names of their own
_COMPASS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
)
_POSSESSIVE = re.compile(r"['’]s?$")
# the words that make a two-word name a landform's or a region's ("Mount Cook", "Gallura
# Coast", "Cosenza Province"): places the gazetteer of countries and towns lacks
_LANDFORM_BEFORE = frozenset({"mount", "mt", "lake", "cape", "gulf", "isle", "lago", "monte"})
_LANDFORM_AFTER = frozenset({
    "river", "bay", "island", "islands", "valley", "mountains", "coast", "county", "province",
    "region", "peninsula", "sea", "strait",
})  # fmt: skip
# two capitalised words in a row (a first name and a surname, or a town and its club)
_NAME_PAIR = re.compile(r"(?u)\b([A-Z][a-z]+)\s+(?=([A-Z][a-z]+)\b)")
# German count nouns a figure goes with ("3,1 Prozent", "1.100 Hektar"): a product's name
# after a figure ("84.000 Sirio") is a name, so the figure alone does not say "noun"
_GERMAN_COUNT_NOUNS = frozenset({
    "prozent", "euro", "dollar", "franken", "kronen", "hektar", "kilometer", "meter", "grad",
    "tonnen", "millionen", "milliarden", "stunden", "tage", "wochen", "monate", "jahre",
    "menschen", "mitarbeiter", "beschäftigte",
})  # fmt: skip
# a plural after a figure ("14 Bergleute", "sechs Tote" aside, "200 Verletzte"); a product's
# name after one ("84.000 Sirio") does not end so
_GERMAN_PLURAL_AFTER_FIGURE = re.compile(r"(?u)\d[\d.,]*\s+([A-ZÄÖÜ][^\W\d_]*(?:e|en|er))\b")
# a preposition fused with "das" ("ums Leben", "vors Gericht", "übers Wochenende")
_GERMAN_AFTER_CONTRACTION = re.compile(r"(?u)\b(?:ums|vors|übers|hinters|unters)\s+([A-ZÄÖÜ]\w+)")
# an article and the adjectives after it, then the capitalised noun ("der italienische
# Autobauer", "einen neuen Warnstreik")
_GERMAN_NOUN_PHRASE = re.compile(
    r"(?u)\b([^\W\d_]+)\s+(?:[a-zäöüß]+(?:e|en|er|es|em)\s+){1,2}([A-ZÄÖÜ][^\W\d_]+)"
)


def subject_names(
    names: Iterable[str], text: str, language: str | None, *, nouns: frozenset[str] | None = None
) -> list[str]:
    """The lower-cased headline-and-lead ``names`` of an article whose whole ``text`` does not
    show them to be common nouns (in German: after an article and its adjectives or a fused
    preposition, a plural after a figure, with a noun ending, or a count noun); every name in
    another language. ``nouns``: ``text``'s
    :func:`~newsbeat.stories.language_words.common_noun_spellings` when already read."""
    if not capitalises_nouns(language):
        return list(names)
    found = set(common_noun_spellings(text, language) if nouns is None else nouns)
    found |= _GERMAN_COUNT_NOUNS
    found.update(word.casefold() for word in _GERMAN_PLURAL_AFTER_FIGURE.findall(text))
    found.update(word.casefold() for word in _GERMAN_AFTER_CONTRACTION.findall(text))
    found.update(
        word.casefold()
        for before, word in _GERMAN_NOUN_PHRASE.findall(text)
        if before.casefold() in GERMAN_DETERMINERS
    )
    return [name for name in names if name not in found]


def place_words(names: Collection[str], text: str) -> set[str]:
    """The names that are places, peoples' adjectives or compass words (where, not who). A
    town's name that ``text`` writes as part of a person's ("Peyton Manning", "Regina
    Benjamin") is that person's."""
    people, places = _two_word_names(text, set(names))
    return {name for name in names if name in places or _is_place(name, people)}


def _two_word_names(text: str, names: set[str]) -> tuple[set[str], set[str]]:
    """Lower-cased words of the two-word names in ``text`` that hold one of ``names``: those
    of a person's, which begin with a first name ("Sarah Palin"), and those of a place's
    ("New Zealand", "Mount Cook", "Cook County")."""
    people: set[str] = set()
    places: set[str] = set()
    for first, second in _NAME_PAIR.findall(text):
        if first.casefold() not in names and second.casefold() not in names:
            continue
        landform = first.casefold() in _LANDFORM_BEFORE or second.casefold() in _LANDFORM_AFTER
        if landform or gazetteer().lookup([first, second], inflected=False) is not None:
            places.update((first.casefold(), second.casefold()))
        elif is_first_name(first):
            people.update((first.casefold(), second.casefold()))
    return people, places


def _is_place(name: str, people: set[str]) -> bool:
    """Whether a shared name says where or what kind, not who: a place, a compass word, a
    title or a kind of body ("Minister", "Parliament": two ministers of one parliament are
    two subjects)."""
    word = _POSSESSIVE.sub("", name)
    if word in _COMPASS or lookup_country(word) is not None:
        return True
    if title_word(word) or org_word(word):
        return True
    return word not in people and _listed_town(word)


@lru_cache(maxsize=16384)
def _listed_town(word: str) -> bool:
    """Whether the gazetteer lists the word as a town, or as a people's adjective the country
    table lacks ("Korean": Korea, "Albanian": Albania)."""
    places = gazetteer()
    if places.lookup([word], inflected=True) is not None:
        return True
    return word.endswith("n") and places.lookup([word[:-1]], inflected=False) is not None


def shares_subject(
    shared: Collection[int], places: Collection[int], names_needed: int, subject_needed: int
) -> bool:
    """Whether two stories' shared headline-and-lead names (hashed) make them one subject:
    ``names_needed`` shared names, of which ``subject_needed`` are no place."""
    subject = sum(1 for name in shared if name not in places)
    return len(shared) >= names_needed and subject >= subject_needed
